"""A role the page gives ANOTHER named person, refused for this one, read for
:mod:`summarizer.verification.people.person_rules` (session 29: Gemma 3 270M gave a musician the
post "deputy chief of the region's tax office" that the page gives the next person named, gave
that person the regional military administration a third person "heads", and gave Trump
"US Secretary of State" and Putin "Foreign Minister" from "Trump is joined by Secretary of
State Marco Rubio ...; Putin by Foreign Minister Sergei Lavrov").

:mod:`.role_holders` ties a role's words to the name written with them, and
:func:`.person_titles.described` refused another's role only for a person the page gives an
OFFICE word of their own; a person described by a non-office noun ("Olena Kohut, a musician
in the orchestra") or named bare ("Trump is joined by") kept any role. Two readings here:

- :func:`rival_post`: the person has a description of their own on the page (an apposition
  "X, a musician in ...", "X, who was deputy chief of ...", a copula "X is the ...", a verb
  of heading "X now chairs ..."). Refused: a role the page ties to another named person
  only (:mod:`.role_holders`), unless this person's description holds every office word of
  the value and names no holder (:func:`same_rank`: "Anna Kelly, also a spokeswoman"), or
  names a holder with a word of succession (:func:`handed_over`: "Berg, who replaced Lars
  Dahl as"), or the value is a post under another and the description names the holder or
  "his"/"her" (:func:`_under`: "and his deputy, Ihor Zhovkva"). Refused too: a value whose
  distinctive words (no office word, party or filler: "region tax office", "regional
  military administration"; at least two) all stand in ANOTHER named person's description
  ("Artyukh, who heads the regional military administration") and in none of this person's,
  the title run before the name counted as one when it holds an office word ("Kyiv's mayor,
  Vitali Klitschko").
- :func:`sole_holders`: the person has no title (not even a generic one: "NATO chief Mark
  Rutte", "Russia's top diplomat, Sergei Lavrov" keep their roles, session 25) and no
  description anywhere on the page (:mod:`.role_descriptions`), and every place the page
  writes the role's words (the party dropped when the whole is written nowhere: "Secretary
  of State" for "US Secretary of State") is tied to another named person as a present
  office. Kept: a role written anywhere of no one ("the president himself"), given to
  another as a past one ("former"), or to a "name" that is a party or opens with a function
  word, written in the plural ("foreign ministers") or with "counterpart" anywhere on the
  page, a sentence that names this person with a word of succession or sharing ("Y replaced
  X as", "co-chair", "jointly"), a generic role that many hold ("official", "spokesman",
  "adviser"), and a head of state's or government's bare title (:data:`HEADS`: each country
  has its own).

Review rvr29 (session 29): a word of another office ("deputy", "vice") in this person's
description is another rank (:func:`same_rank`: "Gregoire, the deputy mayor" is no mayor), a
value adding one to this person's title is refused when another holds it (:func:`modified`),
"Vice President" is no head's bare title, and both refusals keep a value a sentence shares
with this person (:func:`room_here`: "hosted his counterparts, Sikorski and Barrot", "who took
over France's foreign ministry").

Deliberately not read: a pronoun's role ("He heads ..."); a shared surname (two Kobzars) reads
as one person, as in :mod:`.person_rules`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from .party_names import named_at, party_of
from .person_titles import value_parties
from .role_descriptions import (
    OFFICE_WORDS,
    Description,
    descriptions_in,
    own_descriptions,
    same_person,
    sentences_of,
    title_words,
)
from .role_holders import FORMER, OTHER_OFFICE, Tie, role_ties, role_words

_FILLERS = word_set("the of for and a an in at to on its his her their")
# Roles many people hold at once: never refused by another holder alone.
_GENERIC = word_set(
    """official officials spokesman spokeswoman spokesperson aide aides adviser advisor
    advisers lawmaker lawmakers diplomat diplomats member members leader leaders head chief
    representative officer officers staffer source sources analyst expert resident witness
    soldier commander activist envoy"""
)
# Words in a tie's sentence that may make this person a holder too.
_SHARED = word_set(
    """replaced replaces replacing replace succeeded succeeds succeeding succeed successor
    predecessor cochair jointly joint both alongside fellow counterpart handed took
    takes taking named appointed nominated counterparts"""
)
# The narrower words that leave a described or titled person room for another's role when
# their name follows closely ("hosted his counterparts, Sikorski and Barrot"): a sharing, not
# a succession ("His successor, Defense Secretary Pete Hegseth" is no former secretary).
_SHARING = word_set("counterpart counterparts cochair jointly")
_TAKING = word_set("took takes taking")  # "took over"
_STEM = 5  # letters of a word's stem ("ministry" holds "minister"'s)
_NEAR = 5  # words after a handing-over that may name the office
_MIN_DISTINCT = 2
_PRONOUNS = word_set("his her their its")  # "and his deputy, Ihor Zhovkva": under the one before
# Words of a post under another holder ("deputy health secretary" under the secretary).
_UNDER = word_set(
    """deputy vice assistant associate under aide adviser advisor spokesman spokeswoman
    spokesperson envoy secretary acting interim"""
)
#: A country's head of state or government: one per country, so another holder of the bare
#: title ("President Donald Trump") leaves this person's ("President" of Putin) open.
HEADS = word_set("president prime premier chancellor king queen emir monarch sultan taoiseach")
# Capitalised words that open a sentence, not a name ("From London, the prime minister").
_NOT_NAMED = word_set(
    """from in at on by with after before for to the a an and but as when while since
    meanwhile later earlier then still also yesterday today this that there here it he she
    they we his her their our its"""
)


def distinct_words(value: str) -> frozenset[str]:
    """The value's words that name the body or field of the office (no office word, no
    party, no filler): "regional military administration" of "deputy chief of the regional
    military administration"."""
    tokens = tokenize(value)
    parties: set[int] = set()
    for index, token in enumerate(tokens):
        hit = named_at(tokens, index) if token.capitalised else None
        if hit is not None:
            parties.update(range(index, index + hit[2]))
    return frozenset(
        token.norm
        for index, token in enumerate(tokens)
        if index not in parties
        and token.norm not in OFFICE_WORDS
        and token.norm not in _FILLERS
        and not token.is_number
    )


