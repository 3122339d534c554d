# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the third red-team set (``grounding_redteam3.jsonl``): value-support cases for the
ways news attributes quotes, names publishers and states counts that the gold articles showed
the first rules missed, by category, each with what must pass and what must fail.

Run ``python tests/data/make_support_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people); each case's verdict is what a careful
fact-checker reads in the text, decided when the case was written, never by running the code.
Cases run like the other red-team sets (``tests/grounding_cases.py``): ``check: support``
grounds ``facts`` in ``text`` and asks whether the value at ``path`` is supported.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_redteam3.jsonl")

built = SupportCases("rt3")
add, quote, count = built.add, built.quote, built.count


# --- speakers: a coordinated speech verb ("... and said") ----------------------------------

COORD = """Treasury weighs next step on shipping firms

Treasury Secretary Maria Olsen framed the new listings as a reply to months of stalling and said "we are ready to go further if Moscow does not move." Her deputy, Tom Reyes, declined to comment.

Senator Paul Kettering blamed the delay on "procedural games" and then said the floor vote "will happen this month." Majority Leader Harriet Vance had promised a vote in June.

Kettering met Vance on Tuesday, and Vance later said the bill "is not a priority before the recess."

Olsen signed the order after Reyes objected and said "this will hurt our own exporters."

Reyes, who had argued for a delay, toured the port and told reporters: "Nobody asked the harbour workers."
"""
quote("speaker-coordinated", COORD, "we are ready to go further if Moscow does not move",
      ["Maria Olsen", "Olsen"], ["Tom Reyes", "Paul Kettering"])  # fmt: skip
quote("speaker-coordinated", COORD, "procedural games", ["Paul Kettering"], ["Harriet Vance"])
quote("speaker-coordinated", COORD, "will happen this month.", ["Paul Kettering"],
      ["Harriet Vance", "Maria Olsen"])  # fmt: skip
quote("speaker-coordinated", COORD, "is not a priority before the recess.", ["Harriet Vance"],
      ["Paul Kettering"])  # fmt: skip
quote("speaker-coordinated", COORD, "this will hurt our own exporters.", ["Tom Reyes"],
      ["Maria Olsen"])  # fmt: skip
quote("speaker-coordinated", COORD, "Nobody asked the harbour workers.", ["Tom Reyes"],
      ["Maria Olsen"])  # fmt: skip

# --- speakers: introduced by a colon, a label, or someone's words ---------------------------

COLON = """Lindqvist: tariff plan "too little, too late"

Senator Amy Brandt praised the deal on social media: "A good day for Ohio farmers." Joe Lin, her Democratic rival, stayed silent.

Brandt, in Warsaw for a security forum, on the tariff plan: "It buys time and nothing else."

Foreign Minister Hakan Demir's verdict: "No deal without guarantees." His ministry responded, in Demir's words, "with open eyes."

Brandt's office released a list of demands: "Full access for inspectors."

Kettering read out a letter from Vance: "We need more time before any vote."

14:10
Finance Minister Ola Berg, at a press conference in Oslo: "We will match the American measures."

As he left the chamber, Demir offered a parting line: "See you in Ankara."
"""
quote("speaker-colon", COLON, "too little, too late", ["Erik Lindqvist", "Lindqvist"],
      ["Amy Brandt"])  # fmt: skip
quote("speaker-colon", COLON, "A good day for Ohio farmers.", ["Amy Brandt"], ["Joe Lin"])
quote("speaker-colon", COLON, "It buys time and nothing else.", ["Amy Brandt"], ["Joe Lin"])
quote("speaker-colon", COLON, "No deal without guarantees.", ["Hakan Demir"], ["Amy Brandt"])
quote("speaker-colon", COLON, "with open eyes.", ["Hakan Demir"], ["Amy Brandt"])
quote("speaker-colon", COLON, "Full access for inspectors.", [], ["Amy Brandt"])
quote("speaker-colon", COLON, "We need more time before any vote.", ["Harriet Vance"],
      ["Paul Kettering"])  # fmt: skip
