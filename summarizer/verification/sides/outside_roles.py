"""The roles outside check 36 found read as a side's, gathered for
:func:`summarizer.verification.sides.side_roles.other_role`: a host or facilitator of others' talks
(:mod:`talk_facilitators`, every mode but a reaction's), and for a summit's party the ones
told about it (:mod:`told_leaders`), the one briefing reporters on it or owning its venue
(:mod:`briefers`), a country a quote only talks about (:mod:`quoted_claims`) and one who
only watches or follows it (:mod:`remote_watchers`).

Each reader looks at a few words around the name, so the cost is a handful of set lookups per
name; the summit readers run only for a summit's mode."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token
from ..status.quoted_claims import quoted_topic
from .briefers import briefs_only, owns_venue
from .remote_watchers import watches_meeting
from .talk_facilitators import facilitates
from .told_leaders import told_leaders


def outside_role(tokens: Sequence[Token], first: int, last: int, text: str, mode: str) -> bool:
    """Whether the name at ``tokens[first..last]`` stands in one of these roles."""
    if mode == "reaction":
        return False
    if facilitates(tokens, first, last, text, mode):
        return True
    if mode not in ("summit", "proposal"):
        return False
    return (
        told_leaders(tokens, first, last)
        or owns_venue(tokens, first)
        or briefs_only(tokens, first, last, text)
        or quoted_topic(tokens, first, text)
        or watches_meeting(tokens, last)  # "followed the summit from Kyiv" (remote_watchers)
    )


__all__ = ["outside_role"]
