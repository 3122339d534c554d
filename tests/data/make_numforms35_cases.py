# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of English number forms (``grounding_numforms35.jsonl``): value-support cases
for a count whose number is written in a form the number reader did not read (outside checks
50-77: correct counts refused as "not stated" or with a qualifier that "disagrees"), by
category, each with what must pass and what must fail:

- ``scale-words``: the Indian scales ("177.08 lakh tonnes" is 17,708,000 tonnes, "₹4,500 crore"
  45,000,000,000 rupees, "2.5 lakh farmers", "five lakh pilgrims") and a scale abbreviation
  one space after its number ("$54 bn", "€450 m", "$1.4 tn", "3.2 mn homes"). Refused: the
  bare number before the scale, a scale misread (lakh as a thousand, crore as a million), a
  field in another scale, another qualifier;
- ``glued-units``: a unit glued to its number ("70mph", "40C", "3GW", "10kg", "12pc",
  "150mm", "100kWh"): the number is the quantity. Refused: another qualifier, another value,
  a field counting something the sentence does not;
- ``count-years``: a four-digit number before a plural noun it counts ("over 2000 people",
  "won 1998 votes", "some 1850 workers"). A year stays a year: after a word that places it
  ("in 2000 people voted", "since 1998 volunteers", "by 2030 emissions"), before a noun of
  the year's own ("the 2019 floods", "2000 elections"), or between two years;
- ``range-ends``: a range's end is the field's number exactly when the field's label names that
  end ("jobs to be cut, lower end" of "between 4,000 and 6,000" is 4,000; "upper end" 6,000;
  "minimum", "maximum", "highest estimate"), or the field's qualifier is the bound ("at least
  4,000"). Refused: the other end, an exact end with no label, a label naming the other end,
  another qualifier;
- ``qualifier-words``: qualifiers in other words and places: "as long as 10 hours", "as high
  as 8 metres" (up to), "minimum 1,000" (at least), "14 months at most", "£500 or above",
  "north of $5bn", "past the mid-156 yen mark" (more than), "talked to X about a 9.9 per cent
  stake" (talk about a stake: exact), "has crept up to 4.3 per cent" (a rise to a level:
  exact), "over the past 24 hours" (no qualifier). Refused: a qualifier the words disagree
  with ("more than 10" as exactly 10, "up to 10" as at least 10, "about" that governs the
  number as exact).

Run ``python tests/data/make_numforms35_cases.py`` to rebuild it. Every sentence is written for
this set (fictional outlets and people), in British, American, Indian and Australian styles;
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numforms35.jsonl")

built = SupportCases(
    "nf35",
    leads=[
        "NEW DELHI (Deccan Wire) -",
        "By Priya Raman | The Konkan Courier",
        "BUSINESS DESK | The Northgate Record",
        "From our Sydney bureau, The Harbourside Post.",
        "CHICAGO, Prairie Ledger -",
        "City desk, The Severn Gazette.",
    ],
)
SCALE, UNIT, YEAR, RANGE, QUAL, NOUN, BASE = (
    "scale-words",
    "glued-units",
    "count-years",
    "range-ends",
    "qualifier-words",
    "number-nouns",
    "change-baselines",
)
PUBLISHED = "2025-10-07"
EXACT, MORE, ABOUT, LEAST, UPTO, NEARLY, ATMOST, LESS = (
    "exact",
    "more_than",
    "about",
    "at_least",
    "up_to",
    "nearly",
    "at_most",
    "less_than",
)

# Each count case of the set, dated to the set's one published day.
counts = partial(built.count_cases, published=PUBLISHED)


# --- scale-words: lakh, crore, and a scale set one space after its number ------------------

S = "The central pool held 212.5 lakh tonnes of wheat on 1 October, the food ministry said."
counts(SCALE, [S], [("tonnes of wheat held in the central pool", 21250000, EXACT)],
       [("tonnes of wheat held in the central pool", 212.5, EXACT), ("tonnes of wheat held in the central pool", 212500, EXACT), ("tonnes of wheat held in the central pool", 21250000, MORE)])  # fmt: skip
