"""A truce's proposer as the author of its text or the one who brought the sides to accept it
(outside check 44: "It was Egypt's text from the start", "Then Egypt got both sides to accept
another 72 hours"), read for the proposer rule beside :func:`proposers.proposes`:

- the owner of a noun of the truce's text, in the possessive before it ("Qatar's text",
  "Mexico's wording of the truce", "the truce follows Norway's wording") or after it as the
  predicate ("The text of the truce was Indonesia's"), or the agent after "brainchild of" or
  "the text / wording / draft of / by"; not where its clause refuses the text ("Ghana's text
  was rejected; the sides signed Togo's"), nor another noun ("Qatar's venue");
- the subject of a verb that brings others to accept ("got", "persuaded", "convinced",
  "coaxed", "pressed", "pushed", "talked", "pressured", "induced", "prevailed on", "won
  over") whose object is followed by "to" and a verb of accepting ("accept", "agree",
  "sign", "observe", "respect", "honour", "halt", "stop", "hold") or "into" and its "-ing"
  form. Not when the object is the subject's own people ("Hamas got its fighters to accept
  the truce Egypt drafted"), nor when the subject only failed or tried ("failed to convince"),
  nor for another end ("persuaded both sides to attend talks").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..acts.proposers import mentions
from ..context import Context
from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set

_TEXTS = word_set("text texts wording draft drafts brainchild blueprint formula outline")
_REFUSED = word_set(
    """rejected refused dropped shelved abandoned scrapped opposed spurned discarded
    replaced superseded replacing objected objecting criticised criticized dismissed
    rejecting rejects replaces"""
)
_COPULAS = word_set("was is were are remains remained")
_BRINGING = word_set(
    """got gets getting persuaded persuades persuading convinced convinces convincing coaxed
    coaxes pressed presses pressured pressures pressed pushed pushes talked talks induced
    induces prevailed won brought"""
)
_OWN = word_set("its their his her our own")
_ACCEPTING = word_set(
    """accept agree sign observe respect honour honor halt stop hold endorse implement
    accepting agreeing signing observing respecting honouring honoring halting stopping
    holding endorsing implementing"""
)
_ADVERBS = word_set("then also finally eventually later quickly has had have later again")
_REACH = 8
_WORDS = _TEXTS | _BRINGING


def authors_plan(part: str, tokens: Sequence[Token], ctx: Context) -> bool:
    """Whether the sentence names ``part`` as the author of the truce's text or the one who
    brought the sides to accept it (see the module)."""
    if _WORDS.isdisjoint(t.norm for t in tokens):
        return False
    for first, last in mentions(part, tokens, ctx):
        if _owns_text(tokens, first, last, ctx.article.text) or _brings_to_accept(tokens, last):
            return True
    return False


def _refused(tokens: Sequence[Token], start: int, owner: int | None = None) -> bool:
    """A refusal of the text after it ("Qatar's text was rejected") or, with ``owner`` (the
    first token of its owner's name), just before it ("Israel rejected Qatar's text", "the
    plan, which replaced Qatar's text": session 20 review)."""
    before = tokens[max(owner - 3, 0) : owner] if owner is not None else ()
    return any(token.norm in _REFUSED for token in (*before, *tokens[start : start + 8]))


def _owns_text(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    possessive = is_possessive(tokens[last], text)
    after = last + 1
    if possessive and after < len(tokens) and tokens[after].norm in _TEXTS:
        return not _refused(tokens, after, first)  # "It was Qatar's text from the start"
    ends = after >= len(tokens) or any(
        m in text[tokens[last].end : tokens[after].start] for m in ",.;"
    )
    if possessive and ends:
        before = first - 1  # "The text of the truce was Indonesia's"
        if before >= 1 and tokens[before].norm in _COPULAS:
            return any(t.norm in _TEXTS for t in tokens[max(before - 6, 0) : before])
    before = first - 1
    while before >= 0 and (tokens[before].capitalised or tokens[before].norm == "the"):
        before -= 1  # "the brainchild of Swiss diplomats", "the wording of the Kenyan side"
    if before >= 1 and tokens[before].norm in {"of", "by"}:
        return tokens[before - 1].norm in _TEXTS and not _refused(tokens, last + 1)
    return False


def _brings_to_accept(tokens: Sequence[Token], last: int) -> bool:
    verb = last + 1
    while verb < len(tokens) and tokens[verb].norm in _ADVERBS:
        verb += 1
    if verb >= len(tokens) or tokens[verb].norm not in _BRINGING:
        return False
    start = verb + 1
    if start < len(tokens) and tokens[start].norm in {"on", "over", "upon"}:
        start += 1  # "prevailed on both sides to", "won over the rebels to"
    if start < len(tokens) and tokens[start].norm in _OWN:
        return False  # "got its fighters to accept": its own people
    for index in range(start + 1, min(start + _REACH, len(tokens) - 1)):
        norm = tokens[index].norm
        if norm in {"to", "into"}:
            return tokens[index + 1].norm in _ACCEPTING
    return False


__all__ = ["authors_plan"]
