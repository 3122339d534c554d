"""A party named only inside the condition another party sets, for a stance's party (an
outside check, session 14).

"The Houthis will suspend attacks provided that Washington stops its strikes": the stance is
the Houthis'; Washington is what the condition is about, and a fact-checker does not read a
stance of Washington's there, with or without conditions. A name is in a condition when it
stands in the clause that a condition word opens ("if", "unless", "once", "as soon as",
"provided (that)", "providing", "as long as", "so long as", "on condition that", "on the
condition that", "in return for", "in exchange for"), between that word and the clause's end
(a comma, a semicolon or a dash): "If Azerbaijan pulls back its guns, Armenia is ready" puts
Azerbaijan in the condition and Armenia outside it. The price of a deal ("would accept the
truce in exchange for Israel freeing prisoners", review of session 14) is what the other side
must do, as a condition is, and names no stance of that side's.

Left out: "if" after a verb of asking or knowing ("asked if Russia would agree", "unclear
if Hamas accepts"), which opens a question, not a condition; "once" that is no conjunction
("once again", "once more", "at once") or that tells a past act ("Once Kyiv signed, Moscow
followed": the clause's first verb form is past, and no "would" before shifts it back); and
"until" or "after", which time an act rather than set its condition. A party named in the
condition and outside it keeps its stance (:func:`party_roles.in_role` reads each mention).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.possessives import is_possessive
from ..page.tokens import Token, clause_gap, word_set

_SINGLE = word_set("if unless once provided providing assuming")
# Two-word and longer openers, read backwards from the word before the condition.
_LONG = (
    ("as", "soon", "as"),
    ("in", "return", "for"),
    ("in", "exchange", "for"),
    ("as", "long", "as"),
    ("so", "long", "as"),
    ("on", "condition", "that"),
    ("on", "the", "condition", "that"),
    ("on", "condition"),
    ("on", "the", "understanding", "that"),
    ("on", "the", "basis", "that"),
    ("with", "the", "proviso", "that"),
    ("in", "the", "event", "that"),
    ("in", "the", "event", "of"),
    ("in", "case"),
    ("subject", "to"),
    ("contingent", "on"),
    ("contingent", "upon"),
    ("conditional", "on"),
    ("conditional", "upon"),
    ("conditioned", "on"),
    ("dependent", "on"),
    ("dependent", "upon"),
    ("depends", "on"),
    ("depend", "on"),
    ("depending", "on"),
    ("hinges", "on"),
    ("hinge", "on"),
    ("the", "moment"),
    ("the", "minute"),
    ("as", "and", "when"),
    ("only", "when"),
    ("only", "after"),
    ("only", "once"),
    ("but", "only", "when"),
    ("not", "until"),
    ("only", "until"),
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
# The first verb form after "once": a present or future one keeps the condition, a past one
# (an auxiliary, a common irregular past, or an "-ed" word that is no adjective) times an act.
_NOW = word_set(
    """is are am has have will shall can must may does do gets get takes take comes come
    goes go begins begin holds hold"""
)
_THEN = word_set(
    """was were had did took came went began held gave made sent struck broke fell won met
    left saw got ran drew"""
)
_BACKSHIFT = word_set("would could")
_ED_NOT_VERB = word_set("armed united based hundred speed need")


def in_condition(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the name starting at ``tokens[first]`` stands inside a condition clause (see
    the module): a condition word before it in its clause, no clause mark between (the
    name's end does not matter: the clause runs on past it)."""
    if inverted(tokens, first, first, text):  # "should Kyiv halt mobilisation"
        return True
    index = first - 1
    while index >= 0 and first - index <= _REACH:
        if clause_gap(tokens, index, text):
            return False  # "If Azerbaijan withdraws, Armenia ...": Armenia is past the comma
        if _opens(tokens, index, first, text):
            return True
        index -= 1
    return False


