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
    with pytest.raises(ValueError, match=r"'speakers'.*allowed: actors, affiliation, role"):
        confirm_from_env()
    with pytest.raises(ValueError, match="allowed"):
        kinds_of(["roles"])


def test_a_case_may_set_the_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CONFIRM_ENV, raising=False)
    case = {"text": ELSEWHERE, "facts": _person("Mark Varga", "Danube Water Company")}
    (check,) = [c for c in report_for(case)[0].support if c.path == AFF]
    assert check.supported
    (check,) = [c for c in report_for({**case, "confirm": ["affiliation"]})[0].support
                if c.path == AFF]  # fmt: skip
    assert check.unconfirmed


# --- the CLI's --confirm and the cache key -------------------------------------------------


def test_a_bad_field_name_is_one_error_line_and_exit_2() -> None:
    from tests.test_cli import run

    for done in (
        run("--confirm", "actors,bogus", "schema"),
        run("schema", env={CONFIRM_ENV: "actorz"}),
    ):
        assert done.returncode == 2
        lines = done.stderr.decode().strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: --confirm: unknown"), lines


def test_the_cli_option_reaches_every_grounding_of_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a tie that never ties, every affiliation the rules accept on a replayed seed is
    reported unconfirmed by the mode, so the option must have reached the grounding."""
    import json

    from typer.testing import CliRunner

    from summarizer.cli.app import app
    from summarizer.verification import confirm_only
    from tests.conftest import SEED_FILES

    monkeypatch.setenv(CONFIRM_ENV, "")  # restored after the test: the option sets it
    monkeypatch.setitem(confirm_only.TIES, "affiliation", (lambda *_: False,))
    argv = ["summarize", str(SEED_FILES[0]), "--offline", "--format", "json"]
    plain = CliRunner().invoke(app, argv)
    strict = CliRunner().invoke(app, ["--confirm", "affiliation", *argv])
    assert plain.exit_code == 0 and strict.exit_code == 0, (plain.output, strict.output)

    def affiliations(output: str) -> list[dict[str, Any]]:
        support = json.loads(output)["grounding"]["support"]
        return [c for c in support if c["kind"] == "affiliation"]

    before, after = affiliations(plain.stdout), affiliations(strict.stdout)
    accepted = [c["path"] for c in before if c["supported"]]
    assert accepted, "the seed's affiliations must be accepted without the mode"
    turned = {c["path"]: c for c in after if c["path"] in accepted}
    assert all(not c["supported"] and c["unconfirmed"] for c in turned.values())
    assert all(c["reason"].startswith("confirm-only:") for c in turned.values())


def test_the_cache_key_holds_the_mode_and_is_unchanged_without_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A result stored by a run without the mode must be grounded again by a run with it
    (run.hits): the mode moves verdicts without changing the code the key hashes."""
    from summarizer.articles import article_from_text
    from summarizer.run.hits import grounding_key
    from tests.conftest import SEED_FILES

    article = article_from_text(SEED_FILES[0].read_text(encoding="utf-8"))
    monkeypatch.delenv(CONFIRM_ENV, raising=False)
    off = grounding_key(article)
    monkeypatch.setenv(CONFIRM_ENV, "")
    assert grounding_key(article) == off
    monkeypatch.setenv(CONFIRM_ENV, "actors")
    actors = grounding_key(article)
    monkeypatch.setenv(CONFIRM_ENV, "affiliation,actors")
    assert len({off, actors, grounding_key(article)}) == 3


def test_the_cli_reads_the_modes_fields_without_loading_the_rules() -> None:
    """The CLI imports the mode's names from confirm_fields, which loads none of the checks (a
    cached rerun and --help must not): a fresh interpreter shows it."""
    import subprocess
    import sys

    code = (
        "import sys, summarizer.cli.app as app; "
        "assert app.CONFIRM_ENV == 'SUMMARIZER_CONFIRM_ONLY'; "
        "print(sorted(m for m in sys.modules if m.startswith('summarizer.verification')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert (
        done.stdout.strip()
        == "['summarizer.verification', 'summarizer.verification.confirm_fields']"
    )


ROLE = "people[0].role"
TITLED = "Chief Executive Mark Varga said the pipes would be replaced.\n"
OTHERS = (
    "Mark Varga said the pipes would be replaced. The chief executive of the port, Anna Lind, "
    "agreed.\n"
)


def _role(name: str, role: str) -> dict[str, Any]:
    return {"article": HEAD, "people": [{"name": name, "role": role}]}


def test_a_role_written_of_the_person_passes() -> None:
    check = _check(_role("Mark Varga", "chief executive"), TITLED, ROLE, ["role"])
    assert check.supported and not check.unconfirmed
    check = _check(_role("Mark Varga", "chief executive"), APPOSED, ROLE, ["role"])
    assert check.supported and not check.unconfirmed


def test_a_role_written_of_no_one_becomes_unconfirmed_only_in_the_mode() -> None:
    facts = _role("Mark Varga", "managing director")
    text = "Mark Varga said the pipes would be replaced. A managing director was hired.\n"
    assert _check(facts, text, ROLE).supported  # accepted with the mode off
    check = _check(facts, text, ROLE, ["role"])
    assert not check.supported and check.unconfirmed
    assert "names Mark Varga" in check.reason and "'managing director'" in check.reason
    assert _check(facts, text, ROLE, ["affiliation", "actors"]).supported
