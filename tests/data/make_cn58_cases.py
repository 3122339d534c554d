# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 58's stake shares and "percent ..." counts (``grounding_cn58.jsonl``,
false-alarm writer cn58; :mod:`summarizer.verification.figures.stake_shares` and
:func:`summarizer.verification.counts.count_shares.share_unit`), at the edges of

- ``stake``: a count of a stake, holding or interest in percent ("fund's stake in Orvane,
  percent") given by the verb of its clause ("already owns 9.9 percent of Orvane", "will spend
  $2 billion on 30% of Kelsa", "60% of the merged group will belong to Tarrow's shareholders"):
  the stake passes for the owner and the whole its clause names; another owner's stake,
  another company's, a stake the clause marks as past, a change in the share price, a share
  of sales and a later stake with no verb of its own stay refused;
- ``percent``: a count whose words open with "percent" ("percent in favour", "percent
  voting No", "percent cut in water use"), read as a share as "per cent in favour" is: the
  share its words name passes; the other side's share, the turnout, a plain count and another
  clause's percentage stay refused.

Run ``python tests/data/make_cn58_cases.py`` to rebuild it. Every article below was written
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

OUT = Path(__file__).with_name("grounding_cn58.jsonl")

built = SupportCases(
    "cn58",
    leads=[
        "By Maren Holt | The Calloway Ledger",
        "OSTRAVEL (Harbourline Markets) -",
        "Business | The Wendmere Courier",
        "From our markets desk, The Pellham Times.",
    ],
)
STAKE, PERCENT = "stake", "percent"
stake = partial(built.count_cases, STAKE, published="2026-03-18")
percent = partial(built.count_cases, PERCENT, published="2026-03-18")

# --- stake: a share held, bought or taken ------------------------------------------------------
stake(
    [
        "The pension fund, which already owns 8.4 percent of Orvane, will roll that holding into the new company."
    ],
    [
        ("pension fund's existing stake in Orvane, percent", 8.4, "exact"),
        ("stake, percent", 8.4, "exact"),
    ],
    [
        ("stake in Orvane, percent", 8.5, "exact"),
        ("Orvane shareholders' stake, percent", 8.4, "exact"),
    ],
)
stake(
    [
        "Halvard Group will spend $2.1 billion on 30% of Kelsa Robotics, the two companies said on Monday."
    ],
    [("stake, percent", 30, "exact"), ("Halvard stake in Kelsa, percent", 30, "exact")],
    [
        ("Halvard stake in Kelsa, percent", 2.1, "exact"),
        ("Kelsa stake in Halvard, percent", 30, "exact"),
    ],
)
stake(
    [
        "Once the deal closes, about 64% of the merged lender will belong to Tarrow Bank's shareholders and about 36% to Lindqvist's."
    ],
    [("Tarrow Bank shareholders' stake, percent", 64, "about")],
    [
        ("Tarrow Bank shareholders' stake, percent", 36, "about"),
        ("Lindqvist shareholders' stake, percent", 64, "about"),
    ],
)
stake(
    [
        "The state investor Brunholm will take 100% of Essal Games and delist it from the Oslo exchange."
    ],
    [
        ("share of Essal to be taken, percent", 100, "exact"),
        ("Brunholm stake, percent", 100, "exact"),
    ],
    [("Essal stake in Brunholm, percent", 100, "exact")],
)
stake(
    [
        "Together the two pension funds will hold 70% of 31 container terminals, with 150 berths between them."
    ],
    [("interest taken, per cent", 70, "exact"), ("pension funds' stake, percent", 70, "exact")],
    [("interest taken, per cent", 31, "exact"), ("interest taken, per cent", 150, "exact")],
)
stake(
    [
        "Corvane invested EUR900 million for about 12 per cent of the Lyon start-up, the companies confirmed."
    ],
    [("Corvane holding, per cent", 12, "about")],
    [("Corvane holding, per cent", 900, "about"), ("Corvane holding, per cent", 15, "about")],
)
stake(
    ["If Nexel exercised every warrant, it would own roughly 15% of Parda Semiconductor."],
    [("Nexel stake, percent", 15, "about"), ("stake in Parda, percent", 15, "about")],
    [("Nexel stake, percent", 10, "about")],
)
stake(
    [
        "Under the plan Ostrow Energy would acquire 51% of the Veska wind farm, leaving the regional council with 49%."
    ],
    [("Ostrow Energy stake in the Veska wind farm, percent", 51, "exact")],
    [
        ("Ostrow Energy stake in the Veska wind farm, percent", 49, "exact"),
        ("regional council stake, percent", 51, "exact"),
    ],
)
stake(
    [
        "Marden Capital, which bought 22 percent of Selwick Foods in 2023, now controls 40 percent of it."
    ],
    [("Marden Capital stake in Selwick, percent", 40, "exact")],
    [("Selwick stake in Marden Capital, percent", 22, "exact")],
)
stake(
    ["The family trust holds 55% of Drummel Brewing; Aske Partners holds the rest."],
    [
        ("family trust holding, percent", 55, "exact"),
        ("family trust's stake in Drummel, percent", 55, "exact"),
    ],
    [("Aske Partners stake, percent", 55, "exact")],
)
stake(
    [
        "Berrow Insurance paid £410 million for 25 per cent of Calder Homes, its second deal this year."
    ],
    [
        ("Berrow stake in Calder Homes, per cent", 25, "exact"),
        ("stake bought, per cent", 25, "exact"),
    ],
    [
        ("Calder Homes stake in Berrow, per cent", 25, "exact"),
        ("Berrow stake in Calder Homes, per cent", 410, "exact"),
    ],
)
stake(
    [
        "Ilse Varga, the founder, will keep about 18% of Pondway after the listing, according to the prospectus."
    ],
    [("founder's stake, percent", 18, "about"), ("Varga holding, percent", 18, "about")],
    [("Pondway stake in Varga, percent", 18, "about")],
)
# guards: another owner, another company, a past stake, a price move, a share of sales
stake(
    ["Keldor will own 60% of the venture and Sabrin will hold 40%."],
    [("Keldor stake, percent", 60, "exact")],
    [("Sabrin stake, percent", 60, "exact"), ("Keldor stake, percent", 40, "exact")],
)
stake(
    ["Rusk Media, which previously owned 20% of Telvin, will hold 45% of Aubry Radio."],
    [],
    [
        ("Rusk Media stake in Telvin, percent", 45, "exact"),
        ("Rusk Media stake in Aubry, percent", 20, "exact"),
    ],
)
stake(
    ["Shares in Harwell Steel rose 9% after Pell Holdings said it owns 14% of the company."],
    [("Pell Holdings stake, percent", 14, "exact")],
    [("Pell Holdings stake, percent", 9, "exact")],
)
stake(
    ["The cloud unit, which supplied 41 per cent of sales, grew 12 per cent in the quarter."],
    [],
    [("cloud unit stake, per cent", 41, "exact"), ("cloud unit holding, per cent", 12, "exact")],
)
stake(
    ["Vantor owned 33% of Brisk Logistics until March, when it sold the shares to Ulm Capital."],
    [],
    [
        ("Vantor stake in Brisk, percent", 33, "exact"),
        ("Ulm Capital stake in Brisk, percent", 33, "exact"),
    ],
)
stake(
    ["Hollin Partners will buy 35% of Merrow Cables, and Dasse Bank 15%."],
    [("Hollin stake in Merrow, percent", 35, "exact")],
    [
        ("Dasse Bank stake in Merrow, percent", 35, "exact"),
        ("Hollin stake in Merrow, percent", 15, "exact"),
    ],
)
stake(
    [
        "The regulator said Fenwick Trust holds 7% of Asterly Bank, while Corran Group holds 11% of Gisla Bank."
    ],
    [
        ("Fenwick Trust stake in Asterly, percent", 7, "exact"),
        ("Corran stake in Gisla, percent", 11, "exact"),
    ],
    [
        ("Fenwick Trust stake in Gisla, percent", 11, "exact"),
        ("Corran stake in Asterly, percent", 7, "exact"),
        ("Fenwick Trust stake in Asterly, percent", 11, "exact"),
    ],
)

# --- percent: counts whose words open with "percent" ------------------------------------------
percent(
    [
        "The bridge toll was scrapped in Sunday's ballot, with 61.8 per cent of voters in favour, the county clerk said."
    ],
    [("percent in favour", 61.8, "exact")],
    [("percent in favour", 38.2, "exact")],
)
percent(
    ["2,104,330 people voted No, or 71.6 percent, against 834,902 for Yes, 28.4 percent."],
    [("percent voting No", 71.6, "exact"), ("percent voting Yes", 28.4, "exact")],
    [
        ("percent voting No", 28.4, "exact"),
        ("percent voting Yes", 71.6, "exact"),
        ("percent voting No", 2104330, "exact"),
    ],
)
percent(
    ["Household water use is down 12 per cent since the hosepipe ban began, the utility said."],
    [("percent cut in household water use", 12, "exact")],
    [("percent cut in household water use", 21, "exact")],
)
percent(
    [
        "Of the union's 48,000 members, 62 per cent voted, and 77 per cent of those backed the pay offer."
    ],
    [("percent backing the pay offer", 77, "exact")],
    [
        ("percent backing the pay offer", 62, "exact"),
        ("percent backing the pay offer", 48000, "exact"),
    ],
)
percent(
    ["The measure passed with 54% of the vote on a turnout of 41%, officials said."],
    [("percent in favour", 54, "exact"), ("percent turnout", 41, "exact")],
    [("percent in favour", 41, "exact"), ("percent turnout", 54, "exact")],
)
percent(
    ["Exports fell 6.5 percent in February, while imports rose 2.2 percent."],
    [("percent fall in exports", 6.5, "exact"), ("percent rise in imports", 2.2, "exact")],
    [("percent fall in exports", 2.2, "exact"), ("percent rise in imports", 6.5, "exact")],
)
percent(
    [
        "The referendum on the harbour tunnel drew a 47 percent turnout, and 58 percent of those who voted said yes."
    ],
    [("percent voting yes", 58, "exact")],
    [("percent voting yes", 47, "exact")],
)
percent(
    ["Commuter numbers on the Ashby line grew 14 percent last year to 3.1 million trips."],
    [("percent growth in commuter numbers", 14, "exact")],
    [("percent growth in commuter numbers", 3.1, "exact")],
)
percent(
    ["Gold rose 1.8 percent on Tuesday and silver slipped 0.4 percent."],
    [("percent rise in gold", 1.8, "exact")],
    [("percent rise in gold", 0.4, "exact"), ("percent fall in silver", 1.8, "exact")],
)
percent(
    [
        "In the 2019 vote only 39 per cent backed the levy; this time 66 per cent of voters were in favour."
    ],
    [("percent in favour", 66, "exact")],
    [("percent in favour", 39, "exact")],
)
percent(
    [
        "The council said 23 percent of homes in Brackley lack a fibre connection, against 9 percent in Tollen."
    ],
    [("percent of homes in Brackley lacking fibre", 23, "exact")],
    [("percent of homes in Brackley lacking fibre", 9, "exact")],
)

percent(
    ["It was tight in the end: 52 percent against, 48 percent for, on a turnout of 35 percent."],
    [("percent for", 48, "exact"), ("percent against", 52, "exact")],
    [("percent for", 52, "exact"), ("percent against", 48, "exact"), ("percent for", 35, "exact")],
)
percent(
    ["Of the 1,240 delegates, 812 voted for the merger, or 65.5 percent; 428 voted against."],
    [("percent voting for the merger", 65.5, "exact")],
    [
        ("percent voting for the merger", 812, "exact"),
        ("percent voting against the merger", 65.5, "exact"),
    ],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