quote("speaker-colon", COLON, "We will match the American measures.", ["Ola Berg"],
      ["Hakan Demir"])  # fmt: skip
quote("speaker-colon", COLON, "See you in Ankara.", ["Hakan Demir"], ["Ola Berg"])

# --- speakers: quoted as saying, citing a source ---------------------------------------------

QUOTED = """Drills go ahead despite talks

The state news agency quoted the defence minister, Pavel Orlov, as saying the drills "will continue as planned."

Orlov was quoted by local media as saying that "no exercises were cancelled."

The agency also quoted Orlov's spokesman as saying the navy "is on routine patrol."

Reuters, citing two officials familiar with the talks, reported that the draft was "nearly done."

Kremlin aide Yuri Sokol, quoting the president, told a briefing the offer "remains on the table."
"""
quote("speaker-quoted-as", QUOTED, "will continue as planned.", ["Pavel Orlov"],
      ["the state news agency"])  # fmt: skip
quote("speaker-quoted-as", QUOTED, "no exercises were cancelled.", ["Pavel Orlov"],
      ["local media"])  # fmt: skip
quote("speaker-quoted-as", QUOTED, "is on routine patrol.", [], ["Pavel Orlov"])
quote("speaker-quoted-as", QUOTED, "nearly done.", ["two officials familiar with the talks"],
      ["Reuters"])  # fmt: skip
quote("speaker-quoted-as", QUOTED, "remains on the table.", [], ["Yuri Sokol", "Pavel Orlov"])

# --- speakers: a title standing for a person -------------------------------------------------

TITLE = """Duarte signs decree as neighbours protest

President Ana Duarte signed the grain decree on Monday, days after Russian President Oleg Markov called it "a provocation."

Farm groups welcomed it. Exporters were split.

"We will not back down," the President said in a televised address.

Chancellor Greta Lind said the decree was lawful. "It is a sovereign choice," the Chancellor posted later.
"""
quote("speaker-title", TITLE, "We will not back down", ["Ana Duarte"], ["Oleg Markov"])
quote("speaker-title", TITLE, "It is a sovereign choice", ["Greta Lind"], ["Ana Duarte"])
quote("speaker-title", TITLE, "a provocation.", ["Oleg Markov"], ["Ana Duarte"])

TWO_PRESIDENTS = """Border talks end without a deal

President Ana Duarte met President Luis Mora of the neighbouring republic at the border post.

The meeting lasted three hours. Aides on both sides called it tense.

"We will not back down," the President said afterwards.
"""
quote("speaker-title", TWO_PRESIDENTS, "We will not back down", [], ["Ana Duarte", "Luis Mora"])

QUOTED_TITLE = """Markov defends drills

"President Duarte has chosen confrontation," a Kremlin statement read.

Russian President Oleg Markov opened the drills on Friday. Observers counted forty ships.

"Our fleet answers no one," the President said.
"""
quote("speaker-title", QUOTED_TITLE, "Our fleet answers no one", ["Oleg Markov"],
      ["Ana Duarte"])  # fmt: skip

# --- speakers: pronouns and descriptions reading back ---------------------------------------

CHAIN = """Kharkiv strike: what we know

12:05
Governor Oleh Tkach says two people were killed and nine injured. All the children were sheltered in time, he says, though two are in shock; the school director says the building is unsafe. "There is no excuse for hitting a school," he wrote.

12:40
President Ivan Koval, with Governor Tkach beside him at the site, confirms the toll: "Two lives lost for nothing." He added: "We will rebuild by spring."

13:15
Koval took no questions. He also said the air defence "worked as well as it could."

13:30
In his evening message, acting mayor Lidia Sorokina wrote that water was back. "The city is standing," she wrote.

13:45
At the time of the strike, an aide to Koval told reporters: "The president was in a meeting."

14:00
Tkach spoke first. Koval then took the podium. "We are done waiting," he said.

14:20
Which systems failed? He would not say. Two "serious gaps" remain, he told a local channel afterwards.
"""
quote("speaker-chain", CHAIN, "There is no excuse for hitting a school", ["Oleh Tkach"],
      ["Ivan Koval"])  # fmt: skip
