"""A count's number that its evidence states only as the whole of a part the count names
(session 55, fresh checks: "298 persons were killed, among them 196 citizens of Netherlands"
gave 298 to "Dutch citizens killed"; "more than 700,000 children have been hit" then "In
Jamaica it is helping ... reach more than 284,000 of them" gave 700,000 to "children to reach
in Jamaica").

A whole and its part share the whole's noun, so the count's words that name the whole ("killed",
"children") stand by both numbers, and the nearer-words reading accepts the whole. What tells
them apart is the words that name only the part: the part's own clause ("among them 196
citizens of Netherlands", "including 12 children") or, for a part "M of them" in the next
sentence, that sentence. A number is refused when every place the evidence states it is such a
whole, the part is a smaller number that is no date, and one of the count's words is said by
the part's words and not by the whole's (the whole's clause, or for the next sentence's part the
whole's sentence); for the next sentence's part every word of the count must be said by the two
sentences, so a count the page names in other words is left to the other readings. A part "N of
them" later in the whole's own sentence is read by :func:`.apart_counts.apart_whole`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from summarizer.text.vocabulary import NUMBER_WORDS
from ..context import Context, Result
from ..figures.count_words import what_words
from ..figures.numbers import NumberMention
from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from .apart_counts import clause_words, covered
from .number_occasions import calendar_number

_AMONG = word_set("among amongst")
_GROUPS = word_set("them whom those these which")
_INCLUDING = word_set("including incl")
_THEM = word_set("them these those")


def _numeral(token: Token) -> bool:
    return token.is_number or token.norm in NUMBER_WORDS


def _part_start(tokens: Sequence[Token], whole: NumberMention) -> int | None:
    """Where a part marked as the whole's starts later in its sentence: the number after
    "among them" ("among whom", "amongst those") or "including"."""
    for at in range(whole.last + 1, len(tokens) - 1):
        norm = tokens[at].norm
        if norm in _INCLUDING and _numeral(tokens[at + 1]):
            return at + 1
        grouped = norm in _AMONG and tokens[at + 1].norm in _GROUPS and at + 2 < len(tokens)
        if grouped and _numeral(tokens[at + 2]):
            return at + 2
    return None


def _next_part(tokens: Sequence[Token], mentions: Sequence[NumberMention], whole: float) -> bool:
    """Whether the sentence holds a part of an earlier whole: a smaller number "M of them"
    ("of these", "of those"), or "Of them, M" at its head."""
    for mention in mentions:
        if mention.value >= whole or calendar_number(tokens, mention):
            continue
        at = mention.last + 1
        if at + 1 < len(tokens) and tokens[at].norm == "of" and tokens[at + 1].norm in _THEM:
            return True
        if mention.first >= 2 and tokens[0].norm == "of" and tokens[1].norm in _THEM:
            return True
    return False


def _names_part(words: Sequence[str], part: Sequence[str], whole: Sequence[str]) -> bool:
    """Whether a word of the count is said by the part's words and not by the whole's."""
    return any(covered(part, word) and not covered(whole, word) for word in words)


def _whole_of_part(
    article: ArticleText, index: int, tokens: Sequence[Token], mention: NumberMention,
    mentions: Sequence[NumberMention], words: Sequence[str],
    numbers_of: Callable[[ArticleText, int], list[NumberMention]],
) -> bool:  # fmt: skip
    """Whether this place of the number is the whole of a part that the count's words name."""
    text = article.text
    start = _part_start(tokens, mention)
    if start is not None and any(
        m.first == start and m.value < mention.value and not calendar_number(tokens, m)
        for m in mentions
    ):
        part = clause_words(tokens, start, text, 1)
        own = [*clause_words(tokens, mention.first, text, -1)]
        own += clause_words(tokens, mention.last, text, 1)
        if _names_part(words, part, own):
            return True
    if index + 1 >= len(article.sentences):
        return False
    after = article.sentence_tokens(index + 1)
    if not _next_part(after, numbers_of(article, index + 1), mention.value):
        return False
    whole = [t.norm for t in tokens]
    part = [t.norm for t in after]
    if not all(covered(part, w) or covered(whole, w) for w in words):
        return False  # the count names its group in words the two sentences do not use
    return _names_part(words, part, whole)


def whole_of_part(
    value: Any, what: str, ctx: Context,
    numbers_of: Callable[[ArticleText, int], list[NumberMention]],
) -> Result | None:  # fmt: skip
    """A refusal when every place the evidence states the count's number is the whole of a
    part the count's words name (see the module); None otherwise (the other readings decide)."""
    raw = getattr(value, "value", value)
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    words = what_words(what)
    if not words:
        return None
    refused, free = False, False
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        mentions = numbers_of(ctx.article, index)
        for mention in mentions:
            if abs(mention.value - float(raw)) > 1e-9:
                continue
            if _whole_of_part(ctx.article, index, tokens, mention, mentions, words, numbers_of):
                refused = True
            else:
                free = True
    if refused and not free:
        return False, f"{float(raw):g} is the whole of a part that the count names"
    return None


__all__ = ["whole_of_part"]
