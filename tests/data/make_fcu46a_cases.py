# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 46's field readings of counts (``grounding_fcu46a.jsonl``, false-alarm
cutter fcu46a; figures/field_readings.py): correct counts the number reader left "not stated"
on outside checks 50-100, in new words, must-fail cases written first:

- ``glued``: a number glued to the unit the count's ``what`` names ("550g" in grams, "67p" in
  pence; "2.5m" in metres is house_numbers' metre reading), against a glued unit of another measure ("600ml" for grams), a
  code or a name ("B52", "G7", "5G", "F1"), digits inside a longer number;
- ``signed``: a glued minus ("-5,628", "(-2,357)") for a negative count, against the unsigned
  value for a signed count and the reverse, a score or a range ("3-1") and a name ("COVID-19");
- ``dated``: a number after a month's name and a comma or semicolon, a decimal or one past 31
  ("By the end of July, 6.25 million patients", "on 17 March; 105 psychiatrists") is no day
  of the month, against a day right after its month ("July 21", "Oct. 14");
- ``dashed``: a denial's words ("rather than five", "instead of 500") end at an em dash, so
  a number after it is no longer denied, while the denied number before it stays refused;
- ``acted``: for a population, a bare number of residents or inhabitants followed by a verb
  in "-ed" ("60 residents signed a petition") is a group that acted, not the population,
  against the place's own ("The town's 12,000 inhabitants elected") and "lived", "remained";
- ``ordinal``: an ordinal before the head words of the count's ``what`` ("their 20th wedding
  anniversary", "the 26th straight month of gains"), against another noun's ordinal in the
  same sentence, a date, a rank, a century, a capitalised name, a hyphened "21st-century".

Run ``python tests/data/make_fcu46a_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fcu46a.jsonl")

built = SupportCases(
    "fcu46a",
    leads=[
        "By Hannah Pryce | The Wessex Chronicle",
        "TORONTO (Lakeshore Wire) -",
        "CONSUMER DESK | The Northern Ledger",
        "From our Melbourne bureau, The Southbank Times.",
        "Money | The Severn Gazette",
    ],
)
GLUED, SIGNED, ORDINAL = "glued", "signed", "ordinal"
EXACT = "exact"

counts = partial(built.count_cases, published="2026-09-10")

