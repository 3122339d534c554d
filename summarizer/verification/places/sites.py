"""Two small support kinds for values the number and place rules do not read:

- ``site``: where something happened (an event's place). The place itself (its first comma
  part, without a leading article: "the north" is "north") stands as whole words in the
  sentences of the fact's own evidence, and its other parts ("Kharkiv region, Ukraine") in the
  article. Unlike a meeting's ``place`` there is no governing word to find: a strike "in
  Kyiv", "hit Kyiv", "Kyiv's power grid" all say where it was. A vote or talks are about
  something, though: a place only in what they are about ("passed a resolution calling for a
  cease-fire in Gaza", "talks on the war in Ukraine") is not where they were held.
- ``ordinal``: a numbered thing's number (the EU's "19th package"): the value as an ordinal
  ("19th", "nineteenth", "twenty-first") or as "No. 19" / "package 19", within ``WINDOW``
  words of one of the field's cue words, with no other ordinal between them. A cardinal of the
  same value ("19 packages") does not support it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.countries import PARTIES
from ..acts.summit_roles import framed, person_before
from ..context import Context, Result, fact_kind, no_evidence
from ..events.status_calls import HEARERS, SAYING
from ..events.status_cues import PERIODS
from ..occasions.site_lines import dateline_only
from ..page.tokens import (
    ORDINAL_SUFFIXES,
    SINGULAR_POSSESSIVES,
    Token,
    clause_gap,
    tokenize,
    word_set,
)
from ..people.names import find_named, find_phrase, norms
from ..people.party_names import named_at, party_of
from .ordinal_appositions import in_apposition as apposed
from .peoples_subjects import peoples_met
from .place_topics import ABOUT_KINDS, subject_matter
from .replaced_places import place_reading

WINDOW = 6
"""Most words between an ordinal and its cue ("the 19th sanctions package against Russia")."""

_UNITS = """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"""
ORDINAL_WORDS = {word: index + 1 for index, word in enumerate(_UNITS.split())} | {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_NUMBER_WORDS = frozenset({"no", "number", "nr"})


def _integer(token: Token) -> int | None:
    digits = token.text.replace(",", "")
    return int(digits) if token.is_number and digits.isdigit() else None


def ordinals_in(tokens: Sequence[Token], cues: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """(token index, value) of each ordinal: "19th", "nineteenth", "twenty-first", "No. 19",
    and a number right after a cue word ("package 19")."""
    for index, token in enumerate(tokens):
        value = _integer(token)
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if value is not None:
            suffixed = (
                following is not None and following.attached and following.norm in ORDINAL_SUFFIXES
            )
            before = tokens[index - 1].norm if index else ""
            if suffixed and _modifies(tokens, index + 2, cues):
                continue  # "a 19th-century law"
            if suffixed or (before and (before in _NUMBER_WORDS or before.startswith(cues))):
                yield index, value
            continue
        word = ORDINAL_WORDS.get(token.norm)
        if word is None or _modifies(tokens, index + 1, cues):
            continue
        previous = tokens[index - 1] if index else None
        if previous is not None and token.joined and previous.norm in _TENS and word < 10:
            yield index - 1, _TENS[previous.norm] + word
        else:
            yield index, word


def _modifies(tokens: Sequence[Token], after: int, cues: tuple[str, ...]) -> bool:
    """An ordinal hyphen-joined to a word other than a cue modifies that word ("19th-century",
    "first-ever" is still first of the cue word when it is one)."""
    if after >= len(tokens) or not tokens[after].joined:
        return False
    return not tokens[after].norm.startswith(cues)


_LIST_WORDS = frozenset({"and", "or", "th", "st", "nd", "rd"})
# Words that may stand between an ordinal and its cue ("the 19th sanctions package", "the
# bloc's 20th round of penalties" has none): what the package is of, and by whom.
_BETWEEN = word_set(
    """sanctions sanction eu european union bloc russia russian restrictive new latest proposed
    planned major penalty penalties economic"""
)


def _names_cue(tokens: Sequence[Token], index: int, cues: tuple[str, ...]) -> bool:
    """The ordinal at ``index`` numbers a cue word: the cue follows it with only modifiers or
    listed ordinals between, within ``WINDOW`` words ("the 17th and 18th EU packages"), or
    precedes it a space apart ("package 19", "package No. 19"; not "package (80 listings)").
    An ordinal before another noun numbers that ("the 3rd phase of the 19th package")."""
    for after in range(index + 1, min(index + 1 + WINDOW, len(tokens))):
        token = tokens[after]
        if token.norm.startswith(cues):
            return True
        listed = token.is_number or token.norm in _LIST_WORDS or token.norm in ORDINAL_WORDS
        if not (listed or token.norm in _BETWEEN or token.capitalised):
            break
    before = index - 1
    while before >= 0 and tokens[before].norm in {"no", "number", "nr"}:
        before -= 1
    cue = before >= 0 and tokens[before].norm.startswith(cues)
    return cue and tokens[before + 1].start - tokens[before].end < 2  # not "package (80 ..."


def support_ordinal(value: Any, rule: Supported, ctx: Context) -> Result:
    raw = getattr(value, "value", value)
    if isinstance(raw, bool) or not isinstance(raw, int):
        return False, f"{value!r} is not a whole number"
    if not ctx.sentences:
        return no_evidence(ctx)
    seen, text = False, ctx.article.text
    for tokens in ctx.sentence_tokens():
        found = list(ordinals_in(tokens, rule.cues))
        for index, number in found:
            if number != raw:
                continue
            seen = True
            if _names_cue(tokens, index, rule.cues) or apposed(tokens, index, rule.cues, text):
                return True, ""
    if seen:
        return False, f"{raw} is in its evidence, but not as the number of a {rule.cues[0]}"
    return False, f"{raw} is not stated in its evidence as an ordinal ({raw}th, No. {raw})"


def without_article(place: str) -> str:
    """The place without a leading article ("the White House" is "White House")."""
    words = place.split(maxsplit=1)
    return words[1] if len(words) == 2 and words[0].lower() in {"the", "a", "an"} else place


def support_site(value: Any, rule: Supported, ctx: Context) -> Result:
    if not ctx.sentences:
        return no_evidence(ctx)
    parts = [part.strip() for part in str(value).split(",") if part.strip()]
    if not parts or not without_article(parts[0]):
        return False, "empty place"
    place = without_article(parts[0])
    for extra in parts[1:]:
        if not ctx.article.phrase_spans(tuple(norms(tokenize(extra)))):
            return False, f"{extra!r} is not in the article"
    if (read := place_reading(place, ctx, meeting=False)) is not None:
        return read
    kind = fact_kind(ctx)
    named = dated = False
    size = len(tokenize(place))
    sentences = list(ctx.sentence_tokens())
    for tokens in sentences:
        for start in find_phrase(place, tokens):
            named = True
            about = kind in ABOUT_KINDS and subject_matter(tokens, start, size, ctx.article.text)
            others = [other for other in sentences if other is not tokens]
            dated = not about and dateline_only(tokens, start, size, ctx.article.text, others)
            if not about and not dated:
                return True, ""
    if named:
        what = "the story's dateline" if dated else f"what the {kind} is about"
        return False, f"{place!r} is in its evidence only as {what}"
    return False, f"{place!r} is not stated in its evidence"


# Plural nouns for a meeting's parties together: "South American heads of state will meet at
# ...", "a summit of the bloc's foreign ministers in ...".
_GROUPS = word_set(
    """leaders heads presidents ministers premiers chancellors delegations delegates envoys
    negotiators counterparts monarchs chiefs"""
)
_OFFICIALS = word_set("officials teams sides commanders")
_GROUP_OPENERS = word_set("of between among with")


_THEM = word_set("their they them both two")


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    return text[tokens[index - 1].end : tokens[index].start]


def about_parties(tokens: Sequence[Token], meeting: int, parties: Sequence[str], text: str) -> bool:
    """The sentence names one of the meeting's parties, refers to them ("their summit", "the
    two leaders") or names them as a group (:func:`_group_meets`): a place in a sentence
    about other people's meeting does not count (for :func:`rules.support_place`)."""
    if not parties:
        return True
    if any(t.norm in _THEM for t in tokens):
        return True
    if any(find_named(str(party), tokens) for party in parties):
        return True
    if peoples_met(tokens, meeting, parties):
        return True  # "The Thai and Cambodian leaders met in ..." for Thailand and Cambodia
    return _group_meets(tokens, meeting, parties, text) or _the_talks(
        tokens, meeting, parties, text
    )


