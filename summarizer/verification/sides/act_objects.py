"""What a clause's verb acts on, for :mod:`clause_agents` (session 27): the subject of any verb
acts on a measure or a truce only when the verb's object *is* the measure or the truce
("mirrored the bloc's latest package", "wanted a pause in the fighting", "drew up a two-week
truce", "opened a 30-day process to restore the sanctions", "laid out the terms of a truce"),
when the passive's subject is ("The snapback was set in motion by", "The text had been written
by"), when a relative clause's antecedent is ("The asset freeze that Canada enforced", "The
truce ..., which X asked for"), or, for a measure, when the verb shares a measure noun's stem
("blacklisted", "designated", "froze", "sanctioned", "restricted": their object is the target).

The object is the noun phrase right after the verb (particles and adverbs skipped), read up
to a mark, a preposition other than "of", or a new clause; its head (the last noun before
"of" or "to") must be one of the act's nouns, or one of its carriers ("the terms", "a process",
"the draft") with an act noun after it ("of a truce", "to restore the sanctions"); a definite
carrier alone ("The text had been written by") stands for the fact's own text. So a verb of
another thing is no act on the measure whatever its verb: "scheduled a vote on the duties",
"approved of the measures", "penned an op-ed against the bill", "kept his distance",
"called for an extension of the truce", "proposed extending the truce" (a gerund object),
"asked for more weapons, not a ceasefire". Bills are no act nouns here: a bill's sponsor is
named by the parliament cues ("moved the bill to the floor" is no sponsoring).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from summarizer.text.vocabulary import TRUCE_STEMS
from ..page.tokens import Token, word_set


class ActNouns(NamedTuple):
    """The nouns a field's act is about: ``nouns`` name the act itself, ``carriers`` carry
    it ("the terms of a truce"); ``stems``: a verb sharing a measure noun's stem acts."""

    nouns: frozenset[str]
    carriers: frozenset[str]
    stems: bool
    ceasing: bool = False  # "want the army and the RSF to stop fighting" tells a truce


_MEASURE_NOUNS = word_set(
    """measure measures duty duties tariff tariffs levy levies surcharge surcharges sanctions
    sanction penalties penalty restrictions restriction quotas quota package packages ban bans
    embargo embargoes curbs curb controls safeguards snapback freeze freezes blacklist
    designations designation cap caps"""
)
_TRUCE_NOUNS = frozenset(TRUCE_STEMS) | frozenset(f"{stem}s" for stem in TRUCE_STEMS)
SPONSOR_ACT = ActNouns(
    _MEASURE_NOUNS, word_set("process plan proposal move moves step steps mechanism"), True
)
PROPOSER_ACT = ActNouns(
    _TRUCE_NOUNS,
    word_set(
        """terms text draft plan proposal proposals roadmap framework blueprint initiative
        outline version idea offer"""
    ),
    False,
    True,
)
# A truce told as a verb phrase: "to stop fighting", "to halt hostilities".
_CEASE = word_set("stop halt cease end suspend")
_FIGHTING = word_set("fighting hostilities shooting firing attacks combat")
_CEASE_REACH = 25
# The nouns whose stems make a measure's verb, and the irregular forms of "freeze".
_STEM_NOUNS = word_set(
    """sanction designation blacklist ban freeze embargo restriction curb tariff levy blocklist
    penalty"""
)
_FROZE = word_set("froze frozen freezes freezing")
_PARTICLES = word_set("out up forward down off together")
_ADVERBS = word_set("also quickly formally jointly swiftly finally again already first then")
_STOPS = word_set(
    """that which who whom because so until after before if while as when since but and or
    in on at for with from against about over into by under than not along across between
    among around near within without toward towards through throughout during amid beyond
    inside outside"""
)
_DETERMINERS = word_set("the this these those")
# Words a participle may follow inside its own noun phrase ("a renewed truce").
_LEADS = word_set("the this these those a an its their his her our newly")
# Words after the head that make the phrase the act's undoing.
_UNDOING = word_set("end ended collapse collapsed lapse expire expired suspension lifting")
_REACH = 10
_ANTECEDENT_REACH = 5


def _noun_stems(noun: str) -> set[str]:
    """A measure noun and its bare stems ("designation": "designat"; "levy": "lev")."""
    stems = {noun, noun.rstrip("ey")}
    if noun.endswith("ion"):
        stems.add(noun[:-3])
    return stems


def _verb_stems(word: str) -> set[str]:
    """A verb form's possible bases ("banned": "ban", "levied": "levy", "curbs": "curb")."""
    bases = set()
    for ending, back in (("ied", "y"), ("ed", ""), ("ing", ""), ("es", ""), ("s", "")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)] + back
            bases.update({base, base + "e"})
            if len(base) > 3 and base[-1] == base[-2]:
                bases.add(base[:-1])  # "bann" of "banned"
    return bases


_STEMS = frozenset(stem for noun in _STEM_NOUNS for stem in _noun_stems(noun))


