# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 30's review rvl30 (``grounding_rvl30.jsonl``) of left30's rules:
a place after an opening that names the summit a meeting comes ahead of
(``occasions/ahead_openings.py``), a place that hosts the meeting past an aside recalling an
earlier one (``occasions/host_subjects.py``), a count dated "last year" (``count_occasions``,
``occasions/count_times.py``), a replaced plan's proposer (``sides/replaced_plans.py``). By
category, each with what must pass and what must fail:

- ``rl-occasion-place``: kept, the side meeting's place after an opening of another shape (a
  dateline before it, "In the lead-up to", a place given as "hosted" by the city itself, a
  meeting in "the Azerbaijani capital, Baku"), the host of this meeting past an aside set off by
  dashes or told with a pronoun object ("will host them again"); refused, the summit's place
  in a long opening or with the side meeting's place not after "in"/"at", a host of another
  event ("will host the OPEC meeting"), a host that only would host, the prior meeting's place;
- ``rl-dated-count``: kept, a count of "two years ago", "the previous year", "last year's
  toll" dated so by ``as_of``; refused, a count whose ``as_of`` or ``what`` names the marker's
  words by accident ("last month" for "last year", "the current year"), the other number of a
  "last year ... up from ... in 2024" clause given the clause's other year;
- ``rl-proposer``: kept, the new plan's proposer told after "replace" with no "by" before it
  ("A truce that will replace the expired one was proposed by Egypt"), "instead" as an adverb,
  an active "is replacing"; refused, a replaced plan told by other verbs ("supplants",
  "displaced", "in lieu of") or further than eight words on, the new plan's proposer given for
  the replaced one, "not Turkey".

Articles are dated 2026-03-10 unless a case gives its own date (a January story).
Run ``python tests/data/make_rvl30_cases.py`` to rebuild it. The texts are written for this
set; each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from occasion_facts import event_count, meeting_place, truce_proposer
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_rvl30.jsonl")
PLACE, COUNT, PROPOSER = "rl-occasion-place", "rl-dated-count", "rl-proposer"
PUBLISHED = "2026-03-10"

built = SupportCases(
    "rvl30",
    leads=[
        "By Tomasz Wierzbicki, Baltic Bureau",
        "THE HARBOUR GAZETTE - World",
        "Analysis | Meridian Review",
        "Reporting by Chidi Okafor; editing by Lena Voss",
        "WORLD BRIEFING",
    ],
)


def _article(published: str) -> dict[str, Any]:
    return {**ARTICLE, "published": published}


def summit(
    expect: bool, place: str, meeting: tuple[str, str, str, str], evidence: list[str],
    own: str = "", lead: str | None = None,
) -> None:  # fmt: skip
    """A meeting of ``meeting`` (two parties, status, day) at ``place``, backed by
    ``evidence``; ``own`` is a paragraph of the page the evidence does not quote."""
    facts = meeting_place(_article(PUBLISHED), place, meeting, evidence)
    text = built.page(own, *evidence, lead=lead)
    why = f"place {place}: " + ("this meeting's" if expect else "another occasion's")
    built.add(PLACE, expect, why, text, facts, "summits[0].planned_location")


def count(
    expect: bool, what: str, value: float, evidence: list[str], as_of: str | None = None,
    published: str = PUBLISHED,
) -> None:  # fmt: skip
    """An event's count of ``what`` (as of ``as_of``), backed by ``evidence``."""
    facts = event_count(_article(published), what, value, evidence, as_of)
    text = built.page(*evidence)
    when = f" as of {as_of}" if as_of else ""
    why = f"{what} {value:g}{when} (story of {published}): " + (
        "dated as the page dates it" if expect else "another time's count"
    )
    built.add(COUNT, expect, why, text, facts, "events[0].counts[0].value")


def truce(
    expect: bool, proposer: str, evidence: list[str], status: str = "proposed",
    starts: str | None = None,
) -> None:  # fmt: skip
    """A truce proposed by ``proposer`` with ``status``, backed by ``evidence``."""
    facts = truce_proposer(_article(PUBLISHED), proposer, status, evidence, starts=starts)
    text = built.page(*evidence)
    why = f"proposer {proposer} ({status}): " + ("this truce's" if expect else "another plan's")
    built.add(PROPOSER, expect, why, text, facts, "ceasefires[0].proposer")


