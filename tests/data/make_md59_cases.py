# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 59's broadcast heads (``grounding_md59.jsonl``, false-alarm writer
md59; :mod:`summarizer.verification.bylines.broadcast_heads`), at the edges of

- ``labels``: the outlet of a transcript, bulletin script or podcast named by its head after a
  producer's label ("Station: X.", "Broadcast by X.", "Network: X", "Channel: X") or after
  the programme's quoted title ("Transcript: 'Late Ledger' on X"): it passes; a guest's or a
  correspondent's outlet in the same head, a clip's credit ("Audio courtesy of X"), another
  outlet's report ("as first reported by X"), an outlet only the body names and a host's name
  stay refused;
- ``segments``: the outlet standing as a whole segment of the head, between its separators
  ("Episode 40 | X | 3 May 2026 | Host: ...", "BULLETIN SCRIPT - X Newsroom, 0700 hrs", "X,
  The Drive Home. Presenter: ..."): it passes; a name inside a segment (a guest's paper, a
  sponsor "Supported by X", a possessive "X's Ruth Keane", a partner "in partnership with X")
  and a speaker's turn's outlet ("HOST (Ama Boateng): ... X reported ...") stay refused;
- ``desks``: the outlet named by one of its desks in the page's head ("X briefing | compiled
  by", "X Metals Desk | Reported by", "X live team", "Prepared by the X desk.", "From the X
  politics desk"): it passes; a desk another outlet lends ("Additional reporting by the Y
  markets desk", "With reporting from the Y data team", "with help from the Y bureau"), a
  newsroom or paper the story cites, a body and a writer stay refused.

Run ``python tests/data/make_md59_cases.py`` to rebuild it. Every page below was written for
this set in its own words, names and outlets made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_md59.jsonl")

built = SupportCases("md59")
LABELS, SEGMENTS, DESKS = "labels", "segments", "desks"
labels = partial(built.article_field, LABELS, "outlet")
segments = partial(built.article_field, SEGMENTS, "outlet")
desks = partial(built.article_field, DESKS, "outlet")

