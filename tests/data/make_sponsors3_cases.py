# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the third sponsors set (``grounding_sponsors3.jsonl``): value-support cases for the
sponsor causes an independent check on other outlets' pages found (check 20), by category,
each with what must pass and what must fail:

- ``sponsor-co-actors``: co-sponsors after "alongside" / "along with", after a passive "by A,"
  or an active "A introduced the measure": each of them sponsors; someone named near
  "alongside" who does not act in the cue (a critic, a name out of the cue's reach, another
  clause's subject) does not;
- ``sponsor-law-names``: a person's possessive before a named law that only modifies what is
  theirs ("Trump's International Emergency Economic Powers Act tariffs") is no sponsor of the
  measure; "Graham's Russia Sanctions Act", "the senator's bill" still are.

Run ``python tests/data/make_sponsors3_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or public figures in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_sponsors3.jsonl")

built = SupportCases("spn3")
sponsors = built.sponsors


# --- 1. co-sponsors after "alongside" / "along with" ---------------------------------------

S = "Senator Maren Holt introduced the resolution alongside Senators Ivo Marsh and Dana Oyelaran on Tuesday."
sponsors(
    "sponsor-co-actors",
    "Tariff fight\n\n" + S + "\n",
    S,
    ["Maren Holt", "Ivo Marsh", "Dana Oyelaran"],
    ["Rosa Vidal"],
)
S = "The measure was filed by Rep. Tomas Greer (R-OH), alongside Reps. Lena Park (D-CA) and Abe Stone (R-TX) and House Minority Whip Carla Benn (D-NY), to end the duties."
sponsors(
    "sponsor-co-actors",
    "Press release\n\n" + S + "\n",
    S,
    ["Tomas Greer", "Lena Park", "Abe Stone", "Carla Benn"],
    ["Hal Greer"],
)
S = "Sen. Noor Aziz sponsored the bill along with Sen. Piet Kramer, a fellow Democrat."
sponsors(
    "sponsor-co-actors", "Grain bill\n\n" + S + "\n", S, ["Noor Aziz", "Piet Kramer"], ["Ana Ruiz"]
)
S = "The resolution, introduced by Senator Cal Ortiz along with Senators Bea Lund and Moe Hart, passed 52-47."
sponsors(
    "sponsor-co-actors", "Senate vote\n\n" + S + "\n", S, ["Cal Ortiz", "Bea Lund", "Moe Hart"], []
)
S = "Representative Uma Reyes co-sponsored the amendment alongside Representative Jon Vance."
sponsors("sponsor-co-actors", "Amendment\n\n" + S + "\n", S, ["Uma Reyes", "Jon Vance"], [])
T = "Ports bill\n\nSenator Ada Finch introduced the ports bill on Monday. Senator Rex Dole, standing alongside Senator Ina Paul at a rally, criticised it.\n"
sponsors(
    "sponsor-co-actors",
    T,
    "Senator Ada Finch introduced the ports bill on Monday.",
    ["Ada Finch"],
    [],
)
sponsors(
    "sponsor-co-actors",
    T,
    "Senator Rex Dole, standing alongside Senator Ina Paul at a rally, criticised it.",
    [],
    ["Rex Dole", "Ina Paul"],
)
S = "Senator Lia Moss introduced the bill, which Senator Kurt Bell opposed alongside Senator Gil Haas."
sponsors("sponsor-co-actors", "Bill\n\n" + S + "\n", S, ["Lia Moss"], ["Kurt Bell", "Gil Haas"])
S = "Senator Obi Nwosu introduced the resolution as Senator Tara Quinn looked on from the gallery alongside Senator Wes Cole."
sponsors(
    "sponsor-co-actors", "Resolution\n\n" + S + "\n", S, ["Obi Nwosu"], ["Tara Quinn", "Wes Cole"]
)
S = "Senator Eli Strand introduced the measure alongside a letter of protest from Governor Joy Pike."
sponsors("sponsor-co-actors", "Measure\n\n" + S + "\n", S, ["Eli Strand"], ["Joy Pike"])
S = "Sitting alongside Senator Vera Lamb, Senator Max Ruiz said he would vote against the bill that Senator Ben Ito introduced."
sponsors("sponsor-co-actors", "Hearing\n\n" + S + "\n", S, ["Ben Ito"], ["Vera Lamb", "Max Ruiz"])

# --- 2. a person before a law's name that modifies something of theirs --------------------

S = "The resolution would end President Donald Trump\u2019s International Emergency Economic Powers Act (IEEPA) tariffs on imports."
T = "Senate vote\n\nSenator Ana Cole introduced a resolution on Thursday. " + S + "\n"
sponsors("sponsor-law-names", T, S, [], ["Donald Trump"])
for lead, use in [
    ("President Rosa Lind\u2019s Trade Expansion Act duties", "Rosa Lind"),
    ("Governor Paul Ames\u2019s Emergency Powers Act declaration", "Paul Ames"),
    ("President Joe Biden\u2019s Defense Production Act orders", "Joe Biden"),
    ("Premier Lu Han\u2019s Foreign Trade Act levies", "Lu Han"),
    ("President Ida Marsh\u2019s National Emergencies Act authority", "Ida Marsh"),
    ("Mayor Tom Reyes\u2019s Housing Act powers", "Tom Reyes"),
    ("President Kai Berg\u2019s Trade Act (TA) tariffs", "Kai Berg"),
    ("Chancellor Eva Roth\u2019s Customs Act duties", "Eva Roth"),
    ("President Omar Diaz\u2019s Export Control Act order", "Omar Diaz"),
]:
    S = f"The measure would undo {lead} on steel."
    sponsors(
        "sponsor-law-names", f"Steel\n\nSenator Uli Park filed a resolution. {S}\n", S, [], [use]
    )
for S, name in [
    (
        "The chamber debated Senator Lindsey Graham\u2019s Sanctioning Russia Act on Monday.",
        "Lindsey Graham",
    ),
    ("Senator Mia Holt\u2019s bill would raise the tariff to 40 percent.", "Mia Holt"),
    ("Rep. Dan Cho\u2019s Grain Corridor Act passed the House.", "Dan Cho"),
    ("Senator Ivo Lenz\u2019s resolution failed 48-51.", "Ivo Lenz"),
    ("Senator Ama Osei\u2019s Port Safety Act (PSA) would fund new cranes.", "Ama Osei"),
    ("Rep. Lee Park\u2019s amendment passed by voice vote.", "Lee Park"),
    ("Senator Rui Costa\u2019s sanctions package drew 20 co-sponsors.", "Rui Costa"),
    ("Senator Nia Bello\u2019s Tariff Relief Act was sent to committee.", "Nia Bello"),
    ("Rep. Sam Ortiz\u2019s measure would end the levies.", "Sam Ortiz"),
    ("Senator Ken Wu\u2019s proposal won support from both parties.", "Ken Wu"),
]:
    sponsors("sponsor-law-names", f"Bill\n\n{S}\n", S, [name], [])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
