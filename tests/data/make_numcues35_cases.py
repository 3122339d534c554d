# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 35's count ties (``grounding_numcues35.jsonl``): value-support
cases for a count whose number English ties to its noun away from the cue window, by
category, each with what must pass and what must fail:

- ``partitive``: "Seven of the 19 policymakers see no further cuts" is seven policymakers
  seeing no further cuts (the predicate starts after the whole's plural noun when the clause
  has no auxiliary and no "-ed" verb; "see" says "seeing"); "Nine of the original 11 state
  charges remain" is nine charges remaining. Refused: the whole for a count the part's
  predicate names ("300 members who cast ballots" of "195 of the 300 members cast ballots"),
  the part for what the sentence does not say of it, a changed qualifier;
- ``list-ellipsis``: "nine counts of wounding, three of affray, 17 of assault" is 17 counts of
  assault; "2,300 nurses in Leeds, 1,100 in Hull" is 1,100 nurses in Hull. Refused: another
  item's number, the head alone for one item, a changed qualifier;
- ``count-set``: "put the number of jobs it will cut at 6,000", "the number of applicants
  stood at 1,250", "raised its estimate of the dead to 64": the number set counts the count
  noun's "of" phrase however far the verb. Refused: another count noun's number in the same
  sentence, a changed qualifier;
- ``compound-noun``: "a two-count indictment" is two counts, "a 10-member panel" ten panel
  members, "a 12-nation bloc" twelve nations. Refused: another number, a compound of another
  noun;
