# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 47's widened count readings (``grounding_wide47c.jsonl``, widener
wide47c; counts/other_readings.py, figures/dated_numbers.py, counts/amounts.py), cases written
in many outlets' shapes before the code ran, at the edges of

- ``stems``: the sentence reading of a count whose word has two stems among the cues
  ("killed": "killed", "kill"), met in its sentence by a synonym only ("The death toll from
  ... has climbed to 64, broadcaster NHK said"), against another number, a changed qualifier
  and the count of another noun;
- ``sole``: a count whose whole evidence states one number, named by the count's words,
  against a change's amount ("rose 5%"), a glued number the reader skips ("12.4m"), a noun of
  another thing ("a gang of four men"), a rate for a count, a negation, an earlier figure
  beside the current one, a changed qualifier, and a count named in other words than its
  label's ("Roughly 250,000 people filled the square" for people attending the funeral: the
  reading of such a one number that was tried let older sets' must-fail parts, heads and
  relative clauses through, and was withdrawn);
- ``dated``: an unqualified "toll" or "total" after a date's day or a year ("By July 15 the
  toll had reached 54"), which the day no longer takes for its own, against the day itself
  and the number before the total that counts another thing.

Run ``python tests/data/make_wide47c_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_wide47c.jsonl")

built = SupportCases(
    "wide47c",
    leads=[
        "MANILA, Oct 2 (Harbour Wire) -",
        "By Ines Carvalho | The Lisbon Ledger",
        "NEWS DESK | The Fenland Courier",
        "From our Nairobi bureau, The Rift Observer.",
        "Live updates | The Prairie Dispatch",
    ],
)
STEMS, SOLE, DATED = "stems", "sole", "dated"
EXACT, ABOUT, MORE, LEAST, NEARLY, UPTO = (
    "exact",
    "about",
    "more_than",
    "at_least",
    "nearly",
    "up_to",
)

counts = partial(built.count_cases, published="2025-07-16")

# --- stems: the count's word in two stems, its sentence naming it by a synonym ---------------
S = "The death toll from the New Year's Day earthquake in central Japan has climbed to 64, broadcaster NHK said."
T = "Another 294 people were hurt, according to the fire agency."
counts(STEMS, [S, T], [("people killed", 64, EXACT)], [("people killed", 294, EXACT), ("people killed", 64, MORE)])  # fmt: skip
S = "The number of dead from Tuesday's landslide in the hill villages above Kandy has risen to 38, the disaster centre said."
T = "Rescuers pulled 11 survivors from the mud on Wednesday."
counts(STEMS, [S, T], [("people killed", 38, EXACT)], [("people killed", 11, EXACT), ("people killed", 38, LEAST)])  # fmt: skip
S = "Fatalities from the weekend's heatwave across the southern provinces reached 112 on Monday, the health ministry said."
T = "Hospitals treated 2,400 people for heatstroke."
counts(STEMS, [S, T], [("people killed", 112, EXACT)], [("people killed", 2400, EXACT), ("people killed", 112, NEARLY)])  # fmt: skip
S = "Deaths from the cholera outbreak in the camps outside the regional capital now stand at 57, Medecins Sans Frontieres said on Friday."
T = "Some 1,300 suspected cases have been recorded."
counts(STEMS, [S, T], [("people killed", 57, EXACT)], [("people killed", 1300, ABOUT), ("people killed", 75, EXACT)])  # fmt: skip
S = "The death toll from the collapse of the apartment block in the old quarter of the city rose to 19, police said late on Sunday."
T = "Firefighters said 23 residents had been rescued."
counts(STEMS, [S, T], [("people killed", 19, EXACT)], [("people killed", 23, EXACT), ("people killed", 91, EXACT)])  # fmt: skip
S = "The number of dead from the ferry fire off the coast of Sulawesi on Sunday night has climbed to 31, the coastguard said."
T = "A further 250 passengers were brought ashore alive."
counts(STEMS, [S, T], [("passengers killed", 31, EXACT)], [("passengers killed", 31, UPTO), ("passengers killed", 13, EXACT)])  # fmt: skip
S = "Fatalities among aid workers in the region since the start of the year have reached 14, the United Nations said."
T = "Another 40 have been wounded."
counts(STEMS, [S, T], [("aid workers killed", 14, EXACT)], [("aid workers killed", 40, EXACT), ("aid workers wounded", 14, EXACT)])  # fmt: skip
S = "The toll of dead from the tornado that tore through the county seat on Friday evening has risen to 9, the sheriff said."
T = "Forty homes were flattened."
counts(STEMS, [S, T], [("people killed", 9, EXACT)], [("people killed", 40, EXACT), ("homes flattened", 9, EXACT)])  # fmt: skip
S = "Deaths linked to the tainted batch of cough syrup sold in the northern districts have now reached 26, officials said."
T = "Regulators have seized 8,000 bottles."
counts(STEMS, [S, T], [("people killed", 26, EXACT)], [("people killed", 8000, EXACT), ("bottles seized", 26, EXACT)])  # fmt: skip
S = "The death toll in the bus crash on the mountain road near Cusco on Monday morning stands at 17, the regional government said."
T = "Eight passengers remain in hospital."
counts(STEMS, [S, T], [("people killed", 17, EXACT)], [("people killed", 8, EXACT), ("people killed", 17, ABOUT)])  # fmt: skip

