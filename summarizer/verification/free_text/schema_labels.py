"""Words joined by "_" in a text field: the extraction schema's labels, not the article's words.

A small model asked for "what changed the status, in a short phrase from the article" answered
"passed_one_chamber", a bill's status label, and for a summit's outcome the same (Gemma 3
270M's recorded answers, session 29). No number or proper name is in such a value, so the
free-text check (:mod:`.mentions`) had nothing to hold to the article. News prose does not
join words with "_"; the places it does are addresses, handles and file names, and those are
written on the page: a label counts only when the article, its metadata and its captions do
not write it.
"""

from __future__ import annotations

import re

from .mentions import ArticleVocabulary

# Two or more words joined by "_", not part of an address, a handle or a file name.
_LABEL = re.compile(r"(?<![\w@/.#-])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\w@/.-]*\w)")


def schema_labels(text: str, vocabulary: ArticleVocabulary) -> list[tuple[str, str]]:
    """(label, reason) for each "_"-joined label in ``text`` the page never writes."""
    if "_" not in text:
        return []
    problems: list[tuple[str, str]] = []
    for match in _LABEL.finditer(text):
        label = match.group()
        if not _written(label.lower(), vocabulary):
            problems.append(
                (label, f"{label!r} is a label of the extraction schema, not the article's words")
            )
    return problems


def _written(label: str, vocabulary: ArticleVocabulary) -> bool:
    sources = (vocabulary.article.text, *vocabulary.metadata.values(), *vocabulary.captions)
    return any(label in source.lower() for source in sources)
