# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 42's days (``grounding_days42.jsonl``): value-support cases for a
day that a sentence gives to another occasion than the field's, by category, each with what
must pass and what must fail:

- ``plan-start-day``: a threatened or announced measure's own start ("an extra levy from
  March 1", "duties to take effect on July 4") is not the day it was introduced or announced
  when the sentence dates the threat or announcement itself; the threat's or announcement's
  day passes, and so does the day a person *said* he would impose a measure (saying it is
  announcing it);
- ``extension-day``: the day a truce was extended, renewed or stretched is not its start; the
  start passes;
- ``two-event-day``: a sentence with two occasions and two days gives each day to the
  occasion whose verb or noun governs it (a quake's day is not the day the truce it prompted
  ends; a joint statement's day is not the talks'); a day in another year than the value's
  never passes; the fact's own day passes, and so does one day shared by two joined stages
  of a bill ("was introduced and passed on May 14, the same afternoon").

Run ``python tests/data/make_days42_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or real bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_days42.jsonl")

built = SupportCases(
    "d42",
    leads=[
        "HANOI (Mekong Wire) -",
        "By Aurelio Bianchi | Adriatic Evening Post",
        "From the Andean Monitor's Quito desk.",
        "ACCRA, Ghana -",
        "Reported by our Baltic correspondent, Riga.",
        "ANALYSIS | The Prairie Ledger",
        "ISTANBUL (Bosphorus Daily) -",
    ],
)
PLAN, EXTEND, TWO = "plan-start-day", "extension-day", "two-event-day"
PUBLISHED = "2025-06-10"


def case(
    category: str, expect: bool, why: str, evidence: list[str], kind: str, field: str,
    value: Any, extra: dict[str, Any] | None = None,
) -> None:  # fmt: skip
    """A fact of ``kind`` whose ``field`` is ``value`` backed by ``evidence``, on a page of
    the evidence's paragraphs."""
    built.dated_fact(category, expect, why, evidence, kind, field, value, PUBLISHED, extra)


def measure(expect: bool, why: str, sentence: str, value: str, status: str = "threatened",
            category: str = PLAN) -> None:  # fmt: skip
    case(category, expect, why, [sentence], "sanctions", "introduced", value,
         {"instrument": "executive_action" if status != "passed_one_chamber" else "bill", "status": status})  # fmt: skip


def start(expect: bool, why: str, sentence: str, value: str, status: str = "in_effect") -> None:
    case(EXTEND, expect, why, [sentence], "ceasefires", "starts", value,
         {"kind": "humanitarian", "status": status})  # fmt: skip


def event(expect: bool, why: str, evidence: list[str], value: str, kind: str,
          description: str) -> None:  # fmt: skip
    case(TWO, expect, why, evidence, "events", "when", value,
         {"kind": kind, "description": description})  # fmt: skip


