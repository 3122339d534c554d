# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 56's rival-title reading (``grounding_rv56r.jsonl``,
review rv56r of rm56; :func:`summarizer.verification.people.role_own_titles.rival_office`),
at the edges of

- ``twoposts``: a person who holds two posts, one of them shared with or also held by another
  named person (co-chairs, joint chief executives, "chief executive and founder", interim and
  permanent, "deputy mayor" and "mayor", a successor, "the new chief executive", "who
  replaced X as"): each right post of theirs passes; the other's post, the predecessor's
  office and the boss's title fail;
- ``bodies``: the same title at two bodies ("chief executive of Rivermill" and "Harlow Rail's
  ... chief executive of Harlow Freight"), a title in a list, a quote, a caption or fact box,
  in capitals, with a modifier ("acting", "interim", "outgoing"): the person's own pass,
  another's fail;
- ``generic``: the person's post written generically ("the finance chief", "the club's
  boss") beside the right specific title: both pass; another person's title fails.

Run ``python tests/data/make_rv56r_cases.py`` to rebuild it. Every article below was written
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

OUT = Path(__file__).with_name("grounding_rv56r.jsonl")

built = SupportCases(
    "rv56r",
    leads=[
        "By Hester Quayle | The Lindow Post",
        "ASHBRIDGE (Fenmark Wire) -",
        "Business | The Orwell Ledger",
        "From our Carlisle desk, The Eden Courier.",
    ],
)


two = partial(built.person_role, "twoposts")
bodies = partial(built.person_role, "bodies")
generic = partial(built.person_role, "generic")

# --- twoposts --------------------------------------------------------------------------------
IRISH = (
    "Finance chief Ada Lenz said costs fell for a third quarter.",
    "Chief executive Tom Rusk of the parent group welcomed the figures.",
    "Lenz also became chief executive of the lender's Irish arm in March.",
)
two("Ada Lenz", ["finance chief", "chief executive of the Irish arm"], [], *IRISH)
two("Tom Rusk", ["chief executive"], ["finance chief"], *IRISH)

FUND = (
    "Technology chief Ivo Brandt showed the new app to investors.",
    "Chief executive Selma Ruud said it would launch in May.",
    "Brandt is also chief executive of the group's start-up fund; he set it up in 2021.",
)
two("Ivo Brandt", ["technology chief", "chief executive of the start-up fund"], [], *FUND)
two("Selma Ruud", ["chief executive"], ["technology chief"], *FUND)

FOUNDER = (
    "Chief executive and founder Nadia Okafor opened the shop on Friday.",
    "Chief executive Paul Greer of the landlord, Ashby Estates, cut the ribbon.",
)
two("Nadia Okafor", ["chief executive", "founder", "chief executive and founder"], [], *FOUNDER)
two("Paul Greer", ["chief executive"], ["founder"], *FOUNDER)

INQUIRY = (
    "The inquiry is led by its co-chairs, Rhea Dunn and Omar Kell.",
    "Judge Omar Kell said hearings would start in June.",
    "Rhea Dunn, a lawyer, said written evidence was welcome.",
)
two("Omar Kell", ["judge", "co-chair"], [], *INQUIRY)
two("Rhea Dunn", ["co-chair", "lawyer"], ["judge"], *INQUIRY)

JOINT = (
    "Joint chief executive Lara Finch said sales rose 8%.",
    "Her fellow joint chief executive, Dev Anand, who is also finance chief, said costs fell.",
)
two("Dev Anand", ["joint chief executive", "finance chief"], [], *JOINT)
two("Lara Finch", ["joint chief executive"], ["finance chief"], *JOINT)

BRIDGE = (
    "Mayor Gil Ortega opened the bridge on Saturday.",
    "Deputy mayor Rosa Lind, who also leads the council's housing board, said homes would follow.",
)
two("Rosa Lind", ["deputy mayor"], ["mayor"], *BRIDGE)
two("Gil Ortega", ["mayor"], ["deputy mayor"], *BRIDGE)

HANDOVER = (
    "Operating chief Kai Moor will become chief executive in January, succeeding Lina Sato.",
    "Chief executive Lina Sato said the handover had been planned for a year.",
)
two("Kai Moor", ["operating chief", "chief operating officer"], [], *HANDOVER)
two("Lina Sato", ["chief executive"], ["operating chief", "chief operating officer"], *HANDOVER)

NEW = (
    "Kai Moor, the new chief executive, was previously the firm's operating chief.",
    "Former chief executive Lina Sato now chairs the board.",
)
two("Kai Moor", ["chief executive"], [], *NEW)
two("Lina Sato", ["chair"], ["chief executive"], *NEW)

REPLACED = (
    "Finance chief Uma Patel, who replaced Leo Kerr as chief executive in 2022 and kept both jobs, presented the results.",
    "Leo Kerr, now a lawyer in Leeds, declined to comment.",
)
two("Uma Patel", ["chief executive", "finance chief"], [], *REPLACED)
two("Leo Kerr", ["lawyer"], ["finance chief"], *REPLACED)

INTERIM = (
    "Interim chief executive Bea Holm, the group's finance chief since 2019, said the review would end in June.",
    "Chief executive Rolf Gunn is on medical leave.",
)
two("Bea Holm", ["interim chief executive", "finance chief"], ["chief executive"], *INTERIM)
two("Rolf Gunn", ["chief executive"], ["interim chief executive"], *INTERIM)

PAIR = (
    "Chief executive Tom Rusk and founder Nadia Okafor opened the second shop.",
    "Okafor said the brand would stay in the town.",
)
two("Nadia Okafor", ["founder"], ["chief executive", "chief executive and founder"], *PAIR)
two("Tom Rusk", ["chief executive"], ["founder"], *PAIR)

# --- bodies ----------------------------------------------------------------------------------
RAIL = (
    "Joan Hale, chief executive of Rivermill, signed the deal with Harlow Rail.",
    "Harlow Rail's finance chief, Pete Sand, signed for the railway; Sand is also chief executive of Harlow Freight, its cargo arm.",
)
bodies("Pete Sand", ["finance chief", "chief executive of Harlow Freight"], [], *RAIL)
bodies("Joan Hale", ["chief executive"], ["finance chief"], *RAIL)

PANEL = (
    "The panel: Mara Voss, chief executive of Rivermill; Tom Bell, finance chief of Harlow Rail; and Ava Quin, chief executive of Tessel Bank.",
    "Bell chaired the session.",
)
bodies("Ava Quin", ["chief executive", "chief executive of Tessel Bank"], ["finance chief"], *PANEL)
bodies("Tom Bell", ["finance chief"], ["chief executive"], *PANEL)

QUOTE = (
    "Police chief Nia Cole, who is also the force's chief executive, answered questions for an hour.",
    '"Our chief executive, Ben Wray, left the council in May," the council leader said.',
)
bodies("Nia Cole", ["police chief", "chief executive"], [], *QUOTE)
bodies("Ben Wray", ["chief executive"], ["police chief"], *QUOTE)

CAPTION = (
    "Picture: Chief executive Rui Pinto of Cardew Water at the reservoir.",
    "Medical chief Lise Arnt said the water was safe; Arnt is chief executive of the county's health board.",
)
bodies("Lise Arnt", ["medical chief", "chief executive of the health board"], [], *CAPTION)
bodies("Rui Pinto", ["chief executive"], ["medical chief"], *CAPTION)

BOX = (
    "Chief executive: Ola Berg",
    "Finance chief: Wim Dael",
    "Dael, who also serves as chief executive of the pension fund, said the scheme was in surplus.",
)
bodies("Wim Dael", ["finance chief", "chief executive of the pension fund"], [], *BOX)
bodies("Ola Berg", ["chief executive"], ["finance chief"], *BOX)

CAPS = (
    "MARKET ROUND-UP: Chief executive Elsa Dorn of Quarry Bank said lending grew.",
    "FINANCE CHIEF TOMAS IBARRA, who also runs the bank's Spanish unit as its chief executive, said margins held.",
)
bodies("Tomas Ibarra", ["finance chief"], [], *CAPS)
bodies("Elsa Dorn", ["chief executive"], ["finance chief"], *CAPS)

ACTING = (
    "Acting chief executive Ivy Lam said the airline would fly again on Monday.",
    "Chief executive Gus Brand of the airport operator said the runway was clear.",
)
bodies("Ivy Lam", ["acting chief executive"], [], *ACTING)
bodies("Gus Brand", ["chief executive"], ["acting chief executive"], *ACTING)

OUTGOING = (
    "Outgoing chief executive Vera Sohn said she was proud of the decade.",
    "Finance chief Milo Hart, who takes over as chief executive in April, praised her.",
)
bodies("Vera Sohn", ["chief executive", "outgoing chief executive"], ["finance chief"], *OUTGOING)
bodies("Milo Hart", ["finance chief"], [], *OUTGOING)

BANKS = (
    "Chief executive Elsa Dorn of Quarry Bank and chief executive Leif Moen of Brackley Bank met the regulator on Tuesday.",
    "Moen, a former lawyer, said the banks would pay for the new rules.",
)
bodies("Leif Moen", ["chief executive", "chief executive of Brackley Bank"], ["lawyer"], *BANKS)
bodies("Elsa Dorn", ["chief executive of Quarry Bank"], ["lawyer"], *BANKS)

LABS = (
    "Finance chief Hana Kuro spoke first on the call.",
    "Chief executive Otto Lind of Marl Group spoke next.",
    "She is also chief executive of Kuro Labs, which she founded in 2015.",
)
bodies("Hana Kuro", ["finance chief", "chief executive of Kuro Labs"], [], *LABS)
bodies("Otto Lind", ["chief executive"], ["finance chief"], *LABS)

ROBOT = (
    "Technology chief Remy Vance showed the robot to buyers.",
    "Chief executive Ilse Grau of the rival maker Tessin said it was a copy.",
    '"I have been chief executive of Vance Robotics since I was 24, and I still run its technology team," Vance said.',
)
bodies("Remy Vance", ["technology chief", "chief executive of Vance Robotics"], [], *ROBOT)
bodies("Ilse Grau", ["chief executive"], ["technology chief"], *ROBOT)

MILL = (
    "Finance chief Kim Oh of Rivermill said the mill would close in May.",
    "Chief executive Lars Berg of Rivermill said 200 jobs would go.",
)
bodies("Kim Oh", ["finance chief"], ["chief executive", "Rivermill chief executive"], *MILL)
bodies("Lars Berg", ["chief executive"], ["finance chief"], *MILL)

QUARRY = (
    "Elsa Dorn, chief executive of Quarry Bank, said lending grew.",
    "Quarry Bank's finance chief, Rob Tait, said the bank would pay a dividend.",
)
bodies(
    "Rob Tait",
    ["finance chief", "Quarry Bank finance chief"],
    ["chief executive of Quarry Bank", "Quarry Bank chief executive"],
    *QUARRY,
)
bodies("Elsa Dorn", ["chief executive of Quarry Bank"], ["finance chief of Quarry Bank"], *QUARRY)

# --- generic ---------------------------------------------------------------------------------
CLUB = (
    "The club's boss, Rhys Morgan, said the manager would stay.",
    "Manager Ewan Platt said he had the board's backing.",
    "Morgan, the club's chairman, bought it in 2019.",
)
generic("Rhys Morgan", ["chairman", "club boss"], ["manager"], *CLUB)
generic("Ewan Platt", ["manager"], ["chairman"], *CLUB)

FINANCE = (
    "The finance chief, Sara Idris, said the bank would cut 300 jobs.",
    "Chief executive Ben Ruhl said branches would stay open.",
    "Idris, the chief financial officer since 2020, said savings would reach £90m.",
)
generic("Sara Idris", ["chief financial officer", "finance chief"], ["chief executive"], *FINANCE)
generic("Ben Ruhl", ["chief executive"], ["chief financial officer", "finance chief"], *FINANCE)

FIRM = (
    "Ruth Agyei, the firm's boss, said the plant would reopen.",
    "Finance chief Neil Dow said the cost was £12m.",
    "Agyei, chief executive of Corra Foods since 2018, visited the site.",
)
generic("Ruth Agyei", ["chief executive", "boss"], ["finance chief"], *FIRM)
generic("Neil Dow", ["finance chief"], ["chief executive"], *FIRM)

FIRE = (
    "The fire chief, Dana Kerr, said crews had saved the mill.",
    "Regional administrator Lyle Boone said grants would follow.",
    "Kerr, the county's chief fire officer, praised her crews.",
)
generic("Dana Kerr", ["chief fire officer", "fire chief"], ["regional administrator"], *FIRE)
generic("Lyle Boone", ["regional administrator"], ["chief fire officer"], *FIRE)

UNION = (
    "Union boss Mo Reid said the strike would go ahead.",
    "Chief executive Jan Holt of the rail operator called the strike needless.",
    "Reid, general secretary of the Transit Workers Union, said talks had failed.",
)
generic("Mo Reid", ["general secretary", "union boss"], ["chief executive"], *UNION)
generic("Jan Holt", ["chief executive"], ["general secretary"], *UNION)

SCHOOL = (
    "The school's head, Alma Price, said the roof would be fixed by autumn.",
    "Council leader Iain Dray said the money was there.",
    "Price, the headteacher since 2016, wrote to parents on Monday.",
)
generic("Alma Price", ["headteacher", "head"], ["council leader"], *SCHOOL)
generic("Iain Dray", ["council leader"], ["headteacher"], *SCHOOL)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
