"""The speaker of a speech verb inside a relative clause about a thing: "defended the deal,
which he said represented "a short-term fix"", "praised the budget, which Dunn had called "a
mistake"", "what she called "a betrayal"".

The relative word opens an aside, so the subject reading skipped it and took the chunk before
it: the deal's other party ("the accord with Berlin") spoke, and the one named in the clause
("which Dunn said") did not. The clause's own subject stands between the relative word and the
verb: a name there speaks; a pronoun there ("he", "she") points to the subject the sentence
opens with, or, when it opens with none, back as any "he said" does. A relative "who" is
another reading (:func:`summarizer.verification.sentences.interviews.antecedent`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..page.tokens import Token, word_set
from ..people.names import PARTICLES, TITLES
from .subjects import FILLERS

_RELATIVES = word_set("which what whom")
_PRONOUNS = word_set("he she they we i")
_BETWEEN = FILLERS | word_set("had has have once previously repeatedly publicly just")
_NAME_WORDS = 6


def relative_subject(
    tokens: Sequence[Token], verb: int, text: str, opening: Callable[[], list[Token]]
) -> list[Token]:
    """The subject of ``tokens[verb]`` when it stands in a relative clause between a relative
    word and the verb: the name there; for a pronoun, what ``opening`` gives (the subject the
    sentence opens with, read only then) or else the pronoun itself; empty when the verb is
    no such clause's."""
    at = verb - 1
    while at >= 0 and tokens[at].norm in _BETWEEN:
        at -= 1
    if at < 1:
        return []
    if tokens[at].norm in _PRONOUNS:
        if tokens[at - 1].norm not in _RELATIVES:
            return []
        return opening() or [tokens[at]]
    run: list[Token] = []
    while at >= 0 and len(run) < _NAME_WORDS:
        token = tokens[at]
        if not (token.capitalised or token.norm in PARTICLES) or token.norm in _RELATIVES:
            break
        if run and text[token.end : run[0].start] != " ":
            break
        run.insert(0, token)
        at -= 1
    named = [t for t in run if t.norm not in TITLES]
    if not named or at < 1 or tokens[at].norm not in _RELATIVES:
        return []
    return run


__all__ = ["relative_subject"]
