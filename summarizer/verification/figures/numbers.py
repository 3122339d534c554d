"""Numbers as an article states them: the value (digits or words), the qualifier before or
after it, and the unit right after it.

"84 co-sponsors", "eighty-four co-sponsors", "more than 80 co-sponsors", "500%", "500 percent",
"a 30-day truce", "1.5 million" are all read here. What is *not* a quantity is left out, because
a fact-checker would never read it as one: a day of the month ("Oct. 21"), a clock time ("1:30
a.m.", "6 p.m."), a year ("Act of 2025", "in 2024"), an ordinal ("84th"), or digits that are
part of a name ("F-16").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from summarizer.text.vocabulary import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    ONES,
    SCALES,
    TENS,
)
from ..page.article import ArticleText
from ..page.tokens import Token, four_digit_year
from .european_numbers import joined_value
from .glued_scales import glued_scale, times
from .glued_units import glued_unit
from .house_numbers import bare_million, metre_length, names_model, spaced_thousands
from .number_qualifiers import qualifiers_at as qualifiers_at  # for callers
from .number_qualifiers import qualifiers_of, set_off_qualifiers
from .number_qualifiers import word_at as _at
from .spoken_decimals import (
    NIL_WORDS,
    PERCENT_WORDS,
    digits_pointed,
    nil_score,
    pointed,
    said_price,
)
from .spoken_decimals import scaled as scaled  # for number_rules
from .year_counts import counted_year

_ONES = ONES
_TENS = TENS
SCALE_WORDS = frozenset(SCALES)
_MONTHS = frozenset(MONTHS + MONTH_ABBREVIATIONS)
_PERCENT = PERCENT_WORDS  # "%", "percent", "pct", "pc" ("15 pc" in British and Australian copy)


@dataclass(frozen=True, slots=True)
class NumberMention:
    value: float
    first: int  # index of its first token
    last: int  # index of its last token
    qualifiers: frozenset[str]  # schema qualifiers the text agrees with ({"exact"} if none)
    unit: str  # "percent", "day", or the word right after it
    compound: str = ""  # the word hyphen-joined right after it ("30-day": "day")
    after: str = ""  # the word after the number and its unit ("of" in "35 percent of")
    bound: str = ""  # "low" or "high": the end of a range it is (counts.ranges)


def word_number(norms: list[str], start: int) -> tuple[float, int] | None:
    """A number written in words from ``norms[start]`` on ("eighty four", "five hundred and
    twelve", "two million"): (value, tokens used), or None. Hyphens are already gaps between
    tokens, so "eighty-four" arrives as two words."""
    total, current = 0, 0
    last = ""  # kind of the previous word: ones, teen, tens, hundred, scale, and
    used = 0
    for index in range(start, len(norms)):
        word = norms[index]
        value = _ONES.get(word)
        if value is not None and value < 10:
            if last not in {"", "tens", "hundred", "scale", "and"}:
                break
            current += value
            kind = "ones"
        elif value is not None:
            if last not in {"", "hundred", "scale", "and"}:
                break
            current += value
            kind = "teen"
        elif word in _TENS:
            if last not in {"", "hundred", "scale", "and"}:
                break
            current += _TENS[word]
            kind = "tens"
        elif word == "hundred" and last in {"ones", "teen"}:
            current *= 100
            kind = "hundred"
        elif word in SCALES and word != "hundred" and last in {"ones", "teen", "tens", "hundred"}:
            total += current * SCALES[word]
            current = 0
            kind = "scale"
        elif word == "and" and last in {"hundred", "scale"}:
            kind = "and"
        else:
            break
        last = kind
        if kind != "and":
            used = index - start + 1
    if not used:
        return None
    if last in {"ones", "teen", "tens"} and not total:  # "three point six billion" (check 46)
        return pointed(norms, start, start + used, float(current)) or (float(current), used)
    return float(total + current), used


def _digits(token: Token) -> float:
    return float(token.text.replace(",", ""))


def _is_year(token: Token, following: Token | None) -> bool:
    plain = four_digit_year(token.text, 1800, 2199)
    return plain and not (following is not None and following.norm in _PERCENT)


def clock_end(tokens: Sequence[Token], index: int, text: str) -> int | None:
    """The last token of a clock time starting at ``tokens[index]`` ("1:30 a.m.", "18:00",
    "6 p.m.", "6 pm"), or None: a time of day is no count ("killed 13 people at 1:30 a.m." states
    no 30). The colon is read from ``text`` (the tokens' source)."""
    last = index
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    then = tokens[index + 2] if index + 2 < len(tokens) else None
    if (
        after is not None
        and after.norm in {"and", "to"}
        and then is not None
        and then.is_number
        and clock_end(tokens, index + 2, text) is not None
    ):
        return index  # "between 1 and 4 a.m.": both are times
    if after is not None and after.is_number and text[tokens[index].end : after.start] == ":":
        last, after = index + 1, tokens[index + 2] if index + 2 < len(tokens) else None
    if after is not None and after.norm in _HALVES and after.start - tokens[last].end <= 1:
        return last + 1
    if after is not None and after.norm in {"a", "p"} and after.start - tokens[last].end <= 1:
        closing = tokens[last + 2] if last + 2 < len(tokens) else None
        if closing is not None and closing.norm == "m" and closing.start == after.end + 1:
            return last + 2
    return last if last > index else None


_HALVES = frozenset({"am", "pm"})


def in_clock(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether the number at ``tokens[at]`` is part of a clock time ("09:40", "6 p.m.", the 1
    of "between 1 and 4 a.m."): the one definition of a time of day every rule that asks
    "is this a count?" uses, so a live blog's time stamp and "at 6 pm" read alike."""
    for start in range(at, max(at - 2, -1), -1):
        if tokens[start].is_number:
            end = clock_end(tokens, start, text)
            if end is not None and start <= at <= end:
                return True
    return False


def sentence_numbers(article: ArticleText, index: int) -> list[NumberMention]:
    """:func:`numbers_in` of one sentence of the page, read once per article: the sentence
    numbers, count-occasion and other-occasion readers each asked it of the same evidence
    sentence (session 36). A fresh list each call; the mentions are frozen."""
    known: tuple[NumberMention, ...] | None = article.memo.get(("numbers in", index))
    if known is None:
        tokens = article.sentence_tokens(index)
        known = article.memo["numbers in", index] = tuple(numbers_in(tokens, article.text))
    return list(known)


def numbers_in(tokens: list[Token], text: str = "") -> list[NumberMention]:
    """Every quantity the tokens state, in order. Only the tokens that can start one (digits,
    number words) are visited: the rest of a sentence is skipped in one list comprehension.
    ``text``, the tokens' source when known, tells clock times ("1:30 a.m.") apart."""
    starts = [
        i
        for i, t in enumerate(tokens)
        if t.is_number
        or (t.norm in _STARTS and (t.norm not in _SCALES_ONLY or _scale_start(tokens, i)))
    ]
    if not starts:
        return []
    norms = [token.norm for token in tokens]
    found: list[NumberMention] = []
    resume = 0  # the token after the last quantity read
    for index in starts:
        if index < resume:
            continue  # inside a quantity already read ("eighty four")
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        previous = tokens[index - 1] if index else None
        if token.is_number:
            clock = clock_end(tokens, index, text) if text else None
            if clock is not None:
                resume = clock + 1
                continue  # "1:30 a.m.", "6 p.m.": a time of day, not a quantity
            if names_model(tokens, index, text):
                continue  # "130 787 Dreamliners": the 787 is a name (house_numbers)
            value, last = _digits(token), index
            glued = glued_scale(tokens, index, text) or bare_million(tokens, index, text)
            if (
                following is not None
                and following.attached
                and following.norm not in _PERCENT
                and glued is None
                and not glued_unit(tokens, index)  # "70mph", "40C", "3GW" (glued_units)
                and not metre_length(tokens, index, text)  # "the 100m final" (house_numbers)
            ):
                continue  # "84th", "3rd": an ordinal, not a quantity
            if (
                previous is not None
                and token.joined
                and not previous.is_number
                and previous.norm not in _GLUED_MODIFIERS
                and not (previous.norm == "to" and index > 1 and tokens[index - 2].is_number)
            ):
                continue  # "F-16", "COVID-19": part of a name; not "a 10-to-1 vote", "mid-156"
            if _graded(tokens, index, text):
                continue  # "grade 7/A or above": a grade's name, not a quantity
            if (previous is not None and _dated(previous, token, text)) or (
                _is_year(token, following) and not counted_year(tokens, index)
            ):
                continue  # "Oct. 21", "2025": a date, not a quantity; not "over 2000 people"
            european = joined_value(tokens, index, text)  # "6,5 %", "1.200" (european_numbers)
            if european is not None:
                value, last = european
            elif text:  # "380 000", "1 200": groups of three after a space
                value, last = spaced_thousands(tokens, index, text)
                following = tokens[last + 1] if last + 1 < len(tokens) else None
                said = digits_pointed(norms, index, value) or said_price(tokens, index, text)
                if said is not None and last == index:  # "407 point six million", "132 dollars 62"
                    (value, last), following = said, None
            if glued is not None and last == index:
                value, last = times(value, glued), index + 1
            elif following is not None and following.norm in SCALES and following.norm != "hundred":
                value = times(value, SCALES[following.norm])
                last += 1
                factor, used = _compound_scale(tokens, last)
                value, last = times(value, factor), last + used
        elif token.norm in NIL_WORDS:  # "fifty to nothing", "12-nil" (spoken_decimals)
            if not nil_score(norms, index, found[-1].last if found else -1, token.joined):
                continue
            value, last = 0.0, index
        elif token.norm == "one" and previous is not None and previous.norm == "no":
            continue  # "no one" is nobody, not a quantity of one
        else:
            read = word_number(norms, index) or a_scale(norms, index)
            if read is None:
                continue
            value, used = read
            last = index + used - 1
            if used == 1 and token.norm in SCALES:  # "a million": read from its "a" or fraction
                index = _fraction(norms, index)[1]
        mention = mention_of(tokens, norms, index, last, value, text)
        if text and index and _lettered_sign(tokens[index - 1], tokens[index], text):
            mention = replace(mention, qualifiers=qualifiers_of(norms, index - 1, last))
        if found and _doubled(found[-1], mention, tokens, text):
            mention = replace(mention, qualifiers=found[-1].qualifiers)
        found.append(mention)
        resume = last + 1
    return found


def _lettered_sign(letters: Token, number: Token, text: str) -> bool:
    """Whether a number is signed with a lettered dollar ("about US$6.5 billion", "up to
    A$10 billion"): its qualifier stands before the letters, not right before the digits."""
    return (
        text[letters.end : number.start] == "$"
        and len(letters.text) <= 3
        and letters.text.isalpha()
        and letters.text.isupper()
    )


def _doubled(words: NumberMention, digits: NumberMention, tokens: list[Token], text: str) -> bool:
    """A number in words repeated in digits in brackets, as laws write it ("within thirty (30)
    days"): the digits take the words' qualifier."""
    if words.value != digits.value or words.last + 1 != digits.first or not text:
        return False
    return "(" in text[tokens[words.last].end : tokens[digits.first].start]


def _qualified(
    tokens: list[Token], norms: list[str], first: int, last: int, text: str
) -> frozenset[str]:
    """The number's qualifiers; a bound parted from it by a set-off aside ("more than, by
    their own count, 2,000") when no words right beside it qualify it (the page's ``text``
    shows the aside's marks; without it, none is read)."""
    qualifiers = qualifiers_of(norms, first, last)
    if qualifiers == {"exact"}:
        return set_off_qualifiers(tokens, norms, first, last, text) or qualifiers
    return qualifiers


def mention_of(
    tokens: list[Token], norms: list[str], first: int, last: int, value: float, text: str = ""
) -> NumberMention:
    """The quantity ``value`` written at ``tokens[first : last + 1]``, with its qualifier,
    unit, compound and the word after it read as for any number (a mixed number read by
    :mod:`summarizer.verification.figures.mixed_numbers` is made here too)."""
    unit = _unit(norms, last)
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    compound = following.norm if following is not None and following.joined else ""
    if compound == "days":
        compound = "day"
    if unit in {"percent", "day"}:  # the word after "500 percent", "500 per cent"
        after = _at(norms, last + (3 if _at(norms, last + 1) == "per" else 2))
    else:
        after = _at(norms, last + 1)
    return NumberMention(
        value=value,
        first=first,
        last=last,
        qualifiers=_qualified(tokens, norms, first, last, text),
        unit=unit,
        compound=compound if compound not in _PERCENT else "",
        after=after,
    )


# Words hyphen-glued before a number that leave it a quantity ("the mid-156 yen mark", "the
# low-40s"), unlike a name's letters ("F-16").
_GLUED_MODIFIERS = frozenset({"mid", "low", "high", "upper", "lower"})


def _graded(tokens: list[Token], index: int, text: str) -> bool:
    """Whether the number at ``index`` names a grade with a letter after a slash ("7/A",
    "4/C" of an exam's grades; session 35): no quantity. Not "24/7" nor "3/4"."""
    if not text or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    letter = len(following.text) == 1 and following.text.isalpha()
    return letter and text[tokens[index].end : following.start] == "/"


def _dated(previous: Token, token: Token, text: str) -> bool:
    """Whether ``token`` is a day of the month after a month's name ("Oct. 21"); not after a
    colon or a dash that ends a dated heading ("Sunday 9 November: 60-40 to take up"), nor
    past 31 or with a decimal ("By the end of July, 6.25 million patients", "on 17 March; 105
    psychiatrists": session 46). After a comma it is still read as a day ("30 September, €12"
    is none, but refusing it lost a plant of check 91 caught through this reading)."""
    if previous.norm not in _MONTHS or not token.text.isdigit() or not 0 < int(token.text) < 32:
        return False
    return not text or not any(
        mark in text[previous.end : token.start] for mark in ":\u2014\u2013|"
    )


def _scale_start(tokens: list[Token], index: int) -> bool:
    """Whether a scale word opens a quantity: after "a" or a part ("a million", "half a")."""
    return index > 0 and (_an(tokens[index - 1]) or tokens[index - 1].norm in _PARTS)


def _compound_scale(tokens: Sequence[Token], last: int) -> tuple[float, int]:
    """The factor and the token count of a larger scale word right after the scale word at
    ``last``: "2.5 lakh crore" is 2.5 x 100,000 x 10,000,000 (how Indian copy writes
    trillions of rupees; read as 2.5 lakh, its value was a ten-millionth of the sum's),
    "a thousand million" a billion. Never a smaller one ("5 million thousand" is no number
    English writes) nor one joined by a hyphen; (1, 0) for none."""
    following = last + 1
    if following >= len(tokens) or tokens[following].joined:
        return 1.0, 0
    after, scale = tokens[following].norm, tokens[last].norm
    if after in SCALES and after != "hundred" and SCALES[after] > SCALES.get(scale, 0):
        return float(SCALES[after]), 1
    return 1.0, 0


def _an(token: Token) -> bool:
    return token.norm in {"a", "an"}


def a_scale(norms: list[str], index: int) -> tuple[float, int] | None:
    """ "a million", "a thousand", "half a million", "a quarter of a million", "three quarters
    of a million", "a quarter-million": a scale word after "a" (or after "a quarter", "a
    half") is that many times the fraction written before it, one token used (the scale
    word's own). None otherwise. Outside check 25 found "a quarter of a million" read as a
    million: the fraction's words were not read."""
    scale = SCALES.get(norms[index])
    if scale is None or not index:
        return None
    if norms[index - 1] not in {"a", "an"} and not (
        norms[index - 1] in _PARTS and index > 1 and norms[index - 2] in {"a", "an"}
    ):
        return None
    return float(scale) * _fraction(norms, index)[0], 1


# "a quarter of", "three quarters of", "half": the fraction a scale word's "a" may follow.
_PARTS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}
# The words a quantity may start with, looked up once per token (a scale word: _scale_start).
_STARTS = NUMBER_WORDS | NIL_WORDS | frozenset(SCALES)
_SCALES_ONLY = frozenset(SCALES) - NUMBER_WORDS - NIL_WORDS
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}


def _fraction(norms: list[str], index: int) -> tuple[float, int]:
    """The fraction written before the scale word at ``index`` (1.0 for none) and the index
    of its first word ("a" of "a million", "half" of "half a million", "a" of "a quarter of a
    million" and of "a quarter-million"); the caller has checked that an "a" or a fraction
    stands before the scale word."""
    before = norms[index - 1]
    if before in _PARTS:  # "a quarter-million", "a half-million"
        return _PARTS[before], index - 2
    if index > 1 and norms[index - 2] == "half":
        return 0.5, index - 2  # "half a million"
    if index > 3 and norms[index - 2] == "of" and norms[index - 3] in _PARTS:
        count = _COUNTS.get(norms[index - 4])
        if count is not None and (count > 1) == norms[index - 3].endswith("s"):
            return count * _PARTS[norms[index - 3]], index - 4
    return 1.0, index - 1


def _unit(norms: list[str], last: int) -> str:
    following = norms[last + 1] if last + 1 < len(norms) else ""
    if following in _PERCENT or (following == "per" and norms[last + 2 : last + 3] == ["cent"]):
        return "percent"
    if following in {"day", "days"}:
        return "day"
    return following


_ONES_WORDS = [word for word, _ in sorted(_ONES.items(), key=lambda item: item[1])]
_TENS_WORDS = {value: word for word, value in _TENS.items()}


def spelled(number: float | int) -> str | None:
    """English words for a whole number below a million ("eighty-four", "five hundred and
    twelve"), or None; used to look a number up in text that writes it out."""
    if not float(number).is_integer() or not 0 <= number < 1_000_000:
        return None
    n = int(number)
    if n < 20:
        return _ONES_WORDS[n]
    if n < 100:
        return _TENS_WORDS[n - n % 10] + (f"-{_ONES_WORDS[n % 10]}" if n % 10 else "")
    if n < 1000:
        rest = n % 100
        head = f"{_ONES_WORDS[n // 100]} hundred"
        return head + (f" and {spelled(rest)}" if rest else "")
    rest = n % 1000
    head = f"{spelled(n // 1000)} thousand"
    return head + (f" {spelled(rest)}" if rest else "")
