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

The sentences form (``--evidence sentences``) has its own set, ``authored-sentences/``, with no
sources of its own: its answers are derived *by rule* from the same authored answers
(:func:`as_sentence_numbers`: each evidence passage becomes the number(s) of the sentence(s)
it lies in), so the two sets state the same facts and differ only in how evidence is given.
The command re-authors both sets.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from summarizer.articles import load_article
from summarizer.errors import SummarizerError, one_line
from summarizer.llm.cassettes import ARTICLE_HEADER, cassette_session, folder_label
from summarizer.llm.client import OFFLINE_MODEL, Settings, openai_client
from summarizer.llm.summarize import summarize
from summarizer.storage import paths
from summarizer.verification.grounding import locate
from summarizer.verification.page.article import ArticleText

AUTHORED_MODEL_NAME = "authored-by-hand"
ORIGIN = (
    "authored by hand. These responses were written by the summarizer developers in the OpenAI "
    "wire format; they are NOT the output of any real model (see evals/README.md). Regenerate: "
    "python -m summarizer.testing.authoring; record a real model: "
    "summarizer eval --record --model M"
)
SENTENCES_ORIGIN = (
    "authored by hand, sentences form derived by rule. These are the authored answers of "
    "evals/cassettes/authored/source with each evidence passage replaced by the numbers of the "
    "sentences it lies in; they are NOT the output of any real model (see evals/README.md). "
    "Regenerate: python -m summarizer.testing.authoring"
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


def as_sentence_numbers(answer: Any, article: ArticleText) -> tuple[Any, int]:
    """The sentences-form twin of one authored answer, and how many passages it dropped:
    every ``evidence`` list of passages becomes the numbers (from 1, in article order, no
    repeats) of the sentences each passage lies in, found the way grounding finds it
    (:func:`~summarizer.verification.grounding.locate`). A passage grounding cannot find (an
    authored mistake: a paraphrase, an invented passage) has no sentence, so it is dropped:
    the sentences form cannot express it. Anything else is kept as it is, invalid parts too
    (they exist to be re-asked)."""
    dropped = 0

    def convert(node: Any) -> Any:
        nonlocal dropped
        if isinstance(node, list):
            return [convert(item) for item in node]
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "evidence" and isinstance(value, list):
                numbers: list[int] = []
                for passage in value:
                    span = locate(passage, article.text) if isinstance(passage, str) else None
                    if span is None:
                        dropped += 1
                        continue
                    for index in article.sentences_over(span.start, span.end):
                        if index + 1 not in numbers:
                            numbers.append(index + 1)
                out[key] = numbers
            else:
                out[key] = convert(value)
        return out

    return convert(answer), dropped


def sentence_turns(
    sources: dict[Path, dict[str, Any]], root: Path
) -> tuple[dict[str, list[Any]], int]:
    """Every article's authored turns in the sentences form, and the passages dropped."""
    turns: dict[str, list[Any]] = {}
    dropped = 0
    for path, data in sources.items():
        article = ArticleText(load_article(root / data["article"]).text)
        converted = [as_sentence_numbers(turn, article) for turn in data["turns"]]
        turns[path.stem] = [turn for turn, _ in converted]
        dropped += sum(count for _, count in converted)
    return turns, dropped


def author(
    cassette_root: Path | None = None,
    project_root: Path | None = None,
    evidence: str = "quotes",
) -> list[str]:
    """Re-record every authored cassette of an ``evidence`` form (``quotes``: from its source
    file; ``sentences``: derived from it by :func:`as_sentence_numbers`); returns the article
    ids."""
    cassette_root = cassette_root or paths.cassette_dir()
    root = project_root or paths.project_root(cassette_root)
    sources = load_sources(cassette_root / OFFLINE_MODEL / "source")
    folder = cassette_root / folder_label(OFFLINE_MODEL, evidence)
    if evidence == "sentences":
        turns, _ = sentence_turns(sources, root)
    else:
        turns = {path.stem: data["turns"] for path, data in sources.items()}
    settings = Settings(model=OFFLINE_MODEL, max_reasks=3, evidence=evidence)
    client = openai_client(settings, transport=fake_endpoint(turns))
    for stale in folder.glob("*.yaml"):
        stale.unlink()
    written = []
    origin = SENTENCES_ORIGIN if evidence == "sentences" else ORIGIN
    with cassette_session(folder, "record", origin=origin):
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
    for evidence in ("quotes", "sentences"):
        try:
            ids = author(folder, evidence=evidence)
        except SummarizerError as exc:
            print(f"error: {one_line(str(exc))}", file=sys.stderr)
            return 1
        where = folder / folder_label(OFFLINE_MODEL, evidence)
        print(f"authored {len(ids)} cassettes in {where}: {', '.join(ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
