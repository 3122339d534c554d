# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 62's wholes counted by "all N of" (``grounding_ct62.jsonl``,
false-alarm writer ct62; :mod:`summarizer.verification.figures.all_wholes`, read by
:mod:`summarizer.verification.counts.partitive_parts`), at the edges of

- ``all_of``: a count written "all N of its/the/their X" or "all N of them" ("All 18 of its
  crew were winched to safety", "shut all 40 of them"): N is the whole, and the count of the
  whole or of what its clause says of it passes; another clause's number, the whole for a
  part written elsewhere ("..., 6 of them children"), "nearly all"/"not all" for the deed, a
  count whose noun the clause does not name, stay refused.

Run ``python tests/data/make_ct62_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ct62.jsonl")

built = SupportCases(
    "ct62",
    leads=[
        "By Tamsin Orrowby | The Hallbridge Courier",
        "PORT VELLAN (Coastline Wire) -",
        "Regional round-up | The Edderby Post",
        "From the newsdesk, The Marrowfield Chronicle.",
    ],
)
ALL_OF = "all_of"
all_of = partial(built.count_cases, ALL_OF, published="2026-05-02")

# --- all_of: "all N of its X" ------------------------------------------------------------------
all_of(
    ["All 18 of its crew were winched to safety by a coastguard helicopter on Sunday."],
    [("crew winched to safety", 18, "exact"), ("crew", 18, "exact")],
    [("crew winched to safety", 17, "exact"), ("passengers winched to safety", 18, "exact")],
)
all_of(
    ["The rocket lit all 27 of its engines and climbed away from the pad at Cape Dorran."],
    [("engines lit", 27, "exact")],
    [("engines lit", 26, "exact"), ("rockets launched", 27, "exact")],
)
all_of(
    [
        "Brannock Home said it would shut all 40 of its shops by the end of June, putting 600 jobs at risk."
    ],
    [("shops to shut", 40, "exact"), ("shops", 40, "exact")],
    [("jobs at risk", 40, "exact"), ("shops to shut", 600, "exact")],
)
all_of(
    [
        "The Teller Valley chain had 31 stores when it filed, and it plans to close all 31 of them by August."
    ],
    [("stores to close", 31, "exact")],
    [("stores to close", 13, "exact"), ("warehouses to close", 31, "exact")],
)
all_of(
    [
        "The senate passed the bill after all 12 of the opposition senators walked out, while 3 of the governing bloc abstained."
    ],
    [("opposition senators who walked out", 12, "exact")],
    [
        ("governing bloc senators who abstained", 12, "exact"),
        ("opposition senators who walked out", 3, "exact"),
    ],
)
all_of(
    ["Nearly all 300 of its staff will lose their jobs when the plant closes in the spring."],
    [],
    [("staff losing their jobs", 300, "exact")],
)
all_of(
    ["Not all 20 of the councillors backed the budget, the mayor's office conceded."],
    [],
    [("councillors backing the budget", 20, "exact")],
)
all_of(
    ["Inspectors checked all 64 of the town's bridges last year; 9 of them failed."],
    [("bridges checked", 64, "exact"), ("bridges that failed", 9, "exact")],
    [("bridges that failed", 64, "exact")],
)
all_of(
    [
        "The club sold all 4,500 of the season tickets within a day, and 800 fans joined a waiting list."
    ],
    [("season tickets sold", 4500, "exact")],
    [("fans on the waiting list", 4500, "exact"), ("season tickets sold", 800, "exact")],
)
all_of(
    ["Rescuers reached all 11 of the villages cut off by the flood on Tuesday, officials said."],
    [("villages reached", 11, "exact"), ("villages cut off", 11, "exact")],
    [("villages flooded", 12, "exact"), ("towns reached", 11, "exact")],
)
all_of(
    [
        "Voters re-elected all 9 of the sitting board members on Thursday, with turnout at 31 per cent."
    ],
    [("board members re-elected", 9, "exact")],
    [("board members re-elected", 31, "exact"), ("candidates defeated", 9, "exact")],
)
all_of(
    [
        "The ferry line cancelled all 14 of its crossings on Friday as the gale hit; two cargo boats sank near the harbour."
    ],
    [("crossings cancelled", 14, "exact")],
    [("boats sunk", 14, "exact"), ("crossings cancelled", 2, "exact")],
)
all_of(
    ["The airline grounded all 22 of their older jets in March and 5 more in April."],
    [("older jets grounded in March", 22, "exact")],
    [("jets grounded in April", 22, "exact")],
)
all_of(
    [
        "The trawler sank with 40 passengers aboard, and all 12 of its crew were rescued by a lifeboat."
    ],
    [("crew rescued", 12, "exact")],
    [("passengers rescued", 12, "exact"), ("crew rescued", 40, "exact")],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
