# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 40's days, list cues and count owners (``grounding_days40.jsonl``):
value-support cases for a value that belongs to the event, the heading or the noun that
governs it, by category, each with what must pass and what must fail:

- ``other-event-day``: a day attached to another event in the same sentence is refused (a
  border commission's session after the commanders' meeting, a vote "a week before", a
  meeting "put off since January", a bill "approved in June" beside its tabling); the fact's
  own day passes, and so does a truce's start beside a parade or procession it covers;
- ``list-heading-cue``: a bullet or numbered item under a lead-in line or heading that names
  the field ("Tariff increases:", "Levies will rise on:", "## Customs schedule") takes its
  cue from it; an item under another heading ("Quota changes:", "Interest rates:"), an item
  with no heading, or a paragraph after the list does not;
- ``count-passage-noun``: a count belongs to the noun it counts, in whichever evidence
  passage it stands ("envoys of the 27 member states" is no count of banks given in another
  passage), and a detention's "held for 30 days" is no truce's length.

Run ``python tests/data/make_days40_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or real bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_days40.jsonl")

built = SupportCases(
    "d40",
    leads=[
        "NAIROBI (Savanna Post) -",
        "By Ilse Vogt | Rhine Courier",
        "From the Pacific Ledger's Manila bureau.",
        "LIMA, Peru -",
        "Filed by our Caucasus correspondent, Tbilisi.",
        "BRIEFING | Northern Star Daily",
    ],
)
DAY, LIST, COUNT = "other-event-day", "list-heading-cue", "count-passage-noun"
PUBLISHED = "2025-06-10"


def case(
    category: str, expect: bool, why: str, evidence: list[str], kind: str, field: str,
    value: Any, extra: dict[str, Any] | None = None, text: str | None = None,
    path: str | None = None,
) -> None:  # fmt: skip
    """A fact of ``kind`` whose ``field`` is ``value`` backed by ``evidence``, on ``text`` (or
    a page of the evidence's paragraphs)."""
    built.dated_fact(category, expect, why, evidence, kind, field, value, PUBLISHED, extra,
                     text, path)  # fmt: skip


def meeting(expect: bool, why: str, sentence: str, value: str, parties: list[str],
            status: str = "scheduled") -> None:  # fmt: skip
    case(DAY, expect, why, [sentence], "summits", "planned_timing", value,
         {"parties": parties, "status": status})  # fmt: skip


def talks(expect: bool, why: str, sentence: str, value: str, description: str) -> None:
    case(DAY, expect, why, [sentence], "events", "when", value,
         {"kind": "talks", "description": description})  # fmt: skip


def introduced(expect: bool, why: str, sentence: str, value: str) -> None:
    case(DAY, expect, why, [sentence], "sanctions", "introduced", value,
         {"instrument": "bill", "status": "passed_one_chamber"})  # fmt: skip


def start(expect: bool, why: str, sentence: str, value: str) -> None:
    case(DAY, expect, why, [sentence], "ceasefires", "starts", value,
         {"kind": "full", "status": "proposed"})  # fmt: skip


def listed(expect: bool, why: str, text: str, item: str, value: float,
           field: str = "tariff_rate_percent") -> None:  # fmt: skip
    """``item`` (a line of ``text`` without its bullet) as the evidence of a measure's rate or
    a truce's length."""
    kind, extra = (("sanctions", {"instrument": "executive_action", "status": "announced"})
                   if field == "tariff_rate_percent" else ("ceasefires", {"kind": "full", "status": "agreed"}))  # fmt: skip
    page = built.page(text)
    case(
        LIST, expect, why, [item], kind, field, {"value": value, "qualifier": "exact"}, extra, page
    )


def count(expect: bool, why: str, evidence: list[str], what: str, value: float,
          kind: str = "sanctions") -> None:  # fmt: skip
    extra = {"instrument": "executive_action", "status": "announced"} if kind == "sanctions" else {
        "kind": "other", "description": "the events the article reports"}  # fmt: skip
    fact = {**extra, "counts": [{"what": what, "value": {"value": value, "qualifier": "exact"}}],
            "evidence": evidence}  # fmt: skip
    facts = {"article": {"headline": None, "outlet": None, "byline": None,
                         "published": PUBLISHED}, kind: [fact]}  # fmt: skip
    built.add(COUNT, expect, f"{what} {value!r}: {why}", built.page(*evidence), facts,
              f"{kind}[0].counts[0].value")  # fmt: skip


