# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 61's whole written ranges of days for an event's day
(``grounding_wh61.jsonl``, writer wh61; :mod:`summarizer.verification.days.range_values`):

- ``range``: an event whose day is a range the evidence writes after an end verb or "until"
  ("The closure runs from 12 May to 20 June", "The stoppage is timed to run from 7am on 25 July
  until 7am on 30 July", "Her ban runs from February 9 to May 4"): the range as written passes,
  with or without its "from"; another end, the ends swapped, a start the page does not give,
  a single end of the range, a day only in another sentence of the page stay refused;
- ``guard``: another thing's range beside the event's own dated clause ("The hosepipe ban runs
  from 4 June to 19 August, while a car-wash ban lasts from 1 July until 31 July"; "Talks
  collapsed on 2 March, and the union's mandate runs from 10 March to 30 April"), refused,
  against the event's own range with a report's day or a different thing's mention beside it.

Run ``python tests/data/make_wh61_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_wh61.jsonl")

built = SupportCases(
    "wh61",
    leads=[
        "By Odile Ferrant | The Marrow Valley Gazette | 14 April 2026",
        "KESTRING (Larkspur Wire) -",
        "Local news | The Penwick Evening Star",
        "From our transport desk, Harlow Bay Courier, April 14, 2026.",
    ],
)
RANGE, GUARD = "range", "guard"


# --- range ---------------------------------------------------------------------------------
P = "The closure of the Ferrant swing bridge runs from 12 May to 20 June, while engineers replace its worn bearings."
built.page_event_range(
    RANGE,
    [P, "Drivers are advised to use the ring road."],
    [P],
    "closure of the Ferrant swing bridge",
    "other",
    ["from 12 May to 20 June", "12 May to 20 June"],
    ["12 May to 30 June", "20 June to 12 May", "from 2 May to 20 June"],
)
P = "The stoppage by junior surgeons is timed to run from 8am on 3 June until 8am on 6 June."
built.page_event_range(
    RANGE,
    [
        "Junior surgeons at Penwick's three hospitals will walk out for three days next month, their union said on Monday.",
        P,
    ],
    [P],
    "three-day walkout by junior surgeons",
    "strike",
    ["from 8am on 3 June until 8am on 6 June", "8am on 3 June until 8am on 6 June"],
    ["from 8am on 3 June until 8am on 9 June", "from 8pm on 3 June until 8am on 6 June"],
)
P = "Her suspension runs from February 11 to May 6, and she may return to training on April 15."
built.page_event_range(
    RANGE,
    [
        "The sprinter Lenna Okafor has accepted a three-month ban over a contaminated supplement, the national anti-doping agency said.",
        P,
    ],
    [P],
    "Okafor accepted a three-month ban from the anti-doping agency",
    "other",
    ["February 11 to May 6", "from February 11 to May 6"],
    ["February 11 to May 16", "April 15 to May 6", "May 6 to February 11"],
)
P = "The hosepipe ban lasts from 1 July through 31 August, the water company confirmed."
built.page_event_range(
    RANGE,
    ["Households in the Marrow Valley face their first hosepipe ban in eleven years.", P],
    [P],
    "hosepipe ban in the Marrow Valley",
    "other",
    ["from 1 July through 31 August", "1 July through 31 August"],
    ["1 July through 30 September", "1 June through 31 August"],
)
P = "The consultation on the new bus map runs from 3 March until 28 April."
built.page_event_range(
    RANGE,
    [P, "Paper copies are in every library."],
    [P],
    "public consultation on the new bus map",
    "other",
    ["from 3 March until 28 April", "3 March until 28 April"],
    ["from 3 March until 28 May", "28 April until 3 March"],
)
P = "The tenancy freeze, the council said, will run from 1 September to 31 December."
built.page_event_range(
    RANGE,
    [P, "Landlords' groups said they would challenge it in court."],
    [P],
    "tenancy freeze on council rents",
    "other",
    ["from 1 September to 31 December", "1 September to 31 December"],
    ["1 September to 31 January", "1 October to 31 December"],
)
P = "The road-works on Harlow Street run from 9pm until 5am on 14 May, when the lights will be off."
built.page_event_range(
    RANGE,
    [P],
    [P],
    "road-works on Harlow Street",
    "other",
    ["from 9pm until 5am on 14 May"],
    ["from 9pm until 6am on 14 May", "from 5am until 9pm on 14 May"],
)
P = "Planting season at the allotments lasts from 20 March to 15 June this year."
built.page_event_range(
    RANGE,
    [P, "Plots are still free on the east side."],
    [P],
    "planting season at the allotments",
    "other",
    ["20 March to 15 June", "from 20 March to 15 June"],
    ["20 March to 15 July"],
)

P = "KESTRING, 2 May (Larkspur Wire) - Bus drivers at Corran Coaches will strike for four days this month over rosters, their union said on Tuesday."
Q = "The walkout is set to run from 6am on 18 May until 6am on 22 May."
built.page_event_range(
    RANGE,
    [P + " " + Q],
    [P, Q],
    "four-day strike by Corran Coaches bus drivers",
    "strike",
    ["from 6am on 18 May until 6am on 22 May", "6am on 18 May until 6am on 22 May"],
    ["from 6am on 18 May until 6am on 23 May", "from 6am on 8 May until 6am on 22 May"],
)

# --- guard ---------------------------------------------------------------------------------
P = "The hosepipe ban runs from 4 June to 19 August, while a separate car-wash ban lasts from 1 July until 31 July."
built.page_event_range(
    GUARD,
    [P],
    [P],
    "hosepipe ban",
    "other",
    ["from 4 June to 19 August", "4 June to 19 August"],
    ["from 1 July until 31 July", "1 July until 31 July"],
)
P = "Talks between the rail operator and drivers collapsed on 2 March, and the drivers' mandate for action runs from 10 March to 30 April."
built.page_event_range(
    GUARD,
    [P],
    [P],
    "talks between the rail operator and drivers collapsed",
    "other",
    ["2 March"],
    ["from 10 March to 30 April", "10 March to 30 April"],
)
P = "The museum reopened on 6 May; its loan of the Halvard tapestries runs from 1 May until 30 September."
built.page_event_range(
    GUARD,
    [P],
    [P],
    "the museum reopened",
    "other",
    ["6 May"],
    ["from 1 May until 30 September", "1 May until 30 September"],
)
P = "Dockers walked out on 8 June, and the harbour board's emergency rota lasts from 10 June to 24 June."
built.page_event_range(
    GUARD,
    [P],
    [P],
    "dockers walked out",
    "strike",
    ["8 June"],
    ["from 10 June to 24 June", "10 June to 24 June"],
)
P = "The festival, which opened on 2 July, runs until 12 July, and its campsite licence lasts from 28 June to 15 July."
built.page_event_range(
    GUARD,
    [P],
    [P],
    "the festival opened",
    "other",
    ["2 July"],
    ["from 28 June to 15 July", "28 June to 15 July"],
)
P = "The library closes on 3 August for repairs, and the mobile service runs from 5 August to 26 September."
built.page_event_range(
    GUARD,
    [P],
    [P],
    "the library closes for repairs",
    "other",
    ["3 August"],
    ["5 August to 26 September", "from 5 August to 26 September"],
)
P = "The school-run trial runs from 2 February to 27 March, the council announced on Tuesday."
built.page_event_range(
    GUARD,
    [P],
    [P],
    "school-run traffic trial",
    "other",
    ["from 2 February to 27 March", "2 February to 27 March"],
    ["2 February to 27 April"],
)
P = "The ferry timetable change lasts from 14 May until 2 June, and the port's new parking charge starts on 20 May."
built.page_event_range(
    GUARD,
    [P],
    [P],
    "ferry timetable change",
    "other",
    ["from 14 May until 2 June", "14 May until 2 June"],
    ["20 May until 2 June"],
)
P = "Voting in the union ballot opened on 4 March, and the employers' offer stands from 1 March to 31 March."
built.page_event_range(
    GUARD,
    [P],
    [P],
    "voting in the union ballot opened",
    "other",
    ["4 March"],
    ["1 March to 31 March", "from 1 March to 31 March"],
)
P = "Bus drivers at Corran Coaches struck last week over rosters, and the depot's reduced timetable runs from 18 May to 22 May."
built.page_event_range(
    GUARD,
    [P],
    [P],
    "bus drivers at Corran Coaches struck",
    "strike",
    [],
    ["18 May to 22 May", "from 18 May to 22 May"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
