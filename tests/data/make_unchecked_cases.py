# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the unchecked-fields set (``grounding_unchecked.jsonl``): the short fields that have
no support rule of their own, held to the free-text check (every number and proper name in
them occurs in the article), by category:

- ``unchecked-names``: a name field with no rule (a person's affiliation, who gave a summit's
  status, a measure's issuing body, the outlet a cited source came through). The name the
  article writes, in any case or as its country's other one-word form, passes; a name the
  article never writes fails (before session 15 every one of these passed unchecked).
- ``unchecked-texts``: a short text field with no rule (where a quote was said, a summit's
  format, reason and previous meeting, a truce's scope, terms and conditions, a
  measure's targets and triggers, a reaction, an opinion). Its names and numbers as the
  article writes them pass; a place, person or number the article never writes fails. A
  made-up text built only of the article's own names ("a Nairobi round table" for a one-on-one
  meeting, Nairobi being in the article) is beyond this check: it reads names, not meaning.
- ``country-seats``: a country's name backed by the article naming its government or its
  place by its capital or seat ("Washington rejected", "the White House said", "talks in
  Moscow", "returned to the White House") passes; the capital in a longer name ("the
  Washington Post", "The Moscow Times"), in a person's name ("George Washington", "Jack
  London"), in a dateline, or another country's seat fails; and one way only: "the Kremlin"
  in the field for an article that writes only "Russia" fails. (A first version refused a
  capital named as a place; the eval's gold then flagged "United States" for Trump on a page
  that names only his return to the White House.)
- ``party-tags``: a US party's word ("Republican", "GOP", "Democratic Party") where the article
  tags a legislator by its letter ("(R-S.C.)", ", R-Texas,", "(D., Calif.)") passes; another
  party's word, or a letter that is no party tag ("Route (R-7)", "Section D-4"), fails.

Run ``python tests/data/make_unchecked_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real places in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written, never by running the code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_unchecked.jsonl")

built = SupportCases("unc")

WIRE = (
    "Lakeside talks\n\nGENEVA, May 4 (Lakeside Wire) - Senator Ana Ruiz of the Senate Foreign "
    "Relations Committee said on Tuesday that the talks in Geneva would resume after a pause of "
    "12 days, the Swiss foreign ministry said. Ruiz spoke to reporters at the Capitol. The "
    "Treasury's Office of Foreign Assets Control listed 31 tankers, according to a Bloomberg "
    "report. Ukrainian officials welcomed the move.\n"
)
DIGEST = (
    "Weekly digest | Harbour Times\n\nThe one-on-one meeting between the Kenyan and Ethiopian "
    "leaders, first held in Mombasa in March, was put off after a dispute over the port of "
    "Lamu, officials in Nairobi said. The truce covers the Lamu corridor and lets aid convoys "
    "pass twice a week, provided both armies pull back 5 kilometres. Analyst Grace Okello "
    "wrote that the delay was a setback.\n"
)

Facts = Callable[[str], dict[str, Any]]


def cases(
    category: str, text: str, path: str, facts: Facts, passes: list[str], fails: list[str]
) -> None:
    for expect, value in verdicts(passes, fails):
        built.add(category, expect, f"{path} {value!r}", text, facts(value), path, check="unstated")  # fmt: skip


def person(value: str) -> dict[str, Any]:
    return {"people": [{"name": "Ana Ruiz", "affiliation": value}]}


def according(value: str) -> dict[str, Any]:
    return {"summits": [{"parties": ["Ana Ruiz"], "status_according_to": value, "evidence": []}]}


def issuing(value: str) -> dict[str, Any]:
    return {
        "sanctions": [{"instrument": "executive_action", "issuing_body": value, "evidence": []}]
    }


def via(value: str) -> dict[str, Any]:
    return {"cited_sources": [{"name": "Office of Foreign Assets Control", "via": value}]}


cases("unchecked-names", WIRE, "people[0].affiliation", person,
      ["Senate Foreign Relations Committee", "senate", "Ukraine", "Switzerland"],
      ["House Armed Services Committee", "Pentagon", "Hungary", "Democratic Party"])  # fmt: skip
cases("unchecked-names", WIRE, "summits[0].status_according_to", according,
      ["Swiss foreign ministry", "Ana Ruiz", "Ruiz"],
      ["Ignazio Cassis", "Viola Amherd", "Swiss Federal Council"])  # fmt: skip
cases("unchecked-names", WIRE, "sanctions[0].issuing_body", issuing,
      ["Office of Foreign Assets Control", "Treasury"],
      ["European Commission", "Commerce Department"])  # fmt: skip
cases("unchecked-names", WIRE, "cited_sources[0].via", via,
      ["Bloomberg", "a Bloomberg report"],
      ["Reuters", "Financial Times", "Bloomberg News Service of Zurich"])  # fmt: skip


def quote_where(value: str) -> dict[str, Any]:
    return {
        "quotes": [
            {"speaker": "Ana Ruiz", "text": "We will talk", "where_said": value, "evidence": []}
        ]
    }


def summit(field: str) -> Facts:
    return lambda value: {
        "summits": [{"parties": ["Kenya", "Ethiopia"], field: value, "evidence": []}]
    }


def truce(field: str, listed: bool = False) -> Facts:
    return lambda value: {
        "ceasefires": [{"kind": "full", field: [value] if listed else value, "evidence": []}]
    }


def condition(value: str) -> dict[str, Any]:
    position = {"party": "Kenya", "stance": "supports_with_conditions", "conditions": [value]}
    return {"ceasefires": [{"kind": "full", "positions": [position], "evidence": []}]}


def measure(field: str) -> Facts:
    return lambda value: {
        "sanctions": [{"instrument": "executive_action", field: [value], "evidence": []}]
    }


cases("unchecked-texts", WIRE, "quotes[0].where_said", quote_where,
      ["to reporters at the Capitol", "in Geneva"],
      ["to reporters in Bern", "on CNN", "at the Kremlin"])  # fmt: skip
cases("unchecked-texts", DIGEST, "summits[0].format", summit("format"),
      ["one-on-one"], ["a Djibouti round table"])  # fmt: skip
cases("unchecked-texts", DIGEST, "summits[0].previous_meeting", summit("previous_meeting"),
      ["first meeting in Mombasa in March", "the March meeting"],
      ["first meeting in Addis Ababa", "the meeting in Mombasa in June"])  # fmt: skip
cases("unchecked-texts", DIGEST, "summits[0].status_reason", summit("status_reason"),
      ["a dispute over the port of Lamu"], ["a dispute over the port of Berbera"])  # fmt: skip
cases("unchecked-texts", DIGEST, "ceasefires[0].scope", truce("scope"),
      ["the Lamu corridor"], ["the Garissa corridor"])  # fmt: skip
cases("unchecked-texts", DIGEST, "ceasefires[0].terms[0]", truce("terms", listed=True),
      ["aid convoys pass twice a week", "armies pull back 5 kilometres"],
      ["armies pull back 15 kilometres", "aid convoys pass through Moyale"])  # fmt: skip
cases("unchecked-texts", DIGEST, "ceasefires[0].positions[0].conditions[0]", condition,
      ["both armies pull back 5 km"], ["both armies pull back 50 km", "monitors from Djibouti"])  # fmt: skip
cases("unchecked-texts", WIRE, "sanctions[0].targets[0]", measure("targets"),
      ["31 tankers"], ["13 tankers", "Sovcomflot tankers"])  # fmt: skip
cases("unchecked-texts", WIRE, "sanctions[0].triggers[0]", measure("triggers"),
      ["a pause of 12 days in the Geneva talks"], ["a pause of 21 days in the Geneva talks"])  # fmt: skip


def affiliation_in(text: str, passes: list[str], fails: list[str]) -> None:
    cases("country-seats", text, "people[0].affiliation", person, passes, fails)


SEAT_LINES = [
    (
        "Sanctions row\n\nWashington rejected the proposal on Monday, and Ana Ruiz, its envoy, left the room.\n",
        "United States",
    ),
    (
        "Sanctions row\n\nThe White House said on Monday that envoy Ana Ruiz would stay in the talks.\n",
        "United States",
    ),
    (
        "Sanctions row\n\nPentagon officials said Ana Ruiz would brief the committee.\n",
        "United States",
    ),
    (
        "Truce talks\n\nThe Kremlin said on Friday that its negotiator, Ana Ruiz, had left for the talks.\n",
        "Russia",
    ),
    ("Truce talks\n\nMoscow rejected the plan, its envoy Ana Ruiz told the meeting.\n", "Russia"),
    ("Truce talks\n\nKyiv accepted the offer, and adviser Ana Ruiz signed it.\n", "Ukraine"),
    ("Truce talks\n\nDowning Street said envoy Ana Ruiz would attend.\n", "Britain"),
    ("Truce talks\n\nBeijing welcomed the truce, and its envoy Ana Ruiz flew in.\n", "China"),
    ("Sanctions row\n\nThe Elysee said adviser Ana Ruiz would stay on.\n", "France"),
    ("Sanctions row\n\nWashington said on Tuesday its envoy, Ana Ruiz, would return.\n", "America"),
]
for text, country in SEAT_LINES:
    affiliation_in(text, [country], [])

PLACED_SEATS = [
    ("Truce talks\n\nThe talks in Moscow went on late, and Ana Ruiz took notes.\n", "Russia"),
    (
        "Truce talks\n\nA dinner at the White House ended late; Ana Ruiz left first.\n",
        "United States",
    ),
    ("Truce talks\n\nThey met near Beijing, and Ana Ruiz spoke first.\n", "China"),
    ("Truce talks\n\nAna Ruiz flew to Kyiv on Sunday.\n", "Ukraine"),
    (
        "Truce talks\n\nIt was the first visit since Ana Ruiz returned to the White House.\n",
        "United States",
    ),
]
for text, country in PLACED_SEATS:
    affiliation_in(text, [country], [])

NOT_SEATS = [
    ("Truce talks\n\nThe Washington Post said Ana Ruiz had resigned.\n", "United States"),
    (
        "Truce talks\n\nA statue of George Washington stood behind Ana Ruiz as she spoke.\n",
        "United States",
    ),
    ("Truce talks\n\nActor Denzel Washington met Ana Ruiz backstage.\n", "America"),
    ("Truce talks\n\nAna Ruiz quoted Jack London at the start of her speech.\n", "Britain"),
    ("Truce talks\n\nThe Moscow Times said Ana Ruiz had left.\n", "Russia"),
    (
        "Truce talks\n\nWASHINGTON, May 2 (Lakeside Wire) - Ana Ruiz left the talks.\n",
        "United States",
    ),
    ("Truce talks\n\nThe Kremlin said on Friday that Ana Ruiz had left.\n", "Ukraine"),
    ("Truce talks\n\nThe White House said on Friday that Ana Ruiz had left.\n", "Britain"),
    ("Truce talks\n\nRussia said on Friday that Ana Ruiz had left.\n", "Kremlin"),
    ("Truce talks\n\nThe United States said envoy Ana Ruiz had left.\n", "White House"),
    ("Truce talks\n\nUkraine said Ana Ruiz had arrived in Moscow.\n", "Kremlin"),
]
for text, country in NOT_SEATS:
    affiliation_in(text, [], [country])


TAGGED = [
    (
        "Sanctions bill\n\nSen. Ana Ruiz (R-S.C.) filed the bill on Monday.\n",
        ["Republican", "GOP", "Republican Party"],
        ["Democrat", "Democratic Party", "Independent"],
    ),
    (
        "Sanctions bill\n\nRep. Ana Ruiz (D-N.Y.) filed the bill on Monday.\n",
        ["Democrat", "Democratic Party", "Democrats"],
        ["Republican", "GOP"],
    ),
    (
        "Sanctions bill\n\nSen. Ana Ruiz, R-Texas, filed the bill on Monday.\n",
        ["Republicans", "Republican"],
        ["Green Party"],
    ),
    (
        "Sanctions bill\n\nRep. Ana Ruiz (D., Calif.) filed the bill on Monday.\n",
        ["Democratic"],
        ["Labour Party"],
    ),
    (
        "Sanctions bill\n\nSen. Ana Ruiz (I-Vt.) filed the bill on Monday.\n",
        ["Independent"],
        ["Republican"],
    ),
    (
        "Road report\n\nAna Ruiz said Route (R-7) was closed and Section D-4 burned.\n",
        [],
        ["Republican", "Democrat"],
    ),
]
for text, passes, fails in TAGGED:
    cases("party-tags", text, "people[0].affiliation", person, passes, fails)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    import json

    OUT.write_text("".join(json.dumps(case, ensure_ascii=False) + "\n" for case in built.cases))
    print(f"wrote {len(built.cases)} cases to {OUT}")
