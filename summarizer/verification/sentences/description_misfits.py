"""Whether an organisation's description says it is some other body than the name read back.

A reader takes "the airline said" for the salient airline of the page, but not when the
description's own modifiers rule that body out: a word of another one ("the rival airline",
"the other union"), or a people's adjective that contradicts the one the page gives the name
("the French carmaker" beside "Hallberg, the Swedish carmaker"). Kept apart from
:mod:`.described_bodies`, which walks a description back to its name, because this is the one
check that can refuse a read-back the walk would accept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.countries import PARTIES
from summarizer.text.ordinary import ordinary_forms
from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.party_names import party_of
from .body_kinds import BUSINESS, KINDS, NAME_WORDS

_THE = word_set("the")


# Words that make a description another one than the salient one of its kind ("the rival
# airline", "the other union"): a closed class of English.
_OTHERS = word_set("rival other another competing opposing second")


def misfit(article: ArticleText, name: str, tokens: Sequence[Token], head: int) -> bool:
    """Whether a modifier of the description says it is not ``name``: a word of another one
    ("the rival airline"), a people's adjective when the name's own words or its apposition
    give another ("the French carmaker" for "Hallberg, the Swedish carmaker"), members of
    another trade than the name's ("the teachers union" for the Meridian Dockers Union). Not
    a qualifier the page does not write ("the tax authority" for the Maritime Safety
    Authority): "the
    central bank said" for the Bank of Japan is the same bank (check 72), and only a part of
    speech tells them apart; nor an adjective of any sentence naming it ("the German group"
    for Volkswagen beside "the European Union", check 85)."""
    own = {t.norm for t in tokenize(name)}
    opener = next(i for i in range(head, -1, -1) if tokens[i].norm in _THE)
    words = [t.norm for t in tokens[opener + 1 : head]]
    if set(words) & _OTHERS:
        return True
    if _qualifier_elsewhere(article.text, name, tokens[opener + 1 : head]):
        return True  # "the Detroit-based automaker" after "Detroit-based Kessler Motors"
    if any(_other_members(words, at, own) for at in range(len(words))) and any(map(_members, own)):
        return True  # "the national teachers union" is not the Meridian Dockers Union
    peoples = {w for w in own if _people(w)}  # and its apposition's: "X, the Swedish carmaker"
    for match in name_pattern(name).finditer(article.text):
        apposed = re.match(r",\s+(?:the|a|an)\s+([\w-]+)", article.text[match.end() :])
        peoples |= (
            {apposed.group(1).lower()} if apposed and _people(apposed.group(1).lower()) else set()
        )
    return bool(peoples) and any(_people(w) and w not in peoples for w in words)


def _qualifier_elsewhere(text: str, name: str, modifiers: Sequence[Token]) -> bool:
    """Whether a hyphened modifier of the description ("Detroit-based", "family-owned") is
    written beside another name before it, right before ("Detroit-based Kessler Motors") or
    opening its apposition ("Kessler Motors, the Detroit-based carmaker,"), and last beside
    that name: a page that writes such a qualifier for one business means that one by it, not
    the nearer rival (session 44)."""
    pairs = [
        (modifiers[at - 1].norm, token.norm)
        for at, token in enumerate(modifiers)
        if at and token.joined and not modifiers[at - 1].joined
    ]
    start = modifiers[0].start if modifiers else 0
    for first, second in pairs:
        phrase = rf"{re.escape(first)}-{re.escape(second)}"
        found = [
            (m.start(), m.group(1))
            for m in re.finditer(rf"(?i:\b{phrase})\s+{_CAPITALS}", text[:start])
        ] + [
            (m.start(), m.group(1))
            for m in re.finditer(rf"{_CAPITALS},\s+(?i:(?:the|a|an)\s+{phrase})\b", text[:start])
        ]
        if found and not _same_name(max(found)[1], name):
            return True
    return False


_CAPITALS = r"((?:[A-Z][\w'\u2019&.-]*)(?: +[A-Z][\w'\u2019&.-]*)*)"


def _same_name(owner: str, name: str) -> bool:
    """Whether the name written beside a qualifier is ``name``, whole or in part."""
    mine = {t.norm for t in tokenize(name)}
    return bool(mine & {t.norm for t in tokenize(owner)})


# Members' nouns of no trade of their own: "the dock workers union" may be the Meridian Dockers
# Union (review rv40s); only a trade's noun ("teachers") names other members.
_ANY_TRADE = word_set("workers members employees labourers laborers")


def _other_members(words: Sequence[str], at: int, own: set[str]) -> bool:
    """Whether ``words[at]`` names members the name's own words do not: a trade's noun
    ("teachers"), or a noun of no trade after one ("healthcare workers"), not the name's trade
    written in two words ("dock workers" for "Dockers")."""
    word = words[at]
    if not _members(word) or word in own:
        return False
    if word not in _ANY_TRADE:
        return True
    return at > 0 and words[at - 1] + "ers" not in own and words[at - 1] not in own


def _members(word: str) -> bool:
    """A plural agent noun a body's name or description gives its members by ("Dockers",
    "teachers", "Growers", "Editors"): two bodies that name other members are two bodies."""
    return len(word) > 5 and word.endswith(("ers", "ors"))


def _people(word: str) -> bool:
    key = party_of(word)
    return key is not None and word in {w.lower() for w in PARTIES[key][1]}


# A role a person holds in or for a body ("Ted Marsh, head of the carrier", "Marta Selby, the
# company's chair", "X resigned as chief executive"): an organisation holds none of them.
_ROLES = word_set(
    """chair chairman chairwoman head chief executive ceo cfo coo founder cofounder owner boss
    president director manager spokesman spokeswoman spokesperson secretary officer economist
    analyst treasurer"""
)
# A field before "manager" that makes it a business ("fund manager Ardley Capital", "Ardley
# Capital, the fund manager,"): no person's post (reviews rv43a, session 44).
FIRM_FIELDS = word_set(
    "asset assets fund funds property investment wealth portfolio hedge estate estates"
)
_APPOSED = re.compile(r",\s+((?:[\w'\u2019-]+\s+){0,5}?[\w-]+)[,.]")
_AS_ROLE = re.compile(r"\s+(?:[a-z]+\s+){1,2}as\s+(?:(?:the|a|an|its|interim)\s+)?([\w-]+)")


def a_person(article: ArticleText, name: str) -> bool:
    """Whether the page gives ``name`` a person's role: a role word right before it ("chief
    executive Ted Marsh"), as the head of its apposition ("Ted Marsh, head of the carrier,";
    "Marta Selby, the company's chair,") or after "as" in its own clause ("Ruth Okafor resigned
    as chief executive"). "The airline said" never stands for such a name. A name whose own
    words give a body's kind ("new owner Halvard Group", "Orrin Motors") is no person's."""
    if organisation_name(name):
        return False
    for match in name_pattern(name).finditer(article.text):
        before = tokenize(article.text[max(match.start() - 20, 0) : match.start()])
        firm = _firm_after(article.text, name, match.end())  # not "Fund manager X said his"
        if before and before[-1].norm in _ROLES and not (firm and _firm_field(before)):
            return True
        rest = article.text[match.end() : match.end() + 80]
        apposed = _APPOSED.match(rest)
        words = [t.norm for t in tokenize(apposed.group(1))] if apposed else []
        cut = words.index("of") if "of" in words else len(words)
        if (
            cut
            and words[cut - 1] in _ROLES
            and not (firm and cut > 1 and words[cut - 2] in FIRM_FIELDS)
        ):
            return True
        role = _AS_ROLE.match(rest)
        if role and role.group(1).lower() in _ROLES:
            return True
    return False


def _firm_field(before: Sequence[Token]) -> bool:
    """Whether the role word ending ``before`` is a firm's trade, not a person's post: a
    field before "manager" ("fund manager Ardley Capital", "property manager Castle Estates")."""
    return before[-1].norm == "manager" and len(before) > 1 and before[-2].norm in FIRM_FIELDS


def _firm_after(text: str, name: str, end: int) -> bool:
    """Whether a field manager's name is a firm's: its own words give a body's kind or end in
    a plural common word ("Quarry Hill Partners"), or the rest of its sentence writes "its"
    before a person's pronoun or another noun's article or relative word ("Fund manager
    Ardley Capital sold its stake"; not "Wealth manager Ormond Reid said his clients", nor
    "Hedge fund manager Lorne Abbott said the fund had cut its stake": review rv44a)."""
    words = [t.norm for t in tokenize(name)]
    if organisation_name(name) or (words and words[-1] in ordinary_forms()):
        return True
    rest = re.split(r"[.!?](?:\s|$)", text[end : end + 200])[0]
    apposed = _APPOSED.match(rest)  # past its own apposition: "X, the fund manager, cut its"
    for token in tokenize(rest[apposed.end() :] if apposed else rest):
        if token.norm == "its":
            return True
        if token.norm in _OTHERS_AFTER:
            return False
    return False


_OTHERS_AFTER = word_set("the a an which who that whose their he she him his her himself herself")


def an_agency(article: ArticleText, name: str) -> bool:
    """Whether the page labels ``name`` a public agency by an agency's noun right before it
    ("Regulator Ofwat", "the watchdog Ofcom") or as the head of its apposition ("Ofgem, the
    energy regulator,"): "the company said" never stands for it (review rv41b). A name the page
    labels so nowhere keeps its reading, one word or more ("Coinbase"). Not a trade's agency
    ("the advertising agency Kite Media", "Kite Media, the advertising agency,"), nor a noun
    that ends the sentence before ("a ruling by the watchdog. Brent Water said"; review
    rv42s)."""
    agency = KINDS["agency"]
    traded = {t.norm for t in tokenize(name)} & (_TRADE_AGENCIES | NAME_WORDS[BUSINESS])
    for match in name_pattern(name).finditer(article.text):
        lead = re.split(r"[.!?;:]\s", article.text[max(match.start() - 120, 0) : match.start()])
        before = tokenize(lead[-1])
        governing = not traded and {t.norm for t in before} & _GOVERNING
        if before and before[-1].norm in agency and (governing or not _trade_agency(before)):
            return True  # "Ministers told their agency, Homes England,": theirs, no hire
        apposed = _APPOSED.match(article.text[match.end() : match.end() + 80])
        words = tokenize(apposed.group(1)) if apposed else []
        if (
            [t.norm for t in words[:1]] == ["the"]
            and words[-1].norm in agency
            and not _trade_agency(words)
            and not {t.norm for t in words} & _AGENT_WORDS  # not "the supplier censured by
        ):  # the regulator"
            return True
    return False


# A government's words before "its agency" or "the department's agency": an agency it runs,
# not one it hired, unless the agency's own name says its trade ("Castor Digital"; rv45b).
_GOVERNING = word_set("department ministry ministries minister ministers government office")


def _trade_agency(words: Sequence[Token]) -> bool:
    """Whether the agency noun ending ``words`` is a business's, by the trade before it, or
    one a possessive owns ("refused to pay its agency, Brightline Media,": the agency it hired;
    a regulator is no one's: session 45)."""
    owner = words[-2].text.lower() if len(words) > 1 else ""
    return (
        owner in _OWNERS
        or owner.endswith(SINGULAR_POSSESSIVES)
        or (len(words) > 1 and words[-2].norm in _TRADE_AGENCIES)
    )


_OWNERS = word_set("its their his her our")


_TRADE_AGENCIES = word_set(
    """advertising ad ads marketing travel recruitment employment staffing news talent
    modelling modeling estate letting lettings insurance shipping dating detective credit
    media creative digital booking casting publicity design nursing temp property"""
)
_AGENT_WORDS = word_set("by of for from")


PERSON_ROLES = _ROLES  # public: the roles a person holds in or for a body


def organisation_name(name: str) -> bool:
    """Whether ``name``'s own words say it is a body ("Halvard Group", "Orrin Motors",
    "Nordvik Airways"): no person, whatever role word the page writes beside it."""
    own = {t.norm for t in tokenize(name)}
    return any(own & words for words in NAME_WORDS.values())


def another_of_kind(article: ArticleText, name: str, kind: str) -> bool:
    """Whether another name of two or more words says by its own words it is a body of
    ``kind`` ("Nordvik Airways", "the Transport Workers Union"), where a narrower description
    ("the airline", "the union") looks for one: a name that is not of the kind is not it."""
    own = {t.norm for t in tokenize(name)}
    for run in _RUNS.finditer(article.text):
        words = {t.norm for t in tokenize(run.group(0))}
        if words & NAME_WORDS[kind] and not own <= words:
            return True
    return False


_NAME = r"[A-Z][\w'\u2019&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'\u2019&-]*)*"
_RUNS = re.compile(_NAME.removesuffix("*") + "+")
_CALENDAR = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
)


def labelled(article: ArticleText, noun: str, end: int) -> tuple[int, str] | None:
    """The last name before ``end`` the page writes right after the description's own head
    noun ("fined brokerage firm Calder Street Securities", "the airline Ryanair"): (where it
    stands, the name). The description picks that body up ("the firm said")."""
    found = None
    pattern = re.compile(r"(?<![\w-])" + re.escape(noun) + r"[ \t]+(" + _NAME + ")")
    for match in pattern.finditer(article.text, 0, end):
        before = tokenize(article.text[max(match.start() - 12, 0) : match.start()])
        if before and before[-1].norm in _OTHERS:
            continue  # "lost clients to rival firm X": a rival, not the body spoken of (rv40s)
        first = tokenize(match.group(1))[0].norm
        if first not in _CALENDAR | _ROLES and not article.quoted_region_at(match.start()):
            found = (match.start(1), match.group(1))
    return found


def labelled_other(article: ArticleText, name: str, noun: str, end: int) -> bool:
    """Whether the description's noun last labels another name before the quote at ``end``,
    with ``name`` not written after that label: "The SEC fined brokerage firm Calder Street
    Securities. "...," the firm said" is no word of the SEC's."""
    found = labelled(article, noun, end)
    if found is None or name_pattern(name).search(found[1]):
        return False
    return name_pattern(name).search(article.text, found[0], end) is None


def any_misfit(
    article: ArticleText,
    name: str,
    tokens: Sequence[Token],
    head: int,
    narrow: str | None,
    start: int,
) -> bool:
    """Whether the description whose head noun is ``tokens[head]``, in the sentence that opens
    at ``start``, cannot be ``name``: its modifiers (:func:`misfit`), a person's role
    (:func:`a_person`), a regulator's label for a business's noun (:func:`an_agency`),
    another name of the ``narrow`` kind the name is not shown to be of
    (:func:`another_of_kind`), another name its noun labels (:func:`labelled_other`)."""
    return (
        misfit(article, name, tokens, head)
        or a_person(article, name)
        or (tokens[head].norm in KINDS[BUSINESS] and an_agency(article, name))
        or (narrow is not None and another_of_kind(article, name, narrow))
        or labelled_other(article, name, tokens[head].norm, start)
    )


def name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w-])")


__all__ = [
    "FIRM_FIELDS",
    "PERSON_ROLES",
    "a_person",
    "an_agency",
    "another_of_kind",
    "any_misfit",
    "labelled",
    "labelled_other",
    "misfit",
    "name_pattern",
    "organisation_name",
]
