"""The holder shapes with a verb in a person's own sentence, and the confirm-only tie that
reads every holder shape (:mod:`.holder_shapes` reads those of one name without a verb,
:mod:`.holder_lists` those of a list of names), for
:mod:`summarizer.verification.confirm_only` (session 51).

exp50's shape A3 (about 230 of 1,647 new weak flags on checks 50-100) is the body in the
person's sentence as the topic of their verb, or of a verb of heading they are the agent of:
- "X, who leads Y", "X, who has run Y since 2019", "X led Iran's team", "X, who serves as
  Qatar's minister", "X, who works for Y", "X signed for Kinshasa";
- "Ukraine's team was led by X", "the Ukrainian delegation, led by X", "Moscow sent a
  delegation headed by X", "Washington's side is co-led by A, B and X";
- "Shoigu and Lavrov on the Russian side", "Rajiv Ghai for India and Kashif Abdullah for
  Pakistan";
- "Jeffrey Schwab, whose Liberty Justice Center", "Jared Kushner, the president's
  son-in-law, heads Affinity Partners", "Blue Origin, the rocket company founded by X".
Not read as a tie: a past ("who ran Y until 2019", "who once led"), a verb that is no
membership ("who met Y", "who criticised Y", "talks with Y"), and a group another party's
word stands in ("Ukraine's team met the Russian delegation headed by X").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.comparators import Supported
from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from .fact_people import person_and_value
from .holder_lists import (
    PREPOSITIONS,
    bracketed,
    group_list,
    party_label,
    plain_before,
    shared_holder,
)
from .holder_shapes import (
    VERBS,
    apposition,
    before_name,
    heads_phrase,
    post_before,
    sound,
    titled_of,
)
from .holder_words import (
    ARTICLES,
    NOT_MEMBER,
    PEOPLE,
    Hit,
    Value,
    ended,
    ends_at,
    gap,
    hits_of,
    post_word,
    read_value,
    stem,
)
from .names import NOT_NAMES, find_person
from .role_descriptions import sentences_of

# Verbs of heading a body, in a relative clause or the main clause ("who leads", "X runs Y").
_HEADS = word_set(
    """leads led heads headed chairs chaired runs ran run directs directed commands
    commanded manages managed founded cofounded represents represented fronts
    fronted captains captained coaches coached coordinates coordinated oversees oversaw
    steers steered"""
)
# Verbs of serving a body, before a preposition ("works for", "serves as", "signed for").
_SERVES = {
    "works": "for at with", "worked": "for at with", "serves": "as on with at",
    "teaches": "at", "taught": "at", "studies": "at", "lectures": "at",
    "served": "as on with at", "speaks": "for", "spoke": "for", "sits": "on", "sat": "on",
    "plays": "for", "played": "for", "signed": "for",
}  # fmt: skip
_AUXILIARIES = word_set("is was has have had been now also currently still jointly")
_GROUPS = word_set(
    """team teams side delegation delegations government ministry party campaign coalition
    bloc camp panel committee council board negotiators mission cabinet administration
    company firm business startup maker chain outlet newspaper paper broadcaster network
    fund carrier airline club group"""
)
_BY_VERBS = word_set(
    """led headed chaired run fronted founded cofounded owned controlled managed directed
    coached captained"""
)
_BE = word_set("was is were are been being")
# Words between a body and its group's noun ("Moscow sent a lower-ranking delegation").
_SENDING = word_set(
    "sent fielded dispatched its a an the own small lower higher ranking level senior top new"
)


def heads_body(text: str, tokens: Sequence[Token], last: int, hits: list[Hit]) -> bool:
    """ "X, who leads Y", "X, who has run Y since 2019", "X led Iran's team", "X, who works
    for Y", "X, who is Y's chief economist": a verb of heading or serving (or a copula, then
    a post's words) right after the name, then the value."""
    at = last + 1
    if at >= len(tokens):
        return False
    mark = gap(text, tokens, last).strip()
    if mark == "," and tokens[at].norm == "who":
        at += 1
    elif mark == ",":
        at = _after_apposition(text, tokens, at)  # "Kushner, the president's son-in-law, heads"
        if at < 0:
            return False
    elif mark != "":
        return False
    copula = False
    while at < len(tokens) and tokens[at].norm in _AUXILIARIES and at - last < 5:
        copula = copula or tokens[at].norm in ("is", "was")
        at += 1
    if at >= len(tokens):
        return False
    if tokens[at].norm == "co" and at + 1 < len(tokens) and tokens[at + 1].joined:
        at += 1  # "who co-founded Oracle"
    verb = tokens[at].norm
    acts = verb in _HEADS or verb in _SERVES
    if not acts and not (copula and _copula_opens(tokens[at])):
        return False  # "was glad of the agreement Brussels and Washington reached"
    start = at + 1 if acts else at
    for hit in hits:
        if hit.first < start or hit.first - start > 8:
            continue
        if any(ends_at(text, tokens, k) for k in range(at, hit.first)):
            continue
        if verb in _HEADS and not _object(text, tokens, start, hit):
            continue  # "Palmer runs riot as Chelsea crush PSG"
        if verb in _SERVES and (
            start >= hit.first or tokens[start].norm not in _SERVES[verb].split()
        ):
            continue  # "spoke directly with Israeli Prime Minister X"
        if post_before(text, tokens, start, hit) and sound(text, tokens, hit):
            return not ended(text, tokens, hit.last + 1)  # "who ran Y until 2019"
    return False


