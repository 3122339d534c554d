"""Lines that credit the outlet a story comes from, read for the article's ``outlet``
(:func:`summarizer.verification.bylines.metadata.support_outlet`; an outside check, 34).

A page that carries another outlet's story says so in a line of its own, most often under
the text: "Originally published by Radio Free Asia", "This story first appeared in The
Guardian", "Republished with permission from Reuters", "Source: Xinhua", "Courtesy of Al
Jazeera". The outlet rule read only short lines at the page's edges, so such a line followed
by a list of related stories, or written as a full sentence ("This article was originally
published by X and is republished here with permission."), supported nothing.

A credit line opens with one of these phrases (after a bracket, a star or an underscore of
the page's markup), on a line of its own or after the stop of the story's last sentence on
its line:

- "(This article|story|... was|is|has been) originally|first published|appeared|ran|posted
  in|on|by|at X";
- "(Re)published with (kind) permission of|from X", "... courtesy of X", "... by arrangement
  with X", "republished|reprinted|reproduced (with permission) from X";
- "Read the original article|story at|on|in X", "The original version of this story was
  published by X", "Story courtesy of X";
- "Source: X", "Sources: X, Y" (also "X/Y"), "Courtesy (of) X": only the label and the names,
  on a line of their own ("Source: a senior official" names no outlet; "Photo courtesy of X",
  a caption's credit, opens otherwise and names a picture's source).

X is the run of capitalised words after the phrase (joined by "of", "and", "&", "for", "the"
when a capitalised word follows; "The Guardian", "Radio Free Europe/Radio Liberty" as far as
the slash), or an abbreviation in brackets right after it ("Radio Free Asia (RFA)"). The
outlet is supported when its words (without "the") are X's. A mention of the outlet anywhere
else ("Radio Free Asia first reported the talks", "told Reuters") is not such a line. A
credited outlet is also the page's publisher against an outlet named only as the one told
(:func:`summarizer.verification.bylines.told_outlets.other_publisher`).
"""

from __future__ import annotations

import re

from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import tokenize

_KIND = r"(?:article|story|report|piece|post|interview|analysis|commentary|column|op-ed|feature)"
_FIRST = re.compile(
    rf"(?:this\s+{_KIND}\s+(?:was\s+|is\s+|has\s+been\s+)?)?(?:originally|first)\s+"
    r"(?:published|appeared|ran|posted|printed|aired)\s+(?:in|on|by|at|with)\s+",
    re.IGNORECASE,
)
_PERMITTED = re.compile(
    rf"(?:this\s+{_KIND}\s+(?:was\s+|is\s+)?)?(?:re)?(?:published|printed|posted)\s+(?:here\s+)?"
    r"(?:with\s+(?:the\s+)?(?:kind\s+)?permission\s+(?:of|from)|courtesy\s+of|"
    r"by\s+arrangement\s+with)\s+",
    re.IGNORECASE,
)
_FROM = re.compile(
    rf"(?:this\s+{_KIND}\s+(?:was\s+|is\s+)?)?(?:republished|reprinted|reproduced)\s+(?:here\s+)?"
    r"(?:with\s+(?:the\s+)?permission\s+)?from\s+",
    re.IGNORECASE,
)
_ORIGINAL = re.compile(
    rf"(?:read\s+the\s+original\s+{_KIND}\s+(?:at|on|in)"
    rf"|(?:an?\s+|the\s+)?(?:original\s+|earlier\s+)?version\s+of\s+this\s+{_KIND}\s+"
    r"(?:was\s+)?(?:first\s+|originally\s+)?(?:published|appeared|ran)\s+(?:in|on|by|at)"
    rf"|(?:this\s+)?{_KIND}\s+courtesy\s+of)\s+",
    re.IGNORECASE,
)
_PHRASES = (_FIRST, _PERMITTED, _FROM, _ORIGINAL)
# "Source: Xinhua", "Courtesy of Al Jazeera": the label and the name make the whole line.
_LABEL = re.compile(r"(?:sources?\s*:|courtesy(?:\s+of)?\s*:?)\s*", re.IGNORECASE)
_MARKUP = "([*_ \t\u2014\u2013-"
_SENTENCE_STOP = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+")
# A capitalised word: a stop inside it ("Dawn.com", "U.S") but none ending it, which ends the
# sentence ("Republished with permission from Reuters. All rights reserved.").
_WORD = r"[A-Z](?:[\w&'\u2019-]|\.(?=\w))*"
_NAME = re.compile(rf"(?:[Tt]he\s+)?{_WORD}(?:(?:\s+(?:of|and|&|for|the|de))*\s+{_WORD})*")
_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")
_NOT_NAMES = frozenset(MONTH_NUMBER) | frozenset(WEEKDAYS)
_LIST = re.compile(r"\s*(?:[/,;&]|\band\b)\s*")
# A word (or its start) that every phrase above and the label need, one at least.
_CUES = ("source", "courtesy", "first", "original", "publish", "printed", "posted", "reproduc",
         "version")  # fmt: skip
