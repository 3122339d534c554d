"""A person's ``role`` or ``affiliation`` that is no office and no body by its shape, read for
:mod:`summarizer.verification.people.person_rules` (session 28: a small local model's roles
"on_topic", "article", "Test Article", "person", "author", "speaker" and affiliations
"https://twitter.com/..." and "On the topic of on_topic, ..." went through as verified).

The free-text check only asks whether the value's capitalised words occur in the article, so a
lower-case label, a word the page writes of itself ("test article") or a web address passed.
Refused here, whatever the page says of the person:
- a web address, an e-mail or a handle, and a schema label (words joined by "_");
- a sentence: a colon with words after it, a copula ("is", "are", "was", "were") or more than
  twenty words (prompt debris, "The National Hurricane Center (NHC) is the lead agency");
- words for the page itself or for no one in particular ("article", "Test Article",
  "headline", "person", "individual");
- an affiliation that is a person's title ("Russian President", "Russia's deputy", "State
  Duma member from Crimea"; "the Prime Minister's Office" and "Office of the President" are
  bodies);
- a bare word for the person's part in the text, not an office ("author", "speaker",
  "source", "interviewee"), when the page never writes that word: a page that calls someone
  "the bill's author" or names the Speaker backs it (the role's other readings stay with
  :mod:`.role_holders`).

Left out, deliberately: a role in words the page does not write ("envoy" for "speaking for
Britain", "editor" for "editing by": outside checks' labellers write such roles, and they are
right), and any affiliation the page implies ("United States" for "the White House").
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set

_ADDRESS = re.compile(r"https?://|www\.|\S@\S|(?<!\w)@\w|\.(?:com|org|net|gov)/")
# A bare domain: an address, unless the page writes it capitalised as a firm ("Booking.com").
_DOMAIN = re.compile(r"\.(?:com|org|net|gov)\b")
_LABEL = re.compile(r"[A-Za-z]_[A-Za-z]")
_CLAUSE = re.compile(r":\s*\w|\b(?:is|are|was|were)\b")  # lower case: "IS" is a group
_LONGEST = 20
#: Words a model writes for the page itself or for someone in general: never a role or body.
PAGE_WORDS = word_set(
    """article articles story headline byline text test summary topic page piece person
    persons individual individuals human someone somebody entity unknown none null"""
)
_SKIPPED = word_set("the a an this")
#: A person's part in the text: a role only where the page writes the word.
TEXT_PARTS = word_set(
    """author authors speaker speakers writer source sources subject interviewee narrator
    commenter quoted mentioned participant"""
)

_WRITERS = word_set("author writer")
#: Nouns for one who writes for a living: "writer" or "author" of such a person is no part
#: in the text but a trade the page gives.
_WRITER_NOUNS = word_set("novelist columnist poet essayist playwright biographer")

#: A person's office: an affiliation holding one (before any "of") names the person's title.
PERSON_TITLES = word_set(
    """president minister secretary senator spokesman spokeswoman spokesperson deputy member
    envoy ambassador leader chief governor mayor chairman director premier chancellor speaker
    representative adviser advisor aide whip whips negotiator correspondent founder"""
)
# Nouns after a title that make the whole a body ("the President's Office", "Leader's staff").
_BODY_NOUNS = word_set(
    """office offices administration cabinet council staff secretariat party camp team
    ministry department bureau service palace house press states countries nations
    association league club group committee commission agency union foundation institute"""
)


def unfit(value: str, field: str, article: ArticleText) -> str | None:
    """Why ``value`` can be no ``field`` ("role", "affiliation") of a person, or None."""
    if _ADDRESS.search(value) or (_DOMAIN.search(value) and not _firm(value, article)):
        return f"{value!r} is a web address, not {_a(field)}"
    if _LABEL.search(value):
        return f"{value!r} is a label of the extraction schema, not {_a(field)} the page gives"
    if _CLAUSE.search(value) or len(value.split()) > _LONGEST:
        return f"{value!r} is a sentence, not {_a(field)}"
    words = [token.norm for token in tokenize(value) if token.norm not in _SKIPPED]
    if words and all(word in PAGE_WORDS or word == "of" for word in words):
        return f"{value!r} names the page or no one in particular, not {_a(field)}"
    if len(words) == 1 and words[0] in TEXT_PARTS and not _written(words[0], article):
        if words[0] in _WRITERS and any(article.uses(noun) for noun in _WRITER_NOUNS):
            return None  # "writer" or "author" of "the novelist Zadie Smith"
        return f"{value!r} is the person's part in the text, which the page never writes"
    if field == "affiliation" and _titled(words):
        return f"{value!r} is a person's title, not a body the person acts for"
    return None


def _firm(value: str, article: ArticleText) -> bool:
    """Whether a value with a domain in it is a firm's name the page writes ("Booking.com",
    "Amazon.com"): capitalised, one word, written so in the text."""
    name = value.strip()
    return name[:1].isupper() and " " not in name and name in article.text


def _a(field: str) -> str:
    return f"an {field}" if field[0] in "aeiou" else f"a {field}"


def _titled(words: list[str]) -> bool:
    """Whether an affiliation's words hold a person's title that no "of" stands before and no
    body noun follows ("Russian President", "State Duma member from Crimea"; not "Office of
    the President", "the Prime Minister's Office")."""
    # Every title word is read: "Premier League chief executive" ("chief" has no body after).
    return any(
        word in PERSON_TITLES
        and "of" not in words[:index]
        and _BODY_NOUNS.isdisjoint(words[index + 1 :])
        for index, word in enumerate(words)
    )


def _written(word: str, article: ArticleText) -> bool:
    """Whether the page writes ``word``, its plural or its verb ("authors", "authored")."""
    stem = word.removesuffix("s")
    return any(article.uses(form) for form in (stem, f"{stem}s", f"{stem}ed"))
