# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 60's line labels as an event's place (``grounding_pl60.jsonl``,
false-alarm writer pl60; :mod:`summarizer.verification.places.line_labels`), at the edges of

- ``dateline``: a dateline opens the line ("VARNO, May 3 (Eastline Wire) - ...", "KESTRAL —
  ...", "PORT ALDER, Marenia - ...") whose sentence tells the event in one clause and another
  occasion, a day or a party in another ("... on Sunday, while Belgium's rider won the last
  stage"): the dateline's city passes; a city the line puts the event in after "in", "at",
  "near", "across", "into", "to" ("... struck depots across Marenia", "... at the Halvard
  Palace", "... after the final in Brisk"), a place named in the clause of the other
  occasion, a place in a body's name and a city of another sentence stay refused;
- ``label``: a list item's label before a colon ("- Norvia: three abbeys built ...") or a
  heading on a line of its own ("NORTHERN PROVINCES" over its item): the label passes for the
  item's event; another item's label, a place the item's line names for its event ("-
  Norvia: the minister signed the accord in Tallis") and a place inside the item's text
  stay refused.

Run ``python tests/data/make_pl60_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_pl60.jsonl")

built = SupportCases(
    "pl60",
    leads=[
        "Riders crown a champion as the tour ends",
        "WORLD | The Halden Post",
        "Briefing - Kellmar Gazette",
        "Markets in brief | Pennant Business Wire",
    ],
)
DATELINE, LABEL = "dateline", "label"
# The event's day, as a labeller gives it: the first weekday or day and month its evidence
# names (the seen alarms were of facts with a day, told in the clause after the dateline).
_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2} (?:March|May|June|August))\b"
)


