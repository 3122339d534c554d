"""The part of a quote's lead-in clause that says who speaks, read for
:func:`summarizer.verification.sentences.clauses.lead_in` (outside check 37, cause 4):

- *A dash aside*: "the United States and France - which worked on the text together - said":
  the words between two dashes are an aside about the subject, never the subject itself
  (spaced hyphens, en or em dashes, an em dash also unspaced); they are dropped before the
  speech verb's subject is read. A single dash (a dateline's) drops nothing.
- *A compound sentence*: "explosions were reported in Srinagar, and Misri said ... "..."": a
  comma, "and", then a subject of its own (a name, a title, a pronoun) and a speech verb
  start a new clause, which leads into the quote; the first clause's speech verb ("were
  reported") is not the quote's. Read only when the first part has a speech verb of its own
  ("The United States, France, and Britain said" is one list of speakers).
- *A clause of its own after the quote*: '"...", and the department then told the authority':
  "and" or "but", a subject of its own, a speech verb: that subject's words about something
  else, never the quote's speaker (outside check 75); "and added" goes on with the quote's.
- *After a parenthetical*: "X had raised it, he confirmed, but both sides agreed "..."": the
  clause after ", he confirmed," goes on with the report; its subject is no speaker.
- *Quoted as saying by an office*: "Netanyahu's office quoted him as saying": "him" is the
  office's owner (Netanyahu), as "his spokesman quoted him" points back.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import POSSESSIVE_ENDINGS, Token, word_set
from ..people.names import TITLES
from .speech import SPEECH_VERBS, speaks
from .subjects import COORDINATORS, FILLERS, SUBJECT_PRONOUNS

_DASHES = ("\u2014", "\u2013", " - ", " -- ")
# Words a new clause's subject may open with after ", and" (a name opens capitalised).
_SUBJECT_STARTS = word_set("the he she they we i his her their its")
_SUBJECT_REACH = 8
_OBJECTS = word_set("him her")
# Whose people quote their principal: "X's office quoted him as saying".
_RELAYS = word_set(
    """office spokesman spokeswoman spokesperson aide aides team campaign staff press
    secretary ministry cabinet"""
)


def _dash_before(text: str, tokens: Sequence[Token], index: int) -> bool:
    gap = text[tokens[index - 1].end : tokens[index].start]
    return any(dash in gap for dash in _DASHES) or (gap.strip() in {"-", "--"} and " " in gap)


def _without_asides(clause: list[Token], text: str) -> list[Token]:
    marks = [i for i in range(1, len(clause)) if _dash_before(text, clause, i)]
    if len(marks) < 2:
        return clause
    dropped = {i for a, b in zip(marks[::2], marks[1::2], strict=False) for i in range(a, b)}
    kept = [token for index, token in enumerate(clause) if index not in dropped]
    return kept


def _second_clause(clause: list[Token], text: str) -> int:
    """Where a ", and <subject> <speech verb>" clause starts, after a first part with a
    speech verb of its own; 0 when there is none."""
    for index in range(2, len(clause) - 1):
        token = clause[index]
        if token.norm != "and" or "," not in text[clause[index - 1].end : token.start]:
            continue
        first = clause[index + 1]
        if not (first.capitalised or first.norm in _SUBJECT_STARTS):
            continue
        if not any(speaks(clause, i) for i in range(index)):
            continue
        for verb in range(index + 2, min(index + 2 + _SUBJECT_REACH, len(clause))):
            if "," in text[clause[verb - 1].end : clause[verb].start]:
                break
            if speaks(clause, verb):
                return index + 1
    return 0


def speaking_part(clause: list[Token], text: str) -> list[Token]:
    """The clause without its dash asides, from its last ", and X said" clause on."""
    span = text[clause[0].start : clause[-1].end] if clause else ""
    if any(dash in span for dash in _DASHES):
        clause = _without_asides(clause, text)
    if ", and " in span:
        clause = clause[_second_clause(clause, text) :]
    return clause


def quoted_owner(tokens: Sequence[Token], quoted: int, between: list[Token]) -> list[Token]:
    """The one quoted in "X's office quoted him as saying" (``tokens[quoted]`` is "quoted",
    ``between`` the words before "as"): the owner of the relaying office when ``between`` is
    "him" or "her"; otherwise ``between`` itself."""
    if len(between) != 1 or between[0].norm not in _OBJECTS or quoted < 2:
        return between
    noun = quoted - 1
    while noun > 0 and tokens[noun].norm in _RELAYS and tokens[noun - 1].norm in _RELAYS:
        noun -= 1  # "Netanyahu's press office"
    if tokens[noun].norm not in _RELAYS or noun < 1:
        return between
    owner = noun - 1
    if not tokens[owner].text.lower().endswith(POSSESSIVE_ENDINGS):
        return between
    start = owner
    while start > 0 and (tokens[start - 1].capitalised or tokens[start - 1].norm in TITLES):
        start -= 1
    return list(tokens[start : owner + 1])


__all__ = [
    "aside_end",
    "aside_said",
    "leads_on",
    "own_clause",
    "quoted_owner",
    "speaking_part",
]


def own_clause(clause: list[Token]) -> bool:
    """Whether the words after a quote open a coordinated clause with a subject of its own
    ("and the department then told the authority", "but Lee said"): its speech verb is that
    subject's, about something else; "and said", "and then added" go on with the quote's."""
    if len(clause) < 3 or clause[0].norm not in COORDINATORS:
        return False
    verb = next((i for i in range(1, len(clause)) if clause[i].norm in SPEECH_VERBS), None)
    return verb is not None and any(t.norm not in FILLERS for t in clause[1:verb])


def aside_said(clause: Sequence[Token], verb: int, text: str, named: bool = False) -> bool:
    """Whether ``clause[verb]`` is a verb of saying whose subject is a pronoun right after a
    comma, after the words it reports ("Tehran would halt its strikes, he said, if ...",
    "Rudd had acted, she insisted,"): a parenthetical, whose "he" no name of the report is.
    With ``named``, a capitalised name right after the comma too ("Webb asked for more time,
    Holly Dean said, adding:"): the verb of the sentence's report, whose subject says it."""
    if verb < 2:
        return False
    start = verb - 1
    if clause[start].norm not in SUBJECT_PRONOUNS:
        if not named:
            return False
        while start > 1 and clause[start].capitalised and verb - start < _NAME_WORDS:
            if "," in text[clause[start - 1].end : clause[start].start]:
                break
            start -= 1
        if not clause[start].capitalised or clause[start].norm in TITLES:
            return False
    return "," in text[clause[start - 1].end : clause[start].start]


_NAME_WORDS = 4


def aside_end(clause: Sequence[Token], text: str) -> bool:
    """Whether a clause ends in a parenthetical verb of saying ("Carver's team had raised
    territory, he confirmed"): the clause after it, "but both sides agreed "..."", goes on
    with the same report, whoever its own subject is."""
    last = len(clause) - 1
    return last >= 2 and speaks(clause, last) and aside_said(clause, last, text)


def leads_on(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """Whether ``tokens[verb]`` is a participle of saying that ends a quote's lead-in after a
    comma ("X insisted that Y had "robbed" her side, adding: "...""): it has no subject of its
    own, so the sentence's subject says the quote, never the words before the comma."""
    if verb < 1 or verb != len(tokens) - 1 or not tokens[verb].norm.endswith("ing"):
        return False
    return "," in text[tokens[verb - 1].end : tokens[verb].start]
