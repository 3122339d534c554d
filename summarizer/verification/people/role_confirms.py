"""Positive readings of a person's role, for the confirm-only mode
(:mod:`summarizer.verification.confirm_only`, session 52): does the page WRITE the role of this
person, rather than merely not give it to someone else? The first tie is the role rule's own
reading (:func:`.role_holders.role_ties`): the role's words as a title before the person's
name, in an apposition or after a copula ("Kallas became prime minister"), not as a past
office ("former prime minister").

That reading refutes: it is loose on purpose, since a name it wrongly reaches only spares a
value. Read as a confirmation it gave the role to whoever stood beside its words (review rv52s):
the one succeeded ("succeeds Dahl as chair"), a possessive's holder ("Marsh, the chair's
spokesman", "the president's adviser Kvam"), the object of a fronted clause ("After meeting
Laine, the mayor said"), an office to come or gone ("Incoming Mayor Bakke", "Sande, the
president-elect", "Holm, who was mayor until 2019"), and a word of a longer title ("justice"
of "Justice Minister Holt", "general" of "Secretary General Voll"). So the tie also asks that
one sentence write the role of the person in a strict shape of its own (:func:`_strict`):
- a title right before the name ("Mayor Tove Aune", "the mayor, Petra Aalto,"), the name
  closed by a comma or the sentence's end when a comma stands between;
- an apposition closed after the role (a comma, the sentence's end, or an "of"/"since" tail:
  "Aalto, the mayor of Vask,") with only determiners, owners and "who is"/"who became"/"who was
  named" between;
- a copula after the name ("is", "became", "remains", "was named"), or "as" when the name opens
  its clause or follows a verb of naming ("named Berg as chair", not "succeeds Dahl as chair");
- never a role word that is a possessive or glued to another word ("president's",
  "president-elect"), nor one with a title word the value lacks beside it, nor after "incoming",
  "future" or "late".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.comparators import Supported
from ..context import Context
from ..page.tokens import Token, word_set
from .fact_people import person_and_value, person_words, same_person
from .names import TITLES
from .role_holders import role_ties, role_words

_FILLERS = word_set("the of")
# Words that make the office one to come or one gone, beside the title ("Incoming Mayor X").
_NOT_NOW = word_set("incoming future late elect designate")
# Courtesy titles: beside a role they make no longer office ("Dr.").
_COURTESY = word_set("mr mrs ms dr")
# Words between an apposed name and its role ("Aalto, the city's mayor", "who is now").
_APPOSED = word_set(
    """the a an its his her their who is has been became becomes remains serves as now also
    currently newly recently new current longtime veteran top senior outgoing"""
)
# Words before a body's name in an apposition ("Dahl, the Ferrovia president").
_DETERMINERS = word_set("the a an its his her their")
# Verbs whose object an "as" or a bare role is said of ("named Berg as chair").
_NAMING = word_set("named appointed elected chose picked tapped nominated installed made")
# A copula read as a present office on its own ("Lund is chair"); "was" only before a naming.
_COPULAS = word_set("is became becomes remains serves")
# Words that may follow an apposed role before it closes ("the mayor of Vask since 2015,").
_TAIL = word_set("of for at in since from to on with")
# A relative clause after the role closes the apposition as a comma does.
_RELATIVES = word_set("who whose whom which that")
_CLOSERS = (",", ".", ";", ":", ")", "\u2014", "--", "!", "?")


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _plain(text: str, left: Token, right: Token) -> bool:
    gap = _gap(text, left, right)
    return (
        gap.isspace() or gap in ("-", "\u2010", "\u2011") or (len(left.text) <= 3 and gap == ". ")
    )


def _owner(token: Token) -> bool:
    """A possessive ("president's", "Dahl's", "ministers'")."""
    return token.text.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def _norm(token: Token) -> str:
    words = role_words(token.text)
    return next(iter(words)) if len(words) == 1 else token.norm


def _windows(tokens: Sequence[Token], text: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """(first, last) of each run holding all the role's words and only "of"/"the" besides."""
    found: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        if _norm(tokens[index]) not in words:
            index += 1
            continue
        seen: set[str] = set()
        last = position = index
        while position < len(tokens) and position - index < len(words) + 3:
            if position > index and not _plain(text, tokens[position - 1], tokens[position]):
                break
            norm = _norm(tokens[position])
            if norm in words:
                seen.add(norm)
                last = position
            elif norm not in _FILLERS:
                break
            if seen == words:
                break
            position += 1
        if seen == words:
            found.append((index, last))
            index = last + 1
        else:
            index += 1
    return found


