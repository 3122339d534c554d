"""A credit line's trailing field is no author (an outside check, session 22, check 46's cause
8: "By Priya Raman, Perth" supported ``byline = Perth``; "Compiled by the Americas Desk,
Caribbean Business Weekly" supported the weekly as an author), for
:func:`summarizer.verification.bylines.page_labels.placed`:

- after the names, a comma field of one word with nothing after it on the line but a role
  ("By Kwame Asante, Accra", "By Li Wei and Sara Holm, Stockholm", "By Marta Silva, Lisbon
  correspondent") is where they filed from, not another author (two authors are written with
  their full names: "By Ana Ruiz, Tom Hart" still credits Tom Hart);
- after a credited desk, team, bureau, staff or newsroom, the comma field is that desk's
  outlet ("Compiled by the Americas Desk, Caribbean Business Weekly"), not an author;
- (:func:`credit_opener`, for the outlet) only that desk's comma field after a role's "by" is
  the publisher: a person's is their agency ("Additional reporting by Tom Hart, Reuters",
  "Photos by Jane Doe, Getty Images": a contributor, not the masthead);
- (:func:`quote_attribution`) a name on a line of its own after a dash, right under a line
  that is a quotation ("\u201cA free press is ...\u201d" / "\u2014 Ada Brennan"), is whom the
  epigraph or the pull quote quotes, not a writer signing the page off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from ..people.standin_words import SAYS

_ROLES = word_set(
    """correspondent correspondents reporter reporters bureau chief editor editors desk staff
    writer writers contributor producer photographer columnist analyst"""
)
_DESKS = word_set("desk team bureau staff newsroom service unit department section")


def trailing_field(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether ``tokens[first:last + 1]`` is a credit line's place or a desk's outlet: the
    field after a comma, as the module says."""
    if first == 0 or "," not in text[tokens[first - 1].end : tokens[first].start]:
        return False
    if tokens[first - 1].norm in _DESKS:  # "the Americas Desk, Caribbean Business Weekly"
        return True
    line_end = text.find("\n", tokens[last].end)
    after = text[tokens[last].end : line_end if line_end >= 0 else len(text)]
    rest = after.strip(" .,;").lower().split()
    return first == last and all(word in _ROLES for word in rest)


# A line that credits the copy's making ("Produced by the video team, X", "Research by ..."):
# the roles of authorship before "by", with an optional word before them ("additional").
_AUTHORED = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:compiled|produced|prepared|written|writing|edited|editing|reported|"
    r"reporting|researched|research|story|text|words|graphics|photos|pictures|video|filed|"
    r"assembled|curated|translated|translation|coverage|updates)\s+by\s",
    re.IGNORECASE,
)


def authored_line(line: str) -> bool:
    """Whether a line opens by crediting who made the copy (not who publishes it: "Published
    by X" names the publisher)."""
    return bool(_AUTHORED.match(line))


# What stands before a name that a credit line's comma gives as the publisher: "By Jane Doe,
# The Courier", "From staff and wire reports, The Gazette"; after a role's "by" ("Compiled by",
# "Additional reporting by") only a desk's comma does ("Compiled by the Americas Desk, X"): a
# person's comma field is their agency ("Additional reporting by Tom Hart, Reuters", "Photos by
# Jane Doe, Getty Images"), a contributor, not the masthead.
_CREDIT_OPENERS = re.compile(
    r"(?:(?:by|from)\b[^,\n]{1,60}|(?:[a-z]+\s+){1,2}by\b[^,\n]{1,60}\b(?:desk|team|bureau|"
    r"staff|newsroom|service|unit|department|section)\s*),\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def credit_opener(before: str) -> bool:
    """Whether ``before`` (a line up to a name) is a credit whose comma field is the
    publisher, as :data:`_CREDIT_OPENERS` says."""
    return bool(_CREDIT_OPENERS.fullmatch(before))


_DASHED = re.compile(r"[ \t]*(?:[-\u2013\u2014]|--)[ \t]*[A-Z]")
_QUOTED = re.compile(r"[ \t]*[\"\u201c].*[\"\u201d][ \t]*", re.DOTALL)


def quote_attribution(line: str, above: str) -> bool:
    """Whether ``line`` ("\u2014 A") names whom the quotation right over it (the last line of
    ``above``, quoted whole) quotes: an epigraph's or a pull quote's attribution."""
    last = above.rstrip().rsplit("\n", 1)[-1]
    return bool(_DASHED.match(line)) and _QUOTED.fullmatch(last) is not None


def quoted_at(article: ArticleText, offset: int) -> bool:
    """Whether the paragraph at ``offset`` quotes someone (a quotation mark or a saying word,
    "said"): where the body names a source again ("Greg Ansell ... said"), unlike a writer named
    again as one ("Ana Ruiz is the Guardian's transport correspondent"; review rv42old)."""
    first, end = article.paragraphs[article.paragraph_at(offset)]
    words = {token.norm for token in article.tokens_between(first, end)}
    return bool(words & SAYS) or any(mark in article.text[first:end] for mark in '"\u201c')


__all__ = ["authored_line", "credit_opener", "quote_attribution", "quoted_at", "trailing_field"]
