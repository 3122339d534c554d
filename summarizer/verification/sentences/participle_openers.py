"""An opening participle's phrase ("Leaving Downing Street an hour later, Tom Vickers said";
"Meeting Ana Ruiz in Madrid, Tom Ek said") read as no part of the sentence's subject, for the
read-backs of a quote's "he"/"she" (:mod:`summarizer.verification.quotes.pronoun_rivals`,
:mod:`summarizer.verification.quotes.back_subjects`; session 45, closer gsp45a)."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.ordinary import ordinary_forms
from ..page.tokens import Token


def participle_opener(tokens: Sequence[Token], text: str) -> int:
    """The index of the first word after an opening participle's phrase ("Leaving Downing
    Street an hour later, Tom Vickers said": "Tom"; "Visiting Kyiv on Friday,", "Praising Karl
    Ostby's courage,"), 0 when the sentence opens otherwise. The phrase's words are the
    participle's object and setting, no subject: read as one, "Downing Street" or "Karl
    Ostby" stood beside the main subject as a second person and left a later "he said"
    unsure (session 45, gsp45a). The participle is a common word's "-ing" form
    (:func:`summarizer.text.ordinary.ordinary_forms`), so no "Fleming" or "Jennings"."""
    if len(tokens) < 3 or not tokens[0].norm.endswith("ing"):
        return 0
    if tokens[0].norm not in ordinary_forms() or "," in text[tokens[0].end : tokens[1].start]:
        return 0
    for index in range(2, min(len(tokens) - 1, 14)):
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            return index
    return 0


__all__ = ["participle_opener"]
