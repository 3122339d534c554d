"""A group noun standing for a group the article named before it ("ASEAN leaders met online. ... The
bloc appointed a special envoy": check 26's ASEAN), for the ``party`` and ``actor`` kinds
(:mod:`summarizer.verification.sides.parties`, :mod:`summarizer.verification.sides.event_actors`)
and the ``announcer`` kind (:mod:`summarizer.verification.sides.announcers`).

A noun stands for a group value when:
- the value is a group: an organisation of the alias table (ASEAN, the EU, NATO, the African
  Union, the G20, ...), or a name of capitalised words with a group word in it ("Pacific
  Islands Forum", "Southern African Development Community") or one acronym ("ECOWAS");
- the noun is definite ("the bloc", "the regional bloc", "the 27-nation bloc", "the Western
  military alliance", "the bloc's"), or "member states / countries / nations" with no name
  before it ("NATO member states" are NATO's, said so), written in lower case ("the African
  Union" is a name, "an alliance" and "several blocs" point back to nothing), with only
  generic modifiers between ("the dockworkers' union", "the international community" are
  others);
- the noun fits the group: "bloc", "grouping", "member states", "the regional body" fit any
  group; "union", "alliance", "league", "forum", "community", "organisation", "association"
  fit a group whose name has that word (and NATO is an alliance);
- the article names the group before the noun, and names no other group the noun fits
  between that mention and the noun (the nearest fitting group is the one meant).

Session 25 (checks 54-57): "the group", "the movement", "the militia" stand for an armed or
political movement of the table ("Hamas said ... The group had held up the release"; another
movement named between is the nearer one), "the agency" for a name with Agency, Programme or
Fund in it, for the IAEA and for an acronym the table lacks ("UNICEF ... the agency"); a news
agency named between (Reuters, AFP) may be "the agency" meant, so it blocks the reading.

Whether the noun stands as the one acting is read by the callers as for a name (a role, the
one acted on: "Russia condemned the bloc").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache

from summarizer.text.countries import PARTIES
from summarizer.text.vocabulary import NUMBER_WORDS
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.names import norms
from ..people.party_names import party_mentions, party_of

# The table's organisations a group noun may stand for (not countries, armed groups, courts).
_GROUP_KEYS = word_set("au asean arableague gcc opec g7 g20 brics osce eu nato un iaea")
# Armed or political movements of the table: "the group", "the movement", "the militia" stand
# for them ("Hamas said ... The group had held up the release"), never "the bloc".
_ARMED_KEYS = word_set(
    """islamicstate islamicjihad pkk sdf hts wagner rsf m23 alshabaab bokoharam hamas hezbollah
    houthis taliban"""
)
_ARMED_FITS = word_set("group movement militia")
# Nouns that fit any group; nouns that fit a group whose name has the word (or the key's).
_ANY = word_set("bloc grouping body")
_NAMED = word_set(
    """union alliance league forum community organisation organization association agency
    group movement"""
)
# Name words of a body a lower-case "the agency" stands for ("World Food Programme").
_AGENCY_WORDS = word_set("agency programme program fund")
# Every noun that may stand for a body.
_NOUNS = _ANY | _NAMED | _ARMED_FITS
_SPELLINGS = word_set("organisation organization")
_KEY_FITS = {
    "nato": word_set("alliance organisation organization"),
    "un": word_set("organisation organization"),
    "iaea": word_set("agency organisation organization"),
}
# Words of a group's own name that make a capitalised name a group's ("Pacific Islands Forum").
_NAME_WORDS = _NAMED | _AGENCY_WORDS | word_set("council cooperation commonwealth partnership bloc")
_MEMBERS = word_set("states countries nations")
# A company's legal ending: the name before it is a business's, "the group" of business copy.
_COMPANY_ENDS = word_set("inc ltd plc corp llc ag sa nv gmbh holdings")
# Generic words between "the" and the noun ("the 27-nation bloc", "the Western military
# alliance"): anything else makes it another owner's ("the dockworkers' union").
_MODIFIERS = word_set(
    """regional trade military western west southern northern eastern central continental
    economic political security defence defense transatlantic atlantic powerful entire whole
    pan asian southeast african european gulf arab pacific caribbean american latin nordic
    nation member country strong oil producing power influential wider broader"""
)
_DETERMINERS = word_set("the this")
_INDEFINITE = word_set("a an another")
# Small words inside a body's name ("International Organization for Migration").
_LINKS = word_set("of for on and")
_WIRES = frozenset({"AFP", "UPI", "DPA", "ANP", "TASS", "IANS", "PTI", "EFE", "ANSA", "BBC", "CNN"})
# News agencies, which "the agency" may stand for as well ("..., Reuters reported. The agency").
_NEWS_AGENCIES = word_set(
    """reuters afp ap xinhua tass ria interfax anadolu yonhap kyodo bernama efe ansa dpa irna
    wafa ani pti upi"""
)


@cache
def _identity(value: str) -> tuple[str | None, tuple[tuple[str, ...], ...], frozenset[str]] | None:
    """(table key or None, the value's names as norms, the nouns that fit it), or None when the
    value is no group."""
    key = party_of(value)
    if key is not None:
        if key in _ARMED_KEYS:
            return key, tuple(_words(tokenize(a)) for a in PARTIES[key][0]), _ARMED_FITS
        if key not in _GROUP_KEYS:
            return None
        names = tuple(_words(tokenize(alias)) for alias in PARTIES[key][0])
    else:
        tokens = tokenize(value)
        if tokens and tokens[0].norm == "the":
            tokens = tokens[1:]
        if not tokens or not all(t.capitalised or t.norm in _LINKS for t in tokens):
            return None
        if not (any(t.norm in _NAME_WORDS for t in tokens) or _acronym(tokens[0].text, tokens)):
            return None
        names = (_words(tokens),)
    words = {word for name in names for word in name}
    fits = _ANY | (_NAMED & words) | _KEY_FITS.get(key or "", frozenset())
    if words & _AGENCY_WORDS:
        fits |= {"agency"}
    if fits & _SPELLINGS:
        fits |= _SPELLINGS  # "the organisation" for "International Organization for ..."
    if key is None and len(names[0]) == 1:
        fits |= {"agency", "group"}  # "UNICEF ... the agency", "the ELN ... the group"
    return key, names, fits


@cache
def is_group_name(value: str) -> bool:
    """Whether the value is a group's name the alias table lacks ("Pacific Islands Forum",
    "ECOWAS"): its last word alone, in lower case, is a common noun, not the name."""
    return party_of(value) is None and _identity(value) is not None


def _words(tokens: Sequence[Token]) -> tuple[str, ...]:
    """A name's words as the article's phrase search reads them: "G20" is one word."""
    words: list[str] = []
    for token in tokens:
        if token.attached and words:
            words[-1] += token.norm
        else:
            words.append(token.norm)
    return tuple(words)


def _acronym(text: str, tokens: Sequence[Token]) -> bool:
    """One word of three or more capitals (digits allowed: "G20"), no wire's name."""
    bare = text.removesuffix("'s").removesuffix("\u2019s")
    return (
        len(tokens) == 1
        and len(bare) >= 3
        and bare.isupper()
        and bare.isalnum()
        and bare not in _WIRES
    )


