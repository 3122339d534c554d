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
- ``denied-place``: an event's place on the denied side ("held in Vienna, not Geneva", "not in
  Doha but in Muscat", "instead of Jeddah", "rather than Madrid", "in Accra and not in Kumasi"),
  refused; the affirmed place and "not far from", "not only", "not least" pass;
- ``denied-actor``: an event's actor on the denied side ("Police, not the army, fired", "not by
  the Kivu Front but by the Patriotic Brigade", "The Senate rather than the Assembly"),
  refused; the affirmed actor, "not only X but also Y" and "did not say whether" pass;
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
COUNT, DAY, PLACE, ACTOR = "denied-count", "denied-day", "denied-place", "denied-actor"
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


# --- denied-place and denied-actor ----------------------------------------------------------


def event(
    category: str, field: str, kind: str, sentence: str, good: str, bad: str, why: str
) -> None:
    """An event (``kind``) backed by ``sentence`` whose ``field`` ("place" or "actors") is
    ``good`` (stated) or ``bad`` (``why`` it is not the field's)."""
    for expect, value in ((True, good), (False, bad)):
        fact = {"kind": kind, "description": "the event", "actors": [], "place": None,
                "when": None, "evidence": [sentence]}  # fmt: skip
        fact[field] = [value] if field == "actors" else value
        path = "events[0].actors[0]" if field == "actors" else "events[0].place"
        reason = f"{value}: " + ("the affirmed side" if expect else why)
        built.add(category, expect, reason, built.page(sentence), {"events": [fact]}, path)


DENIED, ABSENT = "the denied side", "not in the sentence"
place = partial(event, PLACE, "place")
place(
    "talks",
    "The talks between the two rebel groups were held in Vienna, not Geneva, the mediators said.",
    "Vienna",
    "Geneva",
    DENIED,
)
place(
    "prisoner_exchange",
    "The prisoner exchange took place not in Doha but in Muscat, officials said.",
    "Muscat",
    "Doha",
    DENIED,
)
place(
    "talks",
    "The summit was moved to Riyadh instead of Jeddah at the last minute.",
    "Riyadh",
    "Jeddah",
    DENIED,
)
place(
    "talks",
    "The ministers met in Lisbon rather than Madrid on Tuesday.",
    "Lisbon",
    "Madrid",
    DENIED,
)
place(
    "attack",
    "The aid convoy was attacked near Kadugli - not Kauda, as first reported - on Sunday.",
    "Kadugli",
    "Kauda",
    DENIED,
)
place(
    "other",
    "The rally took place in Accra and not in Kumasi, the organisers said.",
    "Accra",
    "Kumasi",
    DENIED,
)
place(
    "talks",
    "The mediators met in Nairobi, not Addis Ababa, to keep the talks quiet.",
    "Nairobi",
    "Addis Ababa",
    DENIED,
)
place(
    "talks",
    "The ceasefire talks opened in Arusha, not far from the border town of Namanga.",
    "Arusha",
    "Moshi",
    ABSENT,
)
place(
    "talks",
    "Not for the first time, the envoys gathered in Oslo on Monday.",
    "Oslo",
    "Bergen",
    ABSENT,
)
place(
    "vote",
    "The vote was held in Tallinn, not only the capital but also the largest city.",
    "Tallinn",
    "Tartu",
    ABSENT,
)
place(
    "other",
    "Protesters marched in Kisumu on Friday; police did not say whether anyone was hurt.",
    "Kisumu",
    "Nairobi",
    ABSENT,
)
place(
    "strike",
    "The strike began in Gdansk, not least because the port had cut wages.",
    "Gdansk",
    "Gdynia",
    ABSENT,
)
actor = partial(event, ACTOR, "actors")
actor(
    "attack",
    "Police, not the army, fired on the crowd outside the ministry, witnesses said.",
    "Police",
    "army",
    DENIED,
)
actor(
    "strike",
    "The strike was called by the Dockers' Union, not the Transport Federation, its leaders said.",
    "Dockers' Union",
    "Transport Federation",
    DENIED,
)
actor(
    "attack",
    "The attack was carried out not by the Kivu Front but by the Patriotic Brigade, the mission said.",
    "Patriotic Brigade",
    "Kivu Front",
    DENIED,
)
actor(
    "vote",
    "The Senate rather than the Assembly approved the budget on Friday.",
    "Senate",
    "Assembly",
    DENIED,
)
actor(
    "prisoner_exchange",
    "The Red Crescent handed over the detainees instead of the Red Cross.",
    "Red Crescent",
    "Red Cross",
    DENIED,
)
actor(
    "vote",
    "The Assembly, and not the Senate, passed the bill on Tuesday.",
    "Assembly",
    "Senate",
    DENIED,
)
actor(
    "strike",
    "The dockers went on strike at Ravel Port, not for the first time this year.",
    "dockers",
    "sailors",
    ABSENT,
)
actor(
    "strike",
    "Not only the nurses but also the porters walked out at Saint Anne's hospital.",
    "nurses",
    "cooks",
    ABSENT,
)
actor(
    "strike",
    "Not only the nurses but also the porters walked out at Saint Anne's hospital.",
    "porters",
    "surgeons",
    ABSENT,
)
actor(
    "attack",
    "The Patriotic Brigade shelled the town; the mission did not say whether anyone was hurt.",
    "Patriotic Brigade",
    "Lake Militia",
    ABSENT,
)
actor(
    "attack",
    "The Marine Brigade, not least its commander, led the raid on the port.",
    "Marine Brigade",
    "Navy",
    ABSENT,
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
