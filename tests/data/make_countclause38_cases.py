# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 38's clause-read counts (``grounding_countclause38.jsonl``):
value-support cases for a count whose noun is in its number's clause but not next to it, the
clause saying what the number counts (``summarizer/verification/figures/count_clauses.py``):

- ``change-end``: every end of a change counts the change's subject ("Passenger numbers slipped
  4.2 per cent, from 61,400 to 58,820"; "Bankruptcies peaked at 412 in March, then eased to
  380 in April and 351 in May"), or the object a verb moves ("lifts the club's season-ticket
  holders to 31,500"). Refused: another clause's subject's end, after a ";" or a conjunction
  ("Registrations fell to 77,446; prices rose to 52,000"), a number bound to its own noun
  ("its debt to 900 million euros"), a change's amount, a changed qualifier or value;
- ``verb-object``: a number that is the object of a verb counts the verb's nominalisation
  ("employed 1,150 people" are employees, "let go 86 people" and "will lay off 2,300" are
  people laid off, "deported 212" are deportations), past hedges and a short aside in commas.
  Refused: another verb's object in the same sentence ("and kept 310", "and hire 400
  engineers"), a number with a noun of another kind ("12 gritting crews"), a changed qualifier;
- ``aside-part``: a partitive "N of the X, ASIDE, PREDICATE" counts X restricted by the
  predicate past the aside ("Three of the injured, a child among them, were in critical
  condition"). Refused: a noun said only in the aside ("children in critical condition"), a
  predicate the sentence does not say, the whole for the part.

Run ``python tests/data/make_countclause38_cases.py`` to rebuild it. The texts are written for
this set (ports, labour, courts, disasters, trade), in new words, British and American styles;
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_countclause38.jsonl")

built = SupportCases(
    "cc38",
    leads=[
        "HULL (Humber Wire) -",
        "By Ines Calloway | The Tamar Courier",
        "LABOUR DESK | The Cuyahoga Ledger",
        "From our Porto bureau, The Douro Review.",
        "BOISE, Snake River Post -",
        "Regional desk, The Fenland Times.",
    ],
)
CHANGE, OBJECT, ASIDE = "change-end", "verb-object", "aside-part"
PUBLISHED = "2025-11-12"
EXACT, MORE, ABOUT = "exact", "more_than", "about"

counts = partial(built.count_cases, published=PUBLISHED)


# --- change-end: every end of a change counts its subject -----------------------------------

S = "Passenger numbers slipped 4.2 per cent, from 61,400 to 58,820, the port authority said."
counts(CHANGE, [S], [("passenger numbers at the port", 58820, EXACT)],
       [("passenger numbers at the port", 58820, MORE), ("passenger numbers at the port", 58280, EXACT)])  # fmt: skip
S = "Applications to the scheme climbed 18 percent in a year, from 2,310 to 2,726."
counts(CHANGE, [S], [("applications to the scheme", 2726, EXACT)],
       [("applications to the scheme", 18, EXACT)])  # fmt: skip
S = "Bankruptcies peaked at 412 in March, then eased to 380 in April and 351 in May."
counts(CHANGE, [S], [("bankruptcies", 412, EXACT), ("bankruptcies", 380, EXACT), ("bankruptcies", 351, EXACT)],
       [("bankruptcies", 315, EXACT)])  # fmt: skip
S = "Overnight stays by foreign tourists jumped by a third, from 9,120 to 12,160, over the summer."
counts(CHANGE, [S], [("overnight stays by foreign tourists", 12160, EXACT)],
       [("overnight stays by foreign tourists", 12160, ABOUT)])  # fmt: skip
S = "The new contract lifts the club's season-ticket holders to 31,500, the chairman said."
counts(CHANGE, [S], [("season-ticket holders", 31500, EXACT)],
       [("season-ticket holders", 31500, MORE)])  # fmt: skip
S = "Sales of electric vans more than doubled last year, from 1,940 to 4,110."
counts(CHANGE, [S], [("electric vans sold", 4110, EXACT)],
       [("electric vans sold", 4101, EXACT)])  # fmt: skip
S = "Complaints to the ombudsman dropped sharply, from 7,802 in 2023 to 5,466 in 2024."
counts(CHANGE, [S], [("complaints to the ombudsman", 5466, EXACT)],
       [("complaints to the ombudsman", 5466, ABOUT)])  # fmt: skip
S = "Hospital admissions for flu rose by 40 per cent in a week, to 2,950."
counts(CHANGE, [S], [("flu admissions", 2950, EXACT)],
       [("flu admissions", 40, EXACT)])  # fmt: skip
S = "Registrations fell forty-three point five percent, from 137,071 to 77,446."
counts(CHANGE, [S], [("registrations in the first seven months", 77446, EXACT)], [])  # fmt: skip
S = "Registrations fell to 77,446; prices rose to 52,000."
counts(CHANGE, [S], [("registrations", 77446, EXACT)], [("registrations", 52000, EXACT)])  # fmt: skip
S = "Applications climbed to 2,726, while rejections rose to 1,140."
counts(CHANGE, [S], [("applications", 2726, EXACT)], [("applications", 1140, EXACT)])  # fmt: skip
S = "Bankruptcies peaked at 412 in March; loan defaults then eased to 380 in April."
counts(CHANGE, [S], [], [("bankruptcies", 380, EXACT)])  # fmt: skip
S = "Overnight stays jumped to 12,160 over the summer and hotel staff rose to 3,300."
counts(CHANGE, [S], [], [("overnight stays", 3300, EXACT)])  # fmt: skip
S = "Sales of electric vans doubled to 4,110, and charging points grew to 9,800."
counts(CHANGE, [S], [], [("electric vans sold", 9800, EXACT)])  # fmt: skip
S = "The merger took the group's headcount to 14,200 and its debt to 900 million euros."
counts(CHANGE, [S], [], [("group headcount", 900_000_000, EXACT)])  # fmt: skip
S = "Admissions rose to 2,950, and closures of wards rose to 14."
counts(CHANGE, [S], [], [("admissions", 14, EXACT)])  # fmt: skip
S = "Copper climbed 3 per cent to $9,850 a tonne on the London exchange."
counts(CHANGE, [S], [], [("percentage rise in copper", 9850, EXACT)])  # fmt: skip
S = "The club's membership has grown to 52,000, and 640 members voted in Sunday's ballot."
counts(CHANGE, [S], [("club membership", 52000, EXACT)], [("club membership", 640, EXACT)])  # fmt: skip
S = "Output rose 12 percent to 8,400 tonnes."
counts(CHANGE, [S], [], [("output", 12, EXACT)])  # fmt: skip


# --- verb-object: a verb's object counts the verb's nominalisation ---------------------------

S = "The mill, which closed in 2019, employed 1,150 people at its peak."
counts(OBJECT, [S], [("employees at the mill", 1150, EXACT)],
       [("employees at the mill", 1150, MORE), ("employees at the mill", 2019, EXACT)])  # fmt: skip
S = "The carmaker will lay off 2,300 people at its Ohio plant."
counts(OBJECT, [S], [("people laid off", 2300, EXACT)], [("people laid off", 2300, ABOUT)])  # fmt: skip
S = "Northgate Foods let go 86 people on Friday, a union official said."
counts(OBJECT, [S], [("people laid off", 86, EXACT)], [("people laid off", 68, EXACT)])  # fmt: skip
S = "Parts maker Brandt Tooling will let go, for good, 57 of the 240 people who work at its Dayton shop."
counts(OBJECT, [S], [("people laid off", 57, EXACT)], [("people laid off", 240, EXACT)])  # fmt: skip
S = "The factory, founded in 1961, employed more than 2,000 people."
counts(OBJECT, [S], [("employees at the factory", 2000, MORE)],
       [("employees at the factory", 1961, EXACT), ("employees at the factory", 2000, EXACT)])  # fmt: skip
S = "The insurer dismissed 140 people after the audit."
counts(OBJECT, [S], [("dismissals", 140, EXACT)], [])  # fmt: skip
S = "The ministry deported 212 people last month, figures show."
counts(OBJECT, [S], [("deportations", 212, EXACT)], [])  # fmt: skip
S = "Police arrested 31 people after the match."
counts(OBJECT, [S], [("arrests", 31, EXACT)], [])  # fmt: skip
S = "The agency evacuated 4,500 people from the flood zone overnight."
counts(OBJECT, [S], [("evacuations", 4500, EXACT)], [])  # fmt: skip
S = "The regulator investigated 58 people over the scheme."
counts(OBJECT, [S], [("investigations", 58, EXACT)], [])  # fmt: skip
S = "The mill employed 1,150 people and shipped 20,000 tonnes a year."
counts(OBJECT, [S], [], [("employees at the mill", 20000, EXACT)])  # fmt: skip
S = "The carmaker will lay off 2,300 people and hire 400 engineers."
counts(OBJECT, [S], [], [("people laid off", 400, EXACT)])  # fmt: skip
S = "Northgate Foods let go 86 people and kept 310."
counts(OBJECT, [S], [], [("people laid off", 310, EXACT)])  # fmt: skip
S = "The insurer dismissed 140 people and promoted 22."
counts(OBJECT, [S], [], [("dismissals", 22, EXACT)])  # fmt: skip
S = "The agency evacuated 4,500 people and rescued 17."
counts(OBJECT, [S], [], [("evacuations", 17, EXACT)])  # fmt: skip
S = "The ministry deported 212 people and admitted 1,300."
counts(OBJECT, [S], [], [("deportations", 1300, EXACT)])  # fmt: skip
S = "The council will recruit 75 people for 12 gritting crews."
counts(OBJECT, [S], [], [("recruits", 12, EXACT)])  # fmt: skip
S = "Three people were wounded; two of them are in hospital, the mayor said."
counts(OBJECT, [S], [], [("people wounded", 2, EXACT)])  # fmt: skip
S = "In Kherson, four people were wounded, two of them seriously."
counts(OBJECT, [S], [], [("people wounded", 2, EXACT)])  # fmt: skip
S = "The union represents 2,800 people at the group's two depots."
counts(OBJECT, [S], [], [("depots represented", 2800, EXACT)])  # fmt: skip
S = "The regulator investigated 58 people, employed 14 lawyers and fined 9."
counts(OBJECT, [S], [], [("investigations", 14, EXACT)])  # fmt: skip


# --- aside-part: a partitive's predicate past an aside in commas ----------------------------

S = "Four of the passengers, two of them teenagers, were taken to hospital with burns."
counts(ASIDE, [S], [("passengers taken to hospital", 4, EXACT)],
       [("teenagers taken to hospital", 4, EXACT)])  # fmt: skip
S = "Twelve of the miners, all from the same village, remain trapped underground."
counts(ASIDE, [S], [("miners trapped", 12, EXACT)], [("villagers trapped", 12, EXACT)])  # fmt: skip
S = "Nine of the protesters, among them a local councillor, were charged with obstruction."
counts(ASIDE, [S], [("protesters charged", 9, EXACT)], [("councillors charged", 9, EXACT)])  # fmt: skip
S = "Six of the defendants, including the firm's former finance director, were convicted."
counts(ASIDE, [S], [("defendants convicted", 6, EXACT)], [("directors convicted", 6, EXACT)])  # fmt: skip
S = "Three of the injured, a child among them, were in critical condition."
counts(ASIDE, [S], [("injured in critical condition", 3, EXACT)],
       [("children in critical condition", 3, EXACT)])  # fmt: skip
S = "Eight of the hostages, most of them elderly, were released on Thursday."
counts(ASIDE, [S], [("hostages released", 8, EXACT)], [("hostages killed", 8, EXACT)])  # fmt: skip
S = "Five of the candidates, each backed by a party, withdrew before the vote."
counts(ASIDE, [S], [("candidates withdrew", 5, EXACT)], [("candidates elected", 5, EXACT)])  # fmt: skip
S = "Two of the climbers, both experienced guides, died in the avalanche."
counts(ASIDE, [S], [("climbers died", 2, EXACT)], [("guides died", 2, EXACT)])  # fmt: skip
S = "Eleven of the strikers, by the union's account, returned to work on Monday."
counts(ASIDE, [S], [("strikers returned to work", 11, EXACT)], [("strikers sacked", 11, EXACT)])  # fmt: skip
S = "Seven of the stolen paintings, by the gallery's count, have been recovered."
counts(ASIDE, [S], [("stolen paintings recovered", 7, EXACT)], [("paintings destroyed", 7, EXACT)])  # fmt: skip
S = "Seven of the 40 stolen paintings, by the gallery's count, have been recovered."
counts(ASIDE, [S], [("stolen paintings recovered", 7, EXACT)],
       [("stolen paintings recovered", 40, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
