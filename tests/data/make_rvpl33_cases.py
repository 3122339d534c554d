# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rvpl33's set of an event's place (``grounding_rvpl33.jsonl``), written to break
places33's roles of a place (``places/site_roles.py``), by category, each with what must pass
and what must fail:

- ``departures``: an event that starts somewhere told with "from": a rocket or missile launch
  ("launched two missiles from", "lifted off from", "blasted off from"), a take-off, a
  sailing, a march or convoy setting out, a strike fired from a place, an evacuation out of a
  place. Its place is where it left from: the verb the "from" phrase belongs to says so,
  whatever the description's words. Refused: where someone came from by another verb ("had
  driven down from Houston"), a reference point ("east of Wonsan"), a destination ("bound for
  Dakar"), the origin of a later event's vehicle ("which took off from Athens, crashed").
- ``own-source``: a "from" that is the source of the event's own act ("evacuated 300 people
  from Kherson", "pulled from the rubble in Antakya", "stole paintings from a gallery in
  Ghent"), and a subject born or living where the event also happened ("born in Leeds, was
  stabbed in Leeds"). Refused: where the people came from when the act is elsewhere, a home
  that is not the event's place, a reference point.
- ``arrivals``: an arrival worded without places33's description words ("touched down",
  "docked", "reached", "pulled into"): its destination is its place, where it set out is not.
  Refused: the journey's start, a stop on the way, a destination of a journey that is not the
  event.

Run ``python tests/data/make_rvpl33_cases.py`` to rebuild it. The texts are written for this
set (fictional outlets and people, public bodies in invented sentences); each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvpl33.jsonl")

built = SupportCases(
    "rvpl33",
    leads=[
        "By Odile Marchetti | The Harbour Chronicle",
        "WORLD DESK | The Midland Record",
        "From our correspondents, The Continental Review.",
        "Posted by the news desk, The Lakeshore Ledger.",
    ],
)
DEPARTURES, SOURCES, ARRIVALS = "departures", "own-source", "arrivals"


def event_place(
    category: str, text: str, kind: str, description: str, passes: list[str], fails: list[str]
) -> None:
    """An event (``kind``, told as ``description``) backed by every sentence of ``text``: each
    place in ``passes`` is where it happened, each in ``fails`` is not."""
    evidence = [s.strip() for s in text.strip().split("\n") if s.strip()]
    built.each(
        category, built.page(*evidence), passes, fails, "events[0].place",
        lambda where: {"events": [{
            "kind": kind, "description": description, "place": where, "evidence": evidence,
        }]},
        "event place",
    )  # fmt: skip


# --- departures --------------------------------------------------------------------------

