"""The confirm-only mode (summarizer.verification.confirm_only): off by default and then
byte-identical; on, an accepted affiliation or actor passes only when a reading ties it, and a
refused one stays a strong refusal."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.schema import ArticleFacts
from summarizer.verification.confirm_only import CONFIRM_ENV, confirm_from_env, kinds_of
from summarizer.verification.grounding import ground
from tests.grounding_cases import report_for

HEAD = {"headline": None, "outlet": None, "byline": None, "published": None}
APPOSED = "Mark Varga, Danube Water's chief executive, said the pipes would be replaced.\n"
ELSEWHERE = "Mark Varga said the pipes would be replaced.\n\nThe Danube Water Company owns them.\n"
LAVROV = "Russian Foreign Minister Sergei Lavrov said the talks would go on.\n"
BY = "The accord was signed by Estonia and Latvia on Monday."
OPENS = "Estonia and Latvia signed the accord on Monday."
OBJECT = "Officials from the ministry praised Latvia after the vote on Monday."


def _person(name: str, affiliation: str) -> dict[str, Any]:
    return {"article": HEAD, "people": [{"name": name, "affiliation": affiliation}]}


def _event(actor: str, evidence: str) -> dict[str, Any]:
    event = {"kind": "other", "description": "the accord", "actors": [actor]}
    return {"article": HEAD, "events": [{**event, "evidence": [evidence]}]}


def _check(facts: dict[str, Any], text: str, path: str, confirm: Any = None) -> Any:
    report = ground(ArticleFacts.model_validate(facts), text, strict=True, confirm=confirm)
    (check,) = [c for c in report.support if c.path == path]
    return check


AFF = "people[0].affiliation"
ACT = "events[0].actors[0]"


@pytest.mark.parametrize(
    ("facts", "text", "flagged_on"),
    [
        (_person("Mark Varga", "Danube Water Company"), ELSEWHERE, True),
        (_person("Sergei Lavrov", "Ukraine"), LAVROV, False),  # refused either way
        (_event("Latvia", OBJECT), OBJECT + "\n", True),
    ],
)
def test_off_by_default_and_byte_identical(
    facts: dict[str, Any], text: str, flagged_on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CONFIRM_ENV, raising=False)
    model = ArticleFacts.model_validate(facts)
    plain = ground(model, text, strict=True).model_dump_json()
    assert ground(model, text, strict=True, confirm=()).model_dump_json() == plain
    assert ground(model, text, strict=True, confirm=None).model_dump_json() == plain
    on = ground(model, text, strict=True, confirm=["affiliation", "actors"]).model_dump_json()
    assert "confirm-only" not in plain
    assert ("confirm-only" in on) is flagged_on
    assert (on == plain) is not flagged_on


def test_a_tied_affiliation_passes() -> None:
    check = _check(_person("Mark Varga", "Danube Water Company"), APPOSED, AFF, ["affiliation"])
    assert check.supported and not check.unconfirmed
    check = _check(_person("Sergei Lavrov", "Russia"), LAVROV, AFF, ["affiliation"])
    assert check.supported


def test_an_untied_accepted_affiliation_becomes_unconfirmed() -> None:
    facts = _person("Mark Varga", "Danube Water Company")
    assert _check(facts, ELSEWHERE, AFF).supported  # accepted with the mode off
    check = _check(facts, ELSEWHERE, AFF, ["affiliation"])
    assert not check.supported and check.unconfirmed
    assert "names Mark Varga" in check.reason and "Danube Water Company" in check.reason


def test_a_refused_affiliation_stays_strongly_refused() -> None:
    check = _check(_person("Sergei Lavrov", "Ukraine"), LAVROV, AFF, ["affiliation"])
    assert not check.supported and not check.unconfirmed
    assert "confirm-only" not in check.reason


def test_only_the_chosen_fields_change() -> None:
    facts = _person("Mark Varga", "Danube Water Company")
    assert _check(facts, ELSEWHERE, AFF, ["actors"]).supported


@pytest.mark.parametrize(("actor", "evidence"), [("Latvia", BY), ("Estonia", OPENS)])
def test_a_doing_actor_passes(actor: str, evidence: str) -> None:
    check = _check(_event(actor, evidence), evidence + "\n", ACT, ["actors"])
    assert check.supported and not check.unconfirmed


def test_an_actor_only_as_object_becomes_unconfirmed() -> None:
    facts = _event("Latvia", OBJECT)
    assert _check(facts, OBJECT + "\n", ACT).supported  # accepted with the mode off
    check = _check(facts, OBJECT + "\n", ACT, ["actors"])
    assert not check.supported and check.unconfirmed
    assert "carrying out or taking part" in check.reason


def test_the_environment_names_the_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CONFIRM_ENV, raising=False)
    assert confirm_from_env() == frozenset()
    monkeypatch.setenv(CONFIRM_ENV, " Affiliation , actors,")
    assert confirm_from_env() == {"affiliation", "actor"}
    facts = _person("Mark Varga", "Danube Water Company")
    assert _check(facts, ELSEWHERE, AFF).unconfirmed  # confirm=None reads the environment
    assert _check(facts, ELSEWHERE, AFF, []).supported  # an explicit empty set turns it off


def test_an_unknown_field_names_the_allowed_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIRM_ENV, "affiliation,speakers")
    with pytest.raises(ValueError, match=r"'speakers'.*allowed: actors, affiliation"):
        confirm_from_env()
    with pytest.raises(ValueError, match="allowed"):
        kinds_of(["role"])


def test_a_case_may_set_the_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CONFIRM_ENV, raising=False)
    case = {"text": ELSEWHERE, "facts": _person("Mark Varga", "Danube Water Company")}
    (check,) = [c for c in report_for(case)[0].support if c.path == AFF]
    assert check.supported
    (check,) = [c for c in report_for({**case, "confirm": ["affiliation"]})[0].support
                if c.path == AFF]  # fmt: skip
    assert check.unconfirmed
