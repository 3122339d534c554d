"""A status verb read with its tense and mood (an outside check, session 22: check 46's
cause 2). A stage verb under a modal of ability or need ("can only be lifted by Congress",
"cannot be repealed without", "would have to be removed by") is no later stage: the measure
stands, so ``in_force`` is worded and ``lifted`` is refused. The ending verbs' family is read
whole (lift, repeal, remove, revoke, rescind, scrap, drop, end, abolish, terminate, withdraw,
overturn, annul, cancel). A removal the issuer has decided in the past tense ("decided in
August to terminate the duties"), whose noun "took effect" ("the removal of Cuba from the
list took effect on May 29"), or that runs from a day already past ("backdated to September
1", "retroactive to", "with immediate effect") is ``lifted``; one still to come on a set day
("will remove the duties from Friday", "is to be lifted on 1 July") is announced and, as
``lifted``, only unconfirmed: the day has not come at the page's time. For a truce, a word of
prospect governs what follows it, not what precedes it ("on 10 May, the day it expired, ...
that they would not renew it": the expiry is a fact), and "did not hold", "did not last",
"did not survive" word it collapsed. Runs only where an ending verb or a hold verb stands.
A review of session 22: an ability then used ("can lift them by decree and did so on Monday",
"who has done so") is no modal stage; "decided not to lift" is no decision to end, and it,
"decided to renew them rather than lift them", "decided to delay lifting" and "decided against
lifting" leave ``lifted`` unconfirmed; and a cue of a past day ("with immediate effect",
"backdated") in a clause of prospect ("is expected to", "once approved, will") is no removal
done.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context, Result, unconfirmed
from ..page.tokens import word_set
from .statuses import clause_norms, cues_in

_ENDS = (
    "lift", "repeal", "remov", "revok", "revoc", "rescind", "scrap", "drop", "abolish",
    "terminat", "withdr", "overturn", "annul", "end", "cancel", "undo", "undid",
)  # fmt: skip
# Forms of those stems that are no verb of ending here ("ending" as a noun, "endorse").
_NOT_ENDS = word_set("endorse endorsed endorsement endless endemic ending endings endure dropout")
# Modals of ability or need: the verb they govern is possible or required, not done.
_ABILITY = word_set("can cannot can't could couldn't may might must need needs needed")
_HAVE_TO = word_set("have has had")
_BARRED = word_set("only cannot can't couldn't not without unless until")
_BETWEEN = word_set("be been only not never also legally ever")
_DECIDED = word_set("decided agreed voted resolved ruled determined chose opted")
_NOT_DECIDED = word_set("may might could will would whether not to if")
_FUTURE_DAY = word_set("next later tomorrow coming")
_BACKDATED = word_set("backdated retroactive retroactively retrospectively")
_TOOK_EFFECT = (
    ("took", "effect"), ("came", "into"), ("entered", "into"), ("went", "into"),
    ("became", "effective"), ("was", "completed"),
)  # fmt: skip
_WILL = word_set("will is are to")
# Words between "decided" and its ending verb that turn the decision away from ending.
_DIVERTED = word_set("not never against rather instead delay postpone defer keep renew extend")
# Words of a prospect not yet settled: a cue of a past day under one ("is expected to lift
# ... with immediate effect", "once approved, will be backdated") is no removal done.
_UNSETTLED = word_set(
    "expected likely once if unless whether might could should plans planned intends intend "
    "proposed proposes aims"
)
_DAYS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december midnight"
)
_HOLD = word_set("hold last survive stick")
_NEGATED = word_set("not didn't never")


def _ending(norm: str) -> bool:
    return norm.startswith(_ENDS) and norm not in _NOT_ENDS


def _modal_before(norms: Sequence[str], at: int) -> str | None:
    """The modal of ability or need governing the verb at ``at`` ("can only be lifted",
    "would have to be repealed", "only Congress can lift"), with the words between that a
    modal reaches across; None when the verb is not so governed."""
    index = at - 1
    while index >= 0 and norms[index] in _BETWEEN:
        index -= 1
    if index < 0:
        return None
    if norms[index] in _ABILITY:
        return norms[index]
    if norms[index] == "to" and index and norms[index - 1] in _HAVE_TO:
        return "have to"
    return None


def _restricted(norms: Sequence[str]) -> tuple[bool, bool]:
    """(every ending verb under a modal of ability or need, one said to be the only way or
    barred: "can only", "cannot ... without", "would have to")."""
    modal = barred = False
    for at, norm in enumerate(norms):
        if not _ending(norm):
            continue
        governing = _modal_before(norms, at)
        if governing is None:
            return False, False  # "which only the Senate could lift, was lifted on 4 May"
        modal = True
        near = set(norms[max(at - 6, 0) : at + 4])
        if governing in ("have to", "must") or not _BARRED.isdisjoint(near):
            barred = True
    return modal, barred


def _done_so(norms: Sequence[str]) -> bool:
    """ "and did so on Monday", "who has done so", "which he did": the ability was used. Not
    "has not done so", "did not do so"."""
    for at, norm in enumerate(norms):
        if (
            norm in ("did", "done")
            and norms[at + 1 : at + 2] in (["so"], ["that"])
            and _NEGATED.isdisjoint(norms[max(at - 2, 0) : at])
        ):
            return True
        if (
            norm == "did"
            and at >= 2
            and norms[at - 2] in ("which", "as")
            and (at + 1 == len(norms) or norms[at + 1] in (",", ".", "on", "in", "last", "this"))
        ):
            return True
    return False


def modal_stage(family: str, raw: str, ctx: Context) -> Result | None:
    """A measure whose only ending verbs stand under a modal of ability or need: ``in_force``
    worded when one says it can only, or must, be ended so; ``lifted`` refused."""
    if family != "MeasureStatus" or raw not in ("in_force", "lifted"):
        return None
    modal = barred = False
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)
        if not any(_ending(norm) for norm in norms):
            continue
        found, only = _restricted(norms)
        if not found or _done_so(norms):
            return None  # an ending verb no modal governs: the other rules read it
        modal, barred = True, barred or only
    if not modal:
        return None
    if raw == "lifted":
        return False, "its evidence says only how it could be lifted: it is still in force"
    return (True, "") if barred else None


def decided_end(ctx: Context) -> bool:
    """A removal done: the issuer "decided" (past, not "may decide") to end it with no day to
    come, its removal noun "took effect", or it runs from a past day ("backdated to")."""
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)
        if not any(_ending(norm) for norm in norms):
            continue
        if not _BACKDATED.isdisjoint(norms) and _UNSETTLED.isdisjoint(norms):
            return True  # "will drop it, backdated to 1 September"; not "once approved"
        if _immediate(norms):
            return True
        for at, norm in enumerate(norms):
            if norm in _DECIDED and _decided_to_end(norms, at):
                return True
            if _ending(norm) and _took_effect(norms, at):
                return True
    return False


def _immediate(norms: Sequence[str]) -> bool:
    return any(
        norms[at : at + 3] == ["with", "immediate", "effect"] for at in range(len(norms))
    ) and not _future(norms)


def _future(norms: Sequence[str]) -> bool:
    """A word of prospect ("will", "is expected to", "once approved") or "is to"."""
    return (
        not _UNSETTLED.isdisjoint(norms)
        or any(n in ("will", "would", "shall") for n in norms)
        or any(norms[at : at + 2] in (["is", "to"], ["are", "to"]) for at in range(len(norms)))
    )


def _decided_to_end(norms: Sequence[str], at: int, later: bool = False) -> bool:
    """ "decided (in August) to terminate": past, not governed by a modal, the infinitive an
    ending verb, and no day to come after it ("from next month"); with ``later``, one with
    such a day."""
    if not _NOT_DECIDED.isdisjoint(norms[max(at - 2, 0) : at]):
        return False
    rest = norms[at + 1 : at + 8]
    if "to" not in rest:
        return False
    verb = at + 1 + rest.index("to") + 1
    if verb >= len(norms) or not _ending(norms[verb]) or "," in norms[at:verb]:
        return False
    if not _DIVERTED.isdisjoint(norms[at + 1 : verb]):
        return False  # "decided last week not to lift", "decided against"
    to_come = not _FUTURE_DAY.isdisjoint(norms[verb:]) or _dated_after(norms, verb)
    return to_come == later


def _took_effect(norms: Sequence[str], at: int) -> bool:
    """ "The removal of Cuba from the list took effect": an ending noun whose own clause
    goes on to a start verb of the past."""
    if norms[at] not in ("removal", "repeal", "revocation", "termination", "lifting",
                         "abolition", "withdrawal", "cancellation", "rescission"):  # fmt: skip
        return False
    for later in range(at + 1, min(at + 12, len(norms) - 1)):
        if norms[later] == ",":
            return False
        if (norms[later], norms[later + 1]) in _TOOK_EFFECT:
            return True
    return False


_TURNED = word_set(
    "not never against rather instead delay delaying postpone postponing defer deferring"
)


def _turned_away(norms: Sequence[str]) -> bool:
    """ "decided against lifting", "decided to renew the sanctions rather than lift them",
    "decided to delay lifting": a decision whose ending verb a word of refusal or delay
    comes before (a review of session 22)."""
    if _DECIDED.isdisjoint(norms) or _TURNED.isdisjoint(norms):
        return False
    for at, norm in enumerate(norms):
        if norm not in _DECIDED:
            continue
        for verb in range(at + 1, min(at + 10, len(norms))):
            if norms[verb] in (",", ";"):
                break
            if _ending(norms[verb]):
                if not _TURNED.isdisjoint(norms[at + 1 : verb]):
                    return True
                break
    return False


def dated_removal(ctx: Context) -> bool:
    """An ending to come on a set day ("will remove the duties from Friday", "is to be lifted
    on 1 July", "will be scrapped as of Monday"): announced; ``lifted`` only unconfirmed."""
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)
        dated = not _DAYS.isdisjoint(norms) or any(map(str.isdigit, norms))
        if _DECIDED.isdisjoint(norms) and (_WILL.isdisjoint(norms) or not dated):
            continue
        for at, norm in enumerate(norms):
            if _ending(norm) and _future_verb(norms, at) and _dated_after(norms, at):
                return True
            if norm in _DECIDED and _decided_to_end(norms, at, later=True):
                return True  # "decided on Monday to scrap the surcharge from 1 March"
    return False


