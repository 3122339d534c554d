"""A press office or a spokesperson is no actor of what it reports, for
:mod:`summarizer.verification.sides.event_actors` (an outside check, session 15).

"The military's media wing (ISPR) said troops repelled an attack": the troops repelled it;
the media wing only told of it. :mod:`event_actors` already refuses a country or body named
only as the report's source, but lets a body tell of its own people's act ("Police said
officers shot two gunmen": the police acted). A press office is never the one acting, even
for its own side: it speaks for the soldiers, it does not fight with them.

A value is a press office when its words are one ("the army's press service", "Inter-Services
Public Relations", "the ministry's information office", "the military's media wing") or when
it is a short capitalised form the page glosses as one ("the military's media wing (ISPR)",
"ISPR, the army's media arm,"); a person is when the page calls them a spokesperson
(:mod:`spokespeople`). It is refused (unsupported) when every place its evidence names it
is a report's frame: the subject of a verb of saying ("ISPR said", "the press service
reported"), "according to" it, or the tag after a clause (", the ISPR said."). A press office
that does something else ("the press office organised a visit for reporters") keeps it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.names import TITLES, find_named, norms
from .spokespeople import spokesperson

_PRESS = word_set("press media information communications propaganda publicity")
_OFFICES = word_set(
    """office offices wing arm service services centre center bureau department directorate
    unit cell section desk team secretariat"""
)
_PUBLIC = word_set("relations affairs")
_SPEECH = word_set(
    """said says reported reports announced announces stated states claimed claims added adds
    confirmed confirms told tells noted notes insisted insists wrote writes posted posts
    tweeted released releases published publishes quoted"""
)
# Words a press office's phrase may hold between its name and its verb ("the ISPR, the
# army's media wing, said"; "ISPR spokesman Major General X said").
_PHRASE = word_set("the a an its army military armed forces police ministry and")
_ACCORDING = ("according", "to")


def _press_words(words: Sequence[str]) -> bool:
    """ "media wing", "press service", "information office", "public relations"."""
    for index, word in enumerate(words):
        ahead = words[index + 1 : index + 3]
        if word in _PRESS and not _OFFICES.isdisjoint(ahead):
            return True
        if word == "public" and ahead[:1] and ahead[0] in _PUBLIC:
            return True
    return False


def press_office(value: str, article: ArticleText) -> bool:
    """Whether ``value`` names a press office or a spokesperson (see the module)."""
    words = norms(tokenize(value))
    if not words:
        return False
    if _press_words(words):
        return True
    if len(words) > 1:
        return spokesperson(article, words[-1])
    if not value.strip().isupper():
        return spokesperson(article, words[0])
    return _glossed(words[0], article)


def _glossed(norm: str, article: ArticleText) -> bool:
    """A short capitalised form the page writes beside a press office's words: in
    parentheses after them ("media wing (ISPR)") or with them in an apposition after it
    ("ISPR, the army's media arm,")."""
    key = ("press office", norm)
    known: bool | None = article.memo.get(key)
    if known is None:
        known = False
        for start, end in article.phrase_spans((norm,)):
            before = [t.norm for t in article.window_tokens(start, end, before=50)[-7:-1]]
            after = [t.norm for t in tokenize(article.text[end : end + 60])[:6]]
            if _press_words(before) or _press_words(after):
                known = True
                break
        article.memo[key] = known
    return known


def only_tells(value: str, article: ArticleText, sentences: Sequence[int]) -> bool:
    """Whether every place the evidence names ``value`` is a report's frame (see the module);
    False when it names it nowhere."""
    found = False
    for index in sentences:
        tokens = article.sentence_tokens(index)
        for first, last in find_named(value, tokens):
            found = True
            if not _framed(tokens, first, last):
                return False
    return found


def _framed(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "ISPR said", "the army's press service reported", "according to ISPR"."""
    index = last + 1
    while index < len(tokens) and index <= last + 12 and (
        tokens[index].capitalised
        or tokens[index].norm in _PHRASE
        or tokens[index].norm in _PRESS
        or tokens[index].norm in _OFFICES
        or tokens[index].norm in TITLES
    ):  # fmt: skip
        index += 1
    if index < len(tokens) and tokens[index].norm in _SPEECH:
        return True
    start = first
    while start > 0 and (
        tokens[start - 1].norm in _PHRASE
        or tokens[start - 1].norm in _PRESS
        or tokens[start - 1].norm in _OFFICES
        or tokens[start - 1].capitalised
    ):
        start -= 1
    return start >= 2 and (tokens[start - 2].norm, tokens[start - 1].norm) == _ACCORDING


__all__ = ["only_tells", "press_office"]
