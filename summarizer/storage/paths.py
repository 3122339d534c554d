"""Where a project's files are: found from the working directory, never from the package's
own location, so an installed wheel reads and writes the project it is run in (not its
site-packages folder).

The user's own data (the store, a price file) lives elsewhere: in ``$SUMMARIZER_HOME`` or the
platform's user data folder, shared by every project.

A project is the nearest folder, from the working directory upward, that holds an ``evals/``
folder; without one, the working directory itself. Every default here can be overridden by
an explicit flag or argument.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
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


def summarizer_home(env: Mapping[str, str] | None = None) -> Path:
    """The folder for the user's summarizer data: ``$SUMMARIZER_HOME`` if set (tests and
    sandboxes point it at a temp dir), else the platform's user data dir. Shared by the store
    and the user's price file so both live in one place."""
    env = os.environ if env is None else env
    if home := env.get("SUMMARIZER_HOME"):
        return Path(home).expanduser()
    import platformdirs

    # appauthor=False: on Windows, %LOCALAPPDATA%\summarizer rather than ...\summarizer\summarizer
    return Path(platformdirs.user_data_dir("summarizer", appauthor=False))


def default_store_path(env: Mapping[str, str] | None = None) -> Path:
    """Where the store lives unless ``--store`` says otherwise: ``<home>/logs.db``."""
    return summarizer_home(env) / "logs.db"
