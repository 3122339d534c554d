"""A count told for one place is not the count of another place told beside it ("five rounds
of talks in Baghdad and two in Muscat": two is no count of rounds in Baghdad; an outside
check, session 21), for a count of
:func:`summarizer.verification.counts.number_rules.support_number`.

A count whose ``what`` names a place (its capitalised words after "in", "at" or "on": "rounds
in Baghdad", "arrests in Lyon") is refused a number whose own place phrase names another: the
phrase is "in", "at" or "on" and capitalised words within the four words after the number
(its noun between: "12 in Marseille", "9 people in Balochistan"), with no comma on the way;
and another number of the sentence has the count's own place in its phrase. So "Police
arrested 40 protesters in Lyon and 12 in Marseille" gives Lyon 40, not 12. A number with no
place phrase, a ``what`` naming no place, and a sentence that gives the count's place no
number keep the other rules' verdict. The refusal is *unsupported*.

The same holds for whose count it is (session 24, the review's false accepts): a count whose
``what`` names someone ("visits to India by Trump", "votes for Galvez") is refused a number
whose clause opens with another name as its subject while another clause of the sentence
opens with the count's own ("Trump has visited India once, while Modi has made three trips
to the US": 3 is Modi's; "Sheinbaum won 35.9 million votes, Galvez 16.5 million": 35.9
million is Sheinbaum's). A clause opens after a clause mark and its joining word ("while",
"and", "but", "whereas"); its subject is the run of capitalised words it opens with, before
the number. A sentence that names the count's own only inside the number's clause or not as
a subject keeps the other rules' verdict.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..figures.chamber_sizes import size_clash
from ..figures.contrasted_words import contrasted_word
from ..figures.count_bounds import bound_reached
from ..figures.elided_items import item_clash
from ..figures.let_go import let_go_clash
from ..figures.level_changes import level_for_change
from ..figures.match_scores import match_score
from ..figures.measure_dimensions import dimension_clash
from ..figures.measured_ends import measured_end
from ..figures.measured_stuff import stuff_clash
from ..figures.money_flows import flow_clash
from ..figures.numbers import NumberMention
from ..figures.uncounted import no_count
from ..figures.verb_objects import other_verb_object
from ..page.tokens import Token, clause_gap, tokenize, word_set
from .day_counts import deadline_clash
from .thresholds import bar_clash

_LEADS = word_set("in at on")
_REACH = 4


def _place_of_what(what: str) -> frozenset[str]:
    tokens = tokenize(what)
    for index, token in enumerate(tokens[:-1]):
        if token.norm in _LEADS and tokens[index + 1].capitalised:
            return frozenset(t.norm for t in tokens[index + 1 :] if t.capitalised)
    return frozenset()


def _place_of(tokens: Sequence[Token], mention: NumberMention, text: str) -> frozenset[str]:
    """The capitalised words after "in"/"at"/"on" within a few words after the number."""
    end = min(mention.last + 1 + _REACH, len(tokens) - 1)
    for index in range(mention.last + 1, end):
        if "," in text[tokens[index - 1].end : tokens[index].start] or tokens[index].is_number:
            return frozenset()
        if tokens[index].norm in _LEADS and tokens[index + 1].capitalised:
            words = []
            for token in tokens[index + 1 : index + 4]:
                if not token.capitalised:
                    break
                words.append(token.norm)
            return frozenset(words)
    return frozenset()


def place_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> str:  # fmt: skip
    """Why ``mention`` counts another place than ``what``'s (see the module), or ""."""
    wanted = _place_of_what(what)
    if not wanted:
        return ""
    own = _place_of(tokens, mention, text)
    if not own or own & wanted:
        return ""
    if not any(m is not mention and _place_of(tokens, m, text) & wanted for m in mentions):
        return ""
    place = " ".join(sorted(own)).title()
    return f"{mention.value:g} is the count in {place}, not in the count's place"


