"""Grounding never raises: a fuzz over the gold articles with their pages and facts perturbed.

Session 29: an unseen outside check read "19.9" (of "19.9 million") as a year and called
``int()`` on it; ``ground()`` raised ValueError and the whole check stopped, although every case
set had passed. In the product that loses the model's paid answer to a traceback. This test
drives :func:`summarizer.verification.grounding.ground` over the 22 gold articles with their
text perturbed the ways real pages differ (numbers of every shape next to values, years,
brackets, quotes, dashes, ellipses, non-ASCII letters, empty paragraphs, very long sentences, a
sentence duplicated or cut) and their facts perturbed (a value swapped for another of the
article's numbers or names, empty strings, whitespace, unicode). The property: ``ground()``
returns a report and never raises. Tests run grounding in strict mode (tests/conftest.py), so a
rule's crash fails here instead of being caught by the product's safety net.

A quick run draws a tenth of the examples; ``--full`` (CI) draws them all, derandomized. To hunt
for new crashes run it long:
``FUZZ_EXAMPLES=5000 pytest -p no:randomly tests/test_grounding_fuzz.py``.
"""

# ruff: noqa: RUF001  (look-alike letters, quotes and dashes are what this test is about)

from __future__ import annotations

import os
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from summarizer.articles import load_article
from summarizer.evaluation.gold import load_gold
from summarizer.results import GroundingReport
from summarizer.schema import ArticleFacts
from summarizer.verification.grounding import ground
from tests.conftest import ROOT, examples

GOLDS = load_gold(ROOT / "evals" / "gold")
IDS = sorted(GOLDS)
ARTICLES = {article_id: load_article(ROOT / GOLDS[article_id].source) for article_id in IDS}
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES") or examples(300))

# Number shapes real pages print next to values (the crash was "19.9" read as a year).
NUMBERS = (
    "19.9", "20.5", "2,019", "1999.5", "20-25", "3/4", "1st", "'19", "2019", "1990s", "19",
    "20", "0", "00", "2025-26", "2,000,000", "1.5m", "$20bn", "40%", "12:30", "9/11", "24/7",
    "No. 10", "ca. 20", "20,1", "1.000", "¾", "½", "٢٠١٩", "２０１９", "1e5", "-20", "+20",
    "20th", "20th-century", "19.", ".5", "2019/20", "20–25", "3½", "1,5", "§20", "#1",
    "0.0", "20.", "1.2.3", "12.5.2025", "2025", "2026", "1,000.5", "10000000000000000000000",
)  # fmt: skip
WORDS = (
    "(", ")", "[", "]", "{", "}", "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›",
    "-", "–", "—", "―", "…", "...", "..", ";", ":", "/", "\\", "*", "·", "•", "\u00a0", "\u200b",
    "\t", "said", "Mr", "Mrs.", "Dr.", "St.", "U.S.", "in", "on", "last year", "in 2019",
    "since", "ago", "up", "million", "per cent", "percent", "killed", "Zoë", "Łódź", "İstanbul",
    "Ærø", "Straße", "ﬁ", "Ünal", "Chávez", "O'Brien", "al-Assad", "Jr.", "MR", "UN", "NATO",
    "Monday", "March", "Mar.", "May", "12 May", "May 12", "2019-05-12", "Q3", "H1", "AM", "p.m.",
)  # fmt: skip
BRACKETS = (("(", ")"), ("[", "]"), ("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'"), ("«", "»"),
            ("„", "“"), ("—", "—"), ("<", ">"), ("*", "*"))  # fmt: skip
ODD_FACTS = ("", " ", "\u00a0", "\n", "…", "—", "0", "19.9", "'19", "Zoë Ünal", "٢٠١٩", "\u200b",
             "x" * 300, "The", "said", "(", "“", "1st", "20-25")  # fmt: skip
