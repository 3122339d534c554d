# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 45's "let N people go" reading (``grounding_rv45g.jsonl``,
review rv45g of gcn45c; figures/let_go.py), cases written by the reviewer in new words, at the
edges of

- ``letnear``: the near-miss a careful fact-checker rejects: a "let N people go" that is
  denied ("did not let", "refused to let", "won't let"), asked, planned or only supposed
  ("would have let"), a general word ("people") for another group's count, another owner's or
  another time's number in the same sentence, and "go" with a release the list lacks ("go
  abroad", "go unpaid", "go part-time"); against the same sentences' right readings;
- ``letstyle``: the dismissal's count in other outlets' styles that the new refusals might
  still turn away: a manner or reason after "go" ("with immediate effect", "for gross
  misconduct", "to cut costs", "without notice", "on the spot"), a hyphened or long group
  between the number and "go" ("60 full-time staff", "400 engineers and technicians"), and
  another "-ed" verb's own count beside a let-go one ("axed 200 jobs", "announced 90
  redundancies", "shed 300 jobs"); against the whole and other numbers of the same sentences.

Run ``python tests/data/make_rv45g_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv45g.jsonl")

built = SupportCases(
    "rv45g",
    leads=[
        "By Catriona Vass | The Moray Observer",
        "TOLEDO (Great Lakes Wire) -",
        "BUSINESS DESK | The Tees Valley Courier",
        "From our Newport newsroom, The Usk Valley Post.",
        "Economy | The Broadland Mercury",
    ],
)
NEAR, STYLE = "letnear", "letstyle"
EXACT, ABOUT = "exact", "about"

counts = partial(built.count_cases, published="2026-09-03")

# --- letnear: denied, asked, planned, another's; releases the list lacks ----------------------
S = "Managers at the Corby plant did not let 200 people go, despite the slump in orders."
counts(NEAR, [S], [], [("jobs cut", 200, EXACT), ("workers laid off", 200, EXACT)])  # fmt: skip
S = "The new owners refused to let 140 staff go when they bought the chain in May."
counts(NEAR, [S], [], [("staff laid off", 140, EXACT)])  # fmt: skip
S = "The union said it would never let 500 people go without a fight."
counts(NEAR, [S], [], [("redundancies", 500, EXACT)])  # fmt: skip
S = "Will Harcourt Foods let 90 people go before Christmas? The board meets on Thursday."
counts(NEAR, [S], [], [("jobs cut", 90, EXACT)])  # fmt: skip
S = "Had the council not stepped in, the mill would have let 300 people go."
counts(NEAR, [S], [], [("workers laid off", 300, EXACT)])  # fmt: skip
S = "The brewer let 75 people go abroad on secondment to its Belgian sites this year."
counts(NEAR, [S], [], [("jobs cut", 75, EXACT)])  # fmt: skip
S = "During the cash crisis the charity let 30 staff go unpaid for six weeks rather than cut jobs."
counts(NEAR, [S], [], [("staff laid off", 30, EXACT)])  # fmt: skip
S = "To save money the library service let 45 people go part-time over the winter."
counts(NEAR, [S], [], [("jobs cut", 45, EXACT)])  # fmt: skip
S = "The hospital let 60 people go, almost all of them porters and cleaners."
counts(NEAR, [S], [("porters and cleaners laid off", 60, ABOUT)], [("nurses laid off", 60, EXACT)])  # fmt: skip
S = "Bexley Logistics let 110 people go last spring; its rival Fendon cut 40 jobs."
counts(NEAR, [S], [("jobs cut", 110, EXACT), ("jobs cut", 40, EXACT)], [("jobs cut", 150, EXACT)])  # fmt: skip
S = "The printer let 35 people go in 2023, and now employs 410."
counts(NEAR, [S], [("workers laid off", 35, EXACT)], [("workers laid off", 410, EXACT), ("workers laid off", 2023, EXACT)])  # fmt: skip
S = "Ministers will let 2,000 civil servants go next year under the plan unveiled on Tuesday."
counts(NEAR, [S], [("civil service jobs to be cut", 2000, EXACT)], [("civil servants laid off last year", 2000, EXACT)])  # fmt: skip
S = "The firm says it has let 25 people go so far, against the 250 first feared."
counts(NEAR, [S], [("jobs cut", 25, EXACT)], [("jobs cut", 250, EXACT)])  # fmt: skip
S = "The quarry let 18 lorries go to the scrapyard and kept its drivers."
counts(NEAR, [S], [], [("drivers laid off", 18, EXACT), ("jobs cut", 18, EXACT)])  # fmt: skip
S = "After the vote, the depot let 400 people go back to work on full pay."
counts(NEAR, [S], [], [("workers laid off", 400, EXACT)])  # fmt: skip
S = "Stanway Bus let 52 people go, the company confirmed on Monday."
counts(NEAR, [S], [("drivers laid off", 52, EXACT), ("jobs cut", 52, EXACT)], [("jobs cut", 25, EXACT)])  # fmt: skip

S = "Managers at the Corby plant did not let 200 people go, but the Kettering site let 80 workers go in June."
counts(NEAR, [S], [("workers laid off", 80, EXACT)], [])  # fmt: skip
S = "Oakfield Dairies let 64 people go in February and has since hired 20 drivers."
counts(NEAR, [S], [("jobs cut", 64, EXACT), ("drivers hired", 20, EXACT)], [("jobs cut", 20, EXACT)])  # fmt: skip
S = "The agency let 33 social workers go last week, a union official said."
counts(NEAR, [S], [("social workers laid off", 33, EXACT)], [])  # fmt: skip

# --- letstyle: the dismissal's count in other outlets' words ----------------------------------
S = "Kelso Textiles let 85 staff go with immediate effect on Wednesday."
counts(STYLE, [S], [("staff laid off", 85, EXACT)], [("staff laid off", 58, EXACT)])  # fmt: skip
S = "The security firm let 12 guards go for gross misconduct after the audit."
counts(STYLE, [S], [("guards sacked", 12, EXACT)], [("guards sacked", 21, EXACT)])  # fmt: skip
S = "The airline let 230 people go to cut costs as bookings fell."
counts(STYLE, [S], [("jobs cut", 230, EXACT)], [("jobs cut", 320, EXACT)])  # fmt: skip
S = "Workers said the contractor let 40 labourers go without notice or back pay."
counts(STYLE, [S], [("labourers laid off", 40, EXACT)], [("labourers laid off", 14, EXACT)])  # fmt: skip
S = "The owner let nine waiters go on the spot when the restaurant failed its inspection."
counts(STYLE, [S], [("waiters sacked", 9, EXACT)], [("waiters sacked", 6, EXACT)])  # fmt: skip
S = "The trust let 60 full-time staff go from its two hospitals."
counts(STYLE, [S], [("full-time staff laid off", 60, EXACT)], [("full-time staff laid off", 2, EXACT)])  # fmt: skip
S = "Vantor Aerospace let 400 engineers and technicians go at its Filton site."
counts(STYLE, [S], [("engineers and technicians laid off", 400, EXACT)], [("engineers and technicians laid off", 40, EXACT)])  # fmt: skip
S = "The group let 50 managers go in Leeds and axed 200 jobs at its Hull depot."
counts(STYLE, [S], [("jobs axed at the Hull depot", 200, EXACT), ("managers laid off", 50, EXACT)], [("jobs axed at the Hull depot", 250, EXACT)])  # fmt: skip
S = "The retailer let 30 regional managers go in March. In June it announced 90 redundancies at head office."
counts(STYLE, [S], [("redundancies at head office", 90, EXACT)], [("redundancies at head office", 30, EXACT)])  # fmt: skip
S = "The steelworks, which shed 300 jobs last year, let 45 more people go in August."
counts(STYLE, [S], [("jobs shed last year", 300, EXACT)], [("jobs shed last year", 45, EXACT)])  # fmt: skip
S = "The bank let 20 directors go and sacked 70 branch staff."
counts(STYLE, [S], [("branch staff sacked", 70, EXACT), ("directors laid off", 20, EXACT)], [("branch staff sacked", 20, EXACT)])  # fmt: skip
S = "The mine let 130 people go early this year as coal prices slid."
counts(STYLE, [S], [("jobs cut", 130, EXACT)], [("jobs cut", 13, EXACT)])  # fmt: skip
S = "Harrowgate Mills let 70 weavers go through a voluntary scheme."
counts(STYLE, [S], [("weavers made redundant", 70, EXACT)], [("weavers made redundant", 7, EXACT)])  # fmt: skip
S = "The broadcaster let 55 journalists go ahead of the merger."
counts(STYLE, [S], [("journalists laid off", 55, EXACT)], [("journalists laid off", 5, EXACT)])  # fmt: skip
S = "The council is to let go of 120 staff in its housing department."
counts(STYLE, [S], [("staff let go", 120, EXACT)], [("staff let go", 12, EXACT)])  # fmt: skip

# --- the mends' own edges (review rv45g): a release after the same first words, a denial's
# look-alikes, another number's "go" after "and", a hiring verb beside a cutting one ----------
S = "The yard let 40 riveters go with their families to the regatta."
counts(NEAR, [S], [], [("riveters laid off", 40, EXACT)])  # fmt: skip
S = "The insurer let 30 staff go to the Leeds office for the day."
counts(NEAR, [S], [], [("staff laid off", 30, EXACT)])  # fmt: skip
S = "The plant let 150 workers go early because of the flooding."
counts(NEAR, [S], [], [("workers laid off", 150, EXACT)])  # fmt: skip
S = "The haulier let 25 drivers go on the picket line without docking their pay."
counts(NEAR, [S], [], [("drivers sacked", 25, EXACT)])  # fmt: skip
S = "The warehouse let 30 pickers stay and 20 go, the union said."
counts(NEAR, [S], [("pickers laid off", 20, EXACT)], [("pickers laid off", 30, EXACT)])  # fmt: skip
S = "The trust let 30 managers go in April and recruited 80 nurses."
counts(NEAR, [S], [("managers laid off", 30, EXACT)], [("nurses laid off", 80, EXACT)])  # fmt: skip
S = "The retailer not only let 40 shop staff go but also closed its flagship store."
counts(STYLE, [S], [("shop staff laid off", 40, EXACT)], [("shop staff laid off", 4, EXACT)])  # fmt: skip
S = "The two mills have let 300 people go since the spring, the union said."
counts(STYLE, [S], [("jobs cut", 300, EXACT)], [("jobs cut", 2, EXACT)])  # fmt: skip
S = "The distributor let 95 drivers go on the same day its contract ended."
counts(STYLE, [S], [("drivers laid off", 95, EXACT)], [("drivers laid off", 59, EXACT)])  # fmt: skip
S = "The chain let 50 managers go and slashed 300 store jobs in the same week."
counts(STYLE, [S], [("store jobs cut", 300, EXACT)], [("store jobs cut", 50, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