def length(expect: bool, why: str, evidence: list[str], days: float) -> None:
    case(COUNT, expect, why, evidence, "ceasefires", "duration_days",
         {"value": days, "qualifier": "exact"}, {"kind": "full", "status": "agreed"})  # fmt: skip


# --- other-event-day: sentences with two occasions; each value on both sides
s = "Regional commanders will meet at 9am on Wednesday, and the Joint Border Commission will convene in Phnom Penh on September 2."
talks(True, "the commanders meet on Wednesday", s, "9am on Wednesday", "regional commanders meet")
talks(
    False, "September 2 is the commission's session", s, "September 2", "regional commanders meet"
)
s = "Lavrov and Fidan will hold talks in Baku on Friday, ahead of a summit of their presidents on October 14."
meeting(True, "the ministers' talks are on Friday", s, "on Friday", ["Lavrov", "Fidan"])
meeting(False, "October 14 is the presidents' summit", s, "October 14", ["Lavrov", "Fidan"])
s = "The meeting between Ruto and Museveni, put off repeatedly since January, is now set for Kampala on 9 April."
meeting(True, "now set for 9 April", s, "9 April", ["Ruto", "Museveni"])
meeting(False, "January is when the delays began", s, "January", ["Ruto", "Museveni"])
s = "Delayed three times since October, the summit of Andean leaders will take place in Lima on 12 February, the foreign ministry said."
meeting(True, "will take place on 12 February", s, "12 February", ["Andean leaders"])
meeting(False, "October is when the delays began", s, "October", ["Andean leaders"])
s = "The bill was introduced in the Sejm in February, passed by it in June and by the Senate last week."
introduced(True, "introduced in February", s, "in February")
introduced(False, "June is the Sejm's passage", s, "in June")
s = "Tabled by the government in September, the sanctions law won the committee's approval in November and a floor vote on Wednesday."
introduced(True, "tabled in September", s, "in September")
introduced(False, "November is the committee's approval", s, "in November")
s = "Chancellor Brandt and President Okafor meet in Geneva on Monday, a week before parliament votes on the accord on 21 March."
meeting(True, "the leaders meet on Monday", s, "on Monday", ["Brandt", "Okafor"])
meeting(False, "21 March is parliament's vote", s, "21 March", ["Brandt", "Okafor"])
s = "Mediators said the negotiators would resume their talks on 3 May, after a prisoner exchange on 28 April."
talks(True, "the talks resume on 3 May", s, "3 May", "the negotiators resume talks")
talks(False, "28 April is the prisoner exchange", s, "28 April", "the negotiators resume talks")
s = "Xi will host Lula in Beijing on Thursday, two days after the BRICS finance ministers gather in Shanghai on Tuesday."
meeting(True, "Xi hosts Lula on Thursday", s, "on Thursday", ["Xi", "Lula"])
meeting(False, "Tuesday is the finance ministers' gathering", s, "on Tuesday", ["Xi", "Lula"])
s = "The army declared a truce starting at noon on 1 October, to cover the independence day parade in the capital."
start(True, "the truce starts at noon; the parade is what it covers", s, "noon on 1 October")
s = "The rebels announced a ceasefire from 6 a.m. on Saturday until Monday evening, so that the funeral procession for the archbishop can pass."
start(
    True, "the ceasefire runs from Saturday; the procession is its purpose", s, "6 a.m. on Saturday"
)
s = "Envoys of the two Sudanese factions are due in Jeddah on Sunday, ten days after their field commanders met at El Obeid on 4 March."
meeting(True, "the envoys are due on Sunday", s, "on Sunday", ["Sudanese factions"])
meeting(False, "4 March is the field commanders' meeting", s, "4 March", ["Sudanese factions"])