# --- plan-start-day
s = "On March 3, Finance Minister Tobias Lindqvist threatened a 40% levy on imported steel from April 15 unless talks resumed."
measure(False, "April 15 is the levy's start; the threat was on March 3", s, "April 15")
measure(True, "the threat was made on March 3", s, "On March 3")
s = "Ottawa announced on Tuesday a surtax of 25% on Chinese aluminium, to take effect on Oct. 1."
measure(False, "Oct. 1 is when the surtax takes effect", s, "Oct. 1", "announced")
measure(True, "the surtax was announced on Tuesday", s, "on Tuesday", "announced")
s = "Weeks earlier, on 12 February, the president had warned of duties of up to 60% on all car imports beginning 1 May."
measure(False, "1 May is the duties' start, not the warning's day", s, "1 May")
measure(True, "the warning came on 12 February", s, "12 February")
s = "The commerce ministry said on Friday it would impose anti-dumping duties on Korean polymers starting next Monday."
measure(False, "next Monday is when the duties start", s, "next Monday", "announced")
measure(
    True, "saying on Friday it would impose duties is announcing them", s, "on Friday", "announced"
)
s = "President Arce said on Wednesday he would double the export tax on soybeans, with the new rate applying from January 1."
measure(False, "January 1 is when the rate applies", s, "January 1", "announced")
measure(True, "he said on Wednesday he would double the tax", s, "on Wednesday", "announced")
s = "Premier Okonjo told parliament on Monday that her government will raise the import levy on rice to 35%, effective July 1."
measure(False, "July 1 is when the levy rises", s, "July 1", "announced")
measure(True, "she announced it to parliament on Monday", s, "on Monday", "announced")
s = "In a post on Sunday, Trump vowed a 50% tariff on European wine that he said would kick in on June 9."
measure(False, "June 9 is when the tariff would kick in", s, "June 9")
measure(True, "the vow was posted on Sunday", s, "on Sunday")
s = "Brussels on 3 July unveiled provisional duties on Chinese electric bicycles, which will apply as of 5 August."
measure(False, "5 August is when the duties apply", s, "5 August", "announced")
measure(True, "the duties were unveiled on 3 July", s, "3 July", "announced")
s = "Canberra's trade minister, Priya Sandhu, said on Thursday that Australia would slap a 15% charge on imported solar panels from the start of next month."
measure(
    True,
    "saying on Thursday that Australia would slap a charge announces it",
    s,
    "on Thursday",
    "announced",
)
s = "Mexico's economy ministry threatened on Aug. 2 to levy retaliatory tariffs from Sept. 1 if Washington did not lift its own."
measure(False, "Sept. 1 is the tariffs' start; the threat was on Aug. 2", s, "Sept. 1")
measure(True, "the threat was on Aug. 2", s, "Aug. 2")
s = "The tariff, which President Varga first floated on 9 May, was imposed on 2 June."
measure(True, "it was imposed on 2 June", s, "2 June", "imposed")
s = "Seoul said on Tuesday that a 20% safeguard duty imposed in March would stay in place for another year."
measure(
    False,
    "saying on Tuesday that a duty imposed in March stays is no announcement of it",
    s,
    "on Tuesday",
    "imposed",
)
s = "The export duties were imposed from 1 March, the finance ministry in Jakarta said."
measure(True, "a measure already made: imposed from 1 March is its day", s, "1 March", "imposed")
s = "Lima's cabinet approved the fuel levy at a late session on Thursday."
measure(True, "the levy was approved on Thursday", s, "on Thursday", "imposed")
s = "Speaking on Saturday, Chancellor Weber said Berlin would introduce a digital services tax, to be collected from 2027."
measure(True, "he said on Saturday Berlin would introduce it", s, "on Saturday", "announced")
s = "The Senate bill on fentanyl precursors was introduced in the chamber and passed there by voice vote on April 9, the same day."
measure(True, "one day for both joined stages: 'the same day'", s, "April 9", "passed_one_chamber")
s = "Rep. Dana Whitfield's measure was introduced on Feb. 4 and passed the House on March 18."
measure(
    False,
    "March 18 is the passage; the introduction was on Feb. 4",
    s,
    "March 18",
    "passed_one_chamber",
)
measure(True, "it was introduced on Feb. 4", s, "Feb. 4", "passed_one_chamber")
s = "The sanctions bill was tabled and adopted by the Saeima on 11 November, within hours."
measure(True, "tabled and adopted the same day", s, "11 November", "passed_one_chamber")

