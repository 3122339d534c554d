"""Counts stated in forms the number reader leaves unread, read only where the count's own
``what`` says what the form means (outside checks 50-100, session 46: 24 correct counts
refused as "not stated in its evidence"), for
:func:`summarizer.verification.counts.count_heads.field_mentions`:

- a number glued to a unit abbreviation that :mod:`.glued_units` refuses everywhere because
  it is ambiguous alone ("550g" beside "5G", "67p"), read only when
  the count's ``what`` names that unit ("box weight, grams", "extra cost, pence"). The
  number must stand alone before it: "B52g" or "G7" are codes, and the letters must be the
  whole glued word (the tokeniser splits "550g" into "550" and an attached "g");
- a signed value: "-5,628", "(-5,664)", "\u22121,013": a minus glued to the digits after a
  space, an opening bracket or the sentence's start (not "3-1", "COVID-19": a score, a name)
  makes the mention negative, so a count of -5628 is read there and a count of 5628 no
  longer is (its sign differs);
- an ordinal that numbers the occurrence the count counts: "their 20th wedding anniversary"
  (a count of wedding anniversaries), "the 26th straight month of annual gains" (straight
  months of them), "the 400th droneship landing". The words after the ordinal must be the
  head of the count's ``what`` (its words before a preposition or comma, plural or not), so
  "the 20th century", "on the 11th", "finished 4th", "21st-century", "the 3rd Infantry
  Division" (a name) and another noun's ordinal in the sentence count nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..page.tokens import (
    SINGULAR_POSSESSIVES,
    Token,
    clause_span,
    ordinal_at,
    superlative,
    tokenize,
    word_set,
)
from .numbers import NumberMention, mention_of

# Abbreviations read as a glued unit only when the count's ``what`` names one of the words.
_FIELD_UNITS: dict[str, frozenset[str]] = {
    "g": word_set("g gram grams gramme grammes"),
    "p": word_set("p pence penny pennies"),
    "t": word_set("tonne tonnes"),
    "l": word_set("litre litres liter liters"),
    "c": word_set("cent cents"),
}
_SIGNS = frozenset("-\u2212")
_OWNERS = word_set("the his her its their our my your")
# Words that end the head of a count's what ("straight months of annual gains", "goals this
# season").
_HEAD_END = word_set(
    "of in at for on from by with over than since to during per a an this that so each"
)
_WORDS = re.compile(r"[a-z]+")
_SKIP = _HEAD_END | _OWNERS
# A count's words that name a fall, whose size a minus sign gives ("manufacturing jobs lost")
_FALLS = word_set(
    "fall falls fell drop drops dropped decline declines declined loss losses lost under down"
    " fewer cut cuts shed decrease decreases reduction shortfall"
)
# Words before an ordinal in its clause that make its occasion a plan or an unreal one ("plans
# its 500th landing", "what would have been its 50th concert"; review rv46a)
_UNREAL = word_set("will would could might may shall plans plan planned planning hopes aims")


def _what_words(what: str) -> list[str]:
    return _WORDS.findall(what.lower())


def glued_field_units(tokens: Sequence[Token], what: str, text: str) -> list[NumberMention]:
    """ "550g" for a count in grams, "67p" for one in pence: the number before an attached
    abbreviation the count's ``what`` names as its unit. Not "m" ("9m down" is millions;
    a metre's "100m" is :func:`.house_numbers.metre_length`'s)."""
    named = _what_words(what)
    # a unit after "per" is a rate's denominator, not the count's ("price per 100g, pence":
    # "100g" is no price; review rv46a)
    words = {w for at, w in enumerate(named) if not at or named[at - 1] != "per"}
    units = {abbr for abbr, names in _FIELD_UNITS.items() if words & names}
    if not units:
        return []
    norms = [t.norm for t in tokens]
    found: list[NumberMention] = []
    for index, token in enumerate(tokens[:-1]):
        unit = tokens[index + 1]
        if not token.is_number or not unit.attached or unit.norm not in units:
            continue
        if (
            token.attached
            or token.joined
            or (index + 2 < len(tokens) and tokens[index + 2].attached)
        ):
            continue  # "B52g", "G-7p", "5gx": a code's characters, not a quantity and its unit
        if (
            index + 2 < len(tokens)
            and tokens[index + 2].norm == "without"
            and "without" not in words
        ):
            continue  # "67p with a card, or 70p without one": the price for those without
        if unit.text != unit.text.lower():
            continue  # "5G", "4P": a network's or a name's capitals
        try:
            value = float(token.text.replace(",", ""))
        except ValueError:
            continue
        found.append(mention_of(list(tokens), norms, index, index, value, text))
    return found


def signed(token: Token, text: str, previous: Token | None) -> bool:
    """Whether a minus sign is glued before the number ``token``: "-5,628", "(-5,664)",
    not "3-1" or "3 -1" (a score or a range: a number right before) nor "COVID-19"."""
    at = token.start - 1
    if not text or at < 0 or text[at] not in _SIGNS or token.joined:
        return False
    if at > 0 and (text[at - 1].isalnum() or text[at - 1] in _SIGNS):
        return False
    return previous is None or not previous.is_number


def signed_mentions(
    tokens: Sequence[Token], mentions: Sequence[NumberMention], text: str, what: str = ""
) -> list[NumberMention]:
    """The mentions with a glued minus made negative ("leaving natural increase at -5,628");
    for a count whose ``what`` names a fall ("jobs lost", "strokes under par") the unsigned
    size is kept beside it ("Jobs: -1,150 in manufacturing"; review rv46a)."""
    out = []
    falls = not _FALLS.isdisjoint(_what_words(what))
    for mention in mentions:
        token = tokens[mention.first] if mention.first < len(tokens) else None
        previous = tokens[mention.first - 1] if mention.first else None
        if (
            token is not None
            and token.is_number
            and mention.value > 0
            and signed(token, text, previous)
        ):
            if falls:
                out.append(mention)
            mention = replace(mention, value=-mention.value)
        out.append(mention)
    return out


def _head(what: str) -> list[str]:
    """The words of ``what`` before its first preposition ("straight months of annual
    gains": ["straight", "months"])."""
    head: list[str] = []
    for word in _what_words(what):
        if word in _HEAD_END:
            break
        head.append(word)
    return head[:4]


def _same(word: str, wanted: str) -> bool:
    return word == wanted or word + "s" == wanted or word + "es" == wanted or word == wanted + "s"


def _same_complement(tokens: Sequence[Token], after: int, what: str, size: int) -> bool:
    """Whether the text after the ordinal's head words reaches them all and, when the count's
    ``what`` goes on with "of" ("rounds of talks"), goes on with "of" and the same next word
    ("its 19th round of sanctions" is no round of talks)."""
    words = _what_words(what)
    if after > len(tokens):
        return False
    if size < len(words) and words[size] != "of" and after < len(tokens):
        # "his 100th goal for the club" is no goal "this season", "his 2nd goal of the game"
        # none either: an "of" or "for" phrase after the head names the series' span or
        # whole, which must be the one the count's words go on to (review rv46a)
        if tokens[after].norm not in {"of", "for"}:
            return True
        told = [t.norm for t in tokens[after : after + 4] if t.norm not in _SKIP][:1]
        rest = [w for w in words[size:] if w not in _SKIP][:1]
        return not rest or (bool(told) and _same(told[0], rest[0]))
    if size >= len(words) or words[size] != "of":
        return True
    rest = [w for w in words[size + 1 :] if w not in _OWNERS][:1]
    following = [t.norm for t in tokens[after : after + 4] if t.norm not in _OWNERS]
    return bool(rest) and following[:1] == ["of"] and following[1:2] == rest


def _unreal(tokens: Sequence[Token], at: int) -> bool:
    """Whether a modal or a plan's verb stands in the clause before ``tokens[at]`` (up to six
    words back, to a mark between two words)."""
    for index in range(at - 1, max(at - 7, -1), -1):
        if tokens[index + 1].start - tokens[index].end > 1:
            return False
        if tokens[index].norm in _UNREAL:
            return True
    return False


def others_met(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> str:
    """Why a repeat counts others' occasions than those ``what`` names: its clause names
    other people and none of ``what``'s, which the sentence names elsewhere ("Lavrov, who has
    met Rubio twice, said Putin and Trump would hold talks": 2 is no count of Putin's and
    Trump's meetings; "The Fed held rates at its 8th policy meeting, a week after the ECB
    cut" gives no 8 to the ECB's). "" when it may be theirs."""
    names = {t.norm for t in tokenize(what) if t.capitalised and not t.is_number}
    if not names:
        return ""
    start, end = clause_span(tokens, mention.first, mention.last, text)
    clause = {t.norm for t in tokens[start : end + 1]}
    elsewhere = {t.norm for t in (*tokens[:start], *tokens[end + 1 :])}
    others = {t.norm for t in tokens[start + 1 : end + 1] if t.capitalised} - names
    if names & clause or not names & elsewhere or not others:
        return ""
    return f"{mention.value:g} counts how often others met ({sorted(others)[0]!r}), not {what!r}"


def ordinal_heads(tokens: Sequence[Token], what: str, text: str = "") -> list[NumberMention]:
    """ "their 20th wedding anniversary" for a count of wedding anniversaries: an ordinal after
    "the" or a possessive, followed by the head words of the count's ``what`` in lower case."""
    head = _head(what)
    if not head:
        return []
    found: list[NumberMention] = []
    for index in range(1, len(tokens)):
        value = ordinal_at(tokens, index)
        if value is None:
            continue
        last = index + 1 if tokens[index].is_number else index
        before = tokens[index - 1]
        if before.norm not in _OWNERS and not before.text.lower().endswith(SINGULAR_POSSESSIVES):
            continue
        if _unreal(tokens, index - 1):
            continue  # "plans its 500th landing", "would have been its 50th concert"
        words = tokens[last + 1 : last + 1 + len(head)]
        if not _same_complement(tokens, last + 1 + len(head), what, len(head)) or any(
            w.capitalised or w.joined or superlative(w) or not _same(w.norm, h)
            for w, h in zip(words, head, strict=True)
        ):
            continue  # "the 20th century", "the 3rd Infantry Division", "21st-century"
        mention = NumberMention(
            value=float(value), first=index, last=last, qualifiers=frozenset({"exact"}),
            unit=words[0].norm, after=words[-1].norm,
        )  # fmt: skip
        if not text or not others_met(tokens, mention, what, text):  # the Fed's, not the ECB's
            found.append(mention)
    return found


__all__ = ["glued_field_units", "ordinal_heads", "others_met", "signed", "signed_mentions"]
