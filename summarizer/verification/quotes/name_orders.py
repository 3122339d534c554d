"""A person's name in the other order, read for :mod:`summarizer.verification.quotes.speakers`.

Hungarian, Chinese, Japanese, Korean and Vietnamese names are printed family name first at
home and often given name first abroad: "Orban Viktor" is Viktor Orban, "Ishiba Shigeru" is
Shigeru Ishiba, "Lee Jae-myung" is Jae-myung Lee. A speaker of two words (a hyphenated given
name is one) is the same person the article writes with the two words swapped, when the
article writes that order and never the value's own: then the article's order is the form
the attribution is read with. A third word, a particle ("van", "bin") or a title leaves the
order alone: "Luiz Inacio Lula" swapped names no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..page.article import ArticleText
from ..page.tokens import tokenize
from ..people.names import PARTICLES, TITLES, norms


def swapped_forms(value: str, article: ArticleText) -> Iterator[str]:
    """The value's two words swapped ("Orban Viktor" for "Viktor Orban"), when the article
    writes them so and never as given."""
    words = value.split()
    if len(words) != 2 or not all(word[:1].isupper() for word in words):
        return
    if any(word.lower().rstrip(".") in TITLES or word.lower() in PARTICLES for word in words):
        return
    swapped = f"{words[1]} {words[0]}"
    if article.phrase_spans(tuple(norms(tokenize(value)))):
        return  # written as given: its own order reads it
    if article.phrase_spans(tuple(norms(tokenize(swapped)))):
        yield swapped
