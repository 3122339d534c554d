# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 42's new count rules (``grounding_rv42c.jsonl``, review
rv42c of session 42), cases written by the reviewer in new words, at the edges of

- ``stuff``: a measure of the stuff after its unit and "of" (gcn42a, figures/measured_stuff):
  a count that names the stuff by another word ("diesel" for fuel, "cocaine" for drugs), the
  thing carrying it ("lorry load"), a distance measured "of open water"; against a measure of
  stuff given to another thing (the vehicle's weight, the animal's); a share of its whole
  against a share of another whole, and a whole named by another word ("sales" for the market);
- ``changes``: "by A to B per cent" read as a range of a change (gcn42b), against a level
  reached past a change's size ("fell by 5 to 20 per cent": 20 is the level); a verb of change a
  few words before "by" whose "by" brings in the doers ("raised last year by 12 universities");
  a score described by the phrase after its comma, against a phrase that names another match
  ("a week after their biggest win");
- ``bounds``: a count naming a limit or cap in the count's unit (rv42old's bound-word rule in
  figures/count_ties), said by another form of the word or another wording ("limited to",
  "capped at", "banned over", "must not exceed"), against a speed or weight merely reached.

Run ``python tests/data/make_rv42c_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv42c.jsonl")

built = SupportCases(
    "rv42c",
    leads=[
        "By Nadia Pryor | The Medway Messenger",
        "DENVER (Front Range Wire) -",
        "NEWS DESK | The Solway Courier",
        "Business desk, The Carolina Ledger.",
    ],
)
STUFF, CHANGES, BOUNDS = "stuff", "changes", "bounds"
PUBLISHED = "2026-05-07"
EXACT, MORE, LEAST, UPTO = "exact", "more_than", "at_least", "up_to"
counts = partial(built.count_cases, published=PUBLISHED)

# --- stuff: a measure of the stuff after "of" -----------------------------------------------
counts(STUFF, ["The tanker spilled 40,000 litres of diesel into the Medway at Chatham, the Environment Agency said."],
       [("fuel spilled into the river, litres", 40000, EXACT)], [("tanker capacity, litres", 40000, EXACT)])  # fmt: skip
counts(STUFF, ["Border officers found 90kg of cocaine hidden in crates of bananas at Felixstowe."],
       [("drugs seized at Felixstowe, kg", 90, EXACT)], [("banana crates' weight, kg", 90, EXACT)])  # fmt: skip
counts(STUFF, ["The lorry was carrying 26 tonnes of gravel when it overturned on the A57."],
       [("lorry load, tonnes", 26, EXACT)], [("A57 bridge weight limit, tonnes", 26, EXACT)])  # fmt: skip
counts(STUFF, ["Sarah Ellis swam 21 miles of open water from Dover to Cap Gris-Nez in 14 hours."],
       [("Channel swim distance, miles", 21, EXACT)], [("Dover harbour wall length, miles", 21, EXACT)])  # fmt: skip
counts(STUFF, ["Volunteers walked 630 miles of the coast path this summer to raise money for the lifeboats."],
       [("charity walk distance, miles", 630, EXACT)], [])  # fmt: skip
counts(STUFF, ["Keepers give the sea lion 6kg of herring a day, and she now weighs 95kg."],
       [("sea lion weight, kg", 95, EXACT), ("fish fed to the sea lion a day, kg", 6, EXACT)], [("sea lion weight, kg", 6, EXACT)])  # fmt: skip
counts(STUFF, ["The crane lifted 60 tonnes of steel beams onto the new bridge deck on Sunday."],
       [("steel lifted onto the deck, tonnes", 60, EXACT)], [("crane weight, tonnes", 60, EXACT), ("bridge deck weight, tonnes", 60, EXACT)])  # fmt: skip
counts(STUFF, ["The trawler landed 12 tonnes of cod at Peterhead after a week in the North Sea."],
       [("catch landed at Peterhead, tonnes", 12, EXACT)], [("trawler weight, tonnes", 12, EXACT)])  # fmt: skip
counts(STUFF, ["A burst main sent 3 million litres of water into the streets of Hove overnight."],
       [("water lost from the burst main, litres", 3000000, EXACT)], [("main's daily capacity, litres", 3000000, EXACT)])  # fmt: skip
