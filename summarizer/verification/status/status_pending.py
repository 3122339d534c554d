"""A value that states what has happened, contradicted by evidence that says it has not yet
happened (an outside review, session 13): a summit said ``held`` whose leaders "have yet to
sit down together", a party said to have ``agreed`` that "has not given its reply", a truce
said to be ``in_effect`` that "is set to start at midnight". No status list holds these
words as a value of their own (they negate or postpone the value's own verbs), so the value
drew only the unconfirmed flag; they state the opposite, which is *unsupported*.

What is read, per value: a verb of the thing happening (a meeting: meet, take place, go
ahead, be held; an answer: respond, reply, accept, sign, give an answer, or still weighing
it; a truce's start: take effect, come into force, begin, kick in, or being in force) under a
marker that says it has not happened: a negation or "yet to" before it, over auxiliaries and
a few adverbs ("has still not", "is yet to", "hasn't so far"), and, for a truce's start
only, a present future ("will", "is due / set / expected to", "shall").

Read only in the main clause of a sentence about this fact (:func:`status_support.
main_clauses`), and left out when it may not be this fact's state now:

- a past perfect or a past "was due to" ("had yet to meet", "hadn't answered"): a state the
  story may have left behind; "would" (a forecast, or said before the event);
- a bounded period after the verb ("never met before 2017", "did not meet until"), and
  "since" a meeting ("have not met since the Busan summit" says that one was held);
- another meeting, answer or phase: a meeting verb whose object is not one of the fact's own
  names ("have yet to meet Zelensky", "has not met the deadline"), an answer to a counter-
  offer, an annex or a second phase, a truce word under a preposition ("talks on the truce
  will begin") or with another thing between it and the verb ("the truce's second phase");
- a stance's reading whose subject is another party (:func:`stance_owners.not_owned`);
- a question, a condition ("if", "whether"), or a sentence that calls the claim false after
  it ("a claim the photographs contradict").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from ..context import Context
from ..page.tokens import tokenize, word_set
from .stance_owners import not_owned
from .status_denials import called_false
from .status_frames import scheduled_start
from .status_scope import word_matches
from .statuses import clause_norms, match_at, parse_phrases

_MEETING, _ANSWER, _START = "meeting", "answer", "start"
_KINDS = {
    ("SummitStatus", "held"): _MEETING,
    ("SummitStatus", "under_way"): _MEETING,
    ("Stance", "agreed"): _ANSWER,
    ("CeasefireStatus", "in_effect"): _START,
}
LABELS = {_MEETING: "not yet held", _ANSWER: "not yet answered", _START: "not yet in force"}
"""What each reading says, for the flag's reason."""
# Verbs of the thing happening ("|" between phrases, "*" a stem).
_PHRASES = {
    _MEETING: """meet | met | meeting | take place | took place | taken place | takes place |
        happen | happened | happens | go ahead | gone ahead | went ahead | goes ahead |
        materialis* | materializ* | convene | convened | hold | held | holding | sit down |
        sat down | sit together | come face to face | came face to face | come together |
        came together | get together | got together | see each other | seen each other |
        face each other | faced each other""",
    _ANSWER: """respond* | repl* | answer* | decide* | accept* | agree | agreed | agrees |
        sign | signed | signs | approve* | endorse* | consent* | commit | committed |
        give … answer | give … reply | give … response | give … verdict | give … decision |
        give … green light | give … approval | give … consent | given … answer |
        given … reply | given … response | given … verdict | given … decision |
        given … green light | given … approval | given … consent | gave … answer |
        gave … reply | gave … response | make up its mind | made up its mind |
        make up their minds | made up their minds | say yes | said yes | sign off |
        signed off | taken a decision | take a decision | taken a position | take a position""",
    _START: """take effect | taken effect | took effect | takes effect | take hold | taken hold |
        come into force | came into force | comes into force | come into effect |
        came into effect | comes into effect | enter into force | entered into force |
        enters into force |
        go into effect | gone into effect | goes into effect | went into effect |
        go into force | begin | begun | begins | start | started | starts | kick in |
        kicked in | kicks in | in force | in effect | in place | effective | operational |
        taking effect | coming into force | coming into effect | entering into force |
        going into effect | beginning | starting | kicking in""",
}
# Verbs of weighing an answer, which "still" or a present "is" makes pending ("is still
# studying the text", "are weighing the offer").
_WEIGHING = (
    "weigh*", "study*", "studie*", "consider*", "review*", "mull*", "deliberat*", "examin*",
    "assess*", "ponder*", "evaluat*",
)  # fmt: skip
_NEGATIONS = word_set("not never")
_YET = word_set("yet still")
_FUTURE = word_set("will shall")
_DUE = word_set("due set expected scheduled slated supposed meant")
# Words that may stand between a marker and its verb.
_FILLERS = word_set(
    """has have is are be been being do does did will shall to yet still so far formally
    officially publicly fully actually only even ever properly really quite""",
)
_PRESENT_BE = word_set("is are")
_PAST = word_set("had was were would")
_BOUNDS = word_set("before until till prior")
_CONDITIONS = word_set("if whether unless")
# After a meeting verb: words that keep it this meeting ("have yet to meet in person").
_MEETING_OK = word_set(
    """in at on since this next again yet face each one another personally formally so far
    for despite , with together publicly properly officially"""
)
_MEETING_NOUNS = ("summit", "meeting", "talks", "session", "encounter", "visit")
# Verbs whose subject is the leaders themselves ("have yet to meet"); the others need the
# meeting as their subject ("the summit never took place").
_PEOPLE_VERBS = word_set(
    "meet met meeting sit sat come came get got gotten see seen face faced hold held holding "
    "convene convened"
)
# A truce's state rather than its start: only a negation says it is not so yet ("is not yet
# in force"), never a future ("will be in force for 30 days" may be a truce already on).
_STATES = word_set("in effective operational")
# Another answer, agreement or phase than the fact's ("the counter-offer", "the second
# phase", "the withdrawal map").
_OTHER_STEMS = (
    "counter", "annex", "appendi", "phase", "stage", "timetable", "timeline", "sequenc",
    "withdrawal", "release", "exchange", "swap", "mechanism", "extension", "wording",
    "question", "request", "accusation", "claim", "report", "letter", "remark", "comment",
    "invitation", "amend", "revised", "negotiation", "deliveries", "monitor",
    "mission", "pullback", "rebuild", "reconstruct", "election", "demand", "criticis",
    "criticiz", "mediation", "extend", "expan", "broader", "permanent", "lasting",
)  # fmt: skip
_OTHER_WORDS = word_set(
    """second third next final map maps detail details list lists names part parts talks aid
    return returns"""
)
_TRUCE = ("ceasefire", "truce", "armistice", "cessation", "halt", "pause", "moratorium")
DEAL_WORDS = word_set("deal accord agreement")
"""In a truce status's own evidence the deal is the truce ("The deal, mediated by Qatar, is set
to take effect on Sunday"); whole words, so not "dealt", and not for a measure's status."""
_PREPOSITIONS = word_set(
    "of for on under to with about after before during in over toward towards against from"
)
_SKIPPED = word_set("the a an this that its their his her new planned agreed proposed")


