"""The fast paths of grounding's reading (issue #9, speed) against the plain versions they
replaced: the same tokens, the same word next to a passage, the same sentences under a span."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarizer.verification.page.article import ArticleText
from summarizer.verification.page.glue import name_glues
from summarizer.verification.page.locator import _word_after, _word_before
from summarizer.verification.page.tokens import (
    _HYPHENS,
    _TOKEN,
    COMPOUNDS,
    Token,
    _norm,
    tokenize_uncached,
    word_set,
)
from tests.conftest import examples

_TEXT = st.text(
    alphabet=st.sampled_from(list("ab Zé-\u2010,.'\u20191 2%\n\t\"\u2013\u2014\u00a0\u2009?!")),
    max_size=60,
)


def _one_regex_pass(text: str, offset: int) -> list[Token]:
    """Tokens by one pass of the token pattern over the whole text (the definition)."""
    tokens: list[Token] = []
    previous_end: int | None = None
    for match in _TOKEN.finditer(text):
        raw = match.group()
        gap = " " if previous_end is None else text[previous_end : match.start()]
        words_dashed = gap == "\u2013" and raw[0].isalpha() and text[match.start() - 2].isalpha()
        joined = gap in _HYPHENS or words_dashed
        glues = name_glues(raw)  # "McConnellAddison": one token per glued word
        for left, right in pairwise((0, *glues, len(raw))):
            word = raw[left:right]
            tokens.append(
                Token(
                    match.start() + left + offset,
                    match.start() + right + offset,
                    word,
                    _norm(word),
                    joined and not left,
                    gap == "" or left > 0,
                    word[0].isupper(),
                    word[0].isdigit(),
                )
            )
        previous_end = match.end()
    return _merge_compounds(tokens, text, offset)


def _merge_compounds(tokens: list[Token], text: str, offset: int) -> list[Token]:
    """Two hyphen-joined tokens whose lowercased spelling is a listed compound, as one token
    under the compound's norm (the definition :data:`COMPOUNDS` states)."""
    merged: list[Token] = []
    for token in tokens:
        if merged and token.joined:
            before = merged[-1]
            spelled = f"{before.norm}-{token.norm}"
            if spelled in COMPOUNDS:
                raw = text[before.start - offset : token.end - offset]
                merged[-1] = before._replace(end=token.end, text=raw, norm=COMPOUNDS[spelled])
                continue
        merged.append(token)
    return merged


@settings(max_examples=examples(500), deadline=None)
@given(_TEXT, st.integers(0, 50))
@example("ZaaZaa", 0)  # a glued name: two tokens (CI found it; the definition had no glue)
@example("a-ZaaZab Zab,ZbbZaa", 3)
def test_tokens_are_one_regex_pass_however_often_a_piece_recurs(text: str, offset: int) -> None:
    expected = _one_regex_pass(text, offset)
    assert tokenize_uncached(text, offset) == expected
    assert tokenize_uncached(text, offset) == expected  # pieces read from the cache


_WITH_COMPOUNDS = st.lists(
    st.one_of(
        st.sampled_from([*COMPOUNDS, "Cease-fire", "cease\u2010fires", "co-sponsors", "co-"]),
        st.sampled_from(["cease", "fire", "co", "hosted", "-", " ", ",", "."]),
        _TEXT,
    ),
    max_size=8,
).map("".join)


@settings(max_examples=examples(400), deadline=None)
@given(_WITH_COMPOUNDS, st.integers(0, 50))
def test_hyphenated_compounds_are_one_token_as_the_table_says(text: str, offset: int) -> None:
    expected = _one_regex_pass(text, offset)
    assert tokenize_uncached(text, offset) == expected
    assert tokenize_uncached(text, offset) == expected


def test_a_hyphenated_compound_is_one_token_under_its_closed_norm() -> None:
    words = [(t.text, t.norm) for t in tokenize_uncached("Its cease-fire, co-hosted; 30-day", 0)]
    assert words == [
        ("Its", "its"), ("cease-fire", "ceasefire"), ("co-hosted", "cohosted"),
        ("30", "30"), ("day", "day"),
    ]  # fmt: skip


def test_word_lists_take_listed_compounds_and_refuse_other_hyphenated_words() -> None:
    assert word_set("truce cease-fire co-hosted") == {"truce", "ceasefire", "cohosted"}
    with pytest.raises(ValueError, match="split by the tokenizer"):
        word_set("truce face-to-face")


