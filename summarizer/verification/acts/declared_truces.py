"""Declaring a truce of one's own is proposing it, for :mod:`summarizer.verification.acts.proposers`
(an outside check, session 15).

A side that declares, proclaims, orders or calls a truce ("Hamas proclaimed a holiday truce",
"Putin ordered a 30-hour Easter truce", "the army called a unilateral truce") is the one who
put it forward: nobody else's offer is being accepted. So is a side that announces, observes
or begins a truce marked as its own: one-sided ("a unilateral ceasefire", "its own truce",
"self-declared"), or named for an occasion of its choosing ("an Eid ceasefire", "a truce for
Tet", "a Victory Day truce"), or that halts its own fire for such an occasion or one-sidedly
("unilaterally ceased fire", "would stop attacks over Easter"). The noun forms say the same:
"Moscow's declaration of a truce", "Putin's unilateral truce", "the Kremlin's Victory Day
truce", "a Russian unilateral ceasefire", "the unilateral truce by Moscow".

Left out: announcing, observing or halting with no such mark ("Qatar announced a ceasefire in
Gaza", "Israel halted strikes"), which a go-between or a side keeping another's truce says as
well; a truce the sentence gives to others ("between", "brokered", "agreed", "mediated by",
"that Moscow declared" after it); "the Easter truce" with "the" and only its occasion, which
may be another's ("Kyiv said it would observe the Easter truce").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import TRUCE_NOUNS
from ..page.possessives import is_possessive
from ..page.tokens import Token, clause_gap, word_set
from ..people.names import TITLES
from ..people.party_names import named_at

_TRUCES = TRUCE_NOUNS
# Verbs that make a truce the subject's own whatever it is called: a side's decision.
_DECREEING = word_set(
    """proclaimed proclaims proclaim proclaiming decreed decrees decree decreeing instituted
    institutes institute ordered orders order ordering"""
)
_CALLING = word_set("called calls call calling")
# Verbs that make it the subject's own only when the truce is marked so.
_ANNOUNCING = word_set(
    """announced announces announce announcing observe observes observed observing begin
    begins began start starts started launched launches launch hold holds held"""
)
# Halting one's own fire: the subject's own truce when marked one-sided or for an occasion.
_HALTING = word_set(
    """ceased cease ceases ceasing halted halt halts halting stopped stop stops stopping paused
    pause pauses pausing held hold holds holding suspended suspend suspends"""
)
_HALTED = word_set(
    """fire fighting hostilities attacks operations strikes offensive shelling bombing raids
    combat airstrikes"""
)
# Marks of a truce one side keeps by itself.
_ONE_SIDED = word_set("unilateral unilaterally own self")
# Occasions a side names its truce for.
_OCCASIONS = word_set(
    """holiday holidays festive festival festivals christmas easter eid ramadan tet nowruz
    diwali dashain passover hanukkah vesak victory orthodox harvest election elections
    polling funeral funerals independence anniversary olympic olympics lunar"""
)
_DETERMINERS = word_set("the this that these those")
# After the truce noun: it is others' ("between A and B", "brokered by"), or a relative
# clause names who made it ("that Moscow declared", "the truce Moscow proclaimed").
_OTHERS = word_set(
    """between brokered mediated agreed reached signed struck negotiated proposed offered
    declared proclaimed announced ordered"""
)
_RELATIVES = word_set("that which")
_SELF = word_set("it they its their we")
_ACCEPTING = word_set("accepted accept accepts backed welcomed approved joined endorsed")
_NOUNS = word_set("declaration declarations proclamation proclamations")
# Between a truce noun and the verb of a relative clause on it: the subject and auxiliaries.
_RELATIVE_WORDS = word_set(
    """that which the had has have was were is been being first earlier unilaterally rebels
    army junta government militia separatists military forces guerrillas insurgents group
    leadership"""
)
_REACH = 10
# Between a decreeing verb and its truce: no word that opens another phrase ("ordered troops
# to press on despite the truce"), except "to" before a verb of keeping ("ordered his troops
# to observe a truce").
_BREAKS = word_set(
    """despite after before during until of in on at for against that which while as and but
    with without since amid to by"""
)
_KEEPING = word_set(
    "observe respect honour honor keep hold begin start implement introduce impose declare"
)


def _one_sided(tokens: Sequence[Token], index: int, text: str) -> bool:
    """A one-sided mark at ``index``: "unilateral(ly)", "own", "self-" or "one-sided"."""
    norm = tokens[index].norm
    if norm in _ONE_SIDED:
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        norm == "one" and following is not None and following.joined and following.norm == "sided"
    )


def _occasion(tokens: Sequence[Token], index: int) -> bool:
    norm = tokens[index].norm
    if norm == "year":
        return index > 0 and tokens[index - 1].norm == "new"  # "a New Year truce"
    return norm in _OCCASIONS


def _truce_after(tokens: Sequence[Token], index: int, text: str) -> int | None:
    """The truce noun within ``_REACH`` words after ``index``, in its clause."""
    for position in range(index + 1, min(index + 1 + _REACH, len(tokens))):
        if position > index + 1 and clause_gap(tokens, position - 1, text):
            return None
        if tokens[position].norm in _TRUCES:
            return position
    return None


def _truce_before(tokens: Sequence[Token], index: int, text: str) -> int | None:
    """A truce noun the verb at ``index`` closes a relative clause or a participle on ("the
    truce Moscow proclaimed", "a truce announced by", "the truce that President Oleg Petrov
    had ordered"): within seven words before it, with only its subject's name, "that",
    "which" and auxiliaries between (not "the truce broke down and Putin ordered strikes")."""
    for position in range(index - 1, max(index - 8, -1), -1):
        if clause_gap(tokens, position, text):
            return None
        token = tokens[position]
        if token.norm in _TRUCES:
            return position
        if not (token.capitalised or token.norm in _RELATIVE_WORDS or token.norm in TITLES):
            return None
    return None


def _given_to_others(tokens: Sequence[Token], noun: int) -> bool:
    """After the truce noun: a word that gives it to others, or a name (after "that" or
    "which" at most) that made it ("a unilateral truce that Moscow declared")."""
    after = tokens[noun + 1 : noun + 4]
    if not after:
        return False
    if after[0].norm in _OTHERS:
        return True
    if after[0].norm in _RELATIVES:
        after = after[1:]
    return bool(after) and after[0].capitalised


def _marked(tokens: Sequence[Token], noun: int, text: str, start: int) -> bool:
    """The truce at ``noun`` (its phrase opening after ``start``) is marked as one side's own:
    a one-sided mark or an occasion before it in its phrase, or "for / over / during" an
    occasion after it; an occasion alone not after "the" (another's truce may be meant); and
    nothing after it gives it to others."""
    if _given_to_others(tokens, noun):
        return False
    after = [t.norm for t in tokens[noun + 1 : noun + 5]]
    if any(_one_sided(tokens, i, text) for i in range(max(start, noun - 5), noun + 1)):
        return True
    phrase = range(max(start, noun - 4), noun)
    definite = any(tokens[i].norm in _DETERMINERS for i in phrase)
    if any(_occasion(tokens, i) for i in phrase):
        return not definite
    if after[:1] and after[0] in ("for", "over", "during", "to"):
        reach = range(noun + 2, min(noun + 7, len(tokens)))
        return not definite and any(_occasion(tokens, i) for i in reach)
    return False


def declares_at(tokens: Sequence[Token], index: int, text: str = "") -> bool:
    """Whether the verb at ``tokens[index]`` declares a truce of its subject's own (see the
    module): a decreeing verb beside a truce noun ("proclaimed a holiday truce", "the truce
    Moscow proclaimed"), "called a truce", an announcing or halting verb with a truce marked
    one-sided or for an occasion, or "unilaterally" before a halting verb."""
    norm = tokens[index].norm
    following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    if norm in _DECREEING:
        return _decreed(tokens, index, text) or _truce_before(tokens, index, text) is not None
    if norm in _CALLING and following == "by":  # "the Christmas ceasefire called by Moscow"
        noun = _truce_before(tokens, index, text)
        return noun is not None and noun >= index - 3
    if norm in _CALLING and following in ("a", "an", "unilateral", "its", "their"):
        noun = _truce_after(tokens, index, text)
        return noun is not None and noun <= index + 4  # not "called the truce a stunt"
    if norm in _HALTING and following in _HALTED:
        if index and tokens[index - 1].norm == "unilaterally":
            return True
        return _halt_marked(tokens, index + 1, text)
    if norm in _ANNOUNCING or norm in _HALTING:
        if index and tokens[index - 1].norm == "unilaterally":
            return True
        noun = _truce_after(tokens, index, text)
        if noun is not None:
            return _own_object(tokens, index, noun) and _marked(tokens, noun, text, index + 1)
        noun = _truce_before(tokens, index, text)
        return noun is not None and norm in _ANNOUNCING and _marked_around(tokens, noun, index)
    return False


def _own_object(tokens: Sequence[Token], verb: int, noun: int) -> bool:
    """The truce is the announcing verb's own object, or the object of a clause whose subject
    is the announcer ("announced that it would observe a unilateral ceasefire"); not a truce
    in a clause of others ("announced that the two sides had accepted a holiday truce")."""
    for position in range(verb + 1, noun):
        norm = tokens[position].norm
        if norm in _RELATIVES and position + 1 < noun and tokens[position + 1].norm not in _SELF:
            return False
        if norm in _OTHERS or norm in _ACCEPTING:
            return False
    return True


def _decreed(tokens: Sequence[Token], index: int, text: str) -> bool:
    """A truce as the object of the decreeing verb at ``index`` ("proclaimed a three-week
    halt", "ordered a 30-hour Easter truce", "ordered his forces to observe a truce")."""
    noun = _truce_after(tokens, index, text)
    if noun is None:
        return False
    for position in range(index + 1, noun):
        norm = tokens[position].norm
        if norm == "to" and (position + 1 == noun or tokens[position + 1].norm in _KEEPING):
            continue  # "ordered its troops to halt strikes": the halt is the truce
        if norm in _BREAKS:
            return False
    return True


def _halt_marked(tokens: Sequence[Token], after: int, text: str) -> bool:
    """After "ceased fire", "halt attacks": one-sided or for an occasion in the clause ("for
    the funeral", "over Easter", "unilaterally")."""
    for position in range(after + 1, min(after + 9, len(tokens))):
        if clause_gap(tokens, position - 1, text):
            return False
        if tokens[position].norm in _OTHERS:
            return False
        if _one_sided(tokens, position, text) or _occasion(tokens, position):
            return True
    return False


def _marked_around(tokens: Sequence[Token], noun: int, verb: int) -> bool:
    """A truce before its participle ("a unilateral truce announced by the rebels", "a truce
    announced by the rebels for the harvest"): a one-sided mark or occasion near either."""
    window = range(max(noun - 4, 0), min(verb + 8, len(tokens)))
    if any(tokens[i].norm in _DETERMINERS for i in range(max(noun - 4, 0), noun)):
        return any(tokens[i].norm in _ONE_SIDED for i in window)
    return any(tokens[i].norm in _ONE_SIDED or _occasion(tokens, i) for i in window)


_VERBS = _DECREEING | _ANNOUNCING | _HALTING | word_set("declared said says")


def _own_phrase(tokens: Sequence[Token], start: int, noun: int, text: str) -> bool:
    """The words from ``start`` to the truce noun mark it one side's own and are one noun
    phrase: no verb ("Colombia's ELN announced a unilateral ceasefire": the ELN's), no
    determiner, and no other name but an occasion's ("Victory Day")."""
    marks = range(start, noun)
    if any(tokens[i].norm in _DETERMINERS for i in marks):
        return False
    if any(tokens[i].norm in _VERBS and not tokens[i].joined for i in marks):
        return False  # "self-proclaimed" is one modifier
    occasion = any(_occasion(tokens, i) for i in marks)
    if not occasion and any(tokens[i].capitalised for i in marks):
        return False
    return occasion or any(_one_sided(tokens, i, text) for i in marks)


def owns_declared(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """The name at ``tokens[first:last + 1]`` owns a declared truce by a noun phrase:
    "Moscow's declaration of a truce", "Putin's unilateral truce", "the Kremlin's Victory Day
    truce", "a Russian unilateral ceasefire", "the unilateral truce by Moscow"."""
    possessive = is_possessive(tokens[last], text) or (
        last + 1 < len(tokens) and text[tokens[last].end : tokens[last + 1].start][:1] in "'\u2019"
    )
    after = last + 1
    if after < len(tokens) and possessive and tokens[after].norm in _NOUNS:
        return _truce_after(tokens, after, text) is not None  # "Moscow's declaration of a truce"
    modifier = first > 0 and tokens[first - 1].norm in ("a", "an", "the")
    if possessive or (modifier and named_at(tokens, first) is not None):
        noun = _truce_after(tokens, last, text)
        if noun is not None and noun <= last + 5 and _own_phrase(tokens, last + 1, noun, text):
            return True
    if first >= 2 and tokens[first - 1].norm == "by" and tokens[first - 2].norm in _TRUCES:
        noun = first - 2  # "the unilateral truce by Moscow"
        return any(_one_sided(tokens, i, text) for i in range(max(noun - 4, 0), noun))
    return False


__all__ = ["declares_at", "owns_declared"]
