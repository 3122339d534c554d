# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Review rvct27 of ct27's counts bound to their heads (``grounding_rvct27.jsonl``): new
texts built to make the bound-head reading accept a wrong value and its refusals reject a
right one, value-support cases by category:

- ``rv-bound-head``: stems that collide ("members" against "membership", "voters" against
  "votes", "capital" against "cap"), a number whose head matches but belongs to another year
  or occasion, a total given for a part, the two sides of one vote swapped; kept, the same
  shapes in other outlets' styles;
- ``rv-zero-side``: "none" or "nobody" that means something else (no one hurt, none of the
  ships) is no zero of a vote's side; kept, a zero told in other words.

Run ``python tests/data/make_rvct27_cases.py`` to rebuild it. The votes are invented, the
sentences written for this set; each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from count_sets import bound_counts
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvct27.jsonl")

built = SupportCases(
    "rv27ct",
    leads=[
        "ADDIS ABABA (Highland Wire) -",
        "By Ines Carvalho | The Southern Cone Ledger",
        "COUNCIL NOTEBOOK | The Lakeside Gazette",
        "From our Vienna correspondent, The Danube Review.",
        "DHAKA, Delta Standard -",
        "Q&A | Explainer desk, The Northern Courier",
    ],
)
HEAD, ZERO = "rv-bound-head", "rv-zero-side"
PUBLISHED = "2025-10-08"


def counts(
    category: str, sentence: str, passes: list[tuple[str, float]], fails: list[tuple[str, float]]
) -> None:
    """One sentence's counts on this set's page (:func:`count_sets.bound_counts`)."""
    bound_counts(built, PUBLISHED, category, sentence, passes, fails)


# --- rv-bound-head: colliding stems, another year's or occasion's number, swapped sides ------

counts(HEAD, "The union's membership has grown to 48,000, and 310 members attended Saturday's congress in Leeds.",
       [("members attending the congress", 310), ("union membership", 48000)],
       [("union membership", 310)])  # fmt: skip
counts(HEAD, "Turnout was low: 2.1 million voters cast ballots, and the measure passed with 1,250,000 votes.",
       [("votes for the measure", 1250000), ("voters casting ballots", 2100000)],
       [("voters casting ballots", 1250000)])  # fmt: skip
counts(HEAD, "The bill raises the capital's police budget and sets a cap of 400 on new hires, while 650 officers already patrol the city.",
       [("cap on new hires", 400), ("officers patrolling", 650)],
       [("cap on new hires", 650), ("officers patrolling", 400)])  # fmt: skip
counts(HEAD, "In the senate, 62 senators backed the amendment and 31 opposed it; in 2019 a similar amendment drew 48 senators.",
       [("senators backing the amendment", 62), ("senators opposing", 31)],
       [("senators opposing", 62), ("senators backing the amendment", 31)])  # fmt: skip
counts(HEAD, "Of the 27 member states, 24 signed the declaration on Friday; three - Hungary, Slovakia and Malta - did not.",
       [],
       [("member states signing", 27), ("states not signing", 24)])  # fmt: skip
counts(HEAD, "The motion carried by 212 votes to 187, with 14 abstentions, the speaker announced.",
       [("votes for the motion", 212), ("votes against the motion", 187), ("abstentions", 14)],
       [("votes for the motion", 187), ("votes against the motion", 212), ("abstentions", 187)])  # fmt: skip
counts(HEAD, "Rescuers pulled 37 survivors from the rubble overnight; last year's quake in the same province left 90 survivors stranded for days.",
       [("survivors pulled from the rubble", 37)],
       [("survivors pulled from the rubble", 370)])  # fmt: skip
counts(HEAD, "Eleven of the party's 19 councillors voted to remove the mayor, and the other eight walked out.",
       [("councillors voting to remove the mayor", 11), ("councillors walking out", 8)],
       [("councillors voting to remove the mayor", 19), ("councillors walking out", 11), ("councillors in the party", 11)])  # fmt: skip
counts(HEAD, "Some 5,000 troops will be withdrawn by March, leaving 2,300 soldiers at the base.",
       [("soldiers remaining", 2300)],
       [("troops withdrawn", 2300), ("soldiers remaining", 5000)])  # fmt: skip
counts(HEAD, "The board approved the merger by seven votes to two; shareholders had earlier backed it with 88 percent.",
       [("board votes for the merger", 7), ("board votes against", 2)],
       [("board votes for the merger", 2), ("board votes against", 7), ("board votes for the merger", 88)])  # fmt: skip
counts(HEAD, "A total of 1,400 delegates registered for the summit, though only 960 delegates attended the closing session.",
       [("delegates registered", 1400), ("delegates attending the closing session", 960)],
       [("delegates registered", 96)])  # fmt: skip

# --- rv-zero-side: "none"/"nobody" of something else; a zero in other words -------------------

counts(ZERO, "The resolution passed 13-0, with China and Russia abstaining.",
       [("votes against", 0), ("votes in favour", 13)],
       [("votes in favour", 0), ("abstentions", 0), ("votes against", 13)])  # fmt: skip
counts(ZERO, "Police said 40 protesters were detained but none were injured; the council later voted 9 to 3 to lift the curfew.",
       [("votes for lifting the curfew", 9), ("votes against lifting the curfew", 3)],
       [("votes against lifting the curfew", 0), ("votes for lifting the curfew", 0)])  # fmt: skip
counts(ZERO, "The text was adopted unanimously, 15 votes to none.",
       [("votes against", 0), ("votes in favour", 15)],
       [("votes in favour", 0), ("votes against", 15)])  # fmt: skip
counts(ZERO, "Parliament passed the bill with 301 in favour and none against, though 12 deputies abstained.",
       [("votes against", 0), ("votes in favour", 301), ("abstentions", 12)],
       [("abstentions", 0), ("votes in favour", 0), ("votes against", 12)])  # fmt: skip
counts(ZERO, "Of the 14 ships seized, none has been returned, and the assembly voted 88 to 20 to condemn the seizures.",
       [("votes to condemn", 88), ("votes against condemning", 20)],
       [("votes against condemning", 0), ("votes to condemn", 0), ("votes against condemning", 14)])  # fmt: skip

counts(ZERO, "The cabinet voted 8-3 to extend the mission; none against the war were consulted, aides said.",
       [("cabinet votes for extending", 8), ("cabinet votes against extending", 3)],
       [("cabinet votes against extending", 0), ("cabinet votes for extending", 0)])  # fmt: skip
counts(ZERO, "Delegates backed the charter 50 to 10, and none against the plan had spoken before the vote.",
       [("delegates backing the charter", 50), ("votes against the charter", 10)],
       [("votes against the charter", 0), ("delegates backing the charter", 0)])  # fmt: skip
counts(ZERO, "Lawmakers endorsed the pact 77 to 4; nobody for the old treaty turned up at the debate.",
       [("votes for the pact", 77), ("votes against the pact", 4)],
       [("votes for the pact", 0), ("votes against the pact", 0)])  # fmt: skip
counts(ZERO, "The assembly approved the statute by 120 votes, none against and 6 abstentions.",
       [("votes against", 0), ("votes in favour", 120), ("abstentions", 6)],
       [("votes against", 6), ("abstentions", 0)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
