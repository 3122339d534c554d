# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 35's review of numcues35 (``grounding_rvnc35.jsonl``): value-support
cases for counts English ties to their noun away from the number, written to break the readings
numcues35 added and to try the shapes beside them, by category, each with what must pass and
what must fail:

- ``partitive``: a part whose predicate follows its whole's noun ("Twelve of the 40 senators
  oppose the bill"), and the partitive's other wordings ("of whom", "among them", "out of",
  "Of the 230 delegates, 140 ..."). Refused: the whole for the part, a part of another noun
  in the same sentence;
- ``list-ellipsis``: a list's noun carried to later items. Refused: another item's number for
  an item's words, the head's number for a later item, a noun that changes mid-list (the
  later items carry the nearest noun, not the first);
- ``count-set``: a count noun set to a number ("put the number of X at N", "stood at", "the
  death toll climbed to", "a tally of", "the figure now stands at"). Refused: another count's
  number in a second clause, a number another subject stands at;
- ``compound-noun``: a number hyphen-joined to its noun ("a 40-bed home"). Refused: compounds
  that are no count ("a 10-year-old boy" as ten boys, "a two-thirds majority", "a 3-1 win");
- ``change-ends``: the earlier end of a change for a count that asks for it, the later end
  for one that does not ("revised up from", "versus", "from ... to" of two nouns).

Run ``python tests/data/make_rvnc35_cases.py`` to rebuild it. Every sentence is written for
this set (fictional outlets and people), in British and American styles; each verdict is what
a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvnc35.jsonl")

built = SupportCases(
    "rvnc35",
    leads=[
        "DUNMORE (Brackwater Wire) -",
        "By Tomasz Ellery | The Severn Almanac",
        "CITY DESK | The Ouseburn Courier",
        "OMAHA, Prairie Dispatch -",
        "From our Lyon bureau, The Saone Herald.",
    ],
)
PART, LIST, SET, COMPOUND, CHANGE = (
    "partitive",
    "list-ellipsis",
    "count-set",
    "compound-noun",
    "change-ends",
)
PUBLISHED = "2026-03-10"
EXACT, MORE, ABOUT, LEAST, UPTO = "exact", "more_than", "about", "at_least", "up_to"

counts = partial(built.count_cases, published=PUBLISHED)


# --- partitive ----------------------------------------------------------------------------

S = "Twelve of the 40 senators oppose the bill, according to a count by the Prairie Dispatch."
counts(PART, [S], [("senators opposing the bill", 12, EXACT)],
       [("senators opposing the bill", 40, EXACT)])  # fmt: skip
S = "Of the 230 delegates, 140 backed the motion on Saturday."
counts(PART, [S], [("delegates backing the motion", 140, EXACT)],
       [("delegates backing the motion", 230, EXACT)])  # fmt: skip
S = "The ferry carried 85 passengers, of whom 12 were children."
counts(PART, [S], [("passengers on the ferry", 85, EXACT), ("children on the ferry", 12, EXACT)],
       [("passengers on the ferry", 12, EXACT), ("children on the ferry", 85, EXACT)])  # fmt: skip
S = "Three of the 11 judges dissent from the ruling, and five of the 20 clerks signed a protest letter."
counts(PART, [S], [("judges dissenting from the ruling", 3, EXACT), ("clerks who signed a protest letter", 5, EXACT)],
       [("judges dissenting from the ruling", 5, EXACT), ("clerks who signed a protest letter", 3, EXACT), ("judges dissenting from the ruling", 11, EXACT), ("clerks who signed a protest letter", 20, EXACT)])  # fmt: skip
S = "Among the 60 workers, 14 remain in hospital."
counts(PART, [S], [("workers remaining in hospital", 14, EXACT)],
       [("workers remaining in hospital", 60, EXACT)])  # fmt: skip
S = "Out of 500 applicants, 45 win places each year."
counts(PART, [S], [("applicants winning places each year", 45, EXACT)],
       [("applicants winning places each year", 500, EXACT)])  # fmt: skip
S = "Nine of the 26 member states abstain, diplomats in Brussels said."
counts(PART, [S], [("member states abstaining", 9, EXACT)],
       [("member states abstaining", 26, EXACT)])  # fmt: skip
S = "The 30 hostages include eight children, the army said."
counts(PART, [S], [("hostages", 30, EXACT), ("children among the hostages", 8, EXACT)],
       [("hostages", 8, EXACT)])  # fmt: skip
S = "Only four of the 15 board members back the merger."
counts(PART, [S], [("board members backing the merger", 4, EXACT)],
       [("board members backing the merger", 15, EXACT)])  # fmt: skip
S = "Two of the 14 councillors vote against the budget every year."
counts(PART, [S], [("councillors voting against the budget", 2, EXACT)],
       [("councillors voting against the budget", 14, EXACT)])  # fmt: skip
S = "Seven of the 19 economists expect no change, while 12 of the 30 traders see a cut."
counts(PART, [S], [("economists expecting no change", 7, EXACT), ("traders seeing a cut", 12, EXACT)],
       [("economists expecting no change", 12, EXACT), ("traders seeing a cut", 7, EXACT), ("economists expecting no change", 19, EXACT)])  # fmt: skip


# --- list-ellipsis ------------------------------------------------------------------------

S = "Prosecutors filed nine counts of fraud, three of forgery and 17 of money laundering."
counts(LIST, [S], [("counts of forgery", 3, EXACT), ("counts of money laundering", 17, EXACT)],
       [("counts of forgery", 17, EXACT), ("counts of fraud", 3, EXACT), ("counts of money laundering", 9, EXACT)])  # fmt: skip
S = "There are 212 schools in Kent, 48 in Medway and 19 in Swale."
counts(LIST, [S], [("schools in Medway", 48, EXACT), ("schools in Swale", 19, EXACT)],
       [("schools in Medway", 19, EXACT), ("schools in Kent", 48, EXACT), ("schools in Swale", 212, EXACT)])  # fmt: skip
S = "The inspectors found 14 breaches of fire rules, six rats in the kitchen and three in the cellar."
counts(LIST, [S], [("rats in the cellar", 3, EXACT), ("breaches of fire rules", 14, EXACT)],
       [("breaches in the cellar", 3, EXACT), ("rats in the cellar", 6, EXACT)])  # fmt: skip
S = "Officials counted 40 deaths in Kano, 12 injuries in Kaduna and nine in Zaria."
counts(LIST, [S], [("injuries in Zaria", 9, EXACT), ("injuries in Kaduna", 12, EXACT)],
       [("deaths in Zaria", 9, EXACT), ("deaths in Kaduna", 12, EXACT), ("injuries in Zaria", 12, EXACT)])  # fmt: skip
S = "Sales reached 4,000 units in March, 5,200 in April and 6,100 in May."
counts(LIST, [S], [("units in May", 6100, EXACT)],
       [("units in May", 5200, EXACT), ("units in March", 6100, EXACT)])  # fmt: skip
S = "The party won 12 seats in the north, seven in the west; the Greens took three in the south."
counts(LIST, [S], [("seats in the west", 7, EXACT)],
       [("seats in the west", 12, EXACT), ("seats in the north", 7, EXACT)])  # fmt: skip
S = "Voters elected 12 members of the Green party, seven of Labour and three of the Liberal Democrats."
counts(LIST, [S], [],
       [("members of Labour", 3, EXACT), ("members of the Green party", 7, EXACT)])  # fmt: skip
S = "The clinic treated 310 patients in Tulsa and 95 in Enid, and hired 20 nurses in Tulsa."
counts(LIST, [S], [("patients in Enid", 95, EXACT)],
       [("patients in Enid", 20, EXACT), ("patients in Tulsa", 95, EXACT)])  # fmt: skip


# --- count-set ----------------------------------------------------------------------------

S = "The ministry put the number of jobs lost in the sector at 6,000 and the number of firms affected at 140."
counts(SET, [S], [("jobs lost in the sector", 6000, EXACT), ("firms affected", 140, EXACT)],
       [("jobs lost in the sector", 140, EXACT), ("firms affected", 6000, EXACT)])  # fmt: skip
S = "The council put the number of homeless families at 410; the number of rough sleepers stood at 35."
counts(SET, [S], [("homeless families", 410, EXACT), ("rough sleepers", 35, EXACT)],
       [("rough sleepers", 410, EXACT), ("homeless families", 35, EXACT)])  # fmt: skip
S = "The death toll climbed to 64 on Tuesday, and 210 people were injured."
counts(SET, [S], [("deaths", 64, EXACT), ("people injured", 210, EXACT)],
       [("deaths", 210, EXACT), ("people injured", 64, EXACT)])  # fmt: skip
S = "The party's own tally of signatures reached 14,500 by Friday, short of the 20,000 it needs."
counts(SET, [S], [("signatures collected", 14500, EXACT)],
       [("signatures collected", 20000, EXACT)])  # fmt: skip
S = "Police put the number of protesters at 5,000 and said 40 officers were hurt."
counts(SET, [S], [("protesters", 5000, EXACT), ("officers hurt", 40, EXACT)],
       [("protesters", 40, EXACT), ("officers hurt", 5000, EXACT)])  # fmt: skip
S = "Health officials set the number of confirmed cases at 212 and the number of deaths at nine."
counts(SET, [S], [("confirmed cases", 212, EXACT), ("deaths", 9, EXACT)],
       [("deaths", 212, EXACT), ("confirmed cases", 9, EXACT)])  # fmt: skip
S = "The Pentagon put the number of troops at 2,500, while 300 contractors stood at the base."
counts(SET, [S], [("troops", 2500, EXACT)],
       [("contractors", 2500, EXACT), ("troops", 300, EXACT)])  # fmt: skip
S = "Officials raised the number of missing climbers to 11, and rescuers found 4 bodies."
counts(SET, [S], [("missing climbers", 11, EXACT), ("bodies found", 4, EXACT)],
       [("missing climbers", 4, EXACT), ("bodies found", 11, EXACT)])  # fmt: skip
S = "The figure now stands at 3,100 patients waiting more than a year, the trust said."
counts(SET, [S], [("patients waiting more than a year", 3100, EXACT)],
       [("patients waiting more than a year", 1300, EXACT)])  # fmt: skip


# --- compound-noun ------------------------------------------------------------------------

S = "A grand jury returned a two-count indictment against the mayor on Thursday."
counts(COMPOUND, [S], [("counts in the indictment", 2, EXACT)],
       [("counts in the indictment", 3, EXACT)])  # fmt: skip
S = "Police said a 10-year-old boy and two adults were hurt in the crash."
counts(COMPOUND, [S], [("adults hurt", 2, EXACT)],
       [("boys hurt", 10, EXACT), ("people hurt", 10, EXACT)])  # fmt: skip
S = "The bill passed with a two-thirds majority of the 90 members."
counts(COMPOUND, [S], [("members", 90, EXACT)],
       [("members backing the bill", 2, EXACT), ("majority members", 2, EXACT)])  # fmt: skip
S = "Rovers sealed a 3-1 win in front of 4,000 fans."
counts(COMPOUND, [S], [("fans", 4000, EXACT)],
       [("fans", 3, EXACT), ("wins", 3, EXACT)])  # fmt: skip
S = "The 12-nation bloc agreed new tariffs on Monday."
counts(COMPOUND, [S], [("nations in the bloc", 12, EXACT)],
       [("nations in the bloc", 21, EXACT)])  # fmt: skip
S = "A 10-member panel, including three judges, will review the case."
counts(COMPOUND, [S], [("panel members", 10, EXACT), ("judges on the panel", 3, EXACT)],
       [("judges on the panel", 10, EXACT), ("panel members", 3, EXACT)])  # fmt: skip
S = "The council approved a 40-bed care home and a 12-storey tower."
counts(COMPOUND, [S], [("beds in the care home", 40, EXACT), ("storeys in the tower", 12, EXACT)],
       [("beds in the care home", 12, EXACT), ("storeys in the tower", 40, EXACT)])  # fmt: skip
S = "A 15-minute delay angered 200 passengers at Gatwick."
counts(COMPOUND, [S], [("passengers angered by the delay", 200, EXACT)],
       [("passengers angered by the delay", 15, EXACT)])  # fmt: skip
S = "A 24-hour strike by 3,000 drivers halted buses across the city."
counts(COMPOUND, [S], [("drivers on strike", 3000, EXACT)],
       [("drivers on strike", 24, EXACT), ("hours", 3000, EXACT)])  # fmt: skip
S = "The senator holds a 20-point lead among 800 likely voters."
counts(COMPOUND, [S], [("points in the lead", 20, EXACT), ("likely voters", 800, EXACT)],
       [("points in the lead", 800, EXACT), ("likely voters", 20, EXACT)])  # fmt: skip


# --- change-ends --------------------------------------------------------------------------

S = "The club revised its squad size up from 23 to 26 players."
counts(CHANGE, [S], [("players in the squad", 26, EXACT), ("players in the previous squad", 23, EXACT)],
       [("players in the squad", 23, EXACT), ("players in the previous squad", 26, EXACT)])  # fmt: skip
S = "Staff numbers rose to 320 from 260 a year earlier."
counts(CHANGE, [S], [("staff", 320, EXACT), ("staff a year earlier", 260, EXACT)],
       [("staff", 260, EXACT), ("staff a year earlier", 320, EXACT)])  # fmt: skip
S = "The school will cut classes to 25 pupils, down from the current 31."
counts(CHANGE, [S], [("pupils in current classes", 31, EXACT)],
       [("pupils in current classes", 25, EXACT)])  # fmt: skip
S = "Membership grew to 8,400, versus 7,900 a year earlier."
counts(CHANGE, [S], [("members", 8400, EXACT), ("members a year earlier", 7900, EXACT)],
       [("members a year earlier", 8400, EXACT), ("members", 7900, EXACT)])  # fmt: skip
S = "The league expanded from 18 clubs to 20 and cut its squad limit to 23 players from 25."
counts(CHANGE, [S], [("clubs in the league", 20, EXACT), ("clubs in the league previously", 18, EXACT), ("players in the squad limit", 23, EXACT)],
       [("clubs in the league", 18, EXACT), ("previous clubs in the league", 20, EXACT), ("players in the squad limit", 25, EXACT), ("players in the previous squad limit", 23, EXACT), ("previous clubs in the league", 25, EXACT)])  # fmt: skip
S = "The original 11 charges were cut to four in March."
counts(CHANGE, [S], [("original charges", 11, EXACT)],
       [("original charges", 4, EXACT), ("charges", 11, EXACT)])  # fmt: skip
S = "Turnout fell to 41,000 voters, from 52,000 in 2021."
counts(CHANGE, [S], [("voters", 41000, EXACT)],
       [("voters", 52000, EXACT)])  # fmt: skip
S = "The panel was expanded to 15 members from an initial nine."
counts(CHANGE, [S], [("initial members", 9, EXACT), ("members", 15, EXACT)],
       [("initial members", 15, EXACT), ("members", 9, EXACT)])  # fmt: skip
S = "Officials said the number of cases was revised up from 40 to 52."
counts(CHANGE, [S], [("cases", 52, EXACT), ("cases previously reported", 40, EXACT)],
       [("cases", 40, EXACT), ("cases previously reported", 52, EXACT)])  # fmt: skip
S = "Councillors voted to raise the number of wards from 21 to 24 from next May."
counts(CHANGE, [S], [("current wards", 21, EXACT)],
       [("current wards", 24, EXACT)])  # fmt: skip


# --- second round: wordings around the new readings ----------------------------------------

S = "The 30 passengers, among them nine children, were taken to a nearby hotel."
counts(PART, [S], [("passengers taken to a hotel", 30, EXACT), ("children taken to a hotel", 9, EXACT)],
       [("children taken to a hotel", 30, EXACT), ("passengers taken to a hotel", 9, EXACT)])  # fmt: skip
S = "Rescuers pulled 42 people from the rubble, including 11 children."
counts(PART, [S], [("people pulled from the rubble", 42, EXACT), ("children pulled from the rubble", 11, EXACT)],
       [("people pulled from the rubble", 11, EXACT)])  # fmt: skip
S = "Sixteen of the 48 lawmakers back the plan, while 20 of the 35 senators reject it."
counts(PART, [S], [("lawmakers backing the plan", 16, EXACT)],
       [("lawmakers backing the plan", 20, EXACT), ("senators rejecting the plan", 16, EXACT), ("senators rejecting the plan", 35, EXACT), ("lawmakers backing the plan", 48, EXACT)])  # fmt: skip
S = "The envoy began a two-country tour on Monday as 40 people died in the floods."
counts(COMPOUND, [S], [("people who died in the floods", 40, EXACT), ("countries on the tour", 2, EXACT)],
       [("people who died in the floods", 2, EXACT), ("counts", 2, EXACT)])  # fmt: skip
S = "Flooding hit a three-county area where 25 homes were lost."
counts(COMPOUND, [S], [("homes lost", 25, EXACT)],
       [("homes lost", 3, EXACT)])  # fmt: skip
S = "A 10-member panel of five men and five women will hear the appeal."
counts(COMPOUND, [S], [("panel members", 10, EXACT), ("men on the panel", 5, EXACT)],
       [("men on the panel", 10, EXACT), ("women on the panel", 10, EXACT)])  # fmt: skip
S = "The number of initial public offerings rose from 40 to 65 this year."
counts(CHANGE, [S], [("initial public offerings this year", 65, EXACT)],
       [("initial public offerings this year", 40, EXACT)])  # fmt: skip
S = "The number of defendants with prior convictions rose from 30 to 45 in 2025."
counts(CHANGE, [S], [("defendants with prior convictions in 2025", 45, EXACT)],
       [("defendants with prior convictions in 2025", 30, EXACT)])  # fmt: skip
S = "The number of care homes for old people in the county fell from 62 to 48."
counts(CHANGE, [S], [("care homes for old people", 48, EXACT)],
       [("care homes for old people", 62, EXACT), ("previous care homes for old people", 48, EXACT)])  # fmt: skip
S = "The tally of registered voters was revised up from 9,800 to 10,250 after a recount."
counts(SET, [S], [("registered voters", 10250, EXACT), ("registered voters previously counted", 9800, EXACT)],
       [("registered voters", 9800, EXACT), ("registered voters previously counted", 10250, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