- ``change-ends``: a count whose words ask for the earlier end ("previous fee", "original
  charges", "last year's output", "a year earlier", "current fee" of a change still to come)
  is the value before the change and never the value after it; a count that asks for neither
  is the value after it, and "from 28 points to 19" makes 19 a count of points.

Run ``python tests/data/make_numcues35_cases.py`` to rebuild it. The texts are written for
this set (courts, central banks, job cuts, harvests, councils, sport, licences), in British
and American styles, in new words; each verdict is what a careful fact-checker reads in the
text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numcues35.jsonl")

built = SupportCases(
    "nc35",
    leads=[
        "LEEDS (Pennine Wire) -",
        "By Harriet Okafor | The Tamar Gazette",
        "COURTS DESK | The Fenland Record",
        "From our Frankfurt bureau, The Rhine Courier.",
        "CHICAGO, Lakefront Ledger -",
        "Markets desk, The Harbour Times.",
    ],
)
PART, LIST, SET, COMPOUND, CHANGE = (
    "partitive",
    "list-ellipsis",
    "count-set",
    "compound-noun",
    "change-ends",
)
PUBLISHED = "2025-10-15"
EXACT, MORE, ABOUT, LEAST, UPTO = "exact", "more_than", "about", "at_least", "up_to"

counts = partial(built.count_cases, published=PUBLISHED)


# --- partitive: the predicate after the whole's noun; the whole of a named part --------------

S = "Seven of the 19 policymakers see no further reductions this year."
counts(PART, [S], [("policymakers seeing no further reductions this year", 7, EXACT)],
       [("policymakers seeing no further reductions this year", 19, EXACT), ("policymakers seeing no further reductions this year", 7, MORE)])  # fmt: skip
S = "Nine of the original 11 state charges remain, among them two weapons counts."
counts(PART, [S], [("state charges remaining", 9, EXACT)],
       [("state charges remaining", 11, EXACT), ("state charges dismissed", 11, EXACT)])  # fmt: skip
S = "Only 195 of the 300 members cast ballots, and the motion lapsed."
counts(PART, [S], [("members who cast ballots", 195, EXACT)],
       [("members who cast ballots", 300, EXACT)])  # fmt: skip
S = "Eleven of the 27 governors favour a pause in October, according to the minutes."
counts(PART, [S], [("governors favouring a pause", 11, EXACT)],
       [("governors favouring a pause", 27, EXACT), ("governors favouring a pause", 11, ABOUT)])  # fmt: skip
S = "Four of the 12 jurors want a retrial, the foreman told the judge."
counts(PART, [S], [("jurors wanting a retrial", 4, EXACT)],
       [("jurors wanting a retrial", 12, EXACT)])  # fmt: skip
S = "About 40 of the 130 high-street shops stay shut on Sundays."
counts(PART, [S], [("shops staying shut on Sundays", 40, ABOUT)],
       [("shops staying shut on Sundays", 130, ABOUT), ("shops staying shut on Sundays", 40, EXACT)])  # fmt: skip
S = "Six of the 15 clubs oppose the new salary cap, the league confirmed on Monday."
counts(PART, [S], [("clubs opposing the salary cap", 6, EXACT)],
       [("clubs opposing the salary cap", 15, EXACT)])  # fmt: skip
S = "More than 200 of the 640 delegates support the motion to suspend the leader."
counts(PART, [S], [("delegates supporting the motion", 200, MORE)],
       [("delegates supporting the motion", 640, EXACT), ("delegates supporting the motion", 200, EXACT)])  # fmt: skip
S = "Three of the 10 wards remain without power after the storm."
counts(PART, [S], [("wards remaining without power", 3, EXACT)],
       [("wards remaining without power", 10, EXACT)])  # fmt: skip
S = "Twenty of the 48 bridges need urgent repairs, engineers said."
counts(PART, [S], [("bridges needing urgent repairs", 20, EXACT)],
       [("bridges needing urgent repairs", 48, EXACT), ("bridges closed", 20, EXACT)])  # fmt: skip
S = "Of the 90 tenants polled, 31 of the 90 households expect rent rises."
counts(PART, [S], [("households expecting rent rises", 31, EXACT)],
       [("households expecting rent rises", 90, EXACT)])  # fmt: skip


# --- list-ellipsis: the first item's noun carried to the later items ------------------------

S = "The pleas, for the record: nine counts of fraud, three of forgery, 17 of money laundering."
counts(LIST, [S], [("counts of money laundering", 17, EXACT), ("counts of forgery", 3, EXACT), ("counts of fraud", 9, EXACT)],
       [("counts of forgery", 17, EXACT), ("counts of money laundering", 3, EXACT), ("counts of forgery", 17, MORE)])  # fmt: skip
S = "He admitted six charges of theft, four of burglary and two of handling stolen goods."
counts(LIST, [S], [("charges of burglary", 4, EXACT), ("charges of handling stolen goods", 2, EXACT)],
       [("charges of burglary", 2, EXACT), ("charges of handling stolen goods", 4, EXACT), ("charges", 4, EXACT)])  # fmt: skip
S = "The union balloted 2,300 nurses in Leeds, 1,100 in Hull and 900 in York."
counts(LIST, [S], [("nurses in Hull", 1100, EXACT), ("nurses in York", 900, EXACT)],
       [("nurses in York", 1100, EXACT), ("nurses in Hull", 900, EXACT)])  # fmt: skip
S = "Inspectors found 14 breaches of fire rules, five of food hygiene rules and two of licensing conditions."
counts(LIST, [S], [("breaches of food hygiene rules", 5, EXACT), ("breaches of licensing conditions", 2, EXACT)],
       [("breaches of licensing conditions", 5, EXACT), ("breaches of food hygiene rules", 14, EXACT)])  # fmt: skip
S = "The jury convicted her on 11 counts of fraud; two of conspiracy."
counts(LIST, [S], [("counts of conspiracy", 2, EXACT)],
       [("counts of conspiracy", 11, EXACT), ("counts of conspiracy", 2, LEAST)])  # fmt: skip
S = "The charity runs 120 shelters in Texas, 85 in Ohio, 40 in Maine."
counts(LIST, [S], [("shelters in Ohio", 85, EXACT), ("shelters in Maine", 40, EXACT)],
       [("shelters in Maine", 85, EXACT), ("shelters in Ohio", 120, EXACT)])  # fmt: skip


# --- count-set: a count noun's "of" phrase set to a number ----------------------------------

S = "The latest is Corvane Systems, which on Tuesday put the number of jobs it will remove by 2027 at 6,000, citing weaker orders."
counts(SET, [S], [("jobs to be removed", 6000, EXACT)],
       [("jobs to be removed", 6000, MORE), ("jobs to be removed", 2027, EXACT)])  # fmt: skip
S = "Officials put the number of people displaced by the floods at about 12,000 on Friday, and the number of homes destroyed at 3,400."
counts(SET, [S], [("people displaced by the floods", 12000, ABOUT), ("homes destroyed", 3400, EXACT)],
       [("people displaced by the floods", 3400, EXACT), ("homes destroyed", 12000, ABOUT)])  # fmt: skip
S = "The number of registered applicants stood at 1,250 when the portal closed."
counts(SET, [S], [("registered applicants", 1250, EXACT)],
       [("registered applicants", 1250, ABOUT), ("registered applicants", 1520, EXACT)])  # fmt: skip
S = "The ministry raised its estimate of the dead to 64 late on Sunday."
counts(SET, [S], [("dead", 64, EXACT)],
       [("dead", 64, MORE), ("injured", 64, EXACT)])  # fmt: skip
S = "By Thursday the council had set the number of school places on offer at 480."
counts(SET, [S], [("school places on offer", 480, EXACT)],
       [("school places on offer", 840, EXACT)])  # fmt: skip
S = "Police estimated the number of marchers on Saturday at around 30,000, while organisers put the figure of those taking part at 55,000."
counts(SET, [S], [("marchers", 30000, ABOUT)],
       [("marchers", 55000, EXACT), ("marchers", 30000, EXACT)])  # fmt: skip
S = "Officials put the number of dead at 40 and injured at 120 after the blast."
counts(SET, [S], [("dead", 40, EXACT)],
       [("dead", 120, EXACT)])  # fmt: skip
S = "The toll of the dead from the landslide rose overnight to 23, the governor said."
counts(SET, [S], [("dead from the landslide", 23, EXACT)],
       [("dead from the landslide", 23, ABOUT)])  # fmt: skip

S = "Health officials have revised the number of confirmed cases to 212, up from Friday's figure."
counts(SET, [S], [("confirmed cases", 212, EXACT)],
       [("confirmed cases", 212, MORE)])  # fmt: skip
S = "The regulator pegged the number of flights cancelled on Monday at roughly 1,400."
counts(SET, [S], [("flights cancelled", 1400, ABOUT)],
       [("flights cancelled", 1400, MORE), ("flights cancelled", 1400, EXACT)])  # fmt: skip
S = "The tally of votes counted stood at 88,210 by midnight, with 4,100 postal ballots still to be opened."
counts(SET, [S], [("votes counted", 88210, EXACT)],
       [("votes counted", 4100, EXACT)])  # fmt: skip
S = "Rescuers said the number of climbers missing on the mountain had fallen to nine by dawn."
counts(SET, [S], [("climbers missing", 9, EXACT)],
       [("climbers missing", 9, ABOUT)])  # fmt: skip


# --- compound-noun: a number hyphen-joined to the count's noun ------------------------------

S = "A two-count indictment, unsealed on Friday, accuses the 41-year-old of bribery."
counts(COMPOUND, [S], [("counts", 2, EXACT), ("counts in the indictment", 2, EXACT)],
       [("counts", 3, EXACT), ("counts", 41, EXACT)])  # fmt: skip
S = "The board named a 10-member panel to review the bids by December."
counts(COMPOUND, [S], [("panel members", 10, EXACT), ("members of the review panel", 10, EXACT)],
       [("panel members", 12, EXACT), ("panel members", 10, MORE)])  # fmt: skip
S = "The 12-nation bloc agreed the text after a 14-hour session."
counts(COMPOUND, [S], [("nations in the bloc", 12, EXACT)],
       [("nations in the bloc", 14, EXACT)])  # fmt: skip
S = "Mayor Lena Ortiz unveiled a five-point plan for the waterfront on Tuesday."
counts(COMPOUND, [S], [("points in the plan", 5, EXACT)],
       [("points in the plan", 6, EXACT)])  # fmt: skip
S = "Prosecutors filed a 34-count complaint, the court's docket shows."
counts(COMPOUND, [S], [("counts in the complaint", 34, EXACT)],
       [("counts in the complaint", 43, EXACT)])  # fmt: skip
S = "Lawmakers approved a three-judge tribunal to hear the appeal."
counts(COMPOUND, [S], [("judges on the tribunal", 3, EXACT)],
       [("judges on the tribunal", 5, EXACT)])  # fmt: skip
S = "A six-week consultation on the 40-page draft opens in May."
counts(COMPOUND, [S], [("pages in the draft", 40, EXACT)],
       [("pages in the draft", 6, EXACT)])  # fmt: skip

S = "Voters on the island elected a new 61-seat assembly on Sunday."
counts(COMPOUND, [S], [("seats in the assembly", 61, EXACT)],
       [("seats in the assembly", 16, EXACT)])  # fmt: skip
S = "Brightwell Appliances has issued a 300-unit recall of its fan heaters."
counts(COMPOUND, [S], [("units recalled", 300, EXACT)],
       [("units recalled", 3000, EXACT)])  # fmt: skip


# --- change-ends: the earlier end for a count that asks for it -------------------------------

S = "They trimmed the draft plan from 28 points to 19, according to officials."
counts(CHANGE, [S], [("points in the draft plan before", 28, EXACT), ("points in the draft plan now", 19, EXACT), ("points in the original draft", 28, EXACT)],
       [("points in the draft plan before", 19, EXACT), ("points in the draft plan now", 28, EXACT), ("points in the original draft", 19, EXACT)])  # fmt: skip
S = "Households will pay £174.50 a year for a colour licence from next April, up from £169.50."
counts(CHANGE, [S], [("current colour licence fee in pounds", 169.5, EXACT), ("colour licence fee from April in pounds", 174.5, EXACT)],
       [("current colour licence fee in pounds", 174.5, EXACT), ("colour licence fee from April in pounds", 169.5, EXACT)])  # fmt: skip
S = "That rise took the fee from £159 to £169.50, a jump of £10.50."
counts(CHANGE, [S], [("previous fee in pounds", 159, EXACT)],
       [("previous fee in pounds", 169.5, EXACT)])  # fmt: skip
S = "Output at the Cordoba mill rose to 41,000 tonnes, up from 34,500 tonnes."
counts(CHANGE, [S], [("earlier output, tonnes", 34500, EXACT), ("output, tonnes", 41000, EXACT)],
       [("earlier output, tonnes", 41000, EXACT), ("output, tonnes", 34500, EXACT)])  # fmt: skip
S = "Nine of the original 11 state charges remain after Friday's ruling."
counts(CHANGE, [S], [("original state charges", 11, EXACT)],
       [("original state charges", 9, EXACT)])  # fmt: skip
S = "The province's harvest went from 205,387 tonnes to 469,562, the ministry said."
counts(CHANGE, [S], [("previous harvest, tonnes", 205387, EXACT), ("harvest, tonnes", 469562, EXACT)],
       [("previous harvest, tonnes", 469562, EXACT), ("harvest, tonnes", 205387, EXACT)])  # fmt: skip
S = "The committee lifted its staffing cap to 320 posts from 260 posts."
counts(CHANGE, [S], [("prior staffing cap, posts", 260, EXACT), ("staffing cap, posts", 320, EXACT)],
       [("prior staffing cap, posts", 320, EXACT)])  # fmt: skip
S = "In Limbani Park the toll fell from 198 in 2023 to 63 last year."
counts(CHANGE, [S], [("rhinos poached the year before", 198, EXACT)],
       [("rhinos poached last year", 198, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
