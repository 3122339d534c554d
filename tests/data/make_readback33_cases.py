# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the read-back set of session 33 (``grounding_readback33.jsonl``): value-support cases
for a quote's speaker whose "he said" or description was read back to a sentence whose
named subject is the speaker, yet given to a name further on in it, with what must pass and
what must fail:

- ``back-subject``: the quote's "he said" or "the Spaniard said" reads back to a sentence
  whose main clause has the speaker for its named subject, though a name follows ("according
  to Belga", "Mark Hale's senior adviser", "led by senator X" as the passive's agent,
  "opened the hearings with a warning to Y"): the subject speaks. Refused: the name further
  on, the owner of a possessive in the subject's apposition, a person named in the sentence
  before or in a clause after the subject.

Run ``python tests/data/make_readback33_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_readback33.jsonl")

built = SupportCases("rb33")
quote = built.graded_quote

# --- back-subject: the read-back sentence's own subject, a name further on
C = "back-subject"
quote(
    C,
    'Hearings\n\nThe question reached the judges from the assembly in March. Vanuatu\'s envoy Kalo Tari had opened those hearings with a warning to judge Helen Brandt.\n\n"This may well be the most important case the court has heard," he told the bench.\n',
    "This may well be the most important case the court has heard,",
    ["Kalo Tari"],
    ["Helen Brandt"],
)
quote(
    C,
    'Humanitarian pause\n\nMonday - In Cairo, Rafiq Nassar, Mark Hale\'s senior adviser, unveils the plan for a 90-day pause. Both armies have accepted it in principle, he says: "We have not recorded any objection from either side."\n',
    "We have not recorded any objection from either side.",
    ["Rafiq Nassar"],
    ["Mark Hale"],
)
quote(
    C,
    'Hearings\n\nThe question reached the judges in March after a long campaign. Fiji\'s envoy Josefa Rata had opened those hearings with a warning.\n\n"Nothing less than our islands is at stake," he told the bench.\n',
    "Nothing less than our islands is at stake,",
    ["Josefa Rata"],
    [],
)
quote(
    C,
    'Election night\n\nThe count ran past midnight in the capital. Opposition leader Radu Ionescu, 38, at first claimed the win, with his rival Petru Stan still waiting for the last districts.\n\n"We are the clear winners of this election," he told supporters.\n',
    "We are the clear winners of this election,",
    ["Radu Ionescu"],
    ["Petru Stan"],
)
quote(
    C,
    'COLOMBIA - Talks with the rebels frozen again\nPresident Andres Molina halted the dialogue with the National Front on January 17 after a wave of killings in the north-east. "What the Front has done there are war crimes," he wrote on social media.\n',
    "What the Front has done there are war crimes,",
    ["Andres Molina"],
    ["National Front"],
)
quote(
    C,
    'Truce\n\nAfter three hours of talks, Prime Minister Hamid Rahman read out a joint statement agreed with Thailand\'s envoy Somchai Wongsa. He called it "a vital first step towards peace."\n',
    "a vital first step towards peace.",
    ["Hamid Rahman"],
    ["Somchai Wongsa"],
)
quote(
    C,
    'Rates\n\nThe bank kept its deposit rate at 2% on Thursday. President Clara Lenz told the press conference that the economy was "in a good place" but refused to say the cycle was over, as chief economist Jonas Weber looked on. "We are not pre-committing to a path," she said.\n',
    "We are not pre-committing to a path,",
    ["Clara Lenz"],
    ["Jonas Weber"],
)
quote(
    C,
    'Raid\n\nFederal agents raided the battery plant on Thursday. Special agent Steven Marsh told a news conference the operation grew out of an inquiry into hiring by contractor Dale Kirby. "Some crossed illegally; some overstayed their visas," the agent said.\n',
    "Some crossed illegally; some overstayed their visas,",
    ["Steven Marsh"],
    ["Dale Kirby"],
)
quote(
    C,
    'Attack\n\nPolice officer Dan Moss evacuated the building within minutes. Rob Kessler, 45, a lecturer who was in the building, said the rabbi carried on with the service. "We did what we could," the lecturer said.\n',
    "We did what we could,",
    ["Rob Kessler"],
    ["Dan Moss"],
)
quote(
    C,
    'Migration\n\nBorder officials said the checks would stay. Chancellor Otto Brandt, ten days before the election, demanded harsh consequences after meeting interior minister Jens Falk. "This attacker cannot count on any mercy," he told reporters.\n',
    "This attacker cannot count on any mercy,",
    ["Otto Brandt"],
    ["Jens Falk"],
)

quote(
    C,
    'Jets\n\nNATO chief Lars Holm had asked allies for more aircraft. Defence minister Arjen Kok told a news conference in The Hague that the jets would arrive in May, flanked by air force chief Ruud Smit. "We will not wait for anyone," he said.\n',
    "We will not wait for anyone,",
    ["Arjen Kok"],
    ["Ruud Smit", "Lars Holm"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
