"""A decision that exists by being announced: its day is the day it was said (session 37).

News copy tells a decision, a pledge or an announcement by the saying that makes it: "Norway
is to buy five frigates from Britain, Prime Minister Jonas Gahr Støre said on Sunday",
"Germany will stop licensing arms exports to Israel, Chancellor Merz said on Friday", "The
Danish government will buy air defence worth 58 billion kroner, the defence minister said on
Friday morning", "Our company must evolve," he said in Wednesday's release (for "Novo
Nordisk announces job cuts"), "The result was announced on Tuesday at Tate Modern" (for a
prize won). The rules that read "said on Sunday" as a report's day (:mod:`event_days`,
:mod:`report_days`, :mod:`day_roles`) are right for a deed told later ("troops crossed the
border last week, officials said on Monday") and for an occasion ahead ("ministers will meet,
the ministry said on Monday"), but here nothing happened before the saying: the saying is the
deed, so its day is the decision's, a measure's announcing day and an announced event's day.

The form read, for a day a verb of saying dates (its verb within a few words before the day):

- the reported clause (the sentence outside the saying's tag) commits its subject to a
  course: "will", "'ll", "is/are to", "would", "plans/intends/decided/agreed/pledged/vowed/
  promised/aims to"; the verb committed to is not an occasion with a time of its own (meet,
  visit, hold, attend, sign, vote, travel, arrive, begin, start, open, resume, launch, ...),
  and for an event its description words it as the decision ("chose to buy", "will buy",
  "plans to cut", "agreed a merger") and the clause tells a word of it: a description of the
  deed itself ("company completes the sale", "drivers' one-day walkout") is the deed ahead;
- or the event is itself a saying by its description ("announces", "unveils", "pledges",
  "declares"): the day of its actor's statement or release is its day;
- or a result is announced on the day ("the result/winner/decision was announced on
  Tuesday") and the event is a prize or an award won: its winning is the announcement
  (never an election's or a match's result: their deed, the vote or the game, came first).

Refused still (the report reading stands): a speaker of another side (analysts, sources,
media; a nation or body named before a title that is none of the fact's: "Ukrainian
officials said Russia will attack"), another time in the sentence (a day, a time, a month,
"earlier", "ago", "already", "last week": "will meet on Friday, the ministry said on Monday",
"the cuts first announced in March, a spokesman said on Wednesday") or a day, time, month or
period in another evidence sentence that is not the value's (a year there is a schedule's:
"the first ship is due in 2030"), and a reported clause that tells a deed done ("crossed",
"had completed": :mod:`report_days` weighs those).

Review rvwhen37 narrowed it: the speaker and the reported clause's subject must be the
decider's (:mod:`said_sides`: no other country, no other body's office, no forecast's
subject); the course committed is no decision or announcement still ahead ("will decide",
"will announce", "will introduce"), no condition ("if"), no measure's extension, keeping or
review, and no decision told as made with a time of its own ("agreed to buy ... in 2023",
"at the weekend"); a description's "to" after a verb of motion is a preposition ("flotilla
sails to Gaza"); the clause tells two of the description's words (its verb and object); a
saying's event is not made ahead, before ("had unveiled") or at a gathering of its own; a
shortlist, a ceremony or a stripping is no prize won.

Left out: a dateline's day for a decision told with no day ("RAHWAY, July 9 (Wire) - Merck
will buy Verona"): whether the lead's news is of the filing day is a reading of wire style,
not of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from summarizer.text.vocabulary import MONTH_NUMBER, MONTHS, STOPWORDS, WEEKDAYS
from ..bylines.date_lines import is_dateline
from ..context import fact_description
from ..page.tokens import Token, tokenize, word_set
from ..sentences.passives import BE, be_before
from .event_about import kin_named
from .event_days import hearer
from .said_sides import other_side, subject_is_decider
from .said_speakers import TITLES, own_side, speaker_span

_SAYING = word_set(
    """said says told tells stated states announced announces declared declares confirmed
    confirms unveiled unveils pledged pledges revealed reveals added adds wrote"""
)
# Words that may stand between the verb of saying and its day ("told reporters on", "said in
# a statement late on", "said in Wednesday's release").
_TO_DAY = word_set(
    """on late early this in a an at statement briefing interview reporters journalists
    lawmakers parliament us him her them"""
)
# Passive results: "The result was announced on Tuesday", "the winners were revealed".
_PASSIVE = word_set("announced unveiled revealed declared named disclosed")
# Not "be" nor "being": "will be announced on Tuesday" is no result yet (the shared list, narrower).
_BE = BE - word_set("be being")
_RESULTS = word_set(
    """result results winner winners decision award awards laureate laureates choice
    selection"""
)  # not "shortlist": a place on it is no prize won (review rvwhen37)
# A prize's handing over at a ceremony of its own, and a prize taken away: not won by the
# announcement of a result (review rvwhen37).
_CEREMONY = word_set("receive receives received ceremony presented handed collect collects")
_REVOKED = word_set(
    """stripped revoked rescinded withdrawn withdrew annulled disqualified forfeited"""
)
_PRIZES = word_set("prize prizes award awards medal medals laureate trophy honour honor")
_CONTESTS = word_set(
    """election elections vote votes poll polls referendum ballot primary match game race
    final tournament"""
)
# Markers of a course committed to in the reported clause.
_WILL = word_set("will 'll would shall")
_TO_VERBS = word_set(
    """plans plan planned intends intend decided decides agreed agrees pledged pledges
    vowed vows promised promises aims aim committed commits chose chooses chosen opted"""
)
_BE_TO = word_set("is are")
_PAST_MARKERS = word_set(
    "planned decided agreed pledged vowed promised committed chose chosen opted"
)
# A decision told as made now, by the perfect ("Norway has chosen the Type 26 frigate").
_PERFECT = word_set("has have")
# The committed verb that is a decision still ahead, or an announcement ahead (review
# rvwhen37): "will decide whether to cut rates", "will announce a new chip", "will
# introduce his bill when the Senate returns".
_LATER = word_set(
    """decide consider review study weigh discuss debate examine assess evaluate announce
    unveil reveal publish introduce propose"""
)
# A measure's course that is no introduction: the measure is in force already or ends.
_NOT_INTRODUCING = word_set("extend renew keep maintain retain continue prolong review")
# A course that ends a measure: no introduction of a measure its name tells as the measure
# ended ("sanctions on Syria"); the lifting may be the measure itself ("lift the ban").
_ENDING = word_set("lift lifts ease end remove scrap drop relax reverse")
_CONDITIONS = word_set("if unless provided providing")
_ADVERBS = word_set("also not now soon then still further again only")
# An occasion of its own where a thing was said before: "at the G7 summit", "at its
# developer conference" (review rvwhen37).
_GATHERINGS = word_set(
    """summit conference event ceremony meeting rally show fair forum gathering congress
    convention expo keynote"""
)
# Seasons and the weekend, a time of their own after "the" ("at the weekend").
_SEASONS = word_set("weekend summer spring autumn winter holidays")
# A committed verb that is an occasion with a time of its own: its day is not the saying's.
_OCCASIONS = word_set(
    """meet meets meeting hold holds attend visit travel fly arrive return sign vote host
    begin start open resume launch convene gather speak address testify appear face play
    take held talks summit go"""
)
# Descriptions that name the event as a saying.
_ANNOUNCING = word_set(
    """announces announced announce announcement unveils unveiled unveil pledges pledged
    pledge declares declared reveals revealed"""
)
# Words that describe an event as a decision or a course committed to ("Norway chose to buy",
# "Denmark will buy", "Siemens plans to cut", "Toyota to build", "agreed an all-share merger").
_DECIDING = word_set(
    """will to chose choose chooses decided decides decision plans plan planned intends
    pledge pledges pledged commits committed agrees agreed opted vows vowed promises"""
)
# Words of another time: the deed's own, told beside the saying's.
_OTHER_TIMES = word_set(
    """yesterday earlier previously ago already overnight recently last tomorrow tonight
    since first"""
)
_RELATIVE_DAYS = word_set("today tonight yesterday tomorrow")
_UNITS = word_set("week weeks month months quarter weekend")  # a year: a schedule's
_PLACING = word_set("last this next previous same within")
_OWNERS = word_set("its his her their our the")
_LAST_OF = _UNITS | set(WEEKDAYS) | word_set("meeting session round summit budget time results")
_WORD = re.compile(r"\w+")


def said_decision(ctx: Any, tokens: Sequence[Token], first: int, last: int, measure: bool) -> bool:
    """Whether the saying's day at ``tokens[first:last + 1]`` (a sentence of the evidence) is
    the day of the decision the saying makes (see the module). ``measure``: a measure's
    introduction, whose deciders are its issuing body and sponsors and which has no
    description to match; else an event's, by its actors and description."""
    fact = ctx.fact
    actors = [str(a) for a in getattr(fact, "actors", None) or []]
    if measure:
        actors = [str(getattr(fact, "issuing_body", "") or "")]
        actors += [str(a) for a in getattr(fact, "sponsors", None) or []]
    actors = [actor for actor in actors if actor.strip()]
    description = "" if measure else fact_description(fact)
    words = frozenset(t.norm for t in tokenize(description) if len(t.norm) > 2) - STOPWORDS
    evidence = [ctx.article.sentence_tokens(i) for i in ctx.sentences]
    if _other_times(tokens, first, last, evidence, ctx.article.text):
        return False
    if _passive_result(tokens, first):
        revoked = any(t.norm in _REVOKED for sentence in evidence for t in sentence)
        return not measure and _won_prize(words) and not words & _CEREMONY and not revoked
    verb = _verb(tokens, first, ctx.article.text)
    if verb is None:
        return False
    speaker = speaker_span(tokens, verb, ctx.article.text)
    said = tokens[speaker[0] : speaker[1]] if speaker else []
    heard = tokens[verb + 1 : first]  # "told First Minister's Questions on Thursday"
    if speaker is None or not own_side(said, actors, words, heard, ctx.article):
        return False
    if other_side(said, actors, evidence, tokens):
        return False  # "Ukraine's energy minister", "Airbus chief executive" (said_sides)
    clause = [t for i, t in enumerate(tokens) if not speaker[0] <= i <= last]
    if {t.norm for t in clause} & _CONDITIONS:
        return False  # "would send troops if the island were attacked": no course taken
    if words & _ANNOUNCING:
        return _announced_now(clause, words)
    committed = _committed(clause)
    if committed is None or not subject_is_decider(clause, committed - 1, actors):
        return False  # "Inflation will fall", "China will retaliate": not the decider's course
    if {t.norm for t in clause[committed : committed + 8]} & _OCCASIONS:
        return False
    course = _first_verb(clause, committed)
    if course in _LATER or (measure and course in _NOT_INTRODUCING):
        return False  # "will decide", "will announce"; a measure "will extend", "will keep"
    name = str(getattr(fact, "name", "") or "") if measure else ""
    if course in _ENDING and name and not {t.norm for t in tokenize(name)} & _ENDING:
        return False  # "will lift its sanctions on Syria" for the sanctions on Syria
    if clause[committed - 1].norm in _PAST_MARKERS and _own_time(clause, ctx):
        return False  # "agreed to buy ... in 2023", "at the weekend": the decision's own time
    if measure:
        return True
    subject = frozenset(t.norm for t in clause[: committed - 1]) - STOPWORDS
    if not _decision_described(description, actors, subject):
        return False  # "company completes the sale", "drivers' walkout": the deed, not the decision
    return _tells_object(clause[committed - 1 :], words, actors)


