"""Wire footers that name the story's reporters and editors, not its sources (check 36):

- "To contact the reporter on this story: Jane Roe in Ankara at jroe@example.com" (and "the
  reporters", several names parted by ";"): the reporters are the story's authors, credited
  as its byline (:mod:`summarizer.verification.bylines.metadata`); "To contact the editor
  responsible for this story: ..." credits no author;
- "Reporting by X; Editing by Y", "Writing by X", "(Reporting by X)" run on from the last
  paragraph: the names after a role phrase on its line, up to a sentence's end or the
  bracket's close, are the newsroom's, so a name found in a fact's evidence only there is
  no side of a truce, no party of a meeting and no actor (unsupported).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize
from ..people.names import find_named

_CONTACT = re.compile(
    r"to contact the (?P<role>reporters?|writers?|authors?|correspondents?|editors?)\b"
    r"[^:\n]{0,40}:",
    re.IGNORECASE,
)
# Where one contact's name ends: its city ("in Ankara"), its address ("at jroe@"), a comma.
_NAME_END = re.compile(r"\s+(?:in|at|on)\s|,|\s\S+@|\s*$")
# A role phrase that opens a newsroom credit ("Reporting by", "Editing by", "Writing by").
_ROLE = re.compile(
    r"\b(?:reporting|writing|editing|edited|written|compiled|additional reporting|"
    r"photos?|production|produced|graphics?)\s+by\b|\bto contact the \w+\b[^:\n]{0,40}:",
    re.IGNORECASE,
)
_STOP = re.compile(r"(?<=[a-z]{3})[.!?](?=\s|$)|\)")


def contact_authors(article: ArticleText) -> list[list[Token]]:
    """The names a "To contact the reporter(s) on this story:" line gives, as tokens."""
    if "contact the" not in article.text:  # "To contact the reporter ...": one search
        return []
    found: list[list[Token]] = []
    text = article.text
    for match in _CONTACT.finditer(text):
        if match.group("role").lower().startswith("editor"):
            continue
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        start = match.end()
        for piece in text[start:line_end].split(";"):
            name = piece.strip()
            at = start + piece.index(name) if name else start
            end = _NAME_END.search(name)
            name = name[: end.start()] if end is not None else name
            if name:
                found.append(tokenize(name, at))
            start += len(piece) + 1
    return found


def credited_only(value: str, article: ArticleText, sentences: Sequence[int]) -> bool:
    """Whether ``value`` is named in these sentences only inside a newsroom credit (see the
    module); False when it is named anywhere else there, or not at all."""
    if not _has_credits(article):
        return False
    text = article.text
    spans = {index: _sentence_credits(article, index) for index in sentences}
    if not any(spans.values()):
        return False  # no credit in the evidence: the common case, told without a name search
    found = False
    for index, credits in spans.items():
        tokens = article.sentence_tokens(index)
        for first, last in find_named(value, tokens, text):
            found = True
            at = tokens[first].start
            if not any(low <= at and tokens[last].end <= high for low, high in credits):
                return False
    return found


def newsroom_only(value: str, article: ArticleText) -> bool:
    """Whether the page names ``value`` only inside newsroom credits (a reporter or editor
    named nowhere in the story): no speaker of its quotes."""
    if not _has_credits(article):
        return False
    text = article.text
    spans = article.phrase_spans(tuple(t.norm for t in tokenize(value)))
    for start, end in spans:
        low = text.rfind("\n", 0, start) + 1
        high = text.find("\n", end)
        credits = _credit_spans(text, low, len(text) if high < 0 else high)
        if not any(a <= start and end <= b for a, b in credits):
            return False
    return bool(spans)


def _has_credits(article: ArticleText) -> bool:
    """Whether the page holds a credit's role before "by" or "To contact the", once per page:
    pages without one are never searched by the role pattern."""
    known: bool | None = article.memo.get("newsroom words")
    if known is None:
        text = article.text
        found = _role_by(text, 0, len(text)) or "contact the" in text
        known = article.memo["newsroom words"] = found
    return known


def _sentence_credits(article: ArticleText, index: int) -> list[tuple[int, int]]:
    """:func:`_credit_spans` of one sentence, once per page."""
    key = ("newsroom credits", index)
    known: list[tuple[int, int]] | None = article.memo.get(key)
    if known is None:
        text, (start, end) = article.text, article.sentences[index]
        plain = not _role_by(text, start, end) and text.find("contact the", start, end) < 0
        known = article.memo[key] = [] if plain else _credit_spans(text, start, end)
    return known


def _role_by(text: str, start: int, end: int) -> bool:
    """Whether a " by" in ``text[start:end]`` follows a credit's role word ("Reporting by"):
    a few finds, before the role pattern is run over the sentence."""
    at = text.find(" by", start, end)
    while at >= 0:
        opens = max(text.rfind(mark, start, at) for mark in " \n(")
        if text[opens + 1 : at].lower() in _ROLE_HEADS:
            return True
        at = text.find(" by", at + 3, end)
    return False


# The words right before "by" in a credit, lower case (:data:`_ROLE`).
_ROLE_HEADS = frozenset(
    {"reporting", "writing", "editing", "edited", "written", "compiled", "photo", "photos",
     "production", "produced", "graphic", "graphics"}
)  # fmt: skip


def _credit_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where newsroom credits stand in ``text[start:end]``: from a role phrase to the end of
    its line, a sentence's end or a closing bracket."""
    spans = []
    for role in _ROLE.finditer(text, start, end):
        line_end = text.find("\n", role.end(), end)
        stop = _STOP.search(text, role.end(), line_end if line_end >= 0 else end)
        spans.append((role.end(), stop.start() if stop else end))
    return spans


__all__ = ["contact_authors", "credited_only", "newsroom_only"]
