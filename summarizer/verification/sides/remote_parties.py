"""One named only beside the meeting, at a distance, is no party of it (check 44).

"Kishida met Yoon in Seoul; Biden spoke to both by phone" names Biden, but in a clause of his
own whose predicate is a contact at a distance; "Lukashenko hosted Putin in Minsk while
Zelensky addressed parliament in Kyiv" places Zelensky elsewhere at the time. The shape: the
evidence sentence splits into clauses at ";", at "while", "whereas", "as" and "meanwhile", and
at ", and" / ", but" before a capitalised subject; a clause is the meeting's when its predicate
is a meeting verb ("met", "hosted", "received", "held talks", "talks between", "sat down with",
"joined", "attended", "took part", "visited"). A person is refused when every clause naming
them is not a meeting clause, another clause of the sentence is, and each clause naming them
carries a predicate of distance: a call or a message ("by phone", "telephoned", "rang",
"called", "sent a message", "wrote to", "tweeted"), being told or watching ("was briefed",
"watched", "followed the talks", "monitored"; not one arriving in turn: "X followed a few
minutes later; both were greeted by Y", check 50), a comment ("said", "welcomed the meeting",
"praised"), a judgement of it ("criticised the meeting", "condemned the talks", "denounced",
"questioned", "applauded"), or a place not the meeting's (not a month or a day: "in Kyiv",
"from Washington", where the meeting's clause names no Kyiv or Washington). A relative clause
stays in its clause ("Putin, who had telephoned Erdogan, met him in Sochi"), and one who
"joined them" or "also attended" in a clause of their own has a meeting clause: both stay
parties. A meeting clause of the person's own is another meeting when it names none of the
fact's other parties and refers back to none ("joined them"), another meeting clause names them
all, and it places the person's meeting elsewhere ("Kishida met Yoon in Seoul, while Biden
hosted Modi in Washington": session 20 review; "At the invitation of A, B and King C, President
D will pay state visits", a list split at ", and", is one visit). The meeting clause may stand
in another sentence of the evidence when it names two of the fact's other parties and no group
("Putin met Xi in the Kremlin. Kim Jong Un sent a message of congratulations.": check 50).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..context import Context
from ..page.tokens import word_set

_CUES = (
    "phone", "rang", "call", "message", "letter", "wrote", "writes", "tweet", "post",
    "brief", "watch", "follow", "monitor", "said", "says", "told", "welcom", "prais", "hail",
    "congratulat", "from ", " in ", "informed", "video", "statement", "critici", "condemn",
    "denounc", "slam", "attack", "question", "blast", "decri", "lambast", "deplor", "protest",
    "object", "applaud", "dismiss", "mock", "ridicul", "oppos",
)  # fmt: skip
_SPLIT = re.compile(
    r";|,?\s+(?:while|whereas|meanwhile|even\s+as)\s+|,\s+as\s+|\s+as\s+(?=[A-Z])"
    r"|,\s+(?:and|but|yet)\s+(?=[A-Z])(?!(?:They|He|She|Both|The\s+two)\b)"
)
_MEETING = re.compile(
    r"\b(?:met|meet|meets|meeting\s+with|hosted|hosts|hosting|received|receives|welcomed\s+"
    r"(?!the\b|a\b|an\b)|held\s+talks|holds\s+talks|hold\s+talks|talks\s+(?:between|with)"
    r"|talked\s+with|sat\s+down|sit\s+down|joined|joins|join|attended|attends|attend"
    r"|took\s+part|take\s+part|takes\s+part|participated|visited|visits|greeted"
    r"|shook\s+hands|summit\s+(?:between|with)|conferred|negotiated\s+with|invitation"
    r"|invited|invites)\b",
    re.IGNORECASE,
)
# Every word a match of _MEETING starts with: a clause whose words hold none has no match.
_MEETING_WORDS = word_set(
    """met meet meets meeting hosted hosts hosting received receives welcomed held holds hold
    talks talked sat sit joined joins join attended attends attend took take takes
    participated visited visits greeted shook summit conferred negotiated invitation invited
    invites"""
)
_WORD = re.compile(r"[a-z]+")
# Letters whose lower case is no ASCII letter though the regex's case folding matches one.
_ODD_LETTERS = ("\u017f", "\u0131", "\u0130")
_DISTANCE = re.compile(
    r"\b(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|by\s+video|phoned|phones|telephoned"
    r"|telephones|rang|called|calls|messaged|texted|tweeted|posted|wrote|writes"
    r"|sent\s+(?:a|an|his|her|their|its)\s+(?:\w+\s+){0,2}(?:message|letter|note|greetings"
    r"|congratulations|statement)|issued\s+a\s+statement|(?:was|were)\s+(?:being\s+)?"
    r"(?:briefed|informed|kept\s+informed|updated)|watched|watches|(?:followed|follows)"
    # "followed a few minutes later", "followed shortly": one arriving in turn (check 50)
    r"(?!\s+(?:(?:(?:a\s+)?few|a|an|two|three|several|some|\d+)\s+)?(?:minutes?|moments?"
    r"|hours?|seconds?)\s+later|\s+(?:shortly|soon|later|suit|close\s+behind|behind)\b)"
    r"|monitored|monitors|said|says|told|commented|welcomed|welcomes|praised|praises|hailed"
    r"|hails|congratulated|congratulates"
    # a judgement of the meeting from outside it (check 48: "criticised the meeting")
    r"|critici[sz]ed|critici[sz]es|condemned|condemns|denounced|denounces|slammed|slams"
    r"|attacked|attacks|questioned|questions|blasted|blasts|decried|decries|lambasted"
    r"|deplored|deplores|protested|protests|objected|objects\s+to|applauded|applauds"
    r"|dismissed|dismisses|mocked|mocks|ridiculed|ridicules|opposed|opposes)\b",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b(?:in|from|at)\s+(?!(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Spring|Summer|Autumn|Fall|Winter)\b)([A-Z][\w'-]+)"
)


@lru_cache(maxsize=1024)
def _name_pattern(value: str) -> re.Pattern[str] | None:
    """Any word a person is named by (each capitalised word of three letters or more), as a
    whole word; None when there is none. Compiled once per value."""
    names = [p for p in value.split() if p[:1].isupper() and len(p) > 2]
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def _elsewhere(clause: str, meetings: list[str]) -> bool:
    """The clause places someone in, at or from a place no meeting clause names."""
    return any(
        not any(place.group(1) in other for other in meetings) for place in _PLACE.finditer(clause)
    )


@lru_cache(maxsize=4096)
def _meeting(clause: str) -> bool:
    """Whether ``_MEETING`` matches in the clause, asked only when one of its first words
    stands in it as a whole word (a cheap test first: most sentences hold none). Kept per
    clause: every party of a fact reads the same evidence clauses."""
    if _MEETING_WORDS.isdisjoint(_WORD.findall(clause.lower())) and not any(
        odd in clause for odd in _ODD_LETTERS
    ):
        return False
    return _MEETING.search(clause) is not None


_ALONG = re.compile(r"\b(?:them|both|him|her|the\s+two|the\s+pair|the\s+leaders)\b", re.I)


def _other_meeting(
    value: str, mine: list[str], clauses: list[str], own: list[str], ctx: Context
) -> list[str] | None:
    """The other meeting clauses when the person's own meeting clauses (``mine``) are
    another meeting (session 20 review: "Kishida met Yoon in Seoul, while Biden hosted Modi
    in Washington"): none of them names another of the fact's parties or refers back to them
    ("joined them by video"), and another meeting clause names every other party; else
    None. The cheap tests on ``mine`` come first: most meeting clauses name the others."""
    parties = getattr(ctx.fact, "parties", None) or ()
    others = [n for n in (_name_pattern(str(p)) for p in parties if str(p) != value) if n]
    if not others or any(_ALONG.search(c) or any(n.search(c) for n in others) for c in mine):
        return None
    rest = [c for c in clauses if c not in own and _meeting(c)]
    if not rest or not all(any(n.search(c) for c in rest) for n in others):
        return None
    # and each of the person's meetings is placed where the others' is not ("in Washington"):
    # a list split at ", and King X, President Y will pay state visits" is one visit (check 43)
    return rest if all(_elsewhere(c, rest) for c in mine) else None


def _others_met(value: str, ctx: Context, names: re.Pattern[str]) -> list[str]:
    """The meeting clauses of the evidence's other sentences (those not naming the person)
    that name two of the fact's other parties or more and refer back to no group ("Putin met
    Xi in the Kremlin." beside "Kim Jong Un sent a message of congratulations."; check 50):
    a meeting complete without the person. "The two leaders met." names none, and a meeting
    with one party named ("Yoon hosted a dinner.") may have had the person at it."""
    parties = getattr(ctx.fact, "parties", None) or ()
    others = [n for n in (_name_pattern(str(p)) for p in parties if str(p) != value) if n]
    if len(others) < 2:
        return []
    found: list[str] = []
    for index in ctx.sentences:
        start, end = ctx.article.sentences[index]
        sentence = ctx.article.text[start:end]
        if names.search(sentence):
            continue
        for clause in _clauses(sentence):
            if not _meeting(clause) or _ALONG.search(clause):
                continue
            if sum(1 for n in others if n.search(clause)) >= 2:
                found.append(clause)
    return found


@lru_cache(maxsize=1024)
def _clauses(sentence: str) -> tuple[str, ...]:
    """The sentence's clauses (see the module), split once per sentence: every party of a
    fact that the sentence names splits it again."""
    return tuple(c for c in _SPLIT.split(sentence) if c and c.strip())


def remote_party(value: str, ctx: Context) -> bool:
    """Whether every evidence clause naming the person ``value`` is one of distance beside
    the meeting's clause (see the module's doc)."""
    cued = ctx.article.memo.get("remote cues")
    if cued is None:
        cued = ctx.article.memo["remote cues"] = any(c in ctx.article.lowered for c in _CUES)
    names = _name_pattern(value)
    if not cued or names is None:
        return False
    seen = False
    for index in ctx.sentences:
        start, end = ctx.article.sentences[index]
        sentence = ctx.article.text[start:end]
        if not names.search(sentence):
            continue
        clauses = list(_clauses(sentence))
        own = [c for c in clauses if names.search(c)]
        mine = [c for c in own if _meeting(c)]  # a meeting clause names them (most often)
        if mine:
            rest = _other_meeting(value, mine, clauses, own, ctx)
            if rest is None:
                return False
        else:
            rest = [c for c in clauses if c not in own and _meeting(c)]
            rest = rest or _others_met(value, ctx, names)  # "A met B. C sent a message."
        if not rest:
            return False
        meetings = [*rest, *mine]
        own = [c for c in own if c not in meetings]
        for clause in own:
            if not (_DISTANCE.search(clause) or _elsewhere(clause, meetings)):
                return False
        seen = True
    return seen


__all__ = ["remote_party"]
