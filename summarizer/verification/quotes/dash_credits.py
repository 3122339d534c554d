"""A quotation credited after a dash, read for :mod:`summarizer.verification.quotes.speakers`.

A pull-quote, a caption's quote, an epigraph or a quote box prints the words and then, after
a dash, who said them, to the end of the line: '"No one wins a tariff war." — Lucia Romero,
finance minister', '"We lost three weeks of trade" - Harbour master Ken Osei'. The credit is
an attribution: the name before its first comma (titles before the name kept) is the
speaker; a credit naming someone else is an attribution to someone else. Only a dash right
after the closing mark counts, with a space on both sides when it is a hyphen ("well-known"
is no credit), and only a credit that is a short line of its own: a name with its title and
office, never a clause with a verb ("— and then he left").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from ..people.names import PARTICLES, TITLES, find_named, is_proper, split_people
from ..sentences.speech import SPEECH_VERBS

_DASHES = ("\u2014", "\u2013", "\u2015", "--", " - ")
_DASH = re.compile(r"[ \t]*(?:[\u2014\u2013\u2015]|--|(?<=[ \t])-(?=[ \t]))[ \t]*")
_CLOSING = "\"'\u201d\u2019.,!?\u2026"
_MOST = 12  # words in a credit line: a name, a title, an office
# a credit that describes rather than names: "\u2014 a Washington lobbyist", "\u2014 an aide"
_DESCRIBED = frozenset({"a", "an"})
_LINKING = word_set("and but or nor as with by from to in on at for of not even like than then")


def dash_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> str:
    """ "yes" when a quote's words at one of ``spans`` are credited after a dash to
    ``value``, "other" when every such credit names someone else, "none" when none has one."""
    text = article.text
    dashed: bool | None = article.memo.get(("page has dashes",))
    if dashed is None:
        dashed = article.memo[("page has dashes",)] = any(dash in text for dash in _DASHES)
    if not dashed:
        return "none"  # the common case: no dash on the page
    verdicts = set()
    for start, _end in spans:
        region = article.quoted_region_at(start)
        if region is not None:
            key = ("dash credit", region[1], value)
            credit: str | None = article.memo.get(key)
            if credit is None:
                credit = article.memo[key] = _credit(text, region[1], value)
            verdicts.add(credit)
    for verdict in ("yes", "other"):
        if verdict in verdicts:
            return verdict
    return "none"


def _credit(text: str, close: int, value: str) -> str:
    at = close
    while at < len(text) and text[at] in _CLOSING:
        at += 1
    dash = _DASH.match(text, at)
    if dash is None:
        return "none"
    line_end = text.find("\n", dash.end())
    line = text[dash.end() : line_end if line_end >= 0 else len(text)].strip()
    tokens = tokenize(line)
    if not tokens or len(tokens) > _MOST or any(t.norm in SPEECH_VERBS for t in tokens):
        return "none"
    name = line.split(",")[0].strip()
    named = tokenize(name)
    if not named or named[0].norm in _LINKING:
        return "none"  # "\u2014 and Councillor Tom Reyes": the sentence goes on
    if not named[-1].capitalised and not (named[0].norm in _DESCRIBED and len(tokens) <= 4):
        return "none"  # "- Red Cross teams arrived", "\u2014 a claim the army denies": no credit
    plain = all(t.capitalised or t.norm in TITLES or t.norm in PARTICLES for t in named[:-1])
    if not plain and named[0].norm not in _DESCRIBED and len(named) > 4:
        return "none"  # "- resident Marta Kunz" is a credit; a long lower-case run is not
    parts = split_people(value) if is_proper(value) else [value]
    return "yes" if any(find_named(part, named, name) for part in parts) else "other"


__all__ = ["dash_verdict"]
