"""A sentence that opens with an epithet as its subject, read back to from a later quote
("The Azerbaijani leader was effusive. It was, he said, "...""), for
:mod:`summarizer.verification.quotes.speakers`.

Reading back from "he said", the sentence before offered no named subject ("The Azerbaijani
leader" is none) or a wrong one (the capitalised "South African" of "The South African
president"), so the reading went on past it to the last quote's speaker: check 53 gave
Aliyev's words to Trump, who had spoken just before. The epithet is read as
:mod:`summarizer.verification.quotes.epithets` reads one in an attribution: the one person the page
fits it to, "other" for anyone else, "unsure" or "other" for one that fits no one.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from ..people.epithet_words import HEADS, OPENER_VERBS, epithet_word
from ..people.names import TITLES
from ..sentences.antecedents import plural
from ..sentences.clauses import Verdict, by_subject
from .epithets import fitted_verdict


def epithet_at(
    article: ArticleText,
    start: int,
    parts: Sequence[str],
    subject: list[Token],
    pronoun: str | None,
) -> Verdict:
    """Verdict of a sentence read back to from a later quote, by its ``subject``; when it opens
    with an epithet as its subject ("The Azerbaijani leader was effusive. It was, he said,
    "...""), by the person the epithet fits: a later "he" points to them, not past them to
    the last quote's speaker, nor to the capitalised words of the epithet ("The South
    African president" names no one). A plural subject is none for a "he" ("Analysts expect
    pressure on X. He said": not the analysts)."""
    if pronoun and plural(subject):
        subject = []
    tokens = article.outside_quotes(start, article.sentences[article.sentence_at(start)][1])
    end = 1
    while end < min(len(tokens), 6) and epithet_word(tokens[end]):
        if tokens[end].norm in OPENER_VERBS:
            break
        end += 1
    verdict: Verdict = "none"
    opens = 2 < len(tokens) > end and tokens[0].norm == "the"
    if opens and (tokens[end].norm in OPENER_VERBS or _verb_after(tokens, end)):
        verdict = fitted_verdict(article, tokens[1:end], start, parts)  # "The Chilean leader"
        if verdict == "none" and not subject and tokens[end - 1].norm in TITLES:
            # "The Commission president was emotional": read as the title, not past it
            verdict = f"title:{article.text[tokens[1].start : tokens[end - 1].end]}"
    if verdict == "none" and subject:
        return by_subject(list(parts), subject)
    return verdict


def _verb_after(tokens: Sequence[Token], end: int) -> bool:
    """Whether the word after an epithet that ends in an office ("The Tigrayan commander
    spoke", "the Argentine leader attacked") is its verb, read by its place: a lower-case word
    that does not carry the noun on ("of", "and", "who", "'s"); the verbs are an open class,
    and a head ("commander", "leader") is what makes the words before it an epithet."""
    if end < 3 or tokens[end - 1].norm not in HEADS:
        return False  # "The minister yielded": a bare title, read by the title rules
    if not any(token.capitalised for token in tokens[1 : end - 1]):
        return False  # "the former minister": no people's or place's word to fit
    following = tokens[end]
    return not following.capitalised and following.norm not in _NOUN_GOES_ON


_NOUN_GOES_ON = word_set(
    "of for and or in at to from with who whom whose which that s nor but on by as"
)


__all__ = ["epithet_at"]
