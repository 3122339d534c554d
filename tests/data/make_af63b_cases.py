# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 63's news outlets a page writes only as the story's channel
(``grounding_af63b.jsonl``, fresh-miss writer af63b;
:mod:`summarizer.verification.people.reporting_outlets`), at the edges of

- ``channel``: an outlet the person (or others) told, spoke to or gave an interview to, or one
  that reported, carried or asked ("told the Harwick Tribune", "speaking to the Daily
  Courier", "according to Lisle Radio", "The Corran Times, CNN and Delta News all reported")
  is refused as the person's affiliation; the person's own body on the same page passes;
- ``staff``: an outlet that IS the person's (a reporter "for", "of" or "at" it, its
  possessive "the Tribune's Ana Roe", a title run "Gazette columnist", "writing in", its
  editor) passes even where the page also writes it reporting, and another outlet the person
  only told stays refused; a body whose name ends in a masthead word but is no outlet
  ("Canada Post", "Royal Mail") passes for its own spokesperson.

Run ``python tests/data/make_af63b_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_af63b.jsonl")

built = SupportCases(
    "af63b",
    leads=[
        "KELLMAR, June 3 (Northline Wire) -",
        "By Ines Farrow | The Saltby Post",
        "Health | The Orrin Valley Record",
        "From our city desk.",
        "SPORT | Marlow Evening Post",
        "Business briefing -",
    ],
)

channel = partial(built.person_field, "channel", "affiliation")
staff = partial(built.person_field, "staff", "affiliation")

# --- channel: the outlet is only told, or only reports ---------------------------------------
channel(
    "Tova Lindqvist",
    ["Halden Water Board"],
    ["The Harwick Tribune", "Harwick Tribune"],
    "Tova Lindqvist, who chairs the Halden Water Board, told The Harwick Tribune that the old mains would be relined by 2028.",
    "The board will borrow £40 million for the work.",
)
channel(
    "Omar Saleh",
    ["Kestrel Airways"],
    ["Daily Courier"],
    '"We cannot fly without engineers," said Omar Saleh of Kestrel Airways, speaking to the Daily Courier.',
    "The airline cancelled 40 flights on Monday.",
)
channel(
    "Greta Vos",
    ["Marlow Rovers"],
    ["Lisle Radio"],
    "According to Lisle Radio, Marlow Rovers will keep Greta Vos as captain for next season.",
    "Greta Vos, the Marlow Rovers captain, scored 14 goals this year.",
)
channel(
    "Ruth Calloway",
    ["Saltby University"],
    ["The Corran Times", "Delta News"],
    "The Corran Times, Delta News and two radio stations all reported on the fossil find by Ruth Calloway, a geologist at Saltby University.",
    "She says the tracks are 90 million years old.",
)
channel(
    "Ade Olusola",
    ["Tamsby Council"],
    ["The Ferrybridge Gazette"],
    "Ade Olusola, leader of Tamsby Council, said in an interview with The Ferrybridge Gazette that the library would reopen in May.",
    "The rebuild has cost £3 million so far.",
)
channel(
    "Lena Marsh",
    ["Brightwall Construction"],
    ["Kellmar Herald"],
    "Brightwall Construction's site manager, Lena Marsh, told the Kellmar Herald and two television crews that no one had been hurt.",
    "The crane collapsed shortly after 7am.",
)
channel(
    "Piet Hollander",
    ["Orsin Analytics"],
    ["The Marlow Chronicle"],
    "The Marlow Chronicle asked Piet Hollander, chief executive of Orsin Analytics, whether the firm would cut jobs.",
    '"Not this year," he said.',
)
channel(
    "Dana Whitlow",
    ["Corran Nurses Union"],
    ["Eastgate Journal"],
    "Nurses have walked out at four hospitals, the Eastgate Journal reported on Friday.",
    "Dana Whitlow, general secretary of the Corran Nurses Union, said more strikes would follow unless pay rose.",
    "Current and former staff told the Eastgate Journal that wards had been left short for months.",
)
channel(
    "Ilse Brandt",
    ["Vellor"],
    ["Tarnow Pravda"],
    "Tarnow Pravda carried the ministry's account of the talks for readers in the east.",
    "Ilse Brandt, Vellor's foreign minister, said the border would stay open.",
)
channel(
    "Hamid Qasemi",
    ["Lindon Institute of Economics"],
    ["The Saltby Observer"],
    "Prices will rise again in the spring, Hamid Qasemi of the Lindon Institute of Economics said in comments to The Saltby Observer.",
    "Inflation stood at 4.1% in March.",
)
channel(
    "Carys Pugh",
    ["Dunmore Police"],
    ["Halden Evening Post"],
    "A man has been charged over the fire, Inspector Carys Pugh of Dunmore Police said in a statement to the Halden Evening Post.",
    "He will appear in court on Monday.",
)
channel(
    "Jonas Ekberg",
    ["Asta Capital"],
    ["Tamsby Telegraph"],
    "Next month, the Tamsby Telegraph says, Asta Capital will name Jonas Ekberg as its new finance chief.",
    "Jonas Ekberg, who has been at Asta Capital since 2015, runs its bond desk.",
)

