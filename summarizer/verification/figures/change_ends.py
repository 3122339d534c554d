"""The two ends of a change, for a count whose words ask for one of them (session 35, outside
checks 63-77: "previous fee in pounds" of "took the fee from £159 to £169.50", "earlier
output" of "went from 205,387 tonnes to 469,562", "original state charges" of "Nine of the
original 11 state charges remain" were refused as "the value before a change, not now"), for
:func:`summarizer.verification.counts.number_rules.support_number`:

- a count asks for the earlier end when its words say so: "previous", "prior", "old",
  "original", "earlier", "initial", "last year's", "a year earlier", "the year before", "up
  from", or the time the sentence dates the "from" end by ("in April" of "to 612,000 in May
  from 683,000 in April", session 41) (:func:`asks_earlier`); its number is then the value
  before the change, and the value after it is no number of that count (:func:`after_value`);
- the later end of "from 28 points to 19" counts what the earlier end's noun names (the noun
  is said once, for both: :func:`change_start`), so 19 is a count of points.

The after end is read in three shapes: "from M to N" (N after "to", M after "from" a few
words before), "N, up from M" or "N, raised from M" (a word of change right before "from"),
and "N of the original M" (the part left of an earlier whole).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, four_digit_year, word_set
from .numbers import NumberMention

_EARLIER = word_set("previous previously prior old original earlier initial")
# ("former" is left out: it says who people were, "former employees", far more than a value.)
_PERIODS = word_set("year month week quarter season day decade")
_HEDGES = word_set(
    """about around roughly nearly almost some over under more than less fewer at least up
    just only approximately a an the its their his her previous prior earlier original
    initial"""
)
_CHANGES = word_set(
    """up down raised lowered cut cuts trimmed reduced increased decreased rose risen fell
    fallen climbed dropped jumped grew grown lifted revised slashed eased boosted doubled
    halved hiked changed"""
)
_ARTICLES = word_set("the a an")
_SCALED = word_set("million billion thousand trillion m bn mn k tonnes people percent")
_NOW = word_set("current existing present today")
_WILL = word_set("will shall")
_TO_BE = word_set("is are set due")
_DATING = word_set("last earlier before ago previous prior in")
_AFTER_REACH = 12  # words between a later end and its ", up from"
_REACH = 6  # words between a change's "from" end and its "to"


_OPENING = frozenset({"start", "beginning", "outset", "opening"})


def asks_earlier(what: str, tokens: Sequence[Token] = ()) -> str:
    """Whether a count's words ask for the value before a change (see the module): "word"
    for a word of being earlier ("previous"), "period" for an earlier period ("last year's",
    "a year earlier"), whose own time the sentence may give the later end (below); "" else.
    A count of the value in force now ("current fee") asks for it too when the sentence's
    change is still to come ("will pay £174.50 from next April, up from £169.50")."""
    raw = what.lower().replace("\u2019", "'").split()
    words = [w.strip(".,;:()'").removesuffix("'s") for w in raw]
    for at, word in enumerate(words):
        if word in _EARLIER and not _named(tokens, word, words[at + 1 : at + 2]):
            return "word"
        if word in _NOW and _ahead(tokens):
            return "word"
        following = words[at + 1] if at + 1 < len(words) else ""
        if word == "last" and following in _PERIODS and raw[at + 1].endswith("'s"):
            return "period"  # "last year's output", not "poached last year"
        if word in {"earlier", "before"} and at and words[at - 1] in _PERIODS:
            return "period"  # "a year earlier", "the year before"
        if word == "before" and (at == len(words) - 1 or raw[at].endswith(",")):
            return "word"  # "points in the plan before"; "defence budget before, euros"
        if word in _OPENING and following == "of":
            return "period"  # "names at the start of the year" (review rv40c)
        if word == "up" and following == "from":
            return "word"
        if word == "in" and _dated_start(tokens, words[at + 1 : at + 3]):
            return "word"  # "new homes sold in April" of "to 612,000 in May from 683,000 in April"
    return ""


def _dated_start(tokens: Sequence[Token], time_words: Sequence[str]) -> bool:
    """Whether the sentence dates a change's "from" end by the count's own time ("sank to
    612,000 in May from 683,000 in April" for a count "in April"): the count asks for that
    end, which the change's later end, dated otherwise, is not. The time is the count's first
    word after "in" but an article ("in the week to Saturday": "week", not "the", review
    rv41n), and the sentence says it once: "Sales in April rose to 702,000 from 655,000 in
    April last year" dates both ends by April."""
    time = next((w for w in time_words if w not in _ARTICLES), "")
    if not time or sum(t.norm == time for t in tokens) != 1:
        return False
    for at, token in enumerate(tokens[1:-2], start=1):
        if not token.is_number or tokens[at - 1].norm != "from":
            continue
        end = at + 1
        while end < len(tokens) - 2 and tokens[end].norm in _SCALED:
            end += 1
        if tokens[end].norm != "in":
            continue
        end += 1
        while end < len(tokens) - 1 and tokens[end].norm in _ARTICLES:
            end += 1  # "from 231,000 in the previous week": "previous", no "week"
        if tokens[end].norm == time:
            return True
    return False


# Words after a level that open no noun of its own ("rose by 40 to 310 in 2024", "to 4 this year").
_BARE = word_set("in on at this last next since after before during over for by from and but as")


_OBJECT_REACH = 3  # words of the changed thing between its verb and "by"


def verb_before_by(tokens: Sequence[Token], by: int, verbs: frozenset[str]) -> bool:
    """Whether a verb of ``verbs`` says the change whose "by" stands at ``by``: right before
    it ("rose by 14") or past the verb's object of a few words, no punctuation between
    ("increased its nursing staff by 150", review rv41n)."""
    reach = tokens[max(by - 1 - _OBJECT_REACH, 0) : by]
    cut = next((i for i in range(len(reach) - 1, -1, -1) if not reach[i].norm.isalpha()), -1)
    return any(t.norm in verbs for t in reach[cut + 1 :])


# Superlatives and "record" that name a level a change reached ("to 48 per cent, the lowest").
_LEVEL_WORDS = word_set("record lowest highest smallest largest biggest weakest strongest")


def _apposed_level(tokens: Sequence[Token], high: NumberMention) -> bool:
    """Whether the phrase right after ``high`` (past its unit) names it a level: "the lowest
    since the war", "a record", "its highest in a decade"."""
    after = [t.norm for t in tokens[high.last + 1 : high.last + 6]]
    after = [word for word in after if word not in _PERCENT_WORDS][:3]
    return bool(after) and after[0] in _LEVEL_OPENERS and any(w in _LEVEL_WORDS for w in after)


_PERCENT_WORDS = word_set("per cent percent")
_LEVEL_OPENERS = word_set("the its their a record")


def shares_noun(tokens: Sequence[Token], low: NumberMention, high: NumberMention) -> bool:
    """Whether the "to" number of "by A to B" carries a unit or noun A lacks ("reduced by 10
    to 50 per cent", "lifted by 10 to 40 councils"): said once for both, as a range's noun is,
    so the two are a range's ends (review rv41n), not a change's size and the level it reached,
    which is said bare ("rose by 14 to 61", "fell by 40 to 310 in 2024"), or named a level by
    the phrase after it ("dropped by 12 to 48 per cent, the lowest since the war": the
    turnout's level, not a range's end; review rv42c)."""
    if _apposed_level(tokens, high):
        return False
    if low.unit == "percent" or (low.unit == high.unit and low.unit):
        return False  # "by 9% to 4,100 units", "by 2% to 5%": the first has its own mark
    if high.unit == "percent":
        return True
    after = tokens[high.last + 1] if high.last + 1 < len(tokens) else None
    return after is not None and after.norm.isalpha() and after.norm not in _BARE


def _named(tokens: Sequence[Token], word: str, following: Sequence[str]) -> bool:
    """Whether the sentence says the earlier word before the count's next word as the name of
    what changes, both ends after it: "the number of initial public offerings rose from 40
    to 65", "defendants with prior convictions" (a kind of thing, not the change's earlier
    end; review rvnc35). A number before the change's "from"/"to" is the phrase's own ("the
    previous fee of £159 was raised to £169.50"): the word marks that earlier value."""
    if not following:
        return False
    for at, token in enumerate(tokens[:-1]):
        if token.norm != word or tokens[at + 1].norm.rstrip("s") != following[0].rstrip("s"):
            continue
        if _based(tokens[max(at - 3, 0) : at + 2]):
            continue  # "Compared with the previous year, revenue rose to": a base (gc54)
        for later in tokens[at + 2 :]:
            if later.is_number:
                break
            if later.norm in {"from", "to"}:
                return True
    return False


def _ahead(tokens: Sequence[Token]) -> bool:
    """Whether a sentence tells of a change still to come: "will", "is to", "from next"."""
    for at, token in enumerate(tokens):
        following = tokens[at + 1].norm if at + 1 < len(tokens) else ""
        if token.norm in _WILL or (token.norm in _TO_BE and following == "to"):
            return True
        if token.norm in {"from", "starting"} and following == "next":
            return True
    return False


def change_start(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention]
) -> NumberMention | None:
    """The earlier end M of "from M ... to N" when the number is N, else None."""
    at = mention.first - 1
    while at >= 0 and tokens[at].norm in _HEDGES:
        at -= 1
    if at < 1 or tokens[at].norm != "to":
        return None
    for other in reversed([m for m in mentions if m.last < at and at - m.last <= _REACH]):
        before = other.first - 1
        while before >= 0 and tokens[before].norm in _HEDGES:
            before -= 1
        if before >= 0 and tokens[before].norm == "from":
            return other
    return None


