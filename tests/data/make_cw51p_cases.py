# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 51's holder-shape ties (``grounding_cw51p.jsonl``, tie writer
cw51p; :mod:`summarizer.verification.people.holder_shapes` and
:mod:`summarizer.verification.people.holder_clauses`), every case with the confirm-only mode on
for the affiliation (``"confirm": ["affiliation"]``): a value no reading ties is unconfirmed,
so a must-pass case asks that a reading CONFIRMS the person's body, and a must-fail case that
another body named in the same shape is not confirmed (or is refused). At the edges of

- ``before``: the body before the name over post words ("Republican Senator X", "Transneft
  chief X", "Labour's X", "the Kremlin's spokesman, X", "the president of the Louvre, X");
  against the body of another person of the run, a posting ("Trump's Ukraine envoy X"), a
  beat ("UN correspondent X"), a past ("former Transneft chief X"), a longer name ("Russian
  Railways chief X"), a place before the run ("In Moscow the US ambassador, X");
- ``apposed``: an apposition after the name or "of" right after it ("X, the Kentucky
  Republican", "X, a Republican from Idaho", "X, president of the pipeline company Y", "X, of
  the far-right Y", "X, speaking for Britain"); against a relation that is no membership ("a
  critic of", "the ambassador to", "an adviser to", "a lawyer representing"), a past ("a former
  Y executive"), a clause after the name ("According to X, China will"), a remit ("director
  for the UK at"), a body that is only a modifier ("the fog around US tariffs");
- ``listed``: a list with its holder at the end or the start ("A of Utah and B of Kentucky,
  both Republicans", "Two other Republicans, A and B", "Democrats: A (Illinois), B", "Osaka
  University (Sakaguchi)"); against the other list's body ("A, a Republican, and B, a
  Democrat"), a place's colon ("In the East Room: A, B"), a place in brackets;
- ``clause``: the body as the topic of the person's verb ("X, who leads Y", "X, who has run Y
  since 2019", "X led Iran's team", "Ukraine's team was led by X", "X and Y on the Russian
  side", "A for India and B for Pakistan", "X, whose Y represents"); against a past ("who ran
  Y until 2019"), a verb of another relation ("who met Y", "joined from Y", "spoke with Y"),
  the other side ("Ukraine's team met the delegation headed by X").

Run ``python tests/data/make_cw51p_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up people and bodies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cw51p.jsonl")

built = SupportCases(
    "cw51p",
    leads=[
        "By Lena Vogt | The Marsh Gazette",
        "CAPITOL HILL (Ridgeline Wire) -",
        "Politics | The Northern Ledger",
        "From our correspondent, The Delta Post.",
        "LIVE | The Valley Bulletin",
    ],
)
BEFORE, APPOSED, LISTED, CLAUSE = "before", "apposed", "listed", "clause"


aff = built.affiliation


# --- before: the body before the name, over post words --------------------------------------
aff(
    BEFORE,
    "Dale Horvath",
    ["Republican"],
    ["Democratic"],
    "Republican Senator Dale Horvath and Democratic Senator Iris Moreno wrote the bill together.",
    "It passed the committee 14-8.",
)
aff(
    BEFORE,
    "Pavel Gromov",
    ["Sibneft Pipelines"],
    ["Rostova Bank"],
    "Sibneft Pipelines chief Pavel Gromov met Rostova Bank's chairman on Monday to discuss the loan.",
    "Neither side gave details.",
)
aff(
    BEFORE,
    "Tom Ashcombe",
    ["Labour"],
    ["Conservatives"],
    "Labour's Tom Ashcombe told the Conservatives that the housing plan was unfunded.",
    "The debate ran late into the night.",
)
aff(
    BEFORE,
    "Arkady Belov",
    ["Russia"],
    ["Ukraine"],
    "The Kremlin's spokesman, Arkady Belov, said Ukraine had rejected the offer.",
    "Kyiv did not comment.",
)
aff(
    BEFORE,
    "Claire Dumont",
    ["Musee Lavande"],
    ["French Senate"],
    "The director of the Musee Lavande, Claire Dumont, told the French Senate that the alarms had failed.",
    "The hearing lasted two hours.",
)
aff(
    BEFORE,
    "Keith Marlow",
    [],
    ["Ukraine"],
    "President Carter Vance's Ukraine envoy Keith Marlow flew to Warsaw on Friday.",
    "He is expected back next week.",
)
aff(
    BEFORE,
    "Harriet Bellamy",
    [],
    ["United Nations"],
    "UN correspondent Harriet Bellamy reported that the vote had been delayed.",
    "The council meets again on Thursday.",
)
aff(
    BEFORE,
    "Oleg Varin",
    [],
    ["Sibneft Pipelines"],
    "Former Sibneft Pipelines chief Oleg Varin now advises the government on energy.",
    "He left the company in 2019.",
)
aff(
    BEFORE,
    "Igor Lebedkin",
    [],
    ["Russia"],
    "Russian Railways chief Igor Lebedkin said freight volumes had fallen by a fifth.",
    "The company blamed sanctions.",
)
aff(
    BEFORE,
    "Nora Whitcombe",
    [],
    ["Russia"],
    "In Moscow the American ambassador, Nora Whitcombe, protested against the arrest.",
    "The embassy called it a provocation.",
)
aff(
    BEFORE,
    "Helga Strand",
    ["Northwind Energy"],
    ["Baltic Grid"],
    "According to Northwind Energy economist Helga Strand, Baltic Grid prices will rise again in the spring.",
    "Other forecasters agree.",
)
aff(
    BEFORE,
    "Julian Okoro",
    ["Democrat"],
    ["Republican"],
    "Voters in the district chose Democrat Julian Okoro over the Republican incumbent.",
    "The count ended at midnight.",
)
aff(
    BEFORE,
    "Mei Tanabe",
    ["Japan"],
    ["China"],
    "Japan's Foreign Minister, Mei Tanabe, said China had agreed to resume talks.",
    "The talks will take place in Seoul.",
)
aff(
    BEFORE,
    "Ruth Calder",
    ["Ferrow Motors"],
    [],
    "Ferrow Motors strategist Ruth Calder expects sales to recover next year.",
    "The carmaker reports results in March.",
)

aff(
    BEFORE,
    "Martin Quell",
    ["Harbour News Channel"],
    ["Senate"],
    "Harbour News Channel host Martin Quell asked the Senate leader about the deadline.",
    "She did not answer.",
)
aff(
    BEFORE,
    "Ivo Brandt",
    ["NATO"],
    ["Russia"],
    "NATO's Secretary General, Ivo Brandt, said Russia was testing the alliance.",
    "Ministers meet next week.",
)

# --- apposed: an apposition after the name, or "of" right after it ---------------------------
aff(
    APPOSED,
    "Walter Pryce",
    ["Republican"],
    ["Democrat"],
    "The only senators to vote against it were Walter Pryce, the Montana Republican, and Anna Leclerc, the Oregon Democrat.",
    "Both said the cost was too high.",
)
aff(
    APPOSED,
    "Gene Tallis",
    ["Republican"],
    [],
    "The bill was written by Gene Tallis, a Republican from Wyoming, with help from committee staff.",
    "It now goes to the House.",
)
aff(
    APPOSED,
    "Viktor Sokol",
    ["Transvolga"],
    ["Gazkor"],
    "The list names Viktor Sokol, president of the pipeline company Transvolga; and Roman Dyatlov, chief executive of Gazkor.",
    "Both deny wrongdoing.",
)
aff(
    APPOSED,
    "Marine Duclos",
    ["National Front Alliance"],
    [],
    "Marine Duclos, of the far-right National Front Alliance, called for new elections.",
    "The government refused.",
)
aff(
    APPOSED,
    "Barbara Ellwood",
    ["Britain"],
    [],
    "Barbara Ellwood, speaking for Britain, told the council the procedure was complete.",
    "Russia objected.",
)
aff(
    APPOSED,
    "Anton Riebel",
    [],
    ["Kremlin"],
    "Anton Riebel, a critic of the Kremlin, was detained at the airport.",
    "His lawyers said the charges were invented.",
)
aff(
    APPOSED,
    "Linda Forsberg",
    [],
    ["Russia"],
    "Linda Forsberg, the Swedish ambassador to Russia, was summoned on Tuesday.",
    "The ministry gave no reason.",
)
aff(
    APPOSED,
    "Samuel Reyes",
    [],
    ["Ukrainian government"],
    "Samuel Reyes, an adviser to the Ukrainian government, said the grid would hold.",
    "He spoke from Lisbon.",
)
aff(
    APPOSED,
    "Daniel Ashby",
    [],
    ["Orion Air"],
    "Daniel Ashby, a lawyer representing Orion Air, asked for more time.",
    "The judge agreed.",
)
aff(
    APPOSED,
    "Teresa Milne",
    [],
    ["Holbrook Foods"],
    "Teresa Milne, a former Holbrook Foods executive, now runs a charity.",
    "She left the company in 2020.",
)
aff(
    APPOSED,
    "Harold Quince",
    [],
    ["China"],
    "According to Harold Quince, China will buy more soybeans next year.",
    "Farm groups welcomed the news.",
)
aff(
    APPOSED,
    "Stewart Langley",
    ["Vinci Harbours"],
    ["United Kingdom"],
    "Stewart Langley, managing director for the UK at Vinci Harbours, welcomed the ruling.",
    "The company owns three ports.",
)
aff(
    APPOSED,
    "Kenji Aoyama",
    [],
    ["United States"],
    "In the view of Governor Kenji Aoyama, the fog around US tariffs has thinned.",
    "Exporters remain cautious.",
)
aff(
    APPOSED,
    "Odile Brunet",
    ["Centre for Alpine Studies"],
    [],
    "The mood had changed, according to Odile Brunet, a senior researcher with CAS, the Centre for Alpine Studies.",
    "She has studied the region for 20 years.",
)
aff(
    APPOSED,
    "Priya Raman",
    ["Westbrook Capital"],
    [],
    "Priya Raman, research director at Westbrook Capital, expects two more rate cuts.",
    "Markets rose.",
)

aff(
    APPOSED,
    "Oleg Zarin",
    ["Russia"],
    ["United Nations"],
    "Oleg Zarin, Russia's ambassador to the United Nations, vetoed the draft.",
    "Twelve members voted for it.",
)
aff(
    APPOSED,
    "Ramon Salas",
    ["United Nations"],
    ["Sudan"],
    "Ramon Salas, the UN's special envoy for Sudan, is still meeting the parties.",
    "A ceasefire has not been agreed.",
)
aff(
    APPOSED,
    "Tess Moreau",
    ["Harwich Sailing Club"],
    [],
    "Tess Moreau, 52, of the Harwich Sailing Club, said the race would go ahead.",
    "Winds are forecast to drop.",
)

# --- listed: a list with its holder at the end or the start ---------------------------------
aff(
    LISTED,
    "Ray Sutter",
    ["Republican"],
    ["Democrat"],
    "Sen. Colin Hart of Utah and Sen. Ray Sutter of Idaho, both Republicans, voted no; every Democrat voted yes.",
    "The bill passed 78-2.",
)
aff(
    LISTED,
    "Colin Hart",
    ["Republican"],
    [],
    "Sen. Colin Hart of Utah and Sen. Ray Sutter of Idaho, both Republicans, voted no.",
    "The bill passed 78-2.",
)
aff(
    LISTED,
    "Dora Pike",
    ["Republican"],
    [],
    "Two other Republicans, Nevada's Dora Pike and Ohio's Frank Ledger, did not vote.",
    "Leaders said the result was not in doubt.",
)
aff(
    LISTED,
    "Molly Brandt",
    ["Democrats"],
    [],
    "Democrats: Oscar Lind (Illinois), Molly Brandt and Jo Kerr (Vermont), Ted Ames (Maine).",
    "Independents: none.",
)
aff(
    LISTED,
    "Hiro Sakamaki",
    ["Kansai University"],
    ["Coral Bio"],
    "Their employers: Coral Bio in San Diego (Lund) and Kansai University (Sakamaki).",
    "The prize is shared equally.",
)
aff(
    LISTED,
    "Ada Lund",
    [],
    ["San Diego"],
    "Their employers: Coral Bio in San Diego (Lund) and Kansai University (Sakamaki).",
    "The prize is shared equally.",
)
aff(
    LISTED,
    "Nils Berger",
    [],
    ["Democrat"],
    "Sen. Nils Berger, a Republican, and Sen. Tara Voss, a Democrat, wrote the amendment.",
    "It failed.",
)
aff(
    LISTED,
    "Tara Voss",
    [],
    ["Republican"],
    "Sen. Nils Berger, a Republican, and Sen. Tara Voss, a Democrat, wrote the amendment.",
    "It failed.",
)
aff(
    LISTED,
    "Karl Weber",
    [],
    ["East Room"],
    "The leaders gathered in the East Room: Austria's Karl Weber, Portugal's Rui Matos and Greece's Eleni Pappas.",
    "The meeting lasted an hour.",
)
aff(
    LISTED,
    "Rui Matos",
    ["Portugal"],
    ["Austria"],
    "The leaders gathered in the East Room: Austria's Karl Weber, Portugal's Rui Matos and Greece's Eleni Pappas.",
    "The meeting lasted an hour.",
)
aff(
    LISTED,
    "Jonah Pratt",
    ["Independent"],
    [],
    "Independent: Jonah Pratt (Maine), who sits with the majority.",
    "The count is final.",
)
aff(
    LISTED,
    "Lila Moss",
    ["Aurora Space"],
    [],
    "Lila Moss and Ben Tate, the two Aurora Space astronauts, came home on Tuesday.",
    "They spent 200 days in orbit.",
)
aff(
    LISTED,
    "Ben Tate",
    ["Orbita"],
    ["Aurora Space"],
    "They flew back with Nick Hale of Aurora Space and Orbita cosmonaut Ben Tate.",
    "The capsule landed at sea.",
)

aff(
    LISTED,
    "Lena Park",
    ["Democrats"],
    ["Republicans"],
    "Every Republican voted yes; the two no votes came from Democrats Juan Ortiz and Lena Park.",
    "The bill now goes to the governor.",
)
aff(
    LISTED,
    "Dana Hurst",
    [],
    ["Republicans"],
    "Unlike Republicans, Senator Dana Hurst backed the plan.",
    "The vote is on Friday.",
)
aff(
    LISTED,
    "Luis Prado",
    ["Spain"],
    ["Italy"],
    "At the summit in Rome: Poland's Ewa Nowak, Spain's Luis Prado and Ireland's Cian Walsh.",
    "They issued a joint statement.",
)

# --- clause: the body as the topic of the person's verb -------------------------------------
aff(
    CLAUSE,
    "Ruth Adebayo",
    ["National Dock Union"],
    [],
    "Ruth Adebayo, who leads the National Dock Union, said members would strike on Friday.",
    "The port authority called it unlawful.",
)
aff(
    CLAUSE,
    "Martin Kell",
    ["Harbour Trust"],
    [],
    "Martin Kell, who has run the Harbour Trust since 2019, will step down in May.",
    "A successor has not been named.",
)
aff(
    CLAUSE,
    "Omar Ziad",
    ["Iran"],
    ["United States"],
    "Foreign Minister Omar Ziad led Iran's team; the US side was headed by Paul Dern.",
    "The talks lasted three hours.",
)
aff(
    CLAUSE,
    "Paul Dern",
    ["United States"],
    ["Iran"],
    "Foreign Minister Omar Ziad led Iran's team; the US side was headed by Paul Dern.",
    "The talks lasted three hours.",
)
aff(
    CLAUSE,
    "Roman Vasko",
    ["Ukraine"],
    [],
    "Ukraine's team was led by Defence Minister Roman Vasko.",
    "The talks ended without a deal.",
)
aff(
    CLAUSE,
    "Yuri Osin",
    ["Russia"],
    [],
    "Defence Minister Gleb Arin and Foreign Minister Yuri Osin sat on the Russian side.",
    "The meeting lasted two hours.",
)
aff(
    CLAUSE,
    "Arjun Mehta",
    ["India"],
    ["Pakistan"],
    "On the line were Lieutenant General Arjun Mehta for India and Major General Tariq Aslam for Pakistan.",
    "They agreed to stop firing.",
)
aff(
    CLAUSE,
    "Jeffrey Stoll",
    ["Liberty Rights Center"],
    [],
    "Jeffrey Stoll, whose Liberty Rights Center represents the importers, called the tariffs unlawful.",
    "The court will rule next month.",
)
aff(
    CLAUSE,
    "Colm Farrell",
    [],
    ["Harbour Trust"],
    "Colm Farrell, who ran the Harbour Trust until 2019, now teaches at a university.",
    "He declined to comment.",
)
aff(
    CLAUSE,
    "Yann Dufour",
    [],
    ["Brentwick United"],
    "Yann Dufour joined from Brentwick United for a club-record fee.",
    "He signed a five-year contract.",
)
aff(
    CLAUSE,
    "Greta Lindahl",
    [],
    ["Israel"],
    "Greta Lindahl spoke directly with Israeli Prime Minister Avi Dror on Tuesday.",
    "The call lasted an hour.",
)
aff(
    CLAUSE,
    "Vadim Sorin",
    ["Russia"],
    ["Ukraine"],
    "Ukraine's team met the Russian delegation headed by Vadim Sorin.",
    "No agreement was reached.",
)
aff(
    CLAUSE,
    "Elena Marsh",
    [],
    ["Afghanistan"],
    "For Elena Marsh, who directs the group's Afghanistan programme, the shortage is severe.",
    "The group works in 12 provinces.",
)
aff(
    CLAUSE,
    "Dina Rowe",
    ["Feeding Futures"],
    ["Minnesota"],
    "Dina Rowe, who founded the Minnesota nonprofit Feeding Futures, must repay $5 million.",
    "She plans to appeal.",
)
aff(
    CLAUSE,
    "Neil Carver",
    ["Department of Transport"],
    [],
    "The Department of Transport, led by Secretary Neil Carver, told the city to switch off the cameras.",
    "The city refused.",
)
aff(
    CLAUSE,
    "Jane Ferris",
    ["Bluegate Rockets"],
    [],
    "Bluegate Rockets, the space company founded by Jane Ferris, flew its heavy rocket again.",
    "The booster landed on a barge.",
)

aff(
    CLAUSE,
    "Hal Brennan",
    [],
    ["Harbour Trust"],
    "Hal Brennan, who once led the Harbour Trust, now sells boats.",
    "He is 71.",
)
aff(
    CLAUSE,
    "Sofia Reyes",
    [],
    ["Harbour Trust"],
    "Sofia Reyes, who criticised the Harbour Trust last year, will speak at the hearing.",
    "The trust declined to comment.",
)


for case in built.cases:  # the confirm-only mode on for the affiliation, in every case
    case["confirm"] = ["affiliation"]


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
