# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set fa43c of session 43's count mend (``grounding_fa43c.jsonl``): cases written
in new words for the form it mends, each with the wrong values a careless mend would let
through:

- ``age``: a person's age is the count that asks for it ("age of the nurse") in English's own
  forms (``figures/ages.py``): "a 41-year-old nurse", "the 67-year-old" standing alone,
  "Governor Ames, 58,", "a farmer aged 49", "He was 88." Refused: another person's age in the
  same sentence ("a 29-year-old nurse and a 33-year-old porter": 33 is no nurse's), an age
  apposed to another name, a count that asks for people, not an age ("residents aged 65 and
  over"), a number that is no age ("It was 88."), the age when two stand alone.

Run ``python tests/data/make_fa43c_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fa43c.jsonl")

built = SupportCases(
    "fa43c",
    leads=[
        "YORK (Pennine Wire) -",
        "By Tomas Reyes | The Wessex Courier",
        "REGIONS DESK | The Tamar Gazette",
        "From our Dundee newsroom, The Tayside Record.",
    ],
)
AGE = "age"
PUBLISHED = "2026-04-14"
EXACT = "exact"

counts = partial(built.count_cases, published=PUBLISHED)


# --- age: a person's age in English's own forms ----------------------------------------------

S = "Police arrested a 41-year-old nurse and a 19-year-old student after the fire at the clinic."
counts(AGE, [S], [("age of the nurse", 41, EXACT), ("age of the student", 19, EXACT)], [("age of the nurse", 19, EXACT)])  # fmt: skip
S = "Governor Helen Ames, 58, and her deputy, Paul Crane, 63, toured the flooded valley on Monday."
counts(AGE, [S], [("age of the governor", 58, EXACT), ("age of the deputy", 63, EXACT)], [("age of the governor", 63, EXACT)])  # fmt: skip
S = "A farmer aged 49 was pulled from the river on Sunday after his tractor overturned; his neighbour, aged 71, raised the alarm."
counts(AGE, [S], [("age of the farmer", 49, EXACT)], [("age of the farmer", 71, EXACT)])  # fmt: skip
S = "The poet Ivor Lane died at his home in Bangor on Sunday, his publisher said."
T = "He was 88."
counts(AGE, [S, T], [("age at death", 88, EXACT)], [("age at death", 87, EXACT)])  # fmt: skip
S = "A second suspect, a 52-year-old, was detained at the port on Friday."
counts(AGE, [S], [("age of the second suspect", 52, EXACT)], [("age of the second suspect", 25, EXACT)])  # fmt: skip
S = "Mayor Tom Hale has led the city since 2014."
T = "Asked whether the 67-year-old would stand again, his spokeswoman declined to answer."
counts(AGE, [S, T], [("age of the mayor", 67, EXACT)], [("age of the mayor", 14, EXACT)])  # fmt: skip
S = "A 33-year-old porter and a 29-year-old, both from Leeds, were charged with the theft."
counts(AGE, [S], [("age of the porter", 33, EXACT)], [("age of the porter", 29, EXACT)])  # fmt: skip
S = "The council said 4,200 residents aged 65 and over live alone in the borough."
counts(AGE, [S], [], [("age of the residents", 65, EXACT)])  # fmt: skip
S = "It was 88 degrees in the shade when the match began."
counts(AGE, [S], [], [("age of the referee", 88, EXACT)])  # fmt: skip
S = "Senator Ruth Kell, 61, was re-elected; her rival, Dan Moss, 47, conceded in the early hours."
counts(AGE, [S], [("age of the senator", 61, EXACT)], [("age of the senator", 47, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
