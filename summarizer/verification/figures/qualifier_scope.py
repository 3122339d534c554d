"""What a qualifier's words govern, when English puts the number somewhere else than under
them (session 38, round 2, outside checks 86-91). Three forms of English, each stated at the
level of the phrase's syntax, not of the pages' words:

- An article between a preposition and a numeral makes the numeral a modifier inside a noun
  phrase the preposition governs: "under a 20-year power purchase agreement", "spread over a
  750-acre site", "a fine under a 5% rule". The article belongs to the head noun
  ("agreement", "site"), so the preposition says where or by what terms, not "more than" or
  "less than": the number is the modifier's exact size. A one-word preposition (over, under,
  above, below, beyond, past, within) is then no bound at all ("over a 750-acre site" is no
  site of more than 750 acres); a phrase of reach ("up to a 25% tariff") may still bound the
  noun's size, so it keeps its bound and adds the exact reading; a comparative's "than"
  ("more than a 10% stake", "less than a 5% share") bounds it only (review rvr2countb).
  A number in words after the article is the number itself ("more than a dozen", "over a
  million"): untouched.
- A definite article before a numeral is the qualifier's complement only when the noun phrase's
  head is a mark ("over the 1,000 mark", "past the 28-point mark on Sunday"): then the value
  passed it. When the number and its unit modify another head ("under the 28-point format",
  "over the 10-year life of the loan"), the phrase frames that head and the number is exact.
  Only a mark that is also a unit ("point", "figure") can be the compound's unit: it heads
  the phrase when a mark, a function word (English's closed class) or nothing follows it.
- A negated or seldom-true "more than" is its other bound: "rarely went above 6,000", "did not
  rise above 2%", "has never topped 40", "seldom exceeds 100" say the value stayed at or below
  the number (the existing "never exceeded" phrase, generalised to English's negators and
  adverbs of negative frequency, a closed list).
- A verb of reaching under a modal of possibility names a ceiling: "a pot that could reach
  $140 million", "a fee that may climb to £116m", "losses might hit $2bn", "could rise to 25%"
  are up to that number (and that number itself, the projection's). Without the modal
  ("reached 140 million") the number is what was reached, no bound; a verb of passing ("could
  top 140 million") keeps its own "more than"; a fall ("could fall to 116") is no ceiling.
  "would" is an outcome ("would rise to £12.50 from April") unless an extreme case is named
  ("under the worst case"); a reach questioned or denied ("nobody believes ... could reach")
  names none (mendcountb); a reach asked "whether" states no number at all, not even the
  reach's own (gfr40n).
- "near" is "nearly" before a level ("near $122,000"), and where before a count of things
  ("near 3 primary schools"): then the number is read as if "near" were not there.
"""

from __future__ import annotations

import re

from ..page.tokens import word_set

# One-word prepositions that place or frame a noun phrase as well as bound a number.
_PREPOSITIONS = frozenset({("over",), ("under",), ("above",), ("below",), ("beyond",),
                           ("past",), ("within",)})  # fmt: skip
_ARTICLES = frozenset({"a", "an"})

# Negators and adverbs of negative frequency (a closed class of English).
_NEGATORS = word_set(
    "not never rarely seldom didn't doesn't don't hasn't haven't hadn't wasn't weren't won't"
)
_NEGATION_REACH = 3  # "did not go above", "has never once topped"
_AT_MOST = frozenset({"at_most", "up_to"})

# Modals of possibility and the verbs of reaching a ceiling after them.
_MODALS = word_set("could may might can would")
# "would" states an outcome (a law's, the past's future: "would rise to £12.50 from April",
# "that season the club would reach 92 points"), a ceiling only under a named extreme case
# ("would swell to €4.2 billion under the worst case"; mend of rvr2countb)
_EXTREMES = word_set("worst best extreme")
_EXTREME_REACH = 8  # words either side of "would ... <number>" that may name its case
# Words that question or deny a reach before its modal ("asked whether the toll could rise
# to 50", "nobody believes the fund could reach $90m", "doubt it could hit 2,000"): no ceiling
_DOUBTS = word_set(
    """whether nobody none not never no doubt doubts doubted doubtful unlikely deny denies
    denied didn't doesn't don't isn't aren't wasn't weren't"""
)
_DOUBT_REACH = 8
_REACHING = word_set("reach reaching hit climb rise go grow swell run balloon")
_TO_VERBS = word_set("climb rise go grow swell run balloon")  # "climb to", "rise to"
_BETWEEN = word_set("yet even eventually ultimately potentially still well easily soon")


