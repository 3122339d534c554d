"""An event's site written in its evidence as "the" and the venue's own head noun, the venue
named in full earlier in the article (an outside check, session 63, pl63).

News names a venue once and then calls it by its kind: "Zali was four months old when she
died at Zurich Zoo. ... Since 2020, nine elephants have died at the zoo"; "The King joined
senior royals at Westminster Cathedral. ... Her coffin reached the cathedral on Monday
evening"; "den at Chester Zoo, keepers say. Shala, the zoo's resident female, gave birth".
The evidence holds only "the zoo", so the value was "not stated". A reader takes "the zoo" for
the zoo named last before it.

Read for a value of at least two words whose last one is a venue noun (:data:`_VENUES`:
"Zoo", "Cathedral", "Stadium", "Museum", ...), when an evidence sentence writes "the" and that
noun in lower case, singular (its possessive too: "the zoo's"), not followed by "of", by a
name, or by a place after "in", "at", "near" ("the zoo in Basel" is another one); every name
ending in that noun the article writes before it (capitalised words running into the
capitalised noun: "Zurich Zoo") is the value, word for word; and the last use of the noun
before it, bar a bare "the zoo", is that name.

What stays refused: another venue of the same kind named before the anaphor at all ("moved
to the zoo from Tallis Zoo ... at the zoo": which one is not sure); the noun used of some
other one between the name and "the zoo" ("Berlin's zoo", "a zoo in Basel", "the city zoo",
"zoo keepers" break the chain); a value named only after the anaphor; an evidence sentence
that places its event elsewhere after "in", "at", "near", "into", "inside" or "to" (a
capitalised name not of the value: "the stadium's owners will move the final to Corvel"),
save inside a participle's aside between commas ("Her coffin, draped in the Royal Standard,
reached the cathedral"); and a value with no venue noun (a bare city or a country, read by
:mod:`epithet_places`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set

_VENUES = word_set(
    """zoo cathedral church abbey chapel mosque temple synagogue museum gallery stadium arena
    palace prison jail hospital airport theatre theater aquarium racecourse circuit velodrome
    ballpark coliseum colosseum basilica castle fort hotel courthouse library observatory"""
)
_PLACING = word_set("in at near into inside")
# Words placing the sentence's event: the ones above and "to" ("moved the final to Corvel").
_ELSEWHERE = _PLACING | word_set("to")
# Words placing the event at a place brought in by "a"/"an" ("treated the bear at a sanctuary",
# "not staged at the stadium but in a park"): another place than the venue called back.
_NEW_PLACE = _ELSEWHERE | word_set("outside")
_INDEFINITE = word_set("a an")
# Words before "the <noun>" leaving it ("walked out of the hotel", "left the stadium").
_LEAVING = word_set("left leave leaves leaving quit quitting")
# Words after "the <noun>" making it one still to come ("the gallery opening next year").
_TO_COME = word_set("opening being planned proposed due")
_PARTICIPLES = word_set("made built held worn carried led known born run seen shown")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_POSSESSIVES = ("'s", "\u2019s")
_BREAKS = (",", ";", ":", " - ", "\u2013", "\u2014", "(", ")")
_NAMED, _BARE, _OTHER = "named", "bare", "other"


@lru_cache(maxsize=256)
def _value_form(place: str) -> tuple[str, ...]:
    words = tuple(t.norm for t in tokenize(place))
    return words[1:] if words[:1] == ("the",) else words


def _singular(token: Token, head: str) -> bool:
    """``token`` is ``head`` as written, or its possessive ("zoo", "zoo's"), not a plural."""
    text = token.text.lower()
    return text == head or any(text == head + mark for mark in _POSSESSIVES)


def _run_before(tokens: Sequence[Token], at: int, text: str) -> tuple[str, ...]:
    """The capitalised words running into ``tokens[at]`` (same line, a space or a hyphen
    between), "The" dropped: "Westminster Cathedral", "San Diego Zoo"."""
    start = at
    while start > 0:
        gap = text[tokens[start - 1].end : tokens[start].start]
        if gap not in (" ", "-", "") or not tokens[start - 1].capitalised:
            break
        start -= 1
    words = tuple(t.norm for t in tokens[start : at + 1])
    return words[1:] if words[:1] == ("the",) else words


def _mentions(article: ArticleText, head: str) -> list[tuple[int, str, tuple[str, ...]]]:
    """Every singular mention of ``head`` in the article, in order, as (offset, kind, name):
    a name ending in it ("Zurich Zoo"), a bare "the zoo", or any other use ("a zoo", "Berlin's
    zoo", "zoo keepers"). Read once per article and noun."""
    key = ("venue_anaphors", head)
    found = article.memo.get(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    found = []
    if head in article.text.lower():
        text = article.text
        for index in range(len(article.sentences)):
            tokens = article.sentence_tokens(index)
            for at, token in enumerate(tokens):
                if token.norm != head or not _singular(token, head):
                    continue
                name = _run_before(tokens, at, text) if token.capitalised else ()
                if len(name) > 1:
                    found.append((token.start, _NAMED, name))
                elif at and tokens[at - 1].norm == "the" and not _qualified(tokens, at, text):
                    found.append((token.start, _BARE, ()))
                else:
                    found.append((token.start, _OTHER, ()))
    article.memo[key] = found
    return found


def _qualified(tokens: Sequence[Token], at: int, text: str) -> bool:
    """ "the zoo of Basel", "the zoo in Basel", "the zoo Tierpark": a noun given a place or a
    name of its own."""
    if at + 1 >= len(tokens):
        return False
    after = tokens[at + 1]
    named = after.capitalised and text[tokens[at].end : after.start] == " "
    if after.norm == "of" or named:
        return True
    if after.norm in _PLACING:
        rest = tokens[at + 2 : at + 4]
        if rest and rest[0].norm == "the":
            rest = rest[1:]
        return bool(rest) and rest[0].capitalised
    return False


def _asides(tokens: Sequence[Token], text: str) -> set[int]:
    """Indexes of tokens in a participle's aside between two commas ("Her coffin, made of
    willow and draped in the Saltire, reached the cathedral"): what it places is not the
    event."""
    edges = [0] + [i for i in range(1, len(tokens)) if _edge(tokens, i, text)] + [len(tokens)]
    skipped: set[int] = set()
    for start, end in pairwise(edges[1:-1]):
        first = tokens[start]
        comma = "," in text[tokens[start - 1].end : first.start]
        closing = "," in text[tokens[end - 1].end : tokens[end].start]
        participle = first.norm.endswith("ed") or first.norm in _PARTICIPLES
        if comma and closing and not first.capitalised and participle:
            skipped.update(range(start, end))
    return skipped


def _edge(tokens: Sequence[Token], index: int, text: str) -> bool:
    gap = text[tokens[index - 1].end : tokens[index].start]
    return any(mark in gap for mark in _BREAKS)


def _elsewhere(tokens: Sequence[Token], own: tuple[str, ...], text: str) -> bool:
    """A capitalised name not of the value right after a placing word (an article between
    allowed), outside a participle's aside: the sentence puts its event somewhere else."""
    asides = _asides(tokens, text)
    for index, token in enumerate(tokens[:-1]):
        if token.norm not in _ELSEWHERE or index in asides:
            continue
        after = tokens[index + 1]
        if after.norm == "the" and index + 2 < len(tokens):
            after = tokens[index + 2]
        if after.capitalised and after.norm not in own and after.norm not in _CALENDAR:
            return True
    return False


def _away(tokens: Sequence[Token], at: int, text: str) -> bool:
    """The sentence puts its event away from "the <noun>" at ``at``: at a place brought in by
    "a"/"an" after a placing word ("A vet from the zoo treated the bear at a sanctuary"), the
    noun left for a place after it ("walked out of the hotel and rallied outside the council
    offices"), or the noun one still to come ("the gallery opening next year")."""
    if at + 1 < len(tokens) and tokens[at + 1].norm in _TO_COME:
        return True
    asides = _asides(tokens, text)
    placed = [
        i
        for i, t in enumerate(tokens[:-1])
        if t.norm in _NEW_PLACE and i not in asides and i != at - 2
    ]
    if any(tokens[i + 1].norm in _INDEFINITE for i in placed):
        return True
    before = [t.norm for t in tokens[max(0, at - 3) : at - 1]]
    left = bool(before) and (before[-1] in _LEAVING or before[-2:] == ["out", "of"])
    return left and any(i > at for i in placed)


def venue_anaphor(place: str, ctx: Context) -> bool:
    """Whether an evidence sentence writes "the <venue noun>" for ``place`` named last before
    it (see the module)."""
    form = _value_form(place)
    if len(form) < 2 or form[-1] not in _VENUES:
        return False
    head = form[-1]
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        text = ctx.article.text
        anaphors = [
            at
            for at, t in enumerate(tokens)
            if at
            and t.norm == head
            and not t.capitalised
            and _singular(t, head)
            and tokens[at - 1].norm == "the"
            and not _qualified(tokens, at, text)
        ]
        if not anaphors:
            continue
        mentions = _mentions(ctx.article, head)
        for at in anaphors:
            offset = tokens[at].start
            before = [m for m in mentions if m[0] < offset and m[1] != _BARE]
            names = {name for _, kind, name in before if kind == _NAMED}
            if names != {form} or before[-1][1] != _NAMED:
                continue  # another of its kind named before, or spoken of in between
            if not _elsewhere(tokens, form, text) and not _away(tokens, at, text):
                return True
    return False
