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
    "check-66": (33, 119, 4),  # session 61's readings (DECISIONS, session 61)
    "check-67": (36, 114, 6),  # session 61's readings (DECISIONS, session 61)
    "check-68": (6, 112, 6),  # session 60's readings (DECISIONS, session 60)
    "check-69": (13, 116, 4),  # session 62's readings (DECISIONS, session 62)
    "check-70": (29, 111, 4),  # session 61's readings (DECISIONS, session 61)
    "check-71": (28, 104, 2),  # session 61's readings (DECISIONS, session 61)
    "check-72": (18, 115, 0),  # session 60's readings (DECISIONS, session 60)
    "check-73": (34, 104, 4),  # session 60's readings (DECISIONS, session 60)
    "check-74": (27, 92, 11),  # session 63's readings (DECISIONS, session 63)
    "check-75": (16, 84, 6),  # session 61's readings (DECISIONS, session 61)
    "check-76": (33, 85, 7),  # session 63's readings (DECISIONS, session 63)
    "check-77": (19, 86, 5),  # session 63's readings (DECISIONS, session 63)
    "check-78": (28, 56, 6),  # session 57's readings (DECISIONS, session 57)
    "check-79": (32, 81, 4),  # session 59's readings (DECISIONS, session 59)
    "check-80": (35, 85, 8),  # session 59's readings (DECISIONS, session 59)
    "check-81": (20, 77, 7),  # session 63's readings (DECISIONS, session 63)
    "check-82": (19, 84, 4),  # session 58's readings (DECISIONS, session 58)
    "check-83": (27, 81, 7),  # session 62's readings (DECISIONS, session 62)
    "check-84": (27, 90, 4),  # session 59's readings (DECISIONS, session 59)
    "check-85": (29, 86, 2),  # session 62's readings (DECISIONS, session 62)
    "check-86": (32, 74, 8),  # session 62's readings (DECISIONS, session 62)
    "check-87": (41, 83, 2),  # session 62's readings (DECISIONS, session 62)
    "check-88": (37, 85, 5),  # session 62's readings (DECISIONS, session 62)
    "check-89": (42, 87, 6),  # session 63's readings (DECISIONS, session 63)
    "check-90": (18, 83, 9),  # session 59's readings (DECISIONS, session 59)
    "check-91": (12, 83, 2),  # session 62's readings (DECISIONS, session 62)
    "check-92": (51, 78, 5),  # session 62's readings (DECISIONS, session 62)
    "check-93": (22, 79, 4),  # session 63's readings (DECISIONS, session 63)
    "check-94": (35, 86, 0),  # session 63's readings (DECISIONS, session 63)
    "check-95": (59, 83, 5),  # session 60's readings (DECISIONS, session 60)
    "check-96": (20, 87, 5),  # session 60's readings (DECISIONS, session 60)
    "check-97": (35, 77, 5),  # session 60's readings (DECISIONS, session 60)
    "check-98": (38, 89, 5),  # session 63's readings (DECISIONS, session 63)
    "check-99": (57, 85, 11),  # session 62's readings (DECISIONS, session 62)
    "check-100": (39, 84, 7),  # session 63's readings (DECISIONS, session 63)
    "check-101": (33, 74, 7),  # session 59's readings (DECISIONS, session 59)
    "check-102": (45, 89, 9),  # session 59's readings (DECISIONS, session 59)
    "check-103": (37, 69, 2),  # session 56's readings (DECISIONS, session 56)
    "check-104": (36, 94, 2),  # session 55's readings (DECISIONS, session 55)
    "check-105": (20, 88, 4),  # session 60's readings (DECISIONS, session 60)
    "check-106": (58, 91, 3),  # session 55's readings (DECISIONS, session 55)
    "check-107": (55, 78, 2),  # session 61's readings (DECISIONS, session 61)
    "check-108": (31, 83, 6),  # session 59's readings (DECISIONS, session 59)
    "check-109": (31, 79, 2),  # session 63's readings (DECISIONS, session 63)
    "check-110": (56, 72, 7),  # session 62's readings (DECISIONS, session 62)
    "check-111": (33, 85, 2),  # session 60's readings (DECISIONS, session 60)
    "check-112": (37, 72, 3),
    "check-113": (25, 79, 7),  # session 58's readings (DECISIONS, session 58)
    "check-114": (15, 70, 4),
    "check-115": (34, 73, 9),  # session 60's readings (DECISIONS, session 60)
    "check-116": (25, 77, 7),  # session 61's readings (DECISIONS, session 61)
    "check-117": (33, 72, 7),  # session 61's readings (DECISIONS, session 61)
    "check-118": (19, 75, 4),  # session 59's readings (DECISIONS, session 59)
    "check-119": (40, 83, 8),  # session 60's readings (DECISIONS, session 60)
    "check-120": (21, 75, 9),  # session 53: fs53x's read-back vetoes, one probe wrong more
    "check-121": (27, 71, 6),  # session 63's readings (DECISIONS, session 63)
    "check-122": (22, 86, 12),  # session 62's readings (DECISIONS, session 62)
    "check-123": (32, 85, 8),  # session 61's readings (DECISIONS, session 61)
    "check-124": (22, 72, 11),  # session 59's readings (DECISIONS, session 59)
    "check-125": (36, 104, 6),  # session 63's readings (DECISIONS, session 63)
    "check-126": (23, 111, 4),  # session 63's readings (DECISIONS, session 63)
    "check-127": (18, 78, 14),  # session 62's readings (DECISIONS, session 62)
    "check-128": (14, 89, 7),  # session 55's readings (DECISIONS, session 55)
    "check-129": (18, 65, 3),  # session 63's readings (DECISIONS, session 63)
    "check-130": (16, 64, 6),  # session 63's readings (DECISIONS, session 63)
    "check-131": (30, 64, 10),  # session 63's readings (DECISIONS, session 63)
    "check-132": (18, 53, 5),  # session 63's readings (DECISIONS, session 63)
    "check-133": (11, 76, 14),
    "check-134": (7, 56, 6),  # session 63's readings (DECISIONS, session 63)
    "check-135": (7, 63, 4),  # session 58's readings (DECISIONS, session 58)
    "check-136": (30, 77, 4),  # session 63's readings (DECISIONS, session 63)
    "check-137": (21, 67, 10),  # session 63's readings (DECISIONS, session 63)
    "check-138": (6, 47, 7),  # session 63's readings (DECISIONS, session 63)
    "check-139": (18, 71, 5),  # session 63's readings (DECISIONS, session 63)
    "check-140": (10, 83, 6),
    "check-141": (32, 109, 2),  # session 61's readings (DECISIONS, session 61)
    "check-142": (27, 56, 10),  # session 61's readings (DECISIONS, session 61)
    "check-143": (16, 67, 3),  # session 62's readings (DECISIONS, session 62)
    "check-144": (53, 115, 6),  # session 56's readings (DECISIONS, session 56)
    "check-145": (24, 88, 6),  # session 61's readings (DECISIONS, session 61)
    "check-146": (41, 99, 8),  # session 58's readings (DECISIONS, session 58)
    "check-147": (43, 64, 6),  # session 62's readings (DECISIONS, session 62)
    "check-148": (19, 54, 12),  # session 62's readings (DECISIONS, session 62)
    "check-149": (29, 81, 10),  # session 63's readings (DECISIONS, session 63)
    "check-150": (31, 82, 8),  # session 63's readings (DECISIONS, session 63)
    "check-151": (38, 72, 6),  # session 59's readings (DECISIONS, session 59)
    "check-152": (21, 74, 8),  # session 59's readings (DECISIONS, session 59)
    "check-153": (25, 73, 6),  # session 63's readings (DECISIONS, session 63)
    "check-154": (30, 68, 5),  # session 59's readings (DECISIONS, session 59)
    "check-155": (43, 84, 6),  # session 59's readings (DECISIONS, session 59)
    "check-156": (25, 74, 8),  # session 62's readings (DECISIONS, session 62)
    "check-157": (31, 48, 8),  # session 63's readings (DECISIONS, session 63)
    "check-158": (35, 67, 5),  # session 61's readings (DECISIONS, session 61)
    "check-159": (37, 75, 4),  # session 61's readings (DECISIONS, session 61)
    "check-160": (34, 65, 5),  # session 61's readings (DECISIONS, session 61)
    "check-161": (23, 67, 5),  # session 62's readings (DECISIONS, session 62)
    "check-162": (30, 61, 1),  # session 60's readings (DECISIONS, session 60)
    "check-163": (42, 65, 4),  # session 61's readings (DECISIONS, session 61)
    "check-164": (27, 80, 6),  # session 62's readings (DECISIONS, session 62)
    "check-165": (28, 71, 6),  # session 58's readings (DECISIONS, session 58)
    "check-166": (21, 67, 6),  # session 58's readings (DECISIONS, session 58)
    "check-167": (31, 69, 10),  # session 58's readings (DECISIONS, session 58)
    "check-168": (42, 73, 4),  # session 61's readings (DECISIONS, session 61)
    "check-169": (20, 75, 9),  # session 56's readings (DECISIONS, session 56)
    "check-170": (32, 71, 5),  # session 61's readings (DECISIONS, session 61)
    "check-171": (26, 49, 6),  # session 60's readings (DECISIONS, session 60)
    "check-172": (43, 73, 5),  # session 62's readings (DECISIONS, session 62)
    "check-173": (32, 62, 10),  # session 63's readings (DECISIONS, session 63)
    "check-174": (35, 82, 7),  # session 61's readings (DECISIONS, session 61)
    "check-175": (27, 75, 6),  # session 62's readings (DECISIONS, session 62)
    "check-176": (41, 68, 8),  # session 63's readings (DECISIONS, session 63)
    "check-177": (35, 67, 7),  # session 62's readings (DECISIONS, session 62)
    "check-178": (37, 62, 8),  # session 58's readings (DECISIONS, session 58)
    "check-179": (33, 49, 7),  # session 63's readings (DECISIONS, session 63)
    "check-180": (48, 81, 2),  # session 59's readings (DECISIONS, session 59)
    "check-181": (37, 79, 1),  # session 58's readings (DECISIONS, session 58)
    "check-182": (69, 100, 7),  # session 61's readings (DECISIONS, session 61)
    "check-183": (46, 84, 5),  # session 62's readings (DECISIONS, session 62)
    "check-184": (46, 79, 6),  # session 63's readings (DECISIONS, session 63)
    "check-185": (22, 75, 5),  # session 61's readings (DECISIONS, session 61)
    "check-186": (27, 90, 5),  # session 61's readings (DECISIONS, session 61)
    "check-187": (22, 74, 2),  # session 59's readings (DECISIONS, session 59)
    "check-188": (55, 74, 4),  # session 60's readings (DECISIONS, session 60)
    "check-189": (18, 66, 5),  # session 62's readings (DECISIONS, session 62)
    "check-190": (27, 86, 4),  # session 63's readings (DECISIONS, session 63)
    "check-191": (43, 78, 5),  # session 60's readings (DECISIONS, session 60)
    "check-192": (23, 77, 2),  # session 61's start, held out (DECISIONS, session 61)
    "check-193": (28, 79, 2),  # session 61's start, held out (DECISIONS, session 61)
    "check-194": (37, 98, 2),  # session 63's readings (DECISIONS, session 63)
    "check-195": (50, 86, 9),  # session 61's start, held out (DECISIONS, session 61)
    "check-196": (44, 75, 3),  # held-out, built unseen at session 62's start and audited
    "check-197": (56, 82, 4),  # held-out, built unseen at session 62's start and audited
    "check-198": (23, 51, 10),  # held-out, built unseen at session 62's start and audited
    "check-199": (34, 74, 6),  # session 63's readings (DECISIONS, session 63)
    "check-200": (30, 73, 4),  # held-out, built unseen at session 63's start and audited
    "check-201": (21, 92, 4),  # held-out, built unseen at session 63's start and audited
    "check-202": (54, 95, 5),  # held-out, built unseen at session 63's start and audited
    "check-203": (33, 71, 5),  # held-out, built unseen at session 63's start and audited
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
