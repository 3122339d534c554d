from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.schema import ArticleFacts, Count, Quantity, Quote, SanctionsMeasure
from summarizer.text.normalize import fold, fold_char, fold_text, fold_with_map
from summarizer.verification.grounding import ground, locate, locate_why, resolve_date
from tests.conftest import examples

TEXT = (
    "Sen. Lindsey Graham (R-S.C.) introduced the "
    "\u201cSanctioning Russia Act of 2025\u201d in April, "
    "and the bill currently has 84 co-sponsors.\n"
    "Under the bill\u2019s provisions, the United States would impose 500 percent tariffs.\n"
    "\u201cI don\u2019t want to have a wasted meeting,\u201d Trump said \u2014 in the Oval Office."
)


def test_exact_passage_has_exact_offsets() -> None:
    passage = "the bill currently has 84 co-sponsors."
    span = locate(passage, TEXT)
    assert span is not None and span.method == "exact"
    assert TEXT[span.start : span.end] == passage


def test_typographic_variants_are_located_in_the_original() -> None:
    passage = 'introduced the "Sanctioning Russia Act of 2025" in April'
    span = locate(passage, TEXT)
    assert span is not None and span.method == "normalised"
    assert TEXT[span.start : span.end] == (
        "introduced the \u201cSanctioning Russia Act of 2025\u201d in April"
    )
    dash = locate("Trump said - in the Oval Office", TEXT)
    assert (
        dash is not None and TEXT[dash.start : dash.end] == "Trump said \u2014 in the Oval Office"
    )


def test_whitespace_and_case_variants() -> None:
    span = locate("THE BILL   currently\nhas 84 CO-SPONSORS", TEXT)
    assert span is not None
    assert TEXT[span.start : span.end] == "the bill currently has 84 co-sponsors"


def test_elided_passage() -> None:
    span = locate("Sen. Lindsey Graham ... has 84 co-sponsors", TEXT)
    assert span is not None and span.method == "elided"
    assert TEXT[span.start : span.end].startswith("Sen. Lindsey Graham")
    assert TEXT[span.start : span.end].endswith("has 84 co-sponsors")


def test_not_found_and_empty() -> None:
    assert locate("the bill has 85 co-sponsors", TEXT) is None
    assert locate("   ", TEXT) is None
    assert locate("Graham ... 85 co-sponsors", TEXT) is None


def test_located_pieces_start_and_end_on_token_boundaries() -> None:
    assert locate("4 co-sponsors", TEXT) is None  # the article says 84
    assert locate("00 percent tariffs", TEXT) is None  # ... and 500
    assert locate("the bill currently has 8", TEXT) is None
    assert locate("currently has 84", TEXT) is not None
    assert locate("200 troops", "It sent 1,200 troops.") is None
    assert locate("1,2", "It sent 1,200 troops.") is None


def test_ellipsis_splices_are_bounded() -> None:
    two = "Trump spoke with Putin on Monday.\nLater, the leaders agreed to meet in Budapest."
    spliced = locate_why("Trump spoke with Putin ... agreed to meet in Budapest", two)
    assert spliced.span is None and "paragraphs" in spliced.reason
    stray = locate_why("Sen. Lindsey Graham ... a", TEXT)
    assert stray.span is None and "too short" in stray.reason
    negation = "There are no plans for President Trump to meet with President Putin."
    dropped = locate_why("There are ... plans for President Trump to meet", negation)
    assert dropped.span is None and "negation" in dropped.reason
    assert locate("There are no plans … with President Putin", negation) is not None
    cut = locate_why("plans for President Trump to meet with President Putin", negation)
    assert cut.span is None and "negation" in cut.reason  # starts right after "no"


