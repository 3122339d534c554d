"""A quote credited to a business's common noun ("the company said", "the retailer said in a
statement", "the Kyoto company said:") read as the business the page's headline opens with,
when the page names that business last before the credit (outside checks 75-97, session 58),
for :func:`summarizer.verification.quotes.continued_speakers.continued_verdict` (kept here,
below the quote readers, as it reads only the page and the sentence's words).

The readings of "the company" (:mod:`summarizer.verification.quotes.business_backs`,
:mod:`summarizer.verification.quotes.business_nouns`, :mod:`.business_credits`) take the noun
back to a business the page shows is one: "its" in the sentence that names it, a trade's noun
beside it, the named subject of a sentence just before. A story about one business often shows
none of these where they look ("Auckland Airport had aimed to open the new strip in 2028. Its
updated master plan ...", "Coinbase, the largest cryptocurrency exchange in the United States,
disclosed ... Here is what we know. What happened? ..."), and the credit was read back to
"someone other" than the business: on the seen checks 50-100 about ten alarms. A news story's
headline names what it is about first ("Auckland Airport shelves second runway", "Hooters shuts
about 30 company-owned restaurants"), and a careful reader takes "the company" to the business
named last before it; when both are the value, the noun is the value's.

So the quote is the value's only when all of these hold:
- its own sentence credits it, outside quotation marks, to "the" and a business's noun
  (:data:`BUSINESS_NOUNS`, "group", "chain"; up to two qualifiers between: "the Kyoto
  company") right before a verb of saying, and names no one else between that verb and the
  quote ("the company told Eurogamer the cuts were "..."" names its hearer, which is allowed);
- the page's first line (its headline) opens with the value's name, whole, and a word in lower
  case after it (the headline's verb or noun: "Coinbase breach: ...");
- the value's name, whole, is written outside quotation marks after the headline and before
  the credit, and no other name stands between its last such mention and the credit: only
  the value's own words, the credit's qualifiers, a country, a weekday or a month, a name
  after "its" ("at its Rusk plant"), and a sentence's first word when it is a common word
  (a function word, or one the page never writes with a capital inside a sentence and with
  no capitalised word, comma or possessive after it: "Shops stayed open", "Engineers traced").
  A person named between ("John Lyttle, who runs fashion, wrote ...") or another business
  ("Rival maker Dunmore Confectionery is holding its prices") leaves the quote to the other
  readings: "the company" may be theirs. So does (review rv58s) a person's word between ("his
  pay award", "who ran it": the name is a person's, "the company" the person's business), a
  business or trading partner described in lower case between ("its borrower, the regional
  carrier", "the parts maker"; not the value's apposition right after its name), and a
  reported clause after the credit's verb that gives another its words (:mod:`.plain_reports`:
  "the company said the regulator had described its conduct as "..."").
It only accepts: False leaves the quote to the other readings.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from ..page.article import ArticleText
from ..page.quote_spots import quote_spot
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.party_names import party_of
from .business_words import BUSINESS_NOUNS
from .plain_reports import plain_report
from .speech import SPEECH_VERBS

_NOUNS = BUSINESS_NOUNS | word_set("group chain")
_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)
# Sentence openers that are common words though not stopwords ("In a filing", "Instead").
_OPENERS = STOPWORDS | word_set(
    """in on at after before when while but yet so still instead meanwhile however also
    asked according what why how who where here no yes"""
)
# Words of a business's name that say only its kind: never its short form.
_KINDS = _NOUNS | word_set("holdings inc ltd plc co corp games foods group international")
# Qualifiers that make the noun another business than the one the story is about.
_RELATED = word_set(
    """parent rival sister former other owning holding acquiring buying selling new merged
    combined smaller larger bigger same"""
)
_INDEFINITE = word_set("a an another one")
# A lower-case business or trading partner between the value's mention and the credit: "the
# company" may be it (review rv58s). Singular only: "all its customers" are the value's own.
_OTHERS = _NOUNS | word_set(
    "customer client supplier borrower buyer seller maker carrier partner lender"
)
# A person's words between the value's mention and the credit: the mention is a person's (the
# value one, "Jonah Pell leaves Arden Telecom"), or a person stands between; "the company" is
# then the business of the person, which the headline may not open with (review rv58s).
_DETERMINERS = word_set("the a an its their")
_PERSONAL = word_set("he she his her him hers himself herself who whom")
_QUALIFIERS = 2  # words between "the" and the noun: "the Kyoto company", "the wings chain"


def headline_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether a quote at one of ``spans`` is credited to a business's noun that stands for
    ``value``, the business the headline opens with and the page names last (see the
    module); False leaves the quote to the other readings."""
    name = tuple(t.norm for t in tokenize(value.removeprefix("the ")))
    if not name or not value[:1].isupper() or party_of(value) is not None:
        return False  # a country is never "the company"
    opened = _headline_name(article, name)
    if opened is None:
        return False
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        credit = _credit(article, region, sentence)
        if credit is not None and _named_last(article, (name, opened), credit):
            return True
    return False


