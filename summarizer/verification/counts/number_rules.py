"""The number rules of :mod:`summarizer.verification.rules`: ``number``, ``count``."""

from __future__ import annotations

from functools import partial
from typing import Any

from summarizer.comparators import Supported
from ..acts.actors import outside_asides as outside
from ..context import Context, Result, no_evidence, unconfirmed
from ..figures.ages import age_clash, told_age
from ..figures.change_ends import after_value, asks_earlier, change_start
from ..figures.count_families import family_clash
from ..figures.count_frames import framed_count
from ..figures.count_ties import own_word, set_count
from ..figures.currency_signs import currency_clash, signed_cues
from ..figures.elided_items import elided_item
from ..figures.house_numbers import model_clash, model_cues
from ..figures.money_glosses import glossing
from ..figures.named_roles import named_role
from ..figures.numbers import NumberMention, scaled
from ..occasions.occasion_days import other_occasion_days
from .abbreviations import defined_cues
from .amounts import (
    any_count_of,
    change_amount,
    claimed,
    counts_as,
    modifier,
    ordinals_in,
    stated_side,
    updated_count,
    vote_side,
    with_synonyms,
)
from .apart_counts import any_part, apart_whole, bench_split, carried_part, whole_of_part
from .change_shares import change_cues, own_change
from .compared_rates import compared
from .count_anaphors import anaphor_count, answered_length
from .count_heads import bound_head, fielded, other_side
from .count_nouns import cue_positions, other_noun
from .count_places import count_clash
from .count_reach import elided, extension, leaving_homes, other_verb, part_of_count
from .count_stems import count_rule
from .count_tiers import tier_clash
from .count_times import as_of_times, ceiling_dated_otherwise, dated_otherwise
from .dated_starts import kept_start
from .day_counts import day_count, truce_length
from .displacement_cues import driven_out
from .divisions import label_side
from .durations import day_lengths, recurring
from .elided_lengths import ELIDING, elided_heads
from .held_spans import held_span
from .list_counts import listing_clash
from .list_headings import headed_item
from .measure_tallies import tally_clash
from .number_occasions import START_OF_CHANGE, other_occasion, time_span
from .old_rates import in_place
from .other_readings import unread_number
from .own_occasions import OWN, occasion_of, own_days
from .ranges import named_part, overlaps
from .rate_lists import by_cue, chain_head, listed
from .rate_nouns import former_rate, other_rate, rate_nouns, tariff_page
from .rate_owners import rate_clash, targets_own
from .rate_shapes import added_part, before_change, brought_total
from .rate_totals import part_of_total, parts_of
from .rate_words import other_mover, raised_rate, share_of, unread_rate
from .repeat_counts import other_repeat, repeat_mentions, repeat_written
from .restated_spans import restated_span
from .score_outcomes import UNREAD
from .score_sides import score_owner
from .sentence_numbers import evidence_rates, number_value
from .sentence_numbers import numbers_of_sentence as _numbers_of_sentence
from .share_counts import other_share
from .shared_verbs import shared_cue
from .sibling_counts import sibling_clash
from .sponsor_counts import sponsor_clash
from .stand_ins import with_stand_in
from .target_rates import other_target_rate
from .thresholds import counts_need, need_stated, needed_only, other_threshold
from .truce_carry import first_span
from .truce_clauses import current_one, earlier_length, lasting_subject, marked_earlier
from .truce_lengths import other_length, truce_cues
from .truce_spans import broken_after, extended_by, one_lasting
from .version_scores import version_clash
from .vote_groups import vote_owner, whole_size, whole_vote
from .vote_objects import object_clash
from .vote_scores import chamber_name, chambers_of, other_chamber, score_pairs
from .vote_scores import vote_side as voted_side

WINDOW = 10  # most tokens from a number to its cue ("84 co-sponsors": 1; "which now number 84": 4)


