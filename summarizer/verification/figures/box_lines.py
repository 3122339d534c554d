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
  Komeito 8)" gives "LDP seats won" 39 and "Komeito seats won" 8;
- or the count's words beyond the label's (or the part's) are a count noun another line of
  the box prints, on a line whose number is no percent: "- Seats: 650" over "- Reform UK: 5"
  gives "Reform UK seats" 5.

Only an exact count is read (a line's bare number says no "about"). A count the prose
readings accept is refused (:func:`box_line_clash`) when every place its evidence states the
number is a box's number its words do not name: the line's number when the count names one
of its bracket's parts ("LDP seats won" given 47), a part's number when the count names
another part or only the line's own label ("Komeito seats won" given 39), a line's number
when another line's label fits the count better ("Labour Front: 21" for "People's Labour
Front seats"), a line whose label dates it when the count does not ("Seats won in 2019: 22"),
the total after "of", "out of" or a slash for the label's own count ("Seats contested: 125 of
the 248" is no 248 seats contested), a line whose label words the count lacks name another
occasion or measure ("Seats won last time: 14", "Seats needed for a majority: 326") or a year
the story's prose does not tell of ("Seats won in 2019: 22"; "in 2024" is this story's when
its prose says 2024). A number stated anywhere else in the evidence is left to the other
readings. The refusal reads only a box's item (prose has colons too: "capped at 5,550: 5,500
soldiers and 50 civilians"): a line marked by a bullet, a number ("2.") or a liveblog's time
stamp, or an unmarked "Label: N" line next to another one (review rvb30). One line may hold
several entries ("Labour seats: 180, Conservative seats: 20"); a bracket's parts may have a
colon ("(LDP: 39; Komeito: 8)"); a hyphened name in the count ("the Likud-led bloc") names the
whole, not the part. Both readings are line-local and run only on the fact's evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..context import Context, Result
from ..page.tokens import word_set

_LINE = re.compile(
    r"^\s*(?P<bullet>[-\u2022*\u2013\u2014]\s*)?(?P<label>[A-Za-z][^:\n]{0,80}?)\s*:\s*"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<pct>%|per\s?cent\b|percent\b)?(?P<rest>[^\n]*)$"
)
# A list item's mark other than a bullet: "2. Seats won: 47", "3) ...", a liveblog's time
# stamp "02:40 GMT — Labour seats: 180" (review rvb30).
_MARK = re.compile(
    r"^\s*(?:\d{1,2}[.)](?=\s)|\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?\s*"
    r"[-\u2013\u2014|])\s*"
)
# One line holding several "Label: N" entries: "Labour seats: 180, Conservative seats: 20".
_ENTRY_SPLIT = re.compile(r"[,;]\s+(?=[A-Z][^:,;\n]{0,60}:\s*\d)")
_PART = re.compile(
    r"^\s*(?:(?P<name>[A-Za-z][\w .'&/-]*?)\s*(?::|\s[\u2013\u2014-])?\s+"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)"
    r"|(?P<num2>\d[\d,]*(?:\.\d+)?)\s+(?P<name2>[A-Za-z][\w .'&/-]*?))\s*$"
)
# The total after a line's number: "125 of the 248", "41 out of 63", "15/21".
_TOTAL = re.compile(r"^\s*(?:(?:out\s+)?of\s+(?:the\s+)?|/\s*)(\d[\d,]*(?:\.\d+)?)")
# Label words the count lacks that make the line another occasion's or another measure's
# number: "Seats won last time: 14", "Seats needed for a majority: 326" (review rvb30).
_OTHER_TIME = word_set("last previous prior earlier former outgoing")
_OTHER_MEASURE = word_set("needed required necessary threshold target")
_SCALES = re.compile(r"^\s*(?:million|billion|trillion|thousand|hundred|m|bn|k)\b", re.I)
_SMALL = frozenset(
    {"the", "a", "an", "of", "in", "by", "for", "to", "on", "at", "its", "their", "his", "her"}
)
_PERCENT_WORDS = frozenset({"per", "cent", "percent", "share"})
_COUNT_NOUNS = frozenset({"seat", "vote", "ballot", "ward", "district", "riding", "member"})


