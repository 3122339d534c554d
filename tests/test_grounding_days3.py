"""The days-3 set (``tests/data/make_days3_cases.py``), written after outside check 20: a
passage located across a scraped glue ("September 5, 2014The ceasefire ...") and the glued
date as the article's date; a clock or relative time its sentence gives to another occasion
("Press statements are expected at 4.30pm", "what Putin said last night") is not a meeting's,
a truce's or an event's; a planned meeting's "Tuesday (May 30)" after "Starting" is the
meeting's; a truce's implementation that only times a planned act ("within 72 hours of the
deal's implementation", "takes effect only after ...") is no truce in effect. At least ten
cases that must pass and ten that must fail per category, every one decided right."""

from __future__ import annotations

from tests.grounding_cases import CASES, assert_decided, generated_cases, load_cases

DAYS3_CASES = CASES.with_name("grounding_days3.jsonl")
CATEGORIES = {"glued-text", "other-clock", "other-relative", "glossed-date", "future-frame"}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_days3_cases") == load_cases(DAYS3_CASES)


def test_every_days3_case_gets_its_verdict() -> None:
    assert_decided(load_cases(DAYS3_CASES), CATEGORIES)
