"""Prompt caching (issue 16): every article's request starts with the same bytes (tool or
response-format schema, options, system prompt, the user turn's wording) and differs only
from its article on, so a provider's automatic prefix cache (OpenAI: 1,024 tokens or more)
serves everything but the article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.articles import load_article
from summarizer.llm.client import MODES, Settings
from summarizer.llm.prompts import fence
from summarizer.llm.summarize import summarize
from summarizer.llm.tokens import SCHEMA_BYTES_PER_TOKEN
from summarizer.testing.stub import StubServer, common_prefix, facts_reply
from tests.conftest import authored_turns

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [ROOT / "seeds" / "000_1abc9d0a714cd1eb.txt", ROOT / "seeds" / "002_d9e24a3de444c76b.txt"]
VALID = "f9d800ded702b085"


def article_in_body(path: Path) -> bytes:
    """The article as it appears inside the JSON body (fenced, JSON-escaped)."""
    return json.dumps(fence(load_article(path).text), ensure_ascii=False)[1:-1].encode()


@pytest.mark.parametrize("mode", MODES)
def test_requests_share_everything_but_the_article(mode: str) -> None:
    assert all(path.exists() for path in SEEDS)
    with StubServer(
        responder=facts_reply(authored_turns(VALID)[-1], "tools" if mode == "tools" else "json")
    ) as stub:
        settings = Settings(
            model="gpt-4o-mini", base_url=stub.url, api_key="k", mode=mode, max_reasks=0
        )
        for path in SEEDS:
            summarize(path, settings=settings)
        first, second = stub.raw
    common = common_prefix(first, second)
    tails = []
    for body, path in zip((first, second), SEEDS, strict=True):
        start = body.index(article_in_body(path))
        # everything before the article is shared (articles may share their first bytes)
        assert common >= start
        tails.append(body[start + len(article_in_body(path)) :])
    # after the article only a short tail that is the same for both: the fence's end and the
    # closing brackets (md_json: instructor's one-line reminder of the output format too)
    assert tails[0] == tails[1]
    assert len(tails[0]) <= (len(b'\\n</article>"}]}') if mode != "md_json" else 200)
    assert common / SCHEMA_BYTES_PER_TOKEN >= 1024 or mode != "tools"
    assert json.loads(first)["messages"][-1]["role"] == "user"


def test_the_stub_reports_the_shared_prefix_as_cached() -> None:
    with StubServer(responder=facts_reply(authored_turns(VALID)[-1]), prompt_cache=True) as stub:
        settings = Settings(model="gpt-4o-mini", base_url=stub.url, api_key="k", max_reasks=0)
        results = [summarize(path, settings=settings) for path in SEEDS]
    assert results[0].usage.cached_tokens == 0  # nothing before it
    cached = results[1].usage.cached_tokens
    assert cached >= 1024 and cached % 128 == 0
    # the cached part is at least the schema and instructions, at most the whole prompt
    assert cached < results[1].usage.prompt_tokens
