"""Names as the page writes them: an outlet and a byline are names, and a page writes a name
with capitals ("Pacific Test Wire", "Lee Placeholder", "AFP", "BBC"). A phrase the page
writes only in lower case ("By Lee Placeholder, Pacific Test Wire (test article)", "a staff
writer", "our correspondent") is a description, never the publisher or an author, however a
model capitalises it (a small model's outlet "test article" and byline "Test Article",
session 28).

What it deliberately does not read: a single lower-case word ("dpa", "taz", "bdnews24.com":
brands that publishers write in lower case) and a phrase with a digit or a dot (a web
address); a phrase the page writes with a capital anywhere counts as a name. Nor a phrase
the page writes in lower case as its credit, not as a label (review rvB28): a brand styled in
lower case ("heise online", "il manifesto") or a byline a page prints in lower case ("by ana
ortiz"). A lower-case phrase is a label where it stands inside brackets ("(test article)"),
after "a", "an" or "our" ("From a staff reporter"), or holds a newsroom's word ("staff
correspondent | Bay of Bengal Herald").
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from ..people.names import norms

# Two or more plain words, letters only, apart by spaces (an apostrophe or a hyphen inside a
# word): not "portnews.co.uk", "bdnews24.com", "Page 3".
_PLAIN_WORD = r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*"
_PLAIN_WORDS = re.compile(rf"{_PLAIN_WORD}(?:\s+{_PLAIN_WORD})+")


# A newsroom's word: a phrase holding one is a description of a writer or a desk, not a brand.
_NEWSROOM = word_set(
    """staff reporter reporters correspondent correspondents writer writers editor editors
    desk contributor contributors agencies wires newsroom"""
)
# The word before a description ("a staff reporter", "our correspondent"), never a brand's.
_DESCRIBERS = word_set("a an our")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


def _as_label(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether the lower-case words at ``start`` stand as a label: inside brackets on their
    line, after "a"/"an"/"our", or holding a newsroom's word."""
    if words[0] in _DESCRIBERS or any(word in _NEWSROOM for word in words):
        return True
    before = text[text.rfind("\n", 0, start) + 1 : start]
    if before.rfind("(") > before.rfind(")") or before.rfind("[") > before.rfind("]"):
        return True  # "(test article)", "[sponsored content]"
    last = _LAST_WORD.search(before)
    return last is not None and last.group(1).lower() in _DESCRIBERS


def written_lowercase(value: str, article: ArticleText) -> bool:
    """Whether ``value`` is a phrase of two or more plain words that the page writes only in
    lower case and as a label (:func:`_as_label`) wherever it stands (and stands once)."""
    if not _PLAIN_WORDS.fullmatch(value.strip()):
        return False  # one word ("dpa") or a web address, a number: may be a brand
    words = tuple(norms(tokenize(value)))
    spans = article.phrase_spans(words)
    text = article.text
    return bool(spans) and all(
        text[start:end] == text[start:end].lower() and _as_label(text, start, words)
        for start, end in spans
    )


# A saved file's free note above the page (``# ...`` lines, kept as ``metadata["comment"]`` by
# :mod:`summarizer.text.saved`) describes the file; it is not a field naming the page's
# publisher or authors ("TEST ARTICLE written for the gold set").
_NOTE_KEYS = frozenset({"comment"})


def lowercase_only(value: str, article: ArticleText, metadata: dict[str, str]) -> bool:
    """Whether ``value`` is no name of the page: written only in lower case in its text
    (:func:`written_lowercase`), and no metadata field but a free note writes it with a
    capital ("source: saved page, The Policy Letter (test article)" writes it in lower case)."""
    if not written_lowercase(value, article):
        return False
    words = tuple(norms(tokenize(value)))
    size = len(words)
    for key, field in metadata.items():
        if key in _NOTE_KEYS:
            continue
        tokens = tokenize(field)
        found = [token.norm for token in tokens]
        for index in range(len(found) - size + 1):
            if tuple(found[index : index + size]) == words and any(
                token.capitalised for token in tokens[index : index + size]
            ):
                return False  # "og:site_name: Test Article": the page's own field names it
    return True
