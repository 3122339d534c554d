# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 59's earlier ends of a change (``grounding_cn59.jsonl``, false-alarm
writer cn59; :mod:`summarizer.verification.figures.earlier_ends` and the time before a count's
words name in :func:`summarizer.verification.occasions.other_occasions._keeps`), at the edges of

- ``change``: a count asking for the value before a change ("previous jobless rate",
  "membership the year before", "fare before the rise") whose number is the "from" end of a
  change whose later end its other words count, further than a window from them ("The jobless
  rate, which the bureau ..., rose to 5.4 percent, the highest since 2019, from 4.9 percent";
  "Membership stood at 41,300, up from 38,900"; "from 2,150 to 2,600"): it passes; the later
  end, another noun's earlier end ("exports rose to $5bn from $4bn, while imports ..."), the
  earlier end for a count that does not ask for it, a change's size and another clause's
  number stay refused;
- ``compared``: the same count given by a comparison dated by a time before ("at 312,000, 8%
  below the 339,000 of the previous year", "compared with 1.1 million in the preceding year",
  "a third lower than the 2,440 of the year before"): the earlier figure passes; the later
  figure, another noun's earlier figure, a figure dated otherwise ("two years earlier" for a
  count of a year earlier is kept only as the count's own words say), and a comparison with
  no time before stay refused;
