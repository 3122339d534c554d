# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 44's sentence-cue count rule (``grounding_fcu44.jsonl``, false-alarm
cutter fcu44, counts/other_readings): a count's number left unread by the window rule is read
as the count when its sentence names what it counts and no other number of the evidence does.

- ``far``: the count's own word in the number's sentence beyond the ten-word window ("The
  marchers, who had ..., were put by organisers at around 6,500"), against the near-misses a
  reviewer tries: another noun after the number ("300 police officers"), an age, a date, a
  year, another clause after a semicolon or "while", another number between, the cue of
  another count, a synonym of another thing ("passengers" for crew);
- ``words``: every word of what the count counts in the number's sentence (a synonym may
  stand for one: "died" for killed), against a count whose other word the sentence lacks
  ("hostages killed" where they were released), a partitive's part ("Eight of the hostages,
  most of them elderly, were not released"), a negation, "the rest", "except".

Run ``python tests/data/make_fcu44_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fcu44.jsonl")

built = SupportCases(
    "fcu44",
    leads=[
        "By Morag Lindsay | The Clyde Evening Courier",
        "LAGOS (West Coast Wire) -",
        "NEWS DESK | The Wessex Argus",
        "From our correspondent in Valletta.",
        "DURBAN, South Africa (Indian Ocean Press) —",
    ],
)
FAR, WORDS = "far", "words"
PUBLISHED = "2026-04-02"
EXACT, MORE, ABOUT, LESS = "exact", "more_than", "about", "less_than"

counts = partial(built.count_cases, published=PUBLISHED)

# --- far: the count's word in the sentence, beyond the window ------------------------------