# --- glued: must fail first -------------------------------------------------------------------
S = "The jar of instant coffee now holds 600ml of liquid concentrate rather than a powder."
counts(GLUED, [S], [], [("jar weight, grams", 600, EXACT)])  # fmt: skip
S = "The B52 bomber flew over the airfield with 5G masts lining the runway."
counts(GLUED, [S], [], [("bomber weight, grams", 52, EXACT)])  # fmt: skip
S = "Leaders of the G7 met in Kananaskis, where the summit's lunch cost 12 pounds a head."
counts(GLUED, [S], [], [("lunch price, pence", 7, EXACT)])  # fmt: skip
S = "The new phone runs on 5G and weighs about as much as its predecessor."
counts(GLUED, [S], [], [("phone weight, grams", 5, EXACT)])  # fmt: skip
S = "The F1 car's front wing now costs 3,400 pounds to replace."
counts(GLUED, [S], [], [("front wing price, pence", 1, EXACT)])  # fmt: skip
S = "A loaf now sells for 145p, and the bag of flour is 1.5kg."
counts(GLUED, [S], [], [("loaf weight, grams", 145, EXACT)])  # fmt: skip
S = "The standing charge rose to 53.68p a day, the regulator said."
counts(GLUED, [S], [], [("standing charge, grams", 53.68, EXACT)])  # fmt: skip
S = "The bar shrank from 5000g packs for caterers to smaller retail packs."
counts(GLUED, [S], [], [("bar weight, grams", 500, EXACT)])  # fmt: skip
S = "The club paid $2.5m for the striker, whose long throw travels 30 metres."
counts(GLUED, [S], [], [("throw length, metres", 2.5, EXACT)])  # fmt: skip
S = "Stamps went up to 95p this year, while the letter itself weighs 20g."
counts(GLUED, [S], [], [("letter weight, grams", 95, EXACT)])  # fmt: skip
# --- glued: must pass ---------------------------------------------------------------------------
S = "Quality Street now comes in 550g tins rather than the 720g ones sold last Christmas."
counts(GLUED, [S], [("Quality Street tin weight now, grams", 550, EXACT)], [("Quality Street tin weight now, grams", 55, EXACT)])  # fmt: skip
S = "Toblerone has trimmed its large bar from 400g to 360g."
counts(GLUED, [S], [("Toblerone large bar weight now, grams", 360, EXACT)], [("Toblerone large bar weight now, grams", 36, EXACT)])  # fmt: skip
S = "Nestle said the Purple One would drop from 9.59g to 8.46g."
counts(GLUED, [S], [("Purple One weight after the change, grams", 8.46, EXACT)], [("Purple One weight after the change, grams", 8.64, EXACT)])  # fmt: skip
S = "Shopping at Lidl added only 67p to that bill with a loyalty card."
counts(GLUED, [S], [("extra cost at Lidl with a loyalty card, pence", 67, EXACT)], [("extra cost at Lidl with a loyalty card, pence", 76, EXACT)])  # fmt: skip
S = "The board kept the interim dividend at 20p a share."
counts(GLUED, [S], [("interim dividend, pence", 20, EXACT)], [("interim dividend, pence", 2, EXACT)])  # fmt: skip
S = "A first-class stamp will cost 170p from April, the postal service said."
counts(GLUED, [S], [("first-class stamp price, pence", 170, EXACT)], [("first-class stamp price, grams", 170, EXACT)])  # fmt: skip
S = "The new sea wall is 2.5m high along the promenade."
counts(GLUED, [S], [("sea wall height, metres", 2.5, EXACT)], [("sea wall height, metres", 25, EXACT)])  # fmt: skip
S = "The Brunch Bar itself went from 32g to 28g each."
counts(GLUED, [S], [("Brunch Bar weight now, grams", 28, EXACT)], [("Brunch Bar weight now, grams", 82, EXACT)])  # fmt: skip
S = "Each serving of the cereal contains 12g of sugar, the label says."
counts(GLUED, [S], [("sugar in each serving, grams", 12, EXACT)], [("sugar in each serving, grams", 21, EXACT)])  # fmt: skip
S = "The council put a 5p charge on every single-use cup."
counts(GLUED, [S], [("charge on a single-use cup, pence", 5, EXACT)], [("charge on a single-use cup, pence", 50, EXACT)])  # fmt: skip

