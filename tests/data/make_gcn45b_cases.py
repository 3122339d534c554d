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
- ``cancel``: a count of cancelled things is read only from a cancellation's deed: "delayed
  900 more", "rescheduled 45 others", "320 flights were diverted" are no cancellations, while
  "forced 140 cancellations" is (its own noun is the deed);
- ``stock``: "units of" another product ("units of its smart speaker" are no phones; a named
  model is not judged), the whole after a part's word ("did not cut any of its 4,500
  positions") for a deed's count, and a former stock ("once had 1.8 million residents") for
  a count that does not name the former time.

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
TIME, TURNOUT, BEFORE, CANCEL, STOCK = "time", "turnout", "before", "cancel", "stock"
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

# --- cancel: a count of cancelled things read only from a cancellation's deed ------------------
S = "EasyJet cancelled 250 flights on Friday and delayed 900 more."
counts(CANCEL, [S], [("flights cancelled on Friday", 250, EXACT)], [("flights cancelled on Friday", 900, EXACT)])  # fmt: skip
S = "Snow forced 140 cancellations at Munich, and 320 flights were diverted to Nuremberg."
counts(CANCEL, [S], [("flights cancelled at Munich", 140, EXACT)], [("flights cancelled at Munich", 320, EXACT)])  # fmt: skip
S = "Network Rail said 85 trains were axed and 240 were delayed."
counts(CANCEL, [S], [("trains cancelled", 85, EXACT)], [("trains cancelled", 240, EXACT)])  # fmt: skip
S = "The council cancelled 30 bin rounds and rescheduled 45 others."
counts(CANCEL, [S], [("bin rounds cancelled", 30, EXACT)], [("bin rounds cancelled", 45, EXACT)])  # fmt: skip
S = "Organisers axed 12 concerts and moved 20 to the autumn."
counts(CANCEL, [S], [("concerts cancelled", 12, EXACT)], [("concerts cancelled", 20, EXACT)])  # fmt: skip
S = "Avanti scrapped 90 services, and 150 were delayed by more than an hour."
counts(CANCEL, [S], [("services cancelled", 90, EXACT)], [("services cancelled", 150, EXACT)])  # fmt: skip
S = "The airline cancelled 35 flights and diverted 18 to Lyon."
counts(CANCEL, [S], [("flights cancelled", 35, EXACT)], [("flights cancelled", 18, EXACT)])  # fmt: skip
S = "Some 420 flights were delayed at Gatwick on Sunday."
counts(CANCEL, [S], [], [("flights cancelled at Gatwick", 420, ABOUT)])  # fmt: skip
S = "The storm delayed 2,300 flights, the airport said."
counts(CANCEL, [S], [], [("flights cancelled", 2300, EXACT)])  # fmt: skip
S = "KLM grounded its fleet, and about 470 flights were rerouted through Brussels."
counts(CANCEL, [S], [], [("flights cancelled", 470, ABOUT)])  # fmt: skip
S = "Storm Ciaran forced 1,050 cancellations across Europe."
counts(CANCEL, [S], [("flights cancelled across Europe", 1050, EXACT)], [])  # fmt: skip
S = "Eurostar axed 28 trains on Sunday after a signal failure."
counts(CANCEL, [S], [("trains cancelled on Sunday", 28, EXACT)], [])  # fmt: skip
S = "Transat says it has scrubbed 180 flights scheduled for Sunday."
counts(CANCEL, [S], [("flights cancelled", 180, EXACT)], [])  # fmt: skip
S = "Some 300 flights were cancelled at Frankfurt."
counts(CANCEL, [S], [("flights cancelled at Frankfurt", 300, ABOUT)], [])  # fmt: skip

# --- stock: another product's units, a part's whole, a former number --------------------------
S = "Telvo shipped 4 million phones and 1.2 million units of its smart speaker."
counts(STOCK, [S], [("phones shipped by Telvo", 4_000_000, EXACT)], [("phones shipped by Telvo", 1_200_000, EXACT)])  # fmt: skip
S = "Orion sold 650,000 units of its budget tablet in the quarter."
counts(STOCK, [S], [], [("phones sold by Orion", 650_000, EXACT)])  # fmt: skip
S = "Kemba shipped 2.2 million units of its wireless earbuds last year."
counts(STOCK, [S], [], [("handsets shipped by Kemba", 2_200_000, EXACT)])  # fmt: skip
S = "Pixelworks sold 300,000 units of the smartwatch and 1.5 million smartphones."
counts(STOCK, [S], [], [("phones sold by Pixelworks", 300_000, EXACT)])  # fmt: skip
S = "Orion sold 650,000 units of its budget handset in the quarter."
counts(STOCK, [S], [("phones sold by Orion", 650_000, EXACT)], [])  # fmt: skip
S = "Nokta shipped 2.2 million units of the Nokta X5 last year."
counts(STOCK, [S], [("phones shipped by Nokta", 2_200_000, EXACT)], [])  # fmt: skip
S = "Zentel sold 480,000 units of its flagship phone in March."
counts(STOCK, [S], [("phones sold by Zentel in March", 480_000, EXACT)], [])  # fmt: skip
S = "Velo shipped 3 million units of its new smartphone."
counts(STOCK, [S], [("phones shipped by Velo", 3_000_000, EXACT)], [])  # fmt: skip
S = "Brenner Steel did not cut any of its 4,500 positions this year."
counts(STOCK, [S], [], [("jobs cut at Brenner Steel", 4500, EXACT)])  # fmt: skip
S = "The bank will shed none of its 900 roles in Leeds."
counts(STOCK, [S], [], [("jobs shed in Leeds", 900, EXACT)])  # fmt: skip
S = "Pexa laid off some of its 1,800 workers in May."
counts(STOCK, [S], [], [("staff laid off by Pexa", 1800, EXACT)])  # fmt: skip
S = "Norland will axe half of its 6,000 roles."
counts(STOCK, [S], [], [("jobs axed at Norland", 6000, EXACT)])  # fmt: skip
S = "Brenner Steel cut 4,500 positions this year."
counts(STOCK, [S], [("jobs cut at Brenner Steel", 4500, EXACT)], [])  # fmt: skip
S = "Pexa laid off 1,800 workers in May."
counts(STOCK, [S], [("staff laid off by Pexa", 1800, EXACT)], [])  # fmt: skip
S = "Norland will axe 6,000 roles."
counts(STOCK, [S], [("jobs axed at Norland", 6000, EXACT)], [])  # fmt: skip
S = "Detroit once had 1.8 million residents; today about 640,000 live there."
counts(STOCK, [S], [], [("population of Detroit", 1_800_000, EXACT)])  # fmt: skip
S = "The village formerly had 900 inhabitants, the parish records show."
counts(STOCK, [S], [("former population of the village", 900, EXACT)], [("population of the village", 900, EXACT)])  # fmt: skip
S = "The plant previously had 3,200 workers on its books."
counts(STOCK, [S], [], [("staff at the plant", 3200, EXACT)])  # fmt: skip
S = "The firm once had 12,000 employees in Britain."
counts(STOCK, [S], [], [("staff of the firm in Britain", 12_000, EXACT)])  # fmt: skip
S = "Detroit had 1.8 million residents in 1950."
counts(STOCK, [S], [("population of Detroit in 1950", 1_800_000, EXACT)], [])  # fmt: skip
S = "The plant has 3,200 workers on its books."
counts(STOCK, [S], [("staff at the plant", 3200, EXACT)], [])  # fmt: skip
S = "The firm had 12,000 employees in Britain last year."
counts(STOCK, [S], [("staff of the firm in Britain in 2025", 12_000, EXACT)], [])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
