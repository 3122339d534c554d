"""Numbers read out with a decimal point in words (outside check 46: a radio script's "counter-
tariffs on three point six billion dollars' worth of goods" was not read as 3.6 billion), for
:func:`summarizer.verification.figures.numbers.word_number`: a whole number in words, "point", digit
words ("six", "two five", "oh"), then a scale ("million", "billion"), a per-cent word
("four point two per cent") or a currency's plural ("2 point five dollars": review
rvnumread38, where "five dollars" was read as 5). Without one of those after it, "point" may
be a noun ("at one point six people left") and the number ends before it.

A count whose ``what`` carries its scale ("billion dollars of American goods" = 3.6; "cost,
£bn" = 2.2, :mod:`.glued_scales`) is the
number times that scale where the evidence states only the scaled number ("three point six
billion dollars", "$3.6 billion"): :func:`scaled`.

A script or transcript reads digits out the same way ("grossed 407 point six million dollars",
"405 point four million"): :func:`digits_pointed` reads digits, "point", digit words and a
scale or per-cent word as one number, under the same guard. It reads a price in dollars and
cents as it is said, "the average ticket cost 132 dollars 62" (132.62; session 38, check 84):
:func:`said_price` takes a currency word with one or two digits after it ("dollars 62",
"euros 5", "pounds 40 pence") as the cents only where the digits end the phrase (a mark, the
sentence's end, "cents"/"pence", or a word of price: "each", "apiece", "a"/"per" unit): "132
dollars 62 times" is no price, and "7 pounds 6" (a weight) is read only with "pence" after.

A vote's score read out with its second side as a word for nought ("a vote of fifty to
nothing", "carried 12-nil", "by eleven votes to none") is a score whose second number is 0: the
word is read as 0 only right after a number and "to" or a dash.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from summarizer.text.vocabulary import LARGE_SCALES, ONES, SCALES
from .glued_scales import field_scale, times

NIL_WORDS = frozenset({"nothing", "nil", "none", "nought", "naught"})
PERCENT_WORDS = frozenset({"%", "percent", "pct", "pc"})

# Digit words after "point" in a number read out ("three point six billion", "four point two
# per cent"): read only before a scale or a per-cent word, where "point" cannot be a noun.
_DIGIT_WORDS = {word: value for word, value in ONES.items() if value < 10} | {"oh": 0}


def pointed(
    norms: list[str], start: int, at: int, whole: float,
    digit_words: Mapping[str, int] = _DIGIT_WORDS,
) -> tuple[float, int] | None:  # fmt: skip
    """A number ``whole`` read up to ``at`` continued by "point" and digit words, then a
    scale ("billion") or a per-cent word: (value, tokens used from the number's start), else
    None. ``digit_words``: the words read as digits after "point" (free text's reader,
    :mod:`worded_values`, also takes "nought")."""
    if norms[at : at + 1] != ["point"]:
        return None
    end = at + 1
    while end < len(norms) and norms[end] in digit_words:
        end += 1
    if end == at + 1 or end >= len(norms):
        return None
    digits = "".join(str(digit_words[word]) for word in norms[at + 1 : end])
    value = float(f"{whole:.0f}.{digits}")
    following = norms[end]
    if following in SCALES and following != "hundred":
        return times(value, SCALES[following]), end + 1 - start
    if following in PERCENT_WORDS or norms[end : end + 2] == ["per", "cent"]:
        return value, end - start
    if following in _MONEY_WORDS or following == "pounds":  # "rose 2 point five dollars"
        return value, end - start
    return None


def digits_pointed(norms: list[str], index: int, value: float) -> tuple[float, int] | None:
    """Digits at ``norms[index]`` read out with "point" and digit words ("407 point six
    million"): (value, last index) as :func:`pointed` reads them, else None."""
    if not value.is_integer() or norms[index + 1 : index + 2] != ["point"]:
        return None
    read = pointed(norms, index, index + 1, value)
    return None if read is None else (read[0], index + read[1] - 1)


_MONEY_WORDS = frozenset({"dollars", "euros", "francs", "pesos", "rupees", "rand", "yuan"})
_CENTS_WORDS = frozenset({"cents", "cent", "pence", "p", "centimes", "centavos", "paise"})
_PRICE_ENDS = frozenset({"each", "apiece", "a", "per"})


def said_price(tokens: Sequence[Any], index: int, text: str) -> tuple[float, int] | None:
    """A price said as "132 dollars 62" from the digits at ``tokens[index]`` (``text``: the
    tokens' source): (132.62, index of its last token), else None (see the module)."""
    if index + 2 >= len(tokens) or not tokens[index].text.isdigit():
        return None
    word, cents = tokens[index + 1].norm, tokens[index + 2].text
    if text and text[tokens[index + 1].end : tokens[index + 2].start] != " ":
        return None  # "25 euros, 12 per child": two prices (review rvnumread38)
    pounds = word in {"pounds", "pound"}
    if not (word in _MONEY_WORDS or pounds) or not (cents.isdigit() and len(cents) <= 2):
        return None
    price = float(f"{tokens[index].text}.{int(cents):02d}")
    following = tokens[index + 3] if index + 3 < len(tokens) else None
    if following is not None and following.norm in _CENTS_WORDS:
        return price, index + 3
    if pounds or not text:
        return None
    gap = text[tokens[index + 2].end : following.start] if following is not None else "."
    if following is None or following.norm in _PRICE_ENDS or any(m in gap for m in ",.;:)"):
        return price, index + 2
    return None


def nil_score(norms: Sequence[str], index: int, previous: int, dashed: bool) -> bool:
    """Whether the nought word at ``index`` is a score's second side: after the number read
    last (ending at ``previous``) and "to" ("fifty to nothing"), "votes to" ("eleven votes to
    none"), or a hyphen (``dashed``: "12-nil"); not "Of the 12, none came"."""
    if previous < 0:
        return False
    between = list(norms[previous + 1 : index])
    return between in (["to"], ["votes", "to"], ["vote", "to"]) or (not between and dashed)


def scaled(
    read: tuple[float, str], kind: str, ctx: Any,
    numbers_of: Callable[[Any, int], Sequence[Any]],
) -> tuple[float, str]:  # fmt: skip
    """A count's wanted number, times the scale its ``what`` names ("billion dollars of
    goods") when its evidence states that product and not the bare number; else as read."""
    wanted, qualifier = read
    if kind != "count" or not wanted:
        return read
    what = str(getattr(ctx.fact, "what", "") or "")
    words = what.lower().replace("-", " ").split()
    scale = next((SCALES[w.rstrip("s")] for w in words if w.rstrip("s") in LARGE_SCALES), 0.0)
    scale = scale or field_scale(what)  # "cost of the scheme, £bn" (glued_scales)
    if not scale:
        return read
    big = wanted * scale
    values = [m.value for index in ctx.sentences for m in numbers_of(ctx.article, index)]
    if any(abs(value - wanted) <= 1e-9 for value in values):
        return read
    near = [value for value in values if abs(value - big) <= big * 1e-9]
    return (near[0], qualifier) if near else read


__all__ = [
    "NIL_WORDS",
    "PERCENT_WORDS",
    "digits_pointed",
    "nil_score",
    "pointed",
    "said_price",
    "scaled",
]