def _stems(words: str) -> frozenset[str]:
    """The content words of a label or a count, lowercased, without plural "s". A grade
    written number/letter ("4/C", "7/A") is one word: single letters and digits are dropped,
    and "grade 4/C or above" must not read as "Grade 1/G or above" (session 35, check 74)."""
    out = set()
    for word in _WORD.findall(words.lower()):
        if word in _SMALL or len(word) == 1:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.add(word)
    return frozenset(out)


_WORD = re.compile(r"\d+/[a-z](?![a-z0-9])|[a-z0-9]+")


def _grades(stems: frozenset[str]) -> frozenset[str]:
    """The grades ("4/c", "1/g") among a label's or a count's words: a line of another grade
    than the count's ("Grade 1/G or above: 98.1%" for grade 4/C or above) is another line's."""
    return frozenset(word for word in stems if "/" in word)


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


def _entries(line: str) -> tuple[bool, list[re.Match[str]]]:
    """The "Label: N" entries of a line and whether the line is a list's item (a bullet, a
    number or a time stamp before it); the line's mark is not part of the first label."""
    mark = _MARK.match(line)
    body = line[mark.end() :] if mark else line
    cuts = [0]
    for cut in _ENTRY_SPLIT.finditer(body):  # never inside a bracket: "(LDP: 39; Komeito: 8)"
        if body.count("(", 0, cut.start()) == body.count(")", 0, cut.start()):
            cuts += [cut.start(), cut.end()]
    pieces = [body[a:b] for a, b in zip(cuts[::2], [*cuts[1::2], len(body)], strict=True)]
    matches = [m for m in map(_LINE.match, pieces) if m is not None]
    return bool(mark) or any(m.group("bullet") for m in matches[:1]), matches


@lru_cache(maxsize=64)
def _listed_lines(text: str) -> frozenset[str]:
    """The article's lines that are a box's items: a marked list item, or an unmarked
    "Label: N" line next to another such line (a box printed without bullets); a prose
    paragraph with a colon stands between blank lines and is never one."""
    rows = text.split("\n")
    shaped = [bool(_entries(row)[1]) for row in rows]
    listed = set()
    for index, row in enumerate(rows):
        marked, matches = _entries(row)
        beside = (index and shaped[index - 1]) or (index + 1 < len(rows) and shaped[index + 1])
        if matches and (marked or beside):  # the splitter may end a sentence at "2."
            mark = _MARK.match(row)
            listed.update({row.strip(), row[mark.end() :].strip() if mark else row.strip()})
    return frozenset(listed)


def _shifted(words: frozenset[str], years: frozenset[int]) -> bool:
    """Whether label (or part) words the count lacks date the number to a year the article's
    prose does not tell of (nor its date), or name another occasion or measure ("last time",
    "needed"): "Seats won in 2019: 22" in a box whose story is this year's."""
    dated = any(int(word) not in years for word in words if word.isdigit() and len(word) == 4)
    return dated or bool(words & (_OTHER_TIME | _OTHER_MEASURE))


@lru_cache(maxsize=64)
def _prose_years(text: str) -> frozenset[int]:
    """The years the article's prose (its lines that are no box item) tells of: "Labour won a
    landslide in the 2024 general election" makes a box's "Seats won in 2024" this story's."""
    listed = _listed_lines(text)
    prose = " ".join(row for row in text.split("\n") if row.strip() not in listed)
    return frozenset(int(y) for y in re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", prose))


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
    matches = [
        match for index in ctx.sentences
        for line in text[sentences[index][0] : sentences[index][1]].split("\n")
        for match in _entries(line)[1]
    ]  # fmt: skip
    for match in matches:
        if _SCALES.match(match.group("rest")):
            continue
        # the count's noun printed by another line of the box: "- Seats: 650", "- Reform UK: 5"
        units = frozenset().union(*(_stems(m.group("label")) for m in matches if m is not match))
        label = _stems(match.group("label"))
        own = wanted - _PERCENT_WORDS if match.group("pct") else wanted
        number = _number(match.group("num"))
        noun = own - label <= units & _COUNT_NOUNS and not match.group("pct")
        stated = number is not None and abs(number - float(raw)) < 1e-9
        if stated and (own == label or (label < own and noun)):
            return True, ""
        for name, part in _bracket_parts(match.group("rest")):
            rest = own - name
            named = label | (units & _COUNT_NOUNS)
            if abs(part - float(raw)) < 1e-9 and name <= own and rest and rest <= named:
                return True, ""
    return None


_NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w]|[.,]\d)")


