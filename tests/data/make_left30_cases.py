# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 30's left30 (``grounding_left30.jsonl``): the wrong verdicts of
older rules that session 29's review rvo29 found and left, tried with new texts, by category,
each with what must pass and what must fail:

- ``lf-occasion-place``: kept, this meeting's place in a clause that sets it before or on the
  way to another occasion ("Before the G20 summit in Rio, ... held talks in Lima", "Ahead of
  next month's EU summit, ... in Paris") or names it also as an earlier meeting's place ("Last
  year's host, Vienna, will again stage the talks", "first met in Mendoza, and this week they
  met there again"); refused, the other summit's place ("Rio" for the talks in Lima), the
  earlier meeting's place given for this one;
- ``lf-dated-count``: kept, a count dated last year when the fact's ``as_of`` or ``what`` says
  so ("Last year, 4,100 migrants died" as of 2025); refused, the same count given as this
  year's (``as_of`` this year, a ``what`` of "this year") or with no time at all beside this
  year's own figure;
- ``lf-proposer``: kept, a truce's own proposer told with another occasion's plan nearby;
  refused, another country's plan ("Egypt's truce plan, which replaced one floated by Turkey
  last year" for Turkey; "the truce ... brokered by Qatar last November" beside a new plan).

The article is dated 2026-03-10. Run ``python tests/data/make_left30_cases.py`` to rebuild it.
The texts are written for this set; each verdict is what a careful fact-checker reads in the
text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from occasion_facts import event_count, meeting_place, truce_proposer
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_left30.jsonl")
PLACE, COUNT, PROPOSER = "lf-occasion-place", "lf-dated-count", "lf-proposer"
PUBLISHED = "2026-03-10"

built = SupportCases(
    "left30",
    leads=[
        "NAIROBI (Rift Wire) -",
        "By Ines Morales | The Lagoon Herald",
        "LIVE | The Northern Ledger",
        "From our Europe correspondent, The Danube Post.",
        "CANBERRA, Southern Desk -",
        "World news, The Tyne Chronicle.",
    ],
)


def _article() -> dict[str, Any]:
    return {**ARTICLE, "published": PUBLISHED}


def summit(
    expect: bool, place: str, meeting: tuple[str, str, str, str], evidence: list[str],
    own: str = "",
) -> None:  # fmt: skip
    """A meeting of ``meeting`` (two parties, status, day) at ``place``, backed by
    ``evidence``; ``own`` is a paragraph of the page the evidence does not quote."""
    facts = meeting_place(_article(), place, meeting, evidence)
    text = built.page(own, *evidence)
    why = f"place {place}: " + ("this meeting's" if expect else "another occasion's")
    built.add(PLACE, expect, why, text, facts, "summits[0].planned_location")


def count(
    expect: bool, what: str, value: float, evidence: list[str], as_of: str | None = None,
    own: str = "",
) -> None:  # fmt: skip
    """An event's count of ``what`` (as of ``as_of``), backed by ``evidence``."""
    facts = event_count(_article(), what, value, evidence, as_of)
    text = built.page(own, *evidence)
    when = f" as of {as_of}" if as_of else ""
    why = f"{what} {value:g}{when}: " + (
        "dated as the page dates it" if expect else "another time's count"
    )
    built.add(COUNT, expect, why, text, facts, "events[0].counts[0].value")


def truce(
    expect: bool, proposer: str, evidence: list[str], status: str = "proposed",
    starts: str | None = None, own: str = "",
) -> None:  # fmt: skip
    """A truce proposed by ``proposer`` with ``status``, backed by ``evidence``."""
    facts = truce_proposer(_article(), proposer, status, evidence, starts=starts)
    text = built.page(own, *evidence)
    why = f"proposer {proposer}: " + ("this truce's" if expect else "another truce's or plan's")
    built.add(PROPOSER, expect, why, text, facts, "ceasefires[0].proposer")


# One case a line, as the other sets write them.
# fmt: off
# --- lf-occasion-place: kept -----------------------------------------------------------------
summit(True, "Manila", ("United States", "China", "held", "Saturday"), ["Before the APEC summit in Kuala Lumpur, the American and Chinese presidents held talks in Manila."], own="The talks on Saturday ran for two hours.")
summit(True, "Berlin", ("France", "Germany", "held", "Tuesday"), ["Ahead of next month's European Council, the French and German leaders held talks in Berlin."], own="Their meeting on Tuesday was cordial.")
summit(True, "Ankara", ("Turkey", "Sweden", "held", "Monday"), ["In the run-up to the NATO summit in The Hague, Turkey's and Sweden's leaders sat down together in Ankara on Monday."])
summit(True, "Oslo", ("Brazil", "Norway", "held", "Monday"), ["Ahead of the climate conference in Belem, the environment ministers of Brazil and Norway conferred in Oslo on Monday."])
summit(True, "Wellington", ("Australia", "New Zealand", "held", "Thursday"), ["On the eve of the Pacific Islands Forum in Honiara, the prime ministers of Australia and New Zealand met in Wellington."], own="The two spoke for an hour on Thursday.")
summit(True, "Nairobi", ("Kenya", "Ethiopia", "held", "Friday"), ["Two days before the African Union summit in Addis Ababa, Kenya's and Ethiopia's leaders held talks in Nairobi."], own="The talks on Friday covered the dam and the border.")
summit(True, "Vienna", ("Iran", "United States", "scheduled", "next week"), ["Last year's venue, Vienna, will once again host the talks between Iran and the United States next week."])
summit(True, "Mendoza", ("Argentina", "Chile", "held", "this week"), ["Seven years ago the presidents of Argentina and Chile first met in Mendoza, and this week they met there again."])
summit(True, "Geneva", ("Armenia", "Azerbaijan", "scheduled", "Thursday"), ["Geneva, which hosted the first round in 2023, will host the second round between Armenia and Azerbaijan on Thursday."])
summit(True, "Hanoi", ("United States", "Vietnam", "held", "Monday"), ["As in 2019, Hanoi played host: the American and Vietnamese leaders met there on Monday."])
summit(True, "Baku", ("Turkey", "Azerbaijan", "held", "Tuesday"), ["Before heading on to the summit in Astana, the Turkish and Azerbaijani presidents met in Baku on Tuesday."])
summit(True, "Stockholm", ("Sweden", "Finland", "held", "Wednesday"), ["The Swedish and Finnish premiers, who last met in Stockholm in 2024, returned there on Wednesday for talks."])
summit(True, "Geneva", ("United States", "Russia", "scheduled", "Monday"), ["Ahead of the talks in Geneva on Monday, the American and Russian envoys met in Vienna."])
# --- lf-occasion-place: refused --------------------------------------------------------------
summit(False, "Kuala Lumpur", ("United States", "China", "held", "Saturday"), ["Before the APEC summit in Kuala Lumpur, the American and Chinese presidents held talks in Manila."], own="The talks on Saturday ran for two hours.")
summit(False, "Brussels", ("France", "Germany", "held", "Tuesday"), ["Ahead of next month's European Council in Brussels, the French and German leaders held talks in Berlin."], own="Their meeting on Tuesday was cordial.")
summit(False, "The Hague", ("Turkey", "Sweden", "held", "Monday"), ["In the run-up to the NATO summit in The Hague, Turkey's and Sweden's leaders sat down together in Ankara on Monday."])
summit(False, "Belem", ("Brazil", "Norway", "held", "Monday"), ["Ahead of the climate conference in Belem, the environment ministers of Brazil and Norway conferred in Oslo on Monday."])
summit(False, "Honiara", ("Australia", "New Zealand", "held", "Thursday"), ["On the eve of the Pacific Islands Forum in Honiara, the prime ministers of Australia and New Zealand met in Wellington."], own="The two spoke for an hour on Thursday.")
summit(False, "Addis Ababa", ("Kenya", "Ethiopia", "held", "Friday"), ["Two days before the African Union summit in Addis Ababa, Kenya's and Ethiopia's leaders held talks in Nairobi."], own="The talks on Friday covered the dam and the border.")
summit(False, "Vienna", ("Iran", "United States", "scheduled", "next week"), ["Last year's venue, Vienna, has handed the talks between Iran and the United States to Muscat, where they resume next week."])
summit(False, "Mendoza", ("Argentina", "Chile", "held", "this week"), ["Seven years ago the presidents of Argentina and Chile first met in Mendoza; this week they met in Valparaiso."])
summit(False, "Geneva", ("Armenia", "Azerbaijan", "scheduled", "Thursday"), ["Geneva hosted the first round in 2023; the second round between Armenia and Azerbaijan opens in Almaty on Thursday."])
summit(False, "Hanoi", ("United States", "Vietnam", "held", "Monday"), ["The American and Vietnamese leaders, who first met in Hanoi in 2019, held talks in Da Nang on Monday."])
summit(False, "Astana", ("Turkey", "Azerbaijan", "held", "Tuesday"), ["Before heading on to the summit in Astana, the Turkish and Azerbaijani presidents met in Baku on Tuesday."])
summit(False, "Vienna", ("Iran", "United States", "scheduled", "next week"), ["Vienna, which hosted last year's round, will not host the talks between Iran and the United States, which move to Muscat next week."])
summit(False, "Geneva", ("Armenia", "Azerbaijan", "scheduled", "Thursday"), ["Geneva, which hosted the talks between Armenia and Azerbaijan in 2023, will host a film festival this spring; the next round opens in Almaty on Thursday."])
summit(False, "Doha", ("Sudan", "Chad", "scheduled", "Sunday"), ["Last year the talks between Sudan and Chad were held in Doha; this year Muscat will stage them, starting on Sunday."])

# --- lf-dated-count: kept --------------------------------------------------------------------
count(True, "migrants died", 4100, ["Last year, 4,100 migrants died trying to cross the central Mediterranean, the agency said.", "So far this year, 600 more have died."], as_of="2025")
count(True, "migrants died last year", 4100, ["Last year, 4,100 migrants died trying to cross the central Mediterranean, the agency said.", "So far this year, 600 more have died."])
count(True, "migrants died", 600, ["Last year, 4,100 migrants died trying to cross the central Mediterranean, the agency said.", "So far this year, 600 more have died."])
count(True, "families fed", 12000, ["In 2025, the food bank fed 12,000 families; this year it expects to feed 15,000."], as_of="2025")
count(True, "climbers reached the summit", 310, ["In 2025, 310 climbers reached the top of the mountain, the ministry said.", "Ninety have done so since April."], as_of="2025")
count(True, "people waiting for a kidney", 2300, ["A year ago, 2,300 people were waiting for a kidney; now 2,650 are."], as_of="2025")
count(True, "deaths last year", 870, ["Last year the virus killed 870 people.", "This year's toll stands at 140."])
count(True, "journalists killed", 58, ["During 2025, 58 journalists were killed worldwide, the group said.", "Nine have been killed so far in 2026."], as_of="2025")
count(True, "ships seized in 2025", 48, ["Last year pirates seized 48 ships off the Horn of Africa; six have been taken since January."])
count(True, "people died of the cold last winter", 260, ["Last winter, 260 people died of the cold in the city.", "So far this winter 35 have died."])
count(True, "hectares burned", 91000, ["Wildfires burned 91,000 hectares last year, the forestry service said.", "This year's fires have burned 4,000 so far."], as_of="2025")
# --- lf-dated-count: refused -----------------------------------------------------------------
count(False, "migrants died", 4100, ["Last year, 4,100 migrants died trying to cross the central Mediterranean, the agency said.", "So far this year, 600 more have died."], as_of="2026")
count(False, "migrants died this year", 4100, ["Last year, 4,100 migrants died trying to cross the central Mediterranean, the agency said.", "So far this year, 600 more have died."])
count(False, "families fed", 12000, ["In 2025, the food bank fed 12,000 families; this year it expects to feed 15,000."], as_of="2026")
count(False, "climbers reached the summit", 310, ["In 2025, 310 climbers reached the top of the mountain, the ministry said.", "Ninety have done so since April."], as_of="2026")
count(False, "people waiting for a kidney", 2300, ["A year ago, 2,300 people were waiting for a kidney; now 2,650 are."], as_of="2026")
count(False, "deaths this year", 870, ["Last year the virus killed 870 people.", "This year's toll stands at 140."])
count(False, "journalists killed", 58, ["During 2025, 58 journalists were killed worldwide, the group said.", "Nine have been killed so far in 2026."], as_of="2026")
count(False, "ships seized this year", 48, ["Last year pirates seized 48 ships off the Horn of Africa; six have been taken since January."])
count(False, "people died of the cold this winter", 260, ["Last winter, 260 people died of the cold in the city.", "So far this winter 35 have died."])
count(False, "hectares burned", 91000, ["Wildfires burned 91,000 hectares last year, the forestry service said.", "This year's fires have burned 4,000 so far."], as_of="2026")

# --- lf-proposer: kept -----------------------------------------------------------------------
truce(True, "Egypt", ["Cairo's mediators produced Egypt's truce plan on Monday, which replaced one floated by Turkey last year."])
truce(True, "Egypt", ["Egypt put forward a 45-day truce on Monday, replacing a plan Turkey floated last year."])
truce(True, "Qatar", ["Qatar's new ceasefire plan, unveiled on Sunday, supersedes the one Oman drafted in 2025."])
truce(True, "Norway", ["Norway tabled a truce on Friday; it takes the place of an Icelandic proposal from last spring."])
truce(True, "Kenya", ["Kenya's proposal for a ceasefire, made on Thursday, replaced an Angolan offer that lapsed last year."])
truce(True, "Qatar", ["A ceasefire proposed by Qatar last November took hold on Sunday."], status="in_effect", starts="Sunday")
truce(True, "Egypt", ["Egypt proposed the truce on Monday, after a plan by Jordan was rejected last year."])
truce(True, "Turkey", ["Turkey put forward its own plan from last year again on Wednesday, as a 30-day truce."])
truce(True, "the UN", ["The UN proposed a humanitarian pause on Tuesday, to replace a Swiss initiative from 2025 that both sides ignored."])
truce(True, "Ghana", ["Ghana's truce plan, floated on Monday, would replace the one Nigeria offered last year."])
truce(True, "Egypt", ["The Turkish plan was replaced on Monday by a ceasefire proposed by Egypt."])
# --- lf-proposer: refused --------------------------------------------------------------------
truce(False, "Turkey", ["The Turkish plan was replaced on Monday by a ceasefire proposed by Egypt."])
truce(False, "Turkey", ["Cairo's mediators produced Egypt's truce plan on Monday, which replaced one floated by Turkey last year."])
truce(False, "Turkey", ["Egypt put forward a 45-day truce on Monday, replacing a plan Turkey floated last year."])
truce(False, "Oman", ["Qatar's new ceasefire plan, unveiled on Sunday, supersedes the one Oman drafted in 2025."])
truce(False, "Iceland", ["Norway tabled a truce on Friday; it takes the place of an Icelandic proposal from last spring."])
truce(False, "Angola", ["Kenya's proposal for a ceasefire, made on Thursday, replaced an Angolan offer that lapsed last year."])
truce(False, "Jordan", ["Egypt proposed the truce on Monday, after a plan by Jordan was rejected last year."])
truce(False, "Switzerland", ["The UN proposed a humanitarian pause on Tuesday, to replace a Swiss initiative from 2025 that both sides ignored."])
truce(False, "Nigeria", ["Ghana's truce plan, floated on Monday, would replace the one Nigeria offered last year."])
truce(False, "Qatar", ["Egypt proposed a new truce on Monday.", "A ceasefire brokered by Qatar last November took hold for only a week."])
truce(False, "Qatar", ["A ceasefire brokered by Qatar last November took hold."], status="in_effect")  # a broker is not the proposer (DECISIONS)
truce(False, "Turkey", ["Egypt's truce plan, presented on Monday, replaced one floated by Turkey last year."])
truce(False, "Oman", ["Qatar unveiled a ceasefire plan on Sunday, superseding Oman's plan of last year."])
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
