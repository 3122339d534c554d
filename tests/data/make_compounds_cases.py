# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the hyphenated-words set (``grounding_compounds.jsonl``): value-support cases where a
rule's cue word is written with a hyphen ("cease-fire", "co-hosted", "co-chaired",
"hard-won", "would-be"), which the tokenizer once split into two tokens that no word list
held, so every rule listing "ceasefire" was blind to US outlets' "cease-fire". One category:

- ``hyphen-compound``: the hyphenated spelling does what the closed one does in the rules
  that read it: an own or one-sided "cease-fire" makes its announcer the proposer; a
  "hard-won" truce between two parties is one they agreed; a host who "co-hosted" the talks
  and then met someone took part; a leader who "co-chaired" the summit is the one who met,
  so a name after "by phone with" in that sentence was only called (pass); the same words
  for others' truces, support or monitoring; a "would-be" truce (not made); a co-host named
  only as the host; the one spoken to by phone (fail).

Run ``python tests/data/make_compounds_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets, or public figures in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_compounds.jsonl")

built = SupportCases("cmp")
CATEGORY = "hyphen-compound"


def article(sentence: str) -> str:
    return "Regional news\n\nNAIROBI (Lakeside Post) - " + sentence + "\n"


def proposer(expect: bool, name: str, sentence: str) -> None:
    truce = {"kind": "full", "proposer": name, "evidence": [sentence]}
    built.add(CATEGORY, expect, f"proposer {name}: {sentence[:60]}", article(sentence),
              {"ceasefires": [truce]}, "ceasefires[0].proposer")  # fmt: skip


def stance(expect: bool, name: str, sentence: str) -> None:
    why = f"{name} agreed: {sentence[:60]}"
    built.truce_position(CATEGORY, expect, name, "agreed", [sentence], why, full=True,
                         text=article(sentence))  # fmt: skip


def party(expect: bool, parties: list[str], which: int, sentence: str) -> None:
    why = f"party {parties[which]}: {sentence[:60]}"
    built.meeting_party(CATEGORY, expect, parties, which, [sentence], why, text=article(sentence))


for name, sentence in [
    ("rebels", "The rebels announced a unilateral cease-fire on Monday."),
    ("Hamas", "Hamas extended its cease-fire in Gaza by two days, the group said."),
    ("army", "The army renewed its three-day cease-fire on Sunday."),
    ("Taliban", "The Taliban announced their Eid cease-fire on Thursday."),
    ("Houthis", "The Houthis prolonged their one-sided cease-fire around Hodeidah."),
]:
    proposer(True, name, sentence)
for name, sentence in [
    ("Qatar", "Qatar announced a cease-fire between Israel and Hamas on Wednesday."),
    ("Egypt", "Egypt announced its support for a cease-fire in Gaza."),
    ("Norway", "Norway extended its monitoring of the cease-fire in Colombia."),
    ("Oman", "Oman announced that both sides had extended the cease-fire."),
]:
    proposer(False, name, sentence)

for name, sentence in [
    ("Armenia", "Mediators praised the hard-won truce between Armenia and Azerbaijan."),
    ("Azerbaijan", "Mediators praised the hard-won truce between Armenia and Azerbaijan."),
    (
        "Sudan",
        "Diplomats hailed the hard-won deal between Sudan and South Sudan on oil and security.",
    ),
]:
    stance(True, name, sentence)
for name, sentence in [
    ("Armenia", "Mediators discussed a would-be truce between Armenia and Azerbaijan."),
    ("Azerbaijan", "Mediators discussed a would-be truce between Armenia and Azerbaijan."),
    ("Sudan", "Envoys drafted the would-be deal between Sudan and South Sudan on oil."),
]:
    stance(False, name, sentence)

party(True, ["Recep Tayyip Erdogan", "Vladimir Putin"], 0,
      "Recep Tayyip Erdogan, who co-hosted the talks, met Vladimir Putin in Sochi on Monday.")  # fmt: skip
party(True, ["Gustavo Petro", "Daniel Noboa"], 0,
      "Gustavo Petro co-chaired the summit with Daniel Noboa in Quito, a day after talking by phone with Lula.")  # fmt: skip
party(True, ["Gustavo Petro", "Daniel Noboa"], 1,
      "Gustavo Petro co-chaired the summit with Daniel Noboa in Quito, a day after talking by phone with Lula.")  # fmt: skip
party(False, ["Recep Tayyip Erdogan", "Vladimir Putin", "Volodymyr Zelensky"], 0,
      "Recep Tayyip Erdogan, who co-hosted the talks, said Vladimir Putin and Volodymyr Zelensky had met for three hours.")  # fmt: skip
party(False, ["Gustavo Petro", "Daniel Noboa", "Lula"], 2,
      "Gustavo Petro co-chaired the summit with Daniel Noboa in Quito, a day after talking by phone with Lula.")  # fmt: skip
party(False, ["William Ruto", "Yoweri Museveni", "Paul Kagame"], 2,
      "William Ruto co-chaired the meeting with Yoweri Museveni in Arusha after a phone call with Paul Kagame.")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
