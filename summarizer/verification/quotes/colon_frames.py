"""A quote a colon hands over at the end of a one-clause frame whose named subject is its
speaker, read for :mod:`summarizer.verification.quotes.attribution_shapes` before the readings that
look for "said" or read back to an earlier sentence.

"Aliyev's line was shorter: "..."", "The agency's chief, Tedros Adhanom Ghebreyesus, greeted
the outcome: "..."", "On Friday Maria Lopez told the panel: "..."": no verb of saying stands
between the subject and the quote, yet a colon after a clause whose subject is X (or after
"X's line", "X's reply", a noun for what X said) gives X the words. The other readings look
for "said"; this one reads the frame's shape.

The reading holds only when the frame names no one else: after the subject, no other
capitalised run (except the one told or the place after a preposition: "told Lula:", "posted
on X:", "had a message for Y:"), no possessive ("read Ruiz's letter:"; one in an apposition
that describes the subject is the subject's: "Owen Price, the mayor's deputy, was blunt:",
session 41), no paper ("cited the ruling:"), no verb that
relays someone else's words ("quoted", "recalled", "read"), no second clause ("who", "and
he", "but"), and no verb of saying after the quote. The listener and the one spoken about
are never the subject, so they stay to the other readings, which refuse them. It refuses
only a subject that reads out words the frame gives another owner ("read out Cole's
ruling:", "held up the families' banner:", "quoted the old rule:"); refusing every other
person beside a clean subject was tried and refused initials and labels the other readings
accept (DECISIONS.md, session 25 r2speakers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..context import Result
from ..page.article import ArticleText
from ..page.quote_spots import lead_of, quote_spot, tail_of
from ..page.tokens import Token, tokenize, word_set
from ..people.names import (
    TITLES,
    first_name_conflict,
    split_people,
    writes_name,
)
from ..sentences.clauses import by_subject
from ..sentences.opening_subjects import sentence_subject
from ..sentences.speech import SPEECH_NOUNS, speaks
from ..sentences.subjects import POSSESSIVE_ENDS

# Nouns for what someone said, besides the shared ones: "X's line was shorter:".
_SAID_NOUNS = SPEECH_NOUNS | word_set("line lines reaction riposte advice point message toast")
# Words after the subject that hand the quote to someone else or open a clause of its own.
_TURNS = word_set(
    "who whom which whose that by from quoting quoted quote citing cited according read reads "
    "reading recalled recalling relayed repeated repeating echoed echoing paraphrased "
    "attributed he she they we i it but while whereas although though when after as if"
)
# Papers whose words a frame may cite ("showed reporters the ruling:").
_PAPERS = word_set(
    "statement letter text ruling report tweet post headline banner sign placard document "
    "note memo decree verdict judgment judgement communique declaration order petition"
)
# Words after which a capitalised run is the one told or a place, not another speaker.
_OBJECT_LEADS = word_set(
    "told telling asked thanked greeted warned assured urged reminded to on in at for"
)
_FRAME_WORDS = 16
_APOSTROPHES = ("'", "\u2019")
_MARKS = "\"\u201c'\u2018"


def _possessive(token: Token, text: str = "") -> bool:
    """Whether the token is a possessive ("Aliyev's", "Guterres'" when ``text`` is given)."""
    return token.text.endswith(POSSESSIVE_ENDS) or text[token.end : token.end + 1] in _APOSTROPHES


def _owner(lead: Sequence[Token], text: str) -> tuple[list[Token], int]:
    """The frame's named subject (its name tokens) and the index where the rest starts."""
    # The lead's subject, read once: where it starts ends a leading chunk closed by a comma
    # ("On Friday,"), and it is the frame's owner below (it was read again per token of the
    # lead, in the search for that start, and once more for the owner: session 35).
    subject = sentence_subject(list(lead), text)
    opener_end = subject[0].start if subject else lead[0].start
    start = next(i for i, t in enumerate(lead) if t.start >= opener_end)
    for index in range(start, min(start + 5, len(lead) - 1)):  # "X's line was shorter"
        token = lead[index]
        if not token.capitalised:
            break
        if _possessive(token):
            if lead[index + 1].norm in _SAID_NOUNS:
                return list(lead[start : index + 1]), index + 2
            break
    if lead[start].norm == "the":  # "The agency's chief, Tedros Adhanom Ghebreyesus, greeted"
        commas = [
            i
            for i in range(start + 1, min(start + 12, len(lead)))
            if "," in text[lead[i - 1].end : lead[i].start]
        ]
        if len(commas) >= 2 and all(t.capitalised for t in lead[commas[0] : commas[1]]):
            return list(lead[commas[0] : commas[1]]), commas[1]
        return [], 0
    if not subject:  # "Nia Hale, its chief executive, was candid:": past a described aside
        return _apposed_name(lead, start, text)
    head = [subject[0]]  # the name the subject opens with, not an aside after it
    for token in subject[1:]:
        if "," in text[head[-1].end : token.start]:
            break  # "Governor Lenz, of Vermont, wrote:": Lenz, not Vermont
        head.append(token)
    if any(_possessive(t, text) for t in head):
        return [], 0  # "Guterres' spokesman Dujarric told reporters:": the spokesman's
    named = lead.index(head[-1]) + 1
    described = _past_apposition(lead, named, text)
    if described >= len(lead) or lead[described].norm in _RELAYING:
        described = named  # "X, the speaker, read the result:": left as it was read before
    return head, described if described > named else lead.index(subject[-1]) + 1


