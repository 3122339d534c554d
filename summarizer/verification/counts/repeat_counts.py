"""How many times an occasion happened, told by how often it happened rather than by a number
before the occasion's noun (outside check 49), for
:func:`summarizer.verification.counts.number_rules.support_number` (``count`` fields only):

- a repeat after a verb of the counted occasion: "Putin and Erdogan have met 27 times" (27
  meetings), "negotiators have met twice in Istanbul" (2), "Russia has struck the plant three
  times" (3 strikes), "the two leaders have spoken by phone more than 20 times" (more than 20
  calls); the occasion's noun serves too ("held talks twice");
- an ordinal of the occasion: "met for the third time" and "the third time the two have
  met" (three meetings, this one the third), "the 19th round of talks" (19 rounds, the digits'
  ordinal read as the words' "fifth trip" is); only an occasion's: "the 84th co-sponsor" is
  who joined when, no count of co-sponsors (the red team's rt-number-0192).

A fact-checker takes the number for the occasion the verb or the noun next to it names, and
for nothing else in the sentence: the repeat must follow its verb in the same clause with no
other number between ("have met 27 times and spoken 40 times" gives 40 to the calls, none to
the meetings); a verb of another occasion ("spoken by phone five times") counts no meetings; a
frequency ("twice a year", "three times a week", "every") and a multiple ("twice as many",
"three times higher") count no occasion at all; a year, an age or a name's number ("the Group
of 20") are no repeats. The qualifier is the article's ("at least twice", "more than 20 times"),
so a count written "exact" against them is still refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from summarizer.text.vocabulary import MONTHS, NUMBER_WORDS, ORDINALS, WEEKDAYS
from ..figures.field_readings import others_met
from ..figures.numbers import NumberMention, qualifiers_at
from ..page.tokens import Token, clause_gap, ordinal_at, superlative, word_set
from .amounts import ANY_COUNT, cue_word

# The occasions a count may number, each with the verbs that tell one happened. A count's cue
# stems (from what it counts: "meetings" gives "meeting") pick the groups whose nouns they are.
_OCCASIONS: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (
        ("meeting", "meet", "summit", "talk", "round", "session", "encounter", "negotiation"),
        word_set("met meet convened gathered sat"),
    ),
    (
        ("call", "conversation", "phone"),  # not "talk": "rounds of talks" are no calls
        word_set("spoke spoken talked phoned"),
    ),
    (("visit", "trip"), word_set("visited travelled traveled toured")),
    (
        ("strike", "attack", "raid", "bombing", "shelling", "hit"),
        word_set("struck hit attacked shelled bombed targeted raided"),
    ),
    (("vote", "ballot"), word_set("voted")),
    (("postpone", "delay"), word_set("postponed delayed")),
    (("extension", "renewal"), word_set("extended renewed prolonged")),
)
_ALL_VERBS = frozenset().union(*(verbs for _, verbs in _OCCASIONS))
_REPEATS = {"once": 1, "twice": 2, "thrice": 3}
_TIMES = word_set("times time")
# Words after a repeat that make it a multiple or a frequency, not a count of occasions.
_MULTIPLES = word_set(
    """as more less larger bigger higher lower greater smaller faster the that over what
    longer"""
)
# A comparative after "N times" makes a multiple too ("four times worse", "three times harder",
# "ten times deadlier"): the known irregular ones, and any "-er"/"-ier" word that is not a
# word of time or place ("met three times together", "twice earlier this year").
_IRREGULAR = word_set("worse better further farther")
_NOT_COMPARATIVE = word_set(
    """after over under never ever whenever however together other either neither whether
    earlier later hereafter thereafter whatever wherever rather"""
)
_FREQUENCY = word_set("a an per every each daily weekly monthly yearly annually")
# "over", "the" and "that" after "N times" open a multiple ("three times over", "four times the
# size", "twice that of May") unless a time or, after "over", a named place follows: "three
# times over the weekend", "that morning", "the next night", "over the Red Sea" are counts.
_SCENE_OPENERS = word_set("over the that")
_SCENE_FILLERS = word_set(
    """the a an this that these those past last next following previous same whole entire
    few several"""
)
_TIME_NOUNS = (
    word_set(
        """morning mornings afternoon evening night nights day days week weeks weekend weekends
    month months year years hour hours decade"""
    )
    | frozenset(WEEKDAYS)
    | frozenset(MONTHS)
)
_FOR = word_set("for")
_DETERMINERS = word_set("the a")
_NEGATIONS = word_set("not never no n't neither nor")
_AFTER_FIRST = word_set("since in")  # "for the first time since 2019": earlier ones there were
# Words for one occasion: "the sixth round of negotiations" is a sixth round of talks.
_KIN = (("talk", "negotiat", "consult", "discuss", "dialog"),)
_GAP = 6  # most words between a verb and its repeat ("have met face to face in Istanbul twice")


def repeat_mentions(
    tokens: Sequence[Token], cue_words: tuple[str, ...], cues: Sequence[int], text: str,
    mentions: Sequence[NumberMention],
) -> list[NumberMention]:  # fmt: skip
    """Each number of the sentence that counts how often the count's occasion happened (see
    the module), read anew with its qualifier: new objects, so the caller tells them apart
    from the sentence's ``mentions`` by identity."""
    verbs = _verbs(cue_words)
    if not verbs and not cues:
        return []
    norms = [token.norm for token in tokens]
    found: list[NumberMention] = []
    anchors = sorted({*cues, *(i for i, norm in enumerate(norms) if norm in verbs)})
    for anchor in anchors:
        repeat = _repeat_after(tokens, norms, anchor, text, mentions, anchor not in cues)
        if repeat is not None:
            found.append(repeat)
    for index in range(len(tokens)):  # "the third time the two have met"
        value = ordinal_at(tokens, index)
        noun = index + (2 if tokens[index].is_number else 1)  # past "19th"'s suffix
        if value is None or noun >= len(tokens):
            continue
        if norms[noun] in _TIMES and _verb_follows(tokens, norms, noun + 1, verbs, text):
            found.append(_mention(norms, index, index, value))
        elif (
            verbs
            and tokens[index].is_number
            and _before_cue(tokens, index, cues)
            and not _of_other(tokens, index + 2, cue_words)
        ):
            found.append(_mention(norms, index, index + 1, value))  # "the 19th round"
    return found


