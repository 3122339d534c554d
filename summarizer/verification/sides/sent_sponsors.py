"""A measure's sponsor told as the agent of its bringing forward (an outside check, session 23:
check 48's cause 4 of the false rejects: "submitted to parliament by Minister X", "co-sponsored
by 11 others, including Senator X").

The name is the agent after "by" ("by President Gustavo Petro", "by the Senator Ron Wyden";
titles and a "the" between) or a member of a list the agent opens ("by 11 others, including
Senator X", "by a group of senators, among them X", "by Y and X"), and "by" follows a past
participle of bringing a measure forward: sent, submitted, presented, tabled, filed, forwarded,
introduced, proposed, drafted, authored, written, initiated, moved, sponsored, co-sponsored,
cosponsored, put forward, brought (forward), with only where it went ("to the Congress", "to
parliament"), "forward" or an adverb ("jointly", "formally") between. A measure's noun must
come before the participle with no noun of writing nearer ("an op-ed written by X attacked the
bill" is no bill of X's), and no ";", ":", dash or bracket stands between "by" and the name.
Not "signed by", "approved by", "passed by", "vetoed by" (other acts), nor a list after another
"by".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .role_wordings import owns_measure

_BRINGING = word_set(
    """sent submitted presented tabled filed forwarded introduced proposed drafted authored
    written initiated moved sponsored cosponsored penned unveiled lodged"""
)
_FORWARD = word_set("put brought")
_BETWEEN_NAME = word_set(
    """the president senator senators sen rep representative deputy deputies minister
    prime mp mps congressman congresswoman congressmember lawmaker lawmakers chancellor
    premier governor leader mr mrs ms dr"""
)
# What may stand between the participle and "by": where it was sent, "forward", an adverb.
_ON_THE_WAY = word_set(
    """to the congress parliament cabinet house senate assembly floor chamber legislature
    forward jointly formally first originally also"""
)
_MEASURES = word_set(
    """bill bills measure measures reform reforms proposal proposals amendment amendments
    draft drafts initiative initiatives tariff tariffs law laws plan plans legislation
    resolution motion package act text duty duties levy levies surcharge sanctions order
    decree quota quotas tax taxes"""
)
_WRITINGS = word_set(
    """oped ed report reports letter letters article column book statement memo essay
    study paper analysis editorial speech post tweet"""
)
# Where a passed measure goes for signing or review, not for a vote: "sent to the White
# House / the President / the King / the Constitutional Court by X" is no bringing forward.
_AFTER_PASSAGE = word_set(
    """white president president's king queen monarch governor court courts tribunal judges
    palace desk kremlin elysee signature assent review"""
)
_BREAKS = frozenset(";:()[]\u2014\u2013")
_LIST_OPENERS = word_set("including among them others colleagues and others")
_COUNTS = word_set("others colleagues members lawmakers senators deputies mps a group of")


def _by_before(tokens: Sequence[Token], first: int) -> int | None:
    """The index of the "by" whose agent the name at ``first`` is, or None: titles and other
    capitalised words of the name between, or "the" and at most two words before a title
    ("by the trade minister, Ana Costa")."""
    back, titled, loose = first - 1, False, 0
    while back >= 0 and back >= first - 6 and tokens[back].norm != "by":
        token = tokens[back]
        if token.norm in _BETWEEN_NAME and not loose:
            titled = titled or token.norm != "the"
        elif token.norm == "the" or (titled and not token.capitalised and loose < 2):
            loose += token.norm != "the"
        elif not (token.capitalised and not loose):
            break  # a word no title follows, or a name before the title's modifiers
        back -= 1
    if back >= 0 and tokens[back].norm == "by":
        return back
    back = first - 1
    while back >= 0 and (tokens[back].norm in _BETWEEN_NAME or tokens[back].capitalised):
        back -= 1
    # a list the agent opens: "by 11 others, including Senator X"
    steps = 0
    while back >= 0 and steps < 10 and tokens[back].norm != "by":
        norm = tokens[back].norm
        if not (norm in _LIST_OPENERS or norm in _COUNTS or tokens[back].is_number):
            return None
        back -= 1
        steps += 1
    return back if back >= 0 and tokens[back].norm == "by" else None


def _measure_before(tokens: Sequence[Token], verb: int) -> bool:
    """A measure's noun before the participle, with no noun of writing nearer ("An op-ed
    written by X attacked the bill" is no bill written by X)."""
    for index in range(verb - 1, -1, -1):
        norm = tokens[index].norm
        if norm in _WRITINGS:
            return False
        if norm in _MEASURES:
            return True
    return False


def _broken(tokens: Sequence[Token], start: int, end: int, text: str) -> bool:
    """A ";", ":", a dash or a bracket between the tokens ``start`` and ``end``."""
    return any(
        not _BREAKS.isdisjoint(text[tokens[k].end : tokens[k + 1].start]) for k in range(start, end)
    )


def sent_by(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the name at ``first`` is the agent of a measure's bringing forward."""
    by = _by_before(tokens, first)
    if by is None or _broken(tokens, by, first, text):
        return False
    for index in range(by - 1, max(by - 7, -1), -1):
        norm = tokens[index].norm
        forward = norm in _FORWARD and tokens[index + 1].norm == "forward"
        if norm in _BRINGING or forward:
            way = {t.norm for t in tokens[index + 1 : by]}
            return _AFTER_PASSAGE.isdisjoint(way) and _measure_before(tokens, index)
        if not (norm in _ON_THE_WAY or tokens[index].capitalised):
            return False  # another verb: "put forward on Monday was rejected by X"
    return False


def sent_or_owned(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """:func:`sent_by`, or :func:`role_wordings.owns_measure` ("Trump's tariffs")."""
    return owns_measure(tokens, last, text) or sent_by(tokens, first, text)


__all__ = ["sent_by", "sent_or_owned"]
