"""The words and the value a holder shape is read with, for :mod:`.holder_shapes` and
:mod:`.holder_clauses` (the confirm-only mode's affiliation ties, session 51): the post words
a person holds in a body ("chief executive", "Transneft chief", "a senior researcher with"),
the relations that are no membership ("a critic of", "an ally of"), and where a sentence
writes the value: its distinctive words as one run of a name ("Bank of England", "the
Tigrayan forces"), its initials ("CEPS"), or any alias of a table party
(:mod:`summarizer.text.countries`: "Russian", "the Kremlin's").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from summarizer.text.countries import PARTIES
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from .names import TITLES
from .party_names import party_mentions, party_of
from .role_descriptions import OFFICE_WORDS

#: People's posts ("chief executive", "researcher", "cosmonaut"): a capitalised one goes on a
#: title, not a body's name ("Russian Foreign Minister", not "Palestinian National Initiative").
PEOPLE = (
    OFFICE_WORDS
    | TITLES
    | word_set(
        """executive executives ceo cfo coo cto founder cofounder owner chairman chairwoman
        member members economist researcher professor fellow scientist strategist editor
        reporter correspondent host anchor columnist presenter producer writer lawyer counsel
        attorney prosecutor judge justice inspector commissioner mp mep msp lawmaker legislator
        congressman congresswoman councillor councilor candidate nominee flagbearer whip
        organiser organizer coach captain player striker midfielder defender goalkeeper driver
        pilot engineer worker employee staffer official officer agent trustee treasurer vp
        partner analyst consultant figure veteran counterpart delegate negotiators surveyor
        commodore marshal sheriff mayor governor leader leaders rapporteur emeritus cosmonaut
        astronaut"""
    )
)
#: Words of a post a person holds in a body, read between the body and the name or as an
#: apposition's head ("chief executive of", "Transneft chief", "a senior researcher with"):
#: people's posts and the words of a portfolio or rank ("health secretary", "top").
POSTS = PEOPLE | word_set(
    """board lead top presidential external ruling governing opposition health finance
    interior trade economy economic industry energy environment education culture transport
    agriculture labour home affairs security intelligence police military army navy party
    group general national federal regional state provincial city council"""
)
#: Nouns of a relation that is no membership: the body after them is another's ("a critic of
#: the Kremlin", "an ally of Moscow", "a supplier to Apple").
NOT_MEMBER = word_set(
    """critic critics opponent opponents rival rivals foe foes enemy enemies adversary
    adversaries target targets victim victims hostage hostages captive captives prisoner
    prisoners detainee detainees defector defectors ally allies friend friends son daughter
    wife husband widow heir brother sister nephew niece father mother relative supplier
    suppliers customer customers client clients regulator regulators auditor lender creditor
    investor investors shareholder expert experts observer observers watcher watchers scholar
    specialist specialists hawk hawks bureau envoy envoys emissary coordinator lobbyist
    skeptic sceptic fan fans admirer supporter supporters backer backers donor donors
    contractor guest guests visitor sanctions talks deal"""
)
#: Words that make a body a past one ("former", "until"), or open another's clause.
PAST = word_set("former ex erstwhile onetime formerly previously once until before then late")
ARTICLES = word_set("the a an his her its their")
# Lower-case words that look like agent nouns by their ending but are not ("after").
_NOT_AGENTS = word_set(
    """after other under over never ever whenever later rather either neither together
    former however whether whoever whatever hereafter thereafter consider answer offer
    earlier further summer winter number quarter letter paper border order matter water
    power center centre chapter cancer recent current different"""
)
_AGENT_ENDINGS = ("or", "er", "ist", "ary", "ian", "ent", "ant", "eer", "ive", "ee")
_NOT_AGENT_ENDINGS = ("ier", "ever", "ther", "ider", "nder", "ater", "tter", "rder", "wer")
# Value words that name no body by themselves ("Bank", "Party", "Commission").
_GENERIC = word_set(
    """the of and for a an party bank union court ministry council government house agency
    institute university company group commission committee office department army police
    service association federation league alliance front movement club fc inc ltd plc corp
    co holdings"""
)
_STEMS = {"democratic": "democrat", "tories": "tory", "labor": "labour"}
ENDS = frozenset(',;:()\u2014\u2013[]"\u201c\u201d|')


def stem(word: str) -> str:
    """A body word's plain form ("Republicans": "republican", "Democratic": "democrat",
    "South Australian": "south australia")."""
    word = _STEMS.get(word, word)
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ian"):
        word = word[:-1]
    return _STEMS.get(word, word)


class Hit(NamedTuple):
    """A place the value is written in a sentence's tokens: first and last token, whether
    it is a country's own name or capital (not its people's word nor its seat), and whether
    it is written possessive."""

    first: int
    last: int
    bare_name: bool
    possessive: bool
    party: bool = False  # a party of the table


class Value(NamedTuple):
    """The value as read: its table party, the stems of its distinctive words, its
    initials, and whether it is written in lower case ("independent")."""

    party: str | None
    words: frozenset[str]
    initials: str
    lower: bool
    joins: frozenset[str]  # the joining words of its name ("of" in "Bank of England")
    every: frozenset[str]  # the stems of all its words ("party" in "National Unity Party")


def read_value(value: str) -> Value:
    """The value's :class:`Value`."""
    tokens = tokenize(value)
    norms = [t.norm for t in tokens if t.norm not in ("the", "of", "and", "for", "a", "an")]
    distinctive = [w for w in norms if w not in _GENERIC] or norms
    initials = "".join(t.text[0] for t in tokens if t.capitalised).lower()
    lower = bool(tokens) and not any(t.capitalised for t in tokens)
    joins = frozenset(t.norm for t in tokens if t.norm in _JOINS)
    every = frozenset(map(stem, norms))
    return Value(party_of(value), frozenset(map(stem, distinctive)), initials, lower, joins, every)


