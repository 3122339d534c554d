"""A status or stance told by a word of another family (a cross-check, session 22: the false
alarms of the status field that persist across outside checks 37 to 46).

Reporters seldom write the status word itself. Three shapes recur across checks, each read
here only where its cue words stand in an evidence sentence:

- ``adopted``: a measure told by the act that made it. A package, measure, regulation or law
  that a body "adopted" or "approved" (in the past: "The Council today adopted a tenth
  package", "the sixth package, adopted on 3 June 2022") is ``enacted``, and, with no start
  still to come in the sentence, ``in_force`` and ``imposed``; one a state "applies" now
  ("Norway applies a 40 percent duty on ...") or will "leave"/"keep ... in place" is
  ``in_force`` and ``imposed``. Not: a negation, a modal or an intention before the verb
  ("has not yet adopted", "is expected to adopt", "could apply"), a proposal, draft, position
  or mandate adopted (a plan, not a measure), a bill or a committee's vote (a stage short of a
  law), "applies for" (a request).
- ``past-talks``: a meeting told as past by a noun phrase after a word of sequence ("since
  their talks in Ankara on 4 March", "It followed formal talks on Tuesday", "after talks in
  Doha on Monday"): ``held``. Not: a modal or a plan before it ("will follow talks", "is due
  to come after"), a meeting to come after it ("talks next week", "talks due on ..."), or one
  undone after the noun ("since the talks were called off").
- ``own-halt``: a party's agreement to a truce told by its own halt in the third person: the
  party (or "it", "its forces") "would stop"/"will cease"/"would halt" the fighting, in a
  sentence that names this party and where the halt's subject is the party, not another
  ("Hamas said Israel would stop" is Israel's halt); or the party's "own"/"unilateral"
  ceasefire that "came into force"/"took effect": ``agreed``. Not: a negation, a condition
  ("if", "unless", "only when": ``supports_with_conditions`` reads those), a demand or a call
  on another ("urged", "demanded"), a halt someone else stops.

Each answers only whether the value is worded (``True`` supports it); the contradictions and
other stages :mod:`status_support` reads come before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..context import Context
from ..page.tokens import Token, clause_gap, word_set
from ..people.names import find_named
from ..people.party_names import party_mentions, party_of, person_part

_ADOPTING = word_set("adopted approved")
_APPLYING = word_set("applies apply applying")
_KEEPING = word_set("leave leaves keep keeps")
_MEASURE_NOUNS = word_set(
    """package packages measure measures sanctions regulation regulations law laws tariff
    tariffs duty duties levy levies embargo ban bans restrictions penalties decree decrees
    surcharge surtax"""
)
_PLAN_NOUNS = word_set(
    """proposal proposals draft position mandate recommendation recommendations bill bills
    reading plan plans framework guidelines negotiating outline blueprint"""
)
_BODIES_SHORT = word_set("committee committees subcommittee panel")
_MODALS = word_set(
    """will would shall could may might should must can to expected due set going plans plan
    planned hopes hope aims wants intends likely ready seeks seeking"""
)
_NEGATIONS = word_set("not never no yet longer failed")
_AHEAD = word_set(
    """will shall tomorrow next once enter enters entering effect until pending later
    upcoming coming"""
)
# After "approved": a stage still to come (session 22c review: "sending it to the Senate",
# "which ministers must still sign off", "in principle ..., with a formal vote to follow",
# "but the president vowed to veto it", "the House has yet to take it up").
_SHORT_OF_LAW = word_set(
    """yet still veto vetoed vetoes vetoing sending sends send sent goes go heads heading
    principle follow ratify ratified ratification signature sign signing assent final formal
    formally await awaits awaiting pending desk forwarded"""
)
# For in_force/imposed: a start or an end told beside "adopted" ("starts in March", "apply from
# 1 July", "expired in January", "which it lifted last year").
_START_OR_END = word_set(
    """starts start starting begins begin from expired expire expires lifted lift repealed
    ended revoked suspended dropped scrapped annulled overturned lapsed"""
)
_SOFT = word_set("could may might if unless whether consider considering weigh")
_SEQUENCE = word_set("since after followed following")
_TALKS = word_set("talks meeting meetings summit summits session sessions visit round")
_UNDONE = word_set(
    """planned scheduled proposed expected postponed cancelled canceled scrapped
    delayed due set collapsed aborted next coming upcoming future tomorrow later will would
    not never"""
)
_BROKEN = word_set(
    """suspended adjourned abandoned interrupted halted skipped boycotted missed snubbed
    postponed cancelled canceled scrapped derailed shelved"""
)
_LATER = word_set(
    """will would shall could may might hope hopes hoping expected expects plan plans planning
    intend intends ready due"""
)
_MET = word_set("met held hosted visited talked convened gathered sat")
# The talks' own past verb after the noun ("after talks concluded in Geneva", "following a
# summit that ended on Friday", "after the talks took place"): finished, whatever comes later.
_FINISHED = word_set("ended concluded wrapped finished closed took")
# The sentence's own meeting told as now or ahead: "meet in Sochi on Friday for the first time
# since talks in Tehran", "the first since talks in Geneva, opens on Monday".
_NOW_MEETING = word_set("meet meets opens open begins begin starts start convene convenes")
_STOPS = word_set("stop cease halt suspend end")
_FIGHT = word_set(
    """bombing bombardment attacks attack strikes fire firing shooting hostilities fighting
    operations offensive raids shelling combat"""
)
_SPEECH = word_set("said says announced told declared stated pledged promised vowed")
# A halt denied, doubted, weighed or offered for a price (session 22c review): "denied that it
# would stop", "rejected claims that", "It is unclear whether", "debating whether", "in
# exchange for", "according to Egypt".
_DOUBTED = word_set(
    """denied denies deny rejected rejects reject dismissed dismisses doubt doubts doubted
    claims claimed whether unclear debating debate exchange according"""
)
_PRONOUNS = word_set("it they its their we our")
_IFS = word_set("if unless provided providing")
_IF_PAIRS = {("only", "when"), ("only", "after"), ("only", "once"), ("as", "long"), ("so", "long")}
_DEMANDS = word_set(
    """urged urges demanded demands called calls asked asks pressed presses wants wanted
    insisted insists"""
)
_OWN = word_set("own unilateral")
_TRUCES = word_set("ceasefire truce halt pause")
_STARTED = (("came", "into", "force"), ("took", "effect"), ("came", "into", "effect"))
_REACH = 8


def implied(family: str, raw: str, ctx: Context) -> bool:
    """Whether an evidence sentence tells ``raw`` by one of the module's shapes."""
    if family == "MeasureStatus" and raw in ("enacted", "in_force", "imposed"):
        return any(_measure(raw, _norms(ctx, index)) for index in ctx.sentences)
    if family == "SummitStatus" and raw == "held":
        return any(_past_talks(_norms(ctx, index)) for index in ctx.sentences)
    if family == "Stance" and raw == "agreed":
        party = str(getattr(ctx.fact, "party", "") or "")
        return bool(party) and any(
            _own_halt(party, ctx.article.sentence_tokens(index)) for index in ctx.sentences
        )
    return False


