# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 54's GAPS closer gc54 (``grounding_gc54.jsonl``;
:mod:`summarizer.verification.figures.frame_phrases` and the earlier-period bases of
:mod:`summarizer.verification.figures.change_ends`), by shape:

- ``formers``: a former value told in a phrase ("used to employ", "in its heyday", "at its
  height ...; ... now"): refused as the count; the figure of now, a "used to" of purpose or
  habit ("was used to hire", "used to the noise"), an "at its peak" with no figure of now,
  and a former value the count dates by its own decade pass.
- ``asked``: a hope or a question in other words ("is hopeful that", "asked whether", "So will
  ...?", a hope past a relative aside "the bypass, which opens in May, will carry"): refused;
  a hope's or a question's words in an aside, after a stop ("after"), or "So far" pass.
- ``bases``: a count of an earlier period ("a year earlier", "the month before") whose number
  is the later value set against that period ("£41m (£37m a year earlier)", "up 6% on the
  previous year", "higher than in the same period last year", "down on last month",
  "Compared with the previous season, crowds rose to"): refused; the earlier period's own
  number, and the later value for a count of now, pass.

Run ``python tests/data/make_gc54_cases.py`` to rebuild it. Every article below was written
for this set in its own words (the places, firms and people made up); each verdict is what a
careful fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gc54.jsonl")

built = SupportCases(
    "gc54",
    leads=[
        "By Fenella Ruddock | The Ashby Courier",
        "PORT ELLWOOD (Estuary Wire) -",
        "Regions | The Calder Gazette",
        "From our Tynebridge desk, The Northern Mercury.",
    ],
)
PUBLISHED = "2026-05-14"


case = partial(built.count_cases, published=PUBLISHED)


# --- formers: a former value in a phrase; the figure of now and near-misses pass -------------
F = "formers"
case(
    F,
    ["The Harrowgate brickworks used to employ 900 people; it now employs 140."],
    [("workers at the brickworks now", 140, "exact")],
    [("workers at the brickworks", 900, "exact")],
)
case(
    F,
    ["The Skerry ferry used to carry 1,200 passengers a day before the bridge opened."],
    [],
    [("passengers a day on the Skerry ferry", 1200, "exact")],
)
case(
    F,
    ["A council grant was used to hire 300 extra nurses at Halloway General last winter."],
    [("nurses hired at Halloway General", 300, "exact")],
    [],
)
case(
    F,
    ["Villagers used to the noise of the quarry counted 46 lorries through Brantwick on Monday."],
    [("lorries through Brantwick on Monday", 46, "exact")],
    [],
)
case(
    F,
    ["In its heyday the Corran pier drew 40,000 day-trippers a summer."],
    [],
    [("day-trippers to the Corran pier", 40000, "exact")],
)
case(
    F,
    ["The Marlow Players, in their heyday, staged 12 productions a year at the Lyric."],
    [],
    [("productions staged by the Marlow Players", 12, "exact")],
)
case(
    F,
    [
        "At its height the Tullis mill employed 2,500 weavers, though only 60 people work on the site now."
    ],
    [],
    [("weavers at the Tullis mill", 2500, "exact")],
)
case(
    F,
    ["At its peak on Saturday the march through Dunmere drew 50,000 people, police said."],
    [("marchers in Dunmere", 50000, "exact")],
    [],
)
case(
    F,
    ["At the height of the storm, 30,000 homes in the county were without power."],
    [("homes without power", 30000, "exact")],
    [],
)
case(
    F,
    ["Kilbride primary school used to have 90 pupils, the education board said."],
    [],
    [("pupils at Kilbride primary school", 90, "exact")],
)
case(
    F,
    ["The Ostler ward used to treat 200 patients a week, but it closed in March."],
    [],
    [("patients treated a week on the Ostler ward", 200, "exact")],
)
case(
    F,
    ["The Garrow shipyard used to employ 8,000 workers in the 1970s."],
    [("workers at the Garrow shipyard in the 1970s", 8000, "exact")],
    [],
)
case(
    F,
    ["The Lenham tram network used to run 14 lines; today it runs six."],
    [("lines run by the Lenham tram network", 6, "exact")],
    [("lines run by the Lenham tram network", 14, "exact")],
)
case(
    F,
    [
        "Stewards who used to work at the old ground helped 7,500 fans into the new stadium on Sunday."
    ],
    [("fans at the new stadium on Sunday", 7500, "exact")],
    [],
)
case(
    F,
    [
        "The Wexcombe lifeboat, which used to launch from the harbour wall, rescued 11 people on Tuesday."
    ],
    [("people rescued by the Wexcombe lifeboat", 11, "exact")],
    [],
)

case(
    F,
    ["The Penrose colliery used to produce 600,000 tonnes of coal a year."],
    [],
    [("coal produced a year at Penrose colliery, tonnes", 600000, "exact")],
)
case(
    F,
    ["In their heyday Ashdown Rovers drew crowds of 25,000 to Mill Lane."],
    [],
    [("crowds at Mill Lane", 25000, "exact")],
)
case(
    F,
    ["The Blackwater line used to run 30 trains a day, the rail museum's guide says."],
    [],
    [("trains a day on the Blackwater line", 30, "exact")],
)

case(
    F,
    ["The Brisco mine, at its peak, employed 1,100 miners, the heritage trust says."],
    [("miners at the Brisco mine at its peak", 1100, "exact")],
    [],
)

# --- asked: a hope or a question in other words; hope words in an aside or after a stop pass --
A = "asked"
case(
    A,
    ["Organisers are hopeful that 5,000 runners will enter the Brackley 10k in June."],
    [],
    [("runners in the Brackley 10k", 5000, "exact")],
)
case(
    A,
    ["The Ferrybridge council, which has hopeful plans for the seafront, ran 40 events last year."],
    [("events run by the council last year", 40, "exact")],
    [],
)
case(
    A,
    ["Ministers hope the Aldwick bypass, which opens in May, will carry 20,000 vehicles a day."],
    [],
    [("vehicles a day on the Aldwick bypass", 20000, "exact")],
)
case(
    A,
    [
        "The Aldwick bypass, which ministers hope will ease congestion, carried 18,000 vehicles on its first day."
    ],
    [("vehicles on the Aldwick bypass's first day", 18000, "exact")],
    [],
)
case(
    A,
    ["So will 2,000 volunteers really turn out for the Saltcoats beach clean?"],
    [],
    [("volunteers at the Saltcoats beach clean", 2000, "exact")],
)
case(
    A,
    ["But could 600 jobs go at the Fernley plant before Christmas?"],
    [],
    [("jobs lost at the Fernley plant", 600, "exact")],
)
case(
    A,
    ["So far 2,000 volunteers have signed up for the Saltcoats beach clean, organisers said."],
    [("volunteers signed up for the beach clean", 2000, "exact")],
    [],
)
case(
    A,
    ["Councillors asked whether 300 homes in Lowgate had really been flooded."],
    [],
    [("homes flooded in Lowgate", 300, "exact")],
)
case(
    A,
    ["Inspectors are checking whether 45 care homes in the borough met the fire standard."],
    [],
    [("care homes meeting the fire standard", 45, "exact")],
)
case(
    A,
    [
        "Police moved 120 families out of the Carrick estate, whether they rented or owned their homes."
    ],
    [("families moved out of the Carrick estate", 120, "exact")],
    [],
)
case(
    A,
    ["Residents asked the council why 12 streetlights on Mercer Road had failed."],
    [("streetlights that failed on Mercer Road", 12, "exact")],
    [],
)
case(
    A,
    ["The union is hopeful after 3,000 members backed the pay deal at Orrin Foods."],
    [("members who backed the pay deal", 3000, "exact")],
    [],
)
case(
    A,
    ["Ministers hope the warm homes scheme, which reached 15,000 households last year, will grow."],
    [("households reached by the scheme last year", 15000, "exact")],
    [],
)
case(
    A,
    ["The Corlan festival, where organisers hope to break even, sold 9,200 tickets this week."],
    [("tickets sold for the Corlan festival", 9200, "exact")],
    [],
)
case(
    A,
    ["Teachers hope the academy, whose roll fell last year, will enrol 450 pupils in September."],
    [],
    [("pupils enrolled at the academy", 450, "exact")],
)
case(
    A,
    ["Reporters wondered whether 70 protesters had in fact been arrested in Kelso."],
    [],
    [("protesters arrested in Kelso", 70, "exact")],
)

case(
    A,
    ["The Linmouth trust is hopeful that 250 nurses will join from overseas this year."],
    [],
    [("nurses joining the Linmouth trust from overseas", 250, "exact")],
)
case(
    A,
    ["MPs questioned whether 4,000 troops would be enough to hold the border."],
    [],
    [("troops deployed to the border", 4000, "exact")],
)
case(
    A,
    ["And will 30,000 fans really fill the Brisk Arena on Friday?"],
    [],
    [("fans at the Brisk Arena on Friday", 30000, "exact")],
)

case(
    A,
    ["Few doubted that 2,400 runners finished the Carsway marathon in the heat."],
    [("runners who finished the Carsway marathon", 2400, "exact")],
    [],
)
case(
    A,
    ["The Ardle food bank asked whether it could help, and then fed 320 families in a week."],
    [("families fed by the Ardle food bank", 320, "exact")],
    [],
)

# --- bases: an earlier period's count against the later value set against it ----------------
B = "bases"
case(
    B,
    ["Sales at Dunlin Foods reached £41m (£37m a year earlier)."],
    [("Dunlin Foods sales a year earlier, pounds", 37e6, "exact")],
    [("Dunlin Foods sales a year earlier, pounds", 41e6, "exact")],
)
case(
    B,
    ["The Brayford orchestra now has 64 players (58 the year before)."],
    [
        ("players in the orchestra the year before", 58, "exact"),
        ("players in the orchestra now", 64, "exact"),
    ],
    [("players in the orchestra the year before", 64, "exact")],
)
case(
    B,
    ["Passenger numbers at Colwick airport were 1.8 million, up 6% on the previous year."],
    [("passengers at Colwick airport", 1.8e6, "exact")],
    [("passengers at Colwick airport in the previous year", 1.8e6, "exact")],
)
case(
    B,
    ["Admissions to the Tarrant hospital rose to 9,400, higher than in the same period last year."],
    [("admissions to the Tarrant hospital", 9400, "exact")],
    [("admissions to the Tarrant hospital a year earlier", 9400, "exact")],
)
case(
    B,
    ["Ticket sales at the Orbis cinema fell to 3,150, down on last month."],
    [("ticket sales at the Orbis cinema", 3150, "exact")],
    [("ticket sales at the Orbis cinema the month before", 3150, "exact")],
)
case(
    B,
    ["Compared with the previous season, crowds at Holm Park rose to 14,200."],
    [("crowds at Holm Park", 14200, "exact")],
    [("crowds at Holm Park in the previous season", 14200, "exact")],
)
case(
    B,
    ["In the previous season, crowds at Holm Park averaged 12,900, down on the season before."],
    [("crowds at Holm Park in the previous season", 12900, "exact")],
    [],
)
case(
    B,
    ["Last month's bookings at the Gull Inn were 6,300, down 4% on the month before."],
    [("last month's bookings at the Gull Inn", 6300, "exact")],
    [],
)
case(
    B,
    ["Profit at Kellet Mills was £12m, up £2m on the year before."],
    [("profit at Kellet Mills, pounds", 12e6, "exact")],
    [("profit at Kellet Mills the year before, pounds", 12e6, "exact")],
)
case(
    B,
    [
        "The Tern rowing club has 420 members (about 90 of them juniors), up from 380 the year before."
    ],
    [
        ("members of the Tern rowing club the year before", 380, "exact"),
        ("members of the Tern rowing club", 420, "exact"),
    ],
    [],
)
case(
    B,
    ["Revenue at Pellow Print came to $310m (£245m), the firm said."],
    [("revenue at Pellow Print, dollars", 310e6, "exact")],
    [],
)
case(
    B,
    ["Against last year, visits to the Hawes museum rose to 52,000."],
    [("visits to the Hawes museum", 52000, "exact")],
    [("visits to the Hawes museum the year before", 52000, "exact")],
)

case(
    B,
    ["Membership of the Vale choir stood at 212 (190 the year before)."],
    [("members of the Vale choir the year before", 190, "exact")],
    [("members of the Vale choir the year before", 212, "exact")],
)
case(
    B,
    ["Output at the Rennick plant was 44,000 cars, down 3% on the previous year."],
    [("cars made at the Rennick plant", 44000, "exact")],
    [("cars made at the Rennick plant in the previous year", 44000, "exact")],
)
case(
    B,
    ["Compared with the prior quarter, deliveries by Hollis Freight climbed to 8,800."],
    [("deliveries by Hollis Freight", 8800, "exact")],
    [("deliveries by Hollis Freight in the prior quarter", 8800, "exact")],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
