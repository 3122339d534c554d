"""``summarizer story [PATHS...]``: one story across many articles' facts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from summarizer.cli.options import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    BaseUrlOpt,
    CassettesOpt,
    HeaderOpt,
    MaxTokensOpt,
    ModelOpt,
    ModeOpt,
    StoreOpt,
    StoryFormatOpt,
    TemperatureOpt,
    TimeoutOpt,
    err,
    note,
    os_error,
)

if TYPE_CHECKING:
    from summarizer.results import SummaryResult
    from summarizer.run.plan import RunPlan
    from summarizer.story import StorySource


def answer(articles: list[Path], plan: RunPlan, concurrency: int, store: Path | None) -> list[Any]:
    """Every article summarised through the one engine (replayed, live or recorded)."""
    from summarizer.run.dispatch import iterate_engine
    from summarizer.run.factory import engine_for_plan

    engine = engine_for_plan(plan, concurrency=concurrency, store_path=store)
    try:
        return list(iterate_engine(engine, articles))
    finally:
        if engine.store is not None:
            engine.store.close()


def story(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files (summarised first: replayed, or live with a key or --base-url), "
            "gold or result files, results.jsonl, or folders of them. [default with --score: "
            "the gold story's articles]",
            show_default=False,
        ),
    ] = None,
    fmt: StoryFormatOpt = "markdown",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the story here, not stdout.")
    ] = None,
    gold: Annotated[
        Path | None,
        typer.Option(
            "--gold", help="Gold label folder, to score and for --gold-as-prediction [evals/gold]."
        ),
    ] = None,
    gold_as_prediction: Annotated[
        bool,
        typer.Option(
            "--gold-as-prediction",
            help="Article files take their gold facts instead of a model's answers.",
        ),
    ] = False,
    score: Annotated[
        Path | None,
        typer.Option(
            "--score",
            help="Gold story file (evals/stories/gold.json): print grouping and conflict "
            "precision/recall to stderr, answers aligned to the gold facts as the eval does.",
        ),
    ] = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    mode: ModeOpt = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Replay recorded cassettes even if a key is set.")
    ] = False,
    cassettes: CassettesOpt = None,
    concurrency: Annotated[
        int,
        typer.Option("--concurrency", "-c", min=1, max=1024, help="Articles in flight at once."),
    ] = 8,
    store: StoreOpt = None,
    timeout: TimeoutOpt = None,
    max_tokens: MaxTokensOpt = None,
    temperature: TemperatureOpt = None,
    header: HeaderOpt = None,
) -> None:
    """Group many articles' facts into one story: merged values with their sources, conflicts
    between sources first, a timeline; HTML highlights every evidence passage.

    Article files are summarised first, as by summarizer summarize (without a key: the
    authored cassettes, hand-written answers labelled AUTHORED in the output). Exit status:
    0 every article answered; 1 some article failed (the story holds the rest); 2 usage or
    input error."""
    from summarizer.errors import ConfigError, InputError, SummarizerError
    from summarizer.evaluation.gold import load_gold
    from summarizer.run.plan import plan_run
    from summarizer.storage import paths as project
    from summarizer.story import consolidate
    from summarizer.story.formats import RENDERERS
    from summarizer.story.inputs import gold_for_articles, read_file, source_of_result, split_inputs
    from summarizer.story.render import AUTHORED_LABEL
    from summarizer.story.scoring import alignments, gold_story_articles, load_gold_story

    failed: list[SummaryResult[Any]] = []
    try:
        if gold_as_prediction and (offline or model or base_url):
            raise ConfigError("--gold-as-prediction excludes --model, --base-url and --offline")
        gold_dir = gold or project.gold_dir()
        gold_story = load_gold_story(score) if score is not None else None
        specs: list[str | Path] = list(paths or [])
        if not specs:
            if gold_story is None:
                raise ConfigError("name articles or facts files, or pass --score GOLD_STORY")
            root = project.project_root()
            specs = list(gold_story_articles(gold_story, load_gold(gold_dir), root))
        files, articles = split_inputs(specs)
        sources: list[StorySource] = [s for file in files for s in read_file(file)]
        if articles and gold_as_prediction:
            picked = gold_for_articles(articles, gold_dir)
            sources += [s for file in picked for s in read_file(file)]
        elif articles:
            endpoint: dict[str, Any] = {"model": model, "base_url": base_url, "mode": mode}
            endpoint.update(max_tokens=max_tokens, timeout=timeout, headers=header)
            plan = plan_run(
                offline=offline, cassettes=cassettes, temperature=temperature, **endpoint
            )
            if plan.notice:
                note(plan.notice)
            for result in answer(articles, plan, concurrency, store):
                found = source_of_result(result)
                if found is None:
                    failed.append(result)
                else:
                    sources.append(found)
        for result in failed:  # one line each, as eval prints them; the story tells the rest
            err(result.error or f"{result.source}: failed")
        if not sources and failed:
            raise typer.Exit(EXIT_FAILED)
        if not sources:
            raise InputError("no article has facts: nothing to tell")
        told = consolidate(sources)
        if told.authored:
            note(AUTHORED_LABEL)
        if gold_story is not None:
            aligned = alignments(sources, load_gold(gold_dir))
            found_score = score_story_of(told, gold_story, aligned)
            for line in found_score:
                note(line)
        text = RENDERERS[fmt](told)
        if out is None:
            typer.echo(text, nl=False)
        else:
            out.write_text(text, encoding="utf-8")
            note(f"wrote {out}")
    except KeyboardInterrupt:
        err("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except SummarizerError as exc:
        err(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except OSError as exc:
        err(os_error(exc, out if out is not None else "standard output"))
        raise typer.Exit(EXIT_FAILED) from None
    if failed:
        raise typer.Exit(EXIT_FAILED)


def score_story_of(told: Any, gold_story: dict[str, Any], aligned: Any) -> list[str]:
    """The score lines for stderr: grouping and conflicts, precision and recall."""
    from summarizer.story.scoring import score_story

    found = score_story(told, gold_story, aligned)
    return [
        f"{name}: precision {pr.precision:.3f} recall {pr.recall:.3f} ({pr.missing()})"
        for name, pr in (("grouping", found.grouping), ("conflicts", found.conflicts))
    ]
