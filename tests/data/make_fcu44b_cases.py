# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 44's count word families (``grounding_fcu44b.jsonl``, false-alarm
cutter fcu44b): a count named in one word of a family read beside another member's word
("population" beside "1.3 million inhabitants", "remains" beside "the bodies of 28", "phones
shipped" beside "58 million units"), and the near-misses a fact-checker still rejects: another
number beside the member's word, a member that counts the same thing for another deed (jobs
cut against jobs created), another group (crew against passengers, volunteers against staff,
visitors against residents, injured against dead).

- ``people``: population, jobs and staff, attendance;
- ``things``: remains, cancellations, phones.

Run ``python tests/data/make_fcu44b_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fcu44b.jsonl")

built = SupportCases(
    "fcu44b",
    leads=[
        "By Marta Quiroga | The Ebro Courier",
        "NAIROBI (Rift Valley Wire) -",
        "CITY DESK | The Humber Gazette",
        "From our Ottawa bureau, The Rideau Ledger.",
        "LIVE UPDATES - The Coastline Post",
    ],
)
PEOPLE, THINGS = "people", "things"
PUBLISHED = "2026-02-14"
EXACT, MORE, ABOUT = "exact", "more_than", "about"

counts = partial(built.count_cases, published=PUBLISHED)

# --- people: population -------------------------------------------------------------------
S = "The island, which has 84,000 inhabitants, applied to join the bloc in 2019, while 12,000 tourists arrive each summer."
counts(PEOPLE, [S], [("population of the island", 84000, EXACT)], [("population of the island", 12000, EXACT)])  # fmt: skip
S = "Some 310,000 residents live in the district, and 45,000 commuters come in each weekday."
counts(PEOPLE, [S], [("population of the district", 310000, ABOUT)], [("population of the district", 45000, ABOUT)])  # fmt: skip
S = "With about 2.4 million visitors a year, the town of 9,000 inhabitants is struggling to cope."
counts(PEOPLE, [S], [("population of the town", 9000, EXACT)], [("residents of the town", 2400000, ABOUT)])  # fmt: skip
S = "The valley's 30,000 residents were told on Monday to leave, and officials said 1,200 had gone by nightfall."
counts(PEOPLE, [S], [("population of the valley", 30000, EXACT)], [("population of the valley", 1200, EXACT)])  # fmt: skip

# --- people: jobs and staff ---------------------------------------------------------------
S = "Brevant said it would cut 1,400 positions in Europe and create 600 new roles in India."
counts(PEOPLE, [S], [("jobs cut in Europe", 1400, EXACT)], [("jobs cut in Europe", 600, EXACT)])  # fmt: skip
S = "With more than 12,500 positions already cut across 2023 and 2024, the studio is smaller than ever."
counts(PEOPLE, [S], [("jobs removed in 2023 and 2024", 12500, MORE)], [("jobs removed in 2023 and 2024", 2024, EXACT)])  # fmt: skip
S = "The hospital employs 3,100 workers, and about 900 volunteers help on the wards."
counts(PEOPLE, [S], [("staff at the hospital", 3100, EXACT)], [("staff at the hospital", 900, ABOUT)])  # fmt: skip
S = "Intel started letting go of 4,000 workers at sites around the United States, it said, after hiring 1,500 contractors last year."
counts(PEOPLE, [S], [("employees laid off", 4000, EXACT)], [("employees laid off", 1500, EXACT)])  # fmt: skip
S = "The merged group will have a workforce of close to 160,000 spread over more than 90 countries."
counts(PEOPLE, [S], [("staff of the combined group", 160000, ABOUT)], [("staff of the combined group", 90, MORE)])  # fmt: skip

S = "The carmaker will create 2,000 jobs at the new plant and cut 700 roles at its old one."
counts(PEOPLE, [S], [("positions created at the new plant", 2000, EXACT)], [("positions created at the new plant", 700, EXACT)])  # fmt: skip
S = "Harrow Bank will shed 3,200 jobs, about 11% of the 29,000 roles it has worldwide."
counts(PEOPLE, [S], [("positions to be shed", 3200, EXACT)], [("positions to be shed", 29000, EXACT)])  # fmt: skip
S = "The charity has 240 paid employees and 5,600 volunteers across the country."
counts(PEOPLE, [S], [("staff of the charity", 240, EXACT)], [("staff of the charity", 5600, EXACT)])  # fmt: skip
S = "Corvell hired 300 staff in the spring, then laid off 1,250 employees in November, about 9% of its 13,900 workers."
counts(PEOPLE, [S], [("staff laid off in November", 1250, EXACT)], [("staff laid off in November", 300, EXACT), ("staff laid off in November", 13900, EXACT)])  # fmt: skip
S = "The council has 1,150 employees and spends a third of its budget on wages."
counts(PEOPLE, [S], [("staff of the council", 1150, EXACT)], [("staff of the council", 3, EXACT)])  # fmt: skip