def _nouns(tokens: Sequence[Token]) -> Iterator[tuple[int, int, str]]:
    """(first, last, noun) of each group noun in a sentence (see the module)."""
    for index, token in enumerate(tokens):
        norm = token.norm
        if norm == "member" and index + 1 < len(tokens) and tokens[index + 1].norm in _MEMBERS:
            start = _modified_from(tokens, index)
            before = tokens[start - 1] if start else None
            if token.capitalised and start == index and index:
                continue  # "NATO Member States": a name
            if before is None or not before.capitalised or before.norm in _DETERMINERS:
                yield start, index + 1, "member"
            continue
        if norm not in _NOUNS or token.capitalised:
            continue
        start = _modified_from(tokens, index)
        if start and tokens[start - 1].norm in _DETERMINERS:
            if norm == "body" and start == index:
                continue  # "the body of a peacekeeper": only "the regional / world body"
            yield start - 1, index, norm


def _modified_from(tokens: Sequence[Token], index: int) -> int:
    """The first of the generic modifiers right before ``tokens[index]``."""
    start = index
    while start and (
        tokens[start - 1].norm in _MODIFIERS
        or tokens[start - 1].is_number
        or tokens[start - 1].norm in NUMBER_WORDS
        or tokens[start - 1].norm == "world"
    ):
        start -= 1
    return start


