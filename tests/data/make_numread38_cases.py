# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the set of session 38's house-style numbers (``grounding_numread38.jsonl``): a count
read as the page's own style writes it (``summarizer/verification/figures/house_numbers.py``,
``spoken_decimals.py``):

- ``designation``: a count followed by a model's three digits ("65 777-9s", "75 737 MAX
  jets", "12 787 Dreamliners", "27 911 GT3s") is the count, the digits a name; on a page that
  groups thousands with commas a space never groups them. Refused: the two read as one
  spaced-thousands number, the designation as a count, and on a page that groups thousands
  with spaces ("1 200 homes", "a crowd of 45 000", "2 400 Syrians") either group alone;
- ``magnitude-m``: a bare "m" glued to a number on a page whose money is written "€640m",
  "$1.2bn" is a million ("grew 6% to 48.2m", "9.6M users"). Refused: the bare number, another
  scale, and a length: "a 30m sea wall", "the 400m final", "30m high", "a depth of 40m",
  "a 20m-long", on a page with or without glued money;
- ``read-out``: digits read out as a script says them ("512 point three million dollars",
  "4 point two per cent", "98 dollars 40", "12 pounds 99 pence"). Refused: the pieces ("three
  million", 40), a price where the cents are a count of something else ("132 dollars 62
  times") and a weight ("7 pounds 6").

Run ``python tests/data/make_numread38_cases.py`` to rebuild it. Every sentence was written for
this set (airlines, carmakers, broadcasters, tours, farming, weather); each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numread38.jsonl")

built = SupportCases(
    "nr38",
    leads=[
        "TOULOUSE (Aero Wire) -",
        "By Maren Holt | The Tamar Gazette",
        "MARKETS DESK | The Wear Ledger",
        "From our Nairobi bureau, The Rift Courier.",
        "SEATTLE, Sound Post -",
        "Business desk, The Plover Times.",
    ],
)
MODEL, MILLION, SAID = "designation", "magnitude-m", "read-out"
PUBLISHED = "2025-11-20"
EXACT, ABOUT = "exact", "about"

counts = partial(built.count_cases, published=PUBLISHED)


def on_page(category: str, before: str, sentence: str, passes: Any, fails: Any) -> None:
    """A count backed by ``sentence`` on a page whose other paragraph ``before`` sets its style."""
    counts(category, [before, sentence], passes, fails, evidence=[sentence])


# --- designation: a count, then a model's digits -----------------------------------------------

S = "Emirates ordered 65 777-9s at the Dubai show on Monday."
counts(MODEL, [S], [("777-9s ordered", 65, EXACT)],
       [("777-9s ordered", 65777, EXACT), ("777-9s ordered", 777, EXACT)])  # fmt: skip
S = "Flydubai signed for 75 737 MAX jets, with rights to buy more later in the decade."
counts(MODEL, [S], [("737 MAX jets ordered", 75, EXACT)],
       [("737 MAX jets ordered", 75737, EXACT)])  # fmt: skip
S = "The carrier took delivery of 12 787 Dreamliners last year, two fewer than planned."
counts(MODEL, [S], [("Dreamliners delivered", 12, EXACT)],
       [("Dreamliners delivered", 12787, EXACT), ("Dreamliners delivered", 787, EXACT)])  # fmt: skip
S = "LOT leased 10 767-300s from an American lessor while its new jets are delayed."
counts(MODEL, [S], [("767-300 aircraft leased", 10, EXACT)],
       [("767-300 aircraft leased", 10767, EXACT)])  # fmt: skip
S = "Porsche recalled 27 911 GT3s over a fault in the rear-axle steering."
counts(MODEL, [S], [("cars recalled", 27, EXACT)],
       [("cars recalled", 27911, EXACT), ("cars recalled", 911, EXACT)])  # fmt: skip
S = "Ryanair's board approved plans to add 150 737 MAX 10s to the fleet by 2034."
counts(MODEL, [S], [("MAX 10 jets to be added", 150, EXACT)],
       [("MAX 10 jets to be added", 150737, EXACT)])  # fmt: skip
S = "Air India ordered 34 350-1000s and six 350-900s in a deal signed in Paris."
counts(MODEL, [S], [("A350-1000 jets ordered", 34, EXACT)],
       [("A350-1000 jets ordered", 34350, EXACT)])  # fmt: skip
S = "Saudia said it would take a further 20 787s once the first batch arrives."
counts(MODEL, [S], [("further 787s", 20, EXACT)],
       [("further 787s", 20787, EXACT)])  # fmt: skip
on_page(MODEL, "The group employs 12,400 people at four plants in Europe.",
        "It also ordered 20 320 aircraft from the Hamburg line for 2030.",
        [("aircraft ordered", 20, EXACT)], [("aircraft ordered", 20320, EXACT)])  # fmt: skip
S = "Kenya Airways ordered 4 787 Dreamliners to replace its oldest widebodies."
counts(MODEL, [S], [("Dreamliners ordered", 4, EXACT)],
       [("Dreamliners ordered", 4787, EXACT), ("Dreamliners ordered", 787, EXACT)])  # fmt: skip
S = "Turkish Airlines firmed up an order for 50 787-9s and said talks on 150 737 MAX jets were done."
counts(MODEL, [S], [("787-9s ordered", 50, EXACT), ("737 MAX jets under negotiation", 150, EXACT)],
       [("787-9s ordered", 150, EXACT), ("787-9s ordered", 50787, EXACT)])  # fmt: skip
S = "The lessor placed an order for 40 A321neos and 25 737-8s, its largest yet."
counts(MODEL, [S], [("737-8s ordered", 25, EXACT)],
       [("737-8s ordered", 40, EXACT), ("737-8s ordered", 25737, EXACT)])  # fmt: skip
S = "Some 1 200 homes were flooded when the river burst its banks overnight."
counts(MODEL, [S], [("homes flooded", 1200, ABOUT)],
       [("homes flooded", 1, ABOUT), ("homes flooded", 200, ABOUT)])  # fmt: skip
S = "A crowd of 45 000 watched the final under the lights in Lyon."
counts(MODEL, [S], [("crowd size", 45000, EXACT)],
       [("crowd size", 45, EXACT)])  # fmt: skip
S = "Border police said 2 400 Syrians crossed at the northern post on Sunday."
counts(MODEL, [S], [("Syrians who crossed", 2400, EXACT)],
       [("Syrians who crossed", 2, EXACT), ("Syrians who crossed", 400, EXACT)])  # fmt: skip
S = "In all, 12 000 Ukrainian troops have trained at the camp since the spring."
counts(MODEL, [S], [("troops trained", 12000, EXACT)],
       [("troops trained", 12, EXACT)])  # fmt: skip
on_page(MODEL, "The agency counted 3 600 arrivals in May, up from 2 900 in April.",
        "It registered 1 150 Eritreans in June alone.",
        [("Eritreans registered", 1150, EXACT)], [("Eritreans registered", 1, EXACT), ("Eritreans registered", 150, EXACT)])  # fmt: skip
S = "Boeing said the order is made up of 130 787 Dreamliners and 30 777-9s."
counts(MODEL, [S], [("787 Dreamliners ordered", 130, EXACT), ("777-9s ordered", 30, EXACT)],
       [("787 Dreamliners ordered", 130787, EXACT), ("777-9 jets ordered", 30777, EXACT)])  # fmt: skip


# --- magnitude-m: a bare "m" on a page of glued money ----------------------------------------

MONEY = "Operating profit rose to €640m on revenue of €3.1bn, the airline said."
on_page(MILLION, MONEY, "Passenger numbers climbed 6% to 48.2m over the summer.",
        [("passengers", 48_200_000, EXACT)], [("passengers", 48.2, EXACT), ("passengers", 48_200_000_000, EXACT)])  # fmt: skip
on_page(MILLION, MONEY, "It now expects to fly 215m passengers in the year to March.",
        [("passengers expected", 215_000_000, EXACT)], [("passengers expected", 215, EXACT), ("passengers expected", 251_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "The broadcaster paid £1.2bn for the rights, up from £950m.",
        "The corporation said 12.7m viewers watched the final.",
        [("viewers", 12_700_000, EXACT)], [("viewers", 12.7, EXACT), ("viewers", 127_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "Quarterly revenue reached $4.3bn, beating forecasts.",
        "Daily active users hit 9.6M, the company said.",
        [("daily active users", 9_600_000, EXACT)], [("daily active users", 9.6, EXACT)])  # fmt: skip
on_page(MILLION, "The chain booked a pre-tax loss of £36m for the half.",
        "Shoppers made some 31m visits to its stores, down from a year earlier.",
        [("store visits", 31_000_000, ABOUT)], [("store visits", 31, ABOUT)])  # fmt: skip
on_page(MILLION, "The harbour upgrade will cost £45m, the council said.",
        "The plan includes a 30m sea wall along the front.",
        [], [("sea walls", 30_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "The tower cost $820m to build.",
        "Its spire rises 30m high above the roof terrace.",
        [], [("spire height", 30_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "The dredging contract is worth €120m.",
        "Ships need a depth of 16m to reach the new berths.",
        [], [("depth needed", 16_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "The stadium's roof alone cost £210m.",
        "Each of the 20m-long trusses was lifted into place by crane.",
        [], [("trusses", 20_000_000, EXACT)])  # fmt: skip
on_page(MILLION, MONEY, "Bookings for the winter reached 19.5m, the airline added.",
        [("winter bookings", 19_500_000, EXACT)], [("winter bookings", 19.5, EXACT)])  # fmt: skip
on_page(MILLION, "The studio spent $300m making the game.",
        "It was downloaded 2.3m times in its first week.",
        [("downloads", 2_300_000, EXACT)], [("downloads", 2.3, EXACT), ("downloads", 23_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "The scheme will cost the Treasury £650m a year.",
        "Around 1.1m households will get the payment from April.",
        [("households getting the payment", 1_100_000, ABOUT)], [("households getting the payment", 1.1, ABOUT)])  # fmt: skip
on_page(MILLION, "Revenue rose to $2.7bn in the three months to September.",
        "The streamer added 5.1m subscribers in the quarter.",
        [("subscribers added", 5_100_000, EXACT)], [("subscribers added", 5.1, EXACT), ("subscribers added", 51_000_000, EXACT)])  # fmt: skip
on_page(MILLION, "Net profit came in at €820m for the half.",
        "Passenger traffic is now expected to rise by 3% to 206m.",
        [("expected passenger traffic", 206_000_000, EXACT)], [("expected passenger traffic", 206, EXACT)])  # fmt: skip
S = "The town will build a 30m sea wall to protect the harbour from storms."
counts(MILLION, [S], [], [("sea walls", 30_000_000, EXACT)])  # fmt: skip
S = "She won the 400m final in 49.2 seconds, a championship record."
counts(MILLION, [S], [], [("finals", 400_000_000, EXACT)])  # fmt: skip
S = "The new mast stands 300m tall on the ridge above the valley."
counts(MILLION, [S], [], [("mast height", 300_000_000, EXACT)])  # fmt: skip


# --- read-out: digits said as a script says them ----------------------------------------------

S = "Receipts came to 512 point three million dollars over the run, the promoter said."
counts(SAID, [S], [("receipts", 512_300_000, EXACT)],
       [("receipts", 3_000_000, EXACT), ("receipts", 512_000_000, EXACT)])  # fmt: skip
S = "Inflation was running at 4 point two per cent in October, the bureau said."
counts(SAID, [S], [("inflation rate, per cent", 4.2, EXACT)],
       [("inflation rate, per cent", 2, EXACT), ("inflation rate, per cent", 4, EXACT)])  # fmt: skip
S = "The average ticket went for 98 dollars 40, up from last year."
counts(SAID, [S], [("average ticket price, dollars", 98.4, EXACT)],
       [("average ticket price, dollars", 40, EXACT), ("average ticket price, dollars", 98, EXACT)])  # fmt: skip
S = "Seats in the upper tier sold for 45 euros 50 each."
counts(SAID, [S], [("upper-tier seat price, euros", 45.5, EXACT)],
       [("upper-tier seat price, euros", 50, EXACT)])  # fmt: skip
S = "The average fare was 12 pounds 99 pence on the route."
counts(SAID, [S], [("average fare, pounds", 12.99, EXACT)],
       [("average fare, pounds", 99, EXACT)])  # fmt: skip
S = "A day pass now costs 31 dollars 7 cents at the gate."
counts(SAID, [S], [("day pass cost, dollars", 31.07, EXACT)],
       [("day pass cost, dollars", 31.7, EXACT)])  # fmt: skip
S = "Takings at the festival reached 1 point eight billion rupees."
counts(SAID, [S], [("festival takings", 1_800_000_000, EXACT)],
       [("festival takings", 8_000_000_000, EXACT)])  # fmt: skip
S = "Unemployment fell to 3 point nine percent in March, the lowest in a decade."
counts(SAID, [S], [("unemployment rate, percent", 3.9, EXACT)],
       [("unemployment rate, percent", 9, EXACT)])  # fmt: skip
S = "The tour grossed 275 point five million, its promoter told listeners."
counts(SAID, [S], [("tour gross", 275_500_000, EXACT)],
       [("tour gross", 5_000_000, EXACT), ("tour gross", 275_000_000, EXACT)])  # fmt: skip
S = "The deficit came in at 62 point oh five billion dollars for the year."
counts(SAID, [S], [("deficit", 62_050_000_000, EXACT)],
       [("deficit", 62_500_000_000, EXACT)])  # fmt: skip
S = "He said he had paid 132 dollars 62 times over the year for parking."
counts(SAID, [S], [], [("parking charge, dollars", 132.62, EXACT)])  # fmt: skip
S = "The baby weighed 7 pounds 6 at birth, the hospital said."
counts(SAID, [S], [], [("birth weight, pounds", 7.06, EXACT), ("birth weight, pounds", 7.6, EXACT)])  # fmt: skip
S = "At 9 point two people were still missing, the fire service said."
counts(SAID, [S], [], [("people missing", 9.2, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