@cache
def _phrases(kind: str) -> tuple[tuple[str, ...], ...]:
    return parse_phrases(_PHRASES[kind])


def pending(family: str, raw: str, ctx: Context, heads: dict[int, int]) -> str | None:
    """What the evidence says instead of ``raw`` ("not yet held") when a main clause about
    this fact (``heads``, :func:`status_support.main_clauses`) says it has not happened."""
    kind = _KINDS.get((family, raw))
    if kind is None:
        return None
    own = _own_words(ctx.fact)
    for index, cut in heads.items():
        if not cut or _question(ctx, index):
            continue
        norms = clause_norms(ctx, index)
        for start, verb, end in _readings(kind, norms[:cut]):
            if not _CONDITIONS.isdisjoint(norms[:start]):
                continue  # "if Hamas has not responded by Monday, ..."
            if called_false(norms, end) or not _this_fact(kind, norms, start, verb, end, own):
                continue
            if kind == _ANSWER and not_owned(
                family, ctx.fact, ctx.article, index, norms, start, end
            ):
                continue
            return LABELS[kind]
    return None


def _readings(kind: str, norms: Sequence[str]) -> Iterator[tuple[int, int, int]]:
    """(marker, verb, end) of each not-yet reading in a main clause's norms; a truce's
    present-tense start with a time still to come after it is its own marker ("comes into
    effect tomorrow", "starting at midnight on Sunday")."""
    for verb, end in _verbs(kind, norms):
        marker = _marker(kind, norms, verb)
        if marker is None and kind == _START and scheduled_start(norms, verb, end):
            marker = verb
        if marker is not None:
            yield marker, verb, end


def _verbs(kind: str, norms: Sequence[str]) -> Iterator[tuple[int, int]]:
    for index in range(len(norms)):
        for phrase in _phrases(kind):
            end = match_at(phrase, norms, index, gap=3)
            if end is not None:
                yield index, end
                break
        weighing = any(word_matches(w, norms[index]) for w in _WEIGHING)
        if kind == _ANSWER and weighing and norms[index].endswith("ing"):
            yield index, index + 1