def repeat_written(tokens: Sequence[Token], wanted: float) -> bool:
    """Whether the sentence may write ``wanted`` as an ordinal or a repeat the plain number
    reader does not read ("third", "19th", "twice"), so that a count looks further."""
    for index, token in enumerate(tokens):
        if _REPEATS.get(token.norm) == wanted or ORDINALS.get(token.norm) == wanted:
            return True
        if token.is_number and ordinal_at(tokens, index) == wanted:
            return True
    return False


def other_repeat(
    tokens: Sequence[Token], mention: NumberMention, cue_words: tuple[str, ...],
    repeats: Sequence[NumberMention], text: str, what: str = "",
) -> str:  # fmt: skip
    """Why ``mention`` is not the count when the sentence tells counts by repeats: "N times"
    after a verb of another occasion ("met more than four times, and spoken by video link
    twice" gives no 4 to the calls), or a number that is no repeat and counts no noun while
    the sentence tells this count by one ("Erdogan, 71, has visited Russia seven times": 71
    is no count of visits). "" when it may be the count."""
    if any(mention is repeat for repeat in repeats):
        return others_met(tokens, mention, what, text)
    norms = [token.norm for token in tokens]
    if ORDINALS.get(norms[mention.first]) == mention.value and _of_other(
        tokens, mention.first + 1, cue_words
    ):  # "their fifth round of golf" is no fifth round of talks (amounts.ordinals_in)
        thing = " ".join(norms[mention.first : mention.first + 4])
        return f"{thing!r} numbers another thing than {what!r}"
    if mention.unit in _TIMES and _not_a_count(tokens, mention.last + 1):
        following = norms[mention.last + 2]  # "four times worse", "three times a week"
        return f"{mention.value:g} times is a multiple or a rate ({following!r}), no count"
    own = _verbs(cue_words)
    if not own:
        return ""
    if mention.unit in _TIMES:
        verb = _verb_before(tokens, mention.first, text)
        if verb and verb not in own:
            return f"{mention.value:g} times is how often another occasion happened ({verb!r})"
        return ""
    counted = mention.unit and any(mention.unit.startswith(cue) for cue in cue_words)
    if repeats and not counted and all(r.value != mention.value for r in repeats):
        return f"{mention.value:g} is no count of the occasion the sentence counts by its repeats"
    return ""


