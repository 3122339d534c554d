# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 49's act classes (``grounding_rv49a.jsonl``, review rv49a of
cl49a; :mod:`summarizer.verification.acts.act_classes` and :mod:`~.acts.undergoers`), cases written
by the reviewer in new words at the edges of the converse, class and clause readings: the right
party told from the receiving, selling, winning or being-hired side, or doing the other side's
act on another occasion in the same sentence; the other party in shapes the readings miss.

Run ``python tests/data/make_rv49a_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv49a.jsonl")

built = SupportCases(
    "rv49a",
    leads=[
        "AUCKLAND (Tasman Press) -",
        "By Conor Healy | The Shannon Business Post",
        "MARKETS LIVE | The Prairie Courier",
        "From our Lagos bureau, The Atlantic Gazette.",
        "Football | The Mersey Chronicle",
    ],
)
CONVERSE, CLASS, CLAUSE = "converse", "class", "clause"


def pair(
    category: str, sentence: str, good: str, bad: str, description: str, kind: str = "other",
    before: str = "",
) -> None:  # fmt: skip
    """The event's doer passes as the actor; the other party of the same act is refused."""
    built.actor_pair(category, sentence, good, bad, description, kind, before)


def passes(category: str, sentence: str, who: str, description: str, why: str, before: str = "") -> None:  # fmt: skip
    built.actor(category, True, sentence, who, description, why, before=before)


def fails(category: str, sentence: str, who: str, description: str, why: str, before: str = "") -> None:  # fmt: skip
    built.actor(category, False, sentence, who, description, why, before=before)


