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
"accustomed to": neither frames the number. Review rv54n: nor does a "used to" before an
"-ing" word ("Crews used to fighting moorland fires tackled 14 blazes": accustomed), one
opening a participle phrase after the subject's lone comma ("The £4m fund, used to build 120
homes, closes": a purpose), an "at its height" whose figure of now is no contrast ("flooded
160 homes, and 40 families are now in shelters"; "drew 50,000, organisers said today"), a
"checked whether" whose number counts what was checked ("Inspectors checked whether 45 care
homes met the standard"), nor a relative aside after an appositive ("The Beacon Inn,
formerly the Crown, which reopened in May, has 30 rooms").
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
# Verbs in "-ing" whose bare form takes "used to" as a former habit ("used to bring 300").
_ING_VERBS = word_set("bring cling fling ring sing sling spring sting string swing wring")
# Words that set a figure of now against the one before as a contrast ("; 400 work there now",
# ", though only 60 people work on the site now").
_CONTRASTS = word_set("though although but whereas while yet")
_CHECKS = word_set("check checks checked checking")
_OBJECT_REACH = 4  # words from a "used to"'s verb to its number ("draw crowds of as many as")


def used_to(tokens: Sequence[Token], index: int, mention: NumberMention, text: str) -> bool:
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
    if after.norm.endswith("ing") and after.norm not in _ING_VERBS:
        return False  # "used to fighting fires", "used to sleeping rough": accustomed (rv54n)
    if _participle_phrase(tokens, index - 1, text):
        return False  # "The fund, used to build 120 homes, closes": a purpose (rv54n)
    return mention.first - (index + 1) <= _OBJECT_REACH


def _participle_phrase(tokens: Sequence[Token], used: int, text: str) -> bool:
    """Whether the "used" at ``used`` opens a participle phrase: first in the sentence ("Used
    to build 120 homes, the fund"), or right after the one comma that follows the subject
    ("The fund, used to build 120 homes, closes"); after an appositive's closing comma ("The
    colliery, once the biggest employer, used to employ 3,000") it is the verb."""
    if used == 0:
        return True
    if "," not in text[tokens[used - 1].end : tokens[used].start]:
        return False
    return not any(_mark(tokens, at, text) for at in range(1, used))


def _mark(tokens: Sequence[Token], at: int, text: str) -> bool:
    return any(c in text[tokens[at - 1].end : tokens[at].start] for c in ",;:")


def former_time(
    tokens: Sequence[Token], index: int, mention: NumberMention, text: str
) -> bool:  # fmt: skip
    """Whether the word at ``index`` ends an "in its heyday" (a former time), or an "at its
    height"/"at its peak" set against a figure of now after the number ("; 400 work there
    now")."""
    word = tokens[index].norm
    if word not in _HEYDAYS | _HEIGHTS or index < 2 or tokens[index - 1].norm not in _OWNERS:
        return False
    lead = tokens[index - 2].norm
    if word in _HEYDAYS:
        return lead == "in"
    return lead == "at" and _contrast_now(tokens, mention, text)


def _contrast_now(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether a figure of now is set against the number after it: a later number in a clause
    opened by a semicolon or a word of contrast, with a word of now ("; 400 work there now",
    ", though only 60 people work on the site now"); not "organisers said today", nor ", and
    40 families are now in shelters", another figure of the event (review rv54n)."""
    contrast = False
    later = False
    for at in range(mention.last + 1, len(tokens)):
        if ";" in text[tokens[at - 1].end : tokens[at].start] or tokens[at].norm in _CONTRASTS:
            contrast, later = True, False
        later = later or (contrast and tokens[at].is_number)
        if later and tokens[at].norm in _NOWS:
            return True
    return False


def asked_whether(
    tokens: Sequence[Token], index: int, mention: NumberMention, what: Sequence[str]
) -> bool:  # fmt: skip
    """Whether the word at ``index`` is a "whether" of a question or a doubt ("asked whether
    10,000 marchers had taken part"), which states nothing of its clause. A check's number
    counts what was checked ("Inspectors checked whether 45 care homes met the standard": 45
    homes inspected, review rv54n); it is asked only of a count named by what the check
    asks ("care homes meeting the fire standard")."""
    if tokens[index].norm != "whether":
        return False
    asking = [t.norm for t in tokens[max(index - 3, 0) : index] if t.norm in _ASKS]
    if not asking:
        return False
    if any(word not in _CHECKS for word in asking):
        return True
    return _asks_of_count(tokens, mention, what)


def _asks_of_count(tokens: Sequence[Token], mention: NumberMention, what: Sequence[str]) -> bool:
    """Whether the count's words name what the clause after the number's phrase says of it:
    the phrase runs on while its words are the count's ("45 care homes in the borough"), the
    rest is what is asked ("met the fire standard")."""
    stems = {w[:5] for w in what if len(w) > 3}
    at = mention.last + 1
    while at < len(tokens) and (tokens[at].norm[:5] in stems or len(tokens[at].norm) <= 3):
        at += 1
    return any(t.norm[:5] in stems for t in tokens[at:])


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
    start = back - 1
    while start > 0 and not _mark(tokens, start, text):
        start -= 1
    if start > 0:
        return None  # "The Beacon Inn, formerly the Crown, which ...": an appositive (rv54n)
    return back - 1


__all__ = ["asked_whether", "former_time", "relative_aside", "used_to"]
