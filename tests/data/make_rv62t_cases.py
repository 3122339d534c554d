# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 62's three count readings of ct61 (``grounding_rv62t.jsonl``,
review rv62t of ct61: :mod:`summarizer.verification.figures.sum_owners`,
:mod:`summarizer.verification.figures.elided_conjuncts`,
:mod:`summarizer.verification.occasions.origin_years`), at their edges:

- ``of_tie``: "NOUN of SUM" beside another sum: the noun's own sum passes ("pre-tax profit of
  £31m on turnover of £480m") and so does a total written "SUM in NOUN of RATE" ("collected $14
  million in fees of $35 a bag": the fees are the $14 million, the $35 is each one's rate); the
  other noun's sum, the rate for the total, stay refused;
- ``conjunct``: a word after an "and" that follows a sum: its own later conjunct's sum passes
  ("and fertiliser costs climbed to $600m"), and so does the earlier sum when the word is only
  a second noun of its object and the later sum stands in another clause or phrase ("spent
  £2.1m on roads and pavements in a year when it cut £900,000", "$8m in fines and legal fees on
  top of the $20m it owed"); the earlier sum for a word whose own conjunct has a sum stays
  refused;
- ``elided``: a count as of a time in a verbless conjunct after a dated clause that holds a
  count: the dated clause's time passes ("On March 31 the credit union had $18.2 million in
  loans and $21.5 million in deposits"); a conjunct with a time of its own that is no month or
  weekday ("and the following day a further 30", "and a year earlier $52 million", "and now
  about 180,000"), or joined to a clause with its own verb after the dated one, stays refused
  for the dated clause's time;
- ``origin``: a year that dates a thing's making beside a count ("The hospital, opened in
  1974, has 620 beds") passes; a year after a finite verb of making ("The firm built 1,200 homes
  in 2019", "which launched 14 ships in 1988") and the other time's count stay refused.

Run ``python tests/data/make_rv62t_cases.py`` to rebuild it. Every article below was written
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

OUT = Path(__file__).with_name("grounding_rv62t.jsonl")

built = SupportCases(
    "rv62t",
    leads=[
        "MARLOW BAY (Coastline Wire) -",
        "By Idris Penhallow | The Ashcombe Courier",
        "Business briefing | Northgate Evening Post",
        "From our correspondent, The Fellside Record.",
    ],
)
OF_TIE, CONJUNCT, ELIDED, ORIGIN = "of_tie", "conjunct", "elided", "origin"
of_tie = partial(built.count_cases, OF_TIE, published="2026-05-12")
conjunct = partial(built.count_cases, CONJUNCT, published="2026-05-12")
elided = partial(built.dated_counts, ELIDED, published="2026-05-12")
origin = partial(built.count_cases, ORIGIN, published="2026-05-12")

# --- of_tie: "NOUN of SUM" beside another sum -------------------------------------------------
of_tie(
    ["Kerrow Foods posted a pre-tax profit of £31m on turnover of £480m for the year."],
    [("turnover, pounds", 480e6, "exact"), ("pre-tax profit, pounds", 31e6, "exact")],
    [("turnover, pounds", 31e6, "exact"), ("pre-tax profit, pounds", 480e6, "exact")],
)
of_tie(
    ["Orbis Air collected $14 million in fees of $35 a bag during the quarter."],
    [("bag fees, dollars", 14e6, "exact")],
    [("bag fees, dollars", 35e6, "exact")],
)
of_tie(
    ["Dunmore council raised £2.4m in fines of £70 each from drivers using the bus lane."],
    [("fines, pounds", 2.4e6, "exact")],
    [("fines, pounds", 70e6, "exact"), ("fines, pounds", 2.5e6, "exact")],
)
of_tie(
    ["The appeal brought in €310,000 in donations of €20 or more from 9,000 readers."],
    [("donations, euros", 310e3, "exact")],
    [("donations, euros", 20e3, "exact")],
)
of_tie(
    [
        "Harlan Savings reported deposits of about $3.2 billion and loans of $2.6 billion at the end of the quarter."
    ],
    [("deposits, dollars", 3.2e9, "about"), ("loans, dollars", 2.6e9, "exact")],
    [("deposits, dollars", 2.6e9, "exact"), ("loans, dollars", 3.2e9, "exact")],
)
of_tie(
    ["Ostler United paid a transfer fee of €22m plus add-ons of €6m for the winger."],
    [("transfer fee, euros", 22e6, "exact"), ("add-ons, euros", 6e6, "exact")],
    [("transfer fee, euros", 6e6, "exact"), ("add-ons, euros", 22e6, "exact")],
)
of_tie(
    ["The hospital trust ran up a deficit of £14m against a budget of £210m."],
    [("deficit, pounds", 14e6, "exact"), ("budget, pounds", 210e6, "exact")],
    [("deficit, pounds", 210e6, "exact"), ("budget, pounds", 14e6, "exact")],
)
of_tie(
    ["Castine Mining booked sales of $1.1 billion and an operating loss of $90 million."],
    [("operating loss, dollars", 90e6, "exact"), ("sales, dollars", 1.1e9, "exact")],
    [("operating loss, dollars", 1.1e9, "exact"), ("sales, dollars", 90e6, "exact")],
)
of_tie(
    [
        "The province paid A$45 million in grants of A$150,000 per farm to growers hit by the drought."
    ],
    [("grants to growers, dollars", 45e6, "exact")],
    [("grants to growers, dollars", 150e3, "exact")],
)
of_tie(
    ["Penwith Press earned $600,000 in royalties of 8 cents a copy from the atlas."],
    [("royalties, dollars", 600e3, "exact")],
    [("royalties, dollars", 800e3, "exact")],
)

# --- conjunct: "SUM ... and WORD ... SUM" ------------------------------------------------------
conjunct(
    ["Grain sales rose to $2.1bn and fertiliser costs climbed to $600m over the season."],
    [("fertiliser costs, dollars", 600e6, "exact"), ("grain sales, dollars", 2.1e9, "exact")],
    [("fertiliser costs, dollars", 2.1e9, "exact"), ("grain sales, dollars", 600e6, "exact")],
)
conjunct(
    ["The airport earned £80m from parking and retail income reached £140m."],
    [("retail income, pounds", 140e6, "exact")],
    [("retail income, pounds", 80e6, "exact")],
)
conjunct(
    [
        "Harlow Council spent £2.1m on roads and pavements in a year when it cut £900,000 from libraries."
    ],
    [("spending on roads and pavements, pounds", 2.1e6, "exact")],
    [("spending on roads and pavements, pounds", 900e3, "exact")],
)
conjunct(
    [
        "Tressel Chemicals paid $8m in fines and legal fees on top of the $20m it owed in back taxes."
    ],
    [("fines and legal fees, dollars", 8e6, "exact")],
    [("fines and legal fees, dollars", 20e6, "exact")],
)
conjunct(
    ["The trust spent £3m on nurses and midwives despite cuts of £1m to its wider budget."],
    [("spending on nurses and midwives, pounds", 3e6, "exact")],
    [("spending on nurses and midwives, pounds", 1e6, "exact")],
)
conjunct(
    ["The ministry will put in R$900 million up front and regional banks a further R$300 million."],
    [("investment by regional banks, reais", 300e6, "exact")],
    [("investment by regional banks, reais", 900e6, "exact")],
)
conjunct(
    [
        "Ticket sales brought in $6.5 million and sponsorship deals another $2 million, the festival said."
    ],
    [("sponsorship deals, dollars", 2e6, "exact"), ("ticket sales, dollars", 6.5e6, "exact")],
    [("sponsorship deals, dollars", 6.5e6, "exact")],
)
conjunct(
    [
        "The fund lost $40 million on bonds and equities in a quarter that saw members pay in $10 million."
    ],
    [("losses on bonds and equities, dollars", 40e6, "exact")],
    [("losses on bonds and equities, dollars", 10e6, "exact")],
)
conjunct(
    [
        "The insurer paid out £55m for flood claims and storm damage before it raised premiums by £12m."
    ],
    [("claims paid for storm damage, pounds", 55e6, "exact")],
    [("claims paid for storm damage, pounds", 12e6, "exact")],
)
conjunct(
    [
        "Export earnings hit NZ$4.2 billion and dairy shipments alone NZ$1.6 billion, officials said."
    ],
    [("dairy shipments, dollars", 1.6e9, "exact")],
    [("dairy shipments, dollars", 4.2e9, "exact")],
)
conjunct(
    ["Pharmacy sales fell to €30m and online orders to €12m in the first half."],
    [("online orders, euros", 12e6, "exact"), ("pharmacy sales, euros", 30e6, "exact")],
    [("online orders, euros", 30e6, "exact")],
)

# --- elided: a verbless conjunct after a dated clause that holds a count ----------------------
elided(
    [
        "On March 31 the credit union had $18.2 million in loans and $21.5 million in deposits.",
        "By June 30 its deposits had fallen to $19.9 million.",
    ],
    "March 31",
    [("deposits, dollars", 21.5e6, "exact"), ("loans, dollars", 18.2e6, "exact")],
    [("deposits, dollars", 19.9e6, "exact")],
)
elided(
    [
        "On Saturday the lifeboat crew rescued 14 walkers and 3 dogs from the flooded causeway.",
        "On Sunday they brought 6 more walkers to safety.",
    ],
    "Saturday",
    [("dogs rescued", 3, "exact"), ("walkers rescued", 14, "exact")],
    [("walkers rescued", 6, "exact")],
)
elided(
    [
        "On Monday crews recovered 12 bodies, and the following day a further 30.",
        "The search ended on Wednesday.",
    ],
    "Monday",
    [("bodies recovered", 12, "exact")],
    [("bodies recovered", 30, "exact")],
)
elided(
    [
        "On March 31 the bank had $41 million in deposits and a year earlier $52 million.",
        "Regulators closed it on Friday.",
    ],
    "March 31",
    [("deposits, dollars", 41e6, "exact")],
    [("deposits, dollars", 52e6, "exact")],
)
elided(
    [
        "In March the port handled 212,000 containers and now about 180,000 a month.",
        "Traffic fell again in May.",
    ],
    "March",
    [("containers handled", 212000, "exact")],
    [("containers handled", 180000, "about")],
)
elided(
    [
        "In March the lender had €3.1bn in deposits; by the year's end it held €2.2bn in loans and €2.8bn in deposits.",
    ],
    "March",
    [("deposits, euros", 3.1e9, "exact")],
    [("deposits, euros", 2.8e9, "exact")],
)
elided(
    [
        "Loans rose to $90 million, from $75 million in January, and deposits to $120 million.",
        "The bank's January deposits were not given.",
    ],
    "January",
    [("loans, dollars", 75e6, "exact")],
    [("deposits, dollars", 120e6, "exact")],
)
elided(
    [
        "On Thursday the shelter took in 48 cats and 17 dogs, and overnight another 9 dogs.",
        "On Friday it stopped taking animals.",
    ],
    "Thursday",
    [("cats taken in", 48, "exact"), ("dogs taken in", 17, "exact")],
    [("dogs taken in", 9, "exact")],
)
elided(
    [
        "In April the library lent 8,400 books and 1,300 films, its yearly report says.",
        "In May it lent 7,900 books.",
    ],
    "April",
    [("films lent", 1300, "exact"), ("books lent", 8400, "exact")],
    [("books lent", 7900, "exact")],
)
elided(
    [
        "On Tuesday the clinic saw 210 patients and by the weekend some 600 more.",
        "It had opened on Monday.",
    ],
    "Tuesday",
    [("patients seen", 210, "exact")],
    [("patients seen", 600, "about")],
)
elided(
    [
        "At the end of June the building society held £640m in mortgages and £710m in savings.",
        "By September savings had fallen to £690m.",
    ],
    "June",
    [("savings, pounds", 710e6, "exact")],
    [("savings, pounds", 690e6, "exact")],
)

# --- origin: a year that dates a thing's making -----------------------------------------------
origin(
    [
        "Flooding closed the Brayford hospital's ground floor on Sunday, its managers said.",
        "The hospital, opened in 1974, has 620 beds.",
    ],
    [("beds at the hospital", 620, "exact")],
    [("beds at the hospital", 1974, "exact"), ("beds at the hospital", 740, "exact")],
)
origin(
    [
        "The Kelda ferry lost steering in fog off Brennick Point on Saturday.",
        "The ferry, launched in 1998, was carrying 212 passengers.",
    ],
    [("passengers aboard", 212, "exact")],
    [("passengers aboard", 98, "exact"), ("passengers aboard", 1998, "exact")],
)
origin(
    [
        "The Larkwell Trust was named charity of the year on Thursday.",
        "Founded in 1962, the charity now supports 4,500 families.",
    ],
    [("families supported", 4500, "exact")],
    [("families supported", 62, "exact")],
)
origin(
    [
        "Tenby Rovers sold their star striker on Tuesday.",
        "The striker, born in 1999, has scored 14 goals this season.",
    ],
    [("goals this season", 14, "exact")],
    [("goals this season", 99, "exact")],
)
origin(
    [
        "Velmar Homes said on Monday it would build 300 flats in Arlow.",
        "The firm built 1,200 homes in 2019.",
    ],
    [("flats planned", 300, "exact")],
    [("homes built", 1200, "exact")],
)
origin(
    [
        "Brennock Shipyard won an order for 4 ferries on Wednesday.",
        "The yard, which launched 14 ships in 1988, now employs 700 people.",
    ],
    [("employees at the yard", 700, "exact")],
    [("ships launched", 14, "exact")],
)
origin(
    [
        "Quill Coffee opened its 50th cafe on Friday.",
        "The chain opened 12 cafes in 2021 and 9 in 2022.",
    ],
    [("cafes opened", 50, "exact")],
    [("cafes opened", 12, "exact"), ("cafes opened", 9, "exact")],
)
origin(
    [
        "The Farran bakery will close its Eastgate shop on Saturday.",
        "The bakery, established in 1921, sells 9,000 loaves a day.",
    ],
    [("loaves sold a day", 9000, "exact")],
    [("loaves sold a day", 1921, "exact")],
)
origin(
    [
        "A school bus slid into a ditch near Orrin on Monday morning.",
        "The bus, made in 2004, was carrying 31 pupils.",
    ],
    [("pupils on the bus", 31, "exact")],
    [("pupils on the bus", 2004, "exact")],
)
origin(
    [
        "Hathersage Athletic will move to a new ground next year, the club said on Thursday.",
        "The club, formed in 1889, has 2,300 members.",
    ],
    [("club members", 2300, "exact")],
    [("club members", 1889, "exact")],
)
origin(
    [
        "Stanmere Motors recalled 3,000 vans on Tuesday.",
        "The carmaker made 40,000 vans in 2023, it said.",
    ],
    [("vans recalled", 3000, "exact")],
    [("vans recalled", 40000, "exact")],
)
origin(
    [
        "Gorran Steel said on Monday it would cut 300 jobs at its Anvil Bay plant.",
        "The plant, built in 1952 for 2,000 workers, employs 1,100.",
    ],
    [("jobs to be cut", 300, "exact")],
    [("workers at the plant", 2000, "exact")],
)
origin(
    [
        "Brennock Shipyard won an order for 4 ferries on Wednesday.",
        "The yard, opened in 1988, launched 14 ships that year.",
    ],
    [("ferries ordered", 4, "exact")],
    [("ships launched", 14, "exact")],
)
origin(
    [
        "A Pellar Airways jet built in 1991 was carrying 96 passengers when it landed at Orrin on Sunday with a burst tyre.",
    ],
    [("passengers aboard", 96, "exact")],
    [("passengers aboard", 91, "exact")],
)
origin(
    [
        "Crowds queued outside Carrick Park on Saturday for the cup final.",
        "The stadium, rebuilt in 2006, holds 38,000 fans.",
    ],
    [("stadium capacity", 38000, "exact")],
    [("stadium capacity", 2006, "exact")],
)

# --- late additions (kept at the end so the ids above stand) ---------------------------------
of_tie(
    ["Orvane Media reported $565 million in income on revenue of $6.3 billion."],
    [("revenue, dollars", 6.3e9, "exact"), ("income, dollars", 565e6, "exact")],
    [("revenue, dollars", 565e6, "exact")],
)
of_tie(
    ["Talby Air took $9 million in checked-bag fees of $30 a bag over the summer."],
    [("checked-bag fees, dollars", 9e6, "exact")],
    [("checked-bag fees, dollars", 30e6, "exact")],
)
elided(
    [
        "In April the Corran bridge carried 18,000 cars a day and 2,000 lorries a day.",
        "In May lorry traffic fell to 1,500 a day.",
    ],
    "April",
    [("lorries a day", 2000, "exact")],
    [("lorries a day", 1500, "exact")],
)
elided(
    [
        "On Saturday 14 June each side released 40 detainees; for the north that meant 25 fighters and 15 aid workers.",
        "On Sunday 15 June a further 60 were freed.",
    ],
    "Saturday 14 June",
    [("aid workers released", 15, "exact")],
    [("detainees released", 60, "exact")],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
