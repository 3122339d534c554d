"""An organisation's description as a quote's speaker ("the airline said", "the company said",
"In the directive the agency says", "the German group, Europe's biggest carmaker, conceded")
read back to the organisation a reader takes it for: the most salient one of its kind (session
38, outside checks 83-85), for :func:`summarizer.verification.quotes.back_subjects.subject_back`.

A definite description agrees in kind with its antecedent and picks the salient one of that
kind. The kind is the description's head noun: an airline ("airline", "carrier"), an agency
("agency", "regulator", "administration", "authority", "bureau", "watchdog"), a union, a bank,
a carmaker, or any business ("company", "firm", "group", "business", "corporation"). A name is
of a kind when its own words say so ("Turkish Airlines", "Air India", "the Federal Aviation
Administration", "Canadian Union of Public Employees") or the page puts a noun of the kind
beside it ("Parts maker Quality Metalcraft", "CFM International, the engine maker"); any
organisation is a business's kind, a person or a country never.

Walking back from the quote, sentence by sentence:
- a description of a kind that fits, standing as a subject ("That order will not be placed,
  the airline said"), is the same one: the walk goes on, its kind now the narrower of the two
  ("the company" after "the airline said" looks for an airline);
- a named subject of the kind that is not the speaker ends the walk: "the company" never
  reaches past another company that is the subject of a nearer sentence ("Tresco Mills
  rejected it. "...," the company said" is not Halvard's);
- a sentence that names the speaker (as its subject, a possessive or an object: "Volkswagen's
  operating profit shrank", "the Air India Boeing 787-8") gives it the quote.
A generic business noun reads back three paragraphs at most; a narrower kind (an airline, an
agency) as far as the page goes, since only a name of that kind can take it.

Left out: a description of a person ("the minister", "the chief executive"), read by the title
rules; a speaker given as two parties; an organisation the page never names outside quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.countries import PARTIES
from summarizer.text.ordinary import ordinary_forms
from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.names import TITLES
from ..people.party_names import party_of
from .body_kinds import BUSINESS as _BUSINESS
from .body_kinds import KINDS as _KINDS
from .body_kinds import NAME_WORDS as _NAME_WORDS
from .description_misfits import a_person, any_misfit, labelled, organisation_name
from .description_misfits import misfit as _misfit
from .description_misfits import name_pattern as _name_pattern
from .kind_nouns import noun_before
from .opening_subjects import sentence_subject
from .speech import SPEECH_VERBS

_PARAGRAPHS = 3  # how far a business's generic noun reads back
_OPENERS = word_set("the")
_MODIFIERS = 4  # words between "the" and the head noun ("the Copenhagen-based drug company")


def _kind_of(noun: str) -> str | None:
    return next((kind for kind, nouns in _KINDS.items() if noun in nouns), None)


def _fits(kind: str, wanted: str) -> bool:
    """Whether a description of ``kind`` may stand for one looked for as ``wanted``."""
    return wanted == _BUSINESS or kind in (wanted, _BUSINESS)


def _narrower(one: str, other: str) -> str:
    return other if one == _BUSINESS else one


def _description(tokens: Sequence[Token], text: str) -> tuple[int, str, int] | None:
    """(where it ends, its kind, where its head noun is) of a description that is the subject
    of a speech verb: "the [words] NOUN" then the verb, or then an appositive set off by commas
    and the verb ("the German group, Europe's biggest carmaker, conceded": the narrower of the
    two nouns). A description after a preposition is the object of another's noun, whose
    words they are ("A former pilot at the airline said", "Critics of the company said"), but
    for a voice of the body's own ("A spokeswoman for the company said")."""
    for index, token in enumerate(tokens):
        if token.norm not in _OPENERS:
            continue
        if (
            index
            and tokens[index - 1].norm in _OF
            and (index < 2 or tokens[index - 2].norm not in _VOICES)
        ):
            continue
        for head in range(index + 1, min(index + 1 + _MODIFIERS, len(tokens))):
            kind = _kind_of(tokens[head].norm)
            if kind is None:
                continue
            after = head + 1
            if after < len(tokens) and "," in text[tokens[head].end : tokens[after].start]:
                close = next(
                    (i for i in range(after + 1, min(after + 7, len(tokens)))
                     if "," in text[tokens[i - 1].end : tokens[i].start]),
                    None,
                )  # fmt: skip
                if close is None:
                    break
                apposed = [_kind_of(t.norm) for t in tokens[after:close]]
                kind = next((k for k in apposed if k and _fits(k, kind)), kind)
                after = close
            if after < len(tokens) and tokens[after].norm in SPEECH_VERBS:
                return after, kind, head
            break
    return None