def _credit(
    article: ArticleText, region: tuple[int, int], sentence: int
) -> tuple[int, set[str]] | None:
    """Where the quote's sentence credits it to "the [qualifiers] NOUN" before a verb of
    saying, and the qualifiers' words; None when it does not."""
    start, end = article.sentences[sentence]
    tokens = article.outside_quotes(start, end)
    for at, token in enumerate(tokens):
        if token.norm != "the":
            continue
        for gap in range(1, _QUALIFIERS + 2):
            noun = at + gap
            if noun + 1 >= len(tokens) or tokens[noun].norm not in _NOUNS:
                continue
            if tokens[noun + 1].norm not in SPEECH_VERBS or tokens[noun].capitalised:
                continue
            if any(t.norm in STOPWORDS or t.norm in _RELATED for t in tokens[at + 1 : noun]):
                continue  # "the owner of the company", "the parent company": another one
            if _names_between(tokens[noun + 1 :], region):
                return None  # "the company said Lindt had ..."
            clause = [t for t in tokens[noun + 2 :] if t.start < region[0]]
            if not plain_report(clause):
                return None  # "the company said the regulator had described it as "..."": theirs
            return token.start, {t.norm for t in tokens[at + 1 : noun]}
    return None


def _names_between(after: list[Token], region: tuple[int, int]) -> bool:
    """Whether a name stands between the credit's verb and a quote after it (a hearer right
    after "told" aside: "told Eurogamer")."""
    between = [t for t in after[1:] if t.start < region[0]]
    if after[0].norm in word_set("told tells tell"):
        while between and between[0].capitalised:
            between = between[1:]
    return any(t.capitalised and t.norm not in _CALENDAR for t in between)


def _named_last(
    article: ArticleText, names: tuple[tuple[str, ...], ...], credit: tuple[int, set[str]]
) -> bool:
    """Whether the value's name (or the headline's form of it) is written outside quotation
    marks after the headline and before the credit, with no other name between its last
    mention and the credit."""
    before, own = credit
    first_end = article.text.find("\n")
    mentions = [
        end
        for form in names
        for start, end in article.phrase_spans(form)
        if 0 <= first_end < start and end <= before and article.quoted_region_at(start) is None
    ]
    name = tuple(word for form in names for word in form)
    if not mentions:
        return False
    last = max(mentions)
    tokens = [t for t in article.outside_quotes(last, before) if last <= t.start < before]
    if any(_another(article, tokens, at) for at in range(len(tokens))):
        return False  # "a rival company", "a passengers' group": the noun's other business
    if any(_described_other(article, tokens, at, last) for at in range(len(tokens))):
        return False  # "its largest customer, the shipping company", "the parts maker"
    if any(t.norm in _PERSONAL for t in tokens):
        return False  # "Jonah Pell will leave after shareholders voted down his pay": a person
    starts = {start for start, _ in article.sentences}
    index = 0
    while index < len(tokens):
        run = index
        while (
            run + 1 < len(tokens)
            and tokens[run + 1].capitalised
            and tokens[index].capitalised
            and not _opens_sentence(article, tokens[run + 1], starts)
        ):
            run += 1
        if _names_other(article, tokens, index, run, name, own, starts):
            return False
        index = run + 1
    return True


def _names_other(
    article: ArticleText, tokens: list[Token], first: int, last: int,
    name: tuple[str, ...], own: set[str], starts: set[int],
) -> bool:  # fmt: skip
    """Whether the run of tokens ``first..last`` names someone other than the value."""
    token = tokens[first]
    if not token.capitalised:
        return False
    words = tokens[first : last + 1]
    if all(t.norm in name or t.norm in own or t.norm in _CALENDAR for t in words):
        return False
    if party_of(article.text[token.start : words[-1].end]) is not None:
        return False  # "the United States", "Britain"
    if first and tokens[first - 1].norm == "its" and not tokens[first - 1].capitalised:
        return False  # "at its Rusk plant": the value's own
    if first == last and _opens_sentence(article, token, starts):
        return not _common(article, token)
    return True


