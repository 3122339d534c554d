"""A business's noun ("The firm said") read back past the body that acted on it, for
:mod:`summarizer.verification.quotes.continued_speakers` (review rvsp31, session 31).

News names a business and the body that acts on it in one sentence, then gives the quote to
"the firm": "The Financial Reporting Council fined Deloitte £1.2m. The firm said it had
"..."". The read-back gives a description to the sentence before's subject, the council,
which a business's noun never stands for (:data:`collective_speakers.BUSINESSES`, refused by
``group_refusal``). :func:`business_verdict` accepts the value when it is the object right
after the verb of the sentence before (its capitalised words, nothing else) and that
sentence's subject is a name that writes a body's or an office's noun ("Council",
"Department", "Ministry", "Union"): the one business the sentence names. Not read: a passive
("Thames Water was fined by Ofwat. The regulator said": the regulator's noun fits a body
whose name writes no kind as well as the water company), a regulator's or a charity's noun,
an object described as "a/an ..." ("fined Jane Whitlow, a former trader": a person). Known
limit: a person fined with no such description ("fined Jane Whitlow on Monday. The firm
said") is read as the business.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.quote_spots import quote_spot
from ..page.tokens import Token, tokenize, word_set
from ..sentences.opening_subjects import sentence_subject
from .attribution_phrases import attribution_phrase
from .collective_speakers import BODY_NOUNS, business_phrase

_OFFICES = BODY_NOUNS | word_set("department office")


def _object_after_verb(tokens: Sequence[Token], subject: Sequence[Token]) -> list[Token]:
    """The capitalised words right after the lower-case word that follows the subject
    ("fined Deloitte", "sued Visa"), or []."""
    at = next((i for i, t in enumerate(tokens) if t.start == subject[-1].start), None)
    if at is None or at + 2 >= len(tokens) or tokens[at + 1].capitalised:
        return []
    run: list[Token] = []
    for token in tokens[at + 2 :]:
        if not token.capitalised:
            break
        run.append(token)
    following = tokens[at + 2 + len(run) : at + 4 + len(run)]
    if run and [t.norm for t in following][:1] in (["a"], ["an"]):
        return []  # "fined Jane Whitlow, a former trader": a person described, no business
    return run


def business_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` is given to "the firm" (a business's noun) and
    the value is the business the sentence before acts on (see the module's doc)."""
    wanted = [t.norm for t in tokenize(value)]
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        phrase = attribution_phrase(article, region, sentence)
        if not wanted or phrase is None or not business_phrase(phrase) or sentence < 1:
            continue
        before, stop = article.sentences[sentence - 1]
        if article.paragraph_at(region[0]) - article.paragraph_at(before) > 1:
            continue
        tokens = article.outside_quotes(before, stop)
        subject = sentence_subject(tokens, article.text)
        if not subject or not {t.norm for t in subject} & _OFFICES:
            continue
        if [t.norm for t in _object_after_verb(tokens, subject)] == wanted:
            return True
    return False


__all__ = ["business_verdict"]
