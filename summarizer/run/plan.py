"""Planning a run from the user's options: where answers come from (live, replay, record),
which inputs (expanded, resumed), how many worker processes. :mod:`.factory` makes the engine
from a plan; :mod:`.session` runs the ``summarize`` command with it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from summarizer.articles import expand_spec
from summarizer.errors import ConfigError, InputError
from summarizer.llm.cassettes import folder_label
from summarizer.llm.client import Settings, settings_from_env
from summarizer.run.outcomes import Failed
from summarizer.storage import paths

RunMode = Literal["live", "replay", "record"]
NO_ENDPOINT_HINT = (
    "set OPENAI_API_KEY, pass --base-url for a running server, or --local for the packaged "
    "local model"
)


@dataclass(frozen=True)
class RunPlan:
    """Where answers come from for a run, decided once."""

    settings: Settings
    mode: RunMode
    cassettes: Path = field(default_factory=paths.cassette_dir)
    notice: str | None = None
    recorded_from: str | None = None  # what answers, for the cassettes a recording writes

    @property
    def cassette_folder(self) -> Path:
        return self.cassettes / folder_label(self.settings.model, self.settings.evidence)


def plan_run(
    *,
    offline: bool = False,
    record: bool = False,
    cassettes: Path | None = None,
    recorded_from: str | None = None,
    **overrides: Any,
) -> RunPlan:
    """Live when a key or base URL is configured, else replay (and the plan's ``notice`` says
    so); ``offline`` forces replay, ``record`` forces a live run that rewrites the cassettes.
    The packaged local model's request settings are filled in where not given
    (:func:`~summarizer.llm.local.local_defaults`), so its cassettes replay."""
    from summarizer.llm.local import local_defaults

    if offline and record:
        raise ConfigError("--offline and --record exclude each other")
    root = cassettes or paths.cassette_dir()
    overrides = local_defaults(overrides)
    live = settings_from_env(**overrides)
    if record:
        if not live.live_configured:
            raise ConfigError(f"--record needs a live endpoint: {NO_ENDPOINT_HINT}")
        return RunPlan(live, "record", root, recorded_from=recorded_from)
    if offline or not live.live_configured:
        plan = RunPlan(settings_from_env(offline=True, **overrides), "replay", root)
        if offline:
            return plan
        notice = (
            f"no OPENAI_API_KEY, --base-url or --local: replaying recorded cassettes from "
            f"{plan.cassette_folder} (offline)"
        )
        return RunPlan(plan.settings, "replay", root, notice)
    return RunPlan(live, "live", root)


def input_items(
    specs: list[str], skip: frozenset[str] | set[str] = frozenset()
) -> list[Path | Failed]:
    """Each file the specs name (or the reason a spec named none, and each subfolder that
    could not be read), minus ``skip``, in order, each file once by its real path."""
    items: list[Path | Failed] = []
    seen: set[str] = set()
    for spec in specs:
        try:
            paths, problems = expand_spec(spec)
        except InputError as exc:
            items.append(Failed(spec, exc))
            continue
        items.extend(Failed(folder, exc) for folder, exc in problems)
        for path, key in paths:
            if key not in seen and path not in skip:
                seen.add(key)
                items.append(Path(path))
    return items


def usable_cpus() -> int:
    """The cores this process may run on (a container's or taskset's share, not the host's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


def worker_count(value: str | int) -> int:
    """``--workers``: a positive number, or ``auto`` for one process per usable CPU core."""
    if str(value).strip().lower() == "auto":
        return usable_cpus()
    try:
        count = int(value)
    except ValueError:
        count = 0
    if count < 1:
        raise ConfigError(f"--workers must be a positive number or auto, not {value!r}")
    return count