counts(STUFF, ["Crews laid 4km of new track between the two stations during the Easter closure."],
       [("railway track laid, km", 4, EXACT)], [("distance between the stations, km", 4, EXACT)])  # fmt: skip
counts(STUFF, ["Farmers in Kent lost 800 tonnes of their apple crop to the April frost."],
       [("apples lost to frost, tonnes", 800, EXACT)], [("farm size in Kent, tonnes", 800, EXACT)])  # fmt: skip
# shares of a whole
counts(STUFF, ["Electric cars took 16% of the market in March, while hybrids made up 12% of sales."],
       [("hybrids' share of the market, percent", 12, EXACT), ("electric cars' share of the market, percent", 16, EXACT)],
       [("hybrids' share of the market, percent", 16, EXACT)])  # fmt: skip
counts(STUFF, ["Nurses make up 30% of the hospital's staff, and agency workers 9% of its workforce."],
       [("agency workers' share of the hospital's staff, percent", 9, EXACT)],
       [("agency workers' share of the hospital's staff, percent", 30, EXACT)])  # fmt: skip
counts(STUFF, ["Retail accounts for 14% of the city's jobs but 22% of its low-paid posts, the study found."],
       [("retail share of low-paid posts, percent", 22, EXACT)], [("retail share of low-paid posts, percent", 14, EXACT)])  # fmt: skip

# --- changes: "by A to B", a verb before "by", a score's apposed phrase ----------------------
counts(CHANGES, ["Support for the Greens fell by 5 to 20 per cent in the latest poll."],
       [("Greens' poll rating, per cent", 20, EXACT), ("fall in Greens' support, percentage points", 5, EXACT)],
       [("fall in Greens' support, per cent", 20, UPTO), ("Greens' poll rating, per cent", 5, EXACT)])  # fmt: skip
counts(CHANGES, ["Turnout dropped by 12 to 48 per cent, the lowest since the war."],
       [("turnout, per cent", 48, EXACT)], [("turnout, per cent", 12, EXACT), ("drop in turnout, per cent", 48, UPTO)])  # fmt: skip
counts(CHANGES, ["Ticket prices will rise by 4 to 9 per cent from January, the operator said."],
       [("ticket price rise, per cent", 9, UPTO), ("ticket price rise, per cent", 4, LEAST)],
       [("ticket price rise, per cent", 9, EXACT)])  # fmt: skip
counts(CHANGES, ["Tuition fees were raised last year by 12 universities to £9,500, the regulator said."],
       [("universities raising fees", 12, EXACT)], [("universities raising fees", 9500, EXACT)])  # fmt: skip
counts(CHANGES, ["The hospital increased its theatre staff by 40 to 310 after the review."],
       [("theatre staff at the hospital", 310, EXACT), ("increase in theatre staff", 40, EXACT)],
       [("theatre staff at the hospital", 40, EXACT)])  # fmt: skip
counts(CHANGES, ["Waiting lists were cut by 20 to 30 per cent in the three pilot areas."],
       [("cut in waiting lists, per cent", 30, UPTO)], [("cut in waiting lists, per cent", 20, EXACT)])  # fmt: skip
counts(CHANGES, ["Leeds drew 1-1 with Hull on Saturday, a week after their biggest home win of the season."],
       [("Leeds goals against Hull", 1, EXACT)], [("Leeds goals in their biggest home win", 1, EXACT)])  # fmt: skip
counts(CHANGES, ["Exeter beat Gloucester 31-10 at Sandy Park, their first home win since October."],
       [("Exeter points in their first home win", 31, EXACT)], [("Exeter points in their first home win", 10, EXACT)])  # fmt: skip
counts(CHANGES, ["Derby lost 2-0 to Stoke, three days after their heaviest defeat of the season at Millwall."],
       [("Derby goals against Stoke", 0, EXACT)], [("Stoke goals in Derby's heaviest defeat", 2, EXACT)])  # fmt: skip
counts(CHANGES, ["Hearts beat Aberdeen 3-2 at Tynecastle, Aberdeen's first defeat in nine games."],
       [("Aberdeen goals in their first defeat in nine games", 2, EXACT)], [("Aberdeen goals in their first defeat in nine games", 3, EXACT)])  # fmt: skip

