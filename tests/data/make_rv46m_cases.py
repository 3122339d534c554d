# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 46's merge mend of a former value's frame
(``grounding_rv46m.jsonl``, review rv46m of f4106c2c; figures/count_frames.py), cases written
by the reviewer in new words, at the edges of the rule that a count dated by a time its
sentence names takes that time's number past "once"/"formerly":

- ``dated``: a former count dated by the time its sentence names, in other outlets' styles
  ("In the 1950s Coalbrook once had", "formerly counted 640 inhabitants in 1881", "the 1950's",
  "once averaged 28,000 in the 1960s"), against the same count undated or dated by another
  time, or by the sentence's other time ("42,000 members in 1987 and 19,000 in 2005");
- ``another``: the time or the digits the count shares with its sentence are another's: a
  town's founding or a mill's closing year, the year of another count or place, the now of
  the sentence ("In 2024 the town, which once had 40,000 residents, counted just 11,500"), a
  name's number ("Terminal 3", "Route 66", "the 1960s Haldane estate"); against the same
  sentences' counts their own times date;
- ``hope``: a former hope, plan, promise or aim, a question, a denial or a hope of the count's
  time ("once planned to build 500 homes by 2010", "once promised 40,000 new homes a year by
  2020", "hopes to reach that again by 2030"), against the number the sentence states.

Run ``python tests/data/make_rv46m_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv46m.jsonl")

built = SupportCases(
    "rv46m",
    leads=[
        "By Eilidh Marr | The Durham Courier",
        "CARDIFF (Western Wire) -",
        "REGIONAL DESK | The Tyne Chronicle",
        "From our correspondent in Hull.",
        "HALIFAX, Nova Scotia (Maritime Press) —",
    ],
)
DATED, ANOTHER, HOPE = "dated", "another", "hope"
EXACT, ABOUT, AT_LEAST = "exact", "about", "at_least"

counts = partial(built.count_cases, published="2026-07-14")

# --- dated: a former count dated by the time its sentence names ---------------------------------
S = "In the 1950s Coalbrook once had 12,000 residents, the county archive shows."
counts(DATED, [S], [("population of Coalbrook in the 1950s", 12_000, EXACT)], [("population of Coalbrook in the 1960s", 12_000, EXACT)])  # fmt: skip
S = "The hamlet of Wendle formerly counted 640 inhabitants in 1881, according to the parish register."
counts(DATED, [S], [("population of Wendle in 1881", 640, EXACT)], [("population of Wendle", 640, EXACT)])  # fmt: skip
S = "Back in 1987 the miners' union once boasted 42,000 members across the coalfield."
counts(DATED, [S], [("members of the miners' union in 1987", 42_000, EXACT)], [("members of the miners' union in 1978", 42_000, EXACT)])  # fmt: skip
S = "The shipyard once employed 8,000 people at the height of the war in 1944."
counts(DATED, [S], [("workers employed at the shipyard in 1944", 8000, EXACT)], [("workers employed at the shipyard", 8000, EXACT)])  # fmt: skip
S = "Coalbrook once had 12,000 residents in the 1950's, when the pits were still open."
counts(DATED, [S], [("population of Coalbrook in the 1950s", 12_000, EXACT)], [])  # fmt: skip
S = "The ferry service once carried 1.2 million passengers in 2008, before the bridge opened."
counts(DATED, [S], [("passengers carried by the ferry service in 2008", 1_200_000, EXACT)], [])  # fmt: skip
S = "Easington once had a population of 10,000 in 1951, census records show."
counts(DATED, [S], [("population of Easington in 1951", 10_000, EXACT)], [])  # fmt: skip
S = "Crowds at Brockley Park once averaged 28,000 in the 1960s, the club's historian says."
counts(DATED, [S], [("average attendance at Brockley Park in the 1960s", 28_000, EXACT)], [("average attendance at Brockley Park", 28_000, EXACT)])  # fmt: skip
S = "Between 1920 and 1935 the branch line once carried 3 million passengers a year."
counts(DATED, [S], [("passengers a year on the branch line between 1920 and 1935", 3_000_000, EXACT)], [])  # fmt: skip
S = "The abbey formerly housed 90 monks during the 1400s, the guidebook says."
counts(DATED, [S], [("monks housed at the abbey during the 1400s", 90, EXACT)], [("monks at the abbey", 90, EXACT)])  # fmt: skip
S = "The union once had 42,000 members in 1987 and 19,000 in 2005."
counts(DATED, [S], [("union members in 1987", 42_000, EXACT)], [("union members in 2005", 42_000, EXACT)])  # fmt: skip
S = "Ardmore once had about 6,500 residents in the 1920s; by the 1970s fewer than 2,000 remained."
counts(DATED, [S], [("population of Ardmore in the 1920s", 6500, ABOUT)], [("population of Ardmore in the 1970s", 6500, ABOUT)])  # fmt: skip

# --- another: the shared time or digits are another's -------------------------------------------
S = "Harwick, founded in 1840, once had 9,000 residents in 1901."
counts(ANOTHER, [S], [("population of Harwick in 1901", 9000, EXACT)], [("population of Harwick in 1840", 9000, EXACT)])  # fmt: skip
S = "The Dunmore mill, which closed in 1998, once employed 3,200 workers."
counts(ANOTHER, [S], [], [("workers employed at the Dunmore mill in 1998", 3200, EXACT)])  # fmt: skip
S = "The Carron mill, which closed in 1998, once employed 3,200 workers in 1965."
counts(ANOTHER, [S], [("workers employed at the Carron mill in 1965", 3200, EXACT)], [("workers employed at the Carron mill in 1998", 3200, EXACT)])  # fmt: skip
S = "In 2024 the town, which once had 40,000 residents, counted just 11,500."
counts(ANOTHER, [S], [("population of the town in 2024", 11_500, EXACT)], [("population of the town in 2024", 40_000, EXACT)])  # fmt: skip
S = "Terminal 3 once handled 20 million passengers a year, the airport said."
counts(ANOTHER, [S], [], [("passengers a year at Terminal 3", 20_000_000, EXACT)])  # fmt: skip
S = "The Route 66 diner in Seligman once served 900 meals a day."
counts(ANOTHER, [S], [], [("meals a day at the Route 66 diner", 900, EXACT)])  # fmt: skip
S = "The 1960s Haldane estate once housed 4,000 people; today 1,200 live there."
counts(ANOTHER, [S], [], [("residents of the 1960s Haldane estate", 4000, EXACT)])  # fmt: skip
S = "The school once had 600 pupils, and in 1975 it had 45 teachers."
counts(ANOTHER, [S], [("teachers at the school in 1975", 45, EXACT)], [("pupils at the school in 1975", 600, EXACT)])  # fmt: skip
S = "Port Ellen once had 2,000 residents, while Bowmore in 1900 had 1,100."
counts(ANOTHER, [S], [("population of Bowmore in 1900", 1100, EXACT)], [("population of Port Ellen in 1900", 2000, EXACT)])  # fmt: skip
S = "The orchestra, which once had 120 players, has 64 in its 2026 season."
counts(ANOTHER, [S], [("players in the orchestra's 2026 season", 64, EXACT)], [("players in the orchestra's 2026 season", 120, EXACT)])  # fmt: skip
S = "The fair, which once attracted 50,000 visitors, drew 8,000 on 4 July this year."
counts(ANOTHER, [S], [("visitors to the fair on 4 July", 8000, EXACT)], [("visitors to the fair on 4 July", 50_000, EXACT)])  # fmt: skip
S = "Opened in 1932, the lido once attracted 5,000 swimmers a day in the 1950s."
counts(ANOTHER, [S], [("swimmers a day at the lido in the 1950s", 5000, EXACT)], [("swimmers a day at the lido in 1932", 5000, EXACT)])  # fmt: skip
S = "The brewery, bought by Carlsberg in 2008, formerly employed 700 staff in 1990."
counts(ANOTHER, [S], [("staff employed at the brewery in 1990", 700, EXACT)], [("staff employed at the brewery in 2008", 700, EXACT)])  # fmt: skip
S = "Terminal 3 once handled 20 million passengers a year in 2019, the airport said."
counts(ANOTHER, [S], [("passengers a year at Terminal 3 in 2019", 20_000_000, EXACT)], [])  # fmt: skip

# --- hope: a former hope, plan, promise or aim, a question or a denial of the count's time ----
S = "Organisers had once hoped 30,000 would attend in 2012; in the end 11,000 came."
counts(HOPE, [S], [("attendance in 2012", 11_000, EXACT)], [("attendance in 2012", 30_000, EXACT)])  # fmt: skip
S = "The council once planned to build 500 homes on the site by 2010."
counts(HOPE, [S], [], [("homes built on the site by 2010", 500, EXACT)])  # fmt: skip
S = "The council once planned 500 homes on the Ashby site but had built 120 by 2010."
counts(HOPE, [S], [("homes built on the Ashby site by 2010", 120, EXACT)], [])  # fmt: skip
S = "Contrary to local legend, Millport never once had 20,000 residents in the 1920s; records show 8,000."
counts(HOPE, [S], [("population of Millport in the 1920s", 8000, EXACT)], [("population of Millport in the 1920s", 20_000, EXACT)])  # fmt: skip
S = "Ministers once promised 40,000 new homes a year by 2020."
counts(HOPE, [S], [], [("new homes built a year by 2020", 40_000, EXACT)])  # fmt: skip
S = "The airline once aimed to fly 10 million passengers in 2019 but carried 6.1 million."
counts(HOPE, [S], [("passengers flown by the airline in 2019", 6_100_000, EXACT)], [("passengers flown by the airline in 2019", 10_000_000, EXACT)])  # fmt: skip
S = "Investors once expected the Tarn mine to produce 2 million tonnes of ore in 2015."
counts(HOPE, [S], [], [("tonnes of ore produced by the Tarn mine in 2015", 2_000_000, EXACT)])  # fmt: skip
S = "It is a myth that the village once had 3,000 residents in 1900; the census shows 1,400."
counts(HOPE, [S], [("population of the village in 1900", 1400, EXACT)], [("population of the village in 1900", 3000, EXACT)])  # fmt: skip
S = "The club once had 9,000 members in 1990 and hopes to reach that again by 2030."
counts(HOPE, [S], [("club members in 1990", 9000, EXACT)], [("club members by 2030", 9000, EXACT)])  # fmt: skip
S = "The once-thriving port hoped to handle 2 million tonnes in 2024 but handled 1.3 million."
counts(HOPE, [S], [("tonnes handled by the port in 2024", 1_300_000, EXACT)], [])  # fmt: skip
S = "Backers once claimed the arena would seat 25,000 by 2015; it opened that year with 14,000 seats."
counts(HOPE, [S], [("seats at the arena in 2015", 14_000, EXACT)], [("seats at the arena in 2015", 25_000, EXACT)])  # fmt: skip


# --- for the mends (kept last so the ids above stay): the count's own time in the number's own
# clause, a bare time phrase set off beside it or the sentence's opening, a decade's year, a
# relative clause's time, a plan's or a belief's "once", a denial ------------------------------
S = "In 1990, the Halton mill once employed 3,000 people, the museum says."
counts(DATED, [S], [("workers employed at the Halton mill in 1990", 3000, EXACT)], [])  # fmt: skip
S = "Back in the 1950s, Marske once had 7,500 residents."
counts(DATED, [S], [("population of Marske in the 1950s", 7500, EXACT)], [])  # fmt: skip
S = "The Wensum works formerly employed 2,700 people, in 1913, its busiest year."
counts(DATED, [S], [("staff employed at the Wensum works in 1913", 2700, EXACT)], [])  # fmt: skip
S = "Coalbrook once had 12,000 residents in the 1950s, census returns show."
counts(DATED, [S], [], [("population of Coalbrook in 1950", 12_000, EXACT)])  # fmt: skip
S = "During the early 1900s Kelso Quay formerly handled 300 ships a year."
counts(DATED, [S], [("ships a year at Kelso Quay in the early 1900s", 300, EXACT)], [("ships a year at Kelso Quay in 1900", 300, EXACT)])  # fmt: skip
S = "The Glenmore mine once employed 900 men who had arrived from Ireland in 1910."
counts(ANOTHER, [S], [], [("men employed at the Glenmore mine in 1910", 900, EXACT)])  # fmt: skip
S = "In 2024, the town, which once had 40,000 residents, counted just 11,500."
counts(ANOTHER, [S], [], [("population of the town in 2024", 40_000, EXACT)])  # fmt: skip
S = "Founded in 1906, the club once had 5,000 members."
counts(ANOTHER, [S], [], [("members of the club in 1906", 5000, EXACT)])  # fmt: skip
S = "The board once pledged 1,000 new jobs at the plant by 2022."
counts(HOPE, [S], [], [("new jobs at the plant by 2022", 1000, EXACT)])  # fmt: skip
S = "It is not true that the port once handled 5 million tonnes in 1970, the harbour board said."
counts(HOPE, [S], [], [("tonnes handled by the port in 1970", 5_000_000, EXACT)])  # fmt: skip
S = "Officials once believed the reservoir would supply 80,000 homes by 1995."
counts(HOPE, [S], [], [("homes supplied by the reservoir by 1995", 80_000, EXACT)])  # fmt: skip
S = "Organisers once planned for 20,000, but 26,000 attended in 2019."
counts(HOPE, [S], [("attendance in 2019", 26_000, EXACT)], [])  # fmt: skip
S = "The club, which once vowed to reach 10,000 members, had 6,200 members in 2025."
counts(HOPE, [S], [("club members in 2025", 6200, EXACT)], [])  # fmt: skip
S = "Formerly a fishing port, Whitby Quay once handled 400 boats a year in the 1930s."
counts(HOPE, [S], [("boats a year at Whitby Quay in the 1930s", 400, EXACT)], [])  # fmt: skip

S = "The Whinfield colliery once had no fewer than 2,000 men on its books in 1920."
counts(DATED, [S], [("men on the books of the Whinfield colliery in 1920", 2000, AT_LEAST)], [])  # fmt: skip
S = "The ministry formerly projected 3,000 arrivals a month in 2023."
counts(HOPE, [S], [], [("arrivals a month in 2023", 3000, EXACT)])  # fmt: skip
S = "At its peak in 1965, the Halton mill once employed 3,000 people."
counts(DATED, [S], [("workers employed at the Halton mill in 1965", 3000, EXACT)], [])  # fmt: skip
S = "In 1965 the Ebchester mill, then the town's biggest employer, once had 3,000 staff."
counts(DATED, [S], [("staff at the Ebchester mill in 1965", 3000, EXACT)], [])  # fmt: skip
S = "In March 1990 the rail union once had 42,000 members."
counts(DATED, [S], [("rail union members in March 1990", 42_000, EXACT)], [])  # fmt: skip
S = "In 1990 the Tanfield mill, which is now flats, once employed 3,000 people."
counts(DATED, [S], [("workers employed at the Tanfield mill in 1990", 3000, EXACT)], [])  # fmt: skip
S = "In 2024 the council said the Ouse mill, which once employed 3,000 workers, would be demolished."
counts(ANOTHER, [S], [], [("workers employed at the Ouse mill in 2024", 3000, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
