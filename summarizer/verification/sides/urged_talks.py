"""A group others are urged to talk with, for :mod:`summarizer.verification.sides.party_roles`
(a summit not merely proposed): the object of "talks with", "negotiate with", "negotiations
between" after a verb of urging or a pledge ("pushed for direct talks with the M23 rebels",
"urged Kinshasa to negotiate with M23", "called on Congo to engage with the rebels",
"committed to engaging in talks with all parties, including M23") is not one of those
meeting. For a proposed summit the talks urged may be the proposal itself, so its parties
are read as before. (Moved out of :mod:`party_frames` unchanged, which had reached its size.)
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

_TALKS = word_set(
    """talks talk dialogue negotiations negotiate negotiating engage engaging engagement
    contacts discussions consultations"""
)
_URGING = word_set(
    """urged urges urge urging pushed push pushes pushing called call calls calling pressed
    press presses pressing encouraged encourage encourages encouraging appealed appeal
    appeals demanded demand demands asked asks pressure pressured advocated recommended
    insisted committed commit commits pledged pledge pledges vowed ready willing open want
    wants wanted"""
)
# Words in the list of those urged to be talked with: "with all parties involved, including
# the M23 rebels", "between the Congolese government and the Rwanda-backed M23".
_QUOTES = " \"'\u201c\u201d\u2018\u2019"
_OBJECT_WORDS = word_set(
    """the and all parties sides involved including notably both government its rebels
    groups armed such as"""
)
# Words a verb of urging may stand before "talks with" across: who is urged, what talks.
_URGED_CHAIN = word_set(
    """for on to the a an both sides its their his her all parties government leaders
    authorities direct immediate inclusive political peace unconditional renewed
    fresh new serious genuine meaningful open start hold resume enter into begin launch
    pursue and in are is be bloc council union governments regime junta seek seeking
    resumption return restart renew renewal of neighbours neighbors partners allies"""
)


def urged_to_talk(tokens: Sequence[Token], first: int, text: str) -> bool:
    """The object of "talks with" / "negotiations between" after a verb of urging or a
    pledge ("pushed for direct talks with the M23 rebels", "urged Kinshasa to negotiate with
    M23", "are committed to engaging in direct talks with all parties, including M23")."""
    index = first - 1
    while index >= 0 and first - index <= 8:
        token = tokens[index]
        if token.norm in ("with", "between"):
            break
        gap = text[token.end : tokens[index + 1].start].strip(_QUOTES)
        if gap not in ("", ",", "-") or not (
            token.capitalised or token.joined or token.norm in _OBJECT_WORDS
        ):
            return False  # "with all parties involved, including the M23 rebels"
        index -= 1
    if index < 1 or tokens[index].norm not in ("with", "between"):
        return False
    if tokens[index - 1].norm not in _TALKS:
        return False
    index -= 2
    for _ in range(10):
        if index < 0:
            return False
        token = tokens[index]
        gap = text[token.end : tokens[index + 1].start].strip()
        if gap not in ("", ","):
            return False
        if token.norm in _URGING:
            return True
        if not (token.capitalised or token.norm in _URGED_CHAIN or token.norm in _TALKS):
            return False
        index -= 1
    return False


__all__ = ["urged_to_talk"]
