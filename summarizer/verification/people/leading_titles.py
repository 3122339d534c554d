"""A positive reading of a person's role for the confirm-only mode
(:mod:`summarizer.verification.confirm_only`, session 53, tie writer cr53r): a title written
BEFORE the person's name that the holder reading (:func:`.role_holders.role_ties`) stops short
of, because something stands between the title and the name:
- the title's own body, after "of", "at" or "for", before the comma of the apposition: "the
  commander of the ELN, Antonio Garcia," and "An analyst at eMarketer, Jeremy Goldman," give
  "commander" and "analyst" (the value is the title alone, or the title and its body);
- a courtesy word before the name: "Environment Minister Dr Dion George", "the chief
  executive, Dr Jo Shaw", "the Prime Minister, Sir Keir Starmer".

It is strict where the holder reading is loose: the title must open its noun phrase (after
"the", "a", a possessive, a clause mark or a verb; not after "of", "to" or "for": "the son of
the commander of the ELN, X" may name the son), hold every value word and no rank or time
word the value lacks ("Deputy", "former", "late", "then"), end on a value word that owns
nothing ("the chair's spokesman"), and the body between it and the name must be a proper name
with no title inside ("the wife of the president, X" names the president, not the wife). A
title that alone names a polity's office ("President", "Governor") ties over its body only
when the value names the body too ("President of the Senate", not "President").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.comparators import Supported
from ..context import Context
from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.tokens import Token, tokenize, word_set
from .fact_people import person_and_value
from .names import TITLES, find_person
from .role_descriptions import sentences_of
from .role_holders import FORMER, OTHER_OFFICE, role_words

# Words that make the title's office another one, unless the value holds them.
_NOT_THIS = OTHER_OFFICE | FORMER | word_set("late then incoming future outgoing elect designate")
# The same kinds of word (review rv53r): an office held in part or in name only ("junior",
# "caretaker") or one that was left ("retired", "ousted", "emeritus").
_NOT_THIS |= word_set("junior caretaker retired ousted deposed exiled sacked suspended emeritus")
# Words that may stand in a title's run with the value's words ("minister of state").
_FILLERS = word_set("the of")
# A courtesy word between a title and the name: part of how the name is written.
_COURTESY = word_set("dr sir dame prof professor mr mrs ms")
# What may open the title's noun phrase right before it.
_OPENERS = word_set("the a an its his her their our")
# A preposition before the noun phrase makes the title another's ("the son of the chair, X").
_INSIDE = word_set("of to for by from with")
# Prepositions that bring in the title's body ("commander of the ELN").
_BODY_LINKS = word_set("of at for")
# Words a body's name may hold besides its capitalised words.
_BODY_JOINS = word_set("the and")
_LONGEST_BODY = 6
# Titles that alone name a polity's office: over a body the value leaves out they are a
# similar office of that body ("President" for "the President of the Senate, X": review rv52s).
_POLITY_TITLES = word_set("president presidents governor chancellor speaker premier")
# Marks that may stand before a title opening its phrase ("..., the commander of X, Y").
_MARKS = frozenset([",", ";", ":", "(", "\u2014", "\u2013", '"', "\u201c"])


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _norm(token: Token) -> str:
    words = role_words(token.text)
    return next(iter(words)) if len(words) == 1 else token.norm


def _courtesy_before(tokens: Sequence[Token], text: str, first: int) -> int:
    """The position before the name once courtesy words ("Dr", "Sir") are passed over."""
    position = first - 1
    while position >= 0 and tokens[position].norm in _COURTESY and tokens[position].capitalised:
        if _gap(text, tokens[position], tokens[position + 1]).strip(". ") != "":
            break
        position -= 1
    return position


def _proper(token: Token) -> bool:
    """A word of a proper name: capitalised, or with a capital inside ("eMarketer")."""
    return token.capitalised or any(c.isupper() for c in token.text)


def _body(tokens: Sequence[Token], text: str, end: int) -> tuple[int, frozenset[str]] | None:
    """The title's body ending at ``end`` ("of the ELN", "at eMarketer"): the link's position
    and the body's words, or None when the words before ``end`` are no such body (a lower-case
    word, a title word, a comma, more than a few words)."""
    if end < 0 or not _proper(tokens[end]) or tokens[end].norm in TITLES:
        return None
    position = end
    words: set[str] = set()
    while position >= 0 and end - position < _LONGEST_BODY:
        token = tokens[position]
        if position < end and not _gap(text, token, tokens[position + 1]).isspace():
            return None
        if token.norm in _BODY_LINKS and not token.capitalised:
            return (position, frozenset(words)) if words else None
        if token.norm in TITLES or is_possessive(token, text):
            return None
        if not _proper(token) and token.norm not in _BODY_JOINS:
            return None
        words.add(_norm(token))
        position -= 1
    return None


def _title_window(
    tokens: Sequence[Token], text: str, last: int, words: frozenset[str]
) -> tuple[int, frozenset[str]] | None:
    """The title run ending at ``last`` on a value word: its first position and the value
    words it holds (only value words and "of"/"the" in it, joined by spaces)."""
    if last < 0 or _norm(tokens[last]) not in words or is_possessive(tokens[last], text):
        return None
    seen: set[str] = set()
    position = last
    first = last
    while position >= 0:
        token = tokens[position]
        if position < last and _gap(text, token, tokens[position + 1]) != " ":
            break
        norm = _norm(token)
        if norm in words:
            seen.add(norm)
            first = position
        elif norm not in _FILLERS:
            break
        position -= 1
    while tokens[first].norm in _FILLERS:
        first += 1
    return first, frozenset(seen)


def _opens_phrase(
    tokens: Sequence[Token], text: str, first: int, words: frozenset[str], apposed: bool
) -> bool:
    """Whether the title opens its noun phrase: before it only an opener, a possessive or
    capitalised words of its own run (no rank or time word the value lacks: "Deputy",
    "former", "then"), and, when a comma apposes the name (``apposed``), before those no
    preposition that makes it another's ("the son of the chair, X"; "the son of Chair X" is
    Chair X), no comma before it ("For Zobel Behalal, a former coordinator of the panel, Mr
    Trump said": the title is the first name's, the second opens the clause)."""
    position = first - 1
    while position >= 0:
        gap = _gap(text, tokens[position], tokens[position + 1])
        if not gap.isspace():  # not glued ("Vice-President"), nor an apposition itself
            return gap.strip() in _MARKS and not (apposed and gap.strip() == ",")
        token = tokens[position]
        if token.norm in _NOT_THIS - words:
            return False
        if token.norm in _OPENERS or is_possessive(token, text):
            position -= 1
            continue
        if token.capitalised and token.norm not in TITLES - words:
            position -= 1
            continue
        return not (apposed and token.norm in _INSIDE) and token.norm not in TITLES
    return True


def _prefix(tokens: Sequence[Token], text: str, first: int) -> frozenset[str]:
    """The capitalised words written right before the title ("Senate" of "Senate President"):
    a body named before its title."""
    words: set[str] = set()
    position = first - 1
    while position >= 0 and _gap(text, tokens[position], tokens[position + 1]) == " ":
        token = tokens[position]
        if not token.capitalised or token.norm in _OPENERS or is_possessive(token, text):
            break
        words.add(_norm(token))
        position -= 1
    return frozenset(words)


def _namesake(article: ArticleText, name: str, surname: str) -> bool:
    """Whether the page names another person of the same surname ("Aron Pike" beside the
    value's "Ella Pike"): then the surname alone ("Dr Pike") may be either (review rv53r)."""
    given = {t.norm for t in tokenize(name)[:-1]}
    for index in sentences_of(article, surname):
        tokens = article.sentence_tokens(index)
        for at in range(1, len(tokens)):
            before = tokens[at - 1]
            if (
                tokens[at].norm == surname
                and before.capitalised
                and before.norm not in given | _COURTESY | TITLES | _OPENERS
                and _gap(article.text, before, tokens[at]) == " "
            ):
                return True
    return False


def _after_name_closes(tokens: Sequence[Token], text: str, last: int) -> bool:
    """The name is no owner ("Jo Shaw's office") and goes on no further."""
    if is_possessive(tokens[last], text):
        return False
    return (
        last + 1 >= len(tokens)
        or not _gap(text, tokens[last], tokens[last + 1]).isspace()
        or (not tokens[last + 1].capitalised)
    )


def _led_by_title(
    tokens: Sequence[Token], text: str, first: int, last: int, words: frozenset[str]
) -> bool:
    """Whether the name at ``first``..``last`` is led by the value's title over a body or a
    courtesy word (see the module)."""
    if not _after_name_closes(tokens, text, last):
        return False
    before = _courtesy_before(tokens, text, first)
    courtesy = before < first - 1
    if before < 0:
        return False
    comma = _gap(text, tokens[before], tokens[before + 1]).strip() == ","
    if not comma and not _gap(text, tokens[before], tokens[before + 1]).isspace():
        return False
    end, body = before, frozenset[str]()
    found = _body(tokens, text, end)
    if found is not None:
        end, body = found[0] - 1, found[1]
    elif not courtesy:
        return False  # a title right before the name: the holder reading's own shape
    window = _title_window(tokens, text, end, words)
    if window is None:
        return False
    start, held = window
    if body and not body <= words and held & _POLITY_TITLES:
        return False  # "the President of the Senate, X" is no "President"
    if held & _POLITY_TITLES and not _prefix(tokens, text, start) <= words:
        return False  # "Senate President Dr X" is no "President" either (review rv53r)
    return words - held <= body and bool(held) and _opens_phrase(tokens, text, start, words, comma)


def led_by_title(article: ArticleText, name: str, value: str) -> bool:
    """Whether a sentence naming the person writes ``value`` as the title leading their name
    over its body or a courtesy word (kept per article, person and value)."""
    key = ("leading titles", name, value)
    known: bool | None = article.memo.get(key)
    if known is None:
        words = role_words(value)
        surname = [t.norm for t in tokenize(name)]
        known = bool(words) and bool(surname)
        if known:
            rival = len(surname) > 1 and _namesake(article, name, surname[-1])
            known = any(
                _led_by_title(tokens, article.text, first, last, words)
                for index in sentences_of(article, surname[-1])
                for tokens in (article.sentence_tokens(index),)
                for first, last in find_person(name, tokens, article.text)
                if not (rival and first == last)  # the surname alone, with a namesake about
            )
        article.memo[key] = known
    return known


def leading_title_tie(value: Any, rule: Supported, ctx: Context) -> bool:
    """Whether a sentence naming the fact's person leads their name with ``value`` as a title
    over the title's body or a courtesy word (see the module)."""
    pair = person_and_value(value, ctx)
    return pair is not None and led_by_title(ctx.article, *pair)


__all__ = ["leading_title_tie", "led_by_title"]
