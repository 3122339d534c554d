# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 55's whole_of_part reading (``grounding_cn55.jsonl``, rule writer
cn55; :func:`summarizer.verification.counts.apart_counts.whole_of_part`), at the edges of

- ``among``: a whole whose part is marked later in its own sentence ("298 people were killed,
  among them 196 Dutch citizens", "including 12 children"): the whole refused for a count whose
  words name only the part; the part itself, and the whole for a count its own clause names,
  pass;
- ``next``: a whole whose part "M of them" ("of these", "Of those, M") stands in the next
  sentence: the whole refused for a count named by the next sentence's words only; the part,
  the whole for its own count, and a count the page words otherwise pass.

Run ``python tests/data/make_cn55_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cn55.jsonl")

built = SupportCases(
    "cn55",
    leads=[
        "By Mira Castell | The Lowfield Courier",
        "HARBOURTON (Coastline Wire) -",
        "World | The Eastmoor Gazette",
        "From our Valdera desk, The Northgate Post.",
    ],
)
AMONG, NEXT = "among", "next"
among = partial(built.count_cases, AMONG, published="2026-03-02")
after = partial(built.count_cases, NEXT, published="2026-03-02")

# --- among: a part marked later in the whole's sentence ------------------------------------
among(
    [
        "The ferry sank off Cape Varn on Sunday, and 112 passengers died, among them 41 citizens of Portugal."
    ],
    [("passengers who died", 112, "exact"), ("Portuguese citizens who died", 41, "exact")],
    [("Portuguese citizens who died", 112, "exact")],
)
among(
    ["Shelling of the market town killed 58 people on Tuesday, including 17 children."],
    [("people killed", 58, "exact"), ("children killed", 17, "exact"), ("deaths", 58, "exact")],
    [("children killed", 58, "exact")],
)
among(
    [
        "The regional council laid off 240 workers in March, among them 65 nurses from the county hospital."
    ],
    [("workers laid off", 240, "exact"), ("nurses laid off", 65, "exact")],
    [("nurses laid off", 240, "exact"), ("hospital nurses laid off", 240, "exact")],
)
among(
    [
        "Police in Dorrow detained 310 protesters over the weekend, including 22 journalists covering the march."
    ],
    [("protesters detained", 310, "exact"), ("journalists detained", 22, "exact")],
    [("journalists detained", 310, "exact")],
)
among(
    ["The storm damaged 1,400 homes across the valley, including 300 in the village of Elsby."],
    [("homes damaged", 1400, "exact"), ("homes damaged in Elsby", 300, "exact")],
    [("homes damaged in Elsby", 1400, "exact"), ("Elsby homes damaged", 1400, "exact")],
)
among(
    ["The rebels freed 36 hostages on Friday, among them nine aid workers and a doctor."],
    [("hostages freed", 36, "exact"), ("aid workers freed", 9, "exact")],
    [("aid workers freed", 36, "exact")],
)
among(
    [
        "Organisers said 5,200 runners finished the Kelton marathon, among whom 480 were veterans over sixty."
    ],
    [("runners who finished", 5200, "exact"), ("veterans who finished", 480, "exact")],
    [("veterans who finished", 5200, "exact")],
)
among(
    [
        "The airline cancelled 830 flights this week, including 120 to Brenmoor, as the strike went on."
    ],
    [("flights cancelled", 830, "exact"), ("flights to Brenmoor cancelled", 120, "exact")],
    [("flights to Brenmoor cancelled", 830, "exact")],
)
among(
    [
        "The factory fire injured 27 workers, including four firefighters who were treated for smoke."
    ],
    [("workers injured", 27, "exact"), ("injured", 27, "exact")],
    [("firefighters injured", 27, "exact")],
)
among(
    ["The court convicted 14 officials, among them six former ministers, of taking bribes."],
    [("officials convicted", 14, "exact"), ("former ministers convicted", 6, "exact")],
    [("former ministers convicted", 14, "exact")],
)
among(
    [
        "Some 900 migrants reached the island by boat on Monday, including 150 unaccompanied minors, the coastguard said."
    ],
    [("migrants who reached the island", 900, "about"), ("unaccompanied minors", 150, "exact")],
    [("unaccompanied minors who reached the island", 900, "about")],
)

among(
    [
        "According to the ministry, 120 teachers, including 30 head teachers, lost their jobs when the schools merged."
    ],
    [
        ("teachers who lost their jobs", 120, "exact"),
        ("head teachers who lost their jobs", 30, "exact"),
    ],
    [("head teachers who lost their jobs", 120, "exact")],
)
among(
    [
        "The strike grounded 300 flights at Pellham airport, including 20 long-haul routes, on the busiest day of May."
    ],
    [
        ("flights grounded by the strike", 300, "exact"),
        ("flights grounded at Pellham", 300, "exact"),
    ],
    [("long-haul flights grounded", 300, "exact")],
)

# --- next: a part "M of them" in the next sentence -----------------------------------------
after(
    [
        "More than 650,000 children have been hit by the floods across the delta, the agency says.",
        "In Marrow province it is helping officials reach more than 210,000 of them with food and clean water.",
    ],
    [
        ("children hit by the floods", 650000, "more_than"),
        ("children to reach in Marrow province", 210000, "more_than"),
    ],
    [("children to reach in Marrow province", 650000, "more_than")],
)
after(
    [
        "The earthquake left 3,100 families without shelter.",
        "About 1,800 of them live in the hill town of Sorrel.",
    ],
    [
        ("families without shelter", 3100, "exact"),
        ("families in Sorrel without shelter", 1800, "about"),
    ],
    [("families in Sorrel without shelter", 3100, "exact")],
)
after(
    [
        "The union said 420 drivers walked out on Monday.",
        "Ninety of them work on the night routes out of Kessley depot.",
    ],
    [("drivers who walked out", 420, "exact"), ("night route drivers who walked out", 90, "exact")],
    [("night route drivers who walked out", 420, "exact")],
)
after(
    [
        "Investigators recovered 64 bodies from the wreck by Thursday.",
        "Of these, 23 were crew members, the navy said.",
    ],
    [("bodies recovered", 64, "exact"), ("crew members' bodies recovered", 23, "exact")],
    [("crew members' bodies recovered", 64, "exact")],
)
after(
    [
        "The city has received 12,000 complaints about noise since the new bars opened.",
        "Some 4,000 of those concerned building sites near the river.",
    ],
    [("noise complaints", 12000, "exact"), ("complaints about building sites", 4000, "about")],
    [("complaints about building sites", 12000, "exact")],
)
after(
    [
        "A total of 88 schools shut during the heatwave.",
        "Thirty of them were primary schools in the Lanmoor district.",
    ],
    [("schools shut", 88, "exact"), ("primary schools shut", 30, "exact")],
    [("primary schools shut", 88, "exact"), ("schools shut in Lanmoor", 88, "exact")],
)
after(
    [
        "The charity trained 2,500 volunteers in first aid this year.",
        "About 700 of them were teachers.",
    ],
    [("volunteers trained in first aid", 2500, "exact"), ("volunteers trained", 2500, "exact")],
    [("teachers trained in first aid", 2500, "exact")],
)
after(
    [
        "Rescuers pulled 57 people from the collapsed building.",
        "Nineteen of them were later taken to the Saint Ada hospital.",
    ],
    [
        ("people rescued", 57, "exact"),
        ("people pulled from the building", 57, "exact"),
        ("people taken to hospital", 19, "exact"),
    ],
    [("people taken to hospital", 57, "exact")],
)
after(
    [
        "The port handled 410 ships in May.",
        "A quarter of them flew the flag of Talvia, the harbour master said.",
    ],
    [("ships handled in May", 410, "exact"), ("ships handled", 410, "exact")],
    [],
)
after(
    [
        "Voters elected 120 new councillors on Sunday.",
        "Forty of them are women, a record for the region.",
    ],
    [
        ("councillors elected", 120, "exact"),
        ("women councillors elected", 40, "exact"),
        ("new councillors", 120, "exact"),
    ],
    [("women councillors elected", 120, "exact")],
)
after(
    [
        "The ministry counted 9,000 road accidents on rural roads.",
        "It said 2,300 of them involved drunk drivers.",
    ],
    [("road accidents", 9000, "exact"), ("accidents counted by the ministry", 9000, "exact")],
    [("accidents that involved drunk drivers", 9000, "exact")],
)
after(
    [
        "The festival sold 45,000 tickets in its first week.",
        "Organisers said 12,000 of them went to buyers from abroad.",
    ],
    [("tickets sold in the first week", 45000, "exact"), ("tickets sold", 45000, "exact")],
    [("tickets sold to buyers from abroad", 45000, "exact")],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
