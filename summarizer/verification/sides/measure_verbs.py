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
- in a relative clause: "the tariff, which Premier X had raised", "which Rep. X had written";
- after the subject's own decision (session 26, check 57): "agreed to draw up another package",
  "voted to impose", "decided to raise" (not "refused to", "urged X to", "agreed to lift");
- by its means (check 57): any verb of the subject, then "by" and a gerund making the measure,
  in one clause ("answered Madrid by threatening Spain with tariffs").

Adding to a measure is making it (checks 51, 58: "has added a 25 per cent levy", "added more
than 370 new designations"): "add" takes a measure object, or what it adds "to" a measure or a
list ("added 40 individuals to its sanctions list"); a count's words ("more than 370", "per
cent") do not take up the object's reach.

Never a name that is a verb's object ("urged President X to scrap"), one whose own verb is
another ("Critic X attacked the duties that Y had imposed": Y imposed them), nor one after the
measure's verb ("at the summit hosted by X").
Read only where such a verb is in the sentence (a cheap set test first).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.names import TITLES

_VERBS = word_set(
    """cut cuts cutting halve halves halved halving double doubles doubled doubling triple
    triples tripled tripling raise raises raised raising lower lowers lowered lowering
    extend extends extended extending renew renews renewed renewing write writes wrote
    written writing announce announces announced announcing unveil unveils unveiled
    unveiling impose imposes imposed imposing slash slashes slashed hike hikes hiked
    increase increases increased reduce reduces reduced tighten tightens tightened expand
    expands expanded introduce introduces introduced introducing draft drafted drafts
    sign signs signed order orders ordered levy levies levied reimpose reimposed add adds
    added adding widen widens widened broaden broadens broadened threaten threatens
    threatened threatening"""
)
# Adding to a measure: its object may be whom or what the measure is widened to ("added 40
# Russian individuals to its sanctions list").
_ADDING = word_set("add adds added adding")
_LISTS = word_set("list lists")
_LISTED = word_set("sanctioned designated banned blacklisted listed restricted")
# "draw up" (check 57: "agreed to draw up another package of sanctions"): with "up" only.
_DRAW = word_set("draw draws drew drawn drawing")
# A decision the subject takes to make the measure: "agreed to draw up", "voted to impose",
# "decided to add"; not a refusal or a call on others ("refused to", "urged X to").
_DECIDING = word_set("agreed agree agrees decided decide decides voted vote votes resolved moved")
_MEASURES = word_set(
    """tariff tariffs duty duties levy levies surcharge surcharges surtax quota quotas ban
    bans embargo sanctions sanction curbs controls bill bills measure measures act law
    restrictions penalties fines rate rates designations designation listings package
    packages"""
)
# Words an object may have before its measure noun besides determiners and adjectives: a
# count and its hedges ("more than 370 new Russian and Belarusian designations").
_NONE = word_set("no none neither nor")
_COUNTING = word_set("more than over nearly almost some about per cent percent")
# A finite verb right after an added measure: "added" reports a clause ("added the levy would
# hurt farmers"), review rvT.
_FINITE = word_set("would will could should might may must was were is are had has have can")
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
_MEANS_REACH = 8  # from the subject's verb to "by" ("answered Madrid by threatening")
_PREPOSITIONS = word_set("to on about that of in at for with against from by over into concerns")
_ASIDES = word_set("the a an who")


def measure_verb(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first:last + 1]`` is the subject of a verb making or
    changing the measure (see the module)."""
    if (_VERBS | _DRAW).isdisjoint(t.norm for t in tokens):
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
        if _decides(tokens, index):
            index += 2  # "agreed to": the verb after "to" is the subject's
            continue
        if norm in _DRAW and index + 1 < len(tokens) and tokens[index + 1].norm == "up":
            return not relative and _object(tokens, index + 1)
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
            return not relative and not spoke and _by_means(tokens, index, text)
        index += 1
    return False


def _by_means(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """ "Trump answered Madrid by threatening Spain with tariffs", "Ottawa hit back by raising
    the levy": the subject's own verb (any), then "by" and a gerund making the measure, in the
    same clause; the gerund's measure is its object or follows "with" ("threatening Spain
    with tariffs")."""
    for index in range(verb + 1, min(verb + _MEANS_REACH, len(tokens) - 1)):
        if _mark(tokens, index, text):
            return False
        gerund = tokens[index + 1]
        if tokens[index].norm != "by" or not gerund.norm.endswith("ing"):
            continue
        if gerund.norm not in _VERBS or _mark(tokens, index + 1, text):
            return False
        with_ = next(
            (i for i in range(index + 2, min(index + 6, len(tokens))) if tokens[i].norm == "with"),
            None,
        )
        return _object(tokens, index + 1) or (with_ is not None and _object(tokens, with_))
    return False


def _mark(tokens: Sequence[Token], index: int, text: str) -> bool:
    """A clause break (",", ";", ":" or a dash) before ``tokens[index]``."""
    return any(m in text[tokens[index - 1].end : tokens[index].start] for m in ",;:\u2014\u2013")


def _measure_to(tokens: Sequence[Token], to: int) -> bool:
    """ "to its sanctions list", "to the draft package", "to its list of sanctioned vessels":
    a measure after "to", or a list of those a measure holds, before another preposition; not
    "to its list of goods hit by US tariffs" (a list the measure is no part of)."""
    for index in range(to + 1, min(to + 6, len(tokens))):
        norm = tokens[index].norm
        if norm in _MEASURES or norm == "blacklist":
            return True
        if norm in _LISTS:
            held = [t.norm for t in tokens[index + 1 : index + 3]]
            return len(held) == 2 and held[0] == "of" and held[1] in _LISTED
        if norm in _PREPOSITIONS:
            return False
    return False


def _decides(tokens: Sequence[Token], index: int) -> bool:
    """ "agreed to" / "voted to" before a verb: the subject's decision to act."""
    return (
        tokens[index].norm in _DECIDING
        and index + 2 < len(tokens)
        and tokens[index + 1].norm == "to"
        and tokens[index + 2].norm in _VERBS | _DRAW
    )


def _object(tokens: Sequence[Token], verb: int) -> bool:
    """The measure as the verb's object ("halve a tariff", "unveil the export curbs"), not
    after a preposition ("wrote to the committee about the bill"); a count's words do not
    take up the reach ("added more than 370 new designations"). "added" that reports words
    is no adding: a mark right after it ("added: the levy is unjust") or a finite verb right
    after its measure ("added the levy would hurt farmers") (review rvT)."""
    adding = tokens[verb].norm in _ADDING
    if adding and verb + 1 < len(tokens) and tokens[verb + 1].start - tokens[verb].end > 1:
        return False
    seen = 0
    for index, token in enumerate(tokens[verb + 1 : verb + 13], verb + 1):
        if token.norm in _MEASURES:
            told = adding and index + 1 < len(tokens) and tokens[index + 1].norm in _FINITE
            return not told
        if token.norm in _NONE:
            return False  # "raising no new duties"
        if token.norm == "to" and tokens[verb].norm in _ADDING:
            return _measure_to(tokens, index)  # "added 40 people to its sanctions list"
        if token.norm in _PREPOSITIONS:
            return False
        if not (token.is_number or token.norm in _COUNTING):
            seen += 1
            if seen >= 6:
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
