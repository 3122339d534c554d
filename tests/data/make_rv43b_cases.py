# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 43's measure and bound rules (``grounding_rv43b.jsonl``,
review rv43b of closer gcn43b), cases written by the reviewer in new words, at the edges of

- ``bounds``: a bound is no measure a verb says was reached, gone, weighed or carried, nor the
  size of a thing hyphen-joined to its unit (figures/count_bounds.bound_reached), and a modal
  before an upper-bounded number sizes a bound exactly (bound_size): a bound told after the
  reached number by an apposed phrase ("carrying 24 people, the most it is licensed for"), a
  bound's noun the rule does not know ("a 12-tonne threshold"), a modal of likelihood ("may
  have been doing up to 90 mph"); and right values told with no bound word at all (a train's
  top speed, a lorry's weight, a speed reached given as that speed);
- ``dimensions``: a measure's dimension by the word after its unit (figures/measure_dimensions):
  a length told "from" a place ("runs 14 miles from Keswick"), an altitude told "high", a
  breadth told "across", a comma before a comparative; distances "from", "east of" given as
  distances; a distance "between" places against the stuff laid between them
  (figures/measured_stuff);
- ``units``: a bare "m" as metres or a million (figures/house_numbers.metre_length) after
  "measured", before a comparative, a clause-ending "down" and "from the"; "m" for million next
  to "m" for metres; stuff nouns in "-ing"; a time span's numeral after "the" sizing a window
  (figures/qualifier_scope.spans_window) against a mark of days passed.

Run ``python tests/data/make_rv43b_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv43b.jsonl")

built = SupportCases(
    "rv43b",
    leads=[
        "By Imogen Thwaite | The Tamar Valley Times",
        "BOISE, Idaho (Snake River Wire) -",
        "TRANSPORT DESK | The Fenland Recorder",
        "Metro section, The Chesapeake Ledger.",
    ],
)
BOUNDS, DIMENSIONS, UNITS = "bounds", "dimensions", "units"
PUBLISHED = "2026-06-11"
EXACT, MORE, LEAST, UPTO = "exact", "more_than", "at_least", "up_to"
counts = partial(built.count_cases, published=PUBLISHED)

# --- bounds: right values told with no bound word ------------------------------------------
counts(BOUNDS, ["The new Avanti train reached 140 mph on the test run between Crewe and Stafford."],
       [("Avanti train top speed on the test run, mph", 140, EXACT)], [("speed limit between Crewe and Stafford, mph", 140, EXACT)])  # fmt: skip
counts(BOUNDS, ["A lorry weighing 38 tonnes overturned on the A17 at Sutton Bridge on Tuesday night."],
       [("overturned lorry's weight, tonnes", 38, EXACT)], [("Sutton Bridge weight limit, tonnes", 38, EXACT)])  # fmt: skip
counts(BOUNDS, ["Police clocked a motorcyclist at 131 mph on the A66 near Brough, the highest speed they recorded this year."],
       [("motorcyclist's speed on the A66, mph", 131, EXACT)], [("A66 speed limit, mph", 131, EXACT)])  # fmt: skip
counts(BOUNDS, ["A 12-tonne load of steel girders slipped from the trailer on the ring road."],
       [("steel load that slipped, tonnes", 12, EXACT)], [("ring road weight limit, tonnes", 12, EXACT)])  # fmt: skip
counts(BOUNDS, ["Gusts hit 94 mph at the Needles on Sunday, the Met Office said."],
       [("highest gust at the Needles, mph", 94, EXACT)], [])  # fmt: skip
# right values: the bound told in a phrase after the reached number, or by a stand-in
counts(BOUNDS, ["The lifeboat was carrying 24 people, the most it is licensed to take, when it was called out."],
       [("lifeboat passenger limit", 24, EXACT)], [])  # fmt: skip
counts(BOUNDS, ["The Gresley engine hit 126 mph, the highest speed permitted on that stretch of the line."],
       [("permitted speed on that stretch of line, mph", 126, EXACT)], [])  # fmt: skip
counts(BOUNDS, ["Rents in the scheme rose to $1,480 a month, the maximum allowed under the county ordinance."],
       [("rent cap under the county ordinance, dollars", 1480, EXACT)], [])  # fmt: skip
counts(BOUNDS, ["Trucks weighing 18 tonnes or more are barred from the Wharfe bridge until repairs are done."],
       [("Wharfe bridge weight limit, tonnes", 18, EXACT)], [("weight of trucks on the bridge, tonnes", 18, EXACT)])  # fmt: skip
counts(BOUNDS, ["Councillors agreed a 12-tonne threshold for vehicles on Ferry Lane after the culvert collapsed."],
       [("Ferry Lane weight limit, tonnes", 12, EXACT)], [])  # fmt: skip
