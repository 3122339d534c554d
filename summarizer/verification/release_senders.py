"""A government press release's sender line, read for the article's ``outlet`` (outside
check 42): "From: Prime Minister's Office, 10 Downing Street and Foreign, Commonwealth &
Development Office" under a "Press release" or "News story" label names the bodies that
publish the page.

The line is one of the page's first lines (:data:`_HEAD_LINES`) and starts with "From:" (the
colon is what makes it a label: "From Oslo to Ottawa: ..." is a headline). Its senders are
split at "and" only where each side holds a body word ("Office", "Ministry", "Treasury", ...),
so "Department for Business and Trade" stays one sender; a sender keeps its commas (an office
and its address, "Foreign, Commonwealth & Development Office"). The outlet is supported when
it is one sender whole, or the whole line: never a part of a sender ("10 Downing Street"
alone, "Foreign"), nor a body the copy names below ("The Treasury said ...").
"""

from __future__ import annotations

import re

from summarizer.verification.article import ArticleText
from summarizer.verification.tokens import tokenize, word_set

_HEAD_LINES = 8
_LINE = re.compile(r"[ \t*_]*from[ \t]*:[ \t]*(?P<senders>\S[^\n]*?)[ \t]*$", re.IGNORECASE)
_AND = re.compile(r"([ \t]+and[ \t]+|[ \t]*;[ \t]*)")
_BODIES = word_set(
    """office ministry department treasury agency service services council commission cabinet
    secretariat executive government directorate authority bureau embassy mission house
    presidency chancellery administration affairs canada""",
)


def _words(name: str) -> tuple[str, ...]:
    return tuple(token.norm for token in tokenize(name) if token.norm != "the")


def _is_body(part: str) -> bool:
    return any(token.norm in _BODIES for token in tokenize(part))


def _senders(line: str) -> list[tuple[str, ...]]:
    """The senders a "From:" line's text names: the whole line, and its parts at each "and"
    (or ";") both sides of which name a body."""
    pieces = _AND.split(line)  # text, separator, text, ...
    found = [_words(line)]
    current = pieces[0]
    for index in range(1, len(pieces) - 1, 2):
        piece = pieces[index + 1]
        if _is_body(current) and _is_body(piece):
            found.append(_words(current))
            current = piece
        else:
            current = f"{current}{pieces[index]}{piece}"
    found.append(_words(current))
    return found


def release_sender(value: str, article: ArticleText) -> bool:
    """Whether a "From:" line at the page's top names ``value`` as a sender."""
    head = article.text[:1500]
    if "from" not in head.lower():
        return False
    wanted = _words(value)
    if not wanted:
        return False
    for line in head.split("\n")[:_HEAD_LINES]:
        match = _LINE.match(line)
        if match is not None and wanted in _senders(match.group("senders")):
            return True
    return False


__all__ = ["release_sender"]
