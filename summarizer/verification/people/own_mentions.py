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
"""

from __future__ import annotations

import re

from ..page.article import ArticleText


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for index in range(max(start, 0), min(end, len(chars))):
            chars[index] = " "
    return "".join(chars)


def guard_text(
    article: ArticleText, begin: int, stop: int, own: frozenset[str]
) -> tuple[str, bool]:
    """The sentence ``begin:stop`` with quotes and the person's own bodies blanked (as
    written, case kept), and whether one of those bodies is written there outside quotes."""
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
            match.span()
            for match in re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text)
        ]
        if found:
            named = True
            text = _blank(text, found)
    return text, named


__all__ = ["guard_text"]
