"""The outside checks' numbers are what `evals/outside/README.md` reports, and a change that
moves them says so.

Each check (``evals/outside/``, run by ``tests/outside_checks.py``) is held to its recorded
counts exactly: a rule that adds a false alarm or lets a plant through fails here with the items
named, and a rule that removes one fails too until the record (and that table) is
updated, so the published figures are always the ones the code gives."""

from __future__ import annotations

import pytest

from tests.outside_checks import CHECKS, checks, run_check

# check: (false alarms on correct facts, plants caught, probes wrong)
RECORDED: dict[str, tuple[int, int, int]] = {
    "check-50": (19, 117, 1),
    "check-51": (15, 110, 0),  # session 58's readings (DECISIONS, session 58)
    "check-52": (4, 90, 4),
    "check-53": (16, 100, 0),
    "check-54": (26, 108, 1),
    "check-55": (23, 107, 2),
    "check-56": (13, 95, 5),
    "check-57": (16, 99, 4),
    "check-58": (10, 72, 1),  # session 58's readings (DECISIONS, session 58)
    "check-59": (19, 90, 6),  # session 61's readings (DECISIONS, session 61)
    "check-60": (12, 103, 7),  # session 61's readings (DECISIONS, session 61)
    "check-61": (37, 112, 1),
    "check-62": (45, 124, 8),  # session 63's readings (DECISIONS, session 63)
    "check-63": (44, 124, 6),  # session 62's readings (DECISIONS, session 62)
    "check-64": (51, 114, 4),  # session 58's readings (DECISIONS, session 58)
    "check-65": (21, 106, 5),  # session 61's readings (DECISIONS, session 61)
    "check-66": (33, 120, 4),  # session 64's readings (DECISIONS, session 64)
    "check-67": (36, 114, 6),  # session 61's readings (DECISIONS, session 61)
    "check-68": (6, 112, 6),  # session 60's readings (DECISIONS, session 60)
    "check-69": (13, 116, 4),  # session 62's readings (DECISIONS, session 62)
    "check-70": (29, 111, 4),  # session 61's readings (DECISIONS, session 61)
    "check-71": (28, 105, 2),  # session 64's readings (DECISIONS, session 64)
    "check-72": (17, 115, 0),  # session 64's readings (DECISIONS, session 64)
    "check-73": (34, 104, 4),  # session 60's readings (DECISIONS, session 60)
    "check-74": (26, 93, 11),  # session 64's readings (DECISIONS, session 64)
    "check-75": (16, 84, 6),  # session 61's readings (DECISIONS, session 61)
    "check-76": (33, 85, 7),  # session 63's readings (DECISIONS, session 63)
    "check-77": (18, 86, 5),  # session 64's readings (DECISIONS, session 64)
    "check-78": (27, 56, 5),  # session 64's readings (DECISIONS, session 64)
    "check-79": (30, 81, 4),  # session 64's readings (DECISIONS, session 64)
    "check-80": (35, 85, 8),  # session 59's readings (DECISIONS, session 59)
    "check-81": (19, 77, 7),  # session 64's readings (DECISIONS, session 64)
    "check-82": (19, 84, 4),  # session 58's readings (DECISIONS, session 58)
    "check-83": (27, 81, 7),  # session 62's readings (DECISIONS, session 62)
    "check-84": (27, 90, 4),  # session 59's readings (DECISIONS, session 59)
    "check-85": (29, 86, 2),  # session 62's readings (DECISIONS, session 62)
    "check-86": (32, 74, 8),  # session 62's readings (DECISIONS, session 62)
    "check-87": (41, 83, 2),  # session 62's readings (DECISIONS, session 62)
    "check-88": (36, 85, 5),  # session 64's readings (DECISIONS, session 64)
    "check-89": (42, 87, 6),  # session 63's readings (DECISIONS, session 63)
    "check-90": (18, 83, 9),  # session 59's readings (DECISIONS, session 59)
    "check-91": (12, 83, 2),  # session 62's readings (DECISIONS, session 62)
    "check-92": (49, 78, 3),  # session 64's readings (DECISIONS, session 64)
    "check-93": (21, 79, 4),  # session 64's readings (DECISIONS, session 64)
    "check-94": (35, 86, 0),  # session 63's readings (DECISIONS, session 63)
    "check-95": (59, 83, 5),  # session 60's readings (DECISIONS, session 60)
    "check-96": (19, 88, 5),  # session 64's readings (DECISIONS, session 64)
    "check-97": (35, 77, 5),  # session 60's readings (DECISIONS, session 60)
    "check-98": (36, 89, 5),  # session 64's readings (DECISIONS, session 64)
    "check-99": (57, 85, 11),  # session 62's readings (DECISIONS, session 62)
    "check-100": (38, 85, 7),  # session 64's readings (DECISIONS, session 64)
    "check-101": (32, 74, 7),  # session 64's readings (DECISIONS, session 64)
    "check-102": (45, 89, 9),  # session 59's readings (DECISIONS, session 59)
    "check-103": (38, 69, 2),  # session 64's readings (DECISIONS, session 64)
    "check-104": (35, 94, 2),  # session 64's readings (DECISIONS, session 64)
    "check-105": (19, 88, 4),  # session 64's readings (DECISIONS, session 64)
    "check-106": (57, 91, 3),  # session 64's readings (DECISIONS, session 64)
    "check-107": (55, 78, 2),  # session 61's readings (DECISIONS, session 61)
    "check-108": (31, 84, 6),  # session 64's readings (DECISIONS, session 64)
    "check-109": (30, 79, 2),  # session 64's readings (DECISIONS, session 64)
    "check-110": (56, 72, 7),  # session 62's readings (DECISIONS, session 62)
    "check-111": (33, 85, 2),  # session 60's readings (DECISIONS, session 60)
    "check-112": (37, 72, 3),
    "check-113": (23, 79, 7),  # session 64's readings (DECISIONS, session 64)
    "check-114": (14, 71, 4),  # session 64's readings (DECISIONS, session 64)
    "check-115": (34, 73, 9),  # session 60's readings (DECISIONS, session 60)
    "check-116": (25, 77, 7),  # session 61's readings (DECISIONS, session 61)
    "check-117": (33, 72, 7),  # session 61's readings (DECISIONS, session 61)
    "check-118": (18, 75, 4),  # session 64's readings (DECISIONS, session 64)
    "check-119": (40, 84, 8),  # session 64's readings (DECISIONS, session 64)
    "check-120": (20, 75, 9),  # session 64's readings (DECISIONS, session 64)
    "check-121": (27, 71, 6),  # session 63's readings (DECISIONS, session 63)
    "check-122": (22, 86, 12),  # session 62's readings (DECISIONS, session 62)
    "check-123": (32, 85, 8),  # session 61's readings (DECISIONS, session 61)
    "check-124": (22, 72, 11),  # session 59's readings (DECISIONS, session 59)
    "check-125": (35, 104, 6),  # session 64's readings (DECISIONS, session 64)
    "check-126": (22, 111, 4),  # session 64's readings (DECISIONS, session 64)
    "check-127": (18, 78, 14),  # session 62's readings (DECISIONS, session 62)
    "check-128": (14, 89, 7),  # session 55's readings (DECISIONS, session 55)
    "check-129": (18, 65, 3),  # session 63's readings (DECISIONS, session 63)
    "check-130": (16, 66, 6),  # session 64's readings (DECISIONS, session 64)
    "check-131": (28, 64, 10),  # session 64's readings (DECISIONS, session 64)
    "check-132": (18, 54, 5),  # session 64's readings (DECISIONS, session 64)
    "check-133": (11, 76, 14),
    "check-134": (7, 59, 5),  # session 64's readings (DECISIONS, session 64)
    "check-135": (7, 63, 4),  # session 58's readings (DECISIONS, session 58)
    "check-136": (30, 77, 4),  # session 63's readings (DECISIONS, session 63)
    "check-137": (20, 68, 10),  # session 64's readings (DECISIONS, session 64)
    "check-138": (6, 49, 6),  # session 64's readings (DECISIONS, session 64)
    "check-139": (18, 71, 5),  # session 63's readings (DECISIONS, session 63)
    "check-140": (10, 83, 6),
    "check-141": (29, 109, 2),  # session 64's readings (DECISIONS, session 64)
    "check-142": (27, 58, 10),  # session 64's readings (DECISIONS, session 64)
    "check-143": (15, 67, 3),  # session 64's readings (DECISIONS, session 64)
    "check-144": (51, 118, 5),  # session 64's readings (DECISIONS, session 64)
    "check-145": (20, 88, 6),  # session 64's readings (DECISIONS, session 64)
    "check-146": (40, 99, 8),  # session 64's readings (DECISIONS, session 64)
    "check-147": (39, 65, 6),  # session 64's readings (DECISIONS, session 64)
    "check-148": (18, 54, 12),  # session 64's readings (DECISIONS, session 64)
    "check-149": (28, 82, 8),  # session 64's readings (DECISIONS, session 64)
    "check-150": (31, 82, 8),  # session 63's readings (DECISIONS, session 63)
    "check-151": (35, 73, 6),  # session 64's readings (DECISIONS, session 64)
    "check-152": (19, 74, 8),  # session 64's readings (DECISIONS, session 64)
    "check-153": (25, 75, 6),  # session 64's readings (DECISIONS, session 64)
    "check-154": (27, 68, 5),  # session 64's readings (DECISIONS, session 64)
    "check-155": (43, 89, 5),  # session 64's readings (DECISIONS, session 64)
    "check-156": (24, 75, 8),  # session 64's readings (DECISIONS, session 64)
    "check-157": (27, 51, 8),  # session 64's readings (DECISIONS, session 64)
    "check-158": (32, 68, 5),  # session 64's readings (DECISIONS, session 64)
    "check-159": (33, 75, 4),  # session 64's readings (DECISIONS, session 64)
    "check-160": (32, 66, 5),  # session 64's readings (DECISIONS, session 64)
    "check-161": (21, 68, 5),  # session 64's readings (DECISIONS, session 64)
    "check-162": (29, 61, 1),  # session 64's readings (DECISIONS, session 64)
    "check-163": (36, 68, 4),  # session 64's readings (DECISIONS, session 64)
    "check-164": (27, 80, 6),  # session 62's readings (DECISIONS, session 62)
    "check-165": (27, 71, 6),  # session 64's readings (DECISIONS, session 64)
    "check-166": (21, 70, 4),  # session 64's readings (DECISIONS, session 64)
    "check-167": (31, 71, 10),  # session 64's readings (DECISIONS, session 64)
    "check-168": (42, 73, 4),  # session 61's readings (DECISIONS, session 61)
    "check-169": (19, 76, 9),  # session 64's readings (DECISIONS, session 64)
    "check-170": (32, 71, 4),  # session 64's readings (DECISIONS, session 64)
    "check-171": (18, 54, 5),  # session 64's readings (DECISIONS, session 64)
    "check-172": (43, 77, 4),  # session 64's readings (DECISIONS, session 64)
    "check-173": (32, 63, 10),  # session 64's readings (DECISIONS, session 64)
    "check-174": (35, 82, 7),  # session 61's readings (DECISIONS, session 61)
    "check-175": (24, 75, 6),  # session 64's readings (DECISIONS, session 64)
    "check-176": (40, 68, 8),  # session 64's readings (DECISIONS, session 64)
    "check-177": (35, 67, 7),  # session 62's readings (DECISIONS, session 62)
    "check-178": (37, 62, 8),  # session 58's readings (DECISIONS, session 58)
    "check-179": (21, 50, 7),  # session 64's readings (DECISIONS, session 64)
    "check-180": (48, 81, 2),  # session 59's readings (DECISIONS, session 59)
    "check-181": (36, 79, 1),  # session 64's readings (DECISIONS, session 64)
    "check-182": (69, 101, 7),  # session 64's readings (DECISIONS, session 64)
    "check-183": (47, 84, 5),  # session 64's readings (DECISIONS, session 64)
    "check-184": (46, 80, 6),  # session 64's readings (DECISIONS, session 64)
    "check-185": (21, 75, 5),  # session 64's readings (DECISIONS, session 64)
    "check-186": (24, 91, 5),  # session 64's readings (DECISIONS, session 64)
    "check-187": (22, 74, 2),  # session 59's readings (DECISIONS, session 59)
    "check-188": (54, 74, 4),  # session 64's readings (DECISIONS, session 64)
    "check-189": (19, 67, 5),  # session 64's readings (DECISIONS, session 64)
    "check-190": (27, 87, 4),  # session 64's readings (DECISIONS, session 64)
    "check-191": (41, 78, 5),  # session 64's readings (DECISIONS, session 64)
    "check-192": (23, 77, 2),  # session 61's start, held out (DECISIONS, session 61)
    "check-193": (26, 79, 2),  # session 64's readings (DECISIONS, session 64)
    "check-194": (36, 98, 1),  # session 64's readings (DECISIONS, session 64)
    "check-195": (48, 87, 9),  # session 64's readings (DECISIONS, session 64)
    "check-196": (42, 75, 3),  # session 64's readings (DECISIONS, session 64)
    "check-197": (54, 83, 4),  # session 64's readings (DECISIONS, session 64)
    "check-198": (22, 52, 10),  # session 64's readings (DECISIONS, session 64)
    "check-199": (31, 74, 6),  # session 64's readings (DECISIONS, session 64)
    "check-200": (28, 73, 4),  # session 64's readings (DECISIONS, session 64)
    "check-201": (21, 92, 4),  # held-out, built unseen at session 63's start and audited
    "check-202": (54, 95, 4),  # session 64's readings (DECISIONS, session 64)
    "check-203": (31, 72, 5),  # session 64's readings (DECISIONS, session 64)
    "check-204": (42, 80, 4),  # held-out, built unseen at session 64's start and audited
    "check-205": (46, 74, 5),  # held-out, built unseen at session 64's start and audited
    "check-206": (36, 74, 3),  # held-out, built unseen at session 64's start and audited
    "check-207": (29, 62, 4),  # held-out, built unseen at session 64's start and audited
}


def test_every_check_is_recorded() -> None:
    assert sorted(path.name for path in checks()) == sorted(RECORDED)


def test_checks_run_in_number_order() -> None:
    numbers = [int(path.name.removeprefix("check-")) for path in checks()]
    assert numbers == sorted(numbers)


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


def test_the_field_table_counts_each_field_by_strength() -> None:
    from collections import Counter

    from tests.outside_checks import CheckResult, _field, field_table

    assert _field("quotes[3].speaker") == "quotes[].speaker"
    assert _field("events[0].counts[2].value") == "events[].counts[]"
    one, two = CheckResult("a"), CheckResult("b")
    one.by_field = Counter({("quotes[].speaker", "alarm strong"): 2, ("x", "miss"): 1})
    two.by_field = Counter({("quotes[].speaker", "catch unconfirmed"): 3, ("x", "alarm strong"): 5})
    rows = field_table([one, two]).splitlines()
    assert rows[2] == "| x | 5 | 0 | 0 | 0 | 1 |"  # the field with the most false alarms first
    assert rows[3] == "| quotes[].speaker | 2 | 0 | 0 | 3 | 0 |"
    assert rows[-1] == "| all | 7 | 0 | 0 | 3 | 1 |"
