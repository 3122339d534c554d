"""Names read against tokens: people, descriptions of speakers ("a White House official"),
places and titles.

A person is found by the full name, or by the surname when the word before it is not a
*different* first name ("Sen. Graham" supports Lindsey Graham; "Lindsey Graham" does not
support John Graham, and a shared first name never supports anything). Spelling variants of one
name (Sergei/Sergey, Zelensky/Zelenskyy) are the same token (``tokens.NAME_VARIANTS``); nothing
else is fuzzy, because "Rubin" is not "Rubio".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextvars import ContextVar
from functools import lru_cache

from summarizer.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import (
    CANONICAL,
    NAME_VARIANTS,
    SINGULAR_POSSESSIVES,
    Token,
    name_key,
    tokenize,
    word_set,
)
from .camel_names import camel_match
from .namewords import HONORIFICS, NAME_WORDS, SENTENCE_ADVERBS, spaced, word_is_name
from .shared_surnames import coordinated_given, titled_namesake

TITLES = word_set(
    """president pres vice sen senator rep representative secretary minister prime gov governor
    mr mrs ms dr gen general leader majority minority chancellor king queen prince pope deputy
    foreign defense defence state treasury envoy ambassador speaker chairman chair director
    spokesman spokeswoman spokesperson premier adm admiral lt col former acting special"""
)
# offices written in lower case before a name ("Council member Ruth Abend", "Principal Deputy
# Spokesperson Tommy Pigott"), and plural titles before joint names ("Senators Graham and
# Blumenthal")
TITLES |= word_set("member chief principal commissioner senators sens reps representatives")
_ARTICLES = frozenset({"a", "an", "the"})
_SPLIT_PEOPLE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", re.IGNORECASE)


def canonical(norm: str) -> str:
    return CANONICAL.get(norm, norm)


def norms(tokens: Sequence[Token]) -> list[str]:
    return [token.norm for token in tokens]  # already canonical (see article._norm)


def split_people(value: str) -> list[str]:
    """ "Trump and Scott Bessent" -> ["Trump", "Scott Bessent"]; "U.K., France, and other
    Western nations" -> three parts."""
    return list(_split_people(value))


@lru_cache(maxsize=4096)
def _split_people(value: str) -> tuple[str, ...]:
    return tuple(part for part in _SPLIT_PEOPLE.split(value.strip()) if part.strip())


PARTICLES = word_set("von van der den de des da di la le du del della dos bin al el")
# Words that are never a surname on their own ("He" is a pronoun, not Liu He).
_NOT_SURNAMES = word_set("he she it we they i you the a an may will can and")


_LOWER_IN_NAMES = _ARTICLES | PARTICLES


@lru_cache(maxsize=4096)
def is_proper(value: str) -> bool:
    """A proper name (every word capitalised, articles and particles aside: "Ursula von der
    Leyen") as opposed to a description ("a White House official", "American diplomats")."""
    words = [token for token in tokenize(value) if token.norm not in _LOWER_IN_NAMES]
    return bool(words) and all(token.capitalised or token.is_number for token in words)


def name_parts(value: str) -> list[str]:
    """A proper name's canonical tokens with leading titles dropped ("Sen. Lindsey Graham" ->
    lindsey graham); never drops the last token."""
    return list(_name_parts(value))


@lru_cache(maxsize=4096)
def _name_parts(value: str) -> tuple[str, ...]:
    parts = norms(tokenize(value))
    while len(parts) > 1 and (parts[0] in TITLES or parts[0] in _ARTICLES):
        parts = parts[1:]
    return tuple(parts)


def _run_at(haystack: list[str], needle: list[str], start: int) -> bool:
    return haystack[start : start + len(needle)] == needle


