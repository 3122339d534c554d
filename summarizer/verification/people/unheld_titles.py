"""A role the page writes as a title of no named person, given to a person the page titles
with a post of their own, read for :mod:`summarizer.verification.people.person_rules`
(session 58).

Outside checks 50-100 accepted roles the page writes only of an unnamed holder while it gives
this person another post: "Chancellor" for "Ryanair's chief executive, Michael O'Leary" beside
"the Chancellor told the country"; "chief executive" for "Wendell Huang, the finance chief"
beside "its chief executive put the result down to ..."; "chief of staff" for "Justice
Minister Gerald Darmanin" beside "Claude Gueant, once his chief of staff". The rival readings
(:func:`.role_own_titles.rival_office`) ask for another NAMED holder of the value; here the
value's words written as a role of no one (:func:`.role_holders.role_ties`: a tie with no name)
show the value is a post on this page, and this person's own post title (the run before the
name, the apposition after it) that does not hold it shows they hold another.

Not refused: a value the page writes of this person anywhere (the caller has read those
ties), a value naming a past post, a person whose titles name no post or only a past one
("once commissioner", "the former chairman": :data:`_PAST`), a value a sentence naming the
person gives them by a verb of choosing or "as"/"to" ("Kray was elected president of the
club": :data:`_GIVING`), a generic description in the sentence right after the person's that
stands for them ("Christian Lindner ... followed. The FDP chief accused ...": :data:`_GENERIC`),
and a person a sentence hands the office to or shares it with (the caller's ``room_here``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.tokens import Token, tokenize, word_set
from .role_descriptions import sentences_of
from .role_holders import FORMER, Tie, role_words
from .role_own_titles import rival_office

#: Last words of a description that may stand for the person named just before ("The FDP
#: chief", "The Israeli leader"); a post of another kind ("The team doctor said", "The new
#: chief executive will start") stands for no one the page has given a post of their own.
_GENERIC = word_set("leader chief boss head veteran")
#: Words before the value's words, in a sentence naming the person, that give it to them
#: ("Kray was elected president of the club", "promoted Marquardt to vice chancellor").
_GIVING = word_set(
    """as to elected appointed named promoted became become becomes made chosen sworn
    installed nominated"""
)
_GIVING_REACH = 3  # words back from the value's first word
#: "to" gives a post only after a verb of choosing ("promoted Marquardt to vice chancellor"),
#: not after one of writing or speaking ("reported to the chief executive", "wrote to the
#: chancellor", "appeal to the judge": review rv58r); this many words back from "to".
_TO_REACH = 3
#: Words that make a title a past post of the person's ("once his chief of staff").
_PAST = FORMER | word_set("once previously formerly retired late until")


def unheld_title(
    article: ArticleText, name: tuple[str, ...], value: str, found: Sequence[Tie]
) -> str | None:
    """This person's own post when the page writes the value only as a role of no named
    person (see the module); None otherwise."""
    if not found or any(tie.name for tie in found) or role_words(value) & _PAST:
        return None
    last = value.split()[-1].lower() if value.split() else ""
    surname = name[-1].lower()
    if last in _GENERIC and _refers_back(article, surname, value):
        return None
    if _given_here(article, surname, value) or _apposed(article, surname, value):
        return None
    return rival_office(article, name, value, past=_PAST)  # "once commissioner": no post now


def _given_here(article: ArticleText, surname: str, value: str) -> bool:
    """Whether a sentence naming this person gives them the value by a verb of choosing or
    "as"/"to" right before its words (:data:`_GIVING`): a post that ties no name as a title
    does, but is this person's."""
    words = role_words(value)
    for index in sentences_of(article, surname):
        norms = [token.norm for token in article.sentence_tokens(index)]
        if not words <= set(
            norms
        ):  # review rv58r: "as chief executive" is no "chief financial officer"
            continue
        for position, norm in enumerate(norms):
            if norm in words and any(
                _gives(norms, before)
                for before in range(max(0, position - _GIVING_REACH), position)
            ):
                return True
    return False


#: Words right before the value's words in the sentence after the person's that, after "he"
#: or "she", give it to them ("Today he is chief operating officer at ...").
_HOLDING = word_set("is was as became becomes remains now")
#: How many words before the value an apposed title run and its name may take ("the panel's
#: ranking member, Rep. Raja Krishnamoorthi"; "the acting police commander, Acting
#: Superintendent Rick Johnson").
_APPOSED_REACH = 5
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_DETERMINERS = word_set("the a an its his her their our")


