# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 33's event actors against their own description
(``grounding_parties33.jsonl``): value-support cases for an event's actor, by category, each
with what must pass and what must fail:

- ``described-doer``: an event's description is told as a headline ("Senate approved the
  farm bill", "Chinese frigate Yulin chases Unaizah May"), and the name it opens on before an
  active verb did the event. An actor that is not that name, its people, its capital or a
  person the article ties to it gives the event to someone else: refused (the chamber that
  voted earlier, the chased boat, the one the medal went to, the prosecutor for the judge who
  dismissed, the lobbying country for the assembly that adopted). Passing: the doer itself in
  other words ("Hungary" for "Hungarian diplomats", "Russia" for "Moscow", "Norway" for its
  prime minister), one of two doers, and descriptions whose first name is no doer: a
  shortened passive ("Molnar sentenced to nine years"), a loser ("Lind loses her seat to
  Ekberg"), a "by" phrase ("Cup final won by Real Oviedo"), a described actor ("the upper
  house") a name may stand for.

Run ``python tests/data/make_parties33_cases.py`` to rebuild it. The texts are written for
this set about invented people, courts and ships, in the shapes of the outside checks' reports
(legislatures, courts, sea incidents, accession talks, ceremonies); each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_parties33.jsonl")

built = SupportCases(
    "pt33",
    leads=[
        "WASHINGTON (Capitol Wire) -",
        "By Ines Moravec | The Danube Ledger",
        "MANILA, The Archipelago Post -",
        "From our UN bureau, The Meridian Review.",
    ],
)
DOER = "described-doer"


def doer(sentence: str, description: str, passes: list[str], fails: list[str]) -> None:
    """One event told as ``description`` and backed by ``sentence``: each of ``passes`` as its
    one actor must pass, each of ``fails`` must be refused."""
    for who in passes:
        built.actor(
            DOER, True, sentence, who, description, "the description's doer, or no doer read"
        )
    for who in fails:
        built.actor(
            DOER, False, sentence, who, description, "the description gives the event to another"
        )


S = "The Senate on Tuesday approved the farm bill 71-29, a week after the House had passed it."
doer(S, "Senate approved the farm bill", ["Senate"], ["House"])
S = "Valdoria's coast guard cutter Marisol was shadowing the trawler when the patrol boat Kestrel 212 rammed it near Corran Bank."
doer(S, "Kestrel 212 rammed the trawler", ["Kestrel 212"], ["Marisol"])
S = "The Constitutional Council of Marevia on Friday upheld the dissolution of parliament ordered by President Elena Vasquez."
doer(
    S,
    "Constitutional Council upholds the dissolution",
    ["Constitutional Council"],
    ["Elena Vasquez"],
)
S = "Hungarian diplomats blocked the opening of the energy chapter for Serbia at a meeting in Brussels on Wednesday."
doer(S, "Hungary blocked the energy chapter", ["Hungary"], ["Serbia"])
S = "Korvan and Estelia signed a water-sharing accord in Geneva on Monday, with Swiss mediator Anna Roth as witness."
doer(S, "Korvan and Estelia signed a water-sharing accord", ["Korvan"], ["Anna Roth"])
S = "Norway's prime minister, Lars Odegaard, announced the closure of the border crossing at Tessen after talks with Sweden."
doer(S, "Odegaard announced the closure of the crossing", ["Norway"], ["Sweden"])
S = "Moscow ordered two Estonian diplomats to leave the country within a week, the Russian foreign ministry said."
doer(S, "Moscow ordered two Estonian diplomats to leave", ["Russia"], ["Estonia"])
S = "The Bundesrat approved the rail bill on Friday, two days after the Bundestag had voted it through."
doer(S, "Bundesrat approves the rail bill", ["Bundesrat"], ["Bundestag"])
S = "Judge Miriam Falk dismissed the fraud charges against Owen Pryce that District Attorney Sam Hollis had brought in March."
doer(S, "Falk dismissed the fraud charges", ["Miriam Falk"], ["Sam Hollis"])
S = "Brigadier Tomas Reyes presented the medal to Sergeant Ana Cruz at a ceremony in Quito."
doer(S, "Reyes presented the medal", ["Tomas Reyes"], ["Ana Cruz"])
S = "The General Assembly adopted the oceans resolution by consensus after Fiji spent two years lobbying for it."
doer(S, "General Assembly adopts the oceans resolution", ["General Assembly"], ["Fiji"])
S = "The Chinese frigate Yulin chased the Philippine supply boat Unaizah May for two hours near Second Thomas Shoal."
doer(S, "Chinese frigate Yulin chases Unaizah May", ["Yulin"], ["Unaizah May"])
S = "Members of the Northern Transit Union voted on Monday to accept Railco's improved pay offer."
doer(
    S, "Northern Transit Union members accept the pay offer", ["Northern Transit Union"], ["Railco"]
)
# No doer read: a shortened passive, a loser, a "by" phrase, a described actor.
S = "Andrei Molnar was sentenced to nine years by Judge Carla Benning at Harwick Crown Court on Thursday."
doer(S, "Molnar sentenced to nine years", ["Carla Benning"], [])
S = "Greta Lind lost her seat in Norrvik to Paul Ekberg of the Greens, who took 54 per cent of the vote."
doer(S, "Lind loses her seat to Ekberg", ["Paul Ekberg"], [])
S = "Real Oviedo won the cup final 2-1 against Sporting Lisboa in Seville on Saturday."
doer(S, "Cup final won by Real Oviedo", ["Real Oviedo"], [])
S = "The upper house endorsed the pension reform on Friday, two days after the National Assembly had approved it."
doer(S, "The upper house endorsed the pension reform", ["the upper house"], [])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
