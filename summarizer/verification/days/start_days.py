"""A start's day in a sentence with more than one clause (an outside check, session 17), for
:func:`summarizer.verification.days.own_days.settle`:

- a truce that "took effect immediately", "on signing", "upon signature", "with immediate
  effect" or "at once" starts on the day it was signed or agreed: that day, which the other
  rules give to the agreement ("signed ... in Geneva this morning" beside "it took effect
  immediately"; "Signed on October 23, the agreement ... took effect on signing"), is the
  truce's start too;
- a day another noun's verb of starting holds, in a sentence whose truce starts in another
  clause ("The truce enters into force at midnight on Friday, and joint patrols begin on 15
  March"; "the ceasefire takes effect on Monday while prisoner exchanges start on Thursday")
  is that thing's start, not the truce's (*unsupported*);
- a measure's day after "from", "starting" or "effective" with a verb of applying ("would
  apply to all goods from June 10", "takes effect from July 1") is when it applies, not when
  it was announced or introduced, when its sentence dates the announcement too ("On May 30 he
  announced that a tariff ... would apply from June 10": *unsupported*).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..occasions.day_occasions import DAY_WORDS
from ..page.tokens import Token, word_set

_AT_ONCE = (("effect", "immediately"), ("immediately",), ("on", "signing"), ("upon", "signing"),
            ("upon", "signature"), ("on", "signature"), ("immediate", "effect"), ("at", "once"),
            ("once", "signed"), ("as", "soon", "as", "it", "was", "signed"))  # fmt: skip
_TAKING = word_set("took takes take taking effect effective force with")
_SIGNED_ROLES = ("an agreement's day", "a meeting's day", "an announcement's day")
_STARTING = word_set("begin begins began start starts started commence commences resume resumes")
_TRUCES = word_set(
    """truce ceasefire ceasefires armistice pause lull halt hostilities fighting deal agreement
    accord pact guns"""
)
_INTO = word_set("force effect")
_HALTING = word_set("stop stops stopped cease ceases ceased halt halts hold holds")
_WAITING = word_set("will would to shall should could also then")
_BEFORE_VERB = _WAITING | word_set(
    """only soon now just still already eventually finally officially formally actually
    effectively quietly quickly immediately reportedly duly""")  # fmt: skip
_APPLYING = word_set("apply applies applied take takes effective force effect collected kick kicks")
_FROM = word_set("from starting effective beginning as")
_ANNOUNCING = word_set("announced announces unveiled introduced declared said ordered")
PHASE = "the day another thing in the sentence starts"
APPLIES = "the day the measure applies from, not the day it was announced"


def at_once(role: str, evidence: Sequence[Sequence[Token]]) -> bool:
    """Whether a day given to the agreement (signing, meeting, announcement) is the truce's
    start, since the evidence says it took effect at once (see the module)."""
    if not role.startswith(_SIGNED_ROLES):
        return False
    for tokens in evidence:
        norms = [t.norm for t in tokens]
        for index, norm in enumerate(norms):
            if norm not in _TAKING:
                continue
            following = tuple(norms[index + 1 : index + 7])
            if any(following[: len(words)] == words for words in _AT_ONCE):
                return True
    return False


def other_start(tokens: Sequence[Token], first: int) -> str | None:
    """``PHASE`` when the day at ``tokens[first]`` is what another noun's verb of starting
    holds while the truce starts in another clause of the sentence (see the module)."""
    verb = None
    for index in range(first - 1, max(first - 4, -1), -1):
        if tokens[index].norm in _STARTING:
            verb = index
            break
    if verb is None:
        return None
    subject = verb - 1
    while subject >= 0 and tokens[subject].norm in _BEFORE_VERB:
        subject -= 1  # "the truce finally began", "only began", "will also begin"
    if subject < 0 or tokens[subject].norm in _TRUCES or tokens[subject].capitalised:
        return None
    if not tokens[subject].norm.isalpha() or tokens[subject].norm in _STARTING:
        return None
    return PHASE if _truce_starts(tokens, subject) else None


def _truce_starts(tokens: Sequence[Token], before: int) -> bool:
    """A truce noun before ``before`` with its own start: a verb of starting or "enters into
    force", "takes effect", with a day of its own."""
    truce = next((i for i in range(before) if tokens[i].norm in _TRUCES), None)
    if truce is None:
        return False
    norms = [t.norm for t in tokens[truce + 1 : before]]
    starting = any(n in _STARTING or n in _INTO or n in _HALTING for n in norms)
    return starting and any(n in DAY_WORDS or n == "midnight" or n.isdigit() for n in norms)


def applies_from(tokens: Sequence[Token], first: int) -> str | None:
    """``APPLIES`` when the day at ``tokens[first]`` follows "from"/"starting"/"effective"
    after a verb of applying while the sentence dates the announcement (see the module)."""
    if first < 1 or tokens[first - 1].norm not in _FROM:
        return None
    start = first - 1
    if not any(t.norm in _APPLYING for t in tokens[max(start - 12, 0) : start]):
        return None
    for index in range(start):
        if tokens[index].norm in _ANNOUNCING and any(
            t.norm in DAY_WORDS for t in tokens[max(index - 5, 0) : index + 4]
        ):
            return APPLIES
    return None


__all__ = ["APPLIES", "PHASE", "applies_from", "at_once", "other_start"]
