"""One function per support kind: does a field's value follow from the article, read the way a
fact-checker reads it?

Each field declares its kind next to itself (``Supported("number", cues=..., unit=...)`` in
:mod:`summarizer.schema`). Evidence-scoped kinds read only the sentences of the article that
the fact's own verified evidence lies in, so a number or a name elsewhere in the article (or
in another fact's evidence) never supports it:

- ``number``: the value stands as a whole number (digits or words) in one of those sentences,
  within ``WINDOW`` tokens of one of the field's cue words with no other number between them,
  with the field's unit right after it when the field has one, and with a qualifier that agrees
  ("about 80" does not support exactly 80, nor 80 "more than").
- ``person``: every person (or described group) in the value is named in those sentences (full
  name, or surname without a conflicting first name); with cues, each stands as the actor of a
  cue word ("Graham introduced", "introduced by Graham", "Graham's bill"), not merely nearby.
- ``place``: the place itself (its first comma part) in those sentences, its other parts in the
  article; an occurrence governed by "met/held in" is a past meeting and does not support a
  planned one, and neither does the place of the fact's own ``previous_meeting``.
- ``title``: the name as whole tokens in those sentences.
- ``actor``: as ``party``, else named in the article (:func:`actors.support_actor`).
- ``party``: a country or group by any alias (capital, seat, people, short form) or by a person
  the article ties to it; a person by name (:mod:`summarizer.verification.parties`).
- ``speaker``: the quote is located in the article and the speaker is the one the article
  attributes it to: the subject of the speech verb around the quotation marks, or of the
  nearest attribution before it when that one is a pronoun ("he said") or missing; never a name
  inside the quoted words.
- ``mention`` (article-wide): the name occurs in the article or its page metadata.
- ``date`` (article-wide): the full date is written in the article or its page metadata.
- ``when``: a day (month and day, or a relative day resolved against the article's date), a
  clock time or a month that the evidence states, for a field with cues as that field's day
  (:mod:`summarizer.verification.dates`, :mod:`summarizer.verification.day_roles`).
- ``headline``: the text is located in the article or is the page's title.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import ORDINALS
from summarizer.verification.actors import actor_cues, is_actor, support_actor, voices_threat
from summarizer.verification.actors import outside_asides as outside
from summarizer.verification.amounts import (
    ANY_COUNT,
    COUNT_SYNONYMS,
    any_count_of,
    change_amount,
    claimed,
    counts_as,
    cue_word,
    modifier,
    ordinals_in,
    previous_value,
    score_side,
    stated_side,
    updated_count,
    vote_side,
    with_synonyms,
)
from summarizer.verification.article import ArticleText
from summarizer.verification.context import Context, Result, no_evidence
from summarizer.verification.count_nouns import other_noun
from summarizer.verification.dates import support_when
from summarizer.verification.metadata import (
    support_byline,
    support_date,
    support_headline,
    support_mention,
    support_outlet,
)
from summarizer.verification.names import (
    find_named,
    find_phrase,
    first_name_conflict,
    norms,
    split_people,
)
from summarizer.verification.numbers import NumberMention, numbers_in
from summarizer.verification.parties import support_party
from summarizer.verification.proposers import support_proposer
from summarizer.verification.sites import (
    about_parties,
    dated_before,
    dates_saying,
    far_meeting,
    subject_matter,
    support_ordinal,
    support_site,
    without_article,
)
from summarizer.verification.speakers import support_speaker
from summarizer.verification.status_cues import plans_this_one
from summarizer.verification.statuses import support_status
from summarizer.verification.tokens import Token, tokenize, word_set

WINDOW = 10
"""Most tokens between a number and its cue word ("84 co-sponsors" is 1; "co-sponsors, which
now number 84" is 4)."""

# A place is where a meeting is when a meeting word governs it; the meeting is an earlier one
# when a past marker stands near that word.
_MEETINGS = word_set(
    """meet meets meeting meetings met summit summits talks held hold holds hosted host hosts
    venue location visit visits conference travel travels trip beside alongside
    welcomed greeted received convene convenes gather gathers gathered"""
)
_SUMMITS = word_set("summit summits")
_PLANNED = word_set("planned scheduled slated set due proposed envisaged moved relocated")
_VENUE_PREPOSITIONS = word_set("for in at to")
_HOSTS = word_set("host hosts hosting hosted")
_VENUE_NOUNS = word_set("location venue building headquarters palace residence compound hotel")
_APPOSITIONS = word_set("location venue capital city town resort island")
# An earlier meeting, whatever the fact's status ("first meeting since 2019 in Osaka"); the
# meeting's own past verbs count only against a meeting that has not happened.
_EARLIER = word_set("last previous previously earlier after ago since")
_PAST_VERBS = word_set("met hosted visited")
_CLAUSE_BREAKS = frozenset(",;:()\u2014\u2013")


def _cue_positions(tokens: Sequence[Token], cues: tuple[str, ...]) -> list[int]:
    """Indexes of tokens that are (or start a hyphenated compound that is) a cue word; the
    second half of a compound is not a word of its own ("co-sponsored" is not "sponsored")."""
    found: list[int] = []
    for index, token in enumerate(tokens):
        if token.joined and index and not tokens[index - 1].is_number:
            continue
        word = token.norm
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and following.joined and not following.is_number:
            word += following.norm
        if cue_word(word, cues):
            found.append(index)
    return found


def _number_value(value: Any) -> tuple[float, str] | None:
    raw = getattr(value, "value", value)
    qualifier = getattr(value, "qualifier", "exact")
    qualifier = str(getattr(qualifier, "value", qualifier))
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    return float(raw), qualifier


def _numbers_of_sentence(article: ArticleText, index: int) -> list[NumberMention]:
    """The quantities one sentence states, read once per article: every number field of every
    fact over that sentence asks for them. Mentions are frozen, so they can be shared."""
    key = ("numbers", index)
    known: list[NumberMention] | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = numbers_in(article.sentence_tokens(index), article.text)
    return known


def support_number(value: Any, rule: Supported, ctx: Context, side: str | None = None) -> Result:
    """``side``: the side of a vote a count counts ("yes", "no"), which decides a number in a
    vote's score (:func:`summarizer.verification.amounts.score_side`)."""
    read = _number_value(value)
    if read is None:
        return False, f"{value!r} is not a number"
    wanted, qualifier = read
    if not ctx.sentences:
        return no_evidence(ctx)
    seen, disagreeing = False, ""
    dated = bool(getattr(ctx.fact, "as_of", None))  # a count as of an earlier time
    text = ctx.article.text
    cue_words = with_synonyms(rule.cues)
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        mentions = _numbers_of_sentence(ctx.article, index)
        if not any(abs(m.value - wanted) <= 1e-9 for m in mentions) and (
            rule.kind != "count" or not any(ORDINALS.get(t.norm) == wanted for t in tokens)
        ):
            continue  # no number (or ordinal) of this value: its cue words cannot matter
        cues = _cue_positions(tokens, cue_words)
        ordinals = ordinals_in(tokens, cues) if rule.kind == "count" else []
        for mention in [*mentions, *ordinals]:
            if abs(mention.value - wanted) > 1e-9:
                continue
            seen = True
            scored = score_side(tokens, mention, mentions, text) if side else None
            if side and scored is None and stated_side(tokens, mention) not in {None, side}:
                disagreeing = disagreeing or f"{wanted:g} is the other side of the vote"
                continue
            if scored is not None and scored != side:
                disagreeing = disagreeing or f"{wanted:g} is the other side of the vote's score"
                continue
            if scored is None and not counts_as(mention, rule, tokens, cues):
                continue
            earlier = previous_value(tokens, mention)
            if earlier and not dated:
                disagreeing = disagreeing or f"{wanted:g} is the value before a change, not now"
                continue
            update = updated_count(tokens, mention, cues)
            near = not rule.cues or bool(update) or scored is not None  # any place if no cues
            if earlier:  # "rose to 41, from 34": the earlier value of what the cue counts
                near = near or any(abs(cue - mention.first) <= WINDOW for cue in cues)
            for cue in cues if update is None else ():
                if claimed(tokens, cue, mention, mentions):
                    continue  # "Four countries' embassies sent 25": the four countries
                if rule.kind == "count" and (
                    not any_count_of(tokens, cue, mention, rule.cues)
                    or other_noun(tokens, mention, mentions, cue, cues, text)
                ):
                    continue  # "the total number of injured"; "50 Senators ... four lawmakers"
                low, high = sorted((cue, mention.first if cue < mention.first else mention.last))
                if high - low > WINDOW and len(outside(tokens, low + 1, high, text)[0]) >= WINDOW:
                    continue  # asides do not count: "the tariff, which had been 20%, was 40%"
                between = [
                    m for m in mentions
                    if m is not mention and low < m.first < high and not modifier(m, rule)
                    and not change_amount(tokens, m)
                ]  # fmt: skip
                if all(rule.unit and m.unit == rule.unit for m in between):
                    near = True
                    break
            if not near:
                continue
            if qualifier in mention.qualifiers:
                return True, ""
            words = " ".join(t.text for t in tokens[max(mention.first - 3, 0) : mention.last + 2])
            disagreeing = f"qualifier {qualifier!r} disagrees with the article: {words!r}"
    if disagreeing:
        return False, disagreeing
    if seen:
        return False, (
            f"{wanted:g} is in its evidence, but not as this field's number "
            f"(no {'/'.join(rule.cues)}{' with ' + rule.unit if rule.unit else ''} next to it)"
        )
    return False, f"{wanted:g} is not stated in its evidence"


def count_cues(what: str) -> tuple[str, ...]:
    """Cue stems from what a count counts, in the article's words: "co-sponsors" gives
    "cosponsor", "people killed" gives "people" and "killed" (plural endings dropped, so
    "senator" finds "senators" and "senator's"; a hyphenated name is one word, as in the text)."""
    stems: list[str] = []
    for token in tokenize(what.replace("-", "")):
        word = token.norm
        if token.is_number or len(word) < 3 or word in _COUNT_FILLERS:
            continue
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"  # "casualties": "casualty", and "casualtie" below
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        stems.append(word)
        if word.endswith("y") and len(word) > 3 and word[-2] not in "aeiou":
            stems.append(word[:-1] + "ie")  # "casualty" finds "casualties" too
    specific = [stem for stem in stems if stem not in _GENERIC]
    if specific:  # "people killed": "killed" (or "dead"), since "60 people injured" is people too
        stems = specific
    for group in COUNT_SYNONYMS:
        if any(stem.startswith(group) for stem in stems):
            stems.extend(group)
    return (*dict.fromkeys(stems), *ANY_COUNT) if stems else ()


_GENERIC = word_set("people person persons individual")


_COUNT_FILLERS = word_set("the and of to for in on at by with number total who that were was")


def support_count(value: Any, rule: Supported, ctx: Context) -> Result:
    """A count's number next to one of the words of what it counts (``what`` of the count
    that holds it), read like any number: whole, with an agreeing qualifier, in the evidence
    of the fact the count belongs to."""
    what = getattr(ctx.fact, "what", None)
    cues = count_cues(what) if isinstance(what, str) else ()
    if not cues:
        return False, "the count does not say what it counts"
    return support_number(value, Supported("count", cues=cues), ctx, vote_side(str(what)))


def support_person(value: Any, rule: Supported, ctx: Context) -> Result:
    if not ctx.sentences:
        return no_evidence(ctx)
    for part in split_people(str(value)):
        if first_name_conflict(part, ctx.article):
            return False, f"the article gives {part.split()[-1]!r} another first name"
        ok = False
        for tokens in ctx.sentence_tokens():
            cues = _cue_positions(tokens, actor_cues(rule.cues)) if rule.cues else []
            for first, last in find_named(part, tokens, ctx.article.text):
                if not rule.cues or is_actor(tokens, first, last, cues, ctx.article.text):
                    ok = True
                    break
            if ok:
                break
        if not ok and rule.cues and _instrument(ctx.fact) == "threat":
            ok = voices_threat(ctx.article, ctx.sentences, part)
        if not ok:
            if rule.cues and any(find_named(part, t) for t in ctx.sentence_tokens()):
                return False, f"{part!r} is in its evidence, but not as the one who acts"
            return False, f"{part!r} is not named in its evidence"
    return True, ""


def _instrument(fact: Any) -> str | None:
    instrument = getattr(fact, "instrument", None)
    return str(getattr(instrument, "value", instrument)) if instrument is not None else None


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
    status = getattr(getattr(ctx.fact, "status", None), "value", getattr(ctx.fact, "status", None))
    held = status == "held"
    previous = getattr(ctx.fact, "previous_meeting", None)
    if not held and previous and find_phrase(parts[0], tokenize(str(previous))):
        return False, f"{parts[0]!r} is the earlier meeting's place, not the planned one"
    past_only = named = False
    size = len(tokenize(parts[0]))
    parties_of = [p for p in getattr(ctx.fact, "parties", None) or [] if isinstance(p, str)]
    fmt = getattr(ctx.fact, "format", None)
    if parties_of and isinstance(fmt, str) and fmt.strip():
        parties_of.append(fmt)  # "U.S. and Ukrainian delegations met": the parties, as a group
    text = ctx.article.text
    for tokens in ctx.sentence_tokens():
        for start in find_phrase(parts[0], tokens):
            named = True
            own = _own_summit(tokens, start, size)
            meeting = own if own is not None else _meeting_word(tokens, start, size, text)
            if own is None and subject_matter(tokens, start, size, text):
                continue  # "talks in Oslo ... to discuss the Sudan truce": what it is about
            if meeting is None or not (
                own is not None or about_parties(tokens, min(meeting, start), parties_of, text)
            ):
                continue  # a dateline, a government, a place of remarks, another meeting
            if _past(tokens, min(meeting, start) - 4, max(meeting + 1, start), held):
                past_only = True
                continue
            return True, ""
    if past_only:
        return False, f"{parts[0]!r} is where an earlier meeting was held"
    if named:
        return False, f"{parts[0]!r} is in its evidence, but not as where this meeting is"
    return False, f"{parts[0]!r} is not stated in its evidence"


def _own_summit(tokens: Sequence[Token], start: int, size: int) -> int | None:
    """The summit word or planning verb that names the place as a summit's own ("the
    Budapest summit", "a US-Russia summit in Budapest", "summit …, which was planned for
    Budapest", "Budapest will host the summit"): it speaks of the meeting itself, whoever else
    the sentence names."""
    after = start + size
    if after < len(tokens) and tokens[after].norm in _SUMMITS:
        return after
    words = [t.norm for t in tokens[after : after + 6]]
    hosting = [i for i, w in enumerate(words[:3]) if w in _HOSTS]
    if hosting and any(w in _SUMMITS for w in words[hosting[0] : hosting[0] + 4]):
        return after + hosting[0]  # "Budapest will host the summit"
    if start >= 2 and tokens[start - 1].norm in _VENUE_PREPOSITIONS:
        word = tokens[start - 2].norm
        if word in _SUMMITS or word in _PLANNED:
            return start - 2
    return None


def _meeting_word(tokens: Sequence[Token], start: int, size: int, text: str) -> int | None:
    """The meeting word that governs a place: one of the fourteen words before it in the same
    clause ("met for about 100 minutes on Thursday at an air base near Busan", "location,
    Budapest") or of the eight after it ("a White House meeting", "travel to Beijing in April
    to meet"). A place that goes on into a longer name ("Shanghai Cooperation Organization")
    is not a place here."""
    after = start + size
    if after < len(tokens) and tokens[after].capitalised and tokens[after].norm not in _MEETINGS:
        gap = text[tokens[after - 1].end : tokens[after].start]
        if gap.isspace():
            return None
    for index in range(after, min(after + 8, len(tokens))):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if not _CLAUSE_BREAKS.isdisjoint(gap) or " - " in gap:
            break  # "VIENNA (Reuters) — Trump and Putin will meet": a dateline, not a venue
        if tokens[index].norm in _MEETINGS:
            return index
    comma_before = start and "," in text[tokens[start - 1].end : tokens[start].start]
    if comma_before and tokens[start - 1].norm not in _APPOSITIONS | _MEETINGS:
        return None  # "talks in Istanbul, Ankara said"; not "the Hungarian capital, Budapest"
    for index in range(start - 1, max(start - 15, -1), -1):
        if tokens[index].norm in _MEETINGS:
            return index
        comma = index and not {",", ";"}.isdisjoint(
            text[tokens[index - 1].end : tokens[index].start]
        )
        if comma and tokens[index - 1].norm not in _VENUE_NOUNS:
            break  # "location, Budapest", "the ministry building, the Itamaraty Palace"
    return far_meeting(tokens, start, text)


def _past(tokens: Sequence[Token], start: int, end: int, held: bool) -> bool:
    """Whether the words around a meeting word put it before this one ("first meeting since
    2019 in", "after their summit in") or, for a meeting not held, in the past ("had last met
    at", "was held in"; not "will be held in")."""
    for index in range(max(start, 0), end):
        norm = tokens[index].norm
        if norm in _EARLIER and not ((held and norm == "after") or dates_saying(tokens, index)):
            if plans_this_one([t.norm for t in tokens[index : index + 2]], 0):
                continue  # "my previously scheduled meeting in Buenos Aires": this one
            return True  # for a held meeting, "after" dates it against a later one
        if held:
            continue
        if norm in _PAST_VERBS:
            return True
        if norm == "held" and index and tokens[index - 1].norm in {"was", "were", "had"}:
            return True
    return not held and dated_before(tokens, end)


def support_title(value: Any, rule: Supported, ctx: Context) -> Result:
    if not ctx.sentences:
        return no_evidence(ctx)
    if any(find_phrase(str(value), tokens) for tokens in ctx.sentence_tokens()):
        return True, ""
    return False, f"{value!r} is not stated in its evidence as whole words"


RULES: dict[str, Callable[[Any, Supported, Context], Result]] = {
    # the kinds of the first schema, kept for callers' own schemas
    "name": support_person,
    "text": support_title,
    "actor": support_actor,
    "byline": support_byline,
    "outlet": support_outlet,
    "date": support_date,
    "headline": support_headline,
    "mention": support_mention,
    "count": support_count,
    "number": support_number,
    "ordinal": support_ordinal,
    "party": support_party,
    "person": support_person,
    "place": support_place,
    "proposer": support_proposer,
    "site": support_site,
    "speaker": support_speaker,
    "status": support_status,
    "title": support_title,
    "when": support_when,
}
