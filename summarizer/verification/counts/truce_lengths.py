"""A truce's length in days, read from more of the words a truce is worded with (an outside
check, session 14: "a three-day suspension of hostilities", "a 48-hour lull", "a week-long
halt to the fighting" and "cessation of hostilities for ten days" supported no length), for a
ceasefire's ``duration_days`` (:func:`summarizer.verification.counts.number_rules.support_number`):

- "suspension", "cessation" and "lull" word a truce when what they suspend is fighting: an
  object after "of", "in", "to", "on" or "from" holding a word of hostilities ("a suspension
  of hostilities", "a cessation of attacks", "a lull in the shelling"); a bare "lull" is a
  lull in the fighting too, a bare "suspension" or "cessation" is nothing yet; so do the
  nouns of lessening fighting (check 46: a seven-day "reduction in violence", later called a
  partial truce, gave 7 as "the length of a reduction"): "reduction", "decrease", "letup",
  "respite", "abatement", "easing", "scaling" (back), with that same object ("a reduction in
  violence", "a respite from the shelling"), while "a 30-day reduction in tariffs" is none;
  not when the sentence has a truce word of its own and another length (a stage of it: "the
  45-day truce followed a seven-day reduction in violence"), nor a strike or fire with no
  weapon before it ("a decrease in strikes at the port", "an easing of fire restrictions")
  or a fighting word that only qualifies another noun ("strikes-related penalties");
- the words a truce was already worded by that take an object ("pause", "halt", "suspend",
  "stop", "moratorium") word none when their object is something else and no fighting: "a
  90-day pause on tariffs", "a halt to arms deliveries", "suspended aid for 30 days" (a
  truce's length is refused there, as "not this field's number": unsupported);
- a hyphen-joined length of another noun is that noun's ("followed by a 10-day review", "a
  14-day curfew"), unless its phrase reaches a truce word or a noun of the deal ("a 10-day
  humanitarian pause", "a 30-day deal") (:func:`other_length`);
- a length in hours or weeks is read as days by :mod:`summarizer.verification.counts.durations`
  ("48-hour" is 2, "two-week" 14, "weeklong" 7), one table for every day field.

What is left out: a month ("a month-long truce" is 28 to 31 days: no one number), and a
suspension whose object is neither listed as fighting nor as something else ("a suspension
of operations"), which keeps the reading it had.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set

_NEW_NOUNS = word_set(
    """suspension suspensions cessation lull lulls reduction reductions decrease letup
    respite abatement easing scaling"""
)  # "a seven-day reduction in violence", "a three-day respite from the shelling"
_LESSENING = word_set("reduction reductions decrease letup respite abatement easing scaling")
_BARE_TRUCE = word_set("lull lulls")
# Fighting words that also name a strike at work or a fire: after a lessening noun they word
# fighting only with a weapon before them ("a decrease in rocket fire", "in air strikes").
_TWO_SENSE = word_set("strikes strike fire firing operations")
_WEAPONS = word_set("air drone missile rocket artillery mortar tank sniper gun naval")
_UNITS = word_set("day days hour hours week weeks weeklong month months")
_OBJECT_TAKERS = ("pause", "halt", "suspend", "stop", "moratorium", "freez")
_OBJECT_LEADS = word_set("of in to on from")
_FIGHTING = word_set(
    """hostilities hostility fighting fight combat attacks attack strikes strike airstrikes
    bombing bombings bombardment bombardments shelling shellings fire firing violence
    clashes war warfare offensive offensives raids raid operations assaults assault
    missile missiles drone drones rocket rockets battles battle killing"""
)
_NOT_FIGHTING = word_set(
    """tariff tariffs duty duties levy levies aid assistance funding funds payments payment
    sanctions talks negotiations exports export imports import deliveries shipments
    shipment trade flights visas visa deportations deportation enrichment testing tests
    production sales fees interest loans debt program programme membership cooperation
    contacts diplomatic relations broadcasts licences licenses permits hiring rules
    classes services service evictions eviction foreclosures foreclosure repossessions
    disconnections cutoffs layoffs firings dismissals drilling mining logging fishing hunting
    executions rent rents repayments mortgage mortgages arrests prosecutions construction
    demolitions demolition settlement settlements building hikes increases"""
)
# Nouns a hyphen-joined length may qualify and still be the truce's ("a 30-day deal", "a
# 60-day period"), besides the truce's own words; any other is another thing's length.
_SELF_NOUNS = word_set(
    "deal deals agreement accord arrangement period phase stage plan proposal initiative"
)
# Words that end the noun phrase a hyphen-joined length qualifies ("a 10-day review of ...").
_PHRASE_ENDS = word_set(
    "of to for on in into over about against with and or that which by after before from "
    "during at as until"
)
_PEACE = word_set("peace truce ceasefire")
_REACH = 5  # words after a cue its object is read in ("a halt to all Western arms deliveries")


def truce_cues(tokens: Sequence[Token], cues: list[int]) -> list[int]:
    """``cues`` (a truce field's cue positions in a sentence) with the truce nouns added whose
    object is fighting and the cue words dropped whose object is something else (see the
    module)."""
    kept = [i for i in cues if not _other_object(tokens, i)]
    staged = bool(kept) and sum(t.norm in _UNITS for t in tokens) > 1
    added = [
        index for index, token in enumerate(tokens)
        if token.norm in _NEW_NOUNS and index not in kept
        and not (staged and token.norm in _LESSENING)
        and _truce_noun(tokens, index)
    ]  # fmt: skip
    return sorted([*kept, *added]) if added or len(kept) != len(cues) else cues


def _object(tokens: Sequence[Token], index: int) -> list[str] | None:
    """The words of the object after a cue's preposition ("of", "to", "on", "in"), up to
    :data:`_REACH`; None when no preposition follows the cue."""
    following = _object_start(tokens, index)
    if following is None:
        return None
    return [t.norm for t in tokens[following : following + _REACH]]


def _object_start(tokens: Sequence[Token], index: int) -> int | None:
    following = index + 1
    if following < len(tokens) and tokens[following].norm in ("the", "a"):
        following += 1  # "halted the deliveries", "suspend a program"
    if following < len(tokens) and tokens[following].norm in _OBJECT_LEADS:
        return following + 1
    if tokens[index].norm.startswith(("suspend", "stop", "halt", "freez")):
        return following  # a verb's object stands right after it: "suspended aid"
    return None


def _truce_noun(tokens: Sequence[Token], index: int) -> bool:
    words = _object(tokens, index)
    if words is None:
        return tokens[index].norm in _BARE_TRUCE
    if tokens[index].norm in _LESSENING:
        return _lessened_fighting(tokens, index, words)
    return any(word in _FIGHTING for word in words)


def _lessened_fighting(tokens: Sequence[Token], index: int, words: list[str]) -> bool:
    """Whether a lessening noun's object is fighting: a word of fighting that heads it (not
    "strikes-related penalties"), and a strike or fire only with a weapon before it ("a
    decrease in rocket fire", not "a decrease in strikes at the port" or "fire
    restrictions")."""
    first = _object_start(tokens, index) or index + 1
    for offset, word in enumerate(words):
        at = first + offset
        if word not in _FIGHTING:
            continue
        if at + 1 < len(tokens) and tokens[at + 1].joined:
            continue  # "strikes-related"
        if word in _TWO_SENSE and tokens[at - 1].norm not in _FIGHTING | _WEAPONS:
            continue
        return True
    return False


def _other_object(tokens: Sequence[Token], index: int) -> bool:
    norm = tokens[index].norm
    if not norm.startswith(_OBJECT_TAKERS):
        return False
    words = _object(tokens, index)
    if not words:
        return False
    return any(w in _NOT_FIGHTING for w in words) and not any(w in _FIGHTING for w in words)


def other_length(
    tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int], text: str
) -> str:
    """The noun a hyphen-joined length qualifies when that noun is no truce ("followed by a
    10-day review", "a 60-day moratorium on evictions" once its cue is dropped): the length
    is that thing's, not the truce's; "" when the phrase reaches a truce word or a noun of
    the deal itself ("a 10-day humanitarian pause", "a 30-day deal"), or names none."""
    start = mention.last + 2  # past the unit joined to it ("10-day review": "review")
    if start < len(tokens) and tokens[start].norm == "long" and tokens[start].joined:
        start += 1  # "a week-long review"
    elif not mention.compound:
        return ""
    nouns: list[str] = []
    for index in range(start, min(start + _REACH - 1, len(tokens))):
        norm = tokens[index].norm
        gap = text[tokens[index - 1].end : tokens[index].start]
        if index in cues or (norm in _SELF_NOUNS and set(nouns) <= _PEACE):
            return ""  # "a 30-day (peace) deal"; not "a 5-day grace period"
        if norm in _PHRASE_ENDS or any(mark in gap for mark in ",;:()\u2014"):
            break
        nouns.append(norm)
    return nouns[-1] if nouns else ""


__all__ = ["other_length", "truce_cues"]
