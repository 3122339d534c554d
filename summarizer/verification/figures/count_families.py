"""Families of words news writers use for one countable thing, and the guard on a number read
by a family member that is not the count's own word.

A count the labeller named in one member's words is read beside another's exactly as beside its
own ("population" beside "1.3 million inhabitants", "remains" beside "the bodies of 28",
"phones shipped" beside "58 million units"; outside checks 50-100, session 44 fcu44b). Only
the noun is widened, never the deed: words that count other people (crew, volunteers,
injured) are in no family, and each member is a stem read by prefix, so none may begin another
thing's word ("units", not "unit": "United"; "bodies", not "bod": "bodyguards"; no "post":
"postponed").

A member standing in for the count's own noun then reads a number only as the count's noun
would have been read, so two readings the count's own noun never reached are refused
(:func:`family_clash`): the member's number done by another deed than the count's ("create
2,000 jobs and cut 700 roles" gives no 700 "positions created"), and the member's number as the
whole of a share or part before it ("11% of the 29,000 roles" gives no 29,000 "positions to be
shed"). The deed is a verb in "-ed" or a bare one ("cut", "shed") right before the number,
past a particle or a qualifier ("laid off 1,250", "represents some 900").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..page.tokens import Token, tokenize, word_set
from .numbers import NumberMention

FAMILIES = (
    ("population", "inhabitant", "resident"),
    ("remain", "bodies"),
    ("cancel", "cancelled", "canceled", "cancellation", "scrapped", "axed"),
    ("job", "position", "role"),
    ("staff", "employee", "worker", "workforce", "personnel", "headcount"),
    ("attendance", "attending", "attended", "visitor", "spectator", "crowd", "fans"),
    ("phone", "smartphone", "handset", "units", "device"),
)
FAMILY_OF: dict[str, tuple[str, ...]] = {stem: group for group in FAMILIES for stem in group}
"""A count's exact cue stem -> its family's stems (looked up once per count, no scan)."""

_NOUNS = {member for group in FAMILIES[3:] for member in group if not member.endswith("ed")}
# Deeds a count may name without "-ed" ("jobs cut", "roles to be shed", "staff laid off").
_BARE_DEEDS = word_set("cut cuts shed lost sold made built hit laid paid kept held won quit")
_OWNERS = word_set("the its their his her our")
# A phrasal verb's particle: the deed is the verb before it ("laid off 1,250 employees").
_PARTICLES = word_set("off out up down away back")
# A number's qualifier before it: the deed is the verb before that ("represents some 900").
_ROUGHLY = word_set("some about around roughly nearly almost approximately over than more just")


def _member(word: str) -> str:
    return next((m for m in _NOUNS if word.startswith(m)), "")


def text_gap(tokens: Sequence[Token], first: int) -> bool:
    """Whether the token before ``tokens[first]`` stands right before it (a space, no mark)."""
    return first > 0 and tokens[first].start - tokens[first - 1].end <= 1


def family_clash(tokens: Sequence[Token], mention: NumberMention, what: str) -> str:
    """Why a number whose own noun is a family member other than the count's own word is no
    count of ``what`` (see the module), or ""."""
    noun = next(
        (t.norm for t in tokens[mention.last + 1 : mention.last + 3] if _member(t.norm)), ""
    )
    words = [t.norm for t in tokenize(what.replace("-", "")) if t.norm not in STOPWORDS]
    member = _member(noun)
    if not member or any(word.startswith(member) for word in words):
        return ""  # no stand-in noun, or the count's own word
    rest = [w for w in words if not _member(w) and w not in FAMILY_OF]
    deeds = [w for w in rest if w.endswith(("ed", "ing")) or w in _BARE_DEEDS]
    before = tokens[mention.first - 1].norm if mention.first else ""
    first = mention.first
    while first >= 2 and (before in _PARTICLES or before in _ROUGHLY) and text_gap(tokens, first):
        before, first = tokens[first - 2].norm, first - 1
    gap = text_gap(tokens, first)
    done = gap and (
        before.endswith("ed") or before in _BARE_DEEDS
    )  # a deed's verb right before the number
    if deeds and done and not any(before[:4] == deed[:4] for deed in deeds):
        return f"{before} {noun}: another deed than {'/'.join(deeds)}"
    at = mention.first - 1 if before in _OWNERS else mention.first
    if (
        at >= 2
        and tokens[at - 1].norm == "of"
        and any(t.is_number for t in tokens[max(at - 4, 0) : at - 1])
    ):
        return f"the whole of a part before it ({noun})"
    return ""


__all__ = ["FAMILIES", "FAMILY_OF", "family_clash"]
