"""Who the page gives an office to, read for a quote credited to that office ("the secretary
said", "the head of government said", "the defeated leader said"; session 36, offices36).

English names an office holder once with the office and then credits them by the office
alone. The page gives a person an office in a few forms, each read here:

- the title before the name: "Prime Minister Keir Starmer", "Prime minister Tusk", "Secretary
  of State Marco Rubio", "British Foreign Secretary Liz Truss", "Britain's Prime Minister X";
- the office in apposition after the name: "Peter Dutton, the opposition leader,", "X,
  Britain's prime minister,", "X, prime minister of Britain,", "X, who is Norway's fisheries
  minister";
- the office in apposition before the name: "the Opposition Leader, Peter Dutton,",
  "Britain's prime minister, Keir Starmer,", "the prime minister of Britain, X".

An office is its head ("minister", "secretary", "leader") with the words that make it another
office ("prime", "foreign", "finance", "opposition": a finance minister is no prime minister)
and its rank ("vice", "deputy", "former": a deputy premier is no premier, a former prime
minister no prime minister), and the country the form gives it ("British", "Britain's", "of
Britain"). A description fits a holder when its head is the holder's (or the head of
government's or of state's: "the head of government" is the page's prime minister, premier or
chancellor), its qualifiers are among the holder's, the holder's rank words are among its own,
and a country it names is the holder's. Lower-case words that tell no office ("the defeated
leader", "the new chancellor") are read as descriptions, not as another office.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from .party_names import party_of
from .standin_words import NOT_NAMES, PLACE_BEFORE

# An office's head words.
HEADS = word_set(
    """president premier minister chancellor secretary senator governor mayor judge justice
    prosecutor ambassador envoy commissioner chairman chairwoman chair spokesman spokeswoman
    spokesperson leader king queen executive officer director administrator adviser advisor
    """
)
# Words that make another office of a head ("a finance minister is no prime minister").
QUALIFIERS = word_set(
    """prime foreign finance defence defense interior home trade health economy economic
    justice education energy agriculture environment transport labour labor culture treasury
    attorney opposition majority minority general state fisheries industry security
    development chief managing financial operating national"""
)
# Ranks: a holder's rank the description must say too ("a deputy premier is no premier").
RANKS = word_set("vice deputy assistant acting junior under former ex shadow interim lieutenant")
# Heads of government and of state, by the office words a page gives them.
_GOVERNMENT = {("prime", "minister"), ("premier",), ("chancellor",)}
_STATE = {("president",), ("king",), ("queen",)}
_SAME = {"premier": ("prime", "minister")}  # "the premier" is the page's prime minister
_ARTICLES = word_set("the a an")
_OPENERS = word_set("the a an its his her their")
_PARTICLES = word_set("de da del della der van von la le du dos bin al")
_PLACED = word_set("in at")  # a holder's place after the office, no office of its own


class Office(NamedTuple):
    """An office as a page gives it: head, qualifiers, ranks, country (or None)."""

    head: str
    qualifiers: frozenset[str]
    ranks: frozenset[str]
    country: str | None


def office_of(
    words: Sequence[Token], after: Sequence[Token] = (), held: bool = False
) -> Office | None:
    """The office ``words`` name (the description or title words up to and with its head;
    ``after`` the words right after it, for "of Britain" or "of state"), or None when the last
    word is no office's head. "head of government" and "head of state" are read as offices of
    their own. A complement that is no country ("secretary of state") qualifies the office; an
    office the page gives (``held``) is qualified by every word of its title ("Army Secretary"),
    a description only by the words that tell an office ("the defeated leader" is a leader)."""
    norms = [t.norm for t in words]
    if not norms:
        return None
    governing = (
        len(after) > 1 and after[0].norm == "of" and after[1].norm in {"government", "state"}
    )
    if norms[-1] == "head" and governing:
        return Office(f"head of {after[1].norm}", frozenset(), frozenset(), None)
    if norms[-1] not in HEADS:
        return None
    head = norms[-1]
    country = next((party_of(t.text) for t in words if t.capitalised and party_of(t.text)), None)
    complement: set[str] = set()
    if len(after) > 1 and after[0].norm == "of":
        place = party_of(after[1].text) if after[1].capitalised else None
        country = country or place
        if place is None and after[1].norm not in _ARTICLES:
            complement.add(after[1].norm)  # "secretary of state", "Minister of Finance"
    told = [
        t.norm
        for t in words[:-1]
        if t.norm not in RANKS and not party_of(t.text) and (held or t.norm in QUALIFIERS)
    ]
    qualifiers = frozenset(told) | complement
    if head == "premier":
        head, qualifiers = "minister", qualifiers | {"prime"}
    return Office(head, qualifiers, frozenset(n for n in norms[:-1] if n in RANKS), country)


def fits(described: Office, held: Office) -> bool:
    """Whether a description's office fits an office the page gives someone (see the module)."""
    if described.head.startswith("head of "):
        wanted = _GOVERNMENT if described.head.endswith("government") else _STATE
        key = (*sorted(held.qualifiers & {"prime"}), held.head)
        return key in wanted and not held.ranks
    unranked = held._replace(ranks=frozenset())  # "leader" is loose: a former one may be meant
    if described.head == "leader" and described.country and _leads(unranked):
        return described.country == held.country  # "the Armenian leader": its prime minister
    if described.head != held.head or not described.qualifiers <= held.qualifiers:
        return False
    if held.ranks != described.ranks & RANKS:
        return False  # "the prime minister" is no deputy prime minister, nor a former one
    if "prime" in held.qualifiers and "prime" not in described.qualifiers:
        return False  # "the minister" is not the page's prime minister
    return described.country is None or described.country == held.country