# A meeting named by its noun alone ("The talks were held in Addis Ababa"): the one the
# evidence is about, unless the noun says whose ("the talks between A and B") or others are
# named before it ("Russia and Ukraine ended the talks in Istanbul").
_TALKS = word_set("talks negotiations meeting summit conference gathering")
_WHOSE = word_set("between of with among")
_DEFINITE = word_set("the these this")
_NEGATIONS = word_set("not never no n't nor neither")
_ASIDE_OPENERS = word_set("which who that where")
_SUPERSEDED = word_set("meant supposed originally initially")
_NOT_AGO = word_set("will would is are to")
_TRAVEL = word_set("way route bound heading headed travelling traveling flying")


def _definite_talks(tokens: Sequence[Token], end: int, begin: int = 1) -> int | None:
    """The first "the talks" / "the two-day talks" from ``begin`` to before ``end`` not
    followed by whose."""
    for index in range(begin, min(end, len(tokens))):
        if tokens[index].norm not in _TALKS:
            continue
        back = index - 1
        while back > 0 and index - back <= 3 and not tokens[back].capitalised:
            if tokens[back].norm in _DEFINITE:
                break
            back -= 1  # "the two-day talks", "the long-awaited talks"
        plain = tokens[back].norm in _DEFINITE
        following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        if plain and following not in _WHOSE:
            return index
    return None


