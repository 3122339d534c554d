"""The ``status`` support kind's verdict: supported, unconfirmed, or contradicted.

:func:`statuses.worded` reads whether the evidence words the value. When it does not, the
evidence either says nothing the cues know (the value is *unconfirmed*: the checker could not
read it, which on unseen pages is where most false alarms come from) or words a value that
excludes this one, which states another value (*unsupported*): "held" where the evidence says
the summit was "postponed", "rejects" where it says the party "welcomed" the truce.

Which values exclude each other is written down, not inferred: a later turn of events that
undoes a value (:data:`statuses.UNDONE_BY`), a summit that did not take place for one said to
be held, and, for a summit's status and a party's stance, values of different groups (a
future meeting, a meeting that happened, one put off; agreement, refusal). Values of one group
differ in degree ("proposed" and "scheduled"), doubt ("in doubt", "skeptical") goes with any
plan or stance, and a truce's or a measure's statuses follow each other in one story (agreed,
in effect, violated), so none of those counts as a contradiction. And a contradiction is read
only in the main clause of a sentence about this fact (:func:`main_clauses`): "..., hours
after cancelling a stop in Seoul" says nothing against a summit held in Busan.
"""

from __future__ import annotations

from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result, no_evidence, unconfirmed
from ..counts.displacement_cues import driven_out
from ..counts.truce_carry import carried_kind
from ..events.law_stages import law_in_force
from ..events.truce_kinds import TRUCE_NOUNS, called_full, qualified_kind
from ..page.tokens import word_set
from ..places.moved_venues import together_status
from ..sentences.speech import SPEECH_VERBS
from .chamber_pairs import both_chambers
from .condition_holders import condition_holder
from .ended_pauses import journey_status, pause_ended
from .first_person import own_commitment, undone_decision
from .further_meetings import held_heads
from .future_starts import announced_ahead, dated_measure, future_start
from .implied_statuses import ahead_talks, implied
from .item_statuses import item_worded
from .joined_acts import act_status
from .kept_measures import kept_in_force
from .kind_wordings import told_kind
from .meeting_verbs import verb_status
from .negated_plans import negated_schedule
from .other_meetings import planned_elsewhere
from .present_measures import stated_measure
from .renewals import renewed_since
from .stance_requests import asks_for_truce
from .standing_measures import standing
from .status_acts import acted
from .status_clauses import extended
from .status_later import superseded
from .status_latest import compared_only, latest_state, other_stage
from .status_pending import DEAL_WORDS, pending
from .status_stages import stated_stage
from .status_tenses import (
    failed_hold,
    lifted_result,
    modal_stage,
    own_end,
)
from .status_undone import replanned, undone_plan
from .statuses import (
    NOT_CHECKED,
    UNDONE_BY,
    VOCABULARIES,
    clause_norms,
    cues_in,
    undoing,
    worded,
)
from .taken_back import fighting_goes_on
from .tensed_meetings import tensed_status
from .told_outcomes import told_outcome
from .told_statuses import told_early, told_late
from .truce_scopes import scoped_kind
from .truce_terms import standing_truce

_OFF = ("on_hold", "postponed", "cancelled")
CONTRADICTED_BY: dict[str, dict[str, tuple[str, ...]]] = {
    **UNDONE_BY,
    "SummitStatus": {**UNDONE_BY["SummitStatus"], "held": _OFF, "postponed": ("cancelled",)},
    "MeasureStatus": {**UNDONE_BY["MeasureStatus"], "lifted": ("imposed", "in_force", "announced")},
    "CeasefireStatus": {
        **UNDONE_BY["CeasefireStatus"],
        "rejected": ("agreed",),
        "collapsed": ("in_effect",),
    },
}
"""Values whose cue in the same sentence, with none of this value's, says another value.
Check 38 added the plain opposites a page states outright: a meeting "called off" is not put
off to a later date (``postponed``), a duty being imposed is not ``lifted``, a truce the
parties agreed to is not ``rejected``, one that took hold has not ``collapsed``."""
GROUPS: dict[str, tuple[frozenset[str], ...]] = {
    "SummitStatus": (
        frozenset({"proposed", "scheduled"}),
        frozenset({"held", "under_way"}),
        frozenset(_OFF),
    ),
    "Stance": (
        frozenset({"agreed", "supports", "supports_with_conditions"}),
        frozenset({"rejects"}),
    ),
}
"""Families whose values exclude those of another group anywhere in the evidence. Doubt
(``in_doubt``, ``skeptical``) sits in no group: it goes with any plan or stance."""
_TOO_LOOSE = frozenset({"supports_with_conditions"})
"""Values whose cues ("if", "but", "once") are too common to say another value by themselves."""


