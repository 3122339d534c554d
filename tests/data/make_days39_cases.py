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
)
OWN, OTHER, NUM = "own-clause-day", "other-start-day", "number-owner"


def case(
    category: str, expect: bool, why: str, sentences: list[str], kind: str, field: str,
    value: Any, extra: dict[str, Any] | None = None, path: str | None = None,
) -> None:  # fmt: skip
    """A fact of ``kind`` whose ``field`` is ``value``, backed by every one of ``sentences``
    (the page's paragraphs); ``path`` the value's path when not ``<kind>[0].<field>``."""
    built.dated_fact(category, expect, why, sentences, kind, field, value, "2025-05-20", extra,
                     path=path)  # fmt: skip


def start(category: str, expect: bool, why: str, sentences: list[str], value: str) -> None:
    case(category, expect, why, sentences, "ceasefires", "starts", value)


def meeting(expect: bool, why: str, sentence: str, value: str, parties: list[str]) -> None:
    case(OWN, expect, why, [sentence], "summits", "planned_timing", value,
         {"parties": parties, "status": "held"})  # fmt: skip


def event(expect: bool, why: str, sentence: str, value: str, description: str) -> None:
    case(OWN, expect, why, [sentence], "events", "when", value,
         {"kind": "talks", "description": description})  # fmt: skip


def introduced(
    expect: bool, why: str, sentences: list[str], value: str, bill: bool = False
) -> None:
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

# --- other-start-day: must fail
start(OTHER, False, "the exchanges begin on Monday; the truce at midnight on Friday",
      ["The ceasefire takes effect at midnight on Friday, and prisoner exchanges begin on Monday."], "Monday")  # fmt: skip
start(OTHER, False, "aid deliveries start on 4 May",
      ["The truce enters into force on 1 May while aid deliveries start on 4 May, the Red Crescent said."], "4 May")  # fmt: skip
start(OTHER, False, "the withdrawal begins on 20 July; fighting stops on Saturday",
      ["Under the deal, fighting stops on Saturday and the withdrawal of heavy weapons begins on 20 July."], "20 July")  # fmt: skip
start(OTHER, False, "demining work started on 30 March",
      ["The armistice took effect on 12 March, but demining work started on 30 March."], "30 March")  # fmt: skip
start(OTHER, False, "the patrols begin on Saturday; the truce took hold on Tuesday",
      ["A ceasefire took hold at dawn on Tuesday; joint monitoring patrols will begin on Saturday."], "Saturday")  # fmt: skip
start(OTHER, False, "the reopening of schools starts on Wednesday",
      ["The truce began on Sunday, and the reopening of schools starts on Wednesday in the worst-hit districts."], "Wednesday")  # fmt: skip
introduced(False, "apply from 1 May; announced on 2 April",
           ["On 2 April the ministry announced that the levy would apply to imported steel from 1 May."], "1 May")  # fmt: skip
introduced(False, "take effect from 15 August; said on Friday",
           ["The White House said on Friday that the duties take effect from 15 August."], "15 August")  # fmt: skip
introduced(False, "apply starting 1 July; unveiled on Tuesday",
           ["Brussels unveiled the package on Tuesday, and its bans apply starting 1 July."], "1 July")  # fmt: skip
introduced(False, "apply from 30 September; announced Monday",
           ["In a statement on Monday, the Treasury announced sanctions that apply from 30 September."], "30 September")  # fmt: skip
introduced(False, "June 9 is the Senate's passage; the bill was reintroduced in March",
           ["March 3, 2025: Senators Lee and Park reintroduced the bill as S. 412.", "June 9, 2025: the Senate passed S. 412 by voice vote."],
           "June 9, 2025", bill=True)  # fmt: skip

# --- other-start-day: must pass
# the truce's own verb past an adverb ("finally began", "only began"), after a planned start
# in an earlier clause (the lead's fix: days' and roles2's cases had failed)
start(OTHER, True, "the truce finally began, after a planned start",
      ["Shelling went on past the planned start time of 6 a.m., and the armistice finally began at 9:40 a.m."], "9:40 a.m.")  # fmt: skip
