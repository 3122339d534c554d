"""A summit's ``format`` when it names a medium: in person, by video, by phone.

The format field is free text ("one-on-one", "three-way", "state visit") held only to the
free-text check, so "in person" for a meeting the article says was a video call passed. This
rule judges only a value that names exactly one medium, and answers ``None`` (no verdict,
the free-text check stands) for any other value. It reads the summit's own evidence sentences
for wordings of each medium:

- in person: "in person", "face-to-face", a meeting word with "in/at [the] <Name>" after it
  ("met in Geneva", "talks at the Kremlin"), "hosted", "visited", "arrived", "sat down with",
  "shook hands", "travelled to";
- video: "video" (not "a video address/message/posted"), "videoconference", "virtual(ly)",
  "online" (not "posted online"), "Zoom";
- phone: "phone", "telephone", "phoned", "call" as a noun ("a call", "the call", "phone call";
  not "call for/to/off").

A wording belongs to another meeting when its clause opens with a word of another time or
cause before it ("after a phone call last week, they met in Geneva", "because the two spoke
by telephone") or a word of another time follows it ("a call last week"); it is denied when a
negation stands just before it ("did not meet in person", "rather than by video"), and asked
when "whether" or "if" does ("unclear whether they would meet in person": neither way). When the
fact's own place or a named day of its timing stands next to a wording, the wordings next to
them are this meeting's and only they count.

Supported: this meeting's wordings are of the value's medium only. Refused: they are of
another medium only, or the value's medium is denied. Unconfirmed: nothing words a medium,
both media are worded, or the value's medium is worded only for another meeting.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from summarizer.comparators import Supported
from summarizer.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from ..context import Context, Result, no_evidence, unconfirmed
from ..page.tokens import Token, tokenize, word_set

PERSON, VIDEO, PHONE = "in person", "by video", "by phone"

_VIDEO_WORDS = word_set(
    "video videos videoconference videoconferences videoconferencing videolink videocall "
    "virtual virtually online zoom webcast"
)
_PHONE_WORDS = word_set("phone phones phoned telephone telephoned telephones phonecall")
_CALL_WORDS = word_set("call calls")
# A video that is a statement, not a meeting ("in a video address", "a video posted").
_NOT_MEETING_VIDEO = word_set(
    """address addresses message messages statement posted footage clip clips shared released
    shows showed published appeal speech circulated"""
)
_NOT_MEETING_ONLINE = word_set("posted published shared circulating circulated appeared")
# "call" as a noun of a conversation: after one of these, not before "for/to/off/up".
_CALL_BEFORE = word_set(
    """a an the their his her its this that phone telephone long lengthy brief short minute
    hour first second latest another previous earlier conference our my""",
)
_CALL_NOT_AFTER = word_set("for to off up upon")
_MET = word_set(
    """met meet meets meeting meetings talks summit session sessions held hold holds
    negotiations conference received receives receiving"""
)
_BEING_THERE = word_set(
    """hosted hosts hosting host visited visit visits visiting arrived arrives arriving
    travelled traveled travels travelling traveling flew welcomed welcomes sidelines"""
)
_PLACE_LINKS = word_set("in at")
_DETERMINERS = word_set("the a an")
_PLACE_REACH = 7  # "met Chinese President Xi Jinping in Beijing"
_NOT_PLACES = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"person"}
# Words opening a clause of another meeting or cause, before the wording in its clause.
_OTHER_BEFORE = word_set(
    """after following since before previous previously earlier prior last because unlike
    ahead once"""
)
_OTHER_AFTER = word_set("earlier ago previously last before")
_NEGATIONS = word_set("not no never neither without instead rather than nor n't cannot")
_OPEN_QUESTIONS = word_set("whether if")  # "unclear whether they would meet in person"
_DENIAL_REACH = 5  # "did not meet Mette Frederiksen in person"
_CLAUSE_STOPS = word_set("but while whereas although though")
_GAP_STOPS = frozenset(",;:()\u2014\u2013")
_BACK = 12  # how far back a clause's opening word may stand
_NEAR = 8  # how far an anchor (the fact's place or day) may stand from its wording


class Wording(NamedTuple):
    """One wording of a medium in a sentence: which medium, at which token."""

    medium: str
    at: int


def value_medium(value: str) -> str | None:
    """The one medium a format value names, or None (none, or more than one)."""
    words = [t.norm for t in tokenize(value)]
    found: set[str] = set()
    for index, word in enumerate(words):
        if words[index : index + 2] == ["in", "person"] or words[index : index + 3] == [
            "face",
            "to",
            "face",
        ]:
            found.add(PERSON)
        elif word in _VIDEO_WORDS:
            found.add(VIDEO)
        elif word in _PHONE_WORDS:
            found.add(PHONE)
    if not found and _CALL_WORDS.intersection(words):
        found.add(PHONE)  # "a call", but "a video call" is by video
    return found.pop() if len(found) == 1 else None


def _wordings(tokens: list[Token]) -> list[Wording]:
    """Every wording of a medium in one sentence's tokens."""
    found: list[Wording] = []
    words = [t.norm for t in tokens]
    for index, word in enumerate(words):
        before = words[index - 1] if index else ""
        after = words[index + 1] if index + 1 < len(words) else ""
        if (word == "in" and after == "person") or words[index : index + 3] == [
            "face",
            "to",
            "face",
        ]:
            found.append(Wording(PERSON, index))
        elif word in _VIDEO_WORDS:
            if word in {"video", "videos"} and after in _NOT_MEETING_VIDEO:
                continue
            if word == "online" and before in _NOT_MEETING_ONLINE:
                continue
            found.append(Wording(VIDEO, index))
        elif word in _PHONE_WORDS:
            found.append(Wording(PHONE, index))
        elif word in _CALL_WORDS and before in _CALL_BEFORE and after not in _CALL_NOT_AFTER:
            if before != "video" and not (before == "phone" or before == "telephone"):
                found.append(Wording(PHONE, index))
        elif (
            word in _BEING_THERE
            or (word == "sat" and after == "down")
            or (word == "shook" and after == "hands")
        ):
            found.append(Wording(PERSON, index))
        elif word in _MET:
            place = _place_after(tokens, index)
            if place is not None:
                found.append(Wording(PERSON, place))
    return found


