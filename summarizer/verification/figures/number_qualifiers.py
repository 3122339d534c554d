"""The qualifier a number's words give it ("more than 40", "about 300", "now exceeds 67,000",
"40 or more"): the schema qualifiers each phrase agrees with (moved from
:mod:`summarizer.verification.figures.numbers`, which reads the numbers themselves)."""

from __future__ import annotations

from ..page.tokens import Token, word_set
from .qualifier_scope import (
    article_scope,
    mark_head,
    negated_bound,
    placed_count,
    possible_reach,
    spans_window,
)

# Qualifier phrases, read right before a number (longest first), each with the schema
# qualifiers it agrees with. Every value of ``Qualifier`` has its words here: exact
# ("exactly"), about ("about", "around", "roughly"), nearly ("nearly", "almost", "close to":
# also about and fewer than), more_than ("more than", "over"), at_least ("at least", "no
# fewer than"; a tally that "passed", "topped" or "surpassed" a number; not a bill that
# "passed 98 to 2"), less_than ("fewer than", "under"), at_most and up_to ("up to", "at most",
# "as many as": one bound, said two ways, so each supports both; a deadline's "within", "no
# later than", "not exceeding" is that bound too: "report within 30 days" is at most 30).
# A hedge verb negated is its other bound: "does not exceed 200" is at most 200, "has yet to
# exceed" less than (review rvE).
_BEFORE: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = tuple(
    sorted(
        (
            (tuple(phrase.split()), frozenset(quals.split()))
            for phrase, quals in {
                "about": "about", "around": "about", "roughly": "about",
                "approximately": "about", "some": "about", "an estimated": "about",
                "estimated": "about", "circa": "about", "something like": "about",
                "almost": "nearly about less_than",
                "nearly": "nearly about less_than", "close to": "nearly about less_than",
                "just under": "nearly about less_than", "just shy of": "nearly about less_than",
                "not quite": "nearly about less_than", "just over": "about more_than",
                "near": "nearly about less_than",  # session 38: "started the day near $122,000"
                "more than": "more_than", "over": "more_than", "above": "more_than",
                "greater than": "more_than", "topped": "more_than", "surpassed": "more_than",
                "exceeded": "more_than", "exceeds": "more_than", "exceed": "more_than",
                "tops": "more_than", "surpasses": "more_than", "a little over": "about more_than",
                "a little under": "nearly about less_than", "toll passed": "more_than",
                "tally passed": "more_than", "tallies passed": "more_than",
                "counts passed": "more_than", "count passed": "more_than",
                "figure passed": "more_than", "toll has passed": "more_than",
                "deaths passed": "more_than", "upward of": "more_than", "upwards of": "more_than",
                "in excess of": "more_than", "at least": "at_least",
                "no fewer than": "at_least", "no less than": "at_least",
                "a minimum of": "at_least", "fewer than": "less_than",
                "less than": "less_than", "under": "less_than", "below": "less_than",
                "up to": "up_to at_most", "at most": "at_most up_to",
                "no more than": "at_most up_to", "not more than": "at_most up_to",
                "as many as": "up_to at_most", "as much as": "up_to at_most",
                "a maximum of": "at_most up_to", "exactly": "exact", "precisely": "exact",
                "within": "at_most up_to", "no later than": "at_most up_to",
                "not later than": "at_most up_to", "not exceeding": "at_most up_to",
                "not to exceed": "at_most up_to", "no longer than": "at_most up_to",
                "not exceed": "at_most up_to", "not exceeded": "at_most up_to",
                "never exceeded": "at_most up_to", "not surpass": "at_most up_to",
                "not surpassed": "at_most up_to", "yet to exceed": "less_than",
                "yet to surpass": "less_than",
                # session 35: "as long as 10 hours", "as high as 9%" (one bound, like "as
                # many as"); "minimum 1,000" without its article; "north of $5bn"; "at or
                # above 2%"; "climbed past 156", "beyond 40"
                "as long as": "up_to at_most", "as high as": "up_to at_most",
                "as large as": "up_to at_most", "as big as": "up_to at_most",
                "as great as": "up_to at_most", "as far as": "up_to at_most",
                "as deep as": "up_to at_most", "as heavy as": "up_to at_most",
                "as tall as": "up_to at_most", "as old as": "up_to at_most",
                "minimum": "at_least", "maximum": "at_most up_to",
                "north of": "more_than", "south of": "less_than", "beyond": "more_than",
                "at or above": "at_least", "at or over": "at_least",
                "at or below": "at_most up_to", "at or under": "at_most up_to",
                "past": "more_than", "in the region of": "about", "in the order of": "about",
                "on the order of": "about", "of the order of": "about",
                # review rvnf35: "a good 40%", "fully 40%": that much, or somewhat more
                "a good": "exact at_least", "fully": "exact at_least",
                # session 40 (gfr40n): "top" a verb of passing only after a modal or "set
                # to" ("could top $200 million"), never "the top 10"
                "could top": "more_than", "may top": "more_than", "might top": "more_than",
                "will top": "more_than", "set to top": "more_than",
                "expected to top": "more_than",
            }.items()
        ),
        key=lambda item: -len(item[0]),
    )
)  # fmt: skip
_AT_LEAST, _AT_MOST = frozenset({"at_least"}), frozenset({"at_most", "up_to"})
_AFTER: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("or", "more"), _AT_LEAST),
    (("or", "so"), frozenset({"about"})),
    (("or", "thereabouts"), frozenset({"about"})),
    (("or", "fewer"), _AT_MOST),
    (("or", "less"), _AT_MOST),
    (("plus",), frozenset({"at_least", "more_than"})),
    # session 35: "14 months at most", "40 or above", "10,000 and counting"
    (("at", "the", "very", "most"), _AT_MOST),
    (("at", "the", "very", "least"), _AT_LEAST),
    (("at", "the", "most"), _AT_MOST),
    (("at", "the", "least"), _AT_LEAST),
    (("at", "most"), _AT_MOST),
    (("at", "least"), _AT_LEAST),
    (("or", "above"), _AT_LEAST),
    (("or", "over"), _AT_LEAST),
    (("or", "higher"), _AT_LEAST),
    (("or", "greater"), _AT_LEAST),
    (("and", "above"), _AT_LEAST),
    (("and", "over"), _AT_LEAST),
    (("and", "upwards"), _AT_LEAST),
    (("or", "under"), _AT_MOST),
    (("or", "below"), _AT_MOST),
    (("or", "lower"), _AT_MOST),
    (("and", "under"), _AT_MOST),
    (("and", "below"), _AT_MOST),
    (("and", "counting"), frozenset({"at_least", "more_than"})),
)
# After-phrases that may follow the number's noun rather than the number itself ("14 months
# at most", "40 people or more"): the noun is one word ("per cent" two), and no number follows
# the phrase ("10 people, at least 5 of them children" gives the 5 its "at least").
_AFTER_NOUN = frozenset(
    phrase for phrase, _ in _AFTER if phrase[0] in {"at", "or"} and phrase[-1] != "so"
)
# The after-phrases by first word, in their order: only those can stand where that word does.
_AFTER_BY_FIRST: dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]] = {
    first: tuple(item for item in _AFTER if item[0][0] == first)
    for first in dict.fromkeys(phrase[0] for phrase, _ in _AFTER)
}


