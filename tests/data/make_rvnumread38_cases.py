# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the set of session 38's review of numread38 (``grounding_rvnumread38.jsonl``): a
read-only reviewer's own cases, each verdict decided as a fact-checker reads the sentence
before any rule was run on it:

- ``designation``: a count before three digits that are a model's name ("40 787-9s") beside
  the thousands a European page groups with a space before a proper noun or a compound
  ("1 250 Britons", "3 750 Ukrainians", "2 150 US Marines", "a 2 500-strong crowd", "a 1
  200-page report", "the 52 500-seat stadium"): those are one number; a model the article
  does not name, another airline's or another model's count, are refused;
- ``magnitude-m``: a bare "m" on a page of glued money that is still a length where English
  gives no dimension word ("the 100m final", "runs 450m out to sea", "waves of 15m", "its
  220m main span", "spans 120m across"), beside real millions ("85m monthly users"); another
  currency's, another time's, another airline's million; free text that reads a length as
  millions;
- ``read-out``: a price said in a currency word with digits after, where the digits are a
  price of their own after a comma or semicolon ("25 euros, 12 per child", "20 dollars, 35,
  50 or 80"), another person's or another currency's price, and the read-out numbers that
  are right ("89 dollars 50", "210 point four million dollars").

The mended rule's wrong verdicts are fixed; what older rules get wrong is kept with its
verdict in the test's ``GAPS``. Run ``python tests/data/make_rvnumread38_cases.py`` to
rebuild it.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvnumread38.jsonl")

built = SupportCases(
    "rvnr38",
    leads=[
        "GENEVA (Alpine Wire) -",
        "By Tessa Marlow | The Severn Herald",
        "BUSINESS | The Ohio Ledger",
        "From our Montreal bureau, The Laurentian Post.",
        "DENVER, Front Range Tribune -",
        "Sport desk, The Kestrel Times.",
    ],
)
MODEL, MILLION, SAID = "designation", "magnitude-m", "read-out"
PUBLISHED = "2025-11-24"
EXACT, ABOUT = "exact", "about"

counts = partial(built.count_cases, published=PUBLISHED)


def on_page(category: str, before: str, sentence: str, passes: Any, fails: Any) -> None:
    """A count backed by ``sentence`` on a page whose other paragraph ``before`` sets its style."""
    counts(category, [before, sentence], passes, fails, evidence=[sentence])


def summary(category: str, expect: bool, paragraph: str, text: str, why: str) -> None:
    """A summary ``text`` over a page of ``paragraph``: nothing in it may be flagged."""
    built.free_text(category, expect, paragraph, text, why)


# --- designation: spaced thousands before a proper noun or a compound, and real models ---------

S = "Evacuation flights carried 1 250 Britons out of Khartoum over the weekend."
counts(MODEL, [S], [("Britons evacuated", 1250, EXACT)],
       [("Britons evacuated", 1, EXACT), ("Britons evacuated", 250, EXACT)])  # fmt: skip
S = "The ministry said 3 750 Ukrainians had applied for the scheme by Friday."
counts(MODEL, [S], [("Ukrainian applicants", 3750, EXACT)],
       [("Ukrainian applicants", 3, EXACT), ("Ukrainian applicants", 750, EXACT)])  # fmt: skip
S = "The Pentagon confirmed that 2 150 US Marines had arrived in the region."
counts(MODEL, [S], [("Marines deployed", 2150, EXACT)],
       [("Marines deployed", 2, EXACT)])  # fmt: skip
S = "A 2 650-strong crowd gathered outside the courthouse before the verdict."
counts(MODEL, [S], [("crowd size", 2650, EXACT)],
       [("crowd size", 2, EXACT), ("crowd size", 650, EXACT)])  # fmt: skip
S = "The commission published a 1 350-page report on the collapse on Thursday."
counts(MODEL, [S], [("pages in the report", 1350, EXACT)],
       [("pages in the report", 1, EXACT)])  # fmt: skip
S = "The 52 500-seat stadium will host the cup final in June."
counts(MODEL, [S], [("stadium capacity, seats", 52500, EXACT)],
       [("stadium capacity, seats", 52, EXACT)])  # fmt: skip
on_page(MODEL, "About 4 200 doctors stayed at work, the health board said.",
        "Union officials said 1 350 NHS nurses joined the walkout on Tuesday.",
        [("nurses on strike", 1350, EXACT)], [("nurses on strike", 1, EXACT), ("nurses on strike", 350, EXACT)])  # fmt: skip
S = "Organisers counted 2 450 Extinction Rebellion supporters in the square by noon."
counts(MODEL, [S], [("protesters counted", 2450, EXACT)],
       [("protesters counted", 2, EXACT)])  # fmt: skip
S = "Lufthansa has ordered 20 787-9s for delivery from 2027."
counts(MODEL, [S], [("787-9s ordered", 20, EXACT)],
       [("777-9s ordered", 20, EXACT), ("787-9s ordered", 20787, EXACT)])  # fmt: skip
S = "United ordered 40 787-9s and 50 A321neos in the deal announced on Wednesday."
counts(MODEL, [S], [("787-9s ordered", 40, EXACT), ("A321neos ordered", 50, EXACT)],
       [("787-9s ordered", 50, EXACT)])  # fmt: skip
S = "Emirates ordered 65 777-9s, while flydubai took 30 737 MAX jets."
counts(MODEL, [S], [("Emirates 777-9s ordered", 65, EXACT), ("flydubai 737 MAX jets", 30, EXACT)],
       [("Emirates 777-9s ordered", 30, EXACT), ("flydubai 737 MAX jets", 65, EXACT)])  # fmt: skip
S = "Boeing delivered 14 787s in May, down from 22 a year earlier."
counts(MODEL, [S], [("787s delivered in May", 14, EXACT)],
       [("787s delivered in May", 22, EXACT), ("787s delivered in May", 14787, EXACT)])  # fmt: skip
S = "Delta will retire 18 757-200s next year and keep its 767s flying until 2030."
counts(MODEL, [S], [("757-200s to retire", 18, EXACT)],
       [("767s to retire", 18, EXACT)])  # fmt: skip
S = "The freighter, carrying 12 700 tonnes of grain, docked at Mombasa."
counts(MODEL, [S], [("tonnes of grain", 12700, EXACT)],
       [("tonnes of grain", 12, EXACT)])  # fmt: skip


# --- magnitude-m: a bare "m" on a page of glued money that is still a length --------------------

on_page(MILLION, "The Olympic park cost £9.3bn to build.",
        "She won the 100m final in 10.72 seconds, a personal best.",
        [("race distance, metres", 100, EXACT)], [("race distance, metres", 100_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "The new pier cost £38m, the council said.",
        "It runs 450m out to sea from the promenade.",
        [("pier length, metres", 450, EXACT)], [("pier length, metres", 450_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "Flood defences along the coast will cost £120m.",
        "Waves of 15m battered the harbour wall on Sunday night.",
        [("wave height, metres", 15, EXACT)], [("wave height, metres", 15_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "The crossing was built for $1.6bn.",
        "Its 220m main span is the longest in the state.",
        [("main span, metres", 220, EXACT)], [("main span, metres", 220_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "The leisure centre's refit cost €24m.",
        "Swimmers will have the 50m pool to themselves before 8am.",
        [("pool length, metres", 50, EXACT)], [("pool length, metres", 50_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "The geyser park drew visitors who spent $310m last year.",
        "The jet of water shot 40m into the air.",
        [("jet height, metres", 40, EXACT)], [("jet height, metres", 40_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "Quarterly revenue rose to $4.1bn, the company said.",
        "The app now has 85m monthly users, up from 71m a year ago.",
        [("monthly users", 85_000_000, EXACT)], [("monthly users", 85, EXACT), ("monthly users", 71_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "The airport made a profit of €820m on revenue of €3.2bn.",
        "It handled 57.9m passengers in the year, up from 55.1m.",
        [("passengers handled", 57_900_000, EXACT)], [("passengers handled", 55_100_000, EXACT), ("passengers handled", 579_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "The club paid £45m for the striker in August.",
        "It also spent 12m on a defender from Lisbon.",
        [("defender's fee, pounds", 12_000_000, EXACT)], [("defender's fee, euros", 12_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "Ryanair reported net profit of €1.9bn for the year.",
        "It flew 183m passengers while easyJet flew 89m.",
        [("Ryanair passengers", 183_000_000, EXACT)], [("Ryanair passengers", 89_000_000, EXACT)])  # fmt: skip
summary(MILLION, True, "The airport made a profit of €820m. Passenger numbers grew 4% to 57.9m.",
        "Passenger numbers at the airport rose 4% to 57.9 million.", "57.9m on a page of glued money: 57.9 million")  # fmt: skip
summary(MILLION, True, "The broadcaster paid £1.2bn for the rights. The final drew 12.7m viewers.",
        "The final was watched by 12.7 million viewers.", "12.7m viewers on a page of glued money")  # fmt: skip
summary(MILLION, False, "The stadium cost £410m to build. Its roof spans 120m across the pitch.",
        "The stadium's roof cost 120 million.", "120m across the pitch is a length, not a sum")  # fmt: skip
summary(MILLION, False, "The Olympic park cost £9.3bn. She won the 100m final in record time.",
        "She won a final worth 100 million.", "the 100m final is a race's length")  # fmt: skip
summary(MILLION, False, "The harbour works cost $640m. Waves of 15m hit the wall.",
        "Waves worth 15 million hit the harbour wall.", "waves of 15m are metres")  # fmt: skip
summary(MILLION, False, "The museum's extension cost €95m. The new gallery is 60m in length.",
        "The new gallery cost 60 million euros.", "60m in length is a length")  # fmt: skip


# --- read-out: a price said in words and digits ------------------------------------------------

S = "Tickets for the opening night were priced at 89 dollars 50."
counts(SAID, [S], [("opening-night ticket price, dollars", 89.5, EXACT)],
       [("opening-night ticket price, dollars", 50, EXACT), ("opening-night ticket price, euros", 89.5, EXACT)])  # fmt: skip
S = "The set menu came to 23 euros 80, service included."
counts(SAID, [S], [("set menu price, euros", 23.8, EXACT)],
       [("set menu price, euros", 80, EXACT)])  # fmt: skip
S = "Entry to the fair is 25 euros, 12 per child under ten."
counts(SAID, [S], [("adult entry price, euros", 25, EXACT), ("child entry price, euros", 12, EXACT)],
       [("adult entry price, euros", 25.12, EXACT)])  # fmt: skip
S = "Seats cost 20 dollars, 35, 50 or 80 depending on the tier."
counts(SAID, [S], [("cheapest seat, dollars", 20, EXACT), ("second-tier seat, dollars", 35, EXACT)],
       [("cheapest seat, dollars", 20.35, EXACT)])  # fmt: skip
S = "Adult passes are 40 dollars; 15 each for students."
counts(SAID, [S], [("adult pass price, dollars", 40, EXACT), ("student pass price, dollars", 15, EXACT)],
       [("adult pass price, dollars", 40.15, EXACT)])  # fmt: skip
S = "She paid 45 euros 50 for her seat and her brother paid 60 euros."
counts(SAID, [S], [("her seat price, euros", 45.5, EXACT), ("her brother's seat price, euros", 60, EXACT)],
       [("her brother's seat price, euros", 45.5, EXACT)])  # fmt: skip
S = "Gross receipts reached 210 point four million dollars, the studio told reporters."
counts(SAID, [S], [("gross receipts, dollars", 210_400_000, EXACT)],
       [("gross receipts, dollars", 4_000_000, EXACT), ("gross receipts, euros", 210_400_000, EXACT)])  # fmt: skip
S = "A pint at the ground now costs 6 pounds 20 pence, up from 5 pounds 40 pence."
counts(SAID, [S], [("pint price, pounds", 6.2, EXACT)],
       [("pint price, pounds", 5.4, EXACT), ("pint price, pounds", 20, EXACT)])  # fmt: skip
S = "Fuel was selling at 3 dollars 20 per gallon on the interstate."
counts(SAID, [S], [("fuel price per gallon, dollars", 3.2, EXACT)],
       [("fuel price per gallon, dollars", 20, EXACT)])  # fmt: skip
S = "The council unveiled its 14 point plan for the high street on Monday."
counts(SAID, [S], [("points in the plan", 14, EXACT)],
       [("points in the plan", 14.5, EXACT)])  # fmt: skip
S = "Brent crude rose 2 point five dollars to close the week."
counts(SAID, [S], [("rise in Brent, dollars", 2.5, EXACT)],
       [("rise in Brent, dollars", 5, EXACT)])  # fmt: skip
S = "Lunch boxes are 8 dollars, 5 for members, the club said."
counts(SAID, [S], [("lunch box price, dollars", 8, EXACT), ("member lunch box price, dollars", 5, EXACT)],
       [("lunch box price, dollars", 8.05, EXACT)])  # fmt: skip
S = "He paid 300 dollars 2 years ago for the same repair."
counts(SAID, [S], [("repair cost, dollars", 300, EXACT)],
       [("repair cost, dollars", 300.02, EXACT)])  # fmt: skip


# --- magnitude-m (gfr40n, session 40): a length in metres read as its number -----------------

on_page(MILLION, "The marina upgrade cost £14m in all.",
        "The harbour wall now stands 9m high after the repairs.",
        [("harbour wall height, metres", 9, EXACT)],
        [("harbour wall height, metres", 9_000_000, EXACT), ("harbour wall height, metres", 19, EXACT), ("harbour wall repairs, £m", 9, EXACT)])  # fmt: skip
on_page(MILLION, "The club spent €65m on its new training ground.",
        "Groundsmen laid a 70m pitch beside the main stand.",
        [("pitch length, metres", 70, EXACT)],
        [("pitch length, metres", 7, EXACT), ("pitch width, metres", 70, "less_than")])  # fmt: skip
on_page(MILLION, "Tunnel works will cost $2.4bn, the transit agency said.",
        "Its 300m ventilation shaft reaches down to the old seam.",
        [("ventilation shaft depth, metres", 300, EXACT)],
        [("ventilation shaft depth, metres", 300_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "The ski resort's owners put £80m into new lifts.",
        "The new cable car climbs to an altitude of 2400m above the village.",
        [("altitude reached by the cable car, metres", 2400, EXACT)],
        [("altitude reached by the cable car, metres", 2400, "more_than")])  # fmt: skip


# --- read-out (gfr40n, session 40): digits, "point", digit words, then a currency ------------

S = "The stock fell 3 point two dollars in early trade on Thursday."
counts(SAID, [S], [("fall in the stock, dollars", 3.2, EXACT)],
       [("fall in the stock, dollars", 2, EXACT), ("fall in the stock, dollars", 3, EXACT)])  # fmt: skip
S = "A season ticket rose by 4 point five euros this year, the club confirmed."
counts(SAID, [S], [("season ticket rise, euros", 4.5, EXACT)],
       [("season ticket rise, euros", 5, EXACT)])  # fmt: skip
S = "The parking fine was cut 9 point nine pounds after the appeal."
counts(SAID, [S], [("cut to the parking fine, pounds", 9.9, EXACT)],
       [("cut to the parking fine, pounds", 9, EXACT)])  # fmt: skip
S = "Gold futures added 6 point one five dollars by the close."
counts(SAID, [S], [("gain in gold futures, dollars", 6.15, EXACT)],
       [("gain in gold futures, dollars", 5, EXACT), ("gain in gold futures, dollars", 6.1, EXACT)])  # fmt: skip


# --- magnitude-m (gcn41b, session 41): a measure in the unit the count names after its comma -
# is the count's with no noun of it beside the number, when it is its sentence's only number
# in that unit and no word after it gives it another dimension ("9m high" is no length)

on_page(MILLION, "The county spent £6m on the new coastal path.",
        "Walkers can now follow it for 12km along the cliffs.",
        [("coastal path length, kilometres", 12, EXACT)],
        [("coastal path length, kilometres", 12_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "The new indoor arena cost €410m.",
        "She took gold from the 10m board on the final night.",
        [("platform height, metres", 10, EXACT)],
        [("platform height, metres", 10, "more_than")])  # fmt: skip
on_page(MILLION, "The rail upgrade cost $3.1bn and took four years.",
        "Trains on the rebuilt line now run at 200 km/h between the two cities.",
        [("maximum speed, km/h", 200, EXACT)],
        [("maximum speed, km/h", 20, EXACT)])  # fmt: skip
on_page(MILLION, "The haulier lost £2m last year.",
        "The lorry that overturned was hauling 24 tonnes when it left the depot.",
        [("load, tonnes", 24, EXACT)],
        [("load, tonnes", 2, EXACT)])  # fmt: skip
on_page(MILLION, "The county spent £6m on the new coastal path.",
        "The route climbs 300m over its first 12km.",
        [("route length, kilometres", 12, EXACT)],
        [("route length, kilometres", 300, EXACT)])  # fmt: skip
on_page(MILLION, "The new indoor arena cost €410m.",
        "She took gold from the 10m board, a year after bronze from the 3m springboard.",
        [],
        [("platform height, metres", 3, EXACT)])  # fmt: skip
on_page(MILLION, "The marina upgrade cost £14m in all.",
        "It stands 9m high above the low-tide mark.",
        [],
        [("jetty length, metres", 9, EXACT)])  # fmt: skip
on_page(MILLION, "The rail upgrade cost $3.1bn and took four years.",
        "Trains on the rebuilt line ran at 200 km/h for 40 minutes in the trial.",
        [],
        [("maximum speed, km/h", 40, EXACT)])  # fmt: skip
on_page(MILLION, "The county spent £6m on the new coastal path.",
        "Walkers can now follow it for 12km, 3km more than before.",
        [],
        [("coastal path length, kilometres", 3, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
