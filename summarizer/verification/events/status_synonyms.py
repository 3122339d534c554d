"""Statuses and event kinds said by what happened, not by the value's own word (an outside
check, session 25: check 53's cause 6), for :mod:`summarizer.verification.status.statuses`:

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
- a truce a party presses for is a ``supports`` stance (check 67, session 30: "used the
  gathering to press for the truce to be made permanent"; :func:`pressed_for`).

Review rvB (session 25) narrowed each reading to its own shape: no meeting after "over",
"of", "about" ("the row over the summit is over") or ended "before they began"; a second
meeting named after the end reads none ("the G20 summit is over, and ... the APEC meeting
next week"); no trip that "begins to" or follows "if/when/whether"; no swap "in return for"
a truce or goods, nor troops sent or "a video of two hostages"; no court voiding a challenge,
a listing or the lower court, nor one undone in the sentence ("overturned the ruling that
had struck down", "reinstated"); no going on of calls, a push or a consultation, a renewal
wished ("wants the embargo renewed", "be extended") or a history ("every six months"); no
truce asked for when something else is asked about it ("guarantees that the ceasefire").

Word lists over one sentence's normal forms (with "," where punctuation parts clauses, as
:func:`statuses.clause_norms` writes them); the caller reads negations and prospects.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set
from .status_cues import PERIODS

Span = tuple[int, int]

_MEETINGS = word_set("talks meeting meetings summit negotiations session")
_ROUNDS = word_set("round")
_CLOCK = PERIODS | word_set("noon midnight evening morning afternoon lunchtime dusk nightfall")
_PAST_ENDS = word_set("ended finished broke wrapped")
_BE_PAST = word_set("are were is was")
_ENDED = (("over",), ("ended",), ("finished",), ("broke", "up"), ("wrapped", "up"), ("done",))
_HAVE = word_set("have has had")
# Words before the meeting's noun that put its end still to come or make it a condition.
_NOT_YET = word_set("once when after until till before if unless by whenever")
# Words just before the meeting's noun that make it no subject ("the row over the summit is
# over", "the days of talks are over": the row and the days end, not the meeting).
_NOT_SUBJECT = word_set("over of about on for into against")
# Words after the end that undo it as a meeting held ("over almost before they began",
# "was done for", "over as an idea").
_NOT_HELD_AFTER = word_set("before for as")
_TRIPS = word_set("trip visit tour journey visits trips")
_STARTS = word_set("begins starts opens commences kicks")
_EARLIER = word_set("last previous earlier former prior")
# A condition or a question before a trip's start ("if the visit starts on time", "too early
# to say when the visit starts"): no plan stated.
_UNSURE_START = word_set("if unless whether when once until before")
_TOWARDS = word_set("to in of through")
_IN_RETURN = (("in", "return"), ("in", "exchange"), ("in", "turn"))
_HANDING = word_set(
    "handed returned freed released sent gave swapped transferred repatriated handing "
    "returning freeing releasing"
)
_HELD_PEOPLE = word_set(
    "soldiers servicemen servicewomen prisoners pows captives detainees hostages "
    "civilians fighters marines people men women children nationals citizens defenders"
)
HELD_PEOPLE = _HELD_PEOPLE  # people held, for synonym_senses
# What is handed out that only tells of people held ("released a video of two hostages").
_RECORDS = word_set(
    "statement statements video videos footage list lists names details photos images report "
    "figures letter letters message proof"
)
_ASKING = word_set("asked asks asking requested requests requesting")
_PRESSING = word_set("press presses pressing")
_QUESTIONS = word_set("whether if about how why when what who")
_TRUCES = ("ceasefire", "truce", "armistice", "cessation", "pause", "halt")
# Words between the asking and the truce that make something else the thing asked for
# ("asked for guarantees that the ceasefire", "asked for details of the truce").
_ASKED_OTHER = word_set(
    "that of to about on over with from into during despite after before under in for by as "
    "while since until because"
)
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
# What a verb of going on takes that is no measure ("renewed calls for sanctions", "extended
# an invitation", "extended its consultation"), and words before it that make it an adjective
# ("a renewed push") or a wish or prospect ("wants the embargo renewed", "that the ban be
# extended", "expect the freezes to be prolonged").
_NOT_MEASURES = word_set(
    "calls call demand demands push pressure appeal appeals invitation invitations "
    "consultation consultations offer offers warning warnings threat threats effort efforts "
    "bid bids fighting attacks strikes interest hope hopes fears criticism support lead visit "
    "mandate discussions debate contacts dialogue"
)
# "renewed every six months since 2014": a history of renewals, not the state now.
_HISTORY = word_set("every since repeatedly twice annually")
_ADJECTIVE_BEFORE = word_set("a an the their its his her our with")
_WISHED = word_set(
    "be want wants wanted hope hopes hoped seek seeks sought expect expects expected urge "
    "urges urged proposed proposes propose asked asks pushing pushed push demand demands "
    "demanded will would could should may might must to"
)
_COURT_ACTS = word_set(
    "injunction injunctions stay ruling rulings order orders judgment judgement decision "
    "verdict conviction veto court courts lower panel judge judges tribunal challenge "
    "challenges lawsuit lawsuits suit complaint complaints appeal appeals case petition "
    "listing listings designation"
)
# Words in the sentence that put the measure back or keep it ("overturned the ruling that had
# struck down the tariffs, putting them back in force", "stayed the order that had vacated"):
# the voiding is itself undone, or another part of the measure stands.
_KEPT_BY_COURT = word_set(
    "reinstated reinstating reinstates restored restoring upheld upholding upholds stayed "
    "reversed reversing back stand revived"
)


def _at(norms: Sequence[str], index: int, words: Sequence[str]) -> bool:
    return tuple(norms[index : index + len(words)]) == tuple(words)


def _not_yet(norms: Sequence[str], index: int) -> bool:
    """A word in the three before the meeting's noun that puts its end still to come ("once
    the talks are over"); "by" before a time of day ("by noon the meeting was over") dates
    an end that happened."""
    for at in range(max(index - 3, 0), index):
        if norms[at] in _NOT_YET and not (norms[at] == "by" and norms[at + 1] in _CLOCK):
            return True
    return False


def meeting_over(norms: Sequence[str]) -> list[Span]:
    """A meeting's noun followed by its end: "talks are over", "the summit has ended"; none
    when another meeting is named after it ("the G20 summit is over, and the leaders head to
    Lima for the APEC meeting next week": the sentence is about two; "no date for a further
    round" names none)."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if found and norm in _MEETINGS | _ROUNDS and "no" not in norms[max(index - 6, 0) : index]:
            return []  # "the G20 summit is over, and ... the APEC meeting next week"
        if norm not in _MEETINGS or _not_yet(norms, index):
            continue
        if not _NOT_SUBJECT.isdisjoint(norms[max(index - 2, 0) : index]):
            continue  # "the row over the summit is over" (review rvB, s25)
        at = index + 1
        for step in range(index + 1, min(index + 6, len(norms))):  # "talks in Geneva were"
            if norms[step] == ",":
                break
            if norms[step] in _BE_PAST or norms[step] in _HAVE:
                at = step + 1
                break
            if norms[step] in _PAST_ENDS and norms[index + 1] in _TOWARDS | {"between"}:
                at = step  # "talks between Kyiv and Moscow finished" (review rvB, s25)
                break
        for ended in _ENDED:
            if ended == ("over",) and at == index + 1:
                continue  # "talks over the border": "over" needs "are" or "were" before it
            if _at(norms, at, ended):
                after = norms[at + len(ended) : at + len(ended) + 3]
                if not _NOT_HELD_AFTER.isdisjoint(after[:1]) or "before" in after:
                    break  # "talks were over almost before they began", "done for"
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
        if not _UNSURE_START.isdisjoint(norms[max(index - 3, 0) : index]):
            continue  # "if the visit starts on time" (review rvB, s25)
        at = index + 1
        if norms[at : at + 2] == [",", "which"]:
            at += 2
        elif at < len(norms) and norms[at] in _TOWARDS:  # "the visit to France starts"
            at = next(
                (i for i in range(at + 1, min(at + 4, len(norms))) if norms[i] in _STARTS), at
            )
        if at < len(norms) and norms[at] in _STARTS and norms[at + 1 : at + 2] != ["to"]:
            found.append((index, at + 1))  # not "the trip begins to look unlikely"
    return found


def _people_taken(taken: Sequence[str]) -> bool:
    """Whether the words after a verb of handing name people held, with no record of them
    before ("handed 100 Ukrainian soldiers back"; not "released a video of two hostages")."""
    people = next((i for i, word in enumerate(taken) if word in _HELD_PEOPLE), None)
    return people is not None and _RECORDS.isdisjoint(taken[:people])


def handed_in_return(norms: Sequence[str]) -> list[Span]:
    """Captives handed over "in return" or "in exchange": a swap told from one side."""
    found: list[Span] = []
    for index in range(len(norms) - 1):
        if not any(_at(norms, index, words) for words in _IN_RETURN):
            continue
        if norms[index + 2 : index + 3] == ["for"]:  # "in return for the ceasefire, ..."
            given = norms[index + 3 : index + 9]
            if "," in given:
                given = given[: given.index(",")]
            if _HELD_PEOPLE.isdisjoint(given):
                continue  # a swap for a truce or for goods, not for people held
        tail = norms[index + 2 : index + 10]
        for step, norm in enumerate(tail):
            taken = tail[step + 1 : step + 7]
            if norm in _HANDING and _people_taken(taken):
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
    if found and not _KEPT_BY_COURT.isdisjoint(norms):
        return []  # the voiding undone, or part of the measure upheld (review rvB, s25)
    return [
        (s, e)
        for s, e in found
        if norms[e : e + 1] == ["by"] or _COURT_ACTS.isdisjoint(norms[e : e + 4])
    ]  # "struck down by the Court of International Trade": the court is who voided it


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
        if _OPEN.isdisjoint(norms[max(s - 6, 0) : s])
        and _RESPITES.isdisjoint(norms[e : e + 4])
        and _NOT_MEASURES.isdisjoint(norms[e : e + 3])
        and (s == 0 or norms[s - 1] not in _ADJECTIVE_BEFORE)  # not "a renewed push"
        and _WISHED.isdisjoint(norms[max(s - 5, 0) : s])
        and _HISTORY.isdisjoint(norms[e : e + 4])
    ]


