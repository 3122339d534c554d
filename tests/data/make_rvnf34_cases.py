# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 34's review of numforms34 (``grounding_rvnf34.jsonl``): counts
written in the forms numforms34 taught the number reader, and wrong values just outside them,
by category:

- ``scale-review``: a glued or spaced scale ("£1.5bn", "$2 bn", "€300 million", "US$5m") and
  a field naming its scale. Refused: a scale mismatch ("£37m" for a field in £bn; 8.2e9 for
  "$8.2m"), metres or a race's distance read as millions ("the 100m sprint"), the
  neighbouring amount of the sentence;
- ``ordinal-review``: an ordinal counting a series. Refused: a rank ("ranked 41st", "was the
  third largest walkout", "is 18th in the table"), an anniversary, an edition's name, a
  Congress, a date ("on the 3rd");
- ``zero-one-review``: zero by "no one"/"nobody"/"no N", one by "a"/"a single". Refused: a
  denial or an expectation ("No one expected that 40 would die"), a question, a condition
  ("if a soldier is killed"), a promise ("no workers would lose"), "not a single", "a second"
  or "a third" (one more, not one), another clause's deed or occasion;
- ``noun-review``: "a decade", "a fortnight", "a century". Refused: an age ("a decade-old
  ban"), a comparison's window ("the weakest for a decade"), a qualifier before it ("nearly
  a decade"), another unit, the neighbouring number noun.

Run ``python tests/data/make_rvnf34_cases.py`` to rebuild it. Every sentence is written for
this set (fictional outlets, firms and people), in British and American styles; each verdict
is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvnf34.jsonl")

built = SupportCases(
    "rvnf34",
    leads=[
        "By Tamsin Oakroyd | The Severn Gazette",
        "MARKETS DESK, The Corrib Chronicle -",
        "From our Cardiff bureau, The Valleys Echo.",
        "DULUTH (Northland Wire) -",
        "World desk | The Tasman Observer",
    ],
)
SCALE, ORDINAL, ZERO_ONE, NOUN = "scale-review", "ordinal-review", "zero-one-review", "noun-review"
PUBLISHED = "2025-11-20"
EXACT, MORE, ABOUT = "exact", "more_than", "about"

counts = partial(built.count_cases, published=PUBLISHED)


# --- scale-review --------------------------------------------------------------------------

counts(SCALE, ["The Treasury will borrow an extra £1.5bn this year, the chancellor confirmed."],
       [("extra borrowing, £bn", 1.5, EXACT), ("extra borrowing in pounds", 1_500_000_000, EXACT)],
       [("extra borrowing, £m", 1.5, EXACT), ("extra borrowing, £bn", 15, EXACT)])  # fmt: skip
counts(SCALE, ["Brakwell Labs raised $2 bn in its latest funding round, short of the $3 bn it had sought."],
       [("funds raised, $bn", 2, EXACT)],
       [("funds raised, $bn", 3, EXACT)])  # fmt: skip
counts(SCALE, ["Brussels pledged €300 million for the harbour at Varnetta."],
       [("pledge for the harbour, €m", 300, EXACT), ("pledge in euros", 300_000_000, EXACT)],
       [("pledge for the harbour, €bn", 300, EXACT)])  # fmt: skip
counts(SCALE, ["Orvane Motors reported a quarterly loss of $8.2m on Thursday."],
       [("quarterly loss ($m)", 8.2, EXACT), ("quarterly loss in dollars", 8_200_000, EXACT)],
       [("quarterly loss in dollars", 8_200_000_000, EXACT), ("quarterly loss ($bn)", 8.2, EXACT)])  # fmt: skip
counts(SCALE, ["Orvane Motors reported a quarterly loss of $8.2bn on Thursday."],
       [("quarterly loss ($bn)", 8.2, EXACT), ("quarterly loss in dollars", 8_200_000_000, EXACT)],
       [("quarterly loss in dollars", 8_200_000, EXACT), ("quarterly loss ($m)", 8.2, EXACT)])  # fmt: skip
counts(SCALE, ["Restoring the Corn Exchange cost £37m, the trust said."],
       [("restoration cost, £m", 37, EXACT)],
       [("restoration cost, £bn", 37, EXACT), ("restoration cost in pounds", 37_000_000_000, EXACT)])  # fmt: skip
counts(SCALE, ["The 100m sprint at Hallam Park drew a crowd of 40,000."],
       [("spectators at the sprint", 40_000, EXACT)],
       [("spectators at the sprint", 100_000_000, EXACT), ("spectators at the sprint", 100, EXACT)])  # fmt: skip
counts(SCALE, ["Divers searched water 5m deep for the two missing fishermen."],
       [("fishermen missing", 2, EXACT)],
       [("fishermen missing", 5_000_000, EXACT), ("fishermen missing", 5, EXACT)])  # fmt: skip
counts(SCALE, ["Rail spending will rise to £12bn next year while road spending falls to £9bn."],
       [("road spending, £bn", 9, EXACT), ("rail spending, £bn", 12, EXACT)],
       [("road spending, £bn", 12, EXACT), ("rail spending, £bn", 9, EXACT)])  # fmt: skip
counts(SCALE, ["Tokuda Bank set aside ¥450bn in provisions for bad loans in the half year."],
       [("bad-loan provisions, ¥bn", 450, EXACT)],
       [("bad-loan provisions, ¥tn", 450, EXACT), ("bad-loan provisions", 450, EXACT)])  # fmt: skip
counts(SCALE, ["The parish festival ran on a budget of £12k."],
       [("festival budget in pounds", 12_000, EXACT)],
       [("festival budget, £m", 12, EXACT), ("festival budget in pounds", 12_000_000, EXACT)])  # fmt: skip
counts(SCALE, ["The grant, worth US$5m, will fund clean water for three districts."],
       [("grant value, $m", 5, EXACT)],
       [("grant value, $bn", 5, EXACT)])  # fmt: skip
counts(SCALE, ["Half a million people marched through the capital on Saturday."],
       [("marchers", 500_000, EXACT)],
       [("marchers", 500_000_000, EXACT)])  # fmt: skip


# --- ordinal-review ------------------------------------------------------------------------

counts(ORDINAL, ["Tuesday's stoppage was the ninth walkout by rail staff this year."],
       [("walkouts by rail staff this year", 9, EXACT)],
       [("walkouts by rail staff this year", 8, EXACT)])  # fmt: skip
counts(ORDINAL, ["Tessaly Rovers, ranked 41st in the league, lost again on Saturday."],
       [],
       [("league defeats", 41, EXACT)])  # fmt: skip
counts(ORDINAL, ["The town marked the 30th anniversary of the flood with a silent walk."],
       [],
       [("floods", 30, EXACT)])  # fmt: skip
counts(ORDINAL, ["Sunday is the 30th anniversary of the ceasefire."],
       [],
       [("ceasefires", 30, EXACT)])  # fmt: skip
counts(ORDINAL, ["The package was the 119th Congress's first major spending law."],
       [],
       [("spending laws passed by Congress", 119, EXACT)])  # fmt: skip
counts(ORDINAL, ["The council vote is on the 3rd, when 12 councillors will decide the plan."],
       [],
       [("councillors voting", 3, EXACT)])  # fmt: skip
counts(ORDINAL, ["Mara Quint finished 41st, her worst result in 12 races this season."],
       [],
       [("races this season", 41, EXACT)])  # fmt: skip
counts(ORDINAL, ["The strike was the third largest walkout in the country's history."],
       [],
       [("walkouts in the country's history", 3, EXACT)])  # fmt: skip
counts(ORDINAL, ["Thursday's tremor was the 2nd strongest quake to hit the region."],
       [],
       [("quakes to hit the region", 2, EXACT)])  # fmt: skip
counts(ORDINAL, ["After Saturday's defeat Dunmere is 18th in the table."],
       [],
       [("defeats this season", 18, EXACT)])  # fmt: skip
counts(ORDINAL, ["The launch was the company's 12th this year, a record."],
       [("company launches this year", 12, EXACT)],
       [("company launches this year", 12, MORE)])  # fmt: skip
counts(ORDINAL, ["The ferry ran aground for the fourth time since March."],
       [("times the ferry ran aground since March", 4, EXACT)],
       [("times the ferry ran aground since March", 3, EXACT)])  # fmt: skip
counts(
    ORDINAL,
    ["The walkout was the union's fifth this year and the second by nurses."],
    [("walkouts by the union this year", 5, EXACT)],
    [],
)  # known limit: "walkouts by nurses" = 5 is accepted (the qualifier "by nurses" is the next ordinal's)
counts(ORDINAL, ["The stoppage on Monday was the 23rd strike at the plant since January."],
       [("strikes at the plant since January", 23, EXACT)],
       [("strikes at the plant since January", 22, EXACT)])  # fmt: skip
counts(ORDINAL, ["Kerrow's goal on Sunday was his 100th for the club."],
       [("goals for the club", 100, EXACT)],
       [])  # fmt: skip
counts(ORDINAL, ["The accident was the third on that stretch of the A591 this month."],
       [("accidents on the stretch this month", 3, EXACT)],
       [])  # fmt: skip
counts(ORDINAL, ["The cruise ship docked in Valletta for the seventh time this year."],
       [("times the ship docked in Valletta this year", 7, EXACT)],
       [])  # fmt: skip
counts(ORDINAL, ["Wednesday's protest was the 14th in the capital since the election."],
       [("protests in the capital since the election", 14, EXACT)],
       [])  # fmt: skip
counts(ORDINAL, ["The rate cut was the central bank's fourth this year."],
       [("rate cuts this year", 4, EXACT)],
       [])  # fmt: skip
counts(ORDINAL, ["Harlow Athletic won the county title for the 11th time on Saturday."],
       [("county titles won", 11, EXACT)],
       [])  # fmt: skip
counts(ORDINAL, ["The stoppage was the 2nd longest strike at the plant in a decade."],
       [],
       [("strikes at the plant", 2, EXACT)])  # fmt: skip
counts(ORDINAL, ["After a 3-1 defeat Harlow Athletic are 9th in the league."],
       [],
       [("league defeats", 9, EXACT)])  # fmt: skip
counts(ORDINAL, ["The 52nd edition of the Lyndale regatta starts on Sunday."],
       [],
       [("regattas starting on Sunday", 52, EXACT)])  # fmt: skip


# --- zero-one-review -----------------------------------------------------------------------

counts(ZERO_ONE, ["No one expected that 40 would die in the warehouse fire."],
       [],
       [("people killed in the warehouse fire", 0, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["No one knows how many miners were trapped by the collapse."],
       [],
       [("miners trapped", 0, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["Is it true that no one was arrested after the riot?"],
       [],
       [("people arrested after the riot", 0, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["If no one is rescued by Friday, the toll will rise, officials warned."],
       [],
       [("people rescued", 0, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["The mill's owners promised that no workers would lose their jobs."],
       [],
       [("workers who lost their jobs", 0, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["No one was hurt in the first blast, but a second killed three guards."],
       [("guards killed", 3, EXACT)],
       [("guards killed", 0, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["No one was killed in Monday's raid; Tuesday's raid killed four people."],
       [("people killed in Tuesday's raid", 4, EXACT), ("people killed in Monday's raid", 0, EXACT)],
       [("people killed in Tuesday's raid", 0, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["Nobody was injured when the roof of the Kelsall depot collapsed."],
       [("people injured in the collapse", 0, EXACT)],
       [("people injured in the collapse", 1, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["The airline said no one aboard was injured."],
       [("people injured", 0, EXACT)],
       [])  # fmt: skip
counts(ZERO_ONE, ["No passengers were hurt, the operator said."],
       [("passengers hurt", 0, EXACT)],
       [("passengers hurt", 1, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["A firefighter was injured tackling the blaze at the Marrow Street depot."],
       [("firefighters injured", 1, EXACT)],
       [("firefighters injured", 2, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["A single missile struck the fuel depot overnight."],
       [("missiles that struck the depot", 1, EXACT)],
       [])  # fmt: skip
counts(ZERO_ONE, ["If a soldier is killed, the truce ends, the general warned."],
       [],
       [("soldiers killed", 1, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["Was a soldier killed? The army would not say."],
       [],
       [("soldiers killed", 1, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["Officials denied that a soldier was killed in the exchange of fire."],
       [],
       [("soldiers killed", 1, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["A soldier was killed, and two more were wounded, the army said."],
       [("soldiers killed", 1, EXACT)],
       [("soldiers wounded", 1, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["Not a single soldier was killed in the exchange, the army said."],
       [],
       [("soldiers killed", 1, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["A second soldier was killed on Tuesday near the checkpoint."],
       [],
       [("soldiers killed", 1, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["A third worker died at the Harlow plant in as many months."],
       [],
       [("workers who died at the plant", 1, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["A miner could still be trapped underground, rescuers fear."],
       [],
       [("miners trapped", 1, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["The union says nobody would lose their job under the plan."],
       [],
       [("workers who lost their jobs", 0, EXACT)])  # fmt: skip
counts(ZERO_ONE, ["A soldier was killed on Monday, bringing the number killed this week to five."],
       [("soldiers killed on Monday", 1, EXACT)],
       [])  # fmt: skip


# --- noun-review ---------------------------------------------------------------------------

counts(NOUN, ["The siege of Castel Orno lasted a fortnight."],
       [("days of the siege", 14, EXACT), ("weeks of the siege", 2, EXACT)],
       [("days of the siege", 7, EXACT), ("months of the siege", 2, EXACT)])  # fmt: skip
counts(NOUN, ["The drought in the southern provinces lasted a decade."],
       [("years of drought", 10, EXACT)],
       [("years of drought", 10, MORE), ("months of drought", 10, EXACT)])  # fmt: skip
counts(NOUN, ["The council scrapped a decade-old ban on street trading after a two-year review."],
       [("years of the review", 2, EXACT)],
       [("years of the review", 10, EXACT)])  # fmt: skip
counts(NOUN, ["Wage growth was the weakest for a decade, the statistics office said."],
       [],
       [("years of weak wage growth", 10, EXACT)])  # fmt: skip
counts(NOUN, ["Nearly a decade of drought has killed two million cattle."],
       [("years of drought", 10, ABOUT)],
       [("years of drought", 10, EXACT)])  # fmt: skip
counts(NOUN, ["The feud has run for more than a decade."],
       [("years of the feud", 10, MORE)],
       [("years of the feud", 10, EXACT)])  # fmt: skip
counts(NOUN, ["A decade-long civil war left the port city in ruins."],
       [("years of civil war", 10, EXACT)],
       [("years of civil war", 100, EXACT)])  # fmt: skip
counts(NOUN, ["The judge jailed Corrin Vale for a decade."],
       [("years Corrin Vale was jailed for", 10, EXACT)],
       [("months Corrin Vale was jailed for", 10, EXACT)])  # fmt: skip
counts(NOUN, ["The brewery celebrates a century in business this year, and a decade under its current owners."],
       [("years in business", 100, EXACT)],
       [])  # known limit: "years under the current owners" = 100 is accepted ("this year" stands by the century)  # fmt: skip
counts(NOUN, ["Residents were given a fortnight's notice before the demolition."],
       [("days of notice", 14, EXACT)],
       [("days of notice", 28, EXACT)])  # fmt: skip
counts(NOUN, ["Inflation hit its highest level for a decade, at 7.4 per cent."],
       [],
       [("years of high inflation", 10, EXACT)])  # fmt: skip
counts(NOUN, ["A decade after the flood, 300 families still lack homes."],
       [],
       [("years families have lacked homes", 10, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
