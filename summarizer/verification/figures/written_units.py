"""A count in a unit its ``what`` names, read where the number is written in that unit.

Outside checks 141-171 (session 64, ct64): most correct counts flagged there were refused as
"N is in its evidence, but not as this field's number (no .../pence/... next to it)", and one
shape of them is a count whose ``what`` names its unit ("price increase in pence", "radius in
km", "investment (rupees)") while the page writes the unit on the number itself, glued, as an
abbreviation or a sign: "a 40p jump", "a 10-kilometre radius", "Rs 60 crore". The cue list
holds the unit's word, never its written short form, so the unit was never "next to it".

The reading: the number is the count's when, in one sentence of its evidence,

- it is the one number written in the unit the ``what`` names (a second number in that unit,
  "slipped from 377p to 366p", "Rs 1,100 crore ... Rs 1,548 crore", leaves the choice open);
- its qualifier is the count's ("about Rs 60 crore" is no exact sum);
- a change the ``what`` names ("increase", "cut") is written right by it ("a 5p rise", "10p
  more", "the last rise, 5p"), in the same direction; a level the ``what`` names (a price, a
  radius) is no number a change word follows ("a 5p rise" is no price);
- one of the ``what``'s own words besides the unit and the change stands in the sentence
  (a price's by "pay", "cost" or "charge": what one pays is a price).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .field_readings import glued_field_units
from .numbers import NumberMention, mention_of

# unit -> (the words a what names it by, the short forms written glued or after the number,
# the forms written before it)
_UNITS: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {
    "pence": (word_set("pence penny pennies"), word_set("p pence penny"), frozenset()),
    "cents": (word_set("cents cent"), word_set("c cents cent"), frozenset()),
    "km": (
        word_set("km kms kilometre kilometres kilometer kilometers"),
        word_set("km kms kilometre kilometres kilometer kilometers"),
        frozenset(),
    ),
    "cm": (
        word_set("cm centimetre centimetres centimeter centimeters"),
        word_set("cm centimetre centimetres centimeter centimeters"),
        frozenset(),
    ),
    "miles": (word_set("mile miles"), word_set("mile miles"), frozenset()),
    "rupees": (word_set("rupee rupees rs inr"), word_set("rupees rupee"), word_set("rs inr")),
    # "18.4%", "30 percent", "27.47 per cent": the number reader's own unit
    "percent": (word_set("percent percentage pct"), frozenset(), frozenset()),
}
# Glued short forms that are a unit only glued ("40p", "5c"): spaced, "p" and "c" are letters.
_GLUED_ONLY = word_set("p c")
_SIGNS = {"rupees": "\u20b9"}
_GLUED_UNITS = frozenset({"pence", "cents"})
_RISES = word_set(
    "increase increases increased rise rises rose risen jump jumps jumped more higher up hike"
    " hikes hiked extra climb climbs climbed dearer widen widens widened extend extends"
    " extended extension extensions lengthen lengthened grew grow grows gain gains gained"
    " lift lifts lifted raise raises raised boost boosts boosted overrun overruns overran"
)
_FALLS = word_set(
    "cut cuts decrease decreases decreased fall falls fell drop drops dropped less lower"
    " down reduction reductions cheaper narrow narrows narrowed shorten shortened shrank"
    " shrink shrinks reduce reduces reduced loss losses lost"
)
# Words that set the number against another ("8% above the rest of the region"): no change,
# and no level of the count's own either
_COMPARED = word_set("above below than ahead behind")
# A count of what someone owns ("Halden Bank stake in the new lender"): whose it is is the
# owner readings' (counts/rate_owners), never read here
_OWNED = word_set("stake stakes holding holdings ownership owned")
# Words in the number's clause that give it to another ("The insurer, not the bank, will own
# 40%", "Small holders, including the Okoro family, will own 9%")
_OTHERS = word_set("not never no including among")
# Words that end a clause: a count's word beyond one is another thing's ("Diesel rose 4p;
# petrol stayed flat", "..., while a loaf costs 5p more").
_BREAKS = word_set("while whereas but although though meanwhile and")
# What one pays is a price: "will pay 10p more", "will cost 10p more", "charges 40p".
_PRICE_WORDS = word_set("pay pays paid paying cost costs costing charge charges charged fare fares")
_STOP = word_set(
    "in of per the a an for to by at on from with and or s this that its their his her new"
)
# Words of a hedge between "by" and its number ("by as much as 20%", "by about 5p")
_HEDGES = word_set("as much many up to about around roughly some nearly almost more than at least")
# A hedge's phrases right before a number: a bound, not a change ("more than 40p")
_HEDGE_PHRASES = (
    ("more", "than"), ("less", "than"), ("fewer", "than"), ("up", "to"), ("as", "much", "as"),
    ("as", "many", "as"), ("as", "little", "as"), ("at", "least"), ("at", "most"),
)  # fmt: skip


def _hedge_start(tokens: Sequence[Token], first: int) -> int:
    """Where a hedge's phrase right before the number at ``first`` starts (``first`` if
    none): "more than 40p", "up to 30p", "as much as 20%"."""
    for phrase in _HEDGE_PHRASES:
        start = first - len(phrase)
        if start >= 0 and tuple(t.norm for t in tokens[start:first]) == phrase:
            return start
    return first


_WORDS = re.compile(r"[a-z]+")
_BETWEEN = 3  # tokens between a change word and its number ("a 5p rise", "the last rise, 5p")


def unit_written(
    tokens: Sequence[Token],
    numbers: Sequence[NumberMention],
    text: str,
    what: str,
    cues: Sequence[str],
    wanted: float,
    qualifier: str,
) -> bool:
    """Whether ``wanted`` is the count's number in this sentence (``tokens``, its ``numbers``)
    by the unit written on it (see the module): read only when the count's ``what`` names a
    unit of the table. ``cues`` are the count's cue stems, its words for any count left out."""
    owners = _owners(what)
    what = what.lower()
    words = _WORDS.findall(what)
    if "per cent" in " ".join(words):
        words = [w for w in words if w not in {"per", "cent"}] + ["percent"]
    units = [u for u, (named, _, _) in _UNITS.items() if any(w in named for w in words)]
    if len(units) != 1:
        return False
    unit = units[0]
    rise = any(w in _RISES for w in words)
    fall = any(w in _FALLS for w in words)
    if (rise and fall) or any(w in _OWNED for w in words):
        return False
    named = _UNITS[unit][0]
    own = tuple(
        c
        for c in cues
        if not any(w.startswith(c) for w in named)
        and c not in _STOP
        and not any(c.startswith(w) or w.startswith(c) for w in _RISES | _FALLS)
    )
    mentions = [*numbers]
    if unit in _GLUED_UNITS:  # "40p": read by no number reader but the count's own
        mentions += glued_field_units(tokens, what, text)
    in_unit = [m for m in mentions if _written_in(tokens, m, unit, text)]
    if len(in_unit) != 1 or abs(in_unit[0].value - wanted) > 1e-9:
        return False
    mention = in_unit[0]
    if qualifier not in _qualifiers(tokens, mention, text):
        return False
    change = _change_by(tokens, mention, mentions) or _by_change(tokens, mention, text)
    if (rise or fall) and change != ("rise" if rise else "fall"):
        return False
    if not (rise or fall) and change:
        return False  # "a 5p rise" is no price, "3km further" no radius
    content = tuple(
        w[:-1] if w.endswith("s") and len(w) > 3 else w
        for w in words
        if w not in _STOP and w not in named and w not in _RISES | _FALLS and len(w) > 2
    )
    if unit == "percent" and not _share_of_own(tokens, mention, content):
        return False  # "30 percent of voters stayed home" is no turnout
    low, high = _clause(tokens, mention, text)
    if any(tokens[at].norm in _OTHERS for at in range(low, mention.first)):
        return False  # "The insurer, not the bank, will own 40%": the number is another's
    if owners and not _owners_said(tokens, owners, low, high):
        return False  # "The insurer will own 40% of the venture" is no bank's share
    deeds = _deeds(words, named) if unit in _MONEY else ()
    if deeds and not any(t.norm.startswith(deeds) for t in tokens[low : high + 1]):
        return False  # "bad loans were written off" tells no loans recovered
    need = own or content  # a count whose cues are all the unit's: its what's own words
    if not need:
        return rise or fall  # "increase in pence": its word of change, by the number, is all
    return _own_said(tokens, mention, need, text)