def support_status(value: Any, rule: Supported, ctx: Context) -> Result:
    family = type(value).__name__
    raw = str(getattr(value, "value", value))
    if raw in NOT_CHECKED or family not in VOCABULARIES:
        return True, ""
    if not ctx.sentences:
        return no_evidence(ctx)
    told = both_chambers(family, raw, ctx) or told_early(family, raw, ctx)  # session 23
    if told is not None:
        return told
    told = pause_ended(family, raw, ctx)  # "the pause ended" (ended_pauses, session 23)
    if told is not None:
        return told
    narrower = _narrower_kind(ctx) if family == "CeasefireKind" and raw == "full" else None
    if family == "CeasefireKind":  # where it holds, "no general ceasefire" (truce_scopes.py)
        scoped = scoped_kind(family, raw, [clause_norms(ctx, i) for i in ctx.sentences], narrower)
        if scoped is not None:
            return scoped
    if narrower:
        return False, f"its evidence calls the truce {narrower.replace('_', ' ')!r}, not full"
    shown = raw.replace("_", " ")
    if planned_elsewhere(family, raw, ctx):
        return False, f"its evidence words it as held; {shown!r} is another meeting's"
    if family == "Stance" and raw in GROUPS["Stance"][0] and _taken_back(ctx):
        return False, f"its evidence takes {shown!r} back: the party's fighting goes on"
    if family == "Stance" and raw == "supports_with_conditions":  # "X accepts if Y ..."
        holder = condition_holder(str(getattr(ctx.fact, "party", "") or ""), ctx)
        if holder is not None:
            return False, f"its evidence gives the condition to {holder!r}, not this party"
    if family == "Stance" and raw == "agreed" and undone_decision(ctx):
        return False, "its evidence quotes the decision to stop as given up"
    if family == "MeasureStatus" and raw == "proposed" and dated_measure(ctx):
        return False, "its evidence gives the measure the day it starts: announced, not proposed"
    tensed = _tensed(family, raw, ctx)  # "can only be lifted by Congress" (status_tenses)
    if tensed is not None:
        return tensed
    latest = latest_state(family, raw, ctx)  # "The summit, postponed in March, opened ..."
    if latest is not None:
        now = latest[1].replace("_", " ")
        if latest[0] or latest[1] == "never held" or _ended(family, raw, latest[1], ctx):
            return latest if latest[0] else (False, f"its evidence says it was {now}")
        return unconfirmed(f"its evidence words it as {now!r} since: {shown!r} was earlier")
    later = superseded(family, raw, ctx)  # "signed it into law" beside "the House passed it"
    if later:
        return False, f"its evidence words a later stage, {later.replace('_', ' ')!r}"
    if family == "CeasefireStatus" and raw == "expired" and _renewed(ctx):
        return False, "its evidence words it renewed after it lapsed"  # session 20
    negated = negated_schedule(family, raw, ctx)
    if negated is not None:  # "will not go ahead as planned" (negated_plans.py)
        return negated
    undone = undone_plan(family, raw, ctx)
    if undone:
        return False, f"its evidence words it as {undone.replace('_', ' ')!r} since, not {shown!r}"
    found = "yes" if undone == "" else worded(family, raw, ctx)
    if found == "yes" and family == "SummitStatus" and raw == "held" and ahead_talks(ctx):
        return unconfirmed("its evidence words the meeting only as one still ahead")
    if found == "yes" or (family == "Stance" and raw == "agreed" and own_commitment(ctx)):
        return True, ""  # or '"We have decided to stop all operations," the army said'
    if family == "MeasureStatus" and raw == "in_force" and standing(ctx):
        return True, ""  # "Today, EU cars face a combined duty of 27.5%" (standing_measures)
    if found != "earlier" and _stated_now(family, raw, ctx):
        return True, ""  # "The Government will today sanction ..."; "under the truce, ..."
    together = together_status(raw, ctx) if family == "SummitStatus" else None
    together = act_status(raw, ctx) if family == "SummitStatus" and together is None else together
    if together is not None:  # "will catch up in Japan", "caught up last week"
        return together
    if found == "earlier" and compared_only(ctx):
        return True, ""  # "ending earlier than planned": the same meeting
    if found == "earlier":
        return False, f"its evidence words {shown!r} only of an earlier meeting"
    if worded(family, raw, ctx, denied=True) == "yes":
        return False, f"its evidence calls {shown!r} false (a claim it denies)"
    other = (
        contradicting(family, raw, ctx)
        or future_start(family, raw, ctx)
        or other_stage(family, raw, ctx)
    )
    if other:
        return False, f"its evidence words it as {other.replace('_', ' ')!r}, not {shown!r}"
    told = journey_status(family, raw, ctx) or told_late(family, raw, ctx)  # "flew to X and met"
    told = told or told_outcome(family, raw, ctx)  # "reached a deal", "took 72 seats" (s24)
    if told is not None:
        return told
    if family == "CeasefireKind" and raw != "full" and _carried(raw, ctx):
        return True, ""  # "the truce had been extended" after "a humanitarian truce"
    if family == "EventKind" and raw == "displacement" and _driven_out(ctx):
        return True, ""  # "forced 40,000 people from their homes" (displacement_cues)
    if family == "EventKind" and told_kind(raw, ctx):
        return True, ""  # "M23 took Goma", "lost five civilians" (kind_wordings.py, s26)
    if family == "CeasefireKind" and raw != "full" and _plain_truce(ctx):
        return False, f"its evidence words a truce with no wording for {shown!r}"
    if family == "MeasureStatus" and raw == "announced" and announced_ahead(ctx):
        return True, ""  # "is due to take effect on 3 September" (future_starts, s26)
    if implied(family, raw, ctx) or tensed_status(family, raw, ctx):
        return True, ""  # "adopted on 3 June", "since their talks in Ankara"; tensed_meetings
    if verb_status(family, raw, ctx) or kept_in_force(family, raw, ctx):
        return True, ""  # "sat with Putin on Tuesday", "kept them in place" (s34)
    if family == "Stance" and raw == "supports" and asks_for_truce(ctx, worded):
        return True, ""  # "Kyiv had also asked for an unconditional ceasefire" (stance_requests)
    stage = stated_stage(family, raw, ctx, lambda index: clause_norms(ctx, index))
    if stage:  # "which came into force on Thursday" for announced (status_stages, s25)
        return False, f"its evidence words it as {stage}, not {shown!r}"
    if item_worded(ctx, lambda lead: worded(family, raw, lead) == "yes", raw):
        return True, ""  # "• Japan: 24%." under "what was announced" (item_statuses, s25)
    return unconfirmed(f"no wording for {raw} in its evidence")


