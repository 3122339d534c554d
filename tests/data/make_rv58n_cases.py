# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv58n's set on cn58's stake shares and "percent ..." counts
(``grounding_rv58n.jsonl``; :mod:`summarizer.verification.figures.stake_shares`,
:func:`summarizer.verification.counts.count_shares.share_unit` and ``share_rule``), at the
edges of

- ``stake``: a count of a stake, holding or interest in percent. Refused: a share that is no
  stake (a market's, the vote's, the profits', the proceeds'), a cap or a floor the law sets
  ("may hold up to 49%"), a stake denied or never held, a past stake the clause dates with a
  year, a stake told by another speaker's clause ("Sabrin said Keldor will own"), a stake in a
  unit of the company, a target ("wants to own"), a change of the share price or the stake's
  size. Passed: the stake in its many shapes ("is buying", "agreed to acquire", "paid ... for",
  "a 12.5% stake in", "with 12.5% of the company", "per cent of its shares").
- ``percent``: counts opening with "percent" and shares whose "-ing" word is read in its past.
  Refused: another number of the sentence (a total, a count of voters, last year's share, the
  turnout for the share voting yes, the other side's), a change for a level, "voted" of another
  clause. Passed: the share as pages write it ("per cent", "%", "percent", after its count).

Run ``python tests/data/make_rv58n_cases.py`` to rebuild it. Every article below was written
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

OUT = Path(__file__).with_name("grounding_rv58n.jsonl")

built = SupportCases(
    "rv58n",
    leads=[
        "By Tomas Reel | Northgate Business Wire",
        "KESSLING (Fenmark Financial) -",
        "Companies & Markets | The Aldmoor Herald",
        "Deals desk, Stellwater Daily.",
    ],
)
STAKE, PERCENT = "stake", "percent"
stake = partial(built.count_cases, STAKE, published="2026-05-02")
percent = partial(built.count_cases, PERCENT, published="2026-05-02")

# --- stake: what must pass --------------------------------------------------------------------
stake(
    ["Orvane Capital now owns 12.5% of Delmar Foods, a filing showed on Thursday."],
    [
        ("Orvane Capital stake in Delmar, percent", 12.5, "exact"),
        ("Orvane holding, %", 12.5, "exact"),
    ],
    [("Delmar stake in Orvane Capital, percent", 12.5, "exact")],
)
stake(
    [
        "Pritt Mining is buying 19.9 per cent of Cawl Lithium in a share placement worth A$85 million."
    ],
    [("Pritt Mining stake in Cawl Lithium, per cent", 19.9, "exact")],
    [("Pritt Mining stake in Cawl Lithium, per cent", 85, "exact")],
)
stake(
    [
        "Solvey Telecom agreed to acquire 45 percent of Marrick Fibre for $1.2 billion, the companies said late on Tuesday."
    ],
    [
        ("Solvey stake in Marrick Fibre, percent", 45, "exact"),
        ("stake acquired, percent", 45, "exact"),
    ],
    [("Solvey stake in Marrick Fibre, percent", 1.2, "exact")],
)
stake(
    [
        "Under the deal, Grell Automotive will pay EUR2.4 billion for 60 per cent of the battery venture, valuing it at EUR4 billion."
    ],
    [("Grell stake in the battery venture, per cent", 60, "exact")],
    [("Grell stake in the battery venture, per cent", 40, "exact")],
)
stake(
    ["Haddon Trust holds a 7.2% stake in Mirel Bank, making it the lender's largest investor."],
    [("Haddon Trust stake in Mirel Bank, percent", 7.2, "exact")],
    [("Haddon Trust stake in Mirel Bank, percent", 7.0, "exact")],
)
stake(
    ["Vesk Holdings, which controls 52 percent of Tarn Shipping, voted against the buyback."],
    [("Vesk Holdings stake in Tarn Shipping, percent", 52, "exact")],
    [("Tarn Shipping stake in Vesk, percent", 52, "exact")],
)
stake(
    [
        "After the listing the Abbot family will still own about 71% of Kerrow Retail, the prospectus shows."
    ],
    [("Abbot family stake in Kerrow Retail, percent", 71, "about")],
    [("Kerrow Retail stake in Abbot family, percent", 71, "about")],
)

# --- stake: what must fail --------------------------------------------------------------------
stake(
    ["Tellan Cement holds 38% of the Nordic cement market, the competition authority found."],
    [],
    [
        ("Tellan Cement stake, percent", 38, "exact"),
        ("Tellan Cement holding, percent", 38, "exact"),
    ],
)
stake(
    [
        "Kelvo Search controls 61 percent of the country's online advertising market, regulators said."
    ],
    [],
    [("Kelvo Search stake, percent", 61, "exact")],
)
stake(
    [
        "Staff at Brenlow Engineering will receive 10% of the profits each year under the new scheme."
    ],
    [],
    [("staff stake in Brenlow, percent", 10, "exact"), ("staff holding, percent", 10, "exact")],
)
stake(
    ["Under the settlement, 25% of the proceeds will go to Lindmark's pension fund."],
    [],
    [("Lindmark pension fund holding, percent", 25, "exact")],
)
stake(
    ["Foreign investors may hold up to 49% of Norska Air under the aviation law, and now own 31%."],
    [("foreign investors' stake, percent", 31, "exact")],
    [("foreign investors' stake in Norska Air, percent", 49, "exact")],
)
stake(
    ["The state must hold at least 51% of Tiver Rail by law; it currently owns 64%."],
    [],
    [("state stake in Tiver Rail, percent", 51, "exact")],
)
stake(
    ["Rusk Media never owned 20% of Telvin, as some reports claimed; its stake is 12%."],
    [("Rusk Media stake, percent", 12, "exact")],
    [("Rusk Media stake in Telvin, percent", 20, "exact")],
)
stake(
    ["Sabrin said Keldor will own 60% of the venture once the deal closes."],
    [("Keldor stake in the venture, percent", 60, "exact")],
    [("Sabrin stake in the venture, percent", 60, "exact")],
)
stake(
    ["Analysts at Dorrel Securities expect Havel Steel to hold 30% of Ostby Metals by next year."],
    [],
    [("Dorrel Securities stake in Ostby Metals, percent", 30, "exact")],
)
stake(
    ["Marl Partners held 20% of Quenby Foods in 2019 but has since cut its holding to 6%."],
    [("Marl Partners holding, percent", 6, "exact")],
    [
        ("Marl Partners stake in Quenby, percent", 20, "exact"),
        ("Marl Partners holding in Quenby Foods, percent", 20, "exact"),
    ],
)
stake(
    ["Brisk Logistics wants to own 30% of Avel Freight but holds only 12% today."],
    [("Brisk Logistics stake, percent", 12, "exact")],
    [("Brisk Logistics stake in Avel Freight, percent", 30, "exact")],
)
stake(
    ["Halvard will own 30% of Kelsa's UK unit after the deal; it has no stake in Kelsa itself."],
    [("Halvard stake in Kelsa's UK unit, percent", 30, "exact")],
    [("Halvard stake in Kelsa, percent", 30, "exact")],
)
stake(
    [
        "Shares in Omberly Gas jumped 14% of their value in early trade after Pell Holdings said it owns 9% of the company."
    ],
    [],
    [("Omberly Gas stake, percent", 14, "exact")],
)
stake(
    ["Cardo Bank will buy 5% of its own shares back over the next year, it said on Friday."],
    [],
    [("Cardo Bank stake, percent", 5, "exact")],
)

# generic counts ("stake, percent"): no owner's or whole's word to hold the reading to
stake(
    ["Tellan Cement holds 38% of the Nordic cement market, the competition authority found."],
    [],
    [("stake, percent", 38, "exact"), ("holding, percent", 38, "exact")],
)
stake(
    [
        "Staff at Brenlow Engineering will receive 10% of the profits each year under the new scheme."
    ],
    [],
    [("stake, percent", 10, "exact"), ("interest taken, percent", 10, "exact")],
)
stake(
    ["Under the settlement, 25% of the proceeds will go to Lindmark's pension fund."],
    [],
    [("stake, percent", 25, "exact")],
)
stake(
    ["Foreign investors may hold up to 49% of Norska Air under the aviation law."],
    [],
    [("stake, percent", 49, "exact")],
)
stake(
    ["Marl Partners held 20% of Quenby Foods in 2019 but has since cut its holding to 6%."],
    [("holding, percent", 6, "exact")],
    [("stake, percent", 20, "exact")],
)
stake(
    ["Rusk Media never owned 20% of Telvin, as some reports claimed."],
    [],
    [("stake, percent", 20, "exact")],
)
stake(
    ["Cardo Bank will buy 5% of its own shares back over the next year, it said on Friday."],
    [],
    [("stake bought, percent", 5, "exact")],
)
stake(
    ["Drayton Water will spend 40% of its budget on new pipes, and 15% of it on leaks."],
    [],
    [("stake, percent", 40, "exact")],
)
stake(
    [
        "Under the Carrow Energy deal, 30% of the savings will go to customers and 70% to the company."
    ],
    [],
    [("customers' stake, percent", 30, "exact")],
)
stake(
    ["Tollin Power would own 100% of the Rask grid, the minister told parliament on Wednesday."],
    [
        ("stake, percent", 100, "exact"),
        ("Tollin Power stake in the Rask grid, percent", 100, "exact"),
    ],
    [],
)
stake(
    ["The Grenn family, which has owned 58% of Dalby Mills since 1971, is selling out."],
    [("Grenn family stake in Dalby Mills, percent", 58, "exact"), ("stake, per cent", 58, "exact")],
    [],
)

# --- percent: what must pass ------------------------------------------------------------------
percent(
    [
        "The school levy passed on Saturday with 58.4 per cent of voters in favour and 41.6 per cent against."
    ],
    [("percent in favour", 58.4, "exact"), ("percent against", 41.6, "exact")],
    [("percent in favour", 41.6, "exact"), ("percent against", 58.4, "exact")],
)
percent(
    ["In the nurses' ballot, 84% backed strike action on a turnout of 57%."],
    [("percent backing strike action", 84, "exact"), ("percent turnout", 57, "exact")],
    [("percent backing strike action", 57, "exact"), ("percent turnout", 84, "exact")],
)
percent(
    ["Some 3,110 residents, or 62 percent, voted Yes to the new harbour wall."],
    [("percent voting Yes", 62, "exact")],
    [("percent voting Yes", 3110, "exact")],
)
percent(
    ["Unemployment in the region rose to 6.3 per cent in March from 5.9 per cent a year earlier."],
    [("percent unemployment in March", 6.3, "exact")],
    [
        ("percent unemployment in March", 5.9, "exact"),
        ("percent unemployment in March", 0.4, "exact"),
    ],
)
percent(
    ["About 72 percent of members supported the merger, the union said, with 28 percent opposed."],
    [("percent supporting the merger", 72, "about"), ("percent opposed", 28, "about")],
    [("percent supporting the merger", 28, "about"), ("percent opposed", 72, "about")],
)

# --- percent: what must fail ------------------------------------------------------------------
percent(
    ["Turnout was 44 percent, and of those who voted, 58 percent said yes to the bypass."],
    [("percent saying yes", 58, "exact")],
    [("percent voting", 58, "exact"), ("percent saying yes", 44, "exact")],
)
percent(
    ["Last year 39 percent of members backed the plan; this year 47 percent did."],
    [],
    [("percent backing the plan this year", 39, "exact")],
)
percent(
    ["The Yes side won 2,480 votes to 1,920, on a turnout of 63 per cent."],
    [],
    [("percent in favour", 63, "exact"), ("percent voting Yes", 2480, "exact")],
)
percent(
    ["Support for the tram plan fell 9 percent to 46 percent of those polled."],
    [("percent supporting the tram plan", 46, "exact")],
    [("percent supporting the tram plan", 9, "exact")],
)
percent(
    ["Exports to Ostland dropped 3.4 percent in May, while exports to Vell climbed 5.1 percent."],
    [("percent drop in exports to Ostland", 3.4, "exact")],
    [
        ("percent drop in exports to Ostland", 5.1, "exact"),
        ("percent rise in exports to Vell", 3.4, "exact"),
    ],
)
percent(
    ["In 2010, 71 percent of households owned a car; today the figure is 64 percent."],
    [],
    [("percent of households owning a car today", 71, "exact")],
)
percent(
    [
        "Of 9,200 eligible staff, 6,440 voted, and 5,100 of them backed the offer, about 79 per cent."
    ],
    [("percent backing the offer", 79, "about")],
    [("percent voting", 79, "about"), ("percent backing the offer", 6440, "about")],
)

percent(
    ["Of the 5,210 members who voted, 61 percent chose No and 39 percent Yes."],
    [("percent voting No", 61, "exact"), ("percent No", 61, "exact")],
    [("percent voting No", 39, "exact"), ("percent No", 5210, "exact")],
)
percent(
    ["Labour won 41 seats with 33 percent of the vote, up from 29 percent in 2022."],
    [("percent Labour", 33, "exact")],
    [("percent Labour", 41, "exact"), ("percent Labour", 29, "exact")],
)
percent(
    [
        "Ravel Stores shares closed 3.2 percent higher after the chain said it would shut 14 of its 80 branches."
    ],
    [],
    [("percent of branches closing", 3.2, "exact")],
)
percent(
    [
        "Drivers used 4 percent less fuel last winter, while 38 percent of them now use the Parkly app."
    ],
    [("percent of drivers using the Parkly app", 38, "exact")],
    [("percent of drivers using the Parkly app", 4, "exact")],
)
percent(
    [
        "Councillors backed the bypass 31 to 9, though a poll found only 40 percent of residents support it."
    ],
    [],
    [("percent of councillors backing the bypass", 40, "exact")],
)
percent(
    ["The jobless rate held at 4.1 percent in June, with 212,000 people out of work."],
    [("percent unemployment", 4.1, "exact")],
    [("percent unemployment", 212000, "exact")],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
