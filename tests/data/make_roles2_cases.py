# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the second days, roles and counts red-team set (``grounding_roles2.jsonl``): value-
support cases for the causes an independent check on other outlets' articles found (check 19),
by category, each with what must pass and what must fail:

- ``day-clock``: a ceasefire's start names a day and a time ("6 p.m. on Saturday"); each must
  be the one stated ("11 a.m. on Friday" is not "2 a.m. on Friday"), a 24-hour "04:00" is a
  morning, and the time the truce ends, lapses or fighting resumes is no start;
- ``day-verb``: a day written between a subject and its verb ("Russia on Thursday announced
  a ceasefire to take effect at midnight") is that verb's: the announcement's, the signing's,
  the speaker's day, not the start's; "the rebels on Monday began observing" is a start;
- ``day-event``: a start's day is not the day of another event of its sentence ("the truce
  begins on Monday, while the prisoner swap is planned for Wednesday", "following the hostage
  handover on Saturday"), unless the truce is that clause's too ("..., when the truce also
  begins");
- ``party-aside``: a stance's party is not one named only in another role: as mediators after
  its people's word ("Egyptian mediators said"), in a relative clause or apposition ("Qatar,
  which mediated the talks, said", "Turkey, the main mediator, said"), as the announcer in a
  scene-setting phrase ("After Washington's announcement, ..."), or as the host by its capital
  ("negotiations held in Nairobi");
- ``summit-host``: a summit's parties are the ones meeting: a host named only as the host
  ("thanked Prime Minister Lee of Singapore for hosting", "talks hosted by President X") is
  none; a host that takes part ("Xi hosted Putin") is one;
- ``count-unit``: two numbers of a sentence each take their own unit ("within 72 hours ...
  within 30 days"; "40 kilometres in 3 hours"): a count of hours is not the days' number;
  a clock time is no count; the other side's number ("while 45 oppose it") is not the backers'.

Run ``python tests/data/make_roles2_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, public figures in invented sentences); each verdict
is what a careful fact-checker reads in the text, decided when the case was written, never by
running the code. Written in two rounds: the first (191 cases, written with the rules) had 19
wrong when first run (a 24-hour "04:00", a truce's end and fighting's resumption, a reported
clause's day, "on Sunday night confirmed", "..., when the truce also begins", a day after
another day's clause, "has survived a vote", hosts by title, capital or "thanked by", units
across kinds, "120 lawmakers back", "over 3 days"); the second (152 cases, other wording,
decided before it was run) had 19 wrong: "0600 GMT", "was meant to stop at 8 p.m.", "the
truce would hold from", a welcoming's and a release's day, a five-word apposition, a list
before its aside ("Egypt and Qatar, the two mediators"), "which has long mediated",
"warnings", hosts in a relative clause, an apposition or "was thanked", the subject of
"hosted the talks between", "thanked Trump for hosting him" (a visit: the host meets), "N
days to withdraw" and "in 48 hours" as no count of people. All were fixed in the rules, none
by changing a verdict.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, lines, verdicts

OUT = Path(__file__).with_name("grounding_roles2.jsonl")

built = SupportCases("roles2")
add, count = built.add, built.count
starts = built.day


# --- 1. a day and a time, each the stated one ----------------------------------------------

CLOCKS = """Truce timetable for the northern front

The truce will take effect at 6 p.m. on Saturday, the army said.

Guns fell silent at 04:00 on Monday along the northern front.

Under the deal, fighting must stop by noon on Friday, Aug. 1.

The pause begins at 9:30 a.m. local time on July 31.

A ceasefire came into force at midnight on Sunday, and shelling resumed at 7 a.m. on Monday.

Israel said the truce would start at 10 a.m. on Sunday.

Fighting stopped at 11 p.m. on Thursday, hours after the deal was signed at 3 p.m.

Mediators said the truce would begin at dawn on Saturday and last until 6 p.m. on Monday.

The ceasefire, which took effect at 8 p.m. on Sunday, was broken within hours.
"""
T = lines(CLOCKS)
for index, value, ok, why in (
    (0, "6 p.m. on Saturday", True, "as written"),
    (0, "6 p.m.", True, "the time alone"),
    (0, "Saturday", True, "the day alone"),
    (0, "8 p.m. on Saturday", False, "another hour, the right day"),
    (0, "6 a.m. on Saturday", False, "the other half of the day"),
    (0, "6 p.m. on Sunday", False, "the right hour, another day"),
    (1, "4 a.m. on Monday", True, "04:00 is 4 a.m."),
    (1, "04:00", True, "as written"),
    (1, "4 p.m. on Monday", False, "04:00 is a morning"),
    (1, "5 a.m. on Monday", False, "another hour"),
    (2, "noon on Friday", True, "stop by noon on Friday"),
    (2, "Friday, Aug. 1", True, "as written"),
    (2, "Aug. 1", True, "the date alone"),
    (2, "Friday, Aug. 2", False, "another date"),
    (2, "Thursday", False, "another day"),
    (3, "9:30 a.m. on July 31", True, "as written"),
    (3, "9:30 p.m. on July 31", False, "the other half of the day"),
    (3, "9 a.m. on July 31", False, "another minute"),
    (3, "9:30 a.m. on July 30", False, "another date"),
    (4, "midnight on Sunday", True, "came into force at midnight on Sunday"),
    (4, "Sunday", True, "the day alone"),
    (4, "7 a.m. on Monday", False, "when shelling resumed"),
    (4, "Monday", False, "the day shelling resumed"),
    (5, "10 a.m. on Sunday", True, "as written"),
    (5, "10 a.m.", True, "the time alone"),
    (5, "11 a.m. on Sunday", False, "another hour"),
    (6, "11 p.m. on Thursday", True, "stopped at 11 p.m. on Thursday"),
    (6, "11 p.m.", True, "the time alone"),
    (6, "3 p.m. on Thursday", False, "the signing's time"),
    (6, "3 p.m.", False, "the signing's time"),
    (7, "dawn on Saturday", True, "begin at dawn on Saturday"),
    (7, "Saturday", True, "the day alone"),
    (7, "6 p.m. on Monday", False, "when it ends"),
    (8, "8 p.m. on Sunday", True, "took effect at 8 p.m. on Sunday"),
    (8, "8 a.m. on Sunday", False, "the other half of the day"),
):  # fmt: skip
    starts("day-clock", CLOCKS, T[index], value, ok, why)


# --- 2. a day before its verb ----------------------------------------------------------------

VERBS = """Who said what, and when

Russia on Thursday announced a ceasefire to take effect at midnight.

The rebels on Monday began observing a week-long truce.

Kenya's foreign ministry late on Sunday said the truce would apply from Tuesday.

The two sides on Friday signed a truce that starts on Sunday.

Hamas on Tuesday formally accepted the truce, which begins on Thursday.

The army's chief of staff on Saturday ordered troops to stop firing at 6 a.m. on Sunday.

The government yesterday declared a unilateral truce starting today.

Both militias on Wednesday stopped fighting around the airport.

The UN envoy on July 27 told the council that the truce had taken effect on July 25.

Mediators on Monday proposed a truce to begin on Wednesday.

Both sides last Tuesday agreed to a truce, and it began on Friday.

Israel on Sunday night confirmed that the ceasefire had started.

Sudan's army on Saturday said it would observe a truce from Monday.
"""
V = lines(VERBS)
for index, value, ok, why in (
    (0, "Thursday", False, "the announcement's day"),
    (1, "Monday", True, "began observing on Monday"),
    (2, "Sunday", False, "the day the ministry spoke"),
    (2, "Tuesday", True, "would apply from Tuesday"),
    (3, "Friday", False, "the signing's day"),
    (3, "Sunday", True, "starts on Sunday"),
    (4, "Tuesday", False, "the day Hamas accepted"),
    (4, "Thursday", True, "begins on Thursday"),
    (5, "Saturday", False, "the order's day"),
    (5, "6 a.m. on Sunday", True, "stop firing at 6 a.m. on Sunday"),
    (6, "yesterday", False, "the declaration's day"),
    (6, "today", True, "starting today"),
    (7, "Wednesday", True, "stopped fighting on Wednesday"),
    (8, "July 27", False, "the day the envoy spoke"),
    (8, "July 25", True, "taken effect on July 25"),
    (9, "Monday", False, "the proposal's day"),
    (9, "Wednesday", True, "to begin on Wednesday"),
    (10, "Tuesday", False, "the agreement's day"),
    (10, "Friday", True, "began on Friday"),
    (11, "Sunday", False, "the confirmation's day"),
    (12, "Saturday", False, "the day the army spoke"),
    (12, "Monday", True, "observe a truce from Monday"),
):  # fmt: skip
    starts("day-verb", VERBS, V[index], value, ok, why)


# --- 3. the day of another event ------------------------------------------------------------

EVENTS = """A week of truce milestones

The truce starts on Monday, while the prisoner swap is planned for Wednesday.

The ceasefire took effect on Friday, but the release of the first hostages was pushed back to Sunday.

Aid deliveries resumed on Tuesday, two days after the truce began on Sunday.

Following the hostage handover on Saturday, the ceasefire began on Sunday.

The truce is due to start on Thursday, and the withdrawal of troops is expected on Saturday.

The exchange of prisoners took place on Monday, a day before the truce took effect on Tuesday.

Voting in the referendum ends on Sunday, when the truce also begins.

While the truce began on Monday, the first aid convoy is not expected until Thursday.

The truce has held since Friday, and the evacuation of the wounded will start on Monday.

Elections are scheduled for Oct. 12, and the truce will remain in force until then.

The ceasefire that began on Aug. 2 has survived a vote in parliament on Aug. 5.

The truce and the hostage exchange both begin on Friday.

The prisoner exchange begins on Thursday and the truce follows on Saturday.

The funeral was held on Sunday, the second day of the truce.
"""
E = lines(EVENTS)
for index, value, ok, why in (
    (0, "Monday", True, "the truce starts on Monday"),
    (0, "Wednesday", False, "the swap's day"),
    (1, "Friday", True, "took effect on Friday"),
    (1, "Sunday", False, "the release's new day"),
    (2, "Tuesday", False, "the day deliveries resumed"),
    (2, "Sunday", True, "the truce began on Sunday"),
    (3, "Saturday", False, "the handover's day"),
    (3, "Sunday", True, "the ceasefire began on Sunday"),
    (4, "Thursday", True, "due to start on Thursday"),
    (4, "Saturday", False, "the withdrawal's day"),
    (5, "Monday", False, "the exchange's day"),
    (5, "Tuesday", True, "took effect on Tuesday"),
    (6, "Sunday", True, "when the truce also begins"),
    (7, "Monday", True, "the truce began on Monday"),
    (7, "Thursday", False, "the convoy's day"),
    (8, "Friday", True, "held since Friday"),
    (8, "Monday", False, "the evacuation's day"),
    (9, "Oct. 12", False, "the elections' day"),
    (10, "Aug. 2", True, "began on Aug. 2"),
    (10, "Aug. 5", False, "the vote's day"),
    (11, "Friday", True, "both begin on Friday"),
    (12, "Thursday", False, "the exchange's day"),
    (12, "Saturday", True, "the truce follows on Saturday"),
    (13, "Sunday", False, "the funeral's day"),
):  # fmt: skip
    starts("day-event", EVENTS, E[index], value, ok, why)


# --- 4. a stance's party, not one named in an aside or a role -------------------------------

ASIDES = """Truce diplomacy, in asides

Hamas accepted the truce, Egyptian mediators said.

Qatar, which mediated the talks, said Israel had agreed to the ceasefire.

Egypt, which had proposed the truce, welcomed its approval by Sudan's army.

After Washington's announcement, both Armenia and Azerbaijan said they would halt fire.

Following Moscow's statement, Ukraine agreed to the energy truce.

At negotiations held in Nairobi, the Ethiopian government accepted the ceasefire.

Turkey, the main mediator, said Russia and Ukraine had both accepted the grain truce.

The Norwegian facilitators confirmed that Colombia agreed to a truce.

In response to the Kremlin's declaration, Kyiv accepted the Easter truce.

Oman, which hosted the talks, announced that Iran and the United States had agreed to a pause.

Russia's statement that it accepts the truce was welcomed in Kyiv.

After talks in Moscow, Russia agreed to the truce.

Saudi mediators, who hosted both delegations in Jeddah, said Sudan's army accepted the truce.

Israel, which has backed the plan, agreed to the ceasefire.

Egypt, who helped broker the deal, said Hamas had accepted it.
"""
A = lines(ASIDES)


def stance(index: int, passes: list[str], fails: list[str]) -> None:
    evidence = A[index]
    for expect, party in verdicts(passes, fails):
        position = {"party": party, "stance": "agreed", "evidence": [evidence]}
        add("party-aside", expect, f"{party} agreed: {evidence[:60]}", ASIDES,
            {"ceasefires": [{"positions": [position]}]}, "ceasefires[0].positions[0].party")  # fmt: skip


stance(0, ["Hamas"], ["Egypt"])
stance(1, ["Israel"], ["Qatar"])
stance(2, ["Sudan"], ["Egypt"])
stance(3, ["Armenia", "Azerbaijan"], ["United States"])
stance(4, ["Ukraine"], ["Russia"])
stance(5, ["Ethiopia"], ["Kenya"])
stance(6, ["Russia", "Ukraine"], ["Turkey"])
stance(7, ["Colombia"], ["Norway"])
stance(8, ["Ukraine"], ["Russia"])
stance(9, ["Iran", "United States"], ["Oman"])
stance(10, ["Russia"], [])
stance(11, ["Russia"], [])
stance(12, ["Sudan"], ["Saudi Arabia"])
stance(13, ["Israel"], [])
stance(14, ["Hamas"], ["Egypt"])


# --- 5. a summit's host takes part only where it is said to ------------------------------------

HOSTS = """Hosts and guests

Trump thanked Prime Minister Lee of Singapore for hosting his meeting with Kim Jong Un.

Putin and Zelensky met in Istanbul at talks hosted by Turkish President Recep Tayyip Erdogan.

Xi hosted Putin in Beijing for two days of talks.

Lula thanked Egypt for hosting the talks between Putin and Zelensky.

Macron and Merz met in Paris, hosted by Macron at the Elysee.

The Kremlin thanked Saudi Arabia for hosting the talks between Russian and American officials.

Kim and Trump met at the Capella hotel, and both thanked Singapore's Prime Minister Lee for hosting them.

Modi and Xi held talks on the sidelines of the summit hosted by Putin in Kazan.

Putin hosted Trump in Moscow, and the two leaders held talks for three hours.

Zelensky met Trump in the Oval Office, hosted by Trump.

Ramaphosa thanked Qatar's emir for hosting the talks between Tshisekedi and Kagame.

Starmer and Carney met at Chequers, the prime minister's country residence.

Kagame and Tshisekedi met in Luanda, thanking Angola for hosting them.

Thanks to Oman for hosting, Iran and the United States held indirect talks in Muscat.

Finnish President Sauli Niinisto, thanked by both for hosting, did not join Trump and Putin in their talks.

Abiy and Isaias met in Djibouti, whose president was thanked for hosting.

The two presidents thanked their host, Tokayev, for hosting the meeting in Astana, where Putin and Aliyev held talks.
"""
H = lines(HOSTS)


def summit(index: int, parties: list[str], expect: list[bool]) -> None:
    built.meeting_parties("summit-host", HOSTS, H[index], parties, expect)


summit(0, ["Donald Trump", "Kim Jong Un", "Lee"], [True, True, False])
summit(1, ["Putin", "Zelensky", "Erdogan"], [True, True, False])
summit(2, ["Xi", "Putin"], [True, True])
summit(3, ["Putin", "Zelensky", "Egypt"], [True, True, False])
summit(4, ["Macron", "Merz"], [True, True])
summit(5, ["Russia", "United States", "Saudi Arabia"], [True, True, False])
summit(6, ["Kim", "Trump", "Lee"], [True, True, False])
summit(7, ["Modi", "Xi", "Putin"], [True, True, False])
summit(8, ["Putin", "Trump"], [True, True])
summit(9, ["Zelensky", "Trump"], [True, True])
summit(10, ["Tshisekedi", "Kagame", "Qatar"], [True, True, False])
summit(11, ["Starmer", "Carney"], [True, True])
summit(12, ["Kagame", "Tshisekedi", "Angola"], [True, True, False])
summit(13, ["Iran", "United States", "Oman"], [True, True, False])
summit(14, ["Trump", "Putin", "Sauli Niinisto"], [True, True, False])
summit(15, ["Abiy", "Isaias", "Djibouti"], [True, True, False])
summit(16, ["Putin", "Aliyev", "Tokayev"], [True, True, False])


# --- 6. each number its own unit ----------------------------------------------------------------

UNITS = """Deadlines and distances

Under the deal, prisoners must be freed within 72 hours and displaced families may return within 30 days.

The truce lasts 10 days, and each daily pause runs for 6 hours.

The convoy travelled 40 kilometres in 3 hours.

Israel freed 300 prisoners at 4 p.m. on Monday.

Some 120 lawmakers back the motion, while 45 oppose it.

The ceasefire will be reviewed after 60 days, with a first report due in 2 weeks.

The 48-hour truce began after 9 months of fighting.

Troops pulled back 15 kilometres from the line within 24 hours.

Aid trucks carrying 500 tonnes of flour crossed over 3 days.
"""
N = lines(UNITS)
for index, what, value, qualifier, ok in (
    (0, "hours to free the prisoners", 72, "at_most", True),
    (0, "hours to free the prisoners", 30, "exact", False),
    (0, "days for displaced families to return", 30, "at_most", True),
    (0, "days for displaced families to return", 72, "exact", False),
    (1, "days of truce", 10, "exact", True),
    (1, "days of truce", 6, "exact", False),
    (1, "hours of each daily pause", 6, "exact", True),
    (1, "hours of each daily pause", 10, "exact", False),
    (2, "kilometres travelled by the convoy", 40, "exact", True),
    (2, "kilometres travelled by the convoy", 3, "exact", False),
    (2, "hours the convoy travelled", 3, "exact", True),
    (2, "hours the convoy travelled", 40, "exact", False),
    (3, "prisoners freed", 300, "exact", True),
    (3, "prisoners freed", 4, "exact", False),
    (4, "lawmakers backing the motion", 120, "about", True),
    (4, "lawmakers backing the motion", 45, "exact", False),
    (4, "lawmakers opposing the motion", 45, "exact", True),
    (4, "lawmakers opposing the motion", 120, "about", False),
    (5, "days until the review", 60, "exact", True),
    (5, "days until the review", 2, "exact", False),
    (5, "weeks until the first report", 2, "exact", True),
    (5, "weeks until the first report", 60, "exact", False),
    (6, "hours of truce", 48, "exact", True),
    (6, "hours of truce", 9, "exact", False),
    (6, "months of fighting", 9, "exact", True),
    (6, "months of fighting", 48, "exact", False),
    (7, "kilometres troops pulled back", 15, "exact", True),
    (7, "kilometres troops pulled back", 24, "exact", False),
    (7, "hours to pull back", 24, "at_most", True),
    (7, "hours to pull back", 15, "exact", False),
    (8, "tonnes of flour", 500, "exact", True),
    (8, "tonnes of flour", 3, "exact", False),
    (8, "days of crossings", 3, "exact", True),
    (8, "days of crossings", 500, "exact", False),
):  # fmt: skip
    count("count-unit", ok, UNITS, N[index], what, value, qualifier)


# --- round 2: other wording, other outlets' styles (decided before it was run) ---------------

CLOCKS2 = """Wire times

A truce between the two armies took hold at 0600 GMT on Thursday, the monitors said.

The guns are due to go quiet at half past nine on Saturday evening.

From 5 a.m. Tuesday, all hostilities must cease, the agreement says.

The pause, which began at 09:00 on Monday, expired at 21:00 the same day.

Fighting was meant to stop at 8 p.m., but the truce only began at 11 p.m. on Friday.

The ceasefire will start at 12:01 a.m. Saturday and run for 72 hours.

Both armies will halt fire at 4 a.m. on 3 August.
"""
T2 = lines(CLOCKS2)
for index, value, ok, why in (
    (0, "6 a.m. on Thursday", True, "0600 GMT is 6 a.m."),
    (0, "Thursday", True, "the day alone"),
    (0, "6 p.m. on Thursday", False, "0600 is a morning"),
    (0, "8 a.m. on Thursday", False, "another hour"),
    (1, "Saturday", True, "go quiet on Saturday"),
    (1, "Sunday", False, "another day"),
    (2, "5 a.m. Tuesday", True, "as written"),
    (2, "5 a.m. on Tuesday", True, "with 'on'"),
    (2, "7 a.m. Tuesday", False, "another hour"),
    (2, "5 a.m. Wednesday", False, "another day"),
    (3, "9 a.m. on Monday", True, "began at 09:00"),
    (3, "09:00 on Monday", True, "as written"),
    (3, "9 p.m. on Monday", False, "21:00 is when it expired"),
    (4, "11 p.m. on Friday", True, "only began at 11 p.m."),
    (4, "8 p.m. on Friday", False, "the time it was meant to stop"),
    (5, "12:01 a.m. Saturday", True, "as written"),
    (5, "12:01 p.m. Saturday", False, "the other half of the day"),
    (6, "4 a.m. on August 3", True, "halt fire at 4 a.m. on 3 August"),
    (6, "4 a.m. on August 4", False, "another date"),
    (6, "3 a.m. on August 3", False, "3 is the date, not the hour"),
):  # fmt: skip
    starts("day-clock", CLOCKS2, T2[index], value, ok, why)

VERBS2 = """Datelines of a truce

Ankara last night announced that the truce would hold from dawn on Friday.

The Sudanese army on 14 July said it would begin a 72-hour truce.

Moscow on Friday evening unilaterally declared a 30-hour Easter truce.

Fighters from both sides on Saturday laid down their arms as the truce began.

Government forces early Sunday stopped shelling the city.

The junta on Wednesday agreed to a seven-day truce that starts Friday.

The mediators on 2 March brokered a truce, which took effect from 4 March.

Israel's cabinet on Saturday approved a truce due to begin on Sunday morning.

Rebels yesterday welcomed the ceasefire, which comes into force on Friday.

Kyiv on Tuesday said it would observe the truce from midnight.

The ceasefire on Monday entered into force across the region.

The militia on Thursday resumed attacks, ending the truce.

Hostilities on the northern front ceased on Tuesday at noon.

The foreign minister in a statement on Monday confirmed the ceasefire would start on Thursday.

Armenia and Azerbaijan on Friday signed the truce at a ceremony in Washington.
"""
V2 = lines(VERBS2)
for index, value, ok, why in (
    (0, "Friday", True, "hold from dawn on Friday"),
    (1, "July 14", False, "the day the army spoke"),
    (2, "Friday", False, "the declaration's day"),
    (3, "Saturday", True, "laid down their arms as the truce began"),
    (4, "Sunday", True, "stopped shelling early Sunday"),
    (5, "Wednesday", False, "the agreement's day"),
    (5, "Friday", True, "starts Friday"),
    (6, "March 2", False, "the day it was brokered"),
    (6, "March 4", True, "took effect from 4 March"),
    (7, "Saturday", False, "the approval's day"),
    (7, "Sunday", True, "due to begin on Sunday morning"),
    (8, "yesterday", False, "the day rebels welcomed it"),
    (8, "Friday", True, "comes into force on Friday"),
    (9, "Tuesday", False, "the day Kyiv spoke"),
    (10, "Monday", True, "entered into force on Monday"),
    (11, "Thursday", False, "the day attacks resumed"),
    (12, "Tuesday", True, "ceased on Tuesday"),
    (12, "noon on Tuesday", True, "ceased on Tuesday at noon"),
    (13, "Monday", False, "the statement's day"),
    (13, "Thursday", True, "would start on Thursday"),
    (14, "Friday", False, "the signing's day"),
):  # fmt: skip
    starts("day-verb", VERBS2, V2[index], value, ok, why)

EVENTS2 = """Sequencing the deal

The ceasefire is set to begin on Friday; the handover of bodies will follow on Monday.

Negotiators expect the truce to begin on Saturday, after the release of 50 hostages on Friday.

Since the ceasefire took effect on Sunday, deliveries of food have risen, with the largest convoy arriving on Wednesday.

The election was held on July 6 and the truce began on July 9.

The truce took effect on 1 June, ahead of the prisoner exchange set for 5 June.

Evacuations began on Monday, a day after the truce came into force on Sunday.

A vote on the truce is scheduled for Thursday.

The truce, agreed after the hostages were freed on Tuesday, starts on Thursday.

Fighting stopped on Saturday, while talks on a permanent deal resume on Monday.

Officials hope the truce will start by Wednesday, before the summit on Friday.

The truce begins on Sunday and runs through the funeral on Tuesday.
"""
E2 = lines(EVENTS2)
for index, value, ok, why in (
    (0, "Friday", True, "set to begin on Friday"),
    (0, "Monday", False, "the handover's day"),
    (1, "Saturday", True, "to begin on Saturday"),
    (1, "Friday", False, "the release's day"),
    (2, "Sunday", True, "took effect on Sunday"),
    (2, "Wednesday", False, "the convoy's day"),
    (3, "July 6", False, "the election's day"),
    (3, "July 9", True, "the truce began on July 9"),
    (4, "1 June", True, "took effect on 1 June"),
    (4, "5 June", False, "the exchange's day"),
    (5, "Monday", False, "the day evacuations began"),
    (5, "Sunday", True, "came into force on Sunday"),
    (6, "Thursday", False, "the vote's day"),
    (7, "Tuesday", False, "the day the hostages were freed"),
    (7, "Thursday", True, "starts on Thursday"),
    (8, "Saturday", True, "fighting stopped on Saturday"),
    (8, "Monday", False, "the day talks resume"),
    (9, "Wednesday", True, "start by Wednesday"),
    (9, "Friday", False, "the summit's day"),
    (10, "Sunday", True, "begins on Sunday"),
    (10, "Tuesday", False, "the funeral's day"),
):  # fmt: skip
    starts("day-event", EVENTS2, E2[index], value, ok, why)

ASIDES2 = """Brokers and bystanders

Qatari mediators said both Israel and Hamas had signed off on the truce.

The United States, which brokered the accord, said Rwanda had accepted it.

Following France's announcement, Lebanon and Israel agreed to halt strikes.

At talks held in Cairo, Hamas accepted the proposal.

Malaysia, the ASEAN chair and mediator, said Thailand had agreed to the truce.

Amid Beijing's warnings, Taiwan agreed to the talks.

Ethiopia, which has long mediated in the region, said South Sudan's rivals had accepted the truce.

Sudan's army agreed to the truce, according to Saudi Arabia, the co-host of the talks.

In the wake of Tehran's statement, Hezbollah accepted the truce.

Britain's statement that it backs the truce came hours after Israel agreed.

Egypt and Qatar, the two mediators, said Israel accepted the truce.
"""
A2 = lines(ASIDES2)


def stance2(index: int, passes: list[str], fails: list[str]) -> None:
    evidence = A2[index]
    for expect, party in verdicts(passes, fails):
        position = {"party": party, "stance": "agreed", "evidence": [evidence]}
        add("party-aside", expect, f"{party} agreed: {evidence[:60]}", ASIDES2,
            {"ceasefires": [{"positions": [position]}]}, "ceasefires[0].positions[0].party")  # fmt: skip


stance2(0, ["Israel", "Hamas"], ["Qatar"])
stance2(1, ["Rwanda"], ["United States"])
stance2(2, ["Lebanon", "Israel"], ["France"])
stance2(3, ["Hamas"], ["Egypt"])
stance2(4, ["Thailand"], ["Malaysia"])
stance2(5, ["Taiwan"], ["China"])
stance2(6, ["South Sudan"], ["Ethiopia"])
stance2(7, ["Sudan"], ["Saudi Arabia"])
stance2(8, ["Hezbollah"], ["Iran"])
stance2(9, ["United Kingdom", "Israel"], [])
stance2(10, ["Israel"], ["Egypt", "Qatar"])

HOSTS2 = """Who was at the table

Erdogan, who hosted the talks in Istanbul, did not attend the meeting between Putin and Zelensky.

Saudi Crown Prince Mohammed bin Salman hosted the talks and joined Rubio and Lavrov at the table.

Vietnam was thanked for hosting the second Trump-Kim summit.

Macron hosted Zelensky and Starmer at the Elysee for talks on Tuesday.

Talks between Armenia and Azerbaijan were hosted by the United States in Washington.

Kenyan President William Ruto hosted and chaired the talks between the rival Sudanese generals.

Lee thanked Trump for hosting him at the White House.

The talks, hosted by Egypt in Sharm el-Sheikh, brought together Israeli and Hamas negotiators.

Netanyahu met Trump at Mar-a-Lago, where Trump hosted him for dinner.

Norway, which hosted the back-channel talks, was not at the table when the Israeli and Palestinian negotiators met.

Orban welcomed Putin to Budapest for the summit.

The Swiss government hosted the talks between U.S. and Chinese trade officials in Geneva.

Talks between Serbia and Kosovo, hosted by the EU in Brussels, ended without a deal.

Turkey, host of the Istanbul talks, said Russian and Ukrainian delegates met for two hours.

Thanks were extended to Oman, the host, after Iranian and American envoys met.

Japan's prime minister, who hosted the G7 dinner, sat out the Trump-Macron meeting that followed.
"""
H2 = lines(HOSTS2)


def summit2(index: int, parties: list[str], expect: list[bool]) -> None:
    built.meeting_parties("summit-host", HOSTS2, H2[index], parties, expect)


summit2(0, ["Putin", "Zelensky", "Erdogan"], [True, True, False])
summit2(1, ["Rubio", "Lavrov", "Mohammed bin Salman"], [True, True, True])
summit2(2, ["Trump", "Kim", "Vietnam"], [True, True, False])
summit2(3, ["Macron", "Zelensky", "Starmer"], [True, True, True])
summit2(4, ["Armenia", "Azerbaijan", "United States"], [True, True, False])
summit2(5, ["Sudan", "William Ruto"], [True, True])
summit2(6, ["Lee", "Trump"], [True, True])
summit2(7, ["Israel", "Hamas", "Egypt"], [True, True, False])
summit2(8, ["Netanyahu", "Trump"], [True, True])
summit2(9, ["Israel", "Norway"], [True, False])
summit2(10, ["Orban", "Putin"], [True, True])
summit2(11, ["United States", "China", "Switzerland"], [True, True, False])
summit2(12, ["Serbia", "Kosovo", "EU"], [True, True, False])
summit2(13, ["Russia", "Ukraine", "Turkey"], [True, True, False])
summit2(14, ["Iran", "United States", "Oman"], [True, True, False])
summit2(15, ["Trump", "Macron", "Japan"], [True, True, False])

UNITS2 = """Clocks, calendars and counts

The agreement gives Hamas 72 hours to respond and Israel 5 days to withdraw.

Some 2,000 people fled in 48 hours.

The 90-day truce follows 14 months of war.

At 9 a.m. on Monday, 40 trucks entered the strip.

About 60 members voted in favour, while 25 abstained.

The ceasefire zone extends 20 miles from the border, and monitors will patrol it for 6 months.

Negotiators have 30 days to finish, and the first phase lasts six weeks.
"""
N2 = lines(UNITS2)
for index, what, value, qualifier, ok in (
    (0, "hours for Hamas to respond", 72, "exact", True),
    (0, "hours for Hamas to respond", 5, "exact", False),
    (0, "days for Israel to withdraw", 5, "exact", True),
    (0, "days for Israel to withdraw", 72, "exact", False),
    (1, "people who fled", 2000, "about", True),
    (1, "people who fled", 48, "exact", False),
    (2, "days of truce", 90, "exact", True),
    (2, "days of truce", 14, "exact", False),
    (2, "months of war", 14, "exact", True),
    (2, "months of war", 90, "exact", False),
    (3, "trucks", 40, "exact", True),
    (3, "trucks", 9, "exact", False),
    (4, "members in favour", 60, "about", True),
    (4, "members in favour", 25, "exact", False),
    (5, "miles of the ceasefire zone", 20, "exact", True),
    (5, "miles of the ceasefire zone", 6, "exact", False),
    (5, "months of patrols", 6, "exact", True),
    (5, "months of patrols", 20, "exact", False),
    (6, "days to finish", 30, "exact", True),
    (6, "days to finish", 6, "exact", False),
    (6, "weeks of the first phase", 6, "exact", True),
    (6, "weeks of the first phase", 30, "exact", False),
):  # fmt: skip
    count("count-unit", ok, UNITS2, N2[index], what, value, qualifier)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
