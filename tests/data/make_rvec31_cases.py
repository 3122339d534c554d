# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rvec31's set of an event's counts apart from their words
(``grounding_rvec31.jsonl``): the readings eventcounts31 landed in session 31 (an opening
whole and its part, "N of them" opening a sentence, a deadline's length, a verb and its
object), broken both ways, by category:

- ``whole-stretch``: other wordings of a whole ("Among the 40 passengers on the coach, 12 ...",
  "Out of 203 planned arrivals, 110 ...", "Of those aboard the ferry, 37 ...", a whole behind a
  place's clause or a spaced dash). Refused: the part for the whole and the reverse, a whole of
  another noun than the count's, a changed qualifier;
- ``them-opening``: "Some 300 of them", "Only 40 of them", "Twenty of them", "these", a part
  inside its sentence. Refused: "them" read as another group than the one it points at (the
  police of "Police dispersed the protesters. About 60 of them were arrested"; a handful
  cannot hold 500), the sentence before's own deed, a changed qualifier;
- ``deadline-days``: other wordings of a deadline ("inside 30 days", "within 30 working
  days", "within the next 90 days", "within 21 days or face ...", "no more than 60 days to",
  "has been given 28 days to"). Refused: a deadline's length for another deed of the
  paragraph ("has 30 days to respond to the notice" is no 30 days to fence off the site the
  next sentence wants), a length that is no deadline ("within 20 days" of a spread, a
  strike's length), another party's deadline, a changed qualifier;
- ``verb-object``: the number is its verb's object ("represents 12,000 bus drivers",
  "employed 8,000 people before the collapse", "employs just over 2,000 people"). Refused: the
  object of another verb of the sentence ("drivers employed" of "represents 12,000 bus
  drivers"), a part of the object ("most of them") in another sentence, a changed qualifier.

Run ``python tests/data/make_rvec31_cases.py`` to rebuild it. The texts are written for this
set (coach crashes, flight disruption, ferry fires, mine rescues, strikes, regulators'
orders, union disputes), in new words; each verdict is what a careful fact-checker reads in
the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvec31.jsonl")

built = SupportCases(
    "rvec31",
    leads=[
        "LYON (Rhone Dispatch) -",
        "By Tamsin Okafor | The Northern Ledger",
        "WORKPLACE | The Valley Courier",
        "Filed from Strasbourg for The Atlantic Digest.",
        "CHICAGO, Prairie Gazette -",
        "Metro desk, The Coastal Herald.",
    ],
)
WHOLE, THEM, DEADLINE, OBJECT = "whole-stretch", "them-opening", "deadline-days", "verb-object"
PUBLISHED = "2025-10-03"
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


# --- whole-stretch: other wordings of an opening whole, and its part ------------------------

S = "Among the 40 passengers on the coach, 12 were children, the operator said."
counts(WHOLE, [S], [("passengers on the coach", 40, EXACT), ("children on the coach", 12, EXACT)],
       [("children on the coach", 40, EXACT), ("passengers on the coach", 12, EXACT)])  # fmt: skip
S = "Out of 203 planned arrivals, 110 were diverted to Lyon because of fog."
counts(WHOLE, [S], [("planned arrivals", 203, EXACT), ("arrivals diverted to Lyon", 110, EXACT)],
       [("arrivals diverted to Lyon", 203, EXACT), ("planned arrivals", 110, EXACT)])  # fmt: skip
S = "Of those aboard the ferry when the fire broke out, 37 were treated in hospital."
counts(WHOLE, [S], [("people treated in hospital", 37, EXACT)],
       [("people aboard the ferry", 37, EXACT)])  # fmt: skip
S = "Of the 25 miners trapped underground since Tuesday, 19 have been brought to the surface alive."
counts(WHOLE, [S], [("miners trapped underground", 25, EXACT), ("miners brought to the surface alive", 19, EXACT)],
       [("miners brought to the surface alive", 25, EXACT), ("miners trapped underground", 19, EXACT)])  # fmt: skip
S = "Of the 120 lorries queuing at the crossing \u2014 most of them Polish-registered \u2014 45 were turned back."
counts(WHOLE, [S], [("lorries queuing at the crossing", 120, EXACT), ("lorries turned back", 45, EXACT)],
       [("lorries turned back", 120, EXACT)])  # fmt: skip
S = "Of the 48 patients on the ward, 30 were moved to a field hospital overnight."
counts(WHOLE, [S], [("patients on the ward", 48, EXACT)],
       [("nurses on the ward", 48, EXACT), ("patients moved to a field hospital", 48, EXACT)])  # fmt: skip
S = "In Rotterdam, of the 75 ships waiting at anchor, 20 were tankers."
counts(WHOLE, [S], [("ships waiting at anchor", 75, EXACT)],
       [("tankers waiting at anchor", 75, EXACT)])  # fmt: skip
S = "Of the roughly 1,500 homes left without power on Sunday night, about 900 were reconnected by noon."
counts(WHOLE, [S], [("homes left without power", 1500, ABOUT), ("homes reconnected", 900, ABOUT)],
       [("homes left without power", 900, ABOUT), ("homes left without power", 1500, EXACT)])  # fmt: skip
S = "Seven of the 32 climbers on the ridge turned back before the summit."
counts(WHOLE, [S], [("climbers on the ridge", 32, EXACT), ("climbers who turned back", 7, EXACT)],
       [("climbers who turned back", 32, EXACT)])  # fmt: skip
S = "Of the 1,900 ballots cast in the precinct, 212 were rejected, county officials said."
counts(WHOLE, [S], [("ballots cast in the precinct", 1900, EXACT), ("ballots rejected", 212, EXACT)],
       [("ballots rejected", 1900, EXACT), ("ballots cast in the precinct", 212, EXACT)])  # fmt: skip
S = "Among the 600 staff at the plant, 140 will lose their jobs under the plan."
counts(WHOLE, [S], [("staff at the plant", 600, EXACT)],
       [("staff losing their jobs", 600, EXACT)])  # fmt: skip


# --- them-opening: a part that takes its whole from the sentence before ---------------------

A = "Hospital porters employed by the contractor walked out on Tuesday."
B = "Some 300 of them gathered outside the main entrance at noon."
within(THEM, [f"{A} {B}"], B,
       [("porters gathering outside the entrance", 300, ABOUT)],
       [("porters walking out", 300, ABOUT), ("porters gathering outside the entrance", 300, EXACT)])  # fmt: skip
A = "Students at the college were offered free flu jabs this week."
B = "Only 40 of them took up the offer."
within(THEM, [f"{A} {B}"], B,
       [],
       [("students offered free flu jabs", 40, EXACT)])  # fmt: skip
A = "Police dispersed the protesters outside parliament on Saturday."
B = "About 60 of them were arrested for breaching the peace."
within(THEM, [f"{A} {B}"], B,
       [("protesters arrested", 60, ABOUT)],
       [("protesters dispersed", 60, ABOUT)])  # fmt: skip
A = "Farmers drove their tractors into the city centre on Monday as a handful of shoppers looked on."
B = "About 500 of them blocked the ring road for three hours."
within(THEM, [f"{A} {B}"], B,
       [("farmers blocking the ring road", 500, ABOUT)],
       [("farmers blocking the ring road", 500, MORE), ("farmers driving tractors into the city centre", 500, ABOUT)])  # fmt: skip
A = "Firefighters from four stations tackled the blaze at the recycling plant."
B = "Twenty of them were treated for heat exhaustion."
within(THEM, [f"{A} {B}"], B,
       [("firefighters treated for heat exhaustion", 20, EXACT)],
       [("firefighters tackling the blaze", 20, EXACT)])  # fmt: skip
A = "Flight attendants at the carrier authorized a strike in August."
B = "Roughly 9,000 of them picketed at 14 airports on Thursday."
within(THEM, [f"{A} {B}"], B,
       [("flight attendants picketing", 9000, ABOUT)],
       [("flight attendants authorizing a strike", 9000, ABOUT), ("pilots picketing", 9000, ABOUT)])  # fmt: skip
A = "Apprentices at the shipyard were promised permanent jobs in 2022."
B = "Just 12 of them have been taken on since."
within(THEM, [f"{A} {B}"], B,
       [("apprentices taken on", 12, EXACT)],
       [("apprentices promised permanent jobs", 12, EXACT)])  # fmt: skip
A = "Seasonal pickers on the farm are paid the minimum wage."
B = "More than 80 of these come from Romania, the owner said."
within(THEM, [f"{A} {B}"], B,
       [("seasonal pickers from Romania", 80, MORE)],
       [("seasonal pickers from Romania", 80, EXACT)])  # fmt: skip
A = "Families whose homes flooded in February are still living in hotels."
B = "The council said 70 of them had been offered flats."
within(THEM, [f"{A} {B}"], B,
       [("families offered flats", 70, EXACT)],
       [("families living in hotels", 70, EXACT)])  # fmt: skip
A = "Care workers at the county's homes voted to reject the pay award last month."
B = "Nearly 400 of them marched on county hall on Friday."
within(THEM, [f"{A} {B}"], B,
       [("care workers marching on county hall", 400, NEARLY)],
       [("care workers voting to reject the pay award", 400, NEARLY), ("care workers marching on county hall", 400, MORE)])  # fmt: skip

A = "Bin crews in Leeds have refused overtime since the new rota started."
B = "Around 150 of them joined a rally outside the civic hall on Tuesday."
within(THEM, [f"{A} {B}"], B,
       [("bin crews joining the rally", 150, ABOUT)],
       [("bin crews refusing overtime", 150, ABOUT), ("bin crews joining the rally", 150, LEAST)])  # fmt: skip
A = "Delivery riders in Marseille have protested against the app's new pay formula."
B = "Some 200 of these staged a go-slow across the city on Friday."
within(THEM, [f"{A} {B}"], B,
       [("delivery riders staging a go-slow", 200, ABOUT)],
       [("delivery riders protesting against the pay formula", 200, ABOUT)])  # fmt: skip


# --- deadline-days: other wordings of a deadline, and lengths of another deed ---------------

S = "The ministry must rule on the application inside 30 days, the judge said."
counts(DEADLINE, [S], [("days to rule on the application", 30, EXACT)],
       [("days to rule on the application", 30, MORE)])  # fmt: skip
S = "Tenants will have no more than 60 days to leave the building, the notice says."
counts(DEADLINE, [S], [("days to leave the building", 60, UPTO)],
       [("days to leave the building", 60, MORE), ("days to leave the building", 90, UPTO)])  # fmt: skip
S = "The employer must pay the arrears within 45 days of receiving the notice."
counts(DEADLINE, [S], [("days to pay the arrears", 45, EXACT)],
       [("days to pay the arrears", 45, LEAST)])  # fmt: skip
S = "The council must answer the complaint within 30 working days."
counts(DEADLINE, [S], [("working days to answer the complaint", 30, EXACT)],
       [("working days to answer the complaint", 30, MORE)])  # fmt: skip
S = "The buyer must complete the purchase within the next 90 days, the administrators said."
counts(DEADLINE, [S], [("days to complete the purchase", 90, EXACT)],
       [("days to complete the purchase", 90, ABOUT)])  # fmt: skip
S = "The platform must remove the posts within 21 days or face fines of up to 6% of turnover."
counts(DEADLINE, [S], [("days to remove the posts", 21, EXACT)],
       [("days to remove the posts", 21, MORE)])  # fmt: skip
S = "The club has been given 28 days to respond to the charge."
counts(DEADLINE, [S], [("days to respond to the charge", 28, EXACT)],
       [("days to respond to the charge", 28, MORE)])  # fmt: skip
S = "The strike lasted 45 days, and the company must reinstate the dismissed workers within 30 days."
counts(DEADLINE, [S], [("days to reinstate the workers", 30, EXACT), ("days the strike lasted", 45, EXACT)],
       [("days to reinstate the workers", 45, EXACT)])  # fmt: skip
S = "The company has 60 days to appeal and must pay the fine within 30 days."
counts(DEADLINE, [S], [("days to appeal", 60, EXACT), ("days to pay the fine", 30, EXACT)],
       [("days to pay the fine", 60, EXACT), ("days to appeal", 30, EXACT)])  # fmt: skip
S = "The virus spread to 12 countries within 20 days, the agency said."
counts(DEADLINE, [S], [],
       [("days the virus took to spread to 12 countries", 20, EXACT)])  # fmt: skip
P = "The developer has 30 days to respond to the enforcement notice. The council also wants the site fenced off."
E = "The developer has 30 days to respond to the enforcement notice."
within(DEADLINE, [P], E,
       [("days to respond to the notice", 30, EXACT)],
       [("days to fence off the site", 30, EXACT)])  # fmt: skip
P = "The driver was given 14 days to pay the penalty. He said he would appeal against it."
E = "The driver was given 14 days to pay the penalty."
within(DEADLINE, [P], E,
       [("days to pay the penalty", 14, EXACT)],
       [("days to appeal", 14, EXACT)])  # fmt: skip
P = "Apple now has 60 days to explain how it will open its payment chip to rival wallets. Regulators said access must be offered on fair terms."
E = "Apple now has 60 days to explain how it will open its payment chip to rival wallets."
within(DEADLINE, [P], E,
       [("days to explain how it will open the payment chip", 60, EXACT)],
       [("days to offer access on fair terms", 90, EXACT), ("days to explain how it will open the payment chip", 60, ABOUT)])  # fmt: skip
S = "The regulator has 45 days to decide, and the firm must respond within 15 days of any decision."
counts(DEADLINE, [S], [("days for the regulator to decide", 45, EXACT)],
       [("days for the regulator to decide", 15, EXACT)])  # fmt: skip


# --- verb-object: the number is the object of its verb --------------------------------------

S = "The union represents 12,000 bus drivers across London."
counts(OBJECT, [S], [("drivers represented", 12000, EXACT), ("bus drivers represented", 12000, EXACT)],
       [("drivers represented", 12000, MORE), ("drivers represented", 1200, EXACT)])  # fmt: skip
S = "The hospital trust employs more than 9,000 staff across its four sites."
counts(OBJECT, [S], [("workers employed", 9000, MORE), ("staff employed", 9000, MORE)],
       [("staff employed", 9000, EXACT)])  # fmt: skip
S = "Unite represents 5,500 cleaners at the airport, and the operator employs 14,000 workers there."
counts(OBJECT, [S], [("cleaners represented", 5500, EXACT), ("workers employed", 14000, EXACT)],
       [("workers represented", 14000, EXACT), ("cleaners employed", 5500, EXACT)])  # fmt: skip
S = "The retailer employed 8,000 people before the collapse."
counts(OBJECT, [S], [("workers employed", 8000, EXACT), ("people employed", 8000, EXACT)],
       [("workers dismissed", 8000, EXACT)])  # fmt: skip
S = "The company now employs just over 2,000 people in Belfast."
counts(OBJECT, [S], [("workers employed", 2000, MORE)],
       [("workers employed", 2000, EXACT)])  # fmt: skip
S = "The union represents about 3,200 people at the mill, and the owners laid off 400 of them last year."
counts(OBJECT, [S], [("workers represented", 3200, ABOUT)],
       [("workers represented", 400, EXACT), ("workers laid off", 3200, ABOUT)])  # fmt: skip
S = "The firm, which employs 450 people, said the fire had halted production."
counts(OBJECT, [S], [("workers employed", 450, EXACT)],
       [("workers evacuated", 450, EXACT)])  # fmt: skip
S = "About 7,000 workers are represented by the union at the carmaker's plants."
counts(OBJECT, [S], [("workers represented", 7000, ABOUT)],
       [("workers represented", 7000, EXACT)])  # fmt: skip
A = "The shipyard employs 3,000 people on the Clyde."
B = "The union says it represents most of them."
within(OBJECT, [f"{A} {B}"], B,
       [],
       [("workers represented", 3000, EXACT)])  # fmt: skip
S = "The union, which represents 5,000 nurses, said 3,000 people had signed its petition."
counts(OBJECT, [S], [("nurses represented", 5000, EXACT), ("people who signed the petition", 3000, EXACT)],
       [("people represented", 3000, EXACT)])  # fmt: skip
S = "The council houses about 900 people in temporary flats and employs 300 staff to run them."
counts(OBJECT, [S], [("people housed in temporary flats", 900, ABOUT), ("staff employed", 300, EXACT)],
       [("staff housed", 900, ABOUT), ("people employed", 900, ABOUT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
