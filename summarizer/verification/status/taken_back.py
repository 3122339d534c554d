"""A welcome taken back (an outside check, session 14): "We welcome the call. However, our
fight will go on" words ``supports`` in its first sentence and refuses the truce in its
second. A party that welcomes a call and says in the same breath that its fighting goes on
does not back the truce: the value states another than the page's, *unsupported*.

What is read: a turn ("however", "but", "yet", "nevertheless", "nonetheless", "still")
followed, in the same sentence of the evidence, by the party's fighting going on: a noun of
fighting ("fight", "struggle", "resistance", "operations", "war", "attacks") or "fighting"
with a verb of going on after it ("will go on", "continues", "would continue"), "keep
fighting", "fight on", or "will not lay down (its) arms". Left out: a turn to a condition
("However, we need guarantees"), which is support with conditions, not a refusal, and
fighting that goes on told by someone else ("Fighting continued overnight" with no turn).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set

_TURNS = word_set("however but yet nevertheless nonetheless still")
_FIGHT_NOUNS = word_set("fight struggle resistance operations war attacks fighting jihad")
_GOING_ON = word_set("continue continues continuing go goes going")
_ON_AFTER = word_set("on")
_KEEP = word_set("keep keeps continue")


def fighting_goes_on(norms: Sequence[str]) -> bool:
    """Whether a turn in the sentence is followed by the party's fighting going on."""
    turns = [index for index, norm in enumerate(norms) if norm in _TURNS]
    if not turns:
        return False
    words = norms[max(turns[0] - 3, 0) :]  # "Our struggle, however, continues"
    for index, norm in enumerate(words):
        ahead = words[index + 1 : index + 5]
        if norm in _FIGHT_NOUNS and any(
            word in _GOING_ON and (word.startswith("contin") or _ON_AFTER & set(ahead))
            for word in ahead
        ):
            return True
        if norm in _KEEP and ahead[:1] == ["fighting"]:
            return True
        if norm.startswith("fight") and ahead[:1] == ["on"]:
            return True
        if norm == "lay" and index >= 1 and "not" in words[max(index - 3, 0) : index]:
            return "arms" in ahead or "weapons" in ahead
    return False


__all__ = ["fighting_goes_on"]
