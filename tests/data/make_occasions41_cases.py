# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 41's occasions (``grounding_occasions41.jsonl``): a day or a place
belongs to the occasion whose verb or noun governs it, in its own clause or phrase, by
category, each with what must pass and what must fail:

- ``occasion-day``: the day a statement was released, issued or published is no truce's start
  (even written "Monday, February 22"); an earlier call's or meeting's day, told in an aside about it,
  is not this meeting's; and the meeting's own day passes even after a long aside holding
  "since" ("X and Y, who had not met since ..., held talks on Thursday");
- ``occasion-place``: a "-based" modifier ("Lisbon-based diplomats") is no meeting place,
  nor is last year's host city beside this year's place; the meeting's own place passes.

Run ``python tests/data/make_occasions41_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_occasions41.jsonl")

built = SupportCases(
    "o41",
    leads=[
        "DAKAR (Sahel Wire) -",
        "By Tomas Reyes | Andean Chronicle",
        "From the Baltic Dispatch's Riga desk.",
        "ANALYSIS | Gulf Evening Ledger",
        "MANILA, Philippines -",
        "Filed by our Balkans correspondent, Skopje.",
    ],
)
DAY, PLACE = "occasion-day", "occasion-place"
PUBLISHED = "2025-06-11"


def fact(
    category: str, expect: bool, why: str, evidence: list[str], kind: str, field: str,
    value: Any, extra: dict[str, Any] | None = None,
) -> None:  # fmt: skip
    """A fact of ``kind`` whose ``field`` is ``value`` backed by ``evidence`` (a page of the
    evidence's paragraphs)."""
    item = {**(extra or {}), field: value, "evidence": evidence}
    facts = {"article": {"headline": None, "outlet": None, "byline": None,
                         "published": PUBLISHED}, kind: [item]}  # fmt: skip
    built.add(category, expect, f"{field} {value!r}: {why}", built.page(*evidence), facts,
              f"{kind}[0].{field}")  # fmt: skip


def start(
    expect: bool, why: str, evidence: list[str], value: str, status: str | None = None
) -> None:
    fact(DAY, expect, why, evidence, "ceasefires", "starts", value, {"status": status})


def timing(
    expect: bool,
    why: str,
    evidence: list[str],
    value: str,
    parties: list[str],
    status: str = "held",
) -> None:
    fact(
        DAY,
        expect,
        why,
        evidence,
        "summits",
        "planned_timing",
        value,
        {"parties": parties, "status": status},
    )


def place(
    expect: bool,
    why: str,
    evidence: list[str],
    value: str,
    parties: list[str],
    status: str | None = "held",
) -> None:
    fact(
        PLACE,
        expect,
        why,
        evidence,
        "summits",
        "planned_location",
        value,
        {"parties": parties, "status": status},
    )


# --- occasion-day: the day of the occasion whose verb governs it ---------------------------

ISSUED = "The communique, issued by Ankara and Tehran on Thursday, March 6, sets the truce to begin at dawn on Sunday, March 9."
start(False, "the day the communique was issued", [ISSUED], "March 6")
start(True, "the start the communique sets", [ISSUED], "Sunday, March 9")
PUBLISHED_ON = "A statement published by the mediators on Tuesday, 14 October, says the ceasefire will take effect at 6 p.m. on Friday."
start(False, "the day the statement was published", [PUBLISHED_ON], "14 October")
start(True, "the start the statement gives", [PUBLISHED_ON], "6 p.m. on Friday")
RELEASED = "The declaration, released in Doha on Wednesday, April 2, said fighting would halt from midnight on Saturday."
start(False, "the day the declaration was released", [RELEASED], "April 2")
start(True, "'halt from' midnight on Saturday", [RELEASED], "midnight on Saturday")
start(
    False,
    "the release day, not the start",
    [
        "Mediators released the text of the accord on 28 January; the guns are to fall silent on 1 February."
    ],
    "28 January",
)
start(
    True,
    "the start after a release day",
    [
        "Mediators released the text of the accord on 28 January; the guns are to fall silent on 1 February."
    ],
    "1 February",
)
start(
    True,
    "the day the statement came out is the start too",
    ["The ceasefire took effect on Monday, February 9, the day the joint statement was released."],
    "February 9",
)
start(
    True,
    "announced one day, begun another",
    ["Announced on 1 June, the truce began on 5 June."],
    "5 June",
)