S = "The marchers, who had walked from the docks through the old town and past the cathedral in driving rain, were put by organisers at around 6,500."
counts(FAR, [S], [("marchers", 6500, ABOUT)], [])
S = "The marchers, who had walked from the docks through the old town in driving rain, were met at the square by 300 police officers."
counts(FAR, [S], [], [("marchers", 300, EXACT)])
S = "Volunteers from the parish, many of them retired teachers and nurses who had signed up after the floods, now number more than 240."
counts(FAR, [S], [("volunteers", 240, MORE)], [])
S = "Volunteers from the parish, many of them retired teachers who signed up after the floods, were praised by the mayor, who is 58 years old."
counts(FAR, [S], [], [("volunteers", 58, EXACT)])
S = "Refugees who crossed the border at Kanyaru over the weekend, carrying what they could on foot and by bicycle, numbered about 12,000, the agency said."
counts(FAR, [S], [("refugees who crossed the border", 12000, ABOUT)], [])
S = "Refugees who crossed the border at Kanyaru over the weekend, carrying what they could on foot, were taken to camps on 14 May."
counts(FAR, [S], [], [("refugees who crossed the border", 14, EXACT)])
S = "The lorries the agency sent north on Thursday, loaded with sorghum, pulses, oil and rice for the besieged towns, were 38 in all."
counts(FAR, [S], [("lorries sent north", 38, EXACT)], [])
S = "The lorries the agency sent north on Thursday, loaded with sorghum, pulses and rice for the towns, first made the journey in 2019."
counts(FAR, [S], [], [("lorries sent north", 2019, EXACT)])
S = "Delegates at the party conference in Blackpool, after a long night of wrangling over the leadership rules, backed the motion by a show of hands, and the chair later put their number at 1,150."
counts(FAR, [S], [("delegates", 1150, EXACT)], [])
S = "Delegates at the party conference in Blackpool backed the motion after a long night of wrangling; the police later said they had arrested 12."
counts(FAR, [S], [], [("delegates", 12, EXACT)])
S = "Teachers in the county, who say their pay has fallen behind inflation for a decade and who voted for the action in June, will be joined on the picket lines by about 900."
counts(FAR, [S], [], [("teachers", 900, ABOUT)])  # 900 others join them: no count of teachers
S = "Teachers in the county, who say their pay has fallen behind inflation for a decade and voted for action in June, are thought to total about 4,300."
counts(FAR, [S], [("teachers in the county", 4300, ABOUT)], [])
S = "The ferry's crew, who had been at sea since the storm broke on the Tuesday night, were winched off one by one after it carried 310 passengers."
counts(FAR, [S], [], [("crew winched off", 310, EXACT)])
S = "Survivors of the landslide in the hill village, where rescuers dug through the mud by hand all week, were said by the district office to number 17."
counts(FAR, [S], [("survivors of the landslide", 17, EXACT)], [])
S = "Survivors of the landslide in the hill village, where rescuers dug through the mud by hand, were flown out by 3 helicopters."
counts(FAR, [S], [], [("survivors of the landslide", 3, EXACT)])
S = "Homes in the valley, many of them built on the old flood plain against the council's advice, were damaged when 40 millimetres of rain fell."
counts(FAR, [S], [], [("homes damaged", 40, EXACT)])
S = "The doctors on the ward, most of them junior and all of them working double shifts through the outbreak, were by then only nine, the union said."
counts(FAR, [S], [("doctors on the ward", 9, EXACT)], [])
S = "The doctors on the ward, most of them junior and working double shifts through the outbreak, treated 160 patients a day, the union said."
counts(FAR, [S], [], [("doctors on the ward", 160, EXACT)])
S = "The fishing boats that put out from Mevagissey before dawn, despite warnings from the coastguard about the swell, came back with 14 of the crew hurt."
counts(FAR, [S], [], [("fishing boats that put out", 14, EXACT)])
S = "Jobs at the Sunderland plant, which the carmaker opened in the eighties and has expanded twice since, will be cut, roughly 800 in all."
counts(FAR, [S], [("jobs cut at the Sunderland plant", 800, ABOUT)], [])
S = "Jobs at the Sunderland plant, which the carmaker opened in 1986 and has expanded twice since, will be cut under the plan."
counts(FAR, [S], [], [("jobs cut at the Sunderland plant", 1986, EXACT)])
S = "Jobs at the Sunderland plant, which the carmaker opened decades ago and has expanded twice since, will be kept, while its suppliers shed about 800."
counts(FAR, [S], [], [("jobs cut at the Sunderland plant", 800, ABOUT)])
S = "The hostages held at the compound outside the town, some of them for more than a year, were freed on Friday, and the army said soldiers killed 11."
counts(FAR, [S], [], [("hostages freed", 11, EXACT)])
S = "Hostages held at the compound outside the town since the raid last spring, most of them farm workers, were freed on Friday; the army put them at 23."
counts(FAR, [S], [("hostages freed", 23, EXACT)], [])  # "them": the hostages
S = "Shops on the high street that have shut their doors for good since the bypass opened now run to about 60, traders said."
counts(FAR, [S], [("shops that have shut", 60, ABOUT)], [])
S = "Shops on the high street that have shut their doors for good since the bypass opened blame rents that rose 60 percent."
counts(FAR, [S], [], [("shops that have shut", 60, EXACT)])

# --- words: every word of what it counts in the number's sentence --------------------------