# English's function words (a closed class): a noun phrase's head is the noun before one.
_FUNCTION = word_set(
    """a an the this that these those its their his her our my your of in on at by for with
    from to into onto over under above below after before since until than as and or but nor
    so yet if while when where which who whom whose is was are were be been being has have
    had do does did will would can could may might must shall should not no also again
    earlier later ago last next this today yesterday tomorrow now then there here it they
    he she we i you against across through throughout during within around among amid amidst
    despite toward towards per via without about off out up down near past beyond like upon
    behind beside between inside outside onward onwards for"""
)


def mark_head(norms: list[str], last: int, marks: frozenset[str]) -> bool:
    """Whether a mark word after the number ending at ``last`` heads its noun phrase ("the
    1,000 mark", "the 300 threshold overnight", "the 28-point mark on Sunday"), not a unit
    modifying another head ("the 28-point format"). Only the marks that are also units of
    measure ("point", "figure") can be a compound's unit: such a mark heads its phrase when a
    further mark, a function word or the text's end follows it."""
    for at in range(last + 1, min(last + 4, len(norms))):
        if norms[at] in marks:
            if norms[at] not in _UNIT_MARKS:
                return True
            following = word_at(norms, at + 1)
            return not following or following in marks or following in _FUNCTION
    return False


_UNIT_MARKS = word_set("point points figure figures")


def word_at(norms: list[str], index: int) -> str:
    """The word at ``index``, or "" past the end."""
    return norms[index] if index < len(norms) else ""


def attributive(norms: list[str], phrase: tuple[str, ...], first: int) -> bool:
    """Whether the number at ``first``, in digits after the article that follows ``phrase``,
    modifies a noun the phrase governs ("under a 20-year agreement")."""
    return first >= 1 and norms[first - 1] in _ARTICLES and norms[first][:1].isdigit()


def article_scope(
    norms: list[str], phrase: tuple[str, ...], first: int, qualifiers: frozenset[str]
) -> frozenset[str] | None:
    """The qualifiers of a number in digits after "<phrase> a": exact only after a one-word
    preposition, else the phrase's bound and exact; None when the form does not apply."""
    if not attributive(norms, phrase, first):
        return None
    if _level_head(norms, first):
        return None  # "stayed below a 40% threshold": the preposition's own bound
    if phrase in _PREPOSITIONS:
        return frozenset({"exact"})
    if phrase[-1] == "than":
        return qualifiers  # "more than a 10% stake": a stake of more than 10%, never 10
    return qualifiers | {"exact"}


def _level_head(norms: list[str], first: int) -> bool:
    """Whether the numeral at ``first`` is the value of a head noun that names a level the
    subject is measured against ("a 40% threshold", "a 3-point margin", "a 35-degree
    ceiling", "a 3% rise in costs"; review rvr2countb): then "below a" compares the subject
    with that level, as "below 40%" does. A time span's numeral ("a 200-day moving average")
    sizes the head's window, not its level."""
    if spans_window(norms, first):
        return False
    return any(norm in _LEVEL_HEADS for norm in norms[first + 1 : first + 4])


def spans_window(norms: list[str], first: int) -> bool:
    """Whether the numeral at ``first`` sizes a time span right after it ("a 200-day moving
    average", "the 200-day line"): the window a head is read over, not a level the subject
    is measured against (review rvr2countb). Not a mark a span of time passes ("well past the
    100-day mark", "passed the 50-day milestone": days counted, review rv43b)."""
    return word_at(norms, first + 1) in _SPANS and word_at(norms, first + 2) not in _PASSED_MARKS


# Marks a span of time reaches, whose numeral counts the span itself.
_PASSED_MARKS = word_set("mark marks milestone milestones point")


# Head nouns naming a level or amount a value is compared with, and the units of a time span.
_LEVEL_HEADS = word_set(
    """threshold target ceiling cap limit floor level rate margin rise fall increase drop
    benchmark goal trigger minimum maximum norm average forecast estimate"""
)
_SPANS = word_set(
    """year years month months week weeks day days hour hours minute minutes second seconds
    decade decades"""
)


def framed_bar(norms: list[str], first: int, what: str) -> bool:
    """Whether the number at ``first``, in digits after "<bound> a"/"<bound> the", sizes a bar
    its noun phrase heads that the count's ``what`` names ("stayed below a 40% threshold" for
    "turnout threshold", "above a 2% target" for "inflation target"; review rvr2countb): the
    bound compares the clause's subject with the bar, whose own size is the number exactly.
    Only a bar someone sets (a threshold, target, ceiling, cap, limit) is a thing of its own;
    a rate or level ("above a 20% rate" for "child poverty rate") is the subject's measure."""
    if first < 2 or norms[first - 1] not in _FRAMES or norms[first - 2] not in _BOUNDS:
        return False
    named = {word.rstrip("s") for word in re.findall(r"[a-z]+", what.lower())}
    heads = [norm for norm in norms[first + 1 : first + 4] if norm in _BARS]
    return bool(heads) and heads[0].rstrip("s") in named


