"""A partitive's whole has a clause of its own (session 30 review, rvc30: counts30's known
wrong accept "gained 31 of the 57 seats they targeted" passed 31 as seats targeted, and "The
party captured 22 of the 40 constituencies it had targeted" 22 as constituencies targeted).

In "N of the M <noun> <clause>", a clause right after the whole's noun tells the whole, not
the part: one opened by a subject pronoun ("the 57 seats they targeted", "the 40
constituencies it had targeted"), by a relative ("the 23 county councils that held elections")
or by a participle before a preposition ("the 5,200 nurses employed across the region", "the
estimated 200 protesters detained on Friday"). It runs to a clause mark, or - for a
participle's, whose part's verb may follow - to an auxiliary ("... detained on Friday were
freed"). A count with a word said only there ("seats targeted", "nurses employed in the
region") counts the whole's kind of thing, so the part N is refused for it
(:func:`beyond_part`; the caller says "N counts another group") - unless another of its words
is what the sentence says of the part alone ("Two of the 24 hostages released on Friday were
Thai farm workers" has 2 Thai hostages released: the part is of the whole and has its
properties too). A word the sentence also says outside that clause ("seats gained",
"protesters freed") keeps the other rules' verdict. A participle's stretch ends at a word
opening another clause ("Two of the seven commissioners resigned on Monday after ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set
from .count_wholes import HEDGES, OWNING, covers, what_words
from .numbers import NumberMention, word_number
from .whole_stretches import VERBS, clause_marked, opening_lead

_PRONOUNS = word_set("they she he we it i you")
_RELATIVES = word_set("who that which whom")
_AUXILIARIES = word_set("is are was were be been has have had will would could can may")
_LEADS = word_set("in on at across from by during near inside under")
# Words that open another clause: a participle's stretch ends there ("Two of the seven
# commissioners resigned on Monday after the audit was published": no whole's clause).
_OPENERS = word_set("after before because when while as since until although though if once")
_MARKS = ",;:\u2014()."
_FOCUS = word_set("only just all even at least more than fewer less")  # "Only 3 of the 11 ..."


def _whole_at(tokens: Sequence[Token], mention: NumberMention, text: str) -> int | None:
    """The index of the first token after the whole's number of "N of the M ..." (``mention``
    the part), or None when the number is no partitive's part with a number for its whole."""
    at = mention.last + 1
    if at + 2 >= len(tokens) or tokens[at].norm != "of":
        return None
    at += 1
    at += tokens[at].norm in OWNING
    if at < len(tokens) and is_possessive(tokens[at], text):
        at += 1  # "of the party's 40 ..."
    at += at < len(tokens) and tokens[at].norm in HEDGES
    if at >= len(tokens) or not (tokens[at].is_number or word_number([tokens[at].norm], 0)):
        return None
    while at < len(tokens) and (tokens[at].is_number or tokens[at].norm in _SCALES):
        at += 1
    return at


_SCALES = word_set("thousand million billion")


def whole_clause(tokens: Sequence[Token], mention: NumberMention, text: str) -> range:
    """The token span of the whole's own clause (see the module); empty when there is none."""
    at = _whole_at(tokens, mention, text)
    if at is None:
        return range(0)
    for opening in range(at + 1, min(at + 5, len(tokens))):
        if any(mark in text[tokens[opening - 1].end : tokens[opening].start] for mark in _MARKS):
            return range(0)
        word = tokens[opening].norm
        following = tokens[opening + 1].norm if opening + 1 < len(tokens) else ""
        reduced = word.endswith("ed") and following in _LEADS
        end = opening + 1
        while end < len(tokens) and not any(
            mark in text[tokens[end - 1].end : tokens[end].start] for mark in _MARKS
        ):
            if reduced and tokens[end].norm in _AUXILIARIES | _OPENERS:
                break  # "... detained on Friday were freed": the part's verb; "after ..."
            end += 1
        verb_after = end < len(tokens) and tokens[end].norm in _AUXILIARIES
        reduced = reduced and (verb_after or _object(tokens, mention, text))
        if _noun(tokens[opening - 1]) and (word in _PRONOUNS or word in _RELATIVES or reduced):
            return range(opening, end)
        if not _noun(tokens[opening]) or tokens[opening].is_number:
            return range(0)  # the part's verb: "Seventeen of the 21 judges ruled that ..."
    return range(0)


