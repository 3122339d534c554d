"""A bill said to be ``enacted`` whose evidence says it still waits for the signature (an
outside check's cause, session 13).

A bill becomes law when it is signed (or its veto overridden); passing the last chamber only
sends it to the head of state. "The bill now goes to the president to sign or veto", "it
awaits the president's signature", "was sent to the governor's desk", "heads to the White
House", "needs royal assent" say the stage before: passed, not yet law. Such a value was only
*unconfirmed* (no wording of ``enacted`` in the evidence); it is *unsupported*, since the
evidence states another stage.

Read only when the status rule has already refused the value (a sentence that also says
"signed into law" or "became law" keeps it, whatever else it says), and only in a sentence
about this measure and not about another one ("A similar bill awaits the governor's
signature"). Not read: a stage the article later overtakes in a sentence outside the
evidence, or a signature that is only a prospect in other words ("will be law once ...").
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result, unconfirmed
from ..page.tokens import word_set
from .quoted_claims import claimed_stance
from .refused_acts import silent_refusal
from .stance_contrasts import contrasted_refusal
from .status_support import support_status
from .statuses import clause_norms

# Who signs, and where a bill waits for it ("the president's desk", "the White House").
_SIGNERS = word_set(
    """president governor mayor king queen monarch emperor chancellor desk white palace
    premier sovereign crown"""
)
# Verbs of a bill moving on to the signer ("goes to", "was sent to", "heads to", "lands on").
_SENT = word_set(
    """go goes going went head heads heading headed sent send sends sending forwarded
    forward forwards move moves moving moved transmitted delivered passes land lands landed
    arrive arrives arrived returned returns bound"""
)
_TO = word_set("to on onto for")
_WAITING = word_set(
    """await awaits awaiting awaited pending needs need needed needing requires require
    required requiring wait waits waiting"""
)
_SIGNING = word_set("signature signatures assent sign signing")
# A signature still to come: "expected to sign", "has ten days to sign", "to sign or veto".
_TO_SIGN = word_set("sign veto")
_NOT_YET = word_set("yet not")
# Another bill's sentence ("A similar bill awaits the governor's signature").
_OTHER = word_set("similar another separate earlier previous companion identical rival")
_BILLS = word_set("bill bills measure measures legislation act law package version")
_GAP = 6


def support_stage(value: Any, rule: Supported, ctx: Context) -> Result:
    """The status rule's verdict (:func:`status_support.support_status`), made unsupported
    for an ``enacted`` measure whose evidence says it awaits the signature (see the module),
    and unconfirmed for a side's stance given only in a rival's quote (:mod:`quoted_claims`:
    '"Russia has rejected every offer," Zelensky said'). Kept per context and value: a
    stance's party check asks the stance's own verdict again (:mod:`stance_parties`). The
    context is kept by a weak reference: it holds the article, and the article's memo holding
    it made a reference cycle, so each grounding's whole page (its tokens, memo, contexts)
    outlived the call until the cyclic collector found it (session 40). A context that died
    (its id perhaps reused) reads as a different one, so no verdict is reused wrongly."""
    key = ("stage", id(ctx), id(value), rule)
    kept = ctx.article.memo.get(key)
    if kept is not None and kept[0]() is ctx and kept[1] is value:
        same: Result = kept[2]  # the same context and value objects: the same verdict
        return same
    verdict = _stage(value, rule, ctx)
    ctx.article.memo[key] = (weakref.ref(ctx), value, verdict)
    return verdict


def _stage(value: Any, rule: Supported, ctx: Context) -> Result:
    verdict = support_status(value, rule, ctx)
    if verdict[0] and type(value).__name__ == "Stance" and claimed_stance(ctx):
        return unconfirmed("its evidence gives that stance only in another speaker's quote")
    if verdict[0] and str(getattr(value, "value", value)) == "rejects":
        refused = contrasted_refusal(str(getattr(ctx.fact, "party", "") or ""), ctx)
        if refused is None:
            refused = silent_refusal(ctx)  # "refused to issue a statement" (refused_acts)
        if refused is not None:
            return refused
    if verdict[0] or str(getattr(value, "value", value)) != "enacted":
        return verdict
    if type(value).__name__ != "MeasureStatus":
        return verdict
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)
        stage = awaiting_signature(norms)
        if stage:
            return False, f"its evidence says the bill {stage}: passed, not yet signed into law"
    return verdict


def awaiting_signature(norms: Sequence[str]) -> str:
    """What says, in one sentence's norms, that a bill waits for its signature ("goes to the
    president", "awaits signature", "expected to sign"); empty when nothing does or the
    sentence is about another bill."""
    if any(a in _OTHER and b in _BILLS for a, b in pairwise(norms)):
        return ""
    for index, norm in enumerate(norms):
        window = norms[index + 1 : index + 1 + _GAP]
        if "," in window:
            window = window[: window.index(",")]
        to = next((i for i, word in enumerate(window[:4]) if word in _TO), None)
        if norm in _SENT and to is not None and _SIGNERS & set(window[to + 1 : to + 4]):
            return "goes to the signer"  # "goes to the president", "sent the bill to Gov."
        if norm in _WAITING and not _SIGNING.isdisjoint(window):
            return "awaits the signature"
        if norm == "to" and window[:1] and window[0] in _TO_SIGN:
            return "is still to be signed"
        if norm in _NOT_YET and "signed" in window[:3]:
            return "is not yet signed"  # "has not yet been signed", "yet to be signed"
    return ""


__all__ = ["awaiting_signature", "support_stage"]
