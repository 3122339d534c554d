# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of checks 68 and 69's event counts (``grounding_eventcounts31.jsonl``):
value-support cases for an event's count whose number stands apart from the count's words, by
category, each with what must pass and what must fail:

- ``whole-stretch``: a partitive's whole says more than its noun. An opening whole runs to its
  clause mark ("Of the 31 people aboard - 28 crew and three guards - four died" is 31 people
  aboard); a whole with no noun ("110 of the 203 which were planned did not land") is no count
  of what the sentence says of the part. Refused: the whole's number for the part's deed, the
  part's number for the whole, a count with a word the whole's stretch does not say, a part's
  number inside the aside (another count of the sentence), a changed qualifier;
- ``them-opening``: "More than 350 of them voted for industrial action" opens its sentence and
  takes its whole from the sentence before, which gives no number ("Refuse workers who belong
  to Unite have been on strike since March."). Refused: another deed ("voting against"),
  another group than the sentence before names, the sentence before's deed, a changed
  qualifier, a part inside its sentence whose whole is not the sentence before's;
- ``deadline-days``: a deadline's length. "must deliver a plan within 45 days" is 45 days to
  deliver it, exactly ("within" is the deadline's own word, as "has 45 days to" would be);
  "Google now has 60 days to tell the Commission how it will end ..." is 60 days to propose
  remedies when the paragraph tells of the remedy. Refused: another deadline of the sentence,
  a deed the paragraph does not tell of, a changed qualifier ("more than", "about"), another
  number;
- ``verb-object``: the count's noun is the number's noun in other words and its verb the verb
  the number is the object of ("The union represents about 3,200 people" is about 3,200
  workers represented). Refused: another verb's number in the sentence, a verb the sentence
  does not say, a changed qualifier, a noun of no people.

Run ``python tests/data/make_eventcounts31_cases.py`` to rebuild it. The texts are written for
this set in the shapes of the checks' reports (shipping attacks, airport strikes, refuse and
factory strikes, competition and insolvency rulings, union disputes), in new words; each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_eventcounts31.jsonl")

built = SupportCases(
    "ec31",
    leads=[
        "PIRAEUS (Aegean Wire) -",
        "By Maeve Holloway | The Harbour Chronicle",
        "LABOUR DESK | The Midland Record",
        "From our Brussels bureau, The Continental Review.",
        "TORONTO, Lakeshore Ledger -",
        "Business desk, The Ganges Times.",
    ],
)
WHOLE, THEM, DEADLINE, OBJECT = "whole-stretch", "them-opening", "deadline-days", "verb-object"
PUBLISHED = "2025-09-12"
EXACT, MORE, ABOUT, LEAST, UPTO, NEARLY = (
    "exact",
    "more_than",
    "about",
    "at_least",
    "up_to",
    "nearly",
)


# Each count case of the set, dated to the set's one published day.
counts = partial(built.count_cases, published=PUBLISHED)


def within(
    category: str, paragraphs: list[str], evidence: str, passes: list[tuple[str, float, str]],
    fails: list[tuple[str, float, str]],
) -> None:  # fmt: skip
    """Counts backed by one ``evidence`` sentence of ``paragraphs`` (the page around it)."""
    built.count_cases(category, paragraphs, passes, fails, PUBLISHED, evidence=[evidence])


# --- whole-stretch: an opening whole runs to its mark; a whole with no noun ---------------

S = "Of the 31 people aboard the tanker - 28 crew and three armed guards - four died and 19 were pulled from the water."
counts(WHOLE, [S], [("people aboard the tanker", 31, EXACT), ("people who died", 4, EXACT)],
       [("people who died", 31, EXACT), ("people aboard the tanker", 28, EXACT), ("people pulled from the water", 31, EXACT)])  # fmt: skip
S = "Of the 17 sailors on the dredger, 11 were rescued by a passing ferry, the coastguard said."
counts(WHOLE, [S], [("sailors on the dredger", 17, EXACT)],
       [("sailors rescued", 17, EXACT), ("sailors on the dredger", 11, EXACT)])  # fmt: skip
S = "Of the roughly 400 passengers on the overnight service (most of them pilgrims), 60 were treated for smoke inhalation."
counts(WHOLE, [S], [("passengers on the overnight service", 400, ABOUT)],
       [("passengers treated for smoke inhalation", 400, ABOUT), ("passengers on the overnight service", 400, EXACT)])  # fmt: skip
S = "Of the 52 drones launched at the port overnight, 47 were shot down, the navy said."
counts(WHOLE, [S], [("drones launched at the port", 52, EXACT), ("drones shot down", 47, EXACT)],
       [("drones shot down", 52, EXACT), ("drones launched at the port", 47, EXACT)])  # fmt: skip
S = "Of the 12 containers stacked on deck: nine went overboard in the storm."
counts(WHOLE, [S], [("containers stacked on deck", 12, EXACT)],
       [("containers lost overboard", 12, EXACT)])  # fmt: skip
S = "Across the region, of the 1,240 flights scheduled on Monday, 830 were cancelled."
counts(WHOLE, [S], [("flights scheduled on Monday", 1240, EXACT)],
       [("flights cancelled", 1240, EXACT), ("flights scheduled on Monday", 830, EXACT)])  # fmt: skip
S = "Arrivals were hit too: 140 of the 260 which had been expected never touched down."
counts(WHOLE, [S], [],
       [("arrivals that never touched down", 260, EXACT)])  # fmt: skip
S = "At Schiphol, departures fared worse, and 95 of the 180 that were scheduled did not take off."
counts(WHOLE, [S], [],
       [("departures that did not take off", 180, EXACT), ("departures scheduled", 95, EXACT)])  # fmt: skip
S = "Of the nine fishermen missing off Donegal, two were found alive on Sunday."
counts(WHOLE, [S], [("fishermen missing off Donegal", 9, EXACT), ("fishermen found alive", 2, EXACT)],
       [("fishermen missing off Donegal", 2, EXACT), ("fishermen found alive", 9, EXACT)])  # fmt: skip
S = "Of the 214 homes in the village; 30 were flooded overnight."
counts(WHOLE, [S], [("homes in the village", 214, EXACT)],
       [("homes flooded", 214, EXACT)])  # fmt: skip
S = "Of the 64 people who were on board, 40 survived."
counts(WHOLE, [S], [],
       [("people who survived", 64, EXACT)])  # fmt: skip


# --- them-opening: "N of them" opens its sentence; its whole is the sentence before --------

A = "Bus drivers who belong to the GMB union have walked out at three depots since 2 June."
B = "More than 600 of them backed the strike in a ballot last month."
within(THEM, [f"{A} {B}"], B,
       [("drivers backing the strike", 600, MORE), ("bus drivers who backed the strike", 600, MORE)],
       [("drivers backing the strike", 600, EXACT), ("drivers opposing the strike", 600, MORE), ("mechanics backing the strike", 600, MORE), ("drivers who walked out", 600, MORE)])  # fmt: skip
A = "Cleaners contracted to the university have staged rolling stoppages since the spring."
B = "About 90 of them joined a picket outside the library on Thursday."
within(THEM, [f"{A} {B}"], B,
       [("cleaners joining the picket", 90, ABOUT)],
       [("cleaners joining the picket", 90, EXACT), ("lecturers joining the picket", 90, ABOUT), ("cleaners staging stoppages", 90, ABOUT)])  # fmt: skip
A = "Nurses at the two hospitals had rejected the pay offer twice."
B = "Nearly 1,100 of them voted to strike in the latest ballot, the union said."
within(THEM, [f"{A} {B}"], B,
       [("nurses voting to strike", 1100, NEARLY)],
       [("nurses voting to strike", 1100, MORE), ("doctors voting to strike", 1100, NEARLY), ("nurses rejecting the pay offer", 1100, NEARLY)])  # fmt: skip
A = "Dock workers in the port have refused overtime since the contract lapsed."
B = "Some 2,400 of them stopped work on Monday morning."
within(THEM, [f"{A} {B}"], B,
       [("dock workers stopping work", 2400, ABOUT)],
       [("dock workers refusing overtime", 2400, ABOUT)])  # fmt: skip
A = "Postal workers in Glasgow walked out again this week over new delivery rounds."
B = "Over 700 of them marched to the city chambers on Wednesday."
within(THEM, [f"{A} {B}"], B,
       [("postal workers marching to the city chambers", 700, MORE)],
       [("postal workers walking out", 700, MORE), ("postal workers marching to the city chambers", 700, LEAST)])  # fmt: skip
A = "Teachers at the academy trust have worked to rule since the autumn term began."
B = "Roughly 250 of them signed an open letter to the trust's board."
within(THEM, [f"{A} {B}"], B,
       [("teachers signing the open letter", 250, ABOUT)],
       [("parents signing the open letter", 250, ABOUT)])  # fmt: skip
A = "Pilots employed by the regional carrier had been without a contract since 2023."
B = "At least 180 of them voted in favour of a walkout, their association said."
within(THEM, [f"{A} {B}"], B,
       [("pilots voting for a walkout", 180, LEAST), ("pilots voting in favour of a walkout", 180, LEAST)],
       [("pilots voting against a walkout", 180, LEAST)])  # fmt: skip
A = "Warehouse staff at the retailer's Swindon site have complained of heat for months."
B = "Some 320 of them reported heat exhaustion during the July heatwave."
within(THEM, [f"{A} {B}"], B,
       [("warehouse staff reporting heat exhaustion", 320, ABOUT)],
       [("warehouse staff complaining of heat", 320, ABOUT)])  # fmt: skip
A = "Junior doctors in the north-west say rotas have become unworkable."
B = "The union polled 5,000 members, and 3,100 of them backed industrial action."
within(THEM, [f"{A} {B}"], B,
       [],
       [("junior doctors backing industrial action", 5000, EXACT)])  # fmt: skip


# --- deadline-days: "within N days" is exact; "has N days to" in other words --------------

S = "The airline must present a rescue plan within 30 days, the court ruled."
counts(DEADLINE, [S], [("days to present a rescue plan", 30, EXACT), ("days to present a rescue plan", 30, UPTO)],
       [("days to present a rescue plan", 30, MORE), ("days to present a rescue plan", 30, ABOUT), ("days to present a rescue plan", 60, EXACT)])  # fmt: skip
S = "Under the order the company has to sell its stake within 90 days and report to the regulator within 14 days of the sale."
counts(DEADLINE, [S], [("days to report the sale", 14, EXACT)],
       [("days to report the sale", 90, EXACT), ("days to sell the stake", 14, EXACT)])  # fmt: skip
S = "Regulators told the bank to repay affected customers within 60 days of the ruling."
counts(DEADLINE, [S], [("days to repay customers", 60, EXACT)],
       [("days to repay customers", 60, LEAST)])  # fmt: skip
S = "Regulators told the lender to repay borrowers no later than 60 days after the ruling."
counts(DEADLINE, [S], [("days to repay borrowers", 60, UPTO)],
       [("days to repay borrowers", 60, LEAST)])  # fmt: skip
S = "Ofcom said the broadcaster must publish a corrected schedule within 10 days."
counts(DEADLINE, [S], [("days to publish a corrected schedule", 10, EXACT)],
       [("days to publish a corrected schedule", 10, LEAST), ("days to publish a corrected schedule", 20, EXACT)])  # fmt: skip
S = "Under the ruling, the landlord has to refund the deposits within 28 days of the tenants leaving."
counts(DEADLINE, [S], [("days to refund the deposits", 28, EXACT)],
       [("days to refund the deposits", 28, MORE)])  # fmt: skip
S = "The insurer must file its accounts within six weeks."
counts(DEADLINE, [S], [],
       [("days to file accounts", 6, EXACT)])  # fmt: skip

P = "Meta now has 45 days to tell the Commission how it will stop steering users to its own shopping service. Officials said the company must come up with a remedy that rivals can test."
E = "Meta now has 45 days to tell the Commission how it will stop steering users to its own shopping service."
within(DEADLINE, [P, "Meta said it would appeal the decision in Luxembourg."], E,
       [("days to propose a remedy", 45, EXACT)],
       [("days to lodge an appeal", 45, EXACT), ("days to propose a remedy", 45, MORE), ("days to propose a remedy", 30, EXACT)])  # fmt: skip
P = "The carrier was given 21 days to show the ministry how it would settle its debts with suppliers. Its creditors want a repayment schedule before they agree to anything."
E = "The carrier was given 21 days to show the ministry how it would settle its debts with suppliers."
within(DEADLINE, [P], E,
       [("days to submit a repayment schedule", 21, EXACT)],
       [("days to find a buyer", 21, EXACT), ("days to submit a repayment schedule", 21, ABOUT)])  # fmt: skip
P = "The operator has 30 days to explain the outage and 10 days to compensate customers, the watchdog said. It wants an explanation in writing."
E = "The operator has 30 days to explain the outage and 10 days to compensate customers, the watchdog said."
within(DEADLINE, [P], E,
       [("days to explain the outage", 30, EXACT), ("days to compensate customers", 10, EXACT)],
       [("days to compensate customers", 30, EXACT), ("days to explain the outage", 10, EXACT)])  # fmt: skip


# --- verb-object: the count's noun and verb are the number's in other words ----------------

S = "The union represents about 4,100 people at the group's three assembly plants in Ontario."
counts(OBJECT, [S], [("workers represented", 4100, ABOUT), ("members represented", 4100, ABOUT)],
       [("workers represented", 4100, EXACT), ("workers employed", 4100, ABOUT), ("plants represented", 4100, ABOUT)])  # fmt: skip
S = "Unite, which represents some 900 employees at the depot, called the offer an insult, while the company said it employs 2,300 staff across the city."
counts(OBJECT, [S], [("workers represented", 900, ABOUT), ("staff employed", 2300, EXACT)],
       [("workers represented", 2300, EXACT), ("staff employed", 900, ABOUT)])  # fmt: skip
S = "The firm employs roughly 12,000 people in Wales, the chief executive said."
counts(OBJECT, [S], [("workers employed", 12000, ABOUT), ("staff employed", 12000, ABOUT)],
       [("workers laid off", 12000, ABOUT), ("workers employed", 12000, MORE)])  # fmt: skip
S = "The plan affects nearly 700 people at the site, and the company will cut 150 jobs."
counts(OBJECT, [S], [("workers affected", 700, NEARLY)],
       [("workers affected", 150, EXACT), ("jobs affected", 700, NEARLY)])  # fmt: skip
S = "The federation, which represents around 60,000 people in hospitality, criticised the levy."
counts(OBJECT, [S], [("workers represented", 60000, ABOUT)],
       [("workers represented", 60000, LEAST), ("workers employed", 60000, ABOUT)])  # fmt: skip
S = "The pay deal will benefit more than 5,000 workers across the rail network."
counts(OBJECT, [S], [("staff benefited", 5000, MORE)],
       [("staff benefited", 5000, EXACT)])  # fmt: skip
S = "The strike fund supported 350 members last winter."
counts(OBJECT, [S], [("workers supported", 350, EXACT)],
       [("workers supported", 350, MORE), ("workers dismissed", 350, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