# --- signed: must fail first --------------------------------------------------------------------
S = "Deaths exceeded births, leaving natural increase at -5,628 in the quarter."
counts(SIGNED, [S], [], [("natural increase", 5628, EXACT)])  # fmt: skip
S = "Natural increase stood at 4,210 in the quarter, the agency said."
counts(SIGNED, [S], [], [("natural increase", -4210, EXACT)])  # fmt: skip
S = "Five provinces shrank: Ontario (-5,664), British Columbia (-2,357) and Quebec (-1,013)."
counts(SIGNED, [S], [], [("Ontario population change", 5664, EXACT)])  # fmt: skip
S = "The home side won 3-1 on Saturday, their goal difference now 7."
counts(SIGNED, [S], [], [("home side goals conceded", -1, EXACT)])  # fmt: skip
S = "Cases of COVID-19 fell in the week, the ministry said."
counts(SIGNED, [S], [], [("COVID change in cases", -19, EXACT)])  # fmt: skip
S = "Net migration to the region was 1,250 in March, after -300 in February."
counts(SIGNED, [S], [], [("net migration in February", 300, EXACT)])  # fmt: skip
S = "The balance of trade in goods swung from -820 to 640 over the year."
counts(SIGNED, [S], [], [("trade balance at the end of the year", -640, EXACT)])  # fmt: skip
S = "Temperatures fell to -12 overnight in the Yukon, and 40 homes lost power."
counts(SIGNED, [S], [], [("homes that lost power", -40, EXACT)])  # fmt: skip
S = "The index of house-building activity read -15 in June and 12 in July."
counts(SIGNED, [S], [], [("house-building index reading in June", 15, EXACT)])  # fmt: skip
S = "Alberta led the gains, adding 20,562 people, while Yukon shrank by 15."
counts(SIGNED, [S], [], [("Alberta population change", -20562, EXACT)])  # fmt: skip
# --- signed: must pass ---------------------------------------------------------------------------
S = "Deaths exceeded births, leaving natural increase at -5,628; the agency blamed an older population."
counts(SIGNED, [S], [("natural increase", -5628, EXACT)], [("natural increase", 5628, EXACT)])  # fmt: skip
S = "Five jurisdictions shrank: Ontario (-5,664), British Columbia (-2,357), Quebec (-1,013)."
counts(SIGNED, [S], [("British Columbia population change", -2357, EXACT)], [("British Columbia population change", 2357, EXACT)])  # fmt: skip
S = "Five jurisdictions shrank: Ontario (-5,664), British Columbia (-2,357), Quebec (-1,013)."
counts(SIGNED, [S], [("Quebec population change", -1013, EXACT)], [("Quebec population change", -1031, EXACT)])  # fmt: skip
S = "Net migration to the island was -300 in February, the statistics office said."
counts(SIGNED, [S], [("net migration in February", -300, EXACT)], [("net migration in February", 300, EXACT)])  # fmt: skip
S = "The survey's balance of builders reporting more orders fell to \u221224 in August."
counts(SIGNED, [S], [("balance of builders reporting more orders", -24, EXACT)], [("balance of builders reporting more orders", 24, EXACT)])  # fmt: skip
S = "The parish's population change for the decade was -412, the census showed."
counts(SIGNED, [S], [("parish population change", -412, EXACT)], [("parish population change", 412, EXACT)])  # fmt: skip
S = "Net job creation in the sector came to -1,150 for the month."
counts(SIGNED, [S], [("net job creation in the sector", -1150, EXACT)], [("net job creation in the sector", 1150, EXACT)])  # fmt: skip
S = "The team's goal difference is -9 after the heavy defeat."
counts(SIGNED, [S], [("goal difference", -9, EXACT)], [("goal difference", 9, EXACT)])  # fmt: skip
S = "Interprovincial migration to Ontario was -8,200 in the quarter."
counts(SIGNED, [S], [("interprovincial migration to Ontario", -8200, EXACT)], [("interprovincial migration to Ontario", 8200, EXACT)])  # fmt: skip
S = "Natural increase in Nova Scotia was -1,204, the eighth quarter in a row below zero."
counts(SIGNED, [S], [("natural increase in Nova Scotia", -1204, EXACT)], [("natural increase in Nova Scotia", 1204, EXACT)])  # fmt: skip

