# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the cases of session 44's closer gcn44b (``grounding_gcn44b.jsonl``): counts whose
own words name the time they hold for, read where the older rules did not
(``figures/named_times``, ``figures/named_roles``):

- ``times``: a month named as the count's time ("trade deficit in April" = the number "in
  April" of "narrowed to $31.2 billion in May from $35.1 billion in April"), and "in the
  previous quarter" / "the prior year" right after a number as that number's time; never
  the other month's or the other unit's number, nor "may" the modal read as a month;
- ``ranges``: a range's end belongs to the time its range is told of ("$4 billion to $4.5
  billion this year and $4.8 billion to $5.2 billion next year"): a count naming this
  year's low end is refused next year's low end, and a range dated by a year ("in 2027") or
  by "next year" is the story's year counted on.

Run ``python tests/data/make_gcn44b_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran; the
must-fail cases were written first.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gcn44b.jsonl")

built = SupportCases(
    "gcn44b",
    leads=[
        "By Ines Okafor | The Medway Courier",
        "FRANKFURT (Main River Wire) -",
        "MARKETS DESK | The Humber Ledger",
        "From our Ottawa bureau, The Rideau Post.",
        "Economics desk, The Clyde Gazette.",
    ],
)
TIMES, RANGES, PER_SHARE, DESIGNATION = "times", "ranges", "per-share", "designation"
PUBLISHED = "2026-03-11"  # "this year" is 2026, "next year" 2027
EXACT = "exact"

counts = partial(built.count_cases, published=PUBLISHED)

# --- times: a month, or "the previous <unit>", after the number ----------------------------

S = "Exports rose to $28.4 billion in June from $26.9 billion in May, the statistics office said."
counts(TIMES, [S], [("exports in May, dollars", 26.9e9, EXACT), ("exports in June, dollars", 28.4e9, EXACT)],
       [("exports in May, dollars", 28.4e9, EXACT), ("exports in June, dollars", 26.9e9, EXACT)])  # fmt: skip
S = "The euro zone's trade surplus widened to €14.2 billion in August, against €11.8 billion in July."
counts(TIMES, [S], [("trade surplus in July, euros", 11.8e9, EXACT)],
       [("trade surplus in July, euros", 14.2e9, EXACT)])  # fmt: skip
S = "Inflation eased to 2.6% in October from 3.1% in September, the lowest since 2021."
counts(TIMES, [S], [("inflation in September, percent", 3.1, EXACT)],
       [("inflation in September, percent", 2.6, EXACT)])  # fmt: skip
S = "New car registrations reached 148,300 in April, compared with 139,900 in March."
counts(TIMES, [S], [("new car registrations in March", 139900, EXACT)],
       [("new car registrations in April", 139900, EXACT)])  # fmt: skip
S = "Officials said the budget deficit may narrow to $31 billion in June from $35 billion in April."
counts(TIMES, [S], [("budget deficit in April, dollars", 35e9, EXACT)],
       [("budget deficit in May, dollars", 35e9, EXACT), ("budget deficit in June, dollars", 35e9, EXACT)])  # fmt: skip
S = "Sales of used cars in May rose to 184,000 from 171,500 in May last year, the trade body said."
counts(TIMES, [S], [("used cars sold in May", 184000, EXACT)], [("used cars sold in May", 171500, EXACT)])  # fmt: skip
S = "Housing starts dropped to 38,600 in September, down 2,900 from August."
counts(TIMES, [S], [("fall in housing starts in September", 2900, EXACT)],
       [("fall in housing starts in September", 38600, EXACT)])  # fmt: skip
S = "Card spending rose to £61.2bn in the month to October from £59.8bn in the previous month."
counts(TIMES, [S], [("card spending in the month to October, pounds", 61.2e9, EXACT)],
       [("card spending in the month to October, pounds", 59.8e9, EXACT)])  # fmt: skip
