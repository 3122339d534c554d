# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of round 2's partitive counts (``grounding_partitives25.jsonl``; checks 54-57's
shared cause "N of M"): value-support cases for a partitive "N of [the] M noun", by category:

- ``object-partitive``: the part N is a verb's object ("Ngata won 41 of the 70 seats") or its
  whole M has no determiner ("122 of 198 parties had submitted plans"). N counts what the
  clause around the partitive says of the part (its doer and verb before it, its predicate
  after the whole's noun phrase: "seats won by Ngata", "parties that submitted plans"); M
  counts the whole's own noun phrase ("parties", "seats") and nothing the clause adds. Must
  fail: M for the part ("198 parties that submitted"), N for another doer named nowhere near
  it, N for the whole's own words, a count that says what the clause does not ("votes against
  Ngata"), a number of another item in the sentence.

Run ``python tests/data/make_partitives25_cases.py`` to rebuild it. The events are invented or
loosely follow ones reported in 2024-2026; the sentences were written for this set; each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_partitives25.jsonl")

built = SupportCases(
    "p25",
    leads=[
        "WELLINGTON (Tasman Wire) -",
        "By Ilse Vandermeer | The Scheldt Courier",
        "POLITICS DESK | The Prairie Ledger",
        "From our correspondent in Valletta, The Mediterranean Review.",
        "LUSAKA, Zambezi Post -",
    ],
)
OBJ = "object-partitive"
PUBLISHED = "2026-03-10"
EXACT = "exact"


def counts(
    sentences: list[str], passes: list[tuple[str, float]], fails: list[tuple[str, float]]
) -> None:
    """An event with one exact count (what, value) backed by ``sentences``: each of
    ``passes`` is stated by them, each of ``fails`` is not."""
    text = built.page(*sentences)
    for expect, (what, value) in verdicts(passes, fails):
        why = f"{what} {value:g}: " + (
            "the partitive's part or whole as the clause tells it"
            if expect
            else "the other side of the partitive, or what the clause does not say"
        )
        counted = [(what, value, EXACT)]
        built.fact_counts(OBJ, expect, why, text, counted, list(sentences), PUBLISHED)


counts(["Aroha Ngata's Coastal Party won 41 of the 70 seats in Saturday's provincial election, the returning officer announced."],
       [("seats won by the Coastal Party", 41), ("seats", 70)],
       [("seats won by the Coastal Party", 70), ("seats", 41)])  # fmt: skip
counts(["Marguerite Lacasse, the veteran speaker, secured 212 of the 343 ballots cast in the chamber on Tuesday."],
       [("ballots for Lacasse", 212)],
       [("ballots for Lacasse", 343), ("ballots against Lacasse", 212)])  # fmt: skip
counts(["By the deadline, 61 of 93 member states had ratified the maritime treaty, the secretariat in Valletta said."],
       [("member states that ratified the treaty", 61), ("member states", 93)],
       [("member states that ratified the treaty", 93)])  # fmt: skip
counts(["Only 17 of 240 candidates in the Zambian by-elections were women, an observer mission noted on Monday."],
       [("candidates who were women", 17)],
       [("candidates who were women", 240)])  # fmt: skip
counts(["The rescue teams pulled 38 of the 52 trapped miners to the surface overnight; the rest were still below ground at dawn."],
       [("trapped miners pulled to the surface", 38), ("trapped miners", 52)],
       [("trapped miners pulled to the surface", 52)])  # fmt: skip
counts(["In the committee, the amendment drew 9 of 25 votes, far short of a majority, while the chairwoman abstained."],
       [("votes for the amendment", 9)],
       [("votes for the amendment", 25)])  # fmt: skip
counts(["Prime Minister Tevita Fonua's budget passed after he won the backing of 14 of the 26 MPs present, two of them independents."],
       [("MPs backing the budget", 14)],
       [("MPs backing the budget", 26), ("MPs backing the budget", 2)])  # fmt: skip
counts(["Customs officers seized 230 of 410 containers inspected at the port of Durban in the three-week operation."],
       [("containers seized", 230)],
       [("containers seized", 410)])  # fmt: skip
counts(["Wiremu Tane said the Greens won 12 of the 120 seats, and Tane's own party 9."],
       [("seats won by the Greens", 12)],
       [("seats won by the Greens", 120), ("seats won by the Greens", 9)])  # fmt: skip
counts(["Delegates from 58 of 75 regions signed the charter in Lusaka on Friday; the others sent observers."],
       [("regions that signed the charter", 58)],
       [("regions that signed the charter", 75)])  # fmt: skip
counts(["Kateryna Moroz, who chairs the evacuation board, said buses had carried 640 of the 900 residents who registered to leave."],
       [("residents carried by buses", 640)],
       [("residents carried by buses", 900)])  # fmt: skip
counts(["In the end 88 of the 150 deputies voted to lift his immunity, prosecutors in Sofia confirmed."],
       [("deputies who voted to lift his immunity", 88)],
       [("deputies who voted to lift his immunity", 150), ("deputies", 88)])  # fmt: skip

counts(["Hemi Walker, Ngata's chief rival, collected 19 of the 70 seats, his party's worst result since 1996."],
       [("seats collected by Hemi Walker", 19)],
       [("seats collected by Hemi Walker", 70), ("seats collected by Hemi Walker", 1996)])  # fmt: skip
counts(["Lacasse defeated Bertrand Roy, who received 131 of the 343 ballots, and thanked the chamber."],
       [("ballots for Roy", 131)],
       [("ballots for Lacasse", 131), ("ballots for Roy", 343)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