def _first_verb(clause: Sequence[Token], committed: int) -> str:
    """The verb committed to, past an adverb ("will also buy") and "to" ("agreed to sell")."""
    for token in clause[committed : committed + 4]:
        if token.norm not in _ADVERBS and token.norm != "to":
            return token.norm
    return ""


def _own_time(clause: Sequence[Token], ctx: Any) -> bool:
    """A decision told as made ("agreed to", "decided to") with a time of its own: a year
    before the page's ("in 2023") or a season or weekend after "the" ("at the weekend")."""
    published = getattr(ctx, "published", None)
    for i, token in enumerate(clause):
        if token.norm in _SEASONS and i and clause[i - 1].norm == "the":
            return True
        year = token.is_number and len(token.norm) == 4 and token.norm[:2] in {"19", "20"}
        if year and (published is None or int(token.norm) < published.year):
            return True
    return False


def _announced_now(clause: Sequence[Token], words: frozenset[str]) -> bool:
    """Whether a saying's event (an announcement, an unveiling, a pledge) is made by this
    saying: its verb in the clause is not ahead ("will announce", "is to unveil") nor
    before ("had unveiled"), and not placed at a gathering of its own ("pledged ... at the
    G7 summit", "at its developer conference")."""
    for i, token in enumerate(clause):
        if token.norm in _GATHERINGS and any(t.norm == "at" for t in clause[max(i - 5, 0) : i]):
            return False
        if not kin_named(token.norm, words & _ANNOUNCING):
            continue
        before = {t.norm for t in clause[max(i - 3, 0) : i]}
        if before & (_WILL | word_set("to had")):
            return False
    return True


