"""Status wordings read by their grammar, and the time of a status verb (an outside check,
session 18: check 40's causes 1 and 2; a later state in another sentence: :mod:`status_later`).

- *Wordings by structure* (:func:`reading_cues`): a meeting whose own noun is the subject of a
  verb of failure ("the meeting broke down", "talks foundered", "the session ended abruptly")
  was held, unless the subject is a plan for one ("plans for a summit collapsed"), the verb
  says it never opened ("collapsed before it could take place") or a year dates it to an
  earlier round ("talks broke down in 2019"); a tally ("by 400 votes to 2",
  "by a vote of 61 to 38") is a vote; "neither accepting nor rejecting", "stopped short of
  endorsing", "would not say whether it would accept" is a stance held back (``skeptical``); a
  truce kept "under a three-phase agreement" or "under the deal brokered by Egypt" is agreed,
  unless the agreement is a draft or a proposal; "is directing the trade representative to
  raise tariffs" and "directs the secretary to" in a release is an announced measure, unless
  a verb of weighing comes before it ("is considering directing").
- *A plan worded anew* (:func:`_set_anew`): "postponed twice since March, will now take
  place in Ankara on June 3" is scheduled again: "will now take place", "will again meet".
- *The time of the verb* (:func:`ahead`): a ``held`` cue after "will", or in the present
  progressive with a day ahead in its clause ("is hosting a summit on Sunday", "are meeting
  next week"), is a meeting ahead, not one held ("was hosting" is past; "which is hosting the
  summit this week" is still held); a loose in-force adverb ("goods already in transit") in a
  sentence whose start verb is future ("will come into force on August 27") is no start.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import four_digit_year, word_set
from .at_meetings import at_meeting, occasion_ahead
from .cue_forms import form_cues
from .done_acts import sealed
from .status_clauses import coordinated_past, extended, held_means

_MEETING_NOUNS = word_set(
    "meeting meetings talks summit session sessions encounter negotiations conference "
    "consultations discussions round"
)
_FAILING = {
    "broke": ("down", "up", "off"),
    "collapsed": (),
    "foundered": (),
    "faltered": (),
    "ended": ("abruptly", "acrimoniously", "early", "prematurely", "badly", "in"),
    "fell": ("apart",),
    "cut": ("short",),
    "unravelled": (),
    "unraveled": (),
    "imploded": (),
}
# The subject is a plan or a try, not the meeting: "plans for a summit collapsed".
_NOT_HELD = word_set(
    "plan plans planned proposed proposal mooted possible potential hopes hope efforts effort "
    "bid attempt attempts preparations arrangements idea prospect prospects scheduled"
)
_NEVER = word_set("before could can")
_ANEW = word_set("now again")
_WILL = word_set("will would shall")
_MEET_VERBS = word_set("meet convene gather open")
_STANCE_VERBS = (
    "accept", "reject", "endors", "oppos", "support", "back", "welcom", "dismiss", "agree",
    "embrac", "refus", "approv", "condemn", "rule", "confirm", "deny", "denied", "commit",
)  # fmt: skip
_HELD_SAY = word_set("not to")  # "would not say whether", "declined to say whether"
_WITHHELD = ("stopped short of", "stops short of", "stopping short of")
_DEALS = word_set("agreement deal accord pact arrangement understanding")
_DRAFTS = word_set("draft proposed possible potential planned mooted future tentative")
_ORDERS = word_set("directing ordering instructing")
_ORDERS_NOW = word_set("directs orders instructs")
_WEIGHING = word_set(
    "considering weighing mulling contemplating may might could would consider weigh not"
)
_PRESENT_BE = word_set("is are am 's")
_AHEAD_DAYS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday tomorrow next later weekend"
)


def reading_cues(family: str, value: str, norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of the structural cues of ``value`` in one sentence's norms (the module),
    and of the other forms of its verb cues (:mod:`cue_forms`)."""
    return _structural(family, value, norms) + form_cues(family, value, norms)


def _structural(family: str, value: str, norms: Sequence[str]) -> list[tuple[int, int]]:
    if family == "SummitStatus" and value == "held":
        # "was held by video" (status_clauses); "at the bloc's 66th summit" (at_meetings)
        return _failed_meeting(norms) + held_means(norms) + at_meeting(norms)
    if family == "CeasefireStatus" and value == "in_effect":
        return extended(norms)  # "extended the ceasefire by ten days" (status_clauses)
    if family == "SummitStatus" and value == "scheduled":
        return _set_anew(norms)
    if family == "EventKind" and value == "vote":
        return _tally(norms)
    if family == "Stance" and value == "skeptical":
        return _held_back(norms)
    if family in ("CeasefireStatus", "Stance") and value == "agreed":
        return _under_deal(norms) + sealed(family, norms)  # "inked a truce" (done_acts)
    if family == "MeasureStatus" and value == "announced":
        return _directing(norms)
    return []


def _failed_meeting(norms: Sequence[str]) -> list[tuple[int, int]]:
    found = []
    for index, norm in enumerate(norms):
        follow = _FAILING.get(norm)
        if follow is None:
            continue
        end = index + 1
        if follow:
            if not (norms[index + 1 : index + 2] and norms[index + 1] in follow):
                continue
            end = index + 2
        subject = _subject(norms, index)
        if not any(word in _MEETING_NOUNS for word in subject):
            continue
        if any(word in _NOT_HELD for word in subject):
            continue
        if not _NEVER.isdisjoint(norms[end : end + 3]):
            continue  # "collapsed before it could open"
        if any(four_digit_year(word) for word in norms[end : end + 3]):
            continue  # "broke down in 2019": an earlier round, not this meeting
        found.append((index, end))
    return found


