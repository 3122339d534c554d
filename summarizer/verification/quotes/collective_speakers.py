"""A quote a body speaks through a common noun or its paper, an unnamed source's quote, and a
quote that continues either, read for :mod:`summarizer.verification.quotes.speakers` (check 58
cause 4; checks 52-56 had the same shapes).

The other readings judge a quote's subject against a name, and call "the group", "their
statement" or "one of the sources" someone else. This module resolves the phrase the quote's
own sentence gives as its speaker (:mod:`attribution_phrases`) against the value:
- "the [words] NOUN" with a body noun ("the group", "the paramilitary group", "the
  federation"), or a paper a body owns ("its statement", "their statement", "the group's
  statement"), stands for a body value when the value is a body (an acronym, a name with a
  body word, a name the article writes after "the": "the Houthis"), the noun fits it (its
  own word, or a noun that fits any body: "group", "bloc", "alliance", but not an institution
  such as an agency or a court, which goes by its own noun; a kind of body's noun, "the
  party", "the movement", "the federation", for a name that writes no kind: "AfD", "Hamas",
  "FIFA"), "their" only a plural name's
  ("the Houthis", not "US Central Command"), and the article's
  latest mention of the value before the phrase (within three paragraphs) has no other body
  between: no other acronym or capitalised body name ("the IEA", "the Finance Ministry",
  "Amnesty International", "the Red Cross"), no
  other use of the noun ("a group of traders"). The nearest body is the one the noun means;
- an unnamed source's phrase ("one of the sources", "the official") stands for an unnamed
  value of the same head noun (:mod:`unnamed_sources`);
- a phrase the value repeats ("the government's listing"), or "his/her NOUN" for "X's NOUN"
  when X is the one person the sentence names before it (:mod:`same_phrases`);
- a quote that is its sentence's only words continues the quote of the sentence before it
  (in its paragraph, or ending the paragraph before), when that quote's phrase is read so
  and nothing follows it but its attribution; a sentence between with another speaker, or a
  name after the earlier quote, ends the chain.
A phrase a verb of saying reports ("The army said the group had promised "..."") is the
reporter's account, left to the other readings. It only accepts. What it deliberately
does not read: a body's members ("the judges", "they wrote"), two people's joint statement
("the presidents said"), a capital for its country ("Washington accused"), a participle
whose subject is another clause's ("X steered the producers to ..., pointing to"): each
leaves the value to the other readings.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from summarizer.text.countries import PARTIES
from ..context import Result
from ..page.article import ArticleText
from ..page.quote_spots import quote_spot, tail_of
from ..page.tokens import Token, tokenize, word_set
from ..people.names import TITLES
from ..people.party_names import party_mentions, party_of
from ..sentences.speech import PAPERS, SPEECH_VERBS
from .attribution_phrases import attribution_phrase, bare_quote
from .same_phrases import same_phrase
from .unnamed_sources import label_match

# Common nouns a body speaks through ("the federation replied").
BODY_NOUNS = word_set(
    """group grouping bloc alliance coalition cartel movement militia federation association
    union league council commission committee ministry court tribunal agency organisation
    organization body party forum board consortium authority parliament assembly"""
)
# Nouns that fit any body, whatever its name ("the group" for OPEC+).
_ANY_BODY = word_set("group grouping bloc alliance coalition body organisation organization")
# Bodies of these kinds go by their own noun ("the agency", "the court"), never by a noun
# that fits any body: "the group" after "the International Energy Agency" is not the agency.
_INSTITUTIONS = word_set(
    """ministry court tribunal agency commission committee council department office authority
    parliament assembly bank army board"""
)
# Capitalised words that make a name a body's ("Rapid Support Forces", "Finance Ministry").
_BODY_WORDS = BODY_NOUNS | word_set("forces army rebels front brigades department office")
# Capitalised words of a body's name with no body noun ("the Red Cross", "Amnesty
# International", "Doctors Without Borders", "Greenpeace"): another body between.
_NGO_WORDS = word_set(
    """international watch cross crescent foundation institute fund programme program borders
    frontieres society trust observatory amnesty greenpeace oxfam unicef"""
)
# Group nouns that never stand for a person or a country ("the ministry" may be a country's).
_GROUPS = word_set(
    """group grouping bloc alliance coalition cartel movement militia federation association
    union league party organisation organization body"""
)
# A kind of body's nouns, which may stand for a body whose name writes no kind (see _unworded).
_KINDS = word_set("party movement militia federation cartel union league association front")
# A noun that stands for a body whose name writes a kindred noun: a trade union named an
# association, a federation or a congress ("the union" for the British Medical Association).
_KINDRED = {"union": word_set("association federation confederation congress guild syndicate")}
_OWNED = PAPERS | word_set("post message resolution ruling listing filing")
_OWNERS = word_set("its their")
_UNNAMED = word_set("a an one the some two three four")  # how an unnamed value opens
_PARAGRAPHS = 3  # how far back the value's mention may stand
_CHAIN = 3  # continued quotes read back through at most this many sentences
_ENDING = 8  # words an earlier quote's own sentence may have after it, for a continuation


def _words(value: str) -> list[tuple[str, ...]]:
    """The value's words as the article's phrases are searched for: by token ("poland",
    "football", "association") and, when that differs, as written ("m23" for "M23")."""
    found: list[tuple[str, ...]] = []
    for words in (
        tuple(t.norm for t in tokenize(value)),
        tuple(w.lower().rstrip("+") for w in value.split()),
    ):
        words = words[1:] if words[:1] == ("the",) else words
        if words and words not in found:
            found.append(words)
    return found


def _acronym(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isupper()


def _body_value(value: str, article: ArticleText) -> bool:
    """Whether the value names a body: an acronym ("OPEC+", "M23"), a name with a body word,
    an organisation of the party table (Hamas: a party with no people's word, as a country
    has), or one word the article writes after "the" ("the Houthis")."""
    if any(len(w) > 1 and w.rstrip("+").isupper() for w in value.split()):
        return True
    if any(t.norm in _BODY_WORDS for t in tokenize(value)):
        return True
    key = party_of(value)
    if key is not None and not PARTIES[key][1]:
        return True
    words = _words(value)[0] if _words(value) else ()
    return len(words) == 1 and bool(article.phrase_spans(("the", *words)))


def _mentions(article: ArticleText, value: str) -> list[tuple[int, int]]:
    """Where the article names the value ("OPEC+" is not "OPEC", nor "OPEC" "OPEC+")."""
    plus = value.rstrip().endswith("+")
    text = article.text
    spans = {span for words in _words(value) for span in article.phrase_spans(words)}
    return sorted(span for span in spans if (text[span[1] : span[1] + 1] == "+") == plus)


def _fits(noun: str, phrase: Sequence[Token], value: str) -> bool:
    """Whether the phrase's noun can stand for the value (see the module's doc)."""
    words = {word for form in _words(value) for word in form}
    kind = noun in _KINDS and _unworded(value)  # "the party" for the AfD
    kind = kind or bool(words & _KINDRED.get(noun, frozenset()))  # "the union" for the BMA
    if noun and noun not in words and not kind and (noun not in _ANY_BODY or _INSTITUTIONS & words):
        return False  # "the court" is no name for OPEC+, "the group" none for an agency
    plural = any(form[-1].endswith("s") for form in _words(value))
    return phrase[0].norm != "their" or plural  # "their statement": a plural name's


def _unworded(value: str) -> bool:
    """Whether the value is a body whose name writes no kind of body: an acronym ("AfD",
    "FIFA", "SNP") or an organisation of the party table ("Hamas", "Hezbollah"). A kind of
    body's noun ("the party", "the movement", "the federation") may stand for it."""
    if (
        any(len(w) > 1 and w.rstrip("+").isupper() for w in value.split())
        and len(value.split()) == 1
    ):
        return True
    if (
        len(value) > 2
        and value[0].isupper()
        and sum(c.isupper() for c in value) >= 2
        and " " not in value
    ):
        return True  # "AfD"
    key = party_of(value)
    return key is not None and not PARTIES[key][1]


