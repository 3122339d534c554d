"""What the page writes right around a person's name, read for
:mod:`summarizer.verification.people.person_rules`: whether it gives the person an office at all,
and which parties the title run before the name holds.

- :func:`described`: a title right before the name ("President Donald Trump", "the interior
  minister, Hanna Wirth") or an apposition or copula with an office word after it ("Rutte,
  NATO's secretary general,", "Brnabic, who became speaker", "Valtonen is the foreign
  minister"); a word that gives no office of its own ("leader", "chief", "Mr") does not
  count. A role the page gives another person is refused
  only for a person the page describes so: one it names bare ("Trump said") may hold any
  title the page does not write.
- :func:`run_parties`: the countries and groups (:mod:`summarizer.text.countries`) in the
  title run before the name, each qualifying an office word after it ("EU Commission
  President Ursula von der Leyen", "U.S. special envoy for Ukraine Keith Kellogg"). A party
  after "for"/"to" is the one the office is sent to or serves ("envoy for Ukraine"), not the
  person's own; a party word with no office after it is a name's word ("Therese Kayikwamba
  Wagner" is no Wagner Group) or another noun's ("the Trump administration"). The run keeps
  to one line and single spaces, so a headline in title case above the name is no title; a
  run with "former" in it is a past office and ties no party.
- :func:`value_parties`: the parties a role value itself names ("NATO Secretary General").
:func:`summarizer.verification.people.party_names.ties` reads the shapes the parties rule needed
("Russian President Vladimir Putin", "Putin, Russia's president"); this reads the longer runs
it leaves (a body's word or an envoy's "for" between the country and the title).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, tokenize_uncached, word_set
from .name_ages import past_age
from .names import PARTICLES, TITLES
from .party_names import named_at

_OFFICE_WORDS = TITLES | word_set(
    """official officials adviser advisor aide envoy head chief spokesman spokeswoman
    spokesperson negotiator commander lawmaker diplomat diplomats sec amb"""
)
# Lower-case words inside a title run ("White House press secretary", "national security
# adviser", "foreign policy chief"): the run goes on over them.
_RUN_FILLERS = word_set(
    """of the for to press national security policy affairs military intelligence trade
    finance top senior economic interior justice health energy"""
)
# Words that give no office of its own: "Ukrainian leader Volodymyr Zelensky" may still be
# the president, "Mr Lammy" anything.
_GENERIC = word_set(
    """leader leaders chief head official officials member former acting special diplomat
    diplomats principal mr mrs ms dr"""
)
_SPECIFIC = _OFFICE_WORDS - _GENERIC
_OPENERS = word_set("the a an who his her its their now also then")  # an apposition's first
_COPULAS = word_set("is was became remains")  # "Valtonen is the foreign minister"
_STILL = word_set("currently still newly")  # "Gabbard is now the director": read on over them
_SUFFIXED = word_set("elect designate")  # "Chancellor-elect Friedrich Merz" is titled
_ADDRESSED = word_set("for to")  # "envoy for Ukraine", "ambassador to France": not theirs
_PAST = word_set("former ex erstwhile onetime previous")
# Offices sent somewhere: a country's own name right before one (see posted_parties).
_POSTED = word_set("envoy envoys emissary negotiator coordinator representative")
_POSTED_REACH = 6  # tokens before a name read for a posting ("Trump's Ukraine envoy, Keith")
_JOINS = (" ", "-", "\u2010", "\u2011")  # one space, or a hyphen inside a name ("Jean-Noel")
_LONGEST_RUN = 10  # words of a title run before a name
_NAME_WORDS = 2  # first names between a title and the surname


def _joined(text: str, tokens: Sequence[Token], position: int, end: int) -> bool:
    """Whether ``tokens[position]`` runs on into the next word (or into the name at ``end``)
    in one title: one space between, or an initial's stop ("U.S. special envoy")."""
    left = tokens[position]
    right = tokens[position + 1].start if position + 1 < len(tokens) else end
    gap = text[left.end : right]
    return gap in _JOINS or (len(left.text) == 1 and gap in (".", ". "))