def _set_anew(norms: Sequence[str]) -> list[tuple[int, int]]:
    """ "will now take place in Ankara on June 3", "is now to be held", "will again meet": a
    plan worded anew (the span starts after "now", which :mod:`status_undone` reads)."""
    found = []
    for index, norm in enumerate(norms):
        if norm not in _ANEW or index == 0 or norms[index - 1] not in _WILL:
            continue
        after = norms[index + 1 : index + 3]
        if after and (after[0] in _MEET_VERBS or after == ["take", "place"]):
            found.append((index + 1, index + 1 + (2 if after == ["take", "place"] else 1)))
        elif after == ["be", "held"]:
            found.append((index + 1, index + 3))
    return found


def _subject(norms: Sequence[str], verb: int) -> Sequence[str]:
    """The words before ``verb`` back to a clause mark (the subject and its modifiers)."""
    back = verb - 1
    while back >= 0 and norms[back] not in (",", "but", "while", "after", "when", "which"):
        back -= 1
    return norms[back + 1 : verb]


def _tally(norms: Sequence[str]) -> list[tuple[int, int]]:
    found = []
    for index, norm in enumerate(norms):
        if norm != "to" or index < 1 or index + 1 >= len(norms):
            continue
        after = norms[index + 1]
        before = norms[index - 1]
        if not after.isdigit():
            continue
        if before.isdigit() and index >= 3 and norms[index - 2 : index - 1] == ["of"]:
            if norms[index - 3] in ("vote", "margin", "tally"):
                found.append((index - 3, index + 2))  # "by a vote of 61 to 38"
        elif before in ("votes", "vote") and index >= 2 and norms[index - 2].isdigit():
            found.append((index - 2, index + 2))  # "by 400 votes to 2"
    return found


def _held_back(norms: Sequence[str]) -> list[tuple[int, int]]:
    found = []
    for index, norm in enumerate(norms):
        if (
            norm == "neither"
            and index + 1 < len(norms)
            and norms[index + 1].startswith(_STANCE_VERBS)
        ):
            for nor in range(index + 2, min(index + 8, len(norms) - 1)):
                if norms[nor] == "nor" and norms[nor + 1].startswith(_STANCE_VERBS):
                    found.append((index, nor + 2))
                    break
        elif norm == "stopped" or norm == "stops" or norm == "stopping":
            if tuple(norms[index : index + 3]) in {tuple(p.split()) for p in _WITHHELD}:
                found.append((index, index + 3))
        elif norm == "say" and norms[index + 1 : index + 2] == ["whether"] and index > 0:
            found += [(index - 1, index + 2)] if norms[index - 1] in _HELD_SAY else []
    return found


def _under_deal(norms: Sequence[str]) -> list[tuple[int, int]]:
    found = []
    for index, norm in enumerate(norms):
        if norm != "under" or norms[index + 1 : index + 2] not in (["a"], ["an"], ["the"]):
            continue
        for noun in range(index + 2, min(index + 7, len(norms))):
            if norms[noun] in (",", "of") and norms[noun - 1] != "terms":
                break
            if norms[noun] in _DEALS:
                if _DRAFTS.isdisjoint(norms[index + 2 : noun]):
                    found.append((index, noun + 1))
                break
    return found


def _directing(norms: Sequence[str]) -> list[tuple[int, int]]:
    found = []
    for index, norm in enumerate(norms):
        progressive = norm in _ORDERS and index > 0 and norms[index - 1] in _PRESENT_BE
        present = norm in _ORDERS_NOW
        if not (progressive or present):
            continue
        if "to" not in norms[index + 1 : index + 10]:
            continue
        if not _WEIGHING.isdisjoint(norms[max(index - 3, 0) : index]):
            continue
        found.append((index - 1 if progressive else index, index + 1))
    return found


AHEAD = frozenset({"held", "in_force", "in_effect"})
"""The values :func:`ahead` reads."""
_LOOSE = word_set("already still since existing currently current continues continued remains")
_STARTS = word_set("force effect apply applies begin start kick")
_FUTURE = word_set("will shall")


def ahead(raw: str, norms: Sequence[str], start: int, end: int) -> bool:
    """A ``held`` cue after "will", or in the present progressive with a day ahead after it
    in its clause ("is hosting a summit on Sunday", "are meeting next week"): a meeting ahead,
    not one held ("which is hosting the summit this week" is still held). An ``in_force`` or
    ``in_effect`` cue that is only a loose adverb ("goods already in transit") in a sentence
    whose start verb is future ("will come into force on August 27"): the start is ahead."""
    if raw != "held":
        return norms[start] in _LOOSE and end - start == 1 and _future_start(norms)
    if "will" in norms[max(start - 3, 0) : start]:
        return True
    if norms[start] in ("at", "during") and occasion_ahead(norms, start, end):
        return True  # "during next week's summit", "will take over ... at the summit"
    if not norms[start].endswith("ing"):
        return False
    if _PRESENT_BE.isdisjoint(norms[max(start - 2, 0) : start]):
        return False
    after = norms[end : end + 12]
    after = after[: after.index(",")] if "," in after else after
    return not _AHEAD_DAYS.isdisjoint(after)  # "is hosting ... on Sunday", not "this week"


def _future_start(norms: Sequence[str]) -> bool:
    for index, norm in enumerate(norms):
        if norm in _FUTURE and not _STARTS.isdisjoint(norms[index + 1 : index + 5]):
            return True
    return False


__all__ = ["AHEAD", "ahead", "coordinated_past", "reading_cues"]
