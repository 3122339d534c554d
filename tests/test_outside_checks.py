"""The outside checks' numbers are what the README reports, and a change that moves them says so.

Each check (``evals/outside/``, run by ``tests/outside_checks.py``) is held to its recorded
counts exactly: a rule that adds a false alarm or lets a plant through fails here with the items
named, and a rule that removes one fails too until the record (and the README's table) is
updated, so the published figures are always the ones the code gives."""

from __future__ import annotations

import pytest

from tests.outside_checks import CHECKS, checks, run_check

# check: (false alarms on correct facts, plants caught, probes wrong)
RECORDED: dict[str, tuple[int, int, int]] = {
    "check-50": (22, 117, 1),
    "check-51": (18, 109, 0),
    "check-52": (5, 90, 4),
    "check-53": (17, 100, 0),
    "check-54": (37, 108, 3),
    "check-55": (38, 105, 2),
    "check-56": (17, 94, 5),
    "check-57": (23, 96, 5),
    "check-58": (10, 71, 2),
    "check-59": (50, 85, 7),
    "check-60": (42, 99, 9),
}


def test_every_check_is_recorded() -> None:
    assert sorted(path.name for path in checks()) == sorted(RECORDED)


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_a_check_gives_its_recorded_counts(name: str) -> None:
    result = run_check(CHECKS / name)
    flags, caught, wrong = RECORDED[name]
    got = (len(result.flags), result.caught, len(result.wrong_probes))
    listing = "\n".join(
        ["flagged:", *result.flags, "missed:", *result.missed, "probes:", *result.wrong_probes]
    )
    recorded = f"{result.summary()}; recorded {RECORDED[name]}"
    assert got == (flags, caught, wrong), f"{recorded}\n{listing}"
