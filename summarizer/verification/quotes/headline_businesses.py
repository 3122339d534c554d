"""A business's common noun as a quote's speaker ("the company said", "the retailer said")
for the business the page's headline opens with and the page last named before the credit
(outside checks 75-97, session 58), for
:func:`summarizer.verification.quotes.attribution.by_body`.

:mod:`summarizer.verification.quotes.business_backs` reads "the company" back to a business
only when the page writes "its" after the business's name in the sentence that names it. A
story about one business seldom does that in the right sentence ("Auckland Airport had aimed
to open the new strip in 2028. Its updated master plan ...", "Coinbase, the largest
cryptocurrency exchange in the United States, disclosed ..."), and then the credit was "someone
other" than the business: on the seen checks 50-100 about ten such alarms. A news story's
headline names what it is about first ("Auckland Airport shelves second runway", "Hooters
shuts about 30 company-owned restaurants"), and a careful reader takes "the company" to the
business named last before it; when both are the value, the noun is the value's.

So the credit is the value's ("yes") only when all of these hold:
- the page's first line (its headline) opens with the value's name, whole, followed by a
  word in lower case (the headline's verb or noun: "Coinbase breach: ...");
- the value's name, whole, is written outside quotation marks after the headline and before
  the credit, and no other capitalised name stands between its last such mention and the
  credit (outside quotation marks): only the value's own words, a sentence's opening word
  that is a common word ("In a statement", "Its"), the description's own words ("the Kyoto
  company"), a country or a weekday or month. A person named between ("John Lyttle, who runs
  fashion, wrote ...") or another business ("Lindt, the Swiss chocolatier, ...") leaves the
  refusal as it was: "the company" may be theirs (a person's firm, the rival just named).
None says nothing (the readings after this one decide, as before).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize
from ..people.party_names import party_of
from ..sentences.business_words import BUSINESS_NOUNS
from ..sentences.clauses import Verdict

_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)
# Sentence openers that are common words though not stopwords ("In a filing", "Instead").
_OPENERS = STOPWORDS | frozenset(
    """in on at after before when while but yet so still instead meanwhile however also
    asked according what why how who where is are will shoppers buyers""".split()
)


def headline_business(
    article: ArticleText, body: str, before: int, parts: Sequence[str]
) -> Verdict | None:
    """"yes" when the description ``body`` ("company", "kyoto company") is a business's noun
    and the value ``parts`` is the business the headline opens with and the page names last
    before the credit at ``before`` (see the module); None otherwise."""
    words = body.split()
    if len(parts) != 1 or not words or words[-1] not in BUSINESS_NOUNS:
        return None
    value = parts[0].strip()
    if value.lower().startswith("the "):
        value = value[4:]
    name = tuple(t.norm for t in tokenize(value))
    if not name or not value[:1].isupper() or party_of(value) is not None:
        return None  # a country is never "the company"
    if not _headline_opens(article, name):
        return None
    first_end = article.text.find("\n")
    mentions = [
        (start, end)
        for start, end in article.phrase_spans(name)
        if first_end < start and end <= before and article.quoted_region_at(start) is None
    ]
    if first_end < 0 or not mentions:
        return None
    last = max(mentions)[1]
    own = set(words)
    sentence_starts = {start for start, _ in article.sentences}
    for token in article.outside_quotes(last, before):
        if token.start < last or token.start >= before:
            continue
        if not token.capitalised or token.norm in name or token.norm in own:
            continue
        if token.norm in _CALENDAR or party_of(token.text) is not None:
            continue
        if _opens_sentence(article, token, sentence_starts) and token.norm in _OPENERS:
            continue
        return None  # another name nearer the credit: the noun may be its
    return "yes"


def _headline_opens(article: ArticleText, name: tuple[str, ...]) -> bool:
    """Whether the page's first line opens with the name, whole, and a lower-case word
    after it ("Auckland Airport shelves ...", "Coinbase breach: ...")."""
    line = article.text.split("\n", 1)[0]
    tokens = tokenize(line)
    if len(tokens) <= len(name) or tuple(t.norm for t in tokens[: len(name)]) != name:
        return False
    after = tokens[len(name)]
    return not after.capitalised and not after.is_number


def _opens_sentence(article: ArticleText, token: Token, starts: set[int]) -> bool:
    """Whether the token is the first word of its sentence (or of a line)."""
    gap = article.text[max(0, token.start - 3) : token.start]
    if token.start in starts or "\n" in gap:
        return True
    head = article.sentences[article.sentence_at(token.start)][0]
    return not tokenize(article.text[head : token.start])


__all__ = ["headline_business"]
