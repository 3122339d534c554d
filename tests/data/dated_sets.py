"""Case builders of session 27's dated readings (a held meeting's place beside its own day,
an event's day a few minutes off another, a capital by its people word, a meeting's time
after a counted "since"), shared by the set that wrote the rules (``make_dated27_cases.py``)
and the review that tried to break them (``make_rvpl27_cases.py``), which had each carried
the same four builders under their own category names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from support_sets import SupportCases


@dataclass
class DatedCases:
    """The four builders, writing into ``built`` under the set's own category names."""

    built: SupportCases
    dated: str
    minutes: str
    capital: str
    since: str

    def summit(
        self, expect: bool, text: str, place: str, day: str, parties: list[str], why: str,
        status: str = "held",
    ) -> None:  # fmt: skip
        """A summit of ``parties`` (``status``) whose place is ``place`` and day ``day``,
        backed by the one sentence ``text`` (the page's only paragraph)."""
        fact: dict[str, Any] = {"parties": parties, "status": status, "planned_location": place,
                                "planned_timing": day, "evidence": [text]}  # fmt: skip
        self.built.add(self.dated, expect, f"planned_location {place!r}: {why}",
                       self.built.page(text), {"summits": [fact]},
                       "summits[0].planned_location")  # fmt: skip

    def event(
        self, expect: bool, text: str, day: str, description: str, why: str, kind: str = "other"
    ) -> None:
        """An event (``kind``, told as ``description``) whose day is ``day``, backed by the
        one sentence ``text``."""
        fact = {"kind": kind, "description": description, "actors": [], "counts": [],
                "when": day, "evidence": [text]}  # fmt: skip
        self.built.add(self.minutes, expect, f"when {day!r}: {why}", self.built.page(text),
                       {"events": [fact]}, "events[0].when")  # fmt: skip

    def site(
        self, expect: bool, text: str, place: str, description: str, why: str,
        kind: str = "other", evidence: list[str] | None = None,
    ) -> None:  # fmt: skip
        """An event (``kind``, told as ``description``) whose place is ``place``, backed by
        ``evidence`` (by default the one sentence ``text``)."""
        fact = {"kind": kind, "description": description, "actors": [], "counts": [],
                "place": place, "evidence": evidence or [text]}  # fmt: skip
        self.built.add(self.capital, expect, f"place {place!r}: {why}", self.built.page(text),
                       {"events": [fact]}, "events[0].place")  # fmt: skip

    def timing(self, expect: bool, text: str, value: str, why: str) -> None:
        """A meeting whose time is ``value``, backed by the one sentence ``text``."""
        self.built.day(self.since, self.built.page(text), text, value, expect, why,
                       path="summits[0].planned_timing")  # fmt: skip
