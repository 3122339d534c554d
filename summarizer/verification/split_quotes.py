"""A quotation split by its attribution, read for
:mod:`summarizer.verification.speakers`: in "“We are ready,” said X, the spokesman, who
briefed reporters after meeting Y in Z, “but not at any price.”" the second half is X's, as
the first is: the words between the two halves are the first half's attribution however long
its aside runs, so they are read as the words after a closing mark are (``tail``), never as
a lead-in whose last verb ("met Y") would name someone else.
"""

from __future__ import annotations

from summarizer.verification.article import ArticleText
from summarizer.verification.clauses import Verdict, tail

# How the first half may run into its attribution and the attribution into the second half.
_JOINS = (",", ":", "\u2014", "\u2013", "-", "...", "\u2026")
# A word ending in one of these ends a sentence, unless it is an abbreviation ("Gen.").
_STOPS = (".", "!", "?")
# Verdicts a split quote's second half takes from its first half's attribution.
_TAKEN = ("yes", "other", "back", "title:", "body:", "paper:")


def split_verdict(
    article: ArticleText, region: tuple[int, int], sentence_start: int, speaker: str
) -> Verdict:
    """The verdict of the attribution between the quote before ``region`` in its sentence
    (the article's sentences part two quotes that are not one) and ``region`` itself, when
    the two are one quote split by it; "none" otherwise."""
    quoted = article.quoted
    earlier = [q for q in quoted if sentence_start <= q[0] and q[1] < region[0]]
    if not earlier:
        return "none"
    first = earlier[-1]
    text = article.text
    between = text[first[1] + 1 : region[0] - 1]
    if not between.strip() or len(between) > 400 or _stops(between):
        return "none"
    opened = text[first[0] : first[1]].rstrip()
    if not (opened.endswith(_JOINS) or between.lstrip().startswith(_JOINS)):
        return "none"  # the first half ended its sentence: no split
    if not between.rstrip().endswith(_JOINS):
        return "none"  # '"...," X said of "the plan"': a quoted word inside the attribution
    verdict = tail(article.outside_quotes(first[1] + 1, region[0]), speaker, text)
    return verdict if verdict.startswith(_TAKEN) else "none"


def _stops(words: str) -> bool:
    """Whether the words end a sentence inside them ("said Karl Weber. „...": two quotes,
    two speakers), where the sentence splitter did not part them: a stop after a word of more
    than three letters ("Gen.", "U.N.", "Jr." are abbreviations)."""
    return any(
        word.endswith(_STOPS) and len(word.strip(".!?").replace(".", "")) > 3
        for word in words.split()
    )
