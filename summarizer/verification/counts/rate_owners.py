"""A rate belongs to the goods, the group or the country its sentence ties it to (outside
checks, session 14: "tariffs of 25 percent on steel and 10 percent on aluminum" gave
aluminum's tariff as 25; "China's tariff is 15 percent; Washington's is 10" gave the US rate as
15; session 15: "a 21% duty for cooperating firms and 38.1% for the rest" gave the cooperating
firms' rate as 38.1, and "SAIC 35.3%, Geely 18.8%" SAIC's as 18.8), for a measure's tariff
rate (:func:`summarizer.verification.counts.number_rules.support_number`).

Only a sentence giving two rates or more is read, each rate with its owner:

- its *goods or group*: the words after "on", "for" or "to" in the few words after the number
  (past its unit and a tariff noun: "30 percent on copper wire", "a 20 per cent levy on
  Russian timber", "a 21% duty for cooperating firms", "29.9% to those that did not"), up to
  the next comma, "and", number or clause word, not a span of time ("for five years", "for
  now") nor a range's other end ("10% to 25%"); the label of a list's entry
  ("SAIC: 35.3%", "Geely 18.8%", :func:`summarizer.verification.counts.rate_lists.entry_label`); and
  the subject of a verb of bearing before it in its clause ("Tesla gets a 7.8% duty", "while
  BYD pays 17%", "the rest face 38.1%");
- its *country*: walking back through its clause (to a comma, a semicolon or a clause word),
  a country or capital in the possessive before a tariff noun, "is", "stands" or the rate
  itself ("Beijing's tariff ... 18 percent", "; Canberra's is 7 percent", "Turkey's 20 per
  cent"), or as the subject of a verb of charging ("Mexico keeps a 15% duty", "Ottawa will
  charge 25%"), or right before the rate's own tariff noun ("the US tariff on Chinese goods
  down to 30%", session 26: no other tariff noun and no "with", "against", "than" between
  the noun and the rate).

A measure's rate is refused when the measure names its goods or group (``targets``) and the
rate's are none of them while another rate of the sentence is on one of them ("6.5% on potash
and 40% on other mining imports": 40 is no potash duty; "38.1% for the rest" is no
cooperating firms' duty); or when it names its country (``issuing_body``) and the rate is
another country's while another rate of the sentence is that country's. Both *unsupported*:
the page states the number, as another rate. Goods match when the words of one (plural
endings aside) are all in the other's ("batteries" and "their batteries"; not "copper wire"
and "copper scrap"); "non-" stays on its word ("non-cooperating" is not "cooperating"), and
"the rest", "all others", "other", "remaining" are one word for what the other rates leave
("all other exporters" is "the rest"). A measure naming neither, a sentence with one rate, and
a rate whose owner is unread keep their verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.text.vocabulary import STOPWORDS
from ..figures.numbers import NumberMention
from ..page.tokens import SINGULAR_POSSESSIVES, Token, clause_gap, tokenize, word_set
from ..people.party_names import named_at, party_of
from .changed_rates import changed_from
from .count_shares import changed_by
from .rate_leads import leading_goods
from .rate_lists import entry_label

_TARIFF_NOUNS = word_set("tariff tariffs duty duties levy levies rate rates charge charges")
_GOODS_LEAD = word_set("percent per cent pct a an the jump rise increase in")
_GOODS_STOPS = word_set("and or from to with while whereas but by under until since as")
_CLAUSE_WORDS = word_set("while whereas but and although")
_CHARGING = word_set(
    """keeps keep charges charge imposes impose imposed levies sets set applies apply will
    would plans slaps"""
)
_OWNED_BEFORE = _TARIFF_NOUNS | word_set("is stands remains")
_REACH = 6  # words after a rate in which its "on", "for" or "to" stands
_LEADS = word_set("on for to")
# "for" or "to" before a span of time is no owner ("a 25% duty for five years", "for now").
_TIMES = word_set("year years month months week weeks day days now time first period decade")
# Words for what the other rates leave, read as one ("the rest", "all other exporters").
_REST = word_set("rest other others remaining remainder")
_EVERY = word_set("all every each any")
_BEARING = word_set(
    """pay pays paid paying face faces faced facing get gets got getting receive receives
    received incur incurs incurred bear bears draw draws drew carry carries charged hit"""
)
# Words between a verb of bearing and its rate ("faces an anti-subsidy duty of 17%").
_BORNE = _TARIFF_NOUNS | word_set(
    """a an the of at with just only about some roughly around additional extra punitive
    provisional definitive new lower higher reduced individual separate own anti dumping
    subsidy countervailing"""
)
_AUXILIARIES = word_set("will would must shall could may might is are was were be been to also")
_SUBJECT_ENDS = word_set("while whereas but and although which that who when")


def _stem(word: str) -> str:
    """Plural and verb endings dropped ("cooperated" and "cooperating" are one word)."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) > len(ending) + 4:
            return word[: -len(ending)]
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _content(words: Sequence[str]) -> frozenset[str]:
    return frozenset(
        "*rest" if w in _REST else _stem(w)
        for w in words
        if w not in STOPWORDS and w not in _EVERY and w.isalpha()
    )


