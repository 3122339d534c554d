"""The word groups a count's subject is also reported with, kept apart from the readers.

"34 dead" counts people killed and "were displaced" counts the evacuated: a count field's cue
may be met by any stem of its group. The groups live here rather than in
:mod:`summarizer.verification.counts.amounts` because a reader that ``amounts`` itself
imports (:mod:`summarizer.verification.figures.toll_words`) needs the group of the dead too;
before, it kept a hand copy that could drift from this one.
"""

from __future__ import annotations

KILLED = ("kill", "dead", "die", "death", "fatalit", "live")

# Stems by prefix ("injur" finds "injuries"); each group is one kind of count.
COUNT_SYNONYMS = (
    KILLED,
    ("injur", "wound", "hurt"),
    ("displac", "evacuat", "fled", "refugee"),
    ("cosponsor", "sponsor", "senator", "backe", "support", "signator", "cosign", "endors"),
    ("favo",),  # "votes in favour" counts "in favor" too
    ("against", "oppos"),
    ("list", "blacklist", "designat", "added", "adds", "adding", "sanctioned"),  # list_counts
)

__all__ = ["COUNT_SYNONYMS", "KILLED"]
