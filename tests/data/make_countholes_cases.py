# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of the session 24 review's false accepts (``grounding_countholes.jsonl``):
value-support cases for numbers a fact-checker reads as another thing's, by category, each
with what must pass and what must fail:

- ``count-owner``: a count whose words name its owner ("votes for Galvez", "visits to India
  by Trump") is not the number of a clause that opens with another name ("Sheinbaum won 35.9
  million votes, Galvez 16.5 million"; "Trump has been to India once, while Modi has made
  three trips to the US"), while its own clause's number stands;
- ``multiple-repeat``: "N times" before a comparative or a frequency ("four times worse",
  "three times a week") is a multiple or a rate, no count of strikes or meetings; an ordinal
  of another thing's noun ("their fifth round of golf") counts no rounds of talks, while
  "the fifth round of negotiations" does;
- ``threatened-rate``: a rate only threatened or set out in a letter beside the rate agreed
  ("threatened 30 percent but settled on 15") is not an adopted measure's rate, while the
  agreed rate is, and the threatened one is a threat's;
- ``failed-vote``: the score of a vote that failed beside one that passed ("failed 48-52 on
  Tuesday before ... 51-49 on Friday") is not the passing vote's, while a fact about the
  failed vote keeps it and a failed amendment's own count stands;
- ``age-or-day``: an age (", who was 59", "aged 17", "Navalny, 44,") or a day of the month
  ("on 14 March 2021") is no count of the dead, wounded or detained, while the count beside
  it stands.

Run ``python tests/data/make_countholes_cases.py`` to rebuild it. The facts are real
(elections, tariff deals, crackdowns, votes as outlets reported them), the sentences written
for this set; each verdict is what a careful fact-checker reads in the text, decided when the
case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_countholes.jsonl")

built = SupportCases(
    "ch",
    leads=[
        "MEXICO CITY (Meseta Wire) -",
        "By Anneke Vos | The Lowlands Ledger",
        "WORLD BRIEFING | The Pacific Courier",
        "From our Yangon correspondent, The Irrawaddy Review.",
        "WASHINGTON, Potomac Post -",
        "Foreign desk, The Danube Examiner.",
    ],
)
OWNER, MULTIPLE, THREAT, FAILED, AGE = (
    "count-owner",
    "multiple-repeat",
    "threatened-rate",
    "failed-vote",
    "age-or-day",
)
PUBLISHED = "2025-08-04"
Value = tuple[str, float]


def facts_of(kind: str, fact: dict[str, Any], evidence: str) -> dict[str, Any]:
    return {"article": {"headline": None, "outlet": None, "byline": None,
                        "published": PUBLISHED}, kind: [{**fact, "evidence": [evidence]}]}  # fmt: skip


def counts(
    category: str, sentence: str, passes: list[Value], fails: list[Value], kind: str = "events",
    status: str | None = None, description: str = "the event",
) -> None:  # fmt: skip
    """A fact of ``kind`` with one exact count (what, value) backed by ``sentence``: each of
    ``passes`` is stated by it, each of ``fails`` is another thing's number."""
    text = built.page(sentence)
    for expect, (what, value) in verdicts(passes, fails):
        count = {"what": what, "value": {"value": value, "qualifier": "exact"}}
        if kind == "events":
            fact: dict[str, Any] = {"kind": "vote" if category == FAILED else "other",
                                    "description": description, "actors": [],
                                    "place": None, "when": None, "counts": [count]}  # fmt: skip
        else:
            fact = {"instrument": "bill", "status": status, "counts": [count]}
        why = f"{what} = {value:g}: " + (
            "the count the sentence states" if expect else "another thing's number"
        )
        built.add(category, expect, why, text, facts_of(kind, fact, sentence),
                  f"{kind}[0].counts[0].value")  # fmt: skip


def rates(sentence: str, passes: list[tuple[str, float]], fails: list[tuple[str, float]]) -> None:
    """A tariff of each (status, rate) backed by ``sentence``: each of ``passes`` is its
    rate, each of ``fails`` is a rate only threatened beside the one adopted."""
    text = built.page(sentence)
    for expect, (status, value) in verdicts(passes, fails):
        fact = {"instrument": "executive_action", "status": status,
                "tariff_rate_percent": {"value": value, "qualifier": "exact"}}  # fmt: skip
        why = f"{status} tariff at {value:g}%: " + (
            "the rate the sentence gives it" if expect else "a rate only threatened"
        )
        built.add(THREAT, expect, why, text, facts_of("sanctions", fact, sentence),
                  "sanctions[0].tariff_rate_percent")  # fmt: skip


# --- count-owner: a clause that opens with another name holds another's count -------------

S = "Sheinbaum won 35.9 million votes, Galvez 16.5 million."
counts(OWNER, S, [("votes for Sheinbaum", 35_900_000), ("votes for Galvez", 16_500_000)],
       [("votes for Galvez", 35_900_000), ("votes for Sheinbaum", 16_500_000)])  # fmt: skip
S = "Trump has been to India once as president, while Modi has made three trips to the United States since 2019."
counts(OWNER, S, [("trips to the United States by Modi", 3)],
       [("visits to India by Trump", 3)])  # fmt: skip
S = "Lula took 60.3 million votes in the runoff of 30 October 2022, and Bolsonaro 58.2 million."
counts(OWNER, S, [("votes for Lula", 60_300_000), ("votes for Bolsonaro", 58_200_000)],
       [("votes for Bolsonaro", 60_300_000)])  # fmt: skip
S = "Milei won 14.5 million votes in the November 2023 runoff, while Massa drew 11.5 million."
counts(OWNER, S, [("votes for Milei", 14_500_000), ("votes for Massa", 11_500_000)],
       [("votes for Massa", 14_500_000), ("votes for Milei", 11_500_000)])  # fmt: skip
S = "Labour won 411 seats in the July 2024 election, the Conservatives 121."
counts(OWNER, S, [("seats won by Labour", 411), ("seats won by the Conservatives", 121)],
       [("seats won by the Conservatives", 411)])  # fmt: skip
S = "Prabowo drew 96.2 million votes in February 2024, while Anies received 40.9 million and Ganjar 27 million."
counts(OWNER, S, [("votes for Prabowo", 96_200_000)],
       [("votes for Anies", 96_200_000)])  # fmt: skip
S = "Macron won 18.8 million votes in the April 2022 runoff, while Le Pen won 13.3 million."
counts(OWNER, S, [("votes for Macron", 18_800_000), ("votes for Le Pen", 13_300_000)],
       [("votes for Le Pen", 18_800_000)])  # fmt: skip
S = "Biden won 306 electoral votes in 2020, and Trump 232."
counts(OWNER, S, [("electoral votes for Biden", 306), ("electoral votes for Trump", 232)],
       [("electoral votes for Trump", 306)])  # fmt: skip
S = "The ANC won 159 seats in May 2024, the DA 87 and the MK party 58."
counts(OWNER, S, [("seats won by the ANC", 159)], [("seats won by the DA", 159)])  # fmt: skip

# --- multiple-repeat: "N times" before a comparative, an ordinal of another thing ---------

S = "Ukraine's energy minister said Russian drones hit the power grid four times harder this winter than last."
counts(MULTIPLE, S, [], [("strikes on the power grid", 4)])
S = "Russia has struck the power grid four times this week, Ukraine's energy minister said."
counts(MULTIPLE, S, [("strikes on the power grid", 4)], [])
S = "Kharkiv's mayor said Russian glide bombs struck the city three times worse than in May."
counts(MULTIPLE, S, [], [("strikes on the city", 3)])
S = "Russian glide bombs have struck Kharkiv three times since Sunday, the city's mayor said."
counts(MULTIPLE, S, [("strikes on Kharkiv", 3)], [])
S = "Israeli jets hit the Houthi-held port of Hodeidah ten times heavier than in July, a Houthi spokesman claimed."
counts(MULTIPLE, S, [], [("strikes on Hodeidah", 10)])
S = "Israeli jets have hit the port of Hodeidah twice since July, a Houthi spokesman said."
counts(MULTIPLE, S, [("strikes on Hodeidah", 2)], [])
S = "Officials said Russia now attacks the Odesa port three times a week."
counts(MULTIPLE, S, [], [("attacks on the Odesa port", 3)])
S = "Trump and Abe played their fifth round of golf together at Kasumigaseki on 26 May 2019."
counts(MULTIPLE, S, [("rounds of golf", 5)], [("rounds of talks", 5)])
S = "Russian and Ukrainian envoys held the second round of talks in Istanbul on 2 June 2025."
counts(MULTIPLE, S, [("rounds of talks", 2)], [])
S = "Iran and the US held their fifth round of negotiations in Rome on 23 May 2025."
counts(MULTIPLE, S, [("rounds of talks", 5)], [])
S = "Kyiv and Moscow carried out a third round of prisoner exchanges after the Istanbul meeting."
counts(MULTIPLE, S, [], [("rounds of talks", 3)])
S = "The leaders met for a fourth round of consultations in Doha on Tuesday."
counts(MULTIPLE, S, [("rounds of talks", 4)], [])
S = "The 15-member council took its seventh round of voting on the resolution on Friday."
counts(MULTIPLE, S, [], [("rounds of talks", 7)])
S = "Putin and Erdogan have met four times this year, the Kremlin said."
counts(MULTIPLE, S, [("meetings between Putin and Erdogan", 4)], [])
S = "Israeli officials said Hamas rockets now strike Ashkelon twice a day."
counts(MULTIPLE, S, [], [("strikes on Ashkelon", 2)])
S = "Analysts said Houthi drones now attack Red Sea shipping three times more often than in 2023."
counts(MULTIPLE, S, [], [("attacks on shipping", 3)])
S = "Russian shelling hit Nikopol five times deadlier in June than in May, the regional governor said."
counts(MULTIPLE, S, [], [("strikes on Nikopol", 5)])
S = "Russian shelling has hit Nikopol five times since dawn, the regional governor said."
counts(MULTIPLE, S, [("strikes on Nikopol", 5)], [])
S = "Zelensky and Trump have met in person three times this year, the presidential office said."
counts(MULTIPLE, S, [("meetings between Zelensky and Trump", 3)], [])
# "over", "the" and "that" before a time or a named place tell the repeat's scene (reviewer rvG)
S = "Russian drones hit Kherson three times over the weekend, the regional governor said."
counts(MULTIPLE, S, [("strikes on Kherson", 3)], [])
S = "Russian missiles struck Zaporizhzhia three times that morning, the governor said."
counts(MULTIPLE, S, [("strikes on Zaporizhzhia", 3)], [])
S = "Russian drones hit the Odesa port four times the next night, the navy said."
counts(MULTIPLE, S, [("strikes on the Odesa port", 4)], [])
S = "Israeli jets struck Beirut's southern suburbs three times over the past week, Lebanese officials said."
counts(MULTIPLE, S, [("strikes on Beirut's southern suburbs", 3)], [])
S = "Putin and Lukashenko met five times the following year, the Kremlin said."
counts(MULTIPLE, S, [("meetings between Putin and Lukashenko", 5)], [])
S = "Houthi missiles targeted the tankers six times over the Red Sea in June, the US Navy said."
counts(MULTIPLE, S, [("attacks on the tankers", 6)], [])
S = "Drones struck Kharkiv five times over two days, the mayor said."
counts(MULTIPLE, S, [("strikes on Kharkiv", 5)], [])
S = "Kyiv says Russia's drone fleet has grown three times over since 2023."
counts(MULTIPLE, S, [], [("attacks on Kyiv", 3)])
S = "Russian barrages on Kyiv in July were four times the size of last year's, officials said."
counts(MULTIPLE, S, [], [("strikes on Kyiv", 4)])
S = "Shelling of Kherson ran at three times that of May, the regional governor said."
counts(MULTIPLE, S, [], [("strikes on Kherson", 3)])

# --- threatened-rate: a threat's rate beside the agreed one -----------------------------

S = "Trump had threatened a 30 percent tariff on EU goods in a letter on 12 July 2025, but the two sides settled on a 15 percent tariff at Turnberry on 27 July."
rates(S, [("imposed", 15), ("announced", 15)], [("imposed", 30), ("announced", 30)])
S = "In a July letter Trump set out a 25 percent tariff on Japanese imports; the deal agreed on 22 July fixed the tariff at 15 percent."
rates(S, [("imposed", 15)], [("imposed", 25), ("in_force", 25)])
S = "Washington threatened 32 percent on Indonesian goods but agreed a 19 percent tariff with Jakarta on 15 July 2025."
rates(S, [("imposed", 19), ("announced", 19)], [("imposed", 32)])
S = "The 20 percent tariff agreed with Vietnam on 2 July replaces the 46 percent rate threatened in April."
rates(S, [("announced", 20), ("imposed", 20)], [("announced", 46)])
S = "After threatening 25 percent, Washington agreed a 15 percent tariff on South Korean goods on 30 July 2025."
rates(S, [("imposed", 15)], [("imposed", 25)])
S = "Trump imposed the 50 percent tariff on Brazilian goods he had threatened in a July letter, on top of a 10 percent baseline."
rates(S, [("imposed", 50)], [])
S = "Trump imposed on 6 August 2025 an extra 25 percent tariff on Indian goods he had threatened a week before."
rates(S, [("imposed", 25)], [])
S = "Trump floated a 50 percent tariff on EU goods in May before agreeing a 15 percent tariff in July."
rates(S, [("imposed", 15)], [("imposed", 50)])
S = "A 39 percent tariff on Swiss goods took effect on 7 August 2025, after Trump's letter had set out 31 percent in April."
rates(S, [("in_force", 39), ("imposed", 39)], [("in_force", 31)])
S = "Trump set out a 20 percent rate for the Philippines in a letter, then agreed a 19 percent tariff with Marcos on 22 July."
rates(S, [("imposed", 19)], [("imposed", 20)])

# --- failed-vote: a failed vote's score beside the passing one --------------------------

S = "The Senate rejected the stopgap bill 48-52 on Tuesday and passed it 51-49 on Friday."
counts(
    FAILED,
    S,
    [("votes in favour", 51)],
    [("votes in favour", 48)],
    kind="sanctions",
    status="passed_one_chamber",
)
counts(
    FAILED,
    S,
    [("votes in favour", 51)],
    [("votes in favour", 48)],
    description="Senate passed the stopgap bill",
)
counts(FAILED, S, [("votes in favour", 48)], [], description="Senate rejected the stopgap bill")
counts(FAILED, S, [], [("votes in favour", 48)], description="Senate vote on the stopgap bill")
S = "After a 48-52 defeat on Tuesday, the Senate passed the stopgap bill 51-49 on Friday."
counts(
    FAILED,
    S,
    [("votes in favour", 51)],
    [("votes in favour", 48)],
    kind="sanctions",
    status="passed_one_chamber",
)
counts(FAILED, S, [], [("votes in favour", 48)], description="Senate passed the stopgap bill")
S = "The Senate passed the budget bill 51-50 on 1 July 2025, three days after a procedural motion failed 49-51."
counts(FAILED, S, [("votes in favour", 51)], [], kind="sanctions", status="passed_one_chamber")
S = "The House voted down the rule 203-220 on Wednesday before approving the bill 218-214 on Thursday."
counts(
    FAILED,
    S,
    [("votes in favour", 218)],
    [("votes in favour", 203)],
    kind="sanctions",
    status="passed_one_chamber",
)
counts(FAILED, S, [("votes in favour", 203)], [], description="House voted down the rule")
S = "Senators ratified the accord 82-17, but a reservation offered as an amendment lost 30-69."
counts(FAILED, S, [("yeas on the amendment", 30)], [], kind="sanctions", status="enacted")
S = "The Knesset bill failed 55-59 at first, then passed 61-59 in a second vote that night."
counts(
    FAILED,
    S,
    [("votes in favour", 61)],
    [("votes in favour", 55)],
    kind="sanctions",
    status="passed_one_chamber",
)
S = "The Bundestag approved the debt brake reform 513-207 on 18 March 2025, a week after a rival motion was rejected 190-480."
counts(FAILED, S, [("votes in favour", 513)], [], kind="sanctions", status="passed_one_chamber")
S = "The Senate blocked the war powers resolution 47-53 on 27 June 2025, days before it passed the budget bill 51-50."
counts(
    FAILED,
    S,
    [],
    [("votes for the budget bill", 47)],
    kind="sanctions",
    status="passed_one_chamber",
)
S = "Lawmakers sank the first draft 88-94 on Monday but approved the revised text 97-85 on Thursday."
counts(
    FAILED,
    S,
    [("votes in favour", 97)],
    [("votes in favour", 88)],
    kind="sanctions",
    status="enacted",
)
S = "The Commons defeated the deal 202-432 in January 2019 and, in a later vote, passed the Brady amendment 317-301."
counts(
    FAILED,
    S,
    [("votes for the Brady amendment", 317)],
    [("votes for the Brady amendment", 202)],
    description="Commons passed the Brady amendment",
)

# --- age-or-day: an age or a day of the month is no count --------------------------------

S = "Police detained Navalny, who was 44, and more than 11,000 of his supporters in January 2021."
counts(AGE, S, [], [("people detained", 44)])
S = "Police detained Navalny, 44, and 11,000 of his supporters across Russia."
counts(AGE, S, [], [("people detained", 44)])
S = "Security forces killed Kyal Sin, aged 19, and 37 other protesters in Mandalay and Yangon on 3 March 2021."
counts(AGE, S, [], [("protesters killed", 19), ("protesters killed", 3)])
S = "Those killed on 14 March 2021 numbered 38, the Assistance Association for Political Prisoners said."
counts(AGE, S, [("people killed", 38)], [("people killed", 14)])
S = "The dead on 14 March 2021 included 22 protesters in Hlaing Tharyar."
counts(AGE, S, [("protesters killed in Hlaing Tharyar", 22)], [("dead", 14)])
S = "Police had detained 6,700 people by 12 August 2020, Belarus's interior ministry said."
counts(AGE, S, [("people detained", 6700)], [("people detained", 12)])
S = "Lukashenko, who was 65 at the time, saw 7,000 people detained in the four days after the vote."
counts(AGE, S, [("people detained", 7000)], [("people detained", 65)])
S = "Wounded on 13 April 2025 were 117 people, 15 of them children, the Sumy governor said."
counts(AGE, S, [("people wounded", 117)], [("people wounded", 13)])
S = "Mahsa Amini, aged 22, died in custody; Iran Human Rights counted 551 protesters killed in the months after."
counts(AGE, S, [("protesters killed", 551)], [("protesters killed", 22)])
S = "Opposition leader Maria Kolesnikova, who was 38, was among 1,000 people detained that week."
counts(AGE, S, [("people detained", 1000)], [("people detained", 38)])
S = "Protesters killed on 3 March 2021 numbered 38, among them Kyal Sin, 19, in Mandalay."
counts(AGE, S, [("protesters killed", 38)], [("protesters killed", 3), ("protesters killed", 19)])
S = "Among 2,150 people detained by 13 March 2021 was the economist Sean Turnell."
counts(AGE, S, [("people detained", 2150)], [("people detained", 13)])
S = "The crackdown of 28 February 2021 left 18 people dead, the UN human rights office said."
counts(AGE, S, [("people dead", 18)], [("people dead", 28)])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
