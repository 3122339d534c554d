"""Whose stance, and when: a stance cue in another party's clause, or of a turn the party took
back, is not the fact's (check 45, cause 6).

Three shapes of news English put two stances in one passage:

- contrast: "The militia signed the truce, whereas government forces vowed to press on" and
  "While the separatists welcomed the plan, Kyiv ..." part two sides' clauses by a contrast word
  (while, whereas, but, although, though, yet, unlike, in contrast to, as opposed to). A cue
  in a clause that has a subject of its own before it, and does not name the fact's party, is
  that subject's stance when the fact's party stands in another clause of the sentence.
- relative clause: "Unlike Serbia, which welcomed the proposal, Kosovo ..." and "Peru, whose
  president backed the accord, and Ecuador, which rejected it" give the cue of a clause opened
  by which / who / whose to the clause before it: not the fact's party's when that clause does
  not name it.
- a turn: a cue marked as earlier ("initially rejected", "at first", "originally opposed",
  "had earlier dismissed", "after weeks of refusing") is a stance the party held before, and
  a cue whose clause holds its own day or month ("rejected the deal in May") is that day's:
  neither is the stance as of another time (the fact's ``as_of``, or, with no ``as_of``, now),
  unless ``as_of`` names that earlier time ("initially", "in May").

Also the wording of a refusal by fighting on (:func:`fighting_on`): a side that "would keep
fighting", "vowed to fight on", "would press on with its offensive", "would continue its
operations" or "would not halt its advance" rejects the truce.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.party_names import party_mentions, party_of

_CONTRASTS = word_set("while whereas but although though yet unlike contrast opposed")
_CUES = word_set("while whereas but although though yet unlike contrast opposed which who whose")
_RELATIVES = word_set("which who whose")
_PRONOUNS = word_set("it they its their he she we")
_ARTICLES = word_set("the a an")
# Words between a relative pronoun and its verb that are no subject ("which had initially").
_AUXILIARIES = word_set(
    """had has have was were is are also then later initially first already quickly formally
    swiftly promptly eventually finally reportedly itself"""
)
# Words that open a clause but are no subject ("After talks in Cairo, ...").
_NO_SUBJECT = word_set(
    """after before following on in at by with since when as then later and or also not
    had has have was were is are would will finally eventually"""
)
_EARLIER = word_set("initially originally earlier previously formerly")
_TIMES = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"yesterday"}
# The verbs and objects of fighting on (:func:`fighting_on`): present and to come only, since
# "kept fighting" and "continued its offensive" tell a breach, not a stance.
_GO_ON = word_set("keep keeps continue continues press presses fight")
_FIGHT = word_set(
    """fighting fight offensive operations operation attacks attack strikes striking advance
    assault campaign shelling bombardment war"""
)
_STOP = word_set("halt stop end suspend pause cease")
_FIGHT_CUES = _GO_ON | _STOP


def _phrase(party: str) -> tuple[str, ...]:
    words = tuple(token.norm for token in tokenize(party))
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return words


def _holds(norms: Sequence[str], words: tuple[str, ...], start: int, end: int) -> bool:
    size = len(words)
    if not size or words[0] not in norms:
        return False  # the phrase's first word is nowhere in the sentence
    return any(
        tuple(norms[at : at + size]) == words for at in range(start, max(start, end - size + 1))
    )


def _segment(norms: Sequence[str], start: int) -> tuple[int, int]:
    """The clause around ``norms[start]``: from after the last "," or contrast word or
    relative pronoun before it to the next "," or contrast word."""
    first = start
    while first > 0 and norms[first - 1] != "," and norms[first - 1] not in _CUES:
        first -= 1
    if first > 0 and norms[first - 1] in _RELATIVES:
        first -= 1
    last = start
    while last < len(norms) and norms[last] != "," and norms[last] not in _CONTRASTS:
        last += 1
    return first, last


def other_clause(
    fact: Any, article: ArticleText, index: int, norms: Sequence[str], start: int
) -> bool:
    """Whether the cue at ``norms[start]`` (``clause_norms`` of sentence ``index``) is another
    party's by a contrast or a relative clause (see the module)."""
    party = getattr(fact, "party", None)
    if not isinstance(party, str) or (_CUES.isdisjoint(norms) and "," not in norms):
        return False
    words, key = _phrase(party), party_of(party)
    tokens = article.sentence_tokens(index)

    surname = words[-1:] if len(words) > 1 and party.split()[-1][:1].isupper() else ()

    def names(first: int, last: int) -> bool:
        """Whether ``norms[first:last]`` names the fact's party (its words, its last word, as
        a person's surname, or its key)."""
        if _holds(norms, words, first, last) or _holds(norms, surname, first, last):
            return True
        lo, hi = first - norms[:first].count(","), last - norms[:last].count(",")
        return key is not None and any(k == key for _, k, _, _ in party_mentions(tokens[lo:hi]))

    if not names(0, len(norms)):
        return False  # the party is not named here: nothing to part it from
    first, last = _segment(norms, start)
    if names(first, last):
        return False
    if norms[first] in _RELATIVES:
        if norms[first] != "whose" and not _AUXILIARIES.issuperset(norms[first + 1 : start]):
            return False  # "in which Putin accepted": the clause's own subject
        before = first - 1 if first > 0 and norms[first - 1] == "," else first
        head, _ = _segment(norms, max(before - 1, 0))
        return before > 0 and not names(head, before)
    lead = [word for word in norms[first:start] if word not in _ARTICLES]
    if not lead or lead[0] in _NO_SUBJECT or lead[0] in _PRONOUNS:
        return False  # no subject of its own, or a pronoun that may be the party
    if first == 0:
        return not _CONTRASTS.isdisjoint(norms) or _semicolon(norms, tokens, article.text)
    return norms[first - 1] in _CONTRASTS or _semicolon(norms[:first], tokens, article.text)


