"""A quote credited by a bare "he said" or "she said" right after it, given to the one person
the sentence before names, when that sentence's own subject is no person at all, read for
:mod:`summarizer.verification.quotes.continued_speakers` (session 59, writer sp59; here in
sentences/ because quotes/ holds its 70 modules).

"MPs were critical of the bonus Weston received. "...," he said", "Enforcement officials
were told to stop by Jeffrey Kessler, the under secretary. "...," he said": the read-back took
the sentence's capitalised subject ("MPs", "Enforcement") for the one "he" stands for and
refused the right speaker, though a plural noun or a common noun that opens the sentence is
no "he", and the one person the sentence names (an object's owner, a passive's agent) is.
A subject pronoun points to the one person the sentence before names when no other person is
named there; that is the whole reading (:func:`antecedents.named_alone`), asked here only
when the sentence's subject is not a person the reading could have meant instead.

The quote is the value's when:
- its own sentence opens with it and credits it right after the closing mark with "he" or
  "she" and a verb of saying, relaying no one ("citing", "quoting", "according to"), and its
  words do not name the value (a person talked about in the third person is not speaking);
- the sentence right before (in the same paragraph, or the last of the paragraph before when
  the quote opens its own) is no headline, names the value and no other person
  (:func:`named_alone` says "yes"), opens with no capitalised word that may be someone
  (only a function word, a word the page writes in lower case elsewhere, a plural noun or
  acronym, a title, the value's own name, or a word before a plural noun that the page never
  writes as a name inside a sentence: "Enforcement officials", not "Hollis aides" beside
  "a statement from Hollis"), and holds no person told by a common noun
  ("a spokesman for", "his lawyer", "the prime minister": that person may be the "he");
- no veto of the older read-back holds (:func:`readback_vetoes.refused_readback`: the value
  only acted on, reported, one of two) and the page does not mark the value with the other
  gender (:func:`genders.pronoun_verdict`).
It only accepts: any other shape is left to the readings before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from ..page.article import ArticleText
from ..page.quote_spots import lead_of, quote_spot, tail_of
from ..page.stamps import without_stamp
from ..page.tokens import Token, word_set
from ..people.joined_bodies import speaker_parts
from ..people.names import PARTICLES, TITLES, find_named, split_people
from .antecedents import PRONOUNS, capitalised_runs, named_alone, others_named, plural
from .genders import pronoun_verdict
from .readback_vetoes import refused_readback
from .speech import speaks

# Words after the credit that hand the words on to someone else.
_RELAYS = word_set("citing quoting according relaying reading")
# Common nouns that tell a person: the "he" may stand for them rather than for the name.
_PERSON_NOUNS = TITLES | word_set(
    """spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney deputy wife
    husband son daughter brother sister father mother envoy rival counterpart premier
    minister president chancellor secretary chief leader governor senator ambassador
    official manager coach boss founder owner executive director chairman chairwoman chair
    head analyst economist critic colleague friend partner officer judge prosecutor
    detective inspector captain player striker teammate man woman boy girl resident
    witness neighbour neighbor"""
)
_PRONOUNS = word_set("he she him his her hers himself herself")
_JOINING = word_set("from with beside alongside")
_BODY_ENDS = word_set(
    """media council ministry police authority commission group company bank office government
    agency court union committee department board association federation institute university
    motors holdings partners industries foods homes systems steel airways airlines air trust
    plc inc ltd llc corp corporation limited airport services brands club party post times
    news press network fund mills paper water rail"""
)
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "MPs", "CEOs": a group, never one "he"


def lone_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` is ``value``'s by the reading of the module."""
    if not _person_like(value):
        return False
    parts = speaker_parts(value)
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        if sentence < 2 or lead_of(article, region, sentence):
            continue  # the quote must open its sentence, below the headline
        pronoun = _credit(article, region, sentence)
        if pronoun is None or _names_value(article, region, parts):
            continue
        if _tail_names(article, region, sentence, parts):
            continue  # '"...," he told Wendel', "she said of Brandt's plan": spoken to or of
        before = _sentence_before(article, region[0], sentence)
        if before is None:
            continue
        first, last = article.sentences[before]
        tokens = without_stamp(article.outside_quotes(first, last), article.text)
        if not tokens or not _opens_with_no_one(article, tokens, parts):
            continue
        if named_alone(parts, tokens, pronoun, article.text) != "yes":
            continue
        if any(t.norm in _PRONOUNS for t in tokens) or _person_noun(tokens, parts, article.text):
            continue  # "He thanked Carney's team": the chain's "he", not Carney
        if others_named(parts, tokens, article.text) or _joined_other(tokens, parts, article.text):
            continue  # "signed by Dr Ines Faria and Dr Rosa Lima", "accepted from Ruth Penner"
        if refused_readback(article, first, region[0], parts):
            continue
        if pronoun_verdict(article, parts, pronoun, first, region[0]) == "yes":
            return True
    return False


