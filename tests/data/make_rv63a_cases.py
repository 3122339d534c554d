# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 63's review rv63a of af63 (``grounding_rv63a.jsonl``;
:mod:`summarizer.verification.people.other_appositions`), at the edges of

- ``own``: the value is written only in the other person's apposition, while the person's own
  apposition names a part of it by a stand-in's possessive or a short form ("Joan Reyes, chair
  of Pellmark Group, and Tim Lacey, head of the group's Asian business"; "a governor on the
  Fed's board"; "finance director at Pellmark") or a later sentence of theirs says it ("He has
  been with Kestle Water since 1998"): it passes; the twin page whose apposition names another
  body ("head of Orrin Freight's Asian business") keeps it refused;
- ``other``: another person's body in the shapes pages write two or three office holders in
  one sentence (semicolon lists, "who is chief executive of", "MP for", "works for ... and B
  for", "while B sits on", titles with and without dots, brackets, a former post, "their" or
  "both" after it): each person's own body passes, the other's is refused.

Run ``python tests/data/make_rv63a_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv63a.jsonl")

built = SupportCases(
    "rv63a",
    leads=[
        "LONDON (Meridian Wire) -",
        "By Carla Nyberg | The Saltby Observer",
        "Markets | Harbourline Daily",
        "From the Statehouse bureau, The Ridgeway Ledger.",
        "SPORT | Kestle Evening Echo",
        "By Amir Qasemi, Lakeshore Tribune",
        "Health desk, The Orrin Gazette",
    ],
)
OWN, OTHER = "own", "other"


def pair(
    role: str, name: str, body: str, shared: str, elsewhere: str, twin: str, *more: str
) -> None:
    """The person's own apposition names a part of the other's body (``shared``: it passes),
    and the twin page naming another body (``elsewhere``: the other's body is refused there,
    the person's own passes)."""
    built.held_affiliation(OWN, role, name, [body], [], shared, *more)
    built.held_affiliation(OWN, role, name, [elsewhere], [body], twin, *more)


