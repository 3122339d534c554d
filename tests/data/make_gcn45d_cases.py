# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 45's bounds parted from their numbers (``grounding_gcn45d.jsonl``,
closer gcn45d; ``figures/number_qualifiers.set_off_qualifiers``), at the edges of

- ``asides``: a bound ("more than", "at least", "up to", "nearly", "as many as", "no fewer
  than") parted from its number by a short aside set off by commas, dashes or brackets ("more
  than, by their own count, 2,000 people"): the number is that bound, never exact, nor another
  bound; against a lead-in or aside whose word before is no bound ("Police said, by their own
  count, 2,000"), a one-word particle or preposition before the aside ("took over, last year,
  2,000 stores"), an aside holding a number of its own, and another number than the one stated.

Run ``python tests/data/make_gcn45d_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gcn45d.jsonl")

built = SupportCases(
    "gcn45d",
    leads=[
        "By Ruth Okafor | The Calder Valley Post",
        "PORTLAND (Cascade Wire) -",
        "NEWS DESK | The Stour Gazette",
        "From our Glasgow newsroom, The Kelvin Herald.",
        "City | The Tyne Courier",
    ],
)
ASIDES = "asides"
EXACT, MORE, LEAST, UPTO, ABOUT, LESS = (
    "exact",
    "more_than",
    "at_least",
    "up_to",
    "about",
    "less_than",
)

counts = partial(built.count_cases, ASIDES, published="2026-07-20")

# --- must fail first: the near-misses a reviewer would try -----------------------------------
# a bound parted by an aside is that bound: exact, or another bound, is refused
S = "Organisers said more than, by their own reckoning, 5,000 runners took part in the race."
counts([S], [("runners in the race", 5000, MORE)], [("runners in the race", 5000, EXACT), ("runners in the race", 5000, LESS)])  # fmt: skip
S = "The hospital treated at least - according to its own figures - 300 patients that night."
counts([S], [("patients treated that night", 300, LEAST)], [("patients treated that night", 300, EXACT), ("patients treated that night", 3000, LEAST)])  # fmt: skip
S = "The scheme could cost up to, the Treasury admits, £40 million a year."
counts([S], [("yearly cost of the scheme, pounds", 40_000_000, UPTO)], [("yearly cost of the scheme, pounds", 40_000_000, EXACT), ("yearly cost of the scheme, pounds", 40_000_000, LEAST)])  # fmt: skip
S = "Nearly, on the council's count, 900 homes were flooded in the Calder valley."
counts([S], [("homes flooded", 900, ABOUT)], [("homes flooded", 900, EXACT), ("homes flooded", 900, MORE)])  # fmt: skip
S = "Police estimated that no fewer than (by their own tally) 60 boats joined the flotilla."
counts([S], [("boats in the flotilla", 60, LEAST)], [("boats in the flotilla", 60, EXACT), ("boats in the flotilla", 60, UPTO)])  # fmt: skip
S = "The union said as many as, it believes, 1,200 jobs could go at the Leith yard."
counts([S], [("jobs that could go at the yard", 1200, UPTO)], [("jobs that could go at the yard", 1200, EXACT), ("jobs that could go at the yard", 2100, UPTO)])  # fmt: skip
# no bound before the aside: the number stands exact
S = "Police said, by their own count, 2,000 people marched through Portland."
counts([S], [("marchers", 2000, EXACT)], [("marchers", 2000, MORE), ("marchers", 2000, LEAST)])  # fmt: skip
S = "In the end, after a long night, 412 votes were cast for the motion."
counts([S], [("votes for the motion", 412, EXACT)], [("votes for the motion", 412, MORE), ("votes for the motion", 412, UPTO)])  # fmt: skip
# a one-word particle or preposition before the aside bounds nothing
S = "The chain took over, last year, 2,000 stores from its rival."
counts([S], [("stores taken over", 2000, EXACT)], [("stores taken over", 2000, MORE)])  # fmt: skip
S = "The minister talked about, at some length, 300 jobs at the plant."
counts([S], [("jobs at the plant", 300, EXACT)], [("jobs at the plant", 300, ABOUT)])  # fmt: skip
S = "The lorry pulled over and, minutes later, 40 migrants climbed out."
counts([S], [("migrants who climbed out", 40, EXACT)], [("migrants who climbed out", 40, MORE)])  # fmt: skip
# an aside holding a number of its own is no aside of the bound's
S = "More than 60 firms bid for the contract in 2019, but in 2024, 45 firms did."
counts([S], [("firms bidding in 2024", 45, EXACT)], [("firms bidding in 2024", 45, MORE)])  # fmt: skip

# --- must pass: more outlets' wordings of the aside ------------------------------------------
S = "The festival drew more than - for the first time - 100,000 visitors."
counts([S], [("festival visitors", 100_000, MORE)], [("festival visitors", 10_000, MORE)])  # fmt: skip
S = "Ticket sales were almost, the promoter said, 48,000 by Friday."
counts([S], [("tickets sold by Friday", 48_000, ABOUT)], [("tickets sold by Friday", 84_000, ABOUT)])  # fmt: skip
S = "Fewer than, by one estimate, 30 red squirrels remain on the island."
counts([S], [("red squirrels left", 30, LESS)], [("red squirrels left", 30, EXACT)])  # fmt: skip
S = "The appeal has raised at least, in its first week, £250,000."
counts([S], [("money raised in the first week, pounds", 250_000, LEAST)], [("money raised in the first week, pounds", 250_000, MORE)])  # fmt: skip
S = "Rescuers pulled as many as (officials could not say exactly) 25 people from the rubble."
counts([S], [("people pulled from the rubble", 25, UPTO)], [("people pulled from the rubble", 25, EXACT)])  # fmt: skip
S = "The strike closed more than, across the county, 140 schools on Tuesday."
counts([S], [("schools closed by the strike", 140, MORE)], [("schools closed by the strike", 140, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
