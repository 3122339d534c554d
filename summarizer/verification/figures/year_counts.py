"""A four-digit number that counts, not a year: "over 2000 people could not get through",
"Ms Reyes won 1998 votes", "some 1850 workers" (outside check 77: "over 2000 people" left a
count of more than 2,000 "not stated", since every plain 1800-2199 was read as a year).

English writes a count as the number before the plural noun it counts; a year stands after a
preposition or determiner that places it ("in 2000", "since 1998", "by 2030", "the 2000
election", "its 2019 accounts") or modifies a noun of the year's own ("2019 elections"). So
the number is a count when a plural noun follows it and either a qualifier of amount stands
before it ("over", "nearly", "some", "up to", "as many as") or a lower-case word that places
no year does ("won 1998 votes", "delivered 2024 food parcels"); at a sentence's start only
before a noun of people ("2000 people marched"), since "2024 marks ..." is a year; never after
a name or a number ("Bill 2013 was approved", "August 15 2025"). A year stays a year: "in
2000 people voted" (after "in"), "the 2000 elections", "by 2030 emissions must fall", "1998
and 1999 votes".
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_ABBREVIATIONS, MONTHS, STOPWORDS
from ..page.tokens import Token, word_set

# Words right before a number that place it as a year (prepositions of time, determiners,
# possessives, seasons, "fiscal"), and months.
_PLACING = word_set(
    """in since by until till from to of the a an its their his her our your my this that
    these those before after during through throughout circa between and or mid early late
    fiscal fy spring summer autumn fall winter season class vintage model year years s
    around about under over for at"""
) | frozenset(MONTHS + MONTH_ABBREVIATIONS)
# Words of amount before a number that make it a count whatever follows ("over 2000 people",
# "up to 1500 jobs"): "around", "about", "over", "under" place years too ("around 2000,
# the firm ..."), so they count only before a plural noun, as every word here does.
_AMOUNT = word_set(
    """over more than nearly almost about around some roughly approximately least most
    fewer less under only just another extra additional further up many much estimated
    exactly precisely upwards upward excess"""
)
# Plural nouns a year often modifies ("the 2019 elections", "2024 results"): after a number
# with no word of amount before it, they leave it a year.
_YEAR_NOUNS = word_set(
    """elections polls games olympics results accounts figures levels prices floods riots
    protests attacks talks accords midterms primaries budgets estimates rules standards
    targets goals models emissions earnings sales accounts finals championships awards
    riots reforms laws regulations guidelines profits losses revenues dividends bonuses
    returns forecasts projections statistics"""
)


def counted_year(tokens: Sequence[Token], index: int) -> bool:
    """Whether the four-digit number at ``tokens[index]`` ("2000") counts the plural noun
    after it rather than naming a year (see the module)."""
    if index + 1 >= len(tokens):
        return False
    noun = tokens[index + 1]
    if not _plural(noun) and index + 2 < len(tokens) and _modifier(noun):
        noun = tokens[index + 2]  # "delivered 2024 food parcels": a noun's modifier between
    if not _plural(noun):
        return False
    before = tokens[index - 1].norm if index else ""
    if before in _AMOUNT and not (before in {"about", "around"} and _in_time(tokens, index)):
        return True
    if not index:  # "2024 marks ...": a year as subject, unless a noun of people follows
        return noun.norm in _IRREGULAR
    previous = tokens[index - 1]
    if previous.is_number or previous.capitalised:
        return False  # "August 15 2025", "Bill 2013 was approved", "Vision 2030 targets"
    return before not in _PLACING and noun.norm not in _YEAR_NOUNS


def _plural(token: Token) -> bool:
    """A lowercase plural noun's shape ("people", "votes", "workers"): not a name, a number or
    a possessive's "s"."""
    norm = token.norm
    if token.is_number or token.capitalised or token.attached or len(norm) < 3:
        return False
    if norm in STOPWORDS or norm in _VERBS:
        return False  # "was", "has", "this", "its"; "2024 marks", "sees", "means"
    return norm in _IRREGULAR or (norm.endswith("s") and not norm.endswith("ss"))


def _modifier(token: Token) -> bool:
    """A lowercase word that may modify the counted noun ("food" of "food parcels")."""
    return not (token.is_number or token.capitalised or token.attached) and token.norm.isalpha()


# Verbs in "-s" a year as subject often takes ("2025 marks", "2024 sees"): no plural noun.
_VERBS = word_set(
    """marks sees means brings sets remains looks promises begins starts ends shows comes
    goes makes takes gives says seems proves offers holds needs wants tells puts lets gets
    keeps turns becomes follows includes saw"""
)
_IRREGULAR = word_set("people men women children police staff personnel cattle sheep")


def _in_time(tokens: Sequence[Token], index: int) -> bool:
    """Whether "about"/"around" before the number is itself after a word of time ("in about
    2000", "from around 1998"), which places a year."""
    return index > 1 and tokens[index - 2].norm in {"in", "since", "from", "until", "by"}


__all__ = ["counted_year"]
