"""A count read from a fact box's "Label: $N million" line whose label names only part of the
count (session 63, the false-alarm writer ct63: seen checks 94, 100 and 125), for the count rule
(:func:`summarizer.verification.counts.count_occasions.support_occasion_count`).

:mod:`figures.box_lines` reads a box's line when the count's words are the label's and the
number is bare ("- Seats won: 47"). Boxes of money and of shares print the line differently:
the number carries a currency sign and a scale ("- Individuals: $392 billion", "Fire
department: $24.98 million"), and the label names only *whose* the number is, while what is
counted ("giving", "budget", "shares") is said by the story around the box ("How the shares
are split:"). A count is read from such a line when:

- the line is a box's item: marked by a bullet, or beside another "Label: N" line; entries
  of one row split at " | " ("Police department: $32.03 million | Fire department: ...");
- its label has no digit (no year, no item number) and every content word of it is the
  count's, or its ``as_of``'s ("Homes in inventory at quarter end: 38,400" for "homes in
  inventory" as of "quarter end"); a count with a time of its own (a year in its words, an
  ``as_of``) needs the label to hold it, and a label that is the count's head noun names the
  whole, not the count's part ("- Seats: 650" is no "Labour seats");
- a row of " | " cells one of which has no label is a table's row (columns), never read;
- the number right after the colon (a currency sign before it, a scale after it) is the
  count's value, and no other number of the entry, save a percent or a part after "of which",
  stands beside it ("Reservists: 2,500 in 2025, 12,800 in 2035" gives neither year's);
- every count word the label lacks is told by the article outside the box (the story's
  "budget" for "fire department budget") and is no word of another entry's label ("total
  giving by individuals and foundations" is no "Individuals" line's), no word of a change or
  of another measure ("increase", "previous", "needed", "average") and no percent word.

It only accepts: another entry's number, another line's, a number after the head one, a
number whose label the count does not hold stay with the other readings.
"""

from __future__ import annotations

import re
from typing import Any

from ..context import Context, Result
from ..page.tokens import word_set

_BULLET = re.compile(r"^\s*[-\u2022*\u2013\u2014]\s*")
_ENTRY = re.compile(
    r"^(?P<label>[A-Za-z][^:\n]{0,80}?)\s*:\s*(?P<cur>(?:[A-Z]{0,3}[$\u00a3\u20ac\u00a5])?)"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)(?P<scale>\s*(?:million|billion|trillion|thousand|m|bn|k)\b)?"
    r"(?P<rest>.*)$",
    re.I,
)
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}
_SCALES["trillion"] = 1e12
_NUMBER = re.compile(
    r"(?<![\w.])[$\u00a3\u20ac]?\d[\d,]*(?:\.\d+)?(?P<pct>\s*(?:%|per\s?cent|percent))?"
)
_WORD = re.compile(r"[a-z]+")
_SMALL = word_set("""the a an of in by for to on at its their his her and or from with as each""")
# Count words that make the line's number another measure's than the count's.
_OTHER = word_set(
    """increase decrease rise fall cut change growth gain loss drop up down more fewer less
    difference gap previous prior last earlier former before needed required target expected
    forecast projected average median per cent percent rate ratio proportion total overall
    combined all other rest remaining lost gained fell rose dropped climbed shed"""
)
# A number the line prints as a share or a rate ("- Individuals: 64%", "$1,240 per donor").
_RATE = re.compile(r"^\s*(?:%|per\s?cent\b|percent\b|per\b|a\s+head\b|each\b|/)", re.I)
# A box's heading ("VOTES (THOUSANDS)", "INJURED") names what its numbers measure, unless it
# asks a question ("How the shares are split:") or names only that they are figures.
_ASKS = re.compile(r"^\W*(?:how|what|where|who|whom|which|why|when)\b", re.I)
_GENERIC = word_set(
    """number figure key fact glance breakdown detail data statistic stat result main so far
    latest quarter year month week day annual today thousand million billion tonne unit"""
)
# A stage of a sum or a count the label does not name: told by the heading, or another measure
# ("approved" under "What each department asked for").
_STAGES = word_set(
    """approved requested proposed planned pledged promised delivered paid spent allocated
    received raised collected disbursed budgeted sought asked granted awarded"""
)


def _stems(words: str) -> frozenset[str]:
    """Content words, lowercased, without a plural ending ("Individuals" -> "individual")."""
    out = set()
    for word in _WORD.findall(words.lower()):
        if word in _SMALL or len(word) == 1:
            continue
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.add(word)
    return frozenset(out)


def _entries(row: str) -> list[re.Match[str]]:
    """A row's "Label: N" entries, its bullet aside, split at " | "."""
    bullet = _BULLET.match(row)
    body = row[bullet.end() :] if bullet else row
    found = [_ENTRY.match(piece.strip()) for piece in body.split(" | ")]
    if len(found) > 1 and None in found:  # a table's row: "Fire: $24m | $22m" (two columns)
        return []
    return [m for m in found if m]


