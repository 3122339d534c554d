"""A body's quote credited "it said" or "they wrote" right after a sentence that names the
body alone, for :mod:`summarizer.verification.quotes.body_pronouns`.

Seen outside checks 50-100 (session 57): "Israel's foreign ministry was scornful. It
"categorically rejects" the opinion, it wrote", "The employers' federation VOKA was blunter,
calling the action "premature". "...," it said in a statement", "Q: How did the WHO respond?
A: It said it regretted the move", "The unsigned main opinion was narrower. "...," it says".
The read-back reads "it" as it reads "he": past the body to a person an earlier sentence
names, so the body was flagged "read back to someone other". "It" never stands for a person
and "they" never for one person, so when the sentence right before names the value and
nothing else, the pronoun has no other antecedent. This reading only ACCEPTS, and only when:

* the quote's own sentence credits it to "it" or "they" before its first speech verb (adverbs
  between), as written around the quote ('"...," it said', 'It said "..."'), and its words
  outside the quote name no one (no capitalised word but the pronoun, a Q/A label, a month
  or weekday; no "citing"/"quoting" relay);
* the sentence right before (the quote's paragraph's, or the last of the paragraph before)
  names the value and nothing else: each of its capitalised words outside quotes is one of
  the value's words or a function word opening it ("How", "Q"), and each of the value's own
  words stands in it; with no capitalised word at all, its subject is "the [words] NOUN" for
  the value's head NOUN and words ("The unsigned main opinion" for "the main opinion");
* the value is no person the page marks by gender ("he", "Mr"), and for "they" its head is a
  plural ("NATO leaders"): "it said" for a person, "they wrote" for one body's name is
  another reading's to judge;
* (review rv57s) no second party stands beside the value: the value's words qualify or own a
  body's noun ("The Ostland foreign ministry ..." is no sentence naming "Ostland" alone), a
  body's noun or, for "they", a plural after "the" stands after the value in the sentence
  before ("The ministers were heard by the judges.", "The hospital managers met the
  cleaners.") or before the credit in the quote's own ("The ministers met union leaders, and
  they said"), and "the [words] HEAD" holds no function word ("The letter to the minister").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.ordinary import ordinary_forms
from summarizer.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from ..page.article import ArticleText
from ..page.quote_spots import quote_spot
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from .description_fits import BODY_NOUNS
from .genders import gender_of
from .speech import SPEECH_VERBS

__all__ = ["pronoun_body"]

_PRONOUNS = word_set("it they")
_ADVERBS = word_set("also then later further again earlier previously still now had has have")
# capitalised words that name no one: sentence openers, a Q/A label, the calendar
_OPENERS = STOPWORDS | word_set(
    "q a how what why when where who which did does do will would in on after before"
)
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_LINKS = word_set("against with after between under over without toward towards")
_RELAYS = word_set("citing quoting according cited quoted")


def _credit(tokens: Sequence[Token]) -> tuple[str, int] | None:
    """The pronoun ("it"/"they") that is the subject of the narration's first speech verb,
    and where that verb stands."""
    for index, token in enumerate(tokens):
        if token.norm not in SPEECH_VERBS or token.norm.endswith("ing"):
            continue
        back = index - 1
        while back >= 0 and tokens[back].norm in _ADVERBS:
            back -= 1
        if back >= 0 and tokens[back].norm in _PRONOUNS:
            return tokens[back].norm, index
        return None
    return None


def _named(token: Token) -> bool:
    """Whether a token is a capitalised word that may name someone: not an opener, a label
    or a day ("WHO" in capitals is a name, "Who" opening a question is not)."""
    if not token.capitalised:
        return False
    if len(token.text) > 1 and token.text.isupper():
        return True
    return token.norm not in _PRONOUNS | _OPENERS | _CALENDAR


def _names_no_one(tokens: Sequence[Token], credit: int) -> bool:
    """Whether a quote's narration names no one before its credit, relays no one ("citing
    the union") and, once a name stands after the credit ("asked Washington to think
    again"), has no later speech verb that name may be the subject of ("It said Ruiz told
    staff")."""
    named = False
    for index, token in enumerate(tokens):
        if token.norm in _RELAYS:
            return False
        if index < credit and _named(token):
            return False
        if index > credit and named and token.norm in SPEECH_VERBS:
            return False
        named = named or (index > credit and _named(token))
    return True


def _content(value: str) -> set[str]:
    return {t.norm for t in tokenize(value)} - STOPWORDS


def _names_value_alone(tokens: list[Token], value: str, text: str) -> bool:
    """Whether a sentence's words outside quotes name the value and nothing else (doc)."""
    own = _content(value)
    if not own or not own <= {t.norm for t in tokens}:
        return False
    capitals = [t for t in tokens if _named(t) or (t.norm in _PRONOUNS and t.capitalised)]
    if capitals:
        return all(t.norm in own for t in capitals) and _opens_with(tokens, own, text)
    return _described_subject(tokens, value, own, text)


