"""Whose a relative clause is in a long sentence (an outside check, session 17: "a ceasefire in
the Idlib de-escalation zone of Syria that will enter into force at 00.01 on 6 March" was
read as a clause about Syria, "three days of talks at the State Department in Washington,
which began on Wednesday" as one about Washington, "Erdogan and Putin, who came together in
Moscow on Thursday for the talks" as one about Putin alone), for
:func:`summarizer.verification.days.relative_days.relative_head`.

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

from ..occasions.day_occasions import DAY_WORDS
from ..page.tokens import Token, word_set

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
_CHAIN = word_set(
    "in at of on near along inside across outside around between with for south north east west"
)
_SKIP = word_set("the a an")
_MEETING = word_set("met meet meets gathered convened together down")
_AFTER_MEETING = word_set("in at on for over near last this")
_BACK = 14
_ANOTHER_OCCASION = "the time of another occasion ("
_MEALS = word_set("dinner dinners lunch luncheon breakfast banquet supper")
_MEAL_WORDS = word_set("a an the working private official state formal joint their")
_SUBJECT_LINKS = word_set("and his her their counterpart")
_HOLDING = word_set("held hold holds holding had have has hosted shared")
_MEETING_VERBS = word_set("met meets meet visited hosted received")
_MET = word_set("met meets meet")
_BEFORE = word_set("last first previously earlier once already")
_OBJECTS = word_set("the a an his her their its")
_PRONOUNS = word_set("him her them us me one each")
_WAITING = word_set("had has have also then later will would")
_MEASURES = word_set("days weeks hours months rounds sessions nights years series")


def chain_head(tokens: Sequence[Token], head: int, relative: int, first: int) -> int:
    """The noun a "which"/"that" clause at ``relative`` belongs to when its verb tells how an
    occasion runs and ``head`` ends a prepositional chain (see the module); else ``head``."""
    if tokens[relative].norm not in _THING or not _runs(tokens, relative, first):
        return head
    owner, preposition = head, head + 1  # the nearest chain word read so far
    for index in range(head - 1, max(head - _BACK, 0), -1):
        token = tokens[index]
        norm = token.norm
        if norm in _CHAIN:
            if tokens[index - 1].norm in _MEASURES:
                return owner  # "three days of talks at ...": the talks
            preposition = index
        elif token.capitalised or token.is_number or token.joined or norm in _SKIP:
            continue  # a name, a number, "the": inside the chain's phrase
        elif norm.endswith("ed") or not norm.isalpha() or preposition - index > 3:
            return owner  # a verb, or a word too far from the chain: "agreed", "over"
        elif index + 1 == preposition or (owner != head and owner - index <= 2):
            owner = index  # the noun a preposition hangs from ("ceasefire in", "talks at")
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
        return bool(names & _subject(tokens, verb))
    return False


def _subject(tokens: Sequence[Token], verb: int) -> set[str]:
    """The names of the subject before ``verb``: capitalised words, "and" and titles, read
    back to the first other word ("their finance ministers held": none)."""
    names: set[str] = set()
    for index in range(verb - 1, max(verb - 14, -1), -1):
        token = tokens[index]
        if token.capitalised:
            names.add(token.norm)
        elif token.norm not in _SUBJECT_LINKS:
            break
    return names


def acts(tokens: Sequence[Token], relative: int, first: int) -> bool:
    """Whether a relative clause's verb of running or meeting takes an object before the day
    ("Hamas, which began shelling the coast road on Wednesday", "Vidal, who met reporters on
    Monday"): the clause tells what its noun did, not the occasion's own running."""
    for index in range(relative + 1, min(first, relative + 4)):
        norm = tokens[index].norm
        if norm in _RUNNING or norm in _MEETING_VERBS:
            following = tokens[index + 1] if index + 1 < first else None
            return following is not None and (
                following.norm.endswith("ing") or following.norm in _OBJECTS
                or (following.norm.isalpha() and following.norm not in _AFTER_MEETING
                    and following.norm not in _INTRANSITIVE and following.norm not in _MEETING)
            )  # fmt: skip
        if norm not in _WAITING:
            return False
    return False


def met_other(fact: object, tokens: Sequence[Token], first: int) -> str | None:
    """The day of a "who" clause whose meeting verb takes an object that is none of the
    fact's parties ("held talks with Vidal, who met reporters in Montevideo on Monday", "spoke
    with Lula, who met Biden in Washington on Friday"): another meeting's, else None."""
    relative = next(
        (i for i in range(first - 1, max(first - 8, 0), -1) if tokens[i].norm == "who"), None
    )
    if relative is None or not acts(tokens, relative, first):
        return None
    names = {
        word.lower()
        for party in getattr(fact, "parties", None) or ()
        for word in str(party).split()
    }
    for index in range(relative + 1, min(first, relative + 4)):
        if tokens[index].norm in _MET:  # "visited the White House" may be the meeting itself
            target = tokens[index + 1 : min(index + 5, first)]
            if any(t.norm in names or t.norm in _PRONOUNS for t in target):
                return None
            return f"the day of another meeting ({tokens[relative - 1].text} met {target[0].text})"
    return None


def reciprocal_own(role: str, tokens: Sequence[Token], first: int) -> bool:
    """Whether a day read as an earlier meeting's is the fact's own: a "who" clause on the
    leaders meeting with no object (:func:`reciprocal_meeting`), no mark of before in it
    ("who last met", "who first met") and no other day in the sentence for the main clause
    ("X and Y, who met in Montevideo on Monday for four hours, agreed to ...")."""
    if not role.endswith("earlier meeting"):
        return False
    relative = next(
        (i for i in range(first - 1, max(first - 8, 0), -1) if tokens[i].norm == "who"), None
    )
    if relative is None or not reciprocal_meeting(tokens, relative, first):
        return False
    if any(t.norm in _BEFORE for t in tokens[relative:first]):
        return False
    return not any(
        t.is_number or t.norm in DAY_WORDS for i, t in enumerate(tokens) if i > first + 1
    )


__all__ = [
    "acts",
    "chain_head",
    "held_occasion",
    "met_other",
    "past_measure",
    "reciprocal_meeting",
    "reciprocal_own",
]
