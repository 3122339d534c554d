# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set fa42c of session 42's count mend (``grounding_fa42c.jsonl``): cases written
in new words for the form it mends, each with the wrong values a careless mend would let
through:

- ``pickedup``: "picked up" tells a rescue ("a passing ship picked up all 22 people on board",
  "22 people ... were picked up"; ``counts/count_stems._RESCUES``). Refused: the dead
  recovered, the whole aboard, rescuers ("40 rescuers": no "rescu" stem), the missing, the
  rescuing boat's own passengers ("a cargo boat with 300 passengers ... picked up the 6":
  an active "picked up" tells its rescued only after it, ``counts/count_nouns._rescuing``),
  volunteers in the search.

Run ``python tests/data/make_fa42c_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fa42c.jsonl")

built = SupportCases(
    "fa42c",
    leads=[
        "LEEDS (Pennine Wire) -",
        "By Ruth Adebayo | The Fenland Courier",
        "REGIONS DESK | The Solent Gazette",
        "From our Aberdeen newsroom, The Grampian Record.",
    ],
)
RESCUE = "pickedup"
PUBLISHED = "2026-03-11"
EXACT, ABOUT = "exact", "about"

counts = partial(built.count_cases, published=PUBLISHED)


# --- pickedup: "picked up" tells a rescue ----------------------------------------------------

S = "A container ship passing the reef picked up all 17 people from the stricken yacht."
counts(RESCUE, [S], [("people rescued", 17, EXACT)], [])  # fmt: skip
S = "According to the harbour master, 11 fishermen, the skipper among them, were picked up at dawn."
counts(RESCUE, [S], [("fishermen rescued", 11, EXACT)], [])  # fmt: skip
S = "A lifeboat picked up 14 survivors, and 3 bodies were recovered later in the day."
counts(RESCUE, [S], [("survivors rescued", 14, EXACT)], [("people rescued", 3, EXACT)])  # fmt: skip
S = "Of the 30 people aboard the ferry, 26 were picked up by a tanker before nightfall."
counts(RESCUE, [S], [("people rescued", 26, EXACT)], [("people rescued", 30, EXACT)])  # fmt: skip
S = "Some 40 rescuers combed the slope, and 12 climbers were brought down safely."
counts(RESCUE, [S], [], [("climbers rescued", 40, EXACT)])  # fmt: skip
S = "The coastguard picked up 9 sailors overnight; 4 others are still missing."
counts(RESCUE, [S], [("sailors rescued", 9, EXACT)], [("sailors rescued", 4, EXACT)])  # fmt: skip
S = "A cargo boat with 300 passengers on board picked up the 6 fishermen clinging to the hull."
counts(RESCUE, [S], [("fishermen rescued", 6, EXACT)], [("people rescued", 300, EXACT)])  # fmt: skip

S = "A naval patrol picked up 35 migrants from a drifting dinghy; 12 others drowned."
counts(RESCUE, [S], [("migrants rescued", 35, EXACT)], [("migrants rescued", 12, EXACT)])  # fmt: skip
S = "Eight divers were picked up at dawn by a trawler with 14 crew."
counts(RESCUE, [S], [("divers rescued", 8, EXACT)], [("divers rescued", 14, EXACT)])  # fmt: skip
S = "A helicopter picked up 5 walkers from the ridge; 2 more were found dead below it."
counts(RESCUE, [S], [("walkers rescued", 5, EXACT)], [("walkers rescued", 2, EXACT)])  # fmt: skip
S = "Freighters picked up 61 of the ferry's passengers, the port authority said, while 9 are unaccounted for."
counts(RESCUE, [S], [("passengers rescued", 61, EXACT)], [("passengers rescued", 9, EXACT)])  # fmt: skip
S = "About 120 volunteers joined the search, and a tug picked up the 4 kayakers."
counts(RESCUE, [S], [], [("people rescued", 120, ABOUT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
