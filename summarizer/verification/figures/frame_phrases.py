"""Phrases of several words that frame a count's number as not stated as the count now.

:mod:`.count_frames` reads single frame words ("once", "formerly", "hope") in the number's
own clause. GAPS closer gc54 (session 54) found the same frames written as phrases, or behind a
relative aside, accepted as the count the passage states:

- a former value: "The colliery used to employ 3,000 miners", "In its heyday the festival drew
  100,000 visitors", and "At its height the shipyard employed 12,000; 400 work there now"
  (an "at its height" or "at its peak" only against a figure of now: "At its peak the protest
  drew 50,000" is the protest's own count);
- a question put in reported speech: "Reporters asked whether 10,000 marchers had taken part";
- a hope's clause behind a relative aside: "Ministers hope the scheme, which opens in June,
  will reach 80,000 households" (the aside's commas had ended the clause read).

"used to" after a form of "be" or "get" is a purpose ("the grant was used to hire 300 nurses")
or a habit ("staff are used to 40 calls a night"), and before a number or a determiner it is
"accustomed to": neither frames the number.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .numbers import NumberMention

# Forms of "be" and "get" before a "used to" of purpose or habit ("was used to hire").
_PASSIVE = word_set("be is are was were been being get gets got getting become became")
# Words after "used to" that make it "accustomed to" ("used to the noise", "used to 40 calls").
_ACCUSTOMED = word_set("the a an its their this that these those his her our my your it them")
# Possessives of an "at its height" or "in its heyday" (the count's own subject's former time).
_OWNERS = word_set("its their his her")
_HEYDAYS = word_set("heyday heydays prime pomp")  # "in its heyday": a former time, always
_HEIGHTS = word_set("height peak")  # "at its height": former only against a figure of now
_NOWS = word_set("now today currently nowadays")
# Verbs of asking or doubting before "whether" ("asked whether", "doubt whether").
_ASKS = word_set(
    "ask asks asked asking wonder wonders wondered wondering question questions questioned"
    " questioning doubt doubts doubted doubting unclear uncertain unknown know knows check"
    " checking checked"
)
_RELATIVES = word_set("which who whose where whom")
_OBJECT_REACH = 4  # words from a "used to"'s verb to its number ("draw crowds of as many as")


def used_to(tokens: Sequence[Token], index: int, mention: NumberMention) -> bool:
    """Whether the "to" at ``index`` ends a "used to" of a former state whose verb takes the
    number ("used to employ 3,000", "used to draw crowds of 20,000"), not one of purpose or
    habit ("was used to hire", "used to the noise"), nor one of a relative clause before the
    number's own verb ("Stewards who used to work at the old ground helped 7,500 fans")."""
    if index < 1 or tokens[index].norm != "to" or tokens[index - 1].norm != "used":
        return False
    if index >= 2 and tokens[index - 2].norm in _PASSIVE:
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.is_number or after.norm in _ACCUSTOMED:
        return False
    return mention.first - (index + 1) <= _OBJECT_REACH


def former_time(tokens: Sequence[Token], index: int, mention: NumberMention) -> bool:
    """Whether the word at ``index`` ends an "in its heyday" (a former time), or an "at its
    height"/"at its peak" set against a figure of now after the number ("; 400 work there
    now")."""
    word = tokens[index].norm
    if word not in _HEYDAYS | _HEIGHTS or index < 2 or tokens[index - 1].norm not in _OWNERS:
        return False
    lead = tokens[index - 2].norm
    if word in _HEYDAYS:
        return lead == "in"
    return lead == "at" and any(t.norm in _NOWS for t in tokens[mention.last + 1 :])


def asked_whether(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` is a "whether" of a question or a doubt ("asked whether
    10,000 marchers had taken part"), which states nothing of its clause."""
    if tokens[index].norm != "whether":
        return False
    return any(t.norm in _ASKS for t in tokens[max(index - 3, 0) : index])


def relative_aside(tokens: Sequence[Token], index: int, text: str) -> int | None:
    """The token before a relative aside that ends just before ``index`` ("the scheme, which
    opens in June, will reach"), or None when the clause break before ``index`` is no such
    aside's end. The aside is skipped whole: its own words frame nothing ("The hospice, which
    hopes to expand, cares for 45 patients")."""
    if index < 2 or "," not in text[tokens[index - 1].end : tokens[index].start]:
        return None
    back = index - 1
    while back > 0 and not any(c in text[tokens[back - 1].end : tokens[back].start] for c in ",;:"):
        back -= 1
    if back < 1 or tokens[back].norm not in _RELATIVES:
        return None
    if "," not in text[tokens[back - 1].end : tokens[back].start]:
        return None
    return back - 1


__all__ = ["asked_whether", "former_time", "relative_aside", "used_to"]
