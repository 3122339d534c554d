"""A count in a conjunct with no verb of its own shares the time of the clause it is joined
to (session 61, ct61: outside checks 79 and 87; correct counts refused as "N is the count at
another time than ...", each strong).

"At the end of September its books showed assets of $49.5 million and deposits of $42.7
million"; "On June 18 the bank had $63.8 million in assets and $53.8 million in deposits";
"had by Wednesday afternoon retrieved 166 people alive and 78 bodies". The second conjunct
("and deposits of $42.7 million") has no verb: it is a second object of the first clause's
verb, so that clause's time dates it too, though the first clause holds a count of its own
(its sibling, no rival occasion). :mod:`..counts.count_times` cuts a number's clause at "and"
and took the scene's time only from a clause with no count, so the date written once for the
pair dated neither and the count was refused for the time its own sentence gives it.

A conjunct is elided when it opens with "and" and holds, up to the next clause mark or cut,
no word of a verb: no word in "-ed" (but "-ed" adjectives before a noun stand, see below), no
auxiliary or subject pronoun, no irregular past of the verbs counts are told by. "and on
Tuesday nine more were found dead" has its own verb (and its own time); "and the Senate
passed it 60-40" its own verb, so its time is not taken from the clause before.

Nor is a conjunct elided that holds a time of its own of any kind (review rv62t): "and the
following day a further 30", "and overnight another 9 dogs", "and a year earlier $52
million", "and now about 180,000" (a rate's period, "18,000 cars a day", is no time). And the
dated clause must be the one the conjunct is joined to: no cut word ("but", "while", "from",
"after", ...) between its time and the conjunct or opening the time's own clause ("Loans rose
to $90 million, from $75 million in January, and deposits to $120 million": the January is
the compared value's), no conjunct with a verb of its own, and no clause with a time of its
own after a semicolon, colon or dash ("; by the year's end it held \u20ac2.2bn in loans and
\u20ac2.8bn in deposits"; but "On Friday 23 May each side freed 390 people; for Ukraine that
meant 270 soldiers and 120 civilians" keeps Friday for the 120).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from ..page.tokens import Token, word_set

_VERBAL = word_set(
    """is are was were be been being has have had will would shall should can could may might
    must do does did which that who whom whose it they we he she there
    sold bought paid spent won lost took gave made got brought sought held left went came
    rose fell grew shrank sank hit cut put set kept saw drew ran stood fled"""
)
# "-ed" words that are no verb in a count's phrase.
_NOT_VERBS = word_set("red bed need needed hundred")
# Words of a time of the conjunct's own, not a month or weekday (review rv62t).
_TIMES = word_set(
    """now today tonight yesterday tomorrow overnight currently earlier previously before ago
    since until morning afternoon evening night nightfall dawn noon midnight weekend day days
    week weeks month months year years quarter hours"""
)
_RATES = word_set("a an per each every")  # "18,000 cars a day": a rate's period, no time
# The cuts of a count's clause other than "and" (as counts.count_times cuts it).
_CUTS = word_set("but while whereas then later from against after compared versus")
_MARKS = (";", ":", "\u2014", "\u2013 ")


def _verbal(tokens: Sequence[Token], index: int) -> bool:
    norm = tokens[index].norm
    if tokens[index].is_number:
        return False
    return norm in _VERBAL or (norm.endswith("ed") and norm not in _NOT_VERBS)


def _timed(tokens: Sequence[Token], index: int) -> bool:
    token = tokens[index]
    if token.norm in WEEKDAYS or (
        token.norm in MONTH_NUMBER and (token.norm != "may" or token.text == "May")
    ):
        return True
    rate = index > 0 and tokens[index - 1].norm in _RATES
    return token.norm in _TIMES and not (rate and token.norm not in ("now", "today"))


def _bare(tokens: Sequence[Token], start: int, stop: int, text: str) -> bool:
    """Whether the conjunct from its "and" at ``start`` holds, before ``stop`` or the next
    comma, no verb and no time of its own."""
    for index in range(start + 1, stop):
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            break  # "and $53.8m in deposits, of which $2.8m went ...": the aside is no verb of it
        if _verbal(tokens, index) or _timed(tokens, index):
            return False
    return True


def elided_conjunct(tokens: Sequence[Token], span: range, text: str, since: int) -> bool:
    """Whether the clause ``span`` of ``tokens`` (cut before "and" and at clause marks, so
    opening with its "and") is a conjunct with no verb or time of its own, joined to the
    clause of the time word at ``since`` (see the module)."""
    if not len(span) or tokens[span.start].norm != "and":  # the cut keeps its "and"
        return False
    if not _bare(tokens, span.start, span.stop, text):
        return False
    for index in range(since, -1, -1):  # the time's own clause is no compared value's
        if tokens[index].norm in _CUTS:
            return False  # "from $75 million in January, and deposits to $120 million"
        gap = text[tokens[index - 1].end : tokens[index].start] if index else ""
        if tokens[index].norm == "and" or any(mark in gap for mark in _MARKS):
            break
    for index in range(since + 1, span.start):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if tokens[index].norm in _CUTS:
            return False  # "..., but by Friday it held ... and": another clause's
        if any(mark in gap for mark in _MARKS) and any(
            _timed(tokens, k) for k in range(index, span.start)
        ):
            return False  # "; by the year's end it held ... and": a clause of another time
        if tokens[index].norm == "and" and not _bare(tokens, index, span.start, text):
            return False  # "and by the year's end held €2.2bn in loans and €2.8bn"
    return True


__all__ = ["elided_conjunct"]
