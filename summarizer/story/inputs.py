"""What a story is built from: one :class:`StorySource` per article, read from gold files
(gold as prediction), results.jsonl files, single result JSON files or folders of them, with
the article's text (for offsets and highlighting) and its date.

The date orders the story and decides what "at the same time" means. It comes from the facts
(``article.published``), else the page metadata, else a dateline ("MOSCOW, October 23") whose
year is the one the article names most, or failing that the year of the story's other dated
articles (``date_from`` says which).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from summarizer.articles import ARTICLE_SUFFIXES, load_article
from summarizer.errors import InputError
from summarizer.results import GroundingReport, SummaryResult
from summarizer.schema import ArticleFacts
from summarizer.text.vocabulary import MONTH_NUMBER
from summarizer.verification.grounding import ground, published_date

_MONTH = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
DATELINE = re.compile(
    rf"^[A-Z][A-Z .'/-]+(?:, [A-Z][a-z]+)?,\s+{_MONTH}\.?\s+(\d{{1,2}})\b", re.MULTILINE
)
YEAR = re.compile(r"\b(20\d\d)\b")
GOLD_ORIGIN = "gold file (gold as prediction)"
AUTHORED_MODELS = frozenset({"authored", "authored-by-hand"})


@dataclass(frozen=True)
class StorySource:
    """One article's facts with everything a story needs to cite them."""

    article_id: str
    facts: ArticleFacts
    grounding: GroundingReport
    text: str = ""
    source: str = ""
    date: dt.date | None = None
    date_from: str = "none"
    month_day: tuple[int, int] | None = field(default=None, compare=False)
    near: dt.date | None = None  # an undated article's likely date, for grouping only
    origin: str = ""  # where the facts come from: GOLD_ORIGIN, or the result's origin
    model: str = ""  # the model that answered ("authored" for the hand-written answers)

    @property
    def from_gold(self) -> bool:
        return self.origin == GOLD_ORIGIN

    @property
    def authored(self) -> bool:
        """Hand-written answers (the authored cassettes), not a model's."""
        return self.model in AUTHORED_MODELS or "authored" in self.origin.lower()

    @property
    def outlet(self) -> str | None:
        return self.facts.article.outlet

    @property
    def iso_date(self) -> str | None:
        return self.date.isoformat() if self.date else None


def dateline(text: str) -> tuple[tuple[int, int] | None, int | None]:
    """(month, day) of the article's dateline, and the latest year the text names, if any."""
    found = DATELINE.search(text[:2000])
    month_day = None
    if found:
        month_day = (MONTH_NUMBER[found.group(1).lower()[:3]], int(found.group(2)))
    years = [int(year) for year in YEAR.findall(text)]
    return month_day, max(years) if years else None


def _find_text(source: str, near: Path | None) -> Path | None:
    candidates = [Path(source)]
    if near is not None:
        candidates += [parent / source for parent in near.resolve().parents]
    return next((path for path in candidates if source and path.is_file()), None)


def make_source(
    article_id: str,
    facts: ArticleFacts,
    grounding: GroundingReport | None,
    source: str,
    near: Path | None = None,
    text: str | None = None,
    origin: str = "",
    model: str = "",
) -> StorySource:
    """A story source for one article's facts: its text read from ``source`` (looked for
    beside ``near`` too), grounded if the result carries no grounding, and dated."""
    metadata: dict[str, str] = {}
    captions: tuple[str, ...] = ()
    if text is None:
        path = _find_text(source, near)
        text = ""
        if path is not None:
            article = load_article(path)
            text, metadata, captions = article.text, dict(article.metadata), article.captions
    if text and (grounding is None or not grounding.evidence):
        grounding = ground(facts, text, metadata, captions)
    date = published_date(facts, metadata)
    date_from = "facts" if facts.article.published and date else ("metadata" if date else "none")
    month_day = None
    if date is None and text:
        month_day, _ = dateline(text)
    return StorySource(
        article_id,
        facts,
        grounding or GroundingReport(),
        text,
        source,
        date,
        date_from,
        month_day,
        origin=origin,
        model=model,
    )


def date_from_story(sources: list[StorySource]) -> list[StorySource]:
    """A dateline without a year takes the most common year of the story's dated articles,
    else the latest year its own text names (an article is not older than the years it
    mentions; a year it names in passing, "since 2019", must not beat the story's)."""
    years = Counter(s.date.year for s in sources if s.date)
    dated = []
    for s in sources:
        if s.date is None and s.month_day:
            own = dateline(s.text)[1]
            year = years.most_common(1)[0][0] if years else own
            if year is not None:
                s = replace(s, date=dt.date(year, *s.month_day), date_from="dateline")
        dated.append(s)
    return dated