def contradicting(family: str, raw: str, ctx: Context) -> str | None:
    """A value the evidence words that excludes ``raw`` (see the module's docstring), read
    only in the main clause of a sentence that is about this fact (:func:`main_clauses`)."""
    heads = main_clauses(family, ctx)
    if not any(heads.values()):
        return None
    if family == "SummitStatus" and raw in _OFF:  # a new date proposed "instead" fits it
        heads = {i: 0 if replanned(clause_norms(ctx, i)) else n for i, n in heads.items()}
    against = CONTRADICTED_BY.get(family, {}).get(raw, ())
    for index in ctx.sentences:
        other = undoing(family, against, clause_norms(ctx, index)[: heads.get(index, 0)])
        if other:
            return other
    still = pending(family, raw, ctx, heads)
    if still:
        return still
    own = [group for group in GROUPS.get(family, ()) if raw in group]
    if not own:
        return None
    mask = held_heads(family, raw, ctx)  # "would meet again" beside the meeting before it
    for group in GROUPS[family]:
        if group is own[0]:
            continue
        seen = heads
        if mask is not None and "held" in group:
            seen = {index: min(size, mask.get(index, 0)) for index, size in heads.items()}
        for other in sorted(group - _TOO_LOOSE):
            if worded(family, other, ctx, seen) == "yes":
                return other
    return None


