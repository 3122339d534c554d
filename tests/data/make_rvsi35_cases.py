# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 35's stand-ins (``grounding_rvsi35.jsonl``): value-support
cases for an event's actor its evidence gives only by a pronoun or a definite description
(:mod:`summarizer.verification.sides.standins`), written to break the reading, by category,
each with what must pass and what must fail:

- ``pronoun-rivals``: "he", "she", "it" read back past rivals. Passes: the last fitting name
  with only misfits between (a woman for "he", a place, a person for "it"), fronted phrases
  and dashes. Refused: the object of the sentence before when its subject also fits ("Acme
  sued Borealis. It said"), a second man named in the same sentence, a man for "she", a name
  never written before;
- ``description-rivals``: "the company", "the airline", "the minister" past rivals. Passes:
  the one fitting name. Refused: the second of two companies named in one sentence, a
  description of a person for a body ("the minister" for a ministry) and the reverse, a name
  past the description's reach;
- ``not-standins``: words that look like a stand-in and are none. Refused: a dummy "it" ("It
  is expected that", "It was raining"), a pronoun inside a quote for the quote's own speaker
  (a speaker says "I"), a pronoun past its reach. Passes: a real "it" or "he" in the same
  surroundings;
- ``new-heads``: descriptions in shapes the writer did not try: "the group", "the firm", "the
  watchdog", "the regulator", "the former minister", "the striker", a description after a
  colon or a dash. Refused: a nearer name that fits, a body for a person's description.

Run ``python tests/data/make_rvsi35_cases.py`` to rebuild it. The texts are written for this
set about invented companies, regulators, clubs and people, in British and American styles;
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvsi35.jsonl")

built = SupportCases(
    "rv35",
    leads=[
        "NEWCASTLE (Tyneside Wire) -",
        "By Petra Lindqvist | The Estuary Post",
        "MARKETS DESK | The Copperfield Journal",
        "From our Dublin bureau, The Liffey Review.",
        "DENVER, Front Range Ledger -",
        "Sports desk, The Wharfside Echo.",
    ],
)
PRON, DESC, NOT, NEW = "pronoun-rivals", "description-rivals", "not-standins", "new-heads"


def both(
    category: str, before: str, sentence: str, passes: list[str], fails: list[str], what: str
) -> None:
    """Cases over one page (``before``, then the evidence ``sentence``): each actor in
    ``passes`` is supported, each in ``fails`` is not."""
    for who in passes:
        built.actor(category, True, sentence, who, what, f"actor {who}", before=before)
    for who in fails:
        built.actor(category, False, sentence, who, what, f"not actor {who}", before=before)


# fmt: off
# --- pronoun-rivals ------------------------------------------------------------------------
both(PRON, "Halvard Shipping posted a pre-tax loss of 40 million pounds on Tuesday.",
     "It blamed a slump in container rates.", ["Halvard Shipping"], ["Dunmore Ports"], "blamed a slump in container rates")
both(PRON, "Corvane Labs sued Teskel Biotech in Delaware last spring over a cancer drug patent.",
     "It said the design of the trial had been copied.", [], ["Teskel Biotech"], "said the design had been copied")
both(PRON, "Marek Voss met his rival Julian Treadwell in Leeds on Monday.",
     "He said afterwards that no deal had been struck.", [], ["Julian Treadwell"], "said no deal had been struck")
both(PRON, "Defence lawyers for Owen Pryce cross-examined Daniel Kerrigan for most of Thursday.",
     "He denied ever having seen the ledger.", [], ["Daniel Kerrigan", "Owen Pryce"], "denied seeing the ledger")
both(PRON, "Senator Linda Achebe questioned the Treasury nominee, Mr. Paul Hensley, for three hours.",
     "She accused the nominee of hiding his bank records.", ["Linda Achebe"], ["Paul Hensley"], "accused the nominee of hiding records")
both(PRON, "Mr. Gareth Lyle, the council leader, spoke to Mrs. Fiona Dace before the vote.",
     "She later voted against the budget.", ["Fiona Dace"], ["Gareth Lyle"], "voted against the budget")
both(PRON, "Ines Marchetti resigned as chief executive of Polder Energy in March. Since then the board has met twice without her.",
     "She has joined the rival supplier Wendel Power as an adviser.", ["Ines Marchetti"], ["Polder Energy"], "joined Wendel Power as an adviser")
both(PRON, "Kestrel Rail warned of timetable cuts in Sheffield and Doncaster.",
     "On Friday it withdrew 40 services.", ["Kestrel Rail"], ["Sheffield"], "withdrew 40 services")
both(PRON, "Arlo Quint, 58, was arrested in Bristol on Sunday.",
     "He has been charged with two counts of fraud.", ["Arlo Quint"], ["Nadia Quint"], "charged with fraud")
both(PRON, "Fenwick Media's chief executive, Tessa Morrow, told staff of the plan on Wednesday.",
     "It will cut 120 newsroom jobs by the summer.", [], ["Tessa Morrow"], "will cut 120 jobs")
both(PRON, "Dr. Ruth Abara, who led the trial at Castlegate Hospital, presented the results in Vienna.",
     "She said the drug halved the relapse rate.", ["Ruth Abara"], ["Castlegate Hospital"], "said the drug halved the relapse rate")

both(PRON, "Wexley Pharma reported a 9 per cent rise in sales of its asthma inhaler.",
     "Later, it raised its dividend for the year.", ["Wexley Pharma"], ["Asthma UK"], "raised its dividend")
both(PRON, "Councillor Nora Blaine chaired the planning meeting in Hexham on Tuesday night.",
     "When the vote was called, she abstained.", ["Nora Blaine"], ["Hexham"], "abstained")
both(PRON, "Ivo Stanek, the mayor of Brno, met Mrs. Alena Kubat at the town hall.",
     "Afterwards he told reporters the bridge would be rebuilt.", ["Ivo Stanek"], ["Alena Kubat"], "told reporters the bridge would be rebuilt")
both(PRON, "Tremont Steel cut output at its Ohio mill again in August.",
     "It has now idled three of its four furnaces.", ["Tremont Steel"], ["Ohio"], "idled three furnaces")

# --- description-rivals --------------------------------------------------------------------
both(DESC, "Harrowgate Logistics agreed on Monday to buy its smaller rival Penwick Haulage.",
     "The company said the deal would create 300 jobs.", [], ["Penwick Haulage"], "said the deal would create jobs")
both(DESC, "Quillon Air and the budget carrier Skyvane announced a code-share deal on Thursday.",
     "The airline said fares would not rise.", [], ["Quillon Air"], "said fares would not rise")
both(DESC, "The Ministry of Transport published the rail review on Tuesday.",
     "The minister said the review was overdue.", [], ["Ministry of Transport"], "said the review was overdue")
both(DESC, "Transport Minister Aled Rhys published the rail review on Tuesday.",
     "The ministry said the review would be debated in June.", [], ["Aled Rhys"], "said the review would be debated")
both(DESC, "Vantor, the Dutch chip designer, reported record orders.",
     "The company raised its forecast for the year.", ["Vantor"], ["Dutch"], "raised its forecast")
both(DESC, "Orsk Motors recalled 40,000 vehicles in Canada last week.",
     "The carmaker blamed a faulty brake sensor.", ["Orsk Motors"], ["Canada"], "blamed a faulty brake sensor")
both(DESC, "Glenmore Bank was fined by the Prudential Regulation Authority on Monday.",
     "The bank said it would not appeal.", ["Glenmore Bank"], ["Prudential Regulation Authority"], "said it would not appeal")
both(DESC, "Talbridge Insurance sold its motor book to Aldus Assurance in a 90 million pound deal.",
     "The insurer said it would focus on home cover.", [], ["Aldus Assurance"], "said it would focus on home cover")
both(DESC, "Corinne Achterberg, 47, was elected leader of the Green Alliance on Saturday. Her rival Tomas Veld, 61, conceded within the hour.",
     "The 47-year-old promised a new climate bill.", ["Corinne Achterberg"], ["Tomas Veld"], "promised a climate bill")
both(DESC, "Lisbeth Moran, the defendant, sat beside her lawyer Hugh Tanner as the verdict was read.",
     "The defendant showed no emotion.", [], ["Hugh Tanner"], "showed no emotion")
both(DESC, "President Amara Okafor met Prime Minister Lars Brevik in Oslo on Tuesday.",
     "The president pledged 200 million dollars for the fund.", ["Amara Okafor"], ["Lars Brevik"], "pledged 200 million dollars")
both(DESC, "The National Grid Workers Union called the strike after talks with Sundale Power broke down.",
     "The union said the walkout would last a week.", ["National Grid Workers Union"], ["Sundale Power"], "said the walkout would last a week")

both(DESC, "Kilbride Water was fined after a sewage spill near Oban. Scottish ministers ordered a review.",
     "The company apologised to residents on Friday.", ["Kilbride Water"], ["Oban"], "apologised to residents")
both(DESC, "Justice Emeka Obi heard the case at the High Court in Abuja.",
     "The judge adjourned the hearing until March.", ["Emeka Obi"], ["Abuja"], "adjourned the hearing")
both(DESC, "Dunlin Airways cancelled 60 flights after a pilots' strike. Passengers in Aberdeen were stranded overnight.",
     "The carrier said all services would resume on Monday.", ["Dunlin Airways"], ["Aberdeen"], "said services would resume")
both(DESC, "Ministry of Health officials met hospital chiefs in Lagos on Monday.",
     "The ministry later announced a 5 per cent pay rise for nurses.", ["Ministry of Health"], ["Lagos"], "announced a pay rise")

# --- not-standins --------------------------------------------------------------------------
both(NOT, "Ravenscar Water missed its leakage target for the third year.",
     "It is understood that the regulator will open an inquiry.", [], ["Ravenscar Water"], "will open an inquiry")
both(NOT, "Crane Fisheries laid up its trawlers for the weekend.",
     "It was raining heavily when the boats returned to Peterhead.", [], ["Crane Fisheries"], "the boats returned to Peterhead")
both(NOT, "Hollin Energy shelved its wind farm at Brackley.",
     "It is expected that 80 jobs will be lost at the site.", [], ["Hollin Energy"], "80 jobs will be lost")
both(NOT, "Stanhope Mills closed its Oldham plant in 2019.",
     "It seems likely that the site will be sold for housing.", [], ["Stanhope Mills"], "site will be sold for housing")
both(NOT, "Teodor Brandt, the club's chairman, was furious with the goalkeeper after the defeat.",
     '"He let us all down tonight."', [], ["Teodor Brandt"], "let the club down")
both(NOT, "Marisa Kell, the party's treasurer, addressed the conference in Harrogate.",
     '"She has never once answered my letters."', [], ["Marisa Kell"], "never answered letters")
both(NOT, "Marisa Kell, the party's treasurer, addressed the conference in Harrogate.",
     "It was there that she announced her resignation.", ["Marisa Kell"], ["Harrogate"], "announced her resignation")
both(NOT, "Pellow Retail opened its first store in Glasgow in 2002. The chain grew quickly. Sales doubled by 2008. Then came the crash.",
     "It shut 40 shops in a single year.", [], ["Pellow Retail"], "shut 40 shops")
both(NOT, "Ambrose Kilner joined the board in 2011. The board met monthly. Profits rose. A new factory opened. Staff numbers doubled.",
     "He stepped down last week.", [], ["Ambrose Kilner"], "stepped down")
both(NOT, "Hollin Energy shelved its wind farm at Brackley.",
     "It said 80 jobs would be lost at the site.", ["Hollin Energy"], ["Brackley"], "said 80 jobs would be lost")
both(NOT, "Ravenscar Water missed its leakage target for the third year.",
     "It has been fined twice before.", ["Ravenscar Water"], ["Ofwat"], "fined twice before")
both(NOT, "Teodor Brandt, the club's chairman, spoke after the defeat.",
     "He said the manager retained his full support.", ["Teodor Brandt"], ["Brandt Holdings"], "said the manager retained his support")
both(NOT, "Morven Foods warned of price rises on Monday.",
     "It is raising the price of its malt by 8 per cent.", ["Morven Foods"], ["Islay"], "raising prices by 8 per cent")
both(NOT, "Hollin Energy shelved its wind farm at Brackley.",
     "It emerged that the council had refused permission.", [], ["Hollin Energy"], "refused permission")
both(NOT, "Ambrose Kilner joined the board in 2011.",
     '"I was proud to serve," he said as he stepped down last week.', ["Ambrose Kilner"], ["Kilner Trust"], "stepped down")
both(NOT, "Tessa Grove, the union's general secretary, spoke outside the depot.",
     "She said the strike would go ahead.", ["Tessa Grove"], ["Depot Workers Union"], "said the strike would go ahead")
both(NOT, "Pellow Retail opened its first store in Glasgow in 2002.",
     "It was the first chain to stay open on Sundays.", ["Pellow Retail"], ["Glasgow"], "first chain open on Sundays")
both(NOT, "Stanhope Mills closed its Oldham plant in 2019.",
     "It is selling the site to a housebuilder.", ["Stanhope Mills"], ["Oldham"], "selling the site")
both(NOT, "Crane Fisheries laid up its trawlers for the weekend.",
     "It said fuel costs had made the trips unprofitable.", ["Crane Fisheries"], ["Peterhead Harbour"], "said fuel costs made trips unprofitable")

# --- new-heads -----------------------------------------------------------------------------
both(NEW, "Drummond Leisure reported a fall in bookings at its holiday parks.",
     "The group said wet weather had kept families away.", ["Drummond Leisure"], ["Kestle Parks"], "said wet weather kept families away")
both(NEW, "Ashby Kerr, the accountancy partnership, was fined for audit failures at Lomond Textiles.",
     "The firm said it accepted the findings in full.", [], ["Lomond Textiles"], "accepted the findings")
both(NEW, "Ofwat fined Severn Vale Water 12 million pounds for sewage spills.",
     "The regulator said it would publish its findings in May.", ["Ofwat"], ["Severn Vale Water"], "said it would publish its findings")
both(NEW, "The Food Standards Authority ordered a recall of the cheese on Friday.",
     "The watchdog said two people had fallen ill.", ["Food Standards Authority"], ["Friday Dairies"], "said two people fell ill")
both(NEW, "Former Health Minister Gwen Askew gave evidence to the inquiry on Tuesday.",
     "The former minister said warnings had been ignored.", ["Gwen Askew"], ["Department of Health"], "said warnings were ignored")
both(NEW, "Striker Tobias Raine scored twice as Harbury Town beat Crossley Rovers.",
     "The striker has now scored 14 goals this season.", ["Tobias Raine"], ["Harbury Town"], "scored 14 goals this season")
both(NEW, "Velmont Telecom missed its broadband targets again this year.",
     "The company's chief executive said the network would be finished by 2027: the company, she added, had underestimated the work.", [], ["Osric Telecom"], "underestimated the work")
both(NEW, "Shareholders of Penrose Chemicals voted down the pay plan on Thursday.",
     "In a statement - the company's first since the vote - it said the board would listen.", ["Penrose Chemicals"], ["Thursday Group"], "said the board would listen")
both(NEW, "Kirkwall Airways cancelled 90 flights on Monday after a computer failure.",
     "The airline said passengers would be rebooked free of charge.", ["Kirkwall Airways"], ["Orkney Council"], "said passengers would be rebooked")
both(NEW, "Valdis Ozols, the Latvian foreign minister, met Helena Strand of Sweden in Riga.",
     "The minister said sanctions must stay in place.", [], ["Helena Strand"], "said sanctions must stay in place")
both(NEW, "Beaumont Capital bought a stake in Ferris Toys last year.",
     "The firm now owns 30 per cent of the toymaker.", [], ["Ferris Toys"], "owns 30 per cent of the toymaker")
both(NEW, "Loxley Bank lent 14 million dollars to small farms in 2024.",
     "The lender said defaults had stayed below 1 per cent.", ["Loxley Bank"], ["Iowa Farm Bureau"], "said defaults stayed low")
both(NEW, "Sofia Lindgren, 29, won the Amstel sprint on Sunday.",
     "The Swede has won four races this season.", [], ["Amstel"], "has won four races")
both(NEW, "Pascal Mireau, who was capped 60 times by France, retired on Friday.",
     "The Frenchman said injuries had worn him down.", ["Pascal Mireau"], ["Stade Lumiere"], "said injuries wore him down")
both(NEW, "Greta Wollen was named captain of Farrow Athletic on Monday.",
     "The captain said her first aim was promotion.", ["Greta Wollen"], ["Farrow Athletic"], "said her aim was promotion")
both(NEW, "Singer Jorge Alcott's latest album has topped the charts in eleven countries.",
     "Yesterday the singer cancelled the rest of his tour: he cited exhaustion.", ["Jorge Alcott"], ["Harbour Records"], "cancelled his tour")
both(NEW, "Teodor Brandt, the club's chairman, was furious after the defeat.",
     "He blamed the goalkeeper for all three goals.", ["Teodor Brandt"], ["Harbury Town"], "blamed the goalkeeper")
both(NEW, "Teodor Brandt, the club's chairman, was furious after the defeat.",
     "The goalkeeper had let in three goals in twenty minutes.", [], ["Teodor Brandt"], "let in three goals")

# fmt: on


def build_cases() -> list[dict[str, Any]]:
    """The set's cases, as written."""
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
