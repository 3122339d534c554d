# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv60p's set on pl60's line labels as an event's place
(``grounding_rv60p.jsonl``; :mod:`summarizer.verification.places.line_labels`), at the edges of

- ``dateline``: datelines in many outlets' styles (an agency in lower case, a wire's slashes,
  "St.", a day and month, a colon, a city in mixed case, two dashes) whose city passes for the
  event its line tells; and a line whose event happens somewhere the line names in wordings
  other than "in X" or "at X" ("in northern Lorne", "in nearby Tessen", "40 km south of
  Tessen", "on the outskirts of Varno", "over Dalvik", "through Bramley", "bombarded Lorne"),
  where the dateline's city is where the story was filed, not where the event happened;
- ``label``: a list item's label or a heading in other marks (a bullet, an en dash, an
  asterisk, a country in brackets, a heading in mixed case) for its item's event; against an
  item whose line puts the event elsewhere in those same wordings, and another item's label;
- ``lookalike``: a place that opens its line but labels nothing, or labels something that is
  not where the event was: a headline in title case ("Tessen Fans Celebrate Cup Win"), a body
  or a person whose name opens with a place ("Tessen Bank:", "Florence Adair:"), a masthead;
  the real place of the line passes.

Run ``python tests/data/make_rv60p_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv60p.jsonl")

built = SupportCases(
    "rv60p",
    leads=[
        "Across the region | The Meridian Courier",
        "NEWS IN BRIEF",
        "Regional desk - Halden Evening Star",
        "Wire round-up | Northline Press Service",
    ],
)
DATELINE, LABEL, LOOKALIKE = "dateline", "label", "lookalike"
_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2} (?:January|March|May|June|July|August|October|November|December))\b"
)


