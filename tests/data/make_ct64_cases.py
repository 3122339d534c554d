# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 64's counts in a unit their ``what`` names, written on the number
(``grounding_ct64.jsonl``, false-alarm writer ct64;
:mod:`summarizer.verification.figures.written_units`, read by
:mod:`summarizer.verification.counts.other_readings`), at the edges of

- ``glued``: a sum in pence or cents glued to its number ("a 40p jump", "10p more", "15c a
  gallon"): the one such sum of its sentence passes for a count "in pence"/"in cents" whose
  change word ("increase", "cut") is written by it in the same direction, or whose level
  (a price, a charge) no change word follows; another sum of the unit in the sentence,
  another clause's thing, the other direction, a level for a change or a change for a level,
  a hedge the page does not print, another unit, stay refused;
- ``written``: a length or a sum written with its unit's short form or code ("a 3km radius",
  "a 10-kilometre stretch", "40cm of snow", "Rs 4,200 crore", "\u20b985 crore"): the one
  number of its sentence in that unit passes for a count naming the unit and one of its own
  words in the number's clause; a second number of the unit, another unit, a qualifier the
  page does not give, a change for a level, a count whose own words the clause never says,
  stay refused;
- ``share``: a share written "22.5%", "60 percent", "8 per cent" for a count "in percent" or
  ", per cent": the one share of its sentence passes where its clause says one of the count's
  words and, written "N% of X", X is one of them; "N% of" another noun, another clause's
  share, the other direction, a level for a change, stay refused.

Run ``python tests/data/make_ct64_cases.py`` to rebuild it. Every article below was written
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

OUT = Path(__file__).with_name("grounding_ct64.jsonl")

built = SupportCases(
    "ct64",
    leads=[
        "By Petra Lowndes | The Harlow Vale Gazette",
        "PORT FERRIS (Tidewater Wire) -",
        "Money | The Sallowmere Evening Post",
        "From the newsdesk, The Kelby Chronicle.",
        "MUMBAI, Feb 3 (Western Ghats Newswire) -",
    ],
)
GLUED, WRITTEN, SHARE = "glued", "written", "share"
glued = partial(built.count_cases, GLUED, published="2026-03-02")
written = partial(built.count_cases, WRITTEN, published="2026-03-02")
share = partial(built.count_cases, SHARE, published="2026-03-02")

# --- glued: "40p", "15c" ------------------------------------------------------------------------
glued(
    ["Bus fares in Harlow Vale will go up by 20p from March, the operator said on Monday."],
    [("bus fare increase in pence", 20, "exact")],
    [
        ("bus fare in pence", 20, "exact"),
        ("bus fare increase in pence", 25, "exact"),
        ("bus fare cut in pence", 20, "exact"),
        ("bus fare increase in cents", 20, "exact"),
    ],
)
glued(
    ["A pint of milk at the Corran co-op now costs 12p more than it did in January."],
    [("milk price increase in pence", 12, "exact")],
    [("milk price in pence", 12, "exact"), ("milk price increase in pence", 12, "about")],
)
glued(
    ["Council tenants will pay 75p less a week for heating after the supplier's price cut."],
    [("heating charge cut in pence", 75, "exact")],
    [("heating charge increase in pence", 75, "exact"), ("heating charge in pence", 75, "exact")],
)
glued(
    ["Gasoline prices jumped 15c a gallon overnight in Port Ferris, traders said."],
    [("gasoline price rise in cents", 15, "exact")],
    [("gasoline price fall in cents", 15, "exact"), ("gasoline price rise in pence", 15, "exact")],
)
glued(
    ["Schools in the county will be paid £3.10 for each free lunch, a 12p rise on the old rate."],
    [("increase in pence", 12, "exact"), ("lunch funding increase in pence", 12, "exact")],
    [("increase in pence", 3.10, "exact"), ("lunch funding in pence", 12, "exact")],
)
glued(
    [
        "The last rise, 6p in April 2019, led fewer families to buy school meals, the committee warned."
    ],
    [("school meal price increase in pence", 6, "exact")],
    [("school meal price increase in pence", 2019, "exact")],
)
glued(
    ["Each call to the helpline will be charged at 9p a minute, the regulator ruled."],
    [("call charge in pence", 9, "exact")],
    [("call charge increase in pence", 9, "exact"), ("call charge in pence", 9, "up_to")],
)
glued(
    ["Sallowmere's parking charge rises by 50p an hour from Monday, the council confirmed."],
    [("parking charge increase in pence", 50, "exact")],
    [("parking charge in pence", 50, "exact"), ("parking charge increase in pence", 5, "exact")],
)
glued(
    ["A loaf from the Tamsfield bakery chain is now 5p dearer after flour costs climbed."],
    [("bread price increase in pence", 5, "exact")],
    [("bread price in pence", 5, "exact"), ("bread price cut in pence", 5, "exact")],
)
glued(
    ["Diesel rose 4p a litre at Marrowby forecourts; petrol stayed flat."],
    [("diesel price increase in pence", 4, "exact")],
    [("petrol price increase in pence", 4, "exact")],
)
glued(
    ["A pint of milk now costs 12p more, while a loaf of bread costs 7p more."],
    [],
    [("bread price increase in pence", 12, "exact"), ("milk price increase in pence", 7, "exact")],
)
glued(
    ["Shares in Bellwick Foods fell 14p to 212p on Friday after a profit warning."],
    [],
    [("share price fall in pence", 212, "exact"), ("share price in pence", 14, "exact")],
)
glued(
    ["Last year's rise was 6p; this year the council has agreed a 9p increase."],
    [],
    [
        ("price increase last year in pence", 9, "exact"),
        ("price increase this year in pence", 6, "exact"),
    ],
)
glued(
    ["The council did not put up bus fares by 10p, as had been feared, and they stay at £2."],
    [],
    [("bus fare increase in pence", 10, "exact"), ("bus fare in pence", 10, "exact")],
)
glued(
    ["Fares on the Kelby tram will rise by up to 30p at peak times."],
    [("tram fare increase in pence", 30, "up_to")],
    [("tram fare increase in pence", 30, "exact")],
)

