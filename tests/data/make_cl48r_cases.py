# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of roles and bodies the page attaches to ANOTHER person
(``grounding_cl48r.jsonl``; :mod:`summarizer.verification.people.title_attachments`), after
session 48's fresh checks found a person's role or affiliation swapped for another's the
largest missed plant, by category, each with what must pass and what must fail:

- ``role``: a person keeps the title the page attaches to them in any shape (an apposition
  after or before the name, a title before it, "who chairs", "X KC, counsel to", a list, the
  role in a sentence of its own, "took over as" beside another's title); refused, the title the
  page attaches by apposition, relative clause or a title before the name to another person in
  the sentence while this person has a post of their own;
- ``affiliation``: a person keeps their body ("of", "at", "Y's", a bracket, "its spokeswoman",
  two people of one body); refused, a body the page attaches to another person ("Paul Johnson
  of the Institute") while this person's own phrase names another body.

Run ``python tests/data/make_cl48r_cases.py`` to rebuild it. Every article below was written
for this set in its own words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cl48r.jsonl")

built = SupportCases(
    "cl48r",
    leads=[
        "By Ines Carvalho | The Tagus Business Review",
        "MANCHESTER (Northern Sport Wire) -",
        "LAGOS | The Lagoon Ledger",
        "From our Sydney desk, The Harbour Courier.",
        "Politics | The Westminster Letter",
    ],
)
ROLE, AFF = "role", "affiliation"


role = partial(built.person_role, ROLE)
aff = partial(built.affiliation, AFF)


# --- role -----------------------------------------------------------------------------------
firm = [
    "Ana Ruiz, the firm's chair, and its chief executive Tom Hale met investors in Lisbon on Monday."
]
role("Tom Hale", ["chief executive"], ["chair"], *firm)
role("Ana Ruiz", ["chair"], ["chief executive"], *firm)
club = [
    "Leighton Price, the under-21s coach, and captain Rhys Morgan will take charge of the side on Saturday."
]
role("Rhys Morgan", ["captain"], ["under-21s coach"], *club)
role("Leighton Price", ["under-21s coach"], ["captain"], *club)
state = [
    "A statement by his Chief Press Secretary, Bayo Adewale, said two members were spared: the Commissioner for Health, Dr Funmi Okoro, and the Commissioner for Works, Mr Segun Alade."
]
role(
    "Funmi Okoro",
    ["Commissioner for Health"],
    ["Commissioner for Works", "Chief Press Secretary"],
    *state,
)
role("Segun Alade", ["Commissioner for Works"], ["Commissioner for Health"], *state)
inquiry = [
    "Mark Henley KC, counsel to the inquiry, questioned the witness for three hours. Dame Ruth Coles, who chairs the inquiry, called a short break."
]
role("Mark Henley", ["counsel to the inquiry"], ["chair"], *inquiry)
role("Ruth Coles", ["chair"], ["counsel to the inquiry"], *inquiry)
court = [
    "The suit challenged an order by Chief Judge Sean Cox. District Judge Laura Meyer, who sits in Ohio, heard the case."
]
role("Laura Meyer", ["District Judge"], ["Chief Judge"], *court)
role("Sean Cox", ["Chief Judge"], [], *court)
bank = [
    "Glenmore's founder, Lara Quinn, met the board twice. Its chairman, Roger Haines, declined to comment."
]
role("Roger Haines", ["chairman"], ["founder"], *bank)
role("Lara Quinn", ["founder"], ["chairman"], *bank)
# a handing-over or the value written of this person too: both hold it
succession = [
    "Dave Morton, the outgoing chief executive, will stay as an adviser.",
    "Kelly Shaw, the former head of Arden Systems, will take over as chief executive in August.",
]
role("Kelly Shaw", ["chief executive"], [], *succession)
role("Dave Morton", ["chief executive"], [], *succession)
# the role in a sentence of its own, a byline, a list, a verb
role(
    "Priya Nair",
    ["spokeswoman"],
    [],
    "The company said it would appeal. Its spokeswoman, Priya Nair, said the fine was unfair.",
)
role(
    "Omar Haddad",
    ["political correspondent"],
    [],
    "The minister resigned on Friday.",
    "By Omar Haddad, political correspondent",
)
team = [
    "Who's who at Halden:",
    "- Peter Stone, chief executive\n- Karen Bloom, chair\n- Chris Rowe, director",
]
role("Karen Bloom", ["chair"], [], *team)
role("Jo Marsh", ["Labour MP"], [], "Labour MP Jo Marsh said the bill went too far.")
role("Hugh Lane", ["trainer"], [], "The colt was trained by Hugh Lane, who has won the race twice.")
# former or other offices given bare elsewhere are left to the older readings
role(
    "Sam Ortiz", ["head coach"], [], "Sam Ortiz was named head coach on Monday, replacing Dan Lowe."
)

# --- affiliation ----------------------------------------------------------------------------
reaction = [
    "Sir Ed Dale, the Liberal Democrat leader, called it a gimmick. Paul Jennings of the Institute for Fiscal Studies said most tax rises remained."
]
aff("Ed Dale", ["Liberal Democrat"], ["Institute for Fiscal Studies"], *reaction)
aff("Paul Jennings", ["Institute for Fiscal Studies"], [], *reaction)
firms = [
    "Rob Keane, a spokesman for Norsea Wind, said work would resume. Tina Groves of the Ocean Energy Bureau said the permit stood."
]
aff("Rob Keane", ["Norsea Wind"], ["Ocean Energy Bureau"], *firms)
aff("Tina Groves", ["Ocean Energy Bureau"], ["Norsea Wind"], *firms)
auto = [
    "Adrian Marsh, Jaguar's chief executive, spoke after Lena Holt, Aston Martin's finance chief."
]
aff("Adrian Marsh", ["Jaguar"], ["Aston Martin"], *auto)
aff("Lena Holt", ["Aston Martin"], ["Jaguar"], *auto)
econ = [
    "Robert Kaye, an economist at BMO, said the data were weak. Statistics Canada's chief statistician, Anil Arora, defended the survey."
]
aff("Robert Kaye", ["BMO"], ["Statistics Canada"], *econ)
aff("Anil Arora", ["Statistics Canada"], ["BMO"], *econ)
univ = [
    "Karen Gould, a demographer at Bowling Green State University, disagreed with Emma Root of the University of Colorado."
]
aff("Karen Gould", ["Bowling Green State University"], ["University of Colorado"], *univ)
aff("Emma Root", ["University of Colorado"], ["Bowling Green State University"], *univ)
union = [
    "Paul Gault, secretary of the Nurses Union, spoke after Dr Jane Hill of Health Authority North."
]
aff("Paul Gault", ["Nurses Union"], ["Health Authority North"], *union)
aff("Jane Hill", ["Health Authority North"], ["Nurses Union"], *union)
# two people of one body; a body by a pronoun; a bracket
sale = [
    "Two bidders fought it out, one through Julian Dane, Sotheby's head of modern art, and one through Anna Stasi, who leads its Latin American department."
]
aff("Anna Stasi", ["Sotheby's"], [], *sale)
aff("Julian Dane", ["Sotheby's"], [], *sale)
board = [
    "Steve Moll, the planemaker's chairman, thanked Dave Carr, Boeing's outgoing chief executive."
]
aff("Steve Moll", ["Boeing"], [], *board)
aff("Alex Dorn", ["CSU"], [], "Interior minister Alex Dorn (CSU) defended the plan.")
aff(
    "Reece Jones",
    ["Chelsea"],
    [],
    "His goalkeeper, Rob Sanz, took the Golden Glove; the trophy went to Reece Jones, Chelsea's captain.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