_JOINS = word_set("of and for &")


def _country(key: str) -> bool:
    """Whether a table party is a country (it has a people's word), not an organisation."""
    parts = PARTIES.get(key)
    return bool(parts and parts[1])


def possessive(token: Token) -> bool:
    return token.text.endswith(SINGULAR_POSSESSIVES)


def hits_of(
    text: str, tokens: Sequence[Token], value: Value, stops: frozenset[int] = frozenset()
) -> list[Hit]:
    """Where the sentence writes the value (see the module); a name's run never goes on into
    a token of ``stops`` (where the person's name starts: "Democrat Julian Okoro" writes the
    value "Democrat")."""
    found: list[Hit] = []
    if value.party is not None:
        country = _country(value.party)
        for position, key, kind, size in party_mentions(tokens):
            if key == value.party:
                last = position + size - 1
                bare = country and kind in ("name", "capital")
                found.append(Hit(position, last, bare, possessive(tokens[last]), True))
        return found
    index = 0
    while index < len(tokens):
        token = tokens[index]
        own = stem(token.norm) in value.words
        if not (token.capitalised or (value.lower and own)) or (
            (token.norm in PEOPLE or token.norm in PAST) and not own
        ):
            index += 1  # a run opens at no post nor past word ("Ex-Elbe Pharma chief")
            continue
        end = index
        while (
            end + 1 < len(tokens)
            and not possessive(tokens[end])
            and gap(text, tokens, end) in (" ", "-", ".", ". ")
            and end + 1 not in stops
            and _runs_on(tokens, end + 1, value)
        ):
            end += 1
        stems = {stem(t.norm) for t in tokens[index : end + 1]}
        acronym = end == index and token.text.isupper() and len(token.text) > 1
        if value.words <= stems:
            last = _shortest(tokens, index, end, value)
            found.append(Hit(index, last, False, possessive(tokens[last])))
        elif acronym and token.norm == value.initials:
            found.append(Hit(index, end, False, possessive(tokens[end])))
        index = end + 1
    return found