def _after_apposition(text: str, tokens: Sequence[Token], start: int) -> int:
    """The token after an apposition that opens at ``start`` and closes with a comma within
    twelve words (the main clause's verb goes on describing the name), or -1."""
    if not (tokens[start].norm in ARTICLES or post_word(tokens[start])):
        return -1
    for at in range(start, min(len(tokens) - 1, start + 12)):
        if ends_at(text, tokens, at):
            return at + 1 if gap(text, tokens, at).strip() == "," else -1
    return -1


def _copula_opens(token: Token) -> bool:
    """What a copula's description opens with ("is the", "was a member", "is now at Yale",
    "is Y's chief economist")."""
    return (
        token.norm in ARTICLES
        or token.norm in ("at", "with", "of", "for")
        or post_word(token)
        or token.text.endswith(SINGULAR_POSSESSIVES)
    )


def _object(text: str, tokens: Sequence[Token], start: int, hit: Hit) -> bool:
    """The value as the object of a verb of heading, and its head: over an article and a few
    words ("leads the National Unity party", "heads Ethiopia's armed forces", "chairs the
    board of Bank Rossiya", "founded the Minnesota nonprofit Feeding Our Future"), no
    preposition but "of", no number ("joined 212 Democrats"; "who directs the group's
    Afghanistan programme" heads a programme)."""
    between = tokens[start : hit.first]
    return (
        len(between) <= 4
        and all(
            token.norm not in NOT_MEMBER
            and token.norm not in VERBS
            and not token.is_number
            and (token.norm == "of" or token.norm not in PREPOSITIONS)
            and token.norm != "as"
            for token in between
        )
        and heads_phrase(text, tokens, hit)
    )


def _name_back(text: str, tokens: Sequence[Token], at: int) -> int:
    """The first token of a titled name ending at ``at`` ("Commerce Secretary Howard
    Lutnick", one run of words with spaces between), or -1 when the word there is none."""
    start = at
    while (
        start >= 0
        and at - start < 6
        and (tokens[start].capitalised or post_word(tokens[start]))
        and (start == at or gap(text, tokens, start).strip() in ("", "-", "."))
    ):
        start -= 1
    return start + 1 if start < at else -1


