"""A number of the same kind told for two occasions, read by the fact's own day, for a truce's
length and a measure's rate (:func:`summarizer.verification.counts.number_rules.support_number`).

An outside check (session 21) found evidence that tells two truces' lengths or two duties'
rates: "The first truce, agreed in April, lasted 10 days. The new truce, which starts on
Monday, is to last 30 days" gave the Monday truce 10 days, and "The new duty of 25 percent
replaces the 10 percent duty imposed in 2019" refused 10 for the 2019 duty as "the value in
place before". The fact names its occasion by its own day: a truce's ``starts``, a measure's
``introduced``. Where the evidence writes that day, the number of the field's unit (days, or
percent) in the day's clause is the fact's own:

- the *anchor* is the fact's day as written ("on Monday", "in 2019", "at dawn on Sunday"), with
  or without its opening preposition; its *clause* runs between semicolons, colons, dashes,
  brackets and the words that open another occasion's clause ("but", "while", "whereas",
  "after", "than", "replaces", "replacing", "follows", "following", "unlike"); not at a comma
  or "and" or "from" ("took effect on Monday, up from a 10 percent tariff": 25 is Monday's);
- the anchor's *own number* is the nearest number of the unit before it in its clause, else
  the nearest after it ("the 10 percent duty imposed in 2019"; "The ceasefire that begins on
  Friday is meant to hold for 21 days"); a truce's lengths include those in weeks or hours;
- a number that is an anchor's own, or stands in a clause with an anchor, is the fact's own:
  it is not refused as the value in place before the measure, another occasion's or the
  value before a change, and it needs no cue word next to it ("Starting at dawn on Sunday,
  the new one will last 45 days");
- a number of another clause, with no anchor, while every anchor has its own number and none
  is this one's value, is another occasion's: *unsupported* ("A two-week pause begins at
  midnight. It follows a five-day pause in June": five days is not the midnight pause's); so
  is a number of the anchor's clause that the clause changes to or from ("The 40% duty,
  imposed in 2021, is to be cut to 22%": 22 is not the 2021 duty's; "took effect on Monday,
  up from a 10 per cent tariff"). Another number of the anchor's clause with no such word
  keeps the other rules' verdict ("duties of 10 percent on steel and 25 percent on parts,
  imposed on Monday" are both Monday's).

No anchor written, or an anchor whose clause holds no number of the unit, keeps the other
rules' verdict.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..context import Context
from ..figures.numbers import NumberMention
from ..occasions.sentence_words import sentence_norms
from ..page.tokens import Token, tokenize, widened, word_set, year_of_our_time
from .durations import day_lengths

OWN = "own"
"""What :func:`occasion_of` says of a number in its anchor's clause."""

_CUTS = word_set(
    """but while whereas after than replaces replacing replaced replace follows following
    followed unlike"""
)
_MARKS = (";", ":", "\u2014", "\u2013", "(", ")")
_MADE_CHANGES = word_set(
    """rose rises raised raises increased increases lifted hiked hikes doubled tripled extended
    extends lengthened lengthens prolonged prolongs cut cuts lowered lowers reduced reduces
    dropped fell halved trimmed shortened shortens"""
)
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_FIRST_SAID = word_set("initially originally first")
_TO_COME = word_set("will be to would could may might should shall not")
_PREPOSITIONS = word_set("on in at from since by as of")
_FIELDS = {"day": "starts", "percent": "introduced"}
_ARTICLES = word_set("a an the some about")


class Anchor(NamedTuple):
    sentence: int  # the evidence sentence's index
    first: int  # the anchor's first token
    last: int  # its last
    clause: range
    own: NumberMention | None  # the number of the unit that is the anchor's own


def _clause(tokens: Sequence[Token], first: int, last: int, text: str) -> range:
    def cut(index: int) -> bool:
        gap = text[tokens[index - 1].end : tokens[index].start]
        return (gap != " " and any(mark in gap for mark in _MARKS)) or tokens[index].norm in _CUTS

    return widened(first, last, len(tokens), cut)


def _found(tokens: Sequence[Token], words: Sequence[str]) -> list[int]:
    size = len(words)
    norms = [t.norm for t in tokens]
    return [i for i in range(len(norms) - size + 1) if norms[i : i + size] == list(words)]


def _of_unit(
    tokens: Sequence[Token], mentions: Sequence[NumberMention], unit: str
) -> list[NumberMention]:
    if unit == "percent":
        return [m for m in mentions if m.unit == "percent"]
    exact, _ = day_lengths(tokens, mentions, 0.0)  # "two weeks", "72-hour" as days
    days = [m for m in mentions if "day" in (m.unit, m.compound) or m.unit == "days"]
    return [*days, *exact]


