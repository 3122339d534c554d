# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 63's bodies given to another person by their apposition in the
person's own sentence (``grounding_af63.jsonl``, fresh-miss writer af63;
:mod:`summarizer.verification.people.other_appositions`), at the edges of

- ``apposed``: a sentence that names two people and gives each their body by an apposition
  or a clause right after each name ("Rep. A (D-X.), the ranking member of the P Committee,
  and Sen. B (D-Y.), who chairs the Q Committee"; "A, who runs P, signed alongside B,
  chairman of Q"; "A sits on the P court and B on the Q court"): each person's own body
  passes, the other person's is refused;
- ``guard``: the same sentences where the other person's body may also be this person's ("and
  B, its treasurer"; "B, a fellow director at the firm"; the body written in this person's
  own item too; a second post of theirs said next; a body in quotes; a name after "by" or
  "for", whom the person works under) pass, and the older refusals (a former employer, a
  body the person only acts on) stay.

Run ``python tests/data/make_af63_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_af63.jsonl")

built = SupportCases(
    "af63",
    leads=[
        "WASHINGTON, March 3 (Capitol Wire) -",
        "By Helen Marsh | The Dunmore Courier",
        "Politics | The Averly Standard",
        "From our legal desk, The Kestle Times.",
        "BUSINESS | Northgate Evening Post",
        "By Ravi Sandhu, Orrin Valley Record",
    ],
)
APPOSED, GUARD = "apposed", "guard"

# --- apposed: each name's own apposition gives the body ---------------------------------------
built.held_affiliation(
    APPOSED,
    "ranking member",
    "Dolores Arriaga",
    ["House Veterans Affairs Committee"],
    ["Senate Banking Committee"],
    "Two lawmakers wrote the bill: Rep. Dolores Arriaga (D-N.M.), the ranking member of the House Veterans Affairs Committee, and Sen. Owen Pratley (R-Kan.), who chairs the Senate Banking Committee.",
    "The bill would let veterans borrow against their pensions at lower rates.",
)
built.held_affiliation(
    APPOSED,
    "chair",
    "Owen Pratley",
    ["Senate Banking Committee"],
    ["House Veterans Affairs Committee"],
    "Two lawmakers wrote the bill: Rep. Dolores Arriaga (D-N.M.), the ranking member of the House Veterans Affairs Committee, and Sen. Owen Pratley (R-Kan.), who chairs the Senate Banking Committee.",
    "The bill would let veterans borrow against their pensions at lower rates.",
)
built.held_affiliation(
    APPOSED,
    "chief executive",
    "Marta Feldine",
    ["Corvane Freight"],
    ["Halvey Ports Authority"],
    "Marta Feldine, who runs Corvane Freight, signed the twenty-year lease alongside Jonas Albrecht, chairman of the Halvey Ports Authority.",
    "The lease covers three berths and a rail yard on the east quay.",
)
built.held_affiliation(
    APPOSED,
    "judge",
    "Priya Raman",
    ["Western District of Ostrava County"],
    ["Northern District of Lisle County"],
    "The appeal was assigned to two judges: Tomas Bregović sits in the Northern District of Lisle County and Priya Raman in the Western District of Ostrava County.",
    "Both have ruled on water rights before.",
)
built.held_affiliation(
    APPOSED,
    "judge",
    "Tomas Bregović",
    ["Northern District of Lisle County"],
    ["Western District of Ostrava County"],
    "The appeal was assigned to two judges: Tomas Bregović sits in the Northern District of Lisle County and Priya Raman in the Western District of Ostrava County.",
    "Both have ruled on water rights before.",
)
built.held_affiliation(
    APPOSED,
    "president",
    "Aileen Corbett",
    ["Royal Society of Surveyors"],
    ["Brightwall Homes"],
    "The report was launched by Aileen Corbett, president of the Royal Society of Surveyors, and Graham Tully, chief executive of Brightwall Homes.",
    "It says the country needs forty thousand more surveyors by 2030.",
)
built.held_affiliation(
    APPOSED,
    "chief executive",
    "Graham Tully",
    ["Brightwall Homes"],
    ["Royal Society of Surveyors"],
    "The report was launched by Aileen Corbett, president of the Royal Society of Surveyors, and Graham Tully, chief executive of Brightwall Homes.",
    "It says the country needs forty thousand more surveyors by 2030.",
)
built.held_affiliation(
    APPOSED,
    "economist",
    "Hana Okafor",
    ["Pell Street Institute"],
    ["Marlow Savings Bank"],
    "The figures surprised Hana Okafor, a senior economist at the Pell Street Institute, and Dev Ashe, the chief strategist at Marlow Savings Bank, who had both expected a rise.",
    "Retail sales fell 0.4% in February.",
)
built.held_affiliation(
    APPOSED,
    "secretary-general",
    "Ines Farrow",
    ["Nurses and Midwives Union"],
    ["Kellmar Health Trust"],
    "Talks resumed on Tuesday between Ines Farrow, who leads the Nurses and Midwives Union, and Colm Dwyer, the director of the Kellmar Health Trust.",
    "No deal was reached by evening.",
)
built.held_affiliation(
    APPOSED,
    "director",
    "Colm Dwyer",
    ["Kellmar Health Trust"],
    ["Nurses and Midwives Union"],
    "Talks resumed on Tuesday between Ines Farrow, who leads the Nurses and Midwives Union, and Colm Dwyer, the director of the Kellmar Health Trust.",
    "No deal was reached by evening.",
)
built.held_affiliation(
    APPOSED,
    "Chairman",
    "Walter Brisk",
    ["House Committee on Transport"],
    ["Subcommittee on Rail Safety"],
    "Congressman Walter Brisk (OH-04), who chairs the House Committee on Transport, put his name to the request alongside Nadia Sole (TX-19), chairwoman of its Subcommittee on Rail Safety.",
    "The two asked the agency for its inspection records.",
)
built.held_affiliation(
    APPOSED,
    "professor",
    "Lena Vogt",
    ["Tamsby Institute of Technology"],
    ["Orrin Medical School"],
    "The study's authors are Lena Vogt, a professor of physics at the Tamsby Institute of Technology, and Dr. Samuel Idris, a lecturer at Orrin Medical School.",
    "It appears in this week's issue of the journal.",
)
built.held_affiliation(
    APPOSED,
    "mayor",
    "Rosa Kettering",
    ["Harlow Vale"],
    ["Saltby Harbour Board"],
    "The plan was agreed by Rosa Kettering, the mayor of Harlow Vale, and Ivor Penhale, who heads the Saltby Harbour Board.",
    "Work on the sea wall starts in June.",
)

# --- guard: the other's body may be this person's too, or older refusals ---------------------
built.held_affiliation(
    GUARD,
    "treasurer",
    "Tim Lacey",
    ["Corran Rowing Club"],
    [],
    "The club's accounts were signed by Joan Reyes, chair of the Corran Rowing Club, and Tim Lacey, its treasurer.",
    "They show a small surplus for the first time in four years.",
)
built.held_affiliation(
    GUARD,
    "director",
    "Tim Lacey",
    ["Pellmark Group"],
    [],
    "The bid was led by Joan Reyes, chair of Pellmark Group, and Tim Lacey, a fellow director at the firm.",
    "The two men have worked together since 2011.",
)
built.held_affiliation(
    GUARD,
    "director",
    "Tim Lacey",
    ["Pellmark Group", "Asta Capital"],
    [],
    "The bid was led by Tim Lacey, a director of Asta Capital, and Joan Reyes, chair of Pellmark Group.",
    "Lacey also sits on the board of Pellmark Group.",
)
built.held_affiliation(
    GUARD,
    "analyst",
    "Mira Holt",
    ["Kestrel Securities"],
    [],
    "The shares were downgraded by Mira Holt, an analyst at Kestrel Securities, and Jon Pike, an analyst at Kestrel Securities' Asian arm.",
    "Both cut their price targets by a fifth.",
)
built.held_affiliation(
    GUARD,
    "spokesman",
    "Noel Garvey",
    ["Dunmore Water"],
    ["Dunmore Council"],
    "Noel Garvey, a spokesman for Dunmore Water, said the company would answer the complaint by Kyra Bell, a councillor on Dunmore Council.",
    "The council says bills rose 14% this year.",
)
built.held_affiliation(
    GUARD,
    "chief executive",
    "Sara Quist",
    ["Linmoor Energy"],
    ["Vantor Oil"],
    "Sara Quist, a former executive at Vantor Oil, now runs Linmoor Energy.",
    "She took the job in 2022.",
)
built.held_affiliation(
    GUARD,
    "chief executive",
    "Sara Quist",
    ["Linmoor Energy"],
    ["Elm Street Bank"],
    "Sara Quist, chief executive of Linmoor Energy, sued Elm Street Bank over the loan.",
    "The bank denies wrongdoing.",
)
built.held_affiliation(
    GUARD,
    "coach",
    "Rui Fonseca",
    ["Almere City", "Groningen"],
    [],
    'Rui Fonseca, the coach of Almere City, and Pieter Smit, who coaches "Groningen and Almere City\'s youth sides" according to the club, met on Monday.',
    "Fonseca also coaches at Groningen on Saturdays.",
)
built.held_affiliation(
    GUARD,
    "lawyer",
    "Selma Okafor",
    ["Brightwell Chambers"],
    ["High Court"],
    "Selma Okafor, of Brightwell Chambers, said the ruling by Judge Amos Tern, of the High Court, would be appealed by Corvane Mining.",
    "The mine has been shut since March.",
)
built.held_affiliation(
    GUARD,
    "professor",
    "Lena Vogt",
    ["Tamsby Institute of Technology", "Orrin Medical School"],
    [],
    "The study's authors are Lena Vogt, a professor of physics at the Tamsby Institute of Technology, and Dr. Samuel Idris, a lecturer at Orrin Medical School.",
    "Vogt is also a visiting fellow at Orrin Medical School.",
)
built.held_affiliation(
    GUARD,
    "deputy",
    "Alma Reyes",
    ["Kestle Port Authority"],
    ["Halden Shipping"],
    "The ship was inspected by Alma Reyes, deputy director of the Kestle Port Authority, and Ole Brandt, once chief engineer at Halden Shipping.",
    "Reyes said the hull was sound.",
)

built.held_affiliation(
    GUARD,
    "chairman",
    "Tim Lacey",
    ["Asta Capital"],
    ["Pellmark Group"],
    "Tim Lacey, who chairs Asta Capital, said Joan Reyes, chair of Pellmark Group, had called him twice.",
    "Pellmark Group declined to comment.",
)
built.held_affiliation(
    GUARD,
    "analyst",
    "Mira Holt",
    ["Kestrel Securities"],
    ["Marlow Savings Bank", "Orrin Valley Bank"],
    "Mira Holt, an analyst at Kestrel Securities, said the results of Marlow Savings Bank were weak.",
    "Orrin Valley Bank reports on Friday.",
)
built.held_affiliation(
    GUARD,
    "minister",
    "Anke Rasmussen",
    ["Ministry of Fisheries"],
    ["Coastal Trawlers Association"],
    "Anke Rasmussen, the minister at the Ministry of Fisheries, met Bo Lindqvist, head of the Coastal Trawlers Association, on Thursday.",
    "They agreed to meet again in May.",
)
built.held_affiliation(
    GUARD,
    "striker",
    "Kofi Mensah",
    ["Dunmore Rovers"],
    ["Saltby Town"],
    "Kofi Mensah, a striker at Dunmore Rovers who left Saltby Town in January, scored twice.",
    "Rovers are now third.",
)
built.held_affiliation(
    GUARD,
    "editor",
    "Nell Haskins",
    ["Averly Standard"],
    ["Kellmar Gazette"],
    "Nell Haskins, editor of the Averly Standard, and her predecessor Rob Tey, now the editor of the Kellmar Gazette, both backed the change.",
    "The press council will rule in April.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
