"""A clause-opening participle of meeting whose main verb is past says the meeting was
``held`` (an outside check, session 25: checks 54-57's statuses worded in the text's own
verbs), for :func:`summarizer.verification.events.status_calls.extra_status_cues`.

The shape: "Meeting in Putrajaya on July 28 under Malaysia's chairmanship, Thailand and
Cambodia agreed a ceasefire", "Gathering at the Elysee on Thursday, the leaders endorsed the
plan". A participle has no tense of its own: it takes the main verb's, so a past main verb
after the participle's clause (after a comma) puts the meeting in the past: it was held.

Deliberately not read:

- a main verb to come ("Meeting in Doha next week, the two sides will sign", "are expected to
  agree", "hope to settle"): any word of :data:`_TO_COME` between the participle and the past
  verb refuses it;
- a participle with an object ("Meeting expectations, the bank raised rates", "Meeting him in
  Ankara, ..."): a preposition of place or time must follow the participle at once;
- a participle not opening its clause ("Before meeting in Geneva, they spoke by phone", "after
  meeting in Riga"): the participle must open the sentence or a clause, or follow one
  dateline word;
- a past verb inside the participle's own clause: the main verb is read only after a comma;
- a gerund subject with an aside ("Meeting in Budapest, Peskov said, was premature"): a
  finite verb right after the past verb's comma (session 26);
- a meeting put off or called off ("The meeting in Geneva, officials said, was postponed"):
  the reading stops at a verb of :data:`_CALLED_OFF`, and a noun after a determiner is no
  participle.

Known limits: a main verb in the present ("Meeting in Rome, the ministers say ...") is left
unread (a live report may be of a meeting under way); a participle clause that runs on with
no comma is left unread.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set

Span = tuple[int, int]

_PARTICIPLES = word_set("meeting gathering convening assembling")
_PLACE_TIME = word_set("in at on for under inside near outside behind")
_TO_COME = word_set(
    """will would shall to expected due set hope hopes plan plans may might could can should
    must are is am be going"""
)
_PAST = word_set(
    """met made struck set held took gave sat spoke said won came went sent saw put shook wrote
    told drew chose laid"""
)
_NOT_VERBS = word_set("united so red bed need seed speed hundred")
# Past verbs that undo a meeting rather than report one ("The meeting in Geneva, officials
# said, was postponed"): the reading stops at them.
_CALLED_OFF = word_set(
    """postponed cancelled canceled delayed scrapped called shelved collapsed abandoned
    suspended dropped rescheduled deferred"""
)
_DETERMINERS = word_set("the a an this that its their his her our next last")
_REACH = 30


def met_participle(norms: Sequence[str]) -> list[Span]:
    """(start, end) spans from a clause-opening participle of meeting to its past main verb,
    in one sentence's norms (see the module)."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm not in _PARTICIPLES or not _opens_clause(norms, index):
            continue
        if norms[index + 1 : index + 2] == [] or norms[index + 1] not in _PLACE_TIME:
            continue
        comma = _next_comma(norms, index + 2)
        if comma is None:
            continue
        for step in range(index + 2, min(index + _REACH, len(norms))):
            word = norms[step]
            if word in _TO_COME or word in _CALLED_OFF:
                break
            if step > comma and _past(word):
                if not _gerund_subject(norms, step):
                    found.append((index, step + 1))
                break
    return found


# A finite verb right after "X said," ends a gerund subject's aside: "Meeting in Budapest,
# Peskov said, was premature" says nothing took place (session 26 review of r2status).
_FINITE = word_set(
    """is was are were remains remained would will had has could may might seems seemed looks
    looked appears appeared"""
)


def _gerund_subject(norms: Sequence[str], verb: int) -> bool:
    """The past verb is an aside ("Peskov said,") with the participle's clause as the
    subject of a finite verb after it."""
    return (
        norms[verb + 1 : verb + 2] == [","]
        and norms[verb + 2 : verb + 3] != []
        and (norms[verb + 2] in _FINITE)
    )


def _opens_clause(norms: Sequence[str], index: int) -> bool:
    """The participle opens the sentence, a clause, or follows one dateline word."""
    return index == 0 or norms[index - 1] == "," or (index == 1 and norms[0] not in _DETERMINERS)


def _next_comma(norms: Sequence[str], start: int) -> int | None:
    for step in range(start, min(start + _REACH, len(norms))):
        if norms[step] == ",":
            return step
    return None


def _past(word: str) -> bool:
    """A past verb: an irregular past of :data:`_PAST`, or a regular "-ed" form."""
    if word in _PAST:
        return True
    return len(word) > 4 and word.endswith("ed") and word not in _NOT_VERBS


__all__ = ["met_participle"]