# --- converse: the right party told from the other side, or doing the other act elsewhere ---
passes(CONVERSE, "Blackstone bought the Harbourview hotel chain in 2018 for $2.1 billion and has now agreed to sell it to Meridian Lodging for $3.4 billion.", "Blackstone", "Blackstone's sale of the Harbourview hotel chain", "the seller, who bought it years before: the earlier purchase is another occasion")  # fmt: skip
passes(CONVERSE, "Apollo sold its stake in Tidewater Logistics in 2019 and on Thursday bought it back for NZ$640 million.", "Apollo", "Apollo's purchase of a stake in Tidewater Logistics", "the buyer, who sold the stake years before")  # fmt: skip
passes(CONVERSE, "Under the terms, Corvel Pharma would pay Ardent Bio a $300 million break-up fee if shareholders reject the deal, in which Ardent Bio is buying Corvel for $6 billion.", "Ardent Bio", "Ardent Bio's acquisition of Corvel Pharma", "the buyer is paid a break fee: it still buys")  # fmt: skip
passes(CONVERSE, "Rangeland Energy agreed to buy Sabine Midstream's Texas pipeline business for $1.9 billion, the companies said.", "Sabine Midstream", "Sabine Midstream's sale of its Texas pipeline business", "the seller owns the business bought")  # fmt: skip
passes(CONVERSE, "Harrow Capital will acquire Lindqvist AB's Nordic payments unit, Lindqvist said in a statement on Monday.", "Lindqvist AB", "Lindqvist AB's sale of its payments unit to Harrow Capital", "the seller owns the unit acquired")  # fmt: skip
passes(CONVERSE, "The Hughes Foundation gave $50 million to Seattle Children's, the largest gift in the hospital's history.", "Seattle Children's", "Seattle Children's receives $50 million gift", "the receiver of a receiving, after giving's 'to'")  # fmt: skip
passes(CONVERSE, "The University of Otago has been awarded NZ$12 million by the Marsden Fund for its ocean research.", "University of Otago", "University of Otago wins NZ$12 million Marsden grant", "the winner of a winning, awarded the grant")  # fmt: skip
passes(CONVERSE, "Nnamdi Azikiwe University received a N2 billion grant from the Tertiary Education Trust Fund last week.", "Nnamdi Azikiwe University", "Nnamdi Azikiwe University receives N2 billion grant", "the receiver of a receiving")  # fmt: skip
passes(CONVERSE, "Kilbride Rovers sold the striker Aaron Daly to Westmoor City for £22 million, having signed him from Ballycastle for £1 million in 2021.", "Kilbride Rovers", "Kilbride Rovers' sale of Aaron Daly to Westmoor City", "the selling club, which signed him earlier")  # fmt: skip
passes(CONVERSE, "Ortiz received a $5 million settlement from Lakeshore Transit, her lawyers said.", "Ortiz", "Ortiz receives $5 million settlement from Lakeshore Transit", "the receiver of a settlement")  # fmt: skip
passes(CONVERSE, "Lakeshore Transit agreed to pay $5 million to Ortiz, her lawyers said on Tuesday.", "Lakeshore Transit", "Lakeshore Transit's $5 million payment to Ortiz", "the payer, subject of 'pay'")  # fmt: skip
passes(CONVERSE, "Greystone Partners, which sold its Irish care homes to Elm Health last year, is buying the Dublin operator Fairhaven for €480 million.", "Greystone Partners", "Greystone Partners' acquisition of Fairhaven", "the buyer, whose sale is a relative aside")  # fmt: skip
passes(CONVERSE, "Kestrel Minerals' sale of its Pilbara assets funded its purchase of the Tanami gold project from Oro Resources.", "Kestrel Minerals", "Kestrel Minerals' purchase of the Tanami gold project", "the buyer, owner of an earlier sale")  # fmt: skip
passes(CONVERSE, "Ferncliff Holdings is buying Waratah Foods, a year after it sold Waratah's drinks arm to Coastline Brewing.", "Ferncliff Holdings", "Ferncliff Holdings' takeover of Waratah Foods", "the buyer as subject of 'is buying'")  # fmt: skip
fails(CONVERSE, "Beta Systems' owners agreed to sell it to Acorn Data for $900 million.", "Beta Systems", "Acorn Data's purchase of Beta Systems", "Beta Systems is what is sold")  # fmt: skip
fails(CONVERSE, "Harbour Hospice, which received £2 million from the Ashdown Trust, will open a new wing.", "Harbour Hospice", "Ashdown Trust's £2 million donation to Harbour Hospice", "the hospice received the gift: it gave nothing")  # fmt: skip
fails(CONVERSE, "Sabine Midstream is selling its Texas pipeline business to Rangeland Energy for $1.9 billion.", "Sabine Midstream", "Rangeland Energy's purchase of Sabine Midstream's pipeline business", "the seller, not the buyer")  # fmt: skip
fails(CONVERSE, "Coastline Brewing sold its cider arm to Orchard Drinks in a £140 million deal.", "Coastline Brewing", "Orchard Drinks' acquisition of Coastline's cider arm", "the seller, not the buyer")  # fmt: skip
fails(CONVERSE, "Seattle Children's received $50 million from the Hughes Foundation on Monday.", "Seattle Children's", "Hughes Foundation's $50 million gift", "the recipient, not the giver")  # fmt: skip
fails(CONVERSE, "The Marsden Fund awarded NZ$12 million to the University of Otago for ocean research.", "Marsden Fund", "University of Otago wins NZ$12 million grant", "the awarding body did not win")  # fmt: skip
fails(CONVERSE, "Westmoor City paid Kilbride Rovers £22 million for Aaron Daly.", "Kilbride Rovers", "Westmoor City's signing of Aaron Daly", "the club paid, the seller, did not sign him")  # fmt: skip
fails(CONVERSE, "Lakeshore Transit will pay Ortiz $5 million, her lawyers said.", "Ortiz", "Lakeshore Transit's $5 million payment to Ortiz", "Ortiz is paid, not the payer")  # fmt: skip
fails(CONVERSE, "Orchard Drinks' purchase of the cider arm from Coastline Brewing closed on Friday.", "Orchard Drinks", "Coastline Brewing's sale of its cider arm", "the buyer is not the seller")  # fmt: skip
fails(CONVERSE, "Meridian Lodging has bought the Harbourview hotel chain from Blackstone for $3.4 billion.", "Meridian Lodging", "Blackstone's sale of the Harbourview hotel chain", "the buyer is not the seller")  # fmt: skip
fails(CONVERSE, "Acorn Data, buying Beta Systems for $900 million, said the deal would close in June.", "Beta Systems", "Acorn Data's purchase of Beta Systems", "what is bought, named after the participle")  # fmt: skip
fails(CONVERSE, "Nnamdi Azikiwe University got a N2 billion grant from the Tertiary Education Trust Fund.", "Nnamdi Azikiwe University", "Tertiary Education Trust Fund's N2 billion grant", "the recipient, not the giver")  # fmt: skip