# --- dateline ----------------------------------------------------------------------------------
DATELINES: list[tuple[bool, str, str, str, str]] = [
    # (expect, the line, place, what, why)
    (
        True,
        "HALBURG (dpa) - Metalworkers at the three big gearbox makers stopped work for two hours on Tuesday, while the employers' federation called the stoppage reckless.",
        "Halburg",
        "metalworkers' stoppage",
        "the dateline, an agency in lower case",
    ),
    (
        True,
        "NEW HAVERLY, Dec. 3, 2026 /Harbor Newswire/ -- Corlan Foods opened its second bakery plant on Thursday, adding 220 jobs, while its rival Dunn & Pryce shut a line.",
        "New Haverly",
        "bakery plant opens",
        "a press wire's dateline with slashes",
    ),
    (
        True,
        "ST. AUBIN, Norvia — Lifeboat crews rescued eleven fishermen on Saturday after their trawler lost power, while a second boat limped back to harbour.",
        "St. Aubin",
        "fishermen rescued",
        "a dateline opening with 'St.'",
    ),
    (
        True,
        "ORRIN, 7 December (Inter Press) \u2013 Teachers marched on the education ministry on Monday, demanding the pay rise promised in March, while pupils stayed home.",
        "Orrin",
        "teachers march",
        "day and month, an en dash; 'in March' is a month",
    ),
    (
        True,
        "CALDER: The city's transit board voted on Wednesday to freeze fares for a second year, while its chair said the budget would be tight.",
        "Calder",
        "fare freeze",
        "a dateline ended by a colon",
    ),
    (
        True,
        "Lindqvist, Ostmark — Firefighters contained a forest blaze on Friday after four days, while two villages stayed evacuated as a precaution.",
        "Lindqvist",
        "forest blaze contained",
        "a dateline city in mixed case",
    ),
    (
        True,
        "VARNO (Eastline Wire) -- The Ostland central bank cut its main rate to 3.25 per cent on Thursday, its first cut since January, while the bank of Norvia held.",
        "Varno",
        "rate cut",
        "two hyphens for the dash; 'since January'",
    ),
    (
        True,
        "PELLAM, Ostland, July 4 (AP) — A commuter train derailed on Sunday, injuring nine people, while services on the coast line ran normally.",
        "Pellam",
        "train derails",
        "city, country, date and agency",
    ),
    (
        True,
        "KESTRAL, Monday — The port's new container terminal handled its first ship on Monday, while dock workers watched from the quay.",
        "Kestral",
        "terminal opens",
        "a weekday in the dateline",
    ),
    (
        True,
        "MARROW BAY — Residents voted on Sunday to merge the town with its neighbour, while a third village stayed out of the plan.",
        "Marrow Bay",
        "merger vote",
        "a two-word dateline, another clause with no place",
    ),
    (
        True,
        "DRESWICK, Aug. 30 (Reuters) - Shares in Talbot Shipping jumped 14 per cent on Friday after the firm won a navy contract, while the wider market slipped.",
        "Dreswick",
        "shares jump",
        "date and agency, another clause of the market",
    ),
    (
        False,
        "ORVAL, June 3 (Northern Wire) - An earthquake of magnitude 6.1 struck 40 km south of Tessen on Tuesday, while aftershocks were felt for hours.",
        "Orval",
        "earthquake",
        "the quake struck south of Tessen; Orval is where the story was filed",
    ),
    (
        False,
        "ARDEN — Fighting flared on Sunday in eastern Lorne, while the government said its troops held the bridges.",
        "Arden",
        "fighting flares",
        "the fighting was in eastern Lorne",
    ),
    (
        False,
        "VARNO — A gas blast killed three people on Monday in nearby Tessen, while rescuers searched the rubble.",
        "Varno",
        "gas blast",
        "the blast was in nearby Tessen",
    ),
    (
        False,
        "BRISK, May 9 (Coastal Press) - Police cleared a protest camp on Wednesday on the outskirts of Halloway, while officers made 14 arrests.",
        "Brisk",
        "protest camp cleared",
        "the camp was on the outskirts of Halloway",
    ),
    (
        False,
        "TALLIS — Air force jets flew low over Dalvik on Friday, while the defence ministry called it an exercise.",
        "Tallis",
        "jets fly over",
        "the jets flew over Dalvik",
    ),
    (
        False,
        "KELSO, Norvia — Floodwater swept through Bramley on Sunday, while the river kept rising.",
        "Kelso",
        "flooding",
        "the flood swept through Bramley",
    ),
    (
        False,
        "HARWICK (Reuters) - Rebel artillery bombarded Lorne on Thursday, while the army said it had pushed back an attack.",
        "Harwick",
        "artillery bombardment",
        "the guns bombarded Lorne",
    ),
    (
        False,
        "SELBY — A wildfire destroyed Carrow on Saturday, while crews saved the school.",
        "Selby",
        "village destroyed by fire",
        "the fire destroyed Carrow",
    ),
    (
        False,
        "PORT ALDER, Aug. 2 — A landslide buried Kessing on Monday, while rescuers dug through the night.",
        "Port Alder",
        "landslide",
        "the landslide buried Kessing",
    ),
    (
        False,
        "MIRREN — The tanker ran aground on Skarra on Tuesday, while the coastguard sent two tugs.",
        "Mirren",
        "tanker aground",
        "the tanker ran aground on Skarra",
    ),
    (
        False,
        "DUNMORE, Oct. 11 (Eastline Wire) — Storm Ilse came ashore over Whitby Head on Monday, while forecasters warned of more rain.",
        "Dunmore",
        "storm makes landfall",
        "the storm came ashore over Whitby Head",
    ),
    (
        False,
        "HALLOWAY — Troops crossed the Marrin border on Friday, while the foreign ministry summoned the envoy.",
        "Halloway",
        "troops cross the border",
        "the troops crossed the Marrin border",
    ),
    (
        False,
        "ARDEN, May 30 — Shelling resumed on Sunday in west Lorne, while the army held the bridges.",
        "Arden",
        "shelling resumes",
        "the shelling was in west Lorne",
    ),
    (
        False,
        "TALLIS — Air force jets flew low over Tessen's harbour on Friday, while the ministry called it a drill.",
        "Tallis",
        "jets fly over a harbour",
        "the jets flew over Tessen's harbour",
    ),
    (
        False,
        "GRANBY (Eastline Wire) - Rebels overran Kessing on Monday, while the army regrouped.",
        "Granby",
        "town overrun",
        "the rebels overran Kessing",
    ),
    (
        False,
        "CALDER — A storm flattened homes across the Orm valley on Monday, while schools shut.",
        "Calder",
        "storm damage",
        "the storm struck across the Orm valley",
    ),
    (
        True,
        "VARNO — The cabinet approved the budget on Monday, the first since Easter, while unions protested.",
        "Varno",
        "budget approved",
        "'since Easter' is a time",
    ),
    (
        True,
        "VARNO — Ministers approved the budget on Monday, while lobbyists on Capitol Hill grumbled.",
        "Varno",
        "budget approved",
        "the dateline; another clause's place, not the event's",
    ),
]
for expect, line, place, what, why in DATELINES:
    built.page_event_place(
        DATELINE, expect, [line, "More details to come."], [line], place, what, why, _DAY
    )


