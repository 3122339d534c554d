# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 57's review rv57t of at57 (``grounding_rv57t.jsonl``;
:mod:`summarizer.verification.sentences.owner_bodies`), an actor body given only by
"his"/"her" before a body's noun, at the edges of

- ``twobody``: the last person named is tied to two bodies, left one for another, once led
  one, or is quoted about another body ("His company" for the body he left or praised: refused;
  for the body he runs now: passed);
- ``between``: another name between the person and the owner (a person of another body in a
  reported clause or a quote, the one met, a place, a date): the body of the man "his" stands
  for passed, the other person's body refused;
- ``pronoun``: "his" inside a quotation, "his" for a person the page ties to no body, a woman
  for "his" or a man for "her", a plural owner ("their union"), an owner inside the clause;
- ``plain``: the right body in plain shapes ("X's chief, NAME", "NAME, who heads X", "NAME of
  X"), and the sentence's other party refused.

Run ``python tests/data/make_rv57t_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv57t.jsonl")

built = SupportCases(
    "rv57t",
    leads=[
        "By Wynne Hallam | The Solway Gazette",
        "Regions | The Fenland Post",
        "From our Inverbay desk, The Northern Lamp.",
    ],
)


page = partial(
    built.stand_in_actors,
    good="{who!r} is the body of the one the owner stands for",
    bad="{who!r} is not the body the owner stands for (or the owner is no sure reading)",
)


# (a) the person tied to two bodies, one left, one led before, one praised in a quote
TWOBODY = [
    (
        "Marco Ventri, who left the Ashby Bus Company last year to run Corlan Coaches, said costs had risen.",
        "His company will raise fares by 5% in May.",
        [],
        ["Ashby Bus Company"],
        "fares raised",
    ),
    (
        "Greta Holm, formerly chief executive of Pentland Water, is now chair of the Tarbet Energy Company. She spoke in Oban on Monday.",
        "Her company cut prices for 80,000 homes.",
        [],
        ["Pentland Water"],
        "prices cut",
    ),
    (
        "Owen Pryce, a former director of the Halden Credit Union, spoke at the rally.",
        "His union backed the strike on Tuesday.",
        [],
        ["Halden Credit Union"],
        "strike backed",
    ),
    (
        "Nina Castell, a former spokeswoman for the Rother Walkers Group, has joined the council as an adviser.",
        "Her group asked for the footpath to be reopened.",
        [],
        ["Rother Walkers Group"],
        "footpath request",
    ),
    (
        'Tomas Vell, director of the Arden Food Bank, praised his neighbours. "The Quarry Lane Trust has been a great partner to us," he said.',
        "His charity will open a second depot on Friday.",
        ["Arden Food Bank"],
        ["Quarry Lane Trust"],
        "depot to open",
    ),
    (
        'Hester Marr, chief executive of Brinkley Rail, spoke after the crash. "Eastline Freight must answer for this," she said.',
        "Her company suspended all night services.",
        ["Brinkley Rail"],
        ["Eastline Freight"],
        "night services suspended",
    ),
    (
        "Piotr Wanat, chairman of Calloway Holdings, which owns the Denbury Mining Company, spoke to shareholders.",
        "His company will sell its stake in the port.",
        [],
        ["Denbury Mining Company"],
        "stake to be sold",
    ),
    (
        "Sam Pirie, director of the Elm Street Tenants' Association and treasurer of the Quayside Credit Union, spoke on Monday.",
        "His union lent 200,000 pounds to the tenants.",
        [],
        ["Elm Street Tenants' Association"],
        "loan made",
    ),
    (
        "Lena Ostrova was sacked by the Brackley Ports Authority in May. She now heads the Tarn Shipping Company.",
        "Her company will sue the port for lost pay.",
        [],
        ["Brackley Ports Authority"],
        "suit planned",
    ),
    (
        "Callum Reid, who once led the Merrow Farmers Union, said the price of milk was too low.",
        "His union called for a boycott of the dairy.",
        [],
        ["Merrow Farmers Union"],
        "boycott called",
    ),
    (
        'Ava Lindqvist, head of the Corran Housing Office, spoke at the hearing. "The Stanwell Building Society lent us nothing," she said.',
        "Her office will build 120 flats next year.",
        ["Corran Housing Office"],
        ["Stanwell Building Society"],
        "flats to build",
    ),
    (
        "Ruben Ashe, the Kelso Angling Club's secretary, said the river was low. He added that the Tweed Anglers Federation had agreed.",
        "His club closed the upper beats for a month.",
        ["Kelso Angling Club"],
        ["Tweed Anglers Federation"],
        "beats closed",
    ),
    (
        "Mira Dolan, president of the Hallow Nurses Union, met ministers. She thanked the Hallow Health Board for its help.",
        "Her union suspended the strike on Thursday.",
        ["Hallow Nurses Union"],
        ["Hallow Health Board"],
        "strike suspended",
    ),
    (
        "Ivo Marek, who was chief executive of the Sorrel Glass Company until March, said the furnace was unsafe.",
        "His company shut the furnace on Friday.",
        [],
        ["Sorrel Glass Company"],
        "furnace shut",
    ),
    (
        "Elif Kaya, a consultant hired by the Darrow Cement Company, wrote the safety report.",
        "Her company will publish the report in June.",
        [],
        ["Darrow Cement Company"],
        "report published",
    ),
    (
        "Owen Tate, who sued the Marlin Insurance Company over his flooded shop, won on Monday.",
        "His company will appeal the ruling.",
        [],
        ["Marlin Insurance Company"],
        "appeal",
    ),
    (
        "Bea Lomax, a longtime critic of the Rushford Water Company, spoke at the meeting.",
        "Her company raised bills by 9% in April.",
        [],
        ["Rushford Water Company"],
        "bills raised",
    ),
    (
        "Dev Anand, the Kestrel Bus Company's former chief, now runs a bakery in Leith.",
        "His company cut three routes on Monday.",
        [],
        ["Kestrel Bus Company"],
        "routes cut",
    ),
    (
        "Greta Holm left Pentland Water in May and is now chair of the Tarbet Energy Company. She spoke in Oban on Monday.",
        "Her company cut prices for 80,000 homes.",
        ["Tarbet Energy Company"],
        [],
        "prices cut",
    ),
]

# (b) another name between the person tied to the body and the owner
BETWEEN = [
    (
        "Jonas Ferrier, head of the Tavin Planning Office, said Mark Doyle of the Brelford Housing Association had been consulted.",
        "His office approved 300 homes on the former rail yard.",
        [],
        ["Brelford Housing Association"],
        "homes approved",
    ),
    (
        'Jonas Ferrier, head of the Tavin Planning Office, spoke first. "Mark Doyle of the Brelford Housing Association has helped us a great deal," he said.',
        "His office approved 300 homes on the former rail yard.",
        ["Tavin Planning Office"],
        ["Brelford Housing Association"],
        "homes approved",
    ),
    (
        "Paul Mercer met Jonas Ferrier, head of the Tavin Planning Office, on Monday.",
        "His office approved 300 homes on the former rail yard.",
        [],
        ["Tavin Planning Office"],
        "homes approved",
    ),
    (
        "Tomas Brill, the Harwick Food Bank's director, spoke first. Mina Osei, of the Calder Relief Network, agreed.",
        "His charity will open two more depots on Friday.",
        [],
        ["Calder Relief Network"],
        "depots to open",
    ),
    (
        "Dara Kell, general secretary of the Northern Transport Union, said members were angry. He was answered by Colin Marsh, the Pellam Bus Company's chief executive.",
        "His company offered a 4% pay rise on Friday.",
        ["Pellam Bus Company"],
        ["Northern Transport Union"],
        "pay offer",
    ),
    (
        "Ines Varga, chief executive of Ostra Grid, wrote to Lars Brenner of Lumen Power on Wednesday.",
        "Her company restored supply to 40,000 homes overnight.",
        ["Ostra Grid"],
        ["Lumen Power"],
        "supply restored",
    ),
    (
        "Colm Rourke, the Easter Isles Fishing Federation's president, spoke in Stornhaven on Tuesday.",
        "His federation went to court over the cuts on Wednesday.",
        ["Easter Isles Fishing Federation"],
        [],
        "court challenge filed",
    ),
    (
        "Felix Amory, of the Kelden Medical Fund, visited Varrow Hospital on Thursday.",
        "His fund pledged 5 million pounds for a new ward.",
        ["Kelden Medical Fund"],
        ["Varrow Hospital"],
        "money pledged",
    ),
    (
        "Hana Okafor, spokeswoman for the Terrace Motorists Group, said drivers were worried. Ben Tully, who was stuck in traffic for three hours, agreed.",
        "Her group asked for an inquiry on Tuesday.",
        ["Terrace Motorists Group"],
        [],
        "inquiry requested",
    ),
    (
        "Hana Okafor, spokeswoman for the Terrace Motorists Group, said drivers were worried. Ben Tully, of the Fuel Price Regulator, said she was wrong.",
        "His regulator will open an inquiry.",
        ["Fuel Price Regulator"],
        ["Terrace Motorists Group"],
        "inquiry opened",
    ),
    (
        "Rosa Mbeki, chair of Harlow Athletic Club, said the club would appeal against Jon Tait, the Dunholm Football League's referee chief.",
        "Her club lodged the appeal on Monday.",
        ["Harlow Athletic Club"],
        ["Dunholm Football League"],
        "appeal lodged",
    ),
    (
        "Aled Pugh, the Wyeside Canoe Club's captain, said the weir was dangerous. Rhian Vaughan of the Wyeside River Trust agreed.",
        "Her trust will fund a new fish pass.",
        ["Wyeside River Trust"],
        ["Wyeside Canoe Club"],
        "fish pass funded",
    ),
    (
        "Priya Sandhu, the Westline Rail Authority's managing director, met Owen Clarke on Monday.",
        "Her authority fined its signalling contractor 2 million pounds.",
        ["Westline Rail Authority"],
        [],
        "contractor fined",
    ),
    (
        "Hana Okafor, spokeswoman for the Terrace Motorists Group, said drivers were worried. Mr Tully of the Fuel Price Regulator answered her.",
        "Her group asked for an inquiry on Tuesday.",
        [],
        ["Fuel Price Regulator"],
        "inquiry requested",
    ),
]

# (c) the owner in a quote, for a person tied to no body, the other gender, a plural owner
PRONOUN = [
    (
        "Dara Kell, general secretary of the Northern Transport Union, met the council on Monday.",
        '"His union will strike," a council official said of Kell.',
        [],
        ["Northern Transport Union"],
        "strike called",
    ),
    (
        "Ines Varga, chief executive of Ostra Grid, said she was sorry for the cuts.",
        "His company restored supply to 40,000 homes overnight.",
        [],
        ["Ostra Grid"],
        "supply restored",
    ),
    (
        "Sam Pirie, of the Quayside Credit Union, said she had warned members for months.",
        "His union froze new loans on Monday.",
        [],
        ["Quayside Credit Union"],
        "loans frozen",
    ),
    (
        "Colm Rourke, president of the Easter Isles Fishing Federation, said he would fight on.",
        "Her federation went to court over the cuts on Wednesday.",
        [],
        ["Easter Isles Fishing Federation"],
        "court challenge filed",
    ),
    (
        "The Marine Stock Agency set the cuts in March. Tom Reed, a trawlerman from Stornhaven, said they would ruin him.",
        "His agency will review the cuts in June.",
        [],
        ["Marine Stock Agency"],
        "cuts reviewed",
    ),
    (
        "The Calder Relief Network sent vans on Sunday. Jean Orr, whose house was flooded, said help came late.",
        "Her charity will open two more depots on Friday.",
        [],
        ["Calder Relief Network"],
        "depots to open",
    ),
    (
        "Dara Kell and Nadia Rees, both organisers with the Northern Transport Union, spoke on Monday.",
        "Their union called a strike from 4 March.",
        ["Northern Transport Union"],
        [],
        "strike called",
    ),
    (
        "The council thanked Rosa Mbeki, chair of Harlow Athletic Club.",
        "The council paid her club's legal fees on Monday.",
        [],
        ["Harlow Athletic Club"],
        "fees paid",
    ),
    (
        "Jonas Ferrier, head of the Tavin Planning Office, spoke at the hearing.",
        'Mr Ferrier said "his office" had not approved any homes, and the Brelford Housing Association approved 300 instead.',
        [],
        ["Tavin Planning Office"],
        "homes approved",
    ),
    (
        "Maren Holt, director of the Corvin Grain Board, spoke at a farmers' meeting in Dunmere. She was met by the trade minister, Luis Abara.",
        "His ministry cut the export quota by a third.",
        [],
        ["Corvin Grain Board"],
        "export quota cut",
    ),
    (
        "Tobias Wren, artistic director of the Lantern Theatre Company, said the season would go ahead.",
        "Critics said his company had lost its way.",
        [],
        ["Lantern Theatre Company"],
        "criticism",
    ),
    (
        "Priya Sandhu, the Westline Rail Authority's managing director, said the fault had been found.",
        "Her authority fined its signalling contractor 2 million pounds.",
        ["Westline Rail Authority"],
        [],
        "contractor fined",
    ),
    (
        "The shop stewards of the Harbour Dockers Union met on Monday, and their leader, Evan Lusk, spoke to reporters.",
        "His union called a strike from 4 March.",
        ["Harbour Dockers Union"],
        [],
        "strike called",
    ),
    (
        "Ailsa Crane, operations chief of the Glenmoor Water Company, said she had asked for calm.",
        "Her own company cut daily use to 120 litres a home.",
        ["Glenmoor Water Company"],
        [],
        "use cut",
    ),
    (
        "Tomas Brill, the Harwick Food Bank's director, said he was tired.",
        "His charity will open two more depots, and the Calder Relief Network will send vans.",
        ["Harwick Food Bank"],
        ["Calder Relief Network"],
        "depots to open",
    ),
    (
        "Rui Tavares, Lisbon Metro's head of safety, resigned on Monday. Ana Lopes, who chairs the Lisbon Transit Board, accepted his resignation.",
        "Her board will name a successor in May.",
        ["Lisbon Transit Board"],
        ["Lisbon Metro"],
        "successor named",
    ),
    (
        "Oskar Brandt, chief executive of Halvard Steel, spoke in Malmo.",
        "His company will cut 400 jobs.",
        ["Halvard Steel"],
        [],
        "jobs cut",
    ),
    (
        "The Brelford Housing Association's chair, Joan Pike, said the plan was too small.",
        "Her association will build 50 homes of its own.",
        ["Brelford Housing Association"],
        [],
        "homes built",
    ),
    (
        "Kofi Mensah, of the Accra Traders Union, spoke at the market on Tuesday.",
        "His union closed the market for a day.",
        ["Accra Traders Union"],
        [],
        "market closed",
    ),
    (
        "Lucia Ferro, the Verona Opera Company's director, spoke after the opening night.",
        "Her company will tour Japan in the spring.",
        ["Verona Opera Company"],
        [],
        "tour announced",
    ),
    (
        "Ben Tully, of the Fuel Price Regulator, spoke on Monday about prices.",
        "His union, said Dara Kell of the Northern Transport Union, will strike from 4 March.",
        [],
        ["Fuel Price Regulator"],
        "strike called",
    ),
    (
        "Ben Tully, of the Fuel Price Regulator, spoke on Monday about prices.",
        "Her agency, Aoife Marsh of the Marine Stock Agency said, will review the cuts in June.",
        [],
        ["Fuel Price Regulator"],
        "cuts reviewed",
    ),
    (
        "Ines Varga, chief executive of Ostra Grid, said she was sorry for the cuts.",
        "Her company restored supply to 40,000 homes overnight.",
        ["Ostra Grid"],
        [],
        "supply restored",
    ),
]

# (d) plain shapes: the right body passed, the sentence's other party and earlier bodies refused
PLAIN = [
    (
        "Storms hit the coast, and the Solway Council closed the seafront. Gwen Parry, who heads the Solway Lifeboat Fund, said crews were ready.",
        "Her fund paid for two new boats on Monday.",
        ["Solway Lifeboat Fund"],
        ["Solway Council"],
        "boats paid for",
    ),
    (
        "The Ministry of Health has promised new beds. Yusuf Demir, the Kars Hospital Foundation's chairman, said the promise was late.",
        "His foundation bought 40 beds for the children's ward.",
        ["Kars Hospital Foundation"],
        ["Ministry of Health"],
        "beds bought",
    ),
    (
        "Prices rose at the Delmont Market. Agnes Kiprop of the Delmont Traders Union said stallholders were struggling.",
        "Her union asked the Delmont Market Board for a rent freeze.",
        ["Delmont Traders Union"],
        ["Delmont Market Board"],
        "rent freeze asked",
    ),
    (
        "The Fenner Group owns three mills in the valley. Neil Garrow, chief executive of the Ousebridge Paper Company, spoke at the mill gate.",
        "His company will close the Ousebridge mill in June.",
        ["Ousebridge Paper Company"],
        ["Fenner Group"],
        "mill closed",
    ),
    (
        "The Tarrow Police Service said the roads were clear. Hollis Grant, the Tarrow Rescue Service's chief officer, said his crews were tired.",
        "His service rescued 40 people from the floods.",
        ["Tarrow Rescue Service"],
        ["Tarrow Police Service"],
        "people rescued",
    ),
    (
        "The Crane Institute published its report on Monday. Irma Solberg, director of the Nordfjord Climate Institute, answered it.",
        "Her institute will publish its own figures in May.",
        ["Nordfjord Climate Institute"],
        ["Crane Institute"],
        "figures published",
    ),
    (
        "The Varrow Hospital Trust asked for help. Felix Amory, of the Kelden Medical Fund, visited on Thursday.",
        "His fund pledged 5 million pounds to the Varrow Hospital Trust.",
        ["Kelden Medical Fund"],
        ["Varrow Hospital Trust"],
        "money pledged",
    ),
    (
        "The Arlen Chamber of Commerce backed the bypass. Cora Bright, the Arlen Cyclists Club's chair, spoke against it.",
        "Her club gathered 3,000 names against the road.",
        ["Arlen Cyclists Club"],
        ["Arlen Chamber of Commerce"],
        "petition gathered",
    ),
    (
        "The Dunmere Water Board set new prices. Emil Jansen, managing director of the Dunmere Brewing Company, said they were too high.",
        "His company will move its bottling plant to Kelby.",
        ["Dunmere Brewing Company"],
        ["Dunmere Water Board"],
        "plant moved",
    ),
    (
        "The Caldew Rowing Club lost its boathouse in the fire. Ruth Oduya, president of the Caldew Sports Federation, spoke on Friday.",
        "Her federation lent the rowers a hall.",
        ["Caldew Sports Federation"],
        ["Caldew Rowing Club"],
        "hall lent",
    ),
    (
        "Lorna Mackie, the Kinloch Ferry Company's operations director, said the ferry was safe.",
        "Her company sailed again on Tuesday.",
        ["Kinloch Ferry Company"],
        [],
        "sailings restarted",
    ),
    (
        "Darius Nowak, general secretary of the Baltic Dockers Union, spoke in Gdansk.",
        "His union ended the strike on Friday.",
        ["Baltic Dockers Union"],
        [],
        "strike ended",
    ),
    (
        "Dara Kell, general secretary of the Northern Transport Union, met the Pellam City Council on Monday, and his union called a strike from 4 March.",
        "Talks failed, and his union called a strike from 4 March.",
        ["Northern Transport Union"],
        ["Pellam City Council"],
        "strike called",
    ),
    (
        "Ines Varga, chief executive of Ostra Grid, spoke on Wednesday. Ostra Grid Holdings, its parent, said nothing.",
        "Her company restored supply to 40,000 homes overnight.",
        ["Ostra Grid"],
        ["Ostra Grid Holdings"],
        "supply restored",
    ),
    (
        "Tomas Brill, the Harwick Food Bank's director, spoke first. The Harwick Food Network, a group of churches, also gives food.",
        "His charity will open two more depots on Friday.",
        ["Harwick Food Bank"],
        ["Harwick Food Network"],
        "depots to open",
    ),
    (
        "Nuno Reis, managing director of the Porto Tram Company, spoke at the depot. The Porto Tram Museum is next door.",
        "His company will run night trams from June.",
        ["Porto Tram Company"],
        ["Porto Tram Museum"],
        "night trams",
    ),
]

for category, pages in (
    ("twobody", TWOBODY),
    ("between", BETWEEN),
    ("pronoun", PRONOUN),
    ("plain", PLAIN),
):
    for before, sentence, passes, fails, event in pages:
        page(category, before, sentence, passes, fails, event)


# (a) more: the body the man runs now, after one he left or beside one a quote names (written
# after the first run of the set, kept last so the ids above stay)
TWOBODY_NOW = [
    (
        "Marco Ventri, who left the Ashby Bus Company last year to run Corlan Coaches, said costs had risen.",
        "His company will raise fares by 5% in May.",
        ["Corlan Coaches"],
    ),
    (
        "Greta Holm, formerly chief executive of Pentland Water, is now chair of the Tarbet Energy Company. She spoke in Oban on Monday.",
        "Her company cut prices for 80,000 homes.",
        ["Tarbet Energy Company"],
    ),
    (
        "Sam Pirie, director of the Elm Street Tenants' Association and treasurer of the Quayside Credit Union, spoke on Monday.",
        "His union lent 200,000 pounds to the tenants.",
        ["Quayside Credit Union"],
    ),
    (
        "Lena Ostrova was sacked by the Brackley Ports Authority in May. She now heads the Tarn Shipping Company.",
        "Her company will sue the port for lost pay.",
        ["Tarn Shipping Company"],
    ),
    (
        'Ailsa Crane, operations chief of the Glenmoor Water Company, spoke on Tuesday. "Pentland Water lent us two tankers," she said.',
        "Her company cut daily use to 120 litres a home.",
        ["Glenmoor Water Company"],
    ),
]
for before, sentence, passes in TWOBODY_NOW:
    page("twobody", before, sentence, passes, [], "the body acting")


# (e) the lead, session 57: an event whose description opens with its own named doer, the owner
# of another clause of the evidence sentence the rival's ("with Cineworld weighing closures,
# Richards insisted his company would not close a venue": an unseen check's plant); the doer
# passes, the owner's body is refused; where the description opens with the owner's body
# itself, or in lower case, the owner is read as before
DOER = [
    (
        "Tom Ashdown, chief executive of Brellin Cinemas, spoke to investors on Tuesday.",
        "With Corvale Screens said to be weighing the closure of 30 sites, Ashdown insisted his company would keep every venue open.",
        ["Corvale Screens"],
        ["Brellin Cinemas"],
        "Corvale Screens weighing closure of sites",
    ),
    (
        "Mara Quint, the managing director of Halvey Foods, gave evidence to MPs.",
        "As Dunmore Dairies announced 200 job cuts, Quint said her company was still hiring.",
        ["Dunmore Dairies"],
        ["Halvey Foods"],
        "Dunmore Dairies announced job cuts",
    ),
    (
        "Piet Varro, who chairs the Ostfeld Rail Company, was in Bremen for the talks.",
        "While Westmark Freight laid off 90 drivers, Varro said his company had taken on 40.",
        ["Westmark Freight"],
        ["Ostfeld Rail Company"],
        "Westmark Freight laid off drivers",
    ),
    (
        "Lena Sorby, the head of the Carrow Nurses Union, spoke outside the hospital.",
        "After Carrow Health Board cut 120 posts, Sorby said her union would fight every one.",
        ["Carrow Health Board"],
        ["Carrow Nurses Union"],
        "Carrow Health Board cut posts",
    ),
    (
        "Aled Price, the director of Penwith Buses, met councillors on Friday.",
        "With Trelawn Coaches withdrawing three routes, Price said his company would run them instead.",
        ["Trelawn Coaches"],
        ["Penwith Buses"],
        "Trelawn Coaches withdrawing routes",
    ),
    (
        "Ines Malo, the chief executive of Lisbre Telecom, gave the keynote.",
        "As Portavel Networks raised prices by 9%, Malo promised her company would freeze its own.",
        ["Portavel Networks"],
        ["Lisbre Telecom"],
        "Portavel Networks raised prices",
    ),
    (
        "Jonas Brekke, the head of the Fjordvik Ferry Company, spoke at the harbour.",
        "Although Nordhav Lines cancelled its winter sailings, Brekke said his company would sail all season.",
        ["Nordhav Lines"],
        ["Fjordvik Ferry Company"],
        "Nordhav Lines cancelled winter sailings",
    ),
    (
        "Rosa Kemper, who runs the Tilbury Arts Trust, addressed the meeting.",
        "With Essex County Council closing two galleries, Kemper said her trust would open one.",
        ["Essex County Council"],
        ["Tilbury Arts Trust"],
        "Essex County Council closing galleries",
    ),
    (
        "Dev Anand, the chairman of Gorran Brewing, spoke at the trade fair.",
        "As Hollis Ales shut its brewery in Leeds, Anand said his company would expand in York.",
        ["Hollis Ales"],
        ["Gorran Brewing"],
        "Hollis Ales shut brewery",
    ),
    (
        "Maud Ferris, the director of the Kelby Housing Association, met tenants.",
        "While Kelby Borough Council sold 300 homes, Ferris said her association would build 150.",
        ["Kelby Borough Council"],
        ["Kelby Housing Association"],
        "Kelby Borough Council sold homes",
    ),
    # the owner's own event: a description in lower case, or opening with the owner's body
    (
        "Tom Ashdown, chief executive of Brellin Cinemas, spoke to investors on Tuesday.",
        "Ashdown said his company would open four cinemas in Wales next year.",
        ["Brellin Cinemas"],
        ["Corvale Screens"],
        "four cinemas to open in Wales",
    ),
    (
        "Mara Quint, the managing director of Halvey Foods, gave evidence to MPs.",
        "Her company will hire 150 staff at its Derby plant, Quint said.",
        ["Halvey Foods"],
        [],
        "Halvey Foods to hire staff",
    ),
    (
        "Piet Varro, who chairs the Ostfeld Rail Company, was in Bremen for the talks.",
        "His company will order 12 new locomotives, Varro said.",
        ["Ostfeld Rail Company"],
        [],
        "new locomotives ordered",
    ),
    (
        "Lena Sorby, the head of the Carrow Nurses Union, spoke outside the hospital.",
        "Her union will ballot members on strike action in June.",
        ["Carrow Nurses Union"],
        [],
        "Carrow Nurses Union to ballot members",
    ),
    (
        "Aled Price, the director of Penwith Buses, met councillors on Friday.",
        "His company will add evening services on six routes from May.",
        ["Penwith Buses"],
        [],
        "evening services added",
    ),
    (
        "Ines Malo, the chief executive of Lisbre Telecom, gave the keynote.",
        "Her company will build 400 new masts this year, Malo said.",
        ["Lisbre Telecom"],
        [],
        "Lisbre Telecom to build masts",
    ),
    (
        "Jonas Brekke, the head of the Fjordvik Ferry Company, spoke at the harbour.",
        "His company will add a second vessel on the island route.",
        ["Fjordvik Ferry Company"],
        [],
        "second vessel added",
    ),
    (
        "Rosa Kemper, who runs the Tilbury Arts Trust, addressed the meeting.",
        "Her trust will reopen the old library as a gallery in April.",
        ["Tilbury Arts Trust"],
        [],
        "old library reopened as a gallery",
    ),
    (
        "Dev Anand, the chairman of Gorran Brewing, spoke at the trade fair.",
        "His company will open a second brewery in York next spring.",
        ["Gorran Brewing"],
        [],
        "Gorran Brewing to open brewery",
    ),
    (
        "Maud Ferris, the director of the Kelby Housing Association, met tenants.",
        "Her association will build 150 homes on the old depot site.",
        ["Kelby Housing Association"],
        [],
        "homes to be built",
    ),
]

for before, sentence, passes, fails, event in DOER:
    page("doer", before, sentence, passes, fails, event)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
