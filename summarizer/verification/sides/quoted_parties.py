"""A name inside another speaker's quoted words, as the one the speaker asks, presses or
speaks to, holds no stance of its own (an outside check, session 14: '"Putin and China must
press Haftar," Erdogan said' gave Russia and China Erdogan's backing of the Libyan truce).

For a stance's party when the stance is given (:func:`side_roles.other_role`, "taken": a
position with no stance only names its party, as "Washington has to lead," may name the
United States), a name is refused when it stands inside
quotation marks that a speech verb outside them in the same sentence attributes ("...,"
Erdogan said; Lula told reporters: "..."), and the quote makes it

- the subject of an obligation ("Washington has to rein in its ally", "Moscow should stop",
  "the Kremlin needs to lean on Minsk", "Tehran ought to be held to it"), over a list and
  the name's body words ("Tehran and its proxies ought to");
- the one asked or urged ("I urge Beijing to use its influence", "we call on Moscow", "it is
  up to India and Pakistan to keep the ceasefire");
- the object of a preposition ("pressure on Moscow", "a message to Washington").

A name the quote makes the subject of its own verb ("Israel has accepted the pause", "Hamas
accepts the proposal", "the French government supports this ceasefire") keeps its stance, as
the quote reports it; so does a quote with no speech verb outside it (a headline's quote).

The speaker keeps the stance (:func:`speaker_only_asks`): a speaker whose quote names others
only as the ones asked is not reporting their stance but giving its own.

Each is a stated role (the one spoken to or of), so the refusal is unsupported.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.quotemarks import quoted_region_holding
from ..page.tokens import Token, word_set
from ..people.party_names import named_at

_SPEECH = word_set(
    """said says told tells added adds urged urges warned warns wrote writes insisted insists
    declared declares stated states argued argues asked asks noted notes posted tweeted
    stressed stresses"""
)
_OBLIGED = word_set("must should ought need needs needed")
_HAVING = word_set("has have had")  # "has to rein in"
_ASKING = word_set(
    """urge urges urged call calls called ask asks asked press presses pressed tell tells
    told want wants expect expects appeal appeals implore implores invite invites warn warns
    demand demands"""
)
_PREPOSITIONS = word_set("on to from against for at upon toward towards")
# What may stand between a name and its obligation: a list, the name's own body words.
_CARRIED = word_set(
    """and or its their his her government army forces leadership administration
    authorities military cabinet proxies allies partners officials side regime"""
)
_LINKS = word_set("on upon to")
_PLACES = word_set("in at")  # "call on Moscow", "up to India"


def _attributed(tokens: Sequence[Token], region: tuple[int, int]) -> bool:
    """A speech verb of the sentence stands outside the quote: someone else's words."""
    return any(
        t.norm in _SPEECH and not region[0] <= t.start < region[1] and not t.capitalised
        for t in tokens
    )


def _obliged(tokens: Sequence[Token], last: int, end: int) -> bool:
    """ "Moscow should stop", "Washington has to", "Tehran and its proxies ought to"."""
    index = last + 1
    while index < len(tokens) and tokens[index].start < end:
        norm = tokens[index].norm
        if norm in _OBLIGED:
            return True
        if norm in _HAVING:
            return index + 1 < len(tokens) and tokens[index + 1].norm == "to"
        if not (norm in _CARRIED or tokens[index].capitalised):
            return False
        index += 1
    return False


def _asked(tokens: Sequence[Token], first: int, begin: int) -> bool:
    """ "urge Beijing", "call on Moscow", "up to India", "pressure on Moscow": the word
    before the name (over an article) asks it or governs it as a preposition."""
    index = first - 1
    if index >= 0 and tokens[index].norm == "the":
        index -= 1
    if index < 0 or tokens[index].start < begin:
        return False
    norm = tokens[index].norm
    if norm in _LINKS and index and tokens[index - 1].norm in _ASKING | {"up"}:
        return True
    return norm in _ASKING or norm in _PREPOSITIONS


def asked_in_quote(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first..last]`` is one another speaker's quote asks or
    speaks to (see the module)."""
    region = quoted_region_holding(text, tokens[first].start)
    if region is None or not _attributed(tokens, region):
        return False
    return _obliged(tokens, last, region[1]) or _asked(tokens, first, region[0])


def speaker_only_asks(tokens: Sequence[Token], text: str, own: str | None) -> bool:
    """Whether every party the sentence names besides ``own`` (the speaker's), a place where
    it spoke and a dateline's place stands inside a quote as one asked, or after one asked in
    that quote ('"Beijing ought to restrain Pyongyang," Kishida said'): the speaker's stance is
    its own, not a report of theirs."""
    asked: set[tuple[int, int]] = set()  # the quotes that ask someone
    for index, token in enumerate(tokens):
        hit = named_at(tokens, index) if token.capitalised else None
        if hit is None or hit[0] == own:
            continue
        region = quoted_region_holding(text, tokens[index].start)
        placed = index and tokens[index - 1].norm in _PLACES
        if region is None and (placed or (index == 0 and token.text.isupper())):
            continue  # "Lula told reporters in Brasilia", "LUSAKA, May 12 -": a place
        if asked_in_quote(tokens, index, index + hit[2] - 1, text) and region is not None:
            asked.add(region)
        elif region not in asked:
            return False  # named on its own, or before the one asked ("restrain Pyongyang")
    return bool(asked)


__all__ = ["asked_in_quote", "speaker_only_asks"]
