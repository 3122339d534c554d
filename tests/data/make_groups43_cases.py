# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the groups-43 set (``grounding_groups43.jsonl``): a delegations' meeting is not
"another group's meeting" when the rest of the sentence only tells that meeting again or the
earlier one it is counted from (an outside check, session 19, check 43: "Russian and Ukrainian
delegations met in Istanbul on Friday, 16 May, for their first direct talks since March 2022"
gave 16 May to another group). By category:

- ``own-group-day``: the day of a meeting whose subject is delegations, envoys, aides or
  ministers is that meeting's day, for a fact whose parties lead those groups, when the other
  meeting words of the sentence are "their" meeting ("for their first talks") or the one
  "since" which it is counted. Refused, as before: a sentence that dates the leaders' own
  meeting beside their aides' or ministers' ("will meet on Friday, and their aides meet on
  Wednesday"), whatever other words stand around it.

Run ``python tests/data/make_groups43_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, public figures and bodies in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SUPPORTED, SupportCases

OUT = Path(__file__).with_name("grounding_groups43.jsonl")

LEADS = [
    "GENEVA, May 17 (Lakeside Wire) -",
    "The Northern Dispatch | World",
    "Briefing | Ministry of Foreign Affairs",
    "Analysis: the talks so far",
    "From our correspondent in Doha.",
]
built = SupportCases("gr43", LEADS)
OK, NO = True, False


def meeting(sentences: list[str], parties: list[str], day: str, expect: bool, why: str) -> None:
    built.graded_fact("own-group-day", "summits", "planned_timing", day, sentences, expect,
                      SUPPORTED if expect else ANY, why, parties=parties, status="held")  # fmt: skip


# --- must pass: the group's own meeting, told again or counted from an earlier one ----------
meeting(
    [
        "Russian and Ukrainian delegations met in Istanbul on Friday, 16 May, for their first direct talks since March 2022.",
        "Medinsky led Moscow's side; Kyiv sent Umerov.",
    ],
    ["Umerov", "Medinsky"],
    "16 May",
    OK,
    "'for their first direct talks since March 2022'",
)
meeting(
    [
        "The two delegations met in Doha on Tuesday, their first meeting since the talks in June.",
        "Haddad headed one side and Karimi the other.",
    ],
    ["Haddad", "Karimi"],
    "on Tuesday",
    OK,
    "'their first meeting since the talks in June'",
)
meeting(
    [
        "Envoys of both governments met in Geneva on 3 March, resuming their talks after a year.",
        "Ortega led one team, Salas the other.",
    ],
    ["Ortega", "Salas"],
    "3 March",
    OK,
    "'resuming their talks'",
)
meeting(
    [
        "Sudanese and Chadian ministers met in N'Djamena on Monday, their second round since the border clash in January.",
        "Idris and Mahamat led the two teams.",
    ],
    ["Idris", "Mahamat"],
    "on Monday",
    OK,
    "'their second round since ...'",
)
meeting(
    [
        "Negotiators from both sides sat down in Muscat on 12 April, picking up their talks where the February round had left them.",
        "Witkowski and Farahani led them.",
    ],
    ["Witkowski", "Farahani"],
    "12 April",
    OK,
    "'picking up their talks' beside the February round",
)
meeting(
    [
        "The delegations convened in Jeddah on Saturday for their first face-to-face meeting since the war began.",
        "Osman and Kodi headed them.",
    ],
    ["Osman", "Kodi"],
    "on Saturday",
    OK,
    "'their first face-to-face meeting since the war began'",
)
meeting(
    [
        "Armenian and Azerbaijani envoys met in Almaty on 10 May, continuing their talks from Washington.",
        "Mirzoyan and Bayramov led the envoys.",
    ],
    ["Mirzoyan", "Bayramov"],
    "10 May",
    OK,
    "'continuing their talks'",
)
meeting(
    [
        "The teams met in Riyadh on Sunday, their first direct meeting since talks broke down in December.",
        "Rubio and Lavrov led the teams.",
    ],
    ["Rubio", "Lavrov"],
    "on Sunday",
    OK,
    "'since talks broke down in December'",
)
meeting(
    [
        "Defence delegations met at the border post on Thursday, their third meeting since a truce took hold in March.",
        "Colonel Ahn and Colonel Ri led them.",
    ],
    ["Ahn", "Ri"],
    "on Thursday",
    OK,
    "'since a truce took hold in March'",
)
meeting(
    [
        "The ministers met in Luanda on 30 July for their first round of talks since the spring.",
        "Wagner and Nduhungirehe led the two sides.",
    ],
    ["Wagner", "Nduhungirehe"],
    "30 July",
    OK,
    "'for their first round of talks since the spring'",
)

# --- must fail: the leaders' own meeting is dated beside their groups' ---------------------
meeting(
    ["Petro and Noboa will meet on Friday, and their aides meet on Wednesday to prepare."],
    ["Petro", "Noboa"],
    "on Wednesday",
    NO,
    "the aides' Wednesday",
)
meeting(
    [
        "The presidents hold their summit on Friday, while their ministers met on Tuesday.",
        "The presidents are Petro and Noboa.",
    ],
    ["Petro", "Noboa"],
    "on Tuesday",
    NO,
    "the ministers' Tuesday beside 'their summit on Friday'",
)
meeting(
    ["Ruto and Museveni will hold talks in Kampala on 9 April; their envoys meet on 2 April."],
    ["Ruto", "Museveni"],
    "2 April",
    NO,
    "the envoys' 2 April",
)
meeting(
    [
        "Their leaders meet in Oslo on Monday, and the delegations met on Saturday to draft a text.",
        "The leaders are Store and Kristersson.",
    ],
    ["Store", "Kristersson"],
    "on Saturday",
    NO,
    "the delegations' Saturday",
)
meeting(
    [
        "Lula and Milei will hold their first summit on 5 June, and their foreign ministers meet on 1 June in Brasilia."
    ],
    ["Lula", "Milei"],
    "1 June",
    NO,
    "the ministers' 1 June beside 'their first summit'",
)
meeting(
    ["Kallas and Tsahkna meet on Friday in Tallinn, after their deputies met on Wednesday."],
    ["Kallas", "Tsahkna"],
    "on Wednesday",
    NO,
    "the deputies' Wednesday",
)
meeting(
    ["The two kings will meet in Rabat on 20 May, and their envoys met there on 14 May."],
    ["Mohammed VI", "Felipe VI"],
    "14 May",
    NO,
    "the envoys' 14 May",
)
meeting(
    [
        "Aliyev and Pashinyan meet at the White House on Friday; their delegations met on Thursday to finish the text."
    ],
    ["Aliyev", "Pashinyan"],
    "on Thursday",
    NO,
    "the delegations' Thursday",
)
meeting(
    [
        "Orsi and Peña hold talks on Monday in Asuncion, and their ministers met on Saturday for their first talks since May."
    ],
    ["Orsi", "Peña"],
    "on Saturday",
    NO,
    "the ministers' Saturday, a 'since' after it",
)
meeting(
    ["Shehbaz Sharif and Erdogan will meet on 3 July, and their aides met on 28 June."],
    ["Shehbaz Sharif", "Erdogan"],
    "28 June",
    NO,
    "the aides' 28 June",
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
