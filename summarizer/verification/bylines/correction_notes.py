"""Correction notes: a story's own retraction of what it said (check 43).

A note ("An earlier version of this story said the rate was 20%. It is 17%.", "Correction:
the talks will be held in Riyadh, not Jeddah.", "[This article has been updated to reflect that
the summit was postponed, not cancelled.]", "Clarification: a previous version misidentified
the speaker as Lena Berg; it was Ola Strand.") takes back a wording X and puts Y in its place.
A careful reader then:

- refuses a value that rests only on X: X is read out of the note, and out of any sentence
  of the body that still carries X's own words beside the words of X's claim (a body the
  editors left unchanged); if the value's rule refuses it on that text, it is unsupported;
- accepts Y even where the body was not changed: the claim X made is read again with Y's
  complement in X's place ("the rate was 20%" + "It is 17%" -> "the rate was 17%"), and the
  value's own rule reads that sentence.

A note is a sentence naming the story's earlier version or labelled as a correction
(``Correction:``, ``Clarification:``, ``Editor's note:``, "has been corrected/updated"); a
correction some other body issued ("the ministry issued a correction") is no note of the
story's. The reading runs only when the article holds a note's cue words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import STOPWORDS
from ..context import Context, Result
from ..page.article import ArticleText
from ..page.locator import Folded
from ..page.tokens import word_set

_STORY = r"(?:story|article|report|piece|item|dispatch|post|column|text|version)"
_CUE = re.compile(
    r"\b(?:earlier|previous|prior|original|initial)\s+version\s+of\s+(?:this|the)\s+"
    + _STORY
    # without "of this story", only after "a"/"an": "the original version had drawn 71
    # co-sponsors" is a bill's (session 20)
    + r"|\ban?\s+(?:earlier|previous|prior|original|initial)\s+version\b(?!\s+of\b)"
    # a live blog's own entries: "An earlier entry said ..." (check 45)
    r"|\ban?\s+(?:earlier|previous|prior)\s+(?:entry|post|update)\s+(?:here\s+|on\s+this\s+"
    r"(?:page|blog)\s+)?(?:said|stated|reported|gave|put|had|named|listed|described)\b"
    r"|^\W*(?:correction|clarification|editor'?s\s+note|update|corrected|updated|erratum"
    r"|rectification|amended)\b"
    r"|\b(?:this|the)\s+" + _STORY + r"\s+(?:has\s+been|was|is)\s+(?:corrected|updated|amended"
    r"|changed)"
    r"|\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|stated|reported|gave|"
    r"described|identified|attributed|named|put|listed|called|referred)"
    r"|\b(?:misstated|misidentified|misattributed|misreported|misquoted)\b",
    re.IGNORECASE,
)
# On a page holding a note, its further items: "The article also gave the margin as 216-214",
# "The earlier version also said only one official dissented" (checks 71, 72)
_ALSO = re.compile(
    r"^\W*(?:the|this)\s+(?:earlier\s+|original\s+|previous\s+|first\s+)?(?:article|story"
    r"|piece|version|item)\s+also\s+(?=said|stated|gave|reported|called|named|described|listed"
    r"|put|had|referred|identified|wrote)",
    re.IGNORECASE,
)
# a clause after Y giving X's value another role: "; October 2 is when leaders from outside
# the bloc join the talks" (check 57) is no part of the correction's claim
_OTHER_ROLE = re.compile(
    r"^\s*(?:the\s+)?(?:[\w.,%-]+\s+){1,3}(?:is|was|are|were)\s+(?:when|where|the\s+(?:day"
    r"|date|venue|place|city|site|figure|number|total|count)\s+(?:of|for|on|at|when|where)"
    r"|what|who)\b",
    re.IGNORECASE,
)
# what an earlier wording's sentence goes on with when it was right: no correction
_CONFIRMED = re.compile(
    r"(?:,\s*(?:and|as)\b|;)[^.;]*?"  # in a clause of its own, not in the earlier wording
    r"\b(?:confirmed|confirms|confirming|verified|reiterated|repeated|echoed|bore\s+out|"
    r"borne\s+out|proved\s+(?:right|correct)|as\s+expected)\b",
    re.IGNORECASE,
)
_QUICK = (
    "version", "earlier entry", "previous entry", "prior entry", "earlier post", "previous post",
    "prior post", "earlier update", "previous update", "prior update", "correction",
    "clarification", "corrected", "updated", "incorrectly",
    "wrongly", "erroneously", "mistakenly", "misstated", "misidentified", "misattributed",
    "misreported", "editor", "erratum", "rectification", "amended",
)  # fmt: skip
# The verb that reports what the earlier wording was; X is what follows it.
_RETRACTING = re.compile(
    r"\b(?:(?:incorrectly|wrongly|erroneously|mistakenly)\s+)?"
    r"(?:said|stated|reported|gave|listed|put|described|attributed|misattributed|misstated|"
    r"misidentified|misreported|identified|named|referred\s+to|called|wrote|had|included|"
    r"dated|placed|quoted|misquoted)\b(?:\s+that\b)?",
    re.IGNORECASE,
)
# "Y, not X" / "not X but Y" / "Y rather than X" / "Y instead of X"
_NOT_X = re.compile(r",?\s+(?:and\s+)?not\s+(?:as\s+)?(?P<x>[^,;.()\[\]]+)", re.IGNORECASE)
_BUT_Y = re.compile(r"\bnot\s+(?P<x>[^,;.]+?),?\s+but\s+(?P<y>[^,;.]+)", re.IGNORECASE)
_RATHER = re.compile(r"(?P<y>[^,;.:]+?)\s+(?:rather\s+than|instead\s+of)\s+(?P<x>[^,;.]+)", re.I)
_COPULA = re.compile(
    r"\b(?:is|was|are|were|will\s+be|would\s+be|has\s+been|had\s+been|have\s+been|is\s+to\s+be"
    r"|will\s+take\s+place|took\s+place|is\s+now|was\s+in\s+fact|is\s+in\s+fact)\b",
    re.IGNORECASE,
)
_Y_LEAD = re.compile(
    r"^\W*(?:in\s+fact,?\s*|actually,?\s*|rather,?\s*|the\s+correct\s+\w+(?:\s+\w+)?\s+is\s+)?",
    re.IGNORECASE,
)
_PRONOUN_START = re.compile(
    r"^\W*(?:it|they|he|she|that|this|the\s+\w+|in\s+fact|actually|rather|the\s+correct)\b",
    re.IGNORECASE,
)
_SUBJECT_PRONOUN = re.compile(r"^(?:it|they|he|she)(?:['\u2019]s)?\s+(?=\w)", re.IGNORECASE)
_AUXILIARY = re.compile(
    r"\b(?:would|will|was|were|is|are|had|has|have|could|should|might|may|must)\b", re.I
)
_AGENT = re.compile(r"\b(?:said|made|spoken|uttered|delivered|given)\s+by\s+(?P<who>.+)$", re.I)
_QUOTED = re.compile(r"[\"\u201c\u2018'](?P<q>[^\"\u201d\u2019]{2,}?)[\"\u201d\u2019']")
# "not 30 percent as first reported": the story's own wording, not part of X
_FIRST_REPORTED = re.compile(
    r"\s+(?:as|that)\s+(?:we\s+|this\s+\w+\s+|it\s+)?(?:was\s+|had\s+)?(?:first|originally"
    r"|initially|previously|earlier|wrongly|incorrectly)?\s*(?:reported|stated|said|published"
    r"|written|wrote|given|had\s+it)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+|\d+(?:[.,]\d+)?")
_TRIM = " \t\n,;:-\u2014()[]\"'\u201c\u201d"


@dataclass(frozen=True)
class Note:
    """One correction: the retracted wording (``x``, offsets in the article), the claim read
    again with the correction in its place (``restated``), X's own words (``wrong``) and the
    words of X's claim around them (``claim``)."""

    x: tuple[int, int]
    sentence: int  # the note's sentence
    restated: str
    wrong: frozenset[str]
    claim: frozenset[str]


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in _words(text) if w not in STOPWORDS and len(w) > 2)


