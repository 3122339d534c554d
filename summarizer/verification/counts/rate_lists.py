"""A list of labelled amounts under a lead-in takes the lead-in's cue word (an outside check,
session 15: "The commission set these duties on top of the standard 10% levy:" over the
lines "SAIC: 35.3%", "Geely: 18.8%", "BYD: 17.0%" supported no tariff rate of 35.3, since
no tariff word stands in a line), for a number field with a unit
(:func:`summarizer.verification.counts.number_rules.support_number`).

An *entry* is an amount with a label of its own before it: a label and a colon or a dash
("SAIC: 35.3%", "Cooperating exporters - 21%"), in brackets after it ("BYD (17%)"), or one to
four capitalised words right before it or before "at" or "with" ("Geely 18.8%", "Tesla at
7.8%"). The label opens a line, a sentence or a clause (after a comma, a semicolon, "and",
"of", "including"); a colon's label may be lower-case ("All other companies: 38.1%"), and so
may one before a comma that opens its clause ("; all others, 38.1%"), a bare one may not ("a
20% levy" has no label). A *list* is two entries or more with the field's unit,
in one sentence or in sentences one after another that each open with an entry.

The list's amounts are near a cue of the field when its *lead-in* holds one: the words of
its sentence before the first label ("The commission set duties of SAIC 35.3%, Geely 18.8%
and BYD 17%"), or, for a list opening its sentence, the sentence right before it when that
one ends with a colon or with "as follows", "below" or "following" ("The duties are as
follows."). A list with no lead-in, or one whose lead-in has no cue ("Prices rose in March:"
over "Bread: 10%", "Milk: 5%"), keeps the verdict it had. Whose amount each entry is, is
read by :mod:`summarizer.verification.counts.rate_owners` from the same label (:func:`entry_label`).

In prose, amounts in a run joined by "and", "or", "while", "but", a comma, "to" or "from"
("a provisional duty of 14.6% for exporters that cooperated with the probe and 29.9% for all
the rest", "go up from 7.5 per cent to 15 per cent") share the cue of the run's first amount
(:func:`chain_head`): the later ones are as near the cue as the first one is, or near it when
the cue stands right by the first ("A 6.2% levy applies to the two sampled mills and 24.5%
to every other mill", where "two" stands between the cue and 24.5).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..figures.numbers import NumberMention
from ..page.article import ArticleText
from ..page.tokens import Token, word_set

_MARKED = frozenset(":\u2013\u2014(|")  # between a label and its amount ("SAIC: 35.3%")
_OPENING = frozenset(",;:.|\n\u2022*")  # before a label: a new line, clause, entry or cell
_OPENERS = word_set("and of including include includes")  # "... and BYD 17%"
_BETWEEN = word_set("at with")  # between a bare label and its amount
_MOST_WORDS = 5  # words of a marked label ("All other cooperating companies:")
_MOST_NAMES = 4  # capitalised words of a bare label ("Volkswagen Group China 21.3%")
_FOLLOWS = (("as", "follows"), ("below",), ("following",))
# Words of other measures in percent a lead-in may list after its tariff word.
_OTHER_MEASURES = word_set(
    """share shares sales price prices growth margin margins inflation output profit profits
    turnover revenue revenues stake stakes vote votes support approval unemployment yield
    yields returns volumes"""
)
_BACK = 12  # list sentences read back from an entry for the list's lead-in
_LINKS = word_set("and or while whereas but to from")  # "... and 29.9% for all the rest"
_ARTICLES = word_set("a an")
_RUN_GAP = 12  # most words between two amounts of a run
_BY_CUE = 3  # words between a run's first amount and a cue standing right by it


def entry_label(tokens: Sequence[Token], mention: NumberMention, text: str) -> range | None:
    """The token indexes of an entry's label (see the module), or None."""
    index = mention.first - 1
    if index < 0:
        return None
    gap = text[tokens[index].end : tokens[mention.first].start]
    comma = gap.strip() == ","  # "; all others, 38.1%": only a label opening its clause
    marked = not _MARKED.isdisjoint(gap) or gap.strip() == "-" or comma
    if not marked and gap.strip():
        return None
    if not marked and tokens[index].norm in _BETWEEN and index:
        index -= 1  # "Tesla at 7.8%", "Geely with 18.8%"
        if text[tokens[index].end : tokens[index + 1].start].strip():
            return None
    end = index + 1
    start = end
    most = _MOST_WORDS if marked else _MOST_NAMES
    while start > 0 and end - start < most:
        token = tokens[start - 1]
        if token.is_number or token.norm in _OPENERS or token.text == "%":
            break
        if token.norm in STOPWORDS or not (marked or token.capitalised):
            break  # "Brussels set a tariff (25%)": no label
        start -= 1
        if _opens(tokens, start, text):
            break
    if start == end:
        return None
    if not _opens(tokens, start, text) and (comma or tokens[start - 1].norm not in _OPENERS):
        return None  # "The duty was raised on Monday: 25%": no label of an entry
    return range(start, end)


