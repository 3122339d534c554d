# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 55's vote scores (``grounding_scores26.jsonl``): value-support
cases for a count of votes read from a score "N votes to M", by category, each with what must
pass and what must fail:

- ``candidate-score``: a score's second number followed by "for" and a name ("won by 125
  votes to 65 for Junya Ogawa") is that candidate's tally: a count of votes for that
  candidate is it, the score's other number is not, and a count of votes for the winner is
  not the runner-up's number; a dashed score with "for" after it ("ended 118-96 for
  Duarte") gives the score to the winner, so its second number is not the winner's;
- ``fronted-score``: a score that opens its sentence or clause ("By 364 votes to 194, the
  National Assembly refused ...") takes its outcome from the main clause's verb after the
  comma: under a verb of defeat the first number is the votes against, under a verb of
  passage the votes in favour; the other side's number is refused either way.

Run ``python tests/data/make_scores26_cases.py`` to rebuild it. The votes are invented or
loosely modelled on real parliamentary votes, the sentences written for this set; each verdict
is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_scores26.jsonl")

built = SupportCases(
    "s26",
    leads=[
        "TOKYO (Pacific Ledger) -",
        "By Ines Carvalho | The Lisbon Review",
        "PARLIAMENT BRIEFING | The Northern Courier",
        "From our Paris correspondent, The Channel Weekly.",
        "WELLINGTON, Tasman Post -",
        "Politics desk, The Prairie Examiner.",
    ],
)
CANDIDATE, FRONTED = "candidate-score", "fronted-score"
PUBLISHED = "2025-10-02"


def counts(category: str, sentence: str, passes: list[tuple[str, float]],
           fails: list[tuple[str, float]]) -> None:  # fmt: skip
    """A vote with one count (what, value) backed by ``sentence``: each of ``passes`` is
    stated by it, each of ``fails`` is not (the other candidate's, the other side's)."""
    text = built.page(sentence)
    for expect, (what, value) in verdicts(passes, fails):
        why = f"{what} {value:g}: " + (
            "the number the score gives it" if expect else "the score's other number"
        )
        built.fact_counts(category, expect, why, text, [(what, value, "exact")], [sentence],
                          PUBLISHED, description="the vote")  # fmt: skip


# --- candidate-score: "N votes to M for Name" gives Name M ---------------------------------

S = "The upper house needed a second round, which the prime minister won by 125 votes to 65 for Junya Ogawa, the opposition leader."
counts(CANDIDATE, S, [("votes for Junya Ogawa", 65)], [("votes for Junya Ogawa", 125)])
S = "Lawmakers re-elected Lindiwe Dube as speaker on Tuesday by 201 votes to 143 for Pieter Smit, the opposition's nominee."
counts(CANDIDATE, S, [("votes for Pieter Smit", 143), ("votes for Lindiwe Dube", 201)],
       [("votes for Pieter Smit", 201), ("votes for Lindiwe Dube", 143)])  # fmt: skip
S = "Ewa Lindqvist took the party leadership with 3,410 votes to 2,987 for Jonas Berg, officials said on Sunday."
counts(CANDIDATE, S, [("votes for Jonas Berg", 2987)], [("votes for Jonas Berg", 3410)])
S = "Kofi Mensah was voted in as Speaker by 154 votes to 121 for Abena Owusu after two rounds of balloting."
counts(CANDIDATE, S, [("votes for Abena Owusu", 121), ("votes for Kofi Mensah", 154)],
       [("votes for Abena Owusu", 154), ("votes for Kofi Mensah", 121)])  # fmt: skip
S = "In the party-room ballot the challenger, Sarah Whitfield, unseated the leader by 39 votes to 32 for Mark Ellery."
counts(CANDIDATE, S, [("votes for Mark Ellery", 32)], [("votes for Mark Ellery", 39)])
S = "The electoral college returned Ilir Hoxha as president by 98 votes to 31 for Besa Kola, with four abstentions."
counts(CANDIDATE, S, [("votes for Besa Kola", 31)], [("votes for Besa Kola", 98)])
S = "Councillors picked Moana Tipene as mayor on a show of hands, 11 votes to 8 for Hone Rapata."
counts(
    CANDIDATE,
    S,
    [("votes for Hone Rapata", 8)],
    [("votes for Hone Rapata", 11), ("votes for Moana Tipene", 8)],
)
S = "Deputies elected Dimitra Pappas to chair the assembly; she won 76 votes to 72 for Nikos Andreou."
counts(CANDIDATE, S, [("votes for Nikos Andreou", 72)], [("votes for Nikos Andreou", 76)])
S = "The Bundestag confirmed Lena Hoffmann as its president by 402 to 211 for Karl Brenner of the opposition bloc."
counts(CANDIDATE, S, [("votes for Karl Brenner", 211)], [("votes for Karl Brenner", 402)])
S = "On the fourth ballot the conclave of delegates chose Aisha Bello, 1,204 votes to 998 for Musa Danjuma."
counts(
    CANDIDATE,
    S,
    [("votes for Musa Danjuma", 998)],
    [("votes for Musa Danjuma", 1204), ("votes for Aisha Bello", 998)],
)
# A dashed score with "for" after it gives the score to the one named: the second number is the loser's.
S = "The chamber's runoff ended 118-96 for Rafael Duarte over Clara Nunes late on Friday."
counts(CANDIDATE, S, [("votes for Rafael Duarte", 118)], [("votes for Rafael Duarte", 96)])

# --- fronted-score: "By N votes to M, <subject> <verb> ..." reads the main verb ----------------

S = "By 364 votes to 194, the National Assembly on Monday night refused the prime minister the confidence he had sought."
counts(FRONTED, S, [("votes against", 364), ("votes in favour", 194)],
       [("votes against", 194), ("votes in favour", 364)])  # fmt: skip
S = "By 331 votes to 270, MPs rejected the government's amendment on Wednesday evening."
counts(FRONTED, S, [("votes against the amendment", 331)], [("votes for the amendment", 331)])
S = "By 52 votes to 47, the Senate voted down the nomination after a bitter debate."
counts(FRONTED, S, [("votes against", 52), ("votes in favor", 47)], [("votes against", 47)])
S = "By 289 votes to 166, the Bundestag threw out the opposition's motion."
counts(FRONTED, S, [("votes against", 289)], [("votes in favour", 289)])
S = "OSLO, March 4 — By 88 votes to 81, the Storting turned down a proposal to widen oil drilling in the Arctic."
counts(FRONTED, S, [("votes against", 88)], [("votes in favour", 88), ("votes against", 81)])
S = "After months of wrangling the budget reached the floor; by 210 votes to 188, deputies refused it."
counts(FRONTED, S, [("votes against", 210)], [("votes in favour", 210)])
S = "By 14 votes to 9, the city council blocked the housing scheme on the old rail yards."
counts(FRONTED, S, [("votes against", 14), ("votes in favour", 9)], [("votes in favour", 14)])
S = "By 61 votes to 38, senators approved the package late on Thursday."
counts(FRONTED, S, [("votes in favor", 61), ("votes against", 38)],
       [("votes against", 61), ("votes in favor", 38)])  # fmt: skip
S = "By 400 votes to 12, the House passed the measure and sent it to the president."
counts(FRONTED, S, [("votes in favor", 400)], [("votes against", 400)])
S = "By 245 votes to 229, the lower house denied the cabinet the emergency powers it had asked for."
counts(FRONTED, S, [("votes against", 245)], [("votes in favour", 245)])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
