"""Asides nested in a speaker's aside, read for :func:`summarizer.verification.sentences.clauses`.

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

from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import PARTICLES

_OPENERS = word_set("who whom whose which with alongside beside flanked joined accompanied")


def name_in_aside(chunk: Sequence[Token], last: Sequence[Token], aside: bool) -> bool:
    """Whether ``chunk`` is an aside (a relative clause or a phrase of company) that ``last``,
    the comma chunk after it, belongs to: an appositive (``aside``, it opens as one) after a
    name that ends the aside, or a bare name after a noun phrase that ends it ("who negotiated
    the deal with the EU trade commissioner, Valdis Dombrovskis, told": the commissioner's
    name, inside the aside, never the speech verb's subject)."""
    if aside:
        return len(chunk) > 1 and chunk[0].norm in _OPENERS and chunk[-1].capitalised
    return _bare_name(last) and _ends_on_noun(chunk)


def _bare_name(chunk: Sequence[Token]) -> bool:
    return 0 < len(chunk) <= 4 and all(t.capitalised or t.norm in PARTICLES for t in chunk)


def _ends_on_noun(chunk: Sequence[Token]) -> bool:
    """An aside ending on a described person ("with her French counterpart", "who replaced
    his predecessor", "alongside the committee chair"): an opener, then a determiner or
    possessive, then lower-case words up to the chunk's end."""
    if len(chunk) < 3 or chunk[-1].capitalised or not chunk[-1].norm.isalpha():
        return False
    for index in range(len(chunk) - 2, max(len(chunk) - 7, 0), -1):
        token = chunk[index]
        if token.norm in _DETERMINERS or token.text.lower().endswith(SINGULAR_POSSESSIVES):
            return _opened(chunk[:index])
        if token.norm in _OPENERS:
            return False
    return False


def _opened(words: Sequence[Token]) -> bool:
    """Whether the nearest opener before the noun phrase comes before any clause word: "after
    his former partner, Eva Lind, told" opens a clause of its own, whose subject she is."""
    for token in reversed(words):
        if token.norm in _OPENERS:
            return True
        if token.norm in _CLAUSE_WORDS:
            return False
    return False


_CLAUSE_WORDS = word_set(
    "after before when while because since although though until once if that as and but so"
)
_DETERMINERS = word_set("the a an his her their its our my your")


__all__ = ["name_in_aside"]
