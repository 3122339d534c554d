"""A count read from a fact box's "Label: N" line (outside check 66), for the count rule
(:func:`summarizer.verification.counts.number_rules.support_count`).

Explainers print their numbers as a list of short lines under a heading ("THE NUMBERS"):
"- Seats contested: 125 of the 248 in the chamber", "- Seats the coalition won: 47 (LDP 39,
Komeito 8)". The label before the colon is what the number after it counts, however far the
label's words stand from it in prose terms, so the prose readings (a cue word next to the
number) miss such a line. A count is read from one when:

- its words are the label's words (small words and plural endings aside; "per cent" aside
  for a line whose number is in percent), and the number is the first thing after the colon:
  "Seats contested: 125 of the 248" is 125 seats contested, never 248;
- or its words are a bracketed part's name plus some of the label's words, and the number is
  that part's in the bracket after the line's number: "Seats the coalition won: 47 (LDP 39,
  Komeito 8)" gives "LDP seats won" 39 and "Komeito seats won" 8.

Only an exact count is read (a line's bare number says no "about"). A count the prose
readings accept is refused (:func:`box_line_clash`) when every place its evidence states the
number is a box's number its words do not name: the line's number when the count names one
of its bracket's parts ("LDP seats won" given 47), a part's number when the count names
another part or only the line's own label ("Komeito seats won" given 39), a line's number
when another line's label fits the count better ("Labour Front: 21" for "People's Labour
Front seats"), a line whose label dates it when the count does not ("Seats won in 2019: 22"),
the total after "of" for the label's own count ("Seats contested: 125 of the 248" is no 248
seats contested). A number stated anywhere else in the evidence is left to the other
readings. The refusal reads only a bulleted line (prose has colons too: "capped at 5,550:
5,500 soldiers and 50 civilians"). Both readings are line-local and run only on the fact's
evidence sentences.
"""

from __future__ import annotations

import re
from typing import Any

from ..context import Context, Result

_LINE = re.compile(
    r"^\s*(?P<bullet>[-\u2022*\u2013\u2014]\s*)?(?P<label>[A-Za-z][^:\n]{0,80}?)\s*:\s*"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<pct>%|per\s?cent\b|percent\b)?(?P<rest>[^\n]*)$"
)
_PART = re.compile(
    r"^\s*(?:(?P<name>[A-Za-z][\w .'&/-]*?)\s+(?P<num>\d[\d,]*(?:\.\d+)?)"
    r"|(?P<num2>\d[\d,]*(?:\.\d+)?)\s+(?P<name2>[A-Za-z][\w .'&/-]*?))\s*$"
)
_SCALES = re.compile(r"^\s*(?:million|billion|trillion|thousand|hundred|m|bn|k)\b", re.I)
_SMALL = frozenset(
    {"the", "a", "an", "of", "in", "by", "for", "to", "on", "at", "its", "their", "his", "her"}
)
_PERCENT_WORDS = frozenset({"per", "cent", "percent", "share"})
_COUNT_NOUNS = frozenset({"seat", "vote", "ballot", "ward", "district", "riding", "member"})


def _stems(words: str) -> frozenset[str]:
    """The content words of a label or a count, lowercased, without plural "s"."""
    out = set()
    for word in re.findall(r"[a-z0-9]+", words.lower()):
        if word in _SMALL or len(word) == 1:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.add(word)
    return frozenset(out)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _bracket_parts(rest: str) -> list[tuple[frozenset[str], float]]:
    """The named parts in a bracket right after a line's number: "(LDP 39, Komeito 8)"."""
    match = re.match(r"^\s*\(([^()]*)\)", rest)
    if match is None:
        return []
    parts = []
    for entry in re.split(r",|;|\band\b", match.group(1)):
        found = _PART.match(entry)
        if found is None:
            return []  # not a list of named parts ("(up from 41 in 2019)")
        name = found.group("name") or found.group("name2") or ""
        number = _number(found.group("num") or found.group("num2") or "")
        if number is None or not _stems(name):
            return []
        parts.append((_stems(name), number))
    return parts