# --- ordinal: must fail first --------------------------------------------------------------------
S = "SpaceX landed the booster on a droneship for the 400th time; that booster was flying for the 30th time."
counts(ORDINAL, [S], [], [("droneship landings", 30, EXACT)])  # fmt: skip
S = "The couple married on the 20th of June and will celebrate with family."
counts(ORDINAL, [S], [], [("wedding anniversary", 20, EXACT)])  # fmt: skip
S = "The church, built in the 12th century, hosted its 300th wedding on Saturday."
counts(ORDINAL, [S], [], [("weddings at the church", 12, EXACT)])  # fmt: skip
S = "The 3rd Infantry Division returned home after its deployment."
counts(ORDINAL, [S], [], [("infantry divisions", 3, EXACT)])  # fmt: skip
S = "Our 21st-century economy still runs on coal, the minister told the conference."
counts(ORDINAL, [S], [], [("century economies", 21, EXACT)])  # fmt: skip
S = "Dunmere finished 4th in the league, with 18 wins from the season."
counts(ORDINAL, [S], [], [("league wins", 4, EXACT)])  # fmt: skip
S = "The median price rose for the 26th month, while sales fell in their third straight month of declines."
counts(ORDINAL, [S], [], [("straight months of declines", 26, EXACT)])  # fmt: skip
S = "The talks reached their 5th round in Geneva; 12 delegations attended."
counts(ORDINAL, [S], [], [("delegations attending", 5, EXACT)])  # fmt: skip
S = "It was the club's 3rd largest crowd of the season, at 41,000."
counts(ORDINAL, [S], [], [("largest crowds of the season", 3, EXACT)])  # fmt: skip
S = "Paid leave starts on the 11th, the firm told its 400 workers."
counts(ORDINAL, [S], [], [("paid leave days", 11, EXACT)])  # fmt: skip
# --- ordinal: must pass --------------------------------------------------------------------------
S = "It is day three of the state visit, and it is also their 20th wedding anniversary."
counts(ORDINAL, [S], [("wedding anniversary", 20, EXACT)], [("wedding anniversary", 3, EXACT)])  # fmt: skip
S = "The median price was 2.0% higher than a year earlier, the 26th straight month of annual gains."
counts(ORDINAL, [S], [("straight months of annual gains", 26, EXACT)], [("straight months of annual gains", 2, EXACT)])  # fmt: skip
S = "The company celebrated its 400th droneship landing on Sunday with 28 satellites aboard."
counts(ORDINAL, [S], [("droneship landings", 400, EXACT)], [("droneship landings", 28, EXACT)])  # fmt: skip
S = "Saturday marked the band's 50th concert at the Albert Hall."
counts(ORDINAL, [S], [("concerts at the Albert Hall", 50, EXACT)], [("concerts at the Albert Hall", 5, EXACT)])  # fmt: skip
S = "The charity held its 25th annual fun run in the park, raising £8,000."
counts(ORDINAL, [S], [("annual fun runs", 25, EXACT)], [("annual fun runs", 8000, EXACT)])  # fmt: skip
S = "Monday was the 14th straight day of rain in the valley, forecasters said."
counts(ORDINAL, [S], [("straight days of rain", 14, EXACT)], [("straight days of rain", 41, EXACT)])  # fmt: skip
S = "The bank left rates unchanged at its 8th policy meeting of the year."
counts(ORDINAL, [S], [("policy meetings this year", 8, EXACT)], [("policy meetings this year", 18, EXACT)])  # fmt: skip
S = "Kerrow scored the club's 100th league goal of the season in the final minute."
counts(ORDINAL, [S], [("league goals this season", 100, EXACT)], [("league goals this season", 10, EXACT)])  # fmt: skip
S = "The pair are marking their 60th wedding anniversary with a party in Leeds."
counts(ORDINAL, [S], [("wedding anniversary", 60, EXACT)], [("wedding anniversary", 6, EXACT)])  # fmt: skip
S = "Figures showed the 12th consecutive quarter of falling output at the plant."
counts(ORDINAL, [S], [("consecutive quarters of falling output", 12, EXACT)], [("consecutive quarters of falling output", 21, EXACT)])  # fmt: skip

# digits inside an ordinal or a code are no count (the locator's token boundaries)
S = "The company celebrated its 400th droneship landing on Sunday."
counts(ORDINAL, [S], [], [("droneship landings", 40, EXACT), ("droneship landings", 4, EXACT)])  # fmt: skip
S = "The Q3 update showed 18 store openings across the region."
counts(GLUED, [S], [("store openings", 18, EXACT)], [("store openings", 3, EXACT)])  # fmt: skip

