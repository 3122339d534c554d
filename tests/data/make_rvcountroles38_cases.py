# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 38's named roles (``grounding_rvcountroles38.jsonl``):
cases at the edges of ``summarizer/verification/figures/named_roles.py`` (countroles38), written
by its reviewer in new words before the rule was run on them:

- ``change-size``: a change's size is the number after "up"/"down"/"by"/a verb of motion or
  before a comparative; the level the change reaches ("closed at 412p, up 9%", "widened to
  £38m, up from £29m", "67 per cent, higher than") is no change's size, nor a gap to another
  place ("8% above the rest of the region");
- ``stance``: an "expected" count takes the number a word of expecting governs, never the
  result a forecast is beaten by ("Beating forecasts, the retailer earned £412m"), another
  year's forecast ("For this year it expects 2.4 million") or a forecast the new one replaced;
- ``range-end``: "low end" / "highest" takes that end of a range of the same thing, not a
  vote's tally ("52 votes to 48"), a score ("won 3-1"), a change and its level ("rose 0.2
  percentage points to 4.8%") nor another year's range;
- ``named-time``: "a year earlier" / "previous" / "last season" takes the number that time
  holds, not the number a year before ANOTHER year than the story's ("In 2023 ... a year
  earlier"), a previous quarter's for a year-ago one, an "18-year-old"'s "old", "profit
  before tax"'s "before" or "the previous club record" for last season's tally; "twelve
  months earlier" and "the year-ago quarter" are a year earlier.

Run ``python tests/data/make_rvcountroles38_cases.py`` to rebuild it.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvcountroles38.jsonl")

built = SupportCases(
    "rvcr38",
    leads=[
        "LEEDS (Pennine Press Agency) -",
        "By Tomasz Wrobel | The Solent Courier",
        "BUSINESS DESK | The Prairie Ledger",
        "From our Lagos correspondent, The Gulf Review.",
        "DENVER, Front Range Business Daily -",
        "Sport desk, The Northern Echo-Gazette.",
    ],
)
RANGE, STANCE, CHANGE, TIME = "range-end", "stance", "change-size", "named-time"
PUBLISHED = "2025-09-12"
EXACT, ABOUT, LEAST = "exact", "about", "at_least"
OTHER = "The figures were published alongside the group's annual report."

counts = partial(built.count_cases, published=PUBLISHED)


# --- change-size: the size of a change, never the level it reaches -------------------------

S = "Shares in the miner closed at 412p, up 9% on the day."
counts(CHANGE, [S, OTHER], [("rise in share price, per cent", 9, EXACT)],
       [("rise in share price, pence", 412, EXACT)])  # fmt: skip
S = "Quarterly sales were $9.3 billion, down 4% from a year earlier."
counts(CHANGE, [S, OTHER], [("fall in quarterly sales, percent", 4, EXACT)],
       [("fall in quarterly sales, dollars", 9.3e9, EXACT)])  # fmt: skip
S = "The council's budget gap widened to £38m, up from £29m in March."
counts(CHANGE, [S, OTHER], [("budget gap, pounds", 38e6, EXACT)],
       [("increase in budget gap, pounds", 38e6, EXACT), ("increase in budget gap, pounds", 29e6, EXACT)])  # fmt: skip
S = "Turnout rose to 67 per cent, higher than at any election since 1992."
counts(CHANGE, [S, OTHER], [("turnout, per cent", 67, EXACT)],
       [("rise in turnout, percentage points", 67, EXACT)])  # fmt: skip
S = "Home sales fell by 3,200 to 41,800 in June, the estate agents' body said."
counts(CHANGE, [S, OTHER], [("fall in home sales in June", 3200, EXACT)],
       [("fall in home sales in June", 41800, EXACT)])  # fmt: skip
S = "Passenger numbers at the airport climbed 12 per cent to 2.6 million last month."
counts(CHANGE, [S, OTHER], [("growth in passenger numbers, per cent", 12, EXACT)],
       [("growth in passenger numbers", 2.6e6, EXACT)])  # fmt: skip
S = "Wheat futures settled at $5.42 a bushel, down 11 cents."
counts(CHANGE, [S, OTHER], [("drop in wheat futures, cents a bushel", 11, EXACT)],
       [("drop in wheat futures, dollars a bushel", 5.42, EXACT)])  # fmt: skip
S = "Rents in the capital averaged £2,250 a month, 8% above the rest of the region."
counts(CHANGE, [S, OTHER], [("average monthly rent in the capital, pounds", 2250, EXACT)],
       [("rise in rents in the capital, per cent", 8, EXACT)])  # fmt: skip
S = "Output has fallen 6 per cent since 2022, to 1.2 million tonnes."
counts(CHANGE, [S, OTHER], [("fall in output since 2022, per cent", 6, EXACT)],
       [("fall in output since 2022, tonnes", 1.2e6, EXACT)])  # fmt: skip
S = "Shares in the carmaker shed 2.3% to 410p after the profit warning."
counts(CHANGE, [S, OTHER], [("fall in the carmaker's shares, per cent", 2.3, EXACT)],
       [("fall in the carmaker's shares, pence", 410, EXACT)])  # fmt: skip
S = "Sales are 12% lower than in 2024, at 73,000 units."
counts(CHANGE, [S, OTHER], [("decline in sales since 2024, percent", 12, EXACT)],
       [("decline in sales since 2024, units", 73000, EXACT)])  # fmt: skip


# --- stance: the number a word of expecting governs, not the result or another forecast -----

S = "Beating forecasts, the retailer earned £412m in the half."
counts(STANCE, [S, OTHER], [("half-year profit, pounds", 412e6, EXACT)],
       [("forecast half-year profit, pounds", 412e6, EXACT)])  # fmt: skip
S = "Profit topped expectations at 1.9 billion euros, the lender said on Tuesday."
counts(STANCE, [S, OTHER], [("profit, euros", 1.9e9, EXACT)],
       [("expected profit, euros", 1.9e9, EXACT)])  # fmt: skip
S = "The tourism ministry had forecast 2.1 million visitors for 2024. For this year it expects 2.4 million."
counts(STANCE, [S, OTHER], [("forecast visitors for 2024", 2.1e6, EXACT), ("expected visitors this year", 2.4e6, EXACT)],
       [("forecast visitors for 2024", 2.4e6, EXACT), ("expected visitors this year", 2.1e6, EXACT)])  # fmt: skip
S = "The airline now expects 48 million passengers this year, up from its earlier forecast of 45 million."
counts(STANCE, [S, OTHER], [("expected passengers this year", 48e6, EXACT), ("earlier passenger forecast", 45e6, EXACT)],
       [("expected passengers this year", 45e6, EXACT)])  # fmt: skip
S = "Inflation came in at 3.4%, against a consensus of 3.1%."
counts(STANCE, [S, OTHER], [("consensus inflation forecast, per cent", 3.1, EXACT)],
       [("consensus inflation forecast, per cent", 3.4, EXACT)])  # fmt: skip
S = "Analysts at Kestrel Securities expect a dividend of 42p; those at Marlow Capital forecast 45p."
counts(STANCE, [S, OTHER], [("Kestrel Securities' dividend forecast, pence", 42, EXACT), ("Marlow Capital's dividend forecast, pence", 45, EXACT)],
       [("Kestrel Securities' dividend forecast, pence", 45, EXACT)])  # fmt: skip
S = "Growth was 3.4 per cent, ahead of the 2.9 per cent economists had been looking for."
counts(STANCE, [S, OTHER], [("economists' expected growth, per cent", 2.9, EXACT)],
       [("economists' expected growth, per cent", 3.4, EXACT)])  # fmt: skip
S = "Wall Street had braced for a loss of 12 cents a share; the company lost 9 cents."
counts(STANCE, [S, OTHER], [("expected loss per share, cents", 12, EXACT)],
       [("expected loss per share, cents", 9, EXACT)])  # fmt: skip
S = "The club had projected crowds of 31,000 for the new season, but the first home game drew 27,400."
counts(STANCE, [S, OTHER], [("projected crowd, new season", 31000, EXACT)],
       [("projected crowd, new season", 27400, EXACT)])  # fmt: skip


# --- range-end: an end of a range of the same thing ----------------------------------------

S = "The upper house passed the bill by 52 votes to 48 late on Wednesday."
counts(RANGE, [S, OTHER], [("upper house votes in favour", 52, EXACT), ("upper house votes against", 48, EXACT)],
       [("upper house votes in favour", 48, EXACT), ("upper house votes against", 52, EXACT)])  # fmt: skip
S = "Leeds won 3-1 at Elland Road, their biggest home win of the season."
counts(RANGE, [S, OTHER], [("Leeds goals in their biggest home win", 3, EXACT)],
       [("Leeds goals in their biggest home win", 1, EXACT)])  # fmt: skip
S = "Unemployment rose 0.2 percentage points to 4.8%, its highest level since 2021."
counts(RANGE, [S, OTHER], [("jobless rate at its highest since 2021, per cent", 4.8, EXACT), ("rise in jobless rate, percentage points", 0.2, EXACT)],
       [("rise in jobless rate to its highest since 2021, percentage points", 4.8, EXACT)])  # fmt: skip
S = "Analysts see revenue of $4 billion to $4.5 billion this year and $4.8 billion to $5.2 billion next year."
counts(RANGE, [S, OTHER], [("low end of this year's revenue forecast, dollars", 4e9, EXACT), ("high end of next year's revenue forecast, dollars", 5.2e9, EXACT)],
       [("low end of this year's revenue forecast, dollars", 4.8e9, EXACT), ("high end of next year's revenue forecast, dollars", 4.5e9, EXACT)])  # fmt: skip
S = "The fine could run from €80m to €120m (£68m to £102m), lawyers said."
counts(RANGE, [S, OTHER], [("lowest possible fine, euros", 80e6, EXACT), ("highest possible fine, pounds", 102e6, EXACT)],
       [("lowest possible fine, pounds", 80e6, EXACT), ("highest possible fine, euros", 102e6, EXACT)])  # fmt: skip
S = "Between 2020 and 2024 the fund's value ranged from $3 billion to $5 billion."
counts(RANGE, [S, OTHER], [("lowest value of the fund, dollars", 3e9, EXACT)],
       [("lowest value of the fund, dollars", 5e9, EXACT)])  # fmt: skip
S = "Organisers said as few as 200 and as many as 350 boats would take part."
counts(RANGE, [S, OTHER], [("boats taking part, lowest estimate", 200, EXACT)],
       [("boats taking part, highest estimate", 200, EXACT)])  # fmt: skip
S = "Ms Okafor expects growth of 3% to 4% next year; Mr Lindqvist sees 1% to 2%."
counts(RANGE, [S, OTHER], [("Okafor's growth forecast, lower end, per cent", 3, EXACT)],
       [("Okafor's growth forecast, lower end, per cent", 1, EXACT)])  # fmt: skip
S = "Fares on the route will be somewhere between 40 and 65 dollars, the carrier said."
counts(RANGE, [S, OTHER], [("fare on the route, upper end, dollars", 65, EXACT)],
       [("fare on the route, upper end, dollars", 40, EXACT)])  # fmt: skip


# --- named-time: the number the named time holds -------------------------------------------

S = "In 2023 the charity raised £4.1m, against £3.6m a year earlier."
counts(TIME, [S, OTHER], [("money raised in 2023, pounds", 4.1e6, EXACT), ("money raised in 2022, pounds", 3.6e6, EXACT)],
       [("money raised in 2024, pounds", 3.6e6, EXACT), ("money raised a year earlier, pounds", 4.1e6, EXACT)])  # fmt: skip
S = "Operating profit was €2.0bn, compared with €1.8bn in the previous quarter and €1.5bn a year earlier."
counts(TIME, [S, OTHER], [("operating profit a year earlier, euros", 1.5e9, EXACT), ("operating profit in the previous quarter, euros", 1.8e9, EXACT)],
       [("operating profit in the previous quarter, euros", 1.5e9, EXACT), ("operating profit a year earlier, euros", 1.8e9, EXACT)])  # fmt: skip
S = "Dealers sold 14,300 cars last month, compared with 15,900 a year ago."
counts(TIME, [S, OTHER], [("car sales in the same month a year ago", 15900, EXACT)],
       [("car sales two years ago", 15900, EXACT), ("car sales the month before", 15900, EXACT)])  # fmt: skip
S = "Her 61 goals beat last season's 48 and the previous club record of 55, set in 1987."
counts(TIME, [S, OTHER], [("previous club record, goals", 55, EXACT), ("her goals last season", 48, EXACT)],
       [("previous club record, goals", 48, EXACT), ("her goals last season", 55, EXACT)])  # fmt: skip
S = "Profit before tax was £640m, against £593m in the prior period."
counts(TIME, [S, OTHER], [("prior-period pre-tax profit, pounds", 593e6, EXACT)],
       [("prior-period pre-tax profit, pounds", 640e6, EXACT)])  # fmt: skip
S = "The 18-year-old striker has scored 31 goals this season."
counts(TIME, [S, OTHER], [("striker's goals this season", 31, EXACT)],
       [("striker's goals in the previous season", 31, EXACT)])  # fmt: skip
S = "Group revenue was £3.4bn, against £3.1bn twelve months earlier."
counts(TIME, [S, OTHER], [("group revenue a year earlier, pounds", 3.1e9, EXACT)],
       [("group revenue a year earlier, pounds", 3.4e9, EXACT)])  # fmt: skip
S = "The bank earned $1.12 a share, compared with 92 cents in the year-ago quarter."
counts(TIME, [S, OTHER], [("earnings per share in the year-ago quarter, cents", 92, EXACT)],
       [("earnings per share in the year-ago quarter, dollars", 1.12, EXACT)])  # fmt: skip
S = "Last year's total was 4.4 million tonnes; this year the co-operative expects 4.9 million."
counts(TIME, [S, OTHER], [("co-operative's total in 2024, tonnes", 4.4e6, EXACT)],
       [("co-operative's total in 2024, tonnes", 4.9e6, EXACT)])  # fmt: skip
S = "Mr Achebe, the former finance minister, said the deficit was 5.1% of GDP."
counts(TIME, [S, OTHER], [("deficit, per cent of GDP", 5.1, EXACT)],
       [("previous year's deficit, per cent of GDP", 5.1, EXACT)])  # fmt: skip


# --- gaps session 40 (gcr40): a role given to another number that sets the value apart -------

S = "Net income reached $2.7 billion, short of the $3.1 billion analysts had predicted."
counts(STANCE, [S, OTHER], [("analysts' predicted net income, dollars", 3.1e9, EXACT), ("net income, dollars", 2.7e9, EXACT)],
       [("analysts' predicted net income, dollars", 2.7e9, EXACT)])  # fmt: skip
S = "Forecasters had projected a harvest of 640,000 tonnes; farmers brought in 585,000 tonnes."
counts(STANCE, [S, OTHER], [("projected harvest, tonnes", 640000, EXACT)],
       [("projected harvest, tonnes", 585000, EXACT)])  # fmt: skip
S = "Economists had predicted inflation of 2.4% for the month; it came in at 2.8%."
counts(STANCE, [S, OTHER], [("predicted monthly inflation, per cent", 2.4, EXACT)],
       [("predicted monthly inflation, per cent", 2.8, EXACT)])  # fmt: skip
S = "The insurer now forecasts claims of £910m, above its original forecast of £820m."
counts(STANCE, [S, OTHER], [("insurer's claims forecast, pounds", 910e6, EXACT)],
       [("insurer's claims forecast, pounds", 820e6, EXACT)])  # fmt: skip
S = "Quarterly bookings came in at 5,200, above the 4,800 the company had anticipated."
counts(STANCE, [S, OTHER], [("anticipated quarterly bookings", 4800, EXACT)],
       [("anticipated quarterly bookings", 5200, EXACT)])  # fmt: skip
S = "Analysts had pencilled in 310,000 deliveries; the carmaker managed 296,000."
counts(STANCE, [S, OTHER], [("deliveries analysts had pencilled in", 310000, EXACT)],
       [("deliveries analysts had pencilled in", 296000, EXACT)])  # fmt: skip
S = "The ministry had targeted 4,500 new teachers, but 3,900 were hired."
counts(STANCE, [S, OTHER], [("targeted new teachers", 4500, EXACT)],
       [("targeted new teachers", 3900, EXACT)])  # fmt: skip
S = "The index closed at 7,412 points, up 58 points on the day."
counts(CHANGE, [S, OTHER], [("rise in the index, points", 58, EXACT)],
       [("rise in the index, points", 7412, EXACT)])  # fmt: skip
S = "Unemployment claims dropped by 14,000 last week, to 212,000."
counts(CHANGE, [S, OTHER], [("drop in unemployment claims", 14000, EXACT)],
       [("drop in unemployment claims", 212000, EXACT)])  # fmt: skip
S = "The trade deficit stood at $71 billion, a decline of $4 billion."
counts(CHANGE, [S, OTHER], [("decline in the trade deficit, dollars", 4e9, EXACT)],
       [("decline in the trade deficit, dollars", 71e9, EXACT)])  # fmt: skip
S = "Copper settled at $9,840 a tonne, down $120."
counts(CHANGE, [S, OTHER], [("drop in copper price, dollars a tonne", 120, EXACT)],
       [("drop in copper price, dollars a tonne", 9840, EXACT)])  # fmt: skip
S = "The annual increase in house prices slowed to 3.1% in August."
counts(CHANGE, [S, OTHER], [("annual increase in house prices, per cent", 3.1, EXACT)], [])  # fmt: skip
S = "Pre-tax profit came to £212m, compared with £187m a year earlier."
counts(TIME, [S, OTHER], [("pre-tax profit a year earlier, pounds", 187e6, EXACT)],
       [("pre-tax profit a year earlier, pounds", 212e6, EXACT)])  # fmt: skip
S = "Ferry crossings rose to 41,000 in August, from 36,500 in 2024."
counts(TIME, [S, OTHER], [("ferry crossings in 2024", 36500, EXACT)],
       [("ferry crossings in 2024", 41000, EXACT)])  # fmt: skip
S = "His 29 wins this year beat the previous tour record of 26."
counts(TIME, [S, OTHER], [("previous tour record, wins", 26, EXACT)],
       [("previous tour record, wins", 29, EXACT)])  # fmt: skip
S = "This spring the port handled 3.3 million containers; in the spring of 2024 it had handled 3.0 million."
counts(TIME, [S, OTHER], [("containers handled in spring 2024", 3.0e6, EXACT)],
       [("containers handled in spring 2024", 3.3e6, EXACT)])  # fmt: skip
S = "A week earlier the wards held 412 patients and 88 empty beds."
counts(TIME, [S, OTHER], [("patients a week earlier", 412, EXACT), ("empty beds a week earlier", 88, EXACT)], [])  # fmt: skip

# gcn41c (session 41): a range whose two ends are said apart ("as few as 200 and as many as 350
# boats"): each end counts the noun after the second, and each is its end
S = "Police said as few as 400 and as many as 900 marchers could join the protest."
counts(RANGE, [S, OTHER], [("marchers, lowest estimate", 400, EXACT), ("marchers", 400, LEAST)],
       [("marchers", 400, EXACT)])  # fmt: skip
S = "The charity expects as few as 30 and as many as 80 volunteers on the day."
counts(RANGE, [S, OTHER], [("volunteers, highest estimate", 80, EXACT)],
       [("volunteers, highest estimate", 30, EXACT)])  # fmt: skip
S = "Engineers said as little as 2 and as much as 5 tonnes of debris remained in the tunnel."
counts(RANGE, [S, OTHER], [("debris left in the tunnel, tonnes, low end", 2, EXACT)],
       [("debris left in the tunnel, tonnes", 5, EXACT)])  # fmt: skip
S = "Rangers counted as few as 12 and as many as 19 wolves in the park over the winter."
counts(RANGE, [S, OTHER], [("wolves in the park, lowest count", 12, EXACT)],
       [("wolves in the park, highest count", 12, EXACT)])  # fmt: skip

# gcn42b (session 42): a score's count described by the phrase set beside the score, up to its
# noun of the result ("..., their biggest home win"): the very match; a part of the match said
# after that noun ("a win built in the third quarter") is no side's whole tally
S = "Saints beat Bath 28-17 on Friday, their first league win of the year."
counts(RANGE, [S, OTHER], [("Saints points in their first league win", 28, EXACT)],
       [("Saints points in their first league win", 17, EXACT)])  # fmt: skip
S = "Bath lost 40-3 to Saints at home, their heaviest defeat since 2019."
counts(RANGE, [S, OTHER], [("Bath points in their heaviest defeat", 3, EXACT)],
       [("Bath points in their heaviest defeat", 40, EXACT)])  # fmt: skip
S = "Celtic lost 4-0 to Hearts at Parkhead, their worst home defeat in a decade."
counts(RANGE, [S, OTHER], [("Celtic goals in their worst home defeat", 0, EXACT)],
       [("Celtic goals in their worst home defeat", 4, EXACT)])  # fmt: skip
S = "Arsenal beat Hull 2-0 at the KC Stadium, their first away win since May."
counts(RANGE, [S, OTHER], [("Arsenal goals in their first away win", 2, EXACT)],
       [("Arsenal goals in their first away win", 0, EXACT)])  # fmt: skip
S = "Bath lost 40-3 to Saints, a defeat settled in the second half."
counts(RANGE, [S, OTHER], [], [("Bath points in the second half", 3, EXACT)])  # fmt: skip
S = "Arsenal beat Hull 2-0, a win built in the third quarter."
counts(RANGE, [S, OTHER], [], [("Arsenal goals in the third quarter", 2, EXACT)])  # fmt: skip


# --- session 43, closer gcn43c: a forecast's owner is the subject of its verb of stance in the
# clause after a semicolon or "while" ("those at Peel Markets forecast 1.9%", "Vale Capital
# predicts $76"): no forecast of the firm named in the clause before (count_subjects)

S = "Economists at Dunmore Bank expect growth of 1.4%; those at Peel Markets forecast 1.9%."
counts(STANCE, [S, OTHER], [("Dunmore Bank's growth forecast, per cent", 1.4, EXACT), ("Peel Markets' growth forecast, per cent", 1.9, EXACT)],
       [("Dunmore Bank's growth forecast, per cent", 1.9, EXACT)])  # fmt: skip
S = "Strategists at Orrin Partners expect oil at $82; Vale Capital predicts $76."
counts(STANCE, [S, OTHER], [("Vale Capital's oil price forecast, dollars", 76, EXACT)],
       [("Orrin Partners' oil price forecast, dollars", 76, EXACT)])  # fmt: skip
S = "Kellner Research forecasts sales of 1.2 million units, while Ostby Analytics estimates 1.5 million."
counts(STANCE, [S, OTHER], [("Ostby Analytics' sales estimate, units", 1_500_000, EXACT)],
       [("Kellner Research's sales forecast, units", 1_500_000, EXACT)])  # fmt: skip
S = "Brokers at Fenwick expect a payout of 18.5 pence; those at Harcourt forecast 21 pence."
counts(STANCE, [S, OTHER], [("Fenwick's payout forecast, pence", 18.5, EXACT), ("Harcourt's payout forecast, pence", 21, EXACT)],
       [("Fenwick's payout forecast, pence", 21, EXACT)])  # fmt: skip
S = "Planners at Hollis Group expect 3,400 visitors; Tarrant Events estimates 4,100."
counts(STANCE, [S, OTHER], [("Tarrant Events' visitor estimate", 4100, EXACT)],
       [("Hollis Group's visitor forecast", 4100, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
