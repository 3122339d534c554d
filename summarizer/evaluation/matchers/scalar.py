"""The rule behind each leaf comparator: Text, Name, Date, Number and Exact.

Each answers two questions of a gold value and a predicted one: do they *match* (a yes/no that
decides TP vs FD), and how *similar* are they (0..1, used only to pair list items). Text, Name
and Date values pass :mod:`summarizer.evaluation.decisive` first: a different number, year,
day, negation, contrast, title modifier or proper noun is a mismatch whatever the fuzzy score,
and only values that agree on those are compared by similarity. Dates compare by parts
(:mod:`summarizer.evaluation.dates`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any

from rapidfuzz import fuzz

from summarizer.comparators import Comparator, Date, Exact, Name, Number, Text
from summarizer.evaluation.dates import resolve_date_score
from summarizer.evaluation.decisive import (
    GENERIC,
    QUALIFIERS,
    compare,
    content_counter,
    read,
    same_proper,
    same_spelling,
    spell_out_acronyms,
)
from summarizer.evaluation.matchers.values import (
    is_empty,
    model_field,
    name_tokens,
    normalise_enum,
    normalise_text,
    parse_number,
)


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
    """Decisive tokens first (:func:`~summarizer.evaluation.decisive.compare`): a clash is 0
    when ``strict``. Then the same content words in any order are 1.0 ("Defense Secretary" /
    "Secretary of Defense"); a value whose content words are at least half of the other's and
    all among them is as good as the threshold ("envoy" / "special envoy"); else fuzzy
    similarity."""
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


def _without_aside(name: str) -> str:
    """The name before a closing aside in brackets ("Sen. Lindsey Graham (R-S.C.)", "Global
    Test Wire (test article)"), trailing commas and stops cut first; empty when the value is
    nothing but the aside, and the value as given when it has none."""
    text = name.rstrip().rstrip(",;.").rstrip()
    if not text.endswith(")") or "(" not in text:
        return name
    return text[: text.rindex("(")].rstrip(" ,")


def _name_similarity(gold: str, pred: str, strict: bool = True) -> float:
    """Decisive tokens first, every name word counting as a proper noun. Then equal tokens,
    one side the other's tail ("Lavrov" / "Sergei Lavrov", "von der Leyen"), the same names
    token by token (spelling keys: "Kier"/"Keir"), or fuzzy similarity.

    A closing aside in brackets is a note about the name, not part of it: a model that writes a
    senator as "Sen. Lindsey Graham (R-S.C.)" names Lindsey Graham, so each side is also
    compared without its aside, and the better score counts. The aside is never the name
    either ("test article" is not "Global Test Wire (test article)")."""
    bare_gold, bare_pred = _without_aside(gold), _without_aside(pred)
    plain = _names_compared(gold, pred, strict)
    if (bare_gold, bare_pred) == (gold, pred) or not bare_gold or not bare_pred:
        return plain
    return max(plain, _names_compared(bare_gold, bare_pred, strict))


def _names_compared(gold: str, pred: str, strict: bool) -> float:
    left, right = name_tokens(gold), name_tokens(pred)
    if not left or not right:
        return 0.0
    if left == right:
        return 1.0
    (short, _), (long, long_text) = sorted(
        ((left, gold), (right, pred)), key=lambda side: len(side[0])
    )
    # a tail in brackets is an aside, not the name's end: "test article" is not "Global Test
    # Wire (test article)", where the page marks itself; "Lavrov" is "Sergei Lavrov"
    aside = long_text.rstrip().endswith(")")
    person = "," not in long_text and not aside
    person = person and not all(t in QUALIFIERS or t in GENERIC for t in short)
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
    qualifier = model_field(value, "qualifier", None)
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
