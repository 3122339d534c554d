"""A full name in free text matched as one person, not word by word.

Free text's names are checked word by word (mentions.py), and two-letter words are skipped, so
a summary naming "Wang Yi" passed against an article whose only Wang is Wang Wentao (an outside
check, 46), and "Li Wentao" would pass beside "Li Qiang" and "Wang Wentao". Here a run of two
or three name words in free text ("Wang Yi", "Kim Yo Jong", "Maria Lopez") that the article
never writes as a name, in that order or (for two words) the other way round ("Orban Viktor"
for "Viktor Orban"), is flagged when the article writes one of its words beside another name
word: that word belongs to another person there. A name the article gives only with a title
("President Xi") or an initial ("Joseph R. Biden") has no other person in it, so "Xi Jinping"
and "Joseph Biden" are left to the word-by-word check, as is a middle name left out ("John
Kennedy" for "John Fitzgerald Kennedy"). Words that are no personal name break a run: titles,
honorifics, offices and institutions' nouns ("Foreign Ministry", "Security Council"), country
and people's words, months and weekdays, words the article writes in lower case, and words in
a hyphened compound ("the Xi-Trump Osaka meeting": two people, not one named "Trump Osaka").
Two words that are two people's names side by side are no run of one person's (a review of
session 22: "the Trump Putin summit", "the Modi Xi meeting"): two words each written in the
article as the last of a different full name ("Donald Trump", "Vladimir Putin"), or two words
each of another person's name with a noun of two parties' dealings right after them ("summit",
"talks", "call").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from summarizer.text.countries import PARTIES
from summarizer.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import Token, has_whole_word, word_set
from ..people.names import TITLES, writes_name
from .two_letter_names import two_letter_names

# The nouns of institutions, places and events that stand with capitals beside a name word
# ("Foreign Affairs", "Gaza City", "Camp David Accords"): no personal name.
_NOT_PERSONAL = word_set(
    """ministry ministries department office affairs council committee commission congress
    parliament assembly senate house court union nations states republic kingdom federation
    government administration agency authority bureau service services forces force army navy
    guard guards police party front movement league alliance coalition bank fund group company
    corporation times news post press agency institute university college school foundation
    association organisation organization center centre hall palace hotel airport square street
    avenue road city town province county state region district island islands sea ocean river
    gulf bay strait mountain mountains valley north south east west central northern southern
    eastern western new saint st crown prince princess emperor sultan sheikh emir ayatollah
    summit talks accord accords agreement treaty act bill day week media network club ltd inc
    jr sr ii iii iv sir lord lady dame rev reverend father bishop archbishop cardinal imam mullah
    rabbi sheikha mufti haji hajji judge justice captain capt colonel major sergeant marshal
    mayor madame mme monsieur herr frau senor senora don dona"""
)
# Nouns of two parties' dealings: two names right before one are two people ("the Modi Xi
# meeting"), not one person's full name.
_DEALINGS = word_set(
    """summit summits talks meeting meetings call calls deal deals pact pacts accord handshake
    phone rivalry feud relationship ties alliance encounter negotiations dialogue debate
    debates meet visit contest race showdown match matchup clash row spat axis detente truce
    partnership friendship bromance standoff"""
)
_COUNTRY_WORDS = frozenset(
    word.lower()
    for names, people, capitals, seats in PARTIES.values()
    for form in (*names, *people, *capitals, *seats)
    for word in form.split()
)
_MARKS = ("'", "\u2019")  # a possessive ends a run: "Beijing's Wang Yi"
_NEVER = TITLES | _NOT_PERSONAL | STOPWORDS | frozenset((*MONTHS, *WEEKDAYS))


def _name_word(word: str, article: ArticleText) -> bool:
    """Whether a capitalised word may be a personal name's: none of the words above, and not
    written in lower case in the article ("Un" of "Kim Jong Un" is no "UN")."""
    key = ("name-word", word)
    known: bool | None = article.memo.get(key)
    if known is None:
        article.memo[key] = known = _reads_as_name(word, article)
    return known


def _reads_as_name(word: str, article: ArticleText) -> bool:
    lowered = word.lower()
    return (
        len(word) >= 2
        and word.isalpha()
        and lowered not in _NEVER
        and (lowered not in _COUNTRY_WORDS or (len(word) == 2 and word[1].islower()))
        and not has_whole_word(article.text, lowered)
    )


def _runs(tokens: Sequence[Token], text: str, article: ArticleText) -> list[tuple[int, int]]:
    """(first, last) of each run of two or three name words with one space between them (and
    no possessive before the space). Only capitalised words beside another such word are
    asked whether they are name words, so most free text asks none."""
    capitals = [index for index, token in enumerate(tokens) if token.capitalised]
    joins = [
        index
        for before, index in pairwise(capitals)
        if before == index - 1
        and text[tokens[before].end : tokens[index].start] == " "
        and tokens[before].text[-2:-1] not in _MARKS
        and not _hyphened(tokens, before)
        and not _hyphened(tokens, index)
    ]
    runs: list[tuple[int, int]] = []
    first = last = -1
    for index in joins:
        if not _name_word(_bare(tokens[index]), article):
            continue
        if index == last + 1 and first >= 0:
            last = index
            continue
        if first >= 0 and 1 <= last - first <= 2:
            runs.append((first, last))
        first, last = (
            (index - 1, index) if _name_word(_bare(tokens[index - 1]), article) else (-1, -1)
        )
    if first >= 0 and 1 <= last - first <= 2:
        runs.append((first, last))
    return runs


def _hyphened(tokens: Sequence[Token], index: int) -> bool:
    """Whether a hyphen joins the token to a word beside it: a compound ("the Xi-Trump Osaka
    meeting", "Jean-Noel"), read by the word-by-word check, not as a run."""
    return tokens[index].joined or (index + 1 < len(tokens) and tokens[index + 1].joined)


def _bare(token: Token) -> str:
    return token.text.removesuffix("'s").removesuffix("\u2019s")


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` with one space between, or ""."""
    if start < 2 or text[start - 1] != " ":
        return ""
    index = start - 1
    while index > 0 and text[index - 1].isalpha():
        index -= 1
    return text[index : start - 1]


def _other_person(word: str, own: set[str], article: ArticleText) -> bool:
    """Whether the article writes ``word`` right beside a name word not in ``own`` (one space
    between): the word is another person's name there."""
    text = article.text
    for start, end in article.phrase_spans((word.lower(),)):
        if text[start:end] != word:
            continue
        after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        for other in (after.group() if after else "", _word_before(text, start)):
            if other[:1].isupper() and other.lower() not in own and _name_word(other, article):
                return True
    return False


_WORD = re.compile(r"[^\W\d_]+")


def _with_middle(run: Sequence[Token], article: ArticleText) -> bool:
    """Whether the article writes the run's words in order with one more name word or an
    initial between two of them ("John Fitzgerald Kennedy", "Joseph R. Biden" for "John
    Kennedy", "Joseph Biden"): the same person, a middle name left out."""
    words = [re.escape(_bare(token)) for token in run]
    pattern = r"\b" + _MIDDLE.join(words) + r"\b"
    return re.search(pattern, article.text) is not None


_MIDDLE = r"(?: [A-Z][\w'\u2019-]*\.?)? "
# Two capitalised words with one space between, found at C speed: a run's name words are
# letters (``_reads_as_name``), so its first and second word each open with a letter that is
# not a lower-case ASCII one, and a token holds no space.
_PAIR = re.compile(r"[^\W\d_a-z]\S* [^\W\d_a-z]")


def _first_names_before(word: str, article: ArticleText) -> set[str]:
    """The first names the article writes right before ``word`` where ``word`` ends the name
    ("Donald" of "Donald Trump", not of "Trump Tower" nor "Kim Jong Un")."""
    text = article.text
    firsts: set[str] = set()
    for start, end in article.phrase_spans((word.lower(),)):
        if text[start:end] != word:
            continue
        before = _word_before(text, start)
        after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        if after and after.group()[:1].isupper() and _name_word(after.group(), article):
            continue
        if before[:1].isupper() and _name_word(before, article):
            firsts.add(before)
    return firsts


def _two_people(run: Sequence[Token], after: Token | None, article: ArticleText) -> bool:
    """Whether a run of two words names two people (see the module): each the last word of a
    different full name, or each another person's name word before a noun of dealings."""
    if len(run) != 2:
        return False
    one, two = (_bare(token) for token in run)
    if after is not None and after.norm in _DEALINGS and not after.capitalised:
        return all(_other_person(word, {one.lower(), two.lower()}, article) for word in (one, two))
    firsts_one, firsts_two = _first_names_before(one, article), _first_names_before(two, article)
    return bool(firsts_one - {two}) and bool(firsts_two - {one})


def other_people(tokens: Sequence[Token], text: str, article: ArticleText) -> list[tuple[str, str]]:
    """(value, reason) for each full name of free text the article writes only as parts of
    other people's names, and each two-letter name it never uses ("Xi", two_letter_names.py)."""
    problems = two_letter_names(tokens, text, article)
    if not _PAIR.search(text):
        return problems  # no two capitalised words with a space between: no run (most text)
    for first, last in _runs(tokens, text, article):
        run = tokens[first : last + 1]
        name = " ".join(token.text for token in run).removesuffix("'s").removesuffix("\u2019s")
        if writes_name(name, article) or (
            len(run) == 2 and article.has_phrase((run[1].norm, run[0].norm))
        ):
            continue
        if not all(len(t.norm) <= 2 or article.uses(t.norm) for t in run):
            continue  # a word the article never writes is flagged by itself (mentions.py)
        own = {token.norm for token in run}
        clash = next((t.text for t in run if _other_person(t.text, own, article)), None)
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        if clash is None or _with_middle(run, article) or _two_people(run, after, article):
            continue
        reason = f"{name!r} is not named in the article (its {clash} is another person)"
        problems.append((name, reason))
    return problems
