# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 45's bound read across a set-off aside
(``grounding_rv45f.jsonl``, review rv45f of gcn45d; figures/number_qualifiers.set_off_qualifiers),
cases written by the reviewer in new words, at the edges of

- ``borrowed``: a bound word that ends the clause or sentence before a short opening phrase
  and belongs to something else ("Police had expected a few hundred at most. In the end,
  2,000 people turned up"; "for now at least; on Sunday, 3,000 marched"; "handled the crowd
  roughly, witnesses said: 30 were hurt"; "the target was met and exceeded. In all, 700");
  a sum glued to its currency sign after such a clause; "up to" of whose decision it is;
- ``styles``: the number's own bound parted from it by an aside in other outlets' styles
  (brackets, dashes, sentence-initial "At most,", "upwards of", "in excess of", "not more
  than", "just over", "a little under", "well over"), against another bound or number.

Run ``python tests/data/make_rv45f_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv45f.jsonl")

built = SupportCases(
    "rv45f",
    leads=[
        "By Tomasz Wilk | The Severn Chronicle",
        "LEIPZIG (Elbe Press Agency) -",
        "NEWS DESK | The Fenland Echo",
        "From our Swansea newsroom, The Tawe Observer.",
        "Regions | The Mersey Ledger",
    ],
)
BORROWED, STYLES = "borrowed", "styles"
EXACT, MORE, LEAST, UPTO, ABOUT, LESS, NEARLY, MOST = (
    "exact",
    "more_than",
    "at_least",
    "up_to",
    "about",
    "less_than",
    "nearly",
    "at_most",
)

borrowed = partial(built.count_cases, BORROWED, published="2026-07-21")
styles = partial(built.count_cases, STYLES, published="2026-07-21")

# --- borrowed: the bound ends the clause before the aside and is another thing's -------------
S = "Police had expected a few hundred at most. In the end, 2,000 people turned up in Bristol."
borrowed([S], [("people who turned up", 2000, EXACT)], [("people who turned up", 2000, UPTO), ("people who turned up", 2000, MOST)])  # fmt: skip
S = "The protests have stayed peaceful, for now at least. On Sunday, 3,000 people marched through Leipzig."
borrowed([S], [("marchers on Sunday", 3000, EXACT)], [("marchers on Sunday", 3000, LEAST), ("marchers on Sunday", 300, EXACT)])  # fmt: skip
S = "Officers handled the crowd roughly, witnesses said: 30 people were taken to hospital."
borrowed([S], [("people taken to hospital", 30, EXACT)], [("people taken to hospital", 30, ABOUT)])  # fmt: skip
S = "Organisers hoped for 500 sign-ups at least. By noon, 1,200 had registered."
borrowed([S], [("sign-ups by noon", 1200, EXACT)], [("sign-ups by noon", 1200, LEAST)])  # fmt: skip
S = "The storm should blow through in a day at most - by Thursday, 80 flights are due to resume."
borrowed([S], [("flights resuming by Thursday", 80, EXACT)], [("flights resuming by Thursday", 80, UPTO)])  # fmt: skip
S = "The council's target was met and exceeded. In all, 700 homes were insulated last winter."
borrowed([S], [("homes insulated", 700, EXACT)], [("homes insulated", 700, MORE)])  # fmt: skip
S = "The two sets of figures agree only approximately. In Leeds, 310 households were counted twice."
borrowed([S], [("households counted twice in Leeds", 310, EXACT)], [("households counted twice in Leeds", 310, ABOUT)])  # fmt: skip
S = "The heating in the care home had been turned up to maximum. Overnight, 12 residents were treated for heat exhaustion."
borrowed([S], [("residents treated", 12, EXACT)], [("residents treated", 12, UPTO)])  # fmt: skip
S = "The repair bill was never formally estimated. In the end, 90 staff were moved to other sites."
borrowed([S], [("staff moved", 90, EXACT)], [("staff moved", 90, ABOUT)])  # fmt: skip
S = "The refurbishment is finished, or almost. By Friday, 40 families will have moved back into the tower."
borrowed([S], [("families moving back", 40, EXACT)], [("families moving back", 40, NEARLY), ("families moving back", 40, LESS)])  # fmt: skip
S = "The discount is modest, 10 per cent at most, so buyers still pay $1,800 for the set."
borrowed([S], [("price buyers pay, dollars", 1800, EXACT)], [("price buyers pay, dollars", 1800, UPTO)])  # fmt: skip
S = "The decision is now up to, in effect, 12 regional health boards."
borrowed([S], [("regional health boards that decide", 12, EXACT)], [("regional health boards that decide", 12, UPTO)])  # fmt: skip
S = "Guards treated the men roughly, their lawyer said; 14 of them were beaten."
borrowed([S], [("men beaten", 14, EXACT)], [("men beaten", 14, ABOUT), ("men beaten", 41, EXACT)])  # fmt: skip

# --- styles: the number's own bound across an aside, other outlets' words ---------------------
S = "The charity now runs upwards of, by its latest count, 40 food banks across Wales."
styles([S], [("food banks run by the charity", 40, MORE)], [("food banks run by the charity", 40, LESS), ("food banks run by the charity", 40, EXACT)])  # fmt: skip
S = "The airline will cut as many as - the pilots' union fears - 900 jobs at Gatwick."
styles([S], [("jobs cut at Gatwick", 900, UPTO)], [("jobs cut at Gatwick", 900, MORE)])  # fmt: skip
S = "The earthquake left close to, officials said on Tuesday, 1,500 people homeless."
styles([S], [("people left homeless", 1500, NEARLY)], [("people left homeless", 1500, MORE)])  # fmt: skip
S = "The cull could claim in excess of - campaigners warn - 10,000 badgers this autumn."
styles([S], [("badgers culled", 10000, MORE)], [("badgers culled", 10000, LESS)])  # fmt: skip
S = "Fewer than (according to the RSPB) 200 pairs now nest on the island."
styles([S], [("pairs nesting on the island", 200, LESS)], [("pairs nesting on the island", 200, MORE)])  # fmt: skip
S = "Almost - if the forecasts hold - 9,000 homes could be left without power."
styles([S], [("homes without power", 9000, NEARLY)], [("homes without power", 9000, MORE)])  # fmt: skip
S = "At most, the regulator believes, 15 banks would need to raise more capital."
styles([S], [("banks needing more capital", 15, UPTO)], [("banks needing more capital", 15, MORE), ("banks needing more capital", 15, LEAST)])  # fmt: skip
S = "Not more than, under the new rules, 12 people may gather indoors."
styles([S], [("people allowed to gather indoors", 12, UPTO)], [("people allowed to gather indoors", 12, MORE)])  # fmt: skip
S = "The painting fetched more than, at Tuesday's auction in London, £4m."
styles([S], [("price of the painting, pounds", 4_000_000, MORE)], [("price of the painting, pounds", 4_000_000, LESS)])  # fmt: skip
S = "The fund raised just over, by its own account, £3m in its first year."
styles([S], [("money raised in the first year, pounds", 3_000_000, MORE)], [("money raised in the first year, pounds", 3_000_000, LESS)])  # fmt: skip
S = "The plant employs a little under, by the firm's figures, 800 people."
styles([S], [("people employed at the plant", 800, LESS)], [("people employed at the plant", 800, MORE)])  # fmt: skip
S = "The ferry was carrying well over, the coastguard said, 300 passengers."
styles([S], [("passengers on the ferry", 300, MORE)], [("passengers on the ferry", 300, LESS)])  # fmt: skip
S = "Roughly, by the organisers' reckoning, 6,500 cyclists took part."
styles([S], [("cyclists taking part", 6500, ABOUT)], [("cyclists taking part", 6500, MORE)])  # fmt: skip

# --- the mend: an aside closes with its opening's mark; an apostrophe or a currency sign is no
# mark; a particle after "just", "a little", "well", "slightly" is a bound
S = "Fares will rise by 5 per cent at most, yet commuters already pay \u20ac2,400 a year."
borrowed([S], [("commuters' yearly fare, euros", 2400, EXACT)], [("commuters' yearly fare, euros", 2400, UPTO), ("commuters' yearly fare, euros", 2400, MOST)])  # fmt: skip
S = "The talks lasted an hour at least \u2013 in the end, 60 delegates signed the accord."
borrowed([S], [("delegates who signed", 60, EXACT)], [("delegates who signed", 60, LEAST)])  # fmt: skip
S = "The storm's cost could reach more than \u2014 insurers say \u2014 \u00a32bn."
styles([S], [("cost of the storm, pounds", 2_000_000_000, MORE)], [("cost of the storm, pounds", 2_000_000_000, EXACT)])  # fmt: skip
S = "Bidding for the letters reached almost (in sterling terms) \u00a390,000 on Saturday."
styles([S], [("top bid for the letters, pounds", 90_000, NEARLY)], [("top bid for the letters, pounds", 90_000, MORE)])  # fmt: skip
S = "The scheme came in slightly over, by the auditors' reckoning, \u00a312m."
styles([S], [("cost of the scheme, pounds", 12_000_000, MORE)], [("cost of the scheme, pounds", 12_000_000, LESS)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