S = "Nearly 2.5 lakh farmers have registered for the crop insurance scheme in Vidarbha."
counts(SCALE, [S], [("farmers registered for the scheme", 250000, NEARLY)],
       [("farmers registered for the scheme", 2500, NEARLY), ("farmers registered for the scheme", 250000, EXACT)])  # fmt: skip
S = "The state will spend ₹4,500 crore on new irrigation canals this year, the finance minister said."
counts(SCALE, [S], [("rupees to be spent on irrigation canals", 45000000000, EXACT)],
       [("rupees to be spent on irrigation canals", 4500000000, EXACT), ("rupees to be spent on irrigation canals", 4500, EXACT)])  # fmt: skip
S = "Over five lakh pilgrims took a dip at the confluence on Sunday, officials estimated."
counts(SCALE, [S], [("pilgrims who took a dip", 500000, MORE)],
       [("pilgrims who took a dip", 5, MORE), ("pilgrims who took a dip", 500000, EXACT)])  # fmt: skip
S = "Rs 1,200 crores has been set aside for flood relief in the supplementary budget."
counts(SCALE, [S], [("rupees set aside for flood relief", 12000000000, EXACT)],
       [("rupees set aside for flood relief", 1200000000, EXACT), ("rupees set aside for flood relief", 1200, EXACT)])  # fmt: skip
S = "The port handled 12.4 lakh containers in the last financial year, up from 11 lakh."
counts(SCALE, [S], [("containers handled by the port", 1240000, EXACT)],
       [("containers handled by the port", 124000, EXACT), ("containers handled by the port", 12.4, EXACT)])  # fmt: skip
S = "Some 40 lakh tonnes of sugar will be exported this season, the food secretary said."
counts(SCALE, [S], [("tonnes of sugar to be exported", 4000000, ABOUT)],
       [("tonnes of sugar to be exported", 4000000, EXACT), ("tonnes of sugar to be exported", 400000, ABOUT)])  # fmt: skip
S = "Activists say the dam has displaced one lakh people since the gates were closed."
counts(SCALE, [S], [("people displaced by the dam", 100000, EXACT)],
       [("people displaced by the dam", 1000, EXACT), ("people displaced by the dam", 1, EXACT)])  # fmt: skip
S = "The exporter shipped goods worth $54 bn in the year to March, the trade body said."
counts(SCALE, [S], [("value of goods shipped, $bn", 54, EXACT), ("value of goods shipped, dollars", 54000000000, EXACT)],
       [("value of goods shipped, $m", 54, EXACT), ("value of goods shipped, dollars", 54000000, EXACT)])  # fmt: skip
S = "The regulator fined the lender €450 m for failing to stop money laundering."
counts(SCALE, [S], [("fine imposed on the lender, €m", 450, EXACT)],
       [("fine imposed on the lender, €bn", 450, EXACT), ("fine imposed on the lender, euros", 450, EXACT)])  # fmt: skip
S = "The pension fund now manages $1.4 tn in assets for 9 mn members."
counts(SCALE, [S], [("assets managed by the fund, dollars", 1400000000000, EXACT), ("members of the fund", 9000000, EXACT)],
       [("assets managed by the fund, dollars", 1400000000, EXACT), ("members of the fund", 9, EXACT)])  # fmt: skip
S = "The ministry has sanctioned 3.2 mn new homes under the rural housing scheme."
counts(SCALE, [S], [("homes sanctioned under the scheme", 3200000, EXACT)],
       [("homes sanctioned under the scheme", 3200, EXACT), ("homes sanctioned under the scheme", 3200000, LEAST)])  # fmt: skip
S = "The messaging app said it now has more than 2.3 bn users worldwide."
counts(SCALE, [S], [("users of the app", 2300000000, MORE)],
       [("users of the app", 2300000, MORE), ("users of the app", 2300000000, LESS)])  # fmt: skip


# --- glued-units: a unit glued to its number --------------------------------------------

S = "Most of the new road will carry a 70mph limit, the transport secretary confirmed."
counts(UNIT, [S], [("speed limit, mph", 70, EXACT)],
       [("speed limit, mph", 70, MORE), ("speed limit, mph", 7, EXACT)])  # fmt: skip