_JOINS = word_set("while whereas and but although though yet as")


def _subjects(tokens: Sequence[Token], text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Each clause of the sentence (its first and last token) with the capitalised words it
    opens with, past its joining word (empty when it opens otherwise)."""
    starts = [0, *(i + 1 for i in range(len(tokens) - 1) if clause_gap(tokens, i, text))]
    found = []
    for first, end in zip(starts, [*starts[1:], len(tokens)], strict=True):
        at = first
        while at < end and tokens[at].norm in _JOINS:
            at += 1
        names = []
        while at < end and tokens[at].capitalised and not tokens[at].is_number:
            if tokens[at].norm not in STOPWORDS:
                names.append(tokens[at].norm)
            at += 1
        found.append((first, end - 1, frozenset(names)))
    return found


def owner_clash(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> str:
    """Why ``mention`` is another's count than the one ``what`` names (see the module), or
    ""."""
    wanted = {t.norm for t in tokenize(what) if t.capitalised and t.norm not in STOPWORDS}
    if not wanted:
        return ""
    clauses = _subjects(tokens, text)
    own = next((c for c in clauses if c[0] <= mention.first <= c[1]), None)
    if own is None or not own[2] or own[2] & wanted:
        return ""
    if not any(names & wanted for first, _, names in clauses if first != own[0]):
        return ""
    return f"{mention.value:,.15g} is {' '.join(sorted(own[2])).title()}'s count, not {what!r}"


def count_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> str:  # fmt: skip
    """Why ``mention`` is no count of ``what``: another place's (:func:`place_clash`),
    another's (:func:`owner_clash`; not a side's tally its match's result gives it, read by
    :mod:`match_scores`: "Beaten 3-0 by Leeds, Hull ..."), a chamber's size for a party's
    seats (:mod:`chamber_sizes`),
    or nobody's, an age or a day (:mod:`uncounted`), another deed's deadline
    (:func:`deadline_clash`), another verb's object (:mod:`verb_objects`), a release for a
    dismissal ("let 200 workers go home": :mod:`let_go`), a measure's changed
    value (:func:`measured_end`), the thing a phrase of contrast sets against the number
    (:mod:`contrasted_words`), a bar the count is set against (:func:`bar_clash`), the stuff
    a measure is of ("2kg of bamboo": :mod:`measured_stuff`), a measure of another dimension
    ("3km from the town" for a runway's length: :mod:`measure_dimensions`), a measure reached
    for a bound ("Trains hit 125 mph" for a line's permitted speed: :mod:`count_bounds`), the
    first item's number of a list whose later item the count names (:mod:`elided_items`), a
    level for its change ("will cost Rs 4,200 crore" for a cost overrun: :mod:`level_changes`),
    money gone the other way ("was lost" for recovered: :mod:`money_flows`); or ""."""
    scored = match_score(tokens, mention, what, text)  # "Beaten 3-0 by Leeds, Hull ...": Hull's
    return (
        place_clash(tokens, mention, mentions, what, text)
        or ("" if scored else owner_clash(tokens, mention, what, text))
        or size_clash(tokens, mention, mentions, what, text)
        or no_count(tokens, mention, text, what)
        or deadline_clash(tokens, mention, mentions, what)
        or other_verb_object(tokens, mention, mentions, what)
        or let_go_clash(tokens, mention, mentions, what)
        or measured_end(tokens, mention, what, text)
        or contrasted_word(tokens, mention, what, text)
        or bar_clash(tokens, mention, mentions, what, text)
        or stuff_clash(tokens, mention, mentions, what)
        or dimension_clash(tokens, mention, what, text)
        or item_clash(tokens, mention, mentions, what, text)
        or bound_reached(tokens, mention, what)
        or level_for_change(tokens, mention, what, text)
        or flow_clash(tokens, mention, what, text)
    )


__all__ = ["count_clash", "owner_clash", "place_clash"]
