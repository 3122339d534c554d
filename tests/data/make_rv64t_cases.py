# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build reviewer rv64t's set against ct64's count in the unit its ``what`` names, written on
the number (``grounding_rv64t.jsonl``; :mod:`summarizer.verification.figures.written_units`,
read by :mod:`summarizer.verification.counts.other_readings`; the level told for its change,
:mod:`summarizer.verification.figures.level_changes`):

- ``pence``: sums glued in pence or cents ("a 12p rise", "40 cents lower", "9p a minute"):
  the change by its number passes, and a price set against a rival's ("5p cheaper than"), the
  level a change reached ("rose to 95p"), a rise ruled out or rejected, another year's rise,
  another firm's, stay refused;
- ``lengths``: km, cm and miles on the number ("a 4km cordon", "a 12-mile diversion", "30cm
  of floodwater"): the count's own length passes; a distance from a place for a radius, a
  speed "an hour", an area in square kilometres, another stretch's length, stay refused;
- ``rupees``: "Rs", "INR" and the rupee sign before the number ("Rs 850 crore", "INR 3,400
  crore", "\u20b912 lakh"): the sum of the count's own deed passes, with its hedge past the
  code; another deed's sum, another year's, a second sum, stay refused;
- ``shares``: percents for counts "in percent"/", per cent": the change with its direction
  passes ("up 8% on a year earlier", "fell 3.5 per cent"), the level a change reached ("rose
  to 31%"), a gap to a rival ("8% higher than its rivals'"), "N% of" another noun, stay
  refused;
- ``levels``: a count of a change of a level ("cost overrun", "fare increase", "rent hike"):
  the level itself ("will cost Rs 4,200 crore", "fares will be 95p") refused, the change told
  in any words ("an extra Rs 300 crore", "Rs 300 crore over budget", "20p more") passing.

Run ``python tests/data/make_rv64t_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names and places; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv64t.jsonl")

built = SupportCases(
    "rv64t",
    leads=[
        "Consumer desk | The Orrinford Courier",
        "NAGPUR, Oct 14 (Deccan Business Line) -",
        "Local news - Wexham Herald",
        "Transport live | Brackley Post",
        "From our correspondent in Tollan Bay.",
    ],
)
PENCE, LENGTHS, RUPEES, SHARES, LEVELS = "pence", "lengths", "rupees", "shares", "levels"
pence = partial(built.count_cases, PENCE, published="2026-10-14")
lengths = partial(built.count_cases, LENGTHS, published="2026-10-14")
rupees = partial(built.count_cases, RUPEES, published="2026-10-14")
shares = partial(built.count_cases, SHARES, published="2026-10-14")
levels = partial(built.count_cases, LEVELS, published="2026-10-14")

# --- pence: "12p", "40 cents" -------------------------------------------------------------------
pence(
    ["Wexham's first-class stamp goes up by 11p next month, the postal operator confirmed."],
    [("stamp price increase in pence", 11, "exact")],
    [("stamp price cut in pence", 11, "exact"), ("stamp price increase in pence", 1, "exact")],
)
pence(
    ["Milk at the Brackley discounter is 5p cheaper than at its big-name rival."],
    [],
    [("milk price cut in pence", 5, "exact"), ("milk price increase in pence", 5, "exact")],
)
pence(
    ["Tickets at the Orrinford pool cost 40p more than those at the Wexham leisure centre."],
    [],
    [("pool ticket price increase in pence", 40, "exact")],
)
pence(
    ["The price of a standard loaf rose to 95p at Harwell bakeries this week."],
    [("loaf price in pence", 95, "exact")],
    [("loaf price increase in pence", 95, "exact")],
)
pence(
    ["Councillors ruled out a 10p rise in bus fares at their meeting on Tuesday."],
    [],
    [("bus fare increase in pence", 10, "exact")],
)
pence(
    ["The board rejected a 6p increase in the water charge proposed by its finance team."],
    [],
    [("water charge increase in pence", 6, "exact")],
)
pence(
    ["Shares in Dunleigh Foods closed 40 cents lower on Wednesday after a profit warning."],
    [("Dunleigh Foods share price fall in cents", 40, "exact")],
    [
        ("Dunleigh Foods share price rise in cents", 40, "exact"),
        ("Harwell Mills share price fall in cents", 40, "exact"),
    ],
)
pence(
    ["Gas bills rose by 7p a unit last winter; this year the supplier has frozen them."],
    [("gas bill increase last winter in pence", 7, "exact")],
    [("gas bill increase this year in pence", 7, "exact")],
)
pence(
    ["Each minute on the Tollan Bay ferry's onboard wifi is charged at 12p."],
    [("wifi charge per minute in pence", 12, "exact")],
    [
        ("wifi charge increase in pence", 12, "exact"),
        ("wifi charge per minute in pence", 12, "about"),
    ],
)
pence(
    ["Petrol prices at Orrinford pumps fell 3p a litre overnight, motoring groups said."],
    [("petrol price fall in pence", 3, "exact")],
    [("petrol price increase in pence", 3, "exact"), ("petrol price in pence", 3, "exact")],
)
pence(
    ["A coffee at the station kiosk now costs 20p more after the operator raised its prices."],
    [("coffee price increase in pence", 20, "exact")],
    [("coffee price in pence", 20, "exact"), ("coffee price cut in pence", 20, "exact")],
)
pence(
    ["Gasoline in Tollan Bay jumped 18 cents a gallon in a week, drivers complained."],
    [("gasoline price increase in cents", 18, "exact")],
    [
        ("gasoline price increase in pence", 18, "exact"),
        ("gasoline price increase in cents", 18, "at_least"),
    ],
)
pence(
    ["Brackley council has scrapped plans for a 25p rise in parking charges."],
    [],
    [("parking charge increase in pence", 25, "exact")],
)

pence(
    ["A second-class stamp will cost 87p from April, the postal operator said."],
    [("second-class stamp price in pence", 87, "exact")],
    [
        ("second-class stamp price increase in pence", 87, "exact"),
        ("second-class stamp price in pence", 87, "about"),
    ],
)
pence(
    ["Bread prices rose by 4p at the Orrinford co-op, its first rise in two years."],
    [("bread price increase in pence", 4, "exact")],
    [("bread price in pence", 4, "exact"), ("bread price cut in pence", 4, "exact")],
)
pence(
    ["Tollan Bay council raised the price of a swim by 30p; Wexham held its prices."],
    [("Tollan Bay swim price increase in pence", 30, "exact")],
    [("Wexham swim price increase in pence", 30, "exact")],
)
pence(
    ["Fares went up 10p in 2024, and the operator says they will rise again next month."],
    [("fare increase in 2024 in pence", 10, "exact")],
    [("fare increase next month in pence", 10, "exact")],
)

# --- lengths: "4km", "12-mile", "30cm" ----------------------------------------------------------
lengths(
    ["Police set up a 4km cordon around the chemical plant in Harwell on Friday."],
    [("cordon radius in km", 4, "exact")],
    [("cordon radius in km", 40, "exact"), ("cordon radius in miles", 4, "exact")],
)
lengths(
    ["Firefighters set up a cordon at the blaze, 6km from the centre of Wexham."],
    [],
    [("cordon radius in km", 6, "exact")],
)
lengths(
    ["Traffic on the flooded Orrinford bypass crawled along at 5 miles an hour."],
    [],
    [("bypass queue length in miles", 5, "exact")],
)
lengths(
    ["Drivers faced a 12-mile diversion while the Brackley bridge was repaired."],
    [("diversion length in miles", 12, "exact")],
    [("diversion length in km", 12, "exact"), ("diversion length in miles", 12, "about")],
)
lengths(
    ["Residents found 30cm of floodwater in their kitchens after the river burst its banks."],
    [("floodwater depth in cm", 30, "exact")],
    [("floodwater depth in cm", 3, "exact"), ("floodwater depth in km", 30, "exact")],
)
lengths(
    ["Fishing boats are barred from a 40 sq km exclusion zone around the wreck."],
    [],
    [("exclusion zone radius in km", 40, "exact")],
)
lengths(
    ["The new Harwell tram line runs for 9km; the old bus route it replaces was 14km long."],
    [("tram line length in km", 9, "exact")],
    [("tram line length in km", 14, "exact"), ("bus route length in km", 9, "exact")],
)
lengths(
    ["Up to 25cm of snow could fall on the Tollan hills overnight, forecasters warned."],
    [("snowfall forecast in cm", 25, "up_to")],
    [("snowfall forecast in cm", 25, "exact"), ("snowfall forecast in cm", 25, "at_least")],
)
lengths(
    ["Walkers completed a 26-mile route across the moor to raise money for the hospice."],
    [("charity walk route in miles", 26, "exact")],
    [("charity walk route in km", 26, "exact")],
)
lengths(
    ["The council has extended the low-traffic zone by 2km to the north of the river."],
    [("low-traffic zone extension in km", 2, "exact")],
    [("low-traffic zone length in km", 2, "exact")],
)
lengths(
    ["The fire broke out in a warehouse 3 miles from the Orrinford cordon."],
    [],
    [("cordon radius in miles", 3, "exact")],
)
lengths(
    ["Wexham's sea wall was raised by 50cm after last winter's storms."],
    [("sea wall height increase in cm", 50, "exact")],
    [("sea wall height in cm", 50, "exact")],
)

lengths(
    ["A 5-kilometre stretch of road near Harwell will close for resurfacing next week."],
    [("road closure in km", 5, "exact")],
    [("road closure in miles", 5, "exact"), ("road closure in km", 5, "up_to")],
)
lengths(
    ["Floodwater stood 60 centimetres deep in the Wexham underpass on Sunday."],
    [("underpass flood depth in cm", 60, "exact")],
    [("underpass flood depth in cm", 6, "exact")],
)
lengths(
    ["Runners in the Orrinford half marathon cover 13.1 miles through the old town."],
    [("half marathon distance in miles", 13.1, "exact")],
    [
        ("half marathon distance in miles", 13, "exact"),
        ("half marathon distance in km", 13.1, "exact"),
    ],
)

# --- rupees: "Rs", "INR", the rupee sign ---------------------------------------------------------
rupees(
    ["The Nagpur metro's second phase will cost Rs 8,650 crore, the state government said."],
    [("metro second phase cost (rupees)", 86.5e9, "exact")],
    [
        ("metro second phase cost (rupees)", 8.65e9, "exact"),
        ("metro second phase cost (dollars)", 86.5e9, "exact"),
    ],
)
rupees(
    ["Shares of the Pune lender hit a record after it raised INR 3,400 crore from a rights issue."],
    [("funds raised (rupees)", 34e9, "exact")],
    [("funds raised (rupees)", 34e9, "about"), ("funds raised (rupees)", 3.4e9, "exact")],
)
rupees(
    ["Farmers whose crops were lost will receive roughly \u20b912 lakh each, the minister said."],
    [("compensation per farmer (rupees)", 1.2e6, "about")],
    [
        ("compensation per farmer (rupees)", 1.2e6, "exact"),
        ("compensation per farmer (rupees)", 12e6, "about"),
    ],
)
rupees(
    ["The company booked revenue of Rs 1,240 crore, against Rs 1,010 crore a year earlier."],
    [("revenue (rupees)", 12.4e9, "exact")],
    [("revenue a year earlier (rupees)", 12.4e9, "exact"), ("revenue (rupees)", 10.1e9, "exact")],
)
rupees(
    ["The startup spent Rs 90 crore on marketing and raised Rs 250 crore from investors."],
    [],
    [("marketing spending (rupees)", 2.5e9, "exact"), ("funds raised (rupees)", 900e6, "exact")],
)
rupees(
    ["The court fined the builder Rs 5 lakh for delaying the handover of flats."],
    [("fine (rupees)", 500e3, "exact")],
    [("fine (rupees)", 5e6, "exact"), ("fine (rupees)", 500e3, "at_least")],
)
rupees(
    ["About INR 600 crore of the bank's bad loans were written off in the quarter."],
    [("bad loans written off (rupees)", 6e9, "about")],
    [
        ("bad loans written off (rupees)", 6e9, "exact"),
        ("bad loans recovered (rupees)", 6e9, "about"),
    ],
)
rupees(
    ["Last year the trust received Rs 40 crore in donations, the auditor said."],
    [("donations received last year (rupees)", 400e6, "exact")],
    [("donations received this year (rupees)", 400e6, "exact")],
)
rupees(
    ["The state will spend over Rs 2,000 crore on new roads in the coming year."],
    [("road spending (rupees)", 20e9, "more_than")],
    [("road spending (rupees)", 20e9, "exact"), ("road spending (rupees)", 20e9, "up_to")],
)
rupees(
    ["The dairy co-operative, not the state, will put in Rs 75 crore for the plant."],
    [("co-operative investment in the plant (rupees)", 750e6, "exact")],
    [("state investment in the plant (rupees)", 750e6, "exact")],
)
rupees(
    ["Nagpur civic body collected Rs 310 crore in property tax, missing its target."],
    [("property tax collected (rupees)", 3.1e9, "exact")],
    [
        ("property tax target (rupees)", 3.1e9, "exact"),
        ("property tax collected (rupees)", 31e9, "exact"),
    ],
)

rupees(
    ["The film earned \u20b9210 crore at the box office in its first week."],
    [("box office earnings in the first week (rupees)", 2.1e9, "exact")],
    [
        ("box office earnings in the first week (rupees)", 21e9, "exact"),
        ("box office earnings in the first week (dollars)", 2.1e9, "exact"),
    ],
)
rupees(
    ["The ministry has sanctioned Rs 1,500 crore for flood relief in the district."],
    [("flood relief sanctioned (rupees)", 15e9, "exact")],
    [
        ("flood relief spent (rupees)", 15e9, "exact"),
        ("flood relief sanctioned (rupees)", 1.5e9, "exact"),
    ],
)

rupees(
    ["Nearly INR 900 crore was lost by investors in the collapsed chit fund, police said."],
    [("investor losses (rupees)", 9e9, "about")],
    [
        ("investor losses recovered (rupees)", 9e9, "about"),
        ("investor losses (rupees)", 9e9, "exact"),
    ],
)
rupees(
    ["Investors who lost Rs 900 crore in the scheme have so far recovered about Rs 310 crore."],
    [
        ("investor losses recovered (rupees)", 3.1e9, "about"),
        ("investor losses (rupees)", 9e9, "exact"),
    ],
    [("investor losses recovered (rupees)", 9e9, "exact")],
)
rupees(
    ["The airline owes about Rs 1,100 crore to lessors and fuel suppliers, filings show."],
    [("sum owed to lessors and suppliers (rupees)", 11e9, "about")],
    [("sum repaid to lessors and suppliers (rupees)", 11e9, "about")],
)
rupees(
    [
        "Passengers were charged roughly Rs 45 crore in cancellation fees last year, the regulator said."
    ],
    [("cancellation fees charged (rupees)", 450e6, "about")],
    [("cancellation fees refunded (rupees)", 450e6, "about")],
)
rupees(
    ["The housing board has refunded about Rs 60 crore to buyers it overcharged."],
    [("sum refunded to buyers (rupees)", 600e6, "about")],
    [("sum refunded to buyers (rupees)", 600e6, "exact")],
)

# --- shares: "8%", "3.5 per cent", "31 percent" ------------------------------------------------
shares(
    ["Sales at Orrinford Outfitters were up 8% on a year earlier, the retailer said."],
    [("sales rise, percent", 8, "exact")],
    [("sales fall, percent", 8, "exact"), ("sales rise, percent", 8, "about")],
)
shares(
    ["Support for the Green list rose to 31% in the latest Wexham poll."],
    [("Green list support, percent", 31, "exact")],
    [("Green list support rise, percent", 31, "exact")],
)
shares(
    ["Wages at the Brackley plant are 8% higher than its rivals' across the region."],
    [],
    [("wage rise, percent", 8, "exact"), ("wage increase, percent", 8, "exact")],
)
shares(
    ["The Tollan Bay ferry operator's shares fell 3.5 per cent in early trading."],
    [("ferry operator share fall, per cent", 3.5, "exact")],
    [
        ("ferry operator share rise, per cent", 3.5, "exact"),
        ("ferry operator share fall, per cent", 35, "exact"),
    ],
)
shares(
    ["Only 22 percent of the district's households have a fibre connection, the regulator found."],
    [("households with fibre, percent", 22, "exact")],
    [
        ("fibre coverage of businesses, percent", 22, "exact"),
        ("households with fibre, percent", 22, "about"),
    ],
)
shares(
    ["The central bank cut its policy rate to 4.5% on Thursday."],
    [("policy rate, percent", 4.5, "exact")],
    [("policy rate cut, percent", 4.5, "exact")],
)
shares(
    ["House prices in Harwell climbed 6.1 per cent over the year while rents fell slightly."],
    [("house price rise, per cent", 6.1, "exact")],
    [("rent fall, per cent", 6.1, "exact"), ("house price fall, per cent", 6.1, "exact")],
)
shares(
    ["Staff at the Orrinford depot voted 91% in favour of the pay offer, their union said."],
    [("voted in favour of the pay offer, percent", 91, "exact")],
    [("voted against the pay offer, percent", 91, "exact")],
)
shares(
    ["Exports from the port grew by about 12% in the first half, the authority said."],
    [("export growth, percent", 12, "about")],
    [("export growth, percent", 12, "exact"), ("import growth, percent", 12, "about")],
)
shares(
    ["Passenger numbers fell 9 percent in March; freight volumes rose 4 percent."],
    [("passenger numbers fall, percent", 9, "exact"), ("freight volume rise, percent", 4, "exact")],
    [("passenger numbers fall, percent", 4, "exact"), ("freight volume rise, percent", 9, "exact")],
)
shares(
    ["The Harwell council will own 51 per cent of the new energy company."],
    [],
    [("turnout, per cent", 51, "exact")],
)
shares(
    ["Unemployment in the county rose 0.4 per cent to 5.2 per cent, official figures showed."],
    [("unemployment rise, per cent", 0.4, "exact")],
    [("unemployment rise, per cent", 5.2, "exact")],
)

shares(
    ["Turnout in the Wexham council election fell to 41 percent, officials said."],
    [("turnout, percent", 41, "exact")],
    [("turnout fall, percent", 41, "exact")],
)

# --- levels: a count of a change of a level -----------------------------------------------------
levels(
    ["The Varsha barrage will cost Rs 4,200 crore, the irrigation department said."],
    [("barrage cost (rupees)", 42e9, "exact")],
    [
        ("barrage cost overrun (rupees)", 42e9, "exact"),
        ("barrage cost increase (rupees)", 42e9, "exact"),
    ],
)
levels(
    ["The Varsha barrage will cost an extra Rs 300 crore after delays, the department said."],
    [
        ("barrage cost overrun (rupees)", 3e9, "exact"),
        ("barrage cost increase (rupees)", 3e9, "exact"),
    ],
    [("barrage cost (rupees)", 3e9, "exact")],
)
levels(
    ["The ring road has overrun its budget by Rs 450 crore, auditors found."],
    [("ring road cost overrun (rupees)", 4.5e9, "exact")],
    [
        ("ring road cost overrun (rupees)", 45e9, "exact"),
        ("ring road budget (rupees)", 4.5e9, "exact"),
    ],
)
levels(
    ["Single bus fares in Brackley will be 95p from April, the operator said."],
    [("bus fare in pence", 95, "exact")],
    [("bus fare increase in pence", 95, "exact"), ("bus fare cut in pence", 95, "exact")],
)
levels(
    ["The monthly rent on a two-bed council flat is \u00a3850, the housing report found."],
    [("monthly rent in pounds", 850, "exact")],
    [("monthly rent hike in pounds", 850, "exact"), ("rent increase in pounds", 850, "exact")],
)
levels(
    ["Tenants of the Wexham estate face a rent hike of \u00a340 a month from January."],
    [("rent hike in pounds", 40, "exact")],
    [("rent in pounds", 40, "exact")],
)
levels(
    ["The stadium roof came in Rs 120 crore over budget, the sports ministry admitted."],
    [("stadium roof cost overrun (rupees)", 1.2e9, "exact")],
    [("stadium roof budget (rupees)", 1.2e9, "exact")],
)
levels(
    ["Annual fees at Tollan Bay College are \u00a39,250, unchanged since last year."],
    [("annual fee in pounds", 9250, "exact")],
    [("annual fee increase in pounds", 9250, "exact"), ("annual fee cut in pounds", 9250, "exact")],
)
levels(
    ["Energy bills for a typical home will be \u00a3120 lower this winter, the regulator said."],
    [("energy bill cut in pounds", 120, "exact")],
    [("energy bill in pounds", 120, "exact"), ("energy bill increase in pounds", 120, "exact")],
)
levels(
    [
        "The tunnel's cost has risen by Rs 700 crore to Rs 5,100 crore, the minister told the assembly."
    ],
    [("tunnel cost increase (rupees)", 7e9, "exact"), ("tunnel cost (rupees)", 51e9, "exact")],
    [("tunnel cost increase (rupees)", 51e9, "exact"), ("tunnel cost (rupees)", 7e9, "exact")],
)
levels(
    ["The ferry fare to the island is now \u00a36.40, a rise the operator blamed on fuel."],
    [],
    [("ferry fare increase in pounds", 6.40, "exact")],
)
levels(
    ["Parking at the hospital costs \u00a34 a day, the trust confirmed."],
    [("hospital parking charge in pounds", 4, "exact")],
    [
        ("hospital parking charge increase in pounds", 4, "exact"),
        ("hospital parking charge cut in pounds", 4, "exact"),
    ],
)
levels(
    ["Water bills in the region will go up by an average of \u00a331 a year."],
    [("water bill increase in pounds", 31, "exact")],
    [("water bill in pounds", 31, "about")],
)

levels(
    ["Tenants of the Brackley flats face a rent uplift of \u00a340 a month from June."],
    [("rent increase in pounds", 40, "exact")],
    [("rent in pounds", 40, "exact"), ("rent cut in pounds", 40, "exact")],
)
levels(
    ["Fees at the Wexham nursery will be \u00a33 a day higher from September, parents were told."],
    [("nursery fee increase in pounds", 3, "exact")],
    [("nursery fee cut in pounds", 3, "exact")],
)

levels(
    ["The scheme's cost rose to about Rs 900 crore, from Rs 700 crore, the audit found."],
    [("scheme cost (rupees)", 9e9, "about")],
    [("scheme cost increase (rupees)", 9e9, "about")],
)
levels(
    ["Peak fares on the Harwell line were cut to 95p for the summer, the operator said."],
    [("peak fare in pence", 95, "exact")],
    [("peak fare cut in pence", 95, "exact")],
)
levels(
    ["The cost of the bridge rose by Rs 140 crore to Rs 760 crore after the redesign."],
    [("bridge cost increase (rupees)", 1.4e9, "exact")],
    [("bridge cost increase (rupees)", 7.6e9, "exact")],
)
levels(
    ["Fares on the night bus will rise by up to 40p, the council said."],
    [("night bus fare increase in pence", 40, "up_to")],
    [("night bus fare increase in pence", 40, "exact")],
)

levels(
    ["The branch closures and job cuts amount to about 8% of the bank's staff, the union said."],
    [("share of staff cut, percent", 8, "about")],
    [("share of staff cut, percent", 8, "exact")],
)
rupees(
    ["About Rs 12 crore of the flood fund has not yet been spent, the district collector said."],
    [("flood fund unspent (rupees)", 120e6, "about")],
    [("flood fund spent (rupees)", 120e6, "about")],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
