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

The package holds three concerns, one module each: :mod:`.values` (emptiness and canonical
forms), :mod:`.scalar` (the leaf comparators) and :mod:`.lists` (pairing list items and
scoring lists and whole items for pairing). Scoring and the gold loader import from here.
"""

from __future__ import annotations

from summarizer.evaluation.matchers.lists import (
    Pairing,
    field_similarity,
    item_comparator,
    item_similarity,
    join_path,
    key_similarity,
    list_candidates,
    list_similarity,
    pair_indices,
    pair_lists,
    strip_indices,
)
from summarizer.evaluation.matchers.scalar import (
    PARAPHRASE_BELOW,
    fuzzy_similarity,
    match_exact,
    match_number,
    match_value,
    value_similarity,
)
from summarizer.evaluation.matchers.values import (
    Alternatives,
    is_empty,
    is_scored,
    name_tokens,
    normalise_enum,
    normalise_text,
    parse_number,
)
from summarizer.schema.paths import is_list_field, item_model

__all__ = [
    "PARAPHRASE_BELOW",
    "Alternatives",
    "Pairing",
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
    "normalise_enum",
    "normalise_text",
    "pair_indices",
    "pair_lists",
    "parse_number",
    "strip_indices",
    "value_similarity",
]
