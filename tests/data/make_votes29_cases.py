# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the votes29 set (``grounding_votes29.jsonl``): causes an outside check found in
session 13, by category, each with what must pass and what must fail:

- ``vote-sides``: a measure's count of one chamber's votes on one side ("Senate votes in
  favour") is the number its chamber's score puts on that side: "The House passed it 419-3,
  the Senate 98-2" gives the Senate 98 yes and 2 no, never 419 (the House's, unsupported)
  nor 98 no (the other side's); a chamber named once for two scores, scores in words, "2
  against, 98 for", and a chamber that is the sentence's subject before an aside pass;
- ``truce-kind``: a truce of kind ``full`` whose evidence qualifies it by a narrower kind ("a
  humanitarian truce", "a pause for aid", "a partial ceasefire", "a local truce", "an
  energy ceasefire") is refused, unsupported (the evidence states another kind); a page
  that also calls it "full" or "complete" keeps full, and a truce that aid merely follows
  ("the truce let aid trucks in"), civilians welcome or that begins "around midnight"
  draws no unsupported flag (``tier`` cases: the older reading leaves those unconfirmed);
- ``lives-claimed``: an event of kind ``casualties`` worded as lives a war or an attack
  claimed, cost or took ("has claimed more than 46,000 lives", "claimed the lives of", "lives
  were lost") passes; "claimed responsibility", "claimed victory", "lives in Gaza", "could
  cost lives" (a prospect) and "claimed to have saved lives" do not word casualties (those
  refusals are unconfirmed: the words are there, the role is not).

Run ``python tests/data/make_votes29_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets and people, or public bodies in invented sentences); each
verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_votes29.jsonl")

built = SupportCases("votes29")


def vote(expect: bool, sentence: str, what: str, value: int, lead: str = "") -> None:
    """A bill whose one count is ``value`` of ``what``, backed by ``sentence``."""
    text = f"Sanctions bill clears Congress\n\n{lead + ' ' if lead else ''}{sentence}\n\nThe president is expected to sign it.\n"
    count = {"what": what, "value": {"value": value, "qualifier": "exact"}}
    measure = {"instrument": "bill", "evidence": [sentence], "counts": [count]}
    why = f"{what} = {value}: {'stated' if expect else 'another chamber or side (unsupported)'}"
    built.add(
        "vote-sides", expect, why, text, {"sanctions": [measure]}, "sanctions[0].counts[0].value"
    )


def truce(expect: bool, evidence: list[str], why: str, check: str = "support") -> None:
    """A truce of kind full backed by ``evidence`` (its sentences, in this order). ``check``
    "tier" reads the strength: a must-fail case must draw an *unsupported* flag (before
    this rule it drew an unconfirmed one), a near miss none (an unconfirmed one, which the
    older plain-truce reading gives when aid or a place word stands near the noun, is its
    verdict before this rule and stays)."""
    text = "Truce news\n\nBEIRUT (Harbour Daily) - " + " ".join(evidence) + "\n\nMore to follow.\n"
    fact = {"kind": "full", "evidence": evidence}
    built.add(
        "truce-kind", expect, why, text, {"ceasefires": [fact]}, "ceasefires[0].kind", check=check
    )


def lives(expect: bool, sentence: str, why: str) -> None:
    """An event of kind casualties backed by ``sentence``."""
    text = f"War update\n\n{sentence}\n\nOfficials gave no further details.\n"
    event = {
        "kind": "casualties",
        "description": "what the article reports",
        "evidence": [sentence],
    }
    built.add("lives-claimed", expect, why, text, {"events": [event]}, "events[0].kind")


# --- vote-sides -------------------------------------------------------------------------
TWO = "The House passed it 419-3 on Monday, the Senate 98-2 on Thursday."
BY = "The package cleared the House of Representatives by a vote of 412 to 9 and the Senate by 91 to 6."
IN = "The resolution passed 388-30 in the House and 77-21 in the upper chamber."
AFTER = (
    "After the House approved the measure 402-17 in March, the Senate followed with an 89-9 vote."
)
ONCE = "The Senate voted 61-37 to end debate and 87-11 on final passage."
WORDS = "Senators voted ninety-one to seven for the Russia tariff bill."
REVERSED = "In the Senate, the tally was 4 against, 94 for."
SUBJECT = "The Senate, after two weeks of wrangling over a waiver that the House had written, finally passed the bill on Friday, 86 to 12."
SIDES = "The lower house backed the sanctions with 301 in favour and 144 against, while the Senate vote was 70 in favour, 28 against."
LORDS = "MPs approved the bill 340-212, and peers later cleared it 201-180."
vote(True, TWO, "Senate votes in favour", 98)
vote(True, TWO, "Senate votes against", 2)
vote(True, TWO, "House votes in favour", 419)
vote(True, BY, "votes for in the Senate", 91)
vote(True, BY, "House votes against", 9)
vote(True, IN, "Senate yes votes", 77)
vote(True, AFTER, "Senate votes in favor", 89)
vote(True, ONCE, "Senate votes in favour", 87)
vote(True, ONCE, "Senate votes against", 11)
vote(True, WORDS, "Senate votes in favour", 91)
vote(True, REVERSED, "Senate votes in favour", 94)
vote(True, REVERSED, "Senate votes against", 4)
vote(True, SUBJECT, "Senate votes in favour", 86)
vote(True, SIDES, "Senate votes against", 28)
vote(True, LORDS, "Lords votes against", 180)
vote(False, TWO, "Senate votes in favour", 419)
vote(False, TWO, "Senate votes against", 98)
vote(False, TWO, "House votes against", 2)
vote(False, BY, "votes for in the Senate", 412)
vote(False, BY, "House votes against", 6)
vote(False, IN, "Senate yes votes", 388)
vote(False, IN, "House votes in favour", 77)
vote(False, AFTER, "Senate votes in favor", 402)
vote(False, AFTER, "House votes against", 9)
vote(False, ONCE, "Senate votes against", 87)
vote(False, WORDS, "Senate votes against", 91)
vote(False, REVERSED, "Senate votes in favour", 4)
vote(False, SUBJECT, "Senate votes against", 86)
vote(False, SIDES, "Senate votes against", 144)
vote(False, LORDS, "Lords votes in favour", 340)

# --- truce-kind -------------------------------------------------------------------------
truce(True, ["The warring sides agreed to a ceasefire on Sunday."], "a bare ceasefire is full")
truce(
    True,
    [
        "Mediators announced a humanitarian ceasefire on Monday.",
        "By Wednesday it had grown into a full and comprehensive ceasefire.",
    ],
    "called full in another sentence: keeps full",
)
truce(
    True,
    ["The truce let aid trucks into the city on Sunday."],
    "aid follows the truce; it does not qualify it",
    "tier",
)
truce(True, ["Both armies declared a complete halt to the fighting."], "a complete halt is full")
truce(
    True,
    ["The army and the militia agreed a total ceasefire across the country."],
    "a total ceasefire",
)
truce(True, ["Under the deal, a nationwide truce took effect at dawn."], "a nationwide truce")
truce(
    True,
    ["The rebels accepted the ceasefire, and aid agencies said they would resume work."],
    "aid agencies in another clause qualify nothing",
    "tier",
)
truce(True, ["The two sides signed an armistice ending the war."], "an armistice, unqualified")
truce(
    True,
    ["The sides agreed to a truce around midnight on Friday."],
    "'around midnight' is a time, not a place",
    "tier",
)
truce(
    True,
    ["Civilians welcomed the truce, which began on Saturday."],
    "civilians welcome it; they do not qualify it",
    "tier",
)
truce(
    True,
    ["After an earlier humanitarian pause collapsed, the two sides agreed a full ceasefire."],
    "the earlier pause is another truce; this one is called full",
)
truce(
    False,
    ["Israel and Hamas agreed to a humanitarian truce on Friday."],
    "a humanitarian truce (unsupported)",
    "tier",
)
truce(
    False,
    ["The two sides agreed a pause for aid in the northern districts."],
    "a pause for aid (unsupported)",
    "tier",
)
truce(
    False,
    ["Moscow announced a partial ceasefire along parts of the line."],
    "a partial ceasefire (unsupported)",
    "tier",
)
truce(
    False,
    ["Commanders agreed a local truce around the town of Vostok."],
    "a local truce (unsupported)",
    "tier",
)
truce(
    False,
    ["The rivals agreed to a 72-hour humanitarian ceasefire, mediators said."],
    "a 72-hour humanitarian ceasefire (unsupported)",
    "tier",
)
truce(
    False,
    ["Kyiv and Moscow agreed to an energy ceasefire on Tuesday."],
    "an energy ceasefire (unsupported)",
    "tier",
)
truce(
    False,
    [
        "The navies agreed a truce at sea, the ministry said.",
        "The ceasefire will be monitored by observers.",
    ],
    "a truce at sea, then a bare mention of the same truce (unsupported)",
    "tier",
)
truce(
    False,
    ["Fighters observed a three-day Easter truce in the valley."],
    "an Easter truce is humanitarian (unsupported)",
    "tier",
)
truce(
    False,
    ["Both parties accepted a limited ceasefire in the eastern districts."],
    "a limited ceasefire is local (unsupported)",
    "tier",
)
truce(
    False,
    ["The government declared a humanitarian pause to allow evacuations from the old city."],
    "a humanitarian pause (unsupported)",
    "tier",
)
truce(
    False,
    ["The sides agreed a halt to strikes on energy sites for 30 days."],
    "a halt to strikes on energy sites (unsupported)",
    "tier",
)

# --- lives-claimed ----------------------------------------------------------------------
lives(
    True,
    "The war has claimed more than 46,000 lives, the health ministry says.",
    "claimed ... lives",
)
lives(True, "The blast at the depot claimed the lives of nine workers.", "claimed the lives of")
lives(True, "The offensive cost some 300 lives in a single week.", "cost ... lives")
lives(True, "The shelling of the market left 12 people dead.", "left ... dead")
lives(True, "The drone attack on the convoy took the lives of three medics.", "took the lives of")
lives(
    True,
    "Heavy fighting around the port has claimed thousands of lives since spring.",
    "claimed thousands of lives",
)
lives(True, "Dozens of lives were lost when the ferry terminal was bombed.", "lives were lost")
lives(True, "The siege cost them their lives, relatives said.", "cost them their lives")
lives(True, "The ambush claimed the life of a young lieutenant.", "claimed the life of")
lives(True, "Officials said the raids had taken 57 lives across the province.", "taken ... lives")
lives(True, "The strike on the school is costing lives every hour, a doctor said.", "costing lives")
lives(
    False,
    "A militant group claimed responsibility for the attack on the checkpoint.",
    "claimed responsibility (unconfirmed)",
)
lives(
    False, "The army claimed victory in the battle for the ridge.", "claimed victory (unconfirmed)"
)
lives(
    False,
    "Half of the population lives in Gaza City, the agency said.",
    "lives in Gaza: a verb (unconfirmed)",
)
lives(
    False,
    "Generals warned that the assault could cost thousands of lives.",
    "a prospect (unconfirmed)",
)
lives(
    False,
    "The ministry claimed to have saved hundreds of lives with the evacuation.",
    "saved lives (unconfirmed)",
)
lives(
    False,
    "The war has cost the economy billions of dollars, analysts say.",
    "cost billions (unconfirmed)",
)
lives(False, "Rebels claimed control of the airport on Tuesday.", "claimed control (unconfirmed)")
lives(
    False,
    "Aid workers said their lives in the camp had become harder.",
    "lives in the camp (unconfirmed)",
)
lives(
    False,
    "The rising cost of living has hit families in the capital.",
    "cost of living (unconfirmed)",
)
lives(
    False,
    "The offensive threatens to claim many lives, the UN warned.",
    "a threat to claim lives (unconfirmed)",
)
lives(
    False,
    "The minister claimed the lives of soldiers were his first concern.",
    "a claim about soldiers' lives, no deaths (unconfirmed)",
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
