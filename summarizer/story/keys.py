"""When two facts from different articles describe the same real-world thing.

Each rule answers with a score (higher is surer) or None for "different things". The rules
are general, not tuned to one story: names compare by the evaluation's name rules (aliases,
transliterations, surname alone: ``summarizer.evaluation.matchers``), numbers by their
Quantity qualifier, and time by the articles' dates (two mentions of a "ceasefire" months
apart are two ceasefires unless their terms say otherwise). Two facts of one article are
never the same thing: the article (or its labeller) already told them apart.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from summarizer.comparators import Name, Text
from summarizer.evaluation.matchers import match_value
from summarizer.story.inputs import StorySource
from summarizer.story.quantities import agree
from summarizer.verification.grounding import resolve_date

# Jurisdictions an issuing body belongs to: bodies of different ones never issue one measure.
JURISDICTIONS = {
    "us": (
        "u.s.",
        "us",
        "usa",
        "united states",
        "america",
        "american",
        "washington",
        "treasury",
        "ofac",
        "office of foreign assets control",
        "white house",
        "trump",
        "biden",
        "senate",
        "house of representatives",
        "congress",
        "state department",
    ),
    "uk": ("united kingdom", "uk", "u.k.", "britain", "british", "london"),
    "eu": ("european", "eu", "e.u.", "brussels", "europeans", "commission", "council of the eu"),
}
FUTURE = {"proposed", "scheduled", "in_doubt", "on_hold", "postponed", "cancelled", "unclear"}
GENERIC_TITLE_WORDS = {
    "bill",
    "sanction",
    "sanctions",
    "package",
    "order",
    "executive",
    "2024",
    "2025",
    "2026",
    "law",
    "measure",
    "from",
    "with",
    "against",
    "that",
}
SUMMIT_WINDOW, CEASEFIRE_WINDOW, MEASURE_WINDOW, EVENT_WINDOW = 21, 45, 14, 10


@dataclass(frozen=True)
class Item:
    """One fact of one article, as a candidate member of a group."""

    kind: str  # summit, ceasefire, sanctions, event, person
    source: StorySource
    path: str  # "summits[0]"
    fact: Any

    @property
    def date(self) -> dt.date | None:
        return self.source.date

    @property
    def ref(self) -> str:
        return f"{self.source.article_id}:{self.path}"


def items_of(source: StorySource) -> list[Item]:
    facts = source.facts
    found = []
    for kind, name in (
        ("summit", "summits"),
        ("ceasefire", "ceasefires"),
        ("sanctions", "sanctions"),
        ("event", "events"),
        ("person", "people"),
    ):
        for index, fact in enumerate(getattr(facts, name)):
            found.append(Item(kind, source, f"{name}[{index}]", fact))
    return found


def same_name(left: str | None, right: str | None) -> bool:
    """The evaluation's name rule: aliases, transliterations, a surname alone."""
    return bool(left and right) and names_match(left or "", right or "")


@lru_cache(maxsize=65536)
def names_match(left: str, right: str) -> bool:
    return match_value(left, right, Name())


def names_overlap(left: Sequence[str], right: Sequence[str]) -> int:
    return sum(any(same_name(a, b) for b in right) for a in left)


def same_parties(left: Sequence[str], right: Sequence[str]) -> bool:
    """Every party on each side is a party on the other (aliases and spellings allowed)."""
    return (
        bool(left and right)
        and names_overlap(left, right) == len(left)
        and names_overlap(right, left) == len(right)
    )


def jurisdiction(body: str | None) -> str | None:
    if not body:
        return None
    text = " " + re.sub(r"[^a-z.]+", " ", body.lower()) + " "
    for name, words in JURISDICTIONS.items():
        if any(f" {word} " in text for word in words):
            return name
    return None


def days_apart(left: Item, right: Item) -> int | None:
    """Days between the articles; an undated article counts at the date it was inferred to
    have (``StorySource.near``). Only grouping uses that: conflicts need real dates."""
    a, b = left.date or left.source.near, right.date or right.source.near
    if a is None or b is None:
        return None
    return abs((a - b).days)


def words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", (text or "").lower())}


def enum(value: Any) -> str | None:
    """An enum's value as a string (facts read back from JSON hold plain strings)."""
    return None if value is None else str(getattr(value, "value", value))


def _value(fact: BaseModel, name: str) -> Any:
    value = getattr(fact, name, None)
    return getattr(value, "value", value)


def summit_score(a: Item, b: Item, d: int | None) -> float | None:
    if not same_parties(a.fact.parties, b.fact.parties) or (d is not None and d > SUMMIT_WINDOW):
        return None
    la, lb = a.fact.planned_location, b.fact.planned_location
    sa, sb = _value(a.fact, "status"), _value(b.fact, "status")
    same_class = (sa in FUTURE) == (sb in FUTURE) or sa is None or sb is None
    if la and lb:
        if same_name(la, lb) or words(la) & words(lb):
            return 3.0
        return 0.5 if d is not None and d <= 3 and same_class else None
    if same_class:
        return 1.0
    return 0.25 if d is not None and d <= 3 else None  # planned, then held days later


def truce_parties(fact: Any) -> list[str]:
    """The sides of a truce: the parties that took a position on it. The proposer counts
    only when no side is named: a broker (one president proposing truces in two wars) is
    not a side, and counting him made two wars' truces look like one."""
    sides = [p.party for p in fact.positions if p.party]
    return sides or ([fact.proposer] if fact.proposer else [])


