# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the days set of check 38's causes (``grounding_days38.jsonl``): value-support cases
for a day the sentence holds in another clause or beside another verb, by category, each with
what must pass and what must fail:

- ``own-occasion-day``: the clause that holds the day is about the fact's own occasion, so
  the day is the fact's: a "which" clause on the meeting noun past its "with X" ("his
  meeting with X, which had been set for June 12"), the entry *being* the meeting a time
  clause dates ("after Kim met Moon at Panmunjom on April 27", the fact's place or two of its
  parties named there), a start waiting for an end ("takes effect when the current truce
  ends, at 7pm on June 2"), a truce declared on a day, an agreement reached at the held
  summit ("agreed in Paris on Monday night ..., at a summit"), the issuer's saying of the
  measure it will impose ("will raise tariffs ..., the Commission said Monday"), an event's
  own relative clause ("a public consultation that began on July 2"). Must fail: the same
  shapes about another occasion ("talks with X, who arrived on ...", another meeting's place
  and parties, "agreed on Monday to meet", a critic's saying, a past measure's saying);
- ``phase-day``: a day in a clause before "the ceasefire (itself) formally begins on <another
  day>" starts a phase, not the truce (must fail); the truce's own written start, and a
  sentence naming one start, pass.

Run ``python tests/data/make_days38_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or real bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_days38.jsonl")

built = SupportCases(
    "d38",
    leads=[
        "LAGOS (Harmattan Wire) -",
        "From our correspondent in Quito.",
        "By Ines Carvalho | The Meridian Ledger",
        "NAIROBI, Kenya -",
        "Posted by the Baltic Courier desk.",
    ],
    lead_end=" ",
)
OWN, PHASE = "own-occasion-day", "phase-day"


def case(
    category: str, expect: bool, why: str, sentences: list[str], kind: str, field: str,
    value: str, extra: dict[str, Any] | None = None, evidence: list[str] | None = None,
) -> None:  # fmt: skip
    """A fact of ``kind`` ("summits", "ceasefires", "sanctions", "events") whose day
    ``field`` is ``value``, backed by ``evidence`` (by default every one of ``sentences``,
    which are the page's paragraphs)."""
    evidence = evidence or sentences
    for passage in evidence:
        assert any(passage in s for s in sentences), passage
    assert any(value in s for s in sentences), value
    built.dated_fact(category, expect, why, evidence, kind, field, value, "2025-07-30", extra,
                     built.page(*sentences))  # fmt: skip


def meeting(expect: bool, why: str, sentence: str, value: str, parties: list[str],
            status: str = "held", place: str | None = None) -> None:  # fmt: skip
    case(OWN, expect, why, [sentence], "summits", "planned_timing", value,
         {"parties": parties, "status": status, "planned_location": place})  # fmt: skip


def truce(category: str, expect: bool, why: str, sentences: list[str], value: str) -> None:
    case(category, expect, why, sentences, "ceasefires", "starts", value)


def measure(expect: bool, why: str, sentence: str, value: str, issuer: str | None) -> None:
    case(OWN, expect, why, [sentence], "sanctions", "introduced", value,
         {"instrument": "executive_action", "status": "announced", "issuing_body": issuer})  # fmt: skip


def event(expect: bool, why: str, sentence: str, value: str, description: str) -> None:
    case(OWN, expect, why, [sentence], "events", "when", value,
         {"kind": "other", "description": description})  # fmt: skip


# --- own-occasion-day: a "which" clause on the meeting noun past "with X"
meeting(
    True,
    "the clause is the meeting's",
    "Prime Minister Ruth Adeyemi on Monday scrapped her planned meeting with Ghanaian President Kofi Mensah, which had been set for March 3 in Accra.",
    "March 3",
    ["Ruth Adeyemi"],
    "cancelled",
)
meeting(
    True,
    "the clause is the talks'",
    "Ecuador cancelled its talks with the Peruvian delegation, which were scheduled for October 14, citing security concerns.",
    "October 14",
    ["Ecuador"],
    "cancelled",
)
meeting(
    True,
    "the clause is the summit's",
    "The chancellor called off a summit with the leaders of the Baltic states, which was due to open on Friday in Riga.",
    "Friday",
    ["the chancellor"],
    "cancelled",
)
meeting(
    False,
    "who: the clause is the person's arrival",
    "Ruth Adeyemi held talks with President Kofi Mensah, who arrived in Abuja on March 3 after a tour of the north.",
    "March 3",
    ["Ruth Adeyemi"],
)
meeting(
    False,
    "who: the clause is the minister's appointment",
    "The delegates met the Peruvian foreign minister, Ana Quispe, who took office on October 14.",
    "October 14",
    ["Ana Quispe"],
)
meeting(
    False,
    "whose: the clause is the rebels' loss",
    "The envoy's meeting with the rebel commanders, whose leader was killed on May 9, went ahead in secret.",
    "May 9",
    ["the envoy"],
)

# --- the entry is the meeting a time clause dates
meeting(
    True,
    "the entry is that meeting (place and parties)",
    "Mensah announced the summit on May 10, three weeks after Adeyemi met Togolese President Faure Lawson at Lome on April 19.",
    "April 19",
    ["Ruth Adeyemi", "Faure Lawson"],
    place="Lome",
)
meeting(
    True,
    "the entry is that meeting (two parties)",
    "The invitation came a month after Quispe met Chilean minister Tomas Vidal on June 2.",
    "June 2",
    ["Ana Quispe", "Tomas Vidal"],
)
meeting(
    True,
    "the entry is that meeting (its place)",
    "Weeks after the two envoys sat down in Tbilisi on February 6, a second round was announced.",
    "February 6",
    ["the envoys"],
    place="Tbilisi",
)
meeting(
    False,
    "the later summit is not that meeting",
    "Mensah announced the summit on May 10, three weeks after Adeyemi met Togolese President Faure Lawson at Lome on April 19.",
    "April 19",
    ["Ruth Adeyemi", "Kofi Mensah"],
    "scheduled",
    "Accra",
)

# --- a start waiting for an end
TRUCE_A = "The renewed truce takes effect when the present ceasefire period expires, at midnight on September 9."
truce(OWN, True, "the renewal starts as the old period ends", [TRUCE_A], "September 9")
truce(
    OWN,
    True,
    "begins once the first phase ends",
    ["The second phase of the pause begins once the first one ends, at noon on Saturday."],
    "Saturday",
)
truce(
    OWN,
    False,
    "the truce ended then, nothing starts",
    ["Fighting resumed in Marib after the truce expired at 6pm on April 2."],
    "April 2",
)
truce(
    OWN,
    False,
    "the ceasefire lapsed that day",
    ["The ceasefire lapsed on Sunday, and no new one was agreed."],
    "Sunday",
)

# --- a truce declared on a day
truce(
    OWN,
    True,
    "declared on that day",
    ["A unilateral truce, declared by the army on November 11, was later joined by the militia."],
    "November 11",
)
truce(
    OWN,
    True,
    "declared a ceasefire on that day",
    [
        "The junta declared a nationwide ceasefire on 28 February and said it would review it after a month."
    ],
    "28 February",
)
truce(
    OWN,
    False,
    "declared on one day, begins on another",
    ["The army declared a truce on Tuesday that begins at dawn on Thursday."],
    "Tuesday",
)
truce(
    OWN,
    False,
    "announced, to start from another day",
    ["The government announced on Monday a ceasefire to run from July 1."],
    "Monday",
)

# --- an agreement at the held meeting
SUMMIT = "at a summit chaired by President Lena Varga"
AGREED = "The prime ministers of Armenia and Azerbaijan agreed in Prague on Tuesday evening to open talks on a border commission"
case(
    OWN,
    True,
    "agreed at the summit",
    [f"{AGREED}, {SUMMIT}."],
    "summits",
    "planned_timing",
    "Tuesday evening",
    {"parties": ["Armenia", "Azerbaijan"], "status": "held"},
    [AGREED, SUMMIT],
)
AGREED2 = "Both delegations signed a prisoner exchange protocol in Doha on 4 May during talks mediated by Qatar."
case(
    OWN,
    True,
    "signed during the talks",
    [AGREED2],
    "summits",
    "planned_timing",
    "4 May",
    {"parties": ["Qatar"], "status": "held"},
)
AGREED3 = "The foreign ministers agreed on Monday to meet again in Vienna on Friday."
case(
    OWN,
    False,
    "agreed to meet later",
    [AGREED3],
    "summits",
    "planned_timing",
    "Monday",
    {"parties": ["the ministers"], "status": "held"},
)

# --- the issuer's saying of its own future measure
measure(
    True,
    "the saying is the announcement",
    "India will impose duties of 30 percent on imported steel coils from August 1, the Ministry of Commerce said Tuesday.",
    "Tuesday",
    "Ministry of Commerce",
)
measure(
    True,
    "the saying is the announcement (would)",
    "Brazil would raise levies on Chinese solar panels from next month, the Trade Chamber said on Friday.",
    "Friday",
    "Trade Chamber",
)
measure(
    False,
    "a critic's saying",
    "India will impose duties of 30 percent on imported steel coils, the Steel Users Federation said Tuesday.",
    "Tuesday",
    "Ministry of Commerce",
)
measure(
    False,
    "a saying about a measure in force",
    "The duties imposed in March have cut imports by a third, the Ministry of Commerce said Tuesday.",
    "Tuesday",
    "Ministry of Commerce",
)

# --- an event's own relative clause
event(
    True,
    "the consultation's own clause",
    "The rules follow a 45-day public consultation that opened on March 18, 2025, and drew 900 replies.",
    "March 18, 2025",
    "public consultation",
)
event(
    True,
    "the inquiry's own clause",
    "The tariffs come after a trade inquiry which began in January 2024.",
    "January 2024",
    "anti-dumping trade inquiry",
)
event(
    False,
    "the rules' day, not the consultation's",
    "The rules, which took effect on March 18, 2025, follow a 45-day public consultation.",
    "March 18, 2025",
    "public consultation",
)
event(
    False,
    "another clause's noun",
    "The tariffs, which were lifted in January 2024, followed a trade inquiry.",
    "January 2024",
    "trade inquiry",
)

# --- phase-day: a phase before the truce's own start
P1 = "A preparation stage comes first: from 3 May both armies halt offensive moves, and the ceasefire itself formally begins on 21 May."
truce(PHASE, False, "the preparation stage's day", [P1], "3 May")
truce(PHASE, True, "the ceasefire's own start", [P1], "21 May")
P2 = "Starting Monday, troops will pull back from the front line; the truce officially starts on Thursday."
truce(PHASE, False, "the pullback's day", [P2], "Monday")
truce(PHASE, True, "the truce's own start", [P2], "Thursday")
P3 = "Monitors deploy on June 9, and the armistice takes effect on June 15."
truce(PHASE, False, "the monitors' day", [P3], "June 9")
truce(PHASE, True, "the armistice's day", [P3], "June 15")
P4 = "From 10 October the parties stop all shelling, while the cessation of hostilities formally begins on 1 November."
truce(PHASE, False, "the first phase's day", [P4], "10 October")
truce(PHASE, True, "the cessation's own start", [P4], "1 November")
P5 = "The ceasefire begins on Sunday at 6am, and aid convoys start moving on Tuesday."
truce(PHASE, True, "the ceasefire's day comes first", [P5], "Sunday")
P6 = "The truce, agreed on Friday, begins on Saturday at dawn."
truce(PHASE, True, "one start", [P6], "Saturday")

P7 = "Humanitarian corridors open on 2 April, and the truce proper enters into force on 6 April."
truce(PHASE, False, "the corridors' day", [P7], "2 April")
truce(PHASE, True, "the truce's own start", [P7], "6 April")
P8 = "On Wednesday the sides begin exchanging maps; the ceasefire only starts on Saturday."
truce(PHASE, False, "the map exchange's day", [P8], "Wednesday")
truce(PHASE, True, "the ceasefire's own start", [P8], "Saturday")
P9 = "Heavy weapons must be withdrawn from 12 August, and the cessation formally begins on 20 August."
truce(PHASE, False, "the withdrawal's day", [P9], "12 August")
truce(PHASE, True, "the cessation's own start", [P9], "20 August")
P10 = "A cooling-off week runs from Friday, and the ceasefire comes into force on the following Sunday, January 17."
truce(PHASE, False, "the cooling-off week's day", [P10], "Friday")
P11 = "The truce begins on March 2, the mediators said, and prisoner releases follow on March 5."
truce(PHASE, True, "the truce's own day first", [P11], "March 2")
P12 = "The pause starts Monday, and the armistice talks resume on Friday."
truce(PHASE, True, "the pause's own day", [P12], "Monday")
P13 = "The ceasefire, which the two armies signed on Sunday, begins on Tuesday."
truce(PHASE, True, "the ceasefire's start", [P13], "Tuesday")
P14 = "From 9 September both sides hold their fire, the first step before the armistice formally begins on 30 September."
truce(PHASE, False, "the first step's day", [P14], "9 September")
P15 = "Checkpoints are handed over from 14 June; the ceasefire itself starts on 1 July."
truce(PHASE, False, "the handover's day", [P15], "14 June")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