# --- written: "3km", "10-kilometre", "40cm", "Rs 4,200 crore" -----------------------------------
written(
    ["Police closed roads within a 3km radius of the blast site in Dunmore on Tuesday."],
    [("cordon radius in km", 3, "exact")],
    [("cordon radius in miles", 3, "exact"), ("cordon radius in km", 30, "exact")],
)
written(
    ["Snowfall of up to 40cm is forecast for the Hallam hills by Sunday."],
    [("snowfall forecast in cm", 40, "up_to")],
    [("snowfall forecast in cm", 40, "exact"), ("snowfall forecast in km", 40, "up_to")],
)
written(
    ["Coastguards searched a 20-mile stretch of coastline for the missing kayaker."],
    [("search area in miles", 20, "exact")],
    [("search area in km", 20, "exact"), ("search area in miles", 20, "about")],
)
written(
    ["The Kelby ultra race runs over 100 miles of open moorland."],
    [("race distance in miles", 100, "exact")],
    [("race distance in km", 100, "exact")],
)
written(
    ["Boats must keep out of a 2km exclusion zone around the wreck, the harbour master ordered."],
    [("exclusion zone in km", 2, "exact")],
    [("exclusion zone in km", 2, "at_least"), ("exclusion zone in miles", 2, "exact")],
)
written(
    [
        "The Varanpur dam will cost about Rs 4,200 crore, the state's irrigation minister said on Monday."
    ],
    [("dam cost (rupees)", 42e9, "about")],
    [("dam cost (rupees)", 42e9, "exact"), ("dam cost overrun (rupees)", 42e9, "about")],
)
written(
    ["The Pune startup has raised \u20b985 crore from a group of investors."],
    [("funding raised (rupees)", 850e6, "exact")],
    [("funding raised (rupees)", 85e6, "exact"), ("funding raised (dollars)", 850e6, "exact")],
)
written(
    ["A 15-mile queue built up on the Dunmore ring road after a lorry overturned."],
    [("queue length in miles", 15, "exact")],
    [("queue length in miles", 15, "about"), ("queue length in km", 15, "exact")],
)
written(
    ["Heavy rain left 85cm of water in the underpass, firefighters said."],
    [("water depth in cm", 85, "exact")],
    [("water depth in cm", 8.5, "exact")],
)
written(
    ["Rangers have fenced off a 1.5km section of the cliff path near Tarrow Head."],
    [("cliff path section closed in km", 1.5, "exact")],
    [("cliff path section closed in km", 15, "exact")],
)
written(
    [
        "Police set a 3km cordon around the blast site, and a 1km zone around the railway station was cleared."
    ],
    [],
    [
        ("cordon radius around the station in km", 3, "exact"),
        ("blast site cordon in km", 1, "exact"),
    ],
)
written(
    ["The old route was 9km long; the new bypass runs for 12 kilometres."],
    [],
    [("bypass length in km", 9, "exact"), ("old route length in km", 12, "exact")],
)
written(
    ["Police widened the cordon by 2km on Wednesday morning."],
    [],
    [("cordon radius in km", 2, "exact")],
)
written(
    ["The startup raised \u20b985 crore last year and \u20b9120 crore this year."],
    [],
    [("funding raised this year (rupees)", 850e6, "exact")],
)
written(
    ["The ring road, 14km long, was finished in 2019 at a cost of Rs 900 crore."],
    [],
    [("ring road cost (rupees)", 14, "exact"), ("ring road length in miles", 14, "exact")],
)


