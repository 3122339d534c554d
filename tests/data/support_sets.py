"""The case builder the value-support red-team generators share (``make_support_cases.py``,
``make_attribution_cases.py``): one case shape, one id scheme, one writer, so the sets stay
readable by ``tests/grounding_cases.py`` alike. Each generator makes one :class:`SupportCases`
and binds its methods to the short names its case lines call."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: An article block with nothing set: a case's facts add the field it is about.
ARTICLE = {"headline": None, "outlet": None, "byline": None, "published": None}


class SupportCases:
    """A list of ``check: support`` cases, ids ``<prefix>-<tag>-<number>``."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.cases: list[dict[str, Any]] = []

    def add(
        self, category: str, expect: bool, why: str, text: str, facts: dict[str, Any],
        path: str, tag: str | None = None, check: str = "support",
    ) -> None:  # fmt: skip
        """One case: ground ``facts`` (an empty article block first, which ``facts`` may
        replace) in ``text`` and ask whether the value at ``path`` is supported (``check``
        "unstated": whether nothing in the free text at ``path`` is flagged). ``tag`` names
        the case in its id when that differs from its category."""
        self.cases.append(
            {"id": f"{self.prefix}-{tag or category}-{len(self.cases):04d}",
             "category": category, "expect": expect, "why": why, "text": text,
             "check": check, "path": path, "facts": {"article": dict(ARTICLE), **facts}}
        )  # fmt: skip

    def each(
        self, category: str, text: str, passes: list[str], fails: list[str], path: str,
        facts: Callable[[str], dict[str, Any]], label: str,
    ) -> None:  # fmt: skip
        """One case per value over ``text``: each of ``passes`` is supported at ``path``, each
        of ``fails`` is not; ``facts(value)`` holds the value there, and ``label`` names it in
        the case's why ("sponsor X", "published 2019-04-30")."""
        for expect, values in ((True, passes), (False, fails)):
            for value in values:
                self.add(category, expect, f"{label} {value}", text, facts(value), path)

    def sponsors(
        self, category: str, text: str, evidence: str, passes: list[str], fails: list[str]
    ) -> None:
        """A measure backed by ``evidence``: each name in ``passes`` sponsors it, each in
        ``fails`` does not."""
        assert evidence in text, evidence
        self.each(
            category, text, passes, fails, "sanctions[0].sponsors[0]",
            lambda name: {"sanctions": [
                {"instrument": "bill", "sponsors": [name], "evidence": [evidence]}
            ]},
            "sponsor",
        )  # fmt: skip

    def quote(
        self, category: str, text: str, words: str, passes: list[str], fails: list[str]
    ) -> None:
        """One quote of ``text``: each speaker in ``passes`` is the one the article
        attributes ``words`` to, each in ``fails`` is not."""
        assert words in text, words
        for expect, speakers in ((True, passes), (False, fails)):
            for speaker in speakers:
                facts = {"quotes": [{"speaker": speaker, "text": words, "evidence": []}]}
                self.add(
                    category, expect, f"{speaker}: {words[:40]}", text, facts, "quotes[0].speaker"
                )

    def count(
        self, category: str, expect: bool, text: str, evidence: str, what: str, value: float,
        qualifier: str = "exact",
    ) -> None:  # fmt: skip
        """An event whose one count is ``value`` of ``what``, backed by ``evidence``."""
        assert evidence in text, evidence
        amount = {"value": value, "qualifier": qualifier}
        event = {
            "description": "what the article reports",
            "evidence": [evidence],
            "counts": [{"what": what, "value": amount}],
        }
        why = f"{what} = {value:g} ({qualifier})"
        self.add(category, expect, why, text, {"events": [event]}, "events[0].counts[0].value")

    def write(self, out: Path) -> None:
        out.write_text(
            "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in self.cases),
            encoding="utf-8",
        )
        print(f"{len(self.cases)} cases -> {out.name}")

    def page(
        self, category: str, field: str, text: str, passes: list[str], fails: list[str]
    ) -> None:
        """The article's ``field`` ("byline", "outlet"): each of ``passes`` is supported over
        the whole page ``text``, each of ``fails`` refused."""
        for expect, values in ((True, passes), (False, fails)):
            for value in values:
                facts: dict[str, Any] = {"article": {**ARTICLE, field: value}}
                why = f"{field} {value} ({'supported' if expect else 'unsupported'})"
                self.add(category, expect, why, text, facts, f"article.{field}")

    def role(
        self, category: str, expect: bool, why: str, text: str, role: str, who: str,
        evidence: str,
    ) -> None:  # fmt: skip
        """``who`` in one ``role`` of a fact backed by ``evidence`` (a passage of ``text``):
        "side" (a truce's position, agreed), "party" (a held summit's), "actor" (an event's),
        "sponsor" (a bill's)."""
        assert evidence in text, evidence
        facts: dict[str, Any]
        if role == "side":
            position = {"party": who, "stance": "agreed", "evidence": [evidence]}
            facts = {"ceasefires": [{"evidence": [evidence], "positions": [position]}]}
            path = "ceasefires[0].positions[0].party"
        elif role == "party":
            facts = {"summits": [{"parties": [who], "status": "held", "evidence": [evidence]}]}
            path = "summits[0].parties[0]"
        elif role == "actor":
            event = {"kind": "other", "description": "what the article reports",
                     "actors": [who], "evidence": [evidence]}  # fmt: skip
            facts = {"events": [event]}
            path = "events[0].actors[0]"
        elif role == "sponsor":
            measure = {"instrument": "bill", "sponsors": [who], "evidence": [evidence]}
            facts = {"sanctions": [measure]}
            path = "sanctions[0].sponsors[0]"
        else:
            raise ValueError(role)
        self.add(category, expect, why, text, facts, path)
