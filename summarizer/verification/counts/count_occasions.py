"""A count taken from another occasion's tally (an outside check, session 19: check 42's cause
7: a live blog's October vote "Ten member states voted in favour, five against and twelve
abstained" beside "where things stood in July: in a non-binding advisory vote, four countries
opposed the duties and 11 abstained" let 4 and 11 pass as the October vote's counts).

A count belongs to one occasion: the vote, reading or day its ``as_of`` or its ``what`` names,
else the one the evidence tells as the story's own. So, after the other count rules
(:func:`number_rules.support_count`) accept a count:

- every evidence sentence that states the count's number is *marked* as another occasion: a
  word of an earlier or lesser round ("earlier", "previous", "preliminary", "advisory",
  "indicative", "procedural", "non-binding"; "first", "initial", "straw", "test" before a
  round's noun: "the first reading", not "for the first time"), a
  time before ("last week", "ago", "where things stood"), a month or a year, a pluperfect
  ("had backed", "had drawn"), or "when" and the measure's first step ("when it was
  introduced");
- another evidence sentence, marked by none of those, states a number next to a word of what
  the count counts: the story's own tally of the same thing;
- and neither the count's ``as_of`` nor its ``what`` names any of the marks of the number's
  sentence ("as_of: in July", "what: countries abstained in advisory vote" keep it).

A sentence whose every number is a partitive's part ("Two of them govern border states", "three
of the women") restates a part of a group already counted, not a tally of its own (session 24,
check 52: "sanctions on four state governors" then "Two of them govern states on the Colombian
border").

Then the number is the other occasion's, and the count is refused as *unsupported*: the page
states this occasion's count elsewhere. A count with one tally in its evidence, or whose number
stands in an unmarked sentence, keeps the other rules' verdict.

The clause's "last year", "a year ago" and "two years ago" also name the year they point to
(the story's year back; left30, review rvl30), and "last" or a unit of time names the marker
only as the pair the clause has (``as_of`` "last month" or ``what`` "in the last week" do not
name "last year"; rvl30). A mark that dates the baseline the number is compared with is not the
number's ("rose 4 per cent to 4,605, against 4,445 a year earlier": session 53, fc53n;
:mod:`..occasions.compared_times`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import MONTH_NUMBER, ONES
from ..context import Context, Result
from ..figures.box_lines import box_line_clash, box_line_count
from ..figures.compared_shares import compared_share
from ..figures.earlier_ends import earlier_end
from ..figures.label_sums import label_sum_count
from ..figures.named_roles import named_role
from ..figures.numbers import NumberMention, sentence_numbers
from ..occasions.compared_times import compared_time
from ..page.clause_breaks import clause_break
from ..page.tokens import Token, tokenize, word_set
from .amounts import ANY_COUNT
from .count_stems import count_cues
from .number_occasions import calendar_number
from .number_rules import support_count

_ROUNDS = word_set("earlier previous prior preliminary advisory indicative procedural ago stood")
# Marks only before a round's noun ("the first reading", "a test vote"; not "for the first time").
_BEFORE_ROUND = word_set("first initial original straw test trial")
_ROUND_NOUNS = word_set("vote votes ballot reading round version draft poll tally count")
_FIRST_STEPS = word_set("introduced filed tabled first launched")
_PAST = word_set("last")
_PAST_UNITS = word_set("week weeks month months year years time session")


def support_occasion_count(value: Any, rule: Supported, ctx: Context) -> Result:
    """:func:`number_rules.support_count` or a fact box's line
    (:func:`figures.box_lines.box_line_count`; "- Individuals: $392 billion" for "giving by
    individuals", :func:`figures.label_sums.label_sum_count`), then the occasion of the number
    (the module)."""
    result = support_count(value, rule, ctx)
    what = str(getattr(ctx.fact, "what", "") or "")
    if not result[0]:  # "- Seats contested: 125 of the 248" (box_lines)
        result = box_line_count(value, what, ctx) or label_sum_count(value, what, ctx) or result
    else:  # "- Seats won: 47 (LDP 39, Komeito 8)" is no 47 LDP seats
        result = box_line_clash(value, what, ctx) or result
    if not result[0]:  # "up from 0.72" for a previous rate (earlier_ends)
        found = earlier_end(value, rule, ctx, support_count) or compared_share(value, ctx)
        return found or result  # "38% up on 2022" for "visits up on 2022" (compared_shares)
    other = _other_occasion(value, ctx) if len(ctx.sentences) > 1 else ""  # one: no other
    if other:
        return False, f"{other} is another occasion's count; its evidence gives this one's apart"
    return result


def _other_occasion(value: Any, ctx: Context) -> str:
    wanted = getattr(value, "value", value)
    if isinstance(wanted, bool) or not isinstance(wanted, int | float):
        return ""
    what = str(getattr(ctx.fact, "what", "") or "")
    named = {t.norm for t in tokenize(f"{what} {getattr(ctx.fact, 'as_of', None) or ''}")}
    cues = count_cues(what)
    dated = bool(getattr(ctx.fact, "as_of", None))
    stated = _as_of_words(getattr(ctx.fact, "as_of", None))
    percent = "%" in what or not named.isdisjoint(("percent", "cent"))
    holding, unmarked_tally = [], False
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        mentions = sentence_numbers(ctx.article, index)
        if not mentions:
            continue
        own = [m for m in mentions if abs(m.value - wanted) <= 1e-9]
        year = ctx.published.year if ctx.published else None
        if own and what and named_role(what, tokens, own[0], mentions, ctx.article.text, year):
            return ""  # "operating profit a year earlier": the time is the count's own
        if own:  # the number's own clause: "117 tankers are added; the proposal had named 118"
            start, end = _span(tokens, own[0], ctx.article.text)
            area = tokens[start : end + 1]
            if stated and stated <= {t.norm for t in area}:
                return ""  # "The toll had stood at 24 on Sunday evening" for as_of Sunday evening
            at = (own[0].first - start, own[0].last - start)
            holding.append(_marks(area, dated, at) | _years_back(area, ctx, at))
        elif cues and not _marks(tokens, dated, (mentions[0].first, mentions[0].last)):
            text = ctx.article.text
            unmarked_tally = unmarked_tally or _tally(tokens, mentions, cues, text, percent)
    if not holding or not unmarked_tally or not all(holding):
        return ""
    if any(_names(marks, named) for marks in holding):
        return ""  # the count's own as_of or what names the occasion
    return f"{wanted:g}"


def _names(marks: frozenset[str], named: set[str]) -> bool:
    """The fact's ``as_of`` / ``what`` words ``named`` name a mark of the number's clause;
    "last" or a unit of time only as the pair the clause has ("last week" for "last week", not
    "the last week" for "last year" nor "the current year" for it; rvl30)."""
    hits = marks & named
    if hits - _PAST - _PAST_UNITS:
        return True
    return "last" in hits and not hits.isdisjoint(_PAST_UNITS)


def _years_back(
    tokens: Sequence[Token], ctx: Context, at_number: tuple[int, int] | None = None
) -> frozenset[str]:
    """The years the clause names back from the story's year: "last year" (left30), "a year
    ago", "two years ago" (rvl30), so a count ``as_of`` that year keeps its number; not a
    change's baseline after the number ("up 0.1 points on last year": :func:`_baseline`)."""
    year = ctx.published.year if ctx.published else None
    if not year:
        return frozenset()
    words = [t.norm for t in tokens]
    years: set[str] = set()
    for at, norm in enumerate(words):
        if at_number is not None and compared_time(tokens, at, at_number):
            continue
        if norm == "last" and at + 1 < len(words) and words[at + 1] == "year":
            if not _baseline(tokens, at, at_number):
                years.add(str(year - 1))
        elif norm in ("year", "years") and at and at + 1 < len(words) and words[at + 1] == "ago":
            back = words[at - 1]
            ones = 1 if back in ("a", "one") else ONES.get(back, 0)
            count = int(back) if back.isdigit() else ones
            if 0 < count < 100:
                years.add(str(year - count))
    return frozenset(years)


def _span(tokens: Sequence[Token], mention: NumberMention, text: str) -> tuple[int, int]:
    """The first and last index of the clause holding ``mention``, between semicolons, colons,
    dashes, or a comma before a contrasting conjunction (page/clause_breaks)."""

    def cut(left: int) -> bool:
        return clause_break(tokens, left, text)

    start, end = mention.first, mention.last
    while start > 0 and not cut(start - 1):
        start -= 1
    while end + 1 < len(tokens) and not cut(end):
        end += 1
    return start, end


_PARTITIVES = word_set("them whom those these the its their his her")


def _part(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """ "Two of them", "three of the women": a part of a group the sentence does not count."""
    at = mention.last + 1
    return at + 1 < len(tokens) and tokens[at].norm == "of" and tokens[at + 1].norm in _PARTITIVES


def _tally(
    tokens: Sequence[Token], mentions: Sequence[NumberMention], cues: Sequence[str], text: str,
    percent: bool,
) -> bool:  # fmt: skip
    """Whether the sentence states a tally of what the count counts (session 33): a number,
    not a date's, a length of time's ("Three days after ...") nor a partitive's part, with a
    word of the count's own (not only "figures", "count" or "total": "read out the figures:
    394 members against") within a few words of it in its comma clause ("The toll stands at
    25", not "Each state votes as a bloc, and four did not back it"), the word the count's
    stem or the stem with a short ending ("state" finds "states", not "statements"); or, for
    a count of a percent, a percent: the story's own share of the same vote."""
    stems = tuple(cue for cue in cues[: len(cues) - len(ANY_COUNT)] if len(cue) > 2)
    for mention in mentions:
        if (
            calendar_number(tokens, mention)
            or _part(tokens, mention)
            or mention.unit in _TIME_UNITS
            or mention.compound in _TIME_UNITS
        ):
            continue
        if percent and mention.unit == "percent":
            return True
        low, high = _comma_clause(tokens, mention, text)
        near = tokens[max(low, mention.first - _NEAR) : min(high, mention.last + _NEAR) + 1]
        if any(_stemmed(token.norm, stems) for token in near):
            return True
    return False


_NEAR = 8  # words either side of a tally's number its count's word may stand
_TIME_UNITS = word_set(
    "day days week weeks month months year years hour hours minute minutes decade decades"
)


def _stemmed(norm: str, stems: Sequence[str]) -> bool:
    """A word that is one of ``stems`` or one with an ending of up to three letters."""
    return any(norm.startswith(stem) and len(norm) - len(stem) <= 3 for stem in stems)


def _comma_clause(tokens: Sequence[Token], mention: NumberMention, text: str) -> tuple[int, int]:
    """The first and last index of the stretch around ``mention`` with no punctuation mark."""
    marks = (",", ";", ":", "\u2014", "(", ")")

    def cut(left: int) -> bool:
        return any(mark in text[tokens[left].end : tokens[left + 1].start] for mark in marks)

    start, end = mention.first, mention.last
    while start > 0 and not cut(start - 1):
        start -= 1
    while end + 1 < len(tokens) and not cut(end):
        end += 1
    return start, end


def _as_of_words(as_of: object) -> frozenset[str]:
    """The words of a count's ``as_of`` but its prepositions and articles ("on Sunday
    evening": sunday, evening)."""
    if not as_of:
        return frozenset()
    return frozenset(t.norm for t in tokenize(str(as_of)) if t.norm not in _AS_OF_FILLERS)


_AS_OF_FILLERS = word_set("on at by in of as the a an")


def _marks(
    tokens: Sequence[Token], dated: bool = True, at_number: tuple[int, int] | None = None
) -> frozenset[str]:
    """The words that put a sentence on another occasion than the story's own (the module);
    a month or a year only when ``dated`` (the count has an ``as_of`` to set it against: an
    undated count's sentence often carries the story's own date, "on 13 October, hours after
    Hamas freed the last 20 living hostages")."""
    marks: set[str] = set()
    for at, token in enumerate(tokens):
        if at_number is not None and compared_time(tokens, at, at_number):
            continue  # "4,605, against 4,445 a year earlier": the baseline's time
        norm = token.norm
        after = tokens[at + 1].norm if at + 1 < len(tokens) else ""
        ahead = {t.norm for t in tokens[at + 1 : at + 5]}
        if (
            norm in _ROUNDS
            or (dated and _dated(token, at))
            or (
                norm in _BEFORE_ROUND
                and not _ROUND_NOUNS.isdisjoint(t.norm for t in tokens[at + 1 : at + 3])
            )
        ):
            marks.add(norm)
        elif (norm == "non" and after == "binding") or (
            norm in _PAST and after in _PAST_UNITS and not _baseline(tokens, at, at_number)
        ):
            marks.update((norm, after))  # "a non-binding vote", "last week"
        elif norm == "had" and after.endswith(("ed", "en", "wn")) and after != "been":
            if not _other_subject(tokens, at, at_number):
                marks.add("had")  # "had drawn 59 votes"
        elif norm == "before" and at and tokens[at - 1].norm in _PAST_UNITS:
            marks.add("before")  # "the year before", "a week before"
        elif norm == "when" and not _FIRST_STEPS.isdisjoint(ahead):
            marks.add("when")  # "when it was introduced"
    return frozenset(marks)


# Words of comparison before "last year" that make it a change's baseline ("21.9%, up 0.1
# points on last year", "unchanged from last year", "higher than last week").
_COMPARING = word_set("on from than with over versus vs against")


def _baseline(tokens: Sequence[Token], at: int, at_number: tuple[int, int] | None) -> bool:
    """Whether the "last" at ``at`` opens a change's baseline after the number ("98.1%,
    unchanged on last year"): the time the number is compared with, not the number's own
    (session 35, check 74); before the number, or with no word of comparison, it marks it."""
    if at_number is None or at <= at_number[1] or not at:
        return False
    return tokens[at - 1].norm in _COMPARING


def _other_subject(tokens: Sequence[Token], at: int, at_number: tuple[int, int] | None) -> bool:
    """Whether the "had" at ``at`` is the verb of another subject than the number's (session
    33): it stands after the number, farther than a few words or past a relative word or a
    pronoun ("rose 3.8%, short of the 4% that economists had pencilled in", "needed 367
    votes ... the outcome he had asked for"); "24 people had died" keeps its mark."""
    if at_number is None or at < at_number[0]:
        return False
    between = {t.norm for t in tokens[at_number[1] + 1 : at]}
    return at - at_number[1] > _HAD_REACH or not between.isdisjoint(_OTHER_SUBJECTS)


_HAD_REACH = 4
_OTHER_SUBJECTS = word_set(
    "that which who whom whose when where because as after before since while if he she it "
    "they we you i"
)


def _dated(token: Token, at: int) -> bool:
    """A month's name (not a sentence's first "May") or a year."""
    if token.is_number:  # "2019", not "2,000" (a count: its comma is written)
        return token.text.isdigit() and len(token.text) == 4 and token.text.startswith(("19", "20"))
    return token.capitalised and token.norm in MONTH_NUMBER and (token.norm != "may" or at > 0)


__all__ = ["support_occasion_count"]
