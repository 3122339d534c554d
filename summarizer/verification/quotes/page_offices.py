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
from dataclasses import dataclass

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from ..people.names import TITLES
from ..people.party_names import party_mentions, party_of
from ..sentences.antecedents import capitalised_runs

# The nouns an office is named by ("the president", "the Commission chief", "the top diplomat").
HEADS = (
    TITLES
    - word_set(
        """mr mrs ms dr vice deputy prime foreign defense defence state treasury majority
        minority former acting special member principal lt col gen adm pres sen rep gov
        senators sens reps representatives"""
    )
) | word_set("head diplomat mayor commissioner negotiator commander")
SAME_HEAD = {
    "chief": "head", "leader": "head", "chair": "chairman", "spokesperson": "spokesman",
    "spokeswoman": "spokesman",
}  # fmt: skip
# Rank words that change the office ("the vice premier" is not "the premier").
RANKS = word_set(
    "vice deputy prime top senior chief foreign interior defence defense finance former ex"
)
# Ranks that make another office ("the vice premier" is not the premier, nor the former
# prime minister the prime minister).
STRICT_RANKS = word_set("vice deputy former ex")
# Nouns of a role that is no office ("The economist Paul Krugman", "Reporter Tim Hale", "The
# president's wife, Melania Trump,"): a person the page gives one is not the one a quote's
# office subject stands for (review rvR).
ROLES = (
    word_set(
        """economist analyst reporter journalist correspondent columnist commentator critic lawyer
    attorney barrister teacher farmer survivor witness resident student activist campaigner
    professor scholar historian researcher scientist doctor nurse worker businessman
    businesswoman tycoon entrepreneur investor banker trader shopkeeper driver pilot soldier
    veteran wife husband daughter mother father brother sister widow widower figure writer
    novelist actor actress singer artist coach athlete voter protester pastor"""
    )
    - HEADS
)
OPENERS = word_set("the his her its their")
_PEOPLE_ENDS = (
    "ian", "ean", "ese", "sh", "ch", "ni", "si", "ki", "ri", "li", "ti", "qi", "di", "ist",
)  # fmt: skip
_APPOSING = word_set("the a an his her their its")
# The copulas an office is given by as a predicate ("is", "has become"); not "was", which
# may be a former office.
BECOMES = word_set("is becomes became become remains")
PERFECT = word_set("has have had")
_GOVERNMENTS = word_set("government coalition cabinet")
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
Page = tuple[dict[int, list[tuple[str, bool]]], dict[str, list["Office"]], dict[str, set[str]]]


@dataclass(frozen=True)
class Office:
    """An office: its noun ("president"; chief, head and leader as "head"), its ranks and its
    places (a country's table key or a body's word)."""

    head: str
    ranks: frozenset[str]
    places: frozenset[str]
    # the places that are a country or a people's word ("U.S.", "Comorian", "Welsh")
    peoples: frozenset[str] = frozenset()


# "the prime minister", "the premier", "the chancellor": the offices a government's owner holds
HEADS_OF_GOVERNMENT = (
    Office("minister", frozenset({"prime"}), frozenset()),
    Office("premier", frozenset(), frozenset()),
    Office("chancellor", frozenset(), frozenset()),
)


def office_from(tokens: Sequence[Token], head: int) -> Office:
    """An office from its words, the noun at index ``head``."""
    norms = [t.norm for t in tokens]
    noun = norms[head]
    rest = [n for n in norms if n != noun and n not in OPENERS and n not in ("a", "an", "of")]
    if "u" in rest and "s" in rest:  # "U.S." is written as two tokens
        rest = [n for n in rest if n not in ("u", "s")] + ["us"]
    places = frozenset(_place(n) for n in rest if n not in RANKS and n not in HEADS)
    peoples = {_place(t.norm) for t in tokens if t.capitalised and _people_word(t.norm)}
    if "us" in places:
        peoples.add("us")
    ranks = frozenset(r for r in rest if r in RANKS)
    return Office(SAME_HEAD.get(noun, noun), ranks, places, frozenset(peoples & places))