def _blocked(tokens: Sequence[Token], noun: str, own: set[int], value: str) -> bool:
    """Whether another body stands in ``tokens``: an acronym, a capitalised body word or an
    organisation of the party table ("Islamic Jihad") that is not the value's own mention,
    or another use of the phrase's noun."""
    for token in tokens:
        if token.start in own:
            continue
        if token.norm in (noun, noun + "s") and noun:
            return True
        if _acronym(token) and not _country(token.text):  # "the UAE" is no other body
            return True
        if token.capitalised and token.norm in _BODY_WORDS | _NGO_WORDS:
            return True
    key = party_of(value)
    return any(
        found != key and not PARTIES[found][1] and tokens[at].start not in own
        for at, found, _, _ in party_mentions(tokens)
    )


def _country(word: str) -> bool:
    """Whether an acronym is a country's ("UAE", "US"): a member a body's list of members
    names, never another body the body's noun could mean (check 68, session 31)."""
    key = party_of(word)
    return key is not None and bool(PARTIES[key][1])


def _person_or_country(value: str, article: ArticleText) -> bool:
    """Whether the value is a country (a party with a people's word) or a person the article
    writes after a title ("Treasury Secretary Scott Bessent"): what a group noun never is.
    An unknown name ("Human Rights Watch", "Unite") is neither."""
    key = party_of(value)
    if key is not None:
        return bool(PARTIES[key][1])
    text = article.text
    for start, _ in _mentions(article, value):
        before = tokenize(text[max(start - 40, 0) : start])
        if before and before[-1].norm in TITLES and text[start - 1 : start] == " ":
            return True
    return False