def _marker(kind: str, norms: Sequence[str], verb: int) -> int | None:
    """Where the marker that puts the verb at ``verb`` still to come starts, back over
    fillers to the clause's edge; None when there is none, or when a past perfect or a past
    tense puts it behind the story ("had yet to", "was due to", "would")."""
    found: int | None = None
    back = verb - 1
    weighing = kind == _ANSWER and norms[verb].endswith("ing")
    while back >= 0 and verb - back <= 6:
        norm = norms[back]
        if norm in _PAST or norm in ("hadn't", "wasn't", "weren't", "wouldn't"):
            return None
        if norm in _CONDITIONS:
            return None
        if norm in _NEGATIONS or norm.endswith("n't"):
            found = back
        elif norm in _YET and norms[back + 1 : back + 2] == ["to"]:
            found = back  # "has yet to meet", "is still to be held"
        elif (weighing and (norm == "still" or norm in _PRESENT_BE)) or (
            kind == _START and (norm in _FUTURE or norm.endswith("'ll"))
        ):
            found = back  # "is still weighing", "will take effect"
        elif (
            kind == _START
            and norm in ("to", "going")
            and back >= 1
            and norms[back - 1] in _PRESENT_BE
            and (norm == "to" or norms[back + 1 : back + 2] == ["to"])
        ):
            found = back - 1  # "is to take effect", "is going to come into force"
        elif (
            kind == _START
            and norm in _DUE
            and norms[back + 1 : back + 2] == ["to"]
            and back >= 1
            and norms[back - 1] in _PRESENT_BE
        ):
            found = back - 1  # "is due to begin", "are set to take effect"
        elif norm not in _FILLERS:
            break
        back -= 1
    if found is not None and found >= 1 and norms[found - 1] in _PAST:
        return None
    return found


def _this_fact(
    kind: str, norms: Sequence[str], start: int, verb: int, end: int, own: frozenset[str]
) -> bool:
    """The reading is about this meeting, answer or truce (see the module)."""
    after = list(norms[end : end + 6])
    if "," in after:
        after = after[: after.index(",")]
    if kind != _START and after[:1] and after[0] in _BOUNDS:
        return False
    if kind == _MEETING:
        if after[:1] == ["since"]:
            rest = norms[end + 1 : end + 8]
            if any(n.startswith(_MEETING_NOUNS) or n in own for n in rest):
                return False
        if norms[verb] not in _PEOPLE_VERBS and not any(
            n.startswith(_MEETING_NOUNS) or n in ("it", "one")
            for n in norms[max(start - 6, 0) : start]
        ):
            return False  # "progress has not happened": the subject must be the meeting
        return _meeting_object(norms, verb, end, own)
    if kind == _ANSWER:
        return not any(_other_thing(n) for n in after)
    if norms[verb] in _STATES:
        negated = norms[start] in _NEGATIONS | _YET or norms[start].endswith("n't")
        return start < verb and negated
    return _truce_subject(norms, start)


def _other_thing(norm: str) -> bool:
    return norm in _OTHER_WORDS or norm.startswith(_OTHER_STEMS)


def _meeting_object(norms: Sequence[str], verb: int, end: int, own: frozenset[str]) -> bool:
    """A meeting verb's object is the fact's own (none, "in person", "Xi", "with Trump"),
    or, after "hold", a meeting noun ("have not held a summit")."""
    if norms[verb] in ("hold", "held", "holding") and end == verb + 1:
        return any(n.startswith(_MEETING_NOUNS) for n in norms[end : end + 3]) or (
            verb >= 1 and norms[verb - 1] in ("be", "been", "being")
        )
    if end >= len(norms):
        return True
    following = norms[end]
    if following == "with":
        return end + 1 < len(norms) and norms[end + 1] in own
    return following in _MEETING_OK or following in own or norms[verb] not in ("meet", "met")


def _truce_subject(norms: Sequence[str], start: int) -> bool:
    """A truce word before the marker, not under a preposition ("of the truce") and with no
    other thing before the marker ("the truce's second phase", "talks on extending the
    truce", "the expanded truce")."""
    if any(_other_thing(norm) for norm in norms[:start]):
        return False
    for index in range(start - 1, -1, -1):
        norm = norms[index]
        if norm.startswith(_TRUCE) or norm in DEAL_WORDS:
            back = index - 1
            while back >= 0 and norms[back] in _SKIPPED:
                back -= 1
            return not (back >= 0 and norms[back] in _PREPOSITIONS)
    return False


def _question(ctx: Context, index: int) -> bool:
    start, stop = ctx.article.sentences[index]
    return ctx.article.text[start:stop].rstrip().rstrip("\"'\u201d\u2019").endswith("?")


def _own_words(fact: Any) -> frozenset[str]:
    """The words of a meeting's parties and place: "have yet to meet Xi" is this meeting."""
    parts = [str(p) for p in getattr(fact, "parties", None) or []]
    parts.append(str(getattr(fact, "planned_location", None) or ""))
    return frozenset(t.norm for part in parts for t in tokenize(part))


__all__ = ["DEAL_WORDS", "LABELS", "pending"]