s = "The decree was submitted to parliament in March, adopted by the lower house in May and signed by the president on Friday."
introduced(True, "submitted in March", s, "in March")
introduced(False, "May is the lower house's adoption", s, "in May")
s = "The EU approved the new sanctions in May, and they took effect in June."
introduced(
    True, "approved in May is the measure's own adoption: nothing was tabled before", s, "in May"
)
s = "Stalled since May, the negotiations between the two utilities resume in Oslo on 2 July."
talks(
    True,
    "the negotiations resume on 2 July",
    s,
    "2 July",
    "negotiations between the two utilities resume",
)
meeting(False, "May is when the stall began", s, "May", ["utilities"])
s = "After months of shuttle diplomacy the two presidents met in Astana on Friday."
meeting(
    True,
    "the day follows the time phrase; it is the meeting's",
    s,
    "on Friday",
    ["presidents"],
    "held",
)
s = "Officials prepared the venue on Saturday ahead of the Putin-Erdogan summit on Monday."
meeting(
    True,
    "the summit named after 'ahead of' is the fact's own",
    s,
    "on Monday",
    ["Putin", "Erdogan"],
)
s = "Putin and Xi met on Monday, and the two leaders will meet again in Kazan on 22 October."
meeting(
    True, "the joined clause's subject is the same two leaders", s, "22 October", ["Putin", "Xi"]
)
s = "Fighting flared across the valley after the vote on Monday."
case(
    DAY,
    True,
    "one day in the sentence: the fighting may be that day too",
    [s],
    "events",
    "when",
    "Monday",
    {"kind": "attack", "description": "fighting flared across the valley"},
)
s = "Moscow has declared what it calls a humanitarian truce, from 6 a.m. on 12 June to 6 a.m. on 14 June, around the wreath-laying ceremony in Volgograd."
start(True, "'what it calls' is no phone call: the truce's start", s, "6 a.m. on 12 June")

s = "The summit comes two days after Chancellor Ines Wolf held talks with Tusk in Warsaw on Tuesday."
meeting(
    True,
    "the talks after 'after' are the fact's own: no other group owns them",
    s,
    "on Tuesday",
    ["Ines Wolf", "Tusk"],
    "held",
)

s = "Under the accord, field officers were to meet at the crossing at 6am on Friday, 3 October, followed by a session of the Joint Water Council on 19 October, hosted by Laos."
talks(
    True,
    "the officers meet on 3 October",
    s,
    "6am on Friday, 3 October",
    "field officers meet at the crossing",
)
talks(
    False,
    "19 October is the council's session",
    s,
    "19 October",
    "field officers meet at the crossing",
)

s = "The treaty was shelved again after Lula threatened on 3 March to impose levies on Argentine wine."
introduced(
    True,
    "the after-clause holds the levies' own verb, 'threatened', with no other group",
    s,
    "on 3 March",
)

s = "Aides briefed reporters at noon, and Ruto and Abiy will meet at 5pm in the state house."
meeting(
    True,
    "the joined clause's subject is two names, the fact's own parties",
    s,
    "5pm",
    ["Ruto", "Abiy"],
)
s = "The Commission unveiled the new package on 4 March and the member states adopted it on 2 April."
introduced(
    True, "a proposal unveiled, then adopted: the adoption is the measure's day", s, "2 April"
)

