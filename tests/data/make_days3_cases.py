# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the days-3 set (``grounding_days3.jsonl``), written after outside check 20: scraped
text glued at a dateline, a day or time that belongs to another occasion, dates glossed in
parentheses, and statuses inside a frame still to come, by category:

- ``glued-text``: a passage that starts or ends where scraping glued a date to the next
  sentence ("September 5, 2014The ceasefire ...") is located, and the glued date is the
  article's ``published`` date (pass); a passage cut inside a word or a number ("84" of "184",
  "Runner" of "4Runner", "M" of "3M", "nd" of "2nd", "16" of "F16", "Leaders" of
  "G7Leaders", "Santis" of "DeSantis"), a wrong glued date, and a
  dateline's date taken as a truce's start (fail);
- ``other-clock``: a summit's or a truce's clock time given to it (pass); a clock time its
  sentence gives to another occasion ("Press statements are expected at 4.30pm", "a news
  conference follows at 6 p.m.", "a dinner at 8 p.m.") or that is not written at all (fail);
- ``other-relative``: a relative time ("last night", "this morning", "tonight") given to the
  meeting, the truce or the event (pass); one given to another occasion or to what someone
  said, or not written in the evidence at all (fail);
- ``glossed-date``: a planned meeting's day written with a parenthesised date ("Tuesday (May
  30)", "May 30 (Tuesday)"), after an opening "Starting" / "Beginning", or in other spellings
  (pass); the same dates given to a truce's start for a meeting, a wrong gloss, or a start
  from "Starting Tuesday, leaders meet" (fail);
