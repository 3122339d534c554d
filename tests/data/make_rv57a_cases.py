# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv57a's set against af57's "its" office reading (``grounding_rv57a.jsonl``;
:mod:`summarizer.verification.people.its_others`), both ways:

- ``ownits``: "its" stands for the person's OWN body though another body is named nearby (a
  firm and its regulator, a buyer and a seller, a parent and a subsidiary, a quoted body, a
  body known by a second name); the own body must pass, the neighbour must fail.
- ``twobodies``: "its" after a sentence naming two bodies ("X, which supplies Y, said ...",
  "X and Y ...", "X, not Y"); the body "its" stands for must pass, the other must fail.
- ``layouts``: a question, a caption, a list of officials of several bodies, a second
  sentence on the person, a value stated twice, a quote over paragraphs.
- ``wrongbody``: the wrong body of those shapes where the person's own body is plain (by
  "its" and by a second post written of them), against the right one and a second post.

Run ``python tests/data/make_rv57a_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv57a.jsonl")

built = SupportCases(
    "rv57a",
    leads=[
        "By Maelle Dorval | The Loire Courier",
        "ABERDEEN (North Sea Wire) -",
        "Companies | The Humber Ledger",
        "From our Tartu desk, The Baltic Herald.",
        "UPDATED | The Wessex Post",
    ],
)


# --- ownits: "its" is the person's own body, another named nearby --------------------------------
OWN = "ownits"
built.affiliation(OWN, "Tamsin Reed", ["Keld Ports"], ["Coastal Shipping Regulator"],
    "The Coastal Shipping Regulator fined Keld Ports 2 million pounds on Monday for late safety checks.",
    "Keld Ports said it would appeal. Its spokeswoman, Tamsin Reed, said the checks had been done on time.")  # fmt: skip
built.affiliation(OWN, "Anders Holm", ["Brennan Mining"], ["Carlow Holdings"],
    "Brennan Mining agreed on Friday to buy the Ostrava coke plant for 90 million euros. The seller, Carlow Holdings, had tried to sell the plant for two years.",
    "Brennan Mining expects the deal to close in March. Its chief executive, Anders Holm, said the plant would keep all 600 jobs.")  # fmt: skip
built.affiliation(OWN, "Lucia Ferro", ["Water Services Regulation Authority", "Ofwat"], ["Severn Vale Water"],
    "Severn Vale Water was ordered to repay customers 40 million pounds by the Water Services Regulation Authority, known as Ofwat.",
    "Ofwat said the company had missed its leakage targets for three years. Its chief executive, Lucia Ferro, said customers had paid for pipes that were never laid.")  # fmt: skip
built.affiliation(OWN, "Gareth Lloyd", ["Caledonian Rail"], ["Office of Rail Standards"],
    "Caledonian Rail trades as ScotLink. The Office of Rail Standards said last month that a third of ScotLink trains ran late.",
    "ScotLink will add 20 trains a day from May. Its operations director, Gareth Lloyd, said new carriages had arrived.")  # fmt: skip
built.affiliation(OWN, "Mira Osei", ["Ashanti Gold Holdings"], ["Kumasi Mining Commission"],
    "The Kumasi Mining Commission renewed the licence of Obuasi Deep, a subsidiary of Ashanti Gold Holdings, on Tuesday.",
    "Ashanti Gold Holdings said output would rise by a tenth next year. Mira Osei, its finance director, said the licence removed the last doubt.")  # fmt: skip
built.affiliation(OWN, "Henrik Dahl", ["Fjordline Energy"], ["Nordic Power Exchange"],
    "Prices on the Nordic Power Exchange hit a record on Wednesday.",
    "Fjordline Energy said it would restart two hydro plants. Its chief executive, Henrik Dahl, said the reservoirs were full again.",
    "Fjordline Energy is listed in Oslo.")  # fmt: skip
built.affiliation(OWN, "Ruth Abara", ["Delta Growers Union"], ["Niger Delta Agro"],
    "Niger Delta Agro said on Monday that it would pay farmers 10% more for cassava.",
    "The Delta Growers Union called the offer too small. Its general secretary, Ruth Abara, said members wanted a fifth more.")  # fmt: skip