# "That was the venue of the first round": X's value belongs to another occasion
_ELSEWHERE = re.compile(
    r"^\W*(?:that|this|it|these|those)\s+(?:was|is|were|are|had\s+been)\s+(?:in\s+fact\s+)?"
    r"(?:the\s+|an?\s+)?(?:venue|site|place|location|date|day|city|town|host|figure|rate|number"
    r"|total|count|timing|time|schedule|speaker|author)\s+(?:of|for|at)\b"
    r"|^\W*(?:that|this)\s+(?:was|is)\s+(?:where|when|what|who)\b",
    re.IGNORECASE,
)
_DAY_WORDS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tomorrow tonight
    morning evening afternoon night week month year weekend"""
)


def _field(word: str, source: str) -> str:
    """The kind of value a word of a correction note is: a day, a number, a name (written
    with a capital in ``source``) or another word (a status, a role)."""
    if word in _DAY_WORDS:
        return "day"
    if word[:1].isdigit():
        return "number"
    if re.search(rf"\b{re.escape(word)}\b", source) is None and re.search(
        rf"\b{re.escape(word.capitalize())}\b", source
    ):
        return "name"
    return "word"


def _fields(restated: str, x: str) -> set[str]:
    """The kinds of value the correction gives anew (its words X does not have)."""
    new = _content(restated) | {w for w in _words(restated) if w[:1].isdigit()}
    own = set(_words(x))
    return {_field(w, restated) for w in new if w not in own}


def _clause_end(text: str, start: int) -> int:
    """Where a clause from ``start`` ends: at ``;``, a closing bracket, the end, or before
    "in an earlier version" trailing it."""
    stop = len(text)
    for mark in (";", "]", ")"):
        found = text.find(mark, start)
        if found != -1:
            stop = min(stop, found)
    tail = re.search(r"\s+in\s+(?:an?|the)\s+(?:earlier|previous|prior|original)\b", text[start:])
    if tail:
        stop = min(stop, start + tail.start())
    while stop > start and text[stop - 1] in ".!? ":
        stop -= 1
    return stop


def _restate(x: str, y: str) -> str:
    """X's claim with Y's complement in place of X's ("the rate was 20%" + "It is 17%")."""
    head, _, after = y.partition(";")
    if _OTHER_ROLE.match(after):  # "They meet on October 1; October 2 is when others join"
        y = head
    y = _Y_LEAD.sub("", y).strip(_TRIM)
    agent = _AGENT.search(y)
    quoted = _QUOTED.search(x)
    if agent and quoted:  # "attributed the remark 'we are close' to ..."; "It was said by ..."
        return f"\u201c{quoted.group('q')}\u201d said {agent.group('who').strip(_TRIM)}."
    pronoun = _SUBJECT_PRONOUN.match(y)
    auxiliary = _AUXILIARY.search(x)
    if pronoun and auxiliary and auxiliary.start() > 0:  # "the ceasefire would last" + "It will"
        return f"{x[: auxiliary.start()].strip()} {y[pronoun.end() :].strip()}"
    verb = re.match(r"\w+", y[pronoun.end() :]) if pronoun else None
    shared = verb and re.search(rf"\b{re.escape(verb.group())}\b", x, re.IGNORECASE)
    if pronoun and shared and shared.start() > 0:  # "the talks lasted 15" + "They lasted 50"
        return f"{x[: shared.start()].strip()} {y[pronoun.end() :].strip()}"
    copula = _COPULA.search(y[:60])
    complement = y[copula.end() :].strip(_TRIM) if copula else y
    if copula is None and y[:1].isupper() and len(_words(y)) > 3:
        return y  # a full sentence of its own ("The talks will be held in Riyadh")
    split = None
    for found in _COPULA.finditer(x):
        split = found.end()
    if split is None:
        marker = re.search(r".*\b(?:as|to|at|in|on|for)\b", x, re.IGNORECASE | re.DOTALL)
        split = marker.end() if marker else None
    if split is None and copula is not None and len(_words(x)) <= 3:
        return y  # a bare value taken back ("20 percent, not 30 percent"): Y's own clause
    if split is None:
        keep = max(0, len(x.split()) - len(complement.split()))
        return " ".join([*x.split()[:keep], complement])
    return f"{x[:split].strip()} {complement}"


