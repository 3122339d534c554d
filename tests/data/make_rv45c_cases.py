# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 45's closer gcn45b (``grounding_rv45c.jsonl``, review rv45c;
figures/count_families.py), cases written by the reviewer in new words, at the edges of the
closer's guards on a number read through a count's family member:

- ``time``: another year in the number's own clause, against a year there that names no time
  of the count's deed (a programme's or an event's name, "the 1936 Olympic Stadium", a
  participle's own time: "soldiers killed in 1944", "workers laid off by Ford in 2024") when the
  count's year opens the clause; another year before the number ("Next year, ...");
- ``place``: members kept out of the counted place ("fans without tickets", "outside the
  ground") against a turnout's manner or its event's place ("attended the derby without
  incident", "an open-air concert outside the castle walls", "the first final played outside
  Europe");
- ``before``: a member before its number with an "of" ("the bodies of 5 others") and a former
  stock, against a reporting verb before the member ("Police confirmed the bodies of 12 ...
  had been recovered"), another group's "others" whose deed is the count's ("recovered the
  bodies of 5 others on Sunday"), a count dated in the former time ("in the 1950s"), "a
  population of" after a plan or a former time, "a crowd of" expected;
- ``deed``: a count of cancelled things told by another deed, against a count that names that
  deed itself ("flights delayed or cancelled", "passengers affected by the cancellations",
  "services reinstated after the cancellations"); the whole after "all of" or "each of" (the
  deed's whole, not a part); "units of" a generic product word ("its new flagship model") or
  any product for a count of devices, against "units of" a phone part ("handset lens modules")
  or another product with a month after it.

Run ``python tests/data/make_rv45c_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv45c.jsonl")

built = SupportCases(
    "rv45c",
    leads=[
        "By Ines Okafor | The Wessex Chronicle",
        "LISBON (Iberian Business Wire) -",
        "NEWS DESK | The Fenland Observer",
        "From our Glasgow newsroom, The Kelvin Herald.",
        "Business | The Wear Valley Mail",
    ],
)
TIME, PLACE, BEFORE, DEED = "time", "place", "before", "deed"
EXACT, ABOUT, MORE_THAN = "exact", "about", "more_than"

counts = partial(built.count_cases, published="2026-07-14")

# --- time: a year in the number's clause that is no time of the count's deed --------------------
S = "Last year Halden Motors hired 1,400 workers for its Vision 2030 programme."
counts(TIME, [S], [("employees hired by Halden Motors in 2025", 1400, EXACT)], [("employees hired by Halden Motors in 2030", 1400, EXACT)])  # fmt: skip
S = "In 2025 the organisers hired 1,200 staff for the 2026 World Cup."
counts(TIME, [S], [("employees hired by the organisers in 2025", 1200, EXACT)], [("employees hired by the organisers in 2026", 1200, EXACT)])  # fmt: skip
S = "The remains of 14 soldiers killed in 1944 were returned to Poland in 2025, the ministry said."
counts(TIME, [S], [("bodies returned to Poland in 2025", 14, EXACT)], [("bodies returned to Poland in 1944", 14, EXACT)])  # fmt: skip
S = "In 2025 Corrin Foods hired 300 workers laid off by Ford in 2024."
counts(TIME, [S], [("employees hired by Corrin Foods in 2025", 300, EXACT)], [("employees hired by Corrin Foods in 2024", 300, EXACT)])  # fmt: skip
S = "Last year the festival drew 61,000 visitors to the 1936 Olympic Stadium in Berlin."
counts(TIME, [S], [("attendance at the festival in 2025", 61_000, EXACT)], [("attendance at the festival in 1936", 61_000, EXACT)])  # fmt: skip
S = "In 2025 Dunmore Foods axed 450 positions at plants it had built in 2019."
counts(TIME, [S], [("jobs axed at Dunmore Foods in 2025", 450, EXACT)], [("jobs axed at Dunmore Foods in 2019", 450, EXACT)])  # fmt: skip
S = "Next year, Kestrel Air will hire 800 staff at its Porto base."
counts(TIME, [S], [], [("employees hired by Kestrel Air in 2026", 800, EXACT)])  # fmt: skip
S = "Tarn Motors hired 400 staff in 2024 and 650 workers in 2026."
counts(TIME, [S], [("employees hired by Tarn Motors in 2026", 650, EXACT)], [("employees hired by Tarn Motors in 2024", 650, EXACT)])  # fmt: skip
S = "The plant will employ 2,000 workers by 2028, the company said."
counts(TIME, [S], [], [("staff at the plant in 2026", 2000, EXACT)])  # fmt: skip
S = "In 2024, Orvik Paper cut 900 roles at its Halden mill."
counts(TIME, [S], [("jobs cut at Orvik Paper in 2024", 900, EXACT)], [("jobs cut at Orvik Paper in 2025", 900, EXACT)])  # fmt: skip
S = "Kestrel Air, which hired 800 staff this year, plans to hire 500 more next year."
counts(TIME, [S], [("employees hired by Kestrel Air in 2026", 800, EXACT)], [])  # fmt: skip
S = "This year Arden Rail has recruited 350 workers for lines due to open in 2028."
counts(TIME, [S], [("employees recruited by Arden Rail in 2026", 350, EXACT)], [("employees recruited by Arden Rail in 2028", 350, EXACT)])  # fmt: skip
S = "In 2025 Tarn Motors hired 400 staff, and 650 workers in 2026."
counts(TIME, [S], [], [("employees hired by Tarn Motors in 2025", 650, EXACT)])  # fmt: skip

# --- place: members kept out of the counted place, or a turnout's manner and event's place ------
S = "Some 45,000 fans attended the derby without incident, police said."
counts(PLACE, [S], [("attendance at the derby", 45_000, ABOUT)], [("attendance at the derby", 54_000, ABOUT)])  # fmt: skip
S = "Around 18,000 visitors attended the open-air concert outside the castle walls."
counts(PLACE, [S], [("attendance at the concert", 18_000, ABOUT)], [])  # fmt: skip
S = "A record 60,000 spectators attended the first final played outside Europe."
counts(PLACE, [S], [("attendance at the final", 60_000, EXACT)], [])  # fmt: skip
S = "The tournament drew 96,000 visitors to its grounds outside Madrid over the week."
counts(PLACE, [S], [("attendance at the tournament", 96_000, EXACT)], [])  # fmt: skip
S = "Some 27,000 spectators attended, with many fans without tickets turned away at the gates."
counts(PLACE, [S], [("attendance at the match", 27_000, ABOUT)], [])  # fmt: skip
S = "The Lions drew 31,500 fans on Saturday without their injured captain."
counts(PLACE, [S], [("attendance at the Lions game", 31_500, EXACT)], [])  # fmt: skip
S = "A further 3,000 fans watched on big screens in a fan zone beyond the stadium."
counts(PLACE, [S], [], [("attendance at the stadium", 3000, EXACT)])  # fmt: skip
S = "A crowd of 5,000 gathered outside the stadium before kick-off."
counts(PLACE, [S], [], [("attendance at the match", 5000, EXACT)])  # fmt: skip
S = "Outside the arena, 1,200 fans watched the fight on a big screen."
counts(PLACE, [S], [], [("attendance at the fight", 1200, EXACT)])  # fmt: skip
S = "About 900 fans outside the ground saw nothing of the game."
counts(PLACE, [S], [], [("spectators at the game", 900, ABOUT), ("attendance at the game", 900, ABOUT)])  # fmt: skip
S = "Some 2,000 fans watched outside the ground, and 41,000 spectators attended the match."
counts(PLACE, [S], [("attendance at the match", 41_000, EXACT)], [("attendance at the match", 2000, ABOUT)])  # fmt: skip
S = "About 3,000 fans without tickets attended a screening in the park."
counts(PLACE, [S], [], [("attendance at the match", 3000, ABOUT)])  # fmt: skip
S = "The gates were locked with 4,000 fans outside, after 52,000 spectators had attended the semi-final."
counts(PLACE, [S], [("attendance at the semi-final", 52_000, EXACT)], [("attendance at the semi-final", 4000, EXACT)])  # fmt: skip
S = "Around 22,000 visitors came to the show without paying on its free opening day."
counts(PLACE, [S], [("attendance at the show", 22_000, ABOUT)], [])  # fmt: skip
S = "Some 6,000 fans gathered without tickets near the gates as 35,000 spectators watched inside."
counts(PLACE, [S], [("attendance at the match", 35_000, EXACT)], [("attendance at the match", 6000, ABOUT)])  # fmt: skip

# --- before: a member before its number, and a former stock ---------------------------------------
S = "Police confirmed the bodies of 12 migrants had been recovered from the lorry."
counts(BEFORE, [S], [("remains recovered from the lorry", 12, EXACT)], [("remains recovered from the lorry", 21, EXACT)])  # fmt: skip
S = "Rescuers found two hikers alive on Saturday and recovered the remains of 5 others on Sunday."
counts(BEFORE, [S], [("bodies recovered on Sunday", 5, EXACT)], [])  # fmt: skip
S = "Officials reported the remains of 9 crew had been identified by Tuesday."
counts(BEFORE, [S], [("bodies identified", 9, EXACT)], [])  # fmt: skip
S = "Divers recovered the bodies of 3 sailors on Friday; the remains of 5 other sailors were recovered on Sunday."
counts(BEFORE, [S], [("bodies recovered on Sunday", 5, EXACT)], [])  # fmt: skip
S = "The bodies of 12 miners were brought up on Monday; the remains of 3 others are still underground."
counts(BEFORE, [S], [("bodies brought up on Monday", 12, EXACT)], [("bodies brought up on Monday", 3, EXACT)])  # fmt: skip
S = "Divers have not yet been able to recover the bodies of 4 crew from the wreck."
counts(BEFORE, [S], [], [("remains recovered from the wreck", 4, EXACT)])  # fmt: skip
S = "Coalbrook once had 12,000 residents in the 1950s; today about 3,000 remain."
counts(BEFORE, [S], [("population of Coalbrook in the 1950s", 12_000, EXACT)], [("population of Coalbrook", 12_000, EXACT)])  # fmt: skip
S = "Kiruna, which once had a population of 25,000, now has 17,000 inhabitants."
counts(BEFORE, [S], [("residents of Kiruna", 17_000, EXACT)], [("residents of Kiruna", 25_000, EXACT)])  # fmt: skip
S = "The town is expected to reach a population of 80,000 by 2040."
counts(BEFORE, [S], [], [("residents of the town", 80_000, EXACT)])  # fmt: skip
S = "A crowd of 52,000 is expected at the derby on Sunday."
counts(BEFORE, [S], [], [("attendance at the derby", 52_000, EXACT)])  # fmt: skip
S = "The mill, which once employed 3,200 workers, closed in 1998."
counts(BEFORE, [S], [], [("staff at the mill", 3200, EXACT)])  # fmt: skip
S = "The valley town once again had 25,000 inhabitants by 2020."
counts(BEFORE, [S], [("population of the town in 2020", 25_000, EXACT)], [])  # fmt: skip
S = "The clinic, with a staff of 40, treats 9,000 patients a year."
counts(BEFORE, [S], [("employees at the clinic", 40, EXACT)], [])  # fmt: skip
S = "Forensic teams announced the remains of 31 victims had been identified so far."
counts(BEFORE, [S], [("bodies identified", 31, EXACT)], [])  # fmt: skip
S = "The bodies of 7 fishermen were repatriated on Monday, the foreign ministry said."
counts(BEFORE, [S], [("remains repatriated on Monday", 7, EXACT)], [])  # fmt: skip
S = "Police announced the bodies of 6 men had not yet been identified."
counts(BEFORE, [S], [], [("remains identified", 6, EXACT)])  # fmt: skip

# --- deed: a cancellation's other deeds, a whole, another product's units -------------------------
S = "More than 1,200 flights were delayed or cancelled at Heathrow on Friday."
counts(DEED, [S], [("flights delayed or cancelled at Heathrow", 1200, MORE_THAN)], [("flights cancelled at Heathrow", 1200, MORE_THAN)])  # fmt: skip
S = "Around 90,000 passengers were affected by the cancellations, the airline said."
counts(DEED, [S], [("passengers affected by the cancellations", 90_000, ABOUT)], [("passengers whose flights were cancelled", 90_000, ABOUT)])  # fmt: skip
S = "ScotRail said 42 services were reinstated on Wednesday after Tuesday's cancellations."
counts(DEED, [S], [("services reinstated after the cancellations", 42, EXACT)], [("services cancelled on Tuesday", 42, EXACT)])  # fmt: skip
S = "Some 600 flights had been diverted to Shannon by midnight."
counts(DEED, [S], [], [("flights cancelled", 600, ABOUT)])  # fmt: skip
S = "Closing the Leeds site will cut all of its 900 roles."
counts(DEED, [S], [("jobs cut in Leeds", 900, EXACT)], [])  # fmt: skip
S = "Each of the 1,150 workers laid off will receive 12 weeks' pay."
counts(DEED, [S], [("staff laid off", 1150, EXACT)], [])  # fmt: skip
S = "Pexa laid off some of the company's 1,800 workers in May."
counts(DEED, [S], [], [("staff laid off by Pexa", 1800, EXACT)])  # fmt: skip
S = "Zentel sold 480,000 units of its new flagship model in the quarter."
counts(DEED, [S], [("phones sold by Zentel", 480_000, EXACT)], [])  # fmt: skip
S = "Nestor sold 1.3 million units of its video doorbell last year."
counts(DEED, [S], [("smart-home devices sold by Nestor", 1_300_000, EXACT)], [("phones sold by Nestor", 1_300_000, EXACT)])  # fmt: skip
S = "Sunny Optical shipped 50 million units of its handset lens modules last month."
counts(DEED, [S], [], [("handsets shipped by Sunny Optical", 50_000_000, EXACT)])  # fmt: skip
S = "Telvo sold 700,000 units of its smart speaker in March."
counts(DEED, [S], [], [("phones sold by Telvo", 700_000, EXACT)])  # fmt: skip
S = "Corvo shipped 2.4 million units of its entry-level range in the first half."
counts(DEED, [S], [("smartphones shipped by Corvo", 2_400_000, EXACT)], [])  # fmt: skip

S = "About 320 trains were diverted or cancelled on Monday as the floods spread."
counts(DEED, [S], [("trains diverted or cancelled on Monday", 320, ABOUT)], [("trains cancelled on Monday", 320, ABOUT)])  # fmt: skip
S = "Harlow Glass cut all of its 640 jobs when the plant shut in May."
counts(DEED, [S], [("positions cut at Harlow Glass", 640, EXACT)], [])  # fmt: skip
S = "Most of the 2,400 workers laid off in May have found new jobs."
counts(DEED, [S], [("employees laid off in May", 2400, EXACT)], [])  # fmt: skip
S = "Half of the 3,000 workers at the plant were laid off."
counts(DEED, [S], [], [("staff laid off at the plant", 3000, EXACT)])  # fmt: skip
S = "Kemba shipped 5.1 million units of its budget models in the quarter."
counts(DEED, [S], [("handsets shipped by Kemba", 5_100_000, EXACT)], [])  # fmt: skip

# more at the edges of "before" (kept last so the ids above stay)
S = "Relatives were told the bodies of 3 divers are still missing after the storm."
counts(BEFORE, [S], [], [("remains recovered after the storm", 3, EXACT)])  # fmt: skip
S = "The hamlet formerly counted 600 inhabitants, the parish register shows."
counts(BEFORE, [S], [], [("population of the hamlet", 600, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
