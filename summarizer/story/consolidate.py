"""``consolidate``: many articles' facts into one :class:`~summarizer.story.model.Story`."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from summarizer.results import SummaryResult
from summarizer.story.claims import Claim, claims_of
from summarizer.story.conflicts import find_conflicts, find_undated
from summarizer.story.grouping import cluster, label
from summarizer.story.inputs import StorySource, date_from_story, source_of_result
from summarizer.story.keys import Item, enum, items_of, same_name
from summarizer.story.model import (
    ArticleInfo,
    Conflict,
    Group,
    MergedValue,
    OpinionRef,
    Passage,
    SourceRef,
    Story,
    TimelineEntry,
)
from summarizer.story.model import Claim as ClaimOut
from summarizer.story.quantities import shown
from summarizer.verification.grounding import resolve_date

MERGED_FIELDS = {
    "summit": ("parties", "format", "status", "planned_location", "planned_timing", "outcome"),
    "ceasefire": ("kind", "duration_days", "scope", "proposer", "status", "starts"),
    "sanctions": (
        "instrument",
        "name",
        "issuing_body",
        "package_number",
        "sponsors",
        "status",
        "introduced",
        "tariff_rate_percent",
        "targets",
    ),
    "event": ("kind", "description", "place", "when", "actors"),
    "person": ("name", "role", "affiliation"),
}
NAME_FIELDS = {"parties", "sponsors", "actors", "issuing_body", "planned_location", "place", "name"}


def source_ref(source: StorySource, path: str, fact_path: str, who: str | None = None) -> SourceRef:
    """``path``'s source: the evidence passages of the fact at ``fact_path``, with offsets."""
    prefix = f"{fact_path}.evidence[" if fact_path else "evidence["
    passages = [
        Passage(text=c.passage, start=c.start, end=c.end, verified=c.verified)
        for c in source.grounding.evidence
        if c.path.startswith(prefix)
    ]
    return SourceRef(
        article_id=source.article_id,
        outlet=source.outlet,
        date=source.iso_date,
        date_from=source.date_from,
        path=path,
        passages=passages,
        attributed_to=who,
        flags=source.grounding.flags_for(path),
    )


def claim_ref(claim: Claim) -> SourceRef:
    """The claim's source, the passages that state its value first (a count's number as
    written, a status's word), so a conflict quotes the sentence that says it."""
    ref = source_ref(claim.item.source, claim.path, claim.item.path, claim.attributed_to)
    written = getattr(claim.value, "as_written", None) or ""
    cues = [c.lower() for c in (written, claim.shown.replace(" ", "")) if c]
    cues += [str(claim.value).replace("_", " ")] if isinstance(claim.value, str) else []
    ref.passages.sort(key=lambda p: not any(cue in p.text.lower() for cue in cues))
    return ref


def displayed(value: Any) -> list[str]:
    if value is None or value == [] or value == "":
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    if hasattr(value, "qualifier"):
        return [shown(value)]
    return [enum(value) or ""]


def merged_values(kind: str, members: list[Item]) -> list[MergedValue]:
    values: list[MergedValue] = []
    for name in MERGED_FIELDS[kind]:
        for member in members:
            for text in displayed(getattr(member.fact, name, None)):
                ref = source_ref(member.source, f"{member.path}.{name}", member.path)
                same = next(
                    (
                        v
                        for v in values
                        if v.field == name
                        and (
                            v.value.lower() == text.lower()
                            or (name in NAME_FIELDS and same_name(v.value, text))
                        )
                    ),
                    None,
                )
                if same is None:
                    values.append(MergedValue(field=name, value=text, sources=[ref]))
                elif all(
                    s.path != ref.path or s.article_id != ref.article_id for s in same.sources
                ):
                    same.sources.append(ref)
    return values


def group_id(kind: str, members: list[Item]) -> str:
    digest = hashlib.sha256("|".join(sorted(m.ref for m in members)).encode()).hexdigest()
    return f"{kind}-{digest[:8]}"


