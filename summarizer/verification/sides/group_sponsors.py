"""A measure's sponsor named by a group word or a pronoun in a relative clause (session 25,
check 53).

Three shapes the actor rules do not read:
- a group subject of an act verb, "The pair unveiled it on April 1", "the bipartisan measure
  they wrote", "Both senators introduced the bill": the group stands for the names joined by
  "and" (or a list) nearest before it, in its own sentence or one of the two before in the
  same paragraph (a single name between, "Schumer kept his distance", makes no group); each
  of those names sponsors. A name outside that list (a critic named alone, the members of
  another pair named nearer) is not read in, nor is the list when a plural the group may
  stand for is named after it ("lashed out at European governments. They adopted ...",
  "questioned the ministers. The two ministers announced ...": review rvC);
- a list after a colon in the group's own clause ("Four senators wrote the text: A, ...,
  B, plus C and D"), up to a ";";
- a measure noun with a pronoun subject in a relative clause, "the sweeping tariffs he
  unveiled", "the sanctions she announced": the pronoun stands for the one person named
  before it in the same sentence (no other person between), when the page marks that person
  with no other gender, and not when that person is the subject and the sentence before
  names another ("Albanese called the steel tariffs he imposed unjustified").
The verb counts only when its object is the measure ("the bill they wrote", "they unveiled
it"), never "they wrote to the president" or "they unveiled a joint statement".
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, NUMBER_WORDS, WEEKDAYS
from ..acts.sponsor_verb_uses import MEASURE_NOUNS, measure_object, off_measure
from ..context import Context
from ..page.tokens import Token, word_set
from ..people.names import TITLES, find_named
from ..quotes.speech_subjects import BETWEEN
from ..sentences.genders import gender_of
from ..sentences.subjects import gap
from .pair_epithets import PEOPLE_PLURALS

_ACTS = word_set(
    """announced unveiled introduced reintroduced proposed imposed ordered signed sponsored
    cosponsored drafted filed tabled adopted extended renewed slapped rolled levied issued
    authored crafted penned wrote cowrote"""
)
_MEASURES = word_set(
    """bill bills measure measures act legislation amendment resolution proposal package
    sanctions tariffs tariff duties duty levy levies restrictions penalties curbs it text"""
) | (MEASURE_NOUNS - word_set("them this these those"))
_GROUPS = word_set("pair duo trio two three both")
_PEOPLE = word_set(
    """senators lawmakers men women leaders ministers members colleagues sponsors mps meps
    congressmen congresswomen representatives politicians"""
)
_ADVERBS = BETWEEN | word_set("jointly first originally together later formally quietly")
_ONE = word_set("he she")
_CALENDAR = frozenset((*MONTHS, *WEEKDAYS))
_THING_LEADS = word_set("the a an of on in at to from for by with its their this that")
_REACH = 2  # sentences before the group word's own
# Plural nouns a group word may stand for instead of the named list (review rvC: "Cruz and
# Lee lashed out at European governments. They adopted the package"); not "colleagues" or
# "reporters", the named people's own peers and audience.
_REFERENTS = (PEOPLE_PLURALS - word_set("pair duo")) | word_set(
    """governments countries nations states capitals allies partners republicans democrats
    conservatives tories members regulators authorities agencies ministries majors banks
    companies firms critics opponents rivals administrations parliaments lawmakers"""
)


def _group_end(tokens: Sequence[Token], at: int) -> int | None:
    """The last index of a group subject opening at ``at`` ("they", "the pair", "the two
    senators", "both men"), or None."""
    word = tokens[at].norm
    if word == "they":
        return at
    start = at + 1 if word == "the" else at
    if start >= len(tokens):
        return None
    counted = tokens[start].is_number or tokens[start].norm in NUMBER_WORDS
    if tokens[start].norm not in _GROUPS and not counted:
        return None
    people = start + 1 < len(tokens) and tokens[start + 1].norm in _PEOPLE
    if word != "the" and tokens[start].norm != "both" and not (counted and people):
        return None  # "Four senators", not "four of them"
    return start + 1 if people else start


def _acts(tokens: Sequence[Token], end: int, text: str) -> bool:
    """An act verb after the subject ending at ``end`` (adverbs between) whose object is the
    measure: a measure noun or "it" after it (:func:`measure_object`), or a measure noun
    before the group word ("the measure they wrote"); not "they unveiled a joint statement",
    "they wrote to the president"."""
    verb = end + 1
    while verb < len(tokens) and tokens[verb].norm in _ADVERBS:
        verb += 1
    if verb >= len(tokens) or tokens[verb].norm not in _ACTS or off_measure(tokens, verb, text):
        return False  # "The pair renewed calls for ..." (sponsor_verb_uses)
    return measure_object(tokens, verb, text) or (end > 0 and _measure_before(tokens, end))


def _measure_before(tokens: Sequence[Token], end: int) -> bool:
    """ "the measure they wrote": a measure noun right before the group word."""
    at = end - 1
    while at > 0 and tokens[at].norm in ("the", "that", "which"):
        at -= 1
    return tokens[at].norm in _MEASURES


def _named(token: Token, index: int) -> bool:
    """A capitalised word that may name someone (not the sentence's first, a title, a day)."""
    return (
        token.capitalised
        and index > 0
        and token.norm not in TITLES
        and token.norm not in _CALENDAR
        and token.norm not in _GROUPS
    )


def _person_between(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """A name that may be a person's in ``start..stop-1``: a capitalised run not opened by a
    determiner or preposition ("the Sanctioning Russia Act", "in Brussels" are not)."""
    for i in range(start, stop):
        if not _named(tokens[i], i) or (i > start and tokens[i - 1].capitalised):
            continue
        if tokens[i - 1].norm not in _THING_LEADS:
            return True
    return False


def _joined(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int] | None:
    """The span of a list of names ("A and B", "A, B and C") that holds the name at
    ``first..last``, or None when that name stands alone."""
    start, end = first, last
    while start > 1 and (
        (tokens[start - 1].norm == "and" and _named(tokens[start - 2], start - 2))
        or _named(tokens[start - 1], start - 1)
        or tokens[start - 1].norm in TITLES
    ):
        start -= 1
    while end + 2 < len(tokens) and (
        (tokens[end + 1].norm == "and" and _named(tokens[end + 2], end + 2))
        or _named(tokens[end + 1], end + 1)
        or tokens[end + 1].norm in TITLES
    ):
        end += 1
    has_and = any(tokens[i].norm == "and" for i in range(start, end + 1))
    return (start, end) if has_and else None


def _nearest_and(tokens: Sequence[Token], stop: int) -> int | None:
    """The last "and" before ``stop`` that joins two names ("Graham and Blumenthal")."""
    for at in range(min(stop, len(tokens) - 1) - 1, 0, -1):
        if (
            tokens[at].norm == "and"
            and _named(tokens[at - 1], at - 1)
            and _named(tokens[at + 1], at + 1)
        ):
            return at
    return None


def _group_holds(ctx: Context, index: int, at: int, part: str) -> bool:
    """Whether the list of names nearest before ``at`` in sentence ``index`` (or the two
    before it, same paragraph) holds ``part``; a single name between does not make a group."""
    article, text = ctx.article, ctx.article.text
    paragraph = article.paragraph_at(article.sentences[index][0])
    for back in range(index, max(index - _REACH - 1, -1), -1):
        if article.paragraph_at(article.sentences[back][0]) != paragraph:
            return False
        tokens = article.sentence_tokens(back)
        stop = at if back == index else len(tokens)
        joining = _nearest_and(tokens, stop)
        if joining is None:
            continue
        for first, last in find_named(part, tokens[:stop], text):
            span = _joined(tokens, first, last)
            if span is not None and span[0] <= joining <= span[1]:
                return not _other_referent(ctx, (back, span[1]), (index, at))
        return False  # the nearest list is of others
    return False


def _past_appositive(ctx: Context, tokens: Sequence[Token], end: int) -> int:
    """The index after the list ending at ``end`` and its appositive, if one follows
    ("Warner and Rubio, the panel's leaders, said": "leaders" is the list itself)."""
    text = ctx.article.text
    if end + 1 >= len(tokens) or "," not in gap(text, tokens[end], tokens[end + 1]):
        return end + 1
    for index in range(end + 2, min(end + 8, len(tokens))):
        if "," in gap(text, tokens[index - 1], tokens[index]):
            return index
    return end + 1


def _other_referent(ctx: Context, after: tuple[int, int], group: tuple[int, int]) -> bool:
    """Whether a plural noun the group word at ``group`` (sentence, token) may stand for
    stands between it and the list ending at ``after``: "They" after "lashed out at European
    governments", "The two ministers" after "questioned the ministers" (review rvC)."""
    tokens = ctx.article.sentence_tokens(group[0])
    end = group[1]
    while end + 1 < len(tokens) and tokens[end + 1].norm in _GROUPS | _PEOPLE:
        end += 1
    head = tokens[end].norm if tokens[end].norm in _PEOPLE else ""
    nouns = _REFERENTS if tokens[group[1]].norm == "they" else frozenset({head} - {""})
    for index in range(after[0], group[0] + 1):
        words = ctx.article.sentence_tokens(index)
        start = _past_appositive(ctx, words, after[1]) if index == after[0] else 0
        stop = group[1] if index == group[0] else len(words)
        if any(words[i].norm in nouns for i in range(start, stop)):
            return True
    return False


def _one_holds(ctx: Context, index: int, at: int, part: str) -> bool:
    """ "the tariffs he unveiled": ``part`` is the one person named before ``at`` in the
    sentence, and the page marks them with no other gender. When ``part`` is the subject
    ("Albanese called the steel tariffs he imposed unjustified") and the sentence before
    names another person, the pronoun may be theirs: not read (review rvC)."""
    tokens, text = ctx.article.sentence_tokens(index), ctx.article.text
    if not (at > 0 and tokens[at - 1].norm in _MEASURES and _acts(tokens, at, text)):
        return False
    if gender_of(ctx.article, [part]) not in (None, tokens[at].norm):
        return False
    for first, last in find_named(part, tokens[:at], text):
        if _person_between(tokens, 0, first) or _person_between(tokens, last + 1, at):
            continue
        subject = last + 1 < at and not tokens[last + 1].capitalised
        subject = subject and tokens[last + 1].norm not in ("and", "of", "s")
        return not (subject and _other_before(ctx, index, part))
    return False


def _other_before(ctx: Context, index: int, part: str) -> bool:
    """Whether the sentence before ``index`` names a person other than ``part`` by a full
    name acting ("Donald Trump spoke from the Rose Garden"): two capitalised words (not a
    dateline's capitals, not after a title or preposition) and a lowercase word right after."""
    if index == 0:
        return False
    tokens, text = ctx.article.sentence_tokens(index - 1), ctx.article.text
    own = {i for first, last in find_named(part, tokens, text) for i in range(first, last + 1)}
    for i in range(len(tokens) - 2):
        one, two, verb = tokens[i], tokens[i + 1], tokens[i + 2]
        if i in own or i + 1 in own or not (one.capitalised and two.capitalised):
            continue
        if one.text.isupper() or two.text.isupper() or verb.capitalised:
            continue
        if one.norm in TITLES or one.norm in _THING_LEADS or one.norm in _CALENDAR:
            continue
        if i > 0 and (tokens[i - 1].capitalised or tokens[i - 1].norm in _THING_LEADS):
            continue
        if gap(text, two, verb).strip() == "" and gap(text, one, two).strip() == "":
            return True
    return False


def group_acted(ctx: Context, part: str) -> bool:
    """Whether an evidence sentence makes ``part`` a sponsor through a group word or a
    relative clause's pronoun (see the module)."""
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        for at, token in enumerate(tokens):
            if token.norm in _ONE:
                if _one_holds(ctx, index, at, part):
                    return True
                continue
            end = _group_end(tokens, at)
            if end is None or not _acts(tokens, end, ctx.article.text):
                continue
            if _group_holds(ctx, index, at, part) or _listed_after(ctx, tokens, end, part):
                return True
    return False


def _listed_after(ctx: Context, tokens: Sequence[Token], end: int, part: str) -> bool:
    """ "Four senators wrote the text: A, ..., B, plus C and D": ``part`` named after a colon
    in the group's own clause, before any ";"."""
    text = ctx.article.text
    colon = next(
        (i for i in range(end + 1, len(tokens)) if ":" in gap(text, tokens[i - 1], tokens[i])), None
    )
    if colon is None or any(
        ";" in gap(text, tokens[i - 1], tokens[i]) for i in range(end + 1, colon)
    ):
        return False
    return any(
        first >= colon
        and not any(";" in gap(text, tokens[i - 1], tokens[i]) for i in range(colon + 1, first + 1))
        for first, _ in find_named(part, tokens, text)
    )
