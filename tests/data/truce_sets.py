"""The case builders of a truce (a ``ceasefires`` fact) the value-support generators share:
who reported it, who proposed it, its status, its length, a side's position and its stance.
:class:`support_sets.SupportCases` inherits them, so a generator calls
``built.truce_position(...)`` where it once kept a ``stance()`` of its own; each builder
writes its fact's keys in the order the sets were written with (the committed ``.jsonl``
files stay byte-identical)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from builder_base import Builder


class TruceCases(Builder):
    """The truce builders, over the case list and page of :class:`SupportCases`."""

    def announcer(
        self, category: str, expect: bool, sentence: str, who: str, why: str, before: str = ""
    ) -> None:
        """A truce whose ``reported_by`` is ``who``, backed by ``sentence`` (``before``: a
        paragraph ahead of it on the page, not in the evidence)."""
        fact = {"status": "agreed", "reported_by": who, "evidence": [sentence]}
        self.add(
            category, expect, why, self.page(before, sentence), {"ceasefires": [fact]},
            "ceasefires[0].reported_by",
        )  # fmt: skip

    def truce_status(
        self, category: str, expect: bool, value: str, sentences: Sequence[str], why: str,
        check: str = "support", text: str | None = None,
    ) -> None:  # fmt: skip
        """A truce whose ``status`` is ``value``, backed by ``sentences`` on the set's page (or
        ``text``)."""
        fact = {"status": value, "evidence": list(sentences)}
        self.add(
            category, expect, why, text or self.page(*sentences), {"ceasefires": [fact]},
            "ceasefires[0].status", check=check,
        )  # fmt: skip

    def truce_length(
        self, category: str, expect: bool, days: float, sentences: Sequence[str], why: str,
        qualifier: str = "exact", evidence: list[str] | None = None, check: str = "support",
        text: str | None = None,
    ) -> None:  # fmt: skip
        """A truce lasting ``days`` days (``qualifier``) on the set's page of ``sentences`` (or
        ``text``), backed by ``evidence`` (passages of the page; every sentence by default)."""
        page = text or self.page(*sentences)
        for passage in evidence or ():
            assert passage in page, passage
        fact = {
            "duration_days": {"value": days, "qualifier": qualifier},
            "evidence": list(sentences) if evidence is None else evidence,
        }
        self.add(
            category, expect, why, page, {"ceasefires": [fact]}, "ceasefires[0].duration_days",
            check=check,
        )  # fmt: skip

    def proposer(
        self, category: str, expect: bool, sentence: str, who: str, why: str,
        status: str = "proposed", check: str = "support",
    ) -> None:  # fmt: skip
        """A truce (``status``) whose ``proposer`` is ``who``, backed by ``sentence``."""
        fact = {"status": status, "proposer": who, "evidence": [sentence]}
        self.add(
            category, expect, why, self.page(sentence), {"ceasefires": [fact]},
            "ceasefires[0].proposer", check=check,
        )  # fmt: skip

    def side(
        self, category: str, expect: bool, sentence: str, who: str, why: str,
        stance: str = "agreed", check: str = "support", before: str = "",
        status: str | None = None, field: str = "party",
    ) -> None:  # fmt: skip
        """A truce whose one position (``stance``) is taken by ``who``, backed by ``sentence``
        (``before`` a paragraph of the page ahead of it); ``field`` is the position's field
        checked ("party", or "stance"); ``status``, when given, is the truce's own."""
        position = {"party": who, "stance": stance, "evidence": [sentence]}
        fact: dict[str, Any] = {"status": status} if status is not None else {}
        fact.update({"evidence": [sentence], "positions": [position]})
        self.add(
            category, expect, why, self.page(before, sentence), {"ceasefires": [fact]},
            f"ceasefires[0].positions[0].{field}", check=check,
        )  # fmt: skip

    def stance(self, category: str, party: str, value: str, sentence: str, expect: bool) -> None:
        """A truce on which ``party`` takes the stance ``value``, backed by ``sentence`` on the
        set's page."""
        self._position(category, party, value, sentence, expect, "stance")

    def stance_party(
        self, category: str, party: str, value: str, sentence: str, expect: bool
    ) -> None:
        """The same truce, the case asking whether ``party`` is the one taking ``value``."""
        self._position(category, party, value, sentence, expect, "party")

    def _position(
        self, category: str, party: str, value: str, sentence: str, expect: bool, field: str
    ) -> None:
        why = f"{party} {value}: {sentence[:50]}"
        self.truce_position(category, expect, party, value, [sentence], why, field)

    def truce_position(
        self, category: str, expect: bool, party: str, stance: str, sentences: Sequence[str],
        why: str, field: str = "stance", evidence: list[str] | None = None, full: bool = False,
        check: str = "support", text: str | None = None,
    ) -> None:  # fmt: skip
        """A truce on which ``party`` takes ``stance``, on the set's page of ``sentences`` (or
        ``text``), backed by ``evidence`` (by default every sentence): the position's
        ``field`` ("stance", or "party") checked. The fact is written as the sets were:
        ``{"positions", "evidence"}``, or with ``full`` ``{"kind": "full", "evidence",
        "positions"}``."""
        for line in evidence or ():
            assert line in sentences, line
        backing = evidence or list(sentences)
        position = {"party": party, "stance": stance, "evidence": backing}
        fact: dict[str, Any] = (
            {"kind": "full", "evidence": backing, "positions": [position]}
            if full
            else {"positions": [position], "evidence": backing}
        )
        self.add(
            category, expect, why, text or self.page(*sentences), {"ceasefires": [fact]},
            f"ceasefires[0].positions[0].{field}", check=check,
        )  # fmt: skip
