"""Build the credits-45 set (``grounding_credits45.jsonl``): reporters named after a desk's
credit line (an outside check, session 21, check 45's cause 8: "Live coverage by the Northern
Post foreign desk; Tomas Brenner and Ilona Varga" was read as crediting no one). By category:

- ``maker-names``: "the trade minister announced the duties" names the one the article
  titles so ("Trade Minister Els Berg", "Kofi Mensah, the trade minister") as the maker,
  when the role titles no one else; "the minister announced" beside two ministers does not,
  nor does another person of the same surname.
- (in ``maker-names`` too) "was introduced in the Senate on 4 May, after a long debate, by Senator
  Ruth Okonkwo" makes Okonkwo the introducer; a "by" of another participle ("backed by",
  "welcomed by", "praised by") does not.
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
    D, "byline",
    page("Updates from the Coastal Post politics team; Ivan Petrov, Mei Lin and Joe Hart"),
    ["Ivan Petrov, Mei Lin and Joe Hart", "Mei Lin"], [],
)  # fmt: skip
built.article_field(
    D, "byline", page("Written by the Valley Courier news team: Chloe Martin"),
    ["Chloe Martin"], ["Maria Lopez"],
)  # fmt: skip


R, F = "maker-names", "maker-names"
for sentence, passes, fails, instrument in [
    (
        "Interior Minister Tomas Novak and Finance Minister Petra Novak are not related; the "
        "finance minister announced the levy on Tuesday.",
        ["Petra Novak"],
        ["Tomas Novak"],
        "executive_action",
    ),
    (
        "Commerce Secretary Dana Whitfield met Senator Paul Whitfield on Monday. The commerce "
        "secretary signed the order the next day.",
        ["Dana Whitfield"],
        ["Paul Whitfield"],
        "executive_action",
    ),
    (
        "Kofi Mensah, the trade minister, and Ama Mensah, the energy minister, spoke in Accra. "
        "The trade minister unveiled the duties.",
        ["Kofi Mensah"],
        ["Ama Mensah"],
        "executive_action",
    ),
    (
        "Finance Minister Petra Novak and Economy Minister Jan Kral spoke; the minister "
        "announced the levy on Tuesday.",
        [],
        ["Petra Novak", "Jan Kral"],
        "executive_action",
    ),
    (
        "Finance Minister Petra Novak spoke first; the trade minister then announced the levy.",
        [],
        ["Petra Novak"],
        "executive_action",
    ),
]:
    built.sponsors(R, sentence, sentence, passes, fails, instrument)
for sentence, passes, fails in [
    (
        "The bill was introduced in the Senate on 4 May, after a long debate, by Senator Ruth "
        "Okonkwo of Ohio.",
        ["Ruth Okonkwo"],
        [],
    ),
    ("The bill, backed by Senator Ruth Okonkwo, was introduced on 4 May.", [], ["Ruth Okonkwo"]),
    (
        "The duties were imposed last week by the cabinet, and praised by Governor Lee Park.",
        [],
        ["Lee Park"],
    ),
    (
        "The regulation was proposed in March by Commissioner Ines Duarte and adopted in June.",
        ["Ines Duarte"],
        [],
    ),
    (
        "The measure was introduced on Monday and welcomed by Representative Sam Ortiz.",
        [],
        ["Sam Ortiz"],
    ),
    (
        "H.R. 1207 was introduced in the House on June 2, 2023, by Representative Carla Mendes "
        "of Arizona and co-sponsored by 12 other members.",
        ["Carla Mendes"],
        [],
    ),
]:
    built.sponsors(F, sentence, sentence, passes, fails)

for sentence, passes, fails in [
    (
        "Energy Minister Lars Holm and Deputy Minister Eva Holm attended; the energy minister "
        "announced the price cap on Thursday.",
        ["Lars Holm"],
        ["Eva Holm"],
    ),
    (
        "The tariffs were announced on Friday in Ottawa by Finance Minister Claire Dubois.",
        ["Claire Dubois"],
        [],
    ),
    ("The levy was imposed in Lagos on Monday by Governor Tunde Ade's deputy.", [], ["Tunde Ade"]),
    (
        "The sanctions were drafted in Brussels, debated for weeks and approved by Commissioner "
        "Jonas Lind.",
        [],
        ["Jonas Lind"],
    ),
    (
        "The order, criticised by Senator Ben Cole, was signed on Monday by President Ana Ruiz.",
        ["Ana Ruiz"],
        ["Ben Cole"],
    ),
    (
        "Rosa Villa, the economy secretary, met her predecessor Luis Villa; the economy "
        "secretary then imposed the levy.",
        ["Rosa Villa"],
        ["Luis Villa"],
    ),
]:
    built.sponsors(R, sentence, sentence, passes, fails, "executive_action")


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
