"""A person's ``name`` that names no person: read for
:func:`summarizer.verification.bylines.metadata.support_mention` when the fact is a person
(session 28: a small local model's people, replayed on the gold articles, went through as
verified: "article", "Melissa" and "Hurricane" of a hurricane, "Yankees" and "Los Angeles
Dodgers", "Russia").

The mention check asks only whether the page writes the words, and a page writes its storm,
its teams and its countries. A person's name is a name the page writes capitalised and uses
for a person; here a value is refused when the page (or the value itself) shows it is
something else:
- no capital letter at all, a schema label ("on_topic") or a web address: no name;
- a country, group or seat of government of the party table ("Russia", "NATO", "the
  Kremlin"), unless the page writes the word beside another name word, as a first name or a
  surname ("Jordan Bardella", "Chad Smith");
- a storm: the value opens with a storm word ("Hurricane", "Typhoon Haiyan"), or the page
  writes it right after one ("Hurricane Melissa", "Storm Ciaran") on a page that speaks of
  a storm, and never beside another name word;
- a team or other plural body: a name ending in "s" that the page writes after "the" (with
  only capitalised words between) and then with a plural verb ("the Los Angeles Dodgers
  are") or, followed by a preposition or a stop, in a sentence that speaks of a team or club
  ("since the New York Yankees of 1998"); never where a title or a first name stands before
  it;
- one word the page writes in lower case and never capitalised inside a sentence
  ("Article" for the page's "this article").

Left out: a person's name that is also a capital or a people's word ("Paris", "Dane"), a
family ("the Kennedys": no plural verb or team word), a surname used attributively ("the
Sanders campaign"), and a storm or team the page never names as such.
"""

from __future__ import annotations

import re

from summarizer.text.countries import PARTIES
from ..page.article import ArticleText
from ..page.tokens import POSSESSIVE_ENDINGS, SINGULAR_POSSESSIVES, Token, tokenize, word_set
from .names import NOT_NAMES, TITLES, first_name_in_text, name_parts

