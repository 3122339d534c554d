# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the accepts32 set (``grounding_accepts32.jsonl``): wrong values that older rules
accepted, found by session 32's writers and reviewers, and what must still pass beside them.

- ``change-rates``: a percent whose wording is a change's, not a rate's, is no tariff rate
  (:func:`summarizer.verification.counts.rate_words.change_size`): "the surcharge rises by
  25%", "goods will cost 25% more", "buyers pay 12 per cent more". The tariff's level after
  the rise, or the tariff that makes a price rise, is not written. Still passes: the rate's
  own wording ("raises the tariff to 25%", "a 25% tariff", "rose by 8 points to 20%", "set
  the tariff at 15 percent").

- ``relative-verbs``: a number a relative clause's own verb takes is that clause's, not the
  count's of a cue before it (:func:`summarizer.verification.counts.count_reach.other_verb`):
  "Nineteen miners were killed ... at the Dorva pit, which employs 600" is no count of 600
  killed. Still passes: a clause whose verb is the count's ("the blast, which killed 600
  people"), a clause about the count's own noun ("the death toll, which reached 600"), and the
  count's own number beside such a clause.

Run ``python tests/data/make_accepts32_cases.py`` to rebuild it. Every sentence was written
for this set (fictional places, goods and bodies); each verdict was decided when the case was
written, never by running the code.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_accepts32.jsonl")

built = SupportCases(
    "accepts32",
    leads=[
        "Harrow Gazette\n\nLONDON, 3 June (Harrow Gazette) -",
        "By Mirela Dunst, Valdor Post",
        "Eastmark Wire\n\nSOFIA (EW) -",
        "TRADE DESK | The Midland Record",
    ],
    closing="No further details were released.",
)
C = "change-rates"
rate = partial(built.tariff, C)

# fmt: off
# --- must fail: a change's size or a price's rise, not the rate ------------------------------
rate(False, "From September the surcharge on Halvik copper rises by 25%, the trade office said.", 25, "how much the surcharge grows; its level is not written")
rate(False, "Since the tariff board's ruling, goods from Delmor cost 25% more at the border.", 25, "a price rise beside a tariff word")
rate(False, "After tariff talks on 9 May, buyers of Corvan timber pay 12 per cent more.", 12, "buyers pay more: the tariff's rate is not written")
rate(False, "The duty on Orsa wine went up by 8% on Monday, the customs office said.", 8, "the duty went up by 8%; its level is not written")
rate(False, "Importers say the levy on Tarsian steel has increased by 30% since January.", 30, "the levy's rise, not its rate")
rate(False, "Under the new tariff schedule, shoppers will pay 15 percent more for Velmor cheese.", 15, "shoppers pay more")
rate(False, "The surtax on Brenhaven cars climbed by 40 per cent this year.", 40, "the surtax's growth, not its rate")
rate(False, "With the tariff in force, Delmor tomatoes are now 20% dearer in the shops.", 20, "a shop price's rise")
rate(False, "Because of the new duty, a tonne of Corvan timber costs 18 percent more than in March.", 18, "the price's rise since March")
rate(False, "The tariff on Halvik aluminium was raised by 10% on Friday.", 10, "raised by 10%: the new level is not written")
rate(False, "Customs duties on Orsa olive oil jumped by 50% after the ruling.", 50, "the duties' jump, not their rate")
rate(False, "Farmers who sell Velmor grain abroad will pay 22% more in duties under the tariff plan.", 22, "farmers pay more in duties; the rate is not written")
# --- must pass: the rate's own wording --------------------------------------------------------
rate(True, "The government raises the tariff on Halvik copper to 25% from September.", 25, "raised to 25%: the new rate")
rate(True, "Washington will impose a 25% tariff on Delmor steel.", 25, "a 25% tariff")
rate(True, "The duty on Orsa wine rose by 8 points to 20% on Monday.", 20, "the level after the rise")
rate(True, "A 12 per cent levy on Corvan timber took effect on Friday.", 12, "a 12 per cent levy")
rate(True, "Importers of Tarsian steel now pay a 30% tariff.", 30, "pay a 30% tariff")
rate(True, "The surtax on Brenhaven cars is 40 per cent.", 40, "the surtax is 40 per cent")
rate(True, "Ministers set the tariff on Velmor cheese at 15 percent.", 15, "set at 15 percent")
rate(True, "Delmor tomatoes face a tariff of 20% at the border from July.", 20, "a tariff of 20%")
rate(True, "Buyers will pay a duty of 18 percent on each tonne of Corvan timber.", 18, "a duty of 18 percent")
rate(True, "Customs officers will levy a 50% duty on Orsa olive oil.", 50, "a 50% duty")
rate(True, "The plan puts a 22% tariff on Velmor grain, which will cost farmers more.", 22, "a 22% tariff; 'more' is not the percent's")

R = "relative-verbs"


def event(expect: bool, sentence: str, what: str, value: float, why: str, qualifier: str = "exact") -> None:
    """An event whose one count is ``value`` ``what``, backed by ``sentence``."""
    built.fact_counts(R, expect, f"{what} = {value:g}: {why}", built.page(sentence), [(what, value, qualifier)], [sentence], "2025-06-03")


# --- must fail: the relative clause's own verb takes the number -------------------------------
event(False, "Nineteen miners were killed in a blast at the Dorva pit, which employs 600.", "killed", 600, "the pit employs 600; 19 were killed")
event(False, "Nineteen miners were killed in a blast at the Dorva pit, which employs about 600 people.", "killed", 600, "the pit's workers, not the dead", "about")
event(False, "A bomb killed shoppers at the Velna market, which draws 2,000 visitors a day.", "killed", 2000, "the market's daily visitors")
event(False, "The fire killed tenants of the Marlow tower, which housed 300 families.", "killed", 300, "the tower housed 300 families")
event(False, "The flood displaced residents of Orsa, which has 9,000 homes.", "displaced", 9000, "the town's homes, not the displaced")
event(False, "Gunmen killed guards at the Tessin depot, which stores 40 tonnes of grain for the region.", "killed", 40, "the depot stores 40 tonnes")
event(False, "Shelling displaced families from the Kerro valley, which supplies 70 villages with water.", "displaced", 70, "the valley supplies 70 villages")
event(False, "Four pupils were killed when the roof of the Brisk school collapsed, a school that teaches 450 children.", "killed", 450, "the school teaches 450")
event(False, "The landslide killed workers at the Halden quarry, which exports 5,000 tonnes of stone a month.", "killed", 5000, "the quarry's exports")
event(False, "Soldiers killed two men near the Varna crossing, which handles 800 lorries a day.", "killed", 800, "the crossing handles 800 lorries")
event(False, "The storm displaced fishermen in Port Ellis, a harbour town which employs 1,200 of them.", "displaced", 1200, "the town employs 1,200 fishermen")
event(False, "A drone strike killed patients at the Sorel clinic, which treats 90 people a week.", "killed", 90, "the clinic treats 90 a week")
# --- must pass: the count's own number --------------------------------------------------------
event(True, "Nineteen miners were killed in a blast at the Dorva pit, which employs 600.", "killed", 19, "nineteen were killed")
event(True, "The blast, which killed 600 people, shook the city of Marlow.", "killed", 600, "the clause's verb is the count's")
event(True, "Gunmen attacked the village of Tessin, which killed 40 people, police said.", "killed", 40, "'which killed 40'")
event(True, "The death toll, which reached 600 on Monday, is still rising.", "killed", 600, "the toll's own clause")
event(True, "The number of dead, which stood at 40 on Friday, rose overnight.", "killed", 40, "the number of dead's own clause")
event(True, "Militiamen, who killed 35 villagers in Kerro, fled into the hills.", "killed", 35, "'who killed 35'")
event(True, "The fire that killed 12 people started in a kitchen of the Marlow tower.", "killed", 12, "'that killed 12'")
event(True, "A bomb at the Velna market, which draws crowds on Saturdays, killed 14 shoppers.", "killed", 14, "the count's verb after the clause")
event(True, "The flood in Orsa, which has few dykes, displaced 9,000 people.", "displaced", 9000, "'displaced 9,000'")
event(True, "A landslide that buried the Halden quarry killed 23 workers.", "killed", 23, "'killed 23 workers'")
event(True, "Shelling displaced 7,000 families from the Kerro valley, which supplies the region with water.", "displaced", 7000, "'displaced 7,000 families'")
event(True, "Soldiers who patrol the Varna crossing killed two men on Sunday.", "killed", 2, "'killed two men'")
# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
