"""Checking extracted facts against the article they came from.

Two checks, both mechanical:
1. every evidence passage (and every quote's text) is located in the article: exactly first,
   then after folding case, typographic quotes, dashes and whitespace, then as fragments around
   an ellipsis. A passage that cannot be located is *unverified*, never reported as verified.
2. where a field declares ``Supported`` (see :mod:`summarizer.comparators`), its value follows
   from its own evidence: the number appears in a passage, a name's words appear in a passage,
   a title appears nearly verbatim.
Relative dates in date fields are resolved against the article's date when it is known.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache
from typing import Any, Literal

from pydantic import BaseModel, Field

from .comparators import Date, Supported, comparator_of, support_of
from .textnorm import fold, fold_text, fold_with_map, normalise_short, words

Method = Literal["exact", "normalised", "elided", "none"]
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|\u2026|\[\u2026\]|\[\.\.\.\])\s*")
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
    "hundred": 100,
}
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NAME_STOPWORDS = {"the", "of", "and", "a", "an", "mr", "ms", "mrs", "dr", "sen", "rep", "u", "s"}


class Span(BaseModel):
    start: int
    end: int
    method: Method


class EvidenceCheck(BaseModel):
    """Where one passage was found in the article (offsets into ``Article.text``)."""

    path: str
    passage: str
    verified: bool
    method: Method = "none"
    start: int | None = None
    end: int | None = None


class SupportCheck(BaseModel):
    """Whether a value follows from its fact's evidence."""

    path: str
    value: str
    kind: str
    supported: bool
    reason: str = ""


class DateResolution(BaseModel):
    path: str
    as_written: str
    resolved: str | None


class GroundingReport(BaseModel):
    evidence: list[EvidenceCheck] = Field(default_factory=list)
    support: list[SupportCheck] = Field(default_factory=list)
    dates: list[DateResolution] = Field(default_factory=list)

    @property
    def verified(self) -> int:
        return sum(check.verified for check in self.evidence)

    @property
    def unverified(self) -> list[EvidenceCheck]:
        return [check for check in self.evidence if not check.verified]

    @property
    def unsupported(self) -> list[SupportCheck]:
        return [check for check in self.support if not check.supported]

    @property
    def rate(self) -> float | None:
        """Share of passages located in the article; None when there were none to check."""
        return self.verified / len(self.evidence) if self.evidence else None


class _Folded:
    """An article's folded text, computed on first need, and its offset map, computed only
    when a folded match must be mapped back: most passages match exactly, and most that do
    not match at all, so the map (the costly part) is rarely built."""

    __slots__ = ("_map", "_text", "text")

    def __init__(self, text: str, folded: tuple[str, list[int]] | None = None) -> None:
        self._text = text
        self._map = folded
        self.text: str | None = folded[0] if folded else None

    def haystack(self) -> str:
        if self.text is None:
            self.text = fold_text(self._text)
        return self.text

    def offsets(self) -> list[int]:
        if self._map is None:
            self._map = fold_with_map(self._text)
        return self._map[1]


def locate(passage: str, text: str, folded: tuple[str, list[int]] | None = None) -> Span | None:
    """Where ``passage`` stands in ``text``, or None. ``folded`` may carry a precomputed
    ``fold_with_map(text)`` when many passages are located in one article."""
    return _locate(passage, text, _Folded(text, folded))


def _locate(passage: str, text: str, folded: _Folded) -> Span | None:
    if not passage.strip():
        return None
    index = text.find(passage)
    if index >= 0:
        return Span(start=index, end=index + len(passage), method="exact")
    haystack = folded.haystack()
    needle = fold(passage).strip(" \"'")
    if not needle:
        return None
    index = haystack.find(needle)
    if index >= 0:
        offsets = folded.offsets()
        return Span(
            start=offsets[index], end=offsets[index + len(needle) - 1] + 1, method="normalised"
        )
    if "..." not in passage and "\u2026" not in passage:  # no ellipsis: no fragments to try
        return None
    fragments = [fold(part).strip(" \"'") for part in _ELLIPSIS.split(passage)]
    fragments = [part for part in fragments if part]
    if len(fragments) < 2:
        return None
    cursor, first = 0, None
    for fragment in fragments:
        index = haystack.find(fragment, cursor)
        if index < 0:
            return None
        first = index if first is None else first
        cursor = index + len(fragment)
    offsets = folded.offsets()
    return Span(start=offsets[first or 0], end=offsets[cursor - 1] + 1, method="elided")