def _words(tokens: Sequence[Token]) -> list[str]:
    """The tokens' norms, "non-" kept on its word ("non-cooperating": "noncooperating")."""
    words: list[str] = []
    for index, token in enumerate(tokens):
        if token.joined and index and tokens[index - 1].norm == "non":
            words[-1] = "non" + token.norm
        else:
            words.append(token.norm)
    return words


def goods_of(tokens: Sequence[Token], mention: NumberMention, text: str) -> frozenset[str]:
    """The content words of the goods or the group a rate is on or for, of the label of its
    list entry and of the subject bearing it (see the module), empty for none."""
    label = entry_label(tokens, mention, text)
    owner = _content(_words([tokens[i] for i in label])) if label else frozenset()
    before = _content(_words(leading_goods(tokens, mention, text)))  # "on cars to 120%"
    return owner | before | _after(tokens, mention, text) | _bearer(tokens, mention, text)


def _after(tokens: Sequence[Token], mention: NumberMention, text: str) -> frozenset[str]:
    """The words after "on", "for" or "to" in the few words after the rate."""
    index = mention.last + 1
    end = min(index + _REACH, len(tokens))
    while index < end and tokens[index].norm not in _LEADS:
        if tokens[index].is_number or "," in text[tokens[index - 1].end : tokens[index].start]:
            return frozenset()
        if tokens[index].norm in _CLAUSE_WORDS:
            return frozenset()  # "to 120% and on alcohol": the next rate's (rate_leads)
        index += 1
    if index >= end:
        return frozenset()
    taken: list[Token] = []
    for position in range(index + 1, min(index + 6, len(tokens))):
        token = tokens[position]
        gap = text[tokens[position - 1].end : token.start]
        if token.is_number or token.norm in _GOODS_STOPS or not {",", ";"}.isdisjoint(gap):
            break
        taken.append(token)
    words = _words(taken)
    if tokens[index].norm != "on" and (not words or not _TIMES.isdisjoint(words)):
        return frozenset()  # "for five years", "for the first time"
    return _content(words)


def _bearer(tokens: Sequence[Token], mention: NumberMention, text: str) -> frozenset[str]:
    """The subject of a verb of bearing before the rate, in its clause ("while BYD pays 17%",
    "Tesla gets a 7.8% duty", "the rest face 38.1%"), up to four words."""
    index = mention.first - 1
    while index >= 0 and tokens[index].norm in _BORNE and mention.first - index <= 5:
        index -= 1
    if index < 0 or tokens[index].norm not in _BEARING or clause_gap(tokens, index, text):
        return frozenset()
    if any(clause_gap(tokens, i, text) for i in range(index, mention.first - 1)):
        return frozenset()
    index -= 1
    while index >= 0 and tokens[index].norm in _AUXILIARIES:
        index -= 1
    subject: list[Token] = []
    while (
        index >= 0
        and len(subject) < 4
        and not tokens[index].is_number
        and tokens[index].norm not in _SUBJECT_ENDS
        and not clause_gap(tokens, index, text)
    ):
        subject.insert(0, tokens[index])
        index -= 1
    return _content(_words(subject))


def country_of(tokens: Sequence[Token], mention: NumberMention, text: str) -> str | None:
    """The country a rate is said to be (see the module), or None."""
    for index in range(mention.first - 1, -1, -1):
        token = tokens[index]
        if token.norm in _CLAUSE_WORDS:
            return None
        hit = named_at(tokens, index)
        if hit is not None and hit[1] == "people":  # "the Canadian levy on US steel"
            after = index + hit[2]
            noun = after < len(tokens) and tokens[after].norm in _TARIFF_NOUNS
            if noun and _own_noun(tokens, after, mention):
                return hit[0]
        if hit is not None and hit[1] in {"name", "capital"}:
            after = index + hit[2]
            following = tokens[after].norm if after < len(tokens) else ""
            possessive = tokens[after - 1].text.endswith(SINGULAR_POSSESSIVES)
            if possessive and (following in _OWNED_BEFORE or after == mention.first):
                return hit[0]
            if not possessive and following in _CHARGING:
                return hit[0]
            if not possessive and following in _TARIFF_NOUNS and _own_noun(tokens, after, mention):
                return hit[0]  # "the US tariff on Chinese goods down to 30%" (session 26)
        gap = text[tokens[index - 1].end : token.start] if index else ""
        if not {",", ";"}.isdisjoint(gap):
            return None
    return None


