"""An opening participle's phrase ("Leaving Downing Street an hour later, Tom Vickers said";
"Meeting Ana Ruiz in Madrid, Tom Ek said") read as no part of the sentence's subject, for the
read-backs of a quote's "he"/"she" (:mod:`summarizer.verification.quotes.pronoun_rivals`,
:mod:`summarizer.verification.quotes.back_subjects`; session 45, closer gsp45a)."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.ordinary import ordinary_forms
from ..page.tokens import Token, word_set

# "-ing" words that make an office or a standing of the noun after them ("Managing director
# Rob Ames,", "Defending champion Lena Ruiz,"): the subject's own words, no participle's phrase.
_MODIFYING = word_set(
    """acting managing defending reigning outgoing incoming visiting retiring serving sitting
    ruling governing presiding founding ranking leading striking caretaking"""
)
# Words a participle's phrase holds and a noun's modifiers do not ("Visiting troops in Kabul,").
_PHRASE_WORDS = word_set(
    """the a an his her their its our my this that these those to from in on at with by for
    into of out up off back over after before about through beside behind"""
)


def participle_opener(tokens: Sequence[Token], text: str) -> int:
    """The index of the first word after an opening participle's phrase ("Leaving Downing
    Street an hour later, Tom Vickers said": "Tom"; "Visiting Kyiv on Friday,", "Praising Karl
    Ostby's courage,"), 0 when the sentence opens otherwise. The phrase's words are the
    participle's object and setting, no subject: read as one, "Downing Street" or "Karl
    Ostby" stood beside the main subject as a second person and left a later "he said"
    unsure (session 45, gsp45a). The participle is a common word's "-ing" form
    (:func:`summarizer.text.ordinary.ordinary_forms`), so no "Fleming" or "Jennings", and no
    office's modifier before a noun ("Managing director Rob Ames, speaking at the plant,")."""
    if len(tokens) < 3 or not tokens[0].norm.endswith("ing"):
        return 0
    if tokens[0].norm not in ordinary_forms() or "," in text[tokens[0].end : tokens[1].start]:
        return 0
    for index in range(2, min(len(tokens) - 1, 14)):
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            return 0 if _modifier(tokens[:index]) else index
    return 0


def _modifier(phrase: Sequence[Token]) -> bool:
    """Whether a phrase up to a comma is a noun with an "-ing" word of office before it
    ("Managing director Rob Ames", "Visiting professor Ian Cope"; review rv45a): the word,
    a common noun right after it, no word of a participle's phrase, a name at its end."""
    first, after = phrase[0], phrase[1]
    if first.norm not in _MODIFYING or after.capitalised or after.norm in _PHRASE_WORDS:
        return False
    return phrase[-1].capitalised and all(t.norm not in _PHRASE_WORDS for t in phrase[1:])


__all__ = ["participle_opener"]
