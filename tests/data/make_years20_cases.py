"""Build the set of a day's year written another way (``grounding_years20.jsonl``): a value
that writes its year in ISO form ("2023-10-04", "2023-10-04T09:00") or with a clipped year
("Oct 4 '23", "4 Oct. '23") is refused when its evidence writes that day only in another year,
as "4 October 2023" already was (``year-forms``); the same day in the value's own year, or a
day the evidence writes with no year, still passes.

Run ``python tests/data/make_years20_cases.py`` to rebuild it. The sentences were written for
this set (invented events of real bodies); each verdict is what a careful fact-checker reads
in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_years20.jsonl")

built = SupportCases("y20", leads=["BRUSSELS (Harbour Wire) -", "VIENNA, Austria -", ""])
FORMS = "year-forms"

# (sentence, the day's (year, month, day), the field it fills)
SENTENCES = [
    (
        "On 4 October 2024, member states did not reach the qualified majority on the duties.",
        (2024, 10, 4),
        "sanctions[0].introduced",
    ),
    (
        "The truce took effect at midnight on March 5, 2025, both sides said.",
        (2025, 3, 5),
        "ceasefires[0].starts",
    ),
    (
        "The leaders met on 17 November 2023 in Woodside.",
        (2023, 11, 17),
        "summits[0].planned_timing",
    ),
    (
        "The senators introduced the bill on Jan. 9, 2022, after a long debate.",
        (2022, 1, 9),
        "sanctions[0].introduced",
    ),
    (
        "A ceasefire began on 1st June 2021, the ministry announced.",
        (2021, 6, 1),
        "ceasefires[0].starts",
    ),
    (
        "The envoys will meet in Geneva on 12 August 2026, officials said.",
        (2026, 8, 12),
        "summits[0].planned_timing",
    ),
    (
        "The ministry unveiled the duties on Sept. 30, 2019.",
        (2019, 9, 30),
        "sanctions[0].introduced",
    ),
    ("Both armies halted fire on 28 February 2020 at noon.", (2020, 2, 28), "ceasefires[0].starts"),
    ("The summit opened in Kigali on June 20, 2022.", (2022, 6, 20), "summits[0].planned_timing"),
    ("The senators introduced the measure on 2 May 2017.", (2017, 5, 2), "sanctions[0].introduced"),
    (
        "The two sides' holiday pause began on Dec. 24, 2018.",
        (2018, 12, 24),
        "ceasefires[0].starts",
    ),
]
SHORT = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]


def iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def clipped(year: int, month: int, day: int, first: bool) -> str:
    if first:
        return f"{day} {SHORT[month - 1]} '{year % 100:02d}"
    return f"{SHORT[month - 1]} {day} \u2019{year % 100:02d}"


def add(sentence: str, path: str, value: str, expect: bool, why: str) -> None:
    text = built.page(sentence)
    built.day(FORMS, text, sentence, value, expect, why, path=path)


for n, (sentence, (year, month, day), path) in enumerate(SENTENCES):
    add(sentence, path, iso(year, month, day), True, "the ISO form of the day the text writes")
    add(sentence, path, iso(year - 1, month, day), False, "an ISO day a year before the text's")
    add(sentence, path, clipped(year, month, day, n % 2 == 0), True, "the day with a clipped year")
    add(
        sentence,
        path,
        clipped(year + 1, month, day, n % 2 == 1),
        False,
        "a clipped year after the text's",
    )
    if n % 3 == 0:
        add(sentence, path, f"{iso(year, month, day)}T09:00:00Z", True, "an ISO time on the day")
        add(
            sentence,
            path,
            f"{iso(year - 2, month, day)}T09:00",
            False,
            "an ISO time two years earlier",
        )
# a day the text writes without a year, or in two years
add(
    "The truce began on 5 March, the ministry said.",
    "ceasefires[0].starts",
    "2024-03-05",
    True,
    "the text gives no year to refuse",
)
add(
    "The ministers met on 9 July, as they had on 9 July 2023.",
    "summits[0].planned_timing",
    "2024-07-09",
    True,
    "the text writes the day once without a year",
)
add(
    "Talks failed on 4 October 2024, as they had on 4 October 2023.",
    "summits[0].planned_timing",
    "2023-10-04",
    True,
    "the text writes the day in 2023 too",
)
add(
    "Talks failed on 4 October 2024, as they had on 4 October 2023.",
    "summits[0].planned_timing",
    "2022-10-04",
    False,
    "the text writes the day in 2023 and 2024 only",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
