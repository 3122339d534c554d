"""Who acts together in a sentence, read for :mod:`summarizer.verification.acts.actors`: the words
a list of agents may hold ("by Republican Sens. A and B"), and the companions who co-act:

- "with", "alongside", "along with", and a phrase ending in "with" ("who teamed up with",
  "joining forces with") join the names on both sides into one list of agents ("two bills by
  Sen. A, who teamed up with Sens. B and C": all three wrote them); "who clashed with" does
  not, and stops the list;
- "Sen. A teamed up with Sens. B and C to introduce the bill": the infinitive after such a
  phrase is the act of its subject and of the names after "with" (not after a bare "met
  with");
- a name inside a relative aside about someone before it ("Sen. A, who met with Sen. B,
  introduced") is that clause's object, not the subject of the verb after the aside, unless
  the aside is a co-acting one;
- "joined by", "backed by", "opposed by" after a cue ("introduced the bill, joined by Rep. B")
  name that participle's own agents, not the cue's: the subject before the cue still acts.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import NUMBER_WORDS
from ..page.tokens import Token, word_set
from ..people.names import TITLES

_LIST_SPAN = 40  # as far as a list of agents reaches after "by" or "with"
_ASIDE_REACH = 12  # how far back a relative aside may open before a name

PARTY_WORDS = frozenset(
    [
        "republican",
        "republicans",
        "democratic",
        "democrat",
        "democrats",
        "independent",
        "gop",
        "conservative",
    ]
)
JOINERS = frozenset({"of", "and", "the"})
# Words in a list of agents besides names, titles and parties: "four Democrats", "fellow
# Republicans", "12 senators including".
_LIST_WORDS = NUMBER_WORDS | word_set(
    "fellow other including among them more than nearly almost about some over at least"
)
# Words naming co-actors after a cue: "introduced the bill with A", "alongside B", "along
# with C" ("along" is dropped from a list of agents with "with").
CO_ACTING = frozenset({"with", "alongside", "along"})
# Words of a co-acting phrase before its "with" ("who teamed up with", "joining forces with",
# "who partnered with"): in a list of agents they join the names on both sides, as "with"
# does ("two by Sen. A, who teamed up with Sens. B and C": all three wrote them).
_CO_PHRASE = word_set(
    """who teamed team teaming up joined joining forces partnered partnering worked working
    collaborated collaborating together"""
)
# Participles whose own "by" names their own agents ("introduced the bill, joined by Rep. B",
# "backed by"): that "by" is not the passive agent of an earlier cue.
OWN_BY = word_set(
    """joined accompanied flanked backed supported endorsed opposed praised criticized
    criticised attacked rejected questioned slammed welcomed hailed blocked hosted co-hosted
    cohosted chaired co-chaired presided over attended convened moderated"""
)  # a meeting's host or chair ("announce the sanctions at the summit hosted by X": check 42)


def without_co_phrases(tokens: Sequence[Token]) -> list[Token]:
    """A list of agents without its co-acting words: "with", "alongside", "along", and a
    phrase that ends in "with" ("who teamed up with", "joining forces with"); a phrase not
    ending in "with" ("who clashed with", "who opposed") is kept, so the list stops there."""
    kept: list[Token] = []
    pending: list[Token] = []
    for token in tokens:
        if token.norm in CO_ACTING:
            pending = []
            continue
        if token.norm in _CO_PHRASE:
            pending.append(token)
            continue
        kept.extend(pending)
        pending = []
        kept.append(token)
    return kept + pending


def teamed_to(tokens: Sequence[Token], first: int, last: int, cue: int) -> bool:
    """ "Sen. A teamed up with Sens. B and C to introduce the bill": after a co-acting phrase
    that ends in "with", the infinitive is the act of its subject (the name right before the
    phrase) and of the names after "with" (only agents between them and the "to")."""
    with_ = next(
        (i for i in range(cue - 2, max(cue - _LIST_SPAN, 0), -1) if tokens[i].norm == "with"),
        None,
    )
    if with_ is None or not only_agents(tokens[with_ + 1 : cue - 1]):
        return False
    phrase = with_
    while phrase > 0 and tokens[phrase - 1].norm in _CO_PHRASE:
        phrase -= 1
    if phrase == with_ or tokens[phrase].norm == "who":
        return False  # a bare "with" ("met with A to discuss") or a relative clause
    return with_ < first < cue or last + 1 == phrase


def in_relative_aside(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the name stands inside a relative aside about someone before it ("Sen. A, who
    clashed with Sen. B, introduced": B is the clause's object, not the verb's subject), other
    than a co-acting one ("Sen. A, who teamed up with Sens. B and C, introduced": all act)."""
    for index in range(first, max(first - _ASIDE_REACH, 0), -1):
        if "," not in text[tokens[index - 1].end : tokens[index].start]:
            continue
        if index == first or tokens[index].norm not in _RELATIVE_ASIDES:
            return False
        return not only_agents(without_co_phrases(tokens[index:first]))
    return False


_RELATIVE_ASIDES = frozenset({"who", "whose", "which"})


def only_agents(tokens: Sequence[Token]) -> bool:
    """Words that can stand between "by" and a name in a list of agents."""
    return all(
        t.capitalised
        or t.is_number
        or t.norm in TITLES
        or t.norm in PARTY_WORDS
        or t.norm in JOINERS
        or t.norm in _LIST_WORDS
        for t in tokens
    )