def _contrasts(sentence: str, shift: int = 0) -> list[tuple[str, int, int, str]]:
    """The "Y, not X", "not X but Y", "Y rather than X" pieces of one sentence."""
    found: list[tuple[str, int, int, str]] = []
    for pattern in (_BUT_Y, _RATHER):
        for match in pattern.finditer(sentence):
            x, y = match.group("x"), match.group("y")
            found.append((x, shift + match.start("x"), shift + match.end("x"), y))
    if found:
        return found
    for match in _NOT_X.finditer(sentence):
        head = sentence[: match.start()]
        y = re.split(r":|\bthat\b|\bto\s+(?:reflect|show|say|state|clarify|correct)\b", head)[-1]
        x = _FIRST_REPORTED.sub("", match.group("x"))
        found.append((x, shift + match.start("x"), shift + match.start("x") + len(x), y))
    return found


def _pieces(sentence: str, following: str, gap: int) -> list[tuple[str, int, int, str]]:
    """(X text, X start, X end, Y text) of one note sentence, offsets within ``sentence``;
    the next sentence (``following``, ``gap`` characters after the note's start) when it gives
    the correction, its own "not X" taken back too."""
    found: list[tuple[str, int, int, str]] = []
    for pattern in (_BUT_Y, _RATHER):
        for match in pattern.finditer(sentence):
            found.append((match.group("x"), match.start("x"), match.end("x"), match.group("y")))
    if found:
        return found
    verb = _RETRACTING.search(sentence)
    if verb is not None and sentence[verb.end() : _clause_end(sentence, verb.end())].strip():
        end = _clause_end(sentence, verb.end())
        x = sentence[verb.end() : end]
        rest = sentence[end:].strip(_TRIM + ".")
        y = rest if rest and not _CUE.search(rest) else following
        start = verb.end() + (len(x) - len(x.lstrip()))
        if y is following and following:
            found = _contrasts(following, gap)
        not_x = _NOT_X.search(y) if y else None
        if not_x:
            y = y[: not_x.start()]
        return [(x.strip(), start, start + len(x.strip()), y), *found]
    return _contrasts(sentence)


