"""Honorifics, ranks and offices written right before a bare surname ("Prof Rafferty set out
the changes", "Cllr Moss voted against", "Det Sgt Hale arrested him", "Judge Okafor ruled"),
read by :func:`summarizer.verification.people.names.first_name_before` as no first name
(outside checks 152 and 157, session 64, ac64).

British and Irish copy drops the full stop of an abbreviated title ("Prof", "Cllr", "Rev",
"Supt"), and most outlets give a person's academic, clerical, civic, police, military or
judicial title before the surname alone after the first mention. Such a word stood where a
first name stands, so the surname was read as another person's ("'Joe Rafferty' is not named
in its evidence" where it names "Prof Rafferty") although "Dr Rafferty" and "Prof. Rafferty"
were read as his. A word here is a title only: not a common given name ("Dean", "Earl",
"Baron", "Di", "Con" are left out), so "Dean Rafferty" is still another person; police
ranks go by their initials ("PC Ward", "DS Arden", "DCI Rowe"). The surname after one
is then read as a bare surname is (a namesake the article gives another first name still
refuses it: :func:`summarizer.verification.people.names.first_name_conflict`).

A titled surname is read as the value's only where the page leaves no doubt whose it is
(:func:`titled_namesake`): where the page writes that surname after another first name as
well ("Tom Hale runs the boat tours; his sister, Professor Ruth Hale, leads the unit"), "Prof
Hale" is the value's person only if the page gives the value's own full name a title and
gives none to the namesake's; a bare "Hale" keeps its older reading.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from summarizer.text.vocabulary import STOPWORDS
from ..page.tokens import Token, name_key, tokenize, word_set

HONORIFICS = word_set(
    """prof professor lord lady baroness viscount cllr councillor councilman councilwoman rev
    revd reverend bishop archbishop cardinal pastor rabbi imam sheikh det detective sgt
    sergeant insp inspector supt superintendent constable capt captain maj major cmdr
    commander lieutenant brig brigadier cpl corporal judge justice magistrate mayor alderman
    marshal sheriff trooper cdr fr pc dc ds dci dsi"""
)


def titled_namesake(
    tokens: Sequence[Token], head: int, text: str, surname: str, given: Collection[str | None],
    titles: frozenset[str],
) -> bool:  # fmt: skip
    """Whether the surname at ``head``, right after an honorific, may be a namesake's: the
    article ``text`` writes ``surname`` after a first name not in ``given`` (the value's own,
    as name keys), and either titles that namesake ("Professor Ruth Hale") or never titles the
    value's own full name (``titles``: the other title words, "Dr", "President")."""
    if not head or not text or tokens[head - 1].norm not in HONORIFICS:
        return False
    firsts = _firsts(text, surname, titles | HONORIFICS)
    others = [titled for first, titled in firsts if first not in given]
    own = any(titled for first, titled in firsts if first in given)
    return bool(others) and (any(others) or not own)


def titled_other(
    value: str, tokens: Sequence[Token], index: int, text: str, titles: frozenset[str]
) -> bool:
    """:func:`titled_namesake` for a person ``value`` found by the surname alone at ``index``
    (for a reader that finds names without the article's text)."""
    words = [name_key(token.norm) for token in tokenize(value)]
    if len(words) < 2 or name_key(tokens[index].norm) != words[-1]:
        return False
    given = {*words[:-1], *(word[:1] for word in words[:-1])}
    return titled_namesake(tokens, index, text, words[-1], given, titles)


@lru_cache(maxsize=512)
def _firsts(text: str, surname: str, titles: frozenset[str]) -> tuple[tuple[str, bool], ...]:
    """Each first name the text writes right before ``surname`` (a name key), and whether a
    title word stands right before that first name; once per article and surname."""
    words = tokenize(text)
    found = []
    for index in range(1, len(words)):
        first = words[index - 1]
        if name_key(words[index].norm) != surname or not first.capitalised:
            continue
        if first.norm in titles or first.norm in STOPWORDS or first.is_number:
            continue
        if text[first.end : words[index].start] != " ":
            continue  # "Hale, Ruth" or a line break: no first name
        titled = index > 1 and words[index - 2].norm in titles
        found.append((name_key(first.norm), titled))
    return tuple(found)


__all__ = ["HONORIFICS", "titled_namesake", "titled_other"]
