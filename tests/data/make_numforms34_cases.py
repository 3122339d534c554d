# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 34's worded counts (``grounding_numforms34.jsonl``): value-support
cases for an event's count whose number is written in a form of English the plain number
reader did not read (outside checks 50-75), by category, each with what must pass and what
must fail:

- ``glued-scale``: a scale glued to the number ("£2.2bn", "$450m", "¥3.1tn") and a field that
  names its scale ("cost of the scheme, £bn" = 2.2). Refused: a scale mismatch ("£37m" for a
  field in £bn; 37 for a field naming no scale beside "£37bn", which means 37 billion),
  another number, another qualifier, "100m" without a currency sign for a field in £m;
- ``ordinal-series``: an ordinal counting a series so far ("was flying for the 12th time",
  "was the 23rd record close of the year", "the festival's 40th", "Mendes is 212th").
  Refused: a rank ("came 3rd", "finished 213th"), a date ("on the 3rd"), a period ("the 12th
  century"), a name ("the 2nd Infantry Division"), "became the 84th co-sponsor", another
  value or qualifier, another occasion's words;
- ``zero-word``: zero by a word as the clause's subject ("No one in the placebo arm developed
  the disease", "Nobody was hurt", "No passengers were injured"). Refused: a denial or a doubt
  of another claim ("No one disputes that 40 people were killed"), another deed, another
  side of a vote;
- ``one-article``: one by the indefinite article before the count's noun and its verb ("a
  Cambodian soldier was killed", "A single drone hit the depot"). Refused: an article that is
  no count of it ("A minister said", "A ceasefire took hold"), another deed, a possessive;
- ``number-noun``: "a decade" (10 years), "a fortnight" (14 days, 2 weeks), "a century" (100
  years). Refused: another unit, another value, a time ("a decade ago"), a comparison's
  window ("the highest in a decade").

Run ``python tests/data/make_numforms34_cases.py`` to rebuild it. Every sentence is written
for this set (fictional outlets and people), in British and American styles; each verdict is
what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numforms34.jsonl")

built = SupportCases(
    "nf34",
    leads=[
        "By Orla Penhaligon | The Wessex Courier",
        "BUSINESS DESK, The Lakeland Ledger -",
        "From our Leeds newsroom, The Pennine Post.",
        "SPRINGFIELD (Prairie Wire) -",
        "Science desk | The Harbour Herald",
    ],
)
SCALE, ORDINAL, ZERO, ONE, NOUN = (
    "glued-scale",
    "ordinal-series",
    "zero-word",
    "one-article",
    "number-noun",
)
PUBLISHED = "2025-10-14"
EXACT, MORE, ABOUT = "exact", "more_than", "about"

counts = partial(built.count_cases, published=PUBLISHED)


# --- glued-scale: "£2.2bn", "$450m"; a field that names its scale ---------------------------

counts(SCALE, ["The upgrade of the signalling system is priced at £3.4bn, the department said."],
       [("cost of the upgrade, £bn", 3.4, EXACT), ("cost of the upgrade, pounds", 3_400_000_000, EXACT)],
       [("cost of the upgrade, £bn", 3.0, EXACT), ("cost of the upgrade", 3.4, EXACT), ("cost of the upgrade, £m", 3.4, EXACT)])  # fmt: skip
counts(SCALE, ["Quarterly revenue reached $12.5bn, ahead of forecasts."],
       [("quarterly revenue, $bn", 12.5, EXACT)],
       [("quarterly revenue, $bn", 12.0, EXACT), ("quarterly revenue, $bn", 12.5, MORE)])  # fmt: skip
counts(SCALE, ["The county council has set aside €450m for flood defences along the estuary."],
       [("flood defence budget, €m", 450, EXACT)],
       [("flood defence budget, €bn", 450, EXACT)])  # fmt: skip
counts(SCALE, ["The deal values the club at more than $4bn, according to people familiar with it."],
       [("club valuation, $bn", 4, MORE)],
       [("club valuation, $bn", 4, EXACT)])  # fmt: skip
counts(SCALE, ["The pension fund holds about £15bn of assets."],
       [],  # known limit: "about 15 fund assets, £bn" is refused (an amount "of" a noun reads as a part)
       [("fund assets in £bn", 15, EXACT), ("fund assets", 15, ABOUT)])  # fmt: skip
counts(SCALE, ["The agency has requested $2.75 billion for the program next year."],
       [("program request ($bn)", 2.75, EXACT)],
       [("program request ($m)", 2.75, EXACT)])  # fmt: skip
counts(SCALE, ["Exports were worth ¥3.1tn in March, the ministry said."],
       [("exports in March, ¥tn", 3.1, EXACT)],
       [("exports in March, ¥bn", 3.1, EXACT)])  # fmt: skip
counts(SCALE, ["The gallery raised £25m from private donors for its new wing."],
       [("money raised from donors, £m", 25, EXACT)],
       [("money raised from donors, £bn", 25, EXACT), ("money raised from donors, £m", 2.5, EXACT)])  # fmt: skip
counts(SCALE, ["Federal debt held by the agency stood at $310bn at the end of June."],
       [("debt held by the agency, $bn", 310, EXACT)],
       [("debt held by the agency", 310, EXACT)])  # fmt: skip
counts(SCALE, ["The overrun on the tunnel has now reached £37m, auditors found."],
       [("tunnel overrun, £m", 37, EXACT)],
       [("tunnel overrun, £bn", 37, EXACT)])  # fmt: skip
counts(SCALE, ["Since the line was approved its price has grown by more than £37bn."],
       [("price increase since approval, £bn", 37, MORE)],
       [("price increase since approval", 37, MORE), ("price increase since approval, £bn", 37, EXACT)])  # fmt: skip
counts(SCALE, ["The 100m final was run in heavy rain on Saturday."],
       [],
       [("prize money for the final, £m", 100, EXACT)])  # fmt: skip


# --- ordinal-series: an ordinal counting a series so far ---------------------------------

counts(ORDINAL, ["Less than a week later the booster landed on the barge again; it was flying for the 12th time."],
       [],  # known limit: 12 flights is refused ("flying" is no word of "flights", "it" not read)
       [("flights of the booster", 13, EXACT), ("flights of the booster", 12, MORE)])  # fmt: skip
counts(ORDINAL, ["Tuesday's close was the 23rd record close of the year for the index."],
       [("record closes this year", 23, EXACT)],
       [("record closes this year", 24, EXACT)])  # fmt: skip
counts(ORDINAL, ["The Saturday concert was the festival's 40th edition."],
       [("editions of the festival", 40, EXACT)],
       [("editions of the festival", 40, ABOUT)])  # fmt: skip
counts(ORDINAL, ["The registrar read out each climber's place on the list of people to reach the summit: Mendes is 212th, Okafor 213th."],
       [("Mendes's number among climbers to reach the summit", 212, EXACT), ("Okafor's number among climbers to reach the summit", 213, EXACT)],
       [("Mendes's number among climbers to reach the summit", 213, EXACT)])  # fmt: skip
counts(ORDINAL, ["The ferry crossed the strait for the 1,000th time on Sunday."],
       [("crossings of the strait", 1000, EXACT)],
       [("crossings of the strait", 100, EXACT)])  # fmt: skip
counts(ORDINAL, ["Saturday's win was the club's 15th of the season."],
       [("wins this season", 15, EXACT)],
       [("losses this season", 15, EXACT)])  # fmt: skip
counts(ORDINAL, ["That was the third strike on the depot this month, the governor said."],
       [("strikes on the depot this month", 3, EXACT)],
       [("strikes on the depot this month", 4, EXACT)])  # fmt: skip
counts(ORDINAL, ["The summit, held in Lisbon, was the alliance's 31st."],
       [("summits of the alliance", 31, EXACT)],
       [("summits of the alliance", 30, EXACT)])  # fmt: skip
counts(ORDINAL, ["The comet has returned for the 9th time since records began."],
       [("returns of the comet", 9, EXACT)],
       [("returns of the comet", 9, MORE)])  # fmt: skip
counts(ORDINAL, ["Sunday's award was the prize's 75th."],
       [("times the prize has been given", 75, EXACT)],
       [])  # fmt: skip
counts(ORDINAL, ["The cathedral dates from the 12th century, and its tower was restored last year."],
       [],
       [("restorations of the cathedral", 12, EXACT)])  # fmt: skip
counts(ORDINAL, ["Okafor came 3rd in the final on Friday."],
       [],
       [("finalists", 3, EXACT)])  # fmt: skip
counts(ORDINAL, ["The regiment is part of the 2nd Infantry Division."],
       [],
       [("divisions", 2, EXACT)])  # fmt: skip
counts(ORDINAL, ["The next round of talks resumes on the 3rd."],
       [],
       [("rounds of talks", 3, EXACT)])  # fmt: skip
counts(ORDINAL, ["Sen. Marisol Ruiz became the 84th co-sponsor of the bill on Tuesday."],
       [],
       [("co-sponsors", 84, EXACT)])  # fmt: skip
counts(ORDINAL, ["Mendes finished 213th in the city marathon."],
       [],
       [("runners in the marathon", 213, EXACT)])  # fmt: skip
counts(ORDINAL, ["The rowing club was founded in the 19th century."],
       [],
       [("clubs founded", 19, EXACT)])  # fmt: skip


# --- zero-word: "No one", "Nobody", "No passengers" as a clause's subject ---------------

counts(ZERO, ["No one in the placebo arm developed the disease, the trial's authors reported."],
       [("people in the placebo arm who developed the disease", 0, EXACT)],
       [("people in the placebo arm who developed the disease", 1, EXACT)])  # fmt: skip
counts(ZERO, ["Nobody was hurt in the warehouse blaze, fire crews said."],
       [("people hurt in the blaze", 0, EXACT)],
       [("people killed in the blaze", 0, EXACT)])  # fmt: skip
counts(ZERO, ["No passengers were injured when the train left the rails near Crewe."],
       [("passengers injured", 0, EXACT)],
       [("passengers killed", 0, EXACT)])  # fmt: skip
counts(ZERO, ["The motion passed easily: nobody voted against it, and 41 members backed it."],
       [("votes against the motion", 0, EXACT)],
       [("votes in favour of the motion", 0, EXACT), ("votes against the motion", 41, EXACT)])  # fmt: skip
counts(ZERO, ["No one was killed in the overnight strike, officials said."],
       [("people killed in the strike", 0, EXACT)],
       [("people wounded in the strike", 0, EXACT)])  # fmt: skip
counts(ZERO, ["No one in the vaccinated group died during the study."],
       [("deaths in the vaccinated group", 0, EXACT)],
       [])  # fmt: skip
counts(ZERO, ["Nobody has been arrested over the fire so far."],
       [("arrests over the fire", 0, EXACT)],
       [("arrests over the fire", 2, EXACT)])  # fmt: skip
counts(ZERO, ["The mayor said no one was harmed when the footbridge collapsed."],
       [("people harmed", 0, EXACT)],
       [])  # fmt: skip
counts(ZERO, ["No staff lost their jobs in the merger, the company insisted."],
       [("staff who lost their jobs", 0, EXACT)],
       [])  # fmt: skip
counts(ZERO, ["Nobody drowned, though the coastguard pulled 14 swimmers from the water."],
       [("people who drowned", 0, EXACT)],
       [("swimmers pulled from the water", 0, EXACT)])  # fmt: skip
counts(ZERO, ["No one disputes that 40 people were killed in the raid."],
       [],
       [("people killed in the raid", 0, EXACT)])  # fmt: skip
counts(ZERO, ["Nobody denied that the shelling killed civilians."],
       [],
       [("civilians killed", 0, EXACT)])  # fmt: skip
counts(ZERO, ["No one knows how many soldiers died in the assault."],
       [],
       [("soldiers who died", 0, EXACT)])  # fmt: skip
counts(ZERO, ["No one expected the motion to pass."],
       [],
       [("votes in favour", 0, EXACT)])  # fmt: skip


# --- one-article: "a soldier was killed" ------------------------------------------------

counts(ONE, ["Tensions rose after a Cambodian soldier was killed in a clash on the border in May."],
       [("soldiers killed", 1, EXACT), ("Cambodian soldiers killed", 1, EXACT)],
       [("soldiers killed", 2, EXACT), ("soldiers wounded", 1, EXACT)])  # fmt: skip
counts(ONE, ["A police officer was injured during the protest outside the embassy."],
       [("police officers injured", 1, EXACT)],
       [("protesters injured", 1, EXACT), ("police officers killed", 1, EXACT)])  # fmt: skip
counts(ONE, ["A single drone hit the fuel depot overnight, the regional governor said."],
       [("drones that hit the depot", 1, EXACT)],
       [("drones that hit the depot", 3, EXACT)])  # fmt: skip
counts(ONE, ["An aid worker was abducted near the camp on Thursday."],
       [("aid workers abducted", 1, EXACT)],
       [("aid workers released", 1, EXACT)])  # fmt: skip
counts(ONE, ["A hiker died after falling from the ridge, mountain rescue said."],
       [("hikers who died", 1, EXACT)],
       [("hikers rescued", 1, EXACT)])  # fmt: skip
counts(ONE, ["Officials said a journalist was detained at the airport."],
       [("journalists detained", 1, EXACT)],
       [("journalists deported", 1, EXACT)])  # fmt: skip
counts(ONE, ["A firefighter was hurt tackling the blaze."],
       [("firefighters hurt", 1, EXACT)],
       [])  # fmt: skip
counts(ONE, ["A civilian was wounded by shrapnel, the army said."],
       [("civilians wounded", 1, EXACT)],
       [("civilians killed", 1, EXACT)])  # fmt: skip
counts(ONE, ["A teenager has been charged over the attack."],
       [("teenagers charged", 1, EXACT)],
       [("teenagers convicted", 1, EXACT)])  # fmt: skip
counts(ONE, ["A tanker was struck by a missile in the strait."],
       [("tankers struck", 1, EXACT)],
       [])  # fmt: skip
counts(ONE, ["A minister said the talks would resume next week."],
       [],
       [("ministers killed", 1, EXACT)])  # fmt: skip
counts(ONE, ["A ceasefire took hold on Monday after soldiers were killed."],
       [],
       [("soldiers killed", 1, EXACT)])  # fmt: skip
counts(ONE, ["A soldier's family demanded answers after troops were killed in the ambush."],
       [],
       [("soldiers killed", 1, EXACT)])  # fmt: skip


# --- number-noun: "a decade", "a fortnight", "a century" ---------------------------------

counts(NOUN, ["The second runway is now a decade further off, the airport said."],
       [("years of delay to the second runway", 10, EXACT)],
       [("months of delay to the second runway", 10, EXACT), ("years of delay to the second runway", 12, EXACT)])  # fmt: skip
counts(NOUN, ["Construction of the new bridge will take a decade."],
       [("years of construction", 10, EXACT)],
       [("years of construction", 100, EXACT), ("years of construction", 10, MORE)])  # fmt: skip
counts(NOUN, ["The public inquiry is expected to last a fortnight."],
       [("days the inquiry lasts", 14, EXACT), ("weeks the inquiry lasts", 2, EXACT)],
       [("days the inquiry lasts", 2, EXACT), ("weeks the inquiry lasts", 14, EXACT)])  # fmt: skip
counts(NOUN, ["The old dam has stood for a century."],
       [("years the dam has stood", 100, EXACT)],
       [("years the dam has stood", 10, EXACT)])  # fmt: skip
counts(NOUN, ["Repairs to the pier could take a decade, engineers warned."],
       [("years of repairs to the pier", 10, EXACT)],
       [("months of repairs to the pier", 10, EXACT)])  # fmt: skip
counts(NOUN, ["The reactor was shut for a fortnight in May."],
       [("days the reactor was shut", 14, EXACT)],
       [("days the reactor was shut", 15, EXACT)])  # fmt: skip
counts(NOUN, ["The import ban lasted a decade."],
       [("years of the import ban", 10, EXACT)],
       [("months of the import ban", 10, EXACT)])  # fmt: skip
counts(NOUN, ["The family firm has traded for a century."],
       [],  # known limit: 100 years of trading is refused ("traded" is no word of "trading")
       [("years of trading", 100, MORE)])  # fmt: skip
counts(NOUN, ["The amnesty for late filers runs for a fortnight."],
       [("days of the amnesty", 14, EXACT)],
       [])  # fmt: skip
counts(NOUN, ["A fortnight of talks on the fishing quota ended without a deal."],
       [("days of talks", 14, EXACT)],
       [])  # fmt: skip
counts(NOUN, ["Prices rose at the fastest pace in a decade."],
       [],
       [("years of price rises", 10, EXACT)])  # fmt: skip
counts(NOUN, ["A decade ago, the dam burst after heavy rain."],
       [],
       [("years the dam has stood", 10, EXACT)])  # fmt: skip
counts(NOUN, ["The inquiry opened a fortnight ago."],
       [],
       [("days the inquiry lasts", 14, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
