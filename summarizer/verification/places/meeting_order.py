"""Which meeting a place belongs to when the evidence dates one back (outside check 37, cause
5), for :func:`summarizer.verification.rules.support_place`:

- *The meeting itself*: a held meeting's evidence worded as past ("The two presidents last met
  in Lima in March 2021", "Three weeks ago, after talks in Doha ..., Israel and Hamas agreed")
  is about that meeting when its sentence names no other meeting (a summit it was held on
  the sidelines of is its setting; the evidence's other sentences tell more of the same
  meeting), or when the fact's own timing stands right by the place ("in Amman on
  May 3, 2022"): its place is the fact's, not an earlier meeting's.
- *A real earlier meeting*: "The meeting in Cairo followed their first summit in Amman", "who
  first met in Manila ..., sat down again": a meeting after "followed" (or "came after") a
  meeting word, or a "first" meeting beside an "again" or "second" one, is earlier than the
  one the sentence is about, though no past marker stands by it.
- *A venue with no meeting word*: "sat down on Monday at the Serena hotel", "sat across the
  table ... at the Palais Coburg in Vienna", "talks, chaired by Sergio Marin in Bogota,":
  the place after "at" or "in" in the clause of a verb of sitting down, or right after
  "chaired / mediated / brokered / hosted by <name>", is where the meeting is; "flying in
  from Islamabad" is not.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import Token, word_set, year_of_our_time
from ..people.names import find_phrase
from .talk_places import TALK_NOUNS

_MEETS = TALK_NOUNS | word_set(
    """meet meets met visit visits visited summit summits sat sit sits sitting again hosted hosts
    convened welcomed welcomes greeted received receives gathered conference"""
)
_SETTINGS = word_set("sidelines margins fringes fringe during")
_FOLLOWED = word_set("followed follows follow")
_AFTER = word_set("came comes come")
_AGAIN = word_set("again second latest return another")
_SITTING = word_set("sat sit sits sitting seated")
_CHAIRING = word_set("chaired mediated brokered hosted convened moderated presided")
_AT = word_set("at in")
_REACH = 14
_TIMING_REACH = 8


def earlier_in_sequence(tokens: Sequence[Token], meeting: int, start: int) -> bool:
    """Whether the meeting word at ``meeting`` (governing the place at ``start``) is one the
    sentence's meeting came after: "followed [their first summit] in Amman", or "first met
    in Manila" beside "again" or a second meeting. A talks noun nearer the place than the
    meeting word ("the meeting ... followed a round their envoys had in Amman") is read too."""
    nearer = [i for i in range(meeting + 1, start) if tokens[i].norm in TALK_NOUNS]
    if nearer and earlier_in_sequence(tokens, nearer[-1], start):
        return True
    low = min(meeting, start)
    for index in range(max(low - 4, 1), low):
        norm = tokens[index].norm
        followed = norm in _FOLLOWED or (norm == "after" and tokens[index - 1].norm in _AFTER)
        if followed and any(t.norm in _MEETS for t in tokens[:index]):
            return True
    first = any(t.norm == "first" for t in tokens[max(low - 2, 0) : low + 1])
    return first and any(t.norm in _AGAIN for t in tokens[max(start, meeting) + 1 :])


def own_occasion(ctx: Context, tokens: Sequence[Token], start: int, meeting: int) -> bool:
    """Whether a held meeting dated back at ``tokens[meeting]`` is the fact's own: its timing
    is written by the place, or its sentence names no other meeting (other sentences of the
    evidence tell more of the same one: "sat with Lavrov until Saturday"). A meeting dated by a
    past year, on a page that reports a meeting somewhere else, is an earlier one (red-team
    rt3-place-0188); "since" before the place always marks one (rt2-place-0652)."""
    timing = getattr(ctx.fact, "planned_timing", None)
    if isinstance(timing, str) and timing.strip():
        lo, hi = max(min(start, meeting) - _TIMING_REACH, 0), start + _TIMING_REACH + 4
        if find_phrase(timing, tokens[lo:hi]):
            return True
    low, high = max(min(start, meeting) - 4, 0), max(start, meeting) + 5
    if any(t.norm == "since" for t in tokens[low:high]):
        return False  # "their first meeting since 2019 in Osaka": an earlier one
    dated = any(year_of_our_time(t) for t in tokens[low:high])
    if dated and _met_elsewhere(ctx.article, tokens[start]):
        return False  # "last met in Doha in 2019" where the page reports a meeting in Muscat
    for index, token in enumerate(tokens):
        if token.norm not in _MEETS or index == meeting:
            continue
        if any(t.norm in _SETTINGS for t in tokens[max(index - 7, 0) : index]):
            continue  # "on the sidelines of the APEC summit": its setting
        return False
    return True


def _met_elsewhere(article: ArticleText, place: Token) -> bool:
    """Whether the page says a meeting took place in another capitalised place ("The two
    delegations met in Muscat on Monday"): read only for a meeting dated by a year."""
    for index in range(len(article.sentences)):
        words = article.sentence_tokens(index)
        for at, token in enumerate(words[:-2]):
            if token.norm in {"met", "meet", "meets"} and words[at + 1].norm in _AT:
                other = words[at + 2]
                if other.capitalised and other.norm != place.norm:
                    return True
    return False


def sitting_venue(tokens: Sequence[Token], start: int) -> int | None:
    """The verb that makes the place at ``start`` a meeting's venue ("sat down ... at the
    Serena hotel", "chaired by Sergio Marin in Bogota"), or None."""
    at = start - 1
    if at >= 1 and tokens[at].norm == "the":
        at -= 1
    if at < 1 or tokens[at].norm not in _AT:
        return None
    for index in range(at - 1, max(at - _REACH, -1), -1):
        norm = tokens[index].norm
        if norm in _SITTING:
            return index
        if norm in _CHAIRING and tokens[index + 1].norm == "by" and index + 6 >= at:
            return index
    return None


__all__ = ["earlier_in_sequence", "own_occasion", "sitting_venue"]
