# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 66's fact-box counts (``grounding_shares30.jsonl``): value-support
cases for a count an explainer prints as a "Label: N" line of a fact box, each with what must
pass and what must fail:

- ``box-line``: the label before the colon is what the number after it counts ("- Seats
  contested: 125 of the 248 in the chamber" is 125 seats contested), and a bracket of named
  parts after the number gives each part's count ("- Seats the coalition won: 47 (LDP 39,
  Komeito 8)" is 39 LDP seats won). Refused: the whole given as a part ("LDP seats won" 47),
  a part given as the whole or as another part ("Komeito seats won" 39), the total after "of
  the" as the label's count (248 seats contested), another line's label ("Democratic Party
  for the People seats" 22 from the Constitutional Democrats' line), a count whose words the
  label does not say ("votes won" from a seats line), a line's number with "about".

Run ``python tests/data/make_shares30_cases.py`` to rebuild it. The boxes are written for this
set in the shape of check 66's explainer (parliament elections of several countries as
outlets reported them), in new words; each verdict is what a careful fact-checker reads in
the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_shares30.jsonl")

built = SupportCases(
    "s30",
    leads=[
        "EXPLAINER | The Harbour Chronicle",
        "By Maren Holt | Northern Ledger",
        "ELECTION DESK | The Veld Review",
        "From our Delhi bureau, The Ganges Post.",
        "OTTAWA, Maple Ledger -",
        "Data desk, The Lowland Times.",
    ],
)
BOX = "box-line"
PUBLISHED = "2025-07-21"
EXACT, ABOUT = "exact", "about"


def box(
    intro: str, heading: str, rows: list[str], evidence: list[str],
    passes: list[tuple[str, float, str]], fails: list[tuple[str, float, str]],
) -> None:  # fmt: skip
    """An explainer: ``intro``, then a fact box (``heading`` and its ``rows``, one a line);
    one event's count backed by ``evidence`` (rows of the box): each of ``passes`` is the
    count a row states, each of ``fails`` is not."""
    text = built.page(intro, "\n".join([heading, *rows]))
    for expect, (what, value, qualifier) in verdicts(passes, fails):
        why = f"{what} {qualifier} {value:g}: " + (
            "the count the box's line states under its label"
            if expect
            else "not the count of the box's line with that label"
        )
        counted = [(what, value, qualifier)]
        built.fact_counts(BOX, expect, why, text, counted, evidence, PUBLISHED)


LEAD = "Prime Minister Hana Moritz's alliance lost its upper house majority in Sunday's vote, the first such defeat in two decades."
ROWS = [
    "- Seats up for election: 121 of the 242 in the chamber",
    "- Seats the alliance won: 44 (Civic Union 35, Renewal 9)",
    "- Labour Front: 21",
    "- People's Labour Front: 16",
]
box(LEAD, "THE NUMBERS", ROWS, [ROWS[0], ROWS[1]],
    [("seats up for election", 121, EXACT), ("Civic Union seats won", 35, EXACT), ("Renewal seats won", 9, EXACT)],
    [("seats up for election", 242, EXACT), ("Renewal seats won", 35, EXACT), ("Civic Union seats won", 44, EXACT)])  # fmt: skip
box(LEAD, "THE NUMBERS", ROWS, [ROWS[2], ROWS[3]],
    [],
    [("People's Labour Front seats", 21, EXACT), ("Labour Front seats", 16, EXACT)])  # fmt: skip

LEAD = "Labour won a landslide in Thursday's general election, ending fourteen years of Conservative government."
ROWS = [
    "* Seats declared: 650 of 650",
    "* Seats Labour won: 411",
    "* Conservative seats lost: 251",
    "* Turnout: 59.7%",
]
box(LEAD, "AT A GLANCE", ROWS, [ROWS[1], ROWS[2]],
    [("seats Labour won", 411, EXACT), ("Conservative seats lost", 251, EXACT)],
    [("Conservative seats lost", 411, EXACT), ("votes Labour won", 411, EXACT)])  # fmt: skip
box(LEAD, "AT A GLANCE", ROWS, [ROWS[3]],
    [("turnout, per cent", 59.7, EXACT)],
    [("turnout, per cent", 59.7, ABOUT)])  # fmt: skip

