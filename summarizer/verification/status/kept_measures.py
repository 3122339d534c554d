"""A measure ``in_force`` told by a verb of keeping or starting and its tense, with no status
word (an outside check, session 34: "no wording for in_force" on correct values of checks
51-73), for :func:`status_support.support_status`.

A page tells that duties or sanctions apply by what is done to them now, not by "in force":
"The court kept them in place until October 14", "the tariffs remain in place", "the duties
will stay in effect while the justices decide", "are still being collected", "The lower
ceiling kicked in on 3 September", "now also require approval, with immediate effect". Read:

- a form of "keep" with "in place", "in force" or "in effect" after it in its clause ("kept
  the duties in place", "keeps them in force");
- "remain", "stay" (any tense) followed by "in place", "in force" or "in effect": what will
  stay in force is in force now;
- "still" before "collected", "applied", "in force", "in place" or "being collected", and
  "keep being collected";
- "kicked in" or "kicks in" with no time to come in the sentence ("kicks in next month" is a
  start ahead: announced, not in force);
- "with immediate effect".

Nothing is read in a sentence that names another thing that could be kept (a court's stay,
order or ruling, an exemption, a truce), nor in one with a negation, a condition or a
doubt ("would remain in place if", "no longer in force", "could stay in place"), which
confirm nothing (:func:`meeting_verbs.doubted`), nor a keeping told with an end already
reached ("kept in place until the court ruled", "remained in force until 1 August": review
rvst34). A removal or another stage the page states is read before this by the caller; this
answers only whether ``in_force`` is told.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..context import Context
from ..page.tokens import clause_gap, word_set
from .meeting_verbs import doubted

_KEEP = word_set("keep keeps kept keeping")
_REMAIN = word_set("remain remains remained remaining stay stays stayed staying")
_STATES = (["in", "place"], ["in", "force"], ["in", "effect"])
_STILL_WHAT = word_set("collected applied levied charged enforced imposed")
_AHEAD = frozenset(MONTHS) | frozenset(WEEKDAYS) | word_set("next tomorrow later soon will from")


def kept_in_force(family: str, raw: str, ctx: Context) -> bool:
    """Whether an evidence sentence tells a measure in force by one of the module's shapes."""
    if family != "MeasureStatus" or raw != "in_force":
        return False
    text = ctx.article.text
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        norms = [t.norm for t in tokens]
        if doubted(norms):
            continue
        breaks = [clause_gap(tokens, i, text) for i in range(len(tokens))]
        if any(
            _kept(norms, breaks, at) and _own(norms, at) and not _bounded(norms, at)
            for at in range(len(norms))
        ):
            return True
    return False


_PAST_REMAIN = word_set("remained stayed")
_IRREGULAR_PAST = word_set("struck threw overturned ran came went began took broke found")
_PRESENT_BE = word_set("is are be being been am")


def _bounded(norms: Sequence[str], at: int) -> bool:
    """Whether the keeping at ``at`` is told with an end already reached: "until" after it
    with a past verb ("kept in place until the Supreme Court ruled them unlawful", "until the
    deal was signed in June"), or a past "remained"/"stayed" with "until" ("remained in force
    until 1 August"): the measure was in force then, not now. "will stay in effect until the
    justices rule", "remain in force until 31 July, when they lapse" tell it in force now."""
    rest = list(norms[at + 1 :])
    if "until" not in rest:
        return False
    if norms[at] in _PAST_REMAIN:
        return True
    after = rest[rest.index("until") + 1 :]
    return any(
        ((word.endswith("ed") and len(word) > 4) or word in _IRREGULAR_PAST)
        and (not step or after[step - 1] not in _PRESENT_BE)
        for step, word in enumerate(after)
    )


_OTHER_THINGS = word_set(
    """stay stays injunction injunctions order orders ruling rulings decision judgment
    judgement moratorium suspension pause exemption exemptions waiver waivers truce
    ceasefire"""
)


def _own(norms: Sequence[str], at: int) -> bool:
    """Whether nothing else the sentence names can be what is kept: a court's stay, order or
    ruling, an exemption, a truce ("The administrative stay stays in place for now" tells the
    stay, not the tariffs). The verb itself ("the tariffs will stay in force") is no noun."""
    return _OTHER_THINGS.isdisjoint([*norms[:at], *norms[at + 1 :]])


def _kept(norms: Sequence[str], breaks: Sequence[bool], at: int) -> bool:
    """Whether a shape of the module starts at ``at``."""
    norm = norms[at]
    end = at + 1
    while end < len(norms) and not breaks[end - 1]:
        end += 1
    rest = list(norms[at + 1 : end])
    pairs = [rest[i : i + 2] for i in range(len(rest) - 1)]
    if norm in _KEEP:
        if rest[:2] == ["being", "collected"]:
            return True
        return any(pair in _STATES for pair in pairs[:6])
    if norm in _REMAIN:
        return rest[:2] in _STATES
    if norm == "still":
        ahead = rest[:2] if rest[:1] != ["being"] else rest[1:3]
        return bool(ahead) and (ahead[0] in _STILL_WHAT or ahead in _STATES)
    if norm in ("kicked", "kicks") and rest[:1] == ["in"]:
        return norm == "kicked" or _AHEAD.isdisjoint(norms[at + 2 :])
    return norm == "with" and rest[:2] == ["immediate", "effect"]


__all__ = ["kept_in_force"]