def _future_verb(norms: Sequence[str], at: int) -> bool:
    before = [n for n in norms[max(at - 3, 0) : at] if n != "be"]
    return bool(before) and (before[-1] == "will" or before[-2:] in (["is", "to"], ["are", "to"]))


def _dated_after(norms: Sequence[str], at: int) -> bool:
    tail = norms[at + 1 : at + 14]
    for i, norm in enumerate(tail):
        if norm in ("from", "on", "as") and i + 1 < len(tail):
            nxt = tail[i + 2] if norm == "as" and i + 2 < len(tail) else tail[i + 1]
            if nxt in _DAYS or nxt.isdigit():
                return True
    return False


def lifted_result(ctx: Context) -> Result | None:
    """``lifted``: supported when the removal is done (:func:`decided_end`), only unconfirmed
    when it is still to come on a set day (:func:`dated_removal`)."""
    if decided_end(ctx):
        return True, ""
    if any(_turned_away(clause_norms(ctx, index)) for index in ctx.sentences):
        return unconfirmed("its evidence words a decision not to end it (yet)")
    if dated_removal(ctx):
        return unconfirmed("its evidence words the lifting as set for a day to come")
    return None


_PROSPECTS = word_set(
    "will would could may might must should shall expected due set likely if unless whether"
)