def asked_for(norms: Sequence[str], verbs: frozenset[str] = _ASKING) -> list[Span]:
    """A truce asked for: "had asked for an unconditional 30-day ceasefire", "requested a
    truce" (the truce noun within six words, no comma between); not a question ("asked
    whether the truce would hold")."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm not in verbs or _QUESTIONS.intersection(norms[index + 1 : index + 2]):
            continue  # "asked whether the truce would hold": a question, no request
        for step in range(index + 1, min(index + 7, len(norms))):
            if norms[step] == "," or (step > index + 1 and norms[step] in _ASKED_OTHER):
                break  # "asked for details of the truce" (review rvB, s25)
            if norms[step].startswith(_TRUCES):
                found.append((index, step + 1))
                break
    return found


def pressed_for(norms: Sequence[str]) -> list[Span]:
    """A truce a party presses for supports it (session 30, check 67: "used the Bangkok
    gathering to press for the junta's temporary truce to be made permanent"): "press for",
    "presses for", "pressing for" and the truce noun as :func:`asked_for` reads it ("pressed
    for" is a cue of the vocabulary already). Not "press for the release of ..." or "pressing
    for an end to the truce": the truce is not what is pressed for."""
    return [
        (start, end)
        for start, end in asked_for(norms, _PRESSING)
        if norms[start + 1 : start + 2] == ["for"]
    ]


_READERS = {
    ("Stance", "supports"): pressed_for,
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


__all__ = [
    "HELD_PEOPLE",
    "court_voided",
    "going_on",
    "meeting_over",
    "pressed_for",
    "synonym_cues",
    "trip_begins",
]
