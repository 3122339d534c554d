"""Where a project's files are: found from the working directory, never from the package's
own location, so an installed wheel reads and writes the project it is run in (not its
site-packages folder).

A project is the nearest folder, from the working directory upward, that holds an ``evals/``
folder; without one, the working directory itself. Every default here can be overridden by
an explicit flag or argument.
"""

from __future__ import annotations

from pathlib import Path


def project_root(start: Path | None = None) -> Path:
    """The nearest folder at or above ``start`` (the working directory) with ``evals/``."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "evals").is_dir():
            return folder
    return here


def cassette_dir() -> Path:
    """Recorded and authored answers, one folder per model label."""
    return project_root() / "evals" / "cassettes"


def gold_dir() -> Path:
    return project_root() / "evals" / "gold"


def report_dir() -> Path:
    """The latest eval's reports; each run replaces them."""
    return project_root() / "evals" / "reports" / "latest"


def history_file() -> Path:
    return project_root() / "evals" / "reports" / "history.jsonl"


def baseline_dir() -> Path:
    """Committed eval reports a run compares against, one per model label."""
    return project_root() / "evals" / "baselines"
