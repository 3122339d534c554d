"""Bylines behind a label, read for the article's ``byline`` through
:mod:`summarizer.verification.bylines.credit_forms` (an outside check, 40).

Outlets put a label before the writer's name, in three grammatical shapes:

- *a kind of piece, then "by"*: "Column by X", "Opinion | By X", "Guest essay by X", "A
  commentary by X", "Analysis by X and Y (Kyiv and Warsaw)". Any label of one to three
  words credits the writer, except a label of other work (photographs, illustration,
  graphics, video, editing, translation, design): "Photographs by X" credits a
  photographer, not the piece's author;
- *a writing label and a colon*: "Words: X", "Text: X", "Words and pictures: X",
  "Reporter: X", "Author: X" (a label of other work with a colon, "Photos: X", credits no
  writer);
- *the writer as the subject of a reporting verb*: "X reports from Kyiv", "X writes",
  "X, reporting from Gaza City".

Each is one of the page's first lines (:func:`credit_forms._head`: short and no sentence),
so a sentence of the story ("Jane Doe reports from the front that ...", ending in a stop)
is never one. Names end before a comma, a bracket, "in", "for" or a bar: "(Kyiv and
Warsaw)" after the names is where they filed from, not another author.
"""

from __future__ import annotations

import re

from ..page.tokens import Token, tokenize, word_set

_NAME = r"[A-Z][\w'\u2019.-]+(?:[ \t]+(?:de|da|van|von|al|el|bin)?[ \t]*[A-Z][\w'\u2019.-]+){1,3}"
_NAMES = rf"{_NAME}(?:[ \t]*,[ \t]*{_NAME})*(?:,?[ \t]+(?:and|&)[ \t]+{_NAME})?"
_TAIL = r"(?:[ \t]*(?:[,|(\u2013\u2014]|[ \t]-[ \t]|[ \t](?:in|for|at|with)[ \t]).*)?[ \t]*"
_LABEL_BY = re.compile(
    r"[ \t*_]*(?P<label>[A-Za-z][\w'-]*(?:[ \t]+[A-Za-z][\w'-]*){0,2})"
    r"[ \t]*(?:[|:\u2013\u2014][ \t]*)?"
    rf"(?i:by)[ \t]+(?P<names>{_NAMES}){_TAIL}"
)
_LABEL_COLON = re.compile(
    r"[ \t*_]*(?i:(?:words|text|story|report|reporting|writer|written|author|authors|"
    r"reporter|reporters|byline)(?:[ \t]+(?:and|&)[ \t]+[a-z]+)?)[ \t]*:[ \t]*"
    rf"(?P<names>{_NAMES}){_TAIL}"
)
_SUBJECT = re.compile(
    rf"[ \t*_]*(?P<names>{_NAMES})[ \t]*,?[ \t]+(?i:reports|writes|reporting|writing)"
    r"(?:[ \t]+(?i:from|in)[ \t]+[A-Z][^.!?]*)?[ \t]*"
)
_CUES = ("by ", "report", "writ")
# Labels of work other than the writing: their "by" credits someone else.
_OTHER_WORK = word_set(
    """photo photos photograph photographs photography pictures picture images image
    illustration illustrations illustrated graphic graphics video videos cartoon editing
    edited translated translation design designed produced production animation map maps
    chart charts data"""
)


def label_authors(lines: list[tuple[int, str]]) -> list[list[Token]]:
    """The names credited by a labelled byline among the page's first lines (offset, line),
    as tokens at their offsets."""
    found: list[list[Token]] = []
    for start, line in lines:
        lowered = line.lower()
        if ":" not in line and not any(cue in lowered for cue in _CUES):
            continue  # cheap: none of the three shapes
        match = _LABEL_BY.fullmatch(line)
        if match is not None:
            label = {word.lower() for word in match.group("label").split()}
            if label & _OTHER_WORK or "by" in label:
                continue
        else:
            match = _LABEL_COLON.fullmatch(line) or _SUBJECT.fullmatch(line)
        if match is not None:
            found.append(tokenize(match.group("names"), start + match.start("names")))
    return found


__all__ = ["label_authors"]
