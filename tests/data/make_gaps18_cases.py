# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the gaps set of the session-18 review (``grounding_gaps18.jsonl``): value-support
cases, by category, each with what must pass and what must fail.

- ``other-pair-place``: a meeting's place is not the place another pair or person meets or
  visits in another clause of the sentence ("days after A and B met in Madrid", "after A's
  visit to Lisbon"); the meeting's own place still holds;
- ``fronted-place``: a place fronted before the meeting's clause ("In Berlin, A and B met";
  "At the X Palace on Monday, the two leaders held talks") is the meeting's place;
- ``side-day``: a day in a fronted phrase of time ("Following Friday's talks, ...") or a
  "since" aside ("delayed since March") is not the day of the main clause's event.

Run ``python tests/data/make_gaps18_cases.py`` to rebuild it. Every article below was written
for this set (fictional people or real places in invented sentences).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gaps18.jsonl")

built = SupportCases(
    "gp18",
    leads=("LIMA (Andes Post) -", "OSLO, May 3 (Nordic Wire) -", "From our desk in Accra"),
)


def place(
    category: str, sentence: str, parties: list[str], value: str, expect: bool, status: str = "held"
) -> None:
    built.meeting_place(category, expect, value, [sentence], f"{value!r}", parties, status)


def day(sentence: str, value: str, expect: bool, kind: str = "talks") -> None:
    fact = {"kind": kind, "description": kind, "when": value, "evidence": [sentence]}
    built.add(
        "side-day", expect, f"{value!r}", built.page(sentence), {"events": [fact]}, "events[0].when"
    )


C = "other-pair-place"
for sentence, parties, good, bad, status in [
    (
        "Macron and Scholz met in Berlin on Tuesday, days after Meloni and Sanchez met in Madrid.",
        ["Macron", "Scholz"],
        "Berlin",
        "Madrid",
        "held",
    ),
    (
        "Macron met Scholz in Berlin after Meloni's visit to Madrid.",
        ["Macron", "Scholz"],
        "Berlin",
        "Madrid",
        "held",
    ),
    (
        "Ruto and Hassan held talks in Arusha on Friday, a week after Kagame and Museveni conferred in Kigali.",
        ["Ruto", "Hassan"],
        "Arusha",
        "Kigali",
        "held",
    ),
    (
        "Lula received Petro in Brasilia on Monday, two days after Boric's trip to Lima.",
        ["Lula", "Petro"],
        "Brasilia",
        "Lima",
        "held",
    ),
    (
        "Tinubu and Mahama will meet in Abuja next week, after Faye and Traore met in Dakar.",
        ["Tinubu", "Mahama"],
        "Abuja",
        "Dakar",
        "scheduled",
    ),
    (
        "Anwar and Widodo met at a resort in Bali on Sunday, shortly after Marcos held talks with Thaksin in Bangkok.",
        ["Anwar", "Widodo"],
        "Bali",
        "Bangkok",
        "held",
    ),
    (
        "Albanese sat down with Luxon in Wellington on Thursday, following Rabuka's visit to Canberra.",
        ["Albanese", "Luxon"],
        "Wellington",
        "Canberra",
        "held",
    ),
    (
        "Orban and Fico met in Bratislava on Wednesday, days before Tusk and Fiala meet in Prague.",
        ["Orban", "Fico"],
        "Bratislava",
        "Prague",
        "held",
    ),
    (
        "The summit between Ramaphosa and Hichilema took place in Lusaka on Saturday, after Mnangagwa met Chakwera in Lilongwe.",
        ["Ramaphosa", "Hichilema"],
        "Lusaka",
        "Lilongwe",
        "held",
    ),
    (
        "Kishida hosted Yoon in Tokyo on Monday, a month after Biden and Trudeau met in Ottawa.",
        ["Kishida", "Yoon"],
        "Tokyo",
        "Ottawa",
        "held",
    ),
    (
        "Sheinbaum and Noboa are due to meet in Mexico City in June, after Milei's visit to Montevideo.",
        ["Sheinbaum", "Noboa"],
        "Mexico City",
        "Montevideo",
        "scheduled",
    ),
]:
    place(C, sentence, parties, good, True, status)
    place(C, sentence, parties, bad, False, status)

