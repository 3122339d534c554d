# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 52's shared and labelled role ties (``grounding_rv52b.jsonl``,
review rv52b of tie writer cr52b; every case carries ``"confirm": ["role"]``;
:mod:`summarizer.verification.people.shared_roles`):

- ``list``: a plural title whose list holds only some of the names ("Senators A and B and
  Governor C", "Ministers A and B met Ambassador C"), a plural title of another group beside the
  list ("A and B met the senators"), a list's possessive ("Senators A and B's aides, C and D");
  the listed names confirmed, the others not;
- ``plural``: a plural whose singular is another thing (a team: "For the Ottawa Senators, A and
  B scored"), a plural of rank or past ("the former ministers", "deputy ministers", "vice
  presidents", "assistant coaches"), a plural a possessive turns ("A and B, the senators'
  lawyers"); the rank's own value confirmed;
- ``label``: labels of another person ("Host: A. Guest: B" for B as host, "Produced by A, edited
  by B" for A as editor), a speaker's label over speech naming another ("HOST: Ivan Sirko
  reports from Kyiv."), a credit verb in prose ("The theft was reported by A, a neighbour");
  the labelled names confirmed;
- ``cut``: names a stop of "U.S." or "Jr." cuts, where the role beside the abbreviation belongs
  to another name, a relative or a possessive ("Tom Hale, whose father was the U.S.
  ambassador,", "the U.S. ambassador's deputy"), a father and son of one surname.

Run ``python tests/data/make_rv52b_cases.py`` to rebuild it. Every article below was written for
this set in its own words, with made-up people and bodies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv52b.jsonl")
CONFIRM = ["role"]

built = SupportCases(
    "rv52b",
    leads=[
        "Nation | The Orrin Ledger",
        "LIMA (Southgate Wire) -",
        "Capitol | The Brackwater Post",
    ],
)
LIST, PLURAL, LABEL, CUT = "list", "plural", "label", "cut"


def framed(
    category: str, lead: str, name: str, passes: list[str], fails: list[str], *paragraphs: str
) -> None:
    """A page with its own first line (a programme's or a credit's)."""
    built.each(
        category, built.page(*paragraphs, lead=lead), passes, fails, "people[0].role",
        lambda value: {"people": [{"name": name, "role": value}]}, f"{name}'s role",
    )  # fmt: skip


END = "The session ran late into the evening."

# --- list: a plural title over only some of the names ---------------------------------------
L1 = "Senators Orla Penfield and Teo Marsh and Governor Bram Hollis signed the water compact in Salem on Monday."
built.person_role(LIST, "Teo Marsh", ["senator"], [], L1, END)
built.person_role(LIST, "Orla Penfield", ["senator"], [], L1, END)
built.person_role(LIST, "Bram Hollis", [], ["senator"], L1, END)
L2 = "Ministers Ilse Varn and Kofi Dabre met Ambassador Reza Tolani at the embassy on Friday."
built.person_role(LIST, "Kofi Dabre", ["minister"], [], L2, END)
built.person_role(LIST, "Reza Tolani", [], ["minister"], L2, END)
L3 = "Piet Amsel and Runa Vik met the senators in the capitol on Tuesday to plead for the mill."
built.person_role(LIST, "Piet Amsel", [], ["senator"], L3, END)
built.person_role(LIST, "Runa Vik", [], ["senator"], L3, END)
L4 = "Lena Oduya and Marc Feld, aides to the senators, briefed reporters after the vote."
built.person_role(LIST, "Lena Oduya", ["aide"], ["senator"], L4, END)
L5 = "Governors Ada Brisk and Noel Fane joined Senator Kim Osei and the two mayors, Ruth Lamb and Oren Vidal, on the stage."
built.person_role(LIST, "Noel Fane", ["governor"], ["mayor"], L5, END)
built.person_role(LIST, "Ruth Lamb", ["mayor"], ["governor"], L5, END)
built.person_role(LIST, "Kim Osei", [], ["governor", "mayor"], L5, END)
L6 = "Wes Carlin and Uma Reyes, both senators, praised Governor Jill Tarn for the budget."
built.person_role(LIST, "Uma Reyes", ["senator"], [], L6, END)
built.person_role(LIST, "Jill Tarn", [], ["senator"], L6, END)
L7 = "The senators questioned Ivo Brandt and Sara Lunde, the two regulators, for three hours."
built.person_role(LIST, "Sara Lunde", ["regulator"], ["senator"], L7, END)
built.person_role(LIST, "Ivo Brandt", ["regulator"], ["senator"], L7, END)
L8 = "Senators Ezra Pym and Lola Grant's aides, Cy Dorn and Meg Ulm, drafted the bill over the weekend."
built.person_role(LIST, "Ezra Pym", ["senator"], [], L8, END)
built.person_role(LIST, "Cy Dorn", ["aide"], ["senator"], L8, END)
L9 = "Mayors Kai Lund and Ines Roth hosted Bo Park and Li Wen, the senators from Ohio, at the harbour."
built.person_role(LIST, "Li Wen", ["senator"], ["mayor"], L9, END)
built.person_role(LIST, "Kai Lund", ["mayor"], ["senator"], L9, END)
L10 = "The ministers, Hana Dovic and Luis Ortega, called on Chief Justice Omar Said before the hearing."
built.person_role(LIST, "Luis Ortega", ["minister"], [], L10, END)
built.person_role(LIST, "Omar Said", [], ["minister"], L10, END)
L11 = "Defence ministers Aki Sato and Jan Holm spoke after the two foreign ministers had left the room."
built.person_role(LIST, "Jan Holm", ["defence minister"], ["foreign minister"], L11, END)

L12 = "Along with the senators, Ann Kroll and Ben Sato spoke for the farmers at the hearing."
built.person_role(LIST, "Ann Kroll", [], ["senator"], L12, END)
L13 = "After meeting the ministers, Ula Berg and Sam Tate flew home to Bergen."
built.person_role(LIST, "Sam Tate", [], ["minister"], L13, END)
L14 = "The two senators, Ann Kroll and Ben Sato, Dee Wong told reporters, had agreed to the deal."
built.person_role(LIST, "Ben Sato", ["senator"], [], L14, END)
built.person_role(LIST, "Dee Wong", [], ["senator"], L14, END)

# --- plural: another thing's plural, a rank or a past ---------------------------------------
P1 = "For the Ottawa Senators, Tim Sand and Bo Ek scored twice each in a 5-2 win."
built.person_role(PLURAL, "Tim Sand", [], ["senator"], P1, "The crowd was the season's largest.")
built.person_role(PLURAL, "Bo Ek", [], ["senator"], P1, "The crowd was the season's largest.")
P2 = "Fans of the Chiefs, Ray Dunn and Ola Kim, queued overnight for tickets."
built.person_role(PLURAL, "Ray Dunn", [], ["chief"], P2, "Tickets sold out in an hour.")
P3 = "The former ministers Ada Kvist and Bror Lind wrote to the premier on Sunday."
built.person_role(PLURAL, "Bror Lind", [], ["minister"], P3, END)
P4 = "Deputy ministers Ivo Lang and Pia Roth will lead the talks in Vienna."
built.person_role(PLURAL, "Pia Roth", ["deputy minister"], ["minister"], P4, END)
built.person_role(PLURAL, "Ivo Lang", ["deputy minister"], ["minister"], P4, END)
P5 = "Vice presidents Gail Orr and Sven Maki presented the results to staff."
built.person_role(PLURAL, "Sven Maki", ["vice president"], ["president"], P5, END)
P6 = "Assistant coaches Dara Folk and Nico Abel ran the session in the rain."
built.person_role(PLURAL, "Nico Abel", ["assistant coach"], ["coach"], P6, END)
P7 = "Jude Harne and Fiona Lusk, the senators' lawyers, filed the motion on Monday."
built.person_role(PLURAL, "Jude Harne", ["lawyer"], ["senator"], P7, END)
built.person_role(PLURAL, "Fiona Lusk", ["lawyer"], ["senator"], P7, END)
P8 = "Rolf Anker and Vera Strom, sons of senators, founded the charity in 2011."
built.person_role(PLURAL, "Rolf Anker", [], ["senator"], P8, END)
P9 = "Gus Rowan and Ed Pell, both former governors, endorsed the challenger."
built.person_role(PLURAL, "Ed Pell", [], ["governor"], P9, END)
P10 = "Retired generals Moss Tully and Abe Crane signed the open letter."
built.person_role(PLURAL, "Abe Crane", [], ["general"], P10, END)
P11 = "Senators Noor Haddad and Per Olsen, both serving their second terms, blocked the nomination."
built.person_role(PLURAL, "Per Olsen", ["senator"], [], P11, END)
built.person_role(PLURAL, "Noor Haddad", ["senator"], [], P11, END)
P12 = "The two co-founders, Elin Dahl and Tariq Mir, stepped down on Friday."
built.person_role(PLURAL, "Tariq Mir", ["co-founder"], [], P12, END)
P13 = "Lia Mott and Ben Carr, the two assistant secretaries, resigned together."
built.person_role(PLURAL, "Ben Carr", ["assistant secretary"], ["secretary"], P13, END)
P14 = "Governors Jo Tran and Ama Boateng signed the pact, watched by the senators' wives, Kay Hume and Liv Aas."
built.person_role(PLURAL, "Kay Hume", [], ["senator", "governor"], P14, END)
built.person_role(PLURAL, "Jo Tran", ["governor"], [], P14, END)

# --- label: a label of another person, speech under a label, a credit verb in prose ----------
framed(
    LABEL,
    "Morning Desk | Episode 212",
    "Tomas Vey",
    ["guest"],
    ["host"],
    "Host: Ana Ruiz. Guest: Tomas Vey.",
    "Today: the price of bread.",
)
framed(
    LABEL,
    "Morning Desk | Episode 213",
    "Ana Ruiz",
    ["host"],
    ["guest"],
    "Host: Ana Ruiz. Guest: Tomas Vey.",
    "Today: the price of rent.",
)
framed(
    LABEL,
    "Field Notes | The Orrin Ledger",
    "Lin Park",
    ["producer"],
    ["editor"],
    "The wetlands are drying faster than forecast, a new survey says.",
    "Produced by Lin Park, edited by Joe Ash",
)
framed(
    LABEL,
    "Field Notes | The Orrin Ledger",
    "Joe Ash",
    ["editor"],
    ["producer"],
    "The glaciers are thinning faster than forecast, a new survey says.",
    "Produced by Lin Park, edited by Joe Ash",
)
framed(
    LABEL,
    "Evening Line | Transcript",
    "Tobias Reed",
    ["mayor"],
    ["host"],
    "HOST (Mara Quinn): Our guest today is the mayor, Tobias Reed.",
    "TOBIAS REED: Thanks for having me.",
)
framed(
    LABEL,
    "Evening Line | Transcript",
    "Mara Quinn",
    ["host"],
    ["mayor"],
    "HOST (Mara Quinn): Our guest today is the mayor, Tobias Reed.",
    "TOBIAS REED: Thanks for having me.",
)
framed(
    LABEL,
    "Night Shift | Transcript",
    "Ivan Sirko",
    [],
    ["host"],
    "HOST: Ivan Sirko reports from Kyiv.",
    "The shelling went on for most of the night.",
)
framed(
    LABEL,
    "Night Shift | Transcript",
    "Lena Fitch",
    [],
    ["host"],
    "MARA QUINN (host): Joining me is Lena Fitch from the port authority.",
    "The port reopened at dawn.",
)
framed(
    LABEL,
    "Night Shift | Transcript",
    "Dan Hale",
    [],
    ["host"],
    "Host: Welcome back. I'm joined by Dan Hale.",
    "The strike is in its third week.",
)
framed(
    LABEL,
    "City Radio | Schedule",
    "Gil Marr",
    ["presenter"],
    ["producer"],
    "Presenter: Gil Marr | Producer: Ivy Chen",
    "The show airs at nine.",
)
framed(
    LABEL,
    "City Radio | Schedule",
    "Ivy Chen",
    ["producer"],
    ["presenter"],
    "Presenter: Gil Marr | Producer: Ivy Chen",
    "The show airs at nine.",
)
framed(
    LABEL,
    "Harbour Weekly",
    "Tess Laine",
    ["reporter"],
    ["editor"],
    "Editor: Sam Quill. Reporter: Tess Laine.",
    "The ferry fares rise in May.",
)
framed(
    LABEL,
    "Harbour Weekly",
    "Sam Quill",
    ["editor"],
    ["reporter"],
    "Editor: Sam Quill. Reporter: Tess Laine.",
    "The ferry fares rise in May.",
)
built.person_role(
    LABEL,
    "Ana Lee",
    [],
    ["reporter"],
    "The theft was reported by Ana Lee, a neighbour, on Friday evening.",
    "Police have made no arrest.",
)
built.person_role(
    LABEL,
    "Rui Sousa",
    [],
    ["editor"],
    "The error was edited by Rui Sousa out of the council's minutes, a clerk said.",
    "The council denies it.",
)
framed(
    LABEL,
    "Market Wrap | Transcript",
    "Kofi Amo",
    [],
    ["anchor"],
    "ANCHOR: Kofi Amo has the numbers from the exchange.",
    "Shares fell for a third day.",
)
framed(
    LABEL,
    "Market Wrap | Transcript",
    "Rina Shah",
    ["anchor"],
    [],
    "ANCHOR (Rina Shah): Shares fell for a third day.",
    "KOFI AMO: The banks led the fall.",
)
built.person_role(
    LABEL,
    "Mark Tan",
    ["editor"],
    ["reporter"],
    "Diesel prices rose for a fifth week.",
    "(Reporting by Ada Bell; editing by Mark Tan)",
)
built.person_role(
    LABEL,
    "Ada Bell",
    ["reporter"],
    ["editor"],
    "Wheat prices rose for a fifth week.",
    "(Reporting by Ada Bell; editing by Mark Tan)",
)
framed(
    LABEL,
    "Photo Essay | Brackwater Post",
    "Tim Cole",
    [],
    ["photographer"],
    "Photos by Ana Lee of Mayor Tim Cole on the flooded quay.",
    "The water rose a metre overnight.",
)
framed(
    LABEL,
    "Photo Essay | Brackwater Post",
    "Ana Lee",
    ["photographer"],
    [],
    "Photos by Ana Lee of Mayor Tim Cole on the flooded quay.",
    "The water rose a metre overnight.",
)

framed(
    LABEL,
    "Weekend Talk | Episode 9",
    "Raj Dev",
    ["host"],
    [],
    "Hosts: Amy Lo and Raj Dev",
    "This week: the town's new bridge.",
)
built.person_role(
    LABEL,
    "Chidi Obi",
    ["reporter"],
    ["editor"],
    "Cocoa prices fell for a second week.",
    "(Reporting by Ada Bell in Lagos and Chidi Obi in Abuja; editing by Mark Tan)",
)
built.person_role(
    LABEL,
    "Mark Tan",
    [],
    ["reporter"],
    "Coffee prices fell for a second week.",
    "(Reporting by Ada Bell in Lagos and Chidi Obi in Abuja; editing by Mark Tan)",
)
framed(
    LABEL,
    "Long Read | Orrin Ledger",
    "Tim Cole",
    ["photographer"],
    ["writer"],
    "The lighthouse keepers are gone, but the lamps still turn.",
    "Written by Ana Lee. Photos by Tim Cole.",
)

# --- cut: a stop of "U.S." or "Jr." and the role beside it ----------------------------------
C1 = "U.S. Ambassador Lise Arden met Tom Hale Jr., the mayor, in Lima on Tuesday."
built.person_role(CUT, "Lise Arden", ["ambassador"], ["mayor"], C1, END)
built.person_role(CUT, "Tom Hale Jr.", ["mayor"], ["ambassador"], C1, END)
C2 = "Tom Hale, whose father was the U.S. ambassador, said the embassy had been warned."
built.person_role(CUT, "Tom Hale", [], ["ambassador"], C2, END)
C3 = "Tom Hale, the U.S. ambassador's deputy, said the embassy had been warned."
built.person_role(CUT, "Tom Hale", [], ["ambassador"], C3, END)
C4 = "Tom Hale, a critic of the U.S. president, said the tariffs would fail."
built.person_role(CUT, "Tom Hale", [], ["president"], C4, END)
C5 = "Tom Hale, the U.S. vice president, said the tariffs would work."
built.person_role(CUT, "Tom Hale", ["vice president"], ["president"], C5, END)
C6 = "Karl Moe Sr., the father of the quarterback, Jens Moe Jr., said the boy would play."
built.person_role(CUT, "Karl Moe Sr.", [], ["quarterback"], C6, END)
built.person_role(CUT, "Jens Moe Jr.", ["quarterback"], [], C6, END)
C7 = "Ana Kell, the U.S. trade representative, and Ravi Nair, the Indian commerce minister, met in Delhi."
built.person_role(CUT, "Ana Kell", ["trade representative"], ["commerce minister"], C7, END)
built.person_role(CUT, "Ravi Nair", ["commerce minister"], ["trade representative"], C7, END)
C8 = "Tom Hale met Ana Kell, the U.S. envoy, in Geneva."
built.person_role(CUT, "Tom Hale", [], ["envoy"], C8, END)
built.person_role(CUT, "Ana Kell", ["envoy"], [], C8, END)
C9 = "Rita Sol Jr., the city's treasurer, and Paz Ibarra, the U.N. envoy, toured the camp."
built.person_role(CUT, "Rita Sol Jr.", ["treasurer"], ["envoy"], C9, END)
built.person_role(CUT, "Paz Ibarra", ["envoy"], ["treasurer"], C9, END)
C10 = "Nell Obi, the U.S. ambassador nominee, faces a hearing on Thursday."
built.person_role(CUT, "Nell Obi", ["ambassador nominee"], ["ambassador"], C10, END)
C11 = "Mark Ode, the U.K. ambassador, and Lars Vik, his deputy, left the talks early."
built.person_role(CUT, "Mark Ode", ["ambassador"], [], C11, END)
built.person_role(CUT, "Lars Vik", [], ["ambassador"], C11, END)
C12 = "Tom Hale, the U.S. deputy secretary of state, landed in Seoul."
built.person_role(CUT, "Tom Hale", ["deputy secretary of state"], ["secretary of state"], C12, END)


def build_cases() -> list[dict[str, Any]]:
    return [{**case, "confirm": CONFIRM} for case in built.cases]


if __name__ == "__main__":
    built.cases[:] = build_cases()
    built.write(OUT)
