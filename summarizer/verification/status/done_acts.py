"""An act on a text read by its tense and its object, not by its verb (an outside check,
session 27: checks 59 and 60's "put their names to a trade pact in Asuncion on Saturday",
"put their signatures to a bilateral ceasefire in Havana", read as no wording for ``held``
or ``agreed``).

The verbs of sealing a text are an open class ("inked", "sealed", "clinched", "put their
names to", "set their hands to", "penned", "rubber-stamped"), so the reading does not list
them. It reads the two things that are closed: the *tense* (a past form: a regular "-ed"
verb or one of English's irregular pasts, not after "to", a determiner or a modal) and the
*object* (a text noun: an accord, a deal, a pact, a treaty, a declaration; for a truce's own
status or a party's stance, the truce nouns too), reached within a few words in the same
clause, with no infinitive on the way ("failed to seal a deal", "agreed to ink a pact") and
no draft word before the noun ("put their names to a draft accord").

What the verb must not be is the closed side the callers give: a wording of another value of
the same family (a truce "rejected", "violated", "proposed"; the cues are the vocabulary's
own), and the verbs of working on a text that is not yet done (negotiating, discussing,
drafting, weighing, presenting it: :data:`WORKING`). The callers keep the readings the cue
framework applies to any cue: a negation, a modal, a condition, another party as subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..events.status_cues import VOCABULARIES
from ..page.tokens import word_set
from .status_scope import word_matches

IRREGULAR_PAST = word_set(
    """put set cut hit let struck made gave took won got brought sent held kept shook wrote
    drew laid bound sold bought found came went stood swore spun lent"""
)
"""English irregular pasts an act on a text takes (a closed class of the grammar)."""
_NOT_PAST = word_set("need seed speed united red bed hundred indeed embed")
TEXTS = word_set(
    """accord accords deal deals agreement agreements pact pacts treaty treaties declaration
    declarations memorandum communique text charter protocol compact"""
)
"""Nouns of a text that a signing completes."""
TRUCES = word_set("ceasefire ceasefires truce truces armistice")
"""A truce's own nouns: sealing one agrees it."""
_DRAFTS = word_set(
    """draft drafts proposed possible potential planned mooted future tentative outline
    prospective"""
)
WORKING = (
    "negotiat", "discuss", "debat", "draft", "review", "studi", "examin", "consider", "weigh",
    "mull", "explor", "outlin", "unveil", "present", "tabl", "sought", "want", "need", "hope",
    "tried", "attempt", "push", "pressed", "urg", "demand", "offer", "propos", "float",
    "prepar", "plann", "discard", "suspend", "tore", "quit", "exit", "abandon", "scrap",
    "renounc", "denounc", "withdr", "revok", "cancel", "annul", "criticis", "criticiz",
    "question", "doubt", "mock", "ridicul", "welcom", "prais", "hail", "back", "support",
    "oppos", "block", "stall", "delay", "postpon", "ask", "request", "call", "appeal", "plead",
    "begged", "insist", "deni", "disput", "reject", "refus", "declin", "dismiss", "ruled",
    "fail", "miss",
    # Undoing, wrecking, leaking or reworking a text (review rvst27): no act that seals it.
    "ditch", "shelv", "leak", "sketch", "kill", "torpedo", "scuttl", "ripped", "veto", "amend",
    "revis", "redraft", "renegotiat", "circulat", "preview", "breach", "violat", "condemn",
    "disown", "walked", "sank", "sunk", "junk", "binn", "nix", "froze", "frozen", "repudiat",
)  # fmt: skip
"""Stems of verbs on a text not (or no longer) done: working on it, asking for it, judging,
denying or refusing it, failing at it, or undoing it."""
_DETERMINERS = word_set("the a an this that these those its their his her our your")
_MODALS = word_set("to will would could may might shall should must can")
_CLAUSE = word_set(
    """, and but which who whom whose that while whereas although though if unless whether
    before after until since because when"""
)
_SHORT = word_set("close closer near nearer nearly short almost brink verge edge")
# Prepositions that put the text inside another noun's phrase ("ordered an inquiry into
# violations of the truce", "a review of how the truce is observed"): not the verb's object.
_INNER = word_set("of into about for over against from by at how what why")
_NEGATIONS = word_set("no not never without nor neither any")
# A verb's own object comes first; a text after a preposition is the act's only through
# "to" after that object ("put their names to a pact", "set their hands to a treaty").
_PREPOSITIONS = word_set("to on in at with upon onto under toward towards across")
# Nouns a truce word modifies ("sent its prime minister to the truce talks"): the text is not
# the object, the talks are.
_HEADS = word_set(
    """talks negotiations negotiation proposal proposals plan plans offer offers bid bids
    effort efforts process line lines zone zones monitors violations violation breaches
    demands demand calls call envoy envoys mediators push"""
)
_STOPS = _CLAUSE | _DRAFTS | _NEGATIONS | _SHORT | _INNER
_REACH = 7