def _shortest(tokens: Sequence[Token], first: int, last: int, value: Value) -> int:
    """The last token of the shortest run from ``first`` that writes the value, and its
    words or body nouns after ("Democrats Juan Ortiz" writes "Democrats"; "the National
    Unity Party" all of it)."""
    seen: set[str] = set()
    end = first
    for end in range(first, last + 1):
        seen.add(stem(tokens[end].norm))
        if value.words <= seen:
            break
    while end < last and (
        stem(tokens[end + 1].norm) in value.every or tokens[end + 1].norm in _GENERIC
    ):
        end += 1
    return end


def _runs_on(tokens: Sequence[Token], at: int, value: Value) -> bool:
    """Whether a body's name goes on at ``at``: a capitalised word that is no post ("Kerr
    County Sheriff" stops before "Sheriff"), a word of the value ("Tigrayan forces"), or a
    joining word of the value's before a capitalised one ("Bank of England"; "Hague of NASA
    and Roscosmos" is no run for "NASA")."""
    token = tokens[at]
    if stem(token.norm) in value.words:
        return True
    if token.capitalised:
        return token.norm not in PEOPLE
    return (
        token.norm in value.joins
        and at + 1 < len(tokens)
        and tokens[at + 1].capitalised
        and tokens[at + 1].norm not in PEOPLE
    )


def gap(text: str, tokens: Sequence[Token], left: int) -> str:
    """The characters between token ``left`` and the next."""
    return text[tokens[left].end : tokens[left + 1].start]


def ends_at(text: str, tokens: Sequence[Token], left: int) -> bool:
    """Whether a phrase ends after token ``left``: a comma, bracket, colon or dash (a hyphen
    with spaces round it too: "of Slovenia - now face")."""
    between = gap(text, tokens, left)
    return any(mark in ENDS for mark in between) or (between.strip() == "-" and between != "-")


#: Verbs of leaving a post; with no body after them they end the post just named ("the
#: Lindqvist Paper chief who retired in 2019", "ran the trust before retiring").
_LEAVING = word_set(
    """retired retiring resigned resigning quit quitting left leaving stepped stepping departed
    ousted sacked fired"""
)


def _year(token: Token) -> bool:
    return token.is_number and len(token.norm) == 4 and token.norm[:2] in ("19", "20")


def ended(text: str, tokens: Sequence[Token], at: int) -> bool:
    """Whether the phrase from token ``at`` to its end (a comma, bracket or dash) makes the
    post before it a past one: an end time ("until 2020", "till March"), a closed span of
    years ("from 2012 to 2019", "between 2015 and 2021"), or a verb of leaving with no body
    after it ("who retired in 2019", "before retiring"; not "who left Orbis Media for")."""
    for k in range(at, len(tokens)):
        if k > at and ends_at(text, tokens, k - 1):
            return False
        word = tokens[k].norm
        if word in ("until", "till"):
            return True
        if (
            word in ("from", "between")
            and k + 3 < len(tokens)
            and _year(tokens[k + 1])
            and tokens[k + 2].norm in ("to", "and", "until")
            and _year(tokens[k + 3])
        ):
            return True
        if word in _LEAVING and not tokens[k].capitalised:
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            if following is None or not (
                following.capitalised or following.norm in ARTICLES or possessive(following)
            ):
                return True
    return False


def post_word(token: Token) -> bool:
    """A word of a post: a known one, or a lower-case agent noun ("surveyor", "strategist")."""
    return token.norm in POSTS or (not token.capitalised and agent(token.norm))


def agent(word: str) -> bool:
    """A lower-case word that looks like an agent noun by its ending ("surveyor")."""
    return (
        len(word) > 4
        and word.endswith(_AGENT_ENDINGS)
        and not word.endswith(_NOT_AGENT_ENDINGS)
        and word not in _NOT_AGENTS
        and word not in NOT_MEMBER
    )


__all__ = [
    "ARTICLES",
    "ENDS",
    "NOT_MEMBER",
    "PAST",
    "PEOPLE",
    "POSTS",
    "Hit",
    "Value",
    "agent",
    "ended",
    "ends_at",
    "gap",
    "hits_of",
    "possessive",
    "post_word",
    "read_value",
    "stem",
]
