# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build reviewer rv63p's set against pl63's venue call-backs (``grounding_rv63p.jsonl``;
:mod:`summarizer.verification.places.venue_anaphors`), at the edges of

- ``written``: the ways a page calls the venue back ("at the zoo's gates", "the cathedral, a
  spokesman said", "inside the stadium on Easter Monday", "the prison; two guards") that must
  pass, against the same shapes where the sentence's event is somewhere the venue is not (a
  keeper "from the zoo" treating a bear at a sanctuary, a concert "not at the stadium but in a
  park", a march that "left the stadium" for the town hall);
- ``lookalike``: readings the rule could wrongly accept: a person whose surname is a venue
  noun ("Rev. Mark Temple", "Judge Ada Castle"), a venue's namesake of another time ("the old
  Varno Stadium", pulled down), a name the article writes only in a label or a quote of
  another venue, against the venue itself in the same pages.

Run ``python tests/data/make_rv63p_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv63p.jsonl")

built = SupportCases("rv63p")
WRITTEN, LOOKALIKE = "written", "lookalike"
_MASTS = [
    "ORRIN (Pennant Wire) -",
    "By Dana Quill, Heritage Correspondent | The Saltby Courier",
    "LIVE: updates from the ground",
    "Halden Evening Post | News in brief",
    "Marlow Gazette staff | Updated 09:40",
    "From our sports desk",
]


site = partial(
    built.headed_event_places,
    mastheads=_MASTS,
    why_pass="the venue the evidence calls back by its noun",
)


# --- written: must pass ------------------------------------------------------------------
site(
    WRITTEN,
    "Crowds return to Saltby Aquarium",
    [
        "Saltby Aquarium reopened on Saturday after storm repairs.",
        "By noon a queue stretched from the aquarium\u2019s gates to the harbour wall.",
    ],
    ["By noon a queue stretched from the aquarium\u2019s gates to the harbour wall."],
    "other",
    "queue at reopening",
    ["Saltby Aquarium"],
    ["Saltby Harbour"],
    "the harbour is where the queue ended, not a venue the event is at",
)
site(
    WRITTEN,
    "Bishop's funeral draws thousands",
    [
        "The funeral of Bishop Corin Hale was held at Orrin Cathedral on Thursday.",
        "About 2,000 people stood outside the cathedral, a spokesman said.",
    ],
    ["About 2,000 people stood outside the cathedral, a spokesman said."],
    "other",
    "crowd outside",
    ["Orrin Cathedral"],
    ["Orrin Abbey"],
    "a church the article never names",
)
site(
    WRITTEN,
    "Holiday crowds at Varno Castle",
    [
        "Varno Castle had its busiest weekend in years.",
        "More than 9,000 visitors went inside the castle on Easter Monday alone, staff said.",
    ],
    ["More than 9,000 visitors went inside the castle on Easter Monday alone, staff said."],
    "other",
    "holiday visitors",
    ["Varno Castle"],
    ["Varno Fort"],
    "a fort the article never names",
)
site(
    WRITTEN,
    "Lockdown lifted at Kell Prison",
    [
        "A lockdown at Kell Prison ended on Tuesday.",
        "Inmates at the prison had been confined to cells for three days; two guards were treated for smoke.",
    ],
    [
        "Inmates at the prison had been confined to cells for three days; two guards were treated for smoke."
    ],
    "other",
    "inmates confined",
    ["Kell Prison"],
    ["Kell"],
    "the town alone",
)
site(
    WRITTEN,
    "Transfer window: striker's medical",
    [
        "Tom Ardle completed a medical at Pellarn Stadium on Monday.",
        "He was then shown around the stadium by the club captain before signing.",
    ],
    ["He was then shown around the stadium by the club captain before signing."],
    "other",
    "stadium tour",
    ["Pellarn Stadium"],
    ["Pellarn Park"],
    "a ground the article never names",
)
site(
    WRITTEN,
    "Library marks 150 years",
    [
        "Marlow Library turned 150 this week.",
        "Readers filled the library for a birthday party on Wednesday night.",
    ],
    ["Readers filled the library for a birthday party on Wednesday night."],
    "other",
    "birthday party",
    ["Marlow Library"],
    ["Marlow Museum"],
    "a venue of another kind",
)
site(
    WRITTEN,
    "Hotel fire: guests evacuated",
    [
        "Firefighters were called to the Harbour View Hotel in Saltby at 3am.",
        "All 84 guests left the hotel safely, the fire service said.",
    ],
    ["All 84 guests left the hotel safely, the fire service said."],
    "other",
    "guests evacuated",
    ["Harbour View Hotel"],
    ["Saltby"],
    "the town alone: the event is the hotel's",
)
site(
    WRITTEN,
    "Observatory spots new comet",
    [
        "Astronomers at Kellmar Observatory reported a faint comet on Friday.",
        "It was first seen from the observatory's north dome at 2am.",
    ],
    ["It was first seen from the observatory's north dome at 2am."],
    "other",
    "comet sighted",
    ["Kellmar Observatory"],
    ["Kellmar"],
    "the town alone",
)
site(
    WRITTEN,
    "Mosque opens its doors",
    [
        "Tallis Central Mosque held an open day on Sunday.",
        "Volunteers at the mosque served tea to 600 visitors.",
    ],
    ["Volunteers at the mosque served tea to 600 visitors."],
    "other",
    "open day tea",
    ["Tallis Central Mosque"],
    ["Tallis Mosque"],
    "a shorter name the article never writes",
)
site(
    WRITTEN,
    "Airport delays",
    [
        "Fog grounded flights at Corvel Airport for most of Monday.",
        "Passengers slept in the airport overnight as 40 flights were cancelled.",
    ],
    ["Passengers slept in the airport overnight as 40 flights were cancelled."],
    "other",
    "passengers stranded",
    ["Corvel Airport"],
    ["Corvel"],
    "the town alone",
)
site(
    WRITTEN,
    "Derby day report",
    [
        "Orrin City hosted Saltby at Deane Stadium on Saturday.",
        "The stadium fell silent for a minute before kick-off.",
    ],
    ["The stadium fell silent for a minute before kick-off."],
    "other",
    "minute's silence",
    ["Deane Stadium"],
    ["Orrin"],
    "the home side's town",
)

# --- written: must fail (the sentence's event is not at the venue) --------------------------
site(
    WRITTEN,
    "Zoo vet helps injured bear",
    [
        "Keepers at Harlow Zoo have been praised for helping an injured bear.",
        "A vet from the zoo treated the bear at a wildlife sanctuary on the moor.",
    ],
    ["A vet from the zoo treated the bear at a wildlife sanctuary on the moor."],
    "other",
    "bear treated",
    [],
    ["Harlow Zoo"],
    "the vet came from the zoo; the treatment was at a sanctuary",
)
site(
    WRITTEN,
    "Concert moved after pitch row",
    [
        "Tickets for the summer concert at Deane Stadium went on sale in March.",
        "The show was not staged at the stadium but in a park across the river.",
    ],
    ["The show was not staged at the stadium but in a park across the river."],
    "other",
    "concert staged",
    [],
    ["Deane Stadium"],
    "the show was not at the stadium but in a park",
)
site(
    WRITTEN,
    "Fans march on town hall",
    [
        "Supporters gathered at Pellarn Stadium after the final whistle.",
        "Hundreds then left the stadium and marched to the town hall to protest.",
    ],
    ["Hundreds then left the stadium and marched to the town hall to protest."],
    "other",
    "protest at town hall",
    [],
    ["Pellarn Stadium"],
    "the protest was at the town hall, the stadium only where they left",
)
site(
    WRITTEN,
    "Museum lends its treasures",
    [
        "Kellmar Museum owns the finest collection of Bronze Age gold in the region.",
        "Twelve pieces from the museum will go on show at a gallery abroad next spring.",
    ],
    ["Twelve pieces from the museum will go on show at a gallery abroad next spring."],
    "other",
    "loan exhibition",
    [],
    ["Kellmar Museum"],
    "the pieces come from the museum; the show is at a gallery abroad",
)
site(
    WRITTEN,
    "Prisoner dies in hospital",
    [
        "An inmate at Kell Prison fell ill on Sunday.",
        "He was taken from the prison to a hospital, where he died on Monday.",
    ],
    ["He was taken from the prison to a hospital, where he died on Monday."],
    "other",
    "inmate died",
    [],
    ["Kell Prison"],
    "he died at a hospital, not at the prison",
)
site(
    WRITTEN,
    "Cathedral choir tours",
    [
        "The choir of Orrin Cathedral is famed for its Christmas carols.",
        "Singers from the cathedral performed at a festival overseas last week.",
    ],
    ["Singers from the cathedral performed at a festival overseas last week."],
    "other",
    "choir performed",
    [],
    ["Orrin Cathedral"],
    "they sang at a festival overseas",
)
site(
    WRITTEN,
    "Hotel staff strike",
    [
        "Workers at the Harbour View Hotel voted for a strike.",
        "Staff walked out of the hotel and rallied outside the council offices.",
    ],
    ["Staff walked out of the hotel and rallied outside the council offices."],
    "other",
    "rally",
    [],
    ["Harbour View Hotel"],
    "the rally was outside the council offices",
)
site(
    WRITTEN,
    "Airport plan rejected",
    [
        "Corvel Airport wanted a second runway.",
        "Officials rejected the airport's plan at a meeting of the planning board.",
    ],
    ["Officials rejected the airport's plan at a meeting of the planning board."],
    "other",
    "plan rejected",
    [],
    ["Corvel Airport"],
    "the decision was taken at a board meeting, not at the airport",
)
site(
    WRITTEN,
    "Castle relics auctioned",
    [
        "Varno Castle is selling part of its armoury.",
        "A sword from the castle fetched \u00a340,000 at an auction house in the capital.",
    ],
    ["A sword from the castle fetched \u00a340,000 at an auction house in the capital."],
    "other",
    "sword sold",
    [],
    ["Varno Castle"],
    "the sale was at an auction house in the capital",
)
site(
    WRITTEN,
    "Library books found",
    [
        "Marlow Library lost 300 books in a flood last year.",
        "Forty books belonging to the library turned up at a charity shop this week.",
    ],
    ["Forty books belonging to the library turned up at a charity shop this week."],
    "other",
    "books found",
    [],
    ["Marlow Library"],
    "the books turned up at a charity shop",
)

# --- lookalike: must fail --------------------------------------------------------------------
site(
    LOOKALIKE,
    "Vicar's warning over church roof",
    [
        "Rev. Mark Temple said lead had been stolen from St Ivo's roof twice this year.",
        "Thieves stripped the temple of its copper in May, he added.",
    ],
    ["Thieves stripped the temple of its copper in May, he added."],
    "other",
    "copper stolen",
    [],
    ["Mark Temple"],
    "a person, the vicar; not a temple",
)
site(
    LOOKALIKE,
    "Judge orders inquiry",
    [
        "Judge Ada Castle ordered an inquiry into the fire on Friday.",
        "Smoke had filled the castle's great hall for an hour before crews arrived.",
    ],
    ["Smoke had filled the castle's great hall for an hour before crews arrived."],
    "other",
    "smoke filled",
    [],
    ["Ada Castle"],
    "a judge's name; the castle is never named",
)
site(
    LOOKALIKE,
    "Coach Ben Church leaves",
    [
        "Coach Ben Church left Saltby on Monday.",
        "Fans gathered outside the church where the club holds its awards night.",
    ],
    ["Fans gathered outside the church where the club holds its awards night."],
    "other",
    "fans gathered",
    [],
    ["Ben Church"],
    "a coach's name; the church is never named",
)
site(
    LOOKALIKE,
    "Author signs at book fair",
    [
        "Novelist Iris Gallery signed copies of her new book on Saturday.",
        "The gallery on the quay hosted a reading in the afternoon.",
    ],
    ["The gallery on the quay hosted a reading in the afternoon."],
    "other",
    "reading hosted",
    [],
    ["Iris Gallery"],
    "a novelist's name; the gallery is never named",
)
site(
    LOOKALIKE,
    "Mayor visits new ward",
    [
        "Mayor Lena Fort opened a children's ward on Tuesday.",
        "Staff showed her round the fort that now houses the hospital's museum.",
    ],
    ["Staff showed her round the fort that now houses the hospital's museum."],
    "other",
    "tour",
    [],
    ["Lena Fort"],
    "the mayor's name; the fort is never named",
)
site(
    LOOKALIKE,
    "Temple Bells band plays",
    [
        "Singer Rosa Temple opened the festival with her band.",
        "Later the crowd moved to the temple for the night vigil.",
    ],
    ["Later the crowd moved to the temple for the night vigil."],
    "other",
    "vigil",
    [],
    ["Rosa Temple"],
    "a singer's name; the temple is never named",
)
site(
    LOOKALIKE,
    "Old ground's last match recalled",
    [
        "Orrin City left Deane Stadium in 1998 and the old ground was pulled down.",
        "Their new home was built on a ring road; a new stadium opened in 2001.",
        "Crowds at the stadium have averaged 21,000 since.",
    ],
    ["Crowds at the stadium have averaged 21,000 since."],
    "other",
    "crowds",
    [],
    ["Deane Stadium"],
    "'the stadium' is the new one opened in 2001, not the old ground",
)
site(
    LOOKALIKE,
    "Twin zoos",
    [
        "Harlow Zoo and its sister zoo share keepers.",
        "Two lion cubs were born at the zoo last week.",
    ],
    ["Two lion cubs were born at the zoo last week."],
    "other",
    "cubs born",
    [],
    ["Harlow Zoo"],
    "'the zoo' could be the sister zoo, named just before",
)
site(
    LOOKALIKE,
    "Hospital rebuilt",
    [
        "Saltby General Hospital was closed in 2010.",
        "A replacement hospital opened on the ring road in 2014.",
        "Surgeons at the hospital carried out 9,000 operations last year.",
    ],
    ["Surgeons at the hospital carried out 9,000 operations last year."],
    "other",
    "operations",
    [],
    ["Saltby General Hospital"],
    "the hospital is the replacement, the named one closed",
)
site(
    LOOKALIKE,
    "Gallery director named",
    [
        "Ines Varga, who ran Tallis Gallery for a decade, has a new job.",
        "She will lead the gallery opening next year on the waterfront.",
    ],
    ["She will lead the gallery opening next year on the waterfront."],
    "other",
    "new job",
    [],
    ["Tallis Gallery"],
    "'the gallery opening next year' is a new one, not the one she ran",
)

# --- lookalike: must pass ---------------------------------------------------------------------
site(
    LOOKALIKE,
    "Rev. Temple's church reopens",
    [
        "Rev. Mark Temple led the service as St Ivo's Church reopened on Sunday.",
        "The church was full for the first time since the fire.",
    ],
    ["The church was full for the first time since the fire."],
    "other",
    "church full",
    ["St Ivo's Church"],
    ["Mark Temple"],
    "a person, the vicar",
)
site(
    LOOKALIKE,
    "Judge visits castle",
    [
        "Judge Ada Castle toured Varno Castle on Friday.",
        "She spent an hour inside the castle with the curator.",
    ],
    ["She spent an hour inside the castle with the curator."],
    "other",
    "tour",
    [],
    ["Ada Castle"],
    "the judge; the castle named after her is another name",
)
site(
    LOOKALIKE,
    "Cubs born at Harlow",
    [
        "Two lion cubs were born at Harlow Zoo last week.",
        "Keepers at the zoo say both are feeding well.",
    ],
    ["Keepers at the zoo say both are feeding well."],
    "other",
    "cubs feeding",
    ["Harlow Zoo"],
    ["Harlow"],
    "the town alone",
)
site(
    LOOKALIKE,
    "Exhibition at the Marlow Museum",
    [
        "A new exhibition opened at the Marlow Museum of Rail on Friday.",
        "It fills two rooms of the museum.",
    ],
    ["It fills two rooms of the museum."],
    "other",
    "exhibition",
    [],
    ["Marlow"],
    "the town alone",
)
site(
    LOOKALIKE,
    "Palace garden party",
    [
        "The King hosted 8,000 guests at Holm Palace on Wednesday.",
        "Guests strolled in the palace gardens before tea.",
    ],
    ["Guests strolled in the palace gardens before tea."],
    "other",
    "garden party",
    [],
    ["Holm"],
    "the town alone",
)
site(
    LOOKALIKE,
    "Basilica Mass",
    ["Pilgrims filled St. Oren's Basilica for Easter Mass.", "The basilica's bells rang at noon."],
    ["The basilica's bells rang at noon."],
    "other",
    "bells rang",
    ["St. Oren's Basilica"],
    ["St. Oren"],
    "a saint's name, not the church",
)
site(
    LOOKALIKE,
    "Arena gig",
    [
        "The band played to 14,000 people at Corvel Arena on Friday.",
        "The arena's roof shook as they closed with their first hit.",
    ],
    ["The arena's roof shook as they closed with their first hit."],
    "other",
    "gig",
    ["Corvel Arena"],
    ["Corvel"],
    "the town alone",
)
site(
    LOOKALIKE,
    "Theatre fire drill",
    [
        "Staff at the Pell Street Theatre held a fire drill.",
        "Everyone was out of the theatre within four minutes.",
    ],
    ["Everyone was out of the theatre within four minutes."],
    "other",
    "drill",
    ["Pell Street Theatre"],
    ["Pell Street"],
    "a street, not the theatre",
)
site(
    LOOKALIKE,
    "Jail break",
    [
        "Two men escaped from Dunmore Jail overnight.",
        "Guards searched the jail and the fields around it.",
    ],
    ["Guards searched the jail and the fields around it."],
    "other",
    "search",
    ["Dunmore Jail"],
    ["Dunmore"],
    "the town alone",
)
site(
    LOOKALIKE,
    "Abbey restoration",
    ["Work on Kell Abbey's roof begins in May.", "Scaffolding will cover the abbey for a year."],
    ["Scaffolding will cover the abbey for a year."],
    "other",
    "scaffolding",
    ["Kell Abbey"],
    ["Kell"],
    "the town alone",
)
site(
    LOOKALIKE,
    "Racecourse meeting",
    [
        "Saltby Racecourse staged its spring meeting on Saturday.",
        "Sixteen thousand racegoers attended the racecourse.",
    ],
    ["Sixteen thousand racegoers attended the racecourse."],
    "other",
    "racegoers",
    ["Saltby Racecourse"],
    ["Saltby"],
    "the town alone",
)

site(
    LOOKALIKE,
    "Chapel wedding",
    [
        "The couple married at Orrin College Chapel on Saturday.",
        "Friends threw petals as they came out of the chapel.",
    ],
    ["Friends threw petals as they came out of the chapel."],
    "other",
    "petals thrown",
    ["Orrin College Chapel"],
    ["Orrin College"],
    "the college, not the chapel",
)
site(
    LOOKALIKE,
    "Courthouse protest",
    [
        "Protesters gathered at Dunmore Courthouse as the trial opened.",
        "About 200 people waved banners on the courthouse's steps.",
    ],
    ["About 200 people waved banners on the courthouse's steps."],
    "other",
    "banners waved",
    ["Dunmore Courthouse"],
    ["Dunmore"],
    "the town alone",
)
site(
    LOOKALIKE,
    "Velodrome record",
    [
        "Kira Saltby broke the hour record at Pellarn Velodrome on Sunday.",
        "The velodrome was packed with 3,000 fans.",
    ],
    ["The velodrome was packed with 3,000 fans."],
    "other",
    "packed",
    ["Pellarn Velodrome"],
    ["Kira Saltby"],
    "the rider, not a place",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
