# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 45's "let N people go" readings (``grounding_gcn45c.jsonl``, closer
gcn45c; figures/let_go.py), in one category ``letgo``, of two kinds:

- release: "let N workers go home early", "go on strike", "go out on loan", "go to
  college", "go free" are releases, never a dismissal's count; nor is "let N work from home"
  (no "go"), the whole of "N of its M workers", another group than the count's ("let 500 cabin
  crew go" for pilots) or a number another verb owns;
- dismissal: "let N people go" in other outlets' styles, hedged ("about", "some", "around"),
  partitive ("60 of its 400 journalists"), in other tenses ("has let", "is letting"), with a
  time after "go" ("in March", "on Friday", "last year", "at its mill") or a comma, read as the
  count of a dismissal named "laid off", "jobs cut", "redundancies", "made redundant", "let go".

Run ``python tests/data/make_gcn45c_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gcn45c.jsonl")

built = SupportCases(
    "gcn45c",
    leads=[
        "By Elspeth Marr | The Tayside Courier",
        "CLEVELAND (Lakeshore Wire) -",
        "BUSINESS DESK | The Wear Valley Echo",
        "From our Swansea newsroom, The Gower Gazette.",
        "Money | The Fenland Argus",
    ],
)
RELEASE = DISMISSAL = "letgo"
EXACT, ABOUT = "exact", "about"

counts = partial(built.count_cases, published="2026-09-02")

# --- release: written first, as a reviewer trying to break the reading would -----------------
S = "The factory let 150 workers go home early because of the snow."
counts(RELEASE, [S], [], [("workers laid off", 150, EXACT)])  # fmt: skip
S = "The store let 40 staff go on their lunch break at noon, the manager said."
counts(RELEASE, [S], [], [("staff laid off", 40, EXACT)])  # fmt: skip
S = "Owners let 25 workers go on strike without penalty in 2024."
counts(RELEASE, [S], [], [("workers dismissed", 25, EXACT)])  # fmt: skip
S = "The club let 20 players go out on loan this season."
counts(RELEASE, [S], [], [("players let go", 20, EXACT)])  # fmt: skip
S = "The engineering firm let 60 apprentices go to college one day a week."
counts(RELEASE, [S], [], [("apprentices made redundant", 60, EXACT)])  # fmt: skip
S = "The bank let 75 staff go back to the Leeds office after the flood."
counts(RELEASE, [S], [], [("staff cut", 75, EXACT)])  # fmt: skip
S = "Police let 12 protesters go free after questioning them."
counts(RELEASE, [S], [], [("protesters sacked", 12, EXACT)])  # fmt: skip
S = "The builder let 90 workers go ahead with the walkout."
counts(RELEASE, [S], [], [("workers laid off", 90, EXACT)])  # fmt: skip
S = "The council let 30 staff work from home during the rail strike."
counts(RELEASE, [S], [], [("staff laid off", 30, EXACT)])  # fmt: skip
S = "The mill let about 400 of its 1,100 workers go last year."
counts(RELEASE, [S], [("workers laid off", 400, ABOUT)], [("workers laid off", 1100, EXACT)])  # fmt: skip
S = "The airline let 500 cabin crew go and kept its pilots."
counts(RELEASE, [S], [("cabin crew laid off", 500, EXACT)], [("pilots laid off", 500, EXACT)])  # fmt: skip
S = "The ferry company let 200 passengers go ashore at Tobermory."
counts(RELEASE, [S], [], [("staff laid off", 200, EXACT)])  # fmt: skip
S = "The shipyard let 80 welders go home on full pay while the dock was drained."
counts(RELEASE, [S], [], [("welders laid off", 80, EXACT)])  # fmt: skip

# --- dismissal: "let N people go" read as the dismissal's count -------------------------------
S = "The brewery let 85 staff go in March after sales fell."
counts(DISMISSAL, [S], [("staff laid off", 85, EXACT)], [("staff laid off", 58, EXACT)])  # fmt: skip
S = "Harlow Engineering let 1,250 employees go last year, its accounts show."
counts(DISMISSAL, [S], [("employees laid off", 1250, EXACT)], [("employees laid off", 125, EXACT)])  # fmt: skip
S = "The publisher let around 60 of its 400 journalists go."
counts(DISMISSAL, [S], [("journalists laid off", 60, ABOUT)], [("journalists laid off", 400, EXACT)])  # fmt: skip
S = "The carmaker has let 2,000 workers go since January, the union said."
counts(DISMISSAL, [S], [("jobs cut", 2000, EXACT)], [("jobs cut", 200, EXACT)])  # fmt: skip
S = "Northway Stores is letting 350 people go as it closes 12 branches."
counts(DISMISSAL, [S], [("redundancies", 350, EXACT)], [("redundancies", 12, EXACT)])  # fmt: skip
S = "The council let 48 staff go, the union said."
counts(DISMISSAL, [S], [("staff let go", 48, EXACT)], [("staff let go", 84, EXACT)])  # fmt: skip
S = "Dunmore Bakeries let 120 workers go on Friday."
counts(DISMISSAL, [S], [("workers made redundant", 120, EXACT)], [("workers made redundant", 12, EXACT)])  # fmt: skip
S = "The firm let some 90 of its 700 staff go in the spring."
counts(DISMISSAL, [S], [("staff laid off", 90, ABOUT)], [("staff laid off", 700, EXACT)])  # fmt: skip
S = "The carpet maker let 300 people go at its Kidderminster mill last month."
counts(DISMISSAL, [S], [("jobs cut", 300, EXACT)], [("jobs cut", 30, EXACT)])  # fmt: skip
S = "Quarry owner Hallam Stone let 64 drivers go on 3 March."
counts(DISMISSAL, [S], [("drivers sacked", 64, EXACT)], [("drivers sacked", 3, EXACT)])  # fmt: skip
S = "The hospital trust let 30 managers go and hired 80 nurses."
counts(DISMISSAL, [S], [("managers laid off", 30, EXACT)], [("nurses laid off", 80, EXACT), ("nurses laid off", 30, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
