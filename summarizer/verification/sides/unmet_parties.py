"""One told as NOT having met is no party of the meeting (an outside check, session 23: check 48's
false accepts cause 3, "Joseph Kabila ... did not meet").

A person is refused as a party when every evidence sentence naming them words the meeting only
as negated: a verb of meeting ("meet", "met", "meeting", "hold talks", "sit down") governed
right before it by a negation ("did not meet", "never met", "have not yet met", "have yet to
meet", "did not sit down"; not "will not meet": a meeting ahead) or by a refusal ("refused to
meet", "declined to meet", "failed to meet", "failed to meet"), and no verb of meeting in the
sentence that is not so governed ("..., who had refused to meet him for months, finally met him
on Tuesday" stays a party; so does "did not hesitate to meet": the negation governs "hesitate";
nor "..., but X hosted both"). Read only for a meeting held or of no status (the parties of a
meeting planned "have yet to meet"), and only where a sentence names the person and holds a
negation or a refusal (a cheap test first).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..page.tokens import Token, word_set

_MEET = word_set("meet meets met meeting")
_TALKS = {"hold": "talks", "held": "talks", "sit": "down", "sat": "down"}
# Other words of a meeting: not negated, they keep the person ("have not met since 2019, but
# Erdogan hosted both in Istanbul").
_TOGETHER = word_set("hosted hosts received receives greeted attended attends joined visited")
_NEGATIONS = word_set("not never didn't haven't hasn't hadn't don't doesn't")
# "will not meet", "would not sit down": a meeting called off or refused ahead, whose parties
# the fact may still name; only a past or present negation is read.
_AHEAD = word_set("will would shall may might could can")
_REFUSING = word_set("refused refuses refuse declined declines decline failed fails")
_BETWEEN = word_set("yet to be been even once again ever")
_CUES = _NEGATIONS | _REFUSING
# Not meeting someone else or something ("did not meet the press", "failed to meet the
# deadline"): no word on the party.
_NOT_PARTIES = word_set(
    """press reporters journalists media public crowd crowds voters supporters protesters
    students fans families relatives deadline deadlines target targets demand demands
    expectations conditions criteria requirements standards threshold quota"""
)
# A gap since an earlier meeting ("have not met since their summit in Hanoi", "had not met
# since 2019 before Friday's talks"): with a meeting's noun in the sentence, it tells of a
# meeting before or of this one after the gap, not that the person was no party. Without one
# ("have not met since 2011, officials said") the negation stands.
_GAP = word_set("since years months decades")
_MEETING_NOUNS = word_set(
    """summit summits talks meeting meetings session sessions forum conference gathering
    visit"""
)
_GATE = _CUES | {"yet"}


def _meet_at(norms: Sequence[str], index: int) -> bool:
    word = norms[index]
    if word in _MEET or word in _TOGETHER:
        return True
    return _TALKS.get(word) is not None and norms[index + 1 : index + 2] == [_TALKS[word]]


def _negated(norms: Sequence[str], index: int) -> bool:
    """A negation or a refusal governs the verb at ``index``, with only "yet", "to",
    "been", "even", "once", "again", "ever" between."""
    if norms[max(index - 2, 0) : index] == ["yet", "to"]:
        return True  # "have yet to meet"
    back = index - 1
    while back >= 0 and norms[back] in _BETWEEN:
        back -= 1
    if back < 0 or norms[back] not in _CUES:
        return False
    return not (norms[back] == "not" and norms[back - 1 : back] and norms[back - 1] in _AHEAD)


def _aside(norms: Sequence[str], index: int) -> bool:
    """The negated verb at ``index`` is about something else: its object is no party ("the
    press", "the deadline") or it tells a gap ("since 2019", "in years") within six words in
    a sentence naming a meeting."""
    after = norms[index + 1 : index + 7]
    if "," in after:
        after = after[: after.index(",")]
    if not _GAP.isdisjoint(after) and not _MEETING_NOUNS.isdisjoint(norms):
        return True
    first = [n for n in after[:3] if n not in ("the", "with", "a", "any")][:1]
    return bool(first) and first[0] in _NOT_PARTIES


def _unmet_sentence(tokens: Sequence[Token]) -> bool:
    """The sentence has a negated meeting verb and none that is not negated (a negated one
    about something else or a gap since an earlier meeting leaves the sentence unread)."""
    norms = [t.norm for t in tokens]
    found = False
    for index in range(len(norms)):
        if _meet_at(norms, index):
            if not _negated(norms, index) or _aside(norms, index):
                return False
            found = True
    return found


def unmet_party(value: str, ctx: Context) -> bool:
    """Whether every evidence sentence naming the person ``value`` words the meeting only as
    negated (see the module)."""
    status = getattr(ctx.fact, "status", None)
    if str(getattr(status, "value", status) or "") != "held":
        return False  # "have yet to meet" beside a meeting planned: parties of the plan
    names = {w.lower() for w in value.split() if w[:1].isupper() and len(w) > 2}
    if not names:
        return False
    seen = False
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        words = {t.text.lower() for t in tokens}
        if names.isdisjoint(words):
            continue
        if _GATE.isdisjoint(t.norm for t in tokens) or not _unmet_sentence(tokens):
            return False
        seen = True
    return seen


__all__ = ["unmet_party"]