quote("speaker-chain", CHAIN, "Two lives lost for nothing.", ["Ivan Koval"], ["Oleh Tkach"])
quote("speaker-chain", CHAIN, "We will rebuild by spring.", ["Ivan Koval"], ["Oleh Tkach"])
quote("speaker-chain", CHAIN, "worked as well as it could.", ["Ivan Koval"], ["Oleh Tkach"])
quote("speaker-chain", CHAIN, "The city is standing", ["Lidia Sorokina"], ["Ivan Koval"])
quote("speaker-chain", CHAIN, "The president was in a meeting.", ["an aide to Koval"],
      ["Ivan Koval"])  # fmt: skip
quote("speaker-chain", CHAIN, "We are done waiting", ["Ivan Koval"], ["Oleh Tkach"])
quote("speaker-chain", CHAIN, "serious gaps", ["Ivan Koval"], ["Oleh Tkach", "Lidia Sorokina"])

# --- speakers: the sentence after the quote attributes it ------------------------------------

FORWARD = """After the talks

"No deal until there is a deal." That was Foreign Minister Hakan Demir's summary after five hours with his Greek counterpart, Nikos Pappas.

"Progress, but slow." That was not how Pappas saw it, aides said later.

"The door is open." So said Pappas, hours later, in Athens.
"""
quote("speaker-forward", FORWARD, "No deal until there is a deal.", ["Hakan Demir"],
      ["Nikos Pappas"])  # fmt: skip
quote("speaker-forward", FORWARD, "Progress, but slow.", [], ["Nikos Pappas"])
quote("speaker-forward", FORWARD, "The door is open.", ["Nikos Pappas"], ["Hakan Demir"])

# --- speakers: quoted words that also stand in the reporter's narration ---------------------

ELSEWHERE = """Summit status unclear

Minister Pavel Orlov said the summit had been called off by the other side. Opposition papers claimed on Monday that the summit was "on hold" or "called off."

The foreign ministry said only that "no date was set."
"""
quote("speaker-elsewhere", ELSEWHERE, "called off", ["Opposition papers"], ["Pavel Orlov"])
quote("speaker-elsewhere", ELSEWHERE, "no date was set", ["the foreign ministry"],
      ["Pavel Orlov"])  # fmt: skip

# --- outlets: the publisher named on a byline or masthead line --------------------------------


def outlet(expect: bool, text: str, name: str, why: str) -> None:
    facts = {"article": {**ARTICLE, "outlet": name}}
    add("outlet", expect, why, text, facts, "article.outlet")


BODY = "\n\nThe port reopened on Tuesday after a week of strikes, officials said, and ships queued at the outer anchorage for most of the day while pilots worked double shifts.\n\nUnions said talks would resume on Friday.\n"
outlet(True, "Port reopens after strikes\nBy Jo Smith, The Harbor Courier (staff report)" + BODY,
       "The Harbor Courier", "byline: By name, outlet")  # fmt: skip
outlet(True, "Port reopens after strikes\nFrom staff and wire reports, Harbor Courier Weekly" + BODY,
       "Harbor Courier Weekly", "credit line: From staff reports, outlet")  # fmt: skip
outlet(True, "Harbor Courier (print edition) \u2014 translated from the Spanish original by the desk\nPort reopens" + BODY,
       "Harbor Courier", "masthead line opening with the outlet")  # fmt: skip
outlet(True, "Port reopens after strikes\nThe Harbor Courier | Tuesday, 4 March 2025 | Updated 18:00 local time" + BODY,
       "The Harbor Courier", "navigation bar opening with the outlet")  # fmt: skip