def _opens(tokens: Sequence[Token], start: int, text: str) -> bool:
    """Whether a label starting at ``start`` opens its sentence, line or clause."""
    if start == 0:
        return True
    gap = text[tokens[start - 1].end : tokens[start].start]
    return not _OPENING.isdisjoint(gap) or (tokens[start - 1].text == "%" and "," in gap)


def _entries(
    tokens: Sequence[Token], mentions: Sequence[NumberMention], text: str, unit: str
) -> list[range]:
    labels = [entry_label(tokens, m, text) for m in mentions if m.unit == unit]
    return [label for label in labels if label is not None]


def listed(
    article: ArticleText, index: int, mention: NumberMention,
    numbers_of: Callable[[int], Sequence[NumberMention]], cues_of: Callable[[int], list[int]],
) -> bool:  # fmt: skip
    """Whether ``mention`` (in sentence ``index``) is an entry of a list whose lead-in holds a
    cue of the field (see the module); ``numbers_of`` and ``cues_of`` read a sentence's
    amounts and the field's cue positions in it."""
    tokens = article.sentence_tokens(index)
    text = article.text
    if entry_label(tokens, mention, text) is None:
        return False
    labels = _entries(tokens, numbers_of(index), text, mention.unit)
    first = min(label.start for label in labels)
    if not _numbering(tokens, first):  # the lead-in is the sentence's words before the list
        return len(labels) >= 2 and _covers(tokens, cues_of(index), first)

    def entries(i: int) -> int:
        return len(_entries(article.sentence_tokens(i), numbers_of(i), text, mention.unit))

    def opens(i: int) -> bool:
        return _opens_list(article, i, numbers_of, mention.unit)

    count = len(labels)
    after = index + 1
    while after < min(index + 1 + _BACK, len(article.sentences)) and opens(after):
        count += entries(after)
        after += 1
    lead = index - 1
    while lead >= max(index - _BACK, 0) and opens(lead):
        count += entries(lead)
        lead -= 1
    if lead < 0 or count < 2 or not _leads_in(article, lead):
        return False
    lead_tokens = article.sentence_tokens(lead)
    return _covers(lead_tokens, cues_of(lead), len(lead_tokens))


def _covers(tokens: Sequence[Token], cues: Sequence[int], end: int) -> bool:
    """Whether a lead-in (``tokens`` up to ``end``) holds a cue that is what it lists: no
    word of another measure after its last cue ("Since the duties took effect, market shares
    have shifted:" lists shares)."""
    before = [cue for cue in cues if cue < end]
    return bool(before) and not any(t.norm in _OTHER_MEASURES for t in tokens[before[-1] : end])


def _opens_list(
    article: ArticleText, index: int, numbers_of: Callable[[int], Sequence[NumberMention]],
    unit: str,
) -> bool:  # fmt: skip
    """Whether sentence ``index`` opens with a list's entry ("Geely: 18.8%", "2. Geely:
    18.8%") or is only an item's number."""
    tokens = article.sentence_tokens(index)
    if _numbering(tokens, len(tokens)):
        return True  # an item's number split off as a sentence of its own ("1.")
    labels = _entries(tokens, numbers_of(index), article.text, unit)
    return any(_numbering(tokens, label.start) for label in labels)


def _numbering(tokens: Sequence[Token], start: int) -> bool:
    """Whether only an item's number stands before ``start`` ("2. Brisco Rubber: 17.7%")."""
    return all(token.is_number for token in tokens[:start])


def _leads_in(article: ArticleText, index: int) -> bool:
    """Whether sentence ``index`` announces what follows: it ends with a colon, "as follows",
    "below" or "following"."""
    start, end = article.sentences[index]
    if article.text[start:end].rstrip().endswith(":"):
        return True
    norms = tuple(token.norm for token in article.sentence_tokens(index))
    return any(norms[-len(words) :] == words for words in _FOLLOWS)


def chain_head(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> NumberMention | None:
    """The first amount of the run ``mention`` ends (see the module), or None when it opens
    none: each amount of the run follows a linking word or a comma (past "a", "an") right
    after the earlier amount's words, in the same unit."""
    head = mention
    while True:
        earlier = [m for m in mentions if m.last < head.first and m.unit == mention.unit]
        if not earlier:
            break
        before = earlier[-1]
        index = head.first - 1
        while index > before.last and tokens[index].norm in _ARTICLES:
            index -= 1
        gap = text[tokens[index].end : tokens[index + 1].start] if index >= 0 else ""
        linked = tokens[index].norm in _LINKS or ("," in gap and index > before.last)
        if not linked or head.first - before.last > _RUN_GAP or index <= before.last:
            break
        head = before
    return None if head is mention else head


def by_cue(tokens: Sequence[Token], head: NumberMention, cue: int) -> bool:
    """Whether a cue stands right by an amount: right before it ("a duty of 14.6%") or right
    after it and its unit ("a 6.2% levy")."""
    if cue < head.first:
        return head.first - cue <= _BY_CUE and not any(
            t.is_number for t in tokens[cue + 1 : head.first]
        )
    return cue - head.last <= _BY_CUE and not any(t.is_number for t in tokens[head.last + 1 : cue])


__all__ = ["by_cue", "chain_head", "entry_label", "listed"]
