"""A status cue in a clause that does not apply to the fact (an outside check, session 24:
check 51's cause 1). A careful reader takes a measure's or a truce's status from the clause
whose subject or object is the thing itself, not from a clause about a court's ruling or a
procedure, nor from a condition still to be met:

- *A ruling's or a procedure's status* (:func:`procedure_cue`): a cue whose object, right
  after it ("the judges paused their decision", "stayed the effect of its ruling", "delayed
  the vote"), or whose passive subject or object right before it ("put its ruling on hold",
  "the judgment was suspended", "the inquiry into the levy was halted", "the injunction stays
  in effect", "the administrative stay remains in effect", "lifted the administrative stay")
  is a ruling or a procedure, says what became of the ruling: "The court paused
  its ruling until Oct. 14" leaves the tariffs in force, and is no ``suspended`` for them. A
  ruling as the active subject acts on the measure ("the court's ruling suspended the tariffs"
  is their suspension). A decision, an order or an opinion is a ruling only in a sentence
  about a court ("the Council suspended its decision to impose duties" is the measure's own).
- *A condition still to be met* (:func:`still_required`): a cue in the verb chain of an
  obligation ("must be approved by the Senate", "still has to pass the House and be signed by
  the president", "would have to be ratified", "can only be imposed after a vote") or right
  after a verb of needing ("still needs Senate approval") states a step still ahead: "To
  become law, the measure still has to pass the House and be signed" is no ``enacted``, and
  leaves the one chamber's passage as the latest stage. Not read: a cue in a noun phrase the
  obligation's verb governs ("importers must pay the duties imposed on Friday") or past a
  clause mark.

Both are read for a measure's status and a truce's; the condition also for a meeting's, a
stance and an event's kind, of the values that state what has happened (a value that is
itself a prospect, "proposed", "vote_expected", keeps its modal).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import BE_FORMS, word_set

# What a court's clause acts on: its ruling, and the procedures around a measure.
_RULINGS = word_set(
    """ruling rulings judgment judgments judgement judgements verdict verdicts injunction
    injunctions mandate stay hearing hearings proceedings deliberations vote votes debate debates
    review investigation probe inquiry appeal appeals trial"""
)
# Nouns that are a ruling only in a court's sentence (else the measure itself may be one:
# the EU's "decision", an "executive order").
_COURT_ONLY = word_set("decision decisions order orders opinion")
_COURTS = word_set("court courts judge judges justices panel tribunal bench appeals")
# Words between a cue and the noun it acts on ("paused the effect of its own ruling").
_OBJECT_SKIPS = word_set(
    """the a an its their his her this that own court court's panel appeals lower trade
    of effect implementation final earlier latest administrative temporary interim emergency
    preliminary"""
)
# Words before a ruling noun that make a linking word its noun ("the administrative stay
# remains in effect": the stay, not "to stay"; session 24).
_NOUN_MARKS = word_set(
    "the a an its their this that administrative temporary interim emergency court appeals"
)
# Prepositions after a subject's head ("the inquiry into the levy was halted").
_OF = word_set("of on into over about against regarding concerning")
# Words between a subject or object and a cue after it ("the ruling was temporarily put on
# hold", "put its ruling on hold").
# A cue after its subject: a passive or a linking verb ("the ruling was paused", "the
# injunction stays in effect"), or a particle after its object ("put its ruling on hold").
_LINKING = word_set("on remain remains remained stay stays stayed continues continue")
_PASSIVE = BE_FORMS | _LINKING | word_set("put placed kept left")
_SUBJECT_SKIPS = _PASSIVE | word_set("has have had temporarily also now effectively then")
# A ruling noun that is also a linking verb ("stay"): a noun after a determiner or modifier.
_STAY_NOUNS = _RULINGS & _LINKING
PROCEDURE_FAMILIES = frozenset({"MeasureStatus", "CeasefireStatus"})
# --- a condition still to be met ------------------------------------------------------------
_MUST = word_set("must")
_ABLE = word_set("can could may might")
_BEFORE_TO = word_set(
    "has have having needs need needing required requires ought yet going got obliged bound"
)
_NEEDING = word_set(
    "needs need needing requires require requiring awaits await awaiting pending lacks"
)
_CHAIN = BE_FORMS | word_set(
    """have also still first formally then yet both either later finally now again
    further"""
)
_COORDINATORS = word_set("and or then")
_CLAUSE_OPENERS = word_set(
    """which that who whom after when since because while but although though as where
    once whereas"""
)
# A clause still ahead of its main clause's obligation ("needs to be signed before it enters
# into force").
_AHEAD_OPENERS = word_set("before until once")
# Values that are themselves a prospect: their wording may hold the obligation.
_PROSPECTS = frozenset(
    {
        "proposed",
        "threatened",
        "vote_expected",
        "scheduled",
        "in_doubt",
        "supports",
        "supports_with_conditions",
        "awaiting_answer",
        "skeptical",
        "rejects",
    }
)


def unapplied(family: str, raw: str, norms: Sequence[str], start: int, end: int) -> bool:
    """Whether the cue at ``norms[start:end]`` (a sentence's clause norms) is not the fact's:
    a condition still to be met (see the module; a ruling's or a procedure's status is read
    for every cue, :func:`status_forms.not_a_cue`)."""
    return raw not in _PROSPECTS and family != "CeasefireKind" and still_required(norms, start)


def procedure_cue(norms: Sequence[str], start: int, end: int) -> bool:
    """The module's *ruling's or procedure's status*."""
    court = not _COURTS.isdisjoint(norms)
    if norms[start] in _STAY_NOUNS and start and norms[start - 1] in _NOUN_MARKS:
        return True  # "the administrative stay remains": the ruling's noun, no verb of staying
    after = end
    while after < min(end + 5, len(norms)) and norms[after] in _OBJECT_SKIPS:
        after += 1
    if after < len(norms) and after > end and _ruling(norms[after], court):
        return not _measure_told(norms, after)
    before = start - 1
    while before >= max(start - 4, 0) and norms[before] in _SUBJECT_SKIPS:
        if norms[before] in _STAY_NOUNS and before and norms[before - 1] in _NOUN_MARKS:
            break  # "the administrative stay remains in effect": the stay is the subject
        before -= 1
    passive = norms[start] in _LINKING or not _PASSIVE.isdisjoint(norms[before + 1 : start])
    if before < 0 or not passive:
        return False  # "the court's ruling suspended the tariffs": the ruling acts on them
    if _ruling(norms[before], court):
        return True
    for index in range(before - 1, max(before - 6, 0), -1):  # "the inquiry into the levy was"
        if norms[index] == ",":
            return False
        if norms[index] in _OF:
            return _ruling(norms[index - 1], court)
    return False


def _ruling(norm: str, court: bool) -> bool:
    return norm in _RULINGS or (court and norm in _COURT_ONLY)


def _measure_told(norms: Sequence[str], noun: int) -> bool:
    """A decision or an order told by what it does ("halted the order cutting the grants",
    "suspended the decision to impose the levy"): the measure itself, in a court's sentence
    too (reviewer rvC)."""
    following = norms[noun + 1] if noun + 1 < len(norms) else ""
    return norms[noun] in _COURT_ONLY and (following == "to" or following.endswith("ing"))


def still_required(norms: Sequence[str], start: int) -> bool:
    """The module's *condition still to be met*: an obligation heading the verb chain the cue
    stands in (back over auxiliaries and adverbs, and over a coordinated verb phrase after
    "and"), or over a clause still ahead of it ("must be signed before it enters into force"),
    or a verb of needing up to two words before a cue."""
    near = norms[max(start - 3, 0) : start]
    if not _NEEDING.isdisjoint(near) and "," not in near:
        return True  # "still needs Senate approval", "awaiting final approval"
    back = start - 1
    if back > 0 and norms[back].endswith("ed"):
        back -= 1  # a cue inside its verb's phrase: "signed [into law]"
    while back >= 0 and norms[back] in _CHAIN and not _obliging(norms, back):
        back -= 1
    if back < 0:
        return False
    if _obliging(norms, back):
        return True
    if norms[back] in _COORDINATORS:
        return _obliged_before(norms, back, _CLAUSE_OPENERS)
    ahead = range(start - 1, max(start - 7, -1), -1)
    opener = next((i for i in ahead if norms[i] in _AHEAD_OPENERS), None)
    if opener is None or "," in norms[opener:start]:
        return False
    return _obliged_before(norms, opener, _CLAUSE_OPENERS - _AHEAD_OPENERS)


def _obliged_before(norms: Sequence[str], back: int, stops: frozenset[str]) -> bool:
    """An obligation or a need in the ten words before ``back``, back to a clause mark or a
    word of ``stops``."""
    for index in range(back - 1, max(back - 10, -1), -1):
        if norms[index] == "," or norms[index] in stops:
            return False
        if _obliging(norms, index) or norms[index] in _NEEDING:
            return True
    return False


def _obliging(norms: Sequence[str], index: int) -> bool:
    """An obligation at ``index``: "must", a "to" after "has", "needs", "required", ...
    ("has to pass", "would have to be ratified", "is yet to be signed"), or an "only" after
    a modal of ability ("can only be imposed after a vote")."""
    if norms[index] in _MUST:
        return True
    if norms[index] == "only":
        return index > 0 and norms[index - 1] in _ABLE
    return norms[index] == "to" and index > 0 and norms[index - 1] in _BEFORE_TO


__all__ = ["PROCEDURE_FAMILIES", "procedure_cue", "still_required", "unapplied"]
