"""One body's name with "and" or "&" inside it, read as one name and not as a list of actors
(outside checks 77, 130, 132, 137, 139; session 63, ac63): "Securities and Exchange
Commission", "Scottish and Southern Electricity Networks", "Marks & Spencer", "Ards and North
Down Borough Council". Split at its "and", such a name gave parts no article names alone
("Scottish", "Securities"), and a right actor was refused ("'Securities' is not named in its
evidence") even where the evidence names it whole, by its initials ("sued by the SEC") or by a
description ("the 141-year-old chain").

The value is one name when all of these hold:
- it is joined by "and" or "&" only (a comma makes a list: "Britain, France and Germany"),
  and every word is capitalised but the small linking words ("of", "for", "the", "and");
- no part is a country or people (:func:`summarizer.verification.people.party_names.party_of`:
  "Israel and Hamas", "Russia and Ukraine" are two sides);
- the article writes the whole value, in capitals as given;
- some part never stands on its own in the article, outside the whole name: "Israel and
  Hamas" names each alone elsewhere, "Securities and Exchange Commission" never writes
  "Exchange Commission" by itself;
- for a name with "&", its last word stands nowhere else in the article, in any case: read
  whole, such a name is found as a person's is, by its last word alone, and "Playa Hotels &
  Resorts" would be named by "resorts" or "Tortuga Resorts" (outside check 122).

A value read as one name then goes through every actor reading whole (named, by initials, by
a stand-in, not only as acted on), so a wrong actor stays refused as before: another body's
name, the other side of the act, a reporter of it. Left: a list of two bodies the article only
ever writes together ("Teva and Estee Lauder") reads as one name; its evidence must then name
both, in that phrase, so the reading accepts no actor the evidence does not name.
"""

from __future__ import annotations

import itertools
import re

from ..page.article import ArticleText
from ..people.names import split_people
from ..people.party_names import party_of

_JOIN = re.compile(r"\s+(?:and|&)\s+|\s*&\s*")
_LINKS = frozenset({"of", "for", "on", "and", "the", "de", "&"})


def actor_parts(value: str, article: ArticleText) -> list[str]:
    """The actors a value names: itself when it is one name with "and" inside (see the
    module), else its parts as :func:`summarizer.verification.people.names.split_people`
    gives them; memoised per article."""
    parts = split_people(value)
    if len(parts) < 2 or "," in value or not _JOIN.search(value):
        return parts
    key = ("joined name", value)
    known: bool | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = _one_name(value, parts, article.text)
    return [value] if known else parts


def _one_name(value: str, parts: list[str], text: str) -> bool:
    words = value.split()
    if not all(word[:1].isupper() or word.lower() in _LINKS for word in words):
        return False
    if not words[0][:1].isupper() or any(party_of(part) is not None for part in parts):
        return False
    whole = [match.span() for match in re.finditer(_pattern(value, exact=True), text)]
    if not whole:
        return False
    if any(" " in part and not _never_alone(part, whole, text) for part in parts):
        return False  # "Dunmore Rail" written alone beside "Dunmore Rail and Bus": a name of
        # its own, which an older reading of the whole would take for its short form (rv63c)
    if "&" in value and not _never_alone(words[-1], whole, text, re.IGNORECASE):
        return False  # "Playa Hotels & Resorts" read whole is found by its last word, as a
        # surname is: "resorts" or "Tortuga Resorts" elsewhere would name it
    return any(_never_alone(part, whole, text) for part in parts)


def _pattern(phrase: str, exact: bool = False) -> str:
    """A case-sensitive pattern for the phrase as a run of words, any spacing, "and" or "&";
    ``exact``, with the phrase's own joiner only: a page writing "Pryce & Okafor" where the
    value has "Pryce and Okafor" leaves the value a list, each part found by itself, since the
    older readings of a whole name do not take one joiner for the other (rv63c)."""
    join = r"(?:\s+and\s+|\s*&\s*)"
    if exact:
        join = r"\s*&\s*" if "&" in phrase else r"\s+and\s+"
    pieces = _JOIN.sub(" & ", phrase).split()
    body = re.escape(pieces[0])
    for before, piece in itertools.pairwise(pieces):
        if piece == "&":
            body += join
        elif before != "&":
            body += r"\s+" + re.escape(piece)
        else:
            body += re.escape(piece)
    return rf"(?<![\w&]){body}(?![\w&])"


def _never_alone(part: str, whole: list[tuple[int, int]], text: str, flags: int = 0) -> bool:
    """Whether every place the article writes the part lies inside the whole name."""
    return all(
        any(first <= match.start() and match.end() <= last for first, last in whole)
        for match in re.finditer(_pattern(part), text, flags)
    )


__all__ = ["actor_parts"]