# Capitalised words that follow a surname without being part of the name ("Graham Tuesday"),
# post-nominal letters among them ("Deanna Heer KC", "Ana Ruiz MP": a rank, not a longer name).
NOT_NAMES = frozenset(
    (*WEEKDAYS, *MONTHS, "jr", "sr", "administration", *["kc", "qc", "mp", "mep", "msp"])
)
# Party labels and nationalities written right before a surname ("US Democrat Biden", "the
# Russian Lavrov"): a description, never a first name that would make the surname another
# person's (outside check 30 read "Democrat" as Biden's first name, so not Joe Biden).
LABELS_BEFORE = word_set(
    """democrat democrats republican republicans democratic conservative labour tory
    socialist liberal communist independent progressive centrist nationalist
    american russian ukrainian chinese british french german italian polish turkish
    japanese korean indian iranian israeli palestinian egyptian saudi syrian hungarian
    belarusian qatari canadian mexican brazilian"""
)


def _keys(tokens: Sequence[Token]) -> list[str]:
    return [name_key(token.norm) for token in tokens]


# Set while a speaker must be named in full: the article's bare surname is someone else's.
FULL_NAMES_ONLY: ContextVar[bool] = ContextVar("full_names_only", default=False)


def find_person(value: str, tokens: Sequence[Token], text: str = "") -> list[tuple[int, int]]:
    """Occurrences (first, last token index) of a person's name in ``tokens``: the full name,
    or the surname where the word before it is not a different first name and the word after
    it does not go on with the name (then it was a first name: "Tim" in "Tim Scott"). The
    name's words are not it where a dash joins them differently ("the Graham\u2013Blumenthal
    bill" names no Graham Blumenthal, "Jean-Noel Barrot" no Noel Barrot) or where a first
    name that is also a word is that word ("Will Trump attend?"); ``text``, the one the
    tokens' offsets point into, shows questions."""
    parts = [name_key(part) for part in name_parts(value)]
    if not parts:
        return []
    hay = _keys(tokens)
    if parts[-1] not in hay:
        return []  # one scan in C: most sentences do not hold the surname at all
    found: list[tuple[int, int]] = []
    surname, first_name = parts[-1], parts[0] if len(parts) > 1 else None
    given: set[str | None] = {None, *parts[:-1], *(part[:1] for part in parts[:-1])}
    given.add("-".join(parts[:-1]))
    dashed = _dashed_surname(value)
    for index in [at for at, key in enumerate(hay) if key == surname]:  # (one comprehension)
        start = index - len(parts) + 1
        if _name_goes_on(tokens, index) and not (
            first_name is not None
            and tokens[index + 1].norm in PARTICLES
            and start >= 0
            and _run_at(hay, parts, start)
        ):
            continue  # but "Ana Torres" is named in "Ana Torres de Silva" (check 24)
        if (
            start >= 0
            and _run_at(hay, parts, start)
            and (spaced(tokens, start, index, text) or camel_match(tokens, start, index, value))
        ):  # "TikTok" in the text for the value "TikTok" (camel_names)
            if first_name is not None and (
                tokens[index].joined != dashed
                or (parts[0] in NAME_WORDS and not word_is_name(tokens, start, text))
            ):
                continue  # "the Graham\u2013Blumenthal bill", "Will Trump attend?": no such name
            if first_name is None or not _compound_before(tokens, start):
                found.append((start, index))
                continue
            # "Jean-Noel Barrot": the surname alone, with its dashed first name, read below
        if surname in _NOT_SURNAMES:
            continue  # "He said" does not name Liu He
        if tokens[index].attached and tokens[index].capitalised:
            continue  # "McConnellAddison": a glued word opens a name, it is no bare surname
        head = index  # a dashed surname's first name stands before its first half
        while dashed and head > 1 and tokens[head].joined and tokens[head - 1].capitalised:
            head -= 1
        middle = parts[1:-1]  # "da Costa" of "Joana da Costa Lima", "bin" of "Ahmed bin Mubarak"
        if (
            not PARTICLES.isdisjoint(middle)
            and head > len(middle)
            and _run_at(hay, middle, head - len(middle))
        ):
            head -= len(middle)  # the first name stands before them (check 24)
        if first_name is not None and (
            FULL_NAMES_ONLY.get() or first_name_before(tokens, hay, head, text) not in given
        ):
            continue
        if first_name is not None and titled_namesake(tokens, head, text, surname, given, TITLES):
            continue  # "Prof Hale" beside "Professor Ruth Hale" (shared_surnames)
        found.append((index, index))
    return found