built.affiliation(OWN, "Paulo Serra", ["Tagus Airlines"], ["Lisbon Airport Authority"],
    'The Lisbon Airport Authority said the new runway was "years away".',
    "Tagus Airlines said it would move four routes to Porto. Its chief commercial officer, Paulo Serra, said the airline could not wait.")  # fmt: skip
built.affiliation(OWN, "Ingrid Sola", ["Vestby Bank"], ["Halden Savings"],
    "Vestby Bank completed its takeover of Halden Savings on Thursday, a year after the deal was agreed.",
    "Vestby Bank will close 12 of the smaller lender's branches. Its chair, Ingrid Sola, said no customer would lose an account.")  # fmt: skip
built.affiliation(OWN, "Omar Farouk", ["Marlow Packaging"], ["Greenfield Supermarkets"],
    "Greenfield Supermarkets, the biggest buyer of its boxes, cut orders by a third.",
    "Marlow Packaging said it would cut 200 jobs. Its managing director, Omar Farouk, said the cuts followed the lost orders.")  # fmt: skip
built.affiliation(OWN, "Keiko Mori", ["Hokuto Motors"], ["Sanwa Steel"],
    "Hokuto Motors, a customer of Sanwa Steel for forty years, said on Monday it would buy more of its steel abroad.",
    "Hokuto Motors cited prices. Its purchasing chief, Keiko Mori, said the gap had grown too wide.")  # fmt: skip
built.affiliation(OWN, "Daniel Weiss", ["Rhine Logistics"], ["Basel Customs Office"],
    "Rhine Logistics said the Basel Customs Office had held 300 of its lorries at the border this week.",
    "Rhine Logistics blamed new paperwork. Daniel Weiss, its chief executive, said the delays cost 50,000 francs a day.")  # fmt: skip

built.affiliation(OWN, "Clara Voigt", ["Water Services Regulation Authority", "Ofwat"], ["Severn Vale Water"],
    "Severn Vale Water lost 30% of its water to leaks last year.",
    "The Water Services Regulation Authority, known as Ofwat, sets the limits. Ofwat published its verdict on Monday. Its chief executive, Clara Voigt, said the leaks were the worst in England.",
    "Ofwat can fine a company up to a tenth of its turnover.")  # fmt: skip
built.affiliation(OWN, "Rhys Morgan", ["Caledonian Rail"], ["Scottish Rail Regulator"],
    "The Scottish Rail Regulator said a third of trains ran late in March.",
    "Caledonian Rail, trading as ScotLink, runs most of them. ScotLink said on Tuesday that new timetables would start in May. Its performance director, Rhys Morgan, said delays would halve.",
    "ScotLink has 4,000 staff.")  # fmt: skip
built.affiliation(OWN, "Ines Duarte", ["Nederlandse Spoorwegen", "NS"], ["ProRail"],
    "ProRail manages the Dutch track network. Nederlandse Spoorwegen (NS) runs most passenger trains on it.",
    "NS said on Monday it would run fewer trains during the works. Its spokeswoman, Ines Duarte, said buses would replace them.",
    "NS carried 1.2 million passengers a day last year.")  # fmt: skip

# --- twobodies: "its" after a sentence naming two bodies -----------------------------------------
TWO = "twobodies"
built.affiliation(TWO, "Eilidh Ross", ["Kelso Mills"], ["Tweed Outfitters"],
    "Kelso Mills, which supplies Tweed Outfitters, said on Monday it would raise prices. Its chief executive, Eilidh Ross, blamed the cost of wool.")  # fmt: skip
built.affiliation(TWO, "Jakob Brenner", ["Alpen Dairy"], ["Salzach Cheese"],
    "Alpen Dairy and Salzach Cheese both reported lower sales on Tuesday.",
    "Alpen Dairy said it would close a plant. Its chief executive, Jakob Brenner, said milk was too dear.")  # fmt: skip
built.affiliation(TWO, "Leila Nasser", ["Cedar Telecom"], ["Byblos Networks"],
    "Cedar Telecom, not Byblos Networks, will build the new mast network, the ministry said.",
    "Cedar Telecom has promised to finish by June. Leila Nasser, its head of engineering, said 400 masts were ready.")  # fmt: skip
built.affiliation(TWO, "Tom Kerrigan", ["Liffey Brewing"], ["Dublin Glassworks"],
    "Liffey Brewing, which buys its bottles from Dublin Glassworks, said on Friday that costs had doubled. Its finance director, Tom Kerrigan, said prices would rise.")  # fmt: skip