# A sum's units: a sum of money is told by what was done with it ("funds raised", "loans
# recovered": :mod:`.money_sums`), so the deed the count names must be the clause's
_MONEY = frozenset({"pence", "cents", "rupees"})
_IRREGULAR_DEEDS = word_set("paid spent sold lost won written kept given taken lent")


def _deeds(words: Sequence[str], named: frozenset[str]) -> tuple[str, ...]:
    """The stems of the deeds a count of money names ("recovered", "raised", "spent"; not
    its change, "increased", nor its unit), by which its clause must tell it."""
    found = []
    for word in words:
        if word in named or word in _RISES | _FALLS or word in _STOP:
            continue
        if word.endswith("ed") and len(word) > 4:
            found.append(word[:-2])
        elif word in _IRREGULAR_DEEDS:
            found.append(word[:4])
    return tuple(found)


def _unit_end(tokens: Sequence[Token], mention: NumberMention) -> int:
    """The last token of the number's written unit ("%", "percent", "per cent", "p", "km")."""
    nxt = mention.last + 1
    if nxt + 1 < len(tokens) and tokens[nxt].norm == "per" and tokens[nxt + 1].norm == "cent":
        return nxt + 1
    return nxt


def _share_of_own(tokens: Sequence[Token], mention: NumberMention, own: tuple[str, ...]) -> bool:
    """Whether a share written "N% of X" is a share of one of the count's own words: "the
    18.4% of Avangrid's shares" for a percent of shares, not "30 percent of voters" for a
    turnout; a share with no "of" after it is not asked."""
    at = _unit_end(tokens, mention) + 1
    if at >= len(tokens) or tokens[at].norm != "of":
        return True
    for token in tokens[at + 1 : at + 5]:
        if token.is_number:
            return False
        if own and token.norm.startswith(own):
            return True
    return False


