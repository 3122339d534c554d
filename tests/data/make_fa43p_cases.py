# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set fa43p of session 43's place mend (``grounding_fa43p.jsonl``), in new words:

- ``dateline``: an event's place given by its story's dateline ("DENVER - ... said Wednesday
  that its last night train will run on Sept. 30"): a month's abbreviation in the body ("on
  Sept. 30", "by Jan. 15") is a day, not another occasion's place
  (``occasions/occasion_places._CALENDAR``; outside check 100). Must fail: a place the body
  names for the event's own day ("will perform in Marseille on Jan. 15", "will leave Omaha on
  Sept. 30"), and a place the page never names.

Run ``python tests/data/make_fa43p_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fa43p.jsonl")

built = SupportCases("fa43p")
DATELINE = "dateline"


def place(expect: bool, sentence: str, value: str, when: str, description: str) -> None:
    """An event told by ``sentence`` (which opens with its dateline), placed at ``value``."""
    fact = {"kind": "other", "description": description, "actors": [], "place": value,
            "when": when, "evidence": [sentence]}  # fmt: skip
    why = f"place {value}: " + (
        "the dateline's, no other place named" if expect else "not the event's place"
    )
    built.add(DATELINE, expect, why, sentence + "\n", {"events": [fact]}, "events[0].place")


# --- must pass: the dateline's place, a month's abbreviation in the body -------------------------

place(
    True,
    "DENVER (Front Range Wire) - Mountain Rail said Wednesday that its last night train will run on Sept. 30.",
    "Denver",
    "Wednesday",
    "Mountain Rail ends its night train",
)
place(
    True,
    "LYON - The city's opera house said Tuesday it will close for repairs on Jan. 15.",
    "Lyon",
    "Tuesday",
    "Opera house announces closure",
)
place(
    True,
    "GDANSK - The shipyard said on Friday it would hand the ferry over by Nov. 3.",
    "Gdansk",
    "on Friday",
    "Shipyard sets ferry handover",
)
place(
    True,
    "BOISE, Idaho - The utility said Monday it would raise rates on Feb. 1 for the first time in six years.",
    "Boise",
    "Monday",
    "Utility announces rate rise",
)
place(
    True,
    "HALIFAX - The port authority said Thursday that the new cruise terminal would open on Aug. 14.",
    "Halifax",
    "Thursday",
    "Port authority sets terminal opening",
)

place(
    True,
    "TAMPERE (Nordic Desk) - The paper mill said Tuesday it will stop its last machine on Oct. 31.",
    "Tampere",
    "Tuesday",
    "Paper mill stops production",
)
place(
    True,
    "ORLANDO - The theme park said on Monday that its new ride would open to the public on Apr. 4.",
    "Orlando",
    "on Monday",
    "Theme park sets ride opening",
)
place(
    True,
    "CORK - The ferry line said Friday that sailings would resume on Mar. 12 after repairs.",
    "Cork",
    "Friday",
    "Ferry line sets restart",
)
place(
    True,
    "TUCSON, Ariz. - The university said Thursday it would freeze tuition until Aug. 1 next year.",
    "Tucson",
    "Thursday",
    "University freezes tuition",
)
place(
    True,
    "GRAZ - The orchestra said on Wednesday its chief conductor would step down on Dec. 31.",
    "Graz",
    "on Wednesday",
    "Chief conductor to step down",
)

# --- must fail: the body names the event's own place, or the page names none ---------------------

place(
    False,
    "LYON - The city's opera house said Tuesday its touring company will perform in Marseille on Jan. 15.",
    "Lyon",
    "Jan. 15",
    "Touring company performs",
)
place(
    False,
    "DENVER - Mountain Rail said Wednesday its last night train will leave Omaha on Sept. 30.",
    "Denver",
    "Sept. 30",
    "Last night train leaves",
)
place(
    False,
    "GDANSK - The shipyard said on Friday it would hand the ferry over at Rostock on Nov. 3.",
    "Gdansk",
    "Nov. 3",
    "Ferry handover",
)
place(
    False,
    "BOISE - The utility said on Monday that crews had restored power in Twin Falls on Dec. 2.",
    "Boise",
    "Dec. 2",
    "Power restored",
)
place(
    False,
    "HALIFAX - The port authority said Thursday that the new cruise terminal would open on Aug. 14.",
    "Sydney",
    "Thursday",
    "Port authority sets terminal opening",
)

place(
    False,
    "TAMPERE - The paper mill said Tuesday it will move its last machine to Oulu on Oct. 31.",
    "Tampere",
    "Oct. 31",
    "Last machine moved",
)
place(
    False,
    "ORLANDO - The theme park said on Monday that its touring show would open in Atlanta on Apr. 4.",
    "Orlando",
    "Apr. 4",
    "Touring show opens",
)
place(
    False,
    "CORK - The ferry line said Friday that sailings would resume from Rosslare on Mar. 12.",
    "Cork",
    "Mar. 12",
    "Sailings resume",
)
place(
    False,
    "TUCSON, Ariz. - The university said Thursday it would open a campus at Yuma on Aug. 1.",
    "Tucson",
    "Aug. 1",
    "Campus opens",
)
place(
    False,
    "GRAZ - The orchestra said on Wednesday it would play at Salzburg on Dec. 31.",
    "Graz",
    "on Wednesday",
    "Orchestra announces concert",
)


# --- object: a word after a verb is read as a place only when it may be one -------------------
# must pass: a title after the verb opens a person's name; a word past a line break, a colon or
# a comma opens something else

OBJECT = "object"


def placed(expect: bool, text: str, evidence: list[str], value: str, when: str) -> None:
    """An event told by ``evidence`` in ``text``, placed at ``value`` on ``when``."""
    fact = {"kind": "other", "description": "the event", "actors": [], "place": value,
            "when": when, "evidence": evidence}  # fmt: skip
    why = f"place {value}: " + (
        "no other place told" if expect else "the body names the event's place"
    )
    built.add(OBJECT, expect, why, text, {"events": [fact]}, "events[0].place")


S = "RABAT - Parliament censured Prime Minister Idris Lahlou on Monday by 201 votes."
placed(True, S + "\n", [S], "Rabat", "on Monday")
S = "QUITO - Lawmakers removed President Elena Vaca from office on Thursday after a week of protests."
placed(True, S + "\n", [S], "Quito", "Thursday")
S = "VADUZ - Coming up: Prince Alois hands the regency to his son, Joseph Wenzel, on 15 August."
placed(True, S + "\n", [S], "Vaduz", "15 August")
HEAD, BODY = (
    "Lisbon: a budget, at last",
    "On Friday, deputies passed the 2026 budget by 116 votes to 94.",
)
placed(True, f"{HEAD}\n\n{BODY}\n", [BODY, HEAD], "Lisbon", "On Friday")
S = "MANAMA - The king named Crown Prince Salman prime minister on Sunday."
placed(True, S + "\n", [S], "Manama", "on Sunday")

S = "LUSAKA - The assembly impeached Vice President Ruth Banda on Tuesday by 112 votes to 40."
placed(True, S + "\n", [S], "Lusaka", "on Tuesday")
S = "AMMAN - The palace said King Hamza would open the new parliament session on Sunday."
placed(True, S + "\n", [S], "Amman", "on Sunday")
S = "TIRANA - Deputies dismissed Speaker Ilir Hoxha on Wednesday after a month of boycotts."
placed(True, S + "\n", [S], "Tirana", "on Wednesday")
S = "DOHA - The emir received Sheikh Tamim's envoys on Monday, the palace said."
placed(True, S + "\n", [S], "Doha", "on Monday")
S = "OTTAWA - Members of Parliament elected Speaker Anne Roy on Thursday on the third ballot."
placed(True, S + "\n", [S], "Ottawa", "on Thursday")

# must fail: a place after the verb, with the event's own day, beside a title
S = "QUITO - Troops seized Guayaquil on Thursday, hours after lawmakers removed President Elena Vaca."
placed(False, S + "\n", [S], "Quito", "on Thursday")
S = "RABAT - Protesters besieged Fez on Monday as Parliament censured Prime Minister Idris Lahlou."
placed(False, S + "\n", [S], "Rabat", "on Monday")
S = "VADUZ - Floods cut off Balzers on 15 August, the office of Prince Alois said."
placed(False, S + "\n", [S], "Vaduz", "15 August")
S = "ACCRA - Storms battered Kumasi on Wednesday, President John Mensah said."
placed(False, S + "\n", [S], "Accra", "on Wednesday")
S = "MANAMA - The king named Crown Prince Salman prime minister on Sunday."
placed(False, S + "\n", [S], "Riffa", "on Sunday")


S = "LUSAKA - Floods cut off Kitwe on Tuesday as the assembly impeached Vice President Ruth Banda."
placed(False, S + "\n", [S], "Lusaka", "on Tuesday")
S = "AMMAN - Rebels shelled Zarqa on Sunday, King Hamza said."
placed(False, S + "\n", [S], "Amman", "on Sunday")
S = "TIRANA - Protesters blocked Durres on Wednesday after deputies dismissed Speaker Ilir Hoxha."
placed(False, S + "\n", [S], "Tirana", "on Wednesday")
S = "DOHA - The emir received Sheikh Tamim's envoys on Monday, the palace said."
placed(False, S + "\n", [S], "Lusail", "on Monday")
S = "OTTAWA - Storms hit Gatineau on Thursday, Speaker Anne Roy told members."
placed(False, S + "\n", [S], "Ottawa", "on Thursday")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