C = "fronted-place"
for sentence, parties, value, expect in [
    ("In Berlin, Macron and Scholz met on Tuesday.", ["Macron", "Scholz"], "Berlin", True),
    (
        "At the Elysee Palace on Monday, the two leaders held talks.",
        ["Macron", "Scholz"],
        "Elysee Palace",
        True,
    ),
    (
        "In Nairobi on Friday, Ruto and Abiy held three hours of talks.",
        ["Ruto", "Abiy"],
        "Nairobi",
        True,
    ),
    (
        "At the Itamaraty Palace, Lula received Petro for a working lunch.",
        ["Lula", "Petro"],
        "Itamaraty Palace",
        True,
    ),
    (
        "In Doha, the two envoys met again on Sunday to discuss the hostages.",
        ["Witkoff", "Al Thani"],
        "Doha",
        True,
    ),
    (
        "At the Hofburg on Thursday, Van der Bellen and Nehammer met for talks.",
        ["Van der Bellen", "Nehammer"],
        "Hofburg",
        True,
    ),
    (
        "In Brasilia, Lula and Milei held their first meeting on Monday.",
        ["Lula", "Milei"],
        "Brasilia",
        True,
    ),
    (
        "In Canberra on Tuesday, Albanese met Luxon for annual talks.",
        ["Albanese", "Luxon"],
        "Canberra",
        True,
    ),
    (
        "At the Kremlin, Putin hosted Pezeshkian on Wednesday.",
        ["Putin", "Pezeshkian"],
        "Kremlin",
        True,
    ),
    ("In Seoul on Monday, Yoon and Kishida met for an hour.", ["Yoon", "Kishida"], "Seoul", True),
    ("In Berlin, Macron and Scholz met on Tuesday.", ["Macron", "Scholz"], "Paris", False),
    (
        "At the Elysee Palace on Monday, the two leaders held talks.",
        ["Macron", "Scholz"],
        "Berlin",
        False,
    ),
    (
        "In Nairobi, protesters marched on Friday, while Ruto and Abiy met in Addis Ababa.",
        ["Ruto", "Abiy"],
        "Nairobi",
        False,
    ),
    (
        "In Doha, officials said on Sunday that the envoys would meet in Cairo.",
        ["Witkoff", "Al Thani"],
        "Doha",
        False,
    ),
    (
        "In Geneva, the Swiss said, the delegations will not meet; they meet in Vienna instead.",
        ["Armenia", "Azerbaijan"],
        "Geneva",
        False,
    ),
    ("In Ankara on Thursday, Erdogan and Aliyev met.", ["Erdogan", "Aliyev"], "Baku", False),
    (
        "In Seoul, Yoon spoke to reporters on Monday before flying to Tokyo to meet Kishida.",
        ["Yoon", "Kishida"],
        "Seoul",
        False,
    ),
    (
        "At the Kremlin on Wednesday, Putin met Pezeshkian.",
        ["Putin", "Pezeshkian"],
        "Tehran",
        False,
    ),
    (
        "In Lima, the Andes Post reported, Boric met Arce in La Paz on Friday.",
        ["Boric", "Arce"],
        "Lima",
        False,
    ),
    ("At Camp David last weekend, the presidents met.", ["Biden", "Kishida"], "Washington", False),
]:
    place(C, sentence, parties, value, expect)

for sentence, good, bad in [
    (
        "Following Friday's talks in Doha, negotiators will meet in Geneva on Monday.",
        "on Monday",
        "Friday",
    ),
    ("The talks, delayed since March, will open in Geneva on Monday.", "on Monday", "March"),
    (
        "After Tuesday's round in Cairo, the envoys reconvene in Amman on Thursday.",
        "on Thursday",
        "Tuesday",
    ),
    (
        "Following Saturday's meeting in Lusaka, the ministers gather in Harare on Wednesday.",
        "on Wednesday",
        "Saturday",
    ),
    (
        "The hearing, postponed since January, resumes in The Hague on Tuesday.",
        "on Tuesday",
        "January",
    ),
    (
        "The negotiations, stalled since October, restart in Vienna on Monday.",
        "on Monday",
        "October",
    ),
    (
        "After talks in Riyadh on Sunday, the delegations will meet again in Jeddah on Friday.",
        "on Friday",
        "Sunday",
    ),
    (
        "Following Monday's summit in Accra, the leaders meet in Lome on Saturday.",
        "on Saturday",
        "Monday",
    ),
    (
        "The conference, on hold since February, opens in Nairobi on Wednesday.",
        "on Wednesday",
        "February",
    ),
    (
        "Before Thursday's session in Brussels, ministers will meet in Luxembourg on Tuesday.",
        "on Tuesday",
        "Thursday",
    ),
    ("The dialogue, suspended since August, resumes in Oslo on Friday.", "on Friday", "August"),
]:
    day(sentence, good, True)
    day(sentence, bad, False)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
