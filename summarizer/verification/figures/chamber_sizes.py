"""A chamber's size is no party's seats (session 30 review, rvc30: counts30 read "the
630-member Bundestag" as 630 seats in the Bundestag, and so "The coalition holds 64 seats in
the 120-seat Knesset" let 120 pass as seats held by the coalition, "Labour won 411 seats in the
650-seat House of Commons" 650 as seats won by Labour).

A number joined to "-seat", "-member" or "-strong" before a body's name ("the 650-seat House
of Commons", "the 60-seat assembly") is the body's size: all its seats, all its members. When
the sentence has another number (the party's seats, the seats a majority needs, a vote's
tally), a count with a word beyond the seats or members and the body's name ("seats won by
Labour", "seats held by the coalition", "seats needed for a majority") is that other number's,
not the size (:func:`size_clash`). Not refused: a count of the body's own seats or members
("seats in the House of Commons", "members of the Knesset", "parliamentary seats"), and a size
in a sentence with no other number (the count's other words then have no other number to
belong to). Known limit: the body's name is read from the words right after the compound, up
to a mark or a function word ("the 150-seat Tweede Kamer, the Dutch lower house": a count of
"seats in the lower house" is refused while another number stands in the sentence).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from .count_wholes import covers, what_words
from .numbers import NumberMention

_SIZES = word_set("seat seats member members strong")
# The words a count of a body's size may hold besides the body's name.
_OWN = word_set("seat seats member members total all full whole chamber house body sits")
_JOINS = word_set("of the")


def body_name(tokens: Sequence[Token], mention: NumberMention, text: str) -> list[str]:
    """The words of the body after a size compound ("650-seat House of Commons": house,
    commons; "the 60-seat assembly the ruling party ...": assembly), or [] when the number is
    no such compound."""
    if mention.compound not in _SIZES:
        return []
    words: list[str] = []
    for at in range(mention.last + 2, min(mention.last + 8, len(tokens))):
        token = tokens[at]
        if any(mark in text[tokens[at - 1].end : token.start] for mark in ",;:.()"):
            break
        if token.norm in _JOINS:
            if not words or not tokens[at - 1].capitalised:
                break  # "the 60-seat assembly the ruling party": the body ends
            continue  # "House of Commons", "Chamber of the Deputies"
        if token.is_number or (words and not token.capitalised and tokens[at - 1].capitalised):
            break
        words.append(token.norm)
        if text[token.start : token.end].endswith(SINGULAR_POSSESSIVES):
            break  # "the 101-member parliament's seats"
    return words


def size_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> str:  # fmt: skip
    """Why a body's size is not the count ``what`` (see the module), or ""."""
    body = body_name(tokens, mention, text)
    if not body or not any(m.value != mention.value for m in mentions):
        return ""
    extra = [
        word
        for word in what_words(what)
        if word not in _OWN and not covers(body, word) and not any(
            word.startswith(part[: max(len(part) - 1, 3)]) for part in body
        )
    ]  # fmt: skip
    if not extra:
        return ""
    return f"{mention.value:g} is the size of the {' '.join(body).title()}, not {what!r}"


__all__ = ["body_name", "size_clash"]
