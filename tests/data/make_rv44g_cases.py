# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 44's count word families (``grounding_rv44g.jsonl``,
review rv44g of fcu44b), cases written by the reviewer in new words, at the edges of
figures/count_families (a count's cue words widened to its noun's family) and its refusal
``family_clash``:

- ``people``: population, jobs and staff, attendance: a family member counting another
  group of the same place or firm in one sentence (residents evacuated, jobs kept against jobs
  cut, expected visitors against those who came, a former population, a plan, a headcount's
  change against the headcount), and the right value in other outlets' words;
- ``things``: remains, cancellations, phones: bodies still held against bodies returned,
  another thing scrapped or axed, other devices or units beside the phones, a plan to sell.

Run ``python tests/data/make_rv44g_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv44g.jsonl")

built = SupportCases(
    "rv44g",
    leads=[
        "By Ines Valcourt | The Loire Messenger",
        "JOHANNESBURG (Highveld Wire) -",
        "METRO DESK | The Tyneside Journal",
        "From our Canberra bureau, The Murray Ledger.",
        "MARKETS LIVE - The Harbour Times",
    ],
)
PEOPLE, THINGS = "people", "things"
PUBLISHED = "2026-02-20"
EXACT, MORE, ABOUT, LEAST = "exact", "more_than", "about", "at_least"

counts = partial(built.count_cases, published=PUBLISHED)

# --- people: population -------------------------------------------------------------------
S = "Police evacuated 1,200 residents from Marlow Vale, a village of about 4,000 inhabitants, as the river rose on Sunday."
counts(PEOPLE, [S], [("population of Marlow Vale", 4000, ABOUT)], [("population of Marlow Vale", 1200, ABOUT)])  # fmt: skip
S = "More than 500 residents of Ostrava's Poruba district marched on the town hall, which serves a population of 280,000."
counts(PEOPLE, [S], [("population served by the town hall", 280000, EXACT)], [("population of Poruba", 500, MORE)])  # fmt: skip
S = "Kiruna once had 25,000 inhabitants; today fewer than 17,000 remain as the mine swallows the old centre."
counts(PEOPLE, [S], [("population of Kiruna today", 17000, "less_than")], [("population of Kiruna today", 25000, EXACT)])  # fmt: skip
S = "The council wants the town, home to 62,000 people, to reach 80,000 residents by 2040."
counts(PEOPLE, [S], [("population of the town", 62000, EXACT)], [("population of the town", 80000, EXACT)])  # fmt: skip
S = "Of the island's 3,400 residents, about 700 are over 70, the health board said."
counts(PEOPLE, [S], [("population of the island", 3400, EXACT)], [("population of the island", 700, ABOUT)])  # fmt: skip
S = "The hamlet (pop. 412) lost its last shop in May; 60 residents signed a petition to save it."
counts(PEOPLE, [S], [("population of the hamlet", 412, EXACT)], [("population of the hamlet", 60, EXACT)])  # fmt: skip
S = "Local officials put the number of inhabitants at 1.3 million, though 200,000 more are believed to live in unregistered housing."
counts(PEOPLE, [S], [("population of the city", 1300000, EXACT)], [("population of the city", 200000, EXACT)])  # fmt: skip

# --- people: jobs and staff ---------------------------------------------------------------
S = "Kessler, which has 4,200 roles across Britain, will cut 800 jobs at its Derby site."
counts(PEOPLE, [S], [("jobs cut at Derby", 800, EXACT)], [("jobs cut at Derby", 4200, EXACT)])  # fmt: skip
S = "The bank will cut 900 jobs this year, leaving 6,100 positions in its retail arm."
counts(PEOPLE, [S], [("jobs cut this year", 900, EXACT)], [("jobs cut this year", 6100, EXACT)])  # fmt: skip
S = "Norvik plans to axe 350 jobs in Oslo and add 120 roles in Gdansk."
counts(PEOPLE, [S], [("jobs axed in Oslo", 350, EXACT)], [("jobs axed in Oslo", 120, EXACT)])  # fmt: skip
S = "The union said 2,600 positions were at risk, though the company has so far confirmed only 1,100 redundancies."
counts(PEOPLE, [S], [("jobs at risk", 2600, EXACT)], [("jobs cut", 2600, EXACT)])  # fmt: skip
S = "Alder Foods did not cut any of its 3,000 roles last year, despite the slump."
counts(PEOPLE, [S], [("jobs at Alder Foods", 3000, EXACT)], [("jobs cut at Alder Foods last year", 3000, EXACT)])  # fmt: skip
S = "Zeta Systems will reduce its headcount by 500 to 9,500 by the end of June."
counts(PEOPLE, [S], [("staff at Zeta Systems after the cuts", 9500, EXACT)], [("staff at Zeta Systems", 500, EXACT)])  # fmt: skip
S = "Some 800 workers at Boltex, a supplier to the carmaker, walked out on Monday; the carmaker itself employs 12,000."
counts(PEOPLE, [S], [("staff at Boltex who walked out", 800, ABOUT)], [("employees of the carmaker", 800, ABOUT)])  # fmt: skip
S = "The hospital's 3,100-strong workforce is backed by about 400 agency workers each week."
counts(PEOPLE, [S], [("staff of the hospital", 3100, EXACT)], [("employees of the hospital", 400, ABOUT)])  # fmt: skip
S = "Morrow Retail employed 41,000 people at its peak in 2019; its headcount now stands at 28,500."
counts(PEOPLE, [S], [("staff of Morrow Retail now", 28500, EXACT)], [("employees of Morrow Retail now", 41000, EXACT)])  # fmt: skip
S = "Ferris said it would hire 1,500 workers next year, after laying off 2,200 staff in 2025."
counts(PEOPLE, [S], [("employees laid off in 2025", 2200, EXACT)], [("employees hired in 2025", 1500, EXACT)])  # fmt: skip
S = "Quill Media is looking to fill 250 positions, a spokesperson said; it currently has 1,900 employees."
counts(PEOPLE, [S], [("staff of Quill Media", 1900, EXACT)], [("jobs created at Quill Media", 250, EXACT)])  # fmt: skip
S = "About 6,000 staff were furloughed in April, roughly a third of the airline's 18,000 employees."
counts(PEOPLE, [S], [("workers furloughed in April", 6000, ABOUT)], [("workers furloughed in April", 18000, ABOUT)])  # fmt: skip

