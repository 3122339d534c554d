"""The one reader of clock times (``numbers.clock_end`` / ``in_clock``): every rule that asks
"is this number a count?" reads a time of day the same way, so a live blog's "09:40" stamp and
"at 6 p.m." are never a count, and a count written beside a clock time still is one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarizer.verification.figures.numbers import in_clock, numbers_in
from summarizer.verification.page.tokens import tokenize


def _numbers(text: str) -> dict[str, bool]:
    """Each digit token of ``text`` and whether it is part of a clock time."""
    tokens = tokenize(text)
    return {t.text: in_clock(tokens, i, text) for i, t in enumerate(tokens) if t.is_number}


def test_the_written_shapes_of_a_time_of_day() -> None:
    assert _numbers("At 6 p.m. on Friday 40 people waited.") == {"6": True, "40": False}
    assert _numbers("The polls closed at 9 pm; 212 had voted.") == {"9": True, "212": False}
    assert _numbers("Between 1 and 4 a.m. the shelling stopped.") == {"1": True, "4": True}
    stamp = _numbers("09:40 CET - In July, 4 states opposed.")
    assert stamp == {"09": True, "40": True, "4": False}


def test_numbers_that_are_no_clock_time() -> None:
    assert _numbers("It passed 6 to 3 in June.") == {"6": False, "3": False}
    assert _numbers("Talks ran from 2 and lasted 5 days.") == {"2": False, "5": False}
    assert _numbers("He named 6 people and 14 firms.") == {"6": False, "14": False}


@given(
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(2, 999),
    st.sampled_from(["", " CET", " GMT", " local time"]),
)
def test_any_clock_stamp_is_a_time_and_a_count_beside_it_is_not(
    hour: int, minute: int, count: int, zone: str
) -> None:
    text = f"{hour:02d}:{minute:02d}{zone} - Officials counted {count} ships."
    tokens = tokenize(text)
    flags = [in_clock(tokens, i, text) for i, t in enumerate(tokens) if t.is_number]
    assert flags == [True, True, False]
    assert [m.value for m in numbers_in(tokens, text)] == [count]


@given(st.integers(1, 12), st.sampled_from(["a.m.", "p.m.", "am", "pm"]), st.integers(2, 500))
def test_an_hour_with_its_half_of_the_day_is_a_time(hour: int, half: str, count: int) -> None:
    text = f"By {hour} {half} the tally was {count}."
    tokens = tokenize(text)
    assert [in_clock(tokens, i, text) for i, t in enumerate(tokens) if t.is_number] == [True, False]