def before_prospect(norms: Sequence[str]) -> int:
    """How many norms come before the first word of prospect: a modal governs what follows
    it ("the day it expired, that they would not renew it": the expiry is stated)."""
    for at, norm in enumerate(norms):
        if norm == "may" and at and norms[at - 1].isdigit():
            continue  # "on 10 May": the month
        if norm in _PROSPECTS:  # "in May" (month or modal) keeps the old reading: none
            return 0 if norm == "may" else at
    return len(norms)


_TRUCES = ("truce", "ceasefire", "cease-fire", "armistice", "pause", "halt", "lull", "calm")
_ANOTHER = word_set("earlier previous prior another other former last first second older")


def one_truce(ctx: Context) -> bool:
    """Whether no evidence sentence marks a second truce (:func:`another_truce`): the later
    end it words is then this truce's own."""
    return not any(another_truce(clause_norms(ctx, index)) for index in ctx.sentences)


def own_end(ctx: Context, later: str) -> bool:
    """Whether the evidence words ``later`` (expired, collapsed) in a clause that marks no
    second truce ("It broke down within a day, and a second ceasefire took hold": the
    breakdown is this truce's), or marks no second truce anywhere (:func:`one_truce`)."""
    if one_truce(ctx):
        return True
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)
        for start, _ in cues_in("CeasefireStatus", later, norms):
            left = max((at for at in range(start) if norms[at] == ","), default=-1) + 1
            right = next((at for at in range(start, len(norms)) if norms[at] == ","), len(norms))
            if not another_truce(norms[left:right]):
                return True
    return False


def another_truce(norms: Sequence[str]) -> bool:
    """ "although an earlier truce collapsed in May", "a previous ceasefire": a second truce
    marked in the sentence ("last year" is no truce)."""
    if _ANOTHER.isdisjoint(norms):
        return False
    return any(
        norm in _ANOTHER and any(n.startswith(_TRUCES) for n in norms[at + 1 : at + 4])
        for at, norm in enumerate(norms)
    )


def failed_hold(ctx: Context) -> bool:
    """ "did not hold", "did not last the night", "never held": a truce that collapsed. A
    prospect ("may not hold") is none: the negation must follow "did"/"didn't"/"never"."""
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)
        if _HOLD.isdisjoint(norms) and "held" not in norms:
            continue
        for at, norm in enumerate(norms):
            if norm in _HOLD and at >= 2 and norms[at - 2 : at] == ["did", "not"]:
                return True
            if norm in _HOLD and at and norms[at - 1] == "didn't":
                return True
            if norm == "held" and at and norms[at - 1] == "never":
                return True
    return False


__all__ = [
    "another_truce",
    "before_prospect",
    "failed_hold",
    "lifted_result",
    "modal_stage",
    "one_truce",
]
