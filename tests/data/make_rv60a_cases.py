# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 60's review rv60a of af60 (``grounding_rv60a.jsonl``): the edges of
af60's readings of a body that is not the person's own
(:mod:`summarizer.verification.people.other_items`,
:mod:`summarizer.verification.people.party_elsewhere`,
:mod:`summarizer.verification.people.party_people`):

- ``stacked``: the value in another item of the person's own sentence. Must fail: another
  person's item holds it ("and a partner at B", "while B's treasurer Y", "Y of B",
  "B finance chief Y"). Must pass: the person's own second post after a comma and "and" with
  an adverb or a verb of theirs ("and also chairman of B", "and now an adviser at B", "and
  later head of B", "and is a trustee of B"), a capitalised title of theirs, a unit of the
  value they run;
- ``country``: an organisation of the person's own written beside them, given a country or a
  group of the table. Must fail: the country or group the story names apart. Must pass: the
  country or group the page ties them to as well (a post of it, its adjective, "X's envoy",
  a seat it gives them) beside an organisation of theirs;
- ``organ``: an organ of a state or a union whose name has no organ's word (the FBI, the
  IDF, the Bundeswehr, the Riksbank, Norges Bank, Mossad, Frontex, the Carabinieri) given
  its polity the story names apart: must pass (the holder's country is theirs); a firm in
  initials or one word (ING, UBS, Nomura, KPMG, Kpler) given a country or group named apart:
  must fail;
- ``plural``: a one-word value in "s". Must fail: a body named apart from a person with an
  organisation of their own ("told Bloomberg", "rival chain Harwoods"). Must pass: a party's
  or movement's people the person belongs to ("Unionists", "Peronists", "Brexiteers",
  "Remainers", "Kurds"), beside an organisation of theirs.

Run ``python tests/data/make_rv60a_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv60a.jsonl")

built = SupportCases(
    "rv60a",
    leads=[
        "Business | The Harrowgate Gazette",
        "KESTON, May 14 (Lanternfield Wire) -",
        "By Ottilie Marsh, Markets Correspondent",
        "THE DRUMLIN TIMES — Companies",
        "Posted 07:15 GMT | Sallowby Daily",
        "Dispatch from the Corwen Bureau, The Pellham Examiner.",
    ],
)
STACKED, COUNTRY, PLURAL = "stacked", "country", "plural"