# --- own: a part of the other's body, or the person's tie to it said later --------------------
pair(
    "head",
    "Tim Lacey",
    "Pellmark Group",
    "The merger was announced on Monday by Joan Reyes, chair of Pellmark Group, and Tim Lacey, head of the group's Asian business.",
    "Orrin Freight",
    "The merger was announced on Monday by Joan Reyes, chair of Pellmark Group, and Tim Lacey, head of Orrin Freight's Asian business.",
    "Shares in both rose in early trading.",
)
pair(
    "ranking member",
    "Abel Hirst",
    "Senate Finance Committee",
    "Sen. Marian Coyle (D-Ore.), who chairs the Senate Finance Committee, and Sen. Abel Hirst (R-Utah), ranking member of the committee's Trade Subcommittee, released the draft on Friday.",
    "Senate Banking Committee",
    "Sen. Marian Coyle (D-Ore.), who chairs the Senate Finance Committee, and Sen. Abel Hirst (R-Utah), ranking member of the Senate Banking Committee's Housing Subcommittee, released the draft on Friday.",
    "The draft runs to 212 pages.",
)
pair(
    "audit chair",
    "Tim Lacey",
    "Pellmark Group",
    "The annual accounts were signed by Joan Reyes, chair of Pellmark Group, and Tim Lacey, chair of Pellmark's audit committee.",
    "Asta Capital",
    "The annual accounts were signed by Joan Reyes, chair of Pellmark Group, and Tim Lacey, chair of Asta Capital's audit committee.",
    "Auditors flagged no concerns.",
)
pair(
    "governor",
    "Omar Keane",
    "Federal Reserve",
    "The decision was defended on Wednesday by Lena Dorsey, who chairs the Federal Reserve, and Omar Keane, a governor on the Fed's board.",
    "Bank of Canada",
    "The decision was defended on Wednesday by Lena Dorsey, who chairs the Federal Reserve, and Omar Keane, a governor on the Bank of Canada's board.",
    "Markets had priced in a cut.",
)
pair(
    "finance director",
    "Tim Lacey",
    "Pellmark Group",
    "Joan Reyes, chair of Pellmark Group, and Tim Lacey, finance director at Pellmark, presented the results in Leeds.",
    "Asta",
    "Joan Reyes, chair of Pellmark Group, and Tim Lacey, finance director at Asta, presented the results in Leeds.",
    "Profit rose 8% to £41m.",
)
built.held_affiliation(
    OWN,
    "division director",
    "Tim Lacey",
    ["Pellmark Group", "Orrin Freight"],
    [],
    "The deal was signed by Joan Reyes, who chairs Pellmark Group, and Tim Lacey, director of the Orrin Freight division.",
    "Orrin Freight moves grain across the northern plains.",
    "He has worked at Pellmark Group for twenty years, first as a clerk.",
)
built.held_affiliation(
    OWN,
    "division director",
    "Tim Lacey",
    ["Orrin Freight", "Halden Shipping"],
    ["Pellmark Group"],
    "The deal was signed by Joan Reyes, who chairs Pellmark Group, and Tim Lacey, director of the Orrin Freight division.",
    "Orrin Freight moves grain across the northern plains.",
    "He worked at Halden Shipping for twenty years, first as a clerk.",
)
pair(
    "professor",
    "Karl Ness",
    "Tamsby University",
    "The paper is by Ruth Amadi, who heads Tamsby University, and Karl Ness, a professor in the university's School of Law.",
    "Orrin College",
    "The paper is by Ruth Amadi, who heads Tamsby University, and Karl Ness, a professor in Orrin College's School of Law.",
    "It argues for shorter tenancy notices.",
)
pair(
    "ranking member",
    "Luis Marrow",
    "House Energy Committee",
    "Rep. Dana Voss (R-Tex.), chairwoman of the House Energy Committee, and Rep. Luis Marrow (D-Calif.), ranking member of the panel's Subcommittee on Grid Security, asked for the records.",
    "House Science Committee",
    "Rep. Dana Voss (R-Tex.), chairwoman of the House Energy Committee, and Rep. Luis Marrow (D-Calif.), ranking member of the House Science Committee's Subcommittee on Grid Security, asked for the records.",
    "The utility has two weeks to reply.",
)
pair(
    "captain",
    "Jess Pike",
    "Dunmore Rovers",
    "The cup draw was made by Ollie Crane, manager of Dunmore Rovers, and Jess Pike, captain of the club's Women's team.",
    "Saltby Town",
    "The cup draw was made by Ollie Crane, manager of Dunmore Rovers, and Jess Pike, captain of Saltby Town's Women's team.",
    "The ties will be played on the weekend of March 14.",
)
built.held_affiliation(
    OWN,
    "head of dams",
    "Rhys Moran",
    ["Kestle Water"],
    [],
    "Flood defences were inspected by Ada Brook, chief engineer at Kestle Water, and Rhys Moran, head of the utility's Dams Unit.",
    "The dams hold back the upper Kestle after heavy rain.",
    "He has been with Kestle Water since 1998.",
)
built.held_affiliation(
    OWN,
    "head of dams",
    "Rhys Moran",
    ["Saltby Water"],
    ["Kestle Water"],
    "Flood defences were inspected by Ada Brook, chief engineer at Kestle Water, and Rhys Moran, head of Saltby Water's Dams Unit.",
    "The dams hold back the upper Kestle after heavy rain.",
    "He has been with Saltby Water since 1998.",
)
pair(
    "brand head",
    "Piet Hale",
    "Vantor Motors",
    "The electric van was unveiled by Kara Lund, chief executive of Vantor Motors, and Piet Hale, head of the carmaker's Lumo brand.",
    "Orsin Auto",
    "The electric van was unveiled by Kara Lund, chief executive of Vantor Motors, and Piet Hale, head of Orsin Auto's Lumo brand.",
    "It goes on sale in the autumn.",
)
pair(
    "detective",
    "Ravi Kohli",
    "Dunmore Police",
    "The inquiry is led by Chief Constable Gwen Orr, who heads Dunmore Police, and Det Supt Ravi Kohli, head of the force's Major Crime Unit.",
    "Saltby Police",
    "The inquiry is led by Chief Constable Gwen Orr, who heads Dunmore Police, and Det Supt Ravi Kohli, head of Saltby Police's Major Crime Unit.",
    "Officers have searched two addresses.",
)
pair(
    "stroke lead",
    "Colm Rea",
    "St Aldric's Hospital",
    "The trial was run by Dr Nadia Ferris, medical director of St Aldric's Hospital, and Dr Colm Rea, head of the hospital's Stroke Unit.",
    "Kellmar General",
    "The trial was run by Dr Nadia Ferris, medical director of St Aldric's Hospital, and Dr Colm Rea, head of Kellmar General's Stroke Unit.",
    "Results are due next year.",
)

