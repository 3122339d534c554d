"""A quote credited by "he" or "she", given to the one person the nearest earlier sentence that
names anyone names, past sentences that name no one at all, read for
:mod:`summarizer.verification.quotes.continued_speakers` (session 61, writer sp61; here in
sentences/ because quotes/ holds its 70 modules).

News names a person once and then goes on about the matter in sentences that name no one
("Most of the money sits at Euroclear.", "Sanctions have not worked.", "Afterwards he said he
was "really sorry""), then gives a quote to "he" or "she". The older read-back stopped at
the first such sentence and took its capitalised opener ("Sanctions", "Afterwards",
"Whenever"), a place ("Back in Washington"), a nationality or a month for the one "he" stands
for, and refused the right speaker. A subject pronoun points to the nearest person the page
names before it; a sentence that names no person and tells of no person by a common noun
("the minister", "his counterpart") offers no one, so the reading goes on to the sentence
before it, as a reader does (:func:`antecedents.named_alone` reads each sentence: "none"
when it names no one).

The quote is the value's when:
- the value reads as one person's name (two or more capitalised words, none a body's last
  word) and the page writes it in full; the quoted words do not name it and do not speak of
  a "he" or "she" without an "I" ("He is devastated," he said: said of someone);
- the quote's own sentence, outside quotation marks, holds "he" or "she" (the first of them
  is the pronoun read back), names no person and tells of no person by a common noun before
  it (:func:`named_alone` "none": "The minister said ... he" is left alone), opens with no
  word that may be a name, names no one after it but a hearer or a place ("As he left,
  Demir offered a line:" is Demir's; "she told Councillor X", "he said in Oslo"), names the
  value nowhere ('"...," she told X': the hearer), and relays no one ("citing", "quoting");
- walking back from the sentence before (in its paragraph and up to two paragraphs before,
  at most six sentences; of a sentence the splitter ran a headline, byline or dateline into,
  its last line), every sentence passed names no one, tells of no person by a common noun
  (but the value's own title or apposition: "Finance Minister X", "the cabinet member for
  roads, X,"; not "a spokesman for X"), and holds no pronoun but the quote's own ("he"
  carries a chain: "He praised the deal."); a quoted sentence is read by its words outside
  the marks. Every sentence read opens with no word that may be a person: a capitalised
  word that is no function word, title, month, day or number word, no common word (the word
  lists of :mod:`summarizer.text.ordinary`) nor a country, capital or people's word, and
  that the page never writes in lower case; a word the page writes as a surname ("Trump"
  beside "President Donald Trump", "Jordan" beside "Rep. Cal Jordan") always may be. A
  sentence opening with a quote credited right after by another capitalised word ('"...,"
  Blumenthal said, standing beside Graham') stops the walk (:func:`named_alone` reads past
  a sentence's first word);
- the first sentence that names anyone names the value and no one else
  (:func:`named_alone` "yes"), holds no "he" or "she" of its own ("With Mayor X at his
  side, he promised": the "he" is someone else) and no he/she/his/her before the value
  ("He thanked Carney"), no other name after "by", "from" or "with", and no sentence before
  it in its paragraph names another person ("Kai Morten and Jonas Lund signed. "...,"
  Morten said. ... "...," he said": either may be the "he");
- no veto of the older read-back holds (:func:`readback_vetoes.refused_readback`) and the
  page does not mark the value with the other gender nor name another of the pronoun's
  gender between (:func:`genders.pronoun_verdict` is "yes").
It only accepts: any other shape is left to the readings before it, and another person
named in the first sentence that names anyone keeps a wrong value refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from summarizer.text.countries import PARTIES
from summarizer.text.ordinary import common_words
from summarizer.text.vocabulary import MONTHS, NUMBER_WORDS, STOPWORDS, WEEKDAYS
from ..page.article import ArticleText
from ..page.quote_spots import quote_spot
from ..page.stamps import without_stamp
from ..page.tokens import Token, tokenize, word_set
from ..people.holder_words import PEOPLE
from ..people.joined_bodies import speaker_parts
from ..people.names import PARTICLES, TITLES, find_named, split_people, writes_name
from ..people.role_descriptions import OFFICE_WORDS
from .antecedents import PRONOUNS, capitalised_runs, named_alone
from .genders import pronoun_verdict
from .readback_vetoes import refused_readback
from .thing_runs import owner_only, without_things

# Words that hand the words on to someone else, in the quote's own sentence.
_RELAYS = word_set("citing quoting according relaying reading")
# Common nouns that tell a person: the "he" may stand for them rather than for the name.
_PERSON_NOUNS = (
    TITLES
    | word_set(
        """spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney deputy wife
    husband son daughter brother sister father mother envoy rival counterpart premier
    minister president chancellor secretary chief leader governor senator ambassador
    official manager coach boss founder owner executive director chairman chairwoman chair
    head analyst economist critic colleague friend partner officer judge prosecutor
    detective inspector captain player striker teammate man woman boy girl resident
    witness neighbour neighbor host guest mayor king queen prince princess pope monarch
    commander general colonel candidate nominee lawmaker legislator mp congressman
    congresswoman representative delegate negotiator mediator diplomat investor billionaire
    founder ceo cfo designer presenter reporter correspondent anchor interviewer host
    chairperson successor predecessor veteran nationalist conservative liberal democrat
    republican socialist spaniard frenchman official officials source sources people"""
    )
    | (PEOPLE - OFFICE_WORDS)
    | word_set(
        """skipper keeper winger rookie teenager youngster newcomer widow widower surgeon doctor
    nurse farmer novelist author singer actor actress artist sprinter rider cyclist jockey
    athlete"""
    )
)  # review rv61s: "The skipper has a year left", "The keeper saved a penalty"; the
# office words aside ("first", as in "First Minister": "the first person from his island")
_ANY_PRONOUN = word_set("he she him his her hers himself herself")
_BODY_ENDS = word_set(
    """media council ministry police authority commission group company bank office government
    agency court union committee department board association federation institute university
    motors holdings partners industries foods homes systems steel airways airlines air trust
    plc inc ltd llc corp corporation limited airport services brands club party post times
    news press network fund mills paper water rail"""
)
_TITLE_REACH = 3  # words of a title or an apposition beside the value's name
_AGENT_WORDS = word_set("by from with")
_STEPS = 6  # sentences read back at most
_PARAGRAPHS = 2  # paragraphs back at most


def walk_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` is ``value``'s by the reading of the module."""
    if not _person_like(value) or not writes_name(value, article):
        return False  # "Sergei Lavrov" on a page that writes only "Lavrov"
    parts = speaker_parts(value)
    text = article.text
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        quoted = text[region[0] : region[1]]
        if sentence < 1 or _names_in(quoted, parts, text) or _of_another(quoted):
            continue  # "Weston must go," "He is devastated," he said: the one spoken of
        closing = max(sentence, article.sentence_at(region[1]))
        own = _outside(article, sentence, closing)
        at = next((i for i, t in enumerate(own) if t.norm in PRONOUNS), None)
        if at is None or _describes(own[:at]) or any(t.norm in _RELAYS for t in own):
            continue  # "The minister said ... he": the description may be the "he"
        pronoun = own[at].norm
        if named_alone(parts, own[:at], pronoun, text) != "none" or _named(own, parts, text):
            continue  # the quote's sentence names someone: the older readings decide
        if (
            _later_name(own, at, text)
            or _someone_opens(article, own[:at], parts)
            or _credited_other(article, sentence, own, parts)
        ):
            continue  # "Trump later told reporters she had phoned him and called it "...""
        found = _walk(article, sentence, region[0], parts, pronoun)
        if found is not None and _fits(article, found, region[0], parts, pronoun):
            return True
    return False


