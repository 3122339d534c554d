# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the denials set (``grounding_denials.jsonl``): four causes an outside check found
(session 13), with what must pass and what must fail:

- ``denied-status``: a status worded inside a claim the sentence denies ("denied that the
  talks had been postponed", "reports ... were false", "there is no truth to claims that",
  "rejected suggestions that", "..., a claim the ministry denied") is refused *unsupported*
  (checked as ``tier`` must-fail: an unsupported flag). Must keep passing: a status worded
  outside the denied claim in the same evidence, a report confirmed, a denial of something
  else beside the status.
- ``other-meeting-status``: a summit said ``scheduled`` or ``proposed`` whose evidence words it
  held, where the plan is another meeting's ("a meeting with the US president is expected by
  early June", "another summit is planned"): unsupported. Must keep passing: a plan in this
  meeting's own clause, ``held`` itself, evidence with no held meeting.
- ``other-meeting-day``: a lower group's preparatory meeting ("Foreign ministers will meet on
  Monday to prepare the summit") gives no day to the summit: unsupported. Must keep passing:
  the summit's own day in the same sentence, the leaders' own "to prepare".
- ``other-event-day``: a day bound to another event ("After the attack on Tuesday, the EU
  announced sanctions", "Tuesday's drone strike") is not a measure's announcing day nor the
  talks' day: unsupported. Must keep passing: the day bound to the measure or the meeting.

Run ``python tests/data/make_denials_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets, places and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_denials.jsonl")

built = SupportCases("den")

_OUTLETS = ("Northgate Courier", "The Lantern Post", "Riverside Wire", "Meridian Daily")


def _text(sentence: str, number: int) -> str:
    outlet = _OUTLETS[number % len(_OUTLETS)]
    return f"{outlet}\n\n{sentence}\n\nMore details are expected.\n"


def _check(expect: bool) -> str:
    """A must-fail case is held to an *unsupported* flag (``tier``); a must-pass to support."""
    return "support" if expect else "tier"


def status(
    category: str,
    kind: str,
    value: str,
    sentence: str,
    expect: bool,
    why: str,
    check: str | None = None,
) -> None:
    text = _text(sentence, len(built.cases))
    if kind == "summit":
        fact: dict[str, Any] = {"parties": [], "status": value, "evidence": [sentence]}
        facts, path = {"summits": [fact]}, "summits[0].status"
    elif kind == "truce":
        fact = {"kind": None, "status": value, "evidence": [sentence]}
        facts, path = {"ceasefires": [fact]}, "ceasefires[0].status"
    else:
        fact = {"instrument": "bloc_package", "status": value, "evidence": [sentence]}
        facts, path = {"sanctions": [fact]}, "sanctions[0].status"
    built.add(category, expect, f"{kind} {value}: {why}", text, facts, path, check=check or _check(expect))  # fmt: skip


def summit(
    category: str,
    value: str,
    sentence: str,
    expect: bool,
    why: str,
    field: str = "status",
    parties: tuple[str, ...] = (),
) -> None:
    fact = {"parties": list(parties), field: value, "evidence": [sentence]}
    built.add(category, expect, f"summit {field} {value!r}: {why}", _text(sentence, len(built.cases)),
              {"summits": [fact]}, f"summits[0].{field}", check=_check(expect))  # fmt: skip


def announced(value: str, sentence: str, expect: bool, why: str) -> None:
    fact = {"instrument": "bloc_package", "introduced": value, "evidence": [sentence]}
    built.add("other-event-day", expect, f"announced {value!r}: {why}", _text(sentence, len(built.cases)),
              {"sanctions": [fact]}, "sanctions[0].introduced", check=_check(expect))  # fmt: skip


# fmt: off
DENIED_FAIL = [
    ("summit", "cancelled", "Stories circulating on Sunday that the Quito meeting had been scrapped are untrue, a foreign ministry spokeswoman said.", "stories called untrue"),
    ("summit", "postponed", "The presidency denied on Thursday that the leaders' talks had been pushed back.", "denied that"),
    ("summit", "cancelled", "Officials in Accra brushed aside rumours that the summit was off.", "brushed aside rumours"),
    ("summit", "postponed", "It is not true that the meeting has been delayed, the envoy told reporters.", "it is not true that"),
    ("summit", "cancelled", "Aides poured cold water on speculation that the summit had been cancelled.", "poured cold water on speculation"),
    ("summit", "postponed", "The ministry refuted allegations that the summit would be put off until autumn.", "refuted allegations, a prospect"),
    ("summit", "cancelled", "There is no basis for reports that the summit has been called off, the palace said in a statement.", "no basis for reports"),
    ("summit", "postponed", "The summit has been postponed, according to a report the government called fake news.", "a report called fake"),
    ("truce", "collapsed", "The army rejected claims that the ceasefire had collapsed overnight.", "rejected claims"),
    ("truce", "collapsed", "Rebel leaders dismissed as baseless reports that the truce had broken down.", "dismissed as baseless"),
    ("measure", "lifted", "Brussels denied that the sanctions had been lifted, calling the report a fabrication.", "denied that (a measure)"),
    ("measure", "suspended", "Claims that the export ban was suspended last week are inaccurate, the trade office said.", "claims called inaccurate"),
]
DENIED_PASS = [
    ("summit", "postponed", "The ministry denied that the summit had been cancelled; it has been postponed to June.", "postponed stated outside the denied claim", None),
    ("summit", "cancelled", "Reports that the summit had been called off proved accurate when the palace confirmed it on Monday.", "a report confirmed", None),
    ("summit", "cancelled", "The government confirmed reports that the summit was cancelled.", "confirmed reports", None),
    ("summit", "postponed", "Officials denied any rift between the two sides but said the summit was postponed.", "a denial of something else, then the status", None),
    ("summit", "cancelled", "The Kremlin rejected the proposal, and the summit was called off on Friday.", "rejected a proposal, not a report", None),
    ("summit", "held", "Despite reports of tension, the summit went ahead in Lusaka on Tuesday.", "reports, none called false", None),
    ("truce", "collapsed", "The truce collapsed on Sunday, the army said, dismissing claims that it had fired first.", "the denied claim is another one", None),
    ("measure", "lifted", "The sanctions were lifted on Monday, officials said, denying that a deal had been struck in secret.", "the denied claim comes after", None),
    ("summit", "cancelled", "Analysts questioned whether the summit would be cancelled.", "a doubt, not a denial: only unconfirmed", "tier"),
    ("summit", "postponed", "Lima denied that the talks had been postponed. On Friday, the foreign minister announced the summit had been postponed to May.", "a later sentence words it", None),
    ("summit", "cancelled", "The denial came hours after the summit was cancelled.", "denial as a noun", None),
    ("measure", "lifted", "The ministry said claims of a rift were false, and the sanctions were lifted on Friday.", "the falsity is before the status", None),
]
OTHER_STATUS_FAIL = [
    ("scheduled", "The two presidents met in Nairobi on Friday; a meeting with the US president is expected by early June.", ()),
    ("scheduled", "The two leaders held talks in Kigali on Monday. Another summit, this time with the Ugandan premier, is planned for July.", ()),
    ("scheduled", "Okafor and Mensah met on Wednesday, while a second summit is scheduled for the autumn.", ("Okafor", "Mensah")),
    ("scheduled", "Okafor and Mensah sat down together in Abuja on Saturday; a separate meeting with EU leaders is set for March.", ("Okafor", "Mensah")),
    ("proposed", "The prime ministers met on Tuesday; a follow-up meeting with the Gulf states has been proposed.", ()),
    ("scheduled", "The summit took place in Lome on Thursday, and a new round of talks is due in October.", ()),
    ("scheduled", "Vidal and Sato met in Lisbon on Monday. A meeting between Sato and the Brazilian leader is planned for next month.", ("Vidal", "Sato")),
    ("proposed", "Leaders of the two countries met in Cairo this week; a further summit has been floated for the spring.", ()),
    ("scheduled", "Halvorsen and Berg held a summit in Oslo on Friday. The next summit is scheduled for December in Bergen.", ("Halvorsen", "Berg")),
    ("scheduled", "The leaders met on Sunday; a meeting with the Chinese president is expected in the coming weeks.", ()),
]
OTHER_STATUS_PASS = [
    ("scheduled", "Okafor and Mensah will meet in Abuja on Saturday; a separate meeting with EU leaders is set for March.", ("Okafor", "Mensah"), "no meeting held: this plan is the fact's"),
    ("scheduled", "The two leaders are scheduled to meet in Kigali on Monday.", (), "a plan of its own"),
    ("held", "The two presidents met in Nairobi on Friday; a meeting with the US president is expected by early June.", (), "held itself"),
    ("held", "Halvorsen and Berg held a summit in Oslo on Friday. The next summit is scheduled for December.", ("Halvorsen", "Berg"), "held with another's plan beside"),
    ("scheduled", "After a meeting with the US president in May, Vidal and Sato are scheduled to meet in Lisbon.", ("Vidal", "Sato"), "the plan is in the fact's own clause"),
    ("scheduled", "A meeting between Vidal and Sato is planned for next month in Lisbon.", ("Vidal", "Sato"), "the meeting with the parties is its own"),
    ("proposed", "Mensah has proposed a summit with Okafor, officials said.", ("Okafor", "Mensah"), "a proposal, no meeting held"),
    ("scheduled", "A summit of the two leaders is set for Friday; another meeting with the Gulf states is planned for May.", (), "two plans, none held"),
    ("held", "The summit took place in Lome on Thursday, and a new round of talks is due in October.", (), "held beside another's plan"),
    ("scheduled", "Vidal and Sato will hold talks on Monday in Lisbon, their offices said.", ("Vidal", "Sato"), "a plan with no other meeting"),
]
MEETING_DAY_FAIL = [
    ("Monday", "Foreign ministers from both countries will meet on Monday to prepare the leaders' summit.", ("Okafor", "Mensah")),
    ("Sunday", "Envoys will hold preparatory talks on Sunday ahead of the summit in Accra.", ()),
    ("Thursday", "Their sherpas gather on Thursday to lay the groundwork for the summit.", ("Vidal", "Sato")),
    ("Wednesday", "Trade ministers meet on Wednesday in preparation for the presidents' summit next week.", ()),
    ("12 May", "Senior officials will convene on 12 May to prepare the heads of state summit.", ()),
    ("Tuesday", "Deputy foreign ministers held talks on Tuesday to pave the way for a summit of the two leaders.", ()),
    ("Friday", "Negotiators will meet on Friday to prepare for the summit between Halvorsen and Berg.", ("Halvorsen", "Berg")),
    ("Saturday", "The two delegations meet on Saturday, preparing the ground for the leaders' summit.", ()),
    ("Monday", "Aides from both sides will meet on Monday ahead of the summit in Geneva.", ()),
    ("9 June", "Defence ministers are due to meet on 9 June to prepare the summit of both presidents.", ()),
]
MEETING_DAY_PASS = [
    ("Friday", "Foreign ministers will prepare the ground before the leaders' summit on Friday.", (), "the summit's own day"),
    ("Friday", "Okafor and Mensah will meet on Friday to prepare a trade deal.", ("Okafor", "Mensah"), "the leaders' own meeting"),
    ("Tuesday", "The summit will take place on Tuesday, after ministers prepare the agenda.", (), "the summit's day"),
    ("Thursday", "The leaders meet on Thursday, officials said.", (), "a plain day"),
    ("Monday", "Halvorsen and Berg will hold a summit on Monday in Oslo, ahead of the NATO gathering.", ("Halvorsen", "Berg"), "the leaders' summit day"),
    ("Sunday", "The presidents are set to meet on Sunday to prepare a joint statement.", (), "leaders preparing, their own meeting"),
    ("12 May", "Senior officials said the summit would be held on 12 May.", (), "officials tell the summit's day"),
    ("Wednesday", "Vidal and Sato meet on Wednesday in Lisbon; their ministers have prepared the ground.", ("Vidal", "Sato"), "the leaders' day"),
    ("Saturday", "The summit between the two leaders is planned for Saturday in Accra.", (), "planned for"),
    ("Tuesday", "A summit of the two presidents on Tuesday will follow weeks of preparation.", (), "the summit's day beside preparation"),
]
EVENT_DAY_FAIL = [
    ("Tuesday", "Days after the car bombing in Mogadishu on Tuesday, Brussels unveiled a fresh package of sanctions.", "the bombing's day"),
    ("Friday", "Following Friday's missile attack on the port, the bloc announced new sanctions.", "a possessive event day"),
    ("Sunday", "The EU imposed sanctions on the militia in response to the massacre on Sunday.", "the massacre's day"),
    ("3 March", "In the wake of the 3 March coup, the union agreed to sanction the junta.", "the coup's day before the noun"),
    ("Monday", "After the raid on Monday, London proposed asset freezes on the commanders.", "the raid's day"),
    ("Wednesday", "The shelling of Kharkiv late on Wednesday prompted the bloc to announce more sanctions.", "the shelling's day"),
]
EVENT_DAY_FAIL_TALKS = [
    ("Tuesday", "Talks between the two leaders will go ahead despite a general strike on Tuesday.", "a strike's day"),
    ("Thursday", "After Thursday's drone strike on the capital, the presidents will meet in Doha.", "a drone strike's day"),
    ("Saturday", "The summit will resume after the ambush on Saturday killed nine soldiers.", "the ambush's day"),
    ("Friday", "Following the explosion in the harbour on Friday, the leaders agreed to meet.", "the explosion's day"),
]
EVENT_DAY_PASS = [
    ("Tuesday", "The EU announced sanctions on Tuesday after the attack.", "the announcement's own day"),
    ("Monday", "On Monday the bloc unveiled sanctions over last week's bombing.", "the unveiling's day"),
    ("Friday", "Brussels imposed sanctions on Friday, a week after the coup.", "imposed on Friday"),
    ("Sunday", "The union agreed new sanctions on Sunday in response to the raid.", "agreed on Sunday"),
    ("3 March", "The package was announced on 3 March, days after the shelling of the port.", "announced on a date"),
    ("Wednesday", "London proposed asset freezes on Wednesday.", "a plain day"),
]
EVENT_DAY_PASS_TALKS = [
    ("Tuesday", "The leaders will meet on Tuesday despite the strike.", "the meeting's own day"),
    ("Friday", "Talks between the two presidents on Friday followed a week of attacks.", "the talks' day"),
    ("Saturday", "The summit will go ahead on Saturday, days after the bombing.", "the summit's day"),
    ("Thursday", "After the attack, the leaders agreed to meet on Thursday in Doha.", "the meeting's day after an undated attack"),
]
# fmt: on

for kind, value, sentence, why in DENIED_FAIL:
    status("denied-status", kind, value, sentence, False, why + " (unsupported)")
for kind, value, sentence, why, check in DENIED_PASS:
    status("denied-status", kind, value, sentence, True, why, check)
for value, sentence, parties in OTHER_STATUS_FAIL:
    summit(
        "other-meeting-status",
        value,
        sentence,
        False,
        "held here; the plan is another meeting's (unsupported)",
        parties=parties,
    )
for value, sentence, parties, why in OTHER_STATUS_PASS:
    summit("other-meeting-status", value, sentence, True, why, parties=parties)
for value, sentence, parties in MEETING_DAY_FAIL:
    summit(
        "other-meeting-day",
        value,
        sentence,
        False,
        "a preparatory meeting's day (unsupported)",
        "planned_timing",
        parties,
    )
for value, sentence, parties, why in MEETING_DAY_PASS:
    summit("other-meeting-day", value, sentence, True, why, "planned_timing", parties)
for value, sentence, why in EVENT_DAY_FAIL:
    announced(value, sentence, False, why + " (unsupported)")
for value, sentence, why in EVENT_DAY_FAIL_TALKS:
    summit("other-event-day", value, sentence, False, why + " (unsupported)", "planned_timing")
for value, sentence, why in EVENT_DAY_PASS:
    announced(value, sentence, True, why)
for value, sentence, why in EVENT_DAY_PASS_TALKS:
    summit("other-event-day", value, sentence, True, why, "planned_timing")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