built.affiliation(TWO, "Sofia Lind", ["Gota Shipping"], ["Baltic Ferry Lines"],
    "Gota Shipping said on Wednesday that Baltic Ferry Lines had dropped its bid for the route.",
    "Gota Shipping will now run the route alone. Its chief executive, Sofia Lind, said fares would not rise.")  # fmt: skip
built.affiliation(TWO, "Arjun Mehta", ["Konkan Cement"], ["Deccan Builders"],
    "Deccan Builders signed a five-year supply deal with Konkan Cement on Monday.",
    "Konkan Cement will build a new kiln to meet the order. Its managing director, Arjun Mehta, said the kiln would cost 2 billion rupees.")  # fmt: skip
built.affiliation(TWO, "Greta Voss", ["Harz Chemicals"], ["Elbe Plastics"],
    "Harz Chemicals, which along with Elbe Plastics had lobbied for lower gas prices, welcomed the cut. Its chief executive, Greta Voss, said plants would run full time.")  # fmt: skip
built.affiliation(TWO, "Noah Tremblay", ["Laurentian Pulp"], ["Quebec Forestry Board"],
    "The Quebec Forestry Board cut the cutting quota for Laurentian Pulp by 15% on Tuesday.",
    "Laurentian Pulp said it would challenge the cut. Its spokesman, Noah Tremblay, said the board had used old surveys.")  # fmt: skip
built.affiliation(TWO, "Aino Virtanen", ["Saimaa Energy"], ["Karelia Grid"],
    "Saimaa Energy sells its power through Karelia Grid. Saimaa Energy said on Friday that output had doubled.",
    "Its chief executive, Aino Virtanen, said a new turbine had been switched on.")  # fmt: skip
built.affiliation(TWO, "Marco Bellini", ["Po Valley Foods"], ["Emilia Packers"],
    "Po Valley Foods and Emilia Packers agreed to merge last year, but the deal collapsed.",
    "Po Valley Foods said on Monday that it would go it alone. Marco Bellini, its chief executive, said the company had no regrets.")  # fmt: skip
built.affiliation(TWO, "Rosa Jimenez", ["Andalus Solar"], ["Iberian Power"],
    "Andalus Solar, a supplier to Iberian Power, said on Thursday it would build a factory in Seville. Its chief executive, Rosa Jimenez, said 800 jobs would follow.")  # fmt: skip
built.affiliation(TWO, "Piotr Nowak", ["Vistula Rail"], ["Krakow Transit"],
    "Vistula Rail and Krakow Transit signed a ticket deal on Monday.",
    "Vistula Rail will sell the joint tickets first. Its commercial director, Piotr Nowak, said the tickets would cost 20 zloty.")  # fmt: skip

# --- layouts: a question, a caption, a list, a second sentence, twice, a quote -------------------
LAY = "layouts"
built.affiliation(LAY, "Hugo Marchetti", ["Corsica Ferries Union"], ["Bastia Port Company"],
    "The Bastia Port Company raised berth fees by a third in May.",
    "Who will pay? The Corsica Ferries Union says the passengers will. Its secretary, Hugo Marchetti, said fares would rise by 10 euros.")  # fmt: skip
built.affiliation(LAY, "Selma Aksoy", ["Anatolia Textiles"], ["Izmir Chamber of Industry"],
    "Speakers at the Izmir Chamber of Industry forum on Monday included Cem Yilmaz, its chair; Selma Aksoy, finance director of Anatolia Textiles; and Deniz Arslan of the Aegean Exporters Union.")  # fmt: skip
built.affiliation(LAY, "Cem Yilmaz", ["Izmir Chamber of Industry"], ["Anatolia Textiles"],
    "Speakers at the Izmir Chamber of Industry forum on Monday included Cem Yilmaz, its chair; Selma Aksoy, finance director of Anatolia Textiles; and Deniz Arslan of the Aegean Exporters Union.")  # fmt: skip
built.affiliation(LAY, "Ilona Szabo", ["Danube Water Works"], ["Budapest City Council"],
    "Photo: Danube Water Works engineers at the Csepel plant.",
    "Budapest City Council approved the new pumping station on Monday. The utility that will run it, Danube Water Works, said work would start in April. Ilona Szabo, who chairs Danube Water Works, said the station would serve 300,000 homes.")  # fmt: skip