def _walk(
    article: ArticleText, sentence: int, quote_start: int, parts: Sequence[str], pronoun: str
) -> int | None:
    """The start of the first sentence before the quote's that names anyone, when every
    sentence passed names no one, tells of no one and holds no other pronoun; else None."""
    text = article.text
    paragraph = article.paragraph_at(quote_start)
    for index in range(sentence - 1, max(sentence - 1 - _STEPS, -1), -1):
        first, last = article.sentences[index]
        if paragraph - article.paragraph_at(first) > _PARAGRAPHS:
            return None
        line = _last_line(article, first, last)
        tokens = without_things(line, parts, text)
        if not tokens:
            continue
        if len(tokens) < len(line) and _agent(tokens, parts, text):
            return None  # "The Kettle Ridge Trust, led by Jo Farr, raised it": Farr may be
        if _describes(tokens, parts, text):
            return None  # "The Spaniard had lowered expectations": the "he" may be his
        held = {t.norm for t in tokens if t.norm in _ANY_PRONOUN}
        if _someone_opens(article, tokens, parts) or _credited_other(article, index, tokens, parts):
            return None  # "Umerov said ...", '"...," Blumenthal said, beside Graham'
        verdict = named_alone(parts, tokens, pronoun, text)
        if verdict == "yes" and owner_only(tokens, parts, text):
            return None  # "Jenna Pole, Rusk's deputy, told parents": the deputy's "she"
        if verdict == "yes":  # "He thanked Carney": an object, not the "he"
            if _pronoun_before(tokens, parts, text) or _rival_before(
                article, index, parts, pronoun
            ):
                return None
            if any(t.norm in PRONOUNS for t in tokens):
                return None  # "With Mayor X at his side, he promised": the "he" is another's
            return first
        if verdict == "other":
            return None
        if held - _same(pronoun):
            return None  # "She met the envoy": another person's pronoun between
    return None