def rival_post(article: ArticleText, name: tuple[str, ...], value: str, titled: bool) -> str | None:
    """The other person the page gives the value to, when this person has a description of
    their own (``titled``: a title before the name) that does not hold it (see the module);
    None otherwise."""
    own = own_descriptions(article, name)
    if role_words(value) <= _GENERIC or not name:
        return None
    higher = modified(article, name, value)
    if higher is not None:
        return higher
    others = [tie for tie in role_ties(article, value) if _person_like(tie) and not tie.former]
    if (
        own
        and others
        and not any(same_person(name, tie.name) for tie in others)
        and not same_rank(value, own, others)
        and not any(role_words(value) <= found.as_post for found in own)
        and not _under(value, own, others)
        and not handed_over(article, name, [" ".join(tie.name) for tie in others])
        and not room_here(article, name, value)
    ):
        return " ".join(others[0].name).title()  # "Kohut, a musician" is no tax office's chief
    title = title_words(article, name[-1])
    if titled or title & OFFICE_WORDS:  # "Kyiv's mayor, Vitali Klitschko": a post of his own
        own = [*own, Description(name, title)]
    distinct = distinct_words(value)
    if not own or len(distinct) < _MIN_DISTINCT or any(distinct <= found.words for found in own):
        return None
    gate = max(sorted(distinct), key=len)
    for index in sentences_of(article, gate):
        for found in descriptions_in(article, index):
            if same_person(name, found.name) or not distinct <= found.words:
                continue
            if _under(value, own, [Tie(found.name, False)]):
                continue  # "Y, X's deputy": the post may be the one under X
            return " ".join(found.name).title()
    return None


