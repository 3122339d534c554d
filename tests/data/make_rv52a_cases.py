# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 52's review rv52a of the clause role tie (``grounding_rv52a.jsonl``;
:mod:`summarizer.verification.people.role_clauses`, tie writer cr52a), every case with the
confirm-only mode on for the role (``"confirm": ["role"]``): a must-pass case asks that a
reading CONFIRMS the person's role, a must-fail case that a wrong role in the same sentence
is not confirmed (or is refused). Categories, by shape:

- ``other``: two people, two clauses or appositions in one sentence; the post of the other
  name (its verb, its apposition, the post after "replaced Z as") against the person's own;
- ``past``: a past post written with other words than the tie's own marks ("who stepped down
  as", "left her post as", "who had chaired", "who quit as", "who took over as Y in 2015
  before handing over", "who became mayor in 1994 and retired"), and present ones beside;
- ``future``: a post to come or hoped for ("is expected to become", "is tipped to lead",
  "hopes to head", "will chair", "the favourite to become", "is running for"), beside the
  post held now;
- ``rank``: a rank above or below ("deputy", "vice", "assistant", "co-", "associate",
  "acting", "chief of staff to") and their absence;
- ``relative``: the post of a relative or employer ("whose father chairs Y", "who works for
  the man who runs Y", "an aide to the minister who leads Y", "the son of the president");
- ``object``: a post verb whose object is not a body the person holds ("who runs marathons",
  "who heads home", "commands respect across the party", "runs a stall at the Central
  Market", "heads a committee of the party", "leads the youth wing of the Green Party").

Run ``python tests/data/make_rv52a_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up people and bodies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv52a.jsonl")

built = SupportCases(
    "rv52a",
    leads=[
        "By Signe Alvik | The Harbour Mercury",
        "KESTREL BAY (Southline Wire) -",
        "Politics | The Upland Herald",
        "From our correspondent, The Delta Post.",
    ],
)
OTHER, PAST, FUTURE, RANK, RELATIVE, OBJECT = (
    "other", "past", "future", "rank", "relative", "object",
)  # fmt: skip


# --- other: another person's verb or apposition in the same sentence --------------------------
_AUDIT = "Ana Ruiz, who chairs the audit panel, sat beside Tomas Leal, who heads the budget office, at the hearing."
built.person_role(
    OTHER,
    "Ana Ruiz",
    ["chair of the audit panel"],
    ["head of the budget office"],
    _AUDIT,
    "The hearing ran late.",
)
built.person_role(
    OTHER,
    "Tomas Leal",
    ["head of the budget office"],
    ["chair of the audit panel"],
    _AUDIT,
    "The hearing ran late.",
)
_FISH = "Kari Lund met Jonas Berg, the fisheries minister, in Bergen on Monday."
built.person_role(
    OTHER, "Jonas Berg", ["fisheries minister"], [], _FISH, "Quotas were not discussed."
)
built.person_role(
    OTHER, "Kari Lund", [], ["fisheries minister"], _FISH, "Quotas were not discussed."
)
_BOARD = "Nils Aro, who chairs the pension board, and Vera Lind, who manages the reserve fund, signed the letter."
built.person_role(
    OTHER,
    "Nils Aro",
    ["chair of the pension board"],
    ["manager of the reserve fund"],
    _BOARD,
    "It went out on Friday.",
)
built.person_role(
    OTHER,
    "Vera Lind",
    ["manager of the reserve fund"],
    ["chair of the pension board"],
    _BOARD,
    "It went out on Friday.",
)
_FRONT = "Rosa Pinto, the party's treasurer, criticised Hugo Maia, who leads the Civic Front, over the loan."
built.person_role(
    OTHER, "Hugo Maia", ["Civic Front leader"], ["treasurer"], _FRONT, "Maia did not reply."
)
built.person_role(
    OTHER, "Rosa Pinto", ["treasurer"], ["Civic Front leader"], _FRONT, "Maia did not reply."
)
_ETHICS = "Ida Krogh took the seat of Sven Moe, who chairs the ethics council, on the panel."
built.person_role(
    OTHER, "Ida Krogh", [], ["chair of the ethics council"], _ETHICS, "Moe is on leave."
)
_ENGINEER = "Jan Kos, who replaced Petr Novak as chief engineer, inspected the bridge."
built.person_role(OTHER, "Jan Kos", ["chief engineer"], [], _ENGINEER, "Novak now teaches.")
built.person_role(OTHER, "Petr Novak", [], ["chief engineer"], _ENGINEER, "Novak now teaches.")
_LAWYER = "Leo Brun, an aide to Carla Moss, who directs the Harbour Museum, spoke first."
built.person_role(
    OTHER, "Leo Brun", [], ["director of the Harbour Museum"], _LAWYER, "The museum reopens in May."
)
built.person_role(
    OTHER,
    "Carla Moss",
    ["director of the Harbour Museum"],
    [],
    _LAWYER,
    "The museum reopens in May.",
)
_MAYOR = (
    "Greta Falk said on Sunday that Oskar Lie, who succeeded her as mayor, had broken his word."
)
built.person_role(OTHER, "Oskar Lie", ["mayor"], [], _MAYOR, "Lie denied it.")
built.person_role(OTHER, "Greta Falk", [], ["mayor"], _MAYOR, "Lie denied it.")
_TRADE = "Asked about Dmitri Volkov, who runs the grain exchange, Maria Petrova, the trade minister, said prices would hold."
built.person_role(
    OTHER,
    "Maria Petrova",
    ["trade minister"],
    ["head of the grain exchange"],
    _TRADE,
    "Bread prices rose in June.",
)
built.person_role(
    OTHER,
    "Dmitri Volkov",
    ["head of the grain exchange"],
    ["trade minister"],
    _TRADE,
    "Bread prices rose in June.",
)

# --- past: a past post in other words than the tie's own marks --------------------------------
built.person_role(
    PAST,
    "Greta Holm",
    [],
    ["finance minister"],
    "Greta Holm, who stepped down as finance minister in March, criticised the budget.",
    "She now teaches economics.",
)
built.person_role(
    PAST,
    "Ravi Menon",
    [],
    ["head of the central bank"],
    "Ravi Menon, who left his post as head of the central bank last year, joined a hedge fund.",
    "The fund is based in Geneva.",
)
built.person_role(
    PAST,
    "Lotte Graf",
    [],
    ["chair of the inquiry"],
    "Lotte Graf, who had chaired the inquiry, gave evidence on Thursday.",
    "The report is due in June.",
)
built.person_role(
    PAST,
    "Bruno Falk",
    [],
    ["chief executive of Aldren"],
    "Bruno Falk, chief executive of Aldren until last year, bought a stake in the club.",
    "The club is in the second division.",
)
built.person_role(
    PAST,
    "Sara Quist",
    [],
    ["coach of Vale Rovers"],
    "Sara Quist, who quit as coach of Vale Rovers in the spring, will commentate on the final.",
    "Rovers lost the semi-final.",
)
built.person_role(
    PAST,
    "Teo Marin",
    [],
    ["mayor"],
    "Teo Marin, who resigned as mayor in 2021, is standing for the senate.",
    "The vote is in October.",
)
built.person_role(
    PAST,
    "Ines Roth",
    [],
    ["chair of the board"],
    "Ines Roth, who chaired the board between 2010 and 2018, backed the merger.",
    "Shareholders vote on Monday.",
)
built.person_role(
    PAST,
    "Olaf Rye",
    [],
    ["head of the airport"],
    "Olaf Rye, who used to run the airport, said the new terminal was too small.",
    "It opened in April.",
)
built.person_role(
    PAST,
    "Nina Holt",
    [],
    ["chair"],
    "Nina Holt, who took over as chair in 2015 before handing over to Per Lund in 2021, sold her shares.",
    "Lund declined to comment.",
)
built.person_role(
    PAST,
    "Ola Nord",
    [],
    ["mayor"],
    "Ola Nord, who became mayor in 1994 and retired in 2006, died on Sunday.",
    "He was 81.",
)
built.person_role(
    PAST,
    "Kim Aune",
    [],
    ["chief executive"],
    "Kim Aune, who was named chief executive in 2015 and left in 2020, now runs a vineyard.",
    "The vineyard is in Tuscany.",
)
built.person_role(
    PAST,
    "Emil Saar",
    [],
    ["editor of the Evening Star"],
    "Emil Saar, a one-time editor of the Evening Star, wrote the foreword.",
    "The book is out next week.",
)
built.person_role(
    PAST,
    "Pia Berg",
    ["chair of the pension fund"],
    [],
    "Pia Berg, who chairs the pension fund, spoke after the vote.",
    "The fund holds 40 billion crowns.",
)
built.person_role(
    PAST,
    "Jens Dahl",
    ["head of the central bank"],
    [],
    "Jens Dahl, who heads the central bank, left rates unchanged.",
    "Inflation is 3 percent.",
)
built.person_role(
    PAST,
    "Lena Voss",
    ["chair of the inquiry"],
    [],
    "Lena Voss, who has chaired the inquiry since 2020, gave evidence on Thursday.",
    "The report is due in June.",
)
built.person_role(
    PAST,
    "Arvid Moe",
    ["chief executive of Aldren"],
    [],
    "Arvid Moe, chief executive of Aldren since last year, bought a stake in the club.",
    "The club is in the second division.",
)
built.person_role(
    PAST,
    "Tove Lie",
    ["coach of Vale Rovers"],
    [],
    "Tove Lie, who took over as coach of Vale Rovers in May, named her squad.",
    "Rovers play on Saturday.",
)
built.person_role(
    PAST,
    "Hans Ek",
    ["mayor"],
    [],
    "Hans Ek, who was elected mayor in May, opened the new library.",
    "It cost 12 million crowns.",
)
built.person_role(
    PAST,
    "Ada Sten",
    ["head of the airport"],
    [],
    "Ada Sten, who runs the airport, said the new terminal was too small.",
    "It opened in April.",
)
built.person_role(
    PAST,
    "Rune Fossum",
    ["editor of the Evening Star"],
    [],
    "Rune Fossum, the editor of the Evening Star, wrote the foreword.",
    "The book is out next week.",
)
built.person_role(
    PAST,
    "Siri Lund",
    ["finance minister"],
    [],
    "Siri Lund, who serves as finance minister, criticised the budget.",
    "She has held the post since 2022.",
)
built.person_role(
    PAST,
    "Eirik Brun",
    ["chief executive"],
    [],
    "Eirik Brun, who was named chief executive in May, set out his plan.",
    "Shares rose 4 percent.",
)

# --- future: a post to come or hoped for ------------------------------------------------------
built.person_role(
    FUTURE,
    "Ella Voss",
    ["chair of the council"],
    ["mayor"],
    "Ella Voss, who chairs the council, is expected to become mayor in the autumn.",
    "The vote is in September.",
)
built.person_role(
    FUTURE,
    "Tariq Aziz",
    ["Labour group leader"],
    ["party leader"],
    "Tariq Aziz, who leads the Labour group, is tipped to lead the party.",
    "The contest opens in June.",
)
built.person_role(
    FUTURE,
    "Hugo Berg",
    [],
    ["head of the agency"],
    "Hugo Berg, who hopes to head the agency, met the minister on Monday.",
    "The post has been empty since March.",
)
built.person_role(
    FUTURE,
    "Lina Park",
    [],
    ["chair of the summit"],
    "Lina Park will chair the summit when it opens in Oslo next year.",
    "Forty countries are invited.",
)
built.person_role(
    FUTURE,
    "Per Dahl",
    [],
    ["mayor"],
    "Per Dahl, the favourite to become mayor, spoke at the rally.",
    "Polls open at eight.",
)
built.person_role(
    FUTURE,
    "Kim Lee",
    [],
    ["chief executive"],
    "Kim Lee, who is set to be named chief executive next month, toured the plant.",
    "The plant employs 900 people.",
)
built.person_role(
    FUTURE,
    "Aya Mori",
    [],
    ["governor"],
    "Aya Mori, who is running for governor, opened an office in the port.",
    "The election is in November.",
)
built.person_role(
    FUTURE,
    "Ben Ott",
    [],
    ["head of the club"],
    "Ben Ott, who wants to run the club, made an offer for it.",
    "The club's owner declined.",
)
built.person_role(
    FUTURE,
    "Rui Sa",
    [],
    ["coach"],
    "Rui Sa, who will take over as coach next season, watched from the stands.",
    "The side lost 2-0.",
)
built.person_role(
    FUTURE,
    "Mae Ito",
    [],
    ["chair"],
    "Mae Ito, who is poised to succeed Dan Roe as chair, met investors.",
    "Roe retires in June.",
)
built.person_role(
    FUTURE,
    "Ivo Reis",
    [],
    ["president"],
    "Ivo Reis, the incoming president, named his cabinet.",
    "He takes office on Monday.",
)
built.person_role(
    FUTURE,
    "Noor Khan",
    [],
    ["governor"],
    "Noor Khan, who is in line to become the next governor, visited the flood zone.",
    "Two towns are under water.",
)
built.person_role(
    FUTURE,
    "Sven Aas",
    ["head of the agency"],
    [],
    "Sven Aas, who heads the agency, met the minister on Monday.",
    "The agency has 300 staff.",
)
built.person_role(
    FUTURE,
    "Lise Park",
    ["chair of the summit"],
    [],
    "Lise Park, who chairs the summit, opened it in Oslo.",
    "Forty countries came.",
)
built.person_role(
    FUTURE,
    "Pål Dahl",
    ["mayor"],
    [],
    "Pål Dahl, who became mayor in May, spoke at the rally.",
    "He won 54 percent.",
)
built.person_role(
    FUTURE,
    "Hana Lee",
    ["chief executive"],
    [],
    "Hana Lee, who was named chief executive last month, toured the plant.",
    "The plant employs 900 people.",
)
built.person_role(
    FUTURE,
    "Ari Mori",
    ["governor"],
    [],
    "Ari Mori, who serves as governor, opened an office in the port.",
    "The election is in November.",
)
built.person_role(
    FUTURE,
    "Rita Sa",
    ["coach"],
    [],
    "Rita Sa, who took over as coach this season, watched from the stands.",
    "The side lost 2-0.",
)
built.person_role(
    FUTURE,
    "May Ito",
    ["chair"],
    [],
    "May Ito, who succeeds Dan Roe as chair, met investors.",
    "Roe retired in June.",
)
built.person_role(
    FUTURE,
    "Noel Khan",
    ["governor"],
    [],
    "Noel Khan, who is the governor, visited the flood zone, where he hopes to build a dam.",
    "Two towns are under water.",
)

# --- rank: a rank above or below, and its absence ---------------------------------------------
built.person_role(
    RANK,
    "Jana Horak",
    ["deputy chair of the bank board"],
    ["chair of the bank board"],
    "Jana Horak, who is deputy chair of the bank board, voted against the cut.",
    "The cut passed 6-3.",
)
built.person_role(
    RANK,
    "Eric Lund",
    ["vice president of the senate"],
    ["president of the senate"],
    "Eric Lund, vice president of the senate, opened the session.",
    "The president was abroad.",
)
built.person_role(
    RANK,
    "Maya Roth",
    ["assistant coach"],
    ["coach"],
    "Maya Roth, who serves as assistant coach at Fenwick City, took the press conference.",
    "City won 3-1.",
)
built.person_role(
    RANK,
    "Igor Sala",
    ["co-chair of the task force"],
    ["chair of the task force"],
    "Igor Sala, who co-chairs the task force, presented its report.",
    "The report runs to 200 pages.",
)
built.person_role(
    RANK,
    "Alba Ruiz",
    ["chair of the committee"],
    ["deputy chair of the committee", "vice chair of the committee"],
    "Alba Ruiz, who chairs the committee, presented its report.",
    "The report runs to 200 pages.",
)
built.person_role(
    RANK,
    "Tom Gale",
    ["deputy mayor"],
    ["mayor"],
    "Tom Gale, who serves as deputy mayor, cut the ribbon.",
    "The bridge cost 30 million.",
)
built.person_role(
    RANK,
    "Liv Aas",
    ["associate editor of the Gazette"],
    ["editor of the Gazette"],
    "Liv Aas, who is associate editor of the Gazette, chaired the panel.",
    "The panel drew 200 people.",
)
built.person_role(
    RANK,
    "Hal Dunn",
    ["chief of staff"],
    ["governor"],
    "Hal Dunn, who serves as chief of staff to the governor, briefed reporters.",
    "The governor was in the capital.",
)
built.person_role(
    RANK,
    "Omar Said",
    ["under-secretary for trade"],
    ["secretary for trade"],
    "Omar Said, who is under-secretary for trade, led the delegation.",
    "Talks resume in May.",
)
built.person_role(
    RANK,
    "Kit Moss",
    ["head of the agency"],
    ["deputy head of the agency"],
    "Kit Moss, who heads the agency, answered questions.",
    "The agency was set up in 2004.",
)
built.person_role(
    RANK,
    "Eli Stone",
    ["deputy director"],
    ["director of the lab"],
    "Eli Stone, who runs the lab as its deputy director, showed visitors round.",
    "The lab opened in 2011.",
)
built.person_role(
    RANK,
    "Anja Berg",
    ["director of the lab"],
    ["deputy director"],
    "Anja Berg, who directs the lab, showed visitors round.",
    "The lab opened in 2011.",
)

# --- relative: the post of a relative or employer ---------------------------------------------
built.person_role(
    RELATIVE,
    "Lena Frei",
    [],
    ["chair of the Frei Group"],
    "Lena Frei, whose father chairs the Frei Group, opened the gallery.",
    "The gallery shows local painters.",
)
built.person_role(
    RELATIVE,
    "Tom Ash",
    [],
    ["head of the port"],
    "Tom Ash, who works for the man who runs the port, was arrested on Monday.",
    "Police gave no details.",
)
built.person_role(
    RELATIVE,
    "Nia Bell",
    [],
    ["head of the tax office"],
    "Nia Bell, whose husband heads the tax office, won the contract.",
    "The deal is worth 2 million.",
)
built.person_role(
    RELATIVE,
    "Sam Kerr",
    [],
    ["president of Avland"],
    "Sam Kerr, the son of the president of Avland, was detained in Lisbon.",
    "He was released on bail.",
)
built.person_role(
    RELATIVE,
    "Ada Ross",
    [],
    ["chair of Orbit Bank"],
    "Ada Ross, who married the man who chairs Orbit Bank, gave the lecture.",
    "It was sold out.",
)
built.person_role(
    RELATIVE,
    "Ivo Kral",
    [],
    ["head of the agency"],
    "Ivo Kral, an adviser to the woman who runs the agency, resigned.",
    "His letter was not published.",
)
built.person_role(
    RELATIVE,
    "Eva Lind",
    [],
    ["owner of the Harbour Hotel"],
    "Eva Lind, whose company owns the Harbour Hotel, bid for the pier.",
    "The council will decide in July.",
)
built.person_role(
    RELATIVE,
    "Dev Shah",
    [],
    ["chair of the committee"],
    "Dev Shah, a clerk to the senator who chairs the committee, drafted the bill.",
    "It passed on Tuesday.",
)
built.person_role(
    RELATIVE,
    "Cara Holt",
    [],
    ["governor"],
    "Cara Holt, a cousin of the governor, runs a bakery in the port.",
    "The bakery opened in 2019.",
)
built.person_role(
    RELATIVE,
    "Rosa Lim",
    [],
    ["founder of Tessell"],
    "Rosa Lim, the wife of the man who founded Tessell, sat on the jury.",
    "The jury chose a film from Chile.",
)
built.person_role(
    RELATIVE,
    "Lars Frei",
    ["chair of the Frei Group"],
    ["founder of the Frei Group"],
    "Lars Frei, who chairs the Frei Group, which his father founded, opened the gallery.",
    "The gallery shows local painters.",
)
built.person_role(
    RELATIVE,
    "Tim Ash",
    ["head of the port"],
    [],
    "Tim Ash, who runs the port for its owners, was questioned on Monday.",
    "Police gave no details.",
)
built.person_role(
    RELATIVE,
    "Noa Bell",
    ["head of the tax office"],
    [],
    "Noa Bell, who heads the tax office, signed the contract.",
    "The deal is worth 2 million.",
)
built.person_role(
    RELATIVE,
    "Sid Kerr",
    ["president of Avland"],
    [],
    "Sid Kerr, the president of Avland, was greeted in Lisbon.",
    "He stays for two days.",
)
built.person_role(
    RELATIVE,
    "Ida Ross",
    ["chair of Orbit Bank"],
    [],
    "Ida Ross, who chairs Orbit Bank, gave the lecture.",
    "It was sold out.",
)
built.person_role(
    RELATIVE,
    "Ivan Kral",
    ["head of the agency"],
    ["founder of the agency"],
    "Ivan Kral, who heads the agency his mother founded, resigned.",
    "His letter was not published.",
)
built.person_role(
    RELATIVE,
    "Emma Lind",
    ["owner of the Harbour Hotel"],
    [],
    "Emma Lind, who owns the Harbour Hotel, bid for the pier.",
    "The council will decide in July.",
)
built.person_role(
    RELATIVE,
    "Dina Shah",
    ["chair of the committee"],
    [],
    "Dina Shah, the senator who chairs the committee, drafted the bill.",
    "It passed on Tuesday.",
)
built.person_role(
    RELATIVE,
    "Carl Holt",
    ["governor"],
    [],
    "Carl Holt, who serves as governor, visited a bakery in the port.",
    "The bakery opened in 2019.",
)
built.person_role(
    RELATIVE,
    "Rex Lim",
    ["founder of Tessell"],
    [],
    "Rex Lim, who founded Tessell, sat on the jury.",
    "The jury chose a film from Chile.",
)

# --- object: a post verb whose object is not a body the person holds --------------------------
built.person_role(
    OBJECT,
    "Pia Lund",
    [],
    ["head of the city council"],
    "Pia Lund, who runs a blog about the city council, broke the story.",
    "The council has not commented.",
)
built.person_role(
    OBJECT,
    "Ola Berg",
    [],
    ["head"],
    "Ola Berg, who heads home to Tromso on Friday, signed the deal.",
    "It runs for three years.",
)
built.person_role(
    OBJECT,
    "Jon Ek",
    [],
    ["commander of the party"],
    "Jon Ek, who commands respect across the party, backed the motion.",
    "It passed easily.",
)
built.person_role(
    OBJECT,
    "Dan Fox",
    [],
    ["head of the Central Market", "runs the Central Market"],
    "Dan Fox, who runs a stall at the Central Market, joined the protest.",
    "Rents rose 20 percent.",
)
built.person_role(
    OBJECT,
    "Uma Rai",
    [],
    ["head of the party"],
    "Uma Rai, who heads a committee of the party, called for a vote.",
    "The vote is in June.",
)
built.person_role(
    OBJECT,
    "Ken Oda",
    [],
    ["Green Party leader"],
    "Ken Oda, who leads the youth wing of the Green Party, was arrested at the march.",
    "He was freed later.",
)
built.person_role(
    OBJECT,
    "Lea Kim",
    [],
    ["owner of Fenn Bank"],
    "Lea Kim, who owns shares in Fenn Bank, sued its board.",
    "The case opens in May.",
)
built.person_role(
    OBJECT,
    "Bo Sand",
    [],
    ["director of the school"],
    "Bo Sand, who directs traffic outside the school, was hit by a car.",
    "He is recovering.",
)
built.person_role(
    OBJECT,
    "Mia Tan",
    [],
    ["head of the family"],
    "Mia Tan, who runs the family's errands, found the letter.",
    "It was dated 1944.",
)
built.person_role(
    OBJECT,
    "Gus Ray",
    [],
    ["spokesman for the town"],
    "Gus Ray, who speaks for many in the town, opposed the mine.",
    "The mine would employ 300.",
)
built.person_role(
    OBJECT,
    "Ali Noor",
    [],
    ["chair of the Senate"],
    "Ali Noor, who chairs a panel of the Senate, opened the hearing.",
    "It lasted four hours.",
)
built.person_role(
    OBJECT,
    "Ruth Gale",
    [],
    ["manager of the hotel"],
    "Ruth Gale, who manages the hotel's bookings, found the error.",
    "Guests were refunded.",
)
built.person_role(
    OBJECT,
    "Pia Lunde",
    ["head of the city council"],
    [],
    "Pia Lunde, who heads the city council, broke the story.",
    "The council has not commented.",
)
built.person_role(
    OBJECT,
    "Jon Eke",
    ["commander of the army"],
    [],
    "Jon Eke, who commands the army, backed the motion.",
    "It passed easily.",
)
built.person_role(
    OBJECT,
    "Dan Foxe",
    ["head of the Central Market", "runs the Central Market"],
    [],
    "Dan Foxe, who runs the Central Market, joined the protest.",
    "Rents rose 20 percent.",
)
built.person_role(
    OBJECT,
    "Uma Rais",
    ["head of the party committee"],
    [],
    "Uma Rais, who heads the party committee, called for a vote.",
    "The vote is in June.",
)
built.person_role(
    OBJECT,
    "Ken Odai",
    ["Green Party leader"],
    [],
    "Ken Odai, who leads the Green Party, was arrested at the march.",
    "He was freed later.",
)
built.person_role(
    OBJECT,
    "Lea Kimm",
    ["owner of Fenn Bank"],
    [],
    "Lea Kimm, who owns Fenn Bank, sued its rival.",
    "The case opens in May.",
)
built.person_role(
    OBJECT,
    "Bo Sande",
    ["director of the school"],
    [],
    "Bo Sande, who directs the school, was hit by a car.",
    "He is recovering.",
)
built.person_role(
    OBJECT,
    "Gus Raye",
    ["spokesman for the town"],
    [],
    "Gus Raye, who speaks for the town, opposed the mine.",
    "The mine would employ 300.",
)
built.person_role(
    OBJECT,
    "Ali Noori",
    ["chair of the Senate panel"],
    [],
    "Ali Noori, who chairs the Senate panel, opened the hearing.",
    "It lasted four hours.",
)
built.person_role(
    OBJECT,
    "Ruth Gales",
    ["manager of the hotel"],
    [],
    "Ruth Gales, who manages the hotel, found the error.",
    "Guests were refunded.",
)
built.person_role(
    OBJECT,
    "Sten Ray",
    ["editor of the school newsletter"],
    [],
    "Sten Ray, who edits the school newsletter, broke the story.",
    "The school has 600 pupils.",
)


for case in built.cases:  # the confirm-only mode on for the role, in every case
    case["confirm"] = ["role"]


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