# --- sole: the one number of the whole evidence, named by one of the count's words ------------
S = "Roughly 250,000 people filled St. Peter's Square and the streets around it for Saturday's funeral."
counts(SOLE, [S], [], [("people attending the funeral", 250000, EXACT), ("people attending the funeral", 25000, ABOUT)])  # fmt: skip
S = "Electric-vehicle batteries depend on cobalt, and the country accounts for more than 70% of the global supply."
counts(SOLE, [S], [], [("share of world cobalt (percent)", 70, EXACT), ("share of world cobalt (percent)", 7, MORE)])  # fmt: skip
S = "More than 36,000 nurses, along with midwives and healthcare assistants, stopped work on Thursday for 24 hours."
counts(SOLE, [S], [], [("nurses on strike", 24, EXACT), ("nurses on strike", 36000, EXACT)])  # fmt: skip
S = "Investigators have so far interviewed 212 witnesses about the fire."
counts(SOLE, [S], [("witnesses interviewed", 212, EXACT)], [("witnesses interviewed", 212, MORE)])  # fmt: skip
S = "Volunteers have recovered the bodies of 18 miners from the flooded shaft."
counts(SOLE, [S], [("miners' bodies recovered", 18, EXACT)], [("miners' bodies recovered", 81, EXACT)])  # fmt: skip
S = "Union officials said some 4,000 teachers marched to the parliament on Tuesday."
counts(SOLE, [S], [("teachers marching", 4000, ABOUT)], [("teachers marching", 4000, MORE), ("teachers marching", 400, ABOUT)])  # fmt: skip
S = "A gang of four men broke into the museum's gallery shortly after it opened on Sunday."
counts(SOLE, [S], [("men in the gang", 4, EXACT)], [("items stolen", 4, EXACT), ("paintings taken", 4, EXACT)])  # fmt: skip
S = "Passenger numbers rose 5% to 12.4m in the quarter, the airport said."
counts(SOLE, [S], [], [("passengers", 5, EXACT), ("passengers, percent", 12.4, EXACT)])  # fmt: skip
S = "Kenya's central bank said the shilling had weakened against the dollar, and that remittances fell 8% in the month."
counts(SOLE, [S], [], [("remittances", 8, EXACT), ("remittances, dollars", 8, EXACT)])  # fmt: skip
S = "The hospital has treated 37 patients since the outbreak began."
counts(SOLE, [S], [("patients treated", 37, EXACT)], [("patients treated", 37, MORE), ("patients treated", 73, EXACT)])  # fmt: skip
S = "Volunteers planted nearly 12,000 saplings along the riverbank over the weekend."
counts(SOLE, [S], [("saplings planted", 12000, NEARLY)], [("saplings planted", 12000, MORE), ("saplings planted", 1200, NEARLY)])  # fmt: skip
S = "Police did not say how many people were detained, though witnesses counted at least 30 arrests."
counts(SOLE, [S], [], [("people detained", 30, LEAST)])  # fmt: skip
S = "The strikers, who had walked off the line at dawn, were not 600 but closer to 400, the company said."
counts(SOLE, [S], [], [("strikers", 600, EXACT)])  # fmt: skip
S = "Across the county, up to 2,500 homes were left without power after the storm."
counts(SOLE, [S], [("homes without power", 2500, UPTO)], [("homes without power", 2500, EXACT), ("homes without power", 250, UPTO)])  # fmt: skip
S = "Fire crews rescued 14 hikers stranded on the ridge by the blaze."
counts(SOLE, [S], [("hikers rescued", 14, EXACT)], [("hikers rescued", 41, EXACT), ("firefighters", 14, EXACT)])  # fmt: skip
S = "The union said 9,400 dockworkers had voted in the ballot."
T = "Of those, 7,800 backed the walkout."
counts(SOLE, [S, T], [], [("dockworkers backing the walkout", 9400, EXACT), ("dockworkers voting", 7800, EXACT)])  # fmt: skip
S = "The toll rose to 72 on Thursday, up from 69 a day earlier."
counts(SOLE, [S], [], [("people killed", 69, EXACT)])  # fmt: skip
S = "Turnout in the referendum reached 46 per cent, the electoral commission said."
counts(SOLE, [S], [("turnout, per cent", 46, EXACT)], [("voters", 46, EXACT), ("turnout, per cent", 64, EXACT)])  # fmt: skip
S = "The company said it employed around 9,000 workers before the restructuring."
counts(SOLE, [S], [("workers employed", 9000, ABOUT)], [("workers employed", 9000, EXACT), ("workers cut", 90, ABOUT)])  # fmt: skip

