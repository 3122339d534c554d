"""The case builder of session 27's bound counts, shared by the set that wrote the rule
(``make_heads27_cases.py``) and the review that tried to break it (``make_rvct27_cases.py``),
which had each carried the same ``counts`` builder."""

from __future__ import annotations

from typing import Any

from support_sets import SupportCases


def bound_counts(
    built: SupportCases,
    published: str,
    category: str,
    sentence: str,
    passes: list[tuple[str, float]],
    fails: list[tuple[str, float]],
) -> None:
    """An event with one count (what, value) backed by ``sentence``, on a page dated
    ``published``: each of ``passes`` is stated by it, each of ``fails`` is not (another
    count's number, the whole, a year)."""
    text = built.page(sentence)
    for expect, values in ((True, passes), (False, fails)):
        for what, value in values:
            count = {"what": what, "value": {"value": value, "qualifier": "exact"}}
            fact: dict[str, Any] = {"kind": "other", "description": "the event", "actors": [],
                                    "place": None, "when": None, "counts": [count]}  # fmt: skip
            why = f"{what} {value:g}: " + (
                "the number bound to the count's words"
                if expect
                else "a number bound to another count, a whole, a year or another side"
            )
            facts = {"article": {"headline": None, "outlet": None, "byline": None,
                                 "published": published},
                     "events": [{**fact, "evidence": [sentence]}]}  # fmt: skip
            built.add(category, expect, why, text, facts, "events[0].counts[0].value")