# --- stacked: the person's own second post, and another's item ---------------------------------
built.held_affiliation(
    STACKED,
    "chief executive",
    "Mirela Vost",
    ["Quarrybank Cement", "Ostler Freight Holdings"],
    [],
    "Mirela Vost, chief executive of Quarrybank Cement, and also chairman of Ostler Freight Holdings, said the merger talks had ended.",
)
built.held_affiliation(
    STACKED,
    "founder",
    "Anselm Drury",
    ["Drury Seedworks", "Fallowmere Agricultural Trust"],
    [],
    "Anselm Drury, who founded Drury Seedworks in 1994, and now an adviser at the Fallowmere Agricultural Trust, told farmers to plant early.",
)
built.held_affiliation(
    STACKED,
    "chief executive",
    "Wilhelmina Stroud",
    ["Kestrel Glassworks", "Pennant Lighting"],
    [],
    "Wilhelmina Stroud, chief executive of Kestrel Glassworks, and currently chair of Pennant Lighting, said the furnace would be rebuilt.",
)
built.held_affiliation(
    STACKED,
    "director",
    "Osei Boateng",
    ["Ashanti Cocoa Traders", "Kumasi Growers Union"],
    [],
    "Osei Boateng, a director of Ashanti Cocoa Traders, and additionally treasurer of the Kumasi Growers Union, said the harvest was late.",
)
built.held_affiliation(
    STACKED,
    "partner",
    "Liesel Vogt",
    ["Vogt Hartmann", "Isar Business School"],
    [],
    "Liesel Vogt, a partner at Vogt Hartmann, and at the same time a professor at the Isar Business School, wrote the report.",
)
built.held_affiliation(
    STACKED,
    "chairwoman",
    "Grainne Moran",
    ["Shannon Freight", "Limerick Chamber Trust"],
    [],
    "Grainne Moran, chairwoman of Shannon Freight, and since March also a trustee of the Limerick Chamber Trust, opened the terminal.",
)
built.held_affiliation(
    STACKED,
    "director",
    "Piet Van Lathem",
    ["Scheldtmond Logistics", "Antwerp Maritime Academy"],
    [],
    "Piet Van Lathem, a director of Scheldtmond Logistics, and since 2021 a lecturer at the Antwerp Maritime Academy, said the port had lost two liner services.",
)
built.held_affiliation(
    STACKED,
    "partner",
    "Sunniva Roe",
    ["Brakefield Hume", "Norland Arts Council"],
    [],
    "Sunniva Roe is a partner at the law firm Brakefield Hume, and is also a trustee of the Norland Arts Council.",
)
built.held_affiliation(
    STACKED,
    "managing director",
    "Tobiah Crane",
    ["Wexcombe Ceramics"],
    ["Castlereagh Pottery Guild"],
    "Tobiah Crane, managing director of Wexcombe Ceramics, and formerly president of the Castlereagh Pottery Guild, said energy costs had doubled.",
)
built.held_affiliation(
    STACKED,
    "chief economist",
    "Ines Marlow",
    ["Corrigan Bank"],
    ["Lisle Policy Forum"],
    "Ines Marlow, chief economist at Corrigan Bank, and previously a fellow at the Lisle Policy Forum, expects two more rate cuts.",
)
built.held_affiliation(
    STACKED,
    "chairman",
    "Roald Fenner",
    ["Skerry Offshore Wind", "Tidewell Energy"],
    [],
    "Roald Fenner, who chairs Skerry Offshore Wind, and still sits as a director of Tidewell Energy, said the auction rules were unworkable.",
)
built.held_affiliation(
    STACKED,
    "plant manager",
    "Hana Okafor",
    ["Brightwater Foods"],
    [],
    "Hana Okafor, who ran Brightwater Foods's Millbrook Dairy for a decade, said the closure would cost 300 jobs.",
    "Brightwater Foods said the site had lost money for four years.",
)
built.held_affiliation(
    STACKED,
    "head of research",
    "Dov Aldana",
    ["Pellucid Capital"],
    ["Marram Institute"],
    "Dov Aldana, Head of Research at Pellucid Capital, and until last year a Senior Fellow of the Marram Institute, said the yield curve was flattening.",
)
built.held_affiliation(
    STACKED,
    "deputy governor",
    "Leontine Brasse",
    ["Central Bank of Varnia"],
    ["Ostmark Savings"],
    "Leontine Brasse, deputy governor at the Central Bank of Varnia, and once chief risk officer of Ostmark Savings, defended the rate rise.",
)
built.held_affiliation(
    STACKED,
    "chief executive",
    "Gideon Platt",
    ["Harbourne Airways"],
    ["Selcombe Aviation"],
    "Gideon Platt, chief executive of Harbourne Airways, and a vice president of Selcombe Aviation both spoke at the hearing on Tuesday.",
)
built.held_affiliation(
    STACKED,
    "chairman",
    "Ottoline Greaves",
    ["Mardale Steel"],
    ["Corby Tubeworks"],
    "Mardale Steel chairman Ottoline Greaves opened the plant, and Corby Tubeworks finance chief Arun Bedi announced the first order.",
)
built.held_affiliation(
    STACKED,
    "professor",
    "Ravi Sethna",
    ["Eastwick University"],
    ["Harlow Polytechnic"],
    "The prize went to Eastwick University's Ravi Sethna, Magda Ferreira of Harlow Polytechnic, and a team in Lyon.",
)
built.held_affiliation(
    STACKED,
    "analyst",
    "Keziah Poole",
    ["Wrenfield Securities"],
    ["Bramcote Investments"],
    "Keziah Poole, an analyst at Wrenfield Securities, expects margins to recover, while Bramcote Investments' Lorcan Tighe sees another weak quarter.",
)
built.held_affiliation(
    STACKED,
    "spokesman",
    "Emeka Dunmore",
    ["Sallow Rail"],
    ["Ferrow Buses"],
    "Emeka Dunmore, a spokesman for Sallow Rail, apologised for the delays, while Ferrow Buses said it had laid on 40 extra coaches.",
)
built.held_affiliation(
    STACKED,
    "lawyer",
    "Felicity Wrenn",
    ["Osgood Tarrant"],
    ["Hexley Mining"],
    "The plaintiffs, represented by Felicity Wrenn of Osgood Tarrant, and the general counsel of Hexley Mining met for three hours.",
)
built.held_affiliation(
    STACKED,
    "director",
    "Matthias Kolb",
    ["Rheinfurt Chemie"],
    ["Aalborg Polymers"],
    "Matthias Kolb, a director of Rheinfurt Chemie; and Aalborg Polymers chief executive Sigrid Holm signed the supply deal.",
)
built.held_affiliation(
    STACKED,
    "coach",
    "Declan Ferriter",
    ["Ballymore Rovers"],
    ["Kilcash United"],
    "Ballymore Rovers coach Declan Ferriter praised the crowd, but Kilcash United manager Ronan Egan called the penalty a disgrace.",
)
built.held_affiliation(
    STACKED,
    "economist",
    "Yara Sabbagh",
    ["Levant Research Group"],
    ["Cedar Bank"],
    "Yara Sabbagh, an economist at the Levant Research Group, and a strategist at Cedar Bank, Joseph Haddad, both expect the pound to weaken.",
)
built.held_affiliation(
    STACKED,
    "researcher",
    "Tomasz Wierzba",
    ["Vistula Institute of Technology"],
    ["Baltic Marine Laboratory"],
    "The paper's authors are Tomasz Wierzba from the Vistula Institute of Technology, Agnes Lund from the Baltic Marine Laboratory, and two students.",
)
built.held_affiliation(
    STACKED,
    "chief executive",
    "Olwen Pryce",
    ["Tregaron Homes"],
    ["Dyfed Building Society"],
    "Olwen Pryce, chief executive of Tregaron Homes, said sales had picked up, whereas Dyfed Building Society reported a fall in mortgage approvals.",
)
built.held_affiliation(
    STACKED,
    "founder",
    "Bastien Leroux",
    ["Atelier Leroux"],
    ["Maison Verlaine"],
    "Bastien Leroux, founder of Atelier Leroux, showed 40 looks on Saturday, and Maison Verlaine's creative director Clemence Aubry closed the week.",
)

