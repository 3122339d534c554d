"""A word of a party's proper name is no stance wording, for
:mod:`summarizer.verification.status.stance_owners` (an outside check, session 15).

"The Movement for Rejection of Foreign Rule said it was studying the truce" words no
rejection, and "the Syrian Opposition Coalition" no opposition, "the Rapid Support Forces"
no support, "the Government of National Accord" no accord: the word is part of a name. A
stance cue is inside a name when it is capitalised and stands in a run of capitalised words
(joined by "of", "for", "the", "and", "al" or a possessive: "Lord's Resistance Army") that is
a group's name: the run holds a word of a group ("Army", "Front", "Movement", "Coalition",
"Forces", "Party", "Council"), or it holds the stance's party as written.

Left out: a single capitalised word ("Opposition leaders said", "Rejection of the plan was
swift" at a sentence's start), which is a word; a headline or title written in capitals
throughout (most of its words capitalised), where every word is.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, tokenize, word_set

_GROUP_WORDS = word_set(
    """army armies front movement movements forces force coalition council councils party
    parties committee committees alliance brigade brigades union organisation organization
    league group congress command militia militias battalion battalions corps assembly
    government bloc federation association network rally initiative platform"""
)
_LINKS = word_set("of for the and al el")


def _linked(tokens: Sequence[Token], index: int, step: int) -> int:
    """From ``index``, the farthest index in direction ``step`` the name's run reaches."""
    edge = index
    position = index + step
    while 0 <= position < len(tokens):
        token = tokens[position]
        if token.capitalised:
            edge = position
        elif token.norm not in _LINKS:
            break
        position += step
    return edge


def in_name(tokens: Sequence[Token], cue: int, party: str | None) -> bool:
    """Whether the cue word at ``tokens[cue]`` is part of a group's proper name (see the
    module)."""
    if not 0 <= cue < len(tokens) or not tokens[cue].capitalised:
        return False
    capitals = sum(1 for token in tokens if token.capitalised)
    if len(tokens) > 3 and capitals * 3 > len(tokens) * 2:
        return False  # a headline in title case: every word is capitalised
    left, right = _linked(tokens, cue, -1), _linked(tokens, cue, 1)
    if left == right:
        return False
    words = {token.norm for token in tokens[left : right + 1]} - {tokens[cue].norm}
    if not _GROUP_WORDS.isdisjoint(words):
        return True
    own = {token.norm for token in tokenize(party or "") if token.capitalised}
    return bool(own) and tokens[cue].norm in own and own <= words | {tokens[cue].norm}


__all__ = ["in_name"]
