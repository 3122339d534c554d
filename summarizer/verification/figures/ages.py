"""A person's age read as the count that asks for it (session 43, fa43c; outside checks 96, 98
and 100: nine correct ages refused as "N is in its evidence, but not as this field's number",
English giving an age in forms no count noun stands beside):

- hyphen-joined, "a 38-year-old woman", "the 34-year-old Algerian national": the age of the
  noun after it, when a word of the count's ("age of the woman charged") is among the words
  up to the next mark; another noun after it ("a 37-year-old man") is another person's age.
  Standing alone ("the 78-year-old was in hospital", "A fourth suspect, a 26-year-old, was
  arrested") it is the count's when it is the sentence's only age, or the words apposed before
  it name the count's person;
- apposed after a name, "King Charles, 76, had been admitted", or with "aged", "a man aged
  52": the age of the words right before it, which must name the count's person;
- a sentence of its own, "She was 93.": a pronoun, "was" or "is", and the number alone,
  when the sentence before does not tell only of the other sex ("his mother survived him.
  She was 93." is the mother's age; review rv43f).

An owner in the words apposed before an age is not its person: "The driver's passenger, a
26-year-old," and "The victim's father, Raj Patel, 58," are no driver's and no victim's age.

A count whose words do not say "age" is no age ("people aged 60 and above" counts people).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.tokens import POSSESSIVE_ENDINGS, Token, word_set
from .count_words import covers, what_words
from .numbers import NumberMention

_AGE = word_set("age ages")
_PRONOUNS = word_set("he she")
_SEXES = {"he": word_set("he his him himself"), "she": word_set("she her hers herself")}
_SENTENCE_END = re.compile(r"[.!?]\s")
_BE = word_set("was is")
_DETERMINERS = word_set("a an the")
_SPANS = word_set("to over under above older younger plus")
# Words that end the noun phrase after "N-year-old": a verb or a joining word follows it.
_ENDS = word_set(
    """and or but was were is are had has have said says told will would could can did died
    who whose which that with of in on at from to by for after before when while remains
    remained appeared"""
)
_REACH = 3  # words of a noun phrase read on either side of an age


def asks_age(what: str) -> bool:
    """Whether the count asks for an age ("age of the King", "Buffett's age", "age at death")."""
    return any(word.strip(".,'").lower() in _AGE for word in what.replace("-", " ").split())


def told_age(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> bool:  # fmt: skip
    """Whether the number is the age the count asks for, in one of the module's forms."""
    if not asks_age(what) or mention.value != int(mention.value) or not 0 < mention.value < 130:
        return False
    person = [word for word in what_words(what) if word not in _AGE and word != "s"]
    ages = [m for m in mentions if _hyphened(tokens, m) or _apposed(tokens, m, text)]
    if _hyphened(tokens, mention):
        after = range(mention.last + 3, len(tokens))
        open_after = after.start < len(tokens) and not _gap(tokens, after.start, text)
        after_words = _phrase(tokens, after, text) if open_after else []
        if after_words:
            return _names(after_words, person)
        start = mention.first - 1  # past "a" or "the": the word before the comma apposing it
        start -= start >= 0 and tokens[start].norm in _DETERMINERS  # (its noun, not past it)
        before = _phrase(tokens, range(start, -1, -1), text)
        if before and _gap(tokens, start + 1, text) == ",":  # its noun apposed is its person
            return _names(before, person)  # "The driver's passenger, a 26-year-old," (rv43f)
        return len(ages) == 1 or _names(before, person)
    if _apposed(tokens, mention, text):
        start = mention.first - 1 if _gap(tokens, mention.first, text) else mention.first - 2
        named = _phrase(tokens, range(start, -1, -1), text)
        if named and all(t.capitalised for t in tokens[start - len(named) + 1 : start + 1]):
            start -= len(named)  # a name apposed to its office: "her deputy, Paul Crane, 63,"
            if start >= 0 and _gap(tokens, start + 1, text) == ",":
                named += _phrase(tokens, range(start, -1, -1), text)
        return _names(named, person)
    return (
        len(tokens) == 3
        and mention.first == 2
        and tokens[0].norm in _PRONOUNS
        and tokens[1].norm in _BE
        and not _other_sex(tokens[0].norm, text[: tokens[0].start])
    )


def _other_sex(pronoun: str, before: str) -> bool:
    """Whether the sentence before a pronoun's age tells only of the other sex ("his mother
    survived him. She was 93."): then the pronoun means someone else, the one it names."""
    last = _SENTENCE_END.split(before.rstrip()[-400:])[-1]
    words = set(re.findall(r"[a-z]+", last.lower()))
    other = _SEXES["she" if pronoun == "he" else "he"]
    return bool(words & other) and not words & _SEXES[pronoun]


def _hyphened(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """ "38-year-old": the number, then "year" and "old" joined by hyphens."""
    at = mention.last
    return (
        at + 2 < len(tokens)
        and tokens[at + 1].norm in ("year", "years")
        and tokens[at + 1].joined
        and tokens[at + 2].norm == "old"
        and tokens[at + 2].joined
    )


def _apposed(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """ "Charles, 76," or "a man aged 52": a bare number set off by commas, or after "aged"."""
    if mention.first != mention.last or mention.first == 0:
        return False
    if tokens[mention.first - 1].norm == "aged":  # not a bracket: "aged 65 and over"
        following = [t.norm for t in tokens[mention.last + 1 : mention.last + 3]]
        return not following or not (following[0] in _SPANS or following[-1] in _SPANS)
    closing = text[tokens[mention.last].end : tokens[mention.last].end + 1]
    return _gap(tokens, mention.first, text) == "," and closing in (",", ".")


def _gap(tokens: Sequence[Token], at: int, text: str) -> str:
    """The mark between a token and the one before it ("" for a space alone)."""
    return text[tokens[at - 1].end : tokens[at].start].strip() if at else ""


def _phrase(tokens: Sequence[Token], order: range, text: str) -> list[str]:
    """The words read in ``order`` (outward from an age) up to a mark between two of them, an
    ending word or ``_REACH`` words; the caller has crossed the mark next to the age."""
    words: list[str] = []
    for at in order:
        if words and _gap(tokens, max(at, at - order.step), text):
            break
        if tokens[at].norm in _ENDS or len(words) == _REACH:
            break
        if order.step < 0 and words and tokens[at].text.endswith(POSSESSIVE_ENDINGS):
            continue  # an owner before the noun apposed: "The driver's passenger, a 26-..."
        words.append(tokens[at].norm)
    return words


def _names(phrase: Sequence[str], person: Sequence[str]) -> bool:
    """Whether a word of the phrase is one of the count's words for its person."""
    return any(covers([word], wanted) for word in phrase for wanted in person)


__all__ = ["asks_age", "told_age"]
