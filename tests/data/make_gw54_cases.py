"""Build the set of session 54's readings of an event's place or date that the evidence gives to
something other than the event (``grounding_gw54.jsonl``, GAPS closer gw54;
places/name_parts.py, places/moved_places.py, places/aftermath_clauses.py), at the edges of

- ``party``: a place that describes a party, not where it acted: a compound of origin or
  heading ("the Leeds-bound coach", "a Cork-born chef", "the Oslo-listed miner"), a word for a
  person ("a Derby woman", "a Lisbon student"), an office's seat ("the mayor of Bath"),
  refused when the evidence states the event's own place; against that own place, and against
  the same words where they do place the act ("the Kyiv-based plant" that burned);
- ``moved``: a place the evidence names only as where people were taken after the event ("were
  taken to hospital in Exeter", "diverted to Bristol"), how far it was felt ("felt as far
  away as Porto"), or a victim's home ("who grew up in Hull", ", from Dundee,"), refused;
  against the event's own place and an event that is itself the movement ("Patients were
  evacuated to Leeds" for the evacuation);
- ``aftermath``: the day or place of the return to normal in the main clause ("Schools
  reopened on Thursday after floods hit the valley on Monday"), refused for the earlier act;
  against that act's own value, a fact about the reopening itself, and "Shelling resumed on
  Friday" for the shelling.

Run ``python tests/data/make_gw54_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gw54.jsonl")

built = SupportCases(
    "gw54",
    leads=[
        "By Maren Holt | The Dales Courier",
        "NEWS DESK | Coastline Wire",
        "From our regions desk, The Fenwick Herald.",
        "Live | The Midvale Standard",
        "Briefing | Harbourline Press",
    ],
)
PARTY, MOVED, AFTERMATH = "party", "moved", "aftermath"


# one event's place or date per value (SupportCases.event_field)
event = built.event_field


# --- party: a place that describes a party ---------------------------------------------------
event(
    PARTY,
    ["The Leeds-bound coach overturned near Skipton on Sunday morning."],
    "coach overturned",
    "place",
    ["Skipton"],
    ["Leeds"],
)
event(
    PARTY,
    ["A Cork-born chef's restaurant in Galway was damaged by fire on Tuesday."],
    "restaurant damaged by fire",
    "place",
    ["Galway"],
    ["Cork"],
)
event(
    PARTY,
    ["The Oslo-listed miner will shut its copper pit in Kiruna next spring."],
    "miner to shut copper pit",
    "place",
    ["Kiruna"],
    ["Oslo"],
)
event(
    PARTY,
    ["A Derby woman was arrested at a hotel in Nottingham on Friday over a string of thefts."],
    "woman arrested over thefts",
    "place",
    ["Nottingham"],
    ["Derby"],
)
event(
    PARTY,
    ["A Lisbon student won the national chess final in Braga on Saturday."],
    "student won chess final",
    "place",
    ["Braga"],
    ["Lisbon"],
)
event(
    PARTY,
    ["The mayor of Bath unveiled a war memorial in Frome on Thursday."],
    "war memorial unveiled",
    "place",
    ["Frome"],
    ["Bath"],
)
event(
    PARTY,
    ["A Perth family was rescued from floodwater in Kinross on Monday night."],
    "family rescued from floodwater",
    "place",
    ["Kinross"],
    ["Perth"],
)
event(
    PARTY,
    ["The bishop of Ripon consecrated a new chapel in Harrogate on Sunday."],
    "chapel consecrated",
    "place",
    ["Harrogate"],
    ["Ripon"],
)
event(
    PARTY,
    ["The Dublin-registered ferry ran aground in Holyhead harbour on Wednesday."],
    "ferry ran aground",
    "place",
    ["Holyhead"],
    ["Dublin"],
)
event(
    PARTY,
    ["A Glasgow couple were injured when a balcony collapsed in Benidorm on Tuesday."],
    "balcony collapsed",
    "place",
    ["Benidorm"],
    ["Glasgow"],
)
event(
    PARTY,
    ["A Salford teenager was stabbed outside a nightclub in Bolton early on Saturday."],
    "teenager stabbed outside nightclub",
    "place",
    ["Bolton"],
    ["Salford"],
)
# the same words where they do place the act, and the party's place with no other stated
event(
    PARTY,
    ["Fire tore through the Kyiv-based plant of a Danish turbine maker on Tuesday."],
    "fire tore through plant",
    "place",
    ["Kyiv"],
    [],
)
event(
    PARTY,
    ["A Norwich school was locked down on Monday after a report of an intruder."],
    "school locked down",
    "place",
    ["Norwich"],
    [],
)
event(
    PARTY,
    ["Floods closed the Exeter-based depot of a parcel firm on Friday."],
    "floods closed depot",
    "place",
    ["Exeter"],
    [],
)
event(
    PARTY,
    ["The council of Bath approved a new bus lane on Thursday, its leader said in Bath."],
    "bus lane approved",
    "place",
    ["Bath"],
    [],
)

# --- moved: where people went after it, how far it was felt, a victim's home -----------------
event(
    MOVED,
    [
        "A coach carrying pensioners crashed on the A30 near Okehampton on Tuesday.",
        "Eleven people were taken to hospital in Exeter.",
    ],
    "coach crashed",
    "place",
    ["Okehampton"],
    ["Exeter"],
)
event(
    MOVED,
    [
        "Cardiff Airport shut its runway on Sunday after a fuel spill near the apron in Rhoose.",
        "Incoming flights were diverted to Bristol.",
    ],
    "runway shut after fuel spill",
    "place",
    ["Rhoose"],
    ["Bristol"],
)
event(
    MOVED,
    [
        "A magnitude 4.9 earthquake struck near Braga early on Friday.",
        "It was felt as far away as Porto.",
    ],
    "earthquake struck",
    "place",
    ["Braga"],
    ["Porto"],
)
event(
    MOVED,
    [
        "A fire broke out at a warehouse in Grimsby on Saturday.",
        "The worker who raised the alarm, who grew up in Hull, was treated for smoke inhalation.",
    ],
    "warehouse fire",
    "place",
    ["Grimsby"],
    ["Hull"],
)
event(
    MOVED,
    [
        "A walker died after falling from a ridge on Ben Lawers in Perthshire on Sunday.",
        "His family, from Dundee, said he loved the hills.",
    ],
    "walker died after fall",
    "place",
    ["Perthshire"],
    ["Dundee"],
)
event(
    MOVED,
    [
        "A yacht capsized off the coast of Anglesey on Monday.",
        "Its two crew were airlifted to a hospital in Bangor.",
    ],
    "yacht capsized",
    "place",
    ["Anglesey"],
    ["Bangor"],
)
event(
    MOVED,
    [
        "A gas explosion destroyed a house in Kettering on Thursday.",
        "Neighbours were later moved by bus to Corby.",
    ],
    "gas explosion destroyed house",
    "place",
    ["Kettering"],
    ["Corby"],
)
event(
    MOVED,
    [
        "A tremor shook villages in the Vale of Glamorgan on Wednesday.",
        "It was heard in Swansea, residents said.",
    ],
    "tremor shook villages",
    "place",
    ["Vale of Glamorgan"],
    ["Swansea"],
)
event(
    MOVED,
    [
        "A climber was hurt in a rockfall at Stanage Edge in Derbyshire on Saturday.",
        "She was flown to hospital in Sheffield.",
    ],
    "climber hurt in rockfall",
    "place",
    ["Derbyshire"],
    ["Sheffield"],
)
event(
    MOVED,
    [
        "A cyclist died in a collision with a van in Taunton on Friday.",
        "The rider, who was born in Yeovil, was 34.",
    ],
    "cyclist died in collision",
    "place",
    ["Taunton"],
    ["Yeovil"],
)
event(
    MOVED,
    [
        "A tram derailed in central Sheffield on Tuesday evening.",
        "Passengers were rushed to Rotherham by bus.",
    ],
    "tram derailed",
    "place",
    ["Sheffield"],
    ["Rotherham"],
)
# the movement is itself the event, or the only place given
event(
    MOVED,
    ["Forty patients were evacuated to Leeds on Sunday after a flood at a hospital in Wakefield."],
    "patients evacuated",
    "place",
    ["Leeds"],
    [],
)
event(
    MOVED,
    ["Stranded passengers were taken by coach to Inverness on Monday."],
    "passengers taken by coach",
    "place",
    ["Inverness"],
    [],
)
event(
    MOVED,
    [
        "A tremor was felt in Stoke on Thursday, the geological survey said.",
        "No damage was reported.",
    ],
    "tremor felt",
    "place",
    ["Stoke"],
    [],
)
event(
    MOVED,
    [
        "Flights were diverted to Shannon on Friday after fog closed Dublin Airport.",
        "Ryanair said 40 flights were diverted.",
    ],
    "flights diverted",
    "place",
    ["Shannon"],
    [],
)

# --- aftermath: the return to normal in the main clause --------------------------------------
event(
    AFTERMATH,
    [
        "Schools reopened on Thursday after floods hit the valley on Monday.",
        "The floods damaged 300 homes, the council said.",
    ],
    "floods damaged homes",
    "when",
    ["Monday"],
    ["Thursday"],
)
event(
    AFTERMATH,
    [
        "Bus services resumed on Wednesday after drivers walked out on Monday.",
        "The strike by bus drivers was over pay, the union said.",
    ],
    "strike by bus drivers",
    "when",
    [],
    ["Wednesday"],
)
event(
    AFTERMATH,
    [
        "The market reopened in Tarbes after a fire gutted stalls in Lourdes.",
        "The fire destroyed 40 stalls, officials said.",
    ],
    "fire destroyed stalls",
    "place",
    ["Lourdes"],
    ["Tarbes"],
)
event(
    AFTERMATH,
    [
        "Power returned to most homes on Saturday following Thursday's ice storm.",
        "The storm brought down lines across the county, the utility said.",
    ],
    "storm brought down lines",
    "when",
    [],
    ["Saturday"],
)
event(
    AFTERMATH,
    [
        "Trains restarted on Sunday after a landslip blocked the line on Friday.",
        "The landslip blocked the line near Dawlish, Network Rail said.",
    ],
    "landslip blocked the line",
    "when",
    ["Friday"],
    ["Sunday"],
)
event(
    AFTERMATH,
    [
        "Classes resumed in Nablus after soldiers raided a camp in Jenin.",
        "The raid left five dead, medics in Jenin said.",
    ],
    "raid left five dead",
    "place",
    ["Jenin"],
    ["Nablus"],
)
event(
    AFTERMATH,
    [
        "Search teams continued on Tuesday following Sunday's avalanche.",
        "The avalanche buried a ski lift in the Tyrol, police said.",
    ],
    "avalanche buried ski lift",
    "when",
    [],
    ["Tuesday"],
)
event(
    AFTERMATH,
    [
        "Shops reopened in Ashford on Monday after a gas leak forced an evacuation on Saturday.",
        "The gas leak was found under the high street, engineers said.",
    ],
    "gas leak forced evacuation",
    "when",
    ["Saturday"],
    ["Monday"],
)
event(
    AFTERMATH,
    [
        "The port reopened on Friday after a tanker ran aground in the channel on Wednesday.",
        "The tanker spilled little oil, the coastguard said.",
    ],
    "tanker ran aground",
    "when",
    ["Wednesday"],
    ["Friday"],
)
event(
    AFTERMATH,
    [
        "Roads reopened in Keswick after a mudslide buried cars in Braithwaite.",
        "The mudslide buried six cars, police said.",
    ],
    "mudslide buried cars",
    "place",
    ["Braithwaite"],
    ["Keswick"],
)
event(
    AFTERMATH,
    [
        "Flights resumed in Faro on Sunday after controllers struck on Friday.",
        "The controllers' strike was the third this year, the union said.",
    ],
    "controllers' strike",
    "when",
    ["Friday"],
    ["Sunday"],
)
# the resumption is the event, or the event itself resumed
event(
    AFTERMATH,
    ["Schools reopened on Thursday after floods hit the valley on Monday."],
    "schools reopened",
    "when",
    ["Thursday"],
    ["Monday"],
)
event(
    AFTERMATH,
    ["Shelling of the port resumed on Friday, a day after a drone attack on Thursday."],
    "shelling of the port",
    "when",
    ["Friday"],
    [],
)
event(
    AFTERMATH,
    ["Talks resumed in Geneva on Monday after a pause in Vienna on Friday."],
    "talks resumed",
    "place",
    ["Geneva"],
    [],
)
event(
    AFTERMATH,
    [
        "The strike continued on Tuesday after talks collapsed on Monday.",
        "The strike shut three depots, the union said.",
    ],
    "strike shut depots",
    "when",
    ["Tuesday"],
    [],
)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
