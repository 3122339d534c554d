"""First names that are also words ("Will Hurd", "May Boeve"), read for
:mod:`summarizer.verification.people.names`: a first name, unless the word opens a question ("Will
Trump attend?") or a preposition makes it a month ("In May Putin said"); and the words that
open a sentence before a surname without ever being a first name ("Later Putin said"), or
stand there as a title ("Prof Rafferty said", :data:`HONORIFICS`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.tokens import Token, word_set

# Words that are also first names ("Will Hurd", "May Boeve"): a name unless they open a
# question ("Will Trump attend?") or follow a word that makes them a month ("In May Putin").
# Months and weekdays too ("April Ryan", "June Harper"): "In April Ryan Clarke said" names
# Ryan Clarke, "On Friday Visser signed" names Visser.
NAME_WORDS = frozenset({"will", *MONTHS, *WEEKDAYS})
# Adverbs that open a sentence before a surname without being a first name ("Later Putin
# said", "Meanwhile Netanyahu said").
SENTENCE_ADVERBS = word_set(
    """later meanwhile earlier separately however also again now still today tonight yesterday
    when what where why how here if before after while once until unless since though
    although because whether thus yet so tomorrow then next first finally afterwards
    afterward instead overnight nevertheless nonetheless besides eventually subsequently
    soon ultimately shortly initially similarly likewise thereafter previously moreover
    additionally furthermore recently lately originally consequently accordingly therefore
    hence otherwise indeed already currently presently elsewhere"""
)  # and words opening a clause or question: "When Putin met Xi" gives Putin no first name
# Honorifics, ranks and offices written right before a bare surname with no full stop ("Prof
# Rafferty set out", "Cllr Moss voted", "Det Sgt Hale", "DCI Rowe", "Judge Okafor ruled"):
# no first name, as "Dr" and "Mr" are none (outside checks 152 and 157, session 64, ac64;
# "Prof." with its stop was read already). Titles only: no common given name ("Dean", "Earl",
# "Baron", "Di", "Con"), so "Dean Hale" is still another person than Tom Hale.
HONORIFICS = word_set(
    """prof professor lord lady baroness viscount cllr councillor councilman councilwoman rev
    revd reverend bishop archbishop cardinal pastor rabbi imam sheikh det detective sgt
    sergeant insp inspector supt superintendent constable capt captain maj major cmdr
    commander lieutenant brig brigadier cpl corporal judge justice magistrate mayor alderman
    marshal sheriff trooper cdr fr pc dc ds dci dsi"""
)
_BEFORE_MONTH = word_set(
    """in since until till by from through during before after of last next early late mid
    this every each on"""
)


def word_is_name(tokens: Sequence[Token], index: int, text: str = "") -> bool:
    """Whether ``tokens[index]``, capitalised "Will" or "May", is a first name (see
    :data:`NAME_WORDS`)."""
    token = tokens[index]
    if not token.capitalised:
        return False
    if text:  # "Will Trump attend?", "Who Will Trump Pick?": a question, wherever "Will" is
        stop = _QUESTION_END.search(text, token.end)
        if stop is not None and stop.group() == "?":
            return False
    if index and not _sentence_break(tokens, index, text):
        return tokens[index - 1].norm not in _BEFORE_MONTH
    return True


_QUESTION_END = re.compile(r"[.!?](?=\s|$|[\"\u201d\u2019'])")


def _sentence_break(tokens: Sequence[Token], index: int, text: str) -> bool:
    if not text:
        return False
    gap = text[tokens[index - 1].end : tokens[index].start]
    return any(mark in gap for mark in '.!?:\u201c"\n')


def spaced(tokens: Sequence[Token], start: int, last: int, text: str) -> bool:
    """Whether a name's words stand with only spaces between them (an initial's full stop, a
    dash read elsewhere): "In May, Rutte said" and "On Monday, Rutte said" write no May Rutte
    or Monday Rutte. Without the text, a one-character gap (or an initial's two)."""
    for index in range(start + 1, last + 1):
        previous, token = tokens[index - 1], tokens[index]
        if token.attached and token.capitalised:
            return False  # "John KellyWhite House": a glued word starts another name
        if token.joined:
            continue
        if text:
            gap = text[previous.end : token.start]
            if len(previous.text) == 1:
                gap = gap.removeprefix(".")
            if gap and not gap.isspace():
                return False
        elif token.start - previous.end > (2 if len(previous.text) == 1 else 1):
            return False
    return True
