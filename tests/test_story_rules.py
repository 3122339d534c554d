"""The story's rules on facts made up for the purpose (not this repository's articles), so
the rules are checked as general rules: what is one thing, what is a conflict, what is a
change over time or a different precision."""

from __future__ import annotations

import datetime as dt

from summarizer.results import GroundingReport
from summarizer.schema import ArticleFacts
from summarizer.schema.parts import Count, Opinion, Quantity
from summarizer.schema.stories import Ceasefire, SanctionsMeasure, Summit
from summarizer.story import Story, consolidate_sources
from summarizer.story.inputs import StorySource, dateline


def src(name: str, day: dt.date | None, **facts: object) -> StorySource:
    made = ArticleFacts.model_validate(facts)
    made.article.outlet = f"{name} outlet"
    return StorySource(article_id=name, facts=made, grounding=GroundingReport(), date=day)


def d(month: int, day: int) -> dt.date:
    return dt.date(2031, month, day)


def kinds(story: Story, kind: str) -> list[list[str]]:
    return [[m.article_id for m in g.members] for g in story.groups if g.kind == kind]


def test_status_on_hold_vs_cancelled_same_day_is_a_conflict_later_is_a_change() -> None:
    meet = {"parties": ["Ana Lopez", "Ivan Petrov"], "planned_location": "Vienna"}
    same_day = consolidate_sources([
        src("a", d(5, 2), summits=[{**meet, "status": "on_hold"}]),
        src("b", d(5, 2), summits=[{**meet, "status": "cancelled"}]),
    ])  # fmt: skip
    assert [c.field for c in same_day.conflicts] == ["status"]
    week_later = consolidate_sources([
        src("a", d(5, 2), summits=[{**meet, "status": "on_hold"}]),
        src("b", d(5, 9), summits=[{**meet, "status": "cancelled"}]),
    ])  # fmt: skip
    assert week_later.conflicts == []
    assert [e.value for e in week_later.timeline if e.field == "status"] == ["on hold", "cancelled"]


def test_transliterated_parties_are_one_summit_and_a_wording_difference_is_no_conflict() -> None:
    story = consolidate_sources([
        src("a", d(5, 2), summits=[Summit(parties=["Sergei Lavrov", "Rubio"], status="on_hold")]),
        src("b", d(5, 2), summits=[Summit(parties=["Sergey Lavrov", "Marco Rubio"],
                                          status="in_doubt")]),
    ])  # fmt: skip
    assert kinds(story, "summit") == [["a", "b"]]
    assert story.conflicts == []


def test_hedged_and_exact_counts_agree_and_different_counts_conflict() -> None:
    def bill(value: int, qualifier: str = "exact") -> SanctionsMeasure:
        return SanctionsMeasure(
            instrument="bill", name="Clean Rivers Act of 2031", sponsors=["Mary Poe"],
            counts=[Count(what="cosponsors", value=Quantity(value=value, qualifier=qualifier))],
        )  # fmt: skip

    story = consolidate_sources([
        src("a", d(3, 1), sanctions=[bill(80, "more_than")]),
        src("b", d(3, 1), sanctions=[bill(84)]),
        src("c", d(3, 1), sanctions=[SanctionsMeasure(instrument="bill", name="Clean Rivers Act",
                                                      sponsors=["Poe"])]),
    ])  # fmt: skip
    assert kinds(story, "sanctions") == [["a", "b", "c"]]
    assert story.conflicts == []
    clash = consolidate_sources([src("a", d(3, 1), sanctions=[bill(84)]),
                                 src("b", d(3, 1), sanctions=[bill(85)])])  # fmt: skip
    assert [c.field for c in clash.conflicts] == ["count: cosponsor"]


def test_measures_of_different_jurisdictions_on_the_same_targets_stay_apart() -> None:
    story = consolidate_sources([
        src("a", d(6, 1), sanctions=[SanctionsMeasure(instrument="executive_action",
            issuing_body="U.S. Treasury", targets=["Acme Oil"])]),
        src("b", d(6, 1), sanctions=[SanctionsMeasure(instrument="executive_action",
            issuing_body="United Kingdom", targets=["Acme Oil"])]),
        src("c", d(6, 2), sanctions=[SanctionsMeasure(instrument="executive_action",
            issuing_body="OFAC", targets=["Acme Oil", "its subsidiaries"])]),
    ])  # fmt: skip
    assert sorted(kinds(story, "sanctions")) == [["a", "c"], ["b"]]


def test_ceasefires_months_apart_are_two_unless_their_terms_match() -> None:
    story = consolidate_sources([
        src("a", d(3, 1), ceasefires=[Ceasefire(kind="full", scope="the front line")]),
        src("b", d(9, 1), ceasefires=[Ceasefire(kind="full", scope="the front line")]),
        src("c", d(3, 5), ceasefires=[Ceasefire(kind="sea", scope="the front line")]),
    ])  # fmt: skip
    assert sorted(kinds(story, "ceasefire")) == [["a"], ["b"], ["c"]]