event_place(
    DEPARTURES,
    "North Korea launched two short-range ballistic missiles from the Sunan area on Tuesday, the South Korean military said.\nThe missiles flew about 350 km before falling into the sea east of Wonsan.\n",
    "other",
    "North Korea fires ballistic missiles",
    ["Sunan"],
    ["Wonsan"],
)
event_place(
    DEPARTURES,
    "The Starship rocket lifted off from Boca Chica shortly after dawn, watched by engineers who had driven down from Houston.\n",
    "other",
    "SpaceX test flight",
    ["Boca Chica"],
    ["Houston"],
)
event_place(
    DEPARTURES,
    "An Ariane 6 blasted off from Kourou on Thursday evening with a weather satellite, 40 minutes later than planned.\nThe satellite's operator, a Darmstadt-based agency, confirmed contact an hour later.\n",
    "other",
    "Ariane 6 mission with weather satellite",
    ["Kourou"],
    ["Darmstadt"],
)
event_place(
    DEPARTURES,
    "The rescue helicopter took off from Ushuaia at 4 a.m. and flew south for six hours.\n",
    "other",
    "rescue helicopter mission",
    ["Ushuaia"],
    ["Punta Arenas"],
)
event_place(
    DEPARTURES,
    "The hospital ship set sail from Valletta on Monday, bound for Benghazi with 90 doctors aboard.\n",
    "other",
    "hospital ship voyage",
    ["Valletta"],
    ["Benghazi"],
)
event_place(
    DEPARTURES,
    "Thousands of farmers set out from Chartres at first light on a three-day march on the capital.\nMany had travelled from Brittany the night before.\n",
    "other",
    "farmers' protest march",
    ["Chartres"],
    ["Brittany"],
)
event_place(
    DEPARTURES,
    "An aid convoy of 40 lorries left from Rafah on Sunday morning heading to Khan Younis, the agency said.\n",
    "other",
    "aid convoy",
    ["Rafah"],
    ["Khan Younis"],
)
event_place(
    DEPARTURES,
    "Militants fired a barrage of rockets from Jabalia overnight, the army said.\nSirens sounded 20 kilometres from Ashdod, officials said.\n",
    "other",
    "rocket barrage",
    ["Jabalia"],
    ["Ashdod"],
)
event_place(
    DEPARTURES,
    "The drones were launched from the Kursk region, 60 miles north of Kharkiv, according to the air force.\n",
    "other",
    "drones launched",
    ["Kursk"],
    ["Kharkiv"],
)
event_place(
    DEPARTURES,
    "About 1,200 residents were evacuated from Pradelles on Saturday as the fire spread, the prefecture said.\nMost were taken to Le Puy.\n",
    "other",
    "wildfire forces evacuation",
    ["Pradelles"],
    ["Le Puy"],
)
event_place(
    DEPARTURES,
    "The regatta's 30 yachts sailed from Cowes at noon; the favourite, a Lisbon-built boat, led at the first mark.\n",
    "other",
    "start of the round-the-island regatta",
    ["Cowes"],
    ["Lisbon"],
)
event_place(
    DEPARTURES,
    "Marchers departed from Selma's Brown Chapel on Sunday, retracing the 1965 route.\nOrganisers said 300 had flown in from Chicago.\n",
    "other",
    "anniversary march",
    ["Selma"],
    ["Chicago"],
)
event_place(
    DEPARTURES,
    "The jet, which took off from Athens, crashed near Skopje on Friday, killing all 64 aboard.\n",
    "other",
    "passenger jet crash",
    ["Skopje"],
    ["Athens"],
)
event_place(
    DEPARTURES,
    "A ferry that had sailed from Calais ran aground at Dover harbour on Wednesday.\n",
    "other",
    "ferry ran aground",
    ["Dover"],
    ["Calais"],
)
event_place(
    DEPARTURES,
    "The fishing fleet headed out from Peterhead before sunrise despite the gale warning.\nA coastguard crew from Aberdeen stood by.\n",
    "other",
    "fishing fleet defies gale warning",
    ["Peterhead"],
    ["Aberdeen"],
)

event_place(
    DEPARTURES,
    "A Soyuz rocket carrying three astronauts was launched from Baikonur at 09:13 local time.\nThe crew's families had flown in from Moscow.\n",
    "other",
    "crew heads to the space station",
    ["Baikonur"],
    ["Moscow"],
)
event_place(
    DEPARTURES,
    "Two Hwasong missiles were test-fired from a site near Sinpo, 100 km northeast of Hamhung, the defence ministry said.\n",
    "other",
    "missile test",
    ["Sinpo"],
    ["Hamhung"],
)
event_place(
    DEPARTURES,
    "The last Chinook departed from the embassy compound in Niamey at dusk.\nIts crew, all Kentucky natives, landed in Chad two hours later.\n",
    "other",
    "embassy staff flown out",
    ["Niamey"],
    ["Kentucky"],
)
event_place(
    DEPARTURES,
    "The armoured column rolled out from Kupiansk before dawn, a commander said, while shelling continued west of Svatove.\n",
    "other",
    "armoured column on the move",
    ["Kupiansk"],
    ["Svatove"],
)
event_place(
    DEPARTURES,
    "Hundreds of families fled from Tawila overnight as fighters closed in.\nA relief worker, born in Nyala, said the roads were full.\n",
    "displacement",
    "families flee fighting",
    ["Tawila"],
    ["Nyala"],
)
event_place(
    DEPARTURES,
    "Two prisoners escaped from Fleury-Merogis jail on Sunday by climbing a wall.\nOne of them was later seen in a car heading to Lille.\n",
    "other",
    "jailbreak",
    ["Fleury-Merogis"],
    ["Lille"],
)
event_place(
    DEPARTURES,
    "The 5th Brigade pulled out from Vuhledar on Wednesday after weeks of fighting.\nThe brigade's commander, a Poltava native, said the order came late.\n",
    "other",
    "brigade retreats",
    ["Vuhledar"],
    ["Poltava"],
)
event_place(
    DEPARTURES,
    "Four hundred pilgrims set off from Le Puy-en-Velay on the long walk to Santiago.\n",
    "other",
    "pilgrimage begins",
    ["Le Puy-en-Velay"],
    ["Santiago"],
)
event_place(
    DEPARTURES,
    "Heavy artillery fired from Kadugli hit a crowded market in Dilling on Friday, 60 kilometres away.\n",
    "attack",
    "shelling of market",
    ["Dilling"],
    ["Kadugli"],
)
event_place(
    DEPARTURES,
    "The plane, on a flight from Lagos, made an emergency landing at Accra.\n",
    "other",
    "emergency landing",
    ["Accra"],
    ["Lagos"],
)