def test_ground_reports_every_passage_and_flags_unsupported_values() -> None:
    facts = ArticleFacts(
        sanctions=[
            SanctionsMeasure(
                name="Sanctioning Russia Act of 2025",
                sponsors=["Lindsey Graham"],
                counts=[Count(what="co-sponsors", value=Quantity(value=85))],  # planted: 84
                tariff_rate_percent=Quantity(value=500),
                evidence=[
                    "Sen. Lindsey Graham (R-S.C.) introduced the "
                    '"Sanctioning Russia Act of 2025" in April',
                    "the bill currently has 84 co-sponsors",
                    "the United States would impose 500 percent tariffs",
                    "Graham said the bill is popular",  # planted: not in the article
                ],
            )
        ],
        quotes=[
            Quote(
                speaker="Trump",
                text="I don't want to have a wasted meeting,",
                evidence=["Trump said"],
            )
        ],
    )
    report = ground(facts, TEXT)
    assert len(report.evidence) == 6  # 4 passages + quote evidence + quote text
    assert [c.path for c in report.unverified] == ["sanctions[0].evidence[3]"]
    assert report.rate == 5 / 6
    unsupported = {c.path: c for c in report.unsupported}
    assert set(unsupported) == {"sanctions[0].counts[0].value"}
    assert unsupported["sanctions[0].counts[0].value"].value == "85"
    for check in report.evidence:
        if check.verified:
            assert check.start is not None and check.end is not None
            edge = " \"'.,;:!?"  # punctuation at a passage's edges is not part of the match
            assert fold(TEXT[check.start : check.end]).strip(edge) == fold(check.passage).strip(
                edge
            )


def test_unverified_is_never_reported_verified() -> None:
    report = ground(ArticleFacts(opinions=[{"claim": "x", "evidence": ["nowhere in text"]}]), TEXT)
    assert report.verified == 0 and report.rate == 0.0


def test_relative_dates() -> None:
    tuesday = dt.date(2025, 10, 21)  # a Tuesday
    assert resolve_date("on Tuesday", tuesday) == tuesday
    assert resolve_date("Thursday", dt.date(2025, 10, 24)) == dt.date(2025, 10, 23)
    assert resolve_date("yesterday", tuesday) == dt.date(2025, 10, 20)
    assert resolve_date("Oct. 16", tuesday) == dt.date(2025, 10, 16)
    assert resolve_date("Dec. 30", tuesday) == dt.date(2024, 12, 30)
    assert resolve_date("last week", tuesday) is None
    assert resolve_date("on Tuesday", None) is None
    assert resolve_date("2025-04-01", None) == dt.date(2025, 4, 1)


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\t\u201c\u201d\u2019'-\u2014AB.")), max_size=40))
def test_fold_map_points_back_into_the_original(text: str) -> None:
    folded, offsets = fold_with_map(text)
    assert len(folded) == len(offsets)
    assert offsets == sorted(offsets)
    assert all(0 <= i < len(text) for i in offsets)
    assert "  " not in folded
    assert fold(folded) == folded  # idempotent


@settings(max_examples=examples(200), deadline=None)
@given(st.text(min_size=1, max_size=30).filter(lambda s: s.strip()), st.integers(0, 30))
def test_any_substring_is_located_exactly(text: str, cut: int) -> None:
    haystack = "prefix " + text + " suffix"
    span = locate(text, haystack)
    assert span is not None and span.method == "exact"
    assert haystack[span.start : span.end] == text.strip()


_WORDS = st.lists(
    st.text(alphabet="abcdefgh", min_size=5, max_size=5), min_size=3, max_size=12, unique=True
)


@settings(max_examples=examples(200), deadline=None)
@given(_WORDS, st.data())
def test_whole_words_are_located_and_cut_words_are_not(
    words: list[str], data: st.DataObject
) -> None:
    """Any run of whole words is found; a run whose first or last word is cut is never found,
    whatever the words (all have the same length, so a cut one cannot be another word)."""
    text = " ".join(words)
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, len(words) - 1))
    run = " ".join(words[first : last + 1])
    assert locate(run, text) is not None
    cut = data.draw(st.integers(1, 4))
    assert locate(run[cut:], text) is None
    assert locate(run[:-cut], text) is None


@settings(max_examples=examples(300), deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("ab Z\n\t\u00a0\u201c\u2019-\u2014.\u2026\u00df\u200b\ufb01")
        ),
        max_size=40,
    )
)
def test_fast_fold_equals_the_character_loop(text: str) -> None:
    assert fold_with_map(text) == _fold_by_character(text)
    assert fold_text(text) == _fold_by_character(text)[0]


def _fold_by_character(text: str) -> tuple[str, list[int]]:
    """The fold's definition: each character folded alone, a space dropped after a space or
    at the start, trailing spaces dropped, each output character mapped to its source."""
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        for piece in fold_char(char):
            if piece == " " and (not chars or chars[-1] == " "):
                continue
            chars.append(piece)
            offsets.append(index)
    while chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets


