"""The idiom "let N people go" as a dismissal (session 45, closer gcn45c; review ids
rv41n-object-0035, rv42old-counts-0066, rv41n-object-0032).

"The carpet maker let 300 people go at its mill last month" has 300 jobs cut, and "The mill
let about 400 of its 1,100 workers go last year" has 400 workers laid off; but the cue window
found no dismissal word ("cut", "laid off") beside either number, so both correct counts were
refused. And "The plant let 200 workers go home early" was read as 200 workers laid off, the
count's noun ("workers") standing beside the number: the idiom's "go" with a destination or
a manner after it ("home", "free", "on leave") is a release, never a dismissal.

Read (:func:`let_go`): a count that names a dismissal ("laid off", "cut", "redundancies",
"sacked") and a number right after "let" (past a hedge: "let about 400") that is closed by
"go" within a few words of one clause ("400 of its 1,100 workers go"), and whose words between
say the count's group or a general one ("people", "staff") when the count's group is general.
The word after "go" may be nothing, a time or a place ("at its mill", "last year"), never a
release's (:data:`_RELEASES`): then :func:`let_go_clash` refuses the number for a dismissal,
as it does "let N staff work from home" (no "go": another thing let) and a number another
"-ed" verb owns beside a let-go one ("let 30 managers go and hired 80 nurses").
Not read: "let" with another verb ("let 30 staff work from home"), a number not right after
"let" (the whole "1,100" of "400 of its 1,100 workers"), a group the count does not name
("let 40 drivers go" for "nurses laid off").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .count_families import text_gap
from .count_words import covers, what_words
from .numbers import NumberMention

_LETS = word_set("let lets letting")
_GOES = word_set("go goes going gone")
_HEDGES = word_set("about around roughly some nearly almost over more than just only up to")
# Words of a count that name a dismissal (read by prefix).
_DISMISSALS = ("laid", "layoff", "lay", "redundan", "sack", "dismiss", "fired", "axed", "cut")
# Words after "go" that make the idiom a release, not a dismissal.
_RELEASES = word_set(
    """home free early ahead through back unpunished unharmed unhurt scot into to on off out
    with without for first inside outside aboard ashore"""
)
# Groups a count may call by a general word, and that general word in the sentence.
_GENERAL = word_set(
    """people staff workers employees jobs roles posts positions personnel workforce
    members them"""
)
_MID = word_set("of its their the his her our")
_SPAN = 7  # most tokens between the number and its "go"


def _dismissal(what: str) -> list[str]:
    """The count's words before its dismissal word and a "?" mark ("workers", "?" of "workers
    laid off last year"); empty when the count names no dismissal."""
    words = what_words(what)
    said = " let go" in f" {what.lower()}"  # "staff let go"
    at = next(
        (i for i, w in enumerate(words) if w.startswith(_DISMISSALS) or (said and w == "let")),
        None,
    )
    return [] if at is None else [*words[:at], "?"]


def _let_before(tokens: Sequence[Token], mention: NumberMention) -> int | None:
    """The index of the "let" right before the number (past a hedge: "let about 400"), or
    None."""
    first = mention.first
    while first >= 1 and tokens[first - 1].norm in _HEDGES and text_gap(tokens, first):
        first -= 1
    if first < 1 or tokens[first - 1].norm not in _LETS or not text_gap(tokens, first):
        return None
    return first - 1


def _go_after(tokens: Sequence[Token], mention: NumberMention) -> int | None:
    """The index of the "go" that closes "let N ... go" around the mention, or None."""
    if _let_before(tokens, mention) is None:
        return None
    for at in range(mention.last + 1, min(mention.last + _SPAN + 2, len(tokens))):
        if not text_gap(tokens, at):
            return None  # a mark between: another clause
        norm = tokens[at].norm
        if norm in _GOES:
            return at
        if not (tokens[at].is_number or norm in _MID or norm.isalpha()) or norm == "and":
            return None
    return None


def _group_said(tokens: Sequence[Token], mention: NumberMention, go: int, head: list[str]) -> bool:
    """Whether the words between the number and its "go" say the count's group: a word of the
    count's own, or a general one when the count's words are general too (or none)."""
    said = [t.norm for t in tokens[mention.last + 1 : go] if t.norm not in _MID]
    said = [w for w in said if not w.isdigit() and "," not in w]
    nouns = [w for w in head if w != "?"]
    if not said:
        return True
    if any(covers(said, w) for w in nouns):
        return True
    return said[-1] in _GENERAL and all(w in _GENERAL for w in nouns)


def _released(tokens: Sequence[Token], go: int) -> str:
    """The release's word right after "go" ("home", "free", "on leave"), or ""; "on" before
    a day or a date ("go on Friday", "go on 3 March") is a time, not a release."""
    if go + 1 >= len(tokens) or not text_gap(tokens, go + 1):
        return ""
    after = tokens[go + 1].norm
    dated = go + 2 < len(tokens) and (tokens[go + 2].capitalised or tokens[go + 2].is_number)
    if after == "on" and dated:
        return ""
    return after if after in _RELEASES else ""


def let_go(tokens: Sequence[Token], mention: NumberMention, what: str) -> bool:
    """Whether the number is a dismissal's count of ``what`` by "let N people go" (see the
    module)."""
    head = _dismissal(what)
    go = _go_after(tokens, mention) if head else None
    if go is None:
        return False
    return not _released(tokens, go) and _group_said(tokens, mention, go, head)


def let_go_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], what: str
) -> str:
    """Why the number is no dismissal's count (see the module): "let N workers go home"
    releases them, "let N staff work from home" lets them do another thing, and "let 30
    managers go and hired 80 nurses" gives the dismissal to 30, so the 80 another verb before
    it owns ("hired") is none; or ""."""
    if not _dismissal(what):
        return ""
    if _let_before(tokens, mention) is not None:
        go = _go_after(tokens, mention)
        if go is None:
            return f"let {mention.value:g} ... do another thing than go: no dismissal"
        after = _released(tokens, go)
        return f"let {mention.value:g} ... go {after}: a release, not a dismissal" if after else ""
    verb = tokens[mention.first - 1].norm if mention.first else ""
    if not (verb.endswith("ed") and text_gap(tokens, mention.first)):
        return ""
    dismissed = any(
        other is not mention and _let_before(tokens, other) is not None
        and _go_after(tokens, other) is not None
        for other in mentions
    )  # fmt: skip
    return (
        f"{mention.value:g} is what {verb!r} counts; another number was let go" if dismissed else ""
    )


__all__ = ["let_go", "let_go_clash"]