def _after_at(norms: list[str], at: int) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """The after-phrases (of :data:`_AFTER`, in order) that may stand at ``at``: those opening
    with its word (all of them for an index outside the words, as a slice would read it)."""
    return _AFTER_BY_FIRST.get(norms[at], ()) if 0 <= at < len(norms) else _AFTER


_SPANS = frozenset(["minutes", "hours", "days", "weeks", "months", "years"])
# A deadline's own words before its length (session 31, check 69: "must deliver a plan within
# 45 days" gives 45 days to deliver it, exactly as many as "has 45 days to" would): the span is
# the deadline itself, so the length is exact as well as the bound of when the deed is done.
# Not when another deed is joined right after the length: in "sell it within 90 days and
# report ..." the count rule, which reads "days" beside the number, would give the 90 to the
# report too (a bound there, as before).
# "No later than 180 days after enactment" names a point after an event and stays a bound
# (session 15's cases).
# Review rvec31: only a length some party is bound to keep is a deadline ("must", "requires",
# "was ordered to", "has to"): "the virus spread to 12 countries within 20 days" is no 20 days
# exactly; and "or face"/"or risk" after the length is the deadline's penalty, no other deed
# ("remove the posts within 21 days or face fines"). A kind of day may stand between the
# length and its span ("within 30 working days").
_DEADLINES = frozenset([("within",)])
_JOINING = frozenset(["and", "or", "but", "then", "while", "plus"])
_OBLIGING = frozenset(
    [
        *("must", "should", "ought", "need", "needs", "required", "requires", "require"),
        *("ordered", "orders", "order", "told", "tells", "asked", "instructed", "directed"),
        *("obliged", "compelled", "deadline"),
    ]
)
_PENALTIES = frozenset(["face", "faces", "risk", "risks"])
_DAY_KINDS = frozenset(["working", "business", "calendar", "clear"])


