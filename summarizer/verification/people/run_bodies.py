"""The body written bare before a person's title run, read for a person's ``affiliation``
(:mod:`.person_rules`, session 55).

Fresh pages name a person's employer most often as a noun before the title, with no
possessive nor "of": "TD Cowen analyst Ritu Baral", "JLR spokeswoman Laura Savvas",
"Roscosmos cosmonaut Aleksandr Gorbunov", "IAM International President Brian Bryant". The
older holder shapes (:mod:`.affiliation_holders`) read only "X's analyst" or "analyst at X",
so a person named this way had no body of their own, and a planted value naming the other
body of their story (the company an analyst writes about, the other agency on a crew, the
firm whose strike a union leader runs) was left to the free-text check, which asks only that
its words occur.

:func:`run_bodies` answers with the capitalised run (up to four words) right before one to
three title words (the last a noun of a person's function or an office word, the others lower
case or office words in capitals) right before the person's first names and surname. Not a
body: a run of title words ("Chief Financial Officer", "Group chief executive", "Opposition
leader"), a past one ("Former Google engineer"), a table party ("Labour MP", "Russian
cosmonaut": the party readings' own), a run the title does not follow straight (a function
word or a verb ends the title: "Drescher praised negotiating chair X", "since founder X"), and
one capitalised word opening a sentence that the page never writes with a capital inside one
("Union president X", "Tenant member X": the sentence capitalised a common noun).
"""

from __future__ import annotations

import re

from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, word_set
from .names import TITLES
from .party_names import party_of
from .role_descriptions import OFFICE_WORDS

# A person's function written after their body ("TD Cowen analyst"): office words, and the
# endings of nouns of a trade ("economist", "spokeswoman", "cosmonaut", "strategist").
_TRADE_ENDS = tuple(
    ["er", "or", "ist", "yst", "ant", "ent", "ian", "man", "woman", "person", "naut", "ee"]
)
_TRADES = word_set("pilot captain coach nurse chef scout guard surgeon judge")
_NOT_TRADE = word_set(
    """the a an and or of for to in on at by with from said says told after over under
    other another later earlier former ex previous then now also per"""
)
_PAST = word_set("former ex erstwhile onetime previous outgoing late")
# Words of a title, not of a body, written capitalised before it ("Chief Financial Officer",
# "Opposition leader", "Co-managing director"): a body left of nothing but these is none.
_TITLE_WORDS = frozenset(
    {
        "chief",
        "financial",
        "finance",
        "executive",
        "operating",
        "managing",
        "co-managing",
        "general",
        "deputy",
        "senior",
        "vice",
        "assistant",
        "associate",
        "acting",
        "interim",
        "shadow",
        "opposition",
        "principal",
        "lead",
        "head",
        "junior",
        "group",
        "global",
        "national",
        "regional",
        "international",
    }
)
# Words that end a title run read backwards: function words and verbs of a clause before it
# ("Drescher praised negotiating chair Sarah Elmaleh", "since founder Lenny Henry").
_ENDS_TITLE = STOPWORDS | word_set("since without during while when after before until said says")
# Capitalised words that open no body: months, days, sentence openers, honorifics.
_NO_BODY = word_set(
    """the a an in on at as but and for with after before when while if this that his her
    its their our we he she they it january february march april may june july august
    september october november december monday tuesday wednesday thursday friday saturday
    sunday mr mrs ms dr sir dame lord lady said says according meanwhile also"""
)
_OFFICES = OFFICE_WORDS | TITLES
_WORD = re.compile(r"[\w&'\u2019.-]+$")
_FIRST_NAMES = 2  # first names between the title and the surname


def _trade(word: str) -> bool:
    """Whether a word is a noun of a person's function or an office ("analyst", "chair")."""
    low = word.lower()
    if low in _NOT_TRADE:
        return False
    return low in _OFFICES or low in _TRADES or low.endswith(_TRADE_ENDS)


def _title_ok(title: str) -> bool:
    """Whether a title run is one: its last word a function noun, none of its words past,
    lower case or an office word in capitals ("International President")."""
    words = title.split()
    if (
        not words
        or not (_trade(words[-1]) or words[-1].lower() in _TITLE_WORDS)
        or {w.lower() for w in words} & _PAST
    ):
        return False
    return all(w.islower() or w.lower() in _OFFICES or w[0].isupper() for w in words)


