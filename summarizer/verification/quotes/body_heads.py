"""A body named "X Council of the Y" and later called "the council" (an outside check, 38), for
:func:`summarizer.verification.quotes.attribution.by_body`: "The Customs Tariff Commission of the
State Council said on Monday ... . ..., the commission said. "...," the statement said": the quote
is the commission's, and the value "Customs Tariff Commission of the State Council" names it. The
body's head noun is the word before "of"; the noun the article uses ("the commission") must be that
head, and the nearest earlier mention of the noun outside quotation marks must be the value itself
(its words before "of", the noun, and the "of" part after it), so that another "commission" named
nearer is not taken for it. Nor one named after another body of its head noun that opens the
same sentence as its subject: "Calder Savings Bank raised its rates, a week after the Bank of
England held its own. "...," the bank said" is Calder's, the sentence's subject (session 40).
A body named with "for" reads alike (session 43, fa43s, check 99): "The Office for National
Statistics puts net migration at ... "...," the statistics office said" is the ONS's, the
description's own qualifiers among the name's words after "for"; a head noun it is not, or a
qualifier it does not write ("the education department" for the Department for Transport),
leaves the readings after this one to decide, as before. A nearer mention of the noun
followed by "of" or "for" names another body of it ("the Office of Tax Simplification"), and
so does one after a qualifier the name does not write ("Kent's highways department", "the
press office", review rv43g); a bare one or the name's own short form is read further back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import tokenize

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that"})


def of_named_body(article: ArticleText, body: str, before: int, parts: Sequence[str]) -> str | None:
    """ "yes" or "other" when the value is a body named with an "of" part and ``body`` its
    head noun (see the module); None when the value has no "of" part."""
    if len(parts) != 1:
        return None
    words = [t.norm for t in tokenize(parts[0]) if t.norm not in _DETERMINERS]
    link = next((word for word in words[1:] if word in ("of", "for")), None)
    if link is None:
        return None
    at = words.index(link, 1)
    head, said = words[at - 1], body.split()
    if link == "for":  # "the office", "the statistics office": "Office for National Statistics"
        if said[-1:] != [head] or not set(said[:-1]) <= set(words[at + 1 :]):
            return None  # another noun: the readings after this one decide, as before
    elif said[-1:] != [head] or len(said) > 1:
        return "other"
    mentions = [
        m for m in re.finditer(rf"\b{re.escape(head)}\b", article.lowered[:before])
        if article.quoted_region_at(m.start()) is None
    ]  # fmt: skip
    for match in reversed(mentions):
        written = " ".join(parts[0].lower().split())
        start = match.end() - len(written.split(f" {link} ")[0])
        if start >= 0 and article.lowered[start : start + len(written)] == written:
            return "other" if _subject_before(article, head, start) else "yes"
        if article.text[match.end() :].startswith((" of ", " for ")):
            if link == "for" and not _fits_other(article.text, match.end(), said[:-1]):
                continue  # "the Office for Students" for "the statistics office" (session 44)
            return "other"  # "the Office of Tax Simplification": another body of the noun
        qualifier = re.search(r"([\w'\u2019]+)\s+$", article.lowered[: match.start()])
        lowered = article.text[match.start()].islower()  # not a name's ("Tarrow Savings Bank")
        if lowered and qualifier and qualifier[1] not in _DETERMINERS | set(words):
            return "other"  # "Kent's highways department", "the press office" (rv43g)
    return "other"  # none nearer but "the commission" or the name's own short form, read back


def _fits_other(text: str, end: int, qualifiers: Sequence[str]) -> bool:
    """Whether the other body named with the noun at ``end`` ("Office for Students") writes
    every qualifier of the description ("the statistics office": no), so may be the one it
    means; a bare noun fits any."""
    words = {t.norm for t in tokenize(re.split(r"[,.;:]", text[end : end + 80])[0])[:6]}
    return all(q in words for q in qualifiers)


def _subject_before(article: ArticleText, head: str, start: int) -> bool:
    """Whether the sentence of the mention at ``start`` opens, before it, with another name
    whose last word is the head noun ("Calder Savings Bank raised ..., after the Bank of")."""
    opening = article.text[article.sentences[article.sentence_at(start)][0] : start]
    # a name of its own before the head, not the sentence's "The" ("The Office for National
    # Statistics and the Office for Students": no other office opens it; session 44)
    run = r"(?:The[ \t]+)?(?!The[ \t])(?:[A-Z][\w'\u2019&-]*[ \t]+)+" + re.escape(head.capitalize())
    return re.match(run + r"(?![\w-]|[ \t]+[A-Z])", opening) is not None  # not "Bank Holiday"


__all__ = ["of_named_body"]