# Verbs whose particle "over" stands right before their object's number ("Russia handed over
# 95 soldiers", "turned over 40 files"): the number may be exact (session 25). Not "signed":
# "signed over 40 bills into law" is more than 40 (review rvE).
_OVER_VERBS = frozenset(
    {"hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning"}
)


def word_at(norms: list[str], index: int) -> str:
    """The word at ``index``, or "" past the end."""
    return norms[index] if index < len(norms) else ""


# Indexes into _BEFORE by a phrase's last word: only phrases ending in the word before a
# number (or before its "a"/"an") can match, and _BEFORE's order decides between them.
_BEFORE_ENDING: dict[str, tuple[int, ...]] = {
    word: tuple(index for index, (phrase, _) in enumerate(_BEFORE) if phrase[-1] == word)
    for word in {phrase[-1] for phrase, _ in _BEFORE}
}


def _deadline(norms: list[str], first: int, last: int) -> bool:
    """Whether "within N <span>" at ``first``..``last`` is a deadline's own length: a span
    (past a kind of day) with no other deed joined after it, in a clause that binds some party
    to keep it (see _DEADLINES)."""
    span = last + 1 + (word_at(norms, last + 1) in _DAY_KINDS)
    if word_at(norms, span) not in _SPANS:
        return False
    joined = word_at(norms, span + 1)
    if joined in _JOINING and not (joined == "or" and word_at(norms, span + 2) in _PENALTIES):
        return False  # "sell it within 90 days and report ...": a bound there
    return any(
        norm in _OBLIGING or (norm in _HAVING and word_at(norms, at + 1) == "to")
        for at, norm in enumerate(norms[:first])
    )


