# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 48's occasions (``grounding_occasions48.jsonl``): value-support
cases for which of a sentence's two meetings a day belongs to, read from the stretch of the
sentence the fact's evidence quotes, by category, each with what must pass and what must
fail:

- ``quoted-occasion``: a sentence tells a meeting held and another still to come ("X met Y
  on Tuesday in Riyadh, and they will meet again on Friday in Jeddah"); a fact whose evidence
  quotes only the clause of the meeting held is that meeting, and the day in that clause is
  its own (passes); the same day for a fact quoting the whole sentence, or only the plan's
  clause, is refused (the role rules read it as an earlier meeting's);
- ``unquoted-occasion``: the planned meeting's day is refused for a fact whose evidence
  quotes only the clause of the meeting held (it is another occasion's), and passes for a
  fact quoting the plan's clause or the whole sentence.

Run ``python tests/data/make_occasions48_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_occasions48.jsonl")

built = SupportCases(
    "o48",
    leads=[
        "NAIROBI (Rift Valley Wire) -",
        "By Tomasz Wrobel | The Vistula Ledger",
        "Diplomatic Desk Weekly, issue 88.",
        "From the Hanoi bureau of the Pacific Observer.",
        "ANALYSIS | The Andean Courier",
        "Translated from the Arabic service of Radio Maghreb.",
    ],
)
QUOTED, UNQUOTED = "quoted-occasion", "unquoted-occasion"
PUBLISHED = "2025-03-05"  # a Wednesday

# (sentence, the held meeting's clause, its day, the plan's clause, the plan's day)
# fmt: off
PAIRS = [
    ("Presidents Halvorsen and Mbeki-Dlamini met on Tuesday in Gaborone, and will meet again on Friday in Windhoek.",
     "Presidents Halvorsen and Mbeki-Dlamini met on Tuesday in Gaborone", "Tuesday",
     "will meet again on Friday in Windhoek", "Friday"),
    ("The foreign ministers of Peru and Chile held talks in Arica on Monday and are due to reconvene in Tacna on Thursday.",
     "The foreign ministers of Peru and Chile held talks in Arica on Monday", "Monday",
     "are due to reconvene in Tacna on Thursday", "Thursday"),
    ("On Sunday, Prime Minister Anwar hosted President Prabowo in Putrajaya; the two leaders plan to meet again in Jakarta next month.",
     "On Sunday, Prime Minister Anwar hosted President Prabowo in Putrajaya", "Sunday",
     "the two leaders plan to meet again in Jakarta next month", "next month"),
    ("Xi Jinping received Lee Jae-myung in Beijing on 3 March, and a second summit is scheduled for 18 April in Seoul.",
     "Xi Jinping received Lee Jae-myung in Beijing on 3 March", "3 March",
     "a second summit is scheduled for 18 April in Seoul", "18 April"),
    ("Envoys of the two factions gathered in Doha on Saturday, with a further round set for Wednesday in Muscat.",
     "Envoys of the two factions gathered in Doha on Saturday", "Saturday",
     "a further round set for Wednesday in Muscat", "Wednesday"),
    ("The defence chiefs convened at the Ramstein base on 24 February and agreed to hold another session in Brussels on 10 March.",
     "The defence chiefs convened at the Ramstein base on 24 February", "24 February",
     "agreed to hold another session in Brussels on 10 March", "10 March"),
    ("Kagame and Tshisekedi sat down together in Luanda on Thursday; they are expected to resume talks in Nairobi on Monday.",
     "Kagame and Tshisekedi sat down together in Luanda on Thursday", "Thursday",
     "they are expected to resume talks in Nairobi on Monday", "Monday"),
    ("Chancellor Brandt-Weiss held talks with Premier Okonjo in Bonn on 2 June, and the pair will see each other again at the Lagos forum on 30 June.",
     "Chancellor Brandt-Weiss held talks with Premier Okonjo in Bonn on 2 June", "2 June",
     "the pair will see each other again at the Lagos forum on 30 June", "30 June"),
    ("Negotiators from both capitals conferred in Geneva on Friday, and another meeting is slated for Tuesday in Vienna.",
     "Negotiators from both capitals conferred in Geneva on Friday", "Friday",
     "another meeting is slated for Tuesday in Vienna", "Tuesday"),
    ("Nguyen Van Thanh and Somchai Rattanakul met in Vientiane on 11 January and will hold a second summit in Hanoi on 2 February.",
     "Nguyen Van Thanh and Somchai Rattanakul met in Vientiane on 11 January", "11 January",
     "will hold a second summit in Hanoi on 2 February", "2 February"),
    ("The rival delegations met face to face in Juba on Wednesday and will gather again in Addis Ababa on Sunday.",
     "The rival delegations met face to face in Juba on Wednesday", "Wednesday",
     "will gather again in Addis Ababa on Sunday", "Sunday"),
    ("Ministers Oyelaran and Petrescu talked for three hours in Bucharest on Monday, and are due back at the table in Abuja on 21 March.",
     "Ministers Oyelaran and Petrescu talked for three hours in Bucharest on Monday", "Monday",
     "are due back at the table in Abuja on 21 March", "21 March"),
]


def day(category: str, sentence: str, evidence: str, value: str, expect: bool, why: str) -> None:
    built.day(
        category, built.page(sentence), evidence, value, expect, why,
        path="summits[0].planned_timing", published=PUBLISHED,
    )  # fmt: skip


for sentence, held, held_day, plan, plan_day in PAIRS:
    assert held in sentence and plan in sentence and held_day in held and plan_day in plan
    day(QUOTED, sentence, held, held_day, True, "the held meeting its evidence quotes")
    day(QUOTED, sentence, plan, held_day, False, "the earlier meeting's, the fact quotes the plan")
    day(UNQUOTED, sentence, held, plan_day, False, "the next meeting's, the fact quotes the held")
    day(UNQUOTED, sentence, plan, plan_day, True, "the planned meeting its evidence quotes")
    day(UNQUOTED, sentence, sentence, plan_day, True, "the planned meeting of the whole sentence")

# Near-misses: one meeting only, a plan that is not a meeting, a fronted day, and the same
# reading across other word orders (category, sentence, quoted evidence, value, verdict, why).
# fmt: off
NEAR = [
    (QUOTED, "Ruto met Museveni on Monday in Entebbe, where they signed a border accord.",
     "Ruto met Museveni on Monday in Entebbe", "Monday", True, "one meeting, its own day"),
    (QUOTED, "Ruto met Museveni on Monday in Entebbe; their aides will publish a joint communique on Friday.",
     "Ruto met Museveni on Monday in Entebbe", "Monday", True, "the plan is a communique, not a meeting"),
    (QUOTED, "Albanese and Luxon met in Wellington on Tuesday, and officials said they would meet again before the year ends.",
     "Albanese and Luxon met in Wellington on Tuesday", "Tuesday", True, "the meeting held its evidence quotes"),
    (UNQUOTED, "On Friday, when the two leaders met in Rome, they agreed to meet again soon.",
     "the two leaders met in Rome", "Friday", True, "a fronted day dating the meeting quoted"),
    (UNQUOTED, "Ruto met Museveni in Entebbe, and later on Monday flew on to Kigali.",
     "Ruto met Museveni in Entebbe", "Monday", True, "'later' plans no meeting: the same day"),
    (UNQUOTED, "The summit will open in Cairo on Thursday, a week after the foreign ministers met there.",
     "The summit will open in Cairo on Thursday", "Thursday", True, "the summit quoted, its own day"),
    (UNQUOTED, "The summit will open in Cairo on Thursday, a week after the foreign ministers met there.",
     "a week after the foreign ministers met there", "Thursday", False, "the summit's day, the fact quotes the ministers' meeting"),
    (UNQUOTED, "Albanese and Luxon met in Wellington, and they will travel together to Suva on Tuesday for the forum.",
     "Albanese and Luxon met in Wellington", "Tuesday", False, "the forum's day, the fact quotes the Wellington meeting"),
    (UNQUOTED, "Officials confirmed that Sanchez would host Costa in Madrid on 9 May; the two had met in Lisbon in March.",
     "Officials confirmed that Sanchez would host Costa in Madrid on 9 May", "March", False, "the Lisbon meeting's month, the fact quotes the Madrid plan"),
]
# fmt: on
for category, sentence, evidence, value, expect, why in NEAR:
    day(category, sentence, evidence, value, expect, why)


# The fact's parties against the quoted clause (review s23d qo06, qo13): a held clause quoted
# for a fact whose parties the rest of the sentence names is another pair's meeting (the
# refusal stands); the same quote for the pair it names is the fact's own meeting.
# (sentence, quoted held clause, its day, the held pair, the planned pair)
PAIRED = [
    (
        "Ruto met Museveni on Tuesday, and Kagame will meet Museveni on Friday.",
        "Ruto met Museveni on Tuesday",
        "Tuesday",
        ["William Ruto", "Yoweri Museveni"],
        ["Paul Kagame", "Yoweri Museveni"],
    ),
    (
        "Rubio met Lavrov in Riyadh on Tuesday, and Witkoff will meet Putin in Moscow on Thursday.",
        "Rubio met Lavrov in Riyadh on Tuesday",
        "Tuesday",
        ["Marco Rubio", "Sergei Lavrov"],
        ["Steve Witkoff", "Vladimir Putin"],
    ),
    (
        "Erdogan met Aliyev in Baku on Monday, and Pashinyan will meet Aliyev in Abu Dhabi on Thursday.",
        "Erdogan met Aliyev in Baku on Monday",
        "Monday",
        ["Recep Tayyip Erdogan", "Ilham Aliyev"],
        ["Nikol Pashinyan", "Ilham Aliyev"],
    ),
    (
        "Sanchez sat down with Costa in Lisbon on Monday; Meloni will meet Costa in Rome on Friday.",
        "Sanchez sat down with Costa in Lisbon on Monday",
        "Monday",
        ["Pedro Sanchez", "Antonio Costa"],
        ["Giorgia Meloni", "Antonio Costa"],
    ),
    (
        "Lula met Petro in Bogota on Friday; Boric will meet Petro in Santiago on Wednesday.",
        "Lula met Petro in Bogota on Friday",
        "Friday",
        ["Luiz Inacio Lula da Silva", "Gustavo Petro"],
        ["Gabriel Boric", "Gustavo Petro"],
    ),
    (
        "Albanese held talks with Luxon in Wellington on Wednesday, and Marape is expected to meet Luxon in Port Moresby next Tuesday.",
        "Albanese held talks with Luxon in Wellington on Wednesday",
        "Wednesday",
        ["Anthony Albanese", "Christopher Luxon"],
        ["James Marape", "Christopher Luxon"],
    ),
]


def paired(
    sentence: str, evidence: str, value: str, parties: list[str], expect: bool, why: str
) -> None:
    assert evidence in sentence and value in evidence, evidence
    summit = {"parties": parties, "planned_timing": value, "evidence": [evidence]}
    facts = {"article": {**ARTICLE, "published": PUBLISHED}, "summits": [summit]}
    built.add(
        QUOTED,
        expect,
        f"{value!r}: {why}",
        built.page(sentence),
        facts,
        "summits[0].planned_timing",
    )


for sentence, held, held_day, held_pair, plan_pair in PAIRED:
    paired(sentence, held, held_day, held_pair, True, "the held pair's meeting its evidence quotes")
    paired(sentence, held, held_day, plan_pair, False, "the quote tells another pair's meeting")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
