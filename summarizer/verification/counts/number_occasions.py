"""A number belongs to the clause and the noun it is attached to (an outside check, session
17: "The House passed the bill 428-1 on Wednesday; a 2020 version had passed 406-3" gave the
vote as 406, "More than 30 entities in five countries" gave five entities, "the 10 percent
rate would be raised to 25 percent" gave 10 for the raise), for
:func:`summarizer.verification.counts.number_rules.support_number`.

A number that matches the field's value is another occasion's or another thing's, not the
fact's, when:

- it stands in a comparison's second term, after "than" or "compared with/to", "unlike",
  "versus" and a determiner or a mark of time ("longer than the 30-day pause", "up on last
  year's 12 percent" is read elsewhere; "more than 30" and "more than a 10% stake" are a
  qualifier, no comparison);
- its clause (cut at a semicolon, a dash or a clause word after a comma) is marked as an
  earlier occasion's, while another clause of the sentence states a number of the same unit
  (the fact's own): a year or an adjective of before on its subject ("a 2020 version", "the
  previous bill", "last year's truce", "an earlier draft"), a pluperfect ("had passed"), or
  an adverb of the present before a new measure's number ("Importers already pay 7.5
  percent; the new levy adds 15 percent");
- (a rate or a length, check 49) its clause tells the other occasion of a sentence that tells two:
  the clause is fronted by "after", "following", "where", "whereas", "while" or "unlike" and closed
  by a comma, or opens mid-sentence with "after the" / "following their", and either a possessive of
  past time stands in it ("last year's 10 percent levy", "March's 25 percent",
  :mod:`summarizer.verification.occasions.past_owners`), or it opens with "after"/"following" or a
  word of contrast while the main clause marks its own number as new or present ("a new 60-day truce
  after the 30-day ceasefire of the spring expired", "Where the tariff was 25 percent in early
  August, the new rate is 50 percent"); or an adjective of before stands right before the number of
  a measure's or truce's noun ("the old 30-day truce", "the previous 10 percent rate"). A count in
  an "after" clause is left alone: it is as often the fact's own event ("After 29 banks were added,
  the list now holds 410 entities"); so are two clauses that tell two things side by side, each
  naming its own goods, countries, place or chamber and none alike ("Trump's 50 percent tariff on
  Brazilian goods, Brazil now weighs a 25 percent levy on U.S. imports", "a 60-day truce in Lebanon,
  ... a 42-day ceasefire in Gaza");
- it is the rate a change starts from: the number, its unit and the rate's noun, then a verb
  of change and "to" another number ("the 10 percent rate would be raised to 25 percent",
  "a 5% duty, set to rise to 10%");
- (a count) its own noun follows it and is not the field's, while the field's noun follows
  another number ("More than 30 entities in five countries": five counts countries).

Each refusal is *unsupported*: the page states the number, as another occasion's or noun's.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER, MONTHS, WEEKDAYS
from ..figures.numbers import NumberMention
from ..occasions.past_owners import past_marked
from ..page.tokens import Token, widened, word_set, year_of_our_time
from ..people.party_names import party_mentions
from .prior_figures import prior_clash
from .thresholds import needed_by_cue, threshold_at

# Words that open the second term of a comparison (a determiner or mark of time must follow
# before the number: "than the 30-day pause", "compared with last year's 12").
_THAN = word_set("than unlike versus")
_COMPARED = word_set("compared comparison")
_WITH = word_set("with to")
_MEASURE_WORDS = word_set("long short much many high large big")
# "more than a 10% stake" bounds the stake, no second term (review rvr2countb): the amount
# comparatives right before "than", then only an article before the number
_AMOUNTS = word_set("more less fewer")
_DETERMINERS = word_set("the a an its their his her that those this these last")
# Marks of an earlier occasion on a clause's subject.
_EARLIER = word_set("previous earlier prior former original first old failed")
_EARLIER_NOUNS = word_set(
    """version versions bill bills draft drafts measure truce ceasefire pause round rounds
    attempt deal vote law act plan rate tariff duty levy"""
)
_PRESENT = word_set("already currently")
_NEW = word_set("new additional extra adds add added top")
# Words that open a new clause after a comma.
_CLAUSE_WORDS = word_set("while whereas but although though when after before and")
_CHANGES = word_set(
    """raised raise raises raising increased increase increases lifted lift lifts hiked hike
    hikes cut cuts lowered lower lowers reduced reduce reduces doubled rise rises rising go
    goes climb climbs rose risen climbed jumped"""
)
_RATE_NOUNS = word_set(
    "rate rates tariff tariffs duty duties levy levies tax surcharge surcharges surtax surtaxes"
)
_UNIT_WORDS = frozenset({"%", *word_set("percent per cent pct percentage")})
_PARTICIPLES = ("ed", "en")
_SPANNING = word_set("from over in after during of within")
_PLACING = word_set("in from across at inside among")
_NOT_NOUNS = word_set(
    """of to and or in on at from for with by as since among percent per more others other
    people times"""
)
_UNITS = word_set("percent day days week weeks month months hour hours year years")


START_OF_CHANGE = "the value a change starts from"


def other_occasion(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    text: str, cues: Sequence[int] = (),
) -> str:  # fmt: skip
    """Why ``mention`` is another occasion's or another noun's number (see the module), or
    "". ``cues``: the positions of the field's count nouns (for a count), else empty."""
    if _compared(tokens, mention) and not needed_by_cue(tokens, mention, cues):
        return "the number the fact is compared with"  # not "than the 76 it needs" for needs
    if _start_of_change(tokens, mention, mentions):
        return START_OF_CHANGE
    if cues and _taken_noun(tokens, mention, mentions, cues, text):
        return "a number of another noun"
    others = [m for m in mentions if m is not mention and _alike(m, mention)]
    if not others:
        return ""
    prior = prior_clash(tokens, mention, others, cues, text)  # "which had 90 seats before the poll"
    if prior:
        return prior
    if _beside_need(tokens, mention, others, cues, text):  # "won 169, short of the 172 required"
        return "another number than the one needed"
    low, high = _clause(tokens, mention, text)
    outside = [m for m in others if not low <= m.first < high]

    if outside and _earlier_clause(tokens, low, high, mention):
        return "another, earlier occasion's number"
    if (
        outside
        and _first_of_two(tokens, low, high, mention)
        and not _all_apart(tokens, (low, high), outside, text)
    ):
        return "another, earlier occasion's number"
    kin = [m for m in outside if _of_kind(tokens, m, text)]  # another tariff's, truce's
    kin = [m for m in kin if not _all_apart(tokens, (low, high), [m], text)]
    if kin and _earlier_of_two(tokens, low, high, mention):
        return "another, earlier occasion's number"
    if kin and _contrasted(tokens, low, high, text):
        return "another occasion's number, set against the new one"
    if outside and _present_clause(tokens, low, mention) and _new_elsewhere(tokens, low, high):
        return "the value already in place"
    return ""