def _person_like(value: str) -> bool:
    """Whether the value reads as one person's full name: two or more capitalised words (a
    name's particles aside), none of them a body's last word ("Orbis Media", "Halvorsen
    Steel", "State Media Authority"): no "he" or "she" stands for a body or a place."""
    words = value.split()
    if len(split_people(value)) != 1 or len(words) < 2 or words[-1].lower() in _BODY_ENDS:
        return False
    return all(word[:1].isupper() or word.lower() in PARTICLES for word in words)


def _joined_other(tokens: Sequence[Token], parts: Sequence[str], text: str) -> bool:
    """Whether a capitalised run other than the value's stands after "from" or "with" (a
    person the older reading takes for a place: "the payout X accepted from Mayor Ruth
    Penner's office", "with Mayor Tom Vickers at his side")."""
    spans = [span for part in parts for span in find_named(part, list(tokens), text)]
    for first, last in capitalised_runs(tokens, text):
        if first == 0 or tokens[first - 1].norm not in _JOINING:
            continue
        if all(t.norm in MONTHS or t.norm in WEEKDAYS for t in tokens[first : last + 1]):
            continue  # "from June", "with Monday's vote": a day
        if not any(start <= last and first <= end for start, end in spans):
            return True
    return False


def _credit(article: ArticleText, region: tuple[int, int], sentence: int) -> str | None:
    """The "he"/"she" of a credit right after the quote ('"...," he told reporters'), or None."""
    closing = max(sentence, article.sentence_at(region[1]))  # a quote of several sentences
    tail = tail_of(article, region, closing)
    if len(tail) < 2 or tail[0].norm not in PRONOUNS or not speaks(tail, 1):
        return None
    if article.text[region[1] + 1 : tail[0].start].strip(" ,.!?\u201d\u2019\"'") != "":
        return None  # a dash or a bracket between: not a plain credit
    later = [i for i in range(2, len(tail)) if not tail[i].norm.endswith("ing")]
    if any(t.norm in _RELAYS for t in tail[2:]) or any(speaks(tail, i) for i in later):
        return None  # "he said, citing X", "he said X had told him": someone else's words too
    return tail[0].norm


def _names_value(article: ArticleText, region: tuple[int, int], parts: Sequence[str]) -> bool:
    """Whether the quoted words name the value: "Weston must go," he said is not Weston's."""
    return _names_in(article.text[region[0] : region[1]], parts)


def _tail_names(
    article: ArticleText, region: tuple[int, int], sentence: int, parts: Sequence[str]
) -> bool:
    """Whether the credit's own words after the quote name the value: the one spoken to or of
    ('"...," he told Wendel', "she said of Brandt's plan", "he said, turning to Okoro") is
    no speaker (review rv59s)."""
    tail = tail_of(article, region, max(sentence, article.sentence_at(region[1])))
    return len(tail) > 1 and _names_in(article.text[tail[1].start : tail[-1].end], parts)


def _names_in(text: str, parts: Sequence[str]) -> bool:
    """Whether ``text`` holds a word of the value's name (its capitalised, not common words)."""
    words = text.lower()
    return any(
        re.search(rf"\b{re.escape(word.lower())}\b", words)
        for part in parts
        for word in part.split()
        if word[:1].isupper() and word.lower() not in STOPWORDS
    )