outlet(False, "Port reopens after strikes\nBy Jo Smith, with reporting from The Harbor Courier newsroom" + BODY,
       "The Harbor Courier", "contributed reporting, not the publisher")  # fmt: skip
outlet(False, "Port reopens after strikes\nBy Jo Smith, who spent ten years at The Harbor Courier before this" + BODY,
       "The Harbor Courier", "the writer's former employer")  # fmt: skip
outlet(False, "Port reopens after strikes\nBy Jo Smith" + BODY.replace("officials said", "The Harbor Courier reported first"),
       "The Harbor Courier", "another outlet cited in the body")  # fmt: skip
outlet(False, "Port reopens after strikes\nBy Jo Smith, The Harbor Courier (staff report)" + BODY,
       "The Harbor Gazette", "a different outlet")  # fmt: skip

# --- mentions: a name with an article inside it ----------------------------------------------


def mention(expect: bool, text: str, name: str, why: str) -> None:
    facts = {"cited_sources": [{"name": name, "evidence": []}]}
    add("mention", expect, why, text, facts, "cited_sources[0].name")


# A cited source is read in its role since session 25 (source_roles): the bank is cited here,
# not only named ("The Bank of the North declined to comment" cites nothing from it).
THINK = "Analysts at the Centre for the Study of Conflict say the offer is a stalling tactic. According to the Bank of the North, markets barely moved.\n"
mention(True, THINK, "Centre for the Study of Conflict", "the article inside the name")
mention(True, THINK, "the Centre for the Study of Conflict", "with a leading article")
mention(True, THINK, "Bank of the North", "another name with an inner article")
mention(False, THINK, "Centre for the Study of Peace", "a different centre")
mention(False, THINK, "Bank of the South", "a different bank")

# --- sponsors: plural titles, co-leads, threats ---------------------------------------------


def sponsor(expect: bool, text: str, evidence: str, name: str, instrument: str, why: str) -> None:
    assert evidence in text, evidence
    measure = {"instrument": instrument, "sponsors": [name], "evidence": [evidence]}
    add("sponsor", expect, why, text, {"sanctions": [measure]}, "sanctions[0].sponsors[0]")


BILL = """Fact sheet: the Grain Corridor Protection Act

Introduced: March 3, 2025, by Senators Ames and Ruiz.
Senators Carla Ames and Dan Ruiz lead the effort; Senators Holt and Price praised the bill.
The House version, led by Rep. Nora Quist with Rep. Ben Adler, would cap tariffs at 40 percent.
A rival draft, led by Rep. Nora Quist with support from Speaker Tom Hale, stalled.
"""
EV1 = "Introduced: March 3, 2025, by Senators Ames and Ruiz."
sponsor(True, BILL, EV1, "Carla Ames", "bill", "by Senators Ames and Ruiz (first)")
sponsor(True, BILL, EV1, "Dan Ruiz", "bill", "by Senators Ames and Ruiz (second)")
EV2 = "Senators Carla Ames and Dan Ruiz lead the effort; Senators Holt and Price praised the bill."
sponsor(False, BILL, EV2, "Ed Holt", "bill", "praised is not sponsoring")
EV3 = "The House version, led by Rep. Nora Quist with Rep. Ben Adler, would cap tariffs at 40 percent."
sponsor(True, BILL, EV3, "Ben Adler", "bill", "led by A with B: B co-leads")
sponsor(True, BILL, EV3, "Nora Quist", "bill", "led by A with B: A leads")
EV4 = "A rival draft, led by Rep. Nora Quist with support from Speaker Tom Hale, stalled."
sponsor(False, BILL, EV4, "Tom Hale", "bill", "support from X is not co-leading")