def _own_noun(tokens: Sequence[Token], noun: int, mention: NumberMention) -> bool:
    """Whether the tariff noun at ``noun`` is the rate's own: no other tariff noun and no
    word setting a second measure against it stands between them ("the US tariff on
    Chinese goods down to 30%"; not "answered the US tariff with a 10% duty")."""
    return not any(
        t.norm in _TARIFF_NOUNS or t.norm in _SET_AGAINST for t in tokens[noun + 1 : mention.first]
    )


# Words between a tariff noun and a rate that make the rate another measure's.
_SET_AGAINST = word_set("with against than versus unlike over after matching match")


def _matches(goods: frozenset[str], targets: Sequence[frozenset[str]]) -> bool:
    """Whether the goods are one of the targets; unread goods (empty) are none of them (an
    empty set is a subset of every target: "bringing the total duty to 50%" had matched)."""
    return bool(goods) and any(t and (t <= goods or goods <= t) for t in targets)


def rate_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    text: str, fact: Any,
) -> str:  # fmt: skip
    """Why ``mention`` is another rate than the measure ``fact``'s (see the module), or ""."""
    if changed_by(tokens, mention):  # "raised the tariff 10 per cent to 25 per cent"
        return f"{mention.value:g}% is the size of a change to the rate, not the rate"
    others = [m for m in mentions if m is not mention and m.unit == "percent"]
    if not others:  # "Canada applies 35%; the U.S. law sets no rate"
        return named_apart(tokens, mention, text, fact)
    value = f"{mention.value:g}"
    targets = _targets(fact)
    if targets:
        goods = goods_of(tokens, mention, text)
        earlier = None if goods else changed_from(tokens, mention.first, text)
        for other in others if earlier is not None else ():  # ", later raised to 15 percent"
            goods = goods_of(tokens, other, text) if other.first == earlier else goods
        if (
            goods
            and not _matches(goods, targets)
            and any(_matches(goods_of(tokens, other, text), targets) for other in others)
        ):
            return f"{value} is the rate on {' '.join(sorted(goods))}, not on the measure's goods"
    body = getattr(fact, "issuing_body", None)
    party = party_of(str(body)) if body else None
    if party:
        owner = country_of(tokens, mention, text)
        if (
            owner
            and owner != party
            and any(country_of(tokens, other, text) == party for other in others)
        ):
            return f"{value} is {owner}'s rate, not {party}'s"
    return rider(tokens, mention, others, text, targets)


def rider(
    tokens: Sequence[Token], mention: NumberMention, others: Sequence[NumberMention],
    text: str, targets: Sequence[frozenset[str]],
) -> str:  # fmt: skip
    """Why ``mention`` is a rider to a headline rate before it, or "" (check 51): "a 20 per
    cent tariff, and 40 per cent on goods shipped through Vietnam", "a 20% tariff, and 40% if
    they are transshipped". The headline rate carries the tariff noun ("a 20 per cent
    tariff", "a tariff of 20%") and no goods, or the measure's goods; the rider follows it
    after "and", with no tariff noun of its own, and narrows it to goods or a condition
    that are none of the measure's ``targets``. Then the rider is another rate of the same
    measure, not its rate: unsupported. "25 percent on steel and 10 percent on aluminum"
    (no headline rate without goods) keeps the verdict the other readings give."""
    joined = _coordinated(tokens, mention, text)
    if joined is None or _headed(tokens, mention):
        return ""
    goods = goods_of(tokens, mention, text)
    unit_end = _unit_end(tokens, mention)
    condition = frozenset[str]()
    if not goods and unit_end < len(tokens) and tokens[unit_end].norm in _CONDITIONS:
        condition = _content(_words(tokens[unit_end + 1 : unit_end + 7]))  # "if they are ..."
    if (not goods and not condition) or (goods and _matches(goods, targets)):
        return ""
    if condition and any(target & condition for target in targets):
        return ""  # the measure on transshipped goods: its own condition
    for head in others:
        if head.last >= joined or not _headed(tokens, head):
            continue
        own = goods_of(tokens, head, text)
        if condition or not own or _matches(own, targets):  # "if they ...": the head's goods
            scope = " ".join(sorted(goods)) if goods else "a condition"
            return f"{mention.value:g}% is a rider to the {head.value:g}% rate (on {scope})"
    return ""