def own_days(
    ctx: Context, unit: str, numbers_of: Callable[[int], list[NumberMention]]
) -> list[Anchor]:
    """The places the evidence writes the fact's own day, each with its clause's own number
    (see the module); none when the field has no day to read or the evidence does not write
    it."""
    field = _FIELDS.get(unit)
    day = str(getattr(ctx.fact, field, "") or "") if field else ""
    words = [t.norm for t in tokenize(day)]
    if len(words) > 1 and words[0] in _PREPOSITIONS:
        words = words[1:]  # "on Monday" also as "Monday"
    if not words:
        return []
    anchors: list[Anchor] = []
    for index in ctx.sentences:
        if words[0] not in sentence_norms(ctx.article, index):
            continue  # the day's first word is not in the sentence
        tokens = ctx.article.sentence_tokens(index)
        for first in _found(tokens, words):
            last = first + len(words) - 1
            clause = _clause(tokens, first, last, ctx.article.text)
            numbers = [
                m for m in _of_unit(tokens, numbers_of(index), unit)
                if m.first in clause and not first <= m.first <= last
            ]  # fmt: skip
            before = [m for m in numbers if m.last < first]
            after = [m for m in numbers if m.first > last]
            own = _changed_to(tokens, clause, numbers, range(first, last + 1)) or (
                before[-1] if before else (after[0] if after else None)
            )
            anchors.append(Anchor(index, first, last, clause, own))
    return anchors


def occasion_of(
    anchors: Sequence[Anchor], index: int, mention: NumberMention, tokens: Sequence[Token],
    text: str,
) -> str:  # fmt: skip
    """:data:`OWN` when ``mention`` is the fact's own number, why it is another occasion's
    when it is, else "" (see the module)."""
    for anchor in anchors:
        if anchor.sentence != index:
            continue
        own = anchor.own
        if own is not None and own.first <= mention.first <= own.last:
            return OWN
    owns = [a.own for a in anchors if a.own is not None]
    if not owns or len(owns) < len(anchors) or any(o.value == mention.value for o in owns):
        return ""
    reason = f"{mention.value:g} is another occasion's; the one of its own day is {owns[0].value:g}"
    clause = _clause(tokens, mention.first, mention.last, text)
    here = [a for a in anchors if a.sentence == index and a.first in clause]
    if here:
        if _changed(tokens, mention):
            return reason  # "cut to 22%", "up from 10%"
        own = here[0].own
        made = own is not None and own.first > mention.first and _word_before(tokens, own) == "to"
        first_said = not _FIRST_SAID.isdisjoint(
            t.norm for t in tokens[max(mention.first - 3, 0) : mention.first]
        )
        # "The 5 percent duty was doubled on Monday to 10 percent"; not "initially for 7 days"
        return reason if made and not first_said else ""
    return reason


def _changed_to(
    tokens: Sequence[Token], clause: range, numbers: Sequence[NumberMention], anchor: range
) -> NumberMention | None:
    """The number a change the clause tells as made leads to ("On Monday the duty rose from 10
    percent to 25 percent", "the truce that began on Friday was extended to 21 days"): the
    occasion's value is the new one; a change still to come ("is to be cut to 22%") is not,
    nor one dated apart ("which rose to 10 percent in 2019, was set at 25 percent on Monday")."""
    for mention in numbers:
        if _word_before(tokens, mention) != "to":
            continue
        dated = range(mention.last + 1, min(mention.last + 4, len(tokens)))
        if any(at not in anchor and _dating(tokens[at]) for at in dated):
            continue
        verbs = [
            at for at in range(clause.start, mention.first)
            if tokens[at].norm in _MADE_CHANGES
            and (at == 0 or tokens[at - 1].norm not in _TO_COME)
        ]  # fmt: skip
        if verbs:
            return mention
    return None


def _dating(token: Token) -> bool:
    """A year, a month or a weekday: a word that dates a clause."""
    return year_of_our_time(token) or token.norm in _DATE_WORDS


def _word_before(tokens: Sequence[Token], mention: NumberMention) -> str:
    """The word before ``mention``, past articles ("to a 15 percent levy": "to")."""
    before = mention.first - 1
    while before >= 0 and tokens[before].norm in _ARTICLES:
        before -= 1
    return tokens[before].norm if before >= 0 else ""


def _changed(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """A number the clause changes from or to ("is to be cut to 22%", "will give way to a 15
    percent levy", "up from a 10 per cent tariff")."""
    return _word_before(tokens, mention) in {"to", "from"}


__all__ = ["OWN", "Anchor", "occasion_of", "own_days"]
