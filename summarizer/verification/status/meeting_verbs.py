"""A meeting's status told by a verb of meeting and its tense, with no status word (an
outside check, session 34: 35 of 144 "no wording for ..." flags on correct values of checks
50-75 were summits ``held`` or ``scheduled`` told this way), for
:func:`status_support.support_status`.

English states whether a meeting happened by the tense of the verb that tells those at it
acting together, not by a fixed word: "sat with Putin for five hours on Tuesday", "Macron
greeted him with an embrace", "the two leaders signed a joint declaration", "were sitting down
with the Americans" tell a meeting ``held``; "will hold talks with Putin on Monday", "are
expected to witness the signing later", "flies on to Busan to see Xi on Thursday", "agreed to
meet again in July", "he said the ministers would finalise the draft at a meeting" tell one
``scheduled``. The two readings are each other's neighbouring stage, so each reads only its
own tense and a sentence that mixes them is read for neither:

- ``held``: a past (or past progressive) verb of meeting, talking or acting together ("met",
  "talked", "sat", "greeted", "hosted", "signed", "pledged", "spoke", "were talking"), not
  after a modal, "to", a negation or a future marker, and not in a clause that opens with
  "who", "which", "before", "until" or "since" (a meeting told as background: "Trump, who
  met Xi in 2019"). "agreed" counts only with no "to" or "that" after it ("agreed to meet"
  is a plan).
- ``scheduled``: a future marker ("will", "shall", "is expected/due/set/scheduled to", "is
  to", "would" after a speech verb, a plan agreed: "agreed to meet") followed by a verb of
  meeting or in a clause that names a meeting or a time to come; or a present verb of
  travel or meeting ("flies", "receives", "gather") with a time to come in the sentence and
  no past time.

Neither reading is made in a sentence with a negation ("did not meet", "neither took place",
"no date has been set"), a condition or doubt ("if", "could", "might", "hopes", "possible",
"willing", "invited", "proposed"), which confirm nothing, nor in one that names none of the
fact's parties or its place. Contradictions (a meeting called off or only proposed) are read
before this by the caller; this answers only whether the value is told.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..context import Context
from ..page.tokens import SINGULAR_POSSESSIVES, Token, clause_gap, tokenize, word_set
from ..sentences.speech import SPEECH_VERBS

_PAST_MEET = word_set(
    """met talked sat greeted hosted conferred gathered convened discussed spoke huddled dined
    lunched negotiated shook embraced hugged visited signed pledged initialled initialed
    chatted welcomed agreed joined"""
)
"""Past verbs of those at a meeting acting together: what they did presumes they met."""
_PROGRESSIVE = word_set("meeting talking sitting negotiating holding discussing chatting")
_WAS = word_set("was were")
_MEET_VERBS = word_set(
    """meet see host receive visit travel fly head attend join hold gather convene talk speak
    sit address chair cochair welcome witness sign confer"""
)
"""Bare verbs a future marker takes for a meeting to come."""
_PRESENT_AHEAD = word_set(
    """flies travels heads visits receives hosts meets sees moves goes arrives gather gathers
    convene convenes"""
)
_FUTURE = word_set("will shall ll")
_DUE = word_set("expected due set scheduled slated poised")
_IS = word_set("is are s am")
_PLANNED = word_set("agreed agree agrees arranged decided settled")
_MEETINGS = word_set(
    """summit summits meeting meetings talks session negotiations conference gathering
    bilateral visit"""
)
_TIMES = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | word_set("next tomorrow later week weekend tonight soon")
)
_PAST_TIMES = word_set("yesterday last ago earlier previously")
# Words that make a sentence confirm nothing: a negation, a condition, a doubt, a wish, a
# meeting undone ("for a conference that was called off hours later").
_DOUBT = word_set(
    """not never no neither nor didn't don't doesn't won't wouldn't isn't aren't wasn't
    weren't hasn't haven't hadn't cannot can't couldn't failed if unless whether
    could might should hope hopes hoped hoping possible possibly perhaps maybe
    willing ready prepared offer offered offers invite invited invites inviting invitation
    propose proposed proposes proposal suggest suggested suggests request requested asked
    urged want wants wanted like likely cancelled canceled postponed scrapped shelved
    abandoned aborted delayed off"""
)
_BEFORE_PAST = word_set("to will would could can shall be been being not never was were is are")
"""Words before a past form that make it no past deed of those at the meeting: a modal, "to",
a negation, or a passive ("The accord was signed in March" tells the accord, not a meeting)."""
_BACKGROUND = word_set("who which whom before until since")


def verb_status(family: str, raw: str, ctx: Context) -> bool:
    """Whether an evidence sentence tells ``raw`` (``held`` or ``scheduled``) by a verb of
    meeting in its own tense (see the module's docstring)."""
    if family != "SummitStatus" or raw not in ("held", "scheduled"):
        return False
    anchors = _anchors(ctx.fact)
    text = ctx.article.text
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        norms = [t.norm for t in tokens]
        named = any(t.capitalised and t.norm not in _TIMES for t in tokens[1:])
        if doubted(norms) or (anchors and named and anchors.isdisjoint(norms)):
            continue
        if anchors and (_other_pair(tokens, anchors) or _agent(tokens, anchors)):
            continue
        breaks = [clause_gap(tokens, i, text) for i in range(len(tokens))]
        past, ahead = _past(norms, breaks), _ahead(norms, breaks, anchors)
        past = past and not _pointed_ahead(norms)
        if (raw == "held" and past and not ahead) or (raw == "scheduled" and ahead and not past):
            return True
    return False


_AHEAD_OF = word_set(
    """ahead eve paving prelude prepare prepares preparing groundwork prior planned upcoming
    forthcoming separately respective respectively apart phone telephone phoned times years
    often regularly usually always every frequently repeatedly letter letters message
    messages"""
)
_LEADS = (["lead", "up"], ["run", "up"])
_NOT_MEETINGS = word_set("press news")


def _pointed_ahead(norms: Sequence[str]) -> bool:
    """Whether the sentence points at a meeting still to come, which its past verb led up
    to: "spoke ahead of Thursday's meeting", "on the eve of their summit", "in the lead-up
    to", "paving the way for", "before the planned summit" (a call before a meeting tells
    the call, not the meeting); or at acts done apart ("signed separately", "in their
    respective capitals", "spoke by phone", "signed a letter to Kim", "greeted him in a
    message": a contact at a distance), or a habit ("have dined together many times
    over the years"), which tell no meeting."""
    if not _AHEAD_OF.isdisjoint(norms):
        return True
    if any(list(norms[at : at + 2]) in _LEADS for at in range(len(norms))):
        return True
    return any(
        norm == "before"
        and any(
            word in _MEETINGS and norms[step - 1] not in _NOT_MEETINGS
            for step, word in enumerate(norms[at + 1 : at + 5], start=at + 1)
        )
        for at, norm in enumerate(norms)
    )


def _agent(tokens: Sequence[Token], anchors: frozenset[str]) -> bool:
    """A party named as another's owner: "Abe's foreign minister lunched" tells the
    minister's meeting, not Abe's."""
    return any(
        token.norm in anchors
        and token.text.endswith(SINGULAR_POSSESSIVES)
        and not tokens[at + 1].capitalised
        for at, token in enumerate(tokens[:-1])
    )


def _other_pair(tokens: Sequence[Token], anchors: frozenset[str]) -> bool:
    """Two names joined by "and", one the fact's and one no party's: "Donald Trump and Lee
    Jae-myung agreed in Gyeongju" tells Trump's meeting with Lee, not with Xi. Each name is
    its whole run of capitalised words, so a title is no other person ("Mr Modi and Sir
    Keir chatted": "Sir Keir" is Starmer's name, read as a party by "keir")."""
    for at in range(1, len(tokens) - 1):
        left, right = tokens[at - 1], tokens[at + 1]
        if tokens[at].norm != "and" or not (left.capitalised and right.capitalised):
            continue
        if _run_named(tokens, at - 1, -1, anchors) != _run_named(tokens, at + 1, 1, anchors):
            return True
    return False


def _run_named(tokens: Sequence[Token], at: int, step: int, anchors: frozenset[str]) -> bool:
    """Whether the run of capitalised words from ``at`` (walking by ``step``) holds a party."""
    while 0 <= at < len(tokens) and tokens[at].capitalised:
        if tokens[at].norm in anchors:
            return True
        at += step
    return False


_MONTH_BEFORE = word_set("in on of early late mid since until by from")


def doubted(norms: Sequence[str]) -> bool:
    """A negation, condition or doubt in the sentence; "may" only as a modal, not the month
    ("in May", "on 3 May")."""
    if not _DOUBT.isdisjoint(norms):
        return True
    return any(
        norm == "may"
        and (not at or (norms[at - 1] not in _MONTH_BEFORE and not norms[at - 1].isdigit()))
        and not (norms[at + 1 : at + 2] and norms[at + 1].isdigit())
        for at, norm in enumerate(norms)
    )


def _anchors(fact: object) -> frozenset[str]:
    """The capitalised words of the fact's parties and place, lower-cased ("xi", "busan")."""
    names = [*(getattr(fact, "parties", None) or []), getattr(fact, "planned_location", None)]
    return frozenset(
        token.norm
        for name in names
        if isinstance(name, str)
        for token in tokenize(name)
        if token.capitalised and len(token.norm) > 2
    )


def _past(norms: Sequence[str], breaks: Sequence[bool]) -> bool:
    """A past verb of meeting outside a background clause, with no modal, "to" or negation
    right before it (the sentence's doubt words are read by the caller)."""
    for at, norm in enumerate(norms):
        if _in_background(norms, breaks, at):
            continue
        before = norms[max(0, at - 2) : at]
        if at and breaks[at - 1]:
            continue  # "The treaty, initialled in Tallinn in May, ...": a participle, no deed
        if norm in _PAST_MEET and _BEFORE_PAST.isdisjoint(before):
            following = norms[at + 1 : at + 2]
            if norm == "agreed" and following and following[0] in ("to", "that"):
                continue
            if norm == "agreed" and _to_meet(norms[at + 1 :]):
                continue  # "had agreed by phone to meet in Budapest": a plan
            return True
        if norm in _PROGRESSIVE and before[-1:] and before[-1] in _WAS:
            return True
        if _BEFORE_PAST.isdisjoint(before) and _past_shape(norms, breaks, at):
            return True
    return False


_OWNERS = word_set("their his her its")
_SPANS = frozenset(WEEKDAYS) | word_set("day days hours hour afternoon morning evening night")


def _past_shape(norms: Sequence[str], breaks: Sequence[bool], at: int) -> bool:
    """The past shapes of meeting that take more than one word: "put their names to",
    "brought Xi together with", "spent Sunday at the mission", "stood with Trump", "stood
    together". A trip made "to see" someone is not read: it tells the trip's purpose, not
    that they met (the case set ``make_statuses48_cases`` holds this)."""
    norm = norms[at]
    end = at + 1
    while end < len(norms) and not breaks[end - 1]:
        end += 1
    rest = norms[at + 1 : end]
    if norm == "put":
        return rest[:2] in (["their", "names"], ["his", "name"], ["her", "name"])
    if norm == "brought":
        return "together" in rest
    if norm == "spent":
        return rest[:1] != [] and rest[0] in _SPANS | _OWNERS | word_set("the a an two three")
    return norm == "stood" and rest[:1] in (["with"], ["alongside"], ["together"])


def _in_background(norms: Sequence[str], breaks: Sequence[bool], at: int) -> bool:
    """Whether the clause holding ``at`` opens with a word of :data:`_BACKGROUND`."""
    start = at
    while start > 0 and not breaks[start - 1]:
        start -= 1
    return not _BACKGROUND.isdisjoint(norms[start:at])


def _to_meet(rest: Sequence[str]) -> bool:
    """Whether ``rest`` holds "to" and a verb of meeting ("to meet again in July")."""
    return any(rest[i] == "to" and rest[i + 1] in _MEET_VERBS for i in range(len(rest) - 1))


def _ahead(norms: Sequence[str], breaks: Sequence[bool], anchors: frozenset[str]) -> bool:
    """A meeting still to come: a future marker with a verb of meeting, or with "at", "for" or
    "during" a meeting, or "with" one of the fact's parties, after it ("would finalise the
    draft at a meeting", "is expected to settle the details with Lula"; not "will skip the
    summit", "will brief reporters on the summit", "is expected to postpone the talks"); a
    plan agreed ("agreed ... to meet", "settled on 24 December for a meeting"); or a present
    verb of travel or meeting with a time to come."""
    for at, norm in enumerate(norms):
        rest = norms[at + 1 :]
        verb = _marked(norms, at)
        end = verb if verb is not None else len(norms)
        while end < len(norms) and not breaks[end]:
            end += 1
        clause = norms[at + 1 : end + 1]  # the marker's clause, up to its next clause mark
        if verb is not None and (
            norms[verb] in _MEET_VERBS or _at_meeting(clause) or _with_party(clause, anchors)
        ):
            return True
        if norm in _PLANNED and (
            _to_meet(rest)
            or (rest[:1] == ["on"] and "for" in rest and not _MEETINGS.isdisjoint(rest))
        ):
            return True
        if (
            norm in _PRESENT_AHEAD
            and at
            and not _TIMES.isdisjoint(norms)
            and _PAST_TIMES.isdisjoint(norms)
            and norms[at - 1] not in ("the", "a", "to")
        ):
            return True
    return False


_AT = word_set("at for during")


def _at_meeting(clause: Sequence[str]) -> bool:
    """A meeting noun within three words after "at", "for" or "during"."""
    return any(
        word in _AT and not _MEETINGS.isdisjoint(clause[step + 1 : step + 4])
        for step, word in enumerate(clause)
    )


def _with_party(clause: Sequence[str], anchors: frozenset[str]) -> bool:
    """One of the fact's parties within three words after "with"."""
    return any(
        word == "with" and not anchors.isdisjoint(clause[step + 1 : step + 4])
        for step, word in enumerate(clause)
    )


def _marked(norms: Sequence[str], at: int) -> int | None:
    """The index of the verb a future marker at ``at`` takes: "will (also) hold", "is
    expected to witness", "are to meet", "would finalise" after a speech verb."""
    norm = norms[at]
    step: int | None = None
    if norm in _FUTURE:
        step = at + 1
    elif norm in _DUE and at and norms[at - 1] in _IS and norms[at + 1 : at + 2] == ["to"]:
        step = at + 2
    elif norm == "expected" and at and norms[at - 1] in _IS and norms[at + 1 : at + 2] == ["at"]:
        step = at + 1  # "Scholz is expected at Bellevue Palace"
    elif norm in _IS and norms[at + 1 : at + 2] == ["to"] and at:
        step = at + 2
    elif norm == "would" and not SPEECH_VERBS.isdisjoint(norms[:at]):
        step = at + 1
    if step is None:
        return None
    while step < len(norms) and norms[step] in ("also", "then", "now", "be", "first"):
        step += 1
    return step if step < len(norms) else None


__all__ = ["doubted", "verb_status"]
