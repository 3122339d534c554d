"""What each source says about a group, as comparable claims: statuses, counts, stances
and numbers, each with the time it holds at. Conflicts and the timeline are read from these.

Time: a claim holds at its own ``as_of`` when that resolves to a date against the article's
date, else at the article's date (with the ``as_of`` as written, so "at first" and "later" in
one article are two times). The length of a past event (a count in hours, minutes or days)
holds at no time: it cannot change, so two lengths that disagree conflict whatever the dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from summarizer.story.keys import Item, enum
from summarizer.story.quantities import shown
from summarizer.verification.grounding import resolve_date

TIME_UNITS = {"hour": 60.0, "minute": 1.0, "day": 1440.0, "week": 10080.0}
ATTRIBUTION = re.compile(r",?\s*\b(according to|per|as reported by|said by)\b.*$", re.IGNORECASE)
DROPPED = {"the", "of", "a", "an", "senate", "house", "bill", "its", "their", "total"}
SYNONYMS = {
    "cosponsor": "cosponsor",
    "co": "",
    "wounded": "injured",
    "dead": "killed",
    "deaths": "killed",
    "died": "killed",
}


@dataclass(frozen=True)
class Claim:
    """One value one source gives for one field of a group, at a time."""

    item: Item
    field: str  # "status", "count: cosponsor", "stance: Russia", "duration_days"
    path: str  # the value's path in its article's facts
    value: Any
    shown: str
    date: dt.date | None  # when it holds (None: unknown, or timeless below)
    moment: str  # "" or the as_of as written when it does not resolve
    timeless: bool = False
    scale: float = 1.0  # to a common unit (minutes) for lengths
    attributed_to: str | None = None


def count_key(what: str) -> tuple[str, float | None]:
    """A count's subject in canonical words, and its time unit in minutes if it is a length."""
    text = ATTRIBUTION.sub("", what.lower()).replace("co-sponsor", "cosponsor")
    tokens = [t.rstrip("s") if len(t) > 3 else t for t in re.findall(r"[a-z]+", text)]
    tokens = [SYNONYMS.get(t, t) for t in tokens if t not in DROPPED]
    tokens = [t for t in tokens if t]
    for token in tokens[:1]:
        if token in TIME_UNITS:
            return "length", TIME_UNITS[token]
    return " ".join(tokens), None


def attribution(what: str) -> str | None:
    found = ATTRIBUTION.search(what)
    if not found:
        return None
    return found.group(0).lstrip(", ")[len(found.group(1)) :].strip() or None


def when(item: Item, as_of: str | None) -> tuple[dt.date | None, str]:
    if as_of:
        resolved = resolve_date(as_of, item.date) if item.date else None
        if resolved is not None:
            return resolved, ""
        return item.date, as_of.strip().lower()
    return item.date, ""


def claims_of(item: Item) -> list[Claim]:
    fact, found = item.fact, []
    status = enum(getattr(fact, "status", None))
    if status and item.kind in ("summit", "ceasefire", "sanctions"):
        who = getattr(fact, "status_according_to", None) or getattr(fact, "reported_by", None)
        found.append(
            Claim(
                item,
                "status",
                f"{item.path}.status",
                status,
                status.replace("_", " "),
                item.date,
                "",
                attributed_to=who,
            )
        )
    for index, count in enumerate(getattr(fact, "counts", []) or []):
        if count.projected:
            continue
        key, unit = count_key(count.what)
        date, moment = when(item, count.as_of)
        found.append(
            Claim(
                item,
                f"count: {key}",
                f"{item.path}.counts[{index}]",
                count.value,
                f"{shown(count.value)} {count.what}",
                None if unit else date,
                "" if unit else moment,
                timeless=unit is not None,
                scale=unit or 1.0,
                attributed_to=attribution(count.what),
            )
        )
    for index, position in enumerate(getattr(fact, "positions", []) or []):
        stance = enum(position.stance)
        if stance:
            date, moment = when(item, position.as_of)
            found.append(
                Claim(
                    item,
                    f"stance: {position.party}",
                    f"{item.path}.positions[{index}]",
                    stance,
                    stance.replace("_", " "),
                    date,
                    moment,
                    attributed_to=position.party,
                )
            )
    for name in ("duration_days", "tariff_rate_percent", "package_number"):
        value = getattr(fact, name, None)
        if value is not None:
            found.append(
                Claim(
                    item, name, f"{item.path}.{name}", value, shown(value), None, "", timeless=True
                )
            )
    return found


__all__ = ["Claim", "attribution", "claims_of", "count_key", "enum"]
