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

Review rv45g (session 45): a "let" denied, supposed or asked is no dismissal ("did not let
200 people go", "would have let", "Will ... let 90 people go?": :func:`_denied`; a denial
also refuses); a release's first word opens a dismissal's manner, reason or time too ("go with
immediate effect", "for gross misconduct", "to cut costs", "on the spot": :data:`_MANNERS`);
"and" may join the group when each side says it ("400 engineers and technicians go"), never
a number ("let 30 pickers stay and 20 go"); a "go" further on ("let 200 workers, most of them
temps, go") is no other deed; and a cutting "-ed" verb's own count ("axed 200 jobs") is no
other verb's number.
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
    with without for first inside outside aboard ashore abroad overseas unpaid part"""
)
# A release's first word that a dismissal's manner, reason or time may open too, and the
# words after it that make it one (review rv45g): "go with immediate effect", "go without
# notice", "go for gross misconduct", "go on the spot", "go through a voluntary scheme", "go
# ahead of the merger", "go early this year"; "to" before a bare verb is a purpose ("go to
# cut costs"), never before a place ("go to college", "go to the office").
_MANNERS = {
    "with": word_set("immediate no little minimal redundancy severance compensation notice"),
    "without": word_set(
        "notice warning pay compensation severance redundancy consultation payment any a proper"
    ),
    "for": word_set(
        """misconduct gross economic financial cost costs budget business operational
        performance poor redundancy reasons breaching breaking"""
    ),
    "on": word_set("the spot same day eve morning afternoon evening first last grounds"),
    "through": word_set("a an voluntary redundancy compulsory its"),
    "ahead": word_set("of"),
    "early": word_set("this last next in on that the"),
    "out": word_set("of"),
}
_PLACES = word_set(
    """the a an its their his her our college school university work lunch bed church
    hospital court sea war"""
)
# Words before "let" that deny it or only suppose it ("did not let", "refused to let",
# "would have let"; review rv45g): no dismissal was made.
_DENIALS = word_set("not never no refused refuses refusing declined won't wouldn't didn't can't")
_SUPPOSED = word_set("would could might if unless")
# Words that make "not" no denial ("not only let 40 staff go").
_NOT_ONLY = word_set("only merely")
# A sentence's first word that asks ("Will Harcourt Foods let 90 people go?").
_ASKS = word_set("will would could can should does did do is are has have shall")
# Groups a count may call by a general word, and that general word in the sentence.
_GENERAL = word_set(
    """people staff workers employees jobs roles posts positions personnel workforce
    members them"""
)
# "-ed" verbs of a dismissal the prefixes miss ("shed 300 jobs"; review rv45g).
_CUTS = word_set("shed slashed culled trimmed scrapped eliminated removed")
_JOINS = word_set("and or")
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
        if norm in _LETS or not (tokens[at].is_number or norm in _MID or norm.isalpha()):
            return None  # "and" may join the group: "400 engineers and technicians go"
        if tokens[at].is_number and tokens[at - 1].norm in _JOINS:
            return None  # "let 30 staff stay and 20 go": another number's "go"
    return None


def _group_said(tokens: Sequence[Token], mention: NumberMention, go: int, head: list[str]) -> bool:
    """Whether the words between the number and its "go" say the count's group: a word of the
    count's own, or a general one when the count's words are general too (or none)."""
    said = [t.norm for t in tokens[mention.last + 1 : go] if t.norm not in _MID]
    said = [w for w in said if not w.isdigit() and "," not in w]
    nouns = [w for w in head if w != "?"]
    if not said:
        return True
    if any(w in _JOINS for w in said):  # "400 engineers and technicians": each side says it
        at = max(i for i, w in enumerate(said) if w in _JOINS)
        return _says(said[:at], nouns) and _says(said[at + 1 :], nouns)
    return _says(said, nouns)


def _says(said: list[str], nouns: list[str]) -> bool:
    """Whether ``said`` names the count's group (see :func:`_group_said`)."""
    if not said:
        return False
    if any(covers(said, w) for w in nouns):
        return True
    return said[-1] in _GENERAL and all(w in _GENERAL for w in nouns)


def _released(tokens: Sequence[Token], go: int) -> str:
    """The release's word right after "go" ("home", "free", "on leave"), or ""; "on" before
    a day or a date ("go on Friday", "go on 3 March") is a time, not a release."""
    if go + 1 >= len(tokens) or not text_gap(tokens, go + 1):
        return ""
    after = tokens[go + 1].norm
    then = tokens[go + 2] if go + 2 < len(tokens) and text_gap(tokens, go + 2) else None
    if after == "part" and not (then and then.joined):
        return ""  # "part" of another phrase; "part-time" is the release
    if after == "on" and then and (then.capitalised or then.is_number):
        return ""
    if then and after == "on" and then.norm == "the":
        then = tokens[go + 3] if go + 3 < len(tokens) else None  # "on the spot"
    if then and then.norm in _MANNERS.get(after, ()):
        return ""  # a dismissal's manner, reason or time: "go with immediate effect"
    if after == "to" and then and not then.capitalised and then.norm not in _PLACES:
        return ""  # a purpose: "go to cut costs"
    return after if after in _RELEASES else ""


def _denied(tokens: Sequence[Token], let: int, words: frozenset[str] = frozenset()) -> bool:
    """Whether the "let" at ``let`` is denied, supposed or asked (review rv45g): a denial or a
    supposition's word within three words before it ("did not let", "refused to let", "would
    have let"), or a sentence that opens with an asking verb ("Will Harcourt Foods let")."""
    window = tokens[max(0, let - 3) : let]
    before = {t.norm for i, t in enumerate(window) if not _only_after(window, i)}
    if words:
        return bool(before & words)  # the denial alone ("did not let"), for let_go_clash
    asked = bool(tokens) and tokens[0].norm in _ASKS and tokens[0].capitalised
    return bool(before & (_DENIALS | _SUPPOSED)) or asked


def _only_after(window: Sequence[Token], at: int) -> bool:
    """Whether the word at ``at`` is a "not" of "not only" ("not only let 40 staff go")."""
    return at + 1 < len(window) and window[at + 1].norm in _NOT_ONLY


def let_go(tokens: Sequence[Token], mention: NumberMention, what: str) -> bool:
    """Whether the number is a dismissal's count of ``what`` by "let N people go" (see the
    module)."""
    head = _dismissal(what)
    go = _go_after(tokens, mention) if head else None
    let = _let_before(tokens, mention)
    if go is None or let is None or _denied(tokens, let):
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
    let = _let_before(tokens, mention)
    if let is not None:
        if _denied(tokens, let, _DENIALS):
            return f"let {mention.value:g} ... go is denied: no dismissal"
        go = _go_after(tokens, mention)
        if go is None:
            later = next(
                (t for t in tokens[mention.last + 1 :] if t.is_number or t.norm in _GOES), None
            )
            if later is not None and not later.is_number:
                return ""  # "let 200 workers, most of them temps, go": its "go" further on
            return f"let {mention.value:g} ... do another thing than go (or another number goes)"
        after = _released(tokens, go)
        return f"let {mention.value:g} ... go {after}: a release, not a dismissal" if after else ""
    verb = tokens[mention.first - 1].norm if mention.first else ""
    if not (verb.endswith("ed") and text_gap(tokens, mention.first)):
        return ""
    if verb.startswith(_DISMISSALS) or verb in _CUTS or verb in what_words(what):
        return ""  # the verb's own dismissal: "let 50 managers go and axed 200 jobs"
    dismissed = any(
        other is not mention and _let_before(tokens, other) is not None
        and _go_after(tokens, other) is not None
        for other in mentions
    )  # fmt: skip
    return (
        f"{mention.value:g} is what {verb!r} counts; another number was let go" if dismissed else ""
    )


__all__ = ["let_go", "let_go_clash"]
