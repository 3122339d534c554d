# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the statuses-36 set (``grounding_statuses36.jsonl``): meeting statuses, days and places
read wrongly (an outside check, session 16). Each case says in its why which strength a
refusal has (see ``support_sets.SupportCases.graded``): *unsupported* (the evidence states
another value) or *unconfirmed* (the words are there, their role unread, or two readings
stand). By category:

- ``negated-schedule``: a meeting whose schedule is negated or past ("will not take place as
  scheduled", "will not go ahead as planned", "is no longer set for Friday", "had been set
  for March 3 but", "was scheduled for Thursday before it was called off", "set for" beside
  a cancellation word) is not ``scheduled`` (fail, unsupported); "will not go ahead as
  scheduled" alone says neither postponed nor cancelled (fail, unconfirmed), unless the text
  says which ("has been postponed to", "was cancelled": pass); plain "is scheduled for",
  "will go ahead as planned", "remains set for", "is still on for", a negated cancellation
  and another thing's cancellation near the plan pass ``scheduled``;
- ``said-clause-day``: the day of a meeting in a clause after a verb of saying ("X said on
  Monday that talks would be held Thursday", "announced Tuesday the summit will open on
  Friday", "told reporters Sunday the leaders met Saturday") and the saying after the
  clause ("..., the envoy said on Saturday"): the meeting's day passes, the saying's day
  fails (unsupported); a saying on the meeting's own day, and a day with no saying, pass;
- ``moved-place``: a meeting moved from one place to another ("first planned for Sydney,
  will now be held in Hiroshima", "relocated to Japan", "moved from X to Y", "switched
  venues to"): the new place passes, the old one fails (moved from: unsupported; an old
  plan's place in a sentence that moves the meeting: unconfirmed); a meeting planned in a place in a
  verb that is no meeting word the rules knew ("will connect in Japan", "catch up in",
  "see each other on the sidelines in"): the place and a planned status (``scheduled``)
  pass, ``held`` fails unless the text says it happened ("caught up in Japan last week");
- ``other-occasion-number``: a number of days of another occasion near the fact: a fast, a
  mourning period, a festival, an earlier truce or an earlier round ("the 40-day Lenten
  fast", "after a 40-day mourning period", "half the length of the 28-day truce of 2023",
  "the 2019 summit lasted two days") is not the truce's length nor the talks' days (fail,
  unsupported); the fact's own number in the same sentences passes.

Run ``python tests/data/make_statuses36_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, public figures in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import STRONG, SUPPORTED, WEAK, SupportCases

OUT = Path(__file__).with_name("grounding_statuses36.jsonl")

LEADS = [
    "NAIROBI, May 12 (Rift Valley Wire) -",
    "The Meridian Ledger | World",
    "LIVE | Updates from our correspondents",
    "Harbourside Courier - Diplomacy",
    "ANALYSIS | Yuki Tanabe on a busy week for envoys",
    "From a radio bulletin, translated by our desk.",
    "BRIEFING: what we know tonight",
    "Prairie Evening Standard | Foreign desk",
]


built = SupportCases("st36", LEADS, closing="This story has been updated.")


def article(*sentences: str) -> str:
    """The sentences as one paragraph of the set's page."""
    return built.page(" ".join(sentences))


def summit(category: str, parties: list[str], path: str, value: str, sentences: list[str],
           expect: bool, strength: str, why: str, status: str | None = None) -> None:  # fmt: skip
    """A meeting of ``parties`` whose ``path`` field holds ``value`` (a status, a place or a
    day), evidenced by ``sentences``; ``status`` is its status when the value is another
    field's."""
    fact: dict[str, Any] = {"parties": parties, "status": status, "evidence": sentences}
    fact[path] = value
    built.graded(category, expect, strength, f"summit {path} {value}: {why}",
                 article(*sentences), {"summits": [fact]}, f"summits[0].{path}")  # fmt: skip


def truce_days(category: str, value: float, sentences: list[str], expect: bool, strength: str,
               why: str) -> None:  # fmt: skip
    """A truce of ``value`` days."""
    fact = {"duration_days": {"value": value, "qualifier": "exact"}, "evidence": sentences}
    built.graded(category, expect, strength, f"truce of {value:g} days: {why}",
                 article(*sentences), {"ceasefires": [fact]}, "ceasefires[0].duration_days")  # fmt: skip


def talk_days(category: str, what: str, value: float, sentences: list[str], expect: bool,
              strength: str, why: str) -> None:  # fmt: skip
    """Talks counted as ``value`` of ``what`` ("days of talks")."""
    event = {"description": "the talks", "evidence": sentences,
             "counts": [{"what": what, "value": {"value": value, "qualifier": "exact"}}]}  # fmt: skip
    built.graded(category, expect, strength, f"{what} = {value:g}: {why}", article(*sentences),
                 {"events": [event]}, "events[0].counts[0].value")  # fmt: skip


# fmt: off
# ---------------------------------------------------------------- negated-schedule
N = "negated-schedule"
s = ["The summit between Ruto and Museveni will not take place as scheduled, State House said on Friday."]
summit(N, ["Ruto", "Museveni"], "status", "scheduled", s, False, STRONG, "will not take place as scheduled")
summit(N, ["Ruto", "Museveni"], "status", "postponed", s, False, WEAK, "not as scheduled: says neither postponed nor cancelled")
summit(N, ["Ruto", "Museveni"], "status", "cancelled", s, False, WEAK, "not as scheduled: says neither postponed nor cancelled")
s = ["Talks between Rubio and Lavrov will not go ahead as planned, a State Department spokeswoman said."]
summit(N, ["Rubio", "Lavrov"], "status", "scheduled", s, False, STRONG, "will not go ahead as planned")
summit(N, ["Rubio", "Lavrov"], "status", "postponed", s, False, WEAK, "not as planned: which is not said")
s = ["The Lee-Ishiba meeting is no longer set for Friday, officials in Seoul said."]
summit(N, ["Lee", "Ishiba"], "status", "scheduled", s, False, STRONG, "is no longer set for Friday")
s = ["The meeting between Modi and Sharif had been set for March 3 but was called off after the border clash."]
summit(N, ["Modi", "Sharif"], "status", "scheduled", s, False, STRONG, "had been set for March 3 but called off")
summit(N, ["Modi", "Sharif"], "status", "cancelled", s, True, SUPPORTED, "was called off")
s = ["A round of talks between Witkoff and Araghchi was scheduled for Thursday before it was called off by Tehran."]
summit(N, ["Witkoff", "Araghchi"], "status", "scheduled", s, False, STRONG, "was scheduled for Thursday before it was called off")
summit(N, ["Witkoff", "Araghchi"], "status", "cancelled", s, True, SUPPORTED, "it was called off")
s = ["The Macron-Tebboune summit will not go ahead as scheduled and has been postponed to June, the Elysee said."]
summit(N, ["Macron", "Tebboune"], "status", "scheduled", s, False, STRONG, "not as scheduled, postponed to June")
summit(N, ["Macron", "Tebboune"], "status", "postponed", s, True, SUPPORTED, "has been postponed to June")
s = ["The Lula-Milei meeting, set for next Tuesday in Montevideo, was cancelled on Sunday."]
summit(N, ["Lula", "Milei"], "status", "scheduled", s, False, STRONG, "'set for' beside a cancellation: the old plan")
summit(N, ["Lula", "Milei"], "status", "cancelled", s, True, SUPPORTED, "was cancelled")
s = ["Vucic and Kurti will no longer meet on Tuesday as planned, the EU envoy told reporters."]
summit(N, ["Vucic", "Kurti"], "status", "scheduled", s, False, STRONG, "will no longer meet as planned")
s = ["The Albanese-Luxon talks, which had been slated for Wellington on Friday, have been scrapped."]
summit(N, ["Albanese", "Luxon"], "status", "scheduled", s, False, STRONG, "had been slated for, scrapped")
summit(N, ["Albanese", "Luxon"], "status", "cancelled", s, True, SUPPORTED, "have been scrapped")
s = ["Erdogan's talks with Aliyev, scheduled for Monday in Baku, were postponed indefinitely."]
summit(N, ["Erdogan", "Aliyev"], "status", "scheduled", s, False, STRONG, "'scheduled for' beside a postponement")
summit(N, ["Erdogan", "Aliyev"], "status", "postponed", s, True, SUPPORTED, "were postponed")
s = ["Kremlin aide Yuri Ushakov said the Putin-Tokayev summit would not happen as scheduled on Wednesday."]
summit(N, ["Putin", "Tokayev"], "status", "scheduled", s, False, STRONG, "would not happen as scheduled")
summit(N, ["Putin", "Tokayev"], "status", "cancelled", s, False, WEAK, "not as scheduled: which is not said")
# Pass: the plan stands.
summit(N, ["Ruto", "Museveni"], "status", "scheduled", ["The summit between Ruto and Museveni is scheduled for Friday in Entebbe."], True, SUPPORTED, "plain 'is scheduled for'")
summit(N, ["Rubio", "Lavrov"], "status", "scheduled", ["Talks between Rubio and Lavrov will go ahead as planned on Thursday, the State Department said."], True, SUPPORTED, "will go ahead as planned")
summit(N, ["Lee", "Ishiba"], "status", "scheduled", ["The Lee-Ishiba meeting remains set for Friday despite the storm warnings."], True, SUPPORTED, "remains set for")
summit(N, ["Modi", "Sharif"], "status", "scheduled", ["Modi and Sharif's meeting has not been cancelled and will take place as scheduled on March 3, officials said."], True, SUPPORTED, "has not been cancelled, will take place as scheduled")
summit(N, ["Macron", "Tebboune"], "status", "scheduled", ["The Macron-Tebboune summit will take place as scheduled, the Elysee said, dismissing reports of a delay."], True, SUPPORTED, "will take place as scheduled")
summit(N, ["Lula", "Milei"], "status", "scheduled", ["The Lula-Milei meeting is still set for next Tuesday in Montevideo, although a football match there was cancelled."], True, SUPPORTED, "another thing's cancellation near the plan")
summit(N, ["Vucic", "Kurti"], "status", "scheduled", ["Vucic and Kurti are still scheduled to meet in Brussels on Tuesday, the EU envoy said."], True, SUPPORTED, "are still scheduled to meet")
summit(N, ["Albanese", "Luxon"], "status", "scheduled", ["The Albanese-Luxon talks are on for Friday in Wellington, both offices confirmed."], True, SUPPORTED, "are on for Friday")
summit(N, ["Erdogan", "Aliyev"], "status", "scheduled", ["Erdogan's talks with Aliyev remain scheduled for Monday in Baku, and neither side has asked for a delay."], True, SUPPORTED, "remain scheduled for, no delay asked")
summit(N, ["Putin", "Tokayev"], "status", "scheduled", ["The Putin-Tokayev summit will go ahead as planned on Wednesday, Kremlin aide Yuri Ushakov said."], True, SUPPORTED, "will go ahead as planned, a named aide")
summit(N, ["Witkoff", "Araghchi"], "status", "scheduled", ["A round of talks between Witkoff and Araghchi is set for Thursday in Muscat, an Omani official said."], True, SUPPORTED, "is set for Thursday")

# ---------------------------------------------------------------- said-clause-day
D = "said-clause-day"


def day(parties: list[str], status: str, sentences: list[str], right: str, saying: str | None,
        why: str) -> None:  # fmt: skip
    summit(D, parties, "planned_timing", right, sentences, True, SUPPORTED, f"the meeting's day: {why}", status)
    if saying:
        summit(D, parties, "planned_timing", saying, sentences, False, STRONG, f"the saying's day: {why}", status)


day(["Ruto", "Museveni"], "scheduled", ["Kenyan Foreign Minister Musalia Mudavadi said on Monday that talks between Ruto and Museveni would be held Thursday."], "Thursday", "Monday", "said on Monday that talks would be held Thursday")
day(["Putin", "Tokayev"], "scheduled", ["The Kremlin announced Tuesday the summit between Putin and Tokayev will open on Friday in Astana."], "Friday", "Tuesday", "announced Tuesday the summit will open on Friday")
day(["Trump", "Carney"], "held", ["A White House official told reporters Sunday that Trump and Carney met Saturday at Camp David."], "Saturday", "Sunday", "told reporters Sunday the leaders met Saturday")
day(["Lee", "Ishiba"], "scheduled", ["Seoul's presidential office said Wednesday Lee and Ishiba would meet on Friday in Tokyo."], "Friday", "Wednesday", "said Wednesday X would meet on Friday")
day(["Sisi", "Abbas"], "scheduled", ["Egypt's foreign ministry confirmed on Thursday that Sisi would host Abbas for talks in Cairo on Sunday."], "Sunday", "Thursday", "confirmed on Thursday that ... on Sunday")
day(["Vucic", "Kurti"], "scheduled", ["Talks between Vucic and Kurti will take place on Tuesday in Brussels, the EU's envoy said on Saturday."], "Tuesday", "Saturday", "the saying after the clause")
day(["Albanese", "Luxon"], "held", ["Albanese's office said in a statement on Friday the two prime ministers had met on Wednesday in Canberra."], "Wednesday", "Friday", "said in a statement on Friday ... had met on Wednesday")
day(["Macron", "Merz"], "scheduled", ["Macron told France Inter on Monday he would see Merz in Toulon on Thursday."], "Thursday", "Monday", "told a radio on Monday he would see X on Thursday")
day(["Witkoff", "Araghchi"], "scheduled", ["Iran's foreign ministry spokesman said on Sunday that a new round between Araghchi and Witkoff is set for Tuesday in Muscat."], "Tuesday", "Sunday", "said on Sunday that a round is set for Tuesday")
day(["Erdogan", "Aliyev"], "scheduled", ["Speaking on Saturday, Erdogan said he would meet Aliyev in Baku on Monday."], "Monday", "Saturday", "speaking on Saturday, said he would meet on Monday")
day(["Ramaphosa", "Tinubu"], "held", ["Ramaphosa's spokesman Vincent Magwenya said Thursday that the president met Tinubu on Tuesday in Abuja."], "Tuesday", "Thursday", "said Thursday that the president met X on Tuesday")
day(["Lula", "Petro"], "scheduled", ["Brazil's foreign ministry said on March 3 that Lula and Petro would meet in Leticia on March 10."], "March 10", "March 3", "dates: said on March 3 that ... on March 10")
day(["Xi", "Lee"], "held", ["Xi and Lee met in Gyeongju on Saturday, Chinese state media reported on Sunday."], "Saturday", "Sunday", "the report after the meeting's day")
# Near misses: a saying on the meeting's own day; a day with no saying.
day(["Ruto", "Abiy"], "held", ["Ruto met Abiy in Addis Ababa on Monday, his office said on Monday."], "Monday", None, "the same day for both")
day(["Modi", "Carney"], "held", ["On Friday, Modi and Carney met on the sidelines of the G7 summit in Kananaskis."], "Friday", None, "no saying")
day(["Sanchez", "Meloni"], "scheduled", ["Sanchez will travel to Rome to meet Meloni on Thursday, his office said."], "Thursday", None, "the saying undated")

# ---------------------------------------------------------------- moved-place
M = "moved-place"


def moved(parties: list[str], status: str, sentences: list[str], new: str, old: str, why: str,
          old_strength: str = STRONG) -> None:  # fmt: skip
    summit(M, parties, "planned_location", new, sentences, True, SUPPORTED, f"the new place: {why}", status)
    summit(M, parties, "planned_location", old, sentences, False, old_strength, f"the place given up: {why}", status)


moved(["Albanese", "Ishiba"], "scheduled", ["The summit between Albanese and Ishiba, first planned for Sydney, will now be held in Hiroshima."], "Hiroshima", "Sydney", "first planned for X, will now be held in Y", WEAK)
moved(["Modi", "Albanese"], "scheduled", ["The Quad leaders' meeting of Modi and Albanese has been relocated to Japan from Australia, officials said."], "Japan", "Australia", "relocated to Y from X")
moved(["Araghchi", "Witkoff"], "scheduled", ["The talks between Araghchi and Witkoff were moved from Geneva to Vienna at Tehran's request."], "Vienna", "Geneva", "moved from X to Y")
moved(["Rubio", "Lavrov"], "scheduled", ["Organisers switched venues to Doha for the Rubio-Lavrov talks after the hotel in Riyadh was fully booked."], "Doha", "Riyadh", "switched venues to Y")
moved(["Anwar", "Prabowo"], "scheduled", ["Anwar's meeting with Prabowo, originally slated for Kuala Lumpur, has shifted to Penang."], "Penang", "Kuala Lumpur", "originally slated for X, has shifted to Y", WEAK)
moved(["Ruto", "Abiy"], "scheduled", ["The Ruto-Abiy talks will be held in Arusha rather than Nairobi, the East African Community said."], "Arusha", "Nairobi", "in Y rather than X")
moved(["Vucic", "Kurti"], "scheduled", ["The Vucic-Kurti meeting was transferred from Brussels to Ohrid on Monday."], "Ohrid", "Brussels", "transferred from X to Y")
moved(["Netanyahu", "Sisi"], "scheduled", ["Netanyahu and Sisi will now meet in Sharm el-Sheikh; the talks had been planned for Cairo."], "Sharm el-Sheikh", "Cairo", "will now meet in Y; had been planned for X", WEAK)
moved(["Macron", "Tebboune"], "held", ["Macron and Tebboune met in Oran on Tuesday after the venue was changed from Algiers at the last minute."], "Oran", "Algiers", "held in Y, the venue changed from X")
moved(["Lula", "Milei"], "scheduled", ["Instead of Buenos Aires, Lula and Milei will sit down in Asuncion next week."], "Asuncion", "Buenos Aires", "instead of X")
moved(["Starmer", "Carney"], "scheduled", ["The Starmer-Carney summit has been moved to Ottawa, the original London venue being under renovation."], "Ottawa", "London", "moved to Y, the original X venue")


def catch_up(parties: list[str], sentences: list[str], place: str, why: str, held: bool = False) -> None:
    summit(M, parties, "planned_location", place, sentences, True, SUPPORTED, f"the place: {why}", "held" if held else "scheduled")
    if held:
        summit(M, parties, "status", "held", sentences, True, SUPPORTED, f"it happened: {why}", None)
        return
    summit(M, parties, "status", "scheduled", sentences, True, SUPPORTED, f"a planned meeting: {why}", None)
    summit(M, parties, "status", "held", sentences, False, STRONG, f"still to come: {why}", None)


catch_up(["Albanese", "Carney"], ["Albanese and Carney will connect in Japan later this month, their offices said."], "Japan", "will connect in Japan")
catch_up(["Luxon", "Lee"], ["Luxon said he and Lee would catch up in Japan on the margins of the G7."], "Japan", "would catch up in Japan")
catch_up(["Modi", "Merz"], ["Modi and Merz are expected to see each other on the sidelines in Japan next week."], "Japan", "to see each other on the sidelines in Japan")
catch_up(["Meloni", "Starmer"], ["Meloni plans to sit down with Starmer in Rome next month, aides said."], "Rome", "plans to sit down with X in Rome")
catch_up(["Anwar", "Marcos"], ["Anwar and Marcos caught up in Japan last week on the sidelines of the expo."], "Japan", "caught up last week: it happened", held=True)
catch_up(["Ruto", "Hichilema"], ["Ruto and Hichilema connected in Lusaka on Monday for their first talks in a year."], "Lusaka", "connected on Monday: it happened", held=True)

# ---------------------------------------------------------------- other-occasion-number
OC = "other-occasion-number"
s = ["The truce was announced at the end of the 40-day Lenten fast and will last 10 days, church leaders said."]
truce_days(OC, 40, s, False, STRONG, "a fast's 40 days")
truce_days(OC, 10, s, True, SUPPORTED, "will last 10 days")
s = ["After a 40-day mourning period for the late king, the two sides agreed to a 15-day ceasefire."]
truce_days(OC, 40, s, False, STRONG, "a mourning period's 40 days")
truce_days(OC, 15, s, True, SUPPORTED, "a 15-day ceasefire")
s = ["The ceasefire will last 14 days, half the length of the 28-day truce brokered in 2023."]
truce_days(OC, 28, s, False, STRONG, "an earlier truce's 28 days")
truce_days(OC, 14, s, True, SUPPORTED, "will last 14 days")
s = ["As Ramadan's 30-day fast began, the army declared a ceasefire set to run for 21 days."]
truce_days(OC, 30, s, False, STRONG, "Ramadan's 30-day fast")
truce_days(OC, 21, s, True, SUPPORTED, "set to run for 21 days")
s = ["During the nine-day Navratri festival, the two armies agreed to a truce of five days."]
truce_days(OC, 9, s, False, STRONG, "a festival's nine days")
truce_days(OC, 5, s, True, SUPPORTED, "a truce of five days")
s = ["Unlike the earlier 60-day truce that collapsed in March, the new ceasefire will hold for 90 days."]
truce_days(OC, 60, s, False, STRONG, "an earlier truce that collapsed")
truce_days(OC, 90, s, True, SUPPORTED, "will hold for 90 days")
s = ["The pause, which takes effect at dawn, comes at the start of a three-day holiday and will last a week."]
truce_days(OC, 3, s, False, STRONG, "a holiday's three days")
truce_days(OC, 7, s, True, SUPPORTED, "will last a week")
s = ["A 30-day truce was declared on Friday, two days after a seven-day period of national mourning ended."]
truce_days(OC, 7, s, False, STRONG, "a mourning period's seven days")
truce_days(OC, 30, s, True, SUPPORTED, "a 30-day truce")
s = ["The 2019 summit lasted two days; this year's talks in Hanoi are expected to run for three days."]
talk_days(OC, "days of talks", 2, s, False, STRONG, "the 2019 summit's length")
talk_days(OC, "days of talks", 3, s, True, SUPPORTED, "this year's talks run for three days")
s = ["The talks in Istanbul, which ended on Friday after four days, came a year after a 12-day round in Doha."]
talk_days(OC, "days of talks", 12, s, False, STRONG, "an earlier round's 12 days")
talk_days(OC, "days of talks", 4, s, True, SUPPORTED, "ended after four days")
s = ["Negotiators met for five days in Jeddah, while the previous round had stretched over eleven days."]
talk_days(OC, "days of talks", 11, s, False, STRONG, "the previous round's eleven days")
talk_days(OC, "days of talks", 5, s, True, SUPPORTED, "met for five days")
s = ["The two-day summit in Astana opened on Monday, at the end of a 40-day fast observed by many delegates."]
talk_days(OC, "days of talks", 40, s, False, STRONG, "a fast's 40 days")
talk_days(OC, "days of the summit", 2, s, True, SUPPORTED, "the two-day summit")
s = ["The delegations will hold three days of talks in Geneva after a 10-day mourning period for the late president."]
talk_days(OC, "days of talks", 10, s, False, STRONG, "a mourning period's 10 days")
talk_days(OC, "days of talks", 3, s, True, SUPPORTED, "three days of talks")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
