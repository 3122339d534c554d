"""Another count of the same fact that owns a number (session 25, outside check 53's missed
plants M2): a fact holds several counts, and a number of its evidence is the value of one of
them. A wrong value is often another of the fact's own counts moved over: 53 (the entities
added to the suppliers list) given as the individuals and entities listed, whose number is
83; 13 (the first hostages due back) given as the 50 hostages to be freed. The number then
stands next to a word the count accepts ("53 entities", "13 hostages"), so the cue alone
does not tell them apart.

What is read: the counts beside this one in the fact (``Context.parent``) whose value is the
number; for each, how many of its ``what``'s words the number's clause holds (the words
between the clause marks around it), against how many of this count's own; on a tie, in the
whole sentence (a fronted phrase, "In Mombasa, 75 people were arrested", stands outside the
clause). When a sibling's
words fit the clause better ("The suppliers list for Russia's military-industrial complex grew
by another 53 entities" holds "suppliers", "list", "military", "industrial", "entities" of
"entities added to military-industrial suppliers list", only "entities" and "list" of
"individuals and entities listed"), the number is the sibling's and not this count's.

Not read: a tie (two counts of the same number whose words fit the clause alike, as in "35
for 35"), which leaves the number to the cue rules; a count of another fact; the same number
stated twice, where each mention is weighed on its own (another mention may still be this
count's). Words are compared by a short stem ("listed" is "list", "hostages" is "hostage").
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from summarizer.verification.numbers import NumberMention
from summarizer.verification.sentence_numbers import number_value
from summarizer.verification.tokens import Token, word_set

_MARKS = (",", ";", ":", "\u2014", "(", ")")
# Words that name no counted thing: function words and the generic nouns of any count.
_PLAIN = word_set(
    """the and of for who were was that number total people person persons to in on at by
    with from into under over than their its his her our this those these more also after
    before due been being are is has have had will would be were than all any"""
)


def _stem(word: str) -> str:
    """A short stem, so that "listed", "lists" and "list" meet, "hostages" and "hostage"."""
    word = word.lower().strip(".,'\"").removesuffix("'s")
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    return word[:6]


def _words(what: str) -> set[str]:
    words = what.replace("-", " ").replace("/", " ").split()
    return {_stem(w) for w in words if len(w) > 2 and w.lower() not in _PLAIN}


def _clause(tokens: Sequence[Token], mention: NumberMention, text: str) -> set[str]:
    """The stems of the clause the number stands in (between the clause marks around it)."""
    first, last = mention.first, mention.last
    while first > 0 and not any(
        m in text[tokens[first - 1].end : tokens[first].start] for m in _MARKS
    ):
        first -= 1
    while last + 1 < len(tokens) and not any(
        m in text[tokens[last].end : tokens[last + 1].start] for m in _MARKS
    ):
        last += 1
    return {_stem(t.norm) for t in tokens[first : last + 1] if t.norm not in _PLAIN}


def sibling_clash(
    tokens: Sequence[Token], mention: NumberMention, what: str, parent: BaseModel | None,
    text: str,
) -> str:  # fmt: skip
    """Why the number is another count's of the same fact (see the module), else ""."""
    siblings = getattr(parent, "counts", None) or ()
    others = [
        str(count.what) for count in siblings
        if str(getattr(count, "what", "") or "") != what
        and (read := number_value(getattr(count, "value", None))) is not None
        and abs(read[0] - mention.value) <= 1e-9
    ]  # fmt: skip
    if not others:
        return ""
    clause = _clause(tokens, mention, text)
    sentence: set[str] | None = None
    mine = _words(what)
    own = len(mine & clause)
    for other in others:
        theirs = _words(other)
        fit = len(theirs & clause)
        if fit == own:  # a tie in a short clause ("In Mombasa, 75 people were arrested"):
            sentence = sentence or {_stem(t.norm) for t in tokens if t.norm not in _PLAIN}
            fit, own_fit = len(theirs & sentence), len(mine & sentence)  # the whole sentence
        else:
            own_fit = own
        if fit > own_fit:
            return f"{mention.value:g} is the count of {other!r}, not of {what!r}"
    return ""


__all__ = ["sibling_clash"]
