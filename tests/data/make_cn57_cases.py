# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 57's elided list items (``grounding_cn57.jsonl``, false-alarm writer
cn57; :mod:`summarizer.verification.figures.elided_items`), at the edges of

- ``item``: a later item of a breakdown whose noun and verb only the first item says ("Ten
  prisoners were flown to Russia, thirteen to Germany and three to the United States"): each
  later number passes for the count its own object names; the first item's number, another
  item's number, the whole of the list and a count of the first item's object stay refused;
- ``plain``: the same counts in sentences with no elided list (a full clause per item, an item
  whose preposition the first item lacks, a list naming no count word), where the older
  readings decide: a number another clause gives must not pass for the count.

Run ``python tests/data/make_cn57_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cn57.jsonl")

built = SupportCases(
    "cn57",
    leads=[
        "By Tamsin Orrell | The Brackwater Herald",
        "VELMONT (Ridgeline Wire) -",
        "World | The Southmere Gazette",
        "From our Calder desk, The Eastholm Post.",
    ],
)
ITEM, PLAIN = "item", "plain"
item = partial(built.count_cases, ITEM, published="2026-04-11")
plain = partial(built.count_cases, PLAIN, published="2026-04-11")

# --- item: a later item of a breakdown --------------------------------------------------------
item(
    [
        "Twelve detainees, three of them teenagers, were flown to Varnholm, nine to Ostria and four to the Lisk Islands."
    ],
    [
        ("detainees flown to Ostria", 9, "exact"),
        ("detainees flown to the Lisk Islands", 4, "exact"),
    ],
    [
        ("detainees flown to Ostria", 12, "exact"),
        ("detainees flown to Ostria", 4, "exact"),
        ("detainees flown to Varnholm", 9, "exact"),
        ("teenagers flown to Ostria", 9, "exact"),
    ],
)
item(
    [
        "Overnight air strikes killed 14 people in Dursa, six in Kellin and two in the port of Amaro, the health ministry said."
    ],
    [("people killed in Kellin", 6, "exact"), ("people killed in Amaro", 2, "exact")],
    [
        ("people killed in Kellin", 14, "exact"),
        ("people killed in Kellin", 2, "exact"),
        ("people killed in Dursa", 6, "exact"),
    ],
)
item(
    [
        "The charity shipped 40 containers of grain to Port Selby, 25 to Halvik and 18 to Mornay last month."
    ],
    [("containers shipped to Halvik", 25, "exact"), ("containers shipped to Mornay", 18, "exact")],
    [
        ("containers shipped to Halvik", 40, "exact"),
        ("containers shipped to Mornay", 25, "exact"),
        ("containers shipped to Port Selby", 18, "exact"),
    ],
)
item(
    [
        "Police arrested 31 fans at the Orrin Stadium, 11 at the central station and five on the night trains."
    ],
    [
        ("fans arrested at the central station", 11, "exact"),
        ("fans arrested on the night trains", 5, "exact"),
    ],
    [
        ("fans arrested at the central station", 31, "exact"),
        ("fans arrested on the night trains", 11, "exact"),
        ("fans arrested at the Orrin Stadium", 5, "exact"),
    ],
)
item(
    ["The airline moved 120 staff to its Tessel hub, 45 to Brannock and 30 to the Keld office."],
    [("staff moved to Brannock", 45, "exact"), ("staff moved to the Keld office", 30, "exact")],
    [
        ("staff moved to Brannock", 120, "exact"),
        ("staff moved to the Keld office", 45, "exact"),
        ("staff moved", 45, "exact"),
    ],
)
item(
    [
        "Rescuers pulled 17 survivors from the river, eight from the collapsed bridge and three from cars on the bank."
    ],
    [
        ("survivors pulled from the collapsed bridge", 8, "exact"),
        ("survivors pulled from cars", 3, "exact"),
    ],
    [
        ("survivors pulled from the collapsed bridge", 17, "exact"),
        ("survivors pulled from cars", 8, "exact"),
    ],
)
item(
    [
        "Last year the agency granted 2,300 visas to students, 950 to nurses and 410 to seasonal farm workers."
    ],
    [
        ("visas granted to nurses", 950, "exact"),
        ("visas granted to seasonal farm workers", 410, "exact"),
    ],
    [
        ("visas granted to nurses", 2300, "exact"),
        ("visas granted to students", 950, "exact"),
        ("visas granted to farm workers", 950, "exact"),
    ],
)
item(
    ["The board handed 60 grants to rural schools and 22 to city libraries."],
    [("grants handed to city libraries", 22, "exact")],
    [
        ("grants handed to city libraries", 60, "exact"),
        ("grants handed to rural schools", 22, "exact"),
    ],
)
# --- plain: no elided list, the older readings decide ----------------------------------------
plain(
    [
        "Twelve detainees were flown to Varnholm on Monday, and the ministry said nine journalists had been released in Ostria."
    ],
    [("detainees flown to Varnholm", 12, "exact")],
    [("detainees flown to Ostria", 9, "exact"), ("detainees flown to Varnholm", 9, "exact")],
)
plain(
    ["Air strikes killed 14 people in Dursa, and six ambulances were sent from Kellin."],
    [("people killed in Dursa", 14, "exact")],
    [("people killed in Kellin", 6, "exact"), ("people killed in Dursa", 6, "exact")],
)
plain(
    ["The charity shipped 40 containers of grain to Port Selby; 25 trucks later left for Halvik."],
    [("containers shipped to Port Selby", 40, "exact")],
    [("containers shipped to Halvik", 25, "exact")],
)
plain(
    ["Police arrested 31 fans at the stadium, 11 officers were hurt at the central station."],
    [("fans arrested at the stadium", 31, "exact")],
    [("fans arrested at the central station", 11, "exact")],
)
plain(
    [
        "The airline moved 120 staff to its Tessel hub, and 45 pilots, who had been on strike, to Brannock."
    ],
    [("staff moved to the Tessel hub", 120, "exact")],
    [("staff moved to Brannock", 120, "exact")],
)
plain(
    ["The agency granted 2,300 visas to students, up from 950 in 2024."],
    [("visas granted to students", 2300, "exact")],
    [("visas granted to students", 950, "exact")],
)
plain(
    [
        "Volunteers planted 500 trees in Ashgrove park, while 80 residents in Kilby signed a petition."
    ],
    [("trees planted in Ashgrove park", 500, "exact")],
    [("trees planted in Kilby", 80, "exact"), ("trees planted in Ashgrove park", 80, "exact")],
)
plain(
    ["The court jailed 15 men for fraud, and 7 for bribery were fined instead."],
    [("men jailed for fraud", 15, "exact")],
    [("men jailed for bribery", 15, "exact")],
)
plain(
    ["Strikes killed 9 people in Norrby and wounded 30 in Vell."],
    [("people killed in Norrby", 9, "exact")],
    [("people killed in Vell", 30, "exact"), ("people killed in Norrby", 30, "exact")],
)
plain(
    ["The fund sent 3,000 tents to Rask, the minister said, with 700 blankets to Olm."],
    [("tents sent to Rask", 3000, "exact")],
    [("tents sent to Olm", 700, "exact"), ("tents sent to Rask", 700, "exact")],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
