"""An unnamed source's label against the phrase a quote's sentence gives its speaker (for
:mod:`summarizer.verification.quotes.collective_speakers`): "a source" for '"...," one of the
sources said', "a senior police official" for '"...," the official, who was not authorised
to speak, told Reuters' after "a senior police official said" earlier.

The value is an indefinite label ("a", "an" or "one", at most three words, then a head
noun); the phrase has the same head noun, singular ("the official", "one official", "a
diplomat", "another aide") or plural after "one of the" ("one of the sources"). Every word
the value qualifies its noun with must be the phrase's own or, for a definite phrase ("the
official", "one of the officials"), the article's latest earlier mention of that noun's
("a senior police official said ... the official told"): "a senior army official" is not
the one introduced as "a senior police official", and "a Western diplomat" is not "one of
the diplomats" the article calls Asian. A head noun of its own ("a diplomat" for "one of
the sources") is not read as the same source: who the sources are is the article's to say.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set

_INDEFINITE = word_set("a an one")
_DEFINITE = word_set("the")
_STOPS = word_set("a an the one two three four five several some many of and or by to")
_QUALIFIERS = 3  # words between the determiner and the head noun
_PARAGRAPHS = 4  # how far back the mention that introduced the source may stand


def _plural(noun: str) -> str:
    if noun == "person":
        return "people"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def _qualifiers(tokens: Sequence[Token], head: int, text: str) -> set[str]:
    """The words right before ``tokens[head]`` that qualify it, back to a determiner or a
    comma."""
    found: set[str] = set()
    for back in range(head - 1, max(head - _QUALIFIERS - 1, -1), -1):
        if tokens[back].norm in _STOPS or "," in text[tokens[back].end : tokens[back + 1].start]:
            break
        found.add(tokens[back].norm)
    return found


def _introduced(article: ArticleText, nouns: tuple[str, str], before: int) -> set[str] | None:
    """The qualifiers of the mention that introduced the noun: the latest one before offset
    ``before`` that is not itself "the NOUN" (within a few paragraphs), or None."""
    text = article.text
    spans = [s for noun in nouns for s in article.phrase_spans((noun,)) if s[1] <= before]
    for start, end in sorted(spans, reverse=True):
        if article.paragraph_at(before) - article.paragraph_at(start) > _PARAGRAPHS:
            return None
        sentence_start = article.sentences[article.sentence_at(start)][0]
        tokens = tokenize(text[sentence_start:end], sentence_start)
        if len(tokens) > 1 and tokens[-2].norm in _DEFINITE:
            continue  # "the official" again: the one introduced before it
        found = _qualifiers(tokens, len(tokens) - 1, text)
        if any(
            other[0] >= sentence_start and other[1] < end and _stated(article, other) != found
            for other in spans
        ):
            return None  # "A US official and a Qatari official said": which one is unsaid
        return found
    return None


def _stated(article: ArticleText, span: tuple[int, int]) -> set[str]:
    """The qualifiers of the noun mention at ``span``, as its sentence writes them."""
    sentence_start = article.sentences[article.sentence_at(span[0])][0]
    tokens = tokenize(article.text[sentence_start : span[1]], sentence_start)
    return _qualifiers(tokens, len(tokens) - 1, article.text)


def label_match(article: ArticleText, phrase: Sequence[Token], value: str) -> bool:
    """Whether ``phrase`` names the unnamed source ``value`` (see the module's doc)."""
    words = tokenize(value)
    if not 2 <= len(words) <= _QUALIFIERS + 2 or words[0].norm not in _INDEFINITE:
        return False
    if any(t.capitalised for t in words[-1:]):
        return False  # "a Reuters" names no source noun
    head = words[-1].norm
    wanted = {t.norm for t in words[1:-1]}
    norms = [t.norm for t in phrase]
    if norms[:3] == ["one", "of", "the"]:
        if norms[-1] != _plural(head):
            return False
        definite, own = True, set(norms[3:-1])
    else:
        if norms[-1] != head or norms[0] not in _INDEFINITE | _DEFINITE | {"another"}:
            return False
        definite, own = norms[0] in _DEFINITE, set(norms[1:-1])
    if wanted <= own:
        return True
    if not definite:
        return False
    earlier = _introduced(article, (head, _plural(head)), phrase[0].start)
    return earlier is not None and wanted <= own | earlier


__all__ = ["label_match"]
