"""A sentence naming a person, read with what cannot tie another body to them blanked, for a
person's ``affiliation`` (:func:`.acted_bodies.never_beside`, session 56).

On fresh pages the planted affiliation most often missed was the other body of the person's
story: the regulator for the firm's spokesman ("Teresa Ribera, the Commission's executive
vice-president" given Meta), the employer for the union's chief ("Paul Goulter, chief executive
of the New Zealand Nurses Organisation, said the agency ..." given Health New Zealand), the
company an analyst covers, the firm a police agency investigates, the peer of a company.
The person's own body was read; the value was refused only if it is never written beside
them, and that test let anything through that MIGHT stand for the value there: a stand-in
noun ("the agency", "the company's", "the union's"), "their", or one capitalised word of the
value. In these sentences those marks stood for the person's own body, named in the same
sentence ("Meta's chief global affairs officer, set out the company's reasons"), for the own
body's own words ("New Zealand" of the nurses' union), or inside a quote (the person's
words, "the FIFA women's World Cup").

:func:`guard_text` gives the sentence with its quoted stretches and the places its own bodies
are written blanked, and says whether an own body was written there: the caller then reads
no stand-in in that sentence as the value's (the page has named the body beside them).
:func:`owned_with` says whether the page writes the value as the own body's parent, owner,
arm or brand ("Meta, which owns Instagram"; "Aldren Direct, the bank's online arm"): then a
stand-in beside the person may well be the value, and it is not refused for want of one.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText

_RANKING = re.compile(
    r"(?:'s|\u2019s|'|\u2019)\s+(?:first|only|top|leading|most|best|\w+est)\b", re.IGNORECASE
)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for index in range(max(start, 0), min(end, len(chars))):
            chars[index] = " "
    return "".join(chars)


def guard_text(
    article: ArticleText, begin: int, stop: int, own: frozenset[str] | None, surname: str = ""
) -> tuple[str, bool]:
    """The sentence ``begin:stop`` with quotes and the person's own bodies blanked (case
    kept; the sentence as written when ``own`` is None), and whether one of those bodies is
    written there outside quotes while no noun's possessive stands before the person ("The
    housebuilder's founder, Mark Ellis, who also chairs the X": the stand-in owns their post,
    and may be the value)."""
    if own is None:  # the older reading: the sentence as written
        return article.text[begin:stop], False
    spans = [
        (max(start, begin) - begin, min(end, stop) - begin)
        for start, end in article.quoted
        if start < stop and end > begin
    ]
    text = _blank(article.text[begin:stop], spans)
    named = False
    for body in own:
        bare = re.sub(r"^the\s+", "", body.strip(), flags=re.IGNORECASE)
        if len(bare) < 2:
            continue
        found = [
            match.span() for match in re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text)
        ]
        # a ranking after the possessive makes it a place's epithet, not a post's body
        # ("Birmingham's first female pilot", "Scotland's most senior rail executive")
        named = named or any(_RANKING.match(text[end:]) is None for _, end in found)
        text = _blank(text, found)
    at = text.lower().find(surname) if surname else -1
    if named and at > 0 and re.search(r"\b(?:[Tt]he [a-z]+|[Ii]ts|[Tt]heir)\b", text[:at]):
        named = False  # "running the agency, singling out X, the head of its Y centre"
    if named and _PARENT.search(text):  # "said the company's parent would invest" (rv56f)
        named = False
    return text, named


# A stand-in that names the own body's owner: it may well be the value (review rv56f).
_PARENT = re.compile(
    r"\b(?:(?:its|their|the \w+(?:'s|\u2019s))\s+(?:parent|owners?)|(?:parent|holding) company)\b",
    re.IGNORECASE,
)


# Words that make one body part of another where both are named in one sentence.
_OWNING = re.compile(
    r"\b(?:owns|owned|owner|owners|parent|subsidiary|subsidiaries|unit|arm|division|branch|"
    r"brand|brands|affiliate|part of|belongs|holding company|sister)\b",
    re.IGNORECASE,
)


def owned_with(article: ArticleText, value: str, own: frozenset[str]) -> bool:
    """Whether a sentence writes the value and one of the person's own bodies with a word of
    ownership or of a part ("owns", "parent", "unit", "arm", "brand", "part of")."""
    bare = re.sub(r"^the\s+", "", value.strip(), flags=re.IGNORECASE).lower()
    bodies = [re.sub(r"^the\s+", "", body.strip(), flags=re.IGNORECASE).lower() for body in own]
    if len(bare) < 2:
        return False
    for begin, stop in article.sentences:
        lowered = article.lowered[begin:stop]
        named = bare in lowered and any(len(b) > 1 and b in lowered for b in bodies)
        if named and _OWNING.search(lowered):
            return True
        # the own body glossed as the value's ("Acme Foods, a Loxley Holdings company": rv56f)
        if named and any(
            len(b) > 1 and re.search(rf"{re.escape(b)}, an? {re.escape(bare)}\b", lowered)
            for b in bodies
        ):
            return True
    return False


__all__ = ["guard_text", "owned_with"]
