"""A quote attributed by a bare title ("The President of the Republic ... declared that",
'"...," the premier said', "said the Secretary-General") whose holder the article names
elsewhere, read for :mod:`summarizer.verification.quotes.speakers` before the other attribution
rules.

Agency and official prose names an office-holder once, often as an apposition after the
title ("under the presidency of the President of the Republic, Mr. Abdelmadjid Tebboune",
"the Prime Minister, Youssef Amrani,") or with the title right before a name that keeps its
particles ("Premier Ruud van der Linde"), and then speaks of them by the title alone. The
title's one holder so named anywhere in the article outside quotation marks is the speaker;
anyone else is not. Two holders (a president and a former one, two premiers) or none decide
nothing here: the other rules read on (:mod:`summarizer.verification.quotes.title_holders`).

The attribution is read where a title stands as the subject of a speech verb: the clause
before the quote opening with "the" and a title ("The President of the Republic, in his
closing allocution, declared that"), or the words right after the closing mark ("the premier
said", "said the chancellor").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..context import Result
from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.names import TITLES, find_named, split_people
from ..sentences.speech import SPEECH_VERBS
from .page_offices import STRICT_RANKS

_LINKS = word_set("of the for")
_TIMES = frozenset((*MONTHS, *WEEKDAYS))
_CONTRASTS = word_set("whereas while but and")
_HONORIFICS = r"(?:(?:Mr|Mrs|Ms|Dr|Mme|Sheikh|Prince|H\.E)\.?\s+)?"
_PARTICLE = r"(?:van|von|der|den|de|da|di|du|del|bin|al|el|la|le|dos)"
# a name's word, or its initials ("J.D. Vance": not a holder named "J")
_WORD = r"(?:(?:[A-Z]\.){2,3}(?=\s+[A-Z])|[A-Z][\w'\u2019-]*)"
_NAME = rf"({_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{0,3}})"
_GENERIC = word_set("former late")
# a word between "X," and the title, never a preposition or a clause's ("Tuesday, by the ...")
_BETWEEN = r"(?!(?:by|in|on|at|to|from|with|and|who|which)\b)"


def title_verdict(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """True when a bare title attributes the quote (see the module) and its one named holder
    is ``value``, False when that holder is someone else, None otherwise."""
    for start, end in spans:
        title = _bare_title(article, start, end)
        if not title:
            continue
        holders = _holders(article, title)
        if len({holder[-1].norm for holder in holders}) != 1:
            return None
        if all(find_named(part, holders[-1], article.text) for part in split_people(value)):
            return True, ""
        who = " ".join(t.text for t in holders[-1])
        return False, f"the article names {who!r} as the {' '.join(title)}, who said this"
    return None


def _bare_title(article: ArticleText, start: int, end: int) -> tuple[str, ...]:
    region = article.quoted_region_at(start) or (start, end)
    text = article.text
    sentence = article.sentences[article.sentence_at(max(region[0] - 1, 0))]
    lowered = article.lowered
    if (
        "the " not in lowered[region[1] : region[1] + 30]
        and lowered[sentence[0] : sentence[0] + 4] != "the "
    ):
        return ()  # the cheap gate: no "the" title after the quote or opening its sentence
    after = article.outside_quotes(
        region[1] + 1, article.sentences[article.sentence_at(region[1])][1]
    )
    if after and after[0].norm == "the" and len(after) > 2:  # '"...," the premier said'
        words = _title_words(after[1:6])
        if words and len(after) > len(words) + 1 and after[len(words) + 1].norm in SPEECH_VERBS:
            return words
    if after and after[0].norm in SPEECH_VERBS and len(after) > 2 and after[1].norm == "the":
        words = _title_words(after[2:7])  # '"...," said the chancellor'
        if words and len(after) == len(words) + 2:
            return words
    lead = article.outside_quotes(sentence[0], region[0])
    if len(lead) < 3 or lead[0].norm != "the" or lead[1].norm not in TITLES:
        return ()
    verb = next((i for i, t in enumerate(lead) if t.norm in SPEECH_VERBS), None)
    if verb is None:
        return ()
    words = _title_words(lead[1:verb])
    if not words:
        return ()
    last = lead[len(words)]  # the title's last word; an aside may follow it, nothing else
    if len(words) + 1 < verb and not text[last.end : lead[len(words) + 1].start].startswith(","):
        return ()
    aside = lead[len(words) + 1 : verb]
    if any(t.capitalised for t in aside):  # "The prime minister, Elif Kaya, urged": named
        return ()
    if any(t.norm in _CONTRASTS for t in lead[verb:]) or ";" in text[lead[verb].end : region[0]]:
        return ()  # "..., whereas Murat Demir told reporters": another clause's quote
    return words


def _title_words(tokens: Sequence[Token]) -> tuple[str, ...]:
    """The title the tokens open with: title words, then "of the Republic"-style links and
    capitalised words; empty when a name or anything else is in it, or it is not a title."""
    words: list[str] = []
    for token in tokens:
        if (
            token.norm in TITLES
            and token.norm not in _GENERIC
            and len(words) == len([w for w in words if w in TITLES])
        ):
            words.append(token.norm)  # "prime minister", "secretary general"
        elif words and (token.norm in _LINKS or (token.capitalised and "of" in words)):
            words.append(token.norm)  # "president of the republic"
        else:
            break
    while words and words[-1] in _LINKS:
        words.pop()
    return tuple(words) if words and (words[-1] in TITLES or "of" in words) else ()


def _holders(article: ArticleText, title: tuple[str, ...]) -> list[list[Token]]:
    """The names the article gives the title's holder (see :func:`_pattern`), once per article
    and title."""
    key = ("title holders", title)
    known: list[list[Token]] | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = _find_holders(article, title)
    return known


def _find_holders(article: ArticleText, title: tuple[str, ...]) -> list[list[Token]]:
    text = article.text
    found: list[list[Token]] = []
    for match in _pattern(title).finditer(text):
        if article.quoted_region_at(match.start()) is not None:
            continue
        rank = text[max(0, match.start() - 12) : match.start()].split()
        if rank and rank[-1].lower() in STRICT_RANKS:
            continue  # "former President X", "Vice Premier He Lifeng": another office

        name = match.group(1) or match.group(2)
        if match.group(2) and text[match.end() : match.end() + 2] in SINGULAR_POSSESSIVES:
            continue  # "Lars Moe, the prime minister's son": the title is his owner's
        if match.group(2) and re.match(rf"\s+{_HONORIFICS}[A-Z]", text[match.end() :]):
            continue  # "from the centre in Hanoi, Prime Minister X": the title heads a name
        if match.group(1) and "," not in match.group(0) and match.group(0)[:1].islower():
            continue  # "said the president Wednesday": a lower-case title runs into no name
        tokens = [t for t in tokenize(name, match.start()) if t.norm not in TITLES]
        if any(t.norm in _TIMES for t in tokens):
            continue  # "the President, Tuesday," names a day
        if tokens and tokens[-1].capitalised:
            found.append(tokens)
    return found


@lru_cache(maxsize=256)
def _pattern(title: tuple[str, ...]) -> re.Pattern[str]:
    """The title followed by a comma and a name, or right by a name; or a name, a comma, up
    to three words and the title."""
    head = r"\s+".join(re.escape(word) for word in title)
    return re.compile(
        rf"(?i:\b{head}),?\s+{_HONORIFICS}{_NAME}(?=[\s,.;:)]|$)"
        rf"|\b{_NAME},[ \t]+(?:{_BETWEEN}[\w'\u2019-]+[ \t]+){{0,3}}?(?i:{head})\b"
    )


__all__ = ["title_verdict"]
