# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 29's review rvo29 of the other-occasion rule
(``occasions/other_occasions.py``; ``grounding_rvo29.jsonl``): value-support cases for a
meeting's place, a truce's proposer and an event's count whose evidence tells another occasion
beside the fact's own, by category, each with what must pass and what must fail:

- ``rv-occasion-place``: kept, the meeting's own place in a clause that names another occasion
  only as background ("Before the G20 summit in Rio, Biden and Xi held talks in Lima", "met in
  Lisbon to prepare the next NATO summit", "to review the 2015 agreement", "Last year's host,
  Vienna, will again stage the talks", "first proposed in 2024. It finally took place on
  Monday"); refused, another meeting's place in shapes of its own ("three years after a 2022
  round in Istanbul" beside the meeting's day, "The last time they met, in Geneva,", "They had
  met once before, in Minsk", "Planned talks in Oslo fell through", "stopped off in Baku" in
  the meeting's sentence, "a week before the EU summit in Brussels");
- ``rv-occasion-proposer``: kept, this truce's proposer told with a time of the proposal
  ("Turkey first proposed the truce in 2025. It took effect on Monday.", "Last year's mediator,
  Qatar, has proposed a new truce", "After the 2024 war, Egypt has proposed ..."); refused,
  another truce's or plan's proposer ("modelled on a 2022 proposal by Turkey", "An earlier
  version of the plan, drafted by Qatar,", "Qatar, which proposed last year's truce,", "In
  October, Ghana offered a truce that never took hold", "the truce of 2021, which Jordan had
  proposed");
- ``rv-occasion-count``: kept, this occasion's count beside a background year and another
  figure of the story ("has killed 4,300 civilians since it began in 2019" beside "Another 12
  died", "After the 2024 cyclone, 1,200 families still live in tents", "Last year, 4,100
  migrants died" for a count as of 2025); refused, another occasion's count in shapes the rule
  does not mark ("attacks in 2023 and 2024 killed 31 and 44" beside this blast's 9, "compared
  with 31 in 2019", "The last time the river burst its banks, 31 people died", "The outbreak
  before that killed 210", "Its predecessor claimed 300").

Each case's evidence is given with it (one sentence or two, as an extractor quotes them); the
fact's own day is told on the page. Run ``python tests/data/make_rvo29_cases.py`` to rebuild
it. The texts are written for this set; each verdict is what a careful fact-checker reads in
the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from occasion_facts import event_count, meeting_place, truce_proposer
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_rvo29.jsonl")
PLACE, PROPOSER, COUNT = "rv-occasion-place", "rv-occasion-proposer", "rv-occasion-count"
PUBLISHED = "2026-03-10"

built = SupportCases(
    "rvo29",
    leads=[
        "LIMA (Andes Wire) -",
        "By Tomas Okafor | The Harbour Courier",
        "LIVE UPDATES | The Midland Observer",
        "From our diplomatic editor, The Steppe Review.",
        "OTTAWA, Maple Desk -",
        "Foreign news, The Severn Gazette.",
    ],
)


def _article() -> dict[str, Any]:
    return {**ARTICLE, "published": PUBLISHED}


def summit(
    expect: bool, place: str, meeting: tuple[str, str, str, str], evidence: list[str],
    own: str = "",
) -> None:  # fmt: skip
    """A meeting of ``meeting`` (two parties, status, day) at ``place``, backed by
    ``evidence``; ``own`` is a paragraph of the page the evidence does not quote."""
    facts = meeting_place(_article(), place, meeting, evidence)
    text = built.page(own, *evidence)
    why = f"place {place}: " + ("this meeting's" if expect else "another occasion's")
    built.add(PLACE, expect, why, text, facts, "summits[0].planned_location")


def truce(
    expect: bool, proposer: str, evidence: list[str], status: str = "proposed",
    starts: str | None = None, own: str = "",
) -> None:  # fmt: skip
    """A truce proposed by ``proposer`` with ``status`` (and the day it ``starts``), backed by
    ``evidence``; ``own`` is a paragraph of the page the evidence does not quote."""
    facts = truce_proposer(_article(), proposer, status, evidence, starts=starts)
    text = built.page(own, *evidence)
    why = f"proposer {proposer}: " + ("this truce's" if expect else "another truce's or plan's")
    built.add(PROPOSER, expect, why, text, facts, "ceasefires[0].proposer")


def count(
    expect: bool, what: str, value: float, evidence: list[str], as_of: str | None = None,
    own: str = "",
) -> None:  # fmt: skip
    """An event's count of ``what`` (as of ``as_of``), backed by ``evidence``; ``own`` is a
    paragraph of the page the evidence does not quote."""
    facts = event_count(_article(), what, value, evidence, as_of)
    text = built.page(own, *evidence)
    why = f"{what} {value:g}: " + ("this occasion's" if expect else "another occasion's")
    built.add(COUNT, expect, why, text, facts, "events[0].counts[0].value")


# One case a line, as the other sets write them.
# fmt: off
# --- rv-occasion-place: kept -----------------------------------------------------------------
summit(True, "Lisbon", ("Portugal", "Spain", "held", "Wednesday"), ["The foreign ministers of Portugal and Spain met in Lisbon to prepare the next NATO summit."], own="Their meeting on Wednesday lasted most of the afternoon.")
summit(True, "Brussels", ("Serbia", "Kosovo", "held", "Thursday"), ["After being called off twice last year, the summit of Serbia and Kosovo finally went ahead in Brussels."], own="EU officials hosted the leaders on Thursday.")
summit(True, "Busan", ("Japan", "South Korea", "scheduled", "Tuesday"), ["09:42 GMT \u2014 The foreign ministers of Japan and South Korea have arrived in Busan for talks on the 1965 agreement between the two countries."], own="Talks are due to open on Tuesday afternoon.")
summit(True, "Muscat", ("Iran", "Oman", "held", "Sunday"), ["Ministers of Iran and Oman met in Muscat to review the 2015 agreement."], own="The meeting took place on Sunday, state media said.")
summit(True, "Dayton", ("Serbia", "Croatia", "held", "Friday"), ["On the anniversary of the 1995 accord, the leaders of Serbia and Croatia met in Dayton."], own="The ceremony on Friday was brief.")
summit(True, "Tbilisi", ("Armenia", "Azerbaijan", "held", "Monday"), ["A summit of Armenia and Azerbaijan in Tbilisi was first proposed in 2024.", "It finally took place on Monday."])
summit(True, "Geneva", ("Armenia", "Azerbaijan", "held", "Monday"), ["Talks between Armenia and Azerbaijan resumed in Geneva on Monday, the first since a 2023 round in Almaty collapsed."])
summit(True, "Geneva", ("Serbia", "Kosovo", "held", "Monday"), ["Talks between Serbia and Kosovo in Geneva, held every year since 2019, opened on Monday."])
summit(True, "Rome", ("Italy", "Libya", "scheduled", "next week"), ["The leaders of Italy and Libya will meet next week in Rome, the Italian foreign ministry said, a year after talks in Madrid."])
summit(True, "La Paz", ("Peru", "Bolivia", "held", ""), ["Correction: The talks between Peru and Bolivia took place in La Paz, not in Cusco as an earlier version of this article said."])
# --- rv-occasion-place: refused --------------------------------------------------------------
summit(False, "Istanbul", ("Russia", "Ukraine", "held", "Monday"), ["Russian and Ukrainian negotiators met in Geneva on Monday, three years after a 2022 round in Istanbul."])
summit(False, "Tehran", ("Russia", "Turkey", "held", "Friday"), ["The Russian and Turkish leaders met in Sochi on Friday, two years after their last summit in Tehran."])
summit(False, "Doha", ("Israel", "Hamas", "held", "Monday"), ["Israeli and Hamas negotiators met in Cairo on Monday.", "A round in Doha, which collapsed in 2024, was the last attempt before Monday's meeting."])
summit(False, "Geneva", ("Armenia", "Azerbaijan", "held", "Thursday"), ["Armenia's and Azerbaijan's foreign ministers met in Almaty on Thursday.", "The last time they met, in Geneva, the talks broke down within hours."])
summit(False, "Minsk", ("Russia", "Belarus", "held", "Friday"), ["Putin and Lukashenko met in Sochi on Friday.", "They had met once before, in Minsk, and it went badly."])
summit(False, "Kigali", ("Kenya", "Tanzania", "held", "Saturday"), ["Kenya's and Tanzania's presidents met in Arusha on Saturday.", "On the way to the summit, Ruto made a brief visit to Kigali."])
summit(False, "Oslo", ("Norway", "Sweden", "held", "Friday"), ["Planned talks in Oslo fell through in January; the two prime ministers finally met in Bergen on Friday."])
summit(False, "Oslo", ("Norway", "Sweden", "held", "Friday"), ["Norway's and Sweden's premiers met in Bergen on Friday.", "Talks had been pencilled in for Oslo, but were dropped when the rail strike began."])
summit(False, "Helsinki", ("United States", "Russia", "held", "Friday"), ["Trump and Putin met in Anchorage on Friday.", "The pair's first summit, in Helsinki in 2018, is still remembered for its press conference."])
summit(False, "Brussels", ("France", "Germany", "held", "Tuesday"), ["Macron and Scholz met in Paris on Tuesday, a week before the EU summit in Brussels."])
summit(False, "Lisbon", ("Portugal", "Spain", "held", "Wednesday"), ["The ministers, who had last gathered in Lisbon in 2023, met in Porto on Wednesday."])
summit(False, "Accra", ("Ghana", "Togo", "held", "Thursday"), ["The leaders of Ghana and Togo, meeting in Lome on Thursday, recalled their 2019 summit in Accra."])
summit(False, "Minsk", ("Russia", "Belarus", "held", "Friday"), ["Putin and Lukashenko met in Sochi on Friday.", "A year before, they had met in Minsk."])
summit(False, "Baku", ("Kazakhstan", "Turkey", "held", "Tuesday"), ["Erdogan stopped off in Baku before flying on to the summit in Astana on Tuesday."])

# --- rv-occasion-proposer: kept --------------------------------------------------------------
truce(True, "Turkey", ["Turkey first proposed the truce in 2025.", "It took effect on Monday."], status="in_effect", starts="Monday")
truce(True, "Turkey", ["In 2025, Turkey proposed a truce; it finally took effect on Monday."], status="in_effect", starts="Monday")
truce(True, "Egypt", ["The truce Egypt first floated in 2025 came into force at midnight, the army said."], status="in_effect", starts="March 10", own="GAZA CITY, March 10 - Guns fell silent across the strip.")
truce(True, "Egypt", ["Egypt tabled the plan last year; after months of haggling both sides accepted it on Sunday.", "The truce begins on Monday."], status="agreed", starts="Monday")
truce(True, "Norway", ["Norway proposed a 72-hour truce under the terms of the 2025 accord.", "The pause would begin at midnight on Friday."], starts="Friday")
truce(True, "Qatar", ["Last year's mediator, Qatar, has proposed a new truce, to begin at midnight."], starts="March 11", own="The offer came on March 10.")
truce(True, "Qatar", ["Qatar, as it did in 2024, put forward the ceasefire that began at dawn."], status="in_effect")
truce(True, "Egypt", ["The plan drafted by Egypt in 2025 and revised this month became a 60-day truce on Sunday."], status="in_effect", starts="Sunday")
truce(True, "the UN", ["A pause first floated by the UN in 2024 was finally agreed by both sides.", "It will start on Thursday, the UN said."], status="agreed", starts="Thursday")
truce(True, "Qatar", ["Since 2024, Qatar has pushed for a truce; both sides signed it on Friday."], status="agreed")
truce(True, "Egypt", ["On the anniversary of the 2023 offensive, Egypt proposed a truce.", "It would begin on Friday."], starts="Friday")
truce(True, "France", ["The former colonial power, France, proposed the truce on Tuesday."])
truce(True, "Egypt", ["After the 2024 war, Egypt has proposed a permanent ceasefire.", "It would begin on March 20."], starts="March 20")
# --- rv-occasion-proposer: refused -----------------------------------------------------------
truce(False, "Turkey", ["Egypt proposed a truce on Monday, modelled on a 2022 proposal by Turkey."])
truce(False, "Norway", ["Egypt proposed a 30-day ceasefire on Monday.", "A truce brokered by Norway, which collapsed in 2024, is the model for Egypt's new plan."])
truce(False, "Qatar", ["Egypt proposed a new 60-day truce on Monday.", "An earlier version of the plan, drafted by Qatar, was rejected by Hamas."])
truce(False, "Qatar", ["Egypt proposed a new truce on Monday.", "Qatar, which proposed last year's truce, welcomed Egypt's plan."])
truce(False, "Ghana", ["Kenya proposed a new ceasefire on Friday.", "In October, Ghana offered a truce that never took hold."])
truce(False, "Ghana", ["Kenya proposed a new ceasefire on Friday, after Ghana's offer of a truce in 2025 went nowhere."])
truce(False, "Angola", ["Kenya proposed a week-long ceasefire on Friday.", "The last time the guns fell silent, it was under a deal brokered by Angola."])
truce(False, "Turkey", ["Egypt proposed a truce on Monday.", "Turkey's 2024 plan for a pause in the fighting was shelved."])
truce(False, "Qatar", ["Egypt proposed a truce on Monday.", "A year before, Qatar had offered a similar pause."])
truce(False, "Jordan", ["Egypt proposed a truce on Monday.", "Mediators pointed to the truce of 2021, which Jordan had proposed."])
truce(False, "Qatar", ["Turkey proposed a new truce on Thursday.", "Ceasefires proposed by Qatar in 2023 and by Egypt in 2024 both collapsed."])

# --- rv-occasion-count: kept -----------------------------------------------------------------
count(True, "civilians killed", 4300, ["The insurgency has killed 4,300 civilians since it began in 2019, the UN said.", "Another 12 died in an attack on Tuesday."])
count(True, "families in tents", 1200, ["After the 2024 cyclone, 1,200 families still live in tents.", "The government has promised 300 new homes."])
count(True, "prisoners freed", 340, ["Under a 2024 deal, 340 prisoners have now been freed.", "A further 60 are due out next month."])
count(True, "people died", 52, ["11:20 GMT \u2014 Officials now say 52 people died in the fire, the worst since 2009."])
count(True, "people killed", 41, ["Correction: An earlier version of this story said 14 people were killed in the 2025 floods; this week's floods have killed 41."])
count(True, "runners finished", 2400, ["The previous record, set in 2019, was broken on Sunday when 2,400 runners finished the race."])
count(True, "families waiting", 1300, ["On the anniversary of the 2016 quake, 1,300 families are still waiting for new homes.", "Some 200 received keys last month."])
count(True, "hostages freed", 85, ["A deal first floated in 2023 has so far freed 85 hostages.", "Another 40 are due out next week."])
count(True, "people charged", 900, ["In all, 900 people have been charged under the 2025 Act.", "Another 30 cases are pending."])
count(True, "jobs lost", 3000, ["In its longest walkout since 1984, the union has cost the firm 3,000 jobs.", "A further 500 are at risk."])
count(True, "deaths", 210, ["Deaths from the heatwave reached 210 on Tuesday, up from 150 at the same point last year."])
count(True, "residents", 4000, ["Two years ago the town had 4,000 residents; today it has 1,500.", "About 300 left this winter."], as_of="2024")
# --- rv-occasion-count: refused --------------------------------------------------------------
count(False, "people killed", 31, ["The blast killed 9 on Monday, after attacks in 2023 and 2024 killed 31 and 44."])
count(False, "people killed", 31, ["This year's floods have killed 23, compared with 31 in 2019 and 17 in 2021."])
count(False, "people killed", 31, ["Floods killed 23 this week, up from 31 a year before."])
count(False, "people killed", 31, ["Floods killed 23 people in the valley on Monday.", "The last time the river burst its banks, 31 people died."])
count(False, "homes buried", 40, ["A landslide buried 12 homes on Sunday.", "It was the village's second: one in the 1990s buried 40."])
count(False, "people killed", 210, ["Cholera has killed 85 people since January.", "The outbreak before that killed 210."])
count(False, "people killed", 96, ["The storm has left 14 dead since Friday.", "A storm of similar strength, a decade earlier, killed 96."])
count(False, "soldiers killed", 25, ["Rebels killed 18 soldiers in Tuesday's ambush, the army said.", "Earlier ambushes in January and February killed 7 and 25."])
count(False, "lives claimed", 300, ["The heatwave has claimed 120 lives this week.", "Its predecessor claimed 300."])
count(False, "women elected", 29, ["Voters elected 41 women to parliament on Sunday, up from 29 at the former vote."])
count(False, "homes destroyed", 250, ["The fire destroyed 60 homes on Monday.", "It was the worst since a blaze that destroyed 250 homes in 2018."])
count(False, "people arrested", 1100, ["Police said 300 people were arrested at Saturday's protest.", "A year ago, a similar march ended with 1,100 arrests."])
count(False, "people drowned", 290, ["Rescuers have found 19 bodies since the ferry sank on Friday.", "In the previous disaster on the same route, eleven years ago, 290 drowned."])
count(False, "people displaced", 20000, ["Flooding has displaced 8,000 people this week, the agency said, against 20,000 when the river last rose."])
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
