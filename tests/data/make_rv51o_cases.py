# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv51o's set of cw51o's confirm-only affiliation ties (``grounding_rv51o.jsonl``;
every case carries ``"confirm": ["affiliation"]``), at the edges of each tie:

- ``visit``: a page about one country where a bare office ("Foreign Minister X", "President
  X") is a visitor's, of the country named less (a minister on a trip, a president landing in
  another capital, a summit's guest); the visitor's country and the host's own bare office
  confirmed, the host country for the visitor not
  (:mod:`summarizer.verification.places.page_polity`);
- ``itstwo``: "its" after a stretch naming two bodies ("Halden Steel sued Brask Mining. Its
  lawyer, X"), a body written in lower case after a possessive ("the nurses' union"), a
  look-alike name ("Pacific Group" and "Asia Pacific Group"), a parent or a rival beside the
  body; against the other body (:mod:`summarizer.verification.people.its_holders`);
- ``subnat``: a bare title of an office that is not a country's government's (a provincial
  premier, a state's minister-president or secretary of state, a union's general secretary, a
  club's or a university's president or chancellor): the country the page is about not
  confirmed, the office's own body where the page says it;
- ``wire``: the page's credited writer given another outlet (a wire credit "By X, Nordic
  Press Agency", "By X for The Straits Monitor", "Additional reporting by X of ...", a guest
  writer's own university, a photographer's agency) under a masthead: the masthead not
  confirmed for them, and the outlet's own staff in the same pages
  (:mod:`summarizer.verification.bylines.staff_ties`).

Run ``python tests/data/make_rv51o_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up people and bodies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv51o.jsonl")
CONFIRM = ["affiliation"]

built = SupportCases(
    "rv51o",
    leads=["World | The Kestrel Review", "News | The Orrin Valley Post"],
)
VISIT, ITS, SUB, WIRE = "visit", "itstwo", "subnat", "wire"


aff = built.affiliation


staff = partial(built.staff_affiliation, WIRE)  # (lead, name, passes, fails, *paragraphs)


# --- visit: a bare office of the country the page names less ---------------------------------
WANG = (
    "Foreign Minister Liang Wenhao arrived in Canberra on Wednesday, the first visit by a Chinese foreign minister in six years.",
    "Australia wants the last tariffs on its wine and barley lifted. Australia's farmers lost billions in sales during the dispute.",
    "Australia's trade minister, Kate Donnelly, will meet him on Thursday.",
)
aff(VISIT, "Liang Wenhao", ["China"], ["Australia"], *WANG)
aff(VISIT, "Kate Donnelly", ["Australia"], ["China"], *WANG)
aff(
    VISIT,
    "Amadou Sy",
    ["Senegal"],
    ["Mali"],
    "President Amadou Sy landed in Bamako on Monday on his first trip abroad since Senegal's election in March.",
    "Mali wants a larger share of the power from the Manantali dam. Mali's grid has been short of power all year, and Mali's mines run on diesel.",
)
aff(
    VISIT,
    "Dawit Alemu",
    ["Ethiopia"],
    ["Kenya", "Somalia"],
    "Prime Minister Dawit Alemu flew to Nairobi on Tuesday to sign a power deal, Ethiopia's foreign ministry said.",
    "Kenya will buy 200 megawatts from the new dam. Kenya's factories pay some of the highest power prices in the region, and Kenya's grid operator welcomed the deal.",
    "Somalia was not part of the talks.",
)
FARRE = (
    "President Lucia Farre welcomed Brazil's foreign minister, Tiago Moura, to Montevideo on Friday.",
    "Uruguay wants to sell more beef in Asia. Uruguay's ranchers say the trade bloc's rules hold them back, and Uruguay may sign deals of its own.",
)
aff(VISIT, "Lucia Farre", ["Uruguay"], ["Brazil"], *FARRE)
aff(VISIT, "Tiago Moura", ["Brazil"], ["Uruguay"], *FARRE)
KOWAL = (
    "Foreign Minister Ines Kowal began a three-day trip to Vietnam on Sunday, her ministry in Warsaw said.",
    "Vietnam has promised to buy more farm machinery. Vietnam's trade with Europe grew 15% last year, and Vietnam's ports are growing.",
    "She will meet Vietnam's prime minister, Tran Van Hieu, on Monday.",
)
aff(VISIT, "Ines Kowal", ["Poland"], ["Vietnam"], *KOWAL)
aff(VISIT, "Tran Van Hieu", ["Vietnam"], ["Poland"], *KOWAL)
aff(
    VISIT,
    "Olena Marchuk",
    ["Ukraine"],
    ["United States"],
    "President Olena Marchuk met lawmakers in Washington on Thursday to ask for more air defence systems for Ukraine.",
    "The United States has sent $60 billion in arms. Lawmakers in the United States are split over more, and the United States Senate votes next week.",
)
FELD = (
    "Chancellor Margit Feld hosted President Paulo Reis in Berlin on Monday, the first visit by a Portuguese head of state since 2016.",
    "Germany buys more Portuguese wine than any other country. Germany's carmakers also run two plants near Lisbon, and Germany wants a new rail link south.",
)
aff(VISIT, "Paulo Reis", ["Portugal"], ["Germany"], *FELD)
aff(VISIT, "Margit Feld", ["Germany"], ["Portugal"], *FELD)
aff(
    VISIT,
    "Hamid Karimi",
    ["Iran"],
    ["Japan"],
    "Prime Minister Hamid Karimi arrived in Tokyo on Tuesday for talks on gas supplies. It is the Iranian leader's first trip to Asia.",
    "Japan imports nearly all of its energy. Japan's utilities want long contracts, and Japan's trade ministry has asked for more suppliers.",
)
aff(
    VISIT,
    "Rania Haddad",
    ["Jordan"],
    ["Turkey"],
    "Foreign Minister Rania Haddad held talks in Ankara on Wednesday, Jordan's state news agency said.",
    "Turkey hosts more refugees than any other country. Turkey's government wants them to return, and Turkey has reopened two crossings.",
)

# --- itstwo: "its" after a stretch naming two bodies, a look-alike, a lower-case body --------
aff(
    ITS,
    "Per Moe",
    [],
    ["Halden Steel", "Brask Mining"],
    "Halden Steel sued Brask Mining on Monday over a late delivery of ore.",
    "Its lawyer, Per Moe, said the contract was clear.",
)
aff(
    ITS,
    "Ola Lien",
    ["Brask Mining"],
    ["Halden Steel"],
    "Brask Mining, which Halden Steel sued on Monday, said its chief executive, Ola Lien, would testify.",
)
aff(
    ITS,
    "Sara Lind",
    [],
    ["Vela Bank", "Orion Capital"],
    "Vela Bank's chairman praised Orion Capital at the meeting. Its chief executive, Sara Lind, said the two would talk again.",
)
aff(
    ITS,
    "Jan Vos",
    ["Nimbus Dairy"],
    ["Corta Foods"],
    "Corta Foods bought Nimbus Dairy last year.",
    "On Monday Nimbus Dairy said its founder, Jan Vos, would retire in June.",
)
aff(
    ITS,
    "Mei Tan",
    ["Pacific Group"],
    ["Asia Pacific Group"],
    "Pacific Group cut its dividend on Thursday. Its finance chief, Mei Tan, blamed the cost of shipping.",
    "Rival Asia Pacific Group kept its payout.",
)
aff(
    ITS,
    "Ruth Penn",
    ["Coastal Air"],
    ["Delmar Airways"],
    "After Delmar Airways dropped the route, Coastal Air said its chief executive, Ruth Penn, would add two flights a day.",
)
aff(
    ITS,
    "Dee Walsh",
    [],
    ["Harcourt Hospitals"],
    "The nurses' union met Harcourt Hospitals on Friday.",
    "Its negotiator, Dee Walsh, said the hospitals' offer was too low.",
)
aff(
    ITS,
    "Lars Ek",
    [],
    ["Harcourt Hospitals"],
    "The porters' union met Harcourt Hospitals on Friday. Its negotiator, Lars Ek, said the hospitals' offer was too low.",
)
aff(
    ITS,
    "Nell Price",
    [],
    ["Tivoli Games", "Ardent Play"],
    "Sam Ode, who founded Tivoli Games, sold it to Ardent Play in 2020. Its chief executive, Nell Price, said the studio would hire.",
)
aff(
    ITS,
    "Ian Moss",
    ["Orla Foods"],
    ["Greystone Holdings"],
    "Orla Foods, a unit of Greystone Holdings, recalled its yoghurt on Monday. Its quality director, Ian Moss, said no one had fallen ill.",
)
aff(
    ITS,
    "Kofi Asare",
    ["Lumen Health"],
    ["Brightwell Care"],
    "Lumen Health opened a clinic in Kumasi on Monday. Its medical director, Kofi Asare, said it would see 200 patients a day.",
    "Brightwell Care closed two clinics in the city last year.",
)
aff(
    ITS,
    "Tom Ruiz",
    ["Velo Bikes"],
    ["Kent Trading Standards"],
    "Velo Bikes recalled 8,000 e-bikes on Friday after fires in two homes. Its head of safety, Tom Ruiz, said no one was hurt.",
    "Kent Trading Standards is investigating the fires.",
)
aff(
    ITS,
    "Jo Pike",
    ["Marlow Insurance"],
    ["Association of British Insurers"],
    "Marlow Insurance raised its premiums for drivers under 25. Jo Pike, its pricing director, said claims had doubled.",
    "The Association of British Insurers said other firms would follow.",
)
aff(
    ITS,
    "Bev Shaw",
    ["Arden Council"],
    ["Friends of Arden Libraries"],
    "Arden Council will close three libraries in April. Its leader, Bev Shaw, said there was no money left.",
    "The Friends of Arden Libraries will protest on Saturday.",
)
aff(
    ITS,
    "Rita Olsen",
    [],
    ["Fjord Shipping"],
    "Fjord Shipping's biggest customer, the steelmaker, cancelled its order. Its chief buyer, Rita Olsen, said the price was too high.",
)
aff(
    ITS,
    "Mark Tull",
    ["Ashby Rail"],
    ["Northline Trains"],
    "Ashby Rail said on Monday that its chief executive, Mark Tull, would step down in May.",
    "Northline Trains will take over two of its routes.",
)

# --- subnat: a bare office of a province, a state, a union, a club or a university ----------
aff(
    SUB,
    "Lena Marchand",
    ["Quebec"],
    ["Canada"],
    "Premier Lena Marchand said on Tuesday that Quebec would build two new dams in the north.",
    "Canada's demand for power will double by 2050. Canada exports power to the American north-east, and Canada's grid needs new lines.",
)
aff(
    SUB,
    "Rob Kean",
    ["Queensland"],
    ["Australia"],
    "Premier Rob Kean opened the new hospital in Townsville on Monday and said Queensland would build two more.",
    "Australia's hospitals are short of nurses. Australia trains too few of them, and Australia has asked for more from abroad.",
)
aff(
    SUB,
    "Joe Barr",
    ["Rail and Maritime Union"],
    ["United Kingdom"],
    "General Secretary Joe Barr said the Rail and Maritime Union would strike for three days in March.",
    "The United Kingdom has had more rail strikes than any other country in Europe since 2022. The United Kingdom's train operators said the strike was needless, and the United Kingdom's trains will run a reduced service.",
)
aff(
    SUB,
    "Joan Ferrer",
    ["CD Almara"],
    ["Spain"],
    "President Joan Ferrer said CD Almara would not sell its striker this summer.",
    "Spain's league has a new limit on spending. Spain has ten clubs over it, and clubs in Spain must sell before they buy.",
)
aff(
    SUB,
    "Karen Loh",
    ["Straits University"],
    ["Singapore"],
    "President Karen Loh said on Friday that Straits University would cut 300 jobs.",
    "Singapore has cut the grants it gives universities. Singapore's other universities have frozen hiring, and Singapore's students will pay more.",
)
aff(
    SUB,
    "Jenna Ortiz",
    ["Arizona"],
    ["United States"],
    "Secretary of State Jenna Ortiz said on Monday that Arizona's count was accurate.",
    "The United States holds its elections on a Tuesday. Counties across the United States have hired more staff, and the United States has no national ballot.",
)
aff(
    SUB,
    "Katrin Vogel",
    ["Bavaria"],
    ["Germany"],
    "Minister-President Katrin Vogel said Bavaria would pay for the new line itself.",
    "Germany's railways are the slowest in western Europe. Germany has promised to spend more, and Germany's trains are late a third of the time.",
)
aff(
    SUB,
    "Ruth Amos",
    ["Wessex University"],
    ["United Kingdom"],
    "Chancellor Ruth Amos opened the new library of Wessex University on Thursday.",
    "The United Kingdom's universities face a funding gap. The United Kingdom has fewer foreign students this year, and the United Kingdom's visa rules are tighter.",
)
aff(
    SUB,
    "Maria Sousa",
    ["National Teachers Federation"],
    ["Portugal"],
    "President Maria Sousa said the National Teachers Federation would strike on Friday.",
    "Portugal's teachers earn less than the European average. Portugal has 9,000 posts empty, and Portugal's schools start on Monday.",
)
aff(
    SUB,
    "Tom Beck",
    ["Harlow"],
    ["United Kingdom"],
    "Mayor Tom Beck said Harlow would plant 10,000 trees.",
    "The United Kingdom has few trees for its size. The United Kingdom's plan is to plant more, and the United Kingdom's councils will help.",
)
aff(
    SUB,
    "Aiden Shore",
    ["Ontario"],
    ["Canada"],
    "Premier Aiden Shore said Ontario would sue over the tariffs.",
    "Canada sends three quarters of its exports south. Canada's carmakers have cut shifts, and Canada's prime minister, Claire Dube, will meet the premiers on Friday.",
)
aff(
    SUB,
    "Claire Dube",
    ["Canada"],
    ["Ontario"],
    "Premier Aiden Shore said Ontario would sue over the tariffs.",
    "Canada sends three quarters of its exports south. Canada's carmakers have cut shifts, and Canada's prime minister, Claire Dube, will meet the premiers on Friday.",
)

# --- wire: the credited writer of another outlet, and the outlet's own staff ----------------
staff(
    "World | The Tagus Review\n\nBy Ana Silva | Condor Wire | 3 May 2025",
    "Ana Silva",
    ["Condor Wire"],
    ["The Tagus Review"],
    "Lisbon City Council will ban new short-term rentals in the old town.",
    "Landlords' groups said they would go to court.",
)
staff(
    "News | The Fjord Ledger\n\nBy Mia Berg, Nordic Press Agency",
    "Mia Berg",
    ["Nordic Press Agency"],
    ["The Fjord Ledger"],
    "Oslo will close two tunnels for repairs in the summer.",
    "Drivers face detours of up to 20 minutes.",
)
staff(
    "World | The Kestrel Review\n\nBy Rui Tan for The Straits Monitor",
    "Rui Tan",
    ["The Straits Monitor"],
    ["The Kestrel Review"],
    "Singapore will raise the price of water by 10% from April.",
    "Households will get a rebate.",
)
staff(
    "Opinion | The Niger Delta Monitor\n\nBy Ada Obi, professor of economics at the University of Ibadan",
    "Ada Obi",
    ["University of Ibadan"],
    ["The Niger Delta Monitor"],
    "The fuel subsidy cost more than the health budget last year.",
    "Ending it was right; the way it ended was not.",
)
staff(
    "By Jane Doe | The Harbour Times | 2 May 2025",
    "Jane Doe",
    ["The Harbour Times"],
    ["Condor Wire"],
    "Manila's port will run around the clock from June.",
    "Additional reporting by Tom Reyes of Condor Wire.",
)
staff(
    "By Jane Doe | The Harbour Times | 2 May 2025",
    "Tom Reyes",
    ["Condor Wire"],
    ["The Harbour Times"],
    "Manila's port will run around the clock from June.",
    "Additional reporting by Tom Reyes of Condor Wire.",
)
staff(
    "The Fenland Gazette\n\nBy Lena Hart, Science Correspondent",
    "Lena Hart",
    ["The Fenland Gazette"],
    ["Cambridge Water"],
    "Cambridge Water will build a new reservoir near Chatteris.",
    "It will hold enough for 250,000 homes.",
)
staff(
    "News | The Fjord Ledger\n\nPhoto: Lars Eng / Nordic Press Agency",
    "Lars Eng",
    ["Nordic Press Agency"],
    ["The Fjord Ledger"],
    "Bergen's fish market burned down on Sunday night.",
    "No one was hurt, the fire service said.",
)
staff(
    "By Priya Nair and Owen Reed | The Deccan Ledger | 5 June 2025",
    "Owen Reed",
    ["The Deccan Ledger"],
    ["Bangalore Metro"],
    "Bangalore Metro will open its pink line in August.",
    "The line has been delayed four times.",
)
staff(
    "By Priya Nair and Owen Reed | The Deccan Ledger | 5 June 2025",
    "Priya Nair",
    ["The Deccan Ledger"],
    ["Bangalore Metro"],
    "Bangalore Metro will open its pink line in August.",
    "The line has been delayed four times.",
)
staff(
    "Business | The Orrin Valley Post\n\nBy Carl Voss in Frankfurt and Lea Petit, Condor Wire",
    "Lea Petit",
    ["Condor Wire"],
    ["The Orrin Valley Post"],
    "The European Central Bank held its rates on Thursday.",
    "Markets had expected a cut.",
)
staff(
    "By Hana Kim | The Han River Daily | 8 July 2025",
    "Hana Kim",
    ["The Han River Daily"],
    ["Nordic Press Agency"],
    "Seoul will add 300 electric buses this year, Nordic Press Agency reported.",
    "The city's fleet is already half electric.",
)


def build_cases() -> list[dict[str, Any]]:
    return [{**case, "confirm": CONFIRM} for case in built.cases]


if __name__ == "__main__":
    built.cases[:] = build_cases()
    built.write(OUT)
