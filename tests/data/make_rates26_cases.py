# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 58's two-country rates (``grounding_rates26.jsonl``): value-support
cases for a measure's tariff rate in a sentence that states two countries' rates, by category,
each with what must pass and what must fail:

- ``modifier-country``: a country named right before a rate's own tariff noun ("the US tariff
  on Chinese goods down to 30% from 145%", "the EU levy on ... to 25%") owns that rate, as a
  possessive does ("China's duty on US products to 10%"): a measure of the other country is
  refused it; the country's own rate passes; the rate a change starts from ("from 145%")
  stays refused; a rate set against the named tariff ("answered the US tariff with a 34%
  duty") is not the named country's (it stays China's; that the US measure is refused 34
  is not read, the subject "Beijing" of "answered" being no verb of charging).

Run ``python tests/data/make_rates26_cases.py`` to rebuild it. The facts are real or modelled on
real trade disputes (the 2025 US-China Geneva truce, the steel and aluminium rows with the EU,
Canada and India), the sentences written for this set; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_rates26.jsonl")

built = SupportCases(
    "r26",
    leads=[
        "GENEVA (Alpine Wire) -",
        "By Hannah Okafor | The Trade Ledger",
        "MARKETS BRIEFING | The Harbour Gazette",
        "From our Ottawa correspondent, The Lakes Review.",
        "NEW DELHI, Subcontinent Post -",
    ],
)
COUNTRY = "modifier-country"
PUBLISHED = "2025-05-14"


def rates(sentence: str, passes: list[tuple[str, str, float]],
          fails: list[tuple[str, str, float]]) -> None:  # fmt: skip
    """A measure (issuing country, its goods, rate) backed by ``sentence``: each of
    ``passes`` is stated by it, each of ``fails`` is not (the other country's rate, the rate
    before the change)."""
    text = built.page(sentence)
    for expect, (body, goods, value) in verdicts(passes, fails):
        fact: dict[str, Any] = {
            "instrument": "executive_action", "issuing_body": body, "status": "announced",
            "tariff_rate_percent": {"value": value, "qualifier": "exact"},
            "targets": [goods], "evidence": [sentence],
        }  # fmt: skip
        why = f"{body}'s rate on {goods} {value:g}: " + (
            "the rate the sentence gives that country"
            if expect
            else "another country's or an earlier rate"
        )
        facts = {"article": {"headline": None, "outlet": None, "byline": None,
                             "published": PUBLISHED},
                 "sanctions": [fact]}  # fmt: skip
        built.add(COUNTRY, expect, why, text, facts, "sanctions[0].tariff_rate_percent")


US, CN, EU, CA, IN, MX, JP = (
    "United States",
    "China",
    "European Union",
    "Canada",
    "India",
    "Mexico",
    "Japan",
)
rates("The Geneva truce brings the US tariff on Chinese goods down to 30% from 145%, and China's duty on American products to 10% from 125%.",
      [(US, "Chinese goods", 30), (CN, "American products", 10)],
      [(CN, "American products", 30), (US, "Chinese goods", 10), (US, "Chinese goods", 145)])  # fmt: skip
rates("Under the 90-day pause the American levy on imports from China falls to 30 per cent, while Beijing's tariff on US goods drops to 10 per cent.",
      [(US, "imports from China", 30), (CN, "US goods", 10)],
      [(CN, "US goods", 30), (US, "imports from China", 10)])  # fmt: skip
rates("The EU duty on American whiskey rises to 50% on Sunday, and the US tariff on European steel stays at 25%.",
      [(EU, "American whiskey", 50), (US, "European steel", 25)],
      [(US, "European steel", 50), (EU, "American whiskey", 25)])  # fmt: skip
rates("Ottawa confirmed that the Canadian duty on US steel goes to 25 per cent, matching the US tariff on Canadian aluminium of 10 per cent.",
      [(CA, "US steel", 25)],
      [(US, "Canadian aluminium", 25)])  # fmt: skip
rates("The new schedule lifts the Indian duty on US almonds to 20 percent, and the US tariff on Indian shrimp to 26 percent.",
      [(IN, "US almonds", 20), (US, "Indian shrimp", 26)],
      [(US, "Indian shrimp", 20), (IN, "US almonds", 26)])  # fmt: skip
rates("Officials said the Mexican tariff on Chinese cars would reach 50%, double the US levy on Mexican tomatoes of 17%.",
      [(MX, "Chinese cars", 50)],
      [(US, "Mexican tomatoes", 50)])  # fmt: skip
rates("Beijing answered the US tariff with a 34% duty on all American goods, effective from April 10.",
      [(CN, "American goods", 34)], [])  # fmt: skip
rates("The deal cuts the US tariff on Japanese cars to 15% from 27.5%; Japan's charge on American rice stays at zero.",
      [(US, "Japanese cars", 15)],
      [(US, "Japanese cars", 27.5), (JP, "American rice", 15)])  # fmt: skip
rates("The Canadian levy on American dairy stays at 241%, while the US duty on Canadian lumber doubles to 29%.",
      [(CA, "American dairy", 241), (US, "Canadian lumber", 29)],
      [(US, "Canadian lumber", 241), (CA, "American dairy", 29)])  # fmt: skip
rates("Brussels put the EU tariff on US motorcycles at 31%, against China's duty of 25% on the same bikes.",
      [(EU, "US motorcycles", 31)],
      [(CN, "US motorcycles", 31)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
