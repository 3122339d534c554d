"""Whose answers an interview's "A:" lines are when its introduction names the one interviewed
as the subject of its story, not of an interviewing verb (an outside check's cause, session 36,
checks 54 and 77), read for :mod:`summarizer.verification.quotes.interview_intros`.

An interview digest opens with the one it interviews, as a report opens with its subject:
"Olivier Nduhungirehe, Rwanda's foreign minister, expects a deal in June.", "Each member's
data was stolen, the group's chief executive, Shirine Khoury-Haq, has confirmed. In her first
broadcast interview, she answered questions ...". The "A:" turns below are that person's:

- the one person the introduction names as a sentence's subject, or in the apposition that
  ends a sentence ("..., the group's chief executive, X, has confirmed");
- else the one a "he" or "she" stands for when that pronoun gives the interview ("she
  answered questions", "he spoke to us"): the one person named before it;
- else the one person the introduction names at all ("The chain's chief executive, X, has
  confirmed that 40 shops will close, in her first interview since ...").

The introduction must say an interview follows ("interview", "interviewer", "excerpts",
"condensed", "transcript"): an explainer's "your questions answered" names people whose words
its answers only report.

Only persons count (two capitalised words, no possessive, no "and"), and a line that credits
the interviewer ("Interviewer: X", "By X", "Text: X") is no part of the introduction, nor is a
label before a colon ("Interview: X met ..."). An introduction whose subject's sentence names
another person leaves the answers unread (either may be the one who answers, and the subject
may be the interviewer), but for three forms that say which (session 41, gsp41a):

- a "he"/"she" that gives the interview in the next sentence stands for the main subject of
  the sentence before it, past a fronted clause and a role noun ("When Mark Tell resigned,
  his successor Nina Oz inherited the crisis. She spoke to us.");
- "her conversation with him" after a sentence naming two people: the pronoun of the other
  sex than its owner's is the one of the two who is not the subject;
- a named asker who "met" or "sat down with" someone the page introduces by a role noun
  ("Ravi Dent met the footballer Kofi Abban", "sat down with the mayor, Ben Orr,"): the one
  introduced by what they are answers.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import TITLES
from .opening_subjects import sentence_subject

# A credit line's label: the names after it ask the questions or wrote the page.
_CREDITS = re.compile(
    r"(?i)\b(?:interviewer|interviewed by|by|text|words|reporting|questions|host|editor)\s*:?\s*$"
)
_PRONOUNS = word_set("he she")
_WITH_NOUNS = word_set("conversation interview talk chat")
# Words by which an introduction says an interview follows (not "questions": an explainer's
# "your questions answered" interviews no one).
_INTERVIEW = word_set(
    "interview interviews interviewed interviewer conversation excerpts transcript condensed"
)
_GIVING = word_set(
    """answered answers spoke speaks talked talks told tells gave gives granted grants sat
    responded responds"""
)


def intro_subject(article: ArticleText, sentences: list[int]) -> list[Token]:
    """The one person an interview's introduction (its ``sentences``) is about, or []."""
    if not any(t.norm in _INTERVIEW for i in sentences for t in article.sentence_tokens(i)):
        return []  # "your questions answered": an explainer's answers are the outlet's own
    sentences = [i for i in sentences if _prose(_last_line(article, i))]
    if told := _told_back(article, sentences):
        return told  # "..., his successor Nina Oz inherited the crisis. She spoke to us."
    subjects: list[list[Token]] = []
    text = article.text
    for index in sentences:
        tokens = _last_line(article, index)
        subject = _person_run(_leading_capitals(sentence_subject(tokens, text)))
        found = [run for run in (subject, _closing_apposition(tokens, text)) if run]
        found = [run for run in found if not _credited(article, run[0])]
        if met := _met_object(tokens, text):
            return met  # "X met the footballer Y": Y, the one the page introduces
        if found and _another_person(tokens, found):
            return []  # "When Mark Tell resigned, his successor ...": either may answer
        subjects.extend(found)
    if subjects:  # two subjects: either may be the one who answers
        return subjects[0] if len({_key(run) for run in subjects}) == 1 else []
    for position, index in enumerate(sentences):  # "she answered questions": who she is
        if _pronoun_gives(_last_line(article, index)):
            return _one_person(article, sentences[:position])
    return _one_person(article, sentences)  # "X has confirmed ..., in her first interview"


