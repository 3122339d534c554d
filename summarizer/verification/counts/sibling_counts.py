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

Not read (review rvE): a sibling whose words hold all of this count's ("people killed" beside
"people killed in Khan Younis": a narrower count, which may be the same number); on a tie,
what follows the clause ("40 passengers, all of whom were rescued" says more of the same
passengers), only a fronted phrase is weighed; a clause is cut at a coordinator before another
number ("25 officers were hurt and 25 people arrested").
Not read: a tie (two counts of the same number whose words fit the clause alike, as in "35
for 35"), which leaves the number to the cue rules; a count of another fact; the same number
stated twice, where each mention is weighed on its own (another mention may still be this
count's). Words are compared by a short stem ("listed" is "list", "hostages" is "hostage").

Counts of one thing (the same ``what``) that give a number twice, when the number ends a change
whose other end no count of that thing holds ("Funding rounds bottomed out at 105 ..., then
recovered to 118 in the third and 137 in the fourth" given as 118, 118 and 137), have moved a
value over: each is refused (session 38, countclause38: the ends are read by
:func:`summarizer.verification.figures.count_clauses.unheld_end`).
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from ..figures.count_clauses import unheld_end
from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set
from .sentence_numbers import number_value

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


def _span(
    tokens: Sequence[Token], mention: NumberMention, numbers: Sequence[NumberMention], text: str
) -> tuple[int, int]:
    """The clause the number stands in: the tokens between the clause marks around it, cut at
    a coordinator that parts it from another number ("police said 25 officers were hurt and
    25 people arrested": each 25 has its own half; review rvE)."""
    first, last = mention.first, mention.last
    taken = {at for m in numbers if m is not mention for at in range(m.first, m.last + 1)}
    while first > 0 and not any(
        m in text[tokens[first - 1].end : tokens[first].start] for m in _MARKS
    ):
        first -= 1
        if first in taken:
            first = _after_coordinator(tokens, first, mention.first)
            break
    while last + 1 < len(tokens) and not any(
        m in text[tokens[last].end : tokens[last + 1].start] for m in _MARKS
    ):
        last += 1
        if last in taken:
            last = _after_coordinator(tokens, mention.last, last) - 1
            break
    return first, last


def _after_coordinator(tokens: Sequence[Token], start: int, end: int) -> int:
    """The place right after the last coordinator between ``start`` and ``end`` (``end``
    when none: the numbers part the words between them from this one)."""
    for at in range(end - 1, start, -1):
        if tokens[at].norm in _COORDINATORS:
            return at + 1
    return end


_COORDINATORS = frozenset({"and", "but", "while", "whereas", "as"})


def _clause(
    tokens: Sequence[Token], mention: NumberMention, numbers: Sequence[NumberMention], text: str
) -> set[str]:
    """The stems of the clause the number stands in (see :func:`_span`)."""
    first, last = _span(tokens, mention, numbers, text)
    return {_stem(t.norm) for t in tokens[first : last + 1] if t.norm not in _PLAIN}


def sibling_clash(
    tokens: Sequence[Token], mention: NumberMention, numbers: Sequence[NumberMention], what: str,
    parent: BaseModel | None, text: str,
) -> str:  # fmt: skip
    """Why the number is another count's of the same fact (see the module), else ""."""
    siblings = getattr(parent, "counts", None) or ()
    same = [
        read[0] for count in siblings
        if str(getattr(count, "what", "") or "") == what
        and (read := number_value(getattr(count, "value", None))) is not None
    ]  # fmt: skip
    if sum(abs(value - mention.value) <= 1e-9 for value in same) > 1:  # (figures/count_clauses)
        free = unheld_end(tokens, mention, numbers, text, same)
        if free is not None:  # "recovered to 118 ... and 137" given as 118, 118 and 137
            return f"{mention.value:g} is another count's of {what!r}, and {free:g} none's"
    others = [
        str(count.what) for count in siblings
        if str(getattr(count, "what", "") or "") != what
        and (read := number_value(getattr(count, "value", None))) is not None
        and abs(read[0] - mention.value) <= 1e-9
    ]  # fmt: skip
    if not others:
        return ""
    clause = _clause(tokens, mention, numbers, text)
    sentence: set[str] | None = None
    mine = _words(what)
    own = len(mine & clause)
    for other in others:
        theirs = _words(other)
        if mine <= theirs:  # a narrower count of the same thing: "people killed" and "people
            continue  # killed in Khan Younis" may well be one number (review rvE)
        fit = len(theirs & clause)
        if fit == own:  # a tie in a short clause ("In Mombasa, 75 people were arrested"):
            sentence = sentence or _fronted(tokens, mention, numbers, text) | clause
            fit, own_fit = len(theirs & sentence), len(mine & sentence)  # with what is fronted
        else:
            own_fit = own
        if fit > own_fit:
            return f"{mention.value:g} is the count of {other!r}, not of {what!r}"
    return ""


def _fronted(
    tokens: Sequence[Token], mention: NumberMention, numbers: Sequence[NumberMention], text: str
) -> set[str]:
    """The stems of the sentence before the number's clause: a fronted phrase ("In Mombasa,")
    tells whose the number is; what follows ("40 passengers, all of whom were rescued") tells
    more of the same people, and is not weighed (review rvE)."""
    first, _ = _span(tokens, mention, numbers, text)
    return {_stem(t.norm) for t in tokens[:first] if t.norm not in _PLAIN}


__all__ = ["sibling_clash"]
