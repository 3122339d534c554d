"""A quote a colon hands over after "her words" or "his line was", read back to the person
the sentence before names as its subject, for
:mod:`summarizer.verification.quotes.continued_speakers` (checks 68 and 69, session 31).

"In a video statement, Commission President Ursula von der Leyen proposed a ban. Her line
was: "It is time to turn off the tap."", "Deborah VanNierop called the statement misleading.
Her words: "..."": the frame is a possessive pronoun and a noun for what was said (its
whole lead-in: "Her words:", "His message was:", "Her verdict, in full:"), and the pronoun
points to the subject of the sentence before, in the same paragraph. The colon frames of
:mod:`colon_frames` read a frame that names its owner ("Aliyev's line was:"); the readings
back read "he said", not "his words:", and fall on whoever the earlier sentence names last.

The value is accepted when the sentence before opens with it as its subject (after an
opening adverbial: "In a video statement, X proposed") and the page does not mark it with
the other gender (:func:`summarizer.verification.sentences.genders.pronoun_verdict`; a person
of the pronoun's gender named in between leaves it unread). It only accepts. It does not
read a frame with a verb of its own ("Her reply came fast:"), a sentence before that opens
with another name, or a frame two sentences away.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.quote_spots import lead_of, quote_spot, tail_of
from ..page.tokens import Token, word_set
from ..people.names import split_people
from ..sentences.clauses import by_subject
from ..sentences.genders import pronoun_verdict
from ..sentences.opening_subjects import sentence_subject
from ..sentences.speech import SPEECH_NOUNS

_OWNERS = {"her": "she", "his": "he"}
_NOUNS = SPEECH_NOUNS | word_set("line lines message remarks verdict point")
# Words a frame may add after its noun ("Her words were:", "His message, in full:").
_FILLERS = word_set("was were is are in full simply exact own then again")


def _frame_pronoun(lead: Sequence[Token], text: str, opening: int) -> str | None:
    """The "he"/"she" of a lead-in that is only a possessive frame ending in a colon."""
    if len(lead) < 2 or lead[0].norm not in _OWNERS:
        return None
    if lead[1].norm not in _NOUNS and not (len(lead) > 2 and lead[2].norm in _NOUNS):
        return None  # "Her final words:", "His line:"
    start = 2 if lead[1].norm in _NOUNS else 3
    if any(t.norm not in _FILLERS for t in lead[start:]):
        return None
    if not text[lead[-1].end : opening].rstrip(" \"'\u201c\u2018").endswith(":"):
        return None
    return _OWNERS[lead[0].norm]


def frame_owner_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` is the value's by a possessive frame (see doc)."""
    text = article.text
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        if sentence == 0 or tail_of(article, region, sentence):
            continue
        pronoun = _frame_pronoun(lead_of(article, region, sentence), text, region[0])
        if pronoun is None:
            continue
        before_start, before_end = article.sentences[sentence - 1]
        if article.paragraph_at(before_start) != article.paragraph_at(region[0]):
            continue
        subject = sentence_subject(article.outside_quotes(before_start, before_end), text)
        parts = split_people(value)
        if not subject or by_subject(parts, subject) != "yes":
            continue
        if pronoun_verdict(article, parts, pronoun, before_start, region[0]) == "yes":
            return True
    return False


__all__ = ["frame_owner_verdict"]
