# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the further-43 set (``grounding_further43.jsonl``): a plan of a further meeting is
not contradicted by the earlier meeting its evidence also cites (an outside check, session 19,
check 43's cause 2: four planned meetings read as held because a second evidence passage,
cited for the parties' names, narrated the meeting before). By category:

- ``further-plan``: a sentence that plans a further meeting ("would meet again", "expects a
  second round", "the next summit will be held", "a follow-up meeting", "the 12th session")
  beside a sentence about the meeting before it keeps the plan's status: the earlier "met" is
  neither a later stage nor a contradiction. Refused, as before: a held sentence that marks
  the further meeting itself ("met again on Friday", "the second round took place"), two
  sentences with no further marker, a further meeting called off or postponed, and a plan
  sentence that is itself past.

Run ``python tests/data/make_further43_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, public figures and bodies in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SUPPORTED, SupportCases

OUT = Path(__file__).with_name("grounding_further43.jsonl")

LEADS = [
    "NAIROBI, March 4 (Rift Valley Wire) -",
    "The Baltic Courier | Diplomacy",
    "Statement | Ministry of Foreign Affairs of the Republic",
    "EXPLAINER: Where the talks stand",
    "From our correspondent in Montevideo.",
    "Q&A | What happens next",
]
built = SupportCases("fu43", LEADS)
PAIRS = [
    ["Ruto", "Museveni"],
    ["Kallas", "Tsahkna"],
    ["Orsi", "Milei"],
    ["Motsoaledi", "Chikwinya"],
]
OK, NO = True, False
F = "further-plan"


def summit(
    value: str, sentences: list[str], expect: bool, strength: str, why: str,
    place: str | None = None, timing: str | None = None,
) -> None:  # fmt: skip
    """A summit whose ``status`` is ``value``, its planned place and time those the plan's
    sentence gives (as an extractor fills them), backed by ``sentences``."""
    parties = PAIRS[len(built.cases) % len(PAIRS)]
    built.graded_fact(F, "summits", "status", value, sentences, expect, strength, why,
                      parties=parties, planned_location=place, planned_timing=timing)  # fmt: skip


# --- must pass: the plan of a further meeting, the earlier meeting cited beside it ------------
summit(
    "scheduled",
    [
        "The two presidents will meet again in Kampala on April 9, officials said.",
        "Ruto and Museveni met in Nairobi on Tuesday to discuss the border.",
    ],
    OK,
    SUPPORTED,
    "'will meet again' beside the meeting before",
    "Kampala",
    "April 9",
)
summit(
    "scheduled",
    [
        "The foreign ministers agreed to meet again in Tallinn next month.",
        "Kallas and Tsahkna held talks in Riga on Monday.",
    ],
    OK,
    SUPPORTED,
    "'agreed to meet again'",
    "Tallinn",
    "next month",
)
summit(
    "scheduled",
    [
        "A second round is scheduled for May 3 in Colonia.",
        "Orsi and Milei first met in Montevideo in January.",
    ],
    OK,
    SUPPORTED,
    "'a second round is scheduled'",
    "Colonia",
    "May 3",
)
summit(
    "scheduled",
    [
        "The next summit will be held in Harare in November.",
        "Motsoaledi and Chikwinya met in Pretoria in June, their first summit.",
    ],
    OK,
    SUPPORTED,
    "'the next summit will be held'",
    "Harare",
    "in November",
)
summit(
    "scheduled",
    [
        "A follow-up meeting is set for Thursday in Entebbe, aides said.",
        "Ruto and Museveni met for three hours at State House on Sunday.",
    ],
    OK,
    SUPPORTED,
    "'a follow-up meeting is set'",
    "Entebbe",
    "Thursday",
)
summit(
    "scheduled",
    [
        "The 12th session of the joint commission will take place in Riga in the autumn.",
        "Kallas and Tsahkna co-chaired the 11th session, held in Tallinn.",
    ],
    OK,
    SUPPORTED,
    "an ordinal session planned beside the one held",
    "Riga",
    "in the autumn",
)
summit(
    "proposed",
    [
        "Orsi proposed another meeting in Buenos Aires before the end of the year.",
        "The two presidents met in Colonia on Friday.",
    ],
    OK,
    SUPPORTED,
    "'proposed another meeting'",
    "Buenos Aires",
    "before the end of the year",
)
summit(
    "scheduled",
    [
        "Officials said the two men would hold a third round of talks in Mombasa in July.",
        "Ruto and Museveni held a second round in Entebbe last week.",
    ],
    OK,
    SUPPORTED,
    "'would hold a third round' beside the second, held",
    "Mombasa",
    "in July",
)
summit(
    "proposed",
    [
        "Milei invited Orsi to a further meeting in Buenos Aires, which the Uruguayan leader said he was open to.",
        "The two had met briefly at the Mercosur summit in Asuncion.",
    ],
    OK,
    SUPPORTED,
    "'invited ... to a further meeting'",
    "Buenos Aires",
)
summit(
    "scheduled",
    [
        "The pair plan to convene again in Pretoria after the elections.",
        "Motsoaledi and Chikwinya convened in Harare on Saturday.",
    ],
    OK,
    SUPPORTED,
    "'plan to convene again'",
    "Pretoria",
    "after the elections",
)
summit(
    "scheduled",
    [
        "Both sides said a new round of talks is planned for June in Nairobi.",
        "Delegations led by Ruto and Museveni met in Arusha on Thursday.",
    ],
    OK,
    SUPPORTED,
    "'a new round ... is planned'",
    "Nairobi",
    "June",
)
summit(
    "scheduled",
    [
        "Kallas will host the next meeting of the two ministers in Tallinn on 14 October.",
        "Kallas and Tsahkna met in Vilnius in September on the sidelines of a NATO meeting.",
    ],
    OK,
    SUPPORTED,
    "'will host the next meeting'",
    "Tallinn",
    "14 October",
)
summit(
    "scheduled",
    [
        "A second summit is planned in Gaborone early next year, the two leaders said.",
        "Motsoaledi and Chikwinya met in Pretoria, where they signed a water accord.",
    ],
    OK,
    SUPPORTED,
    "'a second summit is planned': the same place-less earlier meeting",
    "Gaborone",
    "early next year",
)

# --- must fail: the further meeting itself held, no further marker, called off, or past -----
summit(
    "scheduled",
    [
        "The two presidents will meet again in Kampala on April 9.",
        "UPDATE: Ruto and Museveni met again in Kampala on Thursday, a week early.",
    ],
    NO,
    ANY,
    "the further meeting was held: 'met again'",
    "Kampala",
    "April 9",
)
summit(
    "scheduled",
    [
        "A second round was due in Colonia in May.",
        "The second round of talks between Orsi and Milei took place in Colonia on Friday.",
    ],
    NO,
    ANY,
    "'the second round ... took place'",
    "Colonia",
    "in May",
)
summit(
    "scheduled",
    [
        "The ministers will meet in Riga on Monday.",
        "Kallas and Tsahkna met in Riga on Monday as planned.",
    ],
    NO,
    ANY,
    "no further marker: the plan was held",
    "Riga",
    "on Monday",
)
summit(
    "scheduled",
    [
        "The leaders are due to hold talks in Pretoria this week.",
        "Motsoaledi and Chikwinya held talks in Pretoria on Wednesday.",
    ],
    NO,
    ANY,
    "no further marker: held since",
    "Pretoria",
    "this week",
)
summit(
    "proposed",
    [
        "The two presidents agreed to meet again in Kampala in April.",
        "That meeting was later called off by Ruto's office.",
    ],
    NO,
    ANY,
    "the further meeting was called off",
    "Kampala",
    "in April",
)
summit(
    "scheduled",
    [
        "The third round of talks was held in Mombasa on July 2.",
        "Ruto and Museveni held a second round in Entebbe in June.",
    ],
    NO,
    ANY,
    "the 'third round' sentence is itself past",
    "Mombasa",
    "July 2",
)
summit(
    "scheduled",
    ["Kallas and Tsahkna met again in Tallinn on Tuesday.", "The two first met in Riga in March."],
    NO,
    ANY,
    "'met again': the further meeting held, no plan",
    "Tallinn",
    "on Tuesday",
)
summit(
    "proposed",
    [
        "Orsi and Milei held another meeting in Buenos Aires on Monday.",
        "They had met in Colonia in December.",
    ],
    NO,
    ANY,
    "'held another meeting': held",
    "Buenos Aires",
    "on Monday",
)
summit(
    "scheduled",
    [
        "The follow-up meeting was held at State House in Nairobi on Sunday.",
        "The leaders had first met in Arusha in May.",
    ],
    NO,
    ANY,
    "'the follow-up meeting was held'",
    "Nairobi",
    "on Sunday",
)
summit(
    "scheduled",
    [
        "The two presidents will meet in Kampala on April 9.",
        "Ruto and Museveni met in Kampala on April 9 and signed a pipeline deal.",
    ],
    NO,
    ANY,
    "no further marker: the plan was held on its day",
    "Kampala",
    "April 9",
)
summit(
    "scheduled",
    [
        "The pair will meet again in Gaborone in March.",
        "On Friday Motsoaledi and Chikwinya met again, this time in Gaborone, as agreed.",
    ],
    NO,
    ANY,
    "'met again ... in Gaborone': the further meeting held",
    "Gaborone",
    "in March",
)
summit(
    "scheduled",
    [
        "Kallas and Tsahkna are expected to hold a second meeting in Riga.",
        "The second meeting of the two ministers was held in Riga on Wednesday.",
    ],
    NO,
    ANY,
    "'the second meeting ... was held'",
    "Riga",
)


# The session 19 review's probes: a further meeting called off in its own sentence, and a
# plan worded by "again" after another verb of meeting.
summit(
    "scheduled",
    [
        "A second meeting between Ruto and Museveni, planned for Kampala in May, has been called off.",
        "They met in Nairobi on Tuesday.",
    ],
    NO,
    ANY,
    "the further meeting called off",
    "Kampala",
    "in May",
)
summit(
    "scheduled",
    [
        "Ruto will host Museveni again in Kampala on April 9, the presidency said.",
        "The two met in Nairobi on Tuesday.",
    ],
    OK,
    SUPPORTED,
    "'will host ... again'",
    "Kampala",
    "April 9",
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
