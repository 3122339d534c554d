"""The offices a page gives the people it names, read for a quote whose own sentence names
its speaker by an office (:mod:`summarizer.verification.quotes.title_referents`).

A person holds an office the page writes before the name ("Vice Premier He Lifeng", with a
capitalised place before it: "U.S. President Donald Trump"; "Secretary of State Marco Rubio")
or beside it between commas ("Donald Trump, the US president,", "the head of the European
Commission, Ursula von der Leyen,"); an appositive with a country's word and no office noun
("his French counterpart, Luc Marchand,") gives the person that place. An office is its noun
(chief, head and leader are one), its ranks ("vice", "prime", "top", "former") and its places
(a country by the party table's key: "China's", "Chinese"; "U.S." as "us"; or a body's word:
"Commission"). People are read by sentence, outside quotation marks: a run of two or more
capitalised words past titles and honours ("Sir"), or one after a title ("President Macron"),
or a surname the page gave in full before ("Trump's own account"); not an outlet's name
("Alpine Wire"), a country ("United States"), a date ("On Thursday").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from ..people.names import TITLES
from ..people.party_names import party_mentions, party_of
from ..sentences.antecedents import capitalised_runs
from .office_shapes import BECOMES, PERFECT, led, owned, owner_end, predicate, reversed_office
from .office_words import (
    HEADS,
    HEADS_OF_GOVERNMENT,
    OPENERS,
    RANKS,
    ROLES,
    SAME_HEAD,
    STRICT_RANKS,
    Office,
    breaks,
    office_from,
    office_in,
    possessive,
)

_APPOSING = word_set("the a an his her their its")
_HONOURS = word_set("sir dame lord lady mr mrs ms dr")
# Capitalised words that open a sentence or a date, never a name's ("On Thursday, EU ...").
_NOT_NAMES = word_set("the a an on in at for by with from after before as when while this that")
_NOT_NAMES |= frozenset((*MONTHS, *WEEKDAYS))
# Last words of an outlet's or a body's name, not a person's ("Alpine Wire", "The Harbour Courier").
_OUTLETS = word_set(
    """wire news times post press agency review bulletin ledger courier letter daily desk
    service herald journal gazette observer monitor tribune report weekly house office"""
)


# By sentence, the people it names (surname, whether an office is written with the name);
# the offices the page gives each surname; the name words each surname is written with.
Page = tuple[dict[int, list[tuple[str, bool]]], dict[str, list[Office]], dict[str, set[str]]]


def spoken_of(article: ArticleText, index: int) -> frozenset[str]:
    """The words and countries (by their table key, by name or people's word; a capital is
    not its country) the page writes outside sentence ``index``: an office of a people the
    page speaks of nowhere else stands for no one named (the session-24 reading of an unknown
    epithet, `make_speakers52_cases`)."""
    found: set[str] = set()
    for sentence, (start, end) in enumerate(article.sentences):
        if sentence != index:
            tokens = article.outside_quotes(start, end)
            found.update(t.norm for t in tokens)
            found.update(key for _, key, kind, _ in party_mentions(tokens) if kind != "capital")
    return frozenset(found)


def page_people(article: ArticleText, index: int) -> Page:
    """People named outside quotation marks up to sentence ``index`` (by sentence: surname and
    whether an office is written with the name there), and the offices each is given."""
    key = ("title-referent-people", index)
    known = article.memo.get(key)
    if known is None:
        known = article.memo[key] = _read_people(article, index)
    return known


def _read_people(article: ArticleText, index: int) -> Page:
    text = article.text
    people: dict[int, list[tuple[str, bool]]] = {}
    offices: dict[str, list[Office]] = {}
    names: dict[str, set[str]] = {}
    for sentence in range(index + 1):
        start, end = article.sentences[sentence]
        tokens = article.outside_quotes(start, end)
        for first, end in capitalised_runs(tokens, text):
            last = owner_end(tokens, first, end, text)  # "Chris Minns's Labor government"
            run = tokens[first : last + 1]
            titled = (i + 1 for i, t in enumerate(run[:-1]) if t.norm in TITLES | HEADS | ROLES)
            cut = max(titled, default=0)  # a name's last word is no title ("Priya Sen")
            name = [t for t in run[cut:] if t.norm not in _HONOURS | _NOT_NAMES]
            known = any(name[-1:] and name[-1].norm == p for v in people.values() for p, _ in v)
            if len(name) == 1 and not cut and known:
                people.setdefault(sentence, []).append((name[0].norm, False))
                continue  # "Trump's own account": a surname the page gave in full before
            # one word is a name only after a title ("President Macron")
            if len(name) < (1 if cut else 2) or len(name[-1].norm) < 2:
                continue
            if name[-1].norm in _OUTLETS:
                continue
            if party_of(" ".join(t.norm for t in name)):
                continue  # one capitalised word is no name read here; nor "United States"
            surname = name[-1].norm
            names.setdefault(surname, set()).update(t.norm for t in name)
            held = []
            if cut:  # "U.S. President Donald Trump": the place before the run is the office's
                before = _place_before(tokens, first, text)
                at = first - len(before) - 1  # "former President Donald Trump": a former office
                if at >= 0 and tokens[at].norm in STRICT_RANKS and not tokens[at].capitalised:
                    before = [tokens[at], *before]
                over = tokens[first - 2 : first] if first > 1 else []
                if over and over[1].norm == "of" and over[0].norm in HEADS:
                    before = over  # "Secretary of State Marco Rubio"
                held += office_in([*before, *run[:cut]])
            else:  # "Agriculture minister Rosa Vidal", "Ghanaian envoy Kwame Asante"
                held += office_in(_lower_title(tokens, first, text))
                held += _example_of(tokens, first)
            held += _apposed(tokens, first, last, text) + predicate(tokens, last, text)
            held += led(tokens, first) + reversed_office(tokens, first)
            if not held:  # "President Emmanuel Macron's government": he is its president
                held += owned(tokens, last, text)
            people.setdefault(sentence, []).append((surname, bool(held)))
            if held:
                offices.setdefault(surname, []).extend(held)
    return people, offices, names


def _example_of(tokens: Sequence[Token], first: int) -> list[Office]:
    """The role of a group a name is given as an example of ("Voters like Jane Doe", "critics
    such as Jane Doe", "residents, including Jane Doe"): the person holds that role, not an
    office. A group of no role ("leaders such as Emmanuel Macron") gives none."""
    norms = [t.norm for t in tokens[max(first - 3, 0) : first]]
    if norms[-1:] in (["like"], ["including"]):
        group = norms[-2:-1]
    elif norms[-2:] == ["such", "as"]:
        group = norms[-3:-2]
    else:
        return []
    noun = group[0][:-1] if group and group[0].endswith("s") else ""
    return [Office(noun, frozenset(), frozenset())] if noun in ROLES else []


def _lower_title(tokens: Sequence[Token], first: int, text: str) -> list[Token]:
    """An office noun in lower case right before a name, with the capitalised, rank and
    office words before it ("Agriculture minister", "Farmers' union chief": "chief" alone);
    empty when the word before the name is no office noun."""
    found: list[Token] = []
    at = first - 1
    while at >= 0 and len(found) < 4:
        token = tokens[at]
        if breaks(text, token.end, (found[0] if found else tokens[first]).start, ",;:.()"):
            break
        if not found and (token.capitalised or token.norm not in HEADS | ROLES):
            return []
        if found and not (token.capitalised or token.norm in HEADS | RANKS | TITLES):
            break
        if found and token.norm in _NOT_NAMES:
            break
        found.insert(0, token)
        at -= 1
    return found


def _place_before(tokens: Sequence[Token], first: int, text: str) -> list[Token]:
    """Capitalised words right before a run, past dots ("U.S.", "EU"), up to three."""
    found: list[Token] = []
    at = first - 1
    while at >= 0 and len(found) < 3 and tokens[at].capitalised and tokens[at].norm != "the":
        if text[tokens[at].end : tokens[at + 1].start].strip(". ") or at == first - 4:
            break
        found.insert(0, tokens[at])
        at -= 1
    return found


def _apposed(tokens: Sequence[Token], first: int, last: int, text: str) -> list[Office]:
    """Offices set beside a name by commas: "Trump, the US president," and "the head of the
    European Commission, Ursula von der Leyen"."""
    found: list[Office] = []
    after = last + 1
    if after < len(tokens) and "," in text[tokens[last].end : tokens[after].start]:
        chunk = _chunk(tokens, after, 1, text)
        if (chunk and chunk[0].norm in _APPOSING) or possessive(chunk, text):
            held = office_in(chunk)  # "Luis Arce, an economist,": a background, not a role
            found += [o for o in held if chunk[0].norm not in ("a", "an") or o.head not in ROLES]
    if first and "," in text[tokens[first - 1].end : tokens[first].start]:
        chunk = _portfolio(tokens, _chunk(tokens, first - 1, -1, text), first, text)
        opener = next((i for i, t in enumerate(chunk) if t.norm in _APPOSING or t.capitalised), 0)
        chunk = chunk[opener:]  # "met the head of the IMF, Kristalina Georgieva"
        if chunk and (chunk[0].norm in _APPOSING or possessive(chunk, text)):
            found += office_in(chunk)
    return found


def _portfolio(tokens: Sequence[Token], chunk: list[Token], first: int, text: str) -> list[Token]:
    """A chunk before a name that stopped at the "and" of a capitalised portfolio, taken to
    its office ("The Minister of Information and National Orientation, Mohammed Idris,",
    "the Secretary of Health and Human Services, X,"): an "and" between two capitalised words
    after an office's "of" joins the portfolio's words, not two people or places."""
    at = first - 1 - len(chunk)
    if not chunk or at < 1 or tokens[at].norm != "and" or not chunk[0].capitalised:
        return chunk
    if not tokens[at - 1].capitalised or breaks(text, tokens[at].end, chunk[0].start, ",;:.("):
        return chunk
    head = _chunk(tokens, at - 1, -1, text)
    norms = [t.norm for t in head]
    if "of" not in norms or not any(n in TITLES | HEADS for n in norms[: norms.index("of")]):
        return chunk
    # an office after "and" is another person's, unless the same noun ("Minister of Finance and
    # Coordinating Minister of the Economy"): "the Minister of Health and Governor of Lagos
    # State, X," gives X the governor's office only (review rv47s)
    owned = {n for n in norms[: norms.index("of")] if n in TITLES | HEADS}
    if not {t.norm for t in chunk if t.norm in HEADS} <= owned:
        return chunk
    opens = [i for i, n in enumerate(norms[: norms.index("of")]) if n in _APPOSING]
    return [*head[opens[-1] if opens else 0 :], tokens[at], *chunk]  # not "ABUJA - The"


def _chunk(tokens: Sequence[Token], at: int, step: int, text: str) -> list[Token]:
    """Up to eight tokens from ``at`` in direction ``step``, up to a comma or a clause word."""
    found: list[Token] = []
    while 0 <= at < len(tokens) and len(found) < 8:
        token = tokens[at]
        if found and step > 0 and breaks(text, found[-1].end, token.start, ",;:.("):
            break
        if step < 0 and found and breaks(text, token.end, found[0].start, ",;:.("):
            break
        if token.norm in ("between", "and", "with", "by") and step < 0:
            break
        found = [*found, token] if step > 0 else [token, *found]
        at += step
    return found


__all__ = [
    "BECOMES",
    "HEADS",
    "HEADS_OF_GOVERNMENT",
    "OPENERS",
    "PERFECT",
    "RANKS",
    "ROLES",
    "SAME_HEAD",
    "STRICT_RANKS",
    "Office",
    "Page",
    "breaks",
    "office_from",
    "office_in",
    "page_people",
    "possessive",
    "spoken_of",
]