# Heads of a noun phrase that name a bar set for a value, and the words that frame it.
_BARS = word_set(
    """threshold thresholds target targets ceiling ceilings cap caps limit limits floor floors
    benchmark benchmarks goal goals trigger triggers hurdle hurdles"""
)
_FRAMES = word_set("a an the")
_BOUNDS = word_set("over under above below beyond past within than")


def negated_bound(norms: list[str], start: int, qualifiers: frozenset[str]) -> frozenset[str]:
    """A "more than" phrase starting at ``start`` read under a negator that governs it
    ("rarely went above 6,000", "has never once topped 40"): at most; other phrases as they
    are. The negator governs the bound only when nothing but an adverb of degree or time, an
    auxiliary and one verb of moving or reaching a level stand between them; a negator of
    another verb or clause ("not only sold over 40,000", "were not happy after over 3 hours",
    "could not reach over 60 villagers"; review rvr2countb) leaves the bound as it is."""
    if qualifiers != frozenset({"more_than"}):
        return qualifiers
    verb = False
    for norm in reversed(norms[max(start - _NEGATION_REACH, 0) : start]):
        if norm in _NEGATORS:
            return _AT_MOST
        if norm in _LEVEL_VERBS and not verb:
            verb = True
        elif norm not in _NEGATED_FILLERS:
            return qualifiers
    return qualifiers


# Verbs of moving to or staying at a level that a negated "above"/"over"/"past" bounds, and
# the words that may stand between them and their negator ("did not once go above").
_LEVEL_VERBS = word_set(
    """go goes went gone going rise rises rose risen rising climb climbs climbed get gets got
    run runs ran trade trades traded trading move moves moved creep creeps crept edge edges
    edged stray strays strayed stretch stretches stretched"""
)
_NEGATED_FILLERS = word_set("once ever even really actually yet been be")


def possible_reach(norms: list[str], first: int) -> frozenset[str] | None:
    """Up to (and exactly) the number at ``first`` when a modal of possibility governs a verb
    of reaching right before it ("could reach $140 million", "may climb to £116m"); none
    (empty) when the reach is asked "whether"; None otherwise."""
    at = first - 1
    if at >= 1 and norms[at] == "to" and norms[at - 1] in _TO_VERBS:
        at -= 1  # "climb to"
    elif at < 0 or norms[at] not in _REACHING or norms[at] in _TO_VERBS:
        return None
    back = at - 1
    while back >= 0 and norms[back] in _BETWEEN:
        back -= 1  # "could eventually reach"
    if back < 0 or norms[back] not in _MODALS:
        return None
    doubts = norms[max(back - _DOUBT_REACH, 0) : back]
    if "whether" in doubts:
        return frozenset()  # "asked whether the toll could rise to 50": no value stated at all
    if any(norm in _DOUBTS for norm in doubts):
        return None  # a reach disbelieved states no ceiling
    if norms[back] == "would" and not any(
        norm in _EXTREMES for norm in norms[max(back - _EXTREME_REACH, 0) : first + _EXTREME_REACH]
    ):
        return None  # "would rise to £12.50 from April": the outcome, read as written
    return frozenset({"up_to", "at_most", "exact"})


def placed_count(norms: list[str], last: int) -> bool:
    """Whether "near" before the number ending at ``last`` is a preposition of place governing
    a counted noun phrase ("sits near 3 primary schools", "roadblocks near 14 polling
    stations"; review rvr2countb), not "nearly": a plural noun follows the number, directly
    or after one modifier. A level's number ("traded near $1.17 for", "near $64,000, slid")
    keeps "near" as about; a unit's plural ("near 40 degrees") is read as before (exact)."""
    for at in (last + 1, last + 2):
        norm = word_at(norms, at)
        if not norm or norm in _FUNCTION or not norm.isalpha():
            return False
        if len(norm) > 3 and norm.endswith("s") and not norm.endswith("ss"):
            return True
    return False


__all__ = [
    "article_scope",
    "attributive",
    "framed_bar",
    "mark_head",
    "negated_bound",
    "placed_count",
    "possible_reach",
    "spans_window",
]
