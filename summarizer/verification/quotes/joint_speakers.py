"""A joint quote of two bodies given by a plural noun ("The companies said", "the two firms
said"), read for :mod:`summarizer.verification.quotes.continued_speakers` (check 69,
session 31).

A speaker value that names two bodies ("Nippon Steel and U.S. Steel") is the speaker of a
quote whose own sentence gives it to "the companies", "the two firms", "both carriers":
"the" (or "both", "the two", "the three") and a plural noun for firms or bodies, as the
speech verb's subject (:mod:`attribution_phrases`, or a lead-in opening "Both companies
said"). Each named part must be written on the page before the phrase, within three
paragraphs; an acronym between the last of them and the phrase (another body) leaves it
unread.

It refuses (:func:`joint_refusal`) one speaker's value ("Nippon Steel") for "the companies
said", and a pair for "the union said" (one body's noun): the read-back gave both to the
sentence before's subject. A naming verb's plural subject ("Both companies called the
venture "..."") is left to :mod:`naming_verbs`, which refuses it (a known limit). Known
limit too: a pair whose second half is a third body the page names before the phrase
("Nippon Steel and Cleveland-Cliffs" when both rivals are named) is accepted: the page does
not tell which two the plural means.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..context import Result
from ..page.article import ArticleText
from ..page.quote_spots import lead_of, quote_spot
from ..page.tokens import Token, tokenize, word_set
from ..sentences.speech import SPEECH_VERBS
from .attribution_phrases import attribution_phrase
from .collective_speakers import BODY_NOUNS

# Plural nouns a pair of bodies speaks through ("the companies said", "both airlines").
_PLURALS = word_set(
    """companies firms groups carriers airlines unions steelmakers carmakers automakers
    manufacturers producers operators lenders banks partners organisations organizations
    governments ministries regulators agencies makers insurers retailers corporations"""
)
_OPENERS = word_set("the both")
_COUNTS = word_set("two three both")
_PAIRS = word_set("pair duo")
_PARAGRAPHS = 3
# A list that runs on past the pair ("Airbus, Thales and Leonardo"): a third body speaks too.
_LIST_ON = re.compile(r"\s*(?:,|and\b|&)\s*(?:the\s+)?[A-Z]")
_LIST_BEFORE = re.compile(r"[A-Z][\w.'\u2019&-]*,\s*(?:the\s+)?$")


def _parts(value: str) -> list[str]:
    """The bodies a joint value names ("Nippon Steel and U.S. Steel" -> both), or []."""
    parts = [part.strip() for part in value.replace(" & ", " and ").split(" and ")]
    return parts if len(parts) >= 2 and all(parts) else []


def _plural_phrase(phrase: Sequence[Token]) -> bool:
    """Whether the phrase is "the/both [two] PLURAL" with nothing else in it, "the pair", or a
    counted plural with one word before it ("the two food makers"); never other plurals ("the
    three leaders", "the two countries": people's or countries', not a pair of bodies')."""
    if not phrase or phrase[0].norm not in _OPENERS or len(phrase) > 4:
        return False
    if len(phrase) == 2 and phrase[0].norm == "the" and phrase[1].norm in _PAIRS:
        return True
    if phrase[-1].norm not in _PLURALS:
        return False
    if all(t.norm in _COUNTS for t in phrase[1:-1]) and len(phrase) <= 3:
        return True
    counted = len(phrase) == 4 and phrase[1].norm in _COUNTS  # "the two food makers"
    return counted and phrase[2].norm.isalpha() and not phrase[2].capitalised


def _last_before(article: ArticleText, part: str, at: int) -> int | None:
    """Where the page last writes ``part`` (as a whole word) before ``at``, or None."""
    text = article.text
    found = text.rfind(part, 0, at)
    while found >= 0:
        end = found + len(part)
        if not text[found - 1 : found].isalnum() and not text[end : end + 1].isalnum():
            return end
        found = text.rfind(part, 0, found)
    return None


def _phrase(article: ArticleText, region: tuple[int, int], sentence: int) -> list[Token] | None:
    """The quote's speaker phrase (:mod:`attribution_phrases`), or a lead-in that opens with
    "Both companies" and a speech verb ("Both companies said the ruling gave "..."")."""
    phrase = attribution_phrase(article, region, sentence)
    if phrase is not None:
        return phrase
    lead = lead_of(article, region, sentence)
    for size in (2, 3):
        if len(lead) > size and lead[size].norm in SPEECH_VERBS and _plural_phrase(lead[:size]):
            return lead[:size]
    return None


def joint_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` is the joint value's by a plural noun (see doc)."""
    parts = _parts(value)
    if not parts:
        return False
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        phrase = _phrase(article, region, sentence)
        if phrase is None or not _plural_phrase(phrase):
            continue
        at = phrase[0].start
        ends = [_last_before(article, part, at) for part in parts]
        if any(end is None for end in ends):
            continue
        first = min(end for end in ends if end is not None)
        latest = max(end for end in ends if end is not None)
        if article.paragraph_at(at) - article.paragraph_at(first) > _PARAGRAPHS:
            continue
        between = tokenize(article.text[latest:at], latest)
        if _listed_with_more(article.text, parts, first, latest):
            continue
        if not any(len(t.text) > 1 and t.text.isupper() for t in between):
            return True
    return False


def _listed_with_more(text: str, parts: Sequence[str], first: int, latest: int) -> bool:
    """Whether the pair is written in a list of more bodies ("The RMT, ASLEF and TSSA"):
    the plural noun then means all of them, not the two."""
    head = first - len(next(p for p in parts if text.rfind(p, 0, first) == first - len(p)))
    return bool(_LIST_ON.match(text, latest) or _LIST_BEFORE.search(text[max(0, head - 60) : head]))


def _more_than_two(article: ArticleText, parts: Sequence[str], phrase: Sequence[Token]) -> bool:
    """Whether the pair's last writing before the phrase lists a third body with them."""
    ends = [_last_before(article, part, phrase[0].start) for part in parts]
    if any(end is None for end in ends):
        return False
    found = [end for end in ends if end is not None]
    return _listed_with_more(article.text, parts, min(found), max(found))


def joint_refusal(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """A refusal when the quote's own phrase is a plural noun of bodies ("The companies
    said", "Both carriers said") and the value names one speaker, not two: the words are
    the pair's; None otherwise (the other readings decide)."""
    joint = bool(_parts(value))
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        phrase = _phrase(article, region, sentence)
        if phrase is None:
            continue
        said = " ".join(t.text for t in phrase)
        if joint and _plural_phrase(phrase) and _more_than_two(article, _parts(value), phrase):
            return False, f"the quote's {said} are more bodies than {value!r}"
        if not joint and _plural_phrase(phrase):
            return False, f"the quote's own sentence gives it to {said}, not {value!r} alone"
        singular = len(phrase) == 2 and phrase[0].norm == "the" and phrase[1].norm in BODY_NOUNS
        if joint and singular:  # "The union said" is no pair of companies' words
            return False, f"the quote's own sentence gives it to {said}, not {value!r}"
    return None


__all__ = ["joint_refusal", "joint_verdict"]
