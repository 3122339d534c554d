# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set fa42c of session 42's count mend (``grounding_fa42c.jsonl``): cases written
in new words for the form it mends, each with the wrong values a careless mend would let
through:

- ``partwhole``: a partitive's part whose whole's number stands before the noun it counts
  ("45 of its 65 turbines are up", "took 237 of the 465 votes", "19 of the 27 member states
  asked"): the part counts that noun as a bare "45 turbines" would, the whole's number between
  them no longer hiding the noun (``figures/count_wholes.counted_whole``). Refused: the whole
  for the part, another noun's part in the same sentence, another candidate's share of the
  same whole, the part as a vote's "no" side;
- ``pickedup``: "picked up" tells a rescue ("a passing ship picked up all 22 people on board",
  "22 people ... were picked up"; ``counts/count_stems._RESCUES``). Refused: the dead
  recovered, the whole aboard, rescuers ("40 rescuers": no "rescu" stem), the missing, the
  rescuing boat's own passengers ("a cargo boat with 300 passengers ... picked up the 6":
  an active "picked up" tells its rescued only after it, ``counts/count_nouns._rescuing``).

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
PART, RESCUE = "partwhole", "pickedup"
PUBLISHED = "2026-03-11"
EXACT, ABOUT = "exact", "about"

counts = partial(built.count_cases, published=PUBLISHED)


# --- partwhole: "N of the M NOUN" counts NOUN --------------------------------------------------

S = "The wind farm is almost finished: 45 of its 65 turbines are already spinning."
counts(PART, [S], [("turbines installed", 45, EXACT)], [("turbines installed", 65, EXACT)])  # fmt: skip
S = "Councillor Mbeki carried the chair's election, taking 31 of the 48 ballots cast."
counts(PART, [S], [("ballots for Mbeki", 31, EXACT)], [("ballots for Mbeki", 48, EXACT)])  # fmt: skip
S = "The motion won 212 of the assembly's 300 votes, more than the two-thirds it needed."
counts(PART, [S], [("votes in favour", 212, EXACT)], [("votes in favour", 300, EXACT)])  # fmt: skip
S = "By the deadline, 11 of the 16 regional councils had asked for emergency funds."
counts(PART, [S], [("regional councils applying", 11, EXACT)], [("regional councils applying", 16, EXACT)])  # fmt: skip
S = "The airline has put 9 of its 14 regional jets back in the air after the checks."
counts(PART, [S], [("regional jets returned to service", 9, EXACT)], [("regional jets returned to service", 14, EXACT)])  # fmt: skip
S = "Inspectors passed 23 of the roughly 40 school buildings they visited last month."
counts(PART, [S], [("school buildings cleared", 23, EXACT)], [("school buildings cleared", 40, ABOUT)])  # fmt: skip

# another noun's part, another owner's share, the "no" side
S = "The trust reopened 14 of its 22 wards and 3 of its 5 operating theatres on Monday."
counts(PART, [S], [("wards back in use", 14, EXACT)], [("operating theatres back in use", 14, EXACT)])  # fmt: skip
S = "The union said 26 of its 30 branches had endorsed the deal, and 2 of its 7 youth wings."
counts(PART, [S], [("branches endorsing the deal", 26, EXACT)], [("youth wings endorsing the deal", 26, EXACT)])  # fmt: skip
S = "Mayor Tiwari took 31 of the 52 ballots, and her rival Castell took 19 of them."
counts(PART, [S], [("ballots for Tiwari", 31, EXACT)], [("ballots for Castell", 31, EXACT)])  # fmt: skip
S = "The bill took 58 of the chamber's 90 votes on Thursday, while 32 went against it."
counts(PART, [S], [("votes for the bill", 58, EXACT)], [("votes against the bill", 58, EXACT)])  # fmt: skip


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


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
