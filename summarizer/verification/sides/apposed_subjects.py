"""A name inside an apposition of the reacting subject is not the one who reacted (check 44).

"South Korea, home of washer makers Samsung and LG, said it would file a complaint" gives
the complaint to South Korea; Samsung is named only in a phrase describing the subject. The
shape: the run of the sentence before the reaction's words ends in ", <phrase>," after a
head, and the phrase opens with a lower-case word (a noun phrase, "home of", "the world's
largest", "an umbrella group for"; a relative, "which", "who", "whose"; a comparison,
"unlike", "like", "behind"), so it describes the head rather than adding a subject: a list of
subjects ("Japan, South Korea and Taiwan said") opens with a name and is kept whole. The
value is refused when it is named in such a phrase and not in the head before it, and the
head names someone (a capitalised word): the head is the one who reacted.
"""

from __future__ import annotations

import re

from ..context import Context
from ..page.tokens import tokenize
from ..people.party_names import party_mentions, party_of

_LEADING = ("he ", "she ", "it ", "they ", "we ", "who ", "which ", "that ")
_LIST_WORDS = frozenset(("and", "or", "as", "nor"))


def _reaction_at(sentence: str, reaction: str) -> int:
    """Where the reaction's first words stand in the sentence (lower case), or -1."""
    words = reaction.lower().split()
    while words and f"{words[0]} " in _LEADING:
        words = words[1:]
    for size in (3, 2):
        if len(words) >= size:
            at = sentence.lower().find(" " + " ".join(words[:size]))
            if at >= 0:
                return at
    return -1


def _names(text: str, value: str) -> bool:
    key = party_of(value)
    if key is not None and key in {hit[1] for hit in party_mentions(tokenize(text))}:
        return True
    words = [w for w in re.split(r"\s+", value) if w[:1].isupper() and len(w) > 2]
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text) for w in words)


def _apposition_shape(ctx: Context, index: int, reaction: str) -> bool:
    """Whether the sentence's run before the reaction's words ends in a comma after two more
    (the only shape :func:`apposed_reactor` refuses in)."""
    start, end = ctx.article.sentences[index]
    sentence = ctx.article.text[start:end]
    at = _reaction_at(sentence, reaction)
    if at < 0 or "," not in sentence[:at]:
        return False
    parts = sentence[:at].split(";")[-1].rstrip().split(",")
    return len(parts) >= 3 and not parts[-1].strip()


def apposed_reactor(value: str, ctx: Context) -> str | None:
    """The head of the subject when the evidence names ``value`` only in an apposition of
    the subject of the reaction's words; None otherwise (see the module's doc)."""
    reaction = str(getattr(ctx.fact, "reaction", "") or "")
    if not reaction or not ctx.sentences:
        return None
    if not any(_apposition_shape(ctx, index, reaction) for index in ctx.sentences):
        return None  # no sentence reads "<head>, <phrase>, <reaction>": nothing to refuse
    head_found: str | None = None
    for index in ctx.sentences:
        start, end = ctx.article.sentences[index]
        sentence = ctx.article.text[start:end]
        at = _reaction_at(sentence, reaction)
        if at < 0 or "," not in sentence[:at]:
            if _names(sentence, value):
                return None
            continue
        before = sentence[:at].split(";")[-1].rstrip()
        parts = before.split(",")
        if len(parts) < 3 or parts[-1].strip():
            if _names(sentence, value):
                return None
            continue
        phrase, head = parts[-2].strip(), parts[-3].strip()
        first = phrase.split(" ", 1)[0]
        if not first[:1].islower() or first in _LIST_WORDS:
            return None
        if _names(head, value) or not _names(phrase, value):
            return None
        if not any(w[:1].isupper() for w in head.split()[1:] or head.split()):
            return None
        head_found = head
    return head_found


__all__ = ["apposed_reactor"]