def _place_after(tokens: list[Token], index: int) -> int | None:
    """The index of a named place right after a meeting word ("met in Geneva", "talks at
    the Kremlin"), with no other medium between; None when there is none."""
    for at in range(index + 1, min(index + _PLACE_REACH, len(tokens) - 1)):
        norm = tokens[at].norm
        if norm in _VIDEO_WORDS or norm in _PHONE_WORDS:
            return None
        if norm in _PLACE_LINKS:
            name = at + 1
            if tokens[name].norm in _DETERMINERS and name + 1 < len(tokens):
                name += 1  # "at the Kremlin", "at a South Korean air base"
            named = tokens[name]
            if named.capitalised and named.norm not in _NOT_PLACES:
                return name
            return None
    return None


def _clause_start(text: str, tokens: list[Token], index: int) -> int:
    """The first token of the clause ``tokens[index]`` stands in (a comma, semicolon, dash or
    "but" opens one), looking back at most ``_BACK`` tokens."""
    start = index
    while start > 0 and index - start < _BACK:
        gap = text[tokens[start - 1].end : tokens[start].start]
        if any(mark in gap for mark in _GAP_STOPS) or tokens[start - 1].norm in _CLAUSE_STOPS:
            break
        start -= 1
    return start


def _clause_end(text: str, tokens: list[Token], index: int) -> int:
    end = index
    while end + 1 < len(tokens) and end - index < 4:
        gap = text[tokens[end].end : tokens[end + 1].start]
        if any(mark in gap for mark in _GAP_STOPS) or tokens[end + 1].norm in _CLAUSE_STOPS:
            break
        end += 1
    return end


def _denied(tokens: list[Token], start: int, index: int) -> bool:
    """A negation within five tokens before the wording, in its clause ("did not meet in
    person", "rather than by video")."""
    return any(
        tokens[at].norm in _NEGATIONS for at in range(max(start, index - _DENIAL_REACH), index)
    )


def _asked(tokens: list[Token], start: int, index: int) -> bool:
    """The wording stands in an open question ("unclear whether they would meet in person"),
    within five tokens after "whether" or "if" in its clause."""
    return any(
        tokens[at].norm in _OPEN_QUESTIONS for at in range(max(start, index - _DENIAL_REACH), index)
    )


def _elsewhere(text: str, tokens: list[Token], start: int, index: int) -> bool:
    """The wording is another meeting's: its clause opens with a word of another time or
    cause before it, or such a word follows it closely ("a call last week")."""
    if any(tokens[at].norm in _OTHER_BEFORE for at in range(start, index)):
        return True
    end = _clause_end(text, tokens, index)
    return any(tokens[at].norm in _OTHER_AFTER for at in range(index + 1, end + 1))


_JOINS = word_set("while whereas but and though although")


def _names_in(value: str) -> frozenset[str]:
    """The capitalised words of a format value besides its medium ("Putin by video link"):
    a participant who joined the meeting that way, a hybrid meeting's remote member."""
    return frozenset(
        token.norm
        for token in tokenize(value)
        if token.capitalised
        and token.norm not in _VIDEO_WORDS | _PHONE_WORDS
        and token.norm not in STOPWORDS
    )


