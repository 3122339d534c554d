"""A person's post given after their name with no article: "Tracy Ames, NRF president and
CEO, said", "Ana Ruiz, chief economist at the bank, said", "Chuck Hale, Senate Majority
Leader said". Wire copy writes the post so, and without this reading the post's words were
taken for the speech verb's subject, so the quote was read as someone else's (outside check
31). :func:`summarizer.verification.sentences.subjects.office_of` reads the kind with "to", "for" or
"of" and a lower-case office first ("media adviser to X"); this one reads the post itself.

The chunk must be, in order: up to three capitalised words naming an organisation ("NRF",
"World Bank"), then only post words, their modifiers and "and" ("president and CEO",
"senior vice president"), with up to three lower-case words naming the post's field
before them ("peace and security director"), ending on a post word or at a preposition
that opens its place ("at the bank", "of Acme"). A capitalised word after the post words is
a name ("Foreign Minister Tom Hale said": Hale speaks), so such a chunk is no aside. The
post may be owned by someone named in the possessive before it, capitalised words only
("Piotr Nowak, Senator Ewa Lis's chief of staff said", session 14's review): the post is
read after the owner, and the owner is no subject."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import POSSESSIVE_ENDINGS, Token, word_set
from ..people.names import TITLES
from .subjects import (
    ASIDE_STARTS,
    HELPERS,
    OFFICES,
    POSSESSIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
)

# Posts and occupations a wire gives after a name (titles and appositive offices included).
POSTS = (
    TITLES
    | OFFICES
    | word_set(
        """ceo cfo coo cto executive founder cofounder economist analyst professor researcher
        fellow lawmaker legislator mayor editor correspondent commander owner manager
        chairperson chairwoman strategist partner trustee governor councillor councilor
        president treasurer auditor ombudsman historian steward organiser organizer convener
        convenor activist campaigner delegate inspector superintendent prosecutor judge
        magistrate sheriff marshal detective sergeant constable administrator supervisor
        foreman warden chaplain pastor priest bishop rabbi imam vicar dean provost rector
        teacher lecturer headteacher principal physician surgeon doctor nurse engineer
        architect pilot captain coach farmer"""
    )
)
# Words that qualify a post without naming anyone ("senior", "managing", "co-").
_MODIFIERS = word_set(
    """senior junior former acting interim outgoing incoming top lead managing general vice
    assistant associate longtime veteran co chief deputy executive"""
)
_JOINING = word_set("and &")
# Where the post is held: "at the bank", "of Acme", "for Europe"; what follows is its place.
_PLACE_OPENERS = word_set("of to for at in with from on")
_MOST_ORG_WORDS = 3
_MOST_FIELD_WORDS = 3
_CLAUSE_WORDS = (
    ASIDE_STARTS
    | SUBJECT_PRONOUNS
    | POSSESSIVE_PRONOUNS
    | HELPERS
    | word_set("that this these those as then also not who is")
)


def _field_word(token: Token) -> bool:
    """A lower-case word naming the field of a post before it ("security director"); never a
    word that opens a clause or a verb's form ("who", "was", "signed")."""
    norm = token.norm
    return (
        not token.capitalised
        and norm.isalpha()
        and norm not in _CLAUSE_WORDS
        and not norm.endswith(("ed", "ing"))
    )


def post_aside(chunk: Sequence[Token]) -> bool:
    """Whether a comma chunk after a name is that person's post, with no article; the post
    may be owned by another, named in the possessive first ("Senator Ewa Lis's chief of
    staff", "Keller's spokesman"): the post is still the named person's, its owner no
    subject."""
    owner = _owner_end(chunk)
    if owner is not None:
        chunk = chunk[owner + 1 :]
    at = 0
    while at < len(chunk) and chunk[at].capitalised and chunk[at].norm not in POSTS:
        at += 1  # the organisation the post is in: "NRF", "World Bank"
    if at > _MOST_ORG_WORDS or at == len(chunk):
        return False
    posts = field = 0
    for token in chunk[at:]:
        norm = token.norm
        if norm in _PLACE_OPENERS and posts:
            return True  # "chief economist at the bank": the rest is where
        if norm in POSTS:
            posts += 1
        elif not posts and _field_word(token) and field < _MOST_FIELD_WORDS:
            field += 1  # "peace and security director", "trade policy adviser"
        elif norm not in _MODIFIERS and norm not in _JOINING:
            return False  # "Foreign Minister Tom Hale": a name follows the post
    return posts > 0 and chunk[-1].norm in POSTS


_MOST_OWNER_WORDS = 4


def _owner_end(chunk: Sequence[Token]) -> int | None:
    """The index of the possessive that ends a post's owner opening the chunk: capitalised
    words only, at most four, the last ending in "'s" ("Senator Ewa Lis's"); None when the
    chunk opens otherwise."""
    for index, token in enumerate(chunk[:_MOST_OWNER_WORDS]):
        if not token.capitalised:
            return None
        if token.text.lower().endswith(POSSESSIVE_ENDINGS):
            return index if index + 1 < len(chunk) else None
    return None


__all__ = ["POSTS", "post_aside"]
