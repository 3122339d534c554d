"""Steps promised and not yet taken (an outside check, session 15): a truce "expected to be
signed on Friday" is a plan (``proposed``), and the deal it names is not made yet (no
``agreed``); a party that "would study the proposal and respond within days" has not answered
(``awaiting_answer``). Over one sentence's normal forms, with "," where a clause mark stood;
the caller (:func:`status_calls.extra_status_cues`, :func:`status_scope.unmade`) reads
negations.

- *A signing ahead*: a frame of what is to come ("expected", "due", "set", "scheduled",
  "slated", "poised", "will", "is to") before "be signed / inked / sealed / finalised" or
  "sign": the truce is proposed; after a deal noun, the deal is one not made ("the truce deal
  is expected to be signed" does not word ``agreed``; "the deal, signed on Friday" does).
- *An answer promised*: "will / would" before a verb of weighing ("study", "examine",
  "review", "consider", "look into") or "respond / reply / answer" with "within" or "in the
  coming" after it ("would respond within days", "a reply in the coming days").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set

_AHEAD = word_set("expected due set scheduled slated poised")
_FUTURE = word_set("will shall")
_SIGNING = word_set(
    "signed inked sealed finalised finalized initialled initialed concluded formalised formalized"
)
_SIGN = word_set("sign ink seal finalise finalize initial formalise formalize")
_WEIGHING = (
    "stud", "examin", "review", "consider", "weigh", "assess", "evaluat", "mull", "ponder",
    "deliberat",
)  # fmt: skip
_ANSWERS = (
    "respon", "repl", "answer",
)  # fmt: skip
_SOON = word_set("within shortly soon")
_WILL = word_set("will would shall")
_ADVERBS = word_set("carefully closely first fully still thoroughly then")


def signing_ahead(norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each signing still to come: "is expected to be signed", "is due to
    sign", "will be inked", "is to be signed"."""
    found: list[tuple[int, int]] = []
    for index, norm in enumerate(norms):
        if norm not in _SIGNING and norm not in _SIGN:
            continue
        back = index - 1
        if norm in _SIGNING and back >= 0 and norms[back] == "be":
            back -= 1
        elif norm in _SIGNING:
            continue  # "the signed truce", "was signed": made
        if back < 0:
            continue
        if norms[back] in _FUTURE:
            found.append((back, index + 1))
        elif (
            norms[back] == "to"
            and back >= 1
            and (norms[back - 1] in _AHEAD or norms[back - 1] in ("is", "are"))
        ):
            found.append((back - 1, index + 1))
    return found


def deal_unsigned(after: Sequence[str]) -> bool:
    """The words after a deal noun frame its signing as still to come ("is expected to be
    signed", "will be inked"): the deal is one not made."""
    return bool(signing_ahead(list(after)))


def answer_promised(norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each answer still to come: "would study the proposal", "will examine
    it", "respond within days", "a reply in the coming days"."""
    found: list[tuple[int, int]] = []
    for index, norm in enumerate(norms):
        if norm.startswith(_WEIGHING):
            back = index - 1
            while back >= 0 and norms[back] in _ADVERBS:
                back -= 1
            if back >= 0 and (norms[back] in _WILL or norms[back].endswith("'ll")):
                found.append((back, index + 1))
        elif norm.startswith(_ANSWERS) and not norm.endswith("ed"):  # not "replied within"
            after = norms[index + 1 : index + 3]
            soon = not _SOON.isdisjoint(after) or after == ["in", "the"]
            if soon and (after[:1] != ["in"] or norms[index + 3 : index + 4] == ["coming"]):
                found.append((index, index + 2))
    return found


__all__ = ["answer_promised", "deal_unsigned", "signing_ahead"]
