"""A person given an office of "its" body, for the confirm-only mode's affiliation tie
(:mod:`summarizer.verification.confirm_only`): "The Kremlin said it knew nothing. Its
spokesman, Dmitry Peskov, warned ...", "Google will appeal. Lee-Anne Mulholland, its global
head of regulatory affairs, said ...", "Salesforce cut 4,000 jobs; its chief executive, Marc
Benioff, said ...". English names the body once and then gives the person an office of "its":
the holder readers, which read a body written beside the name, miss it (session 50's exp50
counted it among the shape A5, the body only in another sentence).

The pronoun's body is read strictly, so that a wrong value named nearby is never confirmed:
the capitalised names the sentence writes before "its" (the person's own name left out), or,
when it writes none, those of the sentence before; every one of them must be the value. A
second body anywhere in that stretch ("Denmark, the holder of the EU's presidency. Its energy
minister, X", "The Co-op is backing The Hacking Games. Its chief executive, X") leaves the
pronoun unread, and so the value unconfirmed. "Their" is not read: it often stands for two.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from .fact_people import person_and_value
from .names import TITLES, find_person
from .party_names import party_of

_OFFICE_REACH = 8  # words of an office between "its" and the name ("its president and chief
# executive, Patricia Harrison")
_JOINERS = word_set("of and for &")  # inside a body's name ("Department of International ...")
_NOT_BODIES = STOPWORDS | TITLES | frozenset(MONTHS) | frozenset(WEEKDAYS)
_SEPARATORS = frozenset(" ,-\u2010\u2011")
_ARTICLES = word_set("the a an this that these those")
# Bodies a sentence may name in lower case ("holds a stake in the company"): another referent
# for "its" than the one it names.
_BODY_NOUNS = word_set(
    """company firm group agency union party court government ministry department council
    committee commission club team bank fund board authority organisation organization
    charity foundation university network regulator carmaker maker developer operator"""
)


def _office_before(tokens: Sequence[Token], text: str, first: int) -> int | None:
    """The index of the "its" that opens an office right before the name at ``first`` ("its
    chief executive, Marc Benioff", "Its negotiator Daniela Duran"), or None."""
    index = first - 1
    while index >= 0 and tokens[index].norm in TITLES and tokens[index].capitalised:
        index -= 1  # "its president, Judge Yuji Iwasawa"
    steps = 0
    while index >= 0 and steps < _OFFICE_REACH:
        token = tokens[index]
        gap = text[token.end : tokens[index + 1].start]
        if not set(gap) <= _SEPARATORS or gap.count(",") > (1 if steps == 0 else 0):
            return None  # a clause mark between: no apposition
        if token.norm == "its":
            return index if steps else None
        if token.capitalised and token.norm not in TITLES:
            return None  # another name between
        if token.is_number or token.norm in _ARTICLES:
            return None  # "in its 25 years the Gates charity": no office
        index, steps = index - 1, steps + 1
    return None


def _office_after(tokens: Sequence[Token], text: str, last: int) -> int | None:
    """The index of "its" opening an apposition right after the name ("Marc Benioff, its
    chief executive"), or None."""
    after = last + 1
    if after < len(tokens) and tokens[after].norm == "its":
        gap = text[tokens[last].end : tokens[after].start]
        if gap.strip() == ",":
            return after
    return None


def name_runs(tokens: Sequence[Token], text: str, skip: set[int]) -> list[str]:
    """The capitalised runs of ``tokens`` (the indexes in ``skip`` left out, the function
    words, titles, months and weekdays too), each as written: the names a stretch writes; a
    body written in lower case after an article ("the company") is one too, as its noun."""
    runs: list[str] = []
    current: list[Token] = []
    for index, token in enumerate(tokens):
        if (
            not token.capitalised
            and token.norm in _BODY_NOUNS
            and index
            and _owned(tokens, text, index)
        ):
            runs.append(token.norm)
        name = token.capitalised and index not in skip and token.norm not in _NOT_BODIES
        if name:
            current.append(token)
            continue
        goes_on = (
            current
            and token.norm in _JOINERS
            and index + 1 < len(tokens)
            and tokens[index + 1].capitalised
        )
        if goes_on:
            current.append(token)
            continue
        if current:
            runs.append(text[current[0].start : current[-1].end])
            current = []
    if current:
        runs.append(text[current[0].start : current[-1].end])
    return runs


def _owned(tokens: Sequence[Token], text: str, index: int) -> bool:
    """Whether the lower-case noun at ``index`` is written as a body: after an article ("the
    company") or an owner's possessive ("the nurses' union", "the city's council")."""
    before = tokens[index - 1]
    gap = text[before.end : tokens[index].start]
    return before.norm in _ARTICLES or "'" in gap or "\u2019" in gap or _possessive(before)


def _possessive(token: Token) -> bool:
    return token.text.endswith(SINGULAR_POSSESSIVES)


def _words(value: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(value) if t.norm != "the")


def _initials(words: Sequence[str]) -> str:
    return "".join(word[0] for word in words if word not in _JOINERS)


def is_value(body: str, value: str) -> bool:
    """Whether a name the page writes is the value: the same country or group by the alias
    table ("Moscow" for Russia), the same words, its last words ("the Commission" for the
    European Commission) or its initials ("The MTA" for the Metropolitan Transportation
    Authority). Stricter than a word in common: "United Nations" is not "United States"."""
    mine, theirs = party_of(body), party_of(value)
    if mine is not None and theirs is not None:
        return mine == theirs
    if mine is not None:
        return False  # "Moscow" is no company's name
    said, wanted = _words(body), _words(value)
    if not said or not wanted:
        return False
    if wanted == said or (len(said) == 1 and wanted[-1:] == said):
        return True  # "the Commission"; a shorter name of more words ("Pacific Group" for
        # "Asia Pacific Group") may be another body's own
    letters = body.replace(".", "").strip()
    if letters.isalpha() and letters.isupper() and len(letters) >= 2:
        return letters.lower() == _initials(wanted)
    return False


def _own_name(tokens: Sequence[Token], name: str, text: str) -> set[int]:
    found: set[int] = set()
    for first, last in find_person(name, tokens, text):
        found.update(range(first, last + 1))
    return found


def first_word(tokens: Sequence[Token], article: ArticleText) -> set[int]:
    """The sentence's first word when the page also writes it in lower case ("Investors
    notice too."): a capital the sentence gives, not a name."""
    if tokens and tokens[0].capitalised:
        word = tokens[0].text.lower()
        if word.isalpha() and f" {word} " in article.text:
            return {0}
    return set()


def its_places(article: ArticleText, name: str) -> Iterator[tuple[int, list[Token], int, int, int]]:
    """Each place the page gives ``name`` an office of "its" ("its chief executive, X", "X,
    its chief executive"): the sentence's index and tokens, the name's first and last token
    and the index of "its" (read by :func:`its_holder` and :mod:`.its_others`)."""
    text = article.text
    for index in range(len(article.sentences)):
        tokens = article.sentence_tokens(index)
        for first, last in find_person(name, tokens, text):
            its = _office_before(tokens, text, first)
            if its is None:
                its = _office_after(tokens, text, last)
            if its is not None:
                yield index, tokens, first, last, its


def its_holder(article: ArticleText, name: str, value: str) -> bool:
    """Whether the page gives ``name`` an office of "its" body and that body is ``value``
    (see the module)."""
    text = article.text
    for index, tokens, first, _, its in its_places(article, name):
        own = _own_name(tokens, name, text) | first_word(tokens, article)
        bodies = name_runs(tokens[: min(its, first)], text, own)
        if not bodies and index > 0:
            before = article.sentence_tokens(index - 1)
            bodies = name_runs(before, text, first_word(before, article))
        if any(body.endswith(SINGULAR_POSSESSIVES) for body in bodies):
            continue  # "Fjord Shipping's biggest customer, the steelmaker,": the owner
            # is not the sentence's subject, which "its" stands for
        if bodies and all(is_value(body, value) for body in bodies):
            return True
    return False


def its_tie(value: Any, rule: Supported, ctx: Context) -> bool:
    """The confirm-only tie: the fact's person holds an office of "its" body, the value."""
    pair = person_and_value(value, ctx)
    return pair is not None and its_holder(ctx.article, *pair)


__all__ = ["first_word", "is_value", "its_holder", "its_places", "its_tie", "name_runs"]