# --- bounds: a limit or cap said in other words ---------------------------------------------
counts(BOUNDS, ["Traffic through Ashwell will be limited to 20mph from June, the council said."],
       [("speed limit in Ashwell, mph", 20, EXACT)], [])  # fmt: skip
counts(BOUNDS, ["Loads on the old swing bridge are capped at 18 tonnes, the county engineer said."],
       [("bridge load cap, tonnes", 18, EXACT), ("bridge weight limit, tonnes", 18, EXACT)], [])  # fmt: skip
counts(BOUNDS, ["Drivers must not exceed 50 km/h through the roadworks on the ring road."],
       [("speed limit through the roadworks, km/h", 50, EXACT)], [])  # fmt: skip
counts(BOUNDS, ["Lorries heavier than 7.5 tonnes are banned from the bridge at Wool."],
       [("bridge weight limit, tonnes", 7.5, EXACT)], [])  # fmt: skip
counts(BOUNDS, ["Boats may travel no faster than 4 mph on the canal, the trust reminded owners."],
       [("canal speed limit, mph", 4, EXACT)], [])  # fmt: skip
counts(BOUNDS, ["Under the new rules, e-scooters are restricted to a top speed of 15.5 mph."],
       [("e-scooter speed limit, mph", 15.5, EXACT)], [])  # fmt: skip
counts(BOUNDS, ["The coach was travelling at 62 mph when it left the road near Kendal, the inquest heard."],
       [("coach speed, mph", 62, EXACT)], [("speed limit on the road, mph", 62, EXACT)])  # fmt: skip
counts(BOUNDS, ["A lorry weighing 32 tonnes was filmed crossing the bridge at Wool on Tuesday."],
       [("lorry weight, tonnes", 32, EXACT)], [("bridge weight limit, tonnes", 32, EXACT), ("permitted weight on the bridge, tonnes", 32, EXACT)])  # fmt: skip
counts(BOUNDS, ["The drone flew 120 metres above the stadium during the cup final, police said."],
       [("drone height above the stadium, metres", 120, EXACT)], [("legal height cap for drones, metres", 120, EXACT), ("allowed drone height, metres", 120, EXACT)])  # fmt: skip
counts(BOUNDS, ["Cyclists reached 58 km/h on the descent into Hebden Bridge, residents said."],
       [("cyclists' top speed on the descent, km/h", 58, EXACT)], [("speed limit on the descent, km/h", 58, EXACT)])  # fmt: skip
counts(BOUNDS, ["The boat was found carrying 19 tonnes of fish, almost double its permitted catch."],
       [("fish on board, tonnes", 19, EXACT)], [("boat's permitted catch, tonnes", 19, EXACT)])  # fmt: skip
counts(BOUNDS, ["The van, which weighed 4.2 tonnes, broke the legal limit for the lane."],
       [("van weight, tonnes", 4.2, EXACT)], [("legal weight limit for the lane, tonnes", 4.2, EXACT)])  # fmt: skip

counts(BOUNDS, ["Trains hit 125 mph on the straight north of Grantham during the trial."],
       [("trains' top speed in the trial, mph", 125, EXACT)], [("permitted line speed, mph", 125, EXACT)])  # fmt: skip
counts(BOUNDS, ["Police clocked a Porsche at 112 mph on the M40 near Banbury."],
       [("Porsche's speed, mph", 112, EXACT)], [("M40 speed limit, mph", 112, EXACT)])  # fmt: skip


# --- session 43, closer gcn43b: a bound is no measure a verb says was reached, gone, weighed
# or carried (figures/count_bounds.bound_reached), and a duty or permission not to pass a
# number sizes the bound exactly (bound_size); stuff in "-ing" ("herring", "fencing") and a
# distance between places (figures/measured_stuff)
counts(BOUNDS, ["The ambulance reached 84 mph on the dual carriageway near Thirsk, the trust said."],
       [("ambulance's top speed, mph", 84, EXACT)], [("dual carriageway speed limit, mph", 84, EXACT)])  # fmt: skip
counts(BOUNDS, ["A tractor weighing 18 tonnes crossed the weir bridge at Bakewell on Monday."],
       [("tractor weight, tonnes", 18, EXACT)], [("weir bridge weight limit, tonnes", 18, EXACT)])  # fmt: skip
counts(BOUNDS, ["The paraglider climbed 900 metres above Mam Tor before landing safely in a field."],
       [("paraglider's climb above Mam Tor, metres", 900, EXACT)], [("legal height cap for paragliders, metres", 900, EXACT)])  # fmt: skip