counts(BOUNDS, ["The ministry set a 400-foot ceiling for hobby drones near the airport."],
       [("legal height cap for hobby drones, feet", 400, EXACT)], [])  # fmt: skip
# wrong values the bound rules might now let through
counts(BOUNDS, ["Police said the driver may have been travelling at up to 90 mph on the 40 mph road."],
       [("driver's speed, mph", 90, UPTO)], [("road speed limit, mph", 90, EXACT)])  # fmt: skip
counts(BOUNDS, ["Analysts say rail fares could rise by up to 6% next year if inflation holds."],
       [("possible rise in rail fares, percent", 6, UPTO)], [("rail fare cap, percent", 6, EXACT)])  # fmt: skip
counts(BOUNDS, ["Forecasters said temperatures may reach up to 39C in Sacramento on Thursday."],
       [("forecast high in Sacramento, Celsius", 39, UPTO)], [("legal workplace heat limit, Celsius", 39, EXACT)])  # fmt: skip
counts(BOUNDS, ["Despite the 50 mph limit on the bridge, a van was filmed doing 87 mph across it."],
       [("bridge speed limit, mph", 50, EXACT)], [("bridge speed limit, mph", 87, EXACT)])  # fmt: skip
counts(BOUNDS, ["The crane was lifting a 22-tonne beam when the outrigger gave way, the inquiry heard."],
       [("beam weight, tonnes", 22, EXACT)], [("crane's permitted load, tonnes", 22, EXACT)])  # fmt: skip
counts(BOUNDS, ["Fishing boats landed 240 tonnes of mackerel at Newlyn last week."],
       [("mackerel landed at Newlyn, tonnes", 240, EXACT)], [("mackerel quota cap, tonnes", 240, EXACT)])  # fmt: skip
counts(BOUNDS, ["A coach carrying 49 pensioners was stopped on the M5 because it had bald tyres."],
       [("pensioners on the coach", 49, EXACT)], [("coach's legal passenger limit", 49, EXACT)])  # fmt: skip
counts(BOUNDS, ["The tanker was doing 58 mph in a 40 zone when it left the road, the court heard."],
       [("tanker's speed, mph", 58, EXACT)], [("speed limit, mph", 58, EXACT)])  # fmt: skip

counts(BOUNDS, ["Trains hit 125 mph on the branch, though its top permitted speed is 100 mph."],
       [("branch line speed limit, mph", 100, EXACT)], [("branch line speed limit, mph", 125, EXACT)])  # fmt: skip
counts(BOUNDS, ["A quad bike hit 70 mph on the lane, the fastest the camera there has recorded."],
       [], [("lane speed limit, mph", 70, EXACT)])  # fmt: skip

# --- dimensions: lengths, heights and distances told by the word after the unit --------------
counts(DIMENSIONS, ["The new cycle path runs 14 miles from Keswick along the old railway line."],
       [("cycle path length, miles", 14, EXACT)], [])  # fmt: skip
counts(DIMENSIONS, ["Ben Macdui's summit is 1,309 metres high, second only to Ben Nevis."],
       [("Ben Macdui summit altitude, metres", 1309, EXACT)], [("Ben Macdui summit breadth, metres", 1309, EXACT)])  # fmt: skip
counts(DIMENSIONS, ["At Kew the Thames is 100 metres across."],
       [("breadth of the Thames at Kew, metres", 100, EXACT)], [])  # fmt: skip
counts(DIMENSIONS, ["The runway will be 3.5km, longer than the one at Gatwick."],
       [("runway length, km", 3.5, EXACT)], [])  # fmt: skip
counts(DIMENSIONS, ["The village of Barrow lies 4 miles east of Bury St Edmunds."],
       [("distance of Barrow from Bury St Edmunds, miles", 4, EXACT)], [("Barrow's length, miles", 4, EXACT)])  # fmt: skip
counts(DIMENSIONS, ["The wind farm will sit 22 kilometres from the coast at Skegness."],
       [("wind farm distance from the coast, km", 22, EXACT)], [("wind farm length, km", 22, EXACT), ("wind farm height, km", 22, EXACT)])  # fmt: skip
counts(DIMENSIONS, ["The viaduct stands 45 metres above the River Esk and is 280 metres long."],
       [("viaduct height, metres", 45, EXACT), ("viaduct length, metres", 280, EXACT)], [("viaduct height, metres", 280, EXACT), ("viaduct length, metres", 45, EXACT)])  # fmt: skip
counts(DIMENSIONS, ["Walkers face 8 miles of open moorland from Haworth to Hebden Bridge."],
       [("walking distance from Haworth to Hebden Bridge, miles", 8, EXACT)], [])  # fmt: skip