S = "Hostages seized in the raid on the border post last spring, most of them farm labourers from the valley, have all been released, and officials say they number 23."
counts(WORDS, [S], [("hostages released", 23, EXACT)], [("hostages killed", 23, EXACT)])
S = "Climbers caught by the avalanche on the north face, where guides had warned of loose snow all week, died in the slide, and rescuers say they were 6."
counts(WORDS, [S], [("climbers killed", 6, EXACT)], [("climbers rescued", 6, EXACT)])
S = "Miners who were trapped underground after the shaft flooded on Tuesday, in a pit the regulator had ordered shut, were brought out alive, all 12 of them."
counts(WORDS, [S], [], [("miners killed", 12, EXACT)])
S = "Eight of the hostages, most of them elderly, were not released on Thursday."
counts(WORDS, [S], [], [("hostages released", 8, EXACT), ("hostages killed", 8, EXACT)])
S = "Five of the candidates, each backed by a party, withdrew; the rest were elected."
counts(WORDS, [S], [], [("candidates elected", 5, EXACT)])
S = "Two of the climbers, both mountain guides, survived the avalanche that killed their companions."
counts(WORDS, [S], [], [("climbers killed", 2, EXACT)])
S = "Passengers on the overnight coach from Glasgow, which left the road near Carlisle in heavy fog, were taken to hospital, the ambulance service said, 19 in all."
counts(
    WORDS, [S], [("passengers taken to hospital", 19, EXACT)], [("passengers unhurt", 19, EXACT)]
)
S = "Passengers on the overnight coach from Glasgow, which left the road near Carlisle in heavy fog, were never taken to hospital, 19 in all, the service said."
counts(WORDS, [S], [], [("passengers taken to hospital", 19, EXACT)])
S = "Protesters arrested outside the parliament on Saturday night, after the march had broken up and some had thrown bottles at police lines, came to 41, police said."
counts(WORDS, [S], [("protesters arrested", 41, EXACT)], [("protesters charged", 41, EXACT)])
S = "Protesters outside the parliament on Saturday night, after the march had broken up and some had thrown bottles, were all released except 41, police said."
counts(WORDS, [S], [], [("protesters released", 41, EXACT)])
S = "Firefighters sent to the blaze at the paint warehouse in Dagenham, where drums of solvent kept exploding into the night, were by morning more than 120, the brigade said."
counts(
    WORDS,
    [S],
    [("firefighters sent to the blaze", 120, MORE)],
    [("firefighters injured", 120, MORE)],
)
S = "Seats the Greens won in the city council election, after a campaign fought almost entirely on cycle lanes and rents, rose to 14, the returning officer said."
counts(
    WORDS, [S], [("seats won by the Greens", 14, EXACT)], [("seats lost by the Greens", 14, EXACT)]
)
S = "Families displaced by the floods along the lower Shire river, many of them for the second time in a decade, were put by the agency at about 9,500."
counts(
    WORDS,
    [S],
    [("families displaced by the floods", 9500, ABOUT)],
    [("families returning home", 9500, ABOUT)],
)
S = "Doctors who walked out at the city's three hospitals on Monday, in a row over rotas that has run since spring, were joined by nurses, the union said, about 700 of each."
counts(WORDS, [S], [], [("doctors who walked out", 700, ABOUT)])
S = "Volunteers who signed up to clear the beach after the oil spill, some of them driving from as far as Cardiff and Bristol, reached 2,300 by Sunday evening."
counts(
    WORDS,
    [S],
    [("volunteers who signed up", 2300, EXACT)],
    [("volunteers turned away", 2300, EXACT)],
)
S = "Ballots spoiled in the referendum, in which voters had to mark a long paper with several separate questions on it, came to just under 4,000, the count showed."
counts(WORDS, [S], [("ballots spoiled", 4000, LESS)], [("ballots cast", 4000, EXACT)])  # fmt: skip
# "just under 4,000" is less than 4,000, not exactly 4,000, as the window rule reads it: the
# case first asked for an exact 4,000, which only the sentence-cue rule's unread qualifier
# gave (review rv44f)
S = "Teachers at the academy trust's schools who voted in the ballot, which closed on Friday after a month of meetings with parents, were said by the union to number 1,260."
counts(
    WORDS,
    [S],
    [("teachers who voted in the ballot", 1260, EXACT)],
    [("teachers who voted for a strike", 1260, EXACT)],
)
S = "Flights that were cancelled at Stansted on Friday, when a radar fault in the control tower grounded aircraft for much of the afternoon, ran to about 110, the airport said."
counts(
    WORDS,
    [S],
    [("flights cancelled at Stansted", 110, ABOUT)],
    [("flights diverted from Stansted", 110, ABOUT)],
)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
