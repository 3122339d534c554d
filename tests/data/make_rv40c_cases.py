# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set rv40c of session 40's count rules (``grounding_rv40c.jsonl``): cases
written by its reviewer, in new words, at the edges of the rules gcr40, gcn40 and go40a's
share part added:

- ``role``: a count whose words name a role the page gives another number
  (``figures/role_contrasts.py``) and a change's size told by a verb of size
  (``counts/amounts.py``): a level a change reaches is no change's size, but a count of the
  level at the peak or the height of a change ("cases at the peak of the surge"), or once
  the change applies, is that level; a past stance set against an outcome, an earlier time's
  number set against this time's;
- ``score``: a match's tallies (``figures/match_scores.py``): a bare passive participle
  ("Knocked out 2-0 by Bayern"), a verb's particle or a place's adjunct ("lost at home to"),
  and a side whose own player or pronoun is the subject of the result it won ("as Bamford's
  double helped beat Hull 2-1");
- ``contrast``: a count word that the sentence sets against the number
  (``figures/contrasted_words.py``: "unlike X", "rather than X", "excluding X") and one way of
  a two-way flow: a count that itself says "excluding X" or "other than X", or whose other
  word ("last year") the aside names as the time the clause is not about, is the number's;
  a flow word in another sense ("Nightingale's birth") names no flow;
- ``share``: a share held by a subject none of the count's words stands in while a count
  word names a later owner (``figures/share_holders.other_owners``): a subject that stands
  for the count's owner ("Its shareholders", "The party", "Ottawa", "Retirees") holds it.

Run ``python tests/data/make_rv40c_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv40c.jsonl")

built = SupportCases(
    "rv40c",
    leads=[
        "LONDON (Meridian Wire) -",
        "By Orla Fennimore | The Fenland Courier",
        "BUSINESS DESK | The Gulf Coast Ledger",
        "From our Ottawa bureau, The Northern Sentinel.",
        "SPORT | The Tyneside Evening Post",
    ],
)
ROLE, SCORE, CONTRAST, SHARE = "role", "score", "contrast", "share"
PUBLISHED = "2026-03-12"
EXACT = "exact"

counts = partial(built.count_cases, published=PUBLISHED)


# --- role: a level, a stance, a time the page gives a number --------------------------------

S = "Cases climbed to 4,100 at the peak of the surge in January, health officials said."
counts(ROLE, [S], [("cases at the peak of the surge", 4100, EXACT)], [("size of the surge in cases", 4100, EXACT)])  # fmt: skip
S = "Unemployment rose to 3.1 million at the height of the slump, the agency said."
counts(ROLE, [S], [("people unemployed at the height of the slump", 3_100_000, EXACT)], [("rise in unemployment during the slump", 3_100_000, EXACT)])  # fmt: skip
S = "Bus fares in the county rose to £2.50 on Monday, the first increase since 2019."
counts(ROLE, [S], [("bus fare once the increase took effect, pounds", 2.50, EXACT)], [("size of the bus fare increase, pounds", 2.50, EXACT)])  # fmt: skip
S = "The airport had expected 2 million passengers over the summer; it now expects 2.4 million."
counts(ROLE, [S], [("passengers the airport now expects this summer", 2_400_000, EXACT)],
       [("passengers the airport now expects this summer", 2_000_000, EXACT)])  # fmt: skip
S = "Economists had forecast growth of 0.2%, but the economy grew 0.4% in the quarter."
counts(ROLE, [S], [("economic growth in the quarter, percent", 0.4, EXACT)],
       [("forecast growth, percent", 0.4, EXACT)])  # fmt: skip
S = "Sales slumped to 41,000 homes in March, down 3,200 from February."
counts(ROLE, [S], [("fall in home sales in March", 3200, EXACT)],
       [("fall in home sales in March", 41_000, EXACT)])  # fmt: skip
S = "The trade deficit narrowed to $31.2 billion in May from $35.1 billion in April."
counts(ROLE, [S], [("trade deficit in April, dollars", 35_100_000_000, EXACT)],
       [("trade deficit in May, dollars", 35_100_000_000, EXACT)])  # fmt: skip
S = "The waiting list swelled from 200 names at the start of the year to 1,400 by June."
counts(ROLE, [S], [("names on the waiting list at the start of the year", 200, EXACT)],
       [("names on the waiting list in June", 200, EXACT)])  # fmt: skip
S = "Membership stood at 18,400 in 2025, against 17,900 in 2024 and 21,000 in 2019."
counts(ROLE, [S], [("members in 2019", 21_000, EXACT)], [("members in 2019", 18_400, EXACT)])  # fmt: skip
S = "Turnout fell to 52% from 61% at the last election, a drop of nine points."
counts(ROLE, [S], [("drop in turnout, percentage points", 9, EXACT)], [("drop in turnout, percentage points", 52, EXACT)])  # fmt: skip
S = "Wheat settled at $5.42 a bushel, down 11 cents, after the rain forecast."
counts(ROLE, [S], [("settlement price of wheat per bushel, dollars", 5.42, EXACT)], [("fall in the wheat price, dollars", 5.42, EXACT)])  # fmt: skip


# --- score: a match's tallies --------------------------------------------------------------

S = "Beaten 3-1 by Celtic, Rangers dropped to second in the table."
counts(SCORE, [S], [("Celtic goals", 3, EXACT), ("Rangers goals", 1, EXACT)], [("Rangers goals", 3, EXACT), ("Celtic goals", 1, EXACT)])  # fmt: skip
S = "Knocked out 2-0 by Bayern in March, Lazio have won nine straight since."
counts(SCORE, [S], [("Bayern goals", 2, EXACT)], [("Lazio goals", 2, EXACT)])  # fmt: skip
S = "Hull, edged 2-1 by Leeds last week, host Millwall on Saturday."
counts(SCORE, [S], [("Leeds goals", 2, EXACT), ("Hull goals", 1, EXACT)], [("Hull goals", 2, EXACT), ("Millwall goals", 1, EXACT)])  # fmt: skip
S = "Bristol lost at home to Saracens 10-24 on Saturday afternoon."
counts(SCORE, [S], [("Saracens points", 24, EXACT)], [("Bristol points", 24, EXACT)])  # fmt: skip
S = "Leinster won away at Munster 27-13 to go top of the table."
counts(SCORE, [S], [("Leinster points", 27, EXACT)], [("Munster points", 27, EXACT)])  # fmt: skip
S = "Leeds went top as Bamford's double helped beat Hull 2-1 at Elland Road."
counts(SCORE, [S], [("Leeds goals", 2, EXACT)], [("Leeds goals", 1, EXACT)])  # fmt: skip
S = "England went through after Kane's brace saw off Serbia 2-0 in Belgrade."
counts(SCORE, [S], [("England goals", 2, EXACT)], [("Serbia goals", 2, EXACT)])  # fmt: skip
S = "Scotland drew 1-1 with Norway while Spain beat Georgia 4-0."
counts(SCORE, [S], [("Spain goals", 4, EXACT), ("Norway goals", 1, EXACT)], [("Scotland goals", 4, EXACT), ("Norway goals", 0, EXACT)])  # fmt: skip


# --- contrast: a word set against the number, a flow's other way ----------------------------

S = "Excluding fuel, prices rose 2.1% in the year to May."
counts(CONTRAST, [S], [("rise in prices excluding fuel, percent", 2.1, EXACT)], [("rise in fuel prices, percent", 2.1, EXACT)])  # fmt: skip
S = "Other than the chairman, all 11 board members voted in favour."
counts(CONTRAST, [S], [("board members other than the chairman who voted in favour", 11, EXACT)], [("votes cast by the chairman", 11, EXACT)])  # fmt: skip
S = "Unlike last year, imports rose to 3,900 tonnes."
counts(CONTRAST, [S], [("imports this year, tonnes", 3900, EXACT)], [("imports last year, tonnes", 3900, EXACT)])  # fmt: skip
S = "Founded on the anniversary of Nightingale's birth, the charity says 1,200 people died waiting for care last year."
counts(CONTRAST, [S], [("deaths while waiting for care last year", 1200, EXACT)], [("births last year", 1200, EXACT)])  # fmt: skip
S = "Rather than the 40 seats pollsters predicted, the party took 52."
counts(CONTRAST, [S], [("seats the party won", 52, EXACT), ("seats pollsters predicted", 40, EXACT)],
       [("seats pollsters predicted", 52, EXACT), ("seats the party won", 40, EXACT)])  # fmt: skip
S = "Unlike its rivals, Aldgate kept prices flat and sold 2.3 million units."
counts(CONTRAST, [S], [("units sold by Aldgate", 2_300_000, EXACT)], [("units sold by its rivals", 2_300_000, EXACT)])  # fmt: skip
S = "Births fell to 591,000 while deaths rose to 648,000."
counts(CONTRAST, [S], [("births", 591_000, EXACT), ("deaths", 648_000, EXACT)], [("births", 648_000, EXACT), ("deaths", 591_000, EXACT)])  # fmt: skip
S = "Exporters shipped 1.2 million tonnes of barley, excluding malt, in the year."
counts(CONTRAST, [S], [("barley exports excluding malt, tonnes", 1_200_000, EXACT)], [("malt exports, tonnes", 1_200_000, EXACT)])  # fmt: skip
S = "Except in Wales, where it fell, house building rose 6% across Britain."
counts(CONTRAST, [S], [("rise in house building across Britain, percent", 6, EXACT)], [("rise in house building in Wales, percent", 6, EXACT)])  # fmt: skip


# --- share: the owner of a share ------------------------------------------------------------

P = [
    "Corvo agreed to buy Brindle in an all-share deal worth $4 billion.",
    "Its shareholders will own 60% of the enlarged group, with Brindle shareholders taking the other 40%.",
]
counts(SHARE, P, [("Corvo shareholders' stake in the enlarged group, percent", 60, EXACT), ("Brindle shareholders' stake in the enlarged group, percent", 40, EXACT)],
       [("Corvo shareholders' stake in the enlarged group, percent", 40, EXACT), ("Brindle shareholders' stake in the enlarged group, percent", 60, EXACT)])  # fmt: skip
S = "Ottawa would receive 60% of the oil revenue, and the government of Alberta 40%."
counts(SHARE, [S], [("federal government's share of the oil revenue, percent", 60, EXACT)],
       [("Alberta's share of the oil revenue, percent", 60, EXACT)])  # fmt: skip
S = "Retirees receive 31% of the welfare budget, and pensioner numbers will grow 4% by 2030."
counts(SHARE, [S], [("pensioners' share of the welfare budget, percent", 31, EXACT)], [("growth in pensioner numbers by 2030, percent", 31, EXACT)])  # fmt: skip
S = "The bank will take 20% of the joint venture and its partner Arkon the remaining 80%."
counts(SHARE, [S], [("Arkon's stake in the joint venture, percent", 80, EXACT)],
       [("Arkon's stake in the joint venture, percent", 20, EXACT)])  # fmt: skip
S = "The Greens won 14% of the vote, while the Social Democrats slipped to 19%."
counts(SHARE, [S], [("Social Democrat vote share, percent", 19, EXACT)], [("Social Democrat vote share, percent", 14, EXACT)])  # fmt: skip
P = [
    "Labour held Hartley comfortably on Thursday.",
    "The party took 41% of the vote in Hartley, and Labour's majority rose to 6,200.",
]
counts(SHARE, P, [("Labour's share of the vote in Hartley, percent", 41, EXACT)], [("Labour's majority in Hartley", 41, EXACT)])  # fmt: skip
S = "Pension funds hold 35% of the bonds, with foreign investors owning 28% and banks 12%."
counts(SHARE, [S], [("banks' share of the bonds, percent", 12, EXACT)],
       [("banks' share of the bonds, percent", 28, EXACT)])  # fmt: skip
S = "Women make up 44% of the workforce; the company says women hold 31% of senior roles."
counts(SHARE, [S], [("women's share of senior roles, percent", 31, EXACT)],
       [("women's share of senior roles, percent", 44, EXACT)])  # fmt: skip
S = "Staff would own 30% of the business, and Mr Okafor's family about 25%."
# Session 41: this case (rv40c-share-0084) was first written as a must-pass exact 25; the page
# says "about 25%", and an exact value given for an "about" is a wrong qualifier (the issue's
# rule, DESIGN "qualifier that agrees"), so its verdict was corrected to must-fail; the "about"
# value is appended at the end as a must-pass case.
counts(SHARE, [S], [], [("Okafor family stake in the business, percent", 25, EXACT),
       ("Okafor family stake in the business, percent", 30, EXACT)])  # fmt: skip
P = [
    "Air Meridian agreed terms with Qatar Airways on Monday.",
    "It will hold 51% of the new airline, with Qatar Airways keeping 49%.",
]
counts(SHARE, P, [("Air Meridian stake in the new airline, percent", 51, EXACT)], [("Qatar Airways stake in the new airline, percent", 51, EXACT)])  # fmt: skip


# --- session 41 (gcn41a): a result's phrasal verb ("saw off", "knocked out", "fell 3-1 to"),
# a bare participle's subject after its phrase ("Beaten 3-1 by Celtic, Rangers ..."), and a
# third name beside the result ("Hull, edged 2-1 by Leeds, host Millwall": none of Millwall's)

S = "Wigan saw off Preston 3-1 at the DW Stadium."
counts(SCORE, [S], [("Wigan goals", 3, EXACT)], [("Wigan goals", 1, EXACT)])  # fmt: skip
S = "Leicester were knocked out 4-2 by Everton in the cup."
counts(SCORE, [S], [("Leicester goals", 2, EXACT)], [("Leicester goals", 4, EXACT)])  # fmt: skip
S = "Derby fell 2-0 to Stoke on Tuesday night."
counts(SCORE, [S], [("Stoke goals", 2, EXACT)], [("Derby goals", 2, EXACT)])  # fmt: skip
S = "Knocked out 3-1 by Sevilla, Roma turned to the league."
counts(SCORE, [S], [("Roma goals", 1, EXACT)], [("Roma goals", 3, EXACT)])  # fmt: skip
S = "Thrashed 5-0 by Ajax in August, Utrecht have not lost since."
counts(SCORE, [S], [("Utrecht goals", 0, EXACT)], [("Utrecht goals", 5, EXACT)])  # fmt: skip
S = "Beaten 28-13 by Exeter, Sale slipped to fourth."
counts(SCORE, [S], [("Sale points", 13, EXACT)], [("Sale points", 28, EXACT)])  # fmt: skip
S = "Burnley, beaten 2-0 by Fulham on Saturday, travel to Brentford next."
counts(SCORE, [S], [("Fulham goals", 2, EXACT)], [("Brentford goals", 2, EXACT)])  # fmt: skip
S = "Norwich, who beat Luton 3-1 on Friday, face Cardiff next week."
counts(SCORE, [S], [("Norwich goals", 3, EXACT)], [("Cardiff goals", 1, EXACT)])  # fmt: skip
S = "Bolton, edged 2-1 by Wrexham on Tuesday, host Barnsley tonight."
counts(SCORE, [S], [("Wrexham goals", 2, EXACT)], [("Barnsley goals", 1, EXACT)])  # fmt: skip
S = "Swansea, routed 4-1 by Coventry in midweek, welcome Reading on Sunday."
counts(SCORE, [S], [("Swansea goals", 1, EXACT)], [("Reading goals", 1, EXACT)])  # fmt: skip


# --- session 41: the verdict corrected above, its "about" value (must pass) -------------------

S = "Staff would own 30% of the business, and Mr Okafor's family about 25%."
counts(SHARE, [S], [("Okafor family stake in the business, percent", 25, "about")], [])  # fmt: skip

# --- session 42 (gcn42a): a share is of its whole after "of"; another whole's share is not
# the count's when the sentence gives the count's whole its own --------------------------------

S = "Students make up 60% of the town's population, and students hold 15% of its council seats."
counts(SHARE, [S], [("students' share of council seats, percent", 15, EXACT)], [("students' share of council seats, percent", 60, EXACT)])  # fmt: skip
S = "Imports supply 30% of the grain eaten; farmers say imports fill 70 per cent of winter demand."
counts(SHARE, [S], [("imports' share of winter demand, percent", 70, EXACT)], [("imports' share of winter demand, percent", 30, EXACT)])  # fmt: skip
S = "Young voters were 22% of the electorate but cast 35% of the postal ballots."
counts(SHARE, [S], [("young voters' share of postal ballots, percent", 35, EXACT)], [("young voters' share of postal ballots, percent", 22, EXACT)])  # fmt: skip
S = "Solar met 12% of the island's power needs, while wind met 40% of its night-time load."
counts(SHARE, [S], [("solar share of the island's power needs, percent", 12, EXACT)], [("solar share of night-time load, percent", 12, EXACT)])  # fmt: skip
S = "Tourism earns 9% of the region's income and 25% of its jobs, the report said."
counts(SHARE, [S], [("tourism's share of jobs, percent", 25, EXACT)], [("tourism's share of jobs, percent", 9, EXACT)])  # fmt: skip
S = "Cars made up 80% of the traffic, though lorries caused 55 per cent of the road damage."
counts(SHARE, [S], [("lorries' share of road damage, percent", 55, EXACT)], [("lorries' share of road damage, percent", 80, EXACT)])  # fmt: skip
S = "Migrants make up 18% of the city's residents, and migrants run 40% of its small shops."
counts(SHARE, [S], [("migrants' share of small shops, percent", 40, EXACT)], [("migrants' share of small shops, percent", 18, EXACT)])  # fmt: skip
S = "Retirees are 30% of the members, but retirees give 65% of the donations, the club says."
counts(SHARE, [S], [("retirees' share of donations, percent", 65, EXACT)], [("retirees' share of donations, percent", 30, EXACT)])  # fmt: skip


# --- session 43 (gcn43a): a match's score after its result's verb, written loser first, is a
# score and no range ("lost at home to Saracens 10-24") ----------------------------------------

S = "Leicester lost at home to Gloucester 13-30 on Friday night."
counts(SCORE, [S], [("Gloucester points", 30, EXACT)], [("Gloucester points", 13, EXACT)])  # fmt: skip
S = "Wasps fell to Exeter 7-28 at the weekend, their fourth defeat in a row."
counts(SCORE, [S], [("Exeter points", 28, EXACT)], [("Wasps points", 28, EXACT)])  # fmt: skip
S = "Newport were beaten 12-19 by Cardiff in the derby."
counts(SCORE, [S], [("Newport points", 12, EXACT)], [("Cardiff points", 12, EXACT)])  # fmt: skip
S = "Sale lost 16-23 to Harlequins in the rain on Sunday."
counts(SCORE, [S], [("Harlequins points", 23, EXACT)], [("Sale points", 23, EXACT)])  # fmt: skip


# --- session 43 (gcn43a): "Other than X," sets X apart from the count after its comma; a
# comparison's "than" with no mark before its number still gives the compared number --------

S = "Other than the goalkeeper, all 10 outfield players were booked in the second half."
counts(CONTRAST, [S], [("outfield players booked in the second half", 10, EXACT)], [("outfield players booked in the second half", 11, EXACT)])  # fmt: skip
S = "Other than the mayor, 14 councillors attended the vote on Tuesday."
counts(CONTRAST, [S], [("councillors other than the mayor who attended the vote", 14, EXACT)], [("councillors who attended the vote", 15, EXACT)])  # fmt: skip
S = "Other than the driver, the 6 passengers on the minibus escaped unhurt."
counts(CONTRAST, [S], [("minibus passengers who escaped unhurt", 6, EXACT)], [("minibus passengers who escaped unhurt", 7, EXACT)])  # fmt: skip
S = "The club signed 18 players this summer, more than the 12 it signed last year."
counts(CONTRAST, [S], [("players the club signed this summer", 18, EXACT)], [("players the club signed this summer", 12, EXACT)])  # fmt: skip
S = "The museum drew 40,000 visitors in May, fewer than the 52,000 who came in April."
counts(CONTRAST, [S], [("museum visitors in May", 40000, EXACT)], [("museum visitors in May", 52000, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