def holders(article: ArticleText) -> list[tuple[str, Office]]:
    """(surname, office) for every person the page gives an office in the module's forms."""
    return [(name, office) for name, office, _ in placed_holders(article)]


def placed_holders(article: ArticleText) -> list[tuple[str, Office, int]]:
    """(surname, office, where the office's head starts) for every person the page gives an
    office in the module's forms."""
    memo_key = ("office holders",)
    known: list[tuple[str, Office, int]] | None = article.memo.get(memo_key)
    if known is not None:
        return known
    tokens = article.tokens_between(0, len(article.text))  # the page's own, read once
    found: list[tuple[str, Office, int]] = []
    for at, token in enumerate(tokens):
        if token.norm not in HEADS and token.norm != "head":
            continue
        begin = _phrase_start(tokens, at, article.text)
        end = at + 1
        if end + 1 < len(tokens) and tokens[end].norm == "of" and tokens[end + 1].capitalised:
            end += 2  # "Secretary of State", "prime minister of Britain"
            described = not token.capitalised or (begin > 0 and tokens[begin - 1].norm in _OPENERS)
            while end < len(tokens) and tokens[end].capitalised and _plain(tokens, end, article):
                if described or tokens[end].norm in NOT_NAMES or party_of(tokens[end].text):
                    end += 1  # "of the United Kingdom", "the chairman of Yisrael Beiteinu, X"
                    continue
                break
        elif end + 1 < len(tokens) and tokens[end].norm in _PLACED and tokens[end + 1].capitalised:
            end += 2  # "its country director in Egypt, X", "chief regulator at Ofqual"
            while end < len(tokens) and tokens[end].capitalised and _plain(tokens, end, article):
                end += 1
            if end < len(tokens) and _plain(tokens, end, article):
                continue  # "Governor Ames at Harbour Bank said": no apposition follows
        office = office_of(tokens[begin : at + 1], tokens[at + 1 : end + 1], held=True)
        if office is None:
            continue
        for name in _named(tokens, begin, end, article.text):
            found.append((name, office, token.start))
    article.memo[memo_key] = found
    return found


def _leads(office: Office) -> bool:
    """Whether an office is a head of government's or of state's ("the British prime minister",
    "the French president"): a page may name its holder only with the country."""
    key = (*sorted(office.qualifiers & {"prime"}), office.head)
    leader = key == ("leader",) and office.country is not None and not office.qualifiers
    return (key in _GOVERNMENT or key in _STATE or leader) and not office.ranks


def country_named(article: ArticleText, country: str) -> set[str]:
    """The surnames the page writes with ``country`` and no office: "Britain's Keir Starmer",
    "Keir Starmer of Britain"."""
    tokens = article.tokens_between(0, len(article.text))  # the page's own, read once
    found: set[str] = set()
    for at, token in enumerate(tokens):
        owner = token.capitalised and token.text.endswith(SINGULAR_POSSESSIVES)
        if owner and party_of(token.text) == country:
            run = _name_after(tokens, at + 1, article.text)
            if run and not _gap(article.text, token, run[0]):
                found.add(run[-1].norm)
        if token.norm == "of" and 0 < at < len(tokens) - 1 and _of_country(tokens, at, country):
            found.add(tokens[at - 1].norm)  # "Keir Starmer of Britain"
    return found


def _of_country(tokens: Sequence[Token], at: int, country: str) -> bool:
    """Whether "of" at ``at`` joins a name before it to ``country`` ("Lars Vik of Norway")."""
    name, place = tokens[at - 1], tokens[at + 1]
    if not (place.capitalised and name.capitalised) or party_of(place.text) != country:
        return False
    return name.norm not in NOT_NAMES | HEADS and not party_of(name.text)


def _plain(tokens: Sequence[Token], at: int, article: ArticleText) -> bool:
    """Whether no punctuation parts the token at ``at`` from the one before it."""
    return not _gap(article.text, tokens[at - 1], tokens[at])


def _phrase_start(tokens: Sequence[Token], at: int, text: str) -> int:
    """Where the office phrase ending at ``at`` starts: back over qualifiers, ranks and a
    country's word ("British Foreign Secretary", "Britain's prime minister")."""
    begin = at
    while begin > 0 and not _gap(text, tokens[begin - 1], tokens[begin]):
        word = tokens[begin - 1]
        owner = word.text.endswith(SINGULAR_POSSESSIVES) and party_of(word.text[:-2]) is not None
        titled = word.capitalised and tokens[at].capitalised and word.norm not in NOT_NAMES
        if word.norm in QUALIFIERS | RANKS or titled or owner:
            begin -= 1
            if owner:
                break
            continue
        break
    return begin


