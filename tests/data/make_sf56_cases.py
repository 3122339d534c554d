# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 56's own-noun reading (``grounding_sf56.jsonl``, false-alarm writer
sf56; :mod:`summarizer.verification.sentences.own_nouns`), at the edges of

- ``own_noun``: a quote credited to "the [modifiers] NOUN" ("the panel wrote", "the four
  ministers wrote", "the federation replied") where the value is the body or group whose own
  head noun that is ("Ninth Circuit appeals panel"), after a sentence naming a person the
  read-back would land on: the body's; against that person, another body of the page with
  another noun, a body with the same noun the page also names ("the Latvian federation"),
  and a body with the noun the page never names.

Run ``python tests/data/make_sf56_cases.py`` to rebuild it. Every article below was written
for this set in its own words (names made up); each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_sf56.jsonl")

built = SupportCases(
    "sf56",
    leads=[
        "By Orla Mentz | The Lakeside Ledger",
        "HALDEN (Northgate Wire) -",
        "Business | The Fenland Observer",
        "From our court reporter, The Valley Post.",
    ],
)
OWN = "own_noun"

built.page_quote(
    OWN,
    "The statute does not reach duties of this breadth",
    ["Ninth Circuit appeals panel"],
    ["Rosa Delacroix", "Justice Department", "Fourth Circuit appeals panel"],
    "A Ninth Circuit appeals panel on Friday upheld a ruling against the import levies, handing importers a second win.",
    "Judge Rosa Delacroix had written the first decision in March.",
    '"The statute does not reach duties of this breadth," the panel wrote, sending the case back for a remedy.',
    "The Justice Department said it would appeal.",
)
built.page_quote(
    OWN,
    "We will not play a match that lends legitimacy to the invasion",
    ["Estonian football federation"],
    ["Karl Tamm", "Estonian Olympic Committee", "Finnish football federation"],
    "The Estonian football federation has refused to host the qualifier in Tallinn.",
    "Its president, Karl Tamm, met the sports minister on Monday.",
    '"We will not play a match that lends legitimacy to the invasion," the federation replied in a statement.',
    "The Estonian Olympic Committee backed the decision.",
)
built.page_quote(
    OWN,
    "A ceasefire must come before any talk of borders",
    ["Nordic foreign ministers"],
    ["Agnes Holm", "Nordic Council", "Baltic foreign ministers"],
    "The Nordic foreign ministers met in Bergen on Thursday to agree a line on the conflict.",
    "Agnes Holm, who chaired the session, opened with a minute's silence.",
    '"A ceasefire must come before any talk of borders," the five ministers wrote in a joint text.',
    "The Nordic Council will take up the text next month.",
)
built.page_quote(
    OWN,
    "Passengers should expect delays until the new software is installed",
    ["Harbourside Airport company"],
    ["Mads Kroll", "Civil Aviation Authority", "Westfield Airport company"],
    "The Harbourside Airport company said on Tuesday that check-in queues had doubled since the outage.",
    "Chief executive Mads Kroll apologised to travellers on local radio.",
    '"Passengers should expect delays until the new software is installed," the company said.',
    "The Civil Aviation Authority has asked for a report.",
)
built.page_quote(
    OWN,
    "The deficit path set out in spring is no longer credible",
    ["Fiscal Council majority"],
    ["Lena Brandt", "Finance Ministry", "Supreme Court majority"],
    "The Fiscal Council published its autumn opinion on Wednesday, with two of its five members dissenting.",
    "Finance Minister Lena Brandt called the opinion one-sided.",
    '"The deficit path set out in spring is no longer credible," the majority wrote.',
    "The Finance Ministry said it would answer in writing.",
)
built.page_quote(
    OWN,
    "Our members have run out of patience",
    ["Union of Transit Workers"],
    ["Piotr Nowak", "Metro Authority", "Union of Postal Staff"],
    "Bus drivers in the capital walked out at dawn after talks between the Union of Transit Workers and the city broke down.",
    "Mayor Piotr Nowak said the offer on the table was fair.",
    '"Our members have run out of patience," the union said.',
    "The Metro Authority ran a reduced service.",
)
built.page_quote(
    OWN,
    "The reservoirs will take months to refill",
    ["a spokesperson for Moorland Water"],
    ["Helen Pike", "Environment Agency", "a spokesperson for Riverside Water"],
    "Moorland Water has extended its hosepipe ban to the whole county.",
    "Helen Pike, who chairs the regional drought group, said rainfall was half the average.",
    '"The reservoirs will take months to refill," the spokesperson added.',
    "The Environment Agency said river levels were also low.",
)
built.page_quote(
    OWN,
    "The package restores the scheme's credibility",
    ["the Belgian presidency"],
    ["Pieter Claes", "European Commission", "the Polish presidency"],
    "Ministers agreed the carbon-market reform late on Monday under the Belgian presidency.",
    "Pieter Claes, the last minister to hold out, dropped his objection after a call.",
    '"The package restores the scheme\'s credibility," the presidency said.',
    "The European Commission welcomed the deal.",
)
built.page_quote(
    OWN,
    "We reaffirm our commitment to open sea lanes",
    ["Pacific Forum leaders"],
    ["Tevita Fonua", "Pacific Forum secretariat", "Caribbean leaders"],
    "Pacific Forum leaders closed their summit in Apia with a declaration on shipping.",
    "Host prime minister Tevita Fonua read it out.",
    '"We reaffirm our commitment to open sea lanes," the leaders wrote.',
    "The Pacific Forum secretariat will publish the full text.",
)
built.page_quote(
    OWN,
    "We regret a decision taken without consultation",
    ["the Coastal Fishers Association"],
    ["Ivo Marin", "Fisheries Ministry", "the Inland Fishers Association"],
    "The Coastal Fishers Association has condemned the new quota for sardines.",
    "Fisheries Minister Ivo Marin set the quota on Friday.",
    '"We regret a decision taken without consultation," the association said.',
    "The Fisheries Ministry said the quota followed scientific advice.",
)
# the page names a second body with the same noun before the quote: either's, so not read
built.page_quote(
    OWN,
    "We stand with the players",
    [],
    ["Latvian football federation", "Lithuanian football federation", "Janis Ozols"],
    "The Latvian football federation withdrew from the tournament on Sunday.",
    "The Lithuanian federation said on Monday it would stay in, and its coach Janis Ozols agreed.",
    '"We stand with the players," the federation replied.',
)

# another body's office named with an owner or a modifier of its own ("the mayor's policy
# office", "the health department"): "the office said" may be either's
built.page_quote(
    OWN,
    "Our count is the only complete one",
    [],
    ["Bureau of Harbour Statistics office", "Tomas Lind"],
    "The Bureau of Harbour Statistics office put cargo volumes down 4% on Monday. The port director's planning office, run by Tomas Lind, disputed the figure.",
    '"Our count is the only complete one," the office said.',
)
built.page_quote(
    OWN,
    "Beds are short in every ward",
    [],
    ["Department for Schools", "Nadia Rahman"],
    "The Department for Schools met the health department's officials on Monday, with Nadia Rahman in the chair.",
    '"Beds are short in every ward," the department said.',
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
