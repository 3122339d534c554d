"""A truce said again keeps its kind, and a truce's first span is not its extension's length
(outside check 43), for :mod:`summarizer.verification.status.status_support` and
:func:`summarizer.verification.counts.number_rules.support_number`:

- a truce the evidence names only as one already known ("the truce had been extended by 15
  days", "the extended truce", "this ceasefire", "its pause") keeps the narrower kind the
  article gives a truce elsewhere ("a humanitarian truce" two paragraphs up): the kind is
  supported when every truce noun the article qualifies is qualified by that kind. A truce
  the evidence names anew ("a new ceasefire", "another truce", "a second pause") is another
  one, and an article that qualifies truces by two kinds ("a humanitarian pause ... a local
  truce") does not say which one is meant: both keep their refusal;
- a length marked as a first span ("the first two weeks", "the initial 14 days", "its
  original 72 hours") in a sentence that extends the truce is the span before the
  extension: as the length of the truce the sentence tells of (the extended one) it is one
  reading of two, unconfirmed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..events.truce_kinds import TRUCE_NOUNS, qualified_kind
from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set

_KNOWN = word_set("the this that its their said extended prolonged renewed existing current")
_ANEW = word_set("a an new another second third fresh separate further different")
_SKIP = word_set(
    """hour hours day days week weeks month months long two three four five seven ten
    temporary brief short fragile shaky"""
)
_FIRST = word_set("first initial original opening")
_EXTENDING = ("extend", "prolong", "renew")


def known_truce(norms: Sequence[str]) -> bool | None:
    """Whether one sentence's truce nouns are all named as already known (True), one of them
    anew (False), or none is there (None)."""
    seen = False
    for index, norm in enumerate(norms):
        if not norm.startswith(TRUCE_NOUNS):
            continue
        at = index - 1
        while at >= 0 and (norms[at] in _SKIP or norms[at].isdigit()):
            at -= 1
        if at < 0 or norms[at] in _ANEW or norms[at] not in _KNOWN:
            return False
        seen = True
    return seen or None


def carried_kind(
    raw: str, kinds: Sequence[str], evidence: Sequence[Sequence[str]],
    sentences: Sequence[Sequence[str]], cued: Callable[[str, Sequence[str]], bool],
) -> bool:  # fmt: skip
    """Whether a truce the ``evidence`` (each sentence's clause norms) names only as known
    takes the kind ``raw`` from the article's ``sentences``: every truce the article
    qualifies is qualified by ``raw``, at least once, and the evidence qualifies none."""
    reads = [known_truce(norms) for norms in evidence]
    if False in reads or True not in reads:
        return False
    if any(qualified_kind(norms, kinds, cued) for norms in evidence):
        return False
    found = {qualified_kind(part, kinds, cued) for norms in sentences for part in _clauses(norms)}
    return found - {None} == {raw}


def _clauses(norms: Sequence[str]) -> list[Sequence[str]]:
    """A sentence's clauses that name a truce ("a humanitarian pause began; a local truce
    followed" is two), each read for its own kind."""
    if not any(norm.startswith(TRUCE_NOUNS) for norm in norms):
        return []
    parts: list[Sequence[str]] = []
    start = 0
    for index, norm in enumerate([*norms, ","]):
        if norm == ",":
            part = norms[start:index]
            if any(word.startswith(TRUCE_NOUNS) for word in part):
                parts.append(part)
            start = index + 1
    return parts


def first_span(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether a length is marked as a first span ("the first two weeks") in a sentence that
    extends the truce."""
    if not mention.first or tokens[mention.first - 1].norm not in _FIRST:
        return False
    return any(token.norm.startswith(_EXTENDING) for token in tokens)


__all__ = ["carried_kind", "first_span", "known_truce"]