def _tensed(family: str, raw: str, ctx: Context) -> Result | None:
    """A status verb read with its tense and mood (:mod:`status_tenses`): an ending only
    possible or required, a removal decided or dated, a truce that "did not hold"."""
    if family == "MeasureStatus" and raw in ("in_force", "lifted", "imposed"):
        modal = modal_stage(family, raw, ctx)
        if modal is not None or raw != "lifted":
            if modal is None and lifted_result(ctx) == (True, ""):
                return False, f"its evidence words it as lifted, not {raw.replace('_', ' ')!r}"
            return modal
        return lifted_result(ctx)
    if family == "CeasefireStatus" and raw in ("collapsed", "in_effect") and failed_hold(ctx):
        return (True, "") if raw == "collapsed" else (False, "its evidence says it did not hold")
    return None


def _ended(family: str, raw: str, later: str, ctx: Context) -> bool:
    """A truce in effect that the evidence words expired or collapsed since: the latest
    change of the same truce wins (check 46), refused strongly like :func:`superseded`."""
    ended = family == "CeasefireStatus" and raw == "in_effect" and later in ("expired", "collapsed")
    return ended and own_end(ctx, later)  # not "although an earlier truce collapsed in May"


def _stated_now(family: str, raw: str, ctx: Context) -> bool:
    """A value the evidence states with no cue word: a measure stated as the issuer's act now
    (:mod:`present_measures`), a truce referred to as standing (:mod:`truce_terms`), a truce
    renewed after it lapsed (:mod:`renewals`), a status worded by its act (:mod:`status_acts`)."""
    if acted(family, raw, ctx):
        return True
    if family == "MeasureStatus" and raw == "announced":
        return stated_measure(ctx)
    if family == "CeasefireStatus" and raw == "agreed":
        return standing_truce(ctx)
    if family == "MeasureStatus" and raw == "enacted":  # "came into force" (law_stages)
        return law_in_force(
            ctx.fact,
            lambda: worded(family, "in_force", ctx) == "yes",
            lambda: [t.norm for tokens in ctx.sentence_tokens() for t in tokens],
        )
    if family == "CeasefireStatus" and raw == "in_effect":  # renewed after it lapsed
        return _renewed(ctx)
    return False


def _renewed(ctx: Context) -> bool:
    """Whether a truce's evidence words it renewed or extended after it lapsed
    (:mod:`renewals`): it is in effect again, not expired."""
    family = "CeasefireStatus"
    ends = UNDONE_BY[family]["in_effect"]
    return any(
        renewed_since(
            norms, extended(norms), [s for v in ends for s, _ in cues_in(family, v, norms)]
        )
        for norms in (clause_norms(ctx, index) for index in ctx.sentences)
    )


def _taken_back(ctx: Context) -> bool:
    """A welcome followed by the party's fighting going on (:mod:`taken_back`)."""
    return any(fighting_goes_on(clause_norms(ctx, index)) for index in ctx.sentences)


def _narrower_kind(ctx: Context) -> str | None:
    """The narrower kind the evidence qualifies its truce by in a main clause about it, when
    no sentence of the evidence calls the truce full (:mod:`truce_kinds`)."""
    if any(called_full(clause_norms(ctx, index)) for index in ctx.sentences):
        return None
    heads = main_clauses("CeasefireKind", ctx, TRUCE_NOUNS)
    kinds = tuple(VOCABULARIES["CeasefireKind"])
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)[: heads.get(index, 0)]
        kind = qualified_kind(
            norms, kinds, lambda k, words: bool(cues_in("CeasefireKind", k, words))
        )
        if kind:
            return kind
    return None


def _carried(raw: str, ctx: Context) -> bool:
    """A truce named only as known takes the one kind the article gives truces
    (:mod:`summarizer.verification.counts.truce_carry`)."""
    kinds = tuple(VOCABULARIES["CeasefireKind"])
    return carried_kind(
        raw, kinds, [clause_norms(ctx, index) for index in ctx.sentences],
        [clause_norms(ctx, index) for index in range(len(ctx.article.sentences))],
        lambda kind, words: bool(cues_in("CeasefireKind", kind, words)),
    )  # fmt: skip


def _driven_out(ctx: Context) -> bool:
    return any(driven_out(ctx.article.sentence_tokens(index)) for index in ctx.sentences)


