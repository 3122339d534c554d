"""Properties of the story rules: the order of the inputs never changes the story; a value
restated by another source never creates a conflict; numbers that agree up to precision
never conflict; a count that changes between dates is a timeline, not a conflict."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.results import GroundingReport
from summarizer.schema import ArticleFacts
from summarizer.schema.parts import Count, Quantity
from summarizer.schema.stories import SanctionsMeasure, Summit
from summarizer.story import consolidate_sources
from summarizer.story.inputs import StorySource
from summarizer.story.quantities import agree

QUALIFIERS = ["exact", "about", "nearly", "more_than", "at_least", "less_than", "at_most", "up_to"]
STATUSES = ["scheduled", "on_hold", "in_doubt", "postponed", "cancelled"]


def source(n: int, day: int, facts: ArticleFacts) -> StorySource:
    facts.article.outlet = f"Outlet {n}"
    return StorySource(
        article_id=f"a{n:02d}",
        facts=facts,
        grounding=GroundingReport(),
        date=dt.date(2025, 10, day),
        date_from="facts",
    )


def bill(count: int, qualifier: str = "exact") -> SanctionsMeasure:
    return SanctionsMeasure(
        instrument="bill",
        name="Sanctioning Russia Act",
        issuing_body="U.S. Senate",
        sponsors=["Lindsey Graham"],
        counts=[Count(what="co-sponsors", value=Quantity(value=count, qualifier=qualifier))],
    )


def summit(status: str, parties: list[str]) -> Summit:
    return Summit(parties=parties, planned_location="Budapest", status=status)


articles = st.lists(
    st.tuples(
        st.integers(1, 5),  # day
        st.sampled_from(STATUSES),
        st.integers(78, 90),
        st.sampled_from(QUALIFIERS),
        st.sampled_from([["Trump", "Putin"], ["Donald Trump", "Vladimir Putin"]]),
    ),
    min_size=1,
    max_size=6,
)


def build(spec: list[tuple[int, str, int, str, list[str]]]) -> list[StorySource]:
    return [
        source(
            n,
            day,
            ArticleFacts(summits=[summit(status, parties)], sanctions=[bill(count, qualifier)]),
        )
        for n, (day, status, count, qualifier, parties) in enumerate(spec)
    ]


@settings(max_examples=40, deadline=None)
@given(articles, st.randoms(use_true_random=False))
def test_order_of_inputs_never_changes_the_story(spec, rng) -> None:  # type: ignore[no-untyped-def]
    sources = build(spec)
    shuffled = list(sources)
    rng.shuffle(shuffled)
    assert consolidate_sources(sources) == consolidate_sources(shuffled)


@settings(max_examples=40, deadline=None)
@given(articles, st.integers(0, 5))
def test_a_restated_value_never_creates_a_conflict(spec, which) -> None:  # type: ignore[no-untyped-def]
    sources = build(spec)
    before = consolidate_sources(sources)
    original = sources[which % len(sources)]
    copy = StorySource(
        article_id="z99",
        facts=original.facts.model_copy(deep=True),
        grounding=GroundingReport(),
        date=original.date,
        date_from="facts",
    )
    after = consolidate_sources([*sources, copy])
    key = [(c.group, c.field, c.reason) for c in before.conflicts]
    assert len(after.conflicts) >= len(before.conflicts)
    new = [c for c in after.conflicts if any(cl.source.article_id == "z99" for cl in c.claims)]
    # every conflict the copy takes part in, its original already had with the same source
    for conflict in new:
        other = next(c for c in conflict.claims if c.source.article_id != "z99")
        assert any(
            other.source.article_id in {cl.source.article_id for cl in c.claims}
            for c in before.conflicts
        ), (conflict, key)
    # and the copy never disagrees with its own original
    assert not any(
        {cl.source.article_id for cl in c.claims} == {"z99", original.article_id}
        for c in after.conflicts
    )


@given(st.integers(1, 1000), st.sampled_from(QUALIFIERS))
def test_a_qualified_number_agrees_with_itself_and_its_exact_value(value, qualifier) -> None:  # type: ignore[no-untyped-def]
    hedged = Quantity(value=value, qualifier=qualifier)
    assert agree(hedged, hedged)
    if qualifier in ("exact", "about", "nearly", "at_least", "at_most", "up_to"):
        assert agree(hedged, Quantity(value=value))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(60, 100), min_size=2, max_size=5, unique=True))
def test_counts_on_different_dates_are_a_timeline(counts) -> None:  # type: ignore[no-untyped-def]
    sources = [source(n, n + 1, ArticleFacts(sanctions=[bill(c)])) for n, c in enumerate(counts)]
    story = consolidate_sources(sources)
    assert len([g for g in story.groups if g.kind == "sanctions"]) == 1
    assert story.conflicts == []
    assert len([e for e in story.timeline if e.field.startswith("count")]) == len(counts)


@settings(max_examples=30, deadline=None)
@given(st.integers(78, 90), st.integers(78, 90))
def test_same_day_counts_conflict_exactly_when_they_differ(a, b) -> None:  # type: ignore[no-untyped-def]
    story = consolidate_sources(
        [
            source(0, 1, ArticleFacts(sanctions=[bill(a)])),
            source(1, 1, ArticleFacts(sanctions=[bill(b)])),
        ]
    )
    assert bool(story.conflicts) == (a != b)
