"""Whose saying, and whose course, a said decision is (review rvwhen37 of session 37's
:mod:`said_decisions`).

A saying makes a decision only when the one who says it speaks for the decider and the
reported clause commits the decider. News copy tells other sides' words in the same shape:

- a speaker who names another country, by name, people or capital ("Ukraine's energy
  minister said Russia will strike ...", "US Treasury Secretary Scott Bessent said China
  will buy ...", "Chinese Commerce Ministry spokesman ... said Brussels will impose ...");
- a speaker who is another body's office, a name set before a lower-case title or body word
  ("Airbus chief executive Guillaume Faury said Boeing will ...", "a Novo Nordisk spokesman",
  "a Unite union spokesman", "a Heathrow spokesman"), or another body named in full
  ("Sunderland City Council said Nissan will cut jobs at Sunderland");
- a pronoun the evidence never ties to the decider ("Zelensky addressed parliament ...
  Russia will try to seize ..., he said on Tuesday");
- a reported clause whose subject is not the decider: a forecast ("Inflation will fall back
  to target in 2027, the Bank of England said") or another party's course ("China will
  retaliate against any new US tariffs, the commerce ministry said", for a US measure).

The decider is named by a word of its actors (or a measure's issuer and sponsors), by its
country's name, people or capital ("Ottawa will match ..." for Canada), a short form ("UK"),
a pronoun or a generic body word ("the government", "the board", "the company").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.countries import PARTIES
from summarizer.text.vocabulary import STOPWORDS
from ..page.tokens import Token, tokenize, word_set
from ..people.standin_words import BODY_HEADS, GENERIC

_PRONOUNS = word_set("he she it they we i")
# Body words a reported clause's subject may name its decider by ("the government will").
_BODY_SUBJECTS = GENERIC | word_set(
    """government cabinet board council ministry administration state country nation
    bank authority regulator agency group"""
)
_OFFICES = word_set(
    """chief executive spokesman spokeswoman spokesperson chairman chairwoman head boss
    director president minister secretary official officials founder owner union"""
)


def _country_table() -> dict[tuple[str, ...], str]:
    """Each country's name, people word and capital, as normalised words -> its key."""
    table: dict[tuple[str, ...], str] = {}
    for key, (names, people, capitals, _seats) in PARTIES.items():
        for form in (*names, *people, *capitals):
            words = tuple(t.norm for t in tokenize(form))
            if words:
                table[words] = key
    return table


_COUNTRIES = _country_table()
_LONGEST = max(len(words) for words in _COUNTRIES)


def country_keys(tokens: Sequence[Token]) -> frozenset[str]:
    """The countries (or unions such as the EU) the tokens name, longest form first; a
    name or people word must be capitalised ("us" the pronoun is not the US)."""
    found: set[str] = set()
    i = 0
    while i < len(tokens):
        for size in range(min(_LONGEST, len(tokens) - i), 0, -1):
            words = tuple(t.norm for t in tokens[i : i + size])
            if words in _COUNTRIES and tokens[i].capitalised:
                found.add(_COUNTRIES[words])
                i += size
                break
        else:
            i += 1
    return frozenset(found)


def _stems(names: Sequence[str]) -> frozenset[str]:
    return frozenset(t.norm[:4] for name in names for t in tokenize(name) if len(t.norm) > 3)


def _initials(names: Sequence[str]) -> frozenset[str]:
    """Short forms of the actors' names ("uk" for "United Kingdom", "ecb")."""
    out = set()
    for name in names:
        words = [t.norm for t in tokenize(name) if t.norm not in {"of", "the", "for", "and"}]
        if len(words) > 1:
            out.add("".join(w[0] for w in words))
    return frozenset(out)


def decider_named(tokens: Sequence[Token], actors: Sequence[str]) -> bool:
    """Whether the words name the decider: a word of its actors, their country's any form,
    their short form, a pronoun or a body word ("the government"); a name too short for a
    stem is named by itself whole ("BP is to cut 7,700 jobs")."""
    stems = _stems(actors) | frozenset(
        t.norm for a in actors for t in tokenize(a) if len(tokenize(a)) == 1
    )
    keys = country_keys([t for a in actors for t in tokenize(a)])
    if keys & country_keys(tokens):
        return True
    short = _initials(actors)
    return any(
        (len(t.norm) > 3 and t.norm[:4] in stems)
        or (len(t.norm) <= 3 and t.norm in stems)
        or t.norm in short
        or t.norm in _PRONOUNS
        or t.norm in _BODY_SUBJECTS
        for t in tokens
    )


def subject_is_decider(clause: Sequence[Token], marker: int, actors: Sequence[str]) -> bool:
    """Whether the reported clause's words before its marker of a course ("will", "is to")
    name the decider (a forecast's "Inflation will fall" and another party's "China will
    retaliate" do not); a country, when the decider is a body that names none ("HM
    Treasury" for "Britain is to impose")."""
    start = marker - 1
    while start > 0 and clause[start - 1].norm not in {"that"} and marker - start < 10:
        start -= 1
    subject = clause[start:marker]
    if country_keys(subject) and not country_keys([t for a in actors for t in tokenize(a)]):
        return True  # "Britain is to impose ..., the Treasury said": a body speaks for its state
    return decider_named(subject, actors)


def other_side(
    speaker: Sequence[Token], actors: Sequence[str], evidence: Sequence[Sequence[Token]],
    here: Sequence[Token],
) -> bool:  # fmt: skip
    """Whether the speaker is another side's (see the module): another country named,
    another body's office, another named body, or a pronoun the evidence ties to no actor."""
    stems = _stems(actors)
    own_keys = country_keys([t for a in actors for t in tokenize(a)])
    if country_keys(speaker) - own_keys:
        return True
    for i, token in enumerate(speaker):
        if (
            i + 1 < len(speaker)
            and token.capitalised
            and token.norm not in STOPWORDS
            and not (len(token.norm) > 3 and token.norm[:4] in stems)
            and not speaker[i + 1].capitalised
            and speaker[i + 1].norm in _OFFICES | BODY_HEADS
        ):
            return True  # "Airbus chief executive", "a Novo Nordisk spokesman"
    words = [t for t in speaker if t.norm not in STOPWORDS or t.norm in _PRONOUNS]
    if words and all(t.norm in _PRONOUNS for t in words):
        others = [s for s in evidence if s and here and s[0].start != here[0].start]
        return not any(len(t.norm) > 3 and t.norm[:4] in stems for s in others for t in s)
    return False


__all__ = ["country_keys", "decider_named", "other_side", "subject_is_decider"]
