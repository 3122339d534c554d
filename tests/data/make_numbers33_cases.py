# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the numbers33 set (``grounding_numbers33.jsonl``): numbers and days tied to the
wrong thing, found by outside checks in session 14, by category, each with what must pass
and what must fail (a must-fail case is held to an *unsupported* flag, ``tier``):

- ``several-measures``: one sentence passing several bills, each with its score ("passed the
  A Act 398-17, the B Act 344-71 and the C Act 411-5", "; the B Act cleared 70-27", "...,
  while the B Act fell 190-221", "passed 376-44 and 352-68 respectively"): a bill's count
  is refused another bill's score, and a bill's name is refused when the score given for it
  is another bill's (:mod:`summarizer.verification.counts.measure_tallies`);
- ``rate-owner``: two rates in one sentence, each on its goods or of its country ("30
  percent on copper wire and 12 percent on copper scrap", "Beijing's tariff ... 18 percent;
  Canberra's is 7 percent", "a 6.5% duty on potash and a 40% jump ... on other mining
  imports"): a measure's rate is refused the rate of other goods or another country
  (:mod:`summarizer.verification.counts.rate_owners`);
- ``near-counts``: a count beside another count: a span of time ("Nine years of conflict
  have displaced ..."), a part ("90 women were among the 640 people killed"), introducers
  and co-sponsors ("introduced by five senators and has since drawn 33 co-sponsors",
  :mod:`summarizer.verification.counts.sponsor_counts`), a package's ordinal after a possessive
  ("the union's 12th sanctions package");
- ``spaced-thousands``: thousands set apart by a space, a no-break or a narrow no-break
  space ("380 000", "1 200", "2 400 000"), never across a line break, with other than three
  digits after the space, or after a month ("July 14 000"): :func:`summarizer.verification.
  numbers.spaced_thousands`;
- ``date-ranges``: a range's first day ("from 21-25 July", "12 to 16 July", "between 14 and
  18 July", "July 19-23", "August 1 to August 4") is a truce's start and its last day is
  not; a meeting's days are all its days; a day of telling after a range ("..., an envoy
  told reporters on Tuesday") is no meeting day (:mod:`summarizer.verification.days.day_ranges`).

Run ``python tests/data/make_numbers33_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets, bills, goods and people, or public bodies in invented
sentences); each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numbers33.jsonl")

_LEADS = (
    "Capitol Wire\n\nWASHINGTON -",
    "The Harbour Ledger\n\nLONDON, 3 March (Harbour Ledger) -",
    "Eastern Dispatch\n\nBy Mira Talbot",
    "Valley Wire\n\nGENEVA (VW) —",
)
built = SupportCases("numbers33", _LEADS, closing="More details are expected.", lead_end=" ")
_text = built.page


def _check(expect: bool) -> str:
    """A must-fail case is held to an *unsupported* flag (``tier``); a must-pass to support."""
    return "support" if expect else "tier"


def tally(expect: bool, sentence: str, name: str, what: str, value: int, why: str) -> None:
    """A bill named ``name`` whose one count is ``value`` of ``what``."""
    count = {"what": what, "value": {"value": value, "qualifier": "exact"}}
    measure = {"instrument": "bill", "name": name, "evidence": [sentence], "counts": [count]}
    built.add("several-measures", expect, f"{name}: {what} = {value}: {why}", _text(sentence),
              {"sanctions": [measure]}, "sanctions[0].counts[0].value", check=_check(expect))  # fmt: skip


def named(expect: bool, sentence: str, name: str, what: str, value: int, why: str) -> None:
    """A bill whose count is ``value`` of ``what``, named ``name``: is the name its own?"""
    count = {"what": what, "value": {"value": value, "qualifier": "exact"}}
    measure = {"instrument": "bill", "name": name, "evidence": [sentence], "counts": [count]}
    built.add("several-measures", expect, f"name {name} ({what} = {value}): {why}", _text(sentence),
              {"sanctions": [measure]}, "sanctions[0].name", check=_check(expect))  # fmt: skip


def rate(expect: bool, sentence: str, value: float, why: str, targets: list[str] | None = None,
         body: str | None = None) -> None:  # fmt: skip
    """A measure whose tariff rate is ``value`` percent, on ``targets`` or by ``body``."""
    measure: dict[str, Any] = {"instrument": "executive_action", "evidence": [sentence],
                               "tariff_rate_percent": {"value": value, "qualifier": "exact"}}  # fmt: skip
    if targets:
        measure["targets"] = targets
    if body:
        measure["issuing_body"] = body
    shown = ", ".join(targets or [body or ""])
    built.add("rate-owner", expect, f"{shown} {value:g}%: {why}", _text(sentence),
              {"sanctions": [measure]}, "sanctions[0].tariff_rate_percent", check=_check(expect))  # fmt: skip


def count(category: str, expect: bool, sentence: str, what: str, value: float, why: str,
          qualifier: str = "exact") -> None:  # fmt: skip
    """An event whose one count is ``value`` of ``what``."""
    event = {"description": "what the article reports", "evidence": [sentence],
             "counts": [{"what": what, "value": {"value": value, "qualifier": qualifier}}]}  # fmt: skip
    built.add(category, expect, f"{what} = {value:g} ({qualifier}): {why}", _text(sentence),
              {"events": [event]}, "events[0].counts[0].value", check=_check(expect))  # fmt: skip


def listed(category: str, expect: bool, sentence: str, what: str, value: int, why: str,
           text: str | None = None) -> None:  # fmt: skip
    """A bill whose one count is ``value`` of ``what``."""
    built.counted(category, expect, sentence, what, value, why, check=_check(expect), text=text)


def package(expect: bool, sentence: str, value: int, why: str) -> None:
    facts = {
        "sanctions": [
            {"instrument": "bloc_package", "package_number": value, "evidence": [sentence]}
        ]
    }
    built.add("near-counts", expect, f"package {value}: {why}", _text(sentence), facts,
              "sanctions[0].package_number", check=_check(expect))  # fmt: skip


PUBLISHED = {"headline": None, "outlet": None, "byline": None, "published": "2025-07-10"}


def start(category: str, expect: bool, sentence: str, value: str, why: str) -> None:
    facts = {"article": dict(PUBLISHED), "ceasefires": [{"starts": value, "evidence": [sentence]}]}
    built.add(category, expect, f"truce starts {value}: {why}", _text(sentence), facts,
              "ceasefires[0].starts", check=_check(expect))  # fmt: skip


def meeting(category: str, expect: bool, sentence: str, why: str, timing: str | None = None,
            place: str | None = None, parties: list[str] | None = None) -> None:  # fmt: skip
    fact = {"parties": parties or [], "status": "scheduled", "planned_timing": timing,
            "planned_location": place, "evidence": [sentence]}  # fmt: skip
    path = "summits[0].planned_timing" if timing else "summits[0].planned_location"
    built.add(category, expect, f"summit {path[10:]} {timing or place}: {why}", _text(sentence),
              {"article": dict(PUBLISHED), "summits": [fact]}, path, check=_check(expect))  # fmt: skip


# fmt: off
# --- several-measures ----------------------------------------------------------------------
THREE = "The House passed the Harbor Security Act 398-17, the Grain Corridor Act 344-71 and the Vesna Sanctions Act 411-5 on Thursday."
SEMI = "Senators approved the Pipeline Accountability Act by 81 votes to 16; the Northern Fleet Act cleared 70-27."
WHILE = "The chamber adopted the Copper Export Control Act 260-150, while the Drone Parts Act fell 190-221."
LISTED = "In a marathon session, MPs backed the Overseas Assets Bill by 301 to 12 and the Shadow Fleet Bill by 288 to 40."
RESPECTIVELY = "The Visa Integrity Act and the Chip Security Act passed 376-44 and 352-68 respectively."
ONE = "The Senate passed the Maritime Sanctions Act 88-9 on Wednesday night."
TITLED = 'The House approved the Coastal Guard Act, which passed 301-110; "To extend certain fishing licences, and for other purposes," which passed 259-160; and the Reef Protection Act, which passed 280-130.'
LONG_NAME = "To extend certain fishing licences, and for other purposes"
tally(True, TITLED, LONG_NAME, "votes in favour", 259, "an item named by its long title: its own score")
tally(True, TITLED, LONG_NAME, "votes against", 160, "an item named by its long title: its own no votes")
named(True, TITLED, LONG_NAME, "votes in favour", 259, "the long title's own score, after a semicolon")
tally(True, TITLED, "Reef Protection Act", "votes in favour", 280, "the last item's own score")
tally(False, TITLED, "Reef Protection Act", "votes in favour", 301, "the first item's score")
tally(True, THREE, "Harbor Security Act", "votes in favour", 398, "the Harbor act's own yes votes")
tally(True, THREE, "Grain Corridor Act", "votes in favour", 344, "the Grain act's own yes votes")
tally(True, THREE, "Vesna Sanctions Act", "votes against", 5, "the Vesna act's own no votes")
tally(True, THREE, "Grain Corridor Act", "votes against", 71, "the Grain act's own no votes")
tally(True, SEMI, "Pipeline Accountability Act", "senators voting yes", 81, "the Pipeline act's score")
tally(True, SEMI, "Northern Fleet Act", "votes in favour", 70, "the Fleet act's score, after the semicolon")
tally(True, WHILE, "Drone Parts Act", "votes in favour", 190, "the Drone act's failed score")
tally(True, LISTED, "Shadow Fleet Bill", "MPs voting against", 40, "the Shadow Fleet bill's no votes")
tally(True, LISTED, "Overseas Assets Bill", "MPs voting in favour", 301, "the Assets bill's yes votes")
tally(True, ONE, "Maritime Sanctions Act", "votes in favour", 88, "one bill, its own score")
tally(True, RESPECTIVELY, "Chip Security Act", "votes in favour", 352, "'respectively' pairs the second bill with the second score")
tally(False, THREE, "Grain Corridor Act", "votes in favour", 398, "the Harbor act's tally (unsupported)")
tally(False, THREE, "Vesna Sanctions Act", "votes in favour", 344, "the Grain act's tally (unsupported)")
tally(False, THREE, "Harbor Security Act", "votes against", 71, "the Grain act's no votes (unsupported)")
tally(False, THREE, "Harbor Security Act", "votes in favour", 411, "the Vesna act's yes votes (unsupported)")
tally(False, SEMI, "Northern Fleet Act", "votes in favour", 81, "the Pipeline act's score (unsupported)")
tally(False, SEMI, "Pipeline Accountability Act", "votes against", 27, "the Fleet act's no votes (unsupported)")
tally(False, WHILE, "Copper Export Control Act", "votes in favour", 190, "the Drone act's score (unsupported)")
tally(False, LISTED, "Overseas Assets Bill", "MPs voting against", 40, "the Shadow Fleet bill's no votes (unsupported)")
tally(False, LISTED, "Shadow Fleet Bill", "MPs voting in favour", 301, "the Assets bill's yes votes (unsupported)")
tally(False, RESPECTIVELY, "Visa Integrity Act", "votes in favour", 352, "'respectively': the second bill's score (unsupported)")
named(True, THREE, "Grain Corridor Act", "votes in favour", 344, "the name beside the score")
named(True, SEMI, "Northern Fleet Act", "votes in favour", 70, "the name beside the score")
named(True, WHILE, "Copper Export Control Act", "votes against", 150, "the name beside the score")
named(True, ONE, "Maritime Sanctions Act", "votes in favour", 88, "one bill")
named(False, THREE, "Vesna Sanctions Act", "votes in favour", 398, "the score is the Harbor act's (unsupported)")
named(False, SEMI, "Pipeline Accountability Act", "votes in favour", 70, "the score is the Fleet act's (unsupported)")
named(False, LISTED, "Overseas Assets Bill", "MPs voting against", 40, "the score is the Shadow Fleet bill's (unsupported)")
named(False, WHILE, "Drone Parts Act", "votes in favour", 260, "the score is the Copper act's (unsupported)")

# --- rate-owner ----------------------------------------------------------------------------
GOODS = "The order sets duties of 30 percent on copper wire and 12 percent on copper scrap."
GOODS_UK = "Ministers imposed a 20 per cent levy on Russian timber and a 35 per cent levy on birch plywood."
PAIR = "Ottawa will charge a 25% tariff on electric vehicles from the mainland and 10% on their batteries."
FERT = "The package brings a 6.5% duty on potash and a 40% jump in charges on other mining imports."
COUNTRY = "Beijing's tariff on the fruit stands at 18 percent; Canberra's is 7 percent."
COUNTRY2 = "Under the deal, Mexico keeps a 15% duty on the corn, while Washington's rate falls to 5%."
COUNTRY3 = "India's levy on the almonds is 42 per cent, Turkey's 20 per cent."
rate(True, GOODS, 30, "copper wire's rate", targets=["copper wire"])
rate(True, GOODS, 12, "scrap's rate", targets=["copper scrap"])
rate(True, GOODS_UK, 35, "plywood's rate", targets=["birch plywood"])
rate(True, GOODS_UK, 20, "timber's rate", targets=["Russian timber"])
rate(True, PAIR, 10, "the batteries' rate", targets=["batteries"])
rate(True, PAIR, 25, "the vehicles' rate", targets=["electric vehicles"])
rate(True, FERT, 6.5, "the potash duty", targets=["potash"])
rate(True, COUNTRY, 18, "Beijing's tariff", body="China")
rate(True, COUNTRY, 7, "Canberra's tariff", body="Australia")
rate(True, COUNTRY2, 15, "Mexico's duty", body="Mexico")
rate(True, COUNTRY3, 20, "Turkey's levy", body="Turkey")
rate(True, GOODS, 30, "no target given: any rate the evidence ties to the measure")
rate(False, GOODS, 30, "copper wire's rate, not scrap's (unsupported)", targets=["copper scrap"])
rate(False, GOODS, 12, "scrap's rate, not copper wire's (unsupported)", targets=["copper wire"])
rate(False, GOODS_UK, 20, "timber's rate, not plywood's (unsupported)", targets=["birch plywood"])
rate(False, PAIR, 25, "the vehicles' rate, not the batteries' (unsupported)", targets=["batteries"])
rate(False, FERT, 40, "a rise on other goods, not the potash duty (unsupported)", targets=["potash"])
rate(False, COUNTRY, 7, "Canberra's tariff, not Beijing's (unsupported)", body="China")
rate(False, COUNTRY, 18, "Beijing's tariff, not Canberra's (unsupported)", body="Australia")
rate(False, COUNTRY2, 5, "Washington's rate, not Mexico's (unsupported)", body="Mexico")
rate(False, COUNTRY3, 42, "India's levy, not Turkey's (unsupported)", body="Turkey")
rate(False, COUNTRY3, 20, "Turkey's levy, not India's (unsupported)", body="India")

# --- near-counts ---------------------------------------------------------------------------
count("near-counts", True, "Nine years of conflict have displaced 2.3 million people.", "people displaced", 2300000, "the displaced")
count("near-counts", False, "Nine years of conflict have displaced 2.3 million people.", "people displaced", 9, "years of war, not people (unsupported)")
count("near-counts", True, "Four months of shelling uprooted 85,000 residents of the province, the UN said.", "residents uprooted", 85000, "the uprooted")
count("near-counts", False, "Four months of shelling uprooted 85,000 residents of the province, the UN said.", "residents uprooted", 4, "months of shelling (unsupported)")
count("near-counts", True, "Three days of clashes left 46 people dead in the capital.", "people dead", 46, "the dead")
count("near-counts", False, "Three days of clashes left 46 people dead in the capital.", "people dead", 3, "days of clashes (unsupported)")
count("near-counts", True, "At least 90 women were among the 640 people killed in the siege, medics said.", "people killed", 640, "the whole")
count("near-counts", False, "At least 90 women were among the 640 people killed in the siege, medics said.", "people killed", 90, "the part, women among the dead (unsupported)")
count("near-counts", True, "Of the 2,000 wounded, 700 were children, the ministry said.", "people wounded", 2000, "the whole")
count("near-counts", False, "Of the 2,000 wounded, 700 were children, the ministry said.", "people wounded", 700, "the children among them (unsupported)")
count("near-counts", True, "Fifteen journalists are among the 310 dead, the press union said.", "journalists killed", 15, "the part, counted as itself")
count("near-counts", False, "Fifteen journalists are among the 310 dead, the press union said.", "people dead", 15, "the journalists among the dead (unsupported)")
count("near-counts", True, "The strike killed 12 soldiers and wounded 30 civilians.", "soldiers killed", 12, "own verb, own noun")
SPONS = "The bill was introduced by five senators and has since drawn 33 co-sponsors."
SPONS2 = "Drafted by a group of 11 lawmakers, the measure is now backed by 64 co-sponsors in the House."
listed("near-counts", True, SPONS, "co-sponsors", 33, "the co-sponsors")
listed("near-counts", True, SPONS, "senators introducing the bill", 5, "the introducers")
listed("near-counts", True, SPONS2, "co-sponsors", 64, "the co-sponsors")
listed("near-counts", True, SPONS2, "lawmakers who drafted the bill", 11, "the drafters")
listed("near-counts", False, SPONS, "co-sponsors", 5, "the introducers, not the co-sponsors (unsupported)")
listed("near-counts", False, SPONS, "senators introducing the bill", 33, "the co-sponsors, not the introducers (unsupported)")
listed("near-counts", False, SPONS2, "co-sponsors", 11, "the drafters (unsupported)")
package(True, "The bloc's 14th sanctions package targets liquefied gas.", 14, "the bloc's 14th")
package(True, "Brussels approved the EU's 17th package of sanctions on Friday.", 17, "the EU's 17th")
package(True, "EU envoys signed off on the union's 12th sanctions package.", 12, "the union's 12th")
package(False, "The EU's 12th sanctions package lists 61 companies.", 61, "a count of companies (unsupported)")
package(False, "The bloc's 14th sanctions package came two years after the 9th.", 9, "another package's ordinal (unsupported)")

# --- spaced-thousands ----------------------------------------------------------------------
count("spaced-thousands", True, "More than 380 000 people have fled the region since March.", "people fled", 380000, "380 000", "more_than")
count("spaced-thousands", True, "The floods displaced 1 200 families, the agency said.", "families displaced", 1200, "1 200")
count("spaced-thousands", True, "Some 45 500 refugees crossed the border last week.", "refugees", 45500, "45 500", "about")
count("spaced-thousands", True, "Officials counted 2 400 000 voters displaced by the fighting.", "voters displaced", 2400000, "two spaces")
count("spaced-thousands", True, "Authorities put the toll at 3 150 people killed.", "people killed", 3150, "3 150")
count("spaced-thousands", True, "The army said 12\u00a0000 soldiers had been deployed.", "soldiers deployed", 12000, "a no-break space")
count("spaced-thousands", True, "Around 7\u202f800 people were evacuated.", "people evacuated", 7800, "a narrow no-break space", "about")
count("spaced-thousands", True, "Rescuers reached 380 villages cut off by the snow.", "villages cut off", 380, "a number alone keeps its value")
count("spaced-thousands", True, "In 2024 600 migrants drowned off the coast.", "migrants drowned", 600, "a year before a number joins nothing")
count("spaced-thousands", True, "The camp holds 52 000 people, 9 000 of them children.", "people in the camp", 52000, "52 000")
count("spaced-thousands", False, "More than 380 000 people have fled the region since March.", "people fled", 380, "the thousands' part alone (unsupported)", "more_than")
count("spaced-thousands", False, "More than 380 000 people have fled the region since March.", "people fled", 0, "the last group alone (unsupported)", "more_than")
count("spaced-thousands", False, "The floods displaced 1 200 families, the agency said.", "families displaced", 200, "the last group alone (unsupported)")
count("spaced-thousands", False, "The floods displaced 1 200 families, the agency said.", "families displaced", 1, "the first group alone (unsupported)")
count("spaced-thousands", False, "Some 45 500 refugees crossed the border last week.", "refugees", 500, "the last group (unsupported)", "about")
count("spaced-thousands", False, "Aid reached 12 1500 households.", "households reached", 121500, "four digits after the space: no thousands (unsupported)")
count("spaced-thousands", False, "Aid reached 12 15 households in two districts.", "households reached", 1215, "two digits after the space (unsupported)")
count("spaced-thousands", False, "The clashes on July 14 000 left dozens dead.", "people dead", 14000, "a date's day then 000: no number (unsupported)")
count("spaced-thousands", False, "Officials counted 2 400 000 voters displaced by the fighting.", "voters displaced", 400000, "part of the number (unsupported)")
count("spaced-thousands", False, "The convoy carried 40\n000 litres of fuel.", "litres of fuel", 40000, "a line break is no thousands space (unsupported)")
count("spaced-thousands", False, "The camp holds 52 000 people, 9 000 of them children.", "people in the camp", 9000, "the children among them (unsupported)")

# --- date-ranges ---------------------------------------------------------------------------
start("date-ranges", True, "The truce will hold from 21-25 July, the mediators said.", "21 July", "the range's first day")
start("date-ranges", False, "The truce will hold from 21-25 July, the mediators said.", "25 July", "the range's last day (unsupported)")
start("date-ranges", True, "A pause in strikes is to run 12 to 16 July under the deal.", "12 July", "first day")
start("date-ranges", False, "A pause in strikes is to run 12 to 16 July under the deal.", "16 July", "last day (unsupported)")
start("date-ranges", True, "The ceasefire applies July 19-23, Ankara said.", "July 19", "first day")
start("date-ranges", False, "The ceasefire applies July 19-23, Ankara said.", "July 23", "last day (unsupported)")
start("date-ranges", True, "The holiday truce covers August 1 to August 4, officials said.", "August 1", "first day")
start("date-ranges", False, "The holiday truce covers August 1 to August 4, officials said.", "August 4", "last day (unsupported)")
start("date-ranges", True, "Both sides will observe a truce between 14 and 18 July.", "14 July", "'between' first day")
start("date-ranges", False, "Both sides will observe a truce between 14 and 18 July.", "18 July", "'between' last day (unsupported)")
start("date-ranges", True, "A ceasefire from 15-17 July, a spokesman told the Courier on Thursday, would allow the harvest.", "15 July", "first day; Thursday is the telling")
start("date-ranges", False, "A ceasefire from 15-17 July, a spokesman told the Courier on Thursday, would allow the harvest.", "17 July", "last day (unsupported)")
meeting("date-ranges", True, "The negotiators will meet in Oslo on 22-24 July, a spokesman told AFP.", "22-24 July first day", timing="22 July")
meeting("date-ranges", True, "The negotiators will meet in Oslo on 22-24 July, a spokesman told AFP.", "the meeting's last day is one of its days", timing="24 July")
meeting("date-ranges", True, "The summit runs 16-18 July, the foreign ministry said on Monday.", "the range", timing="16-18 July")
meeting("date-ranges", False, "The summit runs 16-18 July, the foreign ministry said on Monday.", "Monday is the ministry's saying (unsupported)", timing="Monday")
meeting("date-ranges", False, "The talks are set for July 28-30, an envoy told reporters on Tuesday.", "Tuesday is the telling (unsupported)", timing="Tuesday")
meeting("date-ranges", True, "The talks are set for July 28-30, an envoy told reporters on Tuesday.", "the range's first day", timing="July 28")
meeting("date-ranges", False, "The leaders meet 26-27 July, two aides said.", "a day outside the range (unsupported)", timing="28 July")
meeting("date-ranges", False, "The leaders meet 26-27 July, two aides said.", "a day before the range (unsupported)", timing="25 July")

# fmt: on


# merge review: a bill named inside a relative clause is not the one voted on
AMENDS = "The Clean Harbors Act, which amends the Port Security Act of 2002, passed the House 233-190 on Friday."
tally(
    True,
    AMENDS,
    "Clean Harbors Act",
    "votes in favour",
    233,
    "the bill voted on; the other is only amended",
)
tally(
    False, AMENDS, "Port Security Act", "votes in favour", 233, "the amended act was not voted on"
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
