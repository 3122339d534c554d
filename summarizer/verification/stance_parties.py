"""The party of a stance is the one whose clause states it, for a stance statement's
``party`` (:mod:`summarizer.verification.parties`; an outside check, 40).

"Ukraine accepted the proposal, and Moscow never signed up to it" names two parties, and a
``party: Russia`` with ``stance: agreed`` pairs one party with the other's act: the party
rule alone reads Russia as named in its evidence and accepts it. The stance rule already
reads whose a stance cue is (:mod:`stance_owners`: the subject of the cue's clause, through
"and", "said it", a passive's "by X"). So the party is refused when the fact's stance is
not supported with it as the party but is with another party the evidence names: the
evidence gives that stance to the other one ("... which al-Rishq, a member of Hamas's
political bureau, rejected, saying the movement remained committed" is Hamas's, not
Israel's whose office made the charge). A stance supported for no party named there leaves
the party to the older rules (the stance's own check answers for it), so a stance the rules
cannot read never costs its party a flag.
"""

from __future__ import annotations

from dataclasses import replace

from summarizer.comparators import Supported
from summarizer.verification.context import Context
from summarizer.verification.measure_stages import support_stage
from summarizer.verification.party_names import party_mentions, party_of

_STANCE = Supported("status")


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
    for tokens in ctx.sentence_tokens():
        for start, key, _kind, size in party_mentions(tokens):
            if key != own and key not in others:
                others[key] = " ".join(t.text for t in tokens[start : start + size])
    for written in others.values():
        fact = ctx.fact.model_copy(update={"party": written})
        if support_stage(stance, _STANCE, replace(ctx, fact=fact))[0]:
            return written
    return None
