"""The logic behind each comparator declared in :mod:`summarizer.comparators`.

Scoring asks two questions of a gold value and a predicted one: do they *match* (a yes/no that
decides TP vs FD), and how *similar* are they (0..1, used only to pair list items before the
pairs are scored). Both rest on canonical forms, so every rule here is a normaliser plus an
equality, never a substring test: ``"" in "anything"`` is true, and an empty value must match
nothing (empty means absent; absent vs present is FN or FA, never a match).

Text, Name and Date values pass :mod:`summarizer.evaluation.decisive` first: a different
number, year, day, negation, contrast, title modifier or proper noun is a mismatch whatever the
fuzzy score, and only values that agree on those are compared by similarity. Dates compare by
parts (:mod:`summarizer.evaluation.dates`). List items are paired by optimal assignment on
whole items, then scored one by one, each against its own rule.

Alternatives are the gold file's accepted variants of a value, keyed by the value's path in the
gold facts (``"sanctions[0].introduced"``). A scalar's alternatives are strings; a list field's
alternatives are whole alternative lists (see :func:`list_candidates`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, get_args, get_origin

import numpy as np
from pydantic import BaseModel
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment

from summarizer.comparators import (
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
from summarizer.evaluation.dates import date_parts, normalise_date, parse_date, resolve_date_score
from summarizer.evaluation.decisive import (
    ALIAS_GROUPS,
    GENERIC,
    QUALIFIERS,
    TITLE_WORDS,
    apply_aliases,
    compare,
    content_counter,
    read,
    same_proper,
    same_spelling,
    spell_out_acronyms,
)
from summarizer.evaluation.decisive import tokens as decisive_tokens
from summarizer.text.normalize import fold, normalise_short, words

Alternatives = Mapping[str, Sequence[str | Sequence[str]]]
"""Accepted variants by gold path: strings for scalars, lists of strings for list fields."""

# Leading words dropped from names before comparing: "President Trump" is "Trump", "The Epoch
# Times" is "Epoch Times". Only leading, and never the last remaining word.
_NAME_PREFIXES = frozenset(
    {"the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "president", "gov",
     "governor", "sir"}
)  # fmt: skip
# A leading run of title words is dropped too when it holds one of these heads ("Secretary of
# State Marco Rubio", "Russian Foreign Minister Sergey Lavrov"), but "State Department" keeps
# its first word.
_TITLE_HEADS = frozenset(
    {"president", "secretary", "minister", "senator", "representative", "governor",
     "chancellor", "envoy", "leader", "ambassador", "director", "chairman", "speaker", "mayor",
     "king", "queen", "prince", "pope", "premier", "commander", "admiral", "colonel", "judge",
     "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "sheikh", "general",
     "chair"}
)  # fmt: skip


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
    tokens = [token.text for token in decisive_tokens(text)]
    while len(tokens) > 1 and tokens[0] in _NAME_PREFIXES:
        tokens = tokens[1:]
    run = 0
    while run < len(tokens) - 1 and (tokens[run] in TITLE_WORDS or tokens[run] in QUALIFIERS):
        run += 1
    if any(token in _TITLE_HEADS for token in tokens[:run]):
        tokens = tokens[run:]
    return tokens


# --- matching ------------------------------------------------------------------------------


def fuzzy_similarity(left: str, right: str) -> float:
    """0..1: the better of RapidFuzz ratio and token_sort_ratio on two canonical strings
    (both symmetric). Word order matters little in names ("Lavrov, Sergei")."""
    if not left or not right:
        return 0.0
    return max(fuzz.ratio(left, right), fuzz.token_sort_ratio(left, right)) / 100.0


def _without(tokens: Sequence[str], dropped: frozenset[str]) -> str:
    return " ".join(token for token in tokens if token not in dropped)


PARAPHRASE_BELOW = 80.0
"""Text fields matched under this threshold hold paraphrases (a reason, a setting, a claim):
their values may leave out a name the other side states, never replace it. Fields at or above
it are near-verbatim (quotes, headlines, titles, bill names) and may not leave one out."""


def _substituted(left: Counter[str], right: Counter[str]) -> bool:
    """A near-verbatim value (quote, headline, title) with a word replaced by another: both
    sides keep a content word the other lacks, and the two are not spellings of one word."""
    lrest, rrest = list((left - right).elements()), list((right - left).elements())
    for word in list(lrest):
        twin = next((other for other in rrest if same_spelling(word, other)), None)
        if twin is not None:
            lrest.remove(word)
            rrest.remove(twin)
    return bool(lrest and rrest)


def _text_similarity(gold: str, pred: str, comparator: Text, strict: bool = True) -> float:
    """Decisive tokens first (:func:`decisive.compare`): a clash is 0 when ``strict``. Then
    the same content words in any order are 1.0 ("Defense Secretary" / "Secretary of
    Defense"); a value whose content words are at least half of the other's and all among
    them is as good as the threshold ("envoy" / "special envoy"); else fuzzy similarity."""
    verdict = compare(
        gold,
        pred,
        partial_years=comparator.partial_years,
        omissions=comparator.threshold < PARAPHRASE_BELOW,
    )
    if strict and verdict.clash is not None:
        return 0.0
    left = content_counter(gold, False, verdict.dropped)
    right = content_counter(pred, False, verdict.dropped)
    fuzzy = fuzzy_similarity(
        _without(read(gold).words, verdict.dropped), _without(read(pred).words, verdict.dropped)
    )
    if not left or not right:  # only function words ("not at all"): as written
        return fuzzy
    if left == right:
        return 1.0
    if strict and comparator.threshold >= PARAPHRASE_BELOW and _substituted(left, right):
        return 0.0
    small, large = sorted((left, right), key=lambda c: c.total())
    if not small - large and 2 * small.total() >= large.total():
        return max(fuzzy, comparator.threshold / 100.0)
    return fuzzy


def _name_similarity(gold: str, pred: str, strict: bool = True) -> float:
    """Decisive tokens first, every name word counting as a proper noun. Then equal tokens,
    one side the other's tail ("Lavrov" / "Sergei Lavrov", "von der Leyen"), the same names
    token by token (spelling keys: "Kier"/"Keir"), or fuzzy similarity."""
    left, right = name_tokens(gold), name_tokens(pred)
    if not left or not right:
        return 0.0
    if left == right:
        return 1.0
    (short, _), (long, long_text) = sorted(
        ((left, gold), (right, pred)), key=lambda side: len(side[0])
    )
    person = "," not in long_text and not all(t in QUALIFIERS or t in GENERIC for t in short)
    if (
        person
        and not read(long_text).has_conjunction
        and all(
            same_proper(a, b) for a, b in zip(short, long[len(long) - len(short) :], strict=True)
        )
    ):
        return 1.0
    verdict = compare(gold, pred, name=True)
    if strict and verdict.clash is not None:
        return 0.0
    left = [t for t in left if t not in verdict.dropped]
    right = [t for t in right if t not in verdict.dropped]
    if not left or not right:
        return 0.0
    if verdict.clash is None:
        if [t for t in left if t not in GENERIC] == [t for t in right if t not in GENERIC] != []:
            return 1.0  # "Russia" / "Russian government", "NATO" / "NATO allies"
        bare = [[t for t in side if len(t) > 1] for side in (left, right)]
        if len(bare[0]) == len(bare[1]) and all(
            same_proper(a, b) for a, b in zip(bare[0], bare[1], strict=True)
        ):
            return 1.0
    return fuzzy_similarity(" ".join(left), " ".join(right))


def _date_similarity(
    gold: str, pred: str, comparator: Date, article_date: dt.date | None, strict: bool = True
) -> float:
    """Dates by parts, relative phrases by their time words; else as Text."""
    verdict = compare(gold, pred, partial_years=True, numbers=False)
    if strict and verdict.clash is not None:
        return 0.0
    score = resolve_date_score(gold, pred, article_date)
    if score is not None:
        return score
    return _text_similarity(gold, pred, Text(threshold=comparator.threshold), strict)


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


def _single(
    gold: object,
    pred: object,
    comparator: Comparator,
    article_date: dt.date | None = None,
    strict: bool = True,
) -> float:
    """Similarity of one gold value (no alternatives) and a prediction, 0..1. ``strict``
    scores a decisive difference 0; pairing list items turns it off, so that a changed item
    still pairs with the item it changed (and is then scored FD, not FN + FA)."""
    if is_empty(gold) or is_empty(pred):
        return 0.0
    if isinstance(comparator, Text | Date):  # Name is a Text
        gold, pred = (
            spell_out_acronyms(str(gold), str(pred)),
            spell_out_acronyms(str(pred), str(gold)),
        )
    if isinstance(comparator, Text | Date) and not (
        read(str(gold)).words and read(str(pred)).words
    ):
        # no word tokens at all ("_", "§"): compare the normalised text as written
        left, right = normalise_text(str(gold)), normalise_text(str(pred))
        return 1.0 if left == right else fuzzy_similarity(left, right)
    if isinstance(comparator, Name):
        return _name_similarity(str(gold), str(pred), strict)
    if isinstance(comparator, Text):
        return _text_similarity(str(gold), str(pred), comparator, strict)
    if isinstance(comparator, Date):
        return _date_similarity(str(gold), str(pred), comparator, article_date, strict)
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
    gold: object,
    pred: object,
    comparator: Comparator,
    alternatives: Sequence[Any] = (),
    *,
    article_date: dt.date | None = None,
    strict: bool = True,
) -> float:
    """0..1 similarity of a prediction to a gold value or the best of its alternatives."""
    candidates = [gold, *(alt for alt in alternatives if isinstance(alt, str))]
    return max(
        _single(candidate, pred, comparator, article_date, strict) for candidate in candidates
    )


def match_value(
    gold: object,
    pred: object,
    comparator: Comparator,
    alternatives: Sequence[Any] = (),
    *,
    article_date: dt.date | None = None,
) -> bool:
    """Whether a prediction matches a gold value (or one of its alternatives) under a leaf
    comparator: no decisive difference (:mod:`summarizer.evaluation.decisive`), then equal canonical
    forms, alias, surname rule (Name), parts (Date), or similarity at or above the threshold."""
    candidates = [gold, *(alt for alt in alternatives if isinstance(alt, str))]
    needed = _threshold(comparator) - 1e-9
    return any(
        _single(candidate, pred, comparator, article_date) >= needed for candidate in candidates
    )


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
    matches: Callable[[int, int], bool] | None = None,
    gate: Callable[[int, int], bool] | None = None,
) -> Pairing:
    """Pair gold and predicted indices one-to-one, maximising total similarity
    (``linear_sum_assignment``). Similarities under ``threshold`` are zeroed before solving so
    that a useless pair never displaces a good one; zero pairs stay unmatched. ``matches``
    (when given) says which pairs pass the item's own match rule: such a pair is always usable
    and weighs one more than any failing pair, so a right item never pairs with a wrong one
    when its own counterpart is there; its reported score is 1. ``gate`` (when given) replaces
    the threshold test: list items of models may pair when their key fields agree even if the
    rest differs, so the assignment weighs whole items but identity decides who may pair at
    all. ``ordered`` pairs by position
    instead. Callers pass ``pred`` in a content-sorted order so that ties resolve the same way
    whatever order the model listed its items in."""
    pairs: list[tuple[int, int, float]] = []

    def scored(g: int, p: int) -> tuple[float, float]:
        score = similarity(g, p)
        if matches is not None and matches(g, p):
            return 1.0, 2.0 + score
        allowed = gate(g, p) if gate is not None else score >= threshold
        return score, (max(score, 1e-6) if allowed else 0.0)

    if ordered:
        for g, p in zip(gold, pred, strict=False):
            score, weight = scored(g, p)
            if weight > 0:
                pairs.append((g, p, score))
    elif gold and pred:
        cells = [[scored(g, p) for p in pred] for g in gold]
        usable = np.array([[weight for _, weight in row] for row in cells], dtype=float)
        rows, cols = linear_sum_assignment(usable, maximize=True)
        pairs = [
            (gold[r], pred[c], cells[r][c][0])
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


def item_comparator(comparator: Items) -> Comparator:
    """The rule one item of a list of strings must pass (Name when none is declared)."""
    return comparator.item if comparator.item is not None else Name()


def pair_lists(
    gold: Sequence[Any],
    pred: Sequence[Any],
    comparator: Items,
    alternatives: Alternatives,
    path: str,
) -> Pairing:
    """Pair the items of a gold list (at gold ``path``) with a predicted list. Empty items are
    absent and never paired. Models are compared as whole items (:func:`item_similarity`);
    strings by the list's item rule, pairing on similarity without the decisive veto (a
    changed item still pairs with the one it changed) but preferring pairs that match."""
    gold_idx = [i for i, item in enumerate(gold) if not is_empty(item)]
    pred_idx = [i for i, item in enumerate(pred) if not is_empty(item)]
    if not comparator.ordered:
        pred_idx.sort(key=lambda i: (_sort_key(pred[i]), i))
    rule = item_comparator(comparator)

    cache: dict[tuple[int, int], float] = {}

    def similarity(g: int, p: int) -> float:
        if (g, p) not in cache:
            cache[g, p] = _similarity(g, p)
        return cache[g, p]

    def _similarity(g: int, p: int) -> float:
        item_path = f"{path}[{g}]"
        if isinstance(gold[g], BaseModel):
            return item_similarity(gold[g], pred[p], comparator.key, alternatives, item_path)
        return value_similarity(
            gold[g], pred[p], rule, alternatives.get(item_path, ()), strict=False
        )

    def matches(g: int, p: int) -> bool:
        return match_value(gold[g], pred[p], rule, alternatives.get(f"{path}[{g}]", ()))

    def gate(g: int, p: int) -> bool:
        """Identity decides who may pair: the key fields when either item states one (a
        different person with the same role is not the same person), else the whole item."""
        key = key_similarity(gold[g], pred[p], comparator.key, alternatives, f"{path}[{g}]")
        return (similarity(g, p) if key is None else key) >= comparator.threshold

    models = any(isinstance(item, BaseModel) for item in gold)
    return pair_indices(
        gold_idx,
        pred_idx,
        similarity,
        comparator.threshold,
        comparator.ordered,
        None if models else matches,
        gate if models else None,
    )


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
    """0..1 similarity of one field's gold and predicted values, whatever its comparator, for
    pairing: a decisive difference does not zero it (an item with a changed field still pairs
    with the item it changed, and that field is then scored FD)."""
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
    return value_similarity(gold, pred, comparator, alternatives.get(path, ()), strict=False)


def key_similarity(
    gold: BaseModel,
    pred: BaseModel,
    key: Sequence[str],
    alternatives: Alternatives,
    path: str,
) -> float | None:
    """Mean similarity of the ``key`` fields that either item states; None when neither states
    one (then identity is unknown and only the whole item can pair them)."""
    fields = type(gold).model_fields
    scores = []
    for name in key:
        gold_value, pred_value = getattr(gold, name), getattr(pred, name, None)
        comparator = comparator_of(fields[name])
        if comparator is None or (is_empty(gold_value) and is_empty(pred_value)):
            continue
        scores.append(
            field_similarity(
                gold_value, pred_value, comparator, alternatives, join_path(path, name)
            )
        )
    return sum(scores) / len(scores) if scores else None


def item_similarity(
    gold: BaseModel,
    pred: BaseModel,
    key: Sequence[str],
    alternatives: Alternatives,
    path: str,
) -> float:
    """Weighted mean similarity over every scored field that either item states (both empty
    says nothing about identity): ``key`` fields weigh 2, the others 1. The whole item
    counts, so two unnamed threats that differ in sponsor or targets are told apart, and an
    item equal to the gold always pairs with it. Two items that state nothing are identical."""
    fields = type(gold).model_fields
    total = weights = 0.0
    for name, info in fields.items():
        comparator = comparator_of(info)
        if not is_scored(comparator) or comparator is None:
            continue
        gold_value, pred_value = getattr(gold, name), getattr(pred, name, None)
        if is_empty(gold_value) and is_empty(pred_value):
            continue
        weight = 2.0 if name in key else 1.0
        total += weight * field_similarity(
            gold_value, pred_value, comparator, alternatives, join_path(path, name)
        )
        weights += weight
    return total / weights if weights else 1.0


__all__ = [
    "ALIAS_GROUPS",
    "Alternatives",
    "Pairing",
    "apply_aliases",
    "date_parts",
    "field_similarity",
    "fuzzy_similarity",
    "is_empty",
    "is_list_field",
    "is_scored",
    "item_comparator",
    "item_model",
    "item_similarity",
    "join_path",
    "key_similarity",
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