# --- label -------------------------------------------------------------------------------------
OPENINGS = [
    "New stores opening this autumn:",
    "• Tessen — a 3,000-square-metre flagship opened on Saturday with 80 staff.",
    "• Varno — the smaller branch opens on Monday in the old post office.",
]
STRIKES = [
    "Where the walkouts are this week",
    "* Calder: bus drivers stop work on Wednesday over rosters.",
    "* Dreswick: refuse collectors walked out on Monday, while talks resume next week.",
]
FARMS = [
    "Harvest report",
    "Orrin (Norvia): the wheat crop came in 12% below last year on 30 August, after a dry spring.",
    "Pellam (Ostland): yields rose 4% on 2 September, the best since 2019.",
]
HEADED = [
    "Council results",
    "Upper Selby",
    "The Green list won eight of twelve seats on Sunday, while turnout fell to 48%.",
    "Lower Selby",
    "The sitting council kept its majority on Sunday, while two seats changed hands.",
]
LABELS: list[tuple[bool, list[str], str | list[str], str, str, str]] = [
    # (expect, paragraphs, evidence, place, what, why)
    (True, OPENINGS, OPENINGS[1], "Tessen", "flagship store opens", "a bullet and a dash"),
    (True, STRIKES, STRIKES[1], "Calder", "bus drivers strike", "an asterisk and a colon"),
    (
        True,
        STRIKES,
        STRIKES[2],
        "Dreswick",
        "refuse collectors strike",
        "the label, another clause's talks",
    ),
    (True, FARMS, FARMS[1], "Orrin", "wheat harvest", "a label with its country in brackets"),
    (True, FARMS, FARMS[2], "Pellam", "yields rise", "a label with its country in brackets"),
    (True, HEADED, HEADED[2], "Upper Selby", "Green list wins", "a heading in mixed case"),
    (True, HEADED, HEADED[4], "Lower Selby", "council keeps majority", "a heading in mixed case"),
    (
        True,
        [
            "Transport in brief",
            "Kestral \u2013 the tram line's last section opened on Friday, while the old bus route closed.",
        ],
        "Kestral \u2013 the tram line's last section opened on Friday, while the old bus route closed.",
        "Kestral",
        "tram line opens",
        "an en dash after the label",
    ),
    (
        True,
        [
            "Hospital news",
            "MARROW BAY: the new maternity wing took its first patients on Tuesday, while the old wing was closed for repairs.",
        ],
        "MARROW BAY: the new maternity wing took its first patients on Tuesday, while the old wing was closed for repairs.",
        "Marrow Bay",
        "maternity wing opens",
        "a label in capitals with a colon",
    ),
    (
        True,
        [
            "Pay settlements",
            "- Halburg: nurses accepted a 5% rise on 14 May, backdated to April, while porters voted to reject.",
        ],
        "- Halburg: nurses accepted a 5% rise on 14 May, backdated to April, while porters voted to reject.",
        "Halburg",
        "nurses accept pay rise",
        "'to April' is a month",
    ),
    (
        True,
        [
            "Weekend in sport",
            "GRANBY, OSTMARK",
            "The home side won the cup final 2-1 on Saturday, while the visitors had a man sent off.",
        ],
        "The home side won the cup final 2-1 on Saturday, while the visitors had a man sent off.",
        "Granby",
        "cup final",
        "a heading of city and country",
    ),
    (False, OPENINGS, OPENINGS[1], "Varno", "flagship store opens", "the next item's label"),
    (False, STRIKES, STRIKES[1], "Dreswick", "bus drivers strike", "the next item's label"),
    (False, FARMS, FARMS[1], "Pellam", "wheat harvest", "the next item's label"),
    (False, HEADED, HEADED[4], "Upper Selby", "council keeps majority", "the other heading"),
    (
        False,
        [
            "Storm damage, town by town",
            "- Calder: a roof came down on Sunday in northern Brisk, while the town itself was spared.",
        ],
        "- Calder: a roof came down on Sunday in northern Brisk, while the town itself was spared.",
        "Calder",
        "roof collapses",
        "the roof came down in northern Brisk",
    ),
    (
        False,
        [
            "Police log",
            "• Varno — officers broke up a street fight on Saturday on the outskirts of Tessen, while two men were held.",
        ],
        "• Varno — officers broke up a street fight on Saturday on the outskirts of Tessen, while two men were held.",
        "Varno",
        "street fight",
        "the fight was on the outskirts of Tessen",
    ),
    (
        False,
        [
            "Coast watch",
            "KELSO: a cargo ship lost its deck load on Tuesday 30 km west of Skarra, while the crew were unhurt.",
        ],
        "KELSO: a cargo ship lost its deck load on Tuesday 30 km west of Skarra, while the crew were unhurt.",
        "Kelso",
        "deck load lost",
        "the load was lost west of Skarra",
    ),
    (
        False,
        [
            "Wildfires",
            "Upper Dale",
            "Flames swept through Corrie on Friday, while the main road stayed open.",
        ],
        "Flames swept through Corrie on Friday, while the main road stayed open.",
        "Upper Dale",
        "fire sweeps a village",
        "the fire swept through Corrie",
    ),
    (
        False,
        [
            "Security briefing",
            "* Harwick: drones bombarded Lorne on Thursday, while the army shot down six.",
        ],
        "* Harwick: drones bombarded Lorne on Thursday, while the army shot down six.",
        "Harwick",
        "drone attack",
        "the drones bombarded Lorne",
    ),
    (
        False,
        [
            "Ferries",
            "Mirren \u2013 the night ferry ran aground on Skarra on Monday, while its passengers were taken off by lifeboat.",
        ],
        "Mirren \u2013 the night ferry ran aground on Skarra on Monday, while its passengers were taken off by lifeboat.",
        "Mirren",
        "ferry aground",
        "the ferry ran aground on Skarra",
    ),
    (
        False,
        [
            "Quakes this week",
            "- Orval: a tremor shook homes on Wednesday in nearby Pellam, while no damage was reported.",
        ],
        "- Orval: a tremor shook homes on Wednesday in nearby Pellam, while no damage was reported.",
        "Orval",
        "tremor",
        "the tremor was in nearby Pellam",
    ),
]
for expect, paragraphs, evidence, place, what, why in LABELS:
    told = [evidence] if isinstance(evidence, str) else evidence
    built.page_event_place(LABEL, expect, paragraphs, told, place, what, why, _DAY)