def measure_verb(token: Token) -> bool:
    """A verb sharing a measure noun's stem ("blacklisted", "designated", "sanctioned",
    "banned", "froze"), not the noun itself."""
    norm = token.norm
    if norm in _FROZE:
        return True
    if token.capitalised or norm in _MEASURE_NOUNS or norm in _STEM_NOUNS:
        return False
    return not _STEMS.isdisjoint(_verb_stems(norm))


def _about(words: Sequence[Token], about: ActNouns, definite: bool) -> bool:
    """Whether a phrase read from its start is about the act: its head (the last word before
    "of"/"to") an act noun, or a carrier with an act noun after it, or (``definite``) a
    definite carrier alone."""
    head_end = next((i for i, t in enumerate(words) if t.norm in ("of", "to")), len(words))
    head = [t.norm for t in words[:head_end]]
    if not head:
        return False
    if any(t.norm in _UNDOING for t in words[head_end:]):
        return False  # "asked for the ceasefire to end": its undoing, not the truce
    if head[-1] in about.nouns:
        return True
    if head[-1] not in about.carriers:
        return False
    if any(t.norm in about.nouns for t in words[head_end:]):
        return True
    return definite and head[0] in _DETERMINERS


def _phrase(tokens: Sequence[Token], start: int, text: str) -> list[Token]:
    """The noun phrase from ``start``: to a mark, a stop word or the reach; "of" and an
    infinitive's "to <verb>" carry it on ("the terms of a truce", "a process to restore the
    sanctions"), a "to" before a determiner ends it ("objections to the bill")."""
    words: list[Token] = []
    for index in range(start, min(start + _REACH, len(tokens))):
        if index > start and any(
            m in text[tokens[index - 1].end : tokens[index].start] for m in ",;:()"
        ):
            break
        token = tokens[index]
        if token.norm in _STOPS:
            break
        if words and token.norm.endswith("ed") and words[-1].norm not in _LEADS:
            break  # "a ceasefire watched over by": a participle after the head
        if token.norm == "to":
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            if after is None or after.norm in _DETERMINERS or after.norm in ("a", "an"):
                break
        words.append(token)
    return words


def object_about(
    tokens: Sequence[Token], verb: int, text: str, about: ActNouns, asking: bool
) -> bool:
    """Whether the verb at ``verb`` acts on the act: its object is about it (see the module),
    or, for a measure, the verb shares a measure noun's stem."""
    if about.stems and measure_verb(tokens[verb]):
        return True
    if about.ceasing and _ceasing(tokens, verb, text):
        return True
    index = verb + 1
    while index < len(tokens) and (
        tokens[index].norm in _PARTICLES or tokens[index].norm in _ADVERBS
    ):
        index += 1
    if index < len(tokens) and asking and tokens[index].norm == "for":
        index += 1  # "asked for a truce"
    if index >= len(tokens) or tokens[index].norm in _STOPS or tokens[index].norm == "to":
        return False  # no object: "approved of the measures", "lashed out at"
    if tokens[index].norm.endswith("ing") and not tokens[index].capitalised:
        return False  # "proposed extending the truce": another act on it
    return _about(_phrase(tokens, index, text), about, definite=False)


def _ceasing(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """ "to stop fighting" (or "to halt the hostilities") in the verb's clause after it: the
    verb asks for a truce in other words."""
    for index in range(verb + 1, min(verb + _CEASE_REACH, len(tokens) - 2)):
        if ";" in text[tokens[index - 1].end : tokens[index].start]:
            return False
        if tokens[index].norm == "to" and tokens[index + 1].norm in _CEASE:
            after = tokens[index + 2 : index + 4]
            return any(t.norm in _FIGHTING for t in after)
    return False


def passive_about(tokens: Sequence[Token], participle: int, text: str, about: ActNouns) -> bool:
    """Whether the subject of the passive participle at ``participle`` (the words from the
    clause's start to it) is about the act ("The snapback was set in motion", "A pause in the
    fighting around the plant, pitched"). It reads the subject's words, not the passive's
    form: the caller has found the participle (the shared reader is
    :mod:`..sentences.passives`)."""
    start = participle
    while start > 0 and ";" not in text[tokens[start - 1].end : tokens[start].start]:
        start -= 1
    words = tokens[start:participle]
    return any(t.norm in about.nouns for t in words) or (
        bool(words)
        and words[0].norm in _DETERMINERS
        and any(t.norm in about.carriers for t in words)
    )


def antecedent_about(tokens: Sequence[Token], opener: int, about: ActNouns) -> bool:
    """Whether the noun a relative "that"/"which" at ``opener`` follows is about the act
    ("The asset freeze that Canada enforced", "The truce in Kordofan, which X had sought")."""
    if tokens[opener].norm not in ("that", "which", "whom"):
        return False
    words = tokens[max(opener - _ANTECEDENT_REACH, 0) : opener]
    return any(t.norm in about.nouns for t in words)


__all__ = [
    "PROPOSER_ACT",
    "SPONSOR_ACT",
    "ActNouns",
    "antecedent_about",
    "measure_verb",
    "object_about",
    "passive_about",
]