def _phrase_kind(phrase: Sequence[Token]) -> str | None:
    """The noun a body phrase turns on ("group" for "the paramilitary group", "" for "its
    statement"), or None when the phrase is not a body's."""
    if len(phrase) < 2 or any(t.capitalised for t in phrase[1:]):
        return None
    head, first = phrase[-1], phrase[0].norm
    if first in _OWNERS and head.norm in _OWNED:
        return ""
    if first != "the":
        return None
    if head.norm in BODY_NOUNS:
        return head.norm
    owner = phrase[-2]
    if head.norm in _OWNED and owner.text.endswith("'s") and owner.norm in BODY_NOUNS:
        return owner.norm  # "the group's statement"
    return None


def _body_match(article: ArticleText, phrase: Sequence[Token], value: str) -> bool:
    noun = _phrase_kind(phrase)
    if noun is None or not _body_value(value, article) or not _fits(noun, phrase, value):
        return False
    at = phrase[0].start
    before = [span for span in _mentions(article, value) if span[1] <= at]
    if not before:
        return False
    start, end = before[-1]
    if article.paragraph_at(at) - article.paragraph_at(start) > _PARAGRAPHS:
        return False
    own = {t.start for s, e in before for t in tokenize(article.text[s:e], s)}
    between = tokenize(article.text[end:at], end)
    if _kindred_only(noun, value) and _named_run(between, own):
        return False  # "the union" for the BMA, with the RCN named nearer
    return not _blocked(between, noun, own, value)


def _kindred_only(noun: str, value: str) -> bool:
    """Whether the noun fits the value only as a kindred noun ("union" for an association)."""
    words = {word for form in _words(value) for word in form}
    return noun not in words and bool(words & _KINDRED.get(noun, frozenset()))


def _named_run(tokens: Sequence[Token], own: set[int]) -> bool:
    """Whether two capitalised words in a row, not the value's own, stand in ``tokens``: a
    name a kindred noun could as well mean ("the Royal College of Nursing")."""
    return any(
        a.capitalised and b.capitalised and a.start not in own and b.start not in own
        for a, b in pairwise(tokens)
    )


def body_match(article: ArticleText, phrase: Sequence[Token], value: str) -> bool:
    """Whether a body's phrase ("the union", "the group's statement") stands for the value
    (see the module's doc), wherever the phrase stands in its sentence."""
    return _body_match(article, phrase, value)