# --- class: the act's word of its class, and the class's common words in other senses -------
passes(CLASS, "Acme Robotics, named after its founder's first company, hired Dana Whitlock as chief financial officer on Monday.", "Acme Robotics", "Acme Robotics hires Dana Whitlock as CFO", "'named after' is no hiring of Acme")  # fmt: skip
passes(CLASS, "The board replaced chief executive Tom Barnes with Priya Shah, the former finance chief.", "Priya Shah", "Priya Shah replaces Tom Barnes as chief executive", "the one brought in replaces")  # fmt: skip
passes(CLASS, "Tesla, which runs thousands of charging stations in Europe, sued Voltra GmbH in a Munich court.", "Tesla", "Tesla's lawsuit against Voltra", "'charging stations' is no charging")  # fmt: skip
passes(CLASS, "Hargreaves Bank, hit by a £3 million fine last year, sued its former auditor Pell & Co on Tuesday.", "Hargreaves Bank", "Hargreaves Bank sues its former auditor", "the suer, hit by an earlier fine")  # fmt: skip
passes(CLASS, "The Competition Commission fined Tuckshop Foods R40 million after Tuckshop was named in a price-fixing probe.", "Competition Commission", "Competition Commission fines Tuckshop Foods", "the regulator, subject of 'fined'")  # fmt: skip
passes(CLASS, "Manchester United appointed Ruben Amorim, who was named coach of the year in Portugal, as head coach.", "Manchester United", "Manchester United appoints Ruben Amorim", "the club appoints")  # fmt: skip
passes(CLASS, "Ukrainian drones struck the Novoshakhtinsk refinery overnight, the region's governor said, after Russian missiles hit Kharkiv.", "Ukraine", "Ukrainian drone strike on the Novoshakhtinsk refinery", "Ukraine struck, Russia hit another place")  # fmt: skip
passes(CLASS, "Judge Amara Obi ruled that Delta Freight must pay the drivers' back wages.", "Amara Obi", "Judge Amara Obi's ruling against Delta Freight", "the judge ruled")  # fmt: skip
passes(CLASS, "Delta Freight was sued by the Teamsters in March and on Friday a judge ordered it to pay back wages.", "Teamsters", "Teamsters' lawsuit against Delta Freight", "the agent of 'sued'")  # fmt: skip
passes(CLASS, "Riverside Council has been charged £2 million by Ofwat, so it sued the water company, Thames Vale Water, in June.", "Riverside Council", "Riverside Council sues Thames Vale Water", "the council sued, though charged a sum")  # fmt: skip
passes(CLASS, "The FCA fined Northgate Bank £12 million, the regulator said, naming it as the worst offender.", "FCA", "FCA's fine on Northgate Bank", "the regulator fined")  # fmt: skip
passes(CLASS, "Apex Motors, penalised by the ACCC in 2022, bought the Brisbane dealer Koala Cars for A$90 million.", "Apex Motors", "Apex Motors' purchase of Koala Cars", "the buyer, penalised on another occasion")  # fmt: skip
passes(CLASS, "Chelsea sacked Graham Potter on Sunday, and Potter was replaced by Frank Lampard as caretaker.", "Frank Lampard", "Frank Lampard replaces Graham Potter", "the agent of 'replaced'")  # fmt: skip
fails(CLASS, "Acme Robotics hired Dana Whitlock, the former Zeta Corp finance chief, as CFO.", "Dana Whitlock", "Acme Robotics hires Dana Whitlock", "the hire did not hire")  # fmt: skip
fails(CLASS, "Thames Vale Water was taken to court by Riverside Council in June.", "Thames Vale Water", "Riverside Council's lawsuit against Thames Vale Water", "the one taken to court")  # fmt: skip
fails(CLASS, "Israeli jets bombed a school in Khan Younis, the Gaza civil defence agency said.", "Gaza civil defence agency", "Israeli airstrike on Khan Younis", "the source, not the attacker")  # fmt: skip
fails(CLASS, "Northgate Bank was hit with a £12 million penalty by the FCA.", "Northgate Bank", "FCA's fine on Northgate Bank", "the bank is fined")  # fmt: skip
fails(CLASS, "Voltra GmbH was sued by Tesla in a Munich court on Monday.", "Voltra GmbH", "Tesla's lawsuit against Voltra", "the one sued")  # fmt: skip
fails(CLASS, "Manchester United appointed Ruben Amorim as head coach on Friday.", "Ruben Amorim", "Manchester United appoints a head coach", "the appointed did not appoint")  # fmt: skip
fails(CLASS, "A judge ruled against Delta Freight in the wage case.", "Delta Freight", "Judge's ruling against Delta Freight", "the one ruled against")  # fmt: skip
fails(CLASS, "Prosecutors in Milan indicted Banca Lario's former chairman on fraud charges.", "Banca Lario", "Milan prosecutors' indictment of Banca Lario's chairman", "the bank did not indict")  # fmt: skip
fails(CLASS, "Priya Shah replaced Tom Barnes as chief executive in January.", "Tom Barnes", "Priya Shah replaces Tom Barnes", "the one replaced")  # fmt: skip
fails(CLASS, "The ACCC penalised Apex Motors A$4 million for misleading ads.", "Apex Motors", "ACCC penalty on Apex Motors", "the one penalised")  # fmt: skip
fails(CLASS, "Russian missiles struck Kharkiv overnight, Ukrainian officials said.", "Kharkiv", "Russian missile strike on Kharkiv", "the place struck")  # fmt: skip

