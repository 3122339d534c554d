# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv54w's set (``grounding_rv54w.jsonl``) of GAPS closer gw54's readings of an
event's place or date the evidence gives to something else (places/name_parts.py,
places/moved_places.py, places/aftermath_clauses.py), at their edges, both ways:

- ``party``: the event's own place stated in the same shapes gw54 refuses ("a Brooklyn man
  was arrested in Brooklyn", "the mayor of Leeds opened a bridge in Leeds", "the Munich-listed
  group's plant in Munich"), the place said twice, in a second sentence or after a pronoun:
  the event's; a party's place in neighbouring shapes ("a native of Hull", "a Leeds
  resident", "the chief constable of Kent", "the Oslo-headquartered firm"): not the event's;
- ``moved``: an event at a hospital or the movement itself ("a fire broke out at a hospital
  in Truro", "the flight was diverted to Liverpool" for the diversion), a quake centred in a
  place and felt elsewhere, a man from a town arrested in it: the event's; the goal of other
  movements ("flown to", "evacuated to", "returned home to", "treated at a hospital in"),
  "heard in", a home in other words: not the event's;
- ``aftermath``: the resumption as the event ("services resumed on Wednesday" for the
  resumption), the earlier act's own day or place, the same value in both clauses: the
  event's; the return to normal in neighbouring shapes ("days after", "in the wake of",
  "since", "was lifted", a second sentence): not the event's.

Run ``python tests/data/make_rv54w_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up names and places used only as places; each verdict
is what a careful fact-checker reads in the text, decided when the case was written, before
the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv54w.jsonl")

built = SupportCases(
    "rv54w",
    leads=[
        "By Ida Renwick | The Northgate Post",
        "REGIONS | Saltmarsh Wire",
        "From our news desk, The Brackwater Echo.",
        "Live | The Cindervale Times",
    ],
)
PARTY, MOVED, AFTERMATH = "party", "moved", "aftermath"


# one event's place or date per value (SupportCases.event_field)
event = built.event_field


P, W = "place", "when"
# fmt: off
CASES: list[tuple[str, list[str], str, str, list[str], list[str]]] = [
    # --- party: the event's own place in gw54's shapes; a party's place in neighbouring ones
    (PARTY, ["A Brooklyn man was arrested in Brooklyn on Friday after a shooting outside a bar in Brooklyn."], "man arrested after shooting", P, ["Brooklyn"], []),
    (PARTY, ["The mayor of Leeds opened a new footbridge in Leeds on Saturday."], "footbridge opened", P, ["Leeds"], []),
    (PARTY, ["A fire broke out at the Munich-listed group's plant in Munich on Tuesday night."], "fire at plant", P, ["Munich"], []),
    (PARTY, ["The London-bound train derailed outside London on Monday, injuring four passengers."], "train derailed", P, ["London"], []),
    (PARTY, ["The Lviv-born singer played a charity concert in Lviv on Sunday.", "The concert raised money for the city's hospital."], "charity concert", P, ["Lviv"], []),
    (PARTY, ["A Cardiff woman was hurt when a wall collapsed in Cardiff city centre on Wednesday."], "wall collapsed", P, ["Cardiff"], []),
    (PARTY, ["Flooding hit Hull on Monday.", "The mayor of Hull said the storm drains had failed."], "flooding hit", P, ["Hull"], []),
    (PARTY, ["A Dublin family's home in Dublin was destroyed by fire early on Sunday."], "home destroyed by fire", P, ["Dublin"], []),
    (PARTY, ["The Bergen-registered trawler sank off Bergen on Thursday. All six crew were rescued."], "trawler sank", P, ["Bergen"], []),
    (PARTY, ["The governor of Ohio signed the bill in Columbus on Friday."], "bill signed", P, ["Columbus"], ["Ohio"]),
    (PARTY, ["The victim, a native of Hull, was stabbed in Leeds on Saturday night."], "stabbing", P, ["Leeds"], ["Hull"]),
    (PARTY, ["A Leeds resident was killed when his car hit a tree in Harrogate on Monday."], "car crash", P, ["Harrogate"], ["Leeds"]),
    (PARTY, ["The chief constable of Kent opened an inquiry after a riot in Margate on Friday."], "riot", P, ["Margate"], ["Kent"]),
    (PARTY, ["The Oslo-headquartered firm's mine in Kiruna flooded on Tuesday."], "mine flooded", P, ["Kiruna"], ["Oslo"]),
    (PARTY, ["A Glasgow grandmother was injured in a bus crash in Stirling on Wednesday."], "bus crash", P, ["Stirling"], ["Glasgow"]),
    (PARTY, ["The Paris-made jet crashed on take-off in Lagos on Sunday."], "jet crashed", P, ["Lagos"], ["Paris"]),
    (PARTY, ["A Boston-trained surgeon was arrested in Miami on Thursday.", "He was held after a raid on his clinic."], "surgeon arrested", P, ["Miami"], ["Boston"]),
    (PARTY, ["The former mayor of Bristol was injured in a crash in Bath on Friday."], "crash", P, ["Bath"], ["Bristol"]),
    (PARTY, ["A Perth shopkeeper was robbed at knifepoint in Fremantle on Monday."], "robbery", P, ["Fremantle"], ["Perth"]),
    (PARTY, ["Police named the victim as Tom Brack, of Derby. He died after a fall in Nottingham on Saturday."], "fatal fall", P, ["Nottingham"], ["Derby"]),
    (PARTY, ["The Madrid-bound coach overturned near Toledo on Sunday. It had left Seville at dawn."], "coach overturned", P, ["Toledo"], ["Madrid", "Seville"]),
    (PARTY, ["A gunman killed 19 Texas children at a school in Uvalde, Texas, on Tuesday."], "school shooting", P, ["Texas", "Uvalde"], []),
    (PARTY, ["The Paris-bound flight landed safely in Paris on Friday after an engine fire over the Channel.", "The engine fire forced the crew to shut down one engine."], "engine fire", P, ["the Channel"], ["Paris"]),
    (PARTY, ["Gunmen shot dead the mayor of Zitlala in his office on Sunday, police in Guerrero state said."], "mayor shot dead", P, ["Zitlala"], []),
    (PARTY, ["A Gaza family of six was killed in an airstrike on a house in Gaza on Monday."], "airstrike on house", P, ["Gaza"], []),
    (PARTY, ["A Brooklyn man was shot dead in Brooklyn's Crown Heights on Friday."], "man shot dead", P, ["Brooklyn"], []),
    (PARTY, ["A London teenager was stabbed in Peckham, south London, on Friday."], "teenager stabbed", P, ["London", "Peckham"], []),
    (PARTY, ["The Edinburgh-bound train caught fire at Edinburgh Waverley on Monday."], "train fire", P, ["Edinburgh"], []),
    (PARTY, ["A Lagos lawyer was kidnapped outside his home in Lagos on Monday.", "The kidnapping was the third this month."], "lawyer kidnapped", P, ["Lagos"], []),
    (PARTY, ["A missile hit a school in Kharkiv on Tuesday, the mayor of Kharkiv said."], "missile hit school", P, ["Kharkiv"], []),
    # --- moved: the event at the place or the movement itself; other goals and homes
    (MOVED, ["A fire broke out at a hospital in Truro on Monday night.", "Forty patients were moved to other wards, the trust said."], "fire at hospital", P, ["Truro"], []),
    (MOVED, ["A Ryanline flight from Dublin was diverted to Liverpool on Friday after a bomb threat.", "The diversion delayed 180 passengers."], "flight diverted", P, ["Liverpool"], ["Dublin"]),
    (MOVED, ["An earthquake centred near Rome struck on Tuesday.", "The quake was felt in Naples."], "earthquake", P, ["Rome"], ["Naples"]),
    (MOVED, ["A man from Wakefield was arrested in Wakefield on Friday after a burglary.", "The burglary was reported on Thursday."], "arrest after burglary", P, ["Wakefield"], []),
    (MOVED, ["The man, from Wakefield, was arrested in Wakefield on Friday, police said."], "arrest", P, ["Wakefield"], []),
    (MOVED, ["The rider, who grew up in Swansea, won the stage in Swansea on Sunday.", "The stage win was his first."], "stage win", P, ["Swansea"], []),
    (MOVED, ["Hundreds of residents were evacuated to Leeds as floodwater rose on Monday.", "The evacuation took six hours."], "residents evacuated", P, ["Leeds"], []),
    (MOVED, ["A patient was airlifted to Truro on Monday, the first airlift from the island this year.", "The airlift was run by the coastguard."], "airlift of patient", P, ["Truro"], []),
    (MOVED, ["A blast hit a chemical plant in Ludwigshafen on Wednesday.", "It was felt in Mannheim, across the river."], "blast at plant", P, ["Ludwigshafen"], ["Mannheim"]),
    (MOVED, ["A crash on the A30 near Bodmin injured three people on Sunday.", "They were flown to hospital in Truro."], "crash", P, ["Bodmin"], ["Truro"]),
    (MOVED, ["An explosion at a depot in Buncefield shook homes on Sunday.", "The explosion was heard in Luton."], "explosion at depot", P, ["Buncefield"], ["Luton"]),
    (MOVED, ["A gas leak at a school in Bolton forced classes to stop on Tuesday.", "Pupils were evacuated to a leisure centre in Wigan."], "gas leak at school", P, ["Bolton"], ["Wigan"]),
    (MOVED, ["Two hikers were injured in a rockfall in Snowdonia on Saturday.", "They were treated at a hospital in Bangor."], "rockfall", P, ["Snowdonia"], ["Bangor"]),
    (MOVED, ["The shooting happened in Croydon on Friday.", "The victim, who lived in Brixton, died at the scene."], "shooting", P, ["Croydon"], ["Brixton"]),
    (MOVED, ["A boat capsized off Dover on Tuesday.", "The survivors were later sent to Folkestone."], "boat capsized", P, ["Dover"], ["Folkestone"]),
    (MOVED, ["The storm flattened homes in Tacloban on Monday.", "Survivors who fled to Manila described the damage."], "storm flattened homes", P, ["Tacloban"], ["Manila"]),
    (MOVED, ["An avalanche buried a road in Zermatt on Sunday.", "The injured skier returned home to Geneva on Tuesday."], "avalanche", P, ["Zermatt"], ["Geneva"]),
    (MOVED, ["The ferry ran aground near Oban on Friday.", "Passengers were taken by bus to Fort William."], "ferry ran aground", P, ["Oban"], ["Fort William"]),
    (MOVED, ["The quake struck off Sendai on Friday.", "Tremors were felt as far away as Tokyo."], "quake", P, ["Sendai"], ["Tokyo"]),
    (MOVED, ["A tanker exploded on the M6 near Preston on Monday.", "The driver, from Carlisle, was unhurt."], "tanker explosion", P, ["Preston"], ["Carlisle"]),
    (MOVED, ["The plane was diverted to Shannon, where it made an emergency landing on Monday.", "No one was hurt in the emergency landing, the airline said."], "emergency landing", P, ["Shannon"], []),
    (MOVED, ["Hurricane Ida moved into Louisiana on Sunday, tearing roofs off homes.", "The hurricane killed two people, officials said."], "hurricane killed two people", P, ["Louisiana"], []),
    (MOVED, ["Strong winds carried the wildfire into Paradise on Thursday.", "The wildfire destroyed 6,000 homes, the fire service said."], "wildfire destroyed homes", P, ["Paradise"], []),
    (MOVED, ["Heavy gunfire was heard in central Khartoum on Saturday.", "Fighting between the army and the RSF killed 56 civilians, doctors said."], "fighting between army and RSF", P, ["Khartoum"], []),
    (MOVED, ["Explosions were heard in Kyiv early on Monday as Russia launched a missile attack.", "The missile attack killed five people, the mayor said."], "missile attack", P, ["Kyiv"], []),
    (MOVED, ["The heatwave was felt across Spain on Tuesday.", "The heatwave pushed temperatures to 44C, the weather agency said."], "heatwave", P, ["Spain"], []),
    (MOVED, ["Fighting between the army and the RSF brought chaos to Khartoum on Saturday.", "The army said the fighting had eased by nightfall."], "fighting between army and RSF", P, ["Khartoum"], []),
    (MOVED, ["The boy, who was born in Gaza, was killed in an airstrike in Gaza on Monday.", "The airstrike hit a school."], "airstrike", P, ["Gaza"], []),
    (MOVED, ["Flights were diverted to Liverpool and Manchester after a fire at Leeds airport on Friday.", "The fire shut the terminal."], "fire at airport", P, ["Leeds"], ["Manchester", "Liverpool"]),
    (MOVED, ["Storms lashed the French coast on Monday, from Brest to Biarritz.", "The storms cut power to 50,000 homes."], "storms lashed coast", P, ["Brest", "Biarritz"], []),
    (MOVED, ["The quake, centred in Naples, was felt in Naples and Rome.", "The quake damaged 40 homes."], "quake damaged homes", P, ["Naples"], ["Rome"]),
    (MOVED, ["Firefighters were rushed to Grenfell Tower in north Kensington after the fire broke out on Wednesday.", "The fire killed 72 people."], "fire killed 72", P, ["Grenfell Tower", "north Kensington"], []),
    (MOVED, ["The suspect was taken to Wakefield, where he was charged on Friday.", "He was charged with murder."], "suspect charged", P, ["Wakefield"], []),
    # --- aftermath: the resumption as the event, the earlier act's own value; other shapes
    (AFTERMATH, ["Rail services resumed on Wednesday after a power cut halted trains on Monday."], "rail services resumed", W, ["Wednesday"], ["Monday"]),
    (AFTERMATH, ["The museum reopened on Friday after a flood closed it on Monday.", "The reopening drew a crowd."], "museum reopening", W, ["Friday"], ["Monday"]),
    (AFTERMATH, ["Schools reopened in Dhaka on Sunday after students clashed with police in Chittagong.", "The reopening was ordered by the ministry."], "schools reopened", P, ["Dhaka"], ["Chittagong"]),
    (AFTERMATH, ["Rescue work continued on Thursday following Tuesday's earthquake in Van."], "earthquake", W, ["Tuesday"], ["Thursday"]),
    (AFTERMATH, ["Schools reopened in Dhaka on Monday after floods hit Dhaka on Saturday."], "floods hit", P, ["Dhaka"], []),
    (AFTERMATH, ["Power was restored on Friday after a storm on Wednesday cut supplies to 9,000 homes."], "power restored", W, ["Friday"], ["Wednesday"]),
    (AFTERMATH, ["Fighting resumed on Sunday after a truce collapsed on Saturday."], "fighting resumed", W, ["Sunday"], []),
    (AFTERMATH, ["Ferry crossings resumed on Thursday after a storm on Tuesday.", "The storm sank two boats in the harbour."], "storm sank boats", W, ["Tuesday"], ["Thursday"]),
    (AFTERMATH, ["Flights resumed in Oslo on Tuesday after ash from the eruption in Iceland on Friday."], "eruption", P, ["Iceland"], ["Oslo"]),
    (AFTERMATH, ["The talks resumed in Geneva on Monday after a walkout in Vienna on Friday.", "The talks are on the dam."], "talks resumed", P, ["Geneva"], ["Vienna"]),
    (AFTERMATH, ["Roads reopened on Friday, three days after the storm hit the coast on Tuesday."], "storm hit coast", W, ["Tuesday"], ["Friday"]),
    (AFTERMATH, ["Markets reopened on Monday in the wake of Saturday's riot in the capital."], "riot", W, ["Saturday"], ["Monday"]),
    (AFTERMATH, ["The curfew was lifted on Thursday after riots broke out on Monday."], "riots", W, ["Monday"], ["Thursday"]),
    (AFTERMATH, ["Trains ran again on Saturday after the derailment on Thursday."], "derailment", W, ["Thursday"], ["Saturday"]),
    (AFTERMATH, ["The storm hit the town on Sunday.", "Schools reopened on Wednesday."], "storm hit town", W, ["Sunday"], ["Wednesday"]),
    (AFTERMATH, ["Normal service returned to Leeds on Friday after a fire in Bradford on Wednesday."], "fire", P, ["Bradford"], ["Leeds"]),
    (AFTERMATH, ["Shops reopened in Lyon on Monday after protesters clashed with police in Paris on Saturday."], "clashes", P, ["Paris"], ["Lyon"]),
    (AFTERMATH, ["Work continued into Thursday following Tuesday's landslide."], "landslide", W, ["Tuesday"], ["Thursday"]),
    (AFTERMATH, ["Ferries sailed again on Monday for the first time since the storm on Friday."], "storm", W, ["Friday"], ["Monday"]),
    (AFTERMATH, ["Classes resumed on Wednesday, a week after a gunman attacked the school on Tuesday."], "school attack", W, ["Tuesday"], ["Wednesday"]),
    (AFTERMATH, ["Play resumed at Lord's on Friday after the pitch invasion at Lord's on Thursday."], "pitch invasion", P, ["Lord's"], []),
    (AFTERMATH, ["Divers continued the search on Thursday after the boat sank on Tuesday.", "The search covers 40 square miles."], "search for missing crew", W, ["Thursday"], ["Tuesday"]),
    (AFTERMATH, ["Rescuers resumed the search on Friday after bad weather halted it on Wednesday."], "search for climbers", W, ["Friday"], ["Wednesday"]),
    (AFTERMATH, ["Israel resumed strikes on Gaza on Tuesday after the truce ended on Monday."], "Israeli strikes on Gaza", W, ["Tuesday"], ["Monday"]),
    (AFTERMATH, ["Protesters returned to the streets of Tehran on Saturday after a funeral in Saqqez on Friday."], "protests", P, ["Tehran"], ["Saqqez"]),
    (AFTERMATH, ["Police recovered the stolen paintings in Naples on Tuesday after they were taken from a museum in Amsterdam in 2002."], "stolen paintings found", P, ["Naples"], ["Amsterdam"]),
    (AFTERMATH, ["The jury returned a guilty verdict on Friday after a trial that opened on 3 March."], "jury found him guilty", W, ["Friday"], ["3 March"]),
    (AFTERMATH, ["Divers recovered two bodies on Friday after the ferry sank on Tuesday."], "bodies found", W, ["Friday"], ["Tuesday"]),
    (AFTERMATH, ["Rescuers continued to search for survivors in Antakya on Thursday after the earthquake on Monday.", "The earthquake flattened thousands of buildings."], "search for survivors", W, ["Thursday"], ["Monday"]),
    (AFTERMATH, ["Fires continued to burn in Lahaina on Thursday after they broke out in Kula on Tuesday."], "wildfires burn", P, ["Lahaina"], []),
    (AFTERMATH, ["The army restored order in Khartoum on Sunday after clashes in Omdurman on Saturday."], "army restored order", P, ["Khartoum"], ["Omdurman"]),
]
# fmt: on
for category, evidence, what, field, passes, fails in CASES:
    event(category, evidence, what, field, passes, fails)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
