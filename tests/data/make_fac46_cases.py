# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 46's topic stand-ins (``grounding_fac46.jsonl``, fac46;
:mod:`summarizer.verification.sentences.far_standins`): value-support cases for an event's actor
its evidence gives only as "the company", "the group", "the chain" or "it", far from the
company's last name, on a page about that company, by category:

- ``topic-description``: "The company expects", "the group now puts", "The chain will shut"
  five to ten sentences after the page's topic was last named, other names once on the way.
  Refused: another company named in the stand-in's paragraph or the sentence before it, a
  value named once only or first low on the page, a value named only after the stand-in, a
  company named on the way more often than the value, a description of another class;
- ``topic-pronoun``: "For the full year it now expects", "Its shares fell". Refused: the same,
  and a pronoun more than six sentences on, an object ("analysts doubted it");
- ``short-form``: the topic written by its initials ("NWR", "GPL", "D&P") or its first word
  ("Halvorsen" for Halvorsen Shipping) as well. Refused: a short form that heads another firm's
  name ("Corvane Bank" is no "Corvane"), one named less often than a rival on the way.

Run ``python tests/data/make_fac46_cases.py`` to rebuild it. The texts are written for this
set about invented companies, in British, American and wire styles; each verdict is what a
careful fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import re
import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fac46.jsonl")

built = SupportCases(
    "fac46",
    leads=[
        "LONDON (Thames Wire) -",
        "By Orla Fenwick | The Northgate Courier",
        "BUSINESS DESK | The Harbourside Gazette",
        "From our Toronto bureau, The Lakeland Record.",
        "Markets | The Prairie Ledger",
    ],
)
DESC, PRON, SHORT = "topic-description", "topic-pronoun", "short-form"

# Paragraphs of figures with no name in them, to put sentences between a name and its stand-in.
FILL = [
    "Revenue rose 6% to $4.1 billion in the three months to June. Margins widened for a third quarter running.",
    "Costs were flat. Analysts had expected a small fall in profit.",
    "The shares have gained a fifth this year. Trading was heavy in the morning.",
]


TOPIC = "the page's topic"  # a pass's why
case = partial(built.far_actor, topic=TOPIC)
both = partial(built.far_actors, topic=TOPIC)


# --- topic-description ---------------------------------------------------------------------
both(DESC, ["Halden Foods cut its profit forecast on Tuesday, blaming the cost of cocoa.", "Halden Foods said sales volumes fell 3% in the half-year, though prices rose.", "A rival, Brookmere Snacks, reported last week.", *FILL],
     "The company expects savings of about $300 million by 2027.", "Halden Foods", ["Brookmere Snacks"], "savings target")  # fmt: skip
both(DESC, ["Norvik Shipping posted a 30% fall in quarterly profit on Thursday as freight rates eased.", "Norvik Shipping carries about a sixth of the world's containers.", "Rates on the route from Shanghai to Rotterdam fell by a third, according to the index compiled by Castell Data.", *FILL],
     "The Danish group now expects full-year earnings of $6 billion to $7 billion.", "Norvik Shipping", ["Castell Data"], "earnings guidance")  # fmt: skip
both(DESC, ["Pellham Water has banned hosepipes across the county from Friday.", "Pellham Water said its reservoirs held just 51% of capacity.", "No spring on record has been drier.", "In June the Environment Office declared a drought in the region.", "The heat has pushed demand up.", "Rain in May was half the usual amount.", "Lawns have turned brown."],
     "From April to June the firm pumped 4 billion litres more than normal into its pipes.", "Pellham Water", [], "extra supply")  # fmt: skip
both(DESC, ["Carrow & Finch, the 140-year-old retailer, has halted online orders after a cyber attack.", "Carrow & Finch said stores remained open.", *FILL],
     "Three days later the chain said it had called in outside investigators.", "Carrow & Finch", [], "investigators called in")  # fmt: skip
both(DESC, ["Tavistock Air reported record summer traffic on Monday.", "Tavistock Air flew 21 million passengers in the quarter.", *FILL, "Fuel bills fell 8%."],
     "The airline plans to add 40 routes next year.", "Tavistock Air", [], "new routes")  # fmt: skip
# another company in the stand-in's paragraph, or in the sentence before it: it takes the stand-in
both(DESC, ["Halden Foods cut its profit forecast on Tuesday, blaming the cost of cocoa.", "Halden Foods said sales volumes fell 3% in the half-year.", *FILL, "Brookmere Snacks agreed on Monday to buy a bakery chain for $1 billion. The company expects the deal to close in March."],
     "The company expects the deal to close in March.", "Brookmere Snacks", ["Halden Foods"], "deal closing")  # fmt: skip
