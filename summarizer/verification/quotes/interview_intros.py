"""Whose answers an interview's "A:" lines are (an outside check, session 24, check 49's cause
1), read for :mod:`summarizer.verification.quotes.transcripts`.

A question-and-answer page labels its turns "Q:" and "A:" and names the one interviewed only
in its introduction, the text above the first label: "Lithuanian President Valdas Adamkus
spoke to The World about relations with Moscow.", "Andrey Kondrashov of TASS interviewed
Vladimir Putin in St Petersburg." Every "A:" turn is that person's. The introduction names
them as:

- the one an interviewing verb takes ("interviewed X", "asked X about ...":
  :func:`summarizer.verification.sentences.interviews.interviewee`), or the name after "an interview
  with", "a conversation with", "sat down with";
- else the named subject of its first sentence whose verb gives an interview ("X spoke to
  The World", "X told the BBC", "Putin answered questions", "X gave an interview"), unless a
  person's name follows the verb ("Pavel Zarubin spoke to Vladimir Putin": either may be
  the one who answers).

The introduction must say an interview follows (an interview word: "interview",
"interviewed", "questions", "conversation", "excerpts", "edited", "transcript"): an
explainer's "Q: What has been agreed? A: ..." under "Joe Biden told reporters the deal was
close." is the outlet's own answer, no one's quote.

A "Q:" turn is never the interviewee's (its label is a questioner's: the transcript reader
decides), and an introduction that names no one so leaves the answers unread. The marks
may be typed otherwise than a transcript's "Q:" ("Q.", "**A:**", "Question:", "A \u2014"):
:func:`qa_turn` reads a page of such marked paragraphs (one question and one answer at
least), each unmarked paragraph going on with the turn before it.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import PARTICLES, TITLES
from ..sentences.clauses import Verdict, by_subject
from ..sentences.interviews import as_title, interviewee
from ..sentences.intro_subjects import intro_subject
from ..sentences.opening_subjects import sentence_subject

_WITH_NOUNS = word_set("interview conversation talk chat exchange")
_SAT = word_set("sat")
_GIVING = word_set(
    """spoke speaks talked talks told tells answered answers gave gives granted grants
    discussed"""
)
_INTRO_SENTENCES = 4
_PRONOUNS = word_set("he she they")
# Words by which an introduction says an interview follows.
_CUES = word_set(
    """interview interviews interviewed interviewer conversation questions question excerpts
    excerpt edited transcript quizzed"""
)


# A paragraph opening with a question's or an answer's mark in any outlet's typing: "Q.",
# "**A:**", "Question:", "A \u2014", "ANSWER -".
_MARK = re.compile(
    r"(?m)^[ \t]*[*_]*(?P<mark>Q|A|Question|Answer|QUESTION|ANSWER)[*_]*[ \t]*"
    r"(?:[:.]|[-\u2013\u2014](?=[ \t]))[*_]*[ \t]+(?=\S)"
)


def qa_turn(article: ArticleText, offset: int) -> tuple[str, int, int] | None:
    """The question ("q") or answer ("a") turn ``offset`` stands in on a page of marked
    turns (at least one of each), with where that turn's mark and the first mark start; None
    elsewhere. A paragraph with no mark goes on with the turn before it."""
    marks: list[tuple[int, str]] | None = article.memo.get("qa-marks")
    if marks is None:
        marks = [(m.start(), m.group("mark")[0].lower()) for m in _MARK.finditer(article.text)]
        if {kind for _, kind in marks} != {"q", "a"}:
            marks = []
        article.memo["qa-marks"] = marks
    before = [(start, kind) for start, kind in marks if start <= offset]
    if not before:
        return None
    start, kind = before[-1]
    return kind, start, marks[0][0]


def answer_verdict(article: ArticleText, first_label: int, parts: list[str]) -> Verdict:
    """Verdict of an "A:" turn for ``parts``: the one the introduction (the sentences before
    ``first_label``) says is interviewed, "none" when it names no one so."""
    key = ("interview-intro", first_label)
    if key not in article.memo:
        article.memo[key] = _interviewed(article, first_label)
    named: list[Token] = article.memo[key]
    if not named:
        return "none"
    return as_title(named) or by_subject(parts, named)


def _interviewed(article: ArticleText, first_label: int) -> list[Token]:
    text = article.text
    sentences = [
        index
        for index, (start, _) in enumerate(article.sentences[: _INTRO_SENTENCES + 1])
        if start < first_label
    ][:_INTRO_SENTENCES]
    if not any(t.norm in _CUES for i in sentences for t in article.sentence_tokens(i)):
        return []  # an explainer's "Q: What is agreed? A: ...": no one is interviewed
    for index in sentences:  # "interviewed X", "in an interview with X"
        tokens = article.sentence_tokens(index)
        named = interviewee(tokens, text) or _with_object(tokens)
        if _person(named):
            return named
    for index in sentences:  # "X spoke to The World"
        tokens = article.sentence_tokens(index)
        giving = next((i for i, t in enumerate(tokens[:14]) if t.norm in _GIVING), None)
        if giving is None or _person(_run(tokens, giving + 1)):
            continue  # "Pavel Zarubin spoke to Vladimir Putin": either may answer
        subject = sentence_subject(tokens, text)
        if subject and subject[0].norm in _PRONOUNS:
            continue  # "he answered questions": who he is (intro_subjects.py)
        if subject and (_person(subject) or len(subject) == 1):
            return subject  # "Putin answered questions from ...": a surname alone too
    return intro_subject(article, sentences)  # "X, the minister, expects ..." (intro_subjects)


def _run(tokens: list[Token], start: int) -> list[Token]:
    """The name run after a verb, past "to" or "with" ("spoke to Vladimir Putin")."""
    if start < len(tokens) and tokens[start].norm in {"to", "with"}:
        start += 1
    named: list[Token] = []
    for token in tokens[start : start + 7]:
        if not (token.capitalised or token.norm in TITLES or token.norm in PARTICLES):
            break
        named.append(token)
    return named


def _with_object(tokens: list[Token]) -> list[Token]:
    """The name after "interview with", "conversation with" or "sat down with"."""
    for index in range(1, len(tokens) - 1):
        before = tokens[index - 1].norm
        if tokens[index].norm != "with" or not (before in _WITH_NOUNS or before == "down"):
            continue
        if before == "down" and (index < 2 or tokens[index - 2].norm not in _SAT):
            continue
        return _run(tokens, index + 1)
    return []


def _person(named: list[Token]) -> bool:
    """Whether a run names one person, not an outlet nor two: no "the" before it, no "and",
    no possessive in it
    ("CNN's Christiane Amanpour" is the one asking), and a title or two capitalised words
    ("Reuters", "The World" name none)."""
    if not named or named[0].norm == "the" or any(t.norm in {"and", "&"} for t in named):
        return False  # an outlet ("The World"), or two interviewed: no one answer's holder
    if any(token.text.endswith(SINGULAR_POSSESSIVES) for token in named):
        return False
    words = [token for token in named if token.capitalised and token.norm not in TITLES]
    return bool(words) and (len(words) >= 2 or any(t.norm in TITLES for t in named))


__all__ = ["answer_verdict", "qa_turn"]
