"""Who sits at a meeting without being one of its sides, for
:mod:`summarizer.verification.sides.party_roles`: its chair and its observers, and the reverse,
those an opening "Hosted by X," clause leaves as the ones who met.

A chair runs others' meeting ("Lukashenko chaired the session", "the talks, presided over by
the emir,") and an observer watches it ("Kenya attended as an observer", "a UN envoy sat in
as an observer"); a fact-checker does not count either among the summit's parties when the
sentence names those who met (a meeting verb and other names): a leader who chairs his own
bloc's summit with no sides named is still read as taking part.

"Hosted by Sheikh Tamim, President Deby and General Hamid met in Doha": the opening clause
ends at its comma, and the names after it run straight into their verb ("met"), so they are
its subject, not more hosts; "Hosted by Qatar, Egypt and Turkey, the talks ended" keeps all
three as hosts (their list ends at a comma).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.names import TITLES
from .own_lists import co_chairs, list_end, own_list

_CHAIRING = word_set("chaired chairs chairing co-chaired presided presides presiding moderated")
_CHAIRED_BY = word_set("chaired presided moderated")
_OBSERVING = word_set("observer observers")
_AS = word_set("as an a")
_SITTING = word_set("attended sat joined was were took in part present talks session there only")
_MEETING = word_set("met meet meets meeting talks held hold summit between")
_OWN = word_set("the a an who also had has have which jointly")
_LISTING = word_set("and")
_BEFORE_NAME = TITLES | word_set("the and foreign minister president")
_SIDE_NOUNS = word_set("rebels government army militia insurgents opposition junta")


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    return text[tokens[index].end : tokens[index + 1].start].strip()


def _named_others(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A meeting word and two sides named together ("Putin and Xi", "between Ruto and
    Museveni") away from the name at ``first..last``: the meeting's own parties."""
    if not any(t.norm in _MEETING for t in tokens):
        return False
    return any(
        tokens[i].norm in _LISTING
        and any(t.capitalised for t in tokens[max(i - 2, 0) : i])
        and any(t.capitalised or t.norm in _SIDE_NOUNS for t in tokens[i + 1 : i + 3])
        and not first - 2 <= i <= last + 2
        and not own_list(tokens, i, first, last)  # "A and B co-chaired" (own_lists)
        for i in range(1, len(tokens) - 1)
    )


def chairs_or_observes(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``first..last`` chairs or observes a meeting whose sides the
    sentence names (see the module)."""
    if not _named_others(tokens, first, last) or co_chairs(tokens, first, last):
        return False  # co_chairs: "A and B co-chaired a summit attended by C" (own_lists)
    if [t.norm for t in tokens[:2]] == ["hosted", "by"] and not opener_subject(
        tokens, first, last, text
    ):
        closing = next((i for i in range(len(tokens) - 1) if _gap(tokens, i, text) == ","), None)
        if closing is not None and first <= closing:
            return True  # "Hosted by Qatar and Egypt, the delegations met": a host
    start = last + 1
    if start < len(tokens) and tokens[start].norm == "and":
        start = list_end(tokens, start)  # "A and B co-chaired the talks between C and D"
    after = start
    while after < len(tokens) and after <= start + 5:
        token = tokens[after]
        if token.norm in _CHAIRING:
            return True  # "Lukashenko chaired the session", "the emir presided over"
        if token.norm in _OBSERVING and all(t.norm in _AS for t in tokens[after - 2 : after]):
            return True  # "attended as an observer", "sat in as observers"
        if token.norm in _OWN or token.capitalised or token.norm in TITLES:
            after += 1
            continue
        if token.norm in _SITTING or token.norm in _AS:
            after += 1
            continue
        break
    before = first - 1
    while before >= 0 and (tokens[before].capitalised or tokens[before].norm in _BEFORE_NAME):
        before -= 1
    if before >= 1 and tokens[before].norm == "by":
        link = tokens[before - 1].norm
        if link in _CHAIRED_BY or (
            link == "over" and before >= 2 and tokens[before - 2].norm == "presided"
        ):
            return True  # "chaired by", "presided over by"
    return before >= 0 and tokens[before].norm in _OBSERVING  # "observers Norway and Qatar"


def opener_subject(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``first..last`` stands after the comma that closes a sentence's
    opening "Hosted by X," clause, in a list running straight into its verb: one who met,
    not a host."""
    if len(tokens) < 3 or [t.norm for t in tokens[:2]] != ["hosted", "by"]:
        return False
    closing = next((i for i in range(2, first) if _gap(tokens, i, text) == ","), None)
    if closing is None:
        return False
    index = last
    while index + 1 < len(tokens):
        gap = _gap(tokens, index, text)
        following = tokens[index + 1]
        if gap == "," and (following.capitalised or following.norm in _LISTING):
            index += 1
            continue
        if gap:
            return False  # the list ends at a comma: more of the opener
        if following.capitalised or following.norm in TITLES or following.norm in _LISTING:
            index += 1
            continue
        return True  # "... and General Hamid met": the list's verb
    return False


__all__ = ["chairs_or_observes", "opener_subject"]
