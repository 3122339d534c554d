"""A count that names a bound of its measure ("speed limit, km/h", "weight limit, tonnes",
"tuition fee cap, pounds") is told by a sentence that says a bound (review rv42old: "Cyclists
can hit 70 km/h on the descent" is a speed reached, no limit; "The lorry was carrying 44 tonnes
of steel" no bridge's weight limit).

English says a bound by a family of words, not by the count's own word: "ministers allowed 72
tonnes of it as bycatch" is the bycatch limit, "capped the fee at £9,535" the fee cap, "a quota
of 300 tonnes" a catch limit. So any word of the family in the sentence says a bound, whichever
the count names. Read only for a number tied to the count by its unit alone
(:func:`figures.count_ties.field_unit`): read for every count, it added two flags on an outside
check no rule was written from (session 42, measured and withdrawn), so a count that names its
bound by other cue words keeps the other rules' verdict.

A bound is also not a measure a thing is said to have reached (review rv42c, rv42old: "Trains
hit 125 mph on the straight" is no permitted line speed, "A lorry weighing 32 tonnes was
filmed crossing the bridge" no bridge weight limit, "The drone flew 120 metres above the
stadium" no legal height cap, "A coach carrying 52 pupils" no passenger limit, "Rents rose to
£1,250" no rent cap), whatever word of the count stands near it: the number is the object of a
verb of reaching, going, weighing or carrying, right before it or before its "at" or "to"
("clocked a Porsche at 112 mph", "travelling at 62 mph"), with no hedge on the number ("weighing
more than 7.5 tonnes are banned" says a bound), no modal or bound word before the verb ("may
carry 40 passengers", "are allowed to fly 120 metres") and no bound word as its subject ("the
cap rose to £1,250"), nor the size of a thing its unit is hyphen-joined to ("after a 12-tonne
truck damaged it"; not "a 7.5-tonne weight limit"): :func:`bound_reached`. Its refusal is
*unsupported*.

A bound told as a duty or permission not to pass a number ("Drivers must not exceed 50 km/h
through the roadworks", "Boats on the mere may carry up to 12 passengers") is that number
exactly: the limit is 50, though the speed driven is at most 50 (review rv42c). A count naming
a bound takes an upper-bounded number as its exact size when a modal of duty or permission
stands in the few words before it (:func:`bound_size`); "Cars travelled at up to 80 mph" says
no limit and keeps its qualifier.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .count_words import what_words
from .numbers import NumberMention

# Words of a count that name a bound of its measure. Not "quota": a share handed out is
# told with no word of bounds ("cod quota for the North Sea, tonnes" for "19,910 tonnes are
# earmarked for the North Sea"; check 76).
_BOUND_NOUNS = word_set("limit limits cap caps permitted allowed legal ceiling")
# Words of a sentence that say one: the family, in its verb and noun forms.
_BOUND_SAID = word_set(
    """limit limits limited limiting cap caps capped capping permit permits permitted
    permitting allow allows allowed allowing legal legally quota quotas ceiling ceilings
    maximum"""
)


def bound_unsaid(tokens: Sequence[Token], what: str) -> bool:
    """Whether the count (its words before a comma: "speed limit, km/h") names a bound that
    the sentence's ``tokens`` never say by any word of the family."""
    if not _names_bound(what):
        return False
    return not any(token.norm in _BOUND_SAID for token in tokens)


# Verbs whose object is a measure a thing reached, went, weighed or carried on an occasion.
_REACHING = word_set(
    """reached reach reaches reaching hit hits hitting clocked clocking travelling traveling
    travelled traveled doing weighing weighed weighs flew flying climbed soared carrying
    carried landed landing rose risen rising"""
)
# Words that make the verb a permission or a bound ("may carry", "can reach", "must not hit").
_PERMITTING = word_set("may might can cannot could must should able permission")
_LEADS = word_set("at to")
_VERB_REACH = 4  # tokens between the verb and its "at" ("clocked a Porsche at 112 mph")


def _names_bound(what: str) -> bool:
    """Whether the count's words before its comma name a bound ("speed limit, km/h")."""
    return bool(set(what_words(what.partition(",")[0])) & _BOUND_NOUNS)