start(OTHER, True, "the truce only began, after a meant stop",
      ["Guns were meant to fall silent at noon, but the ceasefire only began at 4 p.m. on Sunday."], "4 p.m. on Sunday")  # fmt: skip
start(OTHER, True, "the truce eventually started, after a delay",
      ["Clashes continued past the agreed start of 10 p.m., and the truce eventually started at 1 a.m."], "1 a.m.")  # fmt: skip
start(OTHER, False, "the patrols only begin; the truce started before",
      ["The truce started at 6 a.m. on Friday, and joint patrols only begin on 12 April."], "12 April")  # fmt: skip
start(OTHER, True, "the truce's own start beside the exchanges'",
      ["The ceasefire takes effect at midnight on Friday, and prisoner exchanges begin on Monday."], "midnight on Friday")  # fmt: skip
start(OTHER, True, "hostilities cease: the start",
      ["Hostilities will cease at 6 a.m. on 3 May, the mediators said."], "6 a.m. on 3 May")  # fmt: skip
start(OTHER, True, "the ceasefire's phase is the ceasefire's",
      ["The second phase of the ceasefire begins on 1 March, the Qatari foreign ministry said."], "1 March")  # fmt: skip
start(OTHER, True, "fighting stopped on Saturday as the truce took effect",
      ["Fighting stopped on Saturday as the truce took effect across the south."], "Saturday")  # fmt: skip
start(OTHER, True, "the truce starts on Friday; the convoys on Sunday",
      ["Army engineers said the truce starts on Friday, while relief convoys begin on Sunday."], "Friday")  # fmt: skip
start(OTHER, True, "the truce begins at noon on Tuesday; the patrols follow",
      ["The truce, agreed on Monday, begins at noon on Tuesday and joint patrols follow later in the week."], "noon on Tuesday")  # fmt: skip
introduced(True, "announced on 2 April",
           ["On 2 April the ministry announced that the levy would apply to imported steel from 1 May."], "2 April")  # fmt: skip
introduced(True, "imposed from 10 June, no other day",
           ["The tariffs were imposed from 10 June, the commerce department said."], "10 June")  # fmt: skip
introduced(True, "unveiled on Tuesday",
           ["Brussels unveiled the package on Tuesday, and its bans apply starting 1 July."], "Tuesday")  # fmt: skip
introduced(True, "the reintroduction's day",
           ["March 3, 2025: Senators Lee and Park reintroduced the bill as S. 412.", "June 9, 2025: the Senate passed S. 412 by voice vote."],
           "March 3, 2025", bill=True)  # fmt: skip
introduced(True, "introduced on 3 March, passed later",
           ["The bill was introduced on 3 March by Deputy Ines Alves and passed its first reading on 9 June."],
           "3 March", bill=True)  # fmt: skip

# --- number-owner: must fail
count(False, "70 is the 2019 version's vote",
      "The Senate approved the treaty 88-10 on Thursday; a 2019 version had cleared the chamber 70-28.", "votes in favor", 70)  # fmt: skip
count(False, "277 is the previous bill's vote",
      "The assembly passed the budget 301-92 on Tuesday; the previous bill had passed 277-115 in a single sitting.", "votes in favor", 277)  # fmt: skip
count(False, "95 is the week before's count",
      "Police counted 40 arrests at the march, compared with the 95 arrests at last month's rally.", "arrests", 95, kind="events")  # fmt: skip
count(False, "three counts villages",
      "Inspectors found 12 bodies in three villages along the river.", "bodies found", 3, kind="events")  # fmt: skip
count(False, "seven counts countries",
      "The Treasury listed 45 companies from seven countries in its latest round of designations.", "companies listed", 7)  # fmt: skip
length(False, "21 is the 2022 truce's length, compared",
       "The 14-day ceasefire is shorter than the 21-day truce of 2022, diplomats noted.", 21)  # fmt: skip
length(False, "a month-long truce is 28 to 31 days: 30 is one reading",
       "The month-long truce ended without a single violation.", 30)  # fmt: skip
length(False, "the 45-day pause is compared: the new truce is longer",
       "The parties settled on a 60-day halt, longer than the 45-day pause the envoy had sought.", 45)  # fmt: skip
