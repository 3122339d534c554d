"""Bounds on the told-status shapes of :mod:`told_statuses` (session 23's review of them): where
a shape's cue stands but the sentence says it is about something else, another time or another
truce. Each test runs only on a sentence where its shape already matched.

- ``counted_score``: two numbers joined as a range ("20 to 30 people", "4-5 tunnels", "6-7%")
  are a count, not a vote's score, when a word that is no side of a vote, no time and no
  clause word follows the second number (or a "%" does): "ruled 6-3 that", "backed it 54 to 41
  late on Thursday", "passed 51-49." stay scores.
- ``meeting_unheld``: a meeting noun whose own clause puts it later or calls it off ("for talks
  due to begin on Tuesday", "for the summit, which opens on Monday", "which was postponed",
  "that were called off", "that Israel later cancelled"): coming to it is no sign it was held.
- ``other_truce``: a short-lived truce marked as another than the one in effect ("a previous
  ceasefire", "an earlier one", "unlike a 2022 truce", "the last truce").
  ``short_result`` weighs it against a truce worded in effect.
- ``only_loose``: a word of restriction that is not the coverage verb's own ("holds, with
  violations reported only in Idlib": a comma or "with" between) or that limits the degree,
  not the place ("observed only partly").
- ``kept_bounded``: "in force" at another time: "had remained in force for a decade", "were to
  remain in force until 2026", "remained in place until March".
- ``ruling_stayed``: a measure kept in force beside a stay or pause of a ruling ("stayed its
  decision", "the lower court's order", "pending appeal"), not a court lifting one measure
  while another "stays in force".
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..context import Context, Result
from ..page.tokens import Token, word_set
from .statuses import clause_norms, cues_in

_SCORE_AFTER = word_set(
    """votes vote favour favor for ayes yeas against noes nays abstentions abstaining
    opposed that to on in at late early last this with after before and when while as but
    amid over following during despite margin majority decision ruling verdict tally split
    earlier yesterday today tonight overnight the monday tuesday wednesday thursday friday
    saturday sunday"""
)
_LATER = word_set(
    """due will shall expected scheduled planned opens begins starts postponed cancelled
    canceled delayed deferred scrapped aborted abandoned rescheduled"""
)
_OTHER = word_set("previous earlier former prior last past first old similar unlike")
_TRUCE_NOUNS = word_set("ceasefire truce armistice halt pause lull moratorium cessation")
_DEGREE = word_set("partly partially partial sporadically briefly patchily intermittently")
_LOOSE = word_set("with while and but reported reporting where")
_PAST_KEPT = word_set("remained stayed kept")
_SPANS = word_set("decade decades years months weeks")
_RULINGS = word_set(
    """stay stayed ruling rulings judgment judgement order decision verdict injunction
    annulment appeal appeals"""
)


def counted_score(tokens: Sequence[Token], second: int, text: str) -> bool:
    """The module's ``counted_score``: ``second`` is the range's second number."""
    token = tokens[second]
    if text[token.end : token.end + 1] == "%":
        return True
    if second + 1 >= len(tokens):
        return False
    following = tokens[second + 1]
    if text[token.end : following.start].strip():
        return False  # a comma or a full stop: the score ends its phrase
    return following.norm not in _SCORE_AFTER and not following.is_number


def meeting_unheld(norms: Sequence[str], meeting: int) -> bool:
    """The module's ``meeting_unheld``: ``meeting`` indexes the meeting noun in ``norms``."""
    rest = norms[meeting + 1 :]
    if ";" in rest:
        rest = rest[: rest.index(";")]
    if not _LATER.isdisjoint(rest):
        return True
    return any(a == "called" and b == "off" for a, b in pairwise(rest))


def other_truce(norms: Sequence[str], verb: int) -> bool:
    """The module's ``other_truce``: ``verb`` indexes the verb of lasting."""
    back = verb - 1
    while back >= 0 and norms[back] not in (",", ";"):
        back -= 1
    before = norms[back + 1 : verb]
    if not _OTHER.isdisjoint(before):
        return True
    return any(len(n) == 4 and n.isdigit() and n[:2] in ("19", "20") for n in before)


def short_result(raw: str, shown: list[tuple[int, int]], ctx: Context) -> Result | None:
    """A short-lived truce (``shown``: sentence and verb of lasting) against the evidence's
    wording of a truce in effect outside that verb ("took effect on Sunday and is holding"):
    ``in_effect`` is refused only with no such wording; ``collapsed`` stands aside when every
    short-lived truce is another (``other_truce``) and a truce in effect is worded."""
    verbs = dict(shown)

    def masked(i: int) -> list[str]:  # the verb, and a truce's noun ("a similar halt")
        norms = clause_norms(ctx, i)
        if i not in verbs:
            return norms
        return [n if k != verbs[i] and n not in _TRUCE_NOUNS else "_" for k, n in enumerate(norms)]

    in_effect = any(cues_in("CeasefireStatus", "in_effect", masked(i)) for i in ctx.sentences)
    if raw == "in_effect":
        if in_effect:
            return None
        return False, "its evidence says the truce held only briefly: collapsed"
    if in_effect and all(other_truce(clause_norms(ctx, i), verb) for i, verb in shown):
        return None  # "a previous ceasefire lasted only a week; the new truce took effect"
    return True, ""


def only_loose(words: Sequence[str], tokens: Sequence[Token], only: int, verb: int) -> bool:
    """The module's ``only_loose``: ``verb`` indexes the coverage verb before ``only``."""
    if words[only + 1 : only + 2] and words[only + 1] in _DEGREE:
        return True
    if not _LOOSE.isdisjoint(words[verb + 1 : only]):
        return True
    return any(tokens[k].start > tokens[k - 1].end + 1 for k in range(verb + 1, only + 1))


def kept_bounded(norms: Sequence[str], index: int) -> bool:
    """The module's ``kept_bounded``: ``index`` indexes the verb of keeping."""
    before = norms[max(index - 3, 0) : index]
    if "had" in before or any(a in ("was", "were") and b == "to" for a, b in pairwise(before)):
        return True
    if norms[index] not in _PAST_KEPT:
        return False
    rest = norms[index + 1 : index + 9]
    if "," in rest:
        rest = rest[: rest.index(",")]
    if "until" in rest:
        return True
    return any(
        a == "for" and not _SPANS.isdisjoint(rest[k + 1 : k + 4]) for k, a in enumerate(rest)
    )


def ruling_stayed(norms: Sequence[str], kept: int) -> bool:
    """The module's ``ruling_stayed``: ``kept`` indexes the verb of keeping, not counted."""
    if any(n in _RULINGS for k, n in enumerate(norms) if k != kept):
        return True
    return any(a == "pending" for a in norms)


__all__ = [
    "counted_score",
    "kept_bounded",
    "meeting_unheld",
    "only_loose",
    "other_truce",
    "ruling_stayed",
    "short_result",
]
