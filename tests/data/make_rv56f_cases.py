# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv56f's set of am56's own-body reading (``grounding_rv56f.jsonl``, review of
fresh-miss writer am56; :mod:`summarizer.verification.people.own_mentions`), at the edges of

- ``standin``: a person whose own body is named in their sentence and whose RIGHT value is
  written by a stand-in ("the company's chief executive" where the company is the value named
  earlier, "its", "their", "the group's"), named in the sentence before, a parent and its
  subsidiary both theirs, a joint venture; against another body of the story in those shapes;
- ``quote``: the value's name inside a quote the person speaks ("At Harlow Rail we ...") or a
  quote about them; against a body they only speak of in their quote;
- ``president``: a company's, a club's, a university's, a federation's, a country's and a
  party's president, a vice-president, a "president and chief executive"; against another body
  of the story;
- ``neighbour``: the regulator, customer, rival, deal partner or the body a person criticises,
  which must stay refused; against the person's own body on the same pages.

Run ``python tests/data/make_rv56f_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv56f.jsonl")

built = SupportCases(
    "rv56f",
    leads=[
        "By Priya Lennox | The Ouse Courier",
        "DUNDEE (Northern Wire) -",
        "Markets | The Tamar Ledger",
        "From our Belfast desk, The Lagan Post.",
    ],
)
STAND, QUOTE, PRES, NEAR = "standin", "quote", "president", "neighbour"


held = partial(built.held_affiliation, PRES)


# --- standin: the right value written by a stand-in in a sentence naming an own body ---------
built.affiliation(
    STAND,
    "Orla Pennick",
    ["Fenbridge Foods"],
    ["Grocery Standards Agency"],
    "Fenbridge Foods recalled 40,000 jars of pesto on Monday after the Grocery Standards Agency found traces of peanut.",
    "Orla Pennick, the company's chief executive, said the Fenbridge Foods plant in Wisbech would stay shut for a week.",
)
built.affiliation(
    STAND,
    "Tamsin Achebe",
    ["Corvane Logistics"],
    ["Harrow Parcel Union"],
    "Corvane Logistics said it would add 600 drivers before Christmas, despite a pay dispute with the Harrow Parcel Union.",
    "Its operations director, Tamsin Achebe, said Corvane Logistics depots in the north were already hiring.",
)
built.affiliation(
    STAND,
    "Bastian Ruehl",
    ["Kestrel Motors", "Kestrel Motors Europe"],
    ["Vanta Batteries"],
    "Kestrel Motors is the parent of Kestrel Motors Europe, which buys its cells from Vanta Batteries.",
    "Bastian Ruehl, who runs Kestrel Motors Europe and sits on the group's board, said the new plant would open in 2028.",
)
built.affiliation(
    STAND,
    "Ada Morrow",
    ["Linmoor Water"],
    ["Rivers Protection Authority"],
    "Linmoor Water was fined 2 million pounds by the Rivers Protection Authority on Thursday.",
    "The group's chairwoman, Ada Morrow, said Linmoor Water would appeal.",
)
built.affiliation(
    STAND,
    "Piet Vandam",
    ["Nordhaven Energy", "Sealink Wind"],
    ["Baltic Grid Operator"],
    "Sealink Wind is a joint venture of Nordhaven Energy and a Danish pension fund, and will sell its power to the Baltic Grid Operator.",
    "Piet Vandam, Nordhaven Energy's head of offshore, who also chairs Sealink Wind, said their turbines would turn by 2027.",
)
built.affiliation(
    STAND,
    "Ruth Okafor",
    ["Brantwood Hospital Trust"],
    ["Care Quality Inspectorate"],
    "Brantwood Hospital Trust has cut its waiting list by a third, the Care Quality Inspectorate said in a report on Tuesday.",
    "Ruth Okafor, the trust's medical director, said Brantwood Hospital Trust staff had worked weekends since January.",
)
built.affiliation(
    STAND,
    "Luca Ferrante",
    ["Verdello Coffee"],
    ["Alpine Roasters"],
    "Verdello Coffee has agreed to buy Alpine Roasters for 90 million euros.",
    "Luca Ferrante, Verdello Coffee's finance chief, said the company would pay in cash.",
)
built.affiliation(
    STAND,
    "Nia Hawthorne",
    ["Glasswing Books"],
    ["Pennant Retail"],
    "Glasswing Books will stop selling through Pennant Retail from June.",
    "Nia Hawthorne, Glasswing Books' managing director, said their readers would still find the titles online.",
)
built.affiliation(
    STAND,
    "Emre Talat",
    ["Solent Ferries"],
    ["Harbour Pilots Guild"],
    "Solent Ferries cancelled 14 crossings on Sunday because of strike action by the Harbour Pilots Guild.",
    "Emre Talat, head of operations at Solent Ferries, said the company's boats would run a reduced timetable on Monday.",
)
built.affiliation(
    STAND,
    "Greta Solberg",
    ["Fjordline Salmon"],
    ["Coastal Fisheries Directorate"],
    "The Coastal Fisheries Directorate ordered Fjordline Salmon to cull 80,000 fish after a lice outbreak.",
    "Greta Solberg, who leads Fjordline Salmon's farms in the north, said the company's vets had asked for more time.",
)
built.affiliation(
    STAND,
    "Marcus Idowu",
    ["Tern Valley Council"],
    ["Halden Construction"],
    "Tern Valley Council has sacked Halden Construction from the new bypass after two years of delays.",
    "Marcus Idowu, the council's leader, said Tern Valley Council would pick a new builder by May.",
)
built.affiliation(
    STAND,
    "Saoirse Byrne",
    ["Kilbride Dairies"],
    ["Emerald Supermarkets"],
    "Kilbride Dairies has stopped supplying Emerald Supermarkets after a row over prices.",
    "Saoirse Byrne, Kilbride Dairies' sales director, said its milk would go to other shops.",
)