def same_rank(value: str, own: list[Description], others: Sequence[Tie]) -> bool:
    """Whether one of this person's descriptions holds every office word of the value ("Anna
    Kelly, also a spokeswoman" for "White House spokeswoman"), and its other words but its
    parties, and names none of the holders
    ("the sister of Mayor Kobzar" is no mayor): the post's kind is theirs, and only its body
    is read (the distinctive words of :func:`rival_post`)."""
    ranks = role_words(value) & OFFICE_WORDS
    if not ranks:
        return False
    ranks |= distinct_words(value)  # "Council President" is not "president of the Commission"
    holders = {tie.name[-1] for tie in others if tie.name}
    return any(
        ranks <= found.words
        and not found.words & (holders | FORMER)
        and found.words & OTHER_OFFICE <= role_words(value)
        for found in own
    )  # "Kallas, a former Estonian prime minister" holds no prime minister's post now, and
    # "Gregoire, the deputy mayor" is no mayor


def modified(article: ArticleText, name: tuple[str, ...], value: str) -> str | None:
    """The other person the page gives the value to, when the value adds a word of another
    office ("deputy", "acting", "vice") to a title the page gives this person ("deputy mayor"
    for "Mayor Anne Hidalgo" beside "Gregoire, the deputy mayor"); None otherwise."""
    words = role_words(value)
    if not words & OTHER_OFFICE:
        return None
    bare = " ".join(t.text for t in tokenize(value) if t.norm not in OTHER_OFFICE)
    if not role_words(bare) or role_words(bare) <= _GENERIC:
        return None
    if not any(same_person(name, t.name) and not t.former for t in role_ties(article, bare)):
        return None
    for tie in role_ties(article, value):
        if _person_like(tie) and not tie.former and not same_person(name, tie.name):
            return " ".join(tie.name).title()
    return None


def _under(value: str, own: list[Description], others: Sequence[Tie]) -> bool:
    """Whether the value is a post under another ("deputy", "aide") and this person's
    description names one of the holders or a possessive pronoun ("Mirza, Qureshi's deputy",
    "and his deputy, Ihor Zhovkva"): the post may be the one under that holder ("Hrytsenko,
    the sister of Mayor Kobzar" is no mayor)."""
    return bool(role_words(value) & _UNDER) and any(
        tie.name[-1] in found.words or found.words & _PRONOUNS for found in own for tie in others
    )


def handed_over(article: ArticleText, name: tuple[str, ...], holders: list[str]) -> bool:
    """Whether this person's description names one of the holders with a word of succession
    or sharing ("Berg, who replaced Lars Dahl as defence minister"): both held the role."""
    surnames = {holder.split()[-1].lower() for holder in holders if holder}
    return any(
        found.words & _SHARED and found.words & surnames
        for found in own_descriptions(article, name)
    )


def _core(value: str) -> str:
    """The role without the parties it names ("Secretary of State" of "US Secretary of
    State"), or the value itself when it names none."""
    tokens = tokenize(value)
    kept: list[str] = []
    position = 0
    while position < len(tokens):
        hit = named_at(tokens, position) if tokens[position].capitalised else None
        if hit is not None:
            position += hit[2]
            continue
        kept.append(tokens[position].text)
        position += 1
    return " ".join(kept) if kept and len(kept) < len(tokens) else value


def sole_holders(article: ArticleText, name: tuple[str, ...], value: str, bare: bool) -> list[str]:
    """The other people the page gives the role to, when it gives it to no one else and
    ``bare`` (the person has no title on the page) and no description either; empty when
    the page leaves room for this person to hold it (see the module)."""
    words = role_words(value)
    if not bare or not words or words <= _GENERIC or own_descriptions(article, name):
        return []
    if _generic_title(article, name[-1]):
        return []  # "Russia's top diplomat, Sergei Lavrov", "NATO chief Mark Rutte" (session 25)
    ties = role_ties(article, value)
    if not ties and not words & HEADS:  # "Russian President": another country's own
        core = _core(value)
        ties = role_ties(article, core) if core != value else []
        words = role_words(core)
    if not ties or any(not _person_like(tie) or tie.former for tie in ties):
        return []  # written of no one there, or of no person, or as a past office
    if words <= _GENERIC or (
        words & HEADS and not words & OTHER_OFFICE and value_parties(value) == frozenset()
    ):
        return []  # "President": every country has its own; "Vice President" is one office
    if any(same_person(name, tie.name) for tie in ties) or _shared(article, words, name):
        return []
    return sorted({" ".join(tie.name).title() for tie in ties})


