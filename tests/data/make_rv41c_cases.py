# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set rv41c of session 41's count rules (``grounding_rv41c.jsonl``): cases
written by its reviewer, in new words, at the edges of the rules gcn41a and gcn41b added:

- ``score``: a match's result by a phrasal verb ("saw off", "knocked out", "fell to"), a bare
  participle's subject after its phrase, an agent's name ending at a comma, a third name
  beside a result, a side named by a stand-in ("The Light Blues"), and a tally's score with
  "against" after it ("was 40-12 against the motion": 40 against; "passed 40-12 against fierce
  opposition": 40 for) (``figures/match_scores.py``, ``counts/vote_scores.py``);
- ``bar``: a bar noun's number set against what happened (``counts/thresholds.bar_clash``):
  "The quorum was 15 members, and only 11 turned up"; a "minimum of 40" that is itself the
  count's lower bound ("A minimum of 40 people died") is the count;
- ``share``: a share held by its clause's subject past an aside closed before the verb
  (``figures/share_holders``), an apposition that names the owner, "not X" set off by commas;
- ``unit``: a count that names its unit after its comma takes the sentence's only number in
  that unit (``figures/count_ties.field_unit``): not when the number measures something else
  (a distance from a place, another thing's size, a limit, a feed).

Run ``python tests/data/make_rv41c_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv41c.jsonl")

built = SupportCases(
    "rv41c",
    leads=[
        "GLASGOW (Northline Press) -",
        "By Tamsin Okafor | The Wessex Chronicle",
        "METRO DESK | The Lakeshore Tribune",
        "From our Cardiff newsroom, The Valleys Herald.",
        "SPORT | The Humber Evening Mail",
    ],
)
SCORE, BAR, SHARE, UNIT = "score", "bar", "share", "unit"
PUBLISHED = "2026-04-18"
EXACT, AT_LEAST = "exact", "at_least"

counts = partial(built.count_cases, published=PUBLISHED)


# --- score: a match's result, a tally's sides -------------------------------------------------

S = "Ulster saw off Munster 27-19 at Ravenhill on Friday night."
counts(SCORE, [S], [("Ulster points", 27, EXACT)], [("Ulster points", 19, EXACT)])  # fmt: skip
S = "Holders Porto were knocked out 3-2 on aggregate by Braga."
counts(SCORE, [S], [("Porto goals", 2, EXACT)], [("Porto goals", 3, EXACT)])  # fmt: skip
S = "Millwall fell to a 2-0 defeat at the Den against Blackburn."
counts(SCORE, [S], [("Millwall goals", 0, EXACT)], [("Millwall goals", 2, EXACT)])  # fmt: skip
S = "Beaten 4-1 by Galatasaray in Istanbul, Ajax dropped out of the Champions League."
counts(SCORE, [S], [("Ajax goals", 1, EXACT)], [("Ajax goals", 4, EXACT)])  # fmt: skip
S = "Beaten 2-1 by Hearts on Saturday, Aberdeen boss Jimmy Thelin said his side lacked bite."
counts(SCORE, [S], [("Aberdeen goals", 1, EXACT)], [("Aberdeen goals", 2, EXACT)])  # fmt: skip
S = "Thumped 38-10 by Leinster, Scarlets must now win in Treviso to stay in contention."
counts(SCORE, [S], [("Leinster points", 38, EXACT)], [("Scarlets points", 38, EXACT)])  # fmt: skip
S = "Rangers endured another grim afternoon. The Light Blues were beaten 3-1 by Celtic at Parkhead."
counts(SCORE, [S], [("Rangers goals", 1, EXACT)], [("Rangers goals", 3, EXACT)])  # fmt: skip
S = "Tottenham's slide went on. Ange Postecoglou's side were beaten 2-1 by Villa on Sunday."
counts(SCORE, [S], [("Tottenham goals", 1, EXACT)], [("Tottenham goals", 2, EXACT)])  # fmt: skip
S = "Coventry, knocked out 1-0 by Sheffield United in the semi-final, now face Hull."
counts(SCORE, [S], [("Sheffield United goals", 1, EXACT)], [("Hull goals", 1, EXACT)])  # fmt: skip
S = "The motion passed 40-12 against fierce opposition from the farming lobby."
counts(SCORE, [S], [("votes for the motion", 40, EXACT)], [("votes against the motion", 40, EXACT)])  # fmt: skip
S = "The final tally was 212-198 against the amendment, with six abstentions."
counts(SCORE, [S], [("votes against the amendment", 212, EXACT)], [("votes for the amendment", 212, EXACT)])  # fmt: skip
S = "The board's vote was 7-2 against, with the chair abstaining."
counts(SCORE, [S], [("board members who voted against", 7, EXACT)], [("board members who voted in favour", 7, EXACT)])  # fmt: skip


# --- bar: a threshold's number and what happened against it ---------------------------------

S = "The quorum for the meeting was 25 members, but only 19 came through the doors."
counts(BAR, [S], [("members who attended the meeting", 19, EXACT)], [("members who attended the meeting", 25, EXACT)])  # fmt: skip
S = "The quorum for the meeting was 25 members, but only 19 came through the doors."
counts(BAR, [S], [("members needed for a quorum", 25, EXACT)], [("members needed for a quorum", 19, EXACT)])  # fmt: skip
S = "A minimum of 40 people died in the floods, and 12 more remain missing, officials said."
counts(BAR, [S], [("people killed in the floods", 40, AT_LEAST)], [("people missing after the floods", 40, AT_LEAST)])  # fmt: skip
S = "A minimum of 300 homes will be built on the site, with 90 set aside as affordable housing."
counts(BAR, [S], [("homes to be built on the site", 300, AT_LEAST)], [("affordable homes on the site", 300, EXACT)])  # fmt: skip
S = "The threshold for a debate was 100,000 signatures; the petition drew 142,500."
counts(BAR, [S], [("signatures the petition drew", 142_500, EXACT)], [("signatures the petition drew", 100_000, EXACT)])  # fmt: skip
S = "The hurdle stood at 65 seats, and the coalition won 71 on election night."
counts(BAR, [S], [("seats the coalition won", 71, EXACT)], [("seats the coalition won", 65, EXACT)])  # fmt: skip
S = "The bar is 12 jurors, and 11 of them agreed after two days of deliberation."
counts(BAR, [S], [("jurors who agreed", 11, EXACT)], [("jurors who agreed", 12, EXACT)])  # fmt: skip
S = "The minimum order is 50 units, and the bakery shipped 2,000 in its first week."
counts(BAR, [S], [("units the bakery shipped in its first week", 2000, EXACT)], [("units the bakery shipped in its first week", 50, EXACT)])  # fmt: skip
S = "The club's board needs a quorum of 7 directors; 9 attended on Tuesday."
counts(BAR, [S], [("directors who attended on Tuesday", 9, EXACT)], [("directors who attended on Tuesday", 7, EXACT)])  # fmt: skip
S = "A minimum of 20 flights were cancelled at Gatwick, and 4 were diverted to Stansted."
counts(BAR, [S], [("flights cancelled at Gatwick", 20, AT_LEAST)], [("flights diverted to Stansted", 20, AT_LEAST)])  # fmt: skip
S = "The threshold was 30 votes, and the bill got 34 in the upper house."
counts(BAR, [S], [("votes the bill received in the upper house", 34, EXACT)], [("votes the bill received in the upper house", 30, EXACT)])  # fmt: skip


# --- share: a share's holder past an aside --------------------------------------------------

S = "Clients of Arden Trust, which the Mallory family runs, will receive 18% of the merged firm."
counts(SHARE, [S], [("Arden Trust clients' stake, percent", 18, EXACT)], [("Mallory family stake, percent", 18, EXACT)])  # fmt: skip
S = "The fund's biggest backer, Norwegian pension group Vestra, will hold 9% after the deal."
counts(SHARE, [S], [("Vestra stake, percent", 9, EXACT)], [("Vestra stake, percent", 90, EXACT)])  # fmt: skip
S = "Kestrel's workers, not its founders, will own 60% of the company after the buyout."
counts(SHARE, [S], [("Kestrel workers' stake, percent", 60, EXACT)], [("Kestrel founders' stake, percent", 60, EXACT)])  # fmt: skip
S = "Halden, whose parent Corvo owns 70% of it, will hold 20% of the new venture."
counts(SHARE, [S], [("Halden stake in the new venture, percent", 20, EXACT)], [("Corvo stake in the new venture, percent", 20, EXACT)])  # fmt: skip
S = "The state, through its wealth fund, will keep 25% of the airline."
counts(SHARE, [S], [("state's stake in the airline, percent", 25, EXACT)], [("wealth fund's stake in the airline, percent", 75, EXACT)])  # fmt: skip
S = "Its staff, meanwhile, will own 10% of Pellworth under the plan."
counts(SHARE, [S], [("Pellworth staff stake, percent", 10, EXACT)], [("Pellworth staff stake, percent", 1, EXACT)])  # fmt: skip
S = "Minority holders, including the Brandt family, will own 12% of Sorrel."
counts(SHARE, [S], [("minority holders' stake in Sorrel, percent", 12, EXACT)], [("Brandt family stake in Sorrel, percent", 12, EXACT)])  # fmt: skip
S = "Orla Tech's founders, who once held 55%, now own 14% of the business."
counts(SHARE, [S], [("Orla Tech founders' current stake, percent", 14, EXACT)], [("Orla Tech founders' current stake, percent", 55, EXACT)])  # fmt: skip
S = "Vantor's 40 partners will together own 35% of the firm, and its 900 staff 5%."
counts(SHARE, [S], [("Vantor partners' stake, percent", 35, EXACT)], [("Vantor staff stake, percent", 35, EXACT)])  # fmt: skip
S = "Investors in Redwall, which Ashby Capital bought in 2019, will get 30% of the group."
counts(SHARE, [S], [("Redwall investors' stake, percent", 30, EXACT)], [("Ashby Capital stake, percent", 30, EXACT)])  # fmt: skip
S = "Shareholders in Tolland, rather than Brook's, will end up with 58% of the combined bank."
counts(SHARE, [S], [("Tolland shareholders' stake, percent", 58, EXACT)], [("Brook shareholders' stake, percent", 58, EXACT)])  # fmt: skip


# --- unit: a count named in its unit and the sentence's only number in it ---------------------

S = "The new pier replaces a Victorian one that ran 450m out to sea before the storm."
counts(UNIT, [S], [("old pier length, metres", 450, EXACT)], [("new pier length, metres", 450, EXACT)])  # fmt: skip
S = "The planned runway will sit 3km from the edge of the town, the council said."
counts(UNIT, [S], [("distance from the runway to the town, km", 3, EXACT)], [("runway length, km", 3, EXACT)])  # fmt: skip
S = "The driver was clocked at 95 mph on a road where the limit is low, police said."
counts(UNIT, [S], [("driver's speed, mph", 95, EXACT)], [("speed limit on the road, mph", 95, EXACT)])  # fmt: skip
S = "Ships up to 50m can now pass beneath the Kessock crossing, the port said."
counts(UNIT, [S], [("largest ship that can pass, metres", 50, EXACT)], [("Kessock crossing length, metres", 50, EXACT)])  # fmt: skip
S = "The Coast Path walk starts 3 miles north of the village and climbs to the headland."
counts(UNIT, [S], [("distance from the village to the start of the walk, miles", 3, EXACT)], [("Coast Path walk length, miles", 3, EXACT)])  # fmt: skip
S = "Keepers feed the panda cub 2kg of bamboo a day, the zoo said."
counts(UNIT, [S], [("bamboo fed to the cub a day, kg", 2, EXACT)], [("panda cub weight, kg", 2, EXACT)])  # fmt: skip
S = "The lorry was carrying 18 tonnes of gravel when it crossed the weak bridge."
counts(UNIT, [S], [("gravel the lorry carried, tonnes", 18, EXACT)], [("bridge weight limit, tonnes", 18, EXACT)])  # fmt: skip
S = "The lifeboat was launched 200m from the slipway as the yacht drifted."
counts(UNIT, [S], [("distance of the launch from the slipway, metres", 200, EXACT)], [("lifeboat length, metres", 200, EXACT)])  # fmt: skip
S = "The new viaduct spans 640 metres across the Taff valley."
counts(UNIT, [S], [("viaduct span, metres", 640, EXACT)], [("viaduct height, metres", 640, EXACT)])  # fmt: skip
S = "The hovercraft can hit 110 km/h over flat water, its makers say."
counts(UNIT, [S], [("hovercraft top speed, km/h", 110, EXACT)], [("hovercraft top speed, km/h", 11, EXACT)])  # fmt: skip
S = "The chimney, due to come down next month, stands 9m taller than the mill."
counts(UNIT, [S], [("how much taller the chimney is than the mill, metres", 9, EXACT)], [("chimney height, metres", 9, EXACT)])  # fmt: skip


# --- unit, session 42 (gcn42a): a measure of stuff is the stuff's ("2kg of bamboo"), and a
# count's two-letter unit after its comma is its unit beside a period ("a day, kg") --------

S = "Volunteers cleared 6 tonnes of litter from the beach beside the old lighthouse."
counts(UNIT, [S], [("litter cleared from the beach, tonnes", 6, EXACT)], [("lighthouse weight, tonnes", 6, EXACT)])  # fmt: skip
S = "The tanker spilled 40 litres of diesel into the harbour near the ferry pier."
counts(UNIT, [S], [("diesel spilled, litres", 40, EXACT)], [("ferry pier length, litres", 40, EXACT)])  # fmt: skip
S = "Crews laid 12 miles of new cable under the estuary last summer."
counts(UNIT, [S], [("cable laid under the estuary, miles", 12, EXACT)], [("estuary width, miles", 12, EXACT)])  # fmt: skip
S = "The farm sold 300 kilograms of honey at the county show."
counts(UNIT, [S], [("honey sold at the show, kilograms", 300, EXACT)], [("county show crowd weight, kilograms", 300, EXACT)])  # fmt: skip
S = "Each runner covers 8km of trail a day during the relay, organisers said."
counts(UNIT, [S], [("trail each runner covers a day, km", 8, EXACT)], [("runners in the relay", 8, EXACT)])  # fmt: skip
S = "The elephant eats 150kg of hay a day, its keepers said."
counts(UNIT, [S], [("hay the elephant eats a day, kg", 150, EXACT)], [("elephant weight, kg", 150, EXACT)])  # fmt: skip
S = "The rover drives 3km of rough ground a week on the crater floor."
counts(UNIT, [S], [("ground the rover drives a week, km", 3, EXACT)], [("crater width, km", 3, EXACT)])  # fmt: skip
S = "The mill grinds 90kg of oats a day for the village bakery."
counts(UNIT, [S], [("oats the mill grinds a day, kg", 90, EXACT)], [("bakery oven weight, kg", 90, EXACT)])  # fmt: skip

S = "The port shipped 5,000 tonnes of winter-grade road salt to the council in January."
counts(UNIT, [S], [("road salt shipped to the council, tonnes", 5000, EXACT)], [("port's storage capacity, tonnes", 5000, EXACT)])  # fmt: skip
S = "The survey team logged 900 km of cycling on mountain roads over the summer."
counts(UNIT, [S], [("km of mountain roads covered", 900, EXACT)], [("km of mountain roads covered", 90, EXACT)])  # fmt: skip


# --- session 43 (gcn43a): a passed score's "against" opens what it passed against; a share's
# owner named in an aside set against its subject, or by a later clause's verb of having; a
# bar noun's "of" and a minimum's noun stated by a copula -----------------------------------

S = "The resolution carried 31-9 against strong objections from the opposition benches."
counts(SCORE, [S], [("votes for the resolution", 31, EXACT)], [("votes against the resolution", 31, EXACT)])  # fmt: skip
S = "The bylaw was approved 14-3 against the wishes of local traders."
counts(SCORE, [S], [("votes in favour of the bylaw", 14, EXACT)], [("votes against the bylaw", 14, EXACT)])  # fmt: skip
S = "The budget passed 220-190 against a backdrop of protests outside the hall."
counts(SCORE, [S], [("votes against the budget", 190, EXACT)], [("votes against the budget", 220, EXACT)])  # fmt: skip
S = "Members voted 58-40 against the amendment on Thursday night."
counts(SCORE, [S], [("votes against the amendment", 58, EXACT)], [("votes for the amendment", 58, EXACT)])  # fmt: skip
S = "The harbour plan was adopted 9-4 against the advice of council officers."
counts(SCORE, [S], [("votes for the harbour plan", 9, EXACT)], [("votes against the harbour plan", 9, EXACT)])  # fmt: skip

S = "Kestrel will keep 55% of the joint venture, with Moravia Foods taking the remaining 45%."
counts(SHARE, [S], [("Moravia Foods stake in the joint venture, percent", 45, EXACT)], [("Moravia Foods stake in the joint venture, percent", 55, EXACT)])  # fmt: skip
S = "It will own 70% of the new port operator, with Harlan Docks keeping 30%."
counts(SHARE, [S], [("Harlan Docks stake in the new port operator, percent", 30, EXACT)], [("Harlan Docks stake in the new port operator, percent", 70, EXACT)])  # fmt: skip
S = "Pension funds own 40% of the stadium bonds, with local councils holding 35% and banks 25%."
counts(SHARE, [S], [("local councils' share of the stadium bonds, percent", 35, EXACT)], [("banks' share of the stadium bonds, percent", 35, EXACT)])  # fmt: skip
S = "The state, not the founders, will hold 51% of the rail company."
counts(SHARE, [S], [("state's stake in the rail company, percent", 51, EXACT)], [("founders' stake in the rail company, percent", 51, EXACT)])  # fmt: skip
S = "Arvon, whose owner Telmar holds 80% of it, will take 15% of the mine."
counts(SHARE, [S], [("Arvon stake in the mine, percent", 15, EXACT)], [("Telmar stake in the mine, percent", 15, EXACT)])  # fmt: skip
S = "Small holders, including the Okoro family, will own 9% of Brightwater."
counts(SHARE, [S], [("small holders' stake in Brightwater, percent", 9, EXACT)], [("Okoro family stake in Brightwater, percent", 9, EXACT)])  # fmt: skip
S = "Bondholders in Ostrava Steel, rather than its banks, will end up with 62% of the restructured company."
counts(SHARE, [S], [("Ostrava Steel bondholders' stake, percent", 62, EXACT)], [("banks' stake in the restructured company, percent", 62, EXACT)])  # fmt: skip
S = "Its staff will own 20% of the cooperative, with Lindqvist farmers taking the other 80%."
counts(SHARE, [S], [("Lindqvist farmers' stake in the cooperative, percent", 80, EXACT)], [("Lindqvist farmers' stake in the cooperative, percent", 20, EXACT)])  # fmt: skip

S = "The society needs a quorum of 30 members; 41 attended the annual meeting."
counts(BAR, [S], [("members needed for a quorum", 30, EXACT)], [("members who attended the annual meeting", 30, EXACT)])  # fmt: skip
S = "The minimum order is 200 boxes, and the farm sold 3,500 in May."
counts(BAR, [S], [("minimum order, boxes", 200, EXACT)], [("boxes the farm sold in May", 200, EXACT)])  # fmt: skip
S = "The league sets a quorum of 12 clubs; 15 voted on Monday."
counts(BAR, [S], [("quorum of clubs", 12, EXACT)], [("clubs that voted on Monday", 12, EXACT)])  # fmt: skip
S = "The minimum stake is 5 pounds, and punters placed 900 bets on the final."
counts(BAR, [S], [("minimum stake, pounds", 5, EXACT)], [("bets placed on the final", 5, EXACT)])  # fmt: skip

# --- session 43, closer gcn43b: a measure the page gives another dimension by the word after
# its unit ("high", "up", "from", "east of", "across"; figures/measure_dimensions), and a bare
# "m" English makes a metre (after "measured", before "taller", a "down" ending its clause,
# "from" and a place; figures/house_numbers.metre_length)
S = "The lighthouse stands 40m high on the cliff above the bay."
counts(UNIT, [S], [("lighthouse height, metres", 40, EXACT)], [("lighthouse length, metres", 40, EXACT)])  # fmt: skip
S = "The new reservoir will sit 5km from the town, the water company said."
counts(UNIT, [S], [("distance of the reservoir from the town, km", 5, EXACT)], [("reservoir length, km", 5, EXACT)])  # fmt: skip
S = "The climbers were 200 feet up when the rope snapped, rescuers said."
counts(UNIT, [S], [("climbers' height on the cliff, feet", 200, EXACT)], [("rope length, feet", 200, EXACT)])  # fmt: skip
S = "The new causeway runs 2km from the harbour to the island."
counts(UNIT, [S], [("causeway length, km", 2, EXACT)], [("causeway width, km", 2, EXACT)])  # fmt: skip
S = "The hotel, 3 miles east of the station, reopened in June."
counts(UNIT, [S], [("hotel's distance from the station, miles", 3, EXACT)], [("hotel driveway length, miles", 3, EXACT)])  # fmt: skip
S = "The crater on the moor is 2km across, the survey found."
counts(UNIT, [S], [("crater width, km", 2, EXACT)], [("crater depth, km", 2, EXACT)])  # fmt: skip
S = "The skeleton in the quarry measured 14m from skull to tail."
counts(UNIT, [S], [("skeleton length, metres", 14, EXACT)], [("skeleton length, metres", 41, EXACT)])  # fmt: skip
S = "The new tower will stand 12m taller than the cathedral spire."
counts(UNIT, [S], [("how much taller the tower is than the spire, metres", 12, EXACT)], [("how much taller the tower is than the spire, metres", 21, EXACT)])  # fmt: skip
S = "Divers reached the bell 45m down, a mile off Lundy."
counts(UNIT, [S], [("depth of the bell, metres", 45, EXACT)], [])  # fmt: skip
S = "The buoy was moored 300m from the pier during the regatta."
counts(UNIT, [S], [("distance of the buoy from the pier, metres", 300, EXACT)], [])  # fmt: skip
S = "Turnover at the group was 9m down on last year, the accounts show."
counts(UNIT, [S], [], [("depth of the dive, metres", 9, EXACT)])  # fmt: skip
S = "Passenger numbers at the airport rose 4m from the year before."
counts(UNIT, [S], [], [("distance of the airport from the city, metres", 4, EXACT)])  # fmt: skip

S = "The pier is being extended, with piling starting 150 metres from the promenade."
counts(UNIT, [S], [("distance of the piling from the promenade, metres", 150, EXACT)], [("pier extension, metres", 150, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
