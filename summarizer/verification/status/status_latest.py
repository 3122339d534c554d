"""A status's latest state in one sentence, and the legislative stages that exclude each other
(an outside check, session 17: check 39's causes 1 and 4).

One sentence often words two states of the same occasion: an earlier one in a participle
aside or a background clause ("The summit, postponed in March, opened on Thursday"; "After
being pushed back twice, the meeting finally took place"; "signed the act into law, a week
after the Senate cleared it"; "took hold on Sunday but broke down") and the current one in
the main clause's verb, or in the last of two coordinated verbs (after "but", "then", or an
"and" before a verb of the meeting happening: "was moved to Bali and held there"). The
current state wins: a value worded only in the earlier part, when the current part words a
value that replaced it (:data:`REPLACED_BY`), is refused strongly; a value worded in the
current part stands though the earlier part words what it replaced.

A bill's stages (introduced, in committee, passed by one chamber, enacted) exclude each
other as its status: a bill the Senate only "passed" is not enacted, one "signed into law"
has not passed one chamber only. A stage the evidence does not word, where it words another
stage of the bill, is refused strongly (:func:`other_stage`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..context import Context
from ..page.tokens import word_set
from .statuses import clause_norms, cues_in, worded

_OFF = ("postponed", "cancelled", "on_hold")
REPLACED_BY: dict[str, dict[str, tuple[str, ...]]] = {
    "SummitStatus": {value: ("held", "under_way") for value in _OFF},
    "MeasureStatus": {
        "introduced": ("passed_one_chamber", "enacted"),
        "in_committee": ("passed_one_chamber", "enacted"),
        "passed_one_chamber": ("enacted",),
        "in_force": ("lifted", "suspended"),  # "took effect in May but was suspended on Monday"
        "imposed": ("lifted",),  # "were lifted in May, were reimposed on Monday" (session 18)
    },
    "CeasefireStatus": {value: ("collapsed",) for value in ("agreed", "in_effect")},
}
"""Values a later state replaces, by the states that replace them."""
STAGES = ("introduced", "passed_one_chamber", "enacted")
"""A bill's stages that exclude each other (committee and a coming vote sit beside others)."""
_CUES = word_set(
    "postponed delayed put pushed cancelled called scrapped shelved after having which since "
    "signed law passed cleared approved introduced took hold broke collapsed but then "
    "met opened convened under held place never effect force lifted suspended reimposed "
    "again back reinstated resumed"
)
# Words that open an earlier or a background part: "after", "having", a relative clause.
_BACKGROUND = word_set("after having which")
_LATER = word_set("but then")
_HAPPENING = word_set("held met convened opened finally eventually took came went reimposed")
_CUTS = _BACKGROUND | _LATER


def _parts(norms: Sequence[str]) -> list[tuple[int, int, bool]]:
    """The sentence's parts as (start, end, earlier): split at "," and before "after",
    "which", "but", "then"; a part opening with "after", "having" or "which" (or "but that"), a
    comma-bounded aside before the last part, or a part a later "but"/"then" part follows is
    earlier."""
    cuts = [0]
    for at, norm in enumerate(norms):
        if norm == "," or (at and norm in _CUTS) or (norm == "and" and _then_verb(norms, at)):
            cuts.append(at)
    cuts.append(len(norms))
    spans = [(a, b) for a, b in pairwise(cuts) if b > a]
    # Whether a later "but"/"then" part follows each part, read once from the end.
    follows: list[bool] = []
    after = False
    for start, _ in reversed(spans):
        follows.append(after)
        later = norms[start] in _LATER and not _relative(norms, start)
        after = after or later or _then_verb(norms, start)
    follows.reverse()
    parts: list[tuple[int, int, bool]] = []
    for number, (start, end) in enumerate(spans):
        words = [n for n in norms[start:end] if n != ","]
        first = words[0] if words else ""
        later = follows[number]
        aside = 0 < number < len(spans) - 1 and norms[start] == ","
        back = first in _BACKGROUND or _relative(norms, start)
        parts.append((start, end, back or later or aside))
    return parts


_RELATIVES = word_set("that which")


