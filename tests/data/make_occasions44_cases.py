# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the occasions set of session 20 from an outside check's cause (``grounding_occasions44.jsonl``):
value-support cases for a meeting's day in a sentence that dates two occasions of the same
parties, by category, each with what must pass and what must fail:

- ``earlier-own``: the fact *is* the earlier occasion ("who last met in Montevideo on 6
  December", "the first since their dinner in Lima on 2 May", "The previous, 12th summit took
  place in Lisbon in October 2022"): its own day, written in the clause that names its place,
  is supported; the later occasion's day is refused for it, and the earlier day for the later
  occasion;
- ``other-clause``: the fact is one occasion and the day belongs to another clause marked as
  another occasion ("they will meet again on 9 May in Astana", "their second summit, in
  Manila on 13 November"): refused; the fact's own day, in the clause that names its place,
  is supported, as are days in a clause with no mark of another occasion ("hosting him at the
  Chancellery on Friday").

Run ``python tests/data/make_occasions44_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets, real leaders in invented sentences); each verdict is
what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_occasions44.jsonl")

built = SupportCases(
    "oc44",
    leads=[
        "By a staff correspondent (Meridian Wire)",
        "NAIROBI, Kenya (Lakeside Post) \u2014",
        "Capital Desk | Evening edition",
        "From our diplomatic editor, Harbour Times",
        "Analysis \u2014 The Continental Review",
    ],
    title="Leaders meet again",
)


def day(
    category: str, expect: bool, sentence: str, value: str, place: str | None,
    parties: list[str], why: str, status: str = "held",
) -> None:  # fmt: skip
    """A summit of ``parties`` at ``place`` (``status``) dated ``value``, backed by ``sentence``."""
    fact = {
        "parties": parties,
        "status": status,
        "planned_location": place,
        "planned_timing": value,
        "evidence": [sentence],
    }
    built.add(
        category, expect, why, built.page(sentence), {"summits": [fact]},
        "summits[0].planned_timing",
    )  # fmt: skip


def pair(
    category: str, sentence: str, parties: list[str], place: str, right: str, wrong: str,
    why: str, status: str = "held",
) -> None:  # fmt: skip
    """The fact at ``place``: its own day ``right`` passes, another occasion's ``wrong`` fails."""
    day(category, True, sentence, right, place, parties, f"supported: {place}'s own day", status)
    day(category, False, sentence, wrong, place, parties, f"refused: {why}", status)


# --- earlier-own: the earlier occasion's own day, in the clause that names its place
C = "earlier-own"
S = "Lula and Milei, who last met in Montevideo on 6 December, held talks in Brasilia on Thursday."
pair(
    C,
    S,
    ["Lula", "Milei"],
    "Montevideo",
    "6 December",
    "Thursday",
    "Thursday is the Brasilia talks",
)
pair(
    C,
    S,
    ["Lula", "Milei"],
    "Brasilia",
    "Thursday",
    "6 December",
    "6 December is the earlier Montevideo meeting",
)
S = "Ruto and Museveni met in Entebbe on Saturday, a month after their previous meeting in Mombasa on 14 June."
pair(
    C, S, ["Ruto", "Museveni"], "Mombasa", "14 June", "Saturday", "Saturday is the Entebbe meeting"
)
pair(
    C,
    S,
    ["Ruto", "Museveni"],
    "Entebbe",
    "Saturday",
    "14 June",
    "14 June is the previous Mombasa meeting",
)
S = "The meeting of the two premiers was the first since their working lunch in Lima on 2 May last year, where they agreed to reopen the border."
day(
    C,
    True,
    S,
    "2 May last year",
    "Lima",
    ["Albanese", "Luxon"],
    "supported: the Lima lunch's own day",
)
S = "The previous summit, the 12th, took place in Lisbon in October 2022 under the Portuguese presidency."
day(C, True, S, "October 2022", "Lisbon", [], "supported: the Lisbon summit is the previous one")
S = "Xi Jinping and Yoon Suk Yeol met in Lima on Friday; the two had last met in Bali in November 2022."
pair(
    C,
    S,
    ["Xi Jinping", "Yoon Suk Yeol"],
    "Bali",
    "November 2022",
    "Friday",
    "Friday is the Lima meeting",
)
pair(
    C,
    S,
    ["Xi Jinping", "Yoon Suk Yeol"],
    "Lima",
    "Friday",
    "November 2022",
    "November 2022 is the earlier Bali meeting",
)
S = "Macron hosted Meloni in Paris on Wednesday, a week after their earlier encounter in Apulia on 13 June."
pair(C, S, ["Macron", "Meloni"], "Apulia", "13 June", "Wednesday", "Wednesday is the Paris meeting")
S = "The talks in Geneva on Monday were the first since the foreign ministers' meeting in Doha on 3 March."
pair(C, S, ["Lavrov", "Rubio"], "Doha", "3 March", "Monday", "Monday is the Geneva talks")
S = "Pezeshkian and Putin, who held talks in Ashgabat on 11 October, will meet again in Kazan later this month."
day(
    C,
    True,
    S,
    "11 October",
    "Ashgabat",
    ["Pezeshkian", "Putin"],
    "supported: the Ashgabat talks' own day",
)
S = "Kagame and Tshisekedi, who first met in Luanda in July 2022, met in Luanda again on Friday."
day(
    C,
    True,
    S,
    "Friday",
    "Luanda",
    ["Kagame", "Tshisekedi"],
    "supported: Friday's meeting in Luanda",
)
day(
    C,
    False,
    S,
    "July 2022",
    "Luanda",
    ["Kagame", "Tshisekedi"],
    "refused: two Luanda meetings; July 2022 is the first, the fact is met again",
)
S = "Albanese and Li Qiang, who last met in Canberra on 17 June, will hold talks in Canberra again next month."
day(
    C,
    False,
    S,
    "17 June",
    "Canberra",
    ["Albanese", "Li Qiang"],
    "refused: the fact is the talks to come, not the past meeting",
    status="scheduled",
)
S = "The 44th summit, held in Vientiane in October 2024, was chaired by Laos; this year's summit, in Kuala Lumpur, opens on 26 May."
pair(
    C,
    S,
    [],
    "Vientiane",
    "October 2024",
    "26 May",
    "26 May opens this year's summit, in Kuala Lumpur",
)
S = "A: They last met in Astana on 3 July, and they are meeting in Baku this week."
pair(
    C, S, ["Aliyev", "Pashinyan"], "Astana", "3 July", "this week", "this week is the Baku meeting"
)


# --- other-clause: another occasion's day in another clause
C = "other-clause"
S = "Modi and Sharif met in Tashkent on Tuesday; they will meet again on 9 May in Astana."
pair(
    C, S, ["Modi", "Sharif"], "Tashkent", "Tuesday", "9 May", "9 May is the Astana meeting to come"
)
pair(
    C,
    S,
    ["Modi", "Sharif"],
    "Astana",
    "9 May",
    "Tuesday",
    "Tuesday is the Tashkent meeting",
    status="scheduled",
)
S = "Their first summit was held in Vientiane in July 2016, and the second, in Manila on 13 November, ended without a joint statement."
pair(
    C,
    S,
    ["Duterte", "Obama"],
    "Vientiane",
    "July 2016",
    "13 November",
    "13 November is the second summit, in Manila",
)
pair(
    C,
    S,
    ["Duterte", "Obama"],
    "Manila",
    "13 November",
    "July 2016",
    "July 2016 is the first summit, in Vientiane",
)
S = "They first met in Oslo in March, and their second summit, in the Finnish capital Helsinki on 4 and 5 September, broke up early."
pair(
    C,
    S,
    ["Stoltenberg", "Orpo"],
    "Oslo",
    "March",
    "4 and 5 September",
    "those are the Helsinki days",
)
S = "Kishida received Yoon in Tokyo on Monday and will travel to Seoul for another round of talks on 21 March."
pair(
    C, S, ["Kishida", "Yoon"], "Tokyo", "Monday", "21 March", "21 March is another round, in Seoul"
)
S = "After talks in Cairo on Sunday, the delegations are to meet again in Doha on Thursday, a mediator said."
pair(C, S, ["Israel", "Hamas"], "Cairo", "Sunday", "Thursday", "Thursday is the Doha round")
S = "Ramaphosa sat down with Tinubu in Abuja on Thursday for their second meeting this year, following a first encounter in Pretoria on 3 February."
pair(
    C,
    S,
    ["Ramaphosa", "Tinubu"],
    "Pretoria",
    "3 February",
    "Thursday",
    "Thursday is the second meeting, in Abuja",
)
pair(
    C,
    S,
    ["Ramaphosa", "Tinubu"],
    "Abuja",
    "Thursday",
    "3 February",
    "3 February is the first encounter, in Pretoria",
)
S = "Scholz and Tusk talked in Berlin on Friday and will meet again in Warsaw on Wednesday, officials said."
pair(C, S, ["Scholz", "Tusk"], "Berlin", "Friday", "Wednesday", "Wednesday is the Warsaw meeting")
S = "Sanchez received Costa in Madrid on 8 April, two months before the next Iberian summit in Porto on 10 June."
pair(
    C,
    S,
    ["Sanchez", "Costa"],
    "Madrid",
    "8 April",
    "10 June",
    "10 June is the next summit, in Porto",
)
S = "Von der Leyen and Meloni met in Rome on Monday and are due to meet again in Brussels on 3 July."
pair(
    C,
    S,
    ["Ursula von der Leyen", "Giorgia Meloni"],
    "Rome",
    "Monday",
    "3 July",
    "3 July is the Brussels meeting to come",
)
S = "Li Qiang hosted Anwar Ibrahim in Beijing on 5 November, days ahead of their next round of talks in Putrajaya on 18 November."
pair(
    C,
    S,
    ["Li Qiang", "Anwar Ibrahim"],
    "Beijing",
    "5 November",
    "18 November",
    "18 November is the next round, in Putrajaya",
)
# near misses: a day in a clause with no mark of another occasion, or with the fact's place
S = "Scholz met Tusk in Berlin, hosting him at the Chancellery on Friday."
day(
    C,
    True,
    S,
    "Friday",
    "Berlin",
    ["Scholz", "Tusk"],
    "supported: one meeting, at the Chancellery in Berlin",
)
S = "The two leaders met again in Warsaw on Wednesday, after talks in Berlin last month."
day(
    C,
    True,
    S,
    "Wednesday",
    "Warsaw",
    ["Scholz", "Tusk"],
    "supported: again marks the Warsaw meeting itself",
)
S = "Orban flew to Beijing, where he met Xi at the Great Hall of the People on Tuesday."
day(C, True, S, "Tuesday", "Beijing", ["Orban", "Xi"], "supported: one meeting, in Beijing")
S = "Starmer met Carney in Ottawa on Sunday, their second meeting since the election."
day(
    C,
    True,
    S,
    "Sunday",
    "Ottawa",
    ["Starmer", "Carney"],
    "supported: the Ottawa meeting is the second one",
)

S = "In Sochi, Putin met Erdogan again on Monday."
day(
    C,
    True,
    S,
    "Monday",
    "Sochi",
    ["Putin", "Erdogan"],
    "supported: the fronted place is the meeting's",
)
S = "Putin and Erdogan held a second round of talks on Monday, in Sochi."
day(
    C,
    True,
    S,
    "Monday",
    "Sochi",
    ["Putin", "Erdogan"],
    "supported: the trailing place is the meeting's",
)

S = "Erdogan flew to Sochi, and Putin received him at his residence on Monday for their second meeting this year."
day(
    C,
    True,
    S,
    "Monday",
    "Sochi",
    ["Putin", "Erdogan"],
    "supported: the journey's place is the meeting's",
)


def place(
    expect: bool, first: str, second: str, value: str, when: str, parties: list[str], why: str
) -> None:
    """A held summit of ``parties`` dated ``when`` at ``value``, backed by two sentences."""
    built.meeting_place("dated-place", expect, value, [first, second], why, parties,
                        text=built.page(f"{first} {second}"), planned_timing=when)  # fmt: skip


def places(first: str, second: str, right: str, wrong: str, when: str, parties: list[str]) -> None:
    """The earlier occasion dated ``when`` in ``second``: ``right`` passes, ``wrong`` (the
    place of ``first``'s occasion, on another day) fails."""
    place(True, first, second, right, when, parties, f"supported: {when} is told with {right}")
    place(
        False,
        first,
        second,
        wrong,
        when,
        parties,
        f"refused: {wrong} is another occasion's place, on another day",
    )


# --- dated-place: the fact's day is told with another place, in a clause of an earlier occasion
places(
    "Lula received Milei in Brasilia on Thursday.",
    "It was their first meeting since a tense lunch in Montevideo on 6 December.",
    "Montevideo",
    "Brasilia",
    "6 December",
    ["Lula", "Milei"],
)
places(
    "Ruto and Museveni held talks in Entebbe on 12 July.",
    "The two had not met since their summit in Mombasa in March.",
    "Mombasa",
    "Entebbe",
    "March",
    ["Ruto", "Museveni"],
)
places(
    "On 3 October, at the Asia-Europe forum in Hanoi, Anwar met Prabowo for an hour.",
    "They last met at the ASEAN summit in Vientiane on 9 October last year.",
    "Vientiane",
    "Hanoi",
    "9 October last year",
    ["Anwar", "Prabowo"],
)
places(
    "Macron and Meloni spoke in Paris on Wednesday.",
    "Their previous meeting, in Rome on 2 June, was frosty.",
    "Rome",
    "Paris",
    "2 June",
    ["Macron", "Meloni"],
)
places(
    "Kagame hosted Tshisekedi in Kigali on Monday, officials said.",
    "Following their meeting in Doha on 18 March, the two had exchanged letters.",
    "Doha",
    "Kigali",
    "18 March",
    ["Kagame", "Tshisekedi"],
)
places(
    "The foreign ministers met in Geneva on 14 May.",
    "Talks had stalled after they met in Istanbul on 2 April.",
    "Istanbul",
    "Geneva",
    "2 April",
    ["Lavrov", "Sybiha"],
)
places(
    "Xi met Yoon in Lima on Friday.",
    "The two had last met in Bali on 15 November 2022.",
    "Bali",
    "Lima",
    "15 November 2022",
    ["Xi", "Yoon"],
)
places(
    "Modi met Sharif in Tashkent on Tuesday morning.",
    "Modi and Sharif first met in Ufa in July 2015.",
    "Ufa",
    "Tashkent",
    "July 2015",
    ["Modi", "Sharif"],
)
places(
    "Kishida welcomed Yoon in Tokyo on 16 March.",
    "It was the first such visit since a summit in Kyoto on 17 December 2011.",
    "Kyoto",
    "Tokyo",
    "17 December 2011",
    ["Kishida", "Yoon"],
)
places(
    "Sanchez and Costa met in Madrid on 8 April.",
    "Their last summit, in Porto on 10 June, set up a water commission.",
    "Porto",
    "Madrid",
    "10 June",
    ["Sanchez", "Costa"],
)
# near misses: the day told with the meeting's venue, a description, or in the place's sentence
place(
    True,
    "The leaders met in Osaka on Saturday.",
    "Their talks at the Imperial Hotel on June 29 lasted 80 minutes.",
    "Osaka",
    "June 29",
    ["Xi", "Trump"],
    "supported: the hotel is the Osaka venue",
)
place(
    True,
    "Erdogan met Putin in Sochi on Monday.",
    "After their talks in the Black Sea resort on 4 September, both sides praised the grain deal.",
    "Sochi",
    "4 September",
    ["Erdogan", "Putin"],
    "supported: the resort is Sochi",
)
place(
    True,
    "Tusk met Scholz in Warsaw on Friday.",
    "Scholz had flown in from Berlin on Friday morning, after a cabinet session.",
    "Warsaw",
    "Friday",
    ["Tusk", "Scholz"],
    "supported: Friday is told with Warsaw",
)


# one verb with two summits as its objects, one with a bracketed abbreviation (session 20, a
# regression check 45 showed): no clause of another occasion
for sentence, value, place in [
    (
        "President Lula on Monday attended the first Amazon Summit and the Organisation of Amazonian States (OTCA) meeting held in Belem.",
        "on Monday",
        "Belem",
    ),
    (
        "Chancellor Ingrid Maurer on Tuesday opened the second Baltic Forum and the Nordic Council summit held in Tallinn.",
        "on Tuesday",
        "Tallinn",
    ),
    (
        "On Thursday Premier Chen Wei joined the 12th East Asia Summit (EAS) gathering in Manila.",
        "On Thursday",
        "Manila",
    ),
]:
    day("other-clause", True, sentence, value, place, [sentence.split(" on ")[0].split(" joined")[0].replace("On Thursday ", "")],
        "one verb's two objects; an abbreviation's brackets")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