def _apposed_name(lead: Sequence[Token], start: int, text: str) -> tuple[list[Token], int]:
    """The name the lead opens with when a description set off by commas follows it (the
    reading of the sentence's subject gives none past "its chief executive"), and where the
    frame goes on after the description; ([], 0) otherwise."""
    named = start
    while (
        named < len(lead)
        and lead[named].capitalised
        and (named == start or text[lead[named - 1].end : lead[named].start].isspace())
    ):
        named += 1
    if named - start < 2:  # a full name, not a lone capitalised word opening the sentence
        return [], 0
    described = _past_apposition(lead, named, text)
    return (list(lead[start:named]), described) if described > named else ([], 0)


def _past_apposition(lead: Sequence[Token], at: int, text: str) -> int:
    """Where the frame goes on after an apposition that describes its subject ("Owen Price,
    the mayor's deputy, was blunt:": the deputy is Price, the mayor no one else in the
    frame): past the closing comma of a lower-case description opened by "the", "its" or a
    possessive; ``at`` itself when no such apposition follows the subject."""
    if at >= len(lead) or "," not in text[lead[at - 1].end : lead[at].start]:
        return at
    if lead[at].norm not in _DETERMINERS and not _possessive(lead[at], text):
        return at
    for index in range(at + 1, min(at + 7, len(lead))):
        if "," in text[lead[index - 1].end : lead[index].start]:
            inside = lead[at:index]
            return index if not any(t.capitalised for t in inside[1:]) else at
    return at


def _clean_rest(rest: Sequence[Token], text: str) -> bool:
    """Whether the frame after its subject names no one else and hands over no one's words."""
    if len(rest) > _FRAME_WORDS or (rest and ";" in text[rest[0].start : rest[-1].end]):
        return False
    for index, token in enumerate(rest):
        phrase = token.norm == "after" and rest[index + 1 : index + 2]
        if phrase and phrase[0].norm in _DETERMINERS:
            continue  # "could not hide his delight after the win:": a time, not a clause
        if token.norm in _TURNS or token.norm in _PAPERS or _possessive(token):
            return False
        after = rest[index - 1] if index else None
        if (
            token.capitalised
            and after
            and not after.capitalised
            and after.norm not in _OBJECT_LEADS
        ):
            return False
        if token.capitalised and not index:
            return False  # "X, Ruiz added:": a second subject
    return True


