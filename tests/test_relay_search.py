"""The relaying lead-in's search tried only where a match can open (session 45, spd45) against
the plain search over every position of a quote's sentences, which it replaced."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarizer.verification.page.article import ArticleText
from summarizer.verification.quotes.quoted_objects import _RELAYS, _relays
from tests.conftest import examples

# Pieces of the lead-ins ``_RELAYS`` reads, in any case, glued or apart, with the letters the
# regex's case folding matches with ASCII ones (long s, dotless i, dotted capital I).
_PIECES = st.sampled_from(
    [
        "read", "READ", "Reads", "reading", "out", "Out", "re", "already", "spread", "passed",
        "pa\u017f\u017fes", "on", "relayed", "Relay", "conveys", "forwarded", "delivered",
        "deliverING", "behalf", "of", "on behalf of", "quoting", "QUOTING", "quot\u0131ng",
        "her", "his", "the", "chief's", "Ann\u2019s", "Ed Marr's", "message", "statement",
        "own", "words", ",", ", ", ",\u00a0\t", "\n", " ", " ", "\u201c", "\u201d", ".", "x",
        "\u0130",
    ]
)  # fmt: skip


@settings(max_examples=examples(600), deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join), st.data())
@example("Jo read out his message. Ann said, quoting Ed: \u201cyes.\u201d", None)
@example("\u201cNo,\u201d said the note she DELIVERED ON BEHALF OF Bo,\n\tquoting Al.", None)
def test_relays_are_the_matches_of_the_plain_search(text: str, data: st.DataObject | None) -> None:
    article = ArticleText(text)
    ranges = [(0, len(text))]
    if data is not None:
        first = data.draw(st.integers(0, len(text)))
        ranges.append((first, data.draw(st.integers(first, len(text)))))
    for first, last in ranges:
        plain = [(m.start(), m.end()) for m in _RELAYS.finditer(text, first, last)]
        assert [(m.start(), m.end()) for m in _relays(article, first, last)] == plain
