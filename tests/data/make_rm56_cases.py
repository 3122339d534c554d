# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 56's rival-title reading (``grounding_rm56.jsonl``, fresh-miss
writer rm56; :func:`summarizer.verification.people.role_own_titles.rival_office`), at the
edges of

- ``taken``: a person whose own title holds no office noun of session 33's list ("Finance
  chief Pia Maro", "Conservative leader", "the county's fire chief", "Judge"), given the title
  the page writes for ANOTHER named person ("Chief executive Lew Tarrant"), refused; against
  the right role in the same shape (each one's own title, a paraphrase or short form of it,
  a title shared by both, a plural title, a title written only in a quote or a caption, a
  post given by "as", two posts joined in one title).

Run ``python tests/data/make_rm56_cases.py`` to rebuild it. Every article below was written
for this set in its own words, its people made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rm56.jsonl")

built = SupportCases(
    "rm56",
    leads=[
        "By Ottilie Brand | The Harrow Gazette",
        "KESTON (Marchline Wire) -",
        "Markets | The Calder Ledger",
        "From our Inverness desk, The Ness Courier.",
        "LIVE | The Wensum Bulletin",
    ],
)
TAKEN = "taken"


role = partial(built.person_role, TAKEN)


CALL = (
    "Finance chief Pia Maro walked analysts through the quarter's cash flow.",
    "Chief executive Lew Tarrant said the group would keep its dividend.",
)
role(
    "Pia Maro",
    ["finance chief", "Finance chief", "chief financial officer"],
    ["chief executive", "Chief Executive"],
    *CALL,
)
role("Lew Tarrant", ["chief executive", "CEO"], ["finance chief"], *CALL)

LEADERS = (
    "Conservative leader Hollis Brae called the statement a shambles.",
    "Finance Minister Edda Kroll told parliament the deficit would shrink by 2028.",
)
role(
    "Hollis Brae",
    ["Conservative leader", "leader of the Conservatives", "party leader"],
    ["Finance Minister"],
    *LEADERS,
)
role("Edda Kroll", ["Finance Minister", "minister of finance"], [], *LEADERS)

FIRE = (
    "The county's fire chief, Ansel Roop, said crews had worked through the night.",
    "The agency's regional administrator, Berit Lusk, said 9,000 people had asked for help.",
)
role("Ansel Roop", ["fire chief", "county fire chief"], ["regional administrator"], *FIRE)
role("Berit Lusk", ["regional administrator"], [], *FIRE)

COURT = (
    "Judge Corin Vale told the court the sentence reflected the harm done.",
    "Our reporter Tamsin Gale was in the courtroom for the hearing.",
)
role("Corin Vale", ["judge", "Judge"], ["reporter"], *COURT)
role("Tamsin Gale", ["reporter", "court reporter"], ["judge"], *COURT)

BOOKS = (
    "The prize went to Sunil Arvat's novel, which reached English readers through the translator Mira Dunmore.",
    "The jury was chaired by the author Gideon Pell.",
)
role("Mira Dunmore", ["translator"], ["author"], *BOOKS)

STADIUM = (
    "The plan is backed by the region's mayor, Orla Fenwick.",
    "The club, whose chief executive is Dario Wendt, says the stadium will open in 2031.",
    "Club chief executive Dario Wendt said the design would be shown in spring.",
)
role("Orla Fenwick", ["mayor", "regional mayor"], ["chief executive"], *STADIUM)
role("Dario Wendt", ["chief executive"], [], *STADIUM)

SPLIT = (
    "The drinks arm will be led by Halden Foods' chief executive, Rufus Penn.",
    "The coffee business will be run by the current finance chief, Ines Corvo.",
)
role("Ines Corvo", ["finance chief", "chief financial officer"], ["chief executive"], *SPLIT)
role("Rufus Penn", ["chief executive", "Halden Foods chief executive"], [], *SPLIT)

