"""Build the credits-45 set (``grounding_credits45.jsonl``): reporters named after a desk's
credit line (an outside check, session 21, check 45's cause 8: "Live coverage by the Northern
Post foreign desk; Tomas Brenner and Ilona Varga" was read as crediting no one). By category:

- ``desk-names``: a top line crediting the copy to a desk, team, bureau, staff or newsroom,
  then a semicolon, colon, bar or dash and a list of names only, credits those names (names
  with particles and hyphens: "Pieter de Wit", "Rania al-Sayed"). Refused: a name only in the
  story, the outlet of the desk, a name after another role ("; edited by X"), a list that
  adds a name the line does not hold.

Run ``python tests/data/make_credits45_cases.py`` to rebuild it. Every page below was written
for this set (fictional outlets and people); each verdict is what a careful fact-checker
reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_credits45.jsonl")
built = SupportCases("cr45")
BODY = (
    "\n\nThe talks ended late on Tuesday without a joint statement. Officials said the next "
    "round would follow within a week.\n\nMaria Lopez, a spokeswoman for the mediators, said "
    "the talks had been useful.\n"
)


def page(line: str, headline: str = "Ceasefire talks: live") -> str:
    return f"{headline}\n{line}{BODY}"


D = "desk-names"
built.article_field(
    D, "byline",
    page("Live coverage by the Harbour Times world desk; Pieter de Wit and Anna Kowalska"),
    ["Pieter de Wit and Anna Kowalska", "Anna Kowalska"], ["Maria Lopez", "Harbour Times"],
)  # fmt: skip
built.article_field(
    D, "byline", page("Coverage from our Africa bureau: Amina Okafor and Tunde Bello"),
    ["Amina Okafor and Tunde Bello"], ["Amina Okafor and Maria Lopez"],
)  # fmt: skip
built.article_field(
    D, "byline", page("Live blog by the Courier politics desk | Sam Hughes, Ella Price"),
    ["Sam Hughes and Ella Price"], ["Maria Lopez"],
)  # fmt: skip
built.article_field(
    D, "byline", page("Updates by the newsroom \u2014 Kenji Sato", "Election night as it happened"),
    ["Kenji Sato"], ["Maria Lopez"],
)  # fmt: skip
built.article_field(
    D, "byline", page("From our Gulf correspondents: Rania al-Sayed and Omar bin Khalid"),
    ["Rania al-Sayed and Omar bin Khalid"], ["Maria Lopez"],
)  # fmt: skip
built.article_field(
    D, "byline", page("Compiled by the Morning Ledger newsroom - Lena Vogel & Tom Ashby"),
    ["Lena Vogel and Tom Ashby"], ["Maria Lopez"],
)  # fmt: skip
built.article_field(
    D, "byline", page("Reporting by the Tribune foreign staff; edited by Jonas Berg"),
    [], ["Jonas Berg", "Maria Lopez"],
)  # fmt: skip
built.article_field(
    D, "byline", page("Live coverage by the Harbour Times world desk; updated hourly"),
    [], ["Maria Lopez"],
)  # fmt: skip
built.article_field(
    D, "byline", page("Written by the Valley Courier news team: Chloe Martin"),
    ["Chloe Martin"], ["Maria Lopez"],
)  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