def _frame(
    article: ArticleText, start: int, end: int
) -> tuple[list[Token], list[Token], bool] | None:
    """The named subject of the colon frame before the quote at ``[start, end)``, the frame's
    words after it, and whether a "he"/"she" after the quote speaks ('X was blunt: "...," she
    told reporters': the pronoun's only antecedent is the frame's subject); None when no colon
    closes a one-quote frame with a named subject."""
    text = article.text
    if article.quoted_region_at(start) is None:
        return None  # a transcript's "ANSWER: ..." line: its label's (turn_quotes.py)
    region, sentence = quote_spot(article, start, end)
    before = text[article.sentences[sentence][0] : region[0]]
    if not before or before[-1] not in _MARKS or not before.rstrip(_MARKS + " ").endswith(":"):
        return None
    lead = lead_of(article, region, sentence)
    if not lead or "\n" in text[lead[0].start : region[0]]:
        return None
    tail = tail_of(article, region, sentence)
    pronoun = len(tail) > 1 and tail[0].norm in _PRONOUNS and speaks(tail, 1)
    if not pronoun and any(speaks(tail, at) for at in range(len(tail))):
        return None  # '* Lula: "...," Amorim said': the words after the quote name its speaker
    if any(lead[0].start <= q[0] < region[0] for q in article.quoted if q != region):
        return None  # another quote earlier in the sentence: its frame is not this one
    subject, rest_at = _owner(lead, text)
    return (subject, list(lead[rest_at:]), pronoun) if subject else None


def _names(subject: Sequence[Token], value: str, article: ArticleText) -> bool:
    """Whether the frame's subject is ``value``: every word of it written there, or its
    surname alone ("Aliyev's line", "Rutte told") where the article writes the full name and
    gives that surname no other first name."""
    parts = split_people(value)
    if len(parts) != 1:
        return False
    names = [t for t in subject if not _possessive(t)]
    written = {t.norm for t in names}
    words = value.split()
    if _possessive(subject[-1]):
        written.add(subject[-1].text[:-2].lower())
    if all(word.lower() in written for word in words):
        return _possessive(subject[-1]) or by_subject(parts, names) == "yes"
    if words[-1].lower() not in written or (names and names[-1].norm != words[-1].lower()):
        return False
    return writes_name(value, article) and _alone(value, article)


def _alone(value: str, article: ArticleText) -> bool:
    """Whether every capitalised word the article writes before the value's surname is one
    of its given names or a title: no namesake ("Alan Pryce" for "Owen Pryce")."""
    words = value.split()
    given = {word.lower() for word in words[:-1]} | TITLES
    before = re.finditer(rf"([A-Z][\w'-]*) {re.escape(words[-1])}\b", article.text)
    return not first_name_conflict(value, article) and all(m[1].lower() in given for m in before)


def _relays(rest: Sequence[Token], text: str) -> bool:
    """Whether the subject hands over words the frame gives another owner: "read out Cole's
    ruling:", "held up the families' banner:", or a relaying verb right after the subject
    ("quoted the old rule:"); not "posted an update, and I'll read it:" (the reader is not
    the subject)."""
    if any(speaks(rest, at) for at in range(1, len(rest))) or any(t.norm == "own" for t in rest):
        return False  # "relayed Y's message, then said:", "read out her own statement:" (gsp44b)
    if rest and rest[0].norm in _RELAYING:
        return True
    for index, token in enumerate(rest):
        if text[token.end : token.end + 1] in "'\u2019" or _possessive(token):
            following = rest[index + 1 : index + 3]
            if any(t.norm in _PAPERS | _SAID_NOUNS for t in following):
                return True
    return False


_RELAYING = word_set("quoted quoting cited citing read relayed paraphrased")
_PRONOUNS = word_set("he she")
_DETERMINERS = word_set("the a an his her its their")


def colon_verdict(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """True when a colon frame (see the module's doc) gives the quote at ``spans`` to
    ``value``; False when ``value`` is a subject that reads out someone else's words; None
    otherwise (no frame, or a frame of someone else: left to the other readings)."""
    for start, end in spans:
        frame = _frame(article, start, end)
        if frame is None:
            continue
        subject, rest, pronoun = frame
        if pronoun and not rest:
            continue  # 'Answer: "...," she said': a label, not a clause the "she" goes back to
        who = " ".join(t.text for t in subject)
        if _clean_rest(rest, article.text):
            if _names(subject, value, article):
                return True, ""
            own = {t.norm for t in tokenize(value)} & {t.norm for t in subject}
            if pronoun and not own:
                return False, f"the pronoun after the quote is {who!r}'s, who frames it"
            if rest and not own and article.text[subject[-1].end : rest[0].start].count(",") > 1:
                return False, f"the article attributes this quote to someone other than {value!r}"
        elif _relays(rest, article.text) and _names(subject, value, article):
            return False, f"{who!r} reads out words the frame gives someone else"
    return None


__all__ = ["colon_verdict"]