@lru_cache(maxsize=4096)
def _dashed_surname(value: str) -> bool:
    """Whether the name's last word is joined to the one before by a dash ("al-Sisi")."""
    tokens = tokenize(value)
    return len(tokens) > 1 and tokens[-1].joined


def _compound_before(tokens: Sequence[Token], start: int) -> bool:
    """ "Jean-Noel": the name's first word joined by a dash to a capitalised word before it."""
    return start > 0 and tokens[start].joined and tokens[start - 1].capitalised


def _name_goes_on(tokens: Sequence[Token], index: int) -> bool:
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    gap = following.start - tokens[index].end
    if following.norm in PARTICLES:  # "Ursula von der Leyen": Ursula goes on
        after = index + 1
        while after < len(tokens) and tokens[after].norm in PARTICLES:
            after += 1
        return after < len(tokens) and tokens[after].capitalised
    return (
        gap == 1
        and not following.joined  # "Trump-Putin" is two names
        and following.capitalised
        and following.norm.isalpha()  # "Sergey Lavrov's": Sergey goes on
        and len(following.text) > 1
        and following.norm not in TITLES
        and following.norm not in NOT_NAMES
        and following.norm not in _GATHERINGS  # "the Pacific Community Leaders meeting"
        and not tokens[index].text.lower().endswith(SINGULAR_POSSESSIVES)
    )


# Capitalised words after a group's name that name its meeting, not a longer name: "the
# Pacific Community Leaders meeting", "the SADC Heads of State summit" (checks 24 and 25).
_GATHERINGS = frozenset({"leaders", "ministers", "heads", "summit", "meeting"})


def first_name_before(
    tokens: Sequence[Token], hay: list[str], index: int, text: str = ""
) -> str | None:
    """The first name written right before a surname (its name key; a single letter for an
    initial; "jean-noel" for a dashed one), or None when a title, a lower-case word or nothing
    stands there, or the surname is dashed to the word before ("Graham\u2013Blumenthal")."""
    if tokens[index].joined or tokens[index].attached:
        return None  # "BradyKevin": a glued word has no first name before it
    before = index - 1
    while before >= 0 and len(hay[before]) == 1 and tokens[before].capitalised:
        if hay[before] in STOPWORDS and tokens[before + 1].start - tokens[before].end == 1:
            break  # "A Trump aide": the article opening a sentence; "A. Trump" is an initial
        before -= 1  # middle initials: "Donald J. Trump"
    # a first name stands one space (or line break) before; an initial's period adds one
    limit = 2 if len(hay[before + 1]) == 1 and before + 1 < index else 1
    if before < 0 or tokens[before + 1].start - tokens[before].end > limit:
        if before + 1 < index:  # only initials: "J. Trump"
            return hay[before + 1]
        return None
    word = tokens[before]
    if word.norm in NAME_WORDS:
        return hay[before] if word_is_name(tokens, before, text) else None
    if not word.capitalised or word.norm in TITLES or word.is_number or word.norm in NOT_NAMES:
        return None
    if word.norm in LABELS_BEFORE or word.norm in HONORIFICS:
        return None  # "US Democrat Biden", "Prof Rafferty": a label or a title
    if word.norm in STOPWORDS or word.norm in SENTENCE_ADVERBS:
        return None  # "The Trump administration", "An Abend aide", "Later Putin said"
    if word.joined and before and tokens[before - 1].capitalised:
        return f"{hay[before - 1]}-{hay[before]}"  # "Jean-Noel Barrot"
    return hay[before]


_WORD_BEFORE = re.compile(r"([^\W\d_]+)(\.?)(\s)\Z")


