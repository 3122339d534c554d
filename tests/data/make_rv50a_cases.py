# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv50a's set of other acts (``grounding_rv50a.jsonl``, session 50, review of
cl50a's :mod:`summarizer.verification.acts.other_acts`): the true doer in the near variants
of each reading cl50a added, against the party of another act in new shapes.

- ``fronted``: the fronted clause's subject when the event IS the fronted act ("After Boeing
  agreed to buy Spirit, shares rose"), fronted clauses after datelines and colons, a pronoun
  or a description as the main subject; against a fronted party for the main clause's act;
- ``moves``: "took over from X" or "replaced X" where the event is X's handover, departure or
  retirement; against the far side of a move for the arrival or appointment;
- ``partner``: a two-sided act's second party ("signed an agreement with X", "merged with X",
  "settled with X"), a backer that is the event's actor ("funded by X" for X's funding,
  "approved by the regulator" for the approval), a title won "against" in the description, a
  breakdown naming each fined party; against an agreement partner, a backer or a beaten side.

Run ``python tests/data/make_rv50a_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv50a.jsonl")

built = SupportCases(
    "rv50a",
    leads=[
        "SEATTLE (Northwest Wire) -",
        "By Harriet Okonjo | The Tamar Gazette",
        "BUSINESS LIVE | The Clyde Post",
        "From our Mumbai bureau, The Deccan Ledger.",
        "Politics | The Fenland Standard",
    ],
)
FRONTED, MOVES, PARTNER = "fronted", "moves", "partner"


def passes(category: str, sentence: str, who: str, description: str, why: str) -> None:
    built.actor(category, True, sentence, who, description, why)


def fails(category: str, sentence: str, who: str, description: str, why: str) -> None:
    built.actor(category, False, sentence, who, description, why)


