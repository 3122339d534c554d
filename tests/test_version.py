"""One version source: pyproject reads ``summarizer.__version__`` (setuptools ``dynamic``), so
the installed distribution's metadata and the package agree. A failure here means the install is
stale (reinstall with ``pip install -e .``) or a second version was written somewhere."""

from __future__ import annotations

import tomllib
from importlib.metadata import version

import summarizer
from tests.conftest import ROOT


def test_installed_metadata_version_is_the_package_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert version(project["project"]["name"]) == summarizer.__version__


def test_pyproject_does_not_write_a_second_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    dynamic = project["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "summarizer.__version__"}
