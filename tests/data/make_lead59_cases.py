# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the lead's set of session 59 (``grounding_lead59.jsonl``): the edge of af59's titled
bodies (:mod:`summarizer.verification.people.titled_bodies`) that the merged run found on an
unseen check, "Chance Saltzman, the Chief of Space Operations" read as a post of a body
"Space Operations", so the body the page gives him elsewhere was refused:

- ``portfolio``: a capitalised office whose "of" words are its portfolio ("the Chief of Naval
  Operations", "Secretary of Public Health", "the Director of Emergency Communications"),
  written once, beside the person's own body named elsewhere on the page: that body passes;
  a body the page names for something else (a contractor, a rival, a regulator) is refused;
- ``kept``: the titled body still read where it is one: a lower-case or acronym title ("chief
  executive of Kestrel Health", "CEO of Bracken Law"), a capitalised title before a body's
  name that is no field ("Chief Executive of Halden Mills"), a field-ending body the page names
  again ("Managing Director of Corran Health ... Corran Health said"): that body passes and
  another body named apart is refused.

Run ``python tests/data/make_lead59_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names (the agencies are real kinds of office, not
real holders); each verdict is what a careful fact-checker reads in the text, decided when the
case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_lead59.jsonl")

built = SupportCases(
    "lead59",
    leads=[
        "By Tomasz Wrenfield | The Harrowgate Ledger",
        "PORT ELLIS (Coastline Wire) -",
        "Defence | The Medlar Gazette",
        "From our capital bureau, The Northmere Standard.",
        "UPDATED 09:40 | Eastcombe Evening News",
    ],
)
PORTFOLIO, KEPT = "portfolio", "kept"


# --- portfolio: a capitalised office's "of" words are its portfolio, not a body --------------
built.held_affiliation(
    PORTFOLIO,
    "Chief of Naval Operations",
    "Ines Varga",
    ["Coastal Defence Force"],
    ["Brightwater Shipyards"],
    "The Coastal Defence Force on Tuesday ordered four patrol vessels from Brightwater Shipyards in a deal worth $1.2 billion.",
    'Ines Varga, the Chief of Naval Operations, said the ships would "close the gap in the northern waters."',
)
built.held_affiliation(
    PORTFOLIO,
    "Secretary of Public Health",
    "Daniel Osei",
    ["Ministry of Welfare"],
    ["Calder Pharmaceuticals"],
    "The Ministry of Welfare said it would buy two million flu doses from Calder Pharmaceuticals before the winter.",
    "Daniel Osei, Secretary of Public Health, told reporters the order was the largest in a decade.",
)
built.held_affiliation(
    PORTFOLIO,
    "Director of Emergency Communications",
    "Priya Lomax",
    ["Fire Service"],
    ["Telvane Networks"],
    "The Fire Service will move its radio traffic to a new network run by Telvane Networks from March.",
    "Priya Lomax, the Director of Emergency Communications, said crews had tested the handsets for six months.",
)
built.held_affiliation(
    PORTFOLIO,
    "Chief of Space Operations",
    "Harlan Reese",
    ["Orbital Guard"],
    ["Vantor Launch Systems"],
    "The Orbital Guard handed contracts worth $4 billion to three launch firms, Vantor Launch Systems among them.",
    'Harlan Reese, the Chief of Space Operations, called the awards "a hedge against any one rocket failing."',
)
built.held_affiliation(
    PORTFOLIO,
    "Commissioner of Financial Markets",
    "Lotte Brandsma",
    ["Securities Board"],
    ["Helder Bank"],
    "The Securities Board fined Helder Bank 30 million euros for late trade reports.",
    "Lotte Brandsma, the Commissioner of Financial Markets, said the bank had ignored three warnings.",
)
built.held_affiliation(
    PORTFOLIO,
    "Minister of Digital Strategy",
    "Kwame Asante",
    ["Government of Velmar"],
    ["Skylark Data"],
    "The Government of Velmar signed a cloud contract with Skylark Data on Friday.",
    "Kwame Asante, Minister of Digital Strategy, said the data would stay inside the country.",
)
built.held_affiliation(
    PORTFOLIO,
    "Head of Clinical Research",
    "Sara Lindqvist",
    ["Northfield University Hospital"],
    ["Medrion Labs"],
    "Northfield University Hospital will run the trial with equipment lent by Medrion Labs.",
    "Sara Lindqvist, the Head of Clinical Research, said the first patients would be treated in May.",
)
built.held_affiliation(
    PORTFOLIO,
    "Chief of Air Operations",
    "Miguel Ortega",
    ["Air Rescue Command"],
    ["Corvane Aviation"],
    "Air Rescue Command leased three more helicopters from Corvane Aviation for the fire season.",
    "Miguel Ortega, the Chief of Air Operations, said the aircraft would be based in the south.",
)
built.held_affiliation(
    PORTFOLIO,
    "Deputy Secretary of Homeland Research",
    "Ruth Abernathy",
    ["Department of the Interior"],
    ["Quellon Analytics"],
    "The Department of the Interior has hired Quellon Analytics to map flood risk along the coast.",
    "Ruth Abernathy, Deputy Secretary of Homeland Research, said the maps would be public by autumn.",
)
built.held_affiliation(
    PORTFOLIO,
    "Director of Marine Science",
    "Owen Pritchard",
    ["Fisheries Agency"],
    ["Blue Fathom Trawlers"],
    "The Fisheries Agency cut the cod quota for Blue Fathom Trawlers and four other fleets by a fifth.",
    "Owen Pritchard, the Director of Marine Science, said the stock had fallen for three straight years.",
)

# --- kept: the titled body is still read where it is one ------------------------------------
built.held_affiliation(
    KEPT,
    "chief executive",
    "Alma Ferreira",
    ["Kestrel Health"],
    ["Tannery Row Clinics"],
    "Alma Ferreira, chief executive of Kestrel Health, said the merger talks had ended.",
    "Tannery Row Clinics, the smaller chain, said it would look for another buyer.",
)
built.held_affiliation(
    KEPT,
    "CEO",
    "Bram Jansen",
    ["Bracken Law"],
    ["Weller & Finch"],
    "Bram Jansen, CEO of Bracken Law, said the firm would open an office in Rotterdam.",
    "Rival firm Weller & Finch opened there last spring.",
)
built.held_affiliation(
    KEPT,
    "Chief Executive",
    "Nadia Petrov",
    ["Halden Mills"],
    ["Corbridge Textiles"],
    "Nadia Petrov, Chief Executive of Halden Mills, said the plant would stay open.",
    "Corbridge Textiles closed its own mill in the town last year.",
)
built.held_affiliation(
    KEPT,
    "Managing Director",
    "Felix Amadi",
    ["Corran Health"],
    ["Ardmore Care"],
    "Felix Amadi, Managing Director of Corran Health, said the homes would be sold by June.",
    "Corran Health said the sale would not affect residents. Ardmore Care is among the bidders.",
)
built.held_affiliation(
    KEPT,
    "President",
    "Leona Marsh",
    ["Westbrook Foods"],
    ["Pellow Dairies"],
    "Leona Marsh, President of Westbrook Foods, said prices would rise in the spring.",
    "Pellow Dairies, which supplies the company, asked for a higher price for its milk.",
)
built.held_affiliation(
    KEPT,
    "executive director",
    "Tomas Reyes",
    ["Harbour Research"],
    ["Lindell Partners"],
    "Tomas Reyes, executive director of Harbour Research, said demand had slowed.",
    "Lindell Partners, a consultancy, put the slowdown at two percent.",
)
built.held_affiliation(
    KEPT,
    "Chairman",
    "Gideon Sharpe",
    ["Marrow Street Holdings"],
    ["Pennant Capital"],
    "Gideon Sharpe, Chairman of Marrow Street Holdings, rejected the offer from Pennant Capital.",
    "The board said the bid undervalued the company.",
)
built.held_affiliation(
    KEPT,
    "Director",
    "Imogen Clay",
    ["Ferncliff Technology"],
    ["Oakhurst Systems"],
    "Imogen Clay, Director of Ferncliff Technology, said the chips would ship in the autumn. Ferncliff Technology makes sensors for cars.",
    "Oakhurst Systems, a customer, said it had been told of the delay.",
)
built.held_affiliation(
    KEPT,
    "head",
    "Ravi Menon",
    ["Stonegate Finance"],
    ["Pemberton Credit"],
    "Ravi Menon, head of Stonegate Finance, said the lender would cut its rates.",
    "Pemberton Credit said it would follow within a week.",
)
built.held_affiliation(
    KEPT,
    "Chief Operating Officer",
    "Celia Dunne",
    ["Lowther Energy"],
    ["Brisk Power"],
    "Celia Dunne, Chief Operating Officer of Lowther Energy, said the turbines were back online.",
    "Brisk Power, which buys the output, said it had lost two days of supply.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
