# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the days, roles and counts red-team set (``grounding_days.jsonl``): value-support
cases for the causes an independent check on other outlets' articles found (check 18), by
category, each with what must pass and what must fail:

- ``day-start``: a ceasefire's start is the day or time the truce starts, not another day of
  its sentence: not the announcement's ("On Monday, X announced a truce"), the signing's, the
  talks', a speaker's, a proposal's, a dateline's, nor an earlier or superseded one ("the
  originally planned start time of 8:30 a.m.", "delayed from Monday"); a time stated as the
  start ("began at 11:15 a.m.", "18:00" for "6 p.m.") is one;
- ``day-meeting``: a summit's timing is the meeting's own day ("Friday's talks", "will meet
  ... on Thursday", "the June 26 summit"), not the day it was announced, proposed,
  cancelled or talked about, not an earlier summit's ("their last summit ... on May 16"), nor
  a day in no text;
- ``day-introduced``: a measure's introduction is the day or month the evidence gives to its
  introducing, imposing, announcing, adopting or signing, not a dateline's month, a vote's, a
  hearing's, its taking effect, nor a day someone spoke about it;
- ``clock-count``: a clock time ("1:30 a.m.", "18:00", "6 p.m.", "3 am") is no count: its
  hour or minutes never support a count;
- ``party-role``: a stance's party is the one taking the stance, not a mediator ("mediated by
  Malaysia", "Mediators Qatar and Egypt", "Malaysia's mediation"), a proposer ("proposed by",
  "put forward by", "a U.S.-brokered"), a host ("talks hosted by") or one appealing
  ("following appeals from", "at the urging of");
- ``party-spokesman``: a summit's parties are the people meeting, not a spokesperson or press
  secretary who speaks for them ("Kremlin spokesman Dmitry Peskov said", "Sanders, the White
  House press secretary");
- ``held-ahead``: a meeting cue that points ahead to the fact's own meeting ("spoke ahead of
  the upcoming summit", "to prepare for the summit") does not make it held; one pointing to
  another gathering ("ahead of the APEC summit") or past it ("before the summit ended") does;
- ``count-noun``: a number counts the noun next to it ("50 senators", "four lawmakers"): a
  count word in another clause ("... and companion legislation was being introduced in the
  House") or another number's noun does not make it that count.

Run ``python tests/data/make_days_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, public figures in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written,
never by running the code. Written in two rounds: the first (230 cases, written with the
rules) had 1 wrong when first run (an evidence "6 a.m." read as either half of the day); the
second (186 cases, other wording, decided before it was run) had 17 wrong: a superseded time
named before its delay ("a planned 6 p.m. start was pushed back"), a day after another day
("signed on 3 March, ... to stop from 4 March"), "initially" across a comma, a verb's object
("announced the summit on Thursday"), "drafted", a bare hour before a clock time ("between 1
and 4 a.m."), non-possessive roles ("U.S. mediation", "the Egyptian proposal", "mediation
by"), "a spokesperson for Starmer, Tom Baldwin", pointers and day words ahead of a meeting
("to lay the groundwork for", "to prepare the summit", "Thursday's meeting", "next week's")
and a count's phrase across ";". A short third round (62 cases, decided before it was run) had
6 wrong: a truce "extended on June 9", a bill that "cleared committee", "a G7 call on
Tuesday", a list of mediators that ended before the comma ("mediation from Qatar and Turkey,
Russia and Ukraine accepted") and "on the eve of their summit". All were fixed in the rules,
none by changing a verdict.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, lines, verdicts

OUT = Path(__file__).with_name("grounding_days.jsonl")

built = SupportCases("day")
add, count = built.add, built.count
# the field each category's day is, when it is not a measure's introduced day
DAY_PATHS = {"day-start": "ceasefires[0].starts", "day-meeting": "summits[0].planned_timing"}


def when(category: str, text: str, evidence: str, value: str, expect: bool, why: str) -> None:
    """A day field backed by one sentence, in an article of Wednesday July 30, 2025."""
    path = DAY_PATHS.get(category, "sanctions[0].introduced")
    built.day(category, text, evidence, value, expect, why, path)


# --- 1. a truce's start --------------------------------------------------------------------

START = """Truce takes hold along the delta front

KHARTOUM, July 30 (Delta Courier) - The truce announced last week started on Monday, aid groups said.

On Monday, the Northern Front announced that its fighters would observe a ten-day truce.

The ceasefire took effect at 6 a.m. on Tuesday, a day after the announcement.

Mediators from Oman hosted the July 12 talks in Muscat, the first since a truce was established in early June.

Fighting continued past the originally planned start time of 8:30 a.m., and the truce finally began at 11:15 a.m.

The two sides signed the accord on Sunday, and the ceasefire will start on Friday.

A truce brokered by Qatar on Saturday is due to come into force at midnight on August 2.

The humanitarian pause, in effect since 9 July, has largely held.

Government negotiators said on Thursday the truce would begin in 48 hours.

The start of the ceasefire was delayed from Monday to Wednesday because of a last-minute dispute over maps.

The truce, which Moscow proposed on July 20, started at dawn on July 24.

Both armies stopped firing at 18:00 local time on Sunday, as agreed at talks in Doha on Friday.

Rebel leaders, speaking on Tuesday, rejected the truce that is set to start on Saturday.
"""
S = lines(START)
for index, value, ok, why in (
    (0, "Monday", True, "started on Monday"),
    (0, "July 30", False, "the dateline's date"),
    (1, "Monday", False, "the announcement's day"),
    (1, "July 28", False, "the announcement's day, resolved"),
    (2, "Tuesday", True, "took effect on Tuesday"),
    (2, "6 a.m.", True, "took effect at 6 a.m."),
    (2, "July 29", True, "Tuesday resolved"),
    (2, "6 a.m. on Tuesday", True, "as written"),
    (2, "7 a.m.", False, "another hour"),
    (2, "6 p.m.", False, "the other half of the day"),
    (3, "July 12", False, "the talks' day"),
    (3, "early June", True, "established in early June"),
    (3, "June", True, "the month it was established"),
    (4, "8:30 a.m.", False, "the originally planned time"),
    (4, "8:30", False, "the originally planned time"),
    (4, "11:15 a.m.", True, "began at 11:15 a.m."),
    (4, "11:15", True, "began at 11:15"),
    (5, "Friday", True, "will start on Friday"),
    (5, "Sunday", False, "the signing's day"),
    (6, "August 2", True, "come into force on August 2"),
    (6, "midnight on August 2", True, "as written"),
    (6, "Saturday", False, "the day it was brokered"),
    (7, "9 July", True, "in effect since 9 July"),
    (7, "July 9", True, "month first"),
    (8, "Thursday", False, "the day negotiators spoke"),
    (9, "Monday", False, "the start it was delayed from"),
    (9, "Wednesday", True, "the start it was delayed to"),
    (10, "July 20", False, "the proposal's day"),
    (10, "July 24", True, "started on July 24"),
    (11, "Sunday", True, "stopped firing on Sunday"),
    (11, "18:00", True, "stopped firing at 18:00"),
    (11, "6 p.m.", True, "18:00 is 6 p.m."),
    (11, "Friday", False, "the talks' day"),
    (12, "Saturday", True, "set to start on Saturday"),
    (12, "Tuesday", False, "the day the leaders spoke"),
):  # fmt: skip
    when("day-start", START, S[index], value, ok, why)


# --- 2. a summit's timing ------------------------------------------------------------------

MEETING = """Leaders' calendar fills up

The White House said on Saturday that the two presidents would meet in Geneva on Thursday.

Ahead of next month's summit, the leaders reaffirmed the commitments made at their last summit in Oslo on May 16.

Putin hosted the June 20 meeting in St. Petersburg.

Friday's talks in Jeddah lasted more than eight hours.

The summit, first floated by Trump on July 14, is now expected to take place on Aug. 15 in Anchorage.

Officials announced on Monday that the Seoul meeting had been moved to Sept. 3.

In a statement on Tuesday, the Kremlin confirmed that Putin would travel to Budapest on Oct. 30 for the talks.

On Wednesday, Trump cancelled the meeting planned for Friday.

The two foreign ministers last met on July 2 in Vienna and will meet again on Aug. 8.

The summit is scheduled for Sept. 21, according to a statement released on Monday.

A date for the visit has not been set, and no meeting is expected before the end of the year.

Xi and Trump will sit down in Busan on Thursday, South Korea's presidential office said on Tuesday.

Sunday's meeting at the Elysee was the first in three years.

Ahead of the June 26 summit, Orban told reporters on June 12 that Budapest was ready.
"""
M = lines(MEETING)
for index, value, ok, why in (
    (0, "Thursday", True, "would meet on Thursday"),
    (0, "Saturday", False, "the day the White House spoke"),
    (1, "May 16", False, "the last summit's day"),
    (2, "June 20", True, "the June 20 meeting"),
    (3, "Friday", True, "Friday's talks"),
    (4, "Aug. 15", True, "expected to take place on Aug. 15"),
    (4, "August 15", True, "the month in full"),
    (4, "July 14", False, "the day it was floated"),
    (5, "Sept. 3", True, "the meeting moved to Sept. 3"),
    (5, "Monday", False, "the announcement's day"),
    (6, "Oct. 30", True, "on Oct. 30 for the talks"),
    (6, "Tuesday", False, "the statement's day"),
    (7, "Friday", True, "the meeting planned for Friday"),
    (7, "Wednesday", False, "the cancellation's day"),
    (8, "July 2", False, "the day they last met"),
    (8, "Aug. 8", True, "will meet again on Aug. 8"),
    (9, "Sept. 21", True, "scheduled for Sept. 21"),
    (9, "Monday", False, "the statement's day"),
    (10, "September 21", False, "no date is set"),
    (10, "December 31", False, "no day is written"),
    (11, "Thursday", True, "will sit down on Thursday"),
    (11, "Tuesday", False, "the day the office spoke"),
    (12, "Sunday", True, "Sunday's meeting"),
    (13, "June 26", True, "the June 26 summit"),
    (13, "June 12", False, "the day Orban spoke"),
):  # fmt: skip
    when("day-meeting", MEETING, M[index], value, ok, why)


# --- 3. a measure's introduction -----------------------------------------------------------

MEASURE = """Senators press grain corridor sanctions

July 30 (Capitol Wire) — Senators Mara Quill and Tom Reyes introduced the Grain Corridor Sanctions Act in April, and it now has 61 co-sponsors.

The Treasury imposed the new restrictions on Tuesday, officials said on Wednesday.

The EU adopted its 21st package of sanctions on June 18, a week after the G7 summit on June 11.

Senator Reyes said on Monday that he filed the bill in March.

On Oct. 22, the Treasury added both firms to its blacklist.

The measures, announced by the Commerce Department on Friday, take effect on Aug. 29.

The Senate is expected to vote on the bill on Sept. 9.

The bill, first unveiled in February, was debated at a hearing on May 5.

Britain froze the assets of both companies on 15 October.

Speaking in an interview on Sunday, Graham said the bill he introduced on April 1 had 84 co-sponsors.

The Council approved the measures on Thursday after months of talks.

LONDON, Oct. 16 (Capitol Wire) - Britain added 90 tankers to its sanctions list.
"""
B = lines(MEASURE)
for index, value, ok, why in (
    (0, "April", True, "introduced in April"),
    (0, "in April", True, "as written"),
    (0, "July", False, "the dateline's month"),
    (0, "March", False, "another month"),
    (1, "Tuesday", True, "imposed on Tuesday"),
    (1, "Wednesday", False, "the day officials spoke"),
    (2, "June 18", True, "adopted on June 18"),
    (2, "June 11", False, "the G7 summit's day"),
    (3, "March", True, "filed in March"),
    (3, "Monday", False, "the day Reyes spoke"),
    (4, "Oct. 22", True, "On Oct. 22, the Treasury added"),
    (5, "Friday", True, "announced on Friday"),
    (5, "Aug. 29", False, "the day they take effect"),
    (6, "Sept. 9", False, "the vote's day"),
    (7, "February", True, "unveiled in February"),
    (7, "May 5", False, "the hearing's day"),
    (8, "15 October", True, "froze the assets on 15 October"),
    (8, "October 15", True, "month first"),
    (8, "October", True, "the month"),
    (8, "November", False, "another month"),
    (9, "Sunday", False, "the interview's day"),
    (9, "April 1", True, "introduced on April 1"),
    (9, "April", True, "the month"),
    (10, "Thursday", True, "approved on Thursday"),
    (11, "October", False, "the dateline's month"),
    (11, "Oct. 16", False, "the dateline's day"),
):  # fmt: skip
    when("day-introduced", MEASURE, B[index], value, ok, why)


# --- 4. clock times are no counts ----------------------------------------------------------

CLOCK = """Night of strikes

An airstrike at 1:30 a.m. killed 13 people in Deir al-Balah.

The shelling began at 4:45 p.m. and wounded 45 people.

By 18:00, rescuers had pulled 22 survivors from the rubble.

At 6 a.m. local time, 12 trucks crossed into the city.

The curfew lasts from 10 p.m. to 5 a.m., and 300 police officers will enforce it.

Between 2:15 and 3:40 a.m., 17 rockets were fired at the town.

Three people died when the building collapsed at 11:50 p.m.

Voting closed at 8 p.m., with 64 senators backing the measure.

At 07:30 GMT, 25 aid lorries had entered Gaza.

Sirens sounded at 3 am and 14 people were hurt.

Police said 19 people were arrested after the 2 a.m. raid.

The 12:01 a.m. deadline passed with 6 ships still in port.
"""
C = lines(CLOCK)
for index, what, value, ok in (
    (0, "people killed", 13, True), (0, "people killed", 30, False), (0, "people killed", 1, False),
    (1, "people wounded", 45, True), (1, "people wounded", 4, False),
    (2, "survivors pulled from the rubble", 22, True), (2, "survivors pulled from the rubble", 18, False),
    (3, "trucks", 12, True), (3, "trucks", 6, False),
    (4, "police officers", 300, True), (4, "police officers", 10, False), (4, "police officers", 5, False),
    (5, "rockets fired", 17, True), (5, "rockets fired", 15, False), (5, "rockets fired", 40, False),
    (6, "people died", 3, True), (6, "people died", 50, False), (6, "people died", 11, False),
    (7, "senators backing the measure", 64, True), (7, "senators backing the measure", 8, False),
    (8, "aid lorries", 25, True), (8, "aid lorries", 30, False), (8, "aid lorries", 7, False),
    (9, "people hurt", 14, True), (9, "people hurt", 3, False),
    (10, "people arrested", 19, True), (10, "people arrested", 2, False),
    (11, "ships in port", 6, True), (11, "ships in port", 12, False), (11, "ships in port", 1, False),
):  # fmt: skip
    count("clock-count", ok, CLOCK, C[index], what, value)


# --- 5. a stance's party is the one taking it ----------------------------------------------

ROLES = """Truce diplomacy in three regions

Thailand and Cambodia agreed to a truce mediated by Malaysia.

Armenia accepted the truce proposed by France.

Following appeals from Saudi Arabia and the United States, Sudan's army said it would observe the pause.

Israel and Hamas agreed to a U.S.-brokered ceasefire.

Mediators Qatar and Egypt said Israel had accepted the proposal.

Russia and Ukraine agreed to the Black Sea truce at talks hosted by Turkey.

With Malaysia's mediation, Thailand accepted an unconditional ceasefire.

Ukraine backed the 30-day truce put forward by Washington.

Azerbaijan agreed to the ceasefire at the urging of Russia and Turkey.

Ethiopia and Eritrea accepted the truce under the auspices of Kenya.

At talks hosted by Saudi Arabia, Ukraine accepted a 30-day ceasefire.

Russia rejected the energy truce brokered by Washington.

Kyiv agreed to the pause proposed by Paris and London.

Cambodian Prime Minister Hun Manet agreed to the truce mediated by Malaysian Prime Minister Anwar Ibrahim.
"""
R = lines(ROLES)


def stance(index: int, passes: list[str], fails: list[str]) -> None:
    evidence = R[index]
    for expect, party in verdicts(passes, fails):
        position = {"party": party, "evidence": [evidence]}
        built.add("party-role", expect, f"{party}: {evidence[:60]}", ROLES,
                  {"ceasefires": [{"positions": [position]}]}, "ceasefires[0].positions[0].party")  # fmt: skip


stance(0, ["Thailand", "Cambodia"], ["Malaysia"])
stance(1, ["Armenia"], ["France"])
stance(2, ["Sudan"], ["Saudi Arabia", "United States"])
stance(3, ["Israel"], ["United States"])
stance(4, ["Israel"], ["Qatar", "Egypt"])
stance(5, ["Russia", "Ukraine"], ["Turkey"])
stance(6, ["Thailand"], ["Malaysia"])
stance(7, ["Ukraine"], ["United States"])
stance(8, ["Azerbaijan"], ["Russia", "Turkey"])
stance(9, ["Ethiopia", "Eritrea"], ["Kenya"])
stance(10, ["Ukraine"], ["Saudi Arabia"])
stance(11, ["Russia"], ["United States"])
stance(12, ["Ukraine"], ["France", "United Kingdom"])
stance(13, ["Hun Manet"], ["Anwar Ibrahim"])


# --- 6. a spokesperson is no party to a meeting --------------------------------------------

SPOKES = """Summit diary

Kremlin spokesman Dmitry Peskov said Putin and Trump would meet in Helsinki.

Putin and Trump will not meet in Buenos Aires, Peskov told reporters.

"The meeting is off," said Sarah Huckabee Sanders, the White House press secretary, adding that Trump would not see Putin.

Macron and Scholz met in Aachen on Tuesday, government spokesman Steffen Hebestreit said.

Erdogan will host Zelensky and Putin, his spokesman Ibrahim Kalin said.

Modi and Sharif will meet in Astana, foreign ministry spokesperson Randhir Jaiswal told a briefing.

Ramaphosa and Tinubu held talks in Abuja, according to Vincent Magwenya, Ramaphosa's spokesman.

Presidents Lindqvist and Moreau met for two hours, Elysee spokeswoman Claire Dubois said.

Trump and Putin spoke by phone, White House Press Secretary Karoline Leavitt said.

Spokeswoman Anna Kelly said Johnson and Varadkar would meet in Dublin.

Lukashenko and Putin held talks in Minsk, presidential press secretary Natalya Eismont said.
"""
K = lines(SPOKES)


def summit(index: int, parties: list[str], expect: list[bool]) -> None:
    built.meeting_parties("party-spokesman", SPOKES, K[index], parties, expect)


summit(0, ["Vladimir Putin", "Donald Trump", "Dmitry Peskov"], [True, True, False])
summit(1, ["Putin", "Peskov"], [True, False])
summit(2, ["Donald Trump", "Sarah Huckabee Sanders"], [True, False])
summit(3, ["Macron", "Scholz", "Steffen Hebestreit"], [True, True, False])
summit(4, ["Erdogan", "Zelensky", "Putin", "Ibrahim Kalin"], [True, True, True, False])
summit(5, ["Modi", "Sharif", "Randhir Jaiswal"], [True, True, False])
summit(6, ["Ramaphosa", "Tinubu", "Vincent Magwenya"], [True, True, False])
summit(7, ["Lindqvist", "Moreau", "Claire Dubois"], [True, True, False])
summit(8, ["Trump", "Putin", "Karoline Leavitt"], [True, True, False])
summit(9, ["Johnson", "Varadkar", "Anna Kelly"], [True, True, False])
summit(10, ["Lukashenko", "Putin", "Natalya Eismont"], [True, True, False])


# --- 7. a meeting cue ahead of the meeting --------------------------------------------------

AHEAD = """Before and after the summits

Trump and Xi spoke ahead of the upcoming summit.

Trump and Xi spoke by phone on Tuesday, ahead of their planned meeting in Busan.

Ahead of the summit, Putin and Trump spoke for an hour.

The two leaders met in Seoul before their planned summit in Beijing.

Their aides met in Geneva to prepare for the summit.

Rubio and Lavrov spoke on Monday in preparation for a possible Trump-Putin summit.

Macron and Merz spoke in the run-up to the summit.

Lula and Milei met in advance of the upcoming meeting.

Erdogan and Aliyev spoke prior to the planned talks in Ankara.

Starmer and Carney spoke by phone before the summit.

Ahead of their meeting, Sanchez and Meloni spoke by phone.

Trump and Xi met in Busan on Thursday, ahead of the APEC summit.

Trump and Xi met for 100 minutes.

Putin and Trump met in Anchorage on Friday, ahead of a planned three-way meeting with Zelensky.

The two presidents met in Geneva before flying home.

Macron and Merz met in Berlin before the EU summit in Brussels.

The leaders spoke for two hours before the summit ended.

After the summit, Sanchez and Meloni spoke to reporters.

Putin and Trump held talks in Alaska ahead of the Sept. 1 deadline.

Xi and Lee met on the sidelines of the summit in Gyeongju.

Erdogan and Aliyev spoke at length ahead of dinner.

Ahead of the G20 summit, Trump and Modi met in Johannesburg.
"""
H = lines(AHEAD)
for index, parties, place, ok in (
    (0, ["Trump", "Xi"], None, False),
    (1, ["Trump", "Xi"], "Busan", False),
    (2, ["Putin", "Trump"], None, False),
    (3, ["Xi", "Lee"], "Beijing", False),
    (4, ["Trump", "Putin"], "Geneva", False),
    (5, ["Trump", "Putin"], None, False),
    (6, ["Macron", "Merz"], None, False),
    (7, ["Lula", "Milei"], None, False),
    (8, ["Erdogan", "Aliyev"], "Ankara", False),
    (9, ["Starmer", "Carney"], None, False),
    (10, ["Sanchez", "Meloni"], None, False),
    (11, ["Trump", "Xi"], "Busan", True),
    (12, ["Trump", "Xi"], None, True),
    (13, ["Putin", "Trump"], "Anchorage", True),
    (14, ["Putin", "Trump"], "Geneva", True),
    (15, ["Macron", "Merz"], "Berlin", True),
    (16, ["Starmer", "Carney"], None, True),
    (17, ["Sanchez", "Meloni"], None, True),
    (18, ["Putin", "Trump"], "Alaska", True),
    (19, ["Xi", "Lee"], "Gyeongju", True),
    (20, ["Erdogan", "Aliyev"], None, True),
    (21, ["Trump", "Modi"], "Johannesburg", True),
):  # fmt: skip
    fact = {"parties": parties, "status": "held", "planned_location": place, "evidence": [H[index]]}
    built.add(
        "held-ahead", ok, f"held: {H[index][:60]}", AHEAD, {"summits": [fact]}, "summits[0].status"
    )


# --- 8. a count's noun is the one next to its number ---------------------------------------

NOUNS = """Counts from the week

A press release said 50 senators had signed onto the bill and companion legislation was being introduced in the House by four lawmakers.

Some 40 trucks crossed on Monday, and aid agencies said the displaced were still without food.

Police detained 25 protesters, while hospitals said injured people kept arriving.

The coalition has 27 members and its peacekeepers were deployed to the border.

The ministry reported 9 strikes overnight, and the number of wounded reached 31.

Nine drones were shot down and three civilians were killed, officials said.

Rescue teams pulled 35 survivors from the rubble and found the bodies of those killed.

Officials said 48 ships had left port and that sailors were evacuated from six more.

The senator said 31 countries had joined the coalition and that its troops were deployed.

Hospitals treated 150 patients, and the health ministry said the injured included children.

At least 13 Palestinians were killed.

Israeli strikes killed 22 Palestinians overnight.

84 lawmakers have co-sponsored the bill.

Some 300 families were displaced by the flooding.

Twelve children were among the dead, and the toll is expected to rise.

Four firefighters were injured battling the blaze.

The strike killed 7 soldiers, the army said, and 5 more were wounded.

More than 2,000 families fled the fighting.

Three journalists were wounded.

Twenty-one Ukrainians were freed in the exchange.
"""
N = lines(NOUNS)
for index, what, value, qualifier, ok in (
    (0, "House lawmakers introducing companion legislation", 50, "exact", False),
    (0, "House lawmakers introducing companion legislation", 4, "exact", True),
    (0, "senators signed onto the bill", 50, "exact", True),
    (0, "senators signed onto the bill", 4, "exact", False),
    (1, "people displaced", 40, "about", False),
    (2, "people injured", 25, "exact", False),
    (3, "peacekeepers deployed", 27, "exact", False),
    (4, "people wounded", 9, "exact", False),
    (4, "people wounded", 31, "exact", True),
    (5, "civilians killed", 3, "exact", True),
    (5, "civilians killed", 9, "exact", False),
    (6, "people killed", 35, "exact", False),
    (7, "sailors evacuated", 48, "exact", False),
    (8, "troops deployed", 31, "exact", False),
    (9, "people injured", 150, "exact", False),
    (10, "people killed", 13, "at_least", True),
    (11, "people killed", 22, "exact", True),
    (12, "co-sponsors", 84, "exact", True),
    (13, "people displaced", 300, "about", True),
    (14, "people killed", 12, "exact", True),
    (15, "people injured", 4, "exact", True),
    (16, "soldiers killed", 7, "exact", True),
    (17, "people displaced", 2000, "more_than", True),
    (18, "journalists wounded", 3, "exact", True),
    (19, "prisoners freed", 21, "exact", True),
):  # fmt: skip
    count("count-noun", ok, NOUNS, N[index], what, value, qualifier)


# --- round 2: other wording, written before it was run -------------------------------------

START2 = """Ceasefire watch

Hamas said late on Friday that the truce would come into effect at 7 a.m. on Sunday.

The truce agreed in Cairo on July 10 came into force on July 14.

Since Thursday, when the truce began, no shots have been reported.

Talks on Tuesday produced a deal, and the guns fell silent at noon on Wednesday.

The army, which announced the ceasefire on Saturday, said it took hold at dusk on Sunday.

A planned 6 p.m. start was pushed back to 9 p.m. after last-minute objections.

Under the deal signed on 3 March, fighting was to stop from 4 March.

Israel's cabinet approved the deal on Friday night; the truce starts on Sunday at 8:30 a.m.

The ceasefire, initially set for Monday, now begins Thursday.

Both sides have observed the truce since it began on July 18, monitors said.

On July 21, Lebanon's speaker said the truce, due to begin on July 26, would hold.
"""
S2 = lines(START2)
for index, value, ok, why in (
    (0, "Sunday", True, "come into effect on Sunday"),
    (0, "7 a.m.", True, "at 7 a.m."),
    (0, "Friday", False, "the day Hamas spoke"),
    (0, "7 p.m.", False, "the other half of the day"),
    (1, "July 14", True, "came into force on July 14"),
    (1, "July 10", False, "the day it was agreed"),
    (2, "Thursday", True, "since Thursday, when the truce began"),
    (3, "Wednesday", True, "the guns fell silent on Wednesday"),
    (3, "Tuesday", False, "the talks' day"),
    (4, "Sunday", True, "took hold on Sunday"),
    (4, "Saturday", False, "the announcement's day"),
    (5, "9 p.m.", True, "the start pushed back to 9 p.m."),
    (5, "6 p.m.", False, "the planned start that was pushed back"),
    (6, "4 March", True, "fighting to stop from 4 March"),
    (6, "3 March", False, "the signing's day"),
    (7, "Sunday", True, "starts on Sunday"),
    (7, "8:30 a.m.", True, "at 8:30 a.m."),
    (7, "Friday", False, "the cabinet's approval"),
    (8, "Thursday", True, "now begins Thursday"),
    (8, "Monday", False, "the day initially set"),
    (9, "July 18", True, "began on July 18"),
    (10, "July 26", True, "due to begin on July 26"),
    (10, "July 21", False, "the day the speaker spoke"),
):  # fmt: skip
    when("day-start", START2, S2[index], value, ok, why)

MEETING2 = """Who meets whom, and when

Putin told reporters on Friday that he and Trump could meet in Budapest within two weeks.

The Alaska summit on Aug. 15 ended without a deal.

Trump, who announced the summit on Thursday, said it would be held in Budapest next month.

A follow-up meeting is pencilled in for Nov. 4, the foreign ministry said.

Modi will visit Washington on Feb. 13, a year after his last visit on Feb. 12, 2024.

The talks were postponed on Tuesday to Oct. 28.

Xi and Trump, who last met in Osaka on June 29, 2019, will meet in Busan on Thursday.

Officials proposed Dec. 2 for the summit, but Moscow has not replied.

On Monday the Kremlin confirmed that the meeting would take place on Thursday.

The leaders' Saturday session in Brussels will focus on tariffs.

Lavrov spoke to Rubio on Oct. 20, days before the two were due to meet.

The summit was called off on Oct. 21, two days before it was due to start.

Zelensky's visit to the White House on Friday was his third this year.

Trump said he expected to meet Putin on Aug. 15 in Alaska.

Diplomats said on Wednesday that no date had been set for the summit.
"""
M2 = lines(MEETING2)
for index, value, ok, why in (
    (0, "Friday", False, "the day Putin spoke"),
    (1, "Aug. 15", True, "the summit on Aug. 15"),
    (2, "Thursday", False, "the announcement's day"),
    (3, "Nov. 4", True, "pencilled in for Nov. 4"),
    (3, "Nov. 5", False, "not stated"),
    (4, "Feb. 13", True, "will visit on Feb. 13"),
    (4, "Feb. 12", False, "his last visit's day"),
    (5, "Oct. 28", True, "postponed to Oct. 28"),
    (5, "Tuesday", False, "the day it was postponed"),
    (6, "Thursday", True, "will meet on Thursday"),
    (6, "June 29", False, "the day they last met"),
    (7, "Dec. 2", True, "proposed Dec. 2 for the summit"),
    (8, "Thursday", True, "would take place on Thursday"),
    (8, "Monday", False, "the confirmation's day"),
    (9, "Saturday", True, "the Saturday session"),
    (10, "Oct. 20", False, "the call's day"),
    (11, "Oct. 21", False, "the day it was called off"),
    (12, "Friday", True, "the visit on Friday"),
    (13, "Aug. 15", True, "expected to meet on Aug. 15"),
    (14, "Wednesday", False, "the day diplomats spoke"),
):  # fmt: skip
    when("day-meeting", MEETING2, M2[index], value, ok, why)

MEASURE2 = """Sanctions roundup

The Treasury on Thursday sanctioned Rosneft and Lukoil, two days after Trump said a meeting with Putin was off.

Brussels unveiled the 19th package on Sept. 19 and adopted it on Oct. 23.

Graham, speaking on Fox News on Sunday, said the bill he drafted in March was ready.

Senators will vote on the measure on Nov. 12, Thune said.

Trump threatened secondary tariffs on July 14 and imposed them on Aug. 6.

Japan joined the sanctions on Friday, a week after the G7 meeting on June 5.

The bill, introduced on Jan. 9, is expected to get a vote on Feb. 2.

WASHINGTON, Nov. 3 (Reuters) — The White House announced new export curbs.

New tariffs announced on Aug. 1 take effect on Aug. 7.

Canada said on Tuesday it had imposed sanctions on 12 Russian shipping firms last month.

The European Commission proposed the 18th package on June 10.
"""
B2 = lines(MEASURE2)
for index, value, ok, why in (
    (0, "Thursday", True, "sanctioned on Thursday"),
    (1, "Sept. 19", True, "unveiled on Sept. 19"),
    (1, "Oct. 23", True, "adopted on Oct. 23"),
    (1, "Sept. 23", False, "not stated"),
    (2, "March", True, "drafted in March"),
    (2, "Sunday", False, "the interview's day"),
    (3, "Nov. 12", False, "the vote's day"),
    (4, "July 14", True, "threatened on July 14"),
    (4, "Aug. 6", True, "imposed on Aug. 6"),
    (4, "Aug. 14", False, "not stated"),
    (5, "Friday", True, "joined the sanctions on Friday"),
    (5, "June 5", False, "the G7 meeting's day"),
    (6, "Jan. 9", True, "introduced on Jan. 9"),
    (6, "Feb. 2", False, "the vote's day"),
    (7, "Nov. 3", False, "the dateline's day"),
    (7, "November", False, "the dateline's month"),
    (8, "Aug. 1", True, "announced on Aug. 1"),
    (8, "Aug. 7", False, "the day they take effect"),
    (9, "Tuesday", False, "the day Canada spoke"),
    (10, "June 10", True, "proposed on June 10"),
):  # fmt: skip
    when("day-introduced", MEASURE2, B2[index], value, ok, why)

CLOCK2 = """Overnight

The 4:30 p.m. blast wounded 11 people.

By 9 pm, 200 families had left the camp.

A 5:45 a.m. rocket barrage killed two soldiers.

Polls opened at 7 a.m. and 38 voters were turned away.

The fire, reported at 23:10, injured 8 workers.

Between 1 and 4 a.m., gunmen abducted 16 students.

At 12:30 p.m. on Friday, 140 trucks were waiting at Rafah.

Air raid sirens sounded at 2am and 9 people were hurt.

The talks ran until 3:15 a.m., when 27 delegates signed the text.

Shops closed at 6 p.m. as 500 police deployed.
"""
C2 = lines(CLOCK2)
for index, what, value, ok in (
    (0, "people wounded", 11, True), (0, "people wounded", 30, False), (0, "people wounded", 4, False),
    (1, "families that left the camp", 200, True), (1, "families that left the camp", 9, False),
    (2, "soldiers killed", 2, True), (2, "soldiers killed", 45, False), (2, "soldiers killed", 5, False),
    (3, "voters turned away", 38, True), (3, "voters turned away", 7, False),
    (4, "workers injured", 8, True), (4, "workers injured", 23, False), (4, "workers injured", 10, False),
    (5, "students abducted", 16, True), (5, "students abducted", 4, False), (5, "students abducted", 1, False),
    (6, "trucks waiting", 140, True), (6, "trucks waiting", 12, False), (6, "trucks waiting", 30, False),
    (7, "people hurt", 9, True), (7, "people hurt", 2, False),
    (8, "delegates who signed", 27, True), (8, "delegates who signed", 15, False), (8, "delegates who signed", 3, False),
    (9, "police deployed", 500, True), (9, "police deployed", 6, False),
):  # fmt: skip
    count("clock-count", ok, CLOCK2, C2[index], what, value)

ROLES2 = """More truce diplomacy

Pakistan and India agreed to a ceasefire following U.S. mediation.

Thanks to mediation by Malaysia and China, Thailand accepted a truce.

Armenia and Azerbaijan agreed to the truce after talks hosted by the United States.

Sudan's army accepted the pause requested by the United Nations.

Colombia agreed to the truce at the request of Brazil.

Israel accepted the Egyptian proposal, officials said.

Russia agreed to the energy truce after a call from Washington.

Ukraine accepted the ceasefire, and so did Russia after pressure from China.

Hungary backed the truce plan offered by Turkey.

Lebanon accepted the truce drafted by France and the United States.
"""
R2 = lines(ROLES2)
for index, passes, fails in (
    (0, ["Pakistan", "India"], ["United States"]),
    (1, ["Thailand"], ["Malaysia", "China"]),
    (2, ["Armenia", "Azerbaijan"], ["United States"]),
    (3, ["Sudan"], ["United Nations"]),
    (4, ["Colombia"], ["Brazil"]),
    (5, ["Israel"], ["Egypt"]),
    (6, ["Russia"], ["United States"]),
    (7, ["Ukraine", "Russia"], ["China"]),
    (8, ["Hungary"], ["Turkey"]),
    (9, ["Lebanon"], ["France", "United States"]),
):  # fmt: skip
    for expect, party in verdicts(passes, fails):
        position = {"party": party, "evidence": [R2[index]]}
        built.add("party-role", expect, f"{party}: {R2[index][:60]}", ROLES2,
                  {"ceasefires": [{"positions": [position]}]}, "ceasefires[0].positions[0].party")  # fmt: skip

SPOKES2 = """Meetings, as their spokespeople tell it

White House Press Secretary Karoline Leavitt briefed reporters on Monday.

"No date has been set," said Peskov, the Kremlin's spokesman, after Putin and Trump spoke.

Zelensky and Erdogan met in Ankara, presidential spokesman Serhiy Nykyforov said.

State Department spokeswoman Tammy Bruce said Rubio would meet Lavrov in Geneva.

Albanese met Li Qiang in Beijing, his press secretary Anna Ward told reporters.

A spokesperson for Starmer, Tom Baldwin, said Starmer and Trump would meet at Chequers.

Leavitt said Trump and Carney would meet in April.

Merz and Macron met in Paris, Merz's deputy spokesman Sebastian Hille said.

Trump and Putin will not meet, a Kremlin spokesman, Dmitry Peskov, said.

Lula and Petro will meet in Bogota, said presidential spokesman Laercio Portela.

Netanyahu and Trump met at the White House, Netanyahu's spokesman Omer Dostri said.
"""
K2 = lines(SPOKES2)
for index, parties, expect in (
    (1, ["Putin", "Trump", "Peskov"], [True, True, False]),
    (2, ["Zelensky", "Erdogan", "Serhiy Nykyforov"], [True, True, False]),
    (3, ["Rubio", "Lavrov", "Tammy Bruce"], [True, True, False]),
    (4, ["Albanese", "Li Qiang", "Anna Ward"], [True, True, False]),
    (5, ["Starmer", "Trump", "Tom Baldwin"], [True, True, False]),
    (6, ["Trump", "Carney", "Karoline Leavitt"], [True, True, False]),
    (7, ["Merz", "Macron", "Sebastian Hille"], [True, True, False]),
    (8, ["Trump", "Putin", "Dmitry Peskov"], [True, True, False]),
    (9, ["Lula", "Petro", "Laercio Portela"], [True, True, False]),
    (10, ["Netanyahu", "Trump", "Omer Dostri"], [True, True, False]),
):  # fmt: skip
    built.meeting_parties("party-spokesman", SPOKES2, K2[index], parties, expect)

AHEAD2 = """Talks before talks

Rubio and Lavrov met in Riyadh to lay the groundwork for a Trump-Putin summit.

Trump and Putin spoke by phone in the lead-up to their Budapest summit.

Ahead of Thursday's meeting, Trump and Xi spoke for 90 minutes.

Putin and Xi spoke on Monday, before the summit in Tianjin.

Their foreign ministers met in Kuala Lumpur to prepare the summit.

Modi and Sharif spoke briefly before their talks.

Lee and Ishiba spoke ahead of next week's meeting.

Before the planned summit, Trump and Putin spoke twice.

Macron and Meloni spoke ahead of the possible Rome summit.

Ahead of the meeting they had agreed on, Trump and Kim spoke by phone.

Trump and Xi met in Busan after weeks of talks.

Putin and Trump met in Alaska ahead of the anniversary of the war.

Modi and Xi met in Tianjin before the summit ended.

Trump and Putin met in Helsinki before the NATO summit.

Erdogan and Putin met in Sochi ahead of the Astana talks.

Zelensky and Trump met at the White House ahead of a European summit in Copenhagen.

Lula and Biden spoke before leaving the summit.

Albanese and Luxon met in Auckland ahead of the Pacific Islands Forum meeting.

Trump and Xi held talks ahead of schedule.

Ramaphosa and Trump met on Wednesday, a day ahead of the G20 summit.
"""
H2 = lines(AHEAD2)
for index, parties, place, ok in (
    (0, ["Trump", "Putin"], None, False),
    (1, ["Trump", "Putin"], "Budapest", False),
    (2, ["Trump", "Xi"], None, False),
    (3, ["Putin", "Xi"], "Tianjin", False),
    (4, ["Anwar", "Trump"], None, False),
    (5, ["Modi", "Sharif"], None, False),
    (6, ["Lee", "Ishiba"], None, False),
    (7, ["Trump", "Putin"], None, False),
    (8, ["Macron", "Meloni"], "Rome", False),
    (9, ["Trump", "Kim"], None, False),
    (10, ["Trump", "Xi"], "Busan", True),
    (11, ["Putin", "Trump"], "Alaska", True),
    (12, ["Modi", "Xi"], "Tianjin", True),
    (13, ["Trump", "Putin"], "Helsinki", True),
    (14, ["Erdogan", "Putin"], "Sochi", True),
    (15, ["Zelensky", "Trump"], "White House", True),
    (16, ["Lula", "Biden"], None, True),
    (17, ["Albanese", "Luxon"], "Auckland", True),
    (18, ["Trump", "Xi"], None, True),
    (19, ["Ramaphosa", "Trump"], None, True),
):  # fmt: skip
    fact = {
        "parties": parties,
        "status": "held",
        "planned_location": place,
        "evidence": [H2[index]],
    }
    built.add(
        "held-ahead",
        ok,
        f"held: {H2[index][:60]}",
        AHEAD2,
        {"summits": [fact]},
        "summits[0].status",
    )

NOUNS2 = """More counts

Around 60 ambulances reached the hospital, and medics said the wounded were mostly children.

The court sentenced 14 activists; separately, police said protesters were injured.

Seven ministers resigned, while 12 lawmakers were detained.

Five tanks were destroyed and two soldiers were killed.

About 400 homes were damaged and residents displaced, officials said.

30 inmates escaped.

Authorities said 250 migrants were rescued off Lampedusa.

A further 18 Palestinians were killed on Sunday, the ministry said.

Nineteen villages were shelled overnight, and civilians were killed in three of them.

The UN said 6,000 tents were delivered and displaced families were moving in.

The alliance has 32 members; its troops were put on alert.

Forty-two Republicans co-sponsored the bill.

Police arrested 23 fans after the match.

The blast killed 4 police officers.

More than 1,500 Rohingya refugees arrived in Aceh.

Twenty nurses were hurt, and ten doctors were evacuated.

At least 9 children were among the 40 people killed.
"""
N2 = lines(NOUNS2)
for index, what, value, qualifier, ok in (
    (0, "people wounded", 60, "about", False),
    (1, "protesters injured", 14, "exact", False),
    (2, "lawmakers detained", 12, "exact", True),
    (2, "lawmakers detained", 7, "exact", False),
    (3, "soldiers killed", 2, "exact", True),
    (3, "soldiers killed", 5, "exact", False),
    (4, "residents displaced", 400, "about", False),
    (5, "inmates escaped", 30, "exact", True),
    (6, "migrants rescued", 250, "exact", True),
    (7, "people killed", 18, "exact", True),
    (8, "civilians killed", 19, "exact", False),
    (8, "civilians killed", 3, "exact", False),
    (9, "people displaced", 6000, "exact", False),
    (10, "troops on alert", 32, "exact", False),
    (11, "co-sponsors", 42, "exact", True),
    (12, "fans arrested", 23, "exact", True),
    (13, "police officers killed", 4, "exact", True),
    (14, "refugees arrived", 1500, "more_than", True),
    (15, "doctors evacuated", 10, "exact", True),
    (15, "doctors evacuated", 20, "exact", False),
    (16, "people killed", 40, "exact", True),
    (16, "people killed", 9, "at_least", False),
):  # fmt: skip
    count("count-noun", ok, NOUNS2, N2[index], what, value, qualifier)


# --- round 3: a short third round, written before it was run -------------------------------

THIRD = """Week in review

Fighting stopped shortly after the ceasefire kicked in at 4 p.m. local time on Thursday.

Negotiators in Doha reached the deal on Wednesday night, and it takes effect on Friday morning.

The Eid truce, first announced on June 5, was extended on June 9.

Since it began at dawn on Saturday, the truce has been violated twice.

A humanitarian pause from 10 a.m. to 8 p.m. daily began on July 27.

Officials in Kyiv said on Sunday that a 30-hour truce Putin declared would begin at 6 p.m. Moscow time.

The leaders, who last met at the G20 in Rio on Nov. 18, will hold talks in Seoul on Friday.

Beijing confirmed on Monday that Xi would receive Lula on Aug. 4.

A summit first mooted in March could take place in late September.

The talks scheduled for Tuesday were cancelled on Monday.

Trump's visit, announced in May, is due on Sept. 17.

Washington blacklisted the shipping firm on 3 June, Reuters reported on 5 June.

The sanctions bill, tabled in the Senate in April, cleared committee on July 22.

Ottawa on Friday imposed new sanctions on Russian banks, days after a G7 call on Tuesday.

Effective Aug. 1, the new duties were announced by the Commerce Ministry on July 28.
"""
T = lines(THIRD)
for category, index, value, ok, why in (
    ("day-start", 0, "Thursday", True, "kicked in on Thursday"),
    ("day-start", 0, "4 p.m.", True, "kicked in at 4 p.m."),
    ("day-start", 0, "4 a.m.", False, "the other half of the day"),
    ("day-start", 1, "Friday", True, "takes effect on Friday"),
    ("day-start", 1, "Wednesday", False, "the deal's day"),
    ("day-start", 2, "June 5", False, "the announcement's day"),
    ("day-start", 2, "June 9", False, "the day it was extended"),
    ("day-start", 3, "Saturday", True, "began on Saturday"),
    ("day-start", 4, "10 a.m.", True, "the daily pause from 10 a.m."),
    ("day-start", 4, "July 27", True, "began on July 27"),
    ("day-start", 5, "6 p.m.", True, "would begin at 6 p.m."),
    ("day-start", 5, "Sunday", False, "the day officials spoke"),
    ("day-meeting", 6, "Nov. 18", False, "the day they last met"),
    ("day-meeting", 6, "Friday", True, "will hold talks on Friday"),
    ("day-meeting", 7, "Aug. 4", True, "would receive Lula on Aug. 4"),
    ("day-meeting", 7, "Monday", False, "the confirmation's day"),
    ("day-meeting", 8, "late September", True, "could take place in late September"),
    ("day-meeting", 8, "March", False, "the month it was mooted"),
    ("day-meeting", 9, "Tuesday", True, "the talks scheduled for Tuesday"),
    ("day-meeting", 9, "Monday", False, "the cancellation's day"),
    ("day-meeting", 10, "May", False, "the announcement's month"),
    ("day-meeting", 10, "Sept. 17", True, "due on Sept. 17"),
    ("day-introduced", 11, "3 June", True, "blacklisted on 3 June"),
    ("day-introduced", 11, "5 June", False, "the report's day"),
    ("day-introduced", 12, "April", True, "tabled in April"),
    ("day-introduced", 12, "July 22", False, "the day it cleared committee"),
    ("day-introduced", 13, "Friday", True, "imposed on Friday"),
    ("day-introduced", 13, "Tuesday", False, "the G7 call's day"),
    ("day-introduced", 14, "Aug. 1", False, "the day they take effect"),
    ("day-introduced", 14, "July 28", True, "announced on July 28"),
):  # fmt: skip
    when(category, THIRD, T[index], value, ok, why)

ROLES3 = """Mediators at work

Israel agreed to halt strikes under a deal brokered by Oman.

After mediation from Qatar and Turkey, Russia and Ukraine accepted a prisoner-swap truce.

Iran agreed to the ceasefire, according to mediator Qatar.

Ethiopia welcomed the truce brokered by the African Union and Kenya.
"""
R3 = lines(ROLES3)
for index, passes, fails in (
    (0, ["Israel"], ["Oman"]),
    (1, ["Russia", "Ukraine"], ["Qatar", "Turkey"]),
    (2, ["Iran"], ["Qatar"]),
    (3, ["Ethiopia"], ["Kenya", "African Union"]),
):  # fmt: skip
    for expect, party in verdicts(passes, fails):
        position = {"party": party, "evidence": [R3[index]]}
        built.add("party-role", expect, f"{party}: {R3[index][:60]}", ROLES3,
                  {"ceasefires": [{"positions": [position]}]}, "ceasefires[0].positions[0].party")  # fmt: skip

SPOKES3 = """Who speaks

Trump will meet Xi in Beijing in April, said Karoline Leavitt, the White House press secretary.

Kremlin spokesperson Peskov said Putin would receive Modi.

Spokesman John Kirby said Biden and Zelensky met for an hour.
"""
K3 = lines(SPOKES3)
for index, parties, expect in (
    (0, ["Trump", "Karoline Leavitt"], [True, False]),
    (1, ["Putin", "Modi", "Peskov"], [True, True, False]),
    (2, ["Biden", "Zelensky", "John Kirby"], [True, True, False]),
):  # fmt: skip
    built.meeting_parties("party-spokesman", SPOKES3, K3[index], parties, expect)

AHEAD3 = """Eves and departures

Trump and Putin spoke on the eve of their summit.

Xi and Trump spoke by phone, paving the way for their meeting.

Modi and Xi met in Kazan, days before the BRICS summit.

Trump and Kim met at the DMZ ahead of Trump's departure.
"""
H3 = lines(AHEAD3)
for index, parties, ok in (
    (0, ["Trump", "Putin"], False),
    (1, ["Xi", "Trump"], False),
    (2, ["Modi", "Xi"], True),
    (3, ["Trump", "Kim"], True),
):  # fmt: skip
    fact = {"parties": parties, "status": "held", "evidence": [H3[index]]}
    built.add(
        "held-ahead",
        ok,
        f"held: {H3[index][:60]}",
        AHEAD3,
        {"summits": [fact]},
        "summits[0].status",
    )

COUNTS3 = """Numbers

Police said 11 vehicles were torched, while two officers were injured.

Some 75 senators support the bill, but House leaders have not scheduled a vote.

Nearly 3,000 Gazans were injured in the strikes.

The 10:45 a.m. train carried 340 passengers.

At 5 pm on Sunday, 42 families were still stranded.
"""
N3 = lines(COUNTS3)
for category, index, what, value, qualifier, ok in (
    ("count-noun", 0, "officers injured", 11, "exact", False),
    ("count-noun", 0, "officers injured", 2, "exact", True),
    ("count-noun", 1, "House leaders", 75, "about", False),
    ("count-noun", 2, "people injured", 3000, "nearly", True),
    ("clock-count", 3, "passengers", 340, "exact", True),
    ("clock-count", 3, "passengers", 45, "exact", False),
    ("clock-count", 3, "passengers", 10, "exact", False),
    ("clock-count", 4, "families stranded", 42, "exact", True),
    ("clock-count", 4, "families stranded", 5, "exact", False),
):  # fmt: skip
    count(category, ok, COUNTS3, N3[index], what, value, qualifier)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
