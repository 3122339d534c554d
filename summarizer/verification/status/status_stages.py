"""A status the evidence's own wording contradicts by the stage it states (an outside check,
session 25: check 53's plants caught only as unconfirmed), for
:func:`summarizer.verification.status.status_support.support_status`.

The rule runs only when the evidence words the value nowhere. It then looks for a plain
wording of a stage that excludes the value, stated as what happened (not negated, not a
prospect, not a condition), and refuses the value as *unsupported*, not only unconfirmed:

- a measure that "came into force", "took effect", "went into effect" or "kicked in" is past
  being ``announced``, ``proposed``, ``threatened`` or ``introduced``: it is in force;
- a measure "adopted", "approved", "imposed" or "enacted" is no longer ``proposed`` or
  ``threatened`` ("adopted a proposal", "approved the draft" still propose: the noun after
  the verb is read);
- a measure "extended", "renewed", "prolonged" or "rolled over" is not ``lifted``;
- a truce that "began", "took effect", "took hold" or "came into force" (its noun a few words
  before the verb) is not ``proposed``;
- a truce called for ("calls on both sides to observe an immediate truce", "urged a
  ceasefire") is not ``in_effect``: the call asks for a truce not yet there ("urged both
  sides to respect the ceasefire", with "the", may be a truce that holds, and is left);
- a truce the parties "have agreed" whose steps the evidence gives only as still to come
  ("forces would pull out under the deal", "hostages are to be released") is not
  ``in_effect``.

What it does not read: a stage of another measure or truce in the same sentence ("the car
duties that came into force last month") is refused only when the sentence marks it as
another occasion ("last", "earlier", "previous", "another"); and a stage told by a verb the
lists do not hold stays unconfirmed, as before. Review rvB (session 25) found more stages
that are not the value's: one in a time clause after a main clause naming a new measure
("tabled a levy as the 16th package came into force"), a similar or separate one ("modelled
on one Congress approved in 2023", "the ones Delhi slapped"), a claim or a fear ("critics
argue the tariff took effect"), a history line ("in 2019", "renewed every six months since
2014"), a call for a truce beside one told as holding, a deal agreed whose truce runs ("the
guns are silent", "now in its second week"): these stay unconfirmed, never refused strongly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..context import Context
from ..events.status_cues import PERIODS
from ..events.status_synonyms import going_on, meeting_over
from ..page.tokens import word_set
from .status_denials import negated

Span = tuple[int, int]
_IN_FORCE = (
    ("came", "into", "force"), ("entered", "into", "force"), ("took", "effect"),
    ("went", "into", "effect"), ("came", "into", "effect"), ("kicked", "in"),
    ("went", "into", "force"), ("has", "taken", "effect"), ("have", "taken", "effect"),
)  # fmt: skip
_ADOPTED = word_set("adopted approved imposed enacted levied slapped")
# Nouns after "adopted"/"approved" that keep the measure a proposal ("adopted a proposal").
_STILL_PLANS = word_set(
    "proposal proposals plan plans draft drafts recommendation recommendations outline "
    "framework mandate negotiating blueprint idea"
)
_TRUCES = ("ceasefire", "truce", "armistice", "cessation", "pause", "lull", "halt")
_BEGAN = (
    ("began",), ("took", "effect"), ("took", "hold"), ("came", "into", "force"),
    ("went", "into", "effect"), ("entered", "into", "force"), ("kicked", "in"),
    ("has", "held"), ("has", "taken", "hold"), ("has", "begun"), ("had", "begun"),
)  # fmt: skip
_TALKS = word_set(
    "talks negotiations discussions consultations efforts effort push bid mediation contacts"
)
_CALLS = word_set(
    "calls called calling urges urged urging demands demanded demanding appealed appeals pleaded"
)
_NEW_TRUCE = word_set("a an immediate new fresh")
_AGREED = (("have", "agreed"), ("has", "agreed"), ("agreed", "on"), ("agreed", "to"))
# The first steps of a deal, after a word of what is still to come ("would pull out").
_STEPS = word_set(
    "begin start take come enter pull withdraw release free exchange swap hand halt stop "
    "released freed traded exchanged swapped handed withdrawn implemented"
)
_STILL_TO_COME = (
    ("would",), ("will",), ("are", "to"), ("is", "to"), ("due", "to"), ("set", "to"),
    ("to", "be"), ("expected", "to"),
)  # fmt: skip
# Words in the few before a stage's verb that make it a prospect, a condition or a plan.
_PROSPECT = word_set(
    "will would could may might should must can expected due set to if unless once until "
    "before when whether soon shall likely"
)
# Words in the clause that put the stage on another occasion or another measure ("a similar
# levy came into force", "modelled on one Congress approved", "a separate pause began",
# "renewed every six months since 2014").
_OTHER_OCCASION = word_set(
    "last earlier previous previously prior another other former similar separate ones "
    "existing every since"
)
# Words before a stage, in its clause, that make it a claim or a fear, not what happened
# ("critics argue the tariff took effect", "traders feared they had already kicked in").
_CLAIMED = word_set(
    "argue argues argued claim claims claimed alleged alleges allege fear fears feared "
    "suspect suspects suspected believe believes believed rumoured rumored falsely wrongly "
    "insist insists insisted speculated"
)
# "in 2019", "since 2014": a year after a preposition dates the stage as history.
_YEAR_PREPOSITIONS = word_set("in since during")
# Words of a truce holding, beside a call for one: the call is for another front.
_CALM = word_set("silent silence calm quiet holding held")
# Words of a deal's terms running or first ("the first hostages", "now in its second week").
_FIRST = word_set("first initial")
_RUNNING = word_set("silent silence calm quiet holding held observed since")
# A time clause a stage may stand in, after a new measure the sentence's main clause names
# ("tabled a levy on fertiliser as the 16th package came into force": the stage is the
# package's, the levy's is the value).
_TIME_LINKS = word_set("as after while when since following before")
_NEW_MEASURE = word_set("a an new fresh")
_MEASURE_NOUNS = word_set(
    "tariff tariffs duty duties levy levies surcharge surcharges sanctions sanction package "
    "ban embargo curbs measures measure plan proposal bill truce ceasefire pause"
)
_UNITS = word_set("days weeks months years hours day week month year")


def _at(norms: Sequence[str], index: int, words: Sequence[str]) -> bool:
    return tuple(norms[index : index + len(words)]) == tuple(words)


def _clause(norms: Sequence[str], start: int, end: int) -> Sequence[str]:
    """The words of the clause around a span, between the "," marks around it."""
    left = start
    while left > 0 and norms[left - 1] != ",":
        left -= 1
    right = end
    while right < len(norms) and norms[right] != ",":
        right += 1
    return norms[left:right]


def _span_of_time(clause: Sequence[str], at: int) -> bool:
    """ "last month", "for another year", "another six months": a time, no other occasion."""
    if clause[at] not in ("last", "another"):
        return False
    following = clause[at + 1 : at + 3]
    if following and (following[0] in PERIODS or following[0] in _UNITS or following[0].isdigit()):
        return True
    return len(following) == 2 and following[1] in _UNITS  # "another six months"


def _stated(norms: Sequence[str], start: int, end: int) -> bool:
    """A stage told as what happened: no negation or prospect before it, and no other
    occasion in its clause."""
    if negated(norms, start, end, norms[start:end]):
        return False
    if not _PROSPECT.isdisjoint(norms[max(start - 3, 0) : start]):
        return False
    clause = _clause(norms, start, end)
    if _after_new_measure(norms, start):
        return False  # "tabled a levy as the 16th package came into force" (review rvB, s25)
    left = start - next(i for i in range(start, -1, -1) if i == 0 or norms[i - 1] == ",")
    if not _CLAIMED.isdisjoint(clause[:left]):
        return False  # "critics argue the tariff took effect" (review rvB, s25)
    if any(
        word.isdigit()
        and len(word) == 4
        and clause[at - 1 : at]
        and clause[at - 1] in _YEAR_PREPOSITIONS
        for at, word in enumerate(clause)
    ):
        return False  # "in 2019 a similar levy came into force": a history line
    return not any(
        word in _OTHER_OCCASION and not _span_of_time(clause, at) for at, word in enumerate(clause)
    )  # "last month the Council extended them": the act's own time


def _after_new_measure(norms: Sequence[str], start: int) -> bool:
    """A stage in a time clause ("as", "after") after a main clause that names a new measure
    ("a levy", "a truce plan"): the stage may be another measure's."""
    links = [i for i in range(max(start - 8, 0), start) if norms[i] in _TIME_LINKS]
    if not links:
        return False
    head = norms[: links[-1]]
    return any(
        word in _NEW_MEASURE and not _MEASURE_NOUNS.isdisjoint(head[at + 1 : at + 5])
        for at, word in enumerate(head)
    )


