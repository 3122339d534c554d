"""A place governed by a verb of holding whose subject or head is a meeting noun (outside
check 42), for :func:`summarizer.verification.places.talk_places.talks_meeting`:

- passive, with words of time or manner between the verb of being and the participle, as
  translated copy writes it: "The second China-Central Asia Summit was on Tuesday held in
  Astana", "Consultations between the two foreign ministers were on Monday conducted in
  Tashkent", "The meeting was yesterday successfully held in Ulaanbaatar", also over one aside
  between commas ("The summit, first mooted in Vilnius, was on Friday held in Tallinn");
- a reduced relative: "agreed to a ceasefire in talks held in Doha", "at negotiations hosted
  in Jeddah": the noun right before the participle.

The meeting noun then governs the place whatever else the sentence names before its clause
(a dateline, a summit's own name such as "China-Central Asia"), when the clause is about the
parties (:func:`own_held`): no negation ("The talks will not be held in Nairobi") and no
other party named in it ("The talks between Russia and Ukraine were held in Istanbul",
"negotiations among the Sudanese factions"); a country the article ties a party to counts as
the party's ("Pakistan and Afghanistan agreed ... in talks held in Doha" for the two sides'
defence ministers). An earlier occasion's meeting governs nothing here: a pluperfect ("had
been held in Tunis") or an earlier word before the noun ("The previous session, the 30th
ordinary session, was held in Tunis"; session 19, check 43's plant). The caller still tests
the place for an earlier occasion ("the round held earlier in Dushanbe" is read as earlier by
the word "earlier").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..occasions.occasion_days import EARLIER_WORDS
from ..page.article import ArticleText
from ..page.tokens import Token, clause_gap, tokenize, word_set
from ..people.party_names import party_mentions, party_of, ties

_NOUNS = word_set(
    """summit summits talks meeting meetings consultations negotiations discussions round
    rounds conference session sessions forum dialogue parleys"""
)
_HOLDING = word_set("""held conducted convened staged organised organized hosted opened""")
_BEING = word_set("was were is are been be")
# Words between the verb of being and the participle: time, manner ("on Tuesday", "yesterday
# successfully"), or between the participle and "in" ("held earlier in", "held there in").
_BETWEEN = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | word_set(
        """on today yesterday tonight successfully formally officially also jointly finally
    eventually duly solemnly grandly first again earlier later previously last this morning
    afternoon evening night week month the"""
    )
)
_AT = word_set("in at")
_NEGATIONS = word_set("not never no n't nor neither")
_SUBJECT_REACH = 14


def held_meeting(tokens: Sequence[Token], start: int, text: str) -> int | None:
    """The index of the meeting noun whose verb of holding governs the place at
    ``tokens[start]``, or None (see the module)."""
    if start < 2 or tokens[start - 1].norm not in _AT:
        return None
    verb = start - 2
    while verb > 0 and tokens[verb].norm in _BETWEEN and start - verb <= 4:
        verb -= 1  # "held earlier in Dushanbe"
    if tokens[verb].norm not in _HOLDING:
        return None
    if verb >= 1 and tokens[verb - 1].norm in _NOUNS and not clause_gap(tokens, verb - 1, text):
        return None if _earlier(tokens, verb - 1, verb) else verb - 1  # "in talks held in Doha"
    index = verb - 1
    while index > 0 and tokens[index].norm in _BETWEEN and not clause_gap(tokens, index, text):
        index -= 1  # "was on Tuesday held", "was yesterday successfully held"
    if index < 0 or tokens[index].norm not in _BEING:
        return None
    if tokens[index].norm == "been" and index and tokens[index - 1].norm == "had":
        return None  # "had been held in Tunis": a pluperfect, an earlier occasion
    noun = _subject(tokens, index, text)
    return None if noun is None or _earlier(tokens, noun, index) else noun


def _earlier(tokens: Sequence[Token], noun: int, end: int) -> bool:
    """An earlier word before the meeting noun, or in its aside up to the verb ("The previous
    session, the 30th ordinary session, was held in Tunis")."""
    return any(t.norm in EARLIER_WORDS for t in tokens[max(noun - 6, 0) : end])


def _subject(tokens: Sequence[Token], being: int, text: str) -> int | None:
    """The meeting noun that is the subject of the verb of being at ``being``: the nearest
    one before it in its clause, over one aside between commas."""
    asides = 0
    for index in range(being - 1, max(being - _SUBJECT_REACH, -1), -1):
        if clause_gap(tokens, index, text):
            asides += 1
            if asides > 2:
                return None  # "The summit, first mooted in Vilnius, was": one aside only
        if tokens[index].norm in _NOUNS:
            if asides == 1:
                continue  # a noun inside the aside
            return index
    return None


def own_held(
    tokens: Sequence[Token], noun: int, start: int, parties: Sequence[str], article: ArticleText
) -> bool:
    """Whether the clause of the held meeting at ``tokens[noun]`` is about the parties: no
    negation between noun and place, and every party the clause names (up to the place) one
    of theirs or tied to one of them in the article (see the module)."""
    if any(t.norm in _NEGATIONS for t in tokens[noun:start]):
        return False
    first = noun
    while first > 0 and not clause_gap(tokens, first - 1, article.text):
        first -= 1
    named = {key for _, key, _, _ in party_mentions(tokens[first:start])}
    if not named:
        return True
    own: set[str] = set()
    for party in parties:
        key = party_of(str(party))
        if key is not None:
            own.add(key)
            continue
        words = tokenize(str(party))
        if words:
            own |= ties(article, words[-1].norm) | _led_side(article, words[-1].norm)
    return named <= own


_LED = word_set("led headed")
_SIDES = word_set("side delegation team")


def _led_side(article: ArticleText, surname: str) -> set[str]:
    """The parties whose side the article says a surname led ("The Pakistani side was led by
    Defence Minister Khawaja Muhammad Asif")."""
    found: set[str] = set()
    for begin, end in article.phrase_spans((surname,)):
        before = article.window_tokens(begin, end, before=90)
        if not any(t.norm in _LED for t in before):
            continue
        for index, key, _, size in party_mentions(before):
            following = before[index + size] if index + size < len(before) else None
            if following is not None and following.norm in _SIDES:
                found.add(key)
    return found


__all__ = ["held_meeting", "own_held"]
