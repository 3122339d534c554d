# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 43's loosened place and age readings
(``grounding_rv43f.jsonl``, review rv43f of fa43p and fa43c), cases written by the reviewer in
new words, at the edges of

- ``place``: a month's abbreviation is a day, never another occasion's place (fa43p,
  occasions/occasion_places._CALENDAR), against a place whose name opens with one ("in Mar
  del Plata", "at Sept-Iles", "at Jan Mayen") and a person called Jan;
  and a capitalised word after a verb is its object place only when it is no
  title (fa43p), against a place whose name opens with a title ("battered Prince Rupert",
  "swamped General Santos", "hit King's Lynn", "swept Queen Creek") and two spaces before it;
- ``age``: a person's age in English's own forms (fa43c, figures/ages.py), against another
  person's age: an owner's relative apposed ("The victim's father, Raj Patel, 58,"; "The
  King's grandson, Prince George, 12,"; "The driver's passenger, a 26-year-old,"), the sole
  age standing alone for another person ("The 58-year-old had run the firm since 2011" after
  the man replaced), a pronoun that means another person ("his mother survived him. She was
  93."), a bracket "aged between 18 and 25", "aged from 16 to 19", a score apposed to a golfer.

Run ``python tests/data/make_rv43f_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv43f.jsonl")

built = SupportCases(
    "rv43f",
    leads=[
        "CARLISLE (Border Wire) -",
        "By Nadia Okoro | The Severn Herald",
        "NEWS DESK | The Prairie Ledger",
        "From our Inverness newsroom, The Highland Post.",
    ],
)
MONTH = "place"  # a month's short form before a place's name
TITLE = "place"  # a title opening an object place's name
AGE = "age"
EXACT = "exact"

counts = partial(built.count_cases, published="2026-05-19")


def place(category: str, expect: bool, sentence: str, value: str, when: str) -> None:
    """An event told by ``sentence`` (which opens with its dateline), placed at ``value``."""
    fact = {"kind": "other", "description": "the event", "actors": [], "place": value,
            "when": when, "evidence": [sentence]}  # fmt: skip
    why = f"place {value}: " + (
        "the dateline's, no other place named" if expect else "the body names the event's place"
    )
    built.add(category, expect, why, sentence + "\n", {"events": [fact]}, "events[0].place")


# --- month-place -------------------------------------------------------------------------------
# must fail: a place whose name opens with a month's short form, on the event's own day
place(
    MONTH,
    False,
    "BUENOS AIRES - The national team said on Tuesday it would train in Mar del Plata on Jan. 10.",
    "Buenos Aires",
    "on Jan. 10",
)
place(
    MONTH,
    False,
    "MONTREAL - The cruise line said on Monday its new ship would dock at Sept-Iles on Oct. 2.",
    "Montreal",
    "on Oct. 2",
)
place(
    MONTH,
    False,
    "OSLO - The research institute said on Friday its vessel would anchor at Jan Mayen on Aug. 3.",
    "Oslo",
    "on Aug. 3",
)
place(
    MONTH,
    False,
    "ROSARIO - The folk festival said on Thursday it would open in Mar del Plata on Feb. 14.",
    "Rosario",
    "on Feb. 14",
)
place(
    MONTH,
    False,
    "QUEBEC CITY - The premier said on Wednesday he would open the new smelter at Sept-Iles on Nov. 20.",
    "Quebec City",
    "on Nov. 20",
)
# must pass: the dateline's place, a month's short form or a man called Jan in the body
place(
    MONTH,
    True,
    "CARDIFF - The theatre said on Thursday it would reopen on Mar. 6 after a two-year refit.",
    "Cardiff",
    "on Mar. 6",
)
place(
    MONTH,
    True,
    "PERTH - The mine's owner said Tuesday it would restart the pit by Apr. 20.",
    "Perth",
    "by Apr. 20",
)
place(
    MONTH,
    True,
    "TALLINN - The port said on Friday that Jan Tamm would take charge of the ferry terminal on Sept. 1.",
    "Tallinn",
    "on Sept. 1",
)
place(
    MONTH,
    True,
    "ST. PAUL, Minn. - The school board said Monday that classes will resume on Jan. 8.",
    "St. Paul",
    "on Jan. 8",
)
place(
    MONTH,
    True,
    "BRISBANE - The council said on Wednesday the new bridge would open to cyclists on Dec. 12.",
    "Brisbane",
    "on Dec. 12",
)


# --- title-object ------------------------------------------------------------------------------
# must fail: a place after the verb whose name opens with a title, on the event's own day
place(
    TITLE,
    False,
    "VANCOUVER - Storms battered Prince Rupert on Monday, the province said.",
    "Vancouver",
    "on Monday",
)
place(
    TITLE,
    False,
    "DAVAO - Floods swamped General Santos on Tuesday, officials said.",
    "Davao",
    "on Tuesday",
)
place(
    TITLE,
    False,
    "NORWICH - Tidal surges hit King's Lynn on Sunday, the Environment Agency said.",
    "Norwich",
    "on Sunday",
)
place(
    TITLE,
    False,
    "PHOENIX - Flash floods swept Queen Creek on Wednesday, the sheriff's office said.",
    "Phoenix",
    "on Wednesday",
)
place(
    TITLE,
    False,
    "EDMONTON - Wildfire smoke blanketed Prince George on Thursday as crews fought the blaze.",
    "Edmonton",
    "on Thursday",
)
place(
    TITLE,
    False,
    "KINSHASA - Rebels seized  Bukavu on Friday, the army said.",
    "Kinshasa",
    "on Friday",
)
place(
    TITLE,
    False,
    "HALIFAX - Hurricane winds lashed Prince Edward Island on Friday, forecasters said.",
    "Halifax",
    "on Friday",
)
place(
    TITLE,
    False,
    "MANILA - The typhoon struck President Roxas on Saturday, the disaster agency said.",
    "Manila",
    "on Saturday",
)
# must pass: a title opening a person's name after the verb
place(
    TITLE,
    True,
    "ACCRA - Lawmakers confirmed General Kofi Mensah as army chief on Tuesday.",
    "Accra",
    "on Tuesday",
)
place(
    TITLE,
    True,
    "WASHINGTON - Senators grilled Secretary Ruth Hale on Wednesday over the budget.",
    "Washington",
    "on Wednesday",
)
place(
    TITLE,
    True,
    "LONDON - MPs questioned Chancellor Rachel Osei on Monday about the deficit.",
    "London",
    "on Monday",
)
place(
    TITLE,
    True,
    "CANBERRA - Parliament farewelled Speaker Milton Dick on Thursday after nine years.",
    "Canberra",
    "on Thursday",
)
place(
    TITLE,
    True,
    "MADRID - The court summoned Queen Sofia's former aide on Tuesday.",
    "Madrid",
    "on Tuesday",
)


# --- age ---------------------------------------------------------------------------------------
# must fail: another person's age
S = "The victim's father, Raj Patel, 58, said the family was heartbroken."
counts(AGE, [S], [], [("age of the victim", 58, EXACT)])  # fmt: skip
S = "The boy's mother, Ann Lee, 41, told reporters he had been missing since Friday."
counts(AGE, [S], [("age of the mother", 41, EXACT)], [("age of the boy", 41, EXACT)])  # fmt: skip
S = "The driver's passenger, a 26-year-old, was taken to hospital with leg injuries."
counts(AGE, [S], [("age of the passenger", 26, EXACT)], [("age of the driver", 26, EXACT)])  # fmt: skip
S = "Police arrested a van driver after a woman was struck on Mill Lane."
T = "The 81-year-old was taken to hospital with a broken hip, police said."
counts(AGE, [S, T], [("age of the woman", 81, EXACT)], [("age of the van driver", 81, EXACT)])  # fmt: skip
S = "The actor Leon Ward died on Saturday at his home in Bath, his agent said; his mother survived him."
T = "She was 93."
counts(AGE, [S, T], [], [("age of the actor", 93, EXACT)])  # fmt: skip
S = "The novelist Ada Kerr, who died on Monday, is survived by her son."
T = "He is 62."
counts(AGE, [S, T], [], [("age of the novelist", 62, EXACT)])  # fmt: skip
S = "Volunteers aged between 18 and 25 will be paid to test the vaccine."
counts(AGE, [S], [], [("age of the volunteers", 18, EXACT), ("age of the volunteers", 25, EXACT)])  # fmt: skip
S = "Applicants aged from 16 to 19 can apply for the grant until June."
counts(AGE, [S], [], [("age of the applicants", 16, EXACT)])  # fmt: skip
S = "Police questioned the landlord, and a 33-year-old was also held overnight."
counts(AGE, [S], [], [("age of the landlord", 33, EXACT)])  # fmt: skip
S = "Coach Ian Bell's assistant, Mark Dunn, 39, will take charge on Saturday."
counts(AGE, [S], [("age of the assistant", 39, EXACT)], [("age of the coach", 39, EXACT)])  # fmt: skip
S = "The suspect's lawyer, a 52-year-old, asked the court for bail."
counts(AGE, [S], [], [("age of the suspect", 52, EXACT)])  # fmt: skip
S = "After the first round Tom Ward, 66, led Ian Bell, 68, by two shots."
counts(AGE, [S], [], [("age of Tom Ward", 66, EXACT)])  # fmt: skip
S = "The King's grandson, Prince George, 12, attended the service at Windsor."
counts(AGE, [S], [("age of Prince George", 12, EXACT)], [("age of the King", 12, EXACT)])  # fmt: skip
S = "A 38-year-old man was charged with attacking the nurse on the ward."
counts(AGE, [S], [("age of the man charged", 38, EXACT)], [("age of the nurse", 38, EXACT)])  # fmt: skip
S = "The 12-year-old daughter of the mayor won the county spelling prize."
counts(AGE, [S], [], [("age of the mayor", 12, EXACT)])  # fmt: skip
S = "The company named Ruth Lind chief executive on Monday, replacing Tom Greer."
T = "The 58-year-old had run the firm since 2011."
counts(AGE, [S, T], [], [("age of the new chief executive", 58, EXACT)])  # fmt: skip
S = "The court heard the defendant attacked a pensioner aged 84 outside a bank."
counts(AGE, [S], [("age of the pensioner", 84, EXACT)], [("age of the defendant", 84, EXACT)])  # fmt: skip
S = "Chef Marco Rossi, 50, opened his fourth restaurant; his rival, Luca Bini, 48, opened one a week later."
counts(AGE, [S], [("age of the chef", 50, EXACT)], [("age of the chef", 48, EXACT)])  # fmt: skip
S = "A 9-year-old girl and her 40-year-old father were rescued from the lake."
counts(AGE, [S], [("age of the girl", 9, EXACT), ("age of the father", 40, EXACT)], [("age of the father", 9, EXACT)])  # fmt: skip
S = "The girl's grandmother, a 70-year-old, raised the alarm from the riverbank."
counts(AGE, [S], [], [("age of the girl", 70, EXACT)])  # fmt: skip
S = "The senator's wife died on Tuesday after a long illness, his office said."
T = "She was 74."
counts(AGE, [S, T], [], [("age of the senator", 74, EXACT)])  # fmt: skip

# must pass: the count's person's own age
S = "A 27-year-old firefighter was hurt tackling the blaze in Hull on Sunday."
counts(AGE, [S], [("age of the firefighter", 27, EXACT)], [])  # fmt: skip
S = "Ms Okafor, 102, said the secret was porridge and a daily walk."
counts(AGE, [S], [("age of Ms Okafor", 102, EXACT)], [])  # fmt: skip
S = "Prime Minister Anna Holm, 49, called the election on Tuesday."
counts(AGE, [S], [("age of the prime minister", 49, EXACT)], [])  # fmt: skip
S = "A cyclist aged 34 died after a collision with a lorry in Leeds."
counts(AGE, [S], [("age of the cyclist", 34, EXACT)], [])  # fmt: skip
S = "The conductor Piotr Nowak died on Thursday in Krakow, the orchestra said."
T = "He was 91."
counts(AGE, [S, T], [("age at death", 91, EXACT)], [])  # fmt: skip
S = "The 15-year-old, from Croydon, was arrested on Saturday."
counts(AGE, [S], [("age of the boy arrested", 15, EXACT)], [])  # fmt: skip
S = "Officers found the 19-year-old student's car abandoned near the bridge."
counts(AGE, [S], [("age of the student", 19, EXACT)], [])  # fmt: skip
S = "The singer's manager said the 54-year-old would not tour this year."
counts(AGE, [S], [("age of the singer", 54, EXACT)], [])  # fmt: skip
S = "Bank of England Governor Andrew Bailey, 66, said rates would fall."
counts(AGE, [S], [("age of the governor", 66, EXACT)], [])  # fmt: skip
S = "The victim, a 31-year-old mother of two, was named by police on Tuesday."
counts(AGE, [S], [("age of the victim", 31, EXACT)], [])  # fmt: skip
S = "The striker, 33, signed a one-year deal with the club on Friday."
counts(AGE, [S], [("age of the striker", 33, EXACT)], [])  # fmt: skip
S = "Police said a man aged 47 had been charged with the robbery."
counts(AGE, [S], [("age of the man charged", 47, EXACT)], [])  # fmt: skip
S = "The pop star Vera Lynd married her long-time partner on Saturday."
T = "She is 38."
counts(AGE, [S, T], [("age of the pop star", 38, EXACT)], [])  # fmt: skip
S = "The new coach, a 41-year-old, replaces Tom Ruud at the end of the month."
counts(AGE, [S], [("age of the new coach", 41, EXACT)], [])  # fmt: skip
S = "Jake Morris (24) was fined 500 pounds by magistrates."
counts(AGE, [S], [("age of Jake Morris", 24, EXACT)], [])  # fmt: skip
S = "The dead woman, aged 63, was a retired teacher, police said."
counts(AGE, [S], [("age of the dead woman", 63, EXACT)], [])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