- ``comparison``: a count of a change in percent ("rise in fares, per cent", "cut from 2025,
  percent", "visitors up on 2024, percent") given by the comparison after its number ("fares
  now stand 12% above 2025", "a quota 15 per cent below the 2025 level", "38% up on 2024"):
  it passes; the other direction's count, another noun's change after an earlier percent, a
  share that is no change ("22 percent of the population"), a comparison with no year or
  "than" ("5% above target"), another year and the count's qualifier against the number's
  stay refused.

Run ``python tests/data/make_cn59_cases.py`` to rebuild it. Every article below was written
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

OUT = Path(__file__).with_name("grounding_cn59.jsonl")

built = SupportCases(
    "cn59",
    leads=[
        "By Tove Arnqvist | The Kellmar Gazette",
        "BRASKOW (Northline Wire) -",
        "Economy | The Orrin Valley Record",
        "From our statistics desk, The Halden Post.",
    ],
)
CHANGE, COMPARED, COMPARISON = "change", "compared", "comparison"
change = partial(built.count_cases, CHANGE, published="2026-04-09")
compared = partial(built.count_cases, COMPARED, published="2026-04-09")
comparison = partial(built.count_cases, COMPARISON, published="2026-04-09")

# --- change: "to M ..., from N", "M, up from N", "from N to M" ----------------------------------
change(
    [
        "The jobless rate, which the statistics bureau now adjusts for seasonal hiring in the ports, rose to 5.4 percent, the highest since 2019, from 4.9 percent."
    ],
    [("previous jobless rate, percent", 4.9, "exact"), ("jobless rate, percent", 5.4, "exact")],
    [
        ("previous jobless rate, percent", 5.4, "exact"),
        ("jobless rate, percent", 4.9, "exact"),
    ],
)
change(
    [
        "Membership of the Vellan Rowing Club stood at 41,300 at the end of March, up from 38,900, the club said."
    ],
    [("membership before", 38900, "exact"), ("previous membership", 38900, "exact")],
    [("previous membership", 41300, "exact"), ("previous membership", 2400, "exact")],
)
change(
    [
        "The council's housing list, which counts every family waiting for a flat in the borough, grew to 6,820 households this winter from 5,410."
    ],
    [
        ("households on the housing list before", 5410, "exact"),
        ("previous households on the housing list", 5410, "exact"),
    ],
    [("households on the housing list before", 6820, "exact")],
)
change(
    [
        "Annual spending on school meals will climb to $1.8 billion, up from about $1.2 billion, the ministry said."
    ],
    [],
    [
        ("annual spending on school meals before the increase", 1.8e9, "exact"),
        ("annual spending on school meals before the increase", 1.2e9, "exact"),
    ],
)
change(
    [
        "Exports of timber rose to $5.2 billion from $4.6 billion, while imports of paper fell to $3.1 billion from $3.4 billion."
    ],
    [("previous timber exports", 4.6e9, "exact"), ("previous paper imports", 3.4e9, "exact")],
    [("previous paper imports", 4.6e9, "exact"), ("previous timber exports", 3.4e9, "exact")],
)
change(
    [
        "Over the decade the herd grew from 2,150 to 2,600 animals, rangers at the Ostmark reserve said."
    ],
    [("animals in the herd before", 2150, "exact"), ("previous herd size", 2150, "exact")],
    [("animals in the herd before", 2600, "exact"), ("animals in the herd before", 450, "exact")],
)
change(
    [
        "The fertility rate, an estimate of how many children a woman will have over her life, slipped to 1.31 in 2025, down from 1.36 in 2024."
    ],
    [("previous fertility rate", 1.36, "exact"), ("fertility rate a year earlier", 1.36, "exact")],
    [("previous fertility rate", 1.31, "exact"), ("previous fertility rate", 2024, "exact")],
)
change(
    [
        "Ridership on the Harwell tram, counted at the turnstiles each weekday, reached 88,000 a day in March, up from 71,000, while bus ridership fell to 54,000 from 60,000."
    ],
    [("previous tram ridership", 71000, "exact"), ("previous bus ridership", 60000, "exact")],
    [("previous tram ridership", 60000, "exact"), ("previous bus ridership", 71000, "exact")],
)
change(
    [
        "The single fare on the Krall ferry rises to £4.80 on Monday from £4.20, the operator said, a jump of 60p."
    ],
    [("fare before the rise, pounds", 4.2, "exact"), ("previous fare, pounds", 4.2, "exact")],
    [("previous fare, pounds", 4.8, "exact"), ("previous fare, pounds", 0.6, "exact")],
)
change(
    [
        "The union trimmed its pay claim to 6 per cent from 8 per cent after a night of talks, and the employers raised their offer to 3 per cent."
    ],
    [("original pay claim, per cent", 8, "exact"), ("previous pay claim, per cent", 8, "exact")],
    [("original pay claim, per cent", 6, "exact"), ("previous pay claim, per cent", 3, "exact")],
)
change(
    ["Wait times at the Dorrow clinic fell by 12 days to 47 days, from 59 days last spring."],
    [("previous wait, days", 59, "exact")],
    [("previous wait, days", 12, "exact"), ("previous wait, days", 47, "exact")],
)
change(
    [
        "Visitors to the Lanmere gallery, whose east wing reopened in May after two years of repairs, numbered 412,000 last year, up from roughly 300,000."
    ],
    [("previous visitors", 300000, "about"), ("visitors the year before", 300000, "about")],
    [("previous visitors", 300000, "exact"), ("previous visitors", 412000, "about")],
)
change(
    [
        "Seven hundred volunteers joined the clean-up, the organisers said; the harbour authority, which had sent 40 staff the year before, sent 55."
    ],
    [],
    [("previous volunteers", 40, "exact"), ("previous volunteers", 55, "exact")],
)
change(
    [
        "Sales of the Pardo hatchback, the firm's best-selling car in the north, fell to 18,200 from 21,900, and its parent company cut 900 jobs."
    ],
    [("previous hatchback sales", 21900, "exact")],
    [("previous jobs", 21900, "exact"), ("previous hatchback sales", 900, "exact")],
)

# --- compared: "M, ... below the N of the previous year", "compared with N in the preceding ..." -
compared(
    [
        "The agency estimated net arrivals in the year to March at 312,000, a five-year low and 8% below the 339,000 of the previous year."
    ],
    [
        ("net arrivals a year earlier", 339000, "exact"),
        ("previous year's net arrivals", 339000, "exact"),
    ],
    [("net arrivals a year earlier", 312000, "exact"), ("net arrivals a year earlier", 8, "exact")],
)
compared(
    [
        "Apprenticeship starts, which the department counts when a contract is signed rather than when training begins, came to 264,500, well above the 231,000 of the year before."
    ],
    [
        ("apprenticeship starts the year before", 231000, "exact"),
        ("previous apprenticeship starts", 231000, "exact"),
    ],
    [("apprenticeship starts the year before", 264500, "exact")],
)
compared(
    [
        "Fewer than 19,000 couples married in the province in 2025, a fall of 2,300, and the number of divorces, which the courts record by the date of the decree, reached 7,450, against 6,980 a year earlier."
    ],
    [("divorces a year earlier", 6980, "exact")],
    [("divorces a year earlier", 7450, "exact"), ("marriages a year earlier", 6980, "exact")],
)
compared(
    [
        "Hotel nights sold on the island, counted by the tourist board from every licensed bed, totalled 2.9 million, compared with 2.6 million in the preceding year."
    ],
    [
        ("hotel nights sold the year before", 2.6e6, "exact"),
        ("previous year's hotel nights sold", 2.6e6, "exact"),
    ],
    [("hotel nights sold the year before", 2.9e6, "exact")],
)
compared(
    [
        "Burglaries reported to Eskvale police, which since January include attempted break-ins, dropped to 1,610, a third lower than the 2,440 of the year before."
    ],
    [("burglaries the year before", 2440, "exact"), ("previous year's burglaries", 2440, "exact")],
    [("burglaries the year before", 1610, "exact"), ("burglaries the year before", 3, "exact")],
)
compared(
    [
        "Passenger numbers at Tarrin airport, where a second runway opened in June, reached 9.4 million, some 600,000 above the figure for the previous year."
    ],
    [],
    [("passengers a year earlier", 9.4e6, "exact"), ("passengers a year earlier", 600000, "exact")],
)
compared(
    [
        "Wheat output, which the ministry now measures from satellite images as well as farm returns, is put at 41.2 million tonnes, against 39.8 million tonnes two years earlier."
    ],
    [],
    [
        ("wheat output a year earlier", 39.8e6, "exact"),
        ("wheat output a year earlier", 41.2e6, "exact"),
    ],
)
compared(
    [
        "New homes completed in the region, the measure the builders' federation watches most closely, rose to 18,400, compared with 16,900 in the previous year, while planning approvals fell to 20,100 from 24,000."
    ],
    [
        ("homes completed the year before", 16900, "exact"),
        ("previous planning approvals", 24000, "exact"),
    ],
    [
        ("homes completed the year before", 24000, "exact"),
        ("previous planning approvals", 16900, "exact"),
    ],
)
compared(
    [
        "Cinema admissions, which the trade body counts from box-office returns, came to 44 million, well short of the 61 million of 2019."
    ],
    [],
    [
        ("cinema admissions a year earlier", 61e6, "exact"),
        ("cinema admissions a year earlier", 44e6, "exact"),
    ],
)
compared(
    [
        "The brewery sold 3.1 million hectolitres of beer, down from 3.3 million hectolitres, and 410,000 hectolitres of cider, against 380,000 hectolitres the year before."
    ],
    [
        ("cider sold the year before, hectolitres", 380000, "exact"),
        ("previous beer sales, hectolitres", 3.3e6, "exact"),
    ],
    [
        ("cider sold the year before, hectolitres", 3.3e6, "exact"),
        ("previous beer sales, hectolitres", 380000, "exact"),
    ],
)
compared(
    [
        "Road deaths in the state, counted by police within 30 days of a crash, were 212, up from about 190 in the previous year."
    ],
    [("road deaths the year before", 190, "about"), ("previous road deaths", 190, "about")],
    [("road deaths the year before", 212, "exact"), ("road deaths the year before", 30, "exact")],
)

# --- comparison: "P% above/below/up on/more than ..." -------------------------------------------
comparison(
    [
        "The regional airline carried 4.1 million passengers last year, 12% more than in 2024, and cut its fleet by two jets."
    ],
    [
        ("rise in passengers, per cent", 12, "exact"),
        ("passengers up on 2024, percent", 12, "exact"),
    ],
    [("fall in passengers, per cent", 12, "exact"), ("rise in passengers, per cent", 4.1, "exact")],
)
comparison(
    [
        "Ministers agreed a cod quota of 18,400 tonnes for the northern grounds, 15 per cent below the 2025 level, after a night of talks in Brussels."
    ],
    [
        ("cod quota cut from 2025, per cent", 15, "exact"),
        ("cut in cod quota, per cent", 15, "exact"),
    ],
    [
        ("cod quota rise on 2025, per cent", 15, "exact"),
        ("cod quota cut from 2024, per cent", 15, "exact"),
    ],
)
comparison(
    [
        "Defence spending across the alliance will reach about €212 billion this year, close to 9 per cent above 2025, the agency said."
    ],
    [("rise in defence spending on 2025, per cent", 9, "about")],
    [
        ("rise in defence spending on 2025, per cent", 9, "exact"),
        ("fall in defence spending, per cent", 9, "about"),
    ],
)
comparison(
    ["Imports of steel were 14% above the 2025 level, while exports of steel ended 6% below it."],
    [
        ("rise in steel imports, per cent", 14, "exact"),
        ("fall in steel exports, per cent", 6, "exact"),
    ],
    [
        ("rise in steel exports, per cent", 14, "exact"),
        ("fall in steel imports, per cent", 6, "exact"),
    ],
)
comparison(
    [
        "Rail fares rose again in January: a season ticket now costs 5.8% more than a year ago, and car parking at stations went up 9% on last year."
    ],
    [
        ("rise in season ticket prices, per cent", 5.8, "exact"),
        ("rise in station parking charges, per cent", 9, "exact"),
    ],
    [("rise in parking charges, per cent", 5.8, "exact")],
)
comparison(
    [
        "Some 31 million people, 22 percent of the population, were 65 or older at the end of the year, up from 20.8 percent."
    ],
    [],
    [
        ("rise in people aged 65 and over, percent", 22, "exact"),
        ("rise in the population, percent", 20.8, "exact"),
    ],
)
comparison(
    [
        "The museum's attendance was 8% above target, the director said, and ticket income rose to £3.2 million."
    ],
    [],
    [
        ("rise in attendance on 2025, per cent", 8, "exact"),
        ("rise in ticket income, per cent", 8, "exact"),
    ],
)
comparison(
    [
        "House prices in the county averaged £318,000 in March, 6% above the national average and 2% up on a year earlier."
    ],
    [("rise in house prices, per cent", 2, "exact")],
    [
        ("rise in house prices, per cent", 6, "exact"),
        ("house prices up on a year earlier, per cent", 6, "exact"),
    ],
)
comparison(
    [
        "The Tellmark harbour handled 2.2 million containers in 2025, 38% up on 2024, and the port authority expects another record."
    ],
    [
        ("containers handled up on 2024, percent", 38, "exact"),
        ("rise in containers handled, percent", 38, "exact"),
    ],
    [
        ("containers handled down on 2024, percent", 38, "exact"),
        ("containers handled up on 2023, percent", 38, "exact"),
    ],
)
comparison(
    [
        "Orders for new tractors fell to 9,300 units, about 11 percent lower than the year before, while orders for combine harvesters held steady."
    ],
    [
        ("fall in tractor orders, percent", 11, "about"),
        ("drop in orders for new tractors, percent", 11, "about"),
    ],
    [
        ("rise in tractor orders, percent", 11, "about"),
        ("fall in combine harvester orders, percent", 11, "about"),
    ],
)
comparison(
    [
        "Average rents in the capital reached 1,940 a month, 7% higher than in 2025; wages, by contrast, grew 3%."
    ],
    [("rise in average rents, percent", 7, "exact")],
    [("rise in wages, percent", 7, "exact"), ("rise in average rents, percent", 3, "exact")],
)
comparison(
    [
        "The charity's shops took in 4% less than the year before, and its online sales were 20% up on the previous year."
    ],
    [("fall in shop takings, percent", 4, "exact"), ("rise in online sales, percent", 20, "exact")],
    [("rise in online sales, percent", 4, "exact"), ("fall in shop takings, percent", 20, "exact")],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
