# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 54's review rv54n of GAPS closer gc54 (``grounding_rv54n.jsonl``;
:mod:`summarizer.verification.figures.frame_phrases` and the earlier-period bases of
:mod:`summarizer.verification.figures.change_ends`), by shape:

- ``formers``: a "used to", "in its heyday" or "at its height" that frames another figure or
  none ("Crews used to fighting moorland fires tackled 14 blazes", "The £4m fund, used to
  build 120 homes", "The river, at its height, flooded 160 homes ..., and 40 families are now
  in shelters", "The Beacon Inn, formerly the Crown, which reopened in May, has 30 rooms"):
  the count passes; a former value in neighbouring words ("once had", "at one point", "in its
  glory days", "before the merger", "at its height" after the number) fails.
- ``hopes``: a hope's word in another clause or naming something else ("Hopeful home fans
  filled 5,000 seats", "Hopeful parents, who had queued since dawn, secured 60 places", a hope in a
  relative aside): the count passes; a hope, an expectation, an aim or a possibility ("is
  expected to", "aims to", "could reach", "is optimistic that"): fails.
- ``questions``: a question answered by the count ("Will anyone come?" ... "In the end 5,000
  did"), a "checked whether" whose number is what was checked ("Inspectors checked whether 45
  care homes met the standard"), a wh-question that takes the count as given ("So why did
  4,000 people turn up?"): passes; a yes-no question or one reported in other words ("asked
  if", "queried whether", "will decide whether"): fails.
- ``bases``: the earlier period's own number after a base ("Compared with the previous year,
  when 4,100 people attended", "Compared with last year's 310 entries"), a count of last year
  set against the year before ("Last year, compared with the year before, visits rose to
  52,000"), the change's own percentage: pass; the later value for the earlier period, or the
  earlier value for the later one, fail.

Run ``python tests/data/make_rv54n_cases.py`` to rebuild it. Every article below was written
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

OUT = Path(__file__).with_name("grounding_rv54n.jsonl")

built = SupportCases(
    "rv54n",
    leads=[
        "By Tamsin Orrell | The Wendover Post",
        "KELLAND BAY (Coastline News) -",
        "Around the county | The Harwick Echo",
        "From our Lowmoor office, The Dales Herald.",
    ],
)
PUBLISHED = "2026-06-09"


case = partial(built.count_cases, published=PUBLISHED)


# --- formers: a former-value phrase about another figure or none; neighbouring former values fail
F = "formers"
case(
    F,
    [
        "Crews used to fighting moorland fires tackled 14 blazes across the Fellside district on Sunday."
    ],
    [("blazes tackled in the Fellside district on Sunday", 14, "exact")],
    [],
)
case(
    F,
    [
        "The £4m Dunmore housing fund, used to build 120 homes on the old gasworks site, closes next year."
    ],
    [("homes built with the Dunmore housing fund", 120, "exact")],
    [],
)
case(
    F,
    ["The hall that used to house the Merrow library holds 200 camp beds for flood victims."],
    [("camp beds in the hall", 200, "exact")],
    [],
)
case(
    F,
    ["Those used to sleeping rough were offered 85 beds at the Calder Street shelter on Monday."],
    [("beds offered at the Calder Street shelter", 85, "exact")],
    [],
)
case(
    F,
    [
        "The river Wenn, at its height, flooded 160 homes in Carwick, and 40 families are now in emergency shelters."
    ],
    [("homes flooded in Carwick", 160, "exact"), ("families in emergency shelters", 40, "exact")],
    [],
)
case(
    F,
    [
        "At its height the storm cut power to 30,000 homes in the county, and engineers are now restoring the last 200."
    ],
    [("homes that lost power in the storm", 30000, "exact")],
    [("homes that lost power in the storm", 200, "exact")],
)
case(
    F,
    [
        "At its peak on Saturday the march through Dunmere drew 50,000 people, organisers said today."
    ],
    [("marchers in Dunmere on Saturday", 50000, "exact")],
    [],
)
case(
    F,
    ["The Beacon Inn, formerly the Crown, which reopened in May, has 30 rooms."],
    [("rooms at the Beacon Inn", 30, "exact")],
    [],
)
case(
    F,
    [
        "The Garnet mill used to employ 400 people.",
        "It still employs 400, its owners said on Tuesday.",
    ],
    [("people employed at the Garnet mill", 400, "exact")],
    [],
)
case(
    F,
    ["The Dunmere quarry used to employ 200 men and still employs 200 today, its owners say."],
    [("people employed at the Dunmere quarry", 200, "exact")],
    [],
)
case(
    F,
    [
        "The old Harland steelworks used to employ 5,000 people.",
        "Today the site, now a business park, employs 1,300.",
    ],
    [("people employed at the Harland site", 1300, "exact")],
    [("people employed at the Harland site", 5000, "exact")],
)
case(
    F,
    ["The Kelland lifeboat, which used to launch from the slipway, rescued 9 people on Friday."],
    [("people rescued by the Kelland lifeboat", 9, "exact")],
    [],
)
case(
    F,
    ["At one point the Carrow works employed 3,000 people; it now has 210 staff."],
    [("staff at the Carrow works", 210, "exact")],
    [("staff at the Carrow works", 3000, "exact")],
)
case(
    F,
    ["The Harbour Road cinema once had 900 seats, and it was demolished in 1998."],
    [],
    [("seats at the Harbour Road cinema", 900, "exact")],
)
case(
    F,
    ["Before the merger, Pellow Bank employed 4,000 people; the merged group has 6,500 staff."],
    [("staff of the merged group", 6500, "exact")],
    [("staff of the merged group", 4000, "exact")],
)
case(
    F,
    ["In its glory days the Regal ballroom held 2,000 dancers a night."],
    [],
    [("dancers a night at the Regal ballroom", 2000, "exact")],
)
case(
    F,
    ["The Ravel mill employed 2,500 weavers at its height; only 60 people work there now."],
    [],
    [("weavers at the Ravel mill", 2500, "exact")],
)
case(
    F,
    ["The Selby branch line used to see 30 trains a day, and now sees four."],
    [],
    [("trains a day on the Selby branch line", 30, "exact")],
)
case(
    F,
    ["The Lido at Carran Sands drew 3,000 swimmers a day in its heyday."],
    [],
    [("swimmers a day at the Lido", 3000, "exact")],
)
case(
    F,
    ["The Hatton works, which used to employ 700 people, closed in March."],
    [],
    [("people employed at the Hatton works", 700, "exact")],
)
case(
    F,
    ["Back then the Corran ferry carried 1,200 passengers a day."],
    [],
    [("passengers a day on the Corran ferry", 1200, "exact")],
)
case(
    F,
    ["The Ossian theatre, in its prime, seated 1,400 people a night."],
    [],
    [("people seated a night at the Ossian theatre", 1400, "exact")],
)
case(
    F,
    ["The Penhale pit was expected to employ 1,500 miners, but never opened."],
    [],
    [("miners at the Penhale pit", 1500, "exact")],
)

# --- hopes: a hope's word in another clause or a name; a hope, an aim or an expectation fails --
H = "hopes"
case(
    H,
    ["Hopeful home fans filled 5,000 seats at the Kelland ground for the cup replay."],
    [("seats filled at the Kelland ground", 5000, "exact")],
    [],
)
case(
    H,
    ["Hopeful parents, who had queued since dawn, secured 60 places at the new Orchard nursery."],
    [("places secured at the Orchard nursery", 60, "exact")],
    [],
)
case(
    H,
    ["Hopeful Futures, which opened its first shelter in June, has housed 140 young people."],
    [("young people housed by Hopeful Futures", 140, "exact")],
    [],
)
case(
    H,
    ["Organisers, who were hopeful of a record, counted 12,400 runners at the start line."],
    [("runners at the start line", 12400, "exact")],
    [],
)
case(
    H,
    ["Organisers were hopeful, and 5,000 people came to the Brackley summer fair."],
    [("people at the Brackley summer fair", 5000, "exact")],
    [],
)
case(
    H,
    [
        "Ministers, who had hoped for 100,000 applicants, received 62,000 applicants by the deadline."
    ],
    [("applicants to the scheme", 62000, "exact")],
    [("applicants to the scheme", 100000, "exact")],
)
case(
    H,
    ["Hopeful that the rain would hold off, 3,000 people lined the route of the Kelland parade."],
    [("people lining the parade route", 3000, "exact")],
    [],
)
case(
    H,
    ["Still hopeful, the Ridley hospice has raised £40,000 for its new roof."],
    [("money raised for the hospice roof, pounds", 40000, "exact")],
    [],
)
case(
    H,
    [
        "Residents hope the council will reopen the Marle bridge, which carried 9,000 vehicles a day until May."
    ],
    [("vehicles a day on the Marle bridge until May", 9000, "exact")],
    [],
)
case(
    H,
    [
        "The once-derelict Ashby mill, which reopened in May, drew 7,000 visitors in its first month."
    ],
    [("visitors to the Ashby mill in its first month", 7000, "exact")],
    [],
)
case(
    H,
    ["The Ferry Inn, once a coaching house, which reopened in May, has 12 rooms."],
    [("rooms at the Ferry Inn", 12, "exact")],
    [],
)
case(
    H,
    ["The Calder Cup trainers are hopeful about the 14 horses entered this year."],
    [("horses entered for the Calder Cup", 14, "exact")],
    [],
)
case(
    H,
    ["The Brackley 10k, which opens for entries in May, is expected to draw 5,000 runners."],
    [],
    [("runners in the Brackley 10k", 5000, "exact")],
)
case(
    H,
    ["The Linmouth trust aims to recruit 250 nurses from overseas this year."],
    [],
    [("nurses recruited from overseas by the Linmouth trust", 250, "exact")],
)
case(
    H,
    ["Visitor numbers at the Hawes museum could reach 80,000 this summer, its director says."],
    [],
    [("visitors to the Hawes museum this summer", 80000, "exact")],
)
case(
    H,
    [
        "Organisers are hopeful that the Orrin fair, which returns in August, will attract 12,000 people."
    ],
    [],
    [("people at the Orrin fair", 12000, "exact")],
)
case(
    H,
    ["The Tarrant club is hopeful of 8,000 season-ticket sales before the first game."],
    [],
    [("season tickets sold by the Tarrant club", 8000, "exact")],
)
case(
    H,
    ["The Linmouth trust is optimistic that 250 nurses will join from overseas this year."],
    [],
    [("nurses joining the Linmouth trust from overseas", 250, "exact")],
)
case(
    H,
    ["Organisers are confident 5,000 runners will enter the Carsway half marathon."],
    [],
    [("runners in the Carsway half marathon", 5000, "exact")],
)
case(
    H,
    ["The council wants the new Greyfield depot to handle 400 bins a day."],
    [],
    [("bins handled a day at the Greyfield depot", 400, "exact")],
)
case(
    H,
    ["Hopefully 600 volunteers will join the Saltcoats beach clean on Sunday."],
    [],
    [("volunteers at the Saltcoats beach clean", 600, "exact")],
)
case(
    H,
    ["Ministers hope that the Aldwick scheme, which opened in June, will reach 80,000 households."],
    [],
    [("households reached by the Aldwick scheme", 80000, "exact")],
)

# --- questions: a question the count answers or takes as given; a question in other words fails
Q = "questions"
case(
    Q,
    [
        '"Will anyone come?" the organisers of the Brayford fair asked.',
        "In the end 5,000 people came to the fair.",
    ],
    [("people at the Brayford fair", 5000, "exact")],
    [],
)
case(
    Q,
    [
        '"Can we really fill 2,000 seats?" the director of the Lyric wondered in March.',
        "By Friday the Lyric had sold all 2,000 for the opening night.",
    ],
    [("seats sold for the opening night at the Lyric", 2000, "exact")],
    [],
)
case(
    Q,
    [
        "Inspectors checked whether 45 care homes in the borough met the fire standard; nine did not."
    ],
    [("care homes inspected in the borough", 45, "exact")],
    [],
)
case(
    Q,
    ["Officers checked whether 300 cars on the A6 had valid tax, and found 41 that did not."],
    [("cars checked on the A6", 300, "exact")],
    [],
)
case(
    Q,
    ["The watchdog is checking whether 70 arrests made in Kelso last week were lawful."],
    [("arrests made in Kelso last week", 70, "exact")],
    [],
)
case(
    Q,
    ["Asked whether he was worried, the Tarrant manager said 12 players were injured."],
    [("players injured at Tarrant", 12, "exact")],
    [],
)
case(
    Q,
    ["Pollsters asked 1,000 voters in Harwick whether they backed the bypass."],
    [("voters polled in Harwick", 1000, "exact")],
    [],
)
case(
    Q,
    ["So why did 4,000 people turn up for the Orrin market on a wet Tuesday?", "Entry was free."],
    [("people at the Orrin market", 4000, "exact")],
    [],
)
case(
    Q,
    ["But how did 40 sheep end up on the M6 near Lowmoor?", "Nobody knows."],
    [("sheep on the M6", 40, "exact")],
    [],
)
case(
    Q,
    ["But did the Kelland festival pay off?", "It sold 40,000 tickets, up from 31,000."],
    [("tickets sold for the Kelland festival", 40000, "exact")],
    [("tickets sold for the Kelland festival", 31000, "exact")],
)
case(
    Q,
    ["Nobody asked whether the 600 jobs at the Fernley plant were safe; all 600 went in March."],
    [("jobs lost at the Fernley plant", 600, "exact")],
    [],
)
case(
    Q,
    ["Police asked whether anyone had seen the crash on the A6, in which 3 people were hurt."],
    [("people hurt in the crash", 3, "exact")],
    [],
)
case(
    Q,
    ["So could 600 jobs really go at the Fernley plant before Christmas?"],
    [],
    [("jobs lost at the Fernley plant", 600, "exact")],
)
case(
    Q,
    ["Reporters asked if 70 protesters had been arrested in Kelso."],
    [],
    [("protesters arrested in Kelso", 70, "exact")],
)
case(
    Q,
    ["The council will decide whether 12 more officers are hired for the town centre."],
    [],
    [("officers hired for the town centre", 12, "exact")],
)
case(
    Q,
    ["It is not known whether 300 homes in Lowgate were flooded."],
    [],
    [("homes flooded in Lowgate", 300, "exact")],
)
case(
    Q,
    ["MPs want to know whether 4,000 troops will be sent to the border."],
    [],
    [("troops sent to the border", 4000, "exact")],
)
case(
    Q,
    ["But were 2,000 homes in Carwick really at risk, as the minister claimed?"],
    [],
    [("homes at risk in Carwick", 2000, "exact")],
)
case(
    Q,
    ["Asked if 500 staff would go, the Orrin Foods chairman declined to comment."],
    [],
    [("staff cut at Orrin Foods", 500, "exact")],
)
case(
    Q,
    ["Councillors queried whether 300 homes in Lowgate had flooded."],
    [],
    [("homes flooded in Lowgate", 300, "exact")],
)
case(
    Q,
    ["Then would 20,000 visitors come to the Hawes museum at all?"],
    [],
    [("visitors to the Hawes museum", 20000, "exact")],
)
case(
    Q,
    ["Nobody can say whether 900 families in Carwick will be rehoused by winter."],
    [],
    [("families rehoused in Carwick", 900, "exact")],
)
case(
    Q,
    ["Yet should 45 care homes in the borough really have passed the fire check?"],
    [],
    [("care homes passing the fire check", 45, "exact")],
)

# --- bases: the earlier period's own number after a base passes; the other period's fails ------
B = "bases"
case(
    B,
    ["Compared with the previous year, when 4,100 people attended, the Brayford fair drew 5,000."],
    [
        ("people at the Brayford fair the previous year", 4100, "exact"),
        ("people at the Brayford fair", 5000, "exact"),
    ],
    [("people at the Brayford fair the previous year", 5000, "exact")],
)
case(
    B,
    ["Compared with last year's 310 entries, this year's Carsway race drew 402."],
    [("last year's entries for the Carsway race", 310, "exact")],
    [("last year's entries for the Carsway race", 402, "exact")],
)
case(
    B,
    ["Last year, compared with the year before, visits to the Hawes museum rose to 52,000."],
    [("last year's visits to the Hawes museum", 52000, "exact")],
    [],
)
case(
    B,
    ["Relative to the previous year, when it sold 300 homes, Dunmore Homes sold 340."],
    [("homes sold by Dunmore Homes the previous year", 300, "exact")],
    [("homes sold by Dunmore Homes the previous year", 340, "exact")],
)
case(
    B,
    [
        "Compared with a year earlier, when 2,900 people were waiting, the Carwick list now stands at 3,400."
    ],
    [("people waiting in Carwick a year earlier", 2900, "exact")],
    [("people waiting in Carwick now", 2900, "exact")],
)
case(
    B,
    ["Sales at Dunlin Foods a year earlier were £37m (£41m this year)."],
    [("Dunlin Foods sales a year earlier, pounds", 37e6, "exact")],
    [("Dunlin Foods sales a year earlier, pounds", 41e6, "exact")],
)
case(
    B,
    ["Passenger numbers at Colwick airport rose 4% on the previous year, to 1.8 million."],
    [("rise in passengers at Colwick on the previous year, percent", 4, "exact")],
    [],
)
case(
    B,
    ["Profit at Kellet Mills was £12m, against £10m the previous year."],
    [("profit at Kellet Mills the previous year, pounds", 10e6, "exact")],
    [("profit at Kellet Mills the previous year, pounds", 12e6, "exact")],
)
case(
    B,
    ["Output at the Rennick plant was 44,000 cars, compared with 41,500 in the previous year."],
    [("cars made at the Rennick plant in the previous year", 41500, "exact")],
    [("cars made at the Rennick plant in the previous year", 44000, "exact")],
)
case(
    B,
    ["Against 2,100 a year earlier, the Ardle food bank helped 2,600 families."],
    [("families helped by the food bank a year earlier", 2100, "exact")],
    [],
)
case(
    B,
    [
        "The Harwick food bank fed 2,100 families in December, up 4% on the prior year, when it fed 2,020."
    ],
    [("families fed by the Harwick food bank in December the prior year", 2020, "exact")],
    [("families fed by the Harwick food bank in December the prior year", 2100, "exact")],
)
case(
    B,
    ["The Tern rowing club had 420 members last season, compared with 380 the season before."],
    [("members of the Tern rowing club the season before", 380, "exact")],
    [("members of the Tern rowing club the season before", 420, "exact")],
)
case(
    B,
    ["Crowds at Holm Park averaged 14,200, a rise of 10% on the previous season."],
    [],
    [("average crowd at Holm Park in the previous season", 14200, "exact")],
)
case(
    B,
    [
        "Deliveries by Hollis Freight climbed to 8,800 in the quarter, 6% higher than the quarter before."
    ],
    [],
    [("deliveries by Hollis Freight the quarter before", 8800, "exact")],
)
case(
    B,
    ["Admissions to the Tarrant hospital reached 9,400, up 600 on the previous year."],
    [],
    [
        ("admissions to the Tarrant hospital the previous year", 9400, "exact"),
        ("admissions to the Tarrant hospital the previous year", 600, "exact"),
    ],
)
case(
    B,
    ["The Brayford orchestra has 64 players now (58 the year before)."],
    [],
    [("players in the Brayford orchestra now", 58, "exact")],
)
case(
    B,
    ["Revenue at Pellow Print of $310m in the year to March was 9% ahead of the previous year."],
    [],
    [("revenue at Pellow Print in the previous year, dollars", 310e6, "exact")],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