# --- staff: the outlet is the person's own; another outlet only told stays refused -----------
staff(
    "Ana Roe",
    ["Harwick Tribune"],
    ["Lisle Radio"],
    "Ana Roe, a reporter for the Harwick Tribune, first revealed the overspend last month.",
    "The Harwick Tribune reported on Tuesday that the council had paid £2 million more than budgeted. The mayor told Lisle Radio the figures were wrong.",
)
staff(
    "Milo Grant",
    ["The Corran Times"],
    ["Delta News"],
    "The Corran Times's Milo Grant broke the story of the missing files.",
    "The Corran Times reported that 300 boxes had gone. A ministry official told Delta News an inquiry had begun.",
)
staff(
    "Irene Szabo",
    ["Kellmar Herald"],
    ["Daily Courier"],
    "Kellmar Herald columnist Irene Szabo wrote on Sunday that the stadium deal was a mistake.",
    "The club's owner told the Daily Courier she was wrong.",
)
staff(
    "Bo Lindgren",
    ["The Ferrybridge Gazette"],
    ["The Saltby Observer"],
    "Bo Lindgren, editor of The Ferrybridge Gazette, said the paper would keep its print edition.",
    "Rival owners told The Saltby Observer that print was finished.",
)
staff(
    "Nell Okafor",
    ["Marlow Chronicle"],
    ["Eastgate Journal"],
    "Nell Okafor, writing in the Marlow Chronicle, argues the bypass will cut journey times by half.",
    "Residents told the Eastgate Journal they feared the noise.",
)
staff(
    "Luis Ferreira",
    ["Tamsby Telegraph"],
    ["Kellmar Herald"],
    "Luis Ferreira, who has covered the courts at the Tamsby Telegraph for 20 years, is retiring.",
    "According to the Kellmar Herald, his last story will run on Friday.",
)
staff(
    "Priya Nair",
    ["Canada Post"],
    ["Halden Evening Post"],
    "Canada Post said no new parcels would be accepted until the strike ends.",
    "Priya Nair, a spokeswoman, told the Halden Evening Post that letters would still be delivered.",
)
staff(
    "Tom Heald",
    ["Royal Mail"],
    ["The Harwick Tribune"],
    "Royal Mail said second-class deliveries would move to every other weekday.",
    "Its chief operating officer, Tom Heald, told The Harwick Tribune the change would save £300 million a year.",
)
staff(
    "Sara Quist",
    ["Eastgate Journal"],
    ["Lisle Radio"],
    "Sara Quist of the Eastgate Journal asked the minister about the delay.",
    "The minister later told Lisle Radio that the bridge would open in June.",
)
staff(
    "Dev Ashe",
    ["Delta News"],
    ["The Marlow Chronicle"],
    "Delta News presenter Dev Ashe will host the debate on Thursday.",
    "The Marlow Chronicle reported that the two leaders had agreed on three debates.",
)
staff(
    "Kit Barlow",
    ["Lisle Radio"],
    ["Tamsby Telegraph"],
    "Kit Barlow, who presents the breakfast show at Lisle Radio, interviewed the mayor on Monday.",
    "The mayor told the Tamsby Telegraph the interview had been fair.",
)
staff(
    "Yara Haddad",
    ["Daily Courier"],
    ["The Saltby Observer"],
    "Yara Haddad, the Daily Courier's political editor, said the vote would be close.",
    "The Saltby Observer reported that 40 members were undecided.",
)
staff(
    "Hal Minter",
    ["Orrin Valley Record"],
    ["The Corran Times"],
    "Hal Minter at the Orrin Valley Record said the paper had filed a freedom of information request.",
    "A council spokesman told The Corran Times that the request would be answered within 20 days.",
)
channel(
    "Rosa Imbert",
    ["Kellmar Fire Service"],
    ["Saltby Evening Post"],
    "Crews worked through the night, Rosa Imbert of the Kellmar Fire Service told the Saltby Evening Post.",
    "The warehouse had been empty since March.",
)
staff(
    "Wren Achebe",
    ["Delta News"],
    ["Kellmar Herald"],
    "The minister told Delta News anchor Wren Achebe on Sunday that the budget would balance.",
    "Achebe asked twice about the pension fund. The Kellmar Herald reported the exchange the next morning.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
