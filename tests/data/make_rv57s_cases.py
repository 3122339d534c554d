# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 57's review rv57s of sp57 (``grounding_rv57s.jsonl``;
:mod:`summarizer.verification.sentences.body_antecedents`), at the edges of the reading that
gives a quote credited "it said"/"they wrote" to the body the sentence right before names:

- ``crowded``: the sentence before names the body and also a person of it, another body
  (in capitals or in lower case: "The board sued the government."), a product, a report or
  a country; the body it acts on or is acted on by ("The airline was fined by the regulator.")
  is not the speaker;
- ``person_planted``: a person as the value: the one person the sentence before names (a
  chief, a spokesperson two sentences back, the one who met a group), when the credit is
  "it" or "they" (a group's) and no he/she marks the person;
- ``it_thing``: "it" standing for a thing (a report, a ruling, a plan, a letter): the thing
  or its author, never a body the thing is about or a person named beside it;
- ``they_group``: "they" for people named by a plural noun ("the striking nurses", "the
  ministers") against one person or one body named beside them, and a "they" whose own
  sentence names the group ("The ministers met the union, and they said");
- ``plain_body``: the right body in plain shapes ("X refused.", "The X, which ..., objected.",
  a Q/A answer): the body's; against a person or another body named further back.

Run ``python tests/data/make_rv57s_cases.py`` to rebuild it. Every article below was written
for this set in its own words (names made up); each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv57s.jsonl")

built = SupportCases(
    "rv57s",
    leads=[
        "By Noor Halden | The Lowland Ledger",
        "BRESKA (Coastline News) -",
        "Business | The Marsh Gazette",
        "From our desk, The Upland Times.",
    ],
)
CROWD = "crowded"
PERSON = "person_planted"
THING = "it_thing"
GROUP = "they_group"
PLAIN = "plain_body"

# --- crowded: the sentence before names the body and someone or something else
built.page_quote(
    CROWD,
    "We have met every safety deadline",
    ["the airline"],
    ["the regulator"],
    "Dozens of flights were cancelled across the region last week.",
    'The airline was fined by the regulator on Monday. "We have met every safety deadline," it said.',
)
built.page_quote(
    CROWD,
    "The order is unlawful and we will fight it",
    ["the board"],
    ["the government"],
    "A dispute over the reservoir has run for two years.",
    'The board sued the government on Friday. "The order is unlawful and we will fight it," it said.',
)
built.page_quote(
    CROWD,
    "passengers deserve answers",
    ["the regulator"],
    ["Skyreach Airlines"],
    "Skyreach Airlines cancelled forty flights on Monday.",
    'The regulator opened an inquiry, and it said "passengers deserve answers".',
)
built.page_quote(
    CROWD,
    "Our members will not accept the cuts",
    ["the union"],
    ["the ministry"],
    "Pay talks collapsed late on Thursday.",
    'The ministry rejected the offer from the union. "Our members will not accept the cuts," it said afterwards.',
)
built.page_quote(
    CROWD,
    "The mill has no future under these tariffs",
    ["Corvane Steel"],
    ["Lisa Harrowby", "Ostland"],
    "Corvane Steel's chief executive, Lisa Harrowby, flew to Ostland on Monday.",
    '"The mill has no future under these tariffs," it said in a filing.',
)
built.page_quote(
    CROWD,
    "We stand by the product",
    ["Quillon Devices"],
    ["the Aurel phone", "Quillon Aurel"],
    "The Quillon Aurel phone was recalled in March after reports of overheating.",
    'Quillon Devices disputed the findings. "We stand by the product," it said.',
)
built.page_quote(
    CROWD,
    "The data were gathered with care",
    ["the Pellam Institute"],
    ["the Garrow Review", "Ostland"],
    "The Pellam Institute defended its figures after the Garrow Review questioned them.",
    '"The data were gathered with care," it said.',
)
built.page_quote(
    CROWD,
    "Talks remain the only path",
    ["the Ostland foreign ministry"],
    ["Velora", "Ostland"],
    "Velora recalled its ambassador to Ostland on Sunday.",
    'The Ostland foreign ministry was measured. "Talks remain the only path," it said.',
)
built.page_quote(
    CROWD,
    "The contract was awarded fairly",
    ["Marlby Council"],
    ["Dunrake Builders", "Ivo Pasch"],
    "Marlby Council gave Dunrake Builders the bridge contract, whose owner Ivo Pasch sits on its planning committee.",
    '"The contract was awarded fairly," it said on Tuesday.',
)
built.page_quote(
    CROWD,
    "No jobs will be lost at the plant",
    ["Hestor Foods"],
    ["Brannock Dairies"],
    "Hestor Foods agreed to buy Brannock Dairies for 40 million euros.",
    '"No jobs will be lost at the plant," it said.',
)
built.page_quote(
    CROWD,
    "We were never shown the contract",
    ["the union"],
    ["the company"],
    "Workers walked out at the depot on Friday.",
    'The company locked out the union on Friday. "We were never shown the contract," it said.',
)
built.page_quote(
    CROWD,
    "The tanker was in international waters",
    ["Kestrel Shipping"],
    ["the navy"],
    "Tensions rose in the strait over the weekend.",
    'Kestrel Shipping was boarded by the navy. "The tanker was in international waters," it said.',
)
# --- person_planted: a person as the value
built.page_quote(
    PERSON,
    "The reserves are safe",
    ["Tarrow Water Board"],
    ["Jordan Lake"],
    "Farmers asked for a larger share of the reservoir this summer.",
    "Jordan Lake chairs Tarrow Water Board.",
    "Tarrow Water Board refused.",
    '"The reserves are safe," it said.',
)
built.page_quote(
    PERSON,
    "We regret the delay",
    ["Brightline Power"],
    ["Kim Adair"],
    "Brightline Power delayed the plant by a year.",
    'Kim Adair, the firm\'s chief executive, spoke first at the meeting. "We regret the delay," it said in a later statement.',
)
built.page_quote(
    PERSON,
    "We will not go back until the wards are staffed",
    ["the striking nurses", "striking nurses"],
    ["Jo Simmons"],
    "The strike at Ashby General entered its third day.",
    'Jo Simmons met the striking nurses on Tuesday. "We will not go back until the wards are staffed," they said.',
)
built.page_quote(
    PERSON,
    "The fares rise is necessary",
    ["Ferris Rail"],
    ["Dana Keel"],
    "Ferris Rail raised fares by 9 percent.",
    "Dana Keel speaks for the operator.",
    "Dana Keel was asked about it on Monday.",
    '"The fares rise is necessary," it said in a statement.',
)
built.page_quote(
    PERSON,
    "We welcome the review",
    ["Orvane Treasury"],
    ["Karel Duin"],
    "Orvane Treasury announced a review of the fuel levy.",
    "Finance Minister Karel Duin ordered the review.",
    '"We welcome the review," it said.',
)
built.page_quote(
    PERSON,
    "We were misled about the costs",
    ["the parents", "parents"],
    ["Marta Giles"],
    "The school closure was announced in June.",
    'Marta Giles led the parents to the town hall. "We were misled about the costs," they said.',
)
built.page_quote(
    PERSON,
    "The budget leaves no room for new roads",
    ["Marlby Council"],
    ["Ivo Pasch"],
    "Marlby Council published its budget on Friday.",
    "Ivo Pasch called it timid.",
    '"The budget leaves no room for new roads," it said.',
)
built.page_quote(
    PERSON,
    "We cannot confirm the figures",
    ["Pellam Institute"],
    ["Rene Ostrow"],
    "The Pellam Institute is run by Rene Ostrow.",
    'Rene Ostrow declined to comment. "We cannot confirm the figures," it said in an email.',
)
built.page_quote(
    PERSON,
    "Our crews followed every rule",
    ["Kestrel Shipping"],
    ["Alex Dorran"],
    "Kestrel Shipping lost two containers overboard.",
    'Spokesperson Alex Dorran was at the port. "Our crews followed every rule," it said.',
)
built.page_quote(
    PERSON,
    "The ban starts in March",
    ["Halvering City Council"],
    ["Sasha Merrow"],
    "Halvering City Council voted to ban diesel buses.",
    'Sasha Merrow, who chairs its transport committee, proposed the ban. "The ban starts in March," it said.',
)
# --- it_thing: "it" is a thing, a report, a ruling, a plan
built.page_quote(
    THING,
    "Warnings were ignored at every level",
    ["the final report"],
    ["the inquiry", "Mayor Lionel Ashe"],
    "Mayor Lionel Ashe set up the inquiry after the fire.",
    'The inquiry\'s final report was published on Monday. "Warnings were ignored at every level," it said.',
)
built.page_quote(
    THING,
    "The levy was never lawful",
    ["the ruling"],
    ["Orvane Treasury", "Judge Ivo Marsh"],
    "Orvane Treasury imposed the levy in 2024.",
    'The ruling by Judge Ivo Marsh was short. "The levy was never lawful," it said.',
)
built.page_quote(
    THING,
    "Bus lanes will cover every main road",
    ["the transport plan"],
    ["the council", "Halvering City Council"],
    "Halvering City Council voted on the transport plan on Tuesday.",
    'The transport plan of the council runs to 80 pages. "Bus lanes will cover every main road," it says.',
)
built.page_quote(
    THING,
    "The harbour must be dredged within a year",
    ["the audit"],
    ["Kelsey Harbour Authority"],
    "An audit of the Kelsey Harbour Authority was published on Thursday.",
    'The audit found deep problems. "The harbour must be dredged within a year," it said.',
)
built.page_quote(
    THING,
    "No further licences should be issued",
    ["the report"],
    ["the regulator"],
    "Fishing crews have protested for months.",
    'The report for the regulator came out on Friday. "No further licences should be issued," it said.',
)
built.page_quote(
    THING,
    "The merger would harm shoppers",
    ["the competition study"],
    ["Hestor Foods", "Brannock Dairies"],
    "Hestor Foods and Brannock Dairies announced their merger in May.",
    'The competition study was published a month later. "The merger would harm shoppers," it said.',
)
built.page_quote(
    THING,
    "The rent rises were unlawful",
    ["the tribunal"],
    ["Dunrake Homes"],
    "Tenants of Dunrake Homes took their case to the tribunal.",
    'The tribunal\'s decision came on Monday. "The rent rises were unlawful," it said.',
)
built.page_quote(
    THING,
    "The station must close by 2030",
    ["the energy strategy"],
    ["Brightline Power"],
    "Brightline Power runs the coal station at Wexley.",
    'The energy strategy was set out on Monday. "The station must close by 2030," it says.',
)
built.page_quote(
    THING,
    "The school has improved in every area",
    ["the inspection report"],
    ["the school", "Ashby Primary"],
    "Ashby Primary was inspected in May.",
    'The inspection report was glowing. "The school has improved in every area," it said.',
)
built.page_quote(
    THING,
    "Cuts to the service must stop",
    ["the letter"],
    ["the minister", "Kelsey Transport Ministry"],
    "Forty mayors signed a letter to the Kelsey Transport Ministry.",
    'The letter to the minister was blunt. "Cuts to the service must stop," it said.',
)
# --- they_group: people named by a plural noun
built.page_quote(
    GROUP,
    "We are done waiting for talks",
    ["the dock workers", "dock workers"],
    ["Port director Hana Sorel", "Alvar Port Authority"],
    "Port director Hana Sorel said the Alvar Port Authority could not afford more.",
    'The dock workers voted to strike. "We are done waiting for talks," they said.',
)
built.page_quote(
    GROUP,
    "the border must stay open",
    ["the ministers"],
    ["Kelsey fishing crews", "the fishing crews"],
    "Kelsey fishing crews protested at the quay on Monday.",
    'The ministers met union leaders, and they said "the border must stay open".',
)
built.page_quote(
    GROUP,
    "We were never asked",
    ["the farmers", "farmers"],
    ["Tarrow Water Board"],
    "Tarrow Water Board cut the reservoir quota.",
    'The farmers protested at its office. "We were never asked," they said.',
)
built.page_quote(
    GROUP,
    "The fees are too high",
    ["the students", "students"],
    ["Pellam University"],
    "Pellam University raised its fees on Monday.",
    'The students marched on the campus. "The fees are too high," they said.',
)
built.page_quote(
    GROUP,
    "The rules were followed",
    ["the judges"],
    ["the ministers", "Kelsey Cabinet"],
    "The Kelsey Cabinet changed the voting rules in April.",
    'The ministers were heard by the judges on Monday. "The rules were followed," they said in their ruling.',
)
built.page_quote(
    GROUP,
    "The mine will poison the river",
    ["the residents", "residents"],
    ["Corvane Steel", "Mayor Ilse Varn"],
    "Corvane Steel wants to reopen the mine, and Mayor Ilse Varn backs the plan.",
    'The residents filed a petition. "The mine will poison the river," they wrote.',
)
built.page_quote(
    GROUP,
    "Our pay has not risen in five years",
    ["the cleaners", "cleaners"],
    ["the hospital managers", "Ashby General"],
    "Ashby General hired a new cleaning contractor.",
    'The hospital managers met the cleaners on Friday. "Our pay has not risen in five years," they said.',
)
built.page_quote(
    GROUP,
    "We will keep the channel open",
    ["the harbour pilots", "harbour pilots"],
    ["Kelsey Harbour Authority"],
    "Kelsey Harbour Authority cut the night shift.",
    'The harbour pilots refused the new rota. "We will keep the channel open," they said.',
)
built.page_quote(
    GROUP,
    "The vote was rigged",
    ["the opposition deputies", "opposition deputies"],
    ["the speaker", "Ana Ruiz"],
    "Speaker Ana Ruiz declared the bill passed.",
    'The opposition deputies walked out. "The vote was rigged," they said.',
)
built.page_quote(
    GROUP,
    "We need more buses at night",
    ["the shift workers", "shift workers"],
    ["Ferris Rail", "Mayor Dara Quint"],
    "Mayor Dara Quint met Ferris Rail on Monday.",
    'The shift workers wrote to both. "We need more buses at night," they said.',
)
# --- plain_body: the right body in plain shapes
built.page_quote(
    PLAIN,
    "The plan is unaffordable",
    ["Marlby Council"],
    ["Ivo Pasch", "Dunrake Builders"],
    "Dunrake Builders proposed a new bridge, and its owner Ivo Pasch lobbied for it.",
    'Marlby Council refused. "The plan is unaffordable," it said.',
)
built.page_quote(
    PLAIN,
    "We have paid every invoice",
    ["Hestor Foods"],
    ["Brannock Dairies", "Lisa Harrowby"],
    "Brannock Dairies and its chief Lisa Harrowby say they are owed money.",
    'Hestor Foods denies this. "We have paid every invoice," it said.',
)
built.page_quote(
    PLAIN,
    "Tickets will be refunded in full",
    ["the Lowland Opera"],
    ["Soprano Elsa Brandt"],
    "Soprano Elsa Brandt withdrew from the season on Monday.",
    'The Lowland Opera, which cancelled six shows, apologised. "Tickets will be refunded in full," it said.',
)
built.page_quote(
    PLAIN,
    "The ferry is safe to sail",
    ["Orvane Ferries"],
    ["Kelsey Harbour Authority", "Captain Rhea Tolland"],
    "Captain Rhea Tolland reported a crack in the hull, and the Kelsey Harbour Authority held the ferry.",
    "Orvane Ferries objected.",
    '"The ferry is safe to sail," it said on Tuesday.',
)
built.page_quote(
    PLAIN,
    "the vaccine programme will continue",
    ["the Regional Health Agency"],
    ["Minister Olga Pettersen"],
    "Q: What did Minister Olga Pettersen say?\nA: She cut the budget by a third.",
    'Q: How did the Regional Health Agency respond?\nA: It said "the vaccine programme will continue".',
)
built.page_quote(
    PLAIN,
    "We will appeal",
    ["Skyreach Airlines"],
    ["Judge Amara Osei", "Civil Aviation Board"],
    "Judge Amara Osei upheld the Civil Aviation Board's fine on Friday.",
    'Skyreach Airlines was unrepentant. "We will appeal," it said.',
)
built.page_quote(
    PLAIN,
    "Our records are complete",
    ["the Garrow Archive"],
    ["Historian Ruth Calloway"],
    "Historian Ruth Calloway said pages were missing.",
    'The Garrow Archive disagreed. It said: "Our records are complete."',
)
built.page_quote(
    PLAIN,
    "Prices will fall in spring",
    ["Brightline Power"],
    ["Fenmark Energy Regulator", "Tomas Brel"],
    "The Fenmark Energy Regulator capped prices, and its head Tomas Brel warned of shortages.",
    'Brightline Power was upbeat. "Prices will fall in spring," it wrote to customers.',
)
built.page_quote(
    PLAIN,
    "The season ticket holders come first",
    ["Wexley Rovers"],
    ["Manager Dan Holt", "the league"],
    "Manager Dan Holt criticised the league over the fixture list.",
    'Wexley Rovers later clarified. "The season ticket holders come first," it said.',
)
built.page_quote(
    PLAIN,
    "Every bed will be kept",
    ["Northfold Health Trust"],
    ["Northfold Council", "Grace Ambler"],
    "Northfold Council and patient Grace Ambler questioned the closure plan.",
    'Northfold Health Trust answered on Friday. "Every bed will be kept," it said.',
)

# --- second round: a place, a product or a partner the value's words name beside the body
built.page_quote(
    CROWD,
    "Demand has fallen for a decade",
    ["Brightline Power"],
    ["Wexley"],
    "Brightline Power runs a coal plant at Wexley.",
    'The Wexley plant will close in 2030. "Demand has fallen for a decade," it said.',
)
built.page_quote(
    CROWD,
    "We stand by the handset",
    ["Quillon Devices"],
    ["Aurel", "the Aurel"],
    "Quillon Devices makes the Aurel, a folding phone.",
    'The Aurel was recalled in March. "We stand by the handset," it said.',
)
built.page_quote(
    CROWD,
    "Our staff acted lawfully",
    ["the Ostland embassy"],
    ["Ostland", "Breska"],
    "Two diplomats were expelled from Breska on Monday.",
    'The Ostland embassy in Breska was defiant. "Our staff acted lawfully," it said.',
)
built.page_quote(
    GROUP,
    "The debt has been restructured",
    ["Kestrel Holdings and its lenders"],
    ["Kestrel Holdings"],
    "Talks over the port operator's debt ran for a year.",
    'Kestrel Holdings and its lenders agreed a deal on Friday. "The debt has been restructured," they said.',
)
built.page_quote(
    GROUP,
    "We will not fly the new rota",
    ["the pilots"],
    ["Robin Sands"],
    "Skyreach changed the rota in May.",
    'Robin Sands spoke to pilots at the base. "We will not fly the new rota," they said.',
)
built.page_quote(
    PLAIN,
    "Every port stays open",
    ["Kestrel Holdings"],
    ["Dana Keel"],
    "Dana Keel sold her stake in the port operator in April.",
    'Kestrel Holdings, which owns six ports, was defiant. "Every port stays open," they said.',
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