# One case a line, as the other sets write them.
# fmt: off
# --- rl-occasion-place: kept -----------------------------------------------------------------
summit(True, "Warsaw", ("Poland", "Ukraine", "held", "Monday"), ["Ahead of the EU summit in Brussels, the Polish and Ukrainian presidents held talks in Warsaw on Monday."], lead="WARSAW (Baltic Wire) -")
summit(True, "Tokyo", ("Japan", "Canada", "held", "Sunday"), ["In the lead-up to the G7 summit in Hiroshima, the Japanese and Canadian prime ministers held talks in Tokyo on Sunday."])
summit(True, "London", ("United Kingdom", "India", "held", "Wednesday"), ["Ahead of the Commonwealth heads of government meeting in Kigali, the British and Indian prime ministers met in London on Wednesday."])
summit(True, "Manila", ("Japan", "Philippines", "held", "Friday"), ["Just before the ASEAN summit in Vientiane, the Japanese and Philippine foreign ministers sat down for talks on Friday in Manila."])
summit(True, "Woodside", ("United States", "China", "scheduled", "Wednesday"), ["Ahead of their summit in Woodside on Wednesday, the American and Chinese trade chiefs met in San Francisco."])
summit(True, "Vienna", ("Iran", "United States", "scheduled", "next week"), ["Vienna \u2014 which hosted the talks between Iran and the United States last year \u2014 will host the new round next week."])
summit(True, "Istanbul", ("Russia", "Ukraine", "scheduled", "Monday"), ["Last year's host city, Istanbul, will also stage Monday's talks between Russia and Ukraine."])
summit(True, "Geneva", ("Armenia", "Azerbaijan", "scheduled", "Thursday"), ["Geneva, which hosted the first round in 2023, is hosting the second round between Armenia and Azerbaijan on Thursday."])
summit(True, "Oslo", ("Colombia", "ELN", "scheduled", "next month"), ["Oslo, where the first round was held in 2024, is due to host the next round of talks between Colombia and the ELN next month."])
summit(True, "Muscat", ("Iran", "United States", "held", "Saturday"), ["Muscat, which hosted the previous round in April, hosted the latest talks between Iran and the United States on Saturday."])
summit(True, "Doha", ("Israel", "Hamas", "scheduled", "Sunday"), ["Doha, the venue of last year's talks, will again host the negotiations between Israel and Hamas on Sunday."])
# --- rl-occasion-place: refused --------------------------------------------------------------
summit(False, "Astana", ("Turkey", "Azerbaijan", "held", "Tuesday"), ["Ahead of the summit in Astana, Baku hosted the Turkish and Azerbaijani presidents for talks on Tuesday."])
summit(False, "Tianjin", ("India", "Russia", "held", "Friday"), ["Ahead of the annual summit of the Shanghai Cooperation Organisation in Tianjin at the end of the month, the Indian and Russian foreign ministers held talks in Moscow on Friday."])
summit(False, "Vientiane", ("Japan", "Philippines", "held", "Friday"), ["Just before the ASEAN summit in Vientiane, the Japanese and Philippine foreign ministers sat down for talks on Friday in Manila."])
summit(False, "Hiroshima", ("Japan", "Canada", "held", "Sunday"), ["In the lead-up to the G7 summit in Hiroshima, the Japanese and Canadian prime ministers held talks in Tokyo on Sunday."])
summit(False, "Kigali", ("United Kingdom", "India", "held", "Wednesday"), ["Ahead of the Commonwealth heads of government meeting in Kigali, the British and Indian prime ministers met in London on Wednesday."])
summit(False, "Brussels", ("Poland", "Ukraine", "held", "Monday"), ["Ahead of the EU summit in Brussels, the Polish and Ukrainian presidents held talks in Warsaw on Monday."], lead="WARSAW (Baltic Wire) -")
summit(False, "San Francisco", ("United States", "China", "scheduled", "Wednesday"), ["Ahead of their summit in Woodside on Wednesday, the American and Chinese trade chiefs met in San Francisco."])
summit(False, "Vienna", ("Iran", "United States", "scheduled", "next week"), ["Vienna, which hosted the talks between Iran and the United States last year, will host the OPEC ministers' meeting next week; the new round of talks moves to Muscat."])
summit(False, "Geneva", ("Armenia", "Azerbaijan", "scheduled", "Thursday"), ["Geneva, which hosted the Armenian and Azerbaijani delegations in 2023, will host the talks between Serbia and Kosovo next month; the Armenia-Azerbaijan round opens in Almaty on Thursday."])
summit(False, "Vienna", ("Iran", "United States", "scheduled", "next week"), ["Vienna, which hosted last year's round, would host the talks again only if Tehran agreed; both sides now favour Muscat for next week's round."])
summit(False, "Oslo", ("Colombia", "ELN", "scheduled", "next month"), ["Oslo, where the first round was held in 2024, is no longer due to host the talks between Colombia and the ELN; next month's round will be in Havana."])
summit(False, "Muscat", ("Iran", "United States", "held", "Saturday"), ["Muscat, which hosted the previous round in April, hosted a Gulf security conference last week; the latest talks between Iran and the United States were held in Rome on Saturday."])
summit(False, "Doha", ("Israel", "Hamas", "scheduled", "Sunday"), ["Doha, the venue of last year's talks, had hoped to host the negotiations between Israel and Hamas again; Cairo will stage them on Sunday."])

