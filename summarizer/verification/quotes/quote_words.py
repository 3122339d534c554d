"""Whether a quotation's text is words someone says, as the page sets them: the locator
finds any passage of the page, so a quote's text that it finds may still be no quotation.

- A lone function word ("the", "and", "it") says nothing of its own: a small model's stray
  ``"text": "the"`` (session 28) went through as a verified quote.
- Narrative the page quotes no one in (a sentence of the outlet's own, copied as a quote) is
  found where no quotation mark stands on its lines; a transcript's turn ("WRIGHT: No, no
  worries"), a Q&A, a bullet, a block quote after a colon ("The statement reads:") and an
  embedded post are quotes without marks, and pass.

What it deliberately does not flag: a one-word quote that carries a meaning ("No",
"unfriendly", "Never"), a short quote of function words with a verb or a negation ("not
now", "we will"); narrative on a line that quotes someone elsewhere (the marks are not paired
with the words: a line with any mark passes). Known limit: a page whose scraper dropped its
quotation marks would have its quotes refused; none of the 674 gold quotes of the gold set
and checks 50-62 stands so.
"""

from __future__ import annotations

import re

from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import tokenize
from ..people.names import norms


def says_nothing(text: str) -> bool:
    """Whether a quote's ``text`` is no words at all (punctuation only) or one lone function
    word (:data:`summarizer.text.vocabulary.STOPWORDS`)."""
    words = norms(tokenize(text))
    return not words or (len(words) == 1 and words[0] in STOPWORDS)


# A quotation mark: double marks and guillemets anywhere; a single mark only at a word's edge
# (an opening one before a letter, a closing one after one and before no letter), so the
# apostrophe of "Putin's" or "don't" is none.
_MARK = re.compile(
    "[\"\u201c\u201d\u201e\u00ab\u00bb]|(?<![^\\W_])['\u2018\u2019](?=\\w)|(?<=\\w)['\u2019](?![\\w])"
)
# A line a quote stands on without marks: a speaker's turn of a transcript or a Q&A ("WRIGHT:",
# "Q:", "Anchor (Maria Testa):"), a bullet or block ("- ", "> "), an embedded post's credit.
_TURN = re.compile(r"\s*(?:[^\s:]+(?:[ \t]+[^\s:]+){0,5}:|[-\u2013\u2014\u2022*>])")


def unquoted(article: ArticleText, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` stand where the page quotes no one: each line they
    cover has no quotation mark, is no transcript's turn, bullet or block, and the line before
    it is no speaker's label in capitals and does not end with a colon (a block quote's
    lead-in: "The statement reads:")."""
    text = article.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    block = text[line_start : line_end if line_end != -1 else len(text)]
    if _MARK.search(block) or "(@" in block:
        return False
    if any(_TURN.match(line) for line in block.split("\n")):
        return False
    before = text[:line_start].rstrip()
    label = before[before.rfind("\n") + 1 :].strip()
    if label and label == label.upper() and any(c.isalpha() for c in label):
        return False  # a speaker's label on a line of its own ("PUTIN", "MARIA TESTA (ANCHOR)")
    return not before.endswith(":")
