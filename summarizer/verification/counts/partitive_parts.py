"""A partitive's part as a count (session 19's leftover of check 43: "Nine of the council's 15
members were present" left 9 unread as the members present, because the whole's number stands
between the part and the count's words).

The part is the number before "of the"/"of its" (a possessive may follow: "of the council's")
and the whole's number. The count's words are read in two places: the whole's noun phrase
("15 members", "27 member states") names who is counted; what the sentence then says of the
part (its predicate: "were present", "backed the duties") names which of them. A count is the
part's when every word of it is in one of the two and one at least is in the predicate only: a
count of the whole's own phrase ("council members") or of its modifiers ("Only 4 of the 30
hostages freed on Sunday were children": 4 are not the hostages freed) is not the part's.

Where the predicate starts: at the clause's first auxiliary or copula when it has one ("were",
"had", "will"), so a participle before it modifies the whole ("hostages freed on Sunday were
..."); else at the first word ending in "-ed" ("member states backed the duties"); neither is
looked for past the opener of an adverbial clause ("resigned on Monday after the audit was
published": the predicate is "resigned", session 26).

A partitive with no number in its whole (session 24, outside checks 50 and 52: "Five of the
commanders were to stay in Turkey", "two of the women chose to remain in Russia", "three of his
rivals had refused to accept the first partial counts"): the whole is the noun phrase after "of
the" (or "of his", "of its"), up to the predicate as above (an "-ed" word before a name or a
plural noun modifies the whole: "the freed Ukrainian women"), else its first function word; the
rest of the clause is what the sentence says of the part, and a relative clause ("the senators
who voted to convict, ...") is the whole's, not the part's. A count is the part's when a word
of it is in the whole's phrase and another is in the rest of the clause only (outlets reword
the rest: "rivals who rejected partial results" for "had refused to accept the first partial
counts"). A count all of whose words are in the whole's phrase ("commanders" for "Five of the
commanders were to stay") is the whole's, and the part is not its number; one with no word in
the rest of the clause says nothing the sentence says of the part. A predicate negated ("said
they would not vote to convict") or opening with a modal of what may be ("could be freed next
week") says nothing the part did (review rvD). A whole that is "the people" names who is
counted when the count says "people" too (a generic word the count's words leave out:
"Ninety-one of the people taken on October 7 are still held" is 91 people still held).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from ..acts.agree_forms import SAYING
from ..figures.all_wholes import all_whole
from ..figures.count_wholes import (
    ADVERBIAL_OPENERS,
    HEDGES,
    OWNING,
    covers,
    noun_phrase,
    what_words,
)
from ..figures.numbers import NumberMention
from ..figures.partitive_nouns import deed_only, noun_part
from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set

_AUXILIARIES = word_set(
    """is are was were be been being has have had will would could can may might shall should
    did do does"""
)
_RELATIVES = word_set("who that which whom")
_CLAUSE_ENDS = (",", ";", ":", "\u2014")


def part_counts(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> bool:  # fmt: skip
    """Whether the number is a partitive's part that counts ``what`` (see the module)."""
    if all_whole(tokens, mention, mentions, what, text):
        return True  # "All 22 of its crew were picked up": the whole (all_wholes)
    at = mention.last + 1
    if at + 2 >= len(tokens) or tokens[at].norm != "of":
        return False
    bare = tokens[at + 1].is_number  # "122 of 198 parties": a whole with no determiner
    if not bare and tokens[at + 1].norm not in OWNING:
        return False
    at += 1 if bare else 2
    owner: list[str] = []
    if is_possessive(tokens[at], text):
        owner.append(tokens[at].norm)  # "of the council's 15 members"
        at += 1
    if tokens[at].norm in HEDGES:  # "of the roughly 750 girls", "of the nearly 35 million"
        at += 1
    elif tokens[at].norm in _WHOLE_MARKS and at + 1 < len(tokens) and tokens[at + 1].is_number:
        at += 1  # "Nine of the original 11 state charges remain" (session 35)
    whole = next((m for m in mentions if m.first == at), None)
    if whole is None and (owner or tokens[at].is_number or not tokens[at].norm[:1].isalpha()):
        return False
    clause: list[Token] = []
    for index in range(at if whole is None else whole.last + 1, len(tokens)):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if (clause or whole) and any(mark in gap for mark in _CLAUSE_ENDS):
            break
        clause.append(tokens[index])
    own = list(takewhile(lambda t: t.norm not in ADVERBIAL_OPENERS, clause))  # not "after ..."
    split = next((i for i, t in enumerate(own) if t.norm in _AUXILIARIES), None)
    if split is None:
        split = next((i for i, t in enumerate(own) if _verb(clause, i)), None)
    if split is None and whole is not None and _opens(tokens, mention.first, text):
        split = _after_head(own)  # "19 policymakers see no further cuts" (session 35)
    words = what_words(what)
    if split is not None and _unasserted(clause[split:]):
        return False  # "could be freed next week", "said they would not vote to convict"
    if whole is None:  # "Five of the commanders were to stay in Turkey"
        whole_words = noun_phrase(tokens, at) if split is None else [t.norm for t in clause[:split]]
        rest = [t.norm for t in clause[split or 0 :] if t.norm not in whole_words]
        if split and clause[split - 1].norm in _RELATIVES:
            rest = []  # "Two of the senators who voted to convict, ...": the whole's clause
        if not any(covers(whole_words, w) for w in words) and not _people(what, whole_words):
            starts = {tokens[m.first].start for m in mentions}  # "... and nine in ...": cut
            deed = list(takewhile(lambda t: t.start not in starts, clause[split or 0 :]))
            return deed_only(words, whole_words, deed)  # "Sixteen of the victims died in ..."
        return any(covers(rest, w) and not covers(whole_words, w) for w in words)
    before = _doer(tokens, mention.first, text)  # "Takaichi won 237 of the 465 votes"
    phrase = [*owner, *(t.norm for t in clause[:split])]
    predicate = [*before, *(t.norm for t in clause[split:])] if split else before
    if not split and not before:  # no predicate, or one with no noun before it
        return noun_part(what_words(what), phrase, [], what, tokens, mention, False, text)
    if not words or not all(covers(phrase, w) or said(predicate, w) for w in words):
        object_of = bool(before) and not split  # "controls 328 of the 630 seats"
        return noun_part(words, phrase, predicate, what, tokens, mention, object_of, text)
    return any(said(predicate, w) and not covers(phrase, w) for w in words)