def _numbers_in(value: Any) -> list[float]:
    if isinstance(value, BaseModel) and hasattr(value, "value"):
        value = value.value
    if isinstance(value, int | float):
        return [float(value)]
    return [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", str(value))]


@lru_cache(maxsize=4096)
def _passage_numbers(passage: str) -> frozenset[float]:
    """Numbers a passage states, in digits or words. Cached: every number field of a fact is
    checked against the same few passages."""
    found = {float(n.replace(",", "")) for n in _NUMBER.findall(passage)}
    found |= {float(_NUMBER_WORDS[w]) for w in words(passage) if w in _NUMBER_WORDS}
    return frozenset(found)


@lru_cache(maxsize=4096)
def _passage_words(passage: str) -> frozenset[str]:
    return frozenset(words(passage))


def supports(kind: str, value: Any, passages: list[str]) -> tuple[bool, str]:
    """Does any of ``passages`` support ``value``? Returns (supported, reason)."""
    if not passages:
        return False, "no evidence given"
    if kind == "number":
        wanted = _numbers_in(value)
        have = set().union(*(_passage_numbers(p) for p in passages))
        missing = [n for n in wanted if n not in have]
        if missing:
            return False, f"{missing[0]:g} does not appear in the evidence"
        return True, ""
    if kind == "name":
        name_words = [w for w in words(str(value)) if w not in _NAME_STOPWORDS and len(w) > 1]
        evidence_words = frozenset().union(*(_passage_words(p) for p in passages))
        if any(w in evidence_words for w in name_words):
            return True, ""
        return False, f"no part of {value!r} appears in the evidence"
    if kind == "text":
        needle = normalise_short(str(value))
        if any(needle in normalise_short(p) for p in passages):
            return True, ""
        return False, f"{value!r} is not stated in the evidence"
    raise ValueError(f"unknown support kind {kind!r}")


@cache
def _field_rules(model: type[BaseModel]) -> tuple[tuple[str, Supported | None, bool], ...]:
    """(name, support rule, is a date) per field of a model class; read once per class
    because grounding runs on every article."""
    return tuple(
        (name, support_of(info), isinstance(comparator_of(info), Date))
        for name, info in model.model_fields.items()
    )


@cache
def _has_evidence(model: type[BaseModel]) -> bool:
    return "evidence" in model.model_fields


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


def resolve_date(expression: str, published: dt.date | None) -> dt.date | None:
    """An absolute date for a relative expression, given the article's date; None when the
    expression is vague ("last week", "within two weeks") or the article date is unknown."""
    text = normalise_short(expression)
    try:
        return dt.date.fromisoformat(expression.strip())
    except ValueError:
        pass
    if published is None:
        return None
    if text in {"today", "on today"}:
        return published
    if text == "yesterday":
        return published - dt.timedelta(days=1)
    for index, day in enumerate(_WEEKDAYS):
        if re.fullmatch(rf"(on |last )?{day}", text):
            delta = (published.weekday() - index) % 7
            return published - dt.timedelta(days=delta or (7 if text.startswith("last") else 0))
    match = re.fullmatch(r"(?:on )?([a-z]{3})[a-z]* (\d{1,2})(?: (\d{4}))?", text)
    if match and match.group(1) in _MONTHS:
        year = int(match.group(3)) if match.group(3) else published.year
        try:
            found = dt.date(year, _MONTHS[match.group(1)], int(match.group(2)))
        except ValueError:
            return None
        if not match.group(3) and found > published:
            found = found.replace(year=year - 1)
        return found
    return None


def published_date(facts: BaseModel, metadata: dict[str, str] | None = None) -> dt.date | None:
    """The article's own date: from the facts if the model found one, else page metadata."""
    candidates = [getattr(getattr(facts, "article", None), "published", None)]
    candidates.append((metadata or {}).get("article:published_time"))
    for value in candidates:
        if value:
            try:
                return dt.date.fromisoformat(str(value)[:10])
            except ValueError:
                continue
    return None


def ground(facts: BaseModel, text: str, metadata: dict[str, str] | None = None) -> GroundingReport:
    """Check every evidence passage, quote text and supported value of ``facts`` in ``text``.
    Works on any Pydantic model: fields named ``evidence`` (lists of strings) are passages, and
    ``Supported`` metadata marks values to check against their sibling evidence."""
    report = GroundingReport()
    folded = _Folded(text)
    published = published_date(facts, metadata)

    def check_passage(path: str, passage: str) -> None:
        span = _locate(passage, text, folded)
        report.evidence.append(
            EvidenceCheck(
                path=path,
                passage=passage,
                verified=span is not None,
                method=span.method if span else "none",
                start=span.start if span else None,
                end=span.end if span else None,
            )
        )

    def visit(model: BaseModel, path: str) -> None:
        # Only a declared field counts (and a plain getattr of a missing name is slow on a
        # Pydantic model: it raises inside __getattr__).
        evidence = model.evidence if _has_evidence(type(model)) else None  # type: ignore[attr-defined]
        passages = evidence if isinstance(evidence, list) else []
        prefix = f"{path}." if path else ""
        for name, rule, is_date in _field_rules(type(model)):
            value = getattr(model, name)
            if value is None or (not value and isinstance(value, list | str)):
                continue  # most optional facts are absent: nothing to check, nothing inside
            child_path = prefix + name
            if name == "evidence" and isinstance(value, list):
                for index, passage in enumerate(value):
                    if isinstance(passage, str):
                        check_passage(f"{child_path}[{index}]", passage)
                continue
            if rule is not None:
                if rule.kind == "verbatim":
                    check_passage(child_path, str(value))
                else:
                    ok, reason = supports(rule.kind, value, passages)
                    raw = getattr(value, "value", value)
                    shown = f"{raw:g}" if isinstance(raw, int | float) else str(raw)
                    report.support.append(
                        SupportCheck(
                            path=child_path,
                            value=shown,
                            kind=rule.kind,
                            supported=ok,
                            reason=reason,
                        )
                    )
            if is_date and isinstance(value, str) and value:
                resolved = resolve_date(value, published)
                report.dates.append(
                    DateResolution(
                        path=child_path,
                        as_written=value,
                        resolved=resolved.isoformat() if resolved else None,
                    )
                )
            if isinstance(value, BaseModel):
                visit(value, child_path)
            elif isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, BaseModel):
                        visit(item, f"{child_path}[{index}]")

    visit(facts, "")
    return report


__all__ = [
    "DateResolution",
    "EvidenceCheck",
    "GroundingReport",
    "Span",
    "SupportCheck",
    "Supported",
    "ground",
    "locate",
    "resolve_date",
    "supports",
]
