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

from summarizer.text.ordinary import ordinary_forms
from summarizer.text.vocabulary import NUMBER_WORDS
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.names import norms
from ..people.party_names import party_of
from ..people.standin_words import NOT_NAMES, name_runs
from .body_kinds import KINDS
from .far_standins import PRONOUN_REACH, far_body_reading
from .genders import gender_of

# Words before a place (a city or country) that leave it no subject: "trading in London".
_WHERE = word_set("in at across near outside inside")
# Words that give the sentence a subject of its own the topic reading must not take over:
# a person's pronoun (the near reader's), a speaker's own body ("we", "our"), any stand-in
# the stand-in readers already read ("it", "its", "they").
# Auxiliaries that follow a clause's subject ("The buyer will pay", "The bidder has").
_AUXILIARIES = word_set(
    "will would shall should can could may might must has had have is was are were does did already"
    " still also now then"
)
# Irregular pasts a subject's verb may be ("Brannock cut 300 jobs", "Harrowgate won").
_PAST = word_set(
    """cut fell rose won lost paid sold shut held grew made took gave kept set put left sent
    spent built bought met told said saw ran led"""
)
# Endings of English common nouns made from verbs or adjectives ("Completions", "Occupancy").
_NOUN_ENDINGS = (
    "tion",
    "tions",
    "ment",
    "ments",
    "ness",
    "ity",
    "ities",
    "ancy",
    "ency",
    "ance",
    "ence",
)
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
    if _described(tokens):
        return False  # "The regulator will report", "The buyer will pay": a party of its own
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
        if not _common_opener(article, tokens, at):
            return True  # "Kestrel will still open on June 8": a name, not "Revenue" (rv56a)
    return False


def _described(tokens: Sequence[Token]) -> bool:
    """Whether the sentence opens with "The" and a party described by a common noun before
    any figure (review rv56a): an organisation's description ("The union won", "The rival
    operator will build"), which the description readers read and refused, or a doer's noun
    in "-er" right before its verb ("The buyer will pay", "The bidder already owns"; not
    "The wider market"); a results line's subject is a thing ("The shares", "The load factor")."""
    if not tokens or tokens[0].norm != "the":
        return False
    heads = frozenset().union(*KINDS.values())
    for at, token in enumerate(tokens[1:4], start=1):
        if token.is_number or not token.norm.isalpha():
            return False
        if token.norm in heads:
            return True
        after = tokens[at + 1].norm if at + 1 < len(tokens) else ""
        if token.norm.endswith("er") and len(token.norm) > 4 and _verb_like(after):
            return True
    return False


def _verb_like(word: str) -> bool:
    """Whether ``word`` reads as a verb or an adverb after a subject: an auxiliary, a past in
    "-ed", an adverb in "-ly" or "already"."""
    return word in _AUXILIARIES or word.endswith(("ed", "ly"))


def _common_opener(article: ArticleText, tokens: list[Token], at: int) -> bool:
    """Whether the sentence's capitalised first word is a common word, not a name the page
    writes only there (review rv56a: "Kestrel will still open on June 8" named nobody): a
    number word, a word glued by a hyphen to the next ("Full-year", "Pre-tax"), one whose
    plural or other inflection is an ordinary word ("Revenue": "revenues") or whose ending is
    a common noun's ("Completions"), one the page also writes in lower case, or one that no
    verb or apposition follows ("Net debt is", "Some 140,000 lines"): a name opening a
    sentence is its subject ("Vantor lifted", "Zanetti will pay", "Draycott, the rival,")."""
    token = tokens[at]
    word = token.norm
    if word in NUMBER_WORDS or article.text[token.end : token.end + 1] == "-":
        return True
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word.removesuffix("s")}
    if forms & ordinary_forms() or word.endswith(_NOUN_ENDINGS):
        return True
    if any(article.text[start].islower() for start, _ in article.phrase_spans((word,))):
        return True
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    if after is None or article.text[token.end : after.start].strip() == ",":
        return after is None
    low = after.norm
    return not (_verb_like(low) or low in _PAST or (low.endswith("s") and not low.endswith("ss")))
