"""Whether a count's number, near its words, is framed as not stated as the count now.

The window rule (:func:`..counts.number_rules.support_number`) takes a number within ten
words of what a count counts. Review rv44f found it took numbers the sentence does not state
as the count: a hope ("hope the marchers will number 10,000"), a former value ("once numbered
40,000"), another time's ("were a year ago put by the union at 85") and a yes-no question
("Will the marchers ... really number 10,000?"). A fact-checker reads none of them as the
count the passage states; the words are there, so the refusal is *unconfirmed* (the
caller's), never a contradiction. A count whose own words name the frame ("marchers hoped
for", "former members", "pupils a year ago") keeps the number, and so does a count dated by
its fact or its own occasion for "ago" ("Two years ago, 5,200 migrants died" as of 2024).
A forecast or a projection is no frame here: the older sets read "expects sales of $8.2bn
to $8.6bn" and "is projected to hold 77 seats" as stated counts (session 45, gcn45a).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, tokenize, word_set
from .numbers import NumberMention

# Words in the number's own clause, before it, that make it a hope's or a former value ("hope
# the marchers will number", "once numbered") or another time's ("a year ago put at 85"). A
# forecast, an expectation or a projection is not among them: the sets read "expects sales of
# $8.2bn to $8.6bn" and "is projected to hold 77 seats" as the counts the passage states.
_FRAMES = word_set("hope hopes hoped hoping once formerly ago")
# Words that end the stretch read before the number: another clause ("after 350 volunteers
# signed up", "as 2,000 runners set off") or the number said of now ("now number 900").
_STOPS = word_set(
    "after because since while when whereas but although though as and now today currently"
)
# Words before an "ago" in its clause that make it date another deed than the count's.
_AGO_LEADS = word_set("since after who which that when until")
_KINDS = {"once": "a former value", "formerly": "a former value", "ago": "another time's"}
# Stems in the count's own words that name a frame: such a count asks for the framed number.
_NAMED = ("hop", "once", "former", "ago", "earlier", "previous", "prior", "past", "peak")
# The first word of a yes-no question ("Will the marchers ... number 10,000?").
_ASKING = word_set(
    "will would can could do does did is are was were has have had might may shall should"
)
# "once" that is no former time: "once again", "once more"; a conjunction before its clause's
# subject ("Once the count ended", "once they had counted").
_ONCE_AFTER = word_set("again more the a an it its they their he she we this that these those")


def framed_count(
    tokens: Sequence[Token], mention: NumberMention, what: str, text: str, dated: bool
) -> str:  # fmt: skip
    """What frames the count's number as not stated now ("a hope", "a former value", "a
    question"), or "" when nothing does or the count names the frame itself (``dated``: the
    count is dated by its fact or occasion, which an "ago" may then be). Only the number's
    own clause is read, back to the last comma, colon or semicolon: "Pupils ..., whose
    parents had hoped it would stay open, now number 64" keeps its 64."""
    words = [t.norm for t in tokenize(what.replace("-", " "))]
    if not words or any(w.startswith(_NAMED) for w in words):
        return ""
    if _asked(tokens, text):
        return "asked in a question, not stated"
    if not dated and _opening_ago(tokens, mention.first, text):
        return _KINDS["ago"]  # "Two years ago, 900 refugees lived in the camp"
    if _clause_start(tokens, mention.first, text):
        return ""  # "Two years ago the war ended; 900 refugees still live in the camp"
    index = mention.first - 1
    while index >= 0 and not _stop(tokens, index):
        word = tokens[index].norm
        if (
            word in _FRAMES
            and not _idle_once(tokens, index)
            and not _idle_ago(tokens, index, text, dated)
        ):
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


def _opening_ago(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the sentence opens with a short time phrase ending in "ago" and a comma ("Two
    years ago,", "A decade ago,") that dates the whole sentence up to the number (no ";"
    between): an opener's time is every clause's."""
    for index in range(min(first, 4)):
        gap = text[tokens[index].end : tokens[index + 1].start]
        if tokens[index].norm == "ago" and "," in gap:
            return ";" not in text[tokens[index].end : tokens[first].start]
        if any(c in gap for c in ",;:"):
            return False
    return False


def _clause_start(tokens: Sequence[Token], index: int, text: str) -> bool:
    return index == 0 or any(c in text[tokens[index - 1].end : tokens[index].start] for c in ",;:")


def _idle_ago(tokens: Sequence[Token], index: int, text: str, dated: bool) -> bool:
    """An "ago" that dates no count: the count is dated (its fact's time or occasion), or
    the "ago" dates another deed of its clause ("Since the plant opened three years ago 450
    staff have been hired", "Refugees who arrived a year ago ...")."""
    if tokens[index].norm != "ago":
        return False
    if dated:
        return True
    while index > 0 and not _clause_start(tokens, index, text):
        index -= 1
        if tokens[index].norm in _AGO_LEADS:
            return True
    return False


def _asked(tokens: Sequence[Token], text: str) -> bool:
    """Whether the sentence is a yes-no question: it opens with an auxiliary and ends with a
    question mark (outside any closing quotation mark)."""
    if not tokens or tokens[0].norm not in _ASKING:
        return False
    tail = text[tokens[-1].end : tokens[-1].end + 3].strip()
    return tail.startswith("?")


def _idle_once(tokens: Sequence[Token], index: int) -> bool:
    """A "once" that names no former time: "once again", "once more", or a conjunction ("Once
    the count was done, police put the marchers at 10,000")."""
    if tokens[index].norm != "once":
        return False
    after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    return after in _ONCE_AFTER


__all__ = ["framed_count"]
