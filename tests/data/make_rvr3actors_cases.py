# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build a reviewer's set for session 39's r3actors (``grounding_rvr3actors.jsonl``): an
event's actor told by a definite description of its kind or by "it", at the rule's edges.

- ``rv-described``: "the company", "the lender", "the group" ... Must fail: a non-business
  body read as "the company" (a union, a council, a university), a value the page never writes
  but whose stripped or hyphened part it does ("Arden Group" where the page has "Arden
  Capital"), a person who founded or runs the body, a nearer subject of the kind the page
  shows only by its acts, "the group" meaning a group of investors. Must pass: the
  description with a fronted time or place between it and its verb ("The lender on Tuesday
  cut"), with a relative clause ("The company, which ..."), after "after"/"while"/"since",
  nouns of a kind in other styles.
- ``rv-it``: "it". Must fail: "it" after two bodies joined as one subject ("A and B agreed a
  merger. It ..."), "it" of a thing told in the sentence before ("X said the reservoir was at
  40 per cent. It has fallen"), a dummy "it" of verbs the rule does not list ("It transpired
  that", "It turns out", "It is becoming harder", "It looks as if", "It has emerged that").
  Must pass: "It will close", "It is to cut" (British), "It also said", "it" after a
  description that reads back.

Run ``python tests/data/make_rvr3actors_cases.py`` to rebuild it. Every sentence is written for
this set (fictional firms, people and places); each verdict was decided when written, before
any run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvr3actors.jsonl")

built = SupportCases(
    "rvr3ac",
    leads=[
        "By Callum Ferris | The Dunmore Courier",
        "CHICAGO (Lakeline Wire) -",
        "CITY DESK | The Harwich Evening Star",
        "From our Singapore bureau, The Straits Monitor.",
        "Filed by staff | Piedmont Business Journal | 9 June",
    ],
)
D = "rv-described"
IT = "rv-it"


def actor(
    category: str, expect: bool, before: str, sentence: str, who: str, what: str, why: str
) -> None:
    built.actor(category, expect, sentence, who, what, why, before=before)


# --- rv-described: must fail ------------------------------------------------------------------
actor(
    D,
    False,
    "Unite called a strike at Fenmore Buses on Monday, its members voting 4 to 1 for action.",
    "The company has hired agency drivers to keep 40 routes running.",
    "Unite",
    "agency drivers hired",
    "a union is never 'the company': the bus operator hired the drivers",
)
actor(
    D,
    False,
    "Kessock District Council awarded the bin contract to Tarlow Services in April. The council said its budget was stretched.",
    "The firm has since cut collections to once a fortnight.",
    "Kessock District Council",
    "collections cut",
    "a council is never 'the firm': the contractor cut collections",
)
actor(
    D,
    False,
    "Arden Capital Partners agreed to buy a stake in a Leeds software house on Thursday.",
    "The group will pay £45m in cash.",
    "Arden Group",
    "stake bought",
    "the page names Arden Capital Partners, never an 'Arden Group'",
)
actor(
    D,
    False,
    "Kessler Engines reported a 9 per cent rise in orders for the quarter.",
    "The company raised its full-year guidance.",
    "Ostrova-Kessler",
    "guidance raised",
    "the page names Kessler Engines, never Ostrova-Kessler",
)
actor(
    D,
    False,
    "Vusi Dlamini founded Karoo Freight in 2004 with two lorries.",
    "The company now runs 300 trucks across four provinces.",
    "Vusi Dlamini",
    "fleet grown to 300 trucks",
    "the founder is a person, not 'the company'",
)
actor(
    D,
    False,
    "Halvard Retail posted a 3 per cent rise in like-for-like sales. Kingsgate cut prices across its 200 stores.",
    "The retailer also closed its online marketplace.",
    "Halvard Retail",
    "online marketplace closed",
    "the nearer subject, Kingsgate, is the retailer meant",
)
actor(
    D,
    False,
    "A group of investors led by Sorrel Capital bid 140p a share for Lanark Mills on Friday.",
    "The group also offered to keep the mills' pension scheme open.",
    "Lanark Mills",
    "pension scheme kept open",
    "'the group' is the investors, who bid for Lanark Mills",
)
actor(
    D,
    False,
    "Brisbane-based Coral Sky Airways and its partner Tamsin Air started a joint route on Monday.",
    "The carrier will fly the route three times a week.",
    "Coral Sky Airways",
    "route flown",
    "two airlines in the subject: either may be the carrier",
)
actor(
    D,
    False,
    "The University of Harlow signed a research deal with Pentland Biotech on Wednesday.",
    "The company will fund 20 doctoral places over five years.",
    "University of Harlow",
    "doctoral places funded",
    "a university is never 'the company'",
)
actor(
    D,
    False,
    "Marigold Foods supplies Brackley Stores with frozen meals. Brackley Stores reported weaker sales last week.",
    "The company cut its dividend on Monday.",
    "Marigold Foods",
    "dividend cut",
    "the nearer subject, Brackley Stores, is the company meant",
)
actor(
    D,
    False,
    "Ambassador Lena Kovac met executives of Strand Mining in Perth.",
    "The miner pledged to invest $2bn in the region.",
    "Lena Kovac",
    "investment pledged",
    "a person is never 'the miner'",
)
actor(
    D,
    False,
    "Corvel Motors is controlled by the Anand family trust, which holds 52 per cent of its shares.",
    "The carmaker recalled 80,000 vehicles over faulty airbags.",
    "Anand family trust",
    "vehicles recalled",
    "the carmaker is Corvel Motors, not its owner",
)
actor(
    D,
    False,
    "Greyfield Insurance paid out £1.2bn in storm claims. Rival Ossory Mutual lost £300m on its property book.",
    "The insurer then raised premiums by 8 per cent.",
    "Greyfield Insurance",
    "premiums raised",
    "the nearer body of the kind, Ossory Mutual, is the insurer meant",
)
actor(
    D,
    False,
    "Investors backed a plan at Dunmore Water on Tuesday to pay down debt.",
    "The utility plans to sell its waste arm.",
    "Dunmore Holdings",
    "waste arm to be sold",
    "the page never writes Dunmore Holdings",
)
actor(
    D,
    False,
    "The Transport Workers Union called off its strike at Southgate Rail after talks on Sunday.",
    "The railroad agreed to a 4 per cent raise.",
    "Transport Workers Union",
    "raise agreed",
    "a union is never 'the railroad'",
)
actor(
    D,
    False,
    "Premier Jonas Ekdahl welcomed the results of Skarven Bank on Friday.",
    "The lender doubled its quarterly profit.",
    "Jonas Ekdahl",
    "profit doubled",
    "a person is never 'the lender'",
)

# --- rv-described: must pass ------------------------------------------------------------------
actor(
    D,
    True,
    "Tolland Bank reported record deposits for the half year.",
    "The lender on Tuesday cut its standard variable rate by a quarter point.",
    "Tolland Bank",
    "variable rate cut",
    "a fronted time between the description and its verb",
)
actor(
    D,
    True,
    "Harcourt Logistics lost two big contracts in the spring.",
    "The company, which is based in Leeds, has cut 200 jobs.",
    "Harcourt Logistics",
    "200 jobs cut",
    "a relative clause between the description and its verb",
)
actor(
    D,
    True,
    "Brennock Brewing Co posted a pre-tax loss of £4m.",
    "Shares fell 8 per cent after the brewer warned that volumes would slip again.",
    "Brennock Brewing Co",
    "profit warning",
    "the description after 'after', subject of its clause",
)
actor(
    D,
    True,
    "Pellham Chemicals sold its coatings unit in January.",
    "Since then the group has bought two pigment makers in Spain.",
    "Pellham Chemicals",
    "pigment makers bought",
    "a fronted phrase without its comma",
)
actor(
    D,
    True,
    "Marston Rowe Homes plc handed over 6,200 homes in the year.",
    "The housebuilder also raised its dividend by 10 per cent.",
    "Marston Rowe Homes plc",
    "dividend raised",
    "'the housebuilder' read back to the builder named the sentence before",
)
actor(
    D,
    True,
    "Avanti Air cancelled 120 flights on Saturday as storms hit northern Italy.",
    "The airline rebooked most passengers within 24 hours.",
    "Avanti Air",
    "passengers rebooked",
    "'the airline' for an airline",
)
actor(
    D,
    True,
    "Quarry Hill Insurance settled 14,000 flood claims in the year.",
    "Sales rose 6 per cent, but the insurer trimmed its growth target.",
    "Quarry Hill Insurance",
    "growth target trimmed",
    "the description after ', but'",
)
actor(
    D,
    True,
    "The Financial Conduct Authority opened an inquiry into car finance last year.",
    "The regulator fined three brokers a total of £11m on Thursday.",
    "Financial Conduct Authority",
    "brokers fined",
    "'the regulator' for the authority, active",
)
actor(
    D,
    True,
    "Dellmont Semiconductor beat profit forecasts on Wednesday.",
    "The chipmaker said it would spend $4bn on a new fab in Arizona.",
    "Dellmont Semiconductor",
    "fab investment",
    "'the chipmaker' for a chip company",
)
actor(
    D,
    True,
    "Shoreline Grocers Inc opened 30 stores in Texas this year.",
    "The chain plans to add 40 more in 2027.",
    "Shoreline Grocers Inc",
    "stores planned",
    "'the chain' for a grocer, value with its suffix",
)
actor(
    D,
    True,
    "Cobalt Ridge Mining lifted copper output by 14 per cent.",
    "The miner, however, cut its forecast for nickel.",
    "Cobalt Ridge Mining",
    "nickel forecast cut",
    "an adverb set off by commas after the description",
)
actor(
    D,
    True,
    "Vantage Rail posted its first profit since 2019.",
    "In the third quarter the railroad carried 1.2 million carloads.",
    "Vantage Rail",
    "carloads carried",
    "a fronted phrase without a comma (US style)",
)
actor(
    D,
    True,
    "Harbury Pharma won approval for its asthma inhaler in Europe.",
    "The drugmaker expects to launch it in Germany in September.",
    "Harbury Pharma",
    "launch expected",
    "'the drugmaker' for a drug company",
)
actor(
    D,
    True,
    "Fenwick Holdings sold its Irish arm for €210m.",
    "The company then bought back 5 per cent of its shares.",
    "Fenwick Holdings",
    "shares bought back",
    "'the company' read back, an adverb before the verb",
)
actor(
    D,
    True,
    "Greystone Building Society raised its savings rates on Monday.",
    "The lender has also cut the rate on its two-year fixed mortgage.",
    "Greystone Building Society",
    "mortgage rate cut",
    "'the lender' for a building society shown a lender by its acts",
)
actor(
    D,
    True,
    "Corran Dairies agreed to supply milk to Halden Foods for five years.",
    "The company will build a new bottling plant in Ayr.",
    "Corran Dairies",
    "bottling plant to be built",
    "the subject is salient: an object named after it is no nearer subject",
)

# --- rv-it: must fail -------------------------------------------------------------------------
actor(
    IT,
    False,
    "Arlo Bank and Tees Credit Union agreed a merger on Monday.",
    "It creates a lender with 1.4 million members.",
    "Arlo Bank",
    "lender created",
    "two bodies in the subject: 'it' is the merger",
)
actor(
    IT,
    False,
    "Marlow Water said the main reservoir was at 40 per cent of capacity.",
    "It has fallen 12 points since May.",
    "Marlow Water",
    "reservoir level fell",
    "'it' is the reservoir, told in the sentence before",
)
actor(
    IT,
    False,
    "Fenwick Mining reported a loss for the year.",
    "It transpired that the mine's manager had falsified safety records.",
    "Fenwick Mining",
    "safety records falsified",
    "a dummy 'it' ('It transpired that'); the manager falsified them",
)
actor(
    IT,
    False,
    "Corsa Logistics blamed the port for its delays.",
    "It turns out the port authority had warned shippers in March.",
    "Corsa Logistics",
    "shippers warned",
    "a dummy 'it' ('It turns out'); the port authority warned",
)
actor(
    IT,
    False,
    "Pell Airways posted a loss of €90m for the winter.",
    "It is becoming harder for budget carriers to fill seats in January.",
    "Pell Airways",
    "seats unfilled",
    "a dummy 'it' ('It is becoming harder for')",
)
actor(
    IT,
    False,
    "Draycott Homes missed its completions target.",
    "It looks as if rivals will cut prices before the summer.",
    "Draycott Homes",
    "prices cut",
    "a dummy 'it' ('It looks as if'); rivals may cut",
)
actor(
    IT,
    False,
    "Harlow Credit raised £300m from investors last month.",
    "It has emerged that the chairman sold shares a week earlier.",
    "Harlow Credit",
    "shares sold",
    "a dummy 'it' ('It has emerged that'); the chairman sold",
)
actor(
    IT,
    False,
    "Norland Steel launched a new rail product in March.",
    "It weighs 20 per cent less than the old design.",
    "Norland Steel",
    "weight cut by 20 per cent",
    "'it' is the rail product, not the company",
)
actor(
    IT,
    False,
    "Tarvo Telecom's network went down for six hours on Friday.",
    "It had carried 40 per cent of the country's mobile traffic.",
    "Tarvo Telecom",
    "traffic carried",
    "'it' is the network, the sentence before's subject",
)
actor(
    IT,
    False,
    "Chief executive Ruth Ogando joined Bellweather Foods in 2021.",
    "It has since doubled its sales in Asia.",
    "Ruth Ogando",
    "Asian sales doubled",
    "a person is never 'it'",
)
actor(
    IT,
    False,
    "Sweden's central bank held rates at 2 per cent.",
    "It signalled one more cut this year.",
    "Sweden",
    "rate cut signalled",
    "the central bank signalled, not the country",
)
actor(
    IT,
    False,
    "Rennick Paper's largest mill closed in 2023.",
    "It employed 700 people at its peak.",
    "Rennick Paper",
    "700 employed",
    "'it' is the mill, the subject before",
)
actor(
    IT,
    False,
    "Ostler Foods warned on profits.",
    "It pays to be cautious in this market, analysts said.",
    "Ostler Foods",
    "caution paid",
    "a dummy 'it' ('It pays to')",
)
actor(
    IT,
    False,
    "Kelso Media bought a rival's podcast network in April.",
    "It earned £6m in advertising last year.",
    "Kelso Holdings",
    "advertising earned",
    "the page never writes Kelso Holdings",
)
actor(
    IT,
    False,
    "Brightwater Energy said the Sella oilfield had come back online.",
    "It is pumping 90,000 barrels a day.",
    "Brightwater Energy",
    "oil pumped",
    "'it' is the oilfield, told in the sentence before",
)
actor(
    IT,
    False,
    "Draper Gas and its lenders agreed to extend a $2bn loan. The deal runs to 2029.",
    "It also carries a higher interest rate.",
    "Draper Gas",
    "interest rate raised",
    "'it' after a sentence whose subject is the deal",
)

# --- rv-it: must pass -------------------------------------------------------------------------
actor(
    IT,
    True,
    "Tamworth Retail plc reported a 12 per cent fall in profit.",
    "It will close 18 stores by March.",
    "Tamworth Retail plc",
    "stores closed",
    "'It will close': a modal and an act",
)
actor(
    IT,
    True,
    "Lindqvist Marine lost its biggest contract in April.",
    "It is to cut 300 jobs at its Gothenburg yard.",
    "Lindqvist Marine",
    "300 jobs cut",
    "'It is to cut' (British): a plan of its own",
)
actor(
    IT,
    True,
    "Orrin Software Inc missed revenue forecasts for a second quarter.",
    "It also said it would buy back $500m of stock.",
    "Orrin Software Inc",
    "buyback",
    "'It also said'",
)
actor(
    IT,
    True,
    "The lender, Kinross Bank, set aside £90m for bad loans.",
    "It has cut its forecast for mortgage growth.",
    "Kinross Bank",
    "forecast cut",
    "'it' after the name in apposition to a description",
)
actor(
    IT,
    True,
    "Ferrand Cement raised prices by 7 per cent.",
    "It expects demand to recover in the second half.",
    "Ferrand Cement",
    "demand outlook",
    "'It expects'",
)
actor(
    IT,
    True,
    "Bexley Motors recalled 40,000 cars in June. The carmaker blamed a supplier.",
    "It has since switched to a second supplier in Poland.",
    "Bexley Motors",
    "supplier switched",
    "'it' after a description that reads back",
)
actor(
    IT,
    True,
    "Galloway Textiles closed its last British mill.",
    "In a statement, it blamed energy costs.",
    "Galloway Textiles",
    "energy costs blamed",
    "'it' after a fronted phrase and its comma",
)
actor(
    IT,
    True,
    "Pinecrest Health Systems bought three clinics in Ohio.",
    "It paid $120 million in cash and stock.",
    "Pinecrest Health Systems",
    "clinics bought",
    "'It paid'",
)
actor(
    IT,
    True,
    "Quantock Cider sold 12 million pints in the summer.",
    "It now exports to 14 countries.",
    "Quantock Cider",
    "exports",
    "'It now exports'",
)
actor(
    IT,
    True,
    "Elmhurst Bancorp beat forecasts on Tuesday.",
    "It is raising its dividend for the first time since 2020.",
    "Elmhurst Bancorp",
    "dividend raised",
    "'It is raising'",
)
actor(
    IT,
    True,
    "Selwyn Games Ltd released two titles in the autumn.",
    "It sold 3 million copies of the first in a week.",
    "Selwyn Games Ltd",
    "copies sold",
    "'It sold'",
)
actor(
    IT,
    True,
    "Fairlie Bank cut its mortgage rates, following a move by Tynedale Building Society.",
    "It has also raised rates on easy-access savings.",
    "Fairlie Bank",
    "savings rates raised",
    "'it' of the sentence before's subject; a body named in a phrase after it is no nearer subject",
)
actor(
    IT,
    True,
    "Ridgeway Power agreed to buy Tern Solar for £80m.",
    "It will fund the deal from cash.",
    "Ridgeway Power",
    "deal funded",
    "'it' of the subject that bought, not of the bought",
)
actor(
    IT,
    True,
    "Haldane Shipping ordered six container ships on Thursday.",
    "It expects delivery in 2028.",
    "Haldane Shipping",
    "delivery expected",
    "'It expects'",
)
actor(
    IT,
    True,
    "Morven Telecom lost 90,000 broadband customers in the quarter.",
    "It blamed price rises and a rival's discounts.",
    "Morven Telecom",
    "price rises blamed",
    "'It blamed'",
)
actor(
    IT,
    True,
    "Castleton Foods plc lifted its profit forecast.",
    "For the full year it now expects profit of £140m.",
    "Castleton Foods plc",
    "forecast lifted",
    "'it' after a fronted phrase without its comma",
)

# session 40 (gac40): a name written as the value's rival, nearer the description, is of the
# value's kind and may be the one the description means; with no rival nearer it reads back
RIVALS = [
    (
        False,
        "Harcourt Airways carried 4 million passengers in July. Rival Skelby Air cut its fares by a fifth.",
        "The airline then added 12 routes to Spain.",
        "Harcourt Airways",
        "routes added",
        "a rival named nearer: the airline may be Skelby Air",
    ),
    (
        False,
        "Ostler Insurance lifted its home premiums. Its rival Fennick Mutual held its prices.",
        "The insurer also closed 20 offices.",
        "Ostler Insurance",
        "offices closed",
        "'its rival' named nearer: the insurer may be Fennick",
    ),
    (
        False,
        "Drumlin Motors sold 40,000 cars in Europe. Rival Carrick Autos recalled 9,000 vans.",
        "The carmaker then cut prices in Italy.",
        "Drumlin Motors",
        "prices cut",
        "a rival carmaker named nearer",
    ),
    (
        False,
        "Pelham Stores posted record sales. Rivals Tavish Retail and Orme Markets lost ground.",
        "The retailer also opened a flagship in Leeds.",
        "Pelham Stores",
        "flagship opened",
        "rivals named nearer: the retailer may be theirs",
    ),
    (
        True,
        "Rival Skelby Air cut its fares by a fifth. Harcourt Airways carried 4 million passengers in July.",
        "The airline then added 12 routes to Spain.",
        "Harcourt Airways",
        "routes added",
        "the value named after its rival, nearer",
    ),
    (
        True,
        "Ostler Insurance lifted its home premiums, unlike its rivals.",
        "The insurer also closed 20 offices.",
        "Ostler Insurance",
        "offices closed",
        "no rival named: the insurer is Ostler",
    ),
    (
        True,
        "Drumlin Motors sold 40,000 cars in Europe, beating Carrick Autos.",
        "The carmaker then cut prices in Italy.",
        "Drumlin Motors",
        "prices cut",
        "the subject is salient; no rival named nearer",
    ),
    (
        True,
        "Pelham Stores posted record sales.",
        "The retailer also opened a flagship in Leeds.",
        "Pelham Stores",
        "flagship opened",
        "the retailer named the sentence before",
    ),
]
for expect, before, sentence, who, what, why in RIVALS:
    actor(D, expect, before, sentence, who, what, why)

# session 41 (gac41): an unmarked name ("Ferrand Cement") as the bare subject opening the
# sentence just before an opening "It" or description, which names no one else: the subject;
# not past an apposed, owned, passive or saying subject, nor a dummy "It has emerged that"
SALIENT = [
    (
        True,
        "Tamsin Cordage doubled its rope output last year.",
        "It now supplies 30 navies.",
        "Tamsin Cordage",
        "navies supplied",
        "the bare subject just before, no one else named",
    ),
    (
        True,
        "Kelso Ropeworks opened a second loom in March.",
        "It plans a third by the spring.",
        "Kelso Ropeworks",
        "third loom planned",
        "'It plans' after the bare subject",
    ),
    (
        True,
        "Arden Glassworks raised wages by 4 per cent.",
        "The maker also hired 60 apprentices.",
        "Arden Glassworks",
        "apprentices hired",
        "'the maker' after the bare subject",
    ),
    (
        True,
        "Penrose Dairies cut its milk price on Friday.",
        "It blamed a glut of cream.",
        "Penrose Dairies",
        "glut blamed",
        "'It blamed' after the bare subject",
    ),
    (
        False,
        "Morwen Cables was sold to a buyer from Ohio in May.",
        "It has since doubled its staff.",
        "Morwen Cables",
        "staff doubled",
        "a passive subject: the buyer may be meant",
    ),
    (
        False,
        "Chief buyer Ilse Varga praised the harvest.",
        "It fed 2,000 families.",
        "Ilse Varga",
        "families fed",
        "a person, apposed to her role, is no 'it'",
    ),
    (
        False,
        "Lowther Quarries said the old pit had flooded again.",
        "It is now 40 feet deep.",
        "Lowther Quarries",
        "pit flooded",
        "a saying's own clause has its own subject: the pit",
    ),
    (
        False,
        "Brannock Cider's new orchard opened in June.",
        "It grows 12 kinds of apple.",
        "Brannock Cider",
        "apples grown",
        "an owner's subject: 'it' is the orchard",
    ),
    (
        False,
        "Halsey Looms hired 40 weavers in May.",
        "It has emerged that the weavers were unpaid.",
        "Halsey Looms",
        "weavers unpaid",
        "a dummy 'It has emerged that'",
    ),
]
for expect, before, sentence, who, what, why in SALIENT:
    actor(IT, expect, before, sentence, who, what, why)

# session 42 (gac42), the lead's convention: a stand-in opening its sentence reads back to
# the bare subject of the sentence before, past an object named after it ("agreed to buy Tern
# Solar. It will fund"); but when that sentence hands a thing on to another ("lent the painting
# to Y") and the stand-in's sentence acts on the thing ("It put the work on display"), the
# stand-in is the one it went to.
PAST_OBJECT = [
    (
        True,
        "Ashgrove Energy agreed to buy Pelham Wind for £45m.",
        "It will pay for the deal with new shares.",
        "Ashgrove Energy",
        "deal paid in shares",
        "'It' of the buyer, not of the wind farm bought",
    ),
    (
        True,
        "Calloway Dairies signed a supply deal with Brightmore Foods on Friday.",
        "The company will hire 60 drivers.",
        "Calloway Dairies",
        "drivers hired",
        "the subject is salient past the other side of its deal",
    ),
    (
        True,
        "Drennan Power sold its gas plants to Ostrava Capital for £300m.",
        "It will use the cash to pay down debt.",
        "Drennan Power",
        "debt paid down",
        "a sale handed on, but 'it' acts on the cash, not the plants",
    ),
    (
        True,
        "Kelso Shipping won a contract from Varga Ports in June.",
        "It will add four ships to its fleet.",
        "Kelso Shipping",
        "ships added",
        "the winner of the contract, not the port that gave it",
    ),
    (
        True,
        "Fenwick Bakeries lent its recipe archive to the Pryor Museum.",
        "It plans to open a cafe in Leeds next year.",
        "Fenwick Bakeries",
        "cafe planned",
        "a loan handed on, but the next sentence is no act on the archive",
    ),
    (
        False,
        "Harwood Trust lent the sculpture to the Ellery Gallery.",
        "It will show the piece until March.",
        "Harwood Trust",
        "sculpture shown",
        "the gallery that got the sculpture shows it",
    ),
    (
        False,
        "Marlowe Power sold its wind farms to Tarrant Energy in May.",
        "It will run the farms from Glasgow.",
        "Marlowe Power",
        "farms run from Glasgow",
        "the buyer runs the farms it was sold",
    ),
    (
        False,
        "Oakridge Foundation donated the manuscripts to the Bexley Library.",
        "It will digitise the manuscripts next year.",
        "Oakridge Foundation",
        "manuscripts digitised",
        "the library given the manuscripts works on them",
    ),
    (
        False,
        "Penmore Holdings transferred its shares to Calder Group on Monday.",
        "It will sell them within a year.",
        "Penmore Holdings",
        "shares sold",
        "the group the shares went to sells them",
    ),
    (
        False,
        "Greyling Estates handed the keys to the Norcott Housing Association.",
        "The association will let the homes from June.",
        "Greyling Estates",
        "homes let",
        "a description of the other side: the association",
    ),
    (
        False,
        "Nora Vance sold her bakery to Tillman Foods in 2019.",
        "The company now runs 30 shops.",
        "Nora Vance",
        "30 shops run",
        "a person is no 'company': the buyer runs the shops",
    ),
]
for expect, before, sentence, who, what, why in PAST_OBJECT:
    actor(IT, expect, before, sentence, who, what, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
