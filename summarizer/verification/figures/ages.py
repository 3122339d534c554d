"""A person's age read as the count that asks for it (session 43, fa43c; outside checks 96, 98
and 100: nine correct ages refused as "N is in its evidence, but not as this field's number",
English giving an age in forms no count noun stands beside):

- hyphen-joined, "a 38-year-old woman", "the 34-year-old Algerian national": the age of the
  noun after it, when a word of the count's ("age of the woman charged") is among the words
  up to the next mark; another noun after it ("a 37-year-old man") is another person's age.
  Standing alone ("the 78-year-old was in hospital", "A fourth suspect, a 26-year-old, was
  arrested") it is the count's when it is the sentence's only age, or the words apposed before
  it name the count's person;
- apposed after a name, "King Charles, 76, had been admitted", or with "aged", "a man aged
  52": the age of the words right before it, which must name the count's person;
- a sentence of its own, "She was 93.": a pronoun, "was" or "is", and the number alone,
  when the sentence before does not tell only of the other sex ("his mother survived him.
  She was 93." is the mother's age; review rv43f).

An owner in the words apposed before an age is not its person: "The driver's passenger, a
26-year-old," and "The victim's father, Raj Patel, 58," are no driver's and no victim's age.

A count whose words do not say "age" is no age ("people aged 60 and above" counts people).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set
from .count_words import covers, what_words
from .numbers import NumberMention

_AGE = word_set("age ages")
_PRONOUNS = word_set("he she")
_SEXES = {"he": word_set("he his him himself"), "she": word_set("she her hers herself")}
_SENTENCE_END = re.compile(r"[.!?]\s")
_BE = word_set("was is")
_DETERMINERS = word_set("a an the")
_SPANS = word_set("to over under above older younger plus")
# Words that end the noun phrase after "N-year-old": a verb or a joining word follows it.
_ENDS = word_set(
    """and or but was were is are had has have said says told will would could can did died
    who whose which that with of in on at from to by for after before when while remains
    remained appeared"""
)
# The verbs of ``_ENDS``: a subject read back from a link stops at one ("Police said the victim")
_VERBS = word_set(
    """was were is are had has have said says told will would could can did died remains
    remained appeared"""
)
# Words that say what a new noun phrase is of the one before it: "the victim was a 31-..."
_LINKS = word_set("was is were are be been being became become becomes as remains remained")
# Words between a link and its "a" that keep it said of the subject: "was just a 17-year-old"
_HEDGES = word_set("just only still barely merely already now also")
# Words that open a wh-clause subject, which names no one: "What the victim saw was a 40-..."
_WH = word_set("what whatever whoever where when how why")
# Nouns of a person another than the count's may be brought in by ("after a woman was struck").
_PERSONS = word_set(
    """man woman boy girl child baby teenager teen youth pensioner driver passenger cyclist
    pedestrian motorist rider student pupil nurse doctor worker resident neighbour neighbor
    officer suspect victim friend mother father son daughter brother sister wife husband
    partner colleague customer patient prisoner player fan walker tourist visitor hiker
    jogger climber swimmer runner"""
)
# Verbs whose object is spoken to, not the one spoken of in the words after it.
_ADDRESSED = word_set("asked asks told tells urged assured informed reminded warned")
# Verbs before a name that make it a body or a role, not a person ("joined Millbrook Rovers in
# 2021", "played Inspector Rayne in"); a name's last words that make it a body's
_NOT_BROUGHT = word_set("joined joins played plays portrayed")
_BODY_ENDS = word_set(
    """bank club rovers united city fc council group plc ltd university college school hospital
    police party"""
)
# Verbs that give the person's own name after "as" ("named by police as Sara Lowe")
_NAMING = word_set("named names identified known described confirmed")
# Words a person's noun is said of the one before by ("a mother of four", "a keen runner who")
_SAID_OF = word_set("of who whose from with")
# Words before a capitalised pair that make it a place's or a time's, not a person's.
_PLACE_WORDS = word_set("on in at from to near of for by into onto off across via")
# Words of a sentence that sets off players' round scores by commas, as ages are set off.
_ROUNDS = word_set("round rounds")
_PLAY = word_set("qualifying golf play")
_GOLF = word_set("shots strokes par birdie birdies bogey bogeys eagle eagles putt putts")
# Past forms of verbs a standing-alone age opens a sentence with ("The 36-year-old made").
_PAST = word_set("made took won lost left came went gave got ran led held kept began wrote spent")
# Nouns after which a past form is a side, not a verb ("the 22-year-old left back Ryan Moss")
_SIDED = word_set("back wing winger midfielder hander footer arm foot side")
# The first words of a verb's object ("thanked her readers", "joined the club").
_OPENERS = word_set("the a an his her their its my our your him them me us this that these")
_REACH = 3  # words of a noun phrase read on either side of an age


def asks_age(what: str) -> bool:
    """Whether the count asks for an age ("age of the King", "Buffett's age", "age at death")."""
    return any(word.strip(".,'").lower() in _AGE for word in what.replace("-", " ").split())


def told_age(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> bool:  # fmt: skip
    """Whether the number is the age the count asks for, in one of the module's forms."""
    if not asks_age(what) or mention.value != int(mention.value) or not 0 < mention.value < 130:
        return False
    person = [word for word in what_words(what) if word not in _AGE and word != "s"]
    ages = [m for m in mentions if _hyphened(tokens, m) or _apposed(tokens, m, text)]
    if _hyphened(tokens, mention):
        after = range(mention.last + 3, len(tokens))
        open_after = after.start < len(tokens) and not _gap(tokens, after.start, text)
        open_after = open_after and not _verb(tokens, after.start)  # "The 83-year-old thanked"
        after_words = _phrase(tokens, after, text) if open_after else []
        start = mention.first - 1  # past "a" or "the": the word before the comma apposing it
        start -= start >= 0 and tokens[start].norm in _DETERMINERS  # (its noun, not past it)
        start -= start >= 0 and tokens[start].norm in _HEDGES  # "was just a 17-year-old"
        if start >= 0 and tokens[start].norm in _LINKS:  # said of it: "the victim was a"
            before, apposed = _subject(tokens, start, text), True
        else:
            before = _phrase(tokens, range(start, -1, -1), text)
            apposed = bool(before) and _gap(tokens, start + 1, text) == ","
        if after_words:  # "The victim, a 31-year-old mother of two," (rv43f)
            return _names(after_words, person) or (apposed and _names(before, person))
        if apposed:  # its noun apposed is its person
            return _names(before, person)  # "The driver's passenger, a 26-year-old," (rv43f)
        if _names(before, person):
            return True
        if len(ages) != 1 or _new_person(tokens, mention, what, text):
            return False  # "Police questioned the landlord, and a 33-year-old was also held"
        return not _since_named(tokens, mention, _nouns(what), text)  # "The 58-year-old" (gcn44a)
    if _apposed(tokens, mention, text):
        start = mention.first - 1 if _gap(tokens, mention.first, text) else mention.first - 2
        named = _phrase(tokens, range(start, -1, -1), text)
        if named and all(t.capitalised for t in tokens[start - len(named) + 1 : start + 1]):
            start -= len(named)  # a name apposed to its office: "her deputy, Paul Crane, 63,"
            if start >= 0 and _gap(tokens, start + 1, text) == ",":
                named += _phrase(tokens, range(start, -1, -1), text)
        return _names(named, person)
    return (
        len(tokens) == 3
        and mention.first == 2
        and tokens[0].norm in _PRONOUNS
        and tokens[1].norm in _BE
        and not _other_sex(tokens[0].norm, text[: tokens[0].start])
    )


