"""A later item of a list whose verb and noun the first item alone says (session 57, cn57;
outside check 65: "Ten prisoners, two of them minors, were flown to Russia, thirteen to Germany
and three to the United States" left 13 unread as the prisoners flown to Germany, and 3 as those
flown to the United States, because "prisoners" and "flown" stand only by the first number).

News copy writes a breakdown so: one full item, then items that repeat only the number and the
preposition's object ("killed 12 in Gaza, five in Rafah and two in Jenin"). A careful reader
gives each later number the first item's noun and verb and its own object. The reading here:

- the number opens an item (after a comma or "and") and the next word is a preposition;
- walking back over earlier items of the same shape ("N to X,"), the first item holds that
  same preposition, with no number between it and the comma that ends the item (its own
  object: "to Russia"), and a number of its own before it;
- what the first item says before that preposition, back to the clause's start (a semicolon,
  colon, dash or bracket), is shared by every item, except a partitive aside between commas
  ("two of them minors": the minors are a part of the first item only), and less an earlier
  item with a number, verb and noun of its own ("moved 400 troops to Vashk, sent 150 tanks to
  Orrin and 60 to Lode": 60 is no troops' count; review rv57n);
- the count is the item's when every word of it is in the item's own words or in the shared
  words, and at least one is in the item's own words and not the first item's object: "to
  the border" is the first item's, though 8's object is "the border town of Leme" (rv57n).

So the whole's object stays the first item's ("prisoners flown to Russia" is not 13: "Russia"
is no word of its item nor of the shared words), a count with no word of the item's own (the
total "prisoners flown") is not an item's number, and another item's object ("to the United
States" for 13) names another item.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import CURRENCY_SIGNS, Token, word_set
from .count_words import covers, what_words
from .money_glosses import CURRENCY_WORDS
from .numbers import NumberMention

# Prepositions a breakdown's later items keep ("thirteen to Germany", "five in Rafah").
_PREPOSITIONS = word_set("to in for from at on against into across with by")
_JOINS = word_set("and or")
_HARD = (";", ":", "\u2014", "(", ")")
_ITEM_REACH = 6  # words of an item's own object


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    """The text between token ``index - 1`` and token ``index`` (its punctuation)."""
    return text[tokens[index - 1].end : tokens[index].start] if index > 0 else ""


def _opens(tokens: Sequence[Token], index: int, text: str) -> int | None:
    """Where the item whose number starts at ``index`` begins (the "and" before it, or the
    number after a comma), or None when no list mark stands before it."""
    if index > 0 and tokens[index - 1].norm in _JOINS:
        return index - 1
    return index if "," in _gap(tokens, index, text) else None


def _own_end(tokens: Sequence[Token], start: int, text: str) -> int:
    """The end (exclusive) of an item's own words from ``start``: the next mark, "and", number."""
    end = start
    while end < len(tokens) and end - start < _ITEM_REACH:
        if end > start and (
            any(mark in _gap(tokens, end, text) for mark in (",", *_HARD))
            or tokens[end].norm in _JOINS
        ):
            break
        end += 1
    return end


def _starting(mentions: Sequence[NumberMention], index: int) -> NumberMention | None:
    return next((m for m in mentions if m.first == index), None)


def _clause_start(tokens: Sequence[Token], before: int, text: str) -> int:
    start = before
    while start > 0 and not any(mark in _gap(tokens, start, text) for mark in _HARD):
        start -= 1
    return start


def _first_item(
    tokens: Sequence[Token], start: int, tail: int, mentions: Sequence[NumberMention], text: str
) -> int:
    """Where the first item's words begin: the clause's start, or past the comma after an
    earlier item with a number of its own ("The army moved 400 troops to Vashk, sent 150 tanks
    to Orrin and 60 to Lode": "troops" and "moved" are the 400's, not shared with 60)."""
    numbers = [
        m for m in mentions
        if start <= m.first and m.last < tail and tokens[m.last + 1].norm != "of"
    ]  # fmt: skip
    if len(numbers) < 2:  # the partitive aside's ("two of them minors") is no item's
        return start
    for index in range(numbers[-1].first, start, -1):
        if "," in _gap(tokens, index, text) and any(m.last < index for m in numbers):
            return index
    return start


