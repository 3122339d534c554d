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
