"""Statuses and event kinds said by what happened, not by the value's own word (an outside
check, session 25: check 53's cause 6), for :mod:`summarizer.verification.statuses`:

- a meeting that is over is ``held``: "Talks are over after roughly three hours", "the meeting
  was over by noon", "the summit has ended", "talks broke up". Not when the end is still to
  come: "once the talks are over", "when the meeting is over", "before the summit ended";
- a trip or visit that begins on a day is ``scheduled``: "the four-day trip begins on June 21",
  "the visit, which starts on Monday", "his tour opens in Tokyo". Not an earlier trip ("last
  year's visit began ...") and not a past start ("began" is a start, not a plan);
- captives handed over "in return" or "in exchange" is a ``prisoner_exchange``: "In return,
  it handed 100 Ukrainian soldiers back", "in exchange Kyiv freed 90 servicemen". The verb
  must take people held (soldiers, prisoners, captives): "in return, Moscow handed over the
  town" exchanges no prisoners;
- a court that "struck down", "vacated", "enjoined", "invalidated", "annulled", "overturned"
  or "quashed" a measure ``suspended`` it (the labels' choice for a measure a ruling stopped
  and an appeal may revive); the base forms ("asked the court to strike down") are left out,
  and the caller still reads negations and prospects ("declined to vacate", "could strike
  down");
- a measure "extended", "renewed", "prolonged" or "rolled over" is ``in_force``: the page
  says it goes on ("extended them by six months", "renewed the sanctions until July 31");
  not a pause or a deadline extended, which keeps the measure from applying;
- a truce "asked for" or "requested" is ``proposed`` (check 50: "Kyiv had also asked for an
  unconditional 30-day ceasefire"); "asked whether the truce would hold" is a question.

Word lists over one sentence's normal forms (with "," where punctuation parts clauses, as
:func:`statuses.clause_norms` writes them); the caller reads negations and prospects.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.tokens import word_set

Span = tuple[int, int]

_MEETINGS = word_set("talks meeting meetings summit negotiations session")
_BE_PAST = word_set("are were is was")
_ENDED = (("over",), ("ended",), ("finished",), ("broke", "up"), ("wrapped", "up"), ("done",))
_HAVE = word_set("have has had")
# Words before the meeting's noun that put its end still to come or make it a condition.
_NOT_YET = word_set("once when after until till before if unless by whenever")
_TRIPS = word_set("trip visit tour journey visits trips")
_STARTS = word_set("begins starts opens commences kicks")
_EARLIER = word_set("last previous earlier former prior")
_TOWARDS = word_set("to in of through")
_IN_RETURN = (("in", "return"), ("in", "exchange"), ("in", "turn"))
_HANDING = word_set(
    "handed returned freed released sent gave swapped transferred repatriated handing "
    "returning freeing releasing"
)
_HELD_PEOPLE = word_set(
    "soldiers servicemen servicewomen prisoners pows captives detainees hostages troops "
    "civilians fighters marines people men women children nationals citizens defenders"
)
_ASKING = word_set("asked asks asking requested requests requesting")
_QUESTIONS = word_set("whether if about how why when what who")
_TRUCES = ("ceasefire", "truce", "armistice", "cessation", "pause", "halt")
_STRUCK = word_set("struck strikes striking")
_VOIDING = word_set(
    "vacated vacates vacating enjoined enjoins enjoining invalidated invalidates annulled "
    "annuls overturned overturns quashed quashes"
)
_GOING_ON = word_set("extended renewed prolonged")
_OPEN = word_set("whether if unless")
# What may go on that keeps a measure from applying, or a court's own act that may be voided.
_RESPITES = word_set(
    "deadline deadlines pause pauses truce ceasefire exemption exemptions waiver waivers "
    "suspension reprieve grace delay talks negotiations"
)
_COURT_ACTS = word_set(
    "injunction injunctions stay ruling rulings order orders judgment judgement decision "
    "verdict conviction veto"
)


def _at(norms: Sequence[str], index: int, words: Sequence[str]) -> bool:
    return tuple(norms[index : index + len(words)]) == tuple(words)


def meeting_over(norms: Sequence[str]) -> list[Span]:
    """A meeting's noun followed by its end: "talks are over", "the summit has ended"."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm not in _MEETINGS or not _NOT_YET.isdisjoint(norms[max(index - 3, 0) : index]):
            continue
        at = index + 1
        for step in range(index + 1, min(index + 5, len(norms))):  # "talks in Geneva were"
            if norms[step] == ",":
                break
            if norms[step] in _BE_PAST or norms[step] in _HAVE:
                at = step + 1
                break
        for ended in _ENDED:
            if ended == ("over",) and at == index + 1:
                continue  # "talks over the border": "over" needs "are" or "were" before it
            if _at(norms, at, ended):
                found.append((index, at + len(ended)))
                break
    return found


