"""Days a sentence gives to another event or to another meeting than the field's (an outside
check, session 13), read by :func:`day_roles.bound_to` for a meeting's day and a measure's
announcing day:

- another event's day: a day bound to an event noun, after it ("the attack on Tuesday", "the
  shelling of Kharkiv late on Friday", "a general strike on Monday") or before it ("Tuesday's
  drone strike", "the 7 October attack"): "After the attack on Tuesday, the EU announced
  sanctions" does not say the sanctions came on Tuesday, and talks are not held on a strike's
  day. A truce's start has its own reading of a war's outbreak (:mod:`day_occasions`).
- a preparatory meeting's day: a day in a clause whose subject is a lower group (ministers,
  envoys, aides, sherpas) that meets to prepare the leaders' meeting ("Foreign ministers will
  meet on Monday to prepare the summit", "envoys hold preparatory talks on Sunday ahead of
  the summit"): the preparation's day, not the summit's.

- a saying's day, read for an event's day (fields with no cues; session 14): a day right
  after a verb of reporting ("The shelling resumed on Tuesday, officials said on Wednesday",
  "Kyiv told reporters Thursday that the barrage had stopped", "..., the ministry said in a
  statement late on Monday") dates the report, not what is reported.

Left out, keeping their verdict: a day bound to the field's own noun ("sanctions announced
on Tuesday after the attack", "talks on Friday despite the strike"), a group's day with no
word of preparing (:func:`day_limits.other_group` reads the ones beside a dated meeting), and
the leaders' own "to prepare" ("the leaders meet on Friday to prepare a deal").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..occasions.day_occasions import DAY_WORDS, clause_break
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from .event_about import kin_named

EVENT_NOUNS = word_set(
    """attack attacks strike strikes airstrike airstrikes bombing bombings shelling raid raids
    explosion explosions blast blasts coup invasion assault offensive killing killings
    massacre ambush incursion shooting assassination crash earthquake uprising protest
    protests riot riots incident bombardment barrage bomb bombs clash clashes firefight"""
)
"""Nouns of an event that may be dated beside a meeting or a measure."""
# Words that may stand between an event noun and its day ("the attack late on Tuesday",
# "the shelling of Kharkiv on Friday"); capitalised words (a place) may too.
_BETWEEN = word_set("on of in at near late early last this the")
_ARTICLES = word_set("the a an")
# Words that may stand between a day and the event noun after it ("Tuesday's drone strike").
_ADJECTIVES = word_set(
    "drone missile rocket suicide deadly air terror terrorist militant bomb car artillery"
)
_RANKS = word_set(
    """ministers minister envoys envoy aides officials deputies negotiators sherpas
    delegations delegates diplomats advisers advisors experts teams"""
)
_PREPARING = word_set(
    """prepare prepares preparing preparation preparations preparatory groundwork ahead
    pave"""
)
_LEADERS = word_set("summit leaders leaders' heads presidents")
# Verbs of reporting what happened; never "announced", "confirmed" or "declared", which may
# be the event itself ("Iran announced on Monday it would ...").
REPORTING = word_set(
    """said says told tells stated states wrote writes added adds reported reports tweeted posted
    announced announces"""
)
_RELATIVE_TO = word_set("after following before")
_TELLING = word_set("told tells tell telling")
_HEARER_DETERMINERS = word_set("its the their his her our")
_DAY_PARTS = word_set("morning afternoon evening night")
# An event that is itself something said, by its description's words.
_SAYINGS = word_set(
    """statement statements announcement remarks comments speech interview said says told
    report reports warning warned claim claims"""
)
# Words between the verb and its day: "told reporters on", "said in a statement late on".
_TO_DAY = word_set(
    """on late early this last in a an statement briefing interview reporters journalists
    lawmakers us him her them"""
)


def event_day(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """The event a day at ``tokens[first:last + 1]`` is bound to, for the reason; else None."""
    noun = bound_noun(tokens, first, last)
    return None if noun is None else f"the day of another event ({noun})"


def bound_noun(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """The event noun a day at ``tokens[first:last + 1]`` is bound to ("the raid on Monday",
    "Monday's ambush"), else None."""
    free = 1  # one plain noun after an article: "the explosion in the harbour on Friday"
    for index in range(first - 1, max(first - 7, 0) - 1, -1):
        norm = tokens[index].norm
        if norm in EVENT_NOUNS:
            return norm
        if norm in _BETWEEN or tokens[index].capitalised:
            continue
        if not (free and index and tokens[index - 1].norm in _ARTICLES):
            break
        free -= 1
    for index in range(last + 1, min(last + 4, len(tokens))):
        norm = tokens[index].norm  # "Tuesday's drone strike", "the 7 October attack"
        if norm in EVENT_NOUNS:
            return norm
        if norm not in _ADJECTIVES:
            break
    return None


def preparatory_day(tokens: Sequence[Token], first: int, last: int, text: str) -> str | None:
    """A lower group's day of preparing the leaders' meeting (see the module)."""
    start = 0
    for index in range(first - 1, -1, -1):
        if clause_break(tokens, index, text):
            start = index + 1
            break
    rank = next((i for i in range(start, first) if tokens[i].norm in _RANKS), None)
    if rank is None or any(t.norm in _LEADERS for t in tokens[start:rank]):
        return None  # "the leaders and their ministers meet on Monday"
    rest = [t.norm for t in tokens[last + 1 :]]
    before = [t.norm for t in tokens[rank:first]]
    preparing = [*before, *rest]
    if not any(n in _PREPARING for n in preparing) or not any(n in _LEADERS for n in rest):
        return None
    return f"the day of a preparatory meeting ({tokens[rank].norm})"


def saying_day(
    tokens: Sequence[Token], first: int, last: int, about: frozenset[str], text: str = ""
) -> str | None:
    """The day at ``tokens[first:last + 1]`` dates a report of the event (see the module);
    None when the event's own words name the report ("the ministry said ...": ``about``), or
    when the day goes on to time the saying by an event ("said last Thursday, after a phone
    call with Putin, that ...": the call was that day too)."""
    if any(t.norm in _RELATIVE_TO for t in tokens[last + 1 : last + 3]) and not any(
        t.norm in DAY_WORDS for t in tokens[last + 1 :]
    ):
        return None  # not "announced on Sunday, after ... Saturday's election" (check 52)
    for index in range(first - 1, max(first - 7, -1), -1):
        token = tokens[index]
        if token.norm in REPORTING:
            if not about.isdisjoint(_SAYINGS) or kin_named(token.norm, about):
                return None  # the event is the statement: "the ministry's statement"
            return f"the day it was reported ({token.norm})"
        near = token.norm in _TO_DAY or (token.capitalised and index < first - 1)
        told = hearer(tokens, index, text) and all(t.norm in _DAY_PARTS for t in tokens[last + 1 :])
        if not (near or told):  # a hearer in a closing tag: "..., the firm told staff on Monday"
            return None  # "told Reuters on Thursday": a named hearer may stand between
    return None


def hearer(tokens: Sequence[Token], index: int, text: str = "") -> bool:
    """Whether ``tokens[index]`` is the hearer of "told"/"tells" or its determiner: "the
    company told investors on Tuesday", "told its shareholders on Monday" (a verb of telling
    takes its hearer before the day; review rvwhen37, s40), past an owner's possessive ("told
    MPs' staff on Monday", "told the firm's investors": session 43; ``text``, the page's, shows
    a plural's apostrophe). A report's day only in a tag that
    ends its sentence: "The court told governments on Wednesday that ..." leads with the
    telling, which may be the event itself (check 65)."""
    back = index - 1
    if tokens[index].norm in _HEARER_DETERMINERS:
        return back >= 0 and tokens[back].norm in _TELLING
    if tokens[index].capitalised or not tokens[index].norm.isalpha():
        return False
    if back > 0 and _possessive(tokens[back], text):  # "MPs' staff", "the firm's investors"
        back -= 1
    if back >= 0 and tokens[back].norm in _HEARER_DETERMINERS:
        back -= 1
    return back >= 0 and tokens[back].norm in _TELLING


def _possessive(token: Token, text: str) -> bool:
    """An owner's word: "firm's", or a plural's "MPs'" (its apostrophe read in ``text``)."""
    if token.text.lower().endswith(SINGULAR_POSSESSIVES):
        return True
    return text[token.end : token.end + 1] in {"'", "\u2019"} if text else False


_BEFORE_NOUN = word_set("the this last a")


def named_day(tokens: Sequence[Token], first: int, about: frozenset[str]) -> bool:
    """Whether the day at ``tokens[first]`` is written before a noun phrase that names the
    event's words (``about``): "Saturday's presidential election", "the December 27 vote"
    (check 52). Such a day is the event's own, whatever clause it stands in, when every other
    day of the sentence is a report's ("announced on Sunday, after he took 53 percent in
    Saturday's presidential election"); beside another occasion's day ("Following Friday's
    talks in Doha, negotiators will meet in Geneva on Monday") the other rules read it."""
    index = first
    while index + 1 < len(tokens) and tokens[index + 1].is_number:
        index += 1  # "December 27"
    possessive = tokens[index].text.lower().endswith(SINGULAR_POSSESSIVES)
    if not possessive and not (first and tokens[first - 1].norm in _BEFORE_NOUN):
        return False
    if not any(t.norm in about for t in tokens[index + 1 : index + 4]):
        return False
    others = [i for i, t in enumerate(tokens) if t.norm in DAY_WORDS and not first <= i <= index]
    return all(_reported(tokens, other) for other in others)


def _reported(tokens: Sequence[Token], day: int) -> bool:
    """The day at ``tokens[day]`` follows a verb of reporting ("announced late on Sunday")."""
    for index in range(day - 1, max(day - 5, -1), -1):
        if tokens[index].norm in REPORTING:
            return True
        if tokens[index].norm not in _TO_DAY:
            return False
    return False


__all__ = [
    "EVENT_NOUNS",
    "REPORTING",
    "bound_noun",
    "event_day",
    "hearer",
    "named_day",
    "preparatory_day",
    "saying_day",
]
