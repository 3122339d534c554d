"""What a number counts, read from its clause rather than from the words beside it (session 38,
outside checks 50-85: correct counts refused as "N is in its evidence, but not as this field's
number (no CUE next to it)", the count's noun being in the number's clause but not next to
it), for :func:`summarizer.verification.counts.apart_counts.any_part`.

English gives a number its noun through the clause it stands in, in three forms a reader
resolves without thinking:

- the ends of a change count the change's subject: in "SUBJECT rose/fell/recovered/bottomed
  out (by D) (from A) to B", and in "... to B in March and C in June", every end counts the
  subject ("Registrations fell 43.5 percent, from 137,071 to 77,446"; "Funding rounds
  bottomed out at 105, then recovered to 118 in the third and 137 in the fourth"). A verb
  that moves its object ("lifts its 777-9 orders to 270", "took the headcount to 5,400")
  gives the end to the object. The subject is read back from the verb to the clause's start
  (a ";" or the sentence's start, a comma before a conjunction or a relative): another
  clause's subject never lends its noun ("Registrations fell to 77,446; prices rose to
  52,000": 52,000 is prices), and a count that asks for the earlier end ("original charges" of
  "The original 11 charges were cut to four") is left to :mod:`.change_ends`;
- a number that is the object of a verb counts what the verb's noun names: a verb and its
  nominalisation are one word ("employed 3,000 people" are employees; "will let go 41", "let
  300 people go" are laid off; "reduce"/"reductions"), the verb read before the number past
  its hedges and a short aside ("will let go, for good, 41 of the 351 people");
- a partitive "N of the X, ASIDE, PREDICATE" counts X restricted by the predicate past an
  aside in commas ("Three of the injured, a child among them, were in critical condition":
  3 injured in critical condition; the aside's "child" is no word of the part's).

Every form keeps a number bound to its own noun: "fell to 3,000 jobs" keeps "jobs", and a
number with a noun of its own that no word of the count names is not read (nor one in percent
for a count that is no share). The whole of a partitive is never its part: the number after
"of the" is no object of the verb before the partitive.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.tokens import Token, word_set
from ..sentences.passives import be_before
from .change_ends import asks_earlier
from .count_words import what_words
from .numbers import NumberMention

# Hedges and comparatives between a verb or a preposition and its number ("rose to about 20",
# "employed more than 3,000", "to roughly 20,000", "just over one million").
_HEDGES = word_set(
    """about around roughly nearly almost some over under more than less fewer least just
    only approximately an estimated another"""
)
# The verbs of a change of level (and the particles of "bottomed out", "levelled off"): their
# subject, or the object they move, is what the change's ends count.
_CHANGES = word_set(
    """rose rise rises rising risen fell fall falls falling fallen climb jump grew grow grows
    growing grown increas decreas declin drop dipp dip dips slid slide slump sank sink recover
    rebound bounc bottom peak surg soar tumbl plung plummet shrank shrink shrunk swell swoll
    edged edging eased easing eases crept creep doubl tripl trebl quadrupl halv lift lifts rais
    reduc cut cuts trim slash boost push pushes pushed took take takes brought bring brings"""
)
# Verbs that move their object ("lifts its orders to 270", "took the headcount to 5,400").
_MOVING = word_set(
    "lift rais reduc cut trim slash boost push took take bring brought doubl halv tripl trebl"
)
# Words after a verb of change that open no object of it ("doubled last year, from 1,940 to").
_NOT_MOVED = word_set("to at from by in on over during last this a an")
# Prepositions that open a change's end ("to 77,446", "at 105", "from 137,071").
_ENDS = word_set("to at from")
# Words that may follow a conjoined end ("118 in the third and 137 in the fourth").
_AFTER_END = word_set("in on by during for last this a an")
# Words that open a new clause: a subject is never read past them.
_OPENERS = word_set(
    """and but while whereas which who that when after before because as although though
    since if or so then"""
)
# A verb and its nominalisation are one word: "employed" is "employees", "let go" is "laid off".
_SUFFIXES = ("ments", "ment", "ions", "ion", "ees", "ee", "ers", "er", "ed", "ing", "es", "s")
# The irregular and phrasal forms of the verbs of dismissal English writes for one another.
_DISMISSAL = frozenset({"lay", "laid", "lays", "laying", "layoff", "layoffs", "let"})
_DISMISSAL_TAILS = word_set("off go")
# Words that join a second verb to a first's subject ("fell ..., then recovered", "and rose").
_SHARING = word_set("then and")
_SIGNS = "$\u00a3\u20ac\u00a5\u20b9"  # a sum's sign before its number: no count's
# Subordinators that open another clause between a change's verb and a later "at"/"to"/"from"
# ("Output fell as miners walked out at 14 of the pits": 14 ends no change of the output).
_SUBORDINATE = word_set(
    "as after before because since once until unless when while whereas although though if with"
)
_AS_DEGREE = word_set("much many high low far well long")  # "rose as much as 20 percent to"
# A predicate denied or not done: "were not released", "refused to return", "were never in"
# (and what follows "without" is not said of them).
_DENIED = word_set("not never no none neither nor")
_NOT_DONE = ("refus", "fail", "declin")
_TIMES = frozenset(MONTHS) | frozenset(WEEKDAYS)
_RELATIVE = word_set("that which who whom whose without")
_ASIDE = 7  # most words of an aside in commas that a verb's object or a part's predicate skips
_REACH = 12  # most words between a change's verb and its end


def clause_counts(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> bool:  # fmt: skip
    """Whether the number's clause says it counts ``what`` (see the module)."""
    words = what_words(what)
    if not words or not _own_noun_fits(tokens, mention, words, what):
        return False
    start = tokens[mention.first].start
    if start and text[start - 1] in _SIGNS:  # "to $2,400 an ounce" is a price, no count
        return False
    if _asks_share(what) and mention.unit != "percent":  # "percent rise" is no 2,400
        return False
    return (
        (
            not asks_earlier(what)
            and not _other_time(tokens, mention, words, text)
            and _change_end(tokens, mention, mentions, words, text)
        )
        or _verb_object(tokens, mention, words, text, _names(what))
        or _aside_part(tokens, mention, words, text)
    )


