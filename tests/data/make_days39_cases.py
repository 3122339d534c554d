# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 39's causes 3 and 5 (``grounding_days39.jsonl``): value-support
cases for a day or a number that belongs to the clause and the noun it is attached to, by
category, each with what must pass and what must fail:

- ``own-clause-day``: the fact's own occasion keeps its day in a long sentence: a "which"/
  "that" clause on a noun that ends a chain of prepositional phrases ("a truce along the
  frontier with Lebanon that will take effect at 4 a.m.", "two days of negotiations at the
  crossing in Egypt, which began on Monday"), a "who" clause on two leaders that meet with no
  object ("X and Y, who met in Montevideo on Monday"), the meal the parties held ("held a
  working lunch in Hamburg on Tuesday"), a truce signed on a day that "took effect
  immediately" or "upon signature". Must fail: the same shapes about another thing ("a truce
  with Hamas, which began bombing", "Lula, who met Biden", "their finance ministers held a
  dinner", "takes effect on 1 March");
- ``other-start-day``: a day another noun's verb of starting holds ("and prisoner exchanges
  begin on Monday") beside the truce's own start, a measure's "apply from" day beside its
  announcement's day, a bill's passage day beside its reintroduction's: each refused; the
  truce's own start, the announcement's day, the introduction's day pass;
- ``number-owner``: a number another occasion or noun owns is refused: a vote "a 2019 version
  had cleared", a comparison's second term ("shorter than the three-week truce of 2022"), the
  rate "already" paid beside a new levy, the rate a change starts from ("the 15 percent duty
  will be increased to 30 percent"), a count of another noun ("12 bodies in three villages");
  and lengths written as words pass ("the week-long ceasefire" is 7 days, "fortnight-long"
  14; "month-long" is 28 to 31 days, unconfirmed for 30), a toll past a span of time ("the
  death toll from five weeks of shelling at 212").

Run ``python tests/data/make_days39_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or real bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_days39.jsonl")

built = SupportCases(
    "d39",
    leads=[
        "ASUNCION (Rio Plata Wire) -",
        "By Tomasz Wrona | The Vistula Review",
        "From the Harbourfront Gazette newsroom.",
        "KAMPALA, Uganda -",
        "Filed by our Gulf desk, Doha.",
        "DISPATCH | Lowland Chronicle",
    ],
    lead_end=" ",
)
OWN, OTHER, NUM = "own-clause-day", "other-start-day", "number-owner"


def case(
    category: str, expect: bool, why: str, sentences: list[str], kind: str, field: str,
    value: Any, extra: dict[str, Any] | None = None, path: str | None = None,
) -> None:  # fmt: skip
    """A fact of ``kind`` whose ``field`` is ``value``, backed by every one of ``sentences``
    (the page's paragraphs); ``path`` the value's path when not ``<kind>[0].<field>``."""
    fact = {**(extra or {}), field: value, "evidence": sentences}
    facts = {"article": {"headline": None, "outlet": None, "byline": None,
                         "published": "2025-05-20"}, kind: [fact]}  # fmt: skip
    built.add(category, expect, f"{field} {value!r}: {why}", built.page(*sentences), facts,
              path or f"{kind}[0].{field}")  # fmt: skip


def start(category: str, expect: bool, why: str, sentences: list[str], value: str) -> None:
    case(category, expect, why, sentences, "ceasefires", "starts", value)


def meeting(expect: bool, why: str, sentence: str, value: str, parties: list[str]) -> None:
    case(OWN, expect, why, [sentence], "summits", "planned_timing", value,
         {"parties": parties, "status": "held"})  # fmt: skip


def event(expect: bool, why: str, sentence: str, value: str, description: str) -> None:
    case(OWN, expect, why, [sentence], "events", "when", value,
         {"kind": "talks", "description": description})  # fmt: skip


def introduced(expect: bool, why: str, sentences: list[str], value: str, bill: bool = False) -> None:
    extra = {"instrument": "bill" if bill else "executive_action", "status": "announced"}
    case(OTHER, expect, why, sentences, "sanctions", "introduced", value, extra)


def number(expect: bool, why: str, sentence: str, kind: str, field: str, value: float,
           extra: dict[str, Any] | None = None, qualifier: str = "exact") -> None:  # fmt: skip
    case(NUM, expect, why, [sentence], kind, field, {"value": value, "qualifier": qualifier}, extra)


def count(expect: bool, why: str, sentence: str, what: str, value: float,
          kind: str = "sanctions", qualifier: str = "exact") -> None:  # fmt: skip
    extra = {"instrument": "bill", "status": "passed_one_chamber"} if kind == "sanctions" else {
        "kind": "other", "description": "the events the article reports"}  # fmt: skip
    fact = {**extra, "counts": [{"what": what, "value": {"value": value, "qualifier": qualifier}}],
            "evidence": [sentence]}  # fmt: skip
    facts = {"article": {"headline": None, "outlet": None, "byline": None,
                         "published": "2025-05-20"}, kind: [fact]}  # fmt: skip
    built.add(NUM, expect, f"{what} {value!r}: {'' if expect else 'not '}its count",
              built.page(sentence), facts, f"{kind}[0].counts[0].value")  # fmt: skip


def length(expect: bool, why: str, sentence: str, days: float) -> None:
    number(expect, why, sentence, "ceasefires", "duration_days", days)


def rate(expect: bool, why: str, sentence: str, percent: float) -> None:
    number(expect, why, sentence, "sanctions", "tariff_rate_percent", percent,
           {"instrument": "executive_action", "status": "announced"})  # fmt: skip


# --- own-clause-day: must pass
start(OWN, True, "the clause hangs from the truce, past 'along ... with Lebanon'",
      ["Negotiators in Naqoura agreed to a truce along the frontier with Lebanon that will take effect at 4 a.m. on Wednesday, officials on both sides confirmed."],
      "4 a.m. on Wednesday")  # fmt: skip
start(OWN, True, "the clause hangs from the cessation, past 'in the eastern districts of Ituri'",
      ["Militia commanders and army officers signed a cessation of hostilities in the eastern districts of Ituri, which entered into force on 2 June after weeks of mediation."],
      "2 June")  # fmt: skip
start(OWN, True, "a zone does not take effect: the ceasefire's clause",
      ["Moscow and Ankara have agreed on a ceasefire for the buffer zone south of the M5 road near Saraqib that takes effect at midnight on Sunday, the two defence ministries said in a joint statement that ran to four pages."],
      "midnight on Sunday")  # fmt: skip
event(True, "a city does not begin: the negotiations' clause",
      "The aid convoy finally crossed after two days of negotiations at the Rafah terminal in Egypt, which began on Monday with a call between the two ministers.",
      "Monday", "two days of negotiations at the Rafah terminal")  # fmt: skip
event(True, "the talks ended, not Lima",
      "Dock workers kept up their strike after three weeks of talks at the labour ministry in Lima, which ended on Friday without a deal.",
      "Friday", "three weeks of talks at the labour ministry")  # fmt: skip
meeting(True, "'who met' on the two presidents, no object: their meeting",
        "Presidents Ana Ruiz and Tomas Vidal, who met in Montevideo on Monday for more than four hours, agreed to reopen the border bridge.",
        "Monday", ["Ana Ruiz", "Tomas Vidal"])  # fmt: skip
meeting(True, "'who sat down' on the two ministers: their meeting",
        "The foreign ministers Lena Holm and Piotr Zak, who sat down in Vilnius on 12 May with their delegations, signed a transit accord that both parliaments must ratify.",
        "12 May", ["Lena Holm", "Piotr Zak"])  # fmt: skip
meeting(True, "'who came together' on the two leaders",
        "Chancellor Margit Lenz and Prime Minister Ole Strand, who came together at Gottorf Castle on Thursday for talks that ran into the evening, have agreed to share the cost of the cable.",
        "Thursday", ["Margit Lenz", "Ole Strand"])  # fmt: skip
meeting(True, "the lunch the two leaders had is their meeting",
        "Prime Minister Kaito Mori and Chancellor Elke Brandt had a working lunch in Hamburg on Tuesday, their first encounter since the election.",
        "Tuesday", ["Kaito Mori", "Elke Brandt"])  # fmt: skip
meeting(True, "the banquet the presidents held is their meeting",
        "President Ivo Moreno and President Rosa Salas held a state banquet at the Quinta palace on Friday, where the two signed three trade protocols.",
        "Friday", ["Ivo Moreno", "Rosa Salas"])  # fmt: skip
start(OWN, True, "in force upon signature: the signing day is the start",
      ["Militia leaders signed the truce in Bangui on 3 April.", "It came into force upon signature, the UN mission said."],
      "3 April")  # fmt: skip
start(OWN, True, "takes effect immediately: the day it was signed",
      ["The accord, signed on Sunday in Doha, takes effect immediately, mediators said."], "Sunday")  # fmt: skip
start(OWN, True, "took effect on signing",
      ["Signed on 14 November, the agreement gives armed groups until February to hand in heavy weapons and took effect on signing."],
      "14 November")  # fmt: skip

# --- own-clause-day: must fail
start(OWN, False, "Hamas began bombing (an object): the clause is not the truce's",
      ["Negotiators agreed to a truce with Hamas, which began shelling the coast road on Wednesday."],
      "Wednesday")  # fmt: skip
start(OWN, False, "the province saw clashes on Monday: no running verb",
      ["Rebels accepted a ceasefire for the province of North Kivu, which saw heavy clashes on Monday."],
      "Monday")  # fmt: skip
start(OWN, False, "the town fell on 6 June: the town's clause",
      ["Both camps agreed to a truce near the town of Sirte, which fell to the eastern forces on 6 June."],
      "6 June")  # fmt: skip
meeting(False, "'who met reporters': Vidal's own doing, with an object",
        "President Ana Ruiz held talks with Tomas Vidal, who met reporters in Montevideo on Monday.",
        "Monday", ["Ana Ruiz", "Tomas Vidal"])  # fmt: skip
meeting(False, "Lula met Biden: another meeting",
        "Ruiz and Vidal spoke by phone with Lula, who met Biden in Washington on Friday.",
        "Friday", ["Ana Ruiz", "Tomas Vidal"])  # fmt: skip
meeting(False, "the ministers' dinner, not the leaders' talks",
        "Mori and Brandt held talks in Hamburg on Monday, and their finance ministers held a dinner on Tuesday.",
        "Tuesday", ["Kaito Mori", "Elke Brandt"])  # fmt: skip
meeting(False, "a dinner that follows the talks",
        "The two leaders met on Friday morning; a gala dinner follows on Saturday at the palace.",
        "Saturday", ["Ivo Moreno", "Rosa Salas"])  # fmt: skip
start(OWN, False, "signed on Sunday, in effect from 1 March: Sunday is no start",
      ["The parties signed the accord on Sunday; it takes effect on 1 March."], "Sunday")  # fmt: skip
start(OWN, False, "to take effect ten days after the signing",
      ["Signed on 9 June, the truce was to take effect ten days later, once monitors deploy."], "9 June")  # fmt: skip
start(OWN, False, "immediately is the pullback's, the truce starts at dawn",
      ["The commanders signed the deal in Juba on Tuesday.", "The ceasefire begins at dawn on Thursday, and troops pull back from the river crossings immediately."],
      "Tuesday")  # fmt: skip
event(False, "the ministry was hit on Friday, not the talks",
      "The strike came after two days of talks at the ministry in Lima, which was hit by a blackout on Friday.",
      "Friday", "two days of talks at the ministry")  # fmt: skip
