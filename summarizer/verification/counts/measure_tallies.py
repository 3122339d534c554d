"""Each tally belongs to the measure named beside it (an outside check, session 14: "The
House passed the Apex Act 402-12, the Shield Act 387-31 and the Mahsa Act 410-6" gave the
Shield Act's votes as 402), for a count of a measure's votes
(:func:`summarizer.verification.counts.number_rules.support_number`) and a measure's name
(:func:`support_title`).

Only a sentence naming two measures or more is read. A measure's name is a run of
capitalised words ending in "Act", "Bill" or "Resolution" ("the Harbor Security Act", "the
Overseas Assets Bill"). A number in a vote's score belongs to:

- with "respectively" after the scores ("The A Act and the B Act passed 376-44 and 352-68
  respectively"): the name of the same rank, scores and names in their order;
- otherwise the nearest name before it ("passed the A Act 398-17, the B Act 344-71", "backed
  the A Bill by 301 to 12 and the B Bill by 288 to 40", "adopted the A Act 260-150, while the
  B Act fell 190-221"), unless a semicolon or colon stands between (a list of items, one of
  them a measure named otherwise: "...; "To provide for ...," which passed 259-160": no
  owner read); with none before it, the first name after it in its clause.

A count of a named measure is refused a score that belongs to another name of its sentence,
and a measure's name is refused when each of its vote counts found in the evidence belongs to
another name: both *unsupported*, the page states the number as another measure's. A sentence
naming one measure, a measure with no name (or one its sentence does not write) and a number
in no score keep their verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result, no_evidence
from ..figures.numbers import NumberMention, numbers_in
from ..page.tokens import Token, tokenize, word_set
from ..people.names import find_phrase
from .vote_scores import score_of

_MEASURE_NOUNS = word_set("act bill resolution")
_NAME_LINKS = word_set("of and for on")
_CLAUSE_MARKS = frozenset(";:")


def measure_names(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The (first, last) token spans of the measure names a sentence writes, in order."""
    spans: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if not (token.capitalised and token.norm in _MEASURE_NOUNS) or not index:
            continue
        first = index
        while first > 0 and tokens[first - 1].norm != "the" and (
            tokens[first - 1].capitalised
            or (tokens[first - 1].norm in _NAME_LINKS and first > 1
                and tokens[first - 2].capitalised)
        ):  # fmt: skip
            first -= 1
        if first < index and (not spans or spans[-1][1] < first):
            spans.append((first, index))
    return spans


def _words(tokens: Sequence[Token], span: tuple[int, int]) -> tuple[str, ...]:
    return tuple(t.norm for t in tokens[span[0] : span[1] + 1] if t.norm != "the")


def _scores(
    tokens: Sequence[Token], mentions: Sequence[NumberMention], text: str
) -> list[NumberMention]:
    """The numbers of the sentence's vote scores: read as a score, or a pair joined by a
    hyphen right after a measure's name ("adopted the A Act 260-150")."""
    return [
        m for m in mentions
        if score_of(tokens, m, mentions, text) is not None or _hyphen_pair(tokens, m, mentions)
    ]  # fmt: skip


def _hyphen_pair(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention]
) -> bool:
    for other in mentions:
        if other.first == mention.last + 1 and tokens[other.first].joined:
            first = mention
        elif mention.first == other.last + 1 and tokens[mention.first].joined:
            first = other
        else:
            continue
        return first.first > 0 and tokens[first.first - 1].norm in _MEASURE_NOUNS
    return False


_SCORE_LINKS: tuple[list[str], ...] = ([], ["to"], ["votes", "to"], ["by"])


def _score_starts(tokens: Sequence[Token], scored: Sequence[NumberMention]) -> list[NumberMention]:
    """The first number of each score ("376-44 and 352-68": 376 and 352)."""
    starts: list[NumberMention] = []
    second = False
    for index, mention in enumerate(scored):
        between = [t.norm for t in tokens[scored[index - 1].last + 1 : mention.first]]
        if index and not second and between in _SCORE_LINKS:
            second = True
            continue
        starts.append(mention)
        second = False
    return starts