def _another_office(
    tokens: Sequence[Token], text: str, window: tuple[int, int], words: frozenset[str]
) -> bool:
    """The window is not the whole office: a possessive ("the president's adviser"), glued to
    a word ("president-elect"), beside a title word the value lacks ("Justice Minister" for
    "justice", "Secretary General" for "general") or after a word of a time not now."""
    first, last = window
    if _owner(tokens[last]):
        return True
    following = last + 1
    if following < len(tokens):
        after = tokens[following]
        gap = _gap(text, tokens[last], after)
        if gap in ("-", "\u2010", "\u2011"):
            return True
        if gap.isspace() and after.norm in TITLES and after.norm not in words:
            return True
    if (
        first > 0
        and _plain(text, tokens[first - 1], tokens[first])
        and not _owner(tokens[first - 1])
    ):
        before = tokens[first - 1].norm
        if before in _NOT_NOW or (before in TITLES and before not in words | _COURTESY):
            return True
    return False


def _name_at(tokens: Sequence[Token], text: str, start: int) -> tuple[int, tuple[str, ...]]:
    """The capitalised run from ``start`` (titles stop it) and the index past it."""
    run: list[str] = []
    position = start
    while position < len(tokens) and len(run) < 4:
        token = tokens[position]
        if run and not _plain(text, tokens[position - 1], token):
            break
        if not token.capitalised or token.norm in TITLES:
            break
        run.append(token.norm)
        position += 1
    return position, tuple(run)


def _name_ending(tokens: Sequence[Token], text: str, last: int) -> tuple[int, tuple[str, ...]]:
    """The capitalised run ending at ``last`` and its first index."""
    start = last
    while (
        start > 0
        and last - start < 3
        and _plain(text, tokens[start - 1], tokens[start])
        and tokens[start - 1].capitalised
        and tokens[start - 1].norm not in TITLES
    ):
        start -= 1
    if not tokens[last].capitalised:
        return start, ()
    return start, tuple(t.norm for t in tokens[start : last + 1])


def _closed(tokens: Sequence[Token], text: str, last: int, sentence_end: int) -> bool:
    """Whether the phrase ending at ``last`` closes: a mark, the sentence's end, or a
    prepositional tail ("of Vask", "since 2015") that closes."""
    position = last
    tail = False
    while True:
        following = position + 1
        if following >= len(tokens):
            return True
        gap = _gap(text, tokens[position], tokens[following]).strip()
        if gap.startswith(_CLOSERS):
            return True
        token = tokens[following]
        if token.norm in _RELATIVES:  # "the prime minister who took office in 2021"
            return True
        if token.norm in _TAIL:
            tail = True
        elif not (tail or token.capitalised or token.is_number) or token.norm in ("and",):
            return False
        position = following


def _after(
    tokens: Sequence[Token], text: str, window: tuple[int, int], name: tuple[str, ...]
) -> bool:
    """A title right before the name, over "and" and another title, or with one comma and
    the name then closed ("the mayor, Petra Aalto, said")."""
    position = window[1] + 1
    if position >= len(tokens):
        return False
    gap = _gap(text, tokens[window[1]], tokens[position]).strip()
    if gap and _plain(text, tokens[window[1]], tokens[position]):
        gap = ""  # "Sen. Lindsey Graham"
    if gap == ",":
        end, run = _name_at(tokens, text, position)
        return same_person(name, run) and _closed(tokens, text, end - 1, len(tokens))
    if tokens[position].norm == "is" and gap == "":
        return same_person(name, _name_at(tokens, text, position + 1)[1])
    if gap:
        return False
    if tokens[position].norm == "and":  # "Deputy Prime Minister and Foreign Minister X"
        position += 1
        while (
            position < len(tokens)
            and tokens[position].capitalised
            and tokens[position].norm in TITLES
        ):
            position += 1
    return position < len(tokens) and same_person(name, _name_at(tokens, text, position)[1])


