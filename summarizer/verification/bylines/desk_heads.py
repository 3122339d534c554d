"""The outlet a page's head names by one of its desks (session 59, false-alarm writer md59), for
:func:`summarizer.verification.bylines.metadata.support_outlet`.

A briefing, a live page or an edited transcript often credits a desk of the outlet in its head
instead of a writer, the outlet's name first and the desk's noun after it: "Payroll Compass
briefing | compiled by ...", "Ashgrove Ledger Markets Desk | Reported by ...", "Rhine Desk live
team", "Vendange Weekly trade briefing, compiled by ...", "Prepared by the Quayline Markets
desk." The name is the publisher when it opens a segment of a line of the page's first three
paragraphs (the line's start, "|", a dash, "Prepared by the", "Compiled by the", "From the")
and is followed by at most one word of the desk's beat and a desk's noun (desk, team, live
team, briefing, newsroom, bureau) ending the segment (a separator, a comma, a full stop, "compiled
by", "reported by", the line's end; a comma only before a credit or a date: "The X newsroom,
which employs 90 people, will shrink" is the story's sentence).

Left to the other readers: a desk another outlet lends ("Additional reporting by the Lomax
Wire desk", "with the Calder Post's data team"), a desk named inside a sentence of the story
("The Tarn Herald's newsroom said ..."), a possessive, and a name only in the body.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from .broadcast_heads import outlet_name_pattern

_BY = r"(?:compiled|reported|written|edited|updated)\s+by\b"
# A firm's or a body's own team, not a newsroom's beat: "Kettle Bank research team", "Halvard
# Capital strategy team" (rv59m).
_FIRM = (
    r"(?:research|strategy|management|leadership|legal|sales|design|engineering|medical|"
    r"rescue|security|negotiating|campaign|project|coaching)"
)
# A desk's noun, "team" only after a beat's word ("live team", "data team": a bare "Dunmore
# Rovers team" or "Met Office team" is a side's or a body's), "briefing" only before a credit
# ("X briefing | compiled by": a "White House briefing" is the body's) (rv59m).
_DESK = (
    rf"(?:(?!{_FIRM}\b)[A-Za-z]+\s+team|(?:(?!{_FIRM}\b)[A-Za-z]+\s+)?(?:desk|newsroom|bureau)|"
    rf"(?:(?!{_FIRM}\b)[A-Za-z]+\s+)?briefing(?=\s*(?:[|,]\s*|\s[\u2013\u2014-]\s*)?{_BY}))"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# The segment's end: a separator (no colon: "Kettle Bank research team: rates will fall" is a
# headline's label, rv59m), a credit, or a comma only before a credit or a date or time ("X
# newsroom, 0700 hrs", not "X newsroom, which ..." nor "X newsroom, 120 strong, voted").
_AFTER = re.compile(
    rf"\s+{_DESK}\b\s*(?:$|[|;.(]|\s[\u2013\u2014-]\s|\u2014|{_BY}|"
    rf",\s*(?:{_BY}|\d{{1,2}}(?::\d\d|\s+{_MONTH}|\s*(?:hrs|am|pm)\b)|\d{{4}}\b|{_MONTH}))",
    re.IGNORECASE,
)
# A credit to another desk later in the line: "Treasury briefing - compiled by the Veldt
# Courier economics team" names the compiler after "by the"; the name before is the topic.
_CREDIT_THE = re.compile(rf"\b(?:{_BY}|(?:prepared|produced)\s+by)\s+the\b", re.IGNORECASE)
_BEFORE = re.compile(
    r"(?:^\s*|\|\s*|\s[\u2013\u2014-]\s+|\u2014\s*|\b(?:prepared|compiled|produced)\s+by\s+the\s+|"
    r"^\s*from\s+the\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
# Another outlet's help, not the page's own desk.
_LENT = re.compile(
    r"\b(?:additional|further|contributed|contributing|with)\s+(?:reporting|reports?|help)\b|"
    r"\bcourtesy\b|\bpartnership\b",
    re.IGNORECASE,
)
_TOP = 3  # paragraphs: the head above the story


def desk_outlet(value: str, article: ArticleText) -> bool:
    """Whether a line of the page's head names ``value`` as the outlet one of its desks is."""
    pattern = outlet_name_pattern(value, apostrophe_after=False)
    if pattern is None:
        return False
    for start, end in article.paragraphs[:_TOP]:
        for line in article.text[start:end].splitlines():
            if len(line.split()) > 30 or _LENT.search(line):
                continue
            for match in pattern.finditer(line):
                if _CREDIT_THE.search(line, match.end()):
                    continue  # "X briefing - compiled by the Y team": Y is the page's
                if _BEFORE.search(line[: match.start()]) and _AFTER.match(line, match.end()):
                    return True
    return False