# an outlet or an audience the person speaks to: a listener, not their body; an audience
# that is theirs too
built.held_affiliation(
    STACKED,
    "economist",
    "Henrike Adler",
    ["Mainfeld Research"],
    ["Financial Courier"],
    "Henrike Adler, an economist at Mainfeld Research, told the Financial Courier that the slowdown was over.",
)
built.held_affiliation(
    STACKED,
    "fund manager",
    "Olusegun Bello",
    ["Ikoyi Asset Management"],
    ["Lagos Business Channel"],
    "Olusegun Bello, a fund manager at Ikoyi Asset Management, speaking to Lagos Business Channel, said he was buying banks.",
)
built.held_affiliation(
    STACKED,
    "president",
    "Marit Solheim",
    ["Tromso Chamber of Commerce"],
    [],
    "Marit Solheim, an economist at Nordlys Research, told the Tromso Chamber of Commerce, of which she is president, that exports would fall.",
)
built.held_affiliation(
    STACKED,
    "chairman",
    "Fintan Rourke",
    ["Galway Hoteliers Association"],
    [],
    "Fintan Rourke, who owns the Corrib Hotel, told the Galway Hoteliers Association, which he chairs, that bookings were down.",
)

# --- country: an organisation of theirs beside a country or group of the table ------------------
built.held_affiliation(
    COUNTRY,
    "senior analyst",
    "Petra Lindgren",
    ["Skagerrak Energy Consulting"],
    ["OPEC"],
    "OPEC kept its output targets unchanged at Thursday's meeting.",
    "Petra Lindgren, a senior analyst at Skagerrak Energy Consulting, said the decision surprised no one.",
)
built.held_affiliation(
    COUNTRY,
    "chief executive",
    "Aurelio Benitez",
    ["Pampa Lithium Corporation"],
    ["Argentina"],
    "Argentina's congress approved the mining code late on Wednesday.",
    "Pampa Lithium Corporation chief executive Aurelio Benitez said the company would now build its second plant.",
)
built.held_affiliation(
    COUNTRY,
    "economist",
    "Noor Ul Haq",
    ["Indus Capital Markets"],
    ["Pakistan"],
    "Pakistan secured a new loan tranche from the IMF this week.",
    "Indus Capital Markets' Noor Ul Haq said the reserves would cover two months of imports.",
)
built.held_affiliation(
    COUNTRY,
    "research fellow",
    "Kalinda Morse",
    ["Tasman Strategic Studies Institute"],
    ["European Union"],
    "The European Union signed its trade deal with the Pacific states on Monday.",
    "Kalinda Morse, a research fellow at the Tasman Strategic Studies Institute, called the deal modest.",
)
built.held_affiliation(
    COUNTRY,
    "portfolio manager",
    "Joaquim Reis",
    ["Tejo Asset Management"],
    ["Portugal"],
    "Portugal sold ten-year bonds at the lowest yield since 2021.",
    "Joaquim Reis, a portfolio manager at Tejo Asset Management, said foreign buyers took most of the issue.",
)
built.held_affiliation(
    COUNTRY,
    "professor",
    "Halvard Moe",
    ["Bergen School of Economics"],
    ["Sweden"],
    "Sweden raised its defence budget by a fifth.",
    "Halvard Moe, a professor at the Bergen School of Economics, said the Nordic states were converging.",
)
built.held_affiliation(
    COUNTRY,
    "head of commodities",
    "Lucinda Farr",
    ["Carrick Securities"],
    ["Saudi Arabia"],
    "Saudi Arabia cut its official selling prices for Asian buyers.",
    "Lucinda Farr, head of commodities at Carrick Securities, said the cut was larger than expected.",
)
built.held_affiliation(
    COUNTRY,
    "director",
    "Moses Okonjo",
    ["Savanna Governance Foundation"],
    ["Nigeria"],
    "Nigeria's electoral body will publish the results on Friday.",
    "Moses Okonjo, director of the Savanna Governance Foundation, an election monitor, said turnout was low.",
)
built.held_affiliation(
    COUNTRY,
    "analyst",
    "Ilse Brandt",
    ["Rhenus Risk Advisers"],
    ["NATO"],
    "NATO will hold its exercise in the Baltic in June.",
    "Ilse Brandt, an analyst with Rhenus Risk Advisers, said the drills were a message to Moscow.",
)
built.held_affiliation(
    COUNTRY,
    "strategist",
    "Chen Wenjie",
    ["Lotus Bay Securities"],
    ["China"],
    "China's exports rose 7% in October from a year earlier.",
    "Chen Wenjie, a strategist at Lotus Bay Securities in Shanghai, said front-loading ahead of tariffs explained much of the gain.",
)
built.held_affiliation(
    COUNTRY,
    "managing director",
    "Agnieszka Kral",
    ["Vistula Ratings"],
    ["Poland"],
    "Poland's central bank held rates at 5.75%.",
    "Agnieszka Kral, managing director of Vistula Ratings, said a cut in March was still possible.",
)
built.held_affiliation(
    COUNTRY,
    "ambassador",
    "Sigrun Halvorsen",
    ["Norway"],
    [],
    "Sigrun Halvorsen, Norway's ambassador to Kenya and a former director of the Fjordane Peace Institute, opened the talks.",
)
built.held_affiliation(
    COUNTRY,
    "chief economist",
    "Ahmed Al-Rashidi",
    ["OPEC"],
    [],
    "Ahmed Al-Rashidi, OPEC's chief economist and a former analyst at Gulfstream Energy Research, presented the outlook.",
)
built.held_affiliation(
    COUNTRY,
    "trade envoy",
    "Marguerite Lenoir",
    ["European Union"],
    [],
    "Marguerite Lenoir, the European Union's trade envoy and a former partner at Belcourt Capital, arrived in Nairobi on Sunday.",
)
built.held_affiliation(
    COUNTRY,
    "finance minister",
    "Rodrigo Salas",
    ["Chile"],
    [],
    "Chile's finance minister, Rodrigo Salas, a former economist at Andes Investments, presented the budget.",
)
built.held_affiliation(
    COUNTRY,
    "senator",
    "Patricia Oyelaran",
    ["Nigeria"],
    [],
    "Patricia Oyelaran, a Nigerian senator who founded the Lagoon Literacy Foundation, led the delegation.",
)
built.held_affiliation(
    COUNTRY,
    "diplomat",
    "Karel Dvorak",
    ["Czech Republic"],
    [],
    "Karel Dvorak, a diplomat of the Czech Republic on leave from the Prague Institute of International Relations, chaired the panel.",
)
built.held_affiliation(
    COUNTRY,
    "central bank governor",
    "Amara Dissan",
    ["Sri Lanka"],
    [],
    "Amara Dissan, Sri Lanka's central bank governor and once a director of Kandy Securities, said inflation had peaked.",
)
built.held_affiliation(
    COUNTRY,
    "deputy",
    "Joana Tavares",
    ["Portugal"],
    [],
    "Joana Tavares, who represents Portugal in the European Parliament and chairs the Lusitania Ocean Foundation, backed the fishing quota.",
)
built.held_affiliation(
    COUNTRY,
    "defence minister",
    "Lauri Makela",
    ["Finland"],
    [],
    "Finland's defence minister Lauri Makela, a former chairman of Karelia Shipyards, inspected the new patrol boats.",
)
built.held_affiliation(
    COUNTRY,
    "minister of energy",
    "Suhail Al-Harbi",
    ["United Arab Emirates"],
    [],
    "The United Arab Emirates' energy minister, Suhail Al-Harbi, who once ran the Falcon Petroleum Institute, said supply was ample.",
)
built.held_affiliation(
    COUNTRY,
    "spokesman",
    "Tariq Jaber",
    ["Jordan"],
    [],
    "Tariq Jaber, Jordan's government spokesman and a former editor at the Amman Press Institute, said the border would reopen.",
)