def _word_after_by_slicing(text: str, end: int) -> str:
    if text[end : end + 1].isalnum() or text[max(end - 1, 0) : end] in (".", "!", "?"):
        return ""
    if text[end : end + 30].lstrip(" \t")[:1] == "\n":
        return ""
    words = text[end : end + 30].split(None, 1)
    word = words[0] if words else ""
    cut = 0
    while cut < len(word) and word[cut].isalpha():
        cut += 1
    return word[:cut].lower()


def _word_before_by_slicing(text: str, start: int) -> str:
    words = text[max(start - 30, 0) : start].rstrip(" \t\n").rsplit(None, 1)
    word = words[-1] if words else ""
    cut = len(word)
    while cut > 0 and word[cut - 1].isalpha():
        cut -= 1
    return word[cut:].lower() if cut == 0 else ""


@settings(max_examples=examples(500), deadline=None)
@given(_TEXT, st.data())
def test_the_words_next_to_a_passage_are_read_as_by_slicing(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    assert _word_after(text, at) == _word_after_by_slicing(text, at)
    assert _word_before(text, at) == _word_before_by_slicing(text, at)


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.sampled_from(list('Ab. \n\u201c\u201d"')), max_size=60), st.data())
def test_sentences_under_a_span_and_quoted_regions(text: str, data: st.DataObject) -> None:
    from summarizer.verification.page.article import _quoted_regions

    article = ArticleText(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))

    def at(offset: int) -> int:
        return max(sum(s <= offset for s, _ in article.sentences) - 1, 0)

    expected = range(at(start), at(max(end - 1, start)) + 1) if article.sentences else range(0)
    assert article.sentences_over(start, end) == expected
    regions = [r for s, e in article.paragraphs for r in _quoted_regions(text, s, e)]
    assert article.quoted == regions


def _cues_plainly(family: str, value: str, norms: list[str]) -> list[tuple[int, int]]:
    """Every phrase of the value tried at every word (the definition of the first-word index
    cues_in replaced it with), under the same family-aware filters cues_in applies (a family's
    own not-a-cue readings, a negation-led cue gainsaid), then the cue forms no phrase spells
    (status_forms' and status_calls' extra cues), which the index does not touch."""
    from summarizer.verification.events.status_calls import extra_status_cues
    from summarizer.verification.status.status_denials import gainsaid, negated
    from summarizer.verification.status.status_forms import extra_cues, not_a_cue
    from summarizer.verification.status.status_readings import reading_cues
    from summarizer.verification.status.status_scope import unmade
    from summarizer.verification.status.statuses import _phrases, match_at

    found = []
    phrases = _phrases(family, value)
    for phrase in phrases:
        for index in range(len(norms)):
            end = match_at(phrase, norms, index)
            if (
                end is not None
                and not negated(norms, index, end, phrase)
                and not unmade(norms, index, end, phrase)
                and not not_a_cue(norms, index, end, family)
                and not gainsaid(norms, phrases, phrase, index, end, match_at)
            ):
                found.append((index, end))
    extras = (*extra_cues(family, value, norms), *extra_status_cues(family, value, norms))
    extras += tuple(reading_cues(family, value, norms))  # structural cues ("inked a truce")
    found.extend(
        (index, end)
        for index, end in sorted(extras)
        if not negated(norms, index, end, norms[index:end])
    )
    return found


def _status_words() -> list[str]:
    from summarizer.verification.status.statuses import VOCABULARIES, _phrases

    words = {"not", "denied", "said", "the", "summit", "truce", "was", "had", "been", ","}
    for family, values in VOCABULARIES.items():
        for value in values:
            for phrase in _phrases(family, value):
                words.update(w.rstrip("*") + ("ed" if w.endswith("*") else "") for w in phrase)
    return sorted(words)


_FAMILY_VALUES = st.sampled_from(
    sorted(
        (family, value)
        for family, values in __import__(
            "summarizer.verification.status.statuses", fromlist=["VOCABULARIES"]
        ).VOCABULARIES.items()
        for value in values
    )
)


@settings(max_examples=examples(400), deadline=None)
@given(_FAMILY_VALUES, st.lists(st.sampled_from(_status_words()), max_size=24))
@example(("Stance", "agreed"), ["agree", "armistice"])  # an extra cue form (found at random)
@example(("EventKind", "aid_pause"), ["shelved"])  # a family's own not-a-cue reading (random)
def test_status_cues_by_first_word_are_the_cues_of_every_phrase_everywhere(
    family_value: tuple[str, str], norms: list[str]
) -> None:
    from summarizer.verification.status.statuses import cues_in

    family, value = family_value
    assert cues_in(family, value, norms) == _cues_plainly(family, value, norms)


_QUOTED_TEXT = st.text(
    alphabet=st.sampled_from(
        list("ab kKs\u017f\u0131I\u0130i\u00e9E \"\u201c\u201d'\u2019.\n\t\u00a0\u2009\u212a")
    ),
    max_size=80,
)