def _another(article: ArticleText, tokens: list[Token], at: int) -> bool:
    """Whether the token at ``at`` is a business's noun for another business than the one
    named: after "a", "an", "another" or a relation's word within three words ("a rival
    carmaker", "a passengers' group", "the parent company"), and not joined by a hyphen to
    the next word ("company-owned restaurants")."""
    if tokens[at].norm not in _NOUNS or article.text[tokens[at].end : tokens[at].end + 1] == "-":
        return False
    return any(t.norm in _INDEFINITE or t.norm in _RELATED for t in tokens[max(0, at - 3) : at])


def _described_other(article: ArticleText, tokens: list[Token], at: int, last: int) -> bool:
    """Whether the token at ``at`` is a business's (or a trading partner's) noun in lower case
    between the value's mention and the credit, which "the company" may stand for as well
    ("has withdrawn a credit line from its borrower, the regional carrier", "will pay 40m for
    the parts maker", "its contract to deliver for the supermarket chain"; review rv58s): not
    the value's own apposition right after its name ("Coinbase, the largest exchange in the
    United States,"), the bare noun ("then tried to squeeze the company": the value), a noun
    with no determiner ("to copy customer records"), a possessive ("the bank's staff") or a
    hyphen's first part ("company-owned")."""
    token = tokens[at]
    if token.norm not in _OTHERS or token.capitalised:
        return False
    follow = article.text[token.end : token.end + 2]
    if follow[:1] == "-" or follow in SINGULAR_POSSESSIVES:
        return False
    first = at
    while first and not tokens[first - 1].capitalised and tokens[first - 1].norm not in STOPWORDS:
        first -= 1
    if not first or tokens[first - 1].norm not in _DETERMINERS:
        return False  # "to copy customer records": a modifier, no business of its own
    first -= 1
    if tokens[first].norm == "the" and at == first + 1 and token.norm in _NOUNS:
        return False  # "tried to squeeze the company for money": the bare noun, the value again
    return article.text[last : tokens[first].start].strip() not in ("", ",")


def _headline_name(article: ArticleText, name: tuple[str, ...]) -> tuple[str, ...] | None:
    """The form of the name the page's first line opens with, whole or one word of it that
    is no country and no kind of business ("Evergrande to be struck off" for "China
    Evergrande Group"), with a lower-case word or a possessive after it ("Auckland Airport
    shelves ...", "Coinbase breach: ...", "Nintendo's April-June sales"); None otherwise."""
    line = article.text.split("\n", 1)[0]
    tokens = tokenize(line)
    forms = [name] + [
        (word,) for word in name if len(name) > 1 and word not in _KINDS and not party_of(word)
    ]
    for form in forms:
        if len(tokens) <= len(form) or tuple(t.norm for t in tokens[: len(form)]) != form:
            continue
        after = tokens[len(form)]
        owned = tokens[len(form) - 1].text.endswith(SINGULAR_POSSESSIVES)
        if owned or not (after.capitalised or after.is_number):
            return form
    return None


def _opens_sentence(article: ArticleText, token: Token, starts: set[int]) -> bool:
    """Whether the token is the first word of its sentence (or of a line)."""
    if token.start in starts or "\n" in article.text[max(0, token.start - 3) : token.start]:
        return True
    head = article.sentences[article.sentence_at(token.start)][0]
    return not tokenize(article.text[head : token.start])


def _common(article: ArticleText, token: Token) -> bool:
    """Whether a sentence's capitalised first word, alone, is a common word ("Shops stayed
    open", "Engineers traced the fault"), not a name: a function word, or one with no comma
    or possessive after it ("Dunmore, the rival maker", "Dunmore's") that the page writes
    nowhere else with a capital inside a sentence."""
    if token.norm in _OPENERS:
        return True
    if article.text[token.end : token.end + 1] in (",", "'", "\u2019"):
        return False
    for start, _ in article.phrase_spans((token.norm,)):
        if start != token.start and article.text[start : start + 1].isupper():
            head = article.sentences[article.sentence_at(start)][0]
            if tokenize(article.text[head:start]):
                return False  # written with a capital inside a sentence: a name
    return True


__all__ = ["headline_verdict"]
