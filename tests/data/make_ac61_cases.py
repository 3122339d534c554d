# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 61's actors told as the owner of their clause's subject
(``grounding_ac61.jsonl``, false-alarm writer ac61;
:mod:`summarizer.verification.sentences.owned_subjects`), at the edges of

- ``its``: a body named as the subject of one sentence and then by "its" owning the next
  clause's subject ("Halvard Mills beat forecasts. Its shares still fell 4%", "For the full
  year its revenue rose"): it passes; the owned noun a person or another body ("Its chief
  executive resigned", "its parent sold", "its lawyers argued"), a passive ("Its shares were
  suspended"), a verb of saying or "reported that", a sentence before with another subject,
  "its" after a preposition ("a fall in its shares"), words in quotation marks, the other
  side of the act and a value the page never names stay refused;
- ``written``: an organisation whose camel-cased or dashed name the page writes exactly
  ("BrightWell", "Anglo-Kessock Mining") beside another name on its last word ("Coast
  Well", "Tarn Mining"): it passes, no mashed person's name; a person's name put together
  from two people's (a first name of one, a dashed or "Mc" surname of another), which the
  page never writes, stays refused;
- ``owner``: a possessive description of the body's kind opening the clause ("The
  Leeds-based lender's profit rose", "The bureau's monthly release, issued on Friday,
  showed"), on the same guards, and another body of the kind named nearer.

Run ``python tests/data/make_ac61_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ac61.jsonl")

built = SupportCases(
    "ac61",
    leads=[
        "LONDON (Kestrel Wire) -",
        "By Odile Marsh | The Thornbury Courier",
        "Markets | The Calder Street Journal",
        "From our business desk, The Wexmoor Post.",
        "RETAIL | Harbourside Evening News",
        "Explainer | The Fenwick Ledger",
    ],
)
ITS, OWNER, WRITTEN = "its", "owner", "written"


def case(
    category: str, expect: bool, paragraphs: list[str], evidence: str, who: str, what: str, why: str
) -> None:
    """An event told by ``evidence`` (in one of ``paragraphs``) whose one actor is ``who``."""
    built.page_actor(category, expect, paragraphs, evidence, who, what, why)


# --- its: "Halvard Mills beat forecasts. Its shares still fell" -------------------------------
MILLS = [
    "Halvard Mills beat forecasts for the third quarter, with revenue up 6% to £2.1 billion.",
    "Its shares still fell 4% in early trading, to 312p.",
]
GROCER = [
    "Pellow Stores, the Midlands grocer, opened 14 shops in the half-year.",
    "Its sales climbed 3.2% on a like-for-like basis, helped by a warm June.",
]
AIRLINE = [
    "Skellig Air carried 9.1 million passengers between April and June, 5% more than a year earlier.",
    "For the full year its board now expects traffic of 37 million, down from 38 million.",
]
MINER = [
    "Corvel Mining lifted output at its Tarn pit by a fifth in the first half.",
    "Its chief executive, Ruth Amble, resigned on Friday after eleven years in the job.",
]
BANK = [
    "Orrin Bank was fined £40 million by the regulator on Monday over failures in its anti-money-laundering checks.",
    "Its shares were suspended for two hours after the penalty was announced.",
]
BREWER = [
    "Dunmore Brewing agreed to sell its cider arm for £85 million.",
    "Its parent, Kessock Holdings, sold a further 3% stake in the brewer on Tuesday.",
]
TOYS = [
    "Tamsby Toys is being sued by a former supplier over unpaid invoices.",
    "Its lawyers argued in court on Wednesday that the claim had been filed too late.",
]
CARMAKER = [
    "Wexley Motors delivered 212,000 cars in the quarter, a record.",
    "Its statement said deliveries in China had fallen for a second quarter.",
]
INSURER = [
    "Ashby Mutual published its annual results on Thursday.",
    "Its filing reported that the Garrow floods had cost the sector £300 million.",
]
RIVALS = [
    "Kellmar Foods cut prices on 400 lines last month.",
    "Its rival, Bramble Grocers, cut prices on 600 lines this week in reply.",
]
PORT = [
    "Lowmoor Freight moved 1.4 million containers through the port last year.",
    "The strike ended on Monday. Its cost to shippers was put at £12 million a day.",
]
DEAL = [
    "Arden Capital agreed to buy Saltby Cables for £600 million on Monday.",
    "Its shares jumped 28% on the news, to 415p.",
]
FORGE = [
    "Brantwood Steel will close its Ferrow works in March.",
    "Its 1,200 workers walked out for a day on Thursday in protest.",
]
CHEMS = [
    "Kessock Chemicals said on Tuesday it would spend £90 million on a new plant.",
    "Its plan runs to three production lines, the first of them due in 2027.",
]
CLUB = [
    "Orvik Rovers have sacked their manager after five straight defeats.",
    "Its owners, the Tamsin family, named the youth coach as caretaker on Monday.",
]
APP = [
    "Brindle Pay signed up 2 million users in its first year.",
    'A spokeswoman said: "Its growth has outrun every forecast we made."',
]
LENDER = [
    "Harwell Building Society kept its mortgage rates on hold on Wednesday.",
    "Analysts had expected a cut. Shares in rival lenders slipped after a fall in its savings inflows was reported.",
]
EXPORTS = [
    "Ostrava Glass makes bottles for brewers in nine countries.",
    "Its exports to Canada rose by a third last year, the trade body said.",
]
# Its owning the subject after the named subject, a fronted phrase, a semicolon
for paragraphs, evidence, who, what, why in [
    (
        MILLS,
        "Its shares still fell 4% in early trading, to 312p.",
        "Halvard Mills",
        "Halvard Mills shares fell",
        "'Its shares still fell' after 'Halvard Mills beat forecasts': the company's shares",
    ),
    (
        GROCER,
        "Its sales climbed 3.2% on a like-for-like basis, helped by a warm June.",
        "Pellow Stores",
        "like-for-like sales rose",
        "'Its sales climbed' after 'Pellow Stores ... opened'",
    ),
    (
        AIRLINE,
        "For the full year its board now expects traffic of 37 million, down from 38 million.",
        "Skellig Air",
        "full-year traffic forecast",
        "after a fronted phrase, 'its board now expects': the airline's own board",
    ),
    (
        DEAL,
        "Its shares jumped 28% on the news, to 415p.",
        "Arden Capital",
        "Arden Capital shares jumped",
        "'Its' reads back to the sentence's subject, Arden Capital (Saltby Cables is its object)",
    ),
    (
        CHEMS,
        "Its plan runs to three production lines, the first of them due in 2027.",
        "Kessock Chemicals",
        "new plant plan",
        "'Its plan runs to' after 'Kessock Chemicals said ... it would spend'",
    ),
    (
        EXPORTS,
        "Its exports to Canada rose by a third last year, the trade body said.",
        "Ostrava Glass",
        "exports to Canada rose",
        "'Its exports to Canada rose' for the glassmaker named as the subject before",
    ),
]:
    case(ITS, True, paragraphs, evidence, who, what, why)
WIRE = [
    "Fenby Energy doubled its dividend on Tuesday.",
    "Its profit for the year came to £1.9 billion; its debt fell to £4 billion.",
]
SHIP = [
    "Calder Lines ordered six new ferries from a yard in Gdansk.",
    "Last year its fleet carried 3 million passengers across the Irish Sea.",
]
GAME = [
    "Moorcroft Games delayed its next title to the spring.",
    "In June its revenue had risen 14%, a record quarter for the studio.",
]
UTIL = [
    "Tarn Water missed its leakage target for a third year.",
    "Its bills will rise 9% in April, the steepest increase in a decade.",
]
for paragraphs, evidence, who, what, why in [
    (
        WIRE,
        "Its profit for the year came to £1.9 billion; its debt fell to £4 billion.",
        "Fenby Energy",
        "annual profit",
        "'Its profit ... came to' after 'Fenby Energy doubled'",
    ),
    (
        SHIP,
        "Last year its fleet carried 3 million passengers across the Irish Sea.",
        "Calder Lines",
        "passengers carried",
        "'Last year its fleet carried' after a short fronted time",
    ),
    (
        GAME,
        "In June its revenue had risen 14%, a record quarter for the studio.",
        "Moorcroft Games",
        "revenue rose",
        "'In June its revenue had risen' for the studio named as the subject before",
    ),
    (
        UTIL,
        "Its bills will rise 9% in April, the steepest increase in a decade.",
        "Tarn Water",
        "bills to rise",
        "'Its bills will rise' after 'Tarn Water missed'",
    ),
]:
    case(ITS, True, paragraphs, evidence, who, what, why)
for paragraphs, evidence, who, what, why in [
    (
        MINER,
        "Its chief executive, Ruth Amble, resigned on Friday after eleven years in the job.",
        "Corvel Mining",
        "chief executive resigned",
        "the chief executive resigns, a person acting for herself",
    ),
    (
        BANK,
        "Its shares were suspended for two hours after the penalty was announced.",
        "Orrin Bank",
        "shares suspended",
        "a passive: the shares were suspended by someone else",
    ),
    (
        BREWER,
        "Its parent, Kessock Holdings, sold a further 3% stake in the brewer on Tuesday.",
        "Dunmore Brewing",
        "stake sold",
        "the parent company sold, another body",
    ),
    (
        TOYS,
        "Its lawyers argued in court on Wednesday that the claim had been filed too late.",
        "Tamsby Toys",
        "lawyers argued",
        "the lawyers argue, people acting for themselves",
    ),
    (
        CARMAKER,
        "Its statement said deliveries in China had fallen for a second quarter.",
        "Wexley Motors",
        "deliveries in China fell",
        "a statement only says what fell",
    ),
    (
        INSURER,
        "Its filing reported that the Garrow floods had cost the sector £300 million.",
        "Ashby Mutual",
        "flood cost to the sector",
        "'reported that': the filing tells another's cost",
    ),
    (
        RIVALS,
        "Its rival, Bramble Grocers, cut prices on 600 lines this week in reply.",
        "Kellmar Foods",
        "Bramble price cuts",
        "the rival cut prices, not Kellmar",
    ),
    (
        PORT,
        "The strike ended on Monday. Its cost to shippers was put at £12 million a day.",
        "Lowmoor Freight",
        "strike cost to shippers",
        "'Its' is the strike's, the subject of the sentence before",
    ),
    (
        DEAL,
        "Its shares jumped 28% on the news, to 415p.",
        "Saltby Cables",
        "Arden Capital shares jumped",
        "the bought company is the object before, not 'its' owner",
    ),
    (
        FORGE,
        "Its 1,200 workers walked out for a day on Thursday in protest.",
        "Brantwood Steel",
        "workers walked out",
        "the workers strike against the company",
    ),
    (
        CLUB,
        "Its owners, the Tamsin family, named the youth coach as caretaker on Monday.",
        "Orvik Rovers",
        "caretaker named",
        "the owners act, another party",
    ),
    (
        APP,
        'A spokeswoman said: "Its growth has outrun every forecast we made."',
        "Brindle Pay",
        "user growth",
        "'its' only inside a quotation",
    ),
    (
        LENDER,
        "Analysts had expected a cut. Shares in rival lenders slipped after a fall in its savings inflows was reported.",
        "Harwell Building Society",
        "rival lenders' shares slipped",
        "'its' after a preposition, and the rivals' shares slipped",
    ),
    (
        MILLS,
        "Its shares still fell 4% in early trading, to 312p.",
        "Corran Textiles",
        "Halvard Mills shares fell",
        "a value the page never names",
    ),
]:
    case(ITS, False, paragraphs, evidence, who, what, why)

# --- written: "BrightWell bought ... from Coast Well" -----------------------------------------
for paragraphs, evidence, who, what in [
    (
        [
            "March 3 — BrightWell, based in Tarnby, bought two clinics from Coast Well for £40 million."
        ],
        "March 3 — BrightWell, based in Tarnby, bought two clinics from Coast Well for £40 million.",
        "BrightWell",
        "clinics bought",
    ),
    (
        [
            "The tunnel was built by a joint venture of Anglo-Kessock Mining and Tarn Mining, a local firm."
        ],
        "The tunnel was built by a joint venture of Anglo-Kessock Mining and Tarn Mining, a local firm.",
        "Anglo-Kessock Mining",
        "tunnel built",
    ),
    (
        ["OrvikPay signed up 2 million users; its rival Calder Pay signed up half that."],
        "OrvikPay signed up 2 million users; its rival Calder Pay signed up half that.",
        "OrvikPay",
        "users signed up",
    ),
    (
        ["Saltby-Marr Group cut 300 jobs on Monday, while Dunmore Group hired 120."],
        "Saltby-Marr Group cut 300 jobs on Monday, while Dunmore Group hired 120.",
        "Saltby-Marr Group",
        "jobs cut",
    ),
    (
        ["NovaTarn opened a plant in Wexmoor, next door to one run by Kell Tarn."],
        "NovaTarn opened a plant in Wexmoor, next door to one run by Kell Tarn.",
        "NovaTarn",
        "plant opened",
    ),
    (
        ["Wexley-Dunn Partners advised on the sale; Harbour Partners advised the buyer."],
        "Wexley-Dunn Partners advised on the sale; Harbour Partners advised the buyer.",
        "Wexley-Dunn Partners",
        "sale advice",
    ),
    (
        ["GreenCalder won the contract, beating Ostrava Calder and two others."],
        "GreenCalder won the contract, beating Ostrava Calder and two others.",
        "GreenCalder",
        "contract won",
    ),
    (
        ["Franco-Orvik Rail ordered 40 trains from Brandt Rail on Tuesday."],
        "Franco-Orvik Rail ordered 40 trains from Brandt Rail on Tuesday.",
        "Franco-Orvik Rail",
        "trains ordered",
    ),
    (
        ["KellmarTech raised £20 million from investors led by Anna Tech, a fund."],
        "KellmarTech raised £20 million from investors led by Anna Tech, a fund.",
        "KellmarTech",
        "funds raised",
    ),
    (
        ["On Friday MedHarbour closed its Lowmoor site, which Port Harbour had leased to it."],
        "On Friday MedHarbour closed its Lowmoor site, which Port Harbour had leased to it.",
        "MedHarbour",
        "site closed",
    ),
]:
    case(
        WRITTEN,
        True,
        paragraphs,
        evidence,
        who,
        what,
        f"the page writes '{who}' exactly as the value: an organisation's name, not a person's with another first name",
    )
for paragraphs, evidence, who, what, why in [
    (
        ["Mira Tarn-Holt, the chief executive, and Dora Amble, the chair, signed the deal."],
        "Mira Tarn-Holt, the chief executive, and Dora Amble, the chair, signed the deal.",
        "Dora Tarn-Holt",
        "deal signed",
        "Dora is Amble's first name, Tarn-Holt is Mira's surname: a mashed name",
    ),
    (
        ["Anna McKell and Ruth Orvik led the walkout at the Brantwood plant."],
        "Anna McKell and Ruth Orvik led the walkout at the Brantwood plant.",
        "Ruth McKell",
        "walkout led",
        "Ruth is Orvik's first name; McKell is Anna's",
    ),
    (
        ["Jon DeWitt opened the talks, and Lena Marsh closed them."],
        "Jon DeWitt opened the talks, and Lena Marsh closed them.",
        "Lena DeWitt",
        "talks opened",
        "a first name of one and the camel-cased surname of the other",
    ),
    (
        ["Kwame Al-Rashid and Tomas Brandt fronted the bid."],
        "Kwame Al-Rashid and Tomas Brandt fronted the bid.",
        "Tomas Al-Rashid",
        "bid fronted",
        "the dashed surname is Kwame's",
    ),
    (
        ["Sara O'Neill-Marsh and Petra Kell chaired the panel."],
        "Sara O'Neill-Marsh and Petra Kell chaired the panel.",
        "Petra O'Neill-Marsh",
        "panel chaired",
        "the dashed surname is Sara's",
    ),
    (
        ["Ines LeBlanc, the mayor, and Carl Vane, her deputy, cut the ribbon."],
        "Ines LeBlanc, the mayor, and Carl Vane, her deputy, cut the ribbon.",
        "Carl LeBlanc",
        "ribbon cut",
        "LeBlanc is the mayor's surname, Carl her deputy's first name",
    ),
    (
        ["Ruth Van-Doren and Mark Ostby founded the studio in 2019."],
        "Ruth Van-Doren and Mark Ostby founded the studio in 2019.",
        "Mark Van-Doren",
        "studio founded",
        "the dashed surname is Ruth's",
    ),
    (
        ["Hana MacLeod ran the campaign; Oscar Dunn raised its money."],
        "Hana MacLeod ran the campaign; Oscar Dunn raised its money.",
        "Oscar MacLeod",
        "campaign run",
        "MacLeod is Hana's surname",
    ),
    (
        ["Tariq Bin-Saleh and Omar Kell signed for the two sides."],
        "Tariq Bin-Saleh and Omar Kell signed for the two sides.",
        "Omar Bin-Saleh",
        "agreement signed",
        "the dashed surname is Tariq's",
    ),
    (
        ["Lucia DiMarco and Paul Renner led the buyout."],
        "Lucia DiMarco and Paul Renner led the buyout.",
        "Paul DiMarco",
        "buyout led",
        "DiMarco is Lucia's surname",
    ),
]:
    case(WRITTEN, False, paragraphs, evidence, who, what, why)


# --- owner: "The Leeds-based lender's profit rose" ---------------------------------------------
LEEDS = [
    "Marlow Building Society, the Leeds-based lender, reported its results on Wednesday.",
    "The Leeds-based lender's profit rose 11% to £310 million in the year to March.",
]
BUREAU = [
    "The Bureau of Farm Statistics published its monthly survey on Friday.",
    "The bureau's monthly planting release, issued on Friday morning, showed growers sowing 2.1 million acres of barley.",
]
SEVENTH = [
    "Ferrow Rail, the state-owned railway company, lent Tamsby Homes 9 billion crowns over two years.",
    "The state-owned railway company's loans to the developer totalled 9.4 billion crowns by October.",
]
AGENCY = [
    "The Harwell Food Agency closed six abattoirs in March.",
    "The agency's inspectors found breaches at two more on Tuesday.",
]
GROUP = [
    "Saltby Group reported first-half results on Thursday.",
    "The group's revenue rose 5% to £880 million, while its margin slipped.",
]
CARRIER = [
    "Orvik Air flew 4 million passengers in July, its busiest month.",
    "The carrier's load factor climbed to 94% as fares rose.",
]
AUTHORITY = [
    "The Calder Ports Authority handles a fifth of the country's grain exports.",
    "The authority's new terminal at Wexmoor opened on Monday, a year late.",
]
CHARITY = [
    "Kestrel Aid, the children's charity, raised £12 million in its spring appeal.",
    "The charity's chair, Jon Tamsin, stepped down on Friday.",
]
REGULATOR = [
    "Brindle Energy was fined £3 million on Monday.",
    "The regulator's decision was announced after markets closed.",
]
FIRM = [
    "Arkwell Partners advised Lowmoor Bank on its sale.",
    "The bank's shareholders voted for the deal on Tuesday.",
]
COMPANY = [
    "Dunmore Logistics said on Tuesday it would cut 800 jobs.",
    "The company's spokesman said the cuts would fall mostly in warehouses.",
]
RIVAL2 = [
    "Halden Foods cut its forecast on Monday. Then Pellow Group, a rival, said its own sales had stalled.",
    "The group's shares fell 6% by the close.",
]
MONITOR = [
    "The Bureau of Crop Statistics tracks planting across the plains.",
    "The bureau's survey reported that growers had sown 2 million acres of oats.",
]
COURTCASE = [
    "Tarn Utilities was taken to court by the Water Board over missed repairs.",
    "The company's licence was suspended by the board on Thursday.",
]
for paragraphs, evidence, who, what, why in [
    (
        LEEDS,
        "The Leeds-based lender's profit rose 11% to £310 million in the year to March.",
        "Marlow Building Society",
        "annual profit rose",
        "the lender the page calls 'the Leeds-based lender', owning the profit that rose",
    ),
    (
        BUREAU,
        "The bureau's monthly planting release, issued on Friday morning, showed growers sowing 2.1 million acres of barley.",
        "Bureau of Farm Statistics",
        "monthly planting release",
        "the bureau's own release showed it, past the aside",
    ),
    (
        SEVENTH,
        "The state-owned railway company's loans to the developer totalled 9.4 billion crowns by October.",
        "Ferrow Rail",
        "loans to Tamsby Homes",
        "the page calls Ferrow Rail 'the state-owned railway company'; its loans totalled",
    ),
    (
        GROUP,
        "The group's revenue rose 5% to £880 million, while its margin slipped.",
        "Saltby Group",
        "first-half revenue rose",
        "'The group's revenue rose' for Saltby Group",
    ),
    (
        CARRIER,
        "The carrier's load factor climbed to 94% as fares rose.",
        "Orvik Air",
        "July load factor",
        "'The carrier's load factor climbed' for the airline named before",
    ),
    (
        AUTHORITY,
        "The authority's new terminal at Wexmoor opened on Monday, a year late.",
        "Calder Ports Authority",
        "Wexmoor terminal opened",
        "'The authority's new terminal ... opened' for the port authority",
    ),
]:
    case(OWNER, True, paragraphs, evidence, who, what, why)
LABS = [
    "Tamsin Biotech won approval for its asthma drug on Monday.",
    "The biotech company's shares climbed 18% by the close.",
]
STUDIO = [
    "Brandt Pictures bought the rights to the Orvik novels last year.",
    "In May the studio's first adaptation took £40 million at the box office.",
]
FUNDS = [
    "Ostrava Pension Fund manages savings for 300,000 teachers.",
    "Last year the fund's returns reached 7.1%, its best since 2017.",
]
MAKER = [
    "Kellmar Toys, the Bristol maker of wooden trains, has found a buyer.",
    "The maker's sales had fallen by a third since 2022.",
]
for paragraphs, evidence, who, what, why in [
    (
        LABS,
        "The biotech company's shares climbed 18% by the close.",
        "Tamsin Biotech",
        "shares climbed",
        "'The biotech company's shares climbed' for the one company named",
    ),
    (
        STUDIO,
        "In May the studio's first adaptation took £40 million at the box office.",
        "Brandt Pictures",
        "first adaptation's takings",
        "after a fronted time, 'the studio's first adaptation took'",
    ),
    (
        FUNDS,
        "Last year the fund's returns reached 7.1%, its best since 2017.",
        "Ostrava Pension Fund",
        "annual returns",
        "'the fund's returns reached' for the pension fund",
    ),
    (
        MAKER,
        "The maker's sales had fallen by a third since 2022.",
        "Kellmar Toys",
        "sales fell",
        "'The maker's sales had fallen' for the maker named before",
    ),
]:
    case(OWNER, True, paragraphs, evidence, who, what, why)
for paragraphs, evidence, who, what, why in [
    (
        AGENCY,
        "The agency's inspectors found breaches at two more on Tuesday.",
        "Harwell Food Agency",
        "breaches found",
        "the inspectors act, people of their own",
    ),
    (
        CHARITY,
        "The charity's chair, Jon Tamsin, stepped down on Friday.",
        "Kestrel Aid",
        "chair stepped down",
        "the chair steps down, a person",
    ),
    (
        REGULATOR,
        "The regulator's decision was announced after markets closed.",
        "Brindle Energy",
        "fine announced",
        "the regulator's decision, and a passive",
    ),
    (
        FIRM,
        "The bank's shareholders voted for the deal on Tuesday.",
        "Lowmoor Bank",
        "shareholders voted",
        "the shareholders vote, not the bank",
    ),
    (
        FIRM,
        "The bank's shareholders voted for the deal on Tuesday.",
        "Arkwell Partners",
        "shareholders voted",
        "the adviser is no owner of the bank's shareholders",
    ),
    (
        COMPANY,
        "The company's spokesman said the cuts would fall mostly in warehouses.",
        "Dunmore Logistics",
        "where the cuts fall",
        "a spokesman only says",
    ),
    (
        RIVAL2,
        "The group's shares fell 6% by the close.",
        "Halden Foods",
        "shares fell",
        "Pellow Group, a group named nearer, owns the shares",
    ),
    (
        MONITOR,
        "The bureau's survey reported that growers had sown 2 million acres of oats.",
        "Bureau of Crop Statistics",
        "oats sown",
        "'reported that': the growers sowed",
    ),
    (
        COURTCASE,
        "The company's licence was suspended by the board on Thursday.",
        "Tarn Utilities",
        "licence suspended",
        "a passive: the board suspended it",
    ),
    (
        LEEDS,
        "The Leeds-based lender's profit rose 11% to £310 million in the year to March.",
        "Harwell Building Society",
        "annual profit rose",
        "a value the page never names",
    ),
    (
        CARRIER,
        "The carrier's load factor climbed to 94% as fares rose.",
        "Portugal",
        "July load factor",
        "a country is never 'the carrier'",
    ),
]:
    case(OWNER, False, paragraphs, evidence, who, what, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
