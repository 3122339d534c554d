"""A "where" clause after a meeting's place (session 26, places26; mended in review rvP),
for :mod:`summarizer.verification.places.place_clauses`: "Joint Base Elmendorf-Richardson, where
Trump and Putin sat down" is this meeting's place (:func:`where_parties`); "Phnom Penh, where
his cabinet met" is another body's meeting (:func:`where_other_body`). Review rvP: the
clause needs a verb of meeting or making ("Tel Aviv, where Witkoff is to see Netanyahu" and
"Kyiv, where Zelenskyy addressed parliament about the Washington meeting" give nothing), a
subject that is no other body ("Hun Manet's cabinet", "Rwanda's parliament"; not "Congo's
government", the country itself), and it may name the parties by their people's word or as
"the two <leaders>"."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..page.tokens import SINGULAR_POSSESSIVES, Token, clause_gap, word_set
from ..people.names import find_named
from ..people.party_names import names_party
from .place_words import GROUPS, MAKING, MEETING_NOUNS, MET

_POSSESSIVES = word_set("his her its their")
# A body of a country or leader that meets on its own ("Rwanda's parliament", "his cabinet").
_BODIES = word_set("cabinet parliament assembly congress senate legislature council court")
_NOUNS_TOO = word_set("meeting talks")
_SIDES = word_set("delegation delegations team teams negotiators envoys side")
_WHERE_REACH = 14
_TAIL = word_set("in near outside")
_PEOPLE = frozenset({"people"})


def where_other_body(tokens: Sequence[Token], start: int, size: int, meeting: int) -> bool:
    """The meeting word at ``meeting`` stands in a "where" clause right after the place whose
    subject is someone's own body ("Phnom Penh, where his cabinet met"): that body's meeting.
    """
    after = start + size
    if not (after < meeting and tokens[after].norm == "where"):
        return False
    return _other_body(tokens[after + 1 : meeting])


def _other_body(subject: Sequence[Token]) -> bool:
    """A possessive pronoun or name before a body that meets on its own ("his cabinet", "Hun
    Manet's cabinet", "Rwanda's parliament"; review rvP); a pronoun also before any other
    lower-case noun that is no meeting noun and no side's own team ("his aides", not "their
    delegation"); not a country's government ("Congo's government": the country itself)."""
    for index, word in enumerate(subject):
        body = any(t.norm in _BODIES for t in subject[index + 1 : index + 4])
        if body and (word.norm in _POSSESSIVES or _possessive(word)):
            return True  # "the EU's foreign affairs council gathered"
    for word, following in pairwise(subject):
        if (
            word.norm in _POSSESSIVES
            and following.norm not in MEETING_NOUNS
            and following.norm not in _SIDES
            and not following.capitalised
        ):
            return True
    return False


def _possessive(word: Token) -> bool:
    return word.text.endswith(SINGULAR_POSSESSIVES)


def _meets(token: Token) -> bool:
    """A verb of meeting or making, not "meeting" / "talks", most often nouns ("addressed
    parliament about the Washington meeting": review rvP)."""
    return (token.norm in MET and token.norm not in _NOUNS_TOO) or token.norm in MAKING


def _their_meeting(clause: Sequence[Token], index: int) -> bool:
    """A meeting noun after "their" and at most two words ("their trade talks")."""
    words = clause[max(0, index - 3) : index]
    return clause[index].norm in MEETING_NOUNS and any(t.norm == "their" for t in words)


def where_parties(
    tokens: Sequence[Token], start: int, size: int, text: str, parties: Sequence[str]
) -> int | None:
    """The index of "where" when the place is followed by ", where" and the clause names one
    of the fact's parties before its next clause mark ("Joint Base Elmendorf-Richardson,
    where Trump and Putin sat down on Friday")."""
    after = _tail_end(tokens, start + size)  # "Gimhae air base near Busan, where ..."
    if after >= len(tokens) or tokens[after].norm != "where":
        return None
    if "," not in text[tokens[after - 1].end : tokens[after].start]:
        return None
    end = after + 1
    while end < min(after + _WHERE_REACH, len(tokens)) and not clause_gap(tokens, end - 1, text):
        end += 1
    clause = tokens[after + 1 : end]
    verb = next((i for i, t in enumerate(clause) if _meets(t)), None)
    if verb is None:  # "where Bessent and He resumed their trade talks"
        verb = next((i for i in range(len(clause)) if _their_meeting(clause, i)), None)
    if verb is None or _other_body(clause[:verb]):
        return None  # "Tel Aviv, where Witkoff is due to see Netanyahu" (review rvP)
    if any(find_named(party, clause, text) for party in parties if party.strip()):
        return after
    if names_party(clause, parties, _PEOPLE):
        return after  # "where the American and Ukrainian delegations met"
    two = len(clause) > 2 and (clause[0].norm, clause[1].norm) == ("the", "two")
    return after if two and clause[2].norm in GROUPS else None  # "where the two presidents"


def _tail_end(tokens: Sequence[Token], after: int) -> int:
    """The index after the place's own tail, "in / near / outside" and a capitalised name
    ("Dolmabahce Palace in Istanbul", "Gimhae air base near Busan"), else ``after``."""
    if after + 1 < len(tokens) and tokens[after].norm in _TAIL and tokens[after + 1].capitalised:
        after += 1
        while after < len(tokens) and tokens[after].capitalised:
            after += 1
    return after


__all__ = ["where_other_body", "where_parties"]