def mentioned(names: Sequence[str], passages: Sequence[str]) -> bool:
    text = " ".join(passages).lower()
    return any(name.split()[-1].lower() in text for name in names if name.split())


def other_sides(a: Item, b: Item) -> bool:
    """Truces between other sides: their parties differ and neither article names the
    other's parties (a leader and his country, "Putin" and "Russia", share an article), or
    their scopes name different places ("Gaza" and "Ukraine"), or one names a place in its
    scope that the other article never mentions (a Gaza truce and a truce in an article that
    does not name Gaza)."""
    pa, pb = truce_parties(a.fact), truce_parties(b.fact)
    text_a = [a.source.text] if a.source.text else list(a.fact.evidence)
    text_b = [b.source.text] if b.source.text else list(b.fact.evidence)
    if (
        pa
        and pb
        and not names_overlap(pa, pb)
        and not mentioned(pa, text_b)
        and not mentioned(pb, text_a)
    ):
        return True
    places = [set(NAME_WORD.findall(f.scope or "")) for f in (a.fact, b.fact)]
    if places[0] and not places[1]:
        return not mentioned(sorted(places[0]), text_b)
    if places[1] and not places[0]:
        return not mentioned(sorted(places[1]), text_a)
    return bool(places[0] and places[1]) and not any(
        same_name(x, y) for x in places[0] for y in places[1]
    )


def ceasefire_score(a: Item, b: Item, d: int | None) -> float | None:
    ka, kb = _value(a.fact, "kind"), _value(b.fact, "kind")
    if (ka and kb and ka != kb) or (d is not None and d > CEASEFIRE_WINDOW):
        return None
    if other_sides(a, b):
        return None
    score = 1.0
    da, db = a.fact.duration_days, b.fact.duration_days
    if da is not None and db is not None:
        if not agree(da, db):
            return None
        score += 2
    if words(a.fact.scope) & words(b.fact.scope):
        score += 0.5
    return score


def measure_score(a: Item, b: Item, d: int | None) -> float | None:
    fa, fb = a.fact, b.fact
    ia, ib = _value(fa, "instrument"), _value(fb, "instrument")
    if ia and ib and ia != ib:
        return None
    ja, jb = jurisdiction(fa.issuing_body), jurisdiction(fb.issuing_body)
    if ja and jb and ja != jb:
        return None
    sponsors = names_overlap(fa.sponsors, fb.sponsors)
    if fa.name and fb.name:
        if match_value(fa.name, fb.name, Text(threshold=85, partial_years=True)):
            return 4.0
        # "the Sanctioning Russia Act" and "Graham's Russia sanctions bill": a shared
        # distinctive word and a shared sponsor; two different titles alone are two measures
        shared = (words(fa.name) & words(fb.name)) - GENERIC_TITLE_WORDS
        return 2.0 if shared and sponsors else None
    if fa.package_number is not None and fb.package_number is not None:
        return 4.0 if fa.package_number == fb.package_number else None
    targets = names_overlap(fa.targets, fb.targets)
    body = same_name(fa.issuing_body, fb.issuing_body) or (ja is not None and ja == jb)
    if ia == "bill":
        return 2.0 if sponsors and body else None
    if ia == "threat" or ia is None:
        near = d is not None and d <= MEASURE_WINDOW
        return 1.0 if near and body and (sponsors or targets) else None
    if targets:
        return 2.0 if d is None or d <= CEASEFIRE_WINDOW else None
    return 1.0 if body and d is not None and d <= 7 else None


NAME_WORD = re.compile(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)*")


def names_in(event: BaseModel) -> list[str]:
    found = [*getattr(event, "actors", []), *NAME_WORD.findall(getattr(event, "description", ""))]
    return [n for n in found if len(n) > 3 and n.lower() not in ("russian", "ukrainian")]


def event_score(a: Item, b: Item, d: int | None) -> float | None:
    ka, kb = _value(a.fact, "kind"), _value(b.fact, "kind")
    if ka != kb or d is None or d > EVENT_WINDOW:
        return None
    pa, pb = a.fact.place, b.fact.place
    if pa and pb and not (same_name(pa, pb) or words(pa) & words(pb)):
        return None
    wa = resolve_date(a.fact.when, a.date) if a.fact.when and a.date else None
    wb = resolve_date(b.fact.when, b.date) if b.fact.when and b.date else None
    if wa and wb and wa != wb:
        return None
    na, nb = names_in(a.fact), names_in(b.fact)
    shared = names_overlap(na, nb)
    if shared < min(2, len(na), len(nb)) or not shared:
        return None
    return 1.0 + shared + (2.0 if wa and wa == wb else 0.0)


def person_score(a: Item, b: Item, d: int | None) -> float | None:
    return 1.0 if same_name(a.fact.name, b.fact.name) else None


RULES = {
    "summit": summit_score,
    "ceasefire": ceasefire_score,
    "sanctions": measure_score,
    "event": event_score,
    "person": person_score,
}


def same_thing(a: Item, b: Item) -> float | None:
    """How surely ``a`` and ``b`` are one real-world thing; None when they are not."""
    if a.kind != b.kind or a.source.article_id == b.source.article_id:
        return None
    return RULES[a.kind](a, b, days_apart(a, b))


__all__ = ["JURISDICTIONS", "Item", "enum", "items_of", "jurisdiction", "same_name", "same_thing"]