S = "Temperatures reached 40C in Seville on Tuesday afternoon, the weather agency said."
counts(UNIT, [S], [("temperature in Seville, degrees C", 40, EXACT)],
       [("temperature in Seville, degrees C", 40, MORE), ("temperature in Seville, degrees C", 4, EXACT)])  # fmt: skip
S = "When complete, the offshore wind farm will generate 3GW of power."
counts(UNIT, [S], [("power generated by the wind farm, GW", 3, EXACT)],
       [("power generated by the wind farm, GW", 3, LEAST), ("power generated by the wind farm, GW", 30, EXACT)])  # fmt: skip
S = "Gusts of up to 90mph battered the Cornish coast overnight."
counts(UNIT, [S], [("wind gust speed, mph", 90, UPTO)],
       [("wind gust speed, mph", 90, EXACT), ("wind gust speed, mph", 90, MORE)])  # fmt: skip
S = "Border officers seized 12kg of cocaine hidden in a lorry at Dover."
counts(UNIT, [S], [("cocaine seized, kg", 12, EXACT)],
       [("cocaine seized, kg", 12, LEAST), ("cocaine seized, kg", 120, EXACT)])  # fmt: skip
S = "Mortgage rates now stand at 5pc, the building society said on Monday."
counts(UNIT, [S], [("mortgage rate, per cent", 5, EXACT)],
       [("mortgage rate, per cent", 5, MORE), ("mortgage rate, per cent", 50, EXACT)])  # fmt: skip
S = "The storm dumped 150mm of rain on the town, flooding dozens of homes."
counts(UNIT, [S], [("rain that fell on the town, mm", 150, EXACT)],
       [("rain that fell on the town, mm", 150, ABOUT), ("rain that fell on the town, mm", 15, EXACT)])  # fmt: skip
S = "Police clocked the driver at 128mph on the A1 near Grantham."
counts(UNIT, [S], [("driver's speed, mph", 128, EXACT)],
       [("driver's speed, mph", 128, MORE), ("driver's speed, mph", 12, EXACT)])  # fmt: skip
S = "Thermometers in Phoenix hit 118F on Saturday, a record for the month."
counts(UNIT, [S], [("temperature in Phoenix, degrees F", 118, EXACT)],
       [("temperature in Phoenix, degrees F", 118, LESS), ("temperature in Phoenix, degrees F", 11, EXACT)])  # fmt: skip
S = "The home battery stores 13.5kWh, enough to run a house overnight."
counts(UNIT, [S], [("battery storage, kWh", 13.5, EXACT)],
       [("battery storage, kWh", 13.5, NEARLY), ("battery storage, kWh", 135, EXACT)])  # fmt: skip
S = "Each of the new turbines is rated at 15MW, the developer said."
counts(UNIT, [S], [("rating of each turbine, MW", 15, EXACT)],
       [("rating of each turbine, MW", 15, UPTO), ("rating of each turbine, MW", 1.5, EXACT)])  # fmt: skip
S = "The hikers were found after walking 25km through the bush."
counts(UNIT, [S], [("distance walked by the hikers, km", 25, EXACT)],
       [("distance walked by the hikers, km", 25, MORE), ("distance walked by the hikers, km", 2.5, EXACT)])  # fmt: skip


# --- count-years: a four-digit count; a year stays a year --------------------------------

S = "During the outage over 2000 people could not get through to emergency services."
counts(YEAR, [S], [("people unable to reach emergency services", 2000, MORE)],
       [("people unable to reach emergency services", 2000, EXACT), ("people unable to reach emergency services", 2000, LESS)])  # fmt: skip
S = "Ms Okafor won 1998 votes, comfortably ahead of the Green candidate."
counts(YEAR, [S], [("votes won by Ms Okafor", 1998, EXACT)],
       [("votes won by Ms Okafor", 1998, MORE)])  # fmt: skip
S = "Some 1850 workers at the Halewood plant will be furloughed from next month."
counts(YEAR, [S], [("workers to be furloughed", 1850, ABOUT)],
       [("workers to be furloughed", 1850, EXACT)])  # fmt: skip