def first_name_in_text(text: str, start: int) -> str | None:
    """:func:`first_name_before` read straight from the text before offset ``start`` (a regex
    on a short slice: cheaper than tokenising a window around every mention of a surname)."""
    found = _first_name_at(text, start)
    return found[0] if found else None


def _first_name_at(text: str, start: int) -> tuple[str, int] | None:
    """:func:`first_name_in_text` with the offset its first name starts at."""
    match = _WORD_BEFORE.search(text, max(start - 40, 0), start)
    while match and len(match.group(1)) == 1 and match.group(2):  # an initial: "Donald J."
        previous = _WORD_BEFORE.search(text, max(match.start() - 40, 0), match.start())
        if previous is None or not previous.group(1)[:1].isupper():
            return name_key(match.group(1).lower()), match.start(1)
        match = previous
    if match is None or match.group(2):
        return None
    if start and text[start - 1] in _DASHES:
        return None  # "the Graham\u2013Blumenthal bill": two surnames
    word, first = match.group(1), match.start(1)
    norm = tokenize(word)[0].norm if word else ""
    if norm in NAME_WORDS:
        tokens = tokenize(text[max(start - 40, 0) : start + 1], max(start - 40, 0))
        words = [t for t in tokens if t.end <= start]
        if words and words[-1].norm == norm and word_is_name(words, len(words) - 1, text):
            return name_key(norm), first
        return None
    if not word[:1].isupper() or norm in TITLES or norm in NOT_NAMES or norm in STOPWORDS:
        return None  # "The Menon government": a sentence's first word, not a first name
    if norm in SENTENCE_ADVERBS:
        return None  # "Later Putin said"
    if first and text[first - 1] in _DASHES:  # "Jean-Noel Barrot": a dashed first name
        previous = _DASHED_BEFORE.search(text, max(first - 40, 0), first)
        if previous is not None and previous.group(1)[:1].isupper():
            dashed = f"{name_key(tokenize(previous.group(1))[0].norm)}-{name_key(norm)}"
            return dashed, previous.start(1)
    return name_key(norm), first


_PARTICLE_BEFORE = re.compile(r"([^\W\d_]+)[ \-\u2010\u2011\u2013]\Z")


def _given_before(text: str, start: int) -> frozenset[str]:
    """The given names written before a surname starting at ``start``, up to three, past
    particles: "Juan" of "Juan de la Cruz", "Ahmed" of "Ahmed Bin Mubarak", "Andres" and
    "Manuel" of "Andres Manuel Lopez Obrador", "Hamad" and "Tamim" of "Tamim bin Hamad Al
    Thani"."""
    found: set[str] = set()
    while len(found) < 3:
        while (match := _PARTICLE_BEFORE.search(text, max(start - 12, 0), start)) and (
            match.group(1).lower() in PARTICLES
        ):
            start = match.start(1)
        given = _first_name_at(text, start)
        if given is None:
            break
        found.add(given[0])
        start = given[1]
    lead = text[max(start - 60, 0) : start]
    extra = coordinated_given(text, start) if found and (" and " in lead or "&" in lead) else ()
    return frozenset(found | {name_key(word) for word in extra})  # "Chip and Amy Carter"


_DASHES = "-\u2010\u2011\u2013"
_DASHED_BEFORE = re.compile(r"([^\W\d_]+)[-\u2010\u2011\u2013]$")


