"""A partitive's part as a count of the whole's noun (session 30, outside checks 66 and 67:
"controls 328 of the 630 seats", "she won 237 of the 465 votes", "carried 36 of the 47
prefectural chapters' votes", "About 23 of the roughly 750 girls ... cannot be accounted for",
"Sixteen of the victims died in the Eaton fire" were flagged as counts with no word of theirs
next to the number), for :func:`summarizer.verification.counts.partitive_parts.part_counts`.

The part of "N of the M seats" is N seats, just as "N seats" would be: the count names the
whole's noun and says something more of the part. Session 19's reading asks every word of the
count to be in the sentence's clause; outlets reword the part's verb ("seats held" for
"controls", "seats needed" for "It takes 172 of the 343 seats") and name its owner where the
sentence has a pronoun ("votes for Takaichi" for "she won"). So the count is the part's when

- a word of it names the whole's noun phrase, and another does not (a count all of whose words
  are the whole's phrase, or the whole's phrase and where it is - "seats in the Bundestag",
  "girls at the camp" - counts the whole, not the part);
- each other word is said in the part's clause ("unaccounted" for "cannot be accounted for";
  not past a hard mark, the next number or "the rest") or, when the part is the object of the
  verb before it ("controls 328 of the 630 seats", "It takes 172
  of the 343 seats"), is a verb of having a share that the verb restates ("held", "won",
  "needed"): a word the sentence does not say ("girls rescued"), or a having word where the
  sentence says what befell the part ("Five of the 30 hostages were released" are no hostages
  held), is not read into it;
- a name of the count's ("Takaichi") that the sentence does not give is only taken when the
  part's clause has a pronoun for its doer ("she won"), and never when the sentence names it
  elsewhere ("against 149 for Noda": 237 is not Noda's).

A whole with no number and a count that names no noun ("died in the Eaton fire"): the part is
the count when every word of the count is in what the clause says of the part, up to the next
number ("... and nine in the Palisades fire": those nine are another part). Known limit: the
count's noun is not checked against the whole's ("died in the fire" is read of victims and of
homes alike: the count names neither).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .count_wholes import covers, what_words
from .numbers import NumberMention, word_number


def noun_part(
    words: Sequence[str], phrase: Sequence[str], predicate: Sequence[str], what: str,
    tokens: Sequence[Token], mention: NumberMention, object_of: bool, text: str,
) -> bool:  # fmt: skip
    """Whether the part of "N of the M <phrase>" counts ``what`` (see the module);
    ``object_of``: the part is the object of the verb before it ("controls 328 of ...")."""
    named = [w for w in words if covers(phrase, w)]
    setting = _setting_words(what)
    rest = [w for w in words if not covers(phrase, w) and w not in setting]
    if not named or not rest:
        return False  # another noun's part; the whole's own phrase or where it is
    said = _clause_words(tokens, mention, text)
    names = {w.strip(".,'").lower() for w in what.replace("-", " ").split() if w[:1].isupper()}
    stand_in = any(w in _STAND_INS for w in predicate)
    for word in [w for w in words if not covers(phrase, w)]:
        if word in names and not covers(predicate, word):
            if not stand_in or _named_elsewhere(tokens, mention, word):
                return False  # "votes for Noda" of "she won 237 ..., against 149 for Noda"
            continue
        if not (
            (object_of and word in _HAVING) or covers(said, word) or covers(said, _unprefixed(word))
        ):
            return False  # "girls rescued": the sentence does not say it of the part
    return True


def deed_only(words: Sequence[str], whole: Sequence[str], deed: Sequence[Token]) -> bool:
    """Whether a count that names no noun of the whole ("died in the Eaton fire") is what the
    clause says of the part ("Sixteen of the victims died in the Eaton fire ..."): every word
    of it in ``deed``, the clause's words after the whole up to the next number."""
    said = [t.norm for t in deed if t.norm not in whole]
    return bool(words) and bool(said) and all(covers(said, w) for w in words)


def _setting_words(what: str) -> frozenset[str]:
    """The count's words after a preposition of place ("seats in the Bundestag": bundestag)."""
    raw = what.replace("-", " ").lower().split()
    after = [i for i, word in enumerate(raw) if word in _PLACING]
    return frozenset(what_words(" ".join(raw[after[0] + 1 :]))) if after else frozenset()


def _clause_words(tokens: Sequence[Token], mention: NumberMention, text: str) -> list[str]:
    """The words of the part's clause, a hyphenated word's pieces too ("run-off"): back to a
    hard mark (";", a dash, a bracket; not a label's colon), on to one (a colon too), to the
    next number past the whole's or to another part ("the rest", "the others"): "Rescuers
    pulled 14 of the 20 miners out alive; the rest died underground" says nothing of the 14
    dying."""

    def marked(at: int, marks: str = _HARD_ENDS) -> bool:
        return any(mark in text[tokens[at - 1].end : tokens[at].start] for mark in marks)

    start = mention.first  # a label's colon leads to its value: "The old yardstick: 2%, which
    while start > 0 and not marked(start, _HARD_ENDS.replace(":", "")):  # eight of the ..."
        start -= 1
    words: list[str] = []
    for index in range(start, len(tokens)):
        token = tokens[index]
        if index > mention.last and (marked(index) or token.norm in _OTHER_PARTS):
            break
        if mention.first <= index <= mention.last:
            continue
        if index > mention.last + 4 and (token.is_number or word_number([token.norm], 0)):
            break  # another number past the whole's: another part's stretch
        words.extend([token.norm, *token.norm.split("-")])
    return words


def _named_elsewhere(tokens: Sequence[Token], mention: NumberMention, word: str) -> bool:
    return any(
        t.capitalised and covers([t.norm], word)
        for i, t in enumerate(tokens)
        if not mention.first <= i <= mention.last
    )


def _unprefixed(word: str) -> str:
    """The word without "un" ("unaccounted": "cannot be accounted for" says it)."""
    return word[2:] if word.startswith("un") and len(word) > 6 else word


_PLACING = word_set("in at across inside within")
_HARD_ENDS = ";:\u2014.()"
_OTHER_PARTS = word_set("rest others remainder remaining")
_STAND_INS = word_set("she he they it we her his their its")
# Verbs of having a share that a partitive's own verb restates ("controls 328 of the 630
# seats" are seats held; "It takes 172 of the 343 seats to govern" are seats needed).
_HAVING = word_set(
    """held hold holds won win wins needed need needs required took take gained got received
    secured carried controlled controls"""
)

__all__ = ["deed_only", "noun_part"]
