# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 25's partitive rule (r2numbers, ``grounding_partitives26.jsonl``):
value-support cases for a partitive "N of [the] M noun <verb> ..." by category, each with what
must pass and what must fail:

- ``partitive-verb``: the part N counts what its clause's verb says ("Three of the five judges
  dissented from the ruling" is three judges who dissented); the whole M counts only its own
  noun phrase, also when the verb after it has no object ("dissented from", "resigned on
  Monday", "ratified.") - a verb with no object after it is the clause's verb, not a word of
  the whole, unless a finite verb follows it ("Two of the 24 hostages released on Friday
  were Thai": the 24 are the hostages released). Also refused: another owner's number in the
  same sentence, a negated part ("have not ratified"), the part for the whole's bare noun,
  the part's number under the other verb of a sentence that states two ("pulled 14 of the 20
  miners out alive; the rest died").

Run ``python tests/data/make_partitives26_cases.py`` to rebuild it. The events are invented or
loosely modelled on real ones, the sentences written for this set; each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_partitives26.jsonl")

built = SupportCases(
    "p26",
    leads=[
        "NAIROBI (Rift Wire) -",
        "By Mateus Oliveira | The Atlantic Dispatch",
        "COURTS ROUNDUP | The Midland Herald",
        "From our Brussels correspondent, The Lowlands Review.",
        "MANILA, Archipelago Times -",
    ],
)
VERB = "partitive-verb"
PUBLISHED = "2025-11-12"


def counts(sentence: str, passes: list[tuple[str, float]], fails: list[tuple[str, float]]) -> None:
    """An event with one count (what, value) backed by ``sentence``: each of ``passes`` is
    stated by it, each of ``fails`` is not (the whole for the part, another group's)."""
    text = built.page(sentence)
    for expect, (what, value) in verdicts(passes, fails):
        why = f"{what} {value:g}: " + (
            "the count the clause states" if expect else "the whole's or another group's number"
        )
        built.fact_counts(VERB, expect, why, text, [(what, value, "exact")], [sentence], PUBLISHED)


counts("Three of the five judges dissented from the ruling, which struck down the emergency decree.",
       [("judges who dissented", 3), ("judges", 5)], [("judges who dissented", 5)])  # fmt: skip
counts("Two of the seven commissioners resigned on Monday after the audit was published.",
       [("commissioners who resigned", 2)], [("commissioners who resigned", 7)])  # fmt: skip
counts("Only 18 of 27 member states ratified before the deadline.",
       [("member states that ratified", 18)], [("member states that ratified", 27)])  # fmt: skip
counts("Only 18 of 27 member states have not ratified the accord so far.",
       [], [("member states that ratified", 18)])  # fmt: skip
counts("Eleven of the 16 crew members survived, the coastguard said on Thursday.",
       [("crew members who survived", 11)], [("crew members who survived", 16)])  # fmt: skip
counts("Forty-two of the 60 delegates backed the motion to suspend the federation's president.",
       [("delegates who backed the motion", 42)], [("delegates who backed the motion", 60)])  # fmt: skip
counts("Two of the 24 hostages released on Friday were Thai farm workers.",
       [("hostages released", 24), ("Thai hostages released", 2)], [("Thai hostages released", 24)])  # fmt: skip
counts("Rescuers brought 9 of the 11 climbers down alive after a night on the ridge.",
       [("climbers brought down alive", 9)], [("climbers brought down alive", 11)])  # fmt: skip
counts("Rescuers pulled 14 of the 20 miners out alive; the rest died underground.",
       [("miners rescued alive", 14)], [("miners who died", 14), ("miners rescued alive", 20)])  # fmt: skip
counts("The Green Alliance won 12 of the 90 seats, while the Farmers' League won 30.",
       [("seats won by the Green Alliance", 12), ("seats won by the Farmers' League", 30)],
       [("seats won by the Farmers' League", 12), ("seats won by the Green Alliance", 90)])  # fmt: skip
counts("Chen Wei, the ruling party's candidate, collected 301 of the 512 electoral votes.",
       [("electoral votes for Chen Wei", 301)], [("electoral votes for Chen Wei", 512)])  # fmt: skip
counts("Arjun Mehta secured 212 of 540 votes, ahead of Priya Nair with 198.",
       [("votes for Arjun Mehta", 212), ("votes for Priya Nair", 198)],
       [("votes for Priya Nair", 212), ("votes for Arjun Mehta", 540)])  # fmt: skip
counts("Six of the 14 detainees escaped overnight, prison officials in Kisumu admitted.",
       [("detainees who escaped", 6)], [("detainees who escaped", 14)])  # fmt: skip

# The part's verb before an adverbial clause whose own verb has an auxiliary.
counts("Four of the nine ministers stepped down before the confidence vote was held.",
       [("ministers who stepped down", 4)], [("ministers who stepped down", 9)])  # fmt: skip
counts("Seven of the 12 board members walked out when the chairman's pay deal was announced.",
       [("board members who walked out", 7)], [("board members who walked out", 12), ("board members", 7)])  # fmt: skip
counts("Nineteen of the 30 villages flooded after the dam's spillway had been opened, the governor said.",
       [("villages flooded", 19)], [("villages flooded", 30)])  # fmt: skip

# A partitive opened by its whole: the "-ed" word before the comma is the whole's own.
counts("Of the 40 drones launched overnight, the air force said, 36 were shot down over the capital.",
       [("drones launched", 40), ("drones shot down", 36)], [("drones shot down", 40)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