rate(False, "6 percent is already paid; the new duty adds 12",
     "Shippers already pay 6 percent on these parts; the new duty adds 12 percent.", 6)  # fmt: skip
rate(False, "4 percent is the levy in place; the additional tariff is 9",
     "Farmers currently face a 4 percent levy, while the additional tariff brings 9 percent more.", 4)  # fmt: skip
rate(False, "15 percent is where the increase starts",
     "The 15 percent duty will be increased to 30 percent in January, the finance ministry said.", 15)  # fmt: skip
count(False, "390 is an earlier draft's vote",
      "The House passed the measure 415-7 on Monday; an earlier draft had passed 390-12 in 2021.", "votes in favor", 390)  # fmt: skip
count(False, "four counts buildings",
      "Rescuers pulled 26 survivors from four collapsed buildings overnight.", "survivors", 4, kind="events")  # fmt: skip
length(False, "the 20-day lull is compared ('half as long as')",
       "The truce, at 10 days, is half as long as the 20-day lull of last summer.", 20)  # fmt: skip
rate(False, "3 percent is already owed; the new surcharge adds 5",
     "Buyers already owe 3 percent at the border, and the new surcharge adds another 5 percent.", 3)  # fmt: skip
rate(False, "12 percent is the levy to be raised",
     "Failing a deal, the 12 percent levy would be raised to 20 percent on 1 March.", 12)  # fmt: skip
rate(False, "8 percent is where the cut starts",
     "Under the plan the 8 percent tariff is to be lowered to 3 percent next year.", 8)  # fmt: skip

# --- number-owner: must pass
count(True, "88 is this vote",
      "The Senate approved the treaty 88-10 on Thursday; a 2019 version had cleared the chamber 70-28.", "votes in favor", 88)  # fmt: skip
count(True, "40 arrests at the march",
      "Police counted 40 arrests at the march, compared with the 95 arrests at last month's rally.", "arrests", 40, kind="events")  # fmt: skip
count(True, "12 bodies",
      "Inspectors found 12 bodies in three villages along the river.", "bodies found", 12, kind="events")  # fmt: skip
count(True, "more than 30 entities (a qualifier, no comparison)",
      "More than 30 entities in five countries were added to the list on Friday.", "entities added", 30, qualifier="more_than")  # fmt: skip
count(True, "the toll past 'from five weeks of shelling'",
      "Health officials put the death toll from five weeks of shelling at 212.", "dead", 212, kind="events")  # fmt: skip
count(True, "the toll past 'after three days of fighting'",
      "The death toll after three days of fighting reached 57, the ministry said.", "dead", 57, kind="events")  # fmt: skip
length(True, "the week-long ceasefire is 7 days",
       "The week-long ceasefire expired on Sunday after being extended once by two days.", 7)  # fmt: skip
length(True, "a fortnight-long pause is 14 days",
       "Their fortnight-long pause in the fighting ends on Monday.", 14)  # fmt: skip
length(True, "the 14-day truce, the one compared",
       "The 14-day ceasefire is shorter than the 21-day truce of 2022, diplomats noted.", 14)  # fmt: skip
rate(True, "the new duty adds 12 percent",
     "Shippers already pay 6 percent on these parts; the new duty adds 12 percent.", 12)  # fmt: skip
rate(True, "increased to 30 percent",
     "The 15 percent duty will be increased to 30 percent in January, the finance ministry said.", 30)  # fmt: skip
count(True, "415 is this vote",
      "The House passed the measure 415-7 on Monday; an earlier draft had passed 390-12 in 2021.", "votes in favor", 415)  # fmt: skip
count(True, "26 survivors",
      "Rescuers pulled 26 survivors from four collapsed buildings overnight.", "survivors", 26, kind="events")  # fmt: skip
rate(True, "raised to 20 percent",
     "Failing a deal, the 12 percent levy would be raised to 20 percent on 1 March.", 20)  # fmt: skip
rate(True, "the new surcharge adds 5 percent",
     "Buyers already owe 3 percent at the border, and the new surcharge adds another 5 percent.", 5)  # fmt: skip
rate(True, "a 25 percent tariff, no other number",
     "The government imposed a 25 percent tariff on imported steel, which already faces quotas.", 25)  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
