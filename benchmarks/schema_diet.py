"""The schema diet (issue 16) in real cl100k_base tokens: `python benchmarks/tokens.py --diet`.

For the ``tools`` and ``json`` modes, per seed and averaged over ``evals/articles/``, the input
tokens of one article's first request outside the article itself, split into the schema and the
instructions, sent with the facts model's full JSON Schema (before: what the modes sent until
the diet, computed here from the same model by instructor's handlers, as ``plan_for`` did) and
with the compact one (after: ``summarizer.llm.compact``, what they send now). Both are built in
this one run from the same model, prompts and articles; only the schema's form differs.

Parts, counted on the texts as sent (the chat framing of a few tokens per message is left out,
the same before and after):

- tools: *schema* is the ``tools`` and ``tool_choice`` JSON (compact, as in the body; OpenAI
  renders tool definitions in its own format, whose count is near but not equal to this);
  *instructions* is the messages' text without the article;
- json: *schema* is what instructor appends to the system prompt (its sentence and the schema
  as ``json.dumps(indent=2)``); *instructions* is the rest of the messages without the article.

The target (issue 16): schema + instructions after <= 60% of before.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODES = ("tools", "json")


def _requests(mode: str, messages: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """``{"before": kwargs, "after": kwargs}``: instructor's request for ``messages`` with the
    full schema and with the compact one."""
    import instructor
    from instructor.v2 import Provider, mode_registry

    from summarizer.llm.client import instructor_mode
    from summarizer.llm.compact import compact_model
    from summarizer.schema import ArticleFacts

    handlers = mode_registry.get_handlers(Provider.OPENAI, instructor_mode(mode))
    wrapped = instructor.response_schema(ArticleFacts)
    models = {"before": wrapped, "after": compact_model(wrapped, ArticleFacts)}
    return {
        name: handlers.request_handler(
            response_model=model, kwargs={"messages": [dict(m) for m in messages]}
        )[1]
        for name, model in models.items()
    }


def parts(encoding: Any, mode: str, path: Path) -> dict[str, tuple[int, int]]:
    """``{"before"|"after": (schema tokens, instruction tokens)}`` of one article's request."""
    from summarizer.llm.client import Settings
    from summarizer.llm.prompts import fence
    from summarizer.llm.summarize import prepare
    from summarizer.schema import ArticleFacts

    call = prepare(path, ArticleFacts, Settings(model="gpt-4o-mini", mode=mode))
    article = fence(call.article.text)
    prompt = "".join(str(m["content"]) for m in call.messages).replace(article, "", 1)
    counted: dict[str, tuple[int, int]] = {}
    for name, kwargs in _requests(mode, call.messages).items():
        text = "".join(str(m["content"]) for m in kwargs["messages"]).replace(article, "", 1)
        if mode == "tools":
            options = {k: kwargs[k] for k in ("tools", "tool_choice")}
            schema = json.dumps(options, ensure_ascii=False, separators=(",", ":"))
            instructions = text
        else:
            assert text.startswith(call.messages[0]["content"])
            schema = text.replace(prompt, "", 1)  # what instructor added to the system prompt
            instructions = prompt
        counted[name] = (len(encoding.encode(schema)), len(encoding.encode(instructions)))
    return counted


def report(encoding: Any) -> int:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    articles = sorted((ROOT / "evals" / "articles").glob("*.txt"))
    print("Input tokens per article outside the article (cl100k_base), full schema -> compact")
    print()
    print("| mode | articles | schema | instructions | schema + instructions | after / before |")
    print("| --- | --- | --- | --- | --- | --- |")
    worst = 0.0
    for mode in MODES:
        rows = [(path.stem[:3], [path]) for path in seeds]
        rows.append((f"mean of evals/articles ({len(articles)})", articles))
        for label, paths in rows:
            counted = [parts(encoding, mode, path) for path in paths]
            mean = {
                name: tuple(statistics.mean(c[name][i] for c in counted) for i in (0, 1))
                for name in ("before", "after")
            }
            (s0, i0), (s1, i1) = mean["before"], mean["after"]
            ratio = (s1 + i1) / (s0 + i0)
            worst = max(worst, ratio)
            print(
                f"| {mode} | {label} | {s0:,.0f} -> {s1:,.0f} | {i0:,.0f} -> {i1:,.0f} | "
                f"{s0 + i0:,.0f} -> {s1 + i1:,.0f} | {ratio:.1%} |"
            )
    print()
    print(f"worst after / before: {worst:.1%} (target <= 60%)")
    return 0 if worst <= 0.6 else 1
