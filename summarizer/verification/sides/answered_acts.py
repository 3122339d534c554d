"""An answer's "X did" (an outside check, 41): in an interview or a Q&A, "Q: Who proposed
that shape? A: Putin did, mostly." makes Putin the subject of the question's verb. The name
opens its sentence (after a speaker's label, "A:", "KAYA:", or a dash, and its titles), then
"did"/"does"/"had"/"has"/"will" and nothing but an end, a comma or a short adverb; the
sentence before it in the article is a question asking "who" (or "which") with a verb of the
field's own act ("proposed", "suggested", "imposed"). Another name of the answer ("Putin did.
Erdogan only signed.") and an answer to another question ("Who answered first?") are not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from ..people.names import TITLES

_DOING = word_set("did does do had has have will would")
_AFTER = word_set("mostly largely so too first originally himself herself itself themselves")
_ASKING = word_set("who which whose")
# What may stand before the name: a speaker's label and a colon, a dash, an interjection.
_LEAD = re.compile(
    r"\s*(?:(?:[A-Z][\w.'\u2019-]*\s*){1,3}:\s*|[\u2014\u2013-]\s*)?(?:(?:well|oh|yes),?\s*)?",
    re.IGNORECASE,
)


def answers_act(
    article: ArticleText, index: int, tokens: Sequence[Token], first: int, last: int,
    stems: Sequence[str],
) -> bool:  # fmt: skip
    """Whether the name at ``tokens[first..last]`` of sentence ``index`` answers a question
    of who did one of ``stems`` (see the module)."""
    after = last + 1
    if after >= len(tokens) or tokens[after].norm not in _DOING:
        return False
    text = article.text
    if after + 1 < len(tokens):
        gap = text[tokens[after].end : tokens[after + 1].start]
        if "," not in gap and tokens[after + 1].norm not in _AFTER:
            return False  # "Putin did not", "Putin had proposed": no bare answer
    start = first
    while start > 0 and tokens[start - 1].norm in TITLES:
        start -= 1
    opening, _ = article.sentences[index]
    prefix = text[opening : tokens[start].start]
    mark = prefix.rfind("?")  # "— Who suggested it? — Varga did.": one sentence to the splitter
    if not _LEAD.fullmatch(prefix[mark + 1 :]):
        return False
    if mark >= 0:
        asked = [t for t in tokens[:start] if t.end <= opening + mark]
    else:
        if index < 1:
            return False
        asked_start, asked_end = article.sentences[index - 1]
        if not text[asked_start:asked_end].rstrip().endswith("?"):
            return False
        asked = article.sentence_tokens(index - 1)
    return any(t.norm in _ASKING for t in asked) and any(
        t.norm.startswith(tuple(stems)) for t in asked
    )


__all__ = ["answers_act"]