# --- share: "18.4%", "30 percent", "27 per cent" for a count "in percent"/", per cent" ----------
share(
    [
        "Under the agreement, Corrbrook Energy will buy the 22.5% of Tallis Grid's shares it does not already hold."
    ],
    [("percent of shares", 22.5, "exact")],
    [("percent of bonds", 22.5, "exact"), ("percent of shares", 25, "exact")],
)
share(
    [
        "Dock workers at the Port Ferris terminals have backed strike action by 97.2%, their union said."
    ],
    [("voted for strike action, percent", 97.2, "exact")],
    [("voted for strike action, percent", 97.2, "about"), ("turnout, percent", 97.2, "exact")],
)
share(
    ["The trading update lifted Marlow Brands' share price by as much as 14% on Thursday morning."],
    [
        ("share price rise, percent", 14, "up_to"),
        ("Marlow Brands share rise, percent", 14, "up_to"),
    ],
    [
        ("share price fall, percent", 14, "up_to"),
        ("share price, percent", 14, "up_to"),
        ("Hollins Foods share rise, percent", 14, "up_to"),
    ],
)
share(
    [
        "Kelby Water has cut its standing charge by 8 per cent for the coming year, the regulator said."
    ],
    [("standing charge cut, per cent", 8, "exact")],
    [
        ("standing charge increase, per cent", 8, "exact"),
        ("standing charge, per cent", 8, "exact"),
        ("Harlow Water standing charge cut, per cent", 8, "exact"),
    ],
)
share(
    [
        "In all, 41% of the council's tenants are now behind on rent, a survey for the housing committee found."
    ],
    [("tenants behind on rent, percent", 41, "exact")],
    [
        ("tenants behind on rent, percent", 14, "exact"),
        ("landlords behind on payments, percent", 41, "exact"),
    ],
)
share(
    ["The new owners will keep 60 percent of the Harlow Vale workforce, the administrators said."],
    [("workforce kept, percent", 60, "exact")],
    [("workforce cut, percent", 60, "exact"), ("stores kept, percent", 60, "exact")],
)
share(
    ["Rents in the city rose 6.2% in the year to March; wages lagged far behind."],
    [("rent rise, percent", 6.2, "exact")],
    [("wage rise, percent", 6.2, "exact"), ("rent, percent", 6.2, "exact")],
)
share(
    ["Sallowmere's turnout was low, with 38 per cent of registered voters staying at home."],
    [("registered voters staying at home, per cent", 38, "exact")],
    [("turnout, per cent", 38, "exact")],
)
share(
    ["The airline's fuel bill fell 11 per cent in the first half as oil prices eased."],
    [("fuel bill fall, per cent", 11, "exact")],
    [("fuel bill rise, per cent", 11, "exact"), ("oil price fall, per cent", 11, "exact")],
)
share(
    ["Members of the Tamsfield Co-op approved the merger with 88 per cent of the vote."],
    [("vote for the merger, per cent", 88, "exact")],
    [("vote against the merger, per cent", 8.8, "exact")],
)
share(
    ["Bus fares will rise 4 per cent in April, while rail fares go up 6 per cent."],
    [],
    [("bus fare rise, per cent", 6, "exact"), ("rail fare rise, per cent", 4, "exact")],
)
share(
    ["The index climbed 2.4% to close at 3.1% above its January level."],
    [],
    [("index rise, percent", 3.1, "exact")],
)
share(
    ["Inflation stood at 3.4% in May, down from 3.9% in April."],
    [],
    [("inflation in April, percent", 3.4, "exact"), ("inflation in May, percent", 3.9, "exact")],
)
share(
    ["Turnout in the Kelby by-election was 29 percent, the returning officer said."],
    [("turnout, percent", 29, "exact")],
    [("turnout rise, percent", 29, "exact"), ("spoiled ballots, percent", 29, "exact")],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