def inferred_dates(groups: list[list[Item]]) -> dict[str, dt.date]:
    """An undated article's likely date: the median date of the dated articles it shares
    groups with (people aside: they span any time). Used to group, never to date a claim."""
    seen: dict[str, list[dt.date]] = {}
    for members in groups:
        if members[0].kind == "person":
            continue
        dates = [m.date for m in members if m.date is not None]
        for member in members:
            if member.date is None and dates:
                seen.setdefault(member.source.article_id, []).extend(dates)
    return {article: sorted(dates)[len(dates) // 2] for article, dates in seen.items()}


def consolidate_sources(sources: Iterable[StorySource]) -> Story:
    """The story told by ``sources``: groups, conflicts, timeline, opinions, articles."""
    unique = {source.article_id: source for source in sources}  # the last copy of an article
    sources = sorted(date_from_story(list(unique.values())), key=lambda s: s.article_id)
    story = Story(
        origins=sorted({s.origin or "unknown" for s in sources}),
        authored=any(s.authored for s in sources),
    )
    items = [item for source in sources for item in items_of(source)]
    near = inferred_dates(cluster(items))
    if near:
        sources = [replace(s, near=near.get(s.article_id)) for s in sources]
        items = [item for source in sources for item in items_of(source)]
    for members in cluster(items):
        kind = members[0].kind
        gid = group_id(kind, members)
        group = Group(id=gid, kind=kind, label=label(members))
        group.members = [source_ref(m.source, m.path, m.path) for m in members]
        group.values = merged_values(kind, members)
        story.groups.append(group)
        if kind == "person":
            continue
        claims = [claim for member in members for claim in claims_of(member)]
        for found, into in ((find_conflicts, story.conflicts), (find_undated, story.undated)):
            for a, b, reason in found(claims):
                into.append(
                    Conflict(
                        group=gid,
                        field=a.field,
                        when=a.date.isoformat() if a.date else None,
                        claims=[ClaimOut(value=c.shown, source=claim_ref(c)) for c in (a, b)],
                        reason=reason,
                    )
                )
        for claim in claims:
            if claim.timeless:
                continue
            story.timeline.append(
                TimelineEntry(
                    date=claim.date.isoformat() if claim.date else None,
                    group=gid,
                    field=claim.field,
                    value=claim.shown + (f" ({claim.moment})" if claim.moment else ""),
                    source=claim_ref(claim),
                )
            )
        if kind == "event":
            for m in members:  # on the day it happened when the article's "when" resolves
                happened = resolve_date(m.fact.when, m.date) if m.fact.when and m.date else None
                day = happened or m.date
                story.timeline.append(
                    TimelineEntry(
                        date=day.isoformat() if day else None,
                        group=gid,
                        field="event",
                        value=m.fact.description + (f" ({m.fact.when})" if m.fact.when else ""),
                        source=source_ref(m.source, m.path, m.path),
                    )
                )
    story.groups.sort(key=lambda g: (-len(g.members), g.kind, g.label, g.id))
    for listed in (story.conflicts, story.undated):
        listed.sort(key=lambda c: (c.when or "", c.group, c.field, c.reason))
    story.timeline.sort(
        key=lambda e: (e.date is None, e.date or "", e.group, e.field, e.value, e.source.article_id)
    )
    for source in sources:
        for index, opinion in enumerate(source.facts.opinions):
            path = f"opinions[{index}]"
            story.opinions.append(
                OpinionRef(claim=opinion.claim, source=source_ref(source, path, path))
            )
        meta = source.facts.article
        story.articles.append(
            ArticleInfo(
                id=source.article_id,
                outlet=meta.outlet,
                headline=meta.headline,
                date=source.iso_date,
                date_from=source.date_from,
                source=source.source,
                text=source.text,
                evidence=[
                    Passage(text=c.passage, start=c.start, end=c.end, verified=True)
                    for c in source.grounding.evidence
                    if c.verified and c.start is not None
                ],
                unverified=len(source.grounding.unverified),
            )
        )
    story.articles.sort(key=lambda a: (a.date is None, a.date or "", a.id))
    return story


def consolidate(results: Iterable[SummaryResult[Any] | StorySource]) -> Story:
    """One story from many articles' results (``SummaryResult`` with ArticleFacts, or
    :class:`StorySource` as read by :func:`summarizer.story.inputs.read_sources`). A result
    without grounding is grounded against its article text, read from ``result.source``."""
    sources = []
    for result in results:
        if isinstance(result, StorySource):
            sources.append(result)
        elif (found := source_of_result(result)) is not None:
            sources.append(found)
    return consolidate_sources(sources)


__all__ = ["consolidate", "consolidate_sources", "merged_values", "source_ref"]
