# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 38 round 2's match scores (``grounding_r2counta.jsonl``):
value-support cases for a side's tally read from a match's score, which English gives to a
side through the verb of the result: the winner holds the larger number, and the winner is
the subject of an active verb of victory, the object of a verb of defeat or the agent of a
passive one (``summarizer/verification/figures/match_scores.py``):

- ``match-score``: "Leinster beat Munster 27-13", "Ajax were beaten 3-1 by PSV", "the
  Warriors lost 112-98 to the Suns", "Fiji edged Samoa 24-22", a side named right before the
  verb or opening the sentence after a dateline, the score written larger or smaller first,
  with an en dash, a part of the match named by both the count and the verb's object. Refused:
  the other side's number, the loser's tally given as the winner's, a tally a score does not
  keep (shots, corners), a part of the match the count does not name (or the reverse), a side
  after a preposition ("drew with Spain"), a number not stated, a draw.

Run ``python tests/data/make_r2counta_cases.py`` to rebuild it. The texts are written for this
set (football, rugby, basketball, cricket, hockey, tennis, darts), in new words; each verdict
is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_r2counta.jsonl")

built = SupportCases(
    "r2ca",
    leads=[
        "DUBLIN (Touchline Wire) -",
        "By Maren Okafor | The Tyne Sports Gazette",
        "SPORTS DESK | The Prairie Ledger",
        "From our Melbourne correspondent, The Southern Post.",
        "PHOENIX, Desert Courier -",
    ],
)
SCORE = "match-score"
EXACT = "exact"

counts = partial(built.count_cases, published="2025-10-05")

S = "Leinster beat Munster 27-13 at the Aviva Stadium on Saturday to reach the final."
counts(SCORE, [S], [("Leinster points", 27, EXACT), ("Munster points", 13, EXACT)],
       [("Munster points", 27, EXACT), ("Leinster points", 13, EXACT), ("Leinster tries", 27, EXACT)])  # fmt: skip
S = "Ajax were beaten 3-1 by PSV in Eindhoven, their third defeat in a row."
counts(SCORE, [S], [("Ajax goals", 1, EXACT), ("PSV goals", 3, EXACT)],
       [("Ajax goals", 3, EXACT), ("PSV goals", 1, EXACT)])  # fmt: skip
S = "The Warriors lost 112-98 to the Suns on Tuesday night despite 38 points from Stephen Curry."
counts(SCORE, [S], [("Warriors points", 98, EXACT), ("Suns points", 112, EXACT)],
       [("Warriors points", 112, EXACT), ("Suns points", 98, EXACT)])  # fmt: skip
S = "Fiji edged Samoa 24\u201322 in a thriller in Suva, Semi Radradra crossing in the last minute."
counts(SCORE, [S], [("Fiji points", 24, EXACT), ("Samoa points", 22, EXACT)],
       [("Samoa points", 24, EXACT), ("Fiji points", 22, EXACT)])  # fmt: skip
S = "Celtic, who had lost their opening two games, thrashed Hibernian 5-0 at Parkhead."
counts(SCORE, [S], [("Celtic goals", 5, EXACT), ("goals scored by Hibernian", 0, EXACT)],
       [("goals scored by Hibernian", 5, EXACT), ("Celtic shots on target", 5, EXACT)])  # fmt: skip
S = "Canada won the second period 3-1 but still went down to Sweden in overtime."
counts(SCORE, [S], [("Canada second-period goals", 3, EXACT)],
       [("Canada goals", 3, EXACT), ("Sweden second-period goals", 3, EXACT)])  # fmt: skip
S = "Boston overcame Toronto 4-2 in Game 6 to take the series."
counts(SCORE, [S], [("Boston goals", 4, EXACT), ("Toronto goals", 2, EXACT)],
       [("Toronto goals", 4, EXACT), ("Boston goals", 2, EXACT)])  # fmt: skip
S = "MELBOURNE, Sunday - Collingwood, written off in July, crushed Brisbane 110-62 to claim the flag."
counts(SCORE, [S], [("Collingwood points", 110, EXACT), ("Brisbane points", 62, EXACT)],
       [("Brisbane points", 110, EXACT), ("Collingwood points", 62, EXACT)])  # fmt: skip
S = "Wales drew 1-1 with Belgium in Cardiff and then won the penalty shoot-out 4-3."
counts(SCORE, [S], [],
       [("Belgium goals", 4, EXACT), ("Wales goals", 4, EXACT)])  # fmt: skip
S = "Nottingham Forest saw off Leeds 2-0 at the City Ground, where Leeds manager Daniel Farke said his side had been second best."
counts(SCORE, [S], [],
       [("Leeds goals", 2, EXACT), ("Nottingham Forest goals", 3, EXACT)])  # fmt: skip
S = "Speaking after the game, Lakers coach JJ Redick said the Nuggets beat them 121-109 on effort alone."
counts(SCORE, [S], [("Nuggets points", 121, EXACT)],
       [("Lakers points", 121, EXACT)])  # fmt: skip
S = "England and Scotland played out a 2-2 draw at Hampden Park."
counts(SCORE, [S], [],
       [("England goals", 3, EXACT)])  # fmt: skip
S = "The Eagles downed the Cowboys 34-17 at Lincoln Financial Field, Jalen Hurts throwing for three touchdowns."
counts(SCORE, [S], [("Eagles points", 34, EXACT), ("Cowboys points", 17, EXACT)],
       [("Cowboys points", 34, EXACT), ("Eagles touchdowns", 34, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