def _verb_before(tokens: Sequence[Token], first: int, text: str) -> str:
    """The occasion verb a repeat at ``first`` follows in its clause, or ""."""
    for index in range(first - 1, max(first - 1 - _GAP, -1), -1):
        if clause_gap(tokens, index, text) or tokens[index].is_number:
            return ""
        if tokens[index].norm in _ALL_VERBS:
            return tokens[index].norm
    return ""


@lru_cache(maxsize=256)  # a pure function of a field's few cue lists, asked for every count
def _verbs(cue_words: tuple[str, ...]) -> frozenset[str]:
    verbs: set[str] = set()
    own = [cue for cue in cue_words if cue not in ANY_COUNT]
    for nouns, words in _OCCASIONS:  # "meeting" finds "meetings", "postpone" "postponements"
        if any(cue_word(noun, own) or cue.startswith(noun) for noun in nouns for cue in own):
            verbs |= words
    return frozenset(verbs)


def _repeat_after(
    tokens: Sequence[Token], norms: list[str], anchor: int, text: str,
    mentions: Sequence[NumberMention], verb: bool,
) -> NumberMention | None:  # fmt: skip
    """The repeat that follows the verb (or noun) at ``anchor`` in its clause: "27 times",
    "twice", "for the third time"; None past another number, a clause mark or ``_GAP`` words
    (a noun only right after it: "held talks twice")."""
    reach = anchor + 1 + (_GAP if verb else 2)
    if verb and any(
        t.norm in _NEGATIONS or t.norm.endswith("n't") for t in tokens[max(anchor - 3, 0) : anchor]
    ):
        return None  # "have not met once since the invasion": no meeting counted
    for index in range(anchor + 1, min(reach, len(tokens))):
        if clause_gap(tokens, index - 1, text):
            return None
        token = tokens[index]
        own = next((m for m in mentions if m.first == index), None)
        if own is not None or token.is_number:  # "27 times", "three times"; not "27 members"
            if own is None or own.unit not in _TIMES or _not_a_count(tokens, own.last + 1):
                return None
            if tokens[own.last + 1].capitalised if own.last + 1 < len(tokens) else False:
                return None  # "met two Times reporters": a paper's name
            return _mention(norms, own.first, own.last + 1, own.value, own.qualifiers)
        value = _REPEATS.get(token.norm)
        if value is not None:
            return None if _not_a_count(tokens, index) else _mention(norms, index, index, value)
        if token.norm in _FOR and _nth_time(tokens, norms, index + 1):  # "for the third time"
            value = ordinal_at(tokens, index + 2)
            after = norms[index + 4 : index + 5] if not tokens[index + 2].is_number else []
            if value == 1 and not _AFTER_FIRST.isdisjoint(after):
                return None  # "met for the first time since 2019", "in six years"
            if value is not None:
                return _mention(norms, index + 2, index + 2, value)
        if ORDINALS.get(token.norm) is not None:
            return None
    return None


def _not_a_count(tokens: Sequence[Token], after: int) -> bool:
    """A multiple ("twice as many", "three times higher") or a frequency ("twice a year",
    "three times a week", "twice every month"): the words right after the repeat."""
    following = tokens[after + 1].norm if after + 1 < len(tokens) else ""
    if following in _SCENE_OPENERS and _scene(tokens, after + 1):
        return False
    if following in _MULTIPLES or _comparative(following):
        return True
    return following in _FREQUENCY