def trip_begins(norms: Sequence[str]) -> list[Span]:
    """A trip's or visit's start in the present tense: "the four-day trip begins on June 21",
    "the visit, which starts on Monday"."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm not in _TRIPS or not _EARLIER.isdisjoint(norms[max(index - 4, 0) : index]):
            continue
        at = index + 1
        if norms[at : at + 2] == [",", "which"]:
            at += 2
        elif at < len(norms) and norms[at] in _TOWARDS:  # "the visit to France starts"
            at = next(
                (i for i in range(at + 1, min(at + 4, len(norms))) if norms[i] in _STARTS), at
            )
        if at < len(norms) and norms[at] in _STARTS:
            found.append((index, at + 1))
    return found


def handed_in_return(norms: Sequence[str]) -> list[Span]:
    """Captives handed over "in return" or "in exchange": a swap told from one side."""
    found: list[Span] = []
    for index in range(len(norms) - 1):
        if not any(_at(norms, index, words) for words in _IN_RETURN):
            continue
        tail = norms[index + 2 : index + 10]
        for step, norm in enumerate(tail):
            if norm in _HANDING and not _HELD_PEOPLE.isdisjoint(tail[step + 1 : step + 7]):
                found.append((index, index + 3 + step))
                break
    return found


def court_voided(norms: Sequence[str]) -> list[Span]:
    """A ruling's verb of voiding a measure: "struck down", "vacated", "enjoined"; not when
    what it voids is a court's own act ("vacated the injunction" restores the measure)."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm in _STRUCK and "down" in norms[index + 1 : index + 5]:  # "struck the duties down"
            down = norms.index("down", index + 1)
            if "," not in norms[index:down]:
                found.append((index, down + 1))
        elif norm in _VOIDING:
            found.append((index, index + 1))
    return [(s, e) for s, e in found if _COURT_ACTS.isdisjoint(norms[e : e + 4])]


def going_on(norms: Sequence[str]) -> list[Span]:
    """A measure extended, renewed, prolonged or rolled over; not when a question or a
    condition a few words before leaves it open ("will decide whether the ban is extended"),
    nor when what goes on is a pause, a deadline or a truce ("extended the deadline for the
    tariffs", "extended the pause"), which keeps the measure from applying."""
    found = [(i, i + 1) for i, norm in enumerate(norms) if norm in _GOING_ON]
    found += [(i, i + 2) for i in range(len(norms)) if _at(norms, i, ("rolled", "over"))]
    return [
        (s, e)
        for s, e in found
        if _OPEN.isdisjoint(norms[max(s - 6, 0) : s]) and _RESPITES.isdisjoint(norms[e : e + 4])
    ]


def asked_for(norms: Sequence[str]) -> list[Span]:
    """A truce asked for: "had asked for an unconditional 30-day ceasefire", "requested a
    truce" (the truce noun within six words, no comma between); not a question ("asked
    whether the truce would hold")."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm not in _ASKING or _QUESTIONS.intersection(norms[index + 1 : index + 2]):
            continue  # "asked whether the truce would hold": a question, no request
        for step in range(index + 1, min(index + 7, len(norms))):
            if norms[step] == ",":
                break
            if norms[step].startswith(_TRUCES):
                found.append((index, step + 1))
                break
    return found


_READERS = {
    ("SummitStatus", "held"): meeting_over,
    ("CeasefireStatus", "proposed"): asked_for,
    ("SummitStatus", "scheduled"): trip_begins,
    ("EventKind", "prisoner_exchange"): handed_in_return,
    ("MeasureStatus", "suspended"): court_voided,
    ("MeasureStatus", "in_force"): going_on,
}


def synonym_cues(family: str, value: str, norms: Sequence[str]) -> list[Span]:
    """(start, end) spans of the module's wordings of the value in one sentence's norms."""
    reader = _READERS.get((family, value))
    return reader(norms) if reader else []


__all__ = ["court_voided", "going_on", "meeting_over", "synonym_cues", "trip_begins"]
