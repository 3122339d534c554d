# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 42's places, credit lines and point rates
(``grounding_places42.jsonl``), by category, each with what must pass and what must fail:

- ``own-place``: a meeting's own place stands when another place in the sentence belongs to
  another occasion ("met in Fukuoka, months after their deputies had talked in Geneva"), to a
  person's biography ("X, who was born in Cebu, met Y in Kuala Lumpur") or to a body ("the
  Vienna-based agency"), and in passive and translated word orders ("was on Thursday held in
  Riga", "agreed to a ceasefire in talks held in Nairobi"); the other place, given as the
  meeting's, fails;
- ``desk-line``: a live page's credit ("Updates by A and B", "Live coverage by X",
  "Reporting by X; editing by Y") names its writers, and a press release's "From: Office,
  Address and Department" line names its publisher; an editor, a body named in the text only,
  a "from" that names a route or a sender inside the copy fail;
- ``point-rate``: a number of "points" or "percentage points" of a tariff is that tariff's rate
  when the sentence names it as a part of a total rate ("the other 20 points is the fentanyl
  tariff"); a change of so many points ("raised by 20 points", "a 15-point rise"), or points
  of something else (a poll, an index), is no rate.

Run ``python tests/data/make_places42_cases.py`` to rebuild it. Every article below was
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

OUT = Path(__file__).with_name("grounding_places42.jsonl")

built = SupportCases(
    "p42",
    leads=[
        "MANILA (Archipelago Wire) -",
        "By Farah Siddiqui | The Indus Ledger",
        "TASHKENT, 14 May (Steppe News Agency) --",
        "WORLD | The Lakeshore Tribune",
        "From our Cairo bureau.",
        "ACCRA, Ghana -",
    ],
)
OWN, DESK, POINT = "own-place", "desk-line", "point-rate"


def place(expect: bool, why: str, evidence: list[str], value: str, parties: list[str],
          status: str | None = "held") -> None:  # fmt: skip
    """A summit of ``parties`` (``status``) whose planned location is ``value``."""
    why = f"planned_location {value!r}: {why}"
    built.meeting_place(OWN, expect, value, evidence, why, parties, status)


def desk(expect: bool, why: str, text: str, field: str, value: str) -> None:
    """The page's ``field`` ("byline" or "outlet") is ``value``."""
    facts = {"article": {**ARTICLE, field: value}}
    built.add(DESK, expect, f"{field} {value!r}: {why}", text, facts, f"article.{field}")


def point(expect: bool, why: str, sentence: str, value: float, text: str | None = None) -> None:
    built.tariff(POINT, expect, sentence, value, why, instrument="executive_action", text=text)


# --- own-place: the meeting's place beside another occasion's, a life's or a body's --------

FUKUOKA = "Park and Sato met in Fukuoka on Friday, eight months after their deputies had talked in Geneva."
place(
    True,
    "the meeting's city, an earlier round elsewhere after it",
    [FUKUOKA],
    "Fukuoka",
    ["Park", "Sato"],
)
place(False, "the deputies' earlier round", [FUKUOKA], "Geneva", ["Park", "Sato"])
CEBU = "Reyes, who was born in Cebu, met Anwar in Kuala Lumpur on Monday to discuss fisheries."
place(
    True, "the meeting's city after a birthplace aside", [CEBU], "Kuala Lumpur", ["Reyes", "Anwar"]
)
place(False, "the birthplace in a relative clause", [CEBU], "Cebu", ["Reyes", "Anwar"])
KAMPALA = "Mr Kagame, who studied in Kampala in the 1980s, held talks with Mr Tshisekedi in Luanda on Tuesday."
place(True, "talks' city after a life's place", [KAMPALA], "Luanda", ["Kagame", "Tshisekedi"])
place(False, "where one of them studied", [KAMPALA], "Kampala", ["Kagame", "Tshisekedi"])
LAHORE = "Nawaz, a native of Lahore, sat down with Jaishankar in Delhi for an hour."
place(True, "the meeting's city after 'a native of'", [LAHORE], "Delhi", ["Nawaz", "Jaishankar"])
place(False, "a native of another city", [LAHORE], "Lahore", ["Nawaz", "Jaishankar"])
TEHRAN = "The head of the Vienna-based watchdog, Grossi, met Pezeshkian in Tehran on Wednesday."
place(True, "the meeting's city beside a body's base", [TEHRAN], "Tehran", ["Grossi", "Pezeshkian"])
place(False, "the body's base", [TEHRAN], "Vienna", ["Grossi", "Pezeshkian"])
HANOI = "In Hanoi on Wednesday, Lula held talks with To Lam, two years after the pair first spoke in Brasilia."
place(
    True,
    "a fronted city, their first talk elsewhere later in the sentence",
    [HANOI],
    "Hanoi",
    ["Lula", "To Lam"],
)
place(False, "the place of their first talk", [HANOI], "Brasilia", ["Lula", "To Lam"])
CAIRO = "Held in Cairo on Saturday, the meeting between Sisi and Abbas followed a round their envoys had in Amman."
place(True, "a fronted participle with the city", [CAIRO], "Cairo", ["Sisi", "Abbas"])
place(False, "the envoys' round", [CAIRO], "Amman", ["Sisi", "Abbas"])
LONDON = (
    "Sharif, who was in London for medical treatment last month, met Erdogan in Ankara on Monday."
)
place(True, "the meeting's city after a trip aside", [LONDON], "Ankara", ["Sharif", "Erdogan"])
place(False, "a medical trip's city", [LONDON], "London", ["Sharif", "Erdogan"])
SEVILLE = "Sanchez, whose party opens its congress in Seville next week, met Montenegro in Lisbon on Thursday."
place(
    True, "the meeting's city after a party's event", [SEVILLE], "Lisbon", ["Sanchez", "Montenegro"]
)
place(False, "the party congress's city", [SEVILLE], "Seville", ["Sanchez", "Montenegro"])
RIGA = "The second Nordic-Baltic leaders' summit was on Thursday held in Riga, the capital of Latvia, at which a joint declaration was signed by the eight prime ministers."
place(
    True,
    "a translated passive, a day between verb and place",
    [RIGA],
    "Riga",
    ["Nordic countries", "Baltic states"],
)
ULAAN = "The meeting of the two presidents was yesterday successfully held in Ulaanbaatar, according to the foreign ministry."
place(True, "a passive with a day and an adverb", [ULAAN], "Ulaanbaatar", ["presidents"])
TASHKENT = "Consultations between the foreign ministers of Uzbekistan and Tajikistan were on Monday conducted in Tashkent, following the round held earlier in Dushanbe."
place(
    True,
    "a translated passive, an earlier round after it",
    [TASHKENT],
    "Tashkent",
    ["Uzbekistan", "Tajikistan"],
)
place(False, "the earlier round's city", [TASHKENT], "Dushanbe", ["Uzbekistan", "Tajikistan"])
NAIROBI = "Ethiopia and Eritrea have agreed to an immediate ceasefire in talks held in Nairobi, Kenya's foreign ministry announced on Sunday."
place(
    True,
    "a ceasefire agreed in talks held in a city",
    [NAIROBI],
    "Nairobi",
    ["Ethiopia", "Eritrea"],
)
JEDDAH = "The two sides agreed to a week-long truce at negotiations hosted in Jeddah, a statement from Riyadh said, replacing a pause arranged in Manama."
place(True, "a truce at negotiations hosted in a city", [JEDDAH], "Jeddah", ["two sides"])
place(False, "the statement's capital", [JEDDAH], "Riyadh", ["two sides"])
place(False, "the earlier pause's city", [JEDDAH], "Manama", ["two sides"])
VILNIUS = "The summit, first mooted in Vilnius last spring, was on Friday held in Tallinn with all five leaders present."
place(True, "the passive's city after a plan's", [VILNIUS], "Tallinn", ["five leaders"])
place(False, "where the idea was first mooted", [VILNIUS], "Vilnius", ["five leaders"])
ABU = [
    "Armenia and Azerbaijan have agreed to reopen two border crossings in talks held in Abu Dhabi, the Emirati foreign ministry said on Friday.",
    "The Armenian side was led by Deputy Prime Minister Mher Grigoryan, and the Azerbaijani side was headed by Deputy Prime Minister Shahin Mustafayev.",
]
place(
    True,
    "talks held in a city, the parties the two sides' leaders",
    ABU,
    "Abu Dhabi",
    ["Mher Grigoryan", "Shahin Mustafayev"],
)
place(
    True,
    "a passive with a day, the delegations as subject",
    ["Talks between the delegations were yesterday held in Muscat behind closed doors."],
    "Muscat",
    ["Iran", "United States"],
)
place(
    False,
    "other countries' talks in a translated passive",
    [
        "The talks between Serbia and Kosovo were on Monday held in Brussels.",
        "Rama met Mitsotakis in Tirana on Tuesday.",
    ],
    "Brussels",
    ["Rama", "Mitsotakis"],
)
place(
    False,
    "a negated passive",
    ["The second round of consultations will not be held in Geneva, officials said."],
    "Geneva",
    ["Lavrov", "Rubio"],
    None,
)
SANTIAGO = "The leaders of Chile and Peru were in Lima on Sunday for talks, a week after their trade ministers met in Santiago."
place(
    True, "the leaders' talks, the ministers' round after it", [SANTIAGO], "Lima", ["Chile", "Peru"]
)
place(False, "the trade ministers' round", [SANTIAGO], "Santiago", ["Chile", "Peru"])

# --- desk-line: a live page's credit and a press release's "From:" line --------------------

LIVE = "LIVE: Council vote on steel safeguard\nThe Harbour Gazette - live coverage\nSaturday 3 May 2025\n{credit}\n\n10:02 CET - Ministers meet in Luxembourg today for the vote on the steel safeguard.\n\n10:40 CET - The Polish minister said the vote would be close.\n"
desk(
    True,
    "'Updates by A and B' under a live page's title",
    LIVE.format(credit="Updates by Marta Nowak and Tomasz Lis"),
    "byline",
    "Marta Nowak and Tomasz Lis",
)
desk(
    True,
    "'Live coverage by X'",
    LIVE.format(credit="Live coverage by Priya Raman"),
    "byline",
    "Priya Raman",
)
desk(
    True,
    "'Blog updates by A, B and C'",
    LIVE.format(credit="Blog updates by Sofia Lind, Omar Haddad and Eva Brandt"),
    "byline",
    "Sofia Lind, Omar Haddad and Eva Brandt",
)
desk(
    True,
    "'Coverage by X' with a place in brackets",
    LIVE.format(credit="Coverage by Lukas Weber (Luxembourg)"),
    "byline",
    "Lukas Weber",
)
desk(
    True, "'Compiled by X'", LIVE.format(credit="Compiled by Helena Berg"), "byline", "Helena Berg"
)
WIRE = "Ghana and Togo agree border patrol pact\n\nACCRA, June 2 - Ghana and Togo agreed on Monday to run joint patrols along their border, officials said.\n\nThe deal follows months of talks.\n\nReporting by Kwame Mensah and Lucia Ferro; Editing by Tom Hale\n"
desk(
    True,
    "'Reporting by A and B; Editing by C' at the foot",
    WIRE,
    "byline",
    "Kwame Mensah and Lucia Ferro",
)
desk(False, "the editor, not a writer", WIRE, "byline", "Tom Hale")
desk(
    False,
    "a minister whose updates the copy reports",
    "LIVE: Council vote on steel safeguard\nThe Harbour Gazette - live coverage\nSaturday 3 May 2025\n\n10:02 CET - Updates by Minister Jan Kowal on the talks were brief.\n",
    "byline",
    "Jan Kowal",
)
desk(
    False,
    "a name only in the copy",
    LIVE.format(credit="Updates by Marta Nowak"),
    "byline",
    "Tomasz Lis",
)
PR = "{title}\nPress release\nFrom: {sender}\nPublished 12 March 2025\n\n- Sanctions on 40 vessels\n\nThe Government will today sanction 40 vessels, the Foreign Secretary will announce in Brussels.\n\nThe Treasury said the measures take effect at once.\n\nThe vessels have carried oil worth more than $9 billion since 2023.\n\nOnce listed, they may not enter UK ports.\n\nThe package follows 20 earlier listings this year.\n\nNotes to editors: a full list of the vessels is published on GOV.UK.\n"
T = "UK to sanction 40 shadow fleet vessels"
desk(
    True,
    "'From: Office, its address and a department'",
    PR.format(
        title=T,
        sender="Prime Minister's Office, 10 Downing Street and Foreign, Commonwealth & Development Office",
    ),
    "outlet",
    "Prime Minister's Office, 10 Downing Street",
)
desk(
    True,
    "the second department on the 'From:' line",
    PR.format(
        title=T,
        sender="Prime Minister's Office, 10 Downing Street and Foreign, Commonwealth & Development Office",
    ),
    "outlet",
    "Foreign, Commonwealth & Development Office",
)
desk(
    True,
    "a single department",
    PR.format(title=T, sender="Department for Business and Trade"),
    "outlet",
    "Department for Business and Trade",
)
desk(
    True,
    "a ministry with 'From:'",
    PR.format(
        title="Norway joins maritime sanctions", sender="Ministry of Foreign Affairs of Norway"
    ),
    "outlet",
    "Ministry of Foreign Affairs of Norway",
)
desk(
    True,
    "'From:' naming two bodies with 'and'",
    PR.format(title=T, sender="HM Treasury and Office of Financial Sanctions Implementation"),
    "outlet",
    "HM Treasury",
)
desk(
    True,
    "a news story's 'From:' line",
    "Canada lists 12 new entities\nNews release\nFrom: Global Affairs Canada\nMarch 4, 2025\n\nOttawa, Ontario - The Minister of Foreign Affairs today announced sanctions on 12 entities.\n",
    "outlet",
    "Global Affairs Canada",
)
desk(
    False,
    "a body named only in the copy",
    PR.format(title=T, sender="Cabinet Office"),
    "outlet",
    "The Treasury",
)
desk(
    False,
    "a photographer's credit",
    LIVE.format(credit="Photos by Marta Nowak"),
    "byline",
    "Marta Nowak",
)
desk(
    False,
    "a minister quoted in the copy",
    LIVE.format(credit="Updates by Marta Nowak and Tomasz Lis").replace(
        "The Polish minister said", "Anna Berg, the Swedish minister, said"
    ),
    "byline",
    "Anna Berg",
)
desk(
    False,
    "an office named in the copy, another on the 'From:' line",
    PR.format(title=T, sender="Cabinet Office").replace(
        "The Treasury said", "The Prime Minister's Office said"
    ),
    "outlet",
    "Prime Minister's Office",
)
desk(
    True,
    "the live page's outlet on its label line",
    LIVE.format(credit="Updates by Marta Nowak"),
    "outlet",
    "The Harbour Gazette",
)
desk(
    True,
    "'Reporting by A; additional reporting by B'",
    WIRE.replace(
        "Reporting by Kwame Mensah and Lucia Ferro",
        "Reporting by Kwame Mensah; additional reporting by Lucia Ferro",
    ),
    "byline",
    "Kwame Mensah",
)
desk(
    False,
    "a body named only in the copy, with 'From:' elsewhere",
    PR.format(title=T, sender="Cabinet Office"),
    "outlet",
    "Foreign Secretary",
)
desk(
    False,
    "a headline's 'From X to Y'",
    "From Oslo to Ottawa: allies tighten the net on tankers\n\nBy Ruth Adler\n\nAllies agreed new sanctions on Friday, officials said.\n",
    "outlet",
    "Oslo",
)
desk(
    False,
    "a letter 'from' a minister in the copy",
    "Ministers write to shipping firms\n\nBy Ruth Adler | The Lakeshore Tribune\n\nA letter from: the Department for Transport was sent to 200 firms on Friday, officials said.\n",
    "outlet",
    "Department for Transport",
)
desk(
    False,
    "the press office's address alone, another office publishes",
    PR.format(title=T, sender="Cabinet Office, 70 Whitehall"),
    "outlet",
    "10 Downing Street",
)

# --- point-rate: points of a total rate, not a change of points ----------------------------

point(
    True,
    "the other points of a total are the named tariff",
    "Ten points of it is the baseline rate. The other 20 points is the fentanyl tariff, which stays.",
    20,
)
point(
    True,
    "percentage points of a total as the named duty",
    "Of the 45% levy, 25 percentage points are the anti-dumping duty and the rest is the standard rate.",
    25,
)
point(
    True,
    "the remaining points are the surcharge",
    "The total comes to 40 per cent: the remaining 15 points are the steel surcharge.",
    15,
)
point(
    True,
    "points making up a tariff, 'comes from'",
    "Of the combined 30 percent charge on the cars, 12 percentage points come from the retaliatory tariff.",
    12,
)
point(
    True,
    "points that are the tariff, reversed order",
    "The countervailing duty accounts for 17 points of the 27% rate.",
    17,
)
point(
    True,
    "points of a new duty that are a surcharge",
    "Five points of the new 25% duty are a safeguard surcharge, officials said.",
    5,
)
point(
    True,
    "a fronted total, the points that are the old levy",
    "Of the 60 per cent the cars now pay, 27 points is the old anti-subsidy levy.",
    27,
)
point(
    True,
    "points that make up the named duty",
    "Beijing's 34 per cent breaks down in two: 10 points are the base tariff and 24 points make up the reciprocal duty.",
    24,
)
point(
    True,
    "a surcharge that makes up points of a total",
    "The steel surcharge makes up 15 percentage points of the total.",
    15,
)
point(
    True,
    "a plain percent beside a points change",
    "The tariff now stands at 35 percent after a rise of 10 points.",
    35,
)
point(False, "a rise by points, not the rate", "The tariff rose by 20 points to 45%.", 20)
point(
    False,
    "raised so many percentage points",
    "Washington raised the tariff 10 percentage points, to 35 percent.",
    10,
)
point(False, "a cut by points, no rate given", "The duty was cut by 15 points on Friday.", 15)
point(
    False, "a hyphenated points rise", "Exporters face a 25-point rise in the levy from June.", 25
)
point(
    False,
    "an index's points after the tariff news",
    "The Nikkei fell 20 points after the tariff was announced.",
    20,
)
point(
    False,
    "a poll's lead in points",
    "Supporters of the tariff lead opponents by 18 points, a poll found.",
    18,
)
point(
    False,
    "points higher than last year",
    "The new tariff is 12 percentage points higher than last year's rate.",
    12,
)
point(False, "points lower than the cap", "The duty sits 8 points below the 25% cap.", 8)
point(False, "a rise with 'went up'", "The tariff went up 5 points on Monday.", 5)
point(
    False,
    "points that separate two duties",
    "Ten points separate the two duties, and 7 points separate the levies.",
    7,
)
point(
    False,
    "raised by percentage points since a year",
    "The levy has been raised by 7 percentage points since 2023.",
    7,
)
point(
    False,
    "a spread of points between two rates",
    "The gap between the two tariffs is now 30 points.",
    30,
)


# An earlier occasion's held meeting governs no place of this one (session 19, check 43's
# plant: the previous session "had been held in Tunis" accepted as the Algiers summit's place).
ALGIERS = "The 31st Arab League summit was on Tuesday held in Algiers. The previous session, the 30th ordinary session, had been held in Tunis."
place(True, "this summit's own passive", [ALGIERS], "Algiers", ["Arab League"])
place(False, "the previous session's city, pluperfect", [ALGIERS], "Tunis", ["Arab League"])
LUSAKA = "The summit was on Friday convened in Lusaka. The last summit was held in Luanda."
place(True, "this summit's city", [LUSAKA], "Lusaka", ["SADC"])
place(False, "'The last summit was held in Luanda'", [LUSAKA], "Luanda", ["SADC"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
