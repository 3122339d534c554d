"""A wire credit line's authors, read for :mod:`summarizer.verification.bylines.metadata`'s byline
rule.

Wire trailers credit by role ("Reporting by Ana Ruiz and Tom Keller in Madrid and Li Wei;
Writing by Sara Holm; Editing by Jon Park"), and pages often lose the separators: the roles
then run together on one line ("... and Li Wei Writing by Sara Holm Editing by Jon Park"), or
the trailer runs on from the story's last sentence (" ... the official said. (Reporting by
..."), or a whole page is one line. The line is read by its role phrases, each part up to the
next one: the reporters and writers ("reporting", "writing", "words", "story", "text",
"compiled", "additional reporting") are authors, an editor, photographer, producer or
translator is not (the verdict the rule gave with separators: not credited, so unsupported).
Only the credit is a credit: a story sentence before it on its line is not (a sentence's end,
then the first role capitalised), nor one after it (the bracket it opened with closes, or a
sentence ends). A role phrase inside a sentence ("disputed the reporting by El Pais") opens
no credit: the first role of a credit is capitalised, or opens its line; such a phrase in
the prose before a credit ("The report, written by auditors, found no fraud. Reporting by
...") is skipped, and the credit read from its first role that may open one (session 14's
review: the line had lost its credit).
"""

from __future__ import annotations

import re

from ..page.tokens import Token, tokenize

_WORD = (
    r"(?:reporting|reported|writing|written|editing|edited|compiled|words|story|text|"
    r"photos?|photographs?|pictures?|graphics?|illustrations?|video|produced|production|"
    r"design(?:ed)?|fact-check(?:ing|ed)?|translat(?:ion|ed)|copy[ -]?edit(?:ing|ed)?)"
)
# "Reporting by", "Additional reporting by", "Photos and words by", "editing by".
_ROLE = re.compile(
    rf"\b(?:(?:additional|further|extra)[ \t]+)?{_WORD}"
    rf"(?:[ \t]*(?:,|and|&)[ \t]*{_WORD})*[ \t]+by\b",
    re.IGNORECASE,
)
_AUTHORING = frozenset({"reporting", "reported", "writing", "written", "words", "story", "text"})
_AUTHORING_TOO = frozenset({"compiled"})
# Characters that may open a credit before its first role: brackets, dashes, stars, bars.
_OPENERS = "([{-\u2013\u2014*|\u2022 \t"
_CLOSERS = {"(": ")", "[": "]", "{": "}"}
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
_HEADLINE_WORDS = 8
# A sentence's end inside a credit that opened with no bracket: after a word of three letters
# or more ("Li Wei. Officials said"), not after an initial ("J. Park").
_STOP = re.compile(r"(?<=[a-z]{3})[.!?](?=\s|$)")
# A page's label after the credit ("Our Standards:", "Related coverage:", "Read more:"): up to
# two words before a colon, which end the credit's last part.
_LABEL = re.compile(r"(?:\s+[\w'\u2019-]+){1,2}\s*:")
# Where a part that credits no author ends when no role follows: as the separators end it.
_SEPARATORS = re.compile(r"[;|/]")


def _authoring(role: str) -> bool:
    words = set(re.findall(r"[a-z]+", role.lower()))
    return bool(words & (_AUTHORING | _AUTHORING_TOO))


def _opens(line: str, role: re.Match[str]) -> bool:
    """Whether a role phrase may open a credit: capitalised, or first on its line after
    the characters that open a credit."""
    return role.group()[:1].isupper() or not line[: role.start()].strip(_OPENERS)


def credit_parts(line: str, offset: int) -> list[list[Token]] | None:
    """The tokens of the parts of ``line`` (at ``offset`` in the text) that credit authors, or
    None when the line holds no role credit: no role phrase, or one inside a sentence. A line
    opening "By" or saying "contributed" keeps the words before its first role as authors, as
    does a short headline run into the credit; a story sentence before it is dropped."""
    lowered = line.strip().lower()
    if " by" not in lowered and "\tby" not in lowered:
        return None  # every role phrase ends "[ \t]+by": the common line, without a regex scan
    roles = list(_ROLE.finditer(line))
    byline = lowered.startswith("by ") or "contributed" in lowered
    opening = next((at for at, role in enumerate(roles) if byline or _opens(line, role)), None)
    if opening is None:
        return None  # "disputed the reporting by El Pais": a sentence, no credit
    roles = roles[opening:]  # "The report, written by auditors, found ...": prose before
    first = roles[0]
    head = line[: first.start()]
    opener = head.rstrip(" \t")[-1:] if head.strip() else ""
    start = 0
    if byline:
        start = 0  # "By A and B Editing by C": the byline's names are authors
    elif not head.strip(_OPENERS):
        start = first.start()
    elif _SENTENCE_END.search(head.rstrip(_OPENERS)):
        start = first.start()  # "... the official said. (Reporting by": the credit only
    elif len(head.split()) > _HEADLINE_WORDS:
        return None
    end = len(line)
    if opener in _CLOSERS and line.find(_CLOSERS[opener], first.end()) >= 0:
        end = line.find(_CLOSERS[opener], first.end())
    elif (stop := _STOP.search(line, first.end())) is not None:
        end = stop.start()
    parts: list[list[Token]] = []
    if start < first.start():
        parts.append(tokenize(line[start : first.start()], offset + start))
    for index, role in enumerate(roles):
        if role.start() >= end:
            break
        until = roles[index + 1].start() if index + 1 < len(roles) else end
        until = min(until, end)
        if _authoring(role.group()):
            label = _LABEL.search(line, role.end(), until)  # "... Our Standards: The Trust"
            until = label.start() if label is not None else until
            parts.append(tokenize(line[role.end() : until], offset + role.end()))
            continue
        cut = _SEPARATORS.search(line, role.end(), until)  # "Editing by C; D contributed"
        if cut is not None:
            parts.append(tokenize(line[cut.end() : until], offset + cut.end()))
    return parts


__all__ = ["credit_parts"]
