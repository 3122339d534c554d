"""A holder's hold on a post ended by the page ("The treasurer, Ben Ochoa, died in March",
"Birch retired in June", "He retired in May", "was dismissed by the club"), for
:mod:`summarizer.verification.quotes.described_reads`: a later "the treasurer said" is no longer
theirs. Moved out of ``described_reads`` in session 45 (gsp45b), when its read of a past
holder, a namesake and a new holder left it over the module limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS


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
        rf"\b(?:{names})(?:,?(?:\s+[^,.;:]{{1,80}},)?|{_THEN_HE})\s+(?:has\s+|had\s+|since\s+)?"
        rf"(?:died|retired|resigned|quit|st(?:epped|ood)\s+(?:down|aside)|"
        rf"left\s+(?:the|his|her|their)\s+(?:post|job|role|office)|"
        rf"(?:was|has\s+been)\s+(?:sacked|fired|ousted|replaced|removed|dismissed))\b"
    )
    for match in ending.finditer(before):
        if _namesake(before, match.start(), value) or not left_post(
            before[match.end() :], described
        ):
            continue
        return "one who has since left the post"
    return ""


# The rest of the holder's sentence, naming no one else, then "He"/"She" opening the next
# ("The treasurer, Jon Maher, met the auditors in March. He retired in May": session 45).
_CALENDAR = "|".join(word.title() for word in (*MONTHS, *WEEKDAYS))
_THEN_HE = rf"(?:[^.!?\nA-Z]|\b(?:{_CALENDAR})\b)*[.!?]\s+(?:He|She)"


def _namesake(text: str, start: int, value: str) -> bool:
    """Whether the surname at ``start`` is written with a given name not the value's."""
    given = re.search(r"([A-Z][\w'-]*)\s+$", text[:start])
    return given is not None and given[1].lower() not in {w.lower() for w in value.split()[:-1]}


def left_post(after: str, described: Sequence[str]) -> bool:
    """Whether the words after an ending verb leave it an ending of the post: a time, a
    place, a cause or nothing ("retired in April", "died,"), or what is left is the post
    itself ("as treasurer", "from the role"); not something else ("from the Navy", "as a
    councillor", "social media", "hurt")."""
    clause = re.split(r"[,.;:!?]|\b(?:and|but)\b", after, maxsplit=1)[0].split()
    if not clause:
        return True
    first = clause[0].lower()
    if first in ("from", "as", "the", "his", "her", "their"):  # "quit the post": the post
        return bool({w.lower() for w in clause[1:3]} & (set(described) | _POSTS))
    return first in _ENDING_TAIL or first.endswith("ly") or first[:1].isdigit()


_POSTS = {"post", "role", "job", "office", "position", "board"}
_ENDING_TAIL = {
    "in", "on", "at", "after", "before", "last", "this", "earlier", "when", "while", "aged",
    "age", "to", "over", "amid", "by", "following", "for", "with", "without", "during", "within",
    "suddenly", "yesterday", "today", "recently", "a", "two", "three", "weeks", "months",
}  # fmt: skip


__all__ = ["ended", "left_post"]
