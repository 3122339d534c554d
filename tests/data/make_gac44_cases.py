# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 44's closer gac44 (``grounding_gac44.jsonl``): the forms it added
for event actors, summit parties and outlets, each with the near misses a fact-checker must
still refuse (written first, as a reviewer trying to break the rule would):

- ``actors``: a name that is the object of a verb whose subject is a pronoun opening the clause
  ("He called Oduya", "In 1975, he signed Kerr") is acted on, not the actor (not a verb of
  meeting or contest, of urging someone to act, or of saying: "He met Oduya", "He urged Oduya
  to concede", "He said Dunn had won"); a "she" opening an adverbial clause after a comma in a
  sentence a name opens marks that name's gender ("Pike, 52, comes from Vell Energy, where she
  ran"), so a later "He" is not hers; a passive stand-in joined by "and" to an active clause
  of its own ("It was hit by the slump and has cut 300 jobs") acts in that clause (not "and has
  been ordered", nor a relative clause of the agent's);
- ``parties``: a chair or teller of others' talks whose own relative clause has them lead one
  side ("chaired by X, who also led the Dutch side", "The envoy who led the Japanese
  delegation, X, said the two sides met") sits at the table; not a side led on another
  occasion ("who once led", "last year", "in 2019"), a team that is no side ("the mediation
  team", "the UN monitoring team"), a clause of another's ("whose deputy led");
- ``outlets``: one word of an outlet's name that the page writes, beside the credit, only as a
  place ("By Tom Eddy | Wolds Voice" and "in the Wolds") is no outlet; the whole name is.

Run ``python tests/data/make_gac44_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_gac44.jsonl")

built = SupportCases(
    "gac44",
    leads=[
        "By Maren Lodge | The Tamar Herald",
        "NAIROBI (Rift Valley Wire) -",
        "NEWS DESK | The Calder Gazette",
        "Politics desk, The Wash Observer.",
        "From our Lisbon bureau, The Atlantic Ledger.",
    ],
)
ACTORS, PARTIES, OUTLETS = "actors", "parties", "outlets"


def actor(expect: bool, sentence: str, who: str, description: str, why: str, before: str) -> None:
    built.actor(ACTORS, expect, sentence, who, description, why, before=before)


# --- actors: the object of a pronoun's verb (must fail first) -------------------------------

B = "Grace Mwangi won the county vote with 61%. Her rival, the sitting governor, conceded on Friday."
actor(
    False,
    "She phoned Mwangi to concede defeat.",
    "Grace Mwangi",
    "phoned to concede",
    "'She phoned Mwangi': the rival phones, Mwangi is phoned",
    B,
)
B = "Tom Pellew coached Harton Rovers for three seasons. The club's owner lost patience after the cup exit."
actor(
    False,
    "He sacked Pellew the next morning.",
    "Tom Pellew",
    "sacked after cup exit",
    "'He sacked Pellew': Pellew is sacked, the owner sacks",
    B,
)
B = "Jonah Kerr scored 212 league goals for Harton Rovers. Alan Brigg managed the club for a decade."
actor(
    False,
    "In 1975, he signed Kerr from Alnwick.",
    "Jonah Kerr",
    "signed from Alnwick",
    "after a fronted year, 'he signed Kerr': Kerr is signed",
    B,
)
B = "Halden Rail says Kestrel Bank broke the terms of a £40m loan."
actor(
    False,
    "It sued Kestrel Bank in March.",
    "Kestrel Bank",
    "lawsuit filed",
    "'It sued Kestrel Bank': the bank is sued",
    B,
)
B = "Ruth Okafor joined the council in 2015. The council leader, a former teacher, took office in 2018."
actor(
    False,
    "She hired Okafor as her deputy in 2019.",
    "Ruth Okafor",
    "hired as deputy",
    "'She hired Okafor': Okafor is hired",
    B,
)
B = "Ana Castro hosted the Atlantic summit in Lisbon. The Irish taoiseach flew in on Monday night."
actor(
    False,
    "He later thanked Castro for the invitation.",
    "Ana Castro",
    "thanked for the invitation",
    "'He later thanked Castro': Castro is thanked",
    B,
)
# the pronoun's verb of meeting, urging or saying, or the name written again: no object only
B = "Grace Mwangi won the county vote with 61%. Her rival, the sitting governor, conceded on Friday."
actor(
    True,
    "He met Mwangi at the county offices on Saturday.",
    "Grace Mwangi",
    "met at the county offices",
    "'He met Mwangi': a meeting's other side takes part",
    B,
)
B = "Tom Pellew coached Harton Rovers for three seasons. The chairman wanted him to step aside."
actor(
    True,
    "He urged Pellew to resign before the final.",
    "Tom Pellew",
    "urged to resign",
    "'He urged Pellew to resign': the one urged, spoken to, takes part",
    B,
)
B = "Eamon Dunn auditioned at the Abbey Theatre in 1963. Jack Harlow ran its casting then."
actor(
    True,
    "He said Dunn had won the part on the spot.",
    "Eamon Dunn",
    "won the part",
    "'He said Dunn had won': Dunn opens a clause of his own",
    B,
)
B = "Jonah Kerr scored 212 league goals for Harton Rovers. Alan Brigg managed the club for a decade."
actor(
    True,
    "She partnered Kerr in the 1982 club golf foursomes.",
    "Jonah Kerr",
    "played the club foursomes",
    "'She partnered Kerr': a partner takes part",
    B,
)
B = "Halden Rail says Kestrel Bank broke the terms of a £40m loan."
actor(
    True,
    "Kestrel Bank sued Halden Rail in March.",
    "Kestrel Bank",
    "lawsuit filed",
    "the bank named as the subject sues",
    B,
)

# --- actors: a "she" of an adverbial clause marks the sentence's subject ----------------------

B = "Jordan Pike will succeed Colin Marsh as head of Orrin Water. Pike, 52, comes from Vell Energy, where she ran the grid business."
actor(
    False,
    "He led the utility through the 2022 drought.",
    "Jordan Pike",
    "led through the drought",
    "Pike is 'she' ('where she ran'): 'He' is Marsh",
    B,
)
B = "Sam Ortega takes over from Neil Grant at the Harbour Museum in May. Ortega joins from the Tate, where she curated modern art for a decade."
actor(
    False,
    "He oversaw the museum's £40m extension.",
    "Sam Ortega",
    "oversaw the extension",
    "Ortega is 'she': the 'He' is Grant",
    B,
)
B = "Kim Adair succeeds Tom Reid as editor of the Leeds Courier. Adair comes from the Hull Daily Post, where she was deputy editor."
actor(
    False,
    "He doubled the paper's online readers.",
    "Kim Adair",
    "doubled online readers",
    "Adair is 'she': the 'He' is Reid",
    B,
)
B = "Robin Hale replaces David Kerr as Harlow Town's manager. Hale, 39, arrives from Fenby Town in May, after she won the league there twice."
actor(
    False,
    "He kept Harlow in the top flight for six seasons.",
    "Robin Hale",
    "kept the club up",
    "Hale is 'she': the 'He' is Kerr",
    B,
)
B = "Jordan Pike will succeed Colin Marsh as head of Orrin Water. Pike, 52, comes from Vell Energy, where she ran the grid business."
actor(
    True,
    "She starts on 1 June.",
    "Jordan Pike",
    "starts on 1 June",
    "'She' after Pike, marked 'she' by her own sentence",
    B,
)
B = "Kim Adair succeeds Tom Reid as editor of the Leeds Courier. Adair comes from the Hull Daily Post, where she was deputy editor."
actor(
    True,
    "She takes over on Monday.",
    "Kim Adair",
    "takes over as editor",
    "'She' after Adair, marked 'she'",
    B,
)
B = "Sam Ortega takes over from Neil Grant at the Harbour Museum in May. Ortega joins from the Tate, where she curated modern art for a decade."
actor(
    True,
    "Ortega will open the new galleries in the autumn.",
    "Sam Ortega",
    "opens new galleries",
    "named",
    B,
)
B = "Robin Hale replaces David Kerr as Harlow Town's manager. Hale, 39, arrives from Fenby Town in May, after she won the league there twice."
actor(
    True,
    "She signs a three-year contract on Friday.",
    "Robin Hale",
    "signs a contract",
    "'She' after Hale, marked 'she'",
    B,
)

# --- actors: a passive stand-in with an active clause of its own -----------------------------

B = "Harwell Foods makes ready meals in Norfolk."
actor(
    True,
    "It was hit by the rise in energy prices and has closed its Diss plant.",
    "Harwell Foods",
    "Diss plant closed",
    "'and has closed': the stand-in acts in its second clause",
    B,
)
B = "Corran Glass supplies bottles to brewers across Scotland."
actor(
    True,
    "It was bought by a Dutch packaging group in 2021 and has since cut 90 jobs.",
    "Corran Glass",
    "90 jobs cut",
    "'and has since cut': it acts",
    B,
)
B = "Fenby Press prints three regional dailies."
actor(
    True,
    "It was sued by two former suppliers last year and will appeal the ruling.",
    "Fenby Press",
    "ruling appealed",
    "'and will appeal': it acts",
    B,
)
B = "Marlow Cables employs 600 people in Wrexham."
actor(
    True,
    "It was fined £2m by the Health and Safety Executive and has now paid the fine.",
    "Marlow Cables",
    "fine paid",
    "'and has now paid': it pays",
    B,
)
B = "Harwell Foods makes ready meals in Norfolk."
actor(
    False,
    "It was fined £3m by the Food Standards Agency and has been banned from taking new contracts.",
    "Harwell Foods",
    "new contracts banned",
    "'and has been banned': passive again, acted on",
    B,
)
B = "Corran Glass supplies bottles to brewers across Scotland."
actor(
    False,
    "It was bought by Vantor Holdings, which has since cut 90 jobs.",
    "Corran Glass",
    "90 jobs cut",
    "'which has since cut': the buyer cuts",
    B,
)
B = "Fenby Press prints three regional dailies."
actor(
    False,
    "It was sued by Ardley Paper and has been told to pay £4m.",
    "Fenby Press",
    "told to pay",
    "'and has been told': acted on",
    B,
)
B = "Marlow Cables employs 600 people in Wrexham."
actor(
    False,
    "It was taken over by Ostrava Steel, and Ostrava has closed the Wrexham works.",
    "Marlow Cables",
    "works closed",
    "the second clause has a subject of its own, the buyer",
    B,
)

# --- actors: a short name that owns a company's noun is a company's, so "It" may be it ------

actor(
    False,
    "It says the search for a replacement has begun.",
    "Marlow Cables",
    "search for replacement",
    "Fenwick Wire, named nearer, may be the 'It'",
    "Marlow Cables' sales director quit in May to join Fenwick Wire.",
)
actor(
    False,
    "He blamed the cost of feed.",
    "Corran Dairies",
    "cost of feed blamed",
    "'He' is the chairman, Ian Bell",
    "Corran Dairies' profits halved last year, its chairman, Ian Bell, said.",
)
actor(
    False,
    "It says the search for a successor has begun.",
    "Ana Ruiz",
    "search for successor",
    "a person's chief of staff: no 'It' is Ruiz",
    "Ana Ruiz's chief of staff quit in May.",
)
actor(
    False,
    "She blamed the cost of clay.",
    "Greyfield Pottery",
    "cost of clay blamed",
    "'She' is the owner, Ruth Greyfield",
    "Greyfield Pottery's annual profits fell 40% in 2025, its owner, Ruth Greyfield, said.",
)
actor(
    True,
    "It says an interim successor will be named next week.",
    "Kelso Looms",
    "successor to be named",
    "a finance director is no 'It': the company",
    "Kelso Looms' finance director resigned on Friday.",
)
actor(
    True,
    "It blamed the strong pound.",
    "Tarvin Brands",
    "strong pound blamed",
    "profits blame nothing: the company",
    "Tarvin Brands' profits fell by a third last year.",
)
actor(
    True,
    "It has hired a headhunter to find a successor.",
    "Aldous Printers",
    "headhunter hired",
    "a chief executive is no 'It': the company",
    "Aldous Printers' chief executive retired in March.",
)
actor(
    True,
    "It expects them to recover next year.",
    "Greyfield Pottery",
    "recovery expected",
    "annual profits expect nothing: the company",
    "Greyfield Pottery's annual profits fell 40% in 2025.",
)

# --- actors: the one a deed was done to answers it -------------------------------------------

B = "Harrow Water was fined £2.1m by Ofwat in June."
actor(False, "It will publish the ruling in full.", "Harrow Water", "ruling published", "no answer: the regulator may publish", B)  # fmt: skip
B = "Kestrel Bank sued Ardley Homes last week."
actor(False, "It denies any wrongdoing.", "Kestrel Bank", "wrongdoing denied", "the one sued denies, not the bank suing", B)  # fmt: skip
B = "Corvo Mining was praised by the Environment Agency, which charged Tarlow Steel over the spill."
actor(False, "It disputes the charges.", "Corvo Mining", "charges disputed", "Tarlow Steel was charged: it answers", B)  # fmt: skip
B = "Aldous Printers was bought by Fenwick Group in May."
actor(False, "It will appeal the tax ruling.", "Aldous Printers", "tax ruling appealed", "a purchase is no deed an appeal answers: either may appeal", B)  # fmt: skip
B = "Harrow Water was fined £2.1m by Ofwat in June."
actor(True, "It will appeal the penalty.", "Harrow Water", "penalty appealed", "the one fined appeals", B)  # fmt: skip
B = "Kestrel Bank was sued by Ardley Homes last week."
actor(True, "It denies any wrongdoing.", "Kestrel Bank", "wrongdoing denied", "the one sued denies", B)  # fmt: skip
B = "Corvo Mining was charged by the Environment Agency over the spill."
actor(True, "It disputes the charges.", "Corvo Mining", "charges disputed", "the one charged disputes", B)  # fmt: skip
B = "Aldous Printers was ordered by a tribunal to pay £40,000 to a former driver."
actor(True, "It will appeal the decision.", "Aldous Printers", "decision appealed", "the one ordered to pay appeals", B)  # fmt: skip

# --- parties: a chair or teller who leads one side ---------------------------------------

meet = built.meeting
meet(
    PARTIES,
    False,
    "The talks between the two delegations were chaired by Marta Kowalczyk, who once led the Polish side.",
    "Marta Kowalczyk",
    "'who once led': another occasion",
)
meet(
    PARTIES,
    False,
    "The session between the Kenyan and Ugandan delegations was presided over by Amina Odhiambo, who led the mediation team.",
    "Amina Odhiambo",
    "a mediation team is no side",
)
meet(
    PARTIES,
    False,
    "The talks between the two delegations were chaired by Lars Eriksen, whose deputy led the Danish side.",
    "Lars Eriksen",
    "'whose deputy led': the deputy leads the side",
)
meet(
    PARTIES,
    False,
    "The talks between the two delegations were chaired by Henrik Vos, who led the Dutch side last year.",
    "Henrik Vos",
    "'last year': another round",
)
meet(
    PARTIES,
    False,
    "The talks between the two delegations, one of them led by Pablo Ruiz, were chaired by Rosa Quispe.",
    "Rosa Quispe",
    "the chair; Ruiz leads a side",
)
meet(
    PARTIES,
    False,
    "The official who led the Irish mediation team, Niamh Byrne, said the two sides met for most of Tuesday in Dublin.",
    "Niamh Byrne",
    "a mediation team's head tells the sides' meeting",
)
meet(
    PARTIES,
    False,
    "The negotiator who led the Canadian delegation in 2019, Claire Tremblay, said the two sides met twice in Ottawa.",
    "Claire Tremblay",
    "led a delegation in 2019: a teller now",
)
meet(
    PARTIES,
    False,
    "The observer who led the UN monitoring team, Osman Idris, said the two sides met in Jeddah.",
    "Osman Idris",
    "a monitors' head: no side",
)
meet(
    PARTIES,
    False,
    "The diplomat who led the Korean delegation said the two sides met for four hours in Hanoi, Min-jun Park reported.",
    "Min-jun Park",
    "a reporter, not the delegation's head",
)
meet(
    PARTIES,
    False,
    "The talks between the two delegations were chaired by Sofia Lind; Erik Dahl, who led the Swedish side, called them useful.",
    "Sofia Lind",
    "the relative clause is Dahl's",
)
meet(
    PARTIES,
    True,
    "The talks between the two delegations were chaired by Marta Kowalczyk, who also led the Polish side.",
    "Marta Kowalczyk",
    "the chair led one side",
)
meet(
    PARTIES,
    True,
    "The session between the Kenyan and Ugandan delegations was presided over by Amina Odhiambo, who led the Kenyan team.",
    "Amina Odhiambo",
    "the presiding minister led the Kenyan team",
)
meet(
    PARTIES,
    True,
    "The negotiations between the two sides were chaired by Lars Eriksen, who also headed the Danish delegation, in Copenhagen.",
    "Lars Eriksen",
    "the chair headed a delegation",
)
meet(
    PARTIES,
    True,
    "The meeting between the two trade delegations was chaired by Henrik Vos, who himself led the Dutch delegation.",
    "Henrik Vos",
    "'who himself led'",
)
meet(
    PARTIES,
    True,
    "The talks between the two delegations were chaired by Sofia Lind, who also led the Swedish side, and lasted six hours.",
    "Sofia Lind",
    "the chair led a side",
)
meet(
    PARTIES,
    True,
    "The diplomat who led the Korean delegation, Min-jun Park, said the two sides met for four hours in Hanoi.",
    "Min-jun Park",
    "the teller led one side",
)
meet(
    PARTIES,
    True,
    "The minister who headed the Ghanaian side, Kofi Mensah, said the two delegations met in Accra on Friday.",
    "Kofi Mensah",
    "the teller headed one side",
)
meet(
    PARTIES,
    True,
    "The official who led the Irish team, Niamh Byrne, said the two sides met for most of Tuesday in Dublin.",
    "Niamh Byrne",
    "the teller led the Irish team",
)
meet(
    PARTIES,
    True,
    "The negotiator who led the Canadian delegation, Claire Tremblay, said the two sides met twice in Ottawa.",
    "Claire Tremblay",
    "the teller led a delegation",
)
meet(
    PARTIES,
    True,
    "The general who led the Sudanese army delegation, Osman Idris, said the two sides met in Jeddah.",
    "Osman Idris",
    "the teller led the army's delegation",
)
# the host of the summit watching a signing at it: a pronoun opening the sentence hosted it
meet(
    PARTIES,
    False,
    "Naledi Pandor said that at the summit she hosted in Durban, the two leaders signed a pact in the presence of Thandiwe Zulu.",
    "Thandiwe Zulu",
    "'she' may be Pandor, named before it: Zulu only witnesses",
)
meet(
    PARTIES,
    False,
    "At last year's summit she hosted in Maputo, the Malawian and Zambian presidents signed a rail accord in the presence of Luisa Diogo.",
    "Luisa Diogo",
    "another summit's host witnesses this signing",
)
meet(
    PARTIES,
    False,
    "At the previous summit he chaired in Kochi, the two ministers signed the accord, watched by Ravi Menon.",
    "Ravi Menon",
    "the previous summit's chair watches",
)
meet(
    PARTIES,
    False,
    "At the retreat he hosted in Bogor, the Thai and Cambodian leaders signed the border pact in the presence of Mrs Sri Wahyuni.",
    "Sri Wahyuni",
    "'he' hosted; Mrs Wahyuni only witnesses",
)
meet(
    PARTIES,
    True,
    "At the summit she hosted in Maputo, the Malawian and Zambian presidents signed a rail accord in the presence of Luisa Diogo.",
    "Luisa Diogo",
    "the host ('she hosted') witnesses a signing at her own summit",
)
meet(
    PARTIES,
    True,
    "On the closing day of the forum he chaired in Astana, the two premiers signed the gas deal, watched by Daniyar Ospanov.",
    "Daniyar Ospanov",
    "the forum's chair watches its signing",
)
meet(
    PARTIES,
    True,
    "During the conference she convened in Oslo, the Sudanese and Chadian envoys signed a ceasefire, witnessed by Ingrid Solberg.",
    "Ingrid Solberg",
    "the convener witnesses a signing at her conference",
)
meet(
    PARTIES,
    True,
    "At the retreat he hosted in Bogor, the Thai and Cambodian leaders signed the border pact in the presence of Joko Santoso.",
    "Joko Santoso",
    "the host of the retreat",
)
meet(
    PARTIES,
    True,
    "On the last day of the summit he chaired in Kochi, the two ministers signed the accord, watched by Ravi Menon.",
    "Ravi Menon",
    "the summit's chair watches its signing on its last day",
)

# --- outlets: a word of the outlet's name written as a place ------------------------------


def outlet(expect: bool, credit: str, body: str, value: str, why: str) -> None:
    text = f"{credit}\n\n{body}\n\nThe story will be updated.\n"
    facts: dict[str, Any] = {"article": {**ARTICLE, "outlet": value}}
    built.add(OUTLETS, expect, why, text, facts, "article.outlet")


PAGES = [
    (
        "By Tom Eddy | Wolds Voice",
        "Buses in the Wolds will run every hour from Monday.",
        "Wolds",
        "Wolds Voice",
    ),
    (
        "Fenland Echo | By Priya Shah",
        "Flooding across the Fenland closed six roads on Sunday.",
        "Fenland",
        "Fenland Echo",
    ),
    (
        "Dales Herald\n\nBy Ann Cole",
        "Walkers in the Dales were warned of ice on the high paths.",
        "Dales",
        "Dales Herald",
    ),
    (
        "By Rhys Morgan, Valleys Gazette",
        "Schools in the Valleys will close early on Friday for the storm.",
        "Valleys",
        "Valleys Gazette",
    ),
    (
        "Broads Times | Staff reporter",
        "Boatyards on the Broads say bookings are up a fifth this summer.",
        "Broads",
        "Broads Times",
    ),
    (
        "By Jo Reid | Peak Advertiser",
        "Rescue teams in the Peak were called out 41 times in May.",
        "Peak",
        "Peak Advertiser",
    ),
    (
        "Fife Courier | By Ewan Bell",
        "Bus fares across Fife will rise by 10p in April.",
        "Fife",
        "Fife Courier",
    ),
    (
        "By Mairi Ross | Moray Record",
        "Whisky exports from Moray rose 8% last year, the distillers said.",
        "Moray",
        "Moray Record",
    ),
    (
        "Humber Mail | By Dan Cross",
        "Shipping along the Humber was halted for two hours on Tuesday.",
        "Humber",
        "Humber Mail",
    ),
    (
        "By Lucy Vale | Cotswold Journal",
        "House prices in the Cotswolds rose again, and villages in the Cotswold hills lost two more shops.",
        "Cotswold",
        "Cotswold Journal",
    ),
]
for credit, body, part, whole in PAGES:
    outlet(False, credit, body, part, f"'{part}' is the place the outlet '{whole}' is named after")
for credit, body, _part, whole in PAGES:
    outlet(True, credit, body, whole, f"the outlet's whole name, '{whole}'")


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