def _institution(noun: str, value: str) -> bool:
    """Whether the value names an institution by its own noun ("the International Energy
    Agency"): "the group" is never its name. A body whose kind of noun its name does not
    write ("the party" for the AfD, "the movement" for Hamas, "the federation" for FIFA) is
    no such case: the phrase may well be its."""
    words = {word for form in _words(value) for word in form}
    return noun not in words and bool(_INSTITUTIONS & words)


def _named_nearer(article: ArticleText, phrase: Sequence[Token], noun: str, value: str) -> bool:
    """Whether another body of the phrase's noun stands between the value's latest mention
    and the phrase: a name with the noun in it ("The Conservative Party" before "the party
    said", the value being the Labour Party) or "a/another NOUN" ("a group of traders")."""
    at = phrase[0].start
    before = [span for span in _mentions(article, value) if span[1] <= at]
    if not before or not noun:
        return False
    own = {t.start for s, e in before for t in tokenize(article.text[s:e], s)}
    between = tokenize(article.text[before[-1][1] : at], before[-1][1])
    for index, token in enumerate(between):
        if token.norm not in (noun, noun + "s") or token.start in own:
            continue
        if token.capitalised or (index and between[index - 1].norm in ("a", "an", "another")):
            return True
    return False


def _own_match(article: ArticleText, region: tuple[int, int], sentence: int, value: str) -> bool:
    phrase = attribution_phrase(article, region, sentence)
    if not phrase:
        return False
    return (
        _body_match(article, phrase, value)
        or label_match(article, phrase, value)
        or same_phrase(article, phrase, value)
    )


def _earlier(article: ArticleText, sentence: int) -> tuple[tuple[int, int], int] | None:
    """The last quote of the sentence before ``sentence`` that a bare quote continues, with
    that sentence's index, or None (another paragraph away, no quote, or a name after it)."""
    if sentence == 0:
        return None
    start, end = article.sentences[sentence - 1]
    here = article.paragraph_at(article.sentences[sentence][0])
    if here - article.paragraph_at(start) > 1:
        return None
    if here != article.paragraph_at(start) and article.paragraph_at(end - 1) != here - 1:
        return None
    quotes = [q for q in article.quoted if start <= q[0] < end]
    if not quotes:
        return None
    region = quotes[-1]
    after = tail_of(article, region, sentence - 1)
    if len(after) > _ENDING or any(t.capitalised for t in after):
        return None  # '"...," the group said, while Lee disagreed.'
    return region, sentence - 1


def _source(article: ArticleText, start: int, end: int) -> tuple[tuple[int, int], int] | None:
    """The quote whose own sentence attributes the one at ``start..end``: itself, or, for a
    bare quote, the one it continues (see :func:`_earlier`); None when the chain breaks."""
    region, sentence = quote_spot(article, start, end)
    for _ in range(_CHAIN):
        if not bare_quote(article, region, sentence):
            return region, sentence
        earlier = _earlier(article, sentence)
        if earlier is None:
            return None
        region, sentence = earlier
    return None