# Prepositions a description may be the object of, and the nouns whose words are the body's
_OF = word_set("of at for from with to by in on inside within near against")
_VOICES = word_set(
    """spokesman spokeswoman spokesperson spokespeople representative representatives
    statement filing letter notice release"""
)


def _another_named(article: ArticleText, name: str, tokens: Sequence[Token], head: int) -> bool:
    """Whether a capitalised word before the description's head noun names another than
    ``name`` ("the Trump administration" for the Federal Aviation Administration): a word
    neither of the name, nor a people's adjective ("the German group"), nor one the page
    writes beside the name ("Kessler Werke, the Munich engineering group")."""
    own = {t.norm for t in tokenize(name)}
    near: set[str] = set()  # the words of the sentences that name it, but the description's
    for match in _name_pattern(name).finditer(article.text):
        start, end = article.sentences[article.sentence_at(match.start())]
        if not start <= tokens[head].start < end:
            near |= {t.norm for t in tokenize(article.text[start:end])}
    opener = next(i for i in range(head, -1, -1) if tokens[i].norm in _OPENERS)
    for token in tokens[opener + 1 : head]:
        if not token.capitalised or token.norm in own or token.norm in near:
            continue
        key = party_of(token.norm)
        if key is not None and token.norm in {w.lower() for w in PARTIES[key][1]}:
            continue  # "the Swedish group"
        return True
    return False


def misfit_description(article: ArticleText, parts: Sequence[str], quote: int) -> bool:
    """Whether the quote's own sentence credits it to an organisation's description whose
    modifiers say it is not ``parts`` (:func:`_misfit`): a read-back to the name is wrong."""
    if len(parts) != 1:
        return False
    name = parts[0].strip()
    name = name[4:] if name.lower().startswith("the ") else name
    start, end = article.sentences[article.sentence_at(max(quote - 1, 0))]
    tokens = article.outside_quotes(start, end)
    found = _description(tokens, article.text) if name else None
    if found is None:
        return False
    narrow = found[1] != _BUSINESS and not _of_kind(article, name, found[1])  # "the airline"
    return any_misfit(article, name, tokens, found[2], found[1] if narrow else None, start)


def _of_kind(article: ArticleText, name: str, kind: str, own: bool = False) -> bool:
    """Whether the page shows ``name`` is an organisation of ``kind``: its own words, or a
    noun of the kind right before it or set off by a comma after it ("Parts maker X", "X,
    the engine maker")."""
    words = {t.norm for t in tokenize(name)}
    if words & _NAME_WORDS[kind] or (kind == _BUSINESS and _initials(name)):
        return True
    nouns = _KINDS[kind] if kind != _BUSINESS else frozenset().union(*_KINDS.values())
    for match in _name_pattern(name).finditer(article.text):
        before = noun_before(article, match.start(), name, own)  # own: no lead's (mn62c)
        if before is not None and before.norm in nouns:
            return True
        rest = article.text[match.end() : match.end() + 60]
        apposed = re.match(r"(?:'s)?,\s+((?:[\w'\u2019-]+\s+){0,4}?[\w-]+)[,.]", rest)
        if apposed and _head(apposed.group(1)) in nouns:
            return True
        # "X's profit shrank, and the carmaker has named ...": the next clause's subject
        sentence = re.split(r"[.!?]\s", article.text[match.end() : match.end() + 240])[0]
        clause = _NEXT_CLAUSE.search(sentence)
        if (
            clause
            and tokenize(clause.group(1))[-1].norm in nouns
            and not _names_between(sentence[: clause.start()])
        ):
            return True
    return False


def _head(group: str) -> str:
    """An apposition's head noun: the word before its "of", else its last word ("the engine
    maker", "the maker of jets"; "the company's chair", "head of the carrier" are people)."""
    words = [t.norm for t in tokenize(group)]
    cut = words.index("of") if "of" in words else len(words)
    return words[cut - 1] if cut else ""


def _names_between(stretch: str) -> bool:
    """Whether ``stretch`` names an organisation or a person (a capitalised word that is no
    ordinary word, day or month): "X resigned as head of Dunmore Foods on Friday, and the
    company ..." leaves "the company" to Dunmore Foods."""
    return any(
        t.capitalised and t.norm not in ordinary_forms() and t.norm not in _CALENDAR
        for t in tokenize(stretch)
    )


_CALENDAR = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
)


_NEXT_CLAUSE = re.compile(r"[,;]\s+(?:and\s+|but\s+)?the\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+[a-z]")


def _rivals(article: ArticleText, rival: str, kind: str) -> bool:
    """Whether a named subject may be what the description stands for: any name but a
    country's for a business's noun, a name of the kind for a narrower one."""
    if kind != _BUSINESS:
        return _of_kind(article, rival, kind) and not a_person(article, rival)
    key = party_of(rival)
    return (key is None or not PARTIES[key][1]) and not a_person(article, rival)


