"""A count that is a share (outside check 51), for the number rules
(:func:`summarizer.verification.counts.number_rules.support_count` and
:func:`summarizer.verification.counts.amounts.counts_as`).

A count counts things, so a number in percent is none of its values ("a 25 percent duty" next
to "Senator" is no count of senators). But a vote's result is often a share: "with 65.2 per
cent of voters in favour", "Turnout was low at 39.2 per cent", "a 3.45 per cent
two-party-preferred swing". A careful reader takes such a number as the count when the count
itself says it is a share:

- what it counts names a share ("share of the vote", "percent of voters in favour", "turnout
  percentage", "proportion voting No"): then only a number in percent is its value, and the
  3,031,355 people who voted No are no "share of votes against";
- its number is written in percent (``as_written`` "39.2 per cent", "98.24%"): the same;
- what it counts is measured either way ("turnout", "swing", "margin"): a number in percent
  or a plain one ("Turnout was 1,240,135") may be its value.

Every form of percent is one reading (:data:`PERCENT_WORDS` and "per cent", as a tariff's rate
is read: "%", "percent", "per cent", "pct", "pc"), and "percentage points" is a share's unit
too ("a swing of 3.45 percentage points"). The words of the unit are no cue of what is counted:
the share's number must stand by the words of whose share it is (the voters in favour, the
turnout, Labor), not merely by its own "per cent".

A count whose words open with "percent" ("percent in favour", "percent voting No") is a share
as "per cent in favour" is (session 58, cn58: its older reading, "percent" its first cue, left
"65.2 per cent of voters in favour" unread, since "per cent" is two words, and took 2.2 for
"percent fall in exports" from "imports rose 2.2 percent"); one with no word of its own after
"percent" ("percent for") keeps that older reading (:func:`..counts.amounts.counts_as`). A
share's "-ing" word is read in its past as well ("percent voting No" by "voted No", "per cent
backing the treaty" by "backed the treaty").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.comparators import Supported
from ..figures.numbers import NumberMention, numbers_in
from ..figures.share_holders import held_share, other_owners
from ..figures.spoken_decimals import PERCENT_WORDS
from ..figures.stock_shares import (
    PER_SHARE,
    SHARE_OF_SUM,
    distributive,
    names_money,
    other_time,
    owner_named,
    owner_names,
    per_share,
    share_of_sum,
    stance_beside,
    stock_units,
    whole_of_share,
)
from ..page.tokens import Token, tokenize, word_set

SHARE = "share"
"""A count rule's unit when only a number in percent is its value."""
SHARE_OR_COUNT = "share or count"
"""A count rule's unit when a number in percent or a plain one may be its value."""
SHARES = frozenset({SHARE, SHARE_OR_COUNT})
CHANGE_WORDS = (
    *("swing", "change", "rise", "fall", "drop", "gain", "loss", "increase", "shift"),
    *("growth", "decline", "jump", "climb"),  # "revenue growth, per cent" (session 33)
)
"""Word stems of a count that is itself a change ("swing to Labor", "rise in turnout")."""

# Words that make what a count counts a share; words for a thing measured either way.
_SHARE_WORDS = word_set("percent percentage percentages pct share shares proportion fraction")
_EITHER_WORDS = word_set("turnout turnouts swing swings margin margins")
# Words after an opening "percent" that say nothing of what it counts ("percent for").
_BARE = word_set("for in of the to and with on at by")
# The unit's own words, no cue of what is counted ("per cent", "percentage points").
# Words between a share's noun and its number ("Turnout reached only 44.08%", "the No side
# on 60.06 per cent"), not a clause of its own ("swing, taking 52.13 per cent of the vote").
_LINKS = word_set(
    """was is were are at of on reached stood hit came put puts to just only about around
    roughly nearly some with won took got polled secured received had has have been"""
)
_CHANGES = word_set(
    """fell rose dropped climbed jumped slipped slumped surged increased decreased gained lost
    grew shrank declined up down raised cut lowered hiked lifted reduced"""
)
# Words passed over after a share's unit ("62.07 per cent in favour"), and words that open
# another noun's phrase there ("a 3.5 per cent swing to Labor": Labor's is no swing).
_PASSED = word_set("in of the a an")
# The whole a share is of, passed over to the words of the share ("of those who voted").
_BASES = word_set(
    """of those who voted voting voters electorate registered eligible valid votes vote ballots
    cast the all"""
)
_OTHER_PHRASE = word_set("to for against from on by with as")
_PARTICLES = word_set("up down")
_SHARE_UNITS = frozenset({"percent", "percentage"})
_UNIT_CUES = frozenset({*PERCENT_WORDS, *word_set("percentage per cent point")})