def _generic_title(article: ArticleText, surname: str) -> bool:
    """Whether an office word stands right before the name somewhere, over two first names
    and one comma ("NATO chief Mark Rutte", "Russia's top diplomat, Sergei Lavrov"): a title
    of some office, which may be the role in other words."""
    text = article.text
    for start, _ in article.phrase_spans((surname,)):
        before = article.window_tokens(start, start, before=40)
        end = start
        for token in reversed(before[-4:]):
            if text[token.end : end].strip() not in ("", ","):
                break  # "special envoy Steve Witkoff; Putin": no title of Putin's
            if token.norm in OFFICE_WORDS or token.norm in _GENERIC:
                return True
            if not token.capitalised:
                break
            end = token.start
    return False


def _person_like(tie: Tie) -> bool:
    """Whether a tie's name may be a person's: no function word in it ("From London, the
    British prime minister"), not a party ("as his special envoy, German government sources
    said")."""
    return (
        bool(tie.name) and _NOT_NAMED.isdisjoint(tie.name) and party_of(" ".join(tie.name)) is None
    )


def _shared(article: ArticleText, words: frozenset[str], name: tuple[str, ...]) -> bool:
    """Whether the page leaves the role open to more holders: a plural of one of its words,
    "counterpart", or a word of succession or sharing in a sentence naming this person."""
    if article.uses("counterpart") or article.uses("counterparts"):
        return True
    if any(article.uses(_plural(word)) for word in words if word not in _FILLERS):
        return True
    return _named_sentences_hold(article, name, _SHARED)


def room_here(article: ArticleText, name: tuple[str, ...], value: str) -> bool:
    """Whether a sentence naming this person shares the office with them or hands it to
    them: a word of sharing close to their name ("Sybiha hosted his counterparts, Sikorski and
    Barrot", "Jaishankar, his Indian counterpart"), or "took over" closely before the value's
    words ("Barrot, who took over France's foreign ministry"; "before Vucevic took over as
    prime minister" hands over no speaker's chair): another's role may be theirs too,
    described or titled as they are."""
    stems = {word[:_STEM] for word in role_words(value) - _FILLERS if len(word) >= _STEM}
    for index in sentences_of(article, name[-1]):
        norms = [token.norm for token in article.sentence_tokens(index)]
        for position, norm in enumerate(norms):
            after = norms[position + 1 : position + 1 + _NEAR]
            near = norms[max(0, position - _NEAR) : position + 1 + 2 * _NEAR]
            if norm in _SHARING and name[-1] in near:
                return True  # "Jaishankar, his Indian counterpart": the like office
            if norm in _TAKING and after[:1] == ["over"] and {w[:_STEM] for w in after} & stems:
                return True
    return False


def _named_sentences_hold(
    article: ArticleText, name: tuple[str, ...], words: frozenset[str]
) -> bool:
    """Whether a sentence naming this person holds one of ``words`` in lower case or a "co-"
    word."""
    for index in sentences_of(article, name[-1]):
        tokens = article.sentence_tokens(index)
        if name[-1] not in {token.norm for token in tokens}:
            continue
        for position, token in enumerate(tokens):
            if token.capitalised:
                continue  # "Joint Base Elmendorf": a name's word
            if token.norm in words:
                return True
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            if token.norm == "co" and following is not None and following.joined:
                return True  # "co-chair", "co-host"
    return False


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


__all__ = [
    "Description",
    "Tie",
    "handed_over",
    "modified",
    "rival_post",
    "room_here",
    "same_rank",
    "sole_holders",
]