start(
    False,
    "the day the notice was issued",
    [
        "The army's notice, issued on Saturday, 7 June, said the pause in shelling would begin on Monday."
    ],
    "7 June",
)
start(
    True,
    "the start the notice gives",
    [
        "The army's notice, issued on Saturday, 7 June, said the pause in shelling would begin on Monday."
    ],
    "on Monday",
)
start(
    False,
    "the day the text was published, weekday first",
    ["Published on Friday, 3 January, the accord says the truce applies from 10 January."],
    "3 January",
)
timing(
    False,
    "the prior round's day, in an aside",
    [
        "Witkoff and Araghchi will hold a fourth round in Muscat on Saturday.",
        "Their prior round, held in Rome on 19 April, lasted four hours.",
    ],
    "19 April",
    ["Witkoff", "Araghchi"],
    "scheduled",
)
timing(
    False,
    "the former meeting's day, an aside with 'a'",
    [
        "Mitsotakis and Erdogan met in Ankara on Monday.",
        "Their earlier meeting, a brief encounter in Vilnius on 11 July, broke the ice.",
    ],
    "11 July",
    ["Mitsotakis", "Erdogan"],
)
RUTO = "Presidents Ruto and Museveni, who had spoken by phone twice since the border dispute flared in March but had not met since Ruto took office, held talks for four hours on Thursday at State House in Entebbe, on the shore of Lake Victoria, a day before a regional summit opens."
timing(
    True,
    "the meeting's own day after an aside with 'since'",
    [RUTO],
    "on Thursday",
    ["Ruto", "Museveni"],
)
VOGEL = "Chancellor Vogel and Premier Sato, who have not met in person since the Osaka summit, talked for two hours on Wednesday in Berlin."
timing(True, "the talks' own day after a 'since' aside", [VOGEL], "on Wednesday", ["Vogel", "Sato"])
MUSCAT = "The two foreign ministers, Haddad and Okoye, who had traded accusations since the embassy closed in January, met on Saturday in Muscat."
timing(
    True, "their meeting's day after a 'since' aside", [MUSCAT], "on Saturday", ["Haddad", "Okoye"]
)
LULA = [
    "Lula and Macron met in Brasilia on Tuesday.",
    "Their previous encounter, a phone call on 3 March 2024, produced little.",
]
timing(False, "the earlier phone call's day", LULA, "3 March 2024", ["Lula", "Macron"])
timing(True, "the meeting's own day", LULA, "on Tuesday", ["Lula", "Macron"])
LIMA = [
    "Boric and Petro held talks in Bogota on Friday.",
    "Their last summit, held in Lima on 12 April 2023, ended without a deal.",
]
timing(False, "the last summit's day", LIMA, "12 April 2023", ["Boric", "Petro"])
timing(True, "this meeting's day", LIMA, "on Friday", ["Boric", "Petro"])
KAGAME = [
    "Kagame and Tshisekedi will meet in Luanda on 20 July.",
    "The pair's most recent contact, a video call on 2 May that ran for an hour, was cordial.",
]
timing(
    False,
    "the video call's day, for the planned meeting",
    KAGAME,
    "2 May",
    ["Kagame", "Tshisekedi"],
    "scheduled",
)
timing(True, "the planned meeting's day", KAGAME, "20 July", ["Kagame", "Tshisekedi"], "scheduled")

# --- occasion-place: the place its own occasion's word governs -------------------------------