def _people_word(norm: str) -> bool:
    """A country's or a people's word: in the party table, or of a people's word's shape."""
    return party_of(norm) is not None or norm.endswith(_PEOPLE_ENDS)


def _place(norm: str) -> str:
    """A place word as the party table's key ("chinese" -> "china"), else as written."""
    found = party_of(norm)
    return found.lower() if found else norm


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
        for first, last in capitalised_runs(tokens, text):
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
            held += _apposed(tokens, first, last, text) + _predicate(tokens, last, text)
            held += _owned(tokens, last, text)
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
        chunk = _chunk(tokens, first - 1, -1, text)
        opener = next((i for i, t in enumerate(chunk) if t.norm in _APPOSING or t.capitalised), 0)
        chunk = chunk[opener:]  # "met the head of the IMF, Kristalina Georgieva"
        if chunk and (chunk[0].norm in _APPOSING or possessive(chunk, text)):
            found += office_in(chunk)
    return found


def _predicate(tokens: Sequence[Token], last: int, text: str) -> list[Office]:
    """An office given as the predicate of a present or coming-to-be copula right after the
    name ("Mark Carney has become the country's new prime minister", "Josh Shapiro is the
    governor of Pennsylvania"); never after "was", which may be a former office."""
    at = last + 1 + (last + 1 < len(tokens) and tokens[last + 1].norm in PERFECT)
    if at + 2 >= len(tokens) or tokens[at].norm not in BECOMES or tokens[at + 1].norm != "the":
        return []
    end = at + 2
    while end < len(tokens) - 1 and end - at < 7 and tokens[end].norm not in HEADS:
        end += 1
    while end + 1 < len(tokens) and tokens[end + 1].norm in HEADS:
        end += 1  # "prime minister"
    if tokens[end].norm not in HEADS or breaks(text, tokens[last].end, tokens[end].start, ",;:("):
        return []
    return office_in(tokens[at + 1 : end + 1])


def _owned(tokens: Sequence[Token], last: int, text: str) -> list[Office]:
    """The offices that head a government, for the name that owns one ("Donald Tusk's
    coalition", "Pedro Sanchez's minority government"): a parliamentary page often never
    writes "Prime Minister Tusk", and calls him "the prime minister" after that."""
    if not possessive(tokens[last : last + 1], text):
        return []
    for token in tokens[last + 1 : last + 4]:
        if breaks(text, tokens[last].end, token.start, ",;:.(") or token.norm in _NOT_NAMES:
            return []  # "Tusk's rivals in government": not his
        if token.norm in _GOVERNMENTS:
            return list(HEADS_OF_GOVERNMENT)
    return []


def possessive(chunk: Sequence[Token], text: str) -> bool:
    """Whether the chunk opens with a possessive ("China's", "the EU's")."""
    return bool(chunk) and text[: chunk[0].end].endswith(("'s", "\u2019s"))


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


def office_in(chunk: Sequence[Token]) -> list[Office]:
    """The office a chunk names: the noun before "of" ("head of the European Commission"), else
    its last word, when that is an office noun; or a description with a country's word ("his
    French counterpart"), which gives the person that place."""
    norms = [t.norm for t in chunk]
    if "of" in norms and norms.index("of") and norms[norms.index("of") - 1] in HEADS:
        return [office_from(chunk, norms.index("of") - 1)]
    if norms and (norms[-1] in HEADS | ROLES or any(party_of(n) for n in norms[:-1])):
        return [office_from(chunk, len(chunk) - 1)]
    return []


def breaks(text: str, start: int, end: int, marks: str) -> bool:
    """Whether one of ``marks`` stands in the text between two offsets."""
    return any(mark in text[start:end] for mark in marks)


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
    "page_people",
    "possessive",
    "spoken_of",
]