def same_word(word: str, count_word: str) -> bool:
    """Whether a word of the text is a word of the count in another form: a plural or a
    changed ending ("stays" is no "staff": both roots are read whole, to four letters), a
    verb and its nominalisation ("employed" and "employees", "reduce" and "reductions"), or a
    verb of dismissal for another ("let" of "let go" and "laid" of "laid off")."""
    if word == count_word:
        return True
    if word in _DISMISSAL and count_word in _DISMISSAL:
        return True
    one, other = _root(word), _root(count_word)
    size = min(len(one), len(other))
    return size >= 4 and one[: max(size - 1, 4)] == other[: max(size - 1, 4)]


def same_noun(word: str, count_word: str) -> bool:
    """Whether a word of the text is a word of the count as a noun, singular or plural
    ("orders" and "order"; not "ordered": a change's subject is a stock, and the count of
    what was ordered this time is no count of the orders it lifts)."""
    return _singular(word) == _singular(count_word)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _root(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _named(phrase: Sequence[str], words: Sequence[str]) -> bool:
    return any(same_word(token, word) for token in phrase for word in words)


def _noun_named(phrase: Sequence[str], words: Sequence[str]) -> bool:
    return any(same_noun(token, word) for token in phrase for word in words)


def _own_noun_fits(
    tokens: Sequence[Token], mention: NumberMention, words: Sequence[str], what: str
) -> bool:
    """A number bound to a noun of its own ("3,000 jobs", "20 percent") counts that noun: it is
    read here only when a word of the count names it, or it is a filler ("people")."""
    if mention.unit == "percent":
        return _asks_share(what)
    at = mention.last + 1
    if at >= len(tokens) or not tokens[at].norm.isalpha():
        return True
    own = tokens[at].norm
    if own in _AFTER_END or own in _OPENERS or own in _ENDS or own in _HEDGES:
        return True
    return own in word_set("people persons of") or _noun_named([own], words)


def _asks_share(what: str) -> bool:
    folded = what.lower().replace(" ", "")
    return "percent" in folded or "share" in folded or "%" in folded


def _hedged_start(tokens: Sequence[Token], mention: NumberMention) -> int:
    """The index of the word before the number, past its hedges."""
    at = mention.first - 1
    while at >= 0 and tokens[at].norm in _HEDGES:
        at -= 2 if tokens[at].norm == "least" and at >= 1 and tokens[at - 1].norm == "at" else 1
    return at


def _gap(tokens: Sequence[Token], at: int, text: str) -> str:
    """The text between ``tokens[at - 1]`` and ``tokens[at]``."""
    return text[tokens[at - 1].end : tokens[at].start] if at >= 1 else ""


def _change_verb(token: Token) -> bool:
    return any(token.norm.startswith(stem) for stem in _CHANGES)


def _change_end(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    words: Sequence[str], text: str,
) -> bool:  # fmt: skip
    """An end of a change whose subject (or moved object) a word of the count names."""
    at = _hedged_start(tokens, mention)
    if at < 0:
        return False
    if tokens[at].norm not in _ENDS:
        if tokens[at].norm != "and" or ";" in _gap(tokens, at + 1, text):
            return False
        after = mention.last + 1  # "and 137 in the fourth"; not "and 310 members attended"
        bare = after < len(tokens) and not _gap(tokens, after, text).strip()
        if bare and tokens[after].norm not in _AFTER_END:
            return False
        earlier = [m for m in mentions if m.last < at and at - m.last <= 5]
        return bool(earlier) and _change_end(tokens, earlier[-1], mentions, words, text)
    for back in range(at - 1, max(at - _REACH, -1), -1):
        gap = _gap(tokens, back + 1, text)
        if ";" in gap or ":" in gap or _subordinate(tokens, back):
            return False
        if not _change_verb(tokens[back]):
            continue
        object_ = takewhile(lambda t: t.norm not in _NOT_MOVED, tokens[back + 1 : at])
        moved = [t.norm for t in object_ if not t.is_number]
        if moved and any(tokens[back].norm.startswith(s) for s in _MOVING):
            return _noun_named(moved, words)  # "lifts its 777-9 orders to 270"
        subject = _subject(tokens, back, text)
        if not subject and back >= 1 and tokens[back - 1].norm in _SHARING:
            return _shared_subject(tokens, back - 1, words, text)  # "..., then recovered to"
        return _noun_named(subject, words)
    return False


def changed_phrase(tokens: Sequence[Token], mention: NumberMention, text: str) -> list[str]:
    """The subject (or moved object) of the change whose "to"/"at"/"from" end the number is,
    in the text's order, read as :func:`_change_end` reads it; [] for no such end."""
    at = _hedged_start(tokens, mention)
    ends = at > 0 and tokens[at].norm in _ENDS
    for back in range(at - 1, max(at - _REACH, -1), -1) if ends else ():
        if ";" in _gap(tokens, back + 1, text) or _subordinate(tokens, back):
            return []
        if _change_verb(tokens[back]):
            moved = list(takewhile(lambda t: t.norm not in _NOT_MOVED, tokens[back + 1 : at]))
            if moved and any(tokens[back].norm.startswith(s) for s in _MOVING):
                return [t.norm for t in moved]
            return _subject(tokens, back, text)[::-1]
    return []


def _subordinate(tokens: Sequence[Token], at: int) -> bool:
    """Whether the word opens a subordinate clause ("as miners walked out at 14"), not the
    degree of a change ("rose as much as 20 percent to 4,000")."""
    if tokens[at].norm not in _SUBORDINATE:
        return False
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    is_degree = after is not None and (after.is_number or after.norm in _AS_DEGREE)
    return not (tokens[at].norm == "as" and is_degree)


def _other_time(
    tokens: Sequence[Token], mention: NumberMention, words: Sequence[str], text: str
) -> bool:
    """Whether the count names a time (a year, a month, a weekday) and the end gives its own
    time, another ("fell from 7,802 in 2023 to 5,466 in 2024": 5,466 is no count of 2023)."""
    asked = {w for w in words if w in _TIMES or (w.isdigit() and len(w) == 4)}
    at = mention.last + 1
    if not asked or at >= len(tokens) or tokens[at].norm not in word_set("in on during"):
        return False
    own: set[str] = set()
    for index in range(at + 1, min(at + 4, len(tokens))):
        if any(mark in _gap(tokens, index, text) for mark in ".,;:") or tokens[index].norm in _ENDS:
            break
        own.add(tokens[index].norm.replace(",", ""))
    return bool(own) and not asked & own


def _shared_subject(tokens: Sequence[Token], before: int, words: Sequence[str], text: str) -> bool:
    """A second change verb joined to a first ("bottomed out at 105 ..., then recovered to
    118"): the two share the first's subject, read before the nearest change verb before."""
    for back in range(before - 1, max(before - _REACH, -1), -1):
        if ";" in _gap(tokens, back + 1, text):
            return False
        if _change_verb(tokens[back]) and not any(tokens[back].norm.startswith(s) for s in _MOVING):
            return _noun_named(_subject(tokens, back, text), words)
    return False


def unheld_end(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    text: str, held: Sequence[float],
) -> float | None:  # fmt: skip
    """An end of the change the number ends (in its part of the sentence, between ";") whose
    value none of ``held`` is: the fact's counts of one thing that give one end twice and
    another none ("bottomed out at 105, then recovered to 118 in the third and 137 in the
    fourth" given as 118, 118 and 137) have moved a value over, though each reads alone."""
    if not _end(tokens, mention, mentions, text):
        return None
    for other in mentions:
        low, high = sorted((other.first, mention.first))
        parted = any(";" in _gap(tokens, at, text) for at in range(low + 1, high + 1))
        if other is mention or parted or not _end(tokens, other, mentions, text):
            continue
        if all(abs(other.value - value) > 1e-9 for value in held):
            return other.value
    return None


def _end(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> bool:
    """Whether the number is an end of a change: after "to", "at" or "from" (past hedges) or
    joined by "and" to such an end a few words before it."""
    at = _hedged_start(tokens, mention)
    if at < 0 or mention.unit == "percent":
        return False
    if tokens[at].norm in _ENDS:
        return True
    if tokens[at].norm != "and" or ";" in _gap(tokens, at + 1, text):
        return False
    earlier = [m for m in mentions if m.last < at and at - m.last <= 5]
    return bool(earlier) and _end(tokens, earlier[-1], mentions, text)


def _subject(tokens: Sequence[Token], verb: int, text: str) -> list[str]:
    """The words of a verb's subject: back from the verb to the clause's start (the
    sentence's start, a ";" or ":", a clause opener), past auxiliaries."""
    words: list[str] = []
    for back in range(verb - 1, max(verb - 8, -1), -1):
        token = tokens[back]
        if token.norm in _OPENERS or token.is_number:
            break
        words.append(token.norm)
        gap = _gap(tokens, back, text)
        if any(mark in gap for mark in ";:,"):
            break
    return words


def _verb_object(
    tokens: Sequence[Token], mention: NumberMention, words: Sequence[str], text: str,
    what_names: Sequence[str] = (),
) -> bool:  # fmt: skip
    """A number right after a verb (past hedges, a particle and a short aside in commas) that
    names the count's head (its first word but fillers) in another form: "employed 3,000
    people" are employees, "will let go, for good, 41" laid off; not plants "represented"."""
    at = _hedged_start(tokens, mention)
    if at >= 0 and any(mark in _gap(tokens, at + 1, text) for mark in ";:.()"):
        return False  # "Three people were wounded; two of them ..."
    if at >= 1 and "," in _gap(tokens, at + 1, text):  # ", for good, 41"
        for back in range(at, max(at - _ASIDE, 0), -1):
            if "," in _gap(tokens, back, text):
                at = back - 1
                break
        else:
            return False
    if at >= 1 and tokens[at].norm in _DISMISSAL_TAILS:
        at -= 1  # "let go", "laid off"
    if at < 0 or tokens[at].is_number or tokens[at].norm in _ENDS:
        return False
    verb = tokens[at].norm
    if be_before(tokens, at):
        return False  # "were wounded, two of them": a passive has no object
    if not verb.endswith(("ed", "s", "ing")) and verb not in _DISMISSAL and verb != "cut":
        return False
    tails = (tokens[at + 1], *tokens[mention.last + 1 : mention.last + 3])  # "let 300 people go"
    if verb in _DISMISSAL and verb != "laid" and not {t.norm for t in tails} & _DISMISSAL_TAILS:
        return False
    if not same_word(verb, words[0]):  # the count's head: "plants represented" is no people
        return False
    return _owner_named(tokens, at, what_names, text)


def _clause_ends(token: Token, gap: str) -> bool:
    """Whether a partitive's predicate ends before the word: at a sentence's or a ";" end, a
    subordinate or relative clause ("survived the avalanche that killed"), a coordinated
    clause after a comma (", and crews were still searching"), or "without" (what follows it
    is not said of them). A bare comma or "and" may be the aside's list ("among them Audi,
    Porsche, Seat and Skoda, went to"): the predicate runs on past them."""
    if any(mark in gap for mark in ".;:!?"):
        return True
    if token.norm in _SUBORDINATE or token.norm in _RELATIVE:
        return True
    return token.norm in _OPENERS and "," in gap


def _names(what: str) -> list[str]:
    """The names a count gives its owner ("employees at Brandt"): its capitalised words."""
    raw = (word.strip(".,;:()'\u2019").removesuffix("'s") for word in what.split())
    return [word.lower() for word in raw if len(word) > 1 and word[0].isupper()]


def _owner_named(tokens: Sequence[Token], verb: int, names: Sequence[str], text: str) -> bool:
    """Whether the verb's subject (its clause's first words, up to a comma: "Kessler, which
    acquired Brandt in 2019, employs") names the count's owner, when the count names one:
    "its rival Kessler employs 4,800" counts no employees at Brandt."""
    if not names:
        return True
    start = verb
    while start > 0 and not any(mark in _gap(tokens, start, text) for mark in ".;:!?"):
        start -= 1
    subject: list[str] = []
    for index in range(start, verb):
        if index > start and "," in _gap(tokens, index, text):
            break
        subject.append(tokens[index].norm)
    return any(name in subject for name in names)


def _aside_part(
    tokens: Sequence[Token], mention: NumberMention, words: Sequence[str], text: str
) -> bool:
    """A partitive's part past an aside: "Three of the injured, a child among them, were in
    critical condition" counts the injured in critical condition."""
    at = mention.last + 1
    if at + 2 >= len(tokens) or tokens[at].norm != "of" or tokens[at + 1].norm != "the":
        return False
    whole: list[str] = []
    index = at + 2
    while index < len(tokens) and not tokens[index].is_number:
        if index > at + 2 and "," in _gap(tokens, index, text):
            break
        whole.append(tokens[index].norm)
        index += 1
    if index >= len(tokens) or tokens[index].is_number or not whole:
        return False
    close = next(
        (i for i in range(index + 1, min(index + _ASIDE + 1, len(tokens)))
         if "," in _gap(tokens, i, text)),
        None,
    )  # fmt: skip
    if close is None:
        return False
    said: list[str] = []  # the predicate, to its clause's end ("withdrew; the rest were")
    for index in range(close, len(tokens)):
        token, gap = tokens[index], _gap(tokens, index, text)
        if token.is_number or (index > close and _clause_ends(token, gap)):
            break
        said.append(token.norm)
    if any(w in _DENIED or w.endswith("n't") or w.startswith(_NOT_DONE) for w in said):
        return False  # "were not released", "refused to return to work"
    covered = all(_named(whole, [word]) or _named(said, [word]) for word in words)
    return covered and _named(said, words)


__all__ = ["changed_phrase", "clause_counts", "same_noun", "same_word", "unheld_end"]
