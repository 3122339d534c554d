"""What the page writes right after a person's name, read for :mod:`.role_rivals` (session 29):
the descriptions that give a person a post or a trade of their own, so that a role the page
gives ANOTHER named person can be told from this one's.

- :func:`own_descriptions`: an apposition after "Name, " opening with an article, "who", a
  possessive or an office word ("Olena Kohut, a musician in the orchestra", "Hordiienko, who
  was deputy chief of the region's tax office", "Bell, the department's director"), a copula
  that opens one ("Albrecht is the deputy mayor"; not "Trump is joined by") or a verb of
  heading ("Dahl now chairs the committee"), each up to the next comma, bracket or dash; after
  an apposition's closing comma, the main clause's copula or verb of heading goes on
  describing the name ("Gabbard, who served as a congresswoman, is now the director"). The
  words after a description's last "as" are kept apart: the post it gives this person
  ("who runs the society as chief executive").
- :func:`title_words`: the words of the title runs before the name ("Kyiv's mayor, Vitali
  Klitschko").
Descriptions are read once per sentence (:attr:`ArticleText.memo`) and only in the sentences
that hold the surname or the value's rarest word.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from .name_ages import past_age
from .names import NOT_NAMES, PARTICLES, TITLES

# An apposition's first word after "Name, " ("a musician", "who heads", "the region's").
_OPENERS = word_set(
    """a an the who whose now also then formerly until currently himself herself its his her
    their"""
)  # "Tom Lind, its vice-chair": a possessive pronoun opens one too
_COPULAS = word_set("is was became becomes remains")
_STILL = word_set("now also currently still")
#: Verbs that give their subject a post ("Artyukh heads the regional military administration").
HEADING = word_set("heads leads chairs runs directs commands manages oversees")
# Gaps that end a description ("Artyukh, who heads the administration, called it").
_ENDS = frozenset(',;:()\u2014\u2013[]"\u201c\u201d')
_LONGEST = 16  # tokens of one description
_QUALIFIERS = 2  # words before the office word of an apposition ("Block Medical Officer")
_FUNCTION = word_set("and or of at in for to with by from on the a an said says")
#: Office words that are qualifiers themselves, no head of an office ("permanent vice ...").
_NO_HEADS = word_set("vice deputy first senior junior acting interim assistant former who")
#: Words of an office's rank or kind, not of the body it is held in ("deputy chief of the
#: region's tax office": "region tax office" is the body).
OFFICE_WORDS = TITLES | word_set(
    """head heads headed chief chiefs official officials adviser advisor aide envoy
    spokesman spokeswoman spokesperson negotiator commander lawmaker diplomat boss manager
    officer coordinator representative chair chairwoman chairperson president vice deputy
    first senior junior acting interim assistant who heads leads led runs ran chairs mayor"""
)


class Description(NamedTuple):
    """A person's description the page writes after their name: the name, its words, and
    the words after its last "as" ("who runs the society as chief executive": the post the
    description gives this person, whoever it names before "as")."""

    name: tuple[str, ...]
    words: frozenset[str]
    as_post: frozenset[str] = frozenset()


def _name_back(tokens: Sequence[Token], last: int) -> tuple[str, ...]:
    """The capitalised name ending at ``last`` (up to three words, particles inside)."""
    run: list[str] = []
    position = last
    while position >= 0 and len(run) < 3:
        token = tokens[position]
        if token.norm in PARTICLES and run:
            position -= 1
            continue
        if not token.capitalised or token.norm in NOT_NAMES or token.norm in TITLES:
            break
        run.append(token.norm)
        position -= 1
    return tuple(reversed(run))


def descriptions_in(article: ArticleText, index: int) -> list[Description]:
    """The descriptions of sentence ``index``: "Name, a/who/the ...", "Name is/was ...",
    each up to the next comma, bracket or dash."""
    key = ("role descriptions", index)
    found: list[Description] | None = article.memo.get(key)
    if found is not None:
        return found
    found = []
    text, tokens = article.text, article.sentence_tokens(index)
    for position in range(1, len(tokens)):
        token, previous = tokens[position], tokens[position - 1]
        gap = text[previous.end : token.start]
        apposed = gap.strip() == "," and (_opens(token) or _qualified(text, tokens, position))
        if not apposed and not (gap == " " and _said_of(tokens, position)):
            continue  # "Trump is joined by": no description
        name = _name_back(tokens, position - 1)
        if not name and apposed and _aged(text, tokens, position - 1):
            name = _name_back(tokens, position - 2)  # "Carey, 58, the chief operating officer"
        if not name:
            continue
        found.extend(_described(text, tokens, position, name))
    article.memo[key] = found
    return found


def _aged(text: str, tokens: Sequence[Token], position: int) -> bool:
    """Whether the token at ``position`` is an age set between commas after a name
    (:mod:`.name_ages`)."""
    return position >= 1 and past_age(text, tokens[position - 1].end) == tokens[position].end


def _opens(token: Token) -> bool:
    """Whether a description may start at ``token``: an opener, a possessive ("the
    region's") or an office word ("deputy chief of ...")."""
    return (
        token.norm in _OPENERS
        or token.norm in OFFICE_WORDS
        or token.text.endswith(SINGULAR_POSSESSIVES)
    )


def _qualified(text: str, tokens: Sequence[Token], position: int) -> bool:
    """Whether an apposition opens with an office word's qualifiers (session 57): "Mats Malm,
    permanent secretary of the Swedish Academy,", "Ankit Sahlam, Block Medical Officer at the
    health centre,": the office word is the second or third word, none of the words before it
    a mark's or a function word's away ("Anna Berg, Tom Lind and Secretary Ruiz": no), all
    in one case ("Lavrov, met Foreign Minister Fidan": no) and no name after the office word
    ("Sikorski, speaking alongside Prime Minister Donald Tusk": no)."""
    for ahead in range(position + 1, min(len(tokens), position + _QUALIFIERS + 1)):
        if text[tokens[ahead - 1].end : tokens[ahead].start] != " ":
            return False
        if tokens[ahead - 1].norm in _FUNCTION:
            return False
        if tokens[ahead].norm in OFFICE_WORDS and tokens[ahead].norm not in _NO_HEADS:
            run = tokens[position : ahead + 1]
            cased = len({token.capitalised for token in run}) == 1  # "met Foreign Minister"
            after = tokens[ahead + 1] if ahead + 1 < len(tokens) else None
            named = after is not None and after.capitalised  # "alongside Prime Minister Tusk"
            return cased and not named
    return False


def _described(
    text: str, tokens: Sequence[Token], position: int, name: tuple[str, ...]
) -> list[Description]:
    """The description of ``name`` from ``position`` to the next comma, bracket or dash, and
    the main clause's after an apposition's closing comma when it opens with a copula or a
    verb of heading ("Gabbard, who served as a congresswoman, is now the director")."""
    found: list[Description] = []
    start = position
    while start < len(tokens) and len(found) < 2:
        words: list[str] = []
        last = start
        for following in range(start, min(len(tokens), start + _LONGEST)):
            if following > start:
                between = text[tokens[following - 1].end : tokens[following].start]
                if any(mark in _ENDS for mark in between):
                    break
            words.append(tokens[following].norm)
            last = following
        post = words[len(words) - words[::-1].index("as") :] if "as" in words else []
        found.append(Description(name, frozenset(words), frozenset(post)))
        start = last + 1
        if start >= len(tokens) or text[tokens[last].end : tokens[start].start].strip() != ",":
            break
        if not _said_of(tokens, start):
            break
    return found


def _said_of(tokens: Sequence[Token], position: int) -> bool:
    """A description said of the name before ``position``: a copula that opens one ("is the
    deputy mayor") or a verb of heading ("Dahl now chairs the committee", "who runs")."""
    token = tokens[position]
    if token.norm in _STILL and position + 1 < len(tokens):
        token = tokens[position + 1]
    if token.norm in HEADING:
        return True
    return token.norm in _COPULAS and _opens_after(tokens, position)


def _opens_after(tokens: Sequence[Token], position: int) -> bool:
    """A copula's description: its next word opens one ("is the", "was deputy")."""
    return position + 1 < len(tokens) and _opens(tokens[position + 1])


def same_person(name: tuple[str, ...], holder: tuple[str, ...]) -> bool:
    """The same person: the same last word, or one name's words all in the other's."""
    return bool(name and holder) and (
        name[-1] == holder[-1] or set(holder) <= set(name) or set(name) <= set(holder)
    )


def sentences_of(article: ArticleText, word: str) -> list[int]:
    """The sentences whose lowered text holds ``word`` (a substring: a gate, not a match)."""
    lowered = article.lowered
    found: set[int] = set()
    at = lowered.find(word)
    while at >= 0:
        found.add(article.sentence_at(at))
        at = lowered.find(word, at + len(word))
    return sorted(found)


def own_descriptions(article: ArticleText, name: tuple[str, ...]) -> list[Description]:
    """The descriptions the page writes after this person's name."""
    if not name or len(article.lowered) != len(article.text):
        return []
    return [
        found
        for index in sentences_of(article, name[-1])
        for found in descriptions_in(article, index)
        if same_person(name, found.name)
    ]


def title_words(article: ArticleText, surname: str) -> frozenset[str]:
    """The words of the title runs before the surname ("Kyiv's mayor, Vitali Klitschko"): up
    to ten tokens back over first names and one comma, to the clause's start (not over ", and",
    where another list item ends)."""
    words: set[str] = set()
    text = article.text
    for start, _ in article.phrase_spans((surname,)):
        before = article.window_tokens(start, start, before=80)
        end, commas, later = start, 0, ""
        for token in reversed(before[-10:]):
            gap = text[token.end : end]
            if gap.strip() == "," and later in ("and", "or"):
                break  # "Okafor, who chairs the committee, and Tom Lind": another's clause
            if gap.strip() == ",":
                commas += 1
            elif not gap.isspace() and gap not in ("-", "'"):
                break
            if commas > 1:
                break
            words.add(token.norm)
            end, later = token.start, token.norm
    return frozenset(words)