# Words that set a value against a base ("up from", "higher than", "up on", "compared with").
_COMPARING = word_set("from than on with against")
_BASE_LEADS = word_set("up down higher lower more less fewer compared rise fall increase drop")
_BASE_SKIP = word_set("the a an its their in that of")


def _set_off(tokens: Sequence[Token], at: int, follow: int) -> bool:
    """Whether the "from" at ``at`` comes right after the number or its one noun, past a
    mark (more than a space between): "reached 6.4 million, from 6.1 million", "now numbers
    214 aircraft, from 190"; not "rescued 214 people from 12 boats"."""
    return at <= follow + 1 and tokens[at].start > tokens[at - 1].end + 1


def _earlier_period(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` name an earlier period ("In the previous quarter", "last year's",
    "a year earlier"): before a number, they date it (review rv45d)."""
    for at, token in enumerate(tokens[:-1]):
        after = tokens[at + 1].norm
        if (token.norm in _EARLIER or token.norm == "last") and after in _PERIODS:
            return True
        if token.norm in _PERIODS and after in {"earlier", "before", "ago"}:
            return True
    return False


# Words after an earlier value that give it no noun of its own ("from 190 the year before").
_NO_NOUN = _BARE | _DATING | _ARTICLES | _PERIODS | _HEDGES


def _other_noun(
    tokens: Sequence[Token], follow: int, start: int, mentions: Sequence[NumberMention]
) -> bool:
    """Whether the number at ``start`` after a set-off "from" counts another noun than the
    number before it ("640 patients, from 22 villages", "40 buses, from two makers": where
    they came from, not an earlier value; review rv45d)."""
    later = next((m for m in mentions if m.first == start), None)
    if later is None or later.last + 1 >= len(tokens):
        return False
    noun = tokens[later.last + 1].norm
    own = tokens[follow].norm if follow < len(tokens) else ""
    if not noun.isalpha() or noun in _NO_NOUN or noun.rstrip("s") == own.rstrip("s"):
        return False
    dated = tokens[later.last + 2 : later.last + 5]  # "from 190 jets the year before"
    return not any(t.norm in _PERIODS or t.norm in _EARLIER for t in dated)


def _period_base(tokens: Sequence[Token], at: int, mentions: Sequence[NumberMention]) -> bool:
    """Whether the comparing word at ``at``, led by a word of change ("up from", "higher
    than", "compared with"), takes an earlier period with no number of its own as its base:
    "rose to $410 million, up from the prior year", "£2.1bn, higher than in the previous
    year". The number before it is then the later value, not the earlier period's (session
    45, gcn45a, review rv44b's times)."""
    if at < 1 or tokens[at - 1].norm not in _BASE_LEADS:
        return False
    index = at + 1
    while index < len(tokens) and tokens[index].norm in _BASE_SKIP:
        index += 1
    if index >= len(tokens) or any(m.first > at for m in mentions):
        return False
    if tokens[index].norm == "same" and _earlier_period(tokens[index : index + 5]):
        return True  # "higher than in the same period last year" (gc54)
    word = tokens[index].norm
    after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    return ((word in _EARLIER or word == "last") and after in _PERIODS) or (
        word in _PERIODS and after in {"earlier", "before", "ago"}
    )


def _own_time(tokens: Sequence[Token]) -> Sequence[Token]:
    """The words right after a number up to a word that sets it against a base: "down on last
    month" dates a base, not the number (gc54)."""
    for at, token in enumerate(tokens):
        if token.norm in _COMPARING or token.norm in _BASE_LEADS:
            return tokens[:at]
    return tokens


def _based(tokens: Sequence[Token]) -> bool:
    """Whether an earlier period in ``tokens`` (a number's words before it) is a comparison's
    base: "Compared with the previous year, revenue rose", "Against last year, sales"."""
    for at, token in enumerate(tokens):
        if token.norm in _BASE_WORDS:
            return _earlier_period(tokens[at + 1 : at + 6])
    return False


def _base_own(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether the number before which a comparison names an earlier period is that period's
    own (review rv54n): inside the comparison's phrase ("Compared with last year's 310
    entries, this year's race drew 402"), in a "when" clause of it ("Compared with the
    previous year, when 4,100 people attended, the fair drew 5,000"), or dated by an earlier
    period of its own before the comparison ("Last year, compared with the year before,
    visits rose to 52,000")."""
    base = next(at for at, t in enumerate(tokens) if t.norm in _BASE_WORDS)
    if _earlier_period(tokens[:base]):
        return True
    marks = [at for at in range(base + 1, mention.first + 1) if _gap(tokens, at)]
    return not marks or tokens[marks[-1]].norm == "when"


def _gap(tokens: Sequence[Token], at: int) -> bool:
    """Whether a mark stands before the token at ``at`` (more than a space)."""
    return tokens[at].start > tokens[at - 1].end + 1


_BASE_WORDS = word_set("compared against versus relative")
_MOVE_UNITS = word_set("% percent per cent pc points point")


def _moved_base(tokens: Sequence[Token], at: int, mentions: Sequence[NumberMention]) -> bool:
    """Whether ``at`` starts a change by a number whose base is an earlier period ("up 4% on
    the prior year", "down 12 on last month"): the number before it is the later value."""
    if tokens[at].norm not in _BASE_LEADS:
        return False
    moved = next((m for m in mentions if m.first == at + 1), None)
    after = moved.last + 1 if moved else len(tokens)
    while after < len(tokens) and tokens[after].norm in _MOVE_UNITS:
        after += 1  # "up 4% on", "down 3 per cent on", "up 2 points on"
    if after >= len(tokens) or tokens[after].norm not in _COMPARING:
        return False
    return _earlier_period(tokens[after + 1 : after + 5])


def _glossed_base(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention]
) -> bool:  # fmt: skip
    """Whether the number is glossed with an earlier period's number right after it, set off
    by a bracket or a mark ("¥310bn (¥284bn a year earlier)", "214 aircraft (190 the year
    before)"): the number is the later value, the gloss the earlier one."""
    for other in mentions:
        if not mention.last < other.first <= mention.last + 2:
            continue
        if other.first != mention.last + 1 and not tokens[mention.last + 1].norm.isalpha():
            return False
        gap = tokens[other.first].start - tokens[other.first - 1].end
        return gap > 1 and _earlier_period(tokens[other.last + 1 : other.last + 5])
    return False


def _any_year(token: Token) -> bool:
    """Whether a token is four digits ("to 63 in 2025"), the later end's own time; another
    number ("8,400, versus 7,900") dates nothing."""
    return four_digit_year(token.text, 0, 9999)


_VERSUS = word_set("versus vs")


def after_value(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    asked: str = "word",
) -> bool:  # fmt: skip
    """Whether the number is the later end of a change whose earlier end the sentence gives
    (see the module). For a count ``asked`` an earlier period, not when the sentence dates
    the later end itself ("fell from 198 in 2024 to 63 last year")."""
    dated = _own_time(tokens[mention.last + 1 : mention.last + 4])
    if asked == "period" and any(t.norm in _DATING or _any_year(t) for t in dated):
        return False
    if change_start(tokens, mention, mentions) is not None:
        return True
    if _glossed_base(tokens, mention, mentions):
        return True  # "¥310bn (¥284bn a year earlier)", "214 aircraft (190 the year before)"
    follow = mention.last + 1
    lead = mention.first - 1
    while lead >= 0 and tokens[lead].norm in _HEDGES:
        lead -= 1
    led = lead >= 0 and tokens[lead].norm == "to"  # "lifted it to 320 posts from 260"
    own = _earlier_period(tokens[: mention.first])  # "In the previous quarter, sales were"
    if own and _based(tokens[: mention.first]) and not _base_own(tokens, mention):
        return True  # "Compared with the previous year, revenue rose to £3.2bn": the period is
        # the base, not the number's time (gc54)
    for at in range(follow, min(follow + _AFTER_REACH, len(tokens) - 1)):
        versus = tokens[at].norm in _VERSUS  # "8,400, versus 7,900 a year earlier"
        if not own and tokens[at].norm in _COMPARING and _period_base(tokens, at, mentions):
            return True  # "$410 million, up from the prior year": the period is the base
        if not own and _moved_base(tokens, at, mentions):
            return True  # "$2bn, up 4% on the prior year" (gc54)
        changed = led or tokens[at - 1].norm in _CHANGES
        if versus or (tokens[at].norm == "from" and (changed or _set_off(tokens, at, follow))):
            start = at + 1  # "6.4 million, from 6.1 million": the "from" right after the number
            while start < len(tokens) and (
                tokens[start].norm in _HEDGES or tokens[start].norm in _NOW
            ):
                start += 1
            if not versus and not changed and _other_noun(tokens, follow, start, mentions):
                break  # "640 patients, from 22 villages"
            if any(m.first == start for m in mentions):
                return True  # "1.2%, raised from 0.9%", "469, up from 400"
        if tokens[at].is_number:
            break
    if follow + 3 < len(tokens) and tokens[follow].norm == "of":
        whole = follow + 2 if tokens[follow + 1].norm in {"the", "its", "their"} else follow + 1
        if tokens[whole].norm in _EARLIER:
            return any(m.first == whole + 1 for m in mentions)  # "Nine of the original 11"
    return False


__all__ = ["after_value", "asks_earlier", "change_start", "shares_noun", "verb_before_by"]
