"""A meeting's party named only in another pair's meeting in the same sentence (an outside check,
session 23: "Lee met Ishiba in Tokyo; Yoon, his predecessor, had met Kishida there in 2023"
gave Kishida as Lee's party).

The shape is a meeting clause of its own: a named subject, a meeting verb (the family: met,
hosted, received, visited, welcomed, greeted, held or had talks with, sat down with, dined
with, conferred with, shook hands with; any tense, "had", "also" or an apposition "X, his
predecessor," between) and a named object. When the person is one side of such a clause and the
other side is a person none of whose words is one of the fact's other parties, that clause is
another pair's meeting. A person so named in every place the evidence names them is no party of
this one, when another of the fact's parties is a side of a meeting clause there too (two
meetings told, not one with a wrong second party). Not read as another pair: a side given by a
pronoun or an epithet ("he had visited Sharif", "the two leaders"), a subject left out ("and
then met Kuleba"), a country, capital or body ("Japan hosted Modi"), and a clause whose other
side is one of the fact's parties.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..page.tokens import Token, tokenize, word_set
from ..people.names import TITLES, find_named
from ..people.party_names import party_of, person_part
from ..quotes.speakers import name_forms

_VERBS = word_set(
    """met meet meets meeting hosted hosts hosting received receives receiving visited visits
    visiting welcomed welcomes greeted greets"""
)
# A verb that meets only with "with" after it ("held talks with", "sat down with").
_WITH_VERBS = word_set(
    """talks talked dined dines conferred confers hands down lunched breakfasted"""
)
_AUX = word_set(
    """had has have also then later first once previously already separately reportedly
    briefly last recently earlier will would is was to"""
)
_BEFORE_OBJECT = TITLES | word_set("with the his her their its former then new outgoing")
_PRONOUNS = word_set("he she they it we i you his her their him them both")


def _gap(tokens: Sequence[Token], left: int, text: str) -> str:
    """The characters between ``tokens[left]`` and the token after it."""
    return text[tokens[left].end : tokens[left + 1].start]


def _run_before(tokens: Sequence[Token], end: int, text: str) -> list[Token]:
    """The capitalised words ending at ``end`` with no punctuation between them."""
    run: list[Token] = []
    index = end
    while index >= 0 and tokens[index].capitalised and not tokens[index].is_number:
        run.insert(0, tokens[index])
        if index == 0 or not _joined(tokens, index - 1, text):
            break
        index -= 1
    return run


def _run_after(tokens: Sequence[Token], start: int, text: str) -> list[Token]:
    """The capitalised words starting at ``start`` with no punctuation between them."""
    run: list[Token] = []
    index = start
    while index < len(tokens) and tokens[index].capitalised and not tokens[index].is_number:
        run.append(tokens[index])
        if index + 1 >= len(tokens) or not _joined(tokens, index, text):
            break
        index += 1
    return run


def _joined(tokens: Sequence[Token], left: int, text: str) -> bool:
    """No punctuation between ``tokens[left]`` and the next, or only an initial's point ("U.S.
    President Joe Biden", "John F. Kennedy": one name run, check 37's rerun, session 23)."""
    gap = _gap(tokens, left, text).strip()
    return not gap or (gap == "." and len(tokens[left].text) == 1)


def _verb_at(tokens: Sequence[Token], index: int) -> bool:
    """A meeting verb at ``index`` (for a "with" verb, the "with" after it)."""
    norm = tokens[index].norm
    if norm in _VERBS:
        return True
    return norm == "with" and index > 0 and tokens[index - 1].norm in _WITH_VERBS


def _subject_before(tokens: Sequence[Token], verb: int, text: str) -> list[Token]:
    """The named subject of the meeting verb at ``verb`` (skipping "had", "also", "held
    talks", and an apposition between commas)."""
    index = verb - 1
    if tokens[verb].norm == "with":
        index -= 1  # "talks" / "down" / "dined"
        while index >= 0 and tokens[index].norm in word_set("held hold holds had sat sit"):
            index -= 1
    while index >= 0 and tokens[index].norm in _AUX and not tokens[index].capitalised:
        index -= 1
    if 0 <= index < len(tokens) - 1 and "," in _gap(tokens, index, text):
        back = index  # ", his predecessor," : back to the comma before it
        for _ in range(8):
            if back <= 0 or "," in _gap(tokens, back - 1, text):
                break
            back -= 1
        index = back - 1
    return _run_before(tokens, index, text) if index >= 0 else []


