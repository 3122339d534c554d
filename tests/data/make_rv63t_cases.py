# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 63's counts read from a fact box's "Label: N" line whose
label names only part of the count (``grounding_rv63t.jsonl``, review rv63t of ct63;
:mod:`summarizer.verification.figures.label_sums`), at the edges of

- ``measure``: what the box's numbers measure. A label names whose the number is ("- Police:
  14"); the count's other words must be the box's measure, not another one the story tells
  elsewhere ("police officers deployed" from an "Injured" box, "approved fire department
  budget" from a box of what departments asked for, "Labour seats" from a box of votes,
  "spending on each pupil" from a school's total): the line's own measure passes, written
  as the story and the box's heading name it;
- ``print``: how the line prints its number. A currency and a scale in many forms ("£4.2m",
  "US$1.15bn", "€85 million", "C$640,000", "12k", upper case, "&" and apostrophes in the
  label, a percent change after it) passes; a line whose number is a percent, a rate per
  head, a range, a count of another year or a quarter's end of another year stays refused.

Run ``python tests/data/make_rv63t_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv63t.jsonl")

built = SupportCases(
    "rv63t",
    leads=[
        "By Odile Marchetti | The Fernhollow Gazette",
        "PRESCOTT FALLS (Northline Wire) -",
        "Metro | The Calder Bay Herald",
        "Numbers desk, The Wrenfield Observer.",
        "ANALYSIS -",
    ],
)
MEASURE, PRINT = "measure", "print"


box = built.fact_box


# --- measure: the box's measure against another the story tells ---------------------------
PROTEST = [
    "About 900 police officers were deployed in the city centre on Saturday as the march against the port closure turned violent.",
    "Officers fired tear gas near the harbour gates, and ambulances took the injured to Prescott General.",
    "INJURED",
]
PROTEST_ROWS = ["- Police: 14", "- Protesters: 32", "- Bystanders: 5"]
box(
    MEASURE,
    PROTEST,
    PROTEST_ROWS,
    PROTEST_ROWS[0],
    [("police injured", 14), ("police officers injured", 14)],
    [("police officers deployed", 14), ("police deployed", 14)],
)
box(
    MEASURE,
    PROTEST,
    PROTEST_ROWS,
    PROTEST_ROWS[1],
    [("protesters injured", 32)],
    [("protesters arrested", 32)],
    after=["Police said 61 protesters were arrested."],
)

BUDGET = [
    "The council approved a budget on Monday night that gives the fire department less than it had asked for.",
    "Councillors cut the police department's request too, and trimmed the library's.",
    "WHAT EACH DEPARTMENT ASKED FOR",
]
BUDGET_ROWS = [
    "Fire department: $26.1 million | Police department: $33.4 million",
    "Libraries: $4.3 million | Parks: $7.9 million",
]
box(
    MEASURE,
    BUDGET,
    BUDGET_ROWS,
    BUDGET_ROWS[0],
    [("fire department budget request", 26.1e6), ("police department request", 33.4e6)],
    [("approved fire department budget", 26.1e6), ("police department budget approved", 33.4e6)],
)

VOTES = [
    "Labour won 212 seats in the regional assembly, its best result since 1997, while the Greens took 14 seats.",
    "Turnout was the lowest in two decades.",
    "VOTES (THOUSANDS)",
]
VOTE_ROWS = ["- Labour: 9,650", "- Conservatives: 8,120", "- Greens: 2,310"]
box(
    MEASURE,
    VOTES,
    VOTE_ROWS,
    VOTE_ROWS[0],
    [("Labour votes, thousands", 9650)],
    [("Labour seats", 9650), ("Labour seats won", 9650)],
)
box(
    MEASURE,
    VOTES,
    VOTE_ROWS,
    VOTE_ROWS[2],
    [("votes for the Greens, thousands", 2310)],
    [("Greens seats", 2310)],
)

SCHOOLS = [
    "Spending on each pupil in the district will reach £6,420 next year, the education board said, as it handed out its building money.",
    "The board's capital grants for the year, by school:",
]
SCHOOL_ROWS = ["- Ashgrove Academy: £4.2m", "- Millbeck High: £2.9m", "- St Oda's: £1.1m"]
box(
    MEASURE,
    SCHOOLS,
    SCHOOL_ROWS,
    SCHOOL_ROWS[0],
    [("capital grant for Ashgrove Academy", 4.2e6)],
    [("spending on each pupil at Ashgrove Academy", 4.2e6)],
)

PLEDGES = [
    "Donor governments have pledged €610m to rebuild the valley's bridges, but only a fraction of the aid has been delivered, the relief agency said.",
    "Pledges so far:",
]
PLEDGE_ROWS = ["• Germany: €120m", "• The Netherlands: €85m", "• Denmark: €40m"]
box(
    MEASURE,
    PLEDGES,
    PLEDGE_ROWS,
    PLEDGE_ROWS[0],
    [("aid pledged by Germany", 120e6), ("pledges from Germany", 120e6)],
    [("aid delivered by Germany", 120e6)],
)
box(
    MEASURE,
    PLEDGES,
    PLEDGE_ROWS,
    PLEDGE_ROWS[1],
    [("aid pledged by the Netherlands", 85e6)],
    [("aid delivered by the Netherlands", 85e6)],
)

HOMES = [
    "Builders started work on fewer homes across the region last year, while sales held up, the housing agency reported.",
    "Some 3,880 homes were built in London and its suburbs, down from 4,400.",
    "HOMES SOLD",
]
HOME_ROWS = ["London: 4,120", "Southeast: 2,760", "Midlands: 1,940"]
box(
    MEASURE,
    HOMES,
    HOME_ROWS,
    HOME_ROWS[0],
    [("homes sold in London", 4120)],
    [("homes built in London", 4120)],
)

JOBS = [
    "The hospital trust hired 240 nurses this year to staff its new wing, its annual report shows.",
    "It also cut posts in administration as it merged two sites.",
    "Job cuts by department:",
]
JOB_ROWS = ["- Nurses: 38", "- Administration: 112", "- Catering: 20"]
box(MEASURE, JOBS, JOB_ROWS, JOB_ROWS[0], [("job cuts among nurses", 38)], [("nurses hired", 38)])
box(
    MEASURE,
    JOBS,
    JOB_ROWS,
    JOB_ROWS[1],
    [("administration job cuts", 112)],
    [("administration posts merged", 112)],
)

HARVEST = [
    "Farmers in the county planted more wheat this spring than in any year since 2015, betting on higher prices.",
    "The harvest itself was hit by a wet August.",
    "TONNES HARVESTED",
]
HARVEST_ROWS = ["- Wheat: 412,000", "- Barley: 198,500", "- Oats: 61,200"]
box(
    MEASURE,
    HARVEST,
    HARVEST_ROWS,
    HARVEST_ROWS[0],
    [("wheat harvested, tonnes", 412000)],
    [("wheat planted, tonnes", 412000)],
)

SEATS = [
    "The Greens doubled their group on the Calder Bay council, winning seats in wards they had never contested, while their vote share rose to 19%.",
]
box(
    MEASURE,
    SEATS,
    ["SEATS WON", "- Greens: 14", "- Labour: 22", "- Independents: 6"],
    "- Greens: 14",
    [("Greens seats won", 14), ("seats won by the Greens", 14)],
    [("votes for the Greens", 14), ("Greens seats contested", 14)],
)
GLANCE = [
    "The city's three pools had their busiest summer on record, the leisure trust said, with swimmers queuing at the gates on the hottest days.",
]
box(
    MEASURE,
    GLANCE,
    ["AT A GLANCE", "- Riverside Lido: 48,200 swimmers", "- Wrenfield Baths: 31,650 swimmers"],
    "- Riverside Lido: 48,200 swimmers",
    [("swimmers at Riverside Lido", 48200)],
    [("swimmers at Wrenfield Baths", 48200)],
)

# --- print: how the line prints the number -------------------------------------------------
CHARITY = [
    "Giving to charity in the province climbed for a fourth straight year, the Wrenfield Philanthropy Forum said.",
    "Donations from living people made up most of it.",
    "Sources of giving",
]
CHARITY_ROWS = [
    "- INDIVIDUALS: US$1.15BN",
    "- Foundations: US$412 million (up 4%)",
    "- Women's giving circles: C$640,000",
    "- Parks & recreation trusts: $2.05m",
]
box(
    PRINT,
    CHARITY,
    CHARITY_ROWS,
    CHARITY_ROWS[0],
    [("giving by individuals", 1.15e9), ("donations from individuals", 1.15e9)],
    [],
)
box(
    PRINT,
    CHARITY,
    CHARITY_ROWS,
    CHARITY_ROWS[1],
    [("giving by foundations", 412e6)],
    [("giving by foundations", 4)],
)
box(
    PRINT,
    CHARITY,
    CHARITY_ROWS,
    CHARITY_ROWS[2],
    [("giving by women's giving circles", 640000)],
    [],
)
box(
    PRINT,
    CHARITY,
    CHARITY_ROWS,
    CHARITY_ROWS[3],
    [("giving by parks and recreation trusts", 2.05e6)],
    [],
)

SHARES = [
    "Individual donors gave the most, the forum's report says, but their slice of all giving shrank.",
    "SHARE OF GIVING",
]
SHARE_ROWS = ["- Individuals: 64%", "- Foundations: 22 per cent", "- Companies: 9 percent"]
box(PRINT, SHARES, SHARE_ROWS, SHARE_ROWS[0], [], [("giving by individuals", 64)])
box(PRINT, SHARES, SHARE_ROWS, SHARE_ROWS[1], [], [("giving by foundations", 22)])
box(PRINT, SHARES, SHARE_ROWS, SHARE_ROWS[2], [], [("giving by companies", 9)])

HEADS = [
    "Donors were more generous on average in the province's richer towns, the forum said, with giving by residents rising in all three.",
    "Average gift:",
]
HEAD_ROWS = [
    "- Eastbrook residents: $1,240 per donor",
    "- Calder Bay residents: $980 a head",
    "- Fernhollow residents: $715 each",
]
box(PRINT, HEADS, HEAD_ROWS, HEAD_ROWS[0], [], [("giving by Eastbrook residents", 1240)])
box(PRINT, HEADS, HEAD_ROWS, HEAD_ROWS[1], [], [("giving by Calder Bay residents", 980)])
box(PRINT, HEADS, HEAD_ROWS, HEAD_ROWS[2], [], [("giving by Fernhollow residents", 715)])

RANGES = [
    "The county's three hospitals will need new wards, the health board said, and their building budgets are still being drawn up.",
    "Budget estimates:",
]
RANGE_ROWS = [
    "- Prescott General: £38-44m",
    "- Wrenfield Royal: £21m to £26m",
    "- Calder Infirmary: £12m",
]
box(
    PRINT,
    RANGES,
    RANGE_ROWS,
    RANGE_ROWS[0],
    [],
    [("Prescott General budget", 38e6), ("Prescott General budget", 44e6)],
)
box(PRINT, RANGES, RANGE_ROWS, RANGE_ROWS[1], [], [("Wrenfield Royal budget", 21e6)])
box(PRINT, RANGES, RANGE_ROWS, RANGE_ROWS[2], [("Calder Infirmary budget", 12e6)], [])

STOCK = [
    "Unsold homes piled up again at the end of March 2026, the Fernhollow estate agents' board said.",
    "In 2023 the market was far tighter.",
    "The board's figures:",
]
STOCK_ROWS = ["- Homes in inventory at quarter end: 19,300", "- Homes sold in the quarter: 4,410"]
box(
    PRINT,
    STOCK,
    STOCK_ROWS,
    STOCK_ROWS[0],
    [("homes in inventory", 19300)],
    [],
    as_of="quarter end",
)
box(
    PRINT,
    STOCK,
    STOCK_ROWS,
    STOCK_ROWS[0],
    [],
    [("homes in inventory", 19300)],
    as_of="quarter end 2019",
)
box(
    PRINT,
    STOCK,
    STOCK_ROWS,
    STOCK_ROWS[0],
    [],
    [("homes in inventory", 19300)],
    as_of="end of 2021",
)

WORKERS = [
    "The Calder Bay plant employs more women than men for the first time, its owner said, after a hiring drive on the packing lines.",
]
WORKER_ROWS = ["Women: 1,388 | Men: 1,204", "Apprentices: 12k | Interns: 140"]
box(
    PRINT,
    WORKERS,
    WORKER_ROWS,
    WORKER_ROWS[0],
    [("women employed", 1388), ("men employed", 1204)],
    [("men employed", 1388)],
)
box(
    PRINT,
    WORKERS,
    WORKER_ROWS,
    WORKER_ROWS[1],
    [("apprentices employed", 12000)],
    [("apprentices employed", 140)],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