def _apposed(article: ArticleText, surname: str, value: str) -> bool:
    """Whether the page writes the value of this person in a way the ties leave unnamed (the
    session's lead, from the merged code's run): the value then a comma and a run of
    capitalised words ending in the person's surname, a title between ("the panel's ranking
    member, Rep. Raja Krishnamoorthi"); the value opening an apposition after the surname past
    a bracketed aside (:func:`_after_name`); or "he"/"she" opening the sentence right after
    the person's, which does not name them, holding it ("X was a key account manager at Y at
    the time. Today he is chief operating officer at Z"). The value's words must be written
    as one run, not as a possessor ("the chairman's deputy")."""
    wanted = [token.norm for token in tokenize(value)]
    if not wanted:
        return False
    named = set(sentences_of(article, surname))
    for index in sentences_of(article, max(wanted, key=len)):
        tokens = article.sentence_tokens(index)
        norms = [token.norm for token in tokens]
        here = index in named
        next_one = index - 1 in named and not here and bool({"he", "she"} & set(norms[:3]))
        if not (here or next_one):
            continue
        for first in range(len(tokens) - len(wanted) + 1):
            last = first + len(wanted) - 1
            if norms[first : last + 1] != wanted or is_possessive(tokens[last], article.text):
                continue
            opens = (
                first == 0
                or tokens[first - 1].norm in _DETERMINERS
                or is_possessive(tokens[first - 1], article.text)
            )  # "the shadow health secretary, Dr X" writes no "health secretary" of X
            if here and (
                _after_name(article, tokens, first, surname)
                or (opens and _name_follows(article, tokens, last, surname))
            ):
                return True
            before = [norm for norm in norms[max(0, first - 2) : first] if norm not in ("a", "the")]
            if next_one and before and before[-1] in _HOLDING:
                return True
    return False


def _name_follows(article: ArticleText, tokens: list[Token], last: int, surname: str) -> bool:
    """Whether a comma and a run of capitalised words ending in the surname follow the value
    ("ranking member, Rep. Raja Krishnamoorthi")."""
    run = tokens[last + 1 : last + 1 + _APPOSED_REACH]
    if not run or article.text[tokens[last].end : run[0].start].strip() != ",":
        return False
    for following in run:
        if not following.capitalised:
            return False
        if following.norm == surname:
            return True
    return False


def _after_name(article: ArticleText, tokens: list[Token], first: int, surname: str) -> bool:
    """Whether the value opens an apposition right after the person's surname, past a
    bracketed aside the ties stop at ("Rep. Raul Grijalva (D-Ariz.), the ranking member of
    the committee")."""
    for back in range(max(0, first - _APPOSED_REACH - 3), first):
        if tokens[back].norm == surname:
            gap = _BRACKETS.sub("", article.text[tokens[back].end : tokens[first].start])
            return gap.strip().lower() in (",", ", the", ", a", ", an")
    return False


def _gives(norms: list[str], position: int) -> bool:
    """Whether the word at ``position`` gives the post after it: a word of :data:`_GIVING`,
    "to" only after a verb of choosing (:data:`_TO_REACH`)."""
    norm = norms[position]
    if norm != "to":
        return norm in _GIVING
    return bool(set(norms[max(0, position - _TO_REACH) : position]) & (_GIVING - {"as", "to"}))


def _refers_back(article: ArticleText, surname: str, value: str) -> bool:
    """Whether a sentence writing the value's words comes right after one naming this person
    and does not name them itself: "Christian Lindner ... followed. The FDP chief accused the
    chancellor" and "welcomed Benjamin Netanyahu. The Israeli leader is wanted" write the value
    of the person named just before, by a description in place of the name."""
    words = sorted(role_words(value), key=len, reverse=True)
    if not words:
        return False
    named = set(sentences_of(article, surname))
    lowered = article.lowered
    for index in sentences_of(article, words[0]):
        start, end = article.sentences[index]
        if (
            index - 1 in named
            and index not in named
            and all(lowered.find(word, start, end) >= 0 for word in words)
            and _kind_fits(article, index, value)
        ):
            return True
    return False


def _kind_fits(article: ArticleText, index: int, value: str) -> bool:
    """Whether the words before the description's last word may stand for the person named in
    the sentence before (review rv58r): a capitalised word ("The FDP chief", "The Israeli
    leader") or one the person's sentence writes ("the union's general secretary ... The union
    leader"); not a kind of post of its own ("Mayor Colm Brandt thanked ... The fire chief
    said", "the team doctor ... The union boss said")."""
    modifiers = role_words(" ".join(value.split()[:-1]))
    if not modifiers:
        return True
    before = {token.norm for token in article.sentence_tokens(index - 1)}
    capitalised = {token.norm for token in article.sentence_tokens(index)[1:] if token.capitalised}
    return modifiers <= before | capitalised


__all__ = ["unheld_title"]
