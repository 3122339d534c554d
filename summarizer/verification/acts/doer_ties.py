"""A positive reading of an event's actor, for the confirm-only mode
(:mod:`summarizer.verification.confirm_only`): does the event's evidence show the actor DOING
it, rather than merely naming it? A crude doer reader (session 50's experiment exp50): a
mention of the actor stands after "by" (over names, titles and "and": "approved by the Senate",
"signed by President X and Y"), or opens its clause (only names, titles, "the", "and", "both"
before it back to a clause mark or a clause word such as "that", "who", "when") and a word that
is not a function word follows it in that clause (its verb: "Israel and Hamas agreed").

Where a sentence names the actor (its name, alias, a person tied to it, a group noun) is the
actor rule's own reading, which sits higher (``sides``); the walk hands it in (:func:`doer_tie`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import STOPWORDS
from ..context import Context
from ..page.tokens import Token, word_set
from ..people.names import TITLES

#: Where a sentence (its tokens, with its index) names the actor: first and last token each time.
Places = Callable[[str, Sequence[Token], Context, int], Iterator[tuple[int, int]]]

_OPENERS = word_set("the and both")
_CLAUSE_WORDS = word_set(
    """that who whom which when while where after before as because since although though if
    but whereas until once"""
)
_CLAUSE_MARKS = frozenset(",;:()\u2014\u2013[]")


def _mark_between(text: str, left: Token, right: Token) -> bool:
    return any(c in _CLAUSE_MARKS for c in text[left.end : right.start])


def _name_like(token: Token) -> bool:
    return token.capitalised or token.norm in TITLES


def _after_by(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether "by" stands before the mention, over names, titles and "and" only."""
    position = first - 1
    while position >= 0:
        token = tokens[position]
        if token.norm == "by":
            return True
        if not (_name_like(token) or token.norm in ("and", "the")):
            return False
        if _mark_between(text, token, tokens[position + 1]):
            return False
        position -= 1
    return False


def _opens_clause(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether only names, titles and "the/and/both" stand before the mention in its clause."""
    position = first - 1
    while position >= 0:
        if _mark_between(text, tokens[position], tokens[position + 1]):
            return True
        token = tokens[position]
        if token.norm in _CLAUSE_WORDS:
            return True
        if not (_name_like(token) or token.norm in _OPENERS):
            return False
        position -= 1
    return True  # the sentence's start


def _verb_follows(tokens: Sequence[Token], last: int, text: str) -> bool:
    """Whether a word that is not a function word, name or title follows in the clause."""
    for position in range(last + 1, len(tokens)):
        token = tokens[position]
        if _mark_between(text, tokens[position - 1], token):
            return False
        if token.norm in _CLAUSE_WORDS:
            return False
        if not (_name_like(token) or token.is_number or token.norm in STOPWORDS):
            return True
    return False


def subject_at(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the mention ``first``..``last`` opens its clause before a verb (no "by")."""
    return _opens_clause(tokens, first, text) and _verb_follows(tokens, last, text)


def doer_at(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the mention ``first``..``last`` reads as the doer (see the module)."""
    return _after_by(tokens, first, text) or subject_at(tokens, first, last, text)


def doer_tie(places: Places) -> Callable[[Any, Supported, Context], bool]:
    """The tie for actors, reading the actor's mentions with ``places``."""

    def tie(value: Any, rule: Supported, ctx: Context) -> bool:
        text = ctx.article.text
        for index in ctx.sentences:
            tokens = ctx.article.sentence_tokens(index)
            for first, last in places(str(value), tokens, ctx, index):
                if doer_at(tokens, first, last, text):
                    return True
        return False

    return tie


# Read by acts/own_act_doers: where a "by" agent's clause holds its act.
after_by = _after_by

__all__ = ["Places", "after_by", "doer_at", "doer_tie", "subject_at"]
