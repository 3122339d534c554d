"""The announcer of a briefing transcript's news: an answer turn ("Mao Ning: Facilitated and
mediated by China, ... The two sides reached a formal ceasefire agreement.") is the labelled
speaker's own announcement, whatever verb its sentences use, or none (an outside check,
session 23, check 47's cause 8: the spokesperson was "in its evidence, but not as the one
who announced it"). Read for :func:`summarizer.verification.sides.announcers.support_announcer`
after its readings of verbs.

The shape: the page is a question-and-answer transcript (a line opens with a question's label,
"Q:", "Question:", "Reporter:"), and an evidence sentence stands in a turn whose label, the
words before the colon that open the nearest labelled line at or above it ("Mao Ning:", "A
(Lin Jian):", "Spokesperson Wang Wenbin:"), names the value. A turn labelled with someone
else or a question's turn, a rule line ("---") or a heading between (the desk's note under
the transcript), or a page with no question's label leave the value to the other readings.
An evidence sentence that reads another named announcer ("The Thai army announced ...", a
desk paragraph under the last answer) keeps the turn from crediting its speaker (fix23b,
read in :mod:`summarizer.verification.sides.announcers`).
Only accepts.

Without a question's label on the page, a turn is read only on its own line: the evidence
sentence lies in a paragraph that opens with the value's label ("Kirby: The ceasefire was
agreed in Doha", "* Maria Zakharova: Both sides agreed ...", "A (Lin Jian): ..."), and the
sentence is no question and holds no negation ("Mao Ning: I have no information on a
ceasefire"); a label line above, with the sentence in a later paragraph, is not enough there
(the refusal-reason audit's shape, session 23)."""

from __future__ import annotations

import re

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..context import Context
from ..page.tokens import tokenize, word_set
from ..people.names import find_named

_ASKED = re.compile(r"(?mi)^[ \t]*(?:q|question|questioner|reporter|journalist)\b[^:\n]{0,30}:")
_LABEL = re.compile(r"[ \t]*([A-Z][^:\n]{0,60}?):[ \t]")
_OWN_LABEL = re.compile(r"[ \t]*(?:[*\u2022\u00b7\u2013\u2014-][ \t]*)?([A-Z][^:\n]{0,60}?):[ \t]")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_NO_ONE = word_set("q a question answer note update editor correction source background")
_NEGATIONS = word_set("not no never nor deny denies denied n't don't doesn't didn't cannot")
# A sentence that credits a source of its own ("..., the Kremlin said", "according to Thai
# officials") is relayed, not the label's own word; a digest's topic label ("India-Pakistan:",
# "January 15:") names no speaker (review s23c).
_RELAYING = word_set(
    """said says say told tells wrote writes according reported reports quoted quoting cited
    citing added stated claimed posted tweeted"""
)
_PAIR_LABEL = re.compile(r"[A-Z]\w*[-\u2013/][A-Z]")
_RULE = re.compile(r"[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$")


def turn_announces(part: str, ctx: Context) -> bool:
    """Whether an evidence sentence of ``ctx`` stands in a briefing turn labelled with
    ``part`` (see the module's doc)."""
    text = ctx.article.text
    if not ctx.sentences or ":" not in text:
        return False  # cheap: no label at all
    starts = [ctx.article.sentences[index][0] for index in ctx.sentences]
    if _ASKED.search(text) and any(_labelled(text, start, part) for start in starts):
        return True
    return any(_own_line(text, ctx, index, part) for index in ctx.sentences)


def _own_line(text: str, ctx: Context, index: int, part: str) -> bool:
    """Whether sentence ``index`` lies on a line opened by a label naming ``part``, and is no
    question and holds no negation (see the module's doc)."""
    start, end = ctx.article.sentences[index]
    if text[start:end].rstrip().endswith("?"):
        return False
    norms = {token.norm for token in tokenize(text[start:end])}
    if not _NEGATIONS.isdisjoint(norms) or not _RELAYING.isdisjoint(norms):
        return False
    line = text.rfind("\n", 0, start) + 1
    label = _OWN_LABEL.match(text, line)
    if label is None or label.end() > end or _PAIR_LABEL.search(label.group(1)):
        return False
    words = tokenize(label.group(1))
    if (len(words) == 1 and words[0].norm in _NO_ONE) or words[0].norm in _CALENDAR:
        return False
    return bool(find_named(part, words, label.group(1)))


def _labelled(text: str, offset: int, part: str) -> bool:
    """Whether the nearest labelled line at or above ``offset`` names ``part``."""
    start = text.rfind("\n", 0, offset) + 1
    while True:
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if _RULE.match(line) or _ASKED.match(line):
            return False  # "---" (the desk's note under the transcript), or a question's turn
        label = _LABEL.match(line)
        if label:
            words = tokenize(label.group(1))
            return bool(find_named(part, words, label.group(1)))
        if start == 0:
            return False
        start = text.rfind("\n", 0, start - 1) + 1


__all__ = ["turn_announces"]
