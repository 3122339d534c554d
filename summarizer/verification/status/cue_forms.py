"""A status verb's other forms (an outside check, session 27: check 59's "Both sides commit to
an immediate halt", "accused the other of breaking the truce", "Neither the army nor the RSF
had answered publicly", read as no wording for ``agreed``, ``violated`` or
``awaiting_answer``).

The status words are the closed class, and the vocabularies (:mod:`status_cues`) list one or
two forms of each verb ("committed", "broke", "not answered"). A page uses another form of the
same verb, so this reader widens a value's one-word verb cues by their *form*, keeping what
the form's tense says:

- a present form ("commit", "commits") read as a finite verb: no determiner, preposition,
  modal or "to" before it, and "to", "on", "up" or a determiner after it ("commit to",
  "signs the truce"; "the signs of", "to sign", "Tehran's reach,", "sign the truce is
  fragile" stay out), and a
  progressive ("are breaking"), only for values that are a standing position or state: a
  party's stance, a truce agreed, violated or rejected. A meeting's or a measure's status
  is an event, whose present says another value ("is holding talks" is under way), so
  those families are left out;
- a gerund after "of" for ``violated`` ("accused the other of breaking the truce"), not
  after a noun of prospect ("the risk of breaking the truce");
- a negated cue ("not answered") when the negation is a "neither" or "nor" earlier in the
  clause ("Neither the army nor the RSF had answered"), which the negation's four-word
  reach (:func:`status_denials.negated`) does not take in; an active past only ("neither
  was agreed" says nothing of who declined).

A form's stem is found by the inflection's ending (:func:`stem`) and, for the few irregular
verbs the vocabularies hold, a table of their forms. The cue framework then reads each form
like any cue (negation, modal, condition, another party as subject).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from ..events.status_cues import VOCABULARIES
from ..page.tokens import BE_FORMS, word_set
from .status_forms import CLAUSE_VERBS

_IRREGULAR = {
    form: base
    for base, forms in {
        "break": "broke broken breaking breaks",
        "strike": "struck striking strikes",
        "take": "took taken taking takes",
        "give": "gave given giving gives",
    }.items()
    for form in forms.split()
}
_PRESENT_VALUES = {
    "Stance": frozenset({"agreed", "rejects", "supports"}),
    "CeasefireStatus": frozenset({"agreed", "violated", "rejected"}),
}
_GERUND_AFTER_OF = frozenset({("CeasefireStatus", "violated")})
_NOT_FINITE = word_set(
    """the a an this that these those its their his her our your any every each no some of to
    in on at for with by from into will would could may might shall should must can cannot
    did does do"""
)
# What a finite verb of a stance takes right after it ("commit to", "signs the truce",
# "joins a ceasefire"); a noun is followed by other words ("Tehran's reach,", "signs of").
_OBJECTS = word_set("to on up the a an its their his her this that")
_NEGATORS = word_set("neither nor")
_PROSPECTS = word_set("risk danger threat fear fears prospect possibility chance warning")
_CLAUSE = word_set(", but while although though whereas which who")


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A verb form's stem: "commits", "committed", "committing" and "commit" give "commit";
    "agreed", "agrees", "agree" give "agre"; an irregular form gives its base. Kept per word:
    every status value's forms are read from every word of its evidence sentences."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    word = word.removesuffix("e")
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word


@cache
def _stems(family: str, value: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The value's one-word verb cues (no stem marks), their stems, and the stems of the
    verbs its negated cues ("not answered") name."""
    words, negated = set(), set()
    for phrase in VOCABULARIES.get(family, {}).get(value, "").replace("\n", " ").split("|"):
        parts = phrase.split()
        if len(parts) == 1 and "*" not in parts[0]:
            words.add(parts[0])
        elif len(parts) >= 2 and parts[-2] == "not" and "*" not in parts[-1]:
            negated.add(stem(parts[-1]))  # "not answered", "has not responded"
    verbs = {word for word in words if word.endswith("ed") or word in _IRREGULAR}
    return frozenset(words), frozenset(stem(word) for word in verbs), frozenset(negated)


def form_cues(family: str, value: str, norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of every other form of one of the value's verb cues in one sentence's
    norms (see the module)."""
    present = value in _PRESENT_VALUES.get(family, ())
    words, stems, negated = _stems(family, value)
    if not (present and stems) and not negated:
        return []
    found = []
    for index, norm in enumerate(norms):
        if norm in words or len(norm) < 4:
            continue
        root = stem(norm)
        if present and root in stems and _form_fits(family, value, norms, index):
            found.append((index, index + 1))
        elif root in negated and _active_past(norms, index):
            negation = _negation_before(norms, index)
            if negation is not None:
                found.append((negation, index + 1))
    return found


def _form_fits(family: str, value: str, norms: Sequence[str], index: int) -> bool:
    norm = norms[index]
    before = norms[index - 1] if index else ""
    if norm.endswith("ing"):
        if before == "of" and (family, value) in _GERUND_AFTER_OF:
            return index < 2 or norms[index - 2] not in _PROSPECTS  # not "the risk of breaking"
        return before in BE_FORMS
    if norm.endswith("ed"):
        return False  # a past the vocabulary does not hold ("commited"): no other form
    after = list(norms[index + 1 : index + 7])
    after = after[: after.index(",")] if "," in after else after
    if not CLAUSE_VERBS.isdisjoint(after[1:]):
        return False  # "Both sides sign the truce is fragile": the noun opens a clause
    return bool(index) and before not in _NOT_FINITE and bool(after) and after[0] in _OBJECTS


def _active_past(norms: Sequence[str], index: int) -> bool:
    """A past form in the active voice: "had answered", not "neither was agreed" (a passive's
    subject is what was not agreed, not a party declining)."""
    norm = norms[index]
    passive = index > 0 and norms[index - 1] in BE_FORMS
    return (norm.endswith("ed") or norm in _IRREGULAR) and not passive


def _negation_before(norms: Sequence[str], index: int) -> int | None:
    """Where "neither" or "nor" stands in the clause before ``index`` (up to eight
    words back), else None."""
    for back in range(index - 1, max(index - 9, -1), -1):
        if norms[back] in _CLAUSE:
            return None
        if norms[back] in _NEGATORS:
            return back
    return None


__all__ = ["form_cues", "stem"]
