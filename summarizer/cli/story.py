"""``summarizer story PATHS...``: one story across many articles' facts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summarizer.errors import InputError


def story(
    paths: Annotated[
        list[str], typer.Argument(help="Gold files, results.jsonl files or folders of them.")
    ],
    format: Annotated[str, typer.Option("--format", help="markdown, json or html.")] = "markdown",
    out: Annotated[Path | None, typer.Option("--out", help="Write here, not stdout.")] = None,
    gold: Annotated[
        Path | None,
        typer.Option("--gold", help="Folder of gold files: article files in PATHS take theirs."),
    ] = None,
    score: Annotated[
        Path | None,
        typer.Option("--score", help="Gold story file: print grouping and conflict P/R to stderr."),
    ] = None,
) -> None:
    """Group the facts of many articles into one story: merged values with their sources,
    conflicts between sources first, a timeline; HTML highlights every evidence passage.

    Article files need facts: summarise them (``summarizer summarize ARTICLES --format jsonl
    --out DIR``) and pass DIR/results.jsonl, or pass ``--gold DIR`` to use their gold files
    as the predictions."""
    from summarizer.story import consolidate, read_sources
    from summarizer.story.html import to_html
    from summarizer.story.render import to_json, to_markdown

    renderers = {"markdown": to_markdown, "json": to_json, "html": to_html}
    if format not in renderers:
        typer.echo(f"error: --format must be one of {', '.join(renderers)}", err=True)
        raise typer.Exit(2)
    try:
        sources = read_sources(paths, gold=gold)
    except InputError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if not sources:
        typer.echo("error: no gold files or results with facts under those paths", err=True)
        raise typer.Exit(2)
    told = consolidate(sources)
    if score is not None:
        from summarizer.story.scoring import load_gold, score_story

        try:
            found = score_story(told, load_gold(score))
        except (OSError, ValueError, KeyError) as exc:
            typer.echo(f"error: {score}: not a gold story file ({exc})", err=True)
            raise typer.Exit(2) from None
        for name, pr in (("grouping", found.grouping), ("conflicts", found.conflicts)):
            typer.echo(
                f"{name}: precision {pr.precision:.3f} recall {pr.recall:.3f} ({pr.missing()})",
                err=True,
            )
    text = renderers[format](told)
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {out}", err=True)
