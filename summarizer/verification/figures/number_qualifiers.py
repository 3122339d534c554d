"""The qualifier a number's words give it ("more than 40", "about 300", "now exceeds 67,000",
"40 or more"): the schema qualifiers each phrase agrees with (moved from
:mod:`summarizer.verification.figures.numbers`, which reads the numbers themselves)."""

from __future__ import annotations

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
            }.items()
        ),
        key=lambda item: -len(item[0]),
    )
)  # fmt: skip
_AFTER: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("or", "more"), frozenset({"at_least"})),
    (("or", "so"), frozenset({"about"})),
    (("or", "fewer"), frozenset({"at_most", "up_to"})),
    (("or", "less"), frozenset({"at_most", "up_to"})),
    (("plus",), frozenset({"at_least", "more_than"})),
)


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
_GOING = frozenset(["went", "goes", "go", "gone", "going", "moved", "shot"])


def qualifiers_of(norms: list[str], first: int, last: int) -> frozenset[str]:
    """The schema qualifiers the words right before a number at ``first``..``last`` (or a few
    after it: "or more") agree with; {"exact"} when none."""
    candidates: tuple[int, ...] = ()
    if first:
        candidates = _BEFORE_ENDING.get(norms[first - 1], ())
        if first > 1 and norms[first - 1] in {"a", "an"}:
            candidates = tuple(sorted({*candidates, *_BEFORE_ENDING.get(norms[first - 2], ())}))
    for phrase, qualifiers in (_BEFORE[index] for index in candidates):
        size = len(phrase)
        if first >= size and tuple(norms[first - size : first]) == phrase:
            if phrase == ("over",) and word_at(norms, last + 1) in _SPANS:
                return qualifiers | {"exact"}  # "crossed over 3 days": during, or more than
            if phrase == ("over",) and first >= 2 and norms[first - 2] in _OVER_VERBS:
                return qualifiers | {"exact"}  # "handed over 95 soldiers": a particle, or more
            if phrase == ("up", "to") and first >= 3 and norms[first - 3] in _GOING:
                return qualifiers | {"exact"}  # "went up to 25%": a rise to 25, or at most
            if phrase in _DEADLINES and _deadline(norms, first, last):
                return qualifiers | {"exact"}  # "must deliver a plan within 45 days."
            return qualifiers
        # "more than a dozen", "up to a": allow one article between phrase and number
        if (
            first > size
            and norms[first - 1] in {"a", "an"}
            and (tuple(norms[first - size - 1 : first - 1]) == phrase)
        ):
            return qualifiers
    for phrase, qualifiers in _AFTER:
        if tuple(norms[last + 1 : last + 1 + len(phrase)]) == phrase:
            return qualifiers
    return frozenset({"exact"})


def qualifiers_at(norms: list[str], first: int, last: int) -> frozenset[str]:
    """The schema qualifiers the words around a quantity at ``first``..``last`` agree with, for a
    quantity read elsewhere ("about a week": :mod:`summarizer.verification.counts.durations`)."""
    return qualifiers_of(norms, first, last)


__all__ = ["qualifiers_at", "qualifiers_of", "word_at"]