def _shared(
    tokens: Sequence[Token], start: int, end: int, mentions: Sequence[NumberMention], text: str
) -> list[str]:
    """The words of ``start:end`` but a partitive aside between commas ("two of them minors")."""
    words: list[str] = []
    index = start
    while index < end:
        mention = _starting(mentions, index)
        aside = (
            mention is not None
            and index > start
            and "," in _gap(tokens, index, text)
            and mention.last + 1 < end
            and tokens[mention.last + 1].norm == "of"
        )
        if aside:
            while index < end and not (index > start and "," in _gap(tokens, index + 1, text)):
                index += 1
            index += 1
            continue
        words.append(tokens[index].norm)
        index += 1
    return words


def elided_item(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str, loose: bool = False,
) -> bool:  # fmt: skip
    """Whether the number is a later item of a breakdown that counts ``what`` (see the
    module); ``loose``, also when the words naming it name the first item too."""
    at = mention.last + 1
    if at >= len(tokens) or tokens[at].norm not in _PREPOSITIONS or _sum(tokens, mention, text):
        return False
    preposition = tokens[at].norm
    begin = _opens(tokens, mention.first, text)
    if begin is None:
        return False
    own = [t.norm for t in tokens[at + 1 : _own_end(tokens, at + 1, text)]]
    while True:  # back over earlier items of the same shape: "..., N to X,"
        before = begin - 1
        item = next(
            (m for m in mentions if m.last + 1 < begin and tokens[m.last + 1].norm == preposition
             and _own_end(tokens, m.last + 2, text) == begin and _opens(tokens, m.first, text)),
            None,
        )  # fmt: skip
        if item is None:
            break
        begin = _opens(tokens, item.first, text) or item.first
    if not before or ("," not in _gap(tokens, begin, text) and tokens[begin].norm not in _JOINS):
        return False  # the first item ends at a comma or "and"
    tail = before
    while tail > 0 and tokens[tail].norm != preposition and not tokens[tail].is_number:
        if any(mark in _gap(tokens, tail, text) for mark in (",", *_HARD)):
            return False  # the first item's own object runs to its comma, unbroken
        tail -= 1
    if tokens[tail].norm != preposition:
        return False
    start = _clause_start(tokens, tail, text)
    if not any(start <= m.first and m.last < tail for m in mentions):
        return False  # no number of the first item's own
    start = _first_item(tokens, start, tail, mentions, text)
    shared = _shared(tokens, start, tail, mentions, text)
    first = [t.norm for t in tokens[tail + 1 : before + 1]]  # the first item's own object
    words = [word for word in what_words(what) if word not in _PREPOSITIONS]
    if not any(covers(own, word) and (loose or not covers(first, word)) for word in words):
        return False  # "to the border" is the first item's, though "the border town" is 8's
    return all(covers(own, word) or covers(shared, word) for word in words)


def _sum(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether the number is a sum of money or a percentage, never a head count's item: in
    "£50,000 for the winner and £2,500 for each of the six shortlisted authors" the £2,500
    is what each author gets, and six stays the authors' count (seen check 82's probe,
    which cn57's first reading turned; the lead, session 57)."""
    start = tokens[mention.first].start
    after = tokens[mention.last + 1].norm if mention.last + 1 < len(tokens) else ""
    money = (start > 0 and text[start - 1] in CURRENCY_SIGNS) or after in CURRENCY_WORDS
    return money or mention.unit == "percent"


def item_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> str:  # fmt: skip
    """Why the number is no count of ``what``: another number of its sentence is the list's
    item that the count's own words name (:func:`elided_item`), so the first item's number
    ("Ten prisoners ... were flown to Russia") is not the count of those flown to Germany."""
    later = elided_item(tokens, mention, mentions, what, text, loose=True)  # "nine in South
    for other in mentions:  # Fenwick" is no more "in Fenwick" than "four in Fenwick Bay"
        if other.value != mention.value and elided_item(
            tokens, other, mentions, what, text, loose=later
        ):
            return f"{mention.value:g} is another item's of a list; {other.value:g} is the count's"
    return ""


__all__ = ["elided_item", "item_clash"]
