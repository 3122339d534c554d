# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the stated-31 set (``grounding_stated31.jsonl``, session 31, left31, check 68): a
status and a day told by a phrase. By category:

- ``undated-postponements``: a meeting put off, shelved or pushed back "without a new date"
  ("with no fresh date", "without setting a new date") is postponed, as "no new date" was
  (:mod:`summarizer.verification.events.status_cues`). Refused: a status the sentence does not
  give (held, a meeting that goes ahead "without a new agenda"), a postponement denied, a
  "new date" the sentence sets for another meeting only.
- ``stated-proposals``: the day of a statement in a phrase opening the sentence ("In a video
  statement this morning, von der Leyen proposed ...", "In a post on Sunday, the minister
  announced ...") is the day the measure was put forward: the statement is the proposal
  (:func:`summarizer.verification.days.plan_days.stated_act`). Refused: a statement whose
  main clause says or reports ("said the Commission had proposed ..."), a day of the
  statement's when the clause dates the proposal otherwise, another day of the sentence.

Run ``python tests/data/make_stated31_cases.py`` to rebuild it. The events are real (the
Budapest summit put off in October 2025, the EU's 19th and 18th sanctions packages, the UK's
and Canada's measures on Russian oil of 2025); every sentence was written for this set, and
each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_stated31.jsonl")
built = SupportCases("st31", leads=["BRUSSELS (Harbour Wire) -", "By Ana Ruiz | The Baltic Ledger"])
POSTPONED, STATED = "undated-postponements", "stated-proposals"


def summit(value: str, sentence: str, expect: bool) -> None:
    built.status("summits", POSTPONED, value, sentence, expect)


for sentence in (
    "On Tuesday President Donald Trump shelved, without a new date, the talks with Vladimir Putin that were to take place in Budapest.",
    "The Budapest summit between the two presidents has been put off without a new date, the White House said.",
    "Hungary's foreign minister said the meeting was pushed back without any new date being agreed.",
    "The leaders' meeting in Budapest was called off for now, without a fresh date.",
    "The EU-China summit has been shelved, with no fresh date offered by either side.",
    "Organisers delayed the donor conference on Tuesday without setting a new date.",
    "The Kremlin said the summit would not take place this month, and no fresh date has been proposed.",
    "The planned talks in Istanbul were put back without a new date, officials told reporters.",
    "Ministers postponed the Geneva round without naming a new date for it.",
    "The president scrapped plans for the meeting without a new date, saying he did not want a wasted meeting.",
):
    summit("postponed", sentence, True)
for value, sentence in (
    (
        "held",
        "On Tuesday President Donald Trump shelved, without a new date, the talks with Vladimir Putin that were to take place in Budapest.",
    ),
    (
        "held",
        "The Budapest summit between the two presidents has been put off without a new date, the White House said.",
    ),
    (
        "postponed",
        "The summit in Budapest will go ahead on Thursday without a new agenda, the White House said.",
    ),
    (
        "postponed",
        "The two presidents met in Budapest on Thursday without a new date for the next round.",
    ),
    ("postponed", "The Kremlin denied that the summit had been put off without a new date."),
    ("postponed", "Officials said the Budapest talks had not been postponed."),
    ("held", "Organisers delayed the donor conference on Tuesday without setting a new date."),
    ("cancelled", "Ministers postponed the Geneva round without naming a new date for it."),
    (
        "postponed",
        "The two leaders held talks in Anchorage on Friday; no fresh date was set for a second meeting.",
    ),
    ("held", "The leaders' meeting in Budapest was called off for now, without a fresh date."),
):
    summit(value, sentence, False)


def stated(
    sentence: str, value: str, expect: bool, why: str, published: str = "2025-09-19"
) -> None:
    built.dated_fact(STATED, expect, why, [sentence], "sanctions", "introduced", value, published,
                     {"instrument": "bloc_package"})  # fmt: skip


# the statement is the proposal: its day is the introduction's
stated(
    "In a video statement this morning, Commission President Ursula von der Leyen proposed banning imports of Russian liquefied natural gas from January 2027.",
    "this morning",
    True,
    "the statement's day is the proposal's",
)
stated(
    "In a post on Sunday, Foreign Secretary David Lammy announced sanctions on two Russian oil majors.",
    "Sunday",
    True,
    "the post's day is the announcement's",
)
stated(
    "In a televised address on Friday, Prime Minister Mark Carney unveiled new sanctions on Russian shadow-fleet tankers.",
    "Friday",
    True,
    "the address is the unveiling",
)
stated(
    "During a news conference on Tuesday, the Treasury Secretary announced sanctions on Rosneft and Lukoil.",
    "Tuesday",
    True,
    "the conference is the announcement",
)
stated(
    "In a statement on 18 July, the Council adopted the 18th package of restrictive measures against Russia.",
    "18 July",
    True,
    "the statement is the adoption",
    "2025-07-19",
)
stated(
    "In a letter on Monday, the trade minister proposed tariffs on Russian fertiliser.",
    "Monday",
    True,
    "the letter is the proposal",
    "2025-09-17",
)
stated(
    "In a speech yesterday, the chancellor outlined a ban on Russian steel imports.",
    "yesterday",
    True,
    "the speech is the outline",
)
stated(
    "Via a video message this afternoon, the commissioner presented the 19th package.",
    "this afternoon",
    True,
    "the message is the presentation",
)
stated(
    "In remarks on Wednesday, Japan's chief cabinet secretary announced an asset freeze on 20 Russian entities.",
    "Wednesday",
    True,
    "the remarks are the announcement",
)
stated(
    "In a briefing on Thursday, the Foreign Office introduced sanctions on 100 shadow-fleet vessels.",
    "Thursday",
    True,
    "the briefing is the introduction",
)
# the statement only says or reports; or the day is another
stated(
    "In a video statement this morning, Commission President Ursula von der Leyen said the Commission had proposed the ban on 5 September.",
    "this morning",
    False,
    "the statement reports an earlier proposal",
)
stated(
    "In a statement on Sunday, Foreign Secretary David Lammy, who imposed the sanctions on Friday, defended them.",
    "Sunday",
    False,
    "the statement defends Friday's sanctions",
)
stated(
    "In an interview on Friday, Prime Minister Mark Carney confirmed that Ottawa imposed the tanker sanctions on Thursday.",
    "Friday",
    False,
    "the interview confirms Thursday's measure",
)
stated(
    "During a news conference on Tuesday, the Treasury Secretary defended sanctions announced in March.",
    "Tuesday",
    False,
    "a defence of an older measure",
)
stated(
    "In a statement on 18 July, the Council said the package it adopted on 14 July would take effect at once.",
    "18 July",
    False,
    "the statement reports an adoption of 14 July",
    "2025-07-19",
)
stated(
    "In a letter on Monday, the trade minister told MPs she had proposed the tariffs in August.",
    "Monday",
    False,
    "the letter tells of an August proposal",
    "2025-09-17",
)
stated(
    "In remarks yesterday, the chancellor recalled that Brussels proposed the steel ban in June.",
    "yesterday",
    False,
    "the remarks recall June's proposal",
)
stated(
    "In a video statement this morning, Commission President Ursula von der Leyen proposed banning imports of Russian liquefied natural gas from January 2027.",
    "January 2027",
    False,
    "the ban's start, not the proposal's day",
)
stated(
    "In remarks on Wednesday, Japan's chief cabinet secretary would not say whether Tokyo had announced an asset freeze.",
    "Wednesday",
    False,
    "no announcement on Wednesday",
)
stated(
    "In an interview on Thursday, the minister described the sanctions that the Foreign Office introduced on Monday.",
    "Thursday",
    False,
    "a description of Monday's sanctions",
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