def _decision_described(
    description: str, actors: Sequence[str], subject: frozenset[str] = frozenset()
) -> bool:
    """Whether the description words the event as a decision: a word of deciding, or "to"
    after its subject or a verb of intent ("Toyota to build"; "Wilko owners to shut stores",
    "owners" a word of the reported clause's subject), not a preposition after a verb of
    motion ("flotilla sails to Gaza", "troops move to the border")."""
    tokens = tokenize(description)
    stems = {t.norm[:4] for a in actors for t in tokenize(a) if len(t.norm) > 3}
    for i, token in enumerate(tokens):
        if token.norm == "to":
            before = tokens[i - 1] if i else None
            if before is not None and (
                before.capitalised
                or before.norm in _TO_VERBS | _BE_TO | word_set("set due going")
                or before.norm[:4] in stems
                or before.norm in subject
            ):
                return True
        elif token.norm in _DECIDING:
            return True
    return False


def _tells_object(clause: Sequence[Token], words: frozenset[str], actors: Sequence[str]) -> bool:
    """Whether the committed clause tells the event's course: its verb and its object, two
    of the description's words past its actors' and its words of deciding ("will buy four
    submarines" is not "decided to buy frigates"), or all of them when fewer. A deciding verb
    of the description the marker tells ("has chosen" for "chose British frigates") is its
    verb told: its object is then enough."""
    actor_words = {t.norm for a in actors for t in tokenize(a)}
    content = {w for w in words if w not in actor_words and w not in _DECIDING}
    told = {
        w for w in content for t in clause if len(t.norm) > 2 and kin_named(t.norm, frozenset({w}))
    }
    marker = clause[0].norm if len(clause) > 1 and clause[1].norm != "to" else ""
    verb = marker in _PAST_MARKERS and any(w[:4] == marker[:4] for w in words & _DECIDING)
    return len(told) + verb >= min(2, len(content) + verb) and bool(told or not content)