# --- people: attendance -------------------------------------------------------------------
S = "Organisers had expected 50,000 visitors, but only 21,000 came through the gates."
counts(PEOPLE, [S], [("attendance at the show", 21000, EXACT)], [("attendance at the show", 50000, EXACT)])  # fmt: skip
S = "The club, which says it has 2 million fans worldwide, drew a crowd of 18,400 on Saturday."
counts(PEOPLE, [S], [("attendance on Saturday", 18400, EXACT)], [("attendance on Saturday", 2000000, EXACT)])  # fmt: skip
S = "A sell-out crowd of 74,500 packed the stadium, and 1,100 fans without tickets watched on screens outside."
counts(PEOPLE, [S], [("attendance at the stadium", 74500, EXACT)], [("attendance at the stadium", 1100, EXACT)])  # fmt: skip
S = "The museum welcomed 1.2 million visitors last year, up from 900,000 in 2024."
counts(PEOPLE, [S], [("attendance at the museum last year", 1200000, EXACT)], [("attendance at the museum last year", 900000, EXACT)])  # fmt: skip
S = "Would 40,000 spectators really fit into the new ground? The club insists it holds 32,000."
counts(PEOPLE, [S], [("capacity of the new ground", 32000, EXACT)], [("attendance at the new ground", 40000, EXACT)])  # fmt: skip
S = "Attendance at the fair reached 96,000, of whom 12,000 were school pupils on free passes."
counts(PEOPLE, [S], [("visitors to the fair", 96000, EXACT)], [("visitors to the fair", 12000, EXACT)])  # fmt: skip
S = "Stewards said 350 fans were ejected from the ground, where 27,000 watched the match."
counts(PEOPLE, [S], [("attendance at the match", 27000, EXACT)], [("attendance at the match", 350, EXACT)])  # fmt: skip


# --- things: remains ----------------------------------------------------------------------
S = "The remains of four hostages were returned on Thursday; the bodies of 24 others are still being held."
counts(THINGS, [S], [("remains returned on Thursday", 4, EXACT)], [("remains returned on Thursday", 24, EXACT)])  # fmt: skip
S = "Divers recovered nine bodies from the ferry on Tuesday, and 14 people remain unaccounted for."
counts(THINGS, [S], [("remains recovered from the ferry", 9, EXACT)], [("remains recovered from the ferry", 14, EXACT)])  # fmt: skip
S = "Searchers found 31 bodies in the rubble overnight, bringing the toll to 212."
counts(THINGS, [S], [("remains found overnight", 31, EXACT)], [("remains found overnight", 212, EXACT)])  # fmt: skip
S = "Army engineers exhumed the bodies of 17 soldiers from a field near Izium; 40 more are thought to lie in the forest."
counts(THINGS, [S], [("remains exhumed near Izium", 17, EXACT)], [("remains exhumed near Izium", 40, EXACT)])  # fmt: skip
S = "Authorities have yet to release the bodies of 12 migrants, and 5 were buried on Friday."
counts(THINGS, [S], [("remains buried on Friday", 5, EXACT)], [("remains released", 12, EXACT)])  # fmt: skip

