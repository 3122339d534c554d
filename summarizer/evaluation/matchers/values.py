"""What a value is before it is compared: empty or not, and its canonical form.

Every matcher rests on a normaliser plus an equality, never a substring test (``"" in
"anything"`` is true), and an empty value matches nothing: empty means absent, and absent vs
present is FN or FA, never a match. The canonical forms live here so that the scalar matchers
and the list pairing (and the gold loader) agree on them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from enum import Enum

from pydantic import BaseModel

from summarizer.comparators import Comparator, FreeText, Ignore, comparator_of
from summarizer.evaluation.decisive import QUALIFIERS, TITLE_WORDS, apply_aliases
from summarizer.evaluation.decisive import tokens as decisive_tokens
from summarizer.text.normalize import fold, normalise_short, words

Alternatives = Mapping[str, Sequence[str | Sequence[str] | None]]
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


def model_field(value: object, name: str, default: object) -> object:
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
    value = model_field(value, "value", value)
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
    """Canonical form of a short string: :func:`~summarizer.text.normalize.normalise_short`,
    then aliases."""
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