# --- plural: a one-word value in "s" ------------------------------------------------------------
built.held_affiliation(
    PLURAL,
    "head of strategy",
    "Gwendolyn Ashe",
    ["Tollgate Analytics"],
    ["Bloomberg"],
    "Gwendolyn Ashe, head of strategy at Tollgate Analytics, told Bloomberg that the sale was likely.",
)
built.held_affiliation(
    PLURAL,
    "retail analyst",
    "Fergus Lyle",
    ["Ormsby Research"],
    ["Harwoods"],
    "Fergus Lyle, a retail analyst at Ormsby Research, said the chain had lost ground.",
    "Rival chain Harwoods reported a 4% rise in sales over Christmas.",
)
built.held_affiliation(
    PLURAL,
    "professor",
    "Isolde Brun",
    ["Kelvingrove University"],
    ["Philips"],
    "Isolde Brun, a professor of engineering at Kelvingrove University, said the patent was weak.",
    "Philips said it would appeal the ruling.",
)
built.held_affiliation(
    PLURAL,
    "partner",
    "Oren Talmi",
    ["Talmi Levin Partners"],
    ["Deloitte Associates"],
    "Oren Talmi, a partner at Talmi Levin Partners, advised the seller; Deloitte Associates advised the buyer.",
)
built.held_affiliation(
    PLURAL,
    "chief executive",
    "Ruth Nakamura",
    ["Sakura Foods Group"],
    ["Wellcomes"],
    "Ruth Nakamura, chief executive of Sakura Foods Group, said the deal would close in June.",
    "The grocer Wellcomes had bid for the same business last year.",
)
built.held_affiliation(
    PLURAL,
    "spokeswoman",
    "Delphine Arno",
    ["Marivaux Software"],
    ["Carrefours"],
    "Delphine Arno, a spokeswoman for Marivaux Software, confirmed the outage.",
    "Carrefours, a client, said its tills were down for two hours.",
)
built.held_affiliation(
    PLURAL,
    "fellow",
    "Hamish Reid",
    ["Strathmore Policy Institute"],
    ["Lloyds"],
    "Hamish Reid, a fellow at the Strathmore Policy Institute, said the fine was too small.",
    "Lloyds said it had set aside money for the claims.",
)
built.held_affiliation(
    PLURAL,
    "analyst",
    "Britta Enger",
    ["Nordkap Securities"],
    ["Sotherans"],
    "Britta Enger, an analyst at Nordkap Securities, said Sotherans' results were weak.",
)
built.held_affiliation(
    PLURAL,
    "economist",
    "Kwame Asante",
    ["Volta Economics"],
    ["Nationals"],
    "Kwame Asante, an economist at Volta Economics, said the rate rise would hurt farmers.",
    "The Nationals, the junior coalition partner, said they would oppose it.",
)
built.held_affiliation(
    PLURAL,
    "editor",
    "Saoirse Keane",
    ["Liffey Media Group"],
    ["Reuters"],
    "Saoirse Keane, an editor at Liffey Media Group, spoke to Reuters on Monday.",
)
built.held_affiliation(
    PLURAL,
    "campaigner",
    "Colm Devlin",
    ["Unionists", "Ulster Heritage Foundation"],
    [],
    "Colm Devlin, founder of the Ulster Heritage Foundation, has long campaigned with the Unionists.",
)
built.held_affiliation(
    PLURAL,
    "activist",
    "Lucia Paz",
    ["Peronists", "Rio Plata Research Institute"],
    [],
    "Lucia Paz, a fellow at the Rio Plata Research Institute, is one of the Peronists who broke with the leadership.",
)
built.held_affiliation(
    PLURAL,
    "campaigner",
    "Nigel Forde",
    ["Brexiteers", "Forde Fisheries Association"],
    [],
    "Nigel Forde, chairman of the Forde Fisheries Association, was among the Brexiteers who signed the letter.",
)
built.held_affiliation(
    PLURAL,
    "campaigner",
    "Hattie Sloane",
    ["Remainers", "Sloane Wine Imports"],
    [],
    "Hattie Sloane, who runs Sloane Wine Imports, was one of the Remainers who marched on Saturday.",
)
built.held_affiliation(
    PLURAL,
    "commander",
    "Azad Hemo",
    ["Kurds", "Jazira Relief Foundation"],
    [],
    "Azad Hemo, a founder of the Jazira Relief Foundation, fought with the Kurds against the militants in 2015.",
)
built.held_affiliation(
    PLURAL,
    "councillor",
    "Priya Mistry",
    ["Liberals", "Mistry Textiles Group"],
    [],
    "Priya Mistry, chief executive of Mistry Textiles Group, sits for the Liberals on the city council.",
)
built.held_affiliation(
    PLURAL,
    "organiser",
    "Ewan Baird",
    ["Nationalists", "Baird Distillers"],
    [],
    "Ewan Baird, director of Baird Distillers, is a lifelong supporter of the Nationalists.",
)
built.held_affiliation(
    PLURAL,
    "volunteer",
    "Tamsin Hale",
    ["Greens", "Hale Solar Group"],
    [],
    "Tamsin Hale, founder of Hale Solar Group, stood for the Greens in 2019.",
)
built.held_affiliation(
    PLURAL,
    "delegate",
    "Javier Ortega",
    ["Sandinistas", "Managua Coffee Growers Association"],
    [],
    "Javier Ortega, head of the Managua Coffee Growers Association, sat with the Sandinistas at the congress.",
)
built.held_affiliation(
    PLURAL,
    "buyer",
    "Imogen Cartwright",
    ["Fenwicks"],
    [],
    "Imogen Cartwright, head buyer at Fenwicks, said shoppers were trading down.",
)
built.held_affiliation(
    PLURAL,
    "store manager",
    "Rafe Holloway",
    ["Bentalls"],
    ["Kendals"],
    "Rafe Holloway manages the Bentalls store in Kingston, which reopened on Monday.",
    "Kendals, its rival across the road, stays shut until spring.",
)

