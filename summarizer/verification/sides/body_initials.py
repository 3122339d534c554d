"""A body given in the evidence by the initials of the name the article spelt out before it
(an outside check, session 25: "... trucks of the International Organization for Migration.
... For its part, IOM says" refused the IOM as the actor), for the ``actor``, ``party`` and
``announcer`` kinds (:mod:`summarizer.verification.sides.parties`,
:mod:`summarizer.verification.sides.event_actors`, :mod:`summarizer.verification.sides.announcers`).

The initials stand for the value when:
- the value is a body's name of three or more capitalised words, small linking words aside
  ("International Organization for Migration", "World Food Programme"), whose first letters,
  in order, spell a word of capitals in the evidence ("IOM", "WFP", "IOM's");
- the article spells the full name out before that sentence (an acronym it never ties to the
  name may be another body's: which words it shortens, the page does not say).

Whether the initials stand as the one acting is read by the callers as for the name (a
role, the one acted on). Left out: initials of fewer than three letters, initials of only
some of the words ("UNHCR" for "UN refugee agency"), and a value that is itself the
acronym (the alias table and :mod:`summarizer.verification.sides.group_nouns` read those).
"""

from __future__ import annotations

from functools import cache

from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from ..people.names import find_named

# Small words inside a name that its initials skip ("Organization for Migration").
_LINKS = word_set("of for on and the de")


@cache
def _initials(value: str) -> tuple[str, tuple[str, ...]] | None:
    """(the value's initials, its words as norms), or None when it is no capitalised name of
    three or more words."""
    tokens = tokenize(value)
    if tokens and tokens[0].norm == "the":
        tokens = tokens[1:]
    main = [token for token in tokens if token.norm not in _LINKS]
    if len(main) < 3 or not all(token.capitalised for token in main):
        return None
    if not all(token.capitalised or token.norm in _LINKS for token in tokens):
        return None
    return "".join(token.text[0] for token in main).upper(), tuple(t.norm for t in tokens)


def _spells(text: str, letters: str) -> bool:
    """Whether a word is the initials: "IOM", "IOM's", "AfDB" (one lower-case letter inside a
    word of capitals, as some banks write theirs)."""
    bare = text.removesuffix("'s").removesuffix("\u2019s")
    capitals = "".join(char for char in bare if char.isupper())
    lower = len(bare) - len(capitals)
    return bool(bare) and bare[0].isupper() and capitals == letters and lower <= 1


def initials_spans(value: str, article: ArticleText, sentence: int) -> list[tuple[int, int]]:
    """(first, last) token spans in the sentence where the value's initials stand for it (see
    the module); memoised per article."""
    memo_key = ("body initials", value, sentence)
    known: list[tuple[int, int]] | None = article.memo.get(memo_key)
    if known is not None:
        return known
    known = []
    identity = _initials(value)
    if identity is not None:
        letters, words = identity
        tokens = article.sentence_tokens(sentence)
        hits = [index for index, token in enumerate(tokens) if _spells(token.text, letters)]
        spelt = article.phrase_spans(words)
        if hits and spelt and spelt[0][0] < tokens[hits[0]].start:
            known = [(index, index) for index in hits]
    article.memo[memo_key] = known
    return known


def body_spans(value: str, article: ArticleText, sentence: int) -> list[tuple[int, int]]:
    """Where a sentence names a body: by its whole name or by the initials the page gave it
    ("MKFA said ...", the reporting reading of ``event_actors``; rv63c)."""
    named = find_named(value, article.sentence_tokens(sentence))
    return [*named, *initials_spans(value, article, sentence)]


__all__ = ["body_spans", "initials_spans"]
