# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of values a page states only to deny them (``grounding_negated33.jsonl``),
session 33 (checks 55, 57, 71, 72), by value kind, each category holding every shape:

- ``denied-count``: an event's count whose number is the denied side of a contrast ("backed
  the cut by 10 votes to 2, not 11 to 1", "received 149 votes, not 194", "not 40 but 400",
  "did not receive 273 votes, as the article said", "rather than 12", "instead of 30"), refused;
  the affirmed side passes, as do "not only X but also Y" (both stand), "no fewer than 30" and
  "not more than 20" (qualifiers), "not for the first time", "not least", "did not say whether",
  and a denied claim of another field ("the truce did not hold for 30 days; 12 people were
  killed");
- ``denied-day``: a truce's start on the denied side ("begins on Friday, not Saturday", "not on
  Monday but on Tuesday", "on Sunday rather than Saturday"), refused; the affirmed day, "not
  until Friday" (Friday is the day), "not far from Goma" and the other shapes that deny nothing
  pass.

Run ``python tests/data/make_negated33_cases.py`` to rebuild it. Every sentence is written for
this set (fictional outlets, bodies and people); each verdict is what a careful fact-checker
reads, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_negated33.jsonl")

built = SupportCases(
    "neg33",
    leads=[
        "VALMORA (Harbour Wire) -",
        "By Ines Calloway | The Northgate Ledger",
        "From our correspondent, The Riverside Courier.",
    ],
)
COUNT, DAY = "denied-count", "denied-day"
EXACT, MORE, LEAST, UPTO = "exact", "more_than", "at_least", "up_to"
counts = partial(built.count_cases, published="2025-07-30")

# --- denied-count --------------------------------------------------------------------------

S = "The board backed the rate cut by 10 votes to 2, not 11 to 1, the council's clerk said."
counts(COUNT, [S], [("votes for the cut", 10, EXACT)], [("votes for the cut", 11, EXACT)])
S = "Rossa Delane received 149 votes, not 194, in the second round of the party ballot."
counts(COUNT, [S], [("votes for Delane", 149, EXACT)], [("votes for Delane", 194, EXACT)])
S = "Mayor Tilde Varga won 237 of the 465 votes; she did not receive 273 votes, as the article said."
counts(COUNT, [S], [("votes for Varga", 237, EXACT)], [("votes for Varga", 273, EXACT)])
S = "Flooding forced 400 families from their homes, not 40 as first reported, the agency said."
counts(
    COUNT,
    [S],
    [("families forced from their homes", 400, EXACT)],
    [("families forced from their homes", 40, EXACT)],
)
S = "The toll was not 18 but 25 dead, the provincial health office said on Tuesday."
counts(COUNT, [S], [("people dead", 25, EXACT)], [("people dead", 18, EXACT)])
S = "Inspectors counted 62 damaged buildings rather than 80, the city engineer said."
counts(COUNT, [S], [("damaged buildings", 62, EXACT)], [("damaged buildings", 80, EXACT)])
S = "The council approved 14 new shelters instead of 30 after the budget was cut."
counts(COUNT, [S], [("new shelters approved", 14, EXACT)], [("new shelters approved", 30, EXACT)])
S = "The motion passed with 56 votes, not 65, after two members abstained."
counts(COUNT, [S], [("votes for the motion", 56, EXACT)], [("votes for the motion", 65, EXACT)])
S = "Police arrested 23 people - not 32, as an earlier statement said - during the march."
counts(COUNT, [S], [("people arrested", 23, EXACT)], [("people arrested", 32, EXACT)])
S = "The Greens won nine seats, the electoral office said; they did not win 12 seats, as the party had claimed."
counts(
    COUNT, [S], [("seats won by the Greens", 9, EXACT)], [("seats won by the Greens", 12, EXACT)]
)
S = "The storm destroyed not only 300 homes but also 45 schools across the valley."
counts(COUNT, [S], [("homes destroyed", 300, EXACT), ("schools destroyed", 45, EXACT)], [])
S = "No fewer than 30 boats took part in the search, the coastguard said."
counts(COUNT, [S], [("boats in the search", 30, LEAST)], [("boats in the search", 31, EXACT)])
S = "The clinic can treat not more than 20 patients a day, its director said."
counts(COUNT, [S], [("patients treated a day", 20, UPTO)], [("patients treated a day", 200, UPTO)])
S = "For the second time this year, and not for the first time, 70 workers walked out at the plant."
counts(COUNT, [S], [("workers who walked out", 70, EXACT)], [("workers who walked out", 7, EXACT)])
S = "The strike hit several sectors, not least the port, where 900 dockers stopped work."
counts(
    COUNT,
    [S],
    [("dockers who stopped work", 900, EXACT)],
    [("dockers who stopped work", 90, EXACT)],
)
S = "Officials did not say whether the 15 detained reporters had been charged."
counts(COUNT, [S], [("reporters detained", 15, EXACT)], [("reporters detained", 51, EXACT)])
S = "The truce did not hold for 30 days; 12 people were killed in the first week."
counts(COUNT, [S], [("people killed", 12, EXACT)], [("people killed", 30, EXACT)])

# --- denied-day ----------------------------------------------------------------------------


def start(expect: bool, why: str, sentence: str, value: str) -> None:
    """A truce whose start is ``value``, backed by ``sentence``."""
    built.day(DAY, built.page(sentence), sentence, value, expect, why)


S = "The ceasefire between the two militias begins on Friday, not Saturday, the mediators said."
start(True, "the affirmed day", S, "Friday")
start(False, "the denied day", S, "Saturday")
S = "The truce takes effect not on Monday but on Tuesday, the army said."
start(True, "the affirmed day", S, "Tuesday")
start(False, "the denied day", S, "Monday")
S = "The ceasefire will start on Sunday rather than Saturday, the envoy said."
start(True, "the affirmed day", S, "Sunday")
start(False, "the day rather than which it starts", S, "Saturday")
S = "The truce came into force on Thursday instead of Wednesday after a late dispute."
start(True, "the affirmed day", S, "Thursday")
start(False, "the day instead of which it started", S, "Wednesday")
S = "The ceasefire starts on August 4, not August 14 as first reported, officials said."
start(True, "the affirmed day", S, "August 4")
start(False, "the denied day", S, "August 14")
S = "The truce began on Saturday - not Friday, as an earlier report said - in the hill districts."
start(True, "the affirmed day", S, "Saturday")
start(False, "the denied day", S, "Friday")
S = "The ceasefire in the north took hold on Monday, not Sunday, the monitors said."
start(True, "the affirmed day", S, "Monday")
start(False, "the denied day", S, "Sunday")
S = "Fighting went on, and the truce will not take effect until Friday, the rebels said."
start(True, "not until Friday: Friday is the start", S, "Friday")
start(False, "no day of the sentence", S, "Thursday")
S = "A ceasefire began on Tuesday in villages not far from Goma, the mission said."
start(True, "the day; 'not far from' denies nothing", S, "Tuesday")
start(False, "another day", S, "Wednesday")
S = "Not for the first time, a truce began on Sunday in the border towns."
start(True, "the day; 'not for the first time' denies nothing", S, "Sunday")
start(False, "another day", S, "Monday")
S = "The ceasefire took effect on Wednesday, the army said, though it did not say whether it would last."
start(True, "the day; 'did not say whether' denies nothing", S, "Wednesday")
start(False, "another day", S, "Friday")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