def named_part(
    tokens: Sequence[Token], whole: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> bool:  # fmt: skip
    """Whether the number is a partitive's whole whose part the count names ("members who cast
    ballots" of "Only 195 of the 300 members cast ballots": 195, not 300; session 35): the
    count's words said of the part are not said of the whole."""
    for part in mentions:
        at = part.last + 1
        if not part.last < whole.first <= at + 4 or tokens[at].norm != "of":
            continue
        at += 1 if tokens[at + 1].is_number else 2  # "of 198", "of the 300"
        if is_possessive(tokens[at], text):
            at += 1  # "of the council's 15"
        if tokens[at].norm in HEDGES or tokens[at].norm in _WHOLE_MARKS:
            at += 1  # "of the roughly 750", "of the original 11"
        if at != whole.first:
            return False
        clause: list[Token] = []
        for index in range(whole.last + 1, len(tokens)):
            if any(mark in text[tokens[index - 1].end : tokens[index].start] for mark in ",;:"):
                break
            clause.append(tokens[index])
        split = next((i for i, t in enumerate(clause) if t.norm in _AUXILIARIES), None)
        if split is None and _opens(tokens, part.first, text):
            split = _after_head(clause)
        if not split or _unasserted(clause[split:]):
            return False  # no predicate said of the part: "125 of the 248 in the chamber"
        phrase, predicate = [t.norm for t in clause[:split]], [t.norm for t in clause[split:]]
        words = what_words(what)
        if not any(said(predicate, w) and not covers(phrase, w) for w in words):
            return False
        return part_counts(tokens, part, mentions, what, text)
    return False


def said(phrase: Sequence[str], word: str) -> bool:
    """Whether ``phrase`` says ``word``, a verb's other form too ("seeing": "see", "remaining":
    "remain"), for a predicate in the present where the count has a participle (session 35)."""
    if covers(phrase, word):
        return True
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return covers(phrase, word[: -len(ending)])
    return False


def _opens(tokens: Sequence[Token], start: int, text: str) -> bool:
    """Whether a part opens its clause, past hedges ("Only 195 of the 300 members cast
    ballots"): a part that is a verb's object ("traced 45 of the 60 dogs lost in the flood")
    has its predicate before it, and the words after its whole's noun are the whole's."""
    for index in range(start - 1, -1, -1):
        if any(mark in text[tokens[index].end : tokens[index + 1].start] for mark in ",;:"):
            return True
        if tokens[index].norm not in HEDGES and tokens[index].norm not in _OPENERS:
            return False
    return True


def _after_head(own: Sequence[Token]) -> int | None:
    """Where the predicate starts when the clause has no auxiliary and no "-ed" verb: after
    the whole's head noun, a plural ("19 policymakers see", "11 state charges remain"), when a
    word follows it that is no preposition or relative (the noun phrase goes on: "members of
    the board", "members who ...")."""
    for index, token in enumerate(own[:-1]):
        word = token.norm
        plural = word in _PLURAL_NOUNS or (
            word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3
        )
        if not plural:
            continue
        following = own[index + 1].norm
        if following in _NOUN_GOES_ON or following in _PARTICIPLES or not following.isalpha():
            return None
        if following.endswith("ing"):
            return None  # "750 girls staying at the camp": a participle of the whole
        return index + 1
    return None


_OPENERS = word_set("only just more than fewer less at least all but and while whereas")
# Past participles without "-ed" that modify the noun before them ("60 dogs lost in the flood").
_PARTICIPLES = word_set(
    """lost taken held born made given found seen hurt left kept sent brought bought sold built
    caught hit put set shot stolen known shown told thrown driven written chosen won begun
    done gone freed trapped"""
)
_WHOLE_MARKS = word_set("original initial first last remaining other previous")
_PLURAL_NOUNS = word_set("people men women children staff police")
_NOUN_GOES_ON = word_set(
    """of in at on for from with by to who that which whom whose and or but as aboard across
    inside outside near under over after before between among around within without into
    onto along behind beyond during through throughout against per like than via about
    toward towards upon amid beside"""
)


def _doer(tokens: Sequence[Token], start: int, text: str) -> list[str]:
    """The words of the clause before a part that is a verb's object ("Takaichi won 237 of the
    465 votes", "the motion drew 40 of the 90 votes"): who did it and the verb, back to a clause
    mark; one aside between commas before the verb is skipped ("Sanae Takaichi, leader of the
    party, won 237 of ..."); a relative clause's doer is the name just before its comma ("...
    defeated Bertrand Roy, who received 131 of ...": Roy, not the main clause's subject). Empty
    when the part opens its clause; a reporting verb ends the clause ("X said Y won ...")."""
    pieces: list[list[Token]] = [[]]
    for index in range(start - 1, -1, -1):
        gap = text[tokens[index].end : tokens[index + 1].start]
        if any(mark in gap for mark in _HARD_ENDS) or tokens[index].norm in SAYING:
            break  # "Tane said the Greens won 12 of ...": the Greens won them, not Tane
        if "," in gap:
            if len(pieces) == 3:
                break
            pieces.append([])
        pieces[-1].append(tokens[index])
    if not pieces[0]:
        return []
    own = [t.norm for t in pieces[0]]
    if own[-1] in _RELATIVES:  # "Roy, who received": the name before the comma
        name = list(takewhile(lambda t: t.capitalised, pieces[1] if len(pieces) > 1 else []))
        return [*own, *(t.norm for t in name[:4])]
    return [*own, *(t.norm for t in (pieces[2] if len(pieces) == 3 else []))]


_HARD_ENDS = (";", ":", "\u2014", ".", "(", ")")


def _people(what: str, whole: Sequence[str]) -> bool:
    """Whether the whole is "the people" and the count counts people too ("Ninety-one of the
    people taken on October 7 are still held" counts people still held; session 25)."""
    head = whole[0] if whole else ""
    return head in _PEOPLE and any(word.lower() in _PEOPLE for word in what.split())


_PEOPLE = word_set("people persons")


def _unasserted(predicate: Sequence[Token]) -> bool:
    """A predicate that does not say the part did it: negated ("were not freed", "said they
    would not vote") or opening with a modal of what may be ("could be freed", "might stay")."""
    if any(t.norm in _NEGATIONS or t.norm.endswith(("n't", "n\u2019t")) for t in predicate):
        return True
    return bool(predicate) and predicate[0].norm in _MAYBE


_NEGATIONS = word_set("not never cannot")
_SUBJECTS = word_set("they she he we it")
_MAYBE = word_set("could may might would should")


def _verb(clause: Sequence[Token], at: int) -> bool:
    """A word ending in "-ed" that opens the predicate ("girls died in", "women decided to"),
    not one before a name or a plural noun ("the freed Ukrainian women", "kidnapped girls")."""
    if not clause[at].norm.endswith("ed") or (at and clause[at - 1].norm in _SUBJECTS):
        return False  # "the 57 seats they targeted": the whole's own clause, no predicate
    following = clause[at + 1] if at + 1 < len(clause) else None
    if following is None:
        return True
    plural = following.norm.endswith("s") and following.norm not in _AUXILIARIES
    return not (following.capitalised or (plural and not following.norm.endswith("ss")))


__all__ = ["named_part", "part_counts", "said"]