S = "Revenue was $5.2 billion, against $4.9 billion in the previous quarter and $4.1 billion a year earlier."
counts(TIMES, [S], [("revenue in the previous quarter, dollars", 4.9e9, EXACT)],
       [("revenue in the previous quarter, dollars", 4.1e9, EXACT), ("revenue a year earlier, dollars", 4.9e9, EXACT)])  # fmt: skip
S = "Net profit rose to £310m from £270m in the prior year, the housebuilder said."
counts(TIMES, [S], [("net profit in the prior year, pounds", 270e6, EXACT)],
       [("net profit in the prior year, pounds", 310e6, EXACT)])  # fmt: skip
S = "The airline reported a full-year profit after tax of €1.6 billion compared to a prior year profit after tax of €1.92 billion."
counts(TIMES, [S], [("profit after tax in the prior year, euros", 1.92e9, EXACT)],
       [("profit after tax in the prior year, euros", 1.6e9, EXACT)])  # fmt: skip
S = "Operating profit was €2.0bn, compared with €1.8bn in the previous quarter."
counts(TIMES, [S], [("operating profit in the previous quarter, euros", 1.8e9, EXACT)],
       [("operating profit in the previous year, euros", 1.8e9, EXACT)])  # fmt: skip
S = "Sales were 1.2 million units, compared with 1.1 million in the previous month and 900,000 in the previous year."
counts(TIMES, [S], [("sales in the previous month, units", 1.1e6, EXACT)],
       [("sales in the previous month, units", 900000, EXACT)])  # fmt: skip

# --- ranges: a range's end and the time its range is told of ---------------------------------

S = "The central bank expects growth of 1.5% to 2% this year and 2.5% to 3% next year."
counts(RANGES, [S], [("low end of this year's growth forecast, percent", 1.5, EXACT), ("high end of next year's growth forecast, percent", 3, EXACT)],
       [("low end of this year's growth forecast, percent", 2.5, EXACT), ("high end of next year's growth forecast, percent", 2, EXACT)])  # fmt: skip
S = "Ryland sees completions of 9,000 to 9,500 homes this year and 10,000 to 11,000 next year."
counts(RANGES, [S], [("low end of next year's completions forecast", 10000, EXACT), ("upper end of this year's completions forecast", 9500, EXACT)],
       [("low end of next year's completions forecast", 9000, EXACT), ("upper end of this year's completions forecast", 11000, EXACT)])  # fmt: skip
S = "The company guided to revenue of €2.1 billion to €2.3 billion in 2026 and €2.5 billion to €2.8 billion in 2027."
counts(RANGES, [S], [("low end of 2027 revenue guidance, euros", 2.5e9, EXACT), ("high end of 2026 revenue guidance, euros", 2.3e9, EXACT)],
       [("low end of 2027 revenue guidance, euros", 2.1e9, EXACT), ("high end of 2026 revenue guidance, euros", 2.8e9, EXACT)])  # fmt: skip
S = "The ministry forecasts a deficit of 3% to 3.5% of GDP next year, after 4% to 4.5% this year."
counts(RANGES, [S], [("low end of next year's deficit forecast, percent of GDP", 3, EXACT)],
       [("low end of next year's deficit forecast, percent of GDP", 4, EXACT)])  # fmt: skip
S = "Analysts see revenue of $4 billion to $4.5 billion in 2026 and $4.8 billion to $5.2 billion next year."
counts(RANGES, [S], [("low end of this year's revenue forecast, dollars", 4e9, EXACT)],
       [("low end of this year's revenue forecast, dollars", 4.8e9, EXACT)])  # fmt: skip
S = "Organisers expect between 40,000 and 45,000 visitors this year, and between 50,000 and 60,000 next year."
counts(RANGES, [S], [("high end of this year's visitor forecast", 45000, EXACT)],
       [("high end of this year's visitor forecast", 60000, EXACT)])  # fmt: skip
S = "Brokers see a dividend of 42 to 45 pence for 2026 and 47 to 50 pence for 2027, the note said."
counts(RANGES, [S], [("low end of the 2027 dividend forecast, pence", 47, EXACT)],
       [("low end of the 2027 dividend forecast, pence", 42, EXACT)])  # fmt: skip
