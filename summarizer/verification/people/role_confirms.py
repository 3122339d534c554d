"""Positive readings of a person's role, for the confirm-only mode
(:mod:`summarizer.verification.confirm_only`, session 52): does the page WRITE the role of this
person, rather than merely not give it to someone else? The first tie is the role rule's own
reading (:func:`.role_holders.role_ties`): the role's words as a title before the person's
name, in an apposition or after a copula ("Kallas became prime minister"), not as a past
office ("former prime minister").

That reading refutes: it is loose on purpose, since a name it wrongly reaches only spares a
value. Read as a confirmation it gave the role to whoever stood beside its words (review
rv52s). So a few vetoes (rv52n) look again at every place the role's words stand in a sentence
naming the person, and drop the tie when each of them is vetoed (:func:`_vetoed`):
- the words are another office: a possessive ("Marsh, the chair's spokesman"), glued by a
  hyphen ("president-elect"), after "incoming", "future" or "late", before "elect" or
  "designate", or beside a title word the value lacks ("justice" of "Justice Minister X");
- the office is gone: after "was" or "served", then "until", "from" or "when" ("who was mayor
  until 2019", "served as chair from 2010 to 2018");
- the person is the one succeeded ("succeeds Dahl as chair", "replaced Holm as director");
- a fronted clause: "After meeting X, the mayor said", "After talks with the minister, X said".
Unlike the strict shape rv52s tried, a place no veto reaches keeps the tie.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.comparators import Supported
from ..context import Context
from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set
from .fact_people import person_and_value, person_words, same_person
from .names import TITLES
from .role_holders import role_ties, role_windows, role_words, word_starts

_FILLERS = word_set("the of")
_HYPHENS = ("-", "\u2010", "\u2011")
# Words that make the office one to come or one gone, beside the title ("Incoming Mayor X").
_NOT_NOW = word_set("incoming future late elect designate")
# Title words beside a role that make no other office ("Dr.", "State Sen.").
_COURTESY = word_set("mr mrs ms dr state")
# A past copula, then a tail that ends the office ("who was mayor until 2019").
_PAST = word_set("was served")
_NAMING = word_set("named appointed elected chosen picked made")
_ENDED = word_set("until till from when between")
# Verbs whose object is the one who held the office after "as" ("succeeds Dahl as chair").
_SUCCEEDS = word_set(
    """succeeds succeeded succeed succeeding replaced replaces replace replacing follows
    followed ousted unseated"""
)
# Words opening a fronted clause whose object is not the main clause's subject.
_FRONTED = word_set("after before following despite unlike")


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _plain(text: str, left: Token, right: Token) -> bool:
    gap = _gap(text, left, right)
    return gap.isspace() or gap in _HYPHENS or (len(left.text) <= 3 and gap == ". ")


def _another_office(
    tokens: Sequence[Token], text: str, window: tuple[int, int], words: frozenset[str]
) -> bool:
    """The window is not the whole office: a possessive ("the president's adviser"), glued to
    a word ("president-elect"), beside a title word the value lacks ("Justice Minister" for
    "justice", "Secretary General" for "general") or after a word of a time not now."""
    first, last = window
    if is_possessive(tokens[last], text):
        return True
    following = last + 1
    if following < len(tokens):
        after = tokens[following]
        gap = _gap(text, tokens[last], after)
        if gap in _HYPHENS:
            return True
        if gap.isspace() and (after.norm in _NOT_NOW or (after.norm in TITLES - words)):
            return True
    if (
        first > 0
        and _plain(text, tokens[first - 1], tokens[first])
        and not is_possessive(tokens[first - 1], text)
    ):
        before = tokens[first - 1].norm
        if before in _NOT_NOW or (before in TITLES and before not in words | _COURTESY):
            return True
    return False


def _ended(tokens: Sequence[Token], window: tuple[int, int]) -> bool:
    """A past copula before the window and a tail that ends the office after it ("who was
    the chair until March", "served as chair from 2010 to 2018", "was mayor when")."""
    first, last = window
    position = first - 1
    past = False
    while position >= 0 and first - position <= 3:
        norm = tokens[position].norm
        if norm in _NAMING:
            return False
        if norm in _PAST:
            past = True
            break
        if norm not in ("the", "as", "a"):
            return False
        position -= 1
    following = last + 1
    if following < len(tokens) and tokens[following].norm == "of":
        following += 1  # "mayor of Vask until 2019"
        while following < len(tokens) and tokens[following].capitalised:
            following += 1
    return past and following < len(tokens) and tokens[following].norm in _ENDED


def _succeeded(tokens: Sequence[Token], first: int, name: tuple[str, ...]) -> bool:
    """The person is the object of "succeeds"/"replaced" before "as" ("succeeds Dahl as")."""
    position = first - 1
    if position >= 0 and tokens[position].norm == "the":
        position -= 1
    if position < 1 or tokens[position].norm != "as":
        return False
    position -= 1
    run: list[str] = []
    while position >= 0 and tokens[position].capitalised and len(run) < 4:
        run.insert(0, tokens[position].norm)
        position -= 1
    return (
        bool(run)
        and same_person(name, tuple(run))
        and position >= 0
        and tokens[position].norm in _SUCCEEDS
    )


def _fronted(
    tokens: Sequence[Token], text: str, window: tuple[int, int], name: tuple[str, ...]
) -> bool:
    """A clause fronted by "After"/"Before" holds the person or the role, the main clause
    the other: "After meeting X, the mayor said", "After talks with the minister, X said"."""
    if not tokens or tokens[0].norm not in _FRONTED:
        return False
    comma = next(
        (i for i in range(len(tokens) - 1) if _gap(text, tokens[i], tokens[i + 1]).strip() == ","),
        None,
    )
    if comma is None:
        return False
    first, last = window
    if last <= comma:  # the role in the fronted clause, after "the", the name right after it
        run = tuple(t.norm for t in tokens[comma + 1 : comma + 4] if t.capitalised)
        return (
            last == comma
            and first > 1
            and tokens[first - 1].norm == "the"
            and tokens[first - 2].norm not in _NAMING | _PAST
            and same_person(name, run)
        )
    # the role opens the main clause ("the mayor said"), the person is in the fronted one
    following = last + 1
    return (
        (first == comma + 1 or (first == comma + 2 and tokens[comma + 1].norm == "the"))
        and following < len(tokens)
        and _gap(text, tokens[last], tokens[following]).isspace()
        and not tokens[following].capitalised
        and tokens[following].norm not in _FILLERS | _ENDED
        and any(t.norm == name[-1] for t in tokens[1 : comma + 1])
    )


def _vetoed(value: str, name: tuple[str, ...], ctx: Context) -> bool:
    """Whether the role's words stand in a sentence naming the person, and each such place is
    vetoed (another office, one gone, the one succeeded, a fronted clause)."""
    words = role_words(value)
    if not words or not name:
        return False
    article = ctx.article
    text = article.text
    seen = False
    for index, (start, end) in enumerate(article.sentences):
        if article.lowered.find(name[-1], start, end) < 0:
            continue
        tokens = article.sentence_tokens(index)
        if not any(token.norm == name[-1] for token in tokens):
            continue
        for window in role_windows(tokens, text, words, word_starts(article, index, words), _plain):
            seen = True
            if not (
                _another_office(tokens, text, window, words)
                or _ended(tokens, window)
                or _succeeded(tokens, window[0], name)
                or _fronted(tokens, text, window, name)
            ):
                return False
    return seen


def own_role_tie(value: Any, rule: Supported, ctx: Context) -> bool:
    """Whether the role rule's holder reading writes ``value`` of the fact's person, as an
    office they hold now, and not every place of it near them is vetoed (:func:`_vetoed`)."""
    if person_and_value(value, ctx) is None:
        return False
    name = person_words(ctx)
    return any(
        not tie.former and same_person(name, tie.name) for tie in role_ties(ctx.article, value)
    ) and not _vetoed(value, name, ctx)


__all__ = ["own_role_tie"]