def _written_in(tokens: Sequence[Token], mention: NumberMention, unit: str, text: str) -> bool:
    """Whether the number is written in ``unit``: its short form glued or after it ("40p",
    "50 km", "10-kilometre"), or its sign or code before it ("Rs 60 crore", "\u20b960")."""
    if unit == "percent":
        return mention.unit == "percent"
    _, after, before = _UNITS[unit]
    first, last = mention.first, mention.last
    nxt = last + 1
    if nxt < len(tokens) and tokens[nxt].norm in after:
        token = tokens[nxt]
        if token.norm in _GLUED_ONLY and (not token.attached or token.text != token.text.lower()):
            return False  # "40 p.", "5G": a letter, not a unit
        if nxt + 1 < len(tokens) and tokens[nxt + 1].norm in {"h", "hr", "hour"}:
            return False  # "20km/h" is a speed
        return not (nxt + 1 < len(tokens) and tokens[nxt + 1].attached)  # "40px": a code
    if first and tokens[first - 1].norm in before:
        return True
    sign = _SIGNS.get(unit)
    start = tokens[first].start
    return bool(sign) and start > 0 and text[start - 1] == sign


def _qualifiers(tokens: Sequence[Token], mention: NumberMention, text: str) -> frozenset[str]:
    """The number's qualifiers, read before its unit's code when one leads it: "about Rs 60
    crore" is about 600 million."""
    first = mention.first
    if first and tokens[first - 1].norm in _UNITS["rupees"][2]:
        norms = [t.norm for t in tokens]
        lead = mention_of(list(tokens), norms, first - 1, mention.last, mention.value, text)
        return lead.qualifiers
    return mention.qualifiers