both(DESC, ["Norvik Shipping posted a 30% fall in quarterly profit on Thursday.", "Norvik Shipping carries about a sixth of the world's containers.", *FILL, "Ostrander Lines, its nearest rival, said on Friday it would cut 2,000 jobs."],
     "The group expects the cuts to save $800 million a year.", "Ostrander Lines", ["Norvik Shipping"], "savings from job cuts")  # fmt: skip
both(DESC, ["Tavistock Air reported record summer traffic on Monday.", "Tavistock Air flew 21 million passengers in the quarter.", *FILL, "Skelmore Airways, which flies the same routes, had a weaker summer. The airline blamed strikes in France."],
     "The airline blamed strikes in France.", "Skelmore Airways", ["Tavistock Air"], "strike blame")  # fmt: skip
# the value named once only, first low on the page, or only after the stand-in
both(DESC, ["Shares in Quenby Retail rose on Monday.", *FILL, "The property market was quiet.", "Investors were cautious."],
     "The company expects to open 30 stores next year.", "", ["Quenby Retail"], "store openings")  # fmt: skip
both(DESC, ["Retail sales fell in May, official figures showed.", "Clothing suffered most.", "Food sales held up.", "Online sales grew.", "Marlow Textiles, a supplier, warned of weak orders. Marlow Textiles employs 4,000 people.", *FILL],
     "The company expects orders to recover next year.", "", ["Marlow Textiles"], "order recovery")  # fmt: skip
both(DESC, ["Halden Foods cut its profit forecast on Tuesday.", "Halden Foods said sales volumes fell 3%.", "It buys most of its milk through Fenwick Dairies.", *FILL],
     "The company expects savings of $300 million.", "Halden Foods", ["Fenwick Dairies"], "savings target")  # fmt: skip
# a company named on the way more often than the value
both(DESC, ["Tresham Motors said on Tuesday it would recall 40,000 cars.", "Tresham Motors makes the cars in Wales with parts from Ardley Components.", "Ardley Components said the fault lay in a batch of brake valves.", "Ardley Components supplies four carmakers.", "Ardley Components shares fell 9%.", *FILL],
     "The company said it would compensate owners.", "", ["Tresham Motors"], "compensation")  # fmt: skip
# a description of another class than the topic's
both(DESC, ["Corbridge Energy raised its dividend on Wednesday.", "Corbridge Energy said profit rose 12%.", *FILL],
     "The union said it would ballot members over pay.", "", ["Corbridge Energy"], "pay ballot")  # fmt: skip
both(DESC, ["Pellham Water has banned hosepipes across the county.", "Pellham Water said its reservoirs held 51% of capacity.", *FILL],
     "The regulator said it would review the decision.", "", ["Pellham Water"], "review of the ban")  # fmt: skip
both(DESC, ["Ambrey Steel shut a blast furnace on Friday.", "Ambrey Steel employs 3,000 people at the site.", *FILL],
     "The council said the closure would hit local shops.", "", ["Ambrey Steel"], "closure warning")  # fmt: skip

# --- topic-pronoun --------------------------------------------------------------------------
both(PRON, ["Skyreach, the budget airline, more than doubled its first-quarter profit on Monday.", "Skyreach said fares rose 21%.", "Revenue rose 20% to 4.3 billion euros.", "Passenger numbers grew 4% to 57.9 million."],
     "For the full year it now expects traffic to rise by 3%.", "Skyreach", [], "traffic forecast")  # fmt: skip
both(PRON, ["Orliss Media reported a loss on Thursday.", "Orliss Media said its new console sold 5 million units.", *FILL[:2]],
     "Its shares fell 4% after hours.", "Orliss Media", [], "shares fell")  # fmt: skip
both(PRON, ["Vantry Pharma won approval for its obesity pill on Monday.", "Vantry Pharma said the pill would cost $149 a month.", "The pill was tested on 4,000 patients.", "Doctors welcomed a cheaper option.", "Supply is expected to be tight."],
     "In January it plans to launch the pill in Europe.", "Vantry Pharma", [], "launch in Europe")  # fmt: skip
both(PRON, ["Dunmore Bank was fined £40 million on Monday.", "Dunmore Bank said it accepted the findings.", *FILL[:2]],
     "It has also set aside £12 million to repay customers.", "Dunmore Bank", [], "repayment provision")  # fmt: skip
both(PRON, ["Gresley Telecom cut 2,000 jobs on Wednesday.", "Gresley Telecom said the cuts would save money.", "Most of the roles are in call centres.", "Unions criticised the decision.", "Staff were told by email."],
     "It will hire 500 engineers instead.", "Gresley Telecom", [], "engineer hiring")  # fmt: skip
# another body in the pronoun's paragraph or the sentence before it
both(PRON, ["Skyreach more than doubled its first-quarter profit on Monday.", "Skyreach said fares rose 21%.", "Revenue rose 20%.", "Wexcombe Aviation, a rival, reported on the same day. For the full year it now expects traffic to rise by 3%."],
     "For the full year it now expects traffic to rise by 3%.", "", ["Skyreach"], "traffic forecast")  # fmt: skip
