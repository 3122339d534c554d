"""The story view end to end on replayed answers: the articles are summarised through the
engine from the authored cassettes (hand-written answers, mistakes planted), the story is
labelled AUTHORED, and it is scored against the gold story with each answer aligned to its
gold facts. The numbers asserted here are the ones README.md and evals/stories/README.md
quote; they describe the authored answers, not any model."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli.app import app
from summarizer.evaluation.gold import load_gold
from summarizer.run.dispatch import summarize_many
from summarizer.story import consolidate, read_sources
from summarizer.story.alignment import UNMATCHED, align
from summarizer.story.html import to_html
from summarizer.story.inputs import source_of_result
from summarizer.story.render import AUTHORED_LABEL, to_markdown
from summarizer.story.scoring import (
    alignments,
    gold_story_articles,
    load_gold_story,
    score_story,
)
from tests.conftest import ROOT, SEED_FILES
from tests.test_cli import run

GOLD_STORY = ROOT / "evals" / "stories" / "gold.json"
GOLD = ROOT / "evals" / "gold"
# grouping and conflicts as (true positives, predicted, gold) pairs, from the authored answers
REPLAYED = {"grouping": (93, 97, 93), "conflicts": (3, 7, 4)}


def test_alignment_maps_answers_onto_their_gold_facts() -> None:
    """A summit listed second by the answer is the gold's first; one the gold does not have
    is unmatched, and so is a path inside it; an index into a list of names is kept."""
    label = next(label for label in load_gold(GOLD).values() if len(label.facts.summits) >= 2)
    summits = label.facts.summits
    made_up = summits[0].model_copy(
        update={"parties": ["Nobody Atall", "Someone Else"], "planned_location": "Atlantis"}
    )
    answer = label.facts.model_copy(update={"summits": [summits[1], summits[0], made_up]})
    found = align(answer, label)
    assert found.gold_path("summits[1]") == "summits[0]"
    assert found.gold_path("summits[0].status") == "summits[1].status"
    assert found.gold_path("summits[1].parties[1]") == "summits[0].parties[1]"
    assert found.gold_path("summits[2]").startswith(UNMATCHED)
    assert found.gold_path("summits[2].status").startswith(UNMATCHED)
    assert found.gold_path("people[3]") == "people[3]"  # not aligned: kept


def test_gold_facts_align_with_themselves() -> None:
    for label in load_gold(GOLD).values():
        found = align(label.facts, label)
        assert all(pred == gold for pred, gold in found.items.items()), label.article_id


@pytest.fixture(scope="module")
def replayed():  # type: ignore[no-untyped-def]
    gold_story = load_gold_story(GOLD_STORY)
    labels = load_gold(GOLD)
    articles = gold_story_articles(gold_story, labels, ROOT)
    results = list(summarize_many(articles, offline=True, cassettes=ROOT / "evals" / "cassettes"))
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    sources = [s for r in results if (s := source_of_result(r)) is not None]
    return sources, consolidate(sources), gold_story, labels


@pytest.mark.slow
def test_replayed_story_is_labelled_authored(replayed) -> None:  # type: ignore[no-untyped-def]
    sources, story, _, _ = replayed
    assert len(sources) == 22 and all(s.authored and not s.from_gold for s in sources)
    assert story.authored
    assert AUTHORED_LABEL in to_markdown(story).splitlines()[2]
    assert escape(AUTHORED_LABEL) in to_html(story)


@pytest.mark.slow
def test_saved_authored_results_stay_labelled(tmp_path: Path) -> None:
    """Results written by ``summarize --format jsonl`` and read back keep their origin."""
    results = list(summarize_many([SEED_FILES[0]], offline=True))
    saved = tmp_path / "results.jsonl"
    saved.write_text("".join(r.to_json() + "\n" for r in results), encoding="utf-8")
    story = consolidate(read_sources([saved]))
    assert story.authored and story.origins == [results[0].origin]


@pytest.mark.slow
def test_replayed_story_scores_against_the_gold_story(replayed) -> None:  # type: ignore[no-untyped-def]
    sources, story, gold_story, labels = replayed
    score = score_story(story, gold_story, alignments(sources, labels))
    for name, pr in (("grouping", score.grouping), ("conflicts", score.conflicts)):
        assert (pr.true_positives, pr.predicted, pr.gold) == REPLAYED[name], (name, score)
    # the planted mistakes show: a status the answer got wrong makes conflicts the gold has not
    assert ("100/summits[0].status", "102/summits[0].status") in score.extra_conflicts
    unaligned = score_story(story, gold_story)  # answers' own paths, not the gold's
    assert unaligned.conflicts.true_positives <= score.conflicts.true_positives


@pytest.mark.slow
def test_story_command_replays_and_scores_the_gold_set(tmp_path: Path) -> None:
    out = tmp_path / "story.json"
    done = run("story", "--score", str(GOLD_STORY), "--format", "json", "--out", str(out))
    assert done.returncode == 0, done.stderr
    stderr = done.stderr.decode()
    assert "replaying recorded cassettes" in stderr and AUTHORED_LABEL in stderr
    g, c = REPLAYED["grouping"], REPLAYED["conflicts"]
    assert f"grouping: precision {g[0] / g[1]:.3f} recall {g[0] / g[2]:.3f}" in stderr
    assert f"conflicts: precision {c[0] / c[1]:.3f} recall {c[0] / c[2]:.3f}" in stderr
    told = json.loads(out.read_text(encoding="utf-8"))
    assert told["authored"] is True and len(told["articles"]) == 22
    assert len(told["conflicts"]) == c[1]


@pytest.mark.slow
def test_story_command_on_articles_prints_an_authored_story() -> None:
    done = run("story", str(ROOT / "seeds"), "--format", "markdown")
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode()
    assert text.startswith("# Story\n\n**AUTHORED:")
    assert "3 articles" in text and "## Conflicts" in text


def test_an_article_without_a_cassette_is_one_error_line(tmp_path: Path) -> None:
    article = tmp_path / "new.txt"
    article.write_text(
        "WASHINGTON, Oct 3 2025 - Officials met on Monday to discuss a trade plan, the "
        "ministry said.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["story", str(article)])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "no cassette for article" in errors[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "pass --score GOLD_STORY"),
        (["--score", "missing.json"], "not a gold story file"),
        (["no/such/folder"], "no such file or folder"),
        (["seeds", "--gold-as-prediction", "--offline"], "excludes"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["story", *args])
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and message in errors[0]
