"""A whole counted by "all N of" (session 62, writer ct62; outside checks 56, 74, 89: "All 22 of
its crew were picked up", "lit all 33 of its Raptor engines", "shut all 122 of them").

"all N of the X" says the X number N, and that what the clause says of them is said of every
one: the part is the whole. So N counts the whole's own noun phrase ("its Raptor engines",
"the chain's stores") and what its clause says of them. A count is read as N when its first word
(its head: "passengers" of "passengers rescued") is in the whole's noun phrase (up to an
auxiliary, a preposition or a conjunction; for "of them/those/these", in the words of the
sentence before "all", where the pronoun's noun stands) and each of its words is in the
sentence up to the end of the whole's clause (the clause mark or the next number after the
whole; the words before "all" hold who "its" and "them" stand for: "The Super Heavy booster,
Booster 16, lit all 33 of its Raptor engines"): a later clause's group ("..., while 3 of the
passengers died", "and 5 more in April") is not the whole's. "shut" and "close" are one
deed. "not all", "nearly all", "almost all" say that fewer than N did what the clause says:
no reading is made.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from ..page.tokens import Token, word_set
from .count_words import covers, what_words
from .numbers import NumberMention

_OWNERS = word_set("the its their his her our my your these those them")
_PRONOUNS = word_set("them these those")
_ASIDES = word_set("including among mostly most many some several both each")
_SHORT_OF = word_set("not nearly almost virtually practically but")
# A deed the clause denies before "all": "would not close all 40 of its shops", "failed to
# rescue all 12 of its crew" (review rv63n) say that fewer than N, or none, had it done.
_DENIED = word_set("not never no cannot failed fail fails failing nor")
_MARKS = (",", ";", ":", "\u2014", "(", ")")
# Words that end the whole's noun phrase ("its crew were rescued", "the villages cut off by").
_PHRASE_ENDS = word_set(
    """is are was were be been being has have had will would could can may might shall should
    did do does and or but who which that whom by in on at to from with within for into after
    before during"""
)
# One deed, two words: "shut all 122 of them" closes 122 stores.
_SHUT = {"shut": "close", "shuts": "closes", "shutting": "closing", "close": "shut"}


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    return text[tokens[index - 1].end : tokens[index].start]


def _clause_end(tokens: Sequence[Token], end: int, starts: set[int], text: str) -> int:
    while (
        end < len(tokens)
        and end not in starts
        and not any(mark in _gap(tokens, end, text) for mark in _MARKS)
    ):
        end += 1
    return end


def _aside_end(tokens: Sequence[Token], end: int, starts: set[int], text: str) -> int:
    """Where the whole's clause goes on after an aside about the whole opened at ``end`` and
    closed by the same mark (", including the captain,"), with no number in it; else 0."""
    if end >= len(tokens) or tokens[end].norm not in _ASIDES:
        return 0
    opened = next((m for m in (",", "\u2014", "(") if m in _gap(tokens, end, text)), "")
    closing = ")" if opened == "(" else opened
    for index in range(end + 1, min(end + 12, len(tokens))):
        if index in starts or not opened:
            return 0
        if any(mark in _gap(tokens, index, text) for mark in _MARKS):
            return index if closing in _gap(tokens, index, text) else 0
    return 0


def _denies(norm: str) -> bool:
    return norm in _DENIED or norm.endswith(("n't", "n\u2019t"))


def all_whole(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> bool:  # fmt: skip
    """Whether the number is written "all N of ..." and counts ``what`` (see the module)."""
    first, at = mention.first, mention.last + 1
    if first < 1 or tokens[first - 1].norm != "all" or at + 1 >= len(tokens):
        return False
    if tokens[at].norm != "of" or tokens[at + 1].norm not in _OWNERS:
        return False
    if first >= 2 and tokens[first - 2].norm in _SHORT_OF:
        return False  # "not all 20 of them", "nearly all 300 of its staff"
    opens = [i for i in range(1, first) if any(m in _gap(tokens, i, text) for m in _MARKS)]
    if any(_denies(t.norm) for t in tokens[max(opens, default=0) : first - 1]):
        return False  # "would not close all 40 of its shops" (review rv63n)
    words = what_words(what)
    if not words:
        return False
    starts = {m.first for m in mentions if m.first > at}  # "... in March and 5 more in April"
    end = _clause_end(tokens, at + 2, starts, text)
    clause = [t.norm for t in tokens[:end]]  # "its" stands for a noun before it
    shut = _aside_end(tokens, end, starts, text)
    if shut:  # "All 18 of its crew, including the captain, were winched off" (review rv63n)
        clause += [t.norm for t in tokens[shut : _clause_end(tokens, shut + 1, starts, text)]]
    clause += [_SHUT[t] for t in clause if t in _SHUT]
    if not all(covers(clause, w) for w in words):
        return False
    if tokens[at + 1].norm in _PRONOUNS:
        # "them" is the noun counted N before it, when the sentence counts it ("owns 40
        # libraries and 12 pools and plans to sell all 12 of them": the pools; review rv63n)
        same = [m.last + 1 for m in mentions if m.last < first - 1 and m.value == mention.value]
        whole = [t.norm for t in tokens[max(same, default=0) : first - 1] if not t.is_number]
    else:
        phrase = takewhile(lambda t: t.norm not in _PHRASE_ENDS, tokens[at + 2 : end])
        whole = [t.norm for t in phrase if not t.is_number]
    return covers(whole, words[0])  # its head: "passengers" are not "its crew"


__all__ = ["all_whole"]
