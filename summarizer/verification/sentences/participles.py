"""A participle of saying that hangs on a clause before it, read for
:mod:`summarizer.verification.sentences.clauses`.

"Ortega, who arrived on Monday, struck a cautious note, recently telling Reuters, "...""
has no subject of its own before "telling": the participle takes the subject of the clause it
hangs on (Ortega), never the one told (Reuters) nor the words that end that clause ("a
cautious note", which named no one and so refused the quote). The same holds for "adding,",
"warning reporters,", "saying in an interview,", "before telling the crowd". A "he" or "she"
opening that clause points back as it would before any other speech verb.

Only a comma chunk that opens with the participle (after an adverb or "before" at most) is
read so: "leaving Ortega telling reporters" opens with another verb, and a participle that
opens the sentence ("Speaking to CNN, Ortega said") has its subject after it, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .quote_clauses import aside_said, leads_on
from .speech import SPEECH_VERBS, speaks
from .subjects import gap

# Words that may stand between the comma and the participle: "recently telling", "later
# adding", "before warning".
_LEADING = word_set(
    """recently later also then again first before after once earlier subsequently further
    separately repeatedly briefly even only"""
)
_SINGULAR = word_set("he she")


def main_clause(tokens: Sequence[Token], verb: int, text: str) -> list[Token]:
    """The clause a speech participle at ``tokens[verb]`` hangs on: the words before the comma
    that opens the participle's chunk; empty when the verb is no "-ing" form, its chunk opens
    with other words, or nothing stands before it."""
    if not tokens[verb].norm.endswith("ing") or tokens[verb].capitalised:
        return []
    for start in range(verb, max(verb - 3, 0), -1):  # "recently telling", "before adding"
        if not all(t.norm in _LEADING for t in tokens[start:verb]):
            break
        if start >= 2 and "," in gap(text, tokens[start - 1], tokens[start]):
            return list(tokens[:start])
    return []


def opening_pronoun(clause: Sequence[Token], text: str) -> list[Token]:
    """ "He struck a cautious note, adding", "On Monday, she struck ...": the "he" or "she"
    the clause opens with (after a first comma chunk at most), which points back; empty
    otherwise."""
    commas = (
        i for i in range(1, min(len(clause), 8)) if "," in gap(text, clause[i - 1], clause[i])
    )
    starts = [0, next(commas, 0)]
    for start in starts:
        if start < len(clause) and clause[start].norm in _SINGULAR:
            return [clause[start]]
    return []


# Words after a participle that opens a sentence: its object or complement ("Using the",
# "Quoting a", "Referring to", "Calling him"), never a verb after a name ("Manning said").
_COMPLEMENTS = word_set(
    """the a an his her their its this that these those to about on in for with from at him
    them it what"""
)


def participle_opens(tokens: Sequence[Token]) -> bool:
    """Whether the sentence opens with a participle and its object ("Using the Spanish word for
    "traitor," he said", "Describing the talks, she said"): a capitalised "-ing" word of five
    letters or more with a function word right after it, or a participle of using or quoting
    words whatever follows it ("Quoting Saenz's motto,"); its subject then stands after the
    comma, as after "Speaking to CNN,". A name ending in "-ing" ("Manning said", "Ding
    Xuexiang") has a verb or a name after it."""
    if len(tokens) < 2 or not tokens[0].capitalised:
        return False
    word = tokens[0].norm
    if word in _USING:
        return True  # "Quoting Saenz's motto, "...," he said"
    if len(word) >= 5 and word.endswith("ed") and not tokens[1].capitalised:
        return tokens[1].norm in _BESIDE  # "Seated opposite Mr Kim, Mr Trump repeated"
    return len(word) >= 5 and word.endswith("ing") and tokens[1].norm in _COMPLEMENTS | _BESIDE


# Where a participle puts its subject by someone ("Seated opposite", "Flanked by", "Standing
# next to"): the one named after it is beside the subject, never the subject (check 37).
_BESIDE = word_set("opposite beside next alongside behind by near between among across facing")


# Participles of using or quoting words, whatever follows them.
_USING = word_set(
    """using quoting citing invoking echoing borrowing paraphrasing repeating calling
    describing referring addressing"""
)


__all__ = ["adding_to", "lone_opener", "main_clause", "opening_pronoun", "participle_opens"]


def lone_opener(subject: Sequence[Token], tokens: Sequence[Token], text: str) -> bool:
    """Whether a sentence's one-word "subject" is only its first word, capitalised because it
    opens the sentence ("Pressed again, she added", "Back then the governor said", "Sending
    it up, he said"): an adverb or participle, by its form ("-ed", "-ing", "-ly") or because
    the article writes it in lower case elsewhere, and never written capitalised after
    another word, as a name is ("said Manning", "Chelsea Manning"). Read as a name, it made
    the quote's "she added" someone else's in the quote's own sentence."""
    if len(subject) != 1 or not tokens or subject[0] is not tokens[0]:
        return False
    word = subject[0]
    if not word.capitalised or len(tokens) < 2 or tokens[1].capitalised:
        return False
    plain = word.text.lower()
    formed = len(plain) >= 5 and plain.endswith(("ed", "ing", "ly")) and _set_off(tokens, text)
    if not (formed or plain in _OPENING_ADVERBS or re.search(rf"\b{re.escape(plain)}\b", text)):
        return False
    return re.search(rf"[\w,;] +{re.escape(word.text)}\b", text) is None


def _set_off(tokens: Sequence[Token], text: str) -> bool:
    """Whether an opening word's form may make it a participle or adverb: a comma closes its
    chunk within a few words, or a subject pronoun follows ("Pressed again, she added",
    "Sending up the bill he said"). A word right before its verb with neither ("Sterling
    thanked the staff and told reporters") is a name of that form (review of session 34)."""
    for token in tokens[1:_SET_OFF]:
        if token.norm in SPEECH_VERBS or token.norm in _ENDS_SUBJECT:
            break  # "Golding hugged his agent and said he was": the name's own clause
        if token.norm in _SUBJECTS:
            return True
    return any(
        "," in gap(text, tokens[at - 1], tokens[at]) for at in range(1, min(len(tokens), _SET_OFF))
    )


_SUBJECTS = word_set("he she they we i")
_ENDS_SUBJECT = word_set("and but that")
_SET_OFF = 9
# Adverbs a sentence opens with that no rule list of openers holds ("Back then", "Early on").
_OPENING_ADVERBS = word_set(
    "back early now still here again once even instead indeed finally first next elsewhere"
)


def adding_to(tokens: Sequence[Token], verb: int, text: str) -> int:
    """The verb whose subject says a quote after ", adding:" (:func:`leads_on`): the verb of
    saying right before it when that one has its own subject after a comma ("Webb asked for
    more time, Holly Dean said, adding: "..."": Dean's words, not the sentence's subject
    Webb's; review of session 34), else ``verb`` itself."""
    before = verb - 1
    said = leads_on(tokens, verb, text) and speaks(tokens, before)
    return before if said and aside_said(tokens, before, text, named=True) else verb
