"""A truce's length whose noun is left out because the sentence before names the truce (an
outside check, session 20: "The first 72-hour truce ... broke down within hours. Then Egypt
got both sides to accept another 72 hours from August 11."), for
:func:`summarizer.verification.counts.number_rules.support_number`.

The phrase is an elliptic noun phrase: "another", "a further", "a fresh", "a new", "a second"
(third, fourth), "an additional", "one more", then the number and a time unit, and no noun
after the unit (the end of a clause, or a preposition other than "of": "from August 11",
"starting on June 2", "for the evacuation"). Its head is the truce: the opening word is read
as a cue of the field when the sentence right before names a truce (the caller's test), and
the sentence itself extends nothing (an extension's "a further five days" is the extension's
length, which the extension rules read). "another 72 hours of talks" is the talks', and
"another 12 hours" after a sentence without a truce is no truce's.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import NUMBER_WORDS
from ..page.tokens import Token, word_set

_ANOTHER = word_set("another")
_AFTER_A = word_set("further fresh new second third fourth additional extra")
_ARTICLES = word_set("a an")
_UNITS = word_set("hour hours day days week weeks month months")
_FOLLOWING = word_set(
    """from starting beginning until till on to through for as after before at while when
    and but in with"""
)
_EXTENDING = ("extend", "prolong", "renew", "lengthen", "stretch")
#: Words one of which a sentence must hold for :func:`elided_heads` to find anything.
ELIDING = _ANOTHER | _AFTER_A | word_set("more")


def elided_heads(tokens: Sequence[Token], text: str) -> list[int]:
    """Positions of the opening words of elliptic length phrases ("another 72 hours") in a
    sentence that extends nothing."""
    if any(token.norm.startswith(_EXTENDING) for token in tokens):
        return []
    heads: list[int] = []
    for index, token in enumerate(tokens[:-2]):
        norm, previous = token.norm, tokens[index - 1].norm if index else ""
        opens = norm in _ANOTHER or (norm in _AFTER_A and previous in _ARTICLES)
        if not opens and not (norm == "more" and previous == "one"):
            continue
        at = index + 1
        while at < len(tokens) and (tokens[at].is_number or tokens[at].norm in NUMBER_WORDS):
            at += 1
        if at == index + 1 or at >= len(tokens) or tokens[at].norm not in _UNITS:
            continue
        if _ends(tokens, at, text):
            heads.append(index)
    return heads


def _ends(tokens: Sequence[Token], unit: int, text: str) -> bool:
    """Whether no noun follows the unit: the sentence or a clause ends, or a preposition
    other than "of" opens."""
    if unit + 1 >= len(tokens):
        return True
    if any(mark in text[tokens[unit].end : tokens[unit + 1].start] for mark in ",;:.()"):
        return True
    return tokens[unit + 1].norm in _FOLLOWING


__all__ = ["ELIDING", "elided_heads"]
