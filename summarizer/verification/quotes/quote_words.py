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
now", "we will"). Narrative on a line that quotes someone is read outside the marks' pairs
(review rvB28: "Crews worked through the night" beside '"the worst in a generation"' is
no quote), and passes where the page quotes the same words elsewhere. Known limit: a page
whose scraper dropped its quotation marks would have its quotes refused; none of the 674 gold
quotes of the gold set and checks 50-62 stands so.
"""

from __future__ import annotations

import re

from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.mark_search import matches_from
from ..page.tokens import tokenize
from ..people.names import norms


def says_nothing(text: str) -> bool:
    """Whether a quote's ``text`` is no words at all (punctuation only) or one lone function
    word (:data:`summarizer.text.vocabulary.STOPWORDS`)."""
    words = norms(tokenize(text))
    return not words or (len(words) == 1 and words[0] in STOPWORDS)


# A quotation mark: double marks and guillemets anywhere; a single mark only at a word's edge
# (an opening one before a letter, a closing one after a letter or a stop or comma and before
# no letter: "\u2018We are running out of time,\u2019"), so the
# apostrophe of "Putin's" or "don't" is none.
_MARK = re.compile(
    "[\"\u201c\u201d\u201e\u00ab\u00bb]|(?<![^\\W_])['\u2018\u2019](?=\\w)|(?<=[\\w.,!?;:])['\u2019](?![\\w])"
)
# The characters every match of _MARK is (one character each): it is tried only at them
# (page.mark_search; a search tried its three alternatives at every character of the block).
_MARK_CHARS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019]")
# A line a quote stands on without marks: a speaker's turn of a transcript or a Q&A ("WRIGHT:",
# "Q:", "Anchor (Maria Testa):", "A. We have no plans"), a bullet or block ("- ", "> ", an
# indented line), an embedded post's credit.
_TURN = re.compile(
    r"\s*(?:[^\s:]+(?:[ \t]+[^\s:]+){0,5}:|[-\u2013\u2014\u2022*>]|[QA]\.\s)|(?: {2,}|\t)\S"
)
# A block quote's attribution on the line under it: "\u2014 Kristen Michal (@KristenMichal)",
# "- Senator Jonas Berg, 2019"; not an agency's "\u2014 Reporting by ..." (review rvB28).
_ATTRIBUTION = re.compile(r"\s*[-\u2013\u2014]\s*[A-Z]")
_STAFF_CREDIT = re.compile(r"\b(?:reporting|editing|writing|additional) by\b", re.IGNORECASE)
# The marks that open or close a quotation whichever way the page writes them (English,
# German "\u201e...\u201c", French and German guillemets): each one opens or closes the stretch.
_DOUBLE = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')


def _quoted_stretches(block: str) -> list[tuple[int, int]]:
    """The stretches of ``block`` inside quotation marks: a double mark or guillemet opens or
    closes one in turn, a single mark at a word's start opens and at a word's end closes
    (review rvB28: narrative beside a quotation on its line is no quotation)."""
    stretches: list[tuple[int, int]] = []
    double = single = -1
    for mark in matches_from(_MARK, block, (c.start() for c in _MARK_CHARS.finditer(block))):
        char, at = mark.group(), mark.start()
        if char in _DOUBLE:
            if double < 0:
                double = at
            else:
                stretches.append((double, at))
                double = -1
        elif block[at + 1 : at + 2].isalnum() and not block[at - 1 : at].isalnum():
            single = at if single < 0 else single
        elif single >= 0:
            stretches.append((single, at))
            single = -1
    stretches.extend((open_at, len(block)) for open_at in (double, single) if open_at >= 0)
    return stretches


def _attributed(text: str, line_end: int) -> bool:
    """Whether the line under the words (``text`` from ``line_end``) credits them as a block
    quote's or a post's: a dash and a name, not an agency's reporting line."""
    if line_end == -1:
        return False
    after = text[line_end + 1 :]
    following = after[: after.find("\n")] if "\n" in after else after
    return bool(_ATTRIBUTION.match(following)) and not _STAFF_CREDIT.search(following)


def unquoted(article: ArticleText, start: int, end: int, passage: str = "") -> bool:
    """Whether the words at ``start:end`` (the locator's place of ``passage``), and every other
    place the passage's words stand in a row, stand where the page quotes no one: "called off"
    narrated in one paragraph and quoted ('"on hold" or "called off."') in another is a quote
    (review rvB28). Each place is read by :func:`_unquoted_at`."""
    if not _unquoted_at(article, start, end):
        return False
    words = tuple(norms(tokenize(passage)))
    spans = article.phrase_spans(words) if words else []
    return all(_unquoted_at(article, a, b) for a, b in spans if (a, b) != (start, end))


def _unquoted_at(article: ArticleText, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` stand where the page quotes no one: outside every
    quotation mark's stretch on the lines they cover, and those lines are no transcript's
    turn, bullet or block, the line under them credits no one, and the line before is no
    speaker's label in capitals and does not end with a colon (a block quote's lead-in: "The
    statement reads:")."""
    text = article.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    block = text[line_start : line_end if line_end != -1 else len(text)]
    if "(@" in block:
        return False
    inside = start - line_start, end - line_start
    if any(a < inside[1] and inside[0] < b for a, b in _quoted_stretches(block)):
        return False
    if any(_TURN.match(line) for line in block.split("\n")) or _attributed(text, line_end):
        return False
    before = text[:line_start].rstrip()
    label = before[before.rfind("\n") + 1 :].strip()
    if label and label == label.upper() and any(c.isalpha() for c in label):
        return False  # a speaker's label on a line of its own ("PUTIN", "MARIA TESTA (ANCHOR)")
    return not before.endswith(":")