def _notes(article: ArticleText) -> list[Note]:
    text = article.text
    notes: list[Note] = []
    spans = article.sentences
    noted = any(_CUE.search(text[start:end]) for start, end in spans)
    for index, (start, end) in enumerate(spans):
        sentence = text[start:end]
        cue = _CUE.search(sentence) or (_ALSO.search(sentence) if noted else None)
        if cue is None or re.search(r"\b(?:ministry|government|agency|office|issued)\b",
                                    sentence[: cue.start()], re.IGNORECASE):  # fmt: skip
            continue
        entry = re.search(r"\b(?:entry|post|update)\b", cue.group(), re.IGNORECASE)
        if entry and _CONFIRMED.search(sentence, cue.end()):
            continue  # "An earlier post said ... Arusha, and the ministry confirmed it"
        following, gap = "", 0
        if index + 1 < len(spans):
            after = text[spans[index + 1][0] : spans[index + 1][1]]
            if _PRONOUN_START.match(after) and not _CUE.search(after):
                following, gap = after, spans[index + 1][0] - start
        for x, x_start, x_end, y in _pieces(sentence, following, gap):
            if not x.strip():
                continue
            elsewhere = y is following and _ELSEWHERE.match(following)
            if elsewhere:  # "That was the venue of the first round; today's is in Brest"
                y = (re.split(r";|\bbut\b|\bwhile\b", following, maxsplit=1)[1:] or [""])[0]
            restated = _restate(x, y) if y.strip() else ""  # taken back, nothing in its place
            wrong = _content(x) - _content(restated)
            wrong |= {w for w in _words(x) if w.isdigit()} - set(_words(restated))
            if elsewhere:
                wrong = frozenset()  # X's value is another occasion's: the body keeps it
            elif restated:  # only the fields Y gives again: a day's note keeps the place
                wrong = frozenset(w for w in wrong if _field(w, x) in _fields(restated, x))
            notes.append(
                Note((start + x_start, start + x_end), index, restated, frozenset(wrong),
                     _content(x) - wrong)
            )  # fmt: skip
    return notes


