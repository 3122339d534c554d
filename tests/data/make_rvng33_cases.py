# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of negated33 (``grounding_rvng33.jsonl``): values beside a negation,
by the value's kind, each with what must pass and what must fail:

- ``beside-count``: a count kept beside a denial of another fact ("The militia, not the army,
  killed 23"), a negated verb that denies no count ("did not reach the village until Friday,
  by which time 17 ..."), "not just 12 but 15", "no fewer than", "more than X rather than
  fewer". Refused: the count on the denied side, and counts denied in other wordings ("was
  wrongly given as", "not, as reported, X", "contrary to earlier reports of X", "never",
  "denied that").
- ``beside-day``: a truce's start day beside a denied proposer, a negated verb ("did not sign
  it until late Tuesday"), "not just in the capital". Refused: a day denied in other wordings.
- ``beside-place``: a summit's place beside a denial of another fact, or on both sides
  ("instead of meeting in Geneva, ... in Geneva's old town"). Refused: a place denied in other
  wordings ("X was not the venue", "never meet in X").
- ``beside-actor``: an event's doer beside a denied other doer. Refused: the denied doer.

Run ``python tests/data/make_rvng33_cases.py`` to rebuild it. Every sentence is written for this
set (fictional outlets and people); each verdict is decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvng33.jsonl")

built = SupportCases(
    "rv33",
    leads=[
        "KINSHASA (Lake Wire) -",
        "By Ilse Marchetti | The Valley Courier",
        "WORLD DESK | The Northern Ledger",
        "From our Nairobi bureau, The Equator Review.",
    ],
)
COUNT, DAY, PLACE, ACTOR = "beside-count", "beside-day", "beside-place", "beside-actor"


def count(
    sentence: str, passes: list[tuple[str, float, str]], fails: list[tuple[str, float, str]]
) -> None:
    """Counts backed by one ``sentence`` on its own page."""
    text = built.page(sentence)
    for expect, items in ((True, passes), (False, fails)):
        for what, value, qualifier in items:
            built.count(COUNT, expect, text, sentence, what, value, qualifier)


def day(sentence: str, passes: list[str], fails: list[str]) -> None:
    """A truce's start days backed by ``sentence`` (the page published on a Wednesday)."""
    text = built.page(sentence)
    for expect, items in ((True, passes), (False, fails)):
        for value in items:
            why = (
                "the start the sentence states"
                if expect
                else "a start the sentence denies or does not state"
            )
            built.day(DAY, text, sentence, value, expect, why)


def place(sentence: str, passes: list[str], fails: list[str]) -> None:
    """A summit's planned places backed by ``sentence``."""
    text = built.page(sentence)
    for expect, items in ((True, passes), (False, fails)):
        for value in items:
            summit = {"parties": [], "planned_location": value, "evidence": [sentence]}
            why = "the place the sentence states" if expect else "a place the sentence denies"
            built.add(PLACE, expect, f"place {value}: {why}", text, {"summits": [summit]},
                      "summits[0].planned_location")  # fmt: skip


def actor(sentence: str, description: str, passes: list[str], fails: list[str]) -> None:
    """An event told as ``description`` whose doers are checked, backed by ``sentence``."""
    for expect, items in ((True, passes), (False, fails)):
        for who in items:
            why = f"{who}: " + (
                "the doer the sentence states" if expect else "a doer the sentence denies"
            )
            built.actor(ACTOR, expect, sentence, who, description, why)


E, MORE, LEAST = "exact", "more_than", "at_least"

