"""A day's role told by the preposition before it (outside check 49), for
:func:`summarizer.verification.days.day_roles.bound_to`:

- "starting", "beginning" or "effective" right before a day, after a verb of an occasion that
  runs from then, is a preposition dating that verb ("Putin and Erdogan will meet starting
  Monday": the meeting's Monday), not a start of its own; after a truce's noun or a declaring
  verb it stays a start ("the truce starting Tuesday", "announced starting Friday");
- a paper an act is made in ("announced by Trump in a letter on July 7", "imposed the duties
  via a decree dated Friday") gives its day to that act, not to something said;
- a day after "since", "from", "through", "until" or "as of" is no day between a subject and
  its verb ("A ceasefire in effect since October 10 has largely held": "held" is no meeting);
- "as of" a day opening its sentence reports a state at that day ("As of Sunday, the truce
  was holding", "As of Friday, the bill Graham introduced had 84 co-sponsors"): the day of no
  act, so it is refused for a start, an introduction or a meeting, unless the sentence says
  that something starts or is declared ("As of midnight, the ceasefire takes effect"); later
  in its sentence "as of" is "from" ("declared a truce as of midnight Sunday").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.tokens import Token, clause_gap, word_set

Role = tuple[str, int]

_FROM_WORDS = word_set("starting beginning effective")
_SKIPPED = word_set("on at the a an from midnight noon dawn")
_TRUCE_NOUNS = word_set(
    "truce truces ceasefire ceasefires hostilities armistice pause halt moratorium"
)
_PAPERS = word_set("letter letters decree decrees order orders memo notice statement post")
_MEDIUM = word_set("in via through by his her its their a an the")
_GOVERNING = word_set("since from through until till")
_STARTING = word_set("apply applies applied force effect")
_BACK = 10
_DAY_NAMES = frozenset((*MONTHS, *WEEKDAYS))
_STARTS = frozenset({"start", "announce", "agree"})  # "As of 06:00, a truce is declared"
# The roles whose verb a "starting" day dates: an occasion that runs from then ("will meet
# starting Monday"); not a declaring verb ("announced starting Friday" keeps the start's).
_DATED = frozenset({"meet", "debate", "vote", "release"})
STATE = "state"
"""The role of a day after "as of": the day a state is reported at."""


def reworded(
    tokens: Sequence[Token], role: Role | None, first: int, text: str,
    role_of: Callable[[Sequence[Token], int], str | None],
) -> Role | None:  # fmt: skip
    """The role of the day at ``tokens[first]`` once its preposition is read (see the module),
    from the nearest role word before it (``role``, or None) and the caller's reader of a
    token's role."""
    if _as_of(tokens, first) and _fronted(tokens, first, text):
        return None if _starts_then(tokens, role_of) else (STATE, first - 1)
    if role is None:
        return None
    word = tokens[role[1]].norm
    if word in _FROM_WORDS and _right_before(tokens, role[1], first):
        if any(t.norm in _TRUCE_NOUNS for t in tokens[max(role[1] - 2, 0) : role[1]]):
            return role  # "the truce starting Tuesday"
        back = _role_back(tokens, role[1], text, role_of)
        return back if back is not None and back[0] in _DATED else role
    if word in _PAPERS and role[1] and tokens[role[1] - 1].norm in _MEDIUM:
        return _role_back(tokens, role[1], text, role_of, paper=True) or role
    return role


def governed(tokens: Sequence[Token], first: int) -> bool:
    """A day after "since", "from", "through", "until" or "as of" (past "on" and the like):
    not a day standing between a subject and its verb."""
    index = first - 1
    while index >= 0 and tokens[index].norm in _SKIPPED:
        index -= 1
    return index >= 0 and (tokens[index].norm in _GOVERNING or _as_of(tokens, first))


def _as_of(tokens: Sequence[Token], first: int) -> bool:
    index = first - 1
    while index >= 0 and tokens[index].norm in _SKIPPED:
        index -= 1
    return index >= 1 and tokens[index].norm == "of" and tokens[index - 1].norm == "as"


def _fronted(tokens: Sequence[Token], first: int, text: str) -> bool:
    """ "As of Sunday, ..." opens its sentence (past its dateline); "declared a truce as of
    midnight Sunday" is the declaration's own start."""
    index = first - 1
    while index >= 0 and tokens[index].norm in _SKIPPED:
        index -= 1
    if index < 1:
        return False
    gap = text[tokens[index - 2].end : tokens[index - 1].start] if index > 1 else ""
    return index == 1 or clause_gap(tokens, index - 2, text) or " - " in gap


def _right_before(tokens: Sequence[Token], index: int, first: int) -> bool:
    return all(t.norm in _SKIPPED for t in tokens[index + 1 : first])


def _role_back(
    tokens: Sequence[Token], index: int, text: str,
    role_of: Callable[[Sequence[Token], int], str | None], paper: bool = False,
) -> Role | None:  # fmt: skip
    """The nearest role word before ``index`` in its clause: the verb a preposition or a
    paper dates; for a paper, only an act's verb (not another paper or a saying)."""
    for back in range(index - 1, max(index - _BACK, 0) - 1, -1):
        if clause_gap(tokens, back, text) and not paper:
            return None
        if paper and tokens[back].norm in _DAY_NAMES:
            return None  # "announced on April 2 were raised in a letter on July 7": dated
        # already, the act before that day is not the one the paper's day dates
        found = role_of(tokens, back)
        if found is None:
            continue
        if paper and (found == "say" or tokens[back].norm in _PAPERS):
            return None
        return found, back
    return None


def _starts_then(
    tokens: Sequence[Token], role_of: Callable[[Sequence[Token], int], str | None]
) -> bool:
    """Whether the "as of" day's sentence says something starts ("As of midnight, the
    ceasefire takes effect", "is in force as of Monday")."""
    return any(
        token.norm in _STARTING or role_of(tokens, index) in _STARTS
        for index, token in enumerate(tokens)
    )


__all__ = ["STATE", "governed", "reworded"]
