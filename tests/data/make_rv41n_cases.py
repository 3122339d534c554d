# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 41's gcn41c count rules (``grounding_rv41n.jsonl``): cases
written by its reviewer, in new words, at the edges of

- ``change-by``: a done change's size and the level it reached ("rose by 14 to 61",
  ``counts/ranges._change_by``, ``figures/role_contrasts._size_to_level``) against a range of
  changes ("reduced by 10 to 50 per cent"), a "by" that names the doers ("lifted by 10 to 40
  councils") and a count that names the change by another word ("additional nurses");
- ``dated-start``: a change's start dated by the count's own time (``change_ends.asks_earlier``)
  when the later end holds that time too ("in April ... from 655,000 in April last year") or
  the count's time is no word of the "from" end's ("in the week to Saturday");
- ``trebled``: "trebled", "quadrupled" as verbs of change;
- ``let-go``: "let N people go" as a dismissal, not "let 200 workers go home";
- ``sums``: a stance's sum ("Analysts expected revenue of $2.1 billion"), a change's two ends
  as one sum, money ranges with their signs;
- ``few-many``: "as few as A and as many as B" as a range.

Run ``python tests/data/make_rv41n_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv41n.jsonl")

built = SupportCases(
    "rv41n",
    leads=[
        "BUSINESS DESK | The Severn Ledger",
        "DENVER (Plainsline) -",
        "By Moira Quayle | The Dales Herald",
        "Metro desk, The Gulf Coast Sentinel.",
        "From our Manchester office, The Northern Courier.",
    ],
)
# two categories of at least 10 cases each way: the change rules (change-by, dated-start,
# trebled) and the object and sum rules (let-go, sums, few-many)
BY = DATED = TREBLED = "change"
LETGO = SUMS = FEW = "object"
PUBLISHED = "2026-03-04"
EXACT, MORE, ABOUT, LEAST, UPTO = "exact", "more_than", "about", "at_least", "up_to"

counts = partial(built.count_cases, published=PUBLISHED)


# --- change-by: a change's size and its level, a range of changes, a "by" of doers ------------

S = "Fares on the branch line were reduced by 10 to 50 per cent, depending on the time of travel."
counts(BY, [S], [("fare reduction, per cent", 50, UPTO), ("fare reduction, per cent", 10, LEAST)],
       [("fare reduction, per cent", 10, EXACT), ("fare reduction, per cent", 50, EXACT)])  # fmt: skip
S = "The ban on Sunday trading has been lifted by 10 to 40 councils since the spring, the association said."
counts(BY, [S], [("councils that lifted the ban", 40, UPTO), ("councils that lifted the ban", 10, LEAST)],
       [("councils that lifted the ban", 40, EXACT), ("councils that lifted the ban", 10, EXACT)])  # fmt: skip
S = "The hospital trust increased its nursing staff by 150 to 2,300 over the year."
counts(BY, [S], [("additional nurses over the year", 150, EXACT), ("nurses at the trust", 2300, EXACT)],
       [("nurses at the trust", 150, EXACT)])  # fmt: skip
S = "Orders for the tractor rose by 9% to 4,100 units in the half."
counts(BY, [S], [("rise in tractor orders, per cent", 9, EXACT), ("tractor orders, units", 4100, EXACT)],
       [("tractor orders, units", 9, EXACT)])  # fmt: skip
S = "The jobless rate fell by 0.3 points to 4.2% in January, the statistics office said."
counts(BY, [S], [("jobless rate in January, per cent", 4.2, EXACT)],
       [("jobless rate in January, per cent", 0.3, EXACT)])  # fmt: skip
S = "Average season-ticket prices have risen by 2 to 3 per cent a year since 2019."
counts(BY, [S], [("annual rise in season-ticket prices, per cent", 3, UPTO)],
       [("annual rise in season-ticket prices, per cent", 2, EXACT)])  # fmt: skip
S = "Sales of the electric van climbed by 150 to 900 in the quarter."
counts(BY, [S], [("electric vans sold in the quarter", 900, EXACT)],
       [("electric vans sold in the quarter", 150, EXACT)])  # fmt: skip


# --- dated-start: the count's time on the "from" end, and on the later end too ---------------

S = "Sales of new homes in April rose to 702,000 from 655,000 in April last year."
counts(DATED, [S], [("new homes sold in April", 702_000, EXACT)],
       [("new homes sold in April", 655_000, EXACT)])  # fmt: skip
S = "Jobless claims fell to 212,000 in the week to Saturday from 231,000 in the previous week."
counts(DATED, [S], [("jobless claims in the week to Saturday", 212_000, EXACT)],
       [("jobless claims in the week to Saturday", 231_000, EXACT)])  # fmt: skip
S = "Exports sank to £8.1bn in March from £9.4bn in February, the figures showed."
counts(DATED, [S], [("exports in February, pounds", 9_400_000_000, EXACT), ("exports in March, pounds", 8_100_000_000, EXACT)],
       [("exports in February, pounds", 8_100_000_000, EXACT)])  # fmt: skip


# --- trebled: verbs of change whose subject the ends count ------------------------------------

S = "Pre-tax profit at Corrie Foods trebled to £36m in the year to June."
counts(TREBLED, [S], [("Corrie Foods pre-tax profit, pounds", 36_000_000, EXACT)], [])  # fmt: skip
S = "The charity quadrupled its volunteer corps from 300 to 1,200 in two years."
counts(TREBLED, [S], [("volunteers", 1200, EXACT)], [("volunteers", 300, EXACT)])  # fmt: skip
S = "Visitor numbers trebled to 45,000 while the number of hotel beds in the town stayed at 3,000."
counts(TREBLED, [S], [("hotel beds in the town", 3000, EXACT)],
       [("hotel beds in the town", 45_000, EXACT)])  # fmt: skip


# --- let-go: a dismissal's tail after its object, and a "go" of no dismissal ------------------

S = "The bottling plant let 200 workers go home early on Friday because of the heatwave."
counts(LETGO, [S], [], [("workers laid off", 200, EXACT)])  # fmt: skip
S = "Crestline let 85 staff go in a restructuring announced on Monday."
counts(LETGO, [S], [("staff laid off", 85, EXACT)], [])  # fmt: skip
S = "The magistrate let 3 of the protesters off with a caution."
counts(LETGO, [S], [], [("people laid off", 3, EXACT)])  # fmt: skip
S = "The mill let about 400 of its 1,100 workers go last year."
counts(LETGO, [S], [("workers laid off last year", 400, ABOUT)],
       [("workers laid off last year", 1100, EXACT)])  # fmt: skip


# --- sums: a stance's sum, a change's two ends, money ranges with signs -----------------------

S = "Analysts expected revenue of $2.1 billion; the retailer reported $1.9 billion."
counts(SUMS, [S], [("revenue, dollars", 1_900_000_000, EXACT)],
       [("revenue, dollars", 2_100_000_000, EXACT)])  # fmt: skip
S = "Forecasters had projected a surplus of £12bn, but the Treasury recorded a deficit of £4bn."
counts(SUMS, [S], [("deficit, pounds", 4_000_000_000, EXACT)],
       [("surplus, pounds", 12_000_000_000, EXACT)])  # fmt: skip
S = "Halvern raised its offer from $31 to $35 a share, while rival Quill's bid stayed at $33."
counts(SUMS, [S], [("Halvern offer per share, dollars", 35, EXACT)],
       [("Quill offer per share, dollars", 35, EXACT), ("Halvern offer per share, dollars", 33, EXACT)])  # fmt: skip
S = "The council raised parking charges from £2 to £3 an hour and fines from £50 to £70."
counts(SUMS, [S], [("parking charge per hour, pounds", 3, EXACT), ("parking fine, pounds", 70, EXACT)],
       [("parking charge per hour, pounds", 70, EXACT)])  # fmt: skip
S = "Engineers put the cost of the sea wall at $4 to $6 billion."
counts(SUMS, [S], [("sea wall cost, dollars", 6_000_000_000, UPTO)],
       [("sea wall cost, dollars", 4_000_000_000, EXACT)])  # fmt: skip


# --- few-many: a range's ends said apart -------------------------------------------------------

S = "Organisers expect as few as 40 and as many as 120 stalls at the Easter fair."
counts(FEW, [S], [("stalls at the Easter fair", 40, LEAST), ("stalls at the Easter fair", 120, UPTO)],
       [("stalls at the Easter fair", 120, EXACT)])  # fmt: skip
S = "Each crossing carried as few as 12 and as many as 60 migrants, officials said."
counts(FEW, [S], [("migrants per crossing", 60, UPTO)],
       [("migrants per crossing", 12, EXACT)])  # fmt: skip


# --- session 42, closer gcn42b: "by A to B <noun>" is a range of a change, the noun said once
# for both (no level reached); "<verb> its <object> by A to B" is a change's size and level

S = "Premiums were cut by 5 to 15 per cent for drivers over sixty."
counts(BY, [S], [("premium cut, per cent", 15, UPTO), ("premium cut, per cent", 5, LEAST)],
       [("premium cut, per cent", 15, EXACT)])  # fmt: skip
S = "Water bills have climbed by 4 to 6 per cent a year in the region."
counts(BY, [S], [("annual rise in water bills, per cent", 6, UPTO)],
       [("annual rise in water bills, per cent", 4, EXACT)])  # fmt: skip
S = "The airline grew its fleet by 12 to 140 this spring."
counts(BY, [S], [("jets in the airline's fleet", 140, EXACT), ("increase in the airline's fleet, jets", 12, EXACT)],
       [("jets in the airline's fleet", 12, EXACT), ("jets in the airline's fleet", 140, UPTO)])  # fmt: skip
S = "Rents were raised by 3 to 5 per cent across the estate."
counts(BY, [S], [("rent rise across the estate, per cent", 5, UPTO)],
       [("rent rise across the estate, per cent", 5, EXACT)])  # fmt: skip
S = "The school raised its intake by 60 to 900 after the new wing opened."
counts(BY, [S], [("pupils admitted by the school", 900, EXACT)],
       [("pupils admitted by the school", 60, EXACT), ("pupils admitted by the school", 900, UPTO)])  # fmt: skip


# --- session 43, closer gcn43c: a count dated by a unit of time and no earlier word ("in the
# week to Saturday", "this quarter") is not the number whose own phrase names an earlier time
# of that unit set against another ("from 58,900 in the previous month"); a count naming no
# stance is not the number a stance expects when the sentence sets an outcome apart from it

S = "Mortgage approvals rose to 61,300 in the month to June from 58,900 in the previous month."
counts(DATED, [S], [("mortgage approvals in the month to June", 61300, EXACT), ("mortgage approvals in the previous month", 58900, EXACT)],
       [("mortgage approvals in the month to June", 58900, EXACT)])  # fmt: skip
S = "Container volumes at the port reached 412,000 this quarter, against 377,000 in the prior quarter."
counts(DATED, [S], [("containers handled this quarter", 412000, EXACT), ("containers handled in the prior quarter", 377000, EXACT)],
       [("containers handled this quarter", 377000, EXACT)])  # fmt: skip
S = "Ticket sales for the festival week came to 18,400, compared with 21,000 for the week before."
counts(DATED, [S], [("ticket sales in the festival week", 18400, EXACT)],
       [("ticket sales in the festival week", 21000, EXACT)])  # fmt: skip
S = "Footfall in the arcade was 96,000 in the fortnight's second week, up from 88,500 in the preceding week."
counts(DATED, [S], [("arcade footfall in the second week", 96000, EXACT)],
       [("arcade footfall in the second week", 88500, EXACT)])  # fmt: skip
S = "Pollsters projected 41 seats for the party, while it won 37."
counts(SUMS, [S], [("seats won by the party", 37, EXACT), ("seats projected for the party", 41, EXACT)],
       [("seats won by the party", 41, EXACT)])  # fmt: skip
S = "The club expected 20,000 fans; only 12,500 turned up."
counts(SUMS, [S], [("fans the club expected", 20000, EXACT)],
       [("fans who attended", 20000, EXACT)])  # fmt: skip
S = "Brokers had estimated a profit of €640 million, but the insurer booked €702 million."
counts(SUMS, [S], [("insurer's profit, euros", 702_000_000, EXACT), ("brokers' profit estimate, euros", 640_000_000, EXACT)],
       [("insurer's profit, euros", 640_000_000, EXACT)])  # fmt: skip
S = "The agency predicted a harvest of 3.1 million tonnes; farmers brought in 2.6 million tonnes."
counts(SUMS, [S], [("harvest, tonnes", 2_600_000, EXACT)],
       [("harvest, tonnes", 3_100_000, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
