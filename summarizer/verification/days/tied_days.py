"""An event's day against the day its own word is dated with, in the same sentence.

A news sentence often dates two things: the event and the act that brought it to the page
("Police announced on 8 March that two men had been arrested on 5 March"; "Lawyers filed the
suit on June 4 over a bus crash on May 20"; "The report, published on 4 December, found the dam
had cracked on 18 November"), or the event and another act beside it ("The fire broke out on 3
August and was reported to the council on 5 August"). A fact-checker gives the event the day
that stands on the event's own word ("arrested on 5 March", "a crash on May 20", "cracked on 18
November"): that pairing is the sentence's own statement of when the event was, so another day
of the same sentence, one no event word stands on, dates the other clause's act.

The tie is read tightly, so that it names the event's act and not a party to it: an event word
(:func:`.event_about.about_words`, in any inflection) right before the day's preposition, with
only auxiliaries, particles and time adverbs between ("had cracked on", "broke out early on",
"happened on"), or right after the day ("the May 20 crash", "Monday's crash"). A day is left
alone when it is tied itself, when no other day of the sentence is tied, and when the other
tied day is the same day written again; a day the event is given in another sentence is
found there (the value is read in each evidence sentence).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..page.tokens import Token, tokenize, word_set
from .event_about import about_words, kin_named
from .sibling_days import Span, other_days

# The prepositions a day stands after ("crashed on May 20", "for 9 May", "in March").
_BEFORE_DAY = word_set("on at in for by during from until")
# Words between an event's word and its day's preposition that tell no other act: auxiliaries,
# particles, time adverbs, and the verbs of mere occurrence ("the breach happened on 2 April").
_BETWEEN = word_set(
    """was were is are be been being had has have did out up off down away early late
    earlier later overnight first again finally only just happened occurred took place
    began begun started held""",
)
_AFTER = 3  # words from an event word back to the day's preposition, at most
_VERB_BACK = 4  # words from another act's verb back to the day's preposition, at most
_SUBJECT_BACK = 6  # words back from that verb in which the event may stand as its subject
# Words that open another clause before a verb (its subject is then not the event's words).
_SUBJECT_STOPS = word_set("that which who when where after before since while as because if")
# Past tenses that do not end in "-ed" ("said on Thursday", "brought on May 1").
_PAST = word_set(
    """said told brought made took gave held met sent wrote found saw knew went came put set
    left won lost paid sold bought struck began spoke heard ran"""
)
# Endings of the same word in another form ("crash", "crashed", "crashes"; "strike", "strikes").
_ENDINGS = ("s", "es", "d", "ed", "ing", "ings")


def tied_elsewhere(
    tokens: Sequence[Token], first: int, last: int, mentions: Sequence[Span], fact: Any,
    text: str,
) -> str | None:  # fmt: skip
    """What the day at ``tokens[first:last + 1]`` dates instead of the event ``fact`` (None:
    its own day, or no reading): another clause's act, when it stands on a verb of another act
    and on no word of the event's, and another day of the sentence (``mentions``) stands on
    a word of the event's act."""
    own = _act_words(fact)
    if not own:
        return None
    first, last = _whole_day(first, last, mentions)  # "on Saturday, November 22"
    if _tied(tokens, first, last, own) or not _other_verb(tokens, first, own, text):
        return None
    for low, high in other_days(mentions, first, last):
        low, high = _whole_day(low, high, mentions)
        if low <= last and high >= first:
            continue  # a part of the value's own day ("Wednesday, June 11")
        if word := _word_of(tokens, low, high, own):
            return f"another act's day: the sentence dates the event's own word ({word}) otherwise"
    return None


def _whole_day(first: int, last: int, mentions: Sequence[Span]) -> tuple[int, int]:
    """The span of a day written in parts ("Saturday, November 22", "Wednesday, June 11, 2025"):
    mentions next to each other, or one word apart, are one day."""
    changed = True
    while changed:
        changed = False
        for _, low, high in mentions:
            if low < first and first - 2 <= high < first:
                first, changed = low, True
            if high > last and last < low <= last + 2:
                last, changed = high, True
    return first, last


def _other_verb(tokens: Sequence[Token], first: int, own: frozenset[str], text: str) -> bool:
    """Whether a verb of another act stands on the day: a past tense or participle within a
    few words before its preposition ("Police announced on 8 March", "filed the lawsuit on
    June 4", "was reported to police only on 15 January"), none of them the event's words."""
    index = first - 1
    if index < 0 or tokens[index].norm not in _BEFORE_DAY:
        return False
    for back in range(index - 1, max(index - 1 - _VERB_BACK, -1), -1):
        norm = tokens[back].norm
        if _same(norm, own) or tokens[back].capitalised:
            return False
        if norm in _PAST or (norm.endswith("ed") and len(norm) > 4):
            return not _event_subject(tokens, back, own, text)
    return False


def _event_subject(tokens: Sequence[Token], verb: int, own: frozenset[str], text: str) -> bool:
    """Whether the event itself stands before the verb in its clause, as its subject ("A
    suicide bomber struck ... on 11 June", "The summit began on Tuesday and wrapped up on
    Wednesday"): then the verb is the event's own act, or its end, not another's."""
    for index in range(verb - 1, max(verb - 1 - _SUBJECT_BACK, -1), -1):
        if "," in text[tokens[index].end : tokens[index + 1].start]:
            return False  # the clause opens after a comma
        if _same(tokens[index].norm, own):
            return True
        if tokens[index].norm in _SUBJECT_STOPS:
            return False
    return False


def _act_words(fact: Any) -> frozenset[str]:
    """The event's words less its parties: a name or a possessive of the description ("drivers'
    strike", "Leeds council") names who acted, and a day beside them ("a walkout by the same
    drivers on 2 April") may be another of their acts."""
    description = getattr(fact, "description", None)
    if not isinstance(description, str):
        return frozenset()
    parties = {
        token.norm
        for token in tokenize(description)
        if token.capitalised or description[token.end : token.end + 1] in ("'", "\u2019")
    }
    return about_words(fact) - parties


def _tied(tokens: Sequence[Token], first: int, last: int, own: frozenset[str]) -> bool:
    return _word_of(tokens, first, last, own) is not None


def _word_of(tokens: Sequence[Token], first: int, last: int, own: frozenset[str]) -> str | None:
    """The event word the day at ``tokens[first:last + 1]`` stands on (see the module)."""
    if last + 1 < len(tokens) and _same(tokens[last + 1].norm, own):
        return tokens[last + 1].text  # "the May 20 crash", "Monday's crash"
    index = first - 1
    if index < 0 or tokens[index].norm not in _BEFORE_DAY:
        return None
    for back in range(index - 1, max(index - 1 - _AFTER, -1), -1):
        if _same(tokens[back].norm, own):
            return tokens[back].text
        if tokens[back].norm not in _BETWEEN and not tokens[back].norm.endswith("ly"):
            return None
    return None


def _same(norm: str, own: frozenset[str]) -> bool:
    """``norm`` is one of the event's words in some inflection ("crashed" for "crash")."""
    if kin_named(norm, own):
        return True
    for word in own:
        short, long = sorted((word, norm), key=len)
        if len(short) >= 4 and long.startswith(short) and long[len(short) :] in _ENDINGS:
            return True
        if len(short) >= 4 and short.endswith("e") and long == short[:-1] + "ing":
            return True
    return False


__all__ = ["tied_elsewhere"]