def _other_times(
    tokens: Sequence[Token], first: int, last: int, evidence: Sequence[Sequence[Token]],
    text: str,
) -> bool:  # fmt: skip
    """Another time than the day's: a time word in its sentence ("earlier", "ago", "last
    week"), or a day or month in any evidence sentence that is not the day's own (its words
    again: "later on Friday" for "Friday"; its apposition: "Tuesday, May 20"). A year
    elsewhere is a schedule's ("the first ship is due in 2030"), not the decision's, and a
    dateline's day is the filing's ("BERLIN, Aug 8 (Wire) -")."""
    start, end = tokens[first].start, tokens[last].end
    own = {t.norm for t in tokens[first : last + 1]}
    index = last + 1  # "Tuesday, May 20": the apposition is the same day
    while index < len(tokens) and (tokens[index].is_number or _day_word(tokens, index)):
        own.add(tokens[index].norm)
        index += 1
    for sentence in evidence:
        mine = bool(sentence) and sentence[0].start <= start < sentence[-1].end + 1
        for i, token in enumerate(sentence):
            if start <= token.start < end or token.norm in own:
                continue
            if mine and (_time_word(sentence, i) or _unit(sentence, i)):
                return True
            if _day_word(sentence, i) and not _dateline(text, sentence, token):
                return True
    return False