built.affiliation(
    STAND,
    "Ella Ware",
    ["Orbis Media", "Evening Lamp"],
    [],
    "Orbis Media publishes the Daily Crest and the Evening Lamp.",
    "Ella Ware, the Evening Lamp's editor, said the group would cut 40 jobs.",
)
built.affiliation(
    STAND,
    "Ella Ware",
    ["Orbis Media"],
    [],
    "Orbis Media publishes the Daily Crest and the Evening Lamp.",
    "Ella Ware, the Evening Lamp's editor, said their titles would merge.",
)
built.affiliation(
    STAND,
    "Jon Tell",
    ["Loxley Holdings"],
    [],
    "Loxley Holdings bought Acme Foods in 2019.",
    "Jon Tell, chief executive of Acme Foods, said the company's parent would invest 20 million pounds.",
)
built.affiliation(
    STAND,
    "Jon Tell",
    ["Loxley Holdings"],
    [],
    "Acme Foods, a Loxley Holdings company, will close its Leeds plant.",
    "Jon Tell, Acme Foods' chief executive, said the holding company had approved the plan.",
)
built.affiliation(
    STAND,
    "Jon Tell",
    ["Loxley Holdings"],
    [],
    "Loxley Holdings acquired Acme Foods in 2019.",
    "Jon Tell, who runs Acme Foods for the group, said the plant would close.",
)
built.affiliation(
    STAND,
    "Mina Shah",
    ["Tarrant Group"],
    [],
    "Tarrant Group reported record profits on Tuesday.",
    "Mina Shah, head of Tarrant Maritime, the group's shipping business, said the ships were full.",
)
built.affiliation(
    STAND,
    "Ines Rowe",
    ["Calder Bank"],
    [],
    "Calder Bank will cut 300 jobs.",
    "Ines Rowe, Calder Bank's chief executive, said it would be painful.",
    "Rowe, who also chairs the Bankers Club, said the bank's branches would stay open.",
)
built.affiliation(
    STAND,
    "Tom Hale",
    ["Corran Motors"],
    [],
    "Corran Motors will build a plant in Ohio, its chief executive said.",
    "Tom Hale, who chairs the Ohio Business Roundtable as well, said the company would hire 2,000.",
)
built.affiliation(
    STAND,
    "Tom Hale",
    ["Corran Motors"],
    [],
    "Corran Motors will build a plant in Ohio.",
    "Its chief executive, Tom Hale, who also chairs the Ohio Business Roundtable, said the plant would open in 2027.",
)