# --- clause: clause forms, appositions, headlines and live lines ---------------------------
passes(CLAUSE, "Westmoor City, who paid £22 million for Aaron Daly, have signed the goalkeeper Sean Kerr from Ballycastle.", "Westmoor City", "Westmoor City's signing of Sean Kerr", "the signing club, subject after its relative")  # fmt: skip
passes(CLAUSE, "LIVE 14:02 - Rangeland Energy confirms it will buy Sabine's Texas pipelines for $1.9bn", "Rangeland Energy", "Rangeland Energy's purchase of Sabine's pipelines", "a live line, the buyer as subject")  # fmt: skip
passes(CLAUSE, "Orchard Drinks snaps up Coastline cider arm in £140m deal", "Orchard Drinks", "Orchard Drinks' acquisition of Coastline's cider arm", "a headline, the buyer first")  # fmt: skip
passes(CLAUSE, "The Dublin operator Fairhaven, bought by Greystone Partners for €480 million, will keep its name.", "Greystone Partners", "Greystone Partners' acquisition of Fairhaven", "the agent of the participle")  # fmt: skip
passes(CLAUSE, "It is Greystone's second deal this year: the fund also bought Elm Health in March.", "Greystone Partners", "Greystone Partners' acquisition of Elm Health", "a stand-in for the buyer", before="Greystone Partners has raised a new €2 billion fund.")  # fmt: skip
passes(CLAUSE, "Fairhaven, the care home group that Greystone Partners agreed to buy, posted a loss.", "Greystone Partners", "Greystone Partners' acquisition of Fairhaven", "the subject of the relative")  # fmt: skip
passes(CLAUSE, "Kestrel Minerals, the Perth miner, will be paid A$120 million by Oro Resources for the Tanami project.", "Oro Resources", "Oro Resources' purchase of the Tanami project", "the payer by 'by'")  # fmt: skip
passes(CLAUSE, "The Tertiary Education Trust Fund, which gave N2 billion to Nnamdi Azikiwe University, said more grants would follow.", "Tertiary Education Trust Fund", "Tertiary Education Trust Fund's N2 billion grant", "the giver before its relative")  # fmt: skip
passes(CLAUSE, "Sabine Midstream, the Houston pipeline operator, sold the assets to Rangeland Energy.", "Sabine Midstream", "Sabine Midstream's sale of its Texas assets", "the seller, apposition then 'sold'")  # fmt: skip
passes(CLAUSE, "The Garda Síochána, whom the Ombudsman criticised last year, arrested two men in Limerick on Saturday.", "Garda Síochána", "Gardaí arrest two men in Limerick", "the arresting force, criticised elsewhere")  # fmt: skip
passes(CLAUSE, "Ofgem fined Bright Power £9 million on Thursday and Bright Power, fined twice before, said it would appeal.", "Ofgem", "Ofgem's fine on Bright Power", "the regulator, subject of 'fined'")  # fmt: skip
passes(CLAUSE, "The EU's competition chief, Teresa Ribera, fined Meta €798 million for tying Marketplace to Facebook.", "European Commission", "European Commission fines Meta", "the Commission's chief as a stand-in", before="The European Commission announced the decision in Brussels.")  # fmt: skip
passes(CLAUSE, "Brenner Metals is to buy the Kladno mill from Ostrava Steel, which will receive 2.4 billion koruna.", "Brenner Metals", "Brenner Metals' acquisition of the Kladno mill", "the buyer, subject of 'is to buy'")  # fmt: skip
fails(CLAUSE, "Fairhaven, which Greystone Partners agreed to buy for €480 million, posted a loss.", "Fairhaven", "Greystone Partners' acquisition of Fairhaven", "Fairhaven is the one bought")  # fmt: skip
fails(CLAUSE, "Bright Power, the supplier Ofgem fined £9 million, said it would appeal.", "Bright Power", "Ofgem's fine on Bright Power", "the one fined")  # fmt: skip
fails(CLAUSE, "Aaron Daly, signed by Westmoor City for £22 million, scored twice.", "Aaron Daly", "Westmoor City's signing of Aaron Daly", "the one signed")  # fmt: skip
fails(CLAUSE, "The Kladno mill is set to be acquired by Brenner Metals.", "Kladno mill", "Brenner Metals' acquisition of the Kladno mill", "the one acquired")  # fmt: skip
fails(CLAUSE, "Ofgem confirms £9m fine for Bright Power", "Bright Power", "Ofgem's fine on Bright Power", "a headline, the one fined after 'for'")  # fmt: skip
fails(CLAUSE, "LIVE 09:15 - Meta hit with €798m EU fine over Marketplace", "Meta", "European Commission fines Meta", "a live line, the one fined")  # fmt: skip
fails(CLAUSE, "Koala Cars, the Brisbane dealer that Apex Motors bought for A$90 million, reported record sales.", "Koala Cars", "Apex Motors' purchase of Koala Cars", "the one bought, antecedent of 'that'")  # fmt: skip
fails(CLAUSE, "Waratah Foods is being taken over by Ferncliff Holdings in a A$700 million deal.", "Waratah Foods", "Ferncliff Holdings' takeover of Waratah Foods", "the one taken over")  # fmt: skip
fails(CLAUSE, "Ofgem said Bright Power, whom it fined £9 million on Thursday, had overcharged 40,000 customers.", "Bright Power", "Ofgem's fine on Bright Power", "the one fined, antecedent of 'whom it'")  # fmt: skip
fails(CLAUSE, "Dana Whitlock, hired by Acme Robotics on Monday, starts in May.", "Dana Whitlock", "Acme Robotics hires Dana Whitlock", "the one hired")  # fmt: skip
fails(CLAUSE, "The Tanami gold project, sold by Oro Resources to Kestrel Minerals, will restart in 2027.", "Oro Resources", "Kestrel Minerals' purchase of the Tanami gold project", "the seller by 'sold by'")  # fmt: skip
fails(CLAUSE, "Shares in Harbourview jumped after it got bought by Meridian Lodging.", "Harbourview", "Meridian Lodging's purchase of Harbourview", "the one bought after 'got'")  # fmt: skip

