"""Whom "he" or "she" points back to past a paper that speaks, read for
:mod:`summarizer.verification.quotes.speakers`.

"Colonel Ortega read out a statement on state television. The statement said the talks would
go on. "...," he also said." A statement is no "he": the pronoun reads back past "the
statement said" to the man who read the statement out or issued it. The statement's own
reading (:func:`summarizer.verification.quotes.statements.by_paper`) finds its issuer only when he
is the subject of a sentence that hands the paper over; "A statement, read out by Ortega,"
and "The junta's statement was read by Ortega" named him and still refused the quote.

Read only when the pronoun has one candidate: from the sentence that says the paper was read out,
issued or handed over (within two paragraphs and six sentences back) to the one whose paper speaks,
the sentences name the speaker and no other person, and say nothing of him that disagrees with the
pronoun (:func:`summarizer.verification.sentences.antecedents.named_alone`). A woman named for "he",
or two men named, keep the statement's reading: someone else may have read it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import word_set
from ..sentences.antecedents import named_alone, others_named
from ..sentences.clauses import Verdict
from ..sentences.speech import ISSUING, PAPERS, READ_VERBS
from .statements import resolve

# Verbs that put a paper into a person's mouth or hands: "read out", "issued", "signed".
_DELIVERING = ISSUING | READ_VERBS | word_set("signed signs sent sends presented presents")
_GENERIC = word_set("document text")


def past_paper(
    article: ArticleText, sentence: int, verdict: Verdict, pronoun: str, parts: Sequence[str]
) -> Verdict:
    """The verdict for a "he" or "she" whose nearest attribution is "the statement said" in
    ``sentence``: "yes" when the paper's reader is the speaker, the only person named from
    the sentence that delivers the paper to this one; else ``verdict`` as it was."""
    if not verdict.startswith("paper:") or len(parts) != 1:
        return verdict
    start = article.sentences[sentence][0]
    if resolve(article, verdict, start, parts) == "yes":
        return verdict
    noun = verdict.removeprefix("paper:").split()[-1]
    nouns = PAPERS if noun in _GENERIC else frozenset({noun})
    paragraph = article.paragraph_at(start)
    found: set[Verdict] = set()
    for index in range(sentence, max(sentence - 7, -1), -1):
        begin, end = article.sentences[index]
        if paragraph - article.paragraph_at(begin) > 2:
            return verdict
        tokens = article.outside_quotes(begin, end)
        if others_named(parts, tokens, article.text):  # "read out by A and B": either
            return verdict
        found.add(named_alone(parts, tokens, pronoun, article.text))
        delivered = any(t.norm in _DELIVERING for t in tokens)
        if delivered and any(t.norm in nouns for t in tokens):
            return "yes" if found in ({"yes"}, {"yes", "none"}) else verdict
    return verdict


__all__ = ["past_paper"]
