"""A stake's share as a count (session 58, cn58; outside checks 87, 88, 92, 95): "The fund,
which already owns 9.9 percent of EA", "Meta Platforms will spend $14.3 billion on 49% of
Scale AI", "it would own roughly 10% of AMD", "The buyers will take 100% of EA", "about 73% of
the combined bank will belong to Fifth Third's shareholders" were refused as counts of a
stake ("fund's existing stake in EA, percent", "stake, percent", "interest taken, per cent",
"share of EA to be taken"), since the count's word "stake" (or "holding", "interest") is never
the article's: English says a stake with the verb that gives it, not with its noun.

Read (:func:`held_stake`): a count whose words name a stake (:data:`_STAKES`; or "share" with
a word of taking: "share of EA to be taken") and a number in percent right before "of" and the
whole it is a stake in ("of EA", "of its 43 ports"), given by its clause in one of three ways:

- a verb of having or taking right before it, past hedges and at most two auxiliaries or
  adverbs ("would own roughly 10%", "already owns 9.9 percent", "will take 100%"); its owner is
  the clause's subject back to a mark or a clause word, or, when a relative aside ends right
  before the verb ("The fund, which already owns"), the noun phrase before the aside;
- "on" or "for" after a verb of paying in the same stretch ("spend $14.3 billion on 49% of",
  "invested EUR1.3 billion for about 11 per cent of"): the owner is the payer, read the same;
- "N% of X will belong to Y" ("go to"): the owner is what follows "to", up to a mark, a
  clause word or the next number ("and about 27% to Comerica's" is another owner's).

The count is the stake when each of its other words (less the stake's noun, the unit, filler
and the words a verb of taking stands for: "taken", "held", "existing") is in the owner's words
or the whole's; so another owner's stake ("Brindle will hold 40%" for "Corvo stake"), another
company's ("of Qwerty" for a stake in Scale AI) and an elided later share ("and Teck 37.6%":
no verb of its own) are not read here. A stake the clause marks as past ("previously owned
20%", "which held 20% before the deal", "used to own") is not read either.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, four_digit_year, word_set
from .count_words import covers, what_words
from .numbers import NumberMention

_STAKES = word_set("stake stakes holding holdings interest ownership")
_SHARE_NOUNS = word_set("share shares")
# Words of a count a verb of having or taking says ("interest taken", "stake held").
_TAKEN = word_set(
    """taken take held hold owned own bought buy acquired acquire kept keep retained retain
    purchased controlled existing current resulting combined"""
)
_UNITS = word_set("percent per cent percentage pct")
_UNIT_WORDS = word_set("percent per cent pct pc %")
_HAVING = word_set(
    """own owns owned owning hold holds held holding take takes took taking buy buys bought
    buying acquire acquires acquired acquiring get gets got keep keeps kept retain retains
    retained control controls controlled purchase purchases purchased receive receives
    received"""
)
_PAYING = word_set(
    """spend spends spent spending pay pays paid paying invest invests invested investing"""
)
_BELONGING = word_set("belong belongs belonged belonging go goes went pass passes")
_HEDGES = word_set(
    """about around roughly some nearly almost over more than just only under less close to
    at least up an estimated approximately"""
)
_AUXILIARIES = word_set(
    """will would could should may might can must now still already together jointly also
    currently collectively has have had then eventually"""
)
_OPENERS = word_set(
    """and but while whereas although though which who that when where after before since
    as because if so with"""
)
_RELATIVES = word_set("which who that")
_ENDS = _OPENERS | _AUXILIARIES | _BELONGING | word_set("is are was were")
# Words that mark a stake as past, before its verb or after its whole.
_PAST = word_set("previously formerly once earlier originally used until before")
_PAY_REACH = 8  # most words from a verb of paying to its "on"/"for"
_OWNER_WORDS = 8


def held_stake(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> bool:  # fmt: skip
    """Whether the number in percent at ``mention`` is the stake ``what`` counts (see the
    module)."""
    words = _stake_words(what)
    if words is None or mention.unit != "percent":
        return False
    of = mention.last + 1
    while of < len(tokens) and tokens[of].norm in _UNIT_WORDS:
        of += 1  # "9.9 percent of", "11 per cent of"
    if of >= len(tokens) - 1 or tokens[of].norm != "of" or _mark(tokens, of, text):
        return False
    whole = _run(tokens, of + 1, text)
    if not whole or not _held_whole(tokens, whole):
        return False
    owner = _owner(tokens, mention, whole, text)
    if owner is None:
        return False
    said = [tokens[i].norm for i in (*owner, *whole)]
    return all(covers(said, word) for word in words)


def _held_whole(tokens: Sequence[Token], whole: Sequence[int]) -> bool:
    """Whether the whole after "of" is one a stake is held in: not a flow or a field shared
    out ("38% of the cement market", "10% of the profits", "25% of the proceeds", "40% of its
    budget") nor the owner's own shares bought back ("5% of its own shares back"; review
    rv58n: each read as a stake by cn58's verbs of having, taking and belonging)."""
    norms = [tokens[i].norm for i in whole]
    if any(norm in _SHARED_OUT for norm in norms):
        return False
    return not ("own" in norms[1:2] or "back" in norms)


# Wholes shared out, not held: a market's, a vote's, money's flows.
_SHARED_OUT = word_set(
    """market markets profit profits proceeds revenue revenues sales income earnings savings
    budget budgets spending cost costs vote votes seats output production exports imports
    traffic audience royalties dividend dividends payout payouts fees"""
)
# Past forms of having: "held 20% ... in 2019" is a past stake when its clause dates it.
_HAD = word_set("owned held controlled had kept retained")
_PERFECT = word_set("has have had")
_AGO = word_set("ago last")


def _dated_past(tokens: Sequence[Token], verb: int, whole: Sequence[int]) -> bool:
    """Whether a past verb of having ("held", "owned"; not "has owned") is dated by a year or
    a "last"/"ago" right after its whole: "Marl Partners held 20% of Quenby Foods in 2019"."""
    if tokens[verb].norm not in _HAD or (verb and tokens[verb - 1].norm in _PERFECT):
        return False
    at = whole[-1] + 1 if whole else verb + 1
    near = [tokens[i] for i in range(at, min(at + 3, len(tokens)))]
    return any(
        token.norm in _AGO or (token.is_number and four_digit_year(token.text)) for token in near
    ) or any(tokens[i].norm in _AGO for i in whole)


def _stake_words(what: str) -> list[str] | None:
    """The words of a stake's count its owner or whole must say; None for no stake."""
    words = [w.strip("()") for w in what_words(what.split(",")[0] if "," in what else what)]
    stake = any(w in _STAKES for w in words) or (
        any(w in _SHARE_NOUNS for w in words) and any(w in _TAKEN for w in words)
    )
    if not stake:
        return None
    return [
        w.removesuffix("'s").removesuffix("'")
        for w in words
        if w and w not in _STAKES | _SHARE_NOUNS | _TAKEN | _UNITS and w not in _FILLERS
    ]


_FILLERS = word_set("in to be if its their his her after")


def _mark(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether a mark (a comma, a colon, a dash, a bracket) stands before ``tokens[index]``."""
    if not 0 < index < len(tokens):
        return False
    gap = text[tokens[index - 1].end : tokens[index].start]
    return any(mark in gap for mark in _MARKS)


_MARKS = (",", ";", ":", "(", ")", "\u2014", "\u2013", " - ")


def _run(tokens: Sequence[Token], start: int, text: str, stop_number: bool = False) -> list[int]:
    """The indices from ``start`` on to a mark, a clause word or (after its first word, or
    at once when ``stop_number``) a number: "the combined bank", "43 ports"."""
    run: list[int] = []
    for index in range(start, len(tokens)):
        if index > start and _mark(tokens, index, text):
            break
        token = tokens[index]
        if token.norm in _ENDS or (token.is_number and (run or stop_number)):
            break
        run.append(index)
    return run


def _owner(
    tokens: Sequence[Token], mention: NumberMention, whole: Sequence[int], text: str
) -> list[int] | None:
    """The indices of the words naming the stake's owner (empty when none is named), or None
    when no verb of having, paying or belonging gives the number a stake (see the module)."""
    at = mention.first - 1
    while at >= 0 and tokens[at].norm in _HEDGES and not tokens[at].is_number:
        at -= 1
    if at < 0:
        return _belonging(tokens, whole, text)
    if tokens[at].norm in _HAVING and not _mark(tokens, at + 1, text):
        verb = at
    elif tokens[at].norm in ("on", "for") and not _mark(tokens, at + 1, text):
        verb = next(
            (
                i
                for i in range(at - 1, max(at - _PAY_REACH, -1), -1)
                if tokens[i].norm in _PAYING
                and not any(_mark(tokens, j, text) for j in range(i + 1, at + 1))
            ),
            -1,
        )
        if verb < 0:
            return _belonging(tokens, whole, text)
    else:
        return _belonging(tokens, whole, text)
    if any(tokens[i].norm in _PAST for i in range(max(verb - 3, 0), verb)):
        return None  # "previously owned 20%", "used to own"
    if _dated_past(tokens, verb, whole):
        return None  # "held 20% of Quenby Foods in 2019" (review rv58n)
    after = whole[-1] + 1 if whole else len(tokens)
    if after < len(tokens) and tokens[after].norm in _PAST and not _mark(tokens, after, text):
        return None  # "held 20% of it before the deal", "until March"
    return _subject(tokens, verb, text)


def _subject(tokens: Sequence[Token], verb: int, text: str) -> list[int] | None:
    """The subject before a verb at ``verb``: back past two auxiliaries to a mark or a clause
    word; past a relative aside that ends there (", which already owns") to the phrase before
    it. None when an aside closes right before the verb ("Investors in Halden Bank, which Ola
    Strand's family controls, will get") or a word sets a party apart in it: no owner read."""
    at = verb - 1
    steps = 0
    while (
        at >= 0
        and tokens[at].norm in _AUXILIARIES
        and steps < 2
        and not _mark(tokens, at + 1, text)
    ):
        at -= 1
        steps += 1
    if at >= 0 and tokens[at].norm in _RELATIVES and _mark(tokens, at, text):
        at -= 1  # "The fund, which already owns": the fund
    elif at >= 0 and _mark(tokens, at + 1, text):
        return None  # an aside ends before the verb: "The insurer, not Halden Bank, will own"
    subject: list[int] = []
    while at >= 0 and len(subject) < _OWNER_WORDS:
        if tokens[at].norm in _OPENERS:
            break
        if tokens[at].norm in _SET_APART:
            return None  # "The consortium, including Solas, ..."
        subject.append(at)
        if _mark(tokens, at, text):
            break
        at -= 1
    return subject


# Words that set a party apart from the subject or inside it (review rv43c's and rvnp36's
# guards): "not Halden Bank", "including Solas", "rather than Brindle's".
_SET_APART = word_set("not rather instead unlike including excluding except besides")


def _belonging(tokens: Sequence[Token], whole: Sequence[int], text: str) -> list[int] | None:
    """The owner of "N% of X will belong to Y" ("go to", "pass to"): Y's words; None when no
    such verb follows the whole."""
    at = (whole[-1] + 1) if whole else len(tokens)
    steps = 0
    while at < len(tokens) and tokens[at].norm in _AUXILIARIES and steps < 2:
        at += 1
        steps += 1
    if at + 2 >= len(tokens) or tokens[at].norm not in _BELONGING or tokens[at + 1].norm != "to":
        return None
    return _run(tokens, at + 2, text, stop_number=True)


__all__ = ["held_stake"]