S = "Nearly 2100 households on the island lost power after the substation fire."
counts(YEAR, [S], [("households that lost power", 2100, NEARLY)],
       [("households that lost power", 2100, MORE)])  # fmt: skip
S = "The council received 1904 objections to the incinerator scheme."
counts(YEAR, [S], [("objections received by the council", 1904, EXACT)],
       [("objections received by the council", 1904, LEAST)])  # fmt: skip
S = "As many as 2050 passengers were stranded at the ferry terminal."
counts(YEAR, [S], [("passengers stranded", 2050, UPTO)],
       [("passengers stranded", 2050, LEAST)])  # fmt: skip
S = "Police made 1812 arrests over the holiday weekend, the force said."
counts(YEAR, [S], [("arrests made", 1812, EXACT)],
       [("arrests made", 1812, ABOUT)])  # fmt: skip
S = "The charity delivered 2024 food parcels in December alone."
counts(YEAR, [S], [("food parcels delivered", 2024, EXACT)],
       [("food parcels delivered", 2024, MORE)])  # fmt: skip
S = "About 1900 residents signed the petition against the closure."
counts(YEAR, [S], [("residents who signed the petition", 1900, ABOUT)],
       [("residents who signed the petition", 1900, EXACT)])  # fmt: skip
S = "More than 2000 runners took part in the harbour race, organisers said."
counts(YEAR, [S], [("runners who took part", 2000, MORE)],
       [("runners who took part", 2000, EXACT)])  # fmt: skip
S = "An estimated 1950 demonstrators marched on the ministry, police said."
counts(YEAR, [S], [("demonstrators who marched", 1950, ABOUT)],
       [("demonstrators who marched", 1950, MORE)])  # fmt: skip
S = "Only 1870 tickets remain for Saturday's final at the Oval."
counts(YEAR, [S], [("tickets remaining for the final", 1870, EXACT)],
       [("tickets remaining for the final", 1870, LESS)])  # fmt: skip
S = "Its 2023 results were restated after the audit."
counts(YEAR, [S], [], [("results restated", 2023, EXACT)])  # fmt: skip
S = "From 2010 councils lost a quarter of their funding."
counts(YEAR, [S], [], [("councils that lost funding", 2010, EXACT)])  # fmt: skip
S = "2000 people marched through the city centre on Saturday, police said."
counts(YEAR, [S], [("people who marched", 2000, EXACT)],
       [("people who marched", 2000, MORE)])  # fmt: skip
S = "The Appeal Bill 2013 was approved without a vote."
counts(YEAR, [S], [], [("bills approved", 2013, EXACT)])  # fmt: skip
S = "2025 marks the choir's fiftieth season, and its members are celebrating."
counts(YEAR, [S], [], [("members of the choir", 2025, EXACT)])  # fmt: skip
S = "In 2000 people voted by post for the first time in the borough."
counts(YEAR, [S], [], [("people who voted by post", 2000, EXACT)])  # fmt: skip
S = "The 2019 floods destroyed homes across the valley."
counts(YEAR, [S], [], [("homes destroyed by the floods", 2019, EXACT)])  # fmt: skip
S = "Since 1998 volunteers have rebuilt the pier twice."
counts(YEAR, [S], [], [("volunteers who rebuilt the pier", 1998, EXACT)])  # fmt: skip
S = "By 2030 emissions from the plant must fall by half, the minister said."
counts(YEAR, [S], [], [("emissions from the plant", 2030, EXACT)])  # fmt: skip
S = "The 2000 elections returned a hung parliament."
counts(YEAR, [S], [], [("elections held", 2000, EXACT)])  # fmt: skip
S = "In March 2021 protesters blocked the road to the port."
counts(YEAR, [S], [], [("protesters who blocked the road", 2021, EXACT)])  # fmt: skip
S = "Between 2019 and 2023 teachers saw their real pay fall."
counts(YEAR, [S], [], [("teachers whose pay fell", 2019, EXACT), ("teachers whose pay fell", 2023, EXACT)])  # fmt: skip


# --- range-ends: an end of a range, named by the field's label --------------------------

