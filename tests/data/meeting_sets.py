"""The case builders of a meeting (a ``summits`` fact) the value-support generators share: its
status, one of its parties, each of its parties in turn, its place or another field of it over
values that must pass and values that must fail. :class:`support_sets.SupportCases` inherits
them, so a generator calls ``built.meeting_status(...)`` where it once kept a ``summit()`` of
its own; each builder writes its fact's keys in the order the sets were written with (the
committed ``.jsonl`` files stay byte-identical)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from builder_base import Builder, verdicts

#: The two leaders whose meeting several status sets write their sentences about.
TRUMP_XI = ("Donald Trump", "Xi Jinping")


class MeetingCases(Builder):
    """The meeting builders, over the case list and page of :class:`SupportCases`."""

    def meeting(
        self, category: str, expect: bool, sentence: str, who: str, why: str,
        status: str = "held", check: str = "support",
    ) -> None:  # fmt: skip
        """A summit (``status``) whose one party is ``who``, backed by ``sentence``."""
        fact = {"parties": [who], "status": status, "evidence": [sentence]}
        self.add(
            category, expect, why, self.page(sentence), {"summits": [fact]},
            "summits[0].parties[0]", check=check,
        )  # fmt: skip

    def meeting_status(
        self, category: str, expect: bool, value: str, sentences: Sequence[str], why: str,
        parties: Sequence[str] = (), check: str = "support", text: str | None = None,
        **extra: Any,
    ) -> None:  # fmt: skip
        """A summit of ``parties`` whose ``status`` is ``value`` (its other fields ``extra``,
        written after its evidence), backed by ``sentences`` on the set's page (or ``text``)."""
        fact = {"parties": list(parties), "status": value, "evidence": list(sentences), **extra}
        self.add(
            category, expect, why, text or self.page(*sentences), {"summits": [fact]},
            "summits[0].status", check=check,
        )  # fmt: skip

    def meeting_place(
        self, category: str, expect: bool, where: str, sentences: Sequence[str], why: str,
        parties: Sequence[str] = (), status: str | None = "held", check: str = "support",
        text: str | None = None, **extra: Any,
    ) -> None:  # fmt: skip
        """A summit of ``parties`` (``status``; its other fields ``extra``, written after the
        place) whose ``planned_location`` is ``where``, backed by ``sentences`` on the set's
        page (or ``text``)."""
        fact = {"parties": list(parties), "status": status, "planned_location": where, **extra,
                "evidence": list(sentences)}  # fmt: skip
        self.add(
            category, expect, why, text or self.page(*sentences), {"summits": [fact]},
            "summits[0].planned_location", check=check,
        )  # fmt: skip

    def meeting_party(
        self, category: str, expect: bool, parties: list[str], index: int,
        sentences: Sequence[str], why: str, status: str = "held",
        evidence: list[str] | None = None, check: str = "support", text: str | None = None,
    ) -> None:  # fmt: skip
        """A summit of ``parties`` (``status``) on the set's page of ``sentences`` (or
        ``text``), backed by ``evidence`` (by default every sentence): is ``parties[index]``
        one of its parties?"""
        for line in evidence or ():
            assert line in sentences, line
        fact = {"parties": parties, "status": status, "evidence": evidence or list(sentences)}
        self.add(
            category, expect, why, text or self.page(*sentences), {"summits": [fact]},
            f"summits[0].parties[{index}]", check=check,
        )  # fmt: skip

    def meeting_parties(
        self, category: str, text: str, evidence: str, parties: list[str], expect: list[bool],
        note: str = "",
    ) -> None:  # fmt: skip
        """A summit of ``parties`` (no status) backed by ``evidence`` in ``text``: one case a
        party, ``expect`` its verdict; the why names the party among them, then ``note``."""
        facts = {"summits": [{"parties": parties, "evidence": [evidence]}]}
        for index, (party, verdict) in enumerate(zip(parties, expect, strict=True)):
            self.add(
                category, verdict, f"{party} of {parties}{note}", text, facts,
                f"summits[0].parties[{index}]",
            )  # fmt: skip

    def meeting_field(
        self, category: str, page: str, evidence: list[str], passes: list[str],
        fails: list[str], parties: list[str], status: str = "held",
        field: str = "planned_location", whys: tuple[str, str] = ("", ""), label: str = "",
        **extra: Any,
    ) -> None:  # fmt: skip
        """A summit of ``parties`` (``status``, its other fields ``extra``) on ``page``, backed
        by ``evidence`` (each sentence on the page): each of ``passes`` is its ``field``, each
        of ``fails`` is not; the why names the value by ``label`` (the field by default) and
        gives ``whys``' first reason for a pass, its second for a fail."""
        for sentence in evidence:
            assert sentence in page, sentence
        for expect, value in verdicts(passes, fails):
            fact = {"parties": parties, "status": status, **extra, field: value,
                    "evidence": evidence}  # fmt: skip
            why = f"{label or field} {value!r}: {whys[0] if expect else whys[1]}"
            self.add(category, expect, why, page, {"summits": [fact]}, f"summits[0].{field}")

    def meeting_places(
        self, category: str, page: str, evidence: list[str], passes: list[str],
        fails: list[str], parties: list[str], status: str = "held",
    ) -> None:  # fmt: skip
        """A summit of ``parties`` (``status``) on ``page``, backed by ``evidence`` (each
        sentence on the page): each of ``passes`` is its place, each of ``fails`` is not."""
        self.meeting_field(
            category, page, evidence, passes, fails, parties, status,
            whys=("where the meeting is", "not where the meeting is"),
        )  # fmt: skip