def _norms(ctx: Context, index: int) -> list[str]:
    return [token.norm for token in ctx.article.sentence_tokens(index)]


def _before_ok(norms: Sequence[str], at: int) -> bool:
    """No negation, modal or intention in the few words before ``norms[at]``."""
    before = norms[max(0, at - 4) : at]
    return _NEGATIONS.isdisjoint(before) and _MODALS.isdisjoint(before)


def _measure(raw: str, norms: Sequence[str]) -> bool:
    words = set(norms)
    if _MEASURE_NOUNS.isdisjoint(words):
        return False
    if not _ADOPTING.isdisjoint(words) and _adopted(raw, norms):
        return True
    if raw == "enacted":
        return False
    return (not _APPLYING.isdisjoint(words) and _applied(norms)) or (
        not _KEEPING.isdisjoint(words) and "place" in words and _kept(norms)
    )


def _adopted(raw: str, norms: Sequence[str]) -> bool:
    """A measure "adopted"/"approved" in the past by a body, not a plan or a bill."""
    if not _PLAN_NOUNS.isdisjoint(norms) or not _BODIES_SHORT.isdisjoint(norms):
        return False
    if raw != "enacted" and not _AHEAD.isdisjoint(norms):
        return False  # "adopted today, it enters into force next month"
    if raw != "enacted" and not _START_OR_END.isdisjoint(norms):
        return False  # "The ban, approved on Monday, starts in March"
    if not _SHORT_OF_LAW.isdisjoint(norms):
        return False  # "approved the law, but the president vowed to veto it"
    for at, norm in enumerate(norms):
        if norm not in _ADOPTING or not _before_ok(norms, at):
            continue
        if norms[at - 1 : at] in (["be"], ["being"]):
            continue  # "to be adopted", "being approved"
        near = [*norms[max(0, at - 4) : at], *norms[at + 1 : at + 1 + _REACH]]
        if not _MEASURE_NOUNS.isdisjoint(near):
            return True
    return False