S = "The airport expects 2.1 million to 2.3 million passengers next year and 1.8 million to 1.9 million this year."
counts(RANGES, [S], [("top end of this year's passenger forecast", 1.9e6, EXACT)],
       [("top end of this year's passenger forecast", 2.3e6, EXACT)])  # fmt: skip

# the page's own "lowest"/"highest" before the plural the range is told of picks out its end
S = "Fares on the new ferry will range from €25 to €60 each way, with the lowest fares for foot passengers."
counts(RANGES, [S], [("lowest ferry fare, euros", 25, EXACT)], [("lowest ferry fare, euros", 60, EXACT)])  # fmt: skip
S = "Salaries at the plant range from $38,000 to $72,000, with the highest salaries going to shift supervisors."
counts(RANGES, [S], [("highest salary at the plant, dollars", 72000, EXACT)],
       [("highest salary at the plant, dollars", 38000, EXACT)])  # fmt: skip
S = "Prices for the new flats will vary between £180,000 and £420,000, with the lowest prices for one-bedroom units."
counts(RANGES, [S], [("lowest flat price, pounds", 180000, EXACT)], [("lowest flat price, pounds", 420000, EXACT)])  # fmt: skip
S = "Room rates at the hotel range from €140 to €390 a night, the highest rates in July."
counts(RANGES, [S], [("highest room rate at the hotel, euros", 390, EXACT)], [])  # fmt: skip
S = "Inflation will be between 5 and 6 per cent next year, the highest rate in a decade."
counts(RANGES, [S], [], [("highest inflation rate, per cent", 6, EXACT)])  # fmt: skip
S = "The highest court will hear between 60 and 70 cases this term, its clerk said."
counts(RANGES, [S], [], [("cases the highest court will hear", 70, EXACT)])  # fmt: skip

# --- per-share: a bare sum set against a per-share sum, or added to each share's consideration --

S = "Tidewater earned $2.10 a share, compared with revenue growth of 4 percent."
counts(PER_SHARE, [S], [("Tidewater earnings per share, dollars", 2.10, EXACT)],
       [("Tidewater earnings per share, dollars", 4, EXACT)])  # fmt: skip
S = "Orchard Foods earned $4.51 a share, and its shares rose 3% to $88."
counts(PER_SHARE, [S], [], [("Orchard Foods earnings per share, dollars", 88, EXACT)])  # fmt: skip
S = "Brindle reported earnings of 61 cents a share, short of the 64 cents analysts expected."
counts(PER_SHARE, [S], [("analysts' expected Brindle earnings per share, cents", 64, EXACT)],
       [("Brindle earnings per share, cents", 64, EXACT)])  # fmt: skip
S = "Kessler earned $3.05 a share, above the $2.90 consensus."
counts(PER_SHARE, [S], [("consensus earnings per share for Kessler, dollars", 2.90, EXACT)],
       [("Kessler earnings per share, dollars", 2.90, EXACT)])  # fmt: skip
S = "The lender earned 84 cents a share, compared with $1.3 billion in net income a year earlier."
counts(PER_SHARE, [S], [], [("the lender's earnings per share, dollars", 1.3, EXACT)])  # fmt: skip
S = "Ryland earned 47 cents a share, versus the 44 cents forecast by analysts."
counts(PER_SHARE, [S], [("forecast earnings per share for Ryland, cents", 44, EXACT)], [])  # fmt: skip
S = "Tamar's adjusted earnings were $1.87 a share, beating the $1.80 consensus compiled by LSEG."
counts(PER_SHARE, [S], [("consensus adjusted earnings per share for Tamar, dollars", 1.80, EXACT)], [])  # fmt: skip
S = "Each Corvo share will be swapped for 0.62 new Brindle shares plus 85 pence in cash."
counts(PER_SHARE, [S], [("cash per Corvo share, pence", 85, EXACT)],
       [("cash per Corvo share, pence", 0.62, EXACT)])  # fmt: skip
