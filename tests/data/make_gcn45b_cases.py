# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 45's closer gcn45b (``grounding_gcn45b.jsonl``): counts read by a
member of a count's word family (figures/count_families.py) that the count's own noun would not
have reached, in three forms, the must-fail cases written first:

- ``time``: the number's own clause names another year than the count ("hire 800 staff next
  year" is no "employees recruited in 2025"); "last/this/next year" is counted from the page's
  date, so "900 roles last year" is "jobs cut in 2025" on a page of 2026;
- ``turnout``: members kept out of the counted place ("3,000 fans without tickets gathered in
  the park outside", "2,500 ticketless fans") are no attendance;
- ``before``: a member before its number with an "of" ("the bodies of 9 climbers") read as the
  number's noun: another kind after the number ("the bodies of 24 others"), and a deed not done
  ("have yet to release", "failed to identify", "were unable to recover").

Run ``python tests/data/make_gcn45b_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gcn45b.jsonl")

built = SupportCases(
    "gcn45b",
    leads=[
        "By Alma Trevino | The Gulf Coast Ledger",
        "OSLO (Nordic Business Wire) -",
        "NEWS DESK | The Severn Star",
        "From our Leeds newsroom, The Aire Valley Courier.",
        "Business | The Tyne Gazette",
    ],
)
TIME, TURNOUT, BEFORE = "time", "turnout", "before"
EXACT, ABOUT, UP_TO = "exact", "about", "up_to"

counts = partial(built.count_cases, published="2026-07-14")

# --- time: another year in the number's own clause (must-fail first) -------------------------
S = "Kestrel Air said it would recruit 800 staff next year, having shed 1,200 roles in 2025."
counts(TIME, [S], [], [("employees recruited by Kestrel Air in 2025", 800, EXACT)])  # fmt: skip
S = "Brightline sold 2.1 million handsets this year, up from 1.6 million units in 2024."
counts(TIME, [S], [("phones sold by Brightline in 2024", 1_600_000, EXACT)], [("phones sold by Brightline in 2024", 2_100_000, EXACT)])  # fmt: skip
S = "The festival drew 61,000 visitors last year; organisers hope for more this summer."
counts(TIME, [S], [("attendance at the festival in 2025", 61_000, EXACT)], [("attendance at the festival in 2026", 61_000, EXACT)])  # fmt: skip
S = "Tarn Motors will hire 650 workers in 2027 and hired 400 staff in 2026."
counts(TIME, [S], [("employees hired by Tarn Motors in 2026", 400, EXACT)], [("employees hired by Tarn Motors in 2026", 650, EXACT)])  # fmt: skip
S = "The abbey welcomed 1.2 million visitors in 2019, against 800,000 last year."
counts(TIME, [S], [("attendance at the abbey in 2019", 1_200_000, EXACT)], [("attendance at the abbey in 2025", 1_200_000, EXACT)])  # fmt: skip
S = "Orvik Paper cut 900 roles last year and expects to shed more in the autumn."
counts(TIME, [S], [("jobs cut at Orvik Paper in 2025", 900, EXACT)], [("jobs cut at Orvik Paper in 2024", 900, EXACT)])  # fmt: skip
S = "Velta shipped 3.4 million devices in 2023, the research firm said, and 5 million this year."
counts(TIME, [S], [("phones shipped by Velta in 2023", 3_400_000, EXACT)], [("phones shipped by Velta in 2026", 3_400_000, EXACT)])  # fmt: skip
S = "The carmaker plans to employ 2,000 workers next year at its new battery plant in Sunderland."
counts(TIME, [S], [], [("staff at the battery plant in 2026", 2000, EXACT)])  # fmt: skip
S = "Around 14,000 residents lived in the parish in 1951, the census showed."
counts(TIME, [S], [("population of the parish in 1951", 14_000, ABOUT)], [("population of the parish in 2021", 14_000, ABOUT)])  # fmt: skip
S = "Norvik Telecom laid off 1,100 employees in 2024, after a merger, and hired 300 workers this spring."
counts(TIME, [S], [("staff laid off by Norvik Telecom in 2024", 1100, EXACT)], [("staff laid off by Norvik Telecom in 2025", 1100, EXACT)])  # fmt: skip
S = "Some 37,000 spectators attended the derby last year, the club said."
counts(TIME, [S], [("attendance at the derby in 2025", 37_000, ABOUT)], [("attendance at the derby in 2023", 37_000, ABOUT)])  # fmt: skip
S = "Dunmore Foods axed 450 positions in 2022 and will axe 200 jobs next year."
counts(TIME, [S], [("jobs axed at Dunmore Foods in 2022", 450, EXACT)], [])  # fmt: skip

# --- turnout: members kept out of the counted place --------------------------------------------
S = "A crowd of 52,000 filled the ground, while 3,000 fans without tickets gathered in the park outside."
counts(TURNOUT, [S], [("attendance at the ground", 52_000, EXACT)], [("attendance at the ground", 3000, EXACT)])  # fmt: skip
S = "About 2,500 ticketless fans were turned away at the gates, and 18,000 spectators saw the final."
counts(TURNOUT, [S], [("attendance at the final", 18_000, EXACT)], [("attendance at the final", 2500, ABOUT)])  # fmt: skip
S = "The match at Ashton Park was watched by 40,500 spectators, with 900 fans outside on big screens."
counts(TURNOUT, [S], [("attendance at the match", 40_500, EXACT)], [("attendance at the match", 900, EXACT)])  # fmt: skip
S = "Nearly 600 visitors without passes waited outside the arena; inside, 11,200 spectators watched the fight."
counts(TURNOUT, [S], [("attendance at the fight", 11_200, EXACT)], [("attendance at the fight", 600, ABOUT)])  # fmt: skip
S = "Police said 4,000 fans outside the Bernabeu clashed with officers before kick-off."
counts(TURNOUT, [S], [], [("attendance at the Bernabeu", 4000, EXACT)])  # fmt: skip
S = "Some 1,500 fans without tickets listened from outside the walls, organisers said."
counts(TURNOUT, [S], [], [("attendance at the concert", 1500, ABOUT)])  # fmt: skip
S = "Some 21,000 spectators saw the Wildcats win, and 700 ticketless fans watched in bars nearby."
counts(TURNOUT, [S], [("attendance at the game", 21_000, ABOUT)], [("attendance at the game", 700, EXACT)])  # fmt: skip
S = "The gallery counted 8,400 visitors on its first weekend, the director said."
counts(TURNOUT, [S], [("attendance at the gallery on its first weekend", 8400, EXACT)], [("attendance at the gallery on its first weekend", 4800, EXACT)])  # fmt: skip
S = "The fair drew 96,000 visitors, and 2,000 spectators without tickets watched the fireworks from outside the grounds."
counts(TURNOUT, [S], [("attendance at the fair", 96_000, EXACT)], [("attendance at the fair", 2000, EXACT)])  # fmt: skip
S = "Some 300 fans who queued outside the stadium were still admitted, taking the crowd to 30,000."
counts(TURNOUT, [S], [("fans outside the stadium", 300, ABOUT)], [])  # fmt: skip
S = "The hall holds 2,300, and 2,250 visitors attended the premiere on Friday."
counts(TURNOUT, [S], [("attendance at the premiere", 2250, EXACT)], [])  # fmt: skip
S = "Around 5,000 fans without tickets were locked outside Wembley as the final kicked off."
counts(TURNOUT, [S], [], [("attendance at Wembley", 5000, ABOUT)])  # fmt: skip
S = "The final at Wembley was watched by 86,000 spectators on Saturday."
counts(TURNOUT, [S], [("attendance at the final", 86_000, EXACT)], [])  # fmt: skip

# --- before: a member before its number with an "of" ------------------------------------------
S = "Police have yet to release the bodies of 9 climbers, and 3 were flown home on Sunday."
counts(BEFORE, [S], [], [("remains released", 9, EXACT)])  # fmt: skip
S = "The coroner has failed to identify the bodies of 6 men found in the lorry."
counts(BEFORE, [S], [], [("remains identified", 6, EXACT)])  # fmt: skip
S = "The army refused to hand over the bodies of 31 fighters killed in the raid."
counts(BEFORE, [S], [], [("remains handed over", 31, EXACT)])  # fmt: skip
S = "Hamas returned the remains of four hostages on Thursday; the bodies of 24 others are still held."
counts(BEFORE, [S], [("remains returned on Thursday", 4, EXACT)], [("remains returned on Thursday", 24, EXACT)])  # fmt: skip
S = "Officials declined to return the bodies of 15 migrants to their families."
counts(BEFORE, [S], [], [("remains returned to families", 15, EXACT)])  # fmt: skip
S = "Divers were unable to recover the bodies of 4 crew from the wreck."
counts(BEFORE, [S], [], [("remains recovered from the wreck", 4, EXACT)])  # fmt: skip
S = "Spar Retail has yet to fill 300 positions at its new depot."
counts(BEFORE, [S], [], [("jobs filled at the depot", 300, EXACT)])  # fmt: skip
S = "The hospital has not managed to hire 120 workers it promised in March."
counts(BEFORE, [S], [], [("employees hired by the hospital", 120, EXACT)])  # fmt: skip
S = "The ministry failed to repatriate the bodies of 7 fishermen before the holiday."
counts(BEFORE, [S], [], [("remains repatriated", 7, EXACT)])  # fmt: skip
S = "Rescuers recovered the bodies of 9 climbers on Sunday."
counts(BEFORE, [S], [("remains recovered", 9, EXACT)], [("remains recovered", 19, EXACT)])  # fmt: skip
S = "The coroner identified the bodies of 6 men found in the lorry."
counts(BEFORE, [S], [("remains identified", 6, EXACT)], [])  # fmt: skip
S = "The army handed over the bodies of 31 fighters on Friday."
counts(BEFORE, [S], [("remains handed over", 31, EXACT)], [])  # fmt: skip
S = "Officials returned the bodies of 15 migrants to their families."
counts(BEFORE, [S], [("remains returned to families", 15, EXACT)], [])  # fmt: skip
S = "Divers recovered the bodies of 4 crew from the wreck."
counts(BEFORE, [S], [("remains recovered from the wreck", 4, EXACT)], [])  # fmt: skip
S = "Spar Retail filled 300 positions at its new depot."
counts(BEFORE, [S], [("jobs filled at the depot", 300, EXACT)], [])  # fmt: skip
S = "The ministry repatriated the bodies of 7 fishermen before the holiday."
counts(BEFORE, [S], [("remains repatriated", 7, EXACT)], [])  # fmt: skip
S = "Police said they had released the bodies of 12 migrants to relatives."
counts(BEFORE, [S], [("remains released", 12, EXACT)], [])  # fmt: skip
S = "Searchers have found the bodies of 23 villagers in the mud since Tuesday."
counts(BEFORE, [S], [("remains found since Tuesday", 23, EXACT)], [])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