# --- people: attendance -------------------------------------------------------------------
S = "A crowd of 61,000 watched the final at Wembley, where 2,300 stewards were on duty."
counts(PEOPLE, [S], [("attendance at the final", 61000, EXACT)], [("attendance at the final", 2300, EXACT)])  # fmt: skip
S = "The festival drew 48,000 visitors over three days, organisers said, in a town of 6,500 residents."
counts(PEOPLE, [S], [("people attending the festival", 48000, EXACT)], [("people attending the festival", 6500, EXACT)])  # fmt: skip
S = "About 14,000 fans saw the derby, and 220 police officers kept the two sets apart."
counts(PEOPLE, [S], [("attendance at the derby", 14000, ABOUT)], [("attendance at the derby", 220, ABOUT)])  # fmt: skip
S = "Some 5,800 spectators lined the course; 140 riders started the stage."
counts(PEOPLE, [S], [("people attending the stage", 5800, ABOUT)], [("people attending the stage", 140, ABOUT)])  # fmt: skip

# --- things: remains ----------------------------------------------------------------------
S = "About 20 of the captives are believed to be alive; the bodies of 28 more are to be returned in stages."
counts(THINGS, [S], [("remains to be handed back", 28, EXACT)], [("remains to be handed back", 20, EXACT)])  # fmt: skip
S = "Rescuers recovered 18 bodies from the mine and brought five miners out alive."
counts(THINGS, [S], [("remains recovered from the mine", 18, EXACT)], [("remains recovered from the mine", 5, EXACT)])  # fmt: skip
S = "The bodies of 11 crew members were found on Tuesday, and 40 passengers were still missing."
counts(THINGS, [S], [("remains found", 11, EXACT)], [("remains found", 40, EXACT)])  # fmt: skip
S = "Forensic teams have identified the bodies of 63 victims; 12 others are still unnamed."
counts(THINGS, [S], [("remains identified", 63, EXACT)], [("remains identified", 75, EXACT)])  # fmt: skip

# --- things: cancellations ----------------------------------------------------------------
S = "Another 110 or so cancellations on Friday hit about 8,000 passengers."
counts(THINGS, [S], [("flights cancelled", 110, ABOUT)], [("flights cancelled", 8000, ABOUT)])  # fmt: skip
S = "Ryanair scrapped 400 flights on Monday and delayed 1,100 more."
counts(THINGS, [S], [("flights cancelled on Monday", 400, EXACT)], [("flights cancelled on Monday", 1100, EXACT)])  # fmt: skip
S = "The rail operator said 2,300 services were canceled during the strike, out of 9,000 timetabled."
counts(THINGS, [S], [("train cancellations during the strike", 2300, EXACT)], [("train cancellations during the strike", 9000, EXACT)])  # fmt: skip
S = "The airline axed 64 routes for the winter but added 12 new ones."
counts(THINGS, [S], [("routes cancelled for the winter", 64, EXACT)], [("routes cancelled for the winter", 12, EXACT)])  # fmt: skip

# --- things: phones -----------------------------------------------------------------------
S = "Vendors shipped 296 million handsets in the quarter, while 41 million were returned or refurbished."
counts(THINGS, [S], [("smartphones shipped in the quarter", 296000000, EXACT)], [("smartphones shipped in the quarter", 41000000, EXACT)])  # fmt: skip
S = "Apple shipped 58 million units, research firm Canalys said, up from 52 million a year earlier."
counts(THINGS, [S], [("iPhones shipped", 58000000, EXACT)], [("iPhones shipped", 52000000, EXACT)])  # fmt: skip
S = "Xiaomi sold 42 million devices in the period, and its factories built 47 million."
counts(THINGS, [S], [("phones sold by Xiaomi", 42000000, EXACT)], [("phones sold by Xiaomi", 47000000, EXACT)])  # fmt: skip
S = "Samsung recalled 2.5 million handsets after 35 battery fires were reported."
counts(THINGS, [S], [("phones recalled", 2500000, EXACT)], [("phones recalled", 35, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
