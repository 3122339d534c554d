# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of the rival-role rule (``grounding_rvr29.jsonl``;
:mod:`summarizer.verification.people.role_rivals`, session 29's roles29), by category, each with
what must pass and what must fail:

- ``rv-rival-post``: a person the page describes in words of their own keeps the role the page
  gives them in other shapes: a pronoun's sentence ("She is the mayor of Ghent" beside another
  city's mayor), a description in other words ("who took over the foreign ministry", "Poland's
  top diplomat"), a "counterparts" list, a British title before the name with commas ("The Home
  Secretary, Yvette Cooper,"); refused, a role swapped between two people of one sentence, a
  modifier added or dropped ("deputy mayor" for the mayor), a post of another named only by
  surname.
- ``rv-sole-holder``: a person named bare keeps a role the page gives them in a later sentence
  or by a quote's attribution and leaves open to more holders; refused, a "deputy" or "vice"
  title another holds ("Deputy Prime Minister", "Vice President": no head of state's own title),
  a role another named only by surname holds.

Run ``python tests/data/make_rvr29_cases.py`` to rebuild it. Every article below was written
for this set in its own words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvr29.jsonl")

built = SupportCases(
    "rvr29",
    leads=[
        "BRUSSELS (Continental Wire) -",
        "By Imogen Platt, Political Correspondent",
        "OTTAWA -",
        "Filed from Gdansk by our staff reporter.",
        "NAIROBI, Kenya (East Africa Ledger) -",
    ],
)
RIVAL, SOLE = "rv-rival-post", "rv-sole-holder"


# rv-rival-post ------------------------------------------------------------------------------
flanders = [
    "Flood barriers went up along the Leie on Wednesday as the river rose for a third day.",
    "Anneli Vos, a lawyer by training, toured the quays with engineers in the morning. She is the mayor of Ghent and has held the post since 2019.",
    "The mayor of Bruges, Dirk Lammens, said his city's canals were holding.",
]
built.person_role(RIVAL, "Anneli Vos", ["mayor", "mayor of Ghent"], ["mayor of Bruges"], *flanders)
built.person_role(RIVAL, "Dirk Lammens", ["mayor of Bruges", "mayor"], ["lawyer"], *flanders)

baltic = [
    "Foreign Minister Andrii Sybiha hosted his counterparts, Radoslaw Sikorski and Jean-Noel Barrot, in Lviv on Monday.",
    "Barrot, a centrist who entered government in 2024, pledged more air defence.",
    "Sikorski, a former journalist, said Warsaw would train another brigade.",
]
built.person_role(RIVAL, "Jean-Noel Barrot", ["foreign minister"], [], *baltic)
built.person_role(RIVAL, "Radoslaw Sikorski", ["foreign minister"], ["journalist"], *baltic)

beijing = [
    "Jean-Noel Barrot, who took over France's foreign ministry last year, landed in Beijing on Thursday.",
    "Foreign Minister Wang Yi greeted him at the Diaoyutai guesthouse.",
]
built.person_role(
    RIVAL, "Jean-Noel Barrot", ["foreign minister", "French foreign minister"], [], *beijing
)
built.person_role(RIVAL, "Wang Yi", ["foreign minister", "Foreign Minister"], [], *beijing)

diplomat = [
    "Radoslaw Sikorski, Poland's top diplomat, said the talks in Rome had been frank.",
    "Foreign Minister Antonio Tajani, the host, called them a first step. Defence Minister Guido Crosetto did not attend.",
]
built.person_role(RIVAL, "Radoslaw Sikorski", [], ["host", "defence minister"], *diplomat)
built.person_role(
    RIVAL, "Antonio Tajani", ["foreign minister", "host"], ["defence minister"], *diplomat
)

whitehall = [
    "The Home Secretary, Yvette Cooper, and the Chancellor, Rachel Reeves, will share a platform in Manchester on Monday.",
    "Cooper, who is expected to speak first, will set out new border rules.",
]
built.person_role(RIVAL, "Yvette Cooper", ["Home Secretary"], ["Chancellor"], *whitehall)
built.person_role(RIVAL, "Rachel Reeves", ["Chancellor"], ["Home Secretary"], *whitehall)

paris = [
    "Mayor Anne Hidalgo opened the new cycle lane on the Rue de Rivoli on Saturday.",
    "Emmanuel Gregoire, the deputy mayor in charge of urban planning, said 40 more kilometres would follow.",
]
built.person_role(RIVAL, "Emmanuel Gregoire", ["deputy mayor"], ["mayor"], *paris)
built.person_role(RIVAL, "Anne Hidalgo", ["mayor"], ["deputy mayor"], *paris)

committee = [
    "Ruth Okafor, who chairs the housing committee, and Tom Lind, its vice-chair, clashed over rent caps on Tuesday.",
]
built.person_role(
    RIVAL,
    "Tom Lind",
    ["vice-chair of the housing committee"],
    ["chair of the housing committee"],
    *committee,
)
built.person_role(RIVAL, "Ruth Okafor", ["chair of the housing committee"], [], *committee)

surname = [
    "Health Minister Lindqvist announced the closure of two rural maternity wards on Friday.",
    "Erik Sand, a midwife in Kiruna, said women would now drive four hours to give birth.",
]
built.person_role(RIVAL, "Erik Sand", ["midwife"], ["health minister", "Health Minister"], *surname)

quote = [
    '"We were given no warning at all," said Grace Mwangi, the head of the traders\' association at Gikomba market.',
    "Interior Minister Kipchumba Murkomen said the fire was under investigation.",
]
built.person_role(
    RIVAL, "Grace Mwangi", ["head of the traders' association"], ["interior minister"], *quote
)
built.person_role(
    RIVAL, "Kipchumba Murkomen", ["interior minister"], ["head of the traders' association"], *quote
)

# rv-sole-holder -----------------------------------------------------------------------------
cabinet = [
    "Deputy Prime Minister Angela Rayner visited the flooded estate in Doncaster on Thursday.",
    "Ed Miliband promised money for new pumps.",
]
built.person_role(
    SOLE, "Ed Miliband", [], ["Deputy Prime Minister", "deputy prime minister"], *cabinet
)
built.person_role(SOLE, "Angela Rayner", ["Deputy Prime Minister"], [], *cabinet)

vance = [
    "Vice President JD Vance told the crowd in Erie that the plant would reopen.",
    "Josh Shapiro was not invited.",
]
built.person_role(SOLE, "Josh Shapiro", [], ["Vice President", "vice president"], *vance)
built.person_role(SOLE, "JD Vance", ["Vice President"], [], *vance)

later = [
    "Lammy arrived in Beijing on Friday for two days of talks.",
    "Foreign Minister Wang Yi hosted the lunch.",
    "It is the first visit by a British foreign secretary since 2018, and Lammy, who took the job in July, said it would not be the last.",
]
built.person_role(
    SOLE,
    "David Lammy",
    ["foreign secretary", "British foreign secretary"],
    ["foreign minister"],
    *later,
)

counterparts = [
    "Defence ministers from the Nordic states met in Oslo on Tuesday.",
    "Defence Minister Pal Jonson of Sweden said the group would buy ammunition together.",
    "Antti Hakkanen of Finland agreed.",
]
built.person_role(SOLE, "Antti Hakkanen", ["defence minister"], [], *counterparts)


shared = [
    "Chancellor Friedrich Merz and President Emmanuel Macron met at the Elysee on Wednesday.",
    "Merz said the two leaders agreed on the defence budget.",
]
built.person_role(SOLE, "Emmanuel Macron", ["President"], ["Chancellor"], *shared)
built.person_role(SOLE, "Friedrich Merz", ["Chancellor"], ["President"], *shared)

statement = [
    "Kenya's treasury will borrow another 2 billion dollars before June, Mbadi said on Tuesday.",
    '"We have no other choice," the treasury cabinet secretary told reporters. Central Bank Governor Kamau Thugge said reserves were adequate.',
]
built.person_role(
    SOLE,
    "John Mbadi",
    ["treasury cabinet secretary"],
    ["Central Bank Governor", "governor"],
    *statement,
)

spokes = [
    "Interior Minister Bruno Retailleau defended the raids on Monday.",
    "Laurent Nunez said they were legal.",
]
built.person_role(SOLE, "Laurent Nunez", [], ["Interior Minister", "interior minister"], *spokes)

exchequer = [
    "Rachel Reeves met Chancellor Friedrich Merz in Berlin on Tuesday to talk about steel tariffs.",
    '"We agree on far more than we disagree on," the British chancellor said afterwards.',
]
built.person_role(SOLE, "Rachel Reeves", ["chancellor", "British chancellor"], [], *exchequer)

ecofin = [
    "Finance ministers Rachel Reeves and Lars Klingbeil met in London on Monday.",
    "Finance Minister Eric Lombard of France joined them by video link.",
]
built.person_role(SOLE, "Lars Klingbeil", ["finance minister"], [], *ecofin)

kallas = [
    "Kallas arrived in Kyiv on Monday morning. She is the European Union's foreign policy chief.",
    "Foreign Minister Andrii Sybiha met her at the station.",
]
built.person_role(
    SOLE, "Kaja Kallas", ["foreign policy chief"], ["foreign minister", "Foreign Minister"], *kallas
)
built.person_role(SOLE, "Andrii Sybiha", ["foreign minister"], ["foreign policy chief"], *kallas)

bayrou = [
    "Finance Minister Lombard said the deficit would fall below five percent next year.",
    "Bayrou called the target realistic.",
]
built.person_role(SOLE, "Francois Bayrou", [], ["finance minister", "Finance Minister"], *bayrou)

lammy = [
    "The Foreign Secretary, David Lammy, met Foreign Minister Wang Yi in Beijing on Friday.",
    "Lammy later flew to Shanghai.",
]
built.person_role(SOLE, "David Lammy", ["Foreign Secretary"], ["Foreign Minister"], *lammy)
built.person_role(SOLE, "Wang Yi", ["Foreign Minister"], ["Foreign Secretary"], *lammy)

park = [
    "Deputy Mayor Lena Park cut the ribbon at the new library in Fairview on Saturday.",
    "Mayor Tom Alvarez sent a recorded message from Sacramento.",
]
built.person_role(RIVAL, "Lena Park", ["Deputy Mayor", "deputy mayor"], ["mayor", "Mayor"], *park)
built.person_role(RIVAL, "Tom Alvarez", ["Mayor", "mayor"], ["deputy mayor"], *park)


coalition = [
    "Lars Klingbeil, a Social Democrat, is vice chancellor and finance minister in the coalition.",
    "Chancellor Friedrich Merz gave him the two posts in May.",
]
built.person_role(
    RIVAL,
    "Lars Klingbeil",
    ["vice chancellor", "finance minister"],
    ["chancellor", "Chancellor"],
    *coalition,
)

prisons = [
    "The home secretary, Shabana Mahmood, and the justice secretary, David Lammy, set out the prison plan on Monday.",
]
built.person_role(RIVAL, "David Lammy", ["justice secretary"], ["home secretary"], *prisons)
built.person_role(RIVAL, "Shabana Mahmood", ["home secretary"], ["justice secretary"], *prisons)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