# --- dateline ----------------------------------------------------------------------------------
DATELINES: list[tuple[bool, str, str, str, str]] = [
    # (expect, the line, place, what, why)
    (
        True,
        "VARNO, July 27 (Eastline Wire) - Teodor Blask was crowned champion of the Tour of Marenia for a third time on Sunday, finishing two minutes clear of his team-mate, while Ostland's Piet Raven won the final stage.",
        "Varno",
        "Blask crowned champion of the tour",
        "the dateline's city: the stage and the crowning there, another clause names a rider's country",
    ),
    (
        True,
        "KESTRAL — Last month's indictment of Oren Sault, the mayor's nephew, on eleven counts still hangs over the city's council.",
        "Kestral",
        "Oren Sault indicted",
        "the dateline's city: the indictment told there",
    ),
    (
        True,
        "PORT ALDER - Fennick's six autumn sales of old maps raised 41 million crowns between 2 and 9 October, 13 per cent more than a year earlier; no autumn series at the house in the city had done better since 2018.",
        "Port Alder",
        "Fennick's autumn map sales",
        "the dateline's city, 'in the city' with no name",
    ),
    (
        True,
        "BRISK, March 4 (Coastal Press) - Dockers walked out on Tuesday after talks on night-shift pay broke down, and the harbour authority said about 9,000 containers were left standing.",
        "Brisk",
        "dockers strike",
        "the dateline's city: the strike, the day in the first clause",
    ),
    (
        True,
        "HALLOWAY, Norvia — The Norvian central bank raised its main rate to 4.5 per cent on Thursday, the third rise this year, as prices kept climbing.",
        "Halloway",
        "central bank raises rate",
        "the dateline with its country: the rate decision",
    ),
    (
        True,
        "TESSEN (Reuters) - A fire tore through a textile warehouse on Friday night, and firefighters said two workers were missing after the roof gave way.",
        "Tessen",
        "warehouse fire",
        "the dateline with an agency: the fire there",
    ),
    (
        True,
        "LUMA, Aug. 12 - Voters backed the new charter by a wide margin on Sunday, the electoral board said, after a campaign that split the governing coalition.",
        "Luma",
        "charter referendum",
        "the dateline and a date: the vote",
    ),
    (
        True,
        "DRAVEN — The Ostmark Philharmonic opened its season on Saturday with a new symphony by Ilse Kober, whose last work premiered two years ago.",
        "Draven",
        "the orchestra opens its season",
        "the dateline's city: the concert, another clause tells an earlier premiere with no place",
    ),
    (
        True,
        "SORREL BAY, May 9 (Harbour Wire) — The island's ferry operator cancelled all sailings on Wednesday as gales of up to 90 km/h swept the coast, and schools stayed shut.",
        "Sorrel Bay",
        "ferry sailings cancelled",
        "a two-word dateline: the cancellations",
    ),
    (
        True,
        "MERIDA FALLS — A jury convicted the former treasurer of fraud on Monday, eight months after the trial opened, and the judge set sentencing for June.",
        "Merida Falls",
        "treasurer convicted",
        "the dateline: the verdict there, another clause's trial with no place",
    ),
    (
        True,
        "OSTERBY, Oct. 2 (Northline) - Workers at the Halvik car plant downed tools on Monday, a day after their union rejected a revised offer.",
        "Osterby",
        "car plant strike",
        "a plant's name inside the line, no place word before it",
    ),
    (
        False,
        "VARNO, June 13 (Eastline Wire) - The war began on Friday, when Ostland's air force struck depots and radar sites across Marenia.",
        "Varno",
        "Ostland strikes Marenia",
        "the line puts the strikes across Marenia: Varno is where the story was filed",
    ),
    (
        False,
        "KESTRAL — Tadeo Vance was crowned champion on Sunday after the final stage in Brisk, his team said.",
        "Kestral",
        "Vance crowned champion",
        "the line names Brisk for the stage: the dateline is no place of it",
    ),
    (
        False,
        "PORT ALDER - Marenia let four detained sailors go on Friday after the president received an envoy at the Halvard Palace in Osk.",
        "Port Alder",
        "sailors freed",
        "the line names the palace in Osk",
    ),
    (
        False,
        "BRISK, March 4 (Coastal Press) - Dockers walked out on Tuesday at the port of Tennant after talks on night-shift pay broke down.",
        "Brisk",
        "dockers strike",
        "the line puts the strike at the port of Tennant",
    ),
    (
        False,
        "HALLOWAY, Norvia — Rebels seized two border posts near Durrow on Thursday, the army said.",
        "Halloway",
        "border posts seized",
        "near Durrow: the dateline is where the army spoke",
    ),
    (
        False,
        "TESSEN (Reuters) - A fire tore through a textile warehouse in Gravel Point on Friday night, and two workers were missing.",
        "Tessen",
        "warehouse fire",
        "the fire was in Gravel Point",
    ),
    (
        False,
        "LUMA, Aug. 12 - Government troops pushed into Sallow on Sunday, the defence ministry said.",
        "Luma",
        "troops enter Sallow",
        "into Sallow: the event's own place",
    ),
    (
        False,
        "DRAVEN — The Ostmark Philharmonic opened its season on Saturday with a new symphony by Ilse Kober, whose last work premiered two years ago.",
        "Ostmark",
        "the orchestra opens its season",
        "a place in a body's name, not where the concert was",
    ),
    (
        False,
        "SORREL BAY, May 9 (Harbour Wire) — The minister flew to Carrow on Wednesday to sign the fisheries accord, her office said.",
        "Sorrel Bay",
        "fisheries accord signed",
        "the minister flew to Carrow to sign it",
    ),
    (
        False,
        "MERIDA FALLS — A jury convicted the former treasurer of fraud on Monday, eight months after the trial opened, and the judge set sentencing for June.",
        "Norvia",
        "treasurer convicted",
        "a place the line never names",
    ),
    (
        False,
        "OSTERBY, Oct. 2 (Northline) - Workers walked off the job on Monday outside the Halvik plant in Renfrew, a day after their union rejected an offer.",
        "Osterby",
        "car plant strike",
        "the line puts the walkout in Renfrew",
    ),
    (
        False,
        "GRAVEL POINT, Feb. 9 (Eastline Wire) - Ostland's drones hit Osk's power station on Sunday, hours after talks on a truce broke up, the grid operator said.",
        "Gravel Point",
        "drone strike on the power station",
        "the line names Osk's power station: the dateline is where the story was filed",
    ),
    (
        False,
        "KESTRAL — Tessen's container port reopened on Monday, a week after a strike by crane drivers ended.",
        "Kestral",
        "port reopens",
        "the port is Tessen's",
    ),
    (
        False,
        "LUMA, Aug. 12 - Voters in the northern provinces backed autonomy on Sunday, while the capital Varno voted against it.",
        "Varno",
        "autonomy vote",
        "Varno is the other clause's place, the vote the provinces'",
    ),
]
for expect, line, place, what, why in DATELINES:
    built.page_event_place(
        DATELINE, expect, [line, "More to follow."], [line], place, what, why, _DAY
    )