_LABEL_WORDS = 6  # a label's name: "Source: Xinhua", "Courtesy of Al Jazeera English"


def _names_at(line: str, at: int) -> list[str]:
    """The name after a credit phrase ending at ``line[at]`` and its bracketed abbreviation."""
    match = _NAME.match(line, at)
    if match is None:
        return []
    name = match.group()
    if tokenize(name)[0].norm in _NOT_NAMES and len(tokenize(name)) == 1:
        return []  # "first published in March": a month, no outlet
    found = [name]
    short = _ABBREVIATION.match(line, match.end())
    if short is not None:
        found.append(short[1])
    return found


def _in_line(line: str) -> list[str]:
    """The outlets one line credits (see the module)."""
    if line.isascii():  # each phrase and label needs a cue word (other letters may fold to ASCII)
        lowered = line.lower()  # once per line, not once per cue
        if not any(word in lowered for word in _CUES):
            return []
    body = line.strip().lstrip(_MARKUP)
    label = _LABEL.match(body)
    if label is not None:  # "Source: Xinhua", "Sources: Reuters, AFP", "Source: Xinhua/ANI"
        rest = body[label.end() :].rstrip(" .*_")
        if rest.count("(") < rest.count(")") or rest.endswith("]"):
            rest = rest[:-1].rstrip(" .")  # "(Source: Xinhua)", "[Courtesy of Gulf Channel]"
        if len(rest.split()) > _LABEL_WORDS:
            return []
        found: list[str] = []
        for part in _LIST.split(rest):
            names = _names_at(part, 0)
            if not names or _ABBREVIATION.sub("", part).strip() != names[0]:
                return []  # "Source: a senior official": no outlet's name, or more than one
            found += names
        return found
    starts = [0] + [stop.end() for stop in _SENTENCE_STOP.finditer(body)]
    for start in starts:
        for phrase in _PHRASES:
            opened = phrase.match(body, start)
            if opened is not None and (start == 0 or body[start].isupper()):
                return _names_at(body, opened.end())
    return []


def credited_outlets(article: ArticleText) -> list[str]:
    """Every outlet the page's credit lines name, as written; read once per article."""
    found: list[str] | None = article.memo.get("origin-credits")
    if found is None:
        found = [name for line in article.text.split("\n") for name in _in_line(line)]
        article.memo["origin-credits"] = found
    return found


def _words(name: str) -> tuple[str, ...]:
    return tuple(token.norm for token in tokenize(name) if token.norm != "the")


def credits_outlet(value: str, article: ArticleText) -> bool:
    """Whether a credit line names ``value`` as the story's outlet."""
    wanted = _words(value)
    return bool(wanted) and any(_words(name) == wanted for name in credited_outlets(article))


__all__ = ["credited_outlets", "credits_outlet"]
