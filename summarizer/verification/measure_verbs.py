"""A measure's sponsor as the subject of any verb that makes, changes or announces it (an
outside check, 42: "Trump said on Thursday he would halve a tariff", "Starmer will announce the
sanctions", "which Rep. Smith had written" were refused as unconfirmed: the cue words of
:mod:`actors` read "announced", "imposed", "introduced", not "halve", "will announce", "had
written").

The name is the sponsor when it is the subject of such a verb with the measure in its object,
in any tense ("cut", "will double", "had raised", "is lowering", "has tripled"):

- in a main clause: the name, then auxiliaries and adverbs, then the verb;
- through a report of the name's own words: "X said (on Friday) (that) she would cut the levy",
  "X told reporters he will double the duty", "X told his counterpart, Y, that he would
  halve the duty" (the pronoun after the name's speech verb is the name; the one told is not);
- in a relative clause: "the tariff, which Premier X had raised", "which Rep. X had written".

Never a name that is a verb's object ("urged President X to scrap"), one whose own verb is
another ("Critic X attacked the duties that Y had imposed": Y imposed them), nor one after the
measure's verb ("at the summit hosted by X").
Read only where such a verb is in the sentence (a cheap set test first).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.names import TITLES
from summarizer.verification.tokens import Token, word_set

_VERBS = word_set(
    """cut cuts cutting halve halves halved halving double doubles doubled doubling triple
    triples tripled tripling raise raises raised raising lower lowers lowered lowering
    extend extends extended extending renew renews renewed renewing write writes wrote
    written writing announce announces announced announcing unveil unveils unveiled
    unveiling impose imposes imposed imposing slash slashes slashed hike hikes hiked
    increase increases increased reduce reduces reduced tighten tightens tightened expand
    expands expanded introduce introduces introduced introducing draft drafted drafts
    sign signs signed order orders ordered levy levies levied reimpose reimposed"""
)
_MEASURES = word_set(
    """tariff tariffs duty duties levy levies surcharge surcharges surtax quota quotas ban
    bans embargo sanctions sanction curbs controls bill bills measure measures act law
    restrictions penalties fines rate rates"""
)
_AUX = word_set(
    """will would shall had has have is was are were be been also then now again later
    soon first on this next last week month today tomorrow yesterday monday tuesday
    wednesday thursday friday saturday sunday personally jointly that"""
)
_SPEECH = word_set("said says say told tells announced")
_PRONOUNS = word_set("he she they we i")
_TOLD = word_set("told tells")
_TOLD_WHOM = word_set("reporters journalists her his their counterpart counterparts")
_RELATIVE = word_set("which that whom")
_REACH = 8
_PREPOSITIONS = word_set("to on about that of in at for with against from by over into concerns")
_ASIDES = word_set("the a an who")


def measure_verb(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first:last + 1]`` is the subject of a verb making or
    changing the measure (see the module)."""
    if _VERBS.isdisjoint(t.norm for t in tokens):
        return False
    if (first and tokens[first - 1].norm in _RELATIVE) or _titled_relative(tokens, first):
        return _verb_after(tokens, last, text, relative=True)
    if first and not _opens_clause(tokens, first, text):
        return False
    return _verb_after(tokens, last, text, relative=False)


def _titled_relative(tokens: Sequence[Token], first: int) -> bool:
    index = first - 1
    while index >= 0 and (tokens[index].norm in TITLES or tokens[index].capitalised):
        index -= 1
    return index >= 0 and index < first - 1 and tokens[index].norm in _RELATIVE


def _opens_clause(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Only titles, a capitalised opener or a clause break before the name."""
    index = first - 1
    while index >= 0 and (tokens[index].norm in TITLES or tokens[index].capitalised):
        index -= 1
    if index < 0:
        return True
    gap = text[tokens[index].end : tokens[index + 1].start]
    return "," in gap or ";" in gap


def _verb_after(tokens: Sequence[Token], last: int, text: str, relative: bool) -> bool:
    index = last + 1
    if index < len(tokens) and tokens[index].norm in _ASIDES and _comma(tokens, index, text):
        index = next(  # "Mr Sato, the finance minister, on Tuesday slashed"
            (i for i in range(index + 1, min(index + 10, len(tokens))) if _comma(tokens, i, text)),
            len(tokens),
        )
        last = index - 1
    told = False
    spoke = False
    while index < len(tokens) and index <= last + _REACH + (6 if spoke else 0):
        norm = tokens[index].norm
        if norm in _VERBS and not (
            norm == "announced" and not relative and _next_pronoun(tokens, index)
        ):
            if relative:
                return any(t.norm in _MEASURES for t in tokens[:index])
            return _object(tokens, index)
        if norm in _SPEECH and not relative:
            spoke = True
            told = norm in _TOLD
        elif norm in _PRONOUNS and spoke:
            told = False
        elif not _passed(tokens[index], told):
            return False
        index += 1
    return False


def _object(tokens: Sequence[Token], verb: int) -> bool:
    """The measure as the verb's object ("halve a tariff", "unveil the export curbs"), not
    after a preposition ("wrote to the committee about the bill")."""
    for token in tokens[verb + 1 : verb + 7]:
        if token.norm in _MEASURES:
            return True
        if token.norm in _PREPOSITIONS:
            return False
    return False


def _passed(token: Token, told: bool) -> bool:
    """A word the subject may stand apart from its verb by: an auxiliary, an adverb, a day, a
    number; after "told", the one told ("told his Canadian counterpart, Luc Gagnon,")."""
    if token.norm in _AUX or token.is_number:
        return True
    return told and (token.capitalised or token.norm in TITLES or token.norm in _TOLD_WHOM)


def _comma(tokens: Sequence[Token], index: int, text: str) -> bool:
    return "," in text[tokens[index - 1].end : tokens[index].start]


def _next_pronoun(tokens: Sequence[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].norm in _PRONOUNS | {"that"}


__all__ = ["measure_verb"]