def collective_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` is the value's by a body's phrase, an unnamed
    source's, or as the continuation of such a quote (see the module's doc)."""
    for start, end in spans:
        source = _source(article, start, end)
        if source is None:
            continue
        phrase = attribution_phrase(article, *source)
        if phrase and _reporting(article, source, phrase):
            continue  # "The army said the group had promised "...."": the army's report
        if _own_match(article, *source, value):
            return True
    return False


def group_refusal(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """A refusal when the quote's own phrase (or that of the quote it continues) is a body's
    common noun that cannot stand for the value: a group noun ("the group", "the bloc", "the
    federation") for a person or a country (:func:`_person_or_country`), a noun that fits
    any body for an institution ("the group" is not the International Energy Agency), or a
    body when another body of that noun stands nearer (:func:`_named_nearer`); and
    when it is "one of the sources" and the value is a name. Not when a verb of saying
    stands before the phrase (someone's report of the body's words). None leaves the quote
    to the other readings."""
    for start, end in spans:
        source = _source(article, start, end)
        phrase = attribution_phrase(article, *source) if source is not None else None
        if source is None or not phrase or _reported(article, source, phrase):
            continue  # "X said the association had called it "..."": X's report (unconfirmed)
        noun = _phrase_kind(phrase)
        if noun in _GROUPS and (
            _person_or_country(value, article)
            or (noun in _ANY_BODY and _institution(noun, value))
            or _named_nearer(article, phrase, noun, value)
        ):
            return False, f"the quote's own sentence gives it to {_said(phrase)}, not {value!r}"
        if noun in _INSTITUTIONS and _worded_other(noun, value, article):
            return False, f"the quote's own sentence gives it to {_said(phrase)}, not {value!r}"
        if business_phrase(phrase) and _worded_other("", value, article, True):  # not a council
            return False, f"the quote's own sentence gives it to {_said(phrase)}, not {value!r}"
        partitive = [t.norm for t in phrase[:3]] == ["one", "of", "the"]
        if partitive and tokenize(value)[:1] and tokenize(value)[0].norm not in _UNNAMED:
            return False, f"the quote is {_said(phrase)}'s, whom the article does not name"
    return None


def _worded_other(noun: str, value: str, article: ArticleText, offices: bool = False) -> bool:
    """Whether the value's name writes a body's kind, not ``noun`` (``offices``: a department's
    too; an "X Group" is a business's, not a cause's "Action Group": rv43a; acronyms left)."""
    if not _body_value(value, article) or _unworded(value):
        return False
    words = {word for form in _words(value) for word in form}
    kinds = BODY_NOUNS | word_set("company firm corporation airline carrier")
    group = word_set("group") if offices and not words & _CIVIC else frozenset()
    kinds = (kinds - group) | word_set("department office") if offices else kinds
    return noun not in words and bool(words & kinds) and not _kindred_only(noun, value)


_CIVIC = word_set("action working pressure campaign crisis advocacy study research residents")
# A business's nouns ("The firm said"): never a body whose name writes a body's noun, such as
# the Financial Reporting Council or the Department of Justice that fined or sued the firm.
BUSINESSES = word_set("company firm corporation carmaker automaker insurer lender retailer")


def business_phrase(phrase: Sequence[Token]) -> bool:
    """Whether the phrase is "the" and a business's noun ("the firm")."""
    return len(phrase) == 2 and phrase[0].norm == "the" and phrase[1].norm in BUSINESSES


def _reported(
    article: ArticleText, source: tuple[tuple[int, int], int], phrase: Sequence[Token]
) -> bool:
    """Whether a verb of saying stands before the phrase in its sentence: the phrase's words
    are then someone's report."""
    sentence_start = article.sentences[source[1]][0]
    before = article.outside_quotes(sentence_start, phrase[0].start)
    return any(t.norm in SPEECH_VERBS for t in before)


def _reporting(
    article: ArticleText, source: tuple[tuple[int, int], int], phrase: Sequence[Token]
) -> bool:
    """Whether the phrase is the subject of a clause a verb of saying reports, with no comma
    between ("The Israeli army said the group had promised "..."", "the prime minister said
    the movement had told him "...""): the quote is then the reporter's account, which the
    other readings judge. "Asked whether ..., the association replied" has its comma."""
    if phrase[0].start > source[0][0]:
        return False  # '"...," said one of the negotiators': the quote's own attribution
    sentence_start = article.sentences[source[1]][0]
    before = article.outside_quotes(sentence_start, phrase[0].start)
    text = article.text
    for token in before:
        if token.norm in SPEECH_VERBS:
            gap = text[token.end : phrase[0].start]
            if "," not in gap and '"' not in gap and "\u201c" not in gap:
                return True
    return False


def _said(phrase: Sequence[Token]) -> str:
    return " ".join(t.text for t in phrase)


__all__ = [
    "BODY_NOUNS",
    "BUSINESSES",
    "body_match",
    "business_phrase",
    "collective_verdict",
    "group_refusal",
]
