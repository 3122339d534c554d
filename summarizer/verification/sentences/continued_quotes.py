"""A quote that stands alone in its sentence right after a quote credited in the sentence
before, read as that quote's continuation, for :mod:`summarizer.verification.quotes.speakers`
(session 60, writer sp60; here in sentences/ because quotes/ holds its 70 modules).

'"2025 was not the year we wanted," he told analysts. "It didn't reflect the full potential of
Kering."': news pages go on with one speaker's words by opening a new quotation in the same
paragraph with no credit of its own; the credit of the quote before covers it. The older
reading walked back from the bare quote to the earlier credit and then read its "he" again
on its own, and landed on another name (a company, a rival in the sentence before) even where
the quote before was rightly given to the value; seen checks 74, 89 and 99 had it three times.

A quote continues the one before when:
- it is the whole of its sentence: no word outside quotation marks before it in its sentence
  or after it to the sentence's end (a quote with a credit of its own is read by that);
- the quote before stands in the same paragraph, opens the sentence right before, and ends it
  with a credit right after its closing mark: a short tail whose first words hold a verb of
  saying ("he said", "she told analysts on Monday", "said Ana Ruiz"), ending in a full stop;
- that quote asks nothing (no "?" at its end, no "asked", "wondered" in its credit: the words
  after a question may be the answer, someone else's), the credit relays no one ("citing",
  "quoting", "according to", "reading") and hands the floor to no one ("before Hale cut in",
  "as the chair interrupted", "and Hale replied": a clause after the verb; a semicolon or a
  dash before another clause, "introducing X", "handing over to X", "X cut in": review rv60s).
Then the quote's speaker is the quote before's: :func:`continued_from` gives its quoted region,
and the speaker reading accepts the value when it accepts it there. It only accepts.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from .speech import speaks

# A credit's verb within its first words: "he said", "she told", "said Ana Ruiz", "Dr Ana
# Ruiz, the surgeon, said" is too long for a bare credit and stays with the older readings.
_VERB_WITHIN = 5
_CREDIT_WORDS = 14
# Verbs that ask: the quote after a question may be its answer.
_ASKING = word_set("asked asks asking wondered wonders inquired enquired queried questioned")
# Words that relay another's words, or open a clause that hands the floor to someone else.
_TURNS = word_set(
    """citing quoting according reading relaying before as while when whereas and but after
    until then once who whom which whose prompting interrupting interrupted replied
    answered responded retorted introducing handing passing turning leaving drawing cut"""
)
# Marks that end a credit's clause and open another ('"...," he said; Fane disagreed.', 'she
# said - X cut in.'): the words after them are someone else's turn (review rv60s).
_CLAUSE_BREAKS = (";", "\u2014", "\u2013", " - ", ":")
_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def continued_from(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> list[tuple[int, int]]:
    """The quoted regions of the quotes that the quote at ``spans`` continues (see the
    module's doc) where the credit or the sentence before it writes ``value``'s last name:
    [] when it is no bare continuation of a credited quote of someone so named."""
    found: list[tuple[int, int]] = []
    for start, _ in spans:
        region = article.quoted_region_at(start)
        before = None if region is None else _credited_before(article, region)
        if before is not None and _named_near(article, before, value):
            found.append(before)
    return found


def _named_near(article: ArticleText, before: tuple[int, int], value: str) -> bool:
    """Whether the value's last name, as the page writes it (a transcript's upper-case label
    "WARD:" is no "Ward"), stands outside quotes in the credit of the quote ``before`` or in
    the sentence before that quote's, in its paragraph: the older reading of a "he" may have
    given the quote to a name further away ("Josh," in a reporter's turn, for the host)."""
    words = value.split()
    if not words:
        return False
    sentence = article.sentence_at(max(before[0] - 1, 0))
    start = article.sentences[sentence][0]
    if sentence > 0 and article.paragraph_at(article.sentences[sentence - 1][0]) == (
        article.paragraph_at(start)
    ):
        start = article.sentences[sentence - 1][0]
    end = article.sentences[sentence][1]
    return any(t.text == words[-1] for t in article.outside_quotes(start, end))


def _credited_before(article: ArticleText, region: tuple[int, int]) -> tuple[int, int] | None:
    if not _alone_in_sentence(article, region):
        return None
    index = bisect.bisect_left(article.quoted, region) - 1
    if index < 0 or article.quoted[index][1] >= region[0]:
        return None
    before = article.quoted[index]
    text = article.text
    if article.paragraph_at(before[0]) != article.paragraph_at(region[0]):
        return None
    sentence = article.sentence_at(max(region[0] - 1, 0))
    earlier = article.sentence_at(max(before[0] - 1, 0))
    if earlier != sentence - 1 or article.outside_quotes(article.sentences[earlier][0], before[0]):
        return None  # the quote before must open the sentence right before this one
    gap = text[before[1] : region[0]]
    if "\n" in gap or "?" in text[before[1] - 1 : before[1] + 2]:
        return None  # another paragraph, or a question whose answer may follow
    credit = gap[1:].rstrip().rstrip(_MARKS).rstrip()
    if not credit.endswith(".") or any(mark in credit for mark in _MARKS):
        return None
    if any(mark in credit for mark in _CLAUSE_BREAKS):
        return None  # a second clause after the credit: the floor may pass (review rv60s)
    return before if _credit(tokenize(credit, before[1] + 1)) else None


def _alone_in_sentence(article: ArticleText, region: tuple[int, int]) -> bool:
    """Whether no word outside quotation marks stands in the quote's sentences before its
    opening mark or after its closing mark."""
    first = article.sentences[article.sentence_at(max(region[0] - 1, 0))]
    last = article.sentences[article.sentence_at(region[1])]
    if article.outside_quotes(first[0], region[0]):
        return False
    return not article.outside_quotes(region[1] + 1, max(last[1], region[1] + 1))


def _credit(tokens: Sequence[Token]) -> bool:
    """Whether the words after the quote before are a plain credit: a verb of saying among
    the first words, nothing that asks, relays or opens a clause of someone else's."""
    if not tokens or len(tokens) > _CREDIT_WORDS:
        return False
    verbs = [at for at in range(min(len(tokens), _VERB_WITHIN)) if speaks(tokens, at)]
    if not verbs:
        return False
    return not any(token.norm in _ASKING or token.norm in _TURNS for token in tokens)


__all__ = ["continued_from"]