def age_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> str:  # fmt: skip
    """Why an age in one of the module's forms is another person's than the count's, or "":
    the count's person has an age of its own in the sentence ("A farmer aged 49 ...; his
    neighbour, aged 71,"), the age opens a new person after the count's person is named ("the
    defendant attacked a pensioner aged 84"), or the count's person owns the one it is apposed
    to ("The victim's father, Raj Patel, 58,"). Review rv43f: these ages stood beside a word
    of the count's, which an older reading took for the count's own."""
    nouns = _nouns(what)
    if not nouns or told_age(tokens, mention, mentions, what, text):
        return ""  # (told_age asks for an age and a whole number itself)
    if asks_age(what) and mention.first == mention.last and _scored(tokens, mention, text):
        return f"{mention.value:g} is a score in a round, not an age"
    if not asks_age(what) or not (_hyphened(tokens, mention) or _apposed(tokens, mention, text)):
        return ""
    for other in mentions:
        if other.value != mention.value and told_age(tokens, other, mentions, what, text):
            return f"{mention.value:g} is another person's age: the {what!r} is {other.value:g}"
    if _new_person(tokens, mention, what, text) or _owned(tokens, mention, nouns, text):
        return f"{mention.value:g} is another person's age than the {what!r}"
    return ""


def _nouns(what: str) -> list[str]:
    """The count's words for its person, but a participle ("age of the man charged"), which
    the sentence may say of anyone ("Police arrested a 26-year-old")."""
    return [w for w in what_words(what) if w not in _AGE and w != "s" and not w.endswith("ed")]


