"""Named things a page describes as a document or a pact, which no epithet of a person fits,
for :mod:`summarizer.verification.quotes.epithets`.

The epithet reading collects every capitalised name before a quote with the words the page
described it by, and takes the one that fits "the Russian leader". A treaty's name is such a
run too: "New START, the last arms-control treaty between Moscow and Washington" left
"Moscow" among New START's words, so "The Russian leader made the offer. "...," he said"
fitted the treaty, and Putin, named just before, was refused his own words (outside check
60). A name the page calls a treaty, accord or law is no person, whatever place words its
description holds.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from ..page.tokens import Token, word_set

_DOCUMENTS = word_set(
    """treaty treaties accord accords agreement agreements pact pacts charter convention
    protocol protocols declaration communique law laws bill bills statute directive"""
)


def thing_named(name: Sequence[Token], described: Set[str]) -> bool:
    """Whether a name is a document or a pact's: its last word says so ("Arctic Arms Accord"),
    or it holds an acronym ("New START") that the page describes by a document noun ("the
    last arms-control treaty between ..."). A person's sentence may name a document too ("Sen.
    X (D-Ore.) opposed the bill": the speakers8 set), so a described word alone is not enough."""
    if name and name[-1].norm in _DOCUMENTS:
        return True
    acronym = any(len(t.text) >= 3 and t.text.isupper() for t in name)
    return acronym and not _DOCUMENTS.isdisjoint(described)


__all__ = ["thing_named"]
