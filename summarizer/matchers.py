"""The logic behind each comparator declared in :mod:`summarizer.comparators`.

Scoring asks two questions of a gold value and a predicted one: do they *match* (a yes/no that
decides TP vs FD), and how *similar* are they (0..1, used only to pair list items before the
pairs are scored). Both rest on canonical forms, so every rule here is a normaliser plus an
equality, never a substring test: ``"" in "anything"`` is true, and an empty value must match
nothing (empty means absent; absent vs present is FN or FA, never a match).

Alternatives are the gold file's accepted variants of a value, keyed by the value's path in the
gold facts (``"sanctions[0].introduced"``). A scalar's alternatives are strings; a list field's
alternatives are whole alternative lists (see :func:`list_candidates`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, get_args, get_origin

import numpy as np
from pydantic import BaseModel
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment

from .comparators import (
    Comparator,
    Date,
    Exact,
    FreeText,
    Ignore,
    Items,
    Name,
    Number,
    Text,
    comparator_of,
)
from .textnorm import fold, normalise_short, words

Alternatives = Mapping[str, Sequence[str | Sequence[str]]]
"""Accepted variants by gold path: strings for scalars, lists of strings for list fields."""

# Known spellings of one entity; the first member is the canonical form. Matching is token-level
# (longest phrase first), so "Volodymyr Zelenskyy" becomes "volodymyr zelensky" as a whole
# phrase or via its surname alone. Capitals are deliberately NOT aliases of their countries
# ("Moscow" for "Russia", "Washington" for "United States"): Summit.planned_location is a Name
# field, and a summit in Moscow is a different fact from a summit "in Russia". Gold files list
# metonyms per field as alternatives instead, where the labeller judged them right.
ALIAS_GROUPS: tuple[tuple[str, ...], ...] = (
    ("sergei lavrov", "sergey lavrov"),
    ("sergei", "sergey"),
    ("volodymyr zelensky", "volodymyr zelenskyy", "volodymyr zelenskiy"),
    ("zelensky", "zelenskyy", "zelenskiy", "zelenski"),
    ("dmitry", "dmitri", "dmitriy"),
    ("us", "u.s.", "usa", "u.s.a.", "united states", "united states of america", "america"),
    ("uk", "u.k.", "united kingdom", "britain", "great britain"),
    ("russia", "russian federation"),
    ("kyiv", "kiev"),
    ("eu", "european union"),
    ("un", "united nations"),
    ("nato", "north atlantic treaty organization", "north atlantic treaty organisation"),
)


def _alias_table(groups: Sequence[Sequence[str]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for group in groups:
        canonical = tuple(words(group[0]))
        for member in group:
            table[tuple(words(member))] = canonical
    return table


_ALIASES = _alias_table(ALIAS_GROUPS)
_LONGEST_ALIAS = max(len(phrase) for phrase in _ALIASES)
# Leading words dropped from names before comparing: "President Trump" is "Trump", "The Epoch
# Times" is "Epoch Times". Only leading, and never the last remaining word.
_NAME_PREFIXES = frozenset(
    {"the", "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "president", "gov", "governor"}
)


def apply_aliases(tokens: Sequence[str]) -> list[str]:
    """Tokens with every known alias phrase replaced by its canonical form, longest first."""
    out: list[str] = []
    index = 0
    while index < len(tokens):
        for size in range(min(_LONGEST_ALIAS, len(tokens) - index), 0, -1):
            canonical = _ALIASES.get(tuple(tokens[index : index + size]))
            if canonical is not None:
                out.extend(canonical)
                index += size
                break
        else:
            out.append(tokens[index])
            index += 1
    return out


# --- emptiness -------------------------------------------------------------------------------


def is_scored(comparator: Comparator | None) -> bool:
    """Whether a field with this comparator yields outcomes (FreeText is reported apart)."""
    return comparator is not None and not isinstance(comparator, Ignore | FreeText)


def is_empty(value: object) -> bool:
    """Absent, for scoring: None, a string with no word characters, an empty container, or a
    model whose scored fields are all empty. A model with "" for every fact states nothing."""
    if value is None:
        return True
    if isinstance(value, str):
        return not normalise_short(value)
    if isinstance(value, list | tuple | dict | set | frozenset):
        return len(value) == 0
    if isinstance(value, BaseModel):
        return all(
            is_empty(getattr(value, name))
            for name, info in type(value).model_fields.items()
            if is_scored(comparator_of(info))
        )
    return False


# --- normalisers ---------------------------------------------------------------------------


def _model_field(value: object, name: str, default: object) -> object:
    """``value.<name>`` when value is a model with that field (a Quantity), else ``default``."""
    if isinstance(value, BaseModel) and name in type(value).model_fields:
        return getattr(value, name)
    return default


_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_SPACE_GROUPED = re.compile(r"[+-]?\d{1,3}(?:[ ']\d{3})+(?:\.\d+)?")
_NUMBER_SUFFIXES = ("percent", "per cent", "pct", "%")


def parse_number(value: object) -> float | None:
    """A number from digits or text: "500%", "500 percent", "1,200", "1 200" and 1200 all read
    as numbers; booleans, NaN, infinities and words ("about 80") do not. Commas are thousands
    separators (the articles are English), so "1,5" reads as 15. A Quantity reads as its value."""
    value = _model_field(value, "value", value)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        text = fold(value).strip()
        for suffix in _NUMBER_SUFFIXES:
            if text.endswith(suffix):
                text = text[: -len(suffix)].strip()
                break
        text = text.replace(",", "")
        if _SPACE_GROUPED.fullmatch(text):
            text = text.replace(" ", "").replace("'", "")
        if not _PLAIN_NUMBER.fullmatch(text):
            return None
        number = float(text)
    else:
        return None
    return number if math.isfinite(number) else None


def normalise_enum(value: object) -> str:
    """Canonical form for Exact: enum value or text casefolded, words joined by "_" so that
    "on hold", "On-Hold" and "on_hold" agree; booleans as "true"/"false"."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    return "_".join(words(str(value)))