def _before(
    tokens: Sequence[Token], text: str, window: tuple[int, int], name: tuple[str, ...]
) -> bool:
    """An apposition closed after the role, or a copula or "as" after the name."""
    first = window[0]
    position = first - 1
    copula = naming = as_only = False
    while position >= 0 and first - position <= 6:
        token = tokens[position]
        gap = _gap(text, token, tokens[position + 1]).strip()
        if gap == ",":
            break
        if gap and gap not in ("-", "\u2010", "\u2011"):
            return False
        if token.capitalised and _owner(token):  # "Brink, Nils Dahl's deputy": over the owner
            position = _name_ending(tokens, text, position)[0] - 1
            continue
        if token.capitalised and token.norm not in _APPOSED:
            start = _name_ending(tokens, text, position)[0]
            if start > 0 and not (copula or naming or as_only):
                if tokens[start - 1].norm in _DETERMINERS:  # "Dahl, the Ferrovia president"
                    position = start - 1
                    continue
                if _gap(text, tokens[start - 1], tokens[start]).strip() == ",":
                    position = start - 1  # "Rutte, NATO secretary general"
            break  # the name, right before a copula or "as"
        if token.norm in _COPULAS:
            copula = True
        elif token.norm == "as":
            as_only = not copula
        elif token.norm in _NAMING:
            naming = True
        elif token.norm == "was" and naming:
            copula = True
        elif token.norm not in _APPOSED and not _owner(token):
            return False
        position -= 1
    if position < 0:
        return False
    gap = _gap(text, tokens[position], tokens[position + 1]).strip()
    if gap == ",":  # an apposition: closed after the role, "who" only with a copula
        start, run = _name_ending(tokens, text, position)
        if position + 1 < first and tokens[position + 1].norm == "who" and not (copula or naming):
            return False
        return same_person(name, run) and _closed(tokens, text, window[1], len(tokens))
    start, run = _name_ending(tokens, text, position)
    if not same_person(name, run) or not (copula or naming or as_only):
        return False
    if copula or (naming and not as_only):
        return True
    # "X as chair": X opens its clause, or follows a verb of naming
    if start == 0 or _gap(text, tokens[start - 1], tokens[start]).strip():
        return True
    return tokens[start - 1].norm in _NAMING


def _strict(value: str, ctx: Context) -> bool:
    """Whether a sentence writes ``value`` of the fact's person in a strict shape."""
    words = role_words(value)
    name = person_words(ctx)
    if not words or not name:
        return False
    article = ctx.article
    text = article.text
    lowered = article.lowered
    for index, (start, end) in enumerate(article.sentences):
        if lowered.find(name[-1], start, end) < 0:
            continue
        tokens = article.sentence_tokens(index)
        for window in _windows(tokens, text, words):
            if _another_office(tokens, text, window, words):
                continue
            if _after(tokens, text, window, name) or _before(tokens, text, window, name):
                return True
    return False


def own_role_tie(value: Any, rule: Supported, ctx: Context) -> bool:
    """Whether the role rule's holder reading writes ``value`` of the fact's person, as an
    office they hold now, and a sentence writes it of them in a strict shape."""
    if person_and_value(value, ctx) is None:
        return False
    name = person_words(ctx)
    return any(
        not tie.former and same_person(name, tie.name) for tie in role_ties(ctx.article, value)
    ) and _strict(value, ctx)


__all__ = ["own_role_tie"]