def _titled_before(text: str, before: Sequence[Token], start: int) -> bool:
    """A title right before the name at ``start``, over its first names, with one comma at
    most between ("the interior minister, Hanna Wirth")."""
    for position in range(len(before) - 1, max(len(before) - 2 - _NAME_WORDS, -1), -1):
        token = before[position]
        right = before[position + 1].start if position + 1 < len(before) else start
        gap = text[token.end : right]
        if token.norm in _SPECIFIC and gap.strip() in ("", ",", "."):
            return True  # "President Donald Trump", "Sen. Lindsey Graham"
        if token.norm in _SUFFIXED and position > 0 and before[position - 1].norm in _SPECIFIC:
            return gap.isspace() and text[before[position - 1].end : token.start] == "-"
        if not gap.isspace() or not token.capitalised:
            return False
    return False


def _apposed_after(text: str, end: int) -> bool:
    """An office word in an apposition after the name ending at ``end`` ("Rutte, NATO's
    secretary general", "Nowak, a spokesman for", "Brnabic, who became"), past an age
    ("Carey, 58, the chief operating officer": :mod:`.name_ages`)."""
    end = past_age(text, end)
    after = tokenize_uncached(text[end : end + 80], end)
    if after and text[end : after[0].start] in (" ", ", ") and after[0].norm in _COPULAS:
        return _copula_office(after)  # "Gabbard is now the director", "Shoigu, is now"
    if after and text[end : after[0].start] == " " and after[0].norm == "as":
        return _as_office(text, after)  # "picked Lindqvist as interim president"
    if not after or text[end : after[0].start].strip() != ",":
        return False
    if _office(after, 0):
        return True
    if after[0].norm not in _OPENERS and not after[0].capitalised:
        return False  # "Lavrov, met Foreign Minister Hakan Fidan": no apposition
    for index, (previous, token) in enumerate(pairwise(after[:6]), start=1):
        if not text[previous.end : token.start].isspace():
            return False
        if _office(after, index):
            return True
    return False


def _copula_office(after: Sequence[Token]) -> bool:
    """An office after a copula ("is now the director"), over "now"/"the"/"currently" and
    at most one other word ("is the daughter of President Y" is no office of hers)."""
    for index in range(1, min(5, len(after))):
        if _office(after, index):
            return True
        if index > 1 and after[index].norm not in _OPENERS | _STILL:
            return False
    return False


def _as_office(text: str, after: Sequence[Token]) -> bool:
    """An office in lower case right after "as" ("Lindqvist as interim president", "Rubio as
    secretary of state"), over an article or a modifier; not a title before another name ("as
    Foreign Minister Fidan looked on") nor "as well as"."""
    for index in range(1, min(4, len(after))):
        token = after[index]
        if token.capitalised or not text[after[index - 1].end : token.start].isspace():
            return False
        if _office(after, index):
            return True
    return False


def _office(tokens: Sequence[Token], index: int) -> bool:
    """An office word of its own at ``index``: a specific one, or a generic one with its
    "of" ("head of military intelligence")."""
    norm = tokens[index].norm
    if norm in _SPECIFIC:
        return True
    following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    return norm in _OFFICE_WORDS and following == "of"


def described(article: ArticleText, surname: str) -> bool:
    """Whether the page gives the person an office of their own anywhere (see the module)."""
    for start, end in article.phrase_spans((surname,)):
        before = article.window_tokens(start, start, before=60)
        if _titled_before(article.text, before, start) or _apposed_after(article.text, end):
            return True
    return False


def _run_start(text: str, before: Sequence[Token], start: int) -> tuple[int, int]:
    """(first, last) positions of the title run before the name at ``start`` (empty when
    none): the name's own words are passed over, then title words, capitalised words and
    fillers taken back; a comma may stand between the run and the name ("the envoy, X")."""
    position = len(before) - 1
    while position >= 0:
        token = before[position]
        right = before[position + 1].start if position + 1 < len(before) else start
        if text[token.end : right] == ", ":
            first, last = _title_run(text, before, position, start)
            return (first, last) if _only_office(before, first, last) else (last + 1, last)
        if not _joined(text, before, position, start):
            break
        named = token.capitalised or token.norm in PARTICLES
        if not named or token.norm in TITLES or named_at(before, position) is not None:
            return _title_run(text, before, position, start)
        position -= 1  # the name's own words
    return position + 1, position