def a_thing(article: ArticleText, name: str) -> bool:
    """Whether the page shows ``name`` is an organisation, never a "he" or a "she": its own
    words write a business's kind ("Halvorsen Steel Group"), or a sentence opens with it and
    writes "its" before any other noun opens ("Orbis Media cut 200 jobs in its news
    division"): a name inside a sentence leaves "its" to the subject ("The petition names
    Hans Berg as its target")."""
    if {t.norm for t in tokenize(name)} & _NAME_WORDS[_BUSINESS]:
        return True
    for match in _name_pattern(name).finditer(article.text):
        start = article.sentences[article.sentence_at(match.start())][0]
        if article.outside_quotes(start, match.start())[-1:]:
            continue  # only a sentence's subject: "The petition names X as its targets"
        if _its_elsewhere(article, name, article.sentence_at(match.start())):
            continue  # "Osgood Power lost money. Marta Selby has run its trading arm"
        rest = re.split(r"[.;!?]\s", article.text[match.end() : match.end() + 80])[0]
        if rest[:1] in ("'", "\u2019", ","):
            continue  # "Ishiba's coalition lost its", "X, said Israel ... its": another's
        for token in tokenize(rest)[:_ITS_REACH]:
            if token.norm in _LONE or token.capitalised:
                break  # "X praised the firm and its staff", "X met Orbis and its": theirs
            if token.norm == "its":
                return True
    return False


_ITS_REACH = 8
_PERSONAL = word_set("he she they i we you")


def _its_elsewhere(article: ArticleText, name: str, index: int) -> bool:
    """Whether the sentence before the name's offers "its" another antecedent: a subject of
    its own that is not the name nor a personal pronoun ("Osgood Power has lost money. Marta
    Selby has run its trading arm": Osgood's arm, and Selby a person still)."""
    if index == 0:
        return False
    start, end = article.sentences[index - 1]
    tokens = article.outside_quotes(start, end)
    subject = sentence_subject(list(tokens), article.text) if tokens else []
    if not subject or subject[0].norm in _PERSONAL or subject[-1] is tokens[-1]:
        return False  # no subject, a person's pronoun, or a line with no predicate (a byline)
    return not _name_pattern(name).search(article.text[subject[0].start : subject[-1].end])


def _initials(name: str) -> bool:
    return name.isalpha() and name.isupper() and len(name) >= 2


def _person(subject: Sequence[Token]) -> bool:
    """A name that is a person's: a title among its words ("President Tayyip Erdogan"), not
    when its own words give a body's kind ("Envoy Air", "Ambassador Motors"; session 44)."""
    names = " ".join(t.text for t in subject)
    return any(t.norm in TITLES for t in subject) and not organisation_name(names)


def _titled(tokens: Sequence[Token], name: str) -> bool:
    """Whether a title stands right before the name in its sentence ("chief operating officer
    Michael Murray"): a person's, no organisation's."""
    first = tokenize(name)[0].norm
    return any(
        token.norm == first and at and tokens[at - 1].norm in TITLES | _ROLES
        for at, token in enumerate(tokens)
    )


_ROLES = word_set("officer executive ceo cfo coo founder analyst economist")


def _named(name: str, article: ArticleText, start: int, end: int) -> bool:
    return any(
        article.quoted_region_at(m.start() + start) is None
        for m in _name_pattern(name).finditer(article.text[start:end])
    )


def _subject_names(tokens: Sequence[Token], text: str) -> list[str]:
    """The names in a sentence's subject, as written: its capitalised runs, the subject carried
    on through a kind's noun and "and" ("Parts maker Quality Metalcraft", "Kessler Engines and
    Marr Turbines"); a lone common word with the sentence's capital ("Parts") is none."""
    subject = sentence_subject(list(tokens), text)
    if not subject or subject[-1] not in tokens:
        return []
    first, last = tokens.index(subject[0]), tokens.index(subject[-1])
    nouns = frozenset().union(*_KINDS.values())
    while last + 1 < len(tokens) and (
        tokens[last + 1].capitalised
        or tokens[last + 1].norm in nouns
        or (
            tokens[last + 1].norm == "and"
            and last + 2 < len(tokens)
            and tokens[last + 2].capitalised
        )
    ):
        last += 1
    names: list[str] = []
    index = first
    while index <= last:
        if not tokens[index].capitalised:
            index += 1
            continue
        end = index
        while end + 1 <= last and tokens[end + 1].capitalised:
            end += 1
        lone = end == index and (
            tokens[index].norm in ordinary_forms() | _LONE
            or tokens[index].norm in STOPWORDS  # "Should creditors take up every option"
            or (index == 0 and _written_lower(tokens[index], text))
        )  # "Completions rose 4 per cent": capitalised by its place, lower case elsewhere
        if not lone:
            names.append(text[tokens[index].start : tokens[end].end])
        index = end + 1
    return names