LEAD = "Mark Carney's Liberals will form the next government, falling just short of a majority in the House of Commons."
ROWS = [
    "\u2022 Ridings in the House: 343",
    "\u2022 Seats needed for a majority: 172",
    "\u2022 Seats the Liberals took: 169 (Ontario 69, Quebec 44)",
]
box(LEAD, "BY THE NUMBERS", ROWS, [ROWS[1], ROWS[2]],
    [("seats needed for a majority", 172, EXACT), ("Ontario seats the Liberals took", 69, EXACT), ("Quebec seats the Liberals took", 44, EXACT)],
    [("seats the Liberals took", 172, EXACT), ("Quebec seats the Liberals took", 69, EXACT), ("Ontario seats the Liberals took", 169, EXACT), ("Liberal votes in Quebec", 44, EXACT)])  # fmt: skip

LEAD = "The African National Congress lost the parliamentary majority it had held since 1994 and must now seek partners."
ROWS = [
    "- National Assembly seats: 400",
    "- Seats won by the ANC: 159, down from 230",
    "- Opposition seats won: 145 (DA 87, MK 58)",
]
box(LEAD, "KEY FIGURES", ROWS, [ROWS[1], ROWS[2]],
    [("seats won by the ANC", 159, EXACT), ("DA opposition seats won", 87, EXACT), ("MK opposition seats won", 58, EXACT)],
    [("seats won by the ANC", 230, EXACT), ("MK opposition seats won", 87, EXACT), ("DA opposition seats won", 145, EXACT)])  # fmt: skip

LEAD = "The conservative bloc finished first in Sunday's federal election but will need a partner to govern."
ROWS = [
    "- Bundestag seats: 630",
    "- Seats for the bloc: 208 (CDU 164, CSU 44)",
    "- Turnout: 82.5 per cent, the highest since reunification",
]
box(LEAD, "Facts and figures", ROWS, [ROWS[1], ROWS[2]],
    [("CDU seats for the bloc", 164, EXACT), ("turnout, per cent", 82.5, EXACT)],
    [("CSU seats for the bloc", 164, EXACT), ("CDU seats for the bloc", 208, EXACT), ("seats for the bloc", 164, EXACT)])  # fmt: skip

LEAD = "Narendra Modi will serve a third term, but his party lost the majority it had held alone for a decade."
ROWS = [
    "\u2013 Lok Sabha seats contested: 543",
    "\u2013 Seats won by the alliance: 293 (BJP 240, allies 53)",
    "\u2013 Opposition bloc: 234",
]
box(LEAD, "RESULTS", ROWS, [ROWS[0], ROWS[1]],
    [("Lok Sabha seats contested", 543, EXACT), ("BJP seats won by the alliance", 240, EXACT)],
    [("BJP seats won by the alliance", 293, EXACT), ("Lok Sabha seats contested", 293, EXACT), ("opposition seats won", 240, EXACT)])  # fmt: skip

LEAD = "The Law and Justice party came first but lost its majority in the Sejm, opening the way for an opposition coalition."
ROWS = [
    "- Seats in the Sejm: 460",
    "- Opposition seats: 248 (Civic Coalition 157, Third Way 65, Left 26)",
    "- Law and Justice: 194",
]
box(LEAD, "THE RESULT", ROWS, [ROWS[1]],
    [("opposition seats", 248, EXACT), ("Third Way opposition seats", 65, EXACT), ("Left opposition seats", 26, EXACT)],
    [("Left opposition seats", 65, EXACT), ("Civic Coalition opposition seats", 248, EXACT), ("Third Way votes", 65, EXACT)])  # fmt: skip

LEAD = "Voters in the city elected a new council on Saturday after a campaign dominated by housing."
ROWS = [
    "- Council seats: 45",
    "- Wards counted: 41 of 45",
    "- Seats the Greens won: 19",
]
box(LEAD, "Council election", ROWS, [ROWS[1]],
    [("wards counted", 41, EXACT)],
    [("wards counted", 45, EXACT), ("council seats", 41, EXACT)])  # fmt: skip
box(LEAD, "Council election", ROWS, [ROWS[0], ROWS[2]],
    [("council seats", 45, EXACT), ("seats the Greens won", 19, EXACT)],
    [("council seats", 19, EXACT)])  # fmt: skip

LEAD = "The Social Democrats gained ground in the regional vote but stayed short of a majority on their own."
ROWS = [
    "- Seats won in 2019: 22",
    "- Seats won this time: 31",
]
box(LEAD, "HOW IT CHANGED", ROWS, ROWS,
    [("seats won this time", 31, EXACT)],
    [("seats won this time", 22, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