# --- list-heading-cue: items under a lead-in or heading
t = (
    "The finance ministry published the new schedule on Monday.\n\nTariff increases:\n\n"
    "- Medical products: the rate on syringes will rise from 0 percent to 50 percent in 2026.\n"
    "- Footwear: the rate on leather boots is raised to 30 percent.\n\n"
    "Quota changes:\n\n- Aluminium: imports are capped at 40 percent of last year's volume."
)
listed(
    True,
    "the item sits under 'Tariff increases:'",
    t,
    "Medical products: the rate on syringes will rise from 0 percent to 50 percent in 2026.",
    50,
)
listed(
    True,
    "the second item under the same heading",
    t,
    "Footwear: the rate on leather boots is raised to 30 percent.",
    30,
)
listed(
    False,
    "the item sits under 'Quota changes:', another heading",
    t,
    "Aluminium: imports are capped at 40 percent of last year's volume.",
    40,
)
listed(
    False,
    "0 is the rate the change starts from",
    t,
    "Medical products: the rate on syringes will rise from 0 percent to 50 percent in 2026.",
    0,
)
t = (
    "Customs officials confirmed the changes in a circular.\n\nThe government will raise levies on the following goods:\n"
    "1. Frozen fish: from 5 to 15 per cent\n2. Cement: the new rate is 12 per cent from July\n\n"
    "Interest rate changes:\n1. Mortgages: the rate rises to 6 per cent.\n2. Car loans: 9 per cent"
)
listed(
    True,
    "'raise levies on the following goods:' leads the numbered list",
    t,
    "Frozen fish: from 5 to 15 per cent",
    15,
)
listed(
    True,
    "the second numbered item under the levies",
    t,
    "Cement: the new rate is 12 per cent from July",
    12,
)
listed(
    False,
    "mortgages sit under 'Interest rate changes:'",
    t,
    "Mortgages: the rate rises to 6 per cent.",
    6,
)
listed(False, "car loans sit under 'Interest rate changes:'", t, "Car loans: 9 per cent", 9)
t = (
    "## Customs duty schedule\n\n* Paper and board: 8 percent\n* Glass bottles: the rate climbs to 11 percent\n\n"
    "## Support for farmers\n\n* Fertiliser: the subsidy rate rises to 35 percent"
)
listed(True, "under the '## Customs duty schedule' heading", t, "Paper and board: 8 percent", 8)
listed(
    True, "second item of the duty heading", t, "Glass bottles: the rate climbs to 11 percent", 11
)
listed(
    False,
    "under the subsidy heading, another heading",
    t,
    "Fertiliser: the subsidy rate rises to 35 percent",
    35,
)
t = (
    "The Trade Representative will take the following actions to raise tariffs on imports from Vietnam:\n\n"
    "- Batteries: the rate on lithium cells will increase from 5 percent to 25 percent in 2026.\n"
    "- Tyres: the rate goes to 18 percent.\n\n"
    "Separately, the agency said the rate of inspections at ports would rise to 20 percent."
)
listed(
    True,
    "the lead-in names the tariffs",
    t,
    "Batteries: the rate on lithium cells will increase from 5 percent to 25 percent in 2026.",
    25,
)
listed(
    True,
    "the lead-in names the tariffs for the tyres too",
    t,
    "Tyres: the rate goes to 18 percent.",
    18,
)
listed(
    False,
    "a paragraph after the list, not an item: the inspections' rate",
    t,
    "Separately, the agency said the rate of inspections at ports would rise to 20 percent.",
    20,
)
t = "Officials shared a summary of the package.\n\n- Rice: the rate is raised to 20 percent.\n- Sugar: the rate falls to 4 percent."
listed(
    False, "a list with no lead-in naming a duty", t, "Rice: the rate is raised to 20 percent.", 20
)
listed(False, "the second item of a list with no cue", t, "Sugar: the rate falls to 4 percent.", 4)
t = (
    "The mediators released the text of the accord.\n\nCeasefire terms:\n- Duration: 45 days, renewable once\n- Monitors: 120 observers\n\n"
    "Prisoner release terms:\n- Detention: anyone held for more than 60 days is freed first"
)
listed(
    True,
    "'Ceasefire terms:' gives the duration its cue",
    t,
    "Duration: 45 days, renewable once",
    45,
    "duration_days",
)
listed(
    False,
    "60 days is the detention, under the prisoners' heading",
    t,
    "Detention: anyone held for more than 60 days is freed first",
    60,
    "duration_days",
)
t = "Duties from 1 July (per cent):\n\n- Wine: 18 percent\n- Spirits: 25 percent\n\nExcise stamps:\n\n- Tobacco: 30 percent of the retail price"
listed(True, "'Duties from 1 July (per cent):' heads the wine line", t, "Wine: 18 percent", 18)
listed(
    False, "tobacco sits under 'Excise stamps:'", t, "Tobacco: 30 percent of the retail price", 30
)