# fronted: the event is the fronted clause's own act
passes(
    FRONTED,
    "After Halvorsen Aero agreed to buy Crestline Structures for $4.7 billion, shares in both companies rose sharply in early trading.",
    "Halvorsen Aero",
    "Halvorsen Aero agrees to buy Crestline Structures",
    "the fronted clause tells the agreement; the main clause is the market's",
)
passes(
    FRONTED,
    "Once Marlowe Foods completed its purchase of the Kestrel snack brands, analysts at two brokers raised their price targets.",
    "Marlowe Foods",
    "Marlowe Foods completes purchase of Kestrel brands",
    "the purchase is the fronted clause's",
)
passes(
    FRONTED,
    "SEOUL, March 3 (Reuters) - After Daewon Motors recalled 120,000 cars over faulty airbags, the transport ministry opened a wider review of the supplier.",
    "Daewon Motors",
    "Daewon Motors recalls 120,000 cars",
    "the recall is the fronted clause's, after a dateline",
)
passes(
    FRONTED,
    "When Brightside Telecom cut 3,000 jobs last spring, unions warned that the closures would hit the north hardest.",
    "Brightside Telecom",
    "Brightside Telecom cuts 3,000 jobs",
    "the cuts are the fronted clause's act",
)
passes(
    FRONTED,
    "Following the Ridgeway Authority's decision to fine Castell Water £11m, the company's chairman said he would not take his bonus this year.",
    "Ridgeway Authority",
    "Ridgeway Authority fines Castell Water",
    "the fine is the fronted unit's",
)
passes(
    FRONTED,
    "Chief executive Priya Raman: After we signed the contract with Ostlund Rail, our order book reached a record, and we are hiring again.",
    "Priya Raman",
    "Raman's firm signs contract with Ostlund Rail",
    "a speaker's colon, then her own signing",
)
passes(
    FRONTED,
    "After Kessler Pharma sued Vantor Labs over the patent, it won an injunction in Delaware that froze sales for a year.",
    "Kessler Pharma",
    "Kessler Pharma wins injunction",
    "'it' in the main clause is the fronted Kessler",
)
passes(
    FRONTED,
    "After losing the vote, Councillor Dawn Pritchard resigned from the cabinet, saying her position had become untenable.",
    "Dawn Pritchard",
    "Pritchard resigns from cabinet",
    "the main clause's subject resigns",
)
passes(
    FRONTED,
    "In a statement on Tuesday, the Norvik Competition Board cleared the merger of the two grocers, subject to the sale of 40 stores.",
    "Norvik Competition Board",
    "board clears the merger",
    "the board clears it in the main clause",
)
passes(
    FRONTED,
    "Under pressure from shareholders, Galloway Mining sold its copper unit to Teague Resources for $900m.",
    "Galloway Mining",
    "Galloway Mining sells copper unit",
    "the main clause's subject sells",
)
passes(
    FRONTED,
    "After months of talks, Ardent Bank and Solway Building Society agreed to merge, creating Britain's sixth-largest lender.",
    "Solway Building Society",
    "Ardent Bank and Solway agree to merge",
    "both names are the main clause's subject",
)
passes(
    FRONTED,
    "LONDON (Thames Wire) - When the Pensions Regulator fined Hollis Trustees £2.1m in June, it was the largest penalty the watchdog had imposed.",
    "Pensions Regulator",
    "Pensions Regulator fines Hollis Trustees",
    "the fine is the fronted clause's, after a dateline",
)
passes(
    FRONTED,
    "Since Vellum Media bought the Harbour Times in 2021, the newspaper has lost half its staff.",
    "Vellum Media",
    "Vellum Media buys the Harbour Times",
    "the purchase is the fronted clause's",
)
passes(
    FRONTED,
    "After Judge Ellen Marsh ruled against the city, officials said they would appeal within 30 days.",
    "Ellen Marsh",
    "judge rules against the city",
    "the ruling is the fronted clause's",
)
passes(
    FRONTED,
    "Before Cardew Energy announced the closure of its Teesside plant, it had warned workers in a letter seen by this newspaper.",
    "Cardew Energy",
    "Cardew Energy announces closure of Teesside plant",
    "the announcement is the fronted clause's",
)
fails(
    FRONTED,
    "After Halvorsen Aero agreed to buy Crestline Structures, the Pentagon said it would review the supply contracts.",
    "Halvorsen Aero",
    "Pentagon reviews supply contracts",
    "the Pentagon reviews; Halvorsen agreed to buy",
)
fails(
    FRONTED,
    "After Teague Resources raised its bid twice, Galloway Mining's board accepted the offer on Sunday night.",
    "Teague Resources",
    "Galloway board accepts the offer",
    "Galloway's board accepted; Teague raised its bid",
)
fails(
    FRONTED,
    "BRUSSELS (Euro Wire) - After the Commission fined Plexar 200 million euros, Plexar appealed the decision to the General Court.",
    "Commission",
    "Plexar appeals the decision",
    "Plexar appealed; the Commission fined",
)
fails(
    FRONTED,
    "Once Ardent Bank had secured the regulator's approval, Solway Building Society completed the transfer of its mortgage book.",
    "Ardent Bank",
    "Solway completes transfer of mortgage book",
    "Solway completed the transfer",
)
fails(
    FRONTED,
    "When Vellum Media closed the Harbour Times print plant, Castlegate Press bought the presses for scrap.",
    "Vellum Media",
    "Castlegate Press buys the presses",
    "Castlegate bought; Vellum closed the plant",
)
fails(
    FRONTED,
    "Following a bid by Marlowe Foods, the Kestrel board recommended the offer to shareholders.",
    "Marlowe Foods",
    "Kestrel board recommends the offer",
    "the Kestrel board recommended it",
)
fails(
    FRONTED,
    "After Daewon Motors recalled the cars, the Transport Ministry fined the supplier Hanmi Parts 3 billion won.",
    "Daewon Motors",
    "ministry fines Hanmi Parts",
    "the ministry fined; Daewon recalled",
)
fails(
    FRONTED,
    "Since Kessler Pharma sued, Vantor Labs has cut its guidance twice and paused its trials.",
    "Kessler Pharma",
    "Vantor Labs cuts guidance",
    "Vantor cut its guidance",
)
fails(
    FRONTED,
    "After Cardew Energy shut the plant, Teesside Council launched a jobs fund for the 800 workers.",
    "Cardew Energy",
    "council launches jobs fund",
    "the council launched the fund",
)
fails(
    FRONTED,
    "When Brightside Telecom announced the cuts, the Communication Workers Union called a ballot on strike action.",
    "Brightside Telecom",
    "union calls strike ballot",
    "the union called the ballot",
)

