# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 45's days (``grounding_days45.jsonl``): value-support cases for a
day in a sentence with several occasions, by category, each with what must pass and what must
fail:

- ``reduced-fighting``: a word of fighting governed by a noun that lowers or stops it ("a
  reduction in violence", "a lull in the shelling", "a cessation of hostilities") names the
  truce, not fighting that broke out: its day is the truce's start; a day of fighting that
  flared or resumed is still refused;
- ``said-determiner``: "the said summits" ("the aforesaid talks") in agency and legal copy is a
  determiner, not a saying: the day the clause gives to a meeting passes; a day a body said
  something on is still no meeting's day;
- ``began-with``: "a fight that began in July with a 25 percent tariff" dates the measure the
  beginning is made with: its day is the measure's introduction; a beginning made with
  something else ("began in May with talks; duties followed in June") is not the measure's;
- ``agreed-at-meeting``: a day given to an agreement, signing or announcement made at a
  meeting the same clause names ("agreed on Tuesday ..., as Biden sat down with ...", "signed
  on Friday at a summit in Lima") is the meeting's day too; an agreement dated apart from a
  meeting ("agreed on Tuesday, a week before the summit") is not.

Run ``python tests/data/make_days45_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or real bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_days45.jsonl")

built = SupportCases(
    "d45",
    leads=[
        "NAIROBI (Rift Valley Wire) -",
        "By Henrike Solberg | The Fjord Courier",
        "From our correspondent in Montevideo.",
        "DHAKA, Bangladesh -",
        "LIVE | The Danube Observer, updated 14:05",
        "Translated from the Sinhala service of the Lanka Herald.",
        "OPINION | The Cascadia Review",
    ],
)
REDUCED, SAID, BEGAN, AGREED = (
    "reduced-fighting", "said-determiner", "began-with", "agreed-at-meeting",
)  # fmt: skip
PUBLISHED = "2025-09-18"


def case(
    category: str, expect: bool, why: str, evidence: list[str], kind: str, field: str,
    value: Any, extra: dict[str, Any] | None = None,
) -> None:  # fmt: skip
    """A fact of ``kind`` whose ``field`` is ``value`` backed by ``evidence``, on a page of
    the evidence's paragraphs."""
    built.dated_fact(category, expect, why, evidence, kind, field, value, PUBLISHED, extra)


def start(expect: bool, why: str, sentence: str, value: str) -> None:
    case(REDUCED, expect, why, [sentence], "ceasefires", "starts", value,
         {"kind": "other", "status": "in_effect"})  # fmt: skip


def meeting(category: str, expect: bool, why: str, sentence: str, value: str,
            status: str = "held") -> None:  # fmt: skip
    case(category, expect, why, [sentence], "summits", "planned_timing", value,
         {"status": status})  # fmt: skip


def measure(expect: bool, why: str, sentence: str, value: str) -> None:
    case(BEGAN, expect, why, [sentence], "sanctions", "introduced", value,
         {"instrument": "executive_action", "status": "imposed"})  # fmt: skip


# --- reduced-fighting
s = 'A week-long "reduction in violence" began on March 4, officials in Kandahar said.'
start(True, "the reduction in violence is the truce that began", s, "on March 4")
s = "A lull in the shelling took hold at dawn on Sunday and held through the evening, residents said."
start(True, "the lull in shelling is what took hold", s, "at dawn on Sunday")
s = "The cessation of hostilities came into force on 2 June after weeks of talks in Addis Ababa."
start(True, "the cessation of hostilities came into force", s, "on 2 June")
s = "A 72-hour pause in the fighting started at 6 a.m. on Friday, the UN mission said."
start(True, "the pause in fighting started", s, "at 6 a.m. on Friday")
s = "A sharp drop in clashes began on 11 November, when both commanders ordered their men back to barracks."
start(True, "the drop in clashes is the de facto truce", s, "on 11 November")
s = "The halt to air strikes took effect at midnight on Tuesday, according to the defence ministry."
start(True, "the halt to air strikes took effect", s, "at midnight on Tuesday")
s = "On Saturday, a de-escalation of the violence in the two provinces began, as agreed in Doha."
start(True, "the de-escalation began on Saturday", s, "On Saturday")
s = "An easing of hostilities along the river started on 19 April, a spokeswoman for the monitors said."
start(True, "the easing of hostilities started", s, "on 19 April")
s = "A suspension of attacks on power plants began on Monday, Kyiv and Moscow both confirmed."
start(True, "the suspension of attacks began", s, "on Monday")
s = "The freeze in fighting around the airport began on 8 August and was still holding a week later."
start(True, "the freeze in fighting began", s, "on 8 August")
s = "A lull in the fighting began on 3 May, but violence broke out again on 9 May in the north."
start(False, "violence broke out on 9 May; the lull began on 3 May", s, "on 9 May")
start(True, "the lull began on 3 May", s, "on 3 May")
s = "Clashes erupted on Sunday, a day after a pause in hostilities began in the border districts."
start(False, "Sunday is when clashes erupted", s, "on Sunday")
s = "Fighting flared again on 14 October, two weeks after a reduction in violence had started."
start(False, "14 October is when fighting flared", s, "on 14 October")
s = "Shelling resumed on Thursday, ending a brief lull that had started on Monday."
start(False, "Thursday is when shelling resumed", s, "on Thursday")
start(True, "the lull started on Monday", s, "on Monday")
s = "Violence erupted on 2 January in the capital; a cessation of hostilities began only on 20 January."
start(False, "2 January is when violence erupted", s, "on 2 January")
start(True, "the cessation began on 20 January", s, "on 20 January")
s = "The halt to air strikes ended on Wednesday, when fighting broke out near the dam."
start(False, "Wednesday is the halt's end and the fighting's outbreak", s, "on Wednesday")
s = "Hostilities broke out again at dawn on Friday despite the drop in clashes that began last month."
start(False, "dawn on Friday is when hostilities broke out", s, "at dawn on Friday")

s = "A drop in clashes began on 6 June; the shelling erupted anew on 12 June around the port."
start(False, "12 June is when the shelling erupted", s, "on 12 June")
s = "Fighting broke out again on Saturday, a week after a suspension of attacks had taken hold."
start(False, "Saturday is when fighting broke out", s, "on Saturday")
s = "The offensive began on 1 March, long before any easing of hostilities was agreed."
start(False, "1 March is the offensive's start", s, "on 1 March")

# --- said-determiner
s = "Prior to the said talks, on Friday, the first Egypt-Indonesia summit was held by the two presidents at the Ittihadiya Palace."
meeting(
    SAID, True, "the summit was held on Friday; 'the said talks' is a determiner", s, "on Friday"
)
s = "On the sidelines of the said forum, on 12 March, a bilateral meeting was held between the two premiers."
meeting(SAID, True, "the bilateral meeting was held on 12 March", s, "on 12 March")
s = "Before the aforesaid conference, on Monday, the foreign ministers held their own session in Jakarta."
meeting(SAID, True, "the ministers' session was on Monday", s, "on Monday")
s = "During the said visit, on Wednesday, President Lula met Prime Minister Modi at Hyderabad House."
meeting(SAID, True, "the meeting was on Wednesday", s, "on Wednesday")
s = "After the said ceremony, on 5 July, the leaders sat down for talks that lasted three hours."
meeting(SAID, True, "the talks were on 5 July", s, "on 5 July")
s = "Within the framework of the said mechanism, on Tuesday, the third round of strategic dialogue was held in Hanoi."
meeting(SAID, True, "the round was held on Tuesday", s, "on Tuesday")
s = "Ahead of the said summit, on Sunday, the two sides' sherpas met in Riyadh to finish the text."
meeting(SAID, True, "the sherpas met on Sunday", s, "on Sunday")
s = "In line with the said agreement, on 21 October, a joint commission meeting was convened in Tashkent."
meeting(SAID, True, "the commission met on 21 October", s, "on 21 October")
s = "Following the said consultations, on Thursday, the China-GCC summit was held at the King Abdulaziz Conference Centre."
meeting(SAID, True, "the summit was held on Thursday", s, "on Thursday")
s = "As part of the said tour, on 30 April, Premier Tanaka held talks with President Kagame in Kigali."
meeting(SAID, True, "the talks were held on 30 April", s, "on 30 April")
s = "The foreign ministry said on Friday that the first Egypt-Indonesia summit would be held next month."
meeting(SAID, False, "Friday is when the ministry spoke", s, "on Friday", "scheduled")
s = "Xinhua said on 12 March that a bilateral meeting between the two premiers was being prepared."
meeting(SAID, False, "12 March is when Xinhua reported", s, "on 12 March", "scheduled")
s = "A spokesman told reporters on Monday that the foreign ministers would hold a session in Jakarta soon."
meeting(SAID, False, "Monday is when the spokesman spoke", s, "on Monday", "scheduled")
s = "The said visit was confirmed by the palace on Wednesday, and President Lula will meet Prime Minister Modi next month."
meeting(
    SAID,
    False,
    "Wednesday is the confirmation's day; the meeting is next month",
    s,
    "on Wednesday",
    "scheduled",
)
s = "State media reported on 5 July that the leaders had agreed to sit down for talks later in the year."
meeting(SAID, False, "5 July is the report's day", s, "on 5 July", "scheduled")
s = "The said mechanism was announced on Tuesday, and its first round of dialogue will be held in Hanoi in December."
meeting(SAID, False, "Tuesday is the mechanism's announcement", s, "on Tuesday", "scheduled")
s = "Officials said on Sunday that the said summit would take place in Riyadh before the end of the year."
meeting(SAID, False, "Sunday is when officials spoke", s, "on Sunday", "scheduled")
s = "The ministry stated on 21 October that the said commission would be convened in Tashkent at a later date."
meeting(SAID, False, "21 October is the statement's day", s, "on 21 October", "scheduled")
s = "The palace confirmed on Thursday that the said summit would be held at the conference centre next week."
meeting(SAID, False, "Thursday is the confirmation's day", s, "on Thursday", "scheduled")
s = "The said tour was announced on 30 April; talks with President Kagame are planned for June."
meeting(SAID, False, "30 April is the announcement's day", s, "on 30 April", "scheduled")

# --- began-with
s = "It is a fight that began in July with a 25 percent tariff on $34 billion of goods."
measure(True, "the fight began in July with the tariff: the tariff came in July", s, "in July")
s = "The trade war started in March 2018 with duties on steel and aluminium, and it has only widened since."
measure(True, "the war started with the duties in March 2018", s, "in March 2018")
s = "Ottawa's campaign opened on 1 July with a surtax on American whiskey."
measure(True, "the campaign opened with the surtax on 1 July", s, "on 1 July")
s = "The dispute kicked off last spring with an export ban on rare earths, Beijing's first move."
measure(True, "the dispute kicked off with the ban last spring", s, "last spring")
s = "What began in 2019 with a levy on French cheese has become a full-blown trade conflict."
measure(True, "the levy is what began it in 2019", s, "in 2019")
s = "The squeeze on Minsk began in June with an embargo on potash, the column notes."
measure(True, "the squeeze began with the embargo in June", s, "in June")
s = "The retaliation started on Monday with tariffs of 10 percent on soybeans and pork."
measure(True, "the retaliation started with the tariffs on Monday", s, "on Monday")
s = "The tit-for-tat commenced in February with a 15 percent duty on Australian wine and is now in its second year."
measure(True, "the duty commenced the tit-for-tat in February", s, "in February")
s = "The crackdown got under way in April with sanctions on three state banks."
measure(True, "the crackdown got under way with the sanctions in April", s, "in April")
s = "The pressure campaign began in September with a freeze on central bank assets."
measure(True, "the freeze began the campaign in September", s, "in September")
s = "The quarrel began in May with a diplomatic protest; the 20 percent tariff followed in June."
measure(False, "May is the protest's month; the tariff came in June", s, "in May")
measure(True, "the tariff followed in June", s, "in June")
s = "The standoff started in January with talks in Geneva, and duties on steel came only in April."
measure(False, "January is the talks' month", s, "in January")
s = "The dispute began on 3 March with a warning from Washington, before a 30 percent tariff on 1 April."
measure(False, "3 March is the warning's day", s, "on 3 March")
s = "The row opened on 4 March with an investigation into dumping; the levy on cheese came in May."
measure(False, "4 March is the investigation's day", s, "on 4 March")
s = "The campaign started on Monday with a round of consultations, and an embargo on potash followed on Friday."
measure(False, "Monday is the consultations' day", s, "on Monday")
s = "The conflict began in October with seized cargo ships; retaliatory tariffs were imposed in December."
measure(False, "October is the seizures'", s, "in October")
s = "The squeeze began in June with threats, and the embargo itself was announced in August."
measure(False, "June is the threats'", s, "in June")

s = "The feud began on 2 May with a diplomatic note, and a 10 percent levy on timber was imposed on 30 May."
measure(False, "2 May is the note's day", s, "on 2 May")
s = "The squeeze started on 14 January with consultations in Brussels before duties on fertiliser followed."
measure(False, "14 January is the consultations' day", s, "on 14 January")
s = "The standoff opened on 9 September with a naval incident; an embargo on fuel came weeks later."
measure(False, "9 September is the incident's day", s, "on 9 September")

# --- agreed-at-meeting
s = "The two governments agreed on Tuesday to suspend their steel duties for three years, a deal struck as Prime Minister Ishiba sat down with President Lee in Seoul."
meeting(AGREED, True, "the deal was struck at the sit-down on Tuesday", s, "on Tuesday")
s = "Kenya and Tanzania signed a border accord on Friday at a summit of East African leaders in Arusha."
meeting(AGREED, True, "the accord was signed at the summit on Friday", s, "on Friday")
s = "The bloc announced the package on 14 May, on the sidelines of its summit in Tirana."
meeting(AGREED, True, "the announcement was made at the summit on 14 May", s, "on 14 May")
s = "On Thursday, Lula and Macron reached an agreement on the Amazon fund during talks at the Elysee."
meeting(AGREED, True, "the agreement came during Thursday's talks", s, "On Thursday")
s = "Both leaders agreed on 9 June, when they met in Ottawa, to lift the tariffs by the end of the year."
meeting(AGREED, True, "they met on 9 June", s, "on 9 June")
s = "Vietnam and the Philippines struck the fisheries pact on Wednesday while their presidents met in Manila."
meeting(AGREED, True, "the pact was struck while they met on Wednesday", s, "on Wednesday")
s = "The ministers signed the declaration at their meeting in Lusaka on 2 October."
meeting(AGREED, True, "the signing was at the 2 October meeting", s, "on 2 October")
s = "Argentina and Chile agreed on Monday to reopen the pass, in a meeting of their foreign ministers in Mendoza."
meeting(AGREED, True, "the agreement was in Monday's meeting", s, "on Monday")
s = "On 27 August, at a summit in Tianjin, the leaders signed a joint statement on energy."
meeting(AGREED, True, "the summit was on 27 August", s, "On 27 August")
s = "Norway and Iceland agreed on Saturday, as their prime ministers held talks in Reykjavik, to share the cod quota."
meeting(AGREED, True, "the talks were on Saturday", s, "on Saturday")
s = "The two governments agreed on Tuesday to suspend their steel duties, a week before President Lee sits down with Prime Minister Ishiba in Seoul."
meeting(
    AGREED,
    False,
    "Tuesday is the agreement; the sit-down is a week later",
    s,
    "on Tuesday",
    "scheduled",
)
s = "Kenya and Tanzania signed a border accord on Friday, ahead of a summit of East African leaders in Arusha next month."
meeting(AGREED, False, "the summit is next month", s, "on Friday", "scheduled")
s = "The bloc announced the package on 14 May and will present it at its summit in Tirana in June."
meeting(
    AGREED, False, "14 May is the announcement; the summit is in June", s, "on 14 May", "scheduled"
)
s = "Lula and Macron reached an agreement on the Amazon fund on Thursday, days after talks at the Elysee."
meeting(AGREED, False, "the talks were days before Thursday", s, "on Thursday")
s = "Both leaders agreed by telephone on 9 June to lift the tariffs, and they will meet in Ottawa in July."
meeting(
    AGREED,
    False,
    "9 June is a phone agreement; the meeting is in July",
    s,
    "on 9 June",
    "scheduled",
)
s = "Vietnam and the Philippines struck the fisheries pact on Wednesday; their presidents are to meet in Manila in the new year."
meeting(AGREED, False, "the meeting is in the new year", s, "on Wednesday", "scheduled")
s = "The ministers signed the declaration on 2 October, a month after their meeting in Lusaka."
meeting(AGREED, False, "the meeting was a month earlier", s, "on 2 October")
s = "Argentina and Chile agreed on Monday to reopen the pass, following a meeting of their foreign ministers in Mendoza last week."
meeting(AGREED, False, "the meeting was last week", s, "on Monday")
s = "On 27 August the leaders signed a joint statement on energy, before a summit in Tianjin the next day."
meeting(AGREED, False, "the summit was the next day", s, "On 27 August")
s = "Norway and Iceland agreed on Saturday to share the cod quota; their prime ministers will hold talks in Reykjavik later this month."
meeting(AGREED, False, "the talks are later this month", s, "on Saturday", "scheduled")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
