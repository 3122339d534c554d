# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the wording-37 set (``grounding_wording37.jsonl``): statuses and roles worded in ways
the rules did not read (an outside check, session 16). A case that must pass is supported; a
case that must fail is not (its why says whether the page states another reading or only
leaves the role unread). By category:

- ``status-wording``: a meeting broken off or cut short ("broke off their summit", "cut the
  talks short", "the summit broke up") or one "where they signed" is ``held``; a duty raised
  ("raised the extra duty", "hiked tariffs") is ``imposed``; an armed group that burst into a
  place or killed people ("when they burst into the town", "the killing of 26 people by
  gunmen") is an ``attack`` (pass); preparations broken off, a duty a party only threatened
  to raise or raised concerns about, "burst into tears / flames", floodwaters that burst
  into a village, a meeting where they will sign (fail);
- ``role-wording``: the owner of a measure ("Trump's tariffs came into force", "the EU's
  new sanctions") and the one who raised a duty are its sponsors; the proposers of a plan
  "floated" with "several allies", the country of "a U.S. proposal to end the war", and the
  one who "was the one who announced the deal" (pass); the owner of another noun ("Trump's
  critics", "Ottawa's reply to the tariffs", "Trump's tariff threat"), one who raised
  concerns about a duty, the party that accepted a proposal, another name before "was the
  one who" (fail).

Run ``python tests/data/make_wording37_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, public figures and bodies in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_wording37.jsonl")

LEADS = [
    "HANOI, Feb 28 (Mekong Wire) -",
    "LIVE | Updates from our correspondents",
    "The Lakeshore Ledger | World",
    "Translated from a state radio bulletin.",
    "ANALYSIS | Priya Okafor on the week in trade",
    "OTTAWA (Prairie Post) --",
    "Evening briefing: what you need to know",
    "NAIROBI, May 3 (Rift Valley Times) -",
]

built = SupportCases("wo37", LEADS, closing="More to follow.")
add = built.add
article = built.page


def summit(category: str, expect: bool, value: str, sentence: str, why: str) -> None:
    built.meeting_status(category, expect, value, [sentence], f"summit status {value}: {why}")


def measure(category: str, expect: bool, value: str, sentence: str, why: str,
            instrument: str = "executive_action") -> None:  # fmt: skip
    why = f"measure status {value}: {why}"
    built.measure_status(category, expect, value, [sentence], why, instrument)


def event(category: str, expect: bool, kind: str, sentence: str, why: str) -> None:
    built.event_kind(category, expect, kind, [sentence], f"event kind {kind}: {why}")


def sponsor(category: str, expect: bool, name: str, sentence: str, why: str,
            instrument: str = "executive_action") -> None:  # fmt: skip
    fact = {"instrument": instrument, "sponsors": [name], "evidence": [sentence]}
    add(category, expect, f"sponsor {name}: {why}", article(sentence),
        {"sanctions": [fact]}, "sanctions[0].sponsors[0]")  # fmt: skip


def truce(category: str, expect: bool, path: str, value: str, sentence: str, why: str) -> None:
    fact: dict[str, Any] = {"evidence": [sentence], path: value}
    add(category, expect, f"truce {path} {value}: {why}", article(sentence),
        {"ceasefires": [fact]}, f"ceasefires[0].{path}")  # fmt: skip


# --- status-wording: news wordings of held, imposed and attack
C = "status-wording"
summit(
    C,
    True,
    "held",
    "President Lena Varga and Prime Minister Tomas Riel broke off their second summit on Friday without a joint statement.",
    "broke off their summit: it met",
)
summit(
    C,
    True,
    "held",
    "The two leaders cut short the talks in Accra after a row over the border, aides said.",
    "cut short the talks",
)
summit(
    C,
    True,
    "held",
    "Mr Okoye cut his meeting with the Kenyan president short and flew home on Tuesday night.",
    "cut his meeting ... short",
)
summit(
    C,
    True,
    "held",
    "The Lisbon summit broke up without a deal late on Sunday, diplomats said.",
    "the summit broke up",
)
summit(
    C,
    True,
    "held",
    "It was their third meeting since the first summit in Jakarta in March 2021, where they signed a pledge on fisheries.",
    "the summit where they signed",
)
summit(
    C,
    True,
    "held",
    "The foreign ministers broke off the talks in Vienna on Wednesday, each blaming the other.",
    "broke off the talks",
)
summit(
    C,
    False,
    "held",
    "Officials broke off preparations for the summit on Monday after the shelling resumed.",
    "preparations broken off: no meeting held",
)
summit(
    C,
    False,
    "held",
    "The two presidents are due to meet in Doha next month, where they hope to sign a trade pact.",
    "where they hope to sign: still to come",
)
summit(
    C,
    False,
    "held",
    "Aides said the leaders could cut short their planned summit in Oslo if the storm worsens.",
    "could cut short: a prospect",
)
summit(
    C,
    False,
    "held",
    "The ministers will gather in Rabat, where they will sign the accord, according to the agenda.",
    "where they will sign: future",
)
summit(
    C,
    False,
    "held",
    "Talks on trade broke down in 2019; no summit has been arranged since.",
    "no summit arranged",
)
summit(
    C,
    False,
    "held",
    "The envoy broke off contact with Pyongyang's delegation in June, months before any summit was planned.",
    "broke off contact: no meeting",
)
measure(
    C,
    True,
    "imposed",
    "On the same day, President Trump raised the extra duty on Chinese goods to 20 per cent from 10 per cent.",
    "raised the extra duty",
)
measure(
    C,
    True,
    "imposed",
    "Jakarta hiked tariffs on imported steel to 35% on Monday, the trade ministry said.",
    "hiked tariffs",
)
measure(
    C,
    True,
    "imposed",
    "The government doubled its levy on foreign fishing fleets last week.",
    "doubled its levy",
)
measure(
    C,
    True,
    "imposed",
    "Brasilia increased the import duty on solar panels to 25 per cent on 1 July.",
    "increased the import duty",
)
measure(
    C,
    True,
    "imposed",
    "Delhi raised customs duties on gold and silver in Saturday's budget, officials confirmed.",
    "raised customs duties",
)
measure(
    C,
    False,
    "imposed",
    "Opposition MPs raised concerns about the duty on Chinese cars during Tuesday's debate.",
    "concerns raised, no duty imposed",
)
measure(
    C,
    False,
    "imposed",
    "The minister raised the tariff issue with her Canadian counterpart on Friday.",
    "an issue raised, no duty",
)
measure(
    C,
    False,
    "imposed",
    "Washington threatened to raise the duty on European cheese to 25% if talks fail.",
    "a threat to raise",
)
measure(
    C,
    False,
    "imposed",
    "Ankara may double the levy on imported fruit next year, a draft plan shows.",
    "may double: a prospect",
)
measure(
    C,
    False,
    "imposed",
    "Farmers raised their prices after the duty on fertiliser was debated in parliament.",
    "prices raised, the duty only debated",
)
measure(
    C,
    False,
    "imposed",
    "Seoul raised the question of tariffs at the trade talks in Geneva.",
    "a question raised",
)
event(
    C,
    True,
    "attack",
    "Hamas fighters killed about 1,200 people and seized about 240 hostages when they burst into southern Israel on 7 October.",
    "fighters burst into",
)
event(
    C,
    True,
    "attack",
    "The crisis began with the killing of 26 people, most of them tourists, by gunmen near Pahalgam on 22 April.",
    "the killing ... by gunmen",
)
event(
    C,
    True,
    "attack",
    "Militants opened fire on a bus carrying pilgrims near the town of Reasi on Sunday.",
    "militants opened fire",
)
event(
    C,
    True,
    "attack",
    "Gunmen killed 14 villagers in a night raid in Plateau state, police said.",
    "gunmen killed",
)
event(
    C,
    True,
    "attack",
    "Insurgents stormed an army post near the border before dawn on Thursday.",
    "insurgents stormed",
)
event(
    C,
    True,
    "attack",
    "Assailants shot dead three police officers at a checkpoint outside Peshawar.",
    "assailants shot",
)
event(
    C,
    False,
    "attack",
    "Relatives burst into tears as the names of the 26 dead were read out on Monday.",
    "burst into tears",
)
event(
    C,
    False,
    "attack",
    "Floodwaters burst into the village of Kallar overnight, killing 11 people.",
    "a flood, not an armed group",
)
event(
    C,
    False,
    "attack",
    "A minibus burst into flames after a collision on the highway, killing nine.",
    "burst into flames: a crash",
)
event(
    C,
    False,
    "attack",
    "Soldiers helped villagers who fled the landslide that killed 40 people in Ratnapura.",
    "a landslide killed them",
)
event(
    C,
    False,
    "attack",
    "Opposition leaders stormed out of the talks on Tuesday, accusing the army of stalling.",
    "stormed out of talks",
)
event(
    C,
    False,
    "attack",
    "The storm killed 22 people in the delta, and troops were sent to clear the roads.",
    "a storm killed them",
)

# --- role-wording: possessive sponsors, raised duties, floated plans, "a U.S. proposal", "the one who"
C = "role-wording"
sponsor(
    C,
    True,
    "Donald Trump",
    "Canada struck back on Tuesday, hours after U.S. President Donald Trump's tariffs on Canadian and Mexican products came into force.",
    "owner of the tariffs",
)
sponsor(
    C,
    True,
    "European Union",
    "The European Union's new sanctions on Iranian drone makers took effect on Monday.",
    "owner of the sanctions",
)
sponsor(
    C,
    True,
    "Narendra Modi",
    "Narendra Modi's 20 per cent duty on imported almonds starts next week, traders said.",
    "owner of the duty",
)
sponsor(
    C,
    True,
    "Donald Trump",
    "On the same day, Trump raised the extra duty on Chinese goods to 20 per cent.",
    "raised the duty",
)
sponsor(
    C,
    True,
    "Claudia Sheinbaum",
    "President Claudia Sheinbaum on Friday hiked tariffs on Asian textiles to 35%.",
    "hiked tariffs",
)
sponsor(
    C,
    False,
    "Donald Trump",
    "Donald Trump's critics said the new tariffs on Canadian lumber would raise house prices.",
    "owner of critics",
)
sponsor(
    C,
    False,
    "Doug Ford",
    "Doug Ford's reply to the tariffs was to pull American liquor from Ontario shelves.",
    "owner of a reply",
)
sponsor(
    C,
    False,
    "Mark Carney",
    "Mark Carney's tariff threat was dismissed by the White House on Monday.",
    "a threat, no measure",
)
sponsor(
    C,
    False,
    "Sen. Ruth Alder",
    "Sen. Ruth Alder raised concerns about the duties on steel, which the president imposed in March.",
    "concerns raised",
)
sponsor(
    C,
    False,
    "Lau Wing-kei",
    "Senator Mara Osei's bill would scrap Lau Wing-kei's Tariff Powers Act, which dates from 2009.",
    "a named law another bill acts on",
    instrument="bill",
)
sponsor(
    C,
    False,
    "Beijing",
    "Beijing's exports of steel fell after Washington doubled the duty in May.",
    "owner of exports; Washington raised it",
)
truce(
    C,
    True,
    "proposer",
    "France",
    "The United States, France and several allies floated a 21-day truce along the border in September.",
    "France and several allies floated",
)
truce(
    C,
    True,
    "proposer",
    "Qatar",
    "Qatar, Egypt and other partners floated a six-week pause in the fighting last month.",
    "Qatar and other partners floated",
)
truce(
    C,
    True,
    "proposer",
    "United States",
    "Israel and Lebanon had both accepted a U.S. proposal to end the fighting, the president said.",
    "a U.S. proposal to end",
)
truce(
    C,
    True,
    "proposer",
    "Turkey",
    "Kyiv said it had accepted a Turkish initiative to halt strikes on ports.",
    "a Turkish initiative to halt",
)
truce(
    C,
    True,
    "reported_by",
    "Sergei Lavrov",
    "Sergei Lavrov chaired the talks and was the one who announced the deal, at about three in the morning.",
    "was the one who announced",
)
truce(
    C,
    True,
    "reported_by",
    "Amina Diallo",
    "Amina Diallo, the AU envoy, led the mediation; she was the one who announced the truce on Friday.",
    "she was the one who announced",
)
truce(
    C,
    False,
    "proposer",
    "Lebanon",
    "Israel and Lebanon had both accepted a U.S. proposal to end the fighting, the president said.",
    "Lebanon accepted it",
)
truce(
    C,
    False,
    "proposer",
    "Israel",
    "Israel accepted a U.S. proposal to end the fighting on Tuesday.",
    "Israel accepted it",
)
truce(
    C,
    False,
    "proposer",
    "Ukraine",
    "Ukraine rejected an initiative to halt strikes on ports floated by Ankara.",
    "Ukraine rejected it",
)
truce(
    C,
    False,
    "reported_by",
    "Sergei Lavrov",
    "Sergei Lavrov chaired the talks, but Ilham Aliyev was the one who announced the deal.",
    "another name before 'was the one who'",
)
truce(
    C,
    False,
    "reported_by",
    "Amina Diallo",
    "Amina Diallo led the mediation, and the Kenyan foreign minister, Joseph Mwangi, was the one who announced the truce.",
    "Mwangi announced it",
)
truce(
    C,
    False,
    "reported_by",
    "Sergei Lavrov",
    "Sergei Lavrov chaired the talks and was the one who insisted on a pause.",
    "insisted, no announcing",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
