"""Grounding's flags judged by the gold: how right the verification was on one run.

Scoring says which predicted values are wrong; grounding says which values it doubts. This
module joins the two, per article, by the predicted value's path (``Outcome.pred_path``, the
index grounding uses, not the gold index of ``Outcome.path``):

- a flag is a ``false_alarm`` when every scored value it sits on is correct (TP), ``caught``
  when one of them is wrong (FD or FA), and ``unscored`` when it sits on nothing the gold
  scores (free text, an evidence passage, a field no comparator scores, an article without
  gold);
- a wrong value (FD or FA) is ``flagged`` when a flag sits on it, on an item that holds it, or
  on its evidence, and ``missed`` otherwise; a flagged value counts at its strongest flag.

What "sits on" means (:func:`touches`): the two paths are equal, or one holds the other whole
(the next character after the shorter is ``.`` or ``[``). So

- a number: grounding flags a count at ``counts[0].value``, the quantity scoring scores as one
  value (number, qualifier, wording), and the two meet there; a flag on the count item
  ``counts[0]`` sits on its ``.value``, ``.what`` and the rest, and a flag on a part of the
  quantity (``counts[0].value.qualifier``) sits on the quantity;
- a list item: a flag on ``summits[0].parties[1]`` sits on the predicted second party, whether
  scoring paired it with a gold party (``path`` ``summits[0].parties[0]``) or with none (an FA
  at ``summits[0].parties[+1]``): both carry ``pred_path`` ``summits[0].parties[1]``. A flag on
  a whole item (``unevidenced`` at ``summits[0]``) sits on every value in it, so an extra item
  is flagged value by value;
- evidence: a passage grounding could not find (``unverified`` at ``summits[0].evidence[2]``)
  is not a value, so the flag is ``unscored``, but it flags every wrong value that the passage
  is evidence for: those of the nearest item holding the value that has an ``evidence`` field
  (a count in a sanctions measure is read against the measure's evidence, a position in a
  ceasefire against its own). A quote's text is a value, not its speaker's evidence.

FN and TN outcomes have no predicted value, so no flag sits on them: a flag cannot be "on" a
value the model left out. Strength is the outside checks' (``python -m tests.outside_checks
--fields``): ``unconfirmed`` flags are weak, every other kind strong.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from summarizer.evaluation.scoring.records import (
    AuditedFlag,
    AuditedValue,
    ByStrength,
    FlagStrength,
    GroundingFlag,
    Outcome,
    VerificationAudit,
    ratio,
)
from summarizer.schema.paths import evidence_holder

WRONG = frozenset({"FD", "FA"})
_EVIDENCE = re.compile(r"^(?:(?P<owner>.+)\.)?evidence(?:\[\d+\])?$")


def strength(flag: GroundingFlag) -> FlagStrength:
    return "unconfirmed" if flag.kind == "unconfirmed" else "strong"


def touches(flag_path: str, value_path: str) -> bool:
    """Whether the flag sits on the value: same path, or one holds the other whole."""
    short, long = sorted((flag_path, value_path), key=len)
    return long == short or (long.startswith(short) and long[len(short)] in ".[")


def evidence_of(flag: GroundingFlag) -> str | None:
    """The item whose evidence passage the flag is on (``""`` for the facts'), else None."""
    match = _EVIDENCE.match(flag.path)
    return None if match is None else match.group("owner") or ""


def _judge_flag(flag: GroundingFlag, outcomes: Sequence[Outcome]) -> AuditedFlag:
    under = [o for o in outcomes if o.pred_path is not None and touches(flag.path, o.pred_path)]
    verdict = (
        "unscored"
        if not under or evidence_of(flag) is not None
        else "caught"
        if any(o.outcome in WRONG for o in under)
        else "false_alarm"
    )
    return AuditedFlag(
        article_id=flag.article_id,
        kind=flag.kind,
        strength=strength(flag),
        path=flag.path,
        value=flag.value,
        reason=flag.reason,
        verdict=verdict,
        outcomes=[o.path for o in under],
    )


def _judge_value(outcome: Outcome, flags: Sequence[GroundingFlag]) -> AuditedValue:
    path = outcome.pred_path or ""
    holder = evidence_holder(path) if path else None
    on = [
        f
        for f in flags
        if touches(f.path, path) or (holder is not None and evidence_of(f) == holder)
    ]
    strengths = {strength(f) for f in on}
    return AuditedValue(
        article_id=outcome.article_id,
        path=outcome.path,
        pred_path=path,
        outcome="FD" if outcome.outcome == "FD" else "FA",
        expected=outcome.expected,
        got=outcome.got,
        verdict="flagged" if on else "missed",
        strength=("strong" if "strong" in strengths else "unconfirmed") if on else None,
        flags=[f.path for f in on],
    )


def audit(outcomes: Sequence[Outcome], flags: Sequence[GroundingFlag]) -> VerificationAudit:
    """Every flag and every wrong predicted value of a run, classified (see the module's
    docstring); pure: the same outcomes and flags give the same audit."""
    outcomes_of: dict[str | None, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        outcomes_of[outcome.article_id].append(outcome)
    flags_of: dict[str | None, list[GroundingFlag]] = defaultdict(list)
    for flag in flags:
        flags_of[flag.article_id].append(flag)
    result = VerificationAudit(
        flags=[_judge_flag(f, outcomes_of.get(f.article_id, [])) for f in flags],
        values=[
            _judge_value(o, flags_of.get(o.article_id, []))
            for o in outcomes
            if o.outcome in WRONG and o.pred_path is not None
        ],
    )
    tallies = {
        "false_alarm": result.false_alarms,
        "caught": result.caught,
        "unscored": result.unscored,
    }
    for audited in result.flags:
        _add(tallies[audited.verdict], audited.strength)
    for value in result.values:
        if value.strength is None:
            result.missed += 1
        else:
            _add(result.flagged, value.strength)
    result.false_alarm_share = ratio(result.false_alarms.total, result.judged_flags)
    result.catch_rate = ratio(result.flagged.total, result.wrong_values)
    return result


def _add(count: ByStrength, which: FlagStrength) -> None:
    if which == "strong":
        count.strong += 1
    else:
        count.unconfirmed += 1
