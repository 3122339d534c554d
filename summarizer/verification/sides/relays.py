"""A go-between that carries one side's answer to the other is not the side that answered (an
outside check, session 14: "Egypt, which mediates, relayed Hamas's rejection" had Egypt
accepted as a side that rejected the truce).

For a stance's party when the stance is given (:func:`side_roles.other_role`, "taken": a
position with no stance only names its party, "Omani mediators carried the message" still
names Oman), a name relays when

- it is the subject of a verb of carrying a message ("relayed", "conveyed", "passed on",
  "delivered", "transmitted", "forwarded", "communicated", "handed over"), over its body
  words ("Qatari mediators conveyed Israel's refusal", "the Turkish envoy delivered Moscow's
  no"), unless what it carries is its own ("Hamas relayed its acceptance to the mediators");
- it is the subject of such a verb in a clause on the thing carried ("the offer Qatar had
  relayed", "the pause, which the Omanis passed on,");
- it is the agent of such a verb ("Hamas's rejection, relayed by Egypt,") or the channel
  ("through Algerian diplomats", "via Oman").

Each is a stated role, so the refusal is unsupported.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_gap, word_set
from ..people.names import TITLES

_CARRYING = word_set(
    """relayed relays relaying relay conveyed conveys conveying convey delivered delivers
    delivering transmitted transmits forwarded forwards communicated communicates"""
)
_NEEDS = {
    "passed": "on", "passes": "on", "passing": "on", "handed": "over", "hands": "over",
    "sent": "word", "sends": "word",
}  # fmt: skip
_BODY = word_set(
    """mediators mediator officials official diplomats diplomat envoy envoys negotiators
    negotiator intermediaries government ministry minister foreign delegation side team"""
)
_BETWEEN = word_set("had has have also then later reportedly quickly formally which that")
_OWN = word_set("its their his her our")
_CHANNELS = word_set("through via")
_SKIP = word_set("the a an")


def _verb(tokens: Sequence[Token], index: int) -> int | None:
    """The end of a carrying verb at ``index`` ("relayed", "passed on"), or None."""
    norm = tokens[index].norm
    if norm in _CARRYING:
        return index
    following = _NEEDS.get(norm)
    if following is not None:
        for ahead in range(index + 1, min(index + 6, len(tokens))):
            if tokens[ahead].norm == following:
                return ahead  # "passed the pause on", "passed on"
    return None


def relays(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first..last]`` carries another's answer (see the
    module)."""
    before = first - 1
    while before >= 0 and tokens[before].norm in _SKIP:
        before -= 1
    if before >= 0 and tokens[before].norm in _CHANNELS:
        return True  # "through Algerian diplomats", "via Oman"
    if before >= 1 and tokens[before].norm == "by" and _verb(tokens, before - 1) is not None:
        return True  # "Hamas's rejection, relayed by Egypt,"
    index = last + 1
    while index < len(tokens) and (
        tokens[index].norm in _BODY or tokens[index].norm in TITLES or tokens[index].capitalised
    ) and not clause_gap(tokens, index - 1, text):  # fmt: skip
        index += 1
    while index < len(tokens) and tokens[index].norm in _BETWEEN:
        index += 1
    if index >= len(tokens) or clause_gap(tokens, index - 1, text):
        return False
    end = _verb(tokens, index)
    if end is None:
        return False
    carried = [t.norm for t in tokens[end + 1 : end + 3]]
    return not (carried and carried[0] in _OWN)  # not "relayed its acceptance"


__all__ = ["relays"]