THREAT = """Commerce chief warns of duties

Commerce Secretary Lena Ford toured the port and said "we are prepared to impose duties within weeks."
Ford dismissed the warning from Beijing, which said "we will respond in kind."
Ford also said "the port looks busier than last year."
"""
EV5 = 'Commerce Secretary Lena Ford toured the port and said "we are prepared to impose duties within weeks."'
sponsor(True, THREAT, EV5, "Lena Ford", "threat", "the threat's voice: X ... and said")
EV6 = 'Ford dismissed the warning from Beijing, which said "we will respond in kind."'
sponsor(False, THREAT, EV6, "Lena Ford", "threat", "the threat quoted is Beijing's")
EV7 = 'Ford also said "the port looks busier than last year."'
sponsor(False, THREAT, EV7, "Lena Ford", "threat", "her quote threatens nothing")
sponsor(False, THREAT, EV5, "Lena Ford", "bill", "voicing is not introducing a bill")

# --- places: the meeting's parties as a group ------------------------------------------------


def place(expect: bool, text: str, evidence: str, where: str, why: str) -> None:
    assert evidence in text, evidence
    summit = {"parties": ["Ravi Menon", "Li Wen"], "format": "Indian and Chinese delegations",
              "status": "held", "planned_location": where, "evidence": [evidence]}  # fmt: skip
    add("place", expect, why, text, {"summits": [summit]}, "summits[0].planned_location")


TALKS = """Border talks

This follows Monday's talks in Geneva, where Indian and Chinese delegations met for six hours.
Pakistani and Afghan delegations held separate talks in Doha the same week.
Ravi Menon and Li Wen shook hands in Geneva.
"""
place(True, TALKS, "This follows Monday's talks in Geneva, where Indian and Chinese delegations met for six hours.",
      "Geneva", "the parties as the fact's format")  # fmt: skip
place(False, TALKS, "Pakistani and Afghan delegations held separate talks in Doha the same week.",
      "Doha", "other delegations' talks")  # fmt: skip

# --- counts: what is counted, read the ways news states it -----------------------------------

CASUALTIES = """Strike on depot

Shelling killed nine people, three of them children, in the town overnight.
The number of people killed in the blast at the depot, where two warehouses burned, has risen to at least 41, officials said.
The number of people injured in the same blast has risen to 60.
"""
EV_A = "Shelling killed nine people, three of them children, in the town overnight."
count("count-part", True, CASUALTIES, EV_A, "children killed", 3)
count("count-part", False, CASUALTIES, EV_A, "people killed", 3)
count("count-part", True, CASUALTIES, EV_A, "people killed", 9)
EV_B = "The number of people killed in the blast at the depot, where two warehouses burned, has risen to at least 41, officials said."
count("count-update", True, CASUALTIES, EV_B, "people killed", 41, "at_least")
count("count-update", False, CASUALTIES, EV_B, "people killed", 41, "exact")
count("count-update", False, CASUALTIES, EV_B, "people injured", 41, "at_least")
count("count-update", False, CASUALTIES, EV_B, "warehouses burned", 41, "at_least")
EV_C = "The number of people injured in the same blast has risen to 60."
count("count-update", True, CASUALTIES, EV_C, "people injured", 60)
count("count-update", False, CASUALTIES, EV_C, "people killed", 60)

LISTING = """Treasury listing

The order named 12 of the group's shipping firms and froze their accounts.
Four of the bill's co-sponsors sit on the committee.
Gold rose 2.5 percent to $2,400 an ounce after the announcement.
The parties have 30 days to agree on the text.
"""
EV_D = "The order named 12 of the group's shipping firms and froze their accounts."
count("count-part", True, LISTING, EV_D, "shipping firms named", 12)
count("count-part", False, LISTING, EV_D, "shipping firms", 12)
EV_E = "Four of the bill's co-sponsors sit on the committee."
count("count-part", False, LISTING, EV_E, "co-sponsors", 4)
EV_F = "Gold rose 2.5 percent to $2,400 an ounce after the announcement."
count("count-to", True, LISTING, EV_F, "percent rise in gold", 2.5)
count("count-to", False, LISTING, EV_F, "percent rise in gold", 2400)
EV_G = "The parties have 30 days to agree on the text."
count("count-to", False, LISTING, EV_G, "days of talks", 30)

