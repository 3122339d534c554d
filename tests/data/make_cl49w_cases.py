# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 49's reading of an event's place or date that its evidence gives to
something other than the event (``grounding_cl49w.jsonl``, rule writer cl49w;
places/name_parts.py, places/told_elsewhere.py), written from many outlets' shapes:

- ``party_place``: a place that describes a party instead of locating the event: a compound
  ("the Columbus-based processor", "a Denver-based owner"), a longer name whose head is not a
  place ("the Cincinnati Enquirer reported", "Ohio Gov. Mike DeWine", "a University of Kent
  researcher", "Devon and Somerset Fire and Rescue Service"), a word for a party ("a Texas
  company"), each while the evidence states the event's own place; and the event's place in
  such sentences: "in X", "at the Ohio Statehouse" (a name that is the site), "X-based" when
  the evidence places the event nowhere else or the party owns the site ("the Kyiv-based
  broadcaster's studios"), "Gaza City", "Gaza's Health Ministry", a dateline the event is in;
- ``elsewhere``: a place told only by a sentence of another act ("Tremors were felt in
  Kathmandu", "Born in Chicago, Prevost served in Peru") or a place or date only in the
  clause of an earlier or later act ("came a week after New York police detained 100 at
  Columbia University on April 18", "followed the April 18 clearing of a camp in New York"),
  while the event's own clause states its own; and the event's own place or date beside such
  sentences: a sentence that refers back ("The meeting, in Turnberry, lasted an hour"), the
  event's noun in the clause ("after the vote in Ohio"), a header or stamp line, a fact box,
  a clause of time with no own value elsewhere.

Run ``python tests/data/make_cl49w_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from builder_base import verdicts
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cl49w.jsonl")

built = SupportCases(
    "cl49w",
    leads=[
        "By Lena Hart | The Lakeshore Ledger",
        "NEWS DESK | Prairie Wire",
        "From our business desk, The Wessex Gazette.",
        "Briefing | Harbourside Press",
        "World | The Pennine Post",
    ],
)
PARTY, ELSEWHERE = "party_place", "elsewhere"


def event(category: str, evidence: list[str], what: str, field: str, passes: list[str],
          fails: list[str], actors: list[str] | None = None) -> None:  # fmt: skip
    """An event told by ``evidence`` (the page's paragraphs): each of ``passes`` is its place
    or date (``field``), each of ``fails`` is not."""
    page = built.page(*evidence)
    for expect, value in verdicts(passes, fails):
        fact: dict[str, Any] = {"kind": "other", "description": what, "actors": actors or [],
                                "counts": [], field: value, "evidence": evidence}  # fmt: skip
        why = "where or when the event was" if expect else "another's place or date"
        built.add(category, expect, f"{field} {value!r}: {why}", page, {"events": [fact]}, f"events[0].{field}")  # fmt: skip


# --- party_place: a compound ------------------------------------------------------------
event(
    PARTY,
    [
        "The Columbus-based steelmaker will close its coil plant in Cleveland on May 31, cutting 55 jobs."
    ],
    "steelmaker to close its coil plant",
    "place",
    ["Cleveland"],
    ["Columbus"],
)
event(
    PARTY,
    [
        "Tyson Foods will end the second shift at its beef plant in Amarillo, cutting 1,761 jobs.",
        "The Arkansas-based company told the state the cuts take effect on Jan. 20.",
    ],
    "Tyson to end the second shift at its beef plant",
    "place",
    ["Amarillo"],
    ["Arkansas"],
)
event(
    PARTY,
    [
        "Dickies will move its headquarters to Costa Mesa, California, next year.",
        "Its Denver-based owner, VF Corp., announced the move on Tuesday.",
    ],
    "Dickies to move its headquarters",
    "place",
    ["Costa Mesa"],
    ["Denver"],
)
event(
    PARTY,
    [
        "KYIV (Dnipro Wire) - A Russian drone struck the studios of a Lviv-born singer's record label in Kyiv overnight, officials said."
    ],
    "drone struck studios of a record label",
    "place",
    ["Kyiv"],
    ["Lviv"],
)
event(
    PARTY,
    ["The Toledo-based glassmaker said on Monday it would cut 300 jobs, without saying where."],
    "glassmaker to cut 300 jobs",
    "place",
    ["Toledo"],
    [],
)
event(
    PARTY,
    [
        "A fire broke out on Sunday at the Kharkiv-based broadcaster's studios, injuring two technicians."
    ],
    "fire at the broadcaster's studios",
    "place",
    ["Kharkiv"],
    [],
)
event(
    PARTY,
    [
        "The Rotterdam-based terminal operator will open a second container terminal at its Rotterdam site in June."
    ],
    "operator to open a second container terminal",
    "place",
    ["Rotterdam"],
    [],
)
# --- a longer name ---------------------------------------------------------------------------
event(
    PARTY,
    [
        "Plastics maker Ineos will close its plant in Addyston, Ohio, on August 1.",
        "The company disclosed the plan in a notice filed on May 30, the Cincinnati Enquirer reported.",
    ],
    "Ineos to close its Addyston plant",
    "place",
    ["Addyston, Ohio"],
    ["Cincinnati"],
)
event(
    PARTY,
    [
        "Firefighters tackled a large blaze at St James Park on Wednesday evening.",
        "Devon and Somerset Fire and Rescue Service sent six crews to the ground.",
    ],
    "blaze at St James Park",
    "place",
    ["St James Park"],
    ["Devon and Somerset", "Somerset"],
)
event(
    PARTY,
    ["Ohio Gov. Mike DeWine signed the two-year budget in Columbus on Monday night."],
    "governor signed the budget",
    "place",
    ["Columbus"],
    ["Ohio"],
)
event(
    PARTY,
    [
        "A University of Kent researcher presented the survey's findings at a conference in Glasgow on Thursday."
    ],
    "researcher presented the survey's findings",
    "place",
    ["Glasgow"],
    ["Kent"],
)
event(
    PARTY,
    ["The governor signed the bill at the Ohio Statehouse on Friday, surrounded by lawmakers."],
    "governor signed the bill",
    "place",
    ["Ohio Statehouse", "Ohio"],
    [],
)
event(
    PARTY,
    ["Police arrested 93 people at the University of Southern California on Wednesday night."],
    "93 arrested at the university",
    "place",
    ["University of Southern California", "Southern California"],
    [],
)
event(
    PARTY,
    [
        "An Israeli strike hit a school sheltering displaced families in Gaza City on Thursday, Gaza's Health Ministry said."
    ],
    "strike on a school sheltering displaced families",
    "place",
    ["Gaza City", "Gaza"],
    [],
)
event(
    PARTY,
    [
        "THE HAGUE (Lowlands Wire) - The International Court of Justice will deliver its advisory opinion on July 23."
    ],
    "court to deliver its advisory opinion",
    "place",
    ["The Hague"],
    [],
)
# --- a word for a party ----------------------------------------------------------------------
event(
    PARTY,
    [
        "A Texas company will build a $2 billion battery plant in Georgia, the governor's office said on Tuesday."
    ],
    "company to build a battery plant",
    "place",
    ["Georgia"],
    ["Texas"],
)
event(
    PARTY,
    [
        "An Ohio lawmaker introduced the bill in Washington on Thursday.",
        "The bill would cap rail freight fees.",
    ],
    "lawmaker introduced the bill",
    "place",
    ["Washington"],
    ["Ohio"],
)
event(
    PARTY,
    [
        "The Ohio plant will close in March, the company said.",
        "The plant in Lordstown employs 1,200 people.",
    ],
    "closure of the plant",
    "place",
    ["Lordstown", "Ohio"],
    [],
)
event(
    PARTY,
    ["A Chicago firm has won the contract to rebuild the bridge, the city said."],
    "firm won the contract to rebuild the bridge",
    "place",
    ["Chicago"],
    [],
)

event(
    PARTY,
    [
        "A Michigan lawmaker spoke at a farm rally in Des Moines on Saturday, urging higher crop subsidies."
    ],
    "lawmaker spoke at a farm rally",
    "place",
    ["Des Moines"],
    ["Michigan"],
)
event(
    PARTY,
    [
        "The Boston startup opened its first overseas office in Dublin on Monday, hiring 40 engineers."
    ],
    "startup opened its first overseas office",
    "place",
    ["Dublin"],
    ["Boston"],
)

# --- elsewhere: a sentence of another act ----------------------------------------------------
event(
    ELSEWHERE,
    [
        "A magnitude 6.8 earthquake struck Tingri county in Tibet early on Tuesday, killing at least 126 people.",
        "Tremors were felt in Nepal's capital Kathmandu and in parts of India.",
    ],
    "earthquake struck Tingri county",
    "place",
    ["Tingri county"],
    ["Kathmandu", "Nepal"],
)
event(
    ELSEWHERE,
    [
        "Cardinals elected Robert Prevost pope on Thursday in the Sistine Chapel.",
        "Born in Chicago in 1955, Prevost spent years as a missionary in Peru.",
    ],
    "cardinals elected a pope",
    "place",
    ["Sistine Chapel"],
    ["Chicago", "Peru"],
)
event(
    ELSEWHERE,
    [
        "An 8.8-magnitude earthquake struck off Russia's Kamchatka Peninsula on Wednesday.",
        "Tsunami waves flooded parts of Severo-Kurilsk, and warnings were issued in Japan and Hawaii.",
    ],
    "earthquake off the peninsula",
    "place",
    ["Kamchatka Peninsula"],
    ["Severo-Kurilsk", "Hawaii"],
)
event(
    ELSEWHERE,
    [
        "Donald Trump met the president of the European Commission at his golf resort in Scotland on Sunday.",
        "The meeting, in Turnberry, lasted about an hour.",
    ],
    "Trump met the Commission president at his golf resort",
    "place",
    ["Turnberry", "Scotland"],
    [],
)
event(
    ELSEWHERE,
    [
        "Venezuela released seven imprisoned Americans on Saturday in exchange for two nephews of the president's wife.",
        "The handover was carried out on the island of St. Vincent, people familiar with it said.",
    ],
    "prisoner swap",
    "place",
    ["St. Vincent"],
    [],
)
event(
    ELSEWHERE,
    [
        "Six people were arrested after protesters put up tents.",
        "Students at Tulane University in New Orleans had set up the camp on Sunday.",
    ],
    "six arrested at a protest camp",
    "place",
    ["New Orleans", "Tulane University"],
    [],
)
event(
    ELSEWHERE,
    [
        "Where: Kenyatta International Convention Centre, Nairobi",
        "When: 11-12 May",
        "Heads of state will meet to sign the climate declaration.",
    ],
    "heads of state to sign the climate declaration",
    "place",
    ["Nairobi"],
    [],
)
# --- an earlier or later act's clause ----------------------------------------------------------
event(
    ELSEWHERE,
    [
        "ATLANTA - Police fired pepper balls to break up an encampment at Emory University on Thursday, arresting 28 people.",
        "The arrests came a week after New York police detained more than 100 people at Columbia University on April 18.",
    ],
    "police broke up the encampment",
    "place",
    ["Emory University"],
    ["New York", "Columbia University"],
)
event(
    ELSEWHERE,
    [
        "ATLANTA - Police fired pepper balls to break up an encampment at Emory University on Thursday, arresting 28 people.",
        "The arrests came a week after New York police detained more than 100 people at Columbia University on April 18.",
    ],
    "police broke up the encampment",
    "when",
    ["Thursday"],
    ["April 18"],
)
event(
    ELSEWHERE,
    [
        "LOS ANGELES - Police arrested 93 people at the University of Southern California on Wednesday night.",
        "The arrests followed the April 18 clearing of a camp at Columbia University in New York.",
    ],
    "93 arrested at USC protest",
    "place",
    ["University of Southern California"],
    ["New York", "Columbia University"],
)
event(
    ELSEWHERE,
    [
        "LOS ANGELES - Police arrested 93 people at the University of Southern California on Wednesday night.",
        "The arrests followed the April 18 clearing of a camp at Columbia University in New York.",
    ],
    "93 arrested at USC protest",
    "when",
    ["Wednesday night"],
    ["April 18"],
)
event(
    ELSEWHERE,
    [
        "Hours after the vote in Ohio on March 3, the governor signed the measure.",
        "The vote in Ohio on March 3 passed 60-38.",
    ],
    "vote on the measure",
    "when",
    ["March 3"],
    [],
)
event(
    ELSEWHERE,
    ["Police fired tear gas after protesters gathered outside parliament in Tbilisi on Sunday."],
    "police fired tear gas at protesters",
    "place",
    ["Tbilisi"],
    [],
)
event(
    ELSEWHERE,
    ["Police fired tear gas after protesters gathered outside parliament in Tbilisi on Sunday."],
    "police fired tear gas at protesters",
    "when",
    ["Sunday"],
    [],
)
event(
    ELSEWHERE,
    [
        "Wednesday 2 April 2025",
        "08:55 - Two more cattle farms in Gyor county have the virus, the agriculture minister says.",
    ],
    "virus reached two more cattle farms",
    "when",
    ["Wednesday 2 April 2025", "08:55"],
    [],
)
event(
    ELSEWHERE,
    [
        "Merz's bloc came first in the snap federal election, final results showed on Monday.",
        "The bloc took 28.5 per cent of the vote in Sunday's ballot.",
    ],
    "snap federal election",
    "when",
    ["Sunday"],
    ["Monday"],
)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
