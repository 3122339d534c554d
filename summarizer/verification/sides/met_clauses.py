"""A name outside a time clause's meeting, for a meeting's parties
(:func:`summarizer.verification.sides.side_roles.other_role`, mode "summit"; an outside check, 38).

"Trump had announced the date on May 10, two weeks after Kim met South Korean President Moon
Jae-in at Panmunjom": the meeting of that clause is Kim's and Moon's. When a sentence tells a
meeting only in a clause of time ("after / before / since / when / weeks after A met B"), with
both sides named there and no meeting word in the main clause, the one named in the main
clause (who announced, confirmed, welcomed something) is no party to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_gap, word_set

_MET = word_set("met")
_TIME = word_set("after before since when until")
_MEETING_WORDS = word_set(
    """met meet meets meeting meetings talks summit summits hosted hosts host sat visit
    visited visits received receives join joined"""
)
_PRONOUNS = word_set("he she they we i it his her their")


def outside_meeting(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first : last + 1]`` stands outside the one meeting a time
    clause of its sentence tells (see the module)."""
    if not tokens or " met " not in text[tokens[0].start : tokens[-1].end]:
        return False  # the cheap gate, on the raw text of the sentence
    met = [i for i, token in enumerate(tokens) if token.norm in _MET]
    if len(met) != 1:
        return False
    verb = met[0]
    conj = next(
        (i for i in range(verb - 1, max(verb - 9, -1), -1) if tokens[i].norm in _TIME), None
    )
    if conj is None or not any(t.capitalised for t in tokens[conj + 1 : verb]):
        return False  # no time clause, or "after he met": the subject may be the main one's
    if any(tokens[i].norm in _PRONOUNS for i in range(conj + 1, verb)):
        return False
    if not any(t.capitalised for t in tokens[verb + 1 : verb + 6]):
        return False  # "after Kim met with aides": no other side named
    if any(t.norm in _MEETING_WORDS for t in tokens[:conj]):
        return False  # the main clause tells a meeting of its own
    end = verb + 1
    while end < len(tokens) and (tokens[end].capitalised or tokens[end].norm in ("and", "-")):
        if clause_gap(tokens, end, text):
            break
        end += 1
    return last < conj or first > end


__all__ = ["outside_meeting"]
