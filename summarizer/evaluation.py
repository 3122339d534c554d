"""A whole eval run: the library behind ``summarizer eval`` (and the nightly job).

Gold set in, pipeline over every gold article (replayed cassettes by default, live or recording
on request), field-level scores, reports, one history record, a comparison with a baseline, and
the verdict the exit code carries. Usable without the CLI: ``run_eval(EvalOptions(...))``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .articles import Article, load_article
from .cassettes import PROJECT_ROOT, check_cassette
from .errors import InputError
from .gold import GoldLabel, load_gold
from .many import iterate_engine
from .prompts import prompt_version
from .results import SummaryResult
from .runner import RunPlan, engine_for_plan
from .schema import ArticleFacts, schema_version
from .scoring import Comparison, EvalReport, compare, evaluate, regressions

DEFAULT_GOLD = PROJECT_ROOT / "evals" / "gold"
DEFAULT_OUT = PROJECT_ROOT / "evals" / "reports" / "latest"
DEFAULT_HISTORY = PROJECT_ROOT / "evals" / "reports" / "history.jsonl"
BASELINES = PROJECT_ROOT / "evals" / "baselines"
BaselineSpec = Path | Literal["last", "none", "auto"]


@dataclass
class EvalOptions:
    plan: RunPlan
    gold: Path = DEFAULT_GOLD
    out: Path = DEFAULT_OUT
    history: Path = DEFAULT_HISTORY
    baseline: BaselineSpec = "auto"
    fail_under: float | None = None
    max_drop: float | None = None
    concurrency: int = 8
    store_path: Path | None = None
    use_store: bool = True


@dataclass
class EvalOutcome:
    report: EvalReport
    comparison: Comparison | None
    baseline_path: Path | None
    reports: dict[str, Path]
    regressed_fields: list[str] = field(default_factory=list)
    below_floor: bool = False
    cost_usd: float | None = None

    @property
    def passed(self) -> bool:
        return not self.regressed_fields and not self.below_floor


def gold_source(label: GoldLabel, gold_dir: Path) -> Path:
    """Gold files name their article relative to the project root (``seeds/...``)."""
    path = Path(label.source)
    if path.is_absolute():
        return path
    for root in (PROJECT_ROOT, gold_dir.parent.parent, Path.cwd()):
        if (root / path).is_file():
            return root / path
    raise InputError(f"gold {label.article_id}: article {label.source} not found")


def gold_articles(gold: dict[str, GoldLabel], gold_dir: Path) -> list[Article]:
    articles = []
    for label in gold.values():
        article = load_article(gold_source(label, gold_dir))
        if article.id != label.article_id:
            raise InputError(
                f"gold {label.article_id}: {label.source} now hashes to {article.id}; "
                "the article changed since it was labelled"
            )
        articles.append(article)
    return articles


def resolve_baseline(spec: BaselineSpec, plan: RunPlan, history: Path) -> Path | None:
    """``auto``: the committed baseline for the model, if any; ``last``: the previous run's
    report; ``none``: no comparison; or a path to a report.json."""
    if spec == "none":
        return None
    if spec == "auto":
        from .cassettes import label_for

        candidate = BASELINES / f"{label_for(plan.settings.model)}.json"
        return candidate if candidate.is_file() else None
    if spec == "last":
        from .history import last_record

        record = last_record(history, model=plan.settings.model)
        if record is None or not record.report_path:
            raise InputError(
                f"--baseline last: no earlier run of {plan.settings.model} in {history}"
            )
        path = Path(record.report_path)
        if not path.is_file():
            raise InputError(f"--baseline last: {path} (from {history}) no longer exists")
        return path
    if not Path(spec).is_file():
        raise InputError(f"--baseline {spec}: no such file")
    return Path(spec)


def load_report(path: Path) -> EvalReport:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        data.pop("source_of_outputs", None)
        return EvalReport.model_validate(data)
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not an eval report ({type(exc).__name__})") from None


def check_cassettes(plan: RunPlan, articles: list[Article]) -> None:
    """Replay must not start when any article's cassette is missing or stale: the error names
    the article and the command that re-records it (exit 2)."""
    if plan.mode != "replay":
        return
    for article in articles:
        check_cassette(
            plan.cassette_folder,
            article.id,
            article.source,
            prompt_version(),
            schema_version(ArticleFacts),
        )


def run_pipeline(
    options: EvalOptions, articles: list[Article]
) -> tuple[list[SummaryResult], float | None]:
    engine = engine_for_plan(
        options.plan,
        concurrency=options.concurrency,
        store_path=options.store_path,
        use_store=options.use_store,
        use_cache=False,
    )
    try:
        results = list(iterate_engine(engine, articles))
    finally:
        if engine.store is not None:
            engine.store.close()
    cost = engine.stats.cost.cost_usd if engine.stats.cost.complete else None
    return results, cost


def run_eval(options: EvalOptions) -> EvalOutcome:
    """Run, score, compare, write reports and history. Raises ``InputError`` /
    ``CassetteError`` (exit 2) before any request when inputs or cassettes are unusable."""
    from .history import append_history, load_history, record_of
    from .report import write_reports

    gold = load_gold(options.gold)
    if not gold:
        raise InputError(f"{options.gold}: no gold files")
    articles = gold_articles(gold, options.gold)
    check_cassettes(options.plan, articles)
    baseline_path = resolve_baseline(options.baseline, options.plan, options.history)
    baseline = load_report(baseline_path) if baseline_path else None
    results, cost = run_pipeline(options, articles)
    report = evaluate(results, gold)
    report.model = options.plan.settings.model
    report.origin = _origin(results, options.plan)
    report.prompt_version = prompt_version()
    report.schema_version = schema_version(ArticleFacts)
    report.created_at = dt.datetime.now(dt.UTC)
    report.tokens = sum(r.usage.total_tokens for r in results)
    comparison = compare(report, baseline) if baseline else None
    history = load_history(options.history) if options.history.exists() else []
    record = record_of(report, cost_usd=cost, report_path=str(options.out / "report.json"))
    written = write_reports(options.out, report, comparison, [*history, record])
    append_history(options.history, record)
    outcome = EvalOutcome(report, comparison, baseline_path, written, cost_usd=cost)
    if comparison is not None and options.max_drop is not None:
        outcome.regressed_fields = regressions(comparison, options.max_drop)
    f1 = report.overall.micro.f1
    if options.fail_under is not None and (f1 is None or f1 < options.fail_under):
        outcome.below_floor = True
    return outcome


def _origin(results: list[SummaryResult], plan: RunPlan) -> str:
    origins = sorted({r.origin for r in results if r.origin})
    if origins:
        return "; ".join(origins)
    return f"{plan.mode} {plan.settings.model}"
