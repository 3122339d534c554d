"""An event's day is the one its own clause holds, not another occasion's beside it (an
outside check, session 19: "That was in the joint statement on Monday, after two days of talks
on Saturday and Sunday" gave the statement's Monday to the talks; "extended ... a temporary
ceasefire until May 31, saying it would help rebuilding after the earthquake of March 28" gave
the truce's end to the quake). For an event's day (a field with no cues), the evidence is cut
into clauses (at a sentence's end, a semicolon, colon or dash, and a comma before a clause word,
a subject's article or pronoun: ", and the highway reopened", ", the envoys released"). The
day is refused when:

1. it is an end ("until May 31", "will last until", "runs to Dec. 1", "expires on") and the
   evidence holds another day: the end of something else, not the event's day (not for an aid
   pause, whose end may be its day);
2. its clause names none of the event's words (its description's and kind's) but names
   another subject or an occasion of its own ("a joint statement", "the search was called
   off", "the two armies' truce, agreed on Nov. 5"), while another clause of the evidence
   names the event's words and holds a day: that clause's day is the event's.

A clause with no subject of its own and no occasion noun ("Talks opened on Saturday, and
continued on Sunday") keeps the event's day. A sentence-opening participle phrase of the
event's actors ("Meeting online on Sunday, the eight countries agreed") is read with the clause
it opens (:func:`clause_leads.fronted_participle`), and a day that only a relative clause with a
subject of its own holds ("the Boracay, an oil tanker that the European Union blacklisted in
February": the blacklisting's) gives the event no day of that other clause (session 31, check
68).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from ..page.tokens import Token, tokenize, word_set
from .clause_leads import fronted, fronted_participle, own_occasion, participle_opens
from .day_occasions import DAY_WORDS, clause_break

ANOTHER = "the day of another occasion in its sentence"
ENDED = "the end of another thing (until)"
_ENDING = word_set("until till through")
_END_VERBS = word_set("runs run ends ended expires expire expired lapses lapse extended lasts")
_OPENERS = word_set(
    """and while but whereas after before following saying when as the a an its their his
    her they he she it we"""
)
_SUBJECTS = word_set("the a an its their his her they he she it we")
_OCCASIONS = word_set(
    """statement statements communique declaration readout briefing conference search
    reopening vote ceremony funeral election truce ceasefire pause deal agreement accord
    meeting summit visit report inquiry announcement"""
)
_PLAIN = word_set("with that from this were have been after before their there other")
_DAYS = DAY_WORDS | word_set("yesterday today tonight")


def event_occasion(
    evidence: Sequence[Sequence[Token]], index: int, first: int, text: str, own: frozenset[str],
    kind: str,
) -> str | None:  # fmt: skip
    """What the day at ``evidence[index][first]`` belongs to when another occasion owns it
    (see the module); None otherwise. ``own``: the event's description words."""
    tokens = evidence[index]
    end = _ended(tokens, first)
    if end is not None and kind != "aid_pause" and _other_day(evidence, index, first):
        back = next((i for i in range(end - 1, -1, -1) if tokens[i].norm in _DAYS), -1)
        if not _names(tokens[back + 1 : end], own):
            return ENDED  # not "Fighting raged until Friday" (the event's own end)
    clauses = [(i, c) for i, sentence in enumerate(evidence) for c in _clauses(sentence, text)]
    mine = next((c for i, c in clauses if i == index and c[0] <= first < c[1]), None)
    if mine is None:
        return None
    named = own
    if participle_opens(tokens, mine[0], text):  # "resuming the talks broken off on ...": the
        named = own - frozenset(kind.split("_"))  # kind's word names that other occasion
    if _names(tokens[mine[0] : mine[1]], named):
        return None
    words = tokens[mine[0] : mine[1]]
    if tokens[mine[0]].norm in _OPENERS:
        words = words[1:]
    subject = bool(words) and (words[0].norm in _SUBJECTS or words[0].capitalised)
    occasion = subject or any(t.norm in _OCCASIONS for t in words)
    if not occasion and not own_occasion(tokens, mine[0], first, text):  # clause_leads
        return None
    for i, (low, high) in clauses:
        if (i, (low, high)) == (index, mine):
            continue
        span = evidence[i][low:high]
        if _names(span, own) and _own_dated(span, own):
            return ANOTHER
    return None


_RELATIVES = word_set("that which whom")


def _own_dated(span: Sequence[Token], own: frozenset[str]) -> bool:
    """Whether a clause that names the event holds a day that may be its: not a day only in a
    relative clause with a subject of its own after the event's noun ("the Boracay, an oil
    tanker that the European Union blacklisted in February": the blacklisting's, check 68);
    "the talks that began on Saturday" keeps its day."""
    opened = False
    for index, token in enumerate(span):
        if token.norm in _DAYS:
            if not opened:
                return True
        elif _names(span[index : index + 1], own):
            opened = False
        elif token.norm in _RELATIVES and index + 1 < len(span):
            after = span[index + 1]
            opened = opened or after.norm in _SUBJECTS or after.capitalised
    return False


def event_words(description: str | None, kind: str | None) -> frozenset[str]:
    """The event's own words: its description's longer words and its kind."""
    words = {t.norm for t in tokenize(description or "") if len(t.norm) > 3}
    words |= {w for w in (kind or "").split("_") if len(w) > 3}
    return frozenset(words - _PLAIN)


def _names(span: Sequence[Token], own: frozenset[str]) -> bool:
    for token in span:
        norm = token.norm
        if len(norm) < 4:
            continue
        for word in own:
            if norm == word or (len(norm) >= 5 and (word.endswith(norm) or norm[:6] == word[:6])):
                return True
    return False


def _ended(tokens: Sequence[Token], first: int) -> int | None:
    """The end word before the day ("until", "runs to", "expires on"), if any."""
    for index in range(first - 1, max(first - 4, -1), -1):
        norm = tokens[index].norm
        if norm in _ENDING or norm in _END_VERBS:
            return index
        if norm == "to" and index and tokens[index - 1].norm in _END_VERBS:
            return index - 1
    return None


def _other_day(evidence: Sequence[Sequence[Token]], index: int, first: int) -> bool:
    for i, tokens in enumerate(evidence):
        for j, token in enumerate(tokens):
            if token.norm in _DAYS and not (i == index and abs(j - first) < 3):
                return True
    return False


def _clauses(tokens: Sequence[Token], text: str) -> list[tuple[int, int]]:
    """The sentence's clauses as token spans (see the module)."""
    edges = [0]
    for index in range(1, len(tokens)):
        gap = text[tokens[index - 1].end : tokens[index].start]
        opener = "," in gap and tokens[index].norm in _OPENERS
        # ", upholding the May 28 decision": a participle clause (clause_leads, check 47)
        if clause_break(tokens, index - 1, text) or opener or participle_opens(tokens, index, text):
            edges.append(index)
    edges.append(len(tokens))
    spans = [(low, high) for low, high in itertools.pairwise(edges) if high > low]
    spans = fronted(spans, tokens)  # "On Friday, August 29, the court ruled" (clause_leads)
    return fronted_participle(spans, tokens)  # "Meeting online on Sunday, the ministers"


__all__ = ["ANOTHER", "ENDED", "event_occasion", "event_words"]