def box_line_count(value: Any, what: str, ctx: Context) -> Result | None:
    """Accepted when a fact box's line of the fact's evidence states the count under its own
    label (see the module); None otherwise (the other readings decide)."""
    raw = getattr(value, "value", value)
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    if getattr(value, "qualifier", "exact") != "exact":
        return None
    wanted = _stems(what)
    if not wanted:
        return None
    text = ctx.article.text
    sentences = ctx.article.sentences
    for index in ctx.sentences:
        start, end = sentences[index]
        for line in text[start:end].split("\n"):
            match = _LINE.match(line)
            if match is None or _SCALES.match(match.group("rest")):
                continue
            label = _stems(match.group("label"))
            own = wanted - _PERCENT_WORDS if match.group("pct") else wanted
            number = _number(match.group("num"))
            if own == label and number is not None and abs(number - float(raw)) < 1e-9:
                return True, ""
            for name, part in _bracket_parts(match.group("rest")):
                rest = own - name
                if abs(part - float(raw)) < 1e-9 and name <= own and rest and rest <= label:
                    return True, ""
    return None


_NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w]|[.,]\d)")


def _misread(line: str, raw: float, own: frozenset[str], labels: list[frozenset[str]]) -> int:
    """How many of the line's places stating ``raw`` are a fact-box number the count's words
    ``own`` do not name (the whole for a part, a part for another or for the whole, the total
    after "of", another line's label); 0 when the line is no fact box's line."""
    match = _LINE.match(line)  # a bulleted line only: prose has colons too ("capped at 5,550:")
    if match is None or not match.group("bullet") or _SCALES.match(match.group("rest")):
        return 0
    label, head = _stems(match.group("label")), _number(match.group("num"))
    own = own - _PERCENT_WORDS if match.group("pct") else own
    parts, misread = _bracket_parts(match.group("rest")), 0
    if head is not None and abs(head - raw) < 1e-9:
        whole = any(name <= own for name, _ in parts)  # "LDP seats won" given the 47
        other = any(o <= own and (label < o or not label <= own) for o in labels)  # another's
        dated = any(word.isdigit() for word in label - own)  # "Seats won in 2021: 19"
        misread += whole or other or dated
    for name, part in parts:
        if abs(part - raw) < 1e-9 and not name <= own:  # another part's, or the whole's
            misread += own <= label or any(other <= own for other, _ in parts)
        elif abs(part - raw) < 1e-9:  # "Third Way votes" from "Opposition seats: 248 (...)"
            nouns = own & _COUNT_NOUNS
            misread += bool(nouns) and bool(label & _COUNT_NOUNS) and not nouns & label
    total = re.match(r"^\s*of\s+(?:the\s+)?(\d[\d,]*(?:\.\d+)?)", match.group("rest"))
    if total and (_number(total.group(1)) or 0.0) == raw and own == label:  # "125 of the 248"
        misread += 1
    return misread


def box_line_clash(value: Any, what: str, ctx: Context) -> Result | None:
    """Refused when every place the fact's evidence states the count's number is a fact box's
    number its words do not name (see :func:`_misread`); None otherwise."""
    raw = getattr(value, "value", value)
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    own = _stems(what)
    if not own:
        return None
    text, sentences = ctx.article.text, ctx.article.sentences
    lines = [
        line for index in ctx.sentences
        for line in text[sentences[index][0] : sentences[index][1]].split("\n")
    ]  # fmt: skip
    found = [m for m in map(_LINE.match, lines) if m is not None and m.group("bullet")]
    labels = [_stems(m.group("label")) for m in found]
    stated = misread = 0
    for line in lines:
        stated += sum(abs((_number(n) or -1.0) - float(raw)) < 1e-9 for n in _NUMBER.findall(line))
        misread += _misread(line, float(raw), own, labels)
    if not stated or misread < stated:
        return None
    return False, f"{float(raw):g} is a fact box's number of another label or part than {what!r}"
