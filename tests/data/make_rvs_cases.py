# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the rvS set (``grounding_rvs.jsonl``): session 26's review of the status26 branch
(:mod:`tensed_meetings`, :func:`future_starts.announced_ahead`), each reading tried with new
texts against the tempting wrong values its shape invites and the right values other outlets'
wording gives. By category:

- ``rv-origin``: an outcome that came, stemmed or grew out of a meeting says it was held,
  also out of "new", "fresh" or "further" talks and when a limit on the outcome stands
  before the verb ("the pause due to end in May came out of talks"). Not: talks called off,
  postponed or that never took place after a comma or a relative clause;
- ``rv-participle``: "Meeting <a party> in|at <place>, <past verb>" is held. Not: a main verb
  to come or a gerund subject, another person as the participle's subject;
- ``rv-present``: a present "meet" with a time to come is scheduled. Not: a contracted
  negation ("won't meet", "don't meet until"), a condition, a meeting between others;
- ``rv-place-day``: a past clause naming the meeting's own place, day and those at it is
  held. Not: a snub or an avoidance, a third party meeting one of them, a party named only
  as the owner of those who acted ("Trump's envoy met Xi");
- ``rv-start``: a measure whose own start is set ahead is announced. Not: a start no longer
  set, a measure still needing approval, a condition, and never in force.

Strength: every case asks only support (True) or refusal at either strength (False). Run
``python tests/data/make_rvs_cases.py`` to rebuild it. Every sentence was written for this
set (summits and trade measures of 2018-2025 as reported); each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SupportCases

OUT = Path(__file__).with_name("grounding_rvs.jsonl")

built = SupportCases(
    "rvS",
    leads=[
        "SEOUL (Peninsula Desk) -",
        "By Tomasz Wierzbicki | The Vistula Ledger",
        "ASIA-PACIFIC ROUNDUP | The Coral Sea Herald",
        "From our Geneva bureau, The Alpine Dispatch.",
        "WASHINGTON, Potomac Wire -",
    ],
)
ORIGIN, PARTICIPLE, PRESENT = "rv-origin", "rv-participle", "rv-present"
PLACE_DAY, START = "rv-place-day", "rv-start"

TX = ["Donald Trump", "Xi Jinping"]
US_CN = ["Scott Bessent", "He Lifeng"]
TP = ["Donald Trump", "Vladimir Putin"]
UK_EU = ["Keir Starmer", "Ursula von der Leyen"]

