"""A meeting's place joined to its meeting across an apposition, a venue's name or a companion (an
outside check, 41), for :func:`summarizer.verification.rules.support_place`:

- *the host city with an apposition*: "Oslo, the Norwegian capital, will host the meeting";
  "Doha, the Qatari capital and a frequent venue, hosted talks between A and B": a verbless
  aside after the place (no verb, no "who" / "which") only says what the city is; the host verb
  after it still has the place as its subject, and the meeting word it hosts is the place's
  meeting word;
- *the parties together there*: "A dined with B at her residence, the Sandor Palace"; "A was
  already in Moscow with B"; "A received B at his summer retreat, Fort de Bregancon": the place,
  after its preposition or as the name of a venue after a comma ("at his residence, N"), stands
  in one clause (:func:`occasion_places.clauses`) with two of the fact's parties, one named as
  the one met ("with B", "received B"), and no other clause of the sentence names a place: it is
  where they were together, whatever verb tells it (a meal, a reception, being there). One party
  and another person ("was in Minsk with his cabinet", "in Paris with Macron" for a meeting with
  Tusk) is not the meeting.

The place so found still goes through the earlier-meeting reading of the caller ("had last met
at"), which may refuse it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..occasions.occasion_places import clauses, place_elsewhere
from ..page.tokens import Token, word_set
from ..people.names import find_named

_ASIDE_LONGEST = 12
_NOT_ASIDE = word_set(
    """who whom which that whose where when while said says is was were are has have had
    will would"""
)
_HOST_LEAD = word_set("will would is was are to be due set expected also again")
_HOST = word_set("host hosts hosted hosting welcome welcomes welcomed")
_AT = word_set("in at near outside inside")
_DETERMINERS = word_set("the a an his her their its")
_VENUE = word_set(
    """residence retreat estate palace house villa hotel mansion lodge castle compound
    office dacha ranch farm home headquarters centre center"""
)
_STOPS = word_set("than as because whereas during on by")
_PLAN = word_set(
    """will would shall planned plans scheduled expected due upcoming proposed slated next
    future"""
)
_COMPANION = word_set("with received hosted welcomed greeted joined accompanied alongside")
_VENUE_LEAD = 4  # "at his official summer residence, N"


def as_held(status: object, sentences: Iterable[Sequence[Token]]) -> bool:
    """Whether a past meeting verb is the fact's own meeting: the fact is held, or has no
    status and its evidence tells of no plan ("Adams and Bruno met at the Mulia hotel in Nusa
    Dua on Monday"; not "criticised the planned summit", "will meet after Trump's trip")."""
    if status == "held":
        return True
    return status is None and not any(
        not _PLAN.isdisjoint(t.norm for t in tokens) for tokens in sentences
    )


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    return text[tokens[index - 1].end : tokens[index].start]


def host_across(
    tokens: Sequence[Token],
    start: int,
    size: int,
    text: str,
    is_meeting: Callable[[Sequence[Token], int], bool],
) -> int | None:
    """The meeting word a host verb after the place's verbless apposition takes ("Oslo, the
    Norwegian capital, will host the meeting"), or None."""
    after = start + size
    if after >= len(tokens) or "," not in _gap(tokens, after, text):
        return None
    index = after
    while index < min(after + _ASIDE_LONGEST, len(tokens)):
        if tokens[index].norm in _NOT_ASIDE:
            return None
        index += 1
        if index < len(tokens) and "," in _gap(tokens, index, text):
            break
    else:
        return None
    lead = index
    while lead < len(tokens) and lead - index < 4 and tokens[lead].norm in _HOST_LEAD:
        lead += 1
    if lead >= len(tokens) or tokens[lead].norm not in _HOST:
        return None
    for word in range(lead + 1, min(lead + 5, len(tokens))):
        if is_meeting(tokens, word):
            return word
    return None


def together_at(
    tokens: Sequence[Token], start: int, size: int, text: str, parties: Sequence[str]
) -> int | None:
    """The preposition of the place at ``tokens[start]`` (or of the venue it names after a
    comma) when its clause names two of the fact's parties and the one met stands next to it
    ("with B at her residence", "in Moscow with B"), else None."""
    at = _anchor(tokens, start, text)
    if at is None or len(parties) < 2:
        return None
    after = start + size
    if after < len(tokens) and tokens[after].capitalised and _gap(tokens, after, text) == " ":
        return None  # "at the Mandela Centre": the place begins a longer name
    own = next((span for span in clauses(tokens, text) if span[0] <= start < span[1]), None)
    if own is None or place_elsewhere(tokens, own, text):
        return None  # "were in Osaka in 2019; met again in Helsinki": two occasions
    words = tokens[own[0] : own[1]]
    named = [[(own[0] + a, own[0] + b) for a, b in find_named(p, words, text)] for p in parties]
    if sum(1 for spans in named if spans) < 2:
        return None
    for first, last in (span for spans in named for span in spans):
        cue = _companion(tokens, first)
        if cue is None:
            continue
        if last < at and _close(tokens, last + 1, at, text):
            return at  # "dined with President Novak at her residence"
        if cue >= after and _close(tokens, after, cue, text):
            return at  # "was already in Moscow with Vladimir Putin"
    return None


def _close(tokens: Sequence[Token], first: int, end: int, text: str) -> bool:
    """At most four words from ``first`` to ``end``, no comma and no clause word between
    ("..., officials in Baku said", "while his aides stayed in Baku")."""
    if end - first > 4:
        return False
    return all(
        tokens[index].norm not in _NOT_ASIDE | _STOPS and "," not in _gap(tokens, index, text)
        for index in range(max(first, 1), min(end + 1, len(tokens)))
    )


def _companion(tokens: Sequence[Token], at: int) -> int | None:
    """The cue of a party named as the one met: "with" or a verb of receiving right before it
    ("with President Novak", "received Tinubu"), over a title or two."""
    index = at - 1
    while index >= 0 and at - index <= 3 and tokens[index].capitalised:
        index -= 1
    return index if index >= 0 and tokens[index].norm in _COMPANION else None


def _anchor(tokens: Sequence[Token], start: int, text: str) -> int | None:
    """The place's preposition ("in Moscow", "at the Sandor Palace") or, for a venue's name
    after a comma, the venue noun's ("at his residence, Mantyniemi")."""
    index = start - 1
    if index >= 1 and tokens[index].norm in _DETERMINERS and "," not in _gap(tokens, start, text):
        index -= 1
    if index >= 0 and tokens[index].norm in _AT and not tokens[index].capitalised:
        return index
    if index < 1 or "," not in _gap(tokens, index + 1, text):
        return None
    if tokens[index].norm not in _VENUE:
        return None
    for back in range(index - 1, max(index - _VENUE_LEAD - 1, -1), -1):
        if "," in _gap(tokens, back + 1, text):
            return None
        if tokens[back].norm in _AT and not tokens[back].capitalised:
            return back
    return None


__all__ = ["as_held", "host_across", "together_at"]
