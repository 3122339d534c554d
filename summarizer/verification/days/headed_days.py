"""A day written only in a dated head that opens the evidence sentence, for an event's day (a
field with no cues; session 47, wide47w).

:func:`dates.support_when` skips a dateline's date ("PHNOM PENH, July 30 (Wire) - ..."): it
is when the story was filed, not a day it reports. Diaries, round-ups, live pages and wire
leads give the same head another use: "TOKYO, 6 September - Prince Hisahito went through a
coming-of-age ceremony", "UPDATE, 31 July: ...", "MONZO, 7 JULY" over its entry, "RAHWAY,
N.J., July 9 (Wire) - Merck will buy Verona": when the sentence under the head gives the act
no time of its own, the head's day is the only day the page gives it, and a fact-checker
reads it as the act's.

Read only when the evidence states no other time at all (another day, a month, a year, a clock
time, "overnight", "last week": the act's own time told beside the filing day, "HYDERABAD, July 2 -
The toll from Monday's blast rose to 39") and holds no verb of reporting or confirming (the
head's day is then the report's: "KYIV, May 3 - Drones hit Kharkiv, officials said"; nor a
denial, a claim or figures shown). Nor when the act under the head is possible, scheduled or
asked ("could", "is due to", "Could ...?"), or planned ("will sign") unless the event is the
plan or decision itself (:func:`decided_plans.decided`: "Merck will buy Verona" for "Merck to
buy Verona"); review rv47w. The head
is an upper-case label (a place, a firm, a weekday, "UPDATE") before a comma or dash, then the
date, then an optional parenthesis, then a dash, a colon, a full stop or the sentence's end.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result, fact_description
from ..page.tokens import Token, tokenize, word_set
from .attributed_days import CONFIRMING
from .decided_plans import decided
from .event_days import REPORTING
from .head_lines import line_head, lower_words, with_heads

Key = tuple[Any, ...]
KeysOf = Callable[[str, "dt.date | None"], frozenset[Key]]
_Rule = Callable[[Any, Supported, Context], Result]

_HEAD = re.compile(
    "\\s*(?P<label>[A-Z][A-Za-z.'\u2019&/ ,]{1,60}?)\\s*(?:,|\\s[-\u2013\u2014])\\s*"
    "(?P<date>[A-Za-z0-9. ]{3,24}?)\\s*(?:\\([^)\\n]{1,80}\\)\\s*)?"
    "(?:[-\u2013\u2014:]|\\.(?=\\s+[A-Z])|$)"
)
_UNSTATED = "is not a day its evidence states"
# Verbs of telling, denying and showing the lists of reporting leave out ("Russia denied
# that its drones struck", "figures showed", "his party claimed"; review rv47w).
_TELLING = word_set(
    """say saying according estimated estimates denied denies claimed claims warned warns
    showed shows insisted insists alleged alleges believed believe"""
)
_SAYING = REPORTING | CONFIRMING | _TELLING
# A planned, possible or asked act has no day yet: the head's is the filing day ("GENEVA, 12
# June - The two sides will sign the accord", "is due to set", "plans to cut", "Could ...?";
# review rv47w).
_UNDONE = word_set("could might should due expected")
_PLANNED = word_set("will would shall plans plan planned intends")  # "Merck will buy Verona" only
# for a plan or decision (decided_plans)
_NOT_TIMES = frozenset({"word", "period"})
# A relative clause set off by commas tells an earlier act beside the one under the head.
_ASIDE = re.compile(r",\s+(?:who|which|whose)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TIMES = word_set("earlier ago previously recently overnight weekend yesterday tomorrow")
# Read in the head's own sentence and the one under it (review rv47w): a former act ("had
# already fled", "the previous day", "a fortnight before", "through last night"); an aside or
# a cause telling the event only (see _aside_only).
_FORMER = word_set("already previous since fortnight")
_CAUSES = word_set("by after following")
_ORDINAL = re.compile(r"(?<=\d)(?:St|Nd|Rd|Th)\b")
_LAST = re.compile(r"\blast\s+(?:night|evening)\b", re.IGNORECASE)


def head_date(sentence: str) -> tuple[str, int] | None:
    """The date text of a dated head opening ``sentence`` and where the head ends, or None: the
    label's first part must be in capitals ("LONDON", "N.J./LONDON", "UPDATE", "MONDAY",
    "POPE VALLEY, California")."""
    match = _HEAD.match(sentence)
    if match is None:
        return line_head(sentence)  # "MONZO, 7 JULY" on a line of its own (head_lines)
    label = "".join(ch for ch in match["label"].split(",")[0] if ch.isalpha())
    if not label or not label.isupper():
        return None
    return match["date"].strip(), match.end()


def headed_day(value: str, ctx: Context, keys_of: KeysOf) -> bool:
    """Whether an evidence sentence's dated head states ``value``'s day or month and the
    evidence states no other time and no report (see the module)."""
    wanted = keys_of(value, ctx.published)
    days = {key for key in wanted if key[0] == "day"} or {k for k in wanted if k[0] == "month"}
    if not days or not ctx.sentences:
        return False
    text, found = ctx.article.text, False
    description = tokenize(fact_description(ctx.fact))
    under = False  # the sentence is a head's or the one right under it
    for index in with_heads(text, ctx.article.sentences, ctx.sentences):  # (head_lines)
        start, end = ctx.article.sentences[index]
        sentence = text[start:end]
        head = head_date(sentence)
        body = sentence[head[1] :] if head else sentence
        under, headed = head is not None or under, head is not None
        if head is not None and _states(head[0], days, ctx, keys_of):
            found = True
        elif head is not None and keys_of(_titled(head[0]), ctx.published):
            return False  # another entry's head: "BARCLAYS, 14 JULY" for 7 July
        stated = {key for key in keys_of(body, ctx.published) if key[0] not in _NOT_TIMES}
        if stated or _periods(body, ctx, keys_of) or _YEAR.search(body):
            return False  # the act's own time, told beside the head's
        words = tokenize(body)
        if any(t.norm in _SAYING or t.norm in _TIMES for t in lower_words(words, body)):
            return False
        if under and _undone(body, words, description):
            return False
        under = headed
    return found


def _undone(body: str, words: Sequence[Token], description: Sequence[Token]) -> bool:
    """Whether the act under a head is a former, possible, scheduled or asked one, or planned
    while the event is not the plan or decision itself (review rv47w)."""
    if _LAST.search(body) or "?" in body or _aside_only(body, words, description):
        return True
    if any(token.norm in _FORMER or token.norm in _UNDONE for token in words):
        return True  # "had already fled", "could call", "is due to set"
    planned = any(token.norm in _PLANNED for token in words)
    return planned and not decided(description)


def _aside_only(body: str, words: Sequence[Token], description: Sequence[Token]) -> bool:
    """Whether the event's own words come under the head only in an aside (a relative clause
    set off by commas: "The former president, who declared martial law, was jailed") or after
    "by", "after" or "following" ("found the miners trapped by a tunnel collapse"): told as
    the past or the cause of the act the head dates, not as that act (review rv47w)."""
    wanted = {t.norm for t in description if len(t.norm) > 3}
    inside: set[int] = set()
    for match in _ASIDE.finditer(body):
        end = body.find(",", match.end())
        end = len(body) if end < 0 else end
        inside.update(i for i, t in enumerate(words) if match.start() <= t.start < end)
    for index, token in enumerate(words):
        if token.norm in _CAUSES:
            inside.update(range(index + 1, min(index + 4, len(words))))
    told = {i for i, t in enumerate(words) if t.norm in wanted}
    return bool(told & inside) and not told - inside


def _states(date: str, days: set[Key], ctx: Context, keys_of: KeysOf) -> bool:
    """Whether the head's date text (or its part after a comma: "N.J./LONDON, July 9") names
    one of the value's days; a month alone only for a value naming no day."""
    for part in (date, date.rsplit(",", 1)[-1]):
        keys = keys_of(_titled(part), ctx.published)  # "7 JULY", "NOV 17", "14th May"
        if keys & days:
            return True
    return False


def _titled(date: str) -> str:
    """``date`` with each word capitalised, an ordinal's suffix kept in lower case ("14TH MAY"
    -> "14th May", where ``str.title`` gives "14Th"; review rv60w)."""
    return _ORDINAL.sub(lambda match: match[0].lower(), date.title())


def _periods(body: str, ctx: Context, keys_of: KeysOf) -> bool:
    """Whether ``body`` names a relative day or period ("on Monday", "last week")."""
    return any(key[0] in _NOT_TIMES for key in keys_of(body, ctx.published))


def headed_when(rule: _Rule, keys_of: KeysOf) -> _Rule:
    """``rule`` (a day's support) with an event's day found only in a dated head accepted
    (see the module); a field with cues keeps ``rule``'s verdict."""

    def support(value: Any, supported: Supported, ctx: Context) -> Result:
        result = rule(value, supported, ctx)
        if result[0] or supported.cues or not str(result[1]).endswith(_UNSTATED):
            return result
        return (True, "") if headed_day(str(value), ctx, keys_of) else result

    return support


__all__ = ["head_date", "headed_day", "headed_when"]
