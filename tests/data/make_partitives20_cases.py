"""Build the set of a partitive's part as a count (``grounding_partitives20.jsonl``): in "Nine
of the council's 15 members were present", 9 is the count of members present: the whole's noun
phrase names who is counted and the predicate says which of them (``partitive-part``). The
part fails as a count of the whole's own phrase ("council members"), of its modifiers ("Only 4
of the 30 hostages freed on Sunday were children" is no count of hostages freed), or of
something the predicate does not say.

Run ``python tests/data/make_partitives20_cases.py`` to rebuild it. The sentences were written
for this set (invented events of real bodies); each verdict is what a careful fact-checker reads
in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_partitives20.jsonl")

built = SupportCases("pt20", leads=["GENEVA (Lakeshore Wire) -", "NAIROBI -", ""])
PART = "partitive-part"

CASES = [
    ("Nine of the council's 15 members were present for the vote.", "members present", 9, True),
    ("Nine of the council's 15 members were present for the vote.", "council members", 9, False),
    (
        "Twelve of the 27 member states backed the duties on Friday.",
        "member states backed the duties",
        12,
        True,
    ),
    ("Twelve of the 27 member states backed the duties on Friday.", "member states", 12, False),
    ("Only 3 of the 11 judges dissented from the ruling.", "judges dissented", 3, True),
    ("Only 3 of the 11 judges dissented from the ruling.", "judges", 3, False),
    (
        "Eight of the bloc's 27 governments abstained in Tuesday's vote.",
        "governments abstained",
        8,
        True,
    ),
    (
        "Eight of the bloc's 27 governments abstained in Tuesday's vote.",
        "governments voted in favour",
        8,
        False,
    ),
    ("Forty of the 120 deputies walked out before the division.", "deputies walked out", 40, True),
    ("Forty of the 120 deputies walked out before the division.", "deputies elected", 40, False),
    ("Two of its 18 ministers resigned over the truce.", "ministers resigned", 2, True),
    ("Two of its 18 ministers resigned over the truce.", "ministers appointed", 2, False),
    ("Five of the 30 hostages were released on Monday.", "hostages released", 5, True),
    ("Five of the 30 hostages were released on Monday.", "hostages held", 5, False),
    ("Seven of the 12 tankers were turned back at the strait.", "tankers turned back", 7, True),
    ("Seven of the 12 tankers were turned back at the strait.", "tankers seized", 7, False),
    (
        "Four of the 9 party leaders had signed the declaration by Sunday.",
        "party leaders signed the declaration",
        4,
        True,
    ),
    (
        "Four of the 9 party leaders had signed the declaration by Sunday.",
        "party leaders who refused to sign",
        4,
        False,
    ),
    (
        "Thirteen of the 15 council members voted for the resolution.",
        "council members voted for the resolution",
        13,
        True,
    ),
    ("Thirteen of the 15 council members voted for the resolution.", "council members", 13, False),
    ("Only 4 of the 30 hostages freed on Sunday were children.", "hostages freed", 4, False),
    (
        "Only 4 of the 30 hostages freed on Sunday were children.",
        "hostages freed on Sunday",
        4,
        False,
    ),
    ("Only 4 of the 30 hostages freed on Sunday were children.", "hostages freed", 30, True),
    (
        "Six of the committee's 21 senators will sit on the new panel.",
        "senators sit on the panel",
        6,
        True,
    ),
    (
        "Six of the committee's 21 senators will sit on the new panel.",
        "committee senators",
        6,
        False,
    ),
    ("Three of the union's 27 states have imposed the levy.", "states imposed the levy", 3, True),
    ("Three of the union's 27 states have imposed the levy.", "states opposed the levy", 3, False),
]
for sentence, what, value, expect in CASES:
    built.count(PART, expect, built.page(sentence), sentence, what, value)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