def _applied(norms: Sequence[str]) -> bool:
    """A state that "applies" a measure now: "Canada applies a 35 percent tariff on ..."."""
    if not _SOFT.isdisjoint(norms) or not _AHEAD.isdisjoint(norms):
        return False
    for at, norm in enumerate(norms):
        if norm not in _APPLYING or not _before_ok(norms, at):
            continue
        after = norms[at + 1 : at + 1 + _REACH]
        if after[:1] in (["for"], ["to"]):
            continue  # "applies for an exemption", "the rule applies to"
        if not _MEASURE_NOUNS.isdisjoint(after[:6]):
            return True
    return False


def _kept(norms: Sequence[str]) -> bool:
    """A measure left or kept "in place": "will leave the 10 percent tariffs in place"."""
    if not _SOFT.isdisjoint(norms):
        return False
    for at, norm in enumerate(norms):
        if norm not in _KEEPING:
            continue
        before = norms[max(0, at - 3) : at]
        if not _NEGATIONS.isdisjoint(before):
            continue
        after = norms[at + 1 : at + 1 + 14]
        if "place" not in after:
            continue
        until = after[: after.index("place")]
        if not _MEASURE_NOUNS.isdisjoint(until) and until[-1:] == ["in"]:
            return True
    return False


def _sequenced(norms: Sequence[str], whole: Sequence[str] = ()) -> str | None:
    """How a meeting after a word of sequence is told: "past" ("since their talks in
    Ankara"), "ahead" ("after talks next week", "hope to sign it following talks", "after a
    visit that was postponed") or None (no such meeting in the sentence)."""
    if _SEQUENCE.isdisjoint(norms) or _TALKS.isdisjoint(norms):
        return None
    broken = not _BROKEN.isdisjoint(whole or norms)  # "was suspended after its first session"
    told = None
    for at, norm in enumerate(norms):
        if norm not in _SEQUENCE:
            continue
        if norm == "following" and norms[at - 1 : at] in (["the"], ["a"]):
            continue  # "the following meeting": the next one
        head = norms[at + 1 : at + 5]
        noun = next((n for n, word in enumerate(head) if word in _TALKS), None)
        if noun is None or any(word.endswith("ing") for word in head[:noun]):
            continue  # "after skipping the summit": the act is the subject's, not the meeting
        after = norms[at + 2 + noun : at + 2 + noun + 2 * _REACH]
        if (
            broken
            or not _LATER.isdisjoint(norms[:at])
            or (noun and head[noun - 1] in _UNDONE)
            or not _UNDONE.isdisjoint(after)
            or ("called", "off") in pairwise(after)
        ):
            told = told or "ahead"  # "will follow talks", "after talks next week"
            continue
        return "past"
    return told


def _past_talks(norms: Sequence[str]) -> bool:
    if not _NOW_MEETING.isdisjoint(norms):
        return False  # the sentence's own meeting is now or ahead: the talks date an earlier one
    return _sequenced(norms) == "past"


def ahead_talks(ctx: Context) -> bool:
    """Whether every evidence sentence tells the meeting only as one after a word of sequence
    that is still ahead or undone, with no verb of meeting in the past beside it: "held" read
    from "after talks in Doha next week" is not worded."""
    if not ctx.sentences:
        return False
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        norms = _clause_cut(tokens, ctx.article.text)
        whole = [token.norm for token in tokens]
        if not _MET.isdisjoint(whole) or _finished(norms) or _sequenced(norms, whole) != "ahead":
            return False
    return True


def _clause_cut(tokens: Sequence[Token], text: str) -> list[str]:
    """The sentence's norms up to the first clause mark after its first word of sequence (the
    talks' own clause: "After talks in Doha on Monday, the envoys said they would meet again"
    reads no "would" of the main clause)."""
    norms = [token.norm for token in tokens]
    first = next((at for at, norm in enumerate(norms) if norm in _SEQUENCE), None)
    if first is None:
        return norms
    for left in range(first + 1, len(tokens)):
        if clause_gap(tokens, left, text):
            return norms[: left + 1]
    return norms