def _time_word(sentence: Sequence[Token], index: int) -> bool:
    """A word of another time; not an office's "First" ("First Minister John Swinney") nor an
    owned "last" of a thing ("its last Boeing 737s", "the last two plants"): no time told."""
    token, before = sentence[index], sentence[index - 1].norm if index else ""
    ahead = [t.norm for t in sentence[index + 1 : index + 4]] or [""]
    first = token.norm == "first" and token.capitalised and ahead[0] in TITLES  # an office
    # an owned "last" is a time before an occasion ("at its last meeting", "in the last budget")
    owned = token.norm == "last" and before in _OWNERS and _LAST_OF.isdisjoint(ahead)
    return token.norm in _OTHER_TIMES and not first and not owned


def _dateline(text: str, sentence: Sequence[Token], token: Token) -> bool:
    """Whether the day word is a dateline's, read in its sentence as :mod:`dates` reads it."""
    own = text[sentence[0].start : sentence[-1].end]
    found = _WORD.match(own, token.start - sentence[0].start)
    return found is not None and is_dateline(own, found)


def _day_word(sentence: Sequence[Token], index: int) -> bool:
    """A weekday, a relative day or a month: "May" and "March" capitalised (not the verbs),
    a month's short form beside a number ("Aug 8", not the name "Jan")."""
    token = sentence[index]
    if token.norm in WEEKDAYS:
        return True
    if token.norm in {"may", "march"}:
        return token.capitalised
    if token.norm in MONTHS:
        return True
    if token.norm in MONTH_NUMBER:
        near = sentence[max(index - 1, 0) : index + 2]
        return any(t.is_number for t in near)
    return token.norm in _RELATIVE_DAYS


def _unit(sentence: Sequence[Token], index: int) -> bool:
    """A placed unit of time ("last week", "this month", "next year")."""
    return index > 0 and sentence[index].norm in _UNITS and sentence[index - 1].norm in _PLACING


def _verb(tokens: Sequence[Token], first: int, text: str) -> int | None:
    """The verb of saying a few words before the day ("said on", "told reporters on")."""
    for i in range(first - 1, max(first - 6, -1), -1):
        if tokens[i].norm in _SAYING:
            return i
        near = tokens[i].norm in _TO_DAY or (tokens[i].capitalised and i < first - 1)
        if not (near or hearer(tokens, i, text)):  # "the company told investors on Tuesday"
            return None
    return None


def _committed(clause: Sequence[Token]) -> int | None:
    """The index just after a marker of a course committed to ("will", "is to", "plans to")."""
    for i, token in enumerate(clause):
        after = clause[i + 1].norm if i + 1 < len(clause) else ""
        if token.norm in _WILL or (token.norm in _BE_TO | _TO_VERBS and after == "to"):
            return i + 1
        if token.norm in _PERFECT and after in _PAST_MARKERS:  # "has chosen the frigate"
            return i + 2
    return None


def _passive_result(tokens: Sequence[Token], first: int) -> bool:
    """ "The result was announced on Tuesday": a result noun, a form of "be" and a passive
    verb of announcing before the day."""
    for i in range(first - 1, max(first - 4, 0), -1):
        if tokens[i].norm in _PASSIVE and be_before(tokens, i, be=_BE):
            return i >= 2 and tokens[i - 2].norm in _RESULTS
        if tokens[i].norm not in _TO_DAY:
            return False
    return False


def _won_prize(words: frozenset[str]) -> bool:
    """A prize or an award won, by the description's words; not a contest's result."""
    return bool(words & _PRIZES) and not words & _CONTESTS


__all__ = ["said_decision"]
