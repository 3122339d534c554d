# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 55's named-things reading (``grounding_sk55.jsonl``, false-alarm
writer sk55; :mod:`summarizer.verification.people.thing_names`), at the edges of

- ``treaty``: a treaty, accord or law named with an appositive that holds a place word ("New
  START, the last arms-control treaty between Moscow and Washington"), then an epithet
  sentence ("The Russian leader made the offer.") and a quote with only "he said": the
  speaker is the person the page named before as that country's, never the treaty; against
  another person of the page (named after, named with another country's title, the
  treaty's own name, the body that signed it).

Run ``python tests/data/make_sk55_cases.py`` to rebuild it. Every article below was written
for this set in its own words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_sk55.jsonl")

built = SupportCases(
    "sk55",
    leads=[
        "By Ilse Varga | The Danube Courier",
        "VIENNA (Northgate Wire) -",
        "World | The Fenland Observer",
        "From our Warsaw desk, The Vistula Post.",
    ],
)
TREATY = "treaty"

built.page_quote(
    TREATY,
    "We will respect the ceilings for twelve more months",
    ["Pavel Orlov"],
    ["Marta Lindqvist", "Arctic Arms Accord"],
    "Pavel Orlov said on Tuesday that Russia would keep to the limits of the Arctic Arms Accord, the 2011 treaty between Moscow and Oslo, after it lapses next spring.",
    'The Russian leader made the offer to his security council. "We will respect the ceilings for twelve more months," he said.',
    "Norway's foreign minister, Marta Lindqvist, called the offer a start.",
)
built.page_quote(
    TREATY,
    "Our farmers cannot wait another season",
    ["Lucia Benavente"],
    ["Tomas Ekberg", "Pampas Trade Pact"],
    "Lucia Benavente told a rally in Rosario that Argentina would sign the Pampas Trade Pact, the accord between Buenos Aires and the Nordic bloc, before December.",
    'The Argentine leader was cheered for twenty minutes. "Our farmers cannot wait another season," she said.',
    "Tomas Ekberg, who negotiated for the Nordic side, declined to comment.",
)
built.page_quote(
    TREATY,
    "The water belongs to both banks of the river",
    ["Amadou Sarr"],
    ["Halima Diouf", "Senegal River Charter"],
    "Amadou Sarr opened the summit in Dakar, where Senegal and Mali signed the Senegal River Charter, the 1972 convention on Senegalese and Malian water rights, in a new form.",
    'The Senegalese leader spoke for an hour. "The water belongs to both banks of the river," he said.',
    "Mali's envoy, Halima Diouf, praised the text on Thursday.",
)
built.page_quote(
    TREATY,
    "Nobody in Ankara wants these talks to fail",
    ["Kerem Aydin"],
    ["Sofia Papadaki", "Aegean Fisheries Protocol"],
    "Kerem Aydin said Turkey remained committed to the Aegean Fisheries Protocol, the treaty between Ankara and Athens that caps catches near the islands.",
    'The Turkish leader then took questions. "Nobody in Ankara wants these talks to fail," he said.',
    "Greek minister Sofia Papadaki is due in Izmir next week.",
)
built.page_quote(
    TREATY,
    "We have waited thirty years for this road",
    ["Nuno Carvalho"],
    ["Elena Ruiz", "Tagus Border Agreement"],
    "Nuno Carvalho said Portugal would ratify the Tagus Border Agreement, the pact between Lisbon and Madrid on cross-border roads, this year.",
    'The Portuguese leader visited the site of the bridge at Alcantara. "We have waited thirty years for this road," he said.',
    "Spain's transport chief, Elena Ruiz, joined him by video.",
)
built.page_quote(
    TREATY,
    "This is the best deal Canberra has ever signed",
    ["Grace Whitlam"],
    ["Rohan Patel", "Indo-Pacific Minerals Treaty"],
    "Grace Whitlam said Australia would lead the Indo-Pacific Minerals Treaty, the treaty between Canberra and New Delhi on lithium and rare earths.",
    'The Australian leader was speaking in Perth. "This is the best deal Canberra has ever signed," she said.',
    "Indian trade secretary Rohan Patel will visit in March.",
)
built.page_quote(
    TREATY,
    "Our ports will be open to every ship that follows the rules",
    ["Jonas Petraitis"],
    ["Anna Kowalska", "Baltic Shipping Declaration"],
    "Jonas Petraitis said Lithuania had signed the Baltic Shipping Declaration, the declaration between Vilnius and Warsaw on the inspection of tankers.",
    'The Lithuanian leader was in Klaipeda. "Our ports will be open to every ship that follows the rules," he said.',
    "Poland's maritime minister, Anna Kowalska, welcomed the move.",
)
built.page_quote(
    TREATY,
    "We did not give away one hectare",
    ["Emeka Obi"],
    ["Kwame Mensah", "Gulf of Guinea Boundary Accord"],
    "Emeka Obi told lawmakers that Nigeria had kept its oil blocks under the Gulf of Guinea Boundary Accord, the accord between Abuja and Accra that ended the offshore dispute.",
    'The Nigerian leader was heckled twice. "We did not give away one hectare," he said.',
    "Ghana's energy minister, Kwame Mensah, said Accra was satisfied too.",
)
built.page_quote(
    TREATY,
    "Dublin will not be a back door for anyone",
    ["Siobhan Keane"],
    ["Ewan Fraser", "North Channel Agreement"],
    "Siobhan Keane said Ireland would honour the North Channel Agreement, the 1998 agreement between Dublin and London on ferry checks, whatever Brussels decides.",
    'The Irish leader spoke in Cork. "Dublin will not be a back door for anyone," she said.',
    "The Scottish secretary, Ewan Fraser, is to meet her in May.",
)
built.page_quote(
    TREATY,
    "The canal will stay neutral as long as I am here",
    ["Ricardo Mejia"],
    ["Laura Benson", "Isthmus Neutrality Treaty"],
    "Ricardo Mejia said Panama would stand by the Isthmus Neutrality Treaty, the treaty between Panama City and Washington on the canal, after a visit by U.S. envoy Laura Benson.",
    'The Panamanian leader spoke on state television. "The canal will stay neutral as long as I am here," he said.',
)
built.page_quote(
    TREATY,
    "Prague will pay its share and not a crown more",
    ["Petr Novak"],
    ["Jana Horvathova", "Danube Flood Convention"],
    "Petr Novak said the Czech Republic would fund the Danube Flood Convention, the convention between Prague and Bratislava on flood defences, from next year.",
    'The Czech leader spoke after the cabinet met. "Prague will pay its share and not a crown more," he said.',
    "Slovak minister Jana Horvathova said Bratislava would match it.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