def _plain_truce(ctx: Context) -> bool:
    """Whether the evidence names its truce by a truce noun ("a ceasefire", "a pause in the
    fighting", "as the truce began"), when none of its words gives the narrower kind asked
    for: the page then states a truce of another kind (an outside check, session 14: a plain
    ceasefire was let pass as humanitarian, unconfirmed). With no truce noun ("the guns fell
    silent at midnight") the kind is unread and stays unconfirmed."""
    return any(
        norm.startswith(TRUCE_NOUNS) for index in ctx.sentences for norm in clause_norms(ctx, index)
    )


# Where a sentence's main clause ends: a subordinate or relative clause, a contrast, a
# semicolon or a dash ("... met in Busan, hours after cancelling a stop in Seoul"; "the plan
# that Ukraine had accepted"); "that" after a speech verb opens what was said, not a new clause.
_BACKGROUND = word_set(
    "although though while whereas after before since because when which who whom whose where "
    "but unless until once as"
)
_BREAKS = frozenset(";\u2014\u2013")
# Words that put a clause on another occasion: another meeting, truce, draft or round.
_OTHER_OCCASION = word_set(
    "earlier previous previously prior last ago another other wider draft drafts "
    "version versions round rounds phone call calls dinner lunch stop visit trip aides teams"
)
# A truce's or a measure's own nouns, for the statuses no name anchors (prefixes, then words).
_TRUCE_OR_MEASURE = (
    "ceasefire", "truce", "armistice", "cessation", "pause", "sanction", "tariff", "embargo",
    "surtax", "surcharge",
)  # fmt: skip
_MEASURE_WORDS = word_set("cease bill bills measure measures package ban duties duty levy")


def main_clauses(
    family: str, ctx: Context, nouns: tuple[str, ...] = _TRUCE_OR_MEASURE
) -> dict[int, int]:
    """Per evidence sentence, how many of its norms (:func:`statuses.clause_norms`) a
    contradiction is read in: its main clause, when that clause is about this fact (it names
    the stance's party, the summit's parties or place, or, for a truce's or a measure's
    status, a truce or measure word) and about no other occasion; else none. A status word
    in a background clause, or about another meeting, party or truce, says nothing against
    this fact's value, though it may stand in its evidence (an outside review, session 12)."""
    text = ctx.article.text
    anchors = _anchor_words(family, ctx.fact)
    heads: dict[int, int] = {}
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        if not tokens or tokens[0].norm in _BACKGROUND:
            continue  # "After Hamas rejected two drafts, ...": its main clause comes later
        size = len(tokens)
        for at in range(1, len(tokens)):
            token, gap = tokens[at], text[tokens[at - 1].end : tokens[at].start]
            opens = token.norm in _BACKGROUND or (
                token.norm == "that" and tokens[at - 1].norm not in SPEECH_VERBS
            )
            dateline = all(t.text.isupper() for t in tokens[:at] if t.text.isalpha())
            if opens or (not _BREAKS.isdisjoint(gap) and not dateline):
                size = at
                break
        words = {token.norm for token in tokens[:size]}
        tellers = {  # "..., aides said": who tells it, not another occasion
            tokens[at].norm for at in range(size - 1) if tokens[at + 1].norm in SPEECH_VERBS
        }
        about = (
            bool(words & anchors)
            if anchors
            else any(word.startswith(nouns) or word in _MEASURE_WORDS for word in words)
            or (family == "CeasefireStatus" and not words.isdisjoint(DEAL_WORDS))
        )
        if not about or (words - tellers) & _OTHER_OCCASION:
            continue
        norms = clause_norms(ctx, index)
        seen = count = 0
        while count < len(norms) and seen < size:
            seen += norms[count] != ","
            count += 1
        heads[index] = count
    return heads


def _anchor_words(family: str, fact: Any) -> frozenset[str]:
    """The fact's own names, lower-cased: the stance's party, the summit's parties and place;
    empty for a truce's or a measure's status, which is anchored by its noun instead."""
    if family == "Stance":
        names = [getattr(fact, "party", None)]
    elif family == "SummitStatus":
        names = [*(getattr(fact, "parties", None) or []), getattr(fact, "planned_location", None)]
    else:
        return frozenset()
    words = " ".join(str(name) for name in names if isinstance(name, str)).split()
    return frozenset(word.strip(",.").lower() for word in words if word[:1].isupper())


__all__ = ["CONTRADICTED_BY", "GROUPS", "contradicting", "main_clauses", "support_status"]
