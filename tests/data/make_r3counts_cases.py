# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 39's stock shares (``grounding_r3counts.jsonl``): value-support cases
for a count whose words say "share" as a unit of stock, not as a proportion
(``summarizer/verification/figures/stock_shares.py``), and for the value before a change whose
size stands between the change and its "from" (``count_shares.sized_from``):

- ``stock-share``: "adjusted earnings per share", "final dividend per share, pence", "Halberd
  share price, pence", "cash per Marlow share, pounds", "IPO price per share": "share" after a
  distributive determiner ("per", "a", "each", with the stock's modifiers between: "per diluted
  share"), before a price noun, or a count that names its currency. Its number is a sum or a
  price, read as a plain number beside its words ("earned 87 cents a share", "€3.05 a share",
  "closed at 412.5 pence"). Refused: another field's number in the sentence (the consensus, the
  premium in per cent, the deal's whole value), the value before a change, a changed
  qualifier, a proportion's count ("the state's share, per cent") given a per-share sum;
- ``sized-from``: "Revenue was $9.2 billion, down 8% from $10 billion": the number after the
  "from" of a sized change ("up 11 per cent from", "down about 3% from", "down 6,000 from") is
  the value before it, refused for a count of now; the value the sentence gives now passes.

Run ``python tests/data/make_r3counts_cases.py`` to rebuild it. The texts are written for this
set (earnings, takeovers, listings, retail, transport, energy, sport's gates), in new words; each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_r3counts.jsonl")

built = SupportCases(
    "r3c",
    leads=[
        "LONDON (Harbour Wire) -",
        "By Imogen Tull | The Calder Ledger",
        "MARKETS DESK | The Pine Street Bulletin",
        "From our Frankfurt bureau, The Main Review.",
        "SYDNEY, Southern Business Post -",
        "Companies desk, The Osprey Times.",
    ],
)
STOCK, SIZED = "stock-share", "sized-from"
PUBLISHED = "2025-10-22"
EXACT, MORE, ABOUT, LEAST, UPTO = "exact", "more_than", "about", "at_least", "up_to"

counts = partial(built.count_cases, published=PUBLISHED)


# --- stock-share: "share" as a unit of stock; its number a sum or a price --------------------

S = "Profit came in at 87 cents a share, ahead of the 82 cents analysts had pencilled in."
counts(STOCK, [S], [("earnings per share, cents", 87, EXACT)],
       [("earnings per share, cents", 82, EXACT), ("earnings per share, cents", 87, MORE)])  # fmt: skip
S = "The board declared a final dividend of 14.2 pence per share, payable to investors on the register in June."
counts(STOCK, [S], [("final dividend per share, pence", 14.2, EXACT)],
       [("final dividend per share, pence", 14.2, ABOUT), ("final dividend per share, pence", 12.4, EXACT)])  # fmt: skip
S = "Shares in Halberd closed at 412.5 pence on Friday, up 6 per cent on the day."
counts(STOCK, [S], [("Halberd share price, pence", 412.5, EXACT)],
       [("Halberd share price, pence", 6, EXACT)])  # fmt: skip
S = "Brentwood agreed to pay £5.40 in cash for each Marlow share, a premium of 38% to Tuesday's close."
counts(STOCK, [S], [("cash per Marlow share, pounds", 5.40, EXACT)],
       [("cash per Marlow share, pounds", 38, EXACT)])  # fmt: skip
S = "For the quarter, diluted earnings per share rose to $2.14 from $1.97."
counts(STOCK, [S], [("diluted earnings per share, dollars", 2.14, EXACT)],
       [("diluted earnings per share, dollars", 1.97, EXACT)])  # fmt: skip
S = "Kestrel is offering A$1.85 cash per Orlando share, valuing the miner at A$740 million."
counts(STOCK, [S], [("offer per Orlando share, Australian dollars", 1.85, EXACT)],
       [("offer per Orlando share, Australian dollars", 740_000_000, EXACT)])  # fmt: skip
S = "The bank will buy back its own stock at up to 640 pence a share over the next year."
counts(STOCK, [S], [("buyback price per share, pence", 640, UPTO)],
       [("buyback price per share, pence", 640, EXACT)])  # fmt: skip
S = "Core earnings of €3.05 a share beat the €2.90 consensus, the Munich group said."
counts(STOCK, [S], [("core earnings per share, euros", 3.05, EXACT)],
       [("core earnings per share, euros", 2.90, EXACT)])  # fmt: skip
S = "The listing was priced at HK$28 a share, the top of the marketed range, raising HK$4.2 billion."
counts(STOCK, [S], [("IPO price per share, Hong Kong dollars", 28, EXACT)],
       [("IPO price per share, Hong Kong dollars", 4_200_000_000, EXACT)])  # fmt: skip
S = "In Tokyo, Koyama shares ended the week at ¥3,215, their highest close since March."
counts(STOCK, [S], [("Koyama share price, yen", 3215, EXACT)],
       [("Koyama share price, yen", 3125, EXACT), ("Koyama share price, yen", 3215, LEAST)])  # fmt: skip
S = "The retailer earned 31.6 pence per diluted share in the half, down 9% from 34.7 pence."
counts(STOCK, [S], [("earnings per diluted share, pence", 31.6, EXACT)],
       [("earnings per diluted share, pence", 34.7, EXACT), ("earnings per diluted share, pence", 9, EXACT)])  # fmt: skip
S = "Investors will receive roughly $61 for every share they hold, the company said."
counts(STOCK, [S], [("payout per share, dollars", 61, ABOUT)],
       [("payout per share, dollars", 61, EXACT)])  # fmt: skip
S = "The state holds 30% of the venture and paid $2 a share for its stake in 2019."
counts(STOCK, [S], [("state's share of the venture, per cent", 30, EXACT)],
       [("state's share of the venture, per cent", 2, EXACT)])  # fmt: skip
S = "The Greens' share of the vote was 14.1 per cent, from 52,300 ballots."
counts(STOCK, [S], [("Greens' share of the vote, per cent", 14.1, EXACT)],
       [("Greens' share of the vote, per cent", 52300, EXACT)])  # fmt: skip


# --- sized-from: the value before a change whose size stands before "from" -------------------

S = "Revenue was $9.2 billion, down 8% from $10 billion, the chipmaker reported."
counts(SIZED, [S], [("revenue, dollars", 9_200_000_000, EXACT)],
       [("revenue, dollars", 10_000_000_000, EXACT)])  # fmt: skip
S = "Operating profit came in at £412m, up 11 per cent from £371m, on stronger ticket sales."
counts(SIZED, [S], [("operating profit, pounds", 412_000_000, EXACT)],
       [("operating profit, pounds", 371_000_000, EXACT)])  # fmt: skip
S = "Orders totalled 23,071 homes in the quarter, down about 3% from 23,800."
counts(SIZED, [S], [("homes ordered", 23071, EXACT)],
       [("homes ordered", 23800, EXACT)])  # fmt: skip
S = "Membership stood at 118,000 at the end of March, down 6,000 from 124,000."
counts(SIZED, [S], [("members", 118000, EXACT)],
       [("members", 124000, EXACT), ("members", 6000, EXACT)])  # fmt: skip
S = "Net debt was 2.1 billion crowns at the end of June, down roughly 12% from 2.4 billion crowns."
counts(SIZED, [S], [("net debt, crowns", 2_100_000_000, EXACT)],
       [("net debt, crowns", 2_400_000_000, EXACT)])  # fmt: skip
S = "Exports came to 1.9 million tonnes, up 14 pct from 1.67 million tonnes."
counts(SIZED, [S], [("exports, tonnes", 1_900_000, EXACT)],
       [("exports, tonnes", 1_670_000, EXACT)])  # fmt: skip
S = "The fund's assets were €38bn by September, up by 5 per cent from €36.2bn."
counts(SIZED, [S], [("fund assets, euros", 38_000_000_000, EXACT)],
       [("fund assets, euros", 36_200_000_000, EXACT)])  # fmt: skip
S = "Passenger numbers hit 61.3 million, up 4.2% from 58.8 million."
counts(SIZED, [S], [("passengers", 61_300_000, EXACT)],
       [("passengers", 58_800_000, EXACT)])  # fmt: skip
S = "Same-store sales were $1.14 billion, down 2.5 percent from $1.17 billion."
counts(SIZED, [S], [("same-store sales, dollars", 1_140_000_000, EXACT)],
       [("same-store sales, dollars", 1_170_000_000, EXACT)])  # fmt: skip
S = "Wind output reached 8.4 terawatt hours, up 19% from 7.1 terawatt hours, the grid operator said."
counts(SIZED, [S], [("wind output, terawatt hours", 8.4, EXACT)],
       [("wind output, terawatt hours", 7.1, EXACT)])  # fmt: skip
S = "Claims rose sharply: the insurer paid out 41,200 claims, up 3,900 from 37,300."
counts(SIZED, [S], [("claims paid", 41200, EXACT)],
       [("claims paid", 37300, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
