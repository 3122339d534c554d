"""A leader who hosts a summit takes part in it (an outside check, 39: "the first, hosted by
President Barack Obama at Sunnylands, ... took place in February 2016" refused Obama as a
party of the US-ASEAN summit as "a host").

:mod:`summarizer.verification.sides.party_roles` reads a meeting's host named only as the host as no
party ("talks hosted by Turkey", "X hosted the talks between A and B", "thanked Lee for
hosting"): a country or a go-between lending its venue. A *person* by whom a summit, a
gathering or a dinner was hosted ("the first, hosted by President X at Y, took place in 2016",
"The summit in Japan was hosted by Prime Minister X, who chaired both sessions") sits at the
table: the host is a party. Read only for the agent of "hosted by" (titles
between) in the fact's own evidence passage ("the first, hosted by X, ...; a second one that
Y planned": X is no party of the second), and never where the sentence tells of talks,
negotiations or delegations, of a meeting "between" others or of "sides" (a go-between's
venue), or of mediation. A host told only in a relative clause ("X, who hosted the summit,
telephoned Y afterwards") stays unread, as before: the clause says what the host did, unless the
sentence goes on with the host there among the others ("President X, who hosted the
ceremony, stood between A and B as they signed": check 50, a host president at the signing he
hosted); so does a sentence opening "Hosted by X, A and B met" (the host of others' meeting).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

_HOSTED = word_set("hosted co-hosted cohosted")
_NOT_AT_TABLE = word_set(
    """between talks negotiations negotiation mediated mediating mediator mediation brokered
    brokering broker facilitated facilitating proximity indirect sides delegations"""
)
_BETWEEN_LONGEST = 4  # "hosted by the Prime Minister of Japan, Aiko Mori": titles between


def host_attends(
    tokens: Sequence[Token], first: int, last: int, text: str, passages: Sequence[str]
) -> bool:
    """Whether the person at ``tokens[first:last + 1]`` is the agent of a summit's "hosted
    by" in one of the fact's own evidence ``passages`` (not a host of another meeting the
    sentence tells of), in a sentence that tells of no talks between others nor of
    mediation."""
    words = [t.norm for t in tokens]
    name = text[tokens[first].start : tokens[last].end]
    if not any(name in passage for passage in passages):
        return False
    if _present_host(tokens, last, text):
        return True
    if not _NOT_AT_TABLE.isdisjoint(words):
        return False
    for index in range(max(first - _BETWEEN_LONGEST - 1, 1), first):
        if words[index] == "by" and words[index - 1] in _HOSTED and index > 1:
            return all(t.capitalised or t.norm in _LINKS for t in tokens[index + 1 : first])
    return False


_LINKS = word_set("the of")
_RELATIVE = word_set("who")
_HOSTING = word_set("hosted hosts hosting co-hosted cohosted")
# What a person hosts and attends: a leaders' occasion (talks are a go-between's venue).
_OCCASIONS = word_set(
    """ceremony signing summit meeting dinner lunch luncheon banquet reception gathering
    event session"""
)
# A main verb of being there with the others after the host's relative clause ("stood
# between Pashinyan and Aliyev", "greeted both leaders"); watching is a witness's, not here.
_PRESENT = word_set(
    """stood sat greeted welcomed received shook joined hugged embraced flanked presided
    opened addressed toasted signed posed walked"""
)
_CLAUSE_LONGEST = 8
# An apposition naming the host ("Trump, the host, stood", "Anwar, their host, greeted").
_OWNERS = word_set("the their his her its")
_HOST_NOUNS = word_set("host hosts cohost")


def _present_host(tokens: Sequence[Token], last: int, text: str) -> bool:
    """Whether the person ending at ``tokens[last]`` opens a relative clause of hosting a
    leaders' occasion, or an apposition naming the host ("Trump, the host, ..."), and the
    sentence goes on with a verb of being there with the others: "President Donald Trump, who
    hosted the ceremony, stood between Pashinyan and Aliyev" (check 50). The relative clause
    alone ("X, who hosted the summit, telephoned Y") stays unread."""
    index = last + 1
    if index + 2 >= len(tokens) or text[tokens[last].end : tokens[index].start].strip() != ",":
        return False
    relative = tokens[index].norm in _RELATIVE
    if not relative and tokens[index].norm not in _OWNERS:
        return False
    end = index + 1
    while end < len(tokens) and text[tokens[end - 1].end : tokens[end].start].strip() != ",":
        end += 1
        if end - index > _CLAUSE_LONGEST:
            return False
    clause = [t.norm for t in tokens[index + 1 : end]]
    if relative and (_HOSTING.isdisjoint(clause) or _OCCASIONS.isdisjoint(clause)):
        return False
    if not relative and _HOST_NOUNS.isdisjoint(clause):
        return False  # "Trump, the host, stood between ...": an apposition naming the host
    if not _NOT_AT_TABLE.isdisjoint(clause):
        return False  # "who hosted the meeting between A and B": a go-between's venue
    return end < len(tokens) and tokens[end].norm in _PRESENT


__all__ = ["host_attends"]