def tally_owner(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    text: str,
) -> tuple[str, ...] | None:  # fmt: skip
    """The words of the measure name a score's number belongs to (see the module), or None
    (fewer than two names, or the number is in no score)."""
    names = measure_names(tokens)
    if len({_words(tokens, span) for span in names}) < 2:
        return None
    scored = _scores(tokens, mentions, text)
    if not any(m is mention for m in scored):
        return None
    if any(t.norm == "respectively" for t in tokens[mention.last + 1 :]):
        firsts = _score_starts(tokens, scored)
        rank = sum(1 for m in firsts if m.first <= mention.first) - 1
        before = [span for span in names if span[1] < firsts[0].first]
        return _words(tokens, before[rank]) if 0 <= rank < len(before) else None
    before = [span for span in names if span[1] < mention.first]
    if len(before) > 1 and _relative(tokens, before[-1], mention, text):
        before.pop()  # "The A Act, which amends the B Act, passed 233-190": A's score
    if before:
        gap = text[tokens[before[-1][1]].end : tokens[mention.first].start]
        # "the B Act, which passed 278-141; "To provide for ...," which passed 259-160": a
        # semicolon or colon ends the name's item, so the next score is another's, unread
        return _words(tokens, before[-1]) if _CLAUSE_MARKS.isdisjoint(gap) else None
    for span in names:
        gap = text[tokens[mention.last].end : tokens[span[0]].start]
        if _CLAUSE_MARKS.isdisjoint(gap):
            return _words(tokens, span)
        break
    return None


_RELATIVE = word_set("which that who whose")


def _relative(
    tokens: Sequence[Token], span: tuple[int, int], mention: NumberMention, text: str
) -> bool:
    """Whether a name stands in a relative clause closed by a comma before the score."""
    opener = False
    for token in reversed(tokens[max(span[0] - 4, 0) : span[0]]):
        if token.is_number:
            break  # "..., which passed 285-135; the B Act": that clause's score, not B's
        opener = opener or token.norm in _RELATIVE
    return opener and "," in text[tokens[span[1]].end : tokens[mention.first].start]


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(name) if t.norm != "the")


def tally_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    text: str, parent: Any,
) -> str:  # fmt: skip
    """Why ``mention`` is another measure's tally than the named ``parent``'s, or ""."""
    name = getattr(parent, "name", None)
    if not isinstance(name, str) or not find_phrase(name, tokens):
        return ""
    owner = tally_owner(tokens, mention, mentions, text)
    if owner is None or owner == _name_words(name):
        return ""
    return f"{mention.value:g} is the tally of the {' '.join(owner)}, not of the {name}"


def _counts_elsewhere(value: str, ctx: Context) -> bool:
    """Whether each vote count of the measure found in a sentence naming several measures
    belongs to another name there, and at least one was found."""
    wanted = _name_words(value)
    numbers = []
    for count in getattr(ctx.fact, "counts", None) or []:
        raw = getattr(getattr(count, "value", None), "value", None)
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            numbers.append(float(raw))
    owners: list[tuple[str, ...]] = []
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        mentions = numbers_in(tokens, ctx.article.text)
        for mention in mentions:
            if any(abs(mention.value - n) <= 1e-9 for n in numbers):
                owner = tally_owner(tokens, mention, mentions, ctx.article.text)
                if owner is not None:
                    owners.append(owner)
    return bool(owners) and wanted not in owners


def support_title(value: Any, rule: Supported, ctx: Context) -> Result:
    """The name as whole tokens in the evidence, not another measure's name given for the
    measure whose tally its sentence names (see the module)."""
    if not ctx.sentences:
        return no_evidence(ctx)
    if not any(find_phrase(str(value), tokens) for tokens in ctx.sentence_tokens()):
        return False, f"{value!r} is not stated in its evidence as whole words"
    if _counts_elsewhere(str(value), ctx):
        return False, f"the tally given for {value!r} is another measure's in its evidence"
    return True, ""


__all__ = ["measure_names", "support_title", "tally_clash", "tally_owner"]