event_place(
    DEPARTURES,
    "The first of the two launches was detected at 6:10 a.m., coming from the coast near Hamhung, Seoul's military said.\nThe missile came down 400 km east of Chongjin.\n",
    "other",
    "missile launches",
    ["Hamhung"],
    ["Chongjin"],
)
event_place(
    DEPARTURES,
    "Burglars took three Rembrandt etchings from the Mauritshuis print room overnight.\nDetectives believe the gang came from Antwerp.\n",
    "other",
    "museum robbery",
    ["Mauritshuis"],
    ["Antwerp"],
)

# --- own-source --------------------------------------------------------------------------

event_place(
    SOURCES,
    "Volunteers evacuated 300 people from Kherson on Tuesday as shelling intensified.\nThe buses were driven by men from Odesa.\n",
    "other",
    "evacuation of civilians",
    ["Kherson"],
    ["Odesa"],
)
event_place(
    SOURCES,
    "Rescuers pulled a 12-year-old girl from the rubble in Antakya, 90 hours after the earthquake.\nThe team, from Izmir, worked through the night.\n",
    "other",
    "girl rescued alive",
    ["Antakya"],
    ["Izmir"],
)
event_place(
    SOURCES,
    "Thieves stole four paintings from a gallery in Ghent on Sunday night, police said.\nThe gang is believed to have come from Rotterdam.\n",
    "other",
    "art theft",
    ["Ghent"],
    ["Rotterdam"],
)
event_place(
    SOURCES,
    "Soldiers removed the last settlers from Homesh early on Thursday.\nThe settlers, born in Jerusalem, vowed to return.\n",
    "other",
    "outpost cleared",
    ["Homesh"],
    ["Jerusalem"],
)
event_place(
    SOURCES,
    "Divers recovered two bodies from the river near Namur on Monday, 50 miles south of Brussels.\n",
    "other",
    "bodies recovered",
    ["Namur"],
    ["Brussels"],
)
event_place(
    SOURCES,
    "The army airlifted 150 foreign nationals out of Khartoum and from Port Sudan on Sunday.\nThe planes then flew to Jeddah.\n",
    "other",
    "evacuation of foreign nationals",
    ["Port Sudan"],
    ["Jeddah"],
)
event_place(
    SOURCES,
    "The striker, who was born in Leeds, was stabbed in Leeds city centre on Saturday night.\n",
    "other",
    "footballer stabbed",
    ["Leeds"],
    ["Bradford"],
)
event_place(
    SOURCES,
    "Ana Ruiz, who lives in Cadiz, was arrested in Cadiz on Monday.\nHer brother, who lives in Malaga, was not held.\n",
    "other",
    "arrest of smuggling suspect",
    ["Cadiz"],
    ["Malaga"],
)
event_place(
    SOURCES,
    "Firefighters rescued 14 workers from a collapsed tunnel at Uttarkashi after 17 days.\nThe workers came from Jharkhand.\n",
    "other",
    "tunnel workers rescued",
    ["Uttarkashi"],
    ["Jharkhand"],
)
event_place(
    SOURCES,
    "Police seized 2 tonnes of cocaine from a container at Antwerp, the prosecutor said.\nThe ship had come from Guayaquil via Algeciras.\n",
    "other",
    "cocaine seizure",
    ["Antwerp"],
    ["Guayaquil", "Algeciras"],
)
event_place(
    SOURCES,
    "The bank withdrew all its staff from Minsk last week.\nThe staff, most of them natives of Vilnius, went home.\n",
    "other",
    "bank pulls out of Belarus",
    ["Minsk"],
    ["Vilnius"],
)
event_place(
    SOURCES,
    "Coastguards freed three fishermen from a capsized trawler off Brixham.\nThe trawler was on its way to Plymouth.\n",
    "other",
    "fishermen freed from capsized trawler",
    ["Brixham"],
    ["Plymouth"],
)