def bound_reached(tokens: Sequence[Token], mention: NumberMention, what: str) -> str:
    """Why the number is no bound ``what`` names: a measure a verb says was reached, gone,
    weighed or carried (see the module); or ""."""
    if not _names_bound(what) or not mention.first or mention.qualifiers - {"exact"}:
        return ""  # "weighing up to 7.5 tonnes", "more than 12 passengers": a bound's words
    at = mention.first - 1
    if mention.compound and tokens[at].norm in _ARTICLES:
        return _sized_thing(tokens, mention, at, what)  # "after a 12-tonne truck damaged it"
    if tokens[at].norm in _LEADS:
        at = next(
            (
                i
                for i in range(at - 1, max(at - 1 - _VERB_REACH, -1), -1)
                if tokens[i].norm in _REACHING or not tokens[i].norm.isalpha()
            ),
            -1,
        )
    if at < 0 or tokens[at].norm not in _REACHING:
        return ""
    before = {token.norm for token in tokens[:at]}
    if before & (_PERMITTING | _BOUND_SAID):
        return ""  # "may carry", "allowed to fly", "the cap rose to"
    if _bound_apposed(tokens, mention):
        return ""  # "carrying 24 people, the most it is licensed to take"
    return f"{mention.value:g} is a measure reached ({tokens[at].text!r}), not {what!r}"


# A phrase after the reached number that makes it the bound itself (review rv43b: "The lifeboat
# was carrying 24 people, the most it is licensed to take", "hit 126 mph, the highest speed
# permitted on that stretch", "rose to $1,480, the maximum allowed"): a word of the most and a
# word of bounds, with no other number ("hit 125 mph on a line whose top permitted speed is
# 100 mph" sets the number against another bound).
_MOST = word_set("most maximum highest top full greatest heaviest fastest")
_BOUND_APPOSED = _BOUND_SAID | word_set("licensed licence license permissible lawful")
_APPOSED_REACH = 10  # tokens after the number its phrase of bounds may run to
_CLAUSES = word_set("when while but after before though although and whereas until")


def _bound_apposed(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether the words right after the number say it is the most a bound allows."""
    after = tokens[mention.last + 1 : mention.last + 1 + _APPOSED_REACH]
    end = next((i for i, token in enumerate(after) if token.norm in _CLAUSES), len(after))
    if any(token.is_number for token in after):
        return False
    words = {token.norm for token in after[:end]}  # not "..., when the limit was lifted"
    return bool(words & _MOST) and bool(words & _BOUND_APPOSED)


_ARTICLES = word_set("a an")
# Nouns after a measure that make it a bound's own size ("a 7.5-tonne weight restriction").
_BOUND_HEADS = word_set(
    "ban bans restriction restrictions zone zones rule rules threshold thresholds"
)  # "a 12-tonne threshold for vehicles" (review rv43b)


def _sized_thing(tokens: Sequence[Token], mention: NumberMention, article: int, what: str) -> str:
    """Why the number is no bound ``what`` names: a measure hyphen-joined to its unit that
    sizes the thing after it ("a 12-tonne truck"), with no word of bounds after it ("a
    7.5-tonne weight limit") and no modal or bound word in the few words before its article
    ("may use a 40-tonne crane"); or ""."""
    after = {token.norm for token in tokens[mention.last + 1 : mention.last + 4]}
    before = {token.norm for token in tokens[max(article - _MODAL_REACH, 0) : article]}
    if after & (_BOUND_SAID | _BOUND_HEADS) or before & (_PERMITTING | _BOUND_SAID):
        return ""
    return f"{mention.value:g} sizes a thing ({mention.compound!r}), not {what!r}"


_UPPER = frozenset({"at_most", "up_to", "less_than"})
# Modals of likelihood, not of duty or permission (review rv43b: "Analysts say rail fares could
# rise by up to 6% next year" sizes no fare cap).
_LIKELY = word_set("could might")
_MODAL_REACH = 5  # tokens from a modal to its number ("may weigh no more than 19")


def bound_size(tokens: Sequence[Token], mention: NumberMention, qualifier: str, what: str) -> bool:
    """Whether an exact value of a count naming a bound is the upper-bounded number a modal of
    duty or permission before it makes the bound's size (see the module)."""
    if qualifier != "exact" or not mention.qualifiers & _UPPER or not _names_bound(what):
        return False
    before = [token.norm for token in tokens[max(mention.first - _MODAL_REACH, 0) : mention.first]]
    modal = next((i for i, norm in enumerate(before) if norm in _PERMITTING), -1)
    if modal < 0 or before[modal] in _LIKELY or "have" in before[modal + 1 : modal + 2]:
        return False  # "fares could rise", "may have been doing up to 90 mph": a guess
    return "by" not in before[modal:]  # "may rise by up to 6%": a change's size, no bound


__all__ = ["bound_reached", "bound_size", "bound_unsaid"]
