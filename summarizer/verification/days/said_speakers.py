"""The speaker of a said decision's tag and whether it may be the decider's own side: the
tag's words ("..., Prime Minister Jonas Gahr Støre said on Sunday") and their tie to the
decider (a word of its actors, an office, a pronoun; no outsider, no other named body, no
other nation's office). Split from :mod:`said_decisions`, which reads the rest of the form.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.standin_words import BODY_HEADS, GENERIC
from ..sentences.body_kinds import BUSINESS, KINDS
from ..sentences.description_misfits import misfit

# Speakers of another side than the decider's.
_OUTSIDERS = word_set(
    """analysts analyst sources source media reports newspaper critics observers experts
    diplomats rivals opposition familiar according insiders"""
)
TITLES = word_set(
    """prime minister ministers chancellor president premier secretary spokesman spokeswoman
    spokesperson chief executive officer ceo chairman chairwoman head government ministry
    office officials official defence defense foreign finance deputy vice military army
    navy company board cabinet leader director"""
)
# The endings of a demonym ("Ukrainian", "Chinese", "Polish", "Israeli", "French"), and the
# demonyms whose country's name begins otherwise.
_DEMONYM_ENDS = ("ian", "ese", "ish", "an", "i", "ch")
_NATIONS = {
    "polish": "poland", "danish": "denmark", "finnish": "finland", "french": "france",
    "dutch": "netherlands", "british": "britain", "welsh": "wales", "irish": "ireland",
    "scottish": "scotland", "english": "england", "swiss": "switzerland", "spanish": "spain",
    "greek": "greece", "thai": "thailand", "filipino": "philippines",
}  # fmt: skip
# What ties a speaker to the decider when no word of it is the decider's: an office, the
# generic name of a body, a pronoun.
_TIES = (TITLES - word_set("officials official")) | GENERIC | word_set("he she it they we")
# The sitting where an office answers members' questions, named after it ("told Prime
# Minister's Questions", "First Minister's Questions"): its speaker holds that office.
_ANSWERED = word_set("questions")
_TAG = 12  # words back from the verb of saying to the comma opening its tag


def speaker_span(tokens: Sequence[Token], verb: int, text: str) -> tuple[int, int] | None:
    """The speaker's words: a trailing tag's, from its comma to the verb (", Prime Minister
    Støre said on Sunday"), or a leading subject's, from the sentence's start ("Merz said on
    Friday that ..."); None when the verb has no subject before it."""
    for i in range(verb - 1, max(verb - _TAG, 0) - 1, -1):
        gap = text[tokens[i - 1].end : tokens[i].start] if i else ""
        if i == 0 or any(mark in gap for mark in ',;:\u2014\u2013\u201d"'):
            return (i, verb) if i < verb else None
    return None


def own_side(
    speaker: Sequence[Token], actors: Sequence[str], words: frozenset[str],
    heard: Sequence[Token] = (), article: ArticleText | None = None,
) -> bool:  # fmt: skip
    """Whether the speaker may be the decider's own: tied to it (a word of its actors, or of
    its description when it names none; a pronoun; an office: "the prime minister", "a
    company spokeswoman"), no other named body ("the Steel Users Federation"), no
    outsider's word ("analysts", "sources"), and a nation or body named before a title, by
    a demonym ("Ukrainian officials", "Polish Defence Minister") or a possessive ("Ukraine's
    foreign minister"), one of the fact's own ("Polish" is Poland's). Tied too (session 43):
    an office named in capitals by its title words alone ("the Foreign Office", "the Defence
    Ministry", as "the defence ministry"); a business described by its kind's noun alone,
    lowercase ("the retailer", "the oil major", "the chipmaker": the decider the clause
    names, as "X will cut jobs, the company said", unless a modifier rules it out, "the
    rival retailer"); a name telling an office's own sitting ("John Swinney told First
    Minister's Questions")."""
    own = {_stem(t.norm) for actor in actors for t in tokenize(str(actor)) if len(t.norm) > 3}
    if not own:  # the description's words stand for the decider only with no actors named
        own = {_stem(word) for word in words if len(word) > 3}  # (review rvwhen37)
    if not any(len(t.norm) > 3 and _stem(t.norm) in own for t in speaker):
        office = all(t.norm in TITLES or t.norm == "the" for t in speaker)
        if not office and any(t.capitalised and t.norm in BODY_HEADS for t in speaker):
            return False  # another body, named: "the Steel Users Federation said"
        tied = _described(speaker, actors, article) or _answering(speaker, heard)
        if not tied and not any(t.norm in _TIES for t in speaker):
            return False  # "officials", "a lawyer", a name alone: whose, the tag does not say
    for i, token in enumerate(speaker):
        if token.norm in _OUTSIDERS:
            return False
        following = speaker[i + 1].norm if i + 1 < len(speaker) else ""
        if not token.capitalised or token.norm in TITLES or following not in TITLES:
            continue
        possessive = token.text.lower().endswith(SINGULAR_POSSESSIVES)
        if (possessive or token.norm.endswith(_DEMONYM_ENDS)) and _stem(token.norm) not in own:
            return False
    return True


def _described(
    speaker: Sequence[Token], actors: Sequence[str], article: ArticleText | None
) -> bool:
    """A business described by its kind's noun, lowercase after "the" ("the retailer", "the
    oil major"), no modifier of which rules the decider out ("the rival retailer")."""
    if article is None or len(speaker) < 2 or speaker[0].norm != "the":
        return False
    if any(t.capitalised for t in speaker) or speaker[-1].norm not in KINDS[BUSINESS]:
        return False
    head = len(speaker) - 1
    return not any(misfit(article, actor, speaker, head) for actor in actors)


def _answering(speaker: Sequence[Token], heard: Sequence[Token]) -> bool:
    """A name telling the sitting named after an office ("told First Minister's Questions"):
    the speaker answers there as that office."""
    named = bool(speaker) and all(t.capitalised for t in speaker)
    for i, token in enumerate(heard[1:], 1):
        owner = heard[i - 1]
        if token.norm in _ANSWERED and token.capitalised and owner.norm in TITLES:
            return named and owner.text.lower().endswith(SINGULAR_POSSESSIVES)
    return False


def _stem(word: str) -> str:
    """A name's first four letters, a demonym's its country's ("danish": "denm")."""
    return _NATIONS.get(word, word)[:4]


__all__ = ["TITLES", "own_side", "speaker_span"]
