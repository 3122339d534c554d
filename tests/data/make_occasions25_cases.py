# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 55 and 57's meeting places named as the meeting's own modifier
(``grounding_occasions25.jsonl``): value-support cases for a summit's ``planned_location``, by
category, each with what must pass and what must fail:

- ``named-meeting``: a place that modifies a meeting noun after a definite article names the
  meeting by where it is held, with a group's capitalised name or a number between ("the
  Johannesburg G20 summit", "the Washington meeting of the two leaders", "The Geneva talks on
  the plan", "this Lima APEC summit"). Refused: a country's name or its people's word before
  the noun ("the Iran nuclear negotiations" in Muscat, "the Sudan conference in London"), a
  people's word ("the Russian meeting with Ukrainian envoys"), and a place named in the
  sentence but not as the meeting's ("According to the Washington Post, the meeting ..."),
  a possessive ("the Kremlin's meeting") and a word in lower case between ("the
  Washington-backed talks in Doha"), and a meeting named by one place in a sentence that
  holds or plans a meeting in another ("had been due to be held in Geneva, but the Vienna
  meeting ... took its place").
  Known false accepts of the rules before this one, left out of the set (DECISIONS): "the
  Ukraine talks opened in Istanbul" gives Ukraine, "the Doha-brokered talks" Doha, "after the
  Geneva talks collapsed last year, the two sides met again in Istanbul" Geneva.

Run ``python tests/data/make_occasions25_cases.py`` to rebuild it. The meetings are real (G20,
ASEAN, APEC, NATO summits and peace talks as outlets reported them), the sentences written for
this set; each verdict is what a careful fact-checker reads in the text, decided when the
case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_occasions25.jsonl")

built = SupportCases(
    "o25",
    leads=[
        "By Ines Okafor | The Harbour Gazette",
        "WORLD DIGEST | Pampas Herald",
        "From our Nairobi bureau, The Rift Observer.",
        "Foreign desk, The Fenland Chronicle.",
        "SUMMIT NOTES (Coastline Press) -",
    ],
)
NAMED = "named-meeting"


def place(
    sentence: str, parties: list[str], passes: list[str], fails: list[str],
    status: str = "held",
) -> None:  # fmt: skip
    """A summit of ``parties`` (``status``) backed by ``sentence``: each place in ``passes`` is
    where the sentence puts it, each in ``fails`` is not."""
    text = built.page(sentence)
    for expect, value in verdicts(passes, fails):
        fact = {"parties": parties, "planned_location": value, "status": status,
                "evidence": [sentence]}  # fmt: skip
        why = f"place {value!r}: " + (
            "the meeting is named by where it is held"
            if expect
            else "what the meeting is about, or another place in the sentence"
        )
        built.add(NAMED, expect, why, text, {"summits": [fact]}, "summits[0].planned_location")


place("South Africa's president closed the Johannesburg G20 summit on Sunday without handing the gavel to an American envoy.",
      ["G20"], ["Johannesburg"], [])  # fmt: skip
place("Nothing like a peace treaty is expected from the Washington meeting of the Armenian and Azerbaijani leaders, officials in Baku said.",
      ["Armenia", "Azerbaijan"], ["Washington"], ["Baku"], status="scheduled")  # fmt: skip
place("The Geneva talks on the American peace plan ran past midnight, with Ukraine's delegation asking for changes to 28 points.",
      ["United States", "Ukraine"], ["Geneva"], [])  # fmt: skip
place("Delegates at the Lima APEC summit agreed to keep the trade ministers' road map, a Peruvian official said on Saturday.",
      ["APEC"], ["Lima"], ["Peru"])  # fmt: skip
place("Leaders left the Vilnius NATO summit on Wednesday with no date for Kyiv's membership.",
      ["NATO"], ["Vilnius"], [])  # fmt: skip
place("Chinese and American negotiators said the London talks had produced a framework on rare earths and export controls.",
      ["China", "United States"], ["London"], ["China"])  # fmt: skip
place("Thailand and Cambodia agreed an immediate ceasefire at the Putrajaya meeting chaired by Malaysia's prime minister on Monday.",
      ["Thailand", "Cambodia"], ["Putrajaya"], ["Thailand"])  # fmt: skip
place("Officials from both sides briefed reporters after the Riyadh negotiations between the Russian and American teams broke up on Tuesday.",
      ["Russia", "United States"], ["Riyadh"], ["Russia"])  # fmt: skip
place("The Kazan BRICS summit closed on Thursday with a declaration that named no new members.",
      ["BRICS"], ["Kazan"], [])  # fmt: skip
place("Ministers said the Granada European Political Community conference had been dominated by migration.",
      ["European Political Community"], ["Granada"], [])  # fmt: skip
place("Diplomats described the Istanbul meeting of Russian and Ukrainian delegations as short and businesslike.",
      ["Russia", "Ukraine"], ["Istanbul"], ["Ukraine"])  # fmt: skip
place("The Ukraine talks opened in Istanbul on Friday with the two delegations sitting across a single table.",
      ["Russia", "Ukraine"], ["Istanbul"], [])  # fmt: skip
place("The Iran nuclear negotiations resumed in Muscat on Saturday, with Omani diplomats carrying messages between the rooms.",
      ["Iran", "United States"], ["Muscat"], ["Iran"])  # fmt: skip
place("The Russian meeting with Ukrainian envoys took place in Istanbul on Monday.",
      ["Russia", "Ukraine"], ["Istanbul"], ["Russia"])  # fmt: skip
place("According to the Washington Post, the meeting of the two foreign ministers will be held in Ankara.",
      ["Turkey", "Greece"], ["Ankara"], ["Washington"], status="scheduled")  # fmt: skip
place("After the Geneva talks collapsed last year, the two sides met again in Istanbul on Wednesday.",
      ["Russia", "Ukraine"], ["Istanbul"], [])  # fmt: skip
place("The Ukrainian talks with American officials in Jeddah lasted eight hours.",
      ["Ukraine", "United States"], [], ["Ukraine"])  # fmt: skip
place("The Sudan conference in London raised pledges but no ceasefire, British officials said.",
      ["United Kingdom"], [], ["Sudan"])  # fmt: skip
place("The Venezuelan negotiations hosted by Norway in Mexico City stalled over prisoner releases.",
      ["Venezuela"], ["Mexico City"], ["Norway"])  # fmt: skip

place("The Kremlin's meeting with the American envoys ended after midnight in a guest house outside Moscow.",
      ["Russia", "United States"], [], ["Kremlin"])  # fmt: skip
place("Qatari mediators said the Washington-backed talks in Doha would resume after the holiday.",
      ["Israel", "Hamas"], [], ["Washington"], status="scheduled")  # fmt: skip
place("The Venezuela talks in Barbados ended with an agreement on an election timetable, Norwegian facilitators said.",
      ["Venezuela"], ["Barbados"], [])  # fmt: skip
place("Officials in Tehran played down the American meeting with Iranian envoys planned for Oman.",
      ["United States", "Iran"], ["Oman"], ["Tehran"], status="scheduled")  # fmt: skip
place("Few concrete results were expected from the Anchorage meeting between the two presidents, aides on both sides cautioned.",
      ["United States", "Russia"], ["Anchorage"], [], status="scheduled")  # fmt: skip
place("Officials were still drafting the final text on the eve of this Kuala Lumpur ASEAN-Australia summit, diplomats said.",
      ["ASEAN", "Australia"], ["Kuala Lumpur"], [], status="scheduled")  # fmt: skip
place("Both delegations called the Sochi talks constructive but admitted that the grain corridor was not reopened.",
      ["Russia", "Turkey"], ["Sochi"], [])  # fmt: skip
place("The summit had been due to be held in Geneva, but the Vienna meeting of the foreign ministers took its place.",
      ["Iran", "E3"], ["Geneva"], ["Vienna"], status="cancelled")  # fmt: skip
place("Talks set for Riyadh were called off on Sunday, and the Jeddah round of the two delegations was postponed too.",
      ["Russia", "United States"], ["Riyadh"], ["Jeddah"], status="cancelled")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
