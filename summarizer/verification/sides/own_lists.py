"""Whether an "and" joins a name into its own list of subjects, for
:mod:`summarizer.verification.sides.summit_chairs` (check 46: "Egypt's President Hosni Mubarak and
France's President Nicolas Sarkozy co-chaired a summit" refused Sarkozy as a party, "only in
another role": the "and" before him was read as two *other* sides named together, which made
him the chair of others' meeting, while Mubarak, whose "and" stood right after his name, was
kept).

Co-chairs listed as one subject chair their own meeting together; a chair of others' meeting
is one whose sentence names the sides apart from him ("Lukashenko chaired the talks between
Putin and Zelensky", "Tokayev and Mirziyoyev co-chaired the talks between Aliyev and
Pashinyan": the "and" between the sides still counts). An "and" is the name's own when only
the parts of a listed name stand between them: capitalised words, titles, a country's
possessive ("France's President"), commas and other "and"s.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.names import TITLES

_LIST_WORDS = TITLES | word_set("and the foreign prime minister president chancellor premier")


def _listed(token: Token) -> bool:
    return token.capitalised or token.norm in _LIST_WORDS


def own_list(tokens: Sequence[Token], conjunction: int, first: int, last: int) -> bool:
    """Whether the "and" at ``conjunction`` joins the name at ``first..last`` into its own
    list (see the module)."""
    if conjunction < first:
        between = tokens[conjunction + 1 : first]
    elif conjunction > last:
        between = tokens[last + 1 : conjunction]
    else:
        return True
    if len(between) > 8 or not all(_listed(t) for t in between):
        return False
    # the other conjunct must be a name too ("Sarkozy and ministers" is no co-chair list)
    side = tokens[conjunction - 1] if conjunction > last else tokens[conjunction + 1]
    return conjunction > last or _listed(side) or side.capitalised


_CO_CHAIRING = word_set("chaired hosted presided convened chairing hosting")
_JOINTLY = word_set("jointly together")
_CO = word_set("co")
_CO_JOINED = word_set(
    "cochaired cohosted copresided cochairing cohosting cochairs cohosts cochair cohost"
)
_OTHERS_SIDES = word_set("between")


def co_chairs(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the name at ``first..last`` is one of a listed subject that co-chairs (or
    co-hosts, jointly chairs) the meeting: "A and B co-chaired a summit, attended by C and D",
    where both chairs take part, unless the sentence gives the meeting to others ("talks
    between Aliyev and Pashinyan")."""
    if any(t.norm in _OTHERS_SIDES for t in tokens):
        return False
    start = first
    while start > 0 and _listed(tokens[start - 1]):
        start -= 1
    index = last + 1
    while index < len(tokens) and _listed(tokens[index]) and tokens[index].norm not in _CO:
        index += 1
    if not any(t.norm == "and" for t in tokens[start:index]):
        return False  # one chair alone: summit_chairs reads it as before
    if index < len(tokens) and tokens[index].norm in _JOINTLY:
        index += 1  # "jointly chaired"
        return index < len(tokens) and tokens[index].norm in _CO_CHAIRING
    return index < len(tokens) and tokens[index].norm in _CO_JOINED  # "co-chaired"


def list_end(tokens: Sequence[Token], index: int) -> int:
    """The index after the rest of a listed subject from ``index`` (an "and" and the parts of
    names after it: "Emir Tamim and Secretary Rubio co-hosted the talks between ...": the
    verb is the whole list's)."""
    while index < len(tokens) and _listed(tokens[index]) and tokens[index].norm not in _CO:
        index += 1
    return index


__all__ = ["co_chairs", "list_end", "own_list"]