# --- organ: an organ of a state or a union, with no organ's word in its name, given its polity ---
ORGAN = "organ"
for role, name, polity, org_text, apart in [
    (
        "special agent",
        "Dale Whitcombe",
        "United States",
        "Dale Whitcombe, an FBI special agent in Denver, said the suspect had fled.",
        "The United States has charged four men over the scheme.",
    ),
    (
        "spokesman",
        "Avner Golan",
        "Israel",
        "IDF spokesman Avner Golan said the strikes had hit launch sites.",
        "Israel said it would let aid lorries in from Sunday.",
    ),
    (
        "officer",
        "Katrin Vogel",
        "Germany",
        "Katrin Vogel, an officer of the Bundeswehr, led the convoy.",
        "Germany has sent 300 troops to the mission.",
    ),
    (
        "board member",
        "Ulrike Haas",
        "Germany",
        "Ulrike Haas, a board member of the Bundesbank, warned against early rate cuts.",
        "Germany's economy shrank for a second quarter.",
    ),
    (
        "deputy governor",
        "Anders Lindqvist",
        "Sweden",
        "Anders Lindqvist, a deputy governor of the Riksbank, said inflation was close to target.",
        "Sweden's krona rose to a two-year high.",
    ),
    (
        "chief economist",
        "Ida Strand",
        "Norway",
        "Ida Strand, chief economist of Norges Bank, presented the forecast.",
        "Norway's oil fund lost money in the quarter.",
    ),
    (
        "former director",
        "Yossi Amir",
        "Israel",
        "Yossi Amir, who headed Mossad until 2019, said the talks were doomed.",
        "Israel has not commented on the report.",
    ),
    (
        "executive director",
        "Hans Leijtens",
        "European Union",
        "Hans Leijtens, executive director of Frontex, visited the camp on Tuesday.",
        "The European Union has pledged 200 million euros for border control.",
    ),
    (
        "analyst",
        "Dana Kowalczyk",
        "United States",
        "Dana Kowalczyk, a former CIA analyst now at the agency's training school, said the leak was serious.",
        "The United States expelled two diplomats.",
    ),
    (
        "colonel",
        "Zhao Lei",
        "China",
        "Colonel Zhao Lei of the PLA said the drills were routine.",
        "China has held three such drills this year.",
    ),
    (
        "commander",
        "Reza Tavakoli",
        "Iran",
        "Reza Tavakoli, a commander in the IRGC, said the tanker had been seized for smuggling.",
        "Iran denied any role in the attack.",
    ),
    (
        "lieutenant",
        "Matteo Greco",
        "Italy",
        "Matteo Greco, a lieutenant of the Carabinieri, led the raid.",
        "Italy has stepped up checks at its ports.",
    ),
]:
    built.held_affiliation(ORGAN, role, name, [polity], [], apart, org_text)