counts(DIMENSIONS, ["The ferry crosses 21 miles of open sea from Dover to Calais."],
       [("crossing distance from Dover to Calais, miles", 21, EXACT)], [])  # fmt: skip
counts(DIMENSIONS, ["The A9 still has 70 miles of single carriageway between Perth and Inverness."],
       [("single carriageway on the A9, miles", 70, EXACT)], [("distance between Perth and Inverness, miles", 70, EXACT)])  # fmt: skip
counts(DIMENSIONS, ["The tower block, 90 metres from the river, will be 40 storeys tall."],
       [("tower block distance from the river, metres", 90, EXACT)], [("tower block height, metres", 90, EXACT)])  # fmt: skip
counts(DIMENSIONS, ["The proposed mast would stand 2 miles to the south of Ashbourne."],
       [("mast distance from Ashbourne, miles", 2, EXACT)], [("mast height, miles", 2, EXACT)])  # fmt: skip
counts(DIMENSIONS, ["The wreck of the trawler lies 55 metres down off Lowestoft."],
       [("depth of the wreck, metres", 55, EXACT)], [("trawler length, metres", 55, EXACT)])  # fmt: skip
counts(DIMENSIONS, ["The new pier will reach 300 metres out to sea, 40 metres short of the Victorian one."],
       [("new pier length, metres", 300, EXACT)], [("new pier length, metres", 40, EXACT)])  # fmt: skip

counts(DIMENSIONS, ["The runway ends 3km from the edge of Hucknall, the airport said."],
       [], [("runway length, km", 3, EXACT)])  # fmt: skip
counts(DIMENSIONS, ["The radio mast, 300 metres from the primary school, is 60 metres tall."],
       [("mast height, metres", 60, EXACT)], [("mast height, metres", 300, EXACT)])  # fmt: skip

# --- units: bare "m", stuff in "-ing", a time span's numeral ---------------------------------
counts(UNITS, ["Ratings body Barb measured 8.4m viewers for the final, the biggest audience of the year."],
       [("viewers of the final", 8400000, EXACT)], [("viewers of the final", 8.4, EXACT)])  # fmt: skip
counts(UNITS, ["Audiences for the soap were 2m down, the broadcaster admitted on Monday."],
       [("fall in the soap's audience", 2000000, EXACT)], [])  # fmt: skip
counts(UNITS, ["The £3m sea wall at Dawlish, 8m high, was finished in April."],
       [("sea wall cost, pounds", 3000000, EXACT), ("sea wall height, metres", 8, EXACT)], [("sea wall height, metres", 3, EXACT), ("sea wall cost, pounds", 8000000, EXACT)])  # fmt: skip
counts(UNITS, ["Divers found the anchor 30m down, a mile off Portland Bill."],
       [("depth of the anchor, metres", 30, EXACT)], [("anchor's weight, kg", 30, EXACT)])  # fmt: skip
counts(UNITS, ["The whale measured 18m from head to tail, the coastguard said."],
       [("whale length, metres", 18, EXACT)], [("whale length, metres", 18000000, EXACT)])  # fmt: skip
counts(UNITS, ["The charity sent 3 tonnes of clothing and 2 tonnes of bedding to the camp."],
       [("bedding sent to the camp, tonnes", 2, EXACT)], [("bedding sent to the camp, tonnes", 3, EXACT), ("lorry weight, tonnes", 3, EXACT)])  # fmt: skip
counts(UNITS, ["Volunteers collected 4 tonnes of clothing for families in Kharkiv."],
       [("weight of donations collected, tonnes", 4, EXACT)], [])  # fmt: skip
counts(UNITS, ["The prime minister is now well past the 100-day mark in office."],
       [("days the prime minister has been in office", 100, MORE)], [("days the prime minister has been in office", 100, EXACT)])  # fmt: skip
counts(UNITS, ["Shares in Halden slipped below the 200-day moving average to 412p on Friday."],
       [("Halden share price, pence", 412, EXACT)], [("Halden share price, pence", 200, EXACT)])  # fmt: skip
counts(UNITS, ["The strike by bin crews in Leith passed the 50-day mark on Tuesday."],
       [("length of the bin strike in Leith, days", 50, EXACT)], [("bin crews on strike in Leith", 50, EXACT)])  # fmt: skip
counts(UNITS, ["The club's wage bill rose 5m from the level of last season to £62m."],
       [("rise in the club's wage bill, pounds", 5000000, EXACT)], [("rise in the club's wage bill, metres", 5, EXACT)])  # fmt: skip

counts(UNITS, ["The lorry collected 12 tonnes of scrap from the yard before dawn."],
       [], [("lorry weight, tonnes", 12, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
