"""Build the hand-authored cassettes from their readable sources.

No model endpoint is reachable where this project is developed, so the offline cassettes are
written by hand: ``evals/cassettes/authored/source/<article-id>.json`` holds, per article, the
answers a capable model would plausibly give (mistakes included, and listed). This module turns
them into real VCR cassettes by running the *actual* pipeline (same prompt, schema, headers and
request body) against an in-process fake endpoint that answers with those turns in the OpenAI
wire format, recording every exchange. Re-run it after changing a prompt or the schema:

    python -m summarizer.testing.authoring

Responses name no real model (``model: authored-by-hand``) and every file starts with an
``# origin: authored by hand`` line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from summarizer.errors import SummarizerError, one_line
from summarizer.llm.cassettes import ARTICLE_HEADER, cassette_session
from summarizer.llm.client import OFFLINE_MODEL, Settings, openai_client
from summarizer.llm.summarize import summarize
from summarizer.storage import paths

AUTHORED_MODEL_NAME = "authored-by-hand"
ORIGIN = (
    "authored by hand. These responses were written by the summarizer developers in the OpenAI "
    "wire format; they are NOT the output of any real model (see evals/README.md). Regenerate: "
    "python -m summarizer.testing.authoring; record a real model: "
    "summarizer eval --record --model M"
)
_CREATED = 1_760_000_000


def _estimate_tokens(text: str) -> int:
    """Rough OpenAI-style count (4 characters a token) so authored usage looks plausible."""
    return max(1, len(text) // 4)


def wire_response(
    arguments: dict[str, Any], request_body: bytes, mode: str, ident: str, tool_name: str
) -> dict[str, Any]:
    """A chat.completions response carrying ``arguments`` the way ``mode`` expects them."""
    payload = json.dumps(arguments, ensure_ascii=False)
    if mode == "tools":
        message: dict[str, Any] = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": f"call_{ident}",
                    "type": "function",
                    "function": {"name": tool_name, "arguments": payload},
                }
            ],
        }
        finish = "tool_calls"
    else:
        message = {"role": "assistant", "content": payload}
        finish = "stop"
    prompt_tokens = _estimate_tokens(request_body.decode("utf-8", "replace"))
    completion_tokens = _estimate_tokens(payload)
    return {
        "id": f"chatcmpl-{ident}",
        "object": "chat.completion",
        "created": _CREATED,
        "model": AUTHORED_MODEL_NAME,
        "choices": [{"index": 0, "finish_reason": finish, "message": message, "logprobs": None}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def fake_endpoint(turns_by_article: dict[str, list[dict[str, Any]]], mode: str = "tools") -> Any:
    """An httpx2 transport answering each article's requests with its turns, in order."""
    import httpx2

    served: dict[str, int] = {}

    def handler(request: httpx2.Request) -> httpx2.Response:
        article = request.headers.get(ARTICLE_HEADER, "")
        turns = turns_by_article.get(article)
        if not turns:
            return httpx2.Response(404, json={"error": {"message": f"no turns for {article}"}})
        index = served.get(article, 0)
        served[article] = index + 1
        arguments = turns[min(index, len(turns) - 1)]
        body = json.loads(request.content)
        tools = body.get("tools") or [{"function": {"name": "ArticleFacts"}}]
        ident = f"authored-{article}-{index + 1}"
        return httpx2.Response(
            200,
            json=wire_response(
                arguments, request.content, mode, ident, tools[0]["function"]["name"]
            ),
            headers={"x-summarizer-origin": "authored-by-hand"},
        )

    return httpx2.MockTransport(handler)


def load_sources(source_dir: Path) -> dict[Path, dict[str, Any]]:
    return {
        path: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(source_dir.glob("*.json"))
    }


def author(cassette_root: Path | None = None, project_root: Path | None = None) -> list[str]:
    """Re-record every authored cassette from its source file; returns the article ids."""
    cassette_root = cassette_root or paths.cassette_dir()
    root = project_root or paths.project_root(cassette_root)
    folder = cassette_root / OFFLINE_MODEL
    sources = load_sources(folder / "source")
    turns = {path.stem: data["turns"] for path, data in sources.items()}
    settings = Settings(model=OFFLINE_MODEL, max_reasks=3)
    client = openai_client(settings, transport=fake_endpoint(turns))
    for stale in folder.glob("*.yaml"):
        stale.unlink()
    written = []
    with cassette_session(folder, "record", origin=ORIGIN):
        for path, data in sources.items():
            result = summarize(root / data["article"], settings=settings, client=client)
            if result.article_id != path.stem:
                raise SummarizerError(
                    f"{path.name}: names {data['article']}, whose id is {result.article_id}"
                )
            written.append(result.article_id)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cassettes", type=Path, default=None, help="default: evals/cassettes of this project"
    )
    args = parser.parse_args(argv)
    folder = args.cassettes or paths.cassette_dir()
    try:
        ids = author(folder)
    except SummarizerError as exc:
        print(f"error: {one_line(str(exc))}", file=sys.stderr)
        return 1
    print(f"authored {len(ids)} cassettes in {folder / OFFLINE_MODEL}: {', '.join(ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