@settings(max_examples=examples(500), deadline=None)
@given(_QUOTED_TEXT, st.text(alphabet=st.sampled_from(list("abkKsSiIé\u2019' ")), max_size=8))
@example("He said \u201cno no no\u201d twice.", "no no")  # matches overlap: the first one wins
@example("It was \u201cta\u017fk\u201d or \u201cTA\u212aE.\u201d", "task")
def test_quoted_places_finds_what_scanning_every_position_finds(text: str, quote: str) -> None:
    """The search tries only where the lowered text has the quote's first word; the regex over
    every position (the definition) must find the same places, case-insensitive matches
    through the Kelvin sign, the long s and the dotless i included."""
    import re

    from summarizer.verification.quotes.quote_places import quoted_places

    article = ArticleText(text)
    words = quote.split()
    expected = (
        [
            (m.start(), m.end())
            for m in re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE).finditer(
                text
            )
            if article.quoted_region_at(m.start()) is not None
        ]
        if words
        else []
    )
    assert quoted_places(quote, article) == expected


@settings(max_examples=examples(300), deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("acdeilnorstuy")), max_size=10),
    st.lists(st.sampled_from(["kill", "injur", "total", "count", "sponsor", "day"]), max_size=4),
)
def test_cue_words_kept_per_cue_list_are_the_plain_answer(word: str, cues: list[str]) -> None:
    from summarizer.verification.counts.amounts import ANY_COUNT, cue_word

    plain = any(word in (c, c + "s") if c in ANY_COUNT else word.startswith(c) for c in cues)
    assert cue_word(word, cues) == plain
    assert cue_word(word, tuple(cues)) == plain  # asked again, now from what was kept


@settings(max_examples=examples(400), deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("aeo Z\u00e9\u00c9\u00e1\u0142\u0141\u00f8\u0111\u0131\u015f\u2019\u201c")
        )
        | st.characters(),
        max_size=40,
    )
)
def test_accents_stripped_by_replacing_are_the_characterwise_strip(text: str) -> None:
    from summarizer.text.normalize import strip_accent, strip_accents

    definition = text.translate({ord(c): strip_accent(c) for c in set(text) if not c.isascii()})
    assert strip_accents(text) == definition
    assert len(strip_accents(text)) == len(text)


def test_the_letters_ignorecase_matches_with_ascii_ones_are_all_listed() -> None:
    """Every code point beyond ASCII that the regex, ignoring case, matches with an ASCII letter
    lowers to that letter, is listed in ``ASCII_UNDER_IGNORECASE``, or lowers to more than one
    character (which sends the quote search to the regex)."""
    import re
    import sys

    from summarizer.verification.page.article import ASCII_UNDER_IGNORECASE

    letter = re.compile("[a-z]", re.IGNORECASE)
    for point in range(128, sys.maxunicode + 1):
        character = chr(point)
        if letter.fullmatch(character):
            lowered = character.lower()
            lowered = ASCII_UNDER_IGNORECASE.get(lowered, lowered)
            same = lowered.isascii() and re.fullmatch(lowered, character, re.IGNORECASE)
            assert len(lowered) > 1 or same


# Session 17 (speed17): scans skipped when the cue they need is absent, each against the plain
# reading (the gate switched off: a pattern that matches everywhere, a cue every line has).
_PIECES_OF_DAYS = st.lists(
    st.sampled_from(
        [" ", ",", ".", ":", "-", "\u2013", "\n", "\t", "July", "Oct.", "May", "March", "of",
         "am", "p.m.", "GMT", "at", "from", "hrs", "Monday", "today", "last night", "o'clock",
         "three in the morning", "st", "th", "1", "9", "12", "28", "2024", "0600", "16.00",
         "\u0663", "\u0968", "\u00bd", "\u00b2", "th\u0131s", "percent", "$", "to", "through",
         "14-18", "3rd"]
    ),
    max_size=14,
).map("".join)  # fmt: skip


@settings(max_examples=examples(500), deadline=None)
@given(_PIECES_OF_DAYS, st.booleans())
@example("\u0663 July", False)  # an Arabic-Indic digit is a digit to the patterns too
def test_day_mentions_skip_the_digit_patterns_only_without_a_digit(
    text: str, generous: bool
) -> None:
    import datetime as dt
    import re
    from unittest import mock

    from summarizer.verification.days import dates

    published = dt.date(2024, 3, 6)
    from summarizer.verification.days import day_ranges

    with mock.patch.object(dates, "_DIGIT", re.compile("")):  # every pattern tried
        plain = dates.mentions_of(text, published, generous)
    assert dates.mentions_of(text, published, generous) == plain
    with mock.patch.object(day_ranges, "_DIGIT", re.compile("")):
        plain_ranges = day_ranges.first_days(text)
    assert day_ranges.first_days(text) == plain_ranges