def led_by(text: str, tokens: Sequence[Token], first: int, hits: list[Hit]) -> bool:
    """ "Ukraine's team was led by X", "the Ukrainian delegation, led by X", "Moscow sent a
    delegation headed by X", "Washington's side is co-led by A, B and X": the value, a group's
    noun, "led/headed by", post words and the name (or a list of titled names ending in it)."""
    titled = _name_back(text, tokens, first - 1)
    at = first - 1 if titled < 0 else titled - 1
    for _ in range(4):  # back over the list's other names
        if at < 1 or tokens[at].norm == "by":
            break
        if tokens[at].norm == "and":
            at -= 1
        elif gap(text, tokens, at).strip() != ",":
            break
        start = _name_back(text, tokens, at)
        if start < 1:
            return False
        at = start - 1
    if at < 1 or tokens[at].norm != "by" or tokens[at - 1].norm not in _BY_VERBS:
        return False
    at -= 2
    if tokens[at + 1].joined:  # "co-led"
        at -= 1
    while at >= 0 and tokens[at].norm in _BE:
        at -= 1
    if at < 0:
        return False
    if tokens[at].norm not in _GROUPS:  # "the Department of Transportation, led by X"
        return any(hit.last == at and plain_before(tokens, hit) for hit in hits)
    return any(
        hit.last < at
        and at - hit.last <= 5
        and sound(text, tokens, hit)
        and _group_words(text, tokens, hit, at)
        for hit in hits
    )


def _group_words(text: str, tokens: Sequence[Token], hit: Hit, group: int) -> bool:
    """The words between the value and its group's noun: a sending verb and articles
    ("Moscow sent a lower-ranking delegation"), a post word ("the Ukrainian delegation"), or
    an apposition's plain words ("Blue Origin, the rocket company", "Arora Group, the hotel
    and property firm")."""
    apposed = gap(text, tokens, hit.last).strip() == "," and tokens[hit.last + 1].norm in (
        "the",
        "a",
        "an",
    )
    for k in range(hit.last + 1, group):
        token = tokens[k]
        if token.norm in _SENDING or (k == hit.last + 1 and post_word(token)):
            continue
        if apposed and not token.capitalised and token.norm not in NOT_MEMBER:
            if k > hit.last + 1 and ends_at(text, tokens, k - 1):
                return False
            continue
        return False
    return True


def _parallel(tokens: Sequence[Token], first: int) -> bool:
    """ "signed for the government and Getachew Reda for the TPLF": the name closes a pair
    whose first half gave its "for" (a body that is no country is read only so)."""
    return (
        first > 0
        and tokens[first - 1].norm == "and"
        and any(token.norm == "for" for token in tokens[max(0, first - 12) : first - 1])
    )


_SEATED = word_set("sat sit sits seated were was is are")


def on_side(text: str, tokens: Sequence[Token], first: int, last: int, hits: list[Hit]) -> bool:
    """ "Shoigu and Foreign Minister Sergei Lavrov on the Russian side", "Rajiv Ghai for
    India and Kashif Abdullah for Pakistan": after the name (over other titled names joined by
    "and"), "on/for the" value "side", or "for" a country then the item's end."""
    at = last + 1
    while (
        at < len(tokens)
        and at - last < 10
        and (
            tokens[at].capitalised
            or tokens[at].norm == "and"
            or tokens[at].norm in _SEATED
            or post_word(tokens[at])
        )
    ):
        at += 1
    if at >= len(tokens) or tokens[at].norm not in ("on", "for"):
        return False
    if any(ends_at(text, tokens, k) for k in range(last, at)):
        return False
    for hit in hits:
        offset = hit.first - at
        if offset not in (1, 2) or (offset == 2 and tokens[at + 1].norm != "the"):
            continue
        if not sound(text, tokens, hit):
            continue
        after = hit.last + 1
        if after < len(tokens) and tokens[after].norm in ("side", "camp", "team"):
            return True
        if (
            tokens[at].norm == "for"
            and at == last + 1
            and (hit.bare_name or _parallel(tokens, first))
            and not hit.possessive
            and (
                after >= len(tokens)
                or tokens[after].norm == "and"
                or gap(text, tokens, hit.last).strip() in (",", ";", ".")
            )
        ):
            return True
    return False