S = "The company put the number of jobs it will remove by 2028 at between 4,000 and 6,000."
counts(RANGE, [S], [("jobs to be cut, lower end", 4000, EXACT), ("jobs to be cut, upper end", 6000, EXACT), ("jobs to be cut", 4000, LEAST), ("jobs to be cut", 6000, UPTO)],
       [("jobs to be cut, lower end", 6000, EXACT), ("jobs to be cut, upper end", 4000, EXACT), ("jobs to be cut", 4000, EXACT), ("jobs to be cut", 6000, EXACT)])  # fmt: skip
S = "A board paper had pencilled in a cost of £54bn to £66bn at 2019 prices."
counts(RANGE, [S], [("cost estimate, low end, £bn", 54, EXACT), ("cost estimate, high end, £bn", 66, EXACT)],
       [("cost estimate, low end, £bn", 66, EXACT), ("cost estimate, £bn", 54, EXACT), ("cost estimate, high end, £bn", 54, EXACT)])  # fmt: skip
S = "Officials estimated that 300-400 families had fled the district."
counts(RANGE, [S], [("families that fled, minimum", 300, EXACT), ("families that fled, maximum", 400, EXACT)],
       [("families that fled", 300, EXACT), ("families that fled, maximum", 300, EXACT), ("families that fled, minimum", 400, EXACT)])  # fmt: skip
S = "The survey counted between 18,255 and 26,645 elephants in the reserves."
counts(RANGE, [S], [("elephants counted, low end of the range", 18255, EXACT), ("elephants counted, high end of the range", 26645, EXACT)],
       [("elephants counted", 26645, EXACT), ("elephants counted, low end of the range", 18255, MORE)])  # fmt: skip
S = "Analysts expect the bank to shed 2,000 to 3,000 roles, according to people familiar with the plan."
counts(RANGE, [S], [("roles to be shed, lowest estimate", 2000, EXACT), ("roles to be shed, highest estimate", 3000, EXACT)],
       [("roles to be shed, lowest estimate", 3000, EXACT), ("roles to be shed", 3000, MORE)])  # fmt: skip
S = "The fine could be anywhere from $5 million to $9 million, lawyers said."
counts(RANGE, [S], [("fine, lower bound, dollars", 5000000, EXACT), ("fine, upper bound, dollars", 9000000, EXACT)],
       [("fine, dollars", 5000000, EXACT), ("fine, upper bound, dollars", 5000000, EXACT)])  # fmt: skip


# --- qualifier-words: other words and places of a qualifier ------------------------------

S = "The outage left phones stuck without signal for as long as 10 hours."
counts(QUAL, [S], [("hours without signal", 10, UPTO), ("hours without signal", 10, ATMOST)],
       [("hours without signal", 10, EXACT), ("hours without signal", 10, LEAST)])  # fmt: skip
S = "Negotiators told reporters that minimum 1,000 prisoners from each side would be swapped."
counts(QUAL, [S], [("prisoners to be swapped", 1000, LEAST)],
       [("prisoners to be swapped", 1000, UPTO), ("prisoners to be swapped", 1000, LESS)])  # fmt: skip
S = "The defence asked for 14 months at most, roughly the time he has already served."
counts(QUAL, [S], [("months sought by the defence", 14, ATMOST)],
       [("months sought by the defence", 14, LEAST), ("months sought by the defence", 14, MORE)])  # fmt: skip
S = "In afternoon trading the dollar climbed past the mid-156 yen mark."
counts(QUAL, [S], [("dollar's level in yen", 156, MORE)],
       [("dollar's level in yen", 156, LESS), ("dollar's level in yen", 156, ATMOST)])  # fmt: skip
S = "The buyout group has also talked to Lark Media, the tabloid's parent, about a 9.9 per cent stake."
counts(QUAL, [S], [("stake discussed, per cent", 9.9, EXACT)],
       [("stake discussed, per cent", 9.9, MORE), ("stake discussed, per cent", 9.9, LEAST)])  # fmt: skip
