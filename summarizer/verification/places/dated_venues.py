"""A held meeting's place told beside the meeting's own day (session 27, outside checks 59 and
60), for a summit's place (:func:`rules.support_place`, through
:func:`joined_acts.stated_or_acted`).

The place rule reads a place as the meeting's when a word of meeting governs it ("met in",
"the summit in", "signed in"): a list of verbs and nouns, an open class the news keeps adding
to ("put their names to a trade pact in Asuncion on Saturday", "finished negotiating a free
trade pact in Montevideo on Friday", "wrapped up a fisheries accord in Reykjavik on
Tuesday"), so a held meeting's own place was left unconfirmed whenever its act was worded
with a verb the list lacks or its subject was a group the list does not know ("Senior
diplomats from South Korea, the United States and Japan met in Seoul on Wednesday").

Here the default is turned: "in / at <place>" right beside the meeting's own day (the fact's
``planned_timing``, as written: "in Seoul on Wednesday", "On Saturday in Nairobi") in a
sentence of its evidence is the held meeting's place, unless the clause shows it to be one of
the few shapes a wrong place takes there (a closed class, each read from the clause alone):

- another occasion's clause: the place's clause is opened by a subordinator or a relative
  ("after a cabinet session in Zagreb on Friday", "Pena, who opened a turbine hall in Itaipu
  on Saturday", "While Orban hosted Fico in Budapest on Wednesday");
- a saying's place: a verb of saying or its hearers before it in the clause ("told reporters
  in Doha on Friday", "speaking in Kyiv on Friday");
- a place denied, or a step not yet taken or taken before: "not", "never", "will", "would",
  "had", "again", "previous" in the clause ("was not signed in Nairobi on Friday", "will
  review the pact in Madrid on Friday");
- another named person's act: a name in the clause before the place that is neither a party
  of the fact nor a country or body of the party table ("Putin received Modi in Moscow on
  Tuesday" for Xi and Lula's talks);
- a topic: the place is what an accord or talks are about (:func:`place_topics.subject_matter`,
  "hammered out a truce in Gaza on Friday").

Only the weak refusal ("in its evidence, but not as where this meeting is") is lifted, and only
for a meeting told as held: a place the other rules read as an earlier or a later meeting's
stays refused, and a place beside another day than the meeting's ("held in Oslo on Monday" for
a Thursday signing) is not read here. The fact's own day binds the place to this occasion: a
planted place moved to another city of the sentence loses that day.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import STOPWORDS
from ..context import Context, Result
from ..events.status_calls import HEARERS, SAYING
from ..figures.count_wholes import ADVERBIAL_OPENERS
from ..page.tokens import Token, clause_gap, tokenize, word_set
from ..people.names import NOT_NAMES, TITLES, find_named, find_phrase
from ..people.party_names import party_mentions
from .place_topics import subject_matter

_Rule = Callable[[Any, Supported, Context], Result]

_WEAK = "but not as where this meeting is"
_AT = word_set("in at")
# Words that may stand between the place and its day ("in Seoul on Wednesday", "in Lima late on
# Friday", "On Saturday in Nairobi").
_BETWEEN = word_set("on late early this the")
_REACH = 3
# Clause openers of another occasion: subordinators ("after", "while", "as") and relatives.
_OPENERS = ADVERBIAL_OPENERS | word_set("who which whose that following ahead having during")
# A place denied, or a step before or after the held meeting.
_SHIFTS = word_set("not never n't no nor will would shall had again previous earlier later")
_SAYING = SAYING | HEARERS | word_set("speaking says say telling")
# A clause that tells another occasion or a step not taken, and the words of saying (also
# read by :mod:`capital_epithets` for "the <people> capital").
OTHER_OCCASION = _OPENERS | _SHIFTS
SAYING_WORDS = _SAYING
# Another happening the day's place is told of (review rvpl27): a stop on the way ("landed in
# Lisbon on Monday", "stopped over in Dubai"), an attack or unrest ("A car bomb exploded in
# Kabul on Thursday", "Protests erupted in Tbilisi").
_HAPPENINGS = word_set(
    """landed arrived touched stopped stopover transited refuelled inspected toured exploded
    erupted explosion bomb blast protests protesters rally clashes killed"""
)
# Capitalised words that are no one's name in a subject.
_NOT_PEOPLE = TITLES | NOT_NAMES | STOPWORDS | word_set("the a an")
# Words before a capitalised word that make it a modifier or a body, not an actor.
_MODIFYING = word_set("of from for the a an")


def dated_place(rule: _Rule) -> _Rule:
    """``rule`` (a summit's place), its refusal "not as where this meeting is" lifted when an
    evidence sentence puts the place beside the held meeting's own day (see the module)."""

    def support(value: Any, supported: Supported, ctx: Context) -> Result:
        result = rule(value, supported, ctx)
        fact = ctx.fact
        status = getattr(getattr(fact, "status", None), "value", getattr(fact, "status", None))
        place = str(value).split(",")[0].strip()
        if place.lower().startswith("the "):
            place = place[4:]
        weak = not result[0] and str(result[1]).endswith(_WEAK)
        if status != "held" or not place or not (result[0] or weak):
            return result
        size = len(tokenize(place))
        parties = [str(p) for p in getattr(fact, "parties", None) or [] if p]
        text = ctx.article.text
        found = [(t, at) for t in ctx.sentence_tokens() for at in find_phrase(place, t)]
        if result[0]:
            return result
        day = str(getattr(fact, "planned_timing", None) or "").strip()
        if day and any(dated_venue(t, at, size, day, parties, text) for t, at in found):
            return True, ""
        return result

    return support


def dated_venue(
    tokens: Sequence[Token], start: int, size: int, day: str, parties: Sequence[str], text: str
) -> bool:
    """The place at ``tokens[start : start + size]`` follows "in" / "at" (or "in the"), the
    meeting's ``day`` stands right beside it in its clause, and its clause is none of the
    module's wrong shapes."""
    prep = start - 2 if start >= 2 and tokens[start - 1].norm == "the" else start - 1
    if prep < 0 or tokens[prep].norm not in _AT:
        return False
    if not _beside(tokens, prep, start + size, day, text):
        return False
    first = prep
    while first > 0 and not clause_gap(tokens, first - 1, text):
        first -= 1
    words = {t.norm for t in tokens[first:prep]}
    if not (_OPENERS.isdisjoint(words) and _SHIFTS.isdisjoint(words)):
        return False  # "after talks in X on Friday", "will review it in X on Friday"
    if not _HAPPENINGS.isdisjoint(words):
        return False  # "landed in Lisbon on Monday", "A car bomb exploded in Kabul on Thursday"
    if not _SAYING.isdisjoint(words) or tokens[start + size - 1].norm == "n't":
        return False  # "told reporters in Doha on Friday"
    if subject_matter(tokens, start, size, text):
        return False  # "a truce in Gaza on Friday": what it is about
    return not _other_person(tokens, first, prep, parties, text)


def _beside(tokens: Sequence[Token], prep: int, after: int, day: str, text: str) -> bool:
    """The ``day`` after the place ("in Seoul on Wednesday") or before its preposition ("On
    Saturday in Nairobi"), only :data:`_BETWEEN` words and no clause mark between."""
    for found in find_phrase(day, tokens):
        end = found + len(tokenize(day))
        if found >= after:
            gap, marks = range(after, found), range(after - 1, found)
        elif end <= prep:
            gap, marks = range(end, prep), range(end - 1, prep)
        else:
            continue
        near = len(gap) <= _REACH and all(tokens[i].norm in _BETWEEN for i in gap)
        if near and not any(clause_gap(tokens, i, text) for i in marks):
            return True
    return False


def _other_person(
    tokens: Sequence[Token], first: int, prep: int, parties: Sequence[str], text: str
) -> bool:
    """A name in ``tokens[first:prep]`` that is none of the fact's parties and no country or
    body of the party table: another person acts there ("Putin received Modi in Moscow")."""
    covered: set[int] = set()
    span = tokens[first:prep]
    for at, _key, _kind, size in party_mentions(span):
        covered.update(range(first + at, first + at + size))
    for party in parties:
        for begin, end in find_named(party, span, text):
            covered.update(range(first + begin, first + end + 1))
    own = {t.norm for party in parties for t in tokenize(party)}  # "Lula" of "... Lula da Silva"
    for index in range(first, prep):
        token = tokens[index]
        if index in covered or not token.capitalised or token.norm in _NOT_PEOPLE | own:
            continue
        if index and tokens[index - 1].norm in _MODIFYING and not tokens[index - 1].capitalised:
            continue  # "members of Mercosur", "a Channel crossings deal": a modifier
        if index == 0 and not _name_elsewhere(tokens, token, text):
            continue  # "Senior diplomats from ...", "Negotiators for ...": any opening word
        return True
    return False


def _name_elsewhere(tokens: Sequence[Token], token: Token, text: str) -> bool:
    """A sentence's capitalised first word is a name: the next word goes on with it ("Vladimir
    Putin met"), or the article writes it capitalised inside a sentence too ("... said
    Erdogan")."""
    if len(tokens) > 1 and tokens[1].capitalised and tokens[1].norm not in _NOT_PEOPLE:
        return True
    word = text[token.start : token.end]
    return re.search(rf"[a-z,;] {re.escape(word)}\b", text) is not None


__all__ = ["OTHER_OCCASION", "SAYING_WORDS", "dated_place", "dated_venue"]
