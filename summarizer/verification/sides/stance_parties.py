"""The party of a stance is the one whose clause states it, for a stance statement's
``party`` (:mod:`summarizer.verification.sides.parties`; an outside check, 40).

"Ukraine accepted the proposal, and Moscow never signed up to it" names two parties, and a
``party: Russia`` with ``stance: agreed`` pairs one party with the other's act: the party
rule alone reads Russia as named in its evidence and accepts it. The stance rule already
reads whose a stance cue is (:mod:`stance_owners`: the subject of the cue's clause, through
"and", "said it", a passive's "by X"). So the party is refused when the fact's stance is
not supported with it as the party but is with another party the evidence names in another
clause (a comma, a semicolon, "but", "while" or "whereas" between the two: "both Armenia and
Azerbaijan agreed", "Sudan's army and the RSF agreed" name both as one clause's subjects, and
a stance the rules read for only one of them is not the other's refusal; every mention of
the party in such a sentence must be so parted from the other, and a mention in a fronted
phrase, "After Washington's announcement, both Armenia and Azerbaijan said", names no
subject): the evidence gives
that stance to the other one ("... which al-Rishq, a member of Hamas's
political bureau, rejected, saying the movement remained committed" is Hamas's, not
Israel's whose office made the charge). A stance supported for no party named there leaves
the party to the older rules (the stance's own check answers for it), so a stance the rules
cannot read never costs its party a flag. An elliptical repeat of the stance's verb for the
party ("a day after Azerbaijan did", "as did Azerbaijan", "Azerbaijan followed suit") gives
the party the same stance (:mod:`stance_echoes`, session 18 review).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from summarizer.comparators import Supported
from ..context import Context
from ..page.tokens import Token, word_set
from ..people.party_names import party_mentions, party_of
from ..status.measure_stages import support_stage
from .stance_echoes import echoes

_STANCE = Supported("status")
_TURNS = frozenset(("but", "while", "whereas"))
_PREPOSITIONS = word_set("after following amid at in with before despite under since upon")


def stance_holder(value: str, ctx: Context) -> str | None:
    """Another party the evidence names whose the fact's stance is, when it is not the
    value's; None when the stance is the value's or no other party's."""
    stance = getattr(ctx.fact, "stance", None)
    own = party_of(value)
    if stance is None or own is None or not ctx.sentences:
        return None  # a person as the party is not read
    if support_stage(stance, _STANCE, ctx)[0]:
        return None
    others: dict[str, str] = {}
    apart: set[str] = set()
    joined: set[str] = set()
    text = ctx.article.text
    for tokens in ctx.sentence_tokens():
        found = list(party_mentions(tokens))
        mine = [tokens[start] for start, key, _kind, _size in found if key == own]
        if any(echoes(tokens, start, size) for start, key, _kind, size in found if key == own):
            mine = []  # "a day after Azerbaijan did", "as did Azerbaijan": the stance repeated
        for start, key, _kind, size in found:
            if key == own or not mine or _fronted(tokens, start, text):
                continue  # "After Washington's announcement, ...": a fronted phrase, no subject
            others.setdefault(key, " ".join(t.text for t in tokens[start : start + size]))
            if all(_parted(text, token, tokens[start]) for token in mine):
                apart.add(key)
            else:
                joined.add(key)  # "before Azerbaijan did", "both A and B": one clause
    for key, written in others.items():
        if key not in apart or key in joined:
            continue
        fact = ctx.fact.model_copy(update={"party": written})
        if support_stage(stance, _STANCE, replace(ctx, fact=fact))[0]:
            return written
    return None


def _fronted(tokens: Sequence[Token], start: int, text: str) -> bool:
    """Whether the mention at ``tokens[start]`` is in a sentence's opening phrase that starts
    with a preposition and ends with a comma ("After Washington's announcement, ...")."""
    if not tokens or tokens[0].norm not in _PREPOSITIONS:
        return False
    for at in range(len(tokens) - 1):
        if "," in text[tokens[at].end : tokens[at + 1].start]:
            return start <= at  # before the phrase's closing comma
    return False


def _parted(text: str, one: Token, other: Token) -> bool:
    """Whether a clause's edge stands between two mentions: a comma, a semicolon, or "but",
    "while", "whereas"."""
    left, right = (one, other) if one.start < other.start else (other, one)
    between = text[left.end : right.start]
    if "," in between or ";" in between:
        return True
    return not _TURNS.isdisjoint(between.lower().split())