BLOC = (
    "Bloc foreign policy chief Elin Varga said the measures would return without delay.",
    "Foreign Minister Kasra Navid called the process null and void.",
)
role("Elin Varga", ["foreign policy chief", "EU foreign policy chief"], ["Foreign Minister"], *BLOC)
role("Kasra Navid", ["Foreign Minister"], [], *BLOC)

SHIP = (
    "Team doctor Ravi Oduya treated the winger on the pitch.",
    "Head coach Simone Brack said the injury was not serious.",
)
role("Ravi Oduya", ["team doctor", "doctor"], ["head coach", "coach"], *SHIP)

QUOTE = (
    "Research head Lotte Imrie presented the trial data.",
    '"Our chief executive, Bram Sollis, will decide on the next step," Imrie said.',
)
role("Lotte Imrie", ["head of research", "research head"], ["chief executive"], *QUOTE)
role("Bram Sollis", ["chief executive"], [], *QUOTE)

CAPTION = (
    "Deputy leader Nell Carrow opened the conference in Leith.",
    "Picture: Party leader Angus Tay greets delegates.",
)
role("Nell Carrow", ["deputy leader"], ["party leader", "leader"], *CAPTION)
role("Angus Tay", ["party leader", "leader"], [], *CAPTION)

BRIDGE = (
    "The city's mayor, Tove Ahlin, cut the ribbon on the new bridge.",
    "The builder's chief executive, Sven Roos, said the work came in under budget.",
)
role("Tove Ahlin", ["mayor"], ["chief executive"], *BRIDGE)
role("Sven Roos", ["chief executive"], ["mayor"], *BRIDGE)

RIOT = (
    "Police chief Dara Quinn said 14 people had been arrested overnight.",
    "Commissioner Hal Brody promised an inquiry into the response.",
)
role("Dara Quinn", ["police chief"], ["commissioner", "Commissioner"], *RIOT)
role("Hal Brody", ["commissioner"], [], *RIOT)

TECH = (
    "The technology chief, Rami Sol, said the outage began at 3am.",
    "The chief operating officer, Lena Dove, apologised to customers.",
)
role(
    "Rami Sol", ["technology chief", "chief technology officer"], ["chief operating officer"], *TECH
)
role("Lena Dove", ["chief operating officer", "COO"], [], *TECH)

TRIAL = (
    "Defence lawyer Oren Blay told the jury the evidence was thin.",
    "Prosecutor Kit Amsel said the phone records told another story.",
)
role("Oren Blay", ["defence lawyer", "lawyer"], ["prosecutor"], *TRIAL)

# --- near-misses that must pass ------------------------------------------------------------
role(
    "Maia Strand",
    ["chief executive", "CEO"],
    [],
    "Maia Strand, the chief executive, and Joss Penrith, the chief executive of the partner bank, signed the deal.",
)
role(
    "Felix Orme",
    ["chairman and chief executive", "chief executive", "chairman"],
    [],
    "Felix Orme, the firm's chairman and chief executive, thanked Suri Kade, the former chief executive of the rival lender.",
)
role(
    "Wren Hollis",
    ["co-chair", "co-chair of the doctors committee"],
    [],
    "Dr Wren Hollis and Dr Abe Tolland, who co-chair the doctors committee, met the health secretary.",
)
role(
    "Cato Bright",
    ["chief executive"],
    [],
    "Finance chief Uma Reyes spoke first on the call.",
    "Cato Bright, named chief executive last year, said orders had doubled. Chief executive Cato Bright also praised the staff.",
)
role(
    "Noor Achebe",
    ["interim chief executive"],
    [],
    "Noor Achebe moves up from chief strategy officer to interim chief executive, the board said, while strategy head Lyle Pratt takes her old job.",
)
role(
    "Esme Vint",
    ["Prime Minister"],
    [],
    "Prime Minister Esme Vint met Finance Minister Arlo Quay on Monday.",
    "Vint, who became prime minister in March, said the budget would pass.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