def _semicolon(norms: Sequence[str], tokens: Sequence[Token], text: str) -> bool:
    """Whether the last "," of ``norms`` (a clause mark) is a semicolon or a dash in the text."""
    if "," not in norms:
        return False
    at = len(norms) - 1 - list(norms)[::-1].index(",")
    left = at - norms[:at].count(",") - 1
    if not 0 <= left < len(tokens) - 1:
        return False
    gap = text[tokens[left].end : tokens[left + 1].start]
    return ";" in gap or "\u2014" in gap or " - " in gap


def earlier_turn(fact: Any, norms: Sequence[str], start: int) -> bool:
    """Whether the cue at ``norms[start]`` is a stance held before, or on another day than
    the fact's ``as_of`` (see the module)."""
    as_of = getattr(fact, "as_of", None)
    marks = frozenset(_phrase(as_of)) if isinstance(as_of, str) else frozenset()
    first, last = _segment(norms, start)
    near = norms[max(first, start - 4) : start]
    earlier = not _EARLIER.isdisjoint(near) or _at_first(near) or _after_weeks(near)
    if earlier:
        return not (marks & (_EARLIER | {"first"}))
    own = _TIMES.intersection(norms[first:last])
    return bool(own) and bool(marks & _TIMES) and not own & marks


def _at_first(near: Sequence[str]) -> bool:
    return any(near[at : at + 2] == ["at", "first"] for at in range(len(near) - 1))


def _after_weeks(near: Sequence[str]) -> bool:
    """ "after weeks of refusing", "after days of rejecting": a stance given up."""
    return len(near) >= 3 and near[-1] == "of" and ("after" in near or "despite" in near)


def fighting_on(family: str, value: str, norms: Sequence[str]) -> list[tuple[int, int]]:
    """Spans wording ``rejects`` by fighting on: "would keep fighting", "vowed to fight on",
    "would press on with its offensive", "would not halt its advance" (see the module)."""
    if family != "Stance" or value != "rejects" or _FIGHT_CUES.isdisjoint(norms):
        return []
    spans = []
    for at, word in enumerate(norms):
        if word not in _FIGHT_CUES and word != "fight":
            continue  # no cue here (the branches below all need one)
        ahead = norms[at + 1 : at + 5]
        if word == "fight" and ahead[:1] == ["on"]:
            spans.append((at, at + 2))
        elif word in _GO_ON and word != "fight" and not _FIGHT.isdisjoint(ahead):
            spans.append((at, at + 1))
        elif (
            word in _STOP
            and norms[max(0, at - 2) : at] in (["would", "not"], ["will", "not"])
            and not _FIGHT.isdisjoint(ahead)
        ):
            spans.append((at - 1, at + 1))  # from "not": the cue is the negated stop
    return spans


__all__ = ["earlier_turn", "fighting_on", "other_clause"]
