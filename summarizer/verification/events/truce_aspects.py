"""The aspect of a truce's verbs of lasting, and words that only look like its end (an outside
check, session 20: check 44's cause 4 refused ``in_effect`` for "Egypt announced an
open-ended ceasefire ... It has lasted a week" as "a later stage, 'expired'").

- Lasting in the present perfect or the progressive goes on: "has lasted a week", "has so
  far held", "has now endured for a month", "has survived its first week", "is holding",
  "is still lasting", "continues to hold", "remains intact": the truce is *in effect*
  (:func:`lasting_cues`). A simple past with a length ("lasted a week before ...") is over:
  :mod:`stated_wordings` reads it as expired, reaching back over adverbs to a "has" through
  :func:`perfect_before` ("has so far lasted five days" is no past).
- A compound adjective of the truce's kind is no stage: "open-ended", "never-ending",
  "close-ended" (the hyphen is lost in the norms: "open ended") describe a truce with no set
  end, not one that ended (:func:`kind_compound`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set

Span = tuple[int, int]

_PERFECT = word_set("has have")
_PROGRESSIVE = word_set("is are")
_BETWEEN = word_set("so far thus now already still largely mostly broadly generally just also")
_LASTED = word_set("lasted held endured survived")
_LASTING = word_set("lasting holding enduring")
_GOING_ON = word_set("continues continue continuing")
_HOLD = word_set("hold last endure")
_REMAINS = word_set("remains remain")
_INTACT = word_set("intact unbroken")
_KIND_FIRST = word_set("open never close")
_ENDS = word_set("ended ending")
_WORDS = _LASTED | _LASTING | _GOING_ON | _REMAINS


def perfect_before(norms: Sequence[str], index: int) -> bool:
    """Whether a "has"/"have" stands before ``norms[index]`` over adverbs of time or degree
    ("has so far lasted", "have now held")."""
    back = index - 1
    while back >= 0 and norms[back] in _BETWEEN:
        back -= 1
    return back >= 0 and norms[back] in _PERFECT


def _progressive_before(norms: Sequence[str], index: int) -> bool:
    back = index - 1
    while back >= 0 and norms[back] in _BETWEEN:
        back -= 1
    return back >= 0 and norms[back] in _PROGRESSIVE


def lasting_cues(family: str, value: str, norms: Sequence[str]) -> list[Span]:
    """(start, end) spans of a truce's lasting that goes on (see the module), for
    ``in_effect``; the vocabulary's rules read a negation ("has not held") before them."""
    if family != "CeasefireStatus" or value != "in_effect" or _WORDS.isdisjoint(norms):
        return []
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if (norm in _LASTED and perfect_before(norms, index)) or (
            norm in _LASTING and _progressive_before(norms, index)
        ):
            found.append((index, index + 1))
        elif (
            norm in _GOING_ON
            and tuple(norms[index + 1 : index + 2]) == ("to",)
            and (tuple(norms[index + 2 : index + 3]) in {(w,) for w in _HOLD})
        ):
            found.append((index, index + 3))
        elif norm in _REMAINS and not _INTACT.isdisjoint(norms[index + 1 : index + 3]):
            found.append((index, index + 2))
    return found


def kind_compound(norms: Sequence[str], start: int) -> bool:
    """Whether the end word at ``start`` is the second half of a compound adjective of the
    truce's kind ("an open-ended ceasefire", "a never-ending truce")."""
    return norms[start] in _ENDS and start > 0 and norms[start - 1] in _KIND_FIRST


__all__ = ["kind_compound", "lasting_cues", "perfect_before"]