def normalise_text(text: str) -> str:
    """Canonical form of a short string: :func:`textnorm.normalise_short`, then aliases."""
    return " ".join(apply_aliases(words(text)))


def name_tokens(text: str) -> list[str]:
    """A name's canonical tokens: normalised, aliased, leading titles and "the" dropped."""
    tokens = apply_aliases(words(text))
    while len(tokens) > 1 and tokens[0] in _NAME_PREFIXES:
        tokens = tokens[1:]
    return tokens


_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_NAMES = [
    "",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_WEEKDAYS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
    }
)
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[t ])", re.ASCII)
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?", re.ASCII)
_YEAR = re.compile(r"\d{4}", re.ASCII)


def _date_tokens(text: str) -> list[str]:
    """Tokens with month abbreviations spelled out and ordinals stripped ("oct 21st" ->
    "october 21"), so that unparseable date phrases still compare sensibly as text."""
    out = []
    for token in words(text):
        day = _DAY.fullmatch(token)
        out.append(
            day.group(1) if day else _MONTH_NAMES[_MONTHS[token]] if token in _MONTHS else token
        )
    return out


def parse_date(text: str) -> dt.date | None:
    """A full calendar date from "2025-10-21", "Oct. 21, 2025", "October 21 2025",
    "21 October 2025" (optionally after a weekday); None for anything vaguer ("in April")."""
    iso = _ISO_DATE.match(fold(text).strip())
    parts: tuple[str, str, str] | None = None
    if iso:
        parts = (iso.group(1), iso.group(2), iso.group(3))
    else:
        tokens = _date_tokens(text)
        if tokens and tokens[0] in _WEEKDAYS:
            tokens = tokens[1:]
        if len(tokens) == 3 and _YEAR.fullmatch(tokens[2]):
            if tokens[0] in _MONTHS and _DAY.fullmatch(tokens[1]):
                parts = (tokens[2], str(_MONTHS[tokens[0]]), tokens[1])
            elif tokens[1] in _MONTHS and _DAY.fullmatch(tokens[0]):
                parts = (tokens[2], str(_MONTHS[tokens[1]]), tokens[0])
    if parts is None:
        return None
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def normalise_date(text: str) -> str:
    """Canonical form of a date reference: ISO when it parses, else its date tokens."""
    parsed = parse_date(text)
    return parsed.isoformat() if parsed else " ".join(_date_tokens(text))