def whose_body(text: str, tokens: Sequence[Token], last: int, hits: list[Hit]) -> bool:
    """ "Jeffrey Schwab, whose Liberty Justice Center represents": the value right after
    ", whose"."""
    at = last + 1
    if at + 1 >= len(tokens) or tokens[at].norm != "whose":
        return False
    if gap(text, tokens, last).strip() != ",":
        return False
    return any(
        hit.first == at + 1 and not hit.possessive and sound(text, tokens, hit) for hit in hits
    )


def _name_tail(text: str, tokens: Sequence[Token], hit: Hit, value: Value, named: set[int]) -> bool:
    """Whether the value ends a longer name after its "of" ("University of Chicago
    president", "Royal Bank of Scotland chairman" write no Chicago nor Scotland): a
    capitalised word before the "of" that is no post, no word of the value's own ("the
    Ministry of Defence" for "Defence Ministry") and no word of the person's name ("Kim
    Moon-soo of the People Power Party")."""
    at = hit.first - 1
    if at >= 0 and tokens[at].norm == "the":
        at -= 1
    if at < 1 or tokens[at].norm != "of" or at - 1 in named:
        return False
    word = tokens[at - 1]
    return (
        word.capitalised
        and not word.text.endswith(SINGULAR_POSSESSIVES)
        and word.norm not in PEOPLE
        and stem(word.norm) not in value.every
        and gap(text, tokens, at - 1) == " "
    )


def _left_after(text: str, tokens: Sequence[Token], last: int) -> bool:
    """ "Lindqvist Paper chief Greta Holm, who retired in 2019": a relative clause after the
    name that ends the post its title run named (:func:`.holder_words.ended`)."""
    at = last + 1
    return (
        at + 1 < len(tokens)
        and gap(text, tokens, last).strip() == ","
        and tokens[at].norm == "who"
        and ended(text, tokens, at + 1)
    )


def _tied_in(article: ArticleText, index: int, name: str, value: Value) -> bool:
    """Whether sentence ``index`` ties the named person to the value by a holder shape."""
    tokens = article.sentence_tokens(index)
    text = article.text
    spans = find_person(name, tokens, text)
    if not spans:
        return False
    hits = hits_of(text, tokens, value, frozenset(first for first, _ in spans))
    named = {k for first, last in spans for k in range(first, last + 1)}
    hits = [hit for hit in hits if not _name_tail(text, tokens, hit, value, named)]
    for first, last in spans:
        if party_label(text, tokens, last, value):
            return True
        if not hits:
            continue
        if not _left_after(text, tokens, last) and any(
            before_name(text, tokens, hit, first) or titled_of(text, tokens, hit, first)
            for hit in hits
        ):
            return True
        if (
            apposition(text, tokens, last, hits)
            or shared_holder(text, tokens, first, last, hits)
            or heads_body(text, tokens, last, hits)
            or led_by(text, tokens, first, hits)
            or on_side(text, tokens, first, last, hits)
            or whose_body(text, tokens, last, hits)
            or group_list(text, tokens, first, hits)
            or bracketed(text, tokens, first, last, hits)
        ):
            return True
    return False


def shape_tied(article: ArticleText, name: str, value: str) -> bool:
    """Whether a sentence naming the person ties them to ``value`` by a holder shape (kept
    per article, person and value)."""
    key = ("holder shapes", name, value)
    known: bool | None = article.memo.get(key)
    if known is None:
        words = [t for t in tokenize(name) if t.norm not in NOT_NAMES]
        read = read_value(value)
        known = (
            bool(words)
            and bool(read.words or read.party)
            and any(
                _tied_in(article, index, name, read)
                for index in sentences_of(article, words[-1].text.lower())
            )
        )
        article.memo[key] = known
    return known


def holder_shape_tie(value: Any, rule: Supported, ctx: Context) -> bool:
    """Whether a sentence naming the fact's person ties them to ``value`` (see the module)."""
    pair = person_and_value(value, ctx)
    return pair is not None and shape_tied(ctx.article, *pair)


__all__ = ["holder_shape_tie", "shape_tied"]
