# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 53's compared-time reading (``grounding_fc53n.jsonl``, false-alarm
writer fc53n; :mod:`summarizer.verification.occasions.compared_times`), at the edges of

- ``baseline``: a count compared with an earlier figure, the earlier time after the compared
  number or after a change's size ("rose 4 per cent to 4,605, against 4,445 a year earlier",
  "eased to 12.1% from 13% a year ago", "4% more than a year earlier"), beside another
  sentence that gives a tally of the story's own: the count is the story's own (must pass);
  the compared number, the change's size, or a number the time is said of itself ("had 900
  staff a year earlier, against 1,100 now" for the staff now) is not (must fail).

Run ``python tests/data/make_fc53n_cases.py`` to rebuild it. Every article below was written
for this set in its own words (the firms, places and people made up); each verdict is what a
careful fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fc53n.jsonl")

built = SupportCases(
    "fc53n",
    leads=[
        "By Marta Kowal | The Severn Gazette",
        "LEEDS (Northgate Wire) -",
        "Business | The Fenland Ledger",
        "From our Glasgow desk, The Clyde Courier.",
    ],
)
BASELINE = "baseline"
PUBLISHED = "2025-06-12"


case = partial(built.count_cases, BASELINE, published=PUBLISHED)


case(
    [
        "Harrow Homes said its completions rose 4 per cent to 4,605, against 4,445 a year earlier.",
        "The builder has 212 sites open across the north.",
    ],
    [("completions", 4605, "exact")],
    [("completions", 4445, "exact"), ("completions", 4, "exact")],
)
case(
    [
        "Dunmore's market share eased to 11.4% from 12.3% a year ago, the survey found.",
        "The chain runs 318 stores, and Pellow's share rose to a record 7.9%.",
    ],
    [("Dunmore market share, percent", 11.4, "exact")],
    [
        ("Dunmore market share, percent", 12.3, "exact"),
        ("Dunmore market share, percent", 7.9, "exact"),
    ],
)
case(
    [
        "In its fourth quarter the builder handed over 18,210 homes, 6% more than a year earlier.",
        "It now employs 9,400 staff at 41 offices.",
    ],
    [("homes delivered", 18210, "exact")],
    [("homes delivered", 6, "exact"), ("homes delivered", 9400, "exact")],
)
case(
    [
        "Ashby Foods booked an operating profit of 1.9 billion euros for January to March, down from 2.6 billion euros a year before.",
        "Its sales fell 3 per cent in the quarter.",
    ],
    [("first-quarter operating profit, euros", 1_900_000_000, "exact")],
    [("first-quarter operating profit, euros", 2_600_000_000, "exact")],
)
case(
    [
        "Half-year revenue came to 12.7 billion pounds, up 8.2 per cent on the same period last year.",
        "The group kept its dividend at 31 pence.",
    ],
    [("half-year revenue, pounds", 12_700_000_000, "exact")],
    [("half-year revenue, pounds", 8.2, "exact"), ("half-year revenue, pounds", 31, "exact")],
)
case(
    [
        "The median asking price, $388,900, was 3.1% higher than a year earlier, the agency said.",
        "Sales of existing homes slipped to 3.9 million.",
    ],
    [("median asking price, dollars", 388900, "exact")],
    [
        ("median asking price, dollars", 3.1, "exact"),
        ("median asking price, dollars", 3_900_000, "exact"),
    ],
)
case(
    [
        "Some 71 per cent of members said they backed the plan, a little down on 78 per cent the year before.",
        "The union balloted 40,000 members.",
    ],
    [("members backing the plan, percent", 71, "about")],
    [("members backing the plan, percent", 78, "exact")],
)
case(
    [
        "Promotional packs of the biscuits now sell for £3.25, up from £2.80 last year.",
        "The maker sold 14 million packs in the spring.",
    ],
    [("promotional pack price, pounds", 3.25, "exact")],
    [("promotional pack price, pounds", 2.8, "exact")],
)
case(
    [
        "Tolmie Bank counted 2,140 complaints in the half, compared with 1,610 a year ago.",
        "It closed 17 branches.",
    ],
    [("complaints", 2140, "exact")],
    [("complaints", 1610, "exact"), ("complaints", 17, "exact")],
)
case(
    [
        "Passenger numbers at Carrick airport reached 6.2 million, against 5.8 million in 2024.",
        "The airport added 11 routes.",
    ],
    [("passengers", 6_200_000, "exact")],
    [("passengers", 5_800_000, "exact")],
)
case(
    [
        "The discounter drew 388,000 more shoppers than a year earlier, the researchers said.",
        "Its share rose to 9.3%.",
    ],
    [("extra shoppers", 388000, "exact")],
    [("extra shoppers", 9.3, "exact")],
)
case(
    [
        "Exports of oats rose to 412,000 tonnes from 377,000 tonnes the year before.",
        "Growers planted 160,000 hectares.",
    ],
    [("oat exports, tonnes", 412000, "exact")],
    [("oat exports, tonnes", 377000, "exact"), ("oat exports, tonnes", 160000, "exact")],
)
# The time said of the number itself: no compared number or change stands between them.
case(
    [
        "The mill had 900 workers a year earlier; it now employs 1,100.",
        "Its owners invested 40 million pounds.",
    ],
    [("workers now", 1100, "exact")],
    [("workers now", 900, "exact")],
)
case(
    [
        "Some 620 people were killed in the floods more than a year ago, the agency recalled.",
        "This week's storm killed 14 people in the valley.",
    ],
    [("people killed this week", 14, "exact")],
    [("people killed this week", 620, "exact")],
)
case(
    [
        "The clinic treated 5,300 patients in 2024, against a target of 6,000.",
        "This year it has treated 2,900 so far.",
    ],
    [("patients treated this year", 2900, "exact")],
    [("patients treated this year", 5300, "exact"), ("patients treated this year", 6000, "exact")],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
