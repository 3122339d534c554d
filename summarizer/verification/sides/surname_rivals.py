"""A different person who shares a name with a meeting's party is no party (an outside check,
42: "Li Keqiang" was accepted as a party of the talks "Li Qiang" held, because the sentence
names Li Keqiang too, as the previous summit's attendee).

A sentence of a meeting's evidence that tells who met ("A met B", "A held talks with B")
gives its parties: the names in the meeting verb's clause before it (from the clause's start:
the sentence's, a ";", or an opener such as "as", "after", "where") and the name right after
it. A value that is neither, while one of them shares a name with it and is not a short form
of it ("Li" for "Li Qiang") nor it of them, is another person of that name: unsupported.
Read only where a meeting verb is in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.names import TITLES
from ..people.namewords import SENTENCE_ADVERBS

_MEETING = word_set("met meets")
_TALKS_WITH = word_set("talks")
# The words above as written, whole, in the lowered text (a token's norm is its lowered text)
_MEETING_TEXT = re.compile(r"\b(?:met|meets|talks)\b")
_OPENERS = word_set("as after before when while where whom who which that and but")
_SKIP = word_set("the a an japan's china's")


def _name_runs(tokens: Sequence[Token]) -> list[set[str]]:
    """The names among ``tokens``: runs of capitalised words (titles and an opening sentence
    adverb left out: "Afterwards Sanchez met"), a lower-case hyphened part kept with its name
    ("Soo-min"), a capitalised one starting another ("Trump-Putin" is two people)."""
    runs: list[set[str]] = []
    current: set[str] = set()
    for token in tokens:
        if token.norm in SENTENCE_ADVERBS and not current:
            continue  # "Afterwards Sanchez met": the adverb opens no name (session 30)
        if token.capitalised and token.norm not in TITLES and not token.joined:
            current.add(token.norm)
            continue
        if token.joined and current:
            if token.capitalised:
                runs.append(current)
                current = {token.norm}
            else:
                current.add(token.norm)
            continue
        if current:
            runs.append(current)
        current = set()
    if current:
        runs.append(current)
    return runs


def rival_namesake(person: str, article: ArticleText, sentences: Iterable[int]) -> str | None:
    """The name of the meeting's party that shares a name with ``person``, when ``person`` is
    not one of the parties (see the module); None otherwise. ``sentences`` are the indices of
    the evidence sentences; only those with a meeting verb are read."""
    value = {t.norm for t in tokenize(person) if t.norm not in TITLES}
    if not value:
        return None
    text = article.text
    lowered = article.lowered
    for index in sentences:
        start, end = article.sentences[index]
        written = (  # its words, found first by str.find
            lowered.find("met", start, end) >= 0
            or lowered.find("meets", start, end) >= 0
            or lowered.find("talks", start, end) >= 0
        )
        if not written or not _MEETING_TEXT.search(lowered, start, end):
            continue  # no meeting verb in the sentence: its tokens are not even read
        tokens = article.sentence_tokens(index)
        for verb, token in enumerate(tokens):
            if token.norm in _MEETING:
                after = verb + 1
            elif (
                token.norm in _TALKS_WITH
                and tokens[verb + 1 : verb + 2]
                and (tokens[verb + 1].norm == "with")
            ):
                after = verb + 2
            else:
                continue
            sides = [*_before(tokens, verb, text), *_after(tokens, after, text)]
            if any(value <= side or side <= value for side in sides):
                return None  # the value is one of those who met
            for side in sides:
                if side & value:
                    return " ".join(sorted(side))
    return None


def _before(tokens: Sequence[Token], verb: int, text: str) -> list[set[str]]:
    start = verb - 1
    while start > 0:
        gap = text[tokens[start - 1].end : tokens[start].start]
        if ";" in gap or tokens[start - 1].norm in _OPENERS:
            break
        start -= 1
    if verb and tokens[verb - 1].norm == "held":
        verb -= 1
    return _name_runs(tokens[max(start, 0) : verb])


def _after(tokens: Sequence[Token], index: int, text: str) -> list[set[str]]:
    while index < len(tokens) and (tokens[index].norm in TITLES or tokens[index].norm in _SKIP):
        index += 1
    end = index
    while end < len(tokens) and (tokens[end].capitalised or tokens[end].joined):
        end += 1
        if end < len(tokens) and set(text[tokens[end - 1].end : tokens[end].start]) & set(",;"):
            break
    return _name_runs(tokens[index:end])


__all__ = ["rival_namesake"]
