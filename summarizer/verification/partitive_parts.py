"""A partitive's part as a count (session 19's leftover of check 43: "Nine of the council's 15
members were present" left 9 unread as the members present, because the whole's number stands
between the part and the count's words).

The part is the number before "of the"/"of its" (a possessive may follow: "of the council's")
and the whole's number. The count's words are read in two places: the whole's noun phrase
("15 members", "27 member states") names who is counted; what the sentence then says of the
part (its predicate: "were present", "backed the duties") names which of them. A count is the
part's when every word of it is in one of the two and one at least is in the predicate only: a
count of the whole's own phrase ("council members") or of its modifiers ("Only 4 of the 30
hostages freed on Sunday were children": 4 are not the hostages freed) is not the part's.

Where the predicate starts: at the clause's first auxiliary or copula when it has one ("were",
"had", "will"), so a participle before it modifies the whole ("hostages freed on Sunday were
..."); else at the first word ending in "-ed" ("member states backed the duties").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.count_wholes import OWNING, covers, what_words
from summarizer.verification.numbers import NumberMention
from summarizer.verification.tokens import POSSESSIVE_ENDINGS, Token, word_set

_AUXILIARIES = word_set(
    """is are was were be been being has have had will would could can may might shall should
    did do does"""
)
_CLAUSE_ENDS = (",", ";", ":", "\u2014")


def part_counts(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> bool:  # fmt: skip
    """Whether the number is a partitive's part that counts ``what`` (see the module)."""
    at = mention.last + 1
    if at + 2 >= len(tokens) or tokens[at].norm != "of" or tokens[at + 1].norm not in OWNING:
        return False
    at += 2
    owner: list[str] = []
    if text[tokens[at].start : tokens[at].end].endswith(POSSESSIVE_ENDINGS):
        owner.append(tokens[at].norm)  # "of the council's 15 members"
        at += 1
    whole = next((m for m in mentions if m.first == at), None)
    if whole is None:
        return False
    clause: list[Token] = []
    for index in range(whole.last + 1, len(tokens)):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if any(mark in gap for mark in _CLAUSE_ENDS):
            break
        clause.append(tokens[index])
    split = next((i for i, t in enumerate(clause) if t.norm in _AUXILIARIES), None)
    if split is None:
        split = next((i for i, t in enumerate(clause) if t.norm.endswith("ed")), None)
    if not split:  # no predicate, or one with no noun before it
        return False
    phrase = [*owner, *(t.norm for t in clause[:split])]
    predicate = [t.norm for t in clause[split:]]
    words = what_words(what)
    if not words or not all(covers(phrase, w) or covers(predicate, w) for w in words):
        return False
    return any(covers(predicate, w) and not covers(phrase, w) for w in words)


__all__ = ["part_counts"]
