# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 53's leading-title role ties (``grounding_cr53r.jsonl``, tie
writer cr53r; :mod:`summarizer.verification.people.leading_titles` and the accent fix of
:mod:`summarizer.verification.people.role_clauses`), every case with the confirm-only mode on
for the role (``"confirm": ["role"]``): a must-pass case asks that a reading CONFIRMS the
person's role, a must-fail case that another role in the same shape is not confirmed:

- ``body``: a title before the name over its own body, then the comma of the apposition ("the
  commander of the ELN, Antonio Garcia,", "An analyst at eMarketer, X,", "the acting Prime
  Minister of Thailand X"), the value the title alone or with its body; against a rank the
  value lacks ("deputy commander", "Vice-President"), a past or a time ("former", "late",
  "then"), the title inside another's phrase ("the son of the president of Y, X"), a bare
  polity title over another body ("President" for "the President of the Senate, X"), a
  possessive title ("the chair's spokesman at Y, X"), a second apposition ("For A, a
  coordinator of Y, X said"), a body holding another title or person noun;
- ``courtesy``: a courtesy word between the title and the name ("Environment Minister Dr X",
  "the chief executive, Dr X", "the Prime Minister, Sir X"); against the same wrongs;
- ``accent``: the clause tie for a person whose name carries accents ("said Olle Kämpe, who
  chairs the committee"); against a rank, another's clause, a past.

Run ``python tests/data/make_cr53r_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up people and bodies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cr53r.jsonl")

built = SupportCases(
    "cr53r",
    leads=[
        "By Maren Holt | The Estuary Herald",
        "VALDORA (Coastline Wire) -",
        "World | The Upland Courier",
        "From our correspondent, The Harbour Gazette.",
        "LIVE | The Meridian Post",
    ],
)
BODY, COURTESY, ACCENT = "body", "courtesy", "accent"


# --- body: a title over its own body before the name ------------------------------------------
built.person_role(
    BODY,
    "Ramon Ibarra",
    ["commander", "commander of the Southern Front"],
    ["deputy commander", "chief of staff"],
    "Prosecutors lifted the arrest order against the commander of the Southern Front, Ramon Ibarra, who leads the rebels at the talks.",
    "The talks resume on Monday.",
)
built.person_role(
    BODY,
    "Lina Sorvik",
    ["analyst", "analyst at Brightmere"],
    ["chief analyst", "economist"],
    "An analyst at Brightmere, Lina Sorvik, said the figures were no surprise.",
    "Shares closed flat.",
)
built.person_role(
    BODY,
    "Tomas Verde",
    ["first commander"],
    ["second commander"],
    '"We ask the Governor of the Province, Ana Pires, and the first commander of the Free Army, Tomas Verde, for one more day," the mediators said.',
    "Both sides agreed.",
)
built.person_role(
    BODY,
    "Ana Pires",
    ["Governor of the Province"],
    ["Governor", "first commander", "commander"],
    '"We ask the Governor of the Province, Ana Pires, and the first commander of the Free Army, Tomas Verde, for one more day," the mediators said.',
    "Both sides agreed.",
)
built.person_role(
    BODY,
    "Kwan Lai-ming",
    ["Commissioner"],
    ["Secretary for Security", "Chief Secretary"],
    "Present were the Chief Secretary for Administration, Ho Wing-sum; the Secretary for Security, Dao Kin-fai; and the Commissioner of the Audit Office, Kwan Lai-ming.",
    "The hearing lasted three hours.",
)
built.person_role(
    BODY,
    "Orla Tennant",
    ["acting Prime Minister"],
    ["Prime Minister"],
    "The Prime Minister of Castria, Bram Olsen, and the acting Prime Minister of Velmar Orla Tennant sat side by side at the press conference.",
    "They signed the border accord.",
)
built.person_role(
    BODY,
    "Bram Olsen",
    ["Prime Minister"],
    ["acting Prime Minister"],
    "The Prime Minister of Castria, Bram Olsen, and the acting Prime Minister of Velmar Orla Tennant sat side by side at the press conference.",
    "They signed the border accord.",
)
built.person_role(
    BODY,
    "Pia Lund",
    ["spokeswoman"],
    ["chair"],
    "The spokeswoman for Norrland Rail, Pia Lund, said trains would run again by Friday.",
    "The chair of the company had resigned.",
)
built.person_role(
    BODY,
    "Ivo Marsh",
    ["head of research"],
    ["head"],
    "The head of research at Calder Bank, Ivo Marsh, cut his forecast.",
    "The bank's head, Ruth Calder, was away.",
)
built.person_role(
    BODY,
    "Ruth Calder",
    ["head"],
    ["head of research"],
    "The head of research at Calder Bank, Ivo Marsh, cut his forecast.",
    "The bank's head, Ruth Calder, was away.",
)
built.person_role(
    BODY,
    "Nils Brekke",
    [],
    ["President", "President of Varda"],
    "Reporters met the son of the President of Varda, Nils Brekke, at the airport.",
    "He declined to comment.",
)
built.person_role(
    BODY,
    "Nils Brekke",
    [],
    ["President"],
    "Reporters met the Vice-President of Varda Holdings, Nils Brekke, at the airport.",
    "He declined to comment.",
)
built.person_role(
    BODY,
    "Maja Orre",
    ["President of the Senate", "Senate President"],
    ["President", "Speaker"],
    "The President of the Senate, Maja Orre, called the vote after midnight.",
    "The bill passed by four votes.",
)
built.person_role(
    BODY,
    "Edda Frost",
    [],
    ["commander", "commander of the Northern Front"],
    "The court heard the former commander of the Northern Front, Edda Frost, on Tuesday.",
    "She denied the charges.",
)
built.person_role(
    BODY,
    "Edda Frost",
    [],
    ["commander"],
    "The court heard the deputy commander of the Northern Front, Edda Frost, on Tuesday.",
    "She denied the charges.",
)
built.person_role(
    BODY,
    "Jonas Kell",
    [],
    ["chair"],
    "The chair's spokesman at Hollin Trust, Jonas Kell, said the board would meet.",
    "No date was set.",
)
built.person_role(
    BODY,
    "Jonas Kell",
    [],
    ["coordinator"],
    "For Mira Dahl, a coordinator of the Relief Network, Jonas Kell had done the right thing.",
    "The network thanked him.",
)
built.person_role(
    BODY,
    "Jonas Kell",
    [],
    ["analyst"],
    "An analyst at Brightmere, Jonas Kell's sister, said the figures were no surprise.",
    "Shares closed flat.",
)
built.person_role(
    BODY,
    "Jonas Kell",
    [],
    ["adviser"],
    "They quoted a friend of the adviser at Hollin Trust, Jonas Kell, on the deal.",
    "No date was set.",
)
built.person_role(
    BODY,
    "Jonas Kell",
    [],
    ["chief executive"],
    "The late chief executive of Hollin Trust, Jonas Kell, left the firm to his daughter.",
    "She took charge in May.",
)
# --- courtesy: a courtesy word between the title and the name ----------------------------------
built.person_role(
    COURTESY,
    "Ada Finch",
    ["Environment Minister"],
    ["Health Minister", "Deputy Environment Minister"],
    "Presenting the figures, Environment Minister Dr Ada Finch said 300 birds had been ringed.",
    "The Health Minister was not at the event.",
)
built.person_role(
    COURTESY,
    "Jon Crale",
    ["chief executive"],
    ["chairman"],
    "Harbour Trust's chief executive, Dr Jon Crale, said the reserve had held up.",
    "Its chairman was abroad.",
)
built.person_role(
    COURTESY,
    "Hugh Marden",
    ["Prime Minister"],
    ["Foreign Secretary"],
    "After the service he and the Prime Minister, Sir Hugh Marden, laid a wreath.",
    "The Foreign Secretary stayed in London.",
)
built.person_role(
    COURTESY,
    "Zoltan Kerek",
    ["Chief veterinarian"],
    ["veterinarian general"],
    "The farm was shut on the orders of Chief veterinarian Dr Zoltan Kerek, who also opened an inquiry.",
    "No animals were moved.",
)
built.person_role(
    COURTESY,
    "Elin Moss",
    ["Vice-Chancellor"],
    ["Chancellor"],
    "The university's Vice-Chancellor, Professor Elin Moss, welcomed the grant.",
    "Students marched on Friday.",
)
built.person_role(
    COURTESY,
    "Elin Moss",
    ["director"],
    ["president"],
    "The museum's director, Dame Elin Moss, opened the new wing.",
    "The museum's president was abroad.",
)
built.person_role(
    COURTESY,
    "Pavel Orn",
    ["President"],
    ["Vice President"],
    "Officials met the son of President Dr Pavel Orn at the port.",
    "He said little.",
)
built.person_role(
    COURTESY,
    "Pavel Orn",
    [],
    ["Environment Minister"],
    "Former Environment Minister Dr Pavel Orn said the rules were too weak.",
    "The ministry declined to comment.",
)
built.person_role(
    COURTESY,
    "Pavel Orn",
    [],
    ["Environment Minister"],
    "The late Environment Minister Dr Pavel Orn was remembered at the service.",
    "The ministry sent flowers.",
)
built.person_role(
    COURTESY,
    "Pavel Orn",
    [],
    ["president"],
    "He met the wife of the president, Dr Pavel Orn, at the gala.",
    "The president was abroad.",
)
built.person_role(
    COURTESY,
    "Pavel Orn",
    [],
    ["Prime Minister"],
    "Sir Pavel Orn met the Prime Minister, Sir Giles Dunn, on Monday.",
    "They spoke for an hour.",
)
built.person_role(
    COURTESY,
    "Pavel Orn",
    [],
    ["Environment Minister"],
    "The Environment Minister's adviser Dr Pavel Orn drafted the plan.",
    "It was published on Friday.",
)
built.person_role(
    COURTESY,
    "Pavel Orn",
    [],
    ["Environment Minister"],
    "The then Environment Minister Dr Pavel Orn signed the permit in 2009.",
    "It was later revoked.",
)
built.person_role(
    COURTESY,
    "Lorna Vik",
    ["Chief Medical Officer"],
    ["Deputy Chief Medical Officer"],
    "Chief Medical Officer Professor Lorna Vik told reporters the wards were full.",
    "Her deputy was on leave.",
)
built.person_role(
    COURTESY,
    "Arne Falk",
    ["ambassador"],
    ["consul"],
    "Valdora's ambassador, Dr Arne Falk, handed over the letter.",
    "The consul stayed behind.",
)
built.person_role(
    COURTESY,
    "Mei Tan",
    ["Finance Minister"],
    ["Prime Minister"],
    "Finance Minister Dr Mei Tan presented the budget before the Prime Minister spoke.",
    "Markets rose.",
)
# --- accent: the clause tie for a name with accents ----------------------------------------------
built.person_role(
    ACCENT,
    "Björn Ekström",
    ["chairs the committee", "chair of the committee"],
    ["deputy chair of the committee"],
    '"The finding changes the field," said Björn Ekström, who chairs the committee.',
    "The prize is shared by three.",
)
built.person_role(
    ACCENT,
    "Hélène Prévost",
    ["leads Les Alliés", "leader of Les Alliés"],
    ["leads Les Verts"],
    "On Thursday Hélène Prévost, who leads Les Alliés, called the strike premature.",
    "Les Verts backed it.",
)
built.person_role(
    ACCENT,
    "José Ramírez",
    ["head of the emergency centre", "head"],
    ["deputy head"],
    "José Ramírez, who heads the emergency centre, said rescuers reached the village at dawn.",
    "Roads remained closed.",
)
built.person_role(
    ACCENT,
    "Zoë Łukasik",
    ["runs the Harbour Fund"],
    ["runs the City Fund"],
    "Zoë Łukasik, who runs the Harbour Fund, met the mayor, who runs the City Fund.",
    "They agreed to merge.",
)
built.person_role(
    ACCENT,
    "Noémie Garçon",
    [],
    ["chair of the board"],
    "Noémie Garçon, whose father chairs the board, declined to comment.",
    "The board meets in June.",
)
built.person_role(
    ACCENT,
    "Søren Åberg",
    ["directs the institute"],
    ["directs the museum"],
    "Søren Åberg, who directs the institute, spoke after Ida Lind, who directs the museum.",
    "Both backed the plan.",
)
built.person_role(
    ACCENT,
    "Ângela Sá",
    [],
    ["chair of the council"],
    "Ângela Sá, who chaired the council until 2019, now teaches law.",
    "She lives in Porto.",
)
built.person_role(
    ACCENT,
    "Ângela Sá",
    [],
    ["head of the agency"],
    "Ângela Sá, an adviser to the woman who heads the agency, drafted the report.",
    "It was published on Monday.",
)
built.person_role(
    ACCENT,
    "Émile Duré",
    ["mayor"],
    ["governor"],
    "Émile Duré became mayor in March.",
    "The governor congratulated him.",
)
built.person_role(
    ACCENT,
    "Émile Duré",
    [],
    ["manages the hotel"],
    "Émile Duré, who manages the hotel's bookings, answered the phone.",
    "The hotel was full.",
)

built.person_role(
    ACCENT,
    "Iñaki Mújica",
    ["chairs the port board"],
    ["chairs the rail board"],
    "Iñaki Mújica, who chairs the port board, said the strike would cost millions.",
    "The rail board said nothing.",
)


for case in built.cases:  # the confirm-only mode on for the role, in every case
    case["confirm"] = ["role"]


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