def source_of_result(result: SummaryResult[Any], near: Path | None = None) -> StorySource | None:
    """The story source of one answered result (None for a failed one), its article text
    read from ``result.source`` (looked for beside ``near`` too)."""
    if not result.ok or result.facts is None:
        return None
    facts = result.facts_as(ArticleFacts)
    assert isinstance(facts, ArticleFacts)
    article_id = result.article_id or result.source
    return make_source(
        article_id,
        facts,
        result.grounding,
        result.source,
        near,
        origin=result.origin,
        model=result.model,
    )


def _from_json(data: dict[str, Any], path: Path) -> StorySource | None:
    if "facts" in data and "model" not in data:  # a gold file: gold as prediction
        facts = ArticleFacts.model_validate(data["facts"])
        article_id = str(data.get("article_id") or path.stem)
        source = str(data.get("source", ""))
        return make_source(article_id, facts, None, source, path, origin=GOLD_ORIGIN)
    return source_of_result(SummaryResult.model_validate(data), path)


def read_file(path: Path) -> Iterator[StorySource]:
    if path.suffix == ".jsonl":
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    found = _from_json(json.loads(line), path)
                except (ValueError, TypeError) as exc:
                    raise InputError(f"{path}:{number}: not a result ({exc})") from None
                if found is not None:
                    yield found
        return
    try:
        found = _from_json(json.loads(path.read_text(encoding="utf-8")), path)
    except (ValueError, TypeError) as exc:
        raise InputError(f"{path}: not a gold file or a result ({exc})") from None
    if found is not None:
        yield found


def gold_for_articles(articles: list[Path], gold: Path) -> list[Path]:
    """The gold file of each article file: the one whose ``source`` is that file, else the
    one named by its article id (gold as prediction, for running a story offline)."""
    by_source: dict[Path, Path] = {}
    by_id: dict[str, Path] = {}
    for file in sorted(gold.rglob("*.json")):
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except ValueError:
            continue
        if isinstance(data, dict) and "facts" in data:
            found = _find_text(str(data.get("source", "")), file)
            if found is not None:
                by_source[found.resolve()] = file
            by_id[str(data.get("article_id", ""))] = file
    chosen = []
    for article in articles:
        match = by_source.get(article.resolve())
        if match is None:
            match = by_id.get(load_article(article).id)
        if match is None:
            raise InputError(f"{article}: no gold file for this article under {gold}")
        chosen.append(match)
    return chosen


def split_inputs(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """The facts files (gold files and results: ``*.json``, ``*.jsonl``) and the article
    files (``.txt``, ``.md``, ``.html``; a folder's README.md left out) under ``paths``."""
    facts: list[Path] = []
    articles: list[Path] = []
    for spec in paths:
        path = Path(spec)
        if path.is_dir():
            everything = sorted(p for p in path.rglob("*") if p.is_file())
        elif path.is_file():
            everything = [path]
        else:
            raise InputError(f"{path}: no such file or folder")
        facts += [p for p in everything if p.suffix in (".json", ".jsonl")]
        articles += [
            p for p in everything if p.suffix in ARTICLE_SUFFIXES and p.name.lower() != "readme.md"
        ]
    return facts, articles


def read_sources(paths: Iterable[str | Path], gold: str | Path | None = None) -> list[StorySource]:
    """Every article under ``paths``: gold files and result files (``*.json``), results.jsonl
    files, or folders of them. Article files (``.txt``, ``.md``, ``.html``) take their facts
    from their gold file under ``gold`` (gold as prediction); without ``gold`` they are an
    error: summarise them first (``summarizer summarize ... --format jsonl``, or
    ``summarizer story ARTICLES``, which does). The last copy of an article id wins."""
    files, articles = split_inputs(paths)
    if articles and gold is not None:
        files += gold_for_articles(articles, Path(gold))
    elif articles and not files:
        raise InputError(
            f"{articles[0]}: an article file, not facts: summarise them first (summarizer "
            "summarize ARTICLES --format jsonl --out DIR) and pass DIR/results.jsonl, or pass "
            "--gold-as-prediction"
        )
    found: dict[str, StorySource] = {}
    for file in files:
        for source in read_file(file):
            found[source.article_id] = source
    return date_from_story(list(found.values()))


__all__ = [
    "AUTHORED_MODELS",
    "GOLD_ORIGIN",
    "StorySource",
    "date_from_story",
    "dateline",
    "gold_for_articles",
    "make_source",
    "read_file",
    "read_sources",
    "source_of_result",
    "split_inputs",
]