both(PRON, ["Orliss Media reported a loss on Thursday.", "Orliss Media said its console sold 5 million units.", *FILL, "Brightlane Studios, which makes games for it, said it would cut 300 jobs. It blamed weak sales."],
     "It blamed weak sales.", "", ["Orliss Media"], "weak sales blamed")  # fmt: skip
both(PRON, ["Dunmore Bank was fined £40 million on Monday.", "Dunmore Bank said it accepted the findings.", *FILL, "Harwell Building Society was fined £3 million in the same review."],
     "It has also set aside £12 million to repay customers.", "", ["Dunmore Bank"], "repayment provision")  # fmt: skip
# too far, an object, a value named once
both(PRON, ["Vantry Pharma won approval for its obesity pill on Monday.", "Vantry Pharma said the pill would cost $149 a month.", "The pill was tested on 4,000 patients.", "Doctors welcomed a cheaper option.", "Supply is expected to be tight.", "Rival pills cost twice as much.", "Insurers have been slow to pay.", "Prices in Europe are lower."],
     "In January it plans to launch the pill in Europe.", "", ["Vantry Pharma"], "launch in Europe")  # fmt: skip
both(PRON, ["Gresley Telecom cut 2,000 jobs on Wednesday.", "Gresley Telecom said the cuts would save money.", *FILL[:2]],
     "Analysts doubted it would work.", "", ["Gresley Telecom"], "savings doubted")  # fmt: skip
both(PRON, ["Shares in Pentland Mining rose 3% on Monday.", "Copper prices rose.", "Gold was flat.", "Iron ore fell."],
     "It plans to open a new mine in Chile.", "", ["Pentland Mining"], "new mine")  # fmt: skip
both(PRON, ["Orliss Media reported a loss on Thursday.", "Orliss Media said its console sold 5 million units.", "Kestrel Chips makes the console's processor.", "Kestrel Chips said demand was strong.", "Kestrel Chips raised its forecast.", *FILL],
     "It plans to build a second plant.", "", ["Orliss Media"], "second plant")  # fmt: skip

# --- short-form -----------------------------------------------------------------------------
both(SHORT, ["Northern Western Rail (NWR) will raise fares by 4% from January.", "NWR said the rise would pay for new trains.", *FILL],
     "The company expects to take delivery of 80 trains by 2028.", "Northern Western Rail", [], "train deliveries")  # fmt: skip
both(SHORT, ["Halvorsen Shipping won a $2 billion order for ferries on Tuesday.", "Halvorsen said the ships would be built in Norway.", *FILL],
     "The group expects the first ferry to sail in 2028.", "Halvorsen Shipping", [], "first ferry")  # fmt: skip
both(SHORT, ["Grantley Power & Light (GPL) raised its dividend on Monday.", "GPL said profit rose 9%.", *FILL[:2]],
     "It now expects to spend $3 billion on the grid next year.", "Grantley Power & Light", [], "grid spending")  # fmt: skip
both(SHORT, ["Ashcombe Pharmaceuticals cut its sales forecast on Friday.", "Ashcombe said demand for its flu vaccine had fallen.", "The vaccine accounts for a third of sales.", "Orders from governments dried up.", "Prices were cut in May."],
     "It plans to close two plants in Ireland.", "Ashcombe Pharmaceuticals", [], "plant closures")  # fmt: skip
# a short form heading another firm's name; a rival named more often on the way
both(SHORT, ["Corvane Bank was fined £20 million on Monday.", "Corvane Bank said it accepted the findings.", *FILL],
     "The company has set aside £5 million to repay customers.", "", ["Corvane"], "repayment provision")  # fmt: skip
both(SHORT, ["Halvorsen Holdings sold its stake in a ferry maker on Tuesday.", "Halvorsen Holdings said it would return the cash to shareholders.", *FILL],
     "The group expects to pay a special dividend in March.", "", ["Halvorsen Shipping"], "special dividend")  # fmt: skip
both(SHORT, ["Eastfield Gas (EG) raised prices on Monday.", "EG said wholesale costs had risen.", "Mallory Energy supplies EG with gas.", "Mallory Energy said output fell.", "Mallory Energy shares rose.", "Mallory Energy plans a new field."],
     "It expects prices to fall next year.", "", ["Eastfield Gas"], "price forecast")  # fmt: skip
both(SHORT, ["Ashcombe Pharmaceuticals cut its sales forecast on Friday.", "Ashcombe said demand had fallen.", *FILL, "Ashcombe Biotech, a separate company, said its trial had succeeded. It plans to file for approval in May."],
     "It plans to file for approval in May.", "Ashcombe Biotech", ["Ashcombe Pharmaceuticals"], "approval filing")  # fmt: skip