def _object_after(tokens: Sequence[Token], verb: int, text: str) -> list[Token]:
    """The named one met after the verb at ``verb``."""
    index = verb + 1
    while index < len(tokens) and not tokens[index].capitalised:
        if tokens[index].norm not in _BEFORE_OBJECT and tokens[index].norm not in _WITH_VERBS:
            return []
        index += 1
    run = _run_after(tokens, index, text)
    while run and run[0].norm in TITLES:
        run = run[1:]
    return run


def _partner(tokens: Sequence[Token], first: int, last: int, text: str) -> list[Token] | None:
    """The other side of the meeting clause the name at ``first..last`` is a side of, or
    None when it is no side of one that this module reads."""
    index = first - 1  # the one met: back over titles and "with" to the verb
    while index >= 0 and index >= first - 6:
        if _verb_at(tokens, index):
            return _subject_before(tokens, index, text)
        if tokens[index].norm not in _BEFORE_OBJECT and not tokens[index].capitalised:
            break
        index -= 1
    index = last + 1  # the subject: on over an apposition and "had" to the verb
    if index < len(tokens) and "," in _gap(tokens, last, text):
        for _ in range(8):
            index += 1
            if index >= len(tokens) or "," in _gap(tokens, index - 1, text):
                break
    limit = index + 4
    while index < min(limit, len(tokens)):
        if _verb_at(tokens, index) or (
            tokens[index].norm in _WITH_VERBS
            and index + 1 < len(tokens)
            and tokens[index + 1].norm == "with"
        ):
            verb = index if _verb_at(tokens, index) else index + 1
            return _object_after(tokens, verb, text)
        if tokens[index].norm not in _AUX and tokens[index].norm not in word_set("held sat"):
            return None
        index += 1
    return None


def _another_pair(run: list[Token], sides: set[str]) -> bool:
    """A person none of whose words is one of the fact's sides."""
    if not run or run[0].norm in _PRONOUNS or run[0].norm in word_set("the two"):
        return False
    words = {token.norm for token in run}
    return not words & sides and party_of(" ".join(token.text for token in run)) is None


def other_pair_only(value: str, ctx: Context) -> bool:
    """True when every place the evidence names the person ``value`` is a side of another
    pair's meeting clause (see the module)."""
    parties = [str(p) for p in getattr(ctx.fact, "parties", None) or []]
    if party_of(value) is not None or len(parties) < 2:
        return False
    if not any(t.norm in _VERBS or t.norm == "with" for ts in ctx.sentence_tokens() for t in ts):
        return False  # no meeting verb in the evidence: nothing to read (cheap, first)
    sides = {t.norm for p in parties for t in tokenize(p) if len(t.norm) > 1}
    person, text, other = person_part(value), ctx.article.text, False
    for form in name_forms(person, ctx.article):
        for tokens in ctx.sentence_tokens():
            for first, last in find_named(form, tokens):
                run = _partner(tokens, first, last, text)
                if run is None or not _another_pair(run, sides - _words(value)):
                    return False
                other = True
    return other and _meets_too(value, parties, ctx)


def _meets_too(value: str, parties: list[str], ctx: Context) -> bool:
    """Another of the fact's parties is a side of a meeting clause of the evidence: two
    meetings are told ("Trump will meet Xi, said Leavitt" tells one, and Trump is its side
    though the fact's other party is wrong)."""
    text = ctx.article.text
    for party in parties:
        if party == value or party_of(party) is not None:
            continue
        for tokens in ctx.sentence_tokens():
            for first, last in find_named(person_part(party), tokens):
                if _partner(tokens, first, last, text):
                    return True
    return False


def _words(value: str) -> set[str]:
    return {t.norm for t in tokenize(value)}