# (category, expect, value, sentence, parties, place, timing)
# fmt: off
SUMMITS: list[tuple[str, bool, str, str, list[str], str | None, str | None]] = [
    # --- origin: right values ------------------------------------------------------------
    (ORIGIN, True, "held", "The one-year truce emerged from fresh talks in Kuala Lumpur between Bessent and He Lifeng.", US_CN, "Kuala Lumpur", None),
    (ORIGIN, True, "held", "Most of the chip language grew out of further negotiations in London last month.", US_CN, "London", "last month"),
    (ORIGIN, True, "held", "Washington's softer line on soybeans came out of new talks in Madrid on Sunday.", US_CN, "Madrid", "Sunday"),
    (ORIGIN, True, "held", "The text stemmed from three rounds of negotiations in Geneva, according to the readout.", US_CN, "Geneva", None),
    (ORIGIN, True, "held", "The 90-day pause due to lapse in August came out of talks in Stockholm.", US_CN, "Stockholm", None),
    (ORIGIN, True, "held", "Little of substance came out of the summit in Brussels, diplomats conceded.", UK_EU, "Brussels", None),
    (ORIGIN, True, "held", "The fishing compromise sprang out of an all-night session in Brussels on 19 May.", UK_EU, "Brussels", "19 May"),
    (ORIGIN, True, "held", "Those pledges came out of the Anchorage summit in August and have yet to be honoured.", TP, "Anchorage", "August"),
    (ORIGIN, True, "held", "The rare-earths reprieve arose out of the leaders' talks in Busan on Thursday.", TX, "Busan", "Thursday"),
    (ORIGIN, True, "held", "The framework emerged from talks in Geneva last week and is to be signed in June.", US_CN, "Geneva", "last week"),
    (ORIGIN, True, "held", "The pledge on fentanyl came out of talks in Busan that Trump later called a great success.", TX, "Busan", None),
    # --- origin: wrong values -------------------------------------------------------------
    (ORIGIN, False, "held", "The market jitters stem from talks in Geneva, which were postponed on Friday.", US_CN, "Geneva", None),
    (ORIGIN, False, "held", "The confusion grew out of talks in Stockholm, which were later cancelled.", US_CN, "Stockholm", None),
    (ORIGIN, False, "held", "Investors' unease stems from talks in Madrid not going ahead as planned.", US_CN, "Madrid", None),
    (ORIGIN, False, "held", "Any deal would need to emerge from talks in Geneva next month.", US_CN, "Geneva", "next month"),
    (ORIGIN, False, "held", "The uncertainty stems from talks in Budapest, since shelved by the White House.", TP, "Budapest", None),
    (ORIGIN, False, "held", "Relief came from the postponement of talks in Brussels until the autumn.", UK_EU, "Brussels", None),
    (ORIGIN, False, "held", "The idea came out of the proposed summit in Budapest, which never took place.", TP, "Budapest", None),
    (ORIGIN, False, "held", "A framework might yet come out of talks in Madrid on Sunday.", US_CN, "Madrid", "Sunday"),
    (ORIGIN, False, "held", "Nothing will come out of talks in Stockholm that Beijing says it will not attend.", US_CN, "Stockholm", None),
    (ORIGIN, False, "scheduled", "The cuts stem from talks in Geneva on Monday, officials said.", US_CN, "Geneva", "Monday"),
    (ORIGIN, False, "held", "The truce stems from talks in Geneva; a summit in Madrid is due on Sunday.", US_CN, "Madrid", "Sunday"),
    # --- participle: right values ---------------------------------------------------------
    (PARTICIPLE, True, "held", "Meeting Xi Jinping in Busan on Thursday, Trump agreed to halve the fentanyl tariff.", TX, "Busan", "Thursday"),
    (PARTICIPLE, True, "held", "Meeting with Vladimir Putin at a base in Anchorage, Trump spoke of progress.", TP, "Anchorage", None),
    (PARTICIPLE, True, "held", "Meeting him at Lancaster House on Monday, Bessent pressed the rare-earths point.", US_CN, "Lancaster House", "Monday"),
    (PARTICIPLE, True, "held", "Meeting them at Lancaster House, the Treasury secretary laid out Washington's demands.", US_CN, "Lancaster House", None),
    # --- participle: wrong values ---------------------------------------------------------
    (PARTICIPLE, False, "held", "Meeting Xi in Busan on Thursday, Albanese raised the detained writer's case.", TX, "Busan", "Thursday"),
    (PARTICIPLE, False, "held", "Meeting Xi in Busan on Thursday, Lee Jae-myung pressed for a visit to Beijing.", TX, "Busan", "Thursday"),
    (PARTICIPLE, False, "held", "Meeting him in Busan, Trump told reporters, will be a great honour.", TX, "Busan", None),
    (PARTICIPLE, False, "held", "Meeting Xi in Busan was the plan, until Trump cut short his trip.", TX, "Busan", None),
    (PARTICIPLE, False, "held", "Meeting Putin in Budapest had been pencilled in for October.", TP, "Budapest", "October"),
    (PARTICIPLE, False, "held", "Meeting Putin in Budapest, Trump hopes, will end the war.", TP, "Budapest", None),
    (PARTICIPLE, False, "held", "Meeting von der Leyen in Brussels in December, Starmer is expected to sign the text.", UK_EU, "Brussels", "December"),
    (PARTICIPLE, False, "held", "Meeting He Lifeng in Madrid on Sunday, Bessent's deputy handed over the list.", US_CN, "Madrid", "Sunday"),
    (PARTICIPLE, False, "scheduled", "Meeting Xi in Busan on Thursday, Trump agreed a one-year truce.", TX, "Busan", "Thursday"),
    (PARTICIPLE, True, "held", "Meeting Xi Jinping at the Gimhae air base on Thursday, Donald Trump agreed to halve the fentanyl levy but did not lift chip curbs.", TX, "Gimhae", "Thursday"),
    (PARTICIPLE, True, "held", "Meeting with Keir Starmer at Lancaster House on Monday, von der Leyen signed three texts.", UK_EU, "Lancaster House", "Monday"),
    (PARTICIPLE, True, "held", "Meeting Vladimir Putin in Anchorage, Donald Trump failed to win a ceasefire.", TP, "Anchorage", None),
    (PARTICIPLE, True, "held", "Meeting He Lifeng in Stockholm on Monday, the US delegation raised Russian oil.", US_CN, "Stockholm", "Monday"),
    (PARTICIPLE, True, "held", "Meeting Ursula von der Leyen in Brussels on Monday, Starmer sealed the reset.", UK_EU, "Brussels", "Monday"),
    (PARTICIPLE, True, "held", "Meeting Scott Bessent in Madrid on Sunday, He Lifeng handed over Beijing's list, aides said.", US_CN, "Madrid", "Sunday"),
    (PARTICIPLE, True, "held", "Meeting Donald Trump at Turnberry on Sunday, she accepted a 15% tariff on most EU goods.", ["Donald Trump", "Ursula von der Leyen"], "Turnberry", "Sunday"),
    (PARTICIPLE, False, "held", "Meeting Vladimir Putin in Anchorage, Donald Trump told aides, would be risky.", TP, "Anchorage", None),
    (PARTICIPLE, False, "held", "Meeting He Lifeng in Stockholm on Monday, Bessent's team handed over a draft.", US_CN, "Stockholm", "Monday"),
    # --- present: right values ------------------------------------------------------------
    (PRESENT, True, "scheduled", "Trump and Xi meet in Busan on Thursday for the first time since 2019.", TX, "Busan", "Thursday"),
    (PRESENT, True, "scheduled", "The two delegations convene Monday in Geneva for a fourth round.", US_CN, "Geneva", "Monday"),
    (PRESENT, True, "scheduled", "Bessent and He Lifeng meet in Madrid on Sunday to take up TikTok.", US_CN, "Madrid", "Sunday"),
    (PRESENT, True, "scheduled", "EU and UK leaders gather in Brussels on 19 May for their first summit.", UK_EU, "Brussels", "19 May"),
    (PRESENT, True, "scheduled", "Putin and Trump meet in Anchorage on Friday, the Kremlin confirmed.", TP, "Anchorage", "Friday"),
    (PRESENT, True, "scheduled", "The negotiators reconvene in Stockholm next week.", US_CN, "Stockholm", "next week"),
    (PRESENT, True, "scheduled", "Xi and Trump meet again in Beijing in April, both sides said.", TX, "Beijing", "April"),
    (PRESENT, True, "scheduled", "Starmer and von der Leyen meet in London on Monday, their second summit.", UK_EU, "London", "Monday"),
    (PRESENT, True, "scheduled", "Trump and Putin also meet with aides in Anchorage on Friday.", TP, "Anchorage", "Friday"),
    (PRESENT, True, "scheduled", "The two sides meet at the Lancaster House on 9 June.", US_CN, "Lancaster House", "9 June"),
    # --- present: wrong values ------------------------------------------------------------
    (PRESENT, False, "scheduled", "Trump and Xi won't meet in Busan on Thursday, the White House said.", TX, "Busan", "Thursday"),
    (PRESENT, False, "scheduled", "Trump and Putin don't meet in Budapest next month after all.", TP, "Budapest", "next month"),
    (PRESENT, False, "scheduled", "Albanese and Takaichi meet in Busan on Thursday, on the summit's sidelines.", TX, "Busan", "Thursday"),
    (PRESENT, False, "scheduled", "Lee and Xi meet in Gyeongju on Saturday, a day after Trump leaves.", TX, "Gyeongju", "Saturday"),
    (PRESENT, False, "scheduled", "Should Trump and Putin meet in Budapest next month, Zelensky wants a seat.", TP, "Budapest", "next month"),
    (PRESENT, False, "scheduled", "Unless Bessent and He meet in Madrid on Sunday, the TikTok deadline lapses.", US_CN, "Madrid", "Sunday"),
    (PRESENT, False, "scheduled", "Trump and Xi met in Busan on Thursday.", TX, "Busan", "Thursday"),
    (PRESENT, False, "held", "Trump and Xi meet in Busan on Thursday.", TX, "Busan", "Thursday"),
    (PRESENT, False, "scheduled", "Trump and Xi usually meet on the APEC sidelines in November.", TX, None, "November"),
    (PRESENT, False, "scheduled", "Trump and Xi can't meet in Busan on Thursday, aides conceded.", TX, "Busan", "Thursday"),
    # --- place-day: right values ----------------------------------------------------------
    (PLACE_DAY, True, "held", "Donald Trump and Xi Jinping talked in Busan on Thursday about soybeans and rare earths.", TX, "Busan", "Thursday"),
    (PLACE_DAY, True, "held", "In Anchorage on Friday, Trump and Putin sat down for nearly three hours.", TP, "Anchorage", "Friday"),
    (PLACE_DAY, True, "held", "Trump greeted Xi with a long handshake in Busan on Thursday.", TX, "Busan", "Thursday"),
    (PLACE_DAY, True, "held", "Bessent and He Lifeng negotiated in Madrid on Sunday over TikTok and tariffs.", US_CN, "Madrid", "Sunday"),
    (PLACE_DAY, True, "held", "On Monday at Lancaster House, Starmer welcomed von der Leyen with a handshake.", UK_EU, "Lancaster House", "Monday"),
    (PLACE_DAY, True, "held", "In Busan on Thursday, Donald Trump and Xi Jinping agreed to extend the truce by a year.", TX, "Busan", "Thursday"),
    (PLACE_DAY, True, "held", "Trump and Putin shook hands on the tarmac in Anchorage on Friday.", TP, "Anchorage", "Friday"),
    (PLACE_DAY, True, "held", "Bessent and He Lifeng wrapped up two days of talks in Stockholm on Tuesday.", US_CN, "Stockholm", "Tuesday"),
    (PLACE_DAY, True, "held", "Starmer hosted von der Leyen in London on Monday.", UK_EU, "London", "Monday"),
    (PLACE_DAY, True, "held", "On Thursday in Busan, Donald Trump and Xi Jinping pledged to keep talking.", TX, "Busan", "Thursday"),
    (PLACE_DAY, True, "held", "Putin and Trump posed for photographers in Anchorage on Friday.", TP, "Anchorage", "Friday"),
    # --- place-day: wrong values ----------------------------------------------------------
    (PLACE_DAY, False, "held", "In Busan on Thursday, Donald Trump snubbed Xi Jinping and flew home early.", TX, "Busan", "Thursday"),
    (PLACE_DAY, False, "held", "On Friday in Anchorage, protesters denounced Trump and Putin.", TP, "Anchorage", "Friday"),
    (PLACE_DAY, False, "held", "On Thursday in Busan, Donald Trump's envoy handed Xi Jinping a letter.", TX, "Busan", "Thursday"),
    (PLACE_DAY, False, "held", "In Busan on Thursday, Donald Trump criticised Xi Jinping for skipping the dinner.", TX, "Busan", "Thursday"),
    (PLACE_DAY, False, "held", "In Anchorage on Friday, reporters questioned Trump about Putin.", TP, "Anchorage", "Friday"),
    (PLACE_DAY, False, "held", "In Brussels on Monday, Starmer avoided von der Leyen.", UK_EU, "Brussels", "Monday"),
    (PLACE_DAY, False, "held", "In Busan on Thursday, Donald Trump telephoned Xi Jinping from his hotel.", TX, "Busan", "Thursday"),
    (PLACE_DAY, False, "held", "On Friday in Anchorage, Trump waited for Putin, who never arrived.", TP, "Anchorage", "Friday"),
    (PLACE_DAY, False, "held", "In Busan on Thursday, Donald Trump and Xi Jinping's foreign ministers talked.", TX, "Busan", "Thursday"),
    (PLACE_DAY, False, "scheduled", "Donald Trump and Xi Jinping talked in Busan on Thursday about soybeans.", TX, "Busan", "Thursday"),
    (PLACE_DAY, False, "held", "In London on Monday, Starmer thanked von der Leyen by letter.", UK_EU, "London", "Monday"),
]

