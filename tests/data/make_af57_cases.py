# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 57's reading of a person's office given by "its" (fresh-miss
writer af57, ``grounding_af57.jsonl``; :mod:`summarizer.verification.people.its_others`):

- ``itsbody``: "Canada Post said no new mail would be accepted. Its spokeswoman, Lisa Liu,
  ...", "JLR, which along with Aston Martin had paused shipments, welcomed the news. Its chief
  executive ...", "For the liberal union ACLVB, its chair Gert Truyens said ...": the body
  "its" plainly stands for (the subject opening the sentence before, or the body written right
  before ", its") is the person's own, so another body of the story, named nearby, is refused
  as their affiliation; against the body itself, its short form or initials as the page writes
  them, a parent the page writes with "owned by", a second body written of the person ("who
  also chairs X"), and the near-misses a careless reading would refuse: a subject the sentence
  before gives only in lower case ("The company said"), a sentence opened by a quote, a
  capitalised common word opening a sentence ("Sales in Portugal fell"), a person opening it
  ("Mara Lindqvist said the airline ..."), a question heading, a second body in the subject's
  main clause ("backing The Hacking Games"), words before the office ("the trust's staff ...
  according to its director").

Run ``python tests/data/make_af57_cases.py`` to rebuild it. Every article below was written
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

OUT = Path(__file__).with_name("grounding_af57.jsonl")

built = SupportCases(
    "af57",
    leads=[
        "By Odile Ferrant | The Garonne Dispatch",
        "HALIFAX (Maritime Wire) -",
        "Business | The Severn Courier",
        "From our Bergen desk, The Fjord Ledger.",
        "UPDATED | The Pennine Post",
    ],
)
ITS = "itsbody"


aff = partial(built.affiliation, ITS)


# --- the subject of the sentence before "Its <office>, X" ---------------------------------------
aff(
    "Ines Calvet",
    ["Tarn Valley Water Board"],
    ["Garonne Anglers Federation"],
    "The Garonne Anglers Federation had complained for weeks about the low river.",
    "The Tarn Valley Water Board said on Monday that supply would be restored by Friday. Its spokeswoman, Ines Calvet, said crews were working through the night.",
)
aff(
    "Dev Raman",
    ["Holmfirth Mills"],
    ["Brackley Textiles"],
    "Holmfirth Mills, which along with Brackley Textiles had halted exports in March, welcomed the deal. Its chief executive, Dev Raman, said orders were already returning.",
)
aff(
    "Lena Varga",
    ["Kestrel Freight"],
    ["Danube Cargo"],
    "Danube Cargo cut its forecast last week, blaming low water on the river.",
    "Kestrel Freight reported a 12% rise in first-half profit on Thursday. Lena Varga, its finance director, said volumes had held up.",
)
aff(
    "Sione Tupou",
    ["Pacific Reef Airways", "PRA"],
    ["Coral Islands Airport Company"],
    "The Coral Islands Airport Company raised landing fees by a fifth in July.",
    "Pacific Reef Airways (PRA) said it would cut two routes from October. Its head of network, Sione Tupou, blamed the higher fees.",
)
aff(
    "Marit Solberg",
    ["Bergen Tenants Union"],
    ["Vestland Housing"],
    "Vestland Housing wants to raise rents on 3,000 flats from January.",
    "The Bergen Tenants Union voted on Tuesday to fight the rise in court. Its chair, Marit Solberg, called the plan unaffordable.",
)
aff(
    "Owen Pritchard",
    ["Cambrian Rail"],
    ["Office of Rail Standards"],
    "The Office of Rail Standards fined the operator for late trains last year.",
    "Cambrian Rail will add 40 services a day from May. Its operations director, Owen Pritchard, said new carriages had arrived.",
)
aff(
    "Hana Kobayashi",
    ["Shirakawa Electronics"],
    ["Tatsumi Semiconductor"],
    "Tatsumi Semiconductor said chip supplies would stay tight into next year.",
    "Shirakawa Electronics still cut its sales forecast for the year. Its president, Hana Kobayashi, said the shortage had cost it orders.",
)
aff(
    "Felix Andrade",
    ["Lisbon Port Authority"],
    ["Atlantic Dockworkers Union"],
    "The Atlantic Dockworkers Union called a 48-hour strike at the container terminal.",
    "The Lisbon Port Authority said ships would be diverted to Setubal. Felix Andrade, its harbour master, said the queue had reached 14 vessels.",
)
aff(
    "Petra Novak",
    ["Vltava Brewing"],
    ["Moravia Malt"],
    "Moravia Malt raised barley prices twice this spring.",
    "Vltava Brewing said its margins had narrowed. Its finance chief, Petra Novak, said the group would pass some of the cost on.",
)
aff(
    "Caoimhe Walsh",
    ["Shannon Energy"],
    ["Midland Grid Operator"],
    "The Midland Grid Operator has warned of tight supply this winter.",
    "Shannon Energy switched on its third wind farm on Wednesday. Caoimhe Walsh, its head of renewables, said the turbines would power 60,000 homes.",
)
# --- the body written right before ", its" in the same sentence ---------------------------------
aff(
    "Ruth Okafor",
    ["Carewell Alliance"],
    ["Lothian Health Trust"],
    "The Lothian Health Trust said its pay offer was final.",
    "For the nurses' group Carewell Alliance, its chair Ruth Okafor said the offer fell short.",
)
aff(
    "Lars Engstrom",
    ["Nordic Rail Workers"],
    ["Sveabanan"],
    "Sveabanan wants longer shifts on its night trains.",
    "At the smaller union Nordic Rail Workers, its leader Lars Engstrom said members would vote next week.",
)
aff(
    "Amira Haddad",
    ["Cedar Growers Cooperative"],
    ["Beqaa Exporters Council"],
    "The Beqaa Exporters Council backed the new tariff on Monday.",
    "For the Cedar Growers Cooperative, its president Amira Haddad said the small farms had not been heard.",
)
# --- more of the same shape: the story's other bodies ------------------------------------------
aff(
    "Jonas Lehtinen",
    ["Saimaa Paper"],
    ["Karelia Timber", "Finnish Forest Agency"],
    "Karelia Timber supplies most of the region's pulpwood under a deal with the Finnish Forest Agency.",
    "Saimaa Paper said on Friday it would close its oldest mill. Its chief executive, Jonas Lehtinen, said demand for newsprint had halved.",
)
aff(
    "Beatriz Moura",
    ["Douro Wine Institute"],
    ["Porto Cork Company"],
    "Porto Cork Company reported record sales to Asian buyers.",
    "The Douro Wine Institute published its harvest report on Tuesday. Beatriz Moura, its technical director, said yields were down 9%.",
)
aff(
    "Tariq Mahmood",
    ["Indus Valley Bank"],
    ["Karachi Stock Exchange"],
    "Shares fell on the Karachi Stock Exchange after the results.",
    "Indus Valley Bank set aside more money for bad loans. Its chief risk officer, Tariq Mahmood, said farm lending was the main worry.",
)
# --- must pass: the near-misses a careless reading would refuse --------------------------------
aff(
    "Ana Reyes",
    ["Calder Foods", "Calder"],
    [],
    "Calder Foods reported a loss for the year on Monday. The company said costs had risen faster than prices.",
    "Its chief executive, Ana Reyes, said the worst was over.",
)
aff(
    "Tomas Pereira",
    ["Brightwater Foods"],
    [],
    "Brightwater Foods had a difficult year in Iberia.",
    "Sales in Portugal fell by a fifth. Its chief executive, Tomas Pereira, said the worst was over.",
)
aff(
    "Pieter Jans",
    ["Nordlys Air"],
    [],
    "Nordlys Air reported record summer traffic on Monday.",
    "Mara Lindqvist said the airline would add routes to Spain. Its chief commercial officer, Pieter Jans, confirmed four new routes.",
)
aff(
    "Grace Mbeki",
    ["Limpopo Water Trust"],
    [],
    "The Limpopo Water Trust will repair 40 boreholes this year.",
    "Who pays for it?",
    "Its director, Grace Mbeki, said donors had covered the cost.",
)
aff(
    "Olu Adeyemi",
    ["Harbourside Academy"],
    [],
    "The Lagos Schools Board is backing Harbourside Academy, which trains young coders. Its principal, Olu Adeyemi, said places were full.",
)
aff(
    "Ilse Brandt",
    ["Elbe Health Trust"],
    [],
    "The Elbe Health Trust runs four hospitals in the city.",
    "Most of the trust's staff will move to the new site by March, according to its director, Ilse Brandt.",
)
aff(
    "Kofi Mensah",
    ["Volta Cocoa Board"],
    [],
    "The Volta Cocoa Board raised the farm-gate price on Thursday.",
    '"This is a fair price for growers," said Kofi Mensah, its chief executive.',
)
aff(
    "Sven Aalto",
    ["Nordkapp Media", "Arktis Group"],
    [],
    "Nordkapp Media, owned by Arktis Group, said it would close two local papers. Its editor-in-chief, Sven Aalto, said the titles had lost money for years.",
)
aff(
    "Rhea Kapoor",
    ["Deccan Telecom", "Mumbai Chamber of Commerce"],
    [],
    "Deccan Telecom said it would raise prices by 8%. Its chief executive, Rhea Kapoor, who also chairs the Mumbai Chamber of Commerce, said the rise was overdue.",
)
aff(
    "Emil Horvath",
    ["Tisza Steel", "TS"],
    [],
    "Tisza Steel (TS) cut output at its Miskolc plant. Emil Horvath, its chairman, said orders from carmakers had dried up.",
)
aff(
    "Nadia Selim",
    ["Nile Delta Growers"],
    [],
    "Nile Delta Growers said the harvest was the best in a decade. Its spokeswoman, Nadia Selim, said exports to Europe would rise.",
    "Cairo Cotton Exchange prices rose on the news.",
)
aff(
    "Wiremu Parata",
    ["Waikato Dairy Cooperative"],
    [],
    "The Waikato Dairy Cooperative said milk collections rose 4% in the season.",
    "Wiremu Parata, its chair, said the rain had helped.",
)
aff(
    "Yusuf Kaya",
    ["Bosphorus Ferries"],
    [],
    "Bosphorus Ferries will add night sailings from June.",
    "Its general manager, Yusuf Kaya, said Istanbul commuters had asked for them.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