_HAVING = frozenset(["has", "have", "had"])
#: Verbs whose "up to N" may be a rise to N ("the tariff went up to 25%", review rvac32), as
#: well as a bound ("could go up to 25%"): both readings are kept.
_GOING = word_set(
    """went goes go gone going moved shot crept creep creeps creeping edged edge edges edging
    inched inch inches inching ticked tick ticks ticking climbed climb climbs climbing rose
    rise rises rising risen jumped jump jumps jumping crawled crawl crawls surged surge surges
    soared soar soars drifted drift drifts nudged nudge nudges revised raised bumped pushed
    marked ratcheted shifted back"""
)  # session 35: "the jobless rate has crept up to 4.3 per cent" is 4.3 now
# Words of talk before "about": "talked to DMGT about a 9.9 per cent stake" is talk of a
# stake of 9.9, not of roughly 9.9 (outside check 77). Read back to a clause's start.
_TALKING = word_set(
    """talk talks talked talking spoke speak speaks speaking negotiate negotiates negotiated
    negotiating negotiations discussion discussions discuss discusses discussed approached
    approach contacted inquired enquired asked ask asks consulted consult consulting wrote
    write writes complained complain complains warned warn warns worried concerned
    questioned argued argue argues enquiries inquiries"""
)
_TALK_REACH = 12  # past an aside: "talked to DMGT, the Mail's parent, about a 9.9% stake"
# Words between the talk and "about" that open another clause or phrase, whose "about" is
# then the number's again ("talks which involve about 300 jobs", "talks on a deal worth about").
_TALK_BREAKS = word_set(
    """which that who whom whose involve involves involved involving cover covers covered
    covering worth of for with affecting affect affects affected over cost costs costing
    valued priced totalling totaling totalled totaled numbering is was are were be been
    said says and but while"""
)
# Words before a bare "minimum" or "maximum" that make it a noun's label ("the global minimum
# 15% tax" is a tax of 15%), read exact as well as the bound.
_LABELLING = word_set("the a an its their his her new global statutory legal national")
# Words after a number ("the 1,000 mark") that make a "the" before it a qualifier's
# complement: "past the 1,000 mark", "over the mid-156 level".
_MARKS = word_set("mark level barrier threshold line milestone point figure")
_MID = word_set("mid low high upper lower")
# A currency's code between a hedge and its number ("about Rs 4,200 crore", "up to DKK 9bn")
_CODES = word_set("rs inr dkk sek nok eur usd gbp chf jpy cny rmb aud cad nzd hkd sgd zar")
# Phrases whose word may end a label before the number rather than qualify it ("grade 4/C or
# above: 67.4%"): after "or" they are read both ways, unless "at" or a number opens them ("at
# or above 2%" is at least 2); never after "and" ("since then and over 30 million died").
_LABEL_ENDS = frozenset({("above",), ("over",), ("below",), ("under",), ("more",), ("less",)})
# Words before "past" that make it a level passed ("climbed past 156", "is now past 1,000");
# after any other word it is a time ("the past 24 hours") or a place ("drove past 12 farms").
_PAST_LEVEL = word_set(
    """climbed climbs climb climbing rose rises rise rising risen surged surges soared soars
    jumped jumps shot pushed pushes pushing edged edges inched crept ticked moved moves
    broke breaks went goes gone well just already now is was are were been be got gets"""
)


def qualifiers_of(norms: list[str], first: int, last: int, scoped: bool = True) -> frozenset[str]:
    """The schema qualifiers the words right before a number at ``first``..``last`` (or a few
    after it: "or more") agree with; {"exact"} when none. ``scoped=False``: without the
    clause's ceilings (a negated bound, a possible reach: ``qualifier_scope``)."""
    qualifiers = _before(norms, _opened(norms, first, last), last, scoped)
    if qualifiers is not None:
        return qualifiers
    reach = (
        possible_reach(norms, first) if scoped else None
    )  # "a pot that could reach $140m" (qualifier_scope)
    if reach is not None:
        return reach
    for phrase, qualifiers in _after_at(norms, last + 1):
        if tuple(norms[last + 1 : last + 1 + len(phrase)]) == phrase:
            if phrase in _AFTER_NOUN and _numbered(norms, last + 1 + len(phrase)):
                break  # "It freed six; at least nine had been held": the nine's "at least"
            return qualifiers
    return _after_noun(norms, last)


def _numbered(norms: list[str], at: int) -> bool:
    """Whether a number (in digits or a small word) stands at ``at``: a phrase before it is
    that number's qualifier, not one after the number before."""
    following = word_at(norms, at)
    return bool(following) and (following[0].isdigit() or following in _NUMBERISH)


def _opened(norms: list[str], first: int, last: int) -> int:
    """Where a qualifier's phrase ends before a number at ``first``: before a glued modifier
    ("past the mid-156 yen mark": "mid") and a "the" whose noun is a mark after the number
    ("over the 1,000 mark"; not one a time span sizes: "below the 200-day line" is no level
    of 200), else right before it."""
    start = first
    if start and norms[start - 1] in _CODES:
        start -= 1
    if start and norms[start - 1] in _MID:
        start -= 1
    marked = start and norms[start - 1] == "the" and mark_head(norms, last, _MARKS)
    if marked and not spans_window(norms, first):  # "below the 200-day line": no level
        start -= 1
    return start