CALLS = """Calls and visits

The two leaders spoke in a 45-minute phone call on Sunday.
The 100-member Senate has not voted.
It was Ambassador Cole's third visit to Kyiv this year, after four days of closed-door talks in Vienna.
The third-largest port in the region stayed shut.
"""
EV_H = "The two leaders spoke in a 45-minute phone call on Sunday."
count("count-compound", True, CALLS, EV_H, "minutes the call lasted", 45)
count("count-compound", False, CALLS, EV_H, "leaders on the call", 45)
EV_I = "The 100-member Senate has not voted."
count("count-compound", True, CALLS, EV_I, "members of the Senate", 100)
count("count-compound", False, CALLS, EV_I, "co-sponsors", 100)
EV_J = "It was Ambassador Cole's third visit to Kyiv this year, after four days of closed-door talks in Vienna."
count("count-ordinal", True, CALLS, EV_J, "Cole's visits to Kyiv this year", 3)
count("count-ordinal", False, CALLS, EV_J, "days of closed-door talks", 3)
count("count-days-of", True, CALLS, EV_J, "days of closed-door talks", 4)
count("count-days-of", False, CALLS, EV_J, "visits to Kyiv", 4)
EV_K = "The third-largest port in the region stayed shut."
count("count-ordinal", False, CALLS, EV_K, "ports in the region", 3)

# --- truce durations said by what stops ------------------------------------------------------


def truce(expect: bool, text: str, evidence: str, days: int, why: str) -> None:
    assert evidence in text, evidence
    truce_fact = {"duration_days": {"value": days, "qualifier": "exact"}, "evidence": [evidence]}
    facts = {"ceasefires": [truce_fact]}
    add("truce-duration", expect, why, text, facts, "ceasefires[0].duration_days", tag="truce")


PORTS = """Port truce

Both sides agreed to stop striking ports for 14 days, the mediators said.
Moscow said it would refrain from attacks on power plants for thirty days.
The ports reopened 14 days after the strikes stopped.
Talks on a wider truce resume in 21 days.
"""
truce(True, PORTS, "Both sides agreed to stop striking ports for 14 days, the mediators said.", 14,
      "stop striking ... for 14 days")  # fmt: skip
truce(True, PORTS, "Moscow said it would refrain from attacks on power plants for thirty days.", 30,
      "refrain from attacks for thirty days")  # fmt: skip
truce(False, PORTS, "The ports reopened 14 days after the strikes stopped.", 14,
      "14 days after: a point in time")  # fmt: skip
truce(False, PORTS, "Talks on a wider truce resume in 21 days.", 21,
      "when talks resume, not how long a truce lasts")  # fmt: skip


# --- a second round, other outlets' styles ---------------------------------------------------

WIRE = """RIYADH, March 2 (Test Wire) - Secretary of State Ian Cole met Russian Foreign Minister Yuri Pavlin in Riyadh and said the talks were "useful but slow." Pavlin did not speak to reporters.

"We are ready," Cole said, and added that the measures "can be lifted quickly."

Cole thanked Senator Mira Holt, who voted for the bill and said it was "long overdue."

TASS quoted Pavlin as saying the meeting "cleared the air." Interfax, quoting a source in the ministry, said the talks had "stalled on details."

Pavlin quoted an old proverb as saying that "a slow cart arrives."

The Prime Minister of Norway, Lena Holm, attended as an observer. "Norway will host the next round," the Prime Minister said.

Cole spoke for ten minutes. "We made progress," he said.

Cole greeted Pavlin at the door. Pavlin smiled for the cameras. "We made our points," he said.

Pavlin's critics had a different verdict: "A wasted trip."

Holt's reply to Pavlin: "Come back with an offer."
"""
quote("speaker-coordinated", WIRE, "useful but slow.", ["Ian Cole"], ["Yuri Pavlin"])
quote("speaker-coordinated", WIRE, "can be lifted quickly.", ["Ian Cole"], ["Yuri Pavlin"])
quote("speaker-coordinated", WIRE, "long overdue.", ["Mira Holt"], ["Ian Cole"])
quote("speaker-quoted-as", WIRE, "cleared the air.", ["Yuri Pavlin"], ["TASS"])
quote("speaker-quoted-as", WIRE, "stalled on details.", ["a source in the ministry"],
      ["Interfax", "Yuri Pavlin"])  # fmt: skip
