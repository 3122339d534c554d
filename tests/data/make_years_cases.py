"""Build the years set (``grounding_years.jsonl``): value-support cases for date fields that
name a year and no day, the cause an independent check on other outlets' pages found (check
21: a bare "2016", "in 2015" and "last year" were never checked, so a year the article never
gives passed), by category, each with what must pass and what must fail:

- ``year-explicit``: a value naming a year ("2016", "in 2015", "the 2014 round") is supported
  by evidence stating that year (on its own, in a date, in an ISO date, before a noun) and not
  by evidence with another year, with no year, or with the digits only inside a price, a
  decimal, a longer number or a wire clock;
- ``year-relative``: "last year" / "next year" is supported by the same words or, in an article
  whose date is known, by the year they resolve to, and a year by "last year" the same way; not
  by the other relative year, "this year", or a year the words do not resolve to;
- ``year-with-month``: "March 2019" needs both its month and its year; a value that names a
  day ("Monday, March 4, 2019") is checked on the day, as before (the evidence's "on Monday"
  need not repeat the year).

Run ``python tests/data/make_years_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people); each verdict is what a careful fact-checker reads
in the text, decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_years.jsonl")

built = SupportCases("yrs")


def when(
    category: str, text: str, evidence: str, passes: list[str], fails: list[str],
    published: str | None = None, field: str = "event",
) -> None:  # fmt: skip
    """A fact backed by ``evidence`` whose date field is each value of ``passes`` (supported)
    and of ``fails`` (not): an event's ``when`` or a measure's ``introduced``."""
    assert evidence in text, evidence
    article = {**ARTICLE, "published": published}
    for expect, value in verdicts(passes, fails):
        if field == "event":
            fact: dict[str, Any] = {
                "events": [{"description": "what happened", "when": value, "evidence": [evidence]}]
            }
            path = "events[0].when"
        else:
            fact = {
                "sanctions": [{"instrument": "bill", "introduced": value, "evidence": [evidence]}]
            }
            path = "sanctions[0].introduced"
        built.add(category, expect, f"{path} = {value}", text, {"article": article, **fact}, path)


# --- 1. a year named alone --------------------------------------------------------------------

S = "The two sides first met in Geneva in 2016, a round that ended without a deal."
when(
    "year-explicit", "Long road\n\n" + S + "\n", S, ["2016", "in 2016"], ["2019", "2015", "in 2006"]
)
S = "Talks resumed in 2014 after a two-year pause, the Harbour Post reported."
when("year-explicit", "Harbour Post\n\n" + S + "\n", S, ["2014"], ["2012", "2024"])
S = "The agreement, signed on 2011-03-17 in Oslo, was the first of its kind."
when("year-explicit", "Oslo accord\n\n" + S + "\n", S, ["2011"], ["2017", "2003"])
S = "Negotiators recalled the 1994 ceasefire, which held for a decade."
when("year-explicit", "Recollections\n\n" + S + "\n", S, ["1994"], ["1984", "2004"])
S = "The tariff bill costs $2,016 per container, importers said."
when("year-explicit", "Container costs\n\n" + S + "\n", S, [], ["2016"])
S = "Prices rose 2016.5 points over the quarter, the exchange said."
when("year-explicit", "Exchange data\n\n" + S + "\n", S, [], ["2016"])
S = "The convoy crossed the border at 2015 GMT on Friday."
when("year-explicit", "Convoy\n\n" + S + "\n", S, [], ["2015"])
S = "A total of 12018 refugees were registered at the camp, officials said."
when("year-explicit", "Camp figures\n\n" + S + "\n", S, [], ["2018"])
S = "Mediators met both delegations in March, officials said."
when("year-explicit", "Mediation\n\n" + S + "\n", S, [], ["2023", "in 2023"])
S = "Senator Ilse Brandt introduced the bill in 2021, with eleven co-sponsors."
when(
    "year-explicit",
    "Senate\n\n" + S + "\n",
    S,
    ["2021", "in 2021"],
    ["2022", "2012"],
    field="measure",
)
S = "The accord (2009) set the border line that both armies now dispute."
when("year-explicit", "Border line\n\n" + S + "\n", S, ["2009"], ["2008"])
S = "Since the 2018 summit in Lomé, the bloc has met twice a year."
when("year-explicit", "Bloc meetings\n\n" + S + "\n", S, ["2018"], ["2017"])

S = "The 2025-26 budget round collapsed after the vote, the minister said."
when("year-explicit", "Budget\n\n" + S + "\n", S, ["2025"], ["2026", "2024"])
S = "Fighting flared again in late 2003, two years after the first truce."
when("year-explicit", "Flashpoint\n\n" + S + "\n", S, ["late 2003", "2003"], ["2001"])

# --- 2. relative years ------------------------------------------------------------------------

T = "Ports bill\n\nSenator Otto Lind introduced the ports bill last year, aides said.\n"
E = "Senator Otto Lind introduced the ports bill last year, aides said."
when(
    "year-relative",
    T,
    E,
    ["last year", "2015"],
    ["next year", "2016", "2014"],
    "2016-04-02",
    "measure",
)
when("year-relative", T, E, ["last year"], ["2016", "2015", "next year"], None, "measure")
S = "The rivals plan to hold the next round of talks in Accra next year."
when(
    "year-relative",
    "Accra\n\n" + S + "\n",
    S,
    ["next year", "2021"],
    ["last year", "2020", "2019"],
    "2020-10-01",
)
S = "The ceasefire was first agreed in 2015, the envoy said."
when(
    "year-relative",
    "Envoy\n\n" + S + "\n",
    S,
    ["last year", "2015"],
    ["next year", "2014", "2016"],
    "2016-01-20",
)
when("year-relative", "Envoy\n\n" + S + "\n", S, ["2015"], ["last year"], "2019-01-20")
S = "The bloc held an emergency meeting this year after the border clashes."
when(
    "year-relative",
    "Bloc\n\n" + S + "\n",
    S,
    ["2022", "this year"],
    ["last year", "2021"],
    "2022-06-30",
)

# --- 3. a month and a year, and values that name a day --------------------------------------

S = "The coalition signed the truce in March 2019 in Nairobi, the statement said."
when(
    "year-with-month",
    "Nairobi\n\n" + S + "\n",
    S,
    ["March 2019", "2019", "in March"],
    ["March 2018", "April 2019", "March 2009"],
)
S = "The measure was introduced in September of 2020 by Senator Ada Voss."
when(
    "year-with-month",
    "Voss bill\n\n" + S + "\n",
    S,
    ["September 2020"],
    ["September 2021", "October 2020"],
    field="measure",
)
S = "The meeting took place in June, the ministry said."
when("year-with-month", "Ministry\n\n" + S + "\n", S, ["June"], ["June 2017", "July"])
S = "The talks began on Monday in Doha, mediators said."
when(
    "year-with-month",
    "Doha\n\n" + S + "\n",
    S,
    ["Monday, March 4, 2019", "Monday"],
    ["Tuesday, March 5, 2019", "Tuesday"],
    "2019-03-06",
)
S = "Both sides met again on July 28, 2025 in Kuala Lumpur."
when(
    "year-with-month",
    "Kuala Lumpur\n\n" + S + "\n",
    S,
    ["July 28, 2025", "July 2025", "2025"],
    ["July 2024", "July 29, 2025", "2024"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
