"""A quotation split by its attribution, read for
:mod:`summarizer.verification.quotes.speakers`: in "“We are ready,” said X, the spokesman, who
briefed reporters after meeting Y in Z, “but not at any price.”" the second half is X's, as
the first is: the words between the two halves are the first half's attribution however long
its aside runs, so they are read as the words after a closing mark are (``tail``), never as
a lead-in whose last verb ("met Y") would name someone else.
"""

from __future__ import annotations

import bisect

from ..page.article import ArticleText
from ..sentences.clauses import Verdict, tail
from ..sentences.speech import speaks

# How the first half may run into its attribution and the attribution into the second half.
_JOINS = (",", ":", "\u2014", "\u2013", "-", "...", "\u2026")
# A word ending in one of these ends a sentence, unless it is an abbreviation ("Gen.").
_STOPS = (".", "!", "?")
# Words that hand the turn to another speaker between the halves.
_TURNS = frozenset({"but", "while", "whereas", "yet"})
# Verdicts a split quote's second half takes from its first half's attribution.
_TAKEN = ("yes", "other", "back", "title:", "body:", "paper:")


def split_verdict(
    article: ArticleText, region: tuple[int, int], sentence_start: int, speaker: str
) -> Verdict:
    """The verdict of the attribution between the quote before ``region`` in its sentence
    (the article's sentences part two quotes that are not one) and ``region`` itself, when
    the two are one quote split by it; "none" otherwise."""
    quoted = article.quoted
    at = bisect.bisect_left(quoted, (region[0],)) - 1  # the regions are in text order
    if at < 0 or quoted[at][0] < sentence_start or quoted[at][1] >= region[0]:
        return "none"
    first = quoted[at]
    text = article.text
    between = text[first[1] + 1 : region[0] - 1]
    if not between.strip() or len(between) > 400 or _stops(between):
        return "none"
    opened = text[first[0] : first[1]].rstrip()
    if not (opened.endswith(_JOINS) or between.lstrip().startswith(_JOINS)):
        return "none"  # the first half ended its sentence: no split
    if not between.rstrip().endswith(_JOINS):
        return "none"  # '"...," X said of "the plan"': a quoted word inside the attribution
    words = article.outside_quotes(first[1] + 1, region[0])
    if ";" in between or any(token.norm in _TURNS for token in words):
        return "none"  # '"...," X said, but Y replied: "..."': another speaker's turn
    finite = [i for i, token in enumerate(words) if speaks(words, i) and token.norm[-3:] != "ing"]
    if len(finite) > 1:
        return "none"  # '"...," X said, and Y added, "..."' ("adding" shares X's subject)
    verdict = tail(words, speaker, text)
    return verdict if verdict.startswith(_TAKEN) else "none"


def _stops(words: str) -> bool:
    """Whether the words end a sentence inside them ("said Karl Weber. „...": two quotes,
    two speakers), where the sentence splitter did not part them: a stop after a word of more
    than three letters ("Gen.", "U.N.", "Jr." are abbreviations)."""
    return any(
        word.endswith(_STOPS) and len(word.strip(".!?").replace(".", "")) > 3
        for word in words.split()
    )
