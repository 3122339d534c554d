# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 45's count frames and period bases (``grounding_rv45d.jsonl``,
review rv45d of gcn45a; figures/count_frames.py, figures/change_ends.after_value), cases
written by the reviewer in new words, at the edges of

- ``hopes``: a count's number in a clause that holds a hope word of another role ("fell short of
  organisers' hopes with only 3,000", "carry the hopes of 12,000 travelling fans", "Hope
  Hospital", "hope the 12,000 signatures collected so far will", "hope to discharge most of
  the 60 patients admitted") and a rhetorical question that states its count ("Is it any
  wonder that 60,000 people have signed"), against a hope's or a yes-no question's number in
  other words ("is hopeful that crowds will average", "So will ...?", "asked whether");
- ``formers``: "once" or "formerly" of another thing than the count ("The mill once owned by
  the Duke employs 40 staff", "(formerly Clarke Group) employs 2,300", "the site formerly
  occupied by the gasworks holds 120 new homes"), against a former value in other words ("used
  to employ", "In its heyday", "At its height") and the frame's own ("once boasted 900");
- ``bases``: a count of an earlier period whose number is followed by a comparison with a
  still earlier period ("in the previous quarter, sales were $2.1bn, down from the year
  before"), another measure's ("while prices were higher than a year earlier"), or a "from"
  of origin ("640 patients, from 22 villages"), against the later value in other styles
  ("against £71m a year earlier", "(¥284bn a year earlier)", "up 4% on the prior year").

Run ``python tests/data/make_rv45d_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv45d.jsonl")

built = SupportCases(
    "rv45d",
    leads=[
        "By Tamsin Achebe | The Calder Valley Courier",
        "AUCKLAND (Southern Cross Wire) -",
        "BUSINESS DESK | The Solent Ledger",
        "From our staff in Tromso, The Arctic Bulletin.",
        "HALIFAX, Nova Scotia (Maritime Press) —",
    ],
)
HOPES, FORMERS, BASES = "hopes", "formers", "bases"
EXACT, MORE, MOST = "exact", "more_than", "at_most"

counts = partial(built.count_cases, published="2026-09-03")

# --- hopes: a hope word of another role in the number's clause ---------------------------------
S = "Organisers had hoped for 10,000 fans but only 3,000 attended the opening match."
counts(HOPES, [S], [("fans at the opening match", 3000, EXACT)], [("fans at the opening match", 10000, EXACT)])  # fmt: skip
S = "The turnout fell short of organisers' hopes with only 3,000 fans attending the opening match."
counts(HOPES, [S], [("fans at the opening match", 3000, EXACT)], [])
S = "Wrexham carry the hopes of 12,000 travelling fans into Sunday's final at Wembley."
counts(HOPES, [S], [("travelling fans", 12000, EXACT)], [])
S = "Hope Hospital in Salford treated 212 patients after the crash on Friday."
counts(HOPES, [S], [("patients treated after the crash", 212, EXACT)], [])
S = "Campaigners hope the 12,000 signatures collected so far will persuade the council to think again."
counts(HOPES, [S], [("signatures collected", 12000, EXACT)], [])
S = "Campaigners hope to collect 20,000 signatures by May, and 12,000 have been gathered so far."
counts(HOPES, [S], [("signatures gathered", 12000, EXACT)], [("signatures gathered", 20000, EXACT)])  # fmt: skip
S = "Doctors hope to discharge most of the 60 patients admitted after the derailment by Friday."
counts(HOPES, [S], [("patients admitted after the derailment", 60, EXACT)], [])
S = "Race organisers hope to beat the 8,000 runners who took part last year."
counts(HOPES, [S], [("runners who took part last year", 8000, EXACT)], [("runners taking part this year", 8000, EXACT)])  # fmt: skip
S = "The appeal has raised fresh hope for the 300 families made homeless by the floods."
counts(HOPES, [S], [("families made homeless by the floods", 300, EXACT)], [])
S = "The trust's chief executive said she hoped the 210 new nurses recruited this year would stay."
counts(HOPES, [S], [("new nurses recruited this year", 210, EXACT)], [])
S = "Is it any wonder that 60,000 people have signed the petition against the closure?"
counts(HOPES, [S], [("people who signed the petition", 60000, EXACT)], [])
S = "The hospice, which hopes to expand next year, cares for 45 patients."
counts(HOPES, [S], [("patients at the hospice", 45, EXACT)], [])
# the hope's or the question's own number, in other words
S = "The league is hopeful that crowds will average 9,000 this season."
counts(HOPES, [S], [], [("average crowd this season", 9000, EXACT)])
S = "It is hoped that as many as 500 volunteers will sign up for the clean-up."
counts(HOPES, [S], [], [("volunteers for the clean-up", 500, MOST)])
S = "Ministers hope the scheme, which opens in June, will reach 80,000 households."
counts(HOPES, [S], [], [("households reached by the scheme", 80000, EXACT)])
S = "Union leaders hope that 3,000 members will back the strike in the ballot."
counts(HOPES, [S], [], [("members who backed the strike", 3000, EXACT)])
S = "Tourism chiefs hope the festival will again attract 50,000 visitors."
counts(HOPES, [S], [], [("visitors to the festival", 50000, EXACT)])
S = "Will the new terminal really handle 20 million passengers a year?"
counts(HOPES, [S], [], [("passengers a year at the terminal", 20e6, EXACT)])
S = "Could as many as 900 jobs be lost at the Port Talbot works?"
counts(HOPES, [S], [], [("jobs lost at the works", 900, MOST)])
S = "So will 50,000 visitors really come to the festival this summer?"
counts(HOPES, [S], [], [("visitors to the festival", 50000, EXACT)])
S = "Reporters asked whether 10,000 marchers had really taken part."
counts(HOPES, [S], [], [("marchers", 10000, EXACT)])

# the mend's edges: a noun "hope" of what is hoped, a mark, a question that asks
S = "Organisers' hopes of a 20,000 crowd were dashed by the rain."
counts(HOPES, [S], [], [("crowd", 20000, EXACT)])
S = "The hope is that 500 volunteers will sign up for the clean-up."
counts(HOPES, [S], [], [("volunteers for the clean-up", 500, EXACT)])
S = "The club has high hopes for 3,000 new season-ticket sales."
counts(HOPES, [S], [], [("new season-ticket sales", 3000, EXACT)])
S = "Fans hope to see the 20,000 mark passed at Saturday's derby."
counts(HOPES, [S], [], [("fans at the derby", 20000, EXACT)])
S = "Organisers hope (weather permitting) 20,000 runners will line up for the start."
counts(HOPES, [S], [], [("runners at the start", 20000, EXACT)])
S = "Did you know that 4,000 volunteers keep the heritage railway running?"
counts(HOPES, [S], [("volunteers who keep the railway running", 4000, EXACT)], [])
S = "Is it true that 300 wolves are left in the Alps?"
counts(HOPES, [S], [], [("wolves in the Alps", 300, EXACT)])
S = "Do you think 50,000 visitors will come to the festival?"
counts(HOPES, [S], [], [("visitors to the festival", 50000, EXACT)])

# --- formers: "once" or "formerly" of another thing than the count -----------------------------
S = "The mill once owned by the Duke of Rutland employs 40 staff."
counts(FORMERS, [S], [("staff at the mill", 40, EXACT)], [])
S = "The once abandoned station handles 9,000 passengers a day."
counts(FORMERS, [S], [("passengers a day at the station", 9000, EXACT)], [])
S = "Meridian Health (formerly Clarke Group) employs 2,300 staff across the region."
counts(FORMERS, [S], [("staff at Meridian Health", 2300, EXACT)], [])
S = "The site formerly occupied by the gasworks holds 120 new homes."
counts(FORMERS, [S], [("new homes on the site", 120, EXACT)], [])
S = "The ward once reserved for private patients has 28 beds for NHS patients."
counts(FORMERS, [S], [("beds on the ward", 28, EXACT)], [])
S = "A warehouse once used by the navy stores 14,000 tonnes of grain."
counts(FORMERS, [S], [("grain stored in the warehouse, tonnes", 14000, EXACT)], [])
S = "Fans who once followed the club across Europe now number just 3,000."
counts(FORMERS, [S], [("fans who follow the club", 3000, EXACT)], [])
S = "The museum, housed in a building formerly used as a prison, welcomed 52,000 visitors last year."
counts(FORMERS, [S], [("visitors to the museum last year", 52000, EXACT)], [])
S = "The choir, which once numbered 80 singers, is down to 23 singers."
counts(FORMERS, [S], [("singers in the choir", 23, EXACT)], [("singers in the choir", 80, EXACT)])  # fmt: skip
S = "The club once boasted 900 members; today it has 212."
counts(FORMERS, [S], [("members of the club", 212, EXACT)], [("members of the club", 900, EXACT)])  # fmt: skip
# a former value in the frame's words or in others
S = "The town once had 25,000 residents, its council said."
counts(FORMERS, [S], [], [("residents of the town", 25000, EXACT)])
S = "The fleet formerly numbered 60 trawlers."
counts(FORMERS, [S], [], [("trawlers in the fleet", 60, EXACT)])
S = "At its height the shipyard employed 12,000 workers; 400 work there now."
counts(FORMERS, [S], [("workers at the shipyard", 400, EXACT)], [("workers at the shipyard", 12000, EXACT)])  # fmt: skip
S = "The colliery used to employ 3,000 miners."
counts(FORMERS, [S], [], [("miners at the colliery", 3000, EXACT)])
S = "The school once had as many as 600 pupils."
counts(FORMERS, [S], [], [("pupils at the school", 600, MOST)])
S = "In its heyday the festival drew 100,000 visitors."
counts(FORMERS, [S], [], [("visitors to the festival", 100000, EXACT)])
S = "The church once had 30 pastors serving its parishes."
counts(FORMERS, [S], [], [("pastors serving the parishes", 30, EXACT)])
S = "The airline formerly flew 40 routes from Cardiff."
counts(FORMERS, [S], [], [("routes from Cardiff", 40, EXACT)])
S = "Shops on the high street once numbered more than 70."
counts(FORMERS, [S], [], [("shops on the high street", 70, MORE)])

S = "The squad once counted as many as 40 players."
counts(FORMERS, [S], [], [("players in the squad", 40, MOST)])
S = "The castle once housed 300 prisoners in its cells."
counts(FORMERS, [S], [], [("prisoners in the castle", 300, EXACT)])
S = "The site — formerly the town's gasworks — holds 120 new homes."
counts(FORMERS, [S], [("new homes on the site", 120, EXACT)], [])
S = "The firm formerly known as Clarke Group employs 2,300 staff."
counts(FORMERS, [S], [("staff at the firm", 2300, EXACT)], [])

# --- bases: a count of an earlier period, its number before another comparison --------------
S = "In the previous quarter, sales were $2.1bn, down from the year before."
counts(BASES, [S], [("sales in the previous quarter, dollars", 2.1e9, EXACT)], [])
S = "Last year's harvest was 2.1 million tonnes, down on the year before, the ministry said."
counts(BASES, [S], [("last year's harvest, tonnes", 2.1e6, EXACT)], [])
S = "In the prior year the clinic treated 640 patients, from 22 villages."
counts(BASES, [S], [("patients treated in the prior year", 640, EXACT)], [])
S = "Last year's festival had 300 stalls, from 12 countries."
counts(BASES, [S], [("stalls at last year's festival", 300, EXACT)], [])
S = "Hotels in the old town now number 85, from 60 five years ago."
counts(BASES, [S], [("hotels in the old town", 85, EXACT)], [])
S = "Grain exports in the previous quarter were 92,000 tonnes while prices were higher than a year earlier."
counts(BASES, [S], [("grain exports in the previous quarter, tonnes", 92000, EXACT)], [])
S = "Enrolments the previous year were 8,200, lower than in the year before."
counts(BASES, [S], [("enrolments the previous year", 8200, EXACT)], [])
S = "The original fleet of 40 buses, from two makers, was replaced in 2022."
counts(BASES, [S], [("buses in the original fleet", 40, EXACT)], [])
S = "Profit reached £88m, against £71m a year earlier."
counts(BASES, [S], [("profit a year earlier, pounds", 71e6, EXACT)], [("profit a year earlier, pounds", 88e6, EXACT)])  # fmt: skip
S = "Revenue came to ¥310bn (¥284bn a year earlier)."
counts(BASES, [S], [("revenue a year earlier, yen", 284e9, EXACT)], [("revenue a year earlier, yen", 310e9, EXACT)])  # fmt: skip
S = "A year earlier, the port handled 1.9 million containers; this year it handled 2.3 million."
counts(BASES, [S], [("containers handled a year earlier", 1.9e6, EXACT)], [("containers handled a year earlier", 2.3e6, EXACT)])  # fmt: skip
S = "Members totalled 61,000 (from 58,500 a year earlier)."
counts(BASES, [S], [("members a year earlier", 58500, EXACT)], [("members a year earlier", 61000, EXACT)])  # fmt: skip
S = "Passenger numbers reached 6.4 million — from 6.1 million the year before."
counts(BASES, [S], [("passengers the year before", 6.1e6, EXACT)], [("passengers the year before", 6.4e6, EXACT)])  # fmt: skip
S = "The fleet now numbers 214 aircraft (190 the year before)."
counts(BASES, [S], [("aircraft in the fleet the year before", 190, EXACT)], [("aircraft in the fleet the year before", 214, EXACT)])  # fmt: skip
S = "Sales rose to $2.4bn, up from the previous quarter."
counts(BASES, [S], [], [("sales in the previous quarter, dollars", 2.4e9, EXACT)])
S = "Revenue was $2bn, up 4% on the prior year."
counts(BASES, [S], [], [("revenue in the prior year, dollars", 2e9, EXACT)])
S = "Output was 48,000 barrels a day, an increase on the previous month."
counts(BASES, [S], [], [("output in the previous month, barrels a day", 48000, EXACT)])
S = "Exports climbed to 1.2 million tonnes, more than in the previous season."
counts(BASES, [S], [], [("exports in the previous season, tonnes", 1.2e6, EXACT)])
S = "Arrivals hit 3.3 million, higher than in the same period last year."
counts(BASES, [S], [], [("arrivals in the same period a year earlier", 3.3e6, EXACT)])
S = "Bookings fell to 7,100, down on last month."
counts(BASES, [S], [], [("bookings the month before", 7100, EXACT)])
S = "Attendance was 52,300, compared with the season before."
counts(BASES, [S], [], [("attendance the season before", 52300, EXACT)])

S = "Members totalled 61,000, from 58,500 members a year earlier."
counts(BASES, [S], [("members a year earlier", 58500, EXACT)], [("members a year earlier", 61000, EXACT)])  # fmt: skip
S = "The fleet numbered 214 aircraft, from 190 jets the year before."
counts(BASES, [S], [], [("aircraft in the fleet the year before", 214, EXACT)])
S = "Compared with the previous year, revenue rose to £3.2bn."
counts(BASES, [S], [], [("revenue in the previous year, pounds", 3.2e9, EXACT)])
S = "Last year's intake was 1,240 pupils, higher than the year before."
counts(BASES, [S], [("last year's intake of pupils", 1240, EXACT)], [])


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