# --- extension-day
s = "The army began a 10-day humanitarian pause on May 2, which it then extended to May 22 on May 11."
start(False, "May 11 is the extension's day", s, "May 11")
start(True, "the pause began on May 2", s, "May 2")
s = "The rebels' truce, which started on 4 January, was prolonged on Friday until the end of the month."
start(False, "Friday is the day it was prolonged", s, "on Friday")
start(True, "it started on 4 January", s, "4 January")
s = "On Wednesday the junta renewed the ceasefire it first declared on 2 April, now running until 31 May."
start(False, "Wednesday is the renewal", s, "On Wednesday")
start(True, "first declared on 2 April", s, "2 April")
s = "Mediators said the truce, in force since July 7, had been stretched on July 20 for another fortnight."
start(False, "July 20 is when it was stretched", s, "July 20")
start(True, "in force since July 7", s, "July 7")
s = "The government lengthened the Christmas ceasefire on Dec. 30; it had taken hold on Dec. 24."
start(False, "Dec. 30 is when it was lengthened", s, "Dec. 30")
start(True, "it took hold on Dec. 24", s, "Dec. 24")
s = "A two-week lull that took effect on 9 March was renewed by both sides on 23 March."
start(False, "23 March is the renewal", s, "23 March")
start(True, "it took effect on 9 March", s, "9 March")
s = "On Sunday, the two militias agreed to extend by a week the cessation of hostilities that began on Monday."
start(False, "Sunday is the agreement to extend", s, "On Sunday")
start(True, "it began on Monday", s, "on Monday")
s = "The truce was rolled over on August 14 for a further month, its commander said; it had started on July 15."
start(False, "August 14 is when it was rolled over", s, "August 14")
start(True, "it started on July 15", s, "July 15")
s = "The humanitarian truce will begin on Saturday, the army said on Thursday."
start(True, "it begins on Saturday", s, "on Saturday", "agreed")
start(False, "Thursday is when the army spoke", s, "on Thursday", "agreed")
s = "The ceasefire took effect at midnight on 14 June and was extended on 28 June by another fortnight."
start(True, "it took effect on 14 June", s, "14 June")
start(False, "28 June is the extension", s, "28 June")

# --- two-event-day
q = [
    "The 6.9-magnitude earthquake that struck Cebu on September 30 killed at least 70 people.",
    "Rebels declared a pause in fighting after the quake on September 30 that will last until October 21.",
]
event(False, "October 21 is when the pause ends", q, "October 21", "other", "earthquake in Cebu")
event(True, "the quake struck on September 30", q, "September 30", "other", "earthquake in Cebu")
q = [
    "Floods swept the Sindh valley on 2 August, and the government's emergency truce with the tribes expires on 30 August."
]
event(False, "30 August is when the truce expires", q, "30 August", "other", "floods in Sindh")
event(True, "the floods came on 2 August", q, "2 August", "other", "floods in Sindh")
q = [
    "The cyclone made landfall on Nov. 3; the two armies' truce, agreed on Nov. 5, runs to Dec. 1."
]
event(False, "Dec. 1 is the truce's end", q, "Dec. 1", "other", "cyclone landfall")
event(False, "Nov. 5 is the truce's agreement", q, "Nov. 5", "other", "cyclone landfall")
event(True, "landfall was on Nov. 3", q, "Nov. 3", "other", "cyclone landfall")
q = [
    "The two delegations held talks in Oslo on Tuesday and Wednesday, and issued a joint statement on Thursday."
]
event(False, "Thursday is the statement's day", q, "on Thursday", "talks", "talks in Oslo")
event(
    True,
    "the talks were on Tuesday and Wednesday",
    q,
    "on Tuesday and Wednesday",
    "talks",
    "talks in Oslo",
)
q = [
    "After two rounds of talks in Nairobi on 4 and 5 June, the envoys released a joint communique on 7 June."
]
event(False, "7 June is the communique's day", q, "7 June", "talks", "talks in Nairobi")
q = [
    "Negotiators met in Doha on Friday.",
    "In a joint statement on Sunday, they said they had agreed to meet again.",
]
event(
    False,
    "Sunday is the joint statement's day, not the talks'",
    q,
    "on Sunday",
    "talks",
    "talks in Doha",
)
event(True, "they met on Friday", q, "on Friday", "talks", "talks in Doha")
q = [
    "The landslide buried the village of Pemba on 14 January, and the search was called off on 19 January."
]
event(
    False,
    "19 January is when the search was called off",
    q,
    "19 January",
    "other",
    "landslide in Pemba",
)
event(True, "the landslide was on 14 January", q, "14 January", "other", "landslide in Pemba")
q = [
    "The fire at the Dunmore depot broke out on 5 March 2024, and the inquiry reported on 5 March 2025."
]
event(
    True,
    "the fire broke out on 5 March 2024",
    q,
    "5 March 2024",
    "other",
    "fire at the Dunmore depot",
)
q = ["The vote in the Riksdag took place on 4 October 2024."]
event(False, "the text has 2024, not 2023", q, "4 October 2023", "vote", "vote in the Riksdag")
event(True, "the vote was on 4 October 2024", q, "4 October 2024", "vote", "vote in the Riksdag")
q = ["12 June 2024: the tribunal heard the first witnesses."]
event(
    False, "the text has 2024, not 2025", q, "12 June 2025", "other", "the tribunal heard witnesses"
)
q = ["The avalanche hit the pass on Monday, and the highway reopened on Friday."]
event(True, "the avalanche was on Monday", q, "on Monday", "other", "avalanche on the pass")
event(False, "Friday is the reopening", q, "on Friday", "other", "avalanche on the pass")