# --- lookalike ---------------------------------------------------------------------------------
LOOKALIKES: list[tuple[bool, list[str], str | list[str], str, str, str]] = [
    (
        False,
        [
            "Tessen Fans Celebrate Cup Win",
            "Supporters of Tessen United filled the streets of Varno on Sunday, while the team's bus toured the old town.",
        ],
        "Supporters of Tessen United filled the streets of Varno on Sunday, while the team's bus toured the old town.",
        "Tessen",
        "fans celebrate",
        "a title-case headline; the celebration was in Varno",
    ),
    (
        True,
        [
            "Tessen Fans Celebrate Cup Win",
            "Supporters of Tessen United filled the streets of Varno on Sunday, while the team's bus toured the old town.",
        ],
        "Supporters of Tessen United filled the streets of Varno on Sunday, while the team's bus toured the old town.",
        "Varno",
        "fans celebrate",
        "the streets of Varno",
    ),
    (
        False,
        [
            "Company results",
            "Tessen Bank: profit rose 9% on Tuesday, helped by its branches in Ostland, while costs fell.",
        ],
        "Tessen Bank: profit rose 9% on Tuesday, helped by its branches in Ostland, while costs fell.",
        "Tessen",
        "bank profit rises",
        "a body's name opens the label, not a place",
    ),
    (
        False,
        [
            "From the hearing",
            "Florence Adair: I ran the clinic in Halden for ten years and it shut on Friday while I was away.",
        ],
        "Florence Adair: I ran the clinic in Halden for ten years and it shut on Friday while I was away.",
        "Florence",
        "clinic shuts",
        "a speaker's name opens the line; the clinic was in Halden",
    ),
    (
        True,
        [
            "From the hearing",
            "Florence Adair: I ran the clinic in Halden for ten years and it shut on Friday while I was away.",
        ],
        "Florence Adair: I ran the clinic in Halden for ten years and it shut on Friday while I was away.",
        "Halden",
        "clinic shuts",
        "the clinic in Halden",
    ),
    (
        False,
        [
            "VARNO EVENING POST",
            "Dockers at Brisk walked out on Monday, while the port authority said ships were queuing.",
        ],
        "Dockers at Brisk walked out on Monday, while the port authority said ships were queuing.",
        "Varno",
        "dockers strike",
        "the masthead names the paper's city; the strike was at Brisk",
    ),
    (
        True,
        [
            "VARNO EVENING POST",
            "Dockers at Brisk walked out on Monday, while the port authority said ships were queuing.",
        ],
        "Dockers at Brisk walked out on Monday, while the port authority said ships were queuing.",
        "Brisk",
        "dockers strike",
        "the dockers at Brisk",
    ),
    (
        False,
        [
            "Calder Rovers: Season Review",
            "The club finished third on Saturday after a 2-0 win at Dreswick, while its striker won the golden boot.",
        ],
        "The club finished third on Saturday after a 2-0 win at Dreswick, while its striker won the golden boot.",
        "Calder",
        "final-day win",
        "a club's name heads the page; the win was at Dreswick",
    ),
    (
        True,
        [
            "Calder Rovers: Season Review",
            "The club finished third on Saturday after a 2-0 win at Dreswick, while its striker won the golden boot.",
        ],
        "The club finished third on Saturday after a 2-0 win at Dreswick, while its striker won the golden boot.",
        "Dreswick",
        "final-day win",
        "the win at Dreswick",
    ),
    (
        False,
        [
            "Halburg Airport - Departures Resume",
            "Flights left Orrin again on Thursday after the fog lifted, while Halburg stayed shut.",
        ],
        "Flights left Orrin again on Thursday after the fog lifted, while Halburg stayed shut.",
        "Halburg",
        "flights resume",
        "another clause's place; the flights left Orrin",
    ),
    (
        True,
        [
            "Halburg Airport - Departures Resume",
            "Flights left Orrin again on Thursday after the fog lifted, while Halburg stayed shut.",
        ],
        "Flights left Orrin again on Thursday after the fog lifted, while Halburg stayed shut.",
        "Orrin",
        "flights resume",
        "the flights left Orrin",
    ),
    (
        False,
        [
            "Kelso Mayor Quits",
            "Kelso Mayor Quits After Audit In Brisk",
            "The mayor resigned on Monday after auditors in Brisk found gaps in the accounts, while her deputy took charge.",
        ],
        "The mayor resigned on Monday after auditors in Brisk found gaps in the accounts, while her deputy took charge.",
        "Brisk",
        "mayor resigns",
        "Brisk is the auditors' place; the mayor is Kelso's",
    ),
    (
        False,
        [
            "Pellam: A City Remembers",
            "Thousands gathered in Mirren on Sunday to mark the anniversary of the flood, while Pellam held a minute's silence.",
        ],
        "Thousands gathered in Mirren on Sunday to mark the anniversary of the flood, while Pellam held a minute's silence.",
        "Pellam",
        "anniversary gathering",
        "a headline's label; the gathering was in Mirren",
    ),
    (
        True,
        [
            "Pellam: A City Remembers",
            "Thousands gathered in Mirren on Sunday to mark the anniversary of the flood, while Pellam held a minute's silence.",
        ],
        "Thousands gathered in Mirren on Sunday to mark the anniversary of the flood, while Pellam held a minute's silence.",
        "Mirren",
        "anniversary gathering",
        "the gathering in Mirren",
    ),
    (
        False,
        [
            "Ostmark Railways - Notice",
            "Ostmark Railways: services to Calder were cut on Friday after a signal failure at Orrin.",
        ],
        "Ostmark Railways: services to Calder were cut on Friday after a signal failure at Orrin.",
        "Ostmark",
        "signal failure",
        "the operator's name; the failure was at Orrin",
    ),
    (
        True,
        [
            "Ostmark Railways - Notice",
            "Ostmark Railways: services to Calder were cut on Friday after a signal failure at Orrin.",
        ],
        "Ostmark Railways: services to Calder were cut on Friday after a signal failure at Orrin.",
        "Orrin",
        "signal failure",
        "the failure at Orrin",
    ),
    (
        False,
        [
            "Tallis Gazette",
            "TALLIS GAZETTE — Lifeboats searched the waters off Skarra on Tuesday, while a helicopter scanned the cliffs.",
        ],
        "TALLIS GAZETTE — Lifeboats searched the waters off Skarra on Tuesday, while a helicopter scanned the cliffs.",
        "Tallis",
        "sea search",
        "the paper's name, not a dateline; the search was off Skarra",
    ),
    (
        True,
        [
            "Tallis Gazette",
            "TALLIS GAZETTE — Lifeboats searched the waters off Skarra on Tuesday, while a helicopter scanned the cliffs.",
        ],
        "TALLIS GAZETTE — Lifeboats searched the waters off Skarra on Tuesday, while a helicopter scanned the cliffs.",
        "Skarra",
        "sea search",
        "off Skarra",
    ),
    (
        False,
        [
            "Dreswick Council: Budget Vote",
            "Councillors met in Granby on Wednesday and passed the budget, while Dreswick's own chamber was being rebuilt.",
        ],
        "Councillors met in Granby on Wednesday and passed the budget, while Dreswick's own chamber was being rebuilt.",
        "Dreswick",
        "budget passed",
        "the councillors met in Granby",
    ),
    (
        True,
        [
            "Dreswick Council: Budget Vote",
            "Councillors met in Granby on Wednesday and passed the budget, while Dreswick's own chamber was being rebuilt.",
        ],
        "Councillors met in Granby on Wednesday and passed the budget, while Dreswick's own chamber was being rebuilt.",
        "Granby",
        "budget passed",
        "met in Granby",
    ),
    (
        True,
        [
            "Weather",
            "SKARRA: gales closed the harbour on Tuesday, while the ferry stayed in port.",
        ],
        "SKARRA: gales closed the harbour on Tuesday, while the ferry stayed in port.",
        "Skarra",
        "harbour closed",
        "the item's label, the harbour there",
    ),
    (
        True,
        [
            "Arts",
            "Lindqvist — the new concert hall opened on Saturday with a gala, while the old hall is to become a library.",
        ],
        "Lindqvist — the new concert hall opened on Saturday with a gala, while the old hall is to become a library.",
        "Lindqvist",
        "concert hall opens",
        "the item's label, the hall there",
    ),
]
for expect, paragraphs, evidence, place, what, why in LOOKALIKES:
    told = [evidence] if isinstance(evidence, str) else evidence
    built.page_event_place(LOOKALIKE, expect, paragraphs, told, place, what, why, _DAY)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