def find_description(value: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Occurrences of a description's words in order within a short window ("a senior White
    House official" holds "a White House official"); articles are ignored."""
    wanted = [norm for norm in norms(tokenize(value)) if norm not in _ARTICLES]
    if not wanted:
        return []
    hay = norms(tokens)
    found: list[tuple[int, int]] = []
    for start, norm in enumerate(hay):
        if norm != wanted[0]:
            continue
        position, matched = start, 1
        while (
            matched < len(wanted) and position + 1 < len(hay) and position - start < len(wanted) + 2
        ):
            position += 1
            if hay[position] == wanted[matched]:
                matched += 1
        if matched == len(wanted):
            found.append((start, position if len(wanted) > 1 else start))
    return found


def find_named(value: str, tokens: Sequence[Token], text: str = "") -> list[tuple[int, int]]:
    """A person by name, or a speaker or actor by description, whichever the value is."""
    if is_proper(value):
        return find_person(value, tokens, text)
    return find_description(value, tokens)


def find_phrase(value: str, tokens: Sequence[Token], *, drop_article: bool = True) -> list[int]:
    """Start indexes where the value's tokens stand contiguously (whole tokens: "2025" is not
    "202")."""
    wanted = norms(tokenize(value))
    if drop_article and len(wanted) > 1 and wanted[0] == "the":
        wanted = wanted[1:]
    if not wanted:
        return []
    hay = norms(tokens)
    first = wanted[0]
    if first not in hay:
        return []  # (one scan in C: most values are not in most sentences)
    return [
        index for index, norm in enumerate(hay) if norm == first and _run_at(hay, wanted, index)
    ]


__all__ = ["NAME_VARIANTS", "find_description", "find_named", "find_person", "find_phrase"]


def first_name_conflict(part: str, article: ArticleText) -> bool:
    """Whether the article gives this surname only with other first names ("Rustem Umerov"
    throughout, so a bare "Umerov" later is Rustem too, never "Vladimir Umerov"), or the
    name's first word is a month or weekday the article never writes as this name's. The
    surname is the longest run of the name's last words the article writes, so a dashed
    ("Abdel-Salam"), particle ("Bin Mubarak", "de la Cruz") or two-word ("Lopez Obrador")
    one is read whole, and the given names are all those written before it (up to three)."""
    words = name_parts(part)
    if len(words) < 2 or not is_proper(part):
        return False
    if writes_name(part, article):
        return False  # the article writes this very name
    if words[0] in _DATE_WORDS:
        return True  # "In May, Rutte said": a month or weekday read as a first name
    cut = next((n for n in range(1, len(words) - 1) if article.has_phrase(tuple(words[n:]))), -1)
    surname, keys = tuple(words[cut:]), [name_key(p) for p in words[:cut]]
    memo_key = ("first-names", surname)
    seen = article.memo.get(memo_key)
    if seen is None:
        found = (_given_before(article.text, at) for at, _ in article.phrase_spans(surname))
        seen = article.memo[memo_key] = frozenset(run for run in found if run)
    given = set(keys) | {key[:1] for key in keys} | {"-".join(keys)}
    return bool(seen) and not any(run & given for run in seen)


# A month or weekday is a first name ("April Ryan", "May Boeve") only where the article
# writes the full name: a model copying "In May, Rutte said" or "On Monday, Rutte" makes one.
_DATE_WORDS = frozenset((*MONTHS, *WEEKDAYS))


def writes_name(part: str, article: ArticleText) -> bool:
    """Whether the article writes this full name as a name: its words in a row (punctuation
    between them allowed, as in a phrase), read as that person by :func:`find_person` ("the
    Graham\u2013Blumenthal bill" or "Will Trump attend?" write no such person)."""
    words = tuple(name_parts(part))
    if len(words) < 2:
        return article.has_phrase(words)
    key = ("writes-name", words)
    known: bool | None = article.memo.get(key)
    if known is None:
        text = article.text
        known = False
        for start, end in article.phrase_places(words):
            if _plainly_written(text, start, end, words[0]):
                known = True  # the words with spaces between, no dash before: the name
                break
            tokens = article.window_tokens(start, end)
            if any(first < last for first, last in find_person(part, tokens, text)):
                known = True
                break
        article.memo[key] = known
    return known


def _plainly_written(text: str, start: int, end: int, first: str) -> bool:
    """Whether a name's words stand at ``[start, end)`` with only spaces between them and no
    dash before them, its first word no :data:`NAME_WORDS` one: then they are the name,
    without tokenising a window to read them."""
    if first in NAME_WORDS or (start and text[start - 1] in _DASHES):
        return False
    return all(char.isalnum() or char in " .'\u2019" for char in text[start:end])