place(
    True,
    "the venue's city, no status",
    ["Ruto and Abiy held talks at the Sheraton in Addis Ababa."],
    "Addis Ababa",
    ["Ruto", "Abiy"],
    None,
)
place(
    False,
    "a '-based' modifier is the diplomats' base",
    ["Lisbon-based diplomats expect Costa and Sanchez to meet in Porto."],
    "Lisbon",
    ["Costa", "Sanchez"],
    "scheduled",
)
place(
    True,
    "the place of the expected meeting",
    ["Lisbon-based diplomats expect Costa and Sanchez to meet in Porto."],
    "Porto",
    ["Costa", "Sanchez"],
    "scheduled",
)
place(
    False,
    "a '-based' think tank",
    ["A Brussels-based think tank said Meloni and Rama would meet in Tirana."],
    "Brussels",
    ["Meloni", "Rama"],
    "scheduled",
)
place(
    False,
    "monitors based there",
    ["Vienna-based monitors said the talks between Aliyev and Pashinyan would be held in Tbilisi."],
    "Vienna",
    ["Aliyev", "Pashinyan"],
    "scheduled",
)
place(
    True,
    "the planned city, for the postponed meeting",
    ["The planned Toulouse summit of Sanchez and Macron has been called off."],
    "Toulouse",
    ["Sanchez", "Macron"],
    "cancelled",
)
place(
    False,
    "last year's host, for this year's talks",
    [
        "Geneva, the Swiss city, hosted last year's round; this year's talks between Blinken and Lavrov will be in Vienna."
    ],
    "Geneva",
    ["Blinken", "Lavrov"],
    "scheduled",
)
place(
    True,
    "this year's place beside last year's host",
    [
        "Geneva, the Swiss city, hosted last year's round; this year's talks between Blinken and Lavrov will be in Vienna."
    ],
    "Vienna",
    ["Blinken", "Lavrov"],
    "scheduled",
)

KYIV = ["Kyiv-based analysts expect Zelensky and Duda to meet in Rzeszow next week."]
place(False, "the analysts' base", KYIV, "Kyiv", ["Zelensky", "Duda"], "scheduled")
place(True, "the expected meeting's town", KYIV, "Rzeszow", ["Zelensky", "Duda"], "scheduled")
ENVOYS = ["Singapore-based envoys said Marcos and Anwar would hold talks in Kuala Lumpur."]
place(False, "the envoys' base", ENVOYS, "Singapore", ["Marcos", "Anwar"], "scheduled")
place(True, "the talks' city", ENVOYS, "Kuala Lumpur", ["Marcos", "Anwar"], "scheduled")
MONITOR = ["A London-based monitor reported that Erdogan and Aliyev met in Baku on Friday."]
place(True, "where they met", MONITOR, "Baku", ["Erdogan", "Aliyev"])
VIENNA = ["Geneva hosted the 2021 summit; this time Biden and Putin will meet in Vienna."]
place(False, "the earlier summit's host", VIENNA, "Geneva", ["Biden", "Putin"], "scheduled")
place(True, "this time's city", VIENNA, "Vienna", ["Biden", "Putin"], "scheduled")
AMMAN = ["After flying in from Cairo, Abbas met King Abdullah in Amman."]
place(False, "where Abbas flew from", AMMAN, "Cairo", ["Abbas", "King Abdullah"])
place(True, "where they met", AMMAN, "Amman", ["Abbas", "King Abdullah"])
BUSAN = ["Their ministers met in Oslo last week; Lee and Ishiba will meet in Busan in May."]
place(
    False, "the ministers' meeting, for the leaders'", BUSAN, "Oslo", ["Lee", "Ishiba"], "scheduled"
)
place(True, "the leaders' planned city", BUSAN, "Busan", ["Lee", "Ishiba"], "scheduled")
MOVED = ["Talks between Petro and Noboa, first planned for Quito, were held in Bogota on Monday."]
place(
    False,
    "a '-based' aid body",
    ["The Geneva-based Red Cross said Ruto and Kagame would meet in Kigali."],
    "Geneva",
    ["Ruto", "Kagame"],
    "scheduled",
)
place(True, "where the talks were held", MOVED, "Bogota", ["Petro", "Noboa"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