def _body(run: str, title: str) -> str | None:
    """The body of a capitalised run before a title, its leading openers dropped and a
    capitalised title word moved out of it ("IAM International President": "IAM
    International"); None when nothing of a body is left."""
    words = run.split()
    while words and words[0].lower().strip(".") in _NO_BODY:
        words = words[1:]
    while words and words[-1].lower() in _OFFICES | _TITLE_WORDS:
        words = words[:-1]
    if (
        not words
        or words[0].lower() in _OFFICES | _TITLE_WORDS
        or any(w.endswith(SINGULAR_POSSESSIVES) for w in words)
    ):
        return None  # the possessive shape is the older holders'
    return " ".join(words)


def _before(words: list[str]) -> tuple[str | None, bool] | None:
    """The body of the words before a surname (split at single spaces, the last one empty):
    first names, then one to three title words, then the body's capitalised words, none of
    them holding a mark (a comma or a full stop ends the run)."""
    if not words or words[-1] != "":
        return None
    words = words[:-1]
    firsts = 0
    while words and firsts < _FIRST_NAMES and words[-1][:1].isupper():
        if words[-1].lower() in _OFFICES:
            break
        if not _WORD.match(words[-1]) or words[-1].endswith("."):
            return None
        words, firsts = words[:-1], firsts + 1
    if not firsts:
        return None
    title: list[str] = []
    while words and len(title) < 3 and re.fullmatch(r"[\w-]+", words[-1]):
        word = words[-1]
        if word[:1].isupper() and word.lower() not in _OFFICES:
            break
        if word.lower() in _ENDS_TITLE or (word.endswith("ed") and word.lower() not in _OFFICES):
            break
        title.insert(0, word)
        words = words[:-1]
    if not title or not _title_ok(" ".join(title)):
        return None
    run: list[str] = []
    while (
        words and len(run) < 4 and words[-1][:1].isupper() and re.fullmatch(r"[\w&'.-]+", words[-1])
    ):
        if words[-1].endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", words[-1]):
            break  # "in Ankara. Our ...": a full stop ends the run
        run.insert(0, words[-1])
        words = words[:-1]
    if not run or {w.lower() for w in run} & _PAST:
        return None  # "Former Google engineer": a body they left
    opens = not words or words[-1].endswith((".", "\n")) or words[-1] in ("", "-", "\u2014")
    return _body(" ".join(run), " ".join(title)), opens


def _common(article: ArticleText, body: str) -> bool:
    """Whether a one-word body opening a sentence may be a common word the sentence
    capitalised ("Union president X", "Veteran analyst X"): the page never writes it with a
    capital inside a sentence, as it writes a name ("the Codelco board")."""
    if " " in body or not body[1:].islower():
        return False  # two words or initials ("AUB", "BlackRock"): a name's shape
    return re.search(rf"[a-z,;:]\s+{re.escape(body)}(?![\w-])", article.text) is None


def _mid(article: ArticleText, word: str) -> bool:
    """Whether the page writes the capitalised word inside a sentence, as it writes a name."""
    return re.search(rf"[a-z,;:]\s+{re.escape(word)}(?![\w-])", article.text) is not None


def _opener_dropped(article: ArticleText, body: str) -> str:
    """The body without a first word the sentence capitalised ("Veteran Kestrel analyst X",
    rv55f): the page never writes that word capitalised inside a sentence but writes the
    next one so ("of Kestrel Securities"), so the name starts after it."""
    words = body.split()
    if len(words) < 2 or not words[0][1:].islower() or _mid(article, words[0]):
        return body
    return " ".join(words[1:]) if _mid(article, words[1]) else body


def run_bodies(article: ArticleText, surname: str) -> frozenset[str]:
    """The bodies written bare before a title run before this person's name (see the
    module), kept per person."""
    key = ("run_bodies", surname)
    known: frozenset[str] | None = article.memo.get(key)
    if known is not None:
        return known
    found: set[str] = set()
    text = article.text
    for match in re.finditer(rf"\b{re.escape(surname)}\b", article.lowered):
        line = text.rfind("\n", 0, match.start()) + 1
        read = _before(text[max(line, match.start() - 120) : match.start()].split(" "))
        body, opens = read or (None, False)
        if body is None:
            continue
        if opens:
            body = _opener_dropped(article, body)
        if (opens and _common(article, body)) or party_of(body) is not None:
            continue  # "Union president X"; "Russian cosmonaut X" (a party's, read elsewhere)
        found.add(body)
    known = article.memo[key] = frozenset(found)
    return known


__all__ = ["run_bodies"]
