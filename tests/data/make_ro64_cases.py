# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the case set of session 64's fresh-miss writer ro64 (``grounding_ro64.jsonl``;
:mod:`summarizer.verification.people.other_heads`): a person's role against the plain noun
title the page gives that person,

- ``titled``: a title run right before the name ("General manager Brendan Hickey", "harbour
  master Ines Valk", "Captain Mo Adair") or set off by a comma after an opener or a body's
  possessive ("Its owner, Lena Park,", "Halden Bank's chief economist, Rui Sato,"): the title and
  its rewordings ("attorney" for "lawyer", "CEO" for "chief executive") pass; another post or
  trade whose head noun the title lacks ("owner", "prefect", "singer") is refused;
- ``apposed``: the same after the name ("Jacques Arnoux, the mayor of Val-Cenis,", "Maha
  Nater, a kindergarten worker,", "Neil D'Arcy, the trust's principal engineer,");
- ``kept``: shapes that leave the value open and must stay so: a second post written in a
  sentence naming the person ("and also chairs the parish council"), a generic value
  ("official", "leader"), a past title ("former harbour master"), an honorific only ("Mr",
  "Gov.", "Professor"), a relation ("son Rod Wood"), another person's first name before a
  shared surname ("Melania Trump"), "The president, Rubio added" (no apposition), a vague
  title ("party chief") against a formal office; beside them, refusals that stand in those
  shapes ("Mr Justice Hale" given "claimant", a past title beside a present one).

Run ``python tests/data/make_ro64_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ro64.jsonl")

built = SupportCases(
    "ro64",
    leads=[
        "By Corin Hale | The Wexmoor Courier",
        "TALBRIDGE, March 4 (Eastline Wire) -",
        "Local news — The Orrin Valley Record",
        "Business desk, The Saltby Ledger.",
        "Sport | The Kellmar Evening Post",
        "REGIONAL ROUNDUP -",
    ],
)

TITLED, APPOSED, KEPT = "titled", "apposed", "kept"


def role(category: str, name: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.person_role(category, name, passes, fails, *paragraphs)


# --- titled: a title run before the name ---------------------------------------------------
role(
    TITLED,
    "Brendan Hickey",
    ["general manager"],
    ["owner", "ski instructor"],
    "The Glenmore ski centre will not open this winter, its operator said on Monday.",
    "General manager Brendan Hickey broke the news in a video posted online, blaming two seasons without enough snow.",
)
role(
    TITLED,
    "Ines Valk",
    ["harbour master"],
    ["coastguard commander", "ferry captain"],
    "A cargo ship ran aground at the mouth of the Orrin estuary overnight.",
    "Harbour master Ines Valk said the vessel would be refloated on the evening tide and that no fuel had leaked.",
)
role(
    TITLED,
    "Mo Adair",
    ["captain"],
    ["head coach", "manager"],
    "Kellmar Rovers lost 3-1 at home to Farnley on Saturday, their fifth defeat in a row.",
    "Captain Mo Adair apologised to the travelling fans after the final whistle.",
    "The club's manager, Terry Quayle, did not speak to reporters.",
)
role(
    TITLED,
    "Lena Park",
    ["owner"],
    ["projectionist", "manager"],
    "The Regal, the town's last independent cinema, is to close after 61 years.",
    "Its owner, Lena Park, said rising energy bills had made the building impossible to run.",
)
role(
    TITLED,
    "Rui Sato",
    ["chief economist"],
    ["governor", "analyst"],
    "Halden Bank's chief economist, Rui Sato, said inflation would fall below 3% by the autumn.",
    "He expects the central bank to cut rates twice before the end of the year.",
)
role(
    TITLED,
    "Dara Whelan",
    ["lawyer", "attorney"],
    ["prosecutor", "judge"],
    "A former council clerk was cleared of fraud at Talbridge Crown Court on Thursday.",
    "Her lawyer, Dara Whelan, said her client had waited three years to clear her name.",
)
role(
    TITLED,
    "Kofi Mensah",
    ["chief executive", "CEO"],
    ["administrator", "chairman"],
    "Orrin Foods has gone into administration, putting 400 jobs at risk.",
    "Chief executive Kofi Mensah said the company had run out of cash after losing its biggest supermarket contract.",
)
role(
    TITLED,
    "Sunita Rao",
    ["planning officer"],
    ["planning inspector", "councillor"],
    "Plans for 90 homes on the edge of Wexmoor were recommended for approval.",
    "Planning officer Sunita Rao told the committee the scheme met the council's housing policy.",
)
role(
    TITLED,
    "Pat Dunne",
    ["general secretary"],
    ["chief executive", "treasurer"],
    "Postal workers will strike for 48 hours next week.",
    "Union general secretary Pat Dunne said members were resisting a real-terms pay cut.",
)
role(
    TITLED,
    "Marta Olsen",
    ["disability campaigner", "campaigner"],
    ["solicitor"],
    "The challenge to the county's transport plan was dismissed on Friday.",
    "It had been brought by disability campaigner Marta Olsen, who said she would appeal.",
)
role(
    TITLED,
    "Yusuf Kaya",
    ["head chef"],
    ["restaurant critic", "owner"],
    "The Saltby Grill has won its first star in the national food guide.",
    "Head chef Yusuf Kaya said the award belonged to his whole kitchen.",
)
# --- apposed: an apposition after the name ---------------------------------------------------
role(
    APPOSED,
    "Jacques Arnoux",
    ["mayor", "mayor of Val-Cenis"],
    ["prefect", "mountain guide"],
    "Two skiers were killed by an avalanche above Val-Cenis on Sunday.",
    "Jacques Arnoux, the mayor of Val-Cenis, said every member of the group had carried a beacon.",
)
role(
    APPOSED,
    "Maha Nater",
    ["kindergarten worker"],
    ["singer", "teacher"],
    "Crowds gathered in the square to watch the final on a giant screen.",
    "Maha Nater, a kindergarten worker, had watched the whole contest with her sister.",
)
role(
    APPOSED,
    "Neil Darcy",
    ["principal engineer"],
    ["contractor", "surveyor"],
    "The swing bridge over the Orrin has been stuck open since Tuesday.",
    "Neil Darcy, the trust's principal engineer, said the structure had shifted slightly out of alignment.",
)
role(
    APPOSED,
    "Peter Lund",
    ["shareholder"],
    ["chief justice", "judge"],
    "The court ruled that the resort must pay damages to the injured skier.",
    "Peter Lund, a shareholder at the Denver firm that brought the case, said he hoped lifts would be run more safely.",
)
role(
    APPOSED,
    "Stefan Petrov",
    ["beekeeper"],
    ["grain producer", "farmer"],
    "Honey prices have doubled along the coast this year.",
    "Stefan Petrov, a Varna beekeeper with more than 100 hives, said keeping bees was barely worth it.",
)
role(
    APPOSED,
    "Joe Puskar",
    ["district duty supervisor", "supervisor"],
    ["general manager", "paramedic"],
    "Eleven people were hurt when a chairlift stopped suddenly.",
    "Joe Puskar, the district duty supervisor for the ambulance service, described how the injured were brought down.",
)
role(
    APPOSED,
    "Valerie Holt",
    ["lead member for children's services"],
    ["union organiser", "headteacher"],
    "Free breakfasts will be offered at every primary school in the borough from September.",
    "Councillor Valerie Holt, the council's lead member for children's services, welcomed the move.",
)
role(
    APPOSED,
    "Chris Vane",
    ["president of the Megeve guides", "president"],
    ["gendarme", "ski patroller"],
    "A guide and two clients died in a slide on the Aiguille Rouge.",
    "The guide was Chris Vane, 39, the president of the Megeve guides.",
)
role(
    APPOSED,
    "Alicia Gomez",
    ["media consultant"],
    ["community organizer", "lawyer"],
    "The hospital says it will not sell the farm plot.",
    "Writing in an email, Alicia Gomez, the hospital's media consultant, said no deal could be brokered at this point.",
)
role(
    APPOSED,
    "Gambo Ali",
    ["police spokesman"],
    ["magistrate"],
    "Gunmen on motorcycles attacked a village market near Katsina on Friday.",
    "Gambo Ali, the state police spokesman, said eight people had died.",
)
role(
    APPOSED,
    "Tessa Marr",
    ["cabinet member for planning"],
    ["mayor", "parish clerk"],
    "Villagers packed the hall to complain about the new phone mast.",
    "Tessa Marr, the council's cabinet member for planning, promised that residents would have their say.",
)
# --- kept: the value left open -----------------------------------------------------------
role(
    KEPT,
    "Greg Harmon",
    ["Minister for London", "MP for Chelsea Vale"],
    ["MP for Westbury"],
    "Greg Harmon, the Minister for London and MP for Chelsea Vale, called the closure immensely frustrating.",
    "The neighbouring MP for Westbury, Sara Olney, said the same.",
)
role(
    KEPT,
    "Ana Ruiz",
    ["harbour master", "chair of the parish council"],
    [],
    "Harbour master Ana Ruiz, who also chairs the parish council, said the slipway would reopen in May.",
)
role(
    KEPT,
    "Leo Brandt",
    ["union official", "regional organiser"],
    [],
    "Union regional organiser Leo Brandt said the vote sent a clear message to managers.",
)
role(
    KEPT,
    "Ruth Eames",
    ["former harbour master"],
    ["harbour master"],
    "Former harbour master Ruth Eames, who retired in 2019, said the silting had been ignored for years.",
)
role(
    KEPT,
    "Colm Reyes",
    ["governor"],
    [],
    "Gov. Colm Reyes signed the budget on Tuesday.",
    "Reyes said the state would hold more money in reserve.",
)
role(
    KEPT,
    "Nick Foley",
    ["vice-chancellor"],
    [],
    "Professor Nick Foley said the university would cut 200 jobs.",
    "The vice-chancellor, who has led the university since 2021, blamed a fall in overseas students.",
)
role(
    KEPT,
    "Rod Wood",
    ["owner", "co-owner"],
    [],
    "The garage on Mill Lane has been run by the same family since 1968.",
    "LeRoy Wood and his son Rod Wood now own it together.",
)
role(
    KEPT,
    "Marco Rubens",
    ["secretary of state"],
    [],
    "Secretary of State Marco Rubens opened the talks in Geneva.",
    'The president, Rubens added, "wants to be remembered for peace".',
)
role(
    KEPT,
    "Tom Sayer",
    ["sales manager"],
    [],
    "Tom Sayer has been with the dealership for eight years; he is its sales manager.",
)
role(
    KEPT,
    "Nora Quist",
    ["director", "director of the festival"],
    [],
    "Bach scholar Nora Quist will take over the festival next year.",
    "The board said Quist would be its director from January.",
)
role(
    KEPT,
    "Walter Hale",
    ["judge"],
    ["claimant", "barrister"],
    "Mr Justice Walter Hale ruled that the rise was objectively unreasonable.",
    "The claimants said they would not appeal.",
)
role(
    KEPT,
    "Iris Munro",
    ["chief executive"],
    ["harbour master"],
    "Iris Munro, the port's chief executive and a former harbour master, said the new quay would open in June.",
)
role(
    KEPT,
    "Dev Patel",
    ["finance director"],
    ["owner", "chairman"],
    "The family firm is to be sold.",
    "Its finance director, Dev Patel, said the sale would close in May.",
    "The Lowe family, who own the firm, accepted an offer last week.",
)
role(
    KEPT,
    "Ola Berg",
    ["treasurer"],
    ["president", "secretary"],
    "Treasurer Ola Berg presented the accounts to the club's annual meeting.",
    "The club president, Jan Koss, thanked her for ten years' work.",
)
role(
    KEPT,
    "Sam Ibe",
    ["captain"],
    ["referee"],
    "Sam Ibe, the home side's captain, was sent off in the second half.",
    "The referee, Paul Vance, said he had no choice.",
)
role(
    KEPT,
    "Una Fenn",
    ["spokeswoman"],
    ["chief constable"],
    "A police spokeswoman, Una Fenn, said two men had been arrested.",
)
role(
    KEPT,
    "Hal Greaves",
    ["beekeeper"],
    ["grain farmer"],
    "Hal Greaves, a beekeeper on the edge of the village, blamed the spraying.",
)
role(
    KEPT,
    "Rhea Tamm",
    ["director"],
    ["producer", "screenwriter"],
    "Director Rhea Tamm's second film opens the festival on Friday.",
)
role(
    KEPT,
    "Ivo Marsh",
    ["auctioneer"],
    ["owner"],
    "The painting sold for £2.1m, auctioneer Ivo Marsh said.",
)
role(
    KEPT,
    "Peta Snell",
    ["actress", "actor"],
    ["activist"],
    "Actress Peta Snell joined the protest outside the farm on Sunday.",
)

role(
    KEPT,
    "Odile Franck",
    ["chief financial officer", "CFO", "finance chief"],
    ["chairman"],
    "Finance chief Odile Franck said the grocer would pay down a third of its debt this year.",
)
role(
    KEPT,
    "Brid Lacey",
    ["writer", "author", "novelist"],
    ["publisher"],
    "The novelist Brid Lacey will open the book festival in Saltby on Friday.",
)
role(
    KEPT,
    "Arne Vik",
    ["police officer", "constable"],
    ["coastguard"],
    "Constable Arne Vik found the missing walker near the summit late on Sunday.",
)
role(
    KEPT,
    "Mina Sor",
    ["deputy", "deputy mayor"],
    ["treasurer"],
    "Deputy Mayor Mina Sor opened the market while the mayor was abroad.",
)

role(
    KEPT,
    "Ola Bekk",
    ["footballer", "player", "striker"],
    ["referee"],
    "Striker Ola Bekk scored twice as Kellmar Rovers won 2-0 at Farnley.",
)
role(
    KEPT,
    "Tam Rourke",
    ["activist", "campaigner"],
    ["councillor"],
    "Housing campaigner Tam Rourke handed the petition in at the town hall.",
)

role(
    KEPT,
    "Rita Vale",
    ["midfielder"],
    [],
    "The Golden Boot holder Rita Vale hit the post twice before half-time.",
    '"We were not sharp enough," the Portugal midfielder told reporters afterwards.',
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