quote("speaker-quoted-as", WIRE, "a slow cart arrives.", [], ["Yuri Pavlin"])
quote("speaker-title", WIRE, "Norway will host the next round", ["Lena Holm"], ["Ian Cole"])
quote("speaker-chain", WIRE, "We made progress", ["Ian Cole"], ["Yuri Pavlin"])
quote("speaker-chain", WIRE, "We made our points", ["Yuri Pavlin"], ["Ian Cole"])
quote("speaker-colon", WIRE, "A wasted trip.", [], ["Yuri Pavlin"])
quote("speaker-colon", WIRE, "Come back with an offer.", ["Mira Holt"], ["Yuri Pavlin"])

TABLOID = """PEACE TALKS FLOP!

Envoy Dan Mercer to reporters outside the hotel: "Nothing is agreed until everything is agreed."

According to the Kremlin, the two men "found common ground." Mercer, however, said the Kremlin account was "fiction."

The president himself had the last word: "We'll see what happens." That was President Ray Gable's only comment all week.

Mercer's spokesman said later that the envoy "stands by every word."
"""
quote("speaker-colon", TABLOID, "Nothing is agreed until everything is agreed.", ["Dan Mercer"],
      ["Ray Gable"])  # fmt: skip
quote("speaker-chain", TABLOID, "found common ground.", ["the Kremlin"], ["Dan Mercer"])
quote("speaker-chain", TABLOID, "fiction.", ["Dan Mercer"], ["the Kremlin"])
quote("speaker-forward", TABLOID, "We'll see what happens.", ["Ray Gable"], ["Dan Mercer"])
quote("speaker-chain", TABLOID, "stands by every word.", ["Mercer's spokesman"], ["Dan Mercer"])

MORE_COUNTS = """Overnight attacks

A drone hit a bus, killing eleven people, four of whom were children, regional officials said.
Another strike killed six people, two of them in hospital beds, in the port.
Authorities imposed a 12-hour curfew after a 12-hour drive by rescue crews.
The bloc adopted its fourth package of sanctions on the fourth day of strikes.
The number of ships inspected at the strait has risen to 30 this month.
Stocks rose 3 percent to 112 points on the news.
"""
EV_L = (
    "A drone hit a bus, killing eleven people, four of whom were children, regional officials said."
)
count("count-part", True, MORE_COUNTS, EV_L, "children killed", 4)
count("count-part", True, MORE_COUNTS, EV_L, "people killed", 11)
count("count-part", False, MORE_COUNTS, EV_L, "people killed", 4)
EV_M = "Another strike killed six people, two of them in hospital beds, in the port."
count("count-part", False, MORE_COUNTS, EV_M, "children killed", 2)
EV_N = "Authorities imposed a 12-hour curfew after a 12-hour drive by rescue crews."
count("count-compound", True, MORE_COUNTS, EV_N, "hours of curfew", 12)
count("count-compound", False, MORE_COUNTS, EV_N, "people killed", 12)
EV_O = "The bloc adopted its fourth package of sanctions on the fourth day of strikes."
count("count-ordinal", True, MORE_COUNTS, EV_O, "sanctions packages", 4)
count("count-ordinal", False, MORE_COUNTS, EV_O, "strikes", 4)
EV_P = "The number of ships inspected at the strait has risen to 30 this month."
count("count-update", True, MORE_COUNTS, EV_P, "ships inspected", 30)
count("count-update", False, MORE_COUNTS, EV_P, "people killed", 30)
EV_Q = "Stocks rose 3 percent to 112 points on the news."
count("count-to", True, MORE_COUNTS, EV_Q, "percent rise in stocks", 3)
count("count-to", False, MORE_COUNTS, EV_Q, "percent rise in stocks", 112)