def _misread(
    match: re.Match[str], raw: float, what: str, labels: list[frozenset[str]], years: frozenset[int]
) -> int:
    """How many of a box entry's places stating ``raw`` are a fact-box number the count's
    words ``what`` do not name (the whole for a part, a part for another or for the whole,
    the total after "of", another line's label, another year's or occasion's or measure's
    line)."""
    if _SCALES.match(match.group("rest")):
        return 0
    own = _stems(what)
    plain = _stems(re.sub(r"\S+-\S+", " ", what))  # "the Likud-led bloc" names no part
    label, head = _stems(match.group("label")), _number(match.group("num"))
    if match.group("pct"):
        own, plain = own - _PERCENT_WORDS, plain - _PERCENT_WORDS
    parts, misread = _bracket_parts(match.group("rest")), 0
    if head is not None and abs(head - raw) < 1e-9:
        whole = any(name <= plain for name, _ in parts)  # "LDP seats won" given the 47
        other = any(  # another line's label fits the count's words better
            o <= own and (label < o or (not label <= own and label & own <= o)) for o in labels
        )
        percent = bool(match.group("pct")) and not _stems(what) & _PERCENT_WORDS
        graded = _grades(label) and _grades(own) and _grades(label) != _grades(own)
        misread += whole or other or percent or graded or _shifted(label - own, years)
    for name, part in parts:
        if abs(part - raw) < 1e-9 and not name <= own:  # another part's, or the whole's
            shifted = _shifted(name - own, years)  # "(needed for majority: 61)"
            misread += own <= label or any(o <= own for o, _ in parts) or shifted
        elif abs(part - raw) < 1e-9:  # "Third Way votes" from "Opposition seats: 248 (...)"
            nouns = own & _COUNT_NOUNS
            misread += bool(nouns) and bool(label & _COUNT_NOUNS) and not nouns & label
    total = _TOTAL.match(match.group("rest"))
    if total and (_number(total.group(1)) or 0.0) == raw and own == label:  # "125 of the 248"
        misread += 1
    return misread


def box_line_clash(value: Any, what: str, ctx: Context) -> Result | None:
    """Refused when every place the fact's evidence states the count's number is a fact box's
    number its words do not name (see :func:`_misread`); None otherwise. Only a box's item
    is read (:func:`_listed_lines`): prose has colons too ("capped at 5,550: 5,500 ...")."""
    raw = getattr(value, "value", value)
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    if not _stems(what):
        return None
    text, sentences = ctx.article.text, ctx.article.sentences
    listed = _listed_lines(text)
    quoted = [e for e in getattr(ctx.parent or ctx.fact, "evidence", None) or [] if e]
    rows = [
        line for index in ctx.sentences
        for line in text[sentences[index][0] : sentences[index][1]].split("\n")
    ]  # fmt: skip
    boxed = [m for line in rows if line.strip() in listed for m in _entries(line)[1]]
    # the splitter joins unpunctuated rows: a neighbour row's labels are the box's, but only
    # the evidence's own rows state the count ("- Wards counted: 21/21" beside "15/21")
    lines = [line for line in rows if not quoted or any(line.strip() in e for e in quoted)]
    labels = [_stems(m.group("label")) for m in boxed]
    years = _prose_years(text) | ({ctx.published.year} if ctx.published else set())
    stated = misread = 0
    for line in lines:
        stated += sum(abs((_number(n) or -1.0) - float(raw)) < 1e-9 for n in _NUMBER.findall(line))
        if line.strip() in listed:
            misread += sum(_misread(m, float(raw), what, labels, years) for m in _entries(line)[1])
    if not stated or misread < stated:
        return None
    return False, f"{float(raw):g} is a fact box's number of another label or part than {what!r}"
