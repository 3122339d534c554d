# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv59n's set on cn59's earlier ends and compared percents
(``grounding_rv59n.jsonl``; :mod:`summarizer.verification.figures.earlier_ends`,
:mod:`summarizer.verification.figures.compared_shares` and the time before a count's words
name in :func:`summarizer.verification.occasions.other_occasions._keeps`), at the edges of

- ``ends``: a count asking for the value before a change ("previous", "a year earlier", "the
  year before", "original") read through the change's later end. Refused: a range that is no
  change ("tickets range from $20 to $80"), an earlier end a month back for a count of a year
  back ("in March from 4.1 percent in February"), an earlier end dated years back ("up from 3
  million in 2019"), another noun's pair joined by "and" without a comma, the later end, a
  change's size. Passed: the earlier end as pages write it ("climbed from 1,200 to 1,450", "up
  from 880", "compared with 2.2 million a year earlier", "against 610 in the previous year",
  "down from about 40").
- ``percent``: a count of a change in percent given by a comparison after its number.
  Refused: a comparison with a plan, forecast or target set at an earlier time ("3% below the
  level forecast a year ago", "5% above the target set last year"), a look-alike noun before
  the number ("households" for "house prices", "exporters" for "exports"), the count's noun in
  an earlier clause of another thing, the other direction, another year. Passed: "7% lower
  than last year", "14 per cent up on the year before", "some 9% higher than in 2025", "20
  percent fewer than in 2025".
- ``dated``: a count dated a time back ("a year earlier", "the year before", "previous
  year's") whose number the page dates with another word for the same time in a sentence of
  its own ("the previous year", "a year before"). Refused: a number dated two years back, a
  month or a quarter back, "last year" for a count of this year, the later year's number.

Run ``python tests/data/make_rv59n_cases.py`` to rebuild it. Every article below was written
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

OUT = Path(__file__).with_name("grounding_rv59n.jsonl")

built = SupportCases(
    "rv59n",
    leads=[
        "By Marta Quillon | The Brenfield Courier",
        "OSTRAVIN (Eastway Newswire) -",
        "Business | The Corran Bay Mercury",
        "From the data desk, The Pellham Chronicle.",
    ],
)
ENDS, PERCENT, DATED = "ends", "percent", "dated"
ends = partial(built.count_cases, ENDS, published="2026-03-12")
percent = partial(built.count_cases, PERCENT, published="2026-03-12")
dated = partial(built.count_cases, DATED, published="2026-03-12")

# --- ends ---------------------------------------------------------------------------------------
ends(
    [
        "Season tickets at Harrowgate Park now range from £320 to £610, the club said, after it froze prices for a third year."
    ],
    [],
    [
        ("season ticket price before the freeze, pounds", 320, "exact"),
        ("previous season ticket price, pounds", 320, "exact"),
    ],
)
ends(
    ["Shifts at the Dellmoor warehouse last from 6 to 11 hours, and pickers are paid by the hour."],
    [],
    [("previous shift length, hours", 6, "exact")],
)
ends(
    [
        "The jobless rate in Corran Bay rose to 4.6 percent in March from 4.1 percent in February, the statistics office said."
    ],
    [
        ("previous jobless rate, percent", 4.1, "exact"),
        ("jobless rate a month earlier, percent", 4.1, "exact"),
    ],
    [
        ("jobless rate a year earlier, percent", 4.1, "exact"),
        ("previous jobless rate, percent", 4.6, "exact"),
    ],
)
ends(
    [
        "Visitors to the Brenfield botanic gardens reached 1.4 million in 2025, up from 900,000 in 2019, before the glasshouses closed for repairs."
    ],
    [("visitors in 2019", 900000, "exact")],
    [("visitors the year before", 900000, "exact"), ("visitors a year earlier", 900000, "exact")],
)
ends(
    [
        "Wool exports climbed to $41 million from $37 million and beef exports to $96 million from $88 million, the trade ministry said."
    ],
    [("previous wool exports", 37e6, "exact"), ("previous beef exports", 88e6, "exact")],
    [("previous beef exports", 37e6, "exact"), ("previous wool exports", 88e6, "exact")],
)
ends(
    [
        "Over five years the Pellham food bank's client list climbed from 1,200 to 1,450 families, its manager said."
    ],
    [
        ("families on the client list before", 1200, "exact"),
        ("previous number of client families", 1200, "exact"),
    ],
    [
        ("families on the client list before", 1450, "exact"),
        ("families on the client list before", 250, "exact"),
    ],
)
ends(
    [
        "Members of the Ostravin chess league numbered 1,020 at the start of the season, up from 880, the league's secretary said."
    ],
    [
        ("previous league membership", 880, "exact"),
        ("league members the season before", 880, "exact"),
    ],
    [("previous league membership", 1020, "exact"), ("previous league membership", 140, "exact")],
)
ends(
    [
        "Container throughput at the Corran Bay terminal rose to 2.5 million boxes, compared with 2.2 million boxes a year earlier."
    ],
    [
        ("container throughput a year earlier, boxes", 2.2e6, "exact"),
        ("previous year's container throughput, boxes", 2.2e6, "exact"),
    ],
    [("container throughput a year earlier, boxes", 2.5e6, "exact")],
)
ends(
    [
        "Fatal crashes on the coast road fell to 31 last year, down from about 40, police told the council."
    ],
    [("previous fatal crashes", 40, "about")],
    [("previous fatal crashes", 40, "exact"), ("previous fatal crashes", 31, "exact")],
)
ends(
    [
        "Ferry crossings to the islands were cut to 14 a week from 21 in the autumn timetable, while flights rose to 9 a week."
    ],
    [
        ("previous ferry crossings a week", 21, "exact"),
        ("ferry crossings a week before the cut", 21, "exact"),
    ],
    [("previous flights a week", 21, "exact"), ("previous ferry crossings a week", 9, "exact")],
)
ends(
    [
        "The council's grant to the Pellham orchestra was raised by £40,000 to £310,000 from £270,000."
    ],
    [("previous council grant to the orchestra, pounds", 270000, "exact")],
    [
        ("previous council grant to the orchestra, pounds", 40000, "exact"),
        ("previous council grant to the orchestra, pounds", 310000, "exact"),
    ],
)
ends(
    [
        "Bed occupancy at the Wexcombe hospital stood at 612 patients on Friday, against 590 in the previous week, and staff absence rose to 140."
    ],
    [("patients in beds the previous week", 590, "exact")],
    [("patients in beds a year earlier", 590, "exact"), ("previous staff absence", 590, "exact")],
)
ends(
    [
        "The price of a loaf at Kettle Mill bakeries went up to $4.10 from $3.60, and a dozen rolls now cost $7."
    ],
    [
        ("previous loaf price, dollars", 3.6, "exact"),
        ("loaf price before the rise, dollars", 3.6, "exact"),
    ],
    [
        ("previous price of a dozen rolls, dollars", 3.6, "exact"),
        ("previous loaf price, dollars", 4.1, "exact"),
    ],
)

ends(
    [
        "Bread prices rose from $3 to $4 a loaf as sales at the Ostravin co-operative fell to 200 loaves a day from 260."
    ],
    [("previous bread price, dollars", 3, "exact"), ("previous daily loaf sales", 260, "exact")],
    [("previous bread price, dollars", 260, "exact"), ("previous daily loaf sales", 3, "exact")],
)
ends(
    [
        "The central bank raised its growth forecast for the year to 2.1% from 1.8%, and kept its rate at 3.5%."
    ],
    [
        ("previous growth forecast, percent", 1.8, "exact"),
        ("original growth forecast, percent", 1.8, "exact"),
    ],
    [
        ("growth a year earlier, percent", 1.8, "exact"),
        ("previous interest rate, percent", 1.8, "exact"),
    ],
)
ends(
    [
        "Inflation in the Corran Bay region eased to 2.8% in the third quarter from 3.1% in the second, the statistics office said."
    ],
    [
        ("inflation the previous quarter, percent", 3.1, "exact"),
        ("previous inflation rate, percent", 3.1, "exact"),
    ],
    [
        ("inflation a year earlier, percent", 3.1, "exact"),
        ("inflation the previous quarter, percent", 2.8, "exact"),
    ],
)

ends(
    [
        "Sales at the Kettle Mill bakeries rose to 5,200 loaves a day in the first quarter of 2026, up from 4,700 in the first quarter of 2025, and to 5,400 in April."
    ],
    [
        ("daily loaf sales a year earlier", 4700, "exact"),
        ("previous daily loaf sales", 4700, "exact"),
    ],
    [
        ("daily loaf sales a year earlier", 5200, "exact"),
        ("daily loaf sales a month earlier", 4700, "exact"),
    ],
)
ends(
    [
        "Home sales in the county climbed to 1,340 in February 2026 from 1,190 in February 2025, the estate agents' body said."
    ],
    [("home sales a year earlier", 1190, "exact"), ("home sales the year before", 1190, "exact")],
    [("home sales a month earlier", 1190, "exact"), ("home sales a year earlier", 1340, "exact")],
)

# --- percent --------------------------------------------------------------------------------------
percent(
    [
        "Factory output in the province was 3% below the level forecast a year ago, the planning office said."
    ],
    [],
    [
        ("fall in factory output, percent", 3, "exact"),
        ("factory output down on a year earlier, percent", 3, "exact"),
    ],
)
percent(
    [
        "Grain shipments through Ostravin ended the season 5% above the target set last year by the port board."
    ],
    [],
    [
        ("rise in grain shipments, percent", 5, "exact"),
        ("grain shipments up on last year, percent", 5, "exact"),
    ],
)
percent(
    [
        "Households' energy bills were 8% up on 2025, the regulator said, as wholesale gas stayed dear."
    ],
    [
        ("rise in household energy bills, percent", 8, "exact"),
        ("energy bills up on 2025, percent", 8, "exact"),
    ],
    [
        ("rise in house prices, percent", 8, "exact"),
        ("rise in energy bills, percent", 2025, "exact"),
    ],
)
percent(
    [
        "Ticket sales slumped in the spring, yet the club's overall income for the year was 9% above 2025."
    ],
    [
        ("rise in the club's overall income, percent", 9, "exact"),
        ("rise in income on 2025, percent", 9, "exact"),
    ],
    [("rise in ticket sales, percent", 9, "exact"), ("fall in ticket sales, percent", 9, "exact")],
)
percent(
    [
        "Takings at the Corran Bay market were 7% lower than last year, the traders' association said."
    ],
    [
        ("fall in market takings, percent", 7, "exact"),
        ("drop in takings at the market, percent", 7, "exact"),
    ],
    [("rise in market takings, percent", 7, "exact")],
)
percent(
    ["Bookings for the summer festival are 14 per cent up on the year before, organisers said."],
    [
        ("rise in festival bookings, per cent", 14, "exact"),
        ("increase in bookings, per cent", 14, "exact"),
    ],
    [("fall in festival bookings, per cent", 14, "exact")],
)
percent(
    ["Rail freight tonnage was some 9% higher than in 2025, while road haulage volumes were flat."],
    [("rise in rail freight tonnage, percent", 9, "about")],
    [
        ("rise in road haulage volumes, percent", 9, "about"),
        ("rise in rail freight tonnage, percent", 9, "exact"),
    ],
)
percent(
    [
        "The maternity ward recorded 20 percent fewer births than in 2025, a fall the hospital put down to the closure of a nearby clinic."
    ],
    [("fall in births, percent", 20, "exact"), ("drop in births on 2025, percent", 20, "exact")],
    [("rise in births, percent", 20, "exact"), ("drop in births on 2024, percent", 20, "exact")],
)
percent(
    [
        "Exporters' shipping costs were 11% above 2025, the chamber of commerce found, and exports themselves barely moved."
    ],
    [("rise in exporters' shipping costs, percent", 11, "exact")],
    [("rise in exports, percent", 11, "exact")],
)
percent(
    [
        "Spending on road repairs was 12% below the 2025 budget, while spending on parks was 4% above it."
    ],
    [],
    [
        ("rise in spending on parks, percent", 12, "exact"),
        ("fall in spending on road repairs, percent", 4, "exact"),
    ],
)
percent(
    ["Applications to the nursing course were 18% more than a year earlier, the college said."],
    [
        ("rise in nursing course applications, percent", 18, "exact"),
        ("increase in applications, percent", 18, "exact"),
    ],
    [("drop in nursing course applications, percent", 18, "exact")],
)

percent(
    [
        "Electricity prices for households were 8% up on 2025 and for businesses 3% up, the regulator found."
    ],
    [("rise in household electricity prices, percent", 8, "exact")],
    [("rise in business electricity prices, percent", 8, "exact")],
)
percent(
    [
        "Car sales in the province slipped in December; for the year as a whole, van sales were 6% higher than in 2025."
    ],
    [("rise in van sales, percent", 6, "exact"), ("van sales up on 2025, percent", 6, "exact")],
    [("rise in car sales, percent", 6, "exact"), ("fall in car sales, percent", 6, "exact")],
)
percent(
    [
        "Cargo volumes through the Brenfield port were 4% lower than in 2025 — passenger numbers, by contrast, grew strongly."
    ],
    [
        ("fall in cargo volumes, percent", 4, "exact"),
        ("drop in cargo through the port, percent", 4, "exact"),
    ],
    [
        ("fall in passenger numbers, percent", 4, "exact"),
        ("rise in passenger numbers, percent", 4, "exact"),
    ],
)

# --- dated ---------------------------------------------------------------------------------------
dated(
    [
        "The Pellham bus company carried 18.4 million passengers in 2025. It had carried 16.9 million the previous year, its report shows."
    ],
    [
        ("bus passengers a year earlier", 16.9e6, "exact"),
        ("bus passengers the year before", 16.9e6, "exact"),
    ],
    [
        ("bus passengers a year earlier", 18.4e6, "exact"),
        ("bus passengers a month earlier", 16.9e6, "exact"),
    ],
)
dated(
    [
        "Wexcombe council received 2,310 planning applications last year. Two years earlier it had received 1,980, the planning officer said."
    ],
    [("planning applications two years earlier", 1980, "exact")],
    [
        ("planning applications a year earlier", 1980, "exact"),
        ("planning applications the year before", 1980, "exact"),
    ],
)
dated(
    [
        "The Brenfield hospice cared for 940 patients in the final quarter. In the preceding quarter it had cared for 870, a spokeswoman said."
    ],
    [("hospice patients the previous quarter", 870, "exact")],
    [
        ("hospice patients a year earlier", 870, "exact"),
        ("hospice patients the year before", 870, "exact"),
    ],
)
dated(
    [
        "Fines issued by the parking office rose to 51,000 this year. A year before, the office issued 47,500, its figures show."
    ],
    [
        ("parking fines the previous year", 47500, "exact"),
        ("parking fines a year earlier", 47500, "exact"),
    ],
    [
        ("parking fines the previous month", 47500, "exact"),
        ("parking fines a year earlier", 51000, "exact"),
    ],
)
dated(
    [
        "The Corran Bay lifeboat launched 112 times in 2025. In the previous year the crew launched 97 times, the station said."
    ],
    [
        ("lifeboat launches a year earlier", 97, "exact"),
        ("lifeboat launches the year before", 97, "exact"),
    ],
    [
        ("lifeboat launches two years earlier", 97, "exact"),
        ("lifeboat launches a year earlier", 112, "exact"),
    ],
)
dated(
    [
        "Ostravin's library lent 301,000 books in February. In the previous month it lent 288,000, the librarian said."
    ],
    [
        ("books lent the previous month", 288000, "exact"),
        ("books lent a month earlier", 288000, "exact"),
    ],
    [
        ("books lent a year earlier", 288000, "exact"),
        ("books lent the year before", 288000, "exact"),
    ],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