def _another_person(tokens: list[Token], found: list[list[Token]]) -> bool:
    """Whether the sentence that gives the subject names another person too ("Ravi Dent met
    the footballer Kofi Abban", "When Mark Tell resigned, his successor Nina Oz ...": review
    of credits36): a person after a clause opener or a role noun; other capitalised runs may
    be things ("the Democratic Republic", "its first World Cup")."""
    keys = {_key(run) for run in found}
    for run in _people(tokens):
        at = tokens.index(run[0])
        if any(token.norm in _OPENERS for token in run[:-1]):
            return True  # "Interview: After Hal Moss fired her, ...": one capitalised run
        if at < 1:
            continue
        before = tokens[at - 1]
        if before.norm in _OPENERS:
            return True  # "When Mark Tell resigned, ...": a subordinate clause's subject
        if _key(run) in keys:
            continue
        described = at >= 2 and tokens[at - 2].norm in _POSSESSORS and not before.capitalised
        if described and before.norm not in _ORDINALS and not before.norm.endswith("est"):
            return True  # "the footballer Kofi Abban", "his successor Nina Oz"
    return False


# A clause opener before a person who is its subject, a determiner before a person's role
# noun, and the words of that slot that describe a thing ("its first World Cup").
_OPENERS = word_set("when after as while before since once because if although though")
_POSSESSORS = word_set("the his her their our my your")
_ORDINALS = word_set("first second third fourth fifth last next new old own only same other")


# "met the footballer Y", "sat down with the mayor, Y,": the one the asker goes to.
_MEETING = word_set("met meets")
_ALONG = word_set("sat sits spoke speaks talked talks")
_HIM_HER = {"his": "him", "her": "her"}
# Role nouns of the one who asks (review rv41s): "met the reporter Ruth Addo", "Reporter Lia
# Moss visited ...", "talks to our critic Iris Ward": that one is the interviewer.
_LINKS = word_set("with to for of from by at in on about and")
_ASKERS = word_set(
    """reporter reporters correspondent interviewer journalist writer critic editor host
    columnist presenter"""
)


def _met_object(tokens: list[Token], text: str) -> list[Token]:
    """The person the subject meets or sits down with when a role noun introduces them ("Ravi
    Dent met the footballer Kofi Abban", "Reporter X sat down with the mayor, Ben Orr, for
    this interview"): the one introduced to the reader by what they are is the one who
    answers; [] when no role noun stands before the name (either may answer)."""
    for index, token in enumerate(tokens[:-2]):
        along = token.norm == "with" and index >= 2 and tokens[index - 2].norm in _ALONG
        if not (token.norm in _MEETING or along) or tokens[index + 1].norm != "the":
            continue
        if not _people(tokens[:index]):
            return []  # "The minister met the footballer Y": no named asker before the verb
        role = index + 2
        while role < len(tokens) and not tokens[role].capitalised and role < index + 5:
            role += 1
        if role == index + 2:
            return []  # "met the Prime Minister": a title, no role noun before a name
        if any(t.norm in _ASKERS for t in tokens[index + 2 : role]):
            askers = _people(tokens[:index])  # "Kofi Mensah met the reporter Ruth Addo"
            return askers[0] if len(askers) == 1 and not _roles(tokens, askers[0]) else []
        run: list[Token] = []
        for later in tokens[role:]:
            if not later.capitalised or (run and "," in text[run[-1].end : later.start]):
                break
            run.append(later)
        return _person_run(run)
    return []


