"""A count's number against a number of something else in its sentence (outside check 43: "Of
the 22 member States, the presence of 15 heads of State ... was recorded" let 22 pass as heads
present, and "the bodies of 28 deceased hostages" as living hostages freed), for
:func:`summarizer.verification.counts.number_rules.support_number`:

- a partitive's whole: "Of the 22 member States, ...", "Nine of the council's 15 members were
  present", "two of its 40 staff" - the number after "of the"/"of its" (a possessive between)
  at a clause's start or after another number is the whole the part is taken from. It counts
  what its own noun phrase says ("22 member States" for member states) and nothing the count
  adds beyond it ("heads of State present", "members present"). A count whose only words
  beyond it are names the whole's stretch gives ("girls staying at Camp Mystic" for "of the
  roughly 750 girls staying at Camp Mystic, ...") or that name a possessive whole's owner ("SPD
  members" for "Of the party's roughly 360,000 members") is the whole itself (session 30: a
  hedge before the whole's number, "of the roughly 750", is read since then);
- an opposite state: the number's own noun phrase says a state ("28 deceased hostages", "12
  absent members") opposite to one the count says ("living hostages freed", "members
  present"), or a standing after its noun that the count does not say ("two dozen members
  absent" for members voting against): the number counts the others.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set
from .count_owners import owner_clash
from .count_subjects import owner_elsewhere
from .count_words import covers, what_words
from .numbers import NumberMention, word_number
from .whole_stretches import opening_lead, opening_whole, said_of_part

#: The words between "of" and a partitive's whole ("of the 15", "of its 40"; partitive_parts).
OWNING = word_set("the its their his her our")
# Hedges between a partitive's "of the" and its whole's number ("18 of the roughly 60 hikers").
HEDGES = word_set("roughly nearly about around some almost approximately estimated over")
_PHRASE_ENDS = word_set(
    """were was is are be been have has had who that which and or to in at for on by from with
    of as but while whose"""
)
# Words of a share that stand for a partitive's part as a number does (session 35: "Half of the
# 400 workers voted to strike" is no 400 workers who voted to strike).
_SHARE_PARTS = word_set(
    """half third thirds quarter quarters fifth fifths tenth tenths majority minority most
    some many few several"""
)
# States a noun phrase may hold, each beside its opposites.
_STATES = (
    (word_set("living alive surviving live"), word_set("dead deceased slain late killed")),
    (word_set("present attending"), word_set("absent missing")),
)


# States said after a noun of people that keep them out of what the count counts ("present"
# does not: "opposed by all 48 Labour members present" is 48 against).
_STANDING = word_set("absent missing abstaining")


def noun_phrase(tokens: Sequence[Token], start: int) -> list[str]:
    """The words of a noun phrase from ``start`` to the first punctuation or function word
    other than "of" and "the" (its complement: "members of the board")."""
    words: list[str] = []
    for token in tokens[start : start + 6]:
        if token.norm in {"of", "the"}:
            continue  # "35 members of the board"
        if token.norm in _PHRASE_ENDS or not token.norm[:1].isalnum():
            break
        words.append(token.norm)
    return words


def partitive_whole(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> bool:
    """Whether the number is a partitive's whole and the count says more than its noun
    phrase (see the module)."""
    at = mention.first - 1
    at -= 1 if at >= 1 and tokens[at].norm in HEDGES else 0  # "of the roughly 750 girls"
    owner: list[str] = []
    if at >= 1 and is_possessive(tokens[at], text):
        owner.append(tokens[at].norm)  # "of the council's 15 members"
        at -= 1
    lead = -1 if owner or at < 0 else opening_lead(tokens, at, text)  # "Among the 40 ...,"
    bare = at >= 1 and not owner and tokens[at].norm == "of"  # "122 of 198 parties"
    if (
        bare
        and lead < 0
        and not (tokens[at - 1].is_number or word_number([tokens[at - 1].norm], 0))
    ):
        return False  # "a population of 1.3 million": no part before the whole
    if (
        lead < 0
        and not bare
        and (at < 1 or tokens[at].norm not in OWNING or tokens[at - 1].norm != "of")
    ):
        return False
    opening = lead if lead >= 0 else at if bare else at - 1
    part_first = False  # the part's number before "of" ("Three of the five judges dissented")
    if opening and lead < 0:  # at a clause's start, or after the part's number ("Nine of ...")
        head = tokens[opening - 1]
        gap = text[head.end : tokens[opening].start]
        part_first = head.is_number or bool(word_number([head.norm], 0))
        part_first = part_first or head.norm in _SHARE_PARTS  # "A quarter of the 2,000 staff"
        if not (part_first or "," in gap or ";" in gap):
            return False  # "the bodies of the 28 hostages": "of" after a noun, no partitive
        if opening >= 2 and tokens[opening - 2].norm in {"every", "each"}:
            return False  # "Every one of the 27 member states voted": all of them
    phrase = [*owner, *noun_phrase(tokens, mention.last + 1)]
    for at in range(mention.last + 2, min(mention.last + 6, len(tokens))):
        verb = tokens[at].norm
        if verb.endswith("ed") and (
            (at + 1 < len(tokens) and tokens[at + 1].norm in _OBJECT_OPENINGS)
            or (part_first and _main_verb(tokens, at, text))  # not "Of the 14 missiles fired, 13"
        ):
            phrase = phrase[: phrase.index(verb)] if verb in phrase else phrase
            break  # "61 of 93 states ratified the treaty": the whole is the states
    if not phrase:  # "110 of the 203 which were planned did not land": flights that did not
        return part_first and said_of_part(tokens, mention, what, text)  # land are the part's
    extra = [word for word in what_words(what) if not covers(phrase, word)]
    if (
        extra
        and set(extra) <= _names(what)
        and (owner or _named_after(tokens, mention, extra, text))
    ):
        return False  # "SPD members" of "the party's members"; "girls staying at Camp Mystic"
    if extra and not part_first and opening_whole(tokens, mention, extra, text):
        return False  # "Of the 25 people on board - 22 crew and ... -, three were killed"
    if extra and part_first and all(covers(_own_stretch(tokens, mention, text), w) for w in extra):
        return False  # "Seven of the 32 climbers on the ridge turned back" (review rvec31)
    return bool(extra)


def _own_stretch(tokens: Sequence[Token], mention: NumberMention, text: str) -> list[str]:
    """The words of a whole after its part ("Seven of the 32 climbers on the ridge turned
    back") up to the part's verb: a finite verb, or an "-ed" verb that is its clause's
    (:func:`_main_verb`); none when no such verb ends them before a mark, a number or a few
    words (review rvec31: the whole's noun phrase stopped at "on")."""
    words: list[str] = []
    for at in range(mention.last + 1, min(mention.last + 11, len(tokens))):
        norm = tokens[at].norm
        if words and any(mark in text[tokens[at - 1].end : tokens[at].start] for mark in ",;:()"):
            return []
        if tokens[at].is_number:
            return []
        if words and (norm in _FINITE or (norm.endswith("ed") and _main_verb(tokens, at, text))):
            return words
        words.append(norm)
    return []


def _names(what: str) -> set[str]:
    return {word.strip(".,'").lower() for word in what.split() if word[:1].isupper()}


def _named_after(
    tokens: Sequence[Token], mention: NumberMention, names: Sequence[str], text: str
) -> bool:
    """Whether the whole's own stretch, up to a clause mark or a finite verb, gives every one
    of ``names`` ("the roughly 750 girls staying at Camp Mystic, ...": the whole is where
    the count says it is)."""
    stretch: list[str] = []
    for at in range(mention.last + 1, min(mention.last + 10, len(tokens))):
        if any(mark in text[tokens[at - 1].end : tokens[at].start] for mark in ",;:.()"):
            break
        if tokens[at].norm in _FINITE:
            break  # "Two of the 24 hostages released on Friday were Thai": the part's words
        stretch.append(tokens[at].norm)
    return all(covers(stretch, name) for name in names)


def _main_verb(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether the "-ed" word at ``at`` after a partitive's whole is its clause's verb ("Three
    of the five judges dissented from the ruling": the whole is the judges, not judges who
    dissented), not a participle of the whole's own ("Two of the 24 hostages released on
    Friday were Thai"): no finite verb follows it before a clause mark or a subordinate
    clause's opener."""
    for index in range(at + 1, len(tokens)):
        if any(mark in text[tokens[index - 1].end : tokens[index].start] for mark in ",;:()"):
            return True
        if tokens[index].norm in _SUBORDINATORS:
            return True  # "resigned on Monday after the audit was published"
        if tokens[index].norm in _FINITE:
            return False
    return True


#: Finite verbs after a participle that make it a modifier of the noun before it.
_FINITE = word_set("is are was were be been has have had will would could can may might must")
#: Words that open an adverbial clause, whose verbs are not the partitive's clause's
#: ("resigned on Monday after the audit was published"; partitive_parts).
ADVERBIAL_OPENERS = word_set("after before when because as while since until unless where if once")
#: The same with the relative pronouns, which also end the clause of an "-ed" verb.
_SUBORDINATORS = ADVERBIAL_OPENERS | word_set("who which that whose")
#: Words that open a verb's object ("signed the charter", "seized their cargo").
_OBJECT_OPENINGS = word_set("the a an its their his her our")


def opposite_state(tokens: Sequence[Token], mention: NumberMention, what: str) -> bool:
    """Whether the number's noun phrase says a state opposite to one the count says."""
    phrase = set(noun_phrase(tokens, mention.last + 1)[:3])
    if not phrase:
        return False
    wanted = set(what_words(what))
    if any(word in _STANDING and word not in wanted for word in phrase):
        return True  # "two dozen members absent" is no count of members voting against
    for one, other in _STATES:
        if (phrase & one and wanted & other) or (phrase & other and wanted & one):
            return True
    return False


def other_group(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> bool:
    """Whether the number counts another group than ``what`` ("Of the 22 member States, 15
    heads of State"; "28 deceased hostages" for living ones): see the module."""
    return (
        partitive_whole(tokens, mention, what, text)
        or opposite_state(tokens, mention, what)
        or owner_clash(tokens, mention, what)  # "32 Armenian servicemen" (count_owners)
        or owner_elsewhere(tokens, mention, what, text)  # "UNITA took 90 seats" (count_subjects)
    )


__all__ = [
    "ADVERBIAL_OPENERS",
    "OWNING",
    "covers",
    "noun_phrase",
    "opposite_state",
    "other_group",
    "partitive_whole",
    "what_words",
]
