# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 52's clause role ties (``grounding_cr52a.jsonl``, tie writer
cr52a; :mod:`summarizer.verification.people.role_clauses`), every case with the confirm-only
mode on for the role (``"confirm": ["role"]``): a role no reading ties is unconfirmed, so a
must-pass case asks that a reading CONFIRMS the person's role written in their own sentence,
and a must-fail case that another role in the same shape is not confirmed (or is refused):

- ``verb``: the post given by the person's own verb ("X, who chairs the commission", "who
  heads/leads/runs/directs/manages Y", "who co-founded Y"), the value a title ("chair",
  "head of Y", "Y leader") or the verb phrase itself ("chairs the commission"); against the
  verb of another person of the sentence, a past ("who ran Y until 2019", "who headed"),
  another body named nearby, a rank above or below ("deputy head");
- ``copula``: a copula or naming verb ("who serves as Y's minister", "X became the country's
  first woman prime minister", "X was named chief executive", "who has been Y's chief
  executive since 2019", "succeeds Z as chair", "who runs Y as managing partner", "acted as
  his lawyer"); against a past ("was", "had been", "until"), an acting or incoming post, the
  post of the person after "succeeds", another's clause after "and";
- ``apposed``: an apposition holding more than the title ("X, 44, a construction worker", "X,
  a close friend who acted as his lawyer", "X, president of the media brokerage Y", "X, the
  country's longest-serving finance minister"); against a relation ("the brother of the
  president", "the president's adviser"), a past ("once France's finance minister"), a modifier
  that makes another post ("managing director" for "director"), a list's next name;
- ``long``: long values and verb phrases ("runs the El Teniente division", "deputy national
  statistician for health, population and methods", "chairman of A and of B"); against another
  division, one body of the two, another remit.

Run ``python tests/data/make_cr52a_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up people and bodies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cr52a.jsonl")

built = SupportCases(
    "cr52a",
    leads=[
        "By Tomas Lindqvist | The Fjord Courier",
        "HALDEN (Northline Wire) -",
        "Business | The Lowland Ledger",
        "From our correspondent, The Quay Post.",
        "LIVE | The Ridge Bulletin",
    ],
)
VERB, COPULA, APPOSED, LONG = "verb", "copula", "apposed", "long"


# --- verb: the post given by the person's own verb -------------------------------------------
built.person_role(
    VERB,
    "Ilse Marquardt",
    ["chair of the tariff commission", "chairs the tariff commission"],
    ["deputy chair of the tariff commission"],
    "Ilse Marquardt, who chairs the tariff commission, read out the new duties on Tuesday.",
    "Importers had expected a smaller rise.",
)
built.person_role(
    VERB,
    "Oskar Brandt",
    ["head of the port authority"],
    ["head of the rail authority"],
    "Oskar Brandt, who heads the port authority, said the rail authority had been slow to act.",
    "The two bodies share a building.",
)
built.person_role(
    VERB,
    "Mirela Toma",
    ["Liberal Union leader"],
    ["Green Party leader"],
    "Mirela Toma, who leads the Liberal Union, met Anton Vasile, who leads the Green Party, on Friday.",
    "They agreed to talk again next week.",
)
built.person_role(
    VERB,
    "Anton Vasile",
    [],
    ["Liberal Union leader"],
    "Anton Vasile met Mirela Toma, who leads the Liberal Union, on Friday.",
    "They agreed to talk again next week.",
)
built.person_role(
    VERB,
    "Reinhard Kolb",
    ["co-founder"],
    ["founder"],
    "Reinhard Kolb, who co-founded the software maker Tessell in 1998, will fund the new museum wing.",
    "The museum did not give a figure.",
)
built.person_role(
    VERB,
    "Giulia Ferraro",
    [],
    ["head of the Alpine Water Board"],
    "Giulia Ferraro, who headed the Alpine Water Board until 2019, now advises the regional government.",
    "She declined to comment on the drought.",
)
built.person_role(
    VERB,
    "Piet Wouters",
    [],
    ["head of the dock workers' union"],
    "Piet Wouters, who ran the dock workers' union for a decade, joined the picket on Monday.",
    "The strike is in its third week.",
)
built.person_role(
    VERB,
    "Hana Kovac",
    ["manager"],
    ["director"],
    "Hana Kovac, who manages the Riverside Hotel, said bookings fell by a fifth.",
    "The hotel has 140 rooms.",
)
built.person_role(
    VERB,
    "Lukas Berger",
    ["director of the Nordic Film Institute"],
    ["director of the Baltic Film Institute"],
    "Lukas Berger, who directs the Nordic Film Institute, called the Baltic Film Institute's cuts a warning.",
    "Both institutes depend on state money.",
)
built.person_role(
    VERB,
    "Dora Szabo",
    ["commander of the northern brigade"],
    ["commander of the southern brigade"],
    "Dora Szabo, who commands the northern brigade, said the southern brigade would move first.",
    "The exercise ends on Sunday.",
)
built.person_role(
    VERB,
    "Felix Amann",
    [],
    ["chairs the audit committee"],
    "Felix Amann praised Nadia Roth, who chairs the audit committee, for the report.",
    "The board meets again in March.",
)
built.person_role(
    VERB,
    "Nadia Roth",
    ["chairs the audit committee", "chairwoman of the audit committee"],
    ["vice chair of the audit committee"],
    "Felix Amann praised Nadia Roth, who chairs the audit committee, for the report.",
    "The board meets again in March.",
)

built.person_role(
    VERB,
    "Tomas Reyes",
    ["spokesman", "speaks for the government at the table"],
    ["speaks for the rebels at the table"],
    "Tomas Reyes, who speaks for the government at the table, backed the truce; the rebels' envoy said nothing.",
    "The talks resume on Monday.",
)
built.person_role(
    VERB,
    "Ruth Amsel",
    ["co-chair of the junior doctors committee"],
    ["chair of the junior doctors committee"],
    "Dr Ben Ortiz and Dr Ruth Amsel, who co-chair the junior doctors committee, said the strike would go ahead.",
    "Ministers offered 4%.",
)

built.person_role(
    VERB,
    "Nora Lund",
    [],
    ["head"],
    "Nora Lund heads to Brussels on Monday for the fisheries talks.",
    "She is expected back on Thursday.",
)
built.person_role(
    VERB,
    "Erik Sand",
    ["head of a panel"],
    ["head of Acme Chemicals"],
    "Erik Sand, who heads a panel investigating Acme Chemicals, asked for the files.",
    "Acme said it would cooperate.",
)
built.person_role(
    COPULA,
    "Ada Korhonen",
    [],
    ["chair"],
    "Ada Korhonen, who is seeking to succeed Pekka Lahti as chair, spoke to members on Friday.",
    "The vote is in June.",
)

# --- copula: a copula or naming verb -----------------------------------------------------------
built.person_role(
    COPULA,
    "Yusuf Demir",
    ["minister of state for foreign affairs"],
    ["foreign minister"],
    "In the view of Yusuf Demir, who serves as Carmonia's minister of state for foreign affairs, the text is a first step.",
    "The talks resume next month.",
)
built.person_role(
    COPULA,
    "Aiko Tanabe",
    ["prime minister"],
    ["deputy prime minister"],
    "Aiko Tanabe became the country's first woman prime minister on Tuesday.",
    "Her cabinet is to be named on Thursday.",
)
built.person_role(
    COPULA,
    "Roland Meier",
    ["chief executive"],
    ["chief financial officer"],
    "Roland Meier was named chief executive of the lender on Monday, a year after joining as chief financial officer.",
    "His pay was not disclosed.",
)
built.person_role(
    COPULA,
    "Sabine Krug",
    ["chief executive"],
    ["chairwoman"],
    "Sabine Krug, who has been Velda Foods' chief executive since 2019, will report to the new chairwoman.",
    "The company makes frozen meals.",
)
built.person_role(
    COPULA,
    "Marta Olsen",
    ["chair"],
    [],
    "Marta Olsen succeeds Henrik Dahl as chair of the fisheries council next month.",
    "Dahl is retiring after nine years.",
)
built.person_role(
    COPULA,
    "Henrik Dahl",
    [],
    ["chair"],
    "Marta Olsen succeeds Henrik Dahl as chair of the fisheries council next month.",
    "The council sets quotas for the coast.",
)
built.person_role(
    COPULA,
    "Paolo Greco",
    ["managing partner"],
    ["chief executive"],
    "Paolo Greco, who founded Orsa Capital and runs it as managing partner, called the deal a new start.",
    "Orsa's chief executive did not attend.",
)
built.person_role(
    COPULA,
    "Ramon Quiroga",
    ["lawyer"],
    [],
    "The news was confirmed by Ramon Quiroga, a close friend who acted as his lawyer.",
    "The family asked for privacy.",
)
built.person_role(
    COPULA,
    "Lena Hartmann",
    [],
    ["finance minister"],
    "Lena Hartmann, who was finance minister until the spring, criticised the budget.",
    "The vote is on Friday.",
)
built.person_role(
    COPULA,
    "Tobias Renz",
    [],
    ["prime minister"],
    "Tobias Renz, who is acting as prime minister while the premier recovers, chaired the cabinet.",
    "The premier had surgery last week.",
)
built.person_role(
    COPULA,
    "Viktor Halme",
    ["chairman"],
    ["chief executive"],
    "Viktor Halme, who chairs Norrvik Paper and will step aside, and Ella Strand, who is its chief executive, signed the letter.",
    "The mill employs 900 people.",
)
built.person_role(
    COPULA,
    "Greta Lind",
    [],
    ["president"],
    "Greta Lind, who is the president's adviser on housing, spoke first.",
    "The plan goes to parliament in May.",
)

built.person_role(
    COPULA,
    "Jana Novak",
    ["speaker of parliament"],
    ["deputy speaker of parliament"],
    "Jana Novak was elected speaker of parliament on Wednesday with 102 votes; her rival became deputy speaker.",
    "The session lasted six hours.",
)
built.person_role(
    COPULA,
    "Tariq Aziz Malik",
    ["chief information security officer"],
    ["chief technology officer"],
    "Suppliers are the weak point, said Tariq Aziz Malik, who is Corvex's chief information security officer.",
    "Corvex's chief technology officer was not at the briefing.",
)
built.person_role(
    COPULA,
    "Freya Moss",
    ["interim chief executive"],
    ["chief executive"],
    "Freya Moss takes over as interim chief executive on Monday while the board searches for a permanent chief executive.",
    "Shares rose 3%.",
)

built.person_role(
    COPULA,
    "Marc Dubois",
    ["special adviser to the board"],
    ["economy minister"],
    "Marc Dubois, once the country's economy minister, was recently named special adviser to the board.",
    "The appointment runs for two years.",
)
built.person_role(
    COPULA,
    "Irene Falk",
    [],
    ["special adviser to the board"],
    "Irene Falk, the chief executive, said Marc Dubois was named special adviser to the board.",
    "The appointment runs for two years.",
)

built.person_role(
    COPULA,
    "Hilde Brun",
    ["Bishop of Tromso"],
    ["Archbishop of Nidaros"],
    "Hilde Brun, the Bishop of Tromso, is to become the next Archbishop of Nidaros, the church said on Friday.",
    "She will be enthroned in March.",
)

# --- apposed: an apposition holding more than the title -----------------------------------------
built.person_role(
    APPOSED,
    "Emre Kaya",
    ["construction worker"],
    ["police officer"],
    "Emre Kaya, 44, a construction worker, was pulled from the rubble alive; a police officer nearby filmed it.",
    "Rescuers are still searching.",
)
built.person_role(
    APPOSED,
    "Mona Albers",
    ["president of the media brokerage Albers & Kell", "president"],
    ["vice president"],
    "Mona Albers, president of the media brokerage Albers & Kell, called the quarter grim.",
    "Her vice president declined to comment.",
)
built.person_role(
    APPOSED,
    "Karl Westin",
    ["finance minister"],
    ["prime minister"],
    "Karl Westin, the country's longest-serving finance minister, said the prime minister had the final word.",
    "The budget is due in October.",
)
built.person_role(
    APPOSED,
    "Ines Vidal",
    [],
    ["president"],
    "Ines Vidal, the brother of the president, was detained at the border.",
    "The president's office said nothing.",
)
built.person_role(
    APPOSED,
    "Jonas Feld",
    [],
    ["finance minister"],
    "Jonas Feld, once Vallonia's finance minister, now teaches economics.",
    "He left office in 2016.",
)
built.person_role(
    APPOSED,
    "Paula Sand",
    ["managing director"],
    ["director"],
    "Paula Sand, managing director of the Tallow Water Company, said pipes would be replaced.",
    "Work starts in June.",
)
built.person_role(
    APPOSED,
    "Olaf Brink",
    ["veterinary nurse"],
    ["nurse practitioner"],
    "Those freed are Olaf Brink, 31, a veterinary nurse; Eva Lunde, 28, a nurse practitioner; and Sam Holt, 40.",
    "All three were taken to hospital.",
)
built.person_role(
    APPOSED,
    "Eva Lunde",
    ["nurse practitioner"],
    ["veterinary nurse"],
    "Those freed are Olaf Brink, 31, a veterinary nurse; Eva Lunde, 28, a nurse practitioner; and Sam Holt, 40.",
    "All three were taken to hospital.",
)
built.person_role(
    APPOSED,
    "Rosa Pinto",
    ["university lecturer"],
    ["rabbi"],
    "Rosa Pinto, 45, a university lecturer who was in the building, said the rabbi kept on with the service.",
    "Police cleared the street.",
)
built.person_role(
    APPOSED,
    "Dario Neri",
    [],
    ["chief economist"],
    "Dario Neri, an economist at Banca Sole, disagreed with the chief economist of the central bank.",
    "Markets barely moved.",
)
built.person_role(
    APPOSED,
    "Hugo Laine",
    [],
    ["mayor"],
    "After meeting Hugo Laine, the mayor said the bridge would reopen.",
    "The bridge closed in January.",
)

built.person_role(
    APPOSED,
    "Lars Ekberg",
    ["Nordhavn Shipping co-founder"],
    ["Nordhavn Shipping chief executive"],
    "Lars Ekberg, 69, the Nordhavn Shipping co-founder, gave the money; the company's chief executive, Ulla Berg, spoke first.",
    "The gift is the largest in the city's history.",
)
built.person_role(
    APPOSED,
    "Sven Aho",
    ["heir to a timber fortune", "timber heir"],
    ["timber executive"],
    "Sven Aho, heir to a timber fortune, died in June at 92.",
    "He left most of it to the museum.",
)

# --- long: long values and verb phrases ----------------------------------------------------------
built.person_role(
    LONG,
    "Andres Rocha",
    ["runs the El Pinar division", "head of the El Pinar division"],
    ["runs the Los Robles division"],
    "Andres Rocha, who runs the El Pinar division, rejected that reading; the Los Robles division did not reply.",
    "Both mines were shut for a week.",
)
built.person_role(
    LONG,
    "Clara Weiss",
    ["deputy national statistician for health, population and methods"],
    ["national statistician"],
    "Clara Weiss, deputy national statistician for health, population and methods, said the figures were sound.",
    "The office publishes them monthly.",
)
built.person_role(
    LONG,
    "Omar Haddad",
    ["chairman of Sahel Ports and of the Oasis Tourism Board", "chairman of Sahel Ports"],
    ["chairman of Gulf Freight"],
    "Omar Haddad, chairman of Sahel Ports and of the Oasis Tourism Board, signed for the emirate; Gulf Freight sent a letter.",
    "The project costs $2bn.",
)
built.person_role(
    LONG,
    "Maya Stein",
    ["manages the agency's Commercial Launch Programme"],
    ["manages the agency's Crew Programme"],
    "Medical checks come next, said Maya Stein, who manages the agency's Commercial Launch Programme.",
    "The crew returned on Sunday.",
)
built.person_role(
    LONG,
    "Ivo Marek",
    ["directs the charity's Sahel programme"],
    ["directs the charity's Yemen programme"],
    "For Ivo Marek, who directs the charity's Sahel programme, the shortage is about more than water.",
    "The charity's Yemen work is paused.",
)
built.person_role(
    LONG,
    "Selma Aydin",
    ["leads the centrist New Path party", "New Path leader"],
    ["leads the Social Front"],
    "Selma Aydin, who leads the centrist New Path party, disagreed with the Social Front.",
    "Talks on a coalition go on.",
)
built.person_role(
    LONG,
    "Bruno Falk",
    ["chairs the board of Ostbank"],
    ["chairs the board of Westbank"],
    "Also named are Nils Ek, chief executive of Westbank, and Bruno Falk, who chairs the board of Ostbank.",
    "Both banks deny wrongdoing.",
)
built.person_role(
    LONG,
    "Nils Ek",
    ["chief executive of Westbank"],
    ["chairs the board of Ostbank"],
    "Also named are Nils Ek, chief executive of Westbank, and Bruno Falk, who chairs the board of Ostbank.",
    "Both banks deny wrongdoing.",
)
built.person_role(
    LONG,
    "Tilde Ramsey",
    ["runs fashion, home and beauty at the chain as managing director", "managing director"],
    ["runs food at the chain"],
    "Online shopping returns this week, wrote Tilde Ramsey, who runs fashion, home and beauty at the chain as managing director.",
    "The chain's food halls stayed open throughout.",
)
built.person_role(
    LONG,
    "Arne Vik",
    [],
    ["runs the Nordhavn terminal"],
    "Arne Vik, who ran the Nordhavn terminal until 2021, said the new cranes were overdue.",
    "The port declined to comment.",
)
built.person_role(
    LONG,
    "Petra Holm",
    [],
    ["minister of trade, industry and fisheries"],
    "Petra Holm, a former minister of trade, industry and fisheries, backed the deal.",
    "The deal was signed in Oslo.",
)


for case in built.cases:  # the confirm-only mode on for the role, in every case
    case["confirm"] = ["role"]


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