counts(BOUNDS, ["A minibus carrying 17 walkers broke down on the Snake Pass, police said."],
       [("walkers on the minibus", 17, EXACT)], [("minibus passenger limit", 17, EXACT)])  # fmt: skip
counts(BOUNDS, ["Barges must not exceed 4 knots on the canal through Skipton, the trust said."],
       [("canal speed limit, knots", 4, EXACT)], [("barges' speed on the canal, knots", 4, EXACT)])  # fmt: skip
counts(BOUNDS, ["Boats on the mere may carry up to 12 passengers, the park authority said."],
       [("mere boat passenger limit", 12, EXACT)], [("passengers on each boat", 12, EXACT)])  # fmt: skip
counts(BOUNDS, ["Under the new rules, coaches may weigh no more than 19 tonnes on the causeway."],
       [("causeway weight limit, tonnes", 19, EXACT)], [])  # fmt: skip
counts(BOUNDS, ["Vans were seen travelling at up to 80 mph on the lane past the school, residents said."],
       [("vans' speed on the lane, mph", 80, UPTO)], [("lane speed limit, mph", 80, EXACT)])  # fmt: skip
counts(BOUNDS, ["The quarry lorries weighed up to 44 tonnes each, the inquiry heard."],
       [("quarry lorry weight, tonnes", 44, UPTO)], [("bridge weight limit, tonnes", 44, EXACT)])  # fmt: skip
counts(STUFF, ["Fishermen landed 300kg of whiting at Whitby on Thursday."],
       [("whiting landed at Whitby, kg", 300, EXACT)], [("trawler weight, kg", 300, EXACT)])  # fmt: skip
counts(STUFF, ["The council bought 3 miles of fencing for the new country park."],
       [("fencing bought for the park, miles", 3, EXACT)], [("park perimeter length, miles", 3, EXACT)])  # fmt: skip
counts(STUFF, ["Electricians ran 2km of wiring through the new hospital wing this spring."],
       [("wiring run through the wing, km", 2, EXACT)], [("hospital wing length, km", 2, EXACT)])  # fmt: skip
counts(STUFF, ["Engineers built 6km of new road between the two villages last year."],
       [("new road built, km", 6, EXACT)], [("distance between the villages, km", 6, EXACT)])  # fmt: skip
counts(STUFF, ["Crews laid 3 miles of cable from the substation to the farm in a week."],
       [("cable laid, miles", 3, EXACT)], [("distance from the substation to the farm, miles", 3, EXACT)])  # fmt: skip

# a measure hyphen-joined to its unit sizes the thing after it, not a bound; a bound's own
# noun after it ("a 10-tonne limit") makes it the bound's size (count_bounds._sized_thing)
counts(BOUNDS, ["The lane was closed after a 40-tonne crane toppled onto it on Friday."],
       [("crane weight, tonnes", 40, EXACT)], [("lane weight limit, tonnes", 40, EXACT)])  # fmt: skip
counts(BOUNDS, ["A 9-tonne van hit the parapet of the old bridge at dawn."],
       [("van weight, tonnes", 9, EXACT)], [("old bridge weight limit, tonnes", 9, EXACT)])  # fmt: skip
counts(BOUNDS, ["A 26-tonne bin lorry got stuck on the lane behind the church."],
       [("bin lorry weight, tonnes", 26, EXACT)], [("lane weight limit, tonnes", 26, EXACT)])  # fmt: skip
counts(BOUNDS, ["A 6-tonne statue was lifted onto the plinth by the bridge."],
       [("statue weight, tonnes", 6, EXACT)], [("bridge weight limit, tonnes", 6, EXACT)])  # fmt: skip
counts(BOUNDS, ["The council has put a 7-tonne weight limit on the old bridge at Wray."],
       [("old bridge weight limit, tonnes", 7, EXACT)], [])  # fmt: skip
counts(BOUNDS, ["The council brought in a 3-tonne restriction on the lane last spring."],
       [("lane weight limit, tonnes", 3, EXACT)], [])  # fmt: skip
counts(BOUNDS, ["Ministers set a 500-tonne cap on the herring catch off Shetland."],
       [("herring catch cap, tonnes", 500, EXACT)], [])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