#: Words that name a storm before its name ("Hurricane Melissa", "Tropical Storm Erin").
STORM_WORDS = word_set("hurricane typhoon cyclone storm superstorm tropical depression")
_STORM_NOUN = re.compile(r"\b(?:storm|hurricane|typhoon|cyclone|landfall)s?\b")
_STORM_NOUNS = ("storm", "hurricane", "typhoon", "cyclone", "landfall")  # one is in every match
_GROUP_NOUNS = word_set("team teams club clubs franchise squad")  # not "side": "the Ukrainian side"
_PLURAL_VERBS = word_set("are were have do aren't weren't haven't don't")
_AFTER_GROUP = word_set("of in at from to and with since for after before against")
# Past verbs a team's name takes ("as the Kansas City Chiefs won"); a word in "-ed" too.
_PAST = word_set("won lost beat took made had came went held fell rose ran drew led kept left")
_LABEL = re.compile(r"[A-Za-z]_[A-Za-z]|https?://|www\.|\.(?:com|org|net)\b|@\w")
#: Head nouns that end a body's name, never a person's ("the Kennedy Center", "Met Office";
#: not "Court", "Hall", "House", "Church" or "Banks": surnames too).
_BODY_HEADS = word_set(
    """centre center office ministry council agency bureau commission committee institute
    university foundation corporation department authority parliament assembly senate
    congress administration association organisation organization federation party
    secretariat directorate tribunal club"""
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: Verbs of speaking a person takes and a storm or a team does not ("Reid said", "Hope told
#: jurors"; not "warned" or "threatened": a storm threatens).
#: Not sentences.speech.SPEECH_VERBS, which has both: "Storm Babet threatened" would speak.
_SPOKE = word_set("said says told tells added insisted argued replied explained recalled")


def _party_names() -> frozenset[tuple[str, ...]]:
    """The party table's names and seats as word tuples ("russia", ("white", "house")):
    capitals and people's words stay out, many are given names too ("Paris", "Dane")."""
    found: set[tuple[str, ...]] = set()
    for names, _people, _capitals, seats in PARTIES.values():
        for name in (*names, *seats):
            words = tuple(token.norm for token in tokenize(name))
            if words:
                found.add(words)
    return frozenset(found)


_PARTY_NAMES = _party_names()


def no_person(value: str, article: ArticleText) -> str | None:
    """Why ``value`` (a person fact's name) names no person, or None (see the module)."""
    if _LABEL.search(value):
        return f"{value!r} is a label or a web address, not a person's name"
    if not any(char.isupper() for char in value):
        return f"{value!r} is written in lower case: a common word, not a person's name"
    words = tuple(name_parts(value))
    if not words:
        return None
    key = ("no-person", words)
    if key not in article.memo:
        article.memo[key] = _why_not(value, words, article)
    why: str | None = article.memo[key]
    return why


def _why_not(value: str, words: tuple[str, ...], article: ArticleText) -> str | None:
    bare = words[1:] if words[0] == "the" else words
    if bare in _PARTY_NAMES and not _named_beside(bare, article):
        return f"{value!r} is a country or body the page names, not a person"
    if words[-1] in _BODY_HEADS and tokenize(value)[-1].capitalised:
        return f"{value!r} is the name of a body, not a person"
    if _ACRONYM.fullmatch(value.strip()) and _after_the(words, article):
        return f'the page writes {value!r} as a body ("the {value.strip()}"), not a person'
    if (
        words[0] in STORM_WORDS
        and tokenize(value)[0].capitalised
        and not (words[0] == "storm" and _speaks(words[-1:], article))
    ):
        return f"{value!r} names a storm, not a person"  # "Storm Reid" who speaks is one
    if _storm_named(words, article):
        return f"the page names a storm {value!r}, not a person"
    if _group_named(words, article):
        return f"the page writes {value!r} as a team or group, not a person"
    if len(words) == 1 and _common_word(words[0], article):
        return f"the page writes {value!r} as a common word, not a person's name"
    return None


def _after_the(words: tuple[str, ...], article: ArticleText) -> bool:
    """Whether the page writes ``words`` right after "the" ("the FBI"): a body's
    abbreviation, where a person's initials ("MBS", "AOC") stand alone."""
    for start, end in article.phrase_places(words):
        tokens, first = _around(article, start, end)
        if first and tokens[first - 1].norm == "the":
            return True
    return False


def _speaks(words: tuple[str, ...], article: ArticleText) -> bool:
    """Whether the page writes ``words`` as one who speaks: a speaking verb right after them
    ("Reid said"; not "said" before them: "aid workers said Haiyan had left ...")."""
    for start, end in article.phrase_places(words):
        tokens, first = _around(article, start, end)
        after = first + len(words)
        if after < len(tokens) and tokens[after].norm in _SPOKE:
            return True
    return False


def _around(article: ArticleText, start: int, end: int) -> tuple[list[Token], int]:
    """The tokens of the sentence holding ``[start, end)`` and the index of its first word."""
    index = article.sentence_at(start)
    tokens = article.sentence_tokens(index)
    first = next((i for i, token in enumerate(tokens) if token.start >= start), len(tokens))
    return tokens, first


def _goes_on(tokens: list[Token], last: int) -> bool:
    """Whether a capitalised name word follows the one at ``last`` ("Jordan Bardella")."""
    if last + 1 >= len(tokens) or tokens[last].text.lower().endswith(SINGULAR_POSSESSIVES):
        return False
    following = tokens[last + 1]
    return (
        following.capitalised
        and following.norm.isalpha()
        and following.norm not in TITLES
        and following.norm not in NOT_NAMES
        and following.start - tokens[last].end == 1
    )


def _named_beside(words: tuple[str, ...], article: ArticleText) -> bool:
    """Whether the page writes ``words`` beside another name word, as a first name with a
    surname after it or a surname with a first name before it."""
    for start, end in article.phrase_places(words):
        tokens, first = _around(article, start, end)
        last = first + len(words) - 1
        if _goes_on(tokens, last) or first_name_in_text(article.text, start) is not None:
            return True
    return False


def _storm_named(words: tuple[str, ...], article: ArticleText) -> bool:
    """Whether the page writes the value right after a capitalised storm word, speaks of a
    storm in lower case, and never writes the value beside another name word."""
    if len(words) > 2 or not _speaks_of_storms(article):
        return False  # without a storm noun the answer is False whatever the places say
    storm = False
    for start, end in article.phrase_places(words):
        tokens, first = _around(article, start, end)
        before = tokens[first - 1] if first else None
        if before is not None and before.norm in STORM_WORDS and before.capitalised:
            storm = True
        elif _goes_on(tokens, first + len(words) - 1) or (
            first_name_in_text(article.text, start) is not None
        ):
            return False  # "Melissa Jones" or "Anna Melissa": a person's name too
    if storm and _speaks(words, article):
        return False  # "Sandy said": the storm's namesake, a person who speaks
    return storm


def _speaks_of_storms(article: ArticleText) -> bool:
    """Whether the page speaks of a storm in lower case, read once per article: asked first,
    since without it no place of the value can make it a storm's name."""
    key = "speaks-of-storms"
    known: bool | None = article.memo.get(key)
    if known is None:
        lowered = article.lowered  # the regex's words first, by str.find (most pages lack all)
        known = article.memo[key] = any(noun in lowered for noun in _STORM_NOUNS) and (
            _STORM_NOUN.search(lowered) is not None
        )
    return known


def _group_named(words: tuple[str, ...], article: ArticleText) -> bool:
    """Whether the page writes a plural-looking name as a team or group (see the module)."""
    last = words[-1]
    if len(last) < 4 or not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return False
    group = False
    for start, end in article.phrase_places(words):
        tokens, first = _around(article, start, end)
        after = first + len(words)
        head = first - 1
        while head >= 0 and tokens[head].capitalised and tokens[head].norm != "the":
            if tokens[head].norm in TITLES or _possessive(tokens[head]):
                return False  # "the Rev. Dan Peters", "the Thunder's Jalen Williams"
            head -= 1
        if head < 0 or tokens[head].norm != "the" or first - head > 4:
            if first_name_in_text(article.text, start) is not None and first == head + 1:
                return False
            continue
        following = tokens[after] if after < len(tokens) else None
        if following is not None and following.norm in _PLURAL_VERBS:
            group = True
        elif following is None or _verb_or_stop(following):
            group = group or any(token.norm in _GROUP_NOUNS for token in tokens)
    return group


def _possessive(token: Token) -> bool:
    """Whether a word is a possessive ("Thunder's", "Chiefs'"): what follows is its member."""
    return token.text.lower().endswith(POSSESSIVE_ENDINGS)


def _verb_or_stop(token: Token) -> bool:
    """A preposition, a past verb or no word after a name: not a noun it qualifies ("the
    Sanders campaign")."""
    norm = token.norm
    return norm in _AFTER_GROUP or norm in _PAST or norm.endswith("ed") or not norm.isalpha()


def _common_word(word: str, article: ArticleText) -> bool:
    """Whether the page writes ``word`` in lower case and never capitalised inside a
    sentence (a sentence's or a line's first word is capitalised whatever it is)."""
    lower = capital = False
    for start, end in article.phrase_places((word,)):
        if article.text[start].islower():
            lower = True
            continue
        tokens, first = _around(article, start, end)
        following = tokens[first + 1] if first + 1 < len(tokens) else None
        if first > 0 or _goes_on(tokens, first) or (following and following.norm in _SPOKE):
            capital = True  # inside a sentence, or opening "Hope Hicks" or "Hope told"
            break
    return lower and not capital
