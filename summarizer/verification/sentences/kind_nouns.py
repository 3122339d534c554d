"""A kind's noun right before a name ("housebuilder Persimmon", "Parts maker X"), the page's
word for the name's kind as :mod:`.described_bodies` (``_of_kind``) and
:mod:`.described_actors` (``_kind_named``) read it (session 62, mend mn62c of review rv61c).

The noun tells the name's kind in the name's own sentence. A noun that ends another sentence,
a page's section label ("The Saltmarsh Tribune - Local business\\n\\nOrla Reyes has run
Kestrel Yoga") or the sentence before ("Salt left the group. Orla Reyes took over"), is no word
about the name: it counts only for a name whose own last word says it is a body's, a business's
or public body's name word or a common word no person's name takes ("The Wensleydale Post |
Business\\n\\nKestrel Foods rejected", "Local business\\n\\nEnnis Town Council approved").
The strict reading is the value's own (is the actor asked about an organisation, so that "it"
or "its" may stand for it: ``described_actors._organisation``); a name that stands between
the value and "it" is still taken for a body by the looser one, so a refusal for a nearer body
keeps its reach.
"""

from __future__ import annotations

from summarizer.text.ordinary import common_words, ordinary_forms
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize
from .business_words import BODY_WORDS, BUSINESS_NAME_WORDS, FIRM_WORDS, SURNAME_WORDS

_REACH = 30  # characters before the name the noun is looked for in
_BODY_NAME_WORDS = (FIRM_WORDS - SURNAME_WORDS) | BODY_WORDS | BUSINESS_NAME_WORDS


def noun_before(article: ArticleText, start: int, name: str, strict: bool = False) -> Token | None:
    """The word right before the mention of ``name`` at ``start`` that may tell its kind:
    with ``strict`` (the value's own kind, whether "it" or "its" may be it), in the mention's
    own sentence, or past its start only for a body's name (see the module); else any word
    within reach (another name that may be a body standing nearer: a refusal's side, left as
    it was). None when there is none. Its offsets are the slice's, not the page's."""
    begin = max(start - _REACH, 0)
    words = tokenize(article.text[begin:start])
    if not words:
        return None
    if not strict or begin + words[-1].start >= article.sentences[article.sentence_at(start)][0]:
        return words[-1]
    return words[-1] if body_name(name) else None


def body_name(name: str) -> bool:
    """Whether ``name``'s last word says it is a body's: a business's or public body's name
    word ("Foods", "Council", not a surname's "Mills") or a common word no person's name
    takes ("Dairy", "Railway")."""
    words = tokenize(name)
    last = words[-1].norm if words else ""
    return last in _BODY_NAME_WORDS or last in common_words() or last in ordinary_forms()


__all__ = ["body_name", "noun_before"]