def percent_written(text: str) -> bool:
    """Whether ``text`` (a value as written) states a number in percent: "39.2 per cent",
    "98.24%", "61 percent", "15 pct", "3.45 percentage points"."""
    tokens = tokenize(text)
    norms = [token.norm for token in tokens]
    for mention in numbers_in(tokens, text):
        if mention.unit == "percent" or percentage_points(norms, mention.last):
            return True
    return False


def percentage_points(norms: Sequence[str], last: int) -> bool:
    """Whether the number ending at ``last`` is followed by "percentage point(s)"."""
    return norms[last + 1 : last + 2] == ["percentage"] and norms[last + 2 : last + 3] in (
        ["point"],
        ["points"],
    )


def share_unit(what: str, as_written: str | None, fractional: bool = False) -> str:
    """The unit a count's number takes: :data:`SHARE`, :data:`SHARE_OR_COUNT`, or "" for a
    plain count (or one whose words after an opening "percent" name nothing). A ``fractional``
    value (65.2 "voters in favour") counts no whole things: a share, or a plain number as
    before ("1.5 days")."""
    tokens = tokenize(what.replace("-", " "))
    words = [
        token.norm for index, token in enumerate(tokens)
        if not (index and tokens[index - 1].is_number)  # "items at 5 percent": their rate
    ]  # fmt: skip
    if words[:1] == ["percent"] and all(w in _BARE or len(w) < 3 for w in words[1:]):
        return ""  # "percent for": no word but its unit says what it counts (amounts.counts_as)
    written = percent_written(as_written) if as_written else None
    if written is False or (not written and names_money(words)):
        return ""  # "1,240,135": a count of people; "offer per share, euros" a sum (stock_shares)
    stock = stock_units(words)  # "earnings per share", "share price": shares of stock, no part
    shares = any(word in _SHARE_WORDS for i, word in enumerate(words) if i not in stock)
    if written or shares or "per cent" in " ".join(words):
        return SHARE
    if fractional or any(word in _EITHER_WORDS for word in words):
        return SHARE_OR_COUNT
    return ""


def share_rule(what: str, value: object, cues: tuple[str, ...]) -> Supported:
    """The count rule for a count of ``what`` with ``value`` (a Quantity, whose ``as_written``
    may say its unit) and cue stems ``cues``: a share's rule carries its unit and drops the
    unit's own words from its cues."""
    written = getattr(value, "as_written", None)
    raw = getattr(value, "value", value)
    fractional = isinstance(raw, float) and not raw.is_integer()
    unit = share_unit(what, written if isinstance(written, str) else None, fractional)
    words = [token.norm for token in tokenize(what.replace("-", " "))]
    if not unit and not isinstance(written, str) and distributive(words):  # "earnings per
        kept = tuple(cue for cue in cues if cue != "per")  # share" (figures/stock_shares);
        names = owner_names(what)  # "Brenner Air earnings per share": as written: plain
        return PerShare("count", cues=kept or cues, unit=PER_SHARE, names=names)
    if not unit and not isinstance(written, str) and names_money(words) and share_of_sum(words):
        return Supported("count", cues=cues, unit=SHARE_OF_SUM)  # "her share of the jackpot"
    if not unit:
        return Supported("count", cues=cues)
    kept = tuple(cue for cue in cues if cue not in _UNIT_CUES)
    kept = (
        *kept,
        *(_past(cue) for cue in kept if _sided(cue, unit) and _past(cue) not in kept),
    )
    return Supported("count", cues=kept or cues, unit=unit)


# "-ing" words of a side taken, whose past names the same people ("voted No", "backed"): a
# share's only; not a verb a price or a place does too ("closing": "shares closed 3.2
# percent higher" is no share of branches closing; review rv58n).
_SIDING = word_set(
    """voting backing supporting opposing favouring favoring approving rejecting endorsing
    choosing saying answering agreeing disagreeing preferring"""
)


def _sided(cue: str, unit: str) -> bool:
    """Whether a cue's past is read too: any "-ing" word of a count that may be a number of
    things ("closing price per Class B share" by "closed at $485.68"), only a side's word of a
    share in percent."""
    return cue.endswith("ing") and (unit != SHARE or cue.lower() in _SIDING)


def _past(cue: str) -> str:
    """A share's verb in its past ("percent voting No" is "voted No", "per cent backing the
    treaty" "backed the treaty"; session 58): count_stems gives it to long words only."""
    return cue[:-3] + ("d" if cue[-4:-3] == "e" else "ed")


