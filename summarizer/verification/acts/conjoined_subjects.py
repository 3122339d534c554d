"""A name joined by "and" to a common noun phrase as one subject, for
:mod:`summarizer.verification.acts.proposers` (check 46: "Hamas and other armed factions in the
Gaza Strip declared a one-week ceasefire" did not make Hamas its proposer, since the walk from
the name to its verb stopped at the lower-case "other"; and "Yemen" in "The Houthis and allied
militias in Yemen declared" was read as a rival proposer).

- :func:`conjunct_verb`: after "and", a noun phrase of any words ("other armed factions in
  the Gaza Strip", "its allies in the CSTO", "several Gulf states") runs to the subject's
  verb, read by the caller's test, within :data:`_REACH` words; it ends, giving no verb, at a
  comma, semicolon or dash, at a relative word ("the factions that declared": their verb, not
  the name's), at a verb of saying, or at a past form followed by its object or a
  preposition ("welcomed the truce", "rejected it"), or at any other word but a preposition
  followed by a determiner ("other factions accept a truce proposed by Egypt", "factions
  backing the truce"): a verb that is not proposing.
- :func:`placed_name`: a name right after "in", "across", "inside", "throughout", "within"
  (a "the" between) is a place in a noun phrase ("militias in Yemen"), not a subject: it is
  not read as another proposer, nor as the proposer itself unless a capital that may stand
  for its government ("officials in Cairo proposed a truce").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..page.tokens import Token, word_set
from ..people.party_names import is_capital

_REACH = 9
_ENDS = word_set("who which that whose whom said says say told tells while but")
_OBJECT_STARTS = word_set(
    "the a an it its their this that his her them to for with on at by after before from"
)
_PLACING = word_set("in across inside throughout within")
# A determiner after a word that is no preposition makes that word a verb with its object
# ("other factions accept a truce", "factions backing the truce"): their own verb.
_DETERMINERS = word_set("a an the its their this these those his her our")
_PREPOSITIONS = word_set(
    """in across inside throughout within of from near along around at on for with by under
    among between outside beyond over into to and or than like including"""
)


def _marked(tokens: Sequence[Token], index: int, text: str) -> bool:
    gap = text[tokens[index - 1].end : tokens[index].start]
    return any(mark in gap for mark in ",;:()\u2014\u2013")


def conjunct_verb(
    tokens: Sequence[Token], start: int, text: str, is_verb: Callable[[int], bool]
) -> bool:
    """Whether the noun phrase from ``start`` (the word after "and") reaches a verb that
    ``is_verb`` accepts (see the module)."""
    for index in range(start, min(start + _REACH, len(tokens))):
        if index > start and _marked(tokens, index, text):
            return False
        norm = tokens[index].norm
        if norm in _ENDS:
            return False
        if is_verb(index):
            return True
        following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        if index > start and norm.endswith("ed") and following in _OBJECT_STARTS:
            return False  # "other factions welcomed the truce": their own verb, no proposing
        if index > start and following in _DETERMINERS and norm not in _PREPOSITIONS:
            return False  # "other factions accept a truce", "backing the truce proposed by"
    return False


def placed_name(tokens: Sequence[Token], first: int, country: bool = False) -> bool:
    """Whether the name at ``first`` stands right after a placing preposition (see the
    module); with ``country``, not a capital, which may stand for its government ("officials
    in Cairo proposed")."""
    before = first - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    placed = before >= 0 and tokens[before].norm in _PLACING
    return placed and not (country and is_capital(tokens, first))


__all__ = ["conjunct_verb", "placed_name"]