def article_notes(article: ArticleText) -> list[Note]:
    """The article's correction notes, read once (none unless a cue word is there)."""
    key = "correction notes"
    known: list[Note] | None = article.memo.get(key)
    if known is None:
        lowered = article.lowered
        known = _notes(article) if any(cue in lowered for cue in _QUICK) else []
        article.memo[key] = known
    return known


def blank(text: str, start: int, end: int) -> str:
    return text[:start] + re.sub(r"[^\s.]", " ", text[start:end]) + text[end:]


def _without_retracted(article: ArticleText, notes: list[Note]) -> str:
    text = article.text
    for note in notes:
        text = blank(text, *note.x)
    for start, end in article.sentences:
        sentence = text[start:end]
        words = set(_words(sentence))
        for note in notes:
            if note.wrong & words and note.claim & words:
                for word in note.wrong:
                    for match in re.finditer(rf"\b{re.escape(word)}\b", sentence, re.I):
                        text = blank(text, start + match.start(), start + match.end())
    return text


def _concerns(note: Note, ctx: Context) -> bool:
    """Whether the fact's evidence holds the note or a sentence carrying what it takes back,
    or (a quote) its words are the ones the note is about."""
    words_of = getattr(ctx.fact, "text", None)
    quoted = " ".join(_words(words_of)) if isinstance(words_of, str) else ""
    if quoted and quoted in " ".join(_words(note.restated)):
        return True
    for index in ctx.sentences:
        if index == note.sentence:
            return True
        start, end = ctx.article.sentences[index]
        words = set(_words(ctx.article.text[start:end]))
        if note.wrong & words and note.claim & words:
            return True
    return False


def read_on(text: str, ctx: Context, whole: bool) -> Context:
    article = ArticleText(text)
    sentences = list(range(len(article.sentences))) if whole else ctx.sentences
    return replace(ctx, article=article, folded=Folded(text), sentences=sentences)


def corrected(
    rule_of: Callable[[Any, Supported, Context], Result],
    value: Any,
    rule: Supported,
    ctx: Context,
    result: Result,
) -> Result:
    """``result`` for ``value`` read with the article's correction notes applied."""
    notes = article_notes(ctx.article)
    if not notes:
        return result
    ok, _ = result
    if ok:
        for note in notes:
            if note.restated and rule_of(value, rule, read_on(note.restated, ctx, True))[0]:
                return result  # the note's own correction states it
        masked = _without_retracted(ctx.article, notes)
        if masked == ctx.article.text:
            return result
        if not rule_of(value, rule, read_on(masked, ctx, False))[0]:
            return False, "stated only in wording the story's correction note takes back"
        return result
    for note in notes:
        if not note.restated or not _concerns(note, ctx):
            continue  # another fact's evidence: the note corrects not it
        again = rule_of(value, rule, read_on(note.restated, ctx, True))
        if again[0]:
            return True, f"as the story's correction note puts it: {note.restated[:80]}"
    return result


__all__ = ["Note", "article_notes", "blank", "corrected", "read_on"]