# --- more of each form, in other outlets' words: (category, topic, its second mention, the
# stand-in's sentence, a rival's sentence, what): the rival once far back lets the topic pass
# and is refused itself; the rival opening the sentence before the stand-in takes it.
MORE = [
    (
        DESC,
        "Lindqvist Paper Mills",
        "Lindqvist Paper Mills said pulp prices had eased.",
        "The Swedish group plans to shut a mill in Finland.",
        "Its main customer, Ravel Packaging, has cut orders.",
        "mill closure",
    ),
    (
        DESC,
        "Halsey",
        "Halsey said hotel bookings rose 6%.",
        "The chain expects occupancy to rise next year.",
        "Bookings through Travlo Online fell.",
        "occupancy outlook",
    ),
    (
        DESC,
        "Okafor Cement Industries",
        "Okafor Cement Industries said volumes grew 5%.",
        "The firm will spend $400 million on a new kiln.",
        "Its plant in Kano buys coal from Dangote Mining.",
        "kiln investment",
    ),
    (
        DESC,
        "Brennan Logistics",
        "Brennan Logistics said parcel volumes rose.",
        "The company will hire 3,000 seasonal workers.",
        "Fuel is bought from Castlebar Oil under a long contract.",
        "seasonal hiring",
    ),
    (
        PRON,
        "Aurelia Motors",
        "Aurelia Motors said it sold 90,000 cars.",
        "It now expects sales to rise 5% this year.",
        "Its batteries come from Kessler Cells.",
        "sales forecast",
    ),
    (
        PRON,
        "Tindall Brewing Holdings",
        "Tindall Brewing Holdings said beer volumes fell 2%.",
        "Its shares rose 3% in early trade.",
        "Hops are supplied by Marlowe Farms.",
        "shares rose",
    ),
    (
        PRON,
        "Quayside Bank",
        "Quayside Bank said bad loans rose.",
        "It will pay a dividend of 12p a share.",
        "Its mortgage book was bought from Harbury Finance.",
        "dividend",
    ),
    (
        PRON,
        "Pemberton Rail",
        "Pemberton Rail said punctuality improved.",
        "Next year it plans to add 12 trains.",
        "The trains are built by Alvor Works.",
        "new trains",
    ),
    (
        PRON,
        "Sorensen Toys Retail",
        "Sorensen Toys Retail said sales rose 8%.",
        "It plans to open 20 shops in Germany.",
        "Its games are sold through Kidsmart Stores.",
        "shop openings",
    ),
    (
        SHORT,
        "Kingsley Data Systems",
        "KDS said cloud sales rose 30%.",
        "The company expects revenue of $9 billion this year.",
        "It buys chips from Tellan Semiconductors.",
        "revenue forecast",
    ),
    (
        SHORT,
        "Ravensworth Mining",
        "Ravensworth said copper output rose 4%.",
        "The group now plans to sell its coal mines.",
        "Its coal is shipped by Dover Bulk.",
        "coal sale",
    ),
    (
        SHORT,
        "Atherton Broadcasting Corporation",
        "ABC said advertising revenue fell.",
        "It will cut 400 jobs by March.",
        "Its studios are leased from Wexford Estates.",
        "job cuts",
    ),
    (
        SHORT,
        "Fairbairn Insurance",
        "Fairbairn said claims from storms doubled.",
        "It now expects a loss for the year.",
        "Its claims are handled by Tolland Assist.",
        "loss warning",
    ),
    (
        SHORT,
        "Marchetti Foods",
        "Marchetti said pasta sales grew.",
        "The company plans to build a plant in Ohio.",
        "Its wheat comes from Prairie Grain.",
        "Ohio plant",
    ),
    (
        SHORT,
        "Dorling & Pryce",
        "D&P said food sales rose 4%.",
        "The retailer now expects profit of £900 million.",
        "Its clothes are made by Seward Textiles.",
        "profit forecast",
    ),
    (
        SHORT,
        "Holloway Cable",
        "HC said broadband subscribers rose.",
        "It will raise prices by 5% in April.",
        "Its network is maintained by Cradock Engineering.",
        "price rise",
    ),
]
for category, topic, again, evidence, rival, what in MORE:
    opener = f"{topic} reported results on Tuesday."
    far = [opener, again, rival, *FILL[:2]]
    case(category, True, topic, far, evidence, what)
    rival_name = re.findall(r"[A-Z]\w+(?: [A-Z]\w+)+", rival)[-1]  # "Ravel Packaging"
    case(category, False, rival_name, far, evidence, what)
    near = [
        opener,
        again,
        *FILL[:2],
        f"{rival_name} said on Monday that it would cut prices. {evidence}",
    ]
    case(category, False, topic, near, evidence, what)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
