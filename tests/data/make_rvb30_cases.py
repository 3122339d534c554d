# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rvb30's set of fact-box counts (``grounding_rvb30.jsonl``): value-support
cases that break shares30's fact-box rule (``figures/box_lines.py``) both ways:

- ``rv-box-line``: right counts read from box lines in other shapes than "- Label: N" (a
  dash instead of the colon, "Seats: Labour 411, ..." with the count's noun first, numbered
  lists, table rows, a liveblog's timestamped lines, a label the count words differently, a
  bracket with its own colon, a label dated to this election's year, a bloc named after one
  of its parts), and wrong counts in shapes the rule missed (another line's number, a part of
  another party in a bracket written "LDP: 39; Komeito: 8", last time's line, the seats
  needed given as seats won, a percent given as seats, the total after "out of" or a slash,
  a box without bullets, a prose "Label: N" the rest of the sentence corrects).

Run ``python tests/data/make_rvb30_cases.py`` to rebuild it. The boxes are written for this
set in new words (parliament and council elections of several countries); each verdict is
what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_rvb30.jsonl")

built = SupportCases(
    "rvb30",
    leads=[
        "ANALYSIS | The Fenland Courier",
        "By Tomasz Weir, politics correspondent",
        "RESULTS SERVICE - The Coastal Herald",
        "From the Wellington desk of the Southern Cross Times.",
        "BERLIN (Continental Wire) -",
    ],
)
BOX = "rv-box-line"
PUBLISHED = "2025-03-02"
EXACT = "exact"


def box(
    intro: str, heading: str, rows: list[str], evidence: list[str],
    passes: list[tuple[str, float]], fails: list[tuple[str, float]], joiner: str = "\n",
) -> None:  # fmt: skip
    """An explainer: ``intro``, then a fact box (``heading`` and its ``rows``, joined by
    ``joiner``); one event's count backed by ``evidence``: each of ``passes`` is the count
    the text states, each of ``fails`` is not."""
    text = built.page(intro, joiner.join([heading, *rows]) if heading else joiner.join(rows))
    for expect, (what, value) in verdicts(passes, fails):
        why = f"{what} {value:g}: " + (
            "the count the box states for those words"
            if expect
            else "another line's, another part's, another time's or another measure's number"
        )
        built.fact_counts(BOX, expect, why, text, [(what, value, EXACT)], evidence, PUBLISHED)


LEAD = "Keir Starmer's party swept back to power after fourteen years in opposition, winning the largest majority since 1997."
ROWS = [
    "- Seats: Labour 411, Conservatives 121, Liberal Democrats 72",
    "- Turnout \u2014 59.8%",
    "- Seats needed for a majority: 326",
    "- Seats the Conservatives won last time: 365",
]
box(LEAD, "AT A GLANCE", ROWS, [ROWS[0]],
    [("Labour seats", 411), ("Liberal Democrats seats", 72)],
    [("Conservative seats", 72)])  # fmt: skip
box(LEAD, "AT A GLANCE", ROWS, [ROWS[1]], [("turnout, per cent", 59.8)], [])
box(LEAD, "AT A GLANCE", ROWS, [ROWS[0], ROWS[2], ROWS[3]],
    [],
    [("seats Labour won", 326), ("seats the Conservatives won", 365)])  # fmt: skip

LEAD = "The governing bloc lost control of the upper house in Sunday's vote, its first such defeat since 2007."
ROWS = [
    "1. Seats at stake: 125 of 248",
    "2. Seats the ruling bloc won: 47 (LDP: 39; Komeito: 8)",
    "3. Seats needed to keep control: 50",
]
box(LEAD, "THE NUMBERS", ROWS, [ROWS[0]], [("seats at stake", 125)], [("seats at stake", 248)])
box(LEAD, "THE NUMBERS", ROWS, [ROWS[1]],
    [("seats the ruling bloc won", 47), ("LDP seats won", 39)],
    [("Komeito seats won", 39), ("LDP seats won", 47)])  # fmt: skip
box(LEAD, "THE NUMBERS", ROWS, [ROWS[1], ROWS[2]],
    [("seats needed to keep control", 50)],
    [("seats the ruling bloc won", 50)])  # fmt: skip

LEAD = "The Social Democrats came first in the regional election and will open coalition talks this week."
ROWS = [
    "| Party | Seats | Change |",
    "| --- | --- | --- |",
    "| Social Democrats | 31 | +9 |",
    "| Centre Party | 22 | -4 |",
]
box(LEAD, "", ROWS, [ROWS[0], ROWS[2]], [("Social Democrats seats", 31)], [])
box(LEAD, "", ROWS, [ROWS[0], ROWS[2], ROWS[3]],
    [("Centre Party seats", 22)],
    [("Social Democrats seats", 22)])  # fmt: skip

LEAD = "The Liberals will govern again, three seats short of a majority in the House of Commons."
ROWS = [
    "\u2022 Seats taken by the Liberals: 169",
    "\u2022 Majority mark: 172",
    "\u2022 Conservative haul: 144",
]
box(LEAD, "BY THE NUMBERS", ROWS, [ROWS[0]], [("seats the Liberals won", 169)], [])
box(LEAD, "BY THE NUMBERS", ROWS, [ROWS[0], ROWS[1]],
    [],
    [("seats the Liberals won", 172)])  # fmt: skip
