"""Numbers that count nothing: a person's age and a day of the month (session 24, the
review's false accepts: "Police detained Navalny, who was 44, and 11,000 supporters" gave
44 to the people detained; "Those killed on 14 March 2021 numbered 38" gave 14 to the
dead), for a count of :func:`summarizer.verification.counts.number_rules.support_number`.

A fact-checker reads no count in:

- an age: the number of ", who was 44", ", who is 59", "aged 17", "at the age of 17", a
  name's aside ("Navalny, 44,") or "44 years old";
- a day of the month: a number of 1 to 31 written before a month's name ("14 March",
  "on 9 August 2020"), or after one when a year follows ("March 14, 2021").

- a price or a rate per thing (review rvcountclause38): "rose to 84 a barrel", "$12 per
  tonne" counts no barrels or tonnes, when the thing after "a", "an" or "per" is a word of the
  count ("barrels of Brent crude").

So such a number is refused, *unsupported*, for a count, unless the count's ``what`` counts
years or ages ("age of the victims", "years in office"). "In March 14 people died" (no year
after) keeps the other rules' verdict.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER
from ..page.tokens import Token, year_of_our_time
from .count_words import what_words
from .numbers import NumberMention

_AGE_WORDS = ("age", "year", "old")
_PER = frozenset({"a", "an", "per"})
# A count that asks a price or a rate itself ("fuel price per gallon"), and "per cent".
_PRICED = frozenset({"per", "price", "cost", "rate", "fee", "fare", "cent", "percent"})


def _age(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """ ", who was 44", "aged 17", "at the age of 17", "Navalny, 44,", "44 years old"."""
    norms = [t.norm for t in tokens]
    first, last = mention.first, mention.last
    before = norms[max(first - 3, 0) : first]
    if before[-2:] in (["who", "was"], ["who", "is"]) or before[-1:] == ["aged"]:
        return True
    if before == ["the", "age", "of"]:
        return True
    if norms[last + 1 : last + 3] == ["years", "old"]:
        return True
    if first < 1 or last + 1 >= len(tokens) or not tokens[first - 1].capitalised:
        return False  # an aside needs a name before it: "Navalny, 44,"
    left = text[tokens[first - 1].end : tokens[first].start].strip()
    right = text[tokens[last].end : tokens[last + 1].start].strip()
    return left == "," and right == "," and last == first and mention.value < 120


def _day(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """ "14 March", "on 9 August 2020"; "March 14, 2021"."""
    if mention.first != mention.last or not 1 <= mention.value <= 31:
        return False
    if not float(mention.value).is_integer():
        return False
    after = tokens[mention.last + 1].norm if mention.last + 1 < len(tokens) else ""
    if after in MONTH_NUMBER:
        return True
    before = tokens[mention.first - 1].norm if mention.first else ""
    year = mention.last + 1 < len(tokens) and year_of_our_time(tokens[mention.last + 1])
    year = year or (mention.last + 2 < len(tokens) and year_of_our_time(tokens[mention.last + 2]))
    return before in MONTH_NUMBER and year


def no_count(tokens: Sequence[Token], mention: NumberMention, text: str, what: str) -> str:
    """What ``mention`` is when it is an age or a day of the month (see the module), or ""
    (also for a ``what`` that counts years or ages)."""
    if any(word in what.lower() for word in _AGE_WORDS):
        return ""
    if _day(tokens, mention):
        return f"{mention.value:g} is a day of the month, no count"
    if _age(tokens, mention, text):
        return f"{mention.value:g} is someone's age, no count"
    per = [t.norm for t in tokens[mention.last + 1 : mention.last + 3]]
    gap = text[tokens[mention.last].end : tokens[mention.last + 1].start] if per else ","
    bare = len(per) == 2 and not gap.strip() and per[0] in _PER  # not "€14.3bn, a deal"
    if bare and per[1].removesuffix("s") in _singulars(what):
        return f"{mention.value:g} is a price or rate per {per[1]}, no count of them"
    return ""


def _singulars(what: str) -> set[str]:
    words = {word.removesuffix("s") for word in what_words(what)}
    rate = not _PER.isdisjoint(what.lower().split())  # "dollars a bushel" asks the price
    return set() if words & _PRICED or rate else words


__all__ = ["no_count"]
