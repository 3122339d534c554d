"""A status cue inside an open question is not stated (session 24, false accepts closed): "It
is unclear whether Trump and Abe played golf" gave the meeting as held; "it was not known
whether the two met", "officials declined to say whether the truce had taken effect" do not
say it happened.

A cue is in an open question when "whether" (or "if" right after the word of not knowing)
stands before it in its clause, within twelve words, and a word of not knowing stands just
before that: "unclear", "uncertain", "unknown", or a negation ("not", "no", "never", "n't")
with "clear", "known", "say", "said", "confirm", "confirmed", "sure", "disclose", "specify",
"know" ("did not say whether", "declined to say whether" too). "asked whether", "decide
whether", "whether or not they meet, the talks ..." are not read here."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set

_UNKNOWN = word_set("unclear uncertain unknown")
_NEGATIONS = word_set("not no never declined refused")
_KNOWING = word_set("clear known say said confirm confirmed sure disclose specify know knew")
_REACH = 12


def open_question(norms: Sequence[str], start: int) -> bool:
    """Whether the cue at ``norms[start]`` stands in an open question (see the module)."""
    for at in range(start - 1, max(start - 1 - _REACH, -1), -1):
        word = norms[at]
        if word in {";", ".", ":"}:
            return False
        if word == "whether" or (word == "if" and at and norms[at - 1] in _UNKNOWN | _KNOWING):
            before = list(norms[max(at - 5, 0) : at])
            if not _UNKNOWN.isdisjoint(before):
                return True
            negated = not _NEGATIONS.isdisjoint(before) or any(w.endswith("n't") for w in before)
            return negated and not _KNOWING.isdisjoint(before)
    return False


__all__ = ["open_question"]