# --- labels: after a producer's label or the programme's quoted title ------------------------
labels(
    "DRIVE TIME BUSINESS - bulletin script, Tuesday 10 March 2026\n"
    "Station: Kestrel Valley Radio. Anchor: Imani Doyle. Reporter: Paulo Reis.\n\n"
    "IMANI DOYLE (anchor): The grain handler Harlow Mills has cut its forecast. Paulo, what went wrong?\n\n"
    "PAULO REIS (reporter): A wet harvest, Imani. The Tillbury Gazette reported last week that two silos were shut.\n",
    ["Kestrel Valley Radio"],
    ["Tillbury Gazette", "Harlow Mills", "Imani Doyle"],
)
labels(
    'TRANSCRIPT: "Open Ledger" podcast, episode on the Dunmore rail strike\n\n'
    "Broadcast by Copperline Audio. Host: Felix Amadi. Guest: Rosa Ventres, transport editor at the Marlow Courier.\n\n"
    "AMADI: Rosa, how long can the drivers stay out?\n\n"
    "VENTRES: The union's fund lasts about three weeks, and the company says it will not move on pay.\n",
    ["Copperline Audio"],
    ["Marlow Courier", "Felix Amadi", "Dunmore"],
)
labels(
    "Transcript: 'Farm Hour' on Westmarch Community Radio, April 2, 2026\n\n"
    "HOST (Nell Osei): Fertiliser prices are up again. Bram, why?\n\n"
    "GUEST (Bram Kettering): Gas, mostly. As the Harrowgate Times first reported, two plants have paused output.\n",
    ["Westmarch Community Radio"],
    ["Harrowgate Times", "Farm Hour Radio", "Nell Osei"],
)
labels(
    "MORNING MARKETS - radio transcript, 14 January 2026\n"
    "Network: Greyfield Public Media. Presenter: Tomasz Wren. Audio courtesy of Sandline Newswire.\n\n"
    "WREN: Shares in the lender Ostrava Mutual fell sharply at the open.\n\n"
    "That's the markets. Weather is next.\n",
    ["Greyfield Public Media"],
    ["Sandline Newswire", "Ostrava Mutual", "Tomasz Wren"],
)
labels(
    "TOWN HALL HOUR - radio transcript, 5 March 2026\n"
    "Network: Corran Public Broadcasting. Produced by Elif Marsh. Host: Adaeze Nwosu.\n\n"
    "NWOSU: Tonight, the new bridge tolls. Councillor Petrie, why now?\n\n"
    "PETRIE: The bridge loses money every year, and the Eastbourne Herald has the figures to show it.\n",
    ["Corran Public Broadcasting"],
    ["Elif Marsh", "Eastbourne Herald", "Adaeze Nwosu"],
)
labels(
    "CITY DESK TONIGHT - bulletin script, Friday 6 February 2026 | Station: Brightwater FM | Read by: Selma Quist\n\n"
    "The council in Norbury has approved a new tram line, ending five years of argument.\n\n"
    "Builders will start in the spring, a spokesman for Norbury Transit said, and the line should open in 2029.\n",
    ["Brightwater FM"],
    ["Norbury Transit", "Selma Quist", "Norbury Council"],
)
labels(
    'Transcript of "The Long Table" on Ravensholt Radio, Sunday 8 March 2026 (edited)\n\n'
    "HOST (Maya Lund): Our guest ran the Alder Bay food bank for ten years.\n\n"
    "GUEST (Ines Coelho): We fed 4,000 families last winter. The Alder Bay Chronicle's count was lower, but it missed the rural depots.\n",
    ["Ravensholt Radio"],
    ["Alder Bay Chronicle", "Maya Lund", "Ines Coelho"],
)
labels(
    "EVENING HEADLINES - bulletin script\n"
    "Broadcaster: Tarn Valley Broadcasting. Anchor: Joel Ambrose. Correspondent: Lina Sato, on loan from the Pellham Post.\n\n"
    "AMBROSE: Floodwater has reached the old town in Kirkby. Lina is there.\n\n"
    "SATO: Joel, the river crested at about four metres this afternoon.\n",
    ["Tarn Valley Broadcasting"],
    ["Pellham Post", "Joel Ambrose", "Kirkby Council"],
)

labels(
    "WEEKEND SCIENCE - podcast episode transcript\n"
    "Broadcast by Orrin Hill Podcasts. This episode is brought to you by Kestrel Insurance. Host: Tessa Varga. Guest: Omar Haddad, science reporter for the Calloway Ledger.\n\n"
    "VARGA: Omar, the probe has landed. What did it find?\n\n"
    "HADDAD: Ice, and more of it than anyone expected, the Lunar Survey Agency says.\n",
    ["Orrin Hill Podcasts"],
    ["Kestrel Insurance", "Calloway Ledger", "Tessa Varga"],
)
labels(
    "HARBOUR WATCH \u2014 radio transcript, 27 March 2026\n"
    "Channel: Saltire Coast Television. Anchor: Morven Blair.\n\n"
    "BLAIR: The container line Vossberg will leave the port in June, as first reported by the Leith Shipping Journal.\n\n"
    "A port spokesman said other lines were interested in the berths.\n",
    ["Saltire Coast Television"],
    ["Leith Shipping Journal", "Vossberg", "Morven Blair"],
)

