# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 60's words of a change in percent set apart from the
percent (``grounding_rv60n.jsonl``, review rv60n of ct60;
:mod:`summarizer.verification.figures.change_phrases` and the lone change's subject in
:func:`summarizer.verification.counts.change_shares.change_cues`), at the edges of

- ``noun``: a noun of change and "of" before the percent ("a slide of 4%", "gains of 12
  percent", "a contraction of about 1.1 per cent"): the count of that change passes; another
  time's change ("up from growth of 2.4% a year earlier"), another thing's ("a fall of 3% in
  imports" for exports), the other direction and a noun that is no change ("a share of 9%",
  "a margin of 12%") stay refused;
- ``degree``: "as much as" between the word of change and the percent, in many wordings ("were
  down as much as 6%", "surged by as much as a fifth, or 21%"): the count "up to" passes; an
  exact count, the other direction, a change only feared ("could fall by as much as 5%") and
  the peak for a count of the close stay refused;
- ``off``: "N% off" a price or a value ("wiped 11% off the group's market value", "took 4% off
  the fare"): a fall passes; "off" that is no change ("grew 7% off a low base", "15% off-peak",
  "a 30% off sale" beside another change) stays refused;
- ``subject``: a lone change of the count's direction after another change of the same thing,
  joined by words the rule may not know ("before falling 3%", "after falling 3%", ", then fell
  3%", "only to fall 3%", "having fallen 3%"): the thing's own second change passes; another
  thing's change after the count's own ("while imports, hit by the strike, fell 3%") stays
  refused.

Run ``python tests/data/make_rv60n_cases.py`` to rebuild it. Every article below was written
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

OUT = Path(__file__).with_name("grounding_rv60n.jsonl")

built = SupportCases(
    "rv60n",
    leads=[
        "Filed by Morwen Tascott for the Quillon Herald",
        "OSTRAVEL, May 14 (Tarrow Business News) -",
        "MARKETS | The Brightwater Gazette",
        "The Sellick Post, money section.",
        "Kelderby Daily — Business",
    ],
)
NOUN, DEGREE, OFF, SUBJECT = "noun", "degree", "off", "subject"
noun = partial(built.count_cases, NOUN, published="2026-05-14")
degree = partial(built.count_cases, DEGREE, published="2026-05-14")
off = partial(built.count_cases, OFF, published="2026-05-14")
subject = partial(built.count_cases, SUBJECT, published="2026-05-14")

# --- noun ------------------------------------------------------------------------------------
noun(
    [
        "Tamsk Cement's shares ended the week with a slide of 4% after the regulator opened an inquiry."
    ],
    [("Tamsk share fall, percent", 4, "exact"), ("drop in Tamsk shares, percent", 4, "exact")],
    [("Tamsk share rise, percent", 4, "exact"), ("Tamsk share fall, percent", 14, "exact")],
)
noun(
    [
        "The Hallow Valley economy suffered a contraction of about 1.1 per cent in the winter quarter, the statistics board said."
    ],
    [
        ("fall in output, per cent", 1.1, "about"),
        ("decline in the economy, per cent", 1.1, "about"),
    ],
    [
        ("economic growth, per cent", 1.1, "about"),
        ("decline in the economy, per cent", 1.1, "exact"),
    ],
)
noun(
    ["Bus operators in Carrow reported gains of 12 percent in ridership after fares were frozen."],
    [("rise in ridership, percent", 12, "exact"), ("ridership growth, percent", 12, "exact")],
    [("fall in ridership, percent", 12, "exact")],
)
noun(
    [
        "Growth in the Selkirk region quickened to 3.1% last year, up from growth of 2.4% a year earlier."
    ],
    [("economic growth, percent", 3.1, "exact")],
    [("economic growth, percent", 2.4, "exact"), ("fall in growth, percent", 2.4, "exact")],
)
noun(
    [
        "Exports from Ravel port held steady in April, while imports showed a fall of 3% on the month."
    ],
    [("fall in imports, percent", 3, "exact")],
    [("fall in exports, percent", 3, "exact"), ("rise in imports, percent", 3, "exact")],
)
noun(
    [
        "Norrin Telecom kept a share of 9% of the mobile market and a margin of 12% on its fibre lines."
    ],
    [],
    [
        ("rise in Norrin market share, percent", 9, "exact"),
        ("fall in fibre margin, percent", 12, "exact"),
    ],
)
noun(
    [
        "Wages at the Dunloe plant saw an increase of just over 5 per cent under the new deal, the union said."
    ],
    [("rise in wages, per cent", 5, "more_than")],
    [("fall in wages, per cent", 5, "more_than"), ("rise in wages, per cent", 5, "less_than")],
)
noun(
    [
        "Catches of herring posted a decline of 18 percent, the fisheries office said, while mackerel landings were flat."
    ],
    [
        ("fall in herring catches, percent", 18, "exact"),
        ("decline in catches, percent", 18, "exact"),
    ],
    [
        ("rise in herring catches, percent", 18, "exact"),
        ("fall in mackerel landings, percent", 18, "exact"),
    ],
)
noun(
    ["Instead of the rise of 4% that traders had bet on, copper prices slipped 2% on Friday."],
    [("fall in copper prices, percent", 2, "exact")],
    [("rise in copper prices, percent", 4, "exact")],
)
noun(
    ["Electricity use in Brannock jumped by a rise of 7 percent over the heatwave, the grid said."],
    [("rise in electricity use, percent", 7, "exact")],
    [
        ("fall in electricity use, percent", 7, "exact"),
        ("rise in electricity use, percent", 17, "exact"),
    ],
)
noun(
    ["Sales at Harrick Books recorded a drop of roughly 9% in the spring, their worst since 2020."],
    [("fall in Harrick sales, percent", 9, "about")],
    [
        ("fall in Harrick sales, percent", 9, "exact"),
        ("rise in Harrick sales, percent", 9, "about"),
    ],
)
noun(
    ["The council approved a reduction of 6% in the parking levy and a 2% rise in bin charges."],
    [
        ("cut in parking levy, percent", 6, "exact"),
        ("fall in the parking levy, percent", 6, "exact"),
        ("rise in bin charges, percent", 2, "exact"),
    ],
    [
        ("rise in the parking levy, percent", 6, "exact"),
        ("fall in bin charges, percent", 2, "exact"),
    ],
)

# --- degree ----------------------------------------------------------------------------------
degree(
    ["Shares in Pollux Bank were down as much as 6% in Oslo before trimming the loss."],
    [("Pollux share fall, percent", 6, "up_to")],
    [("Pollux share fall, percent", 6, "exact"), ("Pollux share rise, percent", 6, "up_to")],
)
degree(
    ["Wheat futures surged by as much as 21% in a single week as the drought spread."],
    [("rise in wheat futures, percent", 21, "up_to")],
    [
        ("fall in wheat futures, percent", 21, "up_to"),
        ("rise in wheat futures, percent", 12, "up_to"),
    ],
)
degree(
    [
        "Analysts at Morrow Capital warn the town's house prices could fall by as much as 5% next year."
    ],
    [("expected fall in house prices, percent", 5, "up_to")],
    [("rise in house prices, percent", 5, "up_to")],
)
degree(
    ["Ardent Foods shares tumbled as much as 18% at the open, then closed 9% lower on the day."],
    [
        ("Ardent share fall at the close, percent", 9, "exact"),
        ("Ardent share fall, percent", 18, "up_to"),
    ],
    [
        ("Ardent share fall at the close, percent", 18, "exact"),
        ("Ardent share rise, percent", 9, "exact"),
        ("Ardent share fall, percent", 9, "up_to"),
    ],
)
degree(
    ["Prices of rapeseed oil climbed by nearly as much as 11% in March, traders said."],
    [("rise in rapeseed oil prices, percent", 11, "up_to")],
    [("fall in rapeseed oil prices, percent", 11, "up_to")],
)
degree(
    ["The lira gained as much as 1.9% against the dollar after the central bank's surprise move."],
    [("rise in the lira, percent", 1.9, "up_to")],
    [("fall in the lira, percent", 1.9, "up_to"), ("rise in the lira, percent", 1.9, "exact")],
)
degree(
    [
        "Water use in Emsford dropped as much as 25% during the ban, though it recovered within a fortnight."
    ],
    [("fall in water use, percent", 25, "up_to")],
    [("rise in water use, percent", 25, "up_to"), ("fall in water use, percent", 25, "exact")],
)
degree(
    [
        "Tenants in Larch Street pay as much as 40% of their income in rent, the housing charity found."
    ],
    [],
    [("rise in rents, percent", 40, "up_to"), ("fall in income, percent", 40, "up_to")],
)

degree(
    ["Cocoa prices rose as much as 7% on Monday and sugar futures were flat."],
    [("rise in cocoa prices, percent", 7, "up_to"), ("cocoa price rise, percent", 7, "up_to")],
    [("fall in cocoa prices, percent", 7, "up_to")],
)
degree(
    ["Brannic Shipping stock was off as much as 5.5% by midday after the port strike vote."],
    [
        ("Brannic share fall, percent", 5.5, "up_to"),
        ("fall in Brannic stock, percent", 5.5, "up_to"),
    ],
    [("Brannic share rise, percent", 5.5, "up_to")],
)

# --- off -------------------------------------------------------------------------------------
off(
    ["The profit warning wiped 11% off Corvel Group's market value within an hour."],
    [
        ("fall in Corvel market value, percent", 11, "exact"),
        ("Corvel value drop, percent", 11, "exact"),
    ],
    [("rise in Corvel market value, percent", 11, "exact")],
)
off(
    ["The rail operator took 4% off the price of season tickets for the summer."],
    [
        ("cut in season ticket prices, percent", 4, "exact"),
        ("fall in ticket prices, percent", 4, "exact"),
    ],
    [("rise in ticket prices, percent", 4, "exact")],
)
off(
    ["Turnover at Mennet Tools grew at 7% off a low base, the chief executive said."],
    [("rise in turnover, percent", 7, "exact")],
    [("fall in turnover, percent", 7, "exact")],
)
off(
    [
        "Fares on the Grayle line rose 4% in January, though riders can still buy tickets at 15% off-peak discounts."
    ],
    [("rise in fares, percent", 4, "exact")],
    [("fall in fares, percent", 15, "exact"), ("fall in fares, percent", 4, "exact")],
)
off(
    ["Shoppers queued for the 30% off sale at Danby's even as footfall in the mall rose 6%."],
    [("rise in footfall, percent", 6, "exact")],
    [("fall in footfall, percent", 30, "exact"), ("fall in footfall, percent", 6, "exact")],
)
off(
    ["The storm knocked 2.5% off the island's tourist arrivals in the quarter, the board said."],
    [("fall in tourist arrivals, percent", 2.5, "exact")],
    [
        ("rise in tourist arrivals, percent", 2.5, "exact"),
        ("fall in tourist arrivals, percent", 25, "exact"),
    ],
)
off(
    ["Weak demand shaved about 3 per cent off Liskard Dairy's milk price in March."],
    [("fall in milk price, per cent", 3, "about")],
    [("rise in milk price, per cent", 3, "about"), ("fall in milk price, per cent", 3, "exact")],
)
off(
    ["Revenue at Orrin Games climbed 6% off the back of two hit releases."],
    [("rise in Orrin revenue, percent", 6, "exact")],
    [("fall in Orrin revenue, percent", 6, "exact")],
)
off(
    ["Brent crude traded 8% off its March peak on Tuesday, while gas prices were 3% higher."],
    [("rise in gas prices, percent", 3, "exact")],
    [("fall in gas prices, percent", 8, "exact"), ("rise in Brent crude, percent", 8, "exact")],
)

# --- subject ---------------------------------------------------------------------------------
subject(
    ["Exports of wool rose 5% in the first half before falling 3% in the second."],
    [("fall in wool exports, percent", 3, "exact")],
    [("rise in wool exports, percent", 3, "exact")],
)
subject(
    ["Grain exports rose 6% in May after falling 4% in April, the ministry said."],
    [("fall in grain exports, percent", 4, "exact")],
    [("rise in grain exports, percent", 4, "exact")],
)
subject(
    [
        "Passenger numbers at Vell airport climbed 8% in June, then fell 2% in July as a runway shut."
    ],
    [("fall in passenger numbers, percent", 2, "exact")],
    [("rise in passenger numbers, percent", 2, "exact")],
)
subject(
    ["Home sales in Pardoe jumped 11% in the spring, only to drop 5% over the summer."],
    [("fall in home sales, percent", 5, "exact")],
    [("rise in home sales, percent", 5, "exact")],
)
subject(
    ["Factory orders rose 2% in March, having fallen 1.5% in February, the bureau said."],
    [("fall in factory orders, percent", 1.5, "exact")],
    [("rise in factory orders, percent", 1.5, "exact")],
)
subject(
    ["Lumber prices gained 9% in the quarter; in the final week, however, they shed 4%."],
    [("fall in lumber prices, percent", 4, "exact")],
    [("rise in lumber prices, percent", 4, "exact")],
)
subject(
    [
        "Exports of steel rose 5% while imports, hit by the dock strike, fell 3%, customs data showed."
    ],
    [("fall in steel imports, percent", 3, "exact")],
    [("fall in steel exports, percent", 3, "exact")],
)
subject(
    ["Car sales grew 7% in the region, whereas van registrations dropped 2% over the year."],
    [("fall in van registrations, percent", 2, "exact")],
    [("fall in car sales, percent", 2, "exact")],
)
subject(
    ["Deposits at Fenner Savings rose 4%; loans to farmers, by contrast, slipped 1%."],
    [("fall in farm loans, percent", 1, "exact")],
    [("fall in deposits, percent", 1, "exact")],
)
subject(
    ["Coal output rose 3% last year, but wind generation, held back by calm weather, declined 6%."],
    [("fall in wind generation, percent", 6, "exact")],
    [("fall in coal output, percent", 6, "exact")],
)
subject(
    ["Hotel bookings in Saltmere rose 12% in August and eased 2% in September."],
    [("fall in hotel bookings, percent", 2, "exact")],
    [("rise in hotel bookings, percent", 2, "exact")],
)

subject(
    [
        "Exports of tin rose 5% in the first half of the year, while imports fell 3% in the same months."
    ],
    [("fall in tin imports, percent", 3, "exact")],
    [
        ("fall in tin exports this year, percent", 3, "exact"),
        ("fall in tin exports, percent", 3, "exact"),
    ],
)
subject(
    [
        "Ticket sales at the Orlo theatre climbed 10% in the autumn, then season passes fell 4% in the winter."
    ],
    [("fall in season passes, percent", 4, "exact")],
    [("fall in ticket sales, percent", 4, "exact")],
)
subject(
    ["Exports of copper rose 5% while copper imports fell 3% on weaker smelting demand."],
    [("fall in copper imports, percent", 3, "exact")],
    [("fall in copper exports, percent", 3, "exact")],
)


def build_cases() -> list[dict[str, Any]]:
    """The cases, in order."""
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
