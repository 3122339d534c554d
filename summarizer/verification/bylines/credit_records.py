"""What a page's head and foot credit lines credit, as one record per article (read by
:mod:`summarizer.verification.bylines.credit_fields`, filled also by
:mod:`summarizer.verification.bylines.masthead_segments`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..page.tokens import Token


@dataclass
class Credits:
    """What the head and foot lines credit: the authors' tokens (at their offsets), the
    outlets' words (lowercased, no "the"), and the people credited as authors."""

    authors: list[list[Token]] = field(default_factory=list)
    outlets: set[tuple[str, ...]] = field(default_factory=set)
    people: set[tuple[str, ...]] = field(default_factory=set)
    others: set[tuple[str, ...]] = field(default_factory=set)  # no author: places, masthead
    places: set[tuple[str, ...]] = field(default_factory=set)
    rooms: set[int] = field(default_factory=set)  # offsets of newsrooms credited alone


__all__ = ["Credits"]
