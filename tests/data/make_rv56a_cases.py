# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv56a's set of aa56's topic statements (``grounding_rv56a.jsonl``;
:mod:`summarizer.verification.sentences.topic_statements`): a sentence naming no one read as
the page's topic's, at its edges, by category:

- ``opener``: the sentence opens with another body's name, alone ("Marlow will still open on
  June 8") or after an opening adverb or date ("On Monday Brannock cut 300 jobs"): that body
  is the actor, the page's topic is not;
- ``generic``: the sentence's subject is a generic noun ("The regulator", "The union") for a
  body named just before: the topic is not its actor; the same noun for the topic ("The
  group") after sentences naming only the topic: it is;
- ``pronoun``: "its" or "they" pointing at another body (not the topic), or at the topic;
- ``lines``: a quoted sentence, a fact-box line, a list item of several firms' results: the
  line's own firm, not the page's topic; a fact box of the topic's own results: the topic's;
- ``notactor``: the topic named at the top but not the actor (its buyer, the market, an
  index, a regulator's ruling told with no name): refused; the one the sentence names: passes;
- ``results``: results lines naming no one for the topic, with a place ("in London"), a month
  ("In March"), a currency ("EUR"), a percentage, a unit's acronym ("GDP"): the topic's; a
  rival named once further back: not.

Run ``python tests/data/make_rv56a_cases.py`` to rebuild it. The pages were written for this set
with made-up companies; each verdict is what a careful fact-checker reads in the text, decided
when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv56a.jsonl")

built = SupportCases(
    "rv56a",
    leads=[
        "By Ines Varga | The Solway Post",
        "Companies | The Tamar Courier",
        "City desk, The Fenland Star",
    ],
)


def both(category: str, before: str, sentence: str, good: str, bad: str, event: str) -> None:
    """``good`` is the sentence's actor (must pass); ``bad`` is not (must fail)."""
    built.actor(
        category,
        True,
        sentence,
        good,
        event,
        f"{good!r} is the one the sentence tells of",
        before=before,
    )
    built.actor(
        category, False, sentence, bad, event, f"{bad!r} is not the sentence's actor", before=before
    )


def fails(category: str, before: str, sentence: str, bad: str, event: str) -> None:
    built.actor(
        category, False, sentence, bad, event, f"{bad!r} is not the sentence's actor", before=before
    )


def passes(category: str, before: str, sentence: str, good: str, event: str) -> None:
    built.actor(
        category,
        True,
        sentence,
        good,
        event,
        f"{good!r}, the page's subject, is the actor",
        before=before,
    )


# --- opener: another body's name opens the sentence (alone, or after an adverb or a date) ----
# (page before, sentence, the body it names, the page's topic, event)
OPENERS = [
    (
        "Ardmore Hills opened a new chairlift on Saturday. Ardmore Hills expects a record winter after early snow.",
        "Marlow will still open on June 8, the long weekend that starts the season.",
        "Marlow",
        "Ardmore Hills",
        "season opening date",
    ),
    (
        "Calloway Freight lifted its forecast on Tuesday. Calloway Freight said volumes had recovered in the autumn.",
        "On Monday Brannock cut 300 jobs in Leeds.",
        "Brannock",
        "Calloway Freight",
        "job cuts",
    ),
    (
        "Dunmore Dairies raised milk prices on Wednesday. Dunmore Dairies blamed the cost of feed.",
        "In March Telford raised prices by 4%.",
        "Telford",
        "Dunmore Dairies",
        "prices raised",
    ),
    (
        "Ellery Power won a grid contract on Thursday. Ellery Power will build the line over three years.",
        "Last week Ostrava lost a 90 million euro contract in the same tender.",
        "Ostrava",
        "Ellery Power",
        "contract lost",
    ),
    (
        "Fairbrook Hotels reported a busy summer on Friday. Fairbrook Hotels filled nine rooms in ten.",
        "Vantor lifted the dividend to 12 cents a share.",
        "Vantor",
        "Fairbrook Hotels",
        "dividend lifted",
    ),
    (
        "Gorsedd Bank posted higher profits on Monday. Gorsedd Bank said lending had grown in every region.",
        "Yesterday Quillon reported a 6% fall in lending.",
        "Quillon",
        "Gorsedd Bank",
        "lending fell",
    ),
    (
        "Hartwell Cables signed a supply deal on Tuesday. Hartwell Cables will make undersea cable in Wales.",
        "Draycott, the smaller rival, shut two sites in June.",
        "Draycott",
        "Hartwell Cables",
        "sites shut",
    ),
    (
        "Inchmore Mills reported results on Wednesday. Inchmore Mills sold more flour than a year ago.",
        "By contrast Pellham saw revenue fall 3% to £210 million.",
        "Pellham",
        "Inchmore Mills",
        "revenue fell",
    ),
    (
        "Jessop Shipping ordered six new vessels on Thursday. Jessop Shipping will take delivery from 2027.",
        "Meanwhile Sorrel posted a loss of £40 million for the half.",
        "Sorrel",
        "Jessop Shipping",
        "half-year loss",
    ),
    (
        "Kirkby Glass opened a furnace in Doncaster on Friday. Kirkby Glass will hire 150 people there.",
        "Elsewhere Harrowgate added 12,000 customers in the quarter.",
        "Harrowgate",
        "Kirkby Glass",
        "customers added",
    ),
    (
        "Lowther Homes sold more houses than planned this year. Lowther Homes said buyers had returned in the spring.",
        "Zanetti will pay a special dividend of 50 pence.",
        "Zanetti",
        "Lowther Homes",
        "special dividend",
    ),
    (
        "Merrow Metals cut its output target on Monday. Merrow Metals blamed a fire at its smelter.",
        "Nordvik expects output of 1.1 million tonnes this year.",
        "Nordvik",
        "Merrow Metals",
        "output expected",
    ),
]
for before, sentence, named, topic, event in OPENERS:
    both("opener", before, sentence, named, topic, event)

# --- generic: a generic noun for a body named before, or for the topic itself ---------------
GENERIC_OTHER = [
    (
        "Calloway Freight raised its prices on Tuesday. Calloway Freight said fuel costs had climbed. Ofrail, the rail regulator, opened an inquiry the same day.",
        "The regulator will report by the end of March.",
        "Calloway Freight",
        "inquiry report due",
    ),
    (
        "Dunmore Dairies agreed a pay rise on Monday. Dunmore Dairies had faced a walkout. Unite balloted the drivers last month.",
        "The union won a 6% rise for 900 drivers.",
        "Dunmore Dairies",
        "pay rise won",
    ),
    (
        "Ellery Power lost a grid tender on Thursday. Ellery Power had bid low. Brantwood Energy won the contract.",
        "The rival operator will build 40 miles of line.",
        "Ellery Power",
        "line to be built",
    ),
    (
        "Fairbrook Hotels posted a loss on Friday. Fairbrook Hotels had borrowed heavily. Corvan Capital holds most of the debt.",
        "The lender wrote off £20 million last year.",
        "Fairbrook Hotels",
        "debt written off",
    ),
    (
        "Gorsedd Bank fined a trader on Monday. Gorsedd Bank said the trader broke its rules. The Prudential Authority had warned the bank in May.",
        "The watchdog fined three other lenders in 2024.",
        "Gorsedd Bank",
        "lenders fined",
    ),
    (
        "Hartwell Cables signed a deal on Tuesday. Hartwell Cables will supply cable to Selby Air. Selby Air flies to 40 cities.",
        "The carrier ordered 12 new jets last week.",
        "Hartwell Cables",
        "jets ordered",
    ),
    (
        "Inchmore Mills won a bakery contract on Wednesday. Inchmore Mills will supply flour to Crumbwell. Crumbwell runs 300 shops.",
        "The baker plans 20 more shops next year.",
        "Inchmore Mills",
        "shops planned",
    ),
    (
        "Jessop Shipping lost a charter on Thursday. Jessop Shipping had carried grain for the firm. Halvard Grain moved the work to Norsea Lines.",
        "The new shipper will carry 2 million tonnes a year.",
        "Jessop Shipping",
        "grain to be carried",
    ),
    (
        "Kirkby Glass raised prices on Monday. Kirkby Glass blamed gas costs. Ofgem capped what suppliers may charge homes in October.",
        "The regulator held the cap at £1,700 a year.",
        "Kirkby Glass",
        "price cap held",
    ),
    (
        "Lowther Homes lost a planning appeal on Tuesday. Lowther Homes had hoped to build 400 homes. GMB members at its sites voted to strike.",
        "The union said 1,200 workers would walk out.",
        "Lowther Homes",
        "walkout planned",
    ),
]
for before, sentence, topic, event in GENERIC_OTHER:
    fails("generic", before, sentence, topic, event)
GENERIC_TOPIC = [
    (
        "Kirkby Glass reported results on Friday. Kirkby Glass sold more bottles than ever.",
        "The group raised its dividend by 8%.",
        "Kirkby Glass",
        "dividend raised",
    ),
    (
        "Lowther Homes reported results on Monday. Lowther Homes sold 4,100 houses.",
        "The housebuilder will open 30 new sites next year.",
        "Lowther Homes",
        "new sites",
    ),
    (
        "Merrow Metals reported results on Tuesday. Merrow Metals sold more copper wire.",
        "The company cut net debt to £300 million.",
        "Merrow Metals",
        "net debt cut",
    ),
    (
        "Calloway Freight reported results on Wednesday. Calloway Freight moved more parcels than planned.",
        "The haulier will add 200 lorries in the spring.",
        "Calloway Freight",
        "lorries added",
    ),
    (
        "Dunmore Dairies reported results on Thursday. Dunmore Dairies sold more cheese abroad.",
        "The dairy lifted revenue 5% to £1.4 billion.",
        "Dunmore Dairies",
        "revenue lifted",
    ),
    (
        "Ellery Power reported results on Friday. Ellery Power added wind farms in Scotland.",
        "The utility expects profit of about £500 million.",
        "Ellery Power",
        "profit expected",
    ),
    (
        "Fairbrook Hotels reported results on Monday. Fairbrook Hotels filled more rooms.",
        "The chain will refit 14 hotels this year.",
        "Fairbrook Hotels",
        "hotels refitted",
    ),
    (
        "Gorsedd Bank reported results on Tuesday. Gorsedd Bank lent more to farmers.",
        "The lender set aside £45 million for bad loans.",
        "Gorsedd Bank",
        "bad-loan provision",
    ),
    (
        "Hartwell Cables reported results on Wednesday. Hartwell Cables sold more undersea cable.",
        "The firm won orders worth £1.2 billion in the year.",
        "Hartwell Cables",
        "orders won",
    ),
    (
        "Inchmore Mills reported results on Thursday. Inchmore Mills milled more wheat.",
        "The miller cut 60 jobs at its Hull site.",
        "Inchmore Mills",
        "jobs cut",
    ),
]
for before, sentence, topic, event in GENERIC_TOPIC:
    passes("generic", before, sentence, topic, event)

# --- pronoun: "its" or "they" for another body, or for the topic ---------------------------
PRONOUN_OTHER = [
    (
        "Hartwell Cables raised its forecast on Tuesday. Hartwell Cables said demand was strong. Draycott Wire, by contrast, warned on profits.",
        "Its shares fell 9% by noon.",
        "Hartwell Cables",
        "shares fell",
    ),
    (
        "Inchmore Mills reported results on Wednesday. Inchmore Mills sold more flour. Pellham Foods and Crumbwell reported on the same day.",
        "They both cut prices by 3%.",
        "Inchmore Mills",
        "prices cut",
    ),
    (
        "Jessop Shipping ordered vessels on Thursday. Jessop Shipping will take them from 2027. Norsea Lines cancelled an order instead.",
        "Its fleet will shrink to 40 ships.",
        "Jessop Shipping",
        "fleet shrinks",
    ),
    (
        "Kirkby Glass opened a furnace on Friday. Kirkby Glass will hire 150 people. Two rivals, Sandal Glass and Otley Jars, shut plants.",
        "They cut 700 jobs between them.",
        "Kirkby Glass",
        "jobs cut",
    ),
    (
        "Lowther Homes sold more houses on Monday. Lowther Homes said buyers had returned. Harrowgate Homes lost its finance chief.",
        "Its profit halved to £60 million.",
        "Lowther Homes",
        "profit halved",
    ),
    (
        "Merrow Metals cut its target on Tuesday. Merrow Metals blamed a fire. Nordvik Metal had a better week.",
        "Its output rose 11%.",
        "Merrow Metals",
        "output rose",
    ),
    (
        "Calloway Freight lifted its forecast on Tuesday. Calloway Freight said volumes recovered. Brennan Logistics, its nearest rival, lost a supermarket contract.",
        "Its revenue will fall by about £80 million.",
        "Calloway Freight",
        "revenue to fall",
    ),
    (
        "Dunmore Dairies raised prices on Wednesday. Dunmore Dairies blamed feed costs. Telford Creamery and Ashby Farms held their prices.",
        "They expect to win customers in the spring.",
        "Dunmore Dairies",
        "customers expected",
    ),
    (
        "Ellery Power won a grid contract on Thursday. Ellery Power will build the line. Brantwood Energy lost the same tender.",
        "Its bid was £40 million higher.",
        "Ellery Power",
        "higher bid",
    ),
    (
        "Fairbrook Hotels posted a busy summer on Friday. Fairbrook Hotels filled most rooms. Corvan Inns and Selby Lodges struggled.",
        "They closed nine hotels between them.",
        "Fairbrook Hotels",
        "hotels closed",
    ),
]
for before, sentence, topic, event in PRONOUN_OTHER:
    fails("pronoun", before, sentence, topic, event)
PRONOUN_TOPIC = [
    (
        "Hartwell Cables raised its forecast on Tuesday. Hartwell Cables said demand was strong.",
        "Its shares rose 9% by noon.",
        "Hartwell Cables",
        "shares rose",
    ),
    (
        "Jessop Shipping ordered vessels on Thursday. Jessop Shipping will take them from 2027.",
        "Its fleet will grow to 60 ships.",
        "Jessop Shipping",
        "fleet grows",
    ),
    (
        "Lowther Homes sold more houses on Monday. Lowther Homes said buyers had returned.",
        "Its profit doubled to £240 million.",
        "Lowther Homes",
        "profit doubled",
    ),
    (
        "Merrow Metals cut its target on Tuesday. Merrow Metals blamed a fire.",
        "Its output fell 11%.",
        "Merrow Metals",
        "output fell",
    ),
    (
        "Kirkby Glass opened a furnace on Friday. Kirkby Glass will hire 150 people.",
        "It expects sales of £900 million this year.",
        "Kirkby Glass",
        "sales expected",
    ),
    (
        "Calloway Freight lifted its forecast on Tuesday. Calloway Freight said volumes recovered.",
        "Its margin widened to 8.2%.",
        "Calloway Freight",
        "margin widened",
    ),
    (
        "Dunmore Dairies raised prices on Wednesday. Dunmore Dairies blamed feed costs.",
        "It expects to win customers in the spring.",
        "Dunmore Dairies",
        "customers expected",
    ),
    (
        "Ellery Power won a grid contract on Thursday. Ellery Power will build the line.",
        "Its bid was £40 million lower than the next.",
        "Ellery Power",
        "lower bid",
    ),
    (
        "Fairbrook Hotels posted a busy summer on Friday. Fairbrook Hotels filled most rooms.",
        "It will open nine hotels next year.",
        "Fairbrook Hotels",
        "hotels to open",
    ),
    (
        "Gorsedd Bank posted higher profits on Monday. Gorsedd Bank lent more.",
        "Its costs fell 3% as branches closed.",
        "Gorsedd Bank",
        "costs fell",
    ),
]
for before, sentence, topic, event in PRONOUN_TOPIC:
    passes("pronoun", before, sentence, topic, event)

# --- lines: a quote, a fact-box line, a list item of several firms' results -------------------
LINES_OTHER = [
    (
        "Dunmore Dairies raised milk prices on Wednesday. Dunmore Dairies blamed the cost of feed.",
        '"Sales fell 9% in the quarter," a Telford Creamery spokesman said.',
        "Dunmore Dairies",
        "sales fell",
    ),
    (
        "Ellery Power won a grid contract on Thursday. Ellery Power will build the line.",
        '"Profit will halve this year," said the head of Brantwood Energy.',
        "Ellery Power",
        "profit to halve",
    ),
    (
        "Fairbrook Hotels reported a busy summer. Fairbrook Hotels filled nine rooms in ten. Results from the sector on Friday:\n- Corvan Inns: revenue up 4% to £300 million\n- Selby Lodges: revenue down 2%",
        "- Selby Lodges: revenue down 2%",
        "Fairbrook Hotels",
        "revenue down",
    ),
    (
        "Gorsedd Bank posted higher profits on Monday. Gorsedd Bank lent more. Other lenders' figures:\n- Quillon Bank: profit £1.1 billion\n- Arden Mutual: profit £240 million",
        "- Arden Mutual: profit £240 million",
        "Gorsedd Bank",
        "annual profit",
    ),
    (
        "Hartwell Cables signed a supply deal on Tuesday. Hartwell Cables will make cable in Wales.\n\nDRAYCOTT WIRE AT A GLANCE\nRevenue: £410 million\nStaff: 2,300",
        "Staff: 2,300",
        "Hartwell Cables",
        "staff numbers",
    ),
    (
        "Inchmore Mills reported results on Wednesday. Inchmore Mills sold more flour.\n\nPELLHAM FOODS IN NUMBERS\nProfit: £38 million\nShops: 210",
        "Profit: £38 million",
        "Inchmore Mills",
        "profit",
    ),
    (
        "Jessop Shipping ordered six vessels on Thursday. Jessop Shipping will take them from 2027.",
        "'Our order book is empty,' the head of Norsea Lines told analysts.",
        "Jessop Shipping",
        "order book empty",
    ),
    (
        "Kirkby Glass opened a furnace on Friday. Kirkby Glass will hire 150 people. Glassmakers' quarter:\n- Sandal Glass: output up 6%\n- Otley Jars: output down 1%",
        "- Otley Jars: output down 1%",
        "Kirkby Glass",
        "output down",
    ),
    (
        "Lowther Homes sold more houses on Monday. Lowther Homes said buyers had returned.",
        '"Completions fell by a fifth," the head of Harrowgate Homes said.',
        "Lowther Homes",
        "completions fell",
    ),
    (
        "Merrow Metals cut its target on Tuesday. Merrow Metals blamed a fire.\n\nNORDVIK METAL AT A GLANCE\nOutput: 1.1 million tonnes\nStaff: 3,400",
        "Output: 1.1 million tonnes",
        "Merrow Metals",
        "output",
    ),
]
for before, sentence, topic, event in LINES_OTHER:
    fails("lines", before, sentence, topic, event)
LINES_TOPIC = [
    (
        "Lowther Homes reported results on Monday. Lowther Homes sold more houses.\n\nLOWTHER HOMES AT A GLANCE\nRevenue: £2.3 billion\nHomes sold: 4,100",
        "Homes sold: 4,100",
        "Lowther Homes",
        "homes sold",
    ),
    (
        "Merrow Metals reported results on Tuesday. Merrow Metals sold more wire.\n\nMERROW METALS IN NUMBERS\nProfit: £88 million\nStaff: 5,200",
        "Profit: £88 million",
        "Merrow Metals",
        "profit",
    ),
    (
        "Calloway Freight reported results on Wednesday. Calloway Freight moved more parcels. The highlights:\n- Revenue up 7% to £900 million\n- 300 lorries added",
        "- Revenue up 7% to £900 million",
        "Calloway Freight",
        "revenue up",
    ),
    (
        "Dunmore Dairies reported results on Thursday. Dunmore Dairies sold more cheese. The highlights:\n- Exports up 12%\n- Dividend held at 9 pence",
        "- Dividend held at 9 pence",
        "Dunmore Dairies",
        "dividend held",
    ),
    (
        "Ellery Power reported results on Friday. Ellery Power added wind farms.",
        "Operating profit: £510 million, up 6%",
        "Ellery Power",
        "operating profit",
    ),
    (
        "Fairbrook Hotels reported results on Monday. Fairbrook Hotels filled more rooms.",
        "Occupancy rose to 88% from 81%.",
        "Fairbrook Hotels",
        "occupancy rose",
    ),
    (
        "Gorsedd Bank reported results on Tuesday. Gorsedd Bank lent more to farmers.",
        "Pre-tax profit rose 11% to £620 million.",
        "Gorsedd Bank",
        "pre-tax profit rose",
    ),
    (
        "Hartwell Cables reported results on Wednesday. Hartwell Cables sold more cable.",
        "Orders for the year stood at £2.4 billion.",
        "Hartwell Cables",
        "order book",
    ),
    (
        "Inchmore Mills reported results on Thursday. Inchmore Mills milled more wheat.",
        "Some 300 jobs will be added at the Hull mill.",
        "Inchmore Mills",
        "jobs added",
    ),
    (
        "Jessop Shipping reported results on Friday. Jessop Shipping carried more containers.",
        "Headcount rose to 6,200.",
        "Jessop Shipping",
        "headcount rose",
    ),
]
for before, sentence, topic, event in LINES_TOPIC:
    passes("lines", before, sentence, topic, event)

# --- notactor: the page's topic is named, but the sentence's actor is another ----------------
NOT_ACTOR = [
    (
        "Ellery Power agreed on Monday to sell its meter unit. Ellery Power will use the money to cut debt.",
        "The buyer will pay £300 million in cash.",
        "Ellery Power",
        "price paid",
    ),
    (
        "Fairbrook Hotels shares rose on Tuesday. Fairbrook Hotels lifted its forecast.",
        "The wider market slipped 0.4% on the day.",
        "Fairbrook Hotels",
        "market slipped",
    ),
    (
        "Gorsedd Bank reported results on Wednesday. Gorsedd Bank lent more.",
        "The index of bank shares closed 1.1% lower.",
        "Gorsedd Bank",
        "index fell",
    ),
    (
        "Hartwell Cables agreed on Thursday to be bought. Hartwell Cables backed the offer.",
        "The bidder already owns 28% of the shares.",
        "Hartwell Cables",
        "stake held",
    ),
    (
        "Inchmore Mills raised prices on Friday. Inchmore Mills blamed the wheat harvest.",
        "Wheat prices have risen 30% since June.",
        "Inchmore Mills",
        "wheat prices rose",
    ),
    (
        "Jessop Shipping reported results on Monday. Jessop Shipping carried more containers.",
        "Freight rates fell 15% over the year.",
        "Jessop Shipping",
        "freight rates fell",
    ),
]
for before, sentence, topic, event in NOT_ACTOR:
    fails("notactor", before, sentence, topic, event)
NAMED_ACTOR = [
    (
        "Kirkby Glass agreed on Monday to sell its jar unit. Kirkby Glass will keep the bottle plants.",
        "Otley Jars will pay £120 million for the unit.",
        "Otley Jars",
        "Kirkby Glass",
        "price paid",
    ),
    (
        "Lowther Homes shares rose on Tuesday. Lowther Homes lifted its forecast.",
        "The FTSE 250 slipped 0.6% on the day.",
        "FTSE 250",
        "Lowther Homes",
        "index slipped",
    ),
    (
        "Merrow Metals reported results on Wednesday. Merrow Metals sold more wire.",
        "Its subsidiary Nordvik Wire lost £12 million.",
        "Nordvik Wire",
        "Merrow Metals",
        "subsidiary loss",
    ),
    (
        "Calloway Freight agreed on Thursday to be bought. Calloway Freight backed the offer.",
        "Brennan Logistics already owns 28% of the shares.",
        "Brennan Logistics",
        "Calloway Freight",
        "stake held",
    ),
    (
        "Dunmore Dairies agreed on Friday to sell its cheese arm. Dunmore Dairies will keep its milk business.",
        "The buyer, Ashby Farms, will pay £90 million.",
        "Ashby Farms",
        "Dunmore Dairies",
        "price paid",
    ),
    (
        "Ellery Power shares fell on Monday. Ellery Power cut its forecast.",
        "Meanwhile Brantwood Energy shares rose 2%.",
        "Brantwood Energy",
        "Ellery Power",
        "shares rose",
    ),
    (
        "Fairbrook Hotels agreed on Tuesday to sell six hotels. Fairbrook Hotels will lease them back.",
        "Corvan Capital will pay £210 million for them.",
        "Corvan Capital",
        "Fairbrook Hotels",
        "price paid",
    ),
    (
        "Gorsedd Bank reported results on Wednesday. Gorsedd Bank lent more.",
        "Its insurance arm, Arden Cover, lost £9 million.",
        "Arden Cover",
        "Gorsedd Bank",
        "insurance arm loss",
    ),
    (
        "Hartwell Cables agreed on Thursday to be bought. Hartwell Cables backed the offer.",
        "Selby Industrial will fund the deal with new debt.",
        "Selby Industrial",
        "Hartwell Cables",
        "deal funding",
    ),
    (
        "Inchmore Mills raised prices on Friday. Inchmore Mills blamed the harvest.",
        "On Friday Pellham Foods said it would raise bread prices too.",
        "Pellham Foods",
        "Inchmore Mills",
        "bread prices raised",
    ),
]
for before, sentence, named, topic, event in NAMED_ACTOR:
    both("notactor", before, sentence, named, topic, event)

# --- results: a results line naming no one, for the topic; a rival named further back --------
RESULTS = [
    (
        "Dunmore Dairies reported a record year on Tuesday, a week after Telford Creamery warned. Dunmore Dairies said cheese exports had doubled.",
        "The shares rose 5% in London.",
        "Dunmore Dairies",
        "Telford Creamery",
        "shares rose",
    ),
    (
        "Ellery Power published its results on Wednesday, unlike Brantwood Energy. Ellery Power added wind farms.",
        "In March alone, output rose 14%.",
        "Ellery Power",
        "Brantwood Energy",
        "output rose",
    ),
    (
        "Fairbrook Hotels reported its results on Thursday, after Corvan Inns had warned. Fairbrook Hotels filled more rooms.",
        "Operating profit rose to EUR 120 million.",
        "Fairbrook Hotels",
        "Corvan Inns",
        "operating profit rose",
    ),
    (
        "Gorsedd Bank reported its results on Friday, days after Quillon Bank cut jobs. Gorsedd Bank lent more to farmers.",
        "Lending grew 6%, twice the pace of GDP.",
        "Gorsedd Bank",
        "Quillon Bank",
        "lending grew",
    ),
    (
        "Hartwell Cables lifted its forecast on Monday, while Draycott Wire kept its own. Hartwell Cables won two undersea contracts.",
        "Revenue is now seen rising 11% this year.",
        "Hartwell Cables",
        "Draycott Wire",
        "revenue forecast",
    ),
    (
        "Inchmore Mills reported its results on Tuesday, after Pellham Foods. Inchmore Mills sold more flour.",
        "The final dividend was raised to 14.2 pence.",
        "Inchmore Mills",
        "Pellham Foods",
        "dividend raised",
    ),
    (
        "Jessop Shipping reported its results on Wednesday, a day before Norsea Lines. Jessop Shipping carried more containers.",
        "Net profit fell 8% to USD 310 million.",
        "Jessop Shipping",
        "Norsea Lines",
        "net profit fell",
    ),
    (
        "Kirkby Glass reported its results on Thursday, unlike Sandal Glass. Kirkby Glass sold more bottles.",
        "Full-year sales climbed 9% in Europe.",
        "Kirkby Glass",
        "Sandal Glass",
        "sales climbed",
    ),
    (
        "Lowther Homes reported its results on Friday, while Harrowgate Homes delayed its own. Lowther Homes sold more houses.",
        "Completions rose 7% to 4,100 in the year to June.",
        "Lowther Homes",
        "Harrowgate Homes",
        "completions rose",
    ),
    (
        "Merrow Metals reported its results on Monday, after Nordvik Metal. Merrow Metals sold more copper wire.",
        "The stock closed 3.4% higher in Frankfurt.",
        "Merrow Metals",
        "Nordvik Metal",
        "stock rose",
    ),
]
for before, sentence, topic, rival, event in RESULTS:
    both("results", before, sentence, topic, rival, event)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
