"""A person who only pushes a measure while others meet is no party of the meeting, for a
summit's parties (:func:`summarizer.verification.sides.side_roles.other_role`; a review, session
15): "Trump met Putin in Anchorage, while Senator Lindsey Graham pushed new sanctions on
Moscow", "As Modi and Xi met, Senator Blumenthal proposed tariffs", "the leaders held talks
after Treasury Secretary Bessent threatened fresh sanctions".

A name backs a measure when it is the subject of a verb of proposing, pushing, threatening,
imposing or announcing (its titles, adverbs and auxiliaries skipped) whose object, within a
few words, is a measure's noun (sanctions, tariffs, a package, a bill, levies, an embargo),
or the agent after "by" of such a participle right after the noun ("new sanctions proposed
by Senator Graham"). A stated role, so the refusal is unsupported; the same person named
meeting ("Graham, who proposed new sanctions on Moscow, met Zelensky in Kyiv") is a party
there, since a relative clause is no verb of the name's own clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_gap, word_set
from ..people.names import TITLES

_PUSHING = word_set(
    """proposed proposes proposing pushed pushes pushing threatened threatens threatening
    imposed imposes imposing announced announces unveiled unveils introduced introduces
    tabled tables drafted drafts floated floats filed files demanded demands urged urges
    backed backs readied readies prepared prepares"""
)
_MEASURES = word_set(
    """sanctions sanction tariffs tariff package packages bill bills levies levy duties embargo
    embargoes penalties measures curbs restrictions legislation ban bans"""
)
# Words between the name and its verb: auxiliaries, adverbs, time words.
_LIST = word_set("and or")
_BETWEEN = word_set(
    """has have had also again then now on monday tuesday wednesday thursday friday saturday
    sunday separately meanwhile already"""
)
# Words between the verb and the measure's noun ("proposed a 20th sanctions package").
_OBJECT_WORDS = word_set(
    """a an the new fresh more further tough tougher harsh harsher sweeping secondary
    additional its his her their of"""
)


def _measure_after(tokens: Sequence[Token], verb: int, text: str) -> bool:
    for index in range(verb + 1, min(verb + 5, len(tokens))):
        if clause_gap(tokens, index - 1, text):
            return False
        token = tokens[index]
        if token.norm in _MEASURES:
            return True
        if not (token.norm in _OBJECT_WORDS or token.is_number or token.attached):
            return False
    return False


def backs_measure(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first..last]`` only pushes a measure (see the module)."""
    if first >= 3 and tokens[first - 1].norm == "by" and tokens[first - 2].norm in _PUSHING:
        return tokens[first - 3].norm in _MEASURES  # "new sanctions proposed by Graham"
    index = last + 1
    while index < len(tokens) and index <= last + 6 and not clause_gap(tokens, index - 1, text):
        norm = tokens[index].norm
        if norm in _PUSHING:
            following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            return _measure_after(tokens, index + (following == "for"), text)
        # a list of names is one subject: "Graham and Blumenthal proposed"
        listed = norm in _LIST and index + 1 < len(tokens) and tokens[index + 1].capitalised
        listed = listed or (tokens[index].capitalised and tokens[index - 1].norm in _LIST)
        if not (norm in _BETWEEN or norm in TITLES or norm.endswith("ly") or listed):
            return False
        index += 1
    return False


__all__ = ["backs_measure"]
