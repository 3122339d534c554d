"""Whose act a report tag reports, for :mod:`summarizer.verification.sides.party_frames`.

A country or office named only as the source of a report ("Both sides accepted the
ceasefire, Egyptian officials said", "The truce took hold at dawn, a Chinese foreign ministry
spokesman said", "..., according to a Saudi official") is telling of others' act, and no party
to it, even where the sentence names none of those others: the reported clause's subject is
a group of sides ("both sides", "the warring factions", "the negotiators"), or the truce or
meeting itself ("the truce took hold", "the talks ended"). A subject that is the speaker's own
("we", "our forces") keeps the speaker as the one acting, and so does a name of the speaker's
own party there ("Kyiv will honour the truce, a Ukrainian presidential aide said").

A name after a preposition of aim ("attacks on Israel", "strikes against Russian targets")
is what the act is aimed at, not its subject: "Houthi spokesman X said, 'Attacks on Israel
will stop'" is the Houthis announcing their own truce, not a report of Israel's.

The subject is read from the start of the reported clause, after an opener that ends in a
comma ("Meeting in Doha, the negotiators agreed a pause"; "On Sunday, both sides ..."), up to
its verb. A subject none of these words reads (a body, "they", "it") is left unread: the
caller keeps its older reading.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.party_names import named_at

# Group nouns that name the sides of a truce or a meeting without naming them.
SIDES = word_set(
    """sides factions belligerents combatants warring adversaries foes negotiators
    delegations delegates parties rivals camps enemies opponents teams"""
)
# With a count before them ("the two leaders", "both governments"): those meeting or agreeing.
_COUNTED = word_set(
    """leaders governments countries nations presidents ministers armies neighbours
    neighbors capitals states militaries teams envoys"""
)
_COUNTS = word_set("both two three all each")
# The truce or meeting as the subject: "the truce took hold", "the guns fell silent".
_EVENTS = word_set(
    """truce truces ceasefire ceasefires pause lull calm fighting guns hostilities shelling
    talks meeting meetings summit negotiations deal agreement accord pact halt armistice
    round"""
)
_OWN = word_set("we our us i my")
# The speaker's own body as a bare subject ("The army will respect the truce, a Sudanese
# military spokesman said"); not when the subject goes on ("the army and the rebels").
_BODIES = word_set(
    """army military government movement group troops forces cabinet junta leadership
    navy militia command"""
)
# Prepositions of aim: a name after them is the target, not the subject.
AIMED = word_set("on against at into toward towards upon")
# Words a subject ends at: its verb or auxiliary.
_VERBS = word_set(
    """will would shall could can may might must had has have was were is are be been
    accepted accept accepts agreed agree agrees signed sign signs took take takes held hold
    holds began begin begins ended end ends met meet meets stopped stop stops halted halt
    halts reached reach observed observe respected respect declared declare announced
    announce pledged pledge vowed vow committed broke break went go came come fell remain
    remained remains did do does said says"""
)
_COPULAS = word_set("is was are were be been being remains remained seems seemed would will")
# After a copula, words of a truce's state, not of a judgement: "is in effect", "was over".
_STATE_WORDS = word_set(
    """in into over expected due set scheduled still now largely broadly off back under
    agreed signed reached broken violated extended"""
)
# An opener before the subject: a preposition, a day word, or a participle ("Meeting in Doha,").
_OPENERS = word_set(
    """after following on in at late early by since during under with as when while before
    earlier later overnight hours days weeks shortly upon amid despite last this"""
)

# After a participle that opens a clause: "Meeting in Doha,", "Announcing the deal,".
_PARTICIPLE_NEXT = word_set("in at with to the a an on after for from its their his her")


def tag_subject(
    tokens: Sequence[Token], start: int, end: int, text: str, own: str | None
) -> str | None:
    """What the subject of the clause ``tokens[start:end]`` is: "others" (a group of sides,
    the truce or meeting itself, or a party other than ``own``), "own" (a first-person
    pronoun or ``own`` by name), or None (unread)."""
    if start >= end:
        return None
    index = _after_opener(tokens, start, end, text)
    counted = False
    for position in range(index, min(index + 6, end)):
        token = tokens[position]
        if position > index and "," in text[tokens[position - 1].end : token.start]:
            return None  # "The army, its spokesman said": an aside, not read
        if token.norm in _OWN:
            return "own"
        if token.norm in SIDES or (counted and token.norm in _COUNTED):
            return "others"
        if token.norm in _EVENTS:  # "The truce took hold at dawn", "the talks ended"
            return None if _judged(tokens, position + 1, end) else "others"
        hit = named_at(tokens, position) if token.capitalised else None
        if hit is not None:
            return "own" if hit[0] == own else "others"
        following = tokens[position + 1].norm if position + 1 < end else ""
        if token.norm in _BODIES and following in _VERBS:
            return "own"  # "The movement accepted ..., Hamas said": the speaker's own body
        if token.norm in AIMED:  # "Fighters on both sides", not "Attacks on Israel"
            words = {t.norm for t in tokens[position + 1 : min(position + 3, end)]}
            return "others" if not words.isdisjoint(SIDES) else None
        if token.norm in _VERBS:
            return None
        counted = counted or token.norm in _COUNTS
    return None


def counted_group(tokens: Sequence[Token], position: int) -> bool:
    """ "both armies", "the two governments": a count word, then a noun of those agreeing or
    meeting (the word at ``position``), one word between at most."""
    if tokens[position].norm not in _COUNTED:
        return False
    return any(tokens[at].norm in _COUNTS for at in range(max(position - 2, 0), position))


def paired_sides(tokens: Sequence[Token], position: int) -> bool:
    """ "the government and the rebels": a body of one side joined by "and" to another, as
    a go-between tells of both (a reading :mod:`party_frames` keeps to mediators' words)."""
    following = tokens[position + 1].norm if position + 1 < len(tokens) else ""
    return tokens[position].norm in _PAIRED and following == "and"


_PAIRED = word_set(
    "government rebels army militia junta opposition insurgents separatists military regime"
)


def _judged(tokens: Sequence[Token], index: int, end: int) -> bool:
    """A copula with a judgement after the truce ("The truce is a positive step", "would be
    welcome"): the speaker's view of it, its own stance, not a report of others' act ("the
    truce was holding", "is in effect" are)."""
    for position in range(index, min(index + 5, end - 1)):
        word = tokens[position].norm
        if word in _COPULAS:
            following = tokens[position + 1].norm
            if following in _COPULAS and position + 2 < end:
                following = tokens[position + 2].norm  # "would be", "has been"
            return not (following.endswith("ing") or following in _STATE_WORDS)
        if word in _VERBS:
            return False
    return False


def _after_opener(tokens: Sequence[Token], start: int, end: int, text: str) -> int:
    """The first token after an opener that ends in a comma ("Meeting in Doha, ...", "On
    Sunday, ..."), or ``start`` when the clause opens with its subject."""
    first = tokens[start]
    following = tokens[start + 1].norm if start + 1 < end else ""
    participle = first.norm.endswith("ing") and following in _PARTICIPLE_NEXT
    if first.norm not in _OPENERS and not participle:
        return start  # "Fighting stopped at dawn": the subject, no opener
    for position in range(start + 1, min(start + 10, end)):
        if "," in text[tokens[position - 1].end : tokens[position].start]:
            return position
    return start


__all__ = ["AIMED", "SIDES", "counted_group", "paired_sides", "tag_subject"]