def _article(tokens: Sequence[Token], mention: NumberMention) -> int:
    """Where the article opening the age's noun phrase is ("a 33-year-old", "a pensioner aged
    84"), or -1."""
    at = mention.first - 1
    if at >= 0 and tokens[at].norm == "aged":
        at = next(
            (i for i in range(at - 1, max(at - 4, -1), -1) if tokens[i].norm in ("a", "an")), -1
        )
    return at if at >= 0 and tokens[at].norm in ("a", "an") else -1


def _new_person(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> bool:
    """Whether the age opens a new person ("and a 33-year-old was also held") after the count's
    person is named in the sentence: not apposed to it by a mark, nor said of it ("was a")."""
    at = _article(tokens, mention)
    if at <= 0 or _gap(tokens, at, text) or tokens[at - 1].norm in _LINKS:
        return False
    if at > 1 and tokens[at - 1].norm in _HEDGES and tokens[at - 2].norm in _LINKS:
        return False  # "The gunman was just a 17-year-old" (review rv44c)
    return _names([t.norm for t in tokens[:at]], _nouns(what))


def _owned(tokens: Sequence[Token], mention: NumberMention, nouns: list[str], text: str) -> bool:
    """Whether the words the age is apposed to have an owner that is the count's person ("The
    King's grandson, Prince George, 12,", "Coach Ian Bell's assistant, Mark Dunn, 39,")."""
    for at in range(mention.first - 1, max(mention.first - 9, -1), -1):
        if tokens[at].norm in _ENDS or _gap(tokens, at + 1, text) not in ("", ","):
            return False
        if is_possessive(tokens[at], text):
            owner = [tokens[at].norm]
            for back in range(at - 1, -1, -1):  # its name and title: "Coach Ian Bell's"
                if _gap(tokens, back + 1, text) or not tokens[back].capitalised:
                    break
                owner.append(tokens[back].norm)
            return _names(owner, nouns)
    return False


def _since_named(
    tokens: Sequence[Token], mention: NumberMention, person: Sequence[str], text: str
) -> bool:
    """Whether another person is brought in after the count's person was last named, in the
    sentence before a standing-alone "the 58-year-old" or its own words before it: a person's
    noun ("arrested a van driver after a woman was struck"), or a name not in a place's position
    ("replacing Tom Greer"), its run of capitals followed by a joining word or a verb of
    ``_ENDS``, not by the noun it qualifies ("Southeast Asian leaders"). The age is then the
    last-named person's (review rv43f)."""
    before = _SENTENCE_END.split(text[: tokens[0].start].rstrip()[-400:])[-1]
    joined = before + " " + text[tokens[0].start : tokens[mention.first].start]
    found = list(re.finditer(r"[A-Za-z][\w'\u2019-]*", joined))
    words = [m.group() for m in found]
    ends = [0] + [m.end() for m in found]  # a mark before each word, and at the end:
    marked = [bool(re.search(r"[,\u2013\u2014(]", joined[ends[i] : m.start()])) for i, m in
              enumerate(found)] + [True]  # fmt: skip
    named = [i for i, word in enumerate(words) if _names([word.lower()], person)]
    if not named:
        return False
    at = named[-1] + 1
    while at < len(words) and words[at][0].isupper():  # its name: "Mayor Tom Hale"
        at += 1
    for i in range(at, len(words)):
        lower = words[i].lower()
        if words[i - 1].lower() in _ADDRESSED | _NOT_BROUGHT:  # "Reporters asked Anwar Ibrahim
            continue  # whether the 78-year-old was in hospital": not who is asked of (rv44c)
        if words[i - 1] == "as" and {w.lower() for w in words[max(i - 7, 0) : i - 1]} & _NAMING:
            continue  # "named by police as Karen Osei": the person's own name (rv44c)
        brought = lower in _PERSONS and not _names([lower], person)  # "after the woman was"
        if brought and not _said_of(words, marked, i, person):  # not "The pensioner, a mother"
            return True
        capped = words[i][0].isupper() and i + 1 < len(words) and words[i + 1][0].isupper()
        opens = i > at and not words[i - 1][0].isupper()  # a run's first capital
        if capped and opens and words[i - 1].lower() not in _PLACE_WORDS:
            end = next((j for j in range(i, len(words)) if not words[j][0].isupper()), None)
            body = words[(end or len(words)) - 1].lower() in _BODY_ENDS  # "Harcourt Bank in"
            if (end is None or words[end].lower() in _ENDS) and not body:  # not "Southeast
                return True  # Asian leaders"
    return False


def _said_of(
    words: Sequence[str], marked: Sequence[bool], noun: int, person: Sequence[str]
) -> bool:
    """Whether a person's noun in "a" is said of the one named before it, not a new person:
    apposed ("The pensioner, a mother of four who", "a keen runner who") or after a link
    ("was a nurse") (review rv44c); ``marked`` tells a mark before each word (and the end).
    An apposed noun follows the person's noun or name: ", a few minutes later, a neighbour who"
    is a new person."""
    for at in range(noun - 1, max(noun - 4, 0), -1):
        if words[at].lower() in ("a", "an"):
            if words[at - 1].lower() in _LINKS:
                return True
            following = words[noun + 1].lower() if noun + 1 < len(words) else ""
            after = words[at - 1][0].isupper() or _names([words[at - 1].lower()], person)
            return marked[at] and after and (marked[noun + 1] or following in _SAID_OF)
    return False


def _subject(tokens: Sequence[Token], link: int, text: str) -> list[str]:
    """The head words of a link's subject ("The only witness to the crash involving the driver
    was a 12-year-old"): read back to a mark, a verb or the sentence's start, then up to its
    first joining word or "-ing" form; "The driver, believed to be a ..." is the driver's
    (review rv44c)."""
    first = link
    while first > 0 and not _gap(tokens, first, text) and tokens[first - 1].norm not in _VERBS:
        first -= 1
    words: list[str] = []
    for token in tokens[first:link]:
        if token.norm in _ENDS or token.norm.endswith("ing"):
            break
        words.append(token.norm)
    if words and words[0] in _WH:
        return []
    if first and _gap(tokens, first, text) == "," and (not words or words[0].endswith("ed")):
        return _phrase(tokens, range(first - 1, -1, -1), text)
    return words


def _verb(tokens: Sequence[Token], at: int) -> bool:
    """Whether the word after a standing-alone "the 83-year-old" is its verb, not its noun: a
    past form ("made", "thanked her") before an object's first word."""
    word = tokens[at].norm
    following = tokens[at + 1].norm if at + 1 < len(tokens) else ""
    if word in _PAST and following in _SIDED:  # "the 22-year-old left back Ryan Moss" (rv44c)
        return False
    return word in _PAST or (word.endswith("ed") and (following in _OPENERS or following.isdigit()))


def _other_sex(pronoun: str, before: str) -> bool:
    """Whether the sentence before a pronoun's age tells only of the other sex ("his mother
    survived him. She was 93."): then the pronoun means someone else, the one it names."""
    last = _SENTENCE_END.split(before.rstrip()[-400:])[-1]
    words = set(re.findall(r"[a-z]+", last.lower()))
    other = _SEXES["she" if pronoun == "he" else "he"]
    return bool(words & other) and not words & _SEXES[pronoun]


def _hyphened(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """ "38-year-old": the number, then "year" and "old" joined by hyphens."""
    at = mention.last
    return (
        at + 2 < len(tokens)
        and tokens[at + 1].norm in ("year", "years")
        and tokens[at + 1].joined
        and tokens[at + 2].norm == "old"
        and tokens[at + 2].joined
    )


def _apposed(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """ "Charles, 76," or "a man aged 52": a bare number set off by commas, or after "aged"."""
    if mention.first != mention.last or mention.first == 0:
        return False
    if tokens[mention.first - 1].norm == "aged":  # not a bracket: "aged 65 and over"
        following = [t.norm for t in tokens[mention.last + 1 : mention.last + 3]]
        return not following or not (following[0] in _SPANS or following[-1] in _SPANS)
    return _commas(tokens, mention, text) and not _scored(tokens, mention, text)


def _commas(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """ "Tom Ward, 66,": a number set off by commas (or a comma and the sentence's end)."""
    closing = text[tokens[mention.last].end : tokens[mention.last].end + 1]
    return _gap(tokens, mention.first, text) == "," and closing in (",", ".")


def _scored(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether a number set off by commas after a name is a round's score, in a sentence of
    rounds and shots: "After the first round Tom Ward, 66, led Ian Bell, 68, by two shots"
    (review rv43f). Not "a round of talks", nor an age beside the score told in another form
    ("Tom Ward, 46, shot a 66 in the first round"; review rv44c)."""
    if not _commas(tokens, mention, text) or not {t.norm for t in tokens} & _GOLF:
        return False
    rounds = [  # not "a round of talks" (but "a round of qualifying", "a round of 68")
        at for at, t in enumerate(tokens) if t.norm in _ROUNDS and not (
            at + 2 < len(tokens) and tokens[at + 1].norm == "of"
            and not tokens[at + 2].norm.isdigit() and tokens[at + 2].norm not in _PLAY
        )
    ]  # fmt: skip
    numbers = [at for at, t in enumerate(tokens) if t.norm.isdigit()]
    set_off = [at for at in numbers if _gap(tokens, at, text) == ","]
    scores = [at for at in numbers if at not in set_off and 55 <= int(tokens[at].norm) <= 90]
    told = len(set_off) == 1 and bool(scores)  # one set off, the round's score told otherwise
    return bool(rounds) and not told


def _gap(tokens: Sequence[Token], at: int, text: str) -> str:
    """The mark between a token and the one before it ("" for a space alone)."""
    return text[tokens[at - 1].end : tokens[at].start].strip() if at else ""


def _phrase(tokens: Sequence[Token], order: range, text: str) -> list[str]:
    """The words read in ``order`` (outward from an age) up to a mark between two of them, an
    ending word or ``_REACH`` words; the caller has crossed the mark next to the age."""
    words: list[str] = []
    for at in order:
        if words and _gap(tokens, max(at, at - order.step), text):
            break
        if tokens[at].norm in _ENDS or len(words) == _REACH:
            break
        if order.step < 0 and words and is_possessive(tokens[at], text):
            break  # an owner before the noun apposed: "The driver's passenger, a 26-..."
        words.append(tokens[at].norm)
    return words


def _names(phrase: Sequence[str], person: Sequence[str]) -> bool:
    """Whether a word of the phrase is one of the count's words for its person."""
    return any(covers([word], wanted) for word in phrase for wanted in person)


__all__ = ["age_clash", "asks_age", "told_age"]
