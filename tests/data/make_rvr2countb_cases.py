# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build a reviewer's set for session 38's round-2 qualifier scopes (``grounding_rvr2countb.jsonl``):
value-support cases written to break ``summarizer/verification/figures/qualifier_scope.py`` at
its edges, each verdict a careful fact-checker's, decided when the case was written:

- ``framed-number``: "a" after a preposition frames a head noun, but when that head is itself a
  bound ("stayed below a 40% threshold", "remained above a 2% target", "within a 3-point
  margin") the preposition still bounds the subject's value, and a comparing phrase ("more than
  a 10% stake", "less than a 5% share") bounds the noun's size: no exact number for either;
  the head's own size ("a 15-minute slot", "the 3-point rule") stays exact;
- ``negated-bound``: a negator a few words before "over"/"more than" that governs another verb
  or clause ("not only sold over 40,000", "were not happy after over 3 hours", "could not reach
  over 60 villagers") is no "at most"; a real one ("did not go above 20 minutes", "never risen
  above 6 metres") is; another owner's bound is not this one's;
- ``possible-reach``: a modal of possibility before a verb of reaching is a ceiling, but
  "would" of a law's or plan's outcome, or of the past's future ("would reach 92 points, a
  record"), states the number, no "up to"; a reach asked about or disbelieved states none;
  another currency, owner or day is not the reach's;
- ``framed-number`` also holds "near" before a count of places, which is where, not "nearly"
  ("sits near 3 primary schools"); before a price it is about.

Run ``python tests/data/make_rvr2countb_cases.py`` to rebuild it. The texts are written for
this set (politics, markets, weather, transport, sport, crime), in new words.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvr2countb.jsonl")

built = SupportCases(
    "rvr2cb",
    leads=[
        "CARDIFF (Severn Wire) -",
        "By Hollis Draycott | The Fenland Courier",
        "BUSINESS DESK | The Solent Ledger",
        "From our Lyon bureau, The Rhone Review.",
        "BOISE, Snake River Post -",
        "Weather desk, The Pennine Times.",
    ],
)
FRAMED, NEGATED, REACH = "framed-number", "negated-bound", "possible-reach"
PUBLISHED = "2025-10-09"
EXACT, MORE, LESS, ABOUT, LEAST, UPTO, MOST = (
    "exact", "more_than", "less_than", "about", "at_least", "up_to", "at_most",
)  # fmt: skip

counts = partial(built.count_cases, published=PUBLISHED)


# --- framed-number: the head noun a bound, or a comparing phrase -----------------------------

S = "Turnout stayed below a 40% threshold, so the referendum result is not binding."
counts(FRAMED, [S], [("turnout, per cent", 40, LESS), ("turnout threshold for a binding result, per cent", 40, EXACT)],
       [("turnout, per cent", 40, EXACT), ("turnout, per cent", 40, MORE)])  # fmt: skip
S = "Inflation has remained above a 2% target for three years running, the central bank said."
counts(FRAMED, [S], [("inflation, per cent", 2, MORE), ("inflation target, per cent", 2, EXACT)],
       [("inflation, per cent", 2, EXACT)])  # fmt: skip
S = "Wage growth came in below a 3% rise in living costs over the same twelve months."
counts(FRAMED, [S], [("wage growth, per cent", 3, LESS)],
       [("wage growth, per cent", 3, EXACT)])  # fmt: skip
S = "The Gulf fund has quietly built up more than a 10% stake in the airline."
counts(FRAMED, [S], [("fund's stake in the airline, per cent", 10, MORE)],
       [("fund's stake in the airline, per cent", 10, EXACT)])  # fmt: skip
S = "The Greens won less than a 5% share of the vote and lost their deposit in most seats."
counts(FRAMED, [S], [("Greens' vote share, per cent", 5, LESS)],
       [("Greens' vote share, per cent", 5, EXACT)])  # fmt: skip
S = "The last poll put the two candidates within a 3-point margin of each other."
counts(FRAMED, [S], [("gap between the candidates, points", 3, MOST), ("gap between the candidates, points", 3, UPTO)],
       [("gap between the candidates, points", 3, EXACT), ("gap between the candidates, points", 3, MORE)])  # fmt: skip
S = "Afternoon temperatures in the capital stayed below a 35-degree ceiling set for outdoor work."
counts(FRAMED, [S], [("highest afternoon temperature, degrees", 35, LESS), ("temperature ceiling for outdoor work, degrees", 35, EXACT)],
       [("highest afternoon temperature, degrees", 35, EXACT)])  # fmt: skip
S = "Child poverty has stayed above a 20% rate in the county for a decade, the charity said."
counts(FRAMED, [S], [("child poverty rate, per cent", 20, MORE)],
       [("child poverty rate, per cent", 20, EXACT)])  # fmt: skip
S = "Every ferry must now dock within a 15-minute slot, the harbour master said."
counts(FRAMED, [S], [("docking slot, minutes", 15, EXACT)],
       [("docking slot, minutes", 15, LESS), ("docking slot, minutes", 51, EXACT)])  # fmt: skip
S = "The wreck lies over a 2,000-metre trench off the Azores, divers confirmed."
counts(FRAMED, [S], [("trench depth, metres", 2000, EXACT)],
       [("trench depth, metres", 2000, MORE)])  # fmt: skip
S = "The league awards wins under the 3-point rule adopted in 1995."
counts(FRAMED, [S], [("points for a win", 3, EXACT)],
       [("points for a win", 3, LESS)])  # fmt: skip
S = "Unemployment stayed under the 5% figure the government had promised in its manifesto."
counts(FRAMED, [S], [("unemployment, per cent", 5, LESS)],
       [("unemployment, per cent", 5, EXACT)])  # fmt: skip
S = "The shares slipped below the 200-day line on Tuesday, a sign chartists watch closely."
counts(FRAMED, [S], [("moving average length, days", 200, EXACT)],
       [("moving average length, days", 200, LESS)])  # fmt: skip
S = "Borrowing costs stayed below a 4% level through the summer, the treasury said."
counts(FRAMED, [S], [("borrowing costs, per cent", 4, LESS)],
       [("borrowing costs, per cent", 4, EXACT)])  # fmt: skip


# --- negated-bound: a negator that governs the bound, or something else ---------------------

S = "The club not only sold over 40,000 season tickets but also filled its new hotel."
counts(NEGATED, [S], [("season tickets sold", 40000, MORE)],
       [("season tickets sold", 40000, MOST)])  # fmt: skip
S = "Passengers were not happy after over 3 hours of delays at the gate."
counts(NEGATED, [S], [("delay, hours", 3, MORE)],
       [("delay, hours", 3, MOST)])  # fmt: skip
S = "The council has not said why over 400 homes lost power on Sunday night."
counts(NEGATED, [S], [("homes without power", 400, MORE)],
       [("homes without power", 400, MOST)])  # fmt: skip
S = "It was not planned: more than 12,000 people turned up to the vigil."
counts(NEGATED, [S], [("people at the vigil", 12000, MORE)],
       [("people at the vigil", 12000, MOST)])  # fmt: skip
S = "Sales of 3,000 copies were not expected; over 4,000 were sold in the first week."
counts(NEGATED, [S], [("copies sold in the first week", 4000, MORE)],
       [("copies sold in the first week", 4000, MOST)])  # fmt: skip
S = "Rescuers said they could not reach over 60 villagers trapped by the flood."
counts(NEGATED, [S], [("villagers trapped", 60, MORE)],
       [("villagers trapped", 60, MOST)])  # fmt: skip
S = "Wait times did not go above 20 minutes on any day of the festival."
counts(NEGATED, [S], [("longest wait, minutes", 20, MOST), ("longest wait, minutes", 20, UPTO)],
       [("longest wait, minutes", 20, MORE)])  # fmt: skip
S = "Not more than 50 people attended the vigil outside the embassy."
counts(NEGATED, [S], [("people at the vigil", 50, MOST)],
       [("people at the vigil", 50, MORE)])  # fmt: skip
S = "The refit budget did not exceed £2m, the auditors found."
counts(NEGATED, [S], [("refit budget, pounds", 2_000_000, MOST)],
       [("refit budget, pounds", 2_000_000, MORE), ("refit budget, pounds", 2_000_000, EXACT)])  # fmt: skip
S = "The river has never risen above 6 metres at the old bridge."
counts(NEGATED, [S], [("highest river level, metres", 6, MOST), ("highest river level, metres", 6, UPTO)],
       [("highest river level, metres", 6, MORE)])  # fmt: skip
S = "The dollar hasn't traded above 150 yen since July."
counts(NEGATED, [S], [("dollar's price, yen", 150, MOST)],
       [("dollar's price, yen", 150, MORE), ("dollar's price, yen", 151, MOST)])  # fmt: skip
S = "The smaller parties never topped 40 seats between them; Labour won 52."
counts(NEGATED, [S], [("seats won by Labour", 52, EXACT), ("seats won by the smaller parties", 40, MOST)],
       [("seats won by Labour", 40, MOST), ("seats won by Labour", 52, MOST)])  # fmt: skip
S = "Attendance at the Tuesday market seldom rose above 800; on Saturday it drew 2,100."
counts(NEGATED, [S], [("Saturday attendance", 2100, EXACT), ("Tuesday market attendance", 800, MOST)],
       [("Saturday attendance", 800, MOST)])  # fmt: skip


# --- possible-reach: a modal's ceiling, or a stated outcome ---------------------------------

S = "Under the new law the minimum wage would rise to £12.50 an hour from April."
counts(REACH, [S], [("minimum wage, pounds an hour", 12.5, EXACT)],
       [("minimum wage, pounds an hour", 12.5, UPTO)])  # fmt: skip
S = "By the end of that season the club would reach 92 points, a record that still stands."
counts(REACH, [S], [("club's points total", 92, EXACT)],
       [("club's points total", 92, UPTO), ("club's points total", 92, MORE)])  # fmt: skip
S = "Asked whether the death toll could rise to 50, the governor said it would not."
counts(REACH, [S], [],
       [("deaths", 50, UPTO), ("deaths", 50, EXACT)])  # fmt: skip
S = "Nobody at the exchange believes the recovery fund could reach $90 million."
counts(REACH, [S], [],
       [("recovery fund, dollars", 90_000_000, UPTO)])  # fmt: skip
S = "The new bullet train can hit 320 km/h on the straight stretch near Valence."
counts(REACH, [S], [("top speed, km/h", 320, EXACT), ("top speed, km/h", 320, UPTO)],
       [("top speed, km/h", 320, MORE)])  # fmt: skip
S = "The river could reach 4.5 metres by Friday, forecasters warned."
counts(REACH, [S], [("river level by Friday, metres", 4.5, UPTO)],
       [("river level by Friday, metres", 4.5, MORE), ("river level by Friday, metres", 5.4, UPTO)])  # fmt: skip
S = "Damages in the class action could top $200 million, lawyers said."
counts(REACH, [S], [("damages, dollars", 200_000_000, MORE)],
       [("damages, dollars", 200_000_000, UPTO)])  # fmt: skip
S = "A bounty for tracing the stolen coins comes from a pot that could reach €90 million."
counts(REACH, [S], [("bounty pot, euros", 90_000_000, UPTO)],
       [("bounty pot, dollars", 90_000_000, UPTO), ("bounty pot, euros", 19_000_000, UPTO)])  # fmt: skip
S = "Leeds said their fee for the midfielder may climb to £38m; Fulham paid £25m for their keeper."
counts(REACH, [S], [("Leeds' fee for the midfielder, pounds", 38_000_000, UPTO), ("Fulham's fee for the keeper, pounds", 25_000_000, EXACT)],
       [("Fulham's fee for the keeper, pounds", 38_000_000, UPTO)])  # fmt: skip
S = "Pump prices stood at $4.10 on Monday and could reach $5 by the weekend, traders said."
counts(REACH, [S], [("pump price on Monday, dollars", 4.1, EXACT), ("pump price by the weekend, dollars", 5, UPTO)],
       [("pump price on Monday, dollars", 5, UPTO)])  # fmt: skip


# --- framed-number: "near" before a count of places ---------------------------------------

S = "The waste plant sits near 3 primary schools on the east side of the town."
counts(FRAMED, [S], [("primary schools near the plant", 3, EXACT)],
       [("primary schools near the plant", 3, LESS)])  # fmt: skip
S = "Police set up roadblocks near 14 polling stations in the north on election day."
counts(FRAMED, [S], [("polling stations with roadblocks", 14, EXACT)],
       [("polling stations with roadblocks", 14, ABOUT)])  # fmt: skip
S = "The euro traded near $1.17 for most of the session."
counts(FRAMED, [S], [("euro's price, dollars", 1.17, ABOUT)],
       [("euro's price, dollars", 1.71, ABOUT)])  # fmt: skip


# --- framed-number (gfr40n, session 40): a bar the count names, a comparative's "than a" ---

S = "Passenger numbers at the airport stayed under a 9 million cap agreed with the council."
counts(FRAMED, [S], [("airport passenger cap, millions", 9, EXACT), ("passengers at the airport, millions", 9, LESS)],
       [("passengers at the airport, millions", 9, EXACT), ("airport passenger target, millions", 9, EXACT)])  # fmt: skip
S = "Class sizes rose above a 30-pupil limit in four of the county's schools."
counts(FRAMED, [S], [("class size limit, pupils", 30, EXACT)],
       [("class size, pupils", 30, EXACT), ("class size limit, pupils", 35, EXACT)])  # fmt: skip
S = "Sales growth fell short, coming in below a 6% goal set in March."
counts(FRAMED, [S], [("sales growth goal, per cent", 6, EXACT)],
       [("sales growth, per cent", 6, EXACT), ("sales growth forecast, per cent", 6, EXACT)])  # fmt: skip
S = "A pension trust has bought more than a 7% holding in the brewer, filings show."
counts(FRAMED, [S], [("pension trust's holding in the brewer, per cent", 7, MORE)],
       [("pension trust's holding in the brewer, per cent", 7, EXACT), ("pension trust's holding in the brewer, per cent", 7, LESS)])  # fmt: skip
S = "The rebel slate took less than a 12% share of the proxy votes at the meeting."
counts(FRAMED, [S], [("rebel slate's share of the votes, per cent", 12, LESS)],
       [("rebel slate's share of the votes, per cent", 12, EXACT)])  # fmt: skip
S = "Staff turnover ran above a 15% benchmark used by the regulator for care homes."
counts(FRAMED, [S], [("regulator's turnover benchmark, per cent", 15, EXACT), ("staff turnover, per cent", 15, MORE)],
       [("staff turnover, per cent", 15, EXACT)])  # fmt: skip
S = "The charity spent less than a 20% slice of its income on fundraising last year."
counts(FRAMED, [S], [("charity's income spent on fundraising, per cent", 20, LESS)],
       [("charity's income spent on fundraising, per cent", 20, EXACT)])  # fmt: skip
S = "The buyer is paying more than a 30% premium to the shares' last close."
counts(FRAMED, [S], [("premium to the last close, per cent", 30, MORE)],
       [("premium to the last close, per cent", 30, EXACT), ("premium to the last close, per cent", 30, LESS)])  # fmt: skip


# --- possible-reach (gfr40n, session 40): a reach asked "whether" states no number ----------

S = "Asked whether fares could rise to £5, the operator said 12,000 passengers use the line daily."
counts(REACH, [S], [("daily passengers on the line", 12_000, EXACT)],
       [("fare, pounds", 5, EXACT), ("fare, pounds", 5, UPTO)])  # fmt: skip
S = "Officials would not say whether the bill could reach $2 billion; it stands at $1.6 billion."
counts(REACH, [S], [("bill so far, dollars", 1_600_000_000, EXACT)],
       [("bill, dollars", 2_000_000_000, UPTO), ("bill, dollars", 2_000_000_000, EXACT)])  # fmt: skip
S = "The river could rise to 7 metres by Sunday, and engineers asked whether it could hit 8."
counts(REACH, [S], [("river level by Sunday, metres", 7, UPTO)],
       [("river level by Sunday, metres", 8, UPTO)])  # fmt: skip
S = "Forecasters say the deficit may climb to 4%, but none would say whether it could grow to 5%."
counts(REACH, [S], [("deficit, per cent", 4, UPTO)],
       [("deficit, per cent", 5, UPTO), ("deficit, per cent", 5, EXACT)])  # fmt: skip


# --- possible-reach (gfr40n, session 40): "top" after a modal passes its number --------------

S = "Ticket sales for the tour could top 400,000, the promoter said."
counts(REACH, [S], [("tour ticket sales", 400_000, MORE)],
       [("tour ticket sales", 400_000, UPTO), ("tour ticket sales", 400_000, LESS)])  # fmt: skip
S = "Claims from the flooding may top £90m, insurers warned on Friday."
counts(REACH, [S], [("flood claims, pounds", 90_000_000, MORE)],
       [("flood claims, pounds", 90_000_000, MOST)])  # fmt: skip
S = "The fund is expected to top $5 billion when it closes in June."
counts(REACH, [S], [("fund size, dollars", 5_000_000_000, MORE)],
       [("fund size, dollars", 5_000_000_000, UPTO)])  # fmt: skip
S = "Only the top 10 clubs will share the broadcast money, worth £1.2bn."
counts(REACH, [S], [("clubs sharing the broadcast money", 10, EXACT)],
       [("clubs sharing the broadcast money", 10, MORE)])  # fmt: skip


# --- session 43, closer gcn43b: a time span's numeral after "the" sizes its head's window, not
# a level the preposition compares with ("below the 200-day line"; qualifier_scope.spans_window)
S = "The index closed above the 50-day average for the first time since March."
counts(FRAMED, [S], [("moving average length, days", 50, EXACT)], [("moving average length, days", 50, MORE)])  # fmt: skip
S = "Shares in the miner fell under the 100-day line after the results."
counts(FRAMED, [S], [("moving average length, days", 100, EXACT)], [("moving average length, days", 100, LESS)])  # fmt: skip
S = "The pound stayed below the 1.30 mark against the dollar all week."
counts(FRAMED, [S], [("pound against the dollar, dollars", 1.3, LESS)], [("pound against the dollar, dollars", 1.3, EXACT)])  # fmt: skip
S = "Bitcoin traded over the 20-week line for most of the quarter."
counts(FRAMED, [S], [("moving average length, weeks", 20, EXACT)], [("moving average length, weeks", 20, MORE)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