for role, name, org, polity, org_text, apart in [
    (
        "economist",
        "Femke de Vries",
        "ING",
        "Netherlands",
        "Femke de Vries, an economist at ING, expects growth of 1%.",
        "The Netherlands will hold an election in March.",
    ),
    (
        "strategist",
        "Reto Amstutz",
        "UBS",
        "Switzerland",
        "UBS strategist Reto Amstutz said the franc was overvalued.",
        "Switzerland cut its rates again on Thursday.",
    ),
    (
        "analyst",
        "Haruki Sato",
        "Nomura",
        "Japan",
        "Haruki Sato, an analyst at Nomura, said exports would slow.",
        "Japan's exports fell for a third month.",
    ),
    (
        "engineer",
        "Margaux Petit",
        "Airbus",
        "France",
        "Margaux Petit, an engineer at Airbus, said the wing design was final.",
        "France will host the air show next year.",
    ),
    (
        "partner",
        "Joost Bakker",
        "KPMG",
        "European Union",
        "KPMG partner Joost Bakker said the rules would cost banks billions.",
        "The European Union adopted the rules in May.",
    ),
    (
        "analyst",
        "Viktor Lund",
        "Kpler",
        "OPEC",
        "Viktor Lund, an analyst at Kpler, said tanker tracking showed higher exports.",
        "OPEC had pledged to cut output from January.",
    ),
    (
        "economist",
        "Maya Russo",
        "HSBC",
        "Italy",
        "Maya Russo, an economist at HSBC in Milan, said the deficit would widen.",
        "Italy plans to sell more bonds to retail savers.",
    ),
    (
        "official",
        "Kemal Arslan",
        "IEA",
        "OPEC",
        "Kemal Arslan, an IEA official, said demand would peak this decade.",
        "OPEC rejected the forecast as alarmist.",
    ),
    (
        "researcher",
        "Ingrid Solberg",
        "SINTEF",
        "Norway",
        "Ingrid Solberg, a researcher at SINTEF, built the battery.",
        "Norway wants all new cars to be electric by 2025.",
    ),
    (
        "chief executive",
        "Lars Ekdahl",
        "Ekdahl Robotics",
        "Sweden",
        "Ekdahl Robotics' chief executive, Lars Ekdahl, said orders had doubled.",
        "Sweden's exports rose 4% in the year.",
    ),
]:
    built.held_affiliation(ORGAN, role, name, [org], [polity], apart, org_text)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