def _the_talks(tokens: Sequence[Token], meeting: int, parties: Sequence[str], text: str) -> bool:
    """The definite meeting noun opens the clause that holds the place's meeting word, with
    no negation in that clause ("The summit will not be in Vienna") and no one else named
    before it."""
    clause = meeting
    while clause > 0 and not clause_gap(tokens, clause - 1, text):
        clause -= 1
    end = meeting
    while end + 1 < len(tokens) and not clause_gap(tokens, end, text):
        end += 1
    # in the clause: not "The summit was planned for Budapest, but the Alaska meeting ..."
    talks = _definite_talks(tokens, meeting + 1, max(clause, 1))
    if talks is None:
        talks = _cleft(tokens, meeting)
    if talks is None and clause > 1 and _definite_talks(tokens, clause, clause - 1) is not None:
        talks = clause - 1  # "The negotiations, held behind closed doors in Djibouti, ended"
    words = {t.norm for t in tokens[clause : end + 1]}
    if talks is None or not (_NEGATIONS.isdisjoint(words) and _SUPERSEDED.isdisjoint(words)):
        return False  # "will not be in Vienna", "which were meant to be held in Nairobi"
    own = {party_of(str(party)) for party in parties}
    if framed(tokens, talks):
        return True  # "China made trade a theme of the gathering in Hangzhou": its host
    for index in range(talks):
        if not tokens[index].capitalised or tokens[index - 1].norm in {"in", "at"}:
            continue  # "It was in Doha that the talks ...": the venue
        following = next((t for t in tokens[index + 1 : talks] if not t.capitalised), None)
        if following is not None and following.norm in SAYING:
            continue  # the speaker: "The White House said last week the meeting in ..."
        hit = named_at(tokens, index)
        if hit is not None and hit[0] not in own:
            return False  # another party's talks
        if person_before(tokens, index, talks):
            return False  # a person's name: "Lavrov and Wang Yi", "Erdogan and Putin" ended ...
    return True


def _cleft(tokens: Sequence[Token], place: int) -> int | None:
    """ "It was in Arusha that the talks took place": the talks right after the place and a
    "that" / "where" (not "Officials in Vienna said the summit ...")."""
    index = place
    while index < len(tokens) and tokens[index].capitalised:
        index += 1
    if index + 1 >= len(tokens) or tokens[index].norm not in {"that", "where"}:
        return None
    return _definite_talks(tokens, index + 4, index + 2)


def far_meeting(tokens: Sequence[Token], start: int, text: str) -> int | None:
    """A meeting word beyond the place's usual reach, in its clause: the subject "The talks"
    of a long sentence ("The talks leading to the deal started on Thursday running through
    Friday into ... Saturday morning in Addis Ababa"), or a journey's destination ("leaders
    are on their way to Papua New Guinea", "en route to", "bound for"), read by
    :func:`about_parties` as the parties' only when they travel."""
    if start and tokens[start - 1].norm == "from":
        return None  # "was moved from Budapest to Vienna": where it no longer is
    if start >= 2 and tokens[start - 1].norm in {"to", "for"}:
        word = tokens[start - 2].norm
        if word in _TRAVEL and _travellers(tokens, start - 2, text):
            return start - 2
    for index in range(start - 1, 0, -1):
        if clause_gap(tokens, index - 1, text):
            return _before_aside(tokens, index, text)
        talks = _definite_talks(tokens, index + 1)
        if talks is not None and talks == index:
            return index
    return None