# --- segments: the outlet as a whole segment of the head --------------------------------------
segments(
    'TRANSCRIPT: "Money Hour" podcast - the Corlan Bank takeover\n\n'
    "Episode 40 | Fennick Street Audio | 3 May 2026 | Host: Ruth Abara; guest: Dev Malhotra, banking editor at the Sorrel Review\n\n"
    "ABARA: Dev, is the takeover going ahead?\n\n"
    "MALHOTRA: The board has backed it. Regulators still have to sign off, and that could take until the autumn.\n",
    ["Fennick Street Audio"],
    ["Sorrel Review", "Corlan Bank", "Ruth Abara"],
)
segments(
    "BULLETIN SCRIPT \u2014 Ashcombe FM Newsroom, 0700 hrs, Monday 2 March 2026. Read by: Owen Pryce.\n\n"
    "Water bills in the county will rise by nine percent from April, the supplier Tamsett Water confirmed this morning.\n\n"
    "The consumer group Fairtap called the rise unjustified. That's the news. Sport is next.\n",
    ["Ashcombe FM"],
    ["Tamsett Water", "Fairtap", "Owen Pryce"],
)
segments(
    "TRANSCRIPT: 'We are out of beds' - the hospital chief on winter pressure\n\n"
    "Harlowe Public Radio, The Drive Home. Presenter: Keiko Brandt. Guest: Dr Samuel Oyelaran, chief executive of St Brigid's Hospital. Edited for length.\n\n"
    "BRANDT: How full are you tonight?\n\n"
    "OYELARAN: Ninety-eight percent. The Meadowgate Echo reported we were turning ambulances away, and on two nights that was true.\n",
    ["Harlowe Public Radio"],
    ["Meadowgate Echo", "St Brigid's Hospital", "Keiko Brandt"],
)
segments(
    "SIX O'CLOCK REPORT \u2014 broadcast transcript, 11 February 2026 | Orland Valley Radio | Supported by Pemberton Building Society\n\n"
    "ANCHOR (Grace Mbeki): The strike at the Ferrow smelter has ended after eleven days.\n\n"
    "Workers accepted a 4 percent rise, their union said.\n",
    ["Orland Valley Radio"],
    ["Pemberton Building Society", "Ferrow", "Grace Mbeki"],
)
segments(
    "Kowhai Coast Radio \u2014 noon bulletin script, Thursday 19 March 2026 | Script: Ana Tupou\n\n"
    "Ferry sailings to the outer islands are cancelled for a second day, the operator Blue Reef Lines said.\n\n"
    "Forecasters at the Coastal Weather Office expect the swell to ease on Saturday.\n",
    ["Kowhai Coast Radio"],
    ["Blue Reef Lines", "Coastal Weather Office", "Ana Tupou"],
)
segments(
    "The Quarry Report (podcast transcript)\n\n"
    "Episode 9 | Millbeck Media | in partnership with the Stonefield Gazette | Host: Arlo Finch\n\n"
    "FINCH: The quarry at Hollin Edge closes next month. Two hundred jobs go with it.\n\n"
    "Stonefield Gazette's Jo Reddy told us the owners had looked for a buyer since the summer.\n",
    ["Millbeck Media"],
    ["Stonefield Gazette", "Hollin Edge", "Arlo Finch"],
)
segments(
    "TRANSCRIPT \u2014 Wrenfield Radio News \u2014 evening edition, 21 January 2026\n\n"
    "HOST (Ama Boateng): Good evening. Dalby Evening Post reported today that the mayor will stand down.\n\n"
    "BOATENG: The mayor's office would not comment.\n",
    ["Wrenfield Radio News"],
    ["Dalby Evening Post", "Ama Boateng", "Wrenfield Radio"],
)
segments(
    "Transcript (edited): Thornbury Motors annual results call\n\n"
    "Prepared by the Calder Business Radio desk. Speaker labels as on the call. Clip: Lomax Wire.\n\n"
    "CHIEF EXECUTIVE: We sold 212,000 cars this year, up 6 percent.\n\n"
    "ANALYST (Priya Gill, Hadley Securities): Will margins hold?\n",
    [],
    ["Lomax Wire", "Hadley Securities", "Thornbury Motors"],
)
segments(
    "NIGHT DESK \u2014 podcast transcript | Corrib Bay Audio | Host: Liam Farrelly | Recorded 4 April 2026\n\n"
    "FARRELLY: The Corrib Bay Tribune's Nora Healy joins me. Nora, what did the council decide?\n\n"
    "HEALY: It voted to sell the harbour site to Granby Homes.\n",
    ["Corrib Bay Audio"],
    ["Corrib Bay Tribune", "Granby Homes", "Liam Farrelly"],
)
segments(
    "Podcast transcript | Episode 77 | Saltmarsh Sound | 9 April 2026 | Host: Bea Lindahl\n\n"
    "LINDAHL: The Halden Observer broke the story of the closed clinic last week. Today we hear from the nurses.\n\n"
    "A spokesperson for the Halden Health Trust said the clinic would reopen in May.\n",
    ["Saltmarsh Sound"],
    ["Halden Observer", "Halden Health Trust", "Bea Lindahl"],
)