def _sentence_before(article: ArticleText, at: int, sentence: int) -> int | None:
    """The sentence right before the quote's, in its paragraph or ending the one before."""
    before = sentence - 1
    start = article.sentences[before][0]
    if article.paragraph_at(at) - article.paragraph_at(start) > 1:
        return None
    quoted = article.quoted_region_at(start)
    return None if quoted is not None else before


def _opens_with_no_one(article: ArticleText, tokens: Sequence[Token], parts: Sequence[str]) -> bool:
    """Whether the sentence's first word is no one besides the value: a function word, a word
    the page writes in lower case elsewhere ("Enforcement officials", "Sanctions"), a plural
    noun or acronym ("Critics", "MPs"), a title, or the value's name itself."""
    first = tokens[0]
    if not first.capitalised or first.norm in STOPWORDS or first.norm in TITLES:
        return True
    spans = [span for part in parts for span in find_named(part, list(tokens), article.text)]
    if any(span[0] == 0 for span in spans):
        return True
    if _ACRONYM_PLURAL.fullmatch(first.text):
        return True
    if _surname(first.text, article.text):
        return False  # "Price condemned ..." on a page of "Owain Price", "Hale's players"
    if plural([first]):
        return True
    if len(tokens) > 1 and not tokens[1].capitalised and plural([tokens[1]]):
        return not _named_inside(first.text, article.text)  # "Enforcement officials were"
    lower = re.escape(first.text.lower())
    return bool(re.search(rf"\b{lower}\b", article.text))


def _surname(word: str, text: str) -> bool:
    """Whether the page writes ``word`` as the last word of a person's name: after a
    capitalised word that is no function word, title, month or day and that the page never
    writes in lower case ("Board member Owain Price" for "Price condemned", "Coach Mark Hale"
    for "Hale's players"), though it may write ``word`` itself in lower case ("the price"):
    the opener may be that person, the "he" (review rv59s)."""
    word = re.sub(r"['\u2019]s$", "", word)
    for match in re.finditer(rf"\b([A-Z][a-z'\u2019-]+)[ \t]+{re.escape(word)}\b", text):
        given = match.group(1).lower()
        if given in STOPWORDS or given in TITLES or given in MONTHS or given in WEEKDAYS:
            continue
        if not re.search(rf"\b{re.escape(given)}\b", text):
            return True
    return False


def _named_inside(word: str, text: str) -> bool:
    """Whether the page writes ``word`` capitalised inside a sentence (after a lower-case
    word or a comma), as a name is written ("aides to Hollis"): then "Hollis aides" may
    name a person, and the plural after it is no sign the word is a common noun's."""
    return bool(re.search(rf"(?:\b[a-z]+|,)\s+{re.escape(word)}\b", text))


def _person_noun(tokens: Sequence[Token], parts: Sequence[str], text: str) -> bool:
    """Whether a lower-case word that tells a person stands outside the value's name and its
    own titles ("a spokesman for X", "his lawyer", "the minister"): that one may be the "he"."""
    spans = [span for part in parts for span in find_named(part, list(tokens), text)]
    for index, token in enumerate(tokens):
        if token.capitalised or token.norm not in _PERSON_NOUNS:
            continue
        if any(first - 4 <= index <= last + 8 and _apposed(tokens, index, first, last)
               for first, last in spans):  # fmt: skip
            continue  # "Jeffrey Kessler, the under secretary of commerce": the value's own
        return True
    return False


def _apposed(tokens: Sequence[Token], index: int, first: int, last: int) -> bool:
    """Whether the person noun at ``index`` is the value's own title: right before the name
    ("Chief executive X") or in the description after it up to the next comma's end."""
    if index < first:
        return all(t.norm in TITLES or t.capitalised or t.norm in _ROLE_FILLERS
                   for t in tokens[index:first])  # fmt: skip
    return index > last and not any(t.norm in _NOT_APPOSED for t in tokens[last + 1 : index])


_ROLE_FILLERS = word_set("executive officer director of the")
_NOT_APPOSED = word_set("and but or while whereas with than to by")


__all__ = ["lone_verdict"]
