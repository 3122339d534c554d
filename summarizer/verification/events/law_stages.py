"""A bill's last stage in the wordings of other parliaments, and the latest stage winning in
multi-stage evidence (an outside check, session 20: check 44's cause 4 read "introduced in the
Senate in May 2016" and refused ``enacted`` beside "received Royal Assent ... and came into
force the same day").

A bill's stages come in one order: introduced (tabled, filed), passed by a chamber, made law,
in force. The last the evidence states is the bill's status, and an earlier stage word in the
same evidence is its history, no contradiction. Parliaments word the making of a law in more
ways than "signed into law":

- the head of state's assent or decree: "received Royal Assent", "was given assent",
  "assented to", "promulgated", "was decreed";
- its publication as law: "gazetted", "published in the official gazette / journal /
  bulletin / register" (the act's last step in many civil-law countries);
- its becoming law: "passed into law", "written into law", "made law", "became an act";
- for a bill (or a fact with no instrument), its coming into force: "came / entered into
  force", "took effect", "went into effect": only a law comes into force, so the bill is
  enacted (:func:`law_in_force`; a sanctions package's coming into force is ``in_force``).

The cues are read as the vocabulary's are (:func:`status_calls.extra_status_cues`): a
negation ("has not yet received Royal Assent") or a prospect ("is expected to be gazetted")
keeps them from wording the stage.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..page.tokens import word_set

Span = tuple[int, int]

_ASSENT = word_set("assent assented")
_ROYAL = word_set("royal presidential")
_GIVEN = word_set("received receives receiving given gave gives granted grants won obtained")
_DECREED = word_set("promulgated promulgates promulgating promulgation gazetted gazettes")
_PUBLISHED = word_set("published publishes publication")
_GAZETTES = word_set("gazette journal bulletin register")
_OFFICIAL = word_set("official state government federal national")
_BECAME = word_set("passed written made became becomes")
_FIRST_WORDS = _ASSENT | _DECREED | _PUBLISHED | _BECAME


def _assent(norms: Sequence[str]) -> list[Span]:
    """ "received Royal Assent", "was given assent", "assented to the bill"; an assent no one
    gave ("awaits the king's assent") is none."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm == "assented":
            found.append((index, index + 1))
        elif norm == "assent" and not _GIVEN.isdisjoint(norms[max(index - 4, 0) : index]):
            start = index - 1 if norms[index - 1] in _ROYAL else index
            found.append((start, index + 1))  # not "awaits the king's assent"
    return found


def _decreed(norms: Sequence[str]) -> list[Span]:
    """ "promulgated by the king", "was gazetted on Friday"."""
    return [(index, index + 1) for index, norm in enumerate(norms) if norm in _DECREED]


def _published(norms: Sequence[str]) -> list[Span]:
    """ "published in the official gazette", "publication in the Federal Register"."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm not in _PUBLISHED:
            continue
        ahead = norms[index + 1 : index + 6]
        for step, word in enumerate(ahead):
            if word in _GAZETTES and (_OFFICIAL & set(ahead[:step]) or word == "gazette"):
                found.append((index, index + step + 2))
                break
    return found


def _became(norms: Sequence[str]) -> list[Span]:
    """ "passed into law", "written into law", "made law", "became an act"."""
    found: list[Span] = []
    for index, norm in enumerate(norms[:-1]):
        if norm not in _BECAME:
            continue
        ahead = norms[index + 1 : index + 3]
        if ahead[:2] == ["into", "law"] and norm in ("passed", "written", "made"):
            found.append((index, index + 3))
        elif norm == "made" and ahead[:1] == ["law"]:
            found.append((index, index + 2))
        elif norm in ("became", "becomes") and ahead[:1] in (["an"], ["a"]) and ahead[1:] in (
            ["act"], ["statute"]
        ):  # fmt: skip
            found.append((index, index + 3))
    return found


_READERS: tuple[Callable[[Sequence[str]], list[Span]], ...] = (
    _assent, _decreed, _published, _became,
)  # fmt: skip


def law_cues(family: str, value: str, norms: Sequence[str]) -> list[Span]:
    """(start, end) spans of a bill's making into law (see the module) for ``enacted``."""
    if family != "MeasureStatus" or value != "enacted" or _FIRST_WORDS.isdisjoint(norms):
        return []
    return [span for read in _READERS for span in read(norms)]


_FORCE = word_set("force effect")
_INTO = word_set("into in")
_TOOK = word_set("took takes take taking went goes")


def force_words(norms: Sequence[str]) -> bool:
    """Whether the words say a coming into force: "came into force", "entered into force",
    "in force", "took effect", "went into effect". The vocabulary's ``in_force`` also reads
    a chamber's "passed" or "approved", which make no law (session 20: "The House passed the
    Act ..., a day after the Senate approved it" read as enacted)."""
    for index, norm in enumerate(norms[1:], start=1):
        if norm in _FORCE and (norms[index - 1] in _INTO or norms[index - 1] in _TOOK):
            return True
    return False


def law_in_force(
    fact: object, in_force: Callable[[], bool], norms: Callable[[], Sequence[str]]
) -> bool:
    """For a bill (or a fact with no instrument): whether its evidence words it in force
    (``in_force``: the vocabulary's reading of ``in_force``, negations and prospects kept
    out; ``norms``: the evidence's words, which must say the coming into force itself): only
    a law comes into force, so the bill was enacted."""
    return (
        getattr(fact, "instrument", None) in ("bill", None) and force_words(norms()) and in_force()
    )


__all__ = ["force_words", "law_cues", "law_in_force"]
