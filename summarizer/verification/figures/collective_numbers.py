"""Collective number words read as numbers (outside check 43: "with two dozen members absent"
was "24 not stated"), for :func:`summarizer.verification.counts.number_rules.support_number`:

- "dozen" after "a", "one" or a number is twelve times it ("a dozen villagers" 12, "two dozen
  members" 24, "3 dozen ships" 36), "half a dozen" is 6; the plural "dozens" is no number
  (a rough many);
- "score" is twenty only where it counts: "a score of protesters" (20), "two score of" (40);
  "the score was 2-1" counts nothing.

The mention covers the words from its first ("a", "half", "two") to the collective noun, so
its qualifier ("more than a dozen") and the word after it ("members") read as for any number.
"""

from __future__ import annotations

from ..page.article import ArticleText
from ..page.tokens import Token
from .numbers import NumberMention, mention_of

_COLLECTIVE = {"dozen": 12.0, "score": 20.0}
_ONE = frozenset({"a", "an", "one"})


def collective_page(article: ArticleText) -> bool:
    """Whether the page writes a collective number word at all (read once per article)."""
    known: bool | None = article.memo.get("collective page")
    if known is None:
        lowered = article.text.lower()
        known = article.memo["collective page"] = "dozen" in lowered or "score" in lowered
    return known


def with_collectives(tokens: list[Token], mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with each collective number word read as its number (the number before it,
    "two" of "two dozen", replaced); the same list when the sentence has none."""
    norms = [token.norm for token in tokens]
    if not any(word in _COLLECTIVE for word in norms):
        return mentions
    made: list[NumberMention] = []
    for index, word in enumerate(norms):
        size = _COLLECTIVE.get(word)
        if size is None or not index:
            continue
        if word == "score" and (index + 1 >= len(norms) or norms[index + 1] != "of"):
            continue  # "the score", "a score of 2-1" is a match's
        before = norms[index - 1]
        end = index + 1 if word == "score" else index  # "a score of protesters": "of" with it
        counted = next((m for m in mentions if m.last == index - 1), None)
        if counted is not None and counted.unit == word:
            made.append(mention_of(tokens, norms, counted.first, end, counted.value * size))
        elif before in _ONE:
            first = index - 1
            if first >= 1 and norms[first - 1] == "half" and word == "dozen":
                made.append(mention_of(tokens, norms, first - 1, end, size / 2))
            else:
                made.append(mention_of(tokens, norms, first, end, size))
    if not made:
        return mentions
    kept = [m for m in mentions if not any(n.first <= m.last and m.first <= n.last for n in made)]
    return sorted([*kept, *made], key=lambda m: m.first)


__all__ = ["collective_page", "with_collectives"]
