"""CI runs what the README says: the README's test command (the full suite) and its lint and type
checks are the commands in ``.ci/run``, and the pre-commit hooks run the same checks."""

from __future__ import annotations

import re

import yaml

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def fenced_after(heading: str) -> str:
    """The first fenced bash block after a line starting with ``heading``."""
    found = re.search(re.escape(heading) + r".*?```bash\n(.*?)```", README, re.S)
    assert found, heading
    return found.group(1).strip()


def test_ci_runs_the_readmes_test_command_and_it_is_the_full_suite() -> None:
    command = fenced_after("Run the tests")
    assert command == ".venv/bin/python -m pytest --full"
    assert f"{command} || status=$?" in CI
    assert '"$status" -eq 5' in CI  # no tests collected is a failure


def test_ci_runs_the_readmes_lint_and_type_checks() -> None:
    checks = fenced_after("## Development").split(" && ")
    assert checks == [
        ".venv/bin/ruff check .",
        ".venv/bin/ruff format --check .",
        ".venv/bin/mypy summarizer",
    ]
    for check in checks:
        assert f"{check} || status=1" in CI


def test_pre_commit_runs_the_same_tools() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    entries = {hook["id"]: hook["entry"] for repo in config["repos"] for hook in repo["hooks"]}
    assert entries["ruff-check"].startswith(".venv/bin/ruff check")
    assert entries["ruff-format"].startswith(".venv/bin/ruff format")
    assert entries["mypy"] == ".venv/bin/mypy summarizer"


def _pins() -> dict[str, str]:
    from packaging.utils import canonicalize_name

    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    pins: dict[str, str] = {}
    for line in lines:
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin"
            pins[canonicalize_name(name)] = version.strip()
    return pins


def test_constraints_pin_every_dependency_within_its_bounds() -> None:
    """The lock the README's install uses: one exact version for each dependency of the
    package and of the test, dev, html and hooks extras, inside pyproject.toml's bounds (so the
    lock and the bounds cannot drift apart)."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    declared = [*project["dependencies"], *extras["test"], *extras["dev"], *extras["html"]]
    pins = _pins()
    for text in [*declared, *extras["hooks"]]:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        if name == canonicalize_name(project["name"]):
            continue  # an extra naming another ("dev" takes "test")
        assert name in pins, f"constraints.txt does not pin {name}"
        assert requirement.specifier.contains(pins[name], prereleases=True), (name, pins[name])


def test_the_readme_and_ci_install_with_the_constraints() -> None:
    quick_start = fenced_after("## Quick start")
    assert ".venv/bin/pip install --no-compile -c constraints.txt -e '.[test]'" in quick_start
    assert ".venv/bin/pip install --quiet -c constraints.txt -e '.[dev,local,html]'" in CI
