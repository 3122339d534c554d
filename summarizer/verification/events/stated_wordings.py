"""Values stated in other words than their status word (an outside check, session 16, check
38): each is a short frame read on a sentence's norms and added to the cues of its value
(:func:`status_calls.extra_status_cues`), so the cue rules still read negations, prospects and
someone else's words around it.

- A party that says it will keep a truce has *agreed* to it: "would honour the truce", "will
  respect the ceasefire", "pledged to abide by the deal", "will observe the truce" (a verb of
  keeping, then at most three words before a truce noun: "will respect the result of the
  vote" is not);
- a duty a government means to bring in is *proposed*: "intends to apply a 25 per cent
  surtax", "plans to impose tariffs", "is proposing to levy a duty" (a verb of intent, "to",
  a verb of imposing, then a duty noun within five words: "intends to study the tariff" is
  not);
- a duty a body says it will bring in is *announced*: "will raise tariffs on U.S. goods
  starting June 1, the commission said" ("will", a verb of imposing or raising, a duty noun
  within five words, and the body's saying after it; not "if" or "unless" in the sentence,
  and not a warning or a threat, whose verbs are no saying here);
- a truce that "lasted 101 days" is over: *expired* (a past "lasted", "ran" or "held" for a
  number of days, weeks or months; not "has lasted", which goes on, nor "is expected to last");
- a party that "denied it had agreed" to a truce *rejected* it ("denied that it had agreed
  to that one", "denies ever having accepted the truce");
- "the fourth cycle is due to open", "a new cycle of negotiations" are *talks* (an ordinal or
  "new" before "cycle"; not a news, election or budget cycle).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..page.tokens import word_set
from .truce_aspects import perfect_before

Span = tuple[int, int]

_KEEPING = word_set("""honour honor respect observe uphold abide adhere keep""")
_WILL = word_set("would will shall pledged promised vowed undertook agreed")
_NOT = word_set("not never n't no")
_TRUCES = word_set(
    """truce truces ceasefire ceasefires cease-fire armistice deal agreement accord pact
    cessation"""
)
_INTENT = word_set(
    """intends intend intending intended plans plan planning planned proposes propose
    proposing proposed aims aim aiming"""
)
_IMPOSING = word_set("""apply impose introduce levy slap put raise hike increase add""")
_DUTIES = word_set(
    """duty duties tariff tariffs levy levies surcharge surcharges surtax surtaxes"""
)
_TELLING = word_set("said says announced stated confirmed added")
_IFS = word_set("if unless whether")
_LASTING = word_set("lasted ran held")
_SPANS = word_set("days weeks months day week month")
_HAVE = word_set("has have had is are be")
_DENYING = word_set("denied denies denying")
_AGREEING = word_set("agreed accepted signed joined endorsed")
_ORDINALS = word_set(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    new next latest last 1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th"""
)
_NOT_TALKS = word_set("news election electoral budget business economic product life")