# --- other: another person's body in the shapes of two or three office holders --------------
LIST3 = "Speakers at the dinner included Joan Reyes, chair of Pellmark Group; Tim Lacey, chief executive of Asta Capital; and Mira Holt, president of the Kestle Chamber of Commerce."
built.held_affiliation(
    OTHER,
    "president",
    "Mira Holt",
    ["Kestle Chamber of Commerce"],
    ["Asta Capital", "Pellmark Group"],
    LIST3,
    "Tickets sold out in a day.",
)
built.held_affiliation(
    OTHER,
    "chief executive",
    "Tim Lacey",
    ["Asta Capital"],
    ["Pellmark Group", "Kestle Chamber of Commerce"],
    LIST3,
    "Tickets sold out in a day.",
)
built.held_affiliation(
    OTHER,
    "chief executive",
    "Ana Sousa",
    ["Linmoor Energy"],
    ["Vantor Oil"],
    "Ana Sousa, who is chief executive of Linmoor Energy, and Rob Tey, who is chairman of Vantor Oil, met ministers on Tuesday.",
    "Both firms want the pipeline licence.",
)
built.held_affiliation(
    OTHER,
    "council leader",
    "Derek Oates",
    ["Saltby Council"],
    ["Harlow Vale"],
    "The letter was signed by Fiona Grant, MP for Harlow Vale, and Derek Oates, leader of Saltby Council.",
    "It asks for the bypass to be finished by 2028.",
)
built.held_affiliation(
    OTHER,
    "director",
    "Helen Acosta",
    ["Orrin Medical School"],
    ["Tamsby Cancer Centre"],
    "The committee heard from Dr. Helen R. Acosta, dean of Orrin Medical School, and Prof. Yusuf Bello, director of the Tamsby Cancer Centre.",
    "Both called for more trial funding.",
)
built.held_affiliation(
    OTHER,
    "striker",
    "Kofi Mensah",
    ["Dunmore Rovers"],
    ["Saltby Town"],
    "Kofi Mensah, a striker at Dunmore Rovers, and Luca Berti, who captains Saltby Town, were both sent off in the second half.",
    "The match ended 1-1.",
)
built.held_affiliation(
    OTHER,
    "judge",
    "Rhea Singh",
    ["Kestle High Court"],
    ["Court of Appeal"],
    "Amos Tern serves on the Court of Appeal, while Rhea Singh sits on the Kestle High Court.",
    "The two were at law school together.",
)
built.held_affiliation(
    OTHER,
    "engineer",
    "Lise Moor",
    ["Halden Shipping"],
    ["Kestle Port Authority"],
    "Two witnesses gave evidence: Ivo Brandt works for the Kestle Port Authority and Lise Moor for Halden Shipping.",
    "The inquiry resumes on Monday.",
)
built.held_affiliation(
    OTHER,
    "panel chair",
    "Joan Reyes",
    ["Pellmark Group"],
    ["Asta Capital"],
    "The panel is made up of Joan Reyes, head of Pellmark Group, and Tim Lacey, a former director of Asta Capital.",
    "It reports in June.",
)
built.held_affiliation(
    OTHER,
    "editor",
    "Nell Haskins",
    ["Averly Standard"],
    ["Kellmar Gazette"],
    "Nell Haskins, editor of the Averly Standard, and Rob Tey, who runs the Kellmar Gazette, both backed the new code.",
    "The press council will rule in April.",
)
built.held_affiliation(
    OTHER,
    "chief executive",
    "Marta Feldine",
    ["Corvane Freight"],
    ["Halvey Ports Authority"],
    "Marta Feldine, who runs Corvane Freight, and Jonas Albrecht, chairman of the Halvey Ports Authority, said their talks would resume next week.",
    "The dispute is over berth fees.",
)
built.held_affiliation(
    OTHER,
    "president",
    "Ilse Varga",
    ["Orsin Analytics"],
    ["Quell Systems"],
    "The accord was signed by Ms. Ilse Varga, president of Orsin Analytics, and Mr. Dane Price, chief executive of Quell Systems.",
    "Neither disclosed its value.",
)
ONE = "Rep. Cora Nkemelu (D-Md.), a member of the House Oversight Committee, and Sen. Paul Fennick (R-Ind.), chairman of the Senate Commerce Committee, wrote to the agency."
built.held_affiliation(
    OTHER,
    "member",
    "Cora Nkemelu",
    ["House Oversight Committee"],
    ["Senate Commerce Committee"],
    ONE,
    "The agency has not replied.",
)
built.held_affiliation(
    OTHER,
    "chairman",
    "Paul Fennick",
    ["Senate Commerce Committee"],
    ["House Oversight Committee"],
    ONE,
    "The agency has not replied.",
)
built.held_affiliation(
    OTHER,
    "coach",
    "Sam Okoro",
    ["Orrin Owls"],
    ["Saltby Sharks"],
    "Visitors to the camp included Sam Okoro, coach of the Orrin Owls, and Ben Tully, general manager of the Saltby Sharks.",
    "Okoro said the rookies looked sharp.",
)
built.held_affiliation(
    OTHER,
    "trustee",
    "Vera Lindh",
    ["Kestle Museum"],
    ["Northgate Gallery"],
    "Vera Lindh, a trustee of the Kestle Museum, and Paul Ames, who heads the Northgate Gallery, chose the winning design.",
    "It will be built on the river bank.",
)
built.held_affiliation(
    OTHER,
    "professor",
    "Yara Dunne",
    ["Tamsby University"],
    ["Harlow Institute"],
    "The findings were questioned by Yara Dunne, a professor at Tamsby University, as well as Ivan Petrov, a researcher at the Harlow Institute.",
    "The authors stand by their data.",
)