def _after_noun(norms: list[str], last: int) -> frozenset[str]:
    """The qualifier of a phrase after the number's one-word noun ("14 months at most", "10 per
    cent or more"); {"exact"} when none (see _AFTER_NOUN)."""
    skip = 2 if norms[last + 1 : last + 3] == ["per", "cent"] else 1
    if last + skip >= len(norms) or norms[last + 1] in _NUMBERISH:
        return frozenset({"exact"})
    at = last + 1 + skip
    for phrase, qualifiers in _after_at(norms, at):
        if phrase in _AFTER_NOUN and tuple(norms[at : at + len(phrase)]) == phrase:
            if _numbered(norms, at + len(phrase)):
                return frozenset({"exact"})  # "10 people, at least 5 of them"
            return qualifiers
    return frozenset({"exact"})


_NUMBERISH = word_set("one two three four five six seven eight nine ten a an half")


def _labelled(word: str) -> bool:
    """Whether the word before "or above" may end a label ("grade 4/C or above: 67.4%"): no
    "at" ("at or above 2%" is at least 2) and no number ("10 or over 20")."""
    counted = word in _NUMBERISH and word not in {"a", "an"}  # "grade 7/A or above"
    return bool(word) and word != "at" and not word[0].isdigit() and not counted


def _talked_about(norms: list[str], at: int) -> bool:
    """Whether the "about" at ``at`` follows a word of talk within reach and opens a noun
    phrase with its own article ("talked to DMGT about a 9.9 per cent stake": talk about a
    stake, whose size is 9.9): a preposition, not "roughly". Without the article ("asked
    about 300 voters") it stays "roughly"."""
    if word_at(norms, at + 1) not in {"a", "an", "the"}:
        return False  # "asked about 300 voters", "talks about 300 jobs": roughly 300
    for back in range(at - 1, max(at - _TALK_REACH, 0) - 1, -1):
        if norms[back] in _TALKING:
            return True
        if norms[back] in _TALK_BREAKS:
            return False
    return False


def _before(norms: list[str], first: int, last: int, scoped: bool) -> frozenset[str] | None:
    """The qualifiers of a phrase ending right before ``first`` (or before its "a"/"an"), or
    None when no phrase stands there."""
    candidates: tuple[int, ...] = ()
    if first:
        candidates = _BEFORE_ENDING.get(norms[first - 1], ())
        if first > 1 and norms[first - 1] in {"a", "an"}:
            candidates = tuple(sorted({*candidates, *_BEFORE_ENDING.get(norms[first - 2], ())}))
    for phrase, qualifiers in (_BEFORE[index] for index in candidates):
        size = len(phrase)
        if first >= size and tuple(norms[first - size : first]) == phrase:
            if phrase == ("near",) and placed_count(norms, last):
                continue  # "sits near 3 primary schools": where, not nearly (qualifier_scope)
            if phrase == ("over",) and word_at(norms, last + 1) in _SPANS:
                return qualifiers | {"exact"}  # "crossed over 3 days": during, or more than
            if phrase == ("over",) and first >= 2 and norms[first - 2] in _OVER_VERBS:
                return qualifiers | {"exact"}  # "handed over 95 soldiers": a particle, or more
            if phrase == ("up", "to") and first >= 3 and norms[first - 3] in _GOING:
                return qualifiers | {"exact"}  # "went up to 25%": a rise to 25, or at most
            if phrase in _DEADLINES and _deadline(norms, first, last):
                return qualifiers | {"exact"}  # "must deliver a plan within 45 days."
            return _read(norms, phrase, first - size, qualifiers, scoped)
        # "more than a dozen", "up to a": allow one article between phrase and number
        if (
            first > size
            and norms[first - 1] in {"a", "an"}
            and (tuple(norms[first - size - 1 : first - 1]) == phrase)
        ):
            framed = article_scope(norms, phrase, first, qualifiers)  # "under a 20-year deal"
            if framed is not None:
                return framed
            return _read(norms, phrase, first - size - 1, qualifiers, scoped)
    return None