def _fits(
    article: ArticleText, first: int, quote_start: int, parts: Sequence[str], pronoun: str
) -> bool:
    """The vetoes a read-back to the sentence at ``first`` must pass."""
    text = article.text
    index = article.sentence_at(first)
    tokens = _last_line(article, first, article.sentences[index][1])
    if _agent(tokens, parts, text) or refused_readback(article, first, quote_start, parts):
        return False
    return pronoun_verdict(article, parts, pronoun, first, quote_start) == "yes"


def _last_line(article: ArticleText, first: int, last: int) -> Sequence[Token]:
    """A sentence's words outside quotation marks on its last line: a headline, a byline or
    a dateline the splitter ran into the lead is no part of the lead's sentence."""
    text = article.text
    tokens = without_stamp(article.outside_quotes(first, last), text)
    breaks = [
        at for at in range(1, len(tokens)) if "\n" in text[tokens[at - 1].end : tokens[at].start]
    ]
    return tokens[breaks[-1] :] if breaks else tokens


def _agent(tokens: Sequence[Token], parts: Sequence[str], text: str) -> bool:
    """Whether a name other than the value's stands right after "by", "from" or "with" (an
    agent or a companion the "he" may be: "read out by Arne Holm", "with Mayor Tom Vickers")."""
    spans = [span for part in parts for span in find_named(part, list(tokens), text)]
    for first, last in capitalised_runs(tokens, text):
        if first == 0 or tokens[first - 1].norm not in _AGENT_WORDS:
            continue
        if all(t.norm in MONTHS or t.norm in WEEKDAYS for t in tokens[first : last + 1]):
            continue  # "by Monday", "from June": a day
        if not any(start <= last and first <= end for start, end in spans):
            return True
    return False


def _outside(article: ArticleText, first: int, last: int) -> Sequence[Token]:
    """The words outside quotation marks of sentences ``first`` to ``last``."""
    start, end = article.sentences[first][0], article.sentences[last][1]
    return without_stamp(article.outside_quotes(start, end), article.text)


def _describes(tokens: Sequence[Token], parts: Sequence[str] = (), text: str = "") -> bool:
    """Whether the words tell of a person by a common noun ("the minister", "his host"),
    other than the value's own title or apposition ("Prime Minister Bart De Wever", "Ana
    Ruiz, the finance minister,")."""
    spans = [span for part in parts for span in find_named(part, list(tokens), text)]
    own = {at for first, last in spans for at in _beside(tokens, first, last, text)}
    return any(
        (t.norm in _PERSON_NOUNS or _people_noun(tokens, at, text)) and at not in own
        for at, t in enumerate(tokens)
    )


