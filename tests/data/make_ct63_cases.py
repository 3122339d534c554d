# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 63's counts read from a fact box's "Label: N" line whose label
names only part of the count (``grounding_ct63.jsonl``, false-alarm writer ct63;
:mod:`summarizer.verification.figures.label_sums`, read by
:mod:`summarizer.verification.counts.count_occasions`), at the edges of

- ``money``: a box of sums printed with a currency sign and a scale ("- Individuals: $392
  billion", "Fire department: $24.98 million | Police department: $32.03 million"), the label
  naming whose the sum is and the story around the box what it counts ("giving", "budget"):
  the line's own sum passes for "giving by individuals", "fire department budget"; another
  line's sum, a number after the head one ("up from $41 million"), a count with a change's or
  a total's word ("increase in", "total"), a word the story never tells, a hedge the line does
  not print, stay refused;
- ``bare``: a box of plain numbers whose label names whose they are ("- Susan Thompson
  Buffett Foundation: 943,384" under "How the shares are split:") or whose label's extra words
  are the count's time ("- Homes in inventory at quarter end: 38,400" as of quarter end): the
  line's number passes; a part after "of which", another year's number on a line of two years
  ("Reservists: 2,500 in 2025, 12,800 in 2035"), a label with a year or item number, a prose
  sentence with a colon (no box), another entry's label words in the count, stay refused.

Run ``python tests/data/make_ct63_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ct63.jsonl")

built = SupportCases(
    "ct63",
    leads=[
        "By Tamsin Orloff | The Brackwater Ledger",
        "HALLOWAY, Ont. (Eastmere Press) -",
        "City Hall | The Quenby Evening Star",
        "From the data desk, The Sorrel Point Courier.",
        "EXPLAINER -",
    ],
)
MONEY, BARE = "money", "bare"


box = built.fact_box


# --- money: "Label: $N million" under a story that tells what the sums are -------------------
GIVING = [
    "Donors in the province gave a record amount to charity last year, the Halloway Giving Council said on Tuesday.",
    "Giving rose for a third year in a row, helped by a strong stock market.",
    "WHERE THE MONEY CAME FROM",
]
GIVING_ROWS = [
    "- Individuals: $3.92 billion, about two-thirds of the total",
    "- Foundations: $1.1 billion",
    "- Bequests: $458 million, down 1.6%",
    "- Companies: $440 million, up 6%",
]
box(
    MONEY,
    GIVING,
    GIVING_ROWS,
    GIVING_ROWS[0],
    [("giving by individuals", 3.92e9)],
    [("giving by foundations", 3.92e9), ("giving by individuals", 1.1e9)],
)
box(
    MONEY,
    GIVING,
    GIVING_ROWS,
    GIVING_ROWS[1],
    [("giving by foundations", 1.1e9)],
    [
        ("total giving by individuals and foundations", 1.1e9),
        ("increase in giving by foundations", 1.1e9),
    ],
)
box(
    MONEY,
    GIVING,
    GIVING_ROWS,
    GIVING_ROWS[2],
    [("giving through bequests", 458e6)],
    [("giving by individuals", 458e6), ("fall in bequests, per cent", 1.6)],
)
box(
    MONEY,
    GIVING,
    GIVING_ROWS,
    GIVING_ROWS[3],
    [("giving by companies", 440e6)],
    [("giving by companies", 6.0), ("giving by companies the year before", 440e6)],
)

BUDGET = [
    "Quenby's council will vote next week on a spending plan of $412 million for the coming fiscal year.",
    "Staff said the budget leaves 12 posts empty to save money.",
    "BY THE NUMBERS",
]
BUDGET_ROWS = [
    "General fund: $131.2 million",
    "Police department: $30.6 million | Fire department: $22.45 million",
    "Parks and libraries: $9.8 million, up from $9.1 million",
]
box(
    MONEY,
    BUDGET,
    BUDGET_ROWS,
    BUDGET_ROWS[1],
    [("fire department budget", 22.45e6), ("police department budget", 30.6e6)],
    [
        ("fire department budget", 30.6e6),
        ("police department budget", 22.45e6),
        ("fire department overtime", 22.45e6),
    ],
)
box(
    MONEY,
    BUDGET,
    BUDGET_ROWS,
    BUDGET_ROWS[0],
    [("general fund budget", 131.2e6)],
    [("general fund budget", 412e6), ("police department budget", 131.2e6)],
)
box(
    MONEY,
    BUDGET,
    BUDGET_ROWS,
    BUDGET_ROWS[2],
    [],
    [("parks and libraries budget", 9.1e6), ("parks and libraries budget", 9.8e6)],
)

AID = [
    "EU governments pledged fresh money for flood relief in the Sava basin at a meeting in Brussels on Friday.",
    "The pledges, a spokeswoman said, are grants rather than loans.",
    "Pledges so far:",
]
AID_ROWS = [
    "\u2022 Germany: \u20ac120m",
    "\u2022 France: \u20ac85m",
    "\u2022 Netherlands: \u20ac40m, of which \u20ac15m for housing",
]
box(
    MONEY,
    AID,
    AID_ROWS,
    AID_ROWS[0],
    [("pledges from Germany", 120e6)],
    [("pledges from France", 120e6), ("pledges from Germany", 85e6)],
)
box(
    MONEY,
    AID,
    AID_ROWS,
    AID_ROWS[2],
    [("pledges from the Netherlands", 40e6)],
    [("pledges from the Netherlands for housing", 40e6), ("pledges from the Netherlands", 15e6)],
)
box(
    MONEY,
    AID,
    AID_ROWS,
    AID_ROWS[1],
    [("pledges from France", 85e6)],
    [("loans from France", 85e6)],
)

FARES = [
    "The Brackwater transit board has set out where next year's operating money will come from.",
    "Fares and fees still make up the largest part, the board said.",
]
FARE_ROWS = [
    "- Fares: \u00a348.2m",
    "- Parking fees: \u00a36.7m",
    "- Advertising: \u00a31.9m",
]
box(
    MONEY,
    FARES,
    FARE_ROWS,
    FARE_ROWS[0],
    [("operating money from fares", 48.2e6)],
    [("operating money from advertising", 48.2e6)],
)
box(
    MONEY,
    FARES,
    FARE_ROWS,
    FARE_ROWS[1],
    [("operating money from parking fees", 6.7e6)],
    [("operating money from parking fees", 6.7e6 + 1)],
)
box(
    MONEY,
    FARES,
    FARE_ROWS,
    FARE_ROWS[2],
    [("operating money from advertising", 1.9e6)],
    [("sponsorship money from advertising", 1.9e6)],
)

# a hedge the line does not print; a prose colon (no box)
box(
    MONEY,
    GIVING,
    GIVING_ROWS,
    GIVING_ROWS[1],
    [],
    [("giving by foundations", 1.1e9)],
    qualifier="about",
)
PROSE = [
    "The council's auditors found one item out of line with the plan.",
    "The overspend: $2.4 million on the fire department's new station, the report said.",
    "Officials blamed the price of steel.",
]
box(MONEY, PROSE, [], PROSE[1], [], [("fire department overspend on steel", 2.4e6)])

# --- bare: plain numbers whose label names whose they are -----------------------------------
SHARES = [
    "OMAHA (Plainsfield Wire) - The investor Dora Pelling gave away 2.4 million more shares of her holding company on Friday, splitting them among four family charities.",
    "How the shares are split:",
]
SHARE_ROWS = [
    "- Pelling Family Trust: 1.2 million",
    "- Agnes Pelling Foundation: 612,480",
    "- Northfield Foundation: 301,760",
    "- Marsh Hollow Fund: 301,760",
]
box(
    BARE,
    SHARES,
    SHARE_ROWS,
    SHARE_ROWS[1],
    [("shares for the Agnes Pelling Foundation", 612480)],
    [
        ("shares for the Northfield Foundation", 612480),
        ("shares for the Agnes Pelling Foundation", 301760),
    ],
)
box(
    BARE,
    SHARES,
    SHARE_ROWS,
    SHARE_ROWS[2],
    [("shares given to the Northfield Foundation", 301760)],
    [
        ("shares for the Agnes Pelling Foundation", 301760),
        ("bonds for the Northfield Foundation", 301760),
    ],
)
box(
    BARE,
    SHARES,
    SHARE_ROWS,
    SHARE_ROWS[3],
    [("shares for the Marsh Hollow Fund", 301760)],
    [("shares for the Marsh Hollow Fund", 612480)],
)

HOMES = [
    "Larchmont Homes said on Thursday that sales slowed in its second quarter as mortgage rates stayed high.",
    "Key figures for the quarter:",
]
HOME_ROWS = [
    "- Homes closed: 11,240",
    "- Homes in inventory at quarter end: 19,300, of which 12,100 were unsold",
    "- Cancellation rate: 14%",
]
box(
    BARE,
    HOMES,
    HOME_ROWS,
    HOME_ROWS[1],
    [("homes in inventory", 19300)],
    [("homes in inventory", 12100), ("unsold homes in inventory", 19300)],
    as_of="quarter end",
)
box(
    BARE, HOMES, HOME_ROWS, HOME_ROWS[0], [("homes closed", 11240)], [("homes in inventory", 11240)]
)

ARMY = [
    "The defence ministry published its plan to grow the armed forces over the next decade.",
    "Planned strength:",
]
ARMY_ROWS = [
    "Soldiers: 22,400 in 2025, 29,800 in 2035",
    "Reservists: 3,100 in 2025, 9,600 in 2035",
    "Cadets: 4,700",
]
box(BARE, ARMY, ARMY_ROWS, ARMY_ROWS[1], [], [("reservists", 3100)], as_of="2035")
box(BARE, ARMY, ARMY_ROWS, ARMY_ROWS[0], [], [("soldiers", 22400)], as_of="2035")
box(BARE, ARMY, ARMY_ROWS, ARMY_ROWS[2], [("cadets", 4700)], [("cadets", 22400)])

RESULTS = [
    "Sorrel Point's school board released this year's exam results on Monday.",
    "Pupils sitting the final exams, by school:",
]
RESULT_ROWS = [
    "- Harbour Academy: 412",
    "- St Brigid's: 288",
    "- Item 3: 140",
    "- 2024: 655",
]
box(
    BARE,
    RESULTS,
    RESULT_ROWS,
    RESULT_ROWS[0],
    [("pupils sitting the final exams at Harbour Academy", 412)],
    [
        ("pupils sitting the final exams at St Brigid's", 412),
        ("pupils passing the final exams at Harbour Academy", 412),
    ],
)
box(
    BARE,
    RESULTS,
    RESULT_ROWS,
    RESULT_ROWS[3],
    [],
    [("pupils sitting the final exams in 2024", 655)],
)

SEALS = [
    "Wardens on the Kestle islands finished their count of grey seal pups this week.",
    "Pups counted, by island:",
]
SEAL_ROWS = [
    "\u2022 North Kestle: 318",
    "\u2022 South Kestle: 204",
    "\u2022 Both islands last year: 470",
]
box(
    BARE,
    SEALS,
    SEAL_ROWS,
    SEAL_ROWS[0],
    [("pups counted on North Kestle", 318)],
    [("pups counted on South Kestle", 318), ("pups counted on North Kestle", 204)],
)
box(
    BARE,
    SEALS,
    SEAL_ROWS,
    SEAL_ROWS[1],
    [("seal pups counted on South Kestle", 204)],
    [("pups counted on both islands", 204), ("pups counted on both islands this year", 470)],
)

PROSE_BARE = [
    "Only one number mattered to the organisers on Sunday.",
    "The turnout: 18,400 runners, a record for the Brackwater half marathon.",
]
box(
    BARE, PROSE_BARE, [], PROSE_BARE[1], [], [("volunteers at the Brackwater half marathon", 18400)]
)

CROPS = [
    "Farmers in the Orrin valley brought in a smaller harvest this autumn after a dry summer, the growers' co-operative said.",
    "Tonnes harvested, by crop:",
]
CROP_ROWS = [
    "- Barley: 41,200",
    "- Oilseed rape: 12,650",
    "- Potatoes: 88,900, against 97,300 a year ago",
    "- Sugar beet (estimate): 150,000",
]
box(
    BARE,
    CROPS,
    CROP_ROWS,
    CROP_ROWS[0],
    [("tonnes of barley harvested", 41200)],
    [("tonnes of oilseed rape harvested", 41200), ("tonnes of barley harvested", 12650)],
)
box(
    BARE,
    CROPS,
    CROP_ROWS,
    CROP_ROWS[1],
    [("oilseed rape harvested, tonnes", 12650)],
    [("oilseed rape planted, tonnes", 12650)],
)
box(
    BARE,
    CROPS,
    CROP_ROWS,
    CROP_ROWS[2],
    [],
    [("tonnes of potatoes harvested", 97300), ("tonnes of potatoes harvested a year ago", 88900)],
)

VOTERS = [
    "Halloway's three wards voted on the new library levy on Saturday, the city clerk reported.",
    "Ballots cast in the levy vote, by ward:",
]
VOTER_ROWS = [
    "1. Riverside: 4,310",
    "2. Old Town: 2,975",
    "3. Millbrook: 3,402",
]
box(
    BARE,
    VOTERS,
    VOTER_ROWS,
    VOTER_ROWS[1],
    [("ballots cast in Old Town", 2975)],
    [("ballots cast in Millbrook", 2975), ("ballots cast in Old Town", 4310)],
)
box(
    BARE,
    VOTERS,
    VOTER_ROWS,
    VOTER_ROWS[2],
    [("ballots cast in Millbrook in the levy vote", 3402)],
    [("ballots rejected in Millbrook", 3402)],
)

SEATS = [
    "Labour held Halloway council on Thursday, though it lost four seats to the Greens.",
    "Seats won, by party:",
]
SEAT_ROWS = [
    "- Labour: 31",
    "- Greens: 12",
    "- Conservatives: 8",
]
box(
    BARE,
    SEATS,
    SEAT_ROWS,
    SEAT_ROWS[0],
    [("seats won by Labour", 31)],
    [("seats lost by Labour", 31), ("seats won by the Greens", 31)],
)

CHAMBER = [
    "The Greens doubled their group in the Eastmere assembly, winning 14 seats, the returning officer said.",
    "The assembly at a glance:",
]
CHAMBER_ROWS = [
    "- Seats: 90",
    "- Turnout: 61%",
]
box(BARE, CHAMBER, CHAMBER_ROWS, CHAMBER_ROWS[0], [], [("Greens seats", 90)])

TABLE = [
    "Quenby's library service will get more money next year, the council's draft budget shows.",
    "Budget, this year | last year:",
]
TABLE_ROWS = [
    "Libraries: $4.2 million | $3.9 million",
    "Museums: $2.1 million | $2.3 million",
]
box(MONEY, TABLE, TABLE_ROWS, TABLE_ROWS[0], [], [("libraries budget last year", 4.2e6)])
box(MONEY, GIVING, GIVING_ROWS, GIVING_ROWS[1], [], [("giving by foundations in 2019", 1.1e9)])
box(
    MONEY, GIVING, GIVING_ROWS, GIVING_ROWS[1], [], [("giving by foundations", 1.1e9)], as_of="2019"
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
