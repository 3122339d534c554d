"""A party named only inside the condition another party sets, for a stance's party (an
outside check, session 14).

"The Houthis will suspend attacks provided that Washington stops its strikes": the stance is
the Houthis'; Washington is what the condition is about, and a fact-checker does not read a
stance of Washington's there, with or without conditions. A name is in a condition when it
stands in the clause that a condition word opens ("if", "unless", "once", "provided
(that)", "providing", "as long as", "so long as", "on condition that", "on the condition
that"), between that word and the clause's end (a comma, a semicolon or a dash): "If
Azerbaijan pulls back its guns, Armenia is ready" puts Azerbaijan in the condition and
Armenia outside it.

Left out: "if" after a verb of asking or knowing ("asked if Russia would agree", "unclear
if Hamas accepts"), which opens a question, not a condition; "once" that is no conjunction
("once again", "once more", "at once"); and "until", "after" or "in exchange for", which time
or price an act rather than set its condition. A party named in the condition and outside
it keeps its stance (:func:`party_roles.in_role` reads each mention).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.tokens import Token, clause_gap, word_set

_SINGLE = word_set("if unless once provided providing")
# Two-word and longer openers, read backwards from the word before the condition.
_LONG = (
    ("as", "long", "as"),
    ("so", "long", "as"),
    ("on", "condition", "that"),
    ("on", "the", "condition", "that"),
    ("on", "condition"),
)
# Before "if": a question, not a condition ("asked if", "unclear if", "see if").
_ASKING = word_set(
    """ask asks asked asking wonder wonders wondered unclear clear know knows knew known see
    sure certain decide decides decided deciding check checks checked doubt doubts unsure
    whether"""
)
# After "once": no conjunction ("once again", "once more").
_ONCE_NOT = word_set("again more before also")
_REACH = 16


def in_condition(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the name starting at ``tokens[first]`` stands inside a condition clause (see
    the module): a condition word before it in its clause, no clause mark between (the
    name's end does not matter: the clause runs on past it)."""
    index = first - 1
    while index >= 0 and first - index <= _REACH:
        if clause_gap(tokens, index, text):
            return False  # "If Azerbaijan withdraws, Armenia ...": Armenia is past the comma
        if _opens(tokens, index, first):
            return True
        index -= 1
    return False


def _opens(tokens: Sequence[Token], index: int, first: int) -> bool:
    norm = tokens[index].norm
    if norm in _SINGLE:
        if norm == "if" and index and tokens[index - 1].norm in _ASKING:
            return False  # "asked if Russia would agree": a question
        if norm == "once" and (
            tokens[index + 1].norm in _ONCE_NOT or (index and tokens[index - 1].norm == "at")
        ):
            return False  # "Russia once again agreed", "at once"
        # "provided aid to Ukraine" is a verb; "provided that", "provided Rwanda withdraws" open
        return not (norm == "provided" and index + 1 < first and tokens[index + 1].norm != "that")
    words = [t.norm for t in tokens[: index + 1]]
    return any(tuple(words[-len(opener) :]) == opener for opener in _LONG)


__all__ = ["in_condition"]
