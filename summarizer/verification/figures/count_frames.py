"""Whether a count's number, near its words, is framed as not stated as the count now.

The window rule (:func:`..counts.number_rules.support_number`) takes a number within ten
words of what a count counts. Review rv44f found it took numbers the sentence does not state
as the count: a hope ("hope the marchers will number 10,000"), a former value ("once numbered
40,000") and a yes-no question ("Will the marchers ... really number 10,000?"). A
fact-checker reads none of them as the count the passage states; the words are there, so the
refusal is *unconfirmed* (the caller's), never a contradiction. A count whose own words name
the frame ("marchers hoped for", "former members") keeps the number. A forecast or a
projection is no frame here: the older sets read "expects sales of $8.2bn to $8.6bn" and "is
projected to hold 77 seats" as stated counts; nor is an "ago", which dates the deed a count
is of as often as another time ("just two weeks ago the administration put $9 billion of
Harvard funding under review", check 74) (session 45, gcn45a).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, tokenize, word_set
from .numbers import NumberMention

# Words in the number's own clause, before it, that make it a hope's or a former value ("hope
# the marchers will number", "once numbered").
_FRAMES = word_set("hope hopes hoped hoping once formerly")
# Words that end the stretch read before the number: another clause ("after 350 volunteers
# signed up", "as 2,000 runners set off") or the number said of now ("now number 900").
_STOPS = word_set(
    "after because since while when whereas but although though as and now today currently"
)
_KINDS = {"once": "a former value", "formerly": "a former value"}
# Stems in the count's own words that name a frame: such a count asks for the framed number.
_NAMED = ("hop", "once", "former", "earlier", "previous", "prior", "past", "peak")
# The first word of a yes-no question ("Will the marchers ... number 10,000?").
_ASKING = word_set(
    "will would can could do does did is are was were has have had might may shall should"
)
# Words after a "once" of a former time ("once had 120 pupils", "once numbered 40,000"; any
# "-ed" form too); before any other word it is a conjunction ("once cobalt had slid to $10")
# or "once again", "once more".
_ONCE_VERBS = word_set("had has was were is are held counted numbered boasted housed")


def framed_count(
    tokens: Sequence[Token], mention: NumberMention, fact: object, text: str
) -> str:  # fmt: skip
    """What frames the count's number as not stated now ("a hope", "a former value", "a
    question"), or "" when nothing does, or the count (``fact``) names the frame itself or
    is marked projected ("The club hopes it could be ready in about five years"). Only the
    number's own clause is read, back to the last comma, colon or semicolon or another
    clause's word: "Pupils ..., whose parents had hoped it would stay open, now number 64"
    keeps its 64."""
    if getattr(fact, "projected", False):
        return ""
    what = str(getattr(fact, "what", "") or "")
    words = [t.norm for t in tokenize(what.replace("-", " "))]
    if not words or any(w.startswith(_NAMED) for w in words):
        return ""
    if _asked(tokens, text):
        return "asked in a question, not stated"
    if _clause_start(tokens, mention.first, text):
        return ""  # "The school once had 120 pupils; today 31 pupils attend it"
    index = mention.first - 1
    while index >= 0 and not _stop(tokens, index):
        word = tokens[index].norm
        named = tokens[index].capitalised and index > 0  # "the Cape of Good Hope"
        if word in _FRAMES and not named and not _idle_once(tokens, index):
            return _KINDS.get(word, "a hope")
        if _clause_start(tokens, index, text):
            break
        index -= 1
    return ""


def _stop(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` ends the stretch read before the number: a stop word,
    but the "as" of "as many as" (a bound of the number itself)."""
    if tokens[index].norm not in _STOPS:
        return False
    if tokens[index].norm != "as":
        return True
    near = {t.norm for t in tokens[max(index - 1, 0) : index + 2]}
    return not near & {"many", "few", "much"}


def _clause_start(tokens: Sequence[Token], index: int, text: str) -> bool:
    return index == 0 or any(c in text[tokens[index - 1].end : tokens[index].start] for c in ",;:")


def _asked(tokens: Sequence[Token], text: str) -> bool:
    """Whether the sentence is a yes-no question: it opens with an auxiliary and ends with a
    question mark (outside any closing quotation mark)."""
    if not tokens or tokens[0].norm not in _ASKING:
        return False
    tail = text[tokens[-1].end : tokens[-1].end + 3].strip()
    return tail.startswith("?")


def _idle_once(tokens: Sequence[Token], index: int) -> bool:
    """A "once" that names no former time: one before no verb of a former state ("once again",
    "once more", a conjunction: "once cobalt had slid to $10 a pound", check 79)."""
    if tokens[index].norm != "once":
        return False
    after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    return after not in _ONCE_VERBS and not after.endswith("ed")


__all__ = ["framed_count"]
