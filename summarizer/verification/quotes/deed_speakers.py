"""A quote credited to a description that names a deed ("the winner said", "the jury chief
said") read as the one person the page gives that deed, for
:mod:`summarizer.verification.quotes.speakers` (outside check 82, session 37).

News introduces a person by what they did and later credits a quote to the doer's noun:
"Leon Vasse won the Prix Marceau on Tuesday. ... "It is so important to me," the 58-year-old
winner said"; "The result was announced by Mara Quill, who headed the jury. ... "...," the
jury chief said"; "Ines Roy, who runs Halvex, ... the Halvex boss said". The read-back stops
at the nearest sentence with a subject, whoever it is ("Four writers reached the last round",
"Shree's novel reached English readers through the translator Daisy Rockwell"), and calls the
description someone else's. A careful reader takes the noun back to its deed: the winner is
the one who won, the jury's chief the one who headed the jury.

Accepted: the quote's own attribution phrase is "the [words] NOUN" with an agent noun of
:data:`_DEEDS` (winner, champion; chief, head, chair, leader, boss; founder), the page writes
the value's name (whole or its last word) right before one of the noun's verbs ("X won",
"X, who headed the jury", "X has won"), before the quote, with the description's other words
(a capitalised name, a noun: "jury", "Halvex") in that clause's words after the verb; and no
other person's name stands before the same deed on the page ("Ana Pell won in 2022"): two
winners leave it to the other readings. Ages, numbers and a former's words in the
description ("the 58-year-old winner", "the former champion") are not asked for.
Left out: a description by an adjective the page never writes ("the delighted winner"),
a passive deed ("the prize was won by X"), and a deed said by a pronoun ("she won").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..page.article import ArticleText
from ..page.quote_spots import quote_spot
from ..page.tokens import Token, tokenize, word_set
from ..people.epithet_words import MODIFIERS
from .attribution_phrases import attribution_phrase

_LEADING = word_set("headed heads head led leads lead chaired chairs chair runs ran run presided")
_DEEDS: dict[str, frozenset[str]] = {
    "winner": word_set("won wins win"),
    "champion": word_set("won wins win"),
    "laureate": word_set("won wins win"),
    "founder": word_set("founded founds"),
    **{
        noun: _LEADING
        for noun in ("chief", "head", "chair", "chairman", "chairwoman", "leader", "boss")
    },
}
# Words of a description that say nothing the deed's clause must write.
_FREE = MODIFIERS | word_set("the year years old aged new same")
# Words that may stand between a name and its verb ("X, who has won", "X also led").
_BETWEEN = word_set("who has have had also once")
_CLAUSE = 8  # words after the verb the description's other words may stand in


def deed_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether a quote at one of ``spans`` is credited to a deed's noun that the page gives
    to ``value`` alone (see the module)."""
    names = _name_forms(value)
    return bool(names) and any(
        all(_is_value(doer, names) for doer in doers) for _, doers in _readings(article, spans)
    )


def deed_refusal(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> str | None:
    """Why the value is not the deed's noun the quote is credited to: the page gives the deed
    to one other person by name ("Iga Novak won the final. Ruiz had not dropped a set.
    "...," the champion said" is never Ruiz's, whom the read-back reaches first), and the
    quote's own sentence names no one; None otherwise."""
    names = _name_forms(value)
    if not names:
        return None
    for phrase, doers in _readings(article, spans):
        owners = {tuple(t.norm for t in doer) for doer in doers}
        if len(owners) != 1 or any(_is_value(doer, names) for doer in doers):
            continue
        owner = " ".join(t.text for t in doers[-1])
        return f"the article gives the deed of {phrase!r} to {owner!r}, not {value!r}"
    return None


def _readings(
    article: ArticleText, spans: Sequence[tuple[int, int]]
) -> Iterator[tuple[str, list[list[Token]]]]:
    """For each quote at ``spans`` credited to a deed's noun in a sentence that names no one:
    the noun's phrase and the page's doers of its deed."""
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        closing = article.sentence_at(region[1])  # a quote of several sentences ends later
        phrase = attribution_phrase(article, region, sentence)
        if phrase is None and closing != sentence:
            phrase = attribution_phrase(article, region, closing)
        if not phrase or phrase[0].norm != "the" or phrase[-1].norm not in _DEEDS:
            continue
        if _names_someone(article, sentence, closing, phrase):
            continue  # '"...," the champion, Lena Ruiz, said': the name is the reading's
        verbs = _DEEDS[phrase[-1].norm]
        wanted = [t.norm for t in phrase[1:-1] if t.norm not in _FREE and not t.is_number]
        doers = _doers(article, region[0], verbs, wanted)
        if doers:
            yield " ".join(t.text for t in phrase), doers


def _names_someone(article: ArticleText, first: int, last: int, phrase: Sequence[Token]) -> bool:
    """Whether the quote's sentences name someone the other readings read: a capitalised word
    right after the phrase (an apposition: "the champion, Lena Ruiz, said") or before it
    past the first word (not a listener after the verb: "told the BBC")."""
    start, end = article.sentences[first][0], article.sentences[last][1]
    tokens = article.outside_quotes(start, end)
    after = [t for t in tokens if t.start > phrase[-1].start][:1]
    lead = [t for t in tokens[1:] if t.start < phrase[0].start]
    return any(t.capitalised for t in after + lead)


def _name_forms(value: str) -> list[tuple[str, ...]]:
    """The value's words, and its last word alone (a surname)."""
    words = tuple(t.norm for t in tokenize(value))
    if not words:
        return []
    return [words, words[-1:]] if len(words) > 1 else [words]


def _is_value(doer: list[Token], names: list[tuple[str, ...]]) -> bool:
    """Whether a capitalised run before a deed's verb ends with the value's name."""
    norms = tuple(t.norm for t in doer)
    return any(norms[-len(name) :] == name for name in names)


def _doers(
    article: ArticleText, before: int, verbs: frozenset[str], wanted: list[str]
) -> list[list[Token]]:
    """The capitalised runs the page writes right before one of ``verbs`` (past an aside's
    "who" or "has"), outside quotes and before ``before``, whose clause writes ``wanted``;
    a deed with no name before it (a pronoun's, a passive's) counts for no one."""
    doers: list[list[Token]] = []
    for index in range(article.sentence_at(max(before - 1, 0)) + 1):
        start, end = article.sentences[index]
        tokens = article.outside_quotes(start, min(end, before))
        for at, token in enumerate(tokens):
            if token.norm not in verbs or token.capitalised:
                continue
            clause = [t.norm for t in tokens[at + 1 : at + 1 + _CLAUSE]]
            if not all(word in clause for word in wanted):
                continue
            back = at - 1
            while back >= 0 and tokens[back].norm in _BETWEEN:
                back -= 1
            run: list[Token] = []
            while back >= 0 and tokens[back].capitalised and len(run) < 5:
                run.insert(0, tokens[back])
                back -= 1
            if run:
                doers.append(run)
    return doers


__all__ = ["deed_refusal", "deed_verdict"]