@settings(max_examples=examples(300), deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab Z\n\t\u00a0\u201c-\u2014.\u2026\u00df\u200b")),
        max_size=30,
    )
)
def test_fold_equals_the_mapped_fold(text: str) -> None:
    assert fold(text) == fold_with_map(text)[0]


_FOLDABLE = st.text(
    alphabet=st.sampled_from(list("ab Z\n\u00a0\u201c\u201d'\"-\u2014.\u2026\u200b")), max_size=30
)


@settings(max_examples=examples(300), deadline=None)
@given(_FOLDABLE, _FOLDABLE, _FOLDABLE)
def test_lazy_folding_locates_what_the_eager_map_locates(
    text: str, first: str, second: str
) -> None:
    """ground() folds an article only when a passage misses exactly, and builds the offset
    map only when a folded search hits, sharing both between the article's passages: it must
    find the same spans as locating each passage against the eager map."""
    from summarizer.verification.page.article import ArticleText
    from summarizer.verification.page.locator import Folded, find

    shared, article = Folded(text), ArticleText(text)
    for passage in (first, second, first):
        assert find(passage, article, shared).span == locate(passage, text, fold_with_map(text))


def test_markdown_shows_each_flag_next_to_its_fact() -> None:
    from summarizer.results import SummaryResult
    from summarizer.run.formats import to_markdown

    facts = ArticleFacts(
        sanctions=[
            SanctionsMeasure(
                name="Sanctioning Russia Act of 2025",
                counts=[Count(what="co-sponsors", value=Quantity(value=85))],
                evidence=["the bill currently has 84 co-sponsors", "not in the article at all"],
            )
        ],
        quotes=[Quote(speaker="Marco Rubio", text="I don't want to have a wasted meeting")],
    )
    result = SummaryResult(
        article_id="x", source="x.txt", facts=facts, grounding=ground(facts, TEXT),
        model="m", prompt_version="p", schema_version="s",
    )  # fmt: skip
    text = to_markdown(result)
    bill = text[text.index("## Sanctions") : text.index("## Quotes")]
    assert "**FLAG** unsupported counts[0].value = '85'" in bill
    assert "evidence (found): \u201cthe bill currently has 84 co-sponsors\u201d" in bill
    assert "evidence (**NOT FOUND** (not found in the article))" in bill
    quote = text[text.index("## Quotes") : text.index("## Grounding")]
    assert "**FLAG** unsupported speaker = 'Marco Rubio'" in quote
    assert "Values that follow from the article: " in text


def test_a_callers_schema_with_the_first_kinds_still_grounds() -> None:
    """Callers' own schemas may declare the kinds of the first schema ("name", "text") and a
    number with no cue words; each still gets a real check, not a crash."""
    from typing import Annotated

    from pydantic import BaseModel

    from summarizer.comparators import Supported

    class Bill(BaseModel):
        name: Annotated[str | None, Supported("text")] = None
        sponsor: Annotated[str | None, Supported("name")] = None
        count: Annotated[int | None, Supported("number")] = None
        evidence: list[str] = []

    good = Bill(
        name="Sanctioning Russia Act of 2025", sponsor="Lindsey Graham", count=84,
        evidence=["Sen. Lindsey Graham (R-S.C.) introduced the", "has 84 co-sponsors"],
    )  # fmt: skip
    assert not ground(good, TEXT).unsupported
    bad = good.model_copy(update={"sponsor": "Marco Rubio", "count": 4})
    assert {c.path for c in ground(bad, TEXT).unsupported} == {"sponsor", "count"}


@settings(max_examples=examples(300), deadline=None)
@given(st.integers(2, 999_999))
def test_numbers_read_the_same_in_words_and_digits(n: int) -> None:
    from summarizer.verification.figures.numbers import numbers_in, spelled
    from summarizer.verification.page.tokens import tokenize

    in_words = numbers_in(tokenize(f"it has {spelled(n)} co-sponsors"))
    in_digits = numbers_in(tokenize(f"it has {n:,} co-sponsors"))
    assert [m.value for m in in_words] == [float(n)] == [m.value for m in in_digits]
    assert in_words[0].unit == in_digits[0].unit