def _read(
    norms: list[str], phrase: tuple[str, ...], start: int, qualifiers: frozenset[str],
    scoped: bool = True,
) -> frozenset[str] | None:  # fmt: skip
    """A phrase's qualifiers as its place reads them (``start``: its first word): "about"
    after a word of talk is a preposition; "past" after a word of time a time ("the past 24
    hours": no qualifier); "above" after "or" may end a label ("C or above 67.4%"), so the
    number is read exact as well."""
    before = word_at(norms, start - 1) if start else ""
    if scoped:
        qualifiers = negated_bound(norms, start, qualifiers)  # "rarely went above 6,000"
    if phrase == ("about",) and _talked_about(norms, start):
        return qualifiers | {"exact"}
    if phrase == ("past",) and before not in _PAST_LEVEL:
        return None  # "the past 24 hours", "drove past 12 checkpoints": no bound
    if phrase in _LABEL_ENDS and before == "or" and _labelled(word_at(norms, start - 2)):
        return qualifiers | {"exact"}
    if phrase in {("minimum",), ("maximum",)} and before in _LABELLING:
        return qualifiers | {"exact"}  # "the global minimum 15% tax" is a 15% tax
    return qualifiers


def qualifiers_at(norms: list[str], first: int, last: int) -> frozenset[str]:
    """The schema qualifiers the words around a quantity at ``first``..``last`` agree with, for a
    quantity read elsewhere ("about a week": :mod:`summarizer.verification.counts.durations`)."""
    return qualifiers_of(norms, first, last)


_ASIDE_REACH = 6  # words of an aside set off between a bound and its number
# One-word bounds that are as often a verb's particle or a preposition ("took over, last year,
# 2,000 stores", "talked about, at length, 300 jobs"): before an aside they bound nothing.
_PARTICLES = word_set("over under above below past about around some near beyond within up")


_UNMARKED = str.maketrans("", "", "'\u2019$\u00a3\u20ac\u00a5")  # "pilots' union", "£4m"
_CLOSES = {",": ",", "-": "-", "(": ")", "[": "]"}  # an aside's opening mark -> closing mark
# Intensifiers that make a particle a bound ("just over", "a little under", "well over").
_INTENSIFIERS = word_set("just little well slightly")


def _mark(tokens: list[Token], at: int, text: str) -> str:
    """The punctuation before ``tokens[at]`` (a gap of more than one space holding more than
    an apostrophe or a currency sign), each dash as "-"; "" when none."""
    if at <= 0 or tokens[at].start - tokens[at - 1].end < 2:
        return ""
    gap = text[tokens[at - 1].end : tokens[at].start].translate(_UNMARKED)
    mark = "".join(char for char in gap if not char.isspace())
    return "-" if mark and set(mark) <= set("-\u2013\u2014") else mark


def set_off_qualifiers(
    tokens: list[Token], norms: list[str], first: int, last: int, text: str
) -> frozenset[str] | None:
    """The qualifiers of a bound parted from its number by an aside set off with punctuation
    ("more than, by their own count, 2,000 people", "at least - police said - 300"): the
    aside's words (no number among them, none set off inside) are skipped and the phrase
    before them read as if it stood right before the number (session 45, gcn45d). None when
    no such aside, no phrase before it, or a one-word phrase that may be a particle. The
    aside closes with its opening's mark (review rv45f): a clause that ends on a bound of its
    own ("a day at most - by Thursday, 80 flights", "handled the crowd roughly, witnesses
    said: 30", "10 per cent at most, so buyers still pay $1,800") is no aside of the number."""
    closing = _mark(tokens, first, text) if text else ""
    if not closing:
        return None
    for start in range(first - 1, max(first - _ASIDE_REACH, 1) - 1, -1):
        if tokens[start].is_number:
            return None
        opening = _mark(tokens, start, text)
        if opening:
            if _CLOSES.get(opening) != closing:
                return None  # "at most - by Thursday, 80": the bound's clause ended there
            if norms[start - 1] in _PARTICLES and word_at(norms, start - 2) not in _INTENSIFIERS:
                return None  # "took over, last year, 2,000 stores": a verb's particle
            return _before(norms, start, last, True)
    return None


__all__ = ["qualifiers_at", "qualifiers_of", "set_off_qualifiers", "word_at"]
