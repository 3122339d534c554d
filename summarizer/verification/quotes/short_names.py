"""The short name a long full name goes by: "Luiz Inacio Lula da Silva" is "Lula" after the
first mention, "Andres Manuel Lopez Obrador" is "Lopez", read for
:func:`summarizer.verification.quotes.speakers.name_forms`.

Iberian and Lusophone names give one or two given names, then the surnames; news calls the
person by the first surname (or a nickname standing there). So, where the article writes the
full name (the value's words, with any name words right before them: "Lula da Silva" stands
inside "Luiz Inacio Lula da Silva"), and that name has four or more words besides particles,
each word after the first two and before the last is a short form. Never a short form:
- a given name ("Inacio", "Manuel": the first two words), so a first name alone names no one;
- a particle ("da", "de", "bin") or any word after "bin"/"ibn" (a father's name, not his);
- a word of a name the article never writes in full ("Carlos Lula da Silva" made up around a
  bare "Lula": nothing ties the two);
- a word another person in the article also bears ("Hugo Lopez-Gatell" beside Lopez Obrador):
  then "Lopez said" could be either, and names neither.
Three-word names give none ("John Fitzgerald Kennedy": "Fitzgerald said" is not him); their
surname rule already reads "Garcia Marquez said". The last word is the surname rule's.
Whatever its length, a name the article gives right after the full name ("Andres Manuel Lopez
Obrador, known as AMLO,"; "nicknamed", "dubbed", "better known as") is its short form (check
22's probe).
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import name_key, tokenize
from ..people.names import (
    NOT_NAMES,
    PARTICLES,
    TITLES,
    first_name_in_text,
    is_proper,
    name_parts,
    norms,
)
from ..sentences.speech import SPEECH_VERBS

# Words after which the rest of a name is a father's or forebear's ("Mohammed bin Salman").
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben", "ould"})
# A capitalised word written right before the name (a given name the value dropped).
_WORD_BEFORE = re.compile(r"([A-Z\u00c0-\u00de][^\W\d_]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]*[-\u2010\u2011\u2013]?([A-Z\u00c0-\u00de][^\W\d_]*)")
_MIN_WORDS = 4  # given names (two) + surnames (two): the short form stands between


def short_forms(value: str, article: ArticleText) -> tuple[str, ...]:
    """The value's short forms the article may call the person by (see the module), once per
    article and value."""
    key = ("short-forms", value)
    known: tuple[str, ...] | None = article.memo.get(key)
    if known is None:
        forms = _known_as(value, article) + _short_forms(value, article) + _initials(value, article)
        forms += _bracketed(value, article) + _given_name(value, article)
        forms += _owned_forms(value, article)
        known = article.memo[key] = tuple(dict.fromkeys(forms))
    return known


_OWNED = re.compile(
    r"(?P<name>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)+)(?:'s|\u2019s) (?P<rest>.+)"
)


def _owned_forms(value: str, article: ArticleText) -> tuple[str, ...]:
    """ "Marta Kovac's office" as "Kovac's office" where the article writes "Marta Kovac" in
    full (a possessive surname standing for the full name given earlier; an outside check,
    40)."""
    match = _OWNED.fullmatch(value.strip())
    if match is None:
        return ()
    words = tuple(name_parts(match.group("name")))
    if len(words) < 2 or not article.phrase_spans(words):
        return ()
    surname = match.group("name").split()[-1]
    return (f"{surname}'s {match.group('rest')}",)


def _short_forms(value: str, article: ArticleText) -> tuple[str, ...]:
    if len(value.split()) < 2 or not is_proper(value):
        return ()
    words = tuple(name_parts(value))
    spans = article.phrase_spans(words)
    if not spans:
        return ()  # a full name the article never writes ties no short name to anyone
    full = _full_name(article, spans[0][0], words)
    if any(word in _PATRONYMIC for word in full):
        return ()
    named = [word for word in full if word not in PARTICLES]
    if len(named) < _MIN_WORDS:
        return ()
    return tuple(
        word.capitalize()
        for word in named[2:-1]
        if not _shared(word, full, article) and word not in TITLES
    )


def _initials(value: str, article: ArticleText) -> tuple[str, ...]:
    """ "AMLO" for "Andres Manuel Lopez Obrador", "JFK" for "John Fitzgerald Kennedy", "MBS"
    for "Mohammed bin Salman": the initials of a name of three or more words (its particles'
    letters counted or not), when the article writes the full name and the initials as a
    word in capitals (check 24's probe: "AMLO told reporters" after the full name). A
    two-word name's initials ("BJ") are none."""
    words = tuple(name_parts(value))
    if len(words) < 3 or not is_proper(value) or not article.phrase_spans(words):
        return ()
    named = [word for word in words if word not in PARTICLES]
    found: list[str] = []
    for run in (words, named):
        initials = "".join(word[0] for word in run).upper()
        if len(run) < 3 or not (initials.isalpha() and initials.isascii()):
            continue
        spans = article.phrase_spans((initials.lower(),))
        if any(article.text[start:end] == initials for start, end in spans):
            found.append(initials)
    return tuple(found)


# "Andres Manuel Lopez Obrador, known as AMLO,": the name the article gives the person right
# after the full name ("known as", "better known as", "nicknamed", "dubbed").
_KNOWN_AS = re.compile(
    r",?[ \t]+(?:(?:also|better|widely|popularly)[ \t]+)?(?:known[ \t]+as|nicknamed|dubbed)"
    r"[ \t]+[\"'\u201c\u2018]?([A-Z\u00c0-\u00de][\w\-]*)[\"'\u201d\u2019]?"
    r"(?=[ \t]*[,.;)]|[ \t]+[a-z])"
)


def _known_as(value: str, article: ArticleText) -> tuple[str, ...]:
    """The one-word name the article says the person is known by, right after writing the
    full name ("Andres Manuel Lopez Obrador, known as AMLO, spoke"); a name given to someone
    else, or of more than one word, is none."""
    if len(value.split()) < 2 or not is_proper(value):
        return ()
    spans = article.phrase_spans(tuple(name_parts(value)))
    text = article.text
    found = {match.group(1) for _, end in spans if (match := _KNOWN_AS.match(text, end))}
    return tuple(sorted(found))


# "the Ministry of External Trade (MET)": capitals in brackets right after the full name.
_BRACKETED = re.compile(r"[ \t]*\(([A-Z][A-Z0-9&]{1,9})\)")


def _bracketed(value: str, article: ArticleText) -> tuple[str, ...]:
    """The acronym the article writes in brackets right after the full name ("the Ministry
    of External Trade (MET) termed it"): the subject then ends with it, and it is the
    value's other name there (check 40)."""
    words = tuple(norms(tokenize(value)))
    if len(words) < 2:
        return ()
    text = article.text
    spans = article.phrase_spans(words)
    found = {match.group(1) for _, end in spans if (match := _BRACKETED.match(text, end))}
    return tuple(sorted(found))


def _given_name(value: str, article: ArticleText) -> tuple[str, ...]:
    """A given name before "bin"/"ibn"/"bint" ("Hamad" of "Hamad bin Khalid Al Sabah"):
    news writes such a person as an honorific and the given name ("Sheikh Hamad said") after
    the full name (check 40); only where the article writes the full name and never writes
    that first word before another capitalised word ("Sheikh Nasser Al Kuwari": another)."""
    words = [word for word in value.split() if word.lower().rstrip(".") not in TITLES]
    if len(words) < 3 or words[1].lower() not in _PATRONYMIC or not is_proper(value):
        return ()
    if not article.phrase_spans(tuple(norms(tokenize(" ".join(words))))):
        return ()
    first, patronymic = name_key(words[0]), words[1].lower()
    for _, end in article.phrase_spans((first,)):
        following = _NEXT_WORD.match(article.text, end)
        word = tokenize(following.group(1))[0].norm if following else patronymic
        if word != patronymic and word not in SPEECH_VERBS:
            return ()
    return (words[0],)


def _full_name(article: ArticleText, start: int, words: tuple[str, ...]) -> tuple[str, ...]:
    """The value's words with the given names the article writes right before them
    ("Luiz Inacio" before "Lula da Silva"), up to three words back, never a title."""
    text = article.text
    line_start = text.rfind("\n", 0, start) + 1
    before: list[str] = []
    at = start
    while len(before) < 3:
        match = _WORD_BEFORE.search(text, max(line_start, at - 30), at)
        if match is None:
            break
        norm = tokenize(match.group(1))[0].norm
        if norm in TITLES or norm in _NOT_GIVEN:
            break
        before.insert(0, norm)
        at = match.start()
    if before and at > line_start and text[at - 1 : at] not in (" ", "\t", "(", '"', "\u201c"):
        return words
    return (*before, *words)


# Capitalised words that open a sentence or a phrase without being a given name.
_NOT_GIVEN = frozenset(
    {"the", "a", "an", "and", "but", "with", "by", "of", "for", "to", "as", "on", "in", "at"}
)


def _shared(word: str, full: tuple[str, ...], article: ArticleText) -> bool:
    """Whether the article writes ``word`` with a name word that is not the full name's:
    another given name before it, or another capitalised word (or a dash) after it."""
    key = ("short-shared", word, full)
    known: bool | None = article.memo.get(key)
    if known is not None:
        return known
    keys = {name_key(part) for part in full}
    position = full.index(word)
    following = full[position + 1] if position + 1 < len(full) else None
    text = article.text
    known = False
    for start, end in article.phrase_spans((word,)):
        first = first_name_in_text(text, start)
        if first is not None and first not in keys:
            known = True
            break
        after = _WORD_AFTER.match(text, end)
        if after is None:
            continue
        joined = text[end : after.start(1)].strip(" \t") != ""
        next_word = tokenize(after.group(1))[0].norm
        if joined or next_word not in (following, *TITLES, *NOT_NAMES):
            known = True  # "Lopez-Gatell", "Lopez Rivas": another person's name
            break
    article.memo[key] = known
    return known


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][^\W\d_]*)")
_NAMES_BEFORE = re.compile(r"[A-Z\u00c0-\u00de]\w+[ \t]+[A-Z\u00c0-\u00de]\w+[ \t]+$")


def shared_first_word(value: str, article: ArticleText) -> bool:
    """Whether the article also writes the name's first word before another capitalised word
    ("Anwar Ibrahim" and "Anwar Hassan") or after a given name ("Luiz Inacio Lula da
    Silva" beside "Lula Queiroga"): then "Anwar said" could be either, and names neither."""
    words = norms(tokenize(value))
    key = ("first-word-shared", tuple(words))
    known: bool | None = article.memo.get(key)
    if known is None:
        known = False
        for start, end in article.phrase_spans((words[0],)):
            if _NAMES_BEFORE.search(article.text[max(start - 60, 0) : start]) and (
                first_name_in_text(article.text, start) is not None
            ):
                known = True  # "Luiz Inacio Lula da Silva" beside "Lula Queiroga"
                break
            following = _NEXT_WORD.match(article.text, end)
            if following is None:
                continue
            word = tokenize(following.group(1))[0].norm
            if word != words[1] and word not in NOT_NAMES and word not in SPEECH_VERBS:
                known = True
                break
        article.memo[key] = known
    return known
