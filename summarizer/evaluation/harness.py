"""A whole eval run: the library behind ``summarizer eval`` (and the nightly job).

Gold set in, pipeline over every gold article (replayed cassettes by default, live or recording
on request), field-level scores, reports, one history record, a comparison with a baseline, and
the verdict the exit code carries. Usable without the CLI: ``run_eval(EvalOptions(...))``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from summarizer.articles import Article, load_article
from summarizer.errors import InputError
from summarizer.evaluation.gate import Verdict, judge
from summarizer.evaluation.gold import GoldLabel, load_gold
from summarizer.evaluation.scoring import Comparison, EvalReport, compare, evaluate
from summarizer.llm.cassettes import Recording, check_cassette
from summarizer.llm.references import versions
from summarizer.results import SummaryResult
from summarizer.run.dispatch import iterate_engine
from summarizer.run.factory import engine_for_plan
from summarizer.run.plan import RunPlan
from summarizer.schema import ArticleFacts
from summarizer.storage import paths

BaselineSpec = Path | Literal["last", "none", "auto"]


@dataclass
class EvalOptions:
    plan: RunPlan
    gold: Path = field(default_factory=paths.gold_dir)
    out: Path = field(default_factory=paths.report_dir)
    history: Path = field(default_factory=paths.history_file)
    baseline: BaselineSpec = "auto"
    fail_under: float | None = None
    max_drop: float | None = None
    max_verification_drop: float | None = None  # None: the verification is not gated
    concurrency: int = 8
    store_path: Path | None = None
    use_store: bool = True
    second_reader: bool = False  # ask the model again about unconfirmed values


@dataclass
class EvalOutcome:
    report: EvalReport
    comparison: Comparison | None
    baseline_path: Path | None
    reports: dict[str, Path]
    verdict: Verdict = field(default_factory=Verdict)
    cost_usd: float | None = None

    @property
    def passed(self) -> bool:
        return self.verdict.passed

    @property
    def regressed_fields(self) -> list[str]:
        return list(self.verdict.regressed_fields)

    @property
    def below_floor(self) -> bool:
        return self.verdict.below_floor

    @property
    def exit_code(self) -> int:
        """0 passed; 2 when an article's input or cassette was unusable; 1 otherwise."""
        return self.verdict.exit_code


def gold_source(label: GoldLabel, gold_dir: Path) -> Path:
    """Gold files name their article relative to the project root (``seeds/...``)."""
    path = Path(label.source)
    if path.is_absolute():
        return path
    for root in (gold_dir.parent.parent, paths.project_root()):
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
        from summarizer.llm.cassettes import folder_label

        label = folder_label(plan.settings.model, plan.settings.evidence)
        candidate = paths.baseline_dir() / f"{label}.json"
        if not candidate.is_file():
            # A gate with nothing to compare against cannot catch a regression, so it must not
            # pass as if it had: the first run of a model says so explicitly.
            raise InputError(
                f"--baseline auto: no committed baseline for model {plan.settings.model}"
                f"{' (evidence sentences)' if plan.settings.evidence == 'sentences' else ''} "
                f"({candidate}); run once with --baseline none and commit its report.json "
                "there (see README, Eval)"
            )
        return candidate
    if spec == "last":
        from summarizer.evaluation.history import load_history

        # A run in which articles failed measured the endpoint, not the model: comparing with
        # it would report every recovered field as fixed, so it is never a baseline.
        record = next(
            (
                r
                for r in reversed(load_history(history))
                if r.model == plan.settings.model and r.failures == 0 and r.report_path
            ),
            None,
        )
        if record is None or not record.report_path:
            raise InputError(
                f"--baseline last: no earlier run of {plan.settings.model} without failed "
                f"articles in {history}"
            )
        path = Path(record.report_path)
        if not path.is_file():
            raise InputError(f"--baseline last: {path} (from {history}) no longer exists")
        return path
    if not Path(spec).is_file():
        raise InputError(f"--baseline {spec}: no such file")
    return Path(spec)


# Keys every report.json written by this tool has. EvalReport gives all of them defaults (so
# that older reports still load), which would let ``{}`` or any object validate as a baseline
# with no outcomes: a comparison with nothing, which can never regress, turns the gate off.
_REPORT_KEYS = ("outcomes", "per_field", "overall", "articles")