def _relative(norms: Sequence[str], at: int) -> bool:
    """A "but" that joins a second relative clause ("a gathering that Seoul had hoped to host
    but that was put off", check 42): what it says is of the noun, an earlier state, not the
    sentence's later turn."""
    return norms[at] == "but" and norms[at + 1 : at + 2] != [] and norms[at + 1] in _RELATIVES


def _then_verb(norms: Sequence[str], at: int) -> bool:
    """An "and" that opens a second coordinated verb of the meeting's happening ("was moved
    to Bali and held there on Tuesday"): the verb after it is the later state (session 18)."""
    return norms[at] == "and" and norms[at + 1 : at + 2] != [] and norms[at + 1] in _HAPPENING


def _placed(family: str, value: str, norms: Sequence[str]) -> tuple[bool, bool]:
    """Whether ``value`` is worded in an earlier part, and in a current part."""
    earlier = current = False
    cues = cues_in(family, value, norms)
    parts = _parts(norms) if cues else []  # no cue of the value: no part to read
    for start, _ in cues:
        for number, (a, b, back) in enumerate(parts):
            if a <= start < b:  # "Delayed by a month, the summit opened": a leading aside
                back = back or (number == 0 and _leading(norms, start, b))
                earlier, current = earlier or back, current or not back
    return earlier, current


_ADVERBS = word_set("twice once already first again briefly earlier long")


def _leading(norms: Sequence[str], start: int, end: int) -> bool:
    """Whether a cue opens a leading aside that a comma closes: "Delayed by a month, the
    summit opened", "Twice postponed, ..." (not "Washington reimposed the levies, after ...":
    a subject before the verb; session 18 review)."""
    if norms[end : end + 1] != [","]:
        return False
    return start == 0 or (start == 1 and (norms[0] in _ADVERBS or norms[0].endswith("ly")))


def latest_state(family: str, raw: str, ctx: Context) -> tuple[bool, str] | None:
    """(True, "") when ``raw`` is the current state beside an earlier one it replaced;
    (False, later) when ``raw`` is worded only as an earlier state that ``later`` replaced;
    None when neither is read."""
    replaced = REPLACED_BY.get(family, {})
    replacing = replaced.get(raw, ())
    earlier_of = [value for value, later in replaced.items() if raw in later]
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)
        if _CUES.isdisjoint(norms):
            continue
        own_before, own_now = _placed(family, raw, norms)
        if replacing and own_before and not own_now:
            for later in replacing:
                if _placed(family, later, norms)[1]:
                    return False, later
        olds = (*earlier_of, *replacing)  # "which collapsed last year, has been in force"
        if own_now and any(_placed(family, old, norms) == (True, False) for old in olds):
            return True, ""
        if family == "SummitStatus" and raw == "held" and not own_now and _never(norms):
            return False, "never held"
    return None


def other_stage(family: str, raw: str, ctx: Context) -> str | None:
    """Another stage of the bill its evidence words, for a stage it does not word. Only a
    bill's: a bloc's package "adopted" by its Council is in force, not past one chamber."""
    if family != "MeasureStatus" or raw not in STAGES:
        return None
    if getattr(ctx.fact, "instrument", None) not in ("bill", None):
        return None
    for other in STAGES:
        if other != raw and worded(family, other, ctx) == "yes":
            return other
    return None


_HAPPENED = word_set("held took happened convened materialised materialized occurred")


def _never(norms: Sequence[str]) -> bool:
    """Whether the sentence says the meeting never happened ("postponed and never held")."""
    return "before" not in norms and any(
        norm == "never" and not _HAPPENED.isdisjoint(norms[at + 1 : at + 3])
        for at, norm in enumerate(norms)
    )


_COMPARED = word_set("earlier sooner")


def compared_only(ctx: Context) -> bool:
    """Whether every earlier-marking word of the evidence is a comparison ("ending earlier
    than planned", "sooner than expected"): the same meeting, not an earlier one."""
    seen = False
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)
        for at, norm in enumerate(norms):
            if norm in ("previously", "ago", "prior", "last"):
                return False
            if norm in _COMPARED:
                if norms[at + 1 : at + 2] != ["than"]:
                    return False
                seen = True
    return seen


__all__ = ["REPLACED_BY", "STAGES", "compared_only", "latest_state", "other_stage"]
