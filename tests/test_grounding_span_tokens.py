"""``ArticleText.tokens_between`` (session 26, speed) against what it replaced: tokenising the
span's own text, ``tokenize_uncached(text[begin:end], begin)``. The sentences, the windows
before a surname and the words after it are all read through it, so a difference in any
token field (a first token's gap, a piece cut by the span's edge) would change verdicts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.verification.page.article import ArticleText
from summarizer.verification.page.tokens import tokenize_uncached
from tests.conftest import examples

_TEXT = st.text(
    alphabet=st.sampled_from(list("ab Zé-\u2010,.'\u20191 2%\n\t\"\u2013\u2014\u00a0?!McA")),
    max_size=80,
)


@settings(max_examples=examples(1000), deadline=None)
@given(_TEXT, st.data())
def test_a_span_has_the_tokens_its_own_text_has(text: str, data: st.DataObject) -> None:
    article = ArticleText(text)
    for _ in range(5):
        begin = data.draw(st.integers(0, len(text) + 2))
        end = data.draw(st.integers(0, len(text) + 2))
        assert article.tokens_between(begin, end) == tokenize_uncached(text[begin:end], begin)


def test_every_sentence_and_window_of_an_article_has_its_own_tokens() -> None:
    text = (
        'Russian President Vladimir Putin said on Tuesday:  "We will  not." Then\n'
        "Hungary's foreign minister, Peter Szijjarto, met McConnellAddison (R-Ky.) at 3.5%,\n\n"
        "and 1,000 people\u2014mostly pro-Kremlin\u2014left. Mr. Orbán's aide-de-camp spoke."
    )
    article = ArticleText(text)
    for start, end in article.sentences:
        assert article.sentence_tokens(article.sentence_at(start)) == tokenize_uncached(
            text[start:end], start
        )
    for begin in range(len(text) + 1):
        for end in range(begin, min(begin + 120, len(text) + 1)):
            assert article.tokens_between(begin, end) == tokenize_uncached(text[begin:end], begin)


@settings(max_examples=examples(1000), deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab. \n\u201c\u201d\"\u2018\u2019'")), max_size=80))
def test_a_sentences_unquoted_tokens_are_those_not_in_quotes(text: str) -> None:
    article = ArticleText(text)
    for index in range(len(article.sentences)):
        whole = article.sentence_tokens(index)
        expected = [t for t in whole if not article.in_quotes(t.start)]
        assert article.unquoted_tokens(index) == expected
