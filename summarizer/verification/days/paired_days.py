"""An event's day against the day of a neighbouring pair in the same sentence (session 57).

News sentences often list two steps or two things of a story, each with its own day: "M23
captured Goma in late January, and took Bukavu on 14 February"; "The company released headline
results on April 17 and the full data on June 21"; "Two banks went under: Republic First Bank
in April and First National Bank of Lindsay in October". Each day pairs with the words just
before it, back to the previous day of the sentence: that stretch (its *lead*) names what the
day dates. A fact-checker reading "took Bukavu" for the event gives it the day whose lead names
Bukavu, and reads the other day as the other step's.

The reading is narrow, since a day's lead often leaves out the event's words that the
sentence's subject holds for both steps ("The storm weakened on Monday and made landfall on
Wednesday"). A day is refused only when (1) another day's lead holds words of the event's
description that its own lead lacks, worth at least two (a name, written with a capital, counts
two: "Bukavu", "Republic"; a plain word one: "headline", "results"), and (2) its own lead holds
no word of the description the other lead lacks (then it names a part of the event of its own:
"made landfall on Wednesday" beside "Hurricane Milton strengthened on Monday"). A day that
opens the sentence ("On 3 May, the council ...") has no lead before it and is left alone, as
is a day written in parts ("Saturday, November 22") and the same day written again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...text.vocabulary import STOPWORDS
from ..page.tokens import Token, tokenize, word_set
from .sibling_days import Span
from .tied_days import same_word, whole_day

_LEAD = 8  # words of a day's lead, back from its first word, at most
_WORTH = 2  # what another lead's own words of the event must be worth
# Words of a lead that tell a plan, not a step taken ("had been expected on Tuesday; instead
# the court delivered it on Thursday": the plan's day is no step of the event's own).
_PLANNED = word_set("expected due scheduled planned slated supposed set intended meant")
# Words that take the event up again in the value's own lead ("delivered it on Thursday").
# Verbs and auxiliaries that do not end in "-ed" (a lead of these alone names no thing).
_VERBS = word_set(
    """was were is are be been being had has have did does will would took made gave
    began held came went fell rose won lost sold paid left met said told ran set put hit
    saw late early later again still then also""",
)
_BACK_REFERENCE = word_set("it its them they their this these those he she his her")


def paired_elsewhere(
    tokens: Sequence[Token], first: int, mentions: Sequence[Span], fact: Any, text: str
) -> str | None:
    """What the day at ``tokens[first]`` dates instead of the event ``fact`` (None: its own, or
    no reading): another step of the sentence's list, when another day's lead names the
    event and its own lead does not (see the module)."""
    words = _description_words(fact)
    if not words:
        return None
    last = next((m[2] for m in mentions if m[1] == first), first)
    keys = next((m[0] for m in mentions if m[1] == first), frozenset())
    first, last = whole_day(first, last, mentions)
    spans = sorted({whole_day(low, high, mentions) for _, low, high in mentions})
    own = _lead(tokens, first, spans, words)
    if own is None or own or not _names_another(tokens, first, spans):
        return None
    if _fronted(tokens, first, last, spans, text):
        return None
    for other_keys, low, high in mentions:
        low, high = whole_day(low, high, mentions)
        if (low <= last and high >= first) or (keys and other_keys & keys):
            continue  # the day itself, a part of it, or the same day written again
        other = _lead(tokens, low, spans, words)
        if other is None or _planned(tokens, low, spans):
            continue
        extra = {norm: capital for norm, capital in other.items() if norm not in own}
        if sum(2 if capital else 1 for capital in extra.values()) >= _WORTH:
            named = ", ".join(sorted(extra))
            return f"another step's day: the event's words ({named}) are paired with another day"
    return None


def _lead_tokens(
    tokens: Sequence[Token], first: int, spans: Sequence[tuple[int, int]]
) -> Sequence[Token] | None:
    """The lead of the day at ``tokens[first]``: the few words before it, back to the end of
    the sentence's previous day; None when the day follows another day at once."""
    start = max(0, first - _LEAD)
    for _, high in spans:
        if high < first:
            start = max(start, high + 1)
    lead = tokens[start:first]
    return lead if sum(1 for token in lead if not token.is_number) >= 2 else None


def _fronted(
    tokens: Sequence[Token], first: int, last: int, spans: Sequence[tuple[int, int]],
    text: str,
) -> bool:  # fmt: skip
    """Whether the day opens its sentence ("Early in June Italian police ...", "At dawn on
    Sunday, 2 March, the two sides ...", "Meeting in Vienna on Sunday, the ministers ..."): no
    day before it, its lead reaching the sentence's start, and a comma or a capital after it;
    its clause then comes after it, and its lead tells nothing of what it dates."""
    if first > _LEAD or any(high < first for _, high in spans) or last + 1 >= len(tokens):
        return False
    after = tokens[last + 1]
    return after.capitalised or "," in text[tokens[last].end : after.start]


def _names_another(tokens: Sequence[Token], first: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the day's lead names a thing of its own (a noun, read as a longer word that is
    no verb, adverb or stop word: "the full data on", "captured Goma ... in"), and nothing that
    takes the event up again; a bare verb ("and closed on 6 March", "and was arrested on") is
    the next step of the sentence's own subject."""
    lead = _lead_tokens(tokens, first, spans) or ()
    if any(token.norm in _BACK_REFERENCE for token in lead):
        return False
    return any(_noun_like(token) for token in lead)


def _noun_like(token: Token) -> bool:
    norm = token.norm
    if token.is_number or len(norm) < 3 or norm in STOPWORDS:
        return False
    return not (norm.endswith(("ed", "ly")) or norm in _VERBS)


def _planned(tokens: Sequence[Token], first: int, spans: Sequence[tuple[int, int]]) -> bool:
    lead = _lead_tokens(tokens, first, spans) or ()
    return any(token.norm in _PLANNED for token in lead)


def _lead(
    tokens: Sequence[Token], first: int, spans: Sequence[tuple[int, int]],
    words: dict[str, bool],
) -> dict[str, bool] | None:  # fmt: skip
    """The event's words in the lead of the day at ``tokens[first]`` (each with whether the
    description writes it with a capital): the few words before it, back to the end of the
    sentence's previous day; None when the day has no lead (it opens the sentence or follows
    another day at once)."""
    lead = _lead_tokens(tokens, first, spans)
    if lead is None:
        return None
    found: dict[str, bool] = {}
    for token in lead:
        for norm, capital in words.items():
            if token.norm == norm or same_word(token.norm, frozenset({norm})):
                found[norm] = capital
    return found


def _description_words(fact: Any) -> dict[str, bool]:
    """The description's longer words (four letters or more, or a name), each with whether it
    is written with a capital (a name: what tells one step's party from another's)."""
    description = getattr(fact, "description", None)
    if not isinstance(description, str):
        return {}
    found: dict[str, bool] = {}
    for index, token in enumerate(tokenize(description)):
        plain = token.norm in STOPWORDS or (len(token.norm) < 4 and not token.capitalised)
        if token.is_number or plain:
            continue
        found[token.norm] = (token.capitalised and index > 0) or found.get(token.norm, False)
    return found


__all__ = ["paired_elsewhere"]
