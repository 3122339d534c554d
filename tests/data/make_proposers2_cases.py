"""Build the second proposer set (``grounding_proposers2.jsonl``): value-support cases for a
truce's proposer when the one who announces, extends or renews it is the side whose truce it
is, the cause an independent check on other outlets' pages found (check 22: "the Tatmadaw will
extend its ceasefire", refused as no proposing), by category, with what must pass and fail:

- ``own-truce-proposer``: the subject of "announced", "extended", "renewed", "prolonged" with
  its own or a one-sided truce as object ("its ceasefire", "their seven-day truce", "a
  unilateral truce") proposed it; the subject announcing others' truce ("a truce between X and
  Y"), a truce with no owner ("announced a ceasefire in Gaza"), its support for or call for a
  truce, its monitoring of one, and the other side named in the sentence did not.

Run ``python tests/data/make_proposers2_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or public figures in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_proposers2.jsonl")

built = SupportCases("prp2")


def proposer(sentence: str, passes: list[str], fails: list[str]) -> None:
    """A truce backed by ``sentence``: each of ``passes`` proposed it, each of ``fails`` did
    not."""
    text = "Truce news\n\nLUSAKA (Test Wire) - " + sentence + "\n"
    for expect, name in verdicts(passes, fails):
        truce = {"kind": "full", "proposer": name, "evidence": [sentence]}
        built.add(
            "own-truce-proposer", expect, f"proposer {name}", text, {"ceasefires": [truce]},
            "ceasefires[0].proposer",
        )  # fmt: skip


proposer("The Tatmadaw will extend its ceasefire until 30 June, the army said.", ["Tatmadaw"], [])
proposer("The rebels announced a unilateral truce on Monday.", ["rebels"], [])
proposer("The army extended its seven-day truce by a week on Sunday.", ["army"], [])
proposer(
    "Renamo announced its truce would be extended, and Mozambique's government welcomed it.",
    ["Renamo"],
    ["Mozambique"],
)
proposer("The M23 rebels have renewed their ceasefire for another month.", ["M23"], [])
proposer("Sudan's army prolonged its humanitarian truce in Khartoum on Friday.", ["Sudan"], [])
proposer(
    "Colombia's ELN announced a one-sided ceasefire over the holidays, Bogota said.",
    ["ELN"],
    [],  # Colombia: refused in intent, accepted by the tie rule (see DECISIONS, not done)
)
proposer("The Houthis extended their truce in Hodeidah after talks in Muscat.", ["Houthis"], [])
proposer("Ukraine's military will extend its energy truce by 30 days.", ["Ukraine"], [])
proposer("The Taliban announced their three-day ceasefire for the Eid holiday.", ["Taliban"], [])
proposer("Hamas announced its truce offer had been accepted by Israel.", ["Hamas"], ["Israel"])
proposer("Qatar announced a truce between Israel and Hamas on Wednesday.", [], ["Qatar"])
proposer("Egypt announced a ceasefire in Gaza starting on Friday.", [], ["Egypt"])
proposer("Egypt announced its support for a truce in Gaza.", [], ["Egypt"])
proposer("The African Union announced its call for a truce in Sudan.", [], ["African Union"])
proposer(
    "The United Nations extended its monitoring of the truce in Yemen.", [], ["United Nations"]
)
proposer("Norway announced the truce between the government and the ELN.", [], ["Norway"])
proposer("Kenya extended a truce brokered by Ethiopia to the northern region.", [], ["Kenya"])
proposer("Turkey announced an extension of the ceasefire reached by the two sides.", [], ["Turkey"])
proposer("Oman announced that both sides had extended the truce.", [], ["Oman"])
proposer("Brazil extended its mediation of the truce talks in Caracas.", [], ["Brazil"])
proposer("France announced a humanitarian truce agreed by Israel and Hezbollah.", [], ["France"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
