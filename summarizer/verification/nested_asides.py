"""Asides nested in a speaker's aside, read for :func:`summarizer.verification.clauses`.

"Jake Morrow, who sat beside Tom Brandt and Alice Yoon, the Treasury secretary, said": the
appositive "the Treasury secretary" describes Alice Yoon, the last name of the relative
clause before it, so it is part of that aside and never the speech verb's subject; the
subject is the chunk before the relative clause (Morrow). The chunk before the appositive
must open with a relative word or a preposition of company ("who", "whose", "with",
"alongside", "flanked by") and end on a capitalised word: a name the appositive can follow,
though the words before that name are not all a name's ("and Alice Yoon") and so the plain
name test refuses them."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.tokens import Token, word_set

_OPENERS = word_set("who whom whose which with alongside beside flanked joined accompanied")


def name_in_aside(chunk: Sequence[Token]) -> bool:
    """Whether ``chunk`` is an aside (a relative clause or a phrase of company) ending on a
    name that a following appositive describes."""
    return len(chunk) > 1 and chunk[0].norm in _OPENERS and chunk[-1].capitalised


__all__ = ["name_in_aside"]
