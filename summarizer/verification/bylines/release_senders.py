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

A department is often listed with its minister ("From: HM Treasury and The Rt Hon Rachel
Reeves MP"): a sender marked as a person (an honorific before it, "The Rt Hon", "Lord",
"Baroness", a title, "Minister", "Secretary", or a member's letters after it, "MP", "MSP";
or, after the first sender, two or three capitalised words with no body word, "Jan Novak",
unless the line names a department "for" its subjects) is taken off the line before it is
split, so the department stands alone; the person is no outlet (session 20, a reviewer's
leftover). A "From:" line the copy quotes (after a line ending in a colon, "The memo
begins:", or over a "To:", "Subject:" or "Cc:" line: a memo's or an e-mail's header) names
the quoted document's sender, not the page's.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set

_HEAD_LINES = 8
_LINE = re.compile(r"[ \t*_]*from[ \t]*:[ \t]*(?P<senders>\S[^\n]*?)[ \t]*$", re.IGNORECASE)
_AND = re.compile(r"([ \t]+and[ \t]+|[ \t]*;[ \t]*)")
_PIECES = re.compile(r"(,[ \t]*|[ \t]+and[ \t]+|[ \t]*;[ \t]*)")
_PERSON = re.compile(
    r"(?:the[ \t]+)?(?:rt\.?[ \t]+hon\.?|right[ \t]+honourable|lord|lady|baroness|baron|sir|dame"
    r"|minister|secretary|chancellor|president|commissioner|ambassador|mr|mrs|ms|dr|prof)"
    r"\b.*|.*[ \t](?:mp|msp|ms|mla|mep|kc|qc)\.?",
    re.IGNORECASE,
)
#: The lines of a memo's or an e-mail's header under its "From:" line.
_HEADER_NEXT = re.compile(r"[ \t*_]*(?:to|subject|cc|bcc|sent|re)[ \t]*:", re.IGNORECASE)
_BODIES = word_set(
    """office ministry department treasury agency service services council commission cabinet
    secretariat executive government directorate authority bureau embassy mission house
    presidency chancellery administration affairs canada""",
)


def _words(name: str) -> tuple[str, ...]:
    return tuple(token.norm for token in tokenize(name) if token.norm != "the")


def _is_body(part: str) -> bool:
    return any(token.norm in _BODIES for token in tokenize(part))


def _without_people(line: str) -> str:
    """The line with each sender marked as a person taken off, with the separator before it
    (or after it, for the first)."""
    pieces = _PIECES.split(line)  # text, separator, text, ...
    named_for = " for " in f" {line.lower()} "  # "Department for Energy Security and Net Zero"
    kept: list[str] = []
    for index in range(0, len(pieces), 2):
        piece = pieces[index].strip()
        if _PERSON.fullmatch(piece) or (index and not named_for and _bare_name(piece)):
            continue
        if kept:
            kept.append(pieces[index - 1])
        kept.append(pieces[index])
    return "".join(kept)


def _bare_name(piece: str) -> bool:
    """A sender of two or three capitalised words with no body word ("Jan Novak"), after
    the first: a person. Not on a line naming a department "for" its subjects, whose own
    tail is such a run ("... for Energy Security and Net Zero")."""
    words = piece.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not _is_body(piece)


def _senders(line: str) -> list[tuple[str, ...]]:
    """The senders a "From:" line's text names: the whole line, and its parts at each "and"
    (or ";") both sides of which name a body, once its people are taken off."""
    found = [_words(line)]
    line = _without_people(line)
    pieces = _AND.split(line)
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
    lines = [line for line in head.split("\n")[:_HEAD_LINES] if line.strip()]
    for index, line in enumerate(lines):
        match = _LINE.match(line)
        if match is None or wanted not in _senders(match.group("senders")):
            continue
        if index and lines[index - 1].rstrip().endswith(":"):
            return False  # "The memo begins:" / "From: ...": a quoted document's sender
        # "From: X" / "To: Y": a memo's header
        return index + 1 == len(lines) or not _HEADER_NEXT.match(lines[index + 1])
    return False


def header_line(line: str) -> bool:
    """Whether a line is a "From:" or "To:" label line, which only :func:`release_sender`
    reads (a short line at the top is otherwise taken as a masthead)."""
    return bool(_LINE.match(line) or _HEADER_NEXT.match(line))


__all__ = ["header_line", "release_sender"]
