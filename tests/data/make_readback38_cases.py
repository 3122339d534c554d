# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the read-back set of session 38 (``grounding_readback38.jsonl``): value-support
cases for a quote's speaker given by a pronoun or a description that readers resolve by
grammatical salience (outside checks 83-85), with what must pass and what must fail:

- ``pronoun-subject``: "he"/"she" read back to the grammatical subject of the sentence
  before: a name with an apposition ("Ted Sarandos, Netflix's co-chief executive, admitted":
  a given name ending in "-ed" is no participle), a pronoun subject after a fronted
  prepositional phrase that names no person ("With GM still importing cars from Canada, he
  expects"), a verbless sentence opening with a determiner or an ordinal ("First win for X").
  Refused: the person in the apposition or a possessive, the object of the sentence before
  ("X thanked Y. "...," he said" is X's), a pronoun of the other gender, a name inside the
  fronted phrase, a verbless sentence naming two people;
- ``body-description``: an organisation's description ("the airline said", "the company
  said", "the agency says", "the German group, Europe's biggest carmaker, conceded") read
  back to the salient organisation of its kind: a name that writes its kind ("Air Liberté",
  "Federal Rail Administration"), or one the page puts a noun of the kind beside ("Parts
  maker X"), through a chain of descriptions ("the carrier told ... the airline said ... the
  company said"). Refused: another company that is the subject of a nearer sentence, an
  organisation not of the kind ("the airline" is not the accident bureau), a country, a
  person, a company named only as an object after a rival subject.

Run ``python tests/data/make_readback38_cases.py`` to rebuild it. Every sentence is written for
this set (fictional people, firms and places), in wordings other than the outside checks';
each verdict is what a careful fact-checker reads, decided when written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_readback38.jsonl")

built = SupportCases(
    "rb38",
    leads=[
        "By Maeve Cullinan | The Estuary Courier",
        "PORT ALDER (Lowland Wire) -",
        "MARKETS DESK | The Greyfriars Post",
        "From our correspondent, The Tamsin Gazette.",
    ],
)


def quote(
    category: str, paragraphs: list[str], words: str, passes: list[str], fails: list[str]
) -> None:
    """One quote on a page of ``paragraphs``: ``passes`` said ``words``, ``fails`` did not."""
    built.page_quote(category, words, passes, fails, *paragraphs)


P = "pronoun-subject"
quote(
    P,
    [
        "Ted Marsh, Orbis Media's co-chief executive, conceded on a call with analysts that the deal broke with the group's habits. \"We have always built rather than bought,\" he said.",
    ],
    "We have always built rather than bought,",
    ["Ted Marsh"],
    ["Orbis Media"],
)
quote(
    P,
    [
        'Ahmed Rashid, an adviser to Finance Minister Bilal Qureshi, acknowledged that the target would slip. "We will miss it by a year, perhaps two," he told reporters.',
    ],
    "We will miss it by a year, perhaps two,",
    ["Ahmed Rashid"],
    ["Bilal Qureshi"],
)
quote(
    P,
    [
        "Fred Aalto, the club's chairman, thanked Ned Corrie for eleven years as manager.",
        '"Nobody has given more to this club," he said.',
    ],
    "Nobody has given more to this club,",
    ["Fred Aalto"],
    ["Ned Corrie"],
)
quote(
    P,
    [
        "Mohammed Saleh, who succeeded Omar Haddad as port director last spring, admitted the backlog was growing.",
        '"The cranes are simply too old," he told the council.',
    ],
    "The cranes are simply too old,",
    ["Mohammed Saleh"],
    ["Omar Haddad"],
)
quote(
    P,
    [
        "Irene Dahl, the finance director, said the cost of the levies had been lower than feared in the first half.",
        "With Halvorsen Steel still buying coke from Poland and Chile, she expects the bill to climb.",
        '"We see it easing only once the new contracts start," she said.',
    ],
    "We see it easing only once the new contracts start,",
    ["Irene Dahl"],
    ["Halvorsen Steel"],
)
quote(
    P,
    [
        "Mayor Colm Brady said the bridge would reopen in March.",
        "Despite the delays at the NRA depot in Kilcarran, he insisted the budget would hold.",
        '"Not a cent more will be spent," he told the chamber.',
    ],
    "Not a cent more will be spent,",
    ["Colm Brady"],
    ["Ms. Orla Keane"],
)
quote(
    P,
    [
        "Coach Dana Whitlock said her side had been the better team for an hour.",
        "In Marseille on Sunday evening, she admitted the second half had been poor.",
        '"We stopped running, and you cannot do that here," she said.',
    ],
    "We stopped running, and you cannot do that here,",
    ["Dana Whitlock"],
    ["Marseille"],
)
quote(
    P,
    [
        "Transport chief Lena Ortiz announced the tram tender on Friday.",
        "Amid protests from the RMT union outside City Hall, she defended the timetable.",
        '"The city cannot wait another decade," she said.',
    ],
    "The city cannot wait another decade,",
    ["Lena Ortiz"],
    ["Mr. Paul Grange"],
)
quote(
    P,
    [
        "Senator Ruth Beale said the vote would be close.",
        "After Tom Vickers spoke, he left the chamber.",
        '"I will not be lectured on this," he told reporters.',
    ],
    "I will not be lectured on this,",
    [],
    ["Ruth Beale"],
)
quote(
    P,
    [
        "7:40 PM - First prize of the night for Mara Quist, for best documentary.",
        '"This belongs to the fishermen of Vallo," she told the hall.',
    ],
    "This belongs to the fishermen of Vallo,",
    ["Mara Quist"],
    ["Vallo"],
)
quote(
    P,
    [
        "Another setback for Owen Tredwell, whose bid for the stadium was rejected on Monday.",
        '"We will appeal, and we will win," he said.',
    ],
    "We will appeal, and we will win,",
    ["Owen Tredwell"],
    [],
)
quote(
    P,
    [
        "Second gold of the week for Ines Varga, her first in the 200 metres.",
        '"My legs were gone at the end," he said.',
    ],
    "My legs were gone at the end,",
    [],
    ["Ines Varga"],
)
quote(
    P,
    [
        "First win for Karl Ostby over Jonas Brekke since 2019.",
        '"It has been a long wait," he said.',
    ],
    "It has been a long wait,",
    [],
    ["Karl Ostby", "Jonas Brekke"],
)
quote(
    P,
    [
        "Ted Marlow, the opposition leader, questioned Prime Minister Anna Hult about the hospital closures.",
        '"You have broken every promise," she replied.',
    ],
    "You have broken every promise,",
    ["Anna Hult"],
    ["Ted Marlow"],
)
quote(
    P,
    [
        "Jed Pardoe, the owner's son, met Sofia Lind, the club's new director, on Tuesday.",
        '"We see the same future for the club," she said.',
    ],
    "We see the same future for the club,",
    ["Sofia Lind"],
    ["Jed Pardoe"],
)

quote(
    P,
    [
        "Lars Holt met Jonas Weber in Bremen on Monday. Weber later toured the shipyard with Holt's deputy.",
        '"The order book is full until 2030," he said.',
    ],
    "The order book is full until 2030,",
    [],
    ["Lars Holt"],
)
quote(
    P,
    [
        "Oskar Brandt called Luca Ferri on Sunday night to settle the terms.",
        '"We shook hands on every point," he said.',
    ],
    "We shook hands on every point,",
    ["Oskar Brandt"],
    ["Luca Ferri"],
)
quote(
    P,
    [
        "Orbis Media cut 200 jobs in its news division on Thursday.",
        '"It is the hardest week of my career," he said.',
    ],
    "It is the hardest week of my career,",
    [],
    ["Orbis Media"],
)
quote(
    P,
    [
        "With Fenwick Rail still running half its trains, Transport Secretary Hugh Dalby met the unions.",
        '"This cannot go on," said union leader Marek Nowak.',
    ],
    "This cannot go on,",
    ["Marek Nowak"],
    ["Hugh Dalby"],
)

quote(
    P,
    [
        "Corvo Streaming agreed on Friday to buy Hartwell Pictures for 40 billion dollars.",
        "Ted Lindqvist, Corvo Streaming's co-chief executive, admitted on a call with investors that the purchase broke with the company's habits.",
        '"For years we were known as builders, not buyers," he said, calling the deal "a rare chance."',
    ],
    "For years we were known as builders, not buyers,",
    ["Ted Lindqvist"],
    ["Corvo Streaming"],
)

B = "body-description"
quote(
    B,
    [
        "Both engines of the Air Liberté A330 that crashed near Tarbes lost power seconds after take-off, the Civil Aviation Safety Bureau said in an interim report on Thursday.",
        "The captain had flown more than 12,000 hours. Investigators found no fault with the fuel.",
        'In a short statement, the airline said it was "giving every support to the families" and referred questions to investigators.',
    ],
    "giving every support to the families",
    ["Air Liberté"],
    ["Civil Aviation Safety Bureau", "France"],
)
quote(
    B,
    [
        "Nordvik Airways said on Monday it would order 40 Aerion jets, adding that talks on a second batch were under way.",
        "The jets will arrive from 2029, the carrier told the Oslo exchange. Kessler Engines and Marr Turbines are still bidding for the engine contract.",
        "Delivery of the second batch will not start, the airline said, until it agrees terms with Marr Turbines, the engine supplier.",
        '"These jets will carry our growth for a decade," the company said.',
    ],
    "These jets will carry our growth for a decade,",
    ["Nordvik Airways"],
    ["Kessler Engines", "Marr Turbines"],
)
quote(
    B,
    [
        "The Federal Rail Administration has ordered every Class 8 locomotive off the tracks until it has been inspected.",
        "The order, issued on Friday, follows Tuesday's Corvell Freight derailment near Ashby.",
        'In the order the agency says the fault "may exist in other engines of the same design."',
    ],
    "may exist in other engines of the same design.",
    ["Federal Rail Administration"],
    ["Corvell Freight"],
)
quote(
    B,
    [
        "Components maker Brightwater Castings will cut 60 of the 420 jobs at its Dunmore plant.",
        "A notice filed with state regulators puts the first layoffs in June.",
        'In the notice, the company said it "explored every option to keep the plant whole."',
    ],
    "explored every option to keep the plant whole.",
    ["Brightwater Castings"],
    ["Dunmore"],
)
quote(
    B,
    [
        "Hallberg's operating profit for the quarter fell to 1.9 billion euros from 3.1 billion, and the carmaker blamed new import duties.",
        'Analysts had expected 2.5 billion euros, and the Swedish group, the region\'s largest carmaker, admitted its result "falls well short" of that.',
    ],
    "falls well short",
    ["Hallberg"],
    ["Sweden"],
)
quote(
    B,
    [
        "Halvard Foods raised its offer for Tresco Mills to 9 pounds a share on Monday.",
        "Tresco Mills, the family-owned firm, rejected the new offer within hours.",
        '"The offer still undervalues the business," the company said.',
    ],
    "The offer still undervalues the business,",
    ["Tresco Mills"],
    ["Halvard Foods"],
)
quote(
    B,
    [
        "Pellam Energy said its output had risen 4% in the first half.",
        "Rival utility Osgood Power reported a 10% fall on the same day.",
        '"Demand has not come back as we hoped," the company said.',
    ],
    "Demand has not come back as we hoped,",
    ["Osgood Power"],
    ["Pellam Energy"],
)
quote(
    B,
    [
        "Greystone Bank agreed to sell its card unit to Larch Capital for 2 billion dollars.",
        '"This sharpens our focus on lending," the lender said.',
    ],
    "This sharpens our focus on lending,",
    ["Greystone Bank"],
    ["Larch Capital"],
)
quote(
    B,
    [
        "The Meridian Workers Union called a strike at three depots on Wednesday.",
        "Talks with Corran Logistics broke down late on Tuesday.",
        '"Our members have been patient for long enough," the union said in a post on its website.',
    ],
    "Our members have been patient for long enough,",
    ["Meridian Workers Union"],
    ["Corran Logistics"],
)
quote(
    B,
    [
        "Skyline Air cancelled 140 flights on Saturday after a fault in its booking system.",
        "Chief executive Marta Selby apologised to passengers.",
        '"Most flights will run normally on Sunday," the airline said.',
    ],
    "Most flights will run normally on Sunday,",
    ["Skyline Air"],
    ["Marta Selby"],
)
quote(
    B,
    [
        "Denmark fined shipping firm Orsted Logistics 3 million crowns over the spill.",
        '"We accept the ruling," the company said.',
    ],
    "We accept the ruling,",
    ["Orsted Logistics"],
    ["Denmark"],
)
quote(
    B,
    [
        "The Maritime Safety Authority grounded two ferries run by Coastway Lines on Monday.",
        '"Passenger safety comes before any timetable," the regulator said.',
    ],
    "Passenger safety comes before any timetable,",
    ["Maritime Safety Authority"],
    ["Coastway Lines"],
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
