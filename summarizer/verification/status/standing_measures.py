"""A measure worded as borne now is in force (an outside check, session 19: check 43 read
"Today, EU cars face a combined duty of 27.5%" and "The deal does not change the 50% U.S.
tariff" as no wording for ``in_force``).

News states a duty in force by who bears it, in the present tense, more often than by "in
force": goods "face", "pay" or "carry" a tariff, "are subject to" a levy; and a deal that
"does not change" a tariff or "leaves" it "in place" states that it stands. So ``in_force`` is
supported by such a verb in the present tense with a measure noun after it, when nothing in
the sentence puts the measure ahead or behind:

- a modal or condition ("will face", "could face ... if talks fail", "would face");
- a start to come ("from August 1", "after August 1", "starting next month", "as of Monday",
  "in two weeks", "once the order takes effect"), though "from" before a place ("imports from
  Vietnam face") is no start;
- a negation before the verb ("no longer subject to", "do not face"), except the "does not
  change" shape, whose negation is what states that the measure stands;
- a fear, an expectation, a threat, a proposal, a bill or a prospect ("fear they may soon
  pay", "under the proposal, cars face a 30% duty", "under a bill introduced in the Senate",
  "in the event talks collapse", "face the prospect of a tariff").

Past forms ("faced", "paid") never match: "faced a duty until it was lifted" is history.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from ..context import Context
from ..page.tokens import word_set

_BEARS = word_set(
    """face faces facing pay pays paying carry carries carrying bear bears attract attracts
    incur incurs"""
)
_PAST_AUX = word_set("was were had used")
_MEASURES = word_set(
    """tariff tariffs duty duties levy levies surcharge surcharges surtax tax taxes sanctions
    ban embargo quota quotas"""
)
_KEEPS = word_set("change changes alter alters touch touches affect affects lift lifts cut cuts")
_STANDS = word_set("unchanged intact untouched place")
_LEAVES = word_set("leaves leave keeps keep")
_BLOCKS = word_set(
    """will would could may might should shall if unless whether fear fears feared expect
    expects expected threaten threatens threatened warned warns soon until till proposal
    proposals proposed plan plans planned draft prospect possible potential risk bill bills
    legislation introduced once event"""
)
_STARTS = word_set("from starting beginning effective after")
_UNITS = word_set("day days week weeks month months year years")
_NEGATIONS = word_set("not no never longer")
_REACH = 6


def _start_to_come(norms: Sequence[str]) -> bool:
    """A start ahead: "from August 1", "starting next month", "as of Monday", "in two weeks"."""
    for at, norm in enumerate(norms):
        if norm not in _STARTS and not (norm == "as" and norms[at + 1 : at + 2] == ["of"]):
            continue
        after = norms[at + 1 : at + 3] if norm != "as" else norms[at + 2 : at + 4]
        if any(
            word in MONTH_NUMBER
            or word in WEEKDAYS
            or word in ("next", "midnight", "today")
            or word[:1].isdigit()
            for word in after
        ):
            return True
    return any(  # "in two weeks", "in 30 days"
        norm == "in" and not _UNITS.isdisjoint(norms[at + 2 : at + 3])
        for at, norm in enumerate(norms)
    )


def _borne(norms: Sequence[str]) -> bool:
    for at, norm in enumerate(norms):
        ahead = norms[at + 1 : at + 1 + _REACH]
        if _MEASURES.isdisjoint(ahead):
            continue
        before = norms[max(at - 3, 0) : at]
        if norm in _KEEPS and before[-2:] in (["does", "not"], ["do", "not"], ["did", "not"]):
            return norms[at - 1] == "not"  # "does not change the 50% tariff": it stands
        if not _NEGATIONS.isdisjoint(before):
            continue
        if at and norms[at - 1] in _PAST_AUX:
            continue  # "were paying", "had faced"
        if norm in _BEARS or (norm == "subject" and norms[at + 1 : at + 2] == ["to"]):
            return True
        if (
            norm == "hit"
            and norms[at + 1 : at + 2] == ["with"]
            and before[-1:] in (["is"], ["are"])
        ):
            return True  # "Canadian lumber is hit with a 35% duty"
        if norm in _LEAVES:
            rest = norms[at + 1 : at + 1 + _REACH + 3]
            if not _STANDS.isdisjoint(rest) and ("place" not in rest or "in" in rest):
                return True
    return False


def standing(ctx: Context) -> bool:
    """Whether an evidence sentence words the measure as borne now (see the module)."""
    for index in ctx.sentences:
        norms = [token.norm for token in ctx.article.sentence_tokens(index)]
        if not _BLOCKS.isdisjoint(norms) or _start_to_come(norms):
            continue
        if _borne(norms):
            return True
    return False


__all__ = ["standing"]