def past_form(norm: str) -> bool:
    """A past verb form: an irregular past, or a regular "-ed" form that is no noun."""
    if norm in IRREGULAR_PAST:
        return True
    return len(norm) > 4 and norm.endswith("ed") and norm not in _NOT_PAST


def act_object(norms: Sequence[str], verb: int, objects: frozenset[str]) -> int | None:
    """The index of the text noun the past verb at ``verb`` acts on, when the verb is a past
    form of no working verb, not after "to", a modal or a determiner (an adjective: "the
    signed accord"), and the noun follows within a few words of its clause as the verb's
    object or after "to" past that object, with no other preposition, no infinitive ("to"
    before a verb) and no draft word on the way, and heads its phrase ("the truce talks" is
    talks); else None."""
    norm = norms[verb]
    if not past_form(norm) or norm.startswith(WORKING):
        return None
    if verb and (norms[verb - 1] in _DETERMINERS or norms[verb - 1] in _MODALS):
        return None
    for at in range(verb + 1, min(verb + 1 + _REACH, len(norms))):
        word = norms[at]
        if word in _STOPS or (word in _PREPOSITIONS and word != "to"):
            return None  # "poured cold water on the text", "locked in": no act on it
        if word == "to" and at == verb + 1:
            return None  # "objected to the truce", "responded to the deal": no object
        if word == "to" and _infinitive(norms[at + 1 : at + 2], objects):
            return None  # "failed to seal a deal": an infinitive, not an object
        if word in objects:
            heads = norms[at + 1 : at + 2]
            return None if heads and heads[0] in _HEADS else at  # not "the truce talks"
    return None


def _infinitive(after: Sequence[str], objects: frozenset[str]) -> bool:
    """Whether the word after a "to" is a verb: no determiner, text noun or number."""
    if not after or after[0] in _DETERMINERS or after[0] in objects:
        return False
    return not after[0][:1].isdigit()


def done_acts(norms: Sequence[str], objects: frozenset[str]) -> list[tuple[int, int]]:
    """(verb, after the object) of every past act on one of ``objects`` in a sentence's
    norms (:func:`act_object`)."""
    found = []
    for index in range(len(norms)):
        noun = act_object(norms, index, objects)
        if noun is not None:
            found.append((index, noun + 1))
    return found


def sealed(family: str, norms: Sequence[str]) -> list[tuple[int, int]]:
    """A truce or a deal ``agreed`` (a truce's status, a party's stance) by a past act on it
    ("put their signatures to a bilateral ceasefire", "sealed a truce"), when it is brought
    in as a new one (:func:`_introduced`) and the verb starts no cue of another value of the
    family ("rejected a truce", "proposed a truce" say those values, not this one)."""
    found = done_acts(norms, TEXTS | TRUCES)
    return [
        (verb, end)
        for verb, end in found
        if _introduced(norms, verb, end - 1) and not _other_value(family, norms, verb)
    ]


def _introduced(norms: Sequence[str], verb: int, noun: int) -> bool:
    """Whether the truce or deal is brought in as a new one: the nearest determiner before
    its noun is "a" or "an", or there is none ("sealed a ceasefire", "put their signatures
    to a bilateral ceasefire", "signed 60-day truce"). An act on "the truce", "its truce" is
    on one already standing, which an open verb may as well be ending ("killed the truce",
    "buried the deal"): no agreeing read from it."""
    for at in range(noun - 1, verb, -1):
        if norms[at] in ("a", "an"):
            return True
        if norms[at] in _DETERMINERS:
            return False
    return True


def _other_value(family: str, norms: Sequence[str], at: int) -> bool:
    """Whether a cue of another value starts at ``at``: of the family's, and for a stance of
    the truce's too ("violated the truce" is no stance word, but no agreeing either)."""
    wordings = [VOCABULARIES.get(family, {}), VOCABULARIES["CeasefireStatus"]]
    for value, wording in (item for table in wordings for item in table.items()):
        if value in ("agreed", "in_effect"):
            continue
        for phrase in wording.replace("\n", " ").split("|"):
            words = phrase.split()
            if not words or "…" in words or len(words) > len(norms) - at:
                continue
            if all(word_matches(word, norms[at + step]) for step, word in enumerate(words)):
                return True
    return False


__all__ = [
    "IRREGULAR_PAST",
    "TEXTS",
    "TRUCES",
    "WORKING",
    "act_object",
    "done_acts",
    "past_form",
    "sealed",
]