# --- counts -----------------------------------------------------------------------------------
count(
    "Not just 12 but 15 villagers were killed in the raid on Kalehe, the governor said.",
    [("villagers killed", 15, E)],
    [("villagers killed", 12, E)],
)
count(
    "No fewer than 40 people were injured when the stand collapsed, the club said.",
    [("people injured", 40, LEAST)],
    [("people injured", 14, LEAST)],
)
count(
    "The militia, not the army, killed 23 civilians near Rutshuru, the monitors said.",
    [("civilians killed", 23, E)],
    [("civilians killed", 32, E)],
)
count(
    "Rescuers did not reach the village until Friday, by which time 17 bodies had been recovered.",
    [("bodies recovered", 17, E)],
    [],
)
count(
    "The ferry carried 212 passengers rather than the 150 it was licensed for, the inspectors found.",
    [("passengers", 212, E)],
    [("passengers", 150, E)],
)
count(
    "Officials counted more than 300 dead rather than fewer, the agency said.",
    [("dead", 300, MORE)],
    [],
)
count(
    "The quake killed 58 people, a figure the ministry did not dispute.",
    [("people killed", 58, E)],
    [],
)
count(
    "The hospital treated 64 wounded people, not 46, the director said on Tuesday.",
    [("wounded people treated", 64, E)],
    [("wounded people treated", 46, E)],
)
count(
    "The flood displaced 3,400 families in the valley, not in the delta as first feared.",
    [("families displaced", 3400, E)],
    [],
)
count(
    "Rebels did not kill 14 hostages, as a rebel radio station had claimed; all 14 were freed on Sunday.",
    [("hostages freed", 14, E)],
    [],
)
count(
    "The toll was wrongly given as 35 in an earlier version of this article; 25 people died.",
    [("people died", 25, E)],
    [("people died", 35, E)],
)
count(
    "Police made 52 arrests, not, as reported on Monday, 80.",
    [("arrests", 52, E)],
    [("arrests", 80, E)],
)
count(
    "Contrary to earlier reports of 200 deaths, the health ministry said 120 people died in the blast.",
    [("people died", 120, E)],
    [("people died", 200, E)],
)
count(
    "The storm destroyed 90 homes, and not the 900 first announced by the mayor.",
    [("homes destroyed", 90, E)],
    [("homes destroyed", 900, E)],
)
count(
    "The ministry denied that 70 soldiers had been killed, saying seven died.",
    [("soldiers died", 7, E)],
    [],
)
count(
    "Reports of 400 casualties were false, the governor said; 40 people were hurt.",
    [("people hurt", 40, E)],
    [],
)
count(
    "The army said it never detained 300 protesters; it held 45 for questioning.",
    [("protesters held", 45, E)],
    [("protesters detained", 300, E)],
)
count(
    "The strike did not kill 12 soldiers; it wounded three.",
    [("soldiers wounded", 3, E)],
    [("soldiers killed", 12, E)],
)
count(
    "Police did not arrest 60 protesters, as first reported; they questioned 16.",
    [("protesters questioned", 16, E)],
    [("protesters arrested", 60, E)],
)
count(
    "Never before had 9 ships been attacked in one week, the coastguard said.",
    [("ships attacked", 9, E)],
    [],
)
count(
    "The port, which has never handled more than 40 ships a day, received 38 on Monday.",
    [("ships received", 38, E)],
    [],
)
count(
    "The blast was wrongly reported to have killed 19 people; nine died.",
    [("people died", 9, E)],
    [("people killed", 19, E)],
)

# --- days (published Wednesday 30 July 2025) --------------------------------------------------
day("Kyiv, not Moscow, proposed the truce, which starts on Monday.", ["Monday"], ["Sunday"])
day(
    "The ceasefire will begin on Friday, although the rebels did not sign it until late Tuesday.",
    ["Friday"],
    [],
)
day(
    "The ceasefire takes effect on Thursday, not just in the capital but across the north.",
    ["Thursday"],
    ["Saturday"],
)
day(
    "The truce, which was brokered not by Qatar but by Egypt, starts on Sunday.",
    ["Sunday"],
    ["Monday"],
)
day(
    "Rather than waiting for the summit, the two sides agreed a truce that begins on Friday.",
    ["Friday"],
    [],
)
day(
    "Instead of meeting in Geneva, the envoys met in Vienna and agreed a truce starting on Monday.",
    ["Monday"],
    [],
)
day("The truce begins on Thursday - and not a day sooner, the commander warned.", ["Thursday"], [])
day(
    "The truce starts on Monday, not on Sunday as the rebels' radio said, and holds for a week.",
    ["Monday"],
    ["Sunday"],
)
day(
    "The truce was wrongly said to start on Friday; it starts on Saturday.",
    ["Saturday"],
    ["Friday"],
)
day("The ceasefire starts not, as reported, on Monday, but on Thursday.", ["Thursday"], ["Monday"])
day(
    "Contrary to earlier reports of a Sunday start, the truce begins on Tuesday.",
    ["Tuesday"],
    ["Sunday"],
)
day(
    "Monday was not the start date, the mediators said; the truce begins on Thursday.",
    ["Thursday"],
    ["Monday"],
)
day(
    "The start was incorrectly given as Sunday; the truce begins on Monday.", ["Monday"], ["Sunday"]
)
day(
    "Contrary to claims that the truce would begin on Friday, it begins on Saturday.",
    [],
    ["Friday"],
)