def _only_office(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether a run before a comma is an office alone ("the U.S. ambassador to France, X"),
    with no one's name in it ("Russian President Vladimir Putin, Zelensky")."""
    position = first
    while position <= last:
        hit = named_at(tokens, position) if tokens[position].capitalised else None
        if hit is not None:
            position += hit[2]
            continue
        token = tokens[position]
        if token.capitalised and token.norm not in _OFFICE_WORDS and token.norm not in _RUN_FILLERS:
            return False
        position += 1
    return any(tokens[index].norm in _OFFICE_WORDS for index in range(first, last + 1))


def _title_run(text: str, before: Sequence[Token], last: int, start: int) -> tuple[int, int]:
    """(first, last) of the title words, capitalised words and fillers ending at ``last``."""
    position = last
    while position >= 0 and last - position < _LONGEST_RUN:
        token = before[position]
        if position < last and not _joined(text, before, position, start):
            break
        if not (token.capitalised or token.norm in _OFFICE_WORDS or token.norm in _RUN_FILLERS):
            break
        position -= 1
    return position + 1, last


def _addressed(tokens: Sequence[Token], index: int) -> bool:
    """Whether the party at ``index`` follows "for"/"to" (over "the")."""
    back = index - 1
    if back >= 0 and tokens[back].norm == "the":
        back -= 1
    return back >= 0 and tokens[back].norm in _ADDRESSED


def value_parties(value: str) -> frozenset[str]:
    """The parties a role value names as its holder's own ("NATO Secretary General",
    "Russian foreign minister"), not one it is sent to ("ambassador to France")."""
    tokens = tokenize(value)
    found: set[str] = set()
    for index, token in enumerate(tokens):
        hit = named_at(tokens, index) if token.capitalised else None
        if hit is not None and not _addressed(tokens, index):
            found.add(hit[0])
    return frozenset(found)


def posted_parties(article: ArticleText, surname: str) -> frozenset[str]:
    """The countries the page names by their own name right before an office that is sent
    somewhere, just before the surname ("His Ukraine envoy, Keith Kellogg"): as often the
    posting as the holder's side, so such a party is no tie to refuse another by."""
    key = ("posted parties", surname)
    known: frozenset[str] | None = article.memo.get(key)
    if known is not None:
        return known
    found: set[str] = set()
    for start, _ in article.phrase_spans((surname,)):
        before = article.window_tokens(start, start, before=60)[-_POSTED_REACH:]
        for index, token in enumerate(before):
            hit = named_at(before, index) if token.capitalised else None
            if hit is not None and _posting(before, index, hit):
                found.add(hit[0])
    known = article.memo[key] = frozenset(found)
    return known


def run_parties(article: ArticleText, surname: str) -> frozenset[str]:
    """The parties of the title runs before the surname anywhere (see the module)."""
    key = ("run parties", surname)
    known: frozenset[str] | None = article.memo.get(key)
    if known is not None:
        return known
    text = article.text
    found: set[str] = set()
    for start, _ in article.phrase_spans((surname,)):
        before = article.window_tokens(start, start, before=100)
        if not before:
            continue
        first, last = _run_start(text, before, start)
        if any(before[index].norm in _PAST for index in range(first, last + 1)):
            continue  # "former Dutch prime minister Mark Rutte": a past tie, not his own now
        for index in range(first, last + 1):
            hit = named_at(before, index) if before[index].capitalised else None
            office = any(t.norm in _OFFICE_WORDS for t in before[index + 1 : last + 1])
            if hit is None or not office or _addressed(before, index):
                continue
            if not _posting(before, index, hit):
                found.add(hit[0])
    known = article.memo[key] = frozenset(found)
    return known


def _posting(tokens: Sequence[Token], index: int, hit: tuple[str, str, int]) -> bool:
    """Whether the party at ``index`` is a country's own name right before a posted office
    ("Ukraine envoy"), not its people's word ("the American envoy")."""
    after = index + hit[2]
    if after >= len(tokens) or tokens[after].norm not in _POSTED:
        return False
    return " ".join(token.norm for token in tokens[index:after]) == hit[0].lower()