S = "The jobless rate, though, has crept up to 4.3 per cent."
counts(QUAL, [S], [("unemployment rate, per cent", 4.3, EXACT)],
       [("unemployment rate, per cent", 4.3, MORE), ("unemployment rate, per cent", 4.3, LEAST)])  # fmt: skip
S = "Waves as high as 8 metres crashed over the harbour wall."
counts(QUAL, [S], [("wave height, metres", 8, UPTO)],
       [("wave height, metres", 8, EXACT), ("wave height, metres", 8, MORE)])  # fmt: skip
S = "Drivers caught on the bridge face fines of $500 or above under the new bylaw."
counts(QUAL, [S], [("fine for drivers, dollars", 500, LEAST)],
       [("fine for drivers, dollars", 500, UPTO), ("fine for drivers, dollars", 500, LESS)])  # fmt: skip
S = "Analysts reckon the rescue will cost north of $5bn."
counts(QUAL, [S], [("cost of the rescue, $bn", 5, MORE)],
       [("cost of the rescue, $bn", 5, LESS), ("cost of the rescue, $bn", 5, ATMOST)])  # fmt: skip
S = "Inflation edged up to 3.1 per cent in September, the statistics office said."
counts(QUAL, [S], [("inflation rate, per cent", 3.1, EXACT)],
       [("inflation rate, per cent", 3.1, MORE), ("inflation rate, per cent", 3.1, LESS)])  # fmt: skip
S = "The prosecution wants a sentence of five years at the most, the court heard."
counts(QUAL, [S], [("years sought by the prosecution", 5, ATMOST)],
       [("years sought by the prosecution", 5, LEAST)])  # fmt: skip
S = "The bank must keep its capital ratio at or above 8 percent."
counts(QUAL, [S], [("capital ratio, percent", 8, LEAST)],
       [("capital ratio, percent", 8, LESS), ("capital ratio, percent", 8, UPTO)])  # fmt: skip
S = "Police said 12 people had been arrested over the past 24 hours."
counts(QUAL, [S], [("people arrested", 12, EXACT)],
       [("people arrested", 12, MORE)])  # fmt: skip
S = "The group already owns about 9.9 per cent of the newspaper."
counts(QUAL, [S], [("share of the newspaper owned, per cent", 9.9, ABOUT)],
       [("share of the newspaper owned, per cent", 9.9, EXACT)])  # fmt: skip
S = "The union is in talks which involve about 300 jobs at the depot."
counts(QUAL, [S], [("jobs involved in the talks", 300, ABOUT)],
       [("jobs involved in the talks", 300, EXACT)])  # fmt: skip
S = "The convoy drove past 12 checkpoints on its way to the border."
counts(QUAL, [S], [("checkpoints the convoy passed", 12, EXACT)],
       [("checkpoints the convoy passed", 12, MORE)])  # fmt: skip
S = "The pollster asked about 300 voters in each ward, the report said."
counts(QUAL, [S], [("voters asked in each ward", 300, ABOUT)],
       [("voters asked in each ward", 300, EXACT)])  # fmt: skip
S = "Bitcoin is now well past $100,000, traders said."
counts(QUAL, [S], [("bitcoin price, dollars", 100000, MORE)],
       [("bitcoin price, dollars", 100000, EXACT)])  # fmt: skip
S = "An earlier version of this story said nine hostages were freed. Militants freed six; at least nine had been held."
counts(QUAL, [S], [("hostages freed", 6, EXACT), ("hostages held", 9, LEAST)],
       [("hostages freed", 6, LEAST), ("hostages freed", 9, LEAST)])  # fmt: skip
S = "Officials said the virus had spread since then, and over 30 million birds have been culled."
counts(QUAL, [S], [("birds culled", 30000000, MORE)],
       [("birds culled", 30000000, EXACT)])  # fmt: skip
S = "Results for pupils at grade 4/C or above: 68.1% of entries, the exam boards said."
counts(QUAL, [S], [("share of entries at grade 4/C or above, per cent", 68.1, EXACT)],
       [("share of entries at grade 4/C or above, per cent", 68.1, LESS)])  # fmt: skip
