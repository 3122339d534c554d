"""Whether a quotation's text says anything: a quote is words someone said, and a lone
function word ("the", "and", "it") says nothing of its own. The locator finds such a word
anywhere in any article, so a model's stray ``"text": "the"`` (a small model's miss, session
28) went through as a verified quote.

What it deliberately does not flag: a one-word quote that carries a meaning ("No",
"unfriendly", "Never"), a short quote of function words with a verb or a negation ("not
now", "we will"), which a careful reader accepts as said words when the page quotes them.
"""

from __future__ import annotations

from summarizer.text.vocabulary import STOPWORDS
from ..page.tokens import tokenize
from ..people.names import norms


def says_nothing(text: str) -> bool:
    """Whether a quote's ``text`` is no words at all (punctuation only) or one lone function
    word (:data:`summarizer.text.vocabulary.STOPWORDS`)."""
    words = norms(tokenize(text))
    return not words or (len(words) == 1 and words[0] in STOPWORDS)