# --- dated: an unqualified toll or total after a date's day or a year ------------------------
S = "By July 15 the toll had reached 54, the state relief commissioner said."
counts(DATED, [S], [("deaths", 54, EXACT)], [("deaths", 15, EXACT), ("deaths", 54, MORE)])  # fmt: skip
R = "People displaced by the floods are still arriving at the camp."
S = "On 3 March the total stood at 1,200, the camp's managers said."
counts(DATED, [R, S], [("people displaced", 1200, EXACT)], [("people displaced", 3, EXACT), ("people displaced", 1200, ABOUT)])  # fmt: skip
S = "As of June 30 the tally was 212, according to the county coroner."
counts(DATED, [S], [("deaths", 212, EXACT)], [("deaths", 30, EXACT), ("deaths", 221, EXACT)])  # fmt: skip
R = "Coastguards have intercepted migrants in small boats almost every night this year."
S = "Since January 1 the count has climbed to 3,480, the border agency said."
counts(DATED, [R, S], [("migrants intercepted", 3480, EXACT)], [("migrants intercepted", 1, EXACT), ("migrants intercepted", 3480, LEAST)])  # fmt: skip
S = "In 2024 the toll came to 118, the lowest in a decade, the road safety board said."
counts(DATED, [S], [("road deaths", 118, EXACT)], [("road deaths", 2024, EXACT), ("road deaths", 118, NEARLY)])  # fmt: skip
R = "Villages along the river have been emptied as the water rises."
S = "By 12 August the total had reached 9,000 people evacuated, the ministry said."
counts(DATED, [R, S], [("people evacuated", 9000, EXACT)], [("people evacuated", 12, EXACT), ("people evacuated", 9000, MORE)])  # fmt: skip
S = "On Nov. 4 the tally of ballots still to count stood at 61,000, county officials said."
counts(DATED, [S], [("ballots still to count", 61000, EXACT)], [("ballots still to count", 4, EXACT), ("ballots still to count", 16000, EXACT)])  # fmt: skip
S = "By 20 May the toll stood at 8, the coastguard said."
counts(DATED, [S], [("people drowned", 8, EXACT)], [("people drowned", 20, EXACT), ("people drowned", 8, UPTO)])  # fmt: skip
S = "Police arrested 12 protesters on Friday, bringing the total to 140."
counts(DATED, [S], [("protesters arrested in all", 140, EXACT)], [])  # fmt: skip
S = "By March 2 the toll from the rocket strikes on the town had reached 30, the mayor said."
counts(DATED, [S], [("people killed", 30, EXACT)], [("people killed", 2, EXACT)])  # fmt: skip
S = "By October 1 the total had reached 410 cases of measles, the health department said."
counts(DATED, [S], [("cases", 410, EXACT)], [("cases", 1, EXACT), ("cases", 401, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
