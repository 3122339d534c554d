"""A side's stance stated only inside another speaker's quotation is that speaker's claim,
not a fact the outlet reports (an outside check, session 16: '"Russia has rejected every
offer," Zelensky said' gave Russia's rejection as supported); and a country a quotation only
talks about is no party of the meeting ('"We talked about Russia," Macron said after meeting
Trump').

For a stance's party when the stance is given (:mod:`summarizer.verification.sides.parties`, mode
"taken"), a country or group named in a sentence only inside quotation marks that a speech
verb outside them attributes ("...," Zelensky said; Lavrov told reporters: "...") is
*claimed* (:func:`claimed_keys`) when the speaker is named as someone else (another party,
or a person: '"Russia has rejected every offer," Zelensky said'), unless the speaker is its
own: the sentence names it (or a person the article ties to it) outside the quotes too
('"Moscow rejects the plan," Kremlin spokesman Dmitry Peskov said', '"We reject this
offer," Russian Foreign Minister Sergei Lavrov said', a place "in Moscow" aside), or an
unnamed voice of its own ("the group's spokesman said", "a spokeswoman for President
Macron"). A go-between's word ('"Israel has accepted the pause," the Qatari envoy said',
roles33) is no side's claim and keeps the stance, as an unnamed speaker's does
("officials said"). A claimed party, and the stance it is given there
(:func:`claimed_stance`, for the stance's status check in :mod:`measure_stages`), is refused
as *unconfirmed*: the words are there, and one side's word on the other may be true.
:mod:`quoted_parties` reads a quote that asks or presses a name (a stated role,
unsupported) before this.

For a summit's party (modes "summit" and "proposal"), a name inside such a quote after a
word of topic ("about", "on", "regarding", "concerning", "over": :func:`quoted_topic`) is
what was talked about, a stated role, so it is refused as unsupported; the ones the
sentence says met keep their verdict.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..page.article import ArticleText
from ..page.quotemarks import quoted_region_holding
from ..page.tokens import POSSESSIVE_ENDINGS, Token, word_set
from ..people.party_names import (
    party_mentions,
    party_of,
    sentence_parties,
    surname_like,
    ties,
)

_SPEECH = word_set(
    """said says told tells added adds urged urges warned warns wrote writes insisted insists
    declared declares stated states argued argues noted notes posted tweeted stressed
    stresses claimed claims alleged alleges charged charges complained complains"""
)
_PLACED = word_set("in at from")
_TOPICS = word_set("about on regarding concerning over")
_SKIPPED = word_set("the a an")
_NEUTRAL = word_set("envoy envoys mediator mediators broker brokers facilitator")
_VOICES = word_set("spokesman spokeswoman spokesperson spokespeople official officials")
_OWNERS = word_set("its their")
_OWNED = POSSESSIVE_ENDINGS  # "the group's spokesman"
_MARKS = frozenset('\u201c\u201d\u201e"')


def _attributed(tokens: Sequence[Token], article: ArticleText) -> bool:
    """A speech verb of the sentence outside quotation marks."""
    return any(
        t.norm in _SPEECH and not t.capitalised and not article.in_quotes(t.start) for t in tokens
    )


def claimed_keys(article: ArticleText, index: int) -> frozenset[str]:
    """The parties sentence ``index`` names only inside another speaker's attributed quote
    (see the module); read once per sentence."""
    memo_key = ("quoted claims", index)
    known: frozenset[str] | None = article.memo.get(memo_key)
    if known is not None:
        return known
    start, end = article.sentences[index]
    inside: set[str] = set()
    outside: set[str] = set()
    span = article.text[start:end]
    other = False  # the speaker is named: another party, or a person
    if article.quoted_region_at(start) is not None or not _MARKS.isdisjoint(span):
        tokens = article.sentence_tokens(index)
        if _attributed(tokens, article) and not _neutral_or_own(tokens, article):
            for position, key, _, _ in party_mentions(tokens):
                if article.in_quotes(tokens[position].start):
                    inside.add(key)
                elif not (position and tokens[position - 1].norm in _PLACED):
                    outside.add(key)
            for position, token in enumerate(tokens):
                if not article.in_quotes(token.start) and surname_like(tokens, position):
                    outside.update(ties(article, token.norm))
                    other = True
    known = frozenset(inside - outside) if other or outside else frozenset()
    article.memo[memo_key] = known
    return known


def claimed_stance(ctx: Context) -> bool:
    """Whether a stance's party (a country or group) takes it in its evidence only inside
    another's quote (see the module): its stance is that speaker's claim."""
    key = party_of(str(getattr(ctx.fact, "party", "") or ""))
    if key is None:
        return False
    claimed = False
    for index in ctx.sentences:
        if key in claimed_keys(ctx.article, index):
            claimed = True
        elif key in sentence_parties(ctx.article, index)[0]:
            return False  # named outside a rival's quote too: the outlet's or its own word
    return claimed


def _neutral_or_own(tokens: Sequence[Token], article: ArticleText) -> bool:
    """The speaker outside the quote is a go-between ("the Qatari envoy said", "mediators
    said"), no side, or a side's own unnamed voice ("the group's spokesman", "its
    spokeswoman", "a spokeswoman for President Macron")."""
    text = article.text
    for index, token in enumerate(tokens):
        if article.in_quotes(token.start):
            continue
        if token.norm in _NEUTRAL:
            return True
        if token.norm in _VOICES:
            following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            before = tokens[index - 1] if index else None
            if following == "for" or (
                before is not None
                and (before.norm in _OWNERS or text[before.start : before.end].endswith(_OWNED))
                and not before.capitalised
            ):
                return True
    return False


def quoted_topic(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the name at ``tokens[first]`` is what another speaker's quote says was talked
    about ("We talked about Russia," Macron said)."""
    before = first - 1
    if before >= 0 and tokens[before].norm in _SKIPPED:
        before -= 1
    if before < 0 or tokens[before].norm not in _TOPICS:
        return False
    region = quoted_region_holding(text, tokens[first].start)
    if region is None:
        return False
    return any(
        t.norm in _SPEECH and not t.capitalised and not region[0] <= t.start < region[1]
        for t in tokens
    )


__all__ = ["claimed_keys", "quoted_topic"]
