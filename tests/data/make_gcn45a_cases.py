# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 45's closer gcn45a (``grounding_gcn45a.jsonl``), cases written
before the rules they test, at the edges of two readings of a count's number:

- ``frames`` (figures/count_frames): a number the sentence frames as not stated as the count
  now, in its own clause before it: a hope ("hope the rally will draw 20,000"), a former value
  ("once had 120 pupils", "formerly numbered 5,000") and a yes-no question ("Will the
  festival really draw 50,000 visitors?"); against the same words outside the number's clause
  ("who had hoped for a bigger turnout, said 8,000 marchers"), "once again", "now", an "ago"
  (no frame), a question in another sentence, "the Cape of Good Hope";
- ``bases`` (figures/change_ends): a count asking for an earlier period's value ("net profit
  in the prior year") against a sentence whose comparison names that period with no number
  of its own ("rose to $410 million, up from the prior year") or gives the earlier value right
  after the number ("52,000, from 47,000 a year earlier"); the later value is no count of
  the earlier period, the earlier value and the plain count are.

Run ``python tests/data/make_gcn45a_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gcn45a.jsonl")

built = SupportCases(
    "gcn45a",
    leads=[
        "By Harriet Okafor | The Wear Valley Echo",
        "LISBON (Atlantic Wire) -",
        "CITY DESK | The Severn Gazette",
        "From our correspondent in Tromso.",
        "WINNIPEG, Manitoba (Prairie Press) —",
    ],
)
FRAMES, BASES = "frames", "bases"
PUBLISHED = "2026-05-14"
EXACT, MORE, ABOUT, MOST = "exact", "more_than", "about", "at_most"

counts = partial(built.count_cases, published=PUBLISHED)

# --- frames: a hope -------------------------------------------------------------------------

S = "Organisers hope the rally in Hyde Park will draw 20,000 supporters on Sunday."
counts(FRAMES, [S], [], [("supporters at the rally", 20000, EXACT)])
S = "The club, which was relegated two seasons ago, hopes season-ticket holders will pass 30,000 by August."
counts(FRAMES, [S], [], [("season-ticket holders", 30000, MORE)])
S = "Charity bosses, who launched the appeal in March, are hoping volunteers will number 500 by the summer."
counts(FRAMES, [S], [], [("volunteers", 500, EXACT)])
S = "Ministers had hoped that applicants for the scheme would reach 80,000 in its first year."
counts(FRAMES, [S], [], [("applicants for the scheme", 80000, EXACT)])
S = "The union hoped 3,000 members would join the walkout at the depot."
counts(FRAMES, [S], [], [("members who joined the walkout", 3000, EXACT)])
S = "Organisers, who had hoped for a bigger turnout, said 8,000 marchers took part."
counts(FRAMES, [S], [("marchers", 8000, EXACT)], [])
S = "The charity hopes to raise more money after 350 volunteers signed up this week."
counts(FRAMES, [S], [("volunteers who signed up", 350, EXACT)], [])
S = "Volunteers, whose leaders hope to recruit more before the winter, now number 640."
counts(FRAMES, [S], [("volunteers", 640, EXACT)], [])
S = "Hopes were high in the village as 2,000 runners set off from the green."
counts(FRAMES, [S], [("runners who set off", 2000, EXACT)], [])

# --- frames: a former value -----------------------------------------------------------------

S = "The village school once had 120 pupils; today 31 pupils attend it."
counts(FRAMES, [S], [("pupils at the village school", 31, EXACT)], [("pupils at the village school", 120, EXACT)])  # fmt: skip
S = "Steelworkers at the Ravenscraig plant, which closed in 1992, formerly numbered 5,000."
counts(FRAMES, [S], [], [("steelworkers at the plant", 5000, EXACT)])
S = "Members of the cathedral choir once numbered more than 60, the conductor said."
counts(FRAMES, [S], [], [("choir members", 60, MORE)])
S = "The fishing fleet once counted 400 boats; today 37 boats fish from the harbour."
counts(FRAMES, [S], [("boats in the fishing fleet", 37, EXACT)], [("boats in the fishing fleet", 400, EXACT)])  # fmt: skip
S = "Once the count was finished, officials put the marchers at 7,200."
counts(FRAMES, [S], [("marchers", 7200, EXACT)], [])
S = "Once again more than 1,000 volunteers turned out for the beach clean, the council said."
counts(FRAMES, [S], [("volunteers at the beach clean", 1000, MORE)], [])
S = "Members of the choir, who once sang for the Queen, now number 64."
counts(FRAMES, [S], [("choir members", 64, EXACT)], [])

# --- frames: an "ago", read as no frame (it dates the count's own deed as often as not) -----

S = "A year ago the camp opened, and 900 refugees now live in it."
counts(FRAMES, [S], [("refugees in the camp", 900, EXACT)], [])
S = "The mill closed a decade ago and 300 workers now commute to the city."
counts(FRAMES, [S], [("workers who commute to the city", 300, EXACT)], [])
S = "Two years ago the war ended; 1,900 refugees still live in the camp."
counts(FRAMES, [S], [("refugees in the camp", 1900, EXACT)], [])
S = "The camp, opened a year ago by the agency, holds 1,400 refugees."
counts(FRAMES, [S], [("refugees in the camp", 1400, EXACT)], [])
S = "A year ago the clinic saw 40 patients a day; now it sees 70 patients a day."
counts(FRAMES, [S], [("patients a day at the clinic", 70, EXACT)], [])
S = "Since the plant opened three years ago 450 staff have been hired there."
counts(FRAMES, [S], [("staff hired at the plant", 450, EXACT)], [])

# --- frames: a yes-no question ----------------------------------------------------------------

S = "Will the festival really draw 50,000 visitors to the town this summer?"
counts(FRAMES, [S], [], [("visitors to the festival", 50000, EXACT)])
S = "Could the strike involve as many as 4,000 drivers?"
counts(FRAMES, [S], [], [("drivers on strike", 4000, MOST)])
S = "Are there really 300 wolves left in the Alps?"
counts(FRAMES, [S], [], [("wolves in the Alps", 300, EXACT)])
S = "Did 12,000 fans really watch the final at the ground?"
counts(FRAMES, [S], [], [("fans at the final", 12000, EXACT)])
S = "Police said 9,000 marchers took part, but will the organisers accept that?"
counts(FRAMES, [S], [("marchers", 9000, EXACT)], [])
S = "Were you there? About 12,000 fans watched the final at the ground."
counts(FRAMES, [S], [("fans at the final", 12000, ABOUT)], [], evidence=["About 12,000 fans watched the final at the ground."])  # fmt: skip
S = "Will Rovers go up? The 18,000 fans at the ground on Saturday think so."
counts(FRAMES, [S], [("fans at the ground", 18000, EXACT)], [], evidence=["The 18,000 fans at the ground on Saturday think so."])  # fmt: skip
S = "Ships rounding the Cape of Good Hope this year number 3,100, the insurer said."
counts(FRAMES, [S], [("ships rounding the Cape of Good Hope", 3100, EXACT)], [])
S = "Is the bridge safe? Engineers found 14 cracks in its deck last week."
counts(FRAMES, [S], [("cracks in the deck", 14, EXACT)], [], evidence=["Engineers found 14 cracks in its deck last week."])  # fmt: skip

# --- bases: a comparison naming the earlier period with no number ------------------------------

S = "Net profit rose to $410 million, up from the prior year, the insurer said."
counts(BASES, [S], [("net profit, dollars", 410e6, EXACT)], [("net profit in the prior year, dollars", 410e6, EXACT)])  # fmt: skip
S = "Revenue came in at £3.2bn, higher than in the previous year, as prices rose."
counts(BASES, [S], [("revenue, pounds", 3.2e9, EXACT)], [("revenue in the previous year, pounds", 3.2e9, EXACT)])  # fmt: skip
S = "Passengers through the airport hit 48 million, up on a year earlier, the operator said."
counts(BASES, [S], [("passengers through the airport", 48e6, EXACT)], [("passengers through the airport a year earlier", 48e6, EXACT)])  # fmt: skip
S = "Grain exports climbed to 92,000 tonnes, compared with the previous season."
counts(BASES, [S], [("grain exports, tonnes", 92000, EXACT)], [("grain exports in the previous season, tonnes", 92000, EXACT)])  # fmt: skip
S = "Car sales fell to 1.1 million, down from the year before, the trade body said."
counts(BASES, [S], [("car sales", 1.1e6, EXACT)], [("car sales the year before", 1.1e6, EXACT)])  # fmt: skip

# --- bases: the earlier value right after the number ---------------------------------------

S = "Members grew to 52,000, from 47,000 a year earlier, the union said."
counts(BASES, [S], [("members a year earlier", 47000, EXACT)], [("members a year earlier", 52000, EXACT)])  # fmt: skip
S = "Bookings at the hotel totalled 8,300, from 7,100 in the previous month."
counts(BASES, [S], [("bookings in the previous month", 7100, EXACT)], [("bookings in the previous month", 8300, EXACT)])  # fmt: skip
S = "The fleet now numbers 214 aircraft, from 190 the year before."
counts(BASES, [S], [("aircraft in the fleet the year before", 190, EXACT)], [("aircraft in the fleet the year before", 214, EXACT)])  # fmt: skip
S = "Its workforce stands at 3,900, from 4,250 in the prior year."
counts(BASES, [S], [("workforce in the prior year", 4250, EXACT)], [("workforce in the prior year", 3900, EXACT)])  # fmt: skip
S = "Net profit was $380 million in the prior year, the bank said."
counts(BASES, [S], [("net profit in the prior year, dollars", 380e6, EXACT)], [])
S = "Turnover was £1.4bn, up from £1.2bn the previous year."
counts(BASES, [S], [("turnover the previous year, pounds", 1.2e9, EXACT)], [("turnover the previous year, pounds", 1.4e9, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