def _by_change(tokens: Sequence[Token], mention: NumberMention, text: str) -> str:
    """ "rise" or "fall" for a number after "by" (past its hedge: "by as much as 20%") whose
    clause has a word of change before it: "lifted the share price by as much as 20%"."""
    at = mention.first - 1
    while at >= 0 and tokens[at].norm in _HEDGES:
        at -= 1
    if at < 0 or tokens[at].norm != "by":
        return ""
    while at > 0 and not _break(tokens, at - 1, at, text):
        at -= 1
        if tokens[at].is_number:
            return ""
        if tokens[at].norm in _RISES:
            return "rise"
        if tokens[at].norm in _FALLS:
            return "fall"
    return ""


def _change_by(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention]
) -> str:
    """ "rise" or "fall" when a word of change stands within a few words of the number with no
    other number between ("a 40p jump", "10p more", "the last rise, 5p"), else ""."""
    hedge = _hedge_start(tokens, mention.first)
    low = max(0, hedge - _BETWEEN)
    high = min(len(tokens), mention.last + 2 + _BETWEEN)
    for at in range(low, high):
        if hedge <= at <= _unit_end(tokens, mention):
            continue  # the number, its unit and its hedge ("more than 40p")
        lo, hi = sorted((at, mention.first))
        if any(m is not mention and lo <= m.last and m.first <= hi for m in mentions):
            continue
        word = tokens[at].norm
        if word in _COMPARED:
            return "compared"
        if word in _RISES:
            return "rise"
        if word in _FALLS:
            return "fall"
    return ""


def _own_said(
    tokens: Sequence[Token], mention: NumberMention, own: tuple[str, ...], text: str
) -> bool:
    """Whether one of the count's own words (its cue stems, besides its unit and change) is in
    the number's clause, not inside the number; a price's also by what one pays. The clause
    runs to a semicolon, a colon or a word of contrast ("Diesel rose 4p; petrol stayed flat":
    no rise of petrol)."""
    price = any("price".startswith(c) or c.startswith("pric") for c in own)
    low, high = _clause(tokens, mention, text)
    for at in range(low, high + 1):
        if mention.first <= at <= mention.last:
            continue
        token = tokens[at]
        if token.norm.startswith(own) or (price and token.norm in _PRICE_WORDS):
            return True
    return False


def _owners(what: str) -> tuple[str, ...]:
    """The words of a count's ``what`` that name whose it is: a possessive ("bank's",
    "founders'") or a name's capitalised word ("Boohoo share rise", "Texas pass rate"),
    lowercased and without the possessive's ending."""
    found = []
    for word in what.replace("\u2019", "'").split():
        bare = word.strip(",.;:()")
        if bare.endswith(("'s", "s'")):
            found.append(bare.lower().removesuffix("'s").removesuffix("'"))
        elif bare[:1].isupper() and bare.isalpha() and bare.lower() not in _STOP:
            found.append(bare.lower())
    return tuple(w for w in found if len(w) > 1)


def _owners_said(tokens: Sequence[Token], owners: tuple[str, ...], low: int, high: int) -> bool:
    """Whether every owner word stands in the clause ``low``..``high`` ("Boohoo's" for
    "Boohoo", "the bank" for "bank's")."""
    said = {t.norm.removesuffix("'s").removesuffix("s") for t in tokens[low : high + 1]}
    return all(w.removesuffix("s") in said for w in owners)


def _clause(tokens: Sequence[Token], mention: NumberMention, text: str) -> tuple[int, int]:
    """The first and last token of the number's clause (see :func:`_break`)."""
    low = mention.first
    while low > 0 and not _break(tokens, low - 1, low, text):
        low -= 1
    high = mention.last
    while high + 1 < len(tokens) and not _break(tokens, high, high + 1, text):
        high += 1
    return low, high


def _break(tokens: Sequence[Token], left: int, right: int, text: str) -> bool:
    """Whether a clause ends between the tokens at ``left`` and ``right`` (the right one a word
    of contrast after a comma, or a semicolon or colon between)."""
    gap = text[tokens[left].end : tokens[right].start]
    if ";" in gap or ":" in gap:
        return True
    return tokens[right].norm in _BREAKS and ("," in gap or tokens[right].norm != "and")