# --- dated: a day of the month after its month, never a number after a comma or past 31 --------
DATED = "dated"
S = "Talks began on July 21 and 40 delegates attended."
counts(DATED, [S], [("delegates attending", 40, EXACT)], [("delegates attending", 21, EXACT)])  # fmt: skip
S = "The strike, called for March 3, closed 12 schools."
counts(DATED, [S], [("schools closed", 12, EXACT)], [("schools closed", 3, EXACT)])  # fmt: skip
S = "Ballots close on Oct. 14, when 300 members will have voted."
counts(DATED, [S], [("members voting", 300, EXACT)], [("members voting", 14, EXACT)])  # fmt: skip
S = "The fair opens on 9 June with 85 stalls, up from 60."
counts(DATED, [S], [("stalls at the fair", 85, EXACT)], [("stalls at the fair", 9, EXACT)])  # fmt: skip
S = "Sunday 9 November: 60 marchers set off from the square."
counts(DATED, [S], [("marchers", 60, EXACT)], [("marchers", 9, EXACT)])  # fmt: skip
S = "By the end of July, 6.25 million patients in England were waiting for treatment."
counts(DATED, [S], [("patients waiting", 6250000, EXACT)], [("patients waiting", 6, EXACT)])  # fmt: skip
S = "Arbitration began on 17 March; 105 psychiatrists put off their resignations until it rules."
counts(DATED, [S], [("psychiatrists deferring resignation", 105, EXACT)], [("psychiatrists deferring resignation", 17, EXACT)])  # fmt: skip
S = "The survey counted 98,746 licensed premises at the end of June, 374 fewer than in January."
counts(DATED, [S], [("fewer premises than in January", 374, EXACT)], [("fewer premises than in January", 98746, EXACT)])  # fmt: skip
S = "In the week to Friday, 14 people were arrested after the match."
counts(DATED, [S], [("people arrested", 14, EXACT)], [("people arrested", 41, EXACT)])  # fmt: skip
S = "Since the start of September, 23 firms have filed for insolvency in the county."
counts(DATED, [S], [("firms filing for insolvency", 23, EXACT)], [("firms filing for insolvency", 32, EXACT)])  # fmt: skip
S = "The hospital said that in April 2,340 patients waited more than 12 hours."
counts(DATED, [S], [("patients waiting more than 12 hours", 2340, EXACT)], [("patients waiting more than 12 hours", 2, EXACT)])  # fmt: skip

# --- dashed: a denial's words end at an em dash; before it they stay denied ----------------------
DASHED = "dashed"
S = "The pack now holds four bars rather than five \u2014 and each bar went from 32g to 28g."
counts(DASHED, [S], [("bar weight before, grams", 32, EXACT)], [("bars in the pack", 5, EXACT)])  # fmt: skip
S = "The council hired 40 wardens rather than 60 \u2014 and 25 of them start on Monday."
counts(DASHED, [S], [("wardens starting on Monday", 25, EXACT)], [("wardens hired", 60, EXACT)])  # fmt: skip
S = "The firm cut 300 jobs instead of 500 \u2014 the union had feared 700 would go."
counts(DASHED, [S], [("jobs the union feared would go", 700, EXACT)], [("jobs cut", 500, EXACT)])  # fmt: skip
S = "The ferry carried 80 passengers rather than 120 \u2014 12 cars were also aboard."
counts(DASHED, [S], [("cars aboard", 12, EXACT)], [("passengers carried", 120, EXACT)])  # fmt: skip
S = "Police deployed 200 officers instead of 350 \u2014 and made 14 arrests."
counts(DASHED, [S], [("arrests", 14, EXACT)], [("officers deployed", 350, EXACT)])  # fmt: skip
S = "The school opened with 9 classrooms rather than 12 \u2014 and 240 pupils enrolled."
counts(DASHED, [S], [("pupils enrolled", 240, EXACT)], [("classrooms", 12, EXACT)])  # fmt: skip
S = "Officials counted 31 deaths, not 45 \u2014 and 90 people were injured."
counts(DASHED, [S], [("people injured", 90, EXACT)], [("deaths", 45, EXACT)])  # fmt: skip
S = "The board approved 6 new routes rather than 10 \u2014 3 of them start in May."
counts(DASHED, [S], [("new routes approved", 6, EXACT)], [("new routes approved", 10, EXACT)])  # fmt: skip
S = "The club sold 18,000 season tickets rather than 20,000 \u2014 and 2,000 went to students."
counts(DASHED, [S], [("season tickets sold to students", 2000, EXACT)], [("season tickets sold", 20000, EXACT)])  # fmt: skip
S = "The bakery now makes 400 loaves a day instead of 650 \u2014 and employs 11 bakers."
counts(DASHED, [S], [("bakers employed", 11, EXACT)], [("loaves a day", 650, EXACT)])  # fmt: skip