def _named(tokens: Sequence[Token], begin: int, end: int, text: str) -> list[str]:
    """The surnames the office phrase ``tokens[begin:end]`` is given to: the name right after
    a capitalised title, the name after a comma ("the opposition leader, Peter Dutton"), the
    name before a comma and an article or owner ("Peter Dutton, the opposition leader")."""
    names: list[str] = []
    run = _name_after(tokens, end, text)
    opener = begin > 0 and tokens[begin - 1].norm in _ARTICLES
    if run and not _gap(text, tokens[end - 1], tokens[end]):
        names.append(run[-1].norm)  # "Prime Minister Keir Starmer", "defence minister Ivo Marin"
    elif run and text[tokens[end - 1].end : tokens[end].start].strip() == ",":
        closed = end + len(run) >= len(tokens) or _gap(text, run[-1], tokens[end + len(run)])
        if closed:  # an apposition is set off on both sides ("the premier, Siobhan Reilly,")
            names.append(run[-1].norm)  # "the opposition leader, Peter Dutton"
    start = begin - 1 if opener or (begin and tokens[begin - 1].norm == "a") else begin
    if start > 1 and tokens[start - 1].norm == "is" and tokens[start - 2].norm == "who":
        start -= 2  # "X, who is Norway's fisheries minister"
    if start > 0 and text[tokens[start - 1].end : tokens[start].start].strip() == ",":
        back = start - 1
        while back >= 0 and tokens[back].capitalised and tokens[back].norm not in NOT_NAMES:
            back -= 1
        closed = end >= len(tokens) or _gap(text, tokens[end - 1], tokens[end])
        placed = back >= 0 and tokens[back].norm in PLACE_BEFORE | _ARTICLES  # "to the Gulf,"
        if back < start - 1 and closed and not placed and not party_of(tokens[start - 1].text):
            names.append(tokens[start - 1].norm)  # "Peter Dutton, the opposition leader,"
    return names


def _name_after(tokens: Sequence[Token], at: int, text: str) -> list[Token]:
    """The capitalised name run (up to four words) opening at ``at``."""
    run: list[Token] = []
    for index, token in enumerate(tokens[at : at + 6], at):
        later = tokens[index + 1] if index + 1 < len(tokens) else None
        if run and token.norm in _PARTICLES and later is not None and later.capitalised:
            run.append(token)  # "Eloy Alfaro de Alba", "Ursula von der Leyen"
            continue
        if not token.capitalised or token.norm in NOT_NAMES or party_of(token.text):
            break
        if run and _gap(text, run[-1], token):
            break
        run.append(token)
        if token.text.endswith(SINGULAR_POSSESSIVES):
            return []  # "Prime Minister Starmer's government": an owner, still his office
    return run


def _gap(text: str, left: Token, right: Token) -> bool:
    """Whether punctuation or a line's end parts two tokens: one set test in C, where a
    generator tried each of the twelve marks in turn (speed spd48)."""
    return not _GAP_MARKS.isdisjoint(text[left.end : right.start])


_GAP_MARKS = frozenset(",;:.!?\u2014\u2013()|\n")


def office_reading(
    article: ArticleText, words: Sequence[Token], after: Sequence[Token], value: str
) -> str | None:
    """ "yes" when the value is the only person the page gives an office the description
    ``words`` fits (anywhere on the page: an office is the person's for the whole page, so
    "the Foreign Secretary replied" may come before "Foreign Secretary Liz Truss"); "not" when
    one other person fits and the page gives the value only offices that do not (a deputy, a
    lieutenant governor, a finance minister: a contradiction the page states); "unsure" when
    several fit; None when no one fits or no office is read."""
    described = office_of(words, after)
    value_words = [t.norm for t in tokenize(value)]
    if described is None or not value_words:
        return None
    placed = placed_holders(article)
    own_name = {name for name, _, at in placed if at == words[-1].start}
    if own_name:  # "The chairman of X, Avigdor Lieberman, saw": the credit names its holder
        return "yes" if own_name <= set(value_words) else "not"
    held = [(name, office) for name, office, _ in placed]
    fitting = {name for name, office in held if fits(described, office)}
    if not fitting and described.country and _leads(described):
        offices = {name for name, _ in held}  # "Britain's foreign secretary, X" is no leader
        fitting = {n for n in country_named(article, described.country) if n not in offices}
    if not fitting:
        return None
    if fitting <= set(value_words):  # "Eloy Alfaro de Alba": a holder's name runs to "de"
        return "yes"
    own = [office for holder, office in held if holder in value_words]
    mine = any(fits(described, office) for office in own)
    if len(fitting) == 1 and own and not mine and not fitting & set(value_words):
        return "not"  # "the premier" given to Reilly; the value is the deputy premier
    return "unsure"


__all__ = [
    "HEADS",
    "QUALIFIERS",
    "RANKS",
    "Office",
    "country_named",
    "fits",
    "holders",
    "office_of",
    "office_reading",
    "placed_holders",
]
