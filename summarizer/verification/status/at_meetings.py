"""A meeting held told by what happened *at* it (an outside check, session 27: check 59's
"receiving it from his Argentine host, Javier Milei, at the bloc's 66th summit of heads of
state", read as no wording for ``held``).

The vocabulary holds "at the summit", "at a meeting", "during … summit": the determiner is
listed, the rest of the noun phrase is not ("at the bloc's 66th summit", "at Thursday's
talks", "at the two-day Brussels meeting"). This reader takes "at" or "during" and a noun
phrase of up to five words ending in a meeting noun, with no clause break, no preposition
or verb form ("-ing") on the way ("aimed at securing a summit" is no occasion), in a
sentence with a past verb before it (a present "meet at the APEC summit on October 30" is
a meeting to come).

What makes it no meeting held is the closed side (:func:`occasion_ahead`, also read for the
vocabulary's "during …" cues): a word of a time or a plan ahead inside the phrase ("at next
week's summit", "during the planned talks", "at tomorrow's meeting", "at this week's
summit", which may still be ahead), a time ahead right after it ("at the ASEAN summit later
this month"), or a future, a modal, an intention or an infinitive before it in its clause
("will take over ... during the summit", "is expected to sign at the bloc's summit", "for
their leaders to adopt at the summit").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set
from .done_acts import past_form

_AT = word_set("at during")
_MEETINGS = word_set(
    """meeting meetings talks summit summits session sessions conference encounter
    negotiations consultations gathering"""
)
_STOPS = word_set(
    """, and or but which that who whom where when to for of on in with by from before after
    ahead until than"""
)
_AHEAD = word_set(
    """next upcoming coming forthcoming tomorrow tomorrow's planned proposed possible potential
    future expected scheduled mooted later hoped this"""
)
_FUTURE = word_set(
    """will shall would expected due plans plan planned hopes hope hoping intends intend aims
    aim could may might should set likely unlikely"""
)
_LATER = word_set("next later tomorrow upcoming coming")
_DETERMINERS = word_set("the a an this that their its his her")
_REACH = 5


def at_meeting(norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of every "at"/"during" + noun phrase + meeting noun in a sentence's norms
    (the module), the phrase at least one word long (the bare ones are the vocabulary's),
    after a past verb in the sentence ("took ..., receiving it from Milei, at the bloc's
    summit"; not "Trump and Xi meet at the APEC summit on October 30")."""
    found = []
    for index, norm in enumerate(norms):
        if norm not in _AT or not any(past_form(word) for word in norms[:index]):
            continue
        for at in range(index + 1, min(index + 2 + _REACH, len(norms))):
            word = norms[at]
            if word in _MEETINGS:
                if at > index + 1:
                    found.append((index, at + 1))
                break
            if word in _STOPS or word.endswith("ing"):
                break
    return found


def occasion_ahead(norms: Sequence[str], start: int, end: int) -> bool:
    """Whether an "at"/"during" meeting cue is a meeting ahead: a time or plan word inside
    its phrase, or a future, modal or intention word before it in its clause."""
    after = list(norms[end : end + 6])
    after = after[: after.index(",")] if "," in after else after
    if not _AHEAD.isdisjoint(norms[start:end]) or not _LATER.isdisjoint(after):
        return True  # "at next week's summit", "at the ASEAN summit later this month"
    back = start - 1
    while back >= 0 and norms[back] != ",":
        if norms[back] in _FUTURE:
            return True
        if norms[back] == "to" and back >= start - 3 and norms[back + 1] not in _DETERMINERS:
            return True  # "for their leaders to adopt at the summit": an infinitive
        back -= 1
    return False


__all__ = ["at_meeting", "occasion_ahead"]
