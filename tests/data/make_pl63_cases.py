# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 63's venues called back by "the" and their own head noun as an
event's place (``grounding_pl63.jsonl``, false-alarm writer pl63;
:mod:`summarizer.verification.places.venue_anaphors`), at the edges of

- ``anaphor``: a venue named in full once ("died at Harlow Zoo", "joined mourners at Saint
  Brenna Cathedral", "opened at Varno Stadium") and the event's evidence calling it back ("at
  the zoo", "the cathedral's doors", "reached the stadium"): the venue passes; another venue of
  the same kind named after the first and before "the zoo" (the nearer one), a venue named
  only after the evidence, the town the venue stands in, a venue of another kind, and a venue
  the article never names stay refused;
- ``chain``: the chain from the name to "the zoo" broken or turned away: the noun used of
  another one between ("Kellmar's zoo", "a zoo in Brisk", "the city zoo", "zoo keepers"),
  "the zoo" given a place or a name of its own ("the zoo in Orl", "the museum of Tallis"), a
  plural ("the zoos"), and a clause that puts the event in another named place ("at the
  stadium, moved to Corvel") refuse the venue; an aside with a capitalised name in it ("her
  coffin, draped in the Saltire, reached the cathedral"), a name after the noun past a comma,
  and a repeated "the zoo" after the name keep it.

Run ``python tests/data/make_pl63_cases.py`` to rebuild it. Every article below was written
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

OUT = Path(__file__).with_name("grounding_pl63.jsonl")

built = SupportCases("pl63")
ANAPHOR, CHAIN = "anaphor", "chain"
_MASTS = [
    "By Ines Farrow | The Kellmar Gazette",
    "HALDEN POST - Local news desk",
    "Orrin Valley Record staff",
    "Pennant Wire | Updated 17:05",
    "From our arts and heritage team",
]


site = partial(
    built.headed_event_places,
    mastheads=_MASTS,
    why_pass="the venue named last before the evidence's 'the' and its noun",
)


# --- anaphor: the venue named last, called back by "the" and its noun ---------------------------
site(
    ANAPHOR,
    "Harlow Zoo mourns its oldest giraffe",
    [
        "Tamsin, a 31-year-old Rothschild's giraffe, was put to sleep at Harlow Zoo on Tuesday after a long illness.",
        "She had lived at the zoo since 1998 and raised six calves there.",
    ],
    ["She had lived at the zoo since 1998 and raised six calves there."],
    "other",
    "giraffe lived at the zoo",
    ["Harlow Zoo"],
    ["Harlow", "Varno Zoo"],
    "the town alone, or a zoo the article never names",
)
site(
    ANAPHOR,
    "Mourners fill Saint Brenna Cathedral for the bishop's funeral",
    [
        "Hundreds of mourners gathered at Saint Brenna Cathedral in Kellmar on Friday for the funeral of Bishop Aldo Renn.",
        "His coffin, carried by six former pupils, had reached the cathedral the evening before.",
    ],
    ["His coffin, carried by six former pupils, had reached the cathedral the evening before."],
    "other",
    "coffin arrived",
    ["Saint Brenna Cathedral"],
    ["Kellmar Abbey", "Saint Orla Cathedral"],
    "a church of another name the article never gives",
)
site(
    ANAPHOR,
    "Rovers win the cup in front of a record crowd",
    [
        "Brisk Rovers beat Tallis United 2-1 at Varno Stadium on Saturday.",
        "A record 41,200 fans packed the stadium, and the winner came in stoppage time.",
    ],
    ["A record 41,200 fans packed the stadium, and the winner came in stoppage time."],
    "other",
    "record crowd",
    ["Varno Stadium"],
    ["Brisk", "Tallis Park"],
    "a team's home town, or a ground the article never names",
)
site(
    ANAPHOR,
    "Chester Aquarium welcomes four turtle hatchlings",
    [
        "Keepers at Chester Aquarium say four green turtle hatchlings have emerged, the first born there in a decade.",
        "The parents came to the aquarium from Pellarn Marine Aquarium two years ago.",
        "Staff at the aquarium's nursery weighed the hatchlings on Monday.",
    ],
    ["Staff at the aquarium's nursery weighed the hatchlings on Monday."],
    "other",
    "hatchlings weighed",
    [],
    ["Chester Aquarium", "Pellarn Marine Aquarium"],
    "two aquariums named before the evidence's 'the aquarium': the nearer one is Pellarn's, the other is not the nearest, so neither is sure",
)
site(
    ANAPHOR,
    "Gallery reopens after a two-year refit",
    [
        "The Orrin Gallery reopened its doors on Thursday after a refit costing £12 million.",
        "Queues formed outside the gallery before dawn.",
    ],
    ["Queues formed outside the gallery before dawn."],
    "other",
    "queues at reopening",
    ["Orrin Gallery", "The Orrin Gallery"],
    ["Orrin Museum", "Orrin"],
    "a venue of another kind, or the name without its venue",
)
site(
    ANAPHOR,
    "Inmates riot at Halden Prison",
    [
        "Guards regained control of Halden Prison late on Sunday after a six-hour disturbance.",
        "Two officers were hurt when inmates set fires inside the prison's east wing.",
    ],
    ["Two officers were hurt when inmates set fires inside the prison's east wing."],
    "attack",
    "fires set in east wing",
    ["Halden Prison"],
    ["Kellmar Prison", "Halden"],
    "a prison never named, or the town alone",
)
site(
    ANAPHOR,
    "Opera season opens to a full house",
    [
        "The winter season began at the Marlow Theatre on Wednesday with a new staging of Tosca.",
        "Every seat in the theatre was sold, the management said.",
    ],
    ["Every seat in the theatre was sold, the management said."],
    "other",
    "sold-out opening",
    ["Marlow Theatre"],
    ["Marlow Opera House", "Royal Theatre"],
    "a venue the article never names",
)
site(
    ANAPHOR,
    "Two calves born within a week",
    [
        "Twin elephant calves were born this month at Orsin Zoo, where the herd has grown to nine.",
        "Their mother was moved to the zoo from Tallis Zoo in 2019.",
        "Visitors can see the calves at the zoo from next week.",
    ],
    ["Visitors can see the calves at the zoo from next week."],
    "other",
    "calves on show",
    [],
    ["Orsin Zoo", "Tallis Zoo"],
    "Tallis Zoo is the zoo named last before 'the zoo', yet it is the mother's old home: the call-back is not sure",
)
site(
    ANAPHOR,
    "Airport runway shut after a burst tyre",
    [
        "A cargo jet burst a tyre on landing at Pellarn Airport on Tuesday night.",
        "The airport closed its only runway for four hours while the aircraft was towed away.",
    ],
    ["The airport closed its only runway for four hours while the aircraft was towed away."],
    "other",
    "runway closed",
    ["Pellarn Airport"],
    ["Pellarn", "Corvel Airport"],
    "the town alone, or another airport never named",
)
site(
    ANAPHOR,
    "Museum returns carved masks",
    [
        "Two carved masks taken in 1897 will go home from the Dunmore Museum next month.",
        "The museum's trustees voted on Monday to hand them back.",
    ],
    ["The museum's trustees voted on Monday to hand them back."],
    "vote",
    "trustees vote to return masks",
    ["Dunmore Museum"],
    ["Dunmore Gallery", "Dunmore"],
    "another kind of venue, or the name alone",
)
site(
    ANAPHOR,
    "Hospital ward closed by a winter virus",
    [
        "Saint Ilse Hospital shut a ward to new patients on Sunday after an outbreak of norovirus.",
        "Visiting at the hospital is limited to one person a patient until further notice.",
    ],
    ["Visiting at the hospital is limited to one person a patient until further notice."],
    "other",
    "visiting limited",
    ["Saint Ilse Hospital"],
    ["Saint Ilse Clinic", "Marlow Hospital"],
    "a clinic or a hospital never named",
)
site(
    ANAPHOR,
    "Title fight set for the arena",
    [
        "The two boxers will meet at Kestrel Arena in June, promoters said.",
        "Ring-side seats at the arena sold out within an hour.",
    ],
    ["Ring-side seats at the arena sold out within an hour."],
    "other",
    "seats sold out",
    ["Kestrel Arena"],
    ["Kestrel", "Varno Arena"],
    "the name without its venue, or an arena never named",
)
site(
    ANAPHOR,
    "Castle open again after storm",
    [
        "Storm damage closed the gardens around Brannock Castle for a fortnight.",
        "On Saturday the castle let visitors back in, with the west lawn still fenced off.",
    ],
    ["On Saturday the castle let visitors back in, with the west lawn still fenced off."],
    "other",
    "reopened to visitors",
    ["Brannock Castle"],
    ["Brannock Hall", "Brannock"],
    "another kind of house, or the name alone",
)
site(
    ANAPHOR,
    "New chapel roof unveiled",
    [
        "A new oak roof was unveiled on Sunday at the Holm Chapel, two years after fire gutted it.",
        "Later, a choir sang in the cathedral at Orl, where the bishop gave thanks.",
    ],
    ["A new oak roof was unveiled on Sunday at the Holm Chapel, two years after fire gutted it."],
    "other",
    "roof unveiled",
    ["Holm Chapel"],
    ["Orl Cathedral", "Orl"],
    "the later service's place, not the unveiling's",
)


# --- chain: the call-back broken or turned elsewhere, or kept past an aside --------------------
site(
    CHAIN,
    "Zoo loses a second red panda",
    [
        "A red panda died at Harlow Zoo on Monday, the second this year.",
        "Kellmar's zoo lost three of its own to the same parasite last spring.",
        "Keepers at the zoo now test every animal weekly.",
    ],
    ["Keepers at the zoo now test every animal weekly."],
    "other",
    "weekly tests",
    [],
    ["Harlow Zoo", "Kellmar"],
    "another zoo is spoken of between the name and 'the zoo': which one tests is not sure",
)
site(
    CHAIN,
    "Stadium hosts its last final",
    [
        "The league final was played at Orrin Stadium on Sunday for the last time.",
        "Next season the stadium's owners will move the final to Corvel.",
    ],
    ["Next season the stadium's owners will move the final to Corvel."],
    "other",
    "final to move",
    ["Corvel"],
    ["Orrin Stadium"],
    "the event is the move of next season's final, whose place is Corvel",
)
site(
    CHAIN,
    "Cathedral service for the fallen",
    [
        "Veterans marched to Saint Mede Cathedral on Sunday for the annual remembrance service.",
        "Her coffin, draped in the Saltire, was carried into the cathedral at noon.",
    ],
    ["Her coffin, draped in the Saltire, was carried into the cathedral at noon."],
    "other",
    "coffin carried in",
    ["Saint Mede Cathedral"],
    ["Saltire Cathedral", "Mede"],
    "a flag's name, or part of the name",
)
site(
    CHAIN,
    "Museum guards strike",
    [
        "Guards at the Varno Museum walked out on Tuesday over pay.",
        "A museum in Brisk was shut the same day by a separate dispute.",
        "Pickets stood outside the museum all afternoon.",
    ],
    ["Pickets stood outside the museum all afternoon."],
    "strike",
    "pickets",
    [],
    ["Varno Museum", "Brisk"],
    "another museum is spoken of between the name and 'the museum'",
)
site(
    CHAIN,
    "Zoo expansion plan",
    [
        "Pellarn Zoo wants to double its elephant house.",
        "Planners said the city zoo in Orl had been refused a similar scheme.",
        "A decision on the zoo's plans is due in March.",
    ],
    ["A decision on the zoo's plans is due in March."],
    "other",
    "decision due",
    [],
    ["Pellarn Zoo", "Orl"],
    "the city zoo in Orl comes between: 'the zoo' may be either",
)
site(
    CHAIN,
    "Airport strike called off",
    [
        "Baggage handlers at Tallis Airport called off Friday's strike after a late pay offer.",
        "Zoo keepers at Tallis Zoo also accepted a deal.",
        "Flights at the airport will run as normal, managers said.",
    ],
    ["Flights at the airport will run as normal, managers said."],
    "other",
    "flights normal",
    ["Tallis Airport"],
    ["Tallis Zoo", "Tallis"],
    "a venue of another kind, or the town",
)
site(
    CHAIN,
    "Prison inspectors report",
    [
        "Inspectors found rats in the kitchens of Marlow Prison.",
        "They also visited the prison at Orl, where cells were found damp.",
    ],
    ["They also visited the prison at Orl, where cells were found damp."],
    "other",
    "damp cells",
    ["Orl"],
    ["Marlow Prison"],
    "'the prison at Orl' is another prison, given a place of its own",
)
site(
    CHAIN,
    "Museum of the sea opens wing",
    [
        "The Kestrel Museum opened a maritime wing on Saturday.",
        "Across the river, the museum of Tallis put on a rival show of ship models.",
    ],
    ["Across the river, the museum of Tallis put on a rival show of ship models."],
    "other",
    "rival show",
    ["Tallis"],
    ["Kestrel Museum"],
    "'the museum of Tallis' names its own museum",
)
site(
    CHAIN,
    "Zoos count their visitors",
    [
        "Harlow Zoo counted 1.1 million visitors last year.",
        "Across the region the zoos drew 4 million between them.",
    ],
    ["Across the region the zoos drew 4 million between them."],
    "other",
    "regional visitor total",
    [],
    ["Harlow Zoo"],
    "'the zoos' are many, not Harlow Zoo alone",
)
site(
    CHAIN,
    "Arena concert moved",
    [
        "The band was due to play Orsin Arena on Friday.",
        "Instead, at the arena's request, the show moved to Dunmore Hall in Pellarn.",
    ],
    ["Instead, at the arena's request, the show moved to Dunmore Hall in Pellarn."],
    "other",
    "show moved",
    ["Dunmore Hall", "Pellarn"],
    ["Orsin Arena"],
    "the show moved away from the arena",
)
site(
    CHAIN,
    "Stadium roof finished",
    [
        "Builders finished the roof of Brisk Stadium on Tuesday.",
        "The stadium, home of Brisk Rovers, will host its first match in August.",
        "Fans toured the stadium, Rovers' chairman Teo Varga said, and liked what they saw.",
    ],
    ["Fans toured the stadium, Rovers' chairman Teo Varga said, and liked what they saw."],
    "other",
    "fans tour",
    ["Brisk Stadium"],
    ["Rovers Stadium", "Varga"],
    "a club's or a man's name, not the venue",
)
site(
    CHAIN,
    "Cathedral appeal",
    [
        "Westholm Cathedral needs £4 million for its spire, the dean said.",
        "The cathedral has raised half so far; the cathedral's friends will hold a fair in June.",
    ],
    ["The cathedral has raised half so far; the cathedral's friends will hold a fair in June."],
    "other",
    "fundraising",
    ["Westholm Cathedral"],
    ["Westholm Abbey"],
    "another kind of church",
)
site(
    CHAIN,
    "Hospital and zoo share a power cut",
    [
        "A power cut hit Varno Hospital and Varno Zoo on Wednesday.",
        "At the hospital, generators kept the wards running.",
    ],
    ["At the hospital, generators kept the wards running."],
    "other",
    "generators ran",
    ["Varno Hospital"],
    ["Varno Zoo", "Varno"],
    "the other venue hit, or the town",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