def _before_aside(tokens: Sequence[Token], closing: int, text: str) -> int | None:
    """ "The negotiations, which opened on Monday, ended in Addis Ababa": over an aside
    closed by a comma at ``closing`` (not from inside it: "The talks, which ended in Geneva,
    will resume in Oslo" keeps Geneva out), the definite meeting noun it follows."""
    if tokens[closing].norm in _ASIDE_OPENERS or "," not in _gap(tokens, closing, text):
        return None
    for index in range(closing - 2, max(closing - 12, 1), -1):
        if "," in _gap(tokens, index, text):
            return _definite_talks(tokens, index, index - 1)  # the noun before the aside
    return None


def _travellers(tokens: Sequence[Token], travel: int, text: str) -> bool:
    """Those travelling, in the clause before the travel word, are a group noun ("Many
    leaders are ... on their way to") or named ("Trump is heading to"), not "Refugees on
    their way to Italy"."""
    crossed = False
    for index in range(travel - 1, -1, -1):
        if tokens[index].norm in _GROUPS or (index and tokens[index].capitalised):
            return True
        if index and clause_gap(tokens, index - 1, text):
            if crossed:
                return False
            crossed = True  # "Island leaders, many of them already en route to"
    return False


def dated_before(tokens: Sequence[Token], place: int) -> bool:
    """A time phrase right after the place (and the rest of its name) that puts the meeting
    in the past: "The summit in Washington last month ended", "the talks in Oslo two years
    ago"."""
    index = place
    while index < len(tokens) and index - place < 5 and tokens[index].capitalised:
        index += 1
    words = [t.norm for t in tokens[index : index + 4]]
    if words[:1] == ["last"] and words[1:2] and words[1] in PERIODS:
        return True
    return "ago" in words and words.index("ago") <= 3 and words[0] not in _NOT_AGO


def dates_saying(tokens: Sequence[Token], index: int) -> bool:
    """A time word right after a speech verb ("Psaki said last month the summit in
    Washington was ...", "told reporters last week"): it dates the saying, not the
    meeting."""
    if index + 1 < len(tokens) and tokens[index + 1].text.endswith(SINGULAR_POSSESSIVES):
        return False  # "said last month's summit in Washington had": the meeting's time
    if index > 1 and tokens[index - 1].norm in HEARERS:
        index -= 1
    return index > 0 and tokens[index - 1].norm in SAYING


def _group_meets(tokens: Sequence[Token], meeting: int, parties: Sequence[str], text: str) -> bool:
    """The meeting's parties named only as a group noun: the subject of the meeting word (in
    the eight words before it, same clause: "South American heads of state will meet at the
    Itamaraty Palace") or after its "of"/"between" ("a summit of EU leaders in Brussels").
    A group qualified by a country that is none of the fact's ("Russian and Chinese leaders
    will meet at ...", for a meeting of Argentina and Chile) is another meeting's; a bloc's
    ("EU leaders", "African Union leaders") may hold the fact's parties."""
    found = None
    for index in range(meeting - 1, max(meeting - 9, -1), -1):
        if tokens[index].norm in _GROUPS:
            found = index
            break
        if clause_gap(tokens, index, text):
            break
    if found is None and meeting + 1 < len(tokens) and tokens[meeting + 1].norm in _GROUP_OPENERS:
        for index in range(meeting + 2, min(meeting + 7, len(tokens))):
            if tokens[index].norm in _GROUPS:
                found = index
                break
    if found is None:
        return False
    own = {party_of(party) for party in parties}
    for index in range(max(found - 5, 0), found):
        hit = named_at(tokens, index) if tokens[index].capitalised else None
        longer = index and tokens[index - 1].capitalised and _gap(tokens, index, text) == " "
        country = hit is not None and bool(PARTIES[hit[0]][1])  # a people's word: no bloc
        if hit is not None and country and hit[0] not in own and not longer:
            return False  # "Russian and Chinese leaders"; not "EU leaders", "South American"
    return True


__all__ = [
    "ORDINAL_WORDS",
    "about_parties",
    "dated_before",
    "dates_saying",
    "far_meeting",
    "ordinals_in",
    "support_ordinal",
    "support_site",
    "without_article",
]
