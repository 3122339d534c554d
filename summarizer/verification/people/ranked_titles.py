"""A role the page writes only inside this person's own title, under a rank word or as the
office this person serves, read for :mod:`summarizer.verification.people.person_rules`
(session 59).

Outside checks 50-100 accepted roles whose words the page does write of the person, but as a
lesser or attached post: "national statistician" for "Emma Rourke, deputy national
statistician for health, population and methods"; "Secretary of Commerce" for "Jeffrey
Kessler, the under secretary of commerce for industry and security"; "UN Secretary-General"
for "Stephane Dujarric, who is spokesman of UN Secretary-General"; "housing minister" for
"PAUL HOLMES (Conservative shadow housing minister)". English writes a post below or beside an
office by a word right before the office's name ("deputy", "vice", "shadow", "assistant",
"lieutenant", "under secretary") or by a post of service and "of"/"to"/"for" ("spokesman
of", "adviser to the", "chief of staff to the"): the person holds that post, not the office.
:mod:`.role_own_titles` reads a rank word only when the value's office noun is in its list
and the title joins no two offices by "and" (a body's "industry and security" read as two
offices); here the order of the words is read instead, so only the words right before the
value's run count.

Read in each sentence naming the person: the value's words as one run (the same words, a plural
or possessive ending aside: "Councillor" is not "council"), with right before it (no mark
between) a rank word of :data:`_RANKS`, or "of"/"to"/"for" (and a possessive or "the") after a
post of :data:`_SERVING`, or right after it a possessive and such a post ("the chairman's
deputy", "the governor's chief of staff"); that occurrence must lie in a title the page gives
this person (:func:`.role_own_titles.own_titles`: the run before the name, the apposition or
copula after it), in brackets or an apposition right after the name ("HOLMES (Conservative
shadow housing minister)", "Felix Amari, counsel to the mayor"), or in the apposition the name
closes ("the under secretary of state for arms control and international security, Ruth
Calder": no clause's word between, :data:`_CLAUSE`, nor the value's words again: "the deputy
head teacher and the head teacher, Mrs Ann Lyle").

Not refused: a value holding a rank or past word itself ("deputy mayor", "former chair"), a
value written in a title of this person's with no rank word ("Rourke, the national
statistician, said": the caller reads such ties first; a title holding it is also looked
for here), a rank the value's office keeps in use ("Lieutenant General" is addressed as
general, "assistant professor" as professor: :data:`_KEPT`), "under" as a preposition
("served under President Obama": "under" is a rank before "secretary" only), and a ranked
title the page marks as past ("the former deputy mayor").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import POSSESSIVE_ENDINGS, Token, tokenize, word_set
from .role_descriptions import sentences_of
from .role_holders import FORMER
from .role_own_titles import own_titles

#: Words that, right before an office's name, make the post another one below or beside it.
_RANKS = word_set("deputy vice assistant shadow lieutenant under")
#: "under" ranks only a secretary ("under secretary of commerce"; "served under President X").
_UNDER_ONLY = word_set("secretary")
#: Offices whose holders under a rank word are still called by the office: a "Lieutenant
#: General" or "Vice Admiral" is addressed as general or admiral, an "assistant professor" is a
#: professor to a labeller.
_KEPT: dict[str, frozenset[str]] = {
    "lieutenant": word_set("general colonel commander"),
    "vice": word_set("admiral"),
    "assistant": word_set("professor lecturer"),
}
#: Posts held in the service of another office ("spokesman of the Secretary-General",
#: "adviser to the president", "chief of staff to the prime minister").
_SERVING = word_set(
    """spokesman spokeswoman spokesperson adviser advisor aide assistant deputy staff counsel
    lawyer envoy"""
)
_LINKS = word_set("of to for")
_OWNERS = word_set("the his her its their")
_LEAD = word_set("the a an")
#: Words a serving post after a possessive may open with ("the governor's chief of staff",
#: "the president's senior adviser", "the mayor's press spokeswoman"; review rv59r: "the Prime
#: Minister's official spokesman", "the governor's longtime senior adviser").
_SERVING_HEADS = word_set(
    "chief senior special top press personal policy legal political official longtime s"
)
_REACH = 4  # tokens after the possessive to the serving post
_PAST = FORMER | word_set("once previously formerly retired late until")
_STEM = 5
_JOINED = re.compile(r"[\s\-\u2010\u2011]*")  # nothing but spaces or a hyphen between words
_BRACKET = re.compile(r"\s*\([^()\n]{0,60}")  # "HOLMES (Conservative shadow" up to the value
#: ", counsel to the" (after the name, up to the ranking word): one comma, no clause's mark.
_APPOSED = re.compile(
    r"\s*(?:\([^()\n]{0,30}\)\s*)?,\s*(?:who\s+is\s+|the\s+|its\s+|a\s+|an\s+)?"
)  # "Ida Kern (Labour), the deputy"
#: " for arms control and international security, Ruth " (after the value, up to the surname).
_CLOSED = re.compile(r"[^,.;:()\n\"\u201c\u201d]{0,80},\s*(?:[A-Z][\w'\u2019.-]*\s+){0,3}")
#: Words that open another clause between a title and a name: the name is not the title's.
_CLAUSE = word_set("said says told met with who which that when while after by as is was")
#: A name and its comma right before a serving post and its "of"/"to"/"for" ("Tilde Morgan, a
#: spokeswoman for the mayor, Cllr Ana Cruz"): the post is that name's apposition, and the name
#: after it the served office's holder, not the post's (review rv59r).
_SERVES = re.compile(r"[\w'\u2019-]+\s+(?:of|to|for)\b", re.IGNORECASE)
_NAMED_BEFORE = re.compile(r"[A-Z][\w'\u2019.-]*,\s*(?:who\s+is\s+|the\s+|its\s+|a\s+|an\s+)?$")


def _stem(word: str) -> str:
    return word[:_STEM]


def _value_words(value: str) -> list[str]:
    words = [token.norm for token in tokenize(value)]
    while words and words[0] in _LEAD:
        words = words[1:]
    return words


def ranked_title(article: ArticleText, name: tuple[str, ...], value: str) -> str | None:
    """The page's words for this person's post when the value is written only under a rank
    word or as the office the person serves, inside a title of theirs (see the module); None
    when the page leaves it open."""
    words = _value_words(value)
    if not name or not words or set(words) & (_RANKS | _PAST | _SERVING):
        return None
    titles = own_titles(article, name)
    stems = {_stem(word) for word in words}
    if any(
        stems <= {_stem(word) for word in title} and not title & (_RANKS | _SERVING)
        for title in titles
    ):  # a title of theirs holds the value with no rank word: theirs
        return None
    surname = name[-1].lower()
    for index in sentences_of(article, surname):
        tokens = article.sentence_tokens(index)
        for start in range(len(tokens) - len(words) + 1):
            if not _runs(tokens, start, words):
                continue
            last = start + len(words) - 1
            found = _ranked_before(article.text, tokens, start, words)
            served = _served_after(article.text, tokens, last) if found is None else None
            if found is not None:
                first, rank = found
                span = (tokens[first].start, tokens[last].end)
            elif served is not None:
                first, rank = start, [tokens[served].norm]
                span = (tokens[start].start, tokens[served].end)
            else:
                continue
            if _in_title(article, name, titles, rank, words, span):
                return article.text[span[0] : span[1]]
    return None


def _base(word: str) -> str:
    """A word without its possessive or plural ending ("mayor's", "ministers" -> "mayor",
    "minister")."""
    for ending in POSSESSIVE_ENDINGS:
        if word.endswith(ending):
            word = word[: -len(ending)]
            break
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _runs(tokens: Sequence[Token], start: int, words: list[str]) -> bool:
    """Whether the value's words stand at ``start`` in order, as the same words (a plural or
    possessive ending aside): "Councillor" is not the "council" of "deputy council leader",
    nor "Senator" the "Senate" of "deputy Senate leader" (review rv59r)."""
    run = tokens[start : start + len(words)]
    return len(run) == len(words) and all(
        _base(token.norm) == _base(word) for token, word in zip(run, words, strict=True)
    )


def _joined(text: str, before: Token, after: Token) -> bool:
    return _JOINED.fullmatch(text[before.end : after.start]) is not None


def _served_after(text: str, tokens: Sequence[Token], end: int) -> int | None:
    """The index of the serving post after the value's run ending at token ``end`` written as
    its possessor ("the chairman's deputy", "the governor's chief of staff", "the mayor's
    spokeswoman"); None when no such post follows."""
    last = tokens[end]
    if not last.text.endswith(POSSESSIVE_ENDINGS):
        return None
    for index in range(end + 1, min(end + 1 + _REACH, len(tokens))):
        if tokens[index].norm in _SERVING:
            return index
        if tokens[index].norm in _LINKS | _OWNERS or not tokens[index].norm.isalpha():
            continue
        if tokens[index].norm not in _SERVING_HEADS:
            return None
    return None


def _ranked_before(
    text: str, tokens: Sequence[Token], start: int, words: list[str]
) -> tuple[int, list[str]] | None:
    """The index of the first word ranking the value's run at ``start`` and the ranking words
    (a rank word, or a serving post with its "of"/"to"/"for"); None when nothing ranks it."""
    if start == 0:
        return None
    previous = tokens[start - 1]
    if not _joined(text, previous, tokens[start]):
        return None
    word = previous.norm
    if word in _RANKS:
        if word == "under" and words[0] not in _UNDER_ONLY:
            return None
        if set(words) & _KEPT.get(word, frozenset()):
            return None
        return start - 1, [word]
    at = start - 1
    if word in _OWNERS and at > 0 and _joined(text, tokens[at - 1], tokens[at]):
        at -= 1
    if tokens[at].norm not in _LINKS or at == 0:
        return None
    post = tokens[at - 1]
    if post.norm not in _SERVING or not _joined(text, post, tokens[at]):
        return None
    return at - 1, [post.norm]


def _in_title(
    article: ArticleText,
    name: tuple[str, ...],
    titles: list[frozenset[str]],
    rank: list[str],
    words: list[str],
    span: tuple[int, int],
) -> bool:
    """Whether the ranked run at ``span`` (its first ranking word to the value's last word) is
    this person's title: a title of theirs holds its words (and no past word), or it sits in
    brackets or an apposition right after their name ("HOLMES (Conservative shadow", "Felix
    Amari, counsel to the"), or in the apposition the name closes ("the under secretary of
    state for arms control and international security, Ruth Calder")."""
    needed = {_stem(word) for word in (*rank, *words)}
    if any(needed <= {_stem(word) for word in title} and not title & _PAST for title in titles):
        return True
    text = article.text
    first, last = span
    line = text.rfind("\n", 0, first) + 1
    for start, end in article.phrase_spans((name[-1],)):
        if line <= end <= first and (
            _BRACKET.fullmatch(text[end:first]) or _APPOSED.fullmatch(text[end:first])
        ):
            return not _words(text[line:first]) & _PAST
        if last <= start and text.find("\n", last, start) < 0:
            between = text[last:start]
            if (
                _CLOSED.fullmatch(between)
                and not _words(between) & _CLAUSE
                and not _holds_run(between, words)
                and not (_SERVES.match(text, first) and _NAMED_BEFORE.search(text[line:first]))
            ):  # "the deputy head teacher and the head teacher, Mrs Ann Lyle": the nearer run
                # is the title the name closes (review rv59r)
                return not _words(text[line:first]) & _PAST
    return False


def _holds_run(text: str, words: list[str]) -> bool:
    """Whether ``text`` writes the value's words again as one run (review rv59r)."""
    tokens = tokenize(text)
    return any(_runs(tokens, start, words) for start in range(len(tokens)))


def _words(text: str) -> frozenset[str]:
    return frozenset(token.norm for token in tokenize(text))


__all__ = ["ranked_title"]