built.affiliation(LAY, "Kwame Boateng", ["Accra Transit Authority"], ["Tema Bus Company"],
    "The Accra Transit Authority said on Monday that it would add 50 routes. Its director, Kwame Boateng, said Tema Bus Company would run ten of them.")  # fmt: skip
built.affiliation(LAY, "Lotte Janssen", ["Zeeland Seafood"], ["Dutch Fisheries Board"],
    "Zeeland Seafood said on Friday it would stop buying eel. Its chief executive, Lotte Janssen, said stocks had collapsed.",
    "The Dutch Fisheries Board said it welcomed the decision. Janssen, who has run Zeeland Seafood since 2016, said other buyers should follow.")  # fmt: skip
built.affiliation(LAY, "Bram Peeters", ["Antwerp Diamond Bourse"], ["Flanders Jewellers Guild"],
    "The Flanders Jewellers Guild asked for lower fees on Monday.",
    "The Antwerp Diamond Bourse said fees would stay. Its president, Bram Peeters, said the bourse had cut them twice already. Peeters has led the Antwerp Diamond Bourse for six years.")  # fmt: skip
built.affiliation(LAY, "Nadia Karimi", ["Herat Carpet Cooperative"], ["Kabul Trade Office"],
    'The Kabul Trade Office said exports had doubled. "We have never sold so much," it said.',
    'The Herat Carpet Cooperative disagreed. Its chair, Nadia Karimi, said: "Our weavers sold less this year.',
    '"The figures count carpets from other provinces."')  # fmt: skip
built.affiliation(LAY, "Erik Lund", ["Uppsala Housing"], ["Mälar Builders"],
    "Mälar Builders will build 400 flats for Uppsala Housing.",
    "Uppsala Housing said the first flats would be ready in 2028. Its chief executive, Erik Lund, and its chair, Maja Berg, signed the contract on Tuesday.")  # fmt: skip
built.affiliation(LAY, "Chidi Okeke", ["Lagos Fintech Association"], ["Naira Pay"],
    "Naira Pay was fined for late reports. The Lagos Fintech Association said the fine was too harsh.",
    "Its president, Mr Chidi Okeke, said the rules were new.")  # fmt: skip
built.affiliation(LAY, "Fiona Grant", ["Moray Distillers"], ["Speyside Casks"],
    "Moray Distillers buys its casks from Speyside Casks.",
    "Is Moray Distillers about to raise prices? Its chief executive, Fiona Grant, would not say.")  # fmt: skip
built.affiliation(LAY, "Jonas Berg", ["Tromso Seafood"], ["Arctic Fish Council"],
    "Tromso Seafood chief executive Jonas Berg (left) with Arctic Fish Council officials in Oslo.",
    "Tromso Seafood said on Friday that it would stop fishing for cod in the spring.")  # fmt: skip

built.affiliation(LAY, "Ana Sorensen", ["Tweed Dyeworks", "Alba Consortium"], [],
    "Tweed Dyeworks chief executive Ana Sorensen has spent a year on the bid.",
    "The Alba Consortium said on Friday that its offer was final. Its chair, Ana Sorensen, said no better offer would come.")  # fmt: skip
built.affiliation(LAY, "Pavel Dvorak", ["Brno Bakers Guild", "Moravia Flour"], [],
    "The Brno Bakers Guild asked for lower energy prices on Monday. Its president, Pavel Dvorak, said ovens were costing too much.",
    "Dvorak also runs Moravia Flour, a mill outside the city.")  # fmt: skip
built.affiliation(LAY, "Greta Lind", ["Orebro Housing", "Svea Tenants Association"], [],
    "Greta Lind, who founded the Svea Tenants Association, joined the board in 2020.",
    "Orebro Housing said it would raise rents by 4%. Its chair, Greta Lind, said the rise was the smallest in years.")  # fmt: skip
built.affiliation(LAY, "Tomasz Wrona", ["Gdansk Shipyard", "Baltic Welders Union"], [],
    "Gdansk Shipyard won an order for six ferries on Monday. Its works manager, Tomasz Wrona, said the yard would hire 300 welders.",
    "At the Baltic Welders Union, where Wrona is treasurer, members welcomed the news.")  # fmt: skip

