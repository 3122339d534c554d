# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 57's reading of an event's day against the day of a neighbouring
step in the same sentence (``grounding_dt57.jsonl``, fresh-miss writer dt57;
days/paired_days.py), at the edges of

- ``paired``: a sentence that lists two steps or two things, each with its own day ("captured
  Goma in late January, and took Bukavu on 14 February", "released headline results on April
  17 and the full data on June 21"): the day whose lead (the words just before it, back to the
  previous day) names the event is the event's; the other step's day, whose lead names another
  thing and none of the event's words, is refused. Must pass, beside them: the event's own day;
  the later step of the sentence's own subject ("opened in Oslo on 3 March and closed on 6
  March" for the talks, "and was arrested on Tuesday"); a day that opens its sentence ("Early
  in June ..."); a plan's day beside the step taken ("was expected on Tuesday; instead the court
  delivered it on Thursday"); a day that takes the event up again ("signed it on"); the event
  written in other word forms (plural, "-ed"); a day whose lead holds the event's own word.

Run ``python tests/data/make_dt57_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_dt57.jsonl")

built = SupportCases(
    "dt57",
    leads=[
        "By Tomas Ferrand | The Kelsey Gazette",
        "WIRE DESK | Hartwell News Service",
        "From our regional desk, The Brackley Mercury.",
        "Live updates | The Orwin Chronicle",
    ],
)
PAIRED = "paired"

# one event's date per value (SupportCases.event_field)
event = built.event_field

# --- two steps, each with its own day: the other step's day is refused ----------------------
event(
    PAIRED,
    [
        "Rebel fighters seized the town of Marlow in early March, and took the river port of Essling on 9 April."
    ],
    "rebels took Essling",
    "when",
    ["9 April"],
    ["early March"],
)
event(
    PAIRED,
    [
        "The drugmaker released topline trial results on May 2 and the complete dataset on August 14."
    ],
    "drugmaker releases topline trial results",
    "when",
    ["May 2"],
    ["August 14"],
)
event(
    PAIRED,
    ["Harlow Foods opened its Leeds depot on 4 May and a second warehouse in Hull on 19 June."],
    "Harlow Foods opened its Leeds depot",
    "when",
    ["4 May"],
    ["19 June"],
)
event(
    PAIRED,
    [
        "The storm made landfall in Dorrington on Tuesday and moved into the hill country on Wednesday."
    ],
    "storm made landfall in Dorrington",
    "when",
    ["Tuesday"],
    ["Wednesday"],
)
event(
    PAIRED,
    [
        "The Verrin club signed the striker Aldo Kess on 2 July and a reserve goalkeeper on 30 August."
    ],
    "Verrin club signs Aldo Kess",
    "when",
    ["2 July"],
    ["30 August"],
)
event(
    PAIRED,
    [
        "The theft of the Ambrose chalice on 7 January was reported to detectives only on 15 January."
    ],
    "theft of the Ambrose chalice",
    "when",
    ["7 January"],
    ["15 January"],
)
event(
    PAIRED,
    [
        "The Corlan ministry published its draft energy plan on 12 February and a revised water strategy on 3 April."
    ],
    "Corlan ministry published its draft energy plan",
    "when",
    ["12 February"],
    ["3 April"],
)
event(
    PAIRED,
    [
        "Teachers at Redgate Academy struck on Monday, and cleaners at the town hall stopped work on Thursday."
    ],
    "Redgate Academy teachers' strike",
    "when",
    ["Monday"],
    ["Thursday"],
)
event(
    PAIRED,
    [
        "Quenby Rail launched its sleeper service to Fallon on 1 March and a cheaper day route on 20 May."
    ],
    "Quenby Rail launches sleeper service to Fallon",
    "when",
    ["1 March"],
    ["20 May"],
)
event(
    PAIRED,
    [
        "The Pellam museum reopened its Egyptian gallery on Saturday and the new sculpture hall on Sunday."
    ],
    "Pellam museum reopened its Egyptian gallery",
    "when",
    ["Saturday"],
    ["Sunday"],
)
event(
    PAIRED,
    [
        "Investigators recovered the flight recorder of the Halden crash on 11 June and the wing section on 19 June."
    ],
    "investigators recovered the flight recorder",
    "when",
    ["11 June"],
    ["19 June"],
)
event(
    PAIRED,
    [
        "Voters in Castor elected Nadia Orme as mayor on 6 May, and the council chose its new leader on 21 May."
    ],
    "Castor voters elect Nadia Orme mayor",
    "when",
    ["6 May"],
    ["21 May"],
)
event(
    PAIRED,
    [
        "The Brennock bridge was closed to lorries on 14 October and the ring road tunnel on 2 November."
    ],
    "Brennock bridge closed to lorries",
    "when",
    ["14 October"],
    ["2 November"],
)
event(
    PAIRED,
    [
        "Fire crews brought the Tallis warehouse blaze under control on Friday, and a moorland fire near Kettle Cross on Sunday."
    ],
    "Tallis warehouse blaze brought under control",
    "when",
    ["Friday"],
    ["Sunday"],
)
event(
    PAIRED,
    [
        "Astra Motors recalled 40,000 Velo hatchbacks on 3 September and a batch of delivery vans on 28 September."
    ],
    "Astra Motors recalls Velo hatchbacks",
    "when",
    ["3 September"],
    ["28 September"],
)
event(
    PAIRED,
    [
        "The band Glass Harbour played the Norwell Arena on 8 November and a small club in Stavely on 10 November."
    ],
    "Glass Harbour concert at the Norwell Arena",
    "when",
    ["8 November"],
    ["10 November"],
)

