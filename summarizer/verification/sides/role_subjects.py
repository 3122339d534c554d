"""A measure's maker named by the role the article gave them, or as the agent of a passive
act set far from it (check 45, cause 8).

- a role subject: "Foreign Minister Ruud van der Berg and Trade Minister Els van der Berg ...;
  the trade minister announced the duties" makes Els van der Berg the one who acts: the
  subject "the <role>" of an act verb is the person the article titles so ("Trade Minister
  Els van der Berg", "Els van der Berg, the trade minister"), when every person it titles so
  is that one (two "ministers" leave "the minister announced" unread).
- a far passive agent: "was introduced in the House of Representatives on March 8, 2022, by
  Representative Lloyd Doggett of Texas" makes Doggett the introducer: a "by" whose name
  follows (behind a title) an act verb's passive ("was introduced", "were imposed") earlier
  in the clause, with no other verb form between them ("The bill, backed by Senator X, was
  introduced" gives X only the backing; "by Governor X's chief of staff" gives X nothing).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..context import Context
from ..page.tokens import POSSESSIVE_ENDINGS, Token, word_set
from ..people.names import find_named
from ..sentences.passives import be_before

_TITLES = word_set(
    """minister secretary president chancellor premier representative senator commissioner
    governor mayor ambassador envoy chair chairman chairwoman speaker director minister's
    spokesman spokeswoman spokesperson king queen emir prince sheikh leader"""
)
_TITLE_WORDS = word_set(
    """representative rep senator sen president minister secretary commissioner governor
    congressman congresswoman mr mrs ms dr chancellor premier"""
)
_ADVERBS = word_set("then later also has had have will would first again today yesterday")
_REACH = 24  # tokens from a passive act verb to its "by"


def _role_before(tokens: Sequence[Token], verb: int) -> list[str]:
    """The lowercase role words of "the <role> <verb>" ending right before ``verb``."""
    role: list[str] = []
    at = verb - 1
    while at >= 0 and (tokens[at].norm in _ADVERBS or tokens[at].norm.endswith("ly")):
        at -= 1  # "the trade minister then announced", "has formally announced"
    while at >= 0 and len(role) <= 3:
        if tokens[at].norm == "the":
            return role[::-1] if role and role[0] in _TITLES else []
        if tokens[at].capitalised:
            return []
        role.append(tokens[at].norm)
        at -= 1
    return []


def titled_back(ctx: Context, part: str, verbs: frozenset[str]) -> bool:
    """Whether an evidence sentence has "the <role> <act verb>" and the article titles only
    ``part`` by that role (see the module)."""
    text = ctx.article.text
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        for verb, token in enumerate(tokens):
            if token.norm not in verbs:
                continue
            role = _role_before(tokens, verb)
            if role and _titles_only(text, " ".join(role), part):
                return True
    return False


def _titles_only(text: str, role: str, part: str) -> bool:
    """Whether ``text`` titles ``part`` by ``role`` ("Trade Minister Els van der Berg", "Els
    van der Berg, the trade minister") and no one else by it."""
    words = r"\s+".join(re.escape(word) for word in role.split())
    before = [m.end() for m in re.finditer(rf"\b{words}\s+(?=(?-i:[A-Z]))", text, re.IGNORECASE)]
    named = [at for at in before if text.startswith(part, at)]
    after = re.search(rf"{re.escape(part)},\s+(?:the\s+)?{words}\b", text, re.IGNORECASE)
    if len(named) != len(before):
        return False  # the role titles someone else too
    return bool(named) or after is not None


def passive_agent(ctx: Context, part: str, verbs: frozenset[str]) -> bool:
    """Whether an evidence sentence names ``part`` after a "by" that a passive act verb
    earlier in it governs (see the module)."""
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        if "by" not in (token.norm for token in tokens):
            continue
        for first, last in find_named(part, tokens, ctx.article.text):
            if tokens[last].text.endswith(POSSESSIVE_ENDINGS):
                continue  # "by Governor X's chief of staff": X owns the agent
            at = first - 1
            while at >= 0 and tokens[at].norm in _TITLE_WORDS and tokens[at].capitalised:
                at -= 1
            if at >= 1 and tokens[at].norm == "by" and _passive_before(tokens, at, verbs):
                return True
    return False


def _passive_before(tokens: Sequence[Token], by: int, verbs: frozenset[str]) -> bool:
    """Whether an act verb's passive ("was introduced") stands before ``tokens[by]`` with no
    other participle between."""
    for at in range(by - 1, max(by - _REACH, 0) - 1, -1):
        norm = tokens[at].norm
        if norm in verbs:
            return be_before(tokens, at, reach=3)  # any words between: "was then introduced"
        if norm.endswith("ed") or norm == "by":
            return False  # another verb's participle, another agent
    return False


__all__ = ["passive_agent", "titled_back"]