def _other_groups(
    tokens: Sequence[Token], key: str | None, own: set[str]
) -> Iterator[frozenset[str]]:
    """The fitting nouns of each group other than the value a run of tokens names."""
    for _, named, _, _ in party_mentions(tokens):
        if named in _ARMED_KEYS and named != key:
            yield _ARMED_FITS
        elif named in _GROUP_KEYS and named != key:
            words = {w for alias in PARTIES[named][0] for w in norms(tokenize(alias))}
            yield _ANY | (_NAMED & words) | _KEY_FITS.get(named, frozenset())
    for index, token in enumerate(tokens):
        if token.norm in _NOUNS and not token.capitalised and _introduced(tokens, index):
            yield frozenset({token.norm})  # "a group of settlers": a new one "the group" may mean
            continue
        if token.norm in own and other_name(tokens, index, own):
            yield _ANY | ({token.norm} & _NAMED)  # "the Public and Commercial Services Union"
            continue
        if token.norm in _COMPANY_ENDS and index and tokens[index - 1].capitalised:
            yield frozenset({"group"})  # "Brandt Metals Inc cut jobs. The group": a company
            continue  # is "the group" of business copy (review rv-r3actors)
        if not token.capitalised or token.norm in own:
            continue
        if token.norm in _NEWS_AGENCIES:
            yield frozenset({"agency"})
        elif token.norm in _NAME_WORDS and index and tokens[index - 1].capitalised:
            agency = {"agency"} if token.norm in _AGENCY_WORDS else set()
            yield _ANY | ({token.norm} & _NAMED) | agency  # "the Pacific Islands Forum"
        elif _acronym(token.text, tokens[index : index + 1]) and party_of(token.text) is None:
            yield _ANY | _ARMED_FITS | {"agency"}  # "ECOWAS", "ELN", "UNICEF"
            if _joined(tokens, index):
                yield _NAMED  # "the National Education Union and the NASUWT": either union


def other_name(tokens: Sequence[Token], index: int, own: set[str]) -> bool:
    """Whether a name word the value shares ("Union") ends another body's name: capitalised
    words before it that are not all the value's own ("the Fire Brigades Union and the Public
    and Commercial Services Union": the second is no "Fire Brigades Union")."""
    if not (tokens[index].capitalised and tokens[index].norm in _NAME_WORDS and index):
        return False
    start = index
    while start and (tokens[start - 1].capitalised or tokens[start - 1].norm in _LINKS):
        start -= 1
    words = {token.norm for token in tokens[start:index] if token.norm not in _LINKS}
    return bool(words) and not words <= own


def _joined(tokens: Sequence[Token], index: int) -> bool:
    """Whether the acronym at ``index`` opens the run after the value's mention, joined to it
    by "and" or "or" ("X and the NASUWT both balloted"): a body of the value's own kind."""
    head = [token.norm for token in tokens[:index]]
    return head in (["and"], ["or"], ["and", "the"], ["or", "the"])


def _introduced(tokens: Sequence[Token], index: int) -> bool:
    """Whether the noun at ``index`` brings in a body of its own: "a" or "another" within the
    three words before it ("a small armed group", "another agency")."""
    return any(token.norm in _INDEFINITE for token in tokens[max(0, index - 3) : index])


def _antecedent(
    article: ArticleText, names: tuple[tuple[str, ...], ...], offset: int
) -> tuple[int, int] | None:
    """The span of the last mention of the value before ``offset``."""
    best: tuple[int, int] | None = None
    for words in names:
        for span in article.phrase_spans(words):
            if span[0] >= offset:
                break
            if best is None or span[0] > best[0]:
                best = span
    return best


def _between(article: ArticleText, start: int, end: int) -> Iterator[list[Token]]:
    """The article's tokens from ``start`` to ``end``, sentence by sentence."""
    for index in article.sentences_over(start, end):
        tokens = [t for t in article.sentence_tokens(index) if start <= t.start < end]
        if tokens:
            yield tokens


def group_nouns(value: str, article: ArticleText, sentence: int) -> list[tuple[int, int]]:
    """(first, last) token spans in the sentence where a group noun stands for the value (see
    the module); memoised per article."""
    memo_key = ("group nouns", value, sentence)
    known: list[tuple[int, int]] | None = article.memo.get(memo_key)
    if known is not None:
        return known
    known = []
    identity = _identity(value)
    tokens = article.sentence_tokens(sentence)
    nouns: list[tuple[int, int, str]] | None = article.memo.get(("group noun spans", sentence))
    if nouns is None:
        nouns = article.memo[("group noun spans", sentence)] = list(_nouns(tokens))
    if identity is not None and nouns:
        key, names, fits = identity
        own = {word for name in names for word in name}
        for first, last, noun in nouns:
            if noun != "member" and noun not in fits:
                continue
            span = _antecedent(article, names, tokens[first].start)
            if span is None:
                continue
            if any(
                noun == "member" or noun in others
                for run in _between(article, span[1], tokens[first].start)
                for others in _other_groups(run, key, own)
            ):
                continue
            known.append((first, last))
    article.memo[memo_key] = known
    return known


__all__ = ["group_nouns", "is_group_name", "other_name"]
