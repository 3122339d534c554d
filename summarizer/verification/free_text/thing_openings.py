"""A free-text sentence's first word that is a bare common word before a verb of amount or
state, or an adjective before its noun (session 64, ft64: outside checks 145, 154, 158, 160,
161 and 168 flagged "Revenue fell to $7.2 billion", "Fees rise by 4 per cent", "Store gets
$30,000", "Applicant was the BBRO", "Annual loss 40 percent", "Unanimous council vote on March
4", "Former chief executive Katrina Shanks", "Previous UK record £170 million" as names the
article never states). A labeller restating the page opens a sentence with their own noun; its
capital is the sentence's. :mod:`.common_heads` reads such a word only before a hyphened
compound or a plural noun, since "Profit rose" and "Tusk said" share a shape; English grammar
tells them apart by the verb and by the word itself:

- *a bare common word* (:func:`summarizer.text.ordinary.common_words`: never capitalised in
  SCOWL's largest list, so "Price", "Rice", "Brown", "Hunt", "King" are not read) *before a
  verb a thing or an amount heads*: one of change ("fell", "rise", "climbed", "doubled"), of
  lasting or applying ("continues", "runs", "applies", "remains", "expires", "ends"), of
  amount ("totals", "costs", "reaches", "exceeds", "gets") or a copula or auxiliary ("is",
  "was", "are", "had", "must", "will"), with a space only between them. A saying verb in the
  three words after ("Gallant was told", "Musk has said") is a person's, and read as before;
- *an adjective before a lower-case noun*: a closed class of order and time ("Former chief
  executive", "Previous UK record": any word after) or a common word with an adjective's
  ending ("-al", "-ous", "-ive", "-ful", "-ic", "-ary", "-less", "-able", "-ible": "Annual
  loss", "Unanimous council vote").

Guard: a word the same piece writes capitalised inside a sentence is a name there and here
("Elon Musk ... Musk has sold"), and a body's noun ("Commission was told", "Tribunal will") is
a body's name: both still asked for.

Review rv64f: a surname, club or company the lists hold as a common word ("Tusk", "Musk",
"Waltz", "Gallant", "Arsenal", "Stripe") alone before such a verb is refused where the sentence
shows a person or a side: a person's act or office in the four words after ("Tusk fell from
power", "Musk has bought", "Wolves ... relegated", "remains in charge") or "he/she/his/her"
after it; on the adjective path, a verb after it ("Arsenal won", "Cable resigned"). Left out:
such a name with no such sign ("Tusk fell in 2023") is read as a noun: no word list tells it
from one, and the project ships no lexicon of names.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.ordinary import common_words
from ..page.tokens import Token, word_set
from ..sentences.speech import SPEECH_VERBS
from .common_heads import BODY_NOUNS

# Verbs a thing or an amount heads: change, lasting or applying, amount; copulas, auxiliaries.
_THING_VERBS = word_set(
    """rise rises rose risen fall falls fell fallen climb climbs climbed drop drops dropped
    jump jumps jumped slip slips slipped grow grows grew grown increase increases increased
    decrease decreases decreased decline declines declined double doubles doubled halve halves
    halved surge surges surged soar soars soared plunge plunges plunged slump slumps slumped
    ease eases eased dip dips dipped shrink shrinks shrank total totals totalled totaled
    reach reaches reached exceed exceeds exceeded cost costs continue continues continued run
    runs last lasts lasted apply applies applied remain remains remained stay stays stayed
    start starts began begins end ends ended expire expires expired gets covers covered
    is are was were has have had will would must can could should may might"""
)
# A person's or a side's act or standing a thing never has (review rv64f: "Tusk fell from
# power", "Musk has bought", "Gallant was sacked", "Wolves were relegated", "Arsenal won").
_PERSON_ACTS = word_set(
    """elected appointed named nominated sworn ousted sacked fired hired arrested
    charged jailed sentenced convicted acquitted indicted born died dies resigned resign resigns
    quit quits retired retire retires stepped bought buys buy met meet meets visited visit
    visits married marry travelled traveled travel travels fled flee flees signed sign signs won
    win wins beat beats defeated relegated promoted drew valued power office charge"""
)
# A pronoun only a person is (a thing is "it").
_PERSON_PRONOUNS = word_set("he she him his her hers himself herself")
# Adjectives of order and time that are never a name, before any word.
_SIDE_RESULTS = word_set("lost lose loses draw draws")  # "Athletic lost 4-0" (a side's)
_ORDER_ADJECTIVES = word_set("former previous erstwhile onetime")
_ADJECTIVE_ENDINGS = ("al", "ous", "ive", "ful", "ic", "ary", "less", "able", "ible")


def _named_inside(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether the piece writes ``tokens[at]``'s word capitalised where no sentence opens."""
    norm = tokens[at].norm
    for index in range(1, len(tokens)):
        token = tokens[index]
        if index == at or token.norm != norm or not token.capitalised:
            continue
        gap = text[tokens[index - 1].end : token.start]
        if not any(mark in gap for mark in '.!?:;\n"\u201c'):
            return True
    return False


def _person_after(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether the rest of ``tokens[at]``'s sentence shows a person or a side: a person's act
    or office in the four words after it, or "he"/"she"/"his"/"her" before the sentence ends."""
    if any(later.norm in _PERSON_ACTS for later in tokens[at + 1 : at + 5]):
        return True  # "Tusk fell from power", "Waltz has resigned", "Gallant remains in charge"
    for index in range(at + 1, len(tokens)):
        if any(mark in text[tokens[index - 1].end : tokens[index].start] for mark in ".!?\n"):
            break
        if tokens[index].norm in _PERSON_PRONOUNS:
            return True  # "Musk is the richest man ... and his fortune"
    return False


def _verb_after(token: Token) -> bool:
    """Whether ``token``, the word after an adjective-like opening, reads as its verb: a past
    form in "-ed" ("Arsenal sacked", "Rival conceded") or a person's or side's act ("won")."""
    norm = token.norm
    past = len(norm) >= 5 and norm.endswith("ed") and not norm.endswith("eed")
    return past or norm in _PERSON_ACTS or norm in _SIDE_RESULTS


def thing_opening(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether ``tokens[at]``, a sentence's first word in free text ``text``, is a common word
    before a verb of a thing or an adjective before its noun (see the module)."""
    token = tokens[at]
    word = token.text
    if at + 1 >= len(tokens) or not word.isalpha() or not word[1:].islower():
        return False
    following = tokens[at + 1]
    if text[token.end : following.start] != " " or not following.text.isalpha():
        return False
    norm = token.norm
    if norm in BODY_NOUNS or _named_inside(tokens, at, text):
        return False
    if norm in _ORDER_ADJECTIVES:
        return True  # "Former chief executive Katrina Shanks", "Previous UK record"
    if norm not in common_words() or following.capitalised:
        return False
    if any(later.norm in SPEECH_VERBS for later in tokens[at + 1 : at + 4]):
        return False  # "Gallant was told", "Musk has said": a person's
    if _person_after(tokens, at, text):
        return False  # "Tusk fell from power", "Musk ... his fortune": a person's (rv64f)
    if following.norm in _THING_VERBS:
        return True  # "Revenue fell", "Fees rise", "Applicant was the BBRO"
    return (
        norm.endswith(_ADJECTIVE_ENDINGS)
        and following.norm not in _THING_VERBS
        and not _verb_after(following)  # "Arsenal won", "Cable resigned": a name's verb
    )


__all__ = ["thing_opening"]
