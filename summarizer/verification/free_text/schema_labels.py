"""Words joined by "_" in a text field: the extraction schema's labels, not the article's words.

A small model asked for "what changed the status, in a short phrase from the article" answered
"passed_one_chamber", a bill's status label, and for a summit's outcome the same (Gemma 3
270M's recorded answers, session 29). No number or proper name is in such a value, so the
free-text check (:mod:`.mentions`) had nothing to hold to the article. News prose does not
join words with "_"; the places it does are names, handles, tags, addresses and file names,
and those are written on the page: a joined word counts only when the article, its metadata
and its captions do not write it.

What is compared is the whole joined word, in any case: "on_hold" behind "#" or "@", before
a slash or a hyphen, after a dot ("status.on_hold") or opening with a digit ("2_stage_release")
is the same label (review rvL29), and a page writing "summit_on_hold_notice.pdf" does not
write "on_hold". A word the page writes only as an address's path or query
("example.org/talks/on_hold", "?s=on_hold") backs the value's address, not its prose. A page
turned into Markdown escapes the underscore ("Vote\\_Watch"): the same name.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from .mentions import ArticleVocabulary

# A whole word of letters and digits with "_" between two of its characters.
_JOINED = re.compile(r"(?<!\w)\w*[^\W_]_+[^\W_]\w*(?!\w)")

# Before a word, what makes it a part of an address: a path's "/", a query's "=" ("?s=on_hold").
_ADDRESS = frozenset("/=")

# Per page: each joined word it writes (lower case) -> whether it writes it outside an
# address's path. Made once per page, and only when a value holds a "_".
_WRITTEN: WeakKeyDictionary[ArticleVocabulary, dict[str, bool]] = WeakKeyDictionary()


def schema_labels(text: str, vocabulary: ArticleVocabulary) -> list[tuple[str, str]]:
    """(label, reason) for each "_"-joined word in ``text`` the page never writes."""
    if "_" not in text:
        return []
    problems: list[tuple[str, str]] = []
    for match in _JOINED.finditer(text):
        label = match.group()
        if not any(ch.isalpha() for ch in label):
            continue  # "1_000": a number's grouping, the number checks' job
        in_path = text[match.start() - 1 : match.start()] in _ADDRESS
        written = _page_words(vocabulary).get(label.lower())
        if written is None or not (written or in_path):
            problems.append(
                (label, f"{label!r} is a label of the extraction schema, not the article's words")
            )
    return problems


def _page_words(vocabulary: ArticleVocabulary) -> dict[str, bool]:
    known = _WRITTEN.get(vocabulary)
    if known is None:
        known = _WRITTEN[vocabulary] = {}
        sources = (vocabulary.article.text, *vocabulary.metadata.values(), *vocabulary.captions)
        for source in sources:
            if "_" not in source:
                continue
            source = source.replace("\\_", "_")  # Markdown's escape: "Vote\_Watch"
            for match in _JOINED.finditer(source):
                word = match.group().lower()
                as_words = source[match.start() - 1 : match.start()] not in _ADDRESS
                known[word] = known.get(word, False) or as_words
    return known
