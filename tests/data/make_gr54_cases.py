# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 54's age reading (``grounding_gr54.jsonl``, GAPS closer gr54;
:mod:`summarizer.verification.people.name_ages`), at the edges of

- ``aged``: a person whose own apposition follows an age set between commas ("Ivan Rook, 55,
  the vice president,"), given the role the same sentence gives another person ("met Eva
  Lind, the president"), refused; against the right role in the same shape (each person's
  own title, with or without an age, stated twice, by surname only, after a copula or "now",
  a succession "who succeeded X as", a post under the other's "her deputy", a plural title
  both share, a number that is no age "In room 12,").

Run ``python tests/data/make_gr54_cases.py`` to rebuild it. Every article below was written
for this set in its own words, its people made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gr54.jsonl")

built = SupportCases(
    "gr54",
    leads=[
        "By Maren Lowe | The Skerry Tribune",
        "HALMSTAD (Fjordline Wire) -",
        "Business | The Wold Ledger",
        "From our Dundee desk, The Tay Courier.",
        "LIVE | The Severn Bulletin",
    ],
)
AGED = "aged"


role = partial(built.person_role, AGED)


# --- must fail (and the other person's own title, must pass) --------------------------------
role(
    "Ivan Rook",
    ["vice president"],
    ["president"],
    "Ivan Rook, 55, the vice president, met Eva Lind, the president, on Friday to settle the club's debts.",
    "The meeting lasted two hours.",
)
role(
    "Eva Lind",
    ["president"],
    ["vice president"],
    "Ivan Rook, 55, the vice president, met Eva Lind, the president, on Friday to settle the club's debts.",
    "The meeting lasted two hours.",
)
role(
    "Tove Brask",
    ["assistant coach"],
    ["coach"],
    "Tove Brask, 38, the assistant coach, and Jonas Ek, the coach, were dismissed after the cup defeat.",
    "The club thanked them both.",
)
role(
    "Lars Hemm",
    ["assistant manager"],
    ["manager"],
    "Lars Hemm, 47, the assistant manager, and Vera Solt, the manager, signed new contracts on Tuesday.",
    "Both run to 2029.",
)
role(
    "Dan Oyelaran",
    ["chief operating officer"],
    ["chief executive"],
    "Dan Oyelaran, 61, the chief operating officer, and Ruth Pask, the chief executive, will step down at the annual meeting.",
    "Their successors have not been named.",
)
role(
    "Mira Colt",
    ["lawyer"],
    ["president"],
    "Mira Colt, 44, a lawyer, met Aksel Dunn, the president, at the palace.",
    "Neither spoke to reporters afterwards.",
)
role(
    "Pelle Hart",
    ["deputy mayor"],
    ["mayor"],
    "Pelle Hart, 52, the deputy mayor, stood beside Nora Vail, the mayor, as the bridge opened.",
    "Traffic resumed within the hour.",
)
role(
    "Sabine Roth",
    ["finance director"],
    ["chief executive"],
    "Sabine Roth, 49, the finance director, and Tomas Grell, the chief executive, bought shares in the company last week.",
    "The filing was made on Monday.",
)
role(
    "Owen Ridd",
    ["nurse"],
    ["prosecutor"],
    "Owen Ridd, 33, a nurse, told Hana Brun, the prosecutor, what he had seen that night.",
    "The trial resumes on Monday.",
)
role(
    "Agnes Ulm",
    ["lieutenant governor"],
    ["governor"],
    "Agnes Ulm, 66, the lieutenant governor, stood in for Piet Voss, the governor, at the funeral.",
    "He was abroad.",
)
role(
    "Kofi Arden",
    ["deputy chief of staff"],
    ["chief of staff"],
    "Kofi Arden, 41, the deputy chief of staff, and Lise Marr, the chief of staff, left the White House on Friday.",
    "No reason was given.",
)
role(
    "Ruben Falk",
    ["senator"],
    ["governor"],
    "Ruben Falk, 59, a senator, and Ines Blom, the governor, toured the flooded towns.",
    "Aid is expected this week.",
)

# --- must pass: the right role in the same shape --------------------------------------------
role(
    "Gerd Olin",
    ["president"],
    [],
    "Gerd Olin, 55, the president, met Ylva Marsh, 49, the vice president, on Friday.",
    "They agreed a budget.",
)
role(
    "Ylva Marsh",
    ["vice president"],
    [],
    "Gerd Olin, 55, the president, met Ylva Marsh, 49, the vice president, on Friday.",
    "They agreed a budget.",
)
role(
    "Arvid Kray",
    ["president"],
    [],
    "Arvid Kray, 62, a lawyer, met Selma Tarp, the coach, on Friday.",
    "Kray was elected president of the club in 2021.",
)
role(
    "Arvid Kray",
    ["president"],
    [],
    "Kray, 62, the club president, met Tarp, the coach, on Friday.",
    "The coach's contract runs to June.",
)
role(
    "Bo Lindqvist",
    ["president"],
    [],
    "Bo Lindqvist, 57, who succeeded Hedda Ness as president in May, opened the meeting.",
    "He promised lower fees.",
)
role(
    "Hedda Ness",
    ["coach"],
    [],
    "Hedda Ness, 45, the coach, and Finn Aas, the assistant coach, left on Friday.",
    "The club will appoint a caretaker.",
)
role(
    "Finn Aas",
    ["deputy"],
    [],
    "Rosa Quint, the president, and Finn Aas, 50, her deputy, left on Friday.",
    "The board meets next week.",
)
role(
    "Ulf Saar",
    ["president"],
    [],
    "Ulf Saar, 55, is the president of the club. Dina Korr, the coach, was absent.",
    "The meeting was short.",
)
role(
    "Ulf Saar",
    ["president"],
    [],
    "Ulf Saar, 55, now the president, met Dina Korr, his predecessor as president.",
    "They spoke for an hour.",
)
role(
    "Stig Mol",
    ["mayor"],
    [],
    "Stig Mol, 58, the mayor, and Alva Penn, 61, the deputy mayor, cut the ribbon.",
    "A band played.",
)
role(
    "Stig Mol",
    ["co-chair"],
    [],
    "Stig Mol, 58, and Alva Penn, 61, the co-chairs of the board, spoke at the dinner.",
    "The board has nine members.",
)
role(
    "Tea Rasmus",
    ["president"],
    [],
    "In room 12, Tea Rasmus, the president, met Jon Wick, a lawyer.",
    "The talks went on past midnight.",
)
role(
    "Jon Wick",
    ["manager"],
    [],
    "Jon Wick, 44, the manager, thanked Tea Rasmus, the assistant manager. He has been manager since 2019.",
    "The team is top of the league.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