box(LEAD, "BY THE NUMBERS", ROWS, [ROWS[0], ROWS[2]],
    [],
    [("Conservative seats won", 169)])  # fmt: skip

LEAD = "The conservative union won Sunday's federal election and must now look for a partner."
ROWS = [
    "- Vote share, CDU/CSU: 28.5%",
    "- Vote share, AfD: 21%",
    "- AfD seats: 152",
]
box(LEAD, "Facts and figures", ROWS, [ROWS[0]], [("CDU/CSU vote share, per cent", 28.5)], [])
box(LEAD, "Facts and figures", ROWS, [ROWS[1]],
    [("AfD vote share, per cent", 21)],
    [("AfD seats", 21)])  # fmt: skip

LEAD = "Follow the count as it happens: results from every constituency through the night."
ROWS = [
    "01:05 GMT \u2014 Seats declared so far: 212 of 650",
    "02:40 GMT \u2014 Labour seats: 180, Conservative seats: 20",
]
box(LEAD, "LIVE", ROWS, [ROWS[1]],
    [("Labour seats", 180), ("Conservative seats", 20)],
    [("Labour seats", 20)])  # fmt: skip
box(LEAD, "LIVE", ROWS, [ROWS[0]], [], [("seats declared so far", 650)])

LEAD = "Benjamin Netanyahu's bloc won a clear majority in the Knesset, ending years of deadlock."
ROWS = [
    "- Knesset seats: 120 (needed for majority: 61)",
    "- Likud-led bloc: 64 (Likud 32, Shas 11, others 21)",
]
box(LEAD, "THE RESULT", ROWS, [ROWS[0]],
    [("Knesset seats", 120), ("seats needed for a majority", 61)],
    [])  # fmt: skip
box(LEAD, "THE RESULT", ROWS, [ROWS[1]],
    [("seats won by the Likud-led bloc", 64), ("Likud seats", 32)],
    [("Shas seats", 32), ("Likud seats", 64)])  # fmt: skip
box(LEAD, "THE RESULT", ROWS, [ROWS[0], ROWS[1]], [], [("seats won by the Likud-led bloc", 61)])

LEAD = "Labour won a landslide in the 2024 general election, its first victory since 2005."
ROWS = [
    "- Seats won in 2024: 411",
    "- Change since 2019: +209",
]
box(LEAD, "LABOUR'S RESULT", ROWS, [ROWS[0]], [("seats won", 411)], [])
box(LEAD, "LABOUR'S RESULT", ROWS, ROWS, [], [("seats won", 209)])

LEAD = "The Greens more than doubled their council group in Thursday's local election."
ROWS = [
    "- Seats won this time: 31",
    "- Seats won last time: 14",
]
box(LEAD, "HOW IT CHANGED", ROWS, ROWS, [("seats won", 31)], [("seats won", 14)])
box(LEAD, "HOW IT CHANGED", ROWS, [ROWS[1]], [("seats won last time", 14)], [])

LEAD = "Narendra Modi returns for a third term at the head of a coalition, his party short of a majority on its own."
ROWS = [
    "Seats contested: 543",
    "Seats won by the alliance: 293 (BJP 240, allies 53)",
    "Opposition bloc: 234",
]
box(LEAD, "RESULTS", ROWS, [ROWS[1]],
    [("BJP seats won", 240), ("seats won by the BJP-led alliance", 293)],
    [("BJP seats won", 293), ("allies seats won", 240)])  # fmt: skip

LEAD = "Results from the borough council election, declared on Friday morning."
ROWS = [
    "- Seats Labour won: 41 out of 63",
    "- Wards counted: 21/21",
    "- Wards Labour carried: 15/21",
]
box(LEAD, "RESULT", ROWS, [ROWS[0]], [("seats Labour won", 41)], [("seats Labour won", 63)])
box(LEAD, "RESULT", ROWS, [ROWS[2]], [("wards Labour carried", 15)], [("wards Labour carried", 21)])

LEAD = "Reform UK entered parliament in numbers for the first time as Labour took power."
ROWS = [
    "- Seats: 650",
    "- Labour's haul of seats: 411",
    "- Reform UK: 5",
]
box(LEAD, "WHO WON WHAT", ROWS, [ROWS[0], ROWS[2]], [("Reform UK seats", 5)], [])
box(LEAD, "WHO WON WHAT", ROWS, ROWS, [], [("Reform UK seats", 411)])

LEAD = "Poland's opposition parties together won enough seats in the Sejm to form a government."
ROWS = [
    "- Opposition MPs: 248 (Civic Coalition 157, Third Way 65, Left 26)",
    "- Law and Justice MPs: 194",
]
box(LEAD, "THE NEW SEJM", ROWS, [ROWS[0]], [("Third Way seats", 65)], [("Left seats", 65)])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
