# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 59's review of af59's titled bodies (``grounding_rv59a.jsonl``,
reviewer rv59a; :mod:`summarizer.verification.people.titled_bodies`): a person's affiliation
where an apposition after their name has the shape of "X, <title> of/at Y" or "X, who runs Y"
but may not give them a body of their own now:

- ``lookalike``: the apposition's "of"/"at" names no body of theirs now: a prize or an event
  ("a winner of the Halden Prize", "a speaker at the Nordvik Summit"), a kin's body ("the
  daughter of the founder of Brannock Mills", "whose husband is chief executive of"), a body
  left ("chief executive of Harlow Foods until March"), a department, subject or region ("head
  of Europe", "professor of Medieval History"): the body the story plainly ties them to, told
  in another sentence ("The firm's chief executive, X"), passes; the lookalike and another
  body named apart are refused;
- ``written``: the person's own body read rightly, the value written as the page writes it
  elsewhere (a short form, the initials, without "the", a word of it): it passes; another body
  of the story named apart from them is refused;
- ``others``: another person's, another clause's or another time's body on the same page ("Y,
  chief executive of Z, said", "who interviewed the founder of", a rival quoted apart): refused;
  the person's own body, however the apposition writes it, passes.

Run ``python tests/data/make_rv59a_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv59a.jsonl")

built = SupportCases(
    "rv59a",
    leads=[
        "By Tomas Ekwueme | The Harrowgate Standard",
        "KELMSFORD (Northline Press) -",
        "Science | The Weekly Lantern",
        "From our Geneva bureau, The Alpine Dispatch.",
        "LIVE 09:12 | Portmoor Daily News",
        "Markets - The Copperfield Journal",
    ],
)
LOOKALIKE, WRITTEN, OTHERS = "lookalike", "written", "others"


# --- lookalike: the "of"/"at" names no body of theirs now ----------------------------------------
built.held_affiliation(
    LOOKALIKE,
    "lead author",
    "Mira Castell",
    ["Ardley College"],
    ["Welby Trust"],
    "Researchers at Ardley College have mapped the spread of ash dieback across four counties.",
    'The lead author, Mira Castell, a winner of the Halden Prize, said the disease was "moving faster than anyone modelled."',
    "The work was paid for by the Welby Trust, a conservation charity.",
)
built.held_affiliation(
    LOOKALIKE,
    "head of strategy",
    "Jonas Berg",
    ["Tarsel Energy"],
    ["Nordvik Summit", "Oslo Grid Authority"],
    "Tarsel Energy unveiled a plan on Tuesday to build three hydrogen plants by 2031.",
    "The plan's architect, Jonas Berg, a keynote speaker at the Nordvik Summit, said the first plant would open within four years.",
    "The Oslo Grid Authority has yet to approve the connection.",
)
built.held_affiliation(
    LOOKALIKE,
    "chief executive",
    "Elin Brannock",
    ["Corrow Textiles"],
    ["Brannock Mills", "Lindqvist Weaving"],
    "Corrow Textiles posted record half-year sales on Thursday, helped by orders from Japan.",
    "The firm's chief executive, Elin Brannock, the daughter of the founder of Brannock Mills, said demand for wool blends had doubled.",
    "Lindqvist Weaving, its closest rival, reported a loss.",
)
built.held_affiliation(
    LOOKALIKE,
    "chair",
    "Lena Ostrow",
    ["Bracken Capital"],
    ["Harlow Foods"],
    "Bracken Capital has named a new chair after a year-long search.",
    "The investment firm said Lena Ostrow, chief executive of Harlow Foods until March, took up the post on Monday.",
)
built.held_affiliation(
    LOOKALIKE,
    "trader",
    "Sara Lind",
    ["Halvorsen Bank"],
    ["Europe", "Marrick Securities"],
    "Halvorsen Bank cut its forecast for the krona on Wednesday.",
    "In a note to clients, Sara Lind, head of Europe for the lender's currency desk, said the move reflected weaker exports.",
    "Analysts at Marrick Securities were more upbeat.",
)
built.held_affiliation(
    LOOKALIKE,
    "historian",
    "Tobias Wren",
    ["University of Dunmere"],
    ["Medieval History", "Kelmsford Museum"],
    "A hoard of silver coins found near Kelmsford is older than first thought, the University of Dunmere said.",
    "The dig's leader, Tobias Wren, professor of Medieval History, said the coins were struck around 880.",
    "They will go on show at the Kelmsford Museum next spring.",
)
built.held_affiliation(
    LOOKALIKE,
    "director",
    "Anouk Peeters",
    ["Verhaal Foundation"],
    ["Grachten Bank", "Rijnmond Port"],
    "The Verhaal Foundation will give 2 million euros to restore the old harbour cranes.",
    "The charity's new director, Anouk Peeters, whose husband is chief executive of Grachten Bank, said the cranes were a symbol of the city.",
    "Rijnmond Port, which owns the quay, welcomed the gift.",
)
built.held_affiliation(
    LOOKALIKE,
    "head coach",
    "Kofi Mensah",
    ["Accra Lions"],
    ["Pan-African Games", "Kumasi Stars"],
    "The Accra Lions sacked two assistants on Sunday after a fourth straight defeat.",
    "The club's head coach, Kofi Mensah, a finalist at the Pan-African Games in 2015, said he had not been consulted.",
    "The Kumasi Stars, top of the table, play them next week.",
)
built.held_affiliation(
    LOOKALIKE,
    "policy adviser",
    "Ruth Amsel",
    ["Coastal Farmers Union"],
    ["Tidewater Water"],
    "The Coastal Farmers Union has asked ministers to delay the abstraction limits.",
    "The group's policy adviser, Ruth Amsel, a native of Norfolk, said growers would lose a third of their crop.",
    "Tidewater Water said the limits were needed to protect the chalk streams.",
)
built.held_affiliation(
    LOOKALIKE,
    "managing partner",
    "Declan Moy",
    ["Moy Keane Solicitors"],
    ["Harbour Insurance", "Lisgar Hotels"],
    "Moy Keane Solicitors will represent 40 families in the claim.",
    "The firm's managing partner, Declan Moy, whose settlement with Harbour Insurance was approved last year, said the case was stronger.",
    "Lisgar Hotels, which ran the site, declined to comment.",
)
built.held_affiliation(
    LOOKALIKE,
    "spokeswoman",
    "Priya Nair",
    ["Stellan Motors"],
    ["Grand Prix Drivers Association", "Veloce Parts"],
    "Stellan Motors recalled 12,000 cars on Friday over a fault in the brake sensors.",
    "The carmaker's spokeswoman, Priya Nair, sister of the president of the Grand Prix Drivers Association, said no crashes had been reported.",
    "The sensors are made by Veloce Parts in Turin.",
)
built.held_affiliation(
    LOOKALIKE,
    "senior researcher",
    "Hugo Lenz",
    ["Baltic Climate Lab"],
    ["Tallinn Forum", "Riga Energy"],
    "The Baltic Climate Lab warned on Monday that winter ice cover had fallen to a record low.",
    "The lab's senior researcher, Hugo Lenz, an attendee at the Tallinn Forum, said shipping lanes would stay open into February.",
    "Riga Energy said it would bring forward its offshore wind tender.",
)
built.held_affiliation(
    LOOKALIKE,
    "general manager",
    "Ines Duarte",
    ["Porto Azul Hotels"],
    ["Douro Wine Board"],
    "Porto Azul Hotels will open two more properties on the river next year.",
    "The group's general manager, Ines Duarte, chief executive of Douro Wine Board from 2012 to 2019, said bookings were at a record.",
)

built.held_affiliation(
    LOOKALIKE,
    "editor",
    "Nell Harcourt",
    ["Fenwick Press"],
    ["Booker Foundation"],
    "Fenwick Press will publish a collection of letters by the poet next spring.",
    "The volume's editor, Nell Harcourt, author of The Salt Road, said most of the letters had never been seen.",
    "The Booker Foundation gave the project a grant of £20,000.",
)
built.held_affiliation(
    LOOKALIKE,
    "spokesman",
    "Ravi Menon",
    ["Tellurian Mobile"],
    ["Telecoms Ombudsman", "Brightline Networks"],
    "Tellurian Mobile restored service to most customers on Saturday after a 14-hour outage.",
    "The operator's Ravi Menon, head of Communications, said a software update had caused it.",
    "The Telecoms Ombudsman said it had received 3,000 complaints. Brightline Networks was not affected.",
)
built.held_affiliation(
    LOOKALIKE,
    "president",
    "Louise Tremblay",
    ["Laurentian Arts Council"],
    ["Order of Canada", "Quebec Heritage Fund"],
    "The Laurentian Arts Council will double its grants to small theatres next year.",
    "The council's president, Louise Tremblay, a recipient of the Order of Canada, said rural stages had been starved of money.",
    "The Quebec Heritage Fund gave nothing to theatres last year.",
)
built.held_affiliation(
    LOOKALIKE,
    "partner",
    "Oscar Lindahl",
    ["Norrsken Partners"],
    ["Kestrel Bank", "Baltic Fibre"],
    "Norrsken Partners has raised a fourth fund of 400 million euros.",
    "The fund's largest backer is a pension scheme, said Oscar Lindahl, who advised the founder of Kestrel Bank on its listing.",
    "Baltic Fibre, one of its first investments, listed in Stockholm last year.",
)
built.held_affiliation(
    LOOKALIKE,
    "chief executive",
    "Maeve Doyle",
    ["Shannon Foods"],
    ["Liffey Dairies", "Irish Farmers Bank"],
    "Shannon Foods lifted its profit forecast on Tuesday.",
    "The group's chief executive, Maeve Doyle, who is suing the owner of Liffey Dairies over a broken supply deal, said exports were strong.",
    "The Irish Farmers Bank cut its own forecast for the sector.",
)
built.held_affiliation(
    LOOKALIKE,
    "chief financial officer",
    "Piet de Wit",
    ["Oranje Logistics"],
    ["Delta Freight"],
    "Oranje Logistics reported a 9% rise in volumes in the second quarter.",
    "Its finance chief said the gains came from Germany. That finance chief, Piet de Wit, the incoming chief executive of Delta Freight, leaves in October.",
)

# --- written: the person's own body read, the value as the page writes it ------------------------
built.held_affiliation(
    WRITTEN,
    "chief executive",
    "Ada Korhonen",
    ["Kestrel Digital", "Kestrel Digital Capital"],
    ["Harbourline Bank"],
    '"We are buying the dip," said Ada Korhonen, chief executive of Kestrel Digital Capital.',
    "Harbourline Bank, which lends to the fund, said it saw no reason for alarm. Kestrel Digital manages about $900 million.",
)
built.held_affiliation(
    WRITTEN,
    "senior fellow",
    "Omar Haddad",
    ["Brennan Institute", "the Brennan Institute for Trade"],
    ["Treasury Select Committee"],
    "Omar Haddad, a senior fellow at the Brennan Institute for Trade, said tariffs would cost households £600 a year.",
    "The Treasury Select Committee will question the chancellor on Thursday. The Brennan Institute has long opposed the levy.",
)
built.held_affiliation(
    WRITTEN,
    "director",
    "Helen Varga",
    ["IFS", "Institute for Fiscal Studies"],
    ["Office for Budget Review"],
    "Helen Varga, director of the Institute for Fiscal Studies, said the plan did not add up.",
    "The Office for Budget Review will publish its own figures next month. The IFS said the gap was about £14bn.",
)
built.held_affiliation(
    WRITTEN,
    "economist",
    "Ben Carrow",
    ["Federal Reserve Bank of St. Louis"],
    ["Wellspring Advisors"],
    "Ben Carrow, an economist at the Federal Reserve Bank of St. Louis, said hiring had slowed in every region.",
    "Wellspring Advisors, a consultancy, expects two more rate cuts this year.",
)
built.held_affiliation(
    WRITTEN,
    "managing director",
    "Carla Munt",
    ["Aurelia Airports"],
    ["Stop the Second Runway", "Civil Aviation Board"],
    "Carla Munt, managing director for Portugal at Aurelia Airports UK, said the terminal would open in May.",
    "The Civil Aviation Board approved the plan in March. Stop the Second Runway said it would appeal.",
)
built.held_affiliation(
    WRITTEN,
    "president",
    "Gus Tranter",
    ["Tranter, Bell & Oakes"],
    ["Northgate Radio"],
    "Gus Tranter, president of the brokerage Tranter, Bell & Oakes, said station prices had fallen by a fifth.",
    "Northgate Radio sold its three stations in the valley last month.",
)
built.held_affiliation(
    WRITTEN,
    "chief executive",
    "Marit Solberg",
    ["Fjellnett"],
    ["Nordkraft", "Statnett Regulator"],
    "Fjellnett will raise its broadband prices by 8% from July.",
    "Marit Solberg, who runs Fjellnett, said the rise covered the cost of new masts. Nordkraft, its power supplier, raised its own tariffs in April.",
    "The Statnett Regulator said it would review the increase.",
)
built.held_affiliation(
    WRITTEN,
    "founder",
    "Theo Maalouf",
    ["Cedar Ventures"],
    ["Levant Bank", "Beirut Stock Exchange"],
    "Theo Maalouf, who co-founded Cedar Ventures in 2011, said the fund would back 20 start-ups this year.",
    "Levant Bank is the fund's largest investor. Shares on the Beirut Stock Exchange rose 1.2% on the news.",
)
built.held_affiliation(
    WRITTEN,
    "professor",
    "Ngozi Eze",
    ["University of Lagos", "Lagos University"],
    ["Nigerian Medical Council"],
    "Ngozi Eze, professor of Public Health at the University of Lagos, said the outbreak was under control.",
    "The Nigerian Medical Council urged doctors to report new cases within a day.",
)
built.held_affiliation(
    WRITTEN,
    "chair",
    "Rafael Ortiz",
    ["Friends of the Cantabrian Coast"],
    ["Costa Verde Resorts"],
    "Rafael Ortiz, who chairs Friends of the Cantabrian Coast, said the ruling protected 40 kilometres of shore.",
    "Costa Verde Resorts, which had planned a hotel on the headland, said it would appeal.",
)
built.held_affiliation(
    WRITTEN,
    "partner",
    "Yusuf Demir",
    ["Demir & Kaya"],
    ["Bosphorus Holdings", "Anatolia Bank"],
    "Yusuf Demir, a partner at the law firm Demir & Kaya, said the merger faced a long review.",
    "Bosphorus Holdings and Anatolia Bank announced the deal on Monday.",
)
built.held_affiliation(
    WRITTEN,
    "chief strategist",
    "Li Wen",
    ["Jade River Securities"],
    ["Shenzhen Stock Exchange"],
    "Li Wen, 44, chief strategist at Jade River Securities, said foreign funds were returning.",
    "The Shenzhen Stock Exchange index rose 2.4% on the week.",
)

built.held_affiliation(
    WRITTEN,
    "lawyer",
    "Ama Owusu",
    ["Bracken Law"],
    ["Volta Mining"],
    "Ama Owusu, a lawyer with Bracken Law, said the licence had been issued lawfully.",
    "Volta Mining, which holds the neighbouring licence, has asked the court to annul it.",
)
built.held_affiliation(
    WRITTEN,
    "director",
    "Femke Jansen",
    ["Kent Bank"],
    ["Medway Savings"],
    "Femke Jansen, director of Research at Kent Bank, said house prices would fall 3%.",
    "Medway Savings expects a smaller drop.",
)
built.held_affiliation(
    WRITTEN,
    "professor",
    "Sanjay Rao",
    ["Kelvin University"],
    ["Clyde Energy"],
    "Sanjay Rao, professor of Law at Kelvin University, said the contract could be challenged.",
    "Clyde Energy, which signed it, said it was confident.",
)

# --- others: another person's, clause's or time's body ------------------------------------------
built.held_affiliation(
    OTHERS,
    "chief executive",
    "Nadia Farouk",
    ["Sahel Solar"],
    ["Dune Power", "Atlas Grid"],
    "Nadia Farouk, chief executive of Sahel Solar, said the tender was rigged.",
    "Karim Bensaid, chief executive of Dune Power, which won it, rejected the claim. Atlas Grid will buy the power.",
)
built.held_affiliation(
    OTHERS,
    "reporter",
    "Tess Hollins",
    ["Portmoor Daily News"],
    ["Glenmore Distillers"],
    "Tess Hollins, who interviewed the founder of Glenmore Distillers last year, writes for Portmoor Daily News.",
    "Glenmore Distillers was sold on Friday.",
)
built.held_affiliation(
    OTHERS,
    "head of research",
    "Anil Mehta",
    ["Ganges Capital"],
    ["Indus Bank", "Reserve Board"],
    "The Reserve Board held rates on Thursday.",
    "Anil Mehta, head of research at Ganges Capital, said a cut was likely in August.",
    "At Indus Bank, economists took the opposite view.",
)
built.held_affiliation(
    OTHERS,
    "director",
    "Clara Voss",
    ["Rhine Heritage Trust"],
    ["Moselle Wines"],
    "Clara Voss, director of the Rhine Heritage Trust, opposed the bridge.",
    "Her brother, Jakob Voss, chief executive of Moselle Wines, backed it.",
)
built.held_affiliation(
    OTHERS,
    "mayor",
    "Pieter Claes",
    ["Ostend City Council"],
    ["North Sea Ferries", "Flemish Ports Authority"],
    "Pieter Claes, who leads Ostend City Council, said the ferry link must stay.",
    "North Sea Ferries said it would end the route in October. The Flemish Ports Authority has offered a subsidy.",
)
built.held_affiliation(
    OTHERS,
    "chief operating officer",
    "Dana Whitlock",
    ["Lakeshore Health"],
    ["Prairie Mutual"],
    "Dana Whitlock, who was chief executive of Prairie Mutual for a decade, is now chief operating officer of Lakeshore Health.",
    "Prairie Mutual reported a loss on Tuesday.",
)
built.held_affiliation(
    OTHERS,
    "analyst",
    "Femi Adeyemi",
    ["Lekki Research"],
    ["Niger Delta Oil", "OPEC Secretariat"],
    "Niger Delta Oil said output rose 4% in the quarter.",
    "Femi Adeyemi, an analyst with Lekki Research, said the rise would not last.",
    "The OPEC Secretariat will meet on June 2.",
)
built.held_affiliation(
    OTHERS,
    "managing director",
    "Sven Aaland",
    ["Fjord Salmon"],
    ["Nordic Feed", "Bergen Seafood Council"],
    "Sven Aaland, managing director of Fjord Salmon, and Ole Brekke, who heads Nordic Feed, met the minister on Monday.",
    "The Bergen Seafood Council later said prices would fall.",
)
built.held_affiliation(
    OTHERS,
    "secretary general",
    "Amara Diallo",
    ["West African Cotton Association"],
    ["Bamako Textiles", "Sahel Trade Bank"],
    "Amara Diallo, secretary general of the West African Cotton Association, said growers needed credit.",
    "Bamako Textiles buys half the crop. The Sahel Trade Bank said it would lend $50 million.",
)
built.held_affiliation(
    OTHERS,
    "founder",
    "Hiro Tanaka",
    ["Kumo Robotics"],
    ["Sakura Motors"],
    "Hiro Tanaka, the founder of Kumo Robotics, said the deal with Sakura Motors would double its staff.",
    "Sakura Motors will buy 3,000 arms a year.",
)
built.held_affiliation(
    OTHERS,
    "chief executive",
    "Grace Obi",
    ["Savanna Airways"],
    ["Kilimanjaro Air", "East African Aviation Authority"],
    "Grace Obi, who heads Savanna Airways, said fares would rise.",
    "Kilimanjaro Air, the carrier she ran until 2021, cut its fares. The East African Aviation Authority said it would look into both.",
)
built.held_affiliation(
    OTHERS,
    "economist",
    "Rosa Lindgren",
    ["Nordbank"],
    ["Riksbank Watch", "Svea Insurance"],
    "Rosa Lindgren, chief economist at Nordbank, said inflation had peaked.",
    "Erik Sand of Riksbank Watch disagreed. Svea Insurance raised its premiums.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
