"""A fact box's or a list's item with no verb takes its status from the lead it stands under
(an outside check, session 25: check 53's cause 4): under "Below, we set out what was
announced and when it bites." and the heading "THE FACT BOX", the item "• Japan: 24%." is an
announced tariff, as a reader takes it.

An *item* is a line that opens with a bullet or an item's number
(:func:`list_headings.item_line`). Its *lead* is the first line above it, past blank lines
and the other items of its list, that is no item; when that line is a bare heading (a short
line with no colon and no closing stop, "THE FACT BOX", "## Key measures"), the last sentence
of the paragraph above the heading is read with it. The item takes the value when the lead
words it as the status rules read any sentence (:func:`statuses.worded`: not negated, not a
prospect, not undone in the same sentence).

Not inherited: an item that words its own state or a doubt ("left out of this scheme",
"exempted", "threatened", "could face", "not", "lifted", "delayed"): the item then speaks for
itself; an item whose own words state another stage is refused before this rule runs
(:mod:`status_stages`: "which came into force on Thursday" is no announced tariff). A list
with no lead, or a paragraph after the list, keeps the verdict it had.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ..context import Context
from ..counts.list_headings import item_line
from ..page.article import ArticleText
from ..page.tokens import word_set

_SHORT = 8  # most words of a bare heading
_STOPS = ".!?:\"'\u201d"
# Words of an item that speaks for itself: another state, a doubt or a negation.
_OWN_STATE = word_set(
    """not no never without exempt exempted exempts exemption spared excluded excluding out
    dropped lifted scrapped removed waived paused suspended delayed postponed threat threats
    threatened threatens proposed planned considering could may might would if unless pending
    expired ended exemptions"""
)
# Words of a lead or a bare heading that give the list another state, a doubt or a second
# list ("Brussels imposed these, and Washington threatened the others below:", "Still under
# review:", "EXEMPTIONS", "WHAT COULD COME NEXT"): the items need not be the value's. The
# value's own word is taken out of it when a lead is read ("What Brussels has proposed:").
_LEAD_DOUBT = word_set(
    """not never without exempt exempted exempts exemption exemptions spared excluded
    excluding dropped lifted scrapped removed waived paused suspended delayed postponed threat
    threats threatened threatens proposed planned considering could may might if unless
    pending expired withdrawn review negotiated negotiating negotiation negotiations discussion
    weighing weighed consider considered next included others critics claim claims denied
    denies"""
)
_WORD = re.compile(r"[A-Za-z]+")


def _line_above(text: str, line: int) -> tuple[int, int] | None:
    """The start and end of the first non-blank line above the line starting at ``line``."""
    while line > 0:
        end = line - 1
        line = text.rfind("\n", 0, end) + 1
        if text[line:end].strip():
            return line, end
    return None


def lead_sentences(article: ArticleText, index: int) -> list[int]:
    """The sentences of the lead an item sentence stands under (see the module); none when
    the sentence is no item or its list has no lead."""
    text = article.text
    line = item_line(text, article.sentences[index][0])
    if line is None:
        return []
    above = _line_above(text, line)
    while above is not None and item_line(text, above[0]) is not None:
        above = _line_above(text, above[0])  # another item of the list
    if above is None:
        return []
    start, end = above
    leads = list(article.sentences_over(start, end))[-1:]  # the sentence right above the list
    heading = text[start:end].strip()
    if heading[-1:] not in _STOPS and len(heading.split()) <= _SHORT:
        if not _LEAD_DOUBT.isdisjoint(w.lower() for w in _WORD.findall(heading)):
            return []  # "EXEMPTIONS", "NOT INCLUDED" (review rvB, s25)
        paragraph = _line_above(text, start)  # a bare heading: the lead is above it
        if paragraph is not None and item_line(text, paragraph[0]) is None:
            leads.append(article.sentence_at(paragraph[1] - 1))
    return leads


def item_worded(ctx: Context, worded: Callable[[Context], bool], value: str = "") -> bool:
    """Whether each of the evidence's item sentences has a lead that words the value
    (``worded`` reads a context's sentences), none speaking for itself and no lead wording
    another state or a doubt beside it (``value``, the status, keeps its own word); False
    with no item."""
    doubts = frozenset(word for word in _LEAD_DOUBT if not value or word[:5] != value[:5])
    items = [i for i in ctx.sentences if item_line(ctx.article.text, ctx.article.sentences[i][0])]
    if not items:
        return False
    for index in items:
        norms = {token.norm for token in ctx.article.sentence_tokens(index)}
        if not norms.isdisjoint(_OWN_STATE):
            return False
        leads = lead_sentences(ctx.article, index)
        if not leads or any(
            not doubts.isdisjoint(t.norm for t in ctx.article.sentence_tokens(lead))
            for lead in leads
        ):
            return False  # a second state or a doubt in the lead (review rvB, s25)
        if not worded(dataclasses.replace(ctx, sentences=leads)):
            return False
    return True


__all__ = ["item_worded", "lead_sentences"]
