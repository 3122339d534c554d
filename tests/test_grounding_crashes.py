"""Crashes the grounding fuzz (tests/test_grounding_fuzz.py) found, one test each, named for
the crash. Grounding must never raise on article text or on a model's values; a test here reads
the shape through ``ground()`` (strict in tests, so a crash fails it) and, where it matters,
checks the verdict is the one the page gives."""

from __future__ import annotations

from summarizer.schema import ArticleFacts
from summarizer.verification.grounding import ground
from summarizer.verification.page.tokens import tokenize, year_of_our_time

PAGE = "Relief Desk, 2 April 2025\n\nBy Ana Ruiz\n\n{sentence}\n\nAid groups asked for more help."


def _facts(sentence: str, value: float, summary: str = "", subject: str = "") -> ArticleFacts:
    count = {"what": "people killed", "value": {"value": value, "qualifier": "exact"}}
    event = {"kind": "casualties", "description": "floods", "counts": [count]}
    data: dict[str, object] = {
        "article": {"outlet": "Relief Desk", "published": "2025-04-02"},
        "events": [{**event, "evidence": [sentence]}],
    }
    if summary:
        data["summary"] = summary
    if subject:
        data["relevance"] = {"topic": "on_topic", "subject": subject}
    return ArticleFacts.model_validate(data)


def test_valueerror_float_of_a_superscript_digit_in_free_text() -> None:
    """``float('¹')``: "¹" passed ``str.isdigit()`` (a superscript is a digit, not a decimal
    digit) and was read as a number token; a footnote mark or "km²" in a summary crashed the
    free-text check. A token is a number only when its characters are decimal digits."""
    sentence = "Floods killed 40 people across 12 km² of farmland.¹"
    for summary in ("Floods killed 40 people.¹", "Floods covered 12 km².", "² ³ ¹⁹⁹⁹"):
        report = ground(
            _facts(sentence, 40, summary=summary, subject="²"), PAGE.format(sentence=sentence)
        )
        assert next(c for c in report.support if c.path == "events[0].counts[0].value").supported
    assert not [t for t in tokenize("km² ¹ ¹⁹⁹⁹ ①") if t.is_number]
    assert [t.text for t in tokenize("٢٠١٩ and 40") if t.is_number] == ["٢٠١٩", "40"]


def test_valueerror_float_of_superscript_digits_in_evidence() -> None:
    """``float('¹⁹⁹⁹')``: superscript digits in a count's evidence were a number token (and
    four of them opening "19" a year, ``isdigit``) and given to ``float()`` by the number
    reading."""
    sentence = "In ¹⁹⁹⁹ floods killed 40 people, and in ²⁰¹⁹ they killed 12."
    report = ground(_facts(sentence, 40), PAGE.format(sentence=sentence))
    assert [c for c in report.support if c.path == "events[0].counts[0].value"]
    assert not any(year_of_our_time(t) for t in tokenize("¹⁹⁹⁹ ²⁰¹⁹"))


def test_indexerror_a_blank_speaker_in_the_lead_in_reading() -> None:
    """``parts[-1]`` of no parts: a speaker of only whitespace (" ") split into no name parts,
    and the lead-in reading (``sentences/clauses._named_at_end``) took the last one. A blank
    speaker is attributed nothing, and is flagged."""
    sentence = 'Western media outlets had said "the talks were off", the minister recalled.'
    quote = {"speaker": " ", "text": "the talks were off", "evidence": [sentence]}
    facts = ArticleFacts.model_validate({"article": {"outlet": "Relief Desk"}, "quotes": [quote]})
    report = ground(facts, PAGE.format(sentence=sentence))
    assert not next(c for c in report.support if c.path == "quotes[0].speaker").supported
