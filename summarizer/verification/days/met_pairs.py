"""A meeting's day is not another pair's (an outside check, session 19: "The two presidents
met in Busan. Separately, on Wednesday, Trump met Lee in Gyeongju." gave Wednesday to Trump
and Xi's meeting). For a meeting's day, a day whose clause says "<party> met <name>" (or "met
with", "held talks with") where the subject is one of the fact's parties and the one met is a
name none of whose words is a party's, is that other meeting's. A clause whose one met is a
party ("Trump met Chinese President Xi Jinping on Thursday"), a pronoun ("met him"), or whose
subject is no party (parties given as countries) keeps its day. So does one met who is not
named: the words after "met" must end in a capitalised name, not a title or a common noun
("met the Chinese president", "met his Chinese counterpart", "met EU leaders", "met the
Prime Minister of India" say nothing of who it was; session 19 review). An owner's name
("met Mr Xi's envoy Wang Yi") is not the one met.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..occasions.day_occasions import DAY_WORDS, clause_break
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.names import TITLES

OTHER_PAIR = "the day another pair met"
_MET = word_set("met meets meet meeting")
_WITH = word_set("with talks held")
_STOPS = word_set("in on at for during to after before and since while who which of")


def _possessive(token: Token, text: str) -> bool:
    """ "Xi's" of "met Mr Xi's envoy Wang Yi": the envoy's owner, not the one met."""
    own = SINGULAR_POSSESSIVES
    return text[token.start : token.end].endswith(own) or text[token.end : token.end + 2] in own


def other_pair(fact: Any, tokens: Sequence[Token], first: int, text: str) -> str | None:
    """``OTHER_PAIR`` when the day at ``tokens[first]`` dates a meeting of a party with someone
    who is no party (see the module); None otherwise."""
    parties = {t.norm for p in getattr(fact, "parties", None) or [] for t in tokenize(p)}
    parties = {w for w in parties if len(w) > 1}
    if not parties:
        return None
    edge = first
    while edge < len(tokens) - 1 and not clause_break(tokens, edge, text):
        edge += 1
    start = first
    while start > 0 and not clause_break(tokens, start - 1, text):
        start -= 1
    for verb in range(start + 1, edge):
        if tokens[verb].norm not in _MET or not tokens[verb - 1].capitalised:
            continue
        if tokens[verb - 1].norm not in parties:
            return None
        met = verb + 1
        while met < edge and tokens[met].norm in _WITH:
            met += 1
        run = []  # "met Chilean minister Tomas Vidal on June 2": up to a preposition or day
        last = None
        while met <= edge and tokens[met].norm not in DAY_WORDS | _STOPS:
            if tokens[met].capitalised and not _possessive(tokens[met], text):
                run.append(tokens[met].norm)
            last = tokens[met]
            met += 1
        named = last is not None and last.capitalised and last.norm not in TITLES
        if run and named and not parties & set(run):
            return OTHER_PAIR  # not "met the Chinese president", "met EU leaders": unnamed
        return None
    return None


__all__ = ["OTHER_PAIR", "other_pair"]