BREAKS = ("\n\n\n\n", "\n \n", "\n", "\r\n", "\n\u2028\n")
_VALUE = re.compile(r"\d[\d.,:/'-]*|[A-Z][\w'’.-]+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def _values(text: str) -> list[re.Match[str]]:
    """Where the page states a number or a name: the places perturbations go next to."""
    return list(_VALUE.finditer(text))


@st.composite
def _page(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few perturbations, each at a drawn place."""
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.integers(0, 11))
        values = _values(text)
        sentences = list(_SENTENCE.finditer(text))
        if not values or not sentences:
            break
        value = values[draw(st.integers(0, len(values) - 1))]
        sentence = sentences[draw(st.integers(0, len(sentences) - 1))]
        if op <= 2:  # a number of some shape just before or after a value
            token = draw(
                st.sampled_from(NUMBERS) | st.from_regex(r"\A[0-9]{1,5}([.,/-][0-9]{1,4})?\Z")
            )
            glue = draw(st.sampled_from((" ", "", "-", " (", ", ")))
            if draw(st.booleans()):
                text = f"{text[: value.start()]}{token}{glue}{text[value.start() :]}"
            else:
                text = f"{text[: value.end()]}{glue}{token}{text[value.end() :]}"
        elif op == 3:  # a word, mark or letter beside a value
            token = draw(st.sampled_from(WORDS) | st.text(min_size=1, max_size=3))
            at = draw(st.sampled_from((value.start(), value.end())))
            text = f"{text[:at]} {token} {text[at:]}"
        elif op == 4:  # brackets or quotes around a value
            left, right = draw(st.sampled_from(BRACKETS))
            text = f"{text[: value.start()]}{left}{value.group()}{right}{text[value.end() :]}"
        elif op == 5:  # a value's sentence duplicated
            text = f"{text[: sentence.end()]} {sentence.group()}{text[sentence.end() :]}"
        elif op == 6:  # a sentence cut short, or its end mark dropped (a very long sentence)
            cut = draw(st.integers(sentence.start(), sentence.end()))
            if draw(st.booleans()):
                text = text[:cut] + text[sentence.end() :]
            else:
                end = sentence.end()
                text = (
                    text[: end - 1] + " and" + text[end:] if text[end - 1 : end] in ".!?" else text
                )
        elif op == 7:  # empty paragraphs, or a paragraph break in the middle of a sentence
            at = draw(st.sampled_from((sentence.start(), sentence.end(), value.end())))
            text = text[:at] + draw(st.sampled_from(BREAKS)) + text[at:]
        elif op == 8:  # a space or letter swapped for a dash, an ellipsis or a non-ASCII letter
            at = draw(st.integers(0, max(0, len(text) - 1)))
            token = draw(
                st.sampled_from(("–", "—", "…", "-", "é", "ß", "ı", "İ", "Ø", "\u00a0", "’"))
            )
            text = text[:at] + token + text[at + 1 :]
        elif op == 9:  # a value replaced by another shape of number
            token = draw(st.sampled_from(NUMBERS))
            text = f"{text[: value.start()]}{token}{text[value.end() :]}"
        elif op == 10:  # a very long sentence: many sentences run together
            text = text.replace(". ", ", and ", draw(st.integers(1, 40)))
        else:  # a value's sentence moved to the top (a lede repeated as a standfirst)
            text = f"{sentence.group().strip()}\n\n{text}"
    return text


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    if isinstance(data, dict):
        return [leaf for key, item in data.items() for leaf in _leaves(item, (*path, key))]
    if isinstance(data, list):
        return [leaf for i, item in enumerate(data) for leaf in _leaves(item, (*path, i))]
    return (
        [(path, data)] if isinstance(data, str | int | float) and not isinstance(data, bool) else []
    )


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


@st.composite
def _facts(draw: st.DrawFn, facts: ArticleFacts, text: str) -> ArticleFacts:
    """``facts`` with a few values swapped for another of the page's numbers or names, empty
    or blank strings, or unicode; a swap the schema refuses is left out."""
    data = facts.model_dump(mode="json")
    leaves = _leaves(data)
    page_values = [m.group() for m in _values(text)] or ["0"]
    for _ in range(draw(st.integers(0, 4)) if leaves else 0):
        path, old = leaves[draw(st.integers(0, len(leaves) - 1))]
        if isinstance(old, int | float):
            numbers = [float(v) for v in page_values if re.fullmatch(r"\d+(\.\d+)?", v)] or [0.0]
            new: Any = draw(st.sampled_from(numbers) | st.integers(-1, 3000))
        else:
            new = draw(
                st.sampled_from(page_values) | st.sampled_from(ODD_FACTS) | st.text(max_size=12)
            )
            if draw(st.booleans()) and old:  # the new value inside the old text
                new = (
                    f"{old} {new}"
                    if draw(st.booleans())
                    else str(old).replace(str(old).split()[0], str(new), 1)
                    if str(old).split()
                    else new
                )
        _set(data, path, new)
        try:
            ArticleFacts.model_validate(data)
        except ValidationError:
            _set(data, path, old)
    return ArticleFacts.model_validate(data)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_grounding_never_raises_on_perturbed_gold(data: st.DataObject) -> None:
    article_id = data.draw(st.sampled_from(IDS), label="article")
    article, label = ARTICLES[article_id], GOLDS[article_id]
    text = data.draw(_page(article.text), label="text")
    facts = data.draw(_facts(label.facts, text), label="facts")
    report = ground(facts, text, article.metadata, article.captions)
    assert isinstance(report, GroundingReport)
