"""A quoted phrase embedded in narration, read for the chain that takes a "he said" back to
its speaker (:mod:`summarizer.verification.quotes.speakers`; an outside check, 34).

"Vela, using a local curse word for "fool," said Dalton must show respect. "...," he said."
The first sentence holds a quotation mark pair, so reading back it was read as a quote of its
own, and the words after its closing mark as that quote's attribution ("said Dalton"): the
later "he" went to Dalton, whom Vela spoke of. A careful reader takes "fool" as a word Vela
used inside his own sentence, and the sentence as narration whose subject is Vela.

A quoted region is such a phrase when it is short (four words at most) and the narration runs
straight into its opening mark: a word in lower case right before it, with nothing but a space
between, that is no speech verb and no "that" ('said "..."', 'told them that "..."' open a
quotation of what was said, however short). Reading back, a sentence whose only quoted regions
are such phrases is read as any sentence without a quote; a sentence with a quotation as well
is read by that quotation, as before. The phrase's own speaker, when a fact asks for it, is
read as before.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from ..sentences.speech import SPEECH_VERBS

_MOST_WORDS = 4
# Words after which a quotation, however short, is what someone said.
_INTRODUCING = SPEECH_VERBS | word_set("that saying")
# The word right before an opening mark, with only spaces between them.
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019])([a-z][a-z'\u2019]*)[ \t]+$")


def embedded(article: ArticleText, region: tuple[int, int]) -> bool:
    """Whether the quoted ``region`` (its words, marks excluded) is a phrase the narration runs
    into (see the module)."""
    start, end = region
    if len(tokenize(article.text[start:end])) > _MOST_WORDS:
        return False
    mark = start - 1
    before = _WORD_BEFORE.search(article.text, max(mark - 40, 0), mark)
    return before is not None and before[1] not in _INTRODUCING


__all__ = ["embedded"]