def _box(text: str, memo: dict[object, Any]) -> tuple[dict[str, int], list[list[re.Match[str]]]]:
    """The article's box rows (a row's text -> its index) and each row's entries, read once."""
    known: tuple[dict[str, int], list[list[re.Match[str]]]] | None = memo.get("label_sums")
    if known is None:
        rows = text.split("\n")
        entries = [_entries(row) for row in rows]
        boxed: dict[str, int] = {}
        for index, row in enumerate(rows):
            beside = any(0 <= j < len(rows) and entries[j] for j in (index - 1, index + 1))
            if entries[index] and (_BULLET.match(row) or beside):
                boxed[row.strip()] = index
        known = memo["label_sums"] = (boxed, entries)
    return known


def _block(index: int, entries: list[list[re.Match[str]]]) -> range:
    """The run of box rows around row ``index`` (the box the row is in)."""
    low = high = index
    while low > 0 and entries[low - 1]:
        low -= 1
    while high + 1 < len(entries) and entries[high + 1]:
        high += 1
    return range(low, high + 1)


def _alone(rest: str) -> bool:
    """Whether an entry's rest holds no number beside its head one, save a percent or a part
    after "of which" ("- Bequests: $45.84 billion, down 1.6%")."""
    for found in _NUMBER.finditer(rest):
        if found.group("pct") or re.search(r"\bof\s+(?:which|them)\s*$", rest[: found.start()]):
            continue
        return False
    return True


def _prose(text: str, block: range, memo: dict[object, Any]) -> frozenset[str]:
    """The words of the article outside one box, read once per box."""
    known: frozenset[str] | None = memo.get(("label_sums", block.start))
    if known is None:
        rows = text.split("\n")
        known = _stems(" ".join(row for j, row in enumerate(rows) if j not in block))
        memo["label_sums", block.start] = known
    return known


def _heading(text: str, block: range) -> frozenset[str] | None:
    """The content words of the short line right above a box (at most six words, no question,
    no full stop), its generic words aside; None for a box under prose or a question."""
    rows = text.split("\n")
    above = [row.strip() for row in rows[: block.start] if row.strip()]
    if not above:
        return None
    line = above[-1]
    if len(line.split()) > 6 or line.endswith(".") or _ASKS.match(line):
        return None
    return _stems(line) - _GENERIC


def _head(what: str) -> str:
    """The count's head: its last content word before a preposition, a comma or a bracket
    ("budget" of "fire department budget", "giving" of "giving by individuals", "seats" of
    "Labour seats")."""
    lead = re.split(r"[,(]|\b(?:by|for|of|in|from|to|at|on|with|among)\b", what.lower())[0]
    words = sorted(_stems(lead), key=lead.find)
    return words[-1] if words else ""


def _told(word: str, words: frozenset[str]) -> bool:
    return any(w == word or (len(word) > 4 and w.startswith(word[:5])) for w in words)


def label_sum_count(value: Any, what: str, ctx: Context) -> Result | None:
    """Accepted when a box line of the fact's evidence states the count under a label that
    names part of it, the rest told by the story (see the module); None otherwise."""
    raw = getattr(value, "value", value)
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not raw:
        return None
    if getattr(value, "qualifier", "exact") != "exact" or ":" not in ctx.article.text:
        return None
    own, head = _stems(what), _head(what)
    as_of = str(getattr(ctx.fact, "as_of", "") or "")
    if not own or own & {"percent", "cent", "per", "rate"}:
        return None
    held = own | _stems(as_of)
    timed = frozenset(re.findall(r"\d+", what)) | _stems(as_of)  # the count's own time
    text, sentences = ctx.article.text, ctx.article.sentences
    boxed, entries = _box(text, ctx.article.memo)
    for index in ctx.sentences:
        for row in text[sentences[index][0] : sentences[index][1]].split("\n"):
            at = boxed.get(row.strip())
            if at is None:
                continue
            block = _block(at, entries)
            for entry in entries[at]:
                label = entry.group("label")
                if any(c.isdigit() for c in label) or not _stems(label) <= held:
                    continue
                if not timed <= _stems(label) or (own - _stems(label) and head in _stems(label)):
                    continue  # another time's line; the whole's line for a part ("Seats: 650")
                scale = _SCALES[entry.group("scale").strip().lower()] if entry.group("scale") else 1
                number = float(entry.group("num").replace(",", "")) * scale
                if abs(number - float(raw)) > 1e-9 * abs(float(raw)) or not _alone(entry["rest"]):
                    continue
                if _RATE.match(entry["rest"]):  # a share or a rate per head, not the count
                    continue
                extra = own - _stems(label)
                others = frozenset().union(
                    *(_stems(e.group("label")) for j in block for e in entries[j] if e is not entry)
                )
                if extra & (_OTHER | others):
                    continue
                heading = _heading(text, block)
                if heading and not any(_told(word, held) for word in heading):
                    continue  # "Greens seats" from a box headed "VOTES (THOUSANDS)"
                stages = extra & _STAGES
                if stages and not all(_told(word, heading or frozenset()) for word in stages):
                    continue  # "budget approved" from a box of what departments asked for
                prose = _prose(text, block, ctx.article.memo)
                if all(_told(word, prose) for word in extra):
                    return True, ""
    return None