def load_report(path: Path) -> EvalReport:
    """A baseline report, refused (one line, exit 2) unless it has the shape of one: a JSON
    object with the report's keys, scored outcomes, and every value of the right type."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{path}: not an eval report (not UTF-8 text)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read baseline ({exc.strerror or exc})") from None
    except ValueError as exc:
        raise InputError(f"{path}: not an eval report (invalid JSON: {exc})") from None
    if not isinstance(data, dict):
        raise InputError(
            f"{path}: not an eval report (a JSON {type(data).__name__}, not an object)"
        )
    missing = [key for key in _REPORT_KEYS if key not in data]
    if missing:
        raise InputError(f"{path}: not an eval report (no {', '.join(missing)})")
    for written_only in ("source_of_outputs", "comparison", "verdict"):
        data.pop(written_only, None)
    try:
        report = EvalReport.model_validate(data)
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(part) for part in problem["loc"]) or "report"
        raise InputError(f"{path}: not an eval report ({where}: {problem['msg']})") from None
    if not report.outcomes:
        raise InputError(f"{path}: not a usable baseline (no scored outcomes)")
    return report


def check_cassettes(plan: RunPlan, articles: list[Article]) -> None:
    """Replay must not start when any article's cassette is missing or stale: the error names
    the article and the command that re-records it (exit 2)."""
    if plan.mode != "replay":
        return
    p_version, s_version = versions(ArticleFacts, plan.settings.evidence)
    for article in articles:
        check_cassette(plan.cassette_folder, article.id, article.source, p_version, s_version)


def run_pipeline(
    options: EvalOptions, articles: list[Article]
) -> tuple[list[SummaryResult], float | None]:
    engine = engine_for_plan(
        options.plan,
        concurrency=options.concurrency,
        store_path=options.store_path,
        use_store=options.use_store,
        use_cache=False,
        second_reader=options.second_reader,
    )
    try:
        results = list(iterate_engine(engine, articles))
    finally:
        if engine.store is not None:
            engine.store.close()
    cost = engine.stats.cost.cost_usd if engine.stats.cost.complete else None
    return results, cost


def run_eval(options: EvalOptions) -> EvalOutcome:
    """Run, score, compare, judge, write reports and history. Raises ``InputError`` /
    ``CassetteError`` (exit 2) before any request when inputs, cassettes or the baseline are
    unusable. A recording run records into a temporary set that replaces the committed
    cassettes only when every article succeeded."""
    from summarizer.evaluation.history import append_history, load_history, record_of
    from summarizer.evaluation.report import write_reports

    gold = load_gold(options.gold)
    if not gold:
        raise InputError(f"{options.gold}: no gold files")
    articles = gold_articles(gold, options.gold)
    check_cassettes(options.plan, articles)
    baseline_path = resolve_baseline(options.baseline, options.plan, options.history)
    baseline = load_report(baseline_path) if baseline_path else None
    history = load_history(options.history) if options.history.exists() else []
    recording = Recording(options.plan.cassette_folder) if options.plan.mode == "record" else None
    try:
        run_options = options
        if recording is not None:
            run_options = replace(options, plan=replace(options.plan, cassettes=recording.root))
        results, cost = run_pipeline(run_options, articles)
        succeeded = len(results) == len(articles) and all(r.error is None for r in results)
        if recording is not None and succeeded:
            recording.commit()
    finally:
        if recording is not None:
            recording.discard()
    report = evaluate(results, gold)
    report.model = options.plan.settings.model
    report.origin = _origin(results, options.plan)
    report.prompt_version, report.schema_version = versions(
        ArticleFacts, options.plan.settings.evidence
    )
    report.created_at = dt.datetime.now(dt.UTC)
    report.tokens = sum(r.usage.total_tokens for r in results)
    comparison = compare(report, baseline) if baseline else None
    verdict = judge(
        report,
        comparison,
        max_drop=options.max_drop,
        fail_under=options.fail_under,
        max_verification_drop=options.max_verification_drop,
    )
    record = record_of(report, cost_usd=cost, report_path=str(options.out / "report.json"))
    written = write_reports(options.out, report, comparison, [*history, record], verdict=verdict)
    append_history(options.history, record)
    return EvalOutcome(report, comparison, baseline_path, written, verdict, cost_usd=cost)


def _origin(results: list[SummaryResult], plan: RunPlan) -> str:
    origins = sorted({r.origin for r in results if r.origin})
    if origins:
        return "; ".join(origins)
    return f"{plan.mode} {plan.settings.model}"
