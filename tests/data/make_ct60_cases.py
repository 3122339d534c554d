# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 60's words of a change in percent set apart from the percent
(``grounding_ct60.jsonl``, false-alarm writer ct60;
:mod:`summarizer.verification.counts.change_phrases` and the lone change's subject in
:func:`summarizer.verification.counts.change_shares.change_cues`), at the edges of

- ``noun``: a count of a change in percent ("fall in fares, percent", "rise in rents, per
  cent") given by a noun of change and "of" before the percent ("a drop of nearly 17%",
  "growth of 9%", "an increase of about 4 per cent"), whose noun may differ from the count's
  in the same direction ("a drop" for a fall, "growth" for a rise), or by "N% off": it passes;
  the other direction, a share or stake that is no change ("a stake of 9%"), the count's
  qualifier against the hedge, a number the sentence does not state, a change in points for a
  count in per cent, another noun's change when both have their subject named, stay refused;
- ``degree``: the same told with "as much as" between the word of change and the percent ("up
  as much as 8%", "rose by as much as 14%", "sank as much as 13%"), as up to that percent: it
  passes; the other direction, an exact qualifier, and the peak for a count of the close
  ("fell as much as 12% ... before closing 8% lower": 8 is the close's, and stays so) stay
  refused;
- ``subject``: a lone change of a count's direction whose subject is another thing named
  before another percent ("Exports rose 5% while imports fell 3%": 3 is no fall in exports),
  refused, against the same count's change with its subject shared ("Sales grew 9% in 2024 and
  fell 3% in 2025"), told by a pronoun ("they slipped 0.1%") or by its own noun.

Run ``python tests/data/make_ct60_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ct60.jsonl")

built = SupportCases(
    "ct60",
    leads=[
        "By Ines Harrowgate | The Dunmere Ledger",
        "KASTELBURG (Fenwick Markets Wire) -",
        "Markets live | The Corrow Evening Post",
        "From our business desk, The Alder Bay Courier.",
    ],
)
NOUN, DEGREE, SUBJECT = "noun", "degree", "subject"
noun = partial(built.count_cases, NOUN, published="2026-05-12")
degree = partial(built.count_cases, DEGREE, published="2026-05-12")
subject = partial(built.count_cases, SUBJECT, published="2026-05-12")

# --- noun: "a drop of nearly 17%", "growth of 9%", "8% off" ----------------------------------
noun(
    [
        "Halvorsen Foods closed the session at 41.20 crowns against 49.60 crowns on Monday, a drop of nearly 17%."
    ],
    [
        ("Halvorsen share fall, percent", 17, "nearly"),
        ("fall in Halvorsen shares, percent", 17, "nearly"),
    ],
    [
        ("Halvorsen share rise, percent", 17, "nearly"),
        ("Halvorsen share fall, percent", 17, "exact"),
        ("Halvorsen share fall, percent", 18, "nearly"),
    ],
)
noun(
    ["Brennick Air reported passenger growth of 9% to a record 61 million travellers."],
    [("passenger growth, percent", 9, "exact"), ("rise in passengers, percent", 9, "exact")],
    [("fall in passengers, percent", 9, "exact")],
)
noun(
    [
        "Economists polled by the Tarn Institute had looked for a decline of 1.4 per cent in factory orders."
    ],
    [("expected fall in factory orders, per cent", 1.4, "exact")],
    [("expected rise in factory orders, per cent", 1.4, "exact")],
)
noun(
    [
        "Rents in the old town posted an increase of about 6 per cent over the year, the letting agents' federation said."
    ],
    [("rise in rents, per cent", 6, "about"), ("rent growth, per cent", 6, "about")],
    [("rise in rents, per cent", 6, "exact"), ("fall in rents, per cent", 6, "about")],
)
noun(
    [
        "The rumour of a recall knocked nearly 8% off Castellan Motors' shares, which are still 31% higher this year."
    ],
    [("Castellan share fall, percent", 8, "nearly")],
    [("Castellan share rise, percent", 8, "nearly")],
)
noun(
    ["Grocers in the valley are offering 20% off the list price of winter vegetables until March."],
    [("cut in vegetable prices, percent", 20, "exact")],
    [("rise in vegetable prices, percent", 20, "exact")],
)
noun(
    [
        "The harbour authority recorded a fall of 3.5% in container traffic, its second in a row, as two lines moved to Pellport."
    ],
    [
        ("decline in container traffic, percent", 3.5, "exact"),
        ("drop in container traffic, percent", 3.5, "exact"),
    ],
    [
        ("rise in container traffic, percent", 3.5, "exact"),
        ("decline in container traffic, percent", 2.5, "exact"),
    ],
)
noun(
    [
        "Orvane Mining holds a stake of 9% in the smelter, which it bought after a slide in its own shares last year."
    ],
    [],
    [("Orvane share fall, percent", 9, "exact")],
)
noun(
    [
        "Joblessness in the province stands at 6.1%, after a rise of 0.4 percentage points in the quarter."
    ],
    [],
    [
        ("rise in joblessness, percent", 0.4, "exact"),
        ("rise in joblessness, percent", 6.1, "exact"),
    ],
)
noun(
    [
        "Ticket sales at the Merrow Playhouse showed a jump of 12% in the spring season, while bar takings saw a dip of 4%."
    ],
    [("rise in ticket sales, percent", 12, "exact"), ("fall in bar takings, percent", 4, "exact")],
    [],
)
noun(
    [
        "Milk deliveries to the Coldwater dairy suffered a slump of 11 percent in the drought, the cooperative said on Tuesday."
    ],
    [("fall in milk deliveries, percent", 11, "exact")],
    [
        ("rise in milk deliveries, percent", 11, "exact"),
        ("fall in milk deliveries, percent", 1.1, "exact"),
    ],
)
noun(
    ["The insurer's board approved a hike of 7.5 per cent in premiums for drivers under 25."],
    [("premium increase, per cent", 7.5, "exact")],
    [("premium cut, per cent", 7.5, "exact")],
)

# --- degree: "up as much as 8%", "rose by as much as 14%" -------------------------------------
degree(
    [
        "Investors cheered the results, sending Quellan Group's shares up as much as 8% in Brussels on Thursday."
    ],
    [("share price rise, percent", 8, "up_to"), ("Quellan share rise, percent", 8, "up_to")],
    [("Quellan share rise, percent", 8, "exact"), ("Quellan share fall, percent", 8, "up_to")],
)
degree(
    ["Dravo Chemicals' stock sank as much as 13% minutes after the open in Frankfurt."],
    [("early fall, percent", 13, "up_to"), ("Dravo share fall, percent", 13, "up_to")],
    [("Dravo share rise, percent", 13, "up_to")],
)
degree(
    [
        "Shares of Pellam Robotics rose by as much as 14% on Wednesday, the biggest move since the company listed."
    ],
    [("Pellam share rise, percent", 14, "up_to")],
    [("Pellam share rise, percent", 14, "exact"), ("Pellam share fall, percent", 14, "up_to")],
)
degree(
    ["The announcement sent Kirrin Telecom stock up as much as 4.4% before lunch."],
    [("Kirrin share rise, percent", 4.4, "up_to")],
    [("Kirrin share rise, percent", 4.5, "up_to")],
)
degree(
    ["Garvey Steel's shares fell as much as 12% in early trading before closing 8% lower."],
    [("Garvey share fall at the close, per cent", 8, "exact")],
    [
        ("Garvey share fall at the close, per cent", 12, "exact"),
        ("Garvey share rise at the close, per cent", 8, "exact"),
    ],
)
degree(
    [
        "The cooperative's output dropped by as much as 20 percent in the worst-hit districts, its director said."
    ],
    [("fall in output, percent", 20, "up_to")],
    [("rise in output, percent", 20, "up_to"), ("fall in output, percent", 2, "up_to")],
)
degree(
    [
        "Traffic on the Lenner toll bridge climbed as much as 30% on the first weekend after the ferry was cancelled."
    ],
    [("rise in bridge traffic, percent", 30, "up_to")],
    [("fall in bridge traffic, percent", 30, "up_to")],
)
degree(
    [
        "The crown slid as much as 2.3% against the euro, then recovered to end the day little changed."
    ],
    [("fall in the crown, percent", 2.3, "up_to")],
    [("rise in the crown, percent", 2.3, "up_to")],
)

# --- subject: a lone change whose subject is another thing ----------------------------------
subject(
    [
        "Exports of timber rose 5% in the quarter while imports of paper fell 3%, the customs office said."
    ],
    [
        ("rise in timber exports, percent", 5, "exact"),
        ("fall in paper imports, percent", 3, "exact"),
    ],
    [("fall in timber exports, percent", 3, "exact")],
)
subject(
    [
        "Exports posted a rise of 5% while imports saw a drop of 3%, according to the statistics office."
    ],
    [("rise in exports, percent", 5, "exact"), ("fall in imports, percent", 3, "exact")],
    [("fall in exports, percent", 3, "exact")],
)
subject(
    [
        "Wool prices climbed 14% over the winter, but mutton prices dropped 6% as the abattoir in Ness closed."
    ],
    [("rise in wool prices, percent", 14, "exact"), ("fall in mutton prices, percent", 6, "exact")],
    [("fall in wool prices, percent", 6, "exact")],
)
subject(
    [
        "Bookings for the Sorrel Line rose 9% this summer, and cancellations on its night trains fell 2%."
    ],
    [("rise in bookings, percent", 9, "exact")],
    [("fall in bookings, percent", 2, "exact")],
)
subject(
    [
        "Organic sales at Mallow Brands grew 2.4 per cent in the year to June; on a reported basis they slipped 0.3 per cent."
    ],
    [
        ("decline in reported sales, per cent", 0.3, "exact"),
        ("fall in sales, per cent", 0.3, "exact"),
    ],
    [("rise in sales, per cent", 0.3, "exact")],
)
subject(
    ["Sales at the Fennick chain grew 9% in 2024 and fell 3% in 2025, its annual report shows."],
    [
        ("fall in sales in 2025, percent", 3, "exact"),
        ("rise in sales in 2024, percent", 9, "exact"),
    ],
    [("rise in sales in 2025, percent", 3, "exact")],
)
subject(
    ["Visitor numbers at the Arlen gallery showed growth of 18% in 2024 and a fall of 5% in 2025."],
    [
        ("fall in visitors in 2025, percent", 5, "exact"),
        ("rise in visitors in 2024, percent", 18, "exact"),
    ],
    [("rise in visitors in 2025, percent", 5, "exact")],
)
subject(
    ["Coal output fell 12% as two pits shut, while wind generation rose 21% on a stormy spring."],
    [
        ("fall in coal output, percent", 12, "exact"),
        ("rise in wind generation, percent", 21, "exact"),
    ],
    [
        ("rise in coal output, percent", 21, "exact"),
        ("fall in wind generation, percent", 12, "exact"),
    ],
)
subject(
    [
        "Profit at Tessel Bank jumped 25%, though lending to small firms shrank 4% over the same months."
    ],
    [("rise in profit, percent", 25, "exact"), ("fall in lending, percent", 4, "exact")],
    [("fall in profit, percent", 4, "exact"), ("rise in lending, percent", 25, "exact")],
)
subject(
    ["Membership of the Orrick union climbed 3% last year; it had dropped 2% the year before."],
    [("rise in membership, percent", 3, "exact")],
    [("fall in membership last year, percent", 3, "exact")],
)
subject(
    ["Rail freight rose 7% in March, and road haulage eased 1%, the transport ministry said."],
    [("rise in rail freight, percent", 7, "exact"), ("fall in road haulage, percent", 1, "exact")],
    [("fall in rail freight, percent", 1, "exact")],
)
subject(
    ["The recall notice knocked 6% off Brell Foods' shares, which are still 20% higher this year."],
    [("Brell share fall, percent", 6, "exact")],
    [("Brell share rise, percent", 6, "exact"), ("Brell share fall, percent", 20, "exact")],
)
subject(
    [
        "Shipyards reported a drop of 3% in orders, while repair contracts rose 2% over the same period."
    ],
    [("fall in orders, percent", 3, "exact"), ("rise in repair contracts, percent", 2, "exact")],
    [("fall in repair contracts, percent", 3, "exact")],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
