"""A meeting's or an event's place told without "meet" or "hold" (an outside check, 50), for
the ``place`` kind (:func:`rules.support_place`, through :func:`joined_acts.stated_or_acted`)
and the ``site`` kind (:func:`sites.support_site`):

- *a scene of meeting*: "A handshake at the White House", "the two men shook hands in
  Geneva", "embraced on the tarmac at Anchorage": the leaders were together there, so the
  place is the meeting's (its refusal "not as where this meeting is" lifted);
- *as host*: "agreed to meet again next year, with Mexico as host": the arrangement of the
  meeting to come the sentence tells, for a meeting not held (not one only proposed: "Putin
  proposed meeting again, with Moscow as host", nor a past one: "they last met with Tokyo as
  host");
- *brought together*: "Turkey brought the Russian and Ukrainian foreign ministers together in
  Antalya" (the parties' people named as a group, or a parenthesis between: "together on
  Thursday, for the first time since the war began, in the resort city of Antalya");
- *the next time*: "Next time in Moscow", "next time, in Beijing": said of the meeting to
  come, the place is the next meeting's, for a meeting not held (a held one's place is its
  own; "next time" points past it);
- *here*: a narrative "here" in the fact's evidence (outside quotation marks; not "here is",
  "from here on", nor "said here", "told reporters here", "speaking here": where words were
  said) stands for the story's dateline ("DA NANG, Vietnam (AP) - ... The two leaders spoke
  briefly here"), when the value is that dateline's place, the evidence names no other place
  after "in", "at" or "near", and the sentence with "here" has no earlier marker ("who first
  met here in 2017").

What stays refused: the place of an earlier handshake ("their last handshake, in Osaka"),
"next time" under a refusal in the evidence ("Putin offered Moscow next time; Trump declined"),
a "here" inside a quote (the speaker's place), and a dateline with no "here" (where the story
was filed, the event elsewhere: :mod:`site_lines`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..context import Context, Result
from ..page.article import ArticleText
from ..page.tokens import BE_FORMS, Token, clause_gap, tokenize, word_set
from ..people.names import find_named, find_phrase, norms
from .capital_epithets import people_capital
from .epithet_places import epithet_place
from .headline_places import headline_place
from .home_markets import home_market
from .launch_sites import launch_site, strike_kind
from .proposed_venues import arranged
from .venue_anaphors import venue_anaphor

_Rule = Callable[[Any, Supported, Context], Result]

_WEAK = "not as where this meeting is"
_PROPOSED = "only as a place proposed for it"  # replaced_places: "with Mexico as host" read so
_UNSTATED = "is not stated in its evidence"
# Nouns and verbs of leaders together in one place, and the words before the place.
_SCENES = word_set(
    """handshake handshakes hug hugs embrace embraced embracing hugged shook shaking shake
    shakes"""
)
_HANDS = word_set("hands")
_AT = word_set("at in on inside outside")
_SCENE_REACH = 4
# An earlier scene: the place is not this meeting's.
_EARLIER = word_set("last previous earlier first ago since former past")
_REFUSING = word_set(
    """declined declines refused refuses rejected rejects dismissed dismisses spurned
    rebuffed"""
)
_NOT_HERE = BE_FORMS | word_set("and") | {"s"}
# "said here", "told reporters here", "speaking here": where words were said, not the event.
_SAID_HERE = word_set(
    """said says told telling speaking announced reporters journalists conference briefing
    interview remarks"""
)
_PLACE_WORDS = word_set("in at near")
# "officials here said", "diplomats here say": where the sources are, not the event (session 24)
_SAYING_AFTER = word_set("said say says told tell believe believed fear feared reported")
# "sirens sounded here as drones hit Lviv": the strike's place is the one hit (session 24)
_HIT_WORDS = word_set("hit hits struck strikes targeted pounded attacked shelled bombed")
_DASHES = ("-", "\u2013", "\u2014")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


def scene_place(rule: _Rule) -> _Rule:
    """``rule`` (a summit's place) with the readings of the module lifting its refusal."""

    def support(value: Any, supported: Supported, ctx: Context) -> Result:
        result = rule(value, supported, ctx)
        if result[0] or not ctx.sentences:
            return result
        place = _first_part(str(value))
        weak = _WEAK in str(result[1]) or (_PROPOSED in str(result[1]) and _as_host(place, ctx))
        if weak and (
            _scene(place, ctx)
            or _brought_together(place, ctx)
            or _next_time(place, ctx)
            or _as_host(place, ctx)
        ):
            return True, ""
        if (weak or _UNSTATED in str(result[1])) and here_dateline(place, ctx):
            return True, ""  # "DA NANG, Vietnam - ..." then "... chatted here on Saturday"
        return result

    return support


def here_site(rule: _Rule) -> _Rule:
    """``rule`` (an event's site) with a narrative "here" standing for the dateline or an
    epithet for a place named just before (:mod:`epithet_places`), and a strike's launch
    site refused (:mod:`launch_sites`)."""

    def support(value: Any, supported: Supported, ctx: Context) -> Result:
        result = rule(value, supported, ctx)
        place = _first_part(str(value))
        if result[0] and strike_kind(ctx.fact):
            found = _mentions(place, ctx)
            if found and all(launch_site(tokens, at, len(tokenize(place))) for tokens, at in found):
                return (
                    False,
                    f"{place!r} is in its evidence only as where the strike was fired from",
                )
        if result[0] or not ctx.sentences or _UNSTATED not in str(result[1]):
            return result
        if here_dateline(place, ctx) or epithet_place(place, ctx) or people_capital(place, ctx):
            return True, ""  # "in the enclave" after "inside Gaza"; "in the Kenyan capital"
        if home_market(place, ctx):
            return True, ""  # "British shoppers paid 17.2% more" for the UK (home_markets)
        if headline_place(place, ctx):
            return True, ""  # "Japan's births drop ..." over unplaced figures (headline_places)
        if venue_anaphor(place, ctx):
            return True, ""  # "died at Zurich Zoo" then "... have died at the zoo" (venue_anaphors)
        return result

    return support


def _first_part(value: str) -> str:
    place = value.split(",")[0].strip()
    return place[4:] if place.lower().startswith("the ") else place


def _mentions(place: str, ctx: Context) -> list[tuple[list[Token], int]]:
    return [(t, at) for t in ctx.sentence_tokens() for at in find_phrase(place, t)]


def _placed_at(place: str, ctx: Context) -> Iterator[tuple[list[Token], int, int]]:
    """(tokens, the place's index, the preposition's index) of each mention of the place
    right after "at" / "in" / "on" (an article between allowed: "at the White House"), or
    after "in the (resort) city / town / island of"."""
    for tokens, at in _mentions(place, ctx):
        before = at - 1
        if before >= 1 and tokens[before].norm == "of" and tokens[before - 1].norm in _PLACE_NOUNS:
            before -= 2  # "in the resort city of Antalya"
            while before >= 1 and not tokens[before].capitalised and at - before <= 6:
                if tokens[before].norm in _AT:
                    break
                before -= 1
        if before >= 0 and tokens[before].norm == "the":
            before -= 1
        if before >= 1 and tokens[before].norm in _AT:
            yield tokens, at, before


def _scene(place: str, ctx: Context) -> bool:
    """A handshake or an embrace up to four words before the place, "at" / "in" right before
    it, in one clause, and no earlier marker there ("their last handshake in Osaka")."""
    text = ctx.article.text
    for tokens, at, before in _placed_at(place, ctx):
        for index in range(before - 1, max(before - 1 - _SCENE_REACH, -1), -1):
            if clause_gap(tokens, index, text):
                break
            norm = tokens[index].norm
            if norm in _SCENES or (norm in _HANDS and index and tokens[index - 1].norm in _SCENES):
                window = tokens[max(index - 3, 0) : at]
                words = {t.norm for t in window}
                if _EARLIER.isdisjoint(words) and not _negated(words):
                    start, end = _clause(tokens, index, text)
                    return _together(tokens[start:end], at - start, ctx)
                break
    return False


_NEGATIONS = word_set("not never no nor without")


def _negated(words: set[str]) -> bool:
    """ "did not shake hands in Da Nang": no scene."""
    return not _NEGATIONS.isdisjoint(words) or any(w.endswith("n't") for w in words)


def _clause(tokens: Sequence[Token], index: int, text: str) -> tuple[int, int]:
    """(start, end) of the clause around ``index`` between semicolons or dashes ("Kim and Moon
    embraced in Pyongyang in September; on Sunday Kim met Trump": the embrace is Moon's)."""

    def edge(at: int) -> bool:
        gap = text[tokens[at - 1].end : tokens[at].start]
        return ";" in gap or any(f" {dash} " in gap for dash in _DASHES)

    start = next((at for at in range(index, 0, -1) if edge(at)), 0)
    end = next((at for at in range(index + 1, len(tokens)) if edge(at)), len(tokens))
    return start, end


_PLACE_NOUNS = word_set("city town village island capital port resort")
_GATHERING = word_set("bring brings bringing brought get gets getting got come comes coming came")
_GATHERED = word_set("brought got came")  # past: for a meeting not held, an earlier one
_TOGETHER_REACH = 16
_GATHER_REACH = 8


def _brought_together(place: str, ctx: Context) -> bool:
    """ "Turkey brought the Russian and Ukrainian foreign ministers together in Antalya",
    "... together on Thursday, for the first time since the war began, in the resort city of
    Antalya": "together" after a verb of gathering (within eight words), then "in" / "at" and
    the place within sixteen words, no other place after "in" / "at" between; for a meeting
    not held, a verb to come ("will bring them together in Geneva"), not a past one ("who were
    brought together in Antalya in March"), and no earlier marker between."""
    status = getattr(ctx.fact, "status", None)
    held = str(getattr(status, "value", status)) == "held"
    for tokens, at, before in _placed_at(place, ctx):
        for index in range(before - 1, max(before - 1 - _TOGETHER_REACH, -1), -1):
            if tokens[index].norm != "together":
                continue
            verbs = _GATHERING if held else _GATHERING - _GATHERED
            gathered = any(t.norm in verbs for t in tokens[max(index - _GATHER_REACH, 0) : index])
            between = tokens[index + 1 : before]
            if (
                gathered
                and not _placed_between(between)
                and (held or _EARLIER.isdisjoint(t.norm for t in tokens[index:at]))
            ):
                return True
            break
    return False


def _placed_between(tokens: Sequence[Token]) -> bool:
    """A capitalised place after "in" / "at" among the tokens (another place between)."""
    return any(
        tokens[i].norm in _AT and tokens[i + 1].capitalised and tokens[i + 1].norm not in _CALENDAR
        for i in range(len(tokens) - 1)
    )


def _together(tokens: Sequence[Token], at: int, ctx: Context) -> bool:
    """The scene's sentence is of the fact's parties together: it names two of them or more,
    or one with a word of company ("with", "both", "two", "pair", "leaders"), or none and no
    one else either ("A handshake at the White House"); not one party alone ("Pashinyan
    shook hands with well-wishers at the airport in Yerevan" is no meeting) nor others
    ("Macron and Scholz shook hands in Paris")."""
    parties = [str(p) for p in getattr(ctx.fact, "parties", None) or []]
    named = [p for p in parties if find_named(p, tokens, ctx.article.text)]
    words = {t.norm for t in tokens}
    if len(named) >= 2 or (named and not _COMPANY.isdisjoint(words) and not _CROWDS & words):
        return True
    if named:
        return False
    return not any(
        t.capitalised and index and t.norm not in _SCENES and index < at
        for index, t in enumerate(tokens)
    )


_COMPANY = word_set("with both two pair leaders together")
_CROWDS = word_set("supporters crowds wishers reporters officials soldiers troops staff")


def _next_time(place: str, ctx: Context) -> bool:
    """ "Next time in Moscow": "next time" (a comma allowed) right before "in" / "at" and the
    place, for a meeting not held, with no refusal in the evidence."""
    status = getattr(ctx.fact, "status", None)
    if str(getattr(status, "value", status)) == "held":
        return False
    if any(t.norm in _REFUSING for tokens in ctx.sentence_tokens() for t in tokens):
        return False
    text = ctx.article.text
    return any(
        before >= 2
        and tokens[before - 1].norm == "time"
        and tokens[before - 2].norm == "next"
        and not _asked(tokens, at + len(tokenize(place)) - 1, text)
        for tokens, at, before in _placed_at(place, ctx)
    )


def _asked(tokens: Sequence[Token], last: int, text: str) -> bool:
    """A question mark right after the place ("Next time in Moscow?"): asked, not arranged."""
    if last >= len(tokens):
        return False
    following = tokens[last + 1].start if last + 1 < len(tokens) else len(text)
    return "?" in text[tokens[last].end : min(following, tokens[last].end + 3)]


_AS_HOST = word_set("host hosts venue")
_TO_MEET = word_set("meet meeting summit talks gather convene reconvene")
_PAST = word_set("met held hosted last previous earlier ago")


def _as_host(place: str, ctx: Context) -> bool:
    """ "The leaders agreed to meet again next year, with Mexico as host": "with" the place
    "as host", "as (the) venue" or "hosting" after a meeting to come in the sentence, no word of
    proposing before it (:func:`proposed_venues.arranged`) and no past marker."""
    status = getattr(ctx.fact, "status", None)
    if str(getattr(status, "value", status)) == "held":
        return False  # the place of the meeting to come, not of the one held
    for tokens, at in _mentions(place, ctx):
        after = [t.norm for t in tokens[at + len(tokenize(place)) : at + len(tokenize(place)) + 3]]
        hosting = after[:1] == ["hosting"]  # "..., with Malaysia hosting"
        if not hosting and (after[:1] != ["as"] or _AS_HOST.isdisjoint(after[1:])):
            continue
        words = {t.norm for t in tokens[:at]}
        if arranged(tokens, at) and not _TO_MEET.isdisjoint(words) and _PAST.isdisjoint(words):
            return True
    return False


def dateline_place(article: ArticleText) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """The norms of the place the story's dateline names (a run of words in capitals opening
    one of its first sentences, then a comma, a bracket, a colon or a dash: "DA NANG, Vietnam (AP)
    -", "TIANJIN: Prime Minister ..."),
    and the norms of the whole head before its dash ("da", "nang", "vietnam", "ap")."""
    memo_key = "dateline place"
    if memo_key in article.memo:
        known: tuple[tuple[str, ...], frozenset[str]] | None = article.memo[memo_key]
        return known
    found: tuple[tuple[str, ...], frozenset[str]] | None = None
    for index in range(min(len(article.sentences), 4)):
        tokens = article.sentence_tokens(index)
        run = 0
        while run < len(tokens) and run < 4 and tokens[run].text.isupper():
            run += 1
        if not run or run >= len(tokens) or len(tokens[0].text) < 2:
            continue
        gap = article.text[tokens[run - 1].end : tokens[run].start]
        if "," in gap or "(" in gap or ":" in gap or any(dash in gap for dash in _DASHES):
            head = run
            while head < min(len(tokens), run + 6) and not any(
                dash in article.text[tokens[head - 1].end : tokens[head].start] for dash in _DASHES
            ):
                head += 1
            found = (tuple(t.norm for t in tokens[:run]), frozenset(t.norm for t in tokens[:head]))
            break
    article.memo[memo_key] = found
    return found


def here_dateline(place: str, ctx: Context) -> bool:
    """The evidence says "here" (see the module) and the place is the dateline's."""
    dateline = dateline_place(ctx.article)
    if dateline is None or tuple(norms(tokenize(place))) != dateline[0]:
        return False
    here = False
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        if _elsewhere(tokens, dateline[1]):
            return False
        for i in range(len(tokens)):
            if not _narrative_here(tokens, i, ctx.article):
                continue
            if not _EARLIER.isdisjoint(t.norm for t in tokens[max(i - 8, 0) : i + 4]):
                return False  # "who first met here in 2017": an earlier occasion's place
            here = True  # not "met here on Sunday, the first such meeting since 2018"
    return here


def _narrative_here(tokens: Sequence[Token], index: int, article: ArticleText) -> bool:
    token = tokens[index]
    if token.norm != "here" or article.in_quotes(token.start):
        return False
    following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    previous = tokens[index - 1].norm if index else ""
    if following in _SAYING_AFTER:
        return False  # "officials here said": the sources' place
    return following not in _NOT_HERE and previous != "from" and previous not in _SAID_HERE


def _elsewhere(tokens: Sequence[Token], own: frozenset[str]) -> bool:
    """A capitalised place after "in", "at" or "near", or hit ("drones hit Lviv"), that is
    not the dateline's (nor a month or a day: "in April")."""
    return any(
        (tokens[index - 1].norm in _PLACE_WORDS or tokens[index - 1].norm in _HIT_WORDS)
        and tokens[index].capitalised
        and tokens[index].norm not in own
        and tokens[index].norm not in _CALENDAR
        and not tokens[index].is_number
        for index in range(1, len(tokens))
    )


__all__ = ["dateline_place", "here_dateline", "here_site", "scene_place"]