- ``future-frame``: a truce ``in_effect`` from a report that it took effect, also in the
  same sentence as "only after" / "within 72 hours of its implementation" clauses in the past
  (pass); the truce's implementation or entry into force only as the time of a planned act
  ("the swap to occur within 72 hours of the deal's implementation", "will take effect only
  after ...", "until the truce takes hold") (fail).

Run ``python tests/data/make_days3_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or public figures in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_days3.jsonl")

LEADS = [
    "The Harbour Ledger | World",
    "Live updates: the talks, by our correspondents.",
    "DAKAR, May 2 (Sahel Wire) - Translated from French.",
    "Morning briefing from the Northline Post desk.",
]

built = SupportCases("d3", LEADS, closing="More details are expected.")
add = built.add
article = built.page


def locate(text: str, passage: str, expect: bool) -> None:
    built.cases.append(
        {"id": f"d3-glued-text-{len(built.cases):04d}", "category": "glued-text",
         "expect": expect, "why": f"locate {passage[:50]!r}", "text": text,
         "check": "locate", "passage": passage}
    )  # fmt: skip


def published(text: str, day: str, expect: bool) -> None:
    facts = {"article": {"headline": None, "outlet": None, "byline": None, "published": day}}
    add("glued-text", expect, f"published {day}", text, facts, "article.published")


def glued_start(text: str, sentence: str, value: str, expect: bool) -> None:
    facts = {"ceasefires": [{"starts": value, "evidence": [sentence]}]}
    add("glued-text", expect, f"starts {value!r}: {sentence[:50]}", text, facts,
        "ceasefires[0].starts")  # fmt: skip


def timing(category: str, value: str, sentences: list[str], expect: bool) -> None:
    """A summit of Trump and Xi planned for ``value``, backed by ``sentences``."""
    text = article(" ".join(sentences))
    fact = {"parties": ["Donald Trump", "Xi Jinping"], "planned_timing": value,
            "evidence": sentences}  # fmt: skip
    add(category, expect, f"planned_timing {value!r}: {sentences[0][:50]}", text,
        {"summits": [fact]}, "summits[0].planned_timing")  # fmt: skip


def starts(category: str, value: str, sentences: list[str], expect: bool) -> None:
    text = article(" ".join(sentences))
    fact = {"kind": "full", "starts": value, "evidence": sentences}
    add(category, expect, f"starts {value!r}: {sentences[0][:50]}", text,
        {"ceasefires": [fact]}, "ceasefires[0].starts")  # fmt: skip


def when(category: str, value: str, sentences: list[str], expect: bool) -> None:
    text = article(" ".join(sentences))
    fact = {"kind": "talks", "description": "the talks", "when": value, "evidence": sentences}
    add(category, expect, f"event when {value!r}: {sentences[0][:50]}", text,
        {"events": [fact]}, "events[0].when")  # fmt: skip


def in_effect(sentence: str, expect: bool) -> None:
    facts = {"ceasefires": [{"kind": "full", "status": "in_effect", "evidence": [sentence]}]}
    add("future-frame", expect, f"in_effect: {sentence[:60]}", article(sentence), facts,
        "ceasefires[0].status")  # fmt: skip


# fmt: off
GLUED = [
    # (page text, a passage that starts or ends at the glue)
    ("Ukraine, rebels sign truce\nSeptember 5, 2014The ceasefire deal, reached in Minsk, is to come into force at 6 p.m.\n",
     "The ceasefire deal, reached in Minsk, is to come into force at 6 p.m."),
    ("Kyiv talks\nKyiv, 3 March 2023Kyiv says the talks will resume on Friday.\n",
     "Kyiv says the talks will resume on Friday."),
    ("Gaza live\nOct. 9, 2025Israel and Hamas have agreed to the first phase of the plan.\n",
     "Israel and Hamas have agreed to the first phase of the plan."),
    ("Sahel Wire\nUpdated 14:05Mediators in Doha said the pause would hold.\n",
     "Mediators in Doha said the pause would hold."),
    ("World | Asia\nJune 12, 2024Seoul and Tokyo agreed to hold talks in Busan next month.\n",
     "Seoul and Tokyo agreed to hold talks in Busan next month."),
    ("Africa desk\n21 July 2025The army and the RSF signed a seven-day truce in Jeddah.\n",
     "The army and the RSF signed a seven-day truce in Jeddah."),
    ("Posted Sept. 14, 2023Rival militias agreed to stop fighting at dawn.\n",
     "Posted Sept. 14, 2023"),
    ("Europe\nFebruary 28, 2022Talks between the delegations opened at the border.\n",
     "February 28, 2022"),
    ("Breaking\nJan. 3, 2020The summit in Hanoi was called off, officials said.\n",
     "the summit in Hanoi was called off, officials said"),
    ("Americas\nMarch 30, 2019Lawmakers voted 51-47 to end the emergency.\n",
     "Lawmakers voted 51-47 to end the emergency."),
    ("Newswire\nAugust 1, 2021Negotiators in Vienna reached a deal \u201cin principle\u201d.\n",
     "Negotiators in Vienna reached a deal \"in principle\""),
]
NOT_GLUED = [
    ("Toyota sold 184 units of the new model in May.\n", "84 units of the new model"),
    ("Toyota sold 184 units of the new model in May.\n", "18"),
    ("Dealers said the 4Runner sold out in Kyiv within a week.\n", "Runner sold out in Kyiv within a week"),
    ("The 3M Company said the plant in Lviv would reopen.\n", "M Company said the plant in Lviv would reopen"),
    ("The talks ended on the 2nd of May without a deal.\n", "nd of May without a deal"),
    ("Pilots flew the F16 over the border on Monday.\n", "16 over the border on Monday"),
    ("The G7Leaders summit was moved to Ottawa.\n", "Leaders summit was moved to Ottawa"),
    # was "Last updatedThe truce held ...": a glued sentence opener is a boundary since check
    # 24 (make_page2_cases.py holds it, passing); a camel-cased name's capital is still none
    ("The DeSantis campaign held a rally in Miami.\n", "Santis campaign held a rally in Miami"),
    ("Officials counted 2,184 displaced families in the camp.\n", "184 displaced families in the camp"),
    ("Filed at 14:05 GMTThe envoys met in Doha.\n", "GMT"),
    ("Since 2014Monday talks have been held in Minsk.\n", "2014Mon"),
    ("The COVID19 rules were lifted on Friday in Seoul.\n", "19 rules were lifted on Friday in Seoul"),
]
DATES = [
    ("Ukraine, rebels sign truce\nSeptember 5, 2014The ceasefire deal, reached in Minsk, is to come into force at 6 p.m.\n", "2014-09-05", True),
    ("Gaza live\nOct. 9, 2025Israel and Hamas have agreed to the first phase of the plan.\n", "2025-10-09", True),
    ("Africa desk\n21 July 2025The army and the RSF signed a seven-day truce in Jeddah.\n", "2025-07-21", True),
    ("Kyiv talks\nMarch 3, 2023Kyiv says the talks will resume on Friday.\n", "2023-03-03", True),
    ("Posted Sept. 14, 2023Rival militias agreed to stop fighting at dawn.\n", "2023-09-14", True),
    ("Ukraine, rebels sign truce\nSeptember 5, 2014The ceasefire deal, reached in Minsk, is to come into force at 6 p.m.\n", "2014-09-04", False),
    ("Gaza live\nOct. 9, 2025Israel and Hamas have agreed to the first phase of the plan.\n", "2025-09-10", False),
    ("Kyiv talks\nMarch 3, 2023Kyiv says the talks will resume on Friday.\n", "2024-03-03", False),
    ("Model notes\nThe March 3 launch of the 20235 series was delayed.\n", "2023-03-03", False),
]
GLUED_STARTS = [
    ("Ukraine, rebels sign truce\nSeptember 5, 2014The ceasefire deal, reached in Minsk, is to come into force on September 6.\n",
     "September 5, 2014The ceasefire deal, reached in Minsk, is to come into force on September 6.", "September 6", True),
    ("Ukraine, rebels sign truce\nSeptember 5, 2014The ceasefire deal, reached in Minsk, is to come into force on September 6.\n",
     "September 5, 2014The ceasefire deal, reached in Minsk, is to come into force on September 6.", "September 5", False),
    ("Africa desk\n21 July 2025The truce in Jeddah begins on 23 July.\n",
     "21 July 2025The truce in Jeddah begins on 23 July.", "21 July", False),
]
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    built.cases.clear()
    for text, passage in GLUED:
        locate(text, passage, True)
    for text, passage in NOT_GLUED:
        locate(text, passage, False)
    for text, day, expect in DATES:
        published(text, day, expect)
    for text, sentence, value, expect in GLUED_STARTS:
        glued_start(text, sentence, value, expect)

    # another occasion's clock time
    for value, sentences in [
        ("4.30pm", ["Trump and Xi will meet in Paris at 4.30pm today."]),
        ("4:30 p.m.", ["The summit between Trump and Xi opens at 4:30 p.m. in Geneva."]),
        ("10am", ["Trump and Xi are due to sit down for talks at 10am, aides said."]),
        ("2 p.m.", ["At 2 p.m., Trump and Xi will meet behind closed doors."]),
        ("9.15am", ["Talks between Trump and Xi begin at 9.15am; a joint press conference follows at noon."]),
        ("11 a.m.", ["Trump and Xi meet at 11 a.m., before a working lunch with their delegations."]),
        ("18:00", ["The meeting of Trump and Xi is set for 18:00 local time."]),
        ("3 p.m. on Friday", ["Trump will host Xi for talks at 3 p.m. on Friday, the White House said."]),
        ("8pm", ["Press statements are expected at 6pm, and Trump and Xi will meet again at 8pm."]),
        ("1 p.m.", ["Trump and Xi hold their summit at 1 p.m., Beijing said."]),
        ("0900 GMT", ["Trump and Xi were due to begin talks at 0900 GMT."]),
    ]:  # fmt: skip
        timing("other-clock", value, sentences, True)
    for value, sentences in [
        ("4.30pm", ["Trump and Xi have been invited to a summit in Paris today.", "Press statements are expected at 4.30pm CET."]),
        ("4:30 p.m.", ["Trump and Xi meet in Geneva on Monday.", "Press statements are expected at 4:30 p.m."]),
        ("6 p.m.", ["Trump and Xi will meet in Seoul on Tuesday; a news conference follows at 6 p.m."]),
        ("8 p.m.", ["The summit of Trump and Xi opens on Monday, with a state dinner at 8 p.m."]),
        ("12.30pm", ["Trump and Xi meet in Lima today. A joint press conference is planned for 12.30pm."]),
        ("7 a.m.", ["Trump and Xi will meet in Osaka on Friday, after a breakfast briefing at 7 a.m."]),
        ("9 p.m.", ["The talks of Trump and Xi start at 10 a.m.; a banquet for the delegations begins at 9 p.m."]),
        ("10am", ["At 10am, a signing ceremony for the trade pact will be held, before Trump and Xi meet on Sunday."]),
        ("3pm", ["Trump and Xi meet in Rome on Thursday. At 3pm, press statements are expected."]),
        ("5 p.m.", ["Trump and Xi will hold talks in Busan on Wednesday.", "A reception at the consulate is scheduled for 5 p.m."]),
        ("2 p.m.", ["Trump and Xi meet in Geneva at 11 a.m."]),
        ("11.45am", ["Trump and Xi meet in Geneva at 11.15am."]),
    ]:  # fmt: skip
        timing("other-clock", value, sentences, False)
    for value, sentences in [
        ("6 a.m.", ["The ceasefire begins at 6 a.m.; a prisoner exchange is set for noon."]),
        ("2.30pm", ["The truce took effect at 2.30pm, the monitors said."]),
    ]:  # fmt: skip
        starts("other-clock", value, sentences, True)
    for value, sentences in [
        ("1 p.m.", ["The ceasefire begins at 6 a.m.; a prisoner exchange is set for 1 p.m."]),
        ("4 p.m.", ["The truce took effect at dawn, and a news briefing followed at 4 p.m."]),
        ("7.30pm", ["The truce starts at midnight, the army said, while the convoy leaves at 7.30pm."]),
    ]:  # fmt: skip
        starts("other-clock", value, sentences, False)

    # another occasion's relative time
    for value, sentences in [
        ("tonight", ["Trump and Xi will meet in Paris tonight, aides said."]),
        ("this morning", ["Trump and Xi met this morning for two hours in Geneva."]),
        ("this afternoon", ["Talks between Trump and Xi resume this afternoon in Osaka."]),
        ("this evening", ["This evening, Trump and Xi meet at the embassy."]),
        ("later today", ["Trump and Xi are due to hold talks later today, Beijing said."]),
        ("tonight", ["A summit of Trump and Xi opens tonight in Hanoi."]),
    ]:  # fmt: skip
        timing("other-relative", value, sentences, True)
    for value, sentences in [
        ("last night", ["Putin and Modi ended a bilateral meeting on July 22 in Okinawa."]),
        ("last night", ["Trump and Xi will meet on Monday, based on what aides said last night."]),
        ("tonight", ["Trump and Xi meet in Paris today, and a dinner is planned for tonight."]),
        ("this morning", ["Trump and Xi will meet on Friday, officials said this morning."]),
        ("this morning", ["Trump and Xi hold talks in Lima today; press statements came this morning."]),
        ("last night", ["Trump and Xi meet today, after Xi spoke with Putin last night."]),
        ("this evening", ["Trump and Xi will meet on Tuesday; a state banquet follows this evening."]),
        ("later today", ["Trump and Xi met on Monday. A joint statement is expected later today."]),
    ]:  # fmt: skip
        timing("other-relative", value, sentences, False)
    for value, sentences in [
        ("last night", ["Clinton and Mori met last night in Okinawa for talks on trade."]),
        ("this morning", ["Envoys from both sides held talks this morning in Doha."]),
        ("overnight", ["Negotiators talked overnight in Cairo, officials said."]),
        ("earlier today", ["The delegations held talks earlier today in Riyadh."]),
    ]:  # fmt: skip
        when("other-relative", value, sentences, True)
    for value, sentences in [
        ("last night", ["Clinton and Mori ended a bilateral meeting July 22 in Okinawa."]),
        ("this morning", ["Envoys from both sides held talks on Monday in Doha."]),
        ("tonight", ["The delegations held talks in Riyadh yesterday."]),
    ]:  # fmt: skip
        when("other-relative", value, sentences, False)
    for value, sentences in [
        ("tonight", ["The truce begins at midnight tonight, the mediators said."]),
        ("this morning", ["The ceasefire took effect this morning in the south."]),
    ]:  # fmt: skip
        starts("other-relative", value, sentences, True)
    for value, sentences in [
        ("last night", ["The ceasefire takes effect on Friday, officials said last night."]),
        ("this morning", ["The truce began at dawn on Sunday; a prisoner swap followed this morning."]),
        ("tonight", ["The truce began at dawn, and the convoy leaves tonight."]),
    ]:  # fmt: skip
        starts("other-relative", value, sentences, False)

    # parenthesised dates and other spellings
    for value, sentences in [
        ("Tuesday (May 30)", ["Starting Tuesday (May 30), South American heads of state will meet in Brasilia."]),
        ("Tuesday (May 30)", ["The summit\nStarting Tuesday (May 30), the presidents will meet at the palace."]),
        ("May 30", ["Beginning Tuesday (May 30), the leaders will hold talks in Quito."]),
        ("Tuesday", ["Starting Tuesday (May 30), Trump and Xi will meet in Brasilia."]),
        ("May 30 (Tuesday)", ["Trump and Xi will meet on May 30 (Tuesday) in Lima."]),
        ("Friday (June 6)", ["The summit of Trump and Xi opens on Friday (June 6) in Seoul."]),
        ("June 6", ["Trump and Xi meet on Friday (June 6), the foreign ministry said."]),
        ("Friday, June 6", ["Starting Friday, June 6, Trump and Xi will hold three days of talks."]),
        ("Friday 6 June", ["Trump and Xi meet in Hanoi on Friday 6 June."]),
        ("Wednesday the 14th", ["Trump and Xi are to meet on Wednesday the 14th in Osaka."]),
        ("Monday", ["Beginning on Monday, leaders of the bloc will meet in Nairobi."]),
    ]:  # fmt: skip
        timing("glossed-date", value, sentences, True)
    for value, sentences in [
        ("Tuesday (May 31)", ["Starting Tuesday (May 30), South American heads of state will meet in Brasilia."]),
        ("Wednesday (May 30)", ["Starting Tuesday (May 30), the presidents will meet at the palace."]),
        ("Monday (May 29)", ["Lula on Monday (May 29) said the presidents will meet on Tuesday (May 30)."]),
        ("May 29", ["Lula on Monday (May 29) said the presidents will meet on Tuesday (May 30)."]),
        ("Friday (June 6)", ["Trump and Xi will meet on Saturday (June 7), aides said on Friday (June 6)."]),
        ("June 5", ["Trump and Xi meet on Friday (June 6), the foreign ministry said."]),
        ("Thursday (June 5)", ["Aides announced on Thursday (June 5) that Trump and Xi meet on Friday."]),
        ("May 28", ["Trump and Xi, who last met on May 28 (Sunday) in Lima, will meet again on Tuesday."]),
        ("Sunday", ["Trump and Xi, who last met on May 28 (Sunday) in Lima, will meet again on Tuesday."]),
        ("Monday (June 2)", ["The talks, originally planned for Monday (June 2), will now open on Wednesday."]),
    ]:  # fmt: skip
        timing("glossed-date", value, sentences, False)
    for value, sentences, expect in [
        ("Tuesday (May 30)", ["Starting Tuesday (May 30), the truce will hold across the region."], True),
        ("Tuesday", ["Starting Tuesday, the ceasefire applies to all fronts."], True),
        ("Tuesday", ["Starting Tuesday (May 30), South American heads of state will meet in Brasilia."], False),
        ("May 30", ["Starting Tuesday (May 30), leaders will meet in Brasilia to discuss the truce."], False),
        ("Monday", ["Beginning Monday, the envoys will hold talks in Doha on a ceasefire."], False),
    ]:  # fmt: skip
        starts("glossed-date", value, sentences, expect)

    # future frames: only after / until / once / within ... of its implementation
    for sentence in [
        "The truce took effect on Friday, only after both cabinets had approved it.",
        "The ceasefire came into force at noon, and the swap occurred within 72 hours of its implementation.",
        "Fighting stopped once the truce took effect at dawn, residents said.",
        "The ceasefire has been in force since Monday, after the cabinet approved it.",
        "Prisoners were freed within 48 hours of the truce's entry into force, which came on Sunday.",
        "The deal took effect only after the cabinet voted, Israeli media reported.",
        "The truce, in effect since dawn, is holding despite sporadic shelling.",
        "Both sides have observed the ceasefire since it took hold on Tuesday.",
        "The truce went into effect at 6 a.m. after weeks of talks in Doha.",
        "Aid trucks crossed within hours of the ceasefire's implementation on Monday, the UN said.",
    ]:  # fmt: skip
        in_effect(sentence, True)
    for sentence in [
        "Trump said Israel and Hamas agreed to the first phase, with the swap to occur within 72 hours of the deal's implementation.",
        "The office of the prime minister said the agreement will take effect only after receiving cabinet approval.",
        "Hostages will be freed within 72 hours of the truce's implementation, mediators said.",
        "Aid convoys are expected to enter the strip after the ceasefire's implementation, the UN said.",
        "Troops are to pull back upon the truce's entry into force, the text says.",
        "The pause will not take hold until both sides sign the maps, officials said.",
        "Refugees plan to return home once the ceasefire takes effect.",
        "Under the plan, detainees would be released following the deal's implementation.",
        "The army said it would pull back ahead of the truce's implementation next week.",
        "The truce comes into force only once both armies withdraw, the envoy said.",
        "Aid flows resume only when the ceasefire takes hold.",
        "The ceasefire takes effect only after parliament ratifies it, the minister said.",
        "Monitors are due to deploy within 24 hours of the truce's entry into force.",
    ]:  # fmt: skip
        in_effect(sentence, False)
    _second_round()
    _found_by_the_suites()
    return built.cases


def _found_by_the_suites() -> None:
    """Shapes a gold article showed the rules breaking (a day the noun after it names)."""
    for value, sentences, expect in [
        ("yesterday", ["The remarks followed a briefing by Xi yesterday, at a meeting in Geneva with Trump."], True),
        ("Monday", ["It came after a statement by Trump on Monday, at talks in Seoul with Xi."], True),
        ("yesterday", ["The remarks followed a briefing by Xi yesterday, after a meeting in Geneva with Trump."], False),
    ]:  # fmt: skip
        timing("other-relative", value, sentences, expect)


def _second_round() -> None:
    """Cases written after the first round ran, in other wording, decided before running."""
    for text, passage, expect in [
        ("Middle East live\nNov 14, 2024Hezbollah and Israel exchanged fire near the border.\n", "Hezbollah and Israel exchanged fire near the border.", True),
        ("Asia wire\nUpdated: 09:40Beijing said the envoy would travel to Manila.\n", "Beijing said the envoy would travel to Manila", True),
        ("Archive\n12 December 1998Baghdad rejected the inspectors' request.\n", "12 December 1998", True),
        ("Politics | US\nApril 2, 2025President Trump unveiled the tariffs in the Rose Garden.\n", "President Trump unveiled the tariffs", True),
        ("Latin America\nMay 29, 2023Brazil's president hosted the leaders in Brasilia.\n", "May 29, 2023", True),
        ("Lviv, 8 August 2024Ukrainian forces crossed into the Kursk region.\n", "Ukrainian forces crossed into the Kursk region.", True),
        ("The factory built 1,250 drones in 2023, its owner said.\n", "250 drones in 2023", False),
        ("The A320neo fleet was grounded in Delhi.\n", "neo fleet was grounded in Delhi", False),
        ("Seoul launched the K9Thunder howitzer upgrade.\n", "Thunder howitzer upgrade", False),
        ("Ministers met in room 12B on Friday.\n", "B on Friday", False),
        ("Version 2Update notes were posted on Monday.\n", "Update notes were posted on Monday", False),
        ("The 1990sThe decade of talks ended in Oslo.\n", "The decade of talks ended in Oslo", False),
        ("Officials said 21 July 2025 was the deadline.\n", "21 July 202", False),
    ]:  # fmt: skip
        locate(text, passage, expect)
    for text, day, expect in [
        ("Middle East live\nNov 14, 2024Hezbollah and Israel exchanged fire near the border.\n", "2024-11-14", True),
        ("Archive\n12 December 1998Baghdad rejected the inspectors' request.\n", "1998-12-12", True),
        ("Politics | US\nApril 2, 2025President Trump unveiled the tariffs in the Rose Garden.\n", "2025-04-02", True),
        ("Politics | US\nApril 2, 2025President Trump unveiled the tariffs in the Rose Garden.\n", "2025-04-20", False),
        ("Archive\n12 December 1998Baghdad rejected the inspectors' request.\n", "1998-12-02", False),
        ("Stock notes\nThe April 2 filing listed 20256 shares.\n", "2025-04-02", False),
    ]:  # fmt: skip
        published(text, day, expect)
    for value, sentences, expect in [
        ("16:00", ["Modi and Putin hold talks in the Kremlin at 16:00 Moscow time."], True),
        ("10.45am", ["Envoys of Modi and Putin resume negotiations at 10.45am on Thursday."], True),
        ("7 p.m.", ["The two leaders will sit down together at 7 p.m. for their first summit."], True),
        ("11am", ["At 11am local time the summit will open in the presence of both leaders."], True),
        ("9:30 a.m.", ["The leaders meet at 9:30 a.m., and a working dinner closes the day at 8 p.m."], True),
        ("1 p.m.", ["Modi and Putin meet on Friday; a joint news conference is due at 1 p.m."], False),
        ("5.30pm", ["Modi and Putin meet in Delhi today, with a wreath-laying ceremony at 5.30pm."], False),
        ("8 p.m.", ["The leaders meet at 9:30 a.m., and a working dinner closes the day at 8 p.m."], False),
        ("2pm", ["The leaders will meet in Astana on Monday. A press briefing follows at 2pm."], False),
        ("6:15 p.m.", ["Modi and Putin hold talks in Delhi; the visit ends with a state banquet at 6:15 p.m."], False),
        ("3.45pm", ["Modi and Putin meet at 3.15pm in Delhi."], False),
    ]:  # fmt: skip
        timing("other-clock", value, sentences, expect)
    for value, sentences, expect in [
        ("tonight", ["The leaders of both Koreas will hold talks tonight in Panmunjom."], True),
        ("this morning", ["This morning the two presidents met for breakfast talks in Nairobi."], True),
        ("overnight", ["Negotiators for both sides met overnight in Muscat."], True),
        ("last night", ["Modi and Putin will meet in Delhi on Friday, the Kremlin confirmed last night."], False),
        ("tonight", ["Modi and Putin meet in Delhi on Friday; fireworks are planned for tonight."], False),
        ("this morning", ["Modi and Putin hold talks on Friday, after their aides met this morning."], False),
        ("this evening", ["Modi and Putin meet tomorrow; a reception for the delegations is held this evening."], False),
    ]:  # fmt: skip
        timing("other-relative", value, sentences, expect)
    for value, sentences, expect in [
        ("last night", ["The two foreign ministers spoke by phone last night, Ankara said."], True),
        ("this morning", ["The delegations met this morning at the Vienna hotel."], True),
        ("last night", ["The two foreign ministers spoke by phone on Sunday, Ankara said."], False),
        ("this morning", ["The delegations will meet tomorrow at the Vienna hotel."], False),
    ]:  # fmt: skip
        when("other-relative", value, sentences, expect)
    for value, sentences, expect in [
        ("Thursday (Oct. 9)", ["Starting Thursday (Oct. 9), Modi and Putin will meet in Delhi for two days."], True),
        ("Oct. 9", ["Modi and Putin meet on Thursday (Oct. 9) in Delhi, the ministry said."], True),
        ("Wednesday (8 October)", ["Beginning Wednesday (8 October), the leaders will hold talks in Sochi."], True),
        ("Monday", ["Starting on Monday, the heads of government gather in Kampala."], True),
        ("Oct. 8", ["Modi on Wednesday (Oct. 8) said he and Putin would meet on Thursday (Oct. 9)."], False),
        ("Wednesday (Oct. 8)", ["Modi on Wednesday (Oct. 8) said he and Putin would meet on Thursday (Oct. 9)."], False),
        ("Thursday (Oct. 10)", ["Modi and Putin meet on Thursday (Oct. 9) in Delhi, the ministry said."], False),
        ("Sept. 30", ["Modi and Putin, who last met on Sept. 30 (Tuesday) in Tianjin, meet again on Thursday."], False),
    ]:  # fmt: skip
        timing("glossed-date", value, sentences, expect)
    for value, sentences, expect in [
        ("Monday (June 2)", ["Starting Monday (June 2), the ceasefire applies along the whole front line."], True),
        ("Monday", ["Starting Monday, envoys of both armies will meet in Jeddah to discuss a truce."], False),
    ]:  # fmt: skip
        starts("glossed-date", value, sentences, expect)
    for sentence, expect in [
        ("The ceasefire took hold on Sunday, only after the last rockets were fired at dawn.", True),
        ("Convoys reached Rafah within a day of the truce's entry into force, the UN said.", True),
        ("The truce has held since its implementation on Tuesday, monitors said.", True),
        ("The truce came into force only when both armies had withdrawn, the envoy said.", True),
        ("The ceasefire goes into effect only once the guarantors sign the annex, Cairo said.", False),
        ("Detainees are set to be freed within 48 hours of the ceasefire's implementation.", False),
        ("Humanitarian corridors would open upon the truce's entry into force, the draft says.", False),
        ("The deal enters into force only after a vote in parliament next week.", False),
        ("Mediators hope to see fighters withdraw following the truce's implementation.", False),
    ]:  # fmt: skip
        in_effect(sentence, expect)


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
