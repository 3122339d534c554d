"""One function per support kind: does a field's value follow from the article, read the way a
fact-checker reads it?

Each field declares its kind next to itself (``Supported("number", cues=..., unit=...)`` in
:mod:`summarizer.schema`). Evidence-scoped kinds read only the sentences of the article that
the fact's own verified evidence lies in, so a number or a name elsewhere in the article (or
in another fact's evidence) never supports it:

- ``number`` (:mod:`summarizer.verification.counts.number_rules`): the value stands as a whole
  number (digits or words) in one of those sentences, within ``WINDOW`` tokens of one of the
  field's cue words with no other number between them, with the field's unit right after it
  when the field has one, and with a qualifier that agrees ("about 80" is not exactly 80).
- ``person``: every person (or described group) in the value is named in those sentences (full
  name, or surname without a conflicting first name); with cues, each stands as the actor of a
  cue word ("Graham introduced", "introduced by Graham", "Graham's bill"), not merely nearby.
- ``place``: the place itself (its first comma part) in those sentences, its other parts in the
  article; "met/held in" (a past meeting) does not support a planned one, nor do the fact's
  own ``previous_meeting``, an earlier round's ("the progress made in talks in Stockholm"), a
  place handed on to ("transferred to Venezuela"), a longer name's end ("Beach"). "Bring the
  sides together in Geneva", "..., possibly in Kuwait", "a handshake at" name its place.
- ``title``: the name as whole tokens, not another measure's beside its tally (measure_tallies).
- ``actor``: as ``party``, not only as the one acted on; named elsewhere in the article only
  for evidence naming its actors as a group (:mod:`summarizer.verification.sides.event_actors`).
- ``party``: a country or group by any alias (capital, seat, people, short form) or by a person
  the article ties to it; a person by name (:mod:`summarizer.verification.sides.parties`).
- ``speaker``: the quote is located in the article and the speaker is the one the article
  attributes it to: the subject of the speech verb around the quotation marks, or of the
  nearest attribution before it when that one is a pronoun ("he said") or missing; never a name
  inside the quoted words.
- ``mention`` (article-wide): the name occurs in the article or its page metadata.
- ``date`` (article-wide): the full date is written in the article or its page metadata.
- ``when``: a day (month and day, or a relative day resolved against the article's date), a
  clock time or a month that the evidence states, for a field with cues as that field's day
  (:mod:`summarizer.verification.days.dates`, :mod:`summarizer.verification.days.day_roles`).
- ``headline``: the text is located in the article or is the page's title.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from .acts.actors import actor_cues, is_actor
from .acts.measure_acts import in_name_of, measure_cues, named_for, opens_with_act, partnered_on
from .acts.told_objects import told_refused
from .bylines.headline_lines import support_headline
from .bylines.metadata import support_byline, support_date, support_mention, support_outlet
from .context import Context, Result, no_evidence, unconfirmed
from .counts.count_nouns import cue_positions
from .counts.count_occasions import support_occasion_count
from .counts.measure_tallies import support_title
from .counts.number_rules import support_number
from .days.dates import day_keys, support_when
from .days.earlier_marks import after_earlier, planned_frame
from .days.headed_days import headed_when
from .days.range_values import ranged_when
from .events.status_cues import plans_this_one
from .free_text.described_speakers import described_speaker
from .page.tokens import CLAUSE_MARKS, Token, tokenize, word_set
from .people.mashed_names import name_clash
from .people.names import (
    PARTICLES,
    TITLES,
    find_named,
    find_phrase,
    norms,
    split_people,
)
from .places.joined_places import as_held
from .places.meeting_order import earlier_in_sequence, own_occasion, sitting_venue
from .places.named_meetings import modified_meeting
from .places.place_asides import far_or_apart, venue_meeting
from .places.place_clauses import later_round, structural_meeting
from .places.place_plans import (
    departure,
    handed_on,
    moved_after,
    other_edition,
    planned_aside,
)
from .places.place_topics import subject_matter
from .places.replaced_places import place_reading
from .places.scene_places import here_site
from .places.sites import (
    about_parties,
    dated_before,
    dates_saying,
    support_ordinal,
    support_site,
    without_article,
)
from .places.talk_places import talks_meeting
from .places.told_elsewhere import owned_elsewhere_site, owned_elsewhere_when
from .sides.announcers import support_announcer
from .sides.author_wordings import acted_back, authored
from .sides.clause_agents import clause_sponsor
from .sides.event_actors import support_actor
from .sides.parties import support_party
from .sides.proposer_support import support_proposer
from .sides.sent_sponsors import sent_or_owned
from .status.joined_acts import stated_or_acted
from .status.measure_stages import support_stage

# A place is where a meeting is when a meeting word governs it; the meeting is an earlier one
# when a past marker stands near that word.
_MEETINGS = word_set(
    """meet meets meeting meetings met summit summits talks held hold holds hosted host hosts
    venue location visit visits conference travel travels trip beside alongside
    welcomed greeted received convene convenes gather gathers gathered gathering"""
)
_SUMMITS = word_set("summit summits")
_PLANNED = word_set("planned scheduled slated set due proposed envisaged moved relocated")
_VENUE_PREPOSITIONS = word_set("for in at to")
_HOSTS = word_set("host hosts hosting hosted")
# Words between a place and its hosting verb in a relative clause or a plan ("Fiji, which is
# due to host next year's summit", "Oslo, which is set to host the summit"); the verb then
# is "host / hosts / hosting" (a summit to come), not "hosted" (which may be an earlier one).
_HOST_LEAD = word_set("which that is will due to set expected scheduled slated also now")
_SUMMIT_LEAD = word_set(
    """the a an this next year month week annual biennial regional first second third special
    emergency leaders"""
)
_VENUE_NOUNS = word_set("location venue building headquarters palace residence compound hotel")
_APPOSITIONS = word_set("location venue capital city town resort island")
# An earlier meeting, whatever the fact's status ("first meeting since 2019 in Osaka"); the
# meeting's own past verbs count only against a meeting that has not happened.
_EARLIER = word_set("last previous previously earlier after ago since")
_PAST_VERBS = word_set("met hosted visited")
# A hedge after a comma keeps the place in its clause ("later this month, possibly in Kuwait")
_HEDGES = word_set("possibly probably perhaps maybe likely")
# "Together" after a verb of gathering names a meeting ("bring the sides together in Geneva")
_GATHERING = word_set("bring brings bringing brought get gets getting got come comes coming came")
_GATHER_REACH = 12  # "brought the two ministers, A and B, together in"
# Something an earlier meeting made ("the progress made in talks in Stockholm", "the accord
# signed at the summit in Astana"): that meeting is past, not the one planned.
_OUTCOMES = word_set(
    "made reached agreed signed struck sealed negotiated brokered achieved hammered secured"
)
_MEETING_NOUNS = word_set("talks summit meeting round negotiations conference")
_AT_MEETING = word_set("in at during")


def support_person(value: Any, rule: Supported, ctx: Context) -> Result:
    if not ctx.sentences:
        return no_evidence(ctx)
    sponsoring = "sponsor" in rule.cues
    for part in split_people(str(value)):
        clash = name_clash(part, ctx.article)
        if clash is not None:
            return clash
        ok = False
        for index in ctx.sentences:
            tokens = ctx.article.sentence_tokens(index)
            cues = cue_positions(tokens, actor_cues(rule.cues)) if rule.cues else []
            if sponsoring:  # "moved amendment 3", "a bill by Kirk" (measure_acts)
                cues = sorted({*cues, *measure_cues(ctx.article, index)})
            for first, last in find_named(part, tokens, ctx.article.text):
                if not rule.cues or is_actor(tokens, first, last, cues, ctx.article.text):
                    ok = True
                    break
                if sponsoring and (
                    in_name_of(tokens, first)
                    or partnered_on(tokens, first, last)
                    or opens_with_act(tokens, first, cues, ctx.article.text)
                    or authored(tokens, first, last, ctx.article.text)
                    or sent_or_owned(tokens, first, last, ctx.article.text)  # "sent ... by X"
                ):
                    ok = True
                    break
            if ok or (sponsoring and named_for(part, tokens)):  # "the Kirk-Menendez bill"
                ok = True
                break
        if not ok and rule.cues:  # a threat's voice (author_wordings); "Canada blacklisted"
            ok = acted_back(ctx, part, _threat(ctx.fact)) or clause_sponsor(ctx, part, rule.cues)
        if not ok:
            if rule.cues and any(find_named(part, t) for t in ctx.sentence_tokens()):
                return unconfirmed(f"{part!r} is in its evidence, but not as the one who acts")
            return False, f"{part!r} is not named in its evidence"
    return True, ""


def _threat(fact: Any) -> bool:
    instrument = getattr(fact, "instrument", None)
    return str(getattr(instrument, "value", instrument)) == "threat"


def support_place(value: Any, rule: Supported, ctx: Context) -> Result:
    if not ctx.sentences:
        return no_evidence(ctx)
    parts = [part.strip() for part in str(value).split(",") if part.strip()]
    if parts:
        parts[0] = without_article(parts[0])  # "the White House" is "White House"
    if not parts or not parts[0]:
        return False, "empty place"
    for extra in parts[1:]:
        if not ctx.article.phrase_spans(tuple(norms(tokenize(extra)))):
            return False, f"{extra!r} is not in the article"
    if (read := place_reading(parts[0], ctx, meeting=True)) is not None:
        return read
    status = getattr(getattr(ctx.fact, "status", None), "value", getattr(ctx.fact, "status", None))
    held, now = status == "held", as_held(status, ctx.sentence_tokens())
    previous = getattr(ctx.fact, "previous_meeting", None)
    if not held and previous and find_phrase(parts[0], tokenize(str(previous))):
        return False, f"{parts[0]!r} is the earlier meeting's place, not the planned one"
    past_only, later_only, named, size = False, False, False, len(tokenize(parts[0]))
    parties_of = [p for p in getattr(ctx.fact, "parties", None) or [] if isinstance(p, str)]
    fmt = getattr(ctx.fact, "format", None)
    if parties_of and isinstance(fmt, str) and fmt.strip():
        parties_of.append(fmt)  # "U.S. and Ukrainian delegations met": the parties, as a group
    text = ctx.article.text
    for tokens in ctx.sentence_tokens():
        for start in find_phrase(parts[0], tokens):
            named = True
            own = _own_summit(tokens, start, size)
            if own is not None and other_edition(tokens, own, ctx.fact, _HOSTS, _SUMMITS):
                continue  # "Fiji, which is due to host next year's summit": next year's
            if held and later_round(tokens, start, text):  # "next year's summit in Evian"
                later_only = True
                continue
            meeting = own if own is not None else _meeting_word(tokens, start, size, text)
            if own is None and subject_matter(tokens, start, size, text):
                continue  # "talks in Oslo ... to discuss the Sudan truce": what it is about
            if handed_on(tokens, start) or departure(tokens, start, size):
                continue  # "transferred as scheduled to Venezuela", "flew from Seoul to"
            if own is None:  # "Following talks in Moscow, the ministers", "arrived in X for talks"
                meeting = talks_meeting(tokens, start, size, parties_of, ctx.article, meeting)
            venue = sitting_venue(tokens, start)  # "sat down ... at the Serena hotel"
            meeting = venue if venue is not None and (meeting or -1) < venue else meeting
            if own is None:  # "met there", ", where Trump and Putin sat down" (place_clauses)
                meeting = structural_meeting(
                    tokens, start, size, text, parties_of, meeting, about_parties
                )
            if meeting is None:
                continue  # a dateline, a government, a place of remarks, another meeting
            back = 0 if meeting == venue else 4  # "sat": its clause only
            earlier = _past(tokens, min(meeting, start) - back, max(meeting + 1, start), now)
            earlier = earlier or (held and earlier_in_sequence(tokens, meeting, start))
            if earlier and not (held and own_occasion(ctx, tokens, start, meeting)):
                past_only = True
                continue
            return True, ""
    if past_only:
        return False, f"{parts[0]!r} is where an earlier meeting was held"
    if later_only:
        return False, f"{parts[0]!r} is where a later round or edition is, not this one"
    if named:
        return unconfirmed(f"{parts[0]!r} is in its evidence, but not as where this meeting is")
    return False, f"{parts[0]!r} is not stated in its evidence"


def _own_summit(tokens: Sequence[Token], start: int, size: int) -> int | None:
    """The summit word or planning verb that names the place as a summit's own ("the
    Budapest summit", "a US-Russia summit in Budapest", "summit …, which was planned for
    Budapest", "Budapest will host the summit"): it speaks of the meeting itself, whoever else
    the sentence names."""
    after = start + size
    if after < len(tokens) and tokens[after].norm in _SUMMITS:
        return after
    words = [t.norm for t in tokens[after : after + 12]]
    lead = 0
    while lead < 5 and lead < len(words) and words[lead] in _HOST_LEAD:
        lead += 1  # "Fiji, which is due to host next year's summit" (check 25)
    future = lead < len(words) and words[lead] in _HOSTS and words[lead] != "hosted"
    if future:
        for index in range(after + lead + 1, min(after + lead + 8, len(tokens))):
            if tokens[index].norm in _SUMMITS:
                return after + lead  # "which hosts next year's Pacific Islands Forum summit"
            if not (tokens[index].capitalised or tokens[index].norm in _SUMMIT_LEAD):
                break  # "which will host the trade fair before the summit": another thing
    hosting = [i for i, w in enumerate(words[:3]) if w in _HOSTS]
    if hosting and any(w in _SUMMITS for w in words[hosting[0] : hosting[0] + 4]):
        return after + hosting[0]
    if start >= 2 and tokens[start - 1].norm in _VENUE_PREPOSITIONS:
        word = tokens[start - 2].norm
        planned = word in _PLANNED and not handed_on(tokens, start)
        if word in _SUMMITS or (planned and not moved_after(tokens, after)):
            return start - 2  # not "originally planned for Johannesburg, has been moved"
    return modified_meeting(tokens, start, size)  # "the Johannesburg G20 summit" (check 55)


_NAME_LINKS = word_set("of the")


def _noun_before(tokens: Sequence[Token], index: int) -> int | None:
    """The meeting word that ends at ``index`` or begins a capitalised name ending there
    ("Summit of the Americas", "the APEC summit")."""
    for position in range(index, max(index - 6, -1), -1):
        if _is_meeting(tokens, position):
            return position
        token = tokens[position]
        if not (token.capitalised or token.is_number or token.norm in _NAME_LINKS):
            return None
    return None


def _name_before(tokens: Sequence[Token], start: int, text: str) -> bool:
    """A capitalised word right before the place, past the sentence's first word, that is
    no function word, title or building: the place is the end of a longer name ("Palm
    Beach", "Dar es Salaam"), not a city after its venue ("State House Nairobi")."""
    before = tokens[start - 1]
    if before.norm in _PLACE_PARTICLES and start >= 3 and not before.capitalised:
        return _name_before(tokens, start - 1, text)  # "Dar es Salaam"
    return (
        before.capitalised
        and text[before.end : tokens[start].start] == " "
        and before.norm not in STOPWORDS
        and before.norm not in TITLES
        and before.norm not in _MEETINGS
        and before.norm not in _BUILDINGS
    )


_PLACE_PARTICLES = PARTICLES | word_set("es")
_BUILDINGS = word_set("house palace hall centre center hotel building office base lodge")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _in_names(tokens: Sequence[Token], index: int) -> bool:
    """A comma after ``index`` inside a list of names that ends in "and"/"or" and a name
    ("Azerbaijan, Armenia and Russia"; check 26): no clause break. A day or month before
    it is a time's comma ("on Monday, Iran, Turkey and Russia said")."""
    if not tokens[index].capitalised or tokens[index].norm in _CALENDAR:
        return False
    for after in range(index + 1, len(tokens) - 1):
        if tokens[after].norm in ("and", "or"):
            return tokens[after + 1].capitalised
        if not tokens[after].capitalised:
            return False
    return False


def _is_meeting(tokens: Sequence[Token], index: int) -> bool:
    """A meeting word, or "together" after a verb of gathering ("bring the sides together")."""
    norm = tokens[index].norm
    if norm in _MEETINGS:
        return True
    return norm == "together" and any(
        t.norm in _GATHERING for t in tokens[max(index - _GATHER_REACH, 0) : index]
    )


def _meeting_word(tokens: Sequence[Token], start: int, size: int, text: str) -> int | None:
    """The meeting word that governs a place: one of the fourteen words before it in the same
    clause ("met for about 100 minutes on Thursday at an air base near Busan", "location,
    Budapest") or of the eight after it ("a White House meeting", "travel to Beijing in April
    to meet"; across ", where": "were in Kuala Lumpur today, where they met", check 25). A
    place going on into a longer name ("Shanghai Cooperation Organization") is none here."""
    after = start + size
    if after < len(tokens) and tokens[after].capitalised and tokens[after].norm not in _MEETINGS:
        gap = text[tokens[after - 1].end : tokens[after].start]
        if gap.isspace():
            return venue_meeting(tokens, start, size, text, _meeting_word)
    if start >= 2 and _name_before(tokens, start, text):
        return None  # "Beach" of "Palm Beach": the end of a longer name
    end = min(after + 8, len(tokens))
    index = after
    while index < end:
        gap = text[tokens[index - 1].end : tokens[index].start]
        where = gap.strip() == "," and tokens[index].norm == "where"
        if (not CLAUSE_MARKS.isdisjoint(gap) or " - " in gap) and not where:
            break  # "VIENNA (Reuters) — Trump and Putin will meet": a dateline, not a venue
        if where:
            end = min(index + 7, len(tokens))  # the "where" clause's own words
        if _is_meeting(tokens, index):
            return index
        index += 1
    comma_before = start and "," in text[tokens[start - 1].end : tokens[start].start]
    if comma_before and tokens[start - 1].norm not in _APPOSITIONS | _MEETINGS:
        return None  # "talks in Istanbul, Ankara said"; not "the Hungarian capital, Budapest"
    for index in range(start - 1, max(start - 15, -1), -1):
        if _is_meeting(tokens, index):
            return index
        comma = index and not {",", ";"}.isdisjoint(
            text[tokens[index - 1].end : tokens[index].start]
        )
        if comma and tokens[index].norm in _HEDGES:
            continue  # "later this month, possibly in Kuwait"
        if comma and _in_names(tokens, index - 1):
            continue  # "a meeting of the ministers of Azerbaijan, Armenia and Russia in"
        if comma and planned_aside(tokens, index) and not moved_after(tokens, after):
            return _noun_before(tokens, index - 1)  # "the summit, scheduled to take place in"
        if comma and tokens[index - 1].norm not in _VENUE_NOUNS:
            break  # "location, Budapest", "the ministry building, the Itamaraty Palace"
    return far_or_apart(tokens, start, size, text, _is_meeting)


def _past(tokens: Sequence[Token], start: int, end: int, held: bool) -> bool:
    """Whether the words around a meeting word put it before this one ("first meeting since
    2019 in", "after their summit in") or, for a meeting not held, in the past ("had last met
    at", "was held in"; not "will be held in")."""
    for index in range(max(start, 0), end):
        norm = tokens[index].norm
        after = held and norm == "after" and not after_earlier(tokens, index)  # "a year after"
        if norm in _EARLIER and not (after or dates_saying(tokens, index)):
            if plans_this_one([t.norm for t in tokens[index : index + 2]], 0):
                continue  # "my previously scheduled meeting in Buenos Aires": this one
            return True  # for a held meeting, "after" dates it against a later one
        if held:
            continue
        if norm in _OUTCOMES and _made_at_meeting(tokens, index):
            return True  # "the progress made in talks in Stockholm"
        if norm in _PAST_VERBS and not planned_frame(tokens, index - 2, index):
            return True  # not "was supposed to be hosted in"
        if norm == "held" and index and tokens[index - 1].norm in {"was", "were", "had"}:
            return True
    return not held and dated_before(tokens, end) and not planned_frame(tokens, start, end)


def _made_at_meeting(tokens: Sequence[Token], index: int) -> bool:
    """``tokens[index]`` (an outcome's participle) is followed by "in / at / during [the]"
    and a meeting noun: what an earlier meeting made ("agreed at talks in Istanbul")."""
    words = [t.norm for t in tokens[index + 1 : index + 4]]
    if not words or words[0] not in _AT_MEETING:
        return False
    rest = words[2:] if len(words) > 1 and words[1] in {"the", "a", "an", "their"} else words[1:]
    return bool(rest) and rest[0] in _MEETING_NOUNS


RULES: dict[str, Callable[[Any, Supported, Context], Result]] = {
    # the kinds of the first schema, kept for callers' own schemas
    "name": support_person,
    "text": support_title,
    "actor": told_refused(support_actor),  # "fined Nationwide": its object (s62)
    "announcer": support_announcer,
    "byline": support_byline,
    "outlet": support_outlet,
    "date": support_date,
    "headline": support_headline,
    "mention": support_mention,
    "count": support_occasion_count,  # a count of another occasion (count_occasions)
    "number": support_number,
    "ordinal": support_ordinal,
    "party": support_party,
    "person": support_person,
    "place": stated_or_acted(support_place),  # "signed in Doha" (stated_venues, joined_acts)
    "proposer": support_proposer,
    # "spoke briefly here" by a dateline (scene_places); another's (clause_owners, told_elsewhere)
    "site": owned_elsewhere_site(here_site(support_site)),
    "speaker": described_speaker,
    "status": support_stage,
    "title": support_title,
    "when": owned_elsewhere_when(headed_when(ranged_when(support_when), day_keys)),
}
