"""A measure's pause told as over, and a meeting told as held by a journey to meet someone (an
outside check, session 23: check 48's causes 4 and 7 of the false rejects and 2 of the false
accepts). Each shape is read only where its cue words stand in an evidence sentence:

- ``pause-ended``: a measure paused ("suspended", "paused", "froze", "put on hold", "a
  reprieve"), then, AFTER that cue in the evidence's order, a past end of the pause: a pause
  noun with a past verb of ending ("the pause ended", "the freeze lapsed", "the reprieve ran
  out", "the suspension expired") or the measure's return in the past ("was reimposed",
  "were reinstated", "and restored it", "took effect", "came into force", "snapped back", "kicked
  in"), with no modal, condition or negation before it in its clause ("could be reimposed if",
  "will take effect", "did not end"): ``in_force``, and ``suspended`` refused. A measure that
  took effect and was suspended AFTER that is the other order and is left to the other rules.
  A return ("took effect", "was reinstated") counts only when its subject names no other
  measure ("the aluminium duties", "a separate package", "new curbs") and its clause no
  earlier time ("last year", "years ago"); an end followed by the pause extended or renewed
  ("was extended by a month", "a fresh 30-day delay") is a pause again (review s23d).
- ``kept-now``: a measure told as still in force in the present ("remain in place", "stays in
  force", "are still in effect", "continue to apply", "still apply"), not under a negation,
  modal or condition in its clause ("no longer remains in force", "would stay in place if"),
  nor with a ruling as its subject ("the injunction stays in effect": :mod:`unapplied_cues`),
  refuses ``lifted`` and ``suspended`` where no evidence sentence has a word of lifting or
  pausing at all (then the other rules read which measure each clause is about: "the steel
  duties were lifted, but those on aluminium remain in place").
- ``visit-met``: a past verb of travel ("flew", "travelled", "went", "drove", "journeyed",
  "visited", "arrived") followed in the same sentence by a verb of meeting a person, past
  ("and met", "where he met", "and held talks with", "and sat down with", "and spoke with") or
  as its purpose ("to see", "to meet", "for talks with"), with no modal, plan, hope or negation
  anywhere before the meeting verb in the sentence ("will fly", "was due to travel", "did not
  meet", "refused to see"): ``held``. A purpose ("to meet", "for talks with") followed in
  its sentence by a negation or calling-off ("but the talks were called off", "who did not
  receive him") is not a meeting held (review s23d).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context, Result
from ..days.month_words import month_may
from ..page.tokens import word_set
from .statuses import clause_norms
from .unapplied_cues import procedure_cue

_PAUSING = word_set(
    """suspended suspend suspends suspension paused pause pauses froze frozen freeze
    reprieve hold halted moratorium deferred postponed delayed"""
)
_PAUSE_NOUNS = word_set("pause suspension freeze reprieve moratorium respite deferral delay")
_PAUSED_AGAIN = word_set("suspended paused froze frozen halted deferred postponed delayed")
_ENDED = word_set("ended expired lapsed elapsed finished ran")
_RETURNED = word_set("reimposed reinstated restored reintroduced resumed reactivated")
_TOOK = {
    "took": ("effect",),
    "came": ("into",),
    "went": ("into",),
    "entered": ("into",),
    "snapped": ("back",),
    "kicked": ("in",),
}
_UNSURE = word_set(
    """will would could may might must should shall can if unless not never no to due
    expected set likely until before threatened threatens threat"""
)
_EARLIER = word_set("after since following once because")
_EDGES = word_set(", ; : and but while whereas")
_END_CUES = _ENDED | _RETURNED | frozenset(_TOOK)
_EXTENDED = word_set("extended prolonged renewed")
_AGAIN = word_set("fresh new further another second renewed extended")
_OTHER = word_set("separate new other another different rival additional further")
_PLAIN = word_set(
    """the a an its their his her these those this that they it them he she we i who which
    was were been be had has have is are said say says officials exporters importers
    measure measures tariff tariffs duty duties levy levies ban bans sanctions sanction
    curbs curb restrictions controls surcharge counter tariffs fees fee quotas quota"""
)
_BEFORE = word_set("ago previously originally initially first earlier formerly")


def _sure_before(norms: Sequence[str], index: int) -> bool:
    """No modal, condition or negation in the clause before ``index``."""
    back = index - 1
    while back >= 0 and norms[back] not in _EDGES | {"."}:
        if norms[back] in _UNSURE and not month_may(norms, back):
            return False
        back -= 1
    return True


def _end_at(norms: Sequence[str], index: int, paused: frozenset[str]) -> bool:
    word = norms[index]
    if norms[index - 1 : index] == ["had"] or norms[index - 2 : index] == ["had", "been"]:
        return False  # "the previous pause had expired": an earlier end
    if word in _ENDED:
        if word == "ran" and norms[index + 1 : index + 2] != ["out"]:
            return False
        near = norms[max(0, index - 10) : index]
        return not _PAUSE_NOUNS.isdisjoint(near) and _sure_before(norms, index)
    if _own_subject(norms, index):
        return False  # "the suspension, which took effect on Friday", "after the tariffs took"
    if word in _RETURNED:
        if norms[index - 1 : index] in (["was"], ["were"], ["been"], ["be"]):
            return _sure_before(norms, index) and _own_return(norms, index, paused)
        return _sure_before(norms, index)  # "and reimposed it in May"
    after = _TOOK.get(word)
    if after and tuple(norms[index + 1 : index + 1 + len(after)]) == after:
        return _sure_before(norms, index) and _own_return(norms, index, paused)
    return False


def _own_return(norms: Sequence[str], index: int, paused: frozenset[str]) -> bool:
    """The return is the paused measure's own and told of a time after the pause: its subject
    has no word of another measure ("the aluminium duties", "a separate package", "new
    curbs") and its clause no earlier time ("last year", "years ago", a year before the
    pause's)."""
    back = index - 1
    while back >= 0 and norms[back] not in _EDGES | {"."}:
        word = norms[back]
        if word in _OTHER or (word.isalpha() and word not in _PLAIN and word not in paused):
            return False
        back -= 1
    end = next((k for k in range(index, len(norms)) if norms[k] in _EDGES), len(norms))
    clause = norms[index:end]
    if not _BEFORE.isdisjoint(clause) or "last" in clause:
        return False
    years = [int(w) for w in clause if w.isdigit() and len(w) == 4]
    paused_years = [int(w) for w in paused if w.isdigit() and len(w) == 4]
    return not years or (bool(paused_years) and min(years) >= max(paused_years))


def _own_subject(norms: Sequence[str], index: int) -> bool:
    """The return's clause is the pause's own ("the pause, which took effect") or an earlier
    event ("came after the tariffs took effect")."""
    back = index - 1
    while back >= 0 and back >= index - 8 and norms[back] not in (";", ":", "."):
        if norms[back] == "," and norms[back + 1 : back + 2] != ["which"]:
            return False  # a clause's edge, not a relative clause's
        if norms[back] in _PAUSE_NOUNS or norms[back] in _EARLIER:
            return True
        back -= 1
    return False


def pause_ended(family: str, raw: str, ctx: Context) -> Result | None:
    """``pause-ended`` (see the module): a result for ``in_force`` or ``suspended``, or None;
    then ``kept-now``."""
    if family != "MeasureStatus" or raw not in ("in_force", "suspended"):
        return kept_now(family, raw, ctx)
    state = ""  # "paused", then "ended" (the pause over), or "paused" again
    ended = ""
    paused: frozenset[str] = frozenset()  # the words of the sentences telling the pause
    for i in ctx.sentences:
        norms = clause_norms(ctx, i)
        if not state and _PAUSING.isdisjoint(norms):
            continue
        if not _PAUSING.isdisjoint(norms):
            paused = paused | frozenset(norms)
        for index, word in enumerate(norms):
            if word in _PAUSING and (not state or _repaused(norms, index)):
                state = "paused"
            elif state == "ended" and _renewed(norms, index):
                state = "paused"  # "was extended by another month", "a fresh 30-day delay"
            elif state == "paused" and word in _END_CUES and _end_at(norms, index, paused):
                state, ended = "ended", word
    if state != "ended":
        return kept_now(family, raw, ctx)
    if raw == "in_force":
        return True, ""
    return False, f"its evidence says the pause is over ({ended!r} after it)"


_KEEP_NOW = word_set("remain remains stay stays")
_STATES = word_set("place force effect")
_APPLY = word_set("apply applies")
_LIFTING = _PAUSING | word_set(
    """lift lifted lifts lifting removed remove scrapped scrap repealed repeal revoked
    revoke rescinded withdrawn withdrew dropped drop abolished ended end ends ending
    cancelled canceled terminated waived exempted exemption exemptions lapsed expired halt
    halts paused cut cuts eliminated eliminate zero reversed reverse unwound overturned
    struck annulled quashed phased lapse lapses expire expires"""
)


def kept_now(family: str, raw: str, ctx: Context) -> Result | None:
    """``kept-now`` (see the module): a refusal of ``lifted`` or ``suspended``, or None."""
    if family != "MeasureStatus" or raw not in ("lifted", "suspended"):
        return None
    norms_of = [clause_norms(ctx, i) for i in ctx.sentences]
    if any(not _LIFTING.isdisjoint(norms) for norms in norms_of):
        return None
    for norms in norms_of:
        for index, word in enumerate(norms):
            if _kept_at(norms, index) and not procedure_cue(norms, index, index + 1):
                return False, f"its evidence keeps the measure in force now ({word!r})"
    return None


def _kept_at(norms: Sequence[str], index: int) -> bool:
    word = norms[index]
    rest = norms[index + 1 : index + 3]
    if word in _KEEP_NOW:
        kept = len(rest) == 2 and rest[0] == "in" and rest[1] in _STATES
    elif word == "still":
        kept = rest[:1] == ["in"] and rest[1:] in (["force"], ["effect"], ["place"])
        kept = kept or rest[:1] == ["apply"] or rest[:1] == ["applies"]
    elif word in _APPLY:
        kept = norms[index - 2 : index] in (["continue", "to"], ["continues", "to"])
    else:
        return False
    if not kept or norms[index - 2 : index] == ["no", "longer"]:
        return False
    clause_end = next((k for k in range(index, len(norms)) if norms[k] in _EDGES), len(norms))
    later = norms[index:clause_end]
    verb = index - 2 if word in _APPLY else index  # "continue to apply": no modal before it
    return _sure_before(norms, verb) and "if" not in later and "unless" not in later


def _renewed(norms: Sequence[str], index: int) -> bool:
    """After an end, the pause extended or renewed, not under a modal or negation: a verb
    ("was extended", "prolonged it") or a pause noun told as fresh ("a fresh 30-day delay",
    "a further 90-day reprieve")."""
    word = norms[index]
    if word in _EXTENDED:
        return _sure_before(norms, index)
    if word in _PAUSE_NOUNS:
        near = norms[max(0, index - 5) : index]
        return not _AGAIN.isdisjoint(near) and _sure_before(norms, index)
    return False


def _repaused(norms: Sequence[str], index: int) -> bool:
    """A pause again after an end: a past verb of pausing, not under a modal ("could be
    suspended again") nor a noun ("since the pause ended")."""
    word = norms[index]
    if word == "hold":
        return norms[index - 1 : index] == ["on"] and _sure_before(norms, index)
    return word in _PAUSED_AGAIN and _sure_before(norms, index)
    return None


TRAVELLED = word_set(
    """flew travelled traveled went drove journeyed visited arrived sailed headed rushed
    hurried"""
)
_MET = word_set("met saw held sat spoke talked conferred dined lunched")
_MET_WITH = {"held": "talks", "sat": "down", "spoke": "with", "talked": "with"}
_PURPOSE = word_set("meet see visit")
NOT_HELD = word_set(
    """will would could may might must should shall can not never no due expected plans
    plan planned hopes hope hoped hoping wants wanted intends intended set scheduled
    refused declined denied cannot didn't won't wasn't failed unable barred invited
    if unless try tried trying seeking sought bid attempt attempted"""
)


def meets_at(norms: Sequence[str], index: int) -> bool:
    word = norms[index]
    if word in _PURPOSE:  # "to see", not "was to meet" (a plan)
        return norms[index - 1 : index] == ["to"] and norms[index - 2 : index - 1] not in (
            ["was"],
            ["were"],
            ["is"],
            ["are"],
        )
    if word == "talks":
        return index > 0 and norms[index - 1] == "for" and norms[index + 1 : index + 2] == ["with"]
    if word not in _MET:
        return False
    second = _MET_WITH.get(word)
    return second is None or norms[index + 1 : index + 2] == [second]


_CALLED_OFF = word_set(
    """not never no refused declined cancelled canceled scrapped postponed abandoned
    collapsed aborted snubbed rebuffed shunned failed didn't wasn't off"""
)


def called_off_after(norms: Sequence[str], index: int) -> bool:
    """A journey's purpose ("to meet", "for talks with") told as not met later in its
    sentence: "but the talks were called off", "who in the end did not receive him"."""
    return not _CALLED_OFF.isdisjoint(norms[index + 1 :])


def not_held_before(norms: Sequence[str], index: int) -> bool:
    """No modal, plan, hope or negation before ``index`` (the month "May" is none)."""
    return not any(n in NOT_HELD and not month_may(norms, k) for k, n in enumerate(norms[:index]))


def visit_met(ctx: Context) -> bool:
    """``visit-met`` (see the module): a sentence tells the meeting held by a journey."""
    for i in ctx.sentences:
        norms = clause_norms(ctx, i)
        if TRAVELLED.isdisjoint(norms):
            continue
        travel = next(k for k, word in enumerate(norms) if word in TRAVELLED)
        for index in range(travel + 1, min(len(norms), travel + 14)):
            if meets_at(norms, index):
                purpose = norms[index] in _PURPOSE or norms[index] == "talks"
                if purpose and called_off_after(norms, index):
                    break
                if not_held_before(norms, index) and norms[travel - 1 : travel] != ["to"]:
                    return True
                break
    return False


def journey_status(family: str, raw: str, ctx: Context) -> Result | None:
    """``visit-met`` for a meeting's ``held``: a result, or None."""
    if family == "SummitStatus" and raw == "held" and visit_met(ctx):
        return True, ""
    return None


__all__ = ["NOT_HELD", "TRAVELLED", "journey_status", "kept_now", "meets_at", "pause_ended"]
__all__ += ["not_held_before", "visit_met"]
