# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the places set of session 18 from an outside check's causes (``grounding_places40.jsonl``):
value-support cases by category, each with what must pass and what must fail:

- ``apart-place``: a meeting's place told after a verbless aside between it and its meeting
  word (a title run after a name: "held talks with X, president of Y, at Z"; a venue's own
  name after its noun: "at his official residence, Seri Perdana, in Putrajaya") is the
  meeting's place, and so is a known city opening its venue's name ("at the Kigali Convention
  Centre"). A place inside the aside (the title's country, a home town), an aside that is a
  clause ("who flew in from Oslo"), and a venue named after a person or an unknown word stay
  refused.
- ``other-occasion``: a place of another occasion told in the same sentence is not the
  meeting's or the event's: a called-off or earlier meeting in a clause of time ("two weeks
  after a planned meeting in X was called off"), the next round ("agreed to meet again in
  X", "their next round is due in X"), the end of a journey told beside a meeting that has its
  own place ("flew to X after talks in Y"), a dateline ("X, May 3 (Wire) - ... will meet in
  Y"), another strike ("a day after a drone strike in X"): unsupported. The place of the
  fact's own clause passes, and so does a place in a clause of time when the fact's own day
  stands there, the way to a meeting ("flew to X for talks"), a later round for a fact that
  is that round, and a clause that refers back ("met there").
- ``place-outlet``: a short top line that puts a name after a place preposition ("Talks
  resume in Vienna") or opens as a dateline ("OSLO, March 4") names a place, not the
  publisher; a masthead, a section bar, or a masthead with its own date still names it.

Run ``python tests/data/make_places40_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, STRONG, SUPPORTED, WEAK, SupportCases

OUT = Path(__file__).with_name("grounding_places40.jsonl")

built = SupportCases(
    "pl40",
    leads=[
        "Leaders meet\n(Northgate Wire) -",
        "DIPLOMACY\nBy Tomas Rieder, The Alder Post",
        "World | Kestrel Daily",
        "Regional desk - Lotus Herald",
    ],
)
PATH = "summits[0].planned_location"


def summit(case: str, expect: bool, strength: str, why: str, sentence: str, parties: list[str],
           place: str, status: str = "held", timing: str | None = None) -> None:  # fmt: skip
    fact: dict[str, Any] = {"parties": parties, "status": status, "planned_location": place,
                            "evidence": [sentence]}  # fmt: skip
    if timing:
        fact["planned_timing"] = timing
    built.graded(case, expect, strength, why, built.page(sentence), {"summits": [fact]}, PATH)


# --- apart-place: the place after an aside between it and the meeting word
C = "apart-place"
APART = [  # (sentence, parties, the meeting's place, a place that is not the meeting's, strength)
    (
        "Chancellor Ilse Brandt held talks with Tomasz Wolak, prime minister of the Republic of Poland, at the Wilanow Palace in Warsaw on Tuesday.",
        ["Brandt", "Wolak"],
        "Warsaw",
        "Republic of Poland",
        WEAK,
    ),
    (
        "President Amara Diallo met for talks hosted by Moussa Ndiaye, the former mayor of Thies, at his official residence, the Palais de la Republique, in Dakar on Friday.",
        ["Diallo", "Ndiaye"],
        "Dakar",
        "Thies",
        WEAK,
    ),
    (
        "Kwame Mensah sat down with Ruth Okello, the foreign minister of Uganda, at State House in Nairobi.",
        ["Mensah", "Okello"],
        "Nairobi",
        "Uganda",
        STRONG,
    ),
    (
        "The envoys met Lucia Ferraro, mayor of Turin and a veteran negotiator, at the Palazzo Chigi in Rome.",
        ["The envoys", "Ferraro"],
        "Rome",
        "Turin",
        WEAK,
    ),
    (
        "Premier Hana Sato received Carlos Mendes, Brazil's minister for trade and industry, at the Akasaka guest house in Tokyo.",
        ["Sato", "Mendes"],
        "Tokyo",
        "Brazil",
        STRONG,
    ),
    (
        "The two presidents held a summit hosted by King Harald at the royal lodge, Skaugum, in Asker on Monday.",
        ["The two presidents"],
        "Asker",
        "Oslo",
        STRONG,
    ),
    (
        "Foreign ministers gathered with Ines Duarte, chair of the regional bloc, at the Belem Cultural Centre in Lisbon.",
        ["Foreign ministers"],
        "Lisbon",
        "Madrid",
        STRONG,
    ),
    (
        "Omar Haddad had talks with Leila Nasser, deputy speaker of the Jordanian parliament, at a Dead Sea hotel, the Ishtar, in Sweimeh.",
        ["Haddad", "Nasser"],
        "Sweimeh",
        "Amman",
        STRONG,
    ),
    (
        "The leaders met at the invitation of President Kaya, their host for the day, at the Vahdettin Pavilion in Istanbul.",
        ["The leaders"],
        "Istanbul",
        "Ankara",
        STRONG,
    ),
    (
        "Delegates opened the plenary session at the Nairobi Convention Centre on Monday.",
        ["Delegates"],
        "Nairobi",
        "Mombasa",
        STRONG,
    ),
    (
        "Ministers were welcomed to the closing session at the Accra International Conference Centre.",
        ["Ministers"],
        "Accra",
        "Kumasi",
        STRONG,
    ),
]
for sentence, parties, own, other, strength in APART:
    summit(C, True, SUPPORTED, f"met in {own}", sentence, parties, own)
    summit(C, False, strength, f"{other} is not where they met", sentence, parties, other)
# an aside that is a clause, a person's or an unknown venue name: left unread
for sentence, parties, place in [
    (
        "Ruth Okello met the envoys, who had flown in from Kampala, at a hotel outside the capital.",
        ["Okello", "the envoys"],
        "Kampala",
    ),
    ("The ministers met at the Lancaster Hall on Monday.", ["The ministers"], "Lancaster"),
    (
        "The president met Hana Sato at the Mandela Centre on Friday.",
        ["The president", "Sato"],
        "Mandela",
    ),
]:
    summit(C, False, WEAK, f"{place} is not given as where they met", sentence, parties, place)

# --- other-occasion: another occasion's place in the same sentence
C = "other-occasion"
OTHERS = [  # (sentence, parties, timing, own place, other place)
    (
        "Envoys of Armenia and Azerbaijan met in Tbilisi on Friday, ten days after a planned round in Geneva was scrapped.",
        ["Armenia", "Azerbaijan"],
        "on Friday",
        "Tbilisi",
        "Geneva",
    ),
    (
        "Lula and Petro held talks in Bogota on Wednesday, a month after their meeting in Leticia broke up without a deal.",
        ["Lula", "Petro"],
        "on Wednesday",
        "Bogota",
        "Leticia",
    ),
    (
        "Sharif and Erdogan met in Ankara on Sunday and agreed to meet again in Islamabad in the autumn.",
        ["Sharif", "Erdogan"],
        "on Sunday",
        "Ankara",
        "Islamabad",
    ),
    (
        "The negotiators sat down in Muscat for two days; their next session is set for Doha.",
        ["The negotiators"],
        None,
        "Muscat",
        "Doha",
    ),
    (
        "Rutte met Frederiksen in Copenhagen on Tuesday, and the two will hold another meeting in The Hague next month.",
        ["Rutte", "Frederiksen"],
        "on Tuesday",
        "Copenhagen",
        "Hague",
    ),
    (
        "Modi flew to Tokyo on Thursday after talks with Prabowo in Jakarta, where the two leaders signed a maritime pact.",
        ["Modi", "Prabowo"],
        None,
        "Jakarta",
        "Tokyo",
    ),
    (
        "Meloni left for Tunis on Saturday following her meeting with Saied in Rome.",
        ["Meloni", "Saied"],
        None,
        "Rome",
        "Tunis",
    ),
    (
        "ADDIS ABABA, June 2 (Horn Wire) - Sudanese army and RSF envoys will meet in Jeddah next week, mediators said.",
        ["Sudanese army", "RSF"],
        None,
        "Jeddah",
        "Addis Ababa",
    ),
    (
        "NICOSIA, Oct. 9 - The two community leaders are due to meet at the UN buffer zone in Ledra on Monday, officials said.",
        ["community leaders"],
        None,
        "Ledra",
        "Nicosia",
    ),
    (
        "Ministers of the two Koreas met at Panmunjom on Monday, two weeks before a summit in Pyongyang that was later called off.",
        ["two Koreas"],
        "on Monday",
        "Panmunjom",
        "Pyongyang",
    ),
    (
        "Macron and Sanchez held talks in Barcelona on Thursday; they plan to meet next in Paris in June.",
        ["Macron", "Sanchez"],
        "on Thursday",
        "Barcelona",
        "Paris",
    ),
]
for sentence, parties, timing, own, other in OTHERS:
    summit(C, True, SUPPORTED, f"met in {own}", sentence, parties, own, timing=timing)
    summit(
        C,
        False,
        STRONG,
        f"{other} is another occasion's place",
        sentence,
        parties,
        other,
        timing=timing,
    )
# a strike beside another strike
for sentence, when, own, other in [
    (
        "Missiles hit Odesa on Sunday, a day after a drone strike in Kherson killed two people.",
        "on Sunday",
        "Odesa",
        "Kherson",
    ),
    (
        "Artillery struck Khan Younis on Friday, hours after an air raid in Rafah.",
        "on Friday",
        "Khan Younis",
        "Rafah",
    ),
    (
        "Shelling pounded Donetsk on Monday, two days after a missile attack on Horlivka.",
        "on Monday",
        "Donetsk",
        "Horlivka",
    ),
]:
    page = built.page(sentence)
    for expect, place in ((True, own), (False, other)):
        event = {
            "kind": "strike",
            "description": "the strike",
            "place": place,
            "when": when,
            "evidence": [sentence],
        }
        built.graded(C, expect, SUPPORTED if expect else STRONG,
                     f"struck {place}" if expect else f"{place} is another strike's", page,
                     {"events": [event]}, "events[0].place")  # fmt: skip
# near misses that must pass: the fact's own day in the place's clause, the way to a
# meeting, the later round for the fact that is that round, a clause that refers back
for sentence, parties, status, timing, place in [
    (
        "Sharif and Erdogan met in Ankara on Sunday and agreed to meet again in Islamabad in the autumn.",
        ["Sharif", "Erdogan"],
        "scheduled",
        "in the autumn",
        "Islamabad",
    ),
    (
        "Macron and Sanchez held talks in Barcelona on Thursday; they plan to meet next in Paris in June.",
        ["Macron", "Sanchez"],
        "scheduled",
        "in June",
        "Paris",
    ),
    (
        "Modi flew to Tokyo on Thursday for talks with Ishiba, a day after a stop in Hanoi.",
        ["Modi", "Ishiba"],
        "held",
        "on Thursday",
        "Tokyo",
    ),
    (
        "Two weeks after a planned meeting in Vilnius was called off, the presidents met there on Friday.",
        ["the presidents"],
        "held",
        "on Friday",
        "Vilnius",
    ),
    (
        "Rutte met Frederiksen in Copenhagen on Tuesday, a week after a summit in Brussels on Monday.",
        ["Rutte", "Frederiksen"],
        "held",
        "on Monday",
        "Brussels",
    ),
    (
        "Petro held talks with Noboa in Quito on Monday before flying home.",
        ["Petro", "Noboa"],
        "held",
        "on Monday",
        "Quito",
    ),
    (
        "GENEVA, May 3 (Alpine Wire) - Iranian and European diplomats met here on Friday, officials said.",
        ["Iranian", "European"],
        "held",
        "on Friday",
        "Geneva",
    ),
]:
    summit(
        C,
        True,
        SUPPORTED,
        f"{place} is this meeting's place",
        sentence,
        parties,
        place,
        status=status,
        timing=timing,
    )
# another strike with the fact's own day
sentence = "Shelling hit Sumy on Tuesday, a day after a drone strike in Kharkiv on Monday killed four people."
event = {
    "kind": "strike",
    "description": "drone strike",
    "place": "Kharkiv",
    "when": "on Monday",
    "evidence": [sentence],
}
built.graded(
    C,
    True,
    SUPPORTED,
    "the drone strike of Monday was in Kharkiv",
    built.page(sentence),
    {"events": [event]},
    "events[0].place",
)

# A no-status meeting whose clause names its parties together ("The leaders", "They", "The
# pair") is theirs, beside a later trip of one of them (check 39's shape; a regression of the
# session-18 merge); a clause of other people ("Foreign ministers", "Their aides") is not.
for sentence, parties, place, expect in [
    (
        "The leaders met on the sidelines of the G20 summit in Rio de Janeiro, weeks before Lula flies to Beijing for a state visit.",
        ["Lula", "Albanese"],
        "Rio de Janeiro",
        True,
    ),
    (
        "They met in Washington on Tuesday, a day before Modi travels to New York.",
        ["Modi", "Biden"],
        "Washington",
        True,
    ),
    (
        "The pair met in Nairobi on Friday, ahead of Ruto's trip to Addis Ababa.",
        ["Ruto", "Abiy"],
        "Nairobi",
        True,
    ),
    (
        "Foreign ministers met in Paris last week; Macron and Scholz will meet in Berlin.",
        ["Macron", "Scholz"],
        "Paris",
        False,
    ),
    (
        "Their aides met in Oslo, days before Store and Frederiksen hold talks in Copenhagen.",
        ["Store", "Frederiksen"],
        "Oslo",
        False,
    ),
    (
        "The two foreign ministers met in Cairo, weeks before Sisi and Erdogan meet in Ankara.",
        ["Sisi", "Erdogan"],
        "Cairo",
        False,
    ),
]:
    fact: dict[str, Any] = {"parties": parties, "planned_location": place, "evidence": [sentence]}
    built.graded(
        C,
        expect,
        SUPPORTED if expect else STRONG,
        f"{place}: {'the parties together' if expect else 'other people'}",
        built.page(sentence),
        {"summits": [fact]},
        PATH,
    )

# --- place-outlet: a place in a short top line is no publisher
C = "place-outlet"
OUTLETS = [  # (page, the outlet, the place)
    (
        "Talks resume in Vienna\nBy Ana Lenz\nThe Danube Ledger | 3 March 2024\n\nTalks resumed on Monday, officials said.\n",
        "The Danube Ledger",
        "Vienna",
    ),
    (
        "Leaders gather at Lancaster House\nHarbour Mail\n\nLeaders gathered on Tuesday for a one-day meeting.\n",
        "Harbour Mail",
        "Lancaster House",
    ),
    (
        "Envoys meet near Geneva\nThe Alpine Courier - World\n\nThe envoys met for six hours.\n",
        "The Alpine Courier",
        "Geneva",
    ),
    (
        "OSLO, March 4\nNorthern Dispatch\n\nThe ministers met on Tuesday and agreed a text.\n",
        "Northern Dispatch",
        "OSLO",
    ),
    (
        "Ceasefire talks open in Doha\nGulf Ledger\n\nNegotiators opened a new round on Sunday.\n",
        "Gulf Ledger",
        "Doha",
    ),
    (
        "Summit opens in Nairobi\nSavanna Times | World\n\nThe summit opened on Monday.\n",
        "Savanna Times",
        "Nairobi",
    ),
    (
        "Protest outside the Kremlin\nThe Steppe Herald\n\nA small crowd gathered on Sunday.\n",
        "The Steppe Herald",
        "Kremlin",
    ),
    (
        "Ministers sign pact at Hillsborough\nLough Post\n\nThe ministers signed on Friday.\n",
        "Lough Post",
        "Hillsborough",
    ),
    (
        "Kyiv, Monday (Dnipro Wire) - \nThe Dnipro Courier\n\nAir raid sirens sounded twice overnight.\n",
        "The Dnipro Courier",
        "Kyiv",
    ),
    (
        "Votes counted in Lagos\nDelta Sun\n\nOfficials began counting on Sunday.\n",
        "Delta Sun",
        "Lagos",
    ),
]
for text, outlet, place in OUTLETS:
    built.article_field(C, "outlet", text, [outlet], [place])
# a masthead with its own date, a section bar, an outlet named after its city
for text, outlet in [
    (
        "The Harbour Mail, March 3, 2024\n\nTalks resumed in Valletta on Monday.\n",
        "The Harbour Mail",
    ),
    ("Home | World | Riverside Echo\n\nThe ministers met in Lyon.\n", "Riverside Echo"),
]:
    facts = {"article": {**ARTICLE, "outlet": outlet}}
    built.add(C, True, f"outlet {outlet} (supported)", text, facts, "article.outlet")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
