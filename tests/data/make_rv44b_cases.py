# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 44's closer gcn44b (``grounding_rv44b.jsonl``, review
rv44b), cases written by the reviewer in new words, at the edges of

- ``times``: a month named as a count's time (``figures/named_times.month_time``) against a
  month of another year ("in April 2025"), a month only reached by a forecast ("by June") or
  bounding a stretch ("since March", "the highest since April"); "the previous quarter" /
  "the prior year" after a number (``postposed_time``) against a comparison that only
  names the earlier time ("up from the prior year", "higher than in the previous quarter",
  "the previous quarter's £4.5m");
- ``ranges``: a range's end told of another time (``retimed``) against one range told of
  two years ("this year and next") and a count naming when a forecast was made; the page's
  "lowest"/"highest" before the range's plural (``counts/ranges._picks_end``) against that
  plural told of another route, plant or owner with a number of its own;
- ``per-share``: a bare sum set against a per-share sum (``stock_shares._set_beside``)
  against a share price, a dividend or a rival's result beside it, and an expected figure
  whose stance word stands past the few words read ("the $2.90 Wall Street was looking
  for"); each share's consideration after "plus" in other word orders;
- ``designation``: an employer's initials before a plural of people
  (``house_numbers._STAFF``) against a model's name before its crews ("48 737 MAX pilots").

Run ``python tests/data/make_rv44b_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv44b.jsonl")

built = SupportCases(
    "rv44b",
    leads=[
        "By Tomasz Wierzba | The Solent Record",
        "SINGAPORE (Straits Wire) -",
        "COMPANIES DESK | The Wensum Herald",
        "From our Dublin bureau, The Liffey Examiner.",
        "Business staff, The Ouse Courant.",
    ],
)
TIMES, RANGES, PER_SHARE, DESIGNATION = "times", "ranges", "per-share", "designation"
PUBLISHED = "2026-06-18"  # "this year" is 2026, "next year" 2027
EXACT = "exact"

counts = partial(built.count_cases, published=PUBLISHED)

# --- times: a month after the number ------------------------------------------------------

S = "Exports rose to $41.3 billion in April, up from $38.7 billion in April 2025."
counts(TIMES, [S], [("exports in April, dollars", 41.3e9, EXACT)], [("exports in April, dollars", 38.7e9, EXACT)])  # fmt: skip
S = "The trade gap is forecast to reach $52 billion by June, economists at Harlow Bank said."
counts(TIMES, [S], [], [("trade deficit in June, dollars", 52e9, EXACT)])  # fmt: skip
S = "Steel output hit 8.2 million tonnes, the highest since March, the industry body said."
counts(TIMES, [S], [("steel output, tonnes", 8.2e6, EXACT)], [("steel output in March, tonnes", 8.2e6, EXACT)])  # fmt: skip
S = "Unemployment rose to 5.4% in May, while youth unemployment stood at 13.9% in May."
counts(TIMES, [S], [("youth unemployment rate in May, percent", 13.9, EXACT), ("unemployment rate in May, percent", 5.4, EXACT)],
       [("unemployment rate in May, percent", 13.9, EXACT)])  # fmt: skip
S = "Passenger numbers at Gatwick reached 4.1 million in July, against 3.8 million in the same month of 2025."
counts(TIMES, [S], [("Gatwick passengers in July", 4.1e6, EXACT)], [("Gatwick passengers in July", 3.8e6, EXACT)])  # fmt: skip
S = "Mortgage approvals fell to 61,200 in March from a revised 64,500 in February, Bank of England figures showed."
counts(TIMES, [S], [("mortgage approvals in February", 64500, EXACT), ("mortgage approvals in March", 61200, EXACT)],
       [("mortgage approvals in February", 61200, EXACT)])  # fmt: skip
S = "The current account deficit was €3.4bn in the month of January, the central bank said."
counts(TIMES, [S], [("current account deficit in January, euros", 3.4e9, EXACT)], [])  # fmt: skip
S = "Retail footfall was 9.6 million in mid-April, and 8.9 million in early May."
counts(TIMES, [S], [("retail footfall in early May", 8.9e6, EXACT)], [("retail footfall in April", 8.9e6, EXACT)])  # fmt: skip

S = "Card spending was £61.4bn in March, against £58.2bn in March 2025."
counts(TIMES, [S], [("card spending in March 2025, pounds", 58.2e9, EXACT), ("card spending in March, pounds", 61.4e9, EXACT)],
       [("card spending in March, pounds", 58.2e9, EXACT)])  # fmt: skip

S = "Exports were $41 billion in April, while imports reached $44 billion in April."
counts(TIMES, [S], [("exports in April, dollars", 41e9, EXACT)], [("exports in April, dollars", 44e9, EXACT)])  # fmt: skip

# "the previous quarter" / "the prior year" after a number
S = "Net income rose to $410 million, up from the prior year, the insurer said."
counts(TIMES, [S], [("net income, dollars", 410e6, EXACT)], [("net income in the prior year, dollars", 410e6, EXACT)])  # fmt: skip
S = "Turnover came in at £2.1bn, higher than in the previous year, as prices rose."
counts(TIMES, [S], [("turnover, pounds", 2.1e9, EXACT)], [("turnover in the previous year, pounds", 2.1e9, EXACT)])  # fmt: skip
S = "Orders totalled 12,400, compared with the previous quarter's 11,050."
counts(TIMES, [S], [("orders in the previous quarter", 11050, EXACT)], [("orders in the previous quarter", 12400, EXACT)])  # fmt: skip
S = "Deliveries were 88,000 vehicles, against 79,500 during the prior quarter."
counts(TIMES, [S], [("vehicle deliveries in the prior quarter", 79500, EXACT)], [("vehicle deliveries in the prior quarter", 88000, EXACT)])  # fmt: skip
S = "Subscribers reached 6.4 million, from 6.1 million over the previous quarter."
counts(TIMES, [S], [("subscribers", 6.4e6, EXACT)], [("subscribers in the previous quarter", 6.4e6, EXACT)])  # fmt: skip

# --- ranges: a range's end and the time it is told of ---------------------------------------

S = "The Treasury sees growth of 1.2% to 1.6% this year and next."
counts(RANGES, [S], [("low end of this year's growth forecast, percent", 1.2, EXACT), ("low end of next year's growth forecast, percent", 1.2, EXACT)], [])  # fmt: skip
S = "In guidance issued last year, Corvo forecast revenue of $3.1 billion to $3.4 billion for 2026 and $3.6 billion to $3.9 billion for 2027."
counts(RANGES, [S], [("low end of 2026 revenue guidance issued last year, dollars", 3.1e9, EXACT)],
       [("low end of 2026 revenue guidance, dollars", 3.6e9, EXACT)])  # fmt: skip
S = "Tamar expects to ship 40,000 to 44,000 units this year, against 35,000 to 38,000 last year."
counts(RANGES, [S], [("high end of Tamar's shipment forecast for this year", 44000, EXACT)],
       [("high end of Tamar's shipment forecast for this year", 38000, EXACT)])  # fmt: skip
S = "Dividend forecasts stand at 30p to 32p for 2026, compared with 27p to 29p paid for 2025."
counts(RANGES, [S], [("low end of the 2026 dividend forecast, pence", 30, EXACT)], [("low end of the 2026 dividend forecast, pence", 27, EXACT)])  # fmt: skip

S = "The regulator expects 1.2 million to 1.4 million new connections this year and 1.5 million to 1.7 million next year."
counts(RANGES, [S], [("high end of the regulator's forecast made this year for next year's connections", 1.7e6, EXACT)],
       [("high end of the regulator's forecast made this year for next year's connections", 1.4e6, EXACT)])  # fmt: skip

# the page's own "lowest"/"highest" before the plural the range counts
S = "Fares on the Rosslare route range from €25 to €60, while the lowest fares on the rival Cherbourg route are €19."
counts(RANGES, [S], [("lowest fare on the Rosslare route, euros", 25, EXACT), ("lowest fare on the Cherbourg route, euros", 19, EXACT)],
       [("lowest fare on the Cherbourg route, euros", 25, EXACT)])  # fmt: skip
S = "Salaries at the Leeds plant range from £28,000 to £51,000, though the highest salaries at the group's Derby plant top £70,000."
counts(RANGES, [S], [("highest salary at the Leeds plant, pounds", 51000, EXACT)],
       [("highest salary at the Derby plant, pounds", 51000, EXACT)])  # fmt: skip
S = "Tickets for the festival cost between £45 and £180, with the highest prices for weekend camping passes."
counts(RANGES, [S], [("lowest festival ticket price, pounds", 45, EXACT), ("cost of a festival ticket, pounds", 45, "at_least")],
       [("highest festival ticket price, pounds", 45, EXACT)])  # fmt: skip
S = "Rents in the new block will range from €1,100 to €2,400 a month, the lowest rents going to key workers."
counts(RANGES, [S], [("lowest monthly rent in the new block, euros", 1100, EXACT)], [("lowest monthly rent in the new block, euros", 2400, EXACT)])  # fmt: skip
S = "Fees range from $9,000 to $31,000 a year; the lowest fees were cut last year."
counts(RANGES, [S], [("lowest annual fee, dollars", 9000, EXACT)], [("lowest annual fee, dollars", 31000, EXACT)])  # fmt: skip
S = "Bonuses this year range from $4,000 to $15,000, though the highest bonuses paid last year reached $40,000."
counts(RANGES, [S], [("highest bonus paid last year, dollars", 40000, EXACT)], [("highest bonus paid last year, dollars", 15000, EXACT)])  # fmt: skip

S = "Room prices at the Harbour Hotel range from £90 to £240 a night, but the lowest prices at its sister hotel in Bath are £70."
counts(RANGES, [S], [("lowest room price at the Harbour Hotel, pounds", 90, EXACT)], [("lowest room price at the Bath hotel, pounds", 90, EXACT)])  # fmt: skip
S = "Bonuses this year range from $4,000 to $15,000, the highest bonuses going to traders."
counts(RANGES, [S], [("highest bonus this year, dollars", 15000, EXACT)], [("highest bonus this year, dollars", 4000, EXACT)])  # fmt: skip

# --- per-share: a bare sum beside a per-share sum ---------------------------------------------

S = "Halden earned $4.10 a share, and its stock closed above $90 for the first time."
counts(PER_SHARE, [S], [("Halden earnings per share, dollars", 4.10, EXACT)], [("Halden earnings per share, dollars", 90, EXACT)])  # fmt: skip
S = "Corvo earned $1.45 a share, more than the $1.30 it paid out in dividends."
counts(PER_SHARE, [S], [("Corvo earnings per share, dollars", 1.45, EXACT)], [("Corvo earnings per share, dollars", 1.30, EXACT)])  # fmt: skip
S = "Kessler earned $3.05 a share, beating the $2.90 Wall Street was looking for."
counts(PER_SHARE, [S], [("Wall Street's expected Kessler earnings per share, dollars", 2.90, EXACT)], [("Kessler earnings per share, dollars", 2.90, EXACT)])  # fmt: skip
S = "Brindle earned 61 cents a share, above the 58 cents average of 14 analysts' estimates."
counts(PER_SHARE, [S], [("Brindle earnings per share, cents", 61, EXACT)], [("Brindle earnings per share, cents", 58, EXACT)])  # fmt: skip
S = "Ryland earned 92 cents a share, compared with 81 cents a year earlier."
counts(PER_SHARE, [S], [("Ryland earnings per share a year earlier, cents", 81, EXACT)], [("Ryland earnings per share, cents", 81, EXACT)])  # fmt: skip
S = "Marlow earned $2.20 a share in the quarter, versus $1.95 in the same quarter of 2025."
counts(PER_SHARE, [S], [("Marlow earnings per share in the quarter, dollars", 2.20, EXACT)], [("Marlow earnings per share in the quarter, dollars", 1.95, EXACT)])  # fmt: skip
S = "Tidewater earned $1.12 a share, compared with $1.2bn in free cash flow."
counts(PER_SHARE, [S], [("Tidewater earnings per share, dollars", 1.12, EXACT)], [("Tidewater earnings per share, dollars", 1.2, EXACT)])  # fmt: skip
S = "Lindqvist posted earnings of $1.87 per share, beating estimates of $1.80."
counts(PER_SHARE, [S], [("estimated Lindqvist earnings per share, dollars", 1.80, EXACT)], [("Lindqvist earnings per share, dollars", 1.80, EXACT)])  # fmt: skip
S = "Holders will get 0.45 Tamar shares for each Harlow share they own, plus 120 pence in cash."
counts(PER_SHARE, [S], [("cash per Harlow share, pence", 120, EXACT)], [("Tamar shares per Harlow share", 120, EXACT)])  # fmt: skip
S = "Each Aldous share will be exchanged for 0.7 Ferrin shares plus 55 cents in cash, plus a fee of 90 cents paid to the adviser."
counts(PER_SHARE, [S], [("cash per Aldous share, cents", 55, EXACT)], [("cash per Aldous share, cents", 90, EXACT)])  # fmt: skip

S = "Corvo earned $1.45 a share, beating rival Tamar's $1.20."
counts(PER_SHARE, [S], [("Corvo earnings per share, dollars", 1.45, EXACT)], [("Corvo earnings per share, dollars", 1.20, EXACT)])  # fmt: skip
S = "Aldous earned $2.02 a share, topping the $1.97 that analysts had forecast."
counts(PER_SHARE, [S], [("analysts' forecast Aldous earnings per share, dollars", 1.97, EXACT)], [("Aldous earnings per share, dollars", 1.97, EXACT)])  # fmt: skip

# --- designation: initials before a plural of people ----------------------------------------

SPACED = "About 3 400 staff work at the site, the company said."  # the page groups with spaces


def staff(
    sentence: str, passes: list[tuple[str, float, str]], fails: list[tuple[str, float, str]]
) -> None:
    """A count told in ``sentence`` on a page that plainly groups thousands with spaces."""
    counts(DESIGNATION, [SPACED, sentence], passes, fails, evidence=[sentence])


staff("The airline has trained 48 737 MAX pilots since the jet returned to service.",
      [("pilots trained", 48, EXACT)], [("pilots trained", 48737, EXACT)])  # fmt: skip
staff("The carrier will recruit 24 787 ER engineers for its maintenance base.",
      [("engineers recruited", 24, EXACT)], [("engineers recruited", 24787, EXACT)])  # fmt: skip
staff("Some 2 900 RCN members voted for strike action.",
      [("RCN members voting for strikes", 2900, EXACT)], [("RCN members voting for strikes", 900, EXACT)])  # fmt: skip
staff("The charity said 1 240 RNLI volunteers were on call over the weekend.",
      [("RNLI volunteers on call", 1240, EXACT)], [("RNLI volunteers on call", 240, EXACT)])  # fmt: skip
staff("A total of 2 300 BMA junior doctors joined the walkout.",
      [("junior doctors on strike", 2300, EXACT)], [("junior doctors on strike", 300, EXACT)])  # fmt: skip
staff("Strikes by 4 650 PCS members closed passport offices.",
      [("PCS members on strike", 4650, EXACT)], [("PCS members on strike", 4, EXACT)])  # fmt: skip
staff("The review covers 3 150 SNP supporters polled in May.",
      [("SNP supporters polled", 3150, EXACT)], [("SNP supporters polled", 150, EXACT)])  # fmt: skip
staff("The union represents 2 450 BA pilots at Heathrow.",
      [("BA pilots the union represents", 2450, EXACT)], [("BA pilots the union represents", 450, EXACT)])  # fmt: skip
staff("The operator is short of 16 320 NEO pilots for the summer.",
      [("pilots the operator is short of", 16, EXACT)], [("pilots the operator is short of", 16320, EXACT)])  # fmt: skip

comma = "The airline, which carried 1,240,000 passengers last year, has trained 48 737 MAX pilots."
counts(DESIGNATION, [comma], [("pilots trained", 48, EXACT)], [("pilots trained", 48737, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
