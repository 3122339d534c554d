"""An unnamed speaker known only by a long title ("A spokesperson for the UN secretary-general
said", "an adviser to the interior minister told"), read against a speaker given as a
description.

The title's head noun is the one who speaks; the words after "for", "to" or "of" name whom
the office serves. An outside check found the speaker "UN spokesperson" refused (its words
stand in another order: "spokesperson ... UN") and "UN secretary-general" accepted (the words
are there, but they name the one spoken for). Here a description whose head noun is the
title's own (or its class: spokesman, spokeswoman, spokesperson), with its other words among
the subject's, is that speaker; a description made only of the served words is someone else
(unsupported). Anything else is left to the readings before this one ("none"): a named
subject, a title with a name after it ("a spokesman, Ana Ruiz"), a proper name as speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, tokenize, word_set
from ..people.names import TITLES, find_named, is_proper
from .appositive_subjects import appositive_name
from .subjects import office_of, to_comma

_INDEFINITE = word_set("a an one")
_ARTICLES = word_set("a an the one")
_SERVING = word_set("for to of at with from in")
_SPOKES = word_set("spokesman spokeswoman spokesperson")
_HEADS = TITLES | _SPOKES | word_set("official officials source aide adviser advisor envoy")
_MAX_BEFORE = 4  # "a senior foreign ministry spokesperson": words before the head noun


def _class(norm: str) -> frozenset[str]:
    return _SPOKES if norm in _SPOKES else frozenset({norm})


def _head(words: Sequence[Token]) -> int | None:
    """Where the description's head noun stands: before its first "for"/"to"/"of" phrase,
    else its last word."""
    for index, token in enumerate(words):
        if token.norm in _SERVING and index:
            return index - 1
    return len(words) - 1 if words else None


def unnamed_verdict(parts: Sequence[str], subject: Sequence[Token]) -> str:
    """Verdict of an indefinite title subject ("a spokesperson for the UN secretary-general")
    for a described speaker: "yes", "other" (the served one), or "none" (not this reading)."""
    if len(parts) != 1 or is_proper(parts[0]) or len(subject) < 2:
        return "none"
    if subject[0].norm not in _INDEFINITE:
        return "none"
    title = next(
        (i for i in range(1, min(len(subject), _MAX_BEFORE + 2)) if subject[i].norm in _HEADS),
        None,
    )
    if title is None:
        return "none"
    while title + 1 < len(subject) and subject[title + 1].norm in _HEADS:
        title += 1  # "a deputy chief spokesperson": the last of a title run
    served = list(subject[title + 1 :])
    if served and served[0].norm not in _SERVING:
        return "none"  # "a spokesman Ana Ruiz", "an official said to be": another reading
    value = [t for t in tokenize(parts[0]) if t.norm not in _ARTICLES]
    head = _head(value)
    if head is None:
        return "none"
    held = {t.norm for t in subject} | _class(subject[title].norm)
    wanted = {t.norm for t in value}
    if value[head].norm in _class(subject[title].norm):
        return "yes" if wanted <= held else "none"
    if served and wanted <= {t.norm for t in served}:
        return "other"  # "UN secretary-general" for its spokesperson
    return "none"


def long_title(clause: Sequence[Token]) -> bool:
    """Whether the words after a quote open with an office ("adviser to X", or "a spokesman
    for the EU foreign policy chief"): its speech verb may then stand further off than a
    name's ('"...," a spokesman for the EU foreign policy chief said')."""
    if not clause:
        return False
    if office_of(list(clause)):
        return True
    if clause[0].norm not in _INDEFINITE:
        return False
    words = [t.norm for t in clause[1 : _MAX_BEFORE + 3]]
    return any(w in _SERVING and i and words[i - 1] in _HEADS for i, w in enumerate(words))


def titled_verdict(
    parts: Sequence[str], clause: Sequence[Token], following: list[Token], text: str
) -> str:
    """After the verb of saying that opens ``clause``: the name set off by commas after a role
    described decides ('"...," said the bank's chief economist, Ana Ruiz': hers, and no one
    else's; :mod:`.appositive_subjects`; never the name of a role the description's phrase
    holds: "said an aide to Ukraine's president, X" is the aide's), else
    :func:`unnamed_verdict` of the ``following`` words up to their comma."""
    if named := appositive_name(clause, 1, text, trailing=True):
        return "yes" if any(find_named(part, named) for part in parts[-1:]) else "other"
    held = appositive_name(clause, 1, text, trailing=True, held=True)
    if held and any(find_named(part, held) for part in parts[-1:]):
        return "other"  # "said a spokesman for Britain's prime minister, X": not X's words
    return unnamed_verdict(parts, to_comma(following, text))


__all__ = ["long_title", "titled_verdict", "unnamed_verdict"]
