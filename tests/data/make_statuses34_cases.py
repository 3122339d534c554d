# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the statuses-34 set (``grounding_statuses34.jsonl``): statuses, days and places read
wrongly (an outside check, session 15). Each case says in its why which strength a refusal
has: *unsupported* (the evidence states another value) or *unconfirmed* (the words are
there, their role unread). Check ``tier`` passes when the value carries no unsupported flag
and fails when it carries one (a case that must fail must be flagged); check ``support``
passes only when the value is supported. By category:

- ``future-in-effect``: a truce said ``in_effect`` (or a measure ``in_force``) whose only
  wording of its start is still to come, in any clause whose subject is its own noun ("is
  set to take effect on Sunday", "a ceasefire, which will enter into force on Monday", "the
  pause, expected to begin on Friday", "a truce set to kick in at midnight", "is scheduled to
  go into effect") (fail, unsupported); a start already past, "in force since", a truce
  "due to expire", ``agreed`` or ``announced`` for one still to start (pass);
- ``supposed-place``: a postponed or cancelled meeting's planned place worded by a plan that
  fell through ("which was supposed to take place in X", "were meant to meet in X last
  week", "It had been scheduled to be held in X", "originally slated for X") (pass,
  supported); the place given up for a new one ("will now be held in Y"), a plan that did
  not hold for a meeting said held elsewhere, a plan's frame whose subject is another thing
  (fail);
- ``hosting-held``: a meeting someone is hosting, hosts, or is host of ("which is hosting
  the summit this week", "praised for hosting the meeting", "as host of the summit that
  opened Monday", "played host to") is ``held`` or ``under_way`` (pass, supported); a host
  to come ("is to host next year", "is set to host", "offered to host", "hosting next
  month"), and another meeting hosted ("hosted last year's summit") (fail);
- ``announced-not-proposed``: a measure given the day it starts ("would impose duties of 30%
  from Tuesday", "tariffs that take effect on May 19", "effective January 1") said
  ``proposed`` (fail, unsupported), a measure announced with no day (fail, unconfirmed); the
  measure called proposed, draft, considered or planned ("proposed tariffs would take
  effect in June") and ``announced`` for the dated one (pass);
- ``relative-clause-day``: a measure's introduction day, a truce's start or a meeting's day
  that only a relative clause about another noun gives ("after an inquiry which began in
  2018", "a probe that was launched in May", "Trump, who took office in January") (fail,
  unsupported); the clause of the field's own noun ("the tariffs, which were announced in
  June"), a day outside the clause, and an event whose subject is the clause's noun (pass);
- ``other-occasion-time``: a truce's start time that times another occasion at an offset
  from it ("sirens sounded around 5 p.m., an hour before the truce was due to begin", "at
  dawn, hours before the truce was set to start", "as the ceasefire approached") (fail,
  unsupported); the start's own time beside another occasion's, and the other occasion's
  own time as an event's day (pass);
- ``earlier-summit-place``: a meeting said held whose place is an earlier meeting's, dated
  against this one ("a year after their first summit in X", "months after their previous
  encounter in X") (fail, unsupported); this meeting's own place, "hours after their first
  summit in X" said of the summit itself, a first summit held there (pass);
- ``promised-steps``: a truce "expected to be signed on Friday" or "due to sign" (``proposed``:
  pass; ``agreed``: fail, unconfirmed), a party that "would study the proposal and respond
  within days" (``awaiting_answer``: pass), and an answer given or refused (fail).

Run ``python tests/data/make_statuses34_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets, public figures in invented sentences); each verdict
follows from the two strengths' definitions, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import KEPT, STRONG, SUPPORTED, WEAK, SupportCases, graded_check

OUT = Path(__file__).with_name("grounding_statuses34.jsonl")

LEADS = [
    "AMMAN, March 4 (Levant Wire) - Officials declined to give more detail.",
    "LIVE | Rolling coverage from our regional desks",
    "The Harbour Times | International",
    "OPINION | Tomasz Wrona on the month in diplomacy",
    "Translated from a provincial radio bulletin.",
    "Briefing: five things to know this evening",
    "LAGOS (Savanna Post) --",
    "World desk | The Prairie Chronicle",
]
built = SupportCases("statuses34", LEADS, closing="This report will be updated.")
add = built.add
article = built.page
truce = partial(built.graded_truce, why_path=True)
summit = built.graded_summit
stance = built.graded_stance


def measure(category: str, value: str, sentences: list[str], expect: bool, strength: str,
            why: str, instrument: str = "executive_action", introduced: str | None = None,
            path: str = "status") -> None:  # fmt: skip
    fact = {"instrument": instrument, "status": value, "introduced": introduced,
            "evidence": sentences}  # fmt: skip
    shown = introduced if path == "introduced" else value
    add(category, expect, f"measure {path} {shown} ({strength}): {why}", article(*sentences),
        {"sanctions": [fact]}, f"sanctions[0].{path}", check=graded_check(expect, strength))  # fmt: skip


def event(category: str, description: str, when: str, sentences: list[str], expect: bool,
          strength: str, why: str) -> None:  # fmt: skip
    fact = {"kind": "other", "description": description, "when": when, "evidence": sentences}
    add(category, expect, f"event when {when} ({strength}): {why}", article(*sentences),
        {"events": [fact]}, "events[0].when", check=graded_check(expect, strength))  # fmt: skip


# fmt: off
# ---------------------------------------------------------------- future-in-effect
F = "future-in-effect"
truce(F, "in_effect", ["Under the accord brokered by Egypt, the truce is set to take effect at 7 a.m. on Sunday."], False, STRONG, "is set to take effect")
truce(F, "in_effect", ["The Lebanese government said the ceasefire is due to come into force at 4 a.m. local time."], False, STRONG, "is due to come into force")
truce(F, "in_effect", ["Both delegations signed a ceasefire, which will enter into force on Monday at noon."], False, STRONG, "a relative clause: which will enter into force")
truce(F, "in_effect", ["The pause, expected to begin on Friday, would let aid convoys reach the north."], False, STRONG, "a participle phrase: expected to begin")
truce(F, "in_effect", ["Officials said a 72-hour truce that is scheduled to start at dawn had been accepted by both armies."], False, STRONG, "that is scheduled to start")
truce(F, "in_effect", ["A nationwide truce set to kick in at midnight was read out on state television."], False, STRONG, "a truce set to kick in")
truce(F, "in_effect", ["Sudan's army and the RSF agreed to a humanitarian truce that is going to begin on the first day of Eid."], False, STRONG, "that is going to begin")
truce(F, "in_effect", ["The ceasefire is scheduled to go into effect at midnight, the mediators announced."], False, STRONG, "is scheduled to go into effect (a cue read as a prospect)")
truce(F, "in_effect", ["Hamas and Israel agreed on Wednesday to a ceasefire deal that takes effect on Sunday at 8:30 a.m."], False, STRONG, "a relative clause in the present with a day to come")
truce(F, "in_effect", ["The armistice is to take effect once both parliaments have ratified it."], False, STRONG, "is to take effect")
truce(F, "in_effect", ["The deal is slated to kick in on Thursday, a Qatari official told the paper."], False, STRONG, "the deal is slated to kick in")
measure(F, "in_force", ["The new export curbs will take effect on 1 March, the commerce ministry said."], False, STRONG, "a measure that will take effect")
measure(F, "in_force", ["Tariffs of 25% on Canadian steel are slated to kick in next Tuesday."], False, STRONG, "tariffs of 25% on steel are slated to kick in")
measure(F, "in_force", ["The EU's ban on Russian LNG, due to apply from January, was welcomed in Kyiv."], False, STRONG, "a ban, due to apply from January", instrument="bloc_package")
# Pass: a past start, in force since, due to expire, agreed or announced for one still to start.
truce(F, "in_effect", ["The ceasefire, which took effect at midnight, held through the morning."], True, SUPPORTED, "took effect: past")
truce(F, "in_effect", ["The truce came into force on Sunday and both sides have largely observed it."], True, SUPPORTED, "came into force: past")
truce(F, "in_effect", ["A truce that began on Friday is due to expire at the weekend."], True, SUPPORTED, "began, and an expiry still to come")
truce(F, "in_effect", ["The ceasefire, in force since Monday, is expected to be extended."], True, SUPPORTED, "in force since Monday")
truce(F, "in_effect", ["The truce took effect on Sunday, a day later than planned."], True, SUPPORTED, "took effect on Sunday (a near miss: past)")
truce(F, "in_effect", ["Since the truce went into force at dawn, no shelling has been reported."], True, SUPPORTED, "went into force at dawn")
truce(F, "in_effect", ["The ceasefire has been in effect since Tuesday and is set to last 60 days."], True, SUPPORTED, "in effect since, set to last")
truce(F, "agreed", ["Both delegations signed a ceasefire, which will enter into force on Monday at noon."], True, SUPPORTED, "signed, still to start: agreed")
truce(F, "agreed", ["Hamas and Israel agreed on Wednesday to a ceasefire deal that takes effect on Sunday at 8:30 a.m."], True, SUPPORTED, "agreed, still to start")
measure(F, "announced", ["The commerce ministry announced export curbs that will take effect on 1 March."], True, SUPPORTED, "announced, still to start")
measure(F, "in_force", ["The export curbs took effect on 1 March, the commerce ministry said."], True, SUPPORTED, "took effect: past")
measure(F, "in_force", ["Tariffs on Canadian steel have been in effect since last Tuesday."], True, SUPPORTED, "in effect since")
truce(F, "in_effect", ["A truce in Gaza, slated to start on Sunday morning, was approved by the cabinet."], False, STRONG, "a truce in a place, slated to start")
truce(F, "in_effect", ["Both sides are observing the ceasefire, which will expire on Friday."], True, SUPPORTED, "an expiry to come is no start")
truce(F, "in_effect", ["The truce is holding, though its second phase is set to begin on Monday."], True, SUPPORTED, "another phase's start")

# ---------------------------------------------------------------- supposed-place
S = "supposed-place"
summit(S, ["Lula", "Milei"], "postponed", ["The summit between Lula and Milei, which was supposed to take place in Montevideo in March, has been postponed."], True, SUPPORTED, "which was supposed to take place in", place="Montevideo", path="planned_location")
summit(S, ["Putin", "Erdogan"], "cancelled", ["Putin and Erdogan were supposed to meet in Astana last week, but the visit was scrapped."], True, SUPPORTED, "were supposed to meet in X last week (the plan's day)", place="Astana", path="planned_location")
summit(S, ["Ruto", "Abiy"], "postponed", ["The Ruto-Abiy summit has been put off.", "It was supposed to take place in Jeddah."], True, SUPPORTED, "'It was supposed to take place in', no meeting word", place="Jeddah", path="planned_location")
summit(S, ["Rubio", "Lavrov"], "on_hold", ["Talks between Rubio and Lavrov had been scheduled to be held in Riyadh before they were shelved."], True, SUPPORTED, "had been scheduled to be held in", place="Riyadh", path="planned_location")
summit(S, ["Vucic", "Kurti"], "postponed", ["The Vucic-Kurti meeting, meant to be held in Brussels, was put off indefinitely."], True, SUPPORTED, "an aside: meant to be held in", place="Brussels", path="planned_location")
summit(S, ["Modi", "Sharif"], "cancelled", ["Modi and Sharif's encounter, originally slated for Tashkent, will not go ahead."], True, SUPPORTED, "originally slated for", place="Tashkent", path="planned_location")
summit(S, ["Albanese", "Luxon"], "postponed", ["Albanese and Luxon were meant to convene in Wellington on Friday.", "Both offices now speak of a later date."], True, SUPPORTED, "were meant to convene in", place="Wellington", path="planned_location")
summit(S, ["Macron", "Tebboune"], "cancelled", ["Macron and Tebboune had been expected to meet in Algiers this month; that trip is now off."], True, SUPPORTED, "had been expected to meet in", place="Algiers", path="planned_location")
summit(S, ["Witkoff", "Araghchi"], "postponed", ["The round of Witkoff and Araghchi, which was supposed to happen in Doha, has been delayed by a week."], True, SUPPORTED, "which was supposed to happen in", place="Doha", path="planned_location")
summit(S, ["Scholz", "Tusk"], "postponed", ["Scholz's talks with Tusk, which were to take place in Warsaw, have been postponed."], True, SUPPORTED, "which were to take place in", place="Warsaw", path="planned_location")
summit(S, ["Ruto", "Museveni"], "postponed", ["The Ruto-Museveni gathering that was supposed to be hosted in Nairobi was pushed back to August."], True, SUPPORTED, "that was supposed to be hosted in", place="Nairobi", path="planned_location")
summit(S, ["Lee", "Ishiba"], "cancelled", ["Talks between Lee and Ishiba were due to take place in Osaka last month.", "They never happened."], True, SUPPORTED, "were due to take place in X last month", place="Osaka", path="planned_location")
# Fail: the place given up, a plan that did not hold for a meeting held, another thing's plan.
summit(S, ["Lula", "Milei"], "scheduled", ["The Lula-Milei summit, which was supposed to take place in Montevideo, will now be held in Asuncion."], False, WEAK, "moved since: will now be held elsewhere", place="Montevideo", path="planned_location")
summit(S, ["Putin", "Erdogan"], "held", ["Putin and Erdogan met in Sochi on Monday; they were supposed to meet in Astana."], False, WEAK, "held elsewhere: a plan that did not hold", place="Astana", path="planned_location")
summit(S, ["Modi", "Sharif"], "held", ["Modi and Sharif met in Tashkent, though they were meant to meet in Samarkand."], False, WEAK, "held elsewhere, 'were meant to'", place="Samarkand", path="planned_location")
summit(S, ["Albanese", "Luxon"], "scheduled", ["Albanese and Luxon will meet in Auckland instead; they were supposed to meet in Wellington."], False, WEAK, "instead: the plan given up", place="Wellington", path="planned_location")
summit(S, ["Netanyahu", "Sisi"], "postponed", ["The prisoner handover was supposed to take place in Rafah on Monday, while Netanyahu and Sisi put off their talks."], False, WEAK, "another thing's plan (a handover)", place="Rafah", path="planned_location")
summit(S, ["Netanyahu", "Sisi"], "postponed", ["Aid was supposed to reach Gaza on Monday; Netanyahu and Sisi have put off their meeting."], False, WEAK, "aid supposed to reach a place", place="Gaza", path="planned_location")
summit(S, ["Rubio", "Lavrov"], "scheduled", ["Rubio and Lavrov, who last met in Riyadh, were supposed to talk again, and will now meet in Geneva."], False, STRONG, "an earlier meeting's place", place="Riyadh", path="planned_location")
summit(S, ["Vucic", "Kurti"], "postponed", ["The Vucic-Kurti meeting, originally planned for Brussels, was moved to Ohrid and then put off."], False, WEAK, "moved since", place="Brussels", path="planned_location")
summit(S, ["Witkoff", "Araghchi"], "held", ["Witkoff and Araghchi held talks in Muscat, although the round was meant to take place in Doha."], False, WEAK, "held elsewhere, meant to take place", place="Doha", path="planned_location")
summit(S, ["Ruto", "Museveni"], "postponed", ["Exams were supposed to be held in Kampala that week, so Ruto and Museveni postponed their meeting."], False, WEAK, "exams supposed to be held there", place="Kampala", path="planned_location")
summit(S, ["Trump", "Putin"], "held", ["Trump and Putin met in Alaska in August, and a follow-up was supposed to take place in Budapest."], False, WEAK, "a follow-up's plan, not the meeting held", place="Budapest", path="planned_location")
summit(S, ["Trump", "Putin"], "held", ["Trump and Putin met in Alaska in August, and a follow-up was supposed to take place in Budapest."], True, SUPPORTED, "the meeting held", place="Alaska", path="planned_location")

# ---------------------------------------------------------------- hosting-held
H = "hosting-held"
summit(H, ["Albanese", "Luxon"], "held", ["Indonesia, which is hosting the ASEAN summit this week, greeted Albanese and Luxon at the airport."], True, SUPPORTED, "which is hosting the summit this week")
summit(H, ["Albanese", "Luxon"], "under_way", ["Indonesia, which is hosting the ASEAN summit this week, greeted Albanese and Luxon at the airport."], True, SUPPORTED, "hosting this week: in progress")
summit(H, ["Starmer", "Albanese"], "held", ["Samoa won praise from Starmer and Albanese for hosting the Commonwealth meeting."], True, SUPPORTED, "praised for hosting")
summit(H, ["Xi", "Modi"], "held", ["As host of the summit that opened on Monday, Brazil set the agenda for Xi and Modi."], True, SUPPORTED, "as host of the summit that opened")
summit(H, ["Witkoff", "Araghchi"], "under_way", ["Qatar, which hosts the talks between Witkoff and Araghchi, reported slow progress."], True, SUPPORTED, "which hosts the talks")
summit(H, ["Israel", "Hamas"], "under_way", ["Egypt is hosting the negotiations between Israel and Hamas in Cairo."], True, SUPPORTED, "is hosting the negotiations")
summit(H, ["Ruto", "Museveni"], "held", ["Kenya played host to the meeting of Ruto and Museveni on Saturday."], True, SUPPORTED, "played host to the meeting")
summit(H, ["Erdogan", "Aliyev"], "held", ["Hosting the Erdogan-Aliyev talks, Turkmenistan closed roads across the capital."], True, SUPPORTED, "a fronted 'Hosting the talks'")
summit(H, ["Rubio", "Lavrov"], "under_way", ["Switzerland, host of this week's talks between Rubio and Lavrov, thanked both delegations."], True, SUPPORTED, "host of this week's talks")
summit(H, ["Lee", "Ishiba"], "under_way", ["Japan has been hosting the trilateral talks of Lee, Ishiba and Albanese since Monday."], True, SUPPORTED, "has been hosting since Monday")
summit(H, ["Putin", "Xi"], "held", ["Mongolia, the host of the Putin-Xi summit, kept the press at a distance."], True, SUPPORTED, "the host of the summit")
summit(H, ["Xi", "Modi"], "scheduled", ["India is to host the summit of Xi and Modi next year."], True, SUPPORTED, "a host to come: scheduled")
# Fail: a host to come, an offer to host, another meeting hosted.
summit(H, ["Xi", "Modi"], "held", ["India is to host the summit of Xi and Modi next year."], False, STRONG, "is to host next year: scheduled")
summit(H, ["Lee", "Ishiba"], "held", ["Japan is hosting a meeting of Lee and Ishiba next month."], False, WEAK, "hosting next month: a plan")
summit(H, ["Trump", "Putin"], "held", ["Saudi Arabia, which hosts next year's gathering of Trump and Putin, has begun building a venue."], False, WEAK, "hosts next year's gathering")
summit(H, ["Trump", "Putin"], "held", ["Hungary offered to host a meeting of Trump and Putin in Budapest."], False, STRONG, "offered to host: proposed")
summit(H, ["Lee", "Ishiba"], "held", ["Lee and Ishiba thanked Vietnam, which hosted last year's summit."], False, STRONG, "hosted last year's summit: another meeting")
summit(H, ["Zelensky", "Putin"], "held", ["Turkey is set to host the Zelensky-Putin talks in Istanbul."], False, STRONG, "set to host: scheduled")
summit(H, ["Ramaphosa", "Tinubu"], "held", ["Ghana, hosting the upcoming talks of Ramaphosa and Tinubu, is preparing the venue."], False, STRONG, "hosting the upcoming talks: scheduled")
summit(H, ["Ruto", "Museveni"], "held", ["Kenya will play host to the meeting of Ruto and Museveni on Saturday."], False, WEAK, "will play host: to come")
summit(H, ["Witkoff", "Araghchi"], "under_way", ["Qatar, which had hoped to host talks between Witkoff and Araghchi, was passed over."], False, WEAK, "had hoped to host")
summit(H, ["Lee", "Ishiba"], "held", ["Japan will be hosting the trilateral talks of Lee and Ishiba in May."], False, WEAK, "will be hosting in May: a plan, no wording of a meeting held")
summit(H, ["Macron", "Merz"], "held", ["Poland, which hosts the Weimar talks every other year, expects Macron and Merz in the autumn."], False, WEAK, "hosts the talks, expects the leaders in the autumn")

# ---------------------------------------------------------------- announced-not-proposed
A = "announced-not-proposed"
measure(A, "proposed", ["The ministry said it would impose duties of 30% from Tuesday."], False, STRONG, "would impose ... from Tuesday")
measure(A, "proposed", ["Ottawa announced surtaxes on Chinese electric vehicles that take effect on Oct. 1."], False, STRONG, "surtaxes that take effect on Oct. 1")
measure(A, "proposed", ["Beijing will levy an extra 15% on US coal starting Feb. 10, the finance ministry said."], False, STRONG, "will levy ... starting Feb. 10")
measure(A, "proposed", ["New tariffs of 10% on steel will apply from 1 April, the trade minister announced."], False, STRONG, "will apply from 1 April")
measure(A, "proposed", ["The Treasury said the sanctions would be enforced as of Monday."], False, STRONG, "enforced as of Monday")
measure(A, "proposed", ["Under the decree, the export ban comes into force on 15 May."], False, STRONG, "comes into force on 15 May")
measure(A, "proposed", ["The EU said its anti-dumping duties on Chinese steel would kick in from next week."], False, STRONG, "would kick in from next week", instrument="bloc_package")
measure(A, "proposed", ["The government has unveiled a levy on windfall profits, effective January 1."], False, STRONG, "a levy, effective January 1")
measure(A, "proposed", ["Washington will impose a 50% tariff on Brazilian goods from Aug. 1, Trump wrote."], False, STRONG, "will impose ... from Aug. 1")
measure(A, "proposed", ["Mexico's economy ministry said on Monday it would collect the new fees starting June 1."], False, STRONG, "would collect the fees starting June 1")
measure(A, "proposed", ["Seoul announced that its quotas on steel imports will begin on July 1."], False, STRONG, "quotas will begin on July 1")
measure(A, "proposed", ["The ministry announced duties of 30% on steel."], False, WEAK, "announced, no day: no wording of a proposal")
measure(A, "proposed", ["Ottawa unveiled surtaxes on Chinese electric vehicles."], False, WEAK, "unveiled, no day")
# Pass: the measure called proposed, draft, considered or planned; announced for the dated one.
measure(A, "proposed", ["The ministry published proposed duties of 30% that would take effect from Tuesday if approved."], True, SUPPORTED, "proposed duties with a day")
measure(A, "proposed", ["The Commission's draft rule on methane imports would apply from 1 January."], True, SUPPORTED, "a draft rule with a day", instrument="bloc_package")
measure(A, "proposed", ["The government is considering tariffs that could take effect on May 19."], True, SUPPORTED, "considering, could take effect")
measure(A, "proposed", ["The proposed tariffs would take effect in June, officials said."], True, SUPPORTED, "proposed tariffs would take effect (a near miss)")
measure(A, "proposed", ["Brussels plans duties on Chinese drones from July, pending a vote by member states."], True, SUPPORTED, "plans duties from July", instrument="bloc_package")
measure(A, "proposed", ["Lawmakers floated a levy on imported steel that would start on Jan. 1."], True, SUPPORTED, "floated a levy")
measure(A, "proposed", ["Officials are mulling a ban on Russian LNG from January 2027."], True, SUPPORTED, "mulling a ban from January")
measure(A, "proposed", ["The European Commission recommended sanctions that would enter into force on 1 June."], True, SUPPORTED, "recommended sanctions", instrument="bloc_package")
measure(A, "announced", ["The ministry said it would impose duties of 30% from Tuesday."], True, SUPPORTED, "announced with its day")
measure(A, "announced", ["Ottawa announced surtaxes on Chinese electric vehicles that take effect on Oct. 1."], True, SUPPORTED, "announced with its day")
measure(A, "proposed", ["Finance ministers suggested a windfall levy that could start from April."], True, SUPPORTED, "suggested, could start")
measure(A, "proposed", ["A bill that would impose sanctions from January was introduced in the Senate."], True, KEPT, "a bill's text: what it would do", instrument="bill")
measure(A, "proposed", ["The Commission proposed tariffs that would apply from July 4."], True, SUPPORTED, "proposed, with a day", instrument="bloc_package")
measure(A, "proposed", ["The tariffs of 25% on cars will come into effect on April 2, the White House said."], False, STRONG, "will come into effect on April 2")

# ---------------------------------------------------------------- relative-clause-day
R = "relative-clause-day"
measure(R, "imposed", ["The ministry imposed duties on steel after an inquiry which began in 2018."], False, STRONG, "an inquiry's year, not the duties'", introduced="2018", path="introduced")
measure(R, "announced", ["Brussels announced anti-dumping tariffs after a probe that was launched in May."], False, STRONG, "a probe launched in May", introduced="May", path="introduced", instrument="bloc_package")
measure(R, "imposed", ["The duties were imposed on Tuesday following an investigation, which opened in January."], False, STRONG, "an investigation, which opened in January", introduced="January", path="introduced")
measure(R, "imposed", ["Canada introduced the levy, citing a consultation that closed in 2023."], False, STRONG, "a consultation that closed in 2023", introduced="2023", path="introduced")
measure(R, "imposed", ["The Treasury froze the assets of three firms named in a report that appeared on Monday."], False, WEAK, "a report that appeared on Monday", introduced="Monday", path="introduced")
measure(R, "imposed", ["Trump, who took office in January, signed the tariff order on Wednesday."], False, STRONG, "who took office in January", introduced="January", path="introduced")
measure(R, "imposed", ["Canada imposed the levy after a review that was completed in 2021."], False, STRONG, "a review completed in 2021", introduced="2021", path="introduced")
truce(R, "March 3", ["The truce was declared after a siege that started on March 3."], False, STRONG, "a siege that started on March 3", path="starts", status="in_effect")
truce(R, "Sunday", ["The pause followed a flare-up of shelling, which began on Sunday."], False, STRONG, "a flare-up, which began on Sunday", path="starts", status="in_effect")
summit(R, ["Rubio", "Lavrov"], "scheduled", ["Rubio will meet Lavrov to ease a dispute that erupted in April."], False, STRONG, "a dispute that erupted in April", timing="April", path="planned_timing")
event(R, "The ministry imposed duties on steel", "2018", ["The ministry imposed duties on steel after an inquiry which began in 2018."], False, STRONG, "the inquiry's year, not the duties'")
event(R, "The crisis was resolved", "Saturday", ["The crisis that began on Saturday was resolved on Sunday night."], False, STRONG, "the clause's day, the main clause's event (a near miss)")
# Pass: the field's own noun, a day outside the clause, an event about the clause's noun.
measure(R, "announced", ["The tariffs, which were announced in June, hit Chinese steel."], True, SUPPORTED, "the tariffs' own clause", introduced="June", path="introduced")
measure(R, "introduced", ["Lawmakers backed a bill that was introduced in March."], True, SUPPORTED, "the bill's own clause", introduced="March", path="introduced", instrument="bill")
measure(R, "announced", ["Russia, which announced the sanctions on Monday, said more would follow."], True, SUPPORTED, "the clause names the sanctions", introduced="Monday", path="introduced")
measure(R, "imposed", ["The duties were imposed on Tuesday following an investigation, which opened in January."], True, SUPPORTED, "the main clause's day", introduced="Tuesday", path="introduced")
measure(R, "imposed", ["The ministry imposed duties on steel in 2018, after an inquiry."], True, SUPPORTED, "a year outside any clause", introduced="2018", path="introduced")
truce(R, "midnight", ["The truce that began at midnight is holding."], True, SUPPORTED, "the truce's own clause", path="starts", status="in_effect")
summit(R, ["Ramaphosa", "Tinubu"], "scheduled", ["The summit of Ramaphosa and Tinubu, which opens on Friday, will be held in Abuja."], True, SUPPORTED, "the summit's own clause", timing="Friday", path="planned_timing")
event(R, "the inquiry into steel imports", "2018", ["The ministry imposed duties on steel after an inquiry which began in 2018."], True, SUPPORTED, "an event about the inquiry itself")
event(R, "The review of steel imports ended", "March", ["The ministry imposed duties following a review that ended in March."], True, SUPPORTED, "the review's end")
event(R, "investigation opened", "January", ["The duties were imposed on Tuesday following an investigation, which opened in January."], True, SUPPORTED, "the investigation's opening")
event(R, "Trump took office", "January", ["Trump, who took office in January, signed the tariff order on Wednesday."], True, SUPPORTED, "taking office, the clause's own event")
event(R, "the probe into Chinese tariffs", "May", ["Brussels announced anti-dumping tariffs after a probe that was launched in May."], True, SUPPORTED, "the probe itself")

# ---------------------------------------------------------------- other-occasion-time
OT = "other-occasion-time"
truce(OT, "5 p.m.", ["Air-raid sirens sounded in the capital around 5 p.m., an hour before the truce was due to begin."], False, STRONG, "the sirens' time, an hour before", path="starts", status="agreed")
truce(OT, "noon", ["Shelling hit the port at noon, two hours before the ceasefire took effect."], False, STRONG, "the shelling's time, two hours before", path="starts", status="in_effect")
truce(OT, "dawn", ["Drones struck Kharkiv at dawn, hours before the truce was set to start."], False, STRONG, "the drones' time", path="starts", status="agreed")
truce(OT, "9 a.m.", ["Residents queued for bread from 9 a.m. as the ceasefire approached."], False, STRONG, "a queue as the ceasefire approached", path="starts", status="agreed")
truce(OT, "11 p.m.", ["Explosions shook Khartoum at 11 p.m., just an hour ahead of the humanitarian truce."], False, STRONG, "an hour ahead of the truce", path="starts", status="agreed")
truce(OT, "8 a.m.", ["Markets reopened at 8 a.m., a day after the ceasefire began."], False, STRONG, "a day after the ceasefire", path="starts", status="in_effect")
truce(OT, "1:45 a.m.", ["The last rocket landed at 1:45 a.m., 15 minutes before the ceasefire."], False, STRONG, "15 minutes before the ceasefire", path="starts", status="in_effect")
truce(OT, "4 p.m.", ["Shops shut at 4 p.m. on Friday, shortly before the pause began."], False, STRONG, "shortly before the pause began", path="starts", status="in_effect")
truce(OT, "10 p.m.", ["Drone alerts sounded across Odesa at 10 p.m., two hours after the energy truce was supposed to start."], False, STRONG, "two hours after the truce", path="starts", status="agreed")
truce(OT, "5:30 a.m.", ["A final barrage hit Donetsk at 5:30 a.m., half an hour before the ceasefire."], False, STRONG, "half an hour before", path="starts", status="in_effect")
truce(OT, "midnight", ["Fighting raged until midnight, six hours before the truce kicked in."], False, STRONG, "an end's time, hours before", path="starts", status="in_effect")
truce(OT, "5 a.m.", ["The last shell fell at 5 a.m., an hour before the truce began."], False, STRONG, "the last shell's time", path="starts", status="in_effect")
truce(OT, "6 a.m.", ["At 6 a.m., an hour after the last shell fell, the truce began."], True, SUPPORTED, "an opening time, the truce its clause's subject", path="starts", status="in_effect")
# Pass: the start's own time beside another occasion's; the other occasion's own time.
truce(OT, "6 p.m.", ["Sirens sounded at 5 p.m., an hour before the truce began at 6 p.m."], True, SUPPORTED, "the start's own time", path="starts", status="in_effect")
truce(OT, "6 p.m.", ["The ceasefire took effect at 6 p.m., an hour after the last sirens sounded."], True, SUPPORTED, "the start's clause, another occasion after it", path="starts", status="in_effect")
truce(OT, "noon", ["The truce began at noon, two hours after shelling stopped."], True, SUPPORTED, "the start's own time", path="starts", status="in_effect")
truce(OT, "6 a.m.", ["Guns fell silent at 6 a.m. as the truce began."], True, SUPPORTED, "as the truce began (no nearing)", path="starts", status="in_effect")
truce(OT, "midnight", ["The truce kicked in at midnight, after fighting raged all evening."], True, SUPPORTED, "the start's clause", path="starts", status="in_effect")
truce(OT, "8 a.m.", ["The pause starts at 8 a.m. each day, hours before the aid convoys move."], True, SUPPORTED, "the start, then another occasion", path="starts", status="agreed")
truce(OT, "dawn", ["The humanitarian truce began at dawn, just ahead of the Eid holiday."], True, SUPPORTED, "ahead of a holiday, not a truce", path="starts", status="in_effect")
truce(OT, "6 p.m.", ["At 6 p.m. the ceasefire took hold, an hour before the deadline."], True, SUPPORTED, "a deadline, no truce after", path="starts", status="in_effect")
truce(OT, "11 p.m.", ["The truce took effect at 11 p.m., minutes before the next barrage was due."], True, SUPPORTED, "a barrage after, no truce", path="starts", status="in_effect")
truce(OT, "midnight", ["The ceasefire entered into force at midnight on Sunday, a day after the deal was signed."], True, SUPPORTED, "the start's clause, a signing after", path="starts", status="in_effect")
event(OT, "air-raid sirens sounded", "5 p.m.", ["Air-raid sirens sounded in the capital around 5 p.m., an hour before the truce was due to begin."], True, SUPPORTED, "the sirens' own time")

# ---------------------------------------------------------------- earlier-summit-place
E = "earlier-summit-place"
summit(E, ["Xi", "Lee"], "held", ["Xi and Lee met in Gyeongju on Saturday, a year after their first summit in Seoul."], False, STRONG, "a year after their first summit in X", place="Seoul", path="planned_location")
summit(E, ["Xi", "Lee"], "held", ["The two leaders sat down in Gyeongju, two years after their inaugural meeting in Osaka."], False, STRONG, "two years after their inaugural meeting", place="Osaka", path="planned_location")
summit(E, ["Lavrov", "Fidan"], "held", ["Monday's talks in Ankara between Lavrov and Fidan came six months after the first round in Istanbul."], False, STRONG, "six months after the first round", place="Istanbul", path="planned_location")
summit(E, ["Modi", "Sharif"], "held", ["Modi hosted Sharif in Delhi on Sunday, months after their previous encounter in Tashkent."], False, WEAK, "'encounter' is no meeting word the place rule reads: unread", place="Tashkent", path="planned_location")
summit(E, ["Kishida", "Yoon"], "held", ["Kishida and Yoon met in Tokyo, a decade after their predecessors' summit in Seoul."], False, STRONG, "a decade after another summit", place="Seoul", path="planned_location")
summit(E, ["Trump", "Zelensky"], "held", ["Trump welcomed Zelensky at the White House, weeks after their first meeting in Rome."], False, STRONG, "weeks after their first meeting", place="Rome", path="planned_location")
summit(E, ["Ruto", "Museveni"], "held", ["Ruto received Museveni at State House on Friday, a year after their first talks in Kampala."], False, STRONG, "a year after their first talks", place="Kampala", path="planned_location")
summit(E, ["Macron", "Merz"], "held", ["Macron and Merz held talks in Toulon, eight months after their initial summit in Berlin."], False, STRONG, "eight months after their initial summit", place="Berlin", path="planned_location")
summit(E, ["Erdogan", "Aliyev"], "held", ["Erdogan and Aliyev met in Baku, two years after the first summit in Shusha."], False, STRONG, "two years after the first summit", place="Shusha", path="planned_location")
summit(E, ["Xi", "Putin"], "held", ["Xi met Putin in Kazan on Tuesday, half a year after their previous talks in Beijing."], False, STRONG, "half a year after their previous talks", place="Beijing", path="planned_location")
summit(E, ["Lee", "Ishiba"], "held", ["Lee and Ishiba sat down in Tokyo, the first time since their summit in Seoul."], False, STRONG, "since their summit in X", place="Seoul", path="planned_location")
# Pass: this meeting's own place; the summit itself after "hours after".
summit(E, ["Xi", "Lee"], "held", ["Xi and Lee met in Gyeongju on Saturday, a year after their first summit in Seoul."], True, SUPPORTED, "the meeting's own place", place="Gyeongju", path="planned_location")
summit(E, ["Trump", "Xi"], "held", ["Hours after their first summit in Busan, Trump said Xi was a tough negotiator."], True, SUPPORTED, "hours after: the summit itself, no meeting before", place="Busan", path="planned_location")
summit(E, ["Trump", "Xi"], "held", ["Trump and Xi held their first summit in Busan on Thursday."], True, SUPPORTED, "their first summit, held there", place="Busan", path="planned_location")
summit(E, ["Trump", "Putin"], "held", ["After their talks in Anchorage, Trump and Putin gave a joint statement."], True, SUPPORTED, "after their talks: the meeting itself", place="Anchorage", path="planned_location")
summit(E, ["Lavrov", "Fidan"], "held", ["Lavrov and Fidan met in Ankara, six months after the first round."], True, SUPPORTED, "the meeting's own place", place="Ankara", path="planned_location")
summit(E, ["Sisi", "Netanyahu"], "held", ["Days after his meeting with Netanyahu in Sharm el-Sheikh, Sisi said the talks had gone well."], True, SUPPORTED, "days after his meeting: the meeting itself", place="Sharm el-Sheikh", path="planned_location")
summit(E, ["Modi", "Sharif"], "held", ["Modi hosted Sharif in Delhi on Sunday, months after their previous encounter in Tashkent."], True, SUPPORTED, "the meeting's own place", place="Delhi", path="planned_location")
summit(E, ["Xi", "Lee"], "scheduled", ["Xi and Lee will meet in Gyeongju next month, a year after their first summit in Seoul."], True, SUPPORTED, "a planned meeting's place", place="Gyeongju", path="planned_location")
summit(E, ["Lavrov", "Fidan"], "held", ["Monday's talks in Ankara between Lavrov and Fidan came six months after the first round in Istanbul."], True, SUPPORTED, "the talks' own place", place="Ankara", path="planned_location")
summit(E, ["Trump", "Kim"], "held", ["Trump and Kim met at Panmunjom, a year after their first summit in Singapore."], True, SUPPORTED, "the meeting's own place", place="Panmunjom", path="planned_location")
summit(E, ["Macron", "Merz"], "held", ["Macron and Merz held talks in Toulon, eight months after their initial summit in Berlin."], True, SUPPORTED, "the meeting's own place", place="Toulon", path="planned_location")
summit(E, ["Lula", "Milei"], "held", ["A Brasilia meeting would have been their second this year, after a summit in Montevideo that ended without a deal."], True, SUPPORTED, "'this year, after': no counted span, the summit held", place="Montevideo", path="planned_location")

# ---------------------------------------------------------------- promised-steps
P = "promised-steps"
stance(P, "Hamas", "awaiting_answer", ["Hamas said it would study the proposal and respond within days."], True, SUPPORTED, "would study and respond within days")
stance(P, "Russia", "awaiting_answer", ["The Kremlin said Russia would carefully examine the plan before giving an answer."], True, SUPPORTED, "would carefully examine")
stance(P, "Ukraine", "awaiting_answer", ["Ukraine will review the text and reply in the coming days, an aide said."], True, SUPPORTED, "will review, reply in the coming days")
stance(P, "Houthis", "awaiting_answer", ["The Houthis said they would give their reply within 48 hours."], True, SUPPORTED, "a reply within 48 hours")
stance(P, "Israel", "awaiting_answer", ["Israel said it will study the latest offer."], True, SUPPORTED, "will study the offer")
truce(P, "proposed", ["The truce deal is expected to be signed on Friday."], True, SUPPORTED, "expected to be signed")
truce(P, "proposed", ["Sudan's warring parties are due to sign a ceasefire in Jeddah on Saturday."], True, SUPPORTED, "due to sign")
truce(P, "proposed", ["The accord will be inked in Doha next week, mediators said."], True, SUPPORTED, "will be inked")
truce(P, "proposed", ["A truce is set to be signed on Monday by the two commanders."], True, SUPPORTED, "set to be signed")
truce(P, "proposed", ["The ceasefire agreement is to be signed in Cairo on Sunday."], True, SUPPORTED, "is to be signed")
truce(P, "agreed", ["The truce deal was signed on Friday in the presence of mediators."], True, SUPPORTED, "signed: agreed (a near miss)")
stance(P, "Ethiopia", "agreed", ["Ethiopia said it had studied the proposal and accepted it."], True, SUPPORTED, "studied and accepted (a near miss)")
# Fail: a signing to come is no agreement; an answer given or refused is not awaited.
truce(P, "agreed", ["The truce deal is expected to be signed on Friday."], False, WEAK, "a signing to come")
truce(P, "agreed", ["The accord will be inked in Doha next week, mediators said."], False, WEAK, "will be inked")
truce(P, "agreed", ["The ceasefire agreement is to be signed in Cairo on Sunday."], False, WEAK, "is to be signed")
truce(P, "agreed", ["A truce is set to be signed on Monday by the two commanders."], False, WEAK, "set to be signed")
truce(P, "agreed", ["Sudan's warring parties are due to sign a ceasefire in Jeddah on Saturday."], False, WEAK, "due to sign")
truce(P, "in_effect", ["The truce deal is expected to be signed on Friday."], False, WEAK, "not signed, not in effect")
stance(P, "Hamas", "awaiting_answer", ["Hamas studied the proposal and rejected it on Tuesday."], False, WEAK, "studied and rejected: answered")
stance(P, "Hamas", "awaiting_answer", ["Hamas replied within hours, accepting the offer."], False, WEAK, "replied within hours: answered")
stance(P, "Israel", "awaiting_answer", ["Israel refused to study the offer."], False, WEAK, "refused to study")
stance(P, "Ukraine", "awaiting_answer", ["Ukraine has already responded to the plan, officials said."], False, WEAK, "has already responded")
stance(P, "Hamas", "agreed", ["Hamas said it would study the proposal and respond within days."], False, WEAK, "would study: not agreed")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
