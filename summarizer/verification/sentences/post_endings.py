"""A holder's hold on a post ended by the page ("The treasurer, Ben Ochoa, died in March",
"Birch retired in June", "He retired in May", "was dismissed by the club"), for
:mod:`summarizer.verification.quotes.described_reads`: a later "the treasurer said" is no longer
theirs. Moved out of ``described_reads`` in session 45 (gsp45b), when its read of a past
holder, a namesake and a new holder left it over the module limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, NUMBER_WORDS, WEEKDAYS
from ..page.tokens import word_set
from ..people.standin_words import BODY_WORDS, ONE_PERSON, PERSON_HEADS
from .description_misfits import PERSON_ROLES


def ended(before: str, value: str, described: Sequence[str], holders: Sequence[str]) -> str:
    """How the page ends ``value``'s hold on the description it names them with ("The
    treasurer, Ben Ochoa, died in March", "Birch retired in June", "left the post"): a later
    "the treasurer said" is no longer theirs (review rv41s); "" otherwise. Not a namesake's
    ending ("Finn Berg retired" for Ola Berg), nor leaving something else ("retired from the
    Navy", "stood down as a councillor", "quit social media", "retired hurt"; review rv42s)."""
    if not any(value.lower() in h.lower() for h in holders):
        return ""
    names = "|".join(re.escape(n) for n in {value, value.split()[-1]})
    ending = re.compile(
        rf"\b(?:{names})(?:,?(?:\s+[^,.;:]{{1,80}},)?|(?P<then>{_THEN_HE})|{_AND_OTHER})"
        rf"\s+(?:has\s+|had\s+|since\s+)?"
        rf"(?:died|retired|resigned|quit|st(?:epped|ood)\s+(?:down|aside)|"
        rf"left\s+(?:the|his|her|their)\s+(?:post|job|role|office)|"
        rf"(?:was|has\s+been)\s+(?P<out>sacked|fired|ousted|replaced|removed|dismissed))\b"
    )
    for match in ending.finditer(before):
        if _namesake(before, match.start(), value) or not left_post(
            before[match.end() :], described, bool(match["out"])
        ):
            continue
        if match["then"] and _PERSON_NOUN.search(match["then"].split(".")[0]):
            continue  # "heard the claim of a warehouse worker. He was sacked": the worker's
        return "one who has since left the post"
    return ""


# The rest of the holder's sentence, naming no one else, then "He"/"She" opening the next
# ("The treasurer, Jon Maher, met the auditors in March. He retired in May": session 45).
_CALENDAR = "|".join(word.title() for word in (*MONTHS, *WEEKDAYS))
# A time or a link may open that sentence before the pronoun ("In July she retired", "Last
# month he resigned", "But in April he quit", "However, she stepped down": review rv45b).
_OPENER = (
    rf"(?:(?:But|And|However|Then|Later|Last\s+\w+|(?:In|On)\s+(?:{_CALENDAR}|\d{{4}})|"
    rf"\w+\s+later)(?:\s+in\s+(?:{_CALENDAR}))?,?\s+(?:he|she))"
)
_THEN_HE = rf"(?:[^.!?\nA-Z]|\b(?:{_CALENDAR})\b)*[.!?]\s+(?:He|She|{_OPENER})"
# Another person the rest of that sentence brings in, whom the "He"/"She" may be ("opened the
# inquest into the death of a retired fisherman. He died ...", "watched her striker limp off.
# She was replaced ..."): the pronoun is no longer the holder's alone (review rv45b).
_PERSONS = (
    PERSON_HEADS
    | ONE_PERSON
    | word_set(
        """boy girl child baby teenager pensioner driver passenger cyclist pedestrian motorist
        rider student pupil worker resident victim patient prisoner player claimant suspect
        applicant tenant customer officer"""
    )
)
_PERSON_NOUN = re.compile(
    rf"\b(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(_PERSONS))}|[a-z]+(?:wo)?man)\b"
)
# The value's name joined to another's as the ending's subject ("Ben Ochoa, and the chairman,
# Ray Lund, both resigned", "Ochoa and club chairman Ray Lund resigned": review rv45b).
_AND_OTHER = (
    r",?\s+and\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:[a-z]+,\s+)?"
    r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2},?(?:\s+(?:both|also))?"
)


def _namesake(text: str, start: int, value: str) -> bool:
    """Whether the surname at ``start`` is written with a given name not the value's."""
    given = re.search(r"([A-Z][\w'-]*)\s+$", text[:start])
    return given is not None and given[1].lower() not in {w.lower() for w in value.split()[:-1]}


def left_post(after: str, described: Sequence[str], out: bool = False) -> bool:
    """Whether the words after an ending verb leave it an ending of the post: a time, a
    place, a cause or nothing ("retired in April", "died,"), or what is left is the post
    itself ("as treasurer", "from the role"); not something else ("from the Navy", "as a
    councillor", "social media", "hurt"). With ``out`` (a verb a game also says: "was
    dismissed", "was sacked", "was replaced"), not a game's out or score ("dismissed cheaply",
    "for 41", "by the leg-spinner Zak Ahmed", "by Mia Cole in the 70th minute"; review rv45b):
    its agent after "by" must be a body or one who employs ("by the club", "by chairman
    Lou Penn")."""
    clause = re.split(r"[,.;:!?]|\b(?:and|but)\b", after, maxsplit=1)[0].split()
    if not clause:
        return True
    first = clause[0].lower()
    if first in ("from", "as", "the", "his", "her", "their"):  # "quit the post": the post
        return bool({w.lower() for w in clause[1:3]} & (set(described) | _POSTS))
    if first == "for" and len(clause) > 1 and _number(clause[1]):
        return False  # "dismissed for 41", "sacked for a loss": a score, not a post
    if first == "by" and out:
        return not _a_player(clause[1:])
    if out and first.endswith("ly"):
        return False  # "was dismissed cheaply"
    return first in _ENDING_TAIL or first.endswith("ly") or first[:1].isdigit()


def _number(word: str) -> bool:
    return word[:1].isdigit() or word.lower() in NUMBER_WORDS


def _a_player(agent: Sequence[str]) -> bool:
    """Whether the agent after "by" ("the leg-spinner Zak Ahmed for 41", "the board on Monday")
    is a person who employs no one: a person's noun or a name with no body's word, and no
    employer's role ("chairman Lou Penn", "the owners")."""
    words = []
    for word in agent:
        if word.lower() in _AGENT_ENDS:
            break
        words.append(word.strip("'\u2019").lower().removesuffix("'s").removesuffix("\u2019s"))
    if set(words) & (PERSON_ROLES | _EMPLOYERS):
        return False
    named = [w for w, raw in zip(words, agent, strict=False) if raw[:1].isupper()]
    if named and not set(named) & BODY_WORDS:
        return True  # "by qualifier Mia Holt", "by Mia Cole"
    return any(w in _PERSONS or w.endswith(("er", "man")) for w in words)


_AGENT_ENDS = {"in", "on", "at", "for", "after", "of", "with", "over", "amid", "during", "as"}
_EMPLOYERS = {"employer", "employers", "owners", "shareholders", "board", "directors"}


_POSTS = {"post", "role", "job", "office", "position", "board"}
_ENDING_TAIL = {
    "in", "on", "at", "after", "before", "last", "this", "earlier", "when", "while", "aged",
    "age", "to", "over", "amid", "by", "following", "for", "with", "without", "during", "within",
    "suddenly", "yesterday", "today", "recently", "a", "two", "three", "weeks", "months",
    "together", "jointly",
}  # fmt: skip


__all__ = ["ended", "left_post"]
