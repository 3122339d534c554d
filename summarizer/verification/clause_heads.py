"""Whose a relative clause is in a long sentence (an outside check, session 17: "a ceasefire in
the Idlib de-escalation zone of Syria that will enter into force at 00.01 on 6 March" was
read as a clause about Syria, "three days of talks at the State Department in Washington,
which began on Wednesday" as one about Washington, "Erdogan and Putin, who came together in
Moscow on Thursday for the talks" as one about Putin alone), for
:func:`summarizer.verification.relative_days.relative_head`.

- A "which"/"that" clause whose verb tells how an occasion runs (begins, opens, ends, enters
  into force, takes effect, lasts, continues, expires) after a name or a noun that ends a
  chain of prepositional phrases belongs to the noun the chain hangs from: a place or a zone
  does not begin or enter into force ("talks at the State Department in Washington, which
  began": the talks; "a truce along the border with Lebanon that took effect": the truce).
- A "who" clause on two or more people joined by "and" whose verb is a meeting with no
  object ("X and Y, who met in Geneva on Monday", "who came together", "who sat down for
  talks") is their meeting: the day is the meeting's, not another thing's.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.tokens import Token, word_set

_RUNNING = word_set(
    """began begin begins begun start starts started opened open opens ended end ends
    lasted lasts continued continues expired expires resumed resumes closed concluded
    enter enters entered take takes took taken come comes came go goes went"""
)
_THING = word_set("which that")
_INTRANSITIVE = word_set(
    """on at in from into with this last early late immediately overnight shortly just
    effect force only"""
)
_CHAIN = word_set("in at of on near along inside across outside around between with")
_SKIP = word_set("the a an")
_MEETING = word_set("met meet meets gathered convened together down")
_AFTER_MEETING = word_set("in at on for over near last this")
_BACK = 14
_ANOTHER_OCCASION = "the time of another occasion ("
_MEALS = word_set("dinner dinners lunch luncheon breakfast banquet supper")
_MEAL_WORDS = word_set("a an the working private official state formal joint their")
_HOLDING = word_set("held hold holds holding had have has hosted shared")
_MEASURES = word_set("days weeks hours months rounds sessions nights years series")


def chain_head(tokens: Sequence[Token], head: int, relative: int, first: int) -> int:
    """The noun a "which"/"that" clause at ``relative`` belongs to when its verb tells how an
    occasion runs and ``head`` ends a prepositional chain (see the module); else ``head``."""
    if tokens[relative].norm not in _THING or not _runs(tokens, relative, first):
        return head
    owner, placed = head, False  # placed: an owner found before "in"/"at"/...
    index = head
    while index > 0 and head - index < _BACK:
        norm = tokens[index].norm
        if norm in _CHAIN:
            if norm == "of" and placed:
                return owner  # "three days of talks at ...": the talks
            before = tokens[index - 1]
            if before.norm in _CHAIN:
                return owner
            if not (before.capitalised or before.is_number or before.norm in _SKIP):
                owner, placed = index - 1, norm != "of"  # "ceasefire in ...", "talks at ..."
        elif not (norm.isalpha() or tokens[index].is_number or tokens[index].joined):
            return owner
        elif index < head and not (
            tokens[index].capitalised or tokens[index].joined or norm in _SKIP
            or (index + 1 < len(tokens) and tokens[index + 1].joined)
            or (index + 1 <= head and tokens[index + 1].norm in _CHAIN)
            or index + 1 == owner or index + 2 == owner
        ):  # fmt: skip
            return owner  # a word outside the chain's phrases: a verb, "over", "for"
        index -= 1
    return owner


def _runs(tokens: Sequence[Token], relative: int, first: int) -> bool:
    """The clause's verb tells how an occasion runs, with no object ("which began on
    Wednesday", "that will enter into force at 00.01"; not "which began bombing")."""
    for index in range(relative + 1, min(first, relative + 6)):
        if tokens[index].norm in _RUNNING:
            following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            return index + 1 == first or following in _INTRANSITIVE
    return False


def reciprocal_meeting(tokens: Sequence[Token], relative: int, first: int) -> bool:
    """A "who" clause on people joined by "and" whose verb is a meeting with no object (see
    the module): the day at ``first`` is their meeting's."""
    if tokens[relative].norm != "who":
        return False
    if not any(t.norm == "and" for t in tokens[max(relative - 10, 0) : relative]):
        return False
    for index in range(relative + 1, min(first, relative + 4)):
        if tokens[index].norm in _MEETING:
            following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            return following in _AFTER_MEETING or following in _MEETING or index + 1 == first
    return False


def past_measure(words: list[str]) -> list[str]:
    """A description's words past a length or a count that measures its noun ("three days
    of talks at the State Department", "two rounds of negotiations"): its noun first."""
    if len(words) > 3 and words[2] == "of" and words[1] in _MEASURES:
        return words[3:]
    return words


def held_occasion(role: str, fact: object, tokens: Sequence[Token], first: int) -> bool:
    """Whether a meeting's day given to another occasion ("the time of another occasion
    (dinner)") is the meeting's own: the occasion is what the fact's parties held ("Xi and
    Trump held a working dinner here on Saturday", "the two leaders had lunch in Osaka on
    Friday"), the parties named before its verb; not a dinner others hold, nor one that
    follows the talks ("a dinner follows on Saturday")."""
    if not role.startswith(_ANOTHER_OCCASION):
        return False
    names = {
        str(party).split()[-1].lower() for party in getattr(fact, "parties", None) or () if party
    }
    for index in range(first - 1, max(first - 8, 0), -1):
        if tokens[index].norm not in _MEALS:
            continue
        verb = index - 1
        while verb > 0 and tokens[verb].norm in _MEAL_WORDS:
            verb -= 1
        if tokens[verb].norm not in _HOLDING:
            return False
        return any(t.norm in names for t in tokens[max(verb - 12, 0) : verb])
    return False


__all__ = ["chain_head", "held_occasion", "past_measure", "reciprocal_meeting"]