event_place(
    SOURCES,
    "Eleven climbers lost their lives in the Jungfrau massif on Sunday, rescuers said.\nThe guide, a Grindelwald native, survived.\n",
    "other",
    "avalanche deaths",
    ["Jungfrau"],
    ["Grindelwald"],
)

# --- arrivals ----------------------------------------------------------------------------

event_place(
    ARRIVALS,
    "The plane carrying the released hostages touched down in Tel Aviv shortly after midnight.\nIt had set off from Cairo three hours earlier.\n",
    "other",
    "plane touched down with hostages",
    ["Tel Aviv"],
    ["Cairo"],
)
event_place(
    ARRIVALS,
    "The cruise ship docked at Bergen on Tuesday with 40 passengers sick with norovirus.\nIt had sailed from Southampton via Stavanger.\n",
    "other",
    "cruise ship docked with sick passengers",
    ["Bergen"],
    ["Southampton", "Stavanger"],
)
event_place(
    ARRIVALS,
    "The marchers reached Whitehall on Saturday afternoon after walking from Jarrow.\n",
    "other",
    "march reached Whitehall",
    ["Whitehall"],
    ["Jarrow"],
)
event_place(
    ARRIVALS,
    "The migrants' boat reached Lampedusa at dawn, two days after leaving Sfax.\n",
    "other",
    "boat reached the island",
    ["Lampedusa"],
    ["Sfax"],
)
event_place(
    ARRIVALS,
    "The aid ship pulled into Ashdod on Friday after it was stopped at sea on its way to Gaza.\n",
    "other",
    "aid ship intercepted and towed",
    ["Ashdod"],
    ["Gaza"],
)
event_place(
    ARRIVALS,
    "Pope Leo was welcomed at Beirut airport on Sunday, after flying from Ankara.\n",
    "other",
    "pope's visit welcomed",
    ["Beirut"],
    ["Ankara"],
)
event_place(
    ARRIVALS,
    "The body of the singer was repatriated to Dakar on Wednesday from Paris.\n",
    "other",
    "singer's body repatriated",
    ["Dakar"],
    ["Paris"],
)
event_place(
    ARRIVALS,
    "The torch relay arrived at Marseille's Old Port on Wednesday evening aboard a tall ship that sailed from Piraeus.\n",
    "other",
    "Olympic flame welcomed",
    ["Marseille"],
    ["Piraeus"],
)
event_place(
    ARRIVALS,
    "The tanker made it to Ceyhan on Monday, flying a Panamanian flag, after a voyage from the Russian port of Novorossiysk.\n",
    "other",
    "tanker completed voyage",
    ["Ceyhan"],
    ["Novorossiysk"],
)
event_place(
    ARRIVALS,
    "Firefighters from Lyon joined crews already battling the blaze at Sisteron on Tuesday.\n",
    "other",
    "reinforcements joined firefighting",
    ["Sisteron"],
    ["Lyon"],
)
event_place(
    ARRIVALS,
    "The team bus rolled into Turin late on Friday; the players, most of them Milan natives, went straight to the hotel.\n",
    "other",
    "team bus rolled into the city",
    ["Turin"],
    ["Milan"],
)
event_place(
    ARRIVALS,
    "The prime minister walked into the Storting on Monday to face a confidence vote, which she won by four votes.\nShe had flown back from Brussels overnight.\n",
    "vote",
    "confidence vote",
    ["Storting"],
    ["Brussels"],
)

event_place(
    ARRIVALS,
    "The cup final was switched to Lyon at a day's notice, a league official from Paris said.\n",
    "other",
    "cup final played",
    ["Lyon"],
    ["Paris"],
)
event_place(
    ARRIVALS,
    "The peace conference has been moved to Nairobi; delegates flying to Addis Ababa were told to change their tickets.\n",
    "talks",
    "peace conference opens",
    ["Nairobi"],
    ["Addis Ababa"],
)

event_place(
    ARRIVALS,
    "The minister flew to Baku on Monday to sign the gas deal.\nHer deputy, a Yerevan native, stayed behind.\n",
    "other",
    "gas deal signed",
    ["Baku"],
    ["Yerevan"],
)
event_place(
    ARRIVALS,
    "The Pope travelled to Lagos on Friday to celebrate Mass for 300,000 people; he is due to fly to Kinshasa next.\n",
    "other",
    "papal Mass celebrated",
    ["Lagos"],
    ["Kinshasa"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
