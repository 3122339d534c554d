"""A range of two numbers ("between 300 and 400 families", "300 to 400 families", "300-400
families", "two or three days", "ranging from 30 to 60 days"), read for
:mod:`summarizer.verification.counts.number_rules`.

A range may say its two ends apart: "as few as 200 and as many as 350 boats" (session 41).

A range states two bounds of one amount, not two amounts: the noun after it is both numbers'
noun ("300 ... 400 families" is a range of families, so 300 counts families too), and each
bound supports only the qualifier a bound is: the first "at least" (the amount is no smaller),
the second "up to" / "at most" (no larger). Neither is exact, "about" or "more than": "between
300 and 400" states no 300 exactly and no "roughly 350". A qualifier written on a bound itself
("about 300 to 400") is kept as well.

Not a range: a vote's score ("voted 52 to 47", "a 10-to-1 vote", "97-2 vote": the
:func:`summarizer.verification.counts.vote_scores.score_of` reading wins), a match's score after
its result's verb ("lost at home to Saracens 10-24", session 43), a change ("rose from 300
to 400", "went from 5% to 8%": "from A to B" is a range only after "ranging" or "anywhere"), two
numbers with nouns of their own ("300 families and 400 soldiers"), "and" without "between" ("killed
12 and wounded 30"), a done change's size and level ("rose by 14 to 61", session 41: ends not of
one size, or a second no larger, and no noun after the second that the first lacks: "reduced
by 10 to 50 per cent" and "lifted by 10 to 40 councils" stay ranges, review rv41n).

In a change whose first number has no unit ("will rise from 10 to 25 percent", session 15),
the first number takes the second's unit, so it is read as the rate before (and refused as
the rate now) instead of a unitless number standing between the rate and its cue.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.text.vocabulary import SCALES
from ..figures.change_ends import shares_noun, verb_before_by
from ..figures.count_bounds import bound_size
from ..figures.match_scores import result_score
from ..figures.numbers import NumberMention
from ..figures.qualifier_scope import framed_bar
from ..page.tokens import CURRENCY_SIGNS, Token, clause_gap, word_set
from .amounts import previous_value
from .rate_shapes import range_start
from .tally_pairs import descending
from .vote_scores import score_of

_LOW = frozenset({"at_least"})
_HIGH = frozenset({"up_to", "at_most"})
_DASHES = frozenset({"-", "\u2013", "\u2014", "\u2010"})
# Words before "from A to B" that make it a range; after any other word it is a change
# ("went from 5% to 8%", "rose from 300 to 400").
_SPANNING = frozenset({"ranging", "range", "ranged", "ranges", "anywhere", "varying", "vary"})
_CHANGING = word_set(
    """rise rises rose risen rising raise raises raised raising climb climbs climbed climbing
    up increase increases increased increasing hike hikes hiked lift lifts lifted lifting
    boost boosts boosted boosting jump jumps jumped double doubles doubled move moves moved
    cut cuts lower lowers lowered reduce reduces reduced fall falls fell drop drops dropped
    slash slashes slashed ease eases eased change changes changed go goes went going gone
    shift shifts shifted"""
)
_CHANGE_REACH = 8  # words before "from" a word of change is read in
_SCALES = word_set("m bn mn k tn million billion thousand trillion lakh crore")
_FEW = [["as", word, "as"] for word in ("few", "little", "low")]
_MANY = [["as", word, "as"] for word in ("many", "much", "high")]
_UNIT_MARKS = frozenset({"%", "percent", "pct"})  # "25% to 50%": the first bound's own mark


def ranged(
    tokens: Sequence[Token], mentions: list[NumberMention], text: str
) -> list[NumberMention]:
    """``mentions`` with each range's two bounds read as a range (see the module): the first
    spans the whole range, so it takes the second's noun (its ``last``, ``unit``, ``after``
    and ``compound``), and each bound's qualifiers are its side's. Mentions in no range are
    returned as they are (the same list when there is none)."""
    if len(mentions) < 2:
        return mentions
    changed: dict[int, NumberMention] = {}
    for index, (low, high) in enumerate(itertools.pairwise(mentions)):
        if index in changed:
            continue
        if _change_to(tokens, low, high, text):  # "rose from 10 to 25 percent": 10 percent too
            changed[index] = replace(
                low, value=_start_scale(tokens, low, high), unit=high.unit, compound=high.compound
            )
            continue
        if (
            high.first == low.last + 2
            and tokens[low.last + 1].norm == "to"
            and (previous_value(tokens, low))
        ):  # a change from one value to the other: "slipped from 3 to 2.5 million"
            if (start := _start_scale(tokens, low, high)) != low.value:
                changed[index] = replace(low, value=start)
            continue
        if not _joined(tokens, low, high, text):
            continue
        if score_of(tokens, low, mentions, text) is not None or previous_value(tokens, low):
            continue  # a vote's score, or a change from one value to the other
        if result_score(tokens, low, text):
            continue  # "lost at home to Saracens 10-24": a match's score (gcn43a)
        changed[index] = replace(
            low, value=_shared_scale(tokens, low, high), last=high.last, unit=high.unit,
            compound=high.compound, after=high.after,
            qualifiers=_LOW | (low.qualifiers - {"exact"}), bound="low",
        )  # fmt: skip
        high_bound = _HIGH | (high.qualifiers - {"exact"})
        changed[index + 1] = replace(high, qualifiers=high_bound, bound="high")
    if not changed:
        return mentions
    return [changed.get(index, mention) for index, mention in enumerate(mentions)]


# A scale word or its glued abbreviation that may end a range's second bound.
_FACTORS = {
    **{word: float(f) for word, f in SCALES.items() if f >= 1_000},
    **{"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12},
}  # fmt: skip


def _scale_of(tokens: Sequence[Token], low: NumberMention, high: NumberMention) -> float | None:
    """The scale the second number alone writes, every scale word of its end together ("three
    hundred thousand" is 3 at 100,000, not 300 at 1,000: review rvmoney37), when the first is
    a bare number; None otherwise."""
    factor = _FACTORS.get(tokens[high.last].norm) if high.last > high.first else None
    if factor is None or low.first != low.last or tokens[low.first].norm in _FACTORS:
        return None
    at = high.last - 1
    while at > high.first and tokens[at].norm in SCALES:
        factor *= SCALES[tokens[at].norm]  # "six hundred million": 6 at 100 million
        at -= 1
    return factor


def _shared_scale(tokens: Sequence[Token], low: NumberMention, high: NumberMention) -> float:
    """The first bound's value, with the second's scale when the second alone writes it
    ("between 1 and 1.5 billion euros" is from 1 billion; "2 to 3 million people", "10-15
    million", "two to three hundred thousand" from 200,000): a bare number smaller than the
    second's own number before its scale shares it, as a reader reads it. "500 to 1.5 million"
    is read as written (500 is no smaller than 1.5)."""
    factor = _scale_of(tokens, low, high)
    if factor is None:
        return low.value
    return low.value * factor if 0 < low.value < high.value / factor else low.value


def _start_scale(tokens: Sequence[Token], low: NumberMention, high: NumberMention) -> float:
    """A change's bare start, with its end's scale when the two are of one size ("sales
    slipped from 3 to 2.5 million" is from 3 million, "rose from 2 to 3 billion"; review
    rvmoney37): a change may go down, so the start may be the larger, but "rose from 500 to
    1.5 million" is from 500 (within a tenth and ten times the end's own number, or as
    written)."""
    factor = _scale_of(tokens, low, high)
    if factor is None:
        return low.value
    own = high.value / factor
    return low.value * factor if 0 < own / 10 <= low.value <= own * 10 else low.value


def _joined(tokens: Sequence[Token], low: NumberMention, high: NumberMention, text: str) -> bool:
    """Whether two numbers in a row are joined as a range's bounds: "between A and B", "A to
    B", "A or B", or digits joined by a dash ("300-400", "300\u2013400")."""
    if low.unit == "percent" and high.unit != "percent":
        return False  # "rose 2.5 percent to $2,400": a change and the level it reached
    middle = [t.norm for t in tokens[low.last + 1 : high.first] if t.norm not in _UNIT_MARKS]
    if not middle:
        gap = text[tokens[low.last].end : tokens[high.first].start]
        # "£2m-£3m", "$2bn-$3bn": a scale may end the first bound, a sign open the second
        scaled = low.last > low.first and tokens[low.last].norm in _SCALES
        digits = (tokens[low.last].is_number or scaled) and tokens[high.first].is_number
        return (
            digits
            and gap.strip().rstrip(CURRENCY_SIGNS) in _DASHES
            and len(gap) <= 3
            and not descending(tokens, low, high, text)
        )
    if middle == ["to"] and low.first > 0 and tokens[low.first - 1].norm == "from":
        return low.first > 1 and tokens[low.first - 2].norm in _SPANNING  # not "went from"
    if middle == ["to"] and _change_by(tokens, low, high):
        return False  # "rose by 14 to 61": the change's size and the level it reached
    if middle == ["to"] and range_start(tokens, low, ()) != low.first - 1:
        return False  # "from 0-7.5 percent to 25 percent": a change from a range (rate_shapes)
    if middle == ["or"] and "," in text[tokens[low.last].end : tokens[low.last + 1].start]:
        return False  # "Turnout was 1,240,135, or 39.2 per cent": restated, no range (check 51)
    if middle in (["to"], ["or"]):
        return True
    opening = [t.norm for t in tokens[max(low.first - 3, 0) : low.first]]
    if opening in _FEW and middle[:1] in (["and"], ["to"]) and middle[1:] in _MANY:
        return True  # "as few as 200 and as many as 350 boats": the two ends said apart
    return middle == ["and"] and "between" in opening  # "between (about) 300 and 400"


# A change said done, right before its "by": "rose by 14 to 61", "has fallen by 30 to 20".
_CHANGED = word_set(
    """rose risen climbed increased jumped doubled trebled tripled grew grown lifted raised
    fell fallen dropped declined slipped sank sunk slumped lowered reduced slashed eased
    shrank shrunk"""
)
_SPREAD = 3  # a range's high end is less than this many times its low end ("by 2 to 3 points")


def _change_by(tokens: Sequence[Token], low: NumberMention, high: NumberMention) -> bool:
    """ "Deaths rose by 14 to 61": after a change said done and its "by", "A to B" is the
    change's size and the level it reached, not a range, when the two are not of one size (a
    range's ends are: "rose by 2 to 3 percentage points" stays a range), or the second is no
    larger than the first ("fell by 30 to 20": no range goes down)."""
    if low.first < 2 or tokens[low.first - 1].norm != "by":
        return False
    if not verb_before_by(tokens, low.first - 1, _CHANGED):
        return False  # "rose by 14", "increased its nursing staff by 150" (rv41n)
    if shares_noun(tokens, low, high):
        return False  # "reduced by 10 to 50 per cent", "lifted by 10 to 40 councils" (rv41n)
    return high.value <= low.value or high.value >= _SPREAD * low.value


def _change_to(tokens: Sequence[Token], low: NumberMention, high: NumberMention, text: str) -> bool:
    """ "rises from 10 to 25 percent", "a hike in the levy from 18 to 30 per cent": a change
    whose first number has no unit of its own takes the second's, when a word of change
    stands in its clause before "from"; not "last from 10 to 20 days"."""
    if low.unit != "to" or high.first != low.last + 2 or low.first < 2:
        return False
    if tokens[low.first - 1].norm != "from":
        return False
    for index in range(low.first - 2, max(low.first - 2 - _CHANGE_REACH, -1), -1):
        if tokens[index].norm in _CHANGING:
            return True  # "raising its duty on the pork from 12 to 62 percent"
        if text and clause_gap(tokens, index, text):
            return False
    return False


# A count's label that names a range's end ("jobs to be cut, lower end", "low end of the
# range", "maximum estimate", "upper bound"): the value is that end itself, exactly
# (session 35, outside checks 72, 75, 76). "top", "low", "high" only before a word of a
# range's end, since "top officials" or "high-income families" name no end.
# "minimum", "highest" name an end alone or before a word of an estimate ("minimum
# estimate", "highest number of"), not as a noun's own word: "minimum wage", "maximum
# sentence", "lowest-paid staff" name no end of a range (review rvnf35).
_ALONE = (
    r"\b(?![\s-]+(?!(?:end|bound|limit|estimates?|figure|side|range|point|number|of|value"
    r"|count|amount|total|forecast|projection|case|scenario)\b)[a-z])"
)
# "lowest", "highest" name an end before any noun (session 37, check 80: "lowest cost of
# the extra jets" for "would cost between 1 and 1.5 billion euros"; "lowest ticket price",
# "highest fine"), but not in a compound that names a group ("lowest-paid", "highest earners").
_SUPERLATIVE = r"(?!-)(?!\s+(?:paid|income|incomes|earning|earners|ranked|ranking)\b)"
_END_LABELS = {
    "low": re.compile(
        r"\b(?:(?:low|lower|bottom)[\s-]+(?:end|bound|limit|estimate|figure|side|range|point)"
        r"|minimum" + _ALONE + r"|lowest" + _SUPERLATIVE + r"|at least)\b|\bfrom$",
        re.IGNORECASE,
    ),
    "high": re.compile(
        r"\b(?:(?:high|higher|upper|top)[\s-]+(?:end|bound|limit|estimate|figure|side|range|point)"
        r"|maximum" + _ALONE + r"|highest" + _SUPERLATIVE + r"|at most)\b|\bto$",
        re.IGNORECASE,
    ),
}


def named_end(
    mention: NumberMention, qualifier: str, what: str, tokens: Sequence[Token] = ()
) -> bool:
    """Whether an exact value is the range's end the count's ``what`` names: "between 4,000
    and 6,000" gives 4,000 exactly for "jobs to be cut, lower end" (and 6,000 for the upper
    end), never the other end, and never an end for a label that names none (a range states
    no exact count). A "lowest"/"highest" the passage (``tokens``) says itself is its own
    word for the thing, copied by the label, not the range's end: "between 5 and 6 per cent,
    the highest rate in a decade", "the highest council-tax band will pay between", "the
    highest court will hear between 60 and 70 cases" (review rvmoney37)."""
    if qualifier != "exact" or not mention.bound or not what:
        return False
    other = "high" if mention.bound == "low" else "low"
    named = _END_LABELS[mention.bound].search(what.strip())
    if named is None or _END_LABELS[other].search(what.strip()) is not None:
        return False
    word = named.group(0).lower()
    return word not in _SUPERLATIVES or not any(
        t.norm.split("-")[0] == word and not _picks_end(tokens, at, mention, what)
        for at, t in enumerate(tokens)
    )  # fmt: skip


def _picks_end(tokens: Sequence[Token], at: int, mention: NumberMention, what: str) -> bool:
    """The page's "lowest"/"highest" picks out the ranged things at one end when its noun is
    the plural the range is told of before it ("Fares ... will range from €25 to €60, with
    the lowest fares for foot passengers", session 44), not a singular it calls the whole
    range ("between 5 and 6 per cent, the highest rate in a decade"). When a number of its
    own follows, the superlative is that number's, told of another route, plant or year:
    a count (``what``) naming a word of that phrase the range's words lack is not read from
    the range ("the lowest fares on the rival Cherbourg route are €19", "the highest
    bonuses paid last year reached $40,000": review rv44b)."""
    noun = tokens[at + 1].norm if at + 1 < len(tokens) else ""
    if not (
        noun.endswith("s")
        and at > mention.last
        and any(t.norm == noun for t in tokens[: mention.first])
    ):
        return False
    own = next((k for k in range(at + 2, len(tokens)) if tokens[k].is_number), None)
    if own is None:
        return True
    told = {t.norm for t in tokens[at + 2 : own]} - {t.norm for t in tokens[: mention.first]}
    asked = set(re.findall(r"[a-z0-9]+", what.lower())) - _FUNCTION_WORDS
    return not told & asked


_FUNCTION_WORDS = frozenset(("the", "a", "an", "of", "at", "on", "in", "for", "to", "and"))


_SUPERLATIVES = frozenset({"lowest", "highest"})


def named_part(
    mention: NumberMention, qualifier: str, what: str, tokens: Sequence[Token] = ()
) -> bool:
    """Whether an exact value is a part of the number's phrase that the count's ``what``
    names: a range's end (:func:`named_end`), or a bar a bounded number sizes ("below a 40%
    threshold" for "turnout threshold": :func:`..figures.qualifier_scope.framed_bar`), or a
    bound a modal says not to pass ("must not exceed 50 km/h" for "speed limit":
    :func:`..figures.count_bounds.bound_size`)."""
    if named_end(mention, qualifier, what, tokens):
        return True
    if bound_size(tokens, mention, qualifier, what):
        return True  # "must not exceed 50 km/h" for "speed limit" (count_bounds)
    norms = [token.norm for token in tokens]
    return qualifier == "exact" and bool(what) and framed_bar(norms, mention.first, what)


def overlaps(one: NumberMention, other: NumberMention) -> bool:
    """Whether two mentions share tokens: a range's first bound spans its second."""
    return one.first <= other.last and other.first <= one.last


__all__ = ["named_end", "named_part", "overlaps", "ranged"]
