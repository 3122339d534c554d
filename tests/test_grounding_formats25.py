"""A summit's format that names no medium gets no support check from the medium rule
(summarizer.verification.events.meeting_media): "three-way", "bilateral", "state visit" stay held
only to the free-text check; one that names a medium is judged."""

from __future__ import annotations

import pytest

from summarizer.schema import ArticleFacts, Summit
from summarizer.verification.events.meeting_media import value_medium
from summarizer.verification.grounding import ground

SENTENCE = "Emmanuel Macron and Friedrich Merz met in Berlin on Tuesday for three-way talks."
TEXT = f"BERLIN (Spree Wire) -\n\n{SENTENCE}\n"


def _format_checks(value: str) -> list[bool]:
    summit = Summit(parties=["Macron", "Merz"], format=value, evidence=[SENTENCE])
    report = ground(ArticleFacts(summits=[summit]), TEXT)
    return [c.supported for c in report.support if c.path == "summits[0].format"]


@pytest.mark.parametrize("value", ["three-way", "bilateral", "state visit", "trilateral"])
def test_a_format_naming_no_medium_gets_no_verdict(value: str) -> None:
    assert value_medium(value) is None
    assert _format_checks(value) == []


def test_a_format_naming_a_medium_is_judged() -> None:
    assert _format_checks("in person") == [True]
    assert _format_checks("video call") == [False]
    assert value_medium("video call") == "by video"
    assert value_medium("phone or video") is None


def test_the_free_text_check_still_holds_every_format() -> None:
    for value in ("a Geneva round table", "in person in Geneva"):
        summit = Summit(parties=["Macron", "Merz"], format=value, evidence=[SENTENCE])
        report = ground(ArticleFacts(summits=[summit]), TEXT)
        assert [c.value for c in report.unstated if c.path == "summits[0].format"] == ["Geneva"]


HOSTED = "Leaders of the bloc met in Rio de Janeiro on Sunday for their summit, hosted by Lula."


def _hybrid(sentence: str, value: str) -> tuple[bool, bool]:
    """(supported, unconfirmed) of a format naming one participant's medium at a summit held
    in person ("Putin by video link")."""
    summit = Summit(parties=["Lula"], format=value, evidence=[HOSTED, sentence])
    report = ground(ArticleFacts(summits=[summit]), f"{HOSTED} {sentence}\n")
    found = [c for c in report.support if c.path == "summits[0].format"]
    assert len(found) == 1
    return found[0].supported, found[0].unconfirmed


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Russia's Vladimir Putin took part by video link.", "Putin by video link"),
        ("Narendra Modi joined the session by phone.", "Modi by phone"),
        ("Vladimir Putin, wanted by the ICC, addressed the leaders by video.", "Putin by video"),
    ],
)
def test_a_participant_who_joined_a_hybrid_meeting_so_is_supported(
    sentence: str, value: str
) -> None:
    assert _hybrid(sentence, value) == (True, False)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Xi Jinping attended in person; Putin took part by video link.", "Xi by video link"),
        ("Xi Jinping attended in person, while Putin joined by video.", "Xi by video"),
        ("Russia's Vladimir Putin took part by video link.", "Xi by video link"),
        ("Narendra Modi attended in person.", "Modi by video"),
    ],
)
def test_another_participants_medium_supports_no_one_else(sentence: str, value: str) -> None:
    assert not _hybrid(sentence, value)[0]