def _scene(tokens: Sequence[Token], opener: int) -> bool:
    """Whether the words after ``opener`` ("over", "the", "that") name a time ("over the past
    week", "that morning", "the next night", "over two days") or, after "over", a named place
    ("over the Red Sea"): the repeat's scene, not a multiple's measure."""
    for token in tokens[opener + 1 : opener + 4]:
        if token.norm in _SCENE_FILLERS or token.is_number or token.norm in NUMBER_WORDS:
            continue
        if token.norm in _TIME_NOUNS:
            return True
        return token.capitalised and tokens[opener].norm == "over"
    return False


def _comparative(word: str) -> bool:
    """ "worse", "harder", "deadlier": a comparative, so "N times" before it is a multiple."""
    if word in _IRREGULAR:
        return True
    return len(word) > 4 and word.endswith("er") and word not in _NOT_COMPARATIVE


def _nth_time(tokens: Sequence[Token], norms: list[str], start: int) -> bool:
    """ "the third time", "a 27th time" from ``start`` on."""
    if start + 2 >= len(tokens) or norms[start] not in _DETERMINERS:
        return False
    ordinal = start + 1
    if ordinal_at(tokens, ordinal) is None:
        return False
    noun = ordinal + (2 if tokens[ordinal].is_number else 1)
    return noun < len(norms) and norms[noun] in _TIMES


def _before_cue(tokens: Sequence[Token], index: int, cues: Sequence[int]) -> bool:
    """Digits' ordinal right before the occasion's noun, or one word before it ("the 19th
    round", "the 5th formal round"; not "the 19th of March")."""
    noun = index + 2  # past the suffix
    if noun < len(tokens) and (tokens[noun].joined or tokens[noun].capitalised):
        return False  # "the 19th-century treaty"; a name: "the 3rd Assault Brigade"
    if noun < len(tokens) and superlative(tokens[noun]):
        return False  # "the 2nd strongest quake": a rank
    return noun in cues or (noun + 1 in cues and not tokens[noun].is_number)


def _of_other(tokens: Sequence[Token], noun: int, cue_words: tuple[str, ...]) -> bool:
    """ "the 19th round of sanctions": the occasion's noun (at ``noun`` or one word on) is of
    another thing than the count's cue words name; not "the 8th round of the Geneva talks" or
    "the 12th meeting of the Joint Commission" (a body's name)."""
    own = [cue for cue in cue_words if cue not in ANY_COUNT]
    own += [kin for kins in _KIN if any(c.startswith(kins) for c in own) for kin in kins]
    for at in (noun, noun + 1):
        if at + 2 < len(tokens) and tokens[at + 1].norm == "of":
            words = [t for t in tokens[at + 2 : at + 5] if t.norm not in _DETERMINERS]
            if not words or words[0].capitalised:
                return False
            return not any(t.norm.startswith(cue) for t in words for cue in own)
    return False


def _verb_follows(
    tokens: Sequence[Token], norms: list[str], start: int, verbs: frozenset[str], text: str
) -> bool:
    """ "the third time the two leaders have met": a verb of the occasion within the clause
    after "time"."""
    for index in range(start, min(start + _GAP, len(tokens))):
        if index > start and clause_gap(tokens, index - 1, text):
            return False
        if tokens[index].is_number:
            return False
        if norms[index] in verbs:
            return True
    return False


def _mention(
    norms: list[str], first: int, last: int, value: float,
    qualifiers: frozenset[str] | None = None,
) -> NumberMention:  # fmt: skip
    """A repeat read as a quantity: its qualifier from the words around it ("at least
    twice")."""
    read = qualifiers if qualifiers is not None else qualifiers_at(norms, first, last)
    return NumberMention(
        value=float(value), first=first, last=last, qualifiers=read, unit="times", after=""
    )


__all__ = ["other_repeat", "repeat_mentions", "repeat_written"]