def _past_once(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether the clause "once" opens at ``index`` tells a past act ("Once Kyiv signed, ...",
    ", once the rebels had withdrawn"): its first verb form is past, which times the act
    rather than sets a condition. A present or future form ("once the guns fall silent",
    "once the hostages are freed", "once Moscow has withdrawn") comes first in a condition;
    a clause with neither stays a condition, and so does a past form after a "would" before
    "once" ("the rebels said they would disarm once the army withdrew": reported speech shifts
    the condition's tense back)."""
    if any(t.norm in _BACKSHIFT for t in tokens[max(0, index - _REACH) : index]):
        return False
    for at in range(index + 1, min(index + 1 + _REACH, len(tokens))):
        token = tokens[at]
        norm = token.norm
        if not token.capitalised:
            if norm in _NOW:
                return False
            if norm in _THEN or (
                len(norm) > 4 and norm.endswith("ed") and norm not in _ED_NOT_VERB
            ):
                return True
        if clause_gap(tokens, at, text):
            return False
    return False


def _opens(tokens: Sequence[Token], index: int, first: int, text: str) -> bool:
    norm = tokens[index].norm
    if norm in _SINGLE:
        if norm == "if" and index and tokens[index - 1].norm in _ASKING:
            return False  # "asked if Russia would agree": a question
        if norm == "once" and (
            tokens[index + 1].norm in _ONCE_NOT
            or (index and tokens[index - 1].norm == "at")
            or _past_once(tokens, index, text)
        ):
            return False  # "Russia once again agreed", "at once", "once Hamas had signed"
        # "provided aid to Ukraine" is a verb; "provided that", "provided Rwanda withdraws" open
        return not (norm == "provided" and index + 1 < first and tokens[index + 1].norm != "that")
    if norm not in _LONG_ENDS:
        return False  # no longer opener ends with this word
    # the words an opener and the one before it can cover (a longer run changes no reading)
    words = [t.norm for t in tokens[max(index - _LONGEST, 0) : index + 1]]
    for opener in _LONG:
        if tuple(words[-len(opener) :]) != opener:
            continue
        before = len(words) - len(opener) - 1
        if opener[0] == "the" and before >= 0 and words[before] in _TIME_PREPOSITIONS:
            continue  # "For the moment Moscow rejects it": a time, no condition
        if opener[-1] in _TIMING and _past_once(tokens, index, text):
            continue  # "only after Hamas had signed": a past act, timed
        return True
    return False


_LONG_ENDS = frozenset(opener[-1] for opener in _LONG)
_LONGEST = max(len(opener) for opener in _LONG)
# Openers that time an act when their clause's verb is past ("only after Hamas had signed").
_TIMING = word_set("after when once until")
# Before "the moment" / "the minute": a time, not a condition ("for the moment", "at the
# minute").
_TIME_PREPOSITIONS = word_set("for at from until till in of since by")
# An inverted condition: "should Kyiv halt", "were Kyiv to halt", "had Kyiv halted".
_INVERTING = word_set("should were had")
_TOLD_BEFORE = word_set("the its their")


def inverted(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first:last + 1]`` is the subject of an inverted condition
    after its clause's first words ("Moscow would back the truce should Kyiv halt
    mobilisation", "were Kyiv to halt", "had Kyiv halted"); not a question ("Should Kyiv
    accept?") nor a possessive ("the attacks were Kyiv's doing")."""
    before = first - 1
    while before >= 0 and tokens[before].norm in _TOLD_BEFORE:
        before -= 1
    if before < 0 or tokens[before].norm not in _INVERTING or clause_gap(tokens, before, text):
        return False  # "Were Kinshasa to release ..., the M23 would sign" opens a sentence
    while last + 1 < len(tokens) and tokens[last + 1].capitalised:
        last += 1  # "should the United States halt"
    if is_possessive(tokens[last], text):
        return False
    if text[tokens[-1].end : tokens[-1].end + 1] == "?":
        return False
    ahead = [t.norm for t in tokens[last + 1 : last + 4]]
    if tokens[before].norm == "were":
        return "to" in ahead  # "were Kyiv to halt"
    if tokens[before].norm == "had":
        return bool(ahead) and ahead[0].endswith(("ed", "en", "wn"))  # "had Kyiv halted"
    return bool(ahead) and not ahead[0].endswith("s")  # "should Kyiv halt"


__all__ = ["in_condition", "inverted"]
