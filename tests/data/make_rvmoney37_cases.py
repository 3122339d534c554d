# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 37's review of money37 (``grounding_rvmoney37.jsonl``): a
read-only reviewer's own cases, each verdict decided as a fact-checker reads the sentence
before any rule was run on it:

- ``gloss``: a sum told again in brackets: a conversion qualified past "about" ("about $160
  million at current exchange rates", "equivalent to", "more than"), two glosses of two
  roles in one sentence, another buyer's sum beside a gloss, a count naming a lettered
  dollar's country for another reason ("The Canadian pension fund paid US$2 billion (C$2.7
  billion)"), and the British results table's bracket, which holds last year's figure in the
  same currency ("Pre-tax profit was £450 million (£390 million)"), no conversion;
- ``currency``: a count naming a currency no sign writes, in the words of what the money is
  for ("a $5 billion bailout to defend the lira"), or as its unit ("rupees" for "$2
  billion"); a lettered dollar's qualifier when the words before its letters are no
  qualifier of it ("rose more than 20% to US$4 billion"); a sum after a count of prizes;
- ``range-scale``: a range's first bound sharing the second's scale, where the second has
  two scale words ("two to three hundred thousand people" is from 200,000, "five to six
  hundred million dollars" from 500 million), a compound adjective ("three to four
  billion-dollar start-ups" are three start-ups), a glued scale ("£40-50m");
- ``range-end``: "lowest"/"highest" in a label that names no end of the range ("the highest
  rate in a decade", "the highest council-tax band", "lowest-cost airlines",
  "highest-rated hotels", "the highest court") beside labels that do ("lowest estimate").

The mended rule's wrong verdicts are fixed; what older rules got wrong was kept out of the set
as its ``GAPS`` until session 40 brought it in, after the rest (the ids still decided wrongly
are in ``GAPS`` of ``tests/test_grounding_sets.py``). Run
``python tests/data/make_rvmoney37_cases.py`` to rebuild it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvmoney37.jsonl")
PUBLISHED = "2025-11-04"
EXACT, MORE, ABOUT, LEAST, UPTO = "exact", "more_than", "about", "at_least", "up_to"
GLOSS, CURRENCY, SCALE, END = "gloss", "currency", "range-scale", "range-end"

Count = tuple[str, float, str]
# (category, sentence, counts that must pass, counts that must fail)
CASES: list[tuple[str, str, list[Count], list[Count]]] = [
    # --- gloss ------------------------------------------------------------------------------
    (
        GLOSS,
        "Pre-tax profit was £450 million (£390 million) on revenue of £2.1 billion (£1.9 billion), the engineer said in its annual results.",
        [("pre-tax profit, pounds", 450e6, EXACT), ("revenue, pounds", 2.1e9, EXACT)],
        [],
    ),
    (
        GLOSS,
        "The EU pledged €150 million (about $160 million at current exchange rates) to the reconstruction fund.",
        [("EU pledge, dollars", 160e6, ABOUT)],
        [("EU pledge, euros", 160e6, ABOUT), ("EU pledge, dollars", 150e6, EXACT)],
    ),
    (
        GLOSS,
        "Madrid awarded the shipyard a contract worth 2.5 billion euros (equivalent to $2.7 billion) for four corvettes.",
        [("contract value, dollars", 2.7e9, EXACT)],
        [("contract value, euros", 2.7e9, EXACT)],
    ),
    (
        GLOSS,
        "Norway will pay £1.2 billion ($1.6 billion) for the helicopters and £300 million ($400 million) for crew training.",
        [("training cost, dollars", 400e6, EXACT), ("helicopter cost, dollars", 1.6e9, EXACT)],
        [("training cost, dollars", 1.6e9, EXACT), ("helicopter cost, dollars", 400e6, EXACT)],
    ),
    (
        GLOSS,
        "Airbus won a €3 billion ($3.3 billion) order from Iberia, while Boeing took a $2 billion order from Qantas.",
        [("Boeing order, dollars", 2e9, EXACT)],
        [],
    ),
    (
        GLOSS,
        "The Canadian pension fund paid US$2 billion (C$2.7 billion) for the toll road, its filing showed.",
        [("Canadian pension fund's payment, US dollars", 2e9, EXACT)],
        [("Canadian pension fund's payment, US dollars", 2.7e9, EXACT)],
    ),
    (
        GLOSS,
        "The Hong Kong listing raised HK$39 billion (US$5 billion), the exchange said on Friday.",
        [("Hong Kong listing proceeds, US dollars", 5e9, EXACT)],
        [("Hong Kong listing proceeds, US dollars", 39e9, EXACT)],
    ),
    (
        GLOSS,
        "The Australian miner has agreed to pay US$4 billion (A$6.1 billion) for the copper project in Chile.",
        [("Australian miner's offer, US dollars", 4e9, EXACT)],
        [("Australian miner's offer, US dollars", 6.1e9, EXACT)],
    ),
    (
        GLOSS,
        "Tokyo will spend ¥1.5 trillion ($10 billion) on the new destroyers over five years.",
        [("spending on destroyers, dollars", 10e9, EXACT)],
        [("spending on destroyers, yen", 10e9, EXACT)],
    ),
    (
        GLOSS,
        "The fine of 900 million euros (more than $1 billion) is the largest the regulator has ever imposed.",
        [("fine, dollars", 1e9, MORE)],
        [("fine, euros", 1e9, MORE)],
    ),
    (
        GLOSS,
        "The airport expansion will cost £14 billion ($18.9 billion), of which £5 billion ($6.7 billion) comes from the state.",
        [("state contribution, dollars", 6.7e9, EXACT)],
        [("total expansion cost, dollars", 6.7e9, EXACT)],
    ),
    # --- currency ---------------------------------------------------------------------------
    (
        CURRENCY,
        "The IMF approved a $5 billion bailout to defend the lira on Tuesday.",
        [("IMF bailout to defend the lira", 5e9, EXACT)],
        [("IMF bailout, lira", 5e9, EXACT)],
    ),
    (
        CURRENCY,
        "India's central bank sold $2 billion in the market on Monday to prop up the rupee, traders said.",
        [("central bank sales to prop up the rupee", 2e9, EXACT)],
        [("central bank sales, rupees", 2e9, EXACT)],
    ),
    (
        CURRENCY,
        "Nigeria has received $3.4 billion from the IMF to steady the naira.",
        [("IMF money to steady the naira", 3.4e9, EXACT)],
        [("IMF money, naira", 3.4e9, EXACT)],
    ),
    (
        CURRENCY,
        "The Zurich bank's losses on the fund reached $5.5 billion, it said.",
        [("bank's losses on the fund, dollars", 5.5e9, EXACT)],
        [("bank's losses on the fund, francs", 5.5e9, EXACT)],
    ),
    (
        CURRENCY,
        "Sales climbed more than 20% to US$4 billion in the year to June.",
        [("annual sales, US dollars", 4e9, EXACT)],
        [("annual sales, US dollars", 4e9, MORE)],
    ),
    (
        CURRENCY,
        "The offer values the group at A$12 billion, up from about A$10 billion in March.",
        [("offer value, Australian dollars", 12e9, EXACT)],
        [("offer value, Australian dollars", 12e9, ABOUT)],
    ),
    (
        CURRENCY,
        "Revenue rose to roughly NZ$900 million from NZ$750 million a year earlier.",
        [("revenue, NZ dollars", 900e6, ABOUT)],
        [("revenue, NZ dollars", 750e6, ABOUT)],
    ),
    (
        CURRENCY,
        "The lottery paid out 40 $1,000 prizes in the draw on Saturday.",
        [("prizes paid out", 40, EXACT), ("value of each prize, dollars", 1000, EXACT)],
        [],
    ),
    (
        CURRENCY,
        "The charity raised over S$3 million at its gala on Saturday night.",
        [("raised at the gala, Singapore dollars", 3e6, MORE)],
        [("raised at the gala, Singapore dollars", 3e6, EXACT)],
    ),
    (
        CURRENCY,
        "Vietnam's exports to the bloc hit $40 billion last year.",
        [],
        [("exports to the bloc, dong", 40e9, EXACT)],
    ),
    (
        CURRENCY,
        "The Bank of England bought £65 billion of gilts during the crisis.",
        [("gilts bought, sterling", 65e9, EXACT)],
        [("gilts bought, dollars", 65e9, EXACT)],
    ),
    # --- range-scale ------------------------------------------------------------------------
    (
        SCALE,
        "The fund has backed three to four billion-dollar start-ups since 2020, its founder said.",
        [],
        [("billion-dollar start-ups backed", 3e9, LEAST)],
    ),
    (
        SCALE,
        "The floods have driven two to three hundred thousand people from their homes, the UN said.",
        [("people driven from their homes", 200e3, LEAST)],
        [("people driven from their homes", 2e3, LEAST)],
    ),
    (
        SCALE,
        "Officials put the damage at between five and six hundred million dollars.",
        [("damage, dollars", 500e6, LEAST), ("damage, dollars", 600e6, UPTO)],
        [("damage, dollars", 5e6, LEAST)],
    ),
    (
        SCALE,
        "Tour operators expect 4 to 4.5 million visitors this summer.",
        [("visitors expected", 4e6, LEAST)],
        [("visitors expected", 4, LEAST)],
    ),
    (
        SCALE,
        "The bill would add $1 to $2 trillion to deficits over ten years, the budget office said.",
        [],
        [("added to deficits, dollars", 1, LEAST)],
    ),
    (
        SCALE,
        "Annual sales slipped from 3 to 2.5 million units after the price rise.",
        [("annual sales before, units", 3e6, EXACT)],
        [("annual sales before, units", 3, EXACT)],
    ),
    (
        SCALE,
        "The club is ready to pay £40-50m for the striker, according to reports.",
        [],
        [("transfer fee, pounds", 40, LEAST)],
    ),
    (
        SCALE,
        "One or two million people are expected at the coronation, police said.",
        [("people expected", 1e6, LEAST)],
        [("people expected", 1, LEAST)],
    ),
    (
        SCALE,
        "Between 10 and 12 thousand runners will start the marathon on Sunday.",
        [("runners", 10e3, LEAST)],
        [("runners", 10, LEAST)],
    ),
    (
        SCALE,
        "Analysts expect 20 to 25 million subscribers by 2027.",
        [("subscribers expected by 2027", 20e6, LEAST)],
        [],
    ),
    (
        SCALE,
        "Output fell from 12 to 9 million barrels a day after the strike.",
        [("output before, barrels a day", 12e6, EXACT)],
        [("output before, barrels a day", 9e6, EXACT)],
    ),
    (
        SCALE,
        "Sales rose from 2 to 3 billion dollars over the decade.",
        [("sales before, dollars", 2e9, EXACT)],
        [],
    ),
    (
        SCALE,
        "Her followers rose from 500 to 1.5 million in a year.",
        [("followers before", 500, EXACT)],
        [("followers before", 500e6, EXACT)],
    ),
    (
        SCALE,
        "The repairs will cost between $3 and $4 million, the council said.",
        [("repair cost, dollars", 3e6, LEAST)],
        [],
    ),
    # --- range-end --------------------------------------------------------------------------
    (
        END,
        "Unemployment will rise to between 5 and 6 per cent, the highest rate in a decade, the forecaster said.",
        [
            ("unemployment, highest rate in a decade, per cent", 5, LEAST),
            ("unemployment, highest rate in a decade, per cent", 6, UPTO),
        ],
        [("unemployment, highest rate in a decade, per cent", 6, EXACT)],
    ),
    (
        END,
        "Households in the highest council-tax band will pay between £3,000 and £4,000 a year.",
        [
            ("annual bill in the highest band, pounds", 3000, LEAST),
            ("annual bill in the highest band, pounds", 4000, UPTO),
        ],
        [
            ("annual bill in the highest band, pounds", 4000, EXACT),
            ("annual bill in the highest band, pounds", 3000, EXACT),
        ],
    ),
    (
        END,
        "Lowest-cost airlines will pay between £5 and £8 per passenger under the new levy.",
        [
            ("levy on lowest-cost airlines per passenger, pounds", 5, LEAST),
            ("levy on lowest-cost airlines per passenger, pounds", 8, UPTO),
        ],
        [("levy on lowest-cost airlines per passenger, pounds", 5, EXACT)],
    ),
    (
        END,
        "The highest-rated hotels in the city charge between $400 and $900 a night.",
        [("nightly rate at the highest-rated hotels, dollars", 400, LEAST)],
        [("nightly rate at the highest-rated hotels, dollars", 900, EXACT)],
    ),
    (
        END,
        "The highest court will hear between 60 and 70 cases this term.",
        [("cases the highest court will hear", 60, LEAST)],
        [("cases the highest court will hear", 70, EXACT)],
    ),
    (
        END,
        "Inflation could fall to between 1.5 and 2 per cent, its lowest level since 2021.",
        [],
        [("inflation, lowest level since 2021, per cent", 1.5, EXACT)],
    ),
    (
        END,
        "The new bridge would cost between $2 billion and $3 billion, engineers estimate.",
        [
            ("lowest estimate of the bridge's cost, dollars", 2e9, EXACT),
            ("highest estimate of the bridge's cost, dollars", 3e9, EXACT),
        ],
        [
            ("lowest estimate of the bridge's cost, dollars", 3e9, EXACT),
            ("highest estimate of the bridge's cost, dollars", 2e9, EXACT),
        ],
    ),
    (
        END,
        "The year's highest-grossing films each took between $800 million and $1.2 billion.",
        [("takings of each highest-grossing film, dollars", 800e6, LEAST)],
        [("takings of each highest-grossing film, dollars", 1.2e9, EXACT)],
    ),
    (
        END,
        "Fares on the new ferry will range from €25 to €60 each way, with the lowest fares for foot passengers.",
        [],
        [("lowest fare, euros", 60, EXACT)],
    ),
    # --- session 40: what older rules got wrong, kept out of the set as its GAPS until then,
    # after the rest (so every earlier id keeps its number) -----------------------------------
    (
        GLOSS,
        "Pre-tax profit was £450 million (£390 million) on revenue of £2.1 billion (£1.9 billion), the engineer said in its annual results.",
        [],
        [("pre-tax profit, pounds", 390e6, EXACT)],
    ),
    (
        GLOSS,
        "Madrid awarded the shipyard a contract worth 2.5 billion euros (equivalent to $2.7 billion) for four corvettes.",
        [],
        [("contract value, dollars", 2.5e9, EXACT)],
    ),
    (
        GLOSS,
        "Airbus won a €3 billion ($3.3 billion) order from Iberia, while Boeing took a $2 billion order from Qantas.",
        [],
        [("Boeing order, dollars", 3.3e9, EXACT)],
    ),
    (
        GLOSS,
        "The Canadian pension fund paid US$2 billion (C$2.7 billion) for the toll road, its filing showed.",
        [("Canadian pension fund's payment, Canadian dollars", 2.7e9, EXACT)],
        [],
    ),
    (
        CURRENCY,
        "The lottery paid out 40 $1,000 prizes in the draw on Saturday.",
        [],
        [("value of each prize, dollars", 40, EXACT)],
    ),
    (
        SCALE,
        "The fund has backed three to four billion-dollar start-ups since 2020, its founder said.",
        [("billion-dollar start-ups backed", 3, LEAST)],
        [],
    ),
    (
        SCALE,
        "The bill would add $1 to $2 trillion to deficits over ten years, the budget office said.",
        [("added to deficits, dollars", 1e12, LEAST)],
        [],
    ),
    (
        SCALE,
        "The club is ready to pay £40-50m for the striker, according to reports.",
        [("transfer fee, pounds", 40e6, LEAST)],
        [],
    ),
    (
        END,
        "Inflation could fall to between 1.5 and 2 per cent, its lowest level since 2021.",
        [("inflation, lowest level since 2021, per cent", 2, UPTO)],
        [],
    ),
    (
        END,
        "Fares on the new ferry will range from €25 to €60 each way, with the lowest fares for foot passengers.",
        [("lowest fare, euros", 25, EXACT)],
        [],
    ),
]
# gcn41c (session 41): a range of sums each with its sign ("$1 to $2 trillion to deficits") is
# no vote's score "to" something, whatever bill or motion the sentence names
CASES += [
    (
        SCALE,
        "The bill would add $1 to $3 trillion to deficits, economists said.",
        [("added to deficits, dollars", 1e12, LEAST)],
        [("added to deficits, dollars", 1e12, EXACT)],
    ),
    (
        SCALE,
        "The tax cut would add $2 to $4 trillion to the national debt.",
        [("added to the national debt, dollars", 2e12, LEAST)],
        [("added to the national debt, dollars", 4e12, LEAST)],
    ),
    (
        SCALE,
        "The reform could move £1 to £2 billion to local councils.",
        [("moved to local councils, pounds", 1e9, LEAST)],
        [("moved to local councils, pounds", 1, LEAST)],
    ),
    (
        SCALE,
        "The plan would shift €3 to €5 trillion to the regions over a decade.",
        [("shifted to the regions, euros", 3e12, LEAST)],
        [("shifted to the regions, euros", 5e12, EXACT)],
    ),
]
built = SupportCases(
    "rvmo37",
    leads=[
        "LONDON (Ashgrove Wire) -",
        "By Tomas Reilly | The Quayside Journal",
        "BUSINESS | The Millbrook Courier",
        "NEW YORK, Nov 3 (Larchmont News) -",
        "From our Singapore correspondent, The Strait Herald.",
    ],
)
for category, sentence, passes, fails in CASES:
    built.count_cases(category, [sentence], passes, fails, published=PUBLISHED)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