outlet(True, "BY JO SMITH, HARBOR COURIER STAFF WRITER\nPort reopens" + BODY, "Harbor Courier",
       "upper-case byline with the outlet")  # fmt: skip
# Reversed in session 15 (speakers34, from outside check 34): a credit line naming where the
# story first ran names its outlet, as "Originally published by X" does on a reposting site.
outlet(True, "Reprinted from The Harbor Courier with permission of its editors and of the author of this piece\nPort reopens" + BODY,
       "The Harbor Courier", "first published there: the credit line names the story's outlet")  # fmt: skip

THREAT2 = """Duties loom

Ford warned that "further tariffs are coming."
"We are ready to act," Ford said of the duties.
Beijing's envoy, asked about Ford's remarks, said "we will answer any tariff."
"""
sponsor(True, THREAT2, 'Ford warned that "further tariffs are coming."', "Lena Ford", "threat",
        "warned that: a threat's cue")  # fmt: skip
sponsor(True, THREAT2, '"We are ready to act," Ford said of the duties.', "Lena Ford",
        "threat", "the threat's voice: \"...\", X said")  # fmt: skip
sponsor(False, THREAT2, 'Beijing\'s envoy, asked about Ford\'s remarks, said "we will answer any tariff."',
        "Lena Ford", "threat", "another's threat about her")  # fmt: skip


BODIES = """Moscow answers

Spokesman Dmitry Volkov spoke to reporters on Monday about the tanker. The ministry denied the report and said "no tanker was seized."

Volkov took two questions. On Tuesday, the ministry said in a statement that the crew "is safe and well."

Volkov took one more question. The president added that the navy "acted within the law."
"""
quote("speaker-chain", BODIES, "no tanker was seized.", ["the ministry"], ["Dmitry Volkov"])
quote("speaker-chain", BODIES, "is safe and well.", ["the ministry"], ["Dmitry Volkov"])


DAYS = """Talks calendar

Negotiators met after two days of talks in Oman.
The rule takes effect within 30 days of signing.
Kyiv gave Moscow 10 days to stop the strikes.
Both navies agreed to suspend attacks on shipping for 60 days.
"""
count(
    "count-days-of",
    True,
    DAYS,
    "Negotiators met after two days of talks in Oman.",
    "days of talks",
    2,
)
count(
    "count-days-of",
    False,
    DAYS,
    "The rule takes effect within 30 days of signing.",
    "days of talks",
    30,
)
truce(True, DAYS, "Both navies agreed to suspend attacks on shipping for 60 days.", 60,
      "suspend attacks for 60 days")  # fmt: skip
truce(False, DAYS, "Kyiv gave Moscow 10 days to stop the strikes.", 10, "a deadline to stop")

MEETINGS = """Delegations

The two delegations met in Muscat on Monday for four hours.
Indian and Chinese delegations last met in Doha in 2019.
Ravi Menon visited Colombo for a trade fair.
"""
place(True, MEETINGS, "The two delegations met in Muscat on Monday for four hours.", "Muscat",
      "the two delegations met in")  # fmt: skip
place(False, MEETINGS, "Indian and Chinese delegations last met in Doha in 2019.", "Doha",
      "an earlier meeting's place")  # fmt: skip
place(False, MEETINGS, "Ravi Menon visited Colombo for a trade fair.", "Colombo",
      "a party's visit elsewhere, no meeting of theirs")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
