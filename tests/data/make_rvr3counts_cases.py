# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 39's r3counts rule (``grounding_rvr3counts.jsonl``): cases
written by its reviewer, in new words, at the edges of the stock-share reading
(``summarizer/verification/figures/stock_shares.py``) and of the sized change's earlier value
(``count_shares.sized_from``):

- ``per-share``: a count whose words say "share" as a unit of stock ("earnings per share",
  "offer per share, yen", "Brisk share price, pence") or name a currency: the sum said share
  by share for the field's own owner, measure, currency and day passes; the consensus or
  forecast beside it ("the $4.56 consensus" for a count of the adjusted figure, and the
  adjusted figure for a count of the consensus), another company's or person's sum, another
  currency's, another day's close, a company the article never names, the whole of a pot a
  share is taken from, a number after "per share" that belongs to the next clause, and the
  ratio of an exchange given as its cash are refused;
- ``before-change``: the value after the "from" of a sized change ("fell 8 per cent from
  £2.41 billion") is the value before it, refused for a count of now but read for a count
  that names the earlier time ("attendance at last year's show"); a "from" that opens where
  points were won ("racked up 31 points from 14 games") is no earlier value, so its number
  is the games', not a value before a change.

Run ``python tests/data/make_rvr3counts_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvr3counts.jsonl")

built = SupportCases(
    "rvr3c",
    leads=[
        "NEW YORK (Ledgerline) -",
        "By Harriet Vane | The Wessex Courier",
        "CITY DESK | The Harbourside Gazette",
        "TOKYO, Pacific Markets Daily -",
        "Sport desk, The Northern Echo-Post.",
        "From our Chicago bureau, The Lakeshore Record.",
    ],
)
PER, BEFORE = "per-share", "before-change"
PUBLISHED = "2026-02-18"
EXACT, MORE, ABOUT, LEAST, UPTO = "exact", "more_than", "about", "at_least", "up_to"

counts = partial(built.count_cases, published=PUBLISHED)


# --- per-share: a sum share by share, for its own owner, measure, currency and day -----------

S = "Orchard Foods reported adjusted earnings of $4.51 a share for the year, short of the $4.56 consensus compiled by LSEG."
counts(PER, [S], [("adjusted earnings per share, dollars", 4.51, EXACT), ("consensus earnings per share, dollars", 4.56, EXACT)],
       [("consensus earnings per share, dollars", 4.51, EXACT), ("adjusted earnings per share, dollars", 4.56, EXACT)])  # fmt: skip
S = "Analysts had expected earnings of 91 cents a share; Tidewater delivered 97 cents a share, helped by lower fuel costs."
counts(PER, [S], [("earnings per share, cents", 97, EXACT), ("expected earnings per share, cents", 91, EXACT)],
       [("expected earnings per share, cents", 97, EXACT)])  # fmt: skip
S1 = "Corvid Airlines earned $1.38 a share in the third quarter."
S2 = "Its rival Skylark, which reported last week, earned $1.62 a share."
counts(PER, [S1, S2], [("Corvid earnings per share, dollars", 1.38, EXACT)],
       [("Corvid earnings per share, dollars", 1.62, EXACT), ("Brenner Air earnings per share, dollars", 1.38, EXACT)])  # fmt: skip
S = "Yamato Holdings will pay 6,635 yen a share in cash for the distributor, the company said on Monday."
counts(PER, [S], [("offer per share, yen", 6635, EXACT)],
       [("offer per share, dollars", 6635, EXACT), ("offer per share, yen", 6635, MORE)])  # fmt: skip
S = "Dunmore will pay a final dividend of 18.5 pence per share, taking the full-year payout to 27 pence a share."
counts(PER, [S], [("final dividend per share, pence", 18.5, EXACT), ("full-year dividend per share, pence", 27, EXACT)],
       [("final dividend per share, euros", 18.5, EXACT), ("final dividend per share, pence", 27, EXACT)])  # fmt: skip
S = "Net income came to $2.05 a diluted share, compared with $1.71 a share a year earlier."
counts(PER, [S], [("diluted earnings per share, dollars", 2.05, EXACT)],
       [("diluted earnings per share, dollars", 1.71, EXACT)])  # fmt: skip
S = "Halvard lifted its bid for Penrose from $20 to $23 a share after the target's board rejected the first approach."
counts(PER, [S], [("offer per Penrose share, dollars", 23, EXACT)],
       [("offer per Penrose share, dollars", 20, EXACT)])  # fmt: skip
S = "Lumen Robotics is marketing its listing at $31 to $34 a share, according to a filing."
counts(PER, [S], [("IPO price per share, dollars", 34, UPTO)],
       [("IPO price per share, dollars", 31, EXACT), ("IPO price per share, dollars", 34, EXACT)])  # fmt: skip
S = "The board approved a dividend of 40 cents per share, while net profit climbed to $310 million."
counts(PER, [S], [("dividend per share, cents", 40, EXACT)],
       [("net profit per share, dollars", 310_000_000, EXACT)])  # fmt: skip
S = "Each Harlow share will be exchanged for 0.45 new Tamar shares plus 120 pence in cash."
counts(PER, [S], [("Tamar shares per Harlow share", 0.45, EXACT), ("cash per Harlow share, pence", 120, EXACT)],
       [("cash per Harlow share, pence", 0.45, EXACT)])  # fmt: skip
S = "Sorrel Capital agreed to buy Fenwick for £4.10 a share, a 31% premium, valuing the insurer at £1.2 billion."
counts(PER, [S], [("price per Fenwick share, pounds", 4.10, EXACT)],
       [("price per Fenwick share, pounds", 31, EXACT), ("price per Fenwick share, pounds", 1_200_000_000, EXACT)])  # fmt: skip
S = "Shares in Brisk Logistics closed at 412 pence in London on Tuesday, having ended Monday at 388 pence."
counts(PER, [S], [("Brisk share price on Tuesday, pence", 412, EXACT), ("Brisk share price on Monday, pence", 388, EXACT)],
       [("Brisk share price on Tuesday, pence", 388, EXACT), ("Brisk share price on Tuesday, dollars", 412, EXACT)])  # fmt: skip
S = "Westmoor will buy back its own stock at no more than 640 pence a share over the coming year."
counts(PER, [S], [("buyback price per share, pence", 640, UPTO)],
       [("buyback price per share, pence", 640, EXACT)])  # fmt: skip
S = "Chief executive Dana Pruitt sold her shares at $61.20 a share, filings show, while finance chief Omar Reyes sold at $58.75 a share."
counts(PER, [S], [("Pruitt sale price per share, dollars", 61.20, EXACT)],
       [("Pruitt sale price per share, dollars", 58.75, EXACT)])  # fmt: skip
S = "Lottery syndicate member Jean Hollis took home £400,000, her share of the £2.8 million jackpot."
counts(PER, [S], [("Hollis's share of the jackpot, pounds", 400_000, EXACT)],
       [("Hollis's share of the jackpot, pounds", 2_800_000, EXACT)])  # fmt: skip
S = "Group share of net profit rose to €812 million, while revenue reached €9.4 billion."
counts(PER, [S], [("group share of net profit, euros", 812_000_000, EXACT)],
       [("group share of net profit, euros", 9_400_000_000, EXACT)])  # fmt: skip
S = "Class B stock carries 10 votes per share, against one vote for each Class A share."
counts(PER, [S], [("votes per Class B share", 10, EXACT)],
       [("votes per Class A share", 10, EXACT)])  # fmt: skip
S = "Kellogg shares rose 3% to $64.10 on Wednesday, a day after closing at $62.20."
counts(PER, [S], [("Kellogg share price on Wednesday, dollars", 64.10, EXACT)],
       [("Kellogg share price on Wednesday, dollars", 62.20, EXACT), ("Kellogg share price on Wednesday, dollars", 3, EXACT)])  # fmt: skip
S = "Ocean Bridge will pay A$2.40 a share, or about US$1.58, for the port operator."
counts(PER, [S], [("offer per share, Australian dollars", 2.40, EXACT)],
       [("offer per share, US dollars", 2.40, EXACT)])  # fmt: skip
S = "Ardent Bank unveiled a £500 million share buyback alongside a final dividend worth £1.2 billion in all."
counts(PER, [S], [("share buyback, pounds", 500_000_000, EXACT)],
       [("share buyback, pounds", 1_200_000_000, EXACT)])  # fmt: skip


# --- before-change: the value after a sized change's "from", and a "from" of no change ------

S = "Revenue fell 8 per cent from £2.41 billion to £2.22 billion, the housebuilder said."
counts(BEFORE, [S], [("revenue, pounds", 2_220_000_000, EXACT)],
       [("revenue, pounds", 2_410_000_000, EXACT)])  # fmt: skip
S = "Passenger numbers at Aldgate rose about 12% from 3.1 million to 3.5 million."
counts(BEFORE, [S], [("passengers at Aldgate", 3_500_000, EXACT), ("passengers at Aldgate the previous year", 3_100_000, EXACT)],
       [("passengers at Aldgate", 3_100_000, EXACT)])  # fmt: skip
S = "The district's homeless count rose 14 per cent from 2,310 in 2023, officials said, reaching 2,633 this winter."
counts(BEFORE, [S], [("homeless people counted this winter", 2633, EXACT), ("homeless people counted in 2023", 2310, EXACT)],
       [("homeless people counted this winter", 2310, EXACT)])  # fmt: skip
S = "Ticket sales at the Lyric dropped roughly 6% from 58,400 a year earlier, to 54,900."
counts(BEFORE, [S], [("Lyric tickets sold", 54_900, EXACT)],
       [("Lyric tickets sold", 58_400, EXACT), ("Lyric tickets sold", 6, EXACT)])  # fmt: skip
S = "Turnout fell 3 percentage points from 64% to 61%, the lowest since the war."
counts(BEFORE, [S], [("turnout, per cent", 61, EXACT)],
       [("turnout, per cent", 64, EXACT)])  # fmt: skip
S = "The carrier's fleet shrank nearly 9% from 410 aircraft after it grounded its oldest jets."
counts(BEFORE, [S], [],
       [("aircraft in the fleet", 410, EXACT)])  # fmt: skip
S = "Leinster have racked up 31 points from 14 games this season, the best return in the league."
counts(BEFORE, [S], [("games played by Leinster this season", 14, EXACT), ("points won by Leinster this season", 31, EXACT)],
       [("games played by Leinster this season", 31, EXACT)])  # fmt: skip
S = "Rovers have dropped 11 points from 6 games against the bottom three, a record that cost them the title."
counts(BEFORE, [S], [("games against the bottom three", 6, EXACT)],
       [("games against the bottom three", 11, EXACT)])  # fmt: skip
S = "Dunedin Harriers have gained 13 points from 5 matches since the new coach arrived."
counts(BEFORE, [S], [("matches since the new coach arrived", 5, EXACT)],
       [("matches since the new coach arrived", 13, EXACT)])  # fmt: skip
S = "McIlroy has picked up 3.5 points from 5 matches at the Ryder Cup this week."
counts(BEFORE, [S], [("matches played by McIlroy", 5, EXACT)],
       [("matches played by McIlroy", 3.5, EXACT)])  # fmt: skip
S = "Operating profit at the ferry group was up 17 per cent from €96m, at €112m, helped by summer bookings."
counts(BEFORE, [S], [("operating profit, euros", 112_000_000, EXACT)],
       [("operating profit, euros", 96_000_000, EXACT), ("operating profit, euros", 17, EXACT)])  # fmt: skip
S = "Enrolment fell by about 4 per cent from 18,250 students last autumn to 17,520."
counts(BEFORE, [S], [("students enrolled", 17_520, EXACT), ("students enrolled last autumn", 18_250, EXACT)],
       [("students enrolled", 18_250, EXACT)])  # fmt: skip
S = "Road deaths in the county were down 11 per cent from 2024, at 187, police said."
counts(BEFORE, [S], [("road deaths in the county", 187, EXACT)],
       [("road deaths in the county", 2024, EXACT), ("road deaths in the county", 11, EXACT)])  # fmt: skip

# --- per-share, added in session 39 (an unseen check): sums that are bare conjuncts of one
# object ("made $86 million and $70.7 million") are each the subject's; a sum of another clause
# is not (appended so that the earlier cases keep their ids)
S = "Two Klimt landscapes from the same collection made $86 million and $70.7 million."
counts(PER, [S], [("price of the second landscape, dollars", 70_700_000, EXACT), ("price of the first landscape, dollars", 86_000_000, EXACT)],
       [("price of the second landscape, dollars", 86_700_000, EXACT)])  # fmt: skip
S = "Two Klimt landscapes made $86 million and $70.7 million, while a Monet bought by the museum sold for $40 million."
counts(PER, [S], [("price of the second landscape, dollars", 70_700_000, EXACT)],
       [("price of the second landscape, dollars", 40_000_000, EXACT)])  # fmt: skip

# --- before-change, added in session 40 (gcn40): a sized change told by a verb of size
# ("shrank", "expanded", "narrowed", "swelled", "contracted") before "from": the "from" number
# is the value before it, the "to" number the one after
S = "The bank's branch network shrank about 12% from 640 to 563 branches after the merger."
counts(BEFORE, [S], [("branches in the network", 563, EXACT)], [("branches in the network", 640, EXACT)])  # fmt: skip
S = "The chain's estate expanded 15 per cent from 220 stores to 253 over three years."
counts(BEFORE, [S], [("stores in the estate", 253, EXACT)], [("stores in the estate", 220, EXACT)])  # fmt: skip
S = "The waiting list swelled 30% from 5,400 patients to 7,020 in a year."
counts(BEFORE, [S], [("patients on the waiting list", 7020, EXACT)], [("patients on the waiting list", 5400, EXACT)])  # fmt: skip
S = "The herd contracted 8% from 1,150 to 1,058 cattle over the drought."
counts(BEFORE, [S], [("cattle in the herd", 1058, EXACT)], [("cattle in the herd", 1150, EXACT)])  # fmt: skip
S = "The firm's fleet of vans shrank 5% from 880 vehicles after the sale of its Irish arm."
counts(BEFORE, [S], [], [("vehicles in the fleet", 880, EXACT)])  # fmt: skip

# gcn41c (session 41): the two ends of a change of one sum are one sum, the words before the
# change owning both ("lifted its bid for Penrose from $20 to $23 a share"), and a deed word a
# stance holds ("had expected earnings of 91 cents") is no deed of another sum's
S = "Corvex raised its offer for Lindale from 410 pence to 455 pence a share on Thursday."
counts(PER, [S], [("offer per Lindale share, pence", 455, EXACT)],
       [("offer per Lindale share, pence", 410, EXACT)])  # fmt: skip
S = "Brantwood cut its bid for Ostler from $31 to $27 a share after the audit."
counts(PER, [S], [("bid per Ostler share, dollars", 27, EXACT)],
       [("bid per Ostler share, dollars", 31, EXACT)])  # fmt: skip
S = "The board lifted its dividend from 12 cents to 15 cents a share."
counts(PER, [S], [("dividend per share, cents", 15, EXACT)], [("dividend per share, cents", 12, EXACT)])  # fmt: skip
S = "Analysts had predicted income of $2.10 a share; Quillon reported $2.31 a share."
counts(PER, [S], [("income per share, dollars", 2.31, EXACT)], [("income per share, dollars", 2.10, EXACT)])  # fmt: skip
S = "Analysts had expected profit of 48 pence a share; Harrowgate made 52 pence a share."
counts(PER, [S], [("profit per share, pence", 52, EXACT)], [("profit per share, pence", 48, EXACT)])  # fmt: skip
S = "Tarnside increased its offer for Belvoir from £4 to £4.60 a share."
counts(PER, [S], [("offer per Belvoir share, pounds", 4.60, EXACT)],
       [("offer per Belvoir share, pounds", 4, EXACT)])  # fmt: skip
S = "Brokers had predicted sales of 38 cents a share; Elmfield made 41 cents a share."
counts(PER, [S], [("sales per share, cents", 41, EXACT)], [("sales per share, cents", 38, EXACT)])  # fmt: skip
S = "Economists had estimated earnings of 64 cents a share, but the bank earned 70 cents a share."
counts(PER, [S], [("earnings per share, cents", 70, EXACT)], [("earnings per share, cents", 64, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
