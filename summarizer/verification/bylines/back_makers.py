"""A figure's maker named in the sentence before, the evidence giving the figure by a pronoun
(review rvr2s38): "Dana Whitfield, the club's former finance director, said the move was rushed.
She estimates the club lost £3 million", "Gartwell's economists said the job market was
cooling. They estimate 1.2 million jobs are at risk". The evidence names no one, so the reading
of :mod:`figure_sources` finds no maker in it and the name stayed "on the page, but nothing is
cited from it".

The form of English: a subject pronoun opening a sentence points back to the subject of the
sentence before, when that sentence has no other name it could point to. So the cited source is
the value when the evidence opens with "He", "She", "They" or "It" as the subject of a verb of
reckoning (the frames :func:`figure_sources.figure_cited` reads, as for a name), and the
sentence just before opens with the value, bare or owning its staff ("Gartwell's economists"),
and names nobody else.

Must still fail: the sentence before opening with another name or naming a second one ("Dana
Whitfield said the new owner, Rex Lane, rushed it. He estimates"), the value only its object
("The club sacked Dana Whitfield. It estimates"), a pronoun that is not the reckoning verb's
subject ("She said the club estimates"), a plural "They" for a bare name whose sentence does
not give it staff ("Dana Whitfield said ... They estimate") and a singular "She" for a name's
staff ("Gartwell's economists said ... She estimates"); review rv44e: the name owning the
sentence before's subject ("Dana Whitfield's husband said ... He estimates") and a pronoun of
the other sex than the one that sentence gives the name ("Tomas Varga said his port ... She").
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..sentences.genders import gender_of
from .figure_sources import figure_cited

_OPENING = re.compile(r"\s*(He|She|They|It)\b")
# A body's staff owned by the value ("Gartwell's economists", "X's analysts"): the "they".
_STAFF = re.compile(
    r"(?:'s|\u2019s|'|\u2019)\s+(?:[\w-]+\s+)?(?:economists|analysts|researchers|strategists|"
    r"statisticians|forecasters|pollsters|actuaries|auditors|consultants|experts)\b"
)
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+")
_LEADING = re.compile(r"\s*(?:The\s+|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+)?")  # "Mr A said"
# A pronoun of the other sex in the sentence before, which gives the name's (review rv44e).
_OTHER_SEX = {
    "He": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE),
    "She": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE),
    "They": re.compile(r"(?!x)x"),
    "It": re.compile(r"(?!x)x"),
}
# A later clause of the sentence before with a plural subject of its own, nearer than the
# name's staff ("Halvard Bank's economists said ..., but many traders disagreed. They expect":
# the traders; review rv45e).
_LATER_PLURAL = re.compile(
    r"(?:[,;]\s*|\s)(?:but|while|whereas|though|although)\s+(?:(?:many|some|most|other|rival|"
    r"the|local|few)\s+)*(?:[a-z-]+\s+)?[a-z]{3,}s\s+(?:said|say|says|disagreed|disagree|argued|"
    r"argue|were|are|warned|warn|believe|believed|think|thought|doubt|doubted|feared|fear)\b"
)


def _names_only(article: ArticleText, index: int, start: int, end: int) -> bool:
    """Whether no capitalised word of sentence ``index`` stands outside the value's own span
    (``article.text[start:end]``) but the sentence's opening word."""
    tokens = article.sentence_tokens(index)
    return all(
        number == 0 or not token.capitalised or start <= token.start < end
        for number, token in enumerate(tokens)
    )


def pronoun_maker(value: str, article: ArticleText, sentences: tuple[int, ...]) -> bool:
    """Whether an evidence sentence gives a figure to a pronoun that points back to the value
    (see the module)."""
    text = article.text
    for index in sentences:
        if index == 0:
            continue
        first_at, last_at = article.sentences[index]
        sentence = text[first_at:last_at]
        opening = _OPENING.match(sentence)
        if opening is None or not figure_cited(sentence, opening.start(1), opening.end(1)):
            continue
        before_at, before_end = article.sentences[index - 1]
        before = text[before_at:before_end]
        lead = _LEADING.match(before)
        at = lead.end() if lead is not None else 0
        after = before[at + len(value) : at + len(value) + 1]
        if not before.startswith(value, at) or after.isalnum():
            continue
        staff = _STAFF.match(before, at + len(value)) is not None
        if (opening.group(1) == "They") != staff:
            continue  # "They" for a name's staff, "He", "She", "It" for the name itself
        if staff and _LATER_PLURAL.search(before, at + len(value)):
            continue  # "..., but many traders disagreed. They expect": the traders
        if not staff and after in "'\u2019":
            continue  # "Dana Whitfield's husband said ... He estimates": the one she owns
        if _OTHER_SEX[opening.group(1)].search(before) or _sex_clash(value, article, opening[1]):
            continue  # "Tomas Varga said his port ... She reckons": another person
        if _names_only(article, index - 1, before_at + at, before_at + at + len(value)):
            return True
    return False


def _sex_clash(value: str, article: ArticleText, pronoun: str) -> bool:
    """Whether the page marks the value ("Mr Okonjo": "Okonjo") as of the other sex than a
    "He" or "She" (``pronoun``)."""
    if pronoun not in ("He", "She"):
        return False
    marked = gender_of(article, [_TITLE.sub("", value)])
    return marked is not None and marked != pronoun.lower()


def _own_other_sex(before: str, end: int, pronoun: str) -> bool:
    """Whether the sentence the name opens (ending at ``end``) has a pronoun of the other sex
    than ``pronoun`` with no other name between ("Tomas Varga said his port": his; not "Tomas
    Varga said the port's owner, Ana Ruiz, had cut her staff": Ruiz's, review rv45e)."""
    found = _OTHER_SEX[pronoun].search(before, end)
    return found is not None and not re.search(r"\b[A-Z][a-z]", before[end : found.start()])


def other_sex_maker(value: str, article: ArticleText, sentences: tuple[int, ...]) -> bool:
    """Whether an evidence sentence gives its figure to "He" or "She" opening it, and the page
    marks the value as of the other sex (its own "his" in the sentence before that opens with
    it: "Tomas Varga said his port was struggling. She reckons", or anywhere the page marks
    it): the figure is another person's, so the value, cited elsewhere on the page, is not the
    evidence's source (review rv44e, closer gac45)."""
    text = article.text
    for index in sentences:
        first_at, last_at = article.sentences[index]
        sentence = text[first_at:last_at]
        opening = _OPENING.match(sentence)
        if opening is None or opening.group(1) not in ("He", "She"):
            continue
        if not figure_cited(sentence, opening.start(1), opening.end(1)):
            continue
        pronoun = opening.group(1)
        if _sex_clash(value, article, pronoun):
            return True
        if gender_of(article, [_TITLE.sub("", value)]) is not None:
            continue  # the page marks the value as of the pronoun's sex
        if index == 0:
            continue
        before_at, before_end = article.sentences[index - 1]
        before = text[before_at:before_end]
        lead = _LEADING.match(before)
        at = lead.end() if lead is not None else 0
        if before.startswith(value, at) and _own_other_sex(before, at + len(value), pronoun):
            return True
    return False


__all__ = ["other_sex_maker", "pronoun_maker"]
