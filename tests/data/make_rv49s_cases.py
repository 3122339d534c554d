"""Build the review set of session 49's business credits (``grounding_rv49s.jsonl``, review
rv49s of cl49s; :mod:`summarizer.verification.sentences.business_credits`), cases written by
the reviewer in new words, at the edges of

- ``walk``: "the company/firm/group said" or a trade's noun ("the airline", "the lender", "the
  retailer") read back to the first sentence naming one business: against a business of
  another trade or role named last (the airline's ground handler, the lender's borrower, the
  retailer's supplier, the carmaker's chip supplier), a business named only as a failed or
  wished-for partner ("talks with X collapsed", "analysts asked whether X would bid"), a
  person's former employer ("a former X manager"), a rival, and "the group" for a residents'
  or campaign group the page named last; the right business in other outlets' styles;
- ``person``: a business the page writes with a person's marks, as British outlets do ("X, who
  went into administration,", "X, a major investor in the scheme,", "X, the landlord of the
  tower,", "X, a partner in the consortium,"), which is still "the company", against the
  people the page describes in those pages.

Run ``python tests/data/make_rv49s_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv49s.jsonl")

built = SupportCases(
    "rv49s",
    leads=[
        "By Alun Pryce | The Severn Courier",
        "MINNEAPOLIS (North Star Wire) -",
        "CITY DESK | The Tayside Mercury",
        "From our Belfast newsroom, The Lagan Gazette.",
        "Markets | The Pennine Observer",
    ],
)
WALK, PERSON = "walk", "person"

# --- walk: the first business named back is of another trade or role -------------------------
built.page_quote(
    WALK, "We apologise to every passenger whose trip was ruined",
    ["Nordvik Airways"], ["Skyport Services"],
    "Nordvik Airways cancelled 46 flights from Leeds Bradford on Sunday.",
    "Passengers blamed Skyport Services, which handles baggage at the airport.",
    '"We apologise to every passenger whose trip was ruined," the airline said.',
)  # fmt: skip
built.page_quote(
    WALK, "We will recover what we are owed",
    ["Halden Bank"], ["Pask Haulage"],
    "Halden Bank lent £30 million to a Midlands transport group in 2023.",
    "Pask Haulage went into administration in March.",
    '"We will recover what we are owed," the lender said on Tuesday.',
)  # fmt: skip
built.page_quote(
    WALK, "Prices in our stores will rise by about 4 percent",
    ["Fenby Stores"], ["Larch Textiles"],
    "Fenby Stores will raise the price of its own-brand clothing from June.",
    "Cotton costs doubled last year, according to supplier Larch Textiles.",
    '"Prices in our stores will rise by about 4 percent," the retailer said.',
)  # fmt: skip
built.page_quote(
    WALK, "Production will resume as soon as parts arrive",
    ["Torvald Motors"], ["Brenner Electronics"],
    "Torvald Motors halted its Swindon assembly line on Thursday.",
    "The shutdown came after Brenner Electronics ran short of the chips it makes.",
    '"Production will resume as soon as parts arrive," the carmaker said.',
)  # fmt: skip
built.page_quote(
    WALK, "We are still talking to several buyers",
    ["Orwell Bakeries"], ["Crane Foods"],
    "Orwell Bakeries has put its Lowestoft plant up for sale.",
    "Talks with Crane Foods collapsed last week.",
    '"We are still talking to several buyers," the company said.',
)  # fmt: skip
built.page_quote(
    WALK, "Our offer for the site remains on the table",
    ["Dunmore Homes"], ["Larkfield Construction"],
    "Dunmore Homes bid £12 million for the former gasworks in Stockport.",
    "Analysts had expected Larkfield Construction to win the site.",
    '"Our offer for the site remains on the table," the housebuilder said.',
)  # fmt: skip
built.page_quote(
    WALK, "The Grimsby site has a long future",
    ["Brekke Foods"], ["Halden Logistics"],
    "Brekke Foods will cut 90 jobs at its Grimsby fish plant.",
    "Ana Ruiz, a former Halden Logistics manager who works at the plant, said staff were shocked.",
    '"The Grimsby site has a long future," the company said.',
)  # fmt: skip
built.page_quote(
    WALK, "We could not keep the plant open",
    ["Calloway Foods"], ["Harlow Bakeries"],
    "Calloway Foods will close its Wigan bakery in September with the loss of 210 jobs.",
    "Rival Harlow Bakeries opened a larger plant near Bolton last year.",
    '"We could not keep the plant open," the company said.',
)  # fmt: skip
built.page_quote(
    WALK, "The warehouse will be rebuilt on the same site",
    ["Marlin Logistics"], ["Kestrel Insurance"],
    "Fire destroyed a Marlin Logistics warehouse in Corby overnight.",
    "The building was insured with Kestrel Insurance, the BBC understands.",
    '"The warehouse will be rebuilt on the same site," the firm said.',
)  # fmt: skip
built.page_quote(
    WALK, "The claims will be paid in full",
    ["Kestrel Insurance"], ["Marlin Logistics"],
    "Kestrel Insurance faces claims of £40 million after the Corby fire.",
    "The blaze destroyed a warehouse owned by Marlin Logistics.",
    '"The claims will be paid in full," the insurer said.',
)  # fmt: skip
built.page_quote(
    WALK, "The trial data speak for themselves",
    ["Pellam Pharma"], ["Wellway Chemists"],
    "Pellam Pharma's new migraine pill was approved by regulators on Friday.",
    "It will go on sale through pharmacy chain Wellway Chemists in the autumn.",
    '"The trial data speak for themselves," the drugmaker said.',
)  # fmt: skip
built.page_quote(
    WALK, "Our homes are built to the highest standard",
    ["Ashcombe Homes"], ["Ockham Residents Action Group"],
    "Ashcombe Homes wants to build 400 houses on farmland near Ockham.",
    "Ockham Residents Action Group says the roads cannot cope.",
    '"Our homes are built to the highest standard," the company said.',
)  # fmt: skip
built.page_quote(
    WALK, "The roads already flood every winter",
    ["Ockham Residents Action Group"], ["Ashcombe Homes"],
    "Ashcombe Homes wants to build 400 houses on farmland near Ockham.",
    "Ockham Residents Action Group has gathered 3,000 signatures against the plan.",
    '"The roads already flood every winter," the group said.',
)  # fmt: skip
built.page_quote(
    WALK, "No tenant should live with mould",
    ["Generation Rent Campaign Group"], ["Moorcroft Estates"],
    "Moorcroft Estates owns 1,200 flats in east Belfast.",
    "Generation Rent Campaign Group surveyed 300 of its tenants in May.",
    '"No tenant should live with mould," the group said.',
)  # fmt: skip
built.page_quote(
    WALK, "We will fight the decision",
    ["Leigh Marsh"], ["Penhale Insurance"],
    "Penhale Insurance rejected 300 flood claims in Cornwall last winter.",
    "The families are represented by law firm Leigh Marsh.",
    '"We will fight the decision," the firm said.',
)  # fmt: skip
built.page_quote(
    WALK, "The closure is a commercial decision",
    ["Selby Mining"], ["Crosby Minerals"],
    "Selby Mining will shut its last pit in Fife next year.",
    "A pit run by Crosby Minerals across the Forth closed in 2019.",
    '"The closure is a commercial decision," the miner said.',
)  # fmt: skip
# the right business, past people and bodies, in other outlets' styles
built.page_quote(
    WALK, "The merger makes both lenders stronger",
    ["Harbor Bancorp"], ["Dana Whitfield"],
    "Harbor Bancorp agreed on Monday to buy a smaller Minnesota rival for $1.2 billion.",
    "Sen. Dana Whitfield, a Minnesota Democrat, said she would ask regulators to look closely.",
    '"The merger makes both lenders stronger," said the lender in a statement.',
)  # fmt: skip
built.page_quote(
    WALK, "Every flight will run as planned on Saturday",
    ["Nordvik Airways"], ["Unite"],
    "Cabin crew at Nordvik Airways will strike for 48 hours from Friday, the union Unite said.",
    "Transport Secretary Cara Dunne urged both sides to keep talking.",
    '"Every flight will run as planned on Saturday," the airline said.',
)  # fmt: skip
built.page_quote(
    WALK, "We had no choice but to recall the vehicles",
    ["Torvald Motors"], ["National Highway Traffic Safety Administration"],
    "Torvald Motors is recalling 82,000 SUVs over a faulty brake hose.",
    "The National Highway Traffic Safety Administration opened an inquiry in January.",
    '"We had no choice but to recall the vehicles," the automaker said Thursday.',
)  # fmt: skip
built.page_quote(
    WALK, "Our water is safe to drink",
    ["Calder Water"], ["Ofwat"],
    "Calder Water was told to boil-notice 9,000 homes in Halifax on Monday.",
    "The regulator Ofwat said it was seeking an urgent explanation.",
    '"Our water is safe to drink," the company said on Tuesday.',
)  # fmt: skip

# the mend's edges: the business of the noun's trade, a modifier before the name, a group
built.page_quote(
    WALK, "Every borrower will be treated fairly",
    ["Calder Finance"], ["Brookes Haulage"],
    "Brookes Haulage collapsed in March owing £30 million.",
    "Calder Finance, its biggest creditor, has appointed administrators.",
    '"Every borrower will be treated fairly," the lender said.',
)  # fmt: skip
built.page_quote(
    WALK, "All claims will be honoured",
    ["Kestrel Insurance"], ["Brookes Haulage"],
    "Kestrel Insurance covered most of the fleet, lawyers said.",
    "Brookes Haulage lost 40 lorries in the depot fire.",
    '"All claims will be honoured," the insurer said.',
)  # fmt: skip
built.page_quote(
    WALK, "We have not been told of any complaint",
    ["Fenby Stores"], ["Rhian Powell"],
    "Retailer Fenby Stores sells the heaters in 120 shops.",
    "Trading standards officer Rhian Powell said the heaters were unsafe.",
    '"We have not been told of any complaint," the company said.',
)  # fmt: skip
built.page_quote(
    WALK, "Our pilots are the best trained in Europe",
    ["Nordvik Airways"], ["Civil Aviation Authority"],
    "On Friday, Nordvik Airways grounded two of its planes for checks.",
    "The Civil Aviation Authority said it was aware.",
    '"Our pilots are the best trained in Europe," the carrier said.',
)  # fmt: skip
built.page_quote(
    WALK, "The woods are not for sale",
    ["Friends of Ockham Woods Campaign Group"], ["Ashcombe Homes"],
    "Friends of Ockham Woods Campaign Group accused Ashcombe Homes of misleading residents.",
    '"The woods are not for sale," the group said.',
)  # fmt: skip
built.page_quote(
    WALK, "The mine has ten years of ore left",
    ["Selby Mining"], ["Harrow Logistics"],
    "Selby Mining trucks its ore to the coast with Harrow Logistics.",
    '"The mine has ten years of ore left," the miner said.',
)  # fmt: skip
built.page_quote(
    WALK, "The deal values the brewer fairly",
    ["Tolley Brewing"], ["Marsh Capital"],
    "Tolley Brewing agreed to sell a stake to a private equity fund on Monday.",
    "Shares in Marsh Capital, which runs the fund, rose 3 percent.",
    '"The deal values the brewer fairly," the brewer said.',
)  # fmt: skip

# --- person: a business the page writes with a person's marks ------------------------------
built.page_quote(
    PERSON, "We acted on the best advice we had",
    ["Pennick Lettings"], ["Joe Harland"],
    "Pennick Lettings, who manage the block in Belfast, removed the cladding in April.",
    "Tenant Joe Harland said the work came two years too late.",
    '"We acted on the best advice we had," the company said.',
)  # fmt: skip
built.page_quote(
    PERSON, "We remain committed to the scheme",
    ["Penrose Hill"], ["Ruth Kemble"],
    "Penrose Hill, a major investor in the Dundee waterfront scheme, has delayed its next payment.",
    "Ruth Kemble, a local councillor, said the delay was worrying.",
    '"We remain committed to the scheme," the firm said.',
)  # fmt: skip
built.page_quote(
    PERSON, "Repairs will start within a fortnight",
    ["Moorside Lettings"], ["Aisha Bello"],
    "Moorside Lettings, the landlord of Carrick Tower, has been told to fix its lifts.",
    "Aisha Bello, 71, has been stuck on the 14th floor since March.",
    '"Repairs will start within a fortnight," the company said.',
)  # fmt: skip
built.page_quote(
    PERSON, "We stand by our part of the bid",
    ["Greyling Partners"], ["Mark Devlin"],
    "Greyling Partners, a partner in the consortium that bid for the port, has pulled out.",
    '"We stand by our part of the bid," the firm said.',
)  # fmt: skip
built.page_quote(
    PERSON, "Our drivers will be paid for the lost shifts",
    ["Roadrunner Couriers"], ["Sam Lyle"],
    "Roadrunner Couriers, who employ 400 drivers in Tayside, lost a contract with the council.",
    "Sam Lyle, a driver for the firm, said he had heard nothing.",
    '"Our drivers will be paid for the lost shifts," the company said.',
)  # fmt: skip
built.page_quote(
    PERSON, "We have been a good neighbour for 40 years",
    ["Tennant Quarries"], ["Hazel Burke"],
    "Tennant Quarries, a member of the Mineral Products Association, wants to extend its quarry.",
    "Hazel Burke, who lives next to the site, said the blasting cracked her walls.",
    '"We have been a good neighbour for 40 years," the company said.',
)  # fmt: skip
built.page_quote(
    PERSON, "The contract was awarded fairly",
    ["Corran Facilities"], ["Declan Moy"],
    "Corran Facilities, the leader of the cleaning consortium, won the hospital contract in May.",
    "Declan Moy, a union official, said pay would fall.",
    '"The contract was awarded fairly," the company said.',
)  # fmt: skip
built.page_quote(
    PERSON, "We will keep every branch open this year",
    ["Larkin Brothers"], ["Owen Larkin"],
    "Larkin Brothers, who have sold bicycles in Derry since 1921, face rising rents.",
    "Owen Larkin, a grandson of the founder, said he was hopeful.",
    '"We will keep every branch open this year," the company said.',
)  # fmt: skip
built.page_quote(
    PERSON, "The site is secure",
    ["Bellway Demolition"], ["Iris Coyle"],
    "Bellway Demolition, the main contractor on the site, stopped work after a wall fell.",
    "Iris Coyle, a passer-by, said she heard a loud crack.",
    '"The site is secure," the company said.',
)  # fmt: skip
built.page_quote(
    PERSON, "Customers will get a refund within 14 days",
    ["Hartwell & Sons"], ["Peter Hartwell"],
    "Hartwell & Sons, who have made furniture in Skipton for a century, recalled 300 cots.",
    '"Customers will get a refund within 14 days," the company said.',
)  # fmt: skip
built.page_quote(
    PERSON, "We paid every supplier on time",
    ["Quayside Catering"], ["Nora Flynn"],
    "Quayside Catering, a customer of the failed wholesaler, says it is owed £80,000.",
    "Nora Flynn, a wholesaler's former employee, said staff were not paid.",
    '"We paid every supplier on time," the company said.',
)  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
