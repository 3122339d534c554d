# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 38's round-2 qualifier scopes (``grounding_r2countb.jsonl``):
value-support cases for a count whose qualifier words English puts somewhere else than on the
number (``summarizer/verification/figures/qualifier_scope.py``):

- ``framed-number``: an article between a preposition and a numeral makes the numeral a
  modifier of the head noun the preposition governs ("under a 20-year supply deal", "spread
  over a 750-acre site", "under the 28-point format"): the number is exact. Refused: the
  preposition's bound read onto the number ("more than 750 acres"), a changed number, and a
  mark noun's head ("over the 1,000 mark": the value passed it, no exact 1,000);
- ``negated-bound``: a "more than" phrase under a negator or an adverb of negative frequency
  ("rarely went above 6,000", "did not rise above 2%", "has never topped 40") is at most the
  number. Refused: "more than" for it, the bound without its negator ("rose above 6,000" is
  no "at most"), a changed number;
- ``possible-reach``: a modal of possibility before a verb of reaching ("could reach $140
  million", "may climb to £116m", "might eventually hit 2,000") is up to the number. Refused:
  the bound without a modal ("reached 140 million" is what was reached), a fall ("could fall
  to 116m": no ceiling), "more than" for it, a changed number.

Run ``python tests/data/make_r2countb_cases.py`` to rebuild it. The texts are written for this
set (energy, property, sport, finance, tourism, weather), in new words; each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_r2countb.jsonl")

built = SupportCases(
    "r2cb",
    leads=[
        "LEEDS (Aire Wire) -",
        "By Imogen Tallis | The Tamar Gazette",
        "MARKETS DESK | The Humber Ledger",
        "From our Porto bureau, The Douro Review.",
        "TUCSON, Sonoran Post -",
        "Sport desk, The Heron Times.",
    ],
)
FRAMED, NEGATED, REACH = "framed-number", "negated-bound", "possible-reach"
PUBLISHED = "2025-10-02"
EXACT, MORE, LESS, ABOUT, LEAST, UPTO, MOST = (
    "exact", "more_than", "less_than", "about", "at_least", "up_to", "at_most",
)  # fmt: skip

counts = partial(built.count_cases, published=PUBLISHED)


# --- framed-number: the article belongs to the head noun the preposition governs -----------

S = "The plant will sell its output to the railway under a 15-year supply contract signed on Monday."
counts(FRAMED, [S], [("supply contract length, years", 15, EXACT)],
       [("supply contract length, years", 15, LESS), ("supply contract length, years", 51, EXACT)])  # fmt: skip
S = "The new resort is spread over a 420-acre site on the edge of the lagoon."
counts(FRAMED, [S], [("site size, acres", 420, EXACT)],
       [("site size, acres", 420, MORE), ("site size, acres", 240, EXACT)])  # fmt: skip
S = "Tenants in the block have been living under a 12-month rent freeze since the council stepped in."
counts(FRAMED, [S], [("rent freeze length, months", 12, EXACT)],
       [("rent freeze length, months", 12, LESS), ("rent freeze length, months", 21, EXACT)])  # fmt: skip
S = "The striker was sold within a 48-hour window after the club accepted the bid."
counts(FRAMED, [S], [("sale window, hours", 48, EXACT)],
       [("sale window, hours", 48, UPTO), ("sale window, hours", 84, EXACT)])  # fmt: skip
S = "Prices held above a 200-day moving average for most of the quarter, traders said."
counts(FRAMED, [S], [("moving average length, days", 200, EXACT)],
       [("moving average length, days", 200, MORE), ("moving average length, days", 20, EXACT)])  # fmt: skip
S = "The lender will be repaid over a 25-year term at a fixed rate."
counts(FRAMED, [S], [("loan term, years", 25, EXACT)],
       [("loan term, years", 25, MORE), ("loan term, years", 52, EXACT)])  # fmt: skip
S = "The fighters will meet under a 10-round format rather than the usual 12."
counts(FRAMED, [S], [("rounds in the format", 10, EXACT)],
       [("rounds in the format", 10, LESS), ("rounds in the format", 12, LESS)])  # fmt: skip
S = "Golfers played under the 36-hole format for the first time since the war."
counts(FRAMED, [S], [("holes in the format", 36, EXACT)],
       [("holes in the format", 36, LESS), ("holes in the format", 63, EXACT)])  # fmt: skip
S = "The bond was sold below the 30-year benchmark rate, the treasury said."
counts(FRAMED, [S], [("benchmark maturity, years", 30, EXACT)],
       [("benchmark maturity, years", 30, LESS), ("benchmark maturity, years", 3, EXACT)])  # fmt: skip
S = "Investors poured in money beyond a 5-year horizon as rates fell."
counts(FRAMED, [S], [("investment horizon, years", 5, EXACT)],
       [("investment horizon, years", 5, MORE), ("investment horizon, years", 15, EXACT)])  # fmt: skip
S = "The index climbed over the 8,000 mark on Thursday for the first time."
counts(FRAMED, [S], [("index level passed", 8000, MORE)],
       [("index level passed", 8000, EXACT), ("index level passed", 800, MORE)])  # fmt: skip
S = "The death toll rose above the 300 threshold overnight, officials said."
counts(FRAMED, [S], [("deaths", 300, MORE)],
       [("deaths", 300, EXACT), ("deaths", 300, LESS)])  # fmt: skip
S = "The mine will be run by the consortium under a 30-year lease from the state."
counts(FRAMED, [S], [("lease length, years", 30, EXACT)],
       [("lease length, years", 30, LESS), ("lease length, years", 3, EXACT)])  # fmt: skip
S = "More than a thousand homes lost power during the storm."
counts(FRAMED, [S], [("homes without power", 1000, MORE)],
       [("homes without power", 1000, EXACT), ("homes without power", 1000, LESS)])  # fmt: skip


# --- negated-bound: a negated "more than" is at most -----------------------------------------

S = "During the trial weeks daily visitor numbers rarely went above 4,500, the operator said."
counts(NEGATED, [S], [("daily visitors", 4500, MOST)],
       [("daily visitors", 4500, MORE), ("daily visitors", 5400, MOST)])  # fmt: skip
S = "Inflation did not rise above 2.5% at any point last year, the central bank noted."
counts(NEGATED, [S], [("inflation peak, percent", 2.5, MOST)],
       [("inflation peak, percent", 2.5, MORE), ("inflation peak, percent", 5.2, MOST)])  # fmt: skip
S = "Temperatures in the valley have never climbed over 41 degrees since records began."
counts(NEGATED, [S], [("highest temperature, degrees", 41, MOST)],
       [("highest temperature, degrees", 41, MORE), ("highest temperature, degrees", 14, MOST)])  # fmt: skip
S = "Crowds at the ground seldom rose beyond 9,000 in the old stand's final season."
counts(NEGATED, [S], [("crowd size", 9000, MOST)],
       [("crowd size", 9000, MORE), ("crowd size", 900, MOST)])  # fmt: skip
S = "The water level has not gone above 3.2 metres this winter, the agency says."
counts(NEGATED, [S], [("water level, metres", 3.2, UPTO)],
       [("water level, metres", 3.2, MORE), ("water level, metres", 2.3, UPTO)])  # fmt: skip
S = "Mortgage approvals didn't go above 60,000 in any month of the spring."
counts(NEGATED, [S], [("monthly mortgage approvals", 60000, MOST)],
       [("monthly mortgage approvals", 60000, MORE), ("monthly mortgage approvals", 6000, MOST)])  # fmt: skip
S = "Wind speeds never exceeded 70 mph on the coast, forecasters said."
counts(NEGATED, [S], [("highest wind speed, mph", 70, MOST)],
       [("highest wind speed, mph", 70, MORE), ("highest wind speed, mph", 17, MOST)])  # fmt: skip
S = "Turnout in the by-election rarely topped 30 per cent in the poorer wards."
counts(NEGATED, [S], [("turnout, per cent", 30, MOST)],
       [("turnout, per cent", 30, MORE), ("turnout, per cent", 3, MOST)])  # fmt: skip
S = "Queues at the border never went past 90 minutes, the minister claimed."
counts(NEGATED, [S], [("longest queue, minutes", 90, MOST)],
       [("longest queue, minutes", 90, MORE), ("longest queue, minutes", 19, MOST)])  # fmt: skip
S = "The share price has rarely traded above 140 pence since the profit warning."
counts(NEGATED, [S], [("share price, pence", 140, MOST)],
       [("share price, pence", 140, MORE), ("share price, pence", 410, MOST)])  # fmt: skip
S = "Daily visitor numbers went above 4,500 during the trial weeks, the operator said."
counts(NEGATED, [S], [("daily visitors", 4500, MORE)],
       [("daily visitors", 4500, MOST), ("daily visitors", 4500, UPTO)])  # fmt: skip
S = "Inflation rose above 2.5% in March for the first time in a year."
counts(NEGATED, [S], [("inflation, percent", 2.5, MORE)],
       [("inflation, percent", 2.5, MOST), ("inflation, percent", 2.5, EXACT)])  # fmt: skip
S = "Bitcoin, which started the session near $64,000, slid through the afternoon."
counts(NEGATED, [S], [("bitcoin opening price, dollars", 64000, ABOUT)],
       [("bitcoin opening price, dollars", 64000, MORE), ("bitcoin opening price, dollars", 46000, ABOUT)])  # fmt: skip


# --- possible-reach: a modal before a verb of reaching names a ceiling ----------------------

S = "Whoever freezes the stolen coins earns a bounty, from a pot that could reach $90 million."
counts(REACH, [S], [("bounty pot, dollars", 90_000_000, UPTO)],
       [("bounty pot, dollars", 90_000_000, MORE), ("bounty pot, dollars", 9_000_000, UPTO)])  # fmt: skip
S = "Arsenal paid £60m up front for the winger, a fee that may climb to £75m with add-ons."
counts(REACH, [S], [("fee with add-ons, pounds", 75_000_000, UPTO)],
       [("fee with add-ons, pounds", 75_000_000, MORE), ("fee with add-ons, pounds", 60_000_000, UPTO)])  # fmt: skip
S = "Insurers warned that claims from the floods might eventually hit 2,000."
counts(REACH, [S], [("flood claims", 2000, UPTO)],
       [("flood claims", 2000, MORE), ("flood claims", 20000, UPTO)])  # fmt: skip
S = "Analysts said the tariff could rise to 35% if talks fail."
counts(REACH, [S], [("tariff rate, per cent", 35, UPTO)],
       [("tariff rate, per cent", 35, MORE), ("tariff rate, per cent", 53, UPTO)])  # fmt: skip
S = "The bill for the repairs would swell to €4.2 billion under the worst case, engineers said."
counts(REACH, [S], [("repair bill, euros", 4_200_000_000, UPTO)],
       [("repair bill, euros", 4_200_000_000, MORE), ("repair bill, euros", 2_400_000_000, UPTO)])  # fmt: skip
S = "Organisers say the crowd can grow to 120,000 on the final night."
counts(REACH, [S], [("crowd on final night", 120000, UPTO)],
       [("crowd on final night", 120000, MORE), ("crowd on final night", 12000, UPTO)])  # fmt: skip
S = "Economists think the jobless rate may go to 6.1 per cent by winter."
counts(REACH, [S], [("jobless rate, per cent", 6.1, UPTO)],
       [("jobless rate, per cent", 6.1, MORE), ("jobless rate, per cent", 1.6, UPTO)])  # fmt: skip
S = "The waiting list could potentially reach 800 names, the school admitted."
counts(REACH, [S], [("waiting list", 800, UPTO)],
       [("waiting list", 800, MORE), ("waiting list", 80, UPTO)])  # fmt: skip
S = "The deficit might balloon to $3 trillion over the decade, the budget office said."
counts(REACH, [S], [("deficit, dollars", 3_000_000_000_000, UPTO)],
       [("deficit, dollars", 3_000_000_000_000, MORE), ("deficit, dollars", 300_000_000_000, UPTO)])  # fmt: skip
S = "Rainfall totals could hit 150mm in the hills by Sunday."
counts(REACH, [S], [("rainfall, mm", 150, UPTO)],
       [("rainfall, mm", 150, MORE), ("rainfall, mm", 15, UPTO)])  # fmt: skip
S = "The bounty pot reached $90 million after the exchange added funds."
counts(REACH, [S], [("bounty pot, dollars", 90_000_000, EXACT)],
       [("bounty pot, dollars", 90_000_000, UPTO), ("bounty pot, dollars", 90_000_000, MORE)])  # fmt: skip
S = "Shares of the chipmaker could fall to $41 if the order book shrinks, the broker warned."
counts(REACH, [S], [("price target, dollars", 41, EXACT)],
       [("price target, dollars", 41, UPTO), ("price target, dollars", 41, MORE)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