S = "For every Halden share, investors get 1.2 Kessler shares plus $4.50 in cash."
counts(PER_SHARE, [S], [("cash per Halden share, dollars", 4.50, EXACT)],
       [("Kessler shares per Halden share", 4.50, EXACT)])  # fmt: skip
S = "Each Marlow share will be exchanged for 0.3 Tamar shares plus 210 pence in cash, the offer document said."
counts(PER_SHARE, [S], [("cash per Marlow share, pence", 210, EXACT)], [])  # fmt: skip
S = "Each Marlow share will be exchanged for 0.3 Tamar shares plus a payment totalling £120 million to the pension fund."
counts(PER_SHARE, [S], [], [("cash per Marlow share, pounds", 120e6, EXACT)])  # fmt: skip
S = "Holders will receive, for each Vessel share, 0.8 Kaap shares plus 32 euros in cash."
counts(PER_SHARE, [S], [("cash per Vessel share, euros", 32, EXACT)],
       [("cash per Vessel share, dollars", 32, EXACT)])  # fmt: skip

S = "Lindqvist earned 92 cents a share, against the 88 cents analysts had forecast."
counts(PER_SHARE, [S], [("analysts' forecast earnings per share for Lindqvist, cents", 88, EXACT)],
       [("Lindqvist earnings per share, cents", 88, EXACT)])  # fmt: skip


# --- designation: an employer's initials before its people are no model's name -------------

SPACED = "About 4 200 doctors stayed at work, the health board said."  # the page groups with spaces


def staff(
    sentence: str, passes: list[tuple[str, float, str]], fails: list[tuple[str, float, str]]
) -> None:
    """A count told in ``sentence`` on a page that plainly groups thousands with spaces."""
    counts(DESIGNATION, [SPACED, sentence], passes, fails, evidence=[sentence])


staff("Union officials said 1 350 NHS nurses joined the walkout on Tuesday.",
      [("nurses on strike", 1350, EXACT)], [("nurses on strike", 1, EXACT), ("nurses on strike", 350, EXACT)])  # fmt: skip
staff("A total of 3 600 BBC journalists walked out over the pay offer.",
      [("BBC journalists on strike", 3600, EXACT)], [("BBC journalists on strike", 3, EXACT), ("BBC journalists on strike", 600, EXACT)])  # fmt: skip
staff("The plan says 2 750 RAF engineers will move to the new base.",
      [("RAF engineers moving", 2750, EXACT)], [("RAF engineers moving", 2, EXACT), ("RAF engineers moving", 750, EXACT)])  # fmt: skip
staff("A further 6 350 NHS patients are waiting for surgery in the region.",
      [("NHS patients waiting for surgery", 6350, EXACT)], [("NHS patients waiting for surgery", 6, EXACT)])  # fmt: skip
staff("In all, 1 900 GMB members voted to accept the deal.",
      [("GMB members voting to accept", 1900, EXACT)], [("GMB members voting to accept", 1, EXACT)])  # fmt: skip
staff("The union said 4 100 RMT workers will strike on Friday.",
      [("RMT workers on strike", 4100, EXACT)], [("RMT workers on strike", 100, EXACT)])  # fmt: skip
staff("The deal covers 5 200 TfL drivers, the union said.", [("TfL drivers covered", 5200, EXACT)], [])  # fmt: skip
staff("The airline ordered 48 737 MAX jets for its short-haul routes.",
      [("jets ordered", 48, EXACT)], [("jets ordered", 48737, EXACT), ("jets ordered", 737, EXACT)])  # fmt: skip
staff("The carrier will lease 12 787 ER freighters from next year.",
      [("freighters leased", 12, EXACT)], [("freighters leased", 12787, EXACT)])  # fmt: skip
staff("The group took delivery of 9 320 NEO aircraft last year.",
      [("aircraft delivered", 9, EXACT)], [("aircraft delivered", 9320, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
