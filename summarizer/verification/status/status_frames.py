"""Three truce wordings a cue phrase list reads wrongly, for
:mod:`summarizer.verification.status.status_forms` (found by outside check 21). Each reads one
sentence's normal forms, with "," where a clause mark stood.

- A bare participle of a start dates the truce, it does not say it has begun: "have agreed
  to a two-month truce, starting with Ramadan", "a truce starting next month", "a ceasefire
  effective from Friday" are no truce in effect; "the truce is starting to hold", "became
  effective on Monday", "effective immediately" and "effective since Monday" still are.
- A present "begins" with a truce as its subject and no time after it reports a start now,
  the way a headline does ("Guns fall silent as Nagorno truce begins", "Ceasefire begins in
  Gaza"); "the truce begins at midnight", "Truce begins Monday", "once the truce begins" are
  still to come.
- Any present or "-ing" start with a time still to come after it is on a timetable, not
  begun (session 14): "The ceasefire comes into effect tomorrow", "the truce takes effect at
  midnight on Sunday", "a pause starting at dawn"; not "begins its third week on Monday" (a
  truce already on, with an object), "took effect on Sunday" or "starting last Monday", nor
  a start "today" (it may have come by the time the story is read: "comes into force at 6
  a.m. local time today").
- "local" before a noun that is no place ("06:00 local time", "local residents", "local
  media") is not a local truce.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set

_PARTICIPLES = word_set("starting beginning effective commencing")
# Before a participle: it is a finite form ("is starting to hold", "became effective").
_FINITE = word_set(
    """is are was were be been being became become becomes has have had it already now
    finally"""
)
# After it: still reporting what has happened or happens now.
_NOW = word_set("to immediately now since forthwith")
_TRUCE_SUBJECTS = (
    "truce",
    "ceasefire",
    "cease",
    "armistice",
    "halt",
    "pause",
    "cessation",
    "lull",
    "moratorium",
)
# After "begins": a time or a condition makes it a plan ("begins at midnight", "begins
# Monday", "begins once ...", "begins a new phase" is another verb's object).
_LATER = word_set(
    """at on from monday tuesday wednesday thursday friday saturday sunday tomorrow
    tonight next later soon midnight noon dawn once when if after only upon within the a an
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec"""
)
_NOT_PLACES = word_set(
    """time times hour hours media residents resident officials official sources source
    authorities people press reports journalists reporters police elections election
    government council leaders commanders hospital hospitals news population farmers shops
    markets currency radio television tv newspaper newspapers activists witnesses mediators
    militia militias fighters commander official's"""
)


def dated_start(norms: Sequence[str], start: int) -> bool:
    """A bare participle of a start ("..., starting next month", "a truce effective from
    Friday"): it dates the truce, which may still be to come."""
    if norms[start] not in _PARTICIPLES:
        return False
    before = norms[start - 1] if start else ""
    after = norms[start + 1] if start + 1 < len(norms) else ""
    return before not in _FINITE and after not in _NOW


def truce_begins(norms: Sequence[str], index: int) -> tuple[int, int] | None:
    """ "Nagorno truce begins", "the ceasefire in Gaza begins": a present "begins" whose
    subject is a truce noun (within four words before, in its clause) and after which no time,
    condition or object follows."""
    if norms[index] != "begins":
        return None
    after = norms[index + 1] if index + 1 < len(norms) else ""
    if after in _LATER or after.isdigit():
        return None
    for back in range(index - 1, max(index - 5, 0) - 1, -1):
        if norms[back] == ",":
            return None
        if norms[back].startswith(_TRUCE_SUBJECTS):
            return back, index + 1
    return None


# Present and "-ing" forms of a start, and what may follow them before their time.
_STARTS = word_set(
    """takes comes enters goes begins starts kicks taking coming entering going beginning
    starting kicking"""
)
_STARTED = word_set("effect force hold in into operation officially formally fully only")
_COMING = word_set(
    "tomorrow tonight midnight dawn daybreak noon midday dusk sunset sunrise next later"
)
_CALENDAR = _LATER - word_set("at on from tomorrow tonight next later soon midnight noon dawn")
_CALENDAR -= word_set("once when if after only upon within the a an")
_COUNTS = word_set("a an one two three four five six seven eight ten twelve few")
_PAST_TIMES = word_set("last ago yesterday earlier since previous previously already today")


def scheduled_start(norms: Sequence[str], start: int, end: int) -> bool:
    """A present or "-ing" start ("takes effect", "comes into force", "starting") at or just
    before ``norms[start]``, whose next words name a time still to come ("tomorrow", "at
    midnight", "on Sunday", "from 6", "in 48 hours", "next week") with no past word near (see
    the module)."""
    verb = start if norms[start] in _STARTS else start - 1
    if verb < 0 or norms[verb] not in _STARTS:
        return False
    while end < len(norms) and norms[end] in _STARTED:
        end += 1  # the cue "start*" ends before "... into effect"
    after = list(norms[end : end + 8])
    if not after or not _PAST_TIMES.isdisjoint(after):
        return False  # "today" too: the start may have come by the time it is read
    first, second = after[0], after[1:2]
    if first in _COMING or first in _CALENDAR or first[:1].isdigit():
        return True
    if first in ("at", "on", "from") and second:
        later = second[0] in _CALENDAR or second[0] in _COMING
        return later or second[0][:1].isdigit()
    return first == "in" and bool(second) and (second[0][:1].isdigit() or second[0] in _COUNTS)


def local_of_other(norms: Sequence[str], start: int, end: int) -> bool:
    """ "local" before a noun that is no place of fighting ("06:00 local time"). Read in
    words cut after it (the six words after a truce noun), it counts only after a form of
    "be" ("the truce is local"): its noun is cut off."""
    if norms[start] != "local":
        return False
    if end >= len(norms):
        return start > 0 and norms[start - 1] not in _BE
    return norms[end] in _NOT_PLACES


_BE = word_set("is are was were be been remains remain stays stay")
# After "agreed to": a verb of talking, or of going on with (then a talk word follows).
_TALKING = word_set("meet discuss negotiate talk consider study explore examine review confer")
_GOING_ON = word_set("keep continue resume pursue hold start begin launch open carry")
_TALKS = ("talk", "negotiat", "discuss", "dialog", "consultation", "meeting")


def agreed_to_talk(norms: Sequence[str], start: int, end: int) -> bool:
    """An "agreed" cue whose "to" leads to talking, not to the truce: "agreed to meet",
    "have agreed to keep up negotiations over a ceasefire agreement" (a verb of going on
    with talk in the three words after it); "agreed to continue the truce" is still one."""
    if not norms[start].startswith("agree"):
        return False
    after = norms[end : end + 5]
    if norms[end - 1] == "to":
        after = ["to", *after]
    if len(after) < 2 or after[0] != "to":
        return False
    if after[1] in _TALKING:
        return True
    return after[1] in _GOING_ON and any(w.startswith(_TALKS) for w in after[2:5])


__all__ = [
    "agreed_to_talk",
    "dated_start",
    "local_of_other",
    "scheduled_start",
    "truce_begins",
]
