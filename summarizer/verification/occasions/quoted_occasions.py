"""A meeting's day read against the stretch of the sentence its evidence quotes (an outside
check, check 48): a sentence may tell a meeting that took place and another still to come
("The two presidents met on Tuesday in Riyadh, and will meet again on Friday in Jeddah",
"The envoys convened in Cairo on Sunday and agreed to reconvene in a fortnight"), and the
role rules give the first day to "an earlier meeting" (:mod:`earlier_days`), the fact being
taken for the meeting planned. Which occasion the fact is, the sentence alone cannot tell;
its evidence can: a fact whose evidence quotes only the clause of the meeting held ("The two
presidents met on Tuesday in Riyadh"), and no part of the sentence that plans the other, is
that meeting, and the day of its clause is its own.

The reading runs only for a meeting's day refused as an earlier meeting's, and only when:

- one of the fact's evidence quotes covers the day and ends before the end of its sentence
  (a quote of the whole sentence leaves the two occasions in it: the refusal stands);
- no quote of the fact holds a word of planning ("will", "again", "due", "next", "agreed",
  "expected", ...) nor one that looks back ("last", "previous", "since", "ago"): a fact that
  quotes the plan anywhere is the planned meeting, and a quote that recalls an earlier
  meeting ("who last met in Lima") does not make that meeting the fact's;
- the quote that covers the day holds a past verb of meeting ("met", "held", "hosted",
  "gathered", "convened", "sat", "received", ...): the occasion quoted took place;
- the fact is not marked as still to come (``status`` "scheduled", "planned", "proposed");
- no party of the fact is named in the rest of the sentence but not in the quote: "Ruto met
  Museveni on Tuesday, and Kagame will meet Museveni on Friday" quoted up to "Tuesday", for a
  fact of Kagame and Museveni, quotes another pair's meeting (review s23d qo06, qo13).

Left out: a fact with no evidence quotes, quotes the text does not hold word for word (an
ellipsis, a changed quotation mark), and a fact quoting the plan's clause alone (the day is
then not in its quote, and the refusal stands).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..page.tokens import Token, tokenize, word_set
from .day_occasions import MEETING_WORDS

_EARLIER_ROLES = frozenset({"the day of an earlier meeting", "an earlier meeting's day"})
# Words that plan a meeting or mark it as another one of the same parties.
_PLANS = word_set(
    """will would shall due next again scheduled planned expected slated set upcoming coming
    future plan plans intend intends hope hopes agreed agree reconvene reconvenes resume
    resumes further second another followup later"""
)
_LOOKING_BACK = word_set("last previous previously earlier since ago prior former first")
# A meeting's past verb: the quoted occasion took place.
_HELD = word_set(
    """met sat held hosted received welcomed gathered convened talked spoke conferred visited
    huddled negotiated"""
)
# The words of a meeting planned ("will meet again", "a further round", "back at the table").
_GATHERING = MEETING_WORDS | word_set(
    """again round rounds forum reconvene reconvenes gather resume resumes table host hosts
    encounter"""
)
_TO_COME = frozenset({"scheduled", "proposed", "planned", "expected"})


def _quotes(fact: Any) -> list[str]:
    evidence = getattr(fact, "evidence", None) or ()
    return [quote for quote in evidence if isinstance(quote, str) and quote.strip()]


def quoted_occasion(
    role: str | None, fact: Any, tokens: Sequence[Token], first: int, last: int, text: str
) -> str | None:
    """None when the earlier meeting's ``role`` of the day at ``tokens[first:last + 1]`` is
    the fact's own meeting by the stretch its evidence quotes (see the module); else
    ``role``."""
    if role not in _EARLIER_ROLES or not tokens:
        return role
    if str(getattr(fact, "status", "") or "") in _TO_COME:
        return role
    quotes = _quotes(fact)
    if not quotes:
        return role
    for quote in quotes:
        norms = {t.norm for t in tokenize(quote)}
        if not norms.isdisjoint(_PLANS) or not norms.isdisjoint(_LOOKING_BACK):
            return role
    start, end = tokens[first].start, tokens[last].end
    sentence_end = tokens[-1].end
    for quote in quotes:
        at = text.find(quote.strip(), max(tokens[0].start - len(quote), 0), sentence_end)
        if at < 0 or at > start:
            continue
        stop = at + len(quote.strip())
        if stop < end or stop >= sentence_end:
            continue  # the day is not in it, or it runs to the sentence's end
        quoted = {t.norm for t in tokenize(quote)}
        if quoted.isdisjoint(_HELD):
            continue
        rest = {t.norm for t in tokens if not at <= t.start < stop}
        if _party_outside(fact, quoted, rest):
            return role  # the quote tells another pair's meeting
        return None
    return role


def _party_outside(fact: Any, quoted: set[str], rest: set[str]) -> bool:
    """Whether a party of ``fact`` is named in ``rest`` of the sentence and not in ``quoted``
    (by a capitalised word of its name of three letters or more)."""
    for party in getattr(fact, "parties", None) or ():
        name = str(party)
        norms = {w.norm for w in tokenize(name) if len(w.norm) > 2 and name[w.start].isupper()}
        if norms and norms.isdisjoint(quoted) and not norms.isdisjoint(rest):
            return True
    return False


OTHER = "the day of another occasion than the one its evidence quotes"


def unquoted_occasion(
    role: str | None, fact: Any, tokens: Sequence[Token], first: int, text: str
) -> str | None:
    """For a meeting's day at ``tokens[first]`` read as the fact's (``role`` None): another
    occasion's, when the fact's evidence quotes, in this sentence, only a stretch on one side
    of the day, and that stretch and the rest of the sentence on the day's side are two
    occasions: one plans a meeting, the other tells one held and plans none ("The two
    presidents met on Tuesday in Riyadh" quoted, "... and will meet again on Friday in
    Jeddah": Friday is the next meeting's; "will meet again on Friday in Jeddah" quoted:
    Tuesday is the one held); else ``role``."""
    if role is not None or not tokens:
        return role
    if str(getattr(fact, "status", "") or "") in _TO_COME:
        return role
    day, head, sentence_end = tokens[first].start, tokens[0].start, tokens[-1].end
    spans: list[tuple[int, int]] = []
    for quote in _quotes(fact):
        quote = quote.strip()
        at = text.find(quote, max(head - len(quote), 0), sentence_end)
        if at >= 0 and at + len(quote) > head:
            spans.append((at, at + len(quote)))
    if not spans or any(at <= day < stop for at, stop in spans):
        return role  # no quote in this sentence, or one holds the day
    before = all(stop <= day for _, stop in spans)
    if not before and not all(at > day for at, _ in spans):
        return role  # quotes on both sides of the day
    quoted = {t.norm for t in tokens if any(at <= t.start < stop for at, stop in spans)}
    if before:
        rest = {t.norm for t in tokens if t.start >= max(stop for _, stop in spans)}
    else:
        rest = {t.norm for t in tokens if t.start < min(at for at, _ in spans)}
    if not (quoted | rest).isdisjoint(_LOOKING_BACK):
        return role  # an earlier meeting recalled: left to the role rules
    if _held(quoted) and _plans(rest):
        return OTHER  # the quote tells the meeting held, the day's stretch plans another
    if _held(rest) and _plans(quoted):
        return OTHER  # the quote plans the meeting, the day's stretch tells one held
    return role


def _plans(norms: set[str]) -> bool:
    """A stretch that plans a meeting: a word of planning and one of meeting ("will meet
    again", "a further round set for"), not any "later" or "set" ("later on Monday flew")."""
    return not norms.isdisjoint(_PLANS) and not norms.isdisjoint(_GATHERING)


def _held(norms: set[str]) -> bool:
    return not norms.isdisjoint(_HELD) and norms.isdisjoint(_PLANS)


__all__ = ["OTHER", "quoted_occasion", "unquoted_occasion"]
