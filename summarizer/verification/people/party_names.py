"""The aliases of a party read in an article's tokens, for
:mod:`summarizer.verification.sides.parties`: which countries or groups a sentence names (by name,
people's word, capital or seat of government; see :mod:`summarizer.text.countries`), and which
parties the article ties a person to ("Russian President Vladimir Putin", "Putin, Russia's
president").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from summarizer.text.countries import PARTIES
from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from .names import NOT_NAMES, PARTICLES, TITLES, norms
from .place_names import names_place
from .surname_ties import mention_ties

_KINDS = ("name", "people", "capital", "seat")


def _build() -> tuple[
    dict[str, tuple[tuple[str, ...], ...]],
    dict[str, tuple[tuple[str, ...], ...]],
    dict[tuple[str, ...], tuple[str, str, bool]],
]:
    """Token lookups of the alias table, made once at import: by first word and by last word
    (longest phrase first), and phrase -> (party, kind, must be written in capitals)."""
    phrases: dict[tuple[str, ...], tuple[str, str, bool]] = {}
    for key, parts in PARTIES.items():
        for kind, aliases in zip(_KINDS, parts, strict=True):
            for alias in aliases:
                words = tuple(norms(tokenize(alias)))
                letters = alias.replace(".", "")
                upper = letters.isalpha() and letters.isupper() and len(letters) > 1
                phrases.setdefault(words, (key, kind, upper))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(phrases, key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
        by_last.setdefault(words[-1], []).append(words)
    return (
        {word: tuple(found) for word, found in by_first.items()},
        {word: tuple(found) for word, found in by_last.items()},
        phrases,
    )


_BY_FIRST, _BY_LAST, _PHRASES = _build()

# Words that make a country's name a body of it ("the Russian government", "Ukrainian forces").
_BODIES = word_set(
    """government governments officials official forces force military army navy troops side
    delegation delegations authorities leadership administration ministry foreign defence
    defense negotiators negotiator president leader leaders prime minister premier chancellor
    regime cabinet state people diplomats spokesman spokeswoman spokesperson office"""
)
# Titles that make a person named with a country speak for it ("Russian President Vladimir
# Putin", "his Russian counterpart Sergei Lavrov"); a senator or an opposition leader does not.
_TIE_TITLES = word_set(
    """president prime premier chancellor minister secretary leader king queen emir prince
    counterpart spokesman spokeswoman spokesperson envoy ambassador negotiator chief general
    head foreign defence defense treasury"""
)
_NO_TIE = word_set("opposition former ex dissident rebel exiled")
# Lower-case words that may stand between a country and a title ("Secretary of State").
_FILLERS = word_set(
    "of the for and state affairs top deputy vice national security adviser advisor"
)
_PLACE_WORDS = word_set(
    "in into to from at near inside across throughout within outside toward towards via around"
)
_ARTICLES = word_set("the a an his her their its")
# Before "to", words that make it no place's preposition ("In addition to Indonesia, ...
# agreed", "according to Qatar", "thanks to Egypt": check 23's false alarm).
_NOT_PLACE_TO = word_set("addition according thanks")
# What a party sends, before "from" ("an offer from Brazil", "a request from Qatar").
_SENT_ASKS = word_set(
    """offer offers proposal proposals request requests invitation invitations appeal appeals
    reply replies response responses answer answers approval consent"""
)
_BORDERS = word_set("border borders frontier boundary")
# People a country sends: "ministers from Germany, Spain and Italy" names Germany as a party
# (as "German ministers" does), where "a delegation arrived from Egypt" names a place.
_SENT = word_set(
    """minister ministers leader leaders delegation delegations delegate delegates envoy envoys
    official officials representative representatives diplomat diplomats negotiator
    negotiators emissary emissaries ambassador ambassadors counterparts lawmakers
    parliamentarians presidents premiers heads chiefs"""
)


def _matches(tokens: Sequence[Token], start: int, words: tuple[str, ...], upper: bool) -> bool:
    end = start + len(words)
    if start < 0 or end > len(tokens) or not tokens[start].capitalised:
        return False
    if any(tokens[start + k].norm != word for k, word in enumerate(words)):
        return False
    return not upper or all(_bare(t.text).isupper() for t in tokens[start:end])


def _bare(word: str) -> str:
    """A word without its possessive ("NATO's" is NATO, in capitals)."""
    return word[:-2] if word.endswith(SINGULAR_POSSESSIVES) else word


def named_at(tokens: Sequence[Token], index: int) -> tuple[str, str, int] | None:
    """The party (key, kind, size) whose longest alias starts at ``index``."""
    for words in _BY_FIRST.get(tokens[index].norm, ()):
        key, kind, upper = _PHRASES[words]
        if _matches(tokens, index, words, upper):
            return key, kind, len(words)
    return None


def party_mentions(tokens: Sequence[Token]) -> Iterator[tuple[int, str, str, int]]:
    """(start, key, kind, size) of each party a run of tokens names, left to right, each
    alias taken whole and the walk going on after it (the longest alias at each start).
    Only a capitalised token can open an alias (:func:`_matches`), so only those whose norm
    opens one are tried, picked in one pass (session 35: the walk asked every token)."""
    by_first = _BY_FIRST
    starts = [at for at, token in enumerate(tokens) if token.capitalised and token.norm in by_first]
    after = 0  # the end of the last alias taken: none starts inside it
    for position in starts:
        if position < after:
            continue
        hit = named_at(tokens, position)
        if hit is None:
            continue
        key, kind, size = hit
        yield position, key, kind, size
        after = position + size


def _named_before(tokens: Sequence[Token], index: int) -> tuple[str, str, int] | None:
    """The party whose longest alias ends at ``index`` (read backwards from a name)."""
    for words in _BY_LAST.get(tokens[index].norm, ()):
        key, kind, upper = _PHRASES[words]
        if _matches(tokens, index - len(words) + 1, words, upper):
            return key, kind, len(words)
    return None


def _goes_on(tokens: Sequence[Token], after: int) -> bool:
    """A capitalised word right after a capital or seat: a longer name ("Washington Post"),
    unless both are in capitals, as a headline writes words ("MOSCOW REJECTS PLAN")."""
    if after >= len(tokens):
        return False
    following = tokens[after]
    return (
        following.capitalised
        and not (following.text.isupper() and tokens[after - 1].text.isupper())
        and following.text.isalpha()
        and following.start - tokens[after - 1].end == 1
        and following.norm not in TITLES
        and following.norm not in NOT_NAMES
        and following.norm not in _BY_FIRST
    )


def _dateline(tokens: Sequence[Token], index: int, size: int, text: str) -> bool:
    """A capital in capitals opening a sentence, then a comma or a bracket: a dateline."""
    end = index + size
    if index != 0 or end >= len(tokens) or not all(t.text.isupper() for t in tokens[:end]):
        return False
    gap = text[tokens[end - 1].end : tokens[end].start]
    return "," in gap or "(" in gap or "/" in gap


def _placed(tokens: Sequence[Token], index: int, size: int, kind: str) -> bool:
    """A country's name after a place preposition ("a ceasefire in Ukraine", "aid to Ukraine"),
    not possessive ("a threat to Ukraine's security" is Ukraine's), nor after "from" with the
    people a country sends before it ("ministers from Germany", "envoys from the United
    States"). A capital there still
    stands for its government ("officials in Moscow said", "he told a news conference in
    Moscow")."""
    if kind != "name" or tokens[index + size - 1].text.endswith(SINGULAR_POSSESSIVES):
        return False
    before = index - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    if before >= 1 and tokens[before].norm == "from" and tokens[before - 1].norm in _SENT:
        return False  # "foreign ministers from Germany": the people a party sends
    if before >= 1 and tokens[before].norm == "from" and tokens[before - 1].norm in _SENT_ASKS:
        return False  # "an offer from Brazil": who offers
    if before >= 1 and tokens[before].norm == "with" and tokens[before - 1].norm in _BORDERS:
        return True  # "the border with Belarus"
    if before >= 1 and tokens[before].norm == "to" and tokens[before - 1].norm in _NOT_PLACE_TO:
        return False  # "In addition to Indonesia, Norway and Qatar agreed"
    return before >= 0 and tokens[before].norm in _PLACE_WORDS


# Words of an armed or political movement's name: a country after "of" in a capitalised name
# holding one is part of that name, not the country ("Revolutionary Armed Forces of Colombia",
# "National Front for the Liberation of Angola"); a state's own ("Armed Forces of Ukraine",
# "Democratic Republic of the Congo") holds none.
_MOVEMENT_WORDS = word_set("revolutionary liberation front movement resistance rebel insurgent")
_NAME_LINKS = word_set("of for the and")


def _in_group_name(tokens: Sequence[Token], position: int) -> bool:
    """The country at ``position`` ends a capitalised name after "of" that holds a
    movement's word (:data:`_MOVEMENT_WORDS`)."""
    index = position - 1
    after_of = index >= 0 and tokens[index].norm == "of"
    after_of_the = index >= 1 and tokens[index].norm == "the" and tokens[index - 1].norm == "of"
    if not (after_of or after_of_the):
        return False
    while index >= 0 and (tokens[index].capitalised or tokens[index].norm in _NAME_LINKS):
        if tokens[index].capitalised and tokens[index].norm in _MOVEMENT_WORDS:
            return True
        index -= 1
    return False


def sentence_parties(article: ArticleText, index: int) -> tuple[frozenset[str], frozenset[str]]:
    """(parties a sentence names as actors, parties it names only as places), read once."""
    memo_key = ("parties", index)
    known: tuple[frozenset[str], frozenset[str]] | None = article.memo.get(memo_key)
    if known is not None:
        return known
    tokens = article.sentence_tokens(index)
    named: set[str] = set()
    placed: set[str] = set()
    for position, key, kind, size in party_mentions(tokens):
        if kind in ("capital", "seat") and _goes_on(tokens, position + size):
            pass  # "the Washington Post"
        elif kind == "capital" and _dateline(tokens, position, size, article.text):
            pass  # "ANKARA, June 6 (Test Wire) - Russia's envoy ...": where it was written
        elif kind == "name" and _in_group_name(tokens, position):
            pass  # "the Revolutionary Armed Forces of Colombia": a rebel group's name
        elif _placed(tokens, position, size, kind) or names_place(
            tokens, position, size, article.text
        ):
            placed.add(key)  # "talks in Ukraine", "along the Saudi border" (place_names)
        else:
            named.add(key)
    known = article.memo[memo_key] = (frozenset(named), frozenset(placed - named))
    return known


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _tied_before(tokens: Sequence[Token], text: str) -> str | None:
    """The party named before a name with a government title between ("Russian President
    Vladimir Putin", "Ukraine's defence minister, Rustem Umerov", "Russia's Putin"); the last
    token is the surname."""
    index = len(tokens) - 2
    names = 0
    while index >= 0 and names < 5:  # first names, initials, particles ("bin", "von der")
        token = tokens[index]
        gap = _gap(text, token, tokens[index + 1])
        if not (gap == " " or (len(token.text) == 1 and gap == ". ")):
            break
        if token.norm in PARTICLES and index and tokens[index - 1].capitalised:
            index, names = index - 1, names + 1
            continue
        if not token.capitalised or token.norm in TITLES or token.norm in STOPWORDS:
            break
        if token.norm in _BY_LAST and _named_before(tokens, index) is not None:
            break
        index, names = index - 1, names + 1
    government, between = False, 0
    while index >= 0 and between < 6:
        gap = _gap(text, tokens[index], tokens[index + 1])
        comma = between == 0 and gap.strip() == ","
        initial = len(tokens[index].text) == 1 and gap == ". "
        if not (gap.isspace() or comma or initial):
            return None
        hit = _named_before(tokens, index) if tokens[index].norm in _BY_LAST else None
        if hit is not None:
            own = tokens[index].text.endswith(SINGULAR_POSSESSIVES)
            lead = index - hit[2]  # "former Nigerian President X": a past tie, none now
            if lead >= 0 and tokens[lead].norm in _NO_TIE:
                return None
            return hit[0] if government or (own and between == 0) else None
        norm = tokens[index].norm
        if norm in _NO_TIE:
            return None
        if norm in _TIE_TITLES:
            government = True
        elif norm not in TITLES and norm not in _FILLERS:
            return None
        index, between = index - 1, between + 1
    return None


def _tied_after(tokens: Sequence[Token], text: str) -> str | None:
    """The party named in an apposition after a name ("Putin, Russia's president", "Marco
    Rubio, the U.S. secretary of state", "Putin, the Russian leader"); the first token is the
    surname."""
    if len(tokens) < 3 or _gap(text, tokens[0], tokens[1]).strip() != ",":
        return None
    index = 1
    if tokens[index].norm in _ARTICLES:
        index += 1
    if index >= len(tokens) or tokens[index].norm not in _BY_FIRST:
        return None
    hit = named_at(tokens, index)
    if hit is None:
        return None
    for token in tokens[index + hit[2] : index + hit[2] + 4]:
        if token.norm in _NO_TIE:
            return None
        if token.norm in _TIE_TITLES:
            return hit[0]
        if token.norm not in TITLES and token.norm not in _FILLERS:
            return None
    return None


def ties(article: ArticleText, surname: str) -> frozenset[str]:
    """The parties the article ties a surname to, anywhere in it; read once per surname."""
    return mention_ties(article, surname, "party ties", (_tied_before, _tied_after), 100)


@lru_cache(maxsize=4096)
def party_of(value: str) -> str | None:
    """The table's party a value names, alone or with body words ("the Russian government");
    a pure reading of a short string, kept per string (asked about fifty times a grounding,
    mostly of the same few parties and names; session 31)."""
    tokens = tokenize(value)
    if tokens and tokens[0].norm == "the":
        tokens = tokens[1:]
    if not tokens or tokens[0].norm not in _BY_FIRST:
        return None
    for words in _BY_FIRST[tokens[0].norm]:
        if tuple(t.norm for t in tokens[: len(words)]) == words:
            rest = tokens[len(words) :]
            if all(t.norm in _BODIES for t in rest):
                return _PHRASES[words][0]
    return None


def party_keys(parties: Sequence[str]) -> frozenset[str]:
    """The table's parties among a fact's ``parties`` (:func:`party_of` of each)."""
    return frozenset(key for key in map(party_of, map(str, parties)) if key is not None)


def names_party(
    tokens: Sequence[Token], parties: Sequence[str], kinds: frozenset[str] | None = None
) -> bool:
    """Whether ``tokens`` name one of the table's ``parties`` by an alias of one of ``kinds``
    (every kind when None): "Ukrainian and American officials" names Ukraine and the US by
    their people's words."""
    keys = party_keys(parties)
    return bool(keys) and any(
        key in keys and (kinds is None or kind in kinds)
        for _at, key, kind, _size in party_mentions(tokens)
    )


@lru_cache(maxsize=4096)
def person_part(part: str) -> str:
    """A person's name without a leading country and titles ("Russian President Vladimir
    Putin" -> "Vladimir Putin"); kept per string, as :func:`party_of`."""
    tokens = tokenize(part)
    index = 0
    if tokens and tokens[0].norm in _BY_FIRST:
        hit = named_at(tokens, 0)
        if hit is not None:
            index = hit[2]
    while index < len(tokens) - 1 and tokens[index].norm in TITLES:
        index += 1
    return part[tokens[index].start :] if 0 < index < len(tokens) else part


def _continues(tokens: Sequence[Token], position: int) -> bool:
    following = tokens[position + 1]
    return (
        following.capitalised
        and following.start - tokens[position].end == 1
        and not tokens[position].text.endswith(SINGULAR_POSSESSIVES)
    )


def is_capital(tokens: Sequence[Token], index: int) -> bool:
    """Whether a capital or seat of government is named at ``index`` ("Muscat", "Doha")."""
    hit = named_at(tokens, index) if tokens[index].norm in _BY_FIRST else None
    return hit is not None and hit[1] in ("capital", "seat")


def is_alias(norm: str) -> bool:
    """Whether one word is a party's whole alias ("Moscow", "Ukrainian")."""
    return (norm,) in _PHRASES


def _acronym(tokens: Sequence[Token], position: int) -> bool:
    """A word in capitals beside words that are not: a group's initials ("ELN", "KIA"), not
    a surname ("PUTIN" in a headline in capitals is one)."""
    if not tokens[position].text.isupper():
        return False
    neighbours = [tokens[i] for i in (position - 1, position + 1) if 0 <= i < len(tokens)]
    return any(not t.text.isupper() for t in neighbours if t.text.isalpha())


def surname_like(tokens: Sequence[Token], position: int) -> bool:
    token = tokens[position]
    if not token.capitalised or len(token.norm) < 3 or not token.norm.isalpha():
        return False
    if token.norm in TITLES or token.norm in STOPWORDS or token.norm in NOT_NAMES:
        return False
    if (token.norm,) in _PHRASES:
        return False  # a party's own name
    if _acronym(tokens, position):
        return False  # "Colombia's ELN": a group's initials, not a person the country has
    return not (position + 1 < len(tokens) and _continues(tokens, position))


__all__ = [
    "is_alias",
    "is_capital",
    "named_at",
    "names_party",
    "party_keys",
    "party_mentions",
    "party_of",
    "person_part",
    "sentence_parties",
    "surname_like",
    "ties",
]
