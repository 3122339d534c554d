"""A quote a labelled turn relays from someone it names, read for
:func:`summarizer.verification.quotes.speakers.support_speaker` (a cross-check of outside checks 37
to 46, session 22: the shape persisted in three of them).

The shape: a paragraph of an interview, a broadcast transcript or a briefing opens with its
speaker's label ("KAMAU:", "Follow-up (Coast Herald):"), and the sentence the quote stands in
gives the quoted words to a third person the turn talks about:
- "in Ruto's words" or "in the words of Ruto" before the quote;
- the sentence's named subject with a verb of saying or a participle that presents the words
  ("Ruto was at State House calling it "..."", "Ruto told reporters that it was "..."");
- a "he" or "she" that speaks after a coordinator, whose antecedent is the sentence's named
  subject ("Ruto met Xi for an hour, and he later told reporters that it was "..."").
The label's holder relays those words; the one named speaks them. The transcript readings
gave the quote to the holder and refused the named person.

It only accepts, and only the person so named (by the full name, or its surname where the
article gives that surname no other first name). A first-person subject ("I told Ruto it was
"..."") and anything the reading cannot pin down leave the quote to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import first_name_conflict, is_proper, split_people
from ..sentences.opening_subjects import sentence_subject
from ..sentences.speech import speaks

# a line that opens with a speaker's label: one to five capitalised words, an optional
# bracketed outlet or role, and a colon ("PETER KAMAU:", "Follow-up (Coast Herald):"), or a
# chain of them ("A: Nuwan Perera:"), whose last one is the turn's
_LABEL = re.compile(
    r"(?:[ \t]*[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,4}"
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:[ \t])+"
)
_WORDS_OF = re.compile(
    r"\bin (?:the words of (?P<of>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})"
    r"|(?P<own>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})['\u2019]s? (?:own )?words)\b"
)
_PRESENTING = word_set(
    "calling describing dubbing branding terming labelling labeling hailing saying telling "
    "insisting warning vowing"
)
# words that hand the verb to someone else, or open another clause, before it
_TURNS = word_set(
    "who whom which whose that by while whereas but although though when quoting citing i we "
    "according"
)
_PRONOUNS = word_set("he she")
_COORDINATORS = word_set("and then")
_FILLERS = word_set("later also then once again had has have subsequently afterwards")
_FIRST_PERSON = word_set("i we me us my our")
# words that give a participle a subject of its own ("with critics calling it")
_OWN_SUBJECTS = word_set("with amid among as while")


def relayed_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` stands in a labelled turn whose own sentence
    gives it to ``value`` (see the module); False leaves it to the other readings."""
    if not is_proper(value) or len(split_people(value)) != 1:
        return False
    text = article.text
    for start, end in spans:
        region = article.quoted_region_at(start) or (start, end)
        label = _LABEL.match(text, text.rfind("\n", 0, region[0]) + 1)
        if label is None or label.end() > region[0]:
            continue
        sentence_start = article.sentences[article.sentence_at(max(region[0] - 1, 0))][0]
        begin = max(sentence_start, label.end())
        words = _WORDS_OF.search(text, begin, region[0])
        if words is not None and _names(value, words["of"] or words["own"], article):
            return True
        lead = article.outside_quotes(begin, region[0])
        speaker = _relayed_subject(lead, text)
        if speaker and _names(value, " ".join(t.text for t in speaker), article):
            return True
    return False


def _relayed_subject(lead: Sequence[Token], text: str) -> list[Token]:
    """The named subject a sentence opens with when it, or a "he"/"she" after a coordinator
    that points back to it, speaks the words the lead ends in; empty otherwise."""
    subject = sentence_subject(lead, text)
    if not subject:
        return []
    if any(t.text.endswith(SINGULAR_POSSESSIVES) for t in subject):
        return []  # "Ruto's aide said": the aide speaks
    after = lead.index(subject[-1]) + 1
    for at in range(after, len(lead)):
        token = lead[at]
        if token.norm in _TURNS:
            if token.norm != "according":
                return []
            continue  # "according to his office": a credit for the meeting, not the words
        if token.norm in _COORDINATORS and at + 1 < len(lead) and lead[at + 1].capitalised:
            return []  # "Ruto met Xi, and Xi later said": a subject of its own
        participle = token.norm in _PRESENTING
        if not (participle or speaks(lead, at)):
            continue
        if any(t.norm in _FIRST_PERSON for t in lead[at + 1 :]):
            return []  # "Ruto told me that I was "...": the turn's own words may follow
        before = at - 1
        while before >= after and lead[before].norm in _FILLERS:
            before -= 1
        if before >= after and lead[before].norm in _PRONOUNS:  # "..., and he later told"
            chained = before > after and lead[before - 1].norm in _COORDINATORS
            return list(subject) if chained else []
        if before < after:
            return list(subject)
        previous = lead[at - 1]
        if participle and any(t.norm in _OWN_SUBJECTS for t in lead[after:at]):
            return []  # "with MPs branding it", "amid delegates describing": their own subject
        if participle and (
            "," in text[previous.end : token.start] or previous.capitalised or previous.is_number
        ):
            return list(subject)  # "Ruto was at State House on Friday(,) calling it"
        return []  # "with critics calling it", "faced protesters calling it": their own subject
    return []


def _names(value: str, written: str, article: ArticleText) -> bool:
    """Whether ``written`` names ``value``: all its words, or its surname alone where the
    article gives that surname no other first name."""
    words = [w.lower() for w in re.findall(r"[\w'-]+", value)]
    have = [w.lower() for w in re.findall(r"[\w'-]+", written)]
    if not words or not have:
        return False
    if all(word in have for word in words):
        return True
    return have[-1] == words[-1] and len(have) == 1 and not first_name_conflict(value, article)


__all__ = ["relayed_verdict"]
