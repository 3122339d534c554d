"""Whether a number in a sentence is a year or a month's day (session 47, wide47c).

:func:`summarizer.verification.counts.amounts.any_count_of` reads an unqualified "toll" or
"total" as counting what the number before it counted ("killed 12 people, bringing the total
to 558"). A date's day or a year before the word counts nothing, and was taken for that number:
"By July 15 the toll had reached 54" was refused for deaths because no word of deaths stood by
the 15. A year ("in 2015") and a month's day ("on July 9", "9 July") are passed over; the
number read past them names what it counted, with the count's deed (review rv47c).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.text.vocabulary import MONTHS
from ..page.tokens import Token, four_digit_year, word_set

_MONTHS = frozenset(MONTHS)


def dated_token(tokens: Sequence[Token], first: int, last: int | None = None) -> bool:
    """Whether the number written in ``tokens[first:last + 1]`` is a year (four digits from
    1800 to 2100) or a month's day (a month's name right before or after it)."""
    last = first if last is None else last
    text = tokens[first].text
    if four_digit_year(text, 1800, 2100):
        return not _counting(tokens, first)
    before = tokens[first - 1].norm if first else ""
    after = tokens[last + 1].norm if last + 1 < len(tokens) else ""
    return bool({before, after} & _MONTHS)


def _counting(tokens: Sequence[Token], first: int) -> bool:
    """Whether a year-shaped number counts the noun after it, which some outlets print with
    no comma ("Floodwater entered 1950 homes", "Some 2000 people"): a plural noun or
    "people" next, and no word of time before it ("In 2015 protests erupted"); review rv47c."""
    after = tokens[first + 1].norm if first + 1 < len(tokens) else ""
    before = tokens[first - 1].norm if first else ""
    noun = after == "people" or (after.isalpha() and after.endswith("s") and len(after) > 3)
    return noun and before not in _TIME_LEADS


# Words before a year ("in 2015", "since 2019", "the 2024 season").
_TIME_LEADS = word_set(
    "in since by until till from of during before after early late mid the year fiscal class"
)


def counted_before(
    tokens: Sequence[Token], cue: int, own: Sequence[str], groups: Sequence[Sequence[str]],
    said: Callable[[str, Sequence[str]], bool],
) -> bool:  # fmt: skip
    """Whether the number before an unqualified total at ``cue`` (past a date's day or a
    year) counted what the field counts, by the words around it: one of the field's words
    (``own``, as ``said`` reads them) and one of each of its deed's (the synonym ``groups``
    ``own`` holds whole: "killed", "dead", "died"); True when no number stands before it.
    The deed is review rv47c's: past the date the number before is read, and "Police
    arrested 40 protesters on May 3, bringing the total to 212" names protesters, but
    none injured."""
    first = next(
        (i for i in range(cue - 1, -1, -1) if tokens[i].is_number and not dated_token(tokens, i)),
        None,
    )
    if first is None:
        return True
    deeds = [group for group in groups if set(group) <= set(own)]
    around = [t.norm for t in tokens[max(first - 1, 0) : first + 3]]
    return any(said(word, own) for word in around) and all(
        any(said(word, deed) for word in around) for deed in deeds
    )


__all__ = ["counted_before", "dated_token"]
