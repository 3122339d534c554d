"""Page text rules from outside checks 24 and 25 beyond the case set (``make_page2_cases.py``):
the loader's captions reach free text, the stored grounding's key counts them, and glued
sentences are split where the set cannot see it (the sentence spans themselves)."""

from __future__ import annotations

from summarizer.articles import Article, article_from_text
from summarizer.run.hits import grounding_key
from summarizer.schema import ArticleFacts
from summarizer.verification.grounding import ground
from summarizer.verification.page.article import ArticleText

PAGE = (
    "Ministry urges restraint\n\n"
    "AMMAN - The foreign ministry called on Israel to respect the truce in Gaza.\n\n"
    "Smoke over Gaza City as the ministry calls for a ceasefire with Hamas. (Photo: Desert Post)\n"
)


def _flagged(article: Article, captions: tuple[str, ...]) -> list[str]:
    facts = ArticleFacts.model_validate(
        {"summary": "The ministry urged Israel to keep the truce with Hamas."}
    )
    report = ground(facts, article.text, article.metadata, captions)
    return [check.value for check in report.unstated]


def test_a_loaded_pages_caption_names_back_free_text() -> None:
    article = article_from_text(PAGE)
    assert "Hamas" not in article.text and article.captions  # the loader kept it apart
    assert _flagged(article, article.captions) == []
    assert _flagged(article, ()) == ["Hamas"]


def test_the_stored_groundings_key_counts_captions() -> None:
    article = article_from_text(PAGE)
    bare = Article(article.id, article.text, article.source, article.metadata)
    assert grounding_key(article) != grounding_key(bare)


def _sentences(text: str) -> list[str]:
    article = ArticleText(text)
    return [text[start:end] for start, end in article.sentences]


def test_glued_sentences_are_split() -> None:
    assert _sentences("Army Announces Truce for EidThe army will halt fire.") == [
        "Army Announces Truce for Eid",
        "The army will halt fire.",
    ]
    assert _sentences("It was hosted by the ministry.Last week the Taliban offered a truce.") == [
        "It was hosted by the ministry.",
        "Last week the Taliban offered a truce.",
    ]


def test_names_abbreviations_and_initials_are_not_split() -> None:
    for text in (
        "Her LinkedIn post drew replies from Kyiv.",
        "Staff at McDonald's in Kyiv left early.",
        "Gen.Smith met the envoys in the U.S.Capitol on Friday.",
        "The iPhone maker met officials in Delhi.",
    ):
        assert _sentences(text) == [text]