def _roles(tokens: list[Token], run: list[Token]) -> set[str]:
    """The asker's role nouns that introduce ``run`` in ``tokens`` ("Reporter Lia Moss", "our
    critic Iris Ward", "the reporter Ruth Addo"), or an empty set."""
    found = {t.norm for t in run if t.norm in _ASKERS}
    at = next((i for i, t in enumerate(tokens) if t.start == run[0].start), 0)
    for token in reversed(tokens[max(0, at - 3) : at]):
        if token.capitalised or token.norm in _POSSESSORS:
            break
        found |= {token.norm} & _ASKERS
    return found


def _introduced(tokens: list[Token], run: list[Token]) -> bool:
    """Whether a role noun after "the"/"our"/"his" introduces ``run`` ("with the composer Cole
    Penn"), as it never does a name after a preposition ("spoke to Tom Wix")."""
    at = next((i for i, t in enumerate(tokens) if t.start == run[0].start), 0)
    for back in range(at - 1, max(-1, at - 4), -1):
        if tokens[back].capitalised or tokens[back].norm in _LINKS:
            return False  # "his year with Tara Wix": the name follows a preposition
        if tokens[back].norm in _POSSESSORS:
            return back < at - 1
    return False


def _told_back(article: ArticleText, sentences: list[int]) -> list[Token]:
    """The one a pronoun of the introduction that gives the interview stands for: the main
    subject of the sentence before it ("When Mark Tell resigned, his successor Nina Oz
    inherited the crisis. She spoke to us.", "The architect Pia Storm has won ... She
    answered questions"), or the other person of that sentence when "her conversation with
    him" sets a pronoun of the other sex against its subject's ("Tara Wix reviews the year
    with the composer Cole Penn. Excerpts from her conversation with him.")."""
    text = article.text
    for position, index in enumerate(sentences[1:], 1):
        tokens = _last_line(article, index)
        before = _last_line(article, sentences[position - 1])
        subject = _main_subject(before, text)
        if not subject or _credited(article, subject[0]):
            continue
        others = [run for run in _people(before) if _key(run) != _key(subject)]
        one = others[0] if len({_key(run) for run in others}) == 1 else []
        if _roles(before, subject):  # "Reporter Lia Moss visited the novelist Tom Berg."
            if (
                (_pronoun_gives(tokens) or _with_pronoun(tokens))
                and one
                and _introduced(before, one)
            ):
                return [] if _roles(before, one) else one
            continue
        if _pronoun_gives(tokens):
            return subject
        if _with_pronoun(tokens) and one:
            if _roles(before, one):  # "The pianist X talks to our critic Y. ...his ... with her"
                return subject
            if _introduced(before, one):  # "... with the composer Cole Penn", not "to Tom Wix"
                return one
    return []


def _with_pronoun(tokens: list[Token]) -> bool:
    """Whether the sentence holds "her conversation with him" (two pronouns of either sex)."""
    for at in range(len(tokens) - 3):
        owner, noun, linked, whom = (t.norm for t in tokens[at : at + 4])
        if noun not in _WITH_NOUNS or linked != "with" or owner not in _HIM_HER:
            continue
        if whom in _HIM_HER.values() and _HIM_HER[owner] != whom:
            return True
    return False


def _main_subject(tokens: list[Token], text: str) -> list[Token]:
    """The person a sentence's main clause opens with, past a fronted clause and a role noun
    ("When Mark Tell resigned, his successor Nina Oz inherited ...", "The architect Pia Storm
    has won ...", "Priya Nand, 34, lost ..."), or []."""
    start = 0
    if tokens and tokens[0].norm in _OPENERS:
        start = next(
            (i for i in range(1, len(tokens)) if "," in text[tokens[i - 1].end : tokens[i].start]),
            len(tokens),
        )
    if start < len(tokens) and tokens[start].norm in _POSSESSORS:
        role = start = start + 1
        while start < len(tokens) and not tokens[start].capitalised and start < role + 3:
            start += 1
    run: list[Token] = []
    for token in tokens[start:]:
        if not token.capitalised or (run and "," in text[run[-1].end : token.start]):
            break
        run.append(token)
    return _person_run(run)


