# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set fa42s of session 42's speaker mends (``grounding_fa42s.jsonl``), cut from
the false alarms on quote speakers of outside checks 50-94, in new words:

- ``apposed``: a quote in a clause whose subject is a name apposed to the description the
  clause opens with ("Halden's chief economist, Mia Dal, gives the rate cut the credit:
  "...," she said"; "The research director, Tim Ode, puts it down to"): the name speaks, as
  "Mia Dal gives" would (``quotes/own_subjects._after_description``); the clause's other
  names, the description's owner and a name of the sentence before do not. A subject that
  runs into a lower-case aside ("Sir Ian Hale, the chief regulator, credited") is cut at its
  comma (``own_subjects._before_comma``);
- ``rather``: a quote the subject's verb takes as its object, followed by "rather than" or
  "instead of" ('credited "a leaner market" rather than luck'), is the subject's words, not a
  label of a noun after it (``quotes/expressed_quotes._OBJECT_ENDS``).

Run ``python tests/data/make_fa42s_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fa42s.jsonl")

built = SupportCases(
    "fa42s",
    leads=[
        "LEEDS (Northline Press) -",
        "By Tamsin Okafor | The Wessex Chronicle",
        "METRO DESK | The Lakeshore Tribune",
        "From our Cardiff newsroom, The Valleys Herald.",
    ],
)
APPOSED, RATHER = "apposed", "rather"


# --- apposed: "<description>, <Name>, <verb> ...: "...," she said" ----------------------------

built.page_quote(
    APPOSED,
    "The cut in March was the turning point for buyers",
    ["Mia Dal"],
    ["Halden Bank", "Owen Price", "Reserve Bank"],
    "Prices in the north rose 0.4 per cent in May, Owen Price of the land registry reported.",
    'Halden Bank\'s chief economist, Mia Dal, gives the Reserve Bank the credit: "The cut in March was the turning point for buyers," she said.',
)
built.page_quote(
    APPOSED,
    "We simply ran out of spare parts",
    ["Tomas Reyes"],
    ["Ferrovia", "Ana Lobo", "Linha Norte"],
    "Linha Norte cancelled a third of its trains on Monday, its rival Ferrovia said, and Ana Lobo, the rail regulator, opened an inquiry.",
    'The operator\'s head of engineering, Tomas Reyes, blames a supplier in Lyon: "We simply ran out of spare parts," he told reporters.',
)
built.page_quote(
    APPOSED,
    "Our nurses cannot keep working double shifts",
    ["Grace Ameh"],
    ["Westfield Trust", "Paul Hirst", "Kwame Boateng"],
    "Kwame Boateng, the health secretary, promised on Tuesday to review staffing at Westfield Trust.",
    "The union's regional organiser, Grace Ameh, puts the walkout down to fatigue: \"Our nurses cannot keep working double shifts,\" she said, as Paul Hirst, the trust's chief, looked on.",
)
built.page_quote(
    APPOSED,
    "The harvest is the smallest in twenty years",
    ["Pieter Vos"],
    ["Agrilux", "Hanna Berg", "European Commission"],
    "Hanna Berg of the European Commission said on Friday that aid would follow.",
    'Agrilux\'s head of trading, Pieter Vos, points to the dry spring: "The harvest is the smallest in twenty years," he said.',
)
built.page_quote(
    APPOSED,
    "Nobody expected the river to rise that fast",
    ["Ian Hale"],
    ["Environment Agency", "Carl Moss", "Rita Sand"],
    "Rita Sand, who farms near the bank, lost most of her flock, and Carl Moss, the mayor, asked for help.",
    'Sir Ian Hale, the flood lead at the Environment Agency, conceded the warnings came late. "Nobody expected the river to rise that fast," he said.',
)
built.page_quote(
    APPOSED,
    "a leaner, fitter squad",
    ["Rosa Klein"],
    ["Juan Ortega", "Bayside FC", "Lena Marsh"],
    "Juan Ortega, the chairman of Bayside FC, had spoken of a rebuild, and Lena Marsh, the captain, left in July.",
    'Dame Rosa Klein, the club\'s new director of football, credited "a leaner, fitter squad" for the start.',
)


built.page_quote(
    APPOSED,
    "The queue for spare beds has never been longer",
    ["Amira Haddad"],
    ["Northgate", "Simon Kerr"],
    "Simon Kerr, the housing minister, opened a shelter in Northgate on Monday.",
    'The charity\'s director of services, Amira Haddad, gives the cold snap the blame: "The queue for spare beds has never been longer," she said.',
)
built.page_quote(
    APPOSED,
    "Freight is what keeps this port alive",
    ["Lars Holm"],
    ["Portline", "Ingrid Moe"],
    "Ingrid Moe, the port's owner, wants to build flats on the old quay.",
    'Portline\'s chief operating officer, Lars Holm, defends the new cranes: "Freight is what keeps this port alive," he said.',
)
built.page_quote(
    APPOSED,
    "We are booked out until the spring",
    ["Chloe Marsh"],
    ["Greenway Builders", "Dan Quinn"],
    "Dan Quinn of Greenway Builders said rival firms were cutting prices.",
    'The firm\'s head of sales, Chloe Marsh, sees it differently: "We are booked out until the spring," she said.',
)
built.page_quote(
    APPOSED,
    "The vaccine uptake has stalled in the over-70s",
    ["Ravi Menon"],
    ["Public Health Wales", "Joan Pike"],
    "Joan Pike, the health minister, said on Tuesday that the campaign was on track.",
    'Public Health Wales\'s head of immunisation, Ravi Menon, paints a darker picture: "The vaccine uptake has stalled in the over-70s," he said.',
)


# --- rather: 'X credited "..." rather than ...' -----------------------------------------------

built.page_quote(
    RATHER,
    "a change in the weather",
    ["Nadia Roux"],
    ["Leon Fabre", "Meteo Sud"],
    "Leon Fabre, the transport minister, had blamed the airlines for the delays.",
    'Nadia Roux, who runs the airport, credited "a change in the weather" rather than any new schedule.',
)
built.page_quote(
    RATHER,
    "careless budgeting at the top",
    ["Ola Berg"],
    ["Finn Dahl", "the council"],
    "Finn Dahl, the council's leader, put the shortfall down to the grant formula.",
    'Ola Berg, the opposition leader, blamed "careless budgeting at the top" instead of the grant.',
)
built.page_quote(
    RATHER,
    "steady demand from schools",
    ["Marta Ruiz"],
    ["Carlos Vidal", "Libros Sur"],
    "Carlos Vidal of Libros Sur said the autumn was the best in a decade.",
    'Marta Ruiz, the firm\'s finance chief, pointed to "steady demand from schools" rather than the new titles.',
)
built.page_quote(
    RATHER,
    "a quieter, safer street",
    ["Hugo Lind"],
    ["Eva Stam", "the residents' group"],
    "Eva Stam, who chairs the residents' group, wanted the road closed for good.",
    'Hugo Lind, the councillor for the ward, promised "a quieter, safer street" rather than a closure.',
)


built.page_quote(
    RATHER,
    "a fair share of the profits",
    ["Kofi Mensah"],
    ["Dina Park"],
    "Dina Park, the mine's owner, offered a one-off bonus.",
    'Kofi Mensah, the miners\' leader, demanded "a fair share of the profits" rather than a bonus.',
)
built.page_quote(
    RATHER,
    "patience and a long view",
    ["Elin Strand"],
    ["Bo Nyberg"],
    "Bo Nyberg, the club's owner, said on Sunday that he wanted a new coach by Christmas.",
    'Elin Strand, the sporting director, pleaded for "patience and a long view" rather than a sacking.',
)
built.page_quote(
    RATHER,
    "a tidy, modest surplus",
    ["Yusuf Demir"],
    ["Selin Kaya"],
    "Selin Kaya, the mayor, had forecast a deficit for the year.",
    'Yusuf Demir, the city treasurer, reported "a tidy, modest surplus" rather than the deficit.',
)
built.page_quote(
    RATHER,
    "more bus lanes on the ring road",
    ["Nora Falk"],
    ["Tim Aldous"],
    "Tim Aldous, who leads the council, backed a congestion charge.",
    'Nora Falk, the transport campaigner, wants "more bus lanes on the ring road" rather than a charge.',
)
built.page_quote(
    RATHER,
    "a slow, careful reopening",
    ["Aiko Mori"],
    ["Ken Sato"],
    "Ken Sato, the resort's owner, wanted the slopes open by the weekend.",
    'Aiko Mori, the safety officer, ordered "a slow, careful reopening" instead of a rush.',
)
built.page_quote(
    RATHER,
    "the goodwill of our members",
    ["Sean Doyle"],
    ["Maeve Byrne"],
    "Maeve Byrne, the federation's treasurer, had praised the sponsors.",
    'Sean Doyle, the federation\'s president, thanked "the goodwill of our members" rather than the sponsors.',
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