def _kept(norms: Sequence[str]) -> list[Span]:
    """ "would honour the truce", "pledged to abide by the ceasefire": the span starts at the
    modal or the pledge (a pledge is the stance, not a prospect of one); a "not" or "never"
    between them ("would not honour") is no keeping, one before them a negation the caller
    reads."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm not in _KEEPING or index == 0:
            continue
        before = norms[max(index - 3, 0) : index]
        pledges = [at for at in range(max(index - 3, 0), index) if norms[at] in _WILL]
        if not pledges or not _NOT.isdisjoint(before[before.index(norms[pledges[-1]]) :]):
            continue
        for ahead in range(index + 1, min(index + 5, len(norms))):
            if norms[ahead] in _TRUCES:
                found.append((pledges[-1], ahead + 1))
                break
            if norms[ahead] in (",", "of"):
                break  # "will respect the result of the truce talks"
    return found


def _duty_after(norms: Sequence[str], start: int) -> int | None:
    for ahead in range(start, min(start + 6, len(norms))):
        if norms[ahead] in _DUTIES:
            return ahead + 1
        if norms[ahead] in (",", ";", "on"):
            return None
    return None


def _intended(norms: Sequence[str]) -> list[Span]:
    """ "intends to apply a 25 per cent surtax": see the module."""
    found: list[Span] = []
    for index, norm in enumerate(norms[:-2]):
        if norm in _INTENT and norms[index + 1] == "to" and norms[index + 2] in _IMPOSING:
            end = _duty_after(norms, index + 3)
            if end is not None:
                found.append((index, end))
    return found


def _told_ahead(norms: Sequence[str]) -> list[Span]:
    """ "will raise tariffs ..., the commission said": see the module."""
    if not _IFS.isdisjoint(norms) or _TELLING.isdisjoint(norms):
        return []
    found: list[Span] = []
    for index, norm in enumerate(norms[:-1]):
        if norm == "will" and norms[index + 1] in _IMPOSING:
            end = _duty_after(norms, index + 2)
            if end is not None and not _TELLING.isdisjoint(norms[end:]):
                found.append((index, end))
    return found


def _lasted(norms: Sequence[str]) -> list[Span]:
    """ "the one in 2017 that lasted 101 days": a past lasting for a count of days."""
    found: list[Span] = []
    for index, norm in enumerate(norms[:-2]):
        if (
            norm not in _LASTING
            or (index and norms[index - 1] in _HAVE)
            or perfect_before(norms, index)
        ):
            continue
        ahead = norms[index + 1 : index + 4]
        if ahead[:1] == ["for"]:
            ahead = ahead[1:]
        counted = len(ahead) >= 2 and (ahead[0][:1].isdigit() or ahead[0] in _COUNTS)
        if counted and ahead[1] in _SPANS:  # the whole phrase: "that lasted" reads as a modifier
            found.append((index, index + 2 + (norms[index + 1] == "for")))
    return found


_COUNTS = word_set("two three four five six seven eight nine ten eleven twelve a one several")


def _denied(norms: Sequence[str]) -> list[Span]:
    """ "denied it had agreed to that one", "denies ever having accepted the truce"."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm not in _DENYING:
            continue
        for ahead in range(index + 1, min(index + 6, len(norms))):
            if norms[ahead] in _AGREEING:
                found.append((index, ahead + 1))
                break
            if norms[ahead] == ",":
                break
    return found


def _cycles(norms: Sequence[str]) -> list[Span]:
    """ "the fourth cycle is due to open", "a new cycle of negotiations"."""
    return [
        (index - 1, index + 1)
        for index, norm in enumerate(norms)
        if norm == "cycle"
        and index
        and norms[index - 1] in _ORDINALS
        and _NOT_TALKS.isdisjoint(norms[max(index - 3, 0) : index + 3])
    ]


_CUES: dict[tuple[str, str], tuple[Callable[[Sequence[str]], list[Span]], ...]] = {
    ("Stance", "agreed"): (_kept,),
    ("MeasureStatus", "proposed"): (_intended,),
    ("MeasureStatus", "announced"): (_told_ahead,),
    ("CeasefireStatus", "expired"): (_lasted,),
    ("CeasefireStatus", "rejected"): (_denied,),
    ("EventKind", "talks"): (_cycles,),
}
_WORDS = frozenset(
    _KEEPING | _INTENT | {"will"} | _LASTING | _DENYING | {"cycle"}
)  # a sentence with none of these words has none of the module's wordings


def stated_cues(family: str, value: str, norms: Sequence[str]) -> list[Span]:
    """(start, end) spans of the module's wordings of the value in one sentence's norms."""
    readers = _CUES.get((family, value))
    if readers is None or _WORDS.isdisjoint(norms):
        return []
    return [span for read in readers for span in read(norms)]


__all__ = ["stated_cues"]