# --- quote: the value's name inside a quote the person speaks, or a quote about them --------
built.affiliation(
    QUOTE,
    "Declan Shore",
    ["Harlow Rail"],
    ["Network Track Authority"],
    "The Network Track Authority will close the line for eight days in August.",
    '"At Harlow Rail we have planned buses for every train," said Declan Shore, Harlow Rail\'s customer director.',
)
built.affiliation(
    QUOTE,
    "Imogen Trask",
    ["Calloway Pharma"],
    ["Medicines Pricing Board"],
    "The Medicines Pricing Board turned down the new migraine drug on Wednesday.",
    'Imogen Trask, Calloway Pharma\'s UK head, said: "Calloway Pharma will keep talking to the board."',
)
built.affiliation(
    QUOTE,
    "Farid Haddad",
    ["Oasis Telecom"],
    ["Spectrum Licensing Office"],
    "The Spectrum Licensing Office has refused to renew two of the operator's licences.",
    'Farid Haddad, chief executive of Oasis Telecom, told staff: "Oasis Telecom has never missed a payment to the Spectrum Licensing Office."',
)
built.affiliation(
    QUOTE,
    "Bea Lindqvist",
    ["Norrland Timber"],
    ["Forest Owners Federation"],
    "The Forest Owners Federation accused sawmills of paying too little for spruce.",
    '"I have run Norrland Timber for twelve years and we have never paid below the index," Bea Lindqvist, its owner, said.',
)
built.affiliation(
    QUOTE,
    "Otis Kamara",
    ["Redcliffe Rovers"],
    ["Westbury Athletic"],
    "Redcliffe Rovers beat Westbury Athletic 3-1 on Saturday.",
    '"Nobody gave Redcliffe Rovers a chance," said Otis Kamara, the club\'s manager.',
)
built.affiliation(
    QUOTE,
    "Helene Marchal",
    ["Ligne Bleue"],
    ["Atlantic Cruise Lines"],
    "Atlantic Cruise Lines has dropped Brest from its summer schedule.",
    'Helene Marchal, who manages the port for Ligne Bleue, said: "Atlantic Cruise Lines made a mistake, and Ligne Bleue will fill the berths."',
)
built.affiliation(
    QUOTE,
    "Rohan Mehta",
    ["Saffron Capital"],
    ["Lotus Retail"],
    "Saffron Capital has put Lotus Retail up for sale, three years after buying it.",
    'Rohan Mehta, a Saffron Capital partner, said Lotus Retail was "a better business than the one we bought".',
)
built.affiliation(
    QUOTE,
    "Kirsty Dunbar",
    ["Tayside Housing Association"],
    ["Dundee City Council"],
    "Tayside Housing Association will build 300 homes on land sold by Dundee City Council.",
    'Kirsty Dunbar, chief executive of Tayside Housing Association, said the council had been "a good partner".',
    '"We at Tayside Housing Association have waited ten years for this," she added.',
)
built.affiliation(
    QUOTE,
    "Yusuf Demir",
    ["Bosphorus Airways"],
    ["Anatolian Airports"],
    'Anatolian Airports said on Monday that Yusuf Demir, Bosphorus Airways\' chief executive, had "refused every slot we offered".',
    "Demir said the airline would move its flights to a smaller field.",
)
built.affiliation(
    QUOTE,
    "Lorna Vickery",
    ["Penhallow Brewery"],
    ["Cornish Pubs Group"],
    "Lorna Vickery, Penhallow Brewery's head brewer, said of the Cornish Pubs Group deal:",
    '"The Cornish Pubs Group wanted our best ale in every bar. Penhallow Brewery could not say no."',
)
built.affiliation(
    QUOTE,
    "Ansel Grieve",
    ["Marrick Bank"],
    ["Financial Ombudsman Service"],
    "The Financial Ombudsman Service upheld 4,000 complaints against Marrick Bank last year.",
    '"The figures shame us," said Ansel Grieve, Marrick Bank\'s chief executive. "Marrick Bank will repay every customer."',
)
built.affiliation(
    QUOTE,
    "Tove Aalto",
    ["Karelia Mining"],
    ["Sami Reindeer Council"],
    'Tove Aalto, head of Karelia Mining, said: "The Sami Reindeer Council has our promise that the herds will pass."',
)

