"""Build the scopes-45 set (``grounding_scopes45.jsonl``): a truce's kind from where it holds
and from what it is said not to be (an outside check, session 21, check 45's cause 7: "a
temporary ceasefire in the areas the corridors run through" and "a ceasefire in the east of
Congo" were refused as ``local`` with no wording for it, and "but no general ceasefire" did
not stop ``full``). By category:

- ``placed-truce``: a truce noun with a preposition of place and a part of a land after it
  ("in the districts", "along the border", "in the east of the country", "in eastern Sudan",
  "in parts of Idlib province", "on the front line"), or a part's word before it ("a border
  truce"), is ``local`` and not ``full``; a country alone ("in Sudan"), a war, a venue of
  talks ("at the talks in Geneva") or a whole ("in all areas", "on all fronts") is not.
- ``not-full``: a word of completeness negated before a truce noun ("but no general
  ceasefire", "stopped short of a comprehensive truce", "rather than a full ceasefire",
  "without a general truce") refuses ``full``; "a full ceasefire, not a partial one" keeps it.
- (in ``not-full`` too) a truce timed by a holiday ("for the Eid holiday", "over the Lunar New
  Year") is not called humanitarian against ``full`` by that word alone (unconfirmed: full is
  not said either); a truce also given an aid purpose is humanitarian.

Run ``python tests/data/make_scopes45_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, public bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, KEPT, STRONG, SUPPORTED, WEAK, SupportCases

OUT = Path(__file__).with_name("grounding_scopes45.jsonl")

LEADS = [
    "KHARTOUM (Nile Wire) -",
    "Live: the ceasefire talks, day 3",
    "The Valley Courier | World",
    "Explainer: what the truce covers",
    "Agence Meridien - Dépêche",
    "Morning digest",
]
built = SupportCases("sc45", LEADS)
OK, NO = True, False


def kind(category: str, sentence: str, value: str, expect: bool, strength: str, why: str) -> None:
    built.graded_truce(category, value, [sentence], expect, strength, why, path="kind")


P, N, H = "placed-truce", "not-full", "not-full"
s = (
    "The delegations agreed on safe routes for civilians, with a temporary truce in the "
    "districts the routes cross."
)
kind(P, s, "local", OK, SUPPORTED, "'in the districts'")
kind(P, s, "full", NO, STRONG, "only in the districts")
s = "The bishops called for a ceasefire in the east of the country, where rebels have advanced."
kind(P, s, "local", OK, SUPPORTED, "'in the east of the country'")
kind(P, s, "full", NO, WEAK, "the east: the war may be fought only there (two readings)")
s = "The envoy announced a truce in eastern Sudan from Monday."
kind(P, s, "local", OK, SUPPORTED, "'in eastern Sudan'")
kind(P, s, "full", NO, WEAK, "eastern Sudan: the war may be fought only there (two readings)")
s = "The envoy announced a truce in Sudan from Monday."
kind(P, s, "local", NO, ANY, "a country, no part of it")
kind(P, s, "full", OK, SUPPORTED, "a plain truce")
s = "Both armies agreed to a ceasefire along the border with effect from noon."
kind(P, s, "local", OK, SUPPORTED, "'along the border'")
kind(P, s, "full", NO, ANY, "the border only")
s = "Rebels and the army agreed a ceasefire in all areas of the country."
kind(P, s, "local", NO, ANY, "'in all areas': the whole")
s = "A border truce between the two states took hold on Sunday."
kind(P, s, "local", OK, SUPPORTED, "'a border truce'")
s = "The government declared a nationwide ceasefire on Friday."
kind(P, s, "local", NO, ANY, "nationwide")
s = "Fighters agreed a ceasefire on the front line near Bakhmut."
kind(P, s, "local", OK, SUPPORTED, "'on the front line'")
s = "A ceasefire in the war took hold on Monday."
kind(P, s, "local", NO, ANY, "a war, no part of a land")
s = "The ceasefire in Gaza took hold on Sunday morning."
kind(P, s, "local", NO, ANY, "a whole territory")
kind(P, s, "full", OK, SUPPORTED, "a plain truce")
# the session 21 review: a "Strip" named as a whole territory is no part of a land
s = "A ceasefire across the Gaza Strip came into force at 8.30 on Sunday morning."
kind(P, s, "local", NO, ANY, "the Strip is the whole territory")
kind(P, s, "full", OK, SUPPORTED, "a plain truce over the whole Strip")
s = "A truce in the Strip held through the night, medics in Khan Younis said."
kind(P, s, "full", OK, SUPPORTED, "the Strip as a whole")
s = "A ceasefire in the northern Gaza Strip took hold, but shelling went on in the south."
kind(P, s, "local", OK, SUPPORTED, "'in the northern Gaza Strip'")
kind(
    P,
    s,
    "full",
    NO,
    WEAK,
    "the north of the Strip, shelling in the south: a region (two readings by place alone)",
)
# a region the war may be fought in only, called full by the adverb (check 38's shape, session 21)
s = "The presidents agreed to fully implement a ceasefire in eastern Ukraine by year's end."
kind(P, s, "full", OK, SUPPORTED, "'fully implement a ceasefire'")
s = "The presidents agreed to implement a ceasefire in eastern Ukraine by year's end."
kind(P, s, "full", NO, WEAK, "eastern Ukraine, no word of full: two readings")
s = "Neither side has fully observed the truce in northern Mali since it began in June."
kind(P, s, "full", NO, WEAK, "'not fully observed' calls it nothing; the north: two readings")
s = "A fully fledged ceasefire in the border districts was still weeks away, the envoy said."
kind(P, s, "full", NO, ANY, "'fully' does not make the districts the whole")
s = "The two sides agreed a ceasefire at the talks in Geneva on Friday."
kind(P, s, "local", NO, ANY, "Geneva is the talks' venue")
s = "A ceasefire on all fronts took effect."
kind(P, s, "local", NO, ANY, "all fronts")
kind(P, s, "full", OK, SUPPORTED, "all fronts")
s = "The army agreed to a halt in the strikes on the city of Mosul."
kind(P, s, "local", OK, SUPPORTED, "'on the city of Mosul'")
s = "Mediators secured a pause in the fighting inside the southern provinces for 48 hours."
kind(P, s, "local", OK, SUPPORTED, "'inside the southern provinces'")
kind(P, s, "full", NO, ANY, "some provinces only")
s = "A pause in the fighting on Monday allowed aid in."
kind(P, s, "local", NO, ANY, "no place")

s = (
    "The delegations agreed on safe routes for civilians and a temporary truce in the areas "
    "they run through, but no general ceasefire."
)
kind(N, s, "full", NO, STRONG, "'no general ceasefire'")
kind(N, s, "local", OK, SUPPORTED, "'in the areas'")
s = "Negotiators stopped short of a comprehensive truce, agreeing only to a pause around the port."
kind(N, s, "full", NO, STRONG, "'short of a comprehensive truce'")
kind(N, s, "local", OK, SUPPORTED, "'around the port'")
s = "Talks produced a halt to shelling in parts of Idlib province, rather than a full ceasefire."
kind(N, s, "full", NO, STRONG, "'rather than a full ceasefire'")
kind(N, s, "local", OK, SUPPORTED, "'in parts of Idlib province'")
s = "There is no full ceasefire in the region tonight, only talks about one."
kind(N, s, "full", OK, KEPT, "the full truce sought, not one in force")
s = "The sides signed a full ceasefire on Tuesday."
kind(N, s, "full", OK, SUPPORTED, "'a full ceasefire'")
s = "The sides signed a ceasefire on Tuesday, not a partial one."
kind(N, s, "full", OK, SUPPORTED, "'not a partial one'")
s = "The junta said the truce was a general ceasefire and not a local pause."
kind(N, s, "full", OK, SUPPORTED, "'a general ceasefire'")

s = "The junta announced a five-day ceasefire for the Lunar New Year holiday."
kind(H, s, "full", NO, WEAK, "full not said; the holiday no purpose")
s = "The militia announced a three-day ceasefire for the Eid holiday."
kind(H, s, "full", NO, WEAK, "full not said; the holiday no purpose")
kind(H, s, "full", OK, KEPT, "the holiday does not make it humanitarian")
s = "Both sides declared a truce over Christmas, the first in the war."
kind(H, s, "full", OK, KEPT, "the holiday does not make it humanitarian")
s = "The UN brokered a humanitarian truce for the Eid holiday to let aid in."
kind(H, s, "full", NO, STRONG, "'a humanitarian truce'")
kind(H, s, "humanitarian", OK, SUPPORTED, "'a humanitarian truce'")
s = "The group declared a complete ceasefire for the Eid holiday."
kind(H, s, "full", OK, SUPPORTED, "'a complete ceasefire'")

for sentence, value, expect, strength, why in [
    (
        "Mediators won a pause around the border town, but no general truce.",
        "full",
        NO,
        STRONG,
        "'no general truce' beside a placed pause",
    ),
    (
        "Mediators won a pause around the border town, but no general truce.",
        "local",
        OK,
        SUPPORTED,
        "'around the border town'",
    ),
    (
        "The talks ended short of a full ceasefire, with only a truce along the river front.",
        "full",
        NO,
        STRONG,
        "'short of a full ceasefire'",
    ),
    (
        "The talks ended short of a full ceasefire, with only a truce along the river front.",
        "local",
        OK,
        SUPPORTED,
        "'along the river front'",
    ),
    (
        "Both sides observed a truce in the northern districts, not a nationwide one.",
        "full",
        NO,
        STRONG,
        "the northern districts",
    ),
    (
        "The council declared a total ceasefire across the country on Sunday.",
        "full",
        OK,
        SUPPORTED,
        "'a total ceasefire'",
    ),
    (
        "The council declared a total ceasefire across the country on Sunday.",
        "local",
        NO,
        ANY,
        "the whole country",
    ),
    (
        "A comprehensive truce took effect at dawn, the army said.",
        "full",
        OK,
        SUPPORTED,
        "'a comprehensive truce'",
    ),
    (
        "Rebels announced a ceasefire over the Christmas holiday.",
        "full",
        NO,
        WEAK,
        "full not said; the holiday no purpose",
    ),
    (
        "Rebels announced a ceasefire over the Christmas holiday.",
        "full",
        OK,
        KEPT,
        "the holiday does not make it humanitarian",
    ),
    (
        "The army declared a two-day truce for Easter.",
        "full",
        OK,
        KEPT,
        "the holiday does not make it humanitarian",
    ),
    (
        "Aid groups secured a humanitarian pause over Ramadan to reach civilians.",
        "full",
        NO,
        STRONG,
        "'a humanitarian pause'",
    ),
    ("The armistice holds along the whole front.", "local", NO, ANY, "the whole front"),
]:
    kind(N, sentence, value, expect, strength, why)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
