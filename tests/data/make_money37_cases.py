# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 37's sums of money (``grounding_money37.jsonl``): value-support
cases for counts of money in the forms news copy writes them:

- ``gloss``: a sum converted in brackets right after the sum ("values it at £10 billion ($13.5
  billion)", "250 million pesos ($5.6 million)", "(about US$6.5 billion)", "(roughly €1.1bn)")
  has the first sum's role, so either currency's amount passes for a count naming that
  currency (``summarizer/verification/figures/money_glosses.py``). Refused: the converted sum
  for a count naming the first sum's currency (pounds, "Canadian dollars" beside "C$"), a
  number the page does not state, a sum in brackets that is a part or an earlier value rather
  than a conversion ("(£4 billion of it in loans)", "(up from $9 billion)");
- ``lettered``: the qualifier of a sum in lettered dollars stands before the letters ("about
  US$40 billion", "up to A$10 billion", "nearly NZ$2 billion"). Refused: another qualifier
  than the page's, the exact amount for an approximate one;
- ``range-scale``: a range whose second bound alone writes the scale ("between 1 and 1.5
  billion euros", "2 to 3 million people", "10-15 million") reads the first bound at that
  scale, as the range's lower bound. Refused: the first bound as an exact amount, the
  first bound unscaled, a first bound no smaller than the second's number ("500 to 1.5
  million" is 500, not 500 million);
- ``range-end``: a count labelled the lowest or highest cost or price of a range is that end
  exactly ("would cost between 1 and 1.5 billion euros" for "lowest cost"). Refused: the
  other end, a minimum wage's range (a label naming no end);
- ``before-label``: a count whose label closes with "before" and then its unit ("defence
  budget before, euros") asks for the value before the change. Refused: the value after it.

Run ``python tests/data/make_money37_cases.py`` to rebuild it. The texts are written for this
set (defence deals, aviation, mergers, budgets, aid), in new words; each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_money37.jsonl")

built = SupportCases(
    "mo37",
    leads=[
        "LONDON (Thameside Wire) -",
        "By Ines Vardy | The Harbour Ledger",
        "MARKETS DESK | The Calder Review",
        "From our Ottawa bureau, The Rideau Post.",
        "SYDNEY, Southern Cross Dispatch -",
        "Business desk, The Fenwick Times.",
    ],
)
GLOSS, LETTERED, SCALE, END, BEFORE = (
    "gloss",
    "lettered",
    "range-scale",
    "range-end",
    "before-label",
)
PUBLISHED = "2025-10-20"
EXACT, MORE, ABOUT, LEAST, UPTO, LESS = (
    "exact",
    "more_than",
    "about",
    "at_least",
    "up_to",
    "less_than",
)

counts = partial(built.count_cases, published=PUBLISHED)


# --- gloss: a sum converted in brackets shares the sum's role ------------------------------

S = "Oslo confirmed the frigate purchase on Sunday; London values the order at £10 billion ($13.5 billion)."
counts(GLOSS, [S], [("order value, dollars", 13.5e9, EXACT), ("order value, pounds", 10e9, EXACT)],
       [("order value, pounds", 13.5e9, EXACT), ("order value, dollars", 10e9, EXACT), ("order value, dollars", 15.3e9, EXACT)])  # fmt: skip
S = "Downing Street puts the value of the Typhoon contract at £8 billion ($10.7 billion)."
counts(GLOSS, [S], [("contract value in dollars", 10.7e9, EXACT), ("contract value in pounds", 8e9, EXACT)],
       [("contract value in pounds", 10.7e9, EXACT), ("contract value in dollars", 8e9, EXACT)])  # fmt: skip
S = "The ransom demanded for the fishermen was 250 million pesos ($5.6 million), the army said."
counts(GLOSS, [S], [("ransom demanded, dollars", 5.6e6, EXACT), ("ransom demanded, pesos", 250e6, EXACT)],
       [("ransom demanded, pesos", 5.6e6, EXACT), ("ransom demanded, dollars", 6.5e6, EXACT)])  # fmt: skip
S = "Cenovus agreed a C$7.9 billion ($5.68 billion) cash-and-stock takeover of its smaller rival."
counts(GLOSS, [S], [("takeover value, Canadian dollars", 7.9e9, EXACT), ("takeover value, US dollars", 5.68e9, EXACT)],
       [("takeover value, Canadian dollars", 5.68e9, EXACT), ("takeover value, US dollars", 7.9e9, EXACT)])  # fmt: skip
S = "Lisbon will spend 40 million euros ($43 million) on new fire-fighting aircraft next year."
counts(GLOSS, [S], [("spending on aircraft, dollars", 43e6, EXACT), ("spending on aircraft, euros", 40e6, EXACT)],
       [("spending on aircraft, euros", 43e6, EXACT), ("spending on aircraft, dollars", 34e6, EXACT)])  # fmt: skip
S = "The airline booked a one-off charge of 620 billion rupees ($7.3 billion) for the grounded fleet."
counts(GLOSS, [S], [("one-off charge in dollars", 7.3e9, EXACT), ("one-off charge in rupees", 620e9, EXACT)],
       [("one-off charge in rupees", 7.3e9, EXACT), ("one-off charge in dollars", 7.3e9, MORE)])  # fmt: skip
S = "Up to A$10 billion (about US$6.5 billion) has been set aside for the new class of frigates."
counts(GLOSS, [S], [("budget in US dollars", 6.5e9, ABOUT), ("budget in Australian dollars", 10e9, UPTO)],
       [("budget in US dollars", 6.5e9, UPTO), ("budget in Australian dollars", 6.5e9, ABOUT), ("budget in US dollars", 10e9, UPTO)])  # fmt: skip
S = "Taipei unveiled a special defence budget of NT$1.25 trillion (about US$40 billion) on Wednesday."
counts(GLOSS, [S], [("special budget in US dollars", 40e9, ABOUT), ("special budget in New Taiwan dollars", 1.25e12, EXACT)],
       [("special budget in US dollars", 40e9, EXACT), ("special budget in New Taiwan dollars", 40e9, ABOUT)])  # fmt: skip
S = "Brussels fined the carrier €950 million (roughly $1.1 billion) for blocking rivals at two hubs."
counts(GLOSS, [S], [("fine in dollars", 1.1e9, ABOUT), ("fine in euros", 950e6, EXACT)],
       [("fine in dollars", 1.1e9, EXACT), ("fine in euros", 1.1e9, ABOUT), ("fine in dollars", 950e6, EXACT)])  # fmt: skip
S = "The union says the strike has cost the airline £60 million ($80 million) in lost bookings so far."
counts(GLOSS, [S], [("cost of the strike, dollars", 80e6, EXACT), ("cost of the strike, pounds", 60e6, EXACT)],
       [("cost of the strike, pounds", 80e6, EXACT), ("cost of the strike, dollars", 60e6, EXACT)])  # fmt: skip
S = "The loan package is worth £10 billion (£4 billion of it in export credit), the Treasury said."
counts(GLOSS, [S], [("loan package value, pounds", 10e9, EXACT)],
       [("loan package value, pounds", 4e9, EXACT)])  # fmt: skip
S = "The refit now costs $12 billion (up from $9 billion in the first estimate), auditors said."
counts(GLOSS, [S], [("refit cost, dollars", 12e9, EXACT)],
       [("refit cost, dollars", 9e9, EXACT)])  # fmt: skip
S = "Ministers approved 2.85 billion euros ($3.3 billion) in loans for the rail link on Friday."
counts(GLOSS, [S], [("loans approved, dollars", 3.3e9, EXACT), ("loans approved, euros", 2.85e9, EXACT)],
       [("loans approved, euros", 3.3e9, EXACT), ("loans approved, dollars", 2.85e9, EXACT)])  # fmt: skip

# --- lettered: the qualifier stands before the letters of a lettered dollar -------------------

S = "The government has committed about US$2.4 billion to the airport's second runway."
counts(LETTERED, [S], [("committed to the runway, US dollars", 2.4e9, ABOUT)],
       [("committed to the runway, US dollars", 2.4e9, EXACT), ("committed to the runway, US dollars", 2.4e9, MORE)])  # fmt: skip
S = "Canberra will spend up to A$7 billion on the drones over a decade, the minister said."
counts(LETTERED, [S], [("spending on drones, Australian dollars", 7e9, UPTO)],
       [("spending on drones, Australian dollars", 7e9, EXACT), ("spending on drones, Australian dollars", 7e9, LEAST)])  # fmt: skip
S = "Wellington set aside nearly NZ$2 billion for the new frigates in its May budget."
counts(LETTERED, [S], [("set aside for frigates, NZ dollars", 2e9, ABOUT)],
       [("set aside for frigates, NZ dollars", 2e9, MORE), ("set aside for frigates, NZ dollars", 2e9, EXACT)])  # fmt: skip
S = "The port operator raised more than HK$5 billion from its listing on Thursday."
counts(LETTERED, [S], [("raised in the listing, Hong Kong dollars", 5e9, MORE)],
       [("raised in the listing, Hong Kong dollars", 5e9, LESS), ("raised in the listing, Hong Kong dollars", 5e9, EXACT)])  # fmt: skip
S = "The carrier lost roughly C$450 million in the quarter as fuel costs climbed."
counts(LETTERED, [S], [("quarterly loss, Canadian dollars", 450e6, ABOUT)],
       [("quarterly loss, Canadian dollars", 450e6, MORE), ("quarterly loss, Canadian dollars", 540e6, ABOUT)])  # fmt: skip
S = "Singapore's budget gives at least S$1 billion to the new terminal."
counts(LETTERED, [S], [("given to the terminal, Singapore dollars", 1e9, LEAST)],
       [("given to the terminal, Singapore dollars", 1e9, UPTO), ("given to the terminal, Singapore dollars", 1e9, LESS)])  # fmt: skip
S = "Analysts expect the merger to produce savings of almost US$300 million a year."
counts(LETTERED, [S], [("yearly savings, US dollars", 300e6, ABOUT)],
       [("yearly savings, US dollars", 300e6, MORE), ("yearly savings, US dollars", 300e6, EXACT)])  # fmt: skip
S = "The audit found that under A$90 million of the grants had been paid out by June."
counts(LETTERED, [S], [("grants paid out, Australian dollars", 90e6, LESS)],
       [("grants paid out, Australian dollars", 90e6, MORE), ("grants paid out, Australian dollars", 90e6, LEAST)])  # fmt: skip
S = "Ottawa's offer is worth some C$1.2 billion over five years."
counts(LETTERED, [S], [("offer value, Canadian dollars", 1.2e9, ABOUT)],
       [("offer value, Canadian dollars", 1.2e9, MORE), ("offer value, Canadian dollars", 2.1e9, ABOUT)])  # fmt: skip
S = "The studio spent an estimated US$180 million on the sequel, before marketing."
counts(LETTERED, [S], [("production budget, US dollars", 180e6, ABOUT)],
       [("production budget, US dollars", 180e6, LEAST), ("production budget, US dollars", 810e6, ABOUT)])  # fmt: skip

# --- range-scale: a bare first bound shares the second bound's scale ----------------------------

S = "On Wednesday the minister told parliament the extra jets would cost between 1 and 1.5 billion euros."
counts(SCALE, [S], [("cost of the extra jets, euros", 1e9, LEAST), ("cost of the extra jets, euros", 1.5e9, UPTO)],
       [("cost of the extra jets, euros", 1e9, EXACT), ("cost of the extra jets, euros", 1, LEAST), ("cost of the extra jets, euros", 1.5e9, EXACT)])  # fmt: skip
S = "Officials estimate that 2 to 3 million people will travel through the airport over the holiday."
counts(SCALE, [S], [("people expected to travel", 2e6, LEAST), ("people expected to travel", 3e6, UPTO)],
       [("people expected to travel", 2e6, EXACT), ("people expected to travel", 2, LEAST), ("people expected to travel", 3e6, EXACT)])  # fmt: skip
S = "The strike could cost the carrier 10-15 million pounds a day, the union warned."
counts(SCALE, [S], [("daily cost of the strike, pounds", 10e6, LEAST), ("daily cost of the strike, pounds", 15e6, UPTO)],
       [("daily cost of the strike, pounds", 10e6, EXACT), ("daily cost of the strike, pounds", 10, LEAST)])  # fmt: skip
S = "The rebuild is expected to cost between 4 and 6 billion dollars over ten years."
counts(SCALE, [S], [("rebuild cost, dollars", 4e9, LEAST), ("rebuild cost, dollars", 6e9, UPTO)],
       [("rebuild cost, dollars", 4e9, EXACT), ("rebuild cost, dollars", 4, LEAST), ("rebuild cost, dollars", 6e9, LEAST)])  # fmt: skip
S = "Aid agencies say 5 to 7 million people need food assistance this winter."
counts(SCALE, [S], [("people needing food aid", 5e6, LEAST), ("people needing food aid", 7e6, UPTO)],
       [("people needing food aid", 5e6, EXACT), ("people needing food aid", 5, LEAST), ("people needing food aid", 7e6, EXACT)])  # fmt: skip
S = "Between two and three million tickets were sold in the first hour, the promoter said."
counts(SCALE, [S], [("tickets sold in the first hour", 2e6, LEAST), ("tickets sold in the first hour", 3e6, UPTO)],
       [("tickets sold in the first hour", 2e6, EXACT), ("tickets sold in the first hour", 2, LEAST)])  # fmt: skip
S = "Crowds of 500 to 1.5 million were reported along the route of the parade."
counts(SCALE, [S], [("crowd size", 500, LEAST), ("crowd size", 1.5e6, UPTO)],
       [("crowd size", 500e6, LEAST), ("crowd size", 500, EXACT)])  # fmt: skip
S = "The airline expects a loss of between 300 and 400 million dollars for the year."
counts(SCALE, [S], [("expected loss, dollars", 300e6, LEAST), ("expected loss, dollars", 400e6, UPTO)],
       [("expected loss, dollars", 300e6, EXACT), ("expected loss, dollars", 300, LEAST), ("expected loss, dollars", 400e6, LEAST)])  # fmt: skip
S = "Repairs to the runway will cost the city 1 to 2 billion rand, engineers estimate."
counts(SCALE, [S], [("runway repair cost, rand", 1e9, LEAST), ("runway repair cost, rand", 2e9, UPTO)],
       [("runway repair cost, rand", 1e9, EXACT), ("runway repair cost, rand", 1, LEAST), ("runway repair cost, rand", 2e9, EXACT)])  # fmt: skip
S = "Brokers reckon the group will raise between 8 and 9 billion euros from the sale."
counts(SCALE, [S], [("proceeds from the sale, euros", 8e9, LEAST), ("proceeds from the sale, euros", 9e9, UPTO)],
       [("proceeds from the sale, euros", 8e9, EXACT), ("proceeds from the sale, euros", 8, LEAST), ("proceeds from the sale, euros", 9e9, LEAST)])  # fmt: skip

# --- range-end: the lowest or highest cost or price of a range is that end exactly ------------

S = "On Wednesday the minister told parliament the extra jets would cost between 1 and 1.5 billion euros."
counts(END, [S], [("lowest cost of the extra jets, euros", 1e9, EXACT), ("highest cost of the extra jets, euros", 1.5e9, EXACT)],
       [("lowest cost of the extra jets, euros", 1.5e9, EXACT), ("highest cost of the extra jets, euros", 1e9, EXACT)])  # fmt: skip
S = "Tickets for the final will cost between $90 and $450, the organisers said."
counts(END, [S], [("lowest ticket price, dollars", 90, EXACT), ("highest ticket price, dollars", 450, EXACT)],
       [("lowest ticket price, dollars", 450, EXACT), ("highest ticket price, dollars", 90, EXACT)])  # fmt: skip
S = "Seats on the new route will cost anywhere from £49 to £199 each way, the airline said."
counts(END, [S], [("highest fare, pounds", 199, EXACT), ("lowest fare, pounds", 49, EXACT)],
       [("highest fare, pounds", 49, EXACT), ("lowest fare, pounds", 199, EXACT)])  # fmt: skip
S = "Engineers put the repair bill at between 30 and 45 million dollars."
counts(END, [S], [("lowest cost of repairs, dollars", 30e6, EXACT), ("highest cost of repairs, dollars", 45e6, EXACT)],
       [("lowest cost of repairs, dollars", 45e6, EXACT), ("highest cost of repairs, dollars", 30e6, EXACT)])  # fmt: skip
S = "The minimum wage in the region ranges from 10 to 12 dollars an hour."
counts(END, [S], [("minimum wage, dollars an hour", 10, LEAST)],
       [("minimum wage, dollars an hour", 10, EXACT), ("minimum wage, dollars an hour", 12, EXACT)])  # fmt: skip
S = "Analysts see the shares trading between 14 and 19 euros by the end of the year."
counts(END, [S], [("lowest price forecast, euros", 14, EXACT), ("highest price forecast, euros", 19, EXACT)],
       [("lowest price forecast, euros", 19, EXACT), ("highest price forecast, euros", 14, EXACT)])  # fmt: skip
S = "The fine could be anywhere from 2 to 4 per cent of annual turnover."
counts(END, [S], [("highest fine, per cent of turnover", 4, EXACT)],
       [("highest fine, per cent of turnover", 2, EXACT)])  # fmt: skip
S = "Estimates for the stadium range from 800 million to 1.2 billion pounds, depending on the roof."
counts(END, [S], [("highest cost of the stadium, pounds", 1.2e9, EXACT), ("lowest cost of the stadium, pounds", 800e6, EXACT)],
       [("highest cost of the stadium, pounds", 800e6, EXACT), ("lowest cost of the stadium, pounds", 1.2e9, EXACT)])  # fmt: skip
S = "The two bids came in between 250 and 310 million euros, officials said."
counts(END, [S], [("lowest price offered, euros", 250e6, EXACT), ("highest price offered, euros", 310e6, EXACT)],
       [("lowest price offered, euros", 310e6, EXACT), ("highest price offered, euros", 250e6, EXACT)])  # fmt: skip
S = "A return flight will cost between £120 and £340 once the route opens in April."
counts(END, [S], [("lowest fare, pounds", 120, LEAST), ("highest cost of a return flight, pounds", 340, EXACT)],
       [("highest cost of a return flight, pounds", 120, EXACT), ("lowest fare, pounds", 340, EXACT)])  # fmt: skip

# --- before-label: "before, <unit>" asks for the earlier value ---------------------------------

S = "The defence budget rises from 10.8 billion euros to 18.2 billion euros under the new plan."
counts(BEFORE, [S], [("defence budget before, euros", 10.8e9, EXACT), ("defence budget after, euros", 18.2e9, EXACT)],
       [("defence budget before, euros", 18.2e9, EXACT), ("defence budget after, euros", 10.8e9, EXACT)])  # fmt: skip
S = "The airport's passenger cap was raised from 80 million to 95 million a year."
counts(BEFORE, [S], [("passenger cap before, passengers a year", 80e6, EXACT)],
       [("passenger cap before, passengers a year", 95e6, EXACT)])  # fmt: skip
S = "Fares on the route went up to 220 dollars, from 180 dollars last spring."
counts(BEFORE, [S], [("fare before, dollars", 180, EXACT)],
       [("fare before, dollars", 220, EXACT)])  # fmt: skip
S = "The fleet will grow from 41 aircraft to 60 by 2030, the chief executive said."
counts(BEFORE, [S], [("fleet before, aircraft", 41, EXACT)],
       [("fleet before, aircraft", 60, EXACT)])  # fmt: skip
S = "Landing fees were cut from £12 to £9 a passenger in the spring."
counts(BEFORE, [S], [("landing fee before, pounds", 12, EXACT)],
       [("landing fee before, pounds", 9, EXACT)])  # fmt: skip
S = "The pension fund's stake rises from 12 percent to 19.5 percent after the swap."
counts(BEFORE, [S], [("fund's stake before, percent", 12, EXACT)],
       [("fund's stake before, percent", 19.5, EXACT)])  # fmt: skip
S = "Staff numbers fell from 8,400 to 7,100 after the restructuring, the report said."
counts(BEFORE, [S], [("staff before, people", 8400, EXACT)],
       [("staff before, people", 7100, EXACT)])  # fmt: skip
S = "The airline cut its weekly Lagos flights from 14 to 10 after the currency crisis."
counts(BEFORE, [S], [("weekly flights before, flights", 14, EXACT)],
       [("weekly flights before, flights", 10, EXACT)])  # fmt: skip
S = "Its order book climbed from 1,200 jets to 1,450 jets over the year."
counts(BEFORE, [S], [("order book before, jets", 1200, EXACT)],
       [("order book before, jets", 1450, EXACT)])  # fmt: skip
S = "The ticket levy was raised from 7 euros to 10 euros, angering low-cost airlines."
counts(BEFORE, [S], [("ticket levy before, euros", 7, EXACT)],
       [("ticket levy before, euros", 10, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
