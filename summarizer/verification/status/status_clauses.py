"""A status read from the main clause of its own occasion (an outside check, session 18:
check 41's causes 1 and 4).

- *A modifier's verb is not the status* (:func:`modifier_verb`): a measure's cue inside a
  relative clause ("lifted the duties he had imposed", "restored the levy that it scrapped",
  "the export ban, which it had lifted in June,") or a participle right after the measure's
  noun when a finite verb follows ("Tariffs lifted last spring were reimposed on Monday")
  names an earlier state of the thing, not what the sentence says of it now; a present
  perfect in it ("the sanctions it has imposed on them since 2023") says the state holds
  now, so it is read as a cue (session 27, check 59).
- *A meeting held by video is held* (:func:`held_means`): a past verb of meeting followed by
  its means ("was held by video", "met by videoconference", "took place via video link",
  "held their talks online"), a past "co-hosted" or "co-chaired" a meeting, and a past verb of
  talking for a stated time ("talked for about five hours", "negotiated for six hours"). A
  call is still no meeting ("held a video call": :data:`statuses._OTHER_OBJECTS`).
- *A past verb joined after a modal's verb* (:func:`coordinated_past`): "said the truce would
  hold and lifted the sanctions" words the lifting as done.
- *An extended truce is in effect* (:func:`extended`): "extended", "prolonged" (past forms
  only: "refused to extend", "proposed extending", "hopes of extending" are no extension) with
  a truce word in the sentence; "to/until the end of May" is a time, no expiry
  (:func:`until_end`); a negation or a modal before it is read by the cue rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set
from .renewals import renewed

_MEASURE_NOUNS = (
    "sanction", "tariff", "dut", "levy", "levies", "curb", "ban", "surtax", "surcharge",
    "embargo", "restriction", "control", "quota", "measure", "penalt",
)  # fmt: skip
_AUX = word_set("had has have 'd")
_FINITE = word_set("was were is are has have had")
_NOT_SUBJECTS = word_set(
    "was were is are be been being has have had will would could may might should must to "
    "the a an and or , of on in at by for from with"
)
_RELATIVES = word_set("that which")
_PERFECT = word_set("has have")


def _measure_noun(norm: str) -> bool:
    return norm.startswith(_MEASURE_NOUNS)


def modifier_verb(norms: Sequence[str], start: int) -> bool:
    """Whether the measure cue at ``start`` is the verb of a relative clause or a participle
    after the measure's noun (see the module)."""
    if start == 0:
        return False
    back = start - 1
    while back > 0 and norms[back] in _AUX:
        back -= 1
    if not _PERFECT.isdisjoint(norms[back + 1 : start]):
        return False  # "the sanctions it has imposed on them": a present perfect, still so
    if back == start - 1 and _measure_noun(norms[back]):
        # "Tariffs lifted last spring were reimposed": a participle, a finite verb after it
        after = norms[start + 1 : start + 9]
        return not _FINITE.isdisjoint(after[: after.index(",")] if "," in after else after)
    word = norms[back]
    if word in _RELATIVES:  # "the levy that imposed ...": a subject relative
        return back > 0 and (_measure_noun(norms[back - 1]) or norms[back - 1] == ",")
    if word in _NOT_SUBJECTS or back == 0:
        return False
    before = norms[back - 1]  # "the duties he had imposed", "the levy that it imposed"
    if _measure_noun(before):
        return True
    if before in _RELATIVES and back >= 2:
        return _measure_noun(norms[back - 2]) or norms[back - 2] == ","
    return False


def coordinated_past(norms: Sequence[str], modal: int, start: int) -> bool:
    """A past form joined by "and" after a modal's own bare verb ("said the ceasefire would
    hold and lifted the sanctions"): the modal governs "hold", not the past verb after "and"
    ("would be lifted and replaced" keeps the modal: its verb is "be")."""
    between = norms[modal + 1 : start]
    return (
        "and" in between
        and norms[start].endswith("ed")
        and bool(between)
        and between[0] not in ("be", "have", "been", "not")
        and norms[start - 1] not in ("be", "been", "have")
    )


def until_end(norms: Sequence[str], start: int) -> bool:
    """ "(extended) to the end of May", "until the end of the month": the end as a time."""
    return start >= 2 and norms[start - 1] == "the" and norms[start - 2] in _UNTIL


_UNTIL = word_set("to until till through")
_MEANS = word_set("video videoconference videolink online virtually remotely")
_MEET_PAST = word_set("met held convened conferred talked spoke negotiated")
_CO = word_set("cohosted cochaired")
_MEETINGS = word_set("summit meeting talks session conference")
_TALK_PAST = word_set("talked spoke negotiated conferred met")
_SPANS = word_set("hours hour minutes")


def held_means(norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each ``held`` reading of :mod:`status_clauses` in one sentence."""
    found = []
    for index, norm in enumerate(norms):
        if norm in _CO:
            if not _MEETINGS.isdisjoint(norms[index + 1 : index + 5]):
                found.append((index, index + 1))
            continue
        took = norm == "took" and norms[index + 1 : index + 2] == ["place"]
        if not (took or norm in _MEET_PAST):
            continue
        after = norms[index + 1 : index + 7]
        after = after[: after.index(",")] if "," in after else after
        if not _MEANS.isdisjoint(after):
            found.append((index, index + (2 if took else 1)))
        elif norm in _TALK_PAST and after[:1] == ["for"] and not _SPANS.isdisjoint(after[1:5]):
            found.append((index, index + 1))  # "talked for about five hours"
    return found


_EXTENDED = word_set("extended prolonged")
_RENEWING = word_set("renewed rolled runs")  # the first words of :func:`renewals.renewed`
_TRUCES = ("ceasefire", "truce", "pause", "armistice", "halt", "cessation", "moratorium")


def extended(norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of "extended"/"prolonged" in a sentence with a truce word, and of its
    other names: "renewed", "rolled over", "runs until" (:mod:`renewals`)."""
    if _EXTENDED.isdisjoint(norms) and _RENEWING.isdisjoint(norms):
        return []
    if not any(word.startswith(_TRUCES) for word in norms):
        return []
    found = [(index, index + 1) for index, norm in enumerate(norms) if norm in _EXTENDED]
    return sorted([*found, *renewed(norms)])


__all__ = ["coordinated_past", "extended", "held_means", "modifier_verb", "until_end"]
