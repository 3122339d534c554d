"""Who records a truce's breaches, and who only watches for them (an outside check, session
15): "OSCE monitors reported 40 violations", "Monitors have documented 12 breaches",
"Violations of the truce were documented by UN observers" tell of breaches that happened and
name the monitors as the ones reporting them; "monitors were deployed to flag breaches",
"tasked with documenting breaches", "to spot violations" give them a mandate, and no breach.

The words of recording (report, document, record, log, flag, register, note, spot, detect,
count, verify, confirm, observe) are read by their form: a past form with a breach noun
after it ("recorded 40 violations", "had logged 31 breaches") or before it in the passive
("violations were documented by observers") tells of breaches recorded, and its subject (or
the one after "by") is the one reporting them, a ``reported_by`` of a violated truce
(:mod:`summarizer.verification.sides.announcers`). Any other form, and a verb of watching (monitor,
watch, look out, check, investigate, prevent), is a mandate
(:mod:`summarizer.verification.status.watched_words` reads the breach cue so).

Either way, those recording or watching for breaches did not commit them: no actor of the
breaches (:mod:`summarizer.verification.sides.event_actors`), a stated role, so unsupported.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_gap, word_set

BREACHES = ("violat", "breach", "infring")
# The verbs of recording: their past forms, and every other form ("countless" is none).
RECORDED = word_set(
    """reported documented recorded logged flagged registered noted spotted detected counted
    verified confirmed observed"""
)
RECORDING = word_set(
    """report reports reporting document documents documenting record records recording log
    logs logging flag flags flagging register registers registering note notes noting spot
    spots spotting detect detects detecting count counts counting verify verifies verifying
    confirm confirms confirming observe observes observing"""
)
WATCHING = word_set(
    """monitor monitors monitoring watch watches watching check checks checking investigate
    investigates investigating prevent prevents preventing"""
)
# Words between the one recording and its verb: its own words, auxiliaries, a report of it.
_OWN = word_set(
    """the a an monitors monitor observers observer team mission teams missions inspectors
    officers joint monitoring observer international ceasefire truce have has had also said
    say says they it which who on sunday monday tuesday wednesday thursday friday saturday
    overnight since"""
)
_COUNTS = word_set("fresh new more than over nearly about at least dozens of hundreds some")
_ENDS = word_set("and but while which who said says")
_REACH = 10


def _breach_after(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """A breach noun after the verb, over numbers and words of counting ("recorded more than
    200 violations", "logged 31 ceasefire breaches")."""
    for index in range(verb + 1, min(verb + 6, len(tokens))):
        if clause_gap(tokens, index - 1, text):
            return False
        token = tokens[index]
        if token.norm.startswith(BREACHES):
            return True
        if not (token.is_number or token.norm in _COUNTS or token.norm in _OWN):
            return False
    return False


def _breach_before(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """A breach noun before a passive verb in its clause ("Violations of the truce were
    documented")."""
    for index in range(verb - 1, max(verb - 9, -1), -1):
        if clause_gap(tokens, index, text):
            return False
        if tokens[index].norm.startswith(BREACHES):
            return True
    return False


def records(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first..last]`` is the one the sentence says recorded
    breaches (see the module): the subject of a past form of recording with a breach noun
    after it, or the agent after "by" of one with a breach noun before it."""
    start = first
    while start > 0 and (tokens[start - 1].capitalised or tokens[start - 1].norm == "the"):
        start -= 1  # "by UN observers", "by the joint team"
    if start >= 2 and tokens[start - 1].norm == "by" and tokens[start - 2].norm in RECORDED:
        return _breach_before(tokens, start - 2, text)
    index = last + 1
    while index < len(tokens) and index <= last + 5 and not clause_gap(tokens, index - 1, text):
        norm = tokens[index].norm
        if norm in RECORDED:
            return _breach_after(tokens, index, text)
        if not (norm in _OWN or tokens[index].capitalised):
            return False
        index += 1
    return False


def watches_for(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name records or watches for breaches in its clause ("monitors were
    deployed ... to flag breaches", "observers tasked with documenting violations"): a verb of
    recording or watching, in any form, with a breach noun right after it."""
    if records(tokens, first, last, text):
        return True
    for index in range(last + 1, min(last + 1 + _REACH, len(tokens))):
        if clause_gap(tokens, index - 1, text) or tokens[index].norm in _ENDS:
            return False
        norm = tokens[index].norm
        if norm in RECORDED or norm in RECORDING or norm in WATCHING:
            following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            if following in ("for", "out", "any"):
                index += 1  # "to watch for violations", "look out for", "log any breach"
            return _breach_after(tokens, index, text)
    return False


__all__ = ["BREACHES", "RECORDED", "RECORDING", "WATCHING", "records", "watches_for"]
