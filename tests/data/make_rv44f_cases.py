# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 44's sentence-cue count rule (``grounding_rv44f.jsonl``,
review rv44f of fcu44, counts/other_readings ``_sentence_cue``), cases written by the reviewer
in new words, at the edges of the rule that reads a count's number when every word of what it
counts is in the number's sentence, beyond the ten-word window:

- ``bounds``: the number's own qualifier against the count's ("no more than 6,500", "fewer
  than 240", "well over 120", "almost 120", "at least 19" for a count "more than", "exact",
  "at most"), and the same number with the count's own qualifier, which must still be read;
- ``heads``: the count's words in another noun's phrase, the number counting that noun
  ("Relatives of the hostages ... numbered about 300", "The nurses who cared for the miners
  ...", "Guards at the jail where the protesters ...", "The lawyers representing the
  families ..."), against the count's words heading the sentence in other outlets' styles
  ("The number of marchers, ...", "The ferry's crew, ...", "In the end, the delegates ...");
- ``frames``: the number another time's, a plan's, a forecast's or another thing's ("had
  been expected to reach 2,300", "forecast by officials at 4,000", "fell short of the 14
  they had held", "joined a camp that already holds about 12,000", "compared with 14 at the
  last poll"), against the count stated now in other words ("came to", "totalled", "stood
  at", "in all", "by our count").

Run ``python tests/data/make_rv44f_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv44f.jsonl")

built = SupportCases(
    "rv44f",
    leads=[
        "By Eilidh Brannan | The Forth Valley Herald",
        "NAIROBI (Rift Wire) -",
        "METRO DESK | The Medway Standard",
        "From our correspondent in Galway.",
        "ADELAIDE, Australia (Southern Cross Press) —",
    ],
)
BOUNDS, HEADS, FRAMES = "bounds", "heads", "frames"
PUBLISHED = "2026-04-09"
EXACT, MORE, ABOUT, LEAST, LESS, MOST, NEARLY = (
    "exact", "more_than", "about", "at_least", "less_than", "at_most", "nearly",
)  # fmt: skip

counts = partial(built.count_cases, published=PUBLISHED)

# --- bounds: the number's qualifier against the count's -----------------------------------

S = "Volunteers from the parish, many of them retired teachers and nurses who had signed up after the floods, now number fewer than 240."
counts(BOUNDS, [S], [("volunteers", 240, LESS)], [("volunteers", 240, MORE), ("volunteers", 240, EXACT)])  # fmt: skip
S = "Volunteers at the food bank, most of them pensioners who had helped out since the mill closed in the spring, now number more than 180."
counts(BOUNDS, [S], [("volunteers at the food bank", 180, MORE)], [("volunteers at the food bank", 180, LESS), ("volunteers at the food bank", 180, EXACT)])  # fmt: skip
S = "Marchers who had walked from the docks through the old town and past the cathedral in driving rain were put by the police at no more than 6,500."
counts(BOUNDS, [S], [], [("marchers", 6500, MORE)])
S = "Passengers on the overnight coach from Glasgow, which left the road near Carlisle in heavy fog before dawn, were taken to hospital, the ambulance service said, at least 19 in all."
counts(BOUNDS, [S], [("passengers taken to hospital", 19, LEAST)], [("passengers taken to hospital", 19, MOST)])  # fmt: skip
S = "Firefighters sent to the blaze at the paint warehouse in Dagenham, where drums of solvent kept exploding, were by morning well over 120, the brigade said."
counts(BOUNDS, [S], [("firefighters sent to the blaze", 120, MORE)], [("firefighters sent to the blaze", 120, LESS)])  # fmt: skip
S = "Firefighters sent to the grass fire on the moor above Saddleworth, where the wind kept turning all afternoon, were by evening almost 90, the service said."
counts(BOUNDS, [S], [("firefighters sent to the grass fire", 90, NEARLY)], [("firefighters sent to the grass fire", 90, MORE)])  # fmt: skip
S = "Families displaced by the floods along the lower Tana river, many of them for the second time in a decade, were put by the Red Cross at up to 9,500."
counts(BOUNDS, [S], [("families displaced by the floods", 9500, MOST)], [("families displaced by the floods", 9500, LEAST)])  # fmt: skip
S = "Teachers in the county, who say their pay has fallen behind inflation for a decade and voted for the action in June, are thought to total roughly 4,300."
counts(BOUNDS, [S], [("teachers in the county", 4300, ABOUT)], [("teachers in the county", 4300, MORE)])  # fmt: skip
S = "Delegates at the party conference in Brighton, after a long night of wrangling over the leadership rules, backed the motion, and the chair later put their number at over 1,100."
counts(BOUNDS, [S], [("delegates", 1100, MORE)], [("delegates", 1100, LESS)])
S = "Jobs at the Swindon plant, which the carmaker opened in the eighties and has expanded twice since, will be cut, fewer than 300 in all."
counts(BOUNDS, [S], [("jobs cut at the Swindon plant", 300, LESS)], [("jobs cut at the Swindon plant", 300, LEAST)])  # fmt: skip
S = "Survivors of the landslide in the hill village, where rescuers dug through the mud by hand all week, were said by the district office to number at least 17."
counts(BOUNDS, [S], [("survivors of the landslide", 17, LEAST)], [("survivors of the landslide", 17, EXACT)])  # fmt: skip
S = "Shops on the high street that have shut their doors for good since the bypass opened now run to more than 60, traders said."
counts(BOUNDS, [S], [("shops that have shut", 60, MORE)], [("shops that have shut", 60, EXACT)])  # fmt: skip

# --- heads: the count's words in another noun's phrase -----------------------------------

S = "Relatives of the hostages gathered outside parliament for a fourth night in the freezing rain, and by Friday they numbered about 300."
counts(HEADS, [S], [], [("hostages", 300, ABOUT)])
S = "The nurses who cared for the miners brought up from the flooded shaft at Glynmawr on Tuesday night, working through to dawn, numbered 14."
counts(HEADS, [S], [], [("miners brought up", 14, EXACT)])
S = "Guards at the jail where the protesters arrested in the capital on Saturday were taken after the march broke up came to 60, the ministry said."
counts(HEADS, [S], [], [("protesters arrested", 60, EXACT)])
S = "The lawyers representing the families displaced by the floods along the lower Shire river, many of them working unpaid, number about 30."
counts(HEADS, [S], [], [("families displaced", 30, ABOUT)])
S = "Police officers who guarded the marchers on their route from the docks through the old town in driving rain numbered about 400."
counts(HEADS, [S], [], [("marchers", 400, ABOUT)])
S = "The captors of the hostages, who had held the compound outside the town for more than a year, were thought to number about 40."
counts(HEADS, [S], [], [("hostages", 40, ABOUT)])
S = "Stewards hired to marshal the strikers on their way from the depot to the town hall on a cold, wet morning were said to number 25."
counts(HEADS, [S], [], [("strikers", 25, EXACT)])
S = "Interpreters for the refugees who crossed the border at Kanyaru over the weekend, most of them volunteers from the town, came to 35."
counts(HEADS, [S], [], [("refugees who crossed the border", 35, EXACT)])
S = "Vets who treated the cattle rescued from the flooded farms along the Severn estuary during the week, some of them students, totalled 18."
counts(HEADS, [S], [], [("cattle rescued", 18, EXACT)])
S = "The doctors caring for the passengers injured when the coach left the road near Carlisle in thick fog were by noon 11, the trust said."
counts(HEADS, [S], [], [("passengers injured", 11, EXACT)])
S = "The number of marchers, who had walked from the docks through the old town and past the cathedral in driving rain, was put by organisers at around 6,500."
counts(HEADS, [S], [("marchers", 6500, ABOUT)], [])
S = "The ferry's crew, who had been at sea since the storm broke on the Tuesday night and had not slept, were winched off one by one, all 12 of them."
counts(HEADS, [S], [("crew winched off", 12, EXACT)], [])
S = "In the end, the delegates at the conference in Blackpool, after a long night of wrangling over the leadership rules, were put by the chair at 1,150."
counts(HEADS, [S], [("delegates", 1150, EXACT)], [])
S = "Hostages seized at the border post last spring, most of them farm labourers from the valley, have all been released, and officials say they number 23."
counts(HEADS, [S], [("hostages released", 23, EXACT)], [])
S = "Striking nurses at the two hospitals in Derby, who have walked out every Monday since the new rota began in March, were put by their union at about 700."
counts(HEADS, [S], [("striking nurses", 700, ABOUT)], [])
S = "The miners brought up from the flooded shaft at Glynmawr on Tuesday night, after a rescue that lasted through to dawn, numbered 14."
counts(HEADS, [S], [("miners brought up", 14, EXACT)], [])
S = "Protesters arrested in the capital on Saturday, after the march broke up and some had thrown bottles at police lines, came to 60, the ministry said."
counts(HEADS, [S], [("protesters arrested", 60, EXACT)], [])
S = "Refugees who crossed the border at Kanyaru over the weekend, most of them women and children from the hill districts, came to 3,500."
counts(HEADS, [S], [("refugees who crossed the border", 3500, EXACT)], [])
S = "Cattle rescued from the flooded farms along the Severn estuary during the week, some of them swept a mile downstream, totalled 180."
counts(HEADS, [S], [("cattle rescued", 180, EXACT)], [])
S = "Passengers injured when the coach left the road near Carlisle in thick fog before dawn were by noon 11, the trust said."
counts(HEADS, [S], [("passengers injured", 11, EXACT)], [])
S = "Strikers on their way from the depot to the town hall on a cold, wet morning, many of them carrying placards, were said to number 250."
counts(HEADS, [S], [("strikers", 250, EXACT)], [])

# --- frames: another time's, a plan's or another thing's number ---------------------------

S = "Volunteers who signed up to clear the beach after the oil spill, some of them driving from as far as Cardiff and Bristol, had been expected to reach 2,300 by Sunday."
counts(FRAMES, [S], [], [("volunteers who signed up", 2300, EXACT)])
S = "Volunteers who signed up to clear the beach after the oil spill, some of them driving from as far as Cardiff and Bristol, reached 2,300 by Sunday evening, organisers said."
counts(FRAMES, [S], [("volunteers who signed up", 2300, EXACT)], [])
S = "Ballots spoiled in the referendum, in which voters had to mark a long paper with several separate questions on it, had been forecast by officials at 4,000."
counts(FRAMES, [S], [], [("ballots spoiled", 4000, EXACT)])
S = "Ballots spoiled in the referendum, in which voters had to mark a long paper with several separate questions on it, totalled 3,870, the count showed."
counts(FRAMES, [S], [("ballots spoiled", 3870, EXACT)], [])
S = "Seats the Greens won in the city council election, after a campaign fought almost entirely on cycle lanes and rents, compared with 14 at the last poll."
counts(FRAMES, [S], [], [("seats won by the Greens", 14, EXACT)])
S = "Seats the Greens won in the city council election, after a campaign fought almost entirely on cycle lanes and rents, stood at 17 when the count ended."
counts(FRAMES, [S], [("seats won by the Greens", 17, EXACT)], [])
S = "Seats the Liberals won in the county election, after a campaign fought almost entirely on potholes and buses, fell short of the 22 they had held."
counts(FRAMES, [S], [], [("seats won by the Liberals", 22, EXACT)])
S = "Seats the Liberals won in the county election, after a campaign fought almost entirely on potholes and buses, came to 19 in all."
counts(FRAMES, [S], [("seats won by the Liberals", 19, EXACT)], [])
S = "Refugees who crossed the border at Kanyaru over the weekend, carrying what they could on foot and by bicycle, joined a camp that already holds about 12,000."
counts(FRAMES, [S], [], [("refugees who crossed the border", 12000, ABOUT)])
S = "Refugees who crossed the border at Busia over the weekend, carrying what they could on foot and by bicycle, numbered about 2,100, the agency said."
counts(FRAMES, [S], [("refugees who crossed the border", 2100, ABOUT)], [])
S = "Organisers of the march, which is to set off from the docks and pass the cathedral on Saturday, hope the marchers will number 10,000."
counts(FRAMES, [S], [], [("marchers", 10000, EXACT)])
S = "Members of the dockers' union, which was founded in the port in the last century by men who unloaded the tea clippers, once numbered 40,000."
counts(FRAMES, [S], [], [("union members", 40000, EXACT)])
S = "Members of the dockers' union, which was founded in the port in the last century by men who unloaded the tea clippers, now number about 3,200."
counts(FRAMES, [S], [("union members", 3200, ABOUT)], [])
S = "Will the marchers, who are due to walk from the docks through the old town and past the cathedral, really number 10,000?"
counts(FRAMES, [S], [], [("marchers", 10000, EXACT)])
S = "Pupils at the village school, which the county had planned to close before parents fought the decision in court, were projected to fall to 40."
counts(FRAMES, [S], [], [("pupils at the village school", 40, EXACT)])
S = "Pupils at the village school, which the county had planned to close before parents fought the decision in court, now number 64, the head said."
counts(FRAMES, [S], [("pupils at the village school", 64, EXACT)], [])
S = "Nurses at the hospice, who have worked without a pay rise since the trust took it over, were a year ago put by the union at 85."
counts(FRAMES, [S], [], [("nurses at the hospice", 85, EXACT)])
S = "Nurses at the hospice, who have worked without a pay rise since the trust took it over, were by the union's count 78 this week."
counts(FRAMES, [S], [("nurses at the hospice", 78, EXACT)], [])
S = "Climbers caught by the avalanche on the north face, where guides had warned of loose snow all week, were feared to number as many as 9."
counts(FRAMES, [S], [], [("climbers caught by the avalanche", 9, EXACT)])
S = "Climbers caught by the avalanche on the north face, where guides had warned of loose snow for days, totalled seven, the mountain rescue team said."
counts(FRAMES, [S], [("climbers caught by the avalanche", 7, EXACT)], [])
S = "Lorries the agency sent north on Thursday, loaded with sorghum, pulses and rice for the besieged towns, were meant to number 50."
counts(FRAMES, [S], [], [("lorries sent north", 50, EXACT)])
S = "Lorries the agency sent north on Thursday, loaded with sorghum, pulses and rice for the besieged towns, were 38 by our count."
counts(FRAMES, [S], [("lorries sent north", 38, EXACT)], [])
S = "Homes damaged by the storm in the coastal villages, where the sea wall gave way at high tide, are to be rebuilt by a team of 30."
counts(FRAMES, [S], [], [("homes damaged by the storm", 30, EXACT)])
S = "Homes damaged by the storm in the coastal villages, where the sea wall gave way at high tide, now stand at 212, the council said."
counts(FRAMES, [S], [("homes damaged by the storm", 212, EXACT)], [])
S = "Arrests made by police after the derby at the ground, where rival fans had fought on the terraces, were down on last season's 45."
counts(FRAMES, [S], [], [("arrests made after the derby", 45, EXACT)])
S = "Arrests made by police after the derby at the ground, where rival fans had fought on the terraces, came to 31, the force said."
counts(FRAMES, [S], [("arrests made after the derby", 31, EXACT)], [])

# --- the mend's own edges (review rv44f): a count's word after a count noun's "of" or in
# a new stretch after a comma, a relative clause that holds the count's word, a plan's
# word in an aside, against the same shapes that hand the number to another noun

S = "The number of families displaced by the floods along the lower Tana river, many of them for the second time in a decade, was put by the Red Cross at 9,500."
counts(HEADS, [S], [("families displaced by the floods", 9500, EXACT)], [])
S = "After weeks of talks with the trust, nurses at the hospice, who have worked without a pay rise since it took over, were put by the union at 85."
counts(HEADS, [S], [("nurses at the hospice", 85, EXACT)], [])
S = "Families of the miners brought up from the flooded shaft at Glynmawr on Tuesday night, who had waited at the pithead until dawn, numbered about 40."
counts(HEADS, [S], [], [("miners brought up", 40, ABOUT)])
S = "Chaplains who visited the nurses at the hospice, which the trust took over last year after a long row with the council, number three, the trust said."
counts(HEADS, [S], [], [("nurses at the hospice", 3, EXACT)])
S = "Pupils at the village school, whose parents had hoped it would stay open after the county's review last spring, now number 64, the head said."
counts(FRAMES, [S], [("pupils at the village school", 64, EXACT)], [])
S = "Flights that were cancelled at Stansted on Friday due to a radar fault in the control tower, which grounded aircraft for much of the afternoon, ran to about 110."
counts(FRAMES, [S], [("flights cancelled at Stansted", 110, ABOUT)], [])
S = "Shops on the high street that have shut their doors for good since the bypass opened in the spring now number 58, the traders' group said."
counts(FRAMES, [S], [("shops that have shut", 58, EXACT)], [])
S = "Climbers caught by the avalanche on the north face, where guides had warned of loose snow all week, were flown to a hospital that treats about 9 a day."
counts(FRAMES, [S], [], [("climbers caught by the avalanche", 9, ABOUT)])
S = "Homes damaged by the storm in the coastal villages, where the sea wall gave way at high tide, were fewer than last winter's 240, the council said."
counts(FRAMES, [S], [], [("homes damaged by the storm", 240, EXACT)])
S = "Marchers who had walked from the docks through the old town and past the cathedral in driving rain were met on the square by a line of 300."
counts(FRAMES, [S], [], [("marchers", 300, EXACT)])


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