def _joins(ctx: Context, index: int, names: frozenset[str], medium: str) -> bool:
    """Whether a clause of the sentence names everyone of ``names`` before its wording of
    ``medium`` ("Putin took part by video link", not "Xi attended in person; Putin ...")."""
    tokens = ctx.article.sentence_tokens(index)
    for wording in _sentence_wordings(ctx, index):
        if wording.medium != medium:
            continue
        if names <= {
            token.norm for token in tokens[_subject_start(ctx, tokens, wording.at) : wording.at]
        }:
            return True
    return False


def _subject_start(ctx: Context, tokens: list[Token], at: int) -> int:
    """Where the clause holding the wording at ``at`` begins, over commas of an aside
    ("Putin, wanted by the ICC, addressed ... by video") but not past a semicolon or a
    joining word ("Xi attended in person, while Putin ...")."""
    text = ctx.article.text
    for index in range(at - 1, 0, -1):
        if tokens[index].norm in _JOINS or ";" in text[tokens[index - 1].end : tokens[index].start]:
            return index
    return 0


def _anchors(fact: Any) -> frozenset[str]:
    """The words that name the fact's own meeting: its place's first comma part, and the
    named days, months and numbers of its timing."""
    words: set[str] = set()
    place = getattr(fact, "planned_location", None)
    if isinstance(place, str) and place:
        words.update(t.norm for t in tokenize(place.split(",")[0]) if t.norm not in STOPWORDS)
    timing = getattr(fact, "planned_timing", None)
    if isinstance(timing, str):
        words.update(t.norm for t in tokenize(timing) if t.capitalised or t.is_number)
    return frozenset(words)


def _sentence_wordings(ctx: Context, index: int) -> list[Wording]:
    """The medium wordings of one sentence, read once per article."""
    key = ("meeting media", index)
    wordings: list[Wording] | None = ctx.article.memo.get(key)
    if wordings is None:
        wordings = ctx.article.memo[key] = _wordings(ctx.article.sentence_tokens(index))
    return wordings


def _sentence_media(ctx: Context, index: int, anchors: frozenset[str]) -> tuple[set[str], ...]:
    """(this meeting's media, media worded only for another meeting, denied media) in one
    sentence. A sentence's wordings are read once per article."""
    tokens = ctx.article.sentence_tokens(index)
    wordings = _sentence_wordings(ctx, index)
    text = ctx.article.text
    owned: set[int] = set()
    for at, token in enumerate(tokens):
        if token.norm in anchors and wordings:
            nearest = min(range(len(wordings)), key=lambda w: abs(wordings[w].at - at))
            if abs(wordings[nearest].at - at) <= _NEAR:
                owned.add(nearest)
    live: set[str] = set()
    other: set[str] = set()
    denied: set[str] = set()
    for number, wording in enumerate(wordings):
        start = _clause_start(text, tokens, wording.at)
        if _asked(tokens, start, wording.at):
            other.add(wording.medium)  # an open question says neither way
        elif _denied(tokens, start, wording.at):
            denied.add(wording.medium)
        elif (owned and number not in owned) or (
            not owned and _elsewhere(text, tokens, start, wording.at)
        ):
            other.add(wording.medium)
        else:
            live.add(wording.medium)
    return live, other, denied


def support_medium(value: Any, rule: Supported, ctx: Context) -> Result | None:
    """Does the summit's evidence word the medium ``value`` names for this meeting? None
    when the value names no one medium ("three-way", "bilateral", "state visit")."""
    medium = value_medium(value) if isinstance(value, str) else None
    if medium is None:
        return None
    if not ctx.sentences:
        return no_evidence(ctx)
    anchors = _anchors(ctx.fact)
    names = _names_in(value)  # "Putin by video link": one who joined a meeting held in person
    live: set[str] = set()
    other: set[str] = set()
    denied: set[str] = set()
    joined = False
    for index in ctx.sentences:
        here, elsewhere, negated = _sentence_media(ctx, index, anchors)
        live |= here
        other |= elsewhere
        denied |= negated
        joined = joined or (bool(names) and medium in here and _joins(ctx, index, names, medium))
    rest = live - {medium}
    if medium in live and (not rest or joined):
        if joined:
            return True, f"its evidence has {' '.join(sorted(names)).title()} take part {medium}"
        return True, f"its evidence has this meeting held {medium}"
    if medium in live:
        return unconfirmed(f"its evidence words this meeting both {medium} and {min(rest)}")
    if rest:
        return False, f"its evidence has this meeting held {min(rest)}, not {medium}"
    if medium in denied:
        return False, f"its evidence says the meeting was not held {medium}"
    if medium in other:
        return unconfirmed(f"its evidence words {medium} only for another meeting or as a question")
    return unconfirmed("no wording of how they meet in its evidence")


__all__ = ["support_medium", "value_medium"]
