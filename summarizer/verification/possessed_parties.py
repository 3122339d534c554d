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
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.context import Context
from summarizer.verification.names import TITLES, find_named
from summarizer.verification.party_names import party_of, person_part
from summarizer.verification.runs import possessive
from summarizer.verification.speakers import name_forms
from summarizer.verification.tokens import Token, word_set

#: People who act, speak or stand in for another, and kin: the one met when they are owned.
STAND_INS = word_set(
    """envoy envoys emissary emissaries aide aides adviser advisers advisor advisors counsellor
    counselor spokesman spokeswoman spokesperson spokespeople deputy deputies representative
    representatives delegate delegates delegation delegations ambassador negotiator
    negotiators interpreter minister ministers secretary secretaries officials official staff
    staffer staffers team camp lawyer lawyers attorney attorneys son sons daughter daughters
    wife husband widow widower brother sister mother father nephew niece cousin predecessor
    successor lieutenant lieutenants confidant confidante messenger surrogate surrogates
    proxy"""
)
# Words between an owner and the noun: titles and a few adjectives ("special envoy",
# "national security adviser", "chief of staff" is read at "chief").
_BETWEEN = TITLES | word_set(
    """special personal senior top longtime trusted former national security foreign
    political chief principal own eldest youngest elder younger late new acting"""
)
_LINKS = word_set("of to for")
_SENT = word_set("sent dispatched appointed named")


def _owned_after(tokens: Sequence[Token], last: int, text: str) -> bool:
    """ "Obama's envoy", "Reyes' national security adviser"."""
    if not possessive(tokens[last], text):
        return False
    for index in range(last + 1, min(last + 5, len(tokens))):
        if tokens[index].norm in STAND_INS:
            return True
        if tokens[index].norm not in _BETWEEN or (tokens[index].capitalised and index > last + 1):
            return False
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
                if _owned_after(tokens, last, text) or _owned_before(tokens, first):
                    owned = True
                elif first == 0 or tokens[first - 1].norm != "not":  # "not Obama himself"
                    return False
    return owned
