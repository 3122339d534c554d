# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the days-29 set (``grounding_days29.jsonl``): three causes an outside check found
(session 13), with what must pass and what must fail:

- ``announced-from``: a truce "announced from 12:00 on 10 October", "declared as of 06:00
  Monday", "agreed ... from midnight on Sunday" starts then: "from" or "as of" before the day
  (times of day aside) makes the declaration's day the truce's start. Must keep failing: a
  day the announcement has with "on" ("was announced on 10 March; it takes effect on 12
  March"), a place after "from" ("announced from Geneva on Monday"), a day opening the clause
  before the verb ("On Tuesday the mediators announced ..."), and a day or time the evidence
  does not give. Every refusal here is unsupported (the evidence gives the day to the
  announcement, or states another day).
- ``other-event-day``: a day the sentence gives to another event is not the fact's: the day
  of a statement, letter, communique or message that reports a truce or a summit ("In a
  letter dated Thursday, the president cancelled the summit"; "In a joint communique issued
  Saturday, ... said the pause would start"), and a war's outbreak ("the war that began in
  October 2023", "since the start of the war on 7 October", "since April 2023, when the war
  began", "the 7 October attack") for a truce's start. Must keep passing: a truce's own start
  in the same words ("The ceasefire, which began on Monday", "a cessation of hostilities
  began on Monday", "a lull in the fighting began"), a statement that gives no day, a
  meeting's day beside a letter's. Refusals unsupported (the day is another event's).
- ``awaiting-signature``: a bill said to be ``enacted`` whose evidence says it "now goes to
  the president to sign or veto", "awaits the president's signature", "was sent to the
  governor's desk", "has yet to be signed": refused *unsupported* (the evidence states the
  stage before, passed), where it was only unconfirmed; "signed into law", "became law",
  "signed" keep it. Near misses keep their weak flag (checked as ``tier``: no unsupported
  flag): a bill heading to the other chamber, another bill awaiting signature, and a
  ``passed_one_chamber`` value.

Run ``python tests/data/make_days29_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets, places and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_days29.jsonl")

built = SupportCases("d29")

_OUTLETS = ("Frontier Bulletin", "The Harbor Ledger", "Coast Daily", "Valley Wire")


def _text(sentence: str, number: int) -> str:
    outlet = _OUTLETS[number % len(_OUTLETS)]
    return f"{outlet}\n\n{sentence}\n\nMore details are expected.\n"


def _check(expect: bool, why: str = "") -> str:
    """A must-fail case is held to an *unsupported* flag (``tier``); a must-pass to support.
    A must-fail case marked "(unconfirmed)" is held only to a flag: the day a statement was
    made on, with no other day of the sentence read as the field's (days/other_days.py,
    session 32)."""
    return "support" if expect or why.endswith("(unconfirmed)") else "tier"


def starts(category: str, value: str, sentence: str, expect: bool, why: str) -> None:
    fact = {"kind": None, "starts": value, "evidence": [sentence]}
    built.add(category, expect, f"starts {value!r}: {why}", _text(sentence, len(built.cases)),
              {"ceasefires": [fact]}, "ceasefires[0].starts", check=_check(expect, why))  # fmt: skip


def meets(category: str, value: str, sentence: str, expect: bool, why: str) -> None:
    fact = {"parties": [], "planned_timing": value, "evidence": [sentence]}
    built.add(category, expect, f"summit on {value!r}: {why}", _text(sentence, len(built.cases)),
              {"summits": [fact]}, "summits[0].planned_timing", check=_check(expect, why))  # fmt: skip


def stage(value: str, sentence: str, expect: bool, why: str, check: str | None = None) -> None:
    fact = {"instrument": "bill", "status": value, "evidence": [sentence]}
    text = f"Capitol Wire\n\n{sentence}\n\nMore details are expected.\n"
    built.add("awaiting-signature", expect, f"status {value}: {why}", text,
              {"sanctions": [fact]}, "sanctions[0].status", check=check or _check(expect))  # fmt: skip


# fmt: off
ANNOUNCED_PASS = [
    ("06:00 on 3 March", "A humanitarian truce is declared from 06:00 on 3 March, the council said in a statement.", "declared from a time: the truce's start"),
    ("3 March", "A humanitarian truce is declared from 06:00 on 3 March, the council said in a statement.", "declared from a day: the start"),
    ("Thursday", "KYIV (Wire) - Both sides announced a Christmas ceasefire from noon on Thursday, officials said.", "announced from noon on Thursday"),
    ("midnight Sunday", "The junta has declared a unilateral truce as of midnight Sunday, state television reported.", "declared as of: the start"),
    ("8 a.m. on Friday", "A three-day pause in the fighting has been announced from 8 a.m. on Friday.", "announced from 8 a.m."),
    ("18:00 on 14 May", "Rebel commanders agreed a ceasefire from 18:00 local time on 14 May.", "agreed from a time: the start"),
    ("Wednesday", "The government has declared a cessation of hostilities as from Wednesday.", "declared as from"),
    ("dawn on Monday", "Officials in the capital announced an Eid truce from dawn on Monday.", "announced from dawn"),
    ("4pm on Saturday", "The two militias announced a local truce in the port from 4pm on Saturday.", "a place between the verb and from"),
    ("2 p.m. on 21 June", "The army declared from 2 p.m. on 21 June a humanitarian window for evacuations.", "declared from, object after"),
    ("1 April", "A weeklong truce, announced from midnight on 1 April, covers the whole front.", "announced from, in a participle"),
    ("06:00 Monday", "A truce is declared as of 06:00 Monday, the presidency said.", "declared as of a clock time"),
    ("12:00 on 10 October", "A humanitarian truce was announced from 12:00 on 10 October after talks in Doha.", "announced from noon in figures"),
]
ANNOUNCED_FAIL = [
    ("10 March", "The truce was announced on 10 March; it takes effect on 12 March.", "announced on: the announcement's day"),
    ("Monday", "The army announced from Geneva on Monday that a truce would begin soon.", "from a place: the announcement's day"),
    ("Tuesday", "On Tuesday the mediators announced a truce from 06:00 on Thursday.", "the day opening the clause is the announcement's"),
    ("11 October", "A truce is announced from 12:00 on 10 October, the envoy said.", "another day"),
    ("07:00 Monday", "A ceasefire was declared as of 06:00 Monday.", "another time"),
    ("Friday", "The truce declared on Friday took effect from Sunday.", "declared on: the announcement's day"),
    ("Wednesday", "Rebels said on Wednesday they had agreed a ceasefire from midnight on Thursday.", "the saying's day"),
    ("Saturday", "The accord was announced from the presidential palace on Saturday.", "from a place: the announcement's day"),
    ("2 May", "A truce announced on 2 May will run from 4 May until 20 May.", "announced on: not the start"),
    ("midnight on Saturday", "The pause was declared from midnight on Friday.", "another day"),
    ("Sunday", "Mediators announced the deal in Doha late on Sunday; the truce starts Monday.", "announced on: the start is Monday"),
    ("Monday", "The ministry announced talks from Monday, and a truce would follow.", "from a day of talks, not the truce"),
]
OTHER_PASS = [
    ("start", "Monday", "The ceasefire, which began on Monday, is holding, the UN said.", "the truce's own verb"),
    ("start", "Monday", "A cessation of hostilities began on Monday, ending a war that began in 2023.", "the cessation's start"),
    ("start", "Monday", "A lull in the fighting began on Monday, residents said.", "a lull in fighting is the truce"),
    ("start", "Saturday", "In a statement, the mediators said the truce will begin on Saturday.", "a statement with no day"),
    ("start", "7 October", "The truce took effect on 7 October, a year after the war began.", "the war's outbreak has no day here"),
    ("start", "Friday", "Fighting stopped on Friday when the truce began.", "the when clause is the truce's"),
    ("start", "Sunday", "The truce starting Sunday is the first since the war started.", "the war's start has no day"),
    ("start", "3 March", "The pause in the offensive begins on 3 March.", "a pause in an offensive is a truce"),
    ("start", "Wednesday", "The war's first truce begins on Wednesday, the envoy said.", "the truce begins, not the war"),
    ("start", "24 February", "Guns fell silent on 24 February, two years after the invasion.", "the silence's day"),
    ("meet", "Thursday", "The summit will take place on Thursday, the ministry said in a letter.", "a letter with no day"),
    ("meet", "Thursday", "According to a letter sent on Monday, the leaders will meet on Thursday.", "the letter has Monday"),
    ("meet", "Friday", "In a letter on Monday, Ruiz invited Kadir to a summit on Friday.", "the summit's own day"),
]
OTHER_FAIL = [
    ("start", "Saturday", "In a statement on Saturday, the mediators said the truce will begin within days.", "the statement's day"),
    ("start", "Saturday", "In a joint communique issued Saturday, Qatar and Egypt said the pause would start once hostages are freed.", "the communique's day"),
    ("start", "Saturday", "In a letter on Saturday, the envoy wrote that the truce would take hold within a week.", "the letter's day"),
    ("start", "October 2023", "The truce is the first in a war that began in October 2023.", "the war's outbreak"),
    ("start", "7 October", "It is the longest lull since the start of the war on 7 October.", "the start of the war"),
    ("start", "7 October", "The ceasefire is the first pause in a conflict that erupted on 7 October.", "the conflict's outbreak"),
    ("start", "April", "The truce is the first since fighting broke out in April between the army and the RSF.", "fighting broke out"),
    ("start", "April 2023", "The truce is the first since April 2023, when the war began.", "a when clause of the war"),
    ("start", "February 2022", "The pause is the first since the invasion began in February 2022.", "the invasion's start"),
    ("start", "24 February", "The truce ends fighting in a war launched on 24 February.", "the war launched"),
    ("start", "7 October", "The truce ends fighting that started with the 7 October attack.", "the attack's day"),
    ("meet", "Thursday", "In a letter dated Thursday, the president cancelled the summit.", "the letter's day"),
    ("meet", "Thursday", "In a Thursday letter to the UN, the president called off the summit.", "the letter's day before the noun"),
    ("meet", "Thursday", "In a message posted on Thursday, the premier said the summit would go ahead next month.", "the message's day"),
    ("meet", "Monday", "The Kremlin announced on Monday that the summit would take place in May.", "the announcement's day"),
]
SIGNATURE_FAIL = [
    "The bill now goes to the president to sign or veto.",
    "The measure cleared the Senate 61-39 and awaits the president's signature.",
    "The legislation was sent to the president's desk on Thursday.",
    "The sanctions bill heads to the White House after a final vote in the House.",
    "Having passed both chambers, the bill needs royal assent before it takes effect.",
    "The governor is expected to sign the bill next week, aides said.",
    "The act has not yet been signed by the president.",
    "The package, passed by parliament, is pending the president's signature.",
    "Lawmakers forwarded the bill to Governor Ana Ruiz, who has ten days to act on it.",
    "The bill lands on the president's desk after the Senate vote on Tuesday.",
    "The president has yet to sign the measure, which passed last week.",
    "The bill, approved by the Assembly, was transmitted to the governor on Monday.",
]
SIGNATURE_PASS = [
    ("enacted", "The president signed the bill into law on Friday.", "signed into law", None),
    ("enacted", "The bill became law on Friday without the governor's signature.", "became law", None),
    ("enacted", "The bill, which went to the president's desk last month, was signed on Friday.", "signed after the desk", None),
    ("enacted", "After it was sent to the governor, she signed it into law.", "signed into law after sent", None),
    ("enacted", "The measure awaited the president's signature for weeks before he signed it on Monday.", "awaited, then signed", None),
    ("enacted", "The king gave royal assent on Tuesday, and the act became law.", "assent given, became law", None),
    ("enacted", "The sanctions act is now law after the president signed it.", "now law", None),
    ("passed_one_chamber", "The bill passed the Senate and now heads to the House.", "passed one chamber (enacted is refused strongly: status39)", None),
    ("enacted", "A similar bill awaits the governor's signature, and this one is still in committee.", "another bill awaits: still only unconfirmed", "tier"),
    ("enacted", "The bill was sent to the Senate floor on Tuesday.", "the floor, not the signer: still only unconfirmed", "tier"),
    ("passed_one_chamber", "The bill now goes to the president to sign or veto.", "the rule is for enacted only: still unconfirmed", "tier"),
    ("enacted", "The chamber voted on Monday and the president signed the measure hours later.", "signed", None),
]
# fmt: on

for value, sentence, why in ANNOUNCED_PASS:
    starts("announced-from", value, sentence, True, why)
# the day a statement was made on, which dates no truce or summit: flagged, only unconfirmed
SAID_DAYS = {
    "from a place: the announcement's day",
    "the statement's day",
    "the letter's day",
    "the letter's day before the noun",
    "the message's day",
    "the announcement's day",
}


def _strength(why: str) -> str:
    return " (unconfirmed)" if why in SAID_DAYS else " (unsupported)"


for value, sentence, why in ANNOUNCED_FAIL:
    starts("announced-from", value, sentence, False, why + _strength(why))
for expect, (cue, value, sentence, why) in verdicts(OTHER_PASS, OTHER_FAIL):
    add = starts if cue == "start" else meets
    add("other-event-day", value, sentence, expect, why + ("" if expect else _strength(why)))
for sentence in SIGNATURE_FAIL:
    stage("enacted", sentence, False, "not yet signed: the stage before (unsupported)")
for value, sentence, why, check in SIGNATURE_PASS:
    stage(value, sentence, True, why, check)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
