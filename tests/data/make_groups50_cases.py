# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 50's groups and scenes (``grounding_groups50.jsonl``): value-support
cases for parties named as a group, meetings' places told without "meet", events' places in
a second clause or under a dateline, and a meeting's host or late arrival, by category, each
with what must pass and what must fail:

- ``group-sides``: a group noun for the sides ("Each side freed 390 people", "the Directors
  General of Military Operations of the two countries held talks", "The neighbours agreed")
  stands for the countries the nearest earlier sentence names together, headline included
  (:mod:`summarizer.verification.sides.side_groups`); not a group counting fewer than were named
  ("Russia, Ukraine and the United States ... The two sides"), the sides of another conflict
  told nearer, a group after a preposition ("aid to both countries", "the border between the
  two countries"), nor a country outside the group;
- ``meeting-scene``: a meeting's place told by a handshake ("A handshake at the White House",
  "shook hands at the airbase in Anchorage"), "next time in Moscow" for a meeting to come, or
  "with Mexico as host" after a meeting agreed (:mod:`summarizer.verification.places.scene_places`);
  not an earlier handshake's place, "next time" for a meeting already held or under a
  refusal, a host only proposed, a handshake of one party alone or of others;
- ``event-place``: an event's place in its second clause ("The war began on 13 June, when
  Israel struck targets across Iran"), a narrative "here" under the story's dateline, the
  place struck beside the launch ("fired 59 missiles at Shayrat from two destroyers");
  not the launch site ("from two destroyers in the eastern Mediterranean", "fired from Gaza"),
  a dateline with no "here" when the event was elsewhere, a "here" in a quote or beside
  another place (:mod:`summarizer.verification.places.launch_sites`);
- ``host-arrival``: a meeting's party who arrived in turn ("Hun Manet followed a few minutes
  later; both were greeted by Anwar") or a host who, in a relative clause of hosting, stands,
  greets or sits with the others ("Trump, who hosted the ceremony, stood between Pashinyan
  and Aliyev"); not one who followed the talks from afar, only sent a message or a
  delegation, watched from the audience, or hosted talks between others.

Run ``python tests/data/make_groups50_cases.py`` to rebuild it. Every article below was
written for this set from real events (the 2025 Russia-Ukraine prisoner exchange, the 2025
India-Pakistan ceasefire and its military hotline talks, the 2025 Thai-Cambodian border truce
in Putrajaya, the 2025 Armenia-Azerbaijan declaration at the White House, the 1993 Oslo
handshake, the 2022 Lavrov-Kuleba talks in Antalya, the 2025 Alaska summit, the 2017 Shayrat
strike, the 2017 APEC summit in Da Nang, the 2025 Israel-Iran war, ...), in its own words and
several outlets' styles; each verdict is what a careful fact-checker reads in the text,
decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_groups50.jsonl")

built = SupportCases("g50")
GROUP, SCENE, PLACE, HOST = "group-sides", "meeting-scene", "event-place", "host-arrival"


def _add(category: str, expect: bool, why: str, text: str, key: str, fact: dict[str, Any],
         path: str) -> None:  # fmt: skip
    built.add(category, expect, why, text, {"article": dict(ARTICLE), key: [fact]}, path)


def summit_parties(
    category: str, text: str, evidence: list[str], parties: list[str], passes: list[str],
    fails: list[str], status: str = "held",
) -> None:  # fmt: skip
    """A summit of ``parties`` (``status``) backed by ``evidence``: each party of ``passes``
    must be supported, each of ``fails`` (added to the parties) refused."""
    for expect, value in verdicts(passes, fails):
        listed = parties if value in parties else [*parties, value]
        why = "a party of the meeting" if expect else "not a party the evidence gives"
        fact = {"parties": listed, "status": status, "evidence": evidence}
        _add(category, expect, f"party {value!r}: {why}", text, "summits", fact,
             f"summits[0].parties[{listed.index(value)}]")  # fmt: skip


def event_actors(
    category: str, text: str, evidence: list[str], kind: str, passes: list[str],
    fails: list[str],
) -> None:  # fmt: skip
    """An event of ``kind`` backed by ``evidence``: each actor of ``passes`` supported, each
    of ``fails`` refused."""
    for expect, value in verdicts(passes, fails):
        why = "one who carried it out" if expect else "not among the group that acted"
        fact = {"kind": kind, "description": kind.replace("_", " "), "actors": [value],
                "evidence": evidence}  # fmt: skip
        _add(category, expect, f"actor {value!r}: {why}", text, "events", fact,
             "events[0].actors[0]")  # fmt: skip


def stance_party(category: str, text: str, evidence: list[str], value: str, expect: bool) -> None:
    """A truce agreed, one position ``agreed`` taken by ``value``."""
    why = "one of the sides that agreed" if expect else "not among the sides that agreed"
    position = {"party": value, "stance": "agreed", "evidence": evidence}
    fact = {"status": "agreed", "evidence": evidence, "positions": [position]}
    _add(category, expect, f"side {value!r}: {why}", text, "ceasefires", fact,
         "ceasefires[0].positions[0].party")  # fmt: skip


def summit_place(
    category: str, text: str, evidence: list[str], parties: list[str], status: str,
    passes: list[str], fails: list[str],
) -> None:  # fmt: skip
    """A summit (``status``) of ``parties`` backed by ``evidence``: each place of ``passes``
    is its place, each of ``fails`` is not."""
    whys = ("the meeting's place", "not this meeting's place")
    built.meeting_field(
        category, text, evidence, passes, fails, parties, status, whys=whys, label="place"
    )


def event_place(
    category: str, text: str, evidence: list[str], kind: str, actors: list[str],
    passes: list[str], fails: list[str],
) -> None:  # fmt: skip
    """An event of ``kind`` by ``actors`` backed by ``evidence``: each place of ``passes``
    is where it happened, each of ``fails`` is not."""
    for expect, value in verdicts(passes, fails):
        why = "where it happened" if expect else "not where it happened"
        fact = {"kind": kind, "description": kind.replace("_", " "), "actors": actors,
                "place": value, "evidence": evidence}  # fmt: skip
        _add(category, expect, f"place {value!r}: {why}", text, "events", fact,
             "events[0].place")  # fmt: skip


# --- group-sides: a group noun for the sides named before it --------------------------------

T = """Russia and Ukraine carry out the war's largest prisoner swap

Russia, Ukraine: the exchange in numbers

KYIV (Kyiv Ledger) - The first stage of the swap agreed in Istanbul took place on Friday at the border with Belarus. Each side freed 390 people, 270 soldiers and 120 civilians, officials said.

More releases were expected over the weekend.
"""
E = "Each side freed 390 people, 270 soldiers and 120 civilians, officials said."
event_actors(GROUP, T, [E], "prisoner_exchange", ["Russia", "Ukraine"], ["Belarus", "Turkey"])

T = """NEW DELHI, May 12 (Subcontinent Press) - India and Pakistan agreed on Saturday to stop all firing on land, in the air and at sea.

On Monday evening the Directors General of Military Operations of the two countries held talks over their hotline, the Indian army said.
"""
E = "On Monday evening the Directors General of Military Operations of the two countries held talks over their hotline, the Indian army said."
summit_parties(GROUP, T, [E], ["India", "Pakistan"], ["India", "Pakistan"], ["United States"])

T = """Thailand and Cambodia stop five days of border fighting

PUTRAJAYA - Thailand and Cambodia fought for five days along their disputed border, killing more than 30 people. The neighbours agreed to an immediate and unconditional ceasefire on Monday evening.
"""
E = "The neighbours agreed to an immediate and unconditional ceasefire on Monday evening."
stance_party(GROUP, T, [E], "Thailand", True)
stance_party(GROUP, T, [E], "Cambodia", True)
stance_party(GROUP, T, [E], "Malaysia", False)

T = """Armenia and Azerbaijan sign declaration in Washington

The Caucasus Courier | Washington

The leaders of Armenia and Azerbaijan, Nikol Pashinyan and Ilham Aliyev, arrived in Washington on Friday.

The two governments signed a joint declaration at the White House in the afternoon.
"""
E = "The two governments signed a joint declaration at the White House in the afternoon."
summit_parties(GROUP, T, [E], ["Armenia", "Azerbaijan"], ["Armenia", "Azerbaijan"], ["Russia"])

T = """GENEVA (Alpine Wire) - Washington and Beijing sent their top economic officials to a villa in Geneva for the weekend.

Talks between the two countries ended on Sunday evening with both claiming progress on tariffs.
"""
E = "Talks between the two countries ended on Sunday evening with both claiming progress on tariffs."
summit_parties(GROUP, T, [E], ["United States", "China"], ["United States", "China"], [])

T = """TOKYO - Japanese Prime Minister Shigeru Ishiba received South Korean President Lee Jae-myung at his office on Saturday.

The leaders of the two countries agreed to visit each other regularly.
"""
E = "The leaders of the two countries agreed to visit each other regularly."
summit_parties(GROUP, T, [E], ["Japan", "South Korea"], ["Japan", "South Korea"], ["China"])

T = """WASHINGTON (Capitol Review) - U.S. President Donald Trump, Canadian Prime Minister Mark Carney and Mexican President Claudia Sheinbaum sat down for talks on the continental trade pact on Tuesday.

The leaders agreed to meet again before the pact's review next year.
"""
E = "The leaders agreed to meet again before the pact's review next year."
summit_parties(
    GROUP, T, [E], ["United States", "Canada", "Mexico"], ["United States", "Canada", "Mexico"],
    ["Brazil"], status="scheduled",
)  # fmt: skip

T = """Trump, Carney and Sheinbaum hold first three-way talks

WASHINGTON (Capitol Review) - U.S. President Donald Trump, Canadian Prime Minister Mark Carney and Mexican President Claudia Sheinbaum met at the White House on Tuesday.

Trade took most of the two hours, officials said. Tariffs on steel and cars were the main dispute.

Migration came up briefly, according to a joint readout.

The leaders agreed to meet again next year.
"""
E = "The leaders agreed to meet again next year."
summit_parties(
    GROUP, T, [E], ["Trump", "Carney", "Sheinbaum"], ["Trump", "Carney", "Sheinbaum"], [],
    status="scheduled",
)  # fmt: skip

T = """WEEK IN DIPLOMACY

BEIJING - Chinese President Xi Jinping and Russian President Vladimir Putin met in Moscow on Monday.

PARIS - French President Emmanuel Macron and German Chancellor Olaf Scholz held talks over dinner on Wednesday.

Both sides stressed the war in Ukraine. A joint text followed.

The details were thin, diplomats said.

The leaders agreed to meet again next year.
"""
E = "The leaders agreed to meet again next year."
summit_parties(
    GROUP, T, [E], ["Xi Jinping", "Putin"], [], ["Xi Jinping", "Putin"], status="scheduled"
)

# near misses: a group counting fewer than were named, the sides of another conflict told
# nearer, a group after a preposition, the go-betweens, anyone's officials
T = """GAZA CITY (Levant Ledger) - Israel and Hamas exchanged lists of captives and prisoners on Sunday. The officials said the truce would hold through the handover.
"""
E = "The officials said the truce would hold through the handover."
stance_party(GROUP, T, [E], "Israel", False)
stance_party(GROUP, T, [E], "Hamas", False)
T = """RIYADH (Gulf Desk) - Russia, Ukraine and the United States sent delegations to Riyadh for three days of talks.

The two sides agreed to a truce at sea, officials said.
"""
E = "The two sides agreed to a truce at sea, officials said."
summit_parties(GROUP, T, [E], ["Russia", "Ukraine"], [], ["Russia", "Ukraine"])

T = """WORLD ROUNDUP

Armenia and Azerbaijan signed a peace declaration in Washington on Friday. Separately, Thailand and Cambodia held border talks in Kuala Lumpur.

Both sides pledged to keep the truce.
"""
E = "Both sides pledged to keep the truce."
summit_parties(GROUP, T, [E], ["Thailand", "Cambodia"], ["Thailand", "Cambodia"], [])
summit_parties(GROUP, T, [E], ["Armenia", "Azerbaijan"], [], ["Armenia", "Azerbaijan"])

T = """TOKYO (Pacific Post) - Thailand and Cambodia fought for five days along their border. Japan sent emergency aid to both countries on Monday.
"""
E = "Japan sent emergency aid to both countries on Monday."
event_actors(GROUP, T, [E], "aid_resumption", ["Japan"], ["Thailand", "Cambodia"])

T = """ISLAMABAD - India and Pakistan agreed to halt fire on Saturday. The border between the two countries stayed quiet on Sunday night.
"""
E = "The border between the two countries stayed quiet on Sunday night."
event_actors(GROUP, T, [E], "other", [], ["India", "Pakistan"])

T = """CAIRO (Nile Dispatch) - Qatar and Egypt have mediated between Israel and Hamas for months. The mediators said on Monday that indirect talks would resume in Doha.
"""
E = "The mediators said on Monday that indirect talks would resume in Doha."
summit_parties(GROUP, T, [E], ["Israel", "Hamas"], [], ["Israel", "Hamas"], status="scheduled")

# reviewer rvC: the go-between of "between A and B" is no side; a group as a verb's object
T = """ABU DHABI (Gulf Wire) - The United Arab Emirates brokered another exchange between Russia and Ukraine on Wednesday. Each side handed over 150 prisoners of war.
"""
E = "Each side handed over 150 prisoners of war."
event_actors(GROUP, T, [E], "prisoner_exchange", ["Russia", "Ukraine"], ["United Arab Emirates"])

T = """WASHINGTON - Trump said on Monday he had spoken by phone with India and Pakistan. He urged the two countries to stop firing.
"""
E = "He urged the two countries to stop firing."
stance_party(GROUP, T, [E], "India", False)
stance_party(GROUP, T, [E], "Pakistan", False)

T = """KUALA LUMPUR (Straits Desk) - Thailand and Cambodia held talks in Kuala Lumpur on Monday. Anwar thanked both countries for their restraint, and Washington pressed the two neighbours to sign.
"""
E = "Anwar thanked both countries for their restraint, and Washington pressed the two neighbours to sign."
stance_party(GROUP, T, [E], "Thailand", False)
stance_party(GROUP, T, [E], "Cambodia", False)

T = """KUALA LUMPUR - Thailand and Cambodia met in Kuala Lumpur on Monday. Officials said both sides agreed to an immediate truce.
"""
E = "Officials said both sides agreed to an immediate truce."
stance_party(GROUP, T, [E], "Thailand", True)
stance_party(GROUP, T, [E], "Cambodia", True)


# --- meeting-scene: a meeting's place without "meet" or "hold" ------------------------------

T = """A handshake at the White House

By Dana Whitcomb | The Capitol Review

Yitzhak Rabin and Yasser Arafat signed the Oslo accord on Monday as Bill Clinton looked on.
"""
E = "A handshake at the White House"
summit_place(SCENE, T, [E], ["Rabin", "Arafat"], "held", ["White House", "the White House"], [])

T = """ANTALYA, Turkey - Turkey on Thursday brought the two foreign ministers together in the resort city of Antalya, the first contact between Sergei Lavrov and Dmytro Kuleba since the invasion began.
"""
E = "Turkey on Thursday brought the two foreign ministers together in the resort city of Antalya, the first contact between Sergei Lavrov and Dmytro Kuleba since the invasion began."
summit_place(SCENE, T, [E], ["Lavrov", "Kuleba"], "held", ["Antalya"], [])

T = """ANKARA (Bosphorus Bulletin) - Mevlut Cavusoglu brought Sergei Lavrov and Dmytro Kuleba together on Thursday, for the first time since the war began, in the resort city of Antalya.

Turkey will bring the Russian and Ukrainian negotiators together in Istanbul next month, the ministry said.
"""
E1 = "Mevlut Cavusoglu brought Sergei Lavrov and Dmytro Kuleba together on Thursday, for the first time since the war began, in the resort city of Antalya."
E2 = "Turkey will bring the Russian and Ukrainian negotiators together in Istanbul next month, the ministry said."
summit_place(SCENE, T, [E1], ["Lavrov", "Kuleba"], "held", ["Antalya"], [])
summit_place(SCENE, T, [E2], ["Russia", "Ukraine"], "scheduled", ["Istanbul"], [])

T = """ANCHORAGE (Northern Wire) - Donald Trump and Vladimir Putin shook hands at the airbase in Anchorage on Friday before riding together in the presidential limousine.

As the news conference ended, Trump said he hoped to see Putin again soon. "Next time in Moscow," Putin replied in English.
"""
E1 = "Donald Trump and Vladimir Putin shook hands at the airbase in Anchorage on Friday before riding together in the presidential limousine."
E2 = '"Next time in Moscow," Putin replied in English.'
summit_place(SCENE, T, [E1], ["Trump", "Putin"], "held", ["Anchorage"], [])
summit_place(SCENE, T, [E2], ["Trump", "Putin"], "proposed", ["Moscow"], [])
summit_place(SCENE, T, [E2], ["Trump", "Putin"], "held", [], ["Moscow"])

T = """MEXICO CITY - Joe Biden, Justin Trudeau and Andres Manuel Lopez Obrador closed two days of talks on Tuesday. The leaders agreed to meet again next year, with Canada as host.
"""
E = "The leaders agreed to meet again next year, with Canada as host."
summit_place(
    SCENE, T, [E], ["Biden", "Trudeau", "Lopez Obrador"], "scheduled", ["Canada"], ["Mexico"]
)

T = """JAKARTA (Archipelago Post) - Southeast Asian leaders closed their summit on Sunday and agreed to meet again in 2026, with Malaysia hosting.
"""
E = "Southeast Asian leaders closed their summit on Sunday and agreed to meet again in 2026, with Malaysia hosting."
summit_place(SCENE, T, [E], ["Prabowo", "Anwar"], "scheduled", ["Malaysia"], [])

T = """JAKARTA - Anwar Ibrahim proposed that the leaders meet again in 2026, with Malaysia hosting; Indonesia has not answered.
"""
E = "Anwar Ibrahim proposed that the leaders meet again in 2026, with Malaysia hosting; Indonesia has not answered."
summit_place(SCENE, T, [E], ["Prabowo", "Anwar"], "scheduled", [], ["Malaysia"])

T = """MEXICO CITY (Rio Grande Review) - Joe Biden, Justin Trudeau and Andres Manuel Lopez Obrador met for two days this week and agreed to meet again next year, with Canada as host.
"""
E = "Joe Biden, Justin Trudeau and Andres Manuel Lopez Obrador met for two days this week and agreed to meet again next year, with Canada as host."
summit_place(SCENE, T, [E], ["Biden", "Trudeau", "Lopez Obrador"], "held", [], ["Canada"])

T = """SINGAPORE - Xi Jinping and Ma Ying-jeou held a historic handshake in Singapore on Saturday, the first between leaders of the two sides since 1949.
"""
E = "Xi Jinping and Ma Ying-jeou held a historic handshake in Singapore on Saturday, the first between leaders of the two sides since 1949."
summit_place(SCENE, T, [E], ["Xi Jinping", "Ma Ying-jeou"], "held", ["Singapore"], [])

T = """ISTANBUL (Bosphorus Bulletin) - Foreign ministers of Turkey's neighbours will gather again in the spring, with Turkey as host, the ministry said.
"""
E = "Foreign ministers of Turkey's neighbours will gather again in the spring, with Turkey as host, the ministry said."
summit_place(SCENE, T, [E], ["Turkey"], "scheduled", ["Turkey"], [])

T = """PANMUNJOM - Moon Jae-in and Kim Jong Un embraced at Panmunjom on Friday after signing a joint declaration.
"""
E = "Moon Jae-in and Kim Jong Un embraced at Panmunjom on Friday after signing a joint declaration."
summit_place(SCENE, T, [E], ["Moon Jae-in", "Kim Jong Un"], "held", ["Panmunjom"], [])

T = """Handshake in Helsinki

Nordic Ledger | World

Donald Trump and Vladimir Putin spoke alone for more than two hours at the presidential palace on Monday.
"""
summit_place(SCENE, T, ["Handshake in Helsinki"], ["Trump", "Putin"], "held", ["Helsinki"], [])

T = """SINGAPORE (Straits Desk) - Donald Trump and Kim Jong Un shook hands at the Capella hotel on Sentosa island on Tuesday morning.
"""
E = "Donald Trump and Kim Jong Un shook hands at the Capella hotel on Sentosa island on Tuesday morning."
summit_place(SCENE, T, [E], ["Trump", "Kim Jong Un"], "held", ["Capella hotel"], [])

# near misses: an earlier handshake, a host only proposed or refused, one party alone, others
T = """BEIJING - Xi Jinping and Donald Trump are expected to meet later this year. Their last handshake, at the G20 in Osaka in 2019, came during a trade truce.
"""
E = "Their last handshake, at the G20 in Osaka in 2019, came during a trade truce."
summit_place(SCENE, T, [E], ["Xi Jinping", "Trump"], "proposed", [], ["Osaka"])

T = """KYIV - Vladimir Putin offered Moscow for the next round. "Next time in Moscow," he said, but Volodymyr Zelensky declined.
"""
E = '"Next time in Moscow," he said, but Volodymyr Zelensky declined.'
summit_place(SCENE, T, [E], ["Putin", "Zelensky"], "scheduled", [], ["Moscow"])

T = """MINSK (Steppe Review) - Vladimir Putin proposed meeting Zelensky again, with Moscow as host. Kyiv refused.
"""
E = "Vladimir Putin proposed meeting Zelensky again, with Moscow as host."
summit_place(SCENE, T, [E], ["Putin", "Zelensky"], "scheduled", [], ["Moscow"])

T = """YEREVAN - Nikol Pashinyan shook hands with well-wishers at the airport in Yerevan before flying to Washington for the signing with Ilham Aliyev.
"""
E = "Nikol Pashinyan shook hands with well-wishers at the airport in Yerevan before flying to Washington for the signing with Ilham Aliyev."
summit_place(SCENE, T, [E], ["Pashinyan", "Aliyev"], "held", [], ["Yerevan"])

T = """ROUNDUP | Europe and Asia

Xi Jinping and Vladimir Putin signed a dozen agreements on Monday. Separately, Emmanuel Macron and Olaf Scholz shook hands in Paris before a working dinner.
"""
E = "Separately, Emmanuel Macron and Olaf Scholz shook hands in Paris before a working dinner."
summit_place(SCENE, T, [E], ["Xi Jinping", "Putin"], "held", [], ["Paris"])

T = """LONDON - The leaders of the three countries met in Mexico City last year, with Mexico as host, and will convene again in 2026.
"""
E = "The leaders of the three countries met in Mexico City last year, with Mexico as host, and will convene again in 2026."
summit_place(SCENE, T, [E], ["Biden", "Trudeau", "Lopez Obrador"], "scheduled", [], ["Mexico"])

T = """ANTALYA - Sergei Lavrov flew in from Moscow on Wednesday night; Dmytro Kuleba arrived from Kyiv in the morning.
"""
E = "Sergei Lavrov flew in from Moscow on Wednesday night; Dmytro Kuleba arrived from Kyiv in the morning."
summit_place(SCENE, T, [E], ["Lavrov", "Kuleba"], "held", [], ["Moscow", "Kyiv"])

# reviewer rvC: a handshake denied, an embrace of someone else in another clause, a question
T = """DA NANG - Donald Trump and Vladimir Putin did not shake hands in Da Nang on Friday, the White House said, citing scheduling conflicts.
"""
E = "Donald Trump and Vladimir Putin did not shake hands in Da Nang on Friday, the White House said, citing scheduling conflicts."
summit_place(SCENE, T, [E], ["Trump", "Putin"], "held", [], ["Da Nang"])

T = """WASHINGTON - Kim Jong Un and Moon Jae-in embraced in Pyongyang in September; on Sunday Kim met Trump at the border village of Panmunjom.
"""
E = "Kim Jong Un and Moon Jae-in embraced in Pyongyang in September; on Sunday Kim met Trump at the border village of Panmunjom."
summit_place(SCENE, T, [E], ["Kim Jong Un", "Trump"], "held", ["Panmunjom"], ["Pyongyang"])

T = """MOSCOW - "Next time in Moscow?" Putin asked. Trump said he would not go to Russia while the war went on.
"""
E0 = '"Next time in Moscow?" Putin asked.'
E = "Trump said he would not go to Russia while the war went on."
summit_place(SCENE, T, [E0, E], ["Trump", "Putin"], "scheduled", [], ["Moscow"])

T = """KATHMANDU (Himalaya Wire) - Narendra Modi shook hands with Nawaz Sharif at the close of the regional summit in Kathmandu on Thursday.
"""
E = "Narendra Modi shook hands with Nawaz Sharif at the close of the regional summit in Kathmandu on Thursday."
summit_place(SCENE, T, [E], ["Modi", "Sharif"], "held", ["Kathmandu"], [])


# --- event-place: the place in a second clause, under a dateline, struck or launched from ---

T = """DUBAI (Gulf Desk) - A ceasefire between Israel and Iran held for a second day on Wednesday.

The war began on 13 June, when Israel struck targets across Iran, killing senior commanders and nuclear scientists. Iran answered with missile barrages on Tel Aviv and Haifa.
"""
E = "The war began on 13 June, when Israel struck targets across Iran, killing senior commanders and nuclear scientists."
event_place(PLACE, T, [E], "strike", ["Israel"], ["Iran"], [])

T = """DA NANG, Vietnam (Mekong Monitor) - Leaders of the 21 Asia-Pacific economies gathered on Saturday for their annual summit.

Donald Trump and Vladimir Putin spoke briefly here before the group photo and agreed a joint statement on Syria.

Trump said later that strikes in Syria would go on.
"""
E = "Donald Trump and Vladimir Putin spoke briefly here before the group photo and agreed a joint statement on Syria."
event_place(PLACE, T, [E], "talks", ["Trump", "Putin"], ["Da Nang"], ["Vietnam, Hanoi"])
summit_place(PLACE, T, [E], ["Trump", "Putin"], "held", ["Da Nang"], [])
E = "Trump said later that strikes in Syria would go on."
event_place(PLACE, T, [E], "strike", ["United States"], [], ["Da Nang"])

T = """PUTRAJAYA (Bernama Digest) - Thailand's acting prime minister and Cambodia's prime minister sat down with Anwar Ibrahim on Monday afternoon.

The ceasefire talks here lasted a little over two hours.
"""
E = "The ceasefire talks here lasted a little over two hours."
event_place(PLACE, T, [E], "talks", ["Thailand", "Cambodia"], ["Putrajaya"], [])

T = """DOHA, Qatar - Israeli and Hamas negotiators resumed indirect talks here on Sunday, two officials said.

Israeli jets struck targets in Gaza City overnight.
"""
E = "Israeli and Hamas negotiators resumed indirect talks here on Sunday, two officials said."
event_place(PLACE, T, [E], "talks", ["Israel", "Hamas"], ["Doha"], [])
E = "Israeli jets struck targets in Gaza City overnight."
event_place(PLACE, T, [E], "strike", ["Israel"], ["Gaza City"], ["Doha"])

T = """ISTANBUL, May 16 (Bosphorus Bulletin) - Russian and Ukrainian delegations met here for less than two hours, their first direct talks since 2022.
"""
E = "ISTANBUL, May 16 (Bosphorus Bulletin) - Russian and Ukrainian delegations met here for less than two hours, their first direct talks since 2022."
event_place(PLACE, T, [E], "talks", ["Russia", "Ukraine"], ["Istanbul"], [])

T = """DA NANG, Vietnam, Nov 11 (Mekong Monitor) - Asia-Pacific leaders wrapped up their annual summit on Saturday.

Trump and Putin, who met briefly here on Friday, agreed on a joint statement about Syria.
"""
E = "Trump and Putin, who met briefly here on Friday, agreed on a joint statement about Syria."
summit_place(PLACE, T, [E], ["Trump", "Putin"], "held", ["Da Nang"], ["Hanoi"])

T = """KUALA LUMPUR (Straits Desk) — Thai and Cambodian officials gathered at the foreign ministry on Thursday morning.

Talks held here that afternoon produced a 13-point plan to keep the truce.
"""
E = "Talks held here that afternoon produced a 13-point plan to keep the truce."
event_place(PLACE, T, [E], "talks", ["Thailand", "Cambodia"], ["Kuala Lumpur"], ["Putrajaya"])

T = """DA NANG, Vietnam (Mekong Monitor) - Asia-Pacific trade ministers opened two days of preparatory talks on Thursday.

Donald Trump and Vladimir Putin chatted here on Saturday before the family photo.

The two presidents, who first met here in 2017, plan to meet again in the spring.
"""
E1 = "DA NANG, Vietnam (Mekong Monitor) - Asia-Pacific trade ministers opened two days of preparatory talks on Thursday."
E2 = "Donald Trump and Vladimir Putin chatted here on Saturday before the family photo."
E3 = "The two presidents, who first met here in 2017, plan to meet again in the spring."
summit_place(PLACE, T, [E1, E2], ["Trump", "Putin"], "held", ["Da Nang"], [])
summit_place(PLACE, T, [E3], ["Trump", "Putin"], "scheduled", [], ["Da Nang"])

T = """DA NANG, Vietnam - Asia-Pacific leaders ended their summit on Sunday.

Donald Trump said here that he would meet Xi Jinping again before the end of the year.
"""
E = "Donald Trump said here that he would meet Xi Jinping again before the end of the year."
summit_place(PLACE, T, [E], ["Trump", "Xi Jinping"], "scheduled", [], ["Da Nang"])

T = """HANOI, Vietnam (Red River Wire) - Vietnamese officials prepared on Sunday for a state visit.

Donald Trump and Vladimir Putin spoke briefly here on Saturday, the Kremlin said.
"""
E = "Donald Trump and Vladimir Putin spoke briefly here on Saturday, the Kremlin said."
event_place(PLACE, T, [E], "talks", ["Trump", "Putin"], ["Hanoi"], ["Da Nang"])

T = """WASHINGTON (Capitol Review) - The United States fired 59 Tomahawk cruise missiles at Shayrat from two destroyers, the USS Porter and USS Ross, in the eastern Mediterranean on Thursday night.

The missiles struck the Shayrat airbase near Homs, destroying aircraft and fuel depots, the Pentagon said.
"""
E1 = "The United States fired 59 Tomahawk cruise missiles at Shayrat from two destroyers, the USS Porter and USS Ross, in the eastern Mediterranean on Thursday night."
E2 = "The missiles struck the Shayrat airbase near Homs, destroying aircraft and fuel depots, the Pentagon said."
event_place(PLACE, T, [E1, E2], "strike", ["United States"], ["Shayrat", "Shayrat airbase"], [])
event_place(PLACE, T, [E1], "strike", ["United States"], [], ["eastern Mediterranean"])

T = """ATHENS - Two destroyers in the eastern Mediterranean fired 59 missiles at the Syrian airbase overnight, the Pentagon said.
"""
E = "Two destroyers in the eastern Mediterranean fired 59 missiles at the Syrian airbase overnight, the Pentagon said."
event_place(PLACE, T, [E], "strike", ["United States"], [], ["eastern Mediterranean"])

T = """TEL AVIV - The Houthis launched a ballistic missile from Yemen at Ben Gurion airport on Sunday, the army said. Rockets fired from Gaza hit a school in Sderot later in the day.
"""
E1 = "The Houthis launched a ballistic missile from Yemen at Ben Gurion airport on Sunday, the army said."
E2 = "Rockets fired from Gaza hit a school in Sderot later in the day."
event_place(PLACE, T, [E1], "strike", ["Houthis"], ["Ben Gurion airport"], ["Yemen"])
event_place(PLACE, T, [E2], "attack", ["Hamas"], ["Sderot"], ["Gaza"])

T = """SANAA - US forces launched Tomahawk missiles from warships in the Red Sea at Houthi radar sites near Hodeidah overnight.
"""
E = "US forces launched Tomahawk missiles from warships in the Red Sea at Houthi radar sites near Hodeidah overnight."
event_place(PLACE, T, [E], "strike", ["United States"], ["Hodeidah"], ["Red Sea"])

T = """DA NANG, Vietnam - Donald Trump, speaking here on Sunday, said talks in Hanoi with Vietnamese leaders would follow later in the week.
"""
E = "Donald Trump, speaking here on Sunday, said talks in Hanoi with Vietnamese leaders would follow later in the week."
event_place(PLACE, T, [E], "talks", ["United States", "Vietnam"], ["Hanoi"], ["Da Nang"])

T = """KHARKIV - Missiles launched from Belgorod hit an apartment block in Kharkiv on Tuesday, the regional governor said.
"""
E = "Missiles launched from Belgorod hit an apartment block in Kharkiv on Tuesday, the regional governor said."
event_place(PLACE, T, [E], "strike", ["Russia"], ["Kharkiv"], ["Belgorod"])

T = """KHARTOUM (Nile Dispatch) - The army launched an offensive from Omdurman on Tuesday, pushing into the centre of the capital.
"""
E = "The army launched an offensive from Omdurman on Tuesday, pushing into the centre of the capital."
event_place(PLACE, T, [E], "attack", ["Sudanese army"], ["Omdurman"], [])

T = """WASHINGTON (Atlantic Review) - Anwar Ibrahim said on Friday he hoped Thailand and Cambodia would send their leaders to Kuala Lumpur.

"We would be glad to host the talks here," Anwar told reporters in Kuala Lumpur.
"""
E = '"We would be glad to host the talks here," Anwar told reporters in Kuala Lumpur.'
event_place(PLACE, T, [E], "talks", ["Malaysia"], [], ["Washington"])

# reviewer rvC: a verb of impact after the launch ("fell near", "landed near") puts the place struck
T = """ASHKELON (Levant Ledger) - Rockets fired from Gaza City fell near Ashkelon on Monday, police said.
"""
E = "Rockets fired from Gaza City fell near Ashkelon on Monday, police said."
event_place(PLACE, T, [E], "attack", ["Hamas"], ["Ashkelon"], ["Gaza City"])
T = """EILAT - A missile launched from Yemen landed near Eilat on Thursday without causing injuries.
"""
E = "A missile launched from Yemen landed near Eilat on Thursday without causing injuries."
event_place(PLACE, T, [E], "strike", ["Houthis"], ["Eilat"], ["Yemen"])


# --- host-arrival: a host at the table, a party arriving in turn ----------------------------

T = """PUTRAJAYA (Bernama Digest) - Thailand's acting prime minister Phumtham Wechayachai arrived at Seri Perdana shortly before 3pm on Monday.

Cambodian Prime Minister Hun Manet followed a few minutes later; both were greeted by Anwar Ibrahim, who chaired the meeting.
"""
E = "Cambodian Prime Minister Hun Manet followed a few minutes later; both were greeted by Anwar Ibrahim, who chaired the meeting."
summit_parties(
    HOST, T, [E], ["Anwar Ibrahim", "Hun Manet", "Phumtham"], ["Hun Manet", "Anwar Ibrahim"], []
)

T = """ANCHORAGE - Donald Trump landed first and waited on the tarmac; Vladimir Putin followed minutes later, and the two shook hands on a red carpet.
"""
E = "Donald Trump landed first and waited on the tarmac; Vladimir Putin followed minutes later, and the two shook hands on a red carpet."
summit_parties(HOST, T, [E], ["Trump", "Putin"], ["Putin", "Trump"], [])

T = """WASHINGTON (Capitol Review) - The signing took place in the East Room on Friday.

President Donald Trump, who hosted the ceremony, stood between Nikol Pashinyan and Ilham Aliyev as they signed.
"""
E = "President Donald Trump, who hosted the ceremony, stood between Nikol Pashinyan and Ilham Aliyev as they signed."
summit_parties(HOST, T, [E], ["Trump", "Pashinyan", "Aliyev"], ["Trump", "Pashinyan"], [])

T = """PANMUNJOM - Moon Jae-in, who hosted the summit on the southern side, greeted Kim Jong Un at the concrete line on Friday morning.
"""
E = "Moon Jae-in, who hosted the summit on the southern side, greeted Kim Jong Un at the concrete line on Friday morning."
summit_parties(HOST, T, [E], ["Moon Jae-in", "Kim Jong Un"], ["Moon Jae-in"], [])

T = """SHARM EL-SHEIKH, Egypt - Abdel Fattah al-Sisi, who co-hosted the summit, welcomed Donald Trump at the resort on Monday afternoon.
"""
E = "Abdel Fattah al-Sisi, who co-hosted the summit, welcomed Donald Trump at the resort on Monday afternoon."
summit_parties(HOST, T, [E], ["Sisi", "Trump"], ["Sisi"], [])

T = """ISTANBUL - Recep Tayyip Erdogan, who hosted the signing ceremony, sat beside Antonio Guterres at Dolmabahce Palace as the grain deal was signed.
"""
E = "Recep Tayyip Erdogan, who hosted the signing ceremony, sat beside Antonio Guterres at Dolmabahce Palace as the grain deal was signed."
summit_parties(HOST, T, [E], ["Erdogan", "Guterres"], ["Erdogan"], [])

T = """WASHINGTON - Nikol Pashinyan arrived first; Ilham Aliyev followed shortly, and both were received by Donald Trump in the Oval Office.
"""
E = "Nikol Pashinyan arrived first; Ilham Aliyev followed shortly, and both were received by Donald Trump in the Oval Office."
summit_parties(HOST, T, [E], ["Trump", "Pashinyan", "Aliyev"], ["Aliyev"], [])

T = """WASHINGTON (Atlantic Review) - Donald Trump, the host, stood between Nikol Pashinyan and Ilham Aliyev as they signed in the East Room.
"""
E = "Donald Trump, the host, stood between Nikol Pashinyan and Ilham Aliyev as they signed in the East Room."
summit_parties(HOST, T, [E], ["Trump", "Pashinyan", "Aliyev"], ["Trump"], [])

# near misses: one who followed from afar, sent a message or a delegation, watched from the
# audience, a host of talks between others, a country that hosted
T = """SEOUL - Fumio Kishida met Yoon Suk Yeol in Seoul on Friday; Joe Biden followed the talks closely from Washington.
"""
E = "Fumio Kishida met Yoon Suk Yeol in Seoul on Friday; Joe Biden followed the talks closely from Washington."
summit_parties(HOST, T, [E], ["Kishida", "Yoon"], ["Kishida"], ["Biden"])

T = """MOSCOW (Steppe Review) - Vladimir Putin met Xi Jinping in the Kremlin on Tuesday, while Narendra Modi sent a delegation led by his foreign minister.
"""
E = "Vladimir Putin met Xi Jinping in the Kremlin on Tuesday, while Narendra Modi sent a delegation led by his foreign minister."
summit_parties(HOST, T, [E], ["Putin", "Xi Jinping"], ["Xi Jinping"], ["Modi"])

T = """MOSCOW - Vladimir Putin received Xi Jinping in the Kremlin on Tuesday; Kim Jong Un sent a message of congratulations.
"""
E = "Vladimir Putin received Xi Jinping in the Kremlin on Tuesday; Kim Jong Un sent a message of congratulations."
summit_parties(HOST, T, [E], ["Putin", "Xi Jinping"], ["Putin"], ["Kim Jong Un"])

T = """MOSCOW - Vladimir Putin met Xi Jinping in the Kremlin on Tuesday; Alexander Lukashenko sent his prime minister instead.
"""
E = "Vladimir Putin met Xi Jinping in the Kremlin on Tuesday; Alexander Lukashenko sent his prime minister instead."
summit_parties(HOST, T, [E], ["Putin", "Xi Jinping"], [], ["Lukashenko"])

T = """MOSCOW (Steppe Review) - Vladimir Putin met Xi Jinping in the Kremlin on Tuesday. Kim Jong Un sent a message of congratulations from Pyongyang.
"""
E1 = "Vladimir Putin met Xi Jinping in the Kremlin on Tuesday."
E2 = "Kim Jong Un sent a message of congratulations from Pyongyang."
summit_parties(HOST, T, [E1, E2], ["Putin", "Xi Jinping"], ["Putin"], ["Kim Jong Un"])

T = """SEOUL (Han River Times) - The two leaders met at the presidential office on Sunday. Joe Biden said afterwards that the alliance was ironclad.
"""
E1 = "The two leaders met at the presidential office on Sunday."
E2 = "Joe Biden said afterwards that the alliance was ironclad."
summit_parties(HOST, T, [E1, E2], ["Yoon", "Biden"], ["Biden"], [])

T = """MOSCOW - Vladimir Putin met Xi Jinping in the Kremlin on Tuesday. Alexander Lukashenko joined them for dinner.
"""
E1 = "Vladimir Putin met Xi Jinping in the Kremlin on Tuesday."
E2 = "Alexander Lukashenko joined them for dinner."
summit_parties(HOST, T, [E1, E2], ["Putin", "Xi Jinping", "Lukashenko"], ["Lukashenko"], [])

T = """WASHINGTON - Nikol Pashinyan and Ilham Aliyev signed the declaration in the East Room on Friday as House Speaker Mike Johnson watched from the front row.
"""
E = "Nikol Pashinyan and Ilham Aliyev signed the declaration in the East Room on Friday as House Speaker Mike Johnson watched from the front row."
summit_parties(HOST, T, [E], ["Pashinyan", "Aliyev"], [], ["Mike Johnson"])

T = """ISTANBUL - Recep Tayyip Erdogan, who hosted the talks between the two delegations, stood aside as the Russian and Ukrainian ministers spoke.
"""
E = "Recep Tayyip Erdogan, who hosted the talks between the two delegations, stood aside as the Russian and Ukrainian ministers spoke."
summit_parties(HOST, T, [E], ["Lavrov", "Kuleba"], [], ["Erdogan"])

T = """DOHA - Sheikh Tamim bin Hamad Al Thani, the host, watched from the side as the Israeli and Hamas negotiators signed.
"""
E = "Sheikh Tamim bin Hamad Al Thani, the host, watched from the side as the Israeli and Hamas negotiators signed."
summit_parties(HOST, T, [E], ["Dermer", "Hayya"], [], ["Tamim"])

T = """KUALA LUMPUR - Malaysia, which hosted the meeting, said Thai and Cambodian leaders agreed to a ceasefire.
"""
E = "Malaysia, which hosted the meeting, said Thai and Cambodian leaders agreed to a ceasefire."
summit_parties(HOST, T, [E], ["Thailand", "Cambodia"], ["Thailand", "Cambodia"], ["Malaysia"])

T = """MINSK - Alexander Lukashenko hosted Vladimir Putin in Minsk, while Volodymyr Zelensky addressed parliament in Kyiv.
"""
E = "Alexander Lukashenko hosted Vladimir Putin in Minsk, while Volodymyr Zelensky addressed parliament in Kyiv."
summit_parties(HOST, T, [E], ["Lukashenko", "Putin"], ["Lukashenko"], ["Zelensky"])

T = """TOKYO - Shigeru Ishiba met Lee Jae-myung in Tokyo on Saturday; Donald Trump followed the summit on television.
"""
E = "Shigeru Ishiba met Lee Jae-myung in Tokyo on Saturday; Donald Trump followed the summit on television."
summit_parties(HOST, T, [E], ["Ishiba", "Lee Jae-myung"], [], ["Trump"])

T = """SEOUL - Moon Jae-in met Kim Jong Un at Panmunjom; Xi Jinping followed a few minutes later by video link.
"""
E = "Moon Jae-in met Kim Jong Un at Panmunjom; Xi Jinping followed a few minutes later by video link."
summit_parties(HOST, T, [E], ["Moon Jae-in", "Kim Jong Un"], [], ["Xi Jinping"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
