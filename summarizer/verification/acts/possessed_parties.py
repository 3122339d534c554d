"""A meeting's party named only as the one whose envoy, aide or kin was met (an outside check,
session 23: "Biden met former President Barack Obama's envoy, not Obama himself" gave Obama as
a party).

The shape is a person noun owned by the name, either way English writes it: the possessive
("Obama's envoy", "Reyes' deputy", "Yoon's national security adviser": up to three words of
title or adjective between) or a preposition after the noun ("an aide to Prime Minister
Sharma", "the spokesman for Chancellor Weber", "the foreign minister of President Dube", "a
delegation sent by President Tinubu", "on behalf of"). The person met is the envoy, not the
owner. A name so owned in every place the evidence writes it (a "not X himself" beside it
counts for nothing) is no party; a name written once in its own right ("met Obama and his
envoy", "Weber's spokesman said" after "met Weber") keeps it. An event noun owned by the name
("Ruiz's meeting with Lindqvist", "King Farid's visit") makes it a party, so the noun list is
people only: the whole family of people who act for someone (envoys, aides, ministers,
spokespeople, staff, delegations) and kin.

An owned stand-in who only relays the news ("Erdogan's spokesman said the president would meet
Putin", "according to Xi's aides") is no one met: that mention leaves the owner alone. A
pronoun that puts the owner in the meeting after the stand-in ("Zelensky's wife joined him at
the meeting", "Xi's aides said his talks with Biden") keeps the owner as a party (fix23b).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..page.tokens import Token, word_set
from ..people.names import TITLES, find_named
from ..people.party_names import party_of, person_part
from ..quotes.speakers import name_forms
from ..sentences.runs import possessive

#: People who act, speak or stand in for another, and kin: the one met when they are owned.
STAND_INS = word_set(
    """envoy envoys emissary emissaries aide aides adviser advisers advisor advisors counsellor
    counselor spokesman spokeswoman spokesperson spokespeople deputy deputies representative
    representatives delegate delegates delegation delegations ambassador negotiator
    negotiators interpreter minister ministers secretary secretaries officials official staff
    staffer staffers team camp lawyer lawyers attorney attorneys son sons daughter daughters
    wife husband widow widower brother sister mother father nephew niece cousin predecessor
    successor lieutenant lieutenants confidant confidante messenger surrogate surrogates
    proxy premier premiers"""
)
# Words between an owner and the noun: titles and a few adjectives ("special envoy",
# "national security adviser", "chief of staff" is read at "chief").
_BETWEEN = TITLES | word_set(
    """special personal senior top longtime trusted former national security foreign
    political policy chief principal own eldest youngest elder younger late new acting"""
)
_LINKS = word_set("of to for")
_SENT = word_set("sent dispatched appointed named")
# A stand-in who only relays: the subject of a verb of saying.
_RELAYS = word_set(
    """said say says told tells added confirmed announced stated noted explained insisted
    briefed described"""
)
_BACK = word_set("him her")  # "joined him", "accompanied her"
_ALONG = word_set("joined accompanied escorted")
_HIS = word_set("his her")
_EVENTS = word_set("talks meeting meetings visit summit trip discussions")
_PORTFOLIO_TITLES = word_set("minister ministers secretary secretaries")


def _owned_after(tokens: Sequence[Token], last: int, text: str) -> int:
    """ "Obama's envoy", "Reyes' national security adviser": the stand-in's index, or -1."""
    if not possessive(tokens[last], text):
        return -1
    for index in range(last + 1, min(last + 5, len(tokens))):
        if tokens[index].norm in STAND_INS:
            return index
        if tokens[index].norm == "chief" and _words(tokens, index + 1, "of", "staff"):
            return index + 2  # "chief of staff"
        if _portfolio(tokens, index):
            continue  # "Carney's trade minister", "Sanchez's economy minister" (rvv30)
        if tokens[index].norm not in _BETWEEN or (tokens[index].capitalised and index > last + 1):
            return -1
    return -1


def _portfolio(tokens: Sequence[Token], index: int) -> bool:
    """A lower-case word naming a minister's or a secretary's field right before the title
    ("trade minister", "health secretary"): no word of an event or a clause ("talks with")."""
    token, after = tokens[index], tokens[index + 1 : index + 2]
    return (
        bool(after)
        and after[0].norm in _PORTFOLIO_TITLES
        and not token.capitalised
        and token.norm.isalpha()
        and token.norm not in _EVENTS
    )


def _words(tokens: Sequence[Token], start: int, *words: str) -> bool:
    return all(
        start + step < len(tokens) and tokens[start + step].norm == word
        for step, word in enumerate(words)
    )


def _relays(tokens: Sequence[Token], noun: int, first: int) -> bool:
    """The owned stand-in at ``noun`` only passes the news on: "Erdogan's spokesman (Omer
    Celik) said", "according to Xi's aides"."""
    if first >= 2 and tokens[first - 1].norm == "to" and tokens[first - 2].norm == "according":
        return True
    index = noun + 1
    while index < len(tokens) and (
        tokens[index].capitalised or tokens[index].norm == "," or tokens[index].joined
    ):
        index += 1  # the stand-in's own name in apposition
    return index < len(tokens) and tokens[index].norm in _RELAYS


def _owner_back(tokens: Sequence[Token], noun: int) -> bool:
    """After the stand-in, a pronoun puts the owner in the meeting: "joined him", "his
    talks"."""
    for index in range(noun + 1, len(tokens) - 1):
        norm, after = tokens[index].norm, tokens[index + 1].norm
        if (norm in _ALONG and after in _BACK) or (norm in _HIS and after in _EVENTS):
            return True
    return False


def _owned_before(tokens: Sequence[Token], first: int) -> bool:
    """ "an aide to Prime Minister Sharma", "a delegation sent by President Tinubu"."""
    index = first - 1
    while index >= 0 and tokens[index].norm in TITLES and tokens[index].capitalised:
        index -= 1  # the owner's own titles
    if index < 1:
        return False
    link = tokens[index].norm
    if link == "by" and tokens[index - 1].norm in _SENT:
        index -= 1
    elif link == "of" and tokens[index - 1].norm == "behalf":
        return True
    elif link not in _LINKS:
        return False
    noun = tokens[index - 1]  # lower case: "Secretary of State Rubio" is a title, no owner
    return noun.norm in STAND_INS and not noun.capitalised


def owner_only(value: str, ctx: Context) -> bool:
    """True when ``value`` is a person (no country or group the party table knows) and every
    place the evidence names them is as the owner of a stand-in, or a "not X" beside one, and
    at least one is an owner's. Cheap first: no stand-in noun in the evidence, no reading."""
    if party_of(value) is not None or not any(
        token.norm in STAND_INS for tokens in ctx.sentence_tokens() for token in tokens
    ):
        return False
    person, text, owned = person_part(value), ctx.article.text, False
    for form in name_forms(person, ctx.article):
        for tokens in ctx.sentence_tokens():
            for first, last in find_named(form, tokens):
                noun = _owned_after(tokens, last, text)
                if noun >= 0 and _owner_back(tokens, noun):
                    return False
                if noun >= 0 and _relays(tokens, noun, first):
                    continue  # the stand-in only relays: no one met here
                if noun >= 0 or _owned_before(tokens, first):
                    owned = True
                elif first == 0 or tokens[first - 1].norm != "not":  # "not Obama himself"
                    return False
    return owned