# the stand-in's possessive that cannot stand for the other's body (a place, an act), and one
# after the value in the sentence's own verb phrase, keep the other's body refused
TERMS = "Joan Reyes, chair of Pellmark Group, and Tim Lacey, chief executive of Asta Capital, said the merger's terms were fair."
built.held_affiliation(
    OTHER,
    "chair",
    "Joan Reyes",
    ["Pellmark Group"],
    ["Asta Capital"],
    TERMS,
    "The vote is on May 2.",
)
built.held_affiliation(
    OTHER,
    "chief executive",
    "Tim Lacey",
    ["Asta Capital"],
    ["Pellmark Group"],
    TERMS,
    "The vote is on May 2.",
)
COST = "Sen. Marian Coyle (D-Ore.), who chairs the Senate Finance Committee, and Sen. Abel Hirst (R-Utah), ranking member of the Senate Banking Committee, criticised the bill's cost."
built.held_affiliation(
    OTHER,
    "ranking member",
    "Abel Hirst",
    ["Senate Banking Committee"],
    ["Senate Finance Committee"],
    COST,
    "A vote is not expected before June.",
)
built.held_affiliation(
    OTHER,
    "chair",
    "Marian Coyle",
    ["Senate Finance Committee"],
    ["Senate Banking Committee"],
    COST,
    "A vote is not expected before June.",
)
built.held_affiliation(
    OTHER,
    "board head",
    "Tim Lacey",
    ["Transport Board"],
    ["Pellmark Group"],
    "The tram contract was signed by Joan Reyes, chair of Pellmark Group, and Tim Lacey, head of the city's Transport Board.",
    "Work begins in the spring.",
)
built.held_affiliation(
    OTHER,
    "minister",
    "Ana Ribeiro",
    ["Ministry of Health"],
    ["Orrin Pharma"],
    "The vaccine deal was agreed by Leo Marsh, chief executive of Orrin Pharma, and Ana Ribeiro, head of the country's Ministry of Health.",
    "Doses arrive in October.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