# --- rl-dated-count: kept --------------------------------------------------------------------
count(True, "migrants died", 5200, ["Two years ago, 5,200 migrants died on the route, the agency said.", "So far this year 700 have died."], as_of="2024")
count(True, "migrants died", 4100, ["In 2025, 4,100 migrants died on the route; the previous year, 3,200 died.", "So far this year 700 have died."], as_of="2025")
count(True, "deaths from measles", 310, ["Last year's toll from measles was 310 deaths, the health ministry said.", "Since January 45 people have died."], as_of="2025")
count(True, "migrants died", 4100, ["Last year, 4,100 migrants died crossing the sea.", "In the first days of this year, 12 more have died."], as_of="2025", published="2026-01-06")
count(True, "homes destroyed", 2900, ["Floods destroyed 2,900 homes in the province last year, officials said.", "This year 800 homes have been lost."], as_of="2025-12-31")
count(True, "migrants died", 3200, ["Last year, 4,100 migrants died on the route, up from 3,200 in 2024.", "So far this year 700 have died."], as_of="2024")
count(True, "asylum claims", 84000, ["Britain received 84,000 asylum claims last year, the Home Office said.", "Some 19,000 claims have been lodged since January."], as_of="December 2025")
count(True, "tourists visited", 640000, ["A year ago, 640,000 tourists visited the islands; the board expects fewer this season.", "So far this year 90,000 tourists have come."], as_of="2025")
count(True, "elephants counted", 1800, ["Rangers counted 1,800 elephants in the park three years ago.", "This year's count found 2,100."], as_of="2023")
count(True, "people made homeless", 2100, ["The storm left 2,100 people homeless a year ago, the council said.", "This year 600 people have lost their homes."], as_of="2025")
count(True, "voters registered", 73000, ["Four years ago, 73,000 voters registered in the district; so far this year 51,000 voters have."], as_of="2022")
# --- rl-dated-count: refused -----------------------------------------------------------------
count(False, "migrants died", 4100, ["Last year, 4,100 migrants died crossing the sea.", "So far this year, 700 have died."], as_of="last month")
count(False, "migrants died in the current year", 4100, ["Last year, 4,100 migrants died crossing the sea.", "So far this year, 700 have died."])
count(False, "migrants died", 3200, ["Last year, 4,100 migrants died on the route, up from 3,200 in 2024.", "So far this year 700 have died."], as_of="2025")
count(False, "migrants died", 3200, ["In 2025, 4,100 migrants died on the route; the previous year, 3,200 died.", "So far this year 700 have died."], as_of="2025")
count(False, "migrants died", 5200, ["Two years ago, 5,200 migrants died on the route, the agency said.", "So far this year 700 have died."], as_of="2025")
count(False, "deaths from measles", 310, ["Last year's toll from measles was 310 deaths, the health ministry said.", "Since January 45 people have died."], as_of="2026")
count(False, "migrants died", 4100, ["Last year, 4,100 migrants died crossing the sea.", "In the first days of this year, 12 more have died."], as_of="2026", published="2026-01-06")
count(False, "migrants died", 3200, ["Figures for the year just ended show 4,100 migrants died in 2025.", "The year before, 3,200 died, and so far this year 15 have died."], as_of="2025", published="2026-01-05")
count(False, "tourists visited in the past month", 640000, ["A year ago, 640,000 tourists visited the islands; the board expects fewer this season.", "So far this year 90,000 tourists have come."])
count(False, "homes destroyed in the last week", 2900, ["Floods destroyed 2,900 homes in the province last year, officials said.", "This year 800 homes have been lost."])

