# ruff: noqa: E501  (one case a line)
"""Build the set of a count's clause after a comma (``grounding_clauses20.jsonl``): a count
stated in a main clause keeps its occasion when a comma joins a clause of another occasion to
it ("117 tankers are added, while the first draft had named 118"): the joined clause's marks
(a pluperfect, an earlier round, "last week") belong to its own number, so the main clause's
count passes and the joined clause's number still fails (``count-clause``).

Run ``python tests/data/make_clauses20_cases.py`` to rebuild it. The sentences were written
for this set (invented events of real bodies); each verdict is what a careful fact-checker
reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_clauses20.jsonl")

built = SupportCases("c20", leads=["BRUSSELS (Harbour Wire) -", "OTTAWA -", ""])
CLAUSE = "count-clause"

# (joined sentence, another sentence with the story's own tally, what, this count, the other's)
SCENES = [
    (
        "The package adds 117 tankers to the list, while the first draft had named 118.",
        "In all, 342 tankers are now barred from EU ports.",
        "tankers added to the list",
        117,
        118,
    ),
    (
        "Forty-one senators voted for the bill, whereas 38 had backed it in last week's procedural vote.",
        "The tally leaves 59 senators opposed or absent.",
        "senators voted for the bill",
        41,
        38,
    ),
    (
        "The rebels freed 23 prisoners on Sunday, but the earlier exchange had released 40.",
        "Officials said 112 prisoners remain held.",
        "prisoners freed",
        23,
        40,
    ),
    (
        "The measure now has 64 co-sponsors, although the original version had drawn 71.",
        "Another 12 co-sponsors are expected to sign on.",
        "co-sponsors",
        64,
        71,
    ),
    (
        "Health officials counted 15 deaths in the strikes, though the preliminary figure had been 19.",
        "A further 30 deaths were reported in the north.",
        "deaths in the strikes",
        15,
        19,
    ),
    (
        "The ministry listed 88 firms, yet the advisory list had named 95.",
        "Some 20 firms appealed within a day.",
        "firms listed",
        88,
        95,
    ),
    (
        "The assembly elected 9 judges on Tuesday, while the test ballot had picked 7.",
        "Only 2 judges of the court kept their seats.",
        "judges elected",
        9,
        7,
    ),
    (
        "Parliament approved 14 amendments, whereas the committee had accepted 22 at the earlier reading.",
        "Members tabled 60 amendments in all.",
        "amendments approved",
        14,
        22,
    ),
    (
        "The envoys agreed on 5 crossings, but the initial plan had opened 8.",
        "Aid trucks used 3 crossings on the first day.",
        "crossings agreed",
        5,
        8,
    ),
    (
        "Customs seized 210 vessels' cargoes this year, although 190 had been seized the year before.",
        "Inspectors boarded 75 vessels in June alone.",
        "vessels' cargoes seized",
        210,
        190,
    ),
    (
        "The council sanctioned 31 officials, while last month's list had named 26.",
        "In total, 140 officials are now under sanctions.",
        "officials sanctioned",
        31,
        26,
    ),
]
# the other occasion first, the story's own count after the comma
SCENES += [
    (
        "Last week's procedural vote drew 38 senators, while 41 voted for the bill on Tuesday.",
        "The tally leaves 59 senators opposed or absent.",
        "senators voted for the bill",
        41,
        38,
    ),
    (
        "The first draft had named 118 tankers, but the final package adds 117.",
        "In all, 342 tankers are now barred from EU ports.",
        "tankers added to the list",
        117,
        118,
    ),
    (
        "The earlier exchange had released 40 prisoners, whereas Sunday's freed 23.",
        "Officials said 112 prisoners remain held.",
        "prisoners freed",
        23,
        40,
    ),
    (
        "The original version had drawn 71 co-sponsors, although the measure now has 64.",
        "Another 12 co-sponsors are expected to sign on.",
        "co-sponsors",
        64,
        71,
    ),
    (
        "The preliminary count had been 19 deaths, though officials now confirm 15 deaths.",
        "A further 30 deaths were reported in the north.",
        "deaths confirmed",
        15,
        19,
    ),
]
for joined, other, what, own, former in SCENES:
    for value, expect in ((own, True), (former, False)):
        built.count(
            CLAUSE, expect, built.page(f"{joined} {other}"), f"{joined} {other}", what, value
        )


# reported speech's pluperfect is the story's own count, not another occasion's
for said, other, what, value in [
    (
        "The mayor wrote that at least 20 people had been confirmed dead, while rescuers kept digging.",
        "Officials later said 40 people were injured.",
        "people confirmed dead",
        20,
    ),
    (
        "The ministry said 12 vessels had been detained, but gave no names.",
        "Another 30 vessels are being watched.",
        "vessels detained",
        12,
    ),
]:
    built.count(
        CLAUSE,
        True,
        built.page(f"{said} {other}"),
        f"{said} {other}",
        what,
        value,
        "at_least" if "least" in said else "exact",
    )


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
