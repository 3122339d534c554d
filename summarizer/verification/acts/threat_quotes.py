"""Whether a quote a condition follows is its speaker's own threat (review rvC of session
25's conditional threats, check 52 b06).

'Trump has promised "strong and swift economic actions" if Maduro goes ahead' is Trump's
threat: the quote is the object of a verb of promising ("promised", "vowed", "pledged",
"warned Ankara of", "would impose", "would") and a condition ("if", "unless", "should")
follows in the quote's clause ('promised "secondary tariffs" of up to 100% if'). A quote with
no such verb before it names no threat of its speaker: 'Zelensky said he would welcome "any
pressure on Moscow" if it brings peace', 'Lavrov said Moscow wanted "a lasting peace" if'.

A quote that another's threat names ("Trump's warning of", "the promise of", "Ankara's
threat of") is relayed: the one who speaks of it (Peskov, an analyst, the one who mocks it)
made no threat, whatever its words.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.tokens import Token, tokenize, word_set

_PROMISING = word_set(
    """promised promises promising vowed vows vowing pledged pledges pledging threatened
    threatens threatening warned warns warning would will impose imposes unleash face faces"""
)
_THREAT_NOUNS = word_set(
    """warning warnings threat threats promise promises pledge pledges vow vows ultimatum"""
)
_SKIPPED = word_set("of with a an the")
_CONDITION = re.compile(r"\b(?:if|unless|should)\s", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;.!?]")


def _before(article: ArticleText, start: int, q_start: int) -> list[Token]:
    """The words of the quote's sentence before it, last first."""
    return list(reversed(tokenize(article.text[start:q_start])))


def conditional_promise(article: ArticleText, start: int, q_start: int, q_end: int) -> bool:
    """Whether the quote at ``q_start..q_end`` (its sentence opening at ``start``) is the
    object of a verb of promising and a condition follows it in its clause."""
    rest = article.text[q_end : q_end + 80]
    stop = _CLAUSE_END.search(rest.lstrip(" ,\"'\u201d"))
    clause = rest.lstrip(" ,\"'\u201d")[: stop.start() if stop else None]
    if not _CONDITION.search(" " + clause):
        return False
    tokens = [token for token in _before(article, start, q_start) if token.norm not in _SKIPPED]
    names = 0  # 'warned Ankara of "..."': a verb of warning before its object's name
    while names < min(2, len(tokens) - 1) and tokens[names].capitalised:
        names += 1
    return bool(tokens) and tokens[names].norm in _PROMISING  # 'vowed "..." if'


def relayed(article: ArticleText, start: int, q_start: int) -> bool:
    """Whether the quote at ``q_start`` is named as another's threat ("Trump's warning of",
    "the promise of"): a threat noun right before it after "the" or a possessive."""
    tokens = _before(article, start, q_start)
    while tokens and tokens[0].norm in ("of", "a", "an"):
        tokens = tokens[1:]
    if len(tokens) < 2 or tokens[0].norm not in _THREAT_NOUNS:
        return False
    owner = tokens[1]
    return owner.norm in ("the", "this", "that") or is_possessive(
        owner, article.text[start:q_start]
    )