S = "EXAM RESULTS AT A GLANCE\n• Standard pass (grade 4/C or above): 68.2% of entries, up 0.3 points.\n• Grade 1/G or above: 98.1%, unchanged on last year."
counts(QUAL, [S], [("share of entries at grade 4/C or above, per cent", 68.2, EXACT), ("share of entries at grade 1/G or above, per cent", 98.1, EXACT)],
       [("share of entries at grade 1/G or above, per cent", 68.2, EXACT), ("share of entries at grade 4/C or above, per cent", 98.1, EXACT), ("share of entries at grade 4/C or above, per cent", 68.2, LESS)])  # fmt: skip
S = "The levy could go up to 25 per cent next year."
counts(QUAL, [S], [("levy rate, per cent", 25, UPTO)],
       [("levy rate, per cent", 25, MORE)])  # fmt: skip


# --- number-nouns: a dozen, a decade, fractions and "N in M" shares -----------------------

S = "A dozen protesters were arrested outside the parliament on Thursday."
counts(NOUN, [S], [("protesters arrested", 12, EXACT)],
       [("protesters arrested", 10, EXACT), ("protesters arrested", 12, MORE)])  # fmt: skip
S = "Dozens of protesters were arrested outside the assembly."
counts(NOUN, [S], [], [("protesters arrested", 12, EXACT), ("protesters arrested", 24, EXACT)])  # fmt: skip
S = "The second runway is now a decade further off, the airport said."
counts(NOUN, [S], [("years the runway is further off", 10, EXACT)],
       [("years the runway is further off", 100, EXACT), ("years the runway is further off", 10, MORE)])  # fmt: skip
S = "Two decades of drought have emptied the reservoir."
counts(NOUN, [S], [("years of drought", 20, EXACT)],
       [("years of drought", 200, EXACT)])  # fmt: skip
S = "Half of the 400 workers at the mill voted to strike."
counts(NOUN, [S], [("workers at the mill", 400, EXACT)],
       [("workers who voted to strike", 400, EXACT)])  # fmt: skip
S = "Three in four voters backed the measure, exit polls suggested."
counts(NOUN, [S], [("share of voters backing the measure, per cent", 75, EXACT)],
       [("share of voters backing the measure, per cent", 34, EXACT), ("share of voters backing the measure, per cent", 25, EXACT)])  # fmt: skip
S = "One in five children in the city lives in poverty, the report found."
counts(NOUN, [S], [("share of children living in poverty, per cent", 20, EXACT)],
       [("share of children living in poverty, per cent", 15, EXACT), ("share of children living in poverty, per cent", 80, EXACT)])  # fmt: skip
S = "Two-thirds of members backed the deal in the ballot."
counts(NOUN, [S], [("share of members backing the deal, per cent", 66.7, ABOUT), ("share of members backing the deal, per cent", 67, ABOUT)],
       [("share of members backing the deal, per cent", 23, EXACT), ("share of members backing the deal, per cent", 33.3, ABOUT)])  # fmt: skip
S = "A quarter of the 2,000 staff will move to the new site."
counts(NOUN, [S], [("staff in total", 2000, EXACT)],
       [("staff moving to the new site", 2000, EXACT)])  # fmt: skip
S = "Nearly a third of homes in the district have no broadband."
counts(NOUN, [S], [("share of homes without broadband, per cent", 33.3, NEARLY), ("share of homes without broadband, per cent", 33, NEARLY)],
       [("share of homes without broadband, per cent", 3, NEARLY), ("share of homes without broadband, per cent", 33, MORE)])  # fmt: skip
S = "Half of respondents said they would not travel this winter."
counts(NOUN, [S], [("share of respondents not travelling, per cent", 50, EXACT)],
       [("share of respondents not travelling, per cent", 5, EXACT), ("share of respondents not travelling, per cent", 50, MORE)])  # fmt: skip
S = "Nine out of 10 dentists recommend the paste, the advert claimed."
counts(NOUN, [S], [("share of dentists recommending the paste, per cent", 90, EXACT)],
       [("share of dentists recommending the paste, per cent", 10, EXACT), ("share of dentists recommending the paste, per cent", 9, EXACT)])  # fmt: skip