def _finished(norms: Sequence[str]) -> bool:
    """The talks noun followed within a few words by its own past verb of ending."""
    for at, norm in enumerate(norms):
        if norm in _TALKS and not _FINISHED.isdisjoint(norms[at + 1 : at + 6]):
            return True
    return False


def _party_at(party: str, tokens: Sequence[Token]) -> list[tuple[int, bool]]:
    """(position, is this party) of each party named in ``tokens``."""
    key = party_of(party)
    found = [(at, named == key) for at, named, _, _ in party_mentions(tokens)]
    if key is None:
        found += [(start, True) for start, _ in find_named(person_part(party), list(tokens))]
    return sorted(found)


def _own_halt(party: str, tokens: Sequence[Token]) -> bool:
    norms = [token.norm for token in tokens]
    words = set(norms)
    stops = not _STOPS.isdisjoint(words)
    owned = not _OWN.isdisjoint(words) and not _TRUCES.isdisjoint(words)
    if not stops and not owned:
        return False
    named = _party_at(party, tokens)
    if not any(mine for _, mine in named):
        return False
    if owned and _own_truce(norms, named):
        return True
    if not _DOUBTED.isdisjoint(words) or not _NEGATIONS.isdisjoint(words):
        return False  # "denied that it would stop", "but has not agreed to the ceasefire"
    return stops and not _conditioned(norms) and _halts(norms, named)


def _conditioned(norms: Sequence[str]) -> bool:
    """A condition in the sentence ("if", "unless", "only when", "as long as")."""
    if not _IFS.isdisjoint(norms):
        return True
    pairs = set(pairwise(norms))
    return bool(pairs & _IF_PAIRS)


def _own_truce(norms: Sequence[str], named: list[tuple[int, bool]]) -> bool:
    """ "Israel's own unilateral ceasefire came into force at 2am"."""
    for at, mine in named:
        if not mine:
            return False  # "Hamas declared a truce, hours after Israel's own ceasefire ...":
            # the sentence is first another party's, whose act the own truce is set beside
        after = norms[at + 1 : at + 5]
        if _OWN.isdisjoint(after) or _TRUCES.isdisjoint(after):
            continue
        rest = norms[at + 2 : at + 10]
        if not _NEGATIONS.isdisjoint(rest):
            continue  # "Armenia's own ceasefire never took effect"
        starts = any(
            tuple(rest[n : n + len(phrase)]) == phrase
            for phrase in _STARTED
            for n in range(len(rest))
        )
        if starts or "began" in rest:
            return True
    return False


def _halts(norms: Sequence[str], named: list[tuple[int, bool]]) -> bool:
    """The party (or "it", "its forces") "would stop"/"will cease" the fighting."""
    for at, norm in enumerate(norms):
        if norm not in _STOPS or norms[at - 1 : at] not in (["would"], ["will"]):
            continue
        fought = norms[at + 1 : at + 5] if _FIGHT.isdisjoint(norms[:at]) else norms
        if _FIGHT.isdisjoint(fought):
            continue  # what stops is the fighting, after the verb or before it ("all
            # hostilities from its forces would cease")
        if not _NEGATIONS.isdisjoint(norms[max(0, at - 3) : at]):
            continue
        if not _DEMANDS.isdisjoint(norms[:at]):
            continue  # "urged that India and Pakistan stop firing"
        speech = max((n for n in range(at) if norms[n] in _SPEECH), default=None)
        start = 0 if speech is None else speech + 1
        if speech is not None and not _own_speaker(named, speech):
            continue  # "Russia said Ukraine would stop": a rival's prediction
        told = [n for n in range(at + 1, len(norms)) if norms[n] in _SPEECH]
        if told and any(not mine for n, mine in named if at < n and n + 4 >= told[0]):
            continue  # "Hamas will halt attacks, Israel said"
        subject = [(n, mine) for n, mine in named if start <= n < at]
        if subject:
            if all(mine for _, mine in subject):
                return True
            continue
        mine_before = any(mine for n, mine in named if n < start)
        others_before = any(not mine for n, mine in named if n < start)
        if mine_before and not others_before and not _PRONOUNS.isdisjoint(norms[start:at]):
            return True
    return False


def _own_speaker(named: list[tuple[int, bool]], speech: int) -> bool:
    """The speech verb's speaker is this party: it alone is named before the verb."""
    before = [mine for n, mine in named if n < speech]
    return not before or all(before)


__all__ = ["ahead_talks", "implied"]