def _one_person(article: ArticleText, sentences: list[int]) -> list[Token]:
    """The one person the sentences name (credit lines aside), or []."""
    named = [
        run
        for index in sentences
        for run in _people(_last_line(article, index))
        if not _credited(article, run[0])
    ]
    return named[0] if len({_key(run) for run in named}) == 1 else []


def _last_line(article: ArticleText, index: int) -> list[Token]:
    """A sentence's tokens on its last line: a headline or masthead with no full stop runs
    into the first sentence under it ("Interview | The Examiner\n\nNovelist X has won ...")."""
    start, end = article.sentences[index]
    line = article.text.rfind("\n", start, end)
    tokens = article.sentence_tokens(index)
    tokens = tokens if line < 0 else [token for token in tokens if token.start > line]
    if len(tokens) > 1 and ":" in article.text[tokens[0].end : tokens[1].start]:
        return tokens[1:]  # "Interview: Ravi Dent met ...": a label, not the subject
    return tokens


def _prose(tokens: list[Token]) -> bool:
    """Whether a sentence is prose, not a masthead, dateline or credit line ("CITY DESK |
    The Northgate Herald", "Interviewer: Dario Venn"): three lower-case words at least."""
    return sum(1 for token in tokens if not token.capitalised and not token.is_number) >= 3


def _leading_capitals(run: list[Token]) -> list[Token]:
    """A subject run up to its first lower-case word ("Miriam Okello, the ..." gives the
    name only)."""
    for index, token in enumerate(run):
        if not token.capitalised:
            return run[:index]
    return run


def _key(run: list[Token]) -> str:
    return run[-1].norm


def _credited(article: ArticleText, token: Token) -> bool:
    """Whether a name stands after a credit line's label ("Interviewer: Aline Uwase")."""
    line_start = article.text.rfind("\n", 0, token.start) + 1
    return bool(_CREDITS.search(article.text[line_start : token.start]))


def _person_run(named: list[Token]) -> list[Token]:
    """The run if it names one person: capitalised words (two at least, titles aside), no
    possessive, no "and", no leading "the"."""
    if not named or named[0].norm == "the" or any(t.norm in {"and", "&"} for t in named):
        return []
    if any(token.text.endswith(SINGULAR_POSSESSIVES) for token in named):
        return []
    words = [t for t in named if t.capitalised and t.norm not in TITLES]
    return named if len(words) >= 2 and all(t.capitalised for t in named) else []


def _closing_apposition(tokens: list[Token], text: str) -> list[Token]:
    """The name set off by commas just before the first sentence's last verb ("..., the
    group's chief executive, Shirine Khoury-Haq, has confirmed.")."""
    for index in range(len(tokens) - 2, 0, -1):
        between = text[tokens[index].end : tokens[index + 1].start]
        if "," not in between:
            continue
        run: list[Token] = []
        back = index
        while back >= 0 and tokens[back].capitalised:
            run.insert(0, tokens[back])
            if back and "," in text[tokens[back - 1].end : tokens[back].start]:
                break
            back -= 1
        if len(tokens) - index - 1 <= 3 and _person_run(run) and back > 0:
            return run
        return []
    return []


def _pronoun_gives(tokens: list[Token]) -> bool:
    """Whether a "he" or "she" gives the interview in the sentence ("she answered")."""
    return any(
        token.norm in _PRONOUNS and index + 1 < len(tokens) and tokens[index + 1].norm in _GIVING
        for index, token in enumerate(tokens)
    )


def _people(tokens: list[Token]) -> list[list[Token]]:
    """Every run of a sentence's capitalised tokens that names one person."""
    found: list[list[Token]] = []
    run: list[Token] = []
    for token in [*tokens, None]:
        if token is not None and token.capitalised:
            run.append(token)
            continue
        if run and (person := _person_run(run)):
            found.append(person)
        run = []
    return found


__all__ = ["intro_subject"]
