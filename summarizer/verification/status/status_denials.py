"""A status worded inside a claim the sentence denies (an outside check, session 13): "Reports
that the summit had been called off were false, the ministry said", "Lima denied that the
talks had been postponed", "dismissed reports that ...", "there is no truth to claims that
...", "rejected suggestions that ...". The status words are there, but the sentence says they
are not so: that states the opposite, so the value is refused as *unsupported*, where a plain
negation ("has not been cancelled") stays unread (unconfirmed), as before.

One reading of "a claim called false" for every status rule: the cue rules
(:mod:`statuses`) drop a cue in a denied claim and ask :func:`denied` whether to flag it, and
the not-yet readings (:mod:`status_pending`) drop a reading the sentence calls false after it
(:func:`called_false`).

What opens a denied claim, read back from the cue over at most :data:`_REACH` words:

- a verb of denying, with or without "that" or a report noun after it ("denied that",
  "refuted claims", "denies having cancelled");
- a verb that denies only a report ("dismissed", "rejected", "scotched", "brushed aside",
  "poured cold water on") with a report noun between it and the cue;
- a report noun after words that deny its truth ("no truth to claims that", "no basis for
  reports", "it is not true that", "it is false that");
- a report noun before the cue with a falsity word after it ("Reports that ... were false",
  "Claims the summit was postponed are untrue"), or the cue followed by ", a claim ..."
  and a falsity word ("..., a claim the ministry denied").

Left out: a claim past a clause edge (a contrast, "however", a semicolon or an unpaired
comma: "denied reports of a rift; the summit was postponed" keeps "postponed"), a doubt
("questioned whether": unconfirmed as before, not false), a report confirmed ("confirmed
reports that"), and "denial" as a noun alone ("the denial came after the summit was
cancelled").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from ..page.tokens import word_set
from .status_scope import NEGATIONS

_REACH = 14
_DENYING = word_set(
    """deny denies denied denying refute refutes refuted refuting rebut rebuts rebutted
    rebutting"""
)
# Verbs that deny only a report ("dismissed reports that", not "dismissed the envoy").
_DISMISSING = word_set(
    """dismiss dismisses dismissed dismissing reject rejects rejected rejecting scotch
    scotches scotched scotching quash quashes quashed quashing dispel dispels dispelled
    debunk debunks debunked contest contests contested dispute disputes disputed disputing
    aside cold down"""
)
REPORTS = (
    "report", "claim", "rumo", "speculat", "suggestion", "allegation", "assertion", "stories",
    "story", "insinuat", "notion", "gossip", "hearsay",
)  # fmt: skip
"""Prefixes of the nouns a denied claim is told by."""
FALSE_WORDS = word_set(
    """false untrue wrong contradicted contradict contradicts belied belie refuted disproved
    disputed denied nonsense baseless fake unfounded groundless incorrect inaccurate lies
    fabricated fabrication rubbish premature"""
)
"""Words that call a claim false after it ("were false", "a claim the mediators disputed")."""
_TRUTH = word_set("truth true basis substance foundation")
_TIMES = word_set("after before since following when because")
_TOLD_BY = word_set("a the ,")
_THEN = word_set("then later also quickly swiftly soon promptly")
_EDGES = word_set("but however instead rather although though while whereas yet")
_DOUBTS = word_set("doubted doubts questioned questions")
_PLAIN_DENIALS = word_set("denied denies deny denying dismissed refuted") | _DOUBTS
_REFUSALS = word_set("refused refuses refusing declined declines declining failed fails")
_RULED = word_set("ruled rules rule ruling")
_WHOLE = word_set("two both three several all")  # "between the two ministries": no pair
_SCOPE_ENDS = word_set("but however instead rather although though while ,")
# A verb right after "and" opens a new predicate ("denied a rift between the allies and said").
_PREDICATES = word_set(
    """said says confirmed confirms added adds insisted insists announced announces stressed
    stresses noted notes reiterated reiterates maintained maintains told pledged vowed urged
    called warned agreed agrees promised welcomed described set"""
)


def called_false(norms: Sequence[str], end: int) -> bool:
    """The sentence calls what comes before ``end`` false ("a claim photographs contradict")."""
    return any(n in FALSE_WORDS for n in norms[end:]) or any(
        a == "not" and b == "true" for a, b in pairwise(norms[end:])
    )


def _report(norm: str) -> bool:
    return norm.startswith(REPORTS)


def denied(norms: Sequence[str], start: int, end: int) -> bool:
    """Whether the cue at ``norms[start:end]`` is inside a claim the sentence denies (see the
    module); a negated cue in it is not ("denied it had not agreed", "have not committed, a
    claim ... called false": a denial of a denial)."""
    near = norms[max(start - 4, 0) : start]
    if any(n in NEGATIONS or n.endswith("n't") for n in near):
        return False
    commas = 0
    report_at: int | None = None
    for index in range(start - 1, max(start - _REACH, 0) - 1, -1):
        norm = norms[index]
        if norm in _EDGES:
            return False
        if norm == ",":
            if report_at == index + 1:
                break  # "...; claims that it had been delayed were false": the claim opens here
            commas += 1
            continue
        # "Reports that Trump and Abe dined ...": one name between "and" and the cue joins
        # the cue's subject (session 24); otherwise "and" opens a new predicate ("denied a
        # rift and cancelled the summit")
        subject = index + 2 == start and norms[index + 1] not in _THEN
        if (
            norm == "and"
            and norms[index + 1 : index + 2] != ["that"]
            and not _paired(norms, index)
            and not subject
        ):
            return False
        if commas % 2:
            continue  # "denied a rift, the summit ..." is past the claim's edge
        if norm in _DENYING:
            return True
        if norm in _DISMISSING and report_at is not None:
            return True
        if _report(norm) or norm == "that":
            if _untruth(norms[max(index - 4, 0) : index]):
                return True  # "no truth to claims that", "it is not true that"
            if _report(norm):
                report_at = index
    if commas % 2:
        return False
    after = norms[end:]
    if report_at is not None and called_false(norms, end):
        return True  # "Reports that the summit was called off were false"
    for index in range(min(len(after), 6)):  # ", a claim the ministry denied"
        if after[index] in _TIMES:
            return False  # "cancelled after the reports of a coup proved false"
        if _report(after[index]) and index and after[index - 1] in _TOLD_BY:
            return called_false(after, index + 1)  # "according to a report ... called fake"
    return False


def _paired(norms: Sequence[str], index: int) -> bool:
    """The "and" at ``index`` joins the two sides of "between" ("denied reports that a meeting
    between Ruto and Museveni was planned": one claim), not two predicates (session 23): not
    when a verb of saying or deciding follows it ("denied a rift between the allies and said",
    "between Riyadh and confirmed")."""
    before = norms[max(index - 4, 0) : index]
    if "between" not in before or not _PREDICATES.isdisjoint(norms[index + 1 : index + 2]):
        return False
    side = before[before.index("between") + 1 :]
    return _WHOLE.isdisjoint(side) and "and" not in side and "," not in side


def _untruth(before: Sequence[str]) -> bool:
    """Words that deny a claim's truth before it: "no truth to", "not true", "false", "no
    basis for"."""
    if any(n in FALSE_WORDS for n in before):
        return True
    negated = any(n in NEGATIONS or n.endswith("n't") for n in before)
    return negated and any(n in _TRUTH for n in before)


def negated(norms: Sequence[str], start: int, end: int, phrase: Sequence[str]) -> bool:
    """A cue that is not this value's claim: a negation in the four words before it ("has not
    been cancelled", "no date has been fixed", "has yet to be scheduled"), a refusal ("refused
    to agree", "ruled out lifting"), a denial or doubt in the eight before it ("questioned
    whether the summit would be held"), back to a word that opens a new claim ("not cancelled,
    only postponed"), or a denied claim (:func:`denied`); a cue that begins with a negation is
    read as written ("no plans"), unless a denied claim holds it ("denied that the summit was
    put off without a new date", session 31)."""
    if phrase[0] in NEGATIONS:
        return denied(norms, start, end)
    if start > 1 and norms[start - 1] == "to" and norms[start - 2] in _REFUSALS:
        return True  # "refused to agree", "failed to take hold"
    if _refused_object(norms, start):
        return True  # "refused to prolong Iran's relief": the cue is what was refused (s27)
    if start > 1 and norms[start - 1] == "out" and norms[start - 2] in _RULED:
        return True  # "ruled out lifting the sanctions"
    if denied(norms, start, end):
        return True
    for back in range(1, 9):
        index = start - back
        if index < 0 or norms[index] in _SCOPE_ENDS:
            return False
        norm = norms[index]
        if norm == "no" and norms[index + 1 : index + 2] == ["confidence"]:
            continue  # "the no-confidence motion was passed": a motion's name (review rvea31)
        if norm in _PLAIN_DENIALS or (back <= 4 and (norm in NEGATIONS or norm.endswith("n't"))):
            return True
    return False


def gainsaid(
    norms: Sequence[str], phrases: Sequence[Sequence[str]], lead: Sequence[str], start: int,
    end: int, find: Callable[[Sequence[str], Sequence[str], int], int | None],
) -> bool:  # fmt: skip
    """Whether the negation-led cue ``lead`` at ``norms[start:end]`` ("without a new date",
    "no new date") stands in a
    sentence that negates a plain cue of the same value (one of ``phrases``, found by
    ``find``): "had not been postponed, even without a new date for the follow-up meeting",
    "cancelled outright, not postponed, and no new date would be set". The sentence denies the
    value in so many words, and the negation-led cue tells of something else (review rvlf31);
    read only for such a cue, which few sentences hold. ``find`` opens a phrase only where its
    first word stands (as :func:`statuses.match_at` does: the word, or a stem's "x*" prefix),
    so only those places are tried."""
    if lead[0] not in NEGATIONS:
        return False
    for phrase in phrases:
        first = phrase[0]
        if first in NEGATIONS or first == "\u2026":
            continue
        if first.endswith("*"):
            stem = first[:-1]
            opens = [i for i, norm in enumerate(norms) if norm.startswith(stem)]
        else:
            opens = [i for i, norm in enumerate(norms) if norm == first]
        for index in opens:
            stop = find(phrase, norms, index) if not start <= index < end else None
            if stop is not None and negated(norms, index, stop, phrase):
                return True  # (not the lead's own word: "not yet rescheduled")
    return False


_OBJECT_ENDS = _SCOPE_ENDS | word_set("and or to that which who when if until before after")


def _refused_object(norms: Sequence[str], start: int) -> bool:
    """A cue in the object of an infinitive after a refusal ("refused to prolong Iran's
    relief", "declined to extend the truce"): the infinitive's verb and up to three words of
    its object between "to" and the cue, with no clause break, "and" or second "to" (check
    60: a lifting refused is no lifting)."""
    for to in range(start - 2, max(start - 6, 0), -1):
        if norms[to] in _OBJECT_ENDS and norms[to] != "to":
            return False
        if norms[to] == "to":
            between = norms[to + 1 : start]
            return norms[to - 1] in _REFUSALS and _OBJECT_ENDS.isdisjoint(between)
    return False


__all__ = ["FALSE_WORDS", "REPORTS", "called_false", "denied", "gainsaid", "negated"]
