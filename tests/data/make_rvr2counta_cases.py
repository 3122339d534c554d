# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 38 round 2's match scores (``grounding_rvr2counta.jsonl``):
value-support cases written by the reviewer of r2counta (a side's tally read from a match's
score, ``summarizer/verification/figures/match_scores.py``), aimed at the rule's edges:

- ``rv-score``: refused, the results a score does not report as played: a phrasal verb of
  defeat ("went down 2-1 to Hull"), a clause's subject after "after" giving the score to the
  sentence's first name, a result needed, supposed or predicted ("need to beat", "If Scotland
  beat", "expect Brazil to beat"), a denied one ("did not beat"), a progressive ("were
  winning 2-1"), a bare participle ("Beaten 3-0 by Leeds"), a score read in units it does not
  keep (a shoot-out's penalties, a series' games, a tennis set's games, a darts match's sets,
  a game's goals as games, football's goals as points); passed, each side's number under the
  verbs the rule reads and the near forms it leaves to others.

Run ``python tests/data/make_rvr2counta_cases.py`` to rebuild it. The texts are written for
this set in new words; each verdict is what a careful fact-checker reads in the text, decided
when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvr2counta.jsonl")

built = SupportCases(
    "rvr2ca",
    leads=[
        "LEEDS (Northern Sports Wire) -",
        "By Tamsin Achebe | The Wessex Chronicle",
        "SPORTS | The Lakeshore Record",
        "From our correspondent in Cardiff, The Marches Herald.",
        "DENVER, Front Range Dispatch -",
    ],
)
SCORE = "rv-score"
EXACT = "exact"

counts = partial(built.count_cases, published="2025-11-16")

S = "Leeds went down 2-1 to Hull at Elland Road, a late header settling it."
counts(SCORE, [S], [("Leeds goals", 1, EXACT), ("Hull goals", 2, EXACT)],
       [("Leeds goals", 2, EXACT), ("Hull goals", 1, EXACT)])  # fmt: skip
S = "Germany topped the group after Spain beat Italy 3-0 in Seville on Tuesday night."
counts(SCORE, [S], [("Spain goals", 3, EXACT), ("Italy goals", 0, EXACT)],
       [("Germany goals", 3, EXACT), ("Germany goals", 0, EXACT)])  # fmt: skip
S = "Spain need to beat Italy 3-0 on Saturday to be sure of top spot."
counts(SCORE, [S], [],
       [("Spain goals", 3, EXACT), ("Italy goals", 0, EXACT)])  # fmt: skip
S = "If Scotland beat Norway 2-1 at Hampden on Tuesday, they will qualify for the World Cup."
counts(SCORE, [S], [],
       [("Scotland goals", 2, EXACT), ("Norway goals", 1, EXACT)])  # fmt: skip
S = "Pundits expect Brazil to beat Peru 3-0 in Rio, though the squad is short of strikers."
counts(SCORE, [S], [],
       [("Peru goals", 0, EXACT), ("Brazil goals", 3, EXACT)])  # fmt: skip
S = "Contrary to posts shared widely online, Wales did not beat Ireland 2-0 on Friday; the match was abandoned at half-time."
counts(SCORE, [S], [],
       [("Wales goals", 2, EXACT), ("Ireland goals", 0, EXACT)])  # fmt: skip
S = "Rangers were winning 2-1 at the break but lost 3-2 to Celtic after two goals in the last ten minutes."
counts(SCORE, [S], [("Rangers goals", 2, EXACT), ("Celtic goals", 3, EXACT)],
       [("Rangers goals", 1, EXACT), ("Celtic goals", 2, EXACT)])  # fmt: skip
S = "Beaten 3-0 by Leeds a week ago, Hull bounced back with a draw at Millwall."
counts(SCORE, [S], [("Leeds goals", 3, EXACT), ("Hull goals", 0, EXACT)],
       [("Leeds goals", 0, EXACT), ("Hull goals", 3, EXACT)])  # fmt: skip
S = "Italy beat England 3-2 on penalties after a 1-1 draw at Wembley, Donnarumma saving twice."
counts(SCORE, [S], [("Italy goals", 1, EXACT), ("England goals", 1, EXACT)],
       [("Italy goals", 3, EXACT), ("England goals", 2, EXACT)])  # fmt: skip
S = "The Celtics beat the Heat 4-1 in the series, closing it out with a 112-97 win on Wednesday."
counts(SCORE, [S], [("Celtics games", 4, EXACT), ("Heat games", 1, EXACT)],
       [("Celtics points", 4, EXACT), ("Heat points", 1, EXACT)])  # fmt: skip
S = "Jannik Sinner beat Carlos Alcaraz 6-4, 6-2 in the Turin final on Sunday."
counts(SCORE, [S], [],
       [("Sinner sets", 6, EXACT), ("Sinner games", 6, EXACT), ("Alcaraz games", 4, EXACT)])  # fmt: skip
S = "Luke Littler beat Luke Humphries 7-3 in sets to retain his world title at Alexandra Palace."
counts(SCORE, [S], [("Littler sets", 7, EXACT), ("Humphries sets", 3, EXACT)],
       [("Littler legs", 7, EXACT), ("Humphries legs", 3, EXACT)])  # fmt: skip
