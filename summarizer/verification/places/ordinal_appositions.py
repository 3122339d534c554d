"""An ordinal set beside a package's noun numbers it (an outside check, session 15: "The
package, the EU's 14th, targets ..." and "the sanctions round — the bloc's 12th since 2022
—" backed no package number 14 or 12, while "the 14th package" did), for the ``ordinal``
support kind (:func:`summarizer.verification.places.sites.support_ordinal`).

Read as the package's number:

- an ordinal in apposition right after the cue's noun phrase: a comma, a dash or a bracket
  after the cue ("the package,", "the latest round of sanctions —"), then only an article, an
  owner ("the EU's", "Brussels'", "its") and the ordinal, which ends its phrase (a mark, the
  sentence's end) or is followed by what it is counted over ("since 2022", "this year", "so
  far", "against Russia"), but not "the first since June", the first of a kind;
- the same after a verb of being ("The package is the bloc's 16th since the invasion", "the
  round, which is its 12th, ...");
- an ordinal with the noun in apposition after it ("The EU's 14th, a package aimed at
  liquefied gas, ...").

An ordinal followed by a noun of its own numbers that noun ("Malta became the 14th country
to sign the package"), an ordinal after a day's name or a month is a date ("adopted the
package on Friday, the 14th"), and an ordinal beside a noun that is not the cue ranks that
noun ("Hungary, the 14th to sign"): none is the package's number.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.possessives import is_possessive
from ..page.tokens import ORDINAL_SUFFIXES, Token, word_set

_MARKS = frozenset(",;:()\u2014\u2013")
_OPENING = frozenset(",(\u2014\u2013")
_DETERMINERS = word_set("the its their a this")
# Words an ordinal may be followed by in its own phrase: what it is counted over.
_OVER = word_set("since this so in of against on under overall yet from targeting until")
# Words a cue's noun phrase may end with before the mark ("the round of sanctions against
# Russia,").
_NOUN_TAIL = word_set(
    """of sanctions sanction penalties penalty measures restrictions against on new latest
    proposed planned economic restrictive"""
)
_BEING = word_set("is was becomes became marks will be would which that")
_DATES = frozenset(MONTHS) | frozenset(WEEKDAYS)
_OWNER_WORDS = 3  # words of an owner before the ordinal ("the European Union's")
_NOUN_WORDS = (
    6  # words of a cue's noun phrase, the cue included ("round of sanctions against Russia")
)
_TAIL = 6  # words after the ordinal up to its phrase's end ("since Russia's full invasion")


def in_apposition(tokens: Sequence[Token], index: int, cues: tuple[str, ...], text: str) -> bool:
    """Whether the ordinal at ``index`` numbers a cue word it stands in apposition with (see
    the module)."""
    last = index + 1 if _suffixed(tokens, index) else index
    while last + 1 < len(tokens) and tokens[last + 1].joined:
        last += 1  # "twenty-first"
    if _ends_phrase(tokens, last, text, alone=tokens[index].norm in {"first", "1"}):
        start = _owner_start(tokens, index, text)
        if start is not None and _cue_before(tokens, start, cues, text):
            return True
    return _cue_after(tokens, last, cues, text)


def _suffixed(tokens: Sequence[Token], index: int) -> bool:
    following = index + 1
    return (
        following < len(tokens)
        and tokens[following].attached
        and (tokens[following].norm in ORDINAL_SUFFIXES)
    )


def _gap(tokens: Sequence[Token], left: int, text: str) -> str:
    """The characters between ``tokens[left]`` and the next token ("" after the last)."""
    if left + 1 >= len(tokens):
        return ""
    return text[tokens[left].end : tokens[left + 1].start]


def _mark(tokens: Sequence[Token], left: int, text: str, marks: frozenset[str]) -> bool:
    return not marks.isdisjoint(_gap(tokens, left, text))


def _ends_phrase(tokens: Sequence[Token], last: int, text: str, alone: bool) -> bool:
    """The ordinal ends its phrase: a mark or the sentence's end after it, or what it is
    counted over up to a mark ("the bloc's 12th since 2022 —"), never a noun of its own.
    ``alone``: only a mark will do ("the first since June" is the first of its kind since
    then, not package number one)."""
    if last + 1 >= len(tokens) or _mark(tokens, last, text, _MARKS):
        return True
    if alone or tokens[last + 1].norm not in _OVER:
        return False  # "the 14th country": the ordinal numbers its own noun
    end = min(last + 1 + _TAIL, len(tokens))
    return any(_mark(tokens, i, text, _MARKS) for i in range(last + 1, end)) or end == len(tokens)


def _owner_start(tokens: Sequence[Token], index: int, text: str) -> int | None:
    """The first token of the ordinal's phrase ("the" of "the EU's 14th"), when only an
    article and an owner stand before the ordinal; None otherwise."""
    start = index
    while start > 0 and index - start < _OWNER_WORDS + 1:
        previous = tokens[start - 1]
        if _mark(tokens, start - 1, text, _MARKS):
            break
        owner = is_possessive(previous, text) or previous.capitalised
        if not (previous.norm in _DETERMINERS or owner or previous.norm in {"bloc", "union"}):
            break
        start -= 1
    return start if start < index else None


def _cue_before(tokens: Sequence[Token], start: int, cues: tuple[str, ...], text: str) -> bool:
    """A cue's noun phrase ends right before the ordinal's phrase: after a comma, dash or
    bracket, or after a verb of being that follows it ("The package is the bloc's 16th")."""
    end = start - 1
    if end < 0:
        return False
    if not _mark(tokens, end, text, _OPENING):
        while end >= 0 and tokens[end].norm in _BEING and not _mark(tokens, end, text, _MARKS):
            end -= 1  # "the package is", "the package, which is"
        if end == start - 1 or end < 0:
            return False
    for back in range(end, max(end - _NOUN_WORDS, -1), -1):
        norm = tokens[back].norm
        if norm in _DATES:
            return False  # "on Friday, the 14th": a day of the month
        if norm.startswith(cues):
            return True
        if norm not in _NOUN_TAIL and not tokens[back].capitalised:
            return False
        if back < end and _mark(tokens, back, text, _MARKS):
            return False
    return False


def _cue_after(tokens: Sequence[Token], last: int, cues: tuple[str, ...], text: str) -> bool:
    """ "The EU's 14th, a package aimed at ...": a cue after a comma or dash, with only an
    article and modifiers between."""
    if last + 1 >= len(tokens) or not _mark(tokens, last, text, _OPENING):
        return False
    for after in range(last + 1, min(last + 4, len(tokens))):
        norm = tokens[after].norm
        if norm.startswith(cues):
            return True
        if norm not in _DETERMINERS and norm not in _NOUN_TAIL:
            return False
    return False


__all__ = ["in_apposition"]