# moves: the far side's own act
passes(
    MOVES,
    "Dame Helena Pryce, who has run the gallery since 2011, will hand over to her deputy, Tom Asante, in the autumn; Asante took over the day-to-day running from Pryce last year.",
    "Helena Pryce",
    "Pryce hands over to her deputy",
    "the handover is Pryce's",
)
passes(
    MOVES,
    "Asante, 44, took over from Helena Pryce, who retires in September after 14 years at the helm.",
    "Helena Pryce",
    "Helena Pryce retires",
    "the retirement is Pryce's",
)
passes(
    MOVES,
    "The club confirmed that Marco Bellini replaced Stefan Kuhl, who was sacked on Monday after a run of seven defeats.",
    "Stefan Kuhl",
    "Kuhl is dismissed after seven defeats",
    "Kuhl is the one sacked; the event has him as its subject",
)
passes(
    MOVES,
    "Lydia Okafor succeeded Graham Toms as chief executive of the Northbrook Trust, ending Toms's 12 years in charge.",
    "Lydia Okafor",
    "Okafor becomes chief executive",
    "Okafor is the new holder",
)
passes(
    MOVES,
    "Okafor, who joined the Northbrook Trust from the Wellcome Fund in 2019, succeeded Graham Toms in January.",
    "Lydia Okafor",
    "Okafor succeeds Toms as chief executive",
    "the successor",
)
passes(
    MOVES,
    "Riverside Athletic signed the striker Joao Pereira from Porto Vale for £18m, beating off interest from two Premier League clubs.",
    "Riverside Athletic",
    "Riverside Athletic signs Pereira",
    "the signing club",
)
passes(
    MOVES,
    "Porto Vale sold Joao Pereira to Riverside Athletic for £18m, the club's record sale.",
    "Porto Vale",
    "Porto Vale sells Pereira",
    "the selling club",
)
passes(
    MOVES,
    "Harwick Capital took a 20% stake in Loom Retail from its founder, Sara Bech, who will stay on as chair.",
    "Harwick Capital",
    "Harwick Capital buys 20% stake in Loom Retail",
    "Harwick took the stake",
)
passes(
    MOVES,
    "The defender moved from Ashdown Rovers to Kelby Town in January, and Ashdown Rovers released a statement thanking him.",
    "Ashdown Rovers",
    "Ashdown Rovers releases a statement",
    "Ashdown released the statement itself",
)
passes(
    MOVES,
    "Interim leader Fiona Gault took over from Rhys Morgan, who quit after the by-election defeat.",
    "Rhys Morgan",
    "Rhys Morgan quits after by-election defeat",
    "Morgan quit",
)
passes(
    MOVES,
    "The bank said that Anil Mehta replaced Jonas Feld, who is stepping down to spend more time with his family.",
    "Jonas Feld",
    "Feld steps down",
    "Feld stepped down",
)
passes(
    MOVES,
    "Coach Ines Duarte, who joined from Sporting Lisboa last summer, guided the side to its first league title.",
    "Ines Duarte",
    "Duarte guides side to league title",
    "Duarte guided the side",
)
fails(
    MOVES,
    "Asante took over from Helena Pryce, who retires in September after 14 years at the helm.",
    "Helena Pryce",
    "Asante takes charge of the gallery",
    "Asante took charge; Pryce retires",
)
fails(
    MOVES,
    "The Northbrook Trust said Lydia Okafor succeeded Graham Toms as chief executive.",
    "Graham Toms",
    "Okafor appointed chief executive",
    "Toms is the predecessor",
)
fails(
    MOVES,
    "Kelby Town have signed the defender Luis Ortega, who arrives from Ashdown Rovers on a three-year deal.",
    "Ashdown Rovers",
    "Kelby Town signs Ortega",
    "Ashdown is the selling club",
)
fails(
    MOVES,
    "Marco Bellini, 51, replaced Stefan Kuhl on Monday and takes charge of his first match on Saturday.",
    "Stefan Kuhl",
    "Bellini appointed head coach",
    "Kuhl is the one replaced",
)
fails(
    MOVES,
    "Harriet Vance, who was poached from Goldmere Bank last year, will now lead the lender's retail arm.",
    "Goldmere Bank",
    "Vance to lead the retail arm",
    "Vance leads it; Goldmere is her old employer",
)
fails(
    MOVES,
    "Fiona Gault took over the leadership from Rhys Morgan on an interim basis.",
    "Rhys Morgan",
    "Gault becomes interim leader",
    "Gault is the new leader",
)
fails(
    MOVES,
    "Anil Mehta, who replaces Jonas Feld, will start as finance director in March.",
    "Jonas Feld",
    "Mehta named finance director",
    "Mehta is the one named",
)
fails(
    MOVES,
    "The forward, who moved to Kelby Town from Ashdown Rovers in 2023, scored twice as Kelby won 3-1.",
    "Ashdown Rovers",
    "Kelby Town wins 3-1",
    "Ashdown is his former club",
)
fails(
    MOVES,
    "Sophie Lang inherited the chairmanship from her father, Peter Lang, and immediately ordered a review.",
    "Peter Lang",
    "Sophie Lang orders a review",
    "Sophie ordered it",
)
fails(
    MOVES,
    "Ines Duarte joined the national side from Sporting Lisboa and was named head coach on Friday.",
    "Sporting Lisboa",
    "Duarte named head coach",
    "Sporting is her former club",
)

