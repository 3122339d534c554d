"""More proposing roles of a truce's proposer, for :mod:`proposer_support` (an outside check,
42: "agreed by Pakistan on the request of the Afghan side", "Min Aung Hlaing extended the
ceasefire" were refused as unconfirmed):

- the one at whose request another side agreed: "at the request of X", "on the request of
  X", "at X's request", "at the behest of X", "which X had requested", "that X asked for":
  the one who asks for a truce proposes it; the side that agrees at that request does not
  (it is named before "agreed", not after "request of");
- the subject of a verb that extends, renews or prolongs the truce, in any tense ("X extended
  the ceasefire", "X will extend the truce by 10 days", "X had renewed the truce"): the one
  who extends a truce puts forward its new term.

Read only where a request or extension word is in the sentence (a cheap set test first).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import TITLES
from .truce_keeping import asks_new_truce

_REQUEST_NOUNS = word_set("request requests behest")
_REQUEST_VERBS = word_set("requested request requests sought")
_ASKED = word_set("asked ask asks")
_EXTEND = word_set(
    """extended extends extend extending renewed renews renew renewing prolonged prolongs
    prolong"""
)
_CUES = _REQUEST_NOUNS | _REQUEST_VERBS | _ASKED | _EXTEND
_TRUCE = word_set("ceasefire ceasefires truce truces cessation pause halt moratorium armistice it")
_AUXILIARIES = word_set(
    """will would had has have also then again on monday tuesday wednesday thursday friday
    saturday sunday today yesterday later first quickly formally unilaterally now earlier"""
)
_NAME_WORDS = word_set("the of side")
# Body words after a country's name ("the Somali side", "Qatari officials").
_BODIES = word_set("side government officials authorities delegation leadership army forces")
_RELATIVE = word_set("which that")
_OBJECT_REACH = 10  # from the verb of asking to its truce, modifiers between
_ENDS = word_set(
    """from by after before during in which that who not no rather than instead without against
    so because while as since although though if unless until whereas when once could would
    should might must can will"""
)  # a subordinate clause or a modal ends the object (review rvT: "asked for more shells
# because a ceasefire looked distant", "asked for jets while Moscow proposed a ceasefire")
# A truce asked to end ("asked for the ceasefire to end", "for the truce to be scrapped", "for
# the ceasefire's suspension"): no request for it (review rvT).
_UNDOING = word_set(
    """end ended ending scrap scrapped suspend suspended suspension lift lifted collapse
    abandon abandoned cancel cancelled canceled termination terminated repeal break broken
    lapse expire expired"""
)
_NOT_OBJECT = word_set("of to on for in at with about monitoring mediation talks")


def _name_word(token: Token) -> bool:
    return token.capitalised or token.norm in TITLES or token.norm in _NAME_WORDS


def requests_truce(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first:last + 1]`` asks for the truce or extends it (see
    the module)."""
    if _CUES.isdisjoint(t.norm for t in tokens):
        return False
    return _requested_by(tokens, first) or _requester(tokens, last) or _extender(tokens, last)


def _requested_by(tokens: Sequence[Token], first: int) -> bool:
    """ "at/on the request of X", "at the behest of X": back over titles and name words."""
    index = first - 1
    while index >= 0 and _name_word(tokens[index]) and tokens[index].norm != "of":
        index -= 1
    return index >= 1 and tokens[index].norm == "of" and tokens[index - 1].norm in _REQUEST_NOUNS


def _requester(tokens: Sequence[Token], last: int) -> bool:
    """ "at X's request", "which X had requested", "that X asked for"."""
    while last + 1 < len(tokens) and tokens[last + 1].norm in _BODIES:
        last += 1  # "the Somali side had asked for"
    after = last + 1
    if after >= len(tokens):
        return False
    if tokens[after].norm in _REQUEST_NOUNS and tokens[last].text.endswith(SINGULAR_POSSESSIVES):
        return True  # "at Qatar's request"
    while after < len(tokens) and tokens[after].norm in _AUXILIARIES:
        after += 1
    if after >= len(tokens):
        return False
    word = tokens[after].norm
    if word in _ASKED and asks_new_truce(tokens, after):
        return True  # "asked both sides to observe a three-day pause" (truce_keeping)
    asked = word in _ASKED and after + 1 < len(tokens) and tokens[after + 1].norm == "for"
    if not (word in _REQUEST_VERBS or asked):
        return False
    # the request's object: a truce word after the verb, or a truce word before a relative
    # pronoun ahead of the name ("the truce that Azerbaijan had requested")
    if _truce_object(tokens, after):
        return True
    start = last
    while start > 0 and _name_word(tokens[start - 1]):
        start -= 1
    return start >= 2 and tokens[start - 1].norm in _RELATIVE and tokens[start - 2].norm in _TRUCE


def _truce_object(tokens: Sequence[Token], verb: int) -> bool:
    """A truce word in the request's object, its modifiers between ("asked for an immediate
    and unconditional nationwide ceasefire"), before a preposition that ends it."""
    for index in range(verb + 1, min(verb + _OBJECT_REACH, len(tokens))):
        if tokens[index].norm in _TRUCE:
            after = [t.norm for t in tokens[index + 1 : index + 4]]
            while after and after[0] in ("to", "be"):
                after = after[1:]
            return not (after and after[0] in _UNDOING)
        if index > verb + 1 and tokens[index].norm in _NOT_OBJECT | _ENDS:
            return False
    return False


def _extender(tokens: Sequence[Token], last: int) -> bool:
    """ "X extended the ceasefire", "X will extend the truce", "X had renewed it"."""
    while last + 1 < len(tokens) and tokens[last + 1].norm in _BODIES:
        last += 1
    after = last + 1
    while after < len(tokens) and tokens[after].norm in _AUXILIARIES:
        after += 1
    if after >= len(tokens) or tokens[after].norm not in _EXTEND:
        return False
    for index in range(after + 1, min(after + 9, len(tokens))):  # "what X calls a truce"
        if tokens[index].norm in _TRUCE:  # its object, not "its monitoring of the truce"
            return not _others(tokens, index)
        if tokens[index].norm in _NOT_OBJECT:
            return False
    return False


def _others(tokens: Sequence[Token], index: int) -> bool:
    """ "a truce brokered by Ethiopia": another's truce, extended."""
    return [t.norm for t in tokens[index + 2 : index + 3]] == ["by"]


__all__ = ["requests_truce"]
