"""A count's number owned by another party named in its own clause (session 24, checks 51 and
52: "UNITA took 90 seats" let 90 pass as the seats won by the MPLA, a fact box's "- Akufo-Addo:
5,716,026 votes" as the votes for Mahama, and "the Coalition led in 74 seats and Labor in 71"
74 as the seats Labor leads), for :func:`summarizer.verification.figures.count_wholes.other_group`.

A count whose ``what`` names its owner by a proper name ("seats won by the MPLA", "votes for
Mahama", "seats Labor leads"; not a people's word such as "Ukrainian women freed", which says
who is counted) is another's when the number's own stretch names another owner and not its
own. The stretch runs back from the number to the nearest comma, semicolon, parenthesis or
"and"/"but"/"while" (a label's colon stays in: "Akufo-Addo: 5,716,026"), and on through the
number's own noun phrase. Its owner is the last proper name in it before the number, at most
four words before it, that holds the number: right before it at the head of a stretch cut off
by "and" or a comma ("and Labour 202", ", the DA 87 seats"), before a
label's colon ("Akufo-Addo: 5,716,026"), or as the subject of a verb of winning or leading
("UNITA took 90", "the MPLA had won 124", "the Coalition led in 74"); not a month, a weekday,
a stop word, a country's name or people, nor a sentence's first word unless an acronym, a
label or the subject of a verb of winning ("National won 38.1 per cent ... and Labour 26.9":
review rvD) ("Roll call: yeas 61" and "Within 90 days" name no owner; "UNITA took 90 seats" and
"Mahama: 4,713,277 votes" do). A party's noun may follow its name ("the MK party 58
seats"), and a country's name may end it ("Reform UK won 14.3 per cent": review rvD).
A count whose name stands anywhere in the stretch ("Hamas freed 13 Israeli hostages" for
Israeli hostages freed) keeps the other rules' verdict, as does one whose ``what`` names no
owner.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER, STOPWORDS, WEEKDAYS
from ..page.tokens import Token, tokenize, word_set
from .count_owners import country_word
from .numbers import NumberMention

_BREAKS = (",", ";", "(", ")", "\u2014")
_JOINS = word_set("and but while whereas")
_REACH = 4  # words between an owner and its number ("the MPLA had won 124")
# The words that may stand between an owner and the number it holds.
_HOLDING = word_set(
    """won win wins winning took take takes taking led lead leads leading ahead got gets
    received receives secured secures gained gains polled has had have in with"""
)
# Verbs of a stance: a forecast's owner is its subject ("those at Marlow Capital forecast 45p"
# is no forecast of Kestrel's, review rvcountroles38; gcn43c, session 43).
_HOLDING |= word_set("forecast forecasts expect expects estimate estimates predict predicts")
# The verbs of winning among them: a sentence's first word before one is its subject.
_WINNING = _HOLDING - word_set("in with has had have ahead")
_NAME_HEADS = word_set("party alliance bloc front movement")  # "the MK party 58 seats"


def _plain(token: Token) -> bool:
    """A capitalised word that names no owner: a month, a weekday, a stop word."""
    norm = token.norm
    return norm in STOPWORDS or norm in MONTH_NUMBER or norm in WEEKDAYS


def _singular(norm: str) -> str:
    """A name without its plural's "s", so "Conservative seats" is named by "the
    Conservatives 121" (and "Liberal" by "Liberals")."""
    return norm[:-1] if len(norm) > 4 and norm.endswith("s") and not norm.endswith("ss") else norm


def _names(norm: str, named: set[str]) -> bool:
    """Whether a word of the stretch is one of the count's owners, in another form of the name
    ("Democrats" for "Democratic seats": a common stem of six letters or more, all but two
    letters of the shorter word)."""
    word = _singular(norm)
    if word in named:
        return True
    for name in named:
        shorter = min(len(word), len(name))
        common = next(
            (i for i, (a, b) in enumerate(zip(word, name, strict=False)) if a != b), shorter
        )
        if shorter >= 6 and common >= shorter - 2:
            return True
    return False


def _owners_of(what: str) -> set[str]:
    """The proper names a count's ``what`` gives its owner by (capitalised, no people's word)."""
    return {
        _singular(t.norm)
        for t in tokenize(what)
        if t.capitalised and not _plain(t) and not country_word(t.norm)
    }


def owner_elsewhere(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> bool:
    """Whether the number's stretch names another owner than the count's (see the module)."""
    named = _owners_of(what)
    if not named:
        return False
    start = mention.first
    while start > 0 and tokens[start - 1].norm not in _JOINS:
        gap = text[tokens[start - 1].end : tokens[start].start]
        if any(mark in gap for mark in _BREAKS):
            break
        start -= 1
    end = mention.last
    while end + 1 < len(tokens) and tokens[end + 1].norm not in _JOINS:
        if any(mark in text[tokens[end].end : tokens[end + 1].start] for mark in _BREAKS):
            break
        end += 1
    if any(_names(t.norm, named) for t in tokens[start : end + 1]):
        return False  # the count's own owner is named with the number
    before = range(mention.first - 1, max(start, mention.first - 1 - _REACH) - 1, -1)
    at = next((i for i in before if tokens[i].capitalised and not tokens[i].is_number), None)
    if at is None or _plain(tokens[at]):
        return False
    between = tokens[at + 1 : mention.first]
    if country_word(tokens[at].norm):  # a name ending in a country's: "Reform UK won 14.3"
        if not at or at - 1 < start or not tokens[at - 1].capitalised:
            return False
        at -= 1
        if _plain(tokens[at]) or country_word(tokens[at].norm):
            return False
    if not between and ":" in text[tokens[at].end : tokens[mention.first].start]:
        return True  # a label: "- Mahama: 4,713,277 votes"
    won = any(t.norm in _WINNING for t in between)  # "National won 38.1 per cent"
    if at == 0 and not tokens[at].text.isupper() and not won:
        return False  # a sentence's first word ("Within 90 days", "Roll call: yeas 61")
    if not between:  # an elided verb: "and Labour 202", ", the DA 87 seats"
        return start > 0 and all(t.capitalised or t.norm == "the" for t in tokens[start:at])
    return all(t.norm in _HOLDING or t.norm in _NAME_HEADS for t in between)


__all__ = ["owner_elsewhere"]
