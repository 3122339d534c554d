# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 56's reading of the other body of a person's story
(``grounding_am56.jsonl``, fresh-miss writer am56;
:mod:`summarizer.verification.people.own_mentions`), at the edges of

- ``ownbody``: the page gives the person a body of their own in the sentence that names them
  ("Joel Kaplan, Meta's chief global affairs officer, set out the company's reasons"), and the
  planted value is the other body of their story: the regulator of their firm, the firm their
  union confronts, the company an analyst covers, the victim an agency investigates, a peer, the
  other party of a deal. A stand-in noun ("the company", "the agency", "the union's"), "their",
  or the value's name inside a quote, in that sentence, no longer counts as the value written
  beside them. Against: the own body, its short form or initials, a parent, owner, arm or brand
  the page relates to the own body, a second body tied to them by a clause of theirs, the value
  written in their sentence outside a quote, a stand-in in a sentence naming no own body;
- ``president``: a president the page ties to a body outside the party table ("Holtec's
  president", "president of the Corran Institute") holds no public office, so another body of
  the story is refused as for any other post; against a country's or a region's president, whose
  body is the polity named anywhere, and the president's own body.

Run ``python tests/data/make_am56_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_am56.jsonl")

built = SupportCases(
    "am56",
    leads=[
        "By Odile Ferrand | The Kennet Gazette",
        "HALIFAX (Atlantic Line Wire) -",
        "Business | The Wensum Herald",
        "From our Cardiff desk, The Taff Record.",
        "LIVE | The Medway Post",
    ],
)
OWN, PRES = "ownbody", "president"


held = partial(built.held_affiliation, PRES)


# --- ownbody: a stand-in, "their" or a quote beside a person whose own body is named there ----
built.affiliation(
    OWN,
    "Ines Valcourt",
    ["Trellis Software", "Trellis"],
    ["Brightwave AI"],
    "Brightwave AI said it would sign the voluntary code on Monday.",
    "Ines Valcourt, Trellis Software's head of public policy, set out the company's objections in a letter to ministers.",
)
built.affiliation(
    OWN,
    "Marta Oyelaran",
    ["Markets Conduct Commission", "Commission"],
    ["Pellam Bank"],
    "The Markets Conduct Commission fined Pellam Bank 40 million pounds on Tuesday for mis-selling savings bonds.",
    "Investigators found that Pellam Bank had steered older customers toward products they did not need.",
    'Marta Oyelaran, the Commission\'s enforcement director, said the firms had "put their own margins before their customers".',
)
built.affiliation(
    OWN,
    "Colm Varley",
    ["Ardent Aerospace"],
    ["Machinists Local 412"],
    "About 2,100 members of Machinists Local 412 voted on Friday to reject the latest offer.",
    "Colm Varley, who speaks for Ardent Aerospace's defence arm, called the union's statement inaccurate.",
)
built.affiliation(
    OWN,
    "Harriet Dunmore",
    ["Solway Nurses Union"],
    ["Solway Health Board"],
    "Talks between nurses and the Solway Health Board broke down on Monday after eleven hours.",
    "Harriet Dunmore, general secretary of the Solway Nurses Union, said the board was not serious about staffing.",
)
built.affiliation(
    OWN,
    "Devika Rao",
    ["Lindqvist Research"],
    ["Orrin Therapeutics"],
    "The medicines regulator asked Orrin Therapeutics to halt shipments of its gene therapy.",
    'Lindqvist Research analyst Devika Rao wrote that defying the regulator would have "badly damaged the company\'s standing with inspectors".',
)
built.affiliation(
    OWN,
    "Tobias Grell",
    ["National Fraud Office"],
    ["Harwick & Lyle"],
    "Harwick & Lyle reopened its online shop on Monday, five weeks after a ransomware attack.",
    'The National Fraud Office\'s Tobias Grell said detectives were "closing in on the group behind it".',
)
built.affiliation(
    OWN,
    "Fenella Amory",
    ["Rugby Union of Wessex"],
    ["World Rugby Council"],
    "The World Rugby Council confirmed on Thursday that Wessex was the only bidder for the 2035 tournament.",
    'Fenella Amory, chief executive of the Rugby Union of Wessex, said: "We are proud to bring the World Rugby Council cup to our grounds."',
)
built.affiliation(
    OWN,
    "Ravi Anand",
    ["Kestrel Mobility", "Kestrel"],
    ["Thorne Batteries"],
    "Thorne Batteries will supply cells for three new models under the deal announced on Monday.",
    "Ravi Anand, Kestrel Mobility's chief executive, said in a statement that \"Thorne Batteries' chemistry lets us build cheaper cars\".",
)
built.affiliation(
    OWN,
    "Nadia Selwyn",
    ["Corran Ports"],
    ["Greyfield Infrastructure"],
    "Greyfield Infrastructure agreed to buy 80 per cent of the terminals for 3.1 billion dollars.",
    "Nadia Selwyn, Corran Ports' finance director, said the sale price reflected the group's strong cash flows.",
)
built.affiliation(
    OWN,
    "Owen Pritchard",
    ["Marlow Travel Network"],
    ["Border Agency"],
    "The Border Agency says most applications are decided within a day.",
    'Owen Pritchard, who leads the Marlow Travel Network, said it was "a blow that the government has raised the fee again".',
)
built.affiliation(
    OWN,
    "Selma Quist",
    ["Nordhavn Brewing"],
    ["Kettering Ales"],
    "Kettering Ales sold less beer in the first half than a year earlier.",
    "Selma Quist, Nordhavn Brewing's chief executive, said the company would keep prices steady.",
)
built.affiliation(
    OWN,
    "Patrick Olsen",
    ["Fenwick Shipyards"],
    ["Ridley Naval Works"],
    "The navy will split the order for twelve frigates with Ridley Naval Works.",
    "Patrick Olsen, Fenwick Shipyards' chief executive, said the firm would hire 900 welders.",
)
# near-misses: a parent or brand the page relates to the own body, a value in the sentence
built.affiliation(
    OWN,
    "Leona Kray",
    ["Picta", "Halden Group"],
    ["Sorrel Media"],
    "Halden Group, which owns Picta, reported higher advertising sales on Wednesday.",
    "Sorrel Media reported a loss.",
    "Leona Kray, Picta's head of policy, said the company would not change its rules for teenagers.",
)
built.affiliation(
    OWN,
    "Grant Mabey",
    ["Wexford Direct", "Wexford Bank"],
    [],
    "Wexford Direct, the online arm of Wexford Bank, cut its mortgage rates on Thursday.",
    "Grant Mabey, Wexford Direct's managing director, said the bank wanted first-time buyers back.",
)
built.affiliation(
    OWN,
    "Ada Fairlie",
    ["Quarry Lane Press", "Tallis Books"],
    [],
    "Tallis Books has bought Quarry Lane Press and will keep it as a separate imprint.",
    "Ada Fairlie, Quarry Lane Press's publisher, said the group had promised to keep the list intact.",
)
built.affiliation(
    OWN,
    "Elias Brandt",
    ["Ostwind Energy", "Harlow Grid"],
    [],
    "Elias Brandt, Ostwind Energy's chief executive, who also sits on the board of Harlow Grid, welcomed the connection.",
)
built.affiliation(
    OWN,
    "Mira Tolland",
    ["Caldbeck Foods"],
    [],
    "Mira Tolland, Caldbeck Foods' chief executive, said the company would open two more plants.",
    "Caldbeck Foods employs 4,000 people.",
)
built.affiliation(
    OWN,
    "Jonah Pell",
    ["Rowan Cycles"],
    [],
    "Rowan Cycles said sales rose 12 per cent.",
    "Its chief executive, Jonah Pell, said the firm would add a factory.",
)
built.affiliation(
    OWN,
    "Bryony Hale",
    ["Aldercott Water", "AW"],
    [],
    'AW\'s operations director, Bryony Hale, said "Aldercott Water will pay every household affected".',
)
built.affiliation(
    OWN,
    "Cyrus Ember",
    ["Penhallow Trust"],
    ["Marsh Wildlife Fund"],
    "Cyrus Ember, who runs the Penhallow Trust, said the Marsh Wildlife Fund had been wrong to back the scheme.",
)
built.affiliation(
    OWN,
    "Leif Sunde",
    ["Fjord Salmon Group"],
    [],
    "The company's finance chief, Leif Sunde, said costs had peaked.",
    "Fjord Salmon Group farms fish along the west coast.",
)

# --- president: a president tied to a body outside the party table ---------------------------
held(
    "president",
    "Kellan Trice",
    ["Morrow Atomic", "Morrow"],
    ["Nuclear Safety Board"],
    "The Nuclear Safety Board on Thursday approved the restart of the Kessock reactor.",
    '"This is a great day for the plant," said Kellan Trice, Morrow Atomic\'s president.',
)
held(
    "International President",
    "Brenda Byers",
    ["Amalgamated Toolmakers International", "ATI"],
    ["Haldane Aircraft"],
    "About 3,000 toolmakers at Haldane Aircraft's plants walked out on Monday.",
    "Haldane Aircraft said it had started its contingency plan.",
    '"Our members deserve better," ATI International President Brenda Byers said.',
)
held(
    "president",
    "Orla Whelan",
    ["Corran Institute"],
    ["Pollard Media"],
    "Pollard Media published the poll on Sunday.",
    "Orla Whelan, president of the Corran Institute, said voters were tired of the campaign.",
)
held(
    "president",
    "Sven Arvidsson",
    ["Ostmark Rail", "Ostmark"],
    ["Transport Regulation Office"],
    "The Transport Regulation Office fined the operator for late trains.",
    "Ostmark Rail president Sven Arvidsson said punctuality had improved since March.",
)
held(
    "president",
    "Halima Yusuf",
    ["Sahel Growers Association"],
    ["Kano Flour Mills", "Grain Marketing Authority"],
    "Kano Flour Mills cut the price it pays for wheat by a fifth this season.",
    "The Grain Marketing Authority said it would not step in.",
    "Halima Yusuf, the Sahel Growers Association's president, said farmers would stop selling to the mills.",
)
held(
    "president",
    "Dorian Vasquez",
    ["Tidewater Airlines"],
    ["Aviation Safety Directorate", "Coastline Airports"],
    "The Aviation Safety Directorate grounded four of the carrier's jets on Monday after an inspection at Coastline Airports.",
    "Tidewater Airlines president Dorian Vasquez said the jets would fly again within a week.",
)
held(
    "vice president",
    "Nell Garrity",
    ["Brockhurst University"],
    ["Tolland Pharmaceuticals", "Medicines Pricing Council"],
    "Tolland Pharmaceuticals agreed to cut the price of its asthma inhaler after a year of talks with the Medicines Pricing Council.",
    "Nell Garrity, vice president of Brockhurst University, said the deal would help students with the condition.",
)
held(
    "president",
    "Kofi Amankwah",
    ["Ghana", "Ghanaian government"],
    [],
    "Ghana will host the summit in May.",
    "President Kofi Amankwah, of the Progressive Front, said hotels were ready.",
)
held(
    "President",
    "Amara Banda",
    ["Malawi", "Malawian government"],
    [],
    "Malawi signed the trade deal with three neighbours on Friday.",
    "President Amara Banda, who leads the Unity Alliance, called it historic.",
)
held(
    "president",
    "Rosa Calder",
    ["Marram Growers Cooperative", "Marram Growers"],
    [],
    "Rosa Calder, president of the Marram Growers Cooperative, said the harvest was the best in ten years.",
)
held(
    "regional president",
    "Aitziber Goikoetxea",
    ["Navarre regional government", "Navarre"],
    [],
    "Navarre will reopen the mountain road in June.",
    "Regional president Aitziber Goikoetxea said the repairs were finished.",
)
held(
    "regional president",
    "Iker Zubiri",
    ["Basque Country", "Basque regional government"],
    [],
    "The Basque Country will build the new rail link by 2030.",
    "Regional president Iker Zubiri, of the Basque Green Party, said the money was in place.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