# partner: a two-sided act's second party, a backer that acts, titles, breakdowns
passes(
    PARTNER,
    "Fennimore Health signed an agreement with Castor Biologics to buy its vaccine plant in Leiden for 600 million euros.",
    "Fennimore Health",
    "Fennimore Health buys vaccine plant",
    "Fennimore is the buyer",
)
passes(
    PARTNER,
    "Larchmont Bank merged with Eastgate Savings in 2023, and the combined lender now has 4 million customers.",
    "Eastgate Savings",
    "Larchmont Bank merges with Eastgate Savings",
    "a merger has both sides as doers",
)
passes(
    PARTNER,
    "The Tarrant Water Authority settled with Oakhurst Farms for $12 million over the contamination of its wells.",
    "Oakhurst Farms",
    "Oakhurst Farms and authority settle for $12 million",
    "a settlement has both sides",
)
passes(
    PARTNER,
    "The Halden Foundation has funded the research, which was also backed by the Norwegian Research Council.",
    "Norwegian Research Council",
    "Norwegian Research Council backs the research",
    "the council's backing is the event",
)
passes(
    PARTNER,
    "The new reactor, funded by the Nordvik Energy Fund, will supply power to 400,000 homes from 2031.",
    "Nordvik Energy Fund",
    "Nordvik Energy Fund funds the reactor",
    "the fund funds it",
)
passes(
    PARTNER,
    "The takeover was approved by the Competition and Markets Authority on Thursday after a five-month review.",
    "Competition and Markets Authority",
    "CMA approves the takeover",
    "the approval is the event",
)
passes(
    PARTNER,
    "Brockley Homes's purchase of the site, cleared by the Planning Inspectorate last month, goes ahead in May.",
    "Planning Inspectorate",
    "Planning Inspectorate clears purchase of the site",
    "the clearing is the event",
)
passes(
    PARTNER,
    "Avonmore Power agreed a deal with Sterling Grid to sell its transmission business for £1.3bn.",
    "Avonmore Power",
    "Avonmore Power sells transmission business",
    "Avonmore sells",
)
passes(
    PARTNER,
    "Kinsale Rovers won the Munster Cup final against Tralee United, 2-1 after extra time.",
    "Kinsale Rovers",
    "Kinsale Rovers win cup against Tralee United",
    "the winner",
)
passes(
    PARTNER,
    "Harcourt Bank and Milford Bank agreed to pay $90 million to settle the claims, Harcourt Bank $60 million and Milford Bank $30 million, without admitting wrongdoing.",
    "Milford Bank",
    "Milford Bank pays to settle the claims",
    "Milford agreed to pay its share",
)
passes(
    PARTNER,
    "Harcourt Bank and Milford Bank were fined a combined £7.2m by the Conduct Authority, Harcourt Bank £4.2m and Milford Bank £3m.",
    "Conduct Authority",
    "Conduct Authority fines Harcourt and Milford",
    "the authority fined them",
)
fails(
    PARTNER,
    "The Conduct Authority fined Harcourt Bank and Milford Bank £7.2m on Friday, Harcourt Bank £4.2m and Milford Bank £3m.",
    "Milford Bank",
    "Conduct Authority fines the banks",
    "Milford was fined",
)
passes(
    PARTNER,
    "Brixton Foods, backed by a 200-million-pound loan from Calder Bank, bought the Dunmore biscuit factory on Monday.",
    "Brixton Foods",
    "Brixton Foods buys Dunmore factory",
    "Brixton is the buyer",
)
passes(
    PARTNER,
    "Orla Quinn, the minister, said the agreement with Kestrel Airways to buy 40 aircraft would be signed in Paris.",
    "Orla Quinn",
    "Quinn announces agreement to buy aircraft",
    "Quinn spoke of it",
)
passes(
    PARTNER,
    "Under a settlement with the Federal Trade Commission, Vireo Apps will pay $25 million and delete the data it collected.",
    "Vireo Apps",
    "Vireo Apps pays $25 million",
    "Vireo pays",
)
passes(
    PARTNER,
    "The Carrow Trust gave £3 million to the hospital, in a gift matched by the Eastern Health Board.",
    "Carrow Trust",
    "Carrow Trust gives £3 million to hospital",
    "the Trust gave it",
)
passes(
    PARTNER,
    "Sarah Kline won the Wexford Open title, beating Maria Voss 6-3, 6-4 in the final on Sunday.",
    "Sarah Kline",
    "Kline wins Wexford Open title",
    "Kline won",
)
passes(
    PARTNER,
    "Meadowbank, which merged with the smaller Tolland Mutual last year, has struck a deal with Harlow Insurance to sell its car cover arm.",
    "Meadowbank",
    "Meadowbank sells car cover arm",
    "Meadowbank sells",
)
passes(
    PARTNER,
    "The contract, signed with Redpath Defence in Canberra, was backed by the Australian Treasury.",
    "Australian Treasury",
    "Australian Treasury backs the contract",
    "the backing is the Treasury's",
)
fails(
    PARTNER,
    "Fennimore Health signed an agreement with Castor Biologics to buy its vaccine plant in Leiden.",
    "Castor Biologics",
    "Fennimore Health buys vaccine plant",
    "Castor is the seller",
)
fails(
    PARTNER,
    "Brixton Foods, backed by a loan from Calder Bank, bought the Dunmore biscuit factory.",
    "Calder Bank",
    "Brixton Foods buys the factory",
    "Calder lent; Brixton bought",
)
fails(
    PARTNER,
    "The takeover of Loom Retail by Harwick Capital was approved by the Competition and Markets Authority on Thursday.",
    "Competition and Markets Authority",
    "Harwick buys Loom Retail",
    "the CMA approved; Harwick bought",
)
fails(
    PARTNER,
    "Kinsale Rovers won the Munster Cup final against Tralee United, 2-1 after extra time.",
    "Tralee United",
    "Kinsale Rovers win the Munster Cup",
    "Tralee lost",
)
fails(
    PARTNER,
    "Sarah Kline won the Wexford Open title, beating Maria Voss in straight sets on Sunday.",
    "Maria Voss",
    "Kline wins Wexford Open title",
    "Voss lost",
)
fails(
    PARTNER,
    "Avonmore Power agreed a deal with Sterling Grid to sell its transmission business for £1.3bn.",
    "Sterling Grid",
    "Avonmore Power sells transmission business",
    "Sterling is the buyer",
)
fails(
    PARTNER,
    "The new reactor, funded by the Nordvik Energy Fund, will be built by Halberd Engineering from next year.",
    "Nordvik Energy Fund",
    "Halberd builds the reactor",
    "Halberd builds; Nordvik funds",
)
fails(
    PARTNER,
    "Castell Water struck a deal with Ridgeway Authority to fine-tune its leak targets, and bought the Pellow reservoir from Ashby Farms.",
    "Ridgeway Authority",
    "Castell Water buys Pellow reservoir",
    "Castell bought; Ashby sold",
)
fails(
    PARTNER,
    "Under a contract with the Ministry of Defence, Redpath Defence will sell 12 patrol boats to the Navy.",
    "Ministry of Defence",
    "Redpath sells patrol boats",
    "Redpath sells",
)
fails(
    PARTNER,
    "Vireo Apps, supported by Lantern Ventures, acquired the mapping start-up Orrin for $80 million.",
    "Lantern Ventures",
    "Vireo Apps acquires Orrin",
    "Vireo acquired",
)
fails(
    PARTNER,
    "The Calder Bank-backed buyer, Brixton Foods, bought the factory after a deal with Dunmore Holdings to buy the site.",
    "Dunmore Holdings",
    "Brixton Foods buys the factory",
    "Dunmore is the seller",
)

