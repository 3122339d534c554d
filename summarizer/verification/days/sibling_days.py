"""An event's day when its sentence dates two verbs: the day of the event's own verb, not the
day of another verb beside it.

A sentence often dates the event and something else: "met a Russian delegation on Monday night
and was due to resume the talks on Tuesday" (the resumption's day), "confirmed at a video
meeting on Sunday ..., sticking to a pause first agreed on 2 November" (an earlier agreement's),
"the defence ministry said on Thursday evening that 100 servicemen had come home on February 8"
(the report's). A fact-checker gives the event the day its own verb is dated with; the day of
another verb of the sentence dates that verb, so an event's ``when`` that names it is refused
when another day of the same sentence belongs to the event's own verb (or, for a report verb,
to any other verb: the reported thing's day is the sentence's other day).

A verb is the event's own when it is one of the event's words ("voted" for "the Senate voted down
the bill"), its role is the event's kind's ("talks" for a meeting word), or an event word stands
next to it ("told the Senate's culture committee on Wednesday" is the committee hearing's own
verb). Which verb a day belongs to is :func:`.day_roles.bound_to`'s reading (no cues). A sentence
with one day, or whose days both belong to the event's verbs, or to none, is left as before.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..occasions.day_occasions import clause_edge
from ..page.tokens import Token, tokenize, word_set
from .day_roles import ROLES, bound_to
from .event_about import kin_named

_DESCRIBED_ROLE = {
    "a start's day": "start",
    "a meeting's day": "meet",
    "a measure's day": "introduce",
    "an announcement's day": "announce",
    "an agreement's day": "agree",
    "a proposal's day": "propose",
    "a debate's day": "debate",
    "the day something was said": "say",
    "a cancellation's day": "cancel",
    "a vote's day": "vote",
    "an extension's day": "extend",
    "an end's day (or fighting's resumption)": "end",
    "a reaction's day": "react",
    "a release's day": "release",
}
# The role an event's kind is done by ("talks" are a meeting, a "vote" a vote).
_KIND_ROLES = {"talks": "meet", "summit": "meet", "meeting": "meet", "vote": "vote"}
_REPORTS = frozenset({"say"})
_ASIDE = "aside"  # a day no role word claims, in an aside about another noun than the event
# A day no role word claims after the verb of a report that is the event itself ("the army
# said on 14 May that the raid it carried out on 12 May ...": the statement's day is 14 May,
# the raid's 12 May): what the report tells, not the report.
_REPORTED = "reported"
_TELLING = frozenset({"say", "announce"})
_RELATIVE = word_set("who which whose")
_HEAD, _OWN, _BESIDE, _EARLIER = 3, 2, 1, -1
# Where a description's head noun ends: "the announcement of the royal visit", "the
# ministry's confirmation that the talks failed", "the vote on the budget".
_COMPLEMENT = word_set(
    """of on about over for to with into between by that which who after before in at from
    against amid"""
)
_SUBORDINATE = word_set(
    "after before since while when as until following because if though although once"
)
_AUXILIARIES = word_set("was were is are be been being has have had who which that")
_NEAR = 4  # words either side of a verb that may name the event's own subject or object
Span = tuple[frozenset[Any], int, int]


def other_days(mentions: Sequence[Span], first: int, last: int) -> Iterator[tuple[int, int]]:
    """The token spans of the sentence's other days than the one at ``first..last``: not that
    day, nor the same day written again (a mention sharing its keys), nor a month or a time
    alone (no day an event is dated with). Both the sibling and the tied reading ask for them."""
    keys = next((m[0] for m in mentions if m[1] == first), frozenset())
    for other_keys, low, high in mentions:
        if (low <= last and high >= first) or (keys and other_keys & keys):
            continue  # the day itself, or the same day written again
        if not any(key[0] in ("day", "word") for key in other_keys):
            continue  # a month alone or a time: no day of its own
        yield low, high


def sibling_day(
    tokens: Sequence[Token],
    first: int,
    last: int,
    mentions: Sequence[Span],
    own: frozenset[str],
    kind: str,
    text: str,
    head: frozenset[str] = frozenset(),
) -> str | None:
    """What the day at ``tokens[first:last + 1]`` dates instead of the event (None: the
    event's own day, or no reading): another verb of its sentence, when another day of the
    sentence (``mentions``: its days' keys and token spans) dates the event's own verb.
    ``head``: the description's head words (:func:`head_words`); a verb they name is the
    event's more surely than one only its complement names ("announced" for "the palace's
    announcement of the royal visit", not "visit")."""
    role = _verb_role(tokens, first, last, text)
    if role is None:  # no role word claims it: an aside's, a report's content's, or none
        aside = _aside(tokens, first, last, own, kind, text)
        role, mine = (_ASIDE if aside else _REPORTED), 0  # "who was sworn in on Monday"
    else:
        mine = _own(tokens, first, last, role, (own, head), kind, text)
    if mine == _HEAD or (mine == _OWN and not head):
        return None
    for low, high in other_days(mentions, first, last):
        other = _verb_role(tokens, low, high, text)
        if other is None:
            continue
        theirs = _own(tokens, low, high, other, (own, head), kind, text, subordinate=False)
        if role == _ASIDE and _aside(tokens, low, high, own, kind, text):
            continue  # two asides: neither is the sentence's own verb
        if role == _REPORTED and not (theirs == _HEAD and other in _TELLING and low < first):
            continue  # only a report that is the event ("the army's statement") tells it
        if theirs > mine or (role in _REPORTS and mine <= 0 and other != role):
            return f"the day of another verb of its sentence ({_label(role)}), not the event's"
    return None


def _label(role: str) -> str:
    if role == _ASIDE:
        return "an aside's act"
    if role == _REPORTED:
        return "what a report tells"
    return next(d for d, r in _DESCRIBED_ROLE.items() if r == role)


def _verb_role(tokens: Sequence[Token], first: int, last: int, text: str) -> str | None:
    described = bound_to(tokens, first, last, (), text)
    return _DESCRIBED_ROLE.get(described) if described else None


def _own(
    tokens: Sequence[Token], first: int, last: int, role: str,
    words: tuple[frozenset[str], frozenset[str]], kind: str, text: str,
    subordinate: bool = True,
) -> int:  # fmt: skip
    """How surely the verb that ``role`` names nearest the day is the event's own: ``_OWN``
    when it is one of the event's words or of its kind's role, ``_BESIDE`` when one of the
    event's words stands beside it ("resume the talks", "told the committee"), else 0; and
    ``_EARLIER`` for a participle after a noun with its doer after "by" ("upheld the
    impeachment voted by the Assembly on Dec. 14"): an earlier act of that noun, not the
    event, whatever its kind, less the event's than any other dated verb; unless that doer is
    one of the event's words (the Assembly's vote itself: ``_BESIDE``). "Beside" is inside the
    verb's clause (not "keep output steady, and they will meet"); without ``subordinate``, not
    in a clause opened by "after", "while" and the like ("after the group had held output
    flat on 5 October" tells another thing). ``words``: the event's words and its
    description's head words; a verb of the event named by a head word is ``_HEAD``."""
    own, head = words
    verbs = [i for i, token in enumerate(tokens) if token.norm in ROLES[role]]
    if not verbs:
        return _OWN if _KIND_ROLES.get(kind) == role else 0
    verb = min(verbs, key=lambda i: min(abs(i - first), abs(i - last)))
    if kin_named(tokens[verb].norm, head) or not ROLES[role].isdisjoint(head):
        return _HEAD  # "announced" for "the announcement of ...", "voted" for "the vote on"
    if kin_named(tokens[verb].norm, own):
        return _OWN
    if _reduced_relative(tokens, verb):  # the event's own when its doer is the event's
        doer = tokens[verb + 2 : verb + 2 + _NEAR]
        return _BESIDE if any(token.norm in own for token in doer) else _EARLIER
    if _KIND_ROLES.get(kind) == role or not ROLES[role].isdisjoint(own):
        return _OWN  # "talks", or the description's noun of the verb's role ("announcement")
    start = verb
    while start > 0 and not clause_edge(tokens, start, text):
        start -= 1
    if not subordinate and tokens[start].norm in _SUBORDINATE:
        return 0
    end = verb + 1
    while end < len(tokens) and not clause_edge(tokens, end, text):
        end += 1
    for index in range(max(verb - _NEAR, start), min(verb + _NEAR + 1, end)):
        if not first <= index <= last and tokens[index].norm in own:
            return _BESIDE
    return 0


def head_words(description: str | None) -> frozenset[str]:
    """The longer words of a description before its first preposition or clause word: its
    head noun and what stands before it ("ministry's confirmation" of "the ministry's
    confirmation that the talks failed"), the event itself rather than what it is about."""
    words: set[str] = set()
    for token in tokenize(description or ""):
        if token.norm in _COMPLEMENT:
            break
        if len(token.norm) > 3:
            words.add(token.norm)
    return frozenset(words)


def _aside(
    tokens: Sequence[Token], first: int, last: int, own: frozenset[str], kind: str, text: str
) -> bool:
    """Whether the day stands in an aside set off by commas that hangs on a noun other than
    the event's ("The minister, who was sworn in on Monday, met ...", "its coach, appointed
    on 4 July, had been sacked"): a relative or a participle opening it, the sentence going
    on after its closing comma (a relative's may close with the sentence when its noun is none
    of the event's words: "the motion, which the opposition had filed on 28 January.", not
    "rebels took Kalehe": "Kalehe, which fell on 11 April."). Such a day dates the noun's own act (a
    swearing-in, an appointment), not the event, whatever verb no role word names; an aside
    on the event's own noun ("The strike, staged on Monday, ...": its kind, or a role's noun
    the description holds, like "talks" or "hearing") may date the event itself and is none;
    an actor the description names ("the minister's meeting") is another noun."""
    opener = None
    for index in range(first - 1, max(first - 7, 0), -1):
        if clause_edge(tokens, index, text) and tokens[index].norm not in _RELATIVE:
            if "," in text[tokens[index - 1].end : tokens[index].start]:
                opener = index
            break
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            opener = index
            break
    if opener is None or opener < 2:
        return False
    word = tokens[opener].norm
    if word not in _RELATIVE and not word.endswith(("ed", "en")):
        return False
    closing = next(
        (i for i in range(last + 1, min(last + 4, len(tokens) - 1))
         if "," in text[tokens[i - 1].end : tokens[i].start]),
        None,
    )  # fmt: skip
    nouns = {w for w in own if any(w in words for words in ROLES.values())}
    nouns |= {w for w in kind.split("_") if len(w) > 3}
    if closing is None:  # a relative closing with its sentence, on a noun the event lacks
        closes = word in _RELATIVE and last + 1 >= len(tokens)
        return closes and not kin_named(tokens[opener - 1].norm, own)  # not "Kalehe, which fell"
    return not kin_named(tokens[opener - 1].norm, frozenset(nouns))


def _reduced_relative(tokens: Sequence[Token], verb: int) -> bool:
    """A participle after a noun, its doer after "by" ("the impeachment voted by the National
    Assembly", "the bill passed by the House"): no auxiliary before it, "by" right after."""
    if verb == 0 or verb + 1 >= len(tokens) or tokens[verb + 1].norm != "by":
        return False
    return tokens[verb - 1].norm not in _AUXILIARIES


__all__ = ["Span", "head_words", "other_days", "sibling_day"]