# --- president: a company's, club's, university's, federation's, country's, party's --------
held(
    "president",
    "Clement Osei",
    ["Redwater Chemicals"],
    ["Environment Licensing Board"],
    "The Environment Licensing Board ordered Redwater Chemicals to stop discharging into the river.",
    "The company's president, Clement Osei, said Redwater Chemicals would comply.",
)
held(
    "president",
    "Jordi Puigvert",
    ["Montcada FC"],
    ["Catalan Football League"],
    "The Catalan Football League docked Montcada FC six points for fielding an ineligible player.",
    "Jordi Puigvert, the club's president, said Montcada FC would appeal.",
)
held(
    "president",
    "Hannah Voss",
    ["Eastmoor University"],
    ["Higher Education Funding Office"],
    "Eastmoor University will cut 200 jobs after the Higher Education Funding Office reduced its grant.",
    "Hannah Voss, president of Eastmoor University, said the cuts would fall mostly on administration.",
)
held(
    "president",
    "Ignacio Ruiz",
    ["Iberian Cycling Federation"],
    ["Velo Tours"],
    "Velo Tours will run the national championship next year under a deal with the Iberian Cycling Federation.",
    "Ignacio Ruiz, the federation's president, said the Iberian Cycling Federation had chosen the best bid.",
)
held(
    "president",
    "Amina Tall",
    ["Senegal"],
    ["Atlantic Fisheries Company"],
    "Senegal has refused to renew the fishing licence of the Atlantic Fisheries Company.",
    "President Amina Tall said the country's waters had been overfished.",
)
held(
    "party president",
    "Rainer Kolb",
    ["Green Alliance"],
    ["Rhine Coal Company"],
    "The Green Alliance called for the Rhine Coal Company's last plant to close by 2030.",
    "Rainer Kolb, the party's president, said the Green Alliance would make it a condition of any coalition.",
)
held(
    "vice-president",
    "Leila Nasser",
    ["Cedar Air"],
    ["Beirut Airport Authority"],
    "Cedar Air has moved its maintenance base away from land leased by the Beirut Airport Authority.",
    "Leila Nasser, Cedar Air's vice-president for engineering, said the company would save 3 million dollars a year.",
)
held(
    "president and chief executive",
    "Grant Heller",
    ["Prairie Rail"],
    ["Surface Transport Board"],
    "The Surface Transport Board fined Prairie Rail for a derailment in Manitoba.",
    "Grant Heller, Prairie Rail's president and chief executive, said the railway would pay.",
)
held(
    "president",
    "Mireille Dubois",
    ["Quebec Dairy Producers"],
    ["Laurentian Cheese"],
    "Laurentian Cheese has cut the price it pays farmers by 8 per cent.",
    "Mireille Dubois, president of Quebec Dairy Producers, said their members would stop deliveries.",
)
held(
    "president",
    "Thabo Mokoena",
    ["Highveld Chamber of Mines"],
    ["Mineral Resources Department"],
    "The Mineral Resources Department has issued new safety rules for deep mines.",
    "Thabo Mokoena, president of the Highveld Chamber of Mines, said its members would need a year to comply.",
)
held(
    "president",
    "Vera Lind",
    ["Sundby Sailing Club"],
    ["Harbour Board"],
    "The Harbour Board has doubled mooring fees in Sundby.",
    "The club's president, Vera Lind, said Sundby Sailing Club members would protest on Saturday.",
)
held(
    "president",
    "Duarte Pinto",
    ["Portugal"],
    ["Atlantic Lithium"],
    "Portugal has approved the Atlantic Lithium mine in the north.",
    "President Duarte Pinto signed the decree on Friday.",
)

held(
    "president",
    "Ana Ruiz",
    ["Chile"],
    [],
    "Chile will raise its copper royalty.",
    "President Ana Ruiz, who ran Andes Copper Company before her election, said the money would fund schools.",
)
held(
    "president",
    "Mark Obi",
    ["Nigeria"],
    [],
    "Nigeria will host the summit.",
    "President Mark Obi, speaking to the Lagos Chamber of Commerce, said hotels were ready.",
)
held(
    "President",
    "Mark Obi",
    ["Nigeria"],
    [],
    "Nigeria will host the summit.",
    "President Mark Obi told the World Bank's board the country was ready.",
)