S = "Boston beat Toronto 4-2 in Game 6 on Thursday to take the series."
counts(SCORE, [S], [("Boston goals", 4, EXACT), ("Toronto goals", 2, EXACT)],
       [("Boston games", 4, EXACT), ("Toronto games", 2, EXACT)])  # fmt: skip
S = "Arsenal beat Wolves 2-0 at the Emirates on Saturday to go top of the table."
counts(SCORE, [S], [("Arsenal goals", 2, EXACT), ("Wolves goals", 0, EXACT)],
       [("Arsenal points", 2, EXACT), ("Arsenal runs", 2, EXACT)])  # fmt: skip
S = "New England beat Miami 24-17 at Gillette Stadium on Sunday afternoon."
counts(SCORE, [S], [("New England points", 24, EXACT), ("Miami points", 17, EXACT)],
       [("England points", 24, EXACT), ("Miami points", 24, EXACT)])  # fmt: skip
S = "Australia beat England 3-1 in the Ashes series, Pat Cummins taking 21 wickets."
counts(SCORE, [S], [],
       [("Australia runs", 3, EXACT), ("England runs", 1, EXACT)])  # fmt: skip
S = "Wales were edged out 20-19 by Fiji in Cardiff, a late penalty deciding it."
counts(SCORE, [S], [("Fiji points", 20, EXACT), ("Wales points", 19, EXACT)],
       [("Wales points", 20, EXACT), ("Fiji points", 19, EXACT)])  # fmt: skip
S = "The Knicks, led by 40 from Jalen Brunson, beat the Bulls 118-104 at Madison Square Garden."
counts(SCORE, [S], [("Knicks points", 118, EXACT), ("Bulls points", 104, EXACT)],
       [("Bulls points", 118, EXACT), ("Brunson points", 118, EXACT)])  # fmt: skip
S = "Exeter lost at home to Saracens, 27-24, their fourth defeat of the season."
counts(SCORE, [S], [("Exeter points", 24, EXACT), ("Saracens points", 27, EXACT)],
       [("Exeter points", 27, EXACT), ("Saracens points", 24, EXACT)])  # fmt: skip
S = "Gloucester saw off Bath 31-17 at Kingsholm in front of a sell-out crowd."
counts(SCORE, [S], [("Gloucester points", 31, EXACT), ("Bath points", 17, EXACT)],
       [])  # fmt: skip
S = "Hull fell 3-1 to Leeds on Saturday, a result that leaves them in the bottom three."
counts(SCORE, [S], [("Leeds goals", 3, EXACT), ("Hull goals", 1, EXACT)],
       [("Hull goals", 3, EXACT)])  # fmt: skip
S = "The Yankees beat the Red Sox 7-5 in 10 innings at Fenway Park on Friday."
counts(SCORE, [S], [("Yankees runs", 7, EXACT), ("Red Sox runs", 5, EXACT)],
       [("Red Sox runs", 7, EXACT), ("Yankees runs", 10, EXACT)])  # fmt: skip
S = "Judd Trump beat Mark Selby 10-7 in the final at the Crucible."
counts(SCORE, [S], [("Trump frames", 10, EXACT), ("Selby frames", 7, EXACT)],
       [("Selby frames", 10, EXACT)])  # fmt: skip
S = "Leeds had been beaten 2-0 by Hull in the reverse fixture, in October."
counts(SCORE, [S], [("Hull goals", 2, EXACT), ("Leeds goals", 0, EXACT)],
       [("Leeds goals", 2, EXACT)])  # fmt: skip
S = "Wales drew 1-1 with Belgium in Brussels, David Brooks equalising late on."
counts(SCORE, [S], [("Wales goals", 1, EXACT), ("Belgium goals", 1, EXACT)],
       [])  # fmt: skip
# gcn40: a bare participle's agent ("Thrashed 4-1 by Norwich,"), a verb's particle and a
# place's adjunct before the score ("edged out", "lost away to"), a score between two other
# sides ("after Getafe beat Osasuna 2-0") holding no tally of the sentence's first name
S = "Thrashed 4-1 by Norwich in August, Preston have since won five in a row."
counts(SCORE, [S], [("Norwich goals", 4, EXACT)], [("Norwich goals", 1, EXACT)])  # fmt: skip
S = "Beaten 2-1 by Sevilla in the first leg, Betis face a hard return on Thursday."
counts(SCORE, [S], [("Sevilla goals", 2, EXACT)], [("Sevilla goals", 1, EXACT)])  # fmt: skip
S = "Glasgow were edged out 16-15 by Ulster in Belfast on Friday night."
counts(SCORE, [S], [("Ulster points", 16, EXACT), ("Glasgow points", 15, EXACT)],
       [("Ulster points", 15, EXACT), ("Glasgow points", 16, EXACT)])  # fmt: skip
S = "Brentford lost away to Fulham, 2-1, on a wet Monday night."
counts(SCORE, [S], [("Fulham goals", 2, EXACT), ("Brentford goals", 1, EXACT)],
       [("Fulham goals", 1, EXACT), ("Brentford goals", 2, EXACT)])  # fmt: skip
S = "Celta climbed to ninth after Getafe beat Osasuna 2-0 on Sunday."
counts(SCORE, [S], [("Getafe goals", 2, EXACT), ("Osasuna goals", 0, EXACT)],
       [("Celta goals", 2, EXACT), ("Celta goals", 0, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
