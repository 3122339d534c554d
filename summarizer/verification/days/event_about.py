"""The words that name an event's own thing, for the day rules that ask whether a clause
around a day is about the event or about another thing (:mod:`day_others`, :mod:`event_days`,
:mod:`earlier_days`).

They are the description's longer words ("fighting", "flared"), and, since an article seldom
repeats the summary's noun, the other nouns news writing uses for the same thing (session 31,
check 69): a strike is also "the walkout" ("the walkout they started on Aug. 4 continues",
"a walkout that began on July 26, 2024"), an agreement also "the deal" ("The deal, which a
federal mediator helped broker on Aug. 19, gave ..."). The families are kept narrow: a word
joins one only when writers use it for the very same thing, never for a neighbour (a vote is
not its deal, a truce is not the talks that made it), so another occasion beside the event
keeps its own day.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..page.tokens import Token, tokenize, word_set

_PLAIN = frozenset(
    {"with", "that", "from", "this", "were", "have", "been", "after", "before", "their"}
)
# One family per line: the nouns news writing uses for one thing.
# A description with a finite verb ("The truce was broken") names an act done to its noun, not
# the noun's thing: its kin nouns are not the event (review rved31, days6); "tentative
# agreement ending the strike" (a participle after the noun) is the agreement.
_AUXILIARIES = word_set("was were is are has have had been being")
_FAMILIES: tuple[frozenset[str], ...] = (
    word_set("strike strikes walkout walkouts stoppage stoppages"),
    word_set("deal deals agreement agreements accord accords pact pacts"),
    word_set("takeover acquisition buyout purchase sale"),
    # review rved31: a raid is "the operation", a vote "the ballot", a summit "the meeting", a
    # detention "the seizure", a ceasefire "the truce", a protest "the rally"
    word_set("raid raids operation"),
    word_set("vote ballot"),
    word_set("summit meeting"),
    word_set("detention seizure"),
    word_set("ceasefire truce"),
    word_set("protest protests rally rallies demonstration"),
)


def about_words(fact: Any) -> frozenset[str]:
    """The fact's own words (see the module): its description's longer words, and the kin of
    the noun it names the event by."""
    description = getattr(fact, "description", None)
    return _words(description if isinstance(description, str) else "")


@lru_cache(maxsize=1024)
def _words(description: str) -> frozenset[str]:
    tokens = tokenize(description)
    words = frozenset(t.norm for t in tokens if len(t.norm) > 3 and t.norm not in _PLAIN)
    if any(t.norm in _AUXILIARIES for t in tokens):
        return words  # "The truce was broken": the breaking, not the truce
    for index, token in enumerate(tokens):
        family = next((f for f in _FAMILIES if token.norm in f), None)
        if family is not None and not any(_verb(t) for t in tokens[:index]):
            return words | family  # "machinists' strike at Boeing": the strike's nouns
    return words


def _verb(token: Token) -> bool:
    """A word of a description that tells an act ("voters approved the deal", "Nippon Steel
    completes takeover", "agreement ending the strike"): then its noun is what was acted on,
    not the event."""
    if token.capitalised or token.text.endswith(("'", "\u2019")):
        return False  # "Boeing", "performers'"
    return token.norm.endswith(("ed", "ing", "es"))


def named_again(tokens: Sequence[Token], head: int, first: int, about: frozenset[str]) -> bool:
    """Whether the sentence names the event's words again outside the clause from the noun
    at ``tokens[head]`` to the day at ``tokens[first]``: then the event may be that other
    thing ("the strike that killed 12 on Sunday came a day after another strike"). For the
    noun the event is named by (its family in ``about``), only that noun or its kin counts:
    "The deal, which negotiators reached on Oct. 3, gives pilots a raise" names no second
    deal, though "pilots" is a word of the event."""
    noun = tokens[head].norm
    if _another_one(tokens, head):
        return True
    family = next((f for f in _FAMILIES if noun in f), None)
    same = family if family is not None and family <= about else about
    return any(t.norm in same for t in (*tokens[:head], *tokens[first + 1 :]))


# Words before a noun that bring in a new one of its kind ("a deal", "an earlier walkout").
_NEW_ONE = word_set("a an another earlier previous separate rival second one")
_RELATIVES = word_set("that which whom")
_SUBJECTS = word_set("the its his her their our he she they we")


def _another_one(tokens: Sequence[Token], head: int) -> bool:
    """Whether the noun at ``tokens[head]`` brings in another one of its kind, told by a
    relative clause with a subject of its own: "It replaces a deal that Anglo had struck with
    Teck on 3 March", "an earlier walkout, which the cabin crew had begun on 4 April" (review
    rved31). The event's own noun is definite ("The deal, which negotiators reached") or an
    apposition with no subject of its own ("a walkout that began on July 26")."""
    if head == 0 or tokens[head - 1].norm not in _NEW_ONE or head + 2 >= len(tokens):
        return False
    if tokens[head + 1].norm not in _RELATIVES:
        return False
    subject = tokens[head + 2]
    return subject.norm in _SUBJECTS or subject.capitalised


# Letters a verb shares with a noun of its kin ("exchanged", "exchange"; "confirmed",
# "confirmation"; "announced", "announcement").
_STEM = 6


def kin_named(norm: str, words: frozenset[str]) -> bool:
    """Whether a verb is one of the event's ``words`` or their kin, the same stem in another
    form: "exchanged" for "the prisoner exchange", "confirmed" for "the ministry's
    confirmation" (the verb then tells the event itself, not a report of it or another act)."""
    if norm in words:
        return True
    return len(norm) >= _STEM and any(len(w) >= _STEM and w[:_STEM] == norm[:_STEM] for w in words)


__all__ = ["about_words", "kin_named", "named_again"]
