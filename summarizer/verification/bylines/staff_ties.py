"""A page's own writer and its outlet, for the confirm-only mode's affiliation tie
(:mod:`summarizer.verification.confirm_only`): "By Liam Costello in Calgary | Southern Cross
Chronicle", "From our UN correspondent, Harriet Glossop" under the masthead, "2025.10.23 /
Reporter Kim Seo-yeon" on the Hanbit Daily News. The person is the page's staff, and their
body is the outlet that publishes it; no sentence says so, because the page's frame does
(session 50's exp50: shape A1).

Both halves are the page's own readings, asked as the byline and outlet fields ask them: the
person must be credited as an author (:func:`.metadata.support_byline`), and the value named as
the publisher (:func:`.metadata.support_outlet`). The outlet reading is loose on a short page
(a body opening one of its first short paragraphs reads as a masthead), so the value must also
stand in the page's frame: in the credit's own line or a line above it, within the page's
first paragraphs. A body the story names ("Finnair will add flights ...") under the credit is
no publisher, and stays unconfirmed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.comparators import Supported
from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.fact_people import person_and_value
from ..people.its_holders import is_value, name_runs
from ..people.names import find_person
from .metadata import support_byline, support_outlet

_FRAME = 3  # the page's first paragraphs, where a masthead and a credit stand
# A credit line's words for the writer's desk, not a body: "By Lena Hart, Science Correspondent"
_DESKS = word_set("correspondent correspondents editor reporter writer columnist critic staff")


def _credit_bodies(tokens: Sequence[Token], text: str) -> list[str]:
    """The names a credit line writes after the person: "| Condor Wire |", ", Nordic Press
    Agency", "for The Straits Monitor", "of Condor Wire", "at the University of Ibadan"; a
    place after "in" ("By Liam Costello in Calgary"), a co-writer after "and" and the writer's
    desk ("Science Correspondent") left out."""
    skip: set[int] = set()
    for index, token in enumerate(tokens[1:], 1):
        before = tokens[index - 1]
        joined = text[before.end : token.start].isspace()
        if token.capitalised and joined and (before.norm in ("in", "and") or index - 1 in skip):
            skip.add(index)
    return [
        run
        for run in name_runs(tokens, text, skip)
        if not (words := tokenize(run)) or words[-1].norm not in _DESKS
    ]


def _framed(article: ArticleText, name: str, value: str) -> bool:
    """Whether the value is written in the page's frame: at or above the end of the line that
    first names the person, within its first paragraphs."""
    paragraphs = article.paragraphs[:_FRAME]
    if not paragraphs:
        return False
    top = article.tokens_between(0, paragraphs[-1][1])
    found = find_person(name, top, article.text)
    if not found:
        return False
    credit = top[found[0][0]].start
    line_end = article.text.find("\n", credit)
    end = line_end if line_end != -1 else len(article.text)
    after = article.tokens_between(top[found[0][1]].end, end)
    if any(not is_value(body, value) for body in _credit_bodies(after, article.text)):
        return False  # the credit names another outlet or body: a wire's, a guest's own
    words = tuple(t.norm for t in tokenize(value) if t.norm != "the")
    return any(start < end for start, _ in article.phrase_spans(words)) if words else False


def staff_tie(value: Any, rule: Supported, ctx: Context) -> bool:
    """Whether the fact's person is credited as the page's author and the value is named as
    its publisher."""
    pair = person_and_value(value, ctx)
    if pair is None or not _framed(ctx.article, *pair):
        return False
    name, value = pair
    return support_byline(name, rule, ctx)[0] and support_outlet(value, rule, ctx)[0]


__all__ = ["staff_tie"]