S = "More than half of the 1,200 nurses balloted backed strikes."
counts(NOUN, [S], [("share of nurses backing strikes, per cent", 50, MORE)],
       [("share of nurses backing strikes, per cent", 50, EXACT), ("nurses who backed strikes", 1200, EXACT)])  # fmt: skip
S = "Almost one in three adults in the county is obese, the health board said."
counts(NOUN, [S], [("share of adults who are obese, per cent", 33.3, NEARLY)],
       [("share of adults who are obese, per cent", 33.3, MORE), ("share of adults who are obese, per cent", 3, NEARLY)])  # fmt: skip
S = "The country's largest dam project is now a decade behind schedule, auditors said."
counts(NOUN, [S], [("years the dam project is behind schedule", 10, EXACT)],
       [("years the dam project is behind schedule", 10, MORE)])  # fmt: skip
S = "Wage growth slowed to its weakest for a decade in the third quarter."
counts(NOUN, [S], [], [("years of slowing wage growth", 10, EXACT)])  # fmt: skip
S = "The hospital has waited a fortnight for the new scanner."
counts(NOUN, [S], [("days waited for the scanner", 14, EXACT)],
       [("days waited for the scanner", 15, EXACT)])  # fmt: skip


# --- change-baselines: "up 0.5 points on last year" times the change, not the number -----

P = [
    "Top grades (7/A or above): 22.4%, up 0.5 points on last year.",
    "Last year 21.9% of entries earned a top grade.",
]
counts(BASE, P, [("share of entries at top grades, per cent", 22.4, EXACT)],
       [("share of entries at top grades, per cent", 21.9, EXACT)])  # fmt: skip
P = [
    "The jobless rate was 4.6 per cent in March, unchanged from last month.",
    "A year ago it stood at 4.1 per cent.",
]
counts(BASE, P, [("jobless rate, per cent", 4.6, EXACT)],
       [("jobless rate, per cent", 4.1, EXACT)])  # fmt: skip
P = [
    "Turnout reached 67.3 per cent, higher than last time.",
    "Last time, turnout was 62.1 per cent.",
]
counts(BASE, P, [("turnout, per cent", 67.3, EXACT)],
       [("turnout, per cent", 62.1, EXACT)])  # fmt: skip
P = [
    "Wheat output is forecast at 115 million tonnes, up 2 per cent on last year.",
    "Last year the harvest was 113 million tonnes.",
]
counts(BASE, P, [("wheat output forecast, tonnes", 115000000, EXACT)],
       [("wheat output forecast, tonnes", 113000000, EXACT)])  # fmt: skip
P = [
    "Membership stands at 48,200, down 900 from last year.",
    "Last year the club had 49,100 members.",
]
counts(BASE, P, [("members of the club", 48200, EXACT)],
       [("members of the club", 49100, EXACT)])  # fmt: skip
P = [
    "Inflation eased to 2.8 per cent, lower than last month.",
    "Last month inflation was 3.1 per cent.",
]
counts(BASE, P, [("inflation rate, per cent", 2.8, EXACT)],
       [("inflation rate, per cent", 3.1, EXACT)])  # fmt: skip
P = [
    "Passenger numbers hit 3.4 million, a rise of 12 per cent over last year.",
    "Last year the airport handled 3 million passengers.",
]
counts(BASE, P, [("passengers handled by the airport", 3400000, EXACT)],
       [("passengers handled by the airport", 3000000, EXACT)])  # fmt: skip
P = ["Applications totalled 6,150, ahead of last year.", "Last year 5,870 applications were made."]
counts(BASE, P, [("applications made", 6150, EXACT)],
       [("applications made", 5870, EXACT)])  # fmt: skip
P = [
    "The council recorded 412 complaints, up on last year.",
    "Last year it received 388 complaints.",
]
counts(BASE, P, [("complaints recorded by the council", 412, EXACT)],
       [("complaints recorded by the council", 388, EXACT)])  # fmt: skip
P = ["Exports came to 9,300 cars, up from last week.", "Last week the plant exported 8,700 cars."]
counts(BASE, P, [("cars exported", 9300, EXACT)],
       [("cars exported", 8700, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