def _beside_need(
    tokens: Sequence[Token], mention: NumberMention, others: Sequence[NumberMention],
    cues: Sequence[int], text: str,
) -> bool:  # fmt: skip
    """For a count of what is needed (its need word a cue: "seats required for a majority"),
    a number that is no threshold beside one that is ("The Liberals won 169 seats, three
    short of the 172 required"): the seats won, not the seats needed (check 51)."""
    if not cues or needed_by_cue(tokens, mention, cues) or threshold_at(tokens, mention, text):
        return False
    return any(needed_by_cue(tokens, other, cues) for other in others)


def time_span(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """A length of time in a phrase that dates another noun ("the death toll from seven weeks
    of strikes at about 300", "after 18 months of talks"): no number of the field's, so it
    does not part the field's cue from the number it names."""
    before = tokens[mention.first - 1].norm if mention.first else ""
    after = tokens[mention.last + 2].norm if mention.last + 2 < len(tokens) else ""
    if mention.unit in _UNITS and before in _SPANNING and after == "of":
        return True
    return calendar_number(tokens, mention)  # "the ceasefire from 6 February 2024 for 180 days"


def calendar_number(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """A date's number, a year ("2024") or a day beside its month ("6 February", "February 6"):
    a number of no field's quantity (session 24, check 52)."""
    if mention.first == mention.last and year_of_our_time(tokens[mention.first]):
        return True
    near = (tokens[i] for i in (mention.first - 1, mention.last + 1) if 0 <= i < len(tokens))
    return any(t.capitalised and t.norm in MONTH_NUMBER for t in near)


def _alike(one: NumberMention, other: NumberMention) -> bool:
    """Two numbers of one kind: the same unit, or (a score, a count) neither in a unit."""
    if one.unit in _UNITS or other.unit in _UNITS:
        return one.unit == other.unit
    return True


def _compared(tokens: Sequence[Token], mention: NumberMention) -> bool:
    index = mention.first - 1
    seen = False  # a determiner or mark of time between: no "more than 30"
    while index >= 0 and mention.first - index <= 4:
        norm = tokens[index].norm
        previous = tokens[index - 1].norm if index else ""
        if (
            norm in _THAN
            or (norm in _WITH and previous in _COMPARED)
            or (norm == "as" and previous in _MEASURE_WORDS)  # "half as long as the 20-day lull"
        ):
            return seen and not (previous in _AMOUNTS and _articled(tokens, index, mention))
        if tokens[index].is_number:
            return False  # "more than 30 entities in five countries": another number's phrase
        if tokens[index + 1].start - tokens[index].end > 1:
            return False  # "Other than the chairman, all 11 board members": a mark (gcn43a)
        if norm in _DETERMINERS:
            seen = True
        elif not (norm.isalpha() and not tokens[index].capitalised):
            return False
        index -= 1
    return False


def _articled(tokens: Sequence[Token], than: int, mention: NumberMention) -> bool:
    """Whether only an indefinite article stands between "than" and the number."""
    return mention.first - than == 2 and tokens[than + 1].norm in {"a", "an"}


def _start_of_change(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention]
) -> bool:
    end = mention.last + 1
    while end < len(tokens) and tokens[end].norm in _UNIT_WORDS:
        end += 1  # "10 percent rate", "30 per cent levy"
    if end < len(tokens) and tokens[end].norm in _RATE_NOUNS:
        end += 1
    else:
        return False
    for index in range(end, min(end + 6, len(tokens) - 1)):
        if tokens[index].norm in _CHANGES and any(
            tokens[j].norm == "to" and any(m.first == j + 1 for m in mentions)
            for j in range(index + 1, min(index + 3, len(tokens)))
        ):
            return True
    return False


def _clause(tokens: Sequence[Token], mention: NumberMention, text: str) -> tuple[int, int]:
    """The token span of the number's clause: cut at ";", a dash, a comma and a clause word,
    a word of time opening a phrase of its own ("after the 30-day truce expired"), and the
    comma that closes a fronted clause ("After last year's 10 percent levy, Washington ...",
    "Where the old rate was 10 percent, the new one is 50 percent")."""

    def cut(index: int) -> bool:  # a boundary between tokens[index - 1] and tokens[index]
        gap = text[tokens[index - 1].end : tokens[index].start]
        following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        return (
            ";" in gap
            or "\u2014" in gap
            or " - " in gap
            or ("," in gap and tokens[index].norm in _CLAUSE_WORDS)
            or (wide and tokens[index].norm in _AFTER and following in _DETERMINERS | _OWNERS)
            or (wide and index == fronted and "," in gap)
        )

    # a rate's or a length's clause only: a count in an "after" clause is as often the fact's
    # own event ("After 29 banks were added, the list now holds 410 entities")
    wide = mention.unit in _MEASURED
    fronted = _fronted_end(tokens, text)
    span = widened(mention.first, mention.last, len(tokens), cut)
    return span.start, span.stop


# Words that open a clause of another occasion at a sentence's head, and mid-sentence.
_FRONTING = word_set("after following since where whereas while unlike")
_AFTER = word_set("after following")
_OWNERS = word_set("their our his her its")
_MEASURED = frozenset({"percent", "day"})


def _fronted_end(tokens: Sequence[Token], text: str) -> int:
    """The index after the comma that closes a clause fronted by a word of time or contrast
    ("After ..., ", "Where ..., "), or -1 when the sentence opens with none."""
    if not tokens or tokens[0].norm not in _FRONTING:
        return -1
    for index in range(1, len(tokens)):
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            return index
    return -1


def _earlier_of_two(tokens: Sequence[Token], low: int, high: int, mention: NumberMention) -> bool:
    """(A rate or a length, beside another of its kind) the number's clause is dated before:
    a possessive of past time, an "after" clause against a new or present main clause, an
    adjective of before right before the number of a measure's or truce's noun."""
    if mention.unit not in _MEASURED:
        return False
    if past_marked(tokens, low, mention.first):
        return True  # "last year's 10 percent levy"
    if tokens[low].norm in _AFTER and _now_elsewhere(tokens, low, high):
        return True  # "a new 60-day truce after the 30-day ceasefire expired"
    before = tokens[mention.first - 1].norm if mention.first else ""
    return before in _EARLIER and _noun_after(tokens, mention, high) in _EARLIER_NOUNS


def _of_kind(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """A number whose clause names a measure's rate or a truce ("the new rate ... is 50
    percent", "a 100 percent tariff", "a three-day ceasefire"), not a price or a share."""
    low, high = _clause(tokens, mention, text)
    return any(t.norm in _KIND_NOUNS for t in tokens[low:high])


def _all_apart(
    tokens: Sequence[Token], own: tuple[int, int], found: list[NumberMention], text: str
) -> bool:
    """Every clause of ``found`` tells another thing than the clause ``own`` (:func:`_apart`)."""
    return all(_apart(tokens, own, _clause(tokens, m, text)) for m in found)


def _apart(tokens: Sequence[Token], own: tuple[int, int], other: tuple[int, int]) -> bool:
    """The two clauses tell two things side by side, not one thing's earlier and new value:
    they name the goods their rates are on, the countries, the places after "in" or the
    chambers, and none alike ("Trump's 50 percent tariff on Brazilian goods, Brazil now weighs
    a 25 percent levy on U.S. imports", "Where India faced a 25 percent tariff, Pakistan now
    faces 19 percent", "a 60-day truce in Lebanon, Israel now seeks a 42-day ceasefire in
    Gaza", "The House passed it 218-214 in the first vote, and the Senate 51-50 in the
    second")."""
    return any(
        mine and theirs and not mine & theirs
        for mine, theirs in zip(_scopes(tokens, *own), _scopes(tokens, *other), strict=True)
    )


def _scopes(tokens: Sequence[Token], low: int, high: int) -> tuple[frozenset[str], ...]:
    """A clause's goods (the words after "on", less the words any goods share, a pronoun, a
    day), countries, places after "in" (capitalised, not a month) and chambers."""
    clause = tokens[low:high]
    goods: frozenset[str] = frozenset()
    for index, token in enumerate(clause[:-1]):
        if token.norm == "on" and clause[index + 1].norm not in _NO_GOODS:
            goods = frozenset({t.norm for t in clause[index + 1 : index + 4]} - _ANY_GOODS)
            break
    countries = frozenset(key for _, key, _, _ in party_mentions(clause))
    places = frozenset(
        clause[index + 1].norm
        for index, token in enumerate(clause[:-1])
        if token.norm == "in" and clause[index + 1].capitalised
        and clause[index + 1].norm not in _NO_GOODS
    )  # fmt: skip
    chambers = frozenset(t.norm for t in clause if t.capitalised and t.norm in _CHAMBERS)
    return goods, countries, places, chambers


_NO_GOODS = frozenset({"top", "hold", "average", *WEEKDAYS, *MONTHS})  # "on August 1"
_ANY_GOODS = word_set(
    """the a an its their all goods imports exports products shipments items them it those
    these from of and"""
)
_CHAMBERS = word_set("house senate assembly parliament congress duma knesset bundestag")
_KIND_NOUNS = _RATE_NOUNS | word_set(
    "truce truces ceasefire ceasefires pause moratorium halt armistice"
)


def _earlier_clause(tokens: Sequence[Token], low: int, high: int, mention: NumberMention) -> bool:
    for index in range(low, mention.first):
        norm = tokens[index].norm
        following = tokens[index + 1].norm if index + 1 < high else ""
        if norm in _EARLIER and following in _EARLIER_NOUNS:
            return True
        if tokens[index].is_number and len(norm) == 4 and following in _EARLIER_NOUNS:
            return True  # "a 2020 version"
        if norm == "had" and following.endswith(_PARTICIPLES) and following != "been":
            return True  # "had passed", "had approved"
    return False


def _now_elsewhere(tokens: Sequence[Token], low: int, high: int) -> bool:
    """Another clause marks its own as new or present ("a new 60-day truce", "now imposes")."""
    return any(
        t.norm in _NEW or t.norm == "now" for i, t in enumerate(tokens) if not low <= i < high
    )


def _first_of_two(tokens: Sequence[Token], low: int, high: int, mention: NumberMention) -> bool:
    """The number's clause names its occasion the first or the previous after the number,
    and another clause names a later one ("passed 60-40 in the second vote, after failing
    45-55 in the first")."""
    after = [t.norm for t in tokens[mention.last + 1 : high]]
    marked = any(
        word in _FIRST and at and after[at - 1] in _DETERMINERS | _OWNERS
        for at, word in enumerate(after)
    )
    return marked and any(t.norm in _LATER for i, t in enumerate(tokens) if not low <= i < high)


_FIRST = word_set("first previous earlier")
_LATER = word_set("second third fourth final new latest")


def _contrasted(tokens: Sequence[Token], low: int, high: int, text: str) -> bool:
    """The number's clause is fronted by a word of contrast ("Where the tariff was 10
    percent in April, the new rate is 50 percent", "While the old truce ran 30 days, the new
    one ...") and the main clause marks its own as new or present."""
    if low or tokens[0].norm not in _CONTRAST or high != _fronted_end(tokens, text):
        return False
    return _now_elsewhere(tokens, 0, high)


_CONTRAST = word_set("where whereas while unlike")


def _noun_after(tokens: Sequence[Token], mention: NumberMention, high: int) -> str:
    """The noun a number's phrase ends in ("30-day truce", "10 percent rate"), or ""."""
    for token in tokens[mention.last + 1 : min(high, mention.last + 4)]:
        if token.norm not in _UNIT_WORDS and token.norm not in _UNITS and token.norm != "day":
            return token.norm
    return ""


def _present_clause(tokens: Sequence[Token], low: int, mention: NumberMention) -> bool:
    return any(tokens[index].norm in _PRESENT for index in range(low, mention.first))


def _new_elsewhere(tokens: Sequence[Token], low: int, high: int) -> bool:
    return any(t.norm in _NEW for i, t in enumerate(tokens) if not low <= i < high)


def _taken_noun(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    cues: Sequence[int], text: str,
) -> bool:  # fmt: skip
    noun = mention.last + 1
    if noun >= len(tokens) or noun in cues or not tokens[noun].norm.isalpha():
        return False
    if text[tokens[noun - 1].end : tokens[noun].start].strip():
        return False  # "now has 27, among them": no noun of its own
    if tokens[noun].norm in _NOT_NOUNS or mention.first < 1:
        return False
    if tokens[mention.first - 1].norm not in _PLACING:
        return False  # only "30 entities in five countries": a place or source of the noun
    return any(
        m is not mention and not m.compound and m.last + 1 in cues
        and 0 < mention.first - 1 - (m.last + 1) <= 3
        for m in mentions
    )  # fmt: skip


__all__ = ["START_OF_CHANGE", "calendar_number", "other_occasion", "time_span"]
