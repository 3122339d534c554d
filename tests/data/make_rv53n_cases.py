# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 53's review rv53n of fc53n's compared-time reading
(``grounding_rv53n.jsonl``; :mod:`summarizer.verification.occasions.compared_times`), by shape:

- ``compared``: a count set against an earlier figure ("rose to 1,318, against 1,204 a year
  earlier", "compared with 241 a year ago", "versus 8,115 last spring"): the new count passes;
  the compared (old) number, or another number of the page, fails.
- ``change``: a change's size beside the count ("5,410 members, up 160 from a year earlier",
  "212 more than last year", "an increase of 410 on the same quarter last year"): the count
  passes, the change's size fails.
- ``owntime``: a number with its own time right after it, or two counts each with its own
  time in one sentence ("killed 620 people a year ago, and 300 this year"): this time's count
  passes, the other time's fails.
- ``ownword``: a word that can compare ("from", "on", "with", "over", "than", "against")
  standing between a count and a time that is the count's own, with another number beside it
  ("40 people from 12 countries died in the 2019 crash", "killed 310 people on 6 February
  2023", "More than 500 people in 2019"): the other occasion's count fails; the count of the
  story's own occasion passes.
- ``percent``: percentages beside counts and changes in points or per cent ("eased to 4.2%
  from 4.6% a year ago", "rose 9 per cent to 8,140 on the same month last year"): the new
  figure passes; the old one or the change fails.

Run ``python tests/data/make_rv53n_cases.py`` to rebuild it. Every article below was written
for this set in its own words (the places, firms and people made up); each verdict is what a
careful fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv53n.jsonl")

built = SupportCases(
    "rv53n",
    leads=[
        "By Ilse Varga | The Harlow Standard",
        "KESTREL BAY (Coastline Wire) -",
        "News | The Moorland Echo",
        "From our Dornby desk, The Northern Post.",
    ],
)
PUBLISHED = "2025-06-12"


case = partial(built.count_cases, published=PUBLISHED)


# --- compared: the new count against an earlier figure; the old figure is not the count ------
C = "compared"
case(
    C,
    ["Membership of the Harlow rowing league rose to 1,318, against 1,204 a year earlier."],
    [("league members", 1318, "exact")],
    [("league members", 1204, "exact")],
)
case(
    C,
    [
        "The Vale Street shelter now houses 286 families, compared with 241 a year ago.",
        "It has 40 staff.",
    ],
    [("families housed", 286, "exact")],
    [("families housed", 241, "exact"), ("families housed", 40, "exact")],
)
case(
    C,
    ["Applications to Tarn College climbed to 9,460, versus 8,115 last year."],
    [("applications", 9460, "exact")],
    [("applications", 8115, "exact")],
)
case(
    C,
    ["Reported burglaries in the borough dropped to 1,045, from 1,390 in 2023, the force said."],
    [("burglaries", 1045, "exact")],
    [("burglaries", 1390, "exact")],
)
case(
    C,
    ["Visitors to the Bellmoor museum numbered 61,200, compared to 48,900 last year."],
    [("visitors", 61200, "exact")],
    [("visitors", 48900, "exact")],
)
case(
    C,
    ["The Eastgate food bank fed 4,870 children, more than the 3,900 it fed a year earlier."],
    [("children fed", 4870, "exact")],
    [("children fed", 3900, "exact")],
)
case(
    C,
    ["Turnout in the ward reached 28,400 votes, against 31,050 votes in 2021."],
    [("votes cast", 28400, "exact")],
    [("votes cast", 31050, "exact")],
)
case(
    C,
    ["The island ferry carried 612,000 passengers, versus 577,000 in the same months of 2024."],
    [("ferry passengers", 612000, "exact")],
    [("ferry passengers", 577000, "exact")],
)
case(
    C,
    ["Some 940 flights were cancelled at Dornby airport, compared with 310 a week earlier."],
    [("flights cancelled", 940, "about")],
    [("flights cancelled", 310, "exact")],
)
case(
    C,
    ["Lindqvist Motors recalled 18,300 cars, up from 12,900 the year before, and shut 2 plants."],
    [("cars recalled", 18300, "exact")],
    [("cars recalled", 12900, "exact"), ("cars recalled", 2, "exact")],
)
case(
    C,
    ["The count of nesting terns on Farl Island rose to 2,214 pairs, over 1,980 pairs a year ago."],
    [("nesting pairs", 2214, "exact")],
    [("nesting pairs", 1980, "exact")],
)

# --- change: the change's size is not the count ---------------------------------------------
H = "change"
case(
    H,
    ["The nurses' union now counts 5,410 members, up 160 from a year earlier."],
    [("union members", 5410, "exact")],
    [("union members", 160, "exact")],
)
case(
    H,
    ["Deaths on the county's roads fell by 23 to 118, compared with 2023."],
    [("road deaths", 118, "exact")],
    [("road deaths", 23, "exact")],
)
case(
    H,
    ["Staff numbers at the Wrexley plant rose 340 to 2,960 against a year earlier."],
    [("staff", 2960, "exact")],
    [("staff", 340, "exact")],
)
case(
    H,
    ["The count of people sleeping rough rose to 1,730, 212 more than last year."],
    [("people sleeping rough", 1730, "exact")],
    [("people sleeping rough", 212, "exact")],
)
case(
    H,
    ["Enrolment at Kestrel High reached 1,142 pupils, 58 fewer than in 2022."],
    [("pupils", 1142, "exact")],
    [("pupils", 58, "exact")],
)
case(
    H,
    [
        "Some 3,080 people sought asylum in the quarter, an increase of 410 on the same quarter last year."
    ],
    [("asylum seekers", 3080, "about")],
    [("asylum seekers", 410, "exact")],
)
case(
    H,
    [
        "St Aldric's hospital treated 9,200 patients in its emergency unit, 700 more than a year earlier."
    ],
    [("emergency patients", 9200, "exact")],
    [("emergency patients", 700, "exact")],
)
case(
    H,
    ["The march drew 12,000 people, up 4,000 from last month's march."],
    [("marchers", 12000, "exact")],
    [("marchers", 4000, "exact")],
)
case(
    H,
    ["Firefighters in Moorvale attended 436 call-outs, down 51 on the year before."],
    [("call-outs", 436, "exact")],
    [("call-outs", 51, "exact")],
)
case(
    H,
    ["Brisa Air flew 88,500 passengers, an extra 6,300 compared with a year ago."],
    [("passengers", 88500, "exact")],
    [("passengers", 6300, "exact")],
)
case(
    H,
    ["The volunteer corps has 1,260 members, 160 more than in 2024, and runs 14 stations."],
    [("volunteers", 1260, "exact")],
    [("volunteers", 160, "exact"), ("volunteers", 14, "exact")],
)

# --- owntime: a number with its own time right after it; two counts, two times ---------------
OWN = "owntime"
case(
    OWN,
    ["The floods in the Carra valley killed 620 people a year ago, and 300 this year."],
    [("people killed this year", 300, "exact")],
    [("people killed this year", 620, "exact")],
)
case(
    OWN,
    ["Some 1,400 homes were flooded in 2021, and 560 homes were flooded this spring."],
    [("homes flooded this spring", 560, "exact")],
    [("homes flooded this spring", 1400, "exact")],
)
case(
    OWN,
    ["Last year's Harlow fair drew 41,000 visitors; this year's drew 47,500."],
    [("fair visitors", 47500, "exact")],
    [("fair visitors", 41000, "exact")],
)
case(
    OWN,
    ["The Marsh Lane clinic saw 2,300 patients in 2023 and 2,650 so far this year."],
    [("patients this year", 2650, "exact")],
    [("patients this year", 2300, "exact")],
)
case(
    OWN,
    ["Rioters burned 38 cars in 2022, against 14 this week, police said."],
    [("cars burned this week", 14, "exact")],
    [("cars burned this week", 38, "exact")],
)
case(
    OWN,
    ["Voters elected 14 women to the Dornby council in 2021 and 19 on Sunday."],
    [("women elected", 19, "exact")],
    [("women elected", 14, "exact")],
)
case(
    OWN,
    ["The storm of 2018 cut power to 90,000 homes, and this week's storm cut power to 64,000."],
    [("homes without power", 64000, "exact")],
    [("homes without power", 90000, "exact")],
)
case(
    OWN,
    ["The mine laid off 190 workers a year ago and on Wednesday cut 75 more jobs."],
    [("jobs cut", 75, "exact")],
    [("jobs cut", 190, "exact")],
)
case(
    OWN,
    ["Coastguards rescued 52 migrants last month and 17 on Tuesday."],
    [("migrants rescued", 17, "exact")],
    [("migrants rescued", 52, "exact")],
)
case(
    OWN,
    ["The league fined 11 clubs in 2023, and 6 clubs on Monday."],
    [("clubs fined", 6, "exact")],
    [("clubs fined", 11, "exact")],
)
case(
    OWN,
    ["A year ago 2,900 students sat the exam; this year 3,350 sat it."],
    [("students sitting the exam", 3350, "exact")],
    [("students sitting the exam", 2900, "exact")],
)

# --- ownword: a comparing word between a count and the count's own other time ----------------
W = "ownword"
case(
    W,
    [
        "Some 40 people from 12 countries died in the 2019 crash at Farl Pass.",
        "Tuesday's crash there killed 7 people.",
    ],
    [("people killed on Tuesday", 7, "exact")],
    [("people killed on Tuesday", 40, "about")],
)
case(
    W,
    [
        "The earthquake killed 310 people on 6 February 2023, the agency recalled.",
        "The tremor on Monday killed 4 people.",
    ],
    [("people killed on Monday", 4, "exact")],
    [("people killed on Monday", 310, "exact")],
)
case(
    W,
    ["Troops detained 65 men with 3 rifles last year.", "This week they detained 11 men."],
    [("men detained this week", 11, "exact")],
    [("men detained this week", 65, "exact")],
)
case(
    W,
    [
        "The Selby blaze destroyed 220 homes over 3 days in 2020.",
        "Friday's fire destroyed 18 homes.",
    ],
    [("homes destroyed on Friday", 18, "exact")],
    [("homes destroyed on Friday", 220, "exact")],
)
case(
    W,
    ["In all 96 miners were trapped on 2 June last year.", "On Monday 21 miners were trapped."],
    [("miners trapped on Monday", 21, "exact")],
    [("miners trapped on Monday", 96, "exact")],
)
case(
    W,
    [
        "Some 75 sailors from 4 ships were rescued last month.",
        "On Wednesday the coastguard rescued 9 sailors.",
    ],
    [("sailors rescued on Wednesday", 9, "exact")],
    [("sailors rescued on Wednesday", 75, "about")],
)
case(
    W,
    [
        "Police arrested 150 fans after the final on 28 May 2023.",
        "They arrested 23 fans after Saturday's game.",
    ],
    [("fans arrested on Saturday", 23, "exact")],
    [("fans arrested on Saturday", 150, "exact")],
)
case(
    W,
    [
        "More than 500 people in 2019 were evicted from the Brack estate.",
        "This week 26 families were evicted.",
    ],
    [("families evicted this week", 26, "exact")],
    [("families evicted this week", 500, "more_than")],
)
case(
    W,
    [
        "The charity rehoused 1,200 families with 300 grants last year.",
        "This year it has rehoused 450 families.",
    ],
    [("families rehoused this year", 450, "exact")],
    [("families rehoused this year", 1200, "exact")],
)
case(
    W,
    [
        "The convoy carried 700 tonnes of food from 3 ports a year ago.",
        "Sunday's convoy carried 410 tonnes.",
    ],
    [("tonnes of food on Sunday", 410, "exact")],
    [("tonnes of food on Sunday", 700, "exact")],
)
case(
    W,
    [
        "Rebels seized 45 hostages against 2 villages in March 2019.",
        "On Sunday they seized 12 hostages.",
    ],
    [("hostages seized on Sunday", 12, "exact")],
    [("hostages seized on Sunday", 45, "exact")],
)
case(
    W,
    [
        "Gunmen killed 40 people in 3 villages more than a year ago.",
        "On Monday they killed 6 people at a market.",
    ],
    [("people killed on Monday", 6, "exact")],
    [("people killed on Monday", 40, "exact")],
)
case(
    W,
    ["The rebels freed 30 of the 52 hostages over a year ago.", "This week they freed 8 hostages."],
    [("hostages freed this week", 8, "exact")],
    [("hostages freed this week", 30, "exact")],
)

# --- percent: percentages beside counts, old percentages, changes in per cent ---------------
P = "percent"
case(
    P,
    ["Unemployment in the region eased to 4.2% from 4.6% a year ago."],
    [("unemployment rate, percent", 4.2, "exact")],
    [("unemployment rate, percent", 4.6, "exact")],
)
case(
    P,
    ["Turnout was 61.5%, against 58% in 2021."],
    [("turnout, percent", 61.5, "exact")],
    [("turnout, percent", 58, "exact")],
)
case(
    P,
    ["The Greens' share rose 3.4 points to 27.9%, compared with the election in 2021."],
    [("Greens share, percent", 27.9, "exact")],
    [("Greens share, percent", 3.4, "exact")],
)
case(
    P,
    ["Home ownership among under-35s rose to 38% from 33% in 2015."],
    [("home ownership, percent", 38, "exact")],
    [("home ownership, percent", 33, "exact")],
)
case(
    P,
    ["Vacancies rose 9 per cent to 8,140 on the same month last year."],
    [("vacancies", 8140, "exact")],
    [("vacancies", 9, "exact")],
)
case(
    P,
    ["Some 72% of members voted yes, compared with 64% in the 2022 ballot."],
    [("members voting yes, percent", 72, "about")],
    [("members voting yes, percent", 64, "exact")],
)
case(
    P,
    ["Recorded crime fell 6% to 41,300 offences, versus 43,900 a year ago."],
    [("offences", 41300, "exact")],
    [("offences", 6, "exact"), ("offences", 43900, "exact")],
)
case(
    P,
    ["Average rents rose 7.5% to 1,340 pounds, against 1,247 pounds a year earlier."],
    [("average rent, pounds", 1340, "exact")],
    [("average rent, pounds", 7.5, "exact"), ("average rent, pounds", 1247, "exact")],
)
case(
    P,
    ["Cases of measles rose 40% to 1,260, up from 900 in 2024."],
    [("measles cases", 1260, "exact")],
    [("measles cases", 40, "exact"), ("measles cases", 900, "exact")],
)
case(
    P,
    [
        "The survey found 18% of firms planned to hire, against 23% last year, among 1,500 firms asked."
    ],
    [("firms planning to hire, percent", 18, "exact")],
    [
        ("firms planning to hire, percent", 23, "exact"),
        ("firms planning to hire, percent", 1500, "exact"),
    ],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