_CREDIT_LINES = st.lists(
    st.sampled_from(
        [" ", "\t", ",", ".", "(", ")", ";", "|", "-", "and", "&", "Reporting", "reporting",
         "Writing", "EDITING", "Additional", "photos", "by", "By", "BY", "bY", "Ana Ruiz",
         "Li Wei", "said", "story", "text", "contributed", "the", "nearby", "\u00a0"]
    ),
    max_size=14,
).map("".join)  # fmt: skip


@settings(max_examples=examples(500), deadline=None)
@given(_CREDIT_LINES, st.integers(0, 40))
@example("Reporting\tby Ana Ruiz", 0)
@example("Photos by\u00a0Li Wei", 3)
def test_role_credits_skip_a_line_without_by_as_the_pattern_would(line: str, offset: int) -> None:
    from summarizer.verification.bylines.credit_lines import _ROLE, credit_parts

    low = line.strip().lower()
    if " by" not in low and "\tby" not in low:  # the gate's case: the plain scan finds no role,
        assert _ROLE.search(line) is None  # so no role opens a credit: None either way
        assert credit_parts(line, offset) is None


_ORIGIN_LINES = st.lists(
    st.sampled_from(
        [" ", ".", ":", "(", ")", "*", "_", "/", ",", "This", "this", "story", "article", "was",
         "is", "Originally", "FIRST", "published", "Republished", "printed", "posted", "by", "in",
         "from", "with", "permission", "of", "courtesy", "Courtesy", "Source", "SOURCES",
         "Read", "the", "original", "version", "reproduced", "Xinhua", "Radio Free Asia", "(RFA)",
         "The Guardian", "said", "Reuters", "\u017fource", "\u212a", "\u00e9"]
    ),
    max_size=12,
).map("".join)  # fmt: skip


@settings(max_examples=examples(500), deadline=None)
@given(_ORIGIN_LINES)
@example("\u017fource: Xinhua")  # a long s: the gate leaves a line beyond ASCII to the regex
@example("Story courtesy of The Guardian")
def test_origin_credits_skip_a_line_without_a_cue_word_as_the_patterns_would(line: str) -> None:
    from unittest import mock

    from summarizer.verification.bylines import origin_credits

    with mock.patch.object(origin_credits, "_CUES", ("",)):  # every line read in full
        plain = origin_credits._in_line(line)
    assert origin_credits._in_line(line) == plain


@settings(max_examples=examples(400), deadline=None)
@given(_TEXT, st.integers(0, 30))
def test_clause_norms_mark_the_gaps_clause_gap_marks(text: str, offset: int) -> None:
    from summarizer.verification.page.tokens import clause_gap
    from summarizer.verification.status.statuses import _clause_norms

    padded = " " * offset + text
    tokens = tokenize_uncached(text, offset)
    plain: list[str] = []
    for index, token in enumerate(tokens):
        if index and clause_gap(tokens, index - 1, padded):
            plain.append(",")
        plain.append(token.norm)
    assert _clause_norms(tokens, padded) == plain
    assert _clause_norms(tokens, "") == [t.norm for t in tokens]  # no text: no gap read


def test_fact_has_is_hasattr_for_every_schema_model() -> None:
    """``fact_has`` (answered once per class for a name that is no set field) against
    ``hasattr``: every model of the schema, built whole and with its fields left unset
    (``model_construct``), every field name and names no model declares; then a model that
    allows extra fields, whose answer is the instance's."""
    import inspect

    from pydantic import BaseModel, ConfigDict

    from summarizer import schema
    from summarizer.verification.context import fact_has

    names = ["via", "reaction", "stance", "parties", "status", "evidence", "model_dump", "nope"]
    models = [
        value
        for value in vars(schema).values()
        if inspect.isclass(value) and issubclass(value, BaseModel) and value is not BaseModel
    ]
    assert len(models) > 10
    for model in models:
        for fact in (model.model_construct(), model.model_construct(_fields_set=set())):
            for name in [*model.model_fields, *names]:
                assert fact_has(fact, name) == hasattr(fact, name), (model, name)
                assert fact_has(fact, name) == hasattr(fact, name), (model, name)  # cached

    class Loose(BaseModel):
        model_config = ConfigDict(extra="allow")

    assert not fact_has(Loose(), "via")
    assert fact_has(Loose(via="x"), "via")
    assert not fact_has(Loose(), "via")
