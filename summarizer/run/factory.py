"""Making an engine: from a run plan (the CLI) or from a library call's arguments, through one
function, so the two cannot drift (same store checks, prices, rate gate and cassette mode).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from summarizer.llm.client import Settings, check_evidence, settings_from_env
from summarizer.llm.ratelimit import RateGate
from summarizer.run.engine import Engine
from summarizer.run.outcomes import RunStats
from summarizer.run.plan import RunPlan
from summarizer.schema import ArticleFacts
from summarizer.storage import paths
from summarizer.storage.store import Store


def engine_for_plan(
    plan: RunPlan,
    *,
    schema: type[BaseModel] = ArticleFacts,
    concurrency: int = 8,
    store_path: Path | None = None,
    use_store: bool = True,
    use_cache: bool = True,
    rpm: float | None = None,
    tpm: float | None = None,
    workers: int = 1,
    store: Store | None = None,
    gate: RateGate | None = None,
    second_reader: bool = False,
) -> Engine:
    """The engine for ``plan``: the one place an :class:`Engine` is made. ``store``: an open
    store to use; else, with ``use_store``, the one at ``store_path`` (default: the user's),
    checked writable before anything is paid for. ``second_reader``: ask the model again
    about each unconfirmed value (:mod:`summarizer.llm.second_reader`)."""
    if store is None and use_store:
        from summarizer.storage.paths import default_store_path
        from summarizer.storage.store import Store

        store = Store(store_path or default_store_path(), secrets=plan.settings.secrets)
        try:
            store.check_writable()  # before any request is paid for
        except BaseException:
            store.close()
            raise
    cassettes = None
    if plan.mode != "live":
        cassettes = (plan.cassette_folder, "record" if plan.mode == "record" else "replay")
    from summarizer.storage.cost import RunCost, load_prices

    return Engine(
        stats=RunStats(cost=RunCost(prices=load_prices())),
        settings=plan.settings,
        schema=schema,
        concurrency=concurrency,
        store=store,
        # A cached result's readings would be dropped by a fresh grounding: a run with the second
        # reader asks again rather than show the rules' flags as if it had read them.
        use_cache=use_cache and plan.mode != "record" and not second_reader,
        gate=gate or RateGate(rpm=rpm, tpm=tpm, max_pause=plan.settings.retry.pause_cap()),
        cassettes=cassettes,  # type: ignore[arg-type]
        workers=workers,
        recorded_from=plan.recorded_from,
        second_reader=second_reader,
    )


def engine_for(
    *,
    schema: type[BaseModel] = ArticleFacts,
    model: str | None = None,
    settings: Settings | None = None,
    concurrency: int = 8,
    offline: bool = False,
    cassettes: Path | None = None,
    store: Store | None = None,
    use_cache: bool = True,
    gate: RateGate | None = None,
    workers: int = 1,
    evidence: str | None = None,
) -> Engine:
    """The library's engine: live, or the recorded cassettes with ``offline``; no store
    unless one is given. ``evidence``: ``quotes`` or ``sentences`` (see
    :func:`summarizer.summarize`)."""
    settings = (settings or settings_from_env(offline=offline)).with_overrides(
        model=model, evidence=evidence
    )
    check_evidence(settings.evidence)
    plan = RunPlan(settings, "replay" if offline else "live", cassettes or paths.cassette_dir())
    return engine_for_plan(
        plan,
        schema=schema,
        concurrency=concurrency,
        use_store=False,
        store=store,
        use_cache=use_cache,
        workers=workers,
        gate=gate,
    )


__all__ = ["engine_for", "engine_for_plan"]
