# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the statuses-33 set (``grounding_statuses33.jsonl``): statuses, stances and places
read wrongly (an outside check, session 14). Each case says in its why which strength a
refusal has: *unsupported* (the evidence states another value) or *unconfirmed* (the words
are there, their role unread). Check ``tier`` passes when the value carries no unsupported
flag and fails when it carries one (a case that must fail must be flagged); check
``support`` passes only when the value is supported. By category:

- ``undone-plan``: a meeting said ``scheduled``, ``proposed`` or ``under_way`` whose evidence
  says it was since put off, called off or shelved, in the same sentence ("the vote
  scheduled for Sunday has been postponed", "which was planned for May, has been scrapped")
  or another ("It had been due to take place in Baghdad") (fail, unsupported); the final
  status itself, a plan worded anew after a postponement ("is now set for May", "has been
  rescheduled for"), and a plan beside another meeting's cancellation (pass);
- ``proposal-instead``: a meeting said ``postponed`` or ``cancelled`` whose evidence proposes
  a new date or place for it ("proposed holding it on October 2-4 instead", "floated new
  dates") (pass: no unsupported flag); a place only proposed, offered or floated as the
  venue ("offered Istanbul as a venue", "suggested Budapest could host") (fail, at most
  unconfirmed); the place where it will be held, and a meeting held as planned said
  ``postponed`` (their old verdicts);
- ``signing-figurative``: a truce's signing announced or held ("announced the signing of a
  ceasefire agreement", "a signing ceremony") is ``agreed``, a truce "shredded", "in
  tatters", "in ruins", "torn up", "gone up in smoke" is ``collapsed`` (pass); a welcome
  taken back by the party's own fight going on ("We welcome the call. However, our fight
  will go on") is no support (fail, unsupported); a truce kept from falling apart, fraying
  but holding, or a draft shredded is not collapsed (fail, unconfirmed);
- ``quoted-status``: a status word inside what is watched, investigated, reported or
  prevented ("we are monitoring ceasefire violations", "to prevent a collapse of the
  truce", "any breach will be punished") is no wording of ``violated`` or ``collapsed``
  (fail, unconfirmed); a speaker's own quoted "we have agreed", "they violated the truce",
  "the truce is dead" still words it (pass).

Run ``python tests/data/make_statuses33_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets, public figures in invented sentences); each verdict
follows from the two strengths' definitions, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import KEPT, STRONG, SUPPORTED, WEAK, SupportCases

OUT = Path(__file__).with_name("grounding_statuses33.jsonl")

LEADS = [
    "SEOUL, Sept. 9 (Peninsula Wire) - Officials gave few other details.",
    "LIVE | Updates through the day from our correspondents.",
    "The Evening Ledger - Foreign desk",
    "COMMENTARY | Ines Baptista on the week in diplomacy",
    "Translated from a regional broadcaster's midday news.",
    "Your morning digest: the stories that matter",
    "NAIROBI (Horn Courier) --",
]
built = SupportCases("statuses33", LEADS, closing="More to follow.")
summit = built.graded_summit
truce = built.graded_truce
stance = built.graded_stance


# fmt: off
# ---------------------------------------------------------------- undone-plan
U = "undone-plan"
summit(U, ["Modi", "Sharif"], "scheduled", ["The Modi-Sharif meeting scheduled for Sunday evening has been postponed, officials in Delhi said."], False, STRONG, "a participle plan, the main verb puts it off")
summit(U, ["Trump", "Putin"], "scheduled", ["The summit between Trump and Putin, which was scheduled for May, has been called off."], False, STRONG, "a relative clause's plan, called off")
summit(U, ["Erdogan", "Assad"], "scheduled", ["The meeting of Erdogan and Assad has been cancelled.", "It had been scheduled for late May in Baghdad."], False, STRONG, "'had been scheduled' after a sentence that cancels it")
summit(U, ["Macron", "Tebboune"], "scheduled", ["Macron's planned visit to meet Tebboune in Algiers was shelved on Tuesday."], False, STRONG, "a planned visit shelved")
summit(U, ["Ruto", "Museveni"], "scheduled", ["Talks between Ruto and Museveni that were set for Friday have been pushed back to next month."], False, STRONG, "set for Friday, pushed back")
summit(U, ["Xi", "Albanese"], "scheduled", ["Xi and Albanese had been due to meet in Canberra on June 3.", "The meeting was scrapped after a row over trade."], False, STRONG, "due to meet, then scrapped in the next sentence")
summit(U, ["Lula", "Milei"], "scheduled", ["Lula was to host Milei in Brasilia next week, but the meeting was called off on Monday."], False, STRONG, "'was to host', then called off")
summit(U, ["Starmer", "Modi"], "proposed", ["A proposed meeting between Starmer and Modi on the sidelines has been dropped, Downing Street said."], False, STRONG, "a proposed meeting dropped")
summit(U, ["Rubio", "Lavrov"], "scheduled", ["Rubio and Lavrov were originally slated to meet in Budapest.", "Those plans have been put on ice."], False, STRONG, "originally slated, then on ice")
summit(U, ["Witkoff", "Araghchi"], "scheduled", ["The sixth round, planned for Saturday in Muscat, will not take place, Oman's foreign minister said.", "Witkoff and Araghchi had been expected to attend."], False, STRONG, "planned, then will not take place")
summit(U, ["Kim", "Putin"], "under_way", ["Kim and Putin's talks, which began on Tuesday, were suspended on Wednesday."], False, STRONG, "talks begun, then suspended")
summit(U, ["Netanyahu", "Sisi"], "scheduled", ["Netanyahu's long-planned meeting with Sisi is off.", "It was arranged for next week in Sharm el-Sheikh."], False, STRONG, "'is off', then 'was arranged'")
# Pass: the final status, a plan worded anew, another meeting's cancellation.
summit(U, ["Modi", "Sharif"], "postponed", ["The Modi-Sharif meeting scheduled for Sunday evening has been postponed, officials in Delhi said."], True, SUPPORTED, "the final status")
summit(U, ["Trump", "Putin"], "cancelled", ["The summit between Trump and Putin, which was scheduled for May, has been called off."], True, SUPPORTED, "the final status")
summit(U, ["Erdogan", "Assad"], "cancelled", ["The meeting of Erdogan and Assad has been cancelled.", "It had been scheduled for late May in Baghdad."], True, SUPPORTED, "the final status")
summit(U, ["Rubio", "Lavrov"], "on_hold", ["Rubio and Lavrov were originally slated to meet in Budapest.", "Those plans have been put on ice."], True, SUPPORTED, "the final status")
summit(U, ["Xi", "Albanese"], "cancelled", ["Xi and Albanese had been due to meet in Canberra on June 3.", "The meeting was scrapped after a row over trade."], True, SUPPORTED, "the final status")
summit(U, ["Trump", "Putin"], "scheduled", ["The summit between Trump and Putin, which had been postponed twice, is now scheduled for May."], True, SUPPORTED, "postponed before, now scheduled")
summit(U, ["Ramaphosa", "Tinubu"], "scheduled", ["The Ramaphosa-Tinubu talks were delayed in March.", "They are now set for May 14 in Abuja."], True, SUPPORTED, "delayed, now set for a new date")
summit(U, ["Scholz", "Macron"], "scheduled", ["Scholz and Macron, whose dinner was put off last month, will meet in Paris on Friday."], True, KEPT, "put off before, will meet")
summit(U, ["Trump", "Xi"], "scheduled", ["Trump will meet Xi in Busan on Thursday.", "An earlier stop in Seoul was cancelled."], True, SUPPORTED, "another stop's cancellation")
summit(U, ["Sanchez", "Meloni"], "scheduled", ["Sanchez and Meloni are scheduled to meet in Rome on Monday, after talks last month were called off."], True, SUPPORTED, "a background clause about last month's talks")
summit(U, ["Ruto", "Museveni"], "scheduled", ["The Ruto-Museveni meeting will go ahead as scheduled, despite calls to postpone it."], True, SUPPORTED, "a call to put it off is no putting off")
summit(U, ["Erdogan", "Aliyev"], "scheduled", ["Erdogan and Aliyev will meet in Baku on Friday as planned, officials said, denying reports that the visit had been cancelled."], True, SUPPORTED, "a cancellation denied")
# ---------------------------------------------------------------- proposal-instead
P = "proposal-instead"
summit(P, ["Lee", "Kim"], "postponed", ["The inter-Korean summit was put off last week.", "Lee's office proposed holding it on October 2-4 instead."], True, SUPPORTED, "put off, a new date proposed")
summit(P, ["Lee", "Kim"], "postponed", ["Lee's office proposed holding the summit with Kim on October 2-4 instead."], True, KEPT, "a new date proposed 'instead': no other value")
summit(P, ["Ramaphosa", "Tinubu"], "postponed", ["Ramaphosa suggested meeting Tinubu in the first week of March instead, officials in Pretoria said."], True, KEPT, "another week suggested instead")
summit(P, ["Kishida", "Yoon"], "postponed", ["Tokyo floated new dates for the Kishida-Yoon meeting, proposing mid-July as an alternative."], True, KEPT, "new dates floated")
summit(P, ["Scholz", "Macron"], "cancelled", ["Berlin offered to host the Scholz-Macron talks at a later date instead."], True, KEPT, "a later date offered")
summit(P, ["Putin", "Erdogan"], "postponed", ["The Kremlin said Putin was open to meeting Erdogan in a fortnight instead."], True, KEPT, "open to meeting later instead")
summit(P, ["Netanyahu", "Sisi"], "on_hold", ["Netanyahu's aides suggested a fresh date for the talks with Sisi."], True, KEPT, "a fresh date suggested")
summit(P, ["Albanese", "Luxon"], "postponed", ["With the August date dropped, Albanese invited Luxon to meet in Auckland in September instead."], True, KEPT, "invited to meet instead")
summit(P, ["Lula", "Petro"], "postponed", ["Lula proposed pushing the meeting with Petro to next month."], True, KEPT, "a push to next month proposed")
summit(P, ["Lee", "Kim"], "postponed", ["A new date of October 2-4 has been proposed by Lee's office for the summit with Kim."], True, KEPT, "a new date proposed")
summit(P, ["Lee", "Kim"], "scheduled", ["Lee and Kim will meet in Pyongyang on October 2."], True, SUPPORTED, "the place where they will meet", place="Pyongyang", path="planned_location")
summit(P, ["Rubio", "Lavrov"], "scheduled", ["The rescheduled talks between Rubio and Lavrov will be held in Geneva."], True, SUPPORTED, "the place where it will be held", place="Geneva", path="planned_location")
summit(P, ["Trump", "Putin"], "proposed", ["Orban suggested Budapest could host a Trump-Putin summit."], True, KEPT, "a proposed meeting's proposed place is its place")
summit(P, ["Zelensky", "Putin"], "proposed", ["Ankara offered Istanbul as a possible venue for talks between Zelensky and Putin."], True, KEPT, "a proposed meeting's proposed place")
summit(P, ["Trump", "Putin"], "scheduled", ["Putin accepted Trump's invitation to meet in Anchorage on Friday."], True, KEPT, "an invitation accepted: a plan")
# Fail: a place only proposed; a meeting held as planned is not postponed.
summit(P, ["Lee", "Kim"], "postponed", ["Seoul proposed Pyongyang as the venue for the postponed summit."], False, WEAK, "a venue proposed", place="Pyongyang", path="planned_location")
summit(P, ["Zelensky", "Putin"], "scheduled", ["Ankara offered Istanbul as a possible venue for talks between Zelensky and Putin."], False, WEAK, "a venue offered", place="Istanbul", path="planned_location")
summit(P, ["Trump", "Putin"], "on_hold", ["Orban suggested Budapest could host a Trump-Putin summit."], False, WEAK, "a host city suggested", place="Budapest", path="planned_location")
summit(P, ["Trump", "Xi"], "postponed", ["Riyadh was floated as a venue for the Trump-Xi meeting."], False, WEAK, "a venue floated", place="Riyadh", path="planned_location")
summit(P, ["Lee", "Kim"], "postponed", ["Kim's envoy proposed holding the summit in Wonsan.", "No reply has come from Lee's office."], False, WEAK, "a place proposed for holding it", place="Wonsan", path="planned_location")
summit(P, ["Zelensky", "Putin"], "cancelled", ["Erdogan repeated his offer to host Zelensky and Putin in Istanbul."], False, WEAK, "an offer to host", place="Istanbul", path="planned_location")
summit(P, ["Witkoff", "Araghchi"], "scheduled", ["Oman has put forward Muscat as a neutral venue for the Witkoff-Araghchi talks."], False, WEAK, "a venue put forward", place="Muscat", path="planned_location")
summit(P, ["Trump", "Putin"], "in_doubt", ["Macron's suggestion that Trump and Putin meet in Geneva drew no reply from Moscow."], False, WEAK, "a suggestion of a place", place="Geneva", path="planned_location")
summit(P, ["Lula", "Milei"], "postponed", ["Uruguay invited Lula and Milei to hold their talks in Montevideo."], False, WEAK, "an invitation to hold it there", place="Montevideo", path="planned_location")
summit(P, ["Modi", "Sharif"], "postponed", ["Bangladesh has pitched Dhaka as a venue for the postponed Modi-Sharif talks."], False, WEAK, "a venue pitched", place="Dhaka", path="planned_location")
summit(P, ["Lee", "Kim"], "postponed", ["Lee and Kim met in Panmunjom on Friday as planned."], False, STRONG, "held as planned: not postponed")
summit(P, ["Lee", "Kim"], "postponed", ["Lee's office said the summit with Kim remains scheduled for October 2."], False, STRONG, "still scheduled")
# ---------------------------------------------------------------- signing-figurative
G = "signing-figurative"
truce(G, "agreed", ["The foreign ministry announced the signing of a ceasefire agreement with the rebels."], True, SUPPORTED, "a signing announced")
truce(G, "agreed", ["State television reported the signing of a truce between the two militias in Tripoli."], True, SUPPORTED, "a signing reported")
truce(G, "agreed", ["A signing ceremony for the ceasefire was held in Doha on Tuesday."], True, SUPPORTED, "a signing ceremony held")
truce(G, "agreed", ["Both commanders put their signatures to the truce document late on Friday."], True, SUPPORTED, "signatures put to it")
truce(G, "collapsed", ["Fresh clashes shredded the truce on Tuesday."], True, SUPPORTED, "shredded")
truce(G, "collapsed", ["By nightfall the truce lay in tatters."], True, SUPPORTED, "in tatters")
truce(G, "collapsed", ["The fragile ceasefire unravelled within hours."], True, SUPPORTED, "unravelled")
truce(G, "collapsed", ["After a week of shelling, the ceasefire is in ruins."], True, SUPPORTED, "in ruins")
truce(G, "collapsed", ["Renewed shelling tore up the week-old truce."], True, SUPPORTED, "tore up")
truce(G, "collapsed", ["The Easter truce went up in smoke as artillery duels resumed."], True, SUPPORTED, "went up in smoke")
truce(G, "collapsed", ["The ceasefire disintegrated within days, residents said."], True, SUPPORTED, "disintegrated")
stance(G, "Hamas", "supports", ["\"We welcome the call and will abide by it,\" a Hamas spokesman said."], True, SUPPORTED, "a welcome kept")
stance(G, "Hamas", "supports", ["\"We welcome the call.", "However, we need guarantees,\" said a spokesman for Hamas."], True, KEPT, "a welcome with a condition")
# Fail
stance(G, "Hamas", "supports", ["\"We welcome the call.", "However, our fight will go on,\" a Hamas spokesman said."], False, STRONG, "a welcome taken back: the fight goes on")
stance(G, "Houthis", "supports", ["The Houthis welcomed the appeal but said their operations would continue."], False, STRONG, "welcomed, but operations go on")
stance(G, "RSF", "supports", ["\"We praise the mediators' efforts.", "Our struggle, however, continues,\" the RSF said."], False, STRONG, "praised, the struggle goes on")
stance(G, "Hezbollah", "supports", ["Hezbollah said it backed the diplomatic push, but vowed to keep fighting until Israel withdraws."], False, STRONG, "backed, but will keep fighting")
stance(G, "M23", "supports", ["M23 hailed the Doha talks, yet said its fighters would fight on."], False, STRONG, "hailed, yet will fight on")
stance(G, "Hamas", "supports", ["\"We are in favour of peace.", "Nevertheless, the resistance will not lay down its arms,\" Hamas said."], False, STRONG, "in favour, but will not lay down arms")
truce(G, "collapsed", ["The truce is fraying at the edges but still holding."], False, WEAK, "fraying but holding: no collapse worded (a truce's statuses follow each other, so holding is no contradiction)")
truce(G, "collapsed", ["Monitors warned that renewed shelling could shred the truce."], False, WEAK, "could shred: a prospect")
truce(G, "collapsed", ["Diplomats scrambled to keep the ceasefire from falling apart."], False, WEAK, "kept from falling apart")
truce(G, "collapsed", ["The ceasefire has survived despite tattered trust between the sides."], False, WEAK, "tattered trust, not the truce")
truce(G, "collapsed", ["Mediators shredded their old draft and tabled a new truce proposal."], False, WEAK, "a draft shredded")
truce(G, "agreed", ["The rebels refused to attend the signing of the ceasefire agreement."], False, STRONG, "a signing refused")
# ---------------------------------------------------------------- quoted-status
Q = "quoted-status"
truce(Q, "violated", ["\"We are monitoring ceasefire violations around the clock,\" the UN envoy said."], False, WEAK, "violations watched for")
truce(Q, "violated", ["\"Our teams will investigate any breach of the truce,\" the monitoring mission said."], False, WEAK, "any breach investigated")
truce(Q, "violated", ["'We call on both sides to avoid violations of the ceasefire,' the Egyptian foreign ministry said."], False, WEAK, "violations to avoid")
truce(Q, "violated", ["\"A hotline has been set up to report truce violations,\" an army spokesman said."], False, WEAK, "violations to report")
truce(Q, "violated", ["\"Any violation will be met with force,\" the general warned of the new truce."], False, WEAK, "any violation, to come")
truce(Q, "violated", ["\"We will document every breach,\" said the head of the observer team for the truce."], False, WEAK, "breaches to document")
truce(Q, "collapsed", ["\"We will not let this ceasefire collapse,\" the prime minister told parliament."], False, WEAK, "not letting it collapse")
truce(Q, "collapsed", ["\"Our job is to prevent a collapse of the truce,\" the mediator said."], False, WEAK, "a collapse to prevent")
truce(Q, "violated", ["\"Both sides have pledged to prevent violations,\" the mediator said of the truce."], False, WEAK, "violations to prevent")
truce(Q, "violated", ["\"Monitoring breaches is our priority,\" the head of the ceasefire mission said."], False, WEAK, "breaches watched for")
truce(Q, "violated", ["\"We are looking out for any breaches of the ceasefire,\" a spokeswoman for the monitors said."], False, WEAK, "breaches looked out for")
truce(Q, "collapsed", ["\"We are working to stop the truce from collapsing,\" the envoy said."], False, WEAK, "kept from collapsing")
# Pass
truce(Q, "violated", ["\"They have violated the ceasefire three times since dawn,\" the army spokesman said."], True, SUPPORTED, "a violation stated")
truce(Q, "agreed", ["\"We have agreed,\" the rebel commander told reporters of the truce."], True, SUPPORTED, "the speaker's own agreement")
truce(Q, "agreed", ["\"We have agreed to stop firing at midnight,\" the rebel commander said."], True, SUPPORTED, "the speaker's own agreement")
truce(Q, "collapsed", ["\"The truce is dead,\" a Hamas official said."], True, SUPPORTED, "a collapse stated")
truce(Q, "violated", ["Monitors recorded 40 violations of the ceasefire overnight."], True, SUPPORTED, "violations recorded")
truce(Q, "violated", ["\"We are monitoring the ceasefire, which has been violated repeatedly,\" the envoy said."], True, SUPPORTED, "monitoring, and violated")
truce(Q, "agreed", ["\"We accept the truce,\" the Houthi spokesman said."], True, SUPPORTED, "the speaker's own acceptance")
truce(Q, "in_effect", ["\"Our forces have respected the ceasefire since it began,\" the defence minister said."], True, SUPPORTED, "respected since it began")
truce(Q, "violated", ["\"Russia broke the truce within an hour,\" Zelensky said."], True, SUPPORTED, "a breach stated")
truce(Q, "agreed", ["\"This agreement has been signed and we will honour it,\" the minister said of the truce."], True, SUPPORTED, "signed")
truce(Q, "violated", ["\"We condemn the violations of the ceasefire by the other side,\" the ministry said."], True, SUPPORTED, "violations condemned: they happened")
truce(Q, "violated", ["\"Every day brings new violations of the truce,\" the mayor said."], True, SUPPORTED, "new violations each day")
# fmt: on


# merge review: a putting off in an opening background clause does not undo the plan
summit(
    U,
    ["Ruto", "Museveni"],
    "scheduled",
    ["After two postponements, the Ruto-Museveni summit is scheduled for 14 June in Entebbe."],
    True,
    SUPPORTED,
    "the delays open the sentence; the main clause schedules it",
)
summit(
    U,
    ["Ruto", "Museveni"],
    "scheduled",
    ["After months of planning, the Ruto-Museveni summit has been postponed again."],
    False,
    STRONG,
    "the main clause puts it off",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