# --- matching ------------------------------------------------------------------------------


def fuzzy_similarity(left: str, right: str) -> float:
    """0..1: the better of RapidFuzz ratio and token_sort_ratio on two canonical strings
    (both symmetric). Word order matters little in names ("Lavrov, Sergei")."""
    if not left or not right:
        return 0.0
    return max(fuzz.ratio(left, right), fuzz.token_sort_ratio(left, right)) / 100.0


def _text_similarity(gold: str, pred: str) -> float:
    left, right = normalise_text(gold), normalise_text(pred)
    if not left or not right:
        return 0.0
    return 1.0 if left == right else fuzzy_similarity(left, right)


def _name_similarity(gold: str, pred: str) -> float:
    left, right = name_tokens(gold), name_tokens(pred)
    if not left or not right:
        return 0.0
    if left == right:
        return 1.0
    # A bare surname names the same person as the full name it ends ("Lavrov", "Sergei Lavrov").
    if (len(left) == 1 and len(right) > 1 and right[-1] == left[0]) or (
        len(right) == 1 and len(left) > 1 and left[-1] == right[0]
    ):
        return 1.0
    return fuzzy_similarity(" ".join(left), " ".join(right))


def _date_similarity(gold: str, pred: str) -> float:
    left, right = parse_date(gold), parse_date(pred)
    if left is not None and right is not None:
        return 1.0 if left == right else 0.0
    return _text_similarity(" ".join(_date_tokens(gold)), " ".join(_date_tokens(pred)))


def _qualifier(value: object) -> str | None:
    qualifier = _model_field(value, "qualifier", None)
    return None if qualifier is None else normalise_enum(qualifier)


def match_number(gold: object, pred: object, tolerance: float = 0.0) -> bool:
    """Equal within ``tolerance`` after :func:`parse_number`. When both sides carry a qualifier
    (Quantity), it must agree too: "about 80" is not the exact figure 80."""
    left, right = parse_number(gold), parse_number(pred)
    if left is None or right is None or abs(left - right) > tolerance + 1e-9:
        return False
    qualifiers = _qualifier(gold), _qualifier(pred)
    return None in qualifiers or qualifiers[0] == qualifiers[1]


def match_exact(gold: object, pred: object) -> bool:
    """Equal after :func:`normalise_enum`; an empty canonical form matches nothing."""
    left, right = normalise_enum(gold), normalise_enum(pred)
    return bool(left) and left == right


def _single(gold: object, pred: object, comparator: Comparator) -> float:
    """Similarity of one gold value (no alternatives) and a prediction, 0..1."""
    if is_empty(gold) or is_empty(pred):
        return 0.0
    if isinstance(comparator, Name):
        return _name_similarity(str(gold), str(pred))
    if isinstance(comparator, Text):
        return _text_similarity(str(gold), str(pred))
    if isinstance(comparator, Date):
        return _date_similarity(str(gold), str(pred))
    if isinstance(comparator, Number):
        return float(match_number(gold, pred, comparator.tolerance))
    if isinstance(comparator, Exact):
        return float(match_exact(gold, pred))
    raise TypeError(f"{type(comparator).__name__} does not compare single values")


def _threshold(comparator: Comparator) -> float:
    """The 0..1 similarity a leaf needs to match (Exact and Number are all-or-nothing)."""
    if isinstance(comparator, Text | Date):
        return comparator.threshold / 100.0
    return 1.0


def value_similarity(
    gold: object, pred: object, comparator: Comparator, alternatives: Sequence[Any] = ()
) -> float:
    """0..1 similarity of a prediction to a gold value or the best of its alternatives."""
    candidates = [gold, *(alt for alt in alternatives if isinstance(alt, str))]
    return max(_single(candidate, pred, comparator) for candidate in candidates)