def _noun(token: Token) -> bool:
    """A word that may end the whole's noun ("seats", "constituencies", "Democrats"), not a
    verb that follows it ("ruled", "said")."""
    return (token.norm.endswith("s") or token.capitalised) and token.norm not in _AUXILIARIES


def _object(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether the part follows a word of its own clause ("The union speaks for 3,100 of ...":
    the part is an object, so an "-ed" word after the whole cannot be the part's verb)."""
    at = mention.first - 1
    while at >= 0 and (tokens[at].norm in HEDGES or tokens[at].norm in _FOCUS):
        at -= 1
    return at >= 0 and not any(
        mark in text[tokens[at].end : tokens[at + 1].start] for mark in _MARKS
    )


def beyond_part(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> bool:
    """Whether the count has a word the sentence says only in the whole's own clause, so the
    part ``mention`` is not its number (see the module)."""
    span = whole_clause(tokens, mention, text)
    if not span:
        return False
    inside = [tokens[i].norm for i in span]
    outside = [t.norm for i, t in enumerate(tokens) if i not in span and not t.is_number]
    words = what_words(what)
    if not any(covers(inside, w) and not covers(outside, w) for w in words):
        return False
    own = _predicate(tokens, mention, span, text)  # "... released on Friday were Thai":
    return not any(covers(own, w) for w in words)  # Thai hostages released are the part's


def _predicate(
    tokens: Sequence[Token], mention: NumberMention, span: range, text: str
) -> list[str]:
    """What the sentence says of the part alone: the words after the whole's clause up to a
    mark ("Two of the 24 hostages released on Friday were Thai farm workers": were thai farm
    workers), or, for a part that is an object, the verb before it ("The party captured 22 of
    ...": captured; "speaks for 3,100 of ...": speaks for)."""
    if _object(tokens, mention, text):  # its verb, not its doer ("The party captured 22")
        at = mention.first - 1
        while at > 0 and (tokens[at].norm in HEDGES or tokens[at].norm in _FOCUS):
            at -= 1
        return [t.norm for t in tokens[at - (len(tokens[at].norm) <= 3 and at > 0) : at + 1]]
    words: list[str] = []
    for at in range(span.stop, len(tokens)):
        if words and any(mark in text[tokens[at - 1].end : tokens[at].start] for mark in _MARKS):
            break
        words.append(tokens[at].norm)
    return words


def opening_part(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> bool:
    """Whether the number is the part after an opening whole ("Of the 17 sailors on the
    dredger, 11 were rescued") and the count is the whole's own phrase: every word of it in
    the whole's stretch (its noun and what follows to the clause mark), none in the part's
    clause ("sailors on the dredger" is 17, not 11; "sailors rescued" is 11). Session 31: the
    count rule reads a cue word a few words off, and gave the part the whole's count. The
    whole may open with "among the", "out of" or "of those" (``opening_lead``; review rvec31)."""
    start = mention.first
    while start > 0 and (tokens[start - 1].norm in _FOCUS or tokens[start - 1].norm in HEDGES):
        start -= 1  # "Of the 52 drones ..., only 47 were"; "..., about 900 were" (rvec31)
    if not start or not clause_marked(tokens, start, text):
        return False
    at = start - 1  # back over the whole's stretch to "of the <number>" ("of those")
    while at > 0 and not _numeral(tokens[at]) and tokens[at].norm not in _THOSE:
        if tokens[at].norm in VERBS or clause_marked(tokens, at, text):
            return False  # "Of the 64 people who were on board, 40 survived": read elsewhere
        at -= 1
    head = at - 1 - (at >= 1 and tokens[at - 1].norm in HEDGES)
    if at < 1 or not (_numeral(tokens[at]) or tokens[at].norm in _THOSE) or head < 0:
        return False
    if opening_lead(tokens, head, text) < 0:
        return False  # "the bodies of the 28 hostages": "of" after a noun, no opening whole
    stretch = [t.norm for t in tokens[at + 1 : start]]
    part: list[str] = []
    for index in range(mention.last + 1, len(tokens)):
        if part and clause_marked(tokens, index, text):
            break
        part.append(tokens[index].norm)
    words = what_words(what)
    return bool(words) and all(covers(stretch, w) and not covers(part, w) for w in words)


# A whole with no number ("Of those aboard the ferry ..., 37 were treated": review rvec31).
_THOSE = word_set("those")


def _numeral(token: Token) -> bool:
    return token.is_number or bool(word_number([token.norm], 0))


__all__ = ["beyond_part", "opening_part", "whole_clause"]
