"""A name's office told outside the name's own phrase, for
:mod:`summarizer.verification.quotes.epithets`: an appositive before the name ("chaired by Turkey's
foreign minister, Hakan Fidan,") and a predicate office ("where Donald Trump was the host").

Check 53 gave "the Turkish minister" and "the host" to no one because the page tied them to
their person only so. Each reading refuses the look-alikes a reviewer found: an office that is
the object of a preposition whose phrase the comma closes ("Unlike Hungary's foreign minister,
Robert Fico flew ..."), another's office ("Milei was the host's guest"), and an office of
another time ("was the host a year ago").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set
from ..people.epithet_words import HEADS, epithet_word


def fronted(tokens: Sequence[Token], first: int, last: int, text: str) -> set[str]:
    """An appositive before a name that names its office ("chaired by Turkey's foreign
    minister, Hakan Fidan,"): the descriptor words back from the comma, when the last of them
    is an office; none when the comma parts a list or a clause ("In Ankara, Fidan said"), nor
    when the office is the object of a preposition whose phrase the comma closes ("Unlike
    Hungary's foreign minister, Robert Fico flew", "Asked about Spain's foreign minister,
    Sanchez said"): the name then runs on into its own clause, no comma closing it."""
    if first < 2 or text[tokens[first - 1].end : tokens[first].start] != ", ":
        return set()
    if tokens[first - 1].norm not in HEADS:
        return set()
    words: set[str] = set()
    at = first - 1
    while at >= 0 and first - at <= 5 and (epithet_word(tokens[at]) or tokens[at].norm in _FIELDS):
        if tokens[at].norm in _PREPOSITIONS:
            break  # "Unlike Hungary's ...": capitalised, yet no word of the epithet
        words.add(tokens[at].norm)
        if at and text[tokens[at - 1].end : tokens[at].start] != " ":
            break
        at -= 1
    closed = text[tokens[last].end : tokens[last].end + 1] in ("", ",", ".", ";", ":", ")")
    if at >= 0 and tokens[at].norm in _PREPOSITIONS and not closed:
        return set()  # "Unlike Hungary's foreign minister, Robert Fico flew to Brussels"
    return words


# Words that make an office before a comma the object of a phrase, not an appositive.
_PREPOSITIONS = word_set(
    """unlike like about with without besides beside despite than against for after before
    alongside among including to from of by on at behind"""
)


# Lower-case words of an office's field ("foreign minister", "interior minister").
_FIELDS = word_set("foreign interior defence defense finance trade justice health economy")


def predicate_office(tokens: Sequence[Token], at: int, text: str) -> bool:
    """ "X was the host" / "X is the host" at ``tokens[at]``: the office the name holds on this
    occasion; not "the host's guest" (another's office), nor one of another time ("was the
    host a year ago", "was the host last year", "in 2023")."""
    if at + 2 >= len(tokens) or tokens[at].norm not in ("was", "is"):
        return False
    office = tokens[at + 2]
    if tokens[at + 1].norm != "the" or office.norm not in HEADS:
        return False
    if is_possessive(office, text):
        return False  # "Milei was the host's guest": the host is another
    later = tokens[at + 3 : at + 7]
    return not any(t.norm in _EARLIER or (t.is_number and len(t.text) == 4) for t in later)


# Words that set an office in another time than the one reported.
_EARLIER = word_set("ago last previous previously before earlier once former until")


__all__ = ["fronted", "predicate_office"]