# --- wrongbody: the wrong body in those shapes, against the right one and a second post ---------
WRONG = "wrongbody"
built.affiliation(WRONG, "Ana Ruiz", ["Alba Consortium"], ["Tweed Dyeworks"],
    "The Alba Consortium is led by Kelso Mills and Tweed Dyeworks.",
    "The Alba Consortium said on Friday its bid for the mill was final. Its spokeswoman, Ana Ruiz, said no better offer would come.")  # fmt: skip
built.affiliation(WRONG, "Joao Lima", ["Minho Textiles", "Braga Weavers Association"], ["Porto Cotton"],
    "Porto Cotton raised its prices again in June.",
    "Minho Textiles said it would buy from Egypt instead. Its chief executive, Joao Lima, who also chairs the Braga Weavers Association, said the rise was the third this year.")  # fmt: skip
built.affiliation(WRONG, "Eva Horak", ["Brno Trams", "Moravian Transport Union"], ["Brno City Hall"],
    "Brno City Hall cut the tram budget by a tenth on Monday.",
    "Brno Trams said it would run fewer trams at night. Its operations chief, Eva Horak, said the cuts were unavoidable. Horak is also vice-chair of the Moravian Transport Union.")  # fmt: skip
built.affiliation(WRONG, "Liam Doyle", ["Shannon Credit Union", "Limerick Hurling Club"], ["Irish Banking Federation"],
    "The Irish Banking Federation warned of rising arrears on Tuesday.",
    "The Shannon Credit Union said its members were paying on time. Its manager, Liam Doyle, said arrears had fallen. Doyle, a board member of the Limerick Hurling Club, said the club had its own account there.")  # fmt: skip
built.affiliation(WRONG, "Yuki Tanabe", ["Kansai Rail"], ["Osaka Prefecture"],
    "Osaka Prefecture will pay for half of the new line.",
    "Kansai Rail said construction would start in April. Yuki Tanabe, its president, said the line would open in 2031.")  # fmt: skip
built.affiliation(WRONG, "Ruta Kalnina", ["Riga Port Authority"], ["Baltic Grain Traders"],
    "Baltic Grain Traders moved 2 million tonnes through Riga last year.",
    "What happens next? The Riga Port Authority says it will build a new silo. Its director, Ruta Kalnina, said the silo would hold 100,000 tonnes.")  # fmt: skip
built.affiliation(WRONG, "Sam Whitfield", ["Pennine Water"], ["Yorkshire Rivers Trust"],
    'The Yorkshire Rivers Trust called the spill "a disgrace".',
    "Pennine Water said it was sorry. Its chief executive, Sam Whitfield, said the pumps had failed in the storm.")  # fmt: skip
built.affiliation(WRONG, "Carmen Ortiz", ["Valencia Citrus Board"], ["Costa Juice"],
    "Costa Juice, the biggest buyer of Valencian oranges, cut its orders by a quarter.",
    "The Valencia Citrus Board said growers would look for new buyers. Its president, Carmen Ortiz, said exports to Asia were rising.")  # fmt: skip
built.affiliation(WRONG, "Mehmet Demir", ["Konya Flour Mills"], ["Anatolian Grain Office"],
    "The Anatolian Grain Office raised wheat prices on Monday. Konya Flour Mills, which buys a third of its wheat from the office, said bread would cost more.",
    "Its chief executive, Mehmet Demir, said the rise was the second this year.")  # fmt: skip
built.affiliation(WRONG, "Hanna Koivisto", ["Lapland Tourism Board"], ["Rovaniemi Airport"],
    "The Lapland Tourism Board said winter bookings were up by a fifth. Speakers at its meeting included Hanna Koivisto, its director, and Pekka Salo, chief of Rovaniemi Airport.")  # fmt: skip
built.affiliation(WRONG, "Oskar Wiik", ["Narvik Ore Company"], ["Kiruna Mining"],
    "Narvik Ore Company, owned by Kiruna Mining until 2019, said on Monday it would ship more ore to Germany.",
    "Its chief executive, Oskar Wiik, said the port was working at full speed.")  # fmt: skip
built.affiliation(WRONG, "Beatrix Klein", ["Graz Hospital Trust"], ["Styria Nurses Union"],
    "The Styria Nurses Union said its members would strike on Friday.",
    "The Graz Hospital Trust said it would keep emergency wards open. Its medical director, Beatrix Klein, said planned operations would be moved.")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