# second round: shapes where a word of the description or a verb of the sentence misleads
passes(
    FRONTED,
    "After the Federal Reserve signed off on the deal, Meridian Bank completed its acquisition of Ostra Finance on Sunday.",
    "Meridian Bank",
    "Meridian Bank closes Ostra deal",
    "Meridian closed the deal",
)
passes(
    FRONTED,
    "After Halvorsen Aero struck a deal for Crestline Structures, Wall Street analysts called the acquisition overpriced.",
    "Halvorsen Aero",
    "Halvorsen Aero acquires Crestline Structures",
    "Halvorsen is the buyer; the analysts only comment",
)
passes(
    FRONTED,
    "Once the Treasury had cleared the funding, Ostlund Rail placed its order, and the contract was signed in Malmo.",
    "Ostlund Rail",
    "Ostlund Rail places order, contract signed",
    "Ostlund placed the order",
)
passes(
    FRONTED,
    "When the strike ended, Brightside Telecom's engineers returned to work and the company restored broadband to 40,000 homes.",
    "Brightside Telecom",
    "Brightside Telecom restores broadband after strike",
    "the company restored it",
)
passes(
    MOVES,
    "Norland Air took delivery of 20 A321 jets from Airbus on Tuesday, the largest single handover in the carrier's history.",
    "Airbus",
    "Airbus delivers 20 jets to Norland Air",
    "Airbus delivered them",
)
passes(
    MOVES,
    "Shares in Ardent Bank moved higher after a statement from the Bank of England on capital rules.",
    "Bank of England",
    "Bank of England issues statement on capital rules",
    "the Bank issued the statement",
)
passes(
    MOVES,
    "Thousands of customers switched to Solway after a warning from the Conduct Authority about rival lenders.",
    "Conduct Authority",
    "Conduct Authority issues warning",
    "the authority warned",
)
passes(
    MOVES,
    "Lydia Okafor succeeded Graham Toms on his retirement in January.",
    "Graham Toms",
    "Graham Toms retires",
    "Toms retired",
)
passes(
    MOVES,
    "Refugees arriving from the border camps received food parcels from the World Food Programme, which distributed 9,000 tonnes in March.",
    "World Food Programme",
    "World Food Programme distributes food",
    "the WFP distributed food",
)
passes(
    MOVES,
    "Ines Duarte joined Kelby Town from Sporting Lisboa, who received a compensation fee of two million euros.",
    "Sporting Lisboa",
    "Sporting Lisboa receives compensation fee",
    "Sporting received it",
)
passes(
    PARTNER,
    "Castor Biologics reached an agreement with Fennimore Health, which will buy the Leiden plant for 600 million euros.",
    "Fennimore Health",
    "Fennimore Health buys Leiden plant",
    "Fennimore buys",
)
passes(
    PARTNER,
    "Under a deal with the Pentagon, Redpath Defence will supply 12 patrol boats, which the Pentagon will buy for $1.1bn.",
    "Pentagon",
    "Pentagon buys patrol boats",
    "the Pentagon buys",
)
passes(
    PARTNER,
    "The 1.8 billion euro fine on Plexar, approved by the European Commission on Monday, is the largest under the new law.",
    "European Commission",
    "European Commission fines Plexar",
    "the Commission fined",
)
passes(
    PARTNER,
    "The £400m purchase of Loom Retail, funded by Harwick Capital's third buyout fund, closed on Friday.",
    "Harwick Capital",
    "Harwick Capital buys Loom Retail",
    "Harwick is the buyer",
)
passes(
    PARTNER,
    "Redpath Defence has signed a contract with the Australian Navy to sell it 12 patrol boats.",
    "Redpath Defence",
    "Redpath sells patrol boats",
    "Redpath sells",
)
passes(
    PARTNER,
    "The Tarrant Water Authority has signed a settlement with Oakhurst Farms, paying the farmers $12 million.",
    "Tarrant Water Authority",
    "authority pays $12 million to Oakhurst Farms",
    "the authority pays",
)
passes(
    PARTNER,
    "Loom Retail, which has a supply agreement with Harwick Logistics, was sued by Harwick Logistics on Tuesday.",
    "Harwick Logistics",
    "Harwick Logistics sues Loom Retail",
    "Harwick sued",
)
passes(
    PARTNER,
    "The Norvik Competition Board has fined Vellum Media, whose contract with the board's own printer was also criticised by the Norvik Competition Board.",
    "Norvik Competition Board",
    "Norvik Competition Board fines Vellum Media",
    "the board fined",
)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
