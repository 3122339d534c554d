"""The host of another leg of a trip is no party of this leg's meeting (check 43).

"President Xi will pay state visits to the three countries" names a trip of several legs; a
meeting of it is placed ("In Hanoi, he will hold talks with To Lam"), and the party rule reads
"the three countries" as the group holding every host the article names ("Prime Minister Anwar
Ibrahim of Malaysia"). A careful reader gives the Hanoi talks Viet Nam's side, not Malaysia's.
So a person named in the evidence only in sentences about the trip (visits, a tour, legs,
stops, "the three countries"), as one of its hosts ("at the invitation of", "hosted by",
"guest of"), whom the article ties to one country, is refused when the meeting's own place
belongs to another country; the traveller (no host) and anyone named beside the meeting itself
are left to the party rule. Read only for a meeting
with a place whose country is known, so the rule costs nothing elsewhere.
"""

from __future__ import annotations

import re

from ..context import Context
from ..people.party_names import party_of

_TRIP = re.compile(
    r"\b(?:visits?|visiting|tour|trip|legs?|stops?|stopover|swing|(?:two|three|four|five|several)\s+"
    r"(?:countries|nations|capitals))\b",
    re.IGNORECASE,
)

# The words :data:`_TRIP` needs one of, each asked once per article (ArticleText.uses)
_TRIP_WORDS = (
    "visit", "visits", "visiting", "tour", "trip", "leg", "legs", "stop", "stops", "stopover",
    "swing", "countries", "nations", "capitals",
)  # fmt: skip

# The words each match of :data:`_TRIP` opens with.
_TRIP_OPENS = (
    "visit", "tour", "trip", "leg", "stop", "swing", "two", "three", "four", "five", "several",
)  # fmt: skip

# What makes the person one of the trip's hosts, before the name in its sentence.
_HOSTING = re.compile(
    r"\b(?:invitation\s+of|invited\s+by|hosted\s+by|guest\s+of|welcomed\s+by|hosts?\s+will\s+"
    r"be|to\s+be\s+hosted\s+by)\b",
    re.IGNORECASE,
)


def _tied(text: str, value: str) -> set[str]:
    """The countries the article ties the person to: "Anwar Ibrahim of Malaysia", "Malaysia's
    Prime Minister Anwar Ibrahim"."""
    name = re.escape(value)
    found: set[str] = set()
    after = rf"{name},?\s+(?:of|from)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    before = rf"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['\u2019]s\s+(?:[\w-]+\s+){{0,3}}{name}"
    for pattern in (after, before):
        for match in re.finditer(pattern, text):
            words = match.group(1).split()
            key = party_of(match.group(1)) or party_of(words[0])
            if key is not None:
                found.add(key)
    return found


def other_leg(value: str, ctx: Context) -> str | None:
    """The country the article ties ``value`` to when that is another leg's than the
    meeting's place; None otherwise."""
    place = getattr(ctx.fact, "planned_location", None)
    cued = ctx.article.memo.get("trip cue")
    if cued is None:
        cued = ctx.article.memo["trip cue"] = any(
            ctx.article.uses(word) for word in _TRIP_WORDS
        ) and any(True for _ in ctx.article.word_matches(_TRIP, _TRIP_OPENS))  # whole words
        # first (str.find), then the regex where a word it opens with stands (word_matches)
    if not cued:
        return None
    if not isinstance(place, str) or not place.strip() or party_of(value) is not None:
        return None
    here = party_of(place.split(",")[0].strip())
    words = value.split()
    if here is None or not words:
        return None
    texts = [ctx.article.text[slice(*ctx.article.sentences[i])] for i in ctx.sentences]
    pattern = re.compile(rf"(?<!\w)(?:{re.escape(words[-1])}|{re.escape(words[0])})(?!\w)")
    hosting = False
    for text in texts:
        found = pattern.search(text)
        if found is None:
            continue
        if not _TRIP.search(text):
            return None  # named beside the meeting itself
        hosting = hosting or bool(_HOSTING.search(text[: found.start()]))
    if not hosting:
        return None
    tied = _tied(ctx.article.text, value)
    if len(tied) != 1 or here in tied:
        return None
    return next(iter(tied))


__all__ = ["other_leg"]