# --- mends (rv49a): a converse passive, the owner of the thing traded, a price, a shared subject
fails(CONVERSE, "The Marsden Fund has awarded NZ$12 million to the University of Otago for ocean research.", "Marsden Fund", "University of Otago wins NZ$12 million grant", "the active awarder, not the winner")  # fmt: skip
fails(CONVERSE, "Seattle Children's has been given $50 million by the Hughes Foundation.", "Seattle Children's", "Hughes Foundation's $50 million gift to Seattle Children's", "the recipient, passive subject of 'given'")  # fmt: skip
fails(CONVERSE, "Lindqvist AB agreed to sell its Nordic payments unit to Harrow Capital.", "Lindqvist AB", "Harrow Capital's purchase of Lindqvist AB's payments unit", "the seller, not the buyer")  # fmt: skip
passes(CONVERSE, "Rangeland Energy's purchase of Sabine Midstream's pipelines closed on Friday.", "Sabine Midstream", "Sabine Midstream's sale of its pipelines to Rangeland", "the seller owns what was bought")  # fmt: skip
fails(CONVERSE, "Meridian Lodging bought the Harbourview chain from Blackstone and plans to sell two hotels in Ohio.", "Meridian Lodging", "Blackstone's sale of the Harbourview chain", "the buyer, selling other hotels later")  # fmt: skip
fails(CLASS, "Riverside Council's former leader was charged with fraud by Thames Valley Police.", "Riverside Council", "Thames Valley Police charge the council's former leader", "the council is no charger")  # fmt: skip
passes(CLASS, "Ofwat charged Riverside Council £2 million for late reports, and the council sued Ofwat in June.", "Riverside Council", "Riverside Council sues Ofwat", "a price charged, then the council's lawsuit")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
