# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 61's headline places as an event's place (``grounding_pl61.jsonl``,
false-alarm writer pl61; :mod:`summarizer.verification.places.headline_places`), at the edges of

- ``possessive``: the page's headline opens (or opens after a label's colon or a dash: "Q&A:",
  "LIVE:") with a place in the possessive ("Norvia's births fall to a new low", "America's
  fertility rate dips") and the event's evidence names no place ("Deaths climbed 2 per cent
  ..."): the headline's place passes, and so does another name of the same country ("United
  States" for "America's"); a place the evidence names after "in", "at", "near" ("births in
  Corvel"), another country in the evidence or the headline, an event put away ("across the
  border", "abroad", "there"), a place named only in another paragraph, and for a strike, an
  attack, casualties or displacement a possessive on no home noun ("Ostland's drone barrage
  kills 12": the attacker, not the scene) stay refused;
- ``label``: the headline's label before a colon or a dash opens with a place over lower-case
  words ("Brisk bin strike: rubbish piles up", "LIVE: Varno dockers' walkout - ..."): the
  place passes; a place as the subject of a headline with no label ("Norvia frees six
  sailors"), a place inside a longer name ("Tessen Airways signs ..."), a country's name as the
  modifier of an attack ("Ostland drone attack: what we know"), a label whose other words are
  capitalised names ("Brisk Harbour Board: ..."), a place after "in" in the evidence and
  another occasion's place stay refused.

Run ``python tests/data/make_pl61_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and most places made up (a few real countries, for the
table's other names); each verdict is what a careful fact-checker reads in the text, decided
when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_pl61.jsonl")

built = SupportCases("pl61")
POSSESSIVE, LABEL = "possessive", "label"
_MASTS = [
    "By Mara Quellin, data correspondent",
    "The Halden Post | Updated 09:40",
    "Kellmar Gazette staff",
    "Pennant Wire - Analysis desk",
    "From our statistics team",
]


site = partial(
    built.headed_event_places,
    mastheads=_MASTS,
    why_pass="the headline's own place, the evidence naming none",
)


# --- possessive --------------------------------------------------------------------------------
site(
    POSSESSIVE,
    "Norvia's births fall below 300,000 for the first time",
    [
        "The statistics office said on Tuesday that 296,400 babies were born last year, the ninth fall in a row.",
        "Deaths climbed 2.1 per cent to 412,000, so natural change alone cost the country about 115,600 people.",
        "In Corvel, the largest city, the fertility rate fell to 0.81.",
    ],
    [
        "Deaths climbed 2.1 per cent to 412,000, so natural change alone cost the country about 115,600 people."
    ],
    "casualties",
    "deaths outnumber births",
    ["Norvia"],
    ["Corvel"],
    "a city the article names in another sentence, not in the evidence",
)
site(
    POSSESSIVE,
    "Q&A: Japan's marriage rate has risen at last. Will births follow?",
    [
        "What did the figures show?",
        "Weddings surged: the number of marriages climbed 6.2 per cent last year, the most since records began.",
        "Officials in Tokyo were cautious about reading too much into one year.",
    ],
    [
        "Weddings surged: the number of marriages climbed 6.2 per cent last year, the most since records began."
    ],
    "other",
    "marriages rise",
    ["Japan"],
    ["Tokyo", "South Korea"],
    "the capital named in another sentence, or a country not named at all",
)
site(
    POSSESSIVE,
    "TRANSCRIPT: 'The Count' podcast - America's fertility rate dips again",
    [
        "HOST: Go back to the late 1950s and women were having about 3.6 children each.",
        "GUEST: And by last year it was 1.58, the lowest on record.",
    ],
    ["GUEST: And by last year it was 1.58, the lowest on record."],
    "other",
    "fertility rate falls to a record low",
    ["United States", "US", "America"],
    ["Canada", "North America"],
    "another country, or a region the headline does not give",
)
site(
    POSSESSIVE,
    "Italy's population shrinks for an eleventh year",
    [
        "The resident population stood at 58.8 million at the end of December, about 41,000 fewer than a year before.",
        "Across the border in Switzerland, numbers kept rising.",
        "Across the border, numbers kept rising for a fifth year.",
    ],
    [
        "The resident population stood at 58.8 million at the end of December, about 41,000 fewer than a year before."
    ],
    "other",
    "resident population falls",
    ["Italy"],
    ["Switzerland", "Rome"],
    "a country the article names apart, or a capital not given",
)
site(
    POSSESSIVE,
    "Italy's population shrinks for an eleventh year",
    [
        "The resident population stood at 58.8 million at the end of December, about 41,000 fewer than a year before.",
        "Across the border, numbers kept rising for a fifth year.",
    ],
    ["Across the border, numbers kept rising for a fifth year."],
    "other",
    "population rises next door",
    [],
    ["Italy"],
    "the evidence puts the event across the border",
)
site(
    POSSESSIVE,
    "Canada's jobless rate edges up to 6.9%",
    [
        "Employers shed about 14,000 positions in August, the agency said, leaving the unemployment rate at 6.9 per cent.",
        "Hiring was strongest in Alberta.",
    ],
    [
        "Employers shed about 14,000 positions in August, the agency said, leaving the unemployment rate at 6.9 per cent."
    ],
    "other",
    "jobs lost in August",
    ["Canada"],
    ["Alberta", "Ottawa"],
    "a province named in another sentence, or a capital not given",
)
site(
    POSSESSIVE,
    "Canada's jobless rate edges up to 6.9%",
    [
        "Employers shed about 14,000 positions in August, the agency said.",
        "Hiring was strongest in Alberta, where about 9,000 jobs were added.",
    ],
    ["Hiring was strongest in Alberta, where about 9,000 jobs were added."],
    "other",
    "Alberta adds jobs",
    ["Alberta"],
    ["Canada"],
    "the evidence names its own province after 'in'",
)
site(
    POSSESSIVE,
    "Explainer: Brisk's new tourist levy, and who has to pay it",
    [
        "Nowhere else in the region had charged day-trippers to get in when the city began doing so last spring, trialling a five-crown ticket on 30 days.",
        "Some visitors paid the fee in Varno instead, where a similar pass is sold.",
    ],
    [
        "Nowhere else in the region had charged day-trippers to get in when the city began doing so last spring, trialling a five-crown ticket on 30 days."
    ],
    "other",
    "first trial of the day-visitor fee",
    ["Brisk"],
    ["Varno"],
    "another city, named in another sentence",
)
site(
    POSSESSIVE,
    "Explainer: Brisk's new tourist levy, and who has to pay it",
    [
        "The city began charging day-trippers last spring.",
        "Some visitors paid a similar fee in Varno instead, where about 40,000 passes were sold.",
    ],
    ["Some visitors paid a similar fee in Varno instead, where about 40,000 passes were sold."],
    "other",
    "passes sold",
    ["Varno"],
    ["Brisk"],
    "the evidence names Varno after 'in'",
)
site(
    POSSESSIVE,
    "China's exports jump 8% as factories rush orders out",
    [
        "Shipments abroad rose 8.1 per cent in October from a year earlier, customs data showed.",
        "Imports slipped 1.2 per cent.",
    ],
    ["Imports slipped 1.2 per cent."],
    "other",
    "imports slip",
    ["China"],
    ["Beijing", "Japan"],
    "a capital or a country the headline and evidence do not give",
)
site(
    POSSESSIVE,
    "China's exports jump 8% as factories rush orders out",
    [
        "Shipments abroad rose 8.1 per cent in October from a year earlier, customs data showed.",
        "Imports slipped 1.2 per cent.",
    ],
    ["Shipments abroad rose 8.1 per cent in October from a year earlier, customs data showed."],
    "other",
    "exports rise",
    [],
    ["China"],
    "the sentence's goods went abroad: the headline's place is no setting the evidence gives",
)
site(
    POSSESSIVE,
    "Live | Tessen's budget vote - council meets tonight",
    [
        "Councillors approved the spending plan by 31 votes to 18 shortly before midnight.",
        "The same plan had failed at the county hall in Mardle a week ago.",
    ],
    ["Councillors approved the spending plan by 31 votes to 18 shortly before midnight."],
    "vote",
    "council approves budget",
    ["Tessen"],
    ["Mardle"],
    "another occasion's place, named in another sentence",
)
site(
    POSSESSIVE,
    "Live | Tessen's budget vote - council meets tonight",
    [
        "Councillors approved the spending plan by 31 votes to 18 shortly before midnight.",
        "The same plan had failed there a week ago, when the county met at the old hall.",
    ],
    ["The same plan had failed there a week ago, when the county met at the old hall."],
    "vote",
    "plan fails",
    [],
    ["Tessen"],
    "'there' stands for a place named before, not read",
)
site(
    POSSESSIVE,
    "Ostland's drone barrage kills 12 overnight",
    [
        "Twelve people were killed and 40 hurt when drones struck apartment blocks before dawn, emergency services said.",
    ],
    [
        "Twelve people were killed and 40 hurt when drones struck apartment blocks before dawn, emergency services said."
    ],
    "attack",
    "drone attack",
    [],
    ["Ostland"],
    "the possessive names the attacker, not where the dead were",
)
site(
    POSSESSIVE,
    "Russia's missile strikes leave 9 dead",
    [
        "Nine people were killed when missiles hit a rail depot and two apartment blocks overnight, officials said.",
    ],
    [
        "Nine people were killed when missiles hit a rail depot and two apartment blocks overnight, officials said."
    ],
    "casualties",
    "nine killed",
    [],
    ["Russia", "Moscow"],
    "the possessive names the attacker, not where the dead were",
)
site(
    POSSESSIVE,
    "Halvard's deaths outpace births for a fifth year",
    [
        "Deaths outnumbered births by 12,400 last year, the fifth year in a row of natural decline.",
    ],
    ["Deaths outnumbered births by 12,400 last year, the fifth year in a row of natural decline."],
    "casualties",
    "natural decline",
    ["Halvard"],
    [],
    "",
)
site(
    POSSESSIVE,
    "Varno's trams stop as drivers walk out over pay",
    [
        "About 600 drivers walked off the job at dawn on Monday, their union said.",
        "A smaller stoppage in Kessel last month lasted a day.",
    ],
    ["About 600 drivers walked off the job at dawn on Monday, their union said."],
    "strike",
    "tram drivers strike",
    ["Varno"],
    ["Kessel"],
    "another occasion's city, named in another sentence",
)
site(
    POSSESSIVE,
    "Germany's factory orders slump as Ostland demand dries up",
    [
        "Orders fell 3.4 per cent in July from June, the ministry said.",
    ],
    ["Orders fell 3.4 per cent in July from June, the ministry said."],
    "other",
    "factory orders fall",
    [],
    ["Germany"],
    "the headline names another place too",
)
site(
    POSSESSIVE,
    "South Korea's shipyards win record orders",
    [
        "Yards booked 48 vessels in the quarter, the industry body said, against 31 a year earlier.",
        "Rival yards in Japan booked 22.",
    ],
    ["Yards booked 48 vessels in the quarter, the industry body said, against 31 a year earlier."],
    "other",
    "shipyard orders",
    ["South Korea"],
    ["Japan"],
    "another country, named in another sentence",
)
site(
    POSSESSIVE,
    "The week in numbers: Norvia's house prices, Brisk's rents",
    [
        "House prices rose 0.6 per cent in the month.",
    ],
    ["House prices rose 0.6 per cent in the month."],
    "other",
    "house prices rise",
    [],
    ["Norvia", "Brisk"],
    "the headline names two places: which is the event's is not read",
)
site(
    POSSESSIVE,
    "Tessen's grain harvest rebounds after two dry years",
    [
        "Farmers brought in 4.2 million tonnes of wheat, up 18 per cent on last year.",
        "Barley yields fell back in the hills near Orl.",
    ],
    ["Barley yields fell back in the hills near Orl."],
    "other",
    "barley yields fall",
    [],
    ["Tessen"],
    "the evidence names its own place after 'near'",
)
site(
    POSSESSIVE,
    "Brisk's council tax bills rise 5%",
    [
        "Bills will go up 4.9 per cent from April, the finance committee decided.",
        "Varno's council froze its own bills for a second year.",
    ],
    ["Varno's council froze its own bills for a second year."],
    "other",
    "bills frozen",
    ["Varno"],
    ["Brisk"],
    "the evidence names its own town's council",
)
site(
    POSSESSIVE,
    "Kessel's turnout falls to a record low",
    [
        "In Orl, the neighbouring district, voters stayed away in numbers. Turnout was 38 per cent, the count showed.",
        "Kessel itself saw 44 per cent vote.",
    ],
    ["Turnout was 38 per cent, the count showed."],
    "vote",
    "turnout in Orl",
    ["Orl"],
    ["Kessel"],
    "the sentence before it in its paragraph puts it in Orl",
)
site(
    POSSESSIVE,
    "Halden's births edge up after a decade of decline",
    [
        "Midwives at the city's two hospitals said the rise was felt on the wards.",
        "Births rose 1.4 per cent to 18,200 last year, the registry said.",
    ],
    ["Births rose 1.4 per cent to 18,200 last year, the registry said."],
    "other",
    "births rise",
    ["Halden"],
    ["Varno"],
    "a city the article never names",
)
site(
    POSSESSIVE,
    "India's monsoon rains arrive early",
    [
        "Heavy rain reached the southern coast on Tuesday, a week ahead of the usual date, the weather office said.",
        "Pakistan's forecasters expect the rains there by July.",
    ],
    [
        "Heavy rain reached the southern coast on Tuesday, a week ahead of the usual date, the weather office said."
    ],
    "other",
    "monsoon arrives",
    ["India"],
    ["Pakistan", "New Delhi"],
    "another country named in another sentence, or a capital not given",
)
site(
    POSSESSIVE,
    "India's monsoon rains arrive early",
    [
        "Heavy rain reached the southern coast on Tuesday, a week ahead of the usual date.",
        "Pakistan's forecasters expect the rains there by July.",
    ],
    ["Pakistan's forecasters expect the rains there by July."],
    "other",
    "rains expected",
    ["Pakistan"],
    ["India"],
    "the evidence names another country",
)

# --- label -------------------------------------------------------------------------------------
site(
    LABEL,
    "Brisk bin strike: rubbish piles up as council declares an emergency",
    [
        "Refuse collectors who belong to the Allied union have been on an all-out strike since 3 March, after weeks of shorter walkouts.",
        "Collections in neighbouring Varno go on as normal.",
    ],
    [
        "Refuse collectors who belong to the Allied union have been on an all-out strike since 3 March, after weeks of shorter walkouts."
    ],
    "strike",
    "indefinite bin strike",
    ["Brisk"],
    ["Varno"],
    "another city, named in another sentence",
)
site(
    LABEL,
    "LIVE: Varno dockers' walkout - terminals at a standstill",
    [
        "Some 800 lashers, who fasten the containers on ships, downed tools at 14:00 for what their union calls a 48-hour strike.",
        "Ships queued off Halvard Point through the night.",
    ],
    [
        "Some 800 lashers, who fasten the containers on ships, downed tools at 14:00 for what their union calls a 48-hour strike."
    ],
    "strike",
    "lashers strike",
    ["Varno"],
    ["Halvard Point"],
    "another place, named in another sentence",
)
site(
    LABEL,
    "Corvel day-trip fee: what changes this summer",
    [
        "The city first made short-stay visitors pay to get in two years ago, on 29 days.",
        "A similar scheme in Orl was dropped.",
    ],
    ["The city first made short-stay visitors pay to get in two years ago, on 29 days."],
    "other",
    "first trial of the fee",
    ["Corvel"],
    ["Orl"],
    "another city's scheme, named in another sentence",
)
site(
    LABEL,
    "Corvel day-trip fee: what changes this summer",
    [
        "The city first made short-stay visitors pay two years ago.",
        "A similar scheme in Orl was dropped after a year.",
    ],
    ["A similar scheme in Orl was dropped after a year."],
    "other",
    "scheme dropped",
    ["Orl"],
    ["Corvel"],
    "the evidence names its own city after 'in'",
)
site(
    LABEL,
    "Kessel flood - what we know so far",
    [
        "About 2,300 homes were left without power after the river broke its banks overnight.",
        "Rescue teams were sent from Mardle.",
    ],
    ["About 2,300 homes were left without power after the river broke its banks overnight."],
    "other",
    "homes without power",
    ["Kessel"],
    ["Mardle"],
    "where the rescuers came from, named in another sentence",
)
site(
    LABEL,
    "Halden teachers' pay row: talks break down",
    [
        "The union said 4,000 teachers would strike for three days from Monday.",
    ],
    ["The union said 4,000 teachers would strike for three days from Monday."],
    "strike",
    "teachers to strike",
    ["Halden"],
    ["Varno"],
    "a city the article never names",
)
site(
    LABEL,
    "Norvia frees six sailors after envoy's visit",
    [
        "The six were handed over on Friday, hours after the envoy landed.",
    ],
    ["The six were handed over on Friday, hours after the envoy landed."],
    "other",
    "sailors freed",
    [],
    ["Norvia"],
    "the headline's place is its subject, an actor, with no label",
)
site(
    LABEL,
    "Tessen Airways signs for 40 jets: the deal explained",
    [
        "The order, signed on Wednesday, covers 30 long-haul and 10 regional aircraft.",
    ],
    ["The order, signed on Wednesday, covers 30 long-haul and 10 regional aircraft."],
    "other",
    "jet order signed",
    [],
    ["Tessen"],
    "the place is part of a company's name",
)
site(
    LABEL,
    "Ostland drone attack: what we know",
    [
        "Fourteen people were killed when drones hit a market before dawn, officials said.",
    ],
    ["Fourteen people were killed when drones hit a market before dawn, officials said."],
    "attack",
    "drone attack",
    [],
    ["Ostland"],
    "a made-up country modifier of an attack: not read as the attacker's or the scene's (older)",
)
site(
    LABEL,
    "Iran drone attack: what we know",
    [
        "Fourteen people were killed when drones hit a market before dawn, officials said.",
    ],
    ["Fourteen people were killed when drones hit a market before dawn, officials said."],
    "attack",
    "drone attack",
    [],
    ["Iran", "Tehran"],
    "a country as the modifier of an attack names the attacker as often as the scene",
)
site(
    LABEL,
    "Brisk Harbour Board: chair quits over dredging contract",
    [
        "The chair resigned on Thursday, two days after the audit was published.",
    ],
    ["The chair resigned on Thursday, two days after the audit was published."],
    "other",
    "chair resigns",
    [],
    ["Brisk"],
    "the place is part of a body's name",
)
site(
    LABEL,
    "Mardle hospital closure - staff told on Friday",
    [
        "All 310 staff were told on Friday that the wards would shut at the end of March.",
        "Patients will be sent to the hospital at Orl, 30 miles away.",
    ],
    ["All 310 staff were told on Friday that the wards would shut at the end of March."],
    "other",
    "hospital to close",
    ["Mardle"],
    ["Orl"],
    "another hospital's town, named in another sentence",
)
site(
    LABEL,
    "Mardle hospital closure - staff told on Friday",
    [
        "All 310 staff were told on Friday that the wards would shut at the end of March.",
        "Patients will be sent to the hospital at Orl, 30 miles away.",
    ],
    ["Patients will be sent to the hospital at Orl, 30 miles away."],
    "other",
    "patients moved",
    ["Orl"],
    ["Mardle"],
    "the evidence names its own town after 'at'",
)
site(
    LABEL,
    "Varno rail strike | Day three",
    [
        "Train drivers stayed out for a third day, and the operator ran one service in ten.",
        "Drivers in Kessel voted to join next week.",
    ],
    ["Train drivers stayed out for a third day, and the operator ran one service in ten."],
    "strike",
    "rail strike enters third day",
    ["Varno"],
    ["Kessel"],
    "another city's drivers, named in another sentence",
)
site(
    LABEL,
    "Varno rail strike | Day three",
    [
        "Train drivers stayed out for a third day.",
        "Drivers abroad sent messages of support, and a sympathy stoppage was held overseas.",
    ],
    ["Drivers abroad sent messages of support, and a sympathy stoppage was held overseas."],
    "strike",
    "sympathy stoppage",
    [],
    ["Varno"],
    "the evidence puts its event abroad",
)
site(
    LABEL,
    "Halvard wildfire - evacuations widen",
    [
        "About 1,200 residents were told to leave their homes on Saturday as the fire spread east.",
    ],
    ["About 1,200 residents were told to leave their homes on Saturday as the fire spread east."],
    "displacement",
    "residents evacuated",
    ["Halvard"],
    [],
    "",
)
site(
    LABEL,
    "Kessel mayor race: Dunmore concedes",
    [
        "Petra Vasko won 54 per cent of the vote, the count showed on Sunday.",
        "In Orl, the sitting mayor held on.",
    ],
    ["Petra Vasko won 54 per cent of the vote, the count showed on Sunday."],
    "vote",
    "mayoral vote",
    ["Kessel"],
    ["Orl", "Dunmore"],
    "another city's race, or a person's name",
)
site(
    LABEL,
    "Kessel mayor race: Dunmore concedes",
    [
        "Petra Vasko won 54 per cent of the vote in Kessel.",
        "In Orl, the sitting mayor held on with 51 per cent.",
    ],
    ["In Orl, the sitting mayor held on with 51 per cent."],
    "vote",
    "mayoral vote in Orl",
    ["Orl"],
    ["Kessel"],
    "the evidence names its own city after 'in'",
)
site(
    LABEL,
    "Brisk stadium vote - live updates",
    [
        "Councillors backed the new ground by 22 votes to 9, the clerk said.",
        "A rival plan for the Varno site was shelved.",
    ],
    ["Councillors backed the new ground by 22 votes to 9, the clerk said."],
    "vote",
    "stadium approved",
    ["Brisk"],
    ["Varno"],
    "another plan's site, named in another sentence",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