def share_of_counted(
    tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int], rule: Supported
) -> bool:
    """ "65.2 per cent of voters in favour", "Turnout reached 44.08% of registered voters": for
    a share, a number in percent "of" a whole is the share itself, not a part of a larger
    count, when the share's words name it (:func:`linked_share`); "swing, taking 52.13 per
    cent of the two-party vote" is a share of the vote, no swing."""
    if rule.kind != "count" or rule.unit not in SHARES:
        return False
    return mention.unit in _SHARE_UNITS and linked_share(tokens, mention, cues)


def linked_share(tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int]) -> bool:
    """Whether a share's words name the number in percent at ``mention``: a cue within four
    words after its "of" ("per cent of voters in favour"), in two words after its unit
    ("62.07 per cent in favour", "a 3.66 per cent two-party-preferred swing"), or right
    before it in its clause ("Turnout reached", "a turnout of", "the No side on")."""
    end = min(mention.last + 4, len(tokens))
    of = next((i for i in range(mention.last + 1, end) if tokens[i].norm == "of"), None)
    if of is not None and any(of < cue <= of + 4 for cue in cues):
        return not other_owners(tokens, mention, cues)  # "the fund gets 12% of the profits"
    after = mention.last + 1
    while after < len(tokens) and tokens[after].norm in _UNIT_CUES:
        after += 1
    words: list[int] = []
    base = False  # inside "of those who voted", the whole the share is of
    for i in range(after, min(after + 9, len(tokens))):
        if tokens[i].start - tokens[i - 1].end > 1:
            break  # "45 per cent, Labor won": a mark between (no text here)
        if i in cues and len(words) < 2:  # "34.8 per cent against"; not "owning 28% and
            return not other_owners(tokens, mention, cues)  # banks 12%" (gcn43a)
        if tokens[i].norm in _OTHER_PHRASE:
            break  # "swing to Labor"
        base = (base or (not words and tokens[i].norm == "of")) and tokens[i].norm in _BASES
        if not base and not tokens[i].joined and tokens[i].norm not in _PASSED:
            words.append(i)  # "66.4 per cent of those who voted backed repeal": backed, repeal
    if any(i in cues for i in words[:2]):  # "per cent in favour", "% cast a valid ballot"
        return True
    return any(
        mention.first - 4 <= cue < mention.first
        and all(tokens[i].norm in _LINKS for i in range(cue + 1, mention.first))
        for cue in cues
    ) or held_share(tokens, mention, cues)  # "Anglo's investors will own about 62.4%"