_LONE = word_set("the a an")


def _written_lower(token: Token, text: str) -> bool:
    """Whether the word is a common one: the page writes it in lower case somewhere, or an
    inflection of it is an ordinary word ("Revenue rose": "revenues")."""
    word = token.norm
    siblings = {
        word + "s",
        word + "es",
        word + "ed",
        word + "d",
        word[:-1] if word.endswith("s") else "",
    }
    if siblings & ordinary_forms():
        return True
    return re.search(r"(?<![\w-])" + re.escape(token.text.lower()) + r"(?![\w-])", text) is not None


def described_body(article: ArticleText, parts: Sequence[str], quote: int) -> bool:
    """Whether the quote at ``quote`` is credited to an organisation's description that reads
    back to ``parts`` (see the module)."""
    if len(parts) != 1:
        return False
    name = parts[0].strip()
    name = name[4:] if name.lower().startswith("the ") else name
    key = party_of(name)
    if not name or (key is not None and PARTIES[key][1]):
        return False  # a country is never "the company"
    text = article.text
    own = article.sentence_at(max(quote - 1, 0))
    start, end = article.sentences[own]
    found = _description(article.outside_quotes(start, end), text)
    if found is None:
        return False
    return reads_back(article, name, own, article.outside_quotes(start, end), found[2], found[1])


kind_of = _kind_of  # public: a description head's kind


def reads_back(
    article: ArticleText,
    name: str,
    own: int,
    tokens: Sequence[Token],
    head: int,
    kind: str | None = None,
    organisation: bool = False,
    paragraphs: int = _PARAGRAPHS,
) -> bool:
    """Whether the description whose head noun is ``tokens[head]``, in sentence ``own``, reads
    back to the organisation ``name``: the name is of the noun's kind, the description names no
    other ("the Trump administration"), and walking back no other named subject of the kind
    stands nearer (see the module); ``kind`` narrows the noun's (an apposition's kind);
    ``organisation``: the caller has shown the name is an organisation, so of a business's
    kind; ``paragraphs``: how far a business's generic noun reads back."""
    kind, noun = kind or _kind_of(tokens[head].norm), tokens[head].norm

    def of_kind(kind: str) -> bool:
        return (organisation and kind == _BUSINESS) or _of_kind(article, name, kind)

    if kind is None or not of_kind(kind):
        return False
    if _another_named(article, name, tokens, head):
        return False  # "the Trump administration said" is not the FAA
    if _misfit(article, name, tokens, head):
        return False  # "the rival airline said" is not the airline named
    text = article.text
    paragraph = article.paragraph_at(article.sentences[own][0])
    for index in range(own - 1, -1, -1):
        start, end = article.sentences[index]
        if kind == _BUSINESS and paragraph - article.paragraph_at(start) > paragraphs:
            return False
        tokens = article.outside_quotes(start, end)
        if not tokens:
            continue
        named = labelled(article, noun, end)  # "fined brokerage firm X. "...," the firm said"
        if named is not None and named[0] >= start and _name_pattern(name).search(named[1]):
            return of_kind(kind)
        names = _subject_names(tokens, text)
        chained = _description(tokens, text)
        rivals = [
            n
            for n in names
            if not _person(tokenize(n)) and not _titled(tokens, n) and _rivals(article, n, kind)
        ]
        if any(_name_pattern(name).search(named) for named in names):
            if any(not _name_pattern(name).search(n) for n in rivals):
                return False  # "Orbis and Tellar reported results. The company ...": either
            if of_kind(kind):
                return True  # "Parts maker Quality Metalcraft will let go ..."
            continue  # "Kessler Engines are bidding": no airline
        if rivals and chained is None:
            return False  # "Tresco Mills rejected it. "...," the company said"
        if _named(name, article, start, end) and of_kind(kind):
            return True
        if chained is not None and _fits(chained[1], kind):
            kind = _narrower(kind, chained[1])  # "the airline said. ... the company said"
    return False


def of_some_kind(article: ArticleText, name: str, own: bool = False) -> bool:
    """Whether the page shows ``name`` is an organisation of any kind (``own``: kind_nouns)."""
    return any(_of_kind(article, name, kind, own) for kind in _KINDS)


subject_names = _subject_names  # public: the names in a sentence's subject


__all__ = [
    "a_thing",
    "described_body",
    "kind_of",
    "misfit_description",
    "of_some_kind",
    "reads_back",
    "subject_names",
]
