"""A transcript's speaker labels, read for :mod:`summarizer.verification.quotes.speakers`.

In a transcript ("THE PRESIDENT: Maybe the Prime Minister should answer that. PRIME
MINISTER MORI: Yes, we agreed.") every word after a label is the label's holder's, up to the
next label, across line breaks: a line with no label goes on with the turn before it. What the
line itself mentions ("the Prime Minister") is never its speaker; no speech verb is read.

A label is a run of words in capitals before a colon, at a line's start or after a sentence's
end ("MR. KIRBY:", "SECRETARY RUBIO:", "PRIME MINISTER MORI:", "THE PRESIDENT:", "Q:"), or
a line-opening mixed-case one with a title ("Secretary Rubio:"), or any name on a line of
its own before a timestamp ("Hallie Jackson (00:24):", as transcript services print turns;
check 22's second paragraph of a turn). An article is read as a
transcript only when at least two labels hold a title, an honorific or a questioner word, so a
dateline ("NEW DELHI:") or a lone "UPDATE:" makes none; such capitals still end a turn. The
holder: the person a label names ("MORI", "MR. KIRBY"); a title alone ("THE PRESIDENT") stands
for whom the article named with that title; a questioner ("Q", "QUESTION", "REPORTER") is a
reporter, no one the article names. Only words outside quotation marks are read so: a quote
in marks keeps its own attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.names import PARTICLES, TITLES, find_named
from ..sentences.clauses import Verdict
from .interview_intros import answer_verdict, qa_turn

_CAPS_WORD = r"[A-Z][A-Z'\u2019.\-]*"
_LABEL = re.compile(
    rf"(?m)(?:^|(?<=[.?!\u201d\"')\]][ \t])|(?<=[.?!\u201d\"')\]][ \t]{{2}}))[ \t]*"
    rf"({_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,4}}):[ \t\n]"
    r"|^[ \t]*((?:[A-Z][a-z]+\.?[ \t]+){1,3}[A-Z][\w'\u2019\-]*):[ \t]"
    # a timestamped label on its own line ("Hallie Jackson (00:24):", "Speaker 3 (01:02:07):")
    r"|^[ \t]*((?:[A-Z][\w'\u2019\-]*[ \t]+){0,3}[A-Z0-9][\w'\u2019\-]*)"
    r"[ \t]+\(\d{1,2}:\d{2}(?::\d{2})?\):[ \t]*$"
)
_END = re.compile(r"\((?:end|END)[ \t]+(?:transcript|TRANSCRIPT)\)|^END\b", re.MULTILINE)
_ANSWERS = frozenset({"A", "ANSWER"})
_QUESTIONERS = frozenset({"q", "question", "questioner", "reporter", "audience", "participant"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "secretary", "ambassador", "moderator"})
# Descriptions a questioner's line supports ("a reporter asked").
_REPORTER_WORDS = frozenset({"reporter", "reporters", "journalist", "journalists", "questioner"})


class _Label(NamedTuple):
    start: int  # where the label's first word starts
    end: int  # right after its colon: the turn starts here
    words: tuple[str, ...]  # its words' normal forms; () for a boundary only
    text: str  # as written


def turn_verdict(article: ArticleText, offset: int, parts: list[str]) -> tuple[Verdict, int]:
    """Who holds the transcript turn ``offset`` stands in: ("yes" | "other" | "title:X",
    where the label starts), or ("none", 0) outside any labelled turn (not a transcript,
    before its first label, after its end)."""
    labels = _labels(article)
    index = bisect_right([label.end for label in labels], offset) - 1
    if index >= 0 and labels[index].words:
        label = labels[index]
        return _holder(label, parts), label.start
    if index >= 0 and labels[index].text in _ANSWERS:  # "A:": the one the intro interviews
        return answer_verdict(article, labels[0].start, parts), labels[index].start
    if not labels and (turn := qa_turn(article, offset)) is not None:  # "Q.", "**A:**"
        kind, start, first = turn
        if kind == "q":
            return _holder(_Label(start, start, ("q",), "Q"), parts), start
        return answer_verdict(article, first, parts), start
    owner = _briefing_owner(article)  # before any label: the transcript's announced speaker
    if owner is not None and owner.start <= offset < owner.end:
        return ("yes" if all(find_named(p, owner.words) for p in parts) else "other"), 0
    return "none", 0


class _Owner(NamedTuple):
    start: int  # right after the announcing sentence
    end: int  # the first label, an end mark, or the article's end
    words: tuple[Token, ...]  # the owner's name and titles


# Words that may stand before "transcript" in a sentence announcing one: "The following is a
# near-verbatim transcript of ...", "Transcript of ...", "Below is an edited transcript ...".
_ANNOUNCING = word_set(
    """the following is a an near verbatim full edited unofficial official partial below here
    this complete rush"""
)
_NAME_ENDS = frozenset(",;.:!?(")
# A question's line that no label regex reads as one ("Question: Will the truce hold?").
_ASKED = re.compile(r"(?mi)^[ \t]*(?:q|question|questioner|reporter|journalist)\b[^:\n]{0,30}:")


def _briefing_owner(article: ArticleText) -> _Owner | None:
    """The speaker of a transcript announced by one of the article's first three sentences
    ("The following is a near-verbatim transcript of today's noon briefing by Stephane
    Dujarric, Spokesman for the Secretary-General.", check 24): the name after "by", followed
    by the sentence's end or a comma, never by more of a clause ("A transcript of the briefing
    by Ali Khan was posted online" tells a story). The lines after it, outside quotation
    marks and up to the first label, are that speaker's."""
    key = "transcript-owner"
    if key not in article.memo:
        article.memo[key] = _read_owner(article)
    found: _Owner | None = article.memo[key]
    return found


def _read_owner(article: ArticleText) -> _Owner | None:
    text = article.text
    for sentence in range(min(3, len(article.sentences))):
        tokens = article.sentence_tokens(sentence)
        at = next((i for i, t in enumerate(tokens[:8]) if t.norm == "transcript"), None)
        if at is None or any(t.norm not in _ANNOUNCING for t in tokens[:at]):
            continue
        by = next(
            (i for i in range(at + 1, min(at + 14, len(tokens))) if tokens[i].norm == "by"), None
        )
        if by is None:
            return None
        words: list[Token] = []
        for index in range(by + 1, min(by + 9, len(tokens))):
            token = tokens[index]
            if not (token.capitalised or token.norm in TITLES or token.norm in PARTICLES):
                return None  # "by Ali Khan was posted online": a clause, not a header
            words.append(token)
            after = text[token.end : tokens[index + 1].start] if index + 1 < len(tokens) else "."
            if any(char in _NAME_ENDS for char in after):
                break
        if not any(t.capitalised and t.norm not in TITLES for t in words):
            return None
        start = article.sentences[sentence][1]
        marks = (_LABEL.search(text, start), _END.search(text, start), _ASKED.search(text, start))
        ends = [m.start() for m in marks if m is not None]
        return _Owner(start, min(ends, default=len(text)), tuple(words))
    return None


def _holder(label: _Label, parts: list[str]) -> Verdict:
    words = [word for word in label.words if word != "the"]
    if words[0] in _QUESTIONERS:
        wanted = {t.norm for part in parts for t in tokenize(part)}
        return "yes" if len(parts) == 1 and wanted & _REPORTER_WORDS else "other"
    if all(word in TITLES for word in words):  # "THE PRESIDENT": whom the article calls so
        titles = [t.text for t in tokenize(label.text) if t.norm != "the"]
        return "title:" + " ".join(word.capitalize() for word in titles)
    tokens = tokenize(label.text)
    return "yes" if all(find_named(part, tokens) for part in parts) else "other"


def _labels(article: ArticleText) -> list[_Label]:
    """The article's labels and turn ends in order; empty when it is no transcript. Read
    once per article, and only for a quote standing outside quotation marks."""
    key = "transcript-labels"
    known: list[_Label] | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = _read_labels(article.text)
    return known


def _read_labels(text: str) -> list[_Label]:
    if ":" not in text:
        return []
    found: list[_Label] = []
    titled = 0
    for match in _LABEL.finditer(text):
        group = next(number for number in (1, 2, 3) if match.group(number) is not None)
        written = match.group(group)
        words = tuple(token.norm for token in tokenize(written))
        if not words:
            continue
        speaking = group == 3 or _speaking(words)  # a timestamp marks a turn, as a title does
        if group == 2 and not speaking:
            continue  # "Key points:": mixed case is a label only with a title
        titled += speaking or written in _ANSWERS  # "Q:" and "A:" make an interview's turns
        found.append(_Label(match.start(group), match.end(), words if speaking else (), written))
    if titled < 2:
        return []
    for match in _END.finditer(text):
        found.append(_Label(match.start(), match.end(), (), match.group()))
    found.sort()
    return _with_named(found)


def _speaking(words: tuple[str, ...]) -> bool:
    """Whether a label's words name a speaker: a title, an honorific or a questioner."""
    return any(w in TITLES or w in _HONORIFICS or w in _QUESTIONERS for w in words)


def _with_named(found: list[_Label]) -> list[_Label]:
    """Name-only labels ("MORI:") in an article that is a transcript speak too, unless they
    stand before its first titled label (a dateline: "WASHINGTON:")."""
    first = next((i for i, label in enumerate(found) if label.words), len(found))
    return [
        label
        if label.words
        or index < first
        or label.text.startswith("(")
        or label.text == "END"
        or label.text in _ANSWERS  # "A:" answers an interviewer: who, the intro says
        else label._replace(words=tuple(t.norm for t in tokenize(label.text)))
        for index, label in enumerate(found)
    ]
