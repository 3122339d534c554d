# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 47's widened count readings (``grounding_rv47c.jsonl``,
review rv47c of wide47c; counts/other_readings.py, counts/amounts.py, figures/dated_numbers.py),
cases written by the reviewer in new words, at the edges of

- ``synonym``: the sentence reading of a count whose word has two stems among the cues
  ("killed": "killed", "kill"), now named once, so one synonym stands in for it far from the
  number: another place's, group's or time's toll in the same sentence ("The death toll from
  the storm in Cuba, which swept on to Jamaica overnight, has climbed to 64" for people killed
  in Jamaica), a synonym stem in another word ("living", "deadline", "hurt" by a price), the
  right count in other outlets' styles;
- ``dated``: an unqualified "toll" or "total" after a date's day or a year, which no longer
  takes the day for the number it counts, against a total of another thing named after the
  word ("By 15 July the toll of damaged homes had reached 540"), a four-digit count that is no
  year ("entered 1950 homes"), "may" the verb after a number, and dates in other styles
  ("Aug. 9", "the 3rd of March");
- ``total``: an unqualified total after another number of the sentence, the must-fail cases
  wide47c dropped because older rules already get them wrong ("bringing the total to 140" as
  Friday's arrests, "250 passengers were brought ashore alive" as passengers killed, "a gang of
  four men broke into the gallery" as galleries entered, "remittances fell 8%" as the
  shilling's fall, 294 injured as killed), beside their right readings.

Run ``python tests/data/make_rv47c_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv47c.jsonl")

built = SupportCases(
    "rv47c",
    leads=[
        "KINGSTON, Oct 21 (Caribbean Newswire) -",
        "By Tomasz Wrobel | The Baltic Herald",
        "Regional desk | The Severn Chronicle",
        "From our Dhaka correspondent, The Delta Times.",
        "Latest | The Mountain State Record",
    ],
)
SYNONYM, DATED, TOTAL = "synonym", "dated", "total"
EXACT, ABOUT, MORE, LEAST = "exact", "about", "more_than", "at_least"

counts = partial(built.count_cases, published="2025-10-22")

# --- synonym: a two-stem word of the count named by a synonym far from the number -------------
S = "The death toll from Hurricane Mara in Cuba, which swept on to Jamaica overnight, has climbed to 64, officials in Havana said."
counts(SYNONYM, [S], [("people killed in Cuba", 64, EXACT)], [("people killed in Jamaica", 64, EXACT)])  # fmt: skip
S = "The number of dead from the floods in Sylhet, where the river burst its banks on Monday before the water reached Sunamganj, has risen to 41."
counts(SYNONYM, [S], [("people killed in Sylhet", 41, EXACT)], [("people killed in Sunamganj", 41, EXACT)])  # fmt: skip
S = "Fatalities among soldiers in the offensive on the eastern ridge, launched alongside militia fighters on Thursday, have reached 27, the army said."
counts(SYNONYM, [S], [("soldiers killed", 27, EXACT)], [("militia fighters killed", 27, EXACT)])  # fmt: skip
S = "The number of people living in the tented camps along the border with Chad since the fighting began has climbed to 64,000, aid agencies said."
counts(SYNONYM, [S], [("people in the camps", 64000, EXACT)], [("people killed", 64000, EXACT)])  # fmt: skip
S = "Livestock losses across the drought-hit counties of the north-east since the rains failed in March have now reached 2,400, the county governor said."
counts(SYNONYM, [S], [], [("people killed", 2400, EXACT), ("people who died", 2400, EXACT)])  # fmt: skip
S = "Households whose livelihoods were wrecked by the cyclone that struck the Sundarbans coast last week now number about 18,000, the relief ministry said."
counts(SYNONYM, [S], [("households whose livelihoods were wrecked", 18000, ABOUT)], [("people killed", 18000, ABOUT)])  # fmt: skip
S = "Exporters hurt by the new tariffs on steel and aluminium shipped to the United States this year number roughly 1,300, the chamber of commerce said."
counts(SYNONYM, [S], [("exporters hurt by the tariffs", 1300, ABOUT)], [("people injured", 1300, ABOUT)])  # fmt: skip
S = "The number of injured from Saturday's stampede at the stadium gates in Ibadan, where the crowd had waited since dawn, rose to 88 on Sunday."
counts(SYNONYM, [S], [("people injured", 88, EXACT)], [("people injured", 88, MORE)])  # fmt: skip
S = "The death toll among civilians in the shelling of the market in the old town of Kherson on Tuesday morning has risen to 16, regional officials said."
counts(SYNONYM, [S], [("civilians killed", 16, EXACT)], [("soldiers killed", 16, EXACT)])  # fmt: skip
S = "Deaths among migrants crossing the Darien Gap between Colombia and Panama, a route that tens of thousands took last year, reached 55 in the first half of this year."
counts(SYNONYM, [S], [("migrants killed", 55, EXACT)], [("migrants killed", 55, LEAST)])  # fmt: skip
S = "Refugees from the fighting in the hills around Goma, many of them women and children who walked for days, have now reached 12,500 in the camp at Kanyaruchinya."
counts(SYNONYM, [S], [("people displaced", 12500, EXACT)], [("people evacuated by the army", 12500, MORE)])  # fmt: skip
S = "The death toll from the collapse of the garment factory outside Dhaka on Wednesday, where a second floor had been added without permission, stands at 73."
counts(SYNONYM, [S], [("people killed", 73, EXACT)], [("workers injured", 73, EXACT)])  # fmt: skip
S = "The deadline set by the regulator for comments on the new rules, which drew objections from lenders in the capital, has been moved back by the ministry to 30 days."
counts(SYNONYM, [S], [], [("people killed", 30, EXACT)])  # fmt: skip
S = "Those wounded when the bus overturned on the mountain road outside Huancayo late on Friday night, most of them farm workers going home, number 23, police said."
counts(SYNONYM, [S], [("people injured", 23, EXACT)], [("people killed", 23, EXACT)])  # fmt: skip
S = "Diesel sales at filling stations across the province, where the strike by tanker drivers entered its second week on Monday, fell to 4,000 on Tuesday."
counts(SYNONYM, [S], [], [("deaths", 4000, EXACT)])  # fmt: skip
S = "Lives lost in the fire that swept through the tower block in west London on Wednesday night now number 14, the Metropolitan Police said."
counts(SYNONYM, [S], [("people killed", 14, EXACT)], [("people killed", 41, EXACT)])  # fmt: skip
S = "The number of people who died when the overcrowded boat capsized on Lake Albert on Saturday afternoon has risen to 29, police said."
counts(SYNONYM, [S], [("people killed", 29, EXACT)], [("people killed", 29, ABOUT)])  # fmt: skip
S = "Injuries from the blast at the fertiliser depot near the port of Chittagong, which shattered windows a mile away, have now reached 212, the fire service said."
counts(SYNONYM, [S], [("people wounded", 212, EXACT)], [("people killed", 212, EXACT)])  # fmt: skip

# --- dated: an unqualified toll or total after a date's day or a year ------------------------
S = "By 15 July the toll of damaged homes in the flooded districts had reached 540, the state relief commissioner said."
counts(DATED, [S], [("homes damaged", 540, EXACT)], [("people killed", 540, EXACT)])  # fmt: skip
S = "By 9 November the count of postal ballots still to be opened had reached 61,000, county election officials said."
counts(DATED, [S], [("postal ballots to be opened", 61000, EXACT)], [("votes for the governor", 61000, EXACT)])  # fmt: skip
R = "Cholera cases in the camp have doubled in a fortnight, health workers said."
S = "On 3 March the total stood at 1,200, according to the camp's clinic."
counts(DATED, [R, S], [("cholera cases", 1200, EXACT)], [("people displaced", 1200, EXACT)])  # fmt: skip
S = "Floodwater entered 1950 homes in the low-lying wards on Tuesday, bringing the total to 4,200, the municipal commissioner said."
counts(DATED, [S], [("homes flooded", 4200, EXACT)], [("people evacuated", 4200, EXACT)])  # fmt: skip
S = "Rescuers fear 30 may still be trapped under the rubble, and the toll stood at 212 on Sunday, the civil defence agency said."
counts(DATED, [S], [("people killed", 212, EXACT)], [("people trapped", 212, EXACT)])  # fmt: skip
S = "By Aug. 9 the toll had reached 54, the state emergency management office said."
counts(DATED, [S], [("deaths", 54, EXACT)], [("deaths", 9, EXACT)])  # fmt: skip
S = "As of Sept. 30 the tally stood at 3,115, the county coroner's office said of overdose deaths this year."
counts(DATED, [S], [("overdose deaths", 3115, EXACT)], [("overdose deaths", 30, EXACT)])  # fmt: skip
S = "By the 3rd of March the total had reached 870 arrests, police said."
counts(DATED, [S], [("arrests", 870, EXACT)], [("arrests", 3, EXACT)])  # fmt: skip
S = "In 2023 the toll on the county's roads fell to 41, the lowest since records began, the road safety partnership said."
counts(DATED, [S], [("road deaths", 41, EXACT)], [("road deaths", 2023, EXACT)])  # fmt: skip
S = "Police arrested 40 protesters on May 3, bringing the total to 212, the interior ministry said."
counts(DATED, [S], [("protesters arrested", 212, EXACT)], [("protesters injured", 212, EXACT)])  # fmt: skip
S = "On 21 October, the toll from the landslide in Wayanad rose to 38, the district collector said."
counts(DATED, [S], [("people killed", 38, EXACT)], [("people missing", 38, EXACT)])  # fmt: skip
S = "The total stood at 1,200 on Friday, according to the camp's clinic."
counts(DATED, [R, S], [], [("people displaced", 1200, EXACT)])  # fmt: skip
S = "The toll from the landslide in Wayanad rose to 38 on Monday, the district collector said."
counts(DATED, [S], [], [("people missing", 38, EXACT)])  # fmt: skip
S = "In 1998 floodwater entered 300 homes in the same wards; this year the total has reached 4,200, the municipal commissioner said."
counts(DATED, [S], [("homes flooded this year", 4200, EXACT)], [("homes flooded in 1998", 4200, EXACT)])  # fmt: skip
S = "Some 2000 people were moved to schools on 14 August, and the total sheltering in the district has reached 6,500."
counts(DATED, [S], [("people sheltering", 6500, EXACT)], [("people killed", 6500, EXACT)])  # fmt: skip
S = "Militants killed 4 villagers on 2 June, bringing the total this month to 31, the district police chief said."
counts(DATED, [S], [("villagers killed this month", 31, EXACT)], [("villagers injured this month", 31, EXACT)])  # fmt: skip
S = "Storms injured 12 people on 8 May, bringing the total since the season began to 90, the weather service said."
counts(DATED, [S], [("people injured", 90, EXACT)], [("people killed", 90, EXACT)])  # fmt: skip
S = "Two more senators signed on as co-sponsors on 4 March, bringing the total to 38, aides said."
counts(DATED, [S], [("co-sponsors", 38, EXACT)], [("senators opposed", 38, EXACT)])  # fmt: skip

# --- total: an unqualified total after another number; wide47c's dropped must-fail cases -----
S = "Police arrested 12 protesters on Friday, bringing the total to 140."
counts(TOTAL, [S], [("protesters arrested in all", 140, EXACT), ("protesters arrested on Friday", 12, EXACT)], [("protesters arrested on Friday", 140, EXACT)])  # fmt: skip
S = "The number of dead from the ferry fire off Sulawesi has climbed to 31, the coastguard said."
T = "A further 250 passengers were brought ashore alive."
counts(TOTAL, [S, T], [("passengers rescued", 250, EXACT)], [("passengers killed", 250, EXACT)])  # fmt: skip
S = "A gang of four men broke into the gallery shortly after it opened on Sunday."
counts(TOTAL, [S], [("men in the gang", 4, EXACT)], [("galleries entered", 4, EXACT)])  # fmt: skip
S = "Kenya's central bank said the shilling had weakened against the dollar, and that remittances fell 8% in the month."
counts(TOTAL, [S], [("fall in remittances, percent", 8, EXACT)], [("fall in the shilling, percent", 8, EXACT)])  # fmt: skip
S = "The death toll from the New Year's Day earthquake in central Japan has climbed to 64, broadcaster NHK said."
T = "Another 294 people were hurt, according to the fire agency."
counts(TOTAL, [S, T], [("people injured", 294, EXACT)], [("people killed", 294, EXACT)])  # fmt: skip
S = "Soldiers killed 9 fighters in a raid on Tuesday, bringing the total this month to 61, the army said."
counts(TOTAL, [S], [("fighters killed this month", 61, EXACT)], [("soldiers killed this month", 61, EXACT)])  # fmt: skip
S = "Inspectors closed 7 restaurants on Monday, bringing the total shut since the outbreak to 35."
counts(TOTAL, [S], [("restaurants closed", 35, EXACT)], [("restaurants closed on Monday", 35, EXACT)])  # fmt: skip
S = "The coastguard rescued 46 migrants overnight, bringing the total for the week to 310, while 3 bodies were recovered."
counts(TOTAL, [S], [("migrants rescued this week", 310, EXACT)], [("migrants dead", 310, EXACT), ("bodies recovered", 310, EXACT)])  # fmt: skip
S = "Two more senators signed on as co-sponsors on Wednesday, bringing the total to 38, aides said."
counts(TOTAL, [S], [("co-sponsors", 38, EXACT)], [("co-sponsors added on Wednesday", 38, EXACT)])  # fmt: skip
S = "Israel freed 90 prisoners on Sunday, and Hamas released 3 hostages, bringing the total of hostages freed since the truce began to 33."
counts(TOTAL, [S], [("hostages released since the truce", 33, EXACT)], [("prisoners freed on Sunday", 33, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
