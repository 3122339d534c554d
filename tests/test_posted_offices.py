"""A country's own name right before an office that is sent somewhere ("His Ukraine envoy,
Keith Kellogg") may be the posting as well as the side the holder serves, so it is no tie to
refuse a person's affiliation by (``person_titles.posted_parties``); its people's word ("the
Ukrainian envoy") and a title that is no posting ("the Ukraine foreign minister") still are."""

from __future__ import annotations

import pytest

from tests.grounding_cases import report_for

_TEXT = (
    'Separately, {title}, {name}, called the plan "a work in progress" in a television '
    "interview.\n\nThe president spoke to Volodymyr Zelensky of Ukraine on Friday."
)


def _affiliation(title: str, name: str, value: str) -> bool:
    facts = {
        "article": {"headline": None, "outlet": None, "byline": None, "published": None},
        "people": [{"name": name, "role": None, "affiliation": value}],
    }
    report, _ = report_for({"text": _TEXT.format(title=title, name=name), "facts": facts})
    found = [c for c in report.support if c.path == "people[0].affiliation"]
    assert found, "the affiliation was not checked"
    return found[0].supported


@pytest.mark.parametrize(
    ("title", "name", "value"),
    [
        ("his Ukraine envoy", "Keith Kellogg", "United States"),
        ("Trump's Ukraine envoy", "Keith Kellogg", "United States"),
        ("the White House's Gaza negotiator", "Adam Boehler", "United States"),
        ("London's Sudan representative", "Robert Fairweather", "United Kingdom"),
        ("the U.S. envoy", "Keith Kellogg", "United States"),
        ("the American envoy", "Keith Kellogg", "United States"),
    ],
)
def test_a_posting_before_an_envoy_refuses_no_side(title: str, name: str, value: str) -> None:
    assert _affiliation(title, name, value)


@pytest.mark.parametrize(
    ("title", "name", "value"),
    [
        ("the Ukrainian envoy", "Olha Stefanishyna", "United States"),
        ("the U.S. envoy", "Keith Kellogg", "Ukraine"),
        ("the Ukrainian foreign minister", "Andrii Sybiha", "United States"),
        ("the Ukraine foreign minister", "Andrii Sybiha", "United States"),
        ("Russia's foreign minister", "Sergei Lavrov", "Ukraine"),
        ("the Russian negotiator", "Vladimir Medinsky", "Ukraine"),
    ],
)
def test_a_side_the_title_gives_still_refuses_another(title: str, name: str, value: str) -> None:
    assert not _affiliation(title, name, value)