def _phrases(norms: Sequence[str], phrases: Sequence[Sequence[str]]) -> list[Span]:
    return [
        (index, index + len(words))
        for index in range(len(norms))
        for words in phrases
        if _at(norms, index, words)
    ]


def in_force_now(norms: Sequence[str]) -> list[Span]:
    """A measure's start told as past: "which came into force on Thursday"."""
    return _phrases(norms, _IN_FORCE)


def adopted(norms: Sequence[str]) -> list[Span]:
    """A measure adopted, approved or imposed, not a proposal adopted ("adopted a plan")."""
    return [
        (index, index + 1)
        for index, norm in enumerate(norms)
        if norm in _ADOPTED and _STILL_PLANS.isdisjoint(norms[index + 1 : index + 4])
    ]


def continued(norms: Sequence[str]) -> list[Span]:
    """A measure extended, renewed, prolonged or rolled over
    (:func:`status_synonyms.going_on`)."""
    return going_on(norms)


def truce_began(norms: Sequence[str]) -> list[Span]:
    """A truce's start told as past, its noun up to six words before the verb, in one clause."""
    found: list[Span] = []
    for start, end in _phrases(norms, _BEGAN):
        before = norms[max(start - 6, 0) : start]
        if "," in before:
            before = before[len(before) - before[::-1].index(",") :]
        if any(word.startswith(_TRUCES) for word in before) and _TALKS.isdisjoint(before):
            found.append((start, end))  # not "negotiations over a truce began"
    return found


