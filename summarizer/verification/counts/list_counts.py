"""How many a measure adds to a list, against the list's total and against the other kind
listed (an outside check, session 14: "The package adds 45 individuals and 9 entities to the
blacklist, bringing the total to 1,200" did not back 45 people listed), for a count of a
sanctions list (:func:`summarizer.verification.counts.number_rules.support_number`).

A count is a *listing* count when its words name listing ("people listed", "entities
added", "individuals sanctioned", "companies designated", "names on the blacklist"); its
words are also read in the sentence as adding, designating or blacklisting
(:data:`summarizer.verification.figures.count_synonyms.COUNT_SYNONYMS`), so "adds 45
individuals" backs 45 people listed. Then:

- a count of people ("people", "individuals", "persons", "officials") is refused a number
  whose own words count entities ("9 entities", "12 shipping companies", "11 vessels"), and
  the other way round: the number counts the other kind (unsupported);
- a count that is not a total is refused the list's total: a number after "total", "tally",
  "overall", after "bringing / taking / raising / pushing ... to", after "now", or
  followed in its clause by "in total", "in all", "altogether", "all told", "so far", "to
  date" or "are now"
  ("bringing the total to 1,200", "taking the list to 1,950", "which now counts 342 ships"),
  a total word marking only its own number ("now counts 342 ships after 40 were added": 40
  is no total), and only when the count asks for the number added ("names added") or the
  sentence gives one ("now names 1,700 individuals" alone is how many are listed);
- a count of the total ("total listed", "people and entities on the list overall") is refused
  a number read as the one added ("adds 45", "45 more", "a further 45", "45 new names") when
  the number is not also read as the total.

Both are *unsupported*: the page states the number, as the other count.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, tokenize, word_set

_LISTING = ("list", "blacklist", "designat", "added", "adds", "sanctioned", "names", "named")
_PEOPLE = word_set(
    """people persons person individuals individual officials businessmen oligarchs
    executives citizens nationals"""
)
_ENTITIES = word_set(
    """entities entity companies company firms firm banks bank organisations organizations
    organisation organization businesses vessels ships tankers aircraft institutions
    enterprises groups"""
)
_TOTAL_WORDS = word_set("total totals tally overall cumulative altogether")
_TOTAL_WHAT = (*_TOTAL_WORDS, "now", "so far", "to date", "in all", "all told", "on the list")
_RAISING = word_set(
    "bringing brings brought taking takes took raising raises raised pushing pushes lifting "
    "swelling increasing"
)
_TOTAL_AFTER = (("in", "total"), ("in", "all"), ("altogether",), ("all", "told"),
                ("so", "far"), ("to", "date"), ("are", "now"), ("overall",))  # fmt: skip
_ADDING = word_set(
    """adds added adding add designates designated designating names named naming lists
    listed listing blacklists blacklisted blacklisting targets targeted targeting sanctions
    sanctioned sanctioning"""
)
_NEW = word_set("more new additional further extra")
_ADDED_AFTER = word_set("added listed designated blacklisted sanctioned")
# Words of a count that ask for the number added, whatever else the page gives ("names
# added", "new listings"); "people listed" may be those on the list when it is all it gives.
_ADDED_WHAT = ("add", "new", "more", "further", "additional", "extra", "latest")
_PHRASE_STOPS = word_set("and or of to in on at by for from with the a an who which that")
_CLAUSE_MARKS = ",;:()\u2014"


def _words(what: str) -> list[str]:
    return [token.norm for token in tokenize(what.replace("-", ""))]


def listing_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    text: str, what: str,
) -> str:  # fmt: skip
    """Why ``mention`` is no value of the listing count ``what`` (see the module), or ""."""
    words = _words(what)
    if not any(word.startswith(_LISTING) for word in words):
        return ""
    value = f"{mention.value:g}"
    wanted = _kind(words)
    own = _kind(_phrase(tokens, mention, text))
    if wanted and own and wanted != own:
        return f"{value} counts {own} listed, not {wanted}"
    joined = " " + " ".join(words) + " "
    total_count = any(f" {phrase} " in joined for phrase in _TOTAL_WHAT)
    total = is_total(tokens, mention, text, mentions)
    adding = any(word.startswith(_ADDED_WHAT) for word in words)
    if total and not total_count and (adding or _any_added(tokens, mention, mentions, text)):
        return f"{value} is the list's total, not the number added"
    if total_count and not total and _added(tokens, mention):
        return f"{value} is the number added, not the list's total"
    return ""


def _kind(words: Sequence[str]) -> str:
    people = any(word in _PEOPLE for word in words)
    entities = any(word in _ENTITIES for word in words)
    if people == entities:
        return ""
    return "people" if people else "entities"


def _phrase(tokens: Sequence[Token], mention: NumberMention, text: str) -> list[str]:
    """The words of the number's own noun phrase ("45 Russian individuals"), up to three."""
    words: list[str] = []
    for index in range(mention.last + 1, min(mention.last + 4, len(tokens))):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if any(mark in gap for mark in _CLAUSE_MARKS) or tokens[index].norm in _PHRASE_STOPS:
            break
        words.append(tokens[index].norm)
    return words


def _any_added(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> bool:
    """Whether the sentence gives another number as the one added ("adds 45 ..., bringing
    the total to 1,200"): without one, "now names 1,700 individuals" is how many are listed."""
    return any(
        m is not mention and _added(tokens, m) and not is_total(tokens, m, text, mentions)
        for m in mentions
    )


def is_total(
    tokens: Sequence[Token], mention: NumberMention, text: str,
    mentions: Sequence[NumberMention] = (),
) -> bool:  # fmt: skip
    """Whether the number is a list's total (see the module); a total word marks only its own
    number, so the reading stops at another of ``mentions`` ("now counts 342 ships after 40
    were added": 40 is no total)."""
    taken = {i for m in mentions if m is not mention for i in range(m.first, m.last + 1)}
    end = mention.last + 1
    while (
        end < min(mention.last + 10, len(tokens))
        and end not in taken
        and not any(mark in text[tokens[end - 1].end : tokens[end].start] for mark in _CLAUSE_MARKS)
    ):
        end += 1  # "2,100 individuals and entities under the bloc's sanctions in total"
    after = tuple(t.norm for t in tokens[mention.last + 1 : end])
    for start in range(len(after)):
        if any(after[start : start + len(phrase)] == phrase for phrase in _TOTAL_AFTER):
            return True
    before = mention.first - 1
    to = before >= 0 and tokens[before].norm == "to"
    for index in range(before, max(before - 8, -1), -1):
        gap = text[tokens[index].end : tokens[index + 1].start] if index < before else ""
        if any(mark in gap for mark in _CLAUSE_MARKS) or index in taken:
            return False
        norm = tokens[index].norm
        if norm in _TOTAL_WORDS or norm == "now" or (to and norm in _RAISING):
            return True
    return False


def _added(tokens: Sequence[Token], mention: NumberMention) -> bool:
    before = [t.norm for t in tokens[max(mention.first - 3, 0) : mention.first]]
    after = [t.norm for t in tokens[mention.last + 1 : mention.last + 4]]
    return (
        any(word in _ADDING or word in {"another", "further", "additional"} for word in before)
        or bool(after and after[0] in _NEW)
        or any(word in _ADDED_AFTER for word in after)  # "120 entities were designated"
    )


__all__ = ["is_total", "listing_clash"]