# --- must pass: the event's own day in neighbouring shapes -----------------------------------
# the later step of the sentence's own subject (a bare verb, nothing named of its own)
event(
    PAIRED,
    ["The Dunmere talks opened in Calvi on 3 March and closed on 6 March."],
    "the Calvi talks",
    "when",
    ["3 March", "6 March"],
    [],
)
event(
    PAIRED,
    ["The former treasurer, charged in September, was jailed on Tuesday at Hollins Crown Court."],
    "former treasurer jailed",
    "when",
    ["Tuesday"],
    [],
)
event(
    PAIRED,
    ["The minister quit in March and was arrested on Tuesday by officers of the fraud unit."],
    "minister arrested",
    "when",
    ["Tuesday"],
    [],
)
# a day that opens its sentence
event(
    PAIRED,
    ["Early in June Orvel police arrested two men over the jewellery theft reported in May."],
    "Orvel police arrested two men over the jewellery theft",
    "when",
    ["June"],
    [],
)
event(
    PAIRED,
    [
        "At dawn on Sunday, 2 March, the two armies exchanged 90 prisoners, completing a swap agreed on 14 February."
    ],
    "the two armies exchanged prisoners",
    "when",
    ["Sunday, 2 March"],
    [],
)
# a plan's day beside the step taken, and a day that takes the event up again
event(
    PAIRED,
    [
        "The verdict in the Halloran case had been expected on Tuesday; instead the court delivered it on Thursday."
    ],
    "verdict in the Halloran case",
    "when",
    ["Thursday"],
    [],
)
event(
    PAIRED,
    [
        "The Penwith trade pact was drafted by officials in January, and the two premiers signed it on 18 March."
    ],
    "Penwith trade pact signed",
    "when",
    ["18 March"],
    [],
)
# the event's own word in the day's lead, in another form
event(
    PAIRED,
    ["Pilots at Corvin Air walked out on 2 June and the cabin crews' strikes began on 9 July."],
    "Corvin Air cabin crew strike",
    "when",
    ["9 July"],
    [],
)
event(
    PAIRED,
    ["The Halden dam cracked on 18 November, and engineers drained the reservoir on 25 November."],
    "engineers drained the Halden reservoir",
    "when",
    ["25 November"],
    [],
)
event(
    PAIRED,
    ["Mara Quill resigned as chair in March, and her deputy left the board in June."],
    "deputy left the board",
    "when",
    ["June"],
    [],
)
event(
    PAIRED,
    [
        "Tessaly voters went to the polls on Sunday, two weeks after parliament in Ardon passed the draft on 3 March."
    ],
    "Tessaly vote on the new constitution",
    "when",
    ["Sunday"],
    [],
)
event(
    PAIRED,
    [
        "Pelham council approved the budget on Tuesday, a week after it rejected an earlier plan on 3 May."
    ],
    "Pelham council approved the budget",
    "when",
    ["Tuesday"],
    [],
)
event(
    PAIRED,
    [
        "Hurricane Ines strengthened over the gulf on Monday and made landfall near Port Aubrey on Wednesday."
    ],
    "Hurricane Ines made landfall",
    "when",
    ["Wednesday"],
    [],
)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
