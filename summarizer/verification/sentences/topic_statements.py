"""A figure told of the page's topic with no subject named at all (outside checks 92 to 97,
session 56): a report about one company names it at the top, then gives its results in
sentences that name nobody ("Revenue grew about 2% to $22.16 billion", "The shares slipped
about 1.5% in morning trading", "The final dividend was held at 62.98 cents a share"). A
labeller gives the event to the company; the page means it, as it means an "it" there.

Such a sentence is read as if it opened with "it" (:func:`far_standins.far_body_reading`,
the page's topic read past the near reach), only where the sentence gives the reading nothing
else to go on:
- it names no one: no capitalised word but the value's own ("Kellogg stock climbed" names a
  body, "Revenue at Quay Line fell" another; a city or country after "in"/"at" is a place),
  no pronoun ("he said the consolidation should save": whose "he" is the near reader's; "we",
  "our": a speaker's own body; "it", "its": the stand-in readers'), and it does not open
  inside a quotation; nor does the sentence before name anyone but the value ("It was a
  different story at Sable Networks. Customer numbers dropped");
- the value is a body (the page marks it with no gender) and the page's topic, and the path
  back to its last mention is clear (the far reader's own tests: no rival named between or
  opening a sentence of the three before, no thing opening the sentence before).
A value swapped in from elsewhere on the page is no topic, or is the rival named between; a
sentence naming its own subject is read by the rules that read names.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from ..people.names import norms
from ..people.party_names import party_of
from ..people.standin_words import NOT_NAMES, name_runs
from .far_standins import PRONOUN_REACH, far_body_reading
from .genders import gender_of

# Words before a place (a city or country) that leave it no subject: "trading in London".
_WHERE = word_set("in at across near outside inside")
# Words that give the sentence a subject of its own the topic reading must not take over:
# a person's pronoun (the near reader's), a speaker's own body ("we", "our"), any stand-in
# the stand-in readers already read ("it", "its", "they").
_SUBJECT_WORDS = word_set("he she his her him they their them we our us i my me you your it its")


def topic_statement(value: str, article: ArticleText, sentences: Sequence[int]) -> bool:
    """Whether an evidence sentence naming no one tells a figure of the page's topic, the
    body ``value`` (see the module)."""
    words = tuple(norms(tokenize(value)))
    if not words or gender_of(article, [value]) is not None:
        return False  # a person is no "it": "Shares fell" tells no man's or woman's act
    return any(_reads_topic(article, index, words) for index in sentences)


def _reads_topic(article: ArticleText, index: int, words: tuple[str, ...]) -> bool:
    tokens = article.sentence_tokens(index)
    if not tokens or article.in_quotes(tokens[0].start):
        return False
    if any(token.norm in _SUBJECT_WORDS for token in tokens) or _names(article, index, words):
        return False  # "Kellogg stock climbed", "Revenue at Quay Line fell": named
    if index and _names(article, index - 1, words):
        return False  # "It was a different story at Sable Networks. Customers dropped"
    return far_body_reading(article, tokens[0], words, PRONOUN_REACH) == "yes"


def _names(article: ArticleText, index: int, words: tuple[str, ...]) -> bool:
    """Whether sentence ``index`` names anyone but the value: a name run (:func:`name_runs`),
    or any word capitalised inside it ("at Quay Line", which name_runs leaves as a place); a
    place the party labels know after "in" or "at" is no one ("shares rose in Paris"), but a
    country told otherwise may be the subject ("Spain's exports fell")."""
    tokens = list(article.sentence_tokens(index))
    own = set(words)
    for at, token in enumerate(tokens):
        if not token.capitalised or token.is_number or token.norm in own or token.norm in NOT_NAMES:
            continue
        if at and tokens[at - 1].norm in _WHERE and party_of(token.text):
            continue
        if at or party_of(token.text) or any(token is run[0] for run in name_runs(tokens, article)):
            return True  # a first word: a country's, or one the page capitalises inside too
    return False
