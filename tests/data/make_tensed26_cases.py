# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the tensed-26 set (``grounding_tensed26.jsonl``): a meeting's (or a measure's) status
carried by the tense of the clause about it, with no status word (an outside check, session 26: check 58's
cause 3; :mod:`tensed_meetings`), and the session-25 r2status readings tried against wrong
values (:mod:`meeting_participles`, :mod:`meeting_ahead`). By category:

- ``origin-held``: an outcome that stems, came, emerged, grew or resulted from (or out of) a
  meeting says the meeting was ``held``. Not: a modal or an intention before the verb, a
  meeting still ahead or called off after the noun, a planned or proposed one, another
  meeting's place or day, or a value of a meeting to come (``scheduled``);
- ``participle-person``: "Meeting <a party> at|in <place> ..., <past main verb>" is ``held``.
  Not: an object that is no party, a main verb still to come, a participle inside a clause,
  another meeting's place, a negation after it;
- ``present-scheduled``: a present "meet", "gather" or "convene" with a day, month or "next"
  after it in its clause is ``scheduled``. Not: the same clause for ``held``, a past "met", a
  modal or negation, a condition, a habit, a past time, "meet" as a noun or with an object,
  another meeting's place or day;
- ``r2-review``: the session-25 readings still accept their own shapes ("Meeting in Putrajaya
  ..., they agreed", "will host the summit") and refuse a gerund subject with an aside
  ("Meeting in Budapest, Peskov said, was premature") and a meeting looked back on ("will
  remember the summit as", "will mark the summit's anniversary");
- ``place-day``: a clause with a past main verb naming the meeting's own place and day and
  those at it ("An accord came together on Thursday in Busan between Trump and Xi", "In
  Anchorage on Friday, Putin and Trump talked") is ``held``. Not: a while/as/but clause, an
  infinitive of purpose, a saying and a modal, a contrast and a negation, talks still ahead,
  another party, a hope, a plan, an invitation, another occasion's place and day, nor
  ``scheduled``;
- ``start-ahead``: a measure whose own start is framed as still to come ("is due to take
  effect on 3 September", "will come into force on October 1", "the cap, set at ..., is set
  to take effect") has been decided: ``announced`` (:func:`future_starts.announced_ahead`).
  Not: a proposal, a threat, a thing considered or wanted, a condition, "would" or "could", a
  start past ("took effect", "was due to"), another thing's start, and never ``in_force``.

Strength: every case asks only support (True) or refusal at either strength (False). Run
``python tests/data/make_tensed26_cases.py`` to rebuild it. Every sentence was written for this
set from public facts of 2018-2025 (summits, trade talks, ministerial meetings as reported), in
several outlets' styles; each verdict is what a careful fact-checker reads in the text,
decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SupportCases

OUT = Path(__file__).with_name("grounding_tensed26.jsonl")

built = SupportCases(
    "t26",
    leads=[
        "GENEVA (Lakeside Wire) -",
        "By Amara Okonkwo | The Harbour Times",
        "WORLD BRIEFING | The Steppe Courier",
        "From our Brussels correspondent, The Channel Review.",
        "NEW DELHI, Subcontinent Post -",
        "Diplomatic desk, The Fjord Observer.",
    ],
)
ORIGIN, PARTICIPLE, PRESENT, REVIEW = (
    "origin-held",
    "participle-person",
    "present-scheduled",
    "r2-review",
)
START, PLACE_DAY = "start-ahead", "place-day"


def summit(
    category: str, expect: bool, value: str, sentence: str, parties: list[str],
    place: str | None, timing: str | None, why: str,
) -> None:  # fmt: skip
    """A summit of ``parties`` at ``place`` and ``timing`` whose status is ``value``, backed by
    ``sentence``."""
    built.graded_fact(
        category, "summits", "status", value, [sentence], expect, ANY, why,
        parties=parties, planned_location=place, planned_timing=timing,
    )  # fmt: skip


US_CN = ["Scott Bessent", "He Lifeng"]
UK_EU = ["Keir Starmer", "Ursula von der Leyen"]
IN_US = ["Piyush Goyal", "Jamieson Greer"]

# --- origin-held: what a meeting produced presumes it took place ------------------------

for sentence, parties, place, timing in [
    (
        "The 90-day tariff truce stems from two days of talks in Stockholm between Treasury Secretary Scott Bessent and Vice Premier He Lifeng.",
        US_CN,
        "Stockholm",
        None,
    ),
    (
        "Both sides said the framework came out of a long session at Lancaster House on Monday evening.",
        US_CN,
        "Lancaster House",
        "Monday",
    ),
    (
        "The new quotas emerged from the summit in Brussels on 19 May, the first since Brexit.",
        UK_EU,
        "Brussels",
        "19 May",
    ),
    (
        "Much of the youth mobility wording grew out of the Brussels summit, officials say.",
        UK_EU,
        "Brussels",
        None,
    ),
    (
        "The reset, which resulted from a meeting at Lancaster House in May, has yet to be tested.",
        UK_EU,
        "Lancaster House",
        "May",
    ),
    (
        "Those cuts stemmed from weekend negotiations in Geneva between the two delegations.",
        US_CN,
        "Geneva",
        "weekend",
    ),
    (
        "India's offer on farm goods came out of the New Delhi round of talks last week, a ministry note said.",
        IN_US,
        "New Delhi",
        "last week",
    ),
    (
        "The joint statement arose from consultations in London on 9 June that ran late into the night.",
        US_CN,
        "London",
        "9 June",
    ),
    (
        "The customs understanding springs from talks in Washington in September between Goyal and Greer.",
        IN_US,
        "Washington",
        "September",
    ),
    (
        "What comes out of Sunday's meeting in Madrid is a three-page text both capitals have signed.",
        US_CN,
        "Madrid",
        "Sunday",
    ),
    (
        "The easing of export curbs flows from the round in Kuala Lumpur last month.",
        US_CN,
        "Kuala Lumpur",
        "last month",
    ),
]:
    summit(
        ORIGIN, True, "held", sentence, parties, place, timing, "the meeting produced the outcome"
    )

for sentence, parties, place, timing, value, why in [
    (
        "Any truce would have to come out of talks in Stockholm, and none are planned.",
        US_CN,
        "Stockholm",
        None,
        "held",
        "a modal: the meeting is hoped for",
    ),
    (
        "A breakthrough is expected to emerge from talks in Geneva next week.",
        US_CN,
        "Geneva",
        "next week",
        "held",
        "an intention; a meeting to come",
    ),
    (
        "The cuts are meant to stem from talks due in Madrid on Sunday.",
        US_CN,
        "Madrid",
        "Sunday",
        "held",
        "a meeting still due",
    ),
    (
        "Officials hope a deal grows out of the planned summit in Brussels.",
        UK_EU,
        "Brussels",
        None,
        "held",
        "a planned summit",
    ),
    (
        "Nothing can come from talks that were called off in London on Friday.",
        US_CN,
        "London",
        "Friday",
        "held",
        "talks called off",
    ),
    (
        "The tariff pause stems from talks in Geneva in May; the next round is in London.",
        US_CN,
        "London",
        None,
        "held",
        "another meeting's place: Geneva's were held",
    ),
    (
        "The quota deal stems from the summit in Brussels; London hosts the second one in the spring.",
        UK_EU,
        "London",
        "spring",
        "held",
        "the Brussels summit's origin, the London summit's fact",
    ),
    (
        "The cuts stem from weekend talks in Geneva between the two delegations.",
        US_CN,
        "Geneva",
        "weekend",
        "scheduled",
        "the talks were held, not planned",
    ),
    (
        "The framework came out of a session at Lancaster House on Monday.",
        US_CN,
        "Lancaster House",
        "Monday",
        "cancelled",
        "the session took place",
    ),
    (
        "Relief may yet emerge from the proposed talks in Washington in September.",
        IN_US,
        "Washington",
        "September",
        "held",
        "a proposed meeting, a modal",
    ),
    (
        "The new wording would result from next month's round in Kuala Lumpur.",
        US_CN,
        "Kuala Lumpur",
        "next month",
        "held",
        "a meeting to come",
    ),
]:
    summit(ORIGIN, False, value, sentence, parties, place, timing, why)

# --- participle-person: "Meeting <a party> at <place>, <past verb>" --------------------------

for sentence, parties, place, timing in [
    (
        "Meeting Xi Jinping in Busan on Thursday, Donald Trump agreed to halve the fentanyl tariff.",
        ["Donald Trump", "Xi Jinping"],
        "Busan",
        "Thursday",
    ),
    (
        "Meeting Keir Starmer at Chequers, the US president praised the new technology pact.",
        ["Donald Trump", "Keir Starmer"],
        "Chequers",
        None,
    ),
    (
        "Meeting him in Anchorage on 15 August, Putin spoke first at the joint appearance.",
        ["Vladimir Putin", "Donald Trump"],
        "Anchorage",
        "15 August",
    ),
    (
        "Meeting her counterpart in Ottawa, the Mexican foreign minister signed a letter on steel.",
        ["Alicia Barcena", "Melanie Joly"],
        "Ottawa",
        None,
    ),
    (
        "Meeting with Narendra Modi in Washington, the president promised a trade deal by autumn.",
        ["Donald Trump", "Narendra Modi"],
        "Washington",
        None,
    ),
    (
        "Meeting Emmanuel Macron at the Elysee, Zelensky asked for more air defence.",
        ["Volodymyr Zelensky", "Emmanuel Macron"],
        "the Elysee",
        None,
    ),
    (
        "Meeting Lula in Kuala Lumpur on the summit's sidelines, Trump said the talks went well.",
        ["Donald Trump", "Lula"],
        "Kuala Lumpur",
        None,
    ),
    (
        "Meeting them at the Kremlin on Wednesday, Putin handed the envoys a list of demands.",
        ["Vladimir Putin", "Steve Witkoff"],
        "the Kremlin",
        "Wednesday",
    ),
    (
        "Meeting Shigeru Ishiba at the White House in February, Trump pressed for more investment.",
        ["Donald Trump", "Shigeru Ishiba"],
        "the White House",
        "February",
    ),
    (
        "Meeting his opposite number in Geneva, Bessent laid out the US demands.",
        ["Scott Bessent", "He Lifeng"],
        "Geneva",
        None,
    ),
    (
        "PARIS - Meeting Friedrich Merz at the Elysee on Tuesday, Macron backed the joint fighter plan.",
        ["Emmanuel Macron", "Friedrich Merz"],
        "the Elysee",
        "Tuesday",
    ),
]:
    summit(
        PARTICIPLE,
        True,
        "held",
        sentence,
        parties,
        place,
        timing,
        "a participle of meeting a party, past main verb",
    )

for sentence, parties, place, timing, value, why in [
    (
        "Meeting Xi Jinping in Busan next week, Trump will push for soybean purchases.",
        ["Donald Trump", "Xi Jinping"],
        "Busan",
        "next week",
        "held",
        "a main verb to come",
    ),
    (
        "Meeting demand in Asia, the refiners raised their runs in May.",
        ["Saudi Arabia", "India"],
        "Asia",
        "May",
        "held",
        "an object that is no party",
    ),
    (
        "Before meeting Keir Starmer at Chequers, the president toured Windsor.",
        ["Donald Trump", "Keir Starmer"],
        "Chequers",
        None,
        "held",
        "the participle sits inside a clause",
    ),
    (
        "Meeting Trump in Alaska in August, Putin agreed to a second summit in Budapest.",
        ["Vladimir Putin", "Donald Trump"],
        "Budapest",
        None,
        "held",
        "the Alaska meeting's tense, the Budapest summit's fact",
    ),
    (
        "Meeting Zelensky at the Vatican, Trump insisted, was never on his schedule.",
        ["Donald Trump", "Volodymyr Zelensky"],
        "the Vatican",
        None,
        "held",
        "a gerund subject, negated",
    ),
    (
        "Meeting Modi in Washington, Trump is expected to raise tariffs.",
        ["Donald Trump", "Narendra Modi"],
        "Washington",
        None,
        "held",
        "a main verb to come",
    ),
    (
        "Meeting Xi Jinping in Busan on Thursday, Donald Trump agreed to halve the fentanyl tariff.",
        ["Donald Trump", "Xi Jinping"],
        "Busan",
        "Thursday",
        "scheduled",
        "the meeting took place",
    ),
    (
        "Meeting Macron at the Elysee, Zelensky asked for more air defence.",
        ["Volodymyr Zelensky", "Emmanuel Macron"],
        "the Elysee",
        None,
        "cancelled",
        "the meeting took place",
    ),
    (
        "Meeting expectations in Geneva, the negotiators cut tariffs.",
        ["Scott Bessent", "He Lifeng"],
        "Geneva",
        None,
        "held",
        "no person met",
    ),
    (
        "Meeting Ishiba at the White House in February, Trump pressed for more investment; their talks in Osaka are set for June.",
        ["Donald Trump", "Shigeru Ishiba"],
        "Osaka",
        "June",
        "held",
        "the February meeting's tense, the Osaka talks' fact",
    ),
    (
        "Meeting Merz in Berlin, Macron hopes to settle the fighter dispute.",
        ["Emmanuel Macron", "Friedrich Merz"],
        "Berlin",
        None,
        "held",
        "a hope, no past verb",
    ),
]:
    summit(PARTICIPLE, False, value, sentence, parties, place, timing, why)

# --- present-scheduled: a present "meet" with a time to come -----------------------------

for sentence, parties, place, timing in [
    (
        "EU leaders meet in Brussels on Thursday to weigh a loan for Ukraine.",
        ["European Council"],
        "Brussels",
        "Thursday",
    ),
    (
        "The BRICS leaders gather July 6-7 in Rio de Janeiro.",
        ["BRICS"],
        "Rio de Janeiro",
        "July 6-7",
    ),
    (
        "Finance ministers of the G20 convene in Cape Town next week.",
        ["G20"],
        "Cape Town",
        "next week",
    ),
    (
        "Trump and Xi meet at the APEC summit in Gyeongju on October 30, the White House said.",
        ["Donald Trump", "Xi Jinping"],
        "Gyeongju",
        "October 30",
    ),
    (
        "Negotiators from India and the US meet again in New Delhi later this month.",
        ["India", "United States"],
        "New Delhi",
        "later this month",
    ),
    (
        "The Quad's foreign ministers meet in Washington on 1 July.",
        ["Quad"],
        "Washington",
        "1 July",
    ),
    (
        "Ukraine's backers meet at Ramstein next Tuesday, the Pentagon says.",
        ["Ukraine Defense Contact Group"],
        "Ramstein",
        "next Tuesday",
    ),
    (
        "Leaders of the 27 gather in Copenhagen on October 1 for an informal summit.",
        ["European Council"],
        "Copenhagen",
        "October 1",
    ),
    ("The OPEC+ eight meet online on Sunday to set November output.", ["OPEC+"], None, "Sunday"),
    (
        "Commonwealth leaders meet in Samoa in October, the first such summit in the Pacific.",
        ["Commonwealth"],
        "Samoa",
        "October",
    ),
    (
        "When the two sides meet again in London in June, export licences will top the agenda.",
        US_CN,
        "London",
        "June",
    ),
]:
    summit(
        PRESENT,
        True,
        "scheduled",
        sentence,
        parties,
        place,
        timing,
        "a present verb of meeting with a time to come",
    )

for sentence, parties, place, timing, value, why in [
    (
        "EU leaders meet in Brussels on Thursday to weigh a loan for Ukraine.",
        ["European Council"],
        "Brussels",
        "Thursday",
        "held",
        "a meeting ahead, not held",
    ),
    (
        "The BRICS leaders met July 6-7 in Rio de Janeiro.",
        ["BRICS"],
        "Rio de Janeiro",
        "July 6-7",
        "scheduled",
        "a past meeting",
    ),
    (
        "The two sides do not meet in London until June at the earliest.",
        US_CN,
        "London",
        "June",
        "scheduled",
        "a negation",
    ),
    (
        "If the ministers meet in Cape Town next week, a communique is unlikely.",
        ["G20"],
        "Cape Town",
        "next week",
        "scheduled",
        "a condition",
    ),
    (
        "Davos regulars usually meet in the Alps every January.",
        ["World Economic Forum"],
        "the Alps",
        "January",
        "scheduled",
        "a habit",
    ),
    (
        "The Quad's foreign ministers meet in Washington after meeting there last July.",
        ["Quad"],
        "Washington",
        "last July",
        "scheduled",
        "a past time in the clause",
    ),
    (
        "The athletics meet in Oslo on Thursday drew a record crowd.",
        ["Diamond League"],
        "Oslo",
        "Thursday",
        "scheduled",
        "a noun, not a verb",
    ),
    (
        "The refiners meet demand in Asia in June by running harder.",
        ["Saudi Aramco"],
        "Asia",
        "June",
        "scheduled",
        "an object that is no time or place",
    ),
    (
        "Leaders meet in Copenhagen on October 1, then in Brussels in December.",
        ["European Council"],
        "Brussels",
        "December",
        "scheduled",
        "the verb's clause is Copenhagen's; Brussels sits in a later one",
    ),
    (
        "Trump and Xi meet in Gyeongju on October 30, but the planned summit has been postponed.",
        ["Donald Trump", "Xi Jinping"],
        "Gyeongju",
        "October 30",
        "scheduled",
        "the plan undone",
    ),
    (
        "Ministers refuse to meet in Geneva next week, the spokesman said.",
        US_CN,
        "Geneva",
        "next week",
        "scheduled",
        "a refusal",
    ),
]:
    summit(PRESENT, False, value, sentence, parties, place, timing, why)

# --- r2-review: session 25's readings, their shapes kept and their wrong ones refused ------

for sentence, parties, place, timing, value in [
    (
        "Meeting in Putrajaya on 28 July, the two premiers agreed an unconditional ceasefire.",
        ["Hun Manet", "Phumtham Wechayachai"],
        "Putrajaya",
        "28 July",
        "held",
    ),
    (
        "Gathering at the Elysee on Thursday, the coalition's leaders endorsed the guarantees.",
        ["coalition of the willing"],
        "the Elysee",
        "Thursday",
        "held",
    ),
    (
        "Meeting at Anchorage's military base, the two presidents spoke for three hours.",
        ["Donald Trump", "Vladimir Putin"],
        "Anchorage",
        None,
        "held",
    ),
    (
        "Convening in Kananaskis, the G7 leaders issued six separate statements.",
        ["G7"],
        "Kananaskis",
        None,
        "held",
    ),
    (
        "Meeting in Geneva for the first time, the delegations traded tariff figures.",
        US_CN,
        "Geneva",
        None,
        "held",
    ),
    (
        "The Group of Seven wound up its meeting in Kananaskis on Tuesday.",
        ["G7"],
        "Kananaskis",
        "Tuesday",
        "held",
    ),
    (
        "Ramaphosa brought the summit in Johannesburg to a close on Sunday.",
        ["Cyril Ramaphosa"],
        "Johannesburg",
        "Sunday",
        "held",
    ),
    (
        "Lula is to host the group's summit in Rio de Janeiro in July.",
        ["BRICS"],
        "Rio de Janeiro",
        "July",
        "scheduled",
    ),
    (
        "Starmer and Macron will co-chair a coalition summit in Paris on 4 September.",
        ["Keir Starmer", "Emmanuel Macron"],
        "Paris",
        "4 September",
        "scheduled",
    ),
    (
        "Modi is expected to attend the summit in Johannesburg in November.",
        ["Narendra Modi"],
        "Johannesburg",
        "November",
        "scheduled",
    ),
    (
        "The envoys are due to attend the next round in Istanbul on Monday.",
        ["Russia", "Ukraine"],
        "Istanbul",
        "Monday",
        "scheduled",
    ),
]:
    summit(REVIEW, True, value, sentence, parties, place, timing, "a session-25 shape")

for sentence, parties, place, timing, value, why in [
    (
        "Meeting in Budapest, Peskov said, was premature while the fighting went on.",
        ["Donald Trump", "Vladimir Putin"],
        "Budapest",
        None,
        "held",
        "a gerund subject with an aside: no meeting",
    ),
    (
        "Meeting at the Kremlin, the spokesman stressed, is not on the agenda.",
        ["Vladimir Putin", "Steve Witkoff"],
        "the Kremlin",
        None,
        "held",
        "a gerund subject with an aside",
    ),
    (
        "Gathering in Doha, the mediators insisted, would be pointless without Hamas.",
        ["Qatar", "Egypt"],
        "Doha",
        None,
        "held",
        "a gerund subject, a modal",
    ),
    (
        "Historians will remember the summit as the day the alliance split.",
        ["NATO"],
        "Vilnius",
        None,
        "scheduled",
        "a meeting looked back on",
    ),
    (
        "Critics will judge the Alaska summit harshly.",
        ["Donald Trump", "Vladimir Putin"],
        "Alaska",
        None,
        "scheduled",
        "a meeting looked back on",
    ),
    (
        "Putin will mark the summit's anniversary with a speech.",
        ["Vladimir Putin", "Donald Trump"],
        "Helsinki",
        None,
        "scheduled",
        "another thing's day",
    ),
    (
        "The commission will study the talks' outcome before it proposes anything.",
        ["European Commission"],
        "Brussels",
        None,
        "scheduled",
        "the talks' outcome, not the talks",
    ),
    (
        "Milei will skip the Mercosur summit in Asuncion.",
        ["Javier Milei"],
        "Asuncion",
        None,
        "scheduled",
        "a verb against the meeting (kept)",
    ),
    (
        "Meeting in Doha next week, the two sides will sign the accord.",
        ["Israel", "Hamas"],
        "Doha",
        "next week",
        "held",
        "a main verb to come (kept)",
    ),
    (
        "Before meeting in Geneva, the envoys spoke by phone.",
        US_CN,
        "Geneva",
        None,
        "held",
        "the participle inside a clause (kept)",
    ),
    (
        "Analysts will assess the summit in Kananaskis for months.",
        ["G7"],
        "Kananaskis",
        None,
        "scheduled",
        "a meeting looked back on",
    ),
]:
    summit(REVIEW, False, value, sentence, parties, place, timing, why)

# --- place-day: those at the meeting, its place and its day, a past main verb: held ----------

TX = ["Donald Trump", "Xi Jinping"]
for sentence, parties, place, timing in [
    (
        "An accord on fentanyl tariffs came together on Thursday in Busan between Donald Trump and Xi Jinping.",
        TX,
        "Busan",
        "Thursday",
    ),
    (
        "Narendra Modi and Keir Starmer signed the trade pact at Chequers on Thursday.",
        ["Narendra Modi", "Keir Starmer"],
        "Chequers",
        "Thursday",
    ),
    (
        "Leaders of the Quad on Tuesday in Washington endorsed a plan for maritime patrols.",
        ["Quad"],
        "Washington",
        "Tuesday",
    ),
    (
        "Mark Carney and Claudia Sheinbaum settled a steel dispute in Mexico City on Friday.",
        ["Mark Carney", "Claudia Sheinbaum"],
        "Mexico City",
        "Friday",
    ),
    (
        "The G20 leaders adopted their declaration in Johannesburg on Saturday.",
        ["G20"],
        "Johannesburg",
        "Saturday",
    ),
    (
        "A breakthrough on rare earths emerged on Monday in London between Scott Bessent and He Lifeng.",
        US_CN,
        "London",
        "Monday",
    ),
    (
        "Recep Tayyip Erdogan and Vladimir Putin reopened the grain corridor file in Sochi on 4 September.",
        ["Recep Tayyip Erdogan", "Vladimir Putin"],
        "Sochi",
        "4 September",
    ),
    (
        "In Anchorage on Friday, Vladimir Putin and Donald Trump talked for nearly three hours.",
        ["Vladimir Putin", "Donald Trump"],
        "Anchorage",
        "Friday",
    ),
    (
        "On Sunday at Lancaster House, Keir Starmer and Ursula von der Leyen initialled the reset text.",
        UK_EU,
        "Lancaster House",
        "Sunday",
    ),
    (
        "Anthony Albanese and Donald Trump struck a critical-minerals deal at the White House on Monday.",
        ["Anthony Albanese", "Donald Trump"],
        "the White House",
        "Monday",
    ),
    (
        "ASEAN foreign ministers in Kuala Lumpur on 9 July condemned the strikes on Iran.",
        ["ASEAN"],
        "Kuala Lumpur",
        "9 July",
    ),
]:
    summit(
        PLACE_DAY,
        True,
        "held",
        sentence,
        parties,
        place,
        timing,
        "those at the meeting act at its place and day, past",
    )

for sentence, parties, place, timing, value, why in [
    (
        "Donald Trump played golf in Busan on Thursday while Xi Jinping stayed in Beijing.",
        TX,
        "Busan",
        "Thursday",
        "held",
        "apart: a while clause",
    ),
    (
        "Xi Jinping left Busan on Thursday without meeting Donald Trump.",
        TX,
        "Busan",
        "Thursday",
        "held",
        "without: no meeting",
    ),
    (
        "Donald Trump said in Busan on Thursday that he would meet Xi Jinping.",
        TX,
        "Busan",
        "Thursday",
        "held",
        "a saying and a modal",
    ),
    (
        "Donald Trump and Xi Jinping were both in Busan on Thursday but never met.",
        TX,
        "Busan",
        "Thursday",
        "held",
        "a contrast, a negation",
    ),
    (
        "Donald Trump arrived in Busan on Thursday ahead of talks with Xi Jinping.",
        TX,
        "Busan",
        "Thursday",
        "held",
        "talks still ahead",
    ),
    (
        "Donald Trump and Lee Jae-myung agreed in Gyeongju on Wednesday to cut car tariffs.",
        TX,
        "Gyeongju",
        "Wednesday",
        "held",
        "another party: Xi is not named",
    ),
    (
        "Donald Trump and Xi Jinping hoped a deal would come together in Busan on Thursday.",
        TX,
        "Busan",
        "Thursday",
        "held",
        "a hope, a modal",
    ),
    (
        "An accord on fentanyl tariffs came together on Thursday in Busan between Donald Trump and Xi Jinping.",
        TX,
        "Busan",
        "Thursday",
        "scheduled",
        "the meeting took place",
    ),
    (
        "Keir Starmer and Ursula von der Leyen settled the fishing row in London on Sunday.",
        UK_EU,
        "Brussels",
        "December",
        "held",
        "another occasion's place and day",
    ),
    (
        "Ursula von der Leyen had planned to sign the text at Lancaster House on Sunday with Keir Starmer.",
        UK_EU,
        "Lancaster House",
        "Sunday",
        "held",
        "a plan",
    ),
    (
        "Mark Carney and Claudia Sheinbaum were invited to Mexico City on Friday.",
        ["Mark Carney", "Claudia Sheinbaum"],
        "Mexico City",
        "Friday",
        "held",
        "an invitation",
    ),
    (
        "Anthony Albanese toured a lithium plant in Perth on Monday as Donald Trump golfed in Florida.",
        ["Anthony Albanese", "Donald Trump"],
        "Perth",
        "Monday",
        "held",
        "apart: an as clause",
    ),
    (
        "Donald Trump and Xi Jinping settled the soybean row in Busan in October and gather in Beijing next April.",
        TX,
        "Beijing",
        "next April",
        "held",
        "the Beijing meeting is ahead",
    ),
]:
    summit(PLACE_DAY, False, value, sentence, parties, place, timing, why)

# --- start-ahead: a measure whose own start is still to come has been decided: announced ----

for sentence in [
    "The new 25% duty on imported heavy trucks is set to take effect on 1 November, the White House said.",
    "Canada's 100% surtax on Chinese electric vehicles will come into force on October 1.",
    "The EU's ban on Russian LNG imports, agreed by ministers in Luxembourg, is due to apply from January 2027.",
    "Mexico's tariffs of 50% on Chinese cars are slated to kick in next year.",
    "The steel quota, fixed at 2.5 million tonnes, takes effect on 1 July.",
    "The price cap on Russian diesel is to apply from 5 February.",
    "Japan's export controls on 23 types of chipmaking equipment will enter into force on July 23.",
    "The 15% levy on US coal and LNG, approved by the State Council, is due to start on 10 February.",
    "Britain's sanctions on the shadow-fleet tankers will take effect at midnight on Friday.",
    "The revised cap, pegged at 15% below the market price, is set to take effect in September.",
    "From the first of next month, the new curbs on gallium exports are scheduled to come into effect.",
]:
    built.status("sanctions", START, "announced", sentence, True)

for sentence, value in [
    (
        "The proposed 25% duty on imported heavy trucks would take effect on 1 November.",
        "announced",
    ),
    (
        "Trump threatened tariffs that will take effect on August 1 unless a deal is reached.",
        "announced",
    ),
    ("The 25% duty on imported heavy trucks took effect on 1 November.", "announced"),
    (
        "Canada's surtax on Chinese electric vehicles could come into force on October 1.",
        "announced",
    ),
    (
        "Ottawa is considering a surtax on Chinese electric vehicles that would come into force on October 1.",
        "announced",
    ),
    ("The ban on Russian LNG is set to take effect in 2027 if member states agree.", "announced"),
    (
        "The ceasefire is due to take effect on Sunday, while the sanctions stay under review.",
        "announced",
    ),
    ("Washington wants the new export curbs to take effect on 1 March.", "announced"),
    ("The tariff was due to take effect on 1 August but has been suspended.", "announced"),
    ("Denmark is pushing for a ban on Russian LNG that would apply from 2026.", "announced"),
    ("The new curbs on gallium exports are expected to take effect on 1 March.", "announced"),
    ("The price cap on Russian diesel is to apply from 5 February.", "in_force"),
    ("The new 25% duty on imported heavy trucks is set to take effect on 1 November.", "in_force"),
]:
    built.status("sanctions", START, value, sentence, False)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
