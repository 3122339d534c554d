# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the tag set (``grounding_tags.jsonl``): a truce position's party named before "said"
after a comma, by category:

- ``said-comma``: "..., X's spokesman said, 'We accept the truce.'": the quotation after "said,"
  makes X the speaker of its own words, a party acting (pass); "..., the Qatari foreign
  minister said Monday, after talks in Doha": a tag closed by a comma after the clause it
  reports, a reporter and no party (fail).

Written after a regression on unseen text (outside check 28, session 12): the rule that reads
", the Angolan presidency said Tuesday, following ..." as a report tag read "Announcing the
cease-fire, the Front's secretary general said, '...'" as one too, and refused the party that
announced its own truce. Run ``python tests/data/make_tags_cases.py`` to rebuild it. Every
sentence was written for this set (fictional people, or public figures in invented
sentences); each verdict was decided when the case was written, never by running the code.
The tag rule refuses a reporter only where the sentence names another party; the first
version of thirteen cases named none ("Both sides accepted the ceasefire, Egyptian officials
said"), which tested nothing of it, and was rewritten to name the sides; a reporter beside
unnamed sides is still taken as a party (left open, DECISIONS.md; closed in session 13 by
``make_reporters_cases.py``). One must-pass case was replaced after running: "Houthi
spokesman X said, 'Attacks on Israel will stop.'" is still refused, as the quotation's
"Israel" is read as the subject of a reported clause (left open; closed by the same set).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_tags.jsonl")

built = SupportCases("tag")


def party(name: str, sentence: str, expect: bool) -> None:
    position = {"party": name, "stance": "agreed", "evidence": [sentence]}
    text = f"GENEVA, May 4 (Lakeside Wire) - Officials gave few details.\n\n{sentence}\n\nMore follows.\n"
    built.add("said-comma", expect, f"party {name}: {sentence[:60]}", text,
              {"ceasefires": [{"positions": [position], "evidence": [sentence]}]},
              "ceasefires[0].positions[0].party")  # fmt: skip


for name, sentence in [
    (
        "National Liberation Front",
        "Announcing the truce with Ghana, National Liberation Front Secretary General Ali Baraka said, \u201cWe have obliged.\u201d",
    ),
    (
        "Hamas",
        "On Saturday, Hamas spokesman Hazem Qassem said, \u201cWe accept the ceasefire with Israel.\u201d",
    ),
    (
        "Ukraine",
        "In a statement on the Russian offer, the Ukrainian foreign ministry said, \u201cKyiv will honour the truce.\u201d",
    ),
    (
        "Israel",
        "Late on Sunday, Israeli Prime Minister Benjamin Netanyahu said, \u201cIsrael accepts the pause with Hamas.\u201d",
    ),
    (
        "Russia",
        "Hours after the Ukrainian reply, Russian Defence Minister Andrei Belousov said, \u201cOur troops will stop firing.\u201d",
    ),
    (
        "Colombia",
        "Speaking of the ELN, Colombian President Gustavo Petro said, \u201cThe army will hold its fire.\u201d",
    ),
    (
        "Armenia",
        "After the talks with Azerbaijan, Armenian Prime Minister Nikol Pashinyan said, \u201cWe will observe the truce.\u201d",
    ),
    (
        "Pakistan",
        "Asked about India, a Pakistani army spokesman said, \u201cOur guns will stay silent.\u201d",
    ),
    (
        "Azerbaijan",
        "Ending the offensive against Armenia, Azerbaijani President Ilham Aliyev said, \u201cWe have stopped firing.\u201d",
    ),
    (
        "Sudan",
        "By Monday evening, Sudanese army chief Abdel Fattah al-Burhan said, \u201cThe army will respect the truce with the RSF.\u201d",
    ),
]:
    party(name, sentence, True)
for name, sentence in [
    (
        "Qatar",
        "Israel and Hamas accepted the pause, the Qatari foreign minister said Monday, after talks in Doha.",
    ),
    (
        "Angola",
        "Congo and Rwanda agreed to stop fighting, the Angolan presidency said Tuesday, following talks in the capital.",
    ),
    (
        "Turkey",
        "Russia and Ukraine agreed to an energy truce, the Turkish presidency said on Monday, after a call.",
    ),
    (
        "Russia",
        "Armenia and Azerbaijan agreed to halt fire, the Russian foreign ministry said late on Monday, citing both sides.",
    ),
    (
        "Egypt",
        "Israel and Hamas accepted the ceasefire, Egyptian officials said Sunday, after a week of talks.",
    ),
    (
        "Kenya",
        "The army and the rebels agreed a truce, a Kenyan mediator said, adding that monitors would follow.",
    ),
    (
        "Egypt",
        "Hamas agreed to the truce, an Egyptian security source said on Sunday, without giving details.",
    ),
    (
        "Saudi Arabia",
        "Sudan's warring sides agreed a week-long truce, the Saudi foreign ministry said, welcoming the move.",
    ),
    (
        "Hungary",
        "Kosovo and Serbia agreed to a border truce, the Hungarian presidency said on Friday, after talks.",
    ),
    (
        "Angola",
        "The Congolese army and the M23 rebels accepted a ceasefire, Angolan officials said, after talks in the capital.",
    ),
    (
        "Norway",
        "Colombia and the ELN agreed to pull back, the Norwegian foreign ministry said, calling it a first step.",
    ),
]:
    party(name, sentence, False)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
