# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the days-4 set (``grounding_days4.jsonl``), written after outside check 21: days a
sentence gives as an end, a deadline, a dateline, a cancelled meeting's old date or another
group's meeting, and two truce status frames, by category:

- ``end-date``: a truce's start in a sentence that also gives its end, a negated "not ...
  until Friday" start, a delay's "postponed until June 2" (pass); the end itself ("that is to
  say until January 12", "from Monday until Friday", "valid through Jan. 12", "runs to",
  "runs out on", "extended to", "up to") as the start (fail);
- ``glued-dateline``: a truce's start written in the body after a caption glued to a dateline
  ("Reuters picQUITO, Sept 4 - The ceasefire will start on October 1"), also when the body
  repeats the dateline's day (pass); the dateline's own date as the start, its place glued to
  a caption's last word or credit ("AFP photoGAZA CITY, Oct 9 (AFP) -") (fail);
- ``moved-meeting``: a summit's new date, or the day of a meeting called off with no new date
  (pass); the old day of a meeting cancelled or moved when a new day is given ("cancel
  Tuesday's meeting ... and set a new date of February 10") (fail);
- ``deadline-after``: a truce's start beside a deadline or a time clause, a deadline the start
  itself must meet ("fighting must stop by noon on Friday"), "shortly after midnight on
  Saturday" (pass); a deadline's day ("by no later than 18:00 on Monday", "a June 5
  deadline", "have until Saturday") or the day of what an after/following clause reports ("a
  day after the signing on Saturday") as the start (fail);
- ``other-group``: a summit's day in a sentence where aides, envoys, ministers or
  negotiators meet on another day (pass); that other group's day (fail);
- ``status-frames``: a truce in effect from a present "begins" with a truce subject and no time
  ("Guns fall silent as Nagorno truce begins"), "is starting to hold", "effective since";
  a kind ``full`` beside "local time" / "local residents" (pass); a truce in effect from a
  bare participle of a start after an agreement ("have agreed to a two-month truce, starting
  with Ramadan"), a "begins" with a time or a condition; a kind ``full`` for a local, limited,
  sea or energy truce written beside "local time" (fail).

Run ``python tests/data/make_days4_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or public figures in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_days4.jsonl")

LEADS = [
    "The Coastline Courier | Region",
    "Live: the truce talks, from our correspondents.",
    "Morning digest from the Andes Ledger desk.",
    "World briefing (Harbour Wire), translated.",
]

built = SupportCases("d4", LEADS, closing="More details are expected.")
add = built.add
article = built.page


def starts(category: str, value: str, sentence: str, expect: bool) -> None:
    fact = {"kind": "full", "starts": value, "evidence": [sentence]}
    add(category, expect, f"starts {value!r}: {sentence[:60]}", article(sentence),
        {"ceasefires": [fact]}, "ceasefires[0].starts")  # fmt: skip


def timing(category: str, value: str, sentence: str, expect: bool) -> None:
    """A summit of Gustavo Petro and Daniel Noboa planned for ``value``."""
    fact = {"parties": ["Gustavo Petro", "Daniel Noboa"], "planned_timing": value,
            "evidence": [sentence]}  # fmt: skip
    add(category, expect, f"planned_timing {value!r}: {sentence[:60]}", article(sentence),
        {"summits": [fact]}, "summits[0].planned_timing")  # fmt: skip


def in_effect(sentence: str, expect: bool) -> None:
    facts = {"ceasefires": [{"kind": "full", "status": "in_effect", "evidence": [sentence]}]}
    add("status-frames", expect, f"in_effect: {sentence[:60]}", article(sentence), facts,
        "ceasefires[0].status")  # fmt: skip


def kind(value: str, sentence: str, expect: bool) -> None:
    facts = {"ceasefires": [{"kind": value, "evidence": [sentence]}]}
    add("status-frames", expect, f"kind {value}: {sentence[:60]}", article(sentence), facts,
        "ceasefires[0].kind")  # fmt: skip


# fmt: off
END_PASS = [
    ("October 1", "The truce will come into effect on October 1, initially for 102 days, that is to say until January 12."),
    ("Monday", "The ceasefire runs from Monday until Friday, the mediators said."),
    ("March 3", "A truce lasting from March 3 to March 17 was agreed in Doha."),
    ("Friday", "The pause will not take effect until Friday, officials in Cairo said."),
    ("June 2", "The start of the ceasefire was postponed until June 2 to give monitors time to deploy."),
    ("Sunday", "Hostilities are to cease at dawn on Sunday and the truce is to last through the end of the month."),
    ("12 May", "Under the accord, the guns fall silent on 12 May and stay silent until 12 August."),
    ("Thursday", "The armistice takes hold at midnight on Thursday, running to the following Wednesday."),
    ("Oct. 1", "Effective Oct. 1 and valid through Jan. 12, the ceasefire covers all fronts."),
    ("Saturday", "The ceasefire began on Saturday and will hold until the end of Ramadan."),
    ("April 10", "A 60-day truce that starts April 10 and expires June 9 was signed in Jeddah."),
    ("Wednesday", "The truce, in force since Wednesday, is due to run until Sunday."),
    ("May 1", "Both armies agreed to halt fire from May 1 through May 31."),
]
END_FAIL = [
    ("January 12", "The truce will come into effect on October 1, initially for 102 days, that is to say until January 12."),
    ("Friday", "The ceasefire runs from Monday until Friday, the mediators said."),
    ("March 17", "A truce lasting from March 3 to March 17 was agreed in Doha."),
    ("12 August", "Under the accord, the guns fall silent on 12 May and stay silent until 12 August."),
    ("Wednesday", "The armistice takes hold at midnight on Thursday, running to the following Wednesday."),
    ("Jan. 12", "Effective Oct. 1 and valid through Jan. 12, the ceasefire covers all fronts."),
    ("June 9", "A 60-day truce that starts April 10 and expires June 9 was signed in Jeddah."),
    ("Sunday", "The truce, in force since Wednesday, is due to run until Sunday."),
    ("May 31", "Both armies agreed to halt fire from May 1 through May 31."),
    ("Friday", "The lull is expected to hold till Friday, a UN envoy said."),
    ("December 31", "The ceasefire was extended to December 31, the presidency said."),
    ("Monday", "Israel said the pause in strikes would last up to Monday."),
    ("March 30", "The truce, which runs out on March 30, took effect in mid-February."),
    ("Thursday", "Fighting is to stop for three days, that is, until Thursday."),
]
GLUED_PASS = [
    ("October 1", "Reuters picQUITO, Sept 4 \u2014 The ceasefire will start on October 1 and last 102 days."),
    ("March 3", "AFP photoKABUL, March 3 \u2014 The truce began on March 3 at dawn, officials said."),
    ("Sunday", "File photoNAIROBI, May 2 (Reuters) - A ceasefire took effect on Sunday in the north."),
    ("Nov. 27", "Photo: EPABEIRUT, Nov. 27 \u2013 The truce between Israel and Hezbollah came into force on Nov. 27 at 4 a.m."),
    ("Jan 19", "(Photo by Getty Images)DOHA, Jan 15 - The ceasefire in Gaza begins on Jan 19, the mediators said."),
    ("Oct. 1", "Image: APBOGOTA, Sept. 26 \u2014 The government and the rebels signed a truce that starts Oct. 1."),
    ("April 2", "Reuters/FileSANAA, April 2 \u2014 A two-month truce began on April 2 at 7 p.m."),
    ("May 22", "pic courtesy of AFPKHARTOUM, May 20 \u2014 A seven-day truce takes effect on May 22 at 21:45."),
    ("tomorrow", "Reuters picCARACAS, July 5 -- The truce starts tomorrow at noon, the army said."),
    ("Sept. 5", "Getty ImagesMINSK, Sept. 5 (AP) \u2014 The ceasefire is to come into force at 6 p.m. on Sept. 5."),
    ("Feb. 4", "MANILA, Feb. 2 \u2014 The truce begins on Feb. 4, both sides said."),
    ("11 May", "Xinhua photoADDIS ABABA, 9 May \u2014 The ceasefire takes effect on 11 May."),
]
GLUED_FAIL = [
    ("Sept 4", "Reuters picQUITO, Sept 4 \u2014 The government and the rebels have agreed to a ceasefire."),
    ("Oct 9", "AFP photoGAZA CITY, Oct 9 (AFP) - Israel and Hamas agreed to the first phase of a truce."),
    ("May 2", "File photoNAIROBI, May 2 \u2014 The truce in the north holds, residents said."),
    ("Nov. 26", "Photo: EPABEIRUT, Nov. 26 \u2013 The truce between Israel and Hezbollah is to take effect at dawn."),
    ("Jan 15", "(Photo by Getty Images)DOHA, Jan 15 - Mediators announced a ceasefire deal for Gaza."),
    ("Sept. 26", "Image: APBOGOTA, Sept. 26 \u2014 The government and the rebels signed a truce."),
    ("April 1", "Reuters/FileSANAA, April 1 \u2014 The warring parties agreed to a two-month truce."),
    ("May 20", "pic courtesy of AFPKHARTOUM, May 20 \u2014 The army and the RSF agreed to a seven-day truce."),
    ("July 5", "Reuters picCARACAS, July 5 -- The truce starts tomorrow at noon, the army said."),
    ("Sept. 5", "Getty ImagesMINSK, Sept. 5 (AP) \u2014 The ceasefire deal was signed after talks."),
    ("9 May", "Xinhua photoADDIS ABABA, 9 May \u2014 Kiir and Machar agreed to a ceasefire."),
    ("July 28", "AP Photo/John SmithPHNOM PENH, July 28 (AP) \u2014 A ceasefire between Thailand and Cambodia took effect at midnight."),
]
MOVED_PASS = [
    ("February 10", "The leaders decided to cancel Tuesday's meeting of Petro and Noboa and set a new date of February 10."),
    ("Friday", "Officials postponed Tuesday's meeting between Petro and Noboa to Friday."),
    ("Tuesday", "Officials called off Tuesday's meeting between Petro and Noboa."),
    ("March 3", "Quito scrapped the Monday summit of Petro and Noboa, rescheduling it for March 3."),
    ("Thursday", "Petro and Noboa's Wednesday talks were moved to Thursday, aides said."),
    ("Tuesday", "The meeting of Petro and Noboa on Tuesday was cancelled after a dispute."),
    ("June 3", "The summit of Petro and Noboa, first planned for May 28, was postponed to June 3."),
    ("Saturday", "After cancelling Tuesday's summit, Petro and Noboa agreed to meet on Saturday instead."),
    ("February 10", "Tuesday's meeting of Petro and Noboa has been put off until February 10."),
    ("Friday", "The foreign ministry delayed Petro and Noboa's meeting from Tuesday to Friday."),
    ("Sunday", "Ecuador postponed Wednesday's talks between Petro and Noboa until Sunday."),
    ("Thursday", "The Sunday meeting between Petro and Noboa was scrapped and rescheduled for next Thursday."),
    ("March 9", "Citing security, Ecuador called off the Thursday summit of Petro and Noboa and set March 9 instead."),
]
MOVED_FAIL = [
    ("Tuesday", "The leaders decided to cancel Tuesday's meeting of Petro and Noboa and set a new date of February 10."),
    ("Tuesday", "Officials postponed Tuesday's meeting between Petro and Noboa to Friday."),
    ("Monday", "Quito scrapped the Monday summit of Petro and Noboa, rescheduling it for March 3."),
    ("Wednesday", "Petro and Noboa's Wednesday talks were moved to Thursday, aides said."),
    ("May 28", "The summit of Petro and Noboa, first planned for May 28, was postponed to June 3."),
    ("Tuesday", "After cancelling Tuesday's summit, Petro and Noboa agreed to meet on Saturday instead."),
    ("Tuesday", "Tuesday's meeting of Petro and Noboa has been put off until February 10."),
    ("Tuesday", "The foreign ministry delayed Petro and Noboa's meeting from Tuesday to Friday."),
    ("Wednesday", "Ecuador postponed Wednesday's talks between Petro and Noboa until Sunday."),
    ("Sunday", "The Sunday meeting between Petro and Noboa was scrapped and rescheduled for next Thursday."),
    ("Thursday", "Citing security, Ecuador called off the Thursday summit of Petro and Noboa and set March 9 instead."),
]
DEADLINE_PASS = [
    ("Sunday", "Fighters must withdraw by no later than 18:00 on Monday, and the truce starts on Sunday."),
    ("Sunday", "The truce starts on Sunday, a day after the signing on Saturday."),
    ("noon on Friday", "Under the deal, fighting must stop by noon on Friday."),
    ("Saturday", "The ceasefire began shortly after midnight on Saturday."),
    ("Thursday", "Two days after the prisoner swap on Tuesday, the truce took effect on Thursday."),
    ("June 1", "The ceasefire takes effect on June 1, ahead of a June 5 deadline for the pullback."),
    ("Wednesday", "The truce began on Wednesday, hours after the cabinet endorsed the plan on Tuesday."),
    ("dawn on Friday", "The guns fell silent at dawn on Friday, a day after the text was initialled on Thursday."),
    ("Sunday", "Troops have until Saturday to pull back; the ceasefire itself starts Sunday."),
    ("8 p.m. on Monday", "The pause begins at 8 p.m. on Monday, with a deadline of Wednesday for the hostage release."),
    ("Tuesday", "The ceasefire was announced on Sunday and takes hold on Tuesday, before the vote on Thursday."),
    ("Monday", "The truce must take effect by Monday, the mediators insisted."),
    ("Sunday", "Both sides must stop firing no later than Sunday, under the plan."),
    ("Sunday", "The truce took hold on Sunday, following clashes that killed four people on Saturday."),
]
DEADLINE_FAIL = [
    ("Monday", "Fighters must withdraw by no later than 18:00 on Monday, and the truce starts on Sunday."),
    ("Saturday", "The truce starts on Sunday, a day after the signing on Saturday."),
    ("Tuesday", "Two days after the prisoner swap on Tuesday, the truce took effect on Thursday."),
    ("June 5", "The ceasefire takes effect on June 1, ahead of a June 5 deadline for the pullback."),
    ("Tuesday", "The truce began on Wednesday, hours after the cabinet endorsed the plan on Tuesday."),
    ("Thursday", "The guns fell silent at dawn on Friday, a day after the text was initialled on Thursday."),
    ("Saturday", "Troops have until Saturday to pull back; the ceasefire itself starts Sunday."),
    ("Wednesday", "The pause begins at 8 p.m. on Monday, with a deadline of Wednesday for the hostage release."),
    ("Friday", "Rebels were given until Friday to hand over heavy weapons under the truce that began on Monday."),
    ("Monday", "Militias have a Monday deadline to leave the city, and the truce begins at dawn on Tuesday."),
    ("July 4", "The truce, which took effect on July 1, requires heavy guns to be withdrawn by July 4."),
    ("Saturday", "The truce took hold on Sunday, following clashes that killed four people on Saturday."),
    ("Friday", "Armed groups must leave the buffer zone before Friday, while the truce begins on Sunday."),
]
GROUP_PASS = [
    ("Friday", "Gustavo Petro and Daniel Noboa will meet on Friday, and their aides meet on Wednesday."),
    ("Friday", "Petro and Noboa, whose envoys met on Monday, will hold talks on Friday."),
    ("Thursday", "Foreign ministers will prepare the ground on Tuesday; Petro and Noboa meet on Thursday."),
    ("Monday", "Petro and Noboa meet on Monday, their spokesmen said."),
    ("Saturday", "Petro and Noboa will sit down on Saturday, while negotiators from both sides gather on Thursday."),
    ("Tuesday", "Aides said Petro and Noboa will meet on Tuesday, after a ministers' meeting on Sunday."),
    ("Friday", "Delegations met in Quito on Monday, and Petro and Noboa are due to meet on Friday."),
    ("Sunday", "Petro will host Noboa on Sunday; the two defence ministers meet on Saturday."),
    ("Tuesday", "The presidents' summit is on Tuesday, and deputies hold a preparatory session on Monday."),
    ("Wednesday", "On Wednesday, Petro and Noboa will meet in Quito; their advisers met on Monday."),
    ("Friday", "Petro and Noboa hold talks on Friday, two days after their envoys meet in Lima on Wednesday."),
    ("Friday", "Petro and Noboa will meet on Friday, but their chief negotiators sit down on Tuesday."),
    ("Saturday", "Ahead of the Petro-Noboa summit on Saturday, officials from both governments will meet on Thursday."),
]
GROUP_FAIL = [
    ("Wednesday", "Gustavo Petro and Daniel Noboa will meet on Friday, and their aides meet on Wednesday."),
    ("Monday", "Petro and Noboa, whose envoys met on Monday, will hold talks on Friday."),
    ("Tuesday", "Foreign ministers will prepare the ground on Tuesday; Petro and Noboa meet on Thursday."),
    ("Thursday", "Petro and Noboa will sit down on Saturday, while negotiators from both sides gather on Thursday."),
    ("Sunday", "Aides said Petro and Noboa will meet on Tuesday, after a ministers' meeting on Sunday."),
    ("Monday", "Delegations met in Quito on Monday, and Petro and Noboa are due to meet on Friday."),
    ("Saturday", "Petro will host Noboa on Sunday; the two defence ministers meet on Saturday."),
    ("Monday", "The presidents' summit is on Tuesday, and deputies hold a preparatory session on Monday."),
    ("Monday", "On Wednesday, Petro and Noboa will meet in Quito; their advisers met on Monday."),
    ("Wednesday", "Petro and Noboa hold talks on Friday, two days after their envoys meet in Lima on Wednesday."),
    ("Tuesday", "Petro and Noboa will meet on Friday, but their chief negotiators sit down on Tuesday."),
    ("Thursday", "Ahead of the Petro-Noboa summit on Saturday, officials from both governments will meet on Thursday."),
]
IN_EFFECT_PASS = [
    "Guns fall silent as Nagorno truce begins",
    "Ceasefire begins in Gaza as hostages prepare for release",
    "Calm returns to Idlib as the truce begins.",
    "The truce is starting to hold in the south, residents say.",
    "Sudan truce holds as aid convoys move",
    "Yemen truce takes hold after years of war",
    "The ceasefire, which became effective on Monday, has largely held.",
    "Fragile Libya ceasefire begins amid mistrust",
    "The truce, starting at dawn on Friday, has been broadly respected.",
    "Both sides say the ceasefire has been effective since Monday.",
    "Silence along the front as the Easter truce begins",
]
IN_EFFECT_FAIL = [
    "The two sides have agreed to a two-month nationwide truce, starting with the holy month of Ramadan.",
    "The parties agreed to a truce starting next month, the envoy said.",
    "The government announced a ceasefire effective from Friday.",
    "Rebels accepted a truce starting at midnight on Sunday.",
    "Mediators said the warring sides had agreed to a pause, effective next week.",
    "The truce begins at midnight, the army said.",
    "Truce begins Monday in Darfur",
    "Refugees will go home once the ceasefire begins.",
    "Under the deal, a 72-hour truce starting Saturday will allow aid in.",
    "Israel and Hamas agreed to a six-week truce, starting on Sunday with the release of three hostages.",
    "A ceasefire begins tomorrow in Gaza, mediators said.",
]
FULL_PASS = [
    "The ceasefire began at 06:00 local time (03:00 GMT).",
    "The truce took effect at midnight local time, officials said.",
    "The ceasefire was holding, local residents said.",
    "The ceasefire, according to local media, took hold overnight.",
    "A truce came into force at 7 a.m. local time on Sunday.",
    "The truce was observed, local officials told reporters.",
    "The ceasefire took effect at noon local time across all fronts.",
    "The truce began at 0600 local time, the army said.",
    "Hostilities ended as the armistice took effect at 11 a.m. local time.",
    "The ceasefire started at 18:30 local time, local sources said.",
]
FULL_FAIL = [
    "A local ceasefire took effect at 06:00 local time in the town.",
    "The truce covers only the area around the airport.",
    "The ceasefire in the city of Taiz began at noon local time.",
    "A limited truce began at dawn local time.",
    "The localised ceasefire took hold at 18:00 local time.",
    "The energy truce took effect at midnight local time.",
    "A truce at sea began at 06:00 local time.",
    "The humanitarian pause started at 10:00 local time.",
    "Partial ceasefire begins at noon local time in the north",
    "The truce in the town of Kobani began at 6 a.m. local time.",
]
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    built.cases.clear()
    for category, passing, failing, make in [
        ("end-date", END_PASS, END_FAIL, starts),
        ("glued-dateline", GLUED_PASS, GLUED_FAIL, starts),
        ("moved-meeting", MOVED_PASS, MOVED_FAIL, timing),
        ("deadline-after", DEADLINE_PASS, DEADLINE_FAIL, starts),
        ("other-group", GROUP_PASS, GROUP_FAIL, timing),
    ]:
        for expect, (value, sentence) in verdicts(passing, failing):
            make(category, value, sentence, expect)
    for expect, sentence in verdicts(IN_EFFECT_PASS, IN_EFFECT_FAIL):
        in_effect(sentence, expect)
    for expect, sentence in verdicts(FULL_PASS, FULL_FAIL):
        kind("full", sentence, expect)
    _second_round()
    _third_round()
    return built.cases


def _third_round() -> None:
    """Wordings tried by hand after the second round (ends as participles and "through to",
    a new date after a semicolon, a subject after "as", a group with no verb of its own, a
    group before a speech verb), decided before running."""
    for make, category, value, sentence, expect in [
        (starts, "end-date", "January 12", "The truce runs through to January 12.", False),
        (starts, "end-date", "January 12", "The truce, ending January 12, began on October 3.", False),
        (starts, "end-date", "October 3", "The truce, ending January 12, began on October 3.", True),
        (starts, "end-date", "January 12", "The ceasefire, expiring on January 12, took effect on Nov. 1.", False),
        (starts, "end-date", "Nov. 1", "The ceasefire, expiring on January 12, took effect on Nov. 1.", True),
        (starts, "end-date", "January 12", "The truce will be in place up to and including January 12.", False),
        (timing, "moved-meeting", "Tuesday", "Tuesday's planned meeting of Petro and Noboa was cancelled; a new date, February 10, was set.", False),
        (timing, "moved-meeting", "February 10", "Tuesday's planned meeting of Petro and Noboa was cancelled; a new date, February 10, was set.", True),
        (timing, "other-group", "Wednesday", "Petro and Noboa meet on Friday, as their foreign ministers hold talks on Wednesday.", False),
        (timing, "other-group", "Friday", "Petro and Noboa meet on Friday, as their foreign ministers hold talks on Wednesday.", True),
        (timing, "other-group", "Thursday", "Officials on Monday announced that Petro and Noboa will meet on Thursday, after talks on Wednesday.", True),
        (timing, "other-group", "Wednesday", "Petro and Noboa will meet on Friday, and their aides on Wednesday.", False),
        (timing, "other-group", "Friday", "Petro and Noboa will meet on Friday, and their aides on Wednesday.", True),
        (timing, "other-group", "Friday", "Petro will meet Noboa on Thursday, with officials from both sides meeting on Friday.", False),
    ]:  # fmt: skip
        make(category, value, sentence, expect)


def _second_round() -> None:
    """Cases written after the first round ran, in other wording, decided before running."""
    for make, category, value, sentence, expect in [
        (starts, "end-date", "Friday", "Under the plan, hostilities halt on Friday and the pause remains valid until 30 June.", True),
        (starts, "end-date", "30 June", "Under the plan, hostilities halt on Friday and the pause remains valid until 30 June.", False),
        (starts, "end-date", "1 March", "The ceasefire, in place from 1 March till 15 March, was signed by both commanders.", True),
        (starts, "end-date", "15 March", "The ceasefire, in place from 1 March till 15 March, was signed by both commanders.", False),
        (starts, "end-date", "Sunday", "The truce, which began at dawn, lasts through Sunday night.", False),
        (starts, "end-date", "Feb. 28", "Hamas said the calm would continue up until Feb. 28.", False),
        (starts, "end-date", "Feb. 1", "Hamas said the calm, which began on Feb. 1, would continue up until Feb. 28.", True),
        (starts, "end-date", "Tuesday", "Russia's Easter truce is in force until midnight on Tuesday, the Kremlin said.", False),
        (starts, "end-date", "Saturday", "The Kremlin said its Easter truce starts at 6 p.m. on Saturday and runs until midnight on Sunday.", True),
        (starts, "end-date", "Sunday", "The Kremlin said its Easter truce starts at 6 p.m. on Saturday and runs until midnight on Sunday.", False),
        (starts, "end-date", "Monday", "No ceasefire will take effect until Monday, the army warned.", True),
        (starts, "glued-dateline", "Aug. 14", "Photo courtesy UNICEFJUBA, Aug. 14 (Reuters) - South Sudan's rivals signed a truce.", False),
        (starts, "glued-dateline", "Aug. 15", "Photo courtesy UNICEFJUBA, Aug. 14 (Reuters) - South Sudan's rivals signed a truce that takes effect on Aug. 15.", True),
        (starts, "glued-dateline", "March 9", "Reuters photoBAMAKO, March 9 \u2014 Mali's junta and the rebels agreed to halt fighting.", False),
        (starts, "glued-dateline", "December 3", "EPA-EFE/STRINGERKHAN YOUNIS, December 3 \u2014 Israel said the pause in Gaza would hold.", False),
        (starts, "glued-dateline", "December 4", "EPA-EFE/STRINGERKHAN YOUNIS, December 3 \u2014 Israel said the pause in Gaza would begin on December 4.", True),
        (timing, "moved-meeting", "Thursday", "Colombia's foreign ministry postponed the Thursday meeting between Petro and Noboa until next week, setting Tuesday as the new date.", False),
        (timing, "moved-meeting", "Tuesday", "Colombia's foreign ministry postponed the Thursday meeting between Petro and Noboa until next week, setting Tuesday as the new date.", True),
        (timing, "moved-meeting", "Monday", "Monday's Petro-Noboa summit has been called off and will now take place on March 20.", False),
        (timing, "moved-meeting", "March 20", "Monday's Petro-Noboa summit has been called off and will now take place on March 20.", True),
        (timing, "moved-meeting", "Friday", "The talks between Petro and Noboa planned for Friday were called off, a spokesman said.", True),
        (timing, "moved-meeting", "Wednesday", "Petro and Noboa scrapped their Wednesday meeting and agreed to meet on Saturday instead.", False),
        (timing, "moved-meeting", "Saturday", "Petro and Noboa scrapped their Wednesday meeting and agreed to meet on Saturday instead.", True),
        (starts, "deadline-after", "Friday", "Under the truce, which starts on Wednesday, all foreign fighters must be gone by Friday.", False),
        (starts, "deadline-after", "Wednesday", "Under the truce, which starts on Wednesday, all foreign fighters must be gone by Friday.", True),
        (starts, "deadline-after", "Monday", "The ceasefire took effect on Tuesday, a day after parliament ratified it on Monday.", False),
        (starts, "deadline-after", "Tuesday", "The ceasefire took effect on Tuesday, a day after parliament ratified it on Monday.", True),
        (starts, "deadline-after", "Sunday", "The truce took effect on Monday, 24 hours after the ultimatum expired on Sunday.", False),
        (starts, "deadline-after", "Saturday", "Aid began to flow as the truce took hold on Sunday, one day after the Saturday deadline for the handover.", False),
        (starts, "deadline-after", "Sunday", "Aid began to flow as the truce took hold on Sunday, one day after the Saturday deadline for the handover.", True),
        (starts, "deadline-after", "Thursday", "Israel gave Hamas until Thursday to accept the ceasefire, which would start on Friday.", False),
        (starts, "deadline-after", "Friday", "Israel gave Hamas until Thursday to accept the ceasefire, which would start on Friday.", True),
        (starts, "deadline-after", "Monday", "The truce begins on Tuesday following the funeral of the general on Monday.", False),
        (timing, "other-group", "Tuesday", "Petro and Noboa are to meet on Thursday; their foreign ministers hold talks on Tuesday.", False),
        (timing, "other-group", "Thursday", "Petro and Noboa are to meet on Thursday; their foreign ministers hold talks on Tuesday.", True),
        (timing, "other-group", "Sunday", "Petro and Noboa, whose sherpas gathered on Sunday, sit down for talks on Monday.", False),
        (timing, "other-group", "Monday", "Petro and Noboa, whose sherpas gathered on Sunday, sit down for talks on Monday.", True),
        (timing, "other-group", "Friday", "The two presidents meet on Saturday in Quito, while ministers from both countries meet on Friday.", False),
        (timing, "other-group", "Saturday", "The two presidents meet on Saturday in Quito, while ministers from both countries meet on Friday.", True),
    ]:  # fmt: skip
        make(category, value, sentence, expect)
    for sentence, expect in [
        ("Ukraine-Russia energy truce begins as attacks pause", True),
        ("Nationwide ceasefire begins across Myanmar", True),
        ("The truce, effective immediately, was announced by the presidency.", True),
        ("The humanitarian pause begins on Friday at 10 a.m.", False),
        ("Both parties accepted a 60-day truce, starting after the Eid holiday.", False),
        ("The army unveiled a week-long ceasefire, commencing Sunday.", False),
        ("Sudan's rivals agreed a truce effective from 6 a.m. tomorrow.", False),
    ]:  # fmt: skip
        in_effect(sentence, expect)
    for sentence, expect in [
        ("The ceasefire was declared at 14:00 local time by the army.", True),
        ("A local truce in the Old City began at 14:00 local time.", False),
    ]:  # fmt: skip
        kind("full", sentence, expect)


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
