# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the closed-25 set (``grounding_closed25.jsonl``): a meeting brought to its end by
those at it is ``held`` (an outside check, session 25: checks 54-57's statuses worded in the
text's own verbs; :mod:`summarizer.verification.meeting_closed`). One category:

- ``closed-meeting``: a past verb of ending whose object is the meeting ("wound up its
  two-day meeting", "brought the summit to a close", "declared the summit closed", "wrapped
  up the talks", "adjourned the session") supports ``held``. Not a verb still to come ("will
  wind up", "is due to close", "hopes to bring ... to a close"), a negated one, an end in a
  time clause or condition ("before the chair closed the summit"), another object ("closed
  the border ahead of the summit", "ended the truce at the talks", "closed the door on a
  meeting"), an earlier meeting ("closed the previous round"), or talks ended before they
  began.

Strengths: SUPPORTED must pass; ANY must be refused at either strength. Run
``python tests/data/make_closed25_cases.py`` to rebuild it. Every sentence below was written
for this set from public facts of 2019-2025 (summits, ministerial meetings and talks as
reported), in several outlets' styles; each verdict is what a careful fact-checker reads in
the text, decided when the case was written.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SUPPORTED, SupportCases

OUT = Path(__file__).with_name("grounding_closed25.jsonl")
LEADS = [
    "NAIROBI (Rift Wire) -",
    "The Danube Courier | Europe",
    "From our Canberra correspondent.",
    "Live updates, translated from Portuguese.",
    "By Ama Owusu | The Accra Ledger",
]
P, F = True, False
CLOSED = "closed-meeting"
# (expect, strength, text); each sentence of text is evidence of a summit's ``held``
# fmt: off
CASES = [
    (P, SUPPORTED, "The African Union wound up its annual summit in Addis Ababa on Sunday with a pledge on debt relief."),
    (P, SUPPORTED, "Lula brought the Amazon summit to a close on Wednesday without a shared target on deforestation."),
    (P, SUPPORTED, "Prime Minister Albanese declared the ASEAN-Australia meeting closed shortly after 4pm."),
    (P, SUPPORTED, "Kallas wrapped up the talks in Brussels by urging both sides to keep the channel open."),
    (P, SUPPORTED, "The Pacific Islands Forum concluded its leaders' retreat in Aitutaki after two days of closed-door sessions."),
    (P, SUPPORTED, "The Speaker adjourned the session just before midnight, after the motion had been read out."),
    (P, SUPPORTED, "Modi ended the Quad meeting with a call for open sea lanes, officials in Delhi said."),
    (P, SUPPORTED, "On Friday evening the Norwegian mediators closed the third round in Oslo; neither delegation spoke to the press."),
    (P, SUPPORTED, "Ministers from the 21 economies wrapped up their gathering in Lima and flew home on Saturday."),
    (P, SUPPORTED, "After nine hours, the host brought the talks to an end and read out a short statement."),
    (P, SUPPORTED, "Sanchez closed the NATO summit in Madrid by thanking Finland and Sweden for their patience."),
    (P, SUPPORTED, "The Arab League wound up the emergency meeting in Cairo with a joint plan for Gaza's reconstruction."),
    (F, ANY, "Ramaphosa will wind up the summit on Sunday with a speech on debt."),
    (F, ANY, "The chair is due to close the meeting on Thursday afternoon."),
    (F, ANY, "Organisers hope to bring the talks to a close by the weekend."),
    (F, ANY, "Before the host closed the summit, three leaders had already flown home."),
    (F, ANY, "The border guards closed the crossing ahead of the summit in Vientiane."),
    (F, ANY, "Scholz closed the embassy's visa section ahead of the talks with Beijing."),
    (F, ANY, "Kurti's office closed the door on a meeting with Vucic this month."),
    (F, ANY, "Borrell recalled how he had wound up the previous round in Brussels without a deal."),
    (F, ANY, "The mediators have not yet wrapped up the talks, a diplomat in Doha said."),
    (F, ANY, "If the chair closes the session early, the vote will slip to next week."),
    (F, ANY, "The chair refused to close the meeting until every delegation had voted."),
    (F, ANY, "Officials expect Duda to close the summit in Warsaw on Friday with a speech on energy."),
    (F, ANY, "Police closed the roads around the venue, where the summit is to open on Monday."),
]
# fmt: on
built = SupportCases("c25", LEADS)
for expect, strength, text in CASES:
    sentences = re.split(r"(?<=[a-z0-9]\.) (?=[A-Z])", text)
    built.graded_fact(CLOSED, "summits", "status", "held", sentences, expect, strength, text[:60])


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