def _people_noun(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether a people's word stands as a noun for a person: after "the" and before a comma,
    a function word or the sentence's end ("The Brazilian, 29, arrives", "The Kenyan has
    won"; not "The Brazilian economy"; review rv61s)."""
    if at == 0 or tokens[at - 1].norm != "the" or not _place_word(tokens[at].text):
        return False
    if at + 1 == len(tokens):
        return True
    gap = text[tokens[at].end : tokens[at + 1].start]
    return "," in gap or tokens[at + 1].norm in STOPWORDS


def _beside(tokens: Sequence[Token], first: int, last: int, text: str) -> range:
    """The indexes of a name's title and apposition: up to three words before it, and after
    it three words or, when a comma follows the name, the words to the next comma or the
    sentence's end ("Mohammed Al-Khulaifi, minister of state at Qatar's foreign ministry,")."""
    begin = first
    while begin > 0 and first - begin < _TITLE_REACH and tokens[begin - 1].norm not in STOPWORDS:
        begin -= 1  # "Finance Minister Oren Talbot", not "a spokesman for Brenner"
    if first > 0 and "," in text[tokens[first - 1].end : tokens[first].start]:
        begin = first - 1  # "the cabinet member for roads, Idris Vaughan,": an apposition
        while begin > 0 and "," not in text[tokens[begin - 1].end : tokens[begin].start]:
            begin -= 1
    end = last + _TITLE_REACH
    if last + 1 < len(tokens) and "," in text[tokens[last].end : tokens[last + 1].start]:
        end = next(
            (
                at
                for at in range(last + 1, len(tokens) - 1)
                if "," in text[tokens[at].end : tokens[at + 1].start]
            ),
            len(tokens) - 1,
        )
    return range(begin, end + 1)


def _someone_opens(article: ArticleText, tokens: Sequence[Token], parts: Sequence[str]) -> bool:
    """Whether the sentence's first word may be a person other than the value: a capitalised
    word that is no function word, title, month or day, no common word and not written in
    lower case on the page, and not the value's name (:func:`named_alone` reads past a
    sentence's first word, whose subject the older reading had already judged)."""
    if not tokens:
        return False
    first = tokens[0]
    if not first.capitalised or first.norm in STOPWORDS or first.norm in TITLES:
        return False
    if first.norm in MONTHS or first.norm in WEEKDAYS or first.norm in NUMBER_WORDS:
        return False
    spans = [span for part in parts for span in find_named(part, list(tokens), article.text)]
    if any(span[0] <= _TITLE_REACH for span in spans):
        return False  # the value itself, or its title: "Finance Minister Oren Talbot"
    if _surname(first.text, article.text):
        return True  # "Trump broke the news" on a page of "President Donald Trump"
    if first.norm in common_words() or _place_word(first.text):
        return False  # "Sanctions have not worked", "Moscow's team is led by X"
    return not re.search(rf"\b{re.escape(first.text.lower())}\b", article.text)


@cache
def _place_words() -> frozenset[str]:
    """One-word country names, their people's adjectives and their capitals (the table of
    :mod:`summarizer.text.countries`), lower case: a sentence may open with one, never a "he"."""
    return frozenset(
        alias.lower()
        for names, people, capitals, _ in PARTIES.values()
        for alias in (*names, *people, *capitals)
        if " " not in alias
    )


def _place_word(word: str) -> bool:
    """Whether a word (its "'s" aside) is a country, a people's adjective or a capital."""
    return re.sub(r"['\u2019]s$", "", word).lower() in _place_words()


def _surname(word: str, text: str) -> bool:
    """Whether the page writes ``word`` after a capitalised word that is no function word,
    title, month or day: a person's last name ("Rep. Jim Jordan" for "Jordan criticised")."""
    word = re.sub(r"['\u2019]s$", "", word)
    for match in re.finditer(rf"\b([A-Z][\w'\u2019-]*)[ \t]+{re.escape(word)}\b", text):
        given = match.group(1).lower()
        if not (given in STOPWORDS or given in TITLES or given in MONTHS or given in WEEKDAYS):
            return True
    return False


def _later_name(own: Sequence[Token], at: int, text: str) -> bool:
    """Whether the quote's own sentence names someone after its pronoun other than a hearer
    or a place ("As he left, Demir offered a parting line:": Demir is the speaker; "she told
    Councillor X", "he said in Oslo" name a hearer and a place)."""
    for first, last in capitalised_runs(own[at + 1 :], text):
        first, last = first + at + 1, last + at + 1
        if own[first - 1].norm in _HEARER_WORDS:
            continue
        words = own[first : last + 1]
        if all(t.norm in MONTHS or t.norm in WEEKDAYS or t.norm in STOPWORDS for t in words):
            continue
        if len(words) == 1 and _place_word(words[0].text):
            continue
        return True
    return False


_HEARER_WORDS = word_set("told tells tell telling to in at on from")


def _credited_other(
    article: ArticleText, index: int, tokens: Sequence[Token], parts: Sequence[str]
) -> bool:
    """Whether a sentence that opens with a quote credits it, right after, to a capitalised
    word that is not the value's ('"...," Blumenthal said, standing beside Graham'):
    :func:`named_alone` reads past the first word outside the marks as an opener."""
    first, _ = article.sentences[index]
    start = tokens[0].start
    opening = article.quoted_region_at(start) is None and any(
        first <= q[0] < start for q in article.quoted
    )
    if not opening or not tokens[0].capitalised or tokens[0].norm in STOPWORDS:
        return False
    spans = [span for part in parts for span in find_named(part, list(tokens), article.text)]
    return not any(span[0] == 0 for span in spans)


def _rival_before(article: ArticleText, index: int, parts: Sequence[str], pronoun: str) -> bool:
    """Whether a sentence before sentence ``index`` in its paragraph names another person
    ("Kai Morten and Jonas Lund signed. "...," Morten said. ... "...," he said": the "he"
    may be either of the two the paragraph opened with)."""
    paragraph = article.paragraph_at(article.sentences[index][0])
    for before in range(index - 1, -1, -1):
        first, last = article.sentences[before]
        if article.paragraph_at(first) != paragraph:
            return False
        tokens = without_things(_last_line(article, first, last), parts, article.text)
        if named_alone(parts, tokens, pronoun, article.text) == "other":
            return True
    return False


def _pronoun_before(tokens: Sequence[Token], parts: Sequence[str], text: str) -> bool:
    """Whether a "he", "she", "his" or "her" stands before the value's first mention: the
    sentence is a chain's ("He thanked Carney"), whose person is not the one named."""
    spans = [span for part in parts for span in find_named(part, list(tokens), text)]
    first = min((span[0] for span in spans), default=len(tokens))
    return any(t.norm in _ANY_PRONOUN for t in tokens[:first])


def _named(tokens: Sequence[Token], parts: Sequence[str], text: str) -> bool:
    """Whether the words name the value ('"...," he told Wendel': spoken to, not by)."""
    return any(find_named(part, list(tokens), text) for part in parts)


def _same(pronoun: str) -> frozenset[str]:
    """The pronoun's own forms: a chain of "he", "his", "him" carries the same person."""
    if pronoun == "he":
        return word_set("he him his himself")
    return word_set("she her hers herself")


def _person_like(value: str) -> bool:
    """Whether the value reads as one person's full name: two or more capitalised words (a
    name's particles aside), none of them a body's last word."""
    words = value.split()
    if len(split_people(value)) != 1 or len(words) < 2 or words[-1].lower() in _BODY_ENDS:
        return False
    return all(word[:1].isupper() or word.lower() in PARTICLES for word in words)


def _of_another(quoted: str) -> bool:
    """Whether the quoted words speak of a third person ("he", "him", "her") and never of
    their speaker ("I", "me", "my"): "He is devastated," he said is said of someone."""
    words = set(re.findall(r"[a-z'\u2019]+", quoted.lower()))
    return bool(words & _THIRD) and not words & _FIRST


_THIRD = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_FIRST = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"})


def _names_in(quoted: str, parts: Sequence[str], text: str) -> bool:
    """Whether the quoted words name the value: "Weston must go," he said is not Weston's."""
    tokens = tokenize(quoted)
    return any(find_named(part, tokens, quoted) for part in parts)


__all__ = ["walk_verdict"]
