# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the status-40 set (``grounding_status40.jsonl``): status wordings read by their grammar,
the time of a status verb, and a later stage worded in another evidence sentence (an outside
check, session 18, check 40's causes 1 and 2). Each case's why names the strength of its
verdict (:func:`support_sets.graded_check`). By category:

- ``wording``: a meeting that "broke down", "foundered" or "was cut short" was held (not "plans
  for a summit collapsed"); a tally ("by 251 votes to 9") is a vote; "neither endorsing nor
  rejecting" is skeptical; a truce "under a three-phase agreement" is agreed (not "under a
  draft agreement"); "is directing the trade representative to raise tariffs" is announced
  (not "is considering directing");
- ``tense``: "is hosting a summit on Sunday" and "will meet" are no held meeting; "was
  hosting" is; a loose "already" beside "will come into force on May 2" is no start;
- ``moved``: a meeting moved or put off and then held or set anew: "first planned for Lagos
  in June, was shifted to Abuja and held there on Friday" is held on Friday (postponed only
  unconfirmed; June refused); "postponed twice since January, will now take place in
  Montevideo on April 9" is scheduled, not held;
- ``owner``: a stance belongs to the subject of its own clause in a contrast ("Egypt accepted
  the map, while Sudan said it was still studying it": awaiting an answer is Sudan's, not
  Egypt's; an adverb between "it was" and the cue no longer hides the speaker);
- ``later``: another evidence sentence of the same fact words a later stage: "signed it into
  law" refuses ``passed_one_chamber``; "it expired at dawn" refuses ``in_effect``; "took
  effect at midnight" refuses ``proposed``; a later stage only foreseen ("is due to expire")
  refuses nothing.

Run ``python tests/data/make_status40_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, public figures and bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, STRONG, SUPPORTED, WEAK, SupportCases

OUT = Path(__file__).with_name("grounding_status40.jsonl")

LEADS = [
    "NAIROBI, May 6 (Rift Valley Wire) -",
    "LIVE | Rolling coverage from the capital",
    "The Baltic Courier | World",
    "Press release | Office of the Trade Envoy",
    "From our correspondent in Manila.",
    "SANTIAGO (Andes Post) --",
    "Morning briefing: what you need to know",
]
built = SupportCases("st40", LEADS)
PAIRS = [["Ruto", "Suluhu"], ["Marcos", "Anwar"], ["Boric", "Petro"], ["Tusk", "Nauseda"]]
OK, NO = True, False


def summit(category, value, sentences, expect, strength, why):
    parties = PAIRS[len(built.cases) % len(PAIRS)]
    if strength == ANY:
        fact(
            category, "summits", "status", value, sentences, expect, strength, why, parties=parties
        )
        return
    built.graded_summit(category, parties, value, sentences, expect, strength, why)


def truce(category, value, sentences, expect, strength, why):
    if strength == ANY:
        fact(category, "ceasefires", "status", value, sentences, expect, strength, why)
        return
    built.graded_truce(category, value, sentences, expect, strength, why)


fact = built.graded_fact


def measure(category, value, sentences, expect, strength, why, instrument="bill"):
    fact(
        category,
        "sanctions",
        "status",
        value,
        sentences,
        expect,
        strength,
        why,
        instrument=instrument,
    )


def event(category, value, sentences, expect, strength, why):
    fact(
        category, "events", "kind", value, sentences, expect, strength, why, description="the event"
    )


def stance(category, party, value, sentences, expect, strength, why):
    if strength == ANY:
        built.stance(category, party, value, sentences[0], expect)
        return
    built.graded_stance(category, party, value, sentences, expect, strength, why)


C = "wording"
for value, sentence, expect, strength, why in [
    (
        "held",
        "The meeting between the two presidents broke down after forty minutes over the wording of the communique.",
        OK,
        SUPPORTED,
        "a meeting that broke down was held",
    ),
    (
        "held",
        "Thursday's talks in Mombasa foundered on the question of grazing rights.",
        OK,
        SUPPORTED,
        "talks that foundered were held",
    ),
    (
        "held",
        "The summit at the Malacanang Palace collapsed in acrimony shortly after lunch, aides said.",
        OK,
        SUPPORTED,
        "a summit that collapsed in acrimony",
    ),
    (
        "held",
        "Their encounter in Bogota was cut short when a fire alarm sounded.",
        OK,
        SUPPORTED,
        "cut short: it had begun",
    ),
    (
        "held",
        "According to two diplomats, the session broke up without a joint statement.",
        OK,
        SUPPORTED,
        "broke up",
    ),
    (
        "held",
        "Negotiations between the delegations fell apart on the second evening in Vilnius.",
        OK,
        SUPPORTED,
        "fell apart",
    ),
    (
        "held",
        "Plans for a summit between the two leaders collapsed in March.",
        NO,
        ANY,
        "the plans collapsed, no meeting",
    ),
    (
        "held",
        "Efforts to arrange a meeting between the presidents broke down over the venue.",
        NO,
        ANY,
        "the efforts broke down",
    ),
    (
        "held",
        "The proposed talks in Lusaka fell apart days before the delegations were due to fly.",
        NO,
        ANY,
        "a proposed meeting that fell apart",
    ),
    (
        "held",
        "Hopes of a meeting in Geneva foundered when Warsaw refused to send a delegation.",
        NO,
        ANY,
        "hopes foundered",
    ),
    (
        "held",
        "The talks collapsed before they could begin, a foreign ministry official said.",
        NO,
        ANY,
        "collapsed before they could begin",
    ),
    (
        "held",
        "The ceasefire broke down on Friday, a day before the leaders were to meet.",
        NO,
        ANY,
        "the truce broke down, not the meeting",
    ),
]:
    summit(C, value, [sentence], expect, strength, why)
for value, sentence, expect, strength, why in [
    (
        "vote",
        "The Sejm backed the amendment by 251 votes to 9 late on Wednesday.",
        OK,
        SUPPORTED,
        "a tally",
    ),
    (
        "vote",
        "On Monday the upper house gave the bill a second reading by 312 votes to 41, lawmakers said.",
        OK,
        SUPPORTED,
        "a reading by a tally",
    ),
    (
        "vote",
        "The chamber approved the measure by a vote of 61 to 38.",
        OK,
        SUPPORTED,
        "by a vote of N to M",
    ),
    (
        "vote",
        "The motion went through by a margin of 14 to 3 in the committee.",
        OK,
        SUPPORTED,
        "a margin of N to M",
    ),
    (
        "vote",
        "Shelling killed 14 people and wounded 38 in the town, officials said.",
        NO,
        ANY,
        "casualty counts, no tally",
    ),
    (
        "vote",
        "Prices rose from 40 to 55 cents a litre over the month.",
        NO,
        ANY,
        "a rise from N to M",
    ),
]:
    event(C, value, [sentence], expect, strength, why)
for party, value, sentence, expect, strength, why in [
    (
        "Ukraine",
        "skeptical",
        "So Kyiv is neither endorsing nor rejecting the offer; it wants thirty days instead.",
        OK,
        SUPPORTED,
        "neither endorsing nor rejecting",
    ),
    (
        "Armenia",
        "skeptical",
        "Yerevan has neither accepted nor ruled out the proposal, officials said.",
        OK,
        SUPPORTED,
        "neither accepted nor ruled out",
    ),
    (
        "Sudan",
        "skeptical",
        "The army stopped short of endorsing the truce, saying it needed to study the map.",
        OK,
        SUPPORTED,
        "stopped short of endorsing",
    ),
    (
        "Venezuela",
        "skeptical",
        "Caracas would not say whether it would accept the pause.",
        OK,
        SUPPORTED,
        "would not say whether",
    ),
    (
        "Ukraine",
        "rejects",
        "So Kyiv is neither endorsing nor rejecting the offer; it wants thirty days instead.",
        NO,
        ANY,
        "it does not reject it",
    ),
    (
        "Armenia",
        "agreed",
        "Yerevan has neither accepted nor ruled out the proposal, officials said.",
        NO,
        ANY,
        "it has not accepted",
    ),
    (
        "Serbia",
        "skeptical",
        "Neither Belgrade nor Pristina rejected the plan on Friday.",
        NO,
        ANY,
        "neither of two parties: no stance held back",
    ),
]:
    stance(C, party, value, [sentence], expect, strength, why)
for value, sentence, expect, strength, why in [
    (
        "agreed",
        "The two armies will stop firing from Saturday under a two-stage agreement brokered in Jeddah.",
        OK,
        SUPPORTED,
        "under an agreement",
    ),
    (
        "agreed",
        "Guns are to fall silent at dawn under the deal that Turkish mediators announced on Tuesday.",
        OK,
        SUPPORTED,
        "under the deal",
    ),
    (
        "agreed",
        "Under an accord reached overnight in Doha, the militias will pull back 10 km.",
        OK,
        SUPPORTED,
        "under an accord reached",
    ),
    (
        "agreed",
        "The pause would begin on Sunday under a draft agreement still being discussed in Cairo.",
        NO,
        ANY,
        "a draft agreement",
    ),
    (
        "agreed",
        "Fighting could stop under a proposed deal that Qatar circulated on Monday.",
        NO,
        ANY,
        "a proposed deal",
    ),
    (
        "agreed",
        "Shelling would stop at once under a possible deal floated by Oman, diplomats said.",
        NO,
        ANY,
        "a possible deal",
    ),
]:
    truce(C, value, [sentence], expect, strength, why)
for value, sentence, expect, strength, why in [
    (
        "announced",
        "Today, the President is directing the Trade Representative to raise tariffs on $9 billion of imports from Vietnam.",
        OK,
        SUPPORTED,
        "is directing ... to raise tariffs",
    ),
    (
        "announced",
        "The Prime Minister is instructing the finance ministry to impose a 15 percent duty on imported steel.",
        OK,
        SUPPORTED,
        "is instructing",
    ),
    (
        "announced",
        "The order directs the Commerce Secretary to levy a 20 percent surcharge on aluminium.",
        OK,
        SUPPORTED,
        "the order directs",
    ),
    (
        "announced",
        "The President is considering directing the Trade Representative to raise tariffs on solar panels.",
        NO,
        ANY,
        "considering: not announced",
    ),
    (
        "announced",
        "Officials said the cabinet may be ordering new curbs on rice exports next month.",
        NO,
        ANY,
        "may: not announced",
    ),
]:
    measure(C, value, [sentence], expect, strength, why, instrument="executive_action")

C = "tense"
for value, sentence, expect, strength, why in [
    (
        "held",
        "Zelensky then flies to London, where Starmer is hosting a summit of European leaders on Sunday.",
        NO,
        ANY,
        "is hosting ... on Sunday: ahead",
    ),
    (
        "held",
        "The two presidents are meeting in Tallinn next week to discuss energy links.",
        NO,
        ANY,
        "are meeting next week",
    ),
    (
        "held",
        "Ramaphosa is holding talks with the opposition on Friday, his spokesman said.",
        NO,
        ANY,
        "is holding talks on Friday",
    ),
    ("held", "The prime ministers will meet in Riga on Thursday.", NO, ANY, "will meet"),
    (
        "held",
        "Anwar is hosting the two leaders at his residence this weekend.",
        NO,
        ANY,
        "is hosting this weekend",
    ),
    (
        "held",
        "Starmer hosted a summit of European leaders on Sunday.",
        OK,
        SUPPORTED,
        "hosted: past",
    ),
    (
        "held",
        "Starmer was hosting a summit of European leaders on Sunday when the news broke.",
        OK,
        SUPPORTED,
        "was hosting: past",
    ),
    (
        "held",
        "The two presidents met in Tallinn on Tuesday to discuss energy links.",
        OK,
        SUPPORTED,
        "met",
    ),
    (
        "held",
        "Ramaphosa held talks with the opposition on Friday, his spokesman said.",
        OK,
        SUPPORTED,
        "held talks",
    ),
    (
        "held",
        "Anwar hosted the two leaders at his residence at the weekend.",
        OK,
        SUPPORTED,
        "hosted",
    ),
    (
        "held",
        "The foreign ministers are holding talks in Hanoi on Wednesday, the ministry said.",
        NO,
        ANY,
        "are holding talks on Wednesday",
    ),
    ("held", "Lula will host Boric at the Planalto palace on Monday.", NO, ANY, "will host"),
    (
        "held",
        "Macron is receiving the Polish president at the Elysee tomorrow.",
        NO,
        ANY,
        "is receiving tomorrow",
    ),
    (
        "held",
        "The foreign ministers held talks in Hanoi on Wednesday, the ministry said.",
        OK,
        SUPPORTED,
        "held talks",
    ),
    ("held", "Lula hosted Boric at the Planalto palace on Monday.", OK, SUPPORTED, "hosted"),
]:
    summit(C, value, [sentence], expect, strength, why)
for value, sentence, expect, strength, why in [
    (
        "in_force",
        "The additional duty will come into force on May 2, and cargo already at sea is exempted.",
        NO,
        STRONG,
        "will come into force: not yet",
    ),
    (
        "in_force",
        "Under the decree, the levy will take effect 30 days after publication; shipments already booked are spared.",
        NO,
        STRONG,
        "will take effect",
    ),
    (
        "in_force",
        "The additional duty came into force on May 2, and cargo already at sea is exempted.",
        OK,
        SUPPORTED,
        "came into force",
    ),
    (
        "in_force",
        "The earlier 10 per cent tariff is already in force, the ministry said.",
        OK,
        SUPPORTED,
        "already in force",
    ),
    (
        "in_force",
        "The sanctions, which remain in effect, will be reviewed in June.",
        OK,
        SUPPORTED,
        "remain in effect",
    ),
]:
    measure(C, value, [sentence], expect, strength, why, instrument="executive_action")

C = "later"
for value, sentences, expect, strength, why in [
    (
        "passed_one_chamber",
        [
            "The governor signed the sanctions bill into law on Tuesday.",
            "The assembly passed it on March 3 by 70 votes to 12.",
        ],
        NO,
        STRONG,
        "signed into law since",
    ),
    (
        "passed_one_chamber",
        [
            "The measure became law on Friday with the president's signature.",
            "The Senate had cleared it the week before.",
        ],
        NO,
        STRONG,
        "became law since",
    ),
    (
        "introduced",
        [
            "The president signed the act into law on Monday.",
            "Senator Ward introduced it in January 2023.",
        ],
        NO,
        STRONG,
        "introduced, then enacted",
    ),
    (
        "enacted",
        [
            "The governor signed the sanctions bill into law on Tuesday.",
            "The assembly passed it on March 3 by 70 votes to 12.",
        ],
        OK,
        SUPPORTED,
        "the latest stage",
    ),
    (
        "passed_one_chamber",
        [
            "The House passed the bill on Wednesday by 288 votes to 130.",
            "The president has said he would sign it into law if the Senate agrees.",
        ],
        OK,
        SUPPORTED,
        "signing only foreseen",
    ),
    (
        "passed_one_chamber",
        [
            "The lower house approved the bill on Thursday.",
            "It is expected to be signed into law next month.",
        ],
        OK,
        SUPPORTED,
        "expected to be signed",
    ),
    (
        "passed_one_chamber",
        [
            "The Senate approved the measure 71-27 on Tuesday.",
            "The House is set to take it up next week.",
        ],
        OK,
        SUPPORTED,
        "no later stage",
    ),
    (
        "passed_one_chamber",
        [
            "The act became law on Monday after the president signed it.",
            "The lower house had passed it in May.",
        ],
        NO,
        STRONG,
        "became law since",
    ),
]:
    measure(C, value, sentences, expect, strength, why)
for value, sentences, expect, strength, why in [
    (
        "in_effect",
        [
            "The 30-hour Orthodox Christmas truce began at noon on Saturday.",
            "Both sides traded accusations of breaches, and it expired on schedule.",
        ],
        NO,
        STRONG,
        "it expired",
    ),
    (
        "in_effect",
        [
            "A halt to shelling took hold along the river on Monday.",
            "By Wednesday the truce had collapsed.",
        ],
        NO,
        STRONG,
        "collapsed since",
    ),
    (
        "in_effect",
        ["The pause took effect at 6 a.m.", "It lapsed at midnight without being renewed."],
        NO,
        STRONG,
        "lapsed",
    ),
    (
        "proposed",
        [
            "Thailand and Laos agreed to an immediate ceasefire that took effect at midnight on Monday."
        ],
        NO,
        STRONG,
        "took effect: no longer proposed",
    ),
    (
        "proposed",
        ["Mediators proposed a three-day truce.", "The truce took effect on Friday at dawn."],
        NO,
        STRONG,
        "took effect since",
    ),
    (
        "in_effect",
        [
            "The 30-hour Orthodox Christmas truce began at noon on Saturday.",
            "It is due to expire at midnight on Sunday.",
        ],
        OK,
        SUPPORTED,
        "due to expire: still on",
    ),
    (
        "in_effect",
        [
            "A halt to shelling took hold along the river on Monday.",
            "Officials fear it could collapse if the talks fail.",
        ],
        OK,
        SUPPORTED,
        "could collapse: still on",
    ),
    (
        "expired",
        [
            "The 30-hour Orthodox Christmas truce began at noon on Saturday.",
            "Both sides traded accusations of breaches, and it expired on schedule.",
        ],
        OK,
        SUPPORTED,
        "the latest state",
    ),
    (
        "proposed",
        ["Mediators proposed a three-day truce that would take effect on Friday."],
        OK,
        SUPPORTED,
        "would take effect: a proposal",
    ),
    (
        "in_effect",
        [
            "Thailand and Laos agreed to an immediate ceasefire that took effect at midnight on Monday."
        ],
        OK,
        SUPPORTED,
        "took effect",
    ),
    (
        "proposed",
        [
            "Oman has floated a 30-day truce, an initiative aimed at halting hostilities along the coast."
        ],
        OK,
        SUPPORTED,
        "halting: no start verb",
    ),
    (
        "proposed",
        [
            "Mediators proposed a pause in the fighting.",
            "Officials said it has not taken hold anywhere yet.",
        ],
        OK,
        SUPPORTED,
        "no start: not taken hold",
    ),
    (
        "in_effect",
        ["The Eid truce came into force on Friday.", "It ended at sunset on Sunday, as planned."],
        NO,
        STRONG,
        "it ended",
    ),
    (
        "in_effect",
        ["The Eid truce came into force on Friday.", "Officials said it was due to end on Monday."],
        OK,
        SUPPORTED,
        "due to end: still on",
    ),
]:
    truce(C, value, sentences, expect, strength, why)


C = "owner"
OWNERS = [
    (
        "Egypt accepted the map on Sunday, while Sudan said it was still studying it.",
        "Egypt",
        "agreed",
        "Sudan",
        "awaiting_answer",
    ),
    (
        "Kosovo signed the deal on Monday, but Serbia said it was still considering the text.",
        "Kosovo",
        "agreed",
        "Serbia",
        "awaiting_answer",
    ),
    (
        "Ethiopia welcomed the proposal, whereas Eritrea said it was still reviewing it.",
        "Ethiopia",
        "supports",
        "Eritrea",
        "awaiting_answer",
    ),
    (
        "Azerbaijan rejected the offer outright, while Armenia said it was still weighing its reply.",
        "Azerbaijan",
        "rejects",
        "Armenia",
        "awaiting_answer",
    ),
    (
        "Pakistan agreed to the truce late on Friday; India said it was currently reviewing the terms.",
        "Pakistan",
        "agreed",
        "India",
        "awaiting_answer",
    ),
    (
        "Rwanda accepted the text, while Congo said it was now studying the annexes.",
        "Rwanda",
        "agreed",
        "Congo",
        "awaiting_answer",
    ),
]
for sentence, first, first_value, second, second_value in OWNERS:
    built.stance(C, first, first_value, sentence, OK)
    built.stance(C, second, second_value, sentence, OK)
    built.stance(C, first, second_value, sentence, NO)  # the other party's stance
    built.stance(C, second, first_value, sentence, NO)


C = "moved"
S1 = "The meeting of the two foreign ministers, first planned for Lagos in June, was shifted to Abuja and held there on Friday."
S2 = "The summit between Lula and Milei, postponed twice since January, will now take place in Montevideo on April 9, aides said."
S3 = "Talks between the two defence chiefs, delayed since the autumn, will now be held in Oslo on March 2."
S4 = "The forum, originally slated for Cebu in March, was moved to Davao and convened there on Monday."
S5 = "Their summit was delayed by a week and finally held in Seoul on Thursday."
S6 = "The two leaders, whose talks were put off in May, will now meet in Baku on July 1."
# Check 38's shape (a regression of the session-18 lead's merge): an earlier plan called off
# in its own clause, then the meeting set anew after a semicolon.
S7 = "A planned summit between the two was called off last year; they will now meet in Lima on June 9."
S8 = "Talks scheduled for March were cancelled, and the ministers will now meet on May 20 instead."


def moved(value, sentence, expect, strength, why, timing=None, path="status"):
    parties = PAIRS[len(built.cases) % len(PAIRS)]
    if strength == ANY:
        item = {
            "parties": parties,
            "status": value,
            "planned_timing": timing,
            "evidence": [sentence],
        }
        built.add(
            C,
            expect,
            f"summit {path}: {why}",
            built.page(sentence),
            {"summits": [item]},
            f"summits[0].{path}",
        )
        return
    built.graded_summit(
        C, parties, value, [sentence], expect, strength, why, timing=timing, path=path
    )


for value, sentence, expect, strength, why in [
    ("held", S1, OK, SUPPORTED, "shifted, then held there"),
    ("held", S4, OK, SUPPORTED, "moved, then convened there"),
    ("held", S5, OK, SUPPORTED, "delayed and finally held"),
    ("scheduled", S2, OK, SUPPORTED, "will now take place"),
    ("scheduled", S3, OK, SUPPORTED, "will now be held"),
    ("scheduled", S6, OK, SUPPORTED, "will now meet"),
    ("postponed", S1, NO, WEAK, "shifted once, held now"),
    ("postponed", S4, NO, WEAK, "moved once, convened now"),
    ("postponed", S5, NO, WEAK, "delayed once, held now"),
    ("held", S2, NO, ANY, "still ahead"),
    ("held", S3, NO, ANY, "still ahead"),
    ("held", S6, NO, ANY, "still ahead"),
    ("cancelled", S2, NO, ANY, "it will take place"),
    ("scheduled", S7, OK, SUPPORTED, "called off last year, will now meet"),
    ("scheduled", S8, OK, SUPPORTED, "cancelled, then will now meet instead"),
    ("held", S7, NO, ANY, "still ahead after the old plan was called off"),
    ("held", S8, NO, ANY, "still ahead"),
]:
    moved(value, sentence, expect, strength, why)
for status, timing, sentence, expect, why in [
    ("held", "on Friday", S1, OK, "held there on Friday"),
    ("held", "on Monday", S4, OK, "convened there on Monday"),
    ("held", "on Thursday", S5, OK, "finally held on Thursday"),
    ("scheduled", "April 9", S2, OK, "will now take place on April 9"),
    ("held", "in June", S1, NO, "June was the first plan"),
    ("held", "in March", S4, NO, "March was the first plan"),
    ("scheduled", "in May", S6, NO, "May is when the talks were put off"),
    ("scheduled", "since January", S2, NO, "January is when the postponements began"),
]:
    moved(
        status,
        sentence,
        expect,
        SUPPORTED if expect else ANY,
        why,
        timing=timing,
        path="planned_timing",
    )


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