def match_value(
    gold: object, pred: object, comparator: Comparator, alternatives: Sequence[Any] = ()
) -> bool:
    """Whether a prediction matches a gold value (or one of its alternatives) under a leaf
    comparator. Text/Name/Date: equal canonical forms, alias, surname rule (Name), or fuzzy
    similarity at or above the declared threshold; Date: equal ISO dates when both parse."""
    candidates = [gold, *(alt for alt in alternatives if isinstance(alt, str))]
    needed = _threshold(comparator) - 1e-9
    return any(_single(candidate, pred, comparator) >= needed for candidate in candidates)


def item_model(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds, alone, optional or in a list: ``list[Person]`` -> Person."""
    if isinstance(annotation, type) and get_origin(annotation) is None:
        return annotation if issubclass(annotation, BaseModel) else None
    for arg in get_args(annotation):
        found = item_model(arg)
        if found is not None:
            return found
    return None


def is_list_field(annotation: Any) -> bool:
    """Whether a field holds a list (``list[X]`` or ``list[X] | None``)."""
    return get_origin(annotation) is list or any(
        get_origin(arg) is list for arg in get_args(annotation)
    )


# --- pairing list items ----------------------------------------------------------------------


@dataclass(frozen=True)
class Pairing:
    """A one-to-one pairing of gold and predicted list items, by their original indices."""

    pairs: tuple[tuple[int, int, float], ...]
    unmatched_gold: tuple[int, ...]
    unmatched_pred: tuple[int, ...]


def pair_indices(
    gold: Sequence[int],
    pred: Sequence[int],
    similarity: Callable[[int, int], float],
    threshold: float,
    ordered: bool = False,
) -> Pairing:
    """Pair gold and predicted indices one-to-one, maximising total similarity
    (``linear_sum_assignment``). Similarities under ``threshold`` are zeroed before solving so
    that a useless pair never displaces a good one; zero pairs stay unmatched. ``ordered`` pairs
    by position instead. Callers pass ``pred`` in a content-sorted order so that ties resolve the
    same way whatever order the model listed its items in."""
    pairs: list[tuple[int, int, float]] = []
    if ordered:
        for g, p in zip(gold, pred, strict=False):
            score = similarity(g, p)
            if score >= threshold and score > 0:
                pairs.append((g, p, score))
    elif gold and pred:
        matrix = np.array([[similarity(g, p) for p in pred] for g in gold], dtype=float)
        usable = np.where(matrix >= threshold, matrix, 0.0)
        rows, cols = linear_sum_assignment(usable, maximize=True)
        pairs = [
            (gold[r], pred[c], float(matrix[r, c]))
            for r, c in zip(rows, cols, strict=True)
            if usable[r, c] > 0
        ]
    pairs.sort()
    paired_gold = {g for g, _, _ in pairs}
    paired_pred = {p for _, p, _ in pairs}
    return Pairing(
        pairs=tuple(pairs),
        unmatched_gold=tuple(g for g in gold if g not in paired_gold),
        unmatched_pred=tuple(sorted(p for p in pred if p not in paired_pred)),
    )


def join_path(path: str, name: str) -> str:
    """``"sanctions[0]" + "name"`` -> ``"sanctions[0].name"``."""
    return f"{path}.{name}" if path else name


_INDEX = re.compile(r"\[\+?\d+\]")


def strip_indices(path: str) -> str:
    """The field a path belongs to: ``"sanctions[0].targets[+2]"`` -> ``"sanctions.targets"``."""
    return _INDEX.sub("", path)


def _sort_key(item: object) -> str:
    if isinstance(item, BaseModel):
        return item.model_dump_json()
    return repr(item) if not isinstance(item, str) else item


def pair_lists(
    gold: Sequence[Any],
    pred: Sequence[Any],
    comparator: Items,
    alternatives: Alternatives,
    path: str,
) -> Pairing:
    """Pair the items of a gold list (at gold ``path``) with a predicted list. Empty items are
    absent and never paired. Models are compared on ``comparator.key`` fields
    (:func:`item_similarity`); strings (and other leaves) as Name-like text."""
    gold_idx = [i for i, item in enumerate(gold) if not is_empty(item)]
    pred_idx = [i for i, item in enumerate(pred) if not is_empty(item)]
    if not comparator.ordered:
        pred_idx.sort(key=lambda i: (_sort_key(pred[i]), i))

    def similarity(g: int, p: int) -> float:
        item_path = f"{path}[{g}]"
        if isinstance(gold[g], BaseModel):
            return item_similarity(gold[g], pred[p], comparator.key, alternatives, item_path)
        return value_similarity(gold[g], pred[p], Name(), alternatives.get(item_path, ()))

    return pair_indices(gold_idx, pred_idx, similarity, comparator.threshold, comparator.ordered)


def list_similarity(
    gold: Sequence[Any],
    pred: Sequence[Any],
    comparator: Items,
    alternatives: Alternatives,
    path: str,
) -> float:
    """Dice-style 0..1 similarity of two lists: twice the summed similarity of the paired items
    over the total item count; two empty lists are identical (1.0)."""
    gold_n = sum(not is_empty(item) for item in gold)
    pred_n = sum(not is_empty(item) for item in pred)
    if gold_n + pred_n == 0:
        return 1.0
    pairing = pair_lists(gold, pred, comparator, alternatives, path)
    return 2 * sum(score for _, _, score in pairing.pairs) / (gold_n + pred_n)


def list_candidates(gold: Sequence[Any], alternatives: Sequence[Any]) -> list[list[Any]]:
    """The gold list first, then each alternative list (a bare string is a one-item list)."""
    candidates: list[list[Any]] = [list(gold)]
    for alt in alternatives:
        candidates.append([alt] if isinstance(alt, str) else list(alt))
    return candidates


def field_similarity(
    gold: object, pred: object, comparator: Comparator, alternatives: Alternatives, path: str
) -> float:
    """0..1 similarity of one field's gold and predicted values, whatever its comparator."""
    if isinstance(comparator, Items):
        if isinstance(gold, BaseModel) or isinstance(pred, BaseModel):
            if isinstance(gold, BaseModel) and isinstance(pred, BaseModel):
                return item_similarity(gold, pred, comparator.key, alternatives, path)
            return 0.0
        gold_list = gold if isinstance(gold, list) else []
        pred_list = pred if isinstance(pred, list) else []
        return max(
            list_similarity(candidate, pred_list, comparator, alternatives, path)
            for candidate in list_candidates(gold_list, alternatives.get(path, ()))
        )
    return value_similarity(gold, pred, comparator, alternatives.get(path, ()))


def item_similarity(
    gold: BaseModel,
    pred: BaseModel,
    key: Sequence[str],
    alternatives: Alternatives,
    path: str,
) -> float:
    """Mean similarity of the ``key`` fields that either item states (both empty says nothing
    about identity). With no key, or no key field stated on either side, every scored field
    counts; two items that state nothing at all are identical."""
    fields = type(gold).model_fields
    for names in (list(key), [n for n, info in fields.items() if is_scored(comparator_of(info))]):
        scores = []
        for name in names:
            gold_value, pred_value = getattr(gold, name), getattr(pred, name, None)
            comparator = comparator_of(fields[name])
            if comparator is None or (is_empty(gold_value) and is_empty(pred_value)):
                continue
            scores.append(
                field_similarity(
                    gold_value, pred_value, comparator, alternatives, join_path(path, name)
                )
            )
        if scores:
            return sum(scores) / len(scores)
    return 1.0


__all__ = [
    "ALIAS_GROUPS",
    "Alternatives",
    "Pairing",
    "apply_aliases",
    "field_similarity",
    "fuzzy_similarity",
    "is_empty",
    "is_list_field",
    "is_scored",
    "item_model",
    "item_similarity",
    "join_path",
    "list_candidates",
    "list_similarity",
    "match_exact",
    "match_number",
    "match_value",
    "name_tokens",
    "normalise_date",
    "normalise_enum",
    "normalise_text",
    "pair_indices",
    "pair_lists",
    "parse_date",
    "parse_number",
    "strip_indices",
    "value_similarity",
]
