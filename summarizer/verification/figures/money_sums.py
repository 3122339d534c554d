"""Which sum of money a sentence's verb tells (session 30 review, rvc30: with a currency sign
read as its currency's word, "Donors pledged $1.2 billion in March, but only $400 million has
been delivered" let 1.2 billion pass as dollars delivered, "The fund has collected $22 million
of the $75 million it is seeking" 75 million as dollars collected, "The city paid $12 million
toward the stadium, which cost $40 million" 40 million as dollars the city paid).

A count of money names what was done with it ("dollars delivered", "pounds raised"), or
names its currency by a sign in its scale ("road spending, £bn": glued_scales). When the
sentence holds two sums or more, each word of that deed the sentence says belongs to the sum
nearest it in its clause (no clause mark between: "pledged $1.2 billion", "$400 million has
been delivered"); a sum is refused when every place the sentence says a deed word of the count
belongs to another sum (:func:`sum_clash`). A sum in brackets right after another ("\u20ac150
million ($160 million)") is the same sum told in another currency and shares its words. Not
read: a deed the sentence words otherwise ("brought in" for raised: the goal of "$31 million
toward its $90 million goal" is not refused for dollars raised), and one sum alone in its
sentence (nothing to tell it from).
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.tokens import CURRENCY_SIGNS, Token, clause_gap, tokenize, word_set
from .change_ends import change_start
from .count_wholes import covers, what_words
from .money_glosses import glossed
from .named_roles import named_role
from .numbers import NumberMention
from .stock_shares import share_of_sum, stock_units
from .sum_owners import earlier_conjunct, of_sum

#: Currency words a count of money names (a sign's words are in :mod:`currency_signs`).
MONEY = word_set(
    """dollar dollars pound pounds sterling euro euros yen yuan real reais peso pesos rupee
    rupees franc francs cents pence penny pennies"""
)  # a sum in a currency's hundredths is a sum too ("91 cents a share"; review rvr3counts)


def _money(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    start = tokens[mention.first].start
    after = tokens[mention.last + 1].norm if mention.last + 1 < len(tokens) else ""
    return (start > 0 and text[start - 1] in CURRENCY_SIGNS) or after in MONEY


def _owner(
    tokens: Sequence[Token], at: int, sums: Sequence[NumberMention], text: str
) -> NumberMention | None:
    """The sum nearest the word at ``at`` with no clause mark, nor a conjunction opening a
    contrasting clause ("while", "whereas", "but"), between them. A sum the grammar ties the
    word to comes first ("revenue of $6.3 billion"), and none in an earlier conjunct when the
    word's own conjunct has a sum ("\u20ac4.34bn and the average fare climbed 21% to \u20ac51";
    :mod:`.sum_owners`)."""
    tied = of_sum(tokens, at, sums)
    if tied is not None:
        return tied
    best: tuple[int, NumberMention] | None = None
    for mention in sums:
        if earlier_conjunct(tokens, at, mention, sums, text):
            continue  # the word opens the next conjunct, which has a sum of its own
        if any(glossed(tokens, other, mention, text) for other in sums):
            continue  # a conversion is its sum's: the pair is told as the first
        last = max(
            [mention.last, *(m.last for m in sums if glossed(tokens, mention, m, text))]
        )  # "£1.2 billion ($1.6 billion) for the helicopters": the bracket is no clause mark
        left, right = (last, at) if last < at else (at, mention.first)
        if any(
            clause_gap(tokens, i, text)
            for i in range(left, right)
            if i != last or last == mention.last
        ):
            continue
        if any(t.norm in _CONTRASTS for t in tokens[left + 1 : right]):
            continue  # "rise to £12bn while road spending falls to £9bn": another clause
        if at < mention.first - 1 and tokens[mention.first - 1].norm == "and":
            continue  # "£1.2bn for the helicopters and £300m for training": a new conjunct
        distance = right - left
        if best is None or distance < best[0]:
            best = (distance, mention)
    return best[1] if best else None


def _predicated(
    tokens: Sequence[Token], mention: NumberMention, text: str, brackets: Set[int] = frozenset()
) -> bool:
    """Whether the sum's clause has a verb of its own (a word in "-ed", an auxiliary, a
    relative or a subject pronoun): an elided clause ("..., and the IMF $200 million") shares
    the verb of the clause before it, so its sum takes that deed too. The gaps after the
    tokens at ``brackets`` (a conversion's brackets) mark no clause: "Norway will pay £1.2
    billion ($1.6 billion) for the helicopters and £300 million for training" is one clause,
    whose verb the £300 million has (review rvmoney37)."""

    def mark(at: int) -> bool:
        return at not in brackets and clause_gap(tokens, at, text)

    start, end = mention.first, mention.last
    while start > 0 and not mark(start - 1):
        start -= 1
    while end + 1 < len(tokens) and not mark(end):
        end += 1
    return any(t.norm.endswith("ed") or t.norm in _VERBAL for t in tokens[start : end + 1])


def _ranged(one: NumberMention, other: NumberMention) -> bool:
    """Whether two sums are the ends of one range (counts.ranges marks them, the low end
    spanning the high)."""
    if not (one.bound and other.bound):
        return False
    return one.first <= other.last and other.first <= one.last


_JOINS = word_set("and or")


def _coordinated(tokens: Sequence[Token], one: NumberMention, other: NumberMention) -> bool:
    """Whether two sums are bare conjuncts of one object ("made $86 million and $70.7
    million"): the words before them own both, and which is whose they do not say (session
    39, an unseen check: "made" read as a verb of its own since rvr3counts)."""
    first, second = (one, other) if one.last < other.first else (other, one)
    between = tokens[first.last + 1 : second.first]
    return len(between) == 1 and between[0].norm in _JOINS


_STOCK = word_set("share shares")
_BY = word_set("up down by")


def _moved_by(tokens: Sequence[Token], other: NumberMention, mention: NumberMention) -> bool:
    """Whether another sum is the size of a change ("Merck stock was up 25 cents at $81.63"),
    which owns no deed of the sentence's (review rvr3counts: cents are a sum now)."""
    return other is not mention and other.first > 0 and tokens[other.first - 1].norm in _BY


def _subject_shared(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether the sum's clause is a participle's ("..., having ended Monday at 388 pence"),
    whose subject is the sentence's: a name the count gives owns its sums too (mendr3counts)."""
    marks = [i for i in range(mention.first) if clause_gap(tokens, i, text)]
    opener = tokens[marks[-1] + 1].norm if marks else ""
    return opener == "having" or (opener.endswith("ing") and opener not in _NOT_PARTICIPLES)


_STANCES = word_set("expected forecast forecasted estimated predicted projected expect expects")
_NOT_PARTICIPLES = word_set("during including according morning evening")
_CONTRASTS = word_set("while whilst whereas but although though")
_VERBAL = word_set(
    "has have had is are was were be been will would which that who it they we he she"
)
# English's irregular pasts of the verbs money is told by, which no "-ed" marks: "while finance
# chief Omar Reyes sold at $58.75 a share" has a verb of its own (review rvr3counts).
_VERBAL |= word_set("sold bought paid spent won lost took gave made got brought sought")


def sum_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> str:  # fmt: skip
    """Why the sum is not the count's: the sentence says each of the count's deed words of
    another sum (see the module); "" when it does not."""
    named = {w.strip(",'").lower() for w in what.split()}
    signed = any(sign in what for sign in CURRENCY_SIGNS)  # "road spending, £bn", "revenue ($m)"
    if not (named & MONEY or signed) or not _money(tokens, mention, text):
        return ""
    sums = [m for m in mentions if _money(tokens, m, text) and not _moved_by(tokens, m, mention)]
    if len(sums) < 2 or named_role(what, tokens, mention, mentions, text):
        return ""  # "tariff cost, low end": one end of "between $4bn and $5bn" (named_roles)
    told = [m for m in sums if glossed(tokens, m, mention, text)]
    own = {id(m) for m in [mention, *told]} | {
        id(m) for m in sums if glossed(tokens, mention, m, text) or _ranged(m, mention)
    }  # a range's two ends are one sum ("£54bn to £66bn", "from $5m to $9m"; session 35)
    own |= {id(m) for m in sums if _coordinated(tokens, m, mention)}
    own |= {id(m) for m in sums if m is change_start(tokens, mention, sums)}  # "from $20 to $23"
    own |= {id(m) for m in sums if mention is change_start(tokens, m, sums)}  # one sum, changed
    brackets = {  # a conversion's brackets are no clause marks: "(£1.6bn)"
        at for one in sums for two in sums if glossed(tokens, one, two, text)
        for at in (two.first - 1, two.last)
    }  # fmt: skip
    if not _predicated(tokens, mention, text, brackets):
        return ""  # "The World Bank approved $350 million, and the IMF $200 million": elided
    deeds = [w for w in what_words(what) if w not in MONEY and w.lower() == w and len(w) > 3]
    words = [token.norm for token in tokenize(what.replace("-", " "))]
    if stock_units(words):  # "share price", "per share": the stock is the sum's unit, as its
        deeds = [w for w in deeds if w not in _STOCK]  # currency is (review rvr3counts)
        if _subject_shared(tokens, mention, text):  # "Brisk ... closed at 412 pence, having
            named = {w.strip(".,'").lower() for w in what.split() if w[:1].isupper()}
            named -= {*WEEKDAYS, *MONTHS}  # a day is a time the sums differ by, no owner
            deeds = [w for w in deeds if w not in named]  # ended Monday at 388": Brisk's too
    if share_of_sum(words):  # "Hollis's share of the jackpot": "share of" and the whole after it
        whole = words[next(i for i, w in enumerate(words) if w in _STOCK) :]  # are the whole's
        deeds = [w for w in deeds if w not in whole]  # ("her share of the £2.8m jackpot")
    stanced = not _STANCES.isdisjoint(words)
    for word in deeds:
        places = [i for i, t in enumerate(tokens) if not t.is_number and covers([t.norm], word)]
        if not stanced:  # "had expected earnings of 91 cents": a stance's, not the earnings
            places = [i for i in places if not _STANCES & {t.norm for t in tokens[i - 2 : i]}]
        owners = [_owner(tokens, i, sums, text) for i in places]
        if places and all(o is not None and id(o) not in own for o in owners):
            return f"{mention.value:g} is another sum than the one {word}"
    return ""


__all__ = ["MONEY", "sum_clash"]
