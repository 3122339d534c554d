"""A story as Markdown or JSON: conflicts first, then the merged facts with their sources,
the timeline, and the outlets' opinions (each under its outlet, never merged)."""

from __future__ import annotations

from summarizer.story.model import SourceRef, Story

KIND_ORDER = ("summit", "ceasefire", "sanctions", "event", "person")


def cite(source: SourceRef) -> str:
    """ "Outlet, 2025-10-21 (article id, path)" with a mark for unverified support."""
    outlet = source.outlet or "unnamed outlet"
    date = source.date or "undated"
    mark = "" if source.verified else " ⚠ unverified"
    who = f", per {source.attributed_to}" if source.attributed_to else ""
    return f"{outlet}, {date}{who} [{source.article_id} {source.path}]{mark}"


def quote(source: SourceRef) -> str:
    if not source.passages:
        return ""
    first = source.passages[0]
    where = f" @{first.start}-{first.end}" if first.start is not None else " (not found)"
    return f' — "{first.text}"{where}'


AUTHORED_LABEL = (
    "AUTHORED: these facts come from hand-written answers (the authored cassettes, mistakes "
    "planted on purpose), not from a model; they exercise the pipeline and say nothing about "
    "any model's accuracy."
)


def origin_line(story: Story) -> str:
    """The one-line honesty label a story starts with: where its facts came from."""
    if story.authored:
        return AUTHORED_LABEL
    return "Facts from: " + ("; ".join(story.origins) or "unknown")


def to_markdown(story: Story) -> str:
    lines = ["# Story", "", f"**{origin_line(story)}**", ""]
    dated = [a for a in story.articles if a.date]
    lines.append(
        f"{len(story.articles)} articles"
        + (f", {dated[0].date} to {dated[-1].date}" if dated else "")
        + f"; {len(story.groups)} groups, {len(story.conflicts)} conflicts."
    )
    lines += ["", f"## Conflicts ({len(story.conflicts)})", ""]
    if not story.conflicts:
        lines.append("None: where sources differ, they differ in time or precision.")
    for conflict in story.conflicts:
        group = story.group(conflict.group)
        lines.append(f"- **{group.label}** — {conflict.field}: {conflict.reason}")
        for claim in conflict.claims:
            lines.append(f"  - {claim.value}: {cite(claim.source)}{quote(claim.source)}")
    if story.undated:
        lines += ["", f"## Differences a date would settle ({len(story.undated)})", ""]
        lines.append("Not conflicts: one source is undated, so the difference may be a change.")
        for conflict in story.undated:
            group = story.group(conflict.group)
            values = " vs ".join(f"{c.value} ({cite(c.source)})" for c in conflict.claims)
            lines.append(f"- **{group.label}** — {conflict.field}: {values}")
    lines += ["", "## Merged facts", ""]
    for kind in KIND_ORDER:
        groups = [g for g in story.groups if g.kind == kind]
        if not groups:
            continue
        lines += [f"### {kind.capitalize()}s" if kind != "sanctions" else "### Sanctions", ""]
        for group in groups:
            n = len(group.members)
            lines.append(f"#### {group.label} ({n} source{'' if n == 1 else 's'})")
            for value in group.values:
                sources = "; ".join(cite(s) for s in value.sources)
                lines.append(f"- {value.field}: **{value.value}** — {sources}")
            lines.append("")
    lines += ["## Timeline", ""]
    labels = {group.id: group.label for group in story.groups}
    for entry in story.timeline:
        lines.append(
            f"- {entry.date or 'undated'} · {labels[entry.group]} · {entry.field}: {entry.value}"
            f" ({entry.source.outlet or entry.source.article_id})"
        )
    lines += ["", "## Opinions (each outlet's own, not merged into facts)", ""]
    for opinion in story.opinions:
        lines.append(f"- {opinion.source.outlet or opinion.source.article_id}: {opinion.claim}")
    lines += ["", "## Articles", ""]
    for article in story.articles:
        lines.append(
            f"- {article.date or 'undated'} ({article.date_from}) {article.outlet or '?'}: "
            f"{article.headline or article.source} [{article.id}]"
        )
    return "\n".join(lines) + "\n"


def to_json(story: Story, indent: int | None = 2) -> str:
    """The story as JSON, without the articles' full texts (the HTML page carries those)."""
    return story.model_dump_json(
        indent=indent, exclude={"articles": {"__all__": {"text", "evidence"}}}
    )


__all__ = ["AUTHORED_LABEL", "cite", "origin_line", "to_json", "to_markdown"]
