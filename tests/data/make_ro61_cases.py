# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the case set of session 61's fresh-miss writer ro61 (``grounding_ro61.jsonl``;
:mod:`summarizer.verification.people.left_posts`): a person's role against the page's move of
their post,

- ``moved``: "X moved up from <old post> to <new post>" in many wordings ("was promoted from",
  "rose from", "switches from", "elevated from", "went from"): the new post passes, and so do a
  post the page gives the person elsewhere, an old post they keep ("while remaining"), and a
  post only partly the old one's words ("editor" after "from deputy editor to editor"); the old
  post, another person's post and a post written only of someone else stay refused.

Run ``python tests/data/make_ro61_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ro61.jsonl")

built = SupportCases(
    "ro61",
    leads=[
        "By Ottilie Brand | The Farnmouth Courier",
        "HELSBY, June 2 (Northwind Wire) -",
        "Business desk, The Kestrel Ledger.",
        "Sport | The Alderney Echo",
        "Local news — The Pemberton Herald",
    ],
)

MOVED = "moved"


def role(name: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.person_field(MOVED, "role", name, passes, fails, *paragraphs)


role(
    "Priya Raman",
    ["interim chief executive"],
    ["chief operating officer"],
    "Halden Robotics named a new leader on Monday after its founder quit.",
    "The board said Priya Raman was moving up from chief operating officer to interim chief executive while it looks for a permanent pick.",
)
role(
    "Tomas Greer",
    ["editor"],
    ["deputy editor"],
    "The Wexley Argus has a new editor.",
    "Tomas Greer, who joined the paper in 2011, was promoted from deputy editor to editor on Friday.",
)
role(
    "Lena Okafor",
    ["inspector", "detective inspector"],
    ["sergeant", "detective sergeant"],
    "The inquiry into the warehouse fire will be led by a new officer.",
    "Lena Okafor rose from detective sergeant to detective inspector last spring and now heads the arson team.",
)
role(
    "Marek Dubois",
    ["chief operating officer"],
    ["finance director"],
    "Brightline Ferries reshuffled its top team on Wednesday.",
    "Marek Dubois switches from finance director to chief operating officer, the company said, and a search for his successor is under way.",
)
role(
    "Sandra Velo",
    ["head coach"],
    ["assistant coach", "goalkeeping coach"],
    "Carrick Town have turned to a familiar face.",
    "Sandra Velo, 41, has been elevated from assistant coach to head coach after the sacking of Ron Pike.",
)
role(
    "Ade Bello",
    ["chief executive"],
    ["chief financial officer", "CFO"],
    "Ade Bello went from CFO to chief executive in under two years.",
    "Shareholders backed the move at the annual meeting.",
)
role(
    "Hanne Lund",
    ["general counsel", "chief executive"],
    [],
    "Hanne Lund, the group's general counsel, will also serve as chief executive for now.",
    "Lund moves from legal affairs to the top job while remaining general counsel, the group said.",
)
role(
    "Joel Arkwright",
    ["managing editor"],
    ["night editor", "sports editor"],
    "Joel Arkwright has been promoted from the paper's night editor to managing editor.",
    "Sports editor Kate Imrie will take over his old desk.",
)
role(
    "Ruth Castell",
    ["chief superintendent"],
    ["superintendent", "chief constable"],
    "Ruth Castell was promoted from superintendent to chief superintendent this week.",
    "Chief Constable Idris Moyo praised her work on the county's knife crime unit.",
)
role(
    "Bram Hollis",
    ["vice president of sales"],
    ["regional manager"],
    "Bram Hollis stepped up from regional manager to vice president of sales in March.",
    "He oversees 300 staff across the north.",
)
role(
    "Iris Mendel",
    ["chair", "chair of the trust"],
    ["treasurer"],
    "Iris Mendel moved from treasurer to chair of the trust at its meeting on Thursday.",
    "The trust runs four almshouses in the old town.",
)
role(
    "Owen Price",
    ["treasurer"],
    ["chair"],
    "Owen Price was named treasurer of the trust on Thursday.",
    "He takes the post vacated by Iris Mendel, who moved from treasurer to chair.",
)
role(
    "Ella Stroud",
    ["chief strategy officer"],
    [],
    "Ella Stroud, the firm's chief strategy officer, spoke to analysts.",
    "She replaces Dev Anand, who was moving up from chief strategy officer to president.",
)
role(
    "Nils Berger",
    ["chief strategy officer"],
    [],
    "Nils Berger was chief strategy officer from 2019 to 2023 before leaving the firm.",
    "He now advises start-ups.",
)
role(
    "Cora Binns",
    ["head of news"],
    [],
    "Cora Binns moved from London to Manchester as head of news in 2022.",
    "She will stay in post until the end of the year.",
)

role(
    "Kim Lowe",
    ["spokeswoman"],
    ["chief strategy officer", "president"],
    "Kim Lowe, a spokeswoman for Tessaly Group, said Dev Anand was moving from chief strategy officer to president.",
    "The change takes effect in May.",
)
role(
    "Femi Adeyemi",
    ["captain", "club captain"],
    ["vice-captain"],
    "Full-back Femi Adeyemi has gone from vice-captain to club captain after Joe Marr retired.",
    "Adeyemi, 29, has made 212 appearances.",
)
role(
    "Rosa Lindqvist",
    ["ambassador to Norway"],
    ["deputy foreign minister"],
    "Rosa Lindqvist, who was shifted from deputy foreign minister to ambassador to Norway in a January reshuffle, presented her credentials in Oslo.",
)
role(
    "Gus Harlan",
    ["principal", "deputy head"],
    [],
    "Gus Harlan, the school's deputy head, was praised by inspectors.",
    "Principal Gus Harlan, who rose from deputy head to principal in 2020, called the report fair. He remains deputy head of the trust's sixth form.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
