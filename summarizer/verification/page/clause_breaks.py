"""Where a clause ends inside a sentence, for the readings that keep a number to its own
clause (a change's two ends, a share compared with an earlier time, a count's occasion).

figures/earlier_ends, figures/compared_shares and counts/count_occasions each kept a copy of
this test with different members until session 60: one reading now, so a mark or a joining
word added for one reaches the others.
"""

from __future__ import annotations

from collections.abc import Sequence

from .tokens import Token, word_set

# What ends a clause inside a sentence for the readings that keep a number to its own clause:
# a hard mark, or a comma before a word that opens a contrasting clause ("117 tankers are
# added, while the draft had named 118"; "sales slumped, yet income rose 9%"). "when" is none:
# "had 40 co-sponsors, when it was introduced" dates the main clause's number. Readings of a
# change's two ends also cut at ", and" (:data:`CLAUSE_JOINERS_AND`).
CLAUSE_BREAKS = (";", ":", "\u2014", "\u2013")
CLAUSE_JOINERS = word_set("while whereas but although though yet")
CLAUSE_JOINERS_AND = CLAUSE_JOINERS | {"and"}


def clause_break(
    tokens: Sequence[Token], left: int, text: str, joiners: frozenset[str] = CLAUSE_JOINERS
) -> bool:
    """Whether a clause ends between ``tokens[left]`` and the next token: a mark of
    :data:`CLAUSE_BREAKS` in the gap, or a comma there before one of ``joiners``."""
    gap = text[tokens[left].end : tokens[left + 1].start]
    if "," in gap and tokens[left + 1].norm in joiners:
        return True
    return any(mark in gap for mark in CLAUSE_BREAKS)
