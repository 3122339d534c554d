"""Whether the page marks a name as a person's by writing its last word alone or after a
title: "Doyle said" after "Paul Doyle", "Mr Doyle", "Donald Trump" for "Trump" (read for
:mod:`summarizer.verification.sides.standins`, which then reads "he" and "the president"
for the name and no longer "it" or "the company").

A body's name is no person's, yet its last word turns up on a business page in other shapes,
and outside checks 84 to 99 (session 58, aa58) read fourteen bodies so ("A.P. Moller-Maersk",
"Forever 21", "Bureau of Labor Statistics", "Keurig Dr Pepper", "Volkswagen", ...), so that an
actor told by "the group", "the chain" or "its" went unread. A careful reader does not take
for a surname alone:
- a number ("21" of "Forever 21", "2" of "Ne Zha 2") or a lower-case word ("labour
  statistics chief" for the Bureau of Labor Statistics, "China's biggest coffee chain" for
  Luckin Coffee): a surname is a capitalised word;
- the second half of a hyphenated word ("Maersk" of "A.P. Moller-Maersk"): a short form;
- a word right after another capitalised word that is no title, people's word, owner or
  opening word ("Authentic Brands Group" for Liberated Brands, "Player First Games" for Warner
  Bros. Games, "Alexandre Ricard" for Pernod Ricard): another name holds it;
- a name whose other words are only an article ("the Louvre"): one word, no given name;
and for a title: one the value itself holds before its last word ("Dr" of "Keurig Dr Pepper")
or one ended by a comma ("Maine's attorney general, Coinbase said"); for a given name before
a one-word name: a question or opening word ("What Microsoft's Xbox prices mean", "Is Coinbase
paying") or a
capitals-only label ("07:02 CEST Volkswagen has"). Each such place is passed over and the
name's next place read, so "Mr Doyle" later on the page still marks Doyle.
"""

from __future__ import annotations

from ..page.article import ArticleText
from ..page.tokens import APOSTROPHE_ENDINGS, Token, tokenize, word_set
from .names import NOT_NAMES, TITLES
from .party_names import party_of

_ARTICLES = word_set("the a an")
# Words that open a sentence or a clause, capitalised there, never a given name.
_OPENERS = word_set(
    """what why how when where who whom which whose while if as after before since once
    the a an this that these those its his her their our my your and but or so yet for
    is are was were do does did can could will would has have had should"""
)
# Of those, the ones that open a question ("Is Coinbase paying?", "Can Ferrowick keep its
# lead?") and are also given names ("Will Wright", "Do Kwon", "Can Dundar", review rv58t):
# before a name they are no given name only in a question.
_ASKING = word_set("is are was were do does did can could will would has have had should")


def marks_person(
    value: str, words: tuple[str, ...], article: ArticleText, upto: int, own: bool = True
) -> bool:
    """Whether the page writes the value's last word after a title, alone as a surname, or
    (a one-word value) after a given name ("Donald Trump" for "Trump"; not before ``upto``:
    "Larsen, the owner run by Erik Larsen" names the body first, review rv43g); the places a
    body's name only seems so are passed over (see the module) for the value's ``own`` kind
    only: a rival name on the way keeps the older, wider reading, so that no name a stand-in
    passed before now blocks it as a body (the unseen checks lost a topic reading so)."""
    if not own:
        return _wide(words, article, upto)
    named = [word for word in words if word not in _ARTICLES]
    if not named:
        return False
    last, single = words[-1], len(named) == 1
    value_tokens = tokenize(value)
    hyphened = bool(value_tokens) and value_tokens[-1].joined
    for start, end in article.phrase_spans((last,)):
        before = article.tokens_between(max(0, start - 40), start)
        word = article.tokens_between(start, end)
        if before and before[-1].norm in TITLES and _titles(article, before[-1], start, words):
            return True
        if not single and not (before and before[-1].norm == words[-2]):
            if hyphened or not _alone(article, word, before, start):
                continue  # "Maersk", "coffee chain", "Authentic Brands Group": no surname
            return party_of(last) is None  # the last word alone: a surname
        given = before[-1] if single and before else None
        if given and given.capitalised and given.end + 1 == start and given.norm not in NOT_NAMES:
            if _no_given(given, word, article):
                continue  # "What Microsoft's", "CEST Volkswagen": no first name
            return (upto < 0 or start < upto) and not party_of(given.text)
    return False


def _wide(words: tuple[str, ...], article: ArticleText, upto: int) -> bool:
    """The reading before session 58: the first place of the last word after a title, alone,
    or after a capitalised word decides, whatever its shape."""
    last = words[-1]
    for start, _ in article.phrase_spans((last,)):
        before = article.tokens_between(max(0, start - 40), start)
        if before and before[-1].norm in TITLES:
            return True
        if len(words) > 1 and not (before and before[-1].norm == words[-2]):
            return party_of(last) is None
        given = before[-1] if len(words) == 1 and before else None
        if given and given.capitalised and given.end + 1 == start and given.norm not in NOT_NAMES:
            return (upto < 0 or start < upto) and not party_of(given.text)
    return False


def _titles(article: ArticleText, title: Token, start: int, words: tuple[str, ...]) -> bool:
    """Whether the title before the last word titles it: not the value's own word ("Dr" of
    "Keurig Dr Pepper") nor a title ended by a comma ("attorney general, Coinbase")."""
    if len(words) > 2 and title.norm == words[-2]:
        return False
    return not set(article.text[title.end : start]) & set(",;:()")


def _alone(article: ArticleText, word: list[Token], before: list[Token], start: int) -> bool:
    """Whether the last word at ``start`` stands as a surname: a capitalised word, not a
    number, not right after another name's capitalised word (see the module)."""
    if not word or word[0].is_number or not word[0].capitalised:
        return False
    if not before or before[-1].end + 1 != start or not before[-1].capitalised:
        return True
    prior = before[-1]
    if prior.text.endswith(APOSTROPHE_ENDINGS) or prior.norm in _OPENERS or prior.norm in NOT_NAMES:
        return True  # "Labour's Starmer", "When Doyle"
    return party_of(prior.text) is not None  # "the Russian Lavrov": a description


def _no_given(given: Token, word: list[Token], article: ArticleText) -> bool:
    """Whether the capitalised word before a one-word name is no given name: an opening word
    (one that also asks, "Will", "Can", "Do", only in a question: "Will Wright, who heads",
    "Do Kwon founded" are given names, review rv58t) or a capitals-only label before a name
    written otherwise."""
    if given.norm in _ASKING:
        return _asks(article, given.end)
    if given.norm in _OPENERS:
        return True
    shouted = len(given.text) > 1 and given.text.isupper()
    return shouted and bool(word) and not word[0].text.isupper()


def _asks(article: ArticleText, start: int) -> bool:
    """Whether the sentence going on at ``start`` ends with a question mark."""
    text = article.text
    ends = [text.find(mark, start) for mark in ".!?\n"]
    found = [end for end in ends if end >= 0]
    return bool(found) and text[min(found)] == "?"


__all__ = ["marks_person"]