day(
    "The truce will never start on Friday, the rebel commander said; it starts on Sunday.",
    [],
    ["Friday"],
)
day(
    "The rebels, who never signed the first accord, agreed to a truce starting on Sunday.",
    ["Sunday"],
    [],
)
# --- places ---------------------------------------------------------------------------------
place(
    "Instead of meeting in Geneva's conference centre, the ministers will meet in Geneva's old town on Monday.",
    ["Geneva"],
    [],
)
place(
    "The talks will be held in Doha, not in a neutral European capital, the envoy said.",
    ["Doha"],
    [],
)
place("The leaders will meet in Nairobi, and not for the first time.", ["Nairobi"], [])
place(
    "Kyiv, not Moscow, proposed the summit, which will be held in Istanbul.",
    ["Istanbul"],
    ["Moscow"],
)
place(
    "The summit stays in Vienna rather than moving to Salzburg, the chancellery said.",
    ["Vienna"],
    ["Salzburg"],
)
place("The ministers will meet in Rome, not just for a day but for three.", ["Rome"], [])
place(
    "The delegations did not reach Goma until Friday, where the talks will open on Monday.",
    ["Goma"],
    [],
)
place("The summit will be in Manila, not Jakarta.", ["Manila"], ["Jakarta"])
place(
    "Jeddah was not the venue, the ministry said; the summit will be held in Riyadh.",
    ["Riyadh"],
    [],
)
place(
    "The summit was wrongly given as taking place in Brussels; it will be held in Luxembourg.",
    ["Luxembourg"],
    ["Brussels"],
)
place("The talks will take place not, as reported, in Baku, but in Tbilisi.", [], ["Baku"])
place(
    "The summit was incorrectly listed as being in Oslo; it will be held in Bergen.",
    ["Bergen"],
    ["Oslo"],
)
place(
    "Contrary to rumours of a summit in Sochi, the leaders will meet in Astana.",
    ["Astana"],
    ["Sochi"],
)
place("The talks will open in Lusaka, not, as first announced, in Harare.", ["Lusaka"], ["Harare"])
place(
    "Contrary to earlier reports of a meeting in Helsinki, the leaders will meet in Stockholm.",
    ["Stockholm"],
    ["Helsinki"],
)
place(
    "The leaders will never meet in Minsk, the foreign minister said; talks are planned in Warsaw.",
    ["Warsaw"],
    ["Minsk"],
)

place(
    "The leaders, who have never met before, will hold their first summit in Kigali.",
    ["Kigali"],
    [],
)

# --- actors ---------------------------------------------------------------------------------
actor(
    "The militia, not the army, shelled the market in Kadugli on Sunday.",
    "shelling of the market",
    ["militia"],
    ["army"],
)
actor(
    "Kyiv, not Moscow, proposed the truce, which starts on Monday.",
    "proposal of a truce",
    ["Kyiv"],
    ["Moscow"],
)
actor(
    "The police did not arrest the protesters until Friday, the lawyers said.",
    "arrest of protesters",
    ["police"],
    [],
)
actor(
    "The navy, rather than the coast guard, rescued the 40 migrants.",
    "rescue of migrants",
    ["navy"],
    ["coast guard"],
)
actor(
    "Instead of the United Nations, the African Union monitored the vote.",
    "monitoring of the vote",
    ["African Union"],
    ["United Nations"],
)
actor(
    "The strike on the depot was carried out by the air force, not by drones launched from the sea, the ministry said.",
    "strike on the depot",
    ["air force"],
    [],
)
actor(
    "The Quaker group, not a government, brokered the prisoner exchange.",
    "prisoner exchange",
    ["Quaker group"],
    [],
)
actor(
    "Not only the rebels but also the army shelled the town of Bunia.",
    "shelling of Bunia",
    ["army", "rebels"],
    [],
)
actor(
    "The attack was wrongly attributed to the Liberation Front; the Popular Guard carried it out.",
    "attack",
    ["Popular Guard"],
    ["Liberation Front"],
)
actor(
    "The raid was carried out not, as reported, by the police, but by the gendarmerie.",
    "raid",
    ["gendarmerie"],
    ["police"],
)
actor(
    "The coast guard was not the rescuer, the agency said; a fishing crew pulled the men out.",
    "rescue of the men",
    ["fishing crew"],
    [],
)
actor(
    "The shelling was falsely attributed to the Eastern Battalion; the Western Command fired the rounds.",
    "shelling",
    ["Western Command"],
    ["Eastern Battalion"],
)
actor(
    "Contrary to claims that the coast guard had rescued the crew, a passing tanker picked them up.",
    "rescue of the crew",
    ["passing tanker"],
    ["coast guard"],
)
actor(
    "The blockade was mistakenly described as the navy's; the border police set it up.",
    "blockade",
    ["border police"],
    ["navy"],
)
actor(
    "Contrary to earlier reports that the Brigade had blown up the bridge, engineers of the Northern Corps destroyed it.",
    "destruction of the bridge",
    ["Northern Corps"],
    ["Brigade"],
)


def build_cases() -> list[dict[str, Any]]:
    """The set's cases, for the test that the committed set is what this builds."""
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