def _owner(token: Token, text: str) -> bool:
    """Whether a word is written as a possessive ("employers'", "opinion's")."""
    return text[token.end : token.end + 1] in ("'", "\u2019") or token.text.endswith(
        SINGULAR_POSSESSIVES
    )


def _opens_with(tokens: Sequence[Token], own: set[str], text: str) -> bool:
    """Whether the value is what the sentence opens with, not its object: before its first
    word only openers ("Q: How did the WHO respond?"), or "the" and up to three words that
    are no verb's form or other body ("The employers' federation VOKA was blunter", not "The
    government fined VOKA", "The watchdog fines VOKA")."""
    first = next(i for i, t in enumerate(tokens) if t.norm in own)
    prelude = tokens[:first]
    if all(t.norm in _OPENERS for t in prelude):
        return True
    if prelude[0].norm not in ("the", "its") or len(prelude) > 4:
        return False
    for at, token in enumerate(prelude[1:], 1):
        owner = _owner(token, text)
        if token.capitalised or token.norm in _OPENERS | _LINKS or token.norm.endswith("ed"):
            return False
        if not owner and token.norm in ordinary_forms():
            return False
        if token.norm in BODY_NOUNS and at < len(prelude) - 1:
            return False
    return True


def _described_subject(tokens: Sequence[Token], value: str, own: set[str], text: str) -> bool:
    """Whether a sentence with no name opens "The [lower-case words] HEAD" for the value's
    head noun and words ("The unsigned main opinion was narrower" for "the main opinion"),
    the head not a possessive ("The opinion's author")."""
    head = [t.norm for t in tokenize(value)][-1]
    if not tokens or tokens[0].norm != "the":
        return False
    for at in range(1, min(len(tokens), 6)):
        token = tokens[at]
        if token.norm == head:
            opening = {t.norm for t in tokens[: at + 1]}
            return own <= opening and not _owner(token, text)
        if token.capitalised or token.is_number or token.norm in STOPWORDS:
            return False  # "The letter to the minister": the minister is no subject
    return False


def _party(tokens: Sequence[Token], at: int, pronoun: str) -> bool:
    """Whether the word at ``at`` is a party "it"/"they" may stand for: a body's noun ("the
    regulator") or, for "they", a plural after "the" ("met the cleaners") (review rv57s)."""
    token = tokens[at]
    if token.capitalised or token.norm in STOPWORDS:
        return False
    if token.norm in BODY_NOUNS:
        return True
    plural = (
        len(token.norm) > 3
        and token.norm.endswith("s")
        and not token.norm.endswith(("ss", "us", "is"))
    )
    return pronoun == "they" and plural and "the" in {t.norm for t in tokens[max(0, at - 2) : at]}


def _second_party(tokens: Sequence[Token], own: set[str], pronoun: str, text: str) -> bool:
    """Whether a sentence naming the value names another party the pronoun may stand for: a
    body's noun or a group the value's words qualify ("The Ostland foreign ministry" for
    "Ostland", "Israel's ..." for "Israel") or one beside them ("The ministers were heard by
    the judges", "The hospital managers met the cleaners") (review rv57s)."""
    first = next(i for i, t in enumerate(tokens) if t.norm in own)
    last = max(i for i, t in enumerate(tokens) if t.norm in own)
    if _owner(tokens[last], text):
        return True
    return any(  # a noun before the value is its apposed description ("federation VOKA")
        _party(tokens, at, pronoun) and tokens[at].norm not in own
        for at in range(first + 1, len(tokens))
    )


def _antecedent(article: ArticleText, sentence: int) -> list[Token] | None:
    """The words outside quotes of the sentence right before ``sentence``, if it stands in
    the same paragraph or ends the paragraph before."""
    if sentence == 0:
        return None
    start, end = article.sentences[sentence - 1]
    if article.paragraph_at(article.sentences[sentence][0]) - article.paragraph_at(start) > 1:
        return None
    return article.outside_quotes(start, end)


def pronoun_body(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether a quote at one of ``spans`` is credited "it said"/"they wrote" right after a
    sentence that names the value alone (module doc)."""
    words = [t.norm for t in tokenize(value)]
    if not words or gender_of(article, value.split()) is not None:
        return False
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        last = article.sentence_at(region[1])
        narration = article.outside_quotes(
            article.sentences[sentence][0], article.sentences[last][1]
        )
        credit = _credit(narration)
        if credit is None or not _names_no_one(narration, credit[1]):
            continue
        pronoun = credit[0]
        if pronoun == "they" and not (len(words) > 1 and words[-1].endswith("s")):
            continue
        if any(_party(narration, at, pronoun) for at in range(credit[1])):
            continue  # "The ministers met union leaders, and they said": its own sentence's
        before = _antecedent(article, sentence)
        if (
            before
            and _names_value_alone(before, value, article.text)
            and not _second_party(before, _content(value), pronoun, article.text)
        ):
            return True
    return False
