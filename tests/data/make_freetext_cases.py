"""Build the free-text set (``grounding_freetext.jsonl``): value-support cases for names in
the summary and key points, the cause an independent check on other outlets' pages found
(check 23: "Sana\u2019a", written as the page writes it, was "not in the article": every name with
an apostrophe was refused), with what must pass and what must fail:

- ``apostrophe-names``: a name with an apostrophe ("Sana'a", "O'Brien", "Ma'rib",
  "N'Djamena", "Côte d'Ivoire") that the article writes, with either mark (' or \u2019), is in
  the article; another name of the same shape ("O'Neill" beside "O'Brien", "Ma'arib"), or one
  the article never writes, is not;
- ``country-forms``: a country's one-word name in free text where the article writes only its
  people's word, and the other way round ("Germany" for "the German government", "Afghan" for
  "Afghanistan", "Kenya" for "Kenyan troops"), names what the article does; a neighbour's
  ("Austria" for "German"), a country the article never names in any form, or a look-alike
  ("Niger" for "Nigerian", "Nigeria" for "Nigerien") does not.

Run ``python tests/data/make_freetext_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real places in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_freetext.jsonl")

built = SupportCases("ftx")

CURLY = (
    "Yemen truce\n\nSANA\u2019A (Test Wire) - Talks in Sana\u2019a and Ma\u2019rib ended on "
    "Monday, said Mary O\u2019Brien of the UN mission, after envoys flew in from N\u2019Djamena "
    "and C\u00f4te d\u2019Ivoire.\n"
)
STRAIGHT = CURLY.replace("\u2019", "'")


def summary(text: str, passes: list[str], fails: list[str]) -> None:
    """A summary naming each of ``passes`` is stated, each of ``fails`` is not."""
    for expect, name in verdicts(passes, fails):
        facts: dict[str, Any] = {"summary": f"The envoys met {name} officials on Monday."}
        built.add("apostrophe-names", expect, f"summary names {name}", text, facts, "summary",
                  check="unstated")  # fmt: skip


NAMES = ["Sana'a", "Sana\u2019a", "Ma'rib", "O\u2019Brien", "N'Djamena", "d'Ivoire"]
OTHERS = ["O'Neill", "Ma'arib", "D'Arcy", "N\u2019Zerekore", "Qu'Appelle"]
summary(CURLY, NAMES, OTHERS)
summary(STRAIGHT, NAMES, OTHERS)


def countries(text: str, passes: list[str], fails: list[str]) -> None:
    """A key point naming each of ``passes`` is stated, each of ``fails`` is not."""
    for expect, name in verdicts(passes, fails):
        facts: dict[str, Any] = {"key_points": [f"The talks drew envoys from {name}."]}
        built.add("country-forms", expect, f"key point names {name}", text, facts,
                  "key_points[0]", check="unstated")  # fmt: skip


countries(
    "Easter truce\n\nThe German government and Afghan elders welcomed the truce, and Kenyan "
    "troops stayed in their bases, a Yemeni official said.\n",
    ["Germany", "Afghanistan", "Kenya", "Yemen", "German", "Afghan"],
    ["Austria", "Pakistan", "Uganda", "Oman", "Somalia"],
)
countries(
    "Border talks\n\nEthiopia and Eritrea sent envoys; Nigerien and Chadian officers watched, "
    "with Turkish and Jordanian mediators.\n",
    ["Ethiopian", "Eritrean", "Niger", "Chad", "Turkey", "Jordan"],
    ["Nigeria", "Sudan", "Libya", "Iraq", "Syria"],
)
countries(
    "Port deal\n\nNigerian and Ghanaian ministers signed the port deal in Lagos.\n",
    ["Nigeria", "Ghana"],
    ["Niger", "Togo"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
