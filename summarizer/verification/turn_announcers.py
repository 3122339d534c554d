"""The speaker of a transcript's turn reports what the turn says (session 23, the
refusal-reason audit: "X is in its evidence, but not as the one who announced it" refused a
briefing's spokesperson, "Mao Ning: ... The two sides reached a formal ceasefire agreement.",
as the one reporting the truce), for :func:`announcers.support_announcer`.

The shape: the evidence sentence lies in a paragraph that opens with a speaker's label (a name
of one to four capitalised words and a colon, optionally after a list mark, optionally with a
bracketed role, or a briefing's answer mark "A (Mao Ning):"), and the label names the value.
Not read as reporting: a question ("Bloomberg: Has the truce taken effect?"), a sentence with
a negation ("Mao Ning: I have no information on a ceasefire."), a label that names no one
("Q:", "Note:") or another person ("Lin Jian: As Mao Ning said, ...": the label's speaker).
"""

from __future__ import annotations

import re

from summarizer.verification.context import Context
from summarizer.verification.tokens import tokenize, word_set

_NAME = r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}"
_LABEL = re.compile(
    r"[ \t]*(?:[*\u2022\u00b7\u2013\u2014-][ \t]*)?"
    rf"(?:(?:A|Answer)[ \t]*\([ \t]*(?P<answer>{_NAME})[ \t]*\)"
    rf"|(?P<name>{_NAME})(?:[ \t]*\([^()\n]{{1,60}}\))?)"
    r"[ \t]*:[ \t]"
)
_NO_ONE = word_set("q a question answer note update editor correction source background")
_NEGATIONS = word_set("not no never nor deny denies denied n't don't doesn't didn't cannot")


def turn_speaker(part: str, ctx: Context) -> bool:
    """Whether an evidence sentence lies in a turn labelled with ``part`` (see the module)."""
    text = ctx.article.text
    if ":" not in text:
        return False
    spans = ctx.article.sentences
    wanted = [token.norm for token in tokenize(part)]
    if not wanted:
        return False
    for index in ctx.sentences:
        start, end = spans[index]
        sentence = text[start:end].rstrip()
        if sentence.endswith("?") or not _NEGATIONS.isdisjoint(
            token.norm for token in tokenize(sentence)
        ):
            continue
        line = text.rfind("\n", 0, start) + 1
        label = _LABEL.match(text, line)
        if label is None or label.end() > end:
            continue
        name = [token.norm for token in tokenize(label.group("answer") or label.group("name"))]
        if len(name) == 1 and name[0] in _NO_ONE:
            continue
        if name[-1] == wanted[-1] and (set(name) <= set(wanted) or set(wanted) <= set(name)):
            return True
    return False


__all__ = ["turn_speaker"]
