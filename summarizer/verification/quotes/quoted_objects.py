"""A quote whose speaker is the object of "quoted ... as saying" and a pronoun (an outside
check, session 22, check 46's cause 4: 'Xi, for his part, said China was willing ... Chinese
state media quoted him as saying that "peace talks should be resumed"' was given to the
media, not to Xi), for :func:`summarizer.verification.quotes.speakers.support_speaker`.

The shape: the quote's own sentence leads in with a source that quotes, cites or paraphrases
"him" or "her" as saying (telling, calling, describing, warning, adding ...): the source
relays, the pronoun speaks. The pronoun points back to the named subject of the sentence
just before, in the same or the previous paragraph ("Xi, for his part, said ...", "Modi said
...", "On Friday, Lula told ..."); a sentence before with no named subject leaves it unread.
The named subject is read here only as an agreement (any other reading is left to the other
readers); the source that quotes is refused (:func:`quoting_source`), but not a name in it
that is the object of a preposition or a participle ("French journalists travelling with
Macron quoted him as saying ...", "a pool reporter accompanying Erdogan"): the source is
someone around that person, and the pronoun may well be them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.names import find_named, split_people
from ..sentences.clauses import by_subject
from ..sentences.opening_subjects import sentence_subject

_QUOTED_OBJECT = re.compile(
    r"\b(?:quoted|quotes|quoting|cited|cites|citing|paraphrased|reported|described)\s+"
    r"(?:him|her)\s+as\s+(?:having\s+)?(?:saying|telling|calling|describing|stating|"
    r"warning|adding|arguing|insisting|declaring|promising|pledging|urging|remarking|noting|"
    r"said|told)\b[^\"\u201c]*$",
    re.IGNORECASE,
)

_OWNS = ("'s", "\u2019s")


def _owns(token: Token, text: str) -> bool:
    """Whether a name stands as a possessor ("Erdogan's office")."""
    return token.text.lower().endswith(_OWNS) or text.startswith(_OWNS, token.end)


def object_speaker(
    article: ArticleText, spans: Sequence[tuple[int, int]], forms: Iterable[str]
) -> bool:
    """Whether a quote at one of ``spans`` is led in by "quoted him/her as saying" and the pronoun's
    antecedent is the value, by one of its name ``forms`` ("Xi" for "Xi Jinping",
    :func:`summarizer.verification.quotes.speakers.name_forms`, read only when the shape is
    there)."""
    if " as " not in article.text:
        return False
    subjects = [s for s in (_antecedent(article, span) for span in spans) if s is not None]
    return bool(subjects) and any(
        by_subject(split_people(form), subject) == "yes" for form in forms for subject in subjects
    )


def quoting_source(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether ``value`` is named only as the source that quotes "him" or "her" as saying the
    words at ``spans`` ("Ansa quoted her as telling senators ..."): it relays, never speaks."""
    if " as " not in article.text:
        return False
    text, found = article.text, False
    for start, _end in spans:
        region = article.quoted_region_at(start)
        if region is None:
            return False
        sentence_start = article.sentences[article.sentence_at(max(region[0] - 1, 0))][0]
        shape = _QUOTED_OBJECT.search(text, sentence_start, max(region[0] - 1, 0))
        if shape is None:
            return False
        source = tokenize(text[sentence_start : shape.start()], sentence_start)
        hits = [hit for part in split_people(value) for hit in find_named(part, source, text)]
        hits = [(first, last) for first, last in hits if not _object_of(source, first)]
        if not hits or any(_owns(source[last], text) for _, last in hits):
            return False  # "Erdogan's office quoted him as saying": the office is his
        found = True
    return found


# Words that make a name after them their object, not the source's head: "journalists
# travelling with Macron", "a pool reporter accompanying Erdogan", "reporters covering Lula".
_OBJECT_LEADS = word_set(
    "with accompanying alongside beside following covering interviewing near behind for aboard"
)


def _object_of(source: Sequence[Token], first: int) -> bool:
    """Whether the name at ``source[first]`` is the object of a preposition or a participle
    in the source phrase (the source is someone with or around it, and relays its words)."""
    if first == 0:
        return False
    index = first - 1
    if source[index].capitalised and index > 0 and not source[index - 1].capitalised:
        index -= 1  # a title between: "travelling with President Macron"
    before = source[index]
    return before.norm in _OBJECT_LEADS or (not before.capitalised and before.norm.endswith("ing"))


def _antecedent(article: ArticleText, span: tuple[int, int]) -> list[Token] | None:
    """The named subject of the sentence before, when the quote at ``span`` is led in by
    "quoted him as saying"; None otherwise."""
    text = article.text
    region = article.quoted_region_at(span[0])
    if region is None:
        return None
    sentence = article.sentence_at(max(region[0] - 1, 0))
    lead = text[article.sentences[sentence][0] : max(region[0] - 1, 0)]
    if sentence == 0 or _QUOTED_OBJECT.search(lead) is None:
        return None
    b_start, b_end = article.sentences[sentence - 1]
    if article.paragraph_at(region[0]) - article.paragraph_at(b_start) > 1:
        return None
    return sentence_subject(article.outside_quotes(b_start, b_end), text) or None


__all__ = ["object_speaker", "quoting_source"]