def test_length_of_a_past_event_conflicts_whatever_the_dates() -> None:
    call = {"kind": "talks", "description": "phone call between Lopez and Petrov"}
    story = consolidate_sources([
        src("a", d(4, 1), events=[{**call, "when": "today", "counts": [
            {"what": "hours the call lasted", "value": {"value": 2, "qualifier": "more_than"}}]}]),
        src("b", d(4, 6), events=[{**call, "counts": [
            {"what": "minutes of the call", "value": {"value": 90, "qualifier": "about"}}]}]),
    ])  # fmt: skip
    assert [c.field for c in story.conflicts] == ["count: length"]


def test_undated_differences_are_listed_apart_and_opinions_stay_with_their_outlet() -> None:
    meet = {"parties": ["Ana Lopez", "Ivan Petrov"], "planned_location": "Vienna"}
    story = consolidate_sources([
        src("a", None, summits=[{**meet, "status": "on_hold"}],
            opinions=[Opinion(claim="The summit was a mistake.")]),
        src("b", d(5, 2), summits=[{**meet, "status": "cancelled"}]),
    ])  # fmt: skip
    assert story.conflicts == [] and len(story.undated) == 1
    assert [(o.source.outlet, o.claim) for o in story.opinions] == [
        ("a outlet", "The summit was a mistake.")
    ]
    assert all(v.value != "The summit was a mistake." for g in story.groups for v in g.values)


def test_dateline_reading() -> None:
    assert dateline("Headline\n\nKYIV, Jan. 5 (Wire) - Text from 2030 and 2031.") == ((1, 5), 2031)
    assert dateline("RIYADH/MOSCOW, March 25 (Wire) - no year") == ((3, 25), None)
    assert dateline("No dateline here, Oct 21.") == (None, None)


def test_truces_between_other_sides_stay_apart() -> None:
    story = consolidate_sources([
        src("a", d(3, 1), ceasefires=[Ceasefire(kind="full", scope="Gaza",
            positions=[{"party": "Israel", "stance": "agreed"}])]),
        src("b", d(3, 2), ceasefires=[Ceasefire(kind="full", scope="Ukraine",
            positions=[{"party": "Russia", "stance": "rejects"}])]),
        src("c", d(3, 3), ceasefires=[Ceasefire(kind="full", scope="the whole front",
            positions=[{"party": "Ukraine", "stance": "agreed"}],
            evidence=["Ukraine agreed; Russia has not answered."])]),
    ])  # fmt: skip
    assert sorted(kinds(story, "ceasefire")) == [["a"], ["b", "c"]]


def test_a_broker_of_two_truces_does_not_make_them_one() -> None:
    """One president proposes truces in two wars: the proposer is not a side when the sides
    are named, and a truce scoped to a place the other article never names is another."""
    story = consolidate_sources([
        StorySource("gaza", ArticleFacts.model_validate({"ceasefires": [
            {"kind": "full", "scope": "Gaza", "proposer": "Donald Trump",
             "positions": [{"party": "Hamas", "stance": "agreed"}]}]}), GroundingReport(),
            text="Hamas agreed to the Gaza truce Donald Trump proposed.", date=None),
        StorySource("ukraine", ArticleFacts.model_validate({"ceasefires": [
            {"kind": "full", "proposer": "Donald Trump",
             "positions": [{"party": "Russia", "stance": "rejects"}]}]}), GroundingReport(),
            text="Russia rejected the truce Donald Trump proposed for the front.",
            date=d(3, 2)),
        StorySource("front", ArticleFacts.model_validate({"ceasefires": [
            {"kind": "full", "proposer": "Donald Trump"}]}), GroundingReport(),
            text="Donald Trump proposed a truce along the front; Russia has not answered.",
            date=d(3, 3)),
    ])  # fmt: skip
    assert sorted(sorted(g) for g in kinds(story, "ceasefire")) == [["front", "ukraine"], ["gaza"]]


def test_group_headings_count_their_sources_in_words() -> None:
    from summarizer.story.html import to_html
    from summarizer.story.render import to_markdown

    story = consolidate_sources([
        src("a", d(3, 1), summits=[Summit(parties=["Ann Example", "Bo Sample"], status="held")]),
        src("b", d(3, 1), summits=[Summit(parties=["Ann Example", "Bo Sample"], status="held")]),
        src("c", d(3, 9), summits=[Summit(parties=["Cy Other", "Di Person"], status="held")]),
    ])  # fmt: skip
    text = to_markdown(story)
    assert "(2 sources)" in text and "(1 source)" in text and "(1 sources)" not in text
    page = to_html(story)
    assert "(2 sources)" in page and "(1 source)" in page and "(1 sources)" not in page
