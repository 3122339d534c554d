# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the numbers30 set (``grounding_numbers30.jsonl``): numbers read in the wrong role or
missed, found by an outside check in session 14, by category, each with what must pass and
what must fail:

- ``party-tally``: a vote's numbers belong to the body that cast them
  (:mod:`summarizer.verification.counts.vote_groups`): a party's, a delegation's or a committee's
  tally ("Democrats split 40-8", "with 31 Republicans in favour", "the committee advanced
  it 15-7") given as a chamber's count, or as the count of a vote the page also gives whole,
  is unsupported; a chamber's score given as one party's count is unsupported; a body's
  size ("Of the 100 senators", "out of 98", "all 435 members took part") given as one side
  of its vote is unsupported. The chamber's own score, a party's own tally given as the
  party's, a page whose only vote is a committee's, "House Republicans passed it 217-215"
  (the chamber's vote) and "all 27 members backed it" keep passing;
- ``old-rate``: a rate in place before the measure ("up from the current 10 percent", "10%
  now", "replacing the existing 12% levy", "which now face a 10 percent duty") given as its
  tariff rate is unsupported (:mod:`summarizer.verification.counts.old_rates`); the new rate passes,
  and so do two rates in place side by side and a measure whose own rate is the current one;
- ``duration-units``: a truce's length in days read from weeks, fortnights and whole days of
  hours ("two weeks" 14, "a fortnight" 14, "a 48-hour truce" 2) passes
  (:mod:`summarizer.verification.counts.durations`); the number as written in another unit (2 for
  "two weeks", 48 for "48 hours"), a wrong conversion, "36 hours" as 1.5 or 2 days, and
  "within two weeks" / "two weeks ago" (when, not how long) are unsupported; "a month" or
  "three months" given as 30 or 90 days is *unconfirmed* (``tier`` cases: no unsupported
  flag; a month is 28 to 31 days and the page does not say which);
- ``list-count``: how many a measure adds to a sanctions list
  (:mod:`summarizer.verification.counts.list_counts`): "adds 45 individuals ... to the blacklist"
  backs 45 people listed; the list's total ("bringing the total to 1,200") is unsupported
  as the number added and passes as the total, the number added is unsupported as the total,
  and people are not entities ("9 entities" is no count of people listed);
- ``truce-kind``: a truce of kind ``humanitarian`` (or another narrower kind) whose evidence
  names a plain truce ("a ceasefire", "a pause in the fighting") with no word of that kind
  draws an *unsupported* flag (``tier`` cases: before, an unconfirmed one); humanitarian
  truces, pauses "to let aid in", "for relief convoys", "to evacuate the wounded" pass as
  before, and a truce the evidence never names ("the guns fell silent") stays unconfirmed.

Run ``python tests/data/make_numbers30_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets and people, or public bodies in invented sentences); each
verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numbers30.jsonl")

built = SupportCases("numbers30")


# Each kind of case has a page of its own: a sentence between a headline and a closing line.
VOTES = "Sanctions bill advances\n\nWASHINGTON (Capitol Wire) - {sentence}\n\nThe White House did not comment.\n"
TARIFFS = "Trade measures\n\n{sentence}\n\nMarkets barely moved on the news.\n"
TRUCES = "Truce holds\n\nNICOSIA (Levant Courier) - {sentence}\n\nBoth sides traded accusations.\n"
LISTS = "New sanctions listings\n\nBRUSSELS (Eurodesk) - {sentence}\n\nThe listings take effect on publication.\n"
vote = partial(built.counted, "party-tally", text=VOTES)
rate = partial(built.tariff, "old-rate", text=TARIFFS)
length = partial(built.length, "duration-units", text=TRUCES)
listed = partial(built.counted, "list-count", instrument="bloc_package", text=LISTS)


def kind(expect: bool, evidence: list[str], value: str, why: str, check: str = "support") -> None:
    """A truce of kind ``value`` backed by ``evidence``. ``check`` "tier": a must-fail case must
    draw an *unsupported* flag (an unconfirmed one was the verdict before), a must-pass case
    none (an unconfirmed one, for a truce the evidence never names, stays)."""
    text = (
        "Fighting pauses\n\nAMMAN (Desert Post) - " + " ".join(evidence) + "\n\nMore to follow.\n"
    )
    fact = {"kind": value, "evidence": evidence}
    built.add(
        "truce-kind", expect, f"kind {value}: {why}", text, {"ceasefires": [fact]},
        "ceasefires[0].kind", check=check,
    )  # fmt: skip


# fmt: off
# --- party-tally -------------------------------------------------------------------------
SPLIT = "Senators approved the Baltic shipping sanctions bill 71-26 on Tuesday; Democrats split 40-8 on it."
WITH = "The House passed the measure 318-102, with Republicans voting 201-12 in favour."
SECOND = "The Senate cleared the package by 77 votes to 21, and the Republican conference backed it 44 to 6."
COMMITTEE = "The full Senate voted 68-30 for the bill weeks after the Banking Committee had advanced it 19-4."
OWN_NOUNS = "The resolution carried 252-177, with 29 Democrats joining 223 Republicans in support."
SIZE = "Of the 100 senators, 64 backed the measure and 33 opposed it."
OUT_OF = "The tariff bill won 58 votes out of the 97 cast in the upper chamber."
ALL = "All 435 House members were present; 388 voted yes and 44 voted no."
LABOUR = "MPs approved the sanctions order by 341 votes to 165, the Labour bench splitting 150 to 12."
PANEL = "The Foreign Affairs Committee approved the bill in a 31-14 vote on Wednesday."
PASSED = "House Republicans passed the bill 217-215 after a night of arm-twisting."
UNANIMOUS = "All 27 member states backed the package at Friday's meeting of envoys."
vote(True, SPLIT, "Senate votes in favour", 71, "the chamber's score")
vote(True, SPLIT, "votes against", 26, "the chamber's no votes")
vote(True, WITH, "House votes in favour", 318, "the chamber's score")
vote(True, WITH, "Republican votes in favour", 201, "the party's own tally, as the party's")
vote(True, SECOND, "Senate votes against", 21, "the chamber's score")
vote(True, COMMITTEE, "committee votes in favour", 19, "the committee's own tally")
vote(True, COMMITTEE, "Senate votes in favour", 68, "the full Senate's score")
vote(True, OWN_NOUNS, "votes in favour", 252, "the whole vote")
vote(True, SIZE, "senators voting in favour", 64, "the yes side")
vote(True, LABOUR, "votes against", 165, "the Commons' no votes")
vote(True, PANEL, "votes in favour", 31, "the page's only vote is the committee's")
vote(True, PASSED, "House votes in favour", 217, "a party that passed it carries the chamber's vote")
vote(True, UNANIMOUS, "member states supporting", 27, "all 27 backed it: the whole is the yes side")
vote(False, SPLIT, "Senate votes in favour", 40, "the Democrats' tally (unsupported)")
vote(False, SPLIT, "votes against", 8, "the Democrats' no votes (unsupported)")
vote(False, WITH, "House votes in favour", 201, "the Republicans' tally (unsupported)")
vote(False, WITH, "votes against", 12, "the Republicans' no votes, beside a whole vote (unsupported)")
vote(False, SECOND, "Senate votes in favour", 44, "the conference's tally (unsupported)")
vote(False, COMMITTEE, "Senate votes against", 4, "the committee's no votes (unsupported)")
vote(False, OWN_NOUNS, "votes in favour", 223, "the Republicans among the yes votes (unsupported)")
vote(False, SIZE, "senators voting in favour", 100, "the Senate's size (unsupported)")
vote(False, OUT_OF, "senators backing the bill", 97, "the votes cast, not the yes side (unsupported)")
vote(False, ALL, "House votes in favour", 435, "the members present (unsupported)")
vote(False, LABOUR, "Commons votes in favour", 150, "the Labour bench's tally (unsupported)")
vote(False, SPLIT, "Democratic votes in favour", 71, "the whole Senate's score, not the party's (unsupported)")
vote(False, PASSED, "Republican votes in favour", 217, "the whole House's score (unsupported)")

# --- old-rate ----------------------------------------------------------------------------
UP_FROM = "The bill would lift the duty on Chinese solar panels to 35 percent, up from the current 10 percent."
NOW = "Under the draft, the levy on imported steel climbs to 40% from 15% now."
REPLACING = "The order imposes a 25 per cent tariff on aluminium, replacing the existing 12 per cent levy."
WHICH_NOW = "Cars from the bloc, which now face a 10 percent duty, would be taxed at 50 percent under the proposal."
OF_RATE = "The current tariff of 15 percent on Indian shrimp would rise to 40 percent if the measure passes."
CURRENTLY = "The duty on fertiliser, currently 20%, will be raised to 60% on Monday."
ON_TOP = "The plan would add a 30 percent tariff on top of the existing 7.5 percent duty."
REPLACES = "The new 45% levy replaces a 20% tariff that has been in place since 2019."
TODAYS = "Lawmakers want to triple the tariff to 75 percent from today's 25 percent."
AT_TODAY = "At 25 percent today, the duty on Vietnamese textiles would climb to 50 percent."
SIDE_BY_SIDE = "The current 25% duty applies to finished cars and a 10% duty to parts."
STAYS = "The existing 25 percent tariff on steel will remain in force under the deal."
AFTER_RISE = "Tariffs on the goods are now 35 percent, up from 10 percent a year ago."
rate(True, UP_FROM, 35, "the new rate")
rate(True, NOW, 40, "the new rate")
rate(True, REPLACING, 25, "the new rate")
rate(True, WHICH_NOW, 50, "the new rate")
rate(True, OF_RATE, 40, "the new rate")
rate(True, CURRENTLY, 60, "the new rate")
rate(True, ON_TOP, 30, "the new rate")
rate(True, REPLACES, 45, "the new rate")
rate(True, TODAYS, 75, "the new rate")
rate(True, AT_TODAY, 50, "the new rate")
rate(True, SIDE_BY_SIDE, 25, "two rates in place, no change: the measure's own")
rate(True, STAYS, 25, "the measure's own rate is the existing one")
rate(True, AFTER_RISE, 35, "'now' after the rise is the new rate")
rate(False, UP_FROM, 10, "the current rate (unsupported)")
rate(False, NOW, 15, "the rate now (unsupported)")
rate(False, REPLACING, 12, "the levy it replaces (unsupported)")
rate(False, WHICH_NOW, 10, "the duty they now face (unsupported)")
rate(False, OF_RATE, 15, "the current tariff (unsupported)")
rate(False, CURRENTLY, 20, "the rate currently (unsupported)")
rate(False, ON_TOP, 7.5, "the existing duty (unsupported)")
rate(False, REPLACES, 20, "the tariff it replaces (unsupported)")
rate(False, TODAYS, 25, "today's rate (unsupported)")
rate(False, AT_TODAY, 25, "the rate today (unsupported)")
rate(False, AFTER_RISE, 10, "the earlier rate (unsupported)")

# --- duration-units ----------------------------------------------------------------------
TWO_WEEKS = "The pause is due to last two weeks, the mediators said."
FORTNIGHT = "Both militias agreed to halt all attacks for a fortnight."
THREE_WEEKS = "The ceasefire is meant to run for three weeks while talks continue."
HOURS_COMPOUND = "Army chiefs announced a 48-hour ceasefire around the port."
HOURS = "The truce will last 72 hours, the ministry said."
WEEK_LONG = "A week-long truce took hold across the valley on Saturday."
TWO_WEEK = "Envoys brokered a two-week truce in the northern districts."
SIX_WEEKS = "Under the accord, the halt in strikes will last six weeks."
ONE_WEEK = "The rebels said the truce would last one week."
THIRTY_SIX = "The truce is to last 36 hours from dawn on Friday."
WITHIN = "Talks on a new truce are to resume within two weeks."
AGO = "The truce collapsed two weeks ago after an ambush near the border."
ABOUT = "The truce should hold for about a fortnight, diplomats said."
MONTH = "The ceasefire will last a month, according to the draft."
MONTHS = "The sides agreed to a truce lasting three months."
length(True, TWO_WEEKS, 14, "two weeks")
length(True, FORTNIGHT, 14, "a fortnight")
length(True, THREE_WEEKS, 21, "three weeks")
length(True, HOURS_COMPOUND, 2, "a 48-hour ceasefire")
length(True, HOURS, 3, "72 hours")
length(True, WEEK_LONG, 7, "a week-long truce")
length(True, TWO_WEEK, 14, "a two-week truce")
length(True, SIX_WEEKS, 42, "six weeks")
length(True, ONE_WEEK, 7, "one week")
length(True, MONTH, 30, "a month: unconfirmed, no unsupported flag", check="tier")
length(True, MONTHS, 90, "three months: unconfirmed, no unsupported flag", check="tier")
length(True, ABOUT, 14, "about a fortnight", qualifier="about")
length(False, TWO_WEEKS, 2, "the number of weeks, not days (unsupported)")
length(False, FORTNIGHT, 2, "no 2 in a fortnight (unsupported)")
length(False, THREE_WEEKS, 3, "the number of weeks (unsupported)")
length(False, HOURS_COMPOUND, 48, "hours, not days (unsupported)")
length(False, HOURS, 72, "hours, not days (unsupported)")
length(False, SIX_WEEKS, 40, "a wrong conversion (unsupported)")
length(False, THIRTY_SIX, 1.5, "36 hours is no whole number of days (unsupported)")
length(False, THIRTY_SIX, 2, "36 hours is not two days (unsupported)")
length(False, WITHIN, 14, "when talks resume, not how long (unsupported)")
length(False, AGO, 14, "when it collapsed, not how long (unsupported)")
length(False, MONTH, 30, "a month is no stated day count (unconfirmed)")
length(False, MONTH, 1, "one month is not one day (unsupported)")
length(False, MONTHS, 3, "the number of months (unsupported)")

# --- list-count --------------------------------------------------------------------------
ADDS = "The package adds 45 individuals and 9 entities to the blacklist, bringing the total to 1,200."
DESIGNATED = "Treasury designated 12 shipping companies on Thursday, raising the number of sanctioned firms to 340."
MORE = "The latest round names 30 more people, taking the list to 1,950 names."
VESSELS = "Ministers added 11 vessels to the shadow fleet list, which now counts 342 ships."
IN_TOTAL = "Another 18 oligarchs were blacklisted, leaving 2,100 individuals and entities under the bloc's sanctions in total."
listed(True, ADDS, "people listed", 45, "the people added")
listed(True, ADDS, "individuals sanctioned", 45, "the individuals added")
listed(True, ADDS, "entities listed", 9, "the entities added")
listed(True, ADDS, "total individuals and entities listed", 1200, "the total")
listed(True, DESIGNATED, "companies designated", 12, "the companies added")
listed(True, DESIGNATED, "sanctioned firms in total", 340, "the total")
listed(True, MORE, "people listed", 30, "the people added")
listed(True, MORE, "names on the list", 1950, "the list's size")
listed(True, VESSELS, "vessels listed", 11, "the vessels added")
listed(True, VESSELS, "ships on the list", 342, "the list's size")
listed(True, IN_TOTAL, "oligarchs blacklisted", 18, "the oligarchs added")
listed(False, ADDS, "people listed", 1200, "the list's total (unsupported)")
listed(False, ADDS, "individuals sanctioned", 1200, "the list's total (unsupported)")
listed(False, ADDS, "people listed", 9, "the entities, not people (unsupported)")
listed(False, ADDS, "entities listed", 45, "the people, not entities (unsupported)")
listed(False, ADDS, "total number listed", 45, "the people added, not the total (unsupported)")
listed(False, DESIGNATED, "companies designated", 340, "the total (unsupported)")
listed(False, MORE, "people listed", 1950, "the list's size (unsupported)")
listed(False, MORE, "total names on the list", 30, "the number added (unsupported)")
listed(False, VESSELS, "vessels listed", 342, "the list's size (unsupported)")
listed(False, VESSELS, "ships on the list", 11, "the number added (unsupported)")
listed(False, IN_TOTAL, "oligarchs blacklisted", 2100, "the total under sanctions (unsupported)")

# --- truce-kind --------------------------------------------------------------------------
H = "humanitarian"
kind(True, ["The army and the rebels agreed to a humanitarian pause on Monday."], H, "a humanitarian pause")
kind(True, ["Both sides observed a four-hour pause to let aid in."], H, "a pause to let aid in")
kind(True, ["Mediators secured a six-hour truce for aid to reach the besieged town."], H, "a truce for aid to reach")
kind(True, ["The truce was meant to allow the evacuation of the wounded."], H, "evacuation of the wounded")
kind(True, ["A lull in the shelling let relief convoys reach the camp."], H, "relief convoys")
kind(True, ["The warring parties declared a humanitarian ceasefire for the holiday."], H, "a humanitarian ceasefire")
kind(True, ["The guns fell silent at midnight."], H, "no truce noun: unread, stays unconfirmed", "tier")
kind(True, ["Fighting eased on Sunday, residents said."], H, "no truce noun: unread, stays unconfirmed", "tier")
kind(True, ["The army announced a daily tactical pause along the road to allow more aid into the enclave."], H, "a pause to allow aid")
kind(True, ["The ceasefire let aid trucks into the city on Sunday."], H, "aid let in by the truce, as before")
kind(True, ["Under the deal, the truce opens a corridor for civilians to leave."], H, "a corridor for civilians")
kind(False, ["The warring sides agreed to a ceasefire on Sunday."], H, "a plain ceasefire (unsupported)", "tier")
kind(False, ["Fighting stopped at dawn under a truce brokered by Qatar."], H, "a plain truce (unsupported)", "tier")
kind(False, ["Both armies agreed to a three-day pause in the fighting."], H, "a pause in the fighting (unsupported)", "tier")
kind(False, ["The guns fell silent at midnight as the truce began."], H, "a plain truce (unsupported)", "tier")
kind(False, ["The two governments signed an armistice in Geneva."], H, "an armistice (unsupported)", "tier")
kind(False, ["Commanders on both sides said the ceasefire was holding."], H, "a ceasefire holding (unsupported)", "tier")
kind(False, ["The rebels accepted a halt to hostilities, the statement said."], H, "a halt to hostilities (unsupported)", "tier")
kind(False, ["Kyiv and Moscow agreed to a ceasefire on energy sites."], H, "an energy ceasefire (unsupported)", "tier")
kind(False, ["The truce between the clans took effect at noon."], H, "a plain truce (unsupported)", "tier")
kind(False, ["The militia announced a unilateral ceasefire late on Friday."], "sea", "no sea wording (unsupported)", "tier")
kind(False, ["The ceasefire, agreed after weeks of talks, began at 6 a.m."], H, "a plain ceasefire (unsupported)", "tier")

# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
