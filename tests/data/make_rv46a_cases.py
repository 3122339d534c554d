# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 46's field readings of counts (``grounding_rv46a.jsonl``,
review rv46a of fcu46a; figures/field_readings.py, count_families' acted group, the day after
a month, the denial's em dash), cases written by the reviewer in new words, at the edges of

- ``glued``: a glued unit the count's ``what`` names only as a rate's denominator ("price per
  100g, pence" is no reading of "100g"; "per litre" of "2l"), another product's or an earlier
  time's glued value in the same sentence ("from 135p to 165p", "rather than 720g", "Aldi
  charges 59p"), a former weight ("used to weigh 720g") and a dividend not raised, against
  the count's own glued value in other outlets' styles ("20p-a-share", "99c", "139p a litre");
- ``signed``: another region's, time's or measure's signed value ("British Columbia
  (-2,357)", "-412 in 2021 and 96 in 2022", "had been for -40"), against a signed value's
  size read for a count that names a fall or an under ("strokes under par" at "-7",
  "manufacturing jobs lost" at "-1,150", "fall in claims" at "changed by -2,300");
- ``ordinal``: an ordinal of another occasion's owner or place ("its 8th policy meeting" of
  the Fed for the ECB's, "the 3rd round of talks in Doha" for Geneva's), of another thing
  ("his 2nd goal of the game"), for another span ("100th goal for the club", "300th
  appearance" for the season's), a plan or a cancelled one, against the count's own ordinal;
- ``edges``: a year after a month's name ("March 1998"), a number after an em dash past a
  denial's words ("not the 60 \u2014 or even 80 \u2014"), residents who acted against the whole
  population ("All 60 residents signed"), residents described, not acting ("aged between two
  and 94", "scattered across four crofts").

Run ``python tests/data/make_rv46a_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv46a.jsonl")

built = SupportCases(
    "rv46a",
    leads=[
        "By Ana Ruiz | The Fenland Courier",
        "OTTAWA (Maple Wire) -",
        "Business | The Tyne Ledger",
        "From our Perth bureau, The Swan River Post.",
        "SPORT DESK | The Ulster Record",
    ],
)
GLUED, SIGNED, ORDINAL, EDGES = "glued", "signed", "ordinal", "edges"
EXACT = "exact"

counts = partial(built.count_cases, published="2026-09-11")

# --- glued: another value's glued unit, a rate's denominator; the count's own in other styles
S = "Toblerone has trimmed its large bar from 400g to 360g, the maker said."
counts(GLUED, [S], [], [("Toblerone large bar weight now, grams", 400, EXACT)])  # fmt: skip
S = "Quality Street now comes in 550g tins rather than 720g ones."
counts(GLUED, [S], [("tin weight now, grams", 550, EXACT)], [("tin weight now, grams", 720, EXACT)])  # fmt: skip
S = "A Mars bar is 51g, while a Snickers weighs 48g."
counts(GLUED, [S], [("Snickers weight, grams", 48, EXACT)], [("Snickers weight, grams", 51, EXACT)])  # fmt: skip
S = "Mature cheddar now costs 85p per 100g at the supermarket."
counts(GLUED, [S], [("cheddar price per 100g, pence", 85, EXACT)], [("cheddar price per 100g, pence", 100, EXACT)])  # fmt: skip
S = "The 2l bottle of cola now sells for 95c at the kiosk."
counts(GLUED, [S], [("bottle price, cents", 95, EXACT)], [("bottle price per litre, cents", 2, EXACT)])  # fmt: skip
S = "The stamp rose from 135p to 165p in April."
counts(GLUED, [S], [("stamp price now, pence", 165, EXACT)], [("stamp price now, pence", 135, EXACT)])  # fmt: skip
S = "The dividend was cut to 8p a share from 20p a year ago."
counts(GLUED, [S], [("dividend now, pence", 8, EXACT)], [("dividend now, pence", 20, EXACT)])  # fmt: skip
S = "Tesco charges 67p for the loaf; Aldi charges 59p."
counts(GLUED, [S], [("Aldi loaf price, pence", 59, EXACT)], [("Aldi loaf price, pence", 67, EXACT)])  # fmt: skip
S = "Will the 10p levy on bags rise to 20p next year?"
counts(GLUED, [S], [], [("bag levy now, pence", 20, EXACT)])  # fmt: skip
S = "The tin used to weigh 720g; it now weighs 550g."
counts(GLUED, [S], [("tin weight now, grams", 550, EXACT)], [("tin weight now, grams", 720, EXACT)])  # fmt: skip
S = "The board did not raise the dividend to 30p, keeping it at 24p."
counts(GLUED, [S], [("dividend, pence", 24, EXACT)], [("dividend, pence", 30, EXACT)])  # fmt: skip
S = "Directors will get a 20p-a-share special dividend in May."
counts(GLUED, [S], [("special dividend, pence", 20, EXACT)], [])  # fmt: skip
S = "Unleaded fell to 139p a litre, while diesel stayed at 147p."
counts(GLUED, [S], [("unleaded price per litre, pence", 139, EXACT)], [("unleaded price per litre, pence", 147, EXACT)])  # fmt: skip
S = "The coffee jar shrank to 180g (from 200g) last spring."
counts(GLUED, [S], [("jar weight now, grams", 180, EXACT)], [("jar weight now, grams", 200, EXACT)])  # fmt: skip

# --- signed: another's signed value; a signed value's size for a fall ----------------------
S = "Five provinces shrank: Ontario (-5,664), British Columbia (-2,357) and Quebec (-1,013)."
counts(SIGNED, [S], [("Ontario population change", -5664, EXACT)], [("Ontario population change", -2357, EXACT)])  # fmt: skip
S = "Net migration was -300 in January and 150 in February."
counts(SIGNED, [S], [("net migration in January", -300, EXACT)], [("net migration in February", -300, EXACT)])  # fmt: skip
S = "The index fell to -24 in August from -19 in July."
counts(SIGNED, [S], [("index reading in August", -24, EXACT)], [("index reading in August", -19, EXACT)])  # fmt: skip
S = "The forecast had been for -40, but the balance came in at -12."
counts(SIGNED, [S], [("balance", -12, EXACT)], [("balance", -40, EXACT)])  # fmt: skip
S = "The population change was -412 in 2021 and 96 in 2022."
counts(SIGNED, [S], [("population change in 2021", -412, EXACT)], [("population change in 2022", -412, EXACT)])  # fmt: skip
S = "Temperatures fell to -22 in Whitehorse, and 300 homes lost power."
counts(SIGNED, [S], [("homes that lost power", 300, EXACT)], [("homes that lost power", -22, EXACT)])  # fmt: skip
S = "Ward finished the week at -7, five shots off the lead."
counts(SIGNED, [S], [("Ward strokes under par", 7, EXACT)], [("Ward strokes under par", -5, EXACT)])  # fmt: skip
S = "Unemployment claims changed by -2,300 in the month, the office said."
counts(SIGNED, [S], [("change in claims", -2300, EXACT), ("fall in claims", 2300, EXACT)], [("change in claims", 2300, EXACT)])  # fmt: skip
S = "Jobs: -1,150 in manufacturing, +800 in services."
counts(SIGNED, [S], [("manufacturing jobs lost", 1150, EXACT)], [("manufacturing jobs change", 1150, EXACT)])  # fmt: skip
S = "Births 1,200 (-300 on last year) and deaths 2,100 were recorded."
counts(SIGNED, [S], [("fall in births on last year", 300, EXACT)], [("births", -300, EXACT)])  # fmt: skip
S = "Natural increase in the territory was -96 last year, down from -41 the year before."
counts(SIGNED, [S], [("natural increase last year", -96, EXACT), ("decline in natural increase", 55, "about")], [("natural increase last year", -41, EXACT)])  # fmt: skip

# --- ordinal: another owner's, place's, thing's or span's ordinal; plans -------------------
S = "The Fed held rates at its 8th policy meeting, a week after the ECB cut."
counts(ORDINAL, [S], [("policy meetings by the Fed", 8, EXACT)], [("policy meetings by the ECB", 8, EXACT)])  # fmt: skip
S = "The 3rd round of talks in Doha ended without a deal, a year after the last round of talks in Geneva."
counts(ORDINAL, [S], [], [("rounds of talks in Geneva", 3, EXACT)])  # fmt: skip
S = "Smith's 2nd goal of the game was his 14th goal of the season."
counts(ORDINAL, [S], [("goals this season", 14, EXACT)], [("goals this season", 2, EXACT)])  # fmt: skip
S = "Kerrow's 100th goal for the club came in his 20th game of the season."
counts(ORDINAL, [S], [], [("goals this season", 100, EXACT)])  # fmt: skip
S = "Her 300th appearance for the club came in the final, her 40th appearance of the season."
counts(ORDINAL, [S], [("appearances this season", 40, EXACT)], [("appearances this season", 300, EXACT)])  # fmt: skip
S = "Manchester recorded its 26th straight month of annual gains, while London prices fell."
counts(ORDINAL, [S], [("straight months of annual gains", 26, EXACT)], [("straight months of annual gains in London", 26, EXACT)])  # fmt: skip
S = "Is this the 26th straight month of gains? Not quite: prices fell in May."
counts(ORDINAL, [S], [], [("straight months of gains", 26, EXACT)])  # fmt: skip
S = "Their rivals' 30th league title came in 2019, while United have 20."
counts(ORDINAL, [S], [("league titles", 20, EXACT)], [("league titles", 30, EXACT)])  # fmt: skip
S = "The strike entered its 12th day, and its 40th picket line went up at the depot."
counts(ORDINAL, [S], [("days of the strike", 12, EXACT), ("picket lines", 40, EXACT)], [("picket lines", 12, EXACT)])  # fmt: skip
S = "The company plans its 500th droneship landing for next year."
counts(ORDINAL, [S], [], [("droneship landings", 500, EXACT)])  # fmt: skip
S = "The band cancelled what would have been its 50th concert at the Albert Hall."
counts(ORDINAL, [S], [], [("concerts at the Albert Hall", 50, EXACT)])  # fmt: skip
S = "Monday marked the 100th day of the war in the region."
counts(ORDINAL, [S], [("days of the war", 100, EXACT)], [])  # fmt: skip
S = "It was the 5th straight day of rain, forecasters said."
counts(ORDINAL, [S], [("straight days of rain", 5, EXACT)], [])  # fmt: skip
S = "The band played its twentieth concert at the hall on Friday."
counts(ORDINAL, [S], [("concerts at the hall", 20, EXACT)], [])  # fmt: skip

# --- edges: a year after a month, a denial across em dashes, residents acting or described --
S = "The plant opened in March 1998 and employs 300 people."
counts(EDGES, [S], [("employees", 300, EXACT)], [("employees", 1998, EXACT)])  # fmt: skip
S = "Since January 2023, 40 firms have gone bust in the county."
counts(EDGES, [S], [("firms gone bust", 40, EXACT)], [("firms gone bust", 2023, EXACT)])  # fmt: skip
S = "In May 1,200 nurses walked out across the region."
counts(EDGES, [S], [("nurses walking out", 1200, EXACT)], [("nurses walking out", 1, EXACT)])  # fmt: skip
S = "The council hired 40 wardens, not the 60 \u2014 or even 80 \u2014 that campaigners demanded."
counts(EDGES, [S], [("wardens hired", 40, EXACT)], [("wardens hired", 80, EXACT), ("wardens hired", 60, EXACT)])  # fmt: skip
S = "The ferry carried 80 passengers rather than the usual 120 \u2014 or 150 at peak."
counts(EDGES, [S], [("passengers carried", 80, EXACT)], [("passengers carried", 150, EXACT)])  # fmt: skip
S = "The firm cut 300 jobs instead of \u2014 as feared \u2014 500."
counts(EDGES, [S], [("jobs cut", 300, EXACT)], [("jobs cut", 500, EXACT)])  # fmt: skip
S = "All 60 residents signed the petition to save the school."
counts(EDGES, [S], [("population of the island", 60, EXACT)], [])  # fmt: skip
S = "Foula has 60 residents aged between two and 94."
counts(EDGES, [S], [("population of Foula", 60, EXACT)], [("population of Foula", 94, EXACT)])  # fmt: skip
S = "The island has about 60 residents scattered across four crofts."
counts(EDGES, [S], [("population of the island", 60, "about")], [("population of the island", 4, EXACT)])  # fmt: skip
S = "The 60 residents of Foula voted to keep the school."
counts(EDGES, [S], [("population of Foula", 60, EXACT)], [])  # fmt: skip
S = "The hamlet has 60 residents registered to vote and 90 inhabitants in all."
counts(EDGES, [S], [("population of the hamlet", 90, EXACT)], [("population of the hamlet", 60, EXACT)])  # fmt: skip
S = "After the flood, 45 residents moved to the school hall; the village is home to 300."
counts(EDGES, [S], [], [("population of the village", 45, EXACT)])  # fmt: skip

# --- the mends' own edges (review rv46a)
S = "It was the couple's 50th wedding anniversary, and they will mark it with a party in May."
counts(ORDINAL, [S], [("wedding anniversaries", 50, EXACT)], [("wedding anniversaries", 5, EXACT)])  # fmt: skip
S = "Claims changed by -2,300 in the month, the office said, after a rise of 900 in June."
counts(SIGNED, [S], [("fall in claims", 2300, EXACT)], [("rise in claims", 2300, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
