"""How far an epithet that opens a clause reaches for its speech verb, for
:mod:`summarizer.verification.quotes.epithets` (session 27, check 59): "the Argentine leader
attacked the bloc's red tape and said its rules ..." gives the words to the epithet's person
through a verb of its own (any verb: an open class, read by its place after the office word)
and a speech verb joined to it by "and", as a reader takes it. A comma, a relative word or
another name before the speech verb ends the reach: "the Argentine leader met Lula and said"
leaves the words to the other readings."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set
from ..people.epithet_words import HEADS, epithet_word
from ..sentences.speech import speaks


def joined_verb(lead: Sequence[Token], start: int, text: str) -> list[Token] | None:
    """ "the Argentine leader attacked the bloc's red tape and said": an epithet ending in an
    office, its own verb (any), and a speech verb joined to it by "and" later in the same
    clause (no comma, no relative word, no other name between): the epithet's words."""
    end = start + 1
    while end < len(lead) and end - start < 6 and epithet_word(lead[end]):
        end += 1
    if end == start + 1 or end >= len(lead) or lead[end - 1].norm not in HEADS:
        return None
    for at in range(end + 1, len(lead)):
        if "," in text[lead[at - 1].end : lead[at].start] or lead[at].norm in _RELATIVE:
            return None
        if lead[at].capitalised and not is_possessive(lead[at], text):
            return None  # "the Argentine leader met Lula and said": whose words, unread
        if speaks(lead, at):
            return list(lead[start + 1 : end]) if lead[at - 1].norm == "and" else None
    return None


_RELATIVE = word_set("who whom whose which that while whereas because when after")


__all__ = ["joined_verb"]
