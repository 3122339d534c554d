# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 61's sums of money a count's word is tied to by grammar
(``grounding_ct61.jsonl``, false-alarm writer ct61;
:mod:`summarizer.verification.figures.sum_owners`, read by
:mod:`summarizer.verification.figures.money_sums`), at the edges of

- ``of_sum``: a count of money whose word stands right before "of" and its sum ("revenue of
  $6.3 billion", "deposits of about \u00a31.7bn") while another sum stands as near ("net income of
  $565 million on revenue of $6.3 billion"): it passes; the other sum for the word, the
  hedge's qualifier, a partitive's whole ("a third of the $90 million"), a sum the sentence
  does not state, stay refused;
- ``conjunct``: a count's word that opens the conjunct after an "and" following another sum,
  its own conjunct holding a sum after it ("Revenue rose 12% to \u20ac2.9bn and the average
  ticket price climbed 8% to \u20ac64", "the state will put in $400 million and private backers a
  further $250 million"): it passes; the earlier conjunct's sum, and a word with no sum of its
  own after it ("ordered to pay $1.2m and costs, while ... $300,000"), stay refused;
- ``elided``: a count as of a time, in a conjunct with no verb of its own joined to a dated
  clause that holds a count ("On June 18 the bank had $63.8 million in assets and $53.8
  million in deposits", "At the end of March its books showed loans of €2.2bn and deposits
  of €3.1bn"): it takes that clause's time and passes; a conjunct with its own verb and time
  ("and on Tuesday nine more were brought up"), another day's count for the ``as_of``, the
  other conjunct's number, stay refused;
- ``origin``: a count beside a year that dates a thing's making ("aboard a jet built in 1991",
  "The factory, founded in 1948, employed more than 3,000 people"): the year marks no other
  occasion and the count passes; a year after a participle of another act ("killed in 2019",
  "counted in 2019"), after an auxiliary ("was founded in 1948, when it employed 40"), or
  dating the count's own noun ("600 workers hired in 1952"), stays a marker and refuses.

Run ``python tests/data/make_ct61_cases.py`` to rebuild it. Every article below was written
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

OUT = Path(__file__).with_name("grounding_ct61.jsonl")

built = SupportCases(
    "ct61",
    leads=[
        "By Maren Oakhollow | The Trelby Gazette",
        "SOLVANGEN (Northreach Business Wire) -",
        "Earnings round-up | The Pellham Standard",
        "From the money desk, The Kirrin Coast Herald.",
    ],
)
OF_SUM, CONJUNCT, ELIDED, ORIGIN = "of_sum", "conjunct", "elided", "origin"
of_sum = partial(built.count_cases, OF_SUM, published="2026-04-21")
conjunct = partial(built.count_cases, CONJUNCT, published="2026-04-21")
elided = partial(built.dated_counts, ELIDED, published="2026-04-21")
origin = partial(built.count_cases, ORIGIN, published="2026-04-21")

# --- of_sum: "NOUN of SUM" beside another sum -------------------------------------------------
of_sum(
    [
        "Kessling Tools posted operating profit of $48 million on sales of $612 million for the quarter."
    ],
    [("sales, dollars", 612e6, "exact"), ("operating profit, dollars", 48e6, "exact")],
    [("sales, dollars", 48e6, "exact"), ("operating profit, dollars", 612e6, "exact")],
)
of_sum(
    ["Its latest filing showed assets of £2.1bn and deposits of £1.7bn."],
    [("deposits, pounds", 1.7e9, "exact"), ("assets, pounds", 2.1e9, "exact")],
    [("deposits, pounds", 2.1e9, "exact"), ("assets, pounds", 1.7e9, "exact")],
)
of_sum(
    ["Orvane Cruises swung to a net loss of €35 million on revenue of about €410 million."],
    [("revenue, euros", 410e6, "about")],
    [
        ("revenue, euros", 35e6, "exact"),
        ("revenue, euros", 410e6, "exact"),
        ("net loss, euros", 410e6, "about"),
    ],
)
of_sum(
    ["Minter Savings Bank set aside provisions of $120 million against earnings of $800 million."],
    [("earnings, dollars", 800e6, "exact"), ("provisions, dollars", 120e6, "exact")],
    [("earnings, dollars", 120e6, "exact")],
)
of_sum(
    [
        "The regulator imposed a fine of £4m and ordered compensation of £11m for the mis-sold policies."
    ],
    [("compensation, pounds", 11e6, "exact"), ("fine, pounds", 4e6, "exact")],
    [("compensation, pounds", 4e6, "exact"), ("fine, pounds", 11e6, "exact")],
)
of_sum(
    [
        "Dalhurst Energy booked an impairment of nearly $1.2 billion and a tax charge of $300 million in the half."
    ],
    [("tax charge, dollars", 300e6, "exact"), ("impairment, dollars", 1.2e9, "nearly")],
    [("tax charge, dollars", 1.2e9, "nearly")],
)
of_sum(
    ["The museum's trustees agreed a budget of €18 million after donations of €6 million came in."],
    [("budget, euros", 18e6, "exact"), ("donations, euros", 6e6, "exact")],
    [("budget, euros", 6e6, "exact"), ("donations, euros", 18e6, "exact")],
)
of_sum(
    [
        "Farmers in the valley will share relief payments of $90 million, with a third of the $90 million set aside for dairy herds."
    ],
    [("relief payments, dollars", 90e6, "exact")],
    [
        ("dairy relief payments, dollars", 90e6, "exact"),
        ("relief payments, dollars", 30e6, "exact"),
    ],
)
of_sum(
    ["Brackwater Rail reported ticket income of £96m, against a forecast of £104m."],
    [("ticket income, pounds", 96e6, "exact"), ("forecast ticket income, pounds", 104e6, "exact")],
    [("ticket income, pounds", 104e6, "exact")],
)
of_sum(
    [
        "The province announced spending of C$2.4 billion on clinics, on top of wages of C$800 million already promised."
    ],
    [("spending on clinics, dollars", 2.4e9, "exact")],
    [
        ("spending on clinics, dollars", 800e6, "exact"),
        ("spending on clinics, dollars", 2.6e9, "exact"),
    ],
)
of_sum(
    ["Halden Motors earned profits of ¥84 billion on sales of ¥1.3 trillion in the year to March."],
    [("sales, yen", 1.3e12, "exact"), ("profits, yen", 84e9, "exact")],
    [("sales, yen", 84e9, "exact"), ("profits, yen", 1.3e12, "exact")],
)
of_sum(
    ["Pembry Water took a charge of $55 million, leaving net income of $210 million."],
    [("net income, dollars", 210e6, "exact")],
    [("net income, dollars", 55e6, "exact"), ("net income, dollars", 265e6, "exact")],
)

# --- conjunct: "SUM and WORD ... SUM" ---------------------------------------------------------
conjunct(
    ["Revenue rose 12% to €2.9bn and the average ticket price climbed 8% to €64."],
    [("average ticket price, euros", 64, "exact"), ("revenue, euros", 2.9e9, "exact")],
    [("average ticket price, euros", 2.9e9, "exact"), ("revenue, euros", 64, "exact")],
)
conjunct(
    ["The state will put in $400 million up front and private investors a further $250 million."],
    [("investment by private investors, dollars", 250e6, "exact")],
    [("investment by private investors, dollars", 400e6, "exact")],
)
conjunct(
    ["Grain exports earned $3.1 billion and coffee sales brought in $1.4 billion."],
    [("coffee sales, dollars", 1.4e9, "exact"), ("grain exports, dollars", 3.1e9, "exact")],
    [("coffee sales, dollars", 3.1e9, "exact"), ("grain exports, dollars", 1.4e9, "exact")],
)
conjunct(
    ["Underlying profit fell to £210m and net debt rose to £1.9bn over the six months."],
    [("net debt, pounds", 1.9e9, "exact"), ("underlying profit, pounds", 210e6, "exact")],
    [("net debt, pounds", 210e6, "exact"), ("underlying profit, pounds", 1.9e9, "exact")],
)
conjunct(
    [
        "Box-office takings reached $18 million and merchandise sales added $4 million on the opening weekend."
    ],
    [("merchandise sales, dollars", 4e6, "exact")],
    [("merchandise sales, dollars", 18e6, "exact")],
)
conjunct(
    ["Costa Linhares paid €7m for the striker and the agent's fee came to €900,000."],
    [("agent's fee, euros", 900e3, "exact")],
    [("agent's fee, euros", 7e6, "exact")],
)
conjunct(
    ["Gross bookings hit $5.6 billion in the quarter and adjusted earnings reached $730 million."],
    [("adjusted earnings, dollars", 730e6, "exact")],
    [("adjusted earnings, dollars", 5.6e9, "exact")],
)
conjunct(
    [
        "The court ordered Pelham Dredging to pay $1.2 million and legal costs, while its former director must pay $300,000."
    ],
    [("penalty for Pelham Dredging, dollars", 1.2e6, "exact")],
    [("legal costs, dollars", 300e3, "exact")],
)
conjunct(
    ["Exports to the bloc were worth £14bn and imports from it reached £19bn, the figures showed."],
    [("imports from the bloc, pounds", 19e9, "exact")],
    [
        ("imports from the bloc, pounds", 14e9, "exact"),
        ("exports to the bloc, pounds", 19e9, "exact"),
    ],
)
conjunct(
    ["Wages cost the club €61m last season and transfer spending ran to €48m."],
    [("transfer spending, euros", 48e6, "exact"), ("wages, euros", 61e6, "exact")],
    [("transfer spending, euros", 61e6, "exact"), ("wages, euros", 48e6, "exact")],
)
conjunct(
    [
        "The charity raised $2.2 million at the gala and online donations brought a further $640,000."
    ],
    [("online donations, dollars", 640e3, "exact")],
    [("online donations, dollars", 2.2e6, "exact")],
)
conjunct(
    ["Tolls raised ₹1,800 crore and parking fees about ₹240 crore for the city last year."],
    [("parking fees, rupees", 2.4e9, "about")],
    [("parking fees, rupees", 18e9, "exact")],
)

# --- elided: "On June 18 the bank had $63.8m in assets and $53.8m in deposits" ---------------
elided(
    [
        "Regulators closed Farrow County Savings on Friday.",
        "On March 31 the bank had $41.6 million in assets and $38.9 million in deposits, its last filing shows.",
    ],
    "March 31",
    [("deposits, dollars", 38.9e6, "exact"), ("assets, dollars", 41.6e6, "exact")],
    [("deposits, dollars", 41.6e6, "exact")],
)
elided(
    [
        "At the end of September the lender's books showed loans of €2.2bn and deposits of €3.1bn.",
        "By the end of December deposits had slipped to €2.9bn.",
    ],
    "the end of September",
    [("deposits, euros", 3.1e9, "exact")],
    [("deposits, euros", 2.9e9, "exact"), ("deposits, euros", 2.2e9, "exact")],
)
elided(
    [
        "On Monday the rescue cage lifted 31 miners alive and 12 bodies from the shaft.",
        "On Tuesday crews recovered another 8 bodies.",
    ],
    "Monday",
    [("bodies recovered", 12, "exact"), ("miners lifted alive", 31, "exact")],
    [("bodies recovered", 8, "exact")],
)
elided(
    [
        "On Monday the rescue cage lifted 31 miners alive and 12 bodies from the shaft.",
        "On Tuesday crews recovered another 8 bodies.",
    ],
    "Tuesday",
    [("bodies recovered", 8, "exact")],
    [("bodies recovered", 12, "exact")],
)
elided(
    [
        "In April the port handled 212,000 containers and 1.4 million tonnes of bulk cargo.",
        "In May container traffic fell to 198,000.",
    ],
    "April",
    [("bulk cargo, tonnes", 1.4e6, "exact"), ("containers handled", 212000, "exact")],
    [("containers handled", 198000, "exact")],
)
elided(
    [
        "On Saturday the food bank served 640 families and 95 single pensioners, its coordinator said.",
        "On Sunday it reopened for 210 families.",
    ],
    "Saturday",
    [("single pensioners served", 95, "exact"), ("families served", 640, "exact")],
    [("families served", 210, "exact")],
)
elided(
    [
        "In June the airline flew 1.9 million passengers and 41,000 tonnes of freight.",
        "In July passenger numbers reached 2.2 million.",
    ],
    "June",
    [("freight carried, tonnes", 41000, "exact"), ("passengers flown", 1.9e6, "exact")],
    [("passengers flown", 2.2e6, "exact")],
)
elided(
    [
        "On Wednesday the clinic vaccinated 380 children and 120 adults, and on Thursday it saw 260 more children.",
    ],
    "Wednesday",
    [("adults vaccinated", 120, "exact"), ("children vaccinated", 380, "exact")],
    [("children vaccinated", 260, "exact")],
)
elided(
    [
        "On Wednesday the clinic vaccinated 380 children and 120 adults, and on Thursday it saw 260 more children.",
    ],
    "Thursday",
    [("children vaccinated", 260, "exact")],
    [("children vaccinated", 380, "exact"), ("adults vaccinated", 120, "exact")],
)
elided(
    [
        "In March the charity shop took £8,400 in sales and £1,150 in donations.",
        "In February it had taken £6,900 in sales.",
    ],
    "March",
    [("donations, pounds", 1150, "exact"), ("sales, pounds", 8400, "exact")],
    [("sales, pounds", 6900, "exact")],
)
elided(
    [
        "On Friday the league fined Corran United £30,000 and Wexley Town £12,000 for the brawl.",
        "On Monday it fined Corran United a further £5,000.",
    ],
    "Friday",
    [
        ("fine for Wexley Town, pounds", 12000, "exact"),
        ("fine for Corran United, pounds", 30000, "exact"),
    ],
    [("fine for Corran United, pounds", 5000, "exact")],
)

# --- origin: "aboard a jet built in 1991", "The factory, founded in 1948, employed" ----------
origin(
    [
        "A cargo jet slid off the runway at Velmar airport on Tuesday evening, closing it for 6 hours.",
        "The three crew members were aboard a plane built in 1994 and later converted to carry freight.",
    ],
    [("crew members aboard", 3, "exact")],
    [("crew members aboard", 4, "exact")],
)
origin(
    [
        "Carrow Mills will shut its weaving plant in June and move 85 jobs to Leeds, the company said on Monday.",
        "The plant, founded in 1952, employs about 640 people.",
    ],
    [("employees at the plant", 640, "about")],
    [("employees at the plant", 640, "exact"), ("employees at the plant", 1952, "exact")],
)
origin(
    [
        "Some 60 firefighters were called to the Old Quay warehouse before dawn on Sunday.",
        "The warehouse, built in 1887 for the tea trade, held some 40,000 bales of cotton.",
    ],
    [("bales of cotton in the warehouse", 40000, "about")],
    [("bales of cotton in the warehouse", 1887, "exact")],
)
origin(
    [
        "The Marrisk ferry lost power in heavy seas on Friday, 14 miles off the coast.",
        "Coastguards lifted 57 passengers from a vessel launched in 1989, officials said.",
    ],
    [("passengers lifted", 57, "exact")],
    [("passengers lifted", 89, "exact"), ("passengers lifted", 58, "exact")],
)
origin(
    [
        "Delvane Foods has agreed to sell its biscuit arm and its 3 bakeries, it said on Wednesday.",
        "The business, established in 1921 by two brothers, sells 90 million packs a year.",
    ],
    [("packs sold a year", 90e6, "exact")],
    [("packs sold a year", 80e6, "exact")],
)
origin(
    [
        "Inspectors closed the Brannock Road bridge to lorries over 7 tonnes on Thursday.",
        "The bridge, opened in 1964, now carries 18,000 vehicles a day.",
    ],
    [("vehicles a day", 18000, "exact")],
    [("vehicles a day", 1964, "exact")],
)
origin(
    [
        "The Halloway orchestra named a new music director on Monday, its 9th.",
        "Founded in 1908, the orchestra gives 110 concerts a season.",
    ],
    [("concerts a season", 110, "exact")],
    [("concerts a season", 100, "exact")],
)
origin(
    [
        "A tram derailed in central Osterby on Saturday afternoon, injuring 4 people.",
        "Twelve passengers were on board the carriage, made in 1979 and due to be retired next year.",
    ],
    [("passengers on board", 12, "exact")],
    [("passengers on board", 79, "exact")],
)
origin(
    [
        "The Kelso Street school will merge with its neighbour in September, saving 2 posts, the council said on Tuesday.",
        "The school, opened in 1931, teaches 420 pupils.",
    ],
    [("pupils", 420, "exact")],
    [("pupils", 1931, "exact")],
)
origin(
    [
        "Investigators began lifting the wreck of the trawler Solvig from 80 metres of water on Monday.",
        "The boat, built in 1976, had five crew on board when it sank.",
    ],
    [("crew on board", 5, "exact")],
    [("crew on board", 6, "exact")],
)
# the year of another act, or the count's own, stays a marker
origin(
    [
        "Floods swept through the Arrow valley on Sunday, killing four people.",
        "Storms in the same valley killed 31 people in 2019.",
    ],
    [("people killed", 4, "exact")],
    [("people killed", 31, "exact")],
)
origin(
    [
        "The Tarrant works will close in May, its owner said on Friday.",
        "The works was founded in 1948, when it employed 40 people.",
    ],
    [],
    [("employees at the works", 40, "exact")],
)
origin(
    [
        "Gorran Steel said on Monday it would cut jobs at its Anvil Bay plant, which employs 1,900 people.",
        "The plant opened with 600 workers hired in 1952.",
    ],
    [("employees at the plant", 1900, "exact")],
    [("employees at the plant", 600, "exact")],
)
origin(
    [
        "The Kestle harbour seal colony has grown again, wardens said on Thursday.",
        "Wardens counted 212 pups this season, against 150 counted in 2019.",
    ],
    [("pups counted this season", 212, "exact")],
    [("pups counted this season", 150, "exact")],
)
origin(
    [
        "A coach overturned on the Skerry pass on Wednesday, injuring 14 people.",
        "A coach built in 2001 overturned on the same bend in 2012, injuring 22 people.",
    ],
    [("people injured", 14, "exact")],
    [("people injured", 22, "exact")],
)
origin(
    [
        "A new survey of the Lune estuary was published on Tuesday.",
        "The estuary held 3,400 wading birds, down from 5,100 recorded in 2015.",
    ],
    [("wading birds", 3400, "exact")],
    [("wading birds", 5100, "exact")],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
