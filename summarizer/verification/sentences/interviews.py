"""Who answers in an interview, read for :mod:`summarizer.verification.quotes.speakers`.

A reporter's interview puts two people in one sentence, and the one who asks is never the one
quoted after it: "Dana Bash interviewed Mayor Ruth Okafor. "...," she said" is the mayor's, as
is "... quizzed the minister on Sunday, and he said". So a quote whose own attribution points
back ("she said", or none) to a sentence whose main verb interviews someone (interviewed,
questioned, quizzed, grilled; "asked X about ...", "asked X whether ...") takes the one
interviewed, whoever the sentence opens with.

Left out on purpose: "spoke to", "talked with", "sat down with", "met" (diplomats speak to each
other, and "Trump spoke with Putin. "...," he said" is Trump's); "asked X to ..." and "asked X
for ..." (a request, not a question: the asker goes on speaking); the passive ("X was
interviewed by Y": X, the sentence's subject, answers, as read before); and an interview verb
after a subordinator or a relative ("after Bash interviewed Okafor, the deputy said").

A relative clause's speech verb speaks for the name it follows ("X spoke to Y, who told her
...", "X interviewed Y, who said ..."): :func:`antecedent`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set
from ..people.names import PARTICLES, TITLES

_INTERVIEWING = word_set(
    "interviewed interviews interviewing quizzed quizzes grilled grills questioned pressed"
)
_ASKING = word_set("asked asks")
# What follows the one asked when the asking is a question ("asked Okafor whether ...").
_QUESTION_CUES = word_set("about whether if what why how when where who which over")
_PASSIVE = word_set("was were been being is are be")
# A verb after these is not the sentence's main verb ("After Bash interviewed Okafor, ...").
_SUBORDINATE = word_set(
    "after before because when while since as although though until once if that who which"
)
_FILLERS = word_set("also later then again first briefly separately")
_DETERMINERS = word_set("the a an")
_PLACE_WORDS = word_set("of from in at")
_HOLDER_WORDS = word_set("to for with")
_TALK = word_set("spoke speaking talked talking wrote writing")


def antecedent(tokens: Sequence[Token], who: int, text: str) -> list[Token]:
    """The name a relative "who" follows after a comma ("Mayor Ruth Okafor, who said"): the
    capitalised words, titles and particles right before it; empty when no name stands there
    ("a trader, who said")."""
    if who < 1 or tokens[who].norm != "who":
        return []
    if "," not in text[tokens[who - 1].end : tokens[who].start]:
        return []
    named: list[Token] = []
    for index in range(who - 1, max(who - 8, -1), -1):
        token = tokens[index]
        if named and not text[token.end : named[0].start].isspace():
            break
        if not (token.capitalised or token.norm in TITLES or token.norm in PARTICLES):
            break
        named.insert(0, token)
    first = who - len(named) - 1  # "Ana Ruiz, of Ohio, who": a place, not the one who speaks
    if first >= 0 and tokens[first].norm in _PLACE_WORDS:
        return []
    if first >= 1 and tokens[first].norm in _HOLDER_WORDS and tokens[first - 1].norm not in _TALK:
        return []  # "an aide to Koval, who": the aide's relative, not Koval's
    return named if any(t.capitalised and t.norm not in TITLES for t in named) else []


def interviewee(tokens: Sequence[Token], text: str) -> list[Token]:
    """The one a sentence's main verb interviews ("Mayor Ruth Okafor", "the minister"), with
    its titles and determiner; empty when the sentence reports no interview so."""
    for index, token in enumerate(tokens):
        asking = token.norm in _ASKING
        if not (asking or token.norm in _INTERVIEWING) or index == 0:
            continue
        if tokens[index - 1].norm in _PASSIVE or _subordinate(tokens, index, text):
            return []
        named = _object(tokens, index + 1, text)
        if not named:
            return []
        after = next(i for i in range(index + 1, len(tokens)) if tokens[i] is named[-1]) + 1
        if asking and not _question_follows(tokens, after, text):
            return []  # "asked Congress to pass the bill": a request
        return named
    return []


def _subordinate(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """Whether the verb stands in a subordinate or relative clause: a subordinator in its
    comma chunk before it."""
    for index in range(verb - 1, -1, -1):
        if tokens[index].norm in _SUBORDINATE:
            return True
        if index and "," in text[tokens[index - 1].end : tokens[index].start]:
            return tokens[index - 1].norm in _SUBORDINATE
    return False


def _object(tokens: Sequence[Token], start: int, text: str) -> list[Token]:
    """The name, title or determiner-led title right after the verb ("Mayor Ruth Okafor",
    "the mayor"); a possessive ("Okafor's deputy") or a common noun phrase gives nothing."""
    named: list[Token] = []
    index = start
    if index < len(tokens) and tokens[index].norm in _DETERMINERS:
        named.append(tokens[index])
        index += 1
    if named:  # "the opposition leader, Hana Brightwater,": the name in apposition
        for after in range(index, min(index + 4, len(tokens) - 1)):
            if tokens[after].capitalised:
                if after > index:  # "the striker Paulo Mendes": the name after its noun
                    named, index = [], after
                break
            if "," in text[tokens[after].end : tokens[after + 1].start]:
                if tokens[after + 1].capitalised:
                    named, index = [], after + 1
                break
    while index < len(tokens):
        token = tokens[index]
        if named and text[named[-1].end : token.start].strip(".") != " ":
            break
        if not (token.capitalised or token.norm in TITLES or token.norm in PARTICLES):
            break
        named.append(token)
        index += 1
    body = [t for t in named if t.norm not in _DETERMINERS]
    if not body or is_possessive(body[-1], text):
        return []
    return named


def _question_follows(tokens: Sequence[Token], after: int, text: str) -> bool:
    """ "asked Okafor about the bridge", "asked Okafor whether ...", or the sentence ends
    there ("Bash asked the mayor."): a question; "asked Okafor to ..." is not."""
    if after >= len(tokens):
        return True
    if "," in text[tokens[after - 1].end : tokens[after].start]:
        return True  # "asked the mayor, who ..."
    return tokens[after].norm in _QUESTION_CUES


def as_title(named: Sequence[Token]) -> str:
    """ "the mayor" interviewed: "title:mayor", for whom the article named with that title
    (:func:`summarizer.verification.quotes.attribution.by_title`); "" when a name is given, which
    the caller reads as a subject."""
    body = [t for t in named if t.norm not in _DETERMINERS]
    if any(t.capitalised and t.norm not in TITLES for t in body):
        return ""
    return "title:" + " ".join(t.text.replace(".", "") for t in body)


__all__ = ["antecedent", "as_title", "interviewee"]
