"""A short value as canonical tokens, with what its case says about each.

Contractions and misleading phrases are expanded first ("won't" = "will not", "on hold" =
"paused"), number words become digits ("eighty-four" = "84", "first" = "1"), month and
weekday forms their full names (an ambiguous "may" or "sun" only when capitalised or next to
a number), demonyms their country and alias phrases their canonical form. Every later step
(:mod:`.reading`, :mod:`.verdict`, the matchers' name handling) reads these tokens, so each
spelling question is settled once, here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.evaluation.decisive.known_names import (
    DEMONYMS,
    INSTITUTIONS,
    KNOWN_PLACES,
    alias_at,
)
from summarizer.evaluation.decisive.lexicon import ABBREVIATIONS
from summarizer.evaluation.decisive.spelling import strip_diacritics
from summarizer.text.normalize import fold_keep_case
from summarizer.text.vocabulary import (
    COLLECTIVES,
    MONTH_ABBREVIATIONS,
    MONTH_NUMBER,
    MONTHS,
    ONES,
    ORDINALS,
    SCALES,
    TENS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NUMBER,
    WEEKDAYS,
)

_UNITS = {**ONES, **COLLECTIVES}
# "hundred" and "hundreds" alike, as digit strings: "five hundred" becomes "500"
_SCALES = {form: str(value) for word, value in SCALES.items() for form in (word, word + "s")}
# Every written form of a month or weekday, with its full name: the canonical token.
_MONTH_FORMS = {name: MONTHS[MONTH_NUMBER[name] - 1] for name in (*MONTHS, *MONTH_ABBREVIATIONS)}
_WEEKDAY_FORMS = {
    name: WEEKDAYS[WEEKDAY_NUMBER[name]] for name in (*WEEKDAYS, *WEEKDAY_ABBREVIATIONS)
}

_CONTRACTIONS = (
    (re.compile(r"\b(can)'t\b", re.I), r"\1 not"),
    (re.compile(r"\b(can)not\b", re.I), r"\1 not"),
    (re.compile(r"\bwon't\b", re.I), "will not"),
    (re.compile(r"\bshan't\b", re.I), "shall not"),
    (re.compile(r"(\w)n't\b", re.I), r"\1 not"),
    (re.compile(r"(\w)'ll\b", re.I), r"\1 will"),
    (re.compile(r"(\w)'re\b", re.I), r"\1 are"),
    (re.compile(r"(\w)'ve\b", re.I), r"\1 have"),
    (re.compile(r"\b(I)'m\b", re.I), r"\1 am"),
    (re.compile(r"(\w)'d\b", re.I), r"\1 would"),
    (re.compile(r"\b(it|that|there|what|who|he|she|here)'s\b", re.I), r"\1 is"),
    (re.compile(r"(\w)'s\b"), r"\1"),
    (re.compile(r"(\w)s'(?=\s|$)"), r"\1s"),
    (re.compile(r"\bper cent\b", re.I), "percent"),
    # phrases whose words mislead alone: "on hold" is paused (not held), "called off" cancelled
    (re.compile(r"\b(?:put )?on (?:hold|pause)\b", re.I), "paused"),
    (re.compile(r"\bcall(?:s|ed|ing)? off\b", re.I), "cancelled"),
    # phrases that negate what follows: "declined to attend" = "refused to attend", "has yet
    # to decide" = "has not yet decided", "unless X" = "if not X"
    (re.compile(r"\bdeclin(?:e|es|ed|ing) to\b", re.I), "refused to"),
    (re.compile(r"\byet to\b", re.I), "not yet"),
    (re.compile(r"\bunless\b", re.I), "if not"),
    # "unlikely to change" = "probably will not change" (the negation is of the verb)
    (re.compile(r"\bunlikely to\b", re.I), "probably not"),
    (re.compile(r"\blikely to\b", re.I), "probably"),
    # "St. Petersburg" = "Saint Petersburg" (not "Main St.")
    (re.compile(r"\bSt\.?\s+(?=[A-Z])"), "Saint "),
    # "Q3" = "third quarter", "H2" = "second half" (read as "3 quarter", "2 half")
    (re.compile(r"\bQ([1-4])\b"), r"\1 quarter"),
    (re.compile(r"\bH([12])\b"), r"\1 half"),
    (re.compile(r"%"), " percent "),
    (re.compile(r"(?<=\d),(?=\d{3})"), ""),
)
_TOKEN = re.compile(r"\d+(?:\.\d+)?(?:st|nd|rd|th)?|[^\W\d_]+", re.UNICODE)
_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")
_SENTENCE_END = frozenset('.!?:;"(')


@dataclass(frozen=True)
class Token:
    text: str  # canonical lower-case form
    capital: bool  # written with a capital
    initial: bool  # first word of the value or of a sentence in it
    known: bool  # from a known-name table (alias, country, demonym, state)


def _merge_numbers(found: list[list[object]]) -> list[list[object]]:
    """Number words as digits: "eighty-four" -> "84", "two" -> "2", "first" -> "1"."""
    out: list[list[object]] = []
    for item in found:
        word = str(item[0])
        previous = out[-1] if out else None
        ones = _UNITS.get(word, ORDINALS.get(word, 10))
        if ones < 10 and previous is not None and previous[3] == "tens":
            # "eighty-four" = 84, "twenty-first" = 21
            previous[0] = str(int(str(previous[0])) + ones)
            previous[3] = ""
            continue
        if word in TENS:
            out.append([str(TENS[word]), item[1], item[2], "tens"])
        elif word in _UNITS:
            out.append([str(_UNITS[word]), item[1], item[2], ""])
        elif word in ORDINALS:
            out.append([str(ORDINALS[word]), item[1], item[2], ""])
        elif word in _SCALES:
            if previous is not None and str(previous[0]).isdigit() and previous[3] != "scale":
                # "five hundred" = "500", "5 million" = "5000000"
                previous[0] = str(int(str(previous[0])) * int(_SCALES[word]))
                previous[3] = "scale"
                continue
            out.append([_SCALES[word], item[1], item[2], ""])
        else:
            out.append([word, item[1], item[2], ""])
    return out


def _expand(text: str) -> str:
    text = _ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


_ACRONYM = re.compile(r"\b(?:[^\W\d_]\.){2,}|\b[A-Z]\.(?=\s)")


# Month and weekday forms that are also ordinary words ("may", "march", "sun", "sat"): date
# parts only when capitalised or next to a number. Full names ("April", "Monday") always are.
_AMBIGUOUS_DATE_WORDS = frozenset(
    name for name, full in (*_MONTH_FORMS.items(), *_WEEKDAY_FORMS.items()) if name != full
) | {"may", "march"}


@lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[Token, ...]:
    """The canonical tokens of a short value, with what its case says about each."""
    raw = _expand(fold_keep_case(text).replace("-", " "))
    found: list[list[object]] = []
    previous_end = 0
    for match in _TOKEN.finditer(raw):
        word = match.group(0)
        between = raw[previous_end : match.start()]
        initial = not found or any(c in _SENTENCE_END for c in between)
        previous_end = match.end()
        lower = strip_diacritics(word).casefold()
        digits = _ORDINAL_DIGITS.fullmatch(lower)
        if digits:
            lower = digits.group(1)
        lower = ABBREVIATIONS.get(lower, lower)
        found.append([lower, word[:1].isupper(), initial])
    merged = _merge_numbers(found)
    out: list[Token] = []
    index = 0
    while index < len(merged):
        phrase = alias_at([str(item[0]) for item in merged], index)
        if phrase is not None:
            canonical, size = phrase
            if canonical == ("us",) and size == 1 and not merged[index][1]:
                out.append(Token("us", False, bool(merged[index][2]), False))  # the pronoun
                index += 1
                continue
            for word in canonical:
                out.append(Token(word, True, bool(merged[index][2]), True))
            index += size
            continue
        word, capital, initial = (
            str(merged[index][0]),
            bool(merged[index][1]),
            bool(merged[index][2]),
        )
        word = DEMONYMS.get(word, word)
        if word in _AMBIGUOUS_DATE_WORDS:
            near = [str(item[0]) for item in merged[max(index - 1, 0) : index + 2]]
            if capital or any(n.isdigit() for n in near):  # "May 9", "Oct." - not "may", "sun"
                word = _MONTH_FORMS.get(word, _WEEKDAY_FORMS.get(word, word))
            else:
                word = "_" + word  # the ordinary word: never a date part
        else:
            word = _MONTH_FORMS.get(word, _WEEKDAY_FORMS.get(word, word))
        known = word in KNOWN_PLACES or (capital and word in INSTITUTIONS)
        out.append(Token(word, capital, initial, known))
        index += 1
    return tuple(out)


def is_number(word: str) -> bool:
    return word.replace(".", "", 1).isdigit()


def is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100