def changed_by(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """ "fell 5.7 per cent to 31.8 per cent", "rose 3 points to 61%", "raised the tariff 10
    per cent to 25 per cent": the size of a change, after a verb of change (its object
    between, within six words, no number or mark) and before "to" and another number."""
    verb = next(
        (i for i in range(mention.first - 1, max(mention.first - 7, -1), -1)
         if tokens[i].norm in _CHANGES or tokens[i].is_number
         or tokens[i + 1].start - tokens[i].end > 1),
        None,
    )  # fmt: skip
    if verb is None or tokens[verb].norm not in _CHANGES:
        return False  # "raised the tariff on Chinese goods 20 per cent to 145 per cent": verb
    if tokens[verb].norm in _PARTICLES and verb != mention.first - 1:
        return False  # "up 3 points to 61%", not "voted down independence by 55.3 percent to"
    after = mention.last + 1
    while after < len(tokens) and tokens[after].norm in _UNIT_CUES | {"points", "percentage"}:
        after += 1
    return after + 1 < len(tokens) and tokens[after].norm == "to" and tokens[after + 1].is_number


def sized_from(
    before: Sequence[Token], changes: frozenset[str], later: Sequence[Token] = ()
) -> bool:
    """Whether the words ``before`` a "from" end in a change and its size: "down 18% from
    $4.10", "up 8 per cent from", "fell 3 percentage points from": the number after that
    "from" is the value before the change (session 39; the change word is no longer right
    before "from", the size stands between). A size in points whose "from" number counts
    another plural noun (the first of the words ``later``) is no change: "racked up 31 points
    from 14 games", "dropped 11 points from 6 matches" tell where the points came from (review
    rvr3counts); "fell 40 points from 8,210 on Friday" and percentage points still are."""
    at = len(before) - 1
    while at >= 0 and before[at].norm in _UNIT_CUES | {"points", "percentage"}:
        at -= 1
    sized = {token.norm for token in before[at + 1 :]}
    counted = later[0].norm if later else ""
    if sized & {"point", "points"} and "percentage" not in sized and _counts_other(counted):
        return False
    if at < 1 or not before[at].is_number:
        return False  # "down from", with no size: the caller's own reading
    at -= 1
    while at >= 0 and before[at].norm in _SIZE_HEDGES:
        at -= 1  # "down about 18% from", "up by 8 per cent from"
    return at >= 0 and before[at].norm in changes


_SIZE_HEDGES = word_set("about around roughly nearly almost some by just only")


def _counts_other(word: str) -> bool:
    """Whether ``word`` (after a number) is a plural noun other than the points' own: "games"."""
    return word.isalpha() and word.endswith("s") and word not in _NOT_PLURALS


_NOT_PLURALS = word_set("points is was has as its his this us yesterday less")


def modifies(compound: str, rule: Supported) -> bool:
    """Whether a number joined to ``compound`` ("the 100-member Senate", "two-party") is a
    modifier of another noun than the field's: for a count, unless the compound is one of its
    cues ("a 90-minute call" for minutes); for a share, always ("a 3.66 per cent
    two-party-preferred swing" has no share of two)."""
    if rule.unit in SHARES:  # but "a 3.5-point swing": the share's own unit
        return compound not in _UNIT_CUES and compound != "points"
    if rule.kind == "count" and compound in _BODY_SIZES and rule.cues[:1] in _BODY_SIZE_CUES:
        return False  # "the 630-member Bundestag" for seats in the Bundestag (session 30)
    return not (rule.kind == "count" and compound.startswith(rule.cues))


# A body's size said as a modifier counts its seats and its members alike ("the 630-member
# Bundestag" has 630 seats, "a 150-seat House" 150 members): read for a count whose first word
# is a seat or a member, not for one that names them later ("votes of members").
_BODY_SIZES = frozenset({"member", "seat"})
_BODY_SIZE_CUES = frozenset({("seat",), ("member",)})


@dataclass(frozen=True)
class PerShare(Supported):
    """A per-share sum's rule, with the names its words give the company (review rvr3counts)."""

    names: tuple[str, ...] = ()


def unit_said(tokens: Sequence[Token], mention: NumberMention, rule: Supported) -> bool:
    """Whether a count's number is said in its rule's unit where the unit is a phrase of its
    own: a sum per share is said share by share ("$4.51 a share"; figures/stock_shares)."""
    if rule.unit == SHARE_OF_SUM:  # "her share of the £2.8 million jackpot": the whole
        return not whole_of_share(tokens, mention)
    if rule.unit != PER_SHARE:  # a share price's: not another day's close (rvr3counts)
        return "price" not in rule.cues or not other_time(tokens, mention, rule.cues)
    earlier = any(cue.startswith(_EARLIER) for cue in rule.cues)  # "year-ago", "previous"
    named = owner_named(tokens, rule.names) if isinstance(rule, PerShare) else True
    if earlier or not named or other_time(tokens, mention, rule.cues):  # an earlier time's, another
        return False  # company's, a total's ("taking the payout to 27p"): read as before
    if stance_beside(tokens, mention) and not any(cue.startswith(_STANCES) for cue in rule.cues):
        return False  # "earned $3.05 a share, above the $2.90 consensus": 2.90 is no result,
        # nor "versus $1.95 in the same quarter of 2025" (review rv44b)
    return per_share(tokens, mention)


_STANCES = ("consensu", "forecast", "expect", "estimat", "predict", "project", "poll")


# A count's words that name an earlier time than the sentence's own ("in the year-ago quarter",
# "previous", "a year earlier"): its sum is never the one said now share by share.
_EARLIER = ("previou", "prior", "earlier", "yearago", "ago", "before", "last", "former")


def unit_fits(unit: str, rule: Supported) -> bool:
    """Whether a number in ``unit`` may be the value of ``rule``'s field: a field with a unit
    takes only numbers in it; a count takes a number in percent only when it is a share
    (above) or its words open with "percent", and then no other."""
    if rule.unit in (PER_SHARE, SHARE_OF_SUM):  # a sum is no percentage (figures/stock_shares)
        return unit != "percent"
    if rule.kind == "count" and rule.unit in SHARES:
        return unit in _SHARE_UNITS or rule.unit == SHARE_OR_COUNT  # "3.45 percentage points"
    if rule.unit and unit != rule.unit:
        return False
    if rule.kind == "count":
        return (unit == "percent") == (rule.cues[:1] == ("percent",))
    return True


__all__ = [
    "CHANGE_WORDS",
    "SHARE",
    "SHARES",
    "SHARE_OR_COUNT",
    "changed_by",
    "linked_share",
    "modifies",
    "percent_written",
    "percentage_points",
    "share_of_counted",
    "share_rule",
    "share_unit",
    "sized_from",
    "unit_fits",
    "unit_said",
]