segments(
    "LATE EDITION \u2014 bulletin script | Pinecrest Radio | 22:00 | Read by: Hal Ostrow\n\n"
    "Police in Ardley have closed the ring road after a lorry overturned, the Ardley Constabulary said.\n\n"
    "The Ardley Courier's traffic page has the diversions.\n",
    ["Pinecrest Radio"],
    ["Ardley Courier", "Ardley Constabulary", "Hal Ostrow"],
)
segments(
    "Episode 12 transcript \u2014 Tidewater Talk Audio \u2014 Host: Rhys Bowen\n\n"
    "BOWEN: My guest writes about money for the Fenwick Argus. Welcome, Priti.\n\n"
    "PRITI SHAH: Thanks, Rhys. Mortgage rates fell again this week, the Harwell Building Society says.\n",
    ["Tidewater Talk Audio"],
    ["Fenwick Argus", "Harwell Building Society", "Rhys Bowen"],
)
segments(
    "MIDDAY BULLETIN | The Glenmoor Broadcaster | Friday 13 March 2026 | Script: Una Keane\n\n"
    "Bus fares in the region will be frozen until next year, the transport authority Glenmoor Connect said.\n\n"
    "Operators had asked for a rise of 5 percent.\n",
    ["The Glenmoor Broadcaster", "Glenmoor Broadcaster"],
    ["Glenmoor Connect", "Una Keane", "Glenmoor Transport"],
)

segments(
    'Lindqvist Sound Studio | Podcast transcript: "Court Side", episode 31 | Host: Adaeze Nwosu | Guest: Carl Petrie of the Eastbourne Herald\n\n'
    "NWOSU: Carl, the jury came back after two days. What did it decide?\n\n"
    "PETRIE: It acquitted on both counts. The judge thanked the jurors for their patience.\n",
    ["Lindqvist Sound Studio"],
    ["Eastbourne Herald", "Carl Petrie", "Court Side"],
)

