"""The one a spokesperson speaks for, never the speaker: "according to a spokesman for Prime
Minister Hale", "said an aide to President Mirza", "according to lawyers for Ms Kane".

An outside check found the served name read as the speaker's: the name came within a few
words of "according to" or "said", and the words before it were taken for a title run. A
careful fact-checker keeps the words with the one who spoke them: the head noun of the title
(spokesman, aide, adviser, lawyer, representative, ...) speaks, and the name after its "for",
"to" or "of" is the one the office serves. The served one is no speaker here (the page gives
the words to someone else: unsupported); the spokesperson, named or described, keeps them.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.names import TITLES

# Head nouns of an office that speaks for another: the one after its preposition is served.
SERVING_HEADS = word_set(
    """spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople spokespersons aide
    aides adviser advisers advisor advisors lawyer lawyers attorney attorneys representative
    representatives envoy envoys secretary mouthpiece counsel"""
)
_SERVING = word_set("for to of")
# A word between the preposition and a capitalised title run: "for the Prime Minister Hale"
_BETWEEN = word_set("the")
_MAX_RUN = 6
# Title words a served name may follow ("for Mayor Ilze Ozola"), the names' list and a few more.
_TITLES = TITLES | word_set("mayor mayors ms mr mrs dr")


def served_at(tokens: Sequence[Token], first: int, text: str = "", full: bool = True) -> bool:
    """Whether the name starting at ``tokens[first]`` is the object of an office's serving
    preposition ("a spokesman for Prime Minister Hale", "an aide to the President Mirza": the one
    served), read back over capitalised words and a "the" before them. A lower-case title between
    ("adviser to the prime minister Omar Haidari") leaves the name its holder's, as
    :func:`summarizer.verification.sentences.subjects.held_for` reads it. A comma (in ``text``, when
    given) ends the reading back: "an adviser to Governor Rosa Ortiz, Tim Hale" is Hale's, and so
    does a name right before this ``full`` name ("... to President Ana Ruiz Tim Hale": Hale's; a
    surname alone may follow its given name: "for Minister Ingrid Solberg-Hale")."""
    if full and first and tokens[first - 1].capitalised and tokens[first - 1].norm not in _TITLES:
        return False  # "adviser to President Volodymyr Zelensky Mykhailo Podolyak": his
    index = first - 1
    while index >= 0 and first - index <= _MAX_RUN and tokens[index].capitalised:
        if text and "," in text[tokens[index].end : tokens[index + 1].start]:
            return False
        index -= 1
    if index >= 0 and index < first - 1 and tokens[index].norm in _BETWEEN:
        index -= 1  # "for the Prime Minister Hale"
    if index < 1 or tokens[index].norm not in _SERVING:
        return False
    return tokens[index - 1].norm in SERVING_HEADS


__all__ = ["SERVING_HEADS", "served_at"]
