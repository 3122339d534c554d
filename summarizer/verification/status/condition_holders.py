"""The party of a condition is the subject of the clause the condition hangs on (check 44).

"The Hamas movement declared victory, while the Islamic Jihad movement said it would abide by
the truce as long as the occupation abides by it" sets a condition, and it is Islamic Jihad's:
the subject of the clause whose predicate the condition limits. Another name of the sentence,
in another clause (after ";", "while", "whereas", ", but") or inside the condition itself
("Israel will hold its fire as long as Hamas does": Hamas is the condition's, not its
holder), is not the party of a ``supports_with_conditions`` stance. The shape: a condition
word ("as long as", "so long as", "provided", "providing", "on condition that", "only if",
"if", "unless", "in exchange for", "in return for", "subject to", "conditional on",
"contingent on", "on the understanding that"); its clause runs back to the clause's start;
the holder is the part before the condition word or the part after the condition's comma
("If the siege is lifted, Hamas will ..."; a dateline before the condition holds no one). The party
is refused when no such holder names it and one names another party.

A name governed by a preposition is no subject ("Speaking in Doha, the group's leader said",
"Netanyahu, under pressure from Washington, said", "Backed by Britain and France"): it is
never taken as the holder, nor is a name joined to one by "and" or "or" (fix23b).
"""

from __future__ import annotations

import re

from ..context import Context
from ..page.tokens import Token, tokenize, word_set
from ..people.party_names import party_mentions, party_of

_CUES = ("long as", "provid", "condition", "if ", "unless", "in exchange", "in return",
         "subject to", "contingent", "understanding that")  # fmt: skip
_MARK = re.compile(
    r"\b(?:as\s+long\s+as|so\s+long\s+as|provided(?:\s+that)?|providing|on\s+(?:the\s+)?"
    r"conditions?\s+that|only\s+if|if|unless|in\s+exchange\s+for|in\s+return\s+for|subject\s+to"
    r"|conditional\s+(?:on|upon)|contingent\s+(?:on|upon)|on\s+the\s+understanding\s+that)\b",
    re.IGNORECASE,
)
# Prepositions before a name that make it no subject ("in Doha", "from Washington").
_GOVERNING = word_set(
    """in from by with under after before at to of against near toward towards for via
    across over through amid within without behind beside"""
)
_JOINS = word_set("and or")
_BOUND = re.compile(r";|,?\s+(?:while|whereas)\s+|,\s+but\s+|,\s+and\s+(?=[A-Z])")


def _holders(sentence: str, mark: re.Match[str]) -> list[str]:
    """The parts of the condition's clause that may hold its subject: the part before the
    condition word, and the part after the condition's own comma ("If ..., Armenia is
    ready"; a dateline before the condition is no subject)."""
    starts = [b.end() for b in _BOUND.finditer(sentence, 0, mark.start())]
    start = starts[-1] if starts else 0
    ends = [b.start() for b in _BOUND.finditer(sentence, mark.end())]
    rest = sentence[mark.end() : ends[0] if ends else len(sentence)]
    return [sentence[start : mark.start()], rest.split(",", 1)[1] if "," in rest else ""]


def _governed(tokens: list[Token], at: int, governed: set[int]) -> bool:
    """The mention at ``at`` follows a preposition (past its titles: "from President X"), or
    "and"/"or" after a mention so governed ("by Britain and France")."""
    before = at - 1
    while before >= 0 and tokens[before].norm in ("the", "a", "an"):
        before -= 1
    if before < 0:
        return False
    if tokens[before].norm in _GOVERNING:
        return True
    return tokens[before].norm in _JOINS and any(end == before for end in governed)


def condition_holder(value: str, ctx: Context) -> str | None:
    """Another party that holds the evidence's condition, when none held names ``value``."""
    stance = getattr(ctx.fact, "stance", None)
    if str(getattr(stance, "value", stance)) != "supports_with_conditions":
        return None
    own = party_of(value)
    if own is None:
        return None
    cued = ctx.article.memo.get("condition cues")
    if cued is None:
        cued = ctx.article.memo["condition cues"] = any(c in ctx.article.lowered for c in _CUES)
    if not cued:
        return None
    other: str | None = None
    for index in ctx.sentences:
        start, end = ctx.article.sentences[index]
        sentence = ctx.article.text[start:end]
        for mark in _MARK.finditer(sentence):
            for part in _holders(sentence, mark):
                tokens = tokenize(part)
                found = list(party_mentions(tokens))
                if any(key == own for _at, key, _kind, _size in found):
                    return None
                governed: set[int] = set()  # the end of each governed mention
                for at, _key, _kind, size in found:
                    if _governed(tokens, at, governed):
                        governed.add(at + size)
                    elif other is None:
                        other = " ".join(t.text for t in tokens[at : at + size])
    return other


__all__ = ["condition_holder"]
