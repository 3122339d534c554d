"""Build the set of session 38's contest sides (``grounding_r2actors.jsonl``): value-support
cases for an event's actor that is the other side of a scored contest
(``summarizer/verification/events/contest_sides.py``):

- ``contest-side``: the side a winner beat, drew with or lost to, written with the result's
  score or margin right after it ("beat the Atlanta Falcons 24-17", "edged Saracens by two
  points", "lost 3-1 to the Dodgers", "beat Spain on penalties"), in several sports and in
  British and American styles: both sides took part in the match. Refused: a name beaten or
  routed with no score (a war's, a police action's: acted on), a fine's or a penalty's target
  (a sum is no score), a name a comma parts from a range ("killing 30-40 fighters"), a
  spectator, and a side the page never names.

Run ``python tests/data/make_r2actors_cases.py`` to rebuild it. The texts are written for this
set in new words; each verdict is what a careful fact-checker reads in the text, decided when
the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_r2actors.jsonl")

built = SupportCases(
    "r2ac",
    leads=[
        "BALTIMORE (Chesapeake Sports Wire) -",
        "By Fenella Hart | The Thames Gazette",
        "SPORT DESK | The Lowland Courier",
        "From our Melbourne bureau, The Yarra Review.",
        "DUBLIN, Liffey Post -",
    ],
)
SIDE = "contest-side"


def side(expect: bool, sentence: str, who: str, description: str, why: str) -> None:
    built.actor(SIDE, expect, sentence, who, description, why)


# --- must fail: the one acted on, a target, a spectator, a name not there --------------------
side(
    False,
    "Government troops routed the Northern Liberation Front near Kasama on Tuesday.",
    "Northern Liberation Front",
    "troops routed the rebels",
    "a war's rout, no score: the front is acted on",
)
side(
    False,
    "Rebel fighters defeated the Kivu Brigade outside Goma on Sunday.",
    "Kivu Brigade",
    "rebels defeated the brigade",
    "a battle's defeat, no score: acted on",
)
side(
    False,
    "Coalition forces defeated the Tarsi militia, killing 30-40 fighters.",
    "Tarsi militia",
    "coalition defeated the militia",
    "a range a comma parts from the name is no score",
)
side(
    False,
    "Rebel columns routed the Kivu Brigade 20-30 kilometres north of Goma.",
    "Kivu Brigade",
    "rebels routed the brigade",
    "a range runs into its noun: no score, acted on",
)
side(
    False,
    "The court hit Ardent Bank with $250 million in penalties over four cases.",
    "Ardent Bank",
    "court penalised Ardent Bank",
    "a penalty's target; a sum is no score",
)
side(
    False,
    "Bandits beat Arun Das, 40, a shopkeeper, in Meerut on Friday.",
    "Arun Das",
    "bandits beat a shopkeeper",
    "a beating's victim; an age after a comma is no score",
)
side(
    False,
    "The Ravens beat the Atlanta Falcons 24-17, watched by Governor Ellen Marsh.",
    "Ellen Marsh",
    "Ravens beat Falcons",
    "a spectator of the match took no part",
)
side(
    False,
    "The Ravens beat the Atlanta Falcons 24-17 at M&T Bank Stadium.",
    "Carolina Panthers",
    "Ravens beat Falcons",
    "a side the page never names",
)
side(
    False,
    "Harlequins edged Saracens by two points at the Stoop.",
    "Bath Rugby",
    "Harlequins beat Saracens",
    "another club than the one beaten",
)
side(
    False,
    "Washington hit Moravia with tariffs of 25% on steel.",
    "Moravia",
    "tariffs on Moravia",
    "a measure's target; a share is no score",
)
side(
    False,
    "Police beat the Harbour Street protesters back from the gates.",
    "Harbour Street protesters",
    "police beat back protesters",
    "a police action, no score: acted on",
)
side(
    False,
    "Militants crushed the Sahel Patrol Force 12 kilometres from Gao.",
    "Sahel Patrol Force",
    "militants crushed the patrol",
    "a distance is no score: acted on",
)

# --- must pass: the side beaten, drawn with or lost to, with its score or margin ------------
side(
    True,
    "The Ravens beat the Atlanta Falcons 24-17 at M&T Bank Stadium.",
    "Atlanta Falcons",
    "Ravens beat Falcons",
    "'beat X 24-17': the loser played the game",
)
side(
    True,
    "Harlequins edged Saracens by two points at the Stoop.",
    "Saracens",
    "Harlequins beat Saracens",
    "a margin in points after the side beaten",
)
side(
    True,
    "Surrey thrashed Kent by nine wickets at The Oval on Saturday.",
    "Kent",
    "Surrey beat Kent",
    "a cricket margin in wickets",
)
side(
    True,
    "Ireland defeated New Zealand 13-12 in Chicago.",
    "New Zealand",
    "Ireland beat New Zealand",
    "'defeated' and a rugby score",
)
side(
    True,
    "Mumbai Indians beat Chennai Super Kings by six wickets in the eliminator.",
    "Chennai Super Kings",
    "Mumbai beat Chennai",
    "a margin worded in letters",
)
side(
    True,
    "Oakland lost 3-1 to the Dodgers on Friday night.",
    "Dodgers",
    "Dodgers beat Oakland",
    "'lost 3-1 to': the winner took part",
)
side(
    True,
    "Celtic won 2-0 against Rangers at Ibrox.",
    "Rangers",
    "Celtic beat Rangers",
    "'won 2-0 against'",
)
side(
    True,
    "Dundee United drew 2-2 with Aberdeen at Tannadice.",
    "Aberdeen",
    "Dundee United drew with Aberdeen",
    "'drew 2-2 with': a draw has two sides",
)
side(
    True,
    "Portugal beat Spain on penalties in the Nations League final.",
    "Spain",
    "Portugal beat Spain in the final",
    "'on penalties' settles a contest",
)
side(
    True,
    "Leinster routed Munster 40-10 at the Aviva Stadium.",
    "Munster",
    "Leinster beat Munster",
    "a rout with a score is a match's",
)
side(
    True,
    "Jannik Sinner defeated Carlos Alcaraz 4-6, 6-4, 6-4 in the final.",
    "Carlos Alcaraz",
    "Sinner beat Alcaraz",
    "a tennis score in sets",
)
side(
    True,
    "The Thunder downed the Indiana Pacers 103-91 in Game 7.",
    "Indiana Pacers",
    "Thunder beat Pacers",
    "'downed' and a basketball score",
)
side(
    True,
    "Arsenal fell 2-1 to Newcastle United at St James' Park.",
    "Newcastle United",
    "Newcastle beat Arsenal",
    "'fell 2-1 to'",
)
side(
    True,
    "Chelsea beat Paris Saint-Germain 3-0 in the final at the MetLife Stadium.",
    "Paris Saint-Germain",
    "Chelsea beat PSG",
    "a hyphenated name read whole before its score",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