def _unit_end(tokens: Sequence[Token], mention: NumberMention) -> int:
    """The index after a rate's number and its unit ("40 per cent on": at "on")."""
    index = mention.last + 1
    while index < len(tokens) and tokens[index].norm in _UNIT_WORDS:
        index += 1
    return index


def _headed(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """A rate named by its tariff noun: "a 20 per cent tariff", "a tariff of 20%"."""
    index = _unit_end(tokens, mention)
    if index < len(tokens) and tokens[index].norm in _TARIFF_NOUNS:
        return True
    before = [t.norm for t in tokens[max(mention.first - 2, 0) : mention.first]]
    return len(before) == 2 and before[0] in _TARIFF_NOUNS and before[1] == "of"


def _coordinated(tokens: Sequence[Token], mention: NumberMention, text: str) -> int | None:
    """The index of the "and" right before a rate (a comma may stand before it), or None."""
    index = mention.first - 1
    if index >= 1 and tokens[index].norm in _QUALIFYING_WORDS:
        index -= 1
    if index >= 1 and tokens[index].norm == "and":
        return index
    return None


# A rider's condition ("and 40 per cent if they are transshipped"), its unit's words, and
# the words that may stand between "and" and a rate ("and up to 40%").
_CONDITIONS = word_set("if when unless where once should")
_UNIT_WORDS = frozenset({"%", *word_set("percent per cent pct pc")})
_QUALIFYING_WORDS = word_set("about up nearly some")


def named_apart(
    tokens: Sequence[Token], mention: NumberMention, text: str, fact: Any
) -> str:  # fmt: skip
    """Why a rate the sentence gives as one country's ("Canada applies a 35 percent tariff")
    is not the rate of a measure ``fact`` issued by another country that the same sentence
    names too ("; the U.S. law sets no rate"), or "": the rate is stated, as the other
    country's. A sentence not naming the measure's country keeps the other rules' verdict."""
    body = getattr(fact, "issuing_body", None)
    party = party_of(str(body)) if body else None
    owner = country_of(tokens, mention, text) if party else None
    if not owner or owner == party:
        return ""
    for index in range(len(tokens)):
        hit = named_at(tokens, index)
        if hit is not None and hit[0] == party and _apart(tokens, index, mention.first, text):
            return f"{mention.value:g} is {owner}'s rate, not {party}'s"
    return ""


_CUT_WORDS = word_set("but while whereas although though however")


def _apart(tokens: Sequence[Token], one: int, other: int, text: str) -> bool:
    """Whether a semicolon, colon, dash or contrast word parts two places of a sentence: the
    measure's country in its own clause ("; the U.S. law sets no rate"), not the subject of
    the rate's clause ("The US will match Canada's 25 percent tariff")."""
    low, high = sorted((one, other))
    for index in range(low + 1, high + 1):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if any(mark in gap for mark in ";:\u2014") or tokens[index].norm in _CUT_WORDS:
            return True
    return False


def targets_own(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    text: str, fact: Any,
) -> bool:  # fmt: skip
    """Whether the rate's goods or group are one of the measure's ``targets`` and no other
    rate's of the sentence are: "compared with 10 percent on cars from other countries" is
    the measure's own rate when the measure is on cars from other countries."""
    targets = _targets(fact)
    if not targets or not _matches(goods_of(tokens, mention, text), targets):
        return False
    others = [m for m in mentions if m is not mention and m.unit == "percent"]
    return not any(_matches(goods_of(tokens, other, text), targets) for other in others)


def on_targets(tokens: Sequence[Token], mention: NumberMention, text: str, fact: Any) -> bool:
    """Whether the rate's goods or group are one of the measure's ``targets``."""
    targets = _targets(fact)
    return bool(targets) and _matches(goods_of(tokens, mention, text), targets)


def _targets(fact: Any) -> list[frozenset[str]]:
    return [
        _content(_words(tokenize(str(target)))) for target in getattr(fact, "targets", None) or []
    ]


__all__ = [
    "country_of",
    "goods_of",
    "named_apart",
    "on_targets",
    "rate_clash",
    "rider",
    "targets_own",
]
