"""The kind of piece a free-text field opens with (an outside check, 39: a relevance subject "Column
on the Biden-Putin summit in Geneva" over an opinion page that never writes "column"): the capital
of "Column", "Analysis", "Interview" there is the field's first letter, not a name's, so
:func:`summarizer.verification.free_text.mentions.unstated` does not ask the article for it.

Read only for the field's first word, one of the nouns for a kind of writing a subject or a
summary describes its article as, with a lower-case word after it ("Column on", "Analysis
of", "Profile of", "Editorial urging"): "Column Media said" (a name going on) and a name that
opens the field ("Macron on the summit") are still asked for.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

_KINDS = word_set(
    """column columns analysis commentary editorial opinion essay review critique assessment
    explainer profile retrospective report interview feature overview roundup obituary
    dispatch preview account summary piece letter blog update chronicle reportage factcheck
    recap"""
)


def piece_opening(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` is the field's first word and a kind of piece with a
    lower-case word after it."""
    return (
        index == 0
        and tokens[0].norm in _KINDS
        and len(tokens) > 1
        and not tokens[1].capitalised
        and not tokens[1].is_number
    )


__all__ = ["piece_opening"]