# --- things: cancellations ----------------------------------------------------------------
S = "Easton Air cancelled 300 flights on Monday and axed 12 routes for the winter."
counts(THINGS, [S], [("flights cancelled on Monday", 300, EXACT)], [("flights cancelled on Monday", 12, EXACT)])  # fmt: skip
S = "About 3,000 fans will be refunded after the concert at Hollin Park was scrapped."
counts(THINGS, [S], [("ticket holders refunded", 3000, ABOUT)], [("concerts cancelled", 3000, ABOUT)])  # fmt: skip
S = "Network Rail scrapped 420 services on Sunday, with a further 150 running late."
counts(THINGS, [S], [("trains cancelled on Sunday", 420, EXACT)], [("trains cancelled on Sunday", 150, EXACT)])  # fmt: skip
S = "The ministry scrapped plans for 40 new schools and cancelled 9 hospital projects."
counts(THINGS, [S], [("hospital projects cancelled", 9, EXACT)], [("hospital projects cancelled", 40, EXACT)])  # fmt: skip
S = "Fog forced 210 cancellations at Schiphol, and 600 flights were diverted to Brussels."
counts(THINGS, [S], [("flights cancelled at Schiphol", 210, EXACT)], [("flights cancelled at Schiphol", 600, EXACT)])  # fmt: skip
S = "Fewer than 20 flights were cancelled, the airport said, against 180 during last year's storm."
counts(THINGS, [S], [("flights cancelled", 20, "less_than")], [("flights cancelled", 180, EXACT)])  # fmt: skip

# --- things: phones -----------------------------------------------------------------------
S = "Samsung shipped 60 million phones and 12 million other devices, including tablets and watches, in the quarter."
counts(THINGS, [S], [("phones shipped by Samsung", 60000000, EXACT)], [("phones shipped by Samsung", 12000000, EXACT)])  # fmt: skip
S = "Apple sold 48 million iPhones and 20 million units of its AirPods over the holiday period."
counts(THINGS, [S], [("iPhones sold", 48000000, EXACT)], [("iPhones sold", 20000000, EXACT)])  # fmt: skip
S = "Nokta plans to sell 10 million handsets next year, after selling 6.5 million in 2025."
counts(THINGS, [S], [("phones sold by Nokta in 2025", 6500000, EXACT)], [("phones sold by Nokta", 10000000, EXACT)])  # fmt: skip
S = "Honor shipped 14m devices in China, where buyers bought 71m handsets in all."
counts(THINGS, [S], [("phones shipped by Honor in China", 14000000, EXACT)], [("phones shipped by Honor in China", 71000000, EXACT)])  # fmt: skip
S = "The carrier activated 3.1 million handsets in the quarter and sold 900,000 units of its home broadband router."
counts(THINGS, [S], [("phones activated", 3100000, EXACT)], [("phones sold", 900000, EXACT)])  # fmt: skip
S = "Regulators seized 250,000 counterfeit handsets at the port; the brand sold 8 million genuine devices last year."
counts(THINGS, [S], [("phones sold last year", 8000000, EXACT)], [("phones sold last year", 250000, EXACT)])  # fmt: skip
S = "The developer will build 400 housing units next to the Vexa campus, where 2 million phones a year are assembled."
counts(THINGS, [S], [("phones assembled a year", 2000000, EXACT)], [("phones assembled a year", 400, EXACT)])  # fmt: skip

# --- the mends (review rv44g): a stand-in member's number done by a stock's verb, a copula's
# other deed, a plan's infinitive, a word setting its members apart, a turnout's other deed ---
S = "Penfold, which has 5,200 staff, laid off 400 employees at its Leeds depot."
counts(PEOPLE, [S], [("employees laid off", 400, EXACT)], [("employees laid off", 5200, EXACT)])  # fmt: skip
S = "Orbis will cut 1,400 jobs, and 300 roles are being moved to Lisbon."
counts(PEOPLE, [S], [("jobs cut", 1400, EXACT)], [("jobs cut", 300, EXACT)])  # fmt: skip
S = "About 1,100 positions were cut in the spring round, cutting 650 roles in Wales alone."
counts(PEOPLE, [S], [("jobs cut in the spring round", 1100, ABOUT), ("jobs cut in Wales", 650, EXACT)], [])  # fmt: skip
S = "The depot employs 640 staff and 210 seasonal workers; the plant next door has 1,900 permanent employees."
counts(PEOPLE, [S], [("employees of the depot", 640, EXACT), ("staff of the plant", 1900, EXACT)], [("employees of the depot", 210, EXACT)])  # fmt: skip
S = "The plan aims to house 150,000 residents in the new district by 2035; 41,000 inhabitants live there now."
counts(PEOPLE, [S], [("population of the district now", 41000, EXACT)], [("population of the district now", 150000, EXACT)])  # fmt: skip
S = "Police said 42 fans were arrested at the derby, which was watched by 33,000; 9,000 away fans were in attendance."
counts(PEOPLE, [S], [("attendance at the derby", 33000, EXACT), ("away fans attending", 9000, EXACT)], [("attendance at the derby", 42, EXACT)])  # fmt: skip
S = "Tallis sold 11 million phones and 4 million extra devices such as earbuds in the year."
counts(THINGS, [S], [("phones sold", 11000000, EXACT)], [("phones sold", 4000000, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