# --- count-passage-noun: a count and the noun it counts, across passages
count(
    True,
    "22 counts the banks",
    [
        "Envoys of the 27 member states approved the package on Friday.",
        "It cuts 22 more banks off from the SWIFT payments system.",
    ],
    "banks",
    22,
)
count(
    False,
    "27 counts the member states in the other passage",
    [
        "Envoys of the 27 member states approved the package on Friday.",
        "It cuts 22 more banks off from the SWIFT payments system.",
    ],
    "banks",
    27,
)
count(
    True,
    "105 counts the tankers",
    [
        "The 40 ministers met in Oslo to agree the list.",
        "The list adds 105 tankers of the shadow fleet.",
    ],
    "tankers",
    105,
)
count(
    False,
    "40 counts the ministers",
    [
        "The 40 ministers met in Oslo to agree the list.",
        "The list adds 105 tankers of the shadow fleet.",
    ],
    "tankers",
    40,
)
count(
    True,
    "31 counts the dead",
    [
        "Fighting across 12 districts left the city without power.",
        "The shelling killed 31 people, officials said.",
    ],
    "people killed",
    31,
    kind="events",
)
count(
    False,
    "12 counts districts",
    [
        "Fighting across 12 districts left the city without power.",
        "The shelling killed 31 people, officials said.",
    ],
    "people killed",
    12,
    kind="events",
)
count(
    True,
    "55 counts the individuals",
    [
        "All eight opposition parties backed the measure.",
        "It names 55 individuals, among them two former ministers.",
    ],
    "individuals",
    55,
)
count(
    False,
    "eight counts parties",
    [
        "All eight opposition parties backed the measure.",
        "It names 55 individuals, among them two former ministers.",
    ],
    "individuals",
    8,
)
count(
    True,
    "four counts the hostages",
    [
        "Three mediators shuttled between the two sides overnight.",
        "Hamas freed four hostages on Saturday.",
    ],
    "hostages released",
    4,
    kind="events",
)
count(
    False,
    "three counts mediators",
    [
        "Three mediators shuttled between the two sides overnight.",
        "Hamas freed four hostages on Saturday.",
    ],
    "hostages released",
    3,
    kind="events",
)
count(
    False,
    "19 counts the ministers' states",
    [
        "Foreign ministers from 19 states signed the declaration.",
        "The sanctions list now covers 340 companies.",
    ],
    "companies",
    19,
)
count(
    True,
    "340 counts the companies",
    [
        "Foreign ministers from 19 states signed the declaration.",
        "The sanctions list now covers 340 companies.",
    ],
    "companies",
    340,
)
ev = [
    "Ministers of the 12 coastal states signed off on the plan on Monday.",
    "It cuts 40 more fishing firms off from the quota system.",
]
count(
    False,
    "12 counts states: 'signed off' shares only a particle with 'cut off'",
    ev,
    "fishing firms cut off",
    12,
)
count(True, "40 counts the firms cut off", ev, "fishing firms cut off", 40)
ev = [
    "All nine judges of the panel stepped down in protest.",
    "The decree shuts down 300 more accounts held abroad.",
]
count(
    False,
    "nine counts judges: 'stepped down' shares only a particle with 'shut down'",
    ev,
    "accounts shut down",
    9,
)
count(True, "300 counts the accounts", ev, "accounts shut down", 300)
length(
    False,
    "30 days is the detention, not the truce",
    [
        "The truce took effect on Monday at dawn.",
        "Under its terms, prisoners held for 30 days or more will be freed.",
    ],
    30,
)
length(
    False,
    "60 days is how long detainees were held",
    ["The ceasefire requires the release of all detainees held for 60 days without charge."],
    60,
)
length(
    False,
    "14 days is the journalists' sentence",
    ["The ceasefire agreed on Sunday also frees journalists jailed for 14 days in Goma."],
    14,
)
length(
    True,
    "the truce lasts 30 days; the prisoners' time is another",
    ["The truce will last 30 days, and prisoners held for more than a year will be freed."],
    30,
)
length(
    True,
    "the ceasefire holds for 45 days",
    ["The ceasefire will hold for 45 days; detainees will be freed within the first week."],
    45,
)
length(
    True,
    "a 21-day truce, prisoners exchanged within it",
    ["Both sides signed a 21-day truce, during which prisoners will be exchanged."],
    21,
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
