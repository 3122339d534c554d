# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 24's closed false accepts (``grounding_occasionholes.jsonl``):
value-support cases for another occasion's day or a go-between taken for a side, by
category, each with what must pass and what must fail:

- ``as-of-day``: the day a truce's state is reported as of ("As of Sunday, the ceasefire
  declared on Thursday was holding", "was still holding as of October 14") is no start of
  the truce; the truce's own day in the same sentence is, and so is a start written "takes
  effect as of Monday";
- ``host-between``: a go-between who hosts, or offers to host, others' talks ("Qatar hosted
  talks between Israel and Hamas", "Turkey offered to host the two sides") is no actor of
  the talks nor party of the meeting; the sides it hosts are, and so is a host who receives
  a guest ("Xi hosted Putin") or chairs the talks.

Run ``python tests/data/make_occasionholes_cases.py`` to rebuild it. The facts are real
(the Gaza truce of 10 October 2025, the India-Pakistan truce of 10 May 2025, the
Israel-Iran truce of 24 June 2025, the Thailand-Cambodia truce of 28 July 2025, the talks in
Riyadh, Istanbul, Muscat, Doha, Geneva and Putrajaya in 2025); every sentence was written
for this set, and each verdict is what a careful fact-checker reads in the text, decided
when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_occasionholes.jsonl")

built = SupportCases(
    "ohl",
    leads=[
        "GAZA CITY (Levant Wire) -",
        "By Anjali Menon | The Deccan Ledger",
        "Gulf Desk Daily, evening edition.",
        "From the Bangkok bureau of the Mekong Monitor.",
        "WORLD BRIEFING | The Northern Courier",
    ],
)
AS_OF, HOST = "as-of-day", "host-between"
PUBLISHED = "2025-10-20"


def case(category: str, expect: bool, why: str, sentence: str, kind: str, field: str,
         value: Any, extra: dict[str, Any]) -> None:  # fmt: skip
    """A fact of ``kind`` whose ``field`` is ``value``, backed by ``sentence`` on its page."""
    fact = {**extra, field: value, "evidence": [sentence]}
    facts = {"article": {"headline": None, "outlet": None, "byline": None,
                         "published": PUBLISHED}, kind: [fact]}  # fmt: skip
    path = f"{kind}[0].{field}" + ("[0]" if isinstance(value, list) else "")
    built.add(category, expect, f"{field} {value!r}: {why}", built.page(sentence), facts, path)


def truce(sentence: str, passes: list[str], fails: list[str]) -> None:
    """A truce told by ``sentence``: each day of ``passes`` is its start, each of ``fails`` is
    not (the day its state is reported as of)."""
    for expect, values in ((True, passes), (False, fails)):
        for value in values:
            why = "the truce's own start" if expect else "the day its state is reported as of"
            case(AS_OF, expect, why, sentence, "ceasefires", "starts", value,
                 {"kind": "full", "status": "in_effect"})  # fmt: skip


def talks(sentence: str, passes: list[str], fails: list[str]) -> None:
    """Talks told by ``sentence``: each name of ``passes`` is an actor, each of ``fails`` only
    hosts or offers to host them."""
    for expect, values in ((True, passes), (False, fails)):
        for value in values:
            why = "a side of the talks" if expect else "only their host, a go-between"
            case(HOST, expect, why, sentence, "events", "actors", [value],
                 {"kind": "talks", "description": "talks", "place": None, "counts": []})  # fmt: skip


def meeting(sentence: str, passes: list[str], fails: list[str]) -> None:
    """A meeting told by ``sentence``: each name of ``passes`` is a party, each of ``fails``
    only hosts or offers to host it."""
    for expect, values in ((True, passes), (False, fails)):
        for value in values:
            why = "one who meets" if expect else "only the host of others' meeting"
            case(HOST, expect, why, sentence, "summits", "parties", [value],
                 {"status": "held"})  # fmt: skip


