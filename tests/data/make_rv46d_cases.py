# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 46's topic stand-ins (``grounding_rv46d.jsonl``, review rv46d
of fac46; :mod:`summarizer.verification.sentences.far_standins`), cases written by the reviewer
in new words, at the edges of the far reading of an event actor's "it" or "the company":

- ``far-pronoun``: "It" or "Its" four to six sentences after the page's topic was last named.
  Refused: the pronoun's sentence after one opening with a thing or an unnamed body that "it"
  means ("The pill was tested ... It cut weight by 15%", "The regulator said ... It also
  ordered"), a rival the previous paragraph is about, a dummy "it" ("It emerged that");
- ``far-description``: "the company", "the group", "the lender" a paragraph or more after the
  topic was last named, a rival once in passing on the way. Refused: a rival the paragraph
  before is about, opening a sentence four or more back ("Kestrel Chips ... reported. Its
  sales rose. ... The company plans"), a rival written in lower case first ("easyJet") or in
  capitals ("KPN"), a parent whose name is the topic's own words ("Corbridge Energy" of
  "Corbridge Energy Retail");
- ``far-short``: the topic by initials or first word in other outlets' styles ("Halvorsen's
  board", "at GPL"). Refused: a person of the same surname counted as the company ("Luca
  Marchetti"), a place of the same name ("in Bergen"), a rival the page talks about since.

Run ``python tests/data/make_rv46d_cases.py`` to rebuild it. The texts are written for this set
about invented companies, in British, American and wire styles; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv46d.jsonl")

built = SupportCases(
    "rv46d",
    leads=[
        "FRANKFURT (Meridian Newswire) -",
        "By Callum Dreyer | The Wessex Chronicle",
        "COMPANIES | The Bay Street Observer",
        "From our Singapore desk, The Straits Ledger.",
        "Business | The Tyneside Journal",
    ],
)
PRON, DESC, SHORT = "far-pronoun", "far-description", "far-short"


# --- far-pronoun: "it" past the near reach --------------------------------------------------
# the topic, four to six sentences on, in other styles
built.far_actors(PRON, ["Brackwell Pharma won European approval for its migraine drug on Tuesday.", "Brackwell Pharma said the drug would go on sale in Germany first.", "Analysts expect peak sales of about $2 billion.", "Doctors have waited a decade for a new class of treatment.", "Insurers are still weighing the price."],
     "It plans to file in Japan before the end of the year.", "Brackwell Pharma", [], "Japanese filing")  # fmt: skip
built.far_actors(PRON, ["Ostley Freight posted a record quarterly profit on Wednesday.", "Ostley Freight moved 14% more containers than a year earlier.", "Rates across the Pacific have doubled since March.", "Port delays in Los Angeles eased in the summer.", "Fuel costs were little changed."],
     "Its shares jumped 11% in Copenhagen.", "Ostley Freight", [], "shares jumped")  # fmt: skip
built.far_actors(PRON, ["Penrose Telecom agreed on Monday to sell its towers for $3.2 billion.", "Penrose Telecom has been under pressure to cut its debt.", "The buyer is a consortium of pension funds.", "The sale is expected to close in the first half of next year.", "Debt stood at $41 billion at the end of June.", "The towers carry about 60% of the country's mobile traffic."],
     "It will lease the towers back for 15 years.", "Penrose Telecom", [], "leaseback")  # fmt: skip
built.far_actors(PRON, ["Shares in Karrow Mining slumped on Thursday after Karrow Mining cut its copper forecast.", "Heavy rain flooded two pits in Zambia.", "Output fell 18% in the quarter.", "Copper prices have risen 9% this year."],
     "It now expects to produce 310,000 tonnes this year.", "Karrow Mining", [], "output forecast")  # fmt: skip
built.far_actors(PRON, ["Wendale Homes said on Friday that completions fell by a tenth.", "Wendale Homes blamed high mortgage rates.", "Buyers have held back since the spring.", "Prices in the south-east fell 2%.", "The average selling price was £312,000."],
     "It still expects to build 9,000 homes this year.", "Wendale Homes", [], "building forecast")  # fmt: skip
# a thing or an unnamed body opening the sentence before: "it" is that
built.far_actors(PRON, ["Brackwell Pharma won European approval for its migraine drug on Tuesday.", "Brackwell Pharma said the drug would go on sale in Germany first.", "Analysts expect peak sales of about $2 billion.", "The drug was tested on 2,300 patients in three trials."],
     "It cut the number of migraine days by half.", "", ["Brackwell Pharma"], "trial result")  # fmt: skip
built.far_actors(PRON, ["Penrose Telecom agreed on Monday to sell its towers for $3.2 billion.", "Penrose Telecom has been under pressure to cut its debt.", "The buyer is a consortium of pension funds.", "The consortium is led by a Canadian teachers' fund."],
     "It has agreed to keep the towers' 1,200 staff.", "", ["Penrose Telecom"], "staff kept")  # fmt: skip
built.far_actors(PRON, ["Dunmore Bank was fined £40 million on Monday over the way it treated customers in debt.", "Dunmore Bank said it accepted the findings in full.", "The fine is the largest of its kind this year.", "The regulator said failings had run for six years."],
     "It also ordered a review of 200,000 accounts.", "", ["Dunmore Bank"], "account review")  # fmt: skip
built.far_actors(PRON, ["Ambrey Steel will shut a blast furnace at its Teesside works next month.", "Ambrey Steel employs 3,000 people at the site.", "Unions say the closure will cost 800 jobs.", "The furnace has run since 1979."],
     "It produced a third of the country's steel last year.", "", ["Ambrey Steel"], "output share")  # fmt: skip
built.far_actors(PRON, ["Wendale Homes said on Friday that completions fell by a tenth.", "Wendale Homes blamed high mortgage rates.", "Buyers have held back since the spring.", "The government has promised to speed up planning."],
     "It wants 1.5 million homes built by 2029.", "", ["Wendale Homes"], "homes target")  # fmt: skip
built.far_actors(PRON, ["Ostley Freight posted a record quarterly profit on Wednesday.", "Ostley Freight moved 14% more containers than a year earlier.", "Rates across the Pacific have doubled since March.", "A rival Danish carrier reported a loss on the same day."],
     "It blamed a price war on Asian routes.", "", ["Ostley Freight"], "loss blamed")  # fmt: skip
built.far_actors(PRON, ["Karrow Mining cut its copper forecast on Thursday.", "Karrow Mining said heavy rain had flooded two pits.", "Output fell 18% in the quarter.", "It emerged later that a third pit had also been closed."],
     "It emerged later that a third pit had also been closed.", "", ["Karrow Mining"], "pit closure")  # fmt: skip
built.far_actors(PRON, ["Harlow Retail reported falling sales on Tuesday.", "Harlow Retail said shoppers were cutting back on clothing.", "Sales fell 4% in the 13 weeks to August.", "The takeover offer from a private equity firm lapsed last month."],
     "It had valued the business at £1.1 billion.", "", ["Harlow Retail"], "valuation")  # fmt: skip
built.far_actors(PRON, ["Quenby Water raised bills by 9% on Monday.", "Quenby Water said the money would pay for new sewers.", "Campaigners called the rise unfair.", "The watchdog will rule on the plan in December."],
     "It has the power to cut the rise.", "", ["Quenby Water"], "power to cut")  # fmt: skip

# the same, the topic last named four to six sentences back
built.far_actors(PRON, ["Brackwell Pharma won European approval for its migraine drug on Tuesday.", "Brackwell Pharma said the drug would go on sale in Germany first.", "Analysts expect peak sales of about $2 billion.", "Doctors have waited a decade for a new class of treatment.", "The drug was tested on 2,300 patients in three trials."],
     "It cut the number of migraine days by half.", "", ["Brackwell Pharma"], "trial result")  # fmt: skip
built.far_actors(PRON, ["Dunmore Bank was fined £40 million on Monday over the way it treated customers in debt.", "Dunmore Bank said it accepted the findings in full.", "The fine is the largest of its kind this year.", "Consumer groups welcomed it.", "The regulator said failings had run for six years."],
     "It also ordered a review of 200,000 accounts.", "", ["Dunmore Bank"], "account review")  # fmt: skip
built.far_actors(PRON, ["Ambrey Steel will shut a blast furnace at its Teesside works next month.", "Ambrey Steel employs 3,000 people at the site.", "Unions say the closure will cost 800 jobs.", "Local MPs have asked for talks.", "The furnace has run since 1979."],
     "It produced a third of the country's steel last year.", "", ["Ambrey Steel"], "output share")  # fmt: skip
built.far_actors(PRON, ["Wendale Homes said on Friday that completions fell by a tenth.", "Wendale Homes blamed high mortgage rates.", "Buyers have held back since the spring.", "Prices in the south-east fell 2%.", "The government has promised to speed up planning."],
     "It wants 1.5 million homes built by 2029.", "", ["Wendale Homes"], "homes target")  # fmt: skip
built.far_actors(PRON, ["Quenby Water raised bills by 9% on Monday.", "Quenby Water said the money would pay for new sewers.", "Campaigners called the rise unfair.", "Sewage spills doubled last year.", "The watchdog will rule on the plan in December."],
     "It has the power to cut the rise.", "", ["Quenby Water"], "power to cut")  # fmt: skip
built.far_actors(PRON, ["Harlow Retail reported falling sales on Tuesday.", "Harlow Retail said shoppers were cutting back on clothing.", "Sales fell 4% in the 13 weeks to August.", "Online sales held up.", "The takeover offer from a private equity firm lapsed last month."],
     "It had valued the business at £1.1 billion.", "", ["Harlow Retail"], "valuation")  # fmt: skip
built.far_actors(PRON, ["Penrose Telecom agreed on Monday to sell its towers for $3.2 billion.", "Penrose Telecom has been under pressure to cut its debt.", "The sale is expected to close next year.", "Debt stood at $41 billion in June.", "The buyer is a consortium led by a Canadian teachers' fund."],
     "It has agreed to keep the towers' 1,200 staff.", "", ["Penrose Telecom"], "staff kept")  # fmt: skip
built.far_actors(PRON, ["Ostley Freight posted a record quarterly profit on Wednesday.", "Ostley Freight moved 14% more containers than a year earlier.", "Rates across the Pacific have doubled since March.", "Port delays eased.", "Brenner Lines, a rival, fared worse. Rates on its Atlantic routes fell."],
     "It blamed a price war on Asian routes.", "", ["Ostley Freight"], "price war blamed")  # fmt: skip
# the topic after a sentence of "The <thing>" that "it" cannot mean (kept by any mend)
built.far_actors(PRON, ["Karrow Mining cut its copper forecast on Thursday.", "Karrow Mining said heavy rain had flooded two pits in Zambia.", "Output fell 18% in the quarter.", "Costs rose 7%.", "The average grade of ore was lower."],
     "It now expects to produce 310,000 tonnes this year.", "Karrow Mining", [], "output forecast")  # fmt: skip
built.far_actors(PRON, ["Tindall Brewing reported higher sales on Tuesday.", "Tindall Brewing said a hot summer lifted demand for lager.", "Volumes rose 4%.", "Prices rose 3%.", "Its shares rose 2%."],
     "It will pay a special dividend of 20 cents a share.", "Tindall Brewing", [], "special dividend")  # fmt: skip
built.far_actors(PRON, ["Oakham Logistics won a five-year contract to run warehouses for a supermarket chain on Monday.", "Oakham Logistics did not say what the contract was worth.", "Analysts put it at about £300 million.", "Volumes in the parcels business fell.", "Margins were steady."],
     "It will hire 1,500 warehouse staff by Christmas.", "Oakham Logistics", [], "hiring")  # fmt: skip

# --- far-description: "the company" a paragraph or more on --------------------------------
# the topic, a rival once in passing on the way
built.far_actors(DESC, ["Marlowe Aerospace raised its profit forecast on Thursday.", "Marlowe Aerospace said airlines were flying their planes harder and needed more spare parts.", "Deliveries of new jets from Airbus remain slow.", "Engine overhauls rose 20%.", "Margins widened to 17%."],
     "The engineering group expects revenue of £4 billion next year.", "Marlowe Aerospace", ["Airbus"], "revenue forecast")  # fmt: skip
built.far_actors(DESC, ["Fenlow Bank set aside more money for bad loans on Tuesday.", "Fenlow Bank said more small firms were falling behind on repayments.", "Lending to households grew 3%.", "Deposits fell slightly.", "The shares fell 5% in early trading."],
     "The lender will cut 1,100 jobs by 2027.", "Fenlow Bank", [], "job cuts")  # fmt: skip
built.far_actors(DESC, ["Tarrant Motors will stop making diesel cars in 2027, it said on Monday.", "Tarrant Motors sold 1.2 million cars last year, a fifth of them diesels.", "Demand for diesels has fallen steadily in Europe.", "Petrol hybrids now make up half of sales.", "Electric models are about a tenth."],
     "The carmaker plans to spend €6 billion on two battery plants.", "Tarrant Motors", [], "battery plants")  # fmt: skip
built.far_actors(DESC, ["Corrigan Foods (CF) reported a 12% rise in half-year profit on Wednesday.", "Corrigan Foods said it had raised prices less than rivals.", "Volumes rose 2%.", "Costs of cocoa and coffee remained high.", "It has cut its marketing budget."],
     "The company now expects full-year profit of about €2.4 billion.", "Corrigan Foods", [], "profit forecast")  # fmt: skip
# a rival the paragraph before is about, opening it four or more sentences back
built.far_actors(DESC, ["Orliss Media reported a loss on Thursday.", "Orliss Media said its new console sold 5 million units.", "Kestrel Chips, which makes the console's processor, also reported on Thursday. Its sales rose 30%. Margins widened to 41%. Demand from data centres was strong."],
     "The company plans to build a second plant in Arizona.", "", ["Orliss Media"], "second plant")  # fmt: skip
built.far_actors(DESC, ["Halden Foods cut its profit forecast on Tuesday, blaming the cost of cocoa.", "Halden Foods said sales volumes fell 3% in the half-year.", "Brookmere Snacks, its biggest rival, took the opposite view on Wednesday. Its sales rose 6%. Prices were raised twice. Volumes held up."],
     "The company expects profit to rise by a tenth this year.", "", ["Halden Foods"], "profit rise")  # fmt: skip
built.far_actors(DESC, ["Tarrant Motors will stop making diesel cars in 2027, it said on Monday.", "Tarrant Motors sold 1.2 million cars last year.", "Vellmar Auto, a German rival, said it would keep diesels until 2032. Diesels are a third of its sales. They sell well in Italy. Fleet buyers still want them."],
     "The carmaker said the decision would save 2,000 jobs.", "", ["Tarrant Motors"], "jobs saved")  # fmt: skip
built.far_actors(DESC, ["Fenlow Bank set aside more money for bad loans on Tuesday.", "Fenlow Bank said more small firms were falling behind.", "Harbury Building Society, by contrast, said arrears had fallen. Its mortgage book grew 5%. Savings inflows were strong. Its capital ratio rose."],
     "The lender will open 20 branches next year.", "", ["Fenlow Bank"], "branch openings")  # fmt: skip
# other outlets' descriptions of the topic
built.far_actors(DESC, ["Sandown Leisure reported a jump in summer bookings on Thursday.", "Sandown Leisure runs 42 holiday parks in Britain.", "Bookings rose 9%.", "Caravan sales fell.", "Wet weather in August hurt.", "Energy costs fell."],
     "The group will spend £90 million upgrading its parks.", "Sandown Leisure", [], "park upgrades")  # fmt: skip
built.far_actors(DESC, ["Delacroix Cosmetics SA lifted its sales forecast on Wednesday.", "Delacroix Cosmetics said demand in China recovered.", "Travel retail rose 11%.", "Luxury skincare was strongest.", "Fragrance sales were flat.", "The euro weighed on results."],
     "The company said it would buy back €1 billion of shares.", "Delacroix Cosmetics SA", [], "buyback")  # fmt: skip
built.far_actors(DESC, ["Whitcombe Insurance paid out a record £700 million for storm claims, it said on Monday.", "Whitcombe Insurance said claims from flooding doubled.", "Storm Darragh alone cost £200 million.", "Premiums rose 12%.", "Motor claims were steady."],
     "The insurer expects to return to profit next year.", "Whitcombe Insurance", [], "profit return")  # fmt: skip
built.far_actors(DESC, ["Rendall Rail said punctuality improved in the spring.", "Rendall Rail runs trains between Leeds and London.", "Cancellations fell by a third.", "Passenger numbers rose.", "Fares went up in March.", "New trains arrived from Spain."],
     "The operator plans to add Sunday services in May.", "Rendall Rail", [], "Sunday services")  # fmt: skip

# a rival the rules do not see as a name
built.far_actors(DESC, ["Skyreach more than doubled its first-quarter profit on Monday.", "Skyreach said fares had risen 21%.", *["Passenger numbers grew 4%.", "Revenue rose 20%."], "easyFly, its closest rival, said on Tuesday that summer bookings were weak. The airline blamed strikes by air traffic controllers."],
     "The airline blamed strikes by air traffic controllers.", "", ["Skyreach"], "strikes blamed")  # fmt: skip
built.far_actors(DESC, ["Vennor Telecom raised its dividend on Monday.", "Vennor Telecom said mobile revenue grew 3%.", "Broadband prices rose in April.", "KPN, the Dutch operator, said on Tuesday that it would cut 1,000 jobs. The operator blamed price competition."],
     "The operator blamed price competition.", "", ["Vennor Telecom"], "competition blamed")  # fmt: skip
# a parent whose name is the topic's own words
built.far_actors(DESC, ["Corbridge Energy Retail raised prices for 3 million homes on Friday.", "Corbridge Energy Retail said wholesale gas had become dearer.", "Bills will rise by £90 a year.", "Corbridge Energy, which owns the supplier, reported on Thursday. Its North Sea fields pumped more gas. Profit doubled. Debt fell."],
     "The group plans to sell its stake in the supplier.", "", ["Corbridge Energy Retail"], "stake sale")  # fmt: skip

# --- far-short: initials and first words --------------------------------------------------
built.far_actors(SHORT, ["Halvorsen Shipping won a $2 billion order for ferries on Tuesday.", "Halvorsen's board approved the deal at a meeting in Oslo.", "The ferries will be built in Norway.", "Work starts next year.", "Each ship carries 1,500 passengers."],
     "The group expects the first ferry to sail in 2029.", "Halvorsen Shipping", [], "first ferry")  # fmt: skip
built.far_actors(SHORT, ["Grantley Power & Light (GPL) raised its dividend on Monday.", "Profit at GPL rose 9%, helped by a hot summer.", "Demand for air conditioning was high.", "Storms cost $80 million."],
     "It now expects to spend $3 billion on the grid next year.", "Grantley Power & Light", [], "grid spending")  # fmt: skip
built.far_actors(SHORT, ["Pemberton Castle Hotels (PCH) said bookings rose on Thursday.", "PCH's occupancy reached 81% in August.", "Room rates rose 5%.", "Weddings were strong.", "Staff costs rose."],
     "The chain plans to open four hotels in Scotland.", "Pemberton Castle Hotels", [], "hotel openings")  # fmt: skip
built.far_actors(SHORT, ["Ashgrove Insurance raised its prices on Monday.", "Ashgrove, which covers 4 million drivers, said repair bills had soared.", "Claims rose 14%.", "Theft of cars rose too.", "Parts are scarce."],
     "The insurer will raise premiums again in January.", "Ashgrove Insurance", [], "premium rise")  # fmt: skip
built.far_actors(SHORT, ["Strand Media Group (SMG) cut 200 jobs on Tuesday.", "SMG said advertising had fallen for a fourth quarter.", "Television audiences are shrinking.", "Streaming grew 12%."],
     "The broadcaster will close its regional newsrooms.", "Strand Media Group", [], "newsroom closures")  # fmt: skip
built.far_actors(SHORT, ["Varga Electronics (VE) will cut 900 jobs in Hungary, it said on Thursday.", "VE blamed weak demand for televisions.", "Sales fell 8%.", "Its shares fell 4%.", "Unions plan a protest."],
     "The manufacturer will move production to Poland.", "Varga Electronics", [], "production move")  # fmt: skip
built.far_actors(SHORT, ["Hollis Breweries reported higher sales on Wednesday.", "Hollis's pubs sold 6% more beer.", "Food sales rose too.", "Energy costs fell.", "The weather helped."],
     "The company will open 25 pubs next year.", "Hollis Breweries", [], "pub openings")  # fmt: skip
built.far_actors(SHORT, ["Mbeki Cement Holdings (MCH) raised output on Monday.", "MCH said demand from road builders was strong.", "Prices rose 5%.", "Coal costs fell.", "Exports doubled."],
     "The group will build a new kiln in Durban.", "Mbeki Cement Holdings", [], "new kiln")  # fmt: skip
# a rival the page talks about since, by name or by its own initials
built.far_actors(SHORT, ["Varga Electronics (VE) will cut 900 jobs in Hungary.", "VE blamed weak demand for televisions.", "Sales fell 8%.", "Dorland Displays (DD), which supplies its screens, also reported. DD's orders fell 20%. It has cut shifts. Stocks are high."],
     "The company will close a plant in Slovakia.", "", ["Varga Electronics"], "plant closure")  # fmt: skip
built.far_actors(SHORT, ["Hollis Breweries reported higher sales on Wednesday.", "Hollis's pubs sold 6% more beer.", "Food sales rose too.", "Marston Inns, its rival, had a weaker summer. Marston's pubs lost trade. Its costs rose. Staff were cut."],
     "The company will close 40 pubs.", "", ["Hollis Breweries"], "pub closures")  # fmt: skip
built.far_actors(SHORT, ["Grantley Power & Light (GPL) raised its dividend on Monday.", "GPL said profit rose 9%.", "Demand was high.", "Eastvale Gas, which supplies it, said on Monday that output fell. Its fields are ageing. Costs rose. Wells were shut."],
     "It plans to drill 12 new wells.", "", ["Grantley Power & Light"], "new wells")  # fmt: skip

# a person or a place of the same name counted as the company
built.far_actors(SHORT, ["Luca Marchetti, the grandson of the founder, left the board of Pellegrini Pasta on Friday.", "Luca Marchetti had chaired Pellegrini Pasta for nine years.", "His family owns 30% of the shares.", "Marchetti Foods, the family's other business, sells olive oil.", "Pellegrini Pasta sells in 40 countries.", "Sales rose 5% last year.", "Exports to America doubled."],
     "The company will name a new chairman in March.", "Pellegrini Pasta", ["Marchetti Foods"], "new chairman")  # fmt: skip
built.far_actors(SHORT, ["Ferries between Bergen and Stavanger were cancelled on Monday.", "Storms closed Bergen harbour for a second day.", "Norvik Shipping said all its ships were in port.", "Bergen Ferries, a smaller operator, also stopped sailing.", "Norvik Shipping expects to sail again on Wednesday.", "Winds reached 140 km/h.", "Trains were also cancelled."],
     "The company said 4,000 passengers had been affected.", "", ["Bergen Ferries"], "passengers affected")  # fmt: skip
built.far_actors(SHORT, ["Ashcombe Pharmaceuticals cut its sales forecast on Friday.", "Ashcombe said demand for its flu vaccine had fallen.", "Tellan Biotech, which makes the vaccine for it, reported the same day. Its revenue fell 40%. It has cut 300 jobs. It may close a plant."],
     "The company plans to close a plant in Ireland.", "", ["Ashcombe Pharmaceuticals"], "plant closure")  # fmt: skip
built.far_actors(SHORT, ["Kingsley Data Systems (KDS) said cloud sales rose 30%.", "KDS raised its forecast.", "Its shares rose 8%.", "Tellan Semiconductors, its chip supplier, warned of shortages. Its factories are full. Orders stretch to 2027. Prices are rising."],
     "The company will build a new factory in Texas.", "", ["Kingsley Data Systems"], "new factory")  # fmt: skip


# --- the mends' own edges (review rv46d) ------------------------------------------------------
# a pronoun after a sentence opening with the topic's own description, its class or a plural
built.far_actors(PRON, ["Dunmore Bank was fined £40 million on Monday.", "Dunmore Bank said it accepted the findings.", "Customers will get refunds.", "Complaints rose in the spring.", "The bank has apologised to customers."],
     "It has set aside £12 million for refunds.", "Dunmore Bank", [], "refund provision")  # fmt: skip
built.far_actors(PRON, ["Lorimer Chemicals cut its forecast on Wednesday.", "Lorimer Chemicals said European demand was weak.", "Prices of fertiliser fell.", "Gas costs rose.", "The company has closed a plant in Belgium."],
     "It will cut 600 jobs by June.", "Lorimer Chemicals", [], "job cuts")  # fmt: skip
built.far_actors(PRON, ["Rossall Textiles reported a loss on Friday.", "Rossall Textiles said orders from retailers fell.", "Cotton prices rose.", "Sales fell 11%.", "The mills in Lancashire ran at half capacity."],
     "It plans to sell one of them.", "Rossall Textiles", [], "mill sale")  # fmt: skip
# a pronoun after a sentence opening with someone new
built.far_actors(PRON, ["Lorimer Chemicals cut its forecast on Wednesday.", "Lorimer Chemicals said European demand was weak.", "Prices of fertiliser fell.", "Gas costs rose.", "A consortium of Gulf investors has built a stake of 9%."],
     "It wants two seats on the board.", "", ["Lorimer Chemicals"], "board seats")  # fmt: skip
built.far_actors(PRON, ["Rossall Textiles reported a loss on Friday.", "Rossall Textiles said orders from retailers fell.", "Cotton prices rose.", "Sales fell 11%.", "The council in Blackburn owns the land under its biggest mill."],
     "It wants to build homes there.", "", ["Rossall Textiles"], "homes plan")  # fmt: skip
# a description as an object, against one opening a clause
built.far_actors(DESC, ["Sandown Leisure reported a jump in summer bookings on Thursday.", "Sandown Leisure runs 42 holiday parks.", "Bookings rose 9%.", "Caravan sales fell.", "Wet weather hurt.", "Analysts at Cantor expect a bid for the group."],
     "Analysts at Cantor expect a bid for the group.", "", ["Sandown Leisure"], "bid expected")  # fmt: skip
built.far_actors(DESC, ["Fenlow Bank set aside more money for bad loans on Tuesday.", "Fenlow Bank said more small firms were falling behind.", "Lending grew 3%.", "Deposits fell.", "Investors have sold the bank's shares since March."],
     "A private equity firm approached the lender in June.", "", ["Fenlow Bank"], "approach")  # fmt: skip
built.far_actors(DESC, ["Whitcombe Insurance paid out a record £700 million for storm claims on Monday.", "Whitcombe Insurance said claims from flooding doubled.", "Premiums rose 12%.", "Motor claims were steady.", "Reserves were strengthened."],
     "In a statement, the insurer said it would raise prices again.", "Whitcombe Insurance", [], "price rise")  # fmt: skip
built.far_actors(DESC, ["Tarrant Motors will stop making diesel cars in 2027.", "Tarrant Motors sold 1.2 million cars last year.", "Demand for diesels has fallen.", "Hybrids make up half of sales.", "Electric models are a tenth."],
     "Next spring the carmaker will open a battery plant in Spain.", "Tarrant Motors", [], "battery plant")  # fmt: skip
# a rival written in lower case first, opening the paragraph before; a product so written
built.far_actors(DESC, ["Orliss Media reported a loss on Thursday.", "Orliss Media said its console sold 5 million units.", "Sales of games fell.", "eSportsNet, which streams its tournaments, also reported. Its viewers rose 40%. Advertising doubled. Costs fell."],
     "The company plans to list its shares in New York.", "", ["Orliss Media"], "share listing")  # fmt: skip
built.far_actors(DESC, ["Orliss Media reported a loss on Thursday.", "Orliss Media said its console sold 5 million units.", "Demand for the cheaper xBox Lite model was strong.", "Sales of games fell.", "Costs rose.", "Margins narrowed."],
     "The company plans to cut the console's price.", "Orliss Media", [], "price cut")  # fmt: skip
# a parent's name, the topic's own words short of its last
built.far_actors(SHORT, ["Kesteven Power Networks will spend £2 billion on cables, it said on Tuesday.", "Kesteven Power Networks runs the grid in Lincolnshire.", "Outages fell.", "Kesteven Power, which owns it, said on Monday that it might sell a stake. Profit rose. Debt fell. Its shares rose."],
     "The group will decide on a sale by March.", "", ["Kesteven Power Networks"], "sale decision")  # fmt: skip
built.far_actors(SHORT, ["Delacroix Cosmetics SA lifted its forecast on Wednesday.", "Delacroix's sales in China recovered.", "Travel retail rose 11%.", "Skincare was strongest.", "Fragrance was flat."],
     "The company will buy back €1 billion of shares.", "Delacroix Cosmetics SA", [], "buyback")  # fmt: skip
built.far_actors(SHORT, ["Brennan Logistics (BL) said parcel volumes rose on Monday.", "BL's profit rose 14%.", "Fuel costs fell.", "Brennan Freight, a separate company, reported too. Its volumes fell. Costs rose. It cut jobs."],
     "The company will hire 3,000 seasonal workers.", "", ["Brennan Logistics"], "seasonal hiring")  # fmt: skip

built.far_actors(SHORT, ["Fairbairn Insurance (FI) said storm claims doubled.", "FI's shares fell 6%.", "Premiums rose.", "MRC, the claims handler it uses, reported a loss on the same day. MRC's costs rose. It lost a contract. Staff were cut."],
     "The company will raise its fees in April.", "", ["Fairbairn Insurance"], "fee rise")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