# (category, expect, value, sentence) for a measure (sanctions)
MEASURES: list[tuple[str, bool, str, str]] = [
    (START, True, "announced", "The 50% levy on Indian goods is due to kick in on 27 August."),
    (START, True, "announced", "The new duties, unveiled on Tuesday, are set to take effect on 1 October."),
    (START, True, "announced", "The tariff on heavy trucks will come into force on 1 November."),
    (START, True, "announced", "The ban on Russian LNG imports is due to take effect on 1 January 2027."),
    (START, True, "announced", "The surtax on Chinese steel is set to apply from 22 October."),
    (START, True, "announced", "The export curbs are scheduled to take effect on 8 November."),
    (START, True, "announced", "The levy on imported cars, approved on Monday, will take effect on 1 June."),
    (START, True, "announced", "The price cap is slated to take effect on 3 September."),
    (START, True, "announced", "The sanctions are due to come into force at midnight on Friday."),
    (START, True, "announced", "The quota on steel imports will apply from 1 July."),
    (START, False, "announced", "The tariff is no longer due to take effect on 1 August."),
    (START, False, "announced", "The ban, which ministers have yet to approve, is due to take effect in June."),
    (START, False, "announced", "The ban is set to take effect in June, subject to approval by member states."),
    (START, False, "announced", "The levy, if parliament passes it, will take effect on 1 April."),
    (START, False, "announced", "The curbs are not set to take effect on 1 March, despite reports."),
    (START, False, "announced", "The draft regulation is due to take effect in 2027."),
    (START, False, "announced", "Under a plan being discussed, the duties would take effect on 1 August."),
    (START, False, "announced", "The surtax was due to take effect on Friday but was shelved."),
    (START, False, "in_force", "The 50% levy on Indian goods is due to kick in on 27 August."),
    (START, False, "in_force", "The new duties, unveiled on Tuesday, are set to take effect on 1 October."),
    (START, False, "announced", "The ban might take effect in June, diplomats said."),
    (START, False, "announced", "The tariff is unlikely to take effect on 1 August."),
]
# fmt: on


def build() -> None:
    for category, expect, value, sentence, parties, place, timing in SUMMITS:
        built.graded_fact(
            category, "summits", "status", value, [sentence], expect, ANY,
            "a careful reader's verdict", parties=parties, planned_location=place,
            planned_timing=timing,
        )  # fmt: skip
    for category, expect, value, sentence in MEASURES:
        built.status("sanctions", category, value, sentence, expect)


build()


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