truce(
    "As of Sunday, the ceasefire declared on Thursday between Thailand and Cambodia was holding along the border.",
    ["Thursday"],
    ["Sunday"],
)
truce(
    "As of late Monday, the Gaza truce that took effect on October 10 had largely held, the Civil Defence agency said.",
    ["October 10"],
    ["Monday"],
)
truce(
    "The truce between Israel and Hamas, in force since October 10, was still holding as of October 14, officials in Cairo said.",
    ["October 10"],
    ["October 14"],
)
truce(
    "As at May 14, the ceasefire that began on the evening of May 10 between India and Pakistan had not been breached, the army said.",
    ["May 10"],
    ["May 14"],
)
truce(
    "The ceasefire between Israel and Iran, which began on June 24, remained in place as of Wednesday.",
    ["June 24"],
    ["Wednesday"],
)
truce(
    "As of Friday, the truce that started on July 29 on the Thai-Cambodian frontier was fragile but intact, observers reported.",
    ["July 29"],
    ["Friday"],
)
truce(
    "Monitors said that as of early Tuesday the ceasefire, which came into force at midnight on Monday, was being observed.",
    ["Monday"],
    ["Tuesday"],
)
truce(
    "As of Saturday morning, the truce that began on Thursday in Sweida province was holding, according to residents.",
    ["Thursday"],
    ["Saturday"],
)
truce(
    "The ceasefire in eastern Congo takes effect as of Monday, the mediators in Doha said.",
    ["Monday"],
    [],
)
truce(
    "Under the accord, the truce applies as of June 24 on every front, the White House said.",
    ["June 24"],
    [],
)
truce(
    "As of October 18, eight days after the Gaza ceasefire began on October 10, aid trucks were crossing at Kerem Shalom.",
    ["October 10"],
    ["October 18"],
)
truce(
    "The India-Pakistan ceasefire of May 10 was holding as of Monday, May 12, though both armies stayed on alert.",
    ["May 10"],
    ["Monday"],
)

talks(
    "Qatar hosted talks between Israel and Hamas in Doha on Sunday.", ["Israel", "Hamas"], ["Qatar"]
)
talks(
    "Saudi Arabia hosted the delegations of Russia and the United States in Riyadh on February 18.",
    ["Russia"],
    ["Saudi Arabia"],
)
talks(
    "Oman has offered to host the next round of talks between Iran and the United States in Muscat.",
    ["Iran"],
    ["Oman"],
)
talks(
    "Switzerland hosted the trade talks between U.S. and Chinese officials in Geneva over the weekend.",
    [],
    ["Switzerland"],
)
talks(
    "Turkey hosted direct talks between Russian and Ukrainian negotiators in Istanbul on May 16, the first in three years.",
    [],
    ["Turkey"],
)
talks(
    "Malaysia hosted talks between Thailand and Cambodia at Putrajaya on July 28.",
    ["Thailand", "Cambodia"],
    ["Malaysia"],
)
talks(
    "Egypt and Qatar hosted the negotiations between Hamas and Israeli officials in Sharm el-Sheikh.",
    ["Hamas"],
    ["Qatar"],
)
talks(
    "Norway has also offered to host talks between the Sudanese army and the RSF in Oslo.",
    ["RSF"],
    ["Norway"],
)
talks(
    "Russia and the United States held talks in Riyadh on February 18, their first in years.",
    ["Russia", "United States"],
    [],
)
talks("Iran and the United States met in Muscat for indirect talks on April 12.", ["Iran"], [])

meeting(
    "Erdogan offered to host the two sides in Istanbul if Putin and Zelensky agreed to meet.",
    ["Putin"],
    ["Erdogan"],
)
meeting(
    "Anwar hosted talks between Hun Manet and Phumtham Wechayachai at his residence in Putrajaya.",
    ["Hun Manet"],
    ["Anwar"],
)
meeting(
    "The emir of Qatar hosted talks between Kagame and Tshisekedi in Doha on March 18.",
    ["Kagame", "Tshisekedi"],
    [],
)
meeting(
    "Xi hosted Putin in Beijing on September 2 for talks on energy and trade.", ["Xi", "Putin"], []
)
meeting("Trump met Putin at a military base in Anchorage on August 15.", ["Trump", "Putin"], [])
meeting("Orban has offered to host the two sides in Budapest, his office said.", [], ["Orban"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