# --- rl-proposer: kept -----------------------------------------------------------------------
truce(True, "Egypt", ["A 60-day truce that will replace the expired one was proposed by Egypt on Monday."])
truce(True, "Qatar", ["The two sides accepted instead a truce proposed by Qatar on Sunday."])
truce(True, "Egypt", ["A truce proposed by Egypt on Monday is replacing the one that lapsed in January."])
truce(True, "Ghana", ["A truce replacing June's failed one was proposed by Ghana."])
truce(True, "Egypt", ["Turkey's plan was dropped on Monday and replaced with a truce Egypt proposed."])
truce(True, "Kenya", ["Kenya proposed the truce on Thursday to replace a ceasefire that collapsed in May."])
truce(True, "Norway", ["Instead of a permanent settlement, Norway proposed a 90-day pause on Friday."])
truce(True, "Qatar", ["Qatar, which replaced its chief mediator last month, proposed the new truce on Sunday."])
truce(True, "Egypt", ["Egypt's proposal, superseding every earlier draft, was put forward on Monday."])
truce(True, "the African Union", ["The African Union proposed on Tuesday that a truce replace the fighting around the port."])
truce(True, "Turkey", ["Turkey, taking over from Qatar as mediator, proposed the truce on Monday."])
truce(True, "Egypt", ["The plan was not Turkey's: Egypt proposed it on Monday."])
# --- rl-proposer: refused --------------------------------------------------------------------
truce(False, "Turkey", ["Egypt's truce plan, unveiled on Monday, supplants a draft floated by Turkey last year."])
truce(False, "Turkey", ["Egypt's plan, which replaced the one that Turkey had floated in the spring of last year, was unveiled on Monday."])
truce(False, "Oman", ["Qatar proposed a ceasefire on Sunday in lieu of the draft Oman circulated in 2025."])
truce(False, "Turkey", ["Egypt, not Turkey, proposed the truce that took effect on Monday."], status="in_effect", starts="Monday")
truce(False, "Jordan", ["Egypt's truce, tabled on Monday, displaced an older plan drawn up by Jordan."])
truce(False, "Iceland", ["Norway tabled a truce on Friday, taking over from an Icelandic proposal that stalled."])
truce(False, "Turkey", ["The plan Turkey floated last year gave way on Monday to a truce proposed by Egypt."])
truce(False, "Oman", ["A Qatari truce plan, presented on Sunday, stands in for the Omani draft of 2025."])
truce(False, "Angola", ["Kenya offered a ceasefire on Thursday as a substitute for the Angolan proposal that lapsed."])
count(False, "elephants counted", 1800, ["Rangers counted 1,800 elephants in the park three years ago.", "This year's count found 2,100."], as_of="2024")
truce(False, "Turkey", ["Egypt rather than Turkey proposed the truce that began on Monday."], status="in_effect", starts="Monday")
truce(False, "Qatar", ["Turkey, taking over from Qatar as mediator, proposed the truce on Monday."])
truce(False, "Angola", ["Kenya's truce plan is meant to stand in for the one Angola offered last year."])
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
