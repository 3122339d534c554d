"""Names an event's evidence gives a part outside the act, for an event's actors
(:mod:`summarizer.verification.sides.event_actors`; an outside check and a review, session 15):

- *the one judging it*: the subject of a verb of condemning or criticising whose object is
  the event ("The African Union condemned the attack on the convoy", "China's commerce
  ministry denounced the EU's anti-subsidy inquiry", "Hanoi protested against Washington's
  case"), the agent of one in the passive ("was denounced by the WHO") or of its noun ("drew
  condemnation from the GCC"). The object is the event when it shares a word with the
  event's description ("the attack on the convoy" for "attack on aid convoy"); a description
  that names no act ("what the article reports") leaves the judge its old reading. Left out:
  an event that is the judging itself (its description says "condemnation", "protest"), and
  a judge that acts too ("Israel condemned the rocket fire and struck Hezbollah positions");
- *the one an inquiry looks into*: a name after "into", "of", "on" or "against" of an
  inquiry's noun, over the words of what it looks into ("an anti-subsidy inquiry into Chinese
  electric cars", "a probe into state aid for Chinese wind turbine makers"), for an event that
  is the inquiry (its description names one);
- *the one hit*: the subject, with its own nouns, of "was hit / targeted / affected by"
  ("Australian barley growers were hit by a Chinese probe");
- *the one watching for breaches*: monitors recording or sent to watch for them
  (:mod:`summarizer.verification.status.breach_records`).

Each is a stated role: the refusal is unsupported.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..page.possessives import is_possessive
from ..page.tokens import Token, clause_gap, word_set
from ..status.breach_records import watches_for

_JUDGING = word_set(
    """condemned condemns condemning condemn denounced denounces denouncing criticised
    criticized criticises criticizes deplored deplores decried decries slammed slams blasted
    blasts protested protests lambasted regretted regrets lamented laments rebuked censured"""
)
_JUDGING_NOUNS = word_set("condemnation condemnations criticism censure rebuke protests outcry")
_JUDGED_STEMS = (
    "condemn", "denounc", "critic", "deplor", "decri", "decry", "slam", "blast", "protest",
    "lambast", "regret", "lament", "rebuk", "censur", "outcry",
)  # fmt: skip
_INQUIRIES = word_set("inquiry inquiries probe probes investigation investigations review")
_INQUIRY_STEMS = ("inquir", "probe", "investigat", "review")
_INTO = word_set("into of on against")
# Words between a judge's name and its verb: its own office, adverbs, days.
_OWN = word_set(
    """the commerce trade foreign ministry ministries government officials official office
    spokesman spokeswoman spokesperson council presidency also has have had swiftly strongly
    sharply quickly on monday tuesday wednesday thursday friday saturday sunday"""
)
_LISTED = word_set("the a an and or")
_OWN_OR_LIST = _OWN | word_set("and or")
_OBJECT_ENDS = word_set("and which who but as while saying calling")
_OPENERS = word_set("against over at the a an")
_DONE = word_set("hit targeted affected singled struck")
_BE = word_set("was were is are been being")
_HAVE = word_set("had has have")
_IRREGULAR = word_set("struck sent hit shot fought led took began launched")


def _stems(words: Sequence[str]) -> set[str]:
    return {word[:5] for word in words if len(word) > 3 and word not in STOPWORDS}


def _object_is_event(tokens: Sequence[Token], verb: int, told: set[str], text: str) -> bool:
    """The verb's object (to the clause's end) is the event, and no verb after "and" gives
    the judge a part in it ("condemned the raid and fired rockets at Ashkelon", for rockets
    fired at Ashkelon; not "condemned the attack and announced sanctions")."""
    index = verb + 1
    while index < len(tokens) and tokens[index].norm in _OPENERS:
        index += 1
    found, acting = False, False
    while index < len(tokens) and index <= verb + 16:
        norm = tokens[index].norm
        if norm == "and" and index + 1 < len(tokens):
            following = tokens[index + 1].norm
            acting = acting or following.endswith("ed") or following in _IRREGULAR
        if norm in _OBJECT_ENDS - {"and"} or (
            index > verb + 1 and clause_gap(tokens, index - 1, text)
        ):
            break
        if len(norm) > 3 and norm[:5] in told:
            if acting:
                return False  # the judge acts in the event too
            found = True
        index += 1
    return found


def _before_is_event(tokens: Sequence[Token], verb: int, told: set[str], text: str) -> bool:
    """The clause before a passive verb or a judging noun names the event."""
    for index in range(verb - 1, -1, -1):
        norm = tokens[index].norm
        if len(norm) > 3 and norm[:5] in told:
            return True
        if index == 0 or clause_gap(tokens, index - 1, text):
            return False
    return False


def _judges(tokens: Sequence[Token], first: int, last: int, text: str, told: set[str]) -> bool:
    start = first
    while start > 0 and (tokens[start - 1].norm in _LISTED or tokens[start - 1].capitalised):
        start -= 1  # "by the WHO", "from the UN Security Council", "by Washington and London"
    if start >= 2 and tokens[start - 1].norm in ("by", "from"):
        link = start - 2
        if tokens[link].norm in _JUDGING_NOUNS or tokens[link].norm in _JUDGING:
            return _before_is_event(tokens, link, told, text)  # "was denounced by the WHO"
    index = last + 1
    while index < len(tokens) and index <= last + 6 and not clause_gap(tokens, index - 1, text):
        token = tokens[index]
        if token.norm in _JUDGING:
            return _object_is_event(tokens, index, told, text)
        if not (token.norm in _OWN_OR_LIST or token.capitalised or token.norm.endswith("ly")):
            return False  # "Britain and France condemned": over the list
        index += 1
    return False


def _looked_into(tokens: Sequence[Token], first: int, text: str) -> bool:
    """The name is in what an inquiry looks into (see the module)."""
    for index in range(first - 1, max(first - 8, 0), -1):
        if clause_gap(tokens, index - 1, text) or tokens[index].capitalised:
            return False
        if tokens[index].norm in _INTO and tokens[index - 1].norm in _INQUIRIES:
            return True
    return False


def _hit(tokens: Sequence[Token], last: int, text: str) -> bool:
    """The name's phrase is the subject of "was hit / targeted by" (see the module)."""
    index = last + 1
    while index < len(tokens) and index <= last + 3 and not tokens[index].capitalised:
        if clause_gap(tokens, index - 1, text):
            return False
        if tokens[index].norm in _HAVE and index + 1 < len(tokens):
            index += tokens[index + 1].norm == "been"  # "had been hit"; not "has hit"
        if tokens[index].norm in _BE:
            while index < len(tokens) and tokens[index].norm in _BE:
                index += 1
            return index < len(tokens) and tokens[index].norm in _DONE
        index += 1
    return False


def outside_act(
    tokens: Sequence[Token], first: int, last: int, text: str, told: Sequence[str]
) -> bool:
    """Whether the name at ``tokens[first..last]`` only judges the event told by ``told``
    (its description's words), is what its inquiry looks into, is hit by it, or watches for
    breaches (see the module)."""
    stems = _stems(told)
    if not any(word.startswith(_JUDGED_STEMS) for word in told) and _judges(
        tokens, first, last, text, stems
    ):
        return True
    inquiry = any(word.startswith(_INQUIRY_STEMS) for word in told)
    if inquiry and _looked_into(tokens, first, text):
        return True
    if is_possessive(tokens[last], text):
        return False
    return _hit(tokens, last, text) or watches_for(tokens, first, last, text)


__all__ = ["outside_act"]
