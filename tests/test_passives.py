"""The shared passive reader (summarizer.verification.sentences.passives): the forms that read
as passive and the ones that must not."""

from __future__ import annotations

import pytest

from summarizer.verification.page.tokens import tokenize
from summarizer.verification.sentences.passives import (
    BE,
    agents_after,
    be_before,
    participle,
    passive_after,
    passive_participle,
)


def _passive(text: str, **options: object) -> str | None:
    """The participle the passive reader finds after the subject (the first word)."""
    tokens = tokenize(text)
    found = passive_participle(tokens, 1, **options)  # type: ignore[arg-type]
    return None if found is None else tokens[found].norm


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Acme was fined by the regulator", "fined"),
        ("Acme has been sued", "sued"),
        ("Acme got hit by the slump", "hit"),
        ("Acme were hit", "hit"),
        ("Acme is being sued", None),  # one form of be only, unless stacked
        ("Acme had been taken over", "taken"),
        ("Acme was shown the door", "shown"),
        ("Acme was quickly sold", None),  # "quickly" is no adverb of the list
        ("Acme was then sold", "sold"),
        ("Acme was opposed by unions", "opposed"),  # a state word with its doer
        ("Acme has been left behind", "left"),
    ],
)
def test_passives_read_as_passive(text: str, verb: str | None) -> None:
    assert _passive(text) == verb


@pytest.mark.parametrize(
    "text",
    [
        "Acme is to cut jobs",
        "Acme is cutting jobs",
        "Acme was tired",
        "Acme is based in Ohio",
        "Acme were up",
        "Acme is concerned about costs",
        "Acme was involved in the talks",
        "Acme was located near the port",
        "Acme has cut jobs",
        "Acme fined the firm",
        "Acme was",
    ],
)
def test_not_passive(text: str) -> None:
    assert _passive(text) is None


def test_options_widen_the_form() -> None:
    assert _passive("Acme is being sued", stacked=True) == "sued"
    assert _passive("Acme now has been sued") is None
    assert _passive("Acme now has been sued", leading=True) == "sued"
    assert _passive("Acme got hit", be=BE) is None  # a reader without "get"
    assert _passive("Acme will be sued") is None
    assert _passive("Acme will be sued", perfect=frozenset({"will"})) == "sued"
    assert _passive("Acme was tired", states=frozenset()) == "tired"


def test_participle() -> None:
    assert participle("fined") and participle("taken") and participle("shown")
    assert participle("hit") and participle("sold")
    assert not participle("cut", frozenset()) and not participle("up")


@pytest.mark.parametrize(
    ("text", "verb", "reach", "wanted"),
    [
        ("Acme was fined by the regulator", 2, 1, True),
        ("Acme was fined £5m by the regulator", 2, 6, True),
        ("Acme was fined £5m by the regulator", 2, 1, False),
        ("Acme was fined by", 2, 1, False),  # nothing after "by"
        ("Acme was fined on Monday", 2, 6, False),
    ],
)
def test_agents_after(text: str, verb: int, reach: int, wanted: bool) -> None:
    assert bool(list(agents_after(tokenize(text), verb, reach))) is wanted


@pytest.mark.parametrize(
    ("text", "verb", "reach", "wanted"),
    [
        ("Vidal was charged", 2, 1, True),
        ("Vidal who was formally charged", 4, 1, False),
        ("Vidal who was formally charged", 4, 2, True),
        ("Vidal charged", 1, 3, False),
        ("charged", 0, 1, False),
        ("Vidal has been charged", 3, 1, True),
    ],
)
def test_be_before(text: str, verb: int, reach: int, wanted: bool) -> None:
    assert be_before(tokenize(text), verb, reach=reach) is wanted


def test_be_before_only_allowed_words_between() -> None:
    tokens = tokenize("Vidal was arrested and charged")
    assert be_before(tokens, 4, reach=5, between=lambda w: w.endswith("ed") or w == "and")
    assert not be_before(tokens, 4, reach=5, between=lambda w: w.endswith("ly"))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Kenya's offer to mediate was turned down", True),
        ("Kenya's offer to mediate had been rejected", True),
        ("Kenya's offer to mediate was praised", False),
        ("Kenya's offer and the plan were rejected", False),  # another clause's word first
        ("Kenya's offer to mediate rejected", False),
    ],
)
def test_passive_after(text: str, wanted: bool) -> None:
    tokens = tokenize(text)
    done = frozenset({"turned", "rejected"})
    stops = frozenset({"and", "but"})
    assert passive_after(tokens, 0, reach=8, stops=stops, participles=done) is wanted
