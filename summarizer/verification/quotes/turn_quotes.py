"""Quotes inside an interview's or briefing's labelled turns, read for
:mod:`summarizer.verification.quotes.speakers`.

A page of turns labels each answer with its speaker at the start of a paragraph ("Lin Jian:
...", "A: Mao Ning: ...", "MR. HALVORSEN: ...", "Karaman: ..."). A quote inside such a turn
that names no one of its own (a bare quote, '"...," he said', '"...," she told me') is the
turn's holder's words, and so is a quote in the paragraphs after the label as long as each
opens with a quotation mark: a statement quoted over several paragraphs, each reopening the
mark. A narrative paragraph ("Karaman disagreed a little.") or a question ends the turn.

A "he" or "she" inside the turn points to the holder only when nothing else claims it: the
turn has no other named subject before the quote, or the pronoun already opened a sentence
of the turn ("She paused.", "He told me that Medinsky had asked ...": the interviewee, not
the man named in the reported words), or the attribution says "told me" (the interviewer's
"me": the one interviewed speaks). Otherwise the ordinary reading back decides.

The page is read as one of turns only when at least two paragraphs open with a label, so a
lone "Update:" or a dateline never makes one. A questioner's turn ("Q:", a line ending with a
question mark) decides nothing here.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.names import find_named, is_proper
from ..sentences.clauses import Verdict
from ..sentences.opening_subjects import sentence_subject
from ..sentences.speech import speaks

_NAME_WORD = r"(?:[A-Z][\w'\u2019\-]*\.?|van|von|der|de|den|da|al|bin|el|la|le)"
# an optional answer mark ("A:", "Answer:"), then a name of one to five words and a colon
_TURN = re.compile(
    rf"^((?:A|ANSWER|Answer)[ \t]*:[ \t]*)?({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}})[ \t]*:[ \t]"
)
_QUESTION = re.compile(r"^(?:Q|QUESTION|Question)\b[^:\n]{0,40}:")
_OPENERS = ("\u201c", '"', "\u00ab", "\u201e")
_ME = frozenset({"me", "us"})
_NOT_HOLDERS = word_set(
    """update updated correction clarification note background context analysis source
    sources related read watch see also photo video live breaking exclusive opinion transcript
    interview summary highlights warning disclaimer editor editors q a"""
)
_PRONOUNS = frozenset({"he", "she"})
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us"})


class _Turn(NamedTuple):
    start: int  # where the label paragraph starts
    end: int  # where the turn's last paragraph ends
    holder: str  # the label's name as written
    body: int  # where the words after the label start
    answer: bool  # marked as an answer ("A: Lin Jian:")


def turn_quote(
    article: ArticleText,
    region: tuple[int, int],
    parts: list[str],
    sentence: int | None,
    read: Verdict = "none",
    answers_only: bool = False,
) -> Verdict:
    """Whose turn a quote with no speaker of its own stands in: "yes" (the turn's holder is
    the speaker asked about), "other" (someone else holds it), or "none" (no labelled turn
    holds the quote, or a pronoun in it may point to someone else the turn names). With
    ``answers_only``, only a turn marked as an answer ("A: Lin Jian: ...") is read: words
    outside quotation marks there, which the transcript rules read by capitalised labels. A
    quote the attribution rules gave someone (``read``) keeps that reading unless it opens the
    turn right after its label ("A: Mao Ning: "We hope ..."")."""
    turn = next((t for t in _turns(article) if t.start <= region[0] < t.end), None)
    if turn is None or (answers_only and not turn.answer):
        return "none"
    label = tokenize(turn.holder)
    holder = all(find_named(part, label) for part in parts)
    if _spoken_of(article, turn, region):  # "KAYA: He called it "..." I think ...": not Kaya
        return "other" if holder else "none"
    opening = not article.text[turn.body : region[0]].strip(' \t"\u201c')
    voice = None if opening or sentence is None else _lead_voice(article, region, sentence)
    if voice == "relayed":
        return "other" if holder else "none"  # "OLEKSANDR: The mayor spoke of "..."": not his
    if read not in ("back", "none") and not opening and voice != "own":
        return "none"  # the quote's own attribution ("As Xi said, "..."") stands
    pronoun = None if sentence is None else _pronoun(article, sentence)
    if pronoun is not None and not _pronoun_is_holder(article, turn, region, pronoun):
        return "none"
    return "yes" if holder else "other"


def _lead_voice(article: ArticleText, region: tuple[int, int], sentence: int) -> str | None:
    """Whose speech verb leads the quote's own sentence into it: "relayed" when its subject is
    a third party named by a noun ("The mayor spoke of "..."", "Klitschko wrote that "...",
    "My husband told me "..."") or it is passive ("We were told "...""), the holder relaying
    another's words; "own" when it is "I" or "we" ("Everyone told me to go, but I said "...""),
    the holder's words whatever the clause before says; None with no such verb, or a "he" or
    "she" (left to the pronoun's chain). The verb read is the one nearest the quote, its
    subject the words back to its clause's start."""
    start = article.sentences[sentence][0]
    lead = article.outside_quotes(start, region[0])
    verbs = [i for i in range(1, len(lead)) if speaks(lead, i) or lead[i].norm in _VOICING]
    if not verbs:
        return None
    verb = verbs[-1]
    if lead[verb - 1].norm in _BEING and not lead[verb].norm.endswith("ing"):
        return "relayed"  # "We were told "..."" (not "I was calling it"): another's words
    first = verb
    while first > 0 and lead[first - 1].norm not in _CLAUSE_OPENERS:
        if "," in article.text[lead[first - 1].end : lead[first].start]:
            break
        first -= 1
    subject = {t.norm for t in lead[first:verb]}
    if subject & _PRONOUNS:
        return None
    return "own" if subject & _OWN_SUBJECTS else "relayed"


# Verbs of voicing words that are no speech verb elsewhere ("My son shouted "...""); the
# passive's auxiliaries; the words that open a clause of its own ("..., but I said").
_VOICING = word_set("shouted yelled screamed cried whispered")
_BEING = word_set("was were been being")
_CLAUSE_OPENERS = word_set("and but so then when while because")
_OWN_SUBJECTS = frozenset({"i", "we"})


def _pronoun(article: ArticleText, sentence: int) -> str | None:
    """The "he" or "she" the quote's sentence refers back with, if any (read only in a turn)."""
    start, end = article.sentences[sentence]
    return next((t.norm for t in article.outside_quotes(start, end) if t.norm in _PRONOUNS), None)


def _spoken_of(article: ArticleText, turn: _Turn, region: tuple[int, int]) -> bool:
    """Whether the holder speaks in the first person ("I", "we" outside quotation marks in
    the label's paragraph), the turn opens with "he" or "she", and the quote stands in that
    paragraph: a verbatim transcript, where the holder's "he" is someone else ("KAYA: He
    called it "..."", "BELHAJ: She was. She called it "..." ... I think")."""
    paragraph = article.paragraph_at(turn.body)
    if article.paragraph_at(region[0]) != paragraph:
        return False
    own = article.sentence_at(region[0])
    if own != article.sentence_at(turn.body):  # a later sentence: it must open with the pronoun
        start, end = article.sentences[own]
        lead = article.outside_quotes(start, region[0])
        after = article.outside_quotes(region[1], end)
        if not lead or lead[0].norm not in _PRONOUNS or any(t.norm in _ME for t in after):
            return False  # '"The meeting was frank," I can tell you': the holder's own
    words = article.outside_quotes(turn.body, article.paragraphs[paragraph][1])
    if not words or words[0].norm not in _PRONOUNS:
        return False
    return any(t.norm in _FIRST_PERSON for t in words)


def _pronoun_is_holder(
    article: ArticleText, turn: _Turn, region: tuple[int, int], pronoun: str
) -> bool:
    """Whether the quote's "he"/"she" is the turn's holder (see the module). The quote's own
    sentence is not read as the chain: in "KAYA: He called it "..."" the holder speaks of
    someone else, and only a pronoun after the quote ('"...," he said') can be the holder's
    when nothing else in the turn is named."""
    own = article.sentence_at(region[0])
    end = article.sentences[article.sentence_at(region[1])][1]
    after = article.outside_quotes(region[1], end)
    if any(t.norm in _ME for t in after[:4]):  # '"...," he told me'
        return True
    named = False
    for index in article.sentences_over(turn.body, region[0]):
        start, stop = article.sentences[index]
        if index >= own or stop > region[0]:
            break
        tokens = article.outside_quotes(max(start, turn.body), stop)
        if tokens and tokens[0].norm == pronoun:  # "She paused.": the chain of the turn
            return True
        named = named or _named_subject(tokens, article.text)
    return not named and any(t.norm == pronoun for t in after)


def _named_subject(tokens: list[Token], text: str) -> bool:
    """Whether a sentence's subject holds a name: a capitalised word past the sentence's
    first, or a first word the text also capitalises inside a sentence ("Medinsky led ...",
    not "Talks continue.")."""
    subject = sentence_subject(tokens, text)
    if not subject or not is_proper(" ".join(t.text for t in subject)):
        return False
    first = tokens[0].start if tokens else -1
    return any(
        t.capitalised and (t.start != first or _capitalised_inside(t.text, text)) for t in subject
    )


def _capitalised_inside(word: str, text: str) -> bool:
    for match in re.finditer(rf"\b{re.escape(word)}\b", text):
        before = text[: match.start()].rstrip()[-1:]
        if before and before not in _SENTENCE_BREAKS:
            return True
    return False


_SENTENCE_BREAKS = frozenset('.?!:\n"\u201c\u201d')


def _turns(article: ArticleText) -> list[_Turn]:
    key = "labelled-turns"
    known: list[_Turn] | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = _read_turns(article)
    return known


def _read_turns(article: ArticleText) -> list[_Turn]:
    text = article.text
    labelled: list[tuple[int, int, str, int, bool]] = []  # paragraph, start, holder, body, A:
    paragraphs = article.paragraphs
    for index, (start, end) in enumerate(paragraphs):
        line = text[start:end]
        if not index:  # a headline ("Transcript: ...", "Interview: ..."), never a turn
            continue
        if ":" not in line:
            continue  # both patterns need a colon (exact: most paragraphs have none)
        if _QUESTION.match(line):
            continue
        match = _TURN.match(line)
        if match and match[2].lower() in _NOT_HOLDERS:
            continue  # "UPDATE:", "Correction:": a note, no one's turn
        if match and not line.rstrip().endswith("?"):
            labelled.append((index, start, match[2], start + match.end(), bool(match[1])))
    if len(labelled) < 2 and not any(
        label[4] for label in labelled
    ):  # one "A: Mao Ning:" after a "Q:" is a turn
        return []
    turns = []
    for index, start, holder, body, answer in labelled:
        last = index
        while last + 1 < len(paragraphs):
            following = text[paragraphs[last + 1][0] : paragraphs[last + 1][1]]
            if not following.startswith(_OPENERS):
                break
            last += 1
        turns.append(_Turn(start, paragraphs[last][1], holder, body, answer))
    return turns