def meeting(expect: bool, why: str, evidence: list[str], value: str, parties: list[str]) -> None:
    case(TWO, expect, why, evidence, "summits", "planned_timing", value,
         {"parties": parties, "status": "held"})  # fmt: skip


q = ["The two prime ministers met in Penang. Separately, on Tuesday, Anwar met Widodo in Johor."]
meeting(False, "Tuesday is Anwar's meeting with Widodo", q, "on Tuesday", ["Anwar", "Albanese"])
q = ["Macron and Scholz held talks at the Elysee.", "On Friday, Macron met with Meloni in Rome."]
meeting(False, "Friday is Macron's meeting with Meloni", q, "On Friday", ["Macron", "Scholz"])
q = ["Ruto hosted Museveni at State House.", "Later, on 3 May, Ruto met Kagame in Kigali."]
meeting(False, "3 May is Ruto's meeting with Kagame", q, "3 May", ["Ruto", "Museveni"])
q = ["Lula and Petro talked trade in Leticia.", "Lula met Boric in Santiago on Thursday."]
meeting(False, "Thursday is Lula's meeting with Boric", q, "on Thursday", ["Lula", "Petro"])
q = ["Separately, on Wednesday, Trump met Chinese President Xi Jinping in Busan."]
meeting(True, "the one met is a party", q, "on Wednesday", ["Trump", "Xi Jinping"])
q = ["On Monday, Modi met Japanese Prime Minister Ishiba in Tokyo."]
meeting(True, "Modi met Ishiba on Monday", q, "On Monday", ["Narendra Modi", "Shigeru Ishiba"])
q = ["Erdogan met him on Saturday, aides said."]
meeting(
    True, "a pronoun: the one met is not named otherwise", q, "on Saturday", ["Erdogan", "Aliyev"]
)
q = ["On Sunday, Biden met Xi in Lima."]
meeting(
    True,
    "parties given as countries: the names are not compared",
    q,
    "On Sunday",
    ["United States", "China"],
)
q = ["Ramaphosa met with Mnangagwa on 12 August in Harare."]
meeting(
    True,
    "the two parties met on 12 August",
    q,
    "12 August",
    ["Cyril Ramaphosa", "Emmerson Mnangagwa"],
)

q = ["Okafor met Ghanaian trade minister Kwame Asante on 8 May, his office said."]
meeting(
    True,
    "the one met is a party, with a title before his name",
    q,
    "8 May",
    ["Okafor", "Kwame Asante"],
)


# The one met must be named (session 19 review): a description says nothing of who it was.
for q, value in [
    (["Trump met the Chinese president on Thursday in Busan."], "on Thursday"),
    (["On Thursday, Trump met his Chinese counterpart in Busan."], "On Thursday"),
    (["Modi met the Russian leader on Monday in Moscow."], "on Monday"),
    (["Starmer met EU leaders on Monday in Brussels."], "on Monday"),
    (["Albanese met the Prime Minister of India on 4 March in Delhi."], "4 March"),
]:
    meeting(
        True,
        "the one met is described, not named: no other pair",
        q,
        value,
        ["Trump", "Xi"]
        if "Trump" in q[0]
        else ["Modi", "Putin"]
        if "Modi" in q[0]
        else ["Starmer", "von der Leyen"]
        if "Starmer" in q[0]
        else ["Albanese", "Modi"],
    )
q = ["The two presidents met in Busan. On Wednesday, Trump met Mr Xi's envoy Wang Yi."]
meeting(False, "the envoy met, not Xi ('Xi's' is his owner)", q, "On Wednesday", ["Trump", "Xi"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
