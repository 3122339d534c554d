# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 38's clause-read counts (``grounding_rvcountclause38.jsonl``):
a reviewer's own value-support cases at the edges of ``figures/count_clauses.py`` (branch
countclause38), written before they were run, each verdict what a careful fact-checker reads:

- ``change-end``: an end of a change counts its subject: refused, a number after "at", "to" or
  "from" that ends no change of the subject (another clause's preposition: "walked out at 14 of
  the pits", "shipments from 12 of its ports", "workers aged 50 to 64"), a price for a count of
  things ("rose to 84 a barrel"), a forecast or target for the count itself, another subject
  sharing a word of the count ("the average price of a new car", "Imports of Chinese steel"
  for exports, another firm's passengers), the other end for a dated count; passed, the ends
  of a change with the subject in a noun phrase, an object a verb moves, British and American
  verbs of change;
- ``verb-object``: a verb's object counts its nominalisation: refused, the agent noun for the
  one acted on ("trained 300 people" are no trainers, "employed" no employers, "represents" no
  representatives, "advised" no advisers), charges for people charged, another firm's or
  another time's object; passed, the patient nouns and the verbs of dismissal;
- ``aside-part``: a partitive's predicate past an aside: refused, a predicate of another
  sentence or clause ("were in stable condition. ... remained in critical condition"), a
  denied predicate, the rest's predicate after a ";"; passed, the forms the rule reads.

Run ``python tests/data/make_rvcountclause38_cases.py`` to rebuild it.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvcountclause38.jsonl")

built = SupportCases(
    "rvcc38",
    leads=[
        "LEEDS (Aire Wire) -",
        "By Marta Kowalczyk | The Wear Chronicle",
        "METRO DESK | The Allegheny Standard",
        "From our Valencia bureau, The Turia Review.",
        "TUCSON, Sonoran Dispatch -",
        "Business desk, The Solway Mercury.",
    ],
)
CHANGE, OBJECT, ASIDE = "change-end", "verb-object", "aside-part"
PUBLISHED = "2025-11-14"
EXACT = "exact"

counts = partial(built.count_cases, published=PUBLISHED)


# --- change-end ------------------------------------------------------------------------------

# must fail: a preposition of another clause, not an end of the subject's change
S = "Output fell sharply as miners walked out at 14 of the region's pits."
counts(CHANGE, [S], [], [("coal output", 14, EXACT)])  # fmt: skip
S = "Exports slumped after the government halted shipments from 12 of the country's ports."
counts(CHANGE, [S], [], [("exports", 12, EXACT)])  # fmt: skip
S = "Unemployment rose most sharply among workers aged 50 to 64, the survey found."
counts(CHANGE, [S], [], [("unemployment among older workers", 64, EXACT)])  # fmt: skip
S = "Donations rose after the charity wrote to 40,000 of its former supporters."
counts(CHANGE, [S], [], [("donations to the charity", 40000, EXACT)])  # fmt: skip
S = "Attendances climbed once the club sold season tickets at 99 to supporters under 16."
counts(CHANGE, [S], [], [("attendances at the club", 99, EXACT)])  # fmt: skip
# must fail: a price for a count of things
S = "Brent crude rose 3 per cent to 84 a barrel on Monday."
counts(CHANGE, [S], [], [("barrels of Brent crude", 84, EXACT)])  # fmt: skip
S = "Rents in the city rose 8 percent to 1,450 a month, the agency said."
counts(CHANGE, [S], [], [("homes for rent in the city", 1450, EXACT)])  # fmt: skip
S = "The average price of a new car rose to 52,000 last year, the trade body said."
counts(CHANGE, [S], [], [("new cars sold last year", 52000, EXACT)])  # fmt: skip
# must fail: a forecast or target is no count of the thing
S = "The carmaker raised its target for deliveries this year to 410,000."
counts(CHANGE, [S], [], [("deliveries this year", 410000, EXACT)])  # fmt: skip
S = "The forecast for arrivals at the airport rose to 9,400 a day for next summer."
counts(CHANGE, [S], [], [("arrivals at the airport", 9400, EXACT)])  # fmt: skip
# must fail: another subject sharing a word of the count
S = "Imports of Chinese steel climbed to 4,200 in October, the ministry said."
counts(CHANGE, [S], [("imports of Chinese steel in October", 4200, EXACT)],
       [("Chinese steel exports in October", 4200, EXACT)])  # fmt: skip
S = "EasyJet's passenger numbers, unlike Ryanair's, climbed to 9.6 million in July."
counts(CHANGE, [S], [("easyJet passengers in July", 9_600_000, EXACT)],
       [("Ryanair passengers in July", 9_600_000, EXACT)])  # fmt: skip
S = "Passenger numbers at Frankfurt airport fell to 4,100 a day in May."
counts(CHANGE, [S], [], [("Lufthansa passengers a day in May", 4100, EXACT)])  # fmt: skip
S = "Exports to China, rather than imports, rose to 3,900 last month."
counts(CHANGE, [S], [("exports to China last month", 3900, EXACT)],
       [("imports from China last month", 3900, EXACT)])  # fmt: skip
# the other end for a dated count
S = "Complaints to the regulator fell from 7,802 in 2023 to 5,466 in 2024."
counts(CHANGE, [S], [("complaints to the regulator in 2024", 5466, EXACT), ("complaints to the regulator in 2023", 7802, EXACT)],
       [("complaints to the regulator in 2024", 7802, EXACT), ("complaints to the regulator in 2023", 5466, EXACT)])  # fmt: skip
S = "Sales of new homes sank to 612,000 in May from 683,000 in April."
counts(CHANGE, [S], [("new homes sold in May", 612000, EXACT), ("new homes sold in April", 683000, EXACT)],
       [("new homes sold in May", 683000, EXACT)])  # fmt: skip
S = "Bookings recovered to 4,800 in October and 5,100 in November."
counts(CHANGE, [S], [("bookings in November", 5100, EXACT), ("bookings in October", 4800, EXACT)],
       [("bookings in November", 4800, EXACT)])  # fmt: skip
# must fail: the change's amount
S = "Deaths on the county's roads rose by 14 to 61 last year."
counts(CHANGE, [S], [("road deaths in the county last year", 61, EXACT)],
       [("road deaths in the county last year", 14, EXACT)])  # fmt: skip
S = "Arrests rose after the force posted extra officers to 12 of the city's estates."
counts(CHANGE, [S], [], [("arrests", 12, EXACT)])  # fmt: skip
S = "Ticket sales climbed after the band added dates in Leeds from 3 to 9 March."
counts(CHANGE, [S], [], [("tickets sold", 9, EXACT)])  # fmt: skip
S = "Visitor numbers rose by a fifth, with the museum open from 10 to 6 each day."
counts(CHANGE, [S], [], [("visitor numbers", 6, EXACT)])  # fmt: skip
# must pass: the ends of a change, its forms
S = "Unemployment claims in Ohio fell 6 percent, to 8,412, last week."
counts(CHANGE, [S], [("Ohio unemployment claims last week", 8412, EXACT)], [])  # fmt: skip
S = "The toll from the floods climbed to 57 on Thursday."
counts(CHANGE, [S], [("flood deaths", 57, EXACT)], [])  # fmt: skip
S = "Overdose deaths in the county climbed from 88 in 2022 to 131 in 2023."
counts(CHANGE, [S], [("overdose deaths in 2023", 131, EXACT)], [])  # fmt: skip
S = "The strike pushed the number of cancelled flights to 1,450, the airport said."
counts(CHANGE, [S], [("cancelled flights", 1450, EXACT)], [])  # fmt: skip
S = "Storm Idris has brought the number of homes without power to 23,000."
counts(CHANGE, [S], [("homes without power", 23000, EXACT)], [])  # fmt: skip
S = "Burglaries in the district fell to 2,140 last year, police said."
counts(CHANGE, [S], [("burglaries in the district last year", 2140, EXACT)], [])  # fmt: skip
S = "Burglaries, the force said, fell to 2,140 last year."
counts(CHANGE, [S], [("burglaries last year", 2140, EXACT)], [])  # fmt: skip
S = "Journeys on the Tyne ferry, which reopened in May, rose to 410,000 in the year to October."
counts(CHANGE, [S], [("journeys on the Tyne ferry", 410000, EXACT)], [])  # fmt: skip
S = "Fines issued by the council have trebled, from 120 to 360."
counts(CHANGE, [S], [("council fines", 360, EXACT)], [])  # fmt: skip
S = "Asylum applications more than halved, to 4,300, in the second quarter."
counts(CHANGE, [S], [("asylum applications in the second quarter", 4300, EXACT)], [])  # fmt: skip


# --- verb-object -----------------------------------------------------------------------------

# must fail: the agent noun for the one the verb acts on
S = "The coding bootcamp trained 300 people last year, its founder said."
counts(OBJECT, [S], [("people trained by the bootcamp", 300, EXACT)], [("trainers at the bootcamp", 300, EXACT)])  # fmt: skip
S = "The job-creation scheme employed 3,000 people in its first year."
counts(OBJECT, [S], [("people employed by the scheme", 3000, EXACT)], [("employers in the scheme", 3000, EXACT)])  # fmt: skip
S = "The union represents 2,800 people at the depot."
counts(OBJECT, [S], [], [("union representatives at the depot", 2800, EXACT)])  # fmt: skip
S = "The debt agency advised 900 people in the first month."
counts(OBJECT, [S], [("people advised by the agency", 900, EXACT)], [("advisers at the agency", 900, EXACT)])  # fmt: skip
S = "The food bank supported 1,200 people through the winter."
counts(OBJECT, [S], [("people supported by the food bank", 1200, EXACT)], [("supporters of the food bank", 1200, EXACT)])  # fmt: skip
S = "The panel interviewed 45 people for the two posts."
counts(OBJECT, [S], [("people interviewed", 45, EXACT)], [("interviewers on the panel", 45, EXACT)])  # fmt: skip
# must fail: charges are not the people charged
S = "Prosecutors charged 14 people over the riot in Bexley."
counts(OBJECT, [S], [("people charged over the riot", 14, EXACT)], [("charges brought over the riot", 14, EXACT)])  # fmt: skip
# must fail: another firm's or another time's object
S = "Brandt, based in Leeds, employs 1,200 people; its rival Kessler employs 4,800."
counts(OBJECT, [S], [("employees at Brandt", 1200, EXACT)], [("employees at Brandt", 4800, EXACT)])  # fmt: skip
S = "The plant employed 3,000 people in the 1980s. Today it employs 420."
counts(OBJECT, [S], [], [("current employees at the plant", 3000, EXACT)])  # fmt: skip
S = "Police arrested 31 people after the match; magistrates later released 12 without charge."
counts(OBJECT, [S], [("arrests after the match", 31, EXACT)], [("arrests after the match", 12, EXACT)])  # fmt: skip
S = "The ministry recruited 500 people last year and is recruiting 800 this year."
counts(OBJECT, [S], [], [("recruits last year", 800, EXACT)])  # fmt: skip
S = "Kessler, which acquired Brandt in 2019, employs 4,800 people."
counts(OBJECT, [S], [], [("employees at Brandt", 4800, EXACT)])  # fmt: skip
S = "The hospital discharged 40 patients and admitted 55."
counts(OBJECT, [S], [], [("discharges", 55, EXACT)])  # fmt: skip
# must pass: the one the verb acts on, the verbs of dismissal
S = "The airline is laying off 1,100 people at its Newark hub."
counts(OBJECT, [S], [("layoffs at the airline", 1100, EXACT)], [])  # fmt: skip
S = "The brewery sacked 65 people last week."
counts(OBJECT, [S], [("sackings at the brewery", 65, EXACT)], [])  # fmt: skip
S = "The firm employed, at its peak, 3,000 people."
counts(OBJECT, [S], [("employees at its peak", 3000, EXACT)], [])  # fmt: skip
S = "Border officers deported 212 people last month."
counts(OBJECT, [S], [("deportations last month", 212, EXACT)], [])  # fmt: skip
S = "Officers have so far detained 23 in connection with the fire."
counts(OBJECT, [S], [("people detained", 23, EXACT)], [])  # fmt: skip
S = "The retailer let 300 people go in the spring."
counts(OBJECT, [S], [("people laid off", 300, EXACT)], [])  # fmt: skip
S = "The Pentagon furloughed 2,100 civilians in March."
counts(OBJECT, [S], [("furloughs", 2100, EXACT)], [])  # fmt: skip


# --- aside-part ------------------------------------------------------------------------------

# must fail: the predicate is another sentence's or clause's, or denied
S = "Three of the injured, a child among them, were in stable condition. Doctors said the driver remained in critical condition."
counts(ASIDE, [S], [("injured in stable condition", 3, EXACT)], [("injured in critical condition", 3, EXACT)])  # fmt: skip
S = "Eight of the hostages, most of them elderly, were not released on Thursday."
counts(ASIDE, [S], [], [("hostages released", 8, EXACT)])  # fmt: skip
S = "Five of the candidates, each backed by a party, withdrew; the rest were elected."
counts(ASIDE, [S], [("candidates withdrew", 5, EXACT)], [("candidates elected", 5, EXACT)])  # fmt: skip
S = "Two of the climbers, both mountain guides, survived the avalanche that killed their companions."
counts(ASIDE, [S], [("climbers survived", 2, EXACT)], [("climbers killed", 2, EXACT)])  # fmt: skip
S = "Twelve of the miners, all from the same village, were rescued on Sunday, and crews were still searching for others who remain trapped."
counts(ASIDE, [S], [("miners rescued", 12, EXACT)], [("miners trapped", 12, EXACT)])  # fmt: skip
S = "Six of the defendants, two of them brothers, were convicted of fraud."
counts(ASIDE, [S], [], [("brothers convicted", 6, EXACT)])  # fmt: skip
S = "Four of the firefighters, the brigade said, were treated for smoke inhalation, while the residents were evacuated."
counts(ASIDE, [S], [("firefighters treated", 4, EXACT)], [("firefighters evacuated", 4, EXACT)])  # fmt: skip
S = "Seven of the passengers, mostly pensioners, were unhurt, though the driver was taken to hospital."
counts(ASIDE, [S], [], [("passengers taken to hospital", 7, EXACT)])  # fmt: skip
S = "Nine of the protesters, among them a local councillor, were released without charge after police had charged others."
counts(ASIDE, [S], [], [("protesters charged", 9, EXACT)])  # fmt: skip
S = "Eleven of the strikers, by the union's account, refused to return to work on Monday."
counts(ASIDE, [S], [], [("strikers returned to work", 11, EXACT)])  # fmt: skip
S = "Three of the wounded, including a police officer, were never in critical condition, doctors said."
counts(ASIDE, [S], [], [("wounded in critical condition", 3, EXACT)])  # fmt: skip
# must pass: the forms the rule reads
S = "Four of the injured, among them a child, remain in critical condition."
counts(ASIDE, [S], [("injured in critical condition", 4, EXACT)], [])  # fmt: skip
S = "Three of the wounded, including a police officer, were in serious condition on Monday."
counts(ASIDE, [S], [("wounded in serious condition", 3, EXACT)], [])  # fmt: skip
S = "Five of the detainees, according to their lawyers, have been on hunger strike since May."
counts(ASIDE, [S], [("detainees on hunger strike", 5, EXACT)], [])  # fmt: skip
S = "Ten of the sailors, most of them from Manila, were airlifted to safety."
counts(ASIDE, [S], [("sailors airlifted to safety", 10, EXACT)], [])  # fmt: skip
S = "Nine of the strikers, by the union's count, went back to work on Monday."
counts(ASIDE, [S], [("strikers went back to work", 9, EXACT)], [])  # fmt: skip
# gcn40: a word of the count the sentence sets against the number ("unlike", "rather than",
# "instead of"), and one way of a two-way flow where the sentence names only the other
S = "Arrivals at the port, unlike departures, fell to 2,300 in June."
counts(CHANGE, [S], [("arrivals at the port in June", 2300, EXACT)],
       [("departures from the port in June", 2300, EXACT)])  # fmt: skip
S = "Wizz Air's bookings, unlike those of Jet2, rose to 1.8 million in August."
counts(CHANGE, [S], [("Wizz Air bookings in August", 1800000, EXACT)],
       [("Jet2 bookings in August", 1800000, EXACT)])  # fmt: skip
S = "Sales of diesel vans, rather than petrol ones, dropped to 8,700 in March."
counts(CHANGE, [S], [("diesel van sales in March", 8700, EXACT)],
       [("petrol van sales in March", 8700, EXACT)])  # fmt: skip
S = "Applications from overseas, instead of domestic ones, rose to 6,100 this year."
counts(CHANGE, [S], [("overseas applications this year", 6100, EXACT)],
       [("domestic applications this year", 6100, EXACT)])  # fmt: skip
S = "Exports of British lamb fell to 5,600 tonnes in May, the levy board said."
counts(CHANGE, [S], [("British lamb exports in May", 5600, EXACT)],
       [("British lamb imports in May", 5600, EXACT)])  # fmt: skip
S = "Births in the region dropped to 14,200 last year, the statistics office said."
counts(CHANGE, [S], [("births in the region last year", 14200, EXACT)],
       [("deaths in the region last year", 14200, EXACT)])  # fmt: skip
S = "Outflows from the bond fund reached 900 million in the week."
counts(CHANGE, [S], [("outflows from the bond fund in the week", 900000000, EXACT)],
       [("inflows to the bond fund in the week", 900000000, EXACT)])  # fmt: skip
S = "Sales of e-bikes, as opposed to scooters, rose to 7,400 in May."
counts(CHANGE, [S], [("e-bike sales in May", 7400, EXACT)], [("scooter sales in May", 7400, EXACT)])  # fmt: skip
# "opposed to" without "as" is being against, no contrast (check 75's "a bloc opposed to the
# mayor's head tax")
S = "A bloc of 31 councillors opposed to the bypass signed the letter on Monday."
counts(CHANGE, [S], [("councillors opposed to the bypass", 31, EXACT)], [])  # fmt: skip
# a phrase of contrast run into its clause, no aside, is left alone: it may set a deed against
# a deed (check 95, by its count only)
S = "Nurses at 14 hospitals voted to strike rather than accept the pay offer."
counts(CHANGE, [S], [("hospitals where nurses turned down the pay offer", 14, EXACT)], [])  # fmt: skip

# gcn41c: a change's size and the level it reached ("rose by 14 to 61": 14 counts no deaths;
# "rose by 2 to 3 points" stays a range), a change's start dated by the count's own time
# ("to 612,000 in May from 683,000 in April" for April), the verbs "trebled", "quadrupled",
# and a dismissal's tail after its object ("let 300 people go")
S = "Burglaries in the town fell by 40 to 310 in 2024, police said."
counts(CHANGE, [S], [("burglaries in the town in 2024", 310, EXACT)],
       [("burglaries in the town in 2024", 40, EXACT)])  # fmt: skip
S = "Membership of the rowing club has grown by 120 to 900."
counts(CHANGE, [S], [("rowing club members", 900, EXACT)], [("rowing club members", 120, EXACT)])  # fmt: skip
S = "Strikes at the port dropped by 9 to 4 this year."
counts(CHANGE, [S], [("strikes at the port this year", 4, EXACT)],
       [("strikes at the port this year", 9, EXACT)])  # fmt: skip
S = "Cases of measles in the county climbed by 35 to 210 last month."
counts(CHANGE, [S], [("measles cases in the county last month", 210, EXACT)],
       [("measles cases in the county last month", 35, EXACT)])  # fmt: skip
S = "Bookings fell to 900,000 in June from 1.2 million in March."
counts(CHANGE, [S], [("bookings in March", 1200000, EXACT)], [("bookings in March", 900000, EXACT)])  # fmt: skip
S = "Arrivals at the airport climbed to 9,300 in July from 7,800 in June."
counts(CHANGE, [S], [("arrivals at the airport in June", 7800, EXACT)],
       [("arrivals at the airport in June", 9300, EXACT)])  # fmt: skip
S = "Orders for new tractors slipped to 4,450 in 2024 from 5,020 in 2023."
counts(CHANGE, [S], [("new tractors ordered in 2023", 5020, EXACT)],
       [("new tractors ordered in 2023", 4450, EXACT)])  # fmt: skip
S = "Visitors to the museum rose to 61,000 in August from 48,000 in July."
counts(CHANGE, [S], [("museum visitors in July", 48000, EXACT)],
       [("museum visitors in July", 61000, EXACT)])  # fmt: skip
S = "Complaints to the regulator have quadrupled, from 300 to 1,200."
counts(CHANGE, [S], [("complaints to the regulator", 1200, EXACT)],
       [("complaints to the regulator", 300, EXACT)])  # fmt: skip
S = "Thefts of bicycles in the city trebled, from 800 to 2,400, last year."
counts(CHANGE, [S], [("bicycle thefts in the city last year", 2400, EXACT)],
       [("bicycle thefts in the city last year", 800, EXACT)])  # fmt: skip
S = "Student numbers at the college have tripled, from 150 to 450."
counts(CHANGE, [S], [("students at the college", 450, EXACT)],
       [("students at the college", 150, EXACT)])  # fmt: skip
S = "Flights from the airfield have trebled, from 40 to 120 a week."
counts(CHANGE, [S], [("flights from the airfield a week", 120, EXACT)],
       [("flights from the airfield a week", 40, EXACT)])  # fmt: skip
S = "The bank let 120 staff go last month."
counts(OBJECT, [S], [("staff laid off", 120, EXACT)], [("managers laid off", 120, EXACT)])  # fmt: skip
S = "The mill let 85 workers go in March and took on 40 in May."
counts(OBJECT, [S], [("workers laid off", 85, EXACT)], [("workers laid off", 40, EXACT)])  # fmt: skip
S = "The airline let 450 pilots go after the merger."
counts(OBJECT, [S], [("pilots laid off", 450, EXACT)], [("cabin crew laid off", 450, EXACT)])  # fmt: skip
S = "The rebels let 20 hostages go on Friday, the army said."
counts(OBJECT, [S], [("hostages released", 20, EXACT)], [("people laid off", 20, EXACT)])  # fmt: skip
S = "The carmaker let 2,000 people go at its plant in Ohio."
counts(OBJECT, [S], [("people laid off at the Ohio plant", 2000, EXACT)], [])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