# --- acted: residents who did something are a group, not the population ------------------------
ACTED = "acted"
S = "The hamlet lost its bus route in June, and 45 residents signed a letter of protest."
counts(ACTED, [S], [], [("population of the hamlet", 45, EXACT)])  # fmt: skip
S = "About 300 inhabitants marched to the town hall on Saturday."
counts(ACTED, [S], [], [("population of the town", 300, "about")])  # fmt: skip
S = "Flooding hit the village overnight; 80 residents evacuated to the school."
counts(ACTED, [S], [], [("population of the village", 80, EXACT)])  # fmt: skip
S = "At the meeting, 120 residents voted against the wind farm."
counts(ACTED, [S], [], [("population of the parish", 120, EXACT)])  # fmt: skip
S = "Some 2,000 residents attended the vigil in the square."
counts(ACTED, [S], [], [("population of the district", 2000, "about")])  # fmt: skip
S = "The island (pop. 950) is remote; 70 residents complained about the ferry timetable."
counts(ACTED, [S], [("population of the island", 950, EXACT)], [("population of the island", 70, EXACT)])  # fmt: skip
S = "A village of 1,400 people, it saw 200 residents joined by visitors at the fair."
counts(ACTED, [S], [("population of the village", 1400, EXACT)], [("population of the village", 200, EXACT)])  # fmt: skip
S = "The suburb has 18,000 residents; 600 residents objected to the plan."
counts(ACTED, [S], [("population of the suburb", 18000, EXACT)], [("population of the suburb", 600, EXACT)])  # fmt: skip
S = "Home to 5,200 inhabitants, the town saw 150 inhabitants volunteered for the clean-up."
counts(ACTED, [S], [("population of the town", 5200, EXACT)], [("population of the town", 150, EXACT)])  # fmt: skip
S = "Its 640 residents lived without mains water until 1990, while 30 residents petitioned for it."
counts(ACTED, [S], [("population of the hamlet", 640, EXACT)], [("population of the hamlet", 30, EXACT)])  # fmt: skip
S = "The town's 12,000 inhabitants elected a new mayor on Sunday."
counts(ACTED, [S], [("population of the town", 12000, EXACT)], [("population of the town", 1200, EXACT)])  # fmt: skip
S = "The valley's 3,100 residents voted in a referendum on the dam."
counts(ACTED, [S], [("population of the valley", 3100, EXACT)], [("population of the valley", 310, EXACT)])  # fmt: skip
S = "The island's 800 residents remained cut off for a week after the storm."
counts(ACTED, [S], [("population of the island", 800, EXACT)], [("population of the island", 80, EXACT)])  # fmt: skip
S = "The commune, where 2,300 residents live, lost its post office."
counts(ACTED, [S], [("population of the commune", 2300, EXACT)], [("population of the commune", 23, EXACT)])  # fmt: skip
S = "The parish's 430 residents rallied behind the village school."
counts(ACTED, [S], [("population of the parish", 430, EXACT)], [("population of the parish", 43, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
