"""A grounding's page is freed when ``ground`` returns, not left to the cyclic collector.

Session 40: the stage memo kept each context (which holds the article) in the article's own
memo, so every page, its tokens and its memo lived on in a reference cycle until a collection
found them, and the collector walked them again and again (about 1,300 objects per seed).
"""

from __future__ import annotations

import gc
import json
from pathlib import Path

from summarizer.articles import load_article
from summarizer.evaluation.gold import load_gold
from summarizer.schema import ArticleFacts
from summarizer.verification.context import Context
from summarizer.verification.grounding import ground
from summarizer.verification.page.article import ArticleText

ROOT = Path(__file__).resolve().parents[1]


def test_no_page_left_in_a_reference_cycle() -> None:
    gold = load_gold(ROOT / "evals" / "gold")
    sources = sorted((ROOT / "evals" / "cassettes" / "authored" / "source").glob("*.json"))
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for source in sources[:3]:
            data = json.loads(source.read_text(encoding="utf-8"))
            article = load_article(ROOT / data["article"])
            answer = ArticleFacts.model_validate_json(json.dumps(data["turns"][-1]))
            for facts in (answer, gold[article.id].facts):
                ground(facts, article.text, article.metadata)
        gc.collect()
        left = [type(o).__name__ for o in gc.garbage if isinstance(o, ArticleText | Context)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if enabled:
            gc.enable()
    assert left == []
