"""A quote attributed by a description ("the US president added", "the British prime
minister has warned") that no one on the page holds, read back to an earlier sentence, for
:mod:`summarizer.verification.quotes.speakers`.

A title the page gives to one person before the quote names them
(:func:`summarizer.verification.quotes.attribution.by_title`); one it gives to no one points
back, and the nearest earlier attribution decides, as for "he said". That reading is the
page's salience, not a tie between the description and a person: it is as good as the
sentence it lands on is plain. When that sentence names the value and someone else besides
("Ursula von der Leyen met Donald Trump. "...," the U.S. president said"), the page gives
no reason to prefer either for the title, so neither a "yes" nor a strong "other" is read:
the verdict is "unsure" (an unconfirmed flag). One person named there ("Donald Trump wrote
on social media that ... "...," the US president added") keeps the reading.

Before session 32 a description with a country's name in it ("the US president", "the
U.S. president") that no one was named with before the quote made the quote someone
else's outright: on outside checks 50-63 that was a strong false alarm on the right speaker
six times (a digest's "TRUMP (United States). The US president used his address ...", a
"Donald Trump wrote ... the US president added"), so it now points back like any other
unheld description (:mod:`summarizer.verification.quotes.attribution`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token
from ..sentences.antecedents import others_named
from ..sentences.clauses import Verdict
from ..sentences.speech import SPEECH_VERBS


def described_verdict(
    article: ArticleText, at: int, verdict: Verdict, parts: Sequence[str], title: str
) -> Verdict:
    """The read-back verdict of a description no one holds, landed on the sentence at ``at``:
    "unsure" when that sentence names another person besides the value, or names only the
    value but neither speaks nor gives them the office (``title``'s last word); the verdict as
    read otherwise."""
    if verdict not in ("yes", "other"):
        return verdict
    start, end = article.sentences[article.sentence_at(at)]
    tokens = article.outside_quotes(start, end)
    if others_named(parts, tokens, article.text):
        return "unsure" if verdict == "yes" else verdict  # two people named: either's
    if verdict == "yes" and not _speaks_or_holds(tokens, title):
        return "unsure"  # "X visited a farm. ... "...," the Welsh minister said": no tie
    return verdict


def _speaks_or_holds(tokens: Sequence[Token], title: str) -> bool:
    """Whether the sentence read back to is an attribution (a speech verb outside its
    quotes: "X wrote on social media that ...") or gives its subject the description's own
    office ("The US president used his address ..."): salience ties the description to the
    one person there; a sentence that only says what they did does not."""
    office = title.split()[-1].lower() if title.split() else ""
    return any(t.norm in SPEECH_VERBS or t.norm == office for t in tokens)
