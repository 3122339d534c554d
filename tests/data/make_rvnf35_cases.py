# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of numforms35's number forms (``grounding_rvnf35.jsonl``): value-support
cases written by the reviewer rvnf35 in the shapes numforms35 reads and just outside them, by
category, each with what must pass and what must fail:

- ``scale-words``: lakh and crore in other shapes ("Rs 3,400 crore", "a ₹1,800-crore
  expansion", "1.2 lakh-strong crowd", "10 crore families") and a spaced scale after other
  currencies ("£1.3 bn", "$300 k", "$2.1 tn"). Refused: the scale misread (lakh as ten
  thousand, crore as a million), the bare number;
- ``units-years``: a glued unit that is not the field's ("ran 5km" for a count of people,
  "90mph" for trees felled), and four-digit numbers: a count after a word of amount or a verb
  ("hired 2050 teachers", "about 1900 families"), a year that places the sentence ("By 2030
  homes ...", "In 1998 people voted ...", "Since 2010 volunteers ...") no count;
- ``shares-ranges``: fractions and "N in M" as shares ("one in four adults" 25 per cent,
  "nine out of 10" 90), never the fraction's whole or its other number; a range's end when
  the label names that end ("upper end", "maximum"), never the other end or an unlabelled end;
- ``qualifier-words``: "as many as" (up to, never at least), "upwards of", "in excess of",
  "soared past" (more than), "can go up to" and "may rise up to" as ceilings (never exact), and
  "about" after a verb of talk that still approximates ("talked with about a hundred refugees").

Run ``python tests/data/make_rvnf35_cases.py`` to rebuild it. Every sentence is written for
this set (fictional outlets and people); each verdict is what a careful fact-checker reads in
the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvnf35.jsonl")

built = SupportCases(
    "rv35",
    leads=[
        "MUMBAI (Malabar Wire) -",
        "By Anjali Deshpande | The Godavari Times",
        "WORLD DESK | The Eastmoor Chronicle",
        "PORTLAND, Cascade Ledger -",
        "News desk, The Wrekin Herald.",
    ],
)
SCALE, UNIT, SHARE, QUAL = "scale-words", "units-years", "shares-ranges", "qualifier-words"
PUBLISHED = "2025-11-18"
EXACT, MORE, ABOUT, LEAST, UPTO, NEARLY, LESS = (
    "exact", "more_than", "about", "at_least", "up_to", "nearly", "less_than",
)  # fmt: skip

counts = partial(built.count_cases, published=PUBLISHED)

# --- scale-words -------------------------------------------------------------------------
S = "The state cabinet approved a Rs 3,400 crore relief package for drought-hit districts on Tuesday."
counts(SCALE, [S], [("rupees in the drought relief package", 34000000000, EXACT)],
       [("rupees in the drought relief package", 3400000000, EXACT), ("rupees in the drought relief package", 3400, EXACT)])  # fmt: skip
S = "The Jalnagar water board plans to spend ₹2.5 lakh crore on new pipelines over the next decade."
counts(SCALE, [S], [("rupees to be spent on pipelines", 2500000000000, EXACT)],
       [("rupees to be spent on pipelines", 25000000000, EXACT), ("rupees to be spent on pipelines", 250000, EXACT)])  # fmt: skip
S = "A 1.2 lakh-strong crowd packed the stadium for the rally, the police said."
counts(SCALE, [S], [("people in the crowd at the rally", 120000, EXACT)],
       [("people in the crowd at the rally", 12000, EXACT), ("people in the crowd at the rally", 1.2, EXACT)])  # fmt: skip
S = "Government agencies had procured 177.08 lakh tonnes of paddy by the end of November."
counts(SCALE, [S], [("tonnes of paddy procured", 17708000, EXACT)],
       [("tonnes of paddy procured", 1770800, EXACT), ("tonnes of paddy procured", 177.08, EXACT), ("tonnes of paddy procured", 17708000, MORE)])  # fmt: skip
S = "Nearly 38 lakh voters have yet to collect their identity cards, the election office said."
counts(SCALE, [S], [("voters yet to collect identity cards", 3800000, NEARLY)],
       [("voters yet to collect identity cards", 380000, NEARLY), ("voters yet to collect identity cards", 3800000, MORE)])  # fmt: skip
S = "The port trust unveiled a ₹1,800-crore expansion of its container terminal."
counts(SCALE, [S], [("rupees for the terminal expansion", 18000000000, EXACT)],
       [("rupees for the terminal expansion", 1800000000, EXACT), ("rupees for the terminal expansion", 1800, EXACT)])  # fmt: skip
S = "The health insurance scheme now covers 10 crore families across the country."
counts(SCALE, [S], [("families covered by the scheme", 100000000, EXACT)],
       [("families covered by the scheme", 10000000, EXACT), ("families covered by the scheme", 10, EXACT)])  # fmt: skip
S = "Harrowgate Foods posted a loss of £1.3 bn for the half year, its worst since listing."
counts(SCALE, [S], [("half-year loss, pounds", 1300000000, EXACT)],
       [("half-year loss, pounds", 1300000, EXACT), ("half-year loss, pounds", 1.3, EXACT)])  # fmt: skip
S = "The neighbourhood group raised $300 k from donors to rebuild the library."
counts(SCALE, [S], [("dollars raised from donors", 300000, EXACT)],
       [("dollars raised from donors", 300, EXACT), ("dollars raised from donors", 300000000, EXACT)])  # fmt: skip
S = "Investors now value the chipmaker at $2.1 tn, more than any rival."
counts(SCALE, [S], [("market value of the chipmaker, dollars", 2100000000000, EXACT)],
       [("market value of the chipmaker, dollars", 2100000000, EXACT), ("market value of the chipmaker, dollars", 2100000000000, LESS)])  # fmt: skip

S = "The ministry released Rs 1.5 thousand crore for the canal scheme on Monday."
counts(SCALE, [S], [("rupees released for the canal scheme", 15000000000, EXACT)],
       [("rupees released for the canal scheme", 1500000000, EXACT), ("rupees released for the canal scheme", 1500, EXACT)])  # fmt: skip
S = "Exporters expect shipments worth ₹3 lakh crore this fiscal year, the council said."
counts(SCALE, [S], [("value of expected shipments, rupees", 3000000000000, EXACT)],
       [("value of expected shipments, rupees", 300000, EXACT), ("value of expected shipments, rupees", 30000000000, EXACT)])  # fmt: skip
S = "A 12,000-strong crowd lined the route of the parade on Saturday."
counts(SCALE, [S], [("people in the crowd along the parade route", 12000, EXACT)],
       [("people in the crowd along the parade route", 1200, EXACT), ("people in the crowd along the parade route", 12000, LESS)])  # fmt: skip
S = "The alliance sent a 5,000-strong peacekeeping force to the border region."
counts(SCALE, [S], [("troops in the peacekeeping force", 5000, EXACT)],
       [("troops in the peacekeeping force", 500, EXACT), ("troops in the peacekeeping force", 5000, MORE)])  # fmt: skip
S = "The watchdog fined the bank €3.5 bn for the breaches, a record for the bloc."
counts(SCALE, [S], [("fine imposed on the bank, euros", 3500000000, EXACT)],
       [("fine imposed on the bank, euros", 3500000, EXACT), ("fine imposed on the bank, euros", 3.5, EXACT)])  # fmt: skip

# --- units-years -------------------------------------------------------------------------
S = "Ms Oyelaran waded 5km through flooded streets to reach 40 stranded residents."
counts(UNIT, [S], [("residents stranded", 40, EXACT), ("kilometres waded", 5, EXACT)],
       [("residents stranded", 5, EXACT), ("residents stranded", 40, MORE)])  # fmt: skip
S = "Gusts of 90mph battered the coast overnight, felling 300 trees."
counts(UNIT, [S], [("trees felled by the gusts", 300, EXACT)],
       [("trees felled by the gusts", 90, EXACT), ("trees felled by the gusts", 300, LESS)])  # fmt: skip
S = "The new wind farm will generate 2.4GW, enough to power 1.9 million homes."
counts(UNIT, [S], [("homes the wind farm can power", 1900000, EXACT)],
       [("homes the wind farm can power", 2.4, EXACT), ("homes the wind farm can power", 2400000, EXACT)])  # fmt: skip
S = "Border officers seized 12kg of cocaine and arrested four men at the crossing."
counts(UNIT, [S], [("men arrested at the crossing", 4, EXACT), ("kilograms of cocaine seized", 12, EXACT)],
       [("men arrested at the crossing", 12, EXACT)])  # fmt: skip
S = "By 2030 homes in the county must be fitted with heat pumps, the council said."
counts(UNIT, [S], [], [("homes to be fitted with heat pumps", 2030, EXACT)])  # fmt: skip
S = "In 1998 people voted to keep the monarchy, the archive shows."
counts(UNIT, [S], [], [("people who voted to keep the monarchy", 1998, EXACT)])  # fmt: skip
S = "Since 2010 volunteers have planted saplings along the riverbank every spring."
counts(UNIT, [S], [], [("volunteers who planted saplings", 2010, EXACT)])  # fmt: skip
S = "More than 2400 students sat the entrance exam on Saturday, the board said."
counts(UNIT, [S], [("students who sat the exam", 2400, MORE)],
       [("students who sat the exam", 2400, LESS)])  # fmt: skip
S = "The charity handed out 1850 blankets during the cold snap."
counts(UNIT, [S], [("blankets handed out by the charity", 1850, EXACT)],
       [("blankets handed out by the charity", 1850, MORE)])  # fmt: skip
S = "Nearly 2000 runners finished the marathon despite the heat."
counts(UNIT, [S], [("runners who finished the marathon", 2000, NEARLY)],
       [("runners who finished the marathon", 2000, MORE)])  # fmt: skip
S = "The 2019 floods destroyed 1200 homes in the valley."
counts(UNIT, [S], [("homes destroyed by the floods", 1200, EXACT)],
       [("homes destroyed by the floods", 2019, EXACT)])  # fmt: skip
S = "About 1900 families were evacuated from the valley on Monday."
counts(UNIT, [S], [("families evacuated", 1900, ABOUT)],
       [("families evacuated", 1900, MORE)])  # fmt: skip
S = "The school district hired 2050 teachers this summer to cut class sizes."
counts(UNIT, [S], [("teachers hired by the district", 2050, EXACT)],
       [("teachers hired by the district", 2050, LESS)])  # fmt: skip
S = "In 2024 elections were held in 64 countries, the institute said."
counts(UNIT, [S], [("countries that held elections", 64, EXACT)],
       [("countries that held elections", 2024, EXACT)])  # fmt: skip

S = "After 2008 banks were forced to hold far more capital, the regulator said."
counts(UNIT, [S], [], [("banks forced to hold more capital", 2008, EXACT)])  # fmt: skip
S = "During 2020 nurses worked double shifts across the region."
counts(UNIT, [S], [], [("nurses who worked double shifts", 2020, EXACT)])  # fmt: skip
S = "Until 2015 migrants could apply for the visa online."
counts(UNIT, [S], [], [("migrants who could apply online", 2015, EXACT)])  # fmt: skip
S = "Throughout 2019 dockers staged rolling strikes at the port."
counts(UNIT, [S], [], [("dockers who staged strikes", 2019, EXACT)])  # fmt: skip
S = "The chain reported fiscal 2025 earnings above forecasts."
counts(UNIT, [S], [], [("earnings reported by the chain", 2025, EXACT)])  # fmt: skip
S = "The carmaker posted record 2023 profits on Thursday, lifting its shares."
counts(UNIT, [S], [], [("profits posted by the carmaker", 2023, EXACT)])  # fmt: skip
S = "Around 2000 people attended the candlelit vigil on Sunday."
counts(UNIT, [S], [("people who attended the vigil", 2000, ABOUT)],
       [("people who attended the vigil", 2000, MORE)])  # fmt: skip
S = "Prices in the capital rose 12pc last year, the property survey found."
counts(UNIT, [S], [("rise in prices in the capital, per cent", 12, EXACT)],
       [("rise in prices in the capital, per cent", 12, MORE)])  # fmt: skip

# --- shares-ranges -----------------------------------------------------------------------
S = "Half of the 800 workers at the plant voted to strike, the union said."
counts(SHARE, [S], [("per cent of workers who voted to strike", 50, EXACT)],
       [("workers who voted to strike", 800, EXACT), ("per cent of workers who voted to strike", 800, EXACT)])  # fmt: skip
S = "One in four adults in the town smokes, the health survey found."
counts(SHARE, [S], [("per cent of adults who smoke", 25, EXACT)],
       [("per cent of adults who smoke", 4, EXACT), ("per cent of adults who smoke", 75, EXACT)])  # fmt: skip
S = "Nine out of 10 dentists surveyed recommend fluoride varnish."
counts(SHARE, [S], [("per cent of dentists who recommend varnish", 90, EXACT)],
       [("per cent of dentists who recommend varnish", 10, EXACT), ("per cent of dentists who recommend varnish", 9, EXACT)])  # fmt: skip
S = "Three in 10 respondents said they had skipped a meal to save money."
counts(SHARE, [S], [("per cent of respondents who skipped a meal", 30, EXACT)],
       [("per cent of respondents who skipped a meal", 3, EXACT), ("per cent of respondents who skipped a meal", 10, EXACT)])  # fmt: skip
S = "A quarter of the 2,000 homes surveyed had damp, the housing charity said."
counts(SHARE, [S], [("per cent of homes with damp", 25, EXACT)],
       [("homes with damp", 2000, EXACT), ("per cent of homes with damp", 4, EXACT)])  # fmt: skip
S = "The council expects to cut between 300 and 450 posts next year."
counts(SHARE, [S], [("posts to be cut, upper end", 450, EXACT), ("posts to be cut, lower end", 300, EXACT)],
       [("posts to be cut, upper end", 300, EXACT), ("posts to be cut, lower end", 450, EXACT), ("posts to be cut", 450, EXACT)])  # fmt: skip
S = "Economists expect growth of between 10 and 12 per cent in the coming quarter."
counts(SHARE, [S], [("expected growth, per cent, maximum", 12, EXACT)],
       [("expected growth, per cent, maximum", 10, EXACT), ("expected growth, per cent", 12, EXACT)])  # fmt: skip
S = "The regulator estimates that 3,000 to 5,000 households were overcharged."
counts(SHARE, [S], [("households overcharged, lowest estimate", 3000, EXACT)],
       [("households overcharged, lowest estimate", 5000, EXACT), ("households overcharged, highest estimate", 3000, EXACT)])  # fmt: skip

S = "Two-thirds of the 1,500 members backed the deal in Sunday's ballot."
counts(SHARE, [S], [("per cent of members who backed the deal", 66.7, EXACT)],
       [("members who backed the deal", 1500, EXACT), ("per cent of members who backed the deal", 33.3, EXACT)])  # fmt: skip
S = "One in 20 children in the district has asthma, the clinic said."
counts(SHARE, [S], [("per cent of children with asthma", 5, EXACT)],
       [("per cent of children with asthma", 20, EXACT), ("per cent of children with asthma", 1, EXACT)])  # fmt: skip
S = "Forecasters see inflation at 3-4% next year."
counts(SHARE, [S], [("inflation forecast for next year, per cent, low end", 3, EXACT)],
       [("inflation forecast for next year, per cent, high end", 3, EXACT), ("inflation forecast for next year, per cent", 4, EXACT)])  # fmt: skip
S = "Engineers said the repairs would cost £2m to £3m."
counts(SHARE, [S], [("cost of the repairs, pounds, maximum", 3000000, EXACT)],
       [("cost of the repairs, pounds, maximum", 2000000, EXACT), ("cost of the repairs, pounds", 5000000, EXACT)])  # fmt: skip

S = "Engineers said the repairs to the sea wall would cost £2m-£3m."
counts(SHARE, [S], [("cost of the sea wall repairs, pounds, upper end", 3000000, EXACT), ("cost of the sea wall repairs, pounds", 3000000, UPTO)],
       [("cost of the sea wall repairs, pounds, upper end", 2000000, EXACT), ("cost of the sea wall repairs, pounds", 2000000, EXACT)])  # fmt: skip
S = "Analysts value the takeover at $2bn-$3bn, depending on the debt."
counts(SHARE, [S], [("value of the takeover, dollars, lowest estimate", 2000000000, EXACT)],
       [("value of the takeover, dollars, lowest estimate", 3000000000, EXACT), ("value of the takeover, dollars", 3000000000, EXACT)])  # fmt: skip
S = "The firm will cut 3-4% of its staff by the summer."
counts(SHARE, [S], [("per cent of staff to be cut, maximum", 4, EXACT)],
       [("per cent of staff to be cut, maximum", 3, EXACT), ("per cent of staff to be cut", 3, EXACT)])  # fmt: skip
S = "The head teacher told parents that about a third of staff had left."
counts(SHARE, [S], [("per cent of staff who left", 33.3, ABOUT)],
       [("per cent of staff who left", 33.3, EXACT), ("per cent of staff who left", 66.7, ABOUT)])  # fmt: skip

S = "The minimum wage will rise to between £12 and £13 an hour next April, ministers said."
counts(SHARE, [S], [("minimum wage from April, pounds an hour", 12, LEAST), ("minimum wage from April, pounds an hour", 13, UPTO)],
       [("minimum wage from April, pounds an hour", 12, EXACT), ("minimum wage from April, pounds an hour", 13, EXACT)])  # fmt: skip
S = "Offenders would face a maximum sentence of between 10 and 14 years under the bill."
counts(SHARE, [S], [("maximum sentence under the bill, years", 14, UPTO)],
       [("maximum sentence under the bill, years", 14, EXACT), ("maximum sentence under the bill, years", 10, EXACT)])  # fmt: skip
S = "The lowest-paid cleaners will get rises of 3 to 5 per cent, the union said."
counts(SHARE, [S], [("pay rise for the lowest-paid cleaners, per cent", 3, LEAST)],
       [("pay rise for the lowest-paid cleaners, per cent", 3, EXACT), ("pay rise for the lowest-paid cleaners, per cent", 5, EXACT)])  # fmt: skip
S = "Nearly two decades of drought have emptied the Karoo reservoir."
counts(SHARE, [S], [("years of drought", 20, NEARLY)],
       [("years of drought", 20, MORE), ("years of drought", 10, NEARLY)])  # fmt: skip
S = "More than two decades of war have left the province in ruins."
counts(SHARE, [S], [("years of war in the province", 20, MORE)],
       [("years of war in the province", 20, LESS), ("years of war in the province", 20, NEARLY)])  # fmt: skip

# --- qualifier-words ---------------------------------------------------------------------
S = "As many as 10 climbers are feared dead after the avalanche."
counts(QUAL, [S], [("climbers feared dead", 10, UPTO)],
       [("climbers feared dead", 10, LEAST), ("climbers feared dead", 10, MORE)])  # fmt: skip
S = "Upwards of 5,000 fans travelled to the final in Lisbon."
counts(QUAL, [S], [("fans who travelled to the final", 5000, MORE)],
       [("fans who travelled to the final", 5000, LESS), ("fans who travelled to the final", 5000, UPTO)])  # fmt: skip
S = "The fraud caused losses in excess of $40 million, prosecutors said."
counts(QUAL, [S], [("losses caused by the fraud, dollars", 40000000, MORE)],
       [("losses caused by the fraud, dollars", 40000000, LESS), ("losses caused by the fraud, dollars", 40000000, UPTO)])  # fmt: skip
S = "Oil prices soared past $100 a barrel on Monday for the first time in a year."
counts(QUAL, [S], [("oil price, dollars a barrel", 100, MORE)],
       [("oil price, dollars a barrel", 100, LESS)])  # fmt: skip
S = "Under the new rules, fines for littering can go up to £5,000."
counts(QUAL, [S], [("fine for littering, pounds", 5000, UPTO)],
       [("fine for littering, pounds", 5000, LEAST), ("fine for littering, pounds", 5000, MORE)])  # fmt: skip
S = "Mortgage rates may rise up to 5 per cent next year, the bank warned."
counts(QUAL, [S], [("mortgage rates next year, per cent", 5, UPTO)],
       [("mortgage rates next year, per cent", 5, LEAST), ("mortgage rates next year, per cent", 5, MORE)])  # fmt: skip
S = "The envoy talked with about a hundred refugees at the camp on Friday."
counts(QUAL, [S], [("refugees the envoy talked with", 100, ABOUT)],
       [("refugees the envoy talked with", 100, MORE), ("refugees the envoy talked with", 100, LESS)])  # fmt: skip
S = "Union leaders talked to the board about a 7 per cent pay rise for nurses."
counts(QUAL, [S], [("pay rise for nurses discussed, per cent", 7, EXACT)],
       [("pay rise for nurses discussed, per cent", 7, MORE), ("pay rise for nurses discussed, per cent", 7, LESS)])  # fmt: skip
S = "Unemployment has crept up to 5.1 per cent, the highest in four years."
counts(QUAL, [S], [("unemployment rate, per cent", 5.1, EXACT)],
       [("unemployment rate, per cent", 5.1, MORE), ("unemployment rate, per cent", 5.1, LESS)])  # fmt: skip
S = "Turnout rose past 70 per cent in the northern wards."
counts(QUAL, [S], [("turnout in the northern wards, per cent", 70, MORE)],
       [("turnout in the northern wards, per cent", 70, LESS), ("turnout in the northern wards, per cent", 70, UPTO)])  # fmt: skip
S = "North of 200 people signed the petition within a day."
counts(QUAL, [S], [("people who signed the petition", 200, MORE)],
       [("people who signed the petition", 200, LESS)])  # fmt: skip

S = "A good 40% of the apple harvest was lost to blight."
counts(QUAL, [S], [("per cent of the harvest lost", 40, LEAST)],
       [("per cent of the harvest lost", 40, LESS), ("per cent of the harvest lost", 40, UPTO)])  # fmt: skip
S = "Delays on the line can creep up to 40 minutes at peak times."
counts(QUAL, [S], [("delay on the line, minutes", 40, UPTO)],
       [("delay on the line, minutes", 40, MORE), ("delay on the line, minutes", 40, LEAST)])  # fmt: skip
S = "The convoy drove past 12 checkpoints on its way to the city."
counts(QUAL, [S], [("checkpoints the convoy drove past", 12, EXACT)],
       [("checkpoints the convoy drove past", 12, MORE), ("checkpoints the convoy drove past", 12, LESS)])  # fmt: skip
S = "Upward of 200 homes lost power in the ice storm, the utility said."
counts(QUAL, [S], [("homes that lost power", 200, MORE)],
       [("homes that lost power", 200, LESS), ("homes that lost power", 200, UPTO)])  # fmt: skip

S = "Fully 30 per cent of the town's homes still lack broadband, the report found."
counts(QUAL, [S], [("per cent of homes lacking broadband", 30, LEAST)],
       [("per cent of homes lacking broadband", 30, UPTO), ("per cent of homes lacking broadband", 30, LESS)])  # fmt: skip
S = "The envoy talked with about a hundred displaced families at the school."
counts(QUAL, [S], [("displaced families the envoy talked with", 100, ABOUT)],
       [("displaced families the envoy talked with", 100, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
