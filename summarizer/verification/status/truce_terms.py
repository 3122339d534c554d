"""A truce referred to as standing is agreed (an outside check, session 19: check 42's cause 4).

A page often never says a truce "was agreed": it names the truce as the frame of what is done
under it. "Described the one-year pause as part of a trade truce", "Both armies pulled back
under the ceasefire", "In line with the truce, aid convoys entered the city", "the terms of
the armistice", "the first swap under the truce". A careful reader takes the truce as agreed
(status ``agreed``) when the sentence states it as fact.

What the grammar must show, in one evidence sentence:

- a frame word before a truce noun (:data:`truce_kinds.TRUCE_NOUNS`): "part of", "under",
  "in line with", "in keeping with", "in accordance with", "terms of", "fruits of",
  "implementation of", with a definite or possessive determiner, or "a" after "part of"
  ("as part of a trade truce"); at most two lowercase words between ("a wider truce");
- none of the words of the sentence that make the truce a prospect: a modal ("would",
  "could", "will"), a hope or an attempt ("hope", "towards", "seek"), "any", "possible",
  "proposed", "draft", a negation, read from the last comma before the frame ("said Beijing
  would make adjustments, and described the pause as part of a trade truce") and before the
  noun only when a relative clause follows it ("a trade truce that could be renewed each
  year" is a standing truce);
- after the noun, up to the next comma, no word that makes it a plan or a refused offer: "plan",
  "proposal", "draft", "talks", "being negotiated", "rejected", "yet to".

Refusals stay with the cue rules ("unconfirmed"); this only reads agreement.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..events.truce_kinds import TRUCE_NOUNS
from ..page.tokens import Token, word_set

_DETERMINERS = word_set("the its their this that")
_PART_DETERMINERS = _DETERMINERS | word_set("a")
_FRAMES: tuple[tuple[str, ...], ...] = (
    ("part", "of"),
    ("under",),
    ("in", "line", "with"),
    ("in", "keeping", "with"),
    ("in", "accordance", "with"),
    ("terms", "of"),
    ("fruits", "of"),
    ("implementation", "of"),
)
_PROSPECTS = word_set(
    """would could will might may should hope hopes hoped towards toward seek seeks sought
    any possible potential proposed draft future planned not no never n't if unless become
    becomes"""
)
_RELATIVES = word_set("that which")
_NOT_STANDING = word_set(
    """proposed plan plans proposal proposals draft drafts talks negotiations negotiated negotiating
    being rejected refused yet discussed floated offer offered"""
)


def standing_truce(ctx: Context) -> bool:
    """Whether an evidence sentence names the truce as the standing frame of what is done
    under it (see the module)."""
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        norms = [token.norm for token in tokens]
        nouns = [at for at, norm in enumerate(norms) if norm.startswith(TRUCE_NOUNS)]
        if any(_framed(tokens, norms, at, ctx.article.text) for at in nouns):
            return True
    return False


def _framed(tokens: Sequence[Token], norms: Sequence[str], noun: int, text: str) -> bool:
    """A frame word and determiner before the truce noun at ``noun``, and no prospect."""
    for gap in range(0, 3):  # words between the determiner and the noun ("a wider truce")
        det = noun - 1 - gap
        if det < 1 or any(tokens[at].capitalised for at in range(det + 1, noun)):
            break
        if any(not norms[at].isalpha() for at in range(det + 1, noun)):
            break
        for frame in _FRAMES:
            start = det - len(frame)
            if start < 0 or tuple(norms[start:det]) != frame:
                continue
            allowed = _PART_DETERMINERS if frame == ("part", "of") else _DETERMINERS
            if norms[det] not in allowed:
                continue
            relative = noun + 1 < len(norms) and norms[noun + 1] in _RELATIVES
            low = _clause_start(tokens, start, text)  # "would make ..., and described ..."
            if not _PROSPECTS.isdisjoint(norms[low:noun] if relative else norms[low:]):
                return False  # "a truce that could be renewed": the relative clause's modal
            return _NOT_STANDING.isdisjoint(_to_comma(tokens, norms, noun, text))
    return False


def _clause_start(tokens: Sequence[Token], frame: int, text: str) -> int:
    """The first token after the last comma or semicolon before the frame word at ``frame``."""
    for at in range(frame, 0, -1):
        gap = text[tokens[at - 1].end : tokens[at].start]
        if "," in gap or ";" in gap:
            return at
    return 0


def _to_comma(tokens: Sequence[Token], norms: Sequence[str], noun: int, text: str) -> list[str]:
    """The norms after the truce noun up to the next comma or semicolon (at most eight)."""
    words: list[str] = []
    for at in range(noun + 1, min(noun + 9, len(tokens))):
        if (
            "," in text[tokens[at - 1].end : tokens[at].start]
            or ";" in text[tokens[at - 1].end : tokens[at].start]
        ):
            break
        words.append(norms[at])
    return words


__all__ = ["standing_truce"]