def truce_called_for(norms: Sequence[str]) -> list[Span]:
    """A call for a truce not yet there: "calls on Israel and Hamas to observe an immediate
    humanitarian truce", "urged a ceasefire" (an article or "immediate" before the noun)."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm not in _CALLS:
            continue
        tail = norms[index + 1 : index + 12]
        for step, word in enumerate(tail):
            if word == ",":
                break
            if word.startswith(_TRUCES) and not _NEW_TRUCE.isdisjoint(
                tail[max(step - 3, 0) : step]
            ):
                found.append((index, index + 2 + step))
                break
    return found


def _agreed_ahead(sentences: Sequence[Sequence[str]]) -> bool:
    """A deal the parties have agreed, its first steps told only as still to come ("forces
    would pull out", "the first hostages are to be freed"); not a truce extended or renewed,
    which runs on, nor one told as running ("the guns are silent", "now in its second week":
    the steps still to come are later ones)."""
    agreed = any(_stated(norms, s, e) for norms in sentences for s, e in _phrases(norms, _AGREED))
    if not agreed or any(going_on(norms) for norms in sentences):
        return False
    if any(not _RUNNING.isdisjoint(norms) or _at_week(norms) for norms in sentences):
        return False  # review rvB, s25
    return any(
        not _STEPS.isdisjoint(norms[end : end + 3])
        for norms in sentences
        for _, end in _phrases(norms, _STILL_TO_COME)
    )


def _at_week(norms: Sequence[str]) -> bool:
    """ "now in its second week", "in its third day": a truce running."""
    return any(_at(norms, i, ("in", "its")) and norms[i + 3 : i + 4] and norms[i + 3] in _UNITS
               for i in range(len(norms)))  # fmt: skip


def _calls_beside_calm(norms: Sequence[str]) -> list[Span]:
    """:func:`truce_called_for`, not beside a truce told as holding ("the guns fell silent in
    Gaza as the UN urged an immediate ceasefire in Lebanon": the call is for another front)."""
    return [] if not _CALM.isdisjoint(norms) else truce_called_for(norms)


# (family, value) -> [(the stage it is told as, its reader)]
_AGAINST: dict[tuple[str, str], list[tuple[str, Callable[[Sequence[str]], list[Span]]]]] = {
    ("MeasureStatus", "announced"): [("in_force", in_force_now)],
    ("MeasureStatus", "introduced"): [("in_force", in_force_now)],
    ("MeasureStatus", "proposed"): [("in_force", in_force_now), ("adopted", adopted)],
    ("MeasureStatus", "threatened"): [("in_force", in_force_now), ("adopted", adopted)],
    ("MeasureStatus", "lifted"): [("extended", continued)],
    ("CeasefireStatus", "proposed"): [("in_effect", truce_began)],
    ("SummitStatus", "proposed"): [("held", meeting_over)],
    ("SummitStatus", "scheduled"): [("held", meeting_over)],
    ("CeasefireStatus", "in_effect"): [("called for", _calls_beside_calm)],
}


def stage_against(family: str, raw: str, sentences: Sequence[Sequence[str]]) -> str | None:
    """The stage the evidence's sentences (their clause norms) state that excludes ``raw``,
    if any (see the module)."""
    for stage, reader in _AGAINST.get((family, raw), []):
        for norms in sentences:
            if any(_stated(norms, start, end) for start, end in reader(norms)):
                return stage
    if family == "CeasefireStatus" and raw == "in_effect" and _agreed_ahead(sentences):
        return "agreed, its terms still to come"
    return None


def stated_stage(
    family: str, raw: str, ctx: Context, norms_of: Callable[[int], list[str]]
) -> str | None:
    """:func:`stage_against` over a fact's evidence sentences."""
    return stage_against(family, raw, [norms_of(index) for index in ctx.sentences])


__all__ = ["stage_against", "stated_stage", "truce_began", "truce_called_for"]
