# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the numbers set of session 23's second round from an outside check's causes
(``grounding_numbers48.jsonl``): tariff rates a change or a layout hides, by category, each
with what must pass and what must fail:

- ``dated-start``: a rate the sentence dates as now or as the start ("10 per cent now, rising
  to 25 per cent on 1 January", "8% initially and 20% from July") is the measure's rate; a
  rate that a change already made left behind ("was raised to", "now rises to"), or a number
  the sentence does not give, is refused;
- ``changed-result``: a later sentence's "the duty was doubled to 20 per cent", after the
  sentence that put 10 per cent on the measure's goods, gives the measure's rate; a change on
  other goods ("raised the duty on Vietnamese bikes to 25%") is refused.

Run ``python tests/data/make_numbers48_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, real bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numbers48.jsonl")

built = SupportCases(
    "nu48",
    leads=[
        "SEOUL (Hanbando Business Wire) \u2014",
        "By our customs reporter | Gazeta Handlowa",
        "Trade desk, The Andean Ledger",
        "From the Nairobi bureau of East Africa Monitor",
        "Briefing \u2014 Tariff Watch, issue 88",
    ],
    title="Tariff rates",
)


def rate(
    category: str, expect: bool, text: str, evidence: list[str], value: float, why: str,
    targets: list[str] | None = None,
) -> None:  # fmt: skip
    """A measure whose tariff rate is ``value``, backed by ``evidence`` on the page ``text``."""
    measure: dict[str, Any] = {
        "instrument": "executive_action",
        "evidence": evidence,
        "tariff_rate_percent": {"value": value, "qualifier": "exact"},
    }
    if targets:
        measure["targets"] = targets
    built.add(
        category, expect, f"tariff {value:g}%: {why}", text, {"sanctions": [measure]},
        "sanctions[0].tariff_rate_percent",
    )  # fmt: skip


# --- dated-start -----------------------------------------------------------------------------

DATED = [
    (
        "Jakarta levies 7 per cent at present, moving to 12 per cent in 2027, on imported steel coil.",
        7,
        12,
        5,
    ),
    # (sentence, the rate dated now, the later rate, a number not given)
    (
        "The ministry said it would charge a 10 per cent duty now, rising to 25 per cent on 1 January, on imported tyres.",
        10,
        25,
        15,
    ),
    (
        "Duties of 8% initially and 20% from July will apply to Thai rice, the customs office said.",
        8,
        20,
        12,
    ),
    (
        "The levy stands at 12 per cent for now, and is due to climb to 18 per cent next spring.",
        12,
        18,
        6,
    ),
    (
        "A 5 per cent surcharge applies at first, then 15 per cent from 2027, under the decree signed by Minister Oyelaran.",
        5,
        15,
        10,
    ),
    (
        "Seoul will impose a tariff of 30% immediately, stepping up to 45% in the second year.",
        30,
        45,
        15,
    ),
    (
        "The anti-dumping duty is 6 percent this year and 11 percent from next March, Brussels said.",
        6,
        11,
        17,
    ),
    ("Importers pay a 14 pc levy today, before it goes up to 22 pc in October.", 14, 22, 8),
    (
        "Lima set the rate at 4 percent currently, climbing to 10 percent once the quota is filled.",
        4,
        10,
        14,
    ),
    (
        "The duty on frozen hake is 20 per cent for the time being and will fall to 12 per cent in 2026.",
        20,
        12,
        32,
    ),
]
for sentence, now, _later, wrong in DATED:
    text = built.page(sentence)
    rate("dated-start", True, text, [sentence], now, "the rate the sentence dates as now")
    rate("dated-start", False, text, [sentence], wrong, "a number the sentence does not give")

CHANGED_BEFORE = [
    # (sentence, the old rate: a change already made, or one under way, left it behind)
    ("The 10 per cent tariff now rises to 25 per cent, the ministry said.", 10),
    ("The 12 per cent levy, in force until now, was raised to 20 per cent on Monday.", 12),
    ("A 5 per cent surcharge was at first raised to 15 per cent and then to 20 per cent.", 5),
    ("The 7 percent duty currently rises to 14 percent under the new schedule.", 7),
    ("The 18% tariff has since climbed to 27%, officials said.", 18),
]
for sentence, old in CHANGED_BEFORE:
    rate(
        "dated-start",
        False,
        built.page(sentence),
        [sentence],
        old,
        "the rate a change made left behind",
    )

# --- changed-result --------------------------------------------------------------------------

CHANGES = [
    (
        "Pretoria set a 20 percent duty on Brazilian chicken in 2024.",
        "The duty was then raised to 62 percent, the trade department said.",
        "Brazilian chicken",
        62,
    ),
    # (first sentence: a rate on the goods; later sentence: the change; goods; new rate)
    (
        "On 1 February the president imposed an extra 10 per cent tariff on all imports from Vietnam.",
        "On 4 March the extra duty was doubled to 20 per cent.",
        "all imports from Vietnam",
        20,
    ),
    (
        "The bloc put a 15% duty on Chinese electric bicycles in May.",
        "In October the levy was raised to 25%.",
        "Chinese electric bicycles",
        25,
    ),
    (
        "Canberra applied an 8 percent tariff to Indonesian palm oil last year.",
        "This week the rate rose to 12 percent.",
        "Indonesian palm oil",
        12,
    ),
    (
        "Ottawa's 6 per cent surtax on US boats took effect in April.",
        "The surtax has since been lifted to 9 per cent.",
        "US boats",
        9,
    ),
    (
        "Brasilia first levied 30% on imported ethanol.",
        "Officials later cut the tariff to 18%, citing a short harvest.",
        "imported ethanol",
        18,
    ),
    (
        "Kenya imposed a 25 per cent duty on Ugandan sugar in January.",
        "By June the duty had been halved to 12.5 per cent.",
        "Ugandan sugar",
        12.5,
    ),
    (
        "A 5% levy on Turkish steel pipes came into force on 2 May.",
        "Ankara's complaint did not stop it: the levy was tripled to 15% in August.",
        "Turkish steel pipes",
        15,
    ),
    (
        "Washington placed a 10 percent tariff on Swiss watches.",
        "The rate then climbed to 31 percent under the new order.",
        "Swiss watches",
        31,
    ),
    (
        "Tokyo charged 4 per cent on Australian beef until March.",
        "The safeguard duty was raised to 38.5 per cent on 1 April.",
        "Australian beef",
        38.5,
    ),
]
for first, later, goods, new in CHANGES:
    text = built.page(first, later)
    rate(
        "changed-result",
        True,
        text,
        [first, later],
        new,
        "the rate the measure's own change leads to",
        [goods],
    )
    rate(
        "changed-result",
        False,
        text,
        [first, later],
        new + 5,
        "a rate neither sentence gives",
        [goods],
    )

OTHER_CHANGES = [
    (
        "The bloc put a 15% duty on Chinese e-bikes in May.",
        "In October it raised the duty on Vietnamese bikes to 25%.",
        "Chinese e-bikes",
        25,
    ),
    (
        "The bloc put a 15% duty on Chinese e-bikes in May.",
        "In October the levy rose to 25% for Vietnamese bikes.",
        "Chinese e-bikes",
        25,
    ),
    (
        "Canberra applied an 8 percent tariff to Indonesian palm oil.",
        "On Malaysian palm oil the rate was raised to 14 percent.",
        "Indonesian palm oil",
        14,
    ),
    (
        "Kenya imposed a 25 per cent duty on Ugandan sugar.",
        "Tanzania, for its part, raised its own duty on the sugar to 35 per cent.",
        "Ugandan sugar",
        35,
    ),
    (
        "Tokyo charged 4 per cent on Australian beef.",
        "The duty on US pork was increased to 20 per cent for importers in Osaka.",
        "Australian beef",
        20,
    ),
]
for first, later, goods, other in OTHER_CHANGES:
    text = built.page(first, later)
    rate(
        "changed-result",
        False,
        text,
        [first, later],
        other,
        "another measure's changed rate",
        [goods],
    )


# Another party's change, or a change threatened (review s23d cr04, cr05, cr07, cr10): the
# rate is not the measure's own, and the refusal stands; beside each, the measure's own change
# in a like wording, which must pass (first sentence, later sentence, goods, rate, expect).
ASIDE_CHANGES = [
    (
        "Washington imposed an extra 10 per cent tariff on all imports from Laos in March.",
        "Vientiane retaliated by raising its own duty to 18 per cent.",
        "all imports from Laos",
        18,
        False,
    ),
    (
        "Delhi set a 12% duty on Chilean copper wire in January.",
        "Peru, facing similar pressure, increased its tariff to 22%.",
        "Chilean copper wire",
        22,
        False,
    ),
    (
        "Seoul levied 7 percent on Thai shrimp last spring.",
        "Hanoi followed suit, and its own levy was raised to 16 percent.",
        "Thai shrimp",
        16,
        False,
    ),
    (
        "The bloc put a 9 per cent duty on Egyptian fertiliser in June.",
        "Officials said the rate could be raised to 40 per cent if talks fail.",
        "Egyptian fertiliser",
        40,
        False,
    ),
    (
        "Mexico City imposed a 15% tariff on Korean steel coils.",
        "Ministers warned the duty may be increased to 35% unless imports fall.",
        "Korean steel coils",
        35,
        False,
    ),
    (
        "Pretoria applied a 5 percent duty on Argentine wine in May.",
        "In response, Buenos Aires hiked its levy to 27 percent.",
        "Argentine wine",
        27,
        False,
    ),
    (
        "Washington imposed an extra 10 per cent tariff on all imports from Laos in March.",
        "In May the extra tariff was raised to 18 per cent.",
        "all imports from Laos",
        18,
        True,
    ),
    (
        "Delhi set a 12% duty on Chilean copper wire in January.",
        "Facing a glut, officials increased the duty to 22%.",
        "Chilean copper wire",
        22,
        True,
    ),
    (
        "Seoul levied 7 percent on Thai shrimp last spring.",
        "The levy has since been raised to 16 percent, the ministry said.",
        "Thai shrimp",
        16,
        True,
    ),
    (
        "The bloc put a 9 per cent duty on Egyptian fertiliser in June.",
        "The rate was raised to 40 per cent after talks failed.",
        "Egyptian fertiliser",
        40,
        True,
    ),
    (
        "Mexico City imposed a 15% tariff on Korean steel coils.",
        "In August the government doubled the tariff to 30%.",
        "Korean steel coils",
        30,
        True,
    ),
    (
        "Pretoria applied a 5 percent duty on Argentine wine in May.",
        "By October the duty had climbed to 27 percent.",
        "Argentine wine",
        27,
        True,
    ),
]
for first, later, goods, new, expect in ASIDE_CHANGES:
    why = "the measure's own change" if expect else "another party's change, or one threatened"
    rate("changed-result", expect, built.page(first, later), [first, later], new, why, [goods])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