# --- desks: the outlet named by one of its desks in the page's head ----------------------------
desks(
    "Grain prices: the week in five numbers\n\n"
    "Hollowmere Farmer briefing | compiled by Tove Lindahl | 12 March 2026\n\n"
    "Wheat futures fell for a third week as the harvest in the south came in larger than forecast, the Alder Grain Exchange said.\n\n"
    "Additional reporting by the Kestrel Wire markets desk.\n",
    ["Hollowmere Farmer"],
    ["Kestrel Wire", "Alder Grain Exchange", "Tove Lindahl"],
)
desks(
    "Copper hits a two-year high as Chilean mine stays shut\n\n"
    "Tarnfield Metals Desk | Reported by Ines Abara\n\n"
    "Copper rose 3 percent on Tuesday after the operator of the Cerro Alto mine, Andes Mining, said the pit would stay closed until May.\n\n"
    "The Saltridge Herald's newsroom said on Monday that talks with the union had broken down.\n",
    ["Tarnfield Metals Desk", "Tarnfield Metals"],
    ["Saltridge Herald", "Andes Mining", "Ines Abara"],
)
desks(
    "LIVE: Storm Imke reaches the coast\n\n"
    "Updated throughout Saturday, 7 March 2026 | Ostwick Courier live team\n\n"
    "09:10 | The harbour at Brelling is closed, the port authority says. The Brelling Post reports waves of six metres.\n\n"
    "09:40 | Rail services north of the river are suspended.\n",
    ["Ostwick Courier"],
    ["Brelling Post", "Brelling", "Ostwick"],
)
desks(
    "Wine exports: where the tariff leaves the growers\n\n"
    "Cellarbook Weekly trade briefing, compiled by Amandine Roux\n\n"
    "Exporters in the valley expect sales to the US to fall by a fifth this year, their association, Vinval, said on Friday.\n\n"
    "The figures were first published by the Loire Business Journal.\n",
    ["Cellarbook Weekly"],
    ["Loire Business Journal", "Vinval", "Amandine Roux"],
)
desks(
    "Transcript (edited): Norrland Paper annual meeting\n\n"
    "Prepared by the Mossgiel Finance desk. Speaker labels as at the meeting.\n\n"
    "CHAIR (Karin Holm): The board proposes a dividend of 4 kronor a share.\n\n"
    "SHAREHOLDER (for Torsvik Pension Fund): We will vote against it.\n",
    ["Mossgiel Finance"],
    ["Torsvik Pension Fund", "Norrland Paper", "Karin Holm"],
)
desks(
    "Three things to know about the ferry contract\n\n"
    "From the Calloway Gazette politics desk, 2 April 2026\n\n"
    "The island council has signed a ten-year ferry contract with Seabrook Lines, the council said on Wednesday.\n\n"
    "With reporting from the Harbour Times data team.\n",
    ["Calloway Gazette"],
    ["Harbour Times", "Seabrook Lines", "Calloway"],
)
desks(
    "Rents in the capital: a running tally\n\n"
    "Brickfield Review housing team \u2014 updated 30 March 2026\n\n"
    "Average rents rose 7 percent in a year, according to the letting agency Northgate Homes.\n\n"
    "The Marchmont Tenant Union said many renters were now paying half their income.\n",
    ["Brickfield Review"],
    ["Northgate Homes", "Marchmont Tenant Union", "Brickfield"],
)
desks(
    "Hospital waiting lists fall for a third month\n\n"
    "By Nia Osei | Dunmore Examiner health desk | 18 February 2026\n\n"
    "The number of people waiting for planned treatment in the region fell to 214,000 in January, the Dunmore Health Board said.\n\n"
    "A spokesman for the Wells Clinic Group called the fall welcome but small.\n",
    ["Dunmore Examiner"],
    ["Dunmore Health Board", "Wells Clinic Group", "Nia Osei"],
)
desks(
    "Bond markets: the week ahead\n\n"
    "Compiled by the Pellham Ledger rates desk, with help from the Greyfield Wire bureau\n\n"
    "Investors will watch Thursday's inflation figures for a sign the central bank can cut rates in April.\n\n"
    "Analysts at Orbis Capital expect the rate to hold at 3.1 percent.\n",
    [],
    ["Greyfield Wire", "Orbis Capital", "Pellham"],
)
desks(
    "Election night: the count so far\n\n"
    "Ravenhill Post newsroom | 01:30 | Edited by Joel Marsh\n\n"
    "With 40 of 60 seats declared, the Green Alliance leads with 18, the electoral commission said.\n\n"
    "The Ravenhill Star's exit poll had put the party on 22 seats.\n",
    ["Ravenhill Post"],
    ["Ravenhill Star", "Green Alliance", "Joel Marsh"],
)
desks(
    "Airline strike: what travellers need to know\n\n"
    "Explainer | Corrie Bay Times travel desk | 9 April 2026\n\n"
    "Cabin crew at the carrier Skyline Air will walk out for 48 hours from Friday, their union said.\n\n"
    "The airline told the Bayside Courier it would run about half its flights.\n",
    ["Corrie Bay Times"],
    ["Bayside Courier", "Skyline Air", "Corrie Bay"],
)

segments(
    "Station to end its evening news\n\n"
    "By Priya Shah | The Fenwick Courier | 2 March 2026\n\n"
    "Marlow Community Radio, the town's oldest station, will end its evening broadcasts next month, its board said on Monday.\n\n"
    "The board blamed falling donations. Listeners have started a petition to save the programme, which has run since 1987.\n\n"
    "The station's morning shows will continue.\n",
    ["Fenwick Courier"],
    ["Marlow Community Radio", "Priya Shah"],
)
desks(
    "Kestrel Times to cut a third of its staff\n\n"
    "By Tomas Reyes | Aldgate Media Review | 4 March 2026\n\n"
    "The Kestrel Times newsroom, which employs 90 people, will shrink by a third by the summer, its owner, Marlin Press, said on Tuesday.\n\n"
    "The paper will keep its print edition on Saturdays only. A union spokesperson said members would meet on Friday.\n\n"
    "The owner said the move was needed to keep the title alive.\n",
    ["Aldgate Media Review"],
    ["Kestrel Times", "Marlin Press", "Tomas Reyes"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