# --- label -------------------------------------------------------------------------------------
WONDERS = [
    "Five new entries on the heritage list, country by country.",
    "- Norvia: three abbeys built for the Carrow monks between 1120 and 1190, now restored.",
    "- Ostland: a salt road of 140 km, in use from the tenth century, was added on Tuesday.",
    "- Marenia: the committee listed the old harbour town of Sallow, after a vote in Tessen.",
]
ROUNDUP = [
    "Pay deals for health staff, by nation.",
    "NORTHERN PROVINCES",
    "Ministers accepted the review body's advice on 22 May, so all nurses receive a rise of 3.6%, backdated to April.",
    "THE ISLANDS",
    "The island council agreed a 4% rise on 3 June after a week of talks in Varno.",
    "SOUTHERN PORTS",
    "The union held its pay ballot in Varno on 3 June, and members backed the offer.",
]
CLOSURES = [
    "Hospitals that closed this year:",
    "Dunmore General: closed on 31 August with the court's approval; 640 staff were laid off.",
    "Halvik Infirmary: shut its wards in March, and its patients were moved to Osterby.",
]
MARKETS = [
    "How house prices moved in September.",
    "Ostland: values rose 0.8% in the month, taking the annual gain to 4.8%.",
    "Norvia: prices fell 0.3%, the second fall in a row, with Brisk weakest.",
]
LABELS: list[tuple[bool, list[str], str | list[str], str, str, str]] = [
    # (expect, paragraphs, evidence, place, what, why)
    (
        True,
        WONDERS,
        "- Norvia: three abbeys built for the Carrow monks between 1120 and 1190, now restored.",
        "Norvia",
        "abbeys listed",
        "the item's label",
    ),
    (
        True,
        WONDERS,
        "- Ostland: a salt road of 140 km, in use from the tenth century, was added on Tuesday.",
        "Ostland",
        "salt road listed",
        "the item's label",
    ),
    (
        True,
        ROUNDUP,
        [
            "NORTHERN PROVINCES",
            "Ministers accepted the review body's advice on 22 May, so all nurses receive a rise of 3.6%, backdated to April.",
        ],
        "Northern Provinces",
        "pay rise accepted",
        "the heading over the item",
    ),
    (
        True,
        CLOSURES,
        "Dunmore General: closed on 31 August with the court's approval; 640 staff were laid off.",
        "Dunmore General",
        "hospital closes",
        "the item's label names the hospital",
    ),
    (
        True,
        MARKETS,
        "Ostland: values rose 0.8% in the month, taking the annual gain to 4.8%.",
        "Ostland",
        "house values rise",
        "the item's label",
    ),
    (
        True,
        MARKETS,
        "Norvia: prices fell 0.3%, the second fall in a row, with Brisk weakest.",
        "Norvia",
        "house prices fall",
        "the label: Brisk is where prices fell most, after no place word",
    ),
    (
        True,
        [
            "Storm damage, region by region.",
            "Upper Vale: the river burst its banks on Friday night and 300 homes were flooded.",
        ],
        "Upper Vale: the river burst its banks on Friday night and 300 homes were flooded.",
        "Upper Vale",
        "river floods homes",
        "a two-word label",
    ),
    (
        True,
        [
            "Where the strikes bite this week.",
            "KESTRAL: bus drivers stop work on Monday for 24 hours over rotas.",
        ],
        "KESTRAL: bus drivers stop work on Monday for 24 hours over rotas.",
        "Kestral",
        "bus strike",
        "a shouted label",
    ),
    (
        True,
        [
            "Results at a glance.",
            "Tessen: the incumbent mayor held her seat on Sunday with 58% of the vote.",
        ],
        "Tessen: the incumbent mayor held her seat on Sunday with 58% of the vote.",
        "Tessen",
        "mayor re-elected",
        "the item's label",
    ),
    (
        True,
        [
            "Elections roundup",
            "LOWER MARCH",
            "Turnout reached 71 per cent on Sunday, the highest since the county was formed, and the Green list came first.",
        ],
        [
            "LOWER MARCH",
            "Turnout reached 71 per cent on Sunday, the highest since the county was formed, and the Green list came first.",
        ],
        "Lower March",
        "county election",
        "the heading over the item",
    ),
    (
        False,
        WONDERS,
        "- Norvia: three abbeys built for the Carrow monks between 1120 and 1190, now restored.",
        "Ostland",
        "abbeys listed",
        "the next item's label",
    ),
    (
        False,
        WONDERS,
        "- Marenia: the committee listed the old harbour town of Sallow, after a vote in Tessen.",
        "Marenia",
        "the vote on the listing",
        "the line puts the vote in Tessen",
    ),
    (
        False,
        ROUNDUP,
        "The island council agreed a 4% rise on 3 June after a week of talks in Varno.",
        "Northern Provinces",
        "island pay deal",
        "the other heading, over another item",
    ),
    (
        False,
        ROUNDUP,
        [
            "SOUTHERN PORTS",
            "The union held its pay ballot in Varno on 3 June, and members backed the offer.",
        ],
        "Southern Ports",
        "pay ballot",
        "the heading's item puts the ballot in Varno",
    ),
    (
        False,
        ROUNDUP,
        "The island council agreed a 4% rise on 3 June after a week of talks in Varno.",
        "Tessen",
        "island pay deal",
        "a place the item never names",
    ),
    (
        False,
        CLOSURES,
        "Halvik Infirmary: shut its wards in March, and its patients were moved to Osterby.",
        "Dunmore General",
        "infirmary shuts",
        "another item's label",
    ),
    (
        False,
        MARKETS,
        "Ostland: values rose 0.8% in the month, taking the annual gain to 4.8%.",
        "Norvia",
        "house values rise",
        "the next item's label",
    ),
    (
        False,
        [
            "Storm damage, region by region.",
            "Upper Vale: the storm cut power to 300 homes after a pylon fell near Garrick.",
        ],
        "Upper Vale: the storm cut power to 300 homes after a pylon fell near Garrick.",
        "Upper Vale",
        "pylon falls",
        "the pylon fell near Garrick",
    ),
    (
        False,
        [
            "Where the strikes bite this week.",
            "KESTRAL: bus drivers from the city stop work on Monday at the depot in Mallow.",
        ],
        "KESTRAL: bus drivers from the city stop work on Monday at the depot in Mallow.",
        "Kestral",
        "bus strike",
        "the line puts the stoppage in Mallow",
    ),
    (
        False,
        [
            "Results at a glance.",
            "Tessen: the incumbent mayor held her seat on Sunday with 58% of the vote.",
        ],
        "Tessen: the incumbent mayor held her seat on Sunday with 58% of the vote.",
        "Varno",
        "mayor re-elected",
        "a place the item never names",
    ),
    (
        False,
        ["Trade notes", "Ostland: the trade minister signed the tariff accord in Brisk on Monday."],
        "Ostland: the trade minister signed the tariff accord in Brisk on Monday.",
        "Ostland",
        "tariff accord signed",
        "the line names Brisk for the signing",
    ),
]
for expect, paragraphs, evidence, place, what, why in LABELS:
    told = [evidence] if isinstance(evidence, str) else evidence
    built.page_event_place(LABEL, expect, paragraphs, told, place, what, why, _DAY)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