# --- neighbour: the other body of the story, and the person's own body ----------------------
built.affiliation(
    NEAR,
    "Wren Castell",
    ["Channel Energy Regulator"],
    ["Brightmere Power"],
    "Brightmere Power must pay customers 12 million pounds, the Channel Energy Regulator said.",
    "Wren Castell, the regulator's chief executive, said the company's failings were serious.",
)
built.affiliation(
    NEAR,
    "Jonah Pryce",
    ["Stellan Software"],
    ["Harbridge Council"],
    "Harbridge Council is Stellan Software's biggest customer.",
    "Jonah Pryce, Stellan Software's sales chief, said the council's contract would be renewed.",
)
built.affiliation(
    NEAR,
    "Kiri Tane",
    ["Kowhai Air"],
    ["Southern Cross Airlines"],
    "Kowhai Air will fly to Perth from March, taking on Southern Cross Airlines on the route.",
    "Kiri Tane, Kowhai Air's chief executive, said their rival's fares were too high.",
)
built.affiliation(
    NEAR,
    "Oskar Brandt",
    ["Elbe Shipping"],
    ["Hanse Port Holdings"],
    "Elbe Shipping has agreed to buy a stake in Hanse Port Holdings.",
    "Oskar Brandt, Elbe Shipping's chief financial officer, said the company's terminal would be ready in 2026.",
)
built.affiliation(
    NEAR,
    "Della Forsythe",
    ["Clearwater Campaign"],
    ["Moorland Quarries"],
    "Moorland Quarries wants to extend its pit by 40 hectares.",
    "Della Forsythe, who founded the Clearwater Campaign, said the company's plan would poison the stream.",
)
built.affiliation(
    NEAR,
    "Ravi Chandran",
    ["Nilgiri Tea Workers Union"],
    ["Blue Hills Estates"],
    "Blue Hills Estates has refused a pay rise for pickers.",
    "Ravi Chandran, leader of the Nilgiri Tea Workers Union, called the estate's offer an insult.",
)
built.affiliation(
    NEAR,
    "Sunniva Holt",
    ["Polar Bank"],
    ["Arctic Payments"],
    "Polar Bank will stop processing card payments through Arctic Payments, it said on Friday.",
    "Sunniva Holt, Polar Bank's technology director, said their outages had cost customers too much.",
)
built.affiliation(
    NEAR,
    "Cyrus Amini",
    ["Kestrel Analytics"],
    ["Northgate Retail"],
    "Northgate Retail's shares fell 9 per cent on Tuesday.",
    "Kestrel Analytics analyst Cyrus Amini said the retailer's margins were the worst in the sector.",
)
built.affiliation(
    NEAR,
    "Ottilie Brun",
    ["Swiss Competition Office"],
    ["Alpstar Telecom", "Bernina Mobile"],
    "The Swiss Competition Office has blocked Alpstar Telecom's takeover of Bernina Mobile.",
    "Ottilie Brun, head of the Swiss Competition Office, said the deal would have raised prices.",
)
built.affiliation(
    NEAR,
    "Hugo Lamarck",
    ["Lamarck Freight"],
    ["Customs Agency"],
    'Hugo Lamarck, who owns Lamarck Freight, said the Customs Agency\'s new checks were "a disaster for small hauliers".',
)
built.affiliation(
    NEAR,
    "Petra Novak",
    ["Danube Steel"],
    ["Moravia Metals"],
    "Danube Steel has lost a court case against Moravia Metals over a patent for rail steel.",
    "Petra Novak, Danube Steel's general counsel, said their lawyers would appeal.",
)
built.affiliation(
    NEAR,
    "Brody Carmichael",
    ["Highland Distillers Association"],
    ["Glenmore Whisky"],
    "Glenmore Whisky has left the Highland Distillers Association after a row over labels.",
    "Brody Carmichael, the association's chair, said the company's departure was regrettable.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
