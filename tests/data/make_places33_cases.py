# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 33's event places (``grounding_places33.jsonl``): value-support
cases for an event's place against the other places its sentence names (outside checks 54 to
73), by category, each with what must pass and what must fail:

- ``other-roles``: an event's place is where its own verb happened ("arrested at the airport",
  "landed in Rotterdam", "troops deployed to Portland" for a deployment). Refused: where someone
  came from ("a 29-year-old man from Leeds", "troops from Ohio", "on his return from Doha"),
  was born or lives ("born in Lagos", "a Geneva-based"), a court's seat for an event that is no
  court's act ("a federal judge in Boston ruled that ..."), a destination for an event that is
  no arrival ("as he prepared to fly to Tunis", "were taken to Malta"), a stop on the way
  ("passing through Kassala", "after a stop in Doha, it landed in ..."), a reference point
  ("west of Denver");
- ``dateline-sites``: a dateline ("LEEDS, Sept 8 (Pennine Wire) -", "AUSTIN, Texas, Oct. 2
  (...) -") is the event's place only when nothing in the evidence puts the event elsewhere
  ("The meal was served at a farmhouse in Kirkby", "The site, in Pooler, ..."). Refused: the
  dateline city when a passive verb or the site's apposition places the event elsewhere.

Run ``python tests/data/make_places33_cases.py`` to rebuild it. The texts are written for this
set in new words, with invented people and outlets; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_places33.jsonl")

built = SupportCases("pl33")
ROLES, DATELINES = "other-roles", "dateline-sites"


def event_place(
    category: str, text: str, kind: str, description: str, passes: list[str], fails: list[str]
) -> None:
    """An event (``kind``, told as ``description``) backed by every sentence of ``text``: each
    place in ``passes`` is where it happened, each in ``fails`` is not."""
    evidence = [s.strip() for s in text.strip().split("\n") if s.strip()]
    built.each(
        category, text, passes, fails, "events[0].place",
        lambda where: {"events": [{
            "kind": kind, "description": description, "place": where, "evidence": evidence,
        }]},
        "event place",
    )  # fmt: skip


# --- other-roles -------------------------------------------------------------------------

event_place(
    ROLES,
    "Police said a 29-year-old man from Leeds had been charged after a knife attack on passengers aboard a train at Retford on Friday.\n",
    "attack",
    "knife attack on train passengers",
    ["Retford"],
    ["Leeds"],
)
event_place(
    ROLES,
    "A federal judge barred the deployment of National Guard troops in Oregon; 200 of the soldiers had come from Ohio.\n",
    "other",
    "judge barred the deployment of Guard troops in Oregon",
    ["Oregon"],
    ["Ohio"],
)
event_place(
    ROLES,
    "Customs officers arrested the former minister at Lisbon's airport on his return from Doha.\n",
    "other",
    "former minister arrested at the airport",
    ["Lisbon"],
    ["Doha"],
)
event_place(
    ROLES,
    "Okafor, who was born in Lagos, won the mayoral race in Baltimore with 54 percent of the vote.\n",
    "vote",
    "Okafor won the mayoral race",
    ["Baltimore"],
    ["Lagos"],
)
event_place(
    ROLES,
    "A federal judge in Boston ruled on Monday that the administration broke the law when it sent Marines to Portland in July.\n",
    "other",
    "Marines deployed to Portland",
    ["Portland"],
    ["Boston"],
)
event_place(
    ROLES,
    "The suspect was stopped at Orly airport on Sunday as he prepared to fly to Tunis.\n",
    "other",
    "arrest of the suspect at the airport",
    ["Orly airport"],
    ["Tunis"],
)
event_place(
    ROLES,
    "The freighter was attacked 40 nautical miles off Aden on Tuesday, and its crew was rescued and taken to Malta.\n",
    "attack",
    "attack on the freighter",
    ["Aden"],
    ["Malta"],
)
event_place(
    ROLES,
    "The trucks will set out from the border, pass through Kassala and end in the Wad Sharifey camp.\n",
    "other",
    "aid convoy reaching the camp",
    ["Wad Sharifey camp"],
    ["Kassala"],
)
event_place(
    ROLES,
    "After a long stop in Doha for refuelling, the jet carrying the former leader landed in The Hague on Thursday.\n",
    "other",
    "jet carrying the former leader lands",
    ["The Hague"],
    ["Doha"],
)
event_place(
    ROLES,
    "Agents raided a solar panel factory west of Denver on Wednesday.\nThe factory, in Aurora, employs 900 people.\n",
    "other",
    "agents raided the solar panel factory",
    ["Aurora"],
    ["Denver"],
)
event_place(
    ROLES,
    "The men were arrested in Calais on Monday; the oldest, a Geneva-based banker, denied wrongdoing.\n",
    "other",
    "three men arrested",
    ["Calais"],
    ["Geneva"],
)
event_place(
    ROLES,
    "The tanker, carrying diesel from the Russian port of Primorsk to Tunisia, was seized off the coast of Brittany.\n",
    "other",
    "tanker seized by French customs",
    ["Brittany"],
    ["Primorsk"],
)
event_place(
    ROLES,
    "The appeals court in Lyon raised his sentence on Friday; the Grenoble court had given him seven years in March.\n",
    "other",
    "appeal court raised his sentence",
    ["Lyon"],
    ["Grenoble"],
)
event_place(
    ROLES,
    "A woman deported to Lima on Tuesday was the first removed under the new pact, officials said. She left Madrid on a morning flight.\n",
    "other",
    "woman removed to Peru",
    ["Lima"],
    ["Madrid"],
)
event_place(
    ROLES,
    "Forty students were flown to Nairobi on Saturday aboard a chartered plane.\n",
    "other",
    "students flown to Kenya",
    ["Nairobi"],
    [],
)
event_place(
    ROLES,
    "Rebel fighters withdrew from Kidal overnight, local officials said.\n",
    "other",
    "rebel fighters withdrew from the town",
    ["Kidal"],
    [],
)
event_place(
    ROLES,
    "Some 40 aid trucks have gone through the Tine crossing from Chad into Darfur.\n",
    "other",
    "aid trucks crossed from Chad into Darfur",
    ["Tine crossing"],
    [],
)
event_place(
    ROLES,
    "Prosecutors in Rennes opened an investigation into the crew on Thursday.\n",
    "other",
    "prosecutors opened an investigation",
    ["Rennes"],
    [],
)
event_place(
    ROLES,
    "Good evening from the Bella Center, where the climate conference opens today.\n",
    "other",
    "climate conference opens",
    ["Bella Center"],
    [],
)
event_place(
    ROLES,
    "The missiles were fired from the area around Sinpo, the military said.\n",
    "other",
    "missile launches",
    ["Sinpo"],
    [],
)

# --- dateline-sites ----------------------------------------------------------------------

event_place(
    DATELINES,
    "LEEDS, Sept 8 (Pennine Wire) - A woman was jailed for life for poisoning two neighbours, a judge ruled on Monday.\nThe meal was served at a farmhouse in Kirkby in May.\n",
    "casualties",
    "neighbours poisoned at a meal",
    ["Kirkby"],
    ["Leeds"],
)
event_place(
    DATELINES,
    "AUSTIN, Texas, Oct. 2 (Lone Star Press) - Agents detained 300 workers in a raid on a chip plant being built west of Austin, officials said.\nThe site, in Manor, belongs to a Korean group.\n",
    "other",
    "agents detained workers at the plant site",
    ["Manor"],
    ["Austin"],
)
event_place(
    DATELINES,
    "BRISTOL, Sept 3 (Severn Wire) - Two men were arrested after a fire at a warehouse, police said.\nThe fire was started at a depot in Avonmouth overnight.\n",
    "other",
    "warehouse fire",
    ["Avonmouth"],
    ["Bristol"],
)
event_place(
    DATELINES,
    "PERTH, Sept 12 (Swan Wire) - A man was charged on Friday over a shooting.\nThe victim was shot at a petrol station in Midland on Tuesday.\n",
    "attack",
    "shooting at a petrol station",
    ["Midland"],
    ["Perth"],
)
event_place(
    DATELINES,
    "DENVER, Colo., Sept. 9 (Front Range Press) - Fourteen people were hurt when a bus overturned, officials said.\nThe bus was overturned at a junction near Golden.\n",
    "casualties",
    "bus crash",
    ["Golden"],
    ["Denver"],
)
event_place(
    DATELINES,
    "LYON, Sept 4 (Rhone Wire) - A court jailed a man for eight years for fraud.\nThe money was stolen at a bank branch in Vienne.\n",
    "other",
    "bank fraud",
    ["Vienne"],
    ["Lyon"],
)
event_place(
    DATELINES,
    "CORK, Sept 1 (Munster Wire) - A trawler sank on Sunday, the coast guard said.\nThe boat was found in Bantry Bay.\n",
    "other",
    "trawler sank",
    ["Bantry Bay"],
    ["Cork"],
)
event_place(
    DATELINES,
    "MIAMI, Fla., Sept. 15 (Gulf Press) - Agents seized 2 tonnes of cocaine, officials said.\nThe drugs were seized at a marina in Homestead.\n",
    "other",
    "cocaine seized",
    ["Homestead"],
    ["Miami"],
)
event_place(
    DATELINES,
    "NANTES, Sept 6 (Loire Wire) - Three men were jailed for a robbery.\nThe jewels were taken at a shop in Saint-Nazaire.\n",
    "other",
    "jewel robbery",
    ["Saint-Nazaire"],
    ["Nantes"],
)
event_place(
    DATELINES,
    "HOBART, Sept 2 (Island Wire) - A man was charged with arson.\nThe blaze was lit at a shed in Sorell.\n",
    "other",
    "arson at a shed",
    ["Sorell"],
    ["Hobart"],
)
event_place(
    DATELINES,
    "LEEDS, Sept 8 (Pennine Wire) - A fire broke out at a mill on Monday, firefighters said.\n",
    "other",
    "mill fire",
    ["Leeds"],
    [],
)
event_place(
    DATELINES,
    "OMAHA, Neb., Sept. 4 (Plains Press) - A tornado flattened a school on Wednesday.\n",
    "other",
    "tornado hit a school",
    ["Omaha"],
    [],
)
event_place(
    DATELINES,
    "PERTH, Sept 12 (Swan Wire) - Police arrested two men over a stabbing in the city centre.\n",
    "attack",
    "stabbing",
    ["Perth"],
    [],
)
event_place(
    DATELINES,
    "CORK, Sept 1 (Munster Wire) - Hundreds marched through the streets on Sunday against rising rents.\n",
    "other",
    "march against rents",
    ["Cork"],
    [],
)
event_place(
    DATELINES,
    "DENVER, Colo., Sept. 9 (Front Range Press) - A water main burst under a busy street on Tuesday.\n",
    "other",
    "water main burst",
    ["Denver"],
    [],
)
event_place(
    DATELINES,
    "NANTES, Sept 6 (Loire Wire) - Dock workers walked out on Friday over pay.\n",
    "other",
    "dock strike",
    ["Nantes"],
    [],
)
event_place(
    DATELINES,
    "HOBART, Sept 2 (Island Wire) - A ferry ran aground in the harbour on Monday.\n",
    "other",
    "ferry ran aground",
    ["Hobart"],
    [],
)
event_place(
    DATELINES,
    "LYON, Sept 4 (Rhone Wire) - A gas blast damaged three flats on Thursday.\n",
    "other",
    "gas blast",
    ["Lyon"],
    [],
)
event_place(
    DATELINES,
    "MIAMI, Fla., Sept. 15 (Gulf Press) - Floodwater closed the airport on Monday.\n",
    "other",
    "flooding closed the airport",
    ["Miami"],
    [],
)
event_place(
    DATELINES,
    "BRISTOL, Sept 3 (Severn Wire) - A bridge was closed after cracks were spotted on Tuesday.\n",
    "other",
    "bridge closed",
    ["Bristol"],
    [],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
