"""The request lines of a batch: the exact ``chat.completions`` body the online path sends for
each article, built by running that very call against a transport that keeps the request and
stops it, so the two cannot drift.
"""

from __future__ import annotations

import json
from contextlib import suppress
from typing import Any

import httpx2
from pydantic import BaseModel

from summarizer.articles import Article
from summarizer.errors import SummarizerError
from summarizer.llm.attempts import plan_for
from summarizer.llm.batch.jobs import CHAT_COMPLETIONS
from summarizer.llm.client import Settings, instructor_mode, openai_client
from summarizer.llm.summarize import prepare
from summarizer.schema import ArticleFacts


class _Captured(BaseException):
    """Stops the online call once its request is built. A ``BaseException`` so that neither the
    SDK (which turns ``Exception`` into a connection error) nor instructor (which logs failed
    attempts and wraps them) treats it as a failed call: it unwinds straight to us."""


class _CaptureTransport(httpx2.BaseTransport):
    """Keeps each request and sends nothing. A plain ``BaseTransport`` on purpose: VCR patches
    the concrete transports (HTTP, Mock), so building requests inside a cassette session
    neither records nor needs a recording."""

    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        self.requests.append(request)
        raise _Captured


def build_requests(
    articles: list[Article], settings: Settings, schema: type[BaseModel] = ArticleFacts
) -> list[dict[str, Any]]:
    """One Batch API request line per article: ``custom_id`` is the article id, ``body`` the
    exact JSON the online path sends for it (see the module docstring for how).

    An article given twice (same id, so same text) is sent once: custom ids must be unique in a
    batch, and the answer would be the same."""
    capture = _CaptureTransport()
    lines: list[dict[str, Any]] = []
    seen: set[str] = set()
    plan = plan_for(schema, instructor_mode(settings.mode))
    with openai_client(settings, transport=capture) as sdk:
        for article in articles:
            if article.id in seen:
                continue
            seen.add(article.id)
            call = prepare(article, schema, settings)
            before = len(capture.requests)
            with suppress(_Captured):
                sdk.chat.completions.create(**call.request(plan))
            if len(capture.requests) != before + 1:
                raise SummarizerError(
                    f"{article.source}: the online call did not reach the transport; "
                    "cannot build its batch request"
                )
            request = capture.requests[-1]
            lines.append(
                {
                    "custom_id": article.id,
                    "method": request.method,
                    "url": CHAT_COMPLETIONS,
                    "body": json.loads(request.content),
                }
            )
    return lines


def encode_jsonl(lines: list[dict[str, Any]]) -> bytes:
    """The input file: one compact JSON object per line, UTF-8, newline-terminated."""
    return b"".join(
        json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        for line in lines
    )
