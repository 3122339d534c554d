# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 38's named roles (``grounding_countroles38.jsonl``): value-support
cases for a count whose own words name its time, its end of a range, its stance or its being a
change, which takes the number the page gives that role
(``summarizer/verification/figures/named_roles.py``):

- ``range-end``: "low end" / "upper bound" / "highest" takes that end of "between A and B",
  bare "A to B", or "from A to B" after a static verb ("runs", "ranges", "somewhere").
  Refused: the other end, a number not stated;
- ``stance``: "expected", "forecast", "consensus", "estimate" takes the number a word of
  expecting governs ("Economists had pencilled in 4.1%", "the 2.3 million analysts had
  forecast"). Refused: the result, a number not stated;
- ``change-size``: "fall", "rise", "growth", "increase" takes the size of a change ("a drop
  of 12%", "up 8 per cent on a year ago", "31% more than"), though the clause names an
  earlier time. Refused: the level before or after the change;
- ``named-time``: "a year earlier", "prior-year", "previous", "in 2023" takes the number that
  time phrase holds ("from £1.9bn a year before", "last season's 41", "in 2023 it had been
  612"). Refused: this time's number, another year's.

Run ``python tests/data/make_countroles38_cases.py`` to rebuild it. The texts are written for
this set (earnings, harvests, box office, budgets, sport), in new words; each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_countroles38.jsonl")

built = SupportCases(
    "cr38",
    leads=[
        "MILAN (Lombard Wire) -",
        "By Harriet Quayle | The Medway Ledger",
        "MARKETS DESK | The Fenland Post",
        "From our Osaka bureau, The Kansai Review.",
        "CHICAGO, Lakeshore Business Journal -",
        "Companies desk, The Harbour Times.",
    ],
)
RANGE, STANCE, CHANGE, TIME = "range-end", "stance", "change-size", "named-time"
PUBLISHED = "2025-08-06"
EXACT, ABOUT = "exact", "about"
OTHER = "Shares in the group closed 2% higher in afternoon trading."

counts = partial(built.count_cases, published=PUBLISHED)


# --- range-end: a range's end, named by the count ------------------------------------------

S = "The company now expects annual sales to land somewhere from $8.2 billion to $8.6 billion."
counts(RANGE, [S, OTHER], [("annual sales outlook, low end, dollars", 8.2e9, EXACT), ("annual sales outlook, high end, dollars", 8.6e9, EXACT)],
       [("annual sales outlook, low end, dollars", 8.6e9, EXACT), ("annual sales outlook, high end, dollars", 8.2e9, EXACT)])  # fmt: skip
S = "Ministers said the flood repairs would cost between £300m and £450m over two years."
counts(RANGE, [S, OTHER], [("repair cost, lower bound, pounds", 300e6, EXACT), ("repair cost, upper bound, pounds", 450e6, EXACT)],
       [("repair cost, lower bound, pounds", 450e6, EXACT)])  # fmt: skip
S = "Its guidance for full-year profit now ranges from 2.1 billion euros to 2.4 billion euros, after a strong summer."
counts(RANGE, [S, OTHER], [("profit guidance, top of range, euros", 2.4e9, EXACT)],
       [("profit guidance, top of range, euros", 2.1e9, EXACT), ("profit guidance, minimum, euros", 2.4e9, EXACT)])  # fmt: skip
S = "Tariffs will cost the brewer between US$600 million and US$700 million this year, its finance chief said."
counts(RANGE, [S, OTHER], [("tariff cost, low end, dollars", 600e6, EXACT)],
       [("tariff cost, low end, dollars", 700e6, EXACT), ("tariff cost, low end, dollars", 650e6, EXACT)])  # fmt: skip
S = "Damage estimates run from 40 million to 55 million Swiss francs, the insurers' association said."
counts(RANGE, [S, OTHER], [("insured damage, highest estimate, francs", 55e6, EXACT)],
       [("insured damage, highest estimate, francs", 40e6, EXACT)])  # fmt: skip
S = "The studio pencilled in an opening weekend of $45 million to $50 million for the sequel."
counts(RANGE, [S, OTHER], [("opening weekend forecast, lower end, dollars", 45e6, EXACT)],
       [("opening weekend forecast, lower end, dollars", 50e6, EXACT)])  # fmt: skip
S = "Analysts put the likely fine at between 1 and 1.5 billion euros."
counts(RANGE, [S, OTHER], [("likely fine, maximum, euros", 1.5e9, EXACT)],
       [("likely fine, maximum, euros", 1e9, EXACT)])  # fmt: skip
S = "The regulator said the levy would raise anywhere from 90 million to 120 million Canadian dollars a year."
counts(RANGE, [S, OTHER], [("levy revenue, lower end, Canadian dollars", 90e6, EXACT), ("levy revenue, upper end, Canadian dollars", 120e6, EXACT)],
       [("levy revenue, upper end, Canadian dollars", 210e6, EXACT)])  # fmt: skip


# --- stance: the number a word of expecting governs ----------------------------------------

S = "Quarterly revenue came to $12.4 billion, ahead of the $11.9 billion analysts had forecast."
counts(STANCE, [S, OTHER], [("analysts' revenue forecast, dollars", 11.9e9, EXACT)],
       [("analysts' revenue forecast, dollars", 12.4e9, EXACT)])  # fmt: skip
S = "Economists had pencilled in 3.9% for the jobless rate; it came in at 4.2%."
counts(STANCE, [S, OTHER], [("expected jobless rate, per cent", 3.9, EXACT)],
       [("expected jobless rate, per cent", 4.2, EXACT)])  # fmt: skip
S = "Operating profit fell to 640 million euros. Analysts polled by the company had expected around 700 million euros."
counts(STANCE, [S, OTHER], [("expected operating profit, euros", 700e6, ABOUT)],
       [("expected operating profit, euros", 640e6, EXACT)])  # fmt: skip
S = "Before the harvest began, forecasters had expected 2.3 million tonnes; the mills have turned out 1.9 million tonnes."
counts(STANCE, [S, OTHER], [("pre-harvest expectation, tonnes", 2.3e6, EXACT)],
       [("pre-harvest expectation, tonnes", 1.9e6, EXACT)])  # fmt: skip
S = "Payrolls grew by 95,000 in July. The consensus had been 120,000."
counts(STANCE, [S, OTHER], [("consensus payrolls forecast", 120000, EXACT)],
       [("consensus payrolls forecast", 95000, EXACT)])  # fmt: skip
S = "Net income was £212m, short of the £230m the City had expected."
counts(STANCE, [S, OTHER], [("City's expected net income, pounds", 230e6, EXACT)],
       [("City's expected net income, pounds", 212e6, EXACT)])  # fmt: skip
S = "Sales of the new console reached 4.1 million units, above the 3.6 million units the company had projected."
counts(STANCE, [S, OTHER], [("company's projected console sales, units", 3.6e6, EXACT)],
       [("company's projected console sales, units", 6.3e6, EXACT)])  # fmt: skip
S = "Wall Street's consensus was $2.15 a share; the bank earned $2.40."
counts(STANCE, [S, OTHER], [("consensus earnings per share, dollars", 2.15, EXACT)],
       [("consensus earnings per share, dollars", 2.51, EXACT), ("consensus earnings per share, dollars", 2.15, "more_than")])  # fmt: skip
S = "Before the results, analysts had forecast revenue of about 18 billion kronor, and the group reported 17.2 billion."
counts(STANCE, [S, OTHER], [("analysts' forecast revenue, kronor", 18e9, ABOUT)],
       [("analysts' forecast revenue, kronor", 81e9, ABOUT)])  # fmt: skip
S = "The ministry had targeted 550,000 new homes for the year; builders started 482,000."
counts(STANCE, [S, OTHER], [("housing starts target", 550000, EXACT)],
       [("housing starts target", 505000, EXACT), ("housing starts target", 550000, "at_least")])  # fmt: skip


# --- change-size: the size of a change, though an earlier time is named ---------------------

S = "Pre-tax profit was 1.2 billion euros, against 1.5 billion euros a year earlier, a drop of 20%."
counts(CHANGE, [S, OTHER], [("percentage drop in pre-tax profit", 20, EXACT)],
       [("percentage drop in pre-tax profit", 1.5e9, EXACT)])  # fmt: skip
S = "Admissions reached 81,400 this autumn, up 6 per cent on a year ago."
counts(CHANGE, [S, OTHER], [("rise in admissions, per cent", 6, EXACT)],
       [("rise in admissions, per cent", 81400, EXACT)])  # fmt: skip
S = "The cloud unit brought in $9.3 billion, 31% more than a year before."
counts(CHANGE, [S, OTHER], [("cloud revenue growth, percent", 31, EXACT)],
       [("cloud revenue growth, percent", 9.3e9, EXACT)])  # fmt: skip
S = "Average attendance: 38,210 (up 4.4% from 36,600 in 2024)"
counts(CHANGE, [S, OTHER], [("increase in average attendance, percent", 4.4, EXACT)],
       [("increase in average attendance, percent", 36600, EXACT)])  # fmt: skip
S = "Rainfall over the winter was 23 percent below the previous year."
counts(CHANGE, [S, OTHER], [("fall in rainfall vs previous year, percent", 23, EXACT)],
       [("fall in rainfall vs previous year, percent", 32, EXACT)])  # fmt: skip
S = "Ticket sales for the festival fell 14% from last year's record, to 212,000."
counts(CHANGE, [S, OTHER], [("fall in festival ticket sales, per cent", 14, EXACT)],
       [("fall in festival ticket sales, per cent", 41, EXACT), ("fall in festival ticket sales, per cent", 212000, EXACT)])  # fmt: skip
S = "Exports to China were 9.8 billion dollars, a decline of 11 percent from the year before."
counts(CHANGE, [S, OTHER], [("decline in exports to China, percent", 11, EXACT)],
       [("decline in exports to China, percent", 9.8e9, EXACT)])  # fmt: skip
S = "The average fare, €61, was up 9% on the same quarter of 2024."
counts(CHANGE, [S, OTHER], [("rise in average fare, per cent", 9, EXACT)],
       [("rise in average fare, per cent", 61, EXACT)])  # fmt: skip
S = "Water use dropped by 18 per cent compared with the previous summer."
counts(CHANGE, [S, OTHER], [("drop in water use, per cent", 18, EXACT)],
       [("drop in water use, per cent", 81, EXACT), ("drop in water use, per cent", 18, "more_than")])  # fmt: skip
S = "Membership stood at 46,900 in March, a gain of 2,300 on a year earlier."
counts(CHANGE, [S, OTHER], [("membership gain", 2300, EXACT)],
       [("membership gain", 46900, EXACT)])  # fmt: skip


# --- named-time: the number the named time holds -------------------------------------------

S = "Half-year profit shrank to £1.4bn from £1.9bn a year before, the bank said."
counts(TIME, [S, OTHER], [("half-year profit a year earlier, pounds", 1.9e9, EXACT)],
       [("half-year profit a year earlier, pounds", 1.4e9, EXACT), ("half-year profit, pounds", 1.9e9, EXACT)])  # fmt: skip
S = "Second-quarter sales came to 9.1 billion yen, compared with 8.4 billion yen a year earlier."
counts(TIME, [S, OTHER], [("prior-year second-quarter sales, yen", 8.4e9, EXACT)],
       [("prior-year second-quarter sales, yen", 9.1e9, EXACT)])  # fmt: skip
S = "By the 30th week of 2025 the wholesale price was €412 per tonne; at the same point of 2024 it had been €655."
counts(TIME, [S, OTHER], [("wholesale price in 2024, euros per tonne", 655, EXACT)],
       [("wholesale price in 2024, euros per tonne", 412, EXACT)])  # fmt: skip
S = "Her 52 goals this season beat the previous club record of 47, set in 1998."
counts(TIME, [S, OTHER], [("previous club record, goals", 47, EXACT)],
       [("previous club record, goals", 52, EXACT)])  # fmt: skip
S = "Exports rose to 3.2 million cars, from 2.9 million in 2023."
counts(TIME, [S, OTHER], [("car exports in 2023", 2.9e6, EXACT)],
       [("car exports in 2023", 3.2e6, EXACT)])  # fmt: skip
S = "Subscribers numbered 2.41 million at the end of June, against 2.05 million a year ago."
counts(TIME, [S, OTHER], [("subscribers a year ago", 2.05e6, EXACT)],
       [("subscribers a year ago", 2.5e6, EXACT)])  # fmt: skip
S = "The harvest came to 61 million tonnes, well short of last year's 68 million tonnes."
counts(TIME, [S, OTHER], [("last year's harvest, tonnes", 68e6, EXACT)],
       [("last year's harvest, tonnes", 86e6, EXACT)])  # fmt: skip
S = "Net debt rose to 7.7 billion francs from 6.9 billion francs in 2023, the annual report shows."
counts(TIME, [S, OTHER], [("net debt in 2023, francs", 6.9e9, EXACT)],
       [("net debt in 2023, francs", 9.6e9, EXACT), ("net debt in 2022, francs", 6.9e9, EXACT)])  # fmt: skip
S = "Attendance at the fair was 410,000, after 388,000 the year before."
counts(TIME, [S, OTHER], [("attendance the year before", 388000, EXACT)],
       [("attendance the year before", 380000, EXACT)])  # fmt: skip
S = "Operating profit for the quarter came in at A$950 million, compared with A$1.1 billion a year earlier."
counts(TIME, [S, OTHER], [("operating profit a year earlier, Australian dollars", 1.1e9, EXACT)],
       [("operating profit a year earlier, Australian dollars", 1.1e9, "more_than")])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
