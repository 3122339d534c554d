# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 53's review rv53r of tie writer cr53r (``grounding_rv53r.jsonl``;
:mod:`summarizer.verification.people.leading_titles` and the accent fix of
:mod:`summarizer.verification.people.role_clauses`), every case with the confirm-only mode on
for the role (``"confirm": ["role"]``): a must-pass case asks that a reading CONFIRMS the
person's role, a must-fail case that another role in the same shape is not confirmed:

- ``another``: a leading title of ANOTHER person next to the name ("the commander of the
  Front, A, and his deputy, X" for X; a list "the mayor, Dr A, and the governor, B");
- ``office``: the title with its body where the value is another office of that body ("the
  treasurer of the Guild, X" against "chair of the Guild");
- ``time``: a former, acting, interim or incoming title before the name over its body or a
  courtesy word ("the former head of the Bureau, X", "Incoming Minister Dr X");
- ``inside``: the title inside another's phrase: a possessive ("the minister's adviser, Dr
  X"), a relative ("the son of the President of Varda, X", "the wife of the Governor, Dr X");
- ``accent``: the clause tie for names with accents beside the office of another person
  ("Kämpe, who chairs the committee Lund founded", "Lund, who hired Kämpe, chairs it").

Run ``python tests/data/make_rv53r_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up people and bodies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv53r.jsonl")

built = SupportCases(
    "rv53r",
    leads=[
        "By Edda Voss | The Fenland Ledger",
        "MARSTON (Northline Wire) -",
        "Region | The Hollow Times",
        "From our desk, The Quayside Echo.",
        "LIVE | The Lantern Daily",
    ],
)
ANOTHER, OFFICE, TIME, INSIDE, ACCENT = "another", "office", "time", "inside", "accent"


# --- another: a leading title of another person beside the name -------------------------------
built.person_role(
    ANOTHER,
    "Anselm Ruiz",
    ["commander", "commander of the Ridge Front"],
    ["deputy"],
    "The commander of the Ridge Front, Anselm Ruiz, and his deputy, Pavel Oster, arrived at the border post on Tuesday.",
    "Talks begin next week.",
)
built.person_role(
    ANOTHER,
    "Pavel Oster",
    ["deputy"],
    ["commander", "commander of the Ridge Front"],
    "The commander of the Ridge Front, Anselm Ruiz, and his deputy, Pavel Oster, arrived at the border post on Tuesday.",
    "Talks begin next week.",
)
built.person_role(
    ANOTHER,
    "Hilde Brun",
    ["mayor"],
    ["governor"],
    "The ceremony was opened by the mayor, Dr Hilde Brun, and the governor, Olav Strand.",
    "About 400 people attended.",
)
built.person_role(
    ANOTHER,
    "Olav Strand",
    ["governor"],
    ["mayor"],
    "The ceremony was opened by the mayor, Dr Hilde Brun, and the governor, Olav Strand.",
    "About 400 people attended.",
)
built.person_role(
    ANOTHER,
    "Greta Wahl",
    [],
    ["chief executive", "chief executive of Tessel Foods"],
    "The chief executive of Tessel Foods, Ivar Nyberg, Greta Wahl and two lawyers met the regulator on Monday.",
    "The meeting ran late.",
)
built.person_role(
    ANOTHER,
    "Ivar Nyberg",
    ["chief executive of Tessel Foods"],
    ["lawyer"],
    "The chief executive of Tessel Foods, Ivar Nyberg, Greta Wahl and two lawyers met the regulator on Monday.",
    "The meeting ran late.",
)
built.person_role(
    ANOTHER,
    "Corin Hale",
    [],
    ["analyst", "analyst at Fernway"],
    "An analyst at Fernway, Mira Tosk, told clients that the chief economist, Sir Corin Hale, was wrong.",
    "The note was sent on Friday.",
)
built.person_role(
    ANOTHER,
    "Corin Hale",
    ["chief economist"],
    [],
    "An analyst at Fernway, Mira Tosk, told clients that the chief economist, Sir Corin Hale, was wrong.",
    "The note was sent on Friday.",
)
built.person_role(
    ANOTHER,
    "Mira Tosk",
    ["analyst", "analyst at Fernway"],
    ["chief economist"],
    "An analyst at Fernway, Mira Tosk, told clients that the chief economist, Sir Corin Hale, was wrong.",
    "The note was sent on Friday.",
)
built.person_role(
    ANOTHER,
    "Tarja Lind",
    [],
    ["Health Minister"],
    "Health Minister Dr Ulla Sand met Tarja Lind, a nurse, at the clinic.",
    "They spoke for an hour.",
)
built.person_role(
    ANOTHER,
    "Ulla Sand",
    ["Health Minister"],
    ["nurse"],
    "Health Minister Dr Ulla Sand met Tarja Lind, a nurse, at the clinic.",
    "They spoke for an hour.",
)
built.person_role(
    ANOTHER,
    "Bertil Kron",
    [],
    ["director", "director of the Sound Museum"],
    "The director of the Sound Museum, who was away, sent a letter to Bertil Kron, the collector.",
    "The letter was read aloud.",
)
built.person_role(
    ANOTHER,
    "Edvin Moss",
    [],
    ["spokesman", "spokesman for Harrow Transit"],
    "The spokesman for Harrow Transit, Lars Fenn, Edvin Moss said, had not been told.",
    "The union said it would strike.",
)
built.person_role(
    ANOTHER,
    "Lars Fenn",
    ["spokesman", "spokesman for Harrow Transit"],
    [],
    "The spokesman for Harrow Transit, Lars Fenn, Edvin Moss said, had not been told.",
    "The union said it would strike.",
)
built.person_role(
    ANOTHER,
    "Sigrid Holm",
    [],
    ["Prime Minister"],
    "After talks with the Prime Minister, Sir Aldo Vane, Sigrid Holm left for the airport.",
    "She returns in May.",
)

# --- office: the title with its body, another office of that body -----------------------------
built.person_role(
    OFFICE,
    "Rune Falk",
    ["treasurer", "treasurer of the Guild of Weavers"],
    ["chair", "chair of the Guild of Weavers", "president"],
    "The treasurer of the Guild of Weavers, Rune Falk, said the accounts were in order.",
    "The guild meets twice a year.",
)
built.person_role(
    OFFICE,
    "Noor Eklund",
    ["general counsel", "general counsel at Brightwell"],
    ["chief executive", "counsel at Harlow"],
    "The general counsel at Brightwell, Noor Eklund, wrote to the board.",
    "The board did not reply.",
)
built.person_role(
    OFFICE,
    "Kasper Voll",
    ["Minister"],
    ["Prime Minister", "Deputy Minister"],
    "The Minister of Fisheries, Dr Kasper Voll, opened the harbour.",
    "Boats sounded their horns.",
)
built.person_role(
    OFFICE,
    "Maud Serra",
    ["secretary", "secretary of the Anglers Union"],
    ["general secretary", "president of the Anglers Union"],
    "The secretary of the Anglers Union, Maud Serra, said the ban was unfair.",
    "Ministers disagreed.",
)
built.person_role(
    OFFICE,
    "Henrik Dahl",
    ["editor", "editor of the Quay Review"],
    ["editor-in-chief", "publisher"],
    "The editor of the Quay Review, Henrik Dahl, resigned on Friday.",
    "No successor was named.",
)
built.person_role(
    OFFICE,
    "Agnes Rook",
    ["President of the Senate"],
    ["President", "Senator"],
    "The President of the Senate, Agnes Rook, adjourned the sitting.",
    "The vote will be held on Thursday.",
)
built.person_role(
    OFFICE,
    "Tobias Renn",
    ["professor"],
    ["dean", "dean of law"],
    "A professor at Kelby University, Tobias Renn, said the dean of law had quit.",
    "The university declined to comment.",
)
built.person_role(
    OFFICE,
    "Elin Varga",
    ["chief medical officer"],
    ["chief executive", "medical officer of health"],
    "The chief medical officer of Westhaven Health, Dr Elin Varga, urged calm.",
    "Clinics stayed open.",
)
built.person_role(
    OFFICE,
    "Jonas Berge",
    ["head of sales", "head of sales at Norveg Air"],
    ["head of Norveg Air", "head"],
    "The head of sales at Norveg Air, Jonas Berge, said bookings were up.",
    "Fuel costs rose.",
)

# --- time: a former, acting, interim or incoming title ----------------------------------------
built.person_role(
    TIME,
    "Vilma Ross",
    ["former head of the Bureau"],
    ["head", "head of the Bureau"],
    "The former head of the Bureau, Vilma Ross, testified on Monday.",
    "Her testimony lasted six hours.",
)
built.person_role(
    TIME,
    "Dag Ulvik",
    ["acting director", "acting director of the Coast Agency"],
    ["director", "director of the Coast Agency"],
    "The acting director of the Coast Agency, Dag Ulvik, signed the order.",
    "It takes effect at once.",
)
built.person_role(
    TIME,
    "Carla Mint",
    ["interim chief executive"],
    ["chief executive"],
    "The interim chief executive of Polder Energy, Carla Mint, cut 200 jobs.",
    "Unions called a strike.",
)
built.person_role(
    TIME,
    "Rolf Ahn",
    ["incoming Finance Minister"],
    ["Finance Minister"],
    "Incoming Finance Minister Dr Rolf Ahn said taxes would not rise.",
    "He takes office in June.",
)
built.person_role(
    TIME,
    "Sara Kolb",
    ["then chair"],
    ["chair", "chair of the Port Board"],
    "In 2015 the then chair of the Port Board, Sara Kolb, approved the deal.",
    "It was later reversed.",
)
built.person_role(
    TIME,
    "Ebbe Lunde",
    ["outgoing president"],
    ["president"],
    "The outgoing president of the Chess Federation, Ebbe Lunde, handed over the keys.",
    "His successor starts today.",
)
built.person_role(
    TIME,
    "Ines Rauh",
    ["Prime Minister"],
    ["former Prime Minister"],
    "The Prime Minister, Dame Ines Rauh, met the former Prime Minister, Sir Olle Brisk, at noon.",
    "They did not speak to reporters.",
)
built.person_role(
    TIME,
    "Olle Brisk",
    ["former Prime Minister"],
    ["Prime Minister"],
    "The Prime Minister, Dame Ines Rauh, met the former Prime Minister, Sir Olle Brisk, at noon.",
    "They did not speak to reporters.",
)
built.person_role(
    TIME,
    "Tove Marr",
    ["manager"],
    ["former manager"],
    "The manager of Rillby Town, Tove Marr, praised her side.",
    "They won 3-1.",
)
built.person_role(
    TIME,
    "Knut Heil",
    ["director of the Forest Service"],
    ["director-designate"],
    "The director of the Forest Service, Knut Heil, named his successor.",
    "The handover is in May.",
)
built.person_role(
    TIME,
    "Aron Pike",
    ["chair of the Harbour Trust"],
    ["former chair", "future chair"],
    "The chair of the Harbour Trust, Aron Pike, opened the new pier.",
    "Crowds gathered.",
)

# --- inside: a possessive title, a relative of the office holder ------------------------------
built.person_role(
    INSIDE,
    "Petra Sund",
    ["adviser"],
    ["minister", "Minister"],
    "The minister's adviser, Dr Petra Sund, wrote the memo.",
    "It was leaked on Sunday.",
)
built.person_role(
    INSIDE,
    "Gunnar Tell",
    [],
    ["President", "President of Varda"],
    "The son of the President of Varda, Gunnar Tell, was arrested.",
    "Police gave no details.",
)
built.person_role(
    INSIDE,
    "Lisa Hoff",
    [],
    ["Governor", "Governor of Estmark"],
    "The wife of the Governor of Estmark, Dr Lisa Hoff, opened the hospital wing.",
    "It has 40 beds.",
)
built.person_role(
    INSIDE,
    "Mats Eld",
    [],
    ["chief executive", "chief executive of Ferro Steel"],
    "A lawyer for the chief executive of Ferro Steel, Mats Eld, said the claims were false.",
    "The trial opens in June.",
)
built.person_role(
    INSIDE,
    "Nora Fisk",
    [],
    ["mayor", "mayor of Brantby"],
    "A cousin of the mayor of Brantby, Nora Fisk, won the contract.",
    "Rivals complained.",
)
built.person_role(
    INSIDE,
    "Sten Valk",
    [],
    ["Prime Minister"],
    "The Prime Minister's chief of staff, Sir Sten Valk, resigned.",
    "He gave no reason.",
)
built.person_role(
    INSIDE,
    "Sten Valk",
    ["chief of staff"],
    [],
    "The Prime Minister's chief of staff, Sir Sten Valk, resigned.",
    "He gave no reason.",
)
built.person_role(
    INSIDE,
    "Yrsa Molin",
    ["spokeswoman"],
    ["commander"],
    "The commander's spokeswoman at Fort Hale, Yrsa Molin, denied the report.",
    "The fort stayed closed.",
)
built.person_role(
    INSIDE,
    "Dora Pell",
    [],
    ["head of the Mint"],
    "The daughter of the head of the Mint, Dora Pell, spoke at the rally.",
    "The rally was peaceful.",
)
built.person_role(
    INSIDE,
    "Ivo Krantz",
    ["bodyguard"],
    ["President"],
    "The President's bodyguard, Ivo Krantz, was injured.",
    "He is in hospital.",
)
built.person_role(
    INSIDE,
    "Tilde Oak",
    ["chief executive", "chief executive of Marlin Bank"],
    ["lawyer"],
    "The chief executive of Marlin Bank, Dr Tilde Oak, hired a lawyer.",
    "The bank is under review.",
)
built.person_role(
    INSIDE,
    "Bo Lunn",
    ["coach"],
    ["captain"],
    "The team's coach, Bo Lunn, praised the captain.",
    "They play again on Sunday.",
)
built.person_role(
    INSIDE,
    "Hanne Rye",
    ["Governor of Estmark"],
    ["Governor's wife"],
    "The Governor of Estmark, Dr Hanne Rye, opened the wing with her husband.",
    "It has 40 beds.",
)
built.person_role(
    INSIDE,
    "Klas Odd",
    ["director"],
    [],
    "The director of the Opal Theatre, Klas Odd, said the season was sold out.",
    "Tickets went fast.",
)

# --- accent: the clause tie for accented names beside another's office -------------------------
built.person_role(
    ACCENT,
    "Olle Kämpe",
    [],
    ["chairs the committee"],
    "Olle Kämpe, who sits on the committee Lund chairs, voted against.",
    "The bill passed anyway.",
)
built.person_role(
    ACCENT,
    "Åsa Lindén",
    ["chairs the committee"],
    ["founded the committee"],
    "Åsa Lindén, who chairs the committee Bo Lund founded, voted against.",
    "The bill passed anyway.",
)
built.person_role(
    ACCENT,
    "Jörg Hüber",
    [],
    ["leads the union"],
    "Jörg Hüber, whose brother leads the union, joined the strike.",
    "Factories closed.",
)
built.person_role(
    ACCENT,
    "Zoë Ménard",
    ["heads the lab"],
    ["heads the institute"],
    "Zoë Ménard, who heads the lab, said Karl Ost, who heads the institute, had approved it.",
    "The trial starts in June.",
)
built.person_role(
    ACCENT,
    "Karl Ost",
    ["heads the institute"],
    ["heads the lab"],
    "Zoë Ménard, who heads the lab, said Karl Ost, who heads the institute, had approved it.",
    "The trial starts in June.",
)
built.person_role(
    ACCENT,
    "Raúl Cortés",
    [],
    ["runs the clinic"],
    "The nurse who runs the clinic said Raúl Cortés had left.",
    "The clinic stays open.",
)
built.person_role(
    ACCENT,
    "Łucja Wróbel",
    ["leads the party"],
    ["leads the coalition"],
    "Łucja Wróbel, who leads the party, met Ida Berg, who leads the coalition.",
    "They agreed to talk again.",
)
built.person_role(
    ACCENT,
    "Ida Berg",
    ["leads the coalition"],
    ["leads the party"],
    "Łucja Wróbel, who leads the party, met Ida Berg, who leads the coalition.",
    "They agreed to talk again.",
)
built.person_role(
    ACCENT,
    "Frédéric Noël",
    [],
    ["manages the fund"],
    "Frédéric Noël, who was hired by the woman who manages the fund, declined to comment.",
    "The fund lost money.",
)
built.person_role(
    ACCENT,
    "Frédéric Noël",
    [],
    ["chairs the board"],
    "Frédéric Noël, who chaired the board until 2020, now writes books.",
    "He lives in Lyon.",
)
built.person_role(
    ACCENT,
    "Ingrid Sjöberg",
    ["coaches the team"],
    ["owns the team"],
    "Ingrid Sjöberg, who coaches the team Mats Alm owns, was fined.",
    "She will appeal.",
)
built.person_role(
    ACCENT,
    "Mats Alm",
    [],
    ["coaches the team"],
    "Ingrid Sjöberg, who coaches the team Mats Alm owns, was fined.",
    "She will appeal.",
)
built.person_role(
    ACCENT,
    "José Núñez",
    ["directs the orchestra"],
    ["directs the choir"],
    '"It was a triumph," said José Núñez, who directs the orchestra.',
    "The choir sang too.",
)
built.person_role(
    ACCENT,
    "Anaïs Roué",
    [],
    ["heads the agency"],
    "Anaïs Roué, a deputy to Lena Falk, who heads the agency, drafted the rules.",
    "They take effect in May.",
)

# --- more edges (added after the first run) ----------------------------------------------------
built.person_role(
    OFFICE,
    "Maja Orre",
    ["Senate President"],
    ["President"],
    "Senate President Dr Maja Orre closed the debate.",
    "The vote is on Friday.",
)
built.person_role(
    OFFICE,
    "Lukas Brandt",
    [],
    ["President"],
    "Student Union President Sir Lukas Brandt led the march.",
    "It ended at the town hall.",
)
built.person_role(
    OFFICE,
    "Ivar Nyberg",
    ["chief executive"],
    ["chief executive of Ferro Steel"],
    "The chief executives of Tessel Foods and Ferro Steel, Dr Ivar Nyberg and Mats Eld, met in Oslo.",
    "They signed a supply deal.",
)
built.person_role(
    OFFICE,
    "Agnes Rook",
    [],
    ["President of the Senate"],
    "The President of the Senate Committee on Fisheries, Agnes Rook, adjourned the sitting.",
    "The vote will be held on Thursday.",
)
built.person_role(
    TIME,
    "Ragna Lie",
    [],
    ["Prime Minister", "Prime Minister of Velmar"],
    "The caretaker Prime Minister of Velmar, Dame Ragna Lie, called an election.",
    "It will be held in May.",
)
built.person_role(
    TIME,
    "Ragna Lie",
    [],
    ["Health Minister"],
    "Junior Health Minister Dr Ragna Lie visited the ward.",
    "Staff asked for more beds.",
)
built.person_role(
    TIME,
    "Oskar Brun",
    [],
    ["commander", "commander of the Ridge Front"],
    "The retired commander of the Ridge Front, Oskar Brun, wrote a memoir.",
    "It sold well.",
)
built.person_role(
    TIME,
    "Oskar Brun",
    [],
    ["President", "President of Varda"],
    "The ousted President of Varda, Dr Oskar Brun, fled abroad.",
    "His party lost the vote.",
)
built.person_role(
    ANOTHER,
    "Ella Pike",
    [],
    ["chair", "chair of the Harbour Trust"],
    "The chair of the Harbour Trust, Aron Pike, came with his daughter, Ella Pike, a nurse.",
    "The pier opened at noon.",
)
built.person_role(
    ANOTHER,
    "Ella Pike",
    [],
    ["chair", "chair of the Harbour Trust"],
    "Aron Pike chairs the Harbour Trust; his daughter Ella Pike is a nurse.",
    "The chair of the Harbour Trust, Dr Pike, opened the pier at noon.",
)
built.person_role(
    ANOTHER,
    "Ella Pike",
    ["nurse"],
    [],
    "The chair of the Harbour Trust, Aron Pike, came with his daughter, Ella Pike, a nurse.",
    "The pier opened at noon.",
)
built.person_role(
    ANOTHER,
    "Aron Pike",
    ["chair", "chair of the Harbour Trust"],
    ["nurse"],
    "The chair of the Harbour Trust, Aron Pike, came with his daughter, Ella Pike, a nurse.",
    "The pier opened at noon.",
)
built.person_role(
    INSIDE,
    "Ada Quist",
    [],
    ["Prime Minister"],
    "Talks with the Prime Minister of Castria's envoy, Dr Ada Quist, went well.",
    "A deal is near.",
)
built.person_role(
    INSIDE,
    "Ada Quist",
    [],
    ["Finance Minister"],
    "An aide to Finance Minister Dr Lars Holt, Ada Quist, briefed reporters.",
    "The budget is due in May.",
)
built.person_role(
    INSIDE,
    "Ada Quist",
    [],
    ["commander", "commander of the Ridge Front"],
    "A nephew of the commander of the Ridge Front Anselm Ruiz, Ada Quist, was freed.",
    "The talks resume.",
)

built.person_role(
    ACCENT,
    "Mikaël Sørensen",
    ["runs the ferry company"],
    ["runs the port"],
    "Mikaël Sørensen, who runs the ferry company, said the port was too small.",
    "Sailings were cut.",
)
built.person_role(
    ACCENT,
    "Agnès Joly",
    ["heads the choir"],
    ["heads the school"],
    '"We sang for an hour," said Agnès Joly, who heads the choir.',
    "The school hall was full.",
)
built.person_role(
    ACCENT,
    "Björn Ekdahl",
    ["coaches the team"],
    ["owns the team"],
    "Björn Ekdahl, who coaches the team, and Per Lund, who owns it, were both fined.",
    "They will appeal.",
)
built.person_role(
    INSIDE,
    "Hale Morn",
    ["chief economist"],
    ["bank"],
    "The bank's chief economist, Dr Hale Morn, said rates would fall.",
    "Markets rose.",
)
built.person_role(
    INSIDE,
    "Eli Tamm",
    ["spokesman"],
    ["Governor"],
    "The Governor's spokesman, Dr Eli Tamm, denied the report.",
    "The governor was abroad.",
)


for case in built.cases:  # the confirm-only mode on for the role, in every case
    case["confirm"] = ["role"]


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