def support_number(
    value: Any, rule: Supported, ctx: Context, side: str | None = None,
    chamber: frozenset[str] = frozenset(),
) -> Result:  # fmt: skip
    """``side``: the side of a vote a count counts ("yes", "no"), which decides a number in a
    vote's score; ``chamber``: the chamber whose vote it counts, which refuses another
    chamber's score (:mod:`summarizer.verification.counts.vote_scores`)."""
    read = number_value(value)
    if read is None:
        return False, f"{value!r} is not a number"
    wanted, qualifier = scaled(read, rule.kind, ctx, _numbers_of_sentence)  # spoken_decimals
    if not ctx.sentences:
        return no_evidence(ctx)
    seen, disagreeing, rough_reason, unread = False, "", "", ""
    dated, times = as_of_times(ctx.fact)  # a count as of an earlier time (count_times)
    what = str(getattr(ctx.fact, "what", "") or "") if rule.kind == "count" else ""
    text = ctx.article.text
    cue_words = with_synonyms(rule.cues)
    counting = rule.kind == "count"
    rates, totals = (
        evidence_rates(ctx.article, ctx.sentences) if rule.unit == "percent" else ([], [])
    )
    numbers_of = partial(_numbers_of_sentence, ctx.article)
    whole = bool(what) and any(
        whole_vote(ctx.article.sentence_tokens(i), numbers_of(i), text) for i in ctx.sentences
    )  # a vote no party or committee owns (vote_groups.py)
    truce = "truce" in rule.cues
    days_of = rule.unit == "day" or "day" in what  # occasion_days.py
    against, tied = "", frozenset[int]()
    if rule.unit == "percent":  # "a lower 10 per cent rate on Canadian energy" (target_rates)
        against, tied = other_target_rate(
            ctx.sentences, wanted, ctx.fact, text, ctx.article.sentence_tokens, numbers_of,
        )  # fmt: skip
    listing = rule.kind == "number" and bool(rule.unit)  # "SAIC: 35.3%" under "duties:"
    rate_words = rule.unit == "percent" and "tariff" in rule.cues and tariff_page(ctx.article)

    def cues_of(i: int) -> list[int]:
        return cue_positions(ctx.article.sentence_tokens(i), cue_words)

    anchors = own_days(ctx, rule.unit, numbers_of) if rule.kind == "number" else []

    def current() -> bool:  # the evidence names a truce not marked as earlier
        return any(
            current_one(ctx.article.sentence_tokens(i))
            or any(
                not marked_earlier(ctx.article.sentence_tokens(i), c)
                for c in truce_cues(ctx.article.sentence_tokens(i), cues_of(i))
            )
            for i in ctx.sentences
        )

    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        mentions = _numbers_of_sentence(ctx.article, index)
        if counting and what:  # "none against"; "No one", "the 41st", "a decade" (count_heads)
            mentions = fielded(tokens, mentions, wanted, what, text, cue_words, cue_positions)
        rough: list[NumberMention] = []
        if rule.unit == "day":  # "two weeks", "48 hours", "week-long"; "a month" (durations.py)
            exact, rough = day_lengths(tokens, mentions, wanted)
            mentions = [*mentions, *exact, *rough]
        if not any(abs(m.value - wanted) <= 1e-9 for m in mentions) and (
            rule.kind != "count" or not repeat_written(tokens, wanted)  # "third", "twice", "19th"
        ):
            continue  # no number (or ordinal) of this value: its cue words cannot matter
        cues = [*cue_positions(tokens, cue_words), *signed_cues(tokens, mentions, text, cue_words)]
        cues = sorted({*cues, *model_cues(tokens, mentions, text, what)})  # "$4m", "30 777-9s"
        if truce:  # "a suspension of hostilities"; not "a pause on tariffs"
            cues = truce_cues(tokens, cues)
        if rule.kind == "number" and rule.cues:
            cues = with_stand_in(ctx.article, index, tokens, cues, cues_of)
        if truce and index and any(t.norm in ELIDING for t in tokens):  # "another 72 hours"
            named = truce_cues(ctx.article.sentence_tokens(index - 1), cues_of(index - 1))
            cues = sorted({*cues, *elided_heads(tokens, text)}) if named else cues
        nouns = rate_nouns(tokens) if rate_words else []  # "set a 19% rate" (rate_nouns)
        cues = sorted({*cues, *nouns, *change_cues(tokens, mentions, what)})  # "up 62%"
        if counting:  # "internally displaced persons (IDPs) ... 40,000 IDPs" (abbreviations)
            cues = defined_cues(ctx.article, tokens, cues, cue_words)
            if "displac" in cue_words:  # "have left their homes" (count_reach)
                cues = sorted({*cues, *leaving_homes(tokens), *driven_out(tokens)})
        ordinals = ordinals_in(tokens, cues) if rule.kind == "count" else []
        repeats = repeat_mentions(tokens, cue_words, cues, text, mentions) if counting else []
        for mention in [*mentions, *ordinals, *repeats]:  # "have met 27 times" (repeat_counts)
            if abs(mention.value - wanted) > 1e-9:
                continue
            seen = True
            voted = (
                label_side(tokens, mention, text) or voted_side(tokens, mention, mentions, text)
                if side or chamber
                else None
            )  # "97-2", "97 to 2", "2 against"; "Ayes 97", "Not Contents: 188" (divisions.py)
            other = other_chamber(tokens, mention, mentions, text, chamber) if voted else None
            if other:
                disagreeing = disagreeing or f"{wanted:g} is {chamber_name(other)}'s vote"
                continue
            owned = vote_owner(tokens, mention, mentions, text, what, whole) if what else ""
            owned = owned or (listing_clash(tokens, mention, mentions, text, what) if what else "")
            owned = owned or (sponsor_clash(tokens, mention, what) if what else "")
            owned = owned or (other_side(tokens, mention, what, text) if counting else "")
            bound = bound_head(tokens, mention, what, text) if counting and what else ""
            if what and not owned and bound != "side":  # another count's (sibling_counts)
                owned = sibling_clash(tokens, mention, mentions, what, ctx.parent, text)
            owned = owned or (tier_clash(tokens, mention, mentions, text, what) if what else "")
            owned = owned or (object_clash(tokens, mention, what, text) if what else "")
            owned = owned or (currency_clash(tokens, mention, mentions, what, text) if what else "")
            owned = owned or (count_clash(tokens, mention, mentions, what, text) if what else "")
            owned = owned or (model_clash(tokens, mention.last, what, text) if what else "")
            owned = owned or (age_clash(tokens, mention, mentions, what, text) if counting else "")
            owned = owned or (what and family_clash(tokens, mention, what, ctx.published, text))
            owned = owned or other_repeat(tokens, mention, cue_words, repeats, text, what)
            if what and not owned:  # "passed the A Act 398-17, the B Act 344-71"
                owned = tally_clash(tokens, mention, mentions, text, ctx.parent)
            if what and not owned:  # "after the Senate approved its version 98 to 2"
                owned = version_clash(tokens, mention, mentions, text, ctx.parent)
            sized = bool(what) and whole_size(tokens, mention, text, what)  # "of the 465 votes"
            if (
                what
                and not owned
                and not sized
                and apart_whole(tokens, mention, mentions, what, text)
            ):
                owned = f"{wanted:g} counts another group than {what!r}"
            if owned:  # a party's or committee's tally; a list's total (vote_groups, list_counts)
                disagreeing = disagreeing or owned
                continue
            pairs = partial(score_pairs, tokens, mentions, text)
            held_by = score_owner(tokens, mention, pairs, what) if side else None
            if held_by is False:  # "by 125 votes to 65 for Ogawa": 125 not Ogawa's (score_sides)
                disagreeing = disagreeing or f"{wanted:g} is another candidate's votes, or none's"
                continue
            scored = side if held_by else voted if side else None
            if side and needed_only(tokens, mention, mentions, text) and not counts_need(what):
                disagreeing = disagreeing or f"{wanted:g} is the votes needed, not a side's votes"
                continue
            if scored == UNREAD:  # a score whose words do not tell which side is first
                unread = unread or f"{wanted:g} is in a vote's score whose order is unread"
                continue
            if side and scored is None and stated_side(tokens, mention) not in {None, side}:
                disagreeing = disagreeing or f"{wanted:g} is the other side of the vote"
                continue
            if scored is not None and scored != side:
                disagreeing = disagreeing or f"{wanted:g} is the other side of the vote's score"
                continue
            days = counting and day_count(tokens, mention, rule.cues, mentions, ctx.article, index)
            head = chain_head(tokens, mention, mentions, text) if listing else None
            applied = head is not None and mention.after == "to" and rule.unit == "percent"
            applied = applied and mention.unit == "percent"  # "... and 24.5% to every other mill"
            restated = truce and restated_span(tokens, mention, mentions, cues, text)  # "so 3 days"
            part = counting and bool(what) and any_part(tokens, mention, mentions, what, text)
            part = part or any(mention is r for r in repeats)  # a repeat counts its occasion
            moved = bool(what) and own_change(tokens, mention, mentions, what)  # "up 62%"
            aged = counting and told_age(tokens, mention, mentions, what, text)  # figures/ages
            part = part or (counting and elided_item(tokens, mention, mentions, what, text))
            part = part or bool(bound) or moved or aged  # "five abstained"; (change_shares)
            if counting and what and not part and index:  # "of them." (the text's sentence before)
                before = ctx.article.sentence_tokens(index - 1)  # (apart_counts)
                part = carried_part(
                    tokens, mention, mentions, before, numbers_of(index - 1), what, text
                )
            if scored is None and not (  # part: "Nine of the council's 15 members were present"
                days or applied or restated or part or counts_as(mention, rule, tokens, cues)
            ):
                continue  # "within 60 days of enactment" is days to publish (day_counts.py)
            if counting and truce_length(tokens, mention, rule.cues, text):
                disagreeing = disagreeing or f"{wanted:g} days is the length of a truce"
                continue
            if truce and extension(tokens, mention):  # "extended by two days" (count_reach)
                disagreeing = disagreeing or f"{wanted:g} days is what the truce was extended by"
                continue
            length_of = other_length(tokens, mention, cues, text) if truce else ""
            length_of = length_of or (held_span(tokens, mention) if truce else "")  # held_spans
            if length_of:  # "followed by a 10-day review" (truce_lengths.py)
                disagreeing = disagreeing or f"{wanted:g} is the length of a {length_of}"
                continue
            occasion = other_occasion_days(tokens, mention, mentions) if days_of else ""
            if occasion:  # "the 40-day Lenten fast", "The 2019 summit lasted two days"
                disagreeing = disagreeing or f"{wanted:g} days is the length of {occasion}"
                continue
            if truce and broken_after(tokens, mention):  # "collapsed after 6 days" (truce_spans)
                disagreeing = disagreeing or f"{wanted:g} days is when the truce broke down"
                continue
            if truce and extended_by(tokens, mention):  # "was extended by three days"
                unread = unread or f"{wanted:g} days is what the truce was extended by"
                continue
            if truce and first_span(tokens, mention):  # "As the first two weeks ran out, ...
                unread = unread or f"{wanted:g} days is the span before an extension"
                continue  # ... the truce had been extended by 15 days" (truce_carry.py)
            if truce and earlier_length(tokens, mention, cues, text, current):
                disagreeing = disagreeing or f"{wanted:g} days is an earlier truce's length"
                continue  # "the previous truce, which lasted 60 days" (truce_clauses.py)
            if rule.unit == "day" and recurring(tokens, mention):
                disagreeing = disagreeing or f"{wanted:g} days is how often, not how long"
                continue  # "reviewed every two weeks" (durations.py)
            own = occasion_of(anchors, index, mention, tokens, text) if anchors else ""
            if own and own != OWN:  # "It follows a five-day pause in June" (own_occasions)
                disagreeing = disagreeing or own
                continue
            held = dated or own  # a number in the clause of the fact's own day
            year = ctx.published.year if ctx.published else None  # "profit a year earlier"
            roled = bool(what) and bool(named_role(what, tokens, mention, mentions, text, year))
            held = held or ("named role" if roled else "")  # (figures/named_roles)
            if rule.kind == "number" and not held and in_place(tokens, mention, mentions, text):
                disagreeing = disagreeing or f"{wanted:g} is the value in place before the measure"
                continue  # "up from the current 10 percent" (old_rates.py)
            percent = rule.unit == "percent"
            if rate_words and (
                (former := former_rate(tokens, mention, mentions, ctx.fact, text))
                or other_rate(tokens, mention, rate_nouns(tokens))
            ):  # "to 15 percent, from 5 percent"; "the jobless rate stayed at 6%" (rate_nouns)
                disagreeing = disagreeing or f"{wanted:g}% is {former or 'another kind of rate'}"
                continue
            if percent and (other_mover(tokens, mention, cues, text) or share_of(tokens, mention)):
                disagreeing = disagreeing or f"{wanted:g}% is another thing's, not the rate"
                continue  # "Shares dropped 6 percent", "62 percent of voters" (rate_words.py)
            if against and index not in tied:  # another sentence gives the goods' rate
                disagreeing = disagreeing or against
                continue
            owner = rate_clash(tokens, mention, mentions, text, ctx.fact) if percent else ""
            if owner:  # "25% on steel and 10% on aluminum"
                disagreeing = disagreeing or owner
                continue
            if (
                percent
                and compared(tokens, mention, text)
                and not targets_own(tokens, mention, mentions, text, ctx.fact)
            ):  # "a 20% levy, compared with 10 percent on cars from other countries"
                disagreeing = disagreeing or f"{wanted:g}% is the rate the measure's is set against"
                continue
            summed = part_of_total(rates, index, mention, tokens, totals) if totals else None
            if summed is not None and not added_part(tokens, mention):  # "a new 25%" (rate_totals)
                disagreeing = disagreeing or f"{wanted:g}% is one part of a total of {summed:g}%"
                continue
            occasion = other_occasion(tokens, mention, mentions, text, cues if counting else ())
            if occasion == START_OF_CHANGE and kept_start(tokens, mention, text, ctx.fact):
                occasion = ""  # "10% now, rising to 25%": 10 now (dated_starts)
            if occasion and not held:  # "a 2020 version had passed 406-3" (number_occasions)
                disagreeing = disagreeing or f"{wanted:g} is {occasion}"
                continue
            if times and dated_otherwise(tokens, mention, times, [*ctx.sentence_tokens()], text):
                disagreeing = disagreeing or f"{wanted:g} is the count at another time than {dated}"
                continue
            if percent and brought_total(tokens, mention, mentions, text):  # (rate_shapes.py)
                unread = unread or f"{wanted:g}% is the total with other duties, not its own rate"
                continue
            earlier = before_change(tokens, mention, mentions, text, percent)  # rate_shapes
            back = asks_earlier(what, tokens) if counting else ""  # "previous fee" (change_ends)
            if earlier and not held and not back:
                disagreeing = disagreeing or f"{wanted:g} is the value before a change, not now"
                continue
            if back and not earlier and not held and after_value(tokens, mention, mentions, back):
                disagreeing = disagreeing or f"{wanted:g} is the value after a change, not before"
                continue
            update = updated_count(tokens, mention, cues)
            if update is None and counting and set_count(tokens, mention, cues, text, what):
                update = True  # "put the number of jobs ... at 6,000" (figures/count_ties)
            near = not rule.cues or bool(update) or scored is not None  # any place if no cues
            near = near or part or own == OWN  # a partitive's part; the own day's number
            near = near or (counting and own_word(tokens, mention, mentions, rule.cues, what))
            near = near or (counting and need_stated(what, tokens, mention, text))
            start = change_start(tokens, mention, mentions) if counting and not near else None
            near = near or bool(start and any(start.last < c <= start.last + 2 for c in cues))
            if counting and not near and index:  # "puts the number at 85"
                before = ctx.article.sentence_tokens(index - 1)  # (count_anaphors)
                near = anaphor_count(
                    tokens, mention, mentions, before, cue_words, partial(cues_of, index - 1), text
                )
            if truce and not near:  # "The truce ..., and is scheduled to last for 180 days"
                near = lasting_subject(tokens, mention, cues, text) is not None
                near = near or one_lasting(tokens, mention, cues)  # "the one that lasted"
                near = near or restated
                if index and not near:  # "How long will it last?" "Four days." (count_anaphors)
                    question = ctx.article.sentence_tokens(index - 1)
                    near = answered_length(tokens, mention, question, text, cue_words)
            if percent and not near:  # "raise tariffs on $9bn of goods from 5% to 25%"
                near = raised_rate(tokens, mention, mentions, cues, text)
            if listing and not near:  # a list's entry under a lead-in's cue (rate_lists.py)
                near = listed(ctx.article, index, mention, numbers_of, cues_of)
            if listing and not near and not cues:  # an item under "Tariff increases:"
                near = headed_item(ctx.article, index, cues_of)  # (list_headings.py)
            if earlier:  # "rose to 41, from 34": the earlier value of what the cue counts
                near = near or any(abs(cue - mention.first) <= WINDOW for cue in cues)
            if any(m is mention for _, m in totals):  # "duties of 20.1%, 14.3% ..., 38% in all"
                parts = parts_of(rates, index, mention)
                near = near or any(abs(c - m.first) <= WINDOW for m in parts for c in cues)
            for cue in cues if update is None else ():
                if head and head.last < cue < mention.first and by_cue(tokens, head, cue):
                    near = True  # "A 6.2% levy applies to the two mills and 24.5% to the rest"
                    break
                if what and shared_cue(tokens, mention, mentions, cue, what, text):
                    near = True  # "the 88 people and seven entities already listed"
                    break
                if claimed(tokens, cue, mention, mentions) and not moved:  # "$57bn, up 62%"
                    if counting and elided(tokens, cue, mention, mentions, text, cues):
                        near = True  # "with 9 co-sponsors ..., now has 27," (count_reach)
                        break
                    continue  # "Four countries' embassies sent 25": the four countries
                if rule.kind == "count" and (
                    not any_count_of(tokens, cue, mention, rule.cues)
                    or other_noun(tokens, mention, mentions, cue, cues, text)
                    or other_verb(tokens, cue, mention, mentions, text)
                    or part_of_count(tokens, cue, mention)
                ):
                    continue  # "the total number of injured"; "50 Senators ... four lawmakers"
                first = head.first if head and cue < head.first else mention.first  # its run's
                low, high = sorted((cue, first if cue < mention.first else mention.last))
                if high - low > WINDOW and len(outside(tokens, low + 1, high, text)[0]) >= WINDOW:
                    continue  # asides do not count: "the tariff, which had been 20%, was 40%"
                between = [
                    m for m in mentions
                    if m is not mention and low < m.first < high and not modifier(m, rule)
                    and not overlaps(m, mention)
                    and not change_amount(tokens, m)
                    and not time_span(tokens, m)
                    and not glossing(tokens, m, mention, text)  # "£10bn ($13.5bn)"
                ]  # fmt: skip
                if all(rule.unit and m.unit == rule.unit for m in between):
                    near = True
                    break
            if not near:
                continue
            ahead = unread_rate(tokens, mention, ctx.fact, text) if percent else ""
            if ahead := ahead or framed_count(tokens, mention, ctx.fact, text):
                unread = unread or f"{wanted:g}{'%' * percent} is {ahead}"  # "will rise to 25%"
                continue  # (pending_rates); "hope the marchers will number" (count_frames)
            if qualifier in mention.qualifiers and any(mention is r for r in rough):
                rough_reason = f"{wanted:g} days is one reading of a length in months or years"
                continue  # "a month" is 28 to 31 days: which, the page does not say
            if qualifier in mention.qualifiers and ceiling_dated_otherwise(
                tokens, mention, qualifier, what, [*ctx.sentence_tokens()], text
            ):  # "the Tuesday market seldom rose above 800" is no Saturday's (count_times)
                disagreeing = disagreeing or f"{wanted:g} is a ceiling at another time than {what}"
                continue
            if qualifier in mention.qualifiers or named_part(mention, qualifier, what, tokens):
                return True, ""  # "lower end" of "between 4,000 and 6,000" is 4,000 (ranges)
            words = " ".join(t.text for t in tokens[max(mention.first - 3, 0) : mention.last + 2])
            disagreeing = f"qualifier {qualifier!r} disagrees with the article: {words!r}"
    if rough_reason:
        return unconfirmed(rough_reason)
    if disagreeing:
        return False, disagreeing
    if unread:
        return unconfirmed(unread)
    if seen:  # strong only if another number reads as the field's (other_readings)
        again = partial(support_number, rule=rule, ctx=ctx, side=side, chamber=chamber)
        return unread_number(value, wanted, rule, ctx, again)
    return False, f"{wanted:g} is not stated in its evidence"


def support_count(value: Any, rule: Supported, ctx: Context) -> Result:
    """A count's number beside a word of its ``what``, as any number (a score's: bench_split)."""
    what = getattr(ctx.fact, "what", None)
    cue = count_rule(what, value)  # its cue stems; "39.2 per cent" for a turnout (count_shares)
    if cue is None:
        return False, "the count does not say what it counts"
    split: Result | None = None  # "ruled 7-4"; share_counts; "when 61 would"; "among them 196"
    for read in (bench_split, other_share, other_threshold, whole_of_part):
        split = split or read(value, str(what), ctx, _numbers_of_sentence)
    return split or support_number(value, cue, ctx, vote_side(str(what)), chambers_of(str(what)))
