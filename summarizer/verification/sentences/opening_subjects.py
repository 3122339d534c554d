"""The named subject a sentence opens with, read past its leading adverbial chunk
(:func:`sentence_subject`), and the subject of a coordinated verb of saying
(:func:`and_subject`): the readings most speaker rules start from, held apart from the clause
verdicts of :mod:`summarizer.verification.sentences.clauses` (moved out of it in session 41,
unchanged)."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.stamps import without_stamp
from ..page.tokens import Token, word_set
from ..people.names import PARTICLES, TITLES
from .participles import participle_opens
from .runs import possessive
from .speech import SPEECH_NOUNS, SPEECH_VERBS
from .subject_bounds import owned_office
from .subjects import (
    ASIDE_STARTS,
    INSTITUTIONS,
    JOINING,
    POSSESSIVE_ENDS,
    POSSESSIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    apposed,
    gap,
    names_someone,
    office_run,
    possessive_end,
)
from .title_runs import run_subject

# A comma chunk opening with one of these is an adverbial, never the subject ("At the time,
# an official told", "Zelensky, in Oslo, on the plan:", "Trump, with Rutte beside him, said")
PREPOSITIONS = word_set(
    """with in at on for from after during beside alongside among near before without despite
    according as when while amid since opposite next"""
)
# Words a sentence may open with, capitalised only because they open it: never a name.
_FUNCTION_STARTS = word_set(
    """the a an all both several some many most few each every any no one two three which what
    who whom how why where there this that these those if about around nearly almost roughly
    just only even by of to into through against"""
)  # "About a one-page resolution passed": a quantity or preposition, then no name
LEADING = word_set(
    """on in at after before during since earlier later meanwhile separately also however last
    this speaking asked as when while with tonight today yesterday overnight then over
    throughout across under within until between amid shortly soon moments minutes hours
    days weeks immediately"""
)
_OPENERS = LEADING | PREPOSITIONS  # "Using the word": a participle too (participles.py)
_ADVERBS = word_set("then later meanwhile also however earlier separately tonight today yesterday")


_SUBORDINATORS = word_set(
    "after before because when while since as although though until once if that who which"
)


def and_subject(tokens: Sequence[Token], text: str) -> list[Token]:
    """The subject of a coordinated verb ("... and said"): the named subject of the last
    subordinate clause before it ("Olsen signed it after Reyes objected and said": Reyes),
    or the one a relative clause is about ("thanked Kettering, who voted for it and said":
    Kettering), else the subject the sentence opens with."""
    for index in range(len(tokens) - 2, 0, -1):
        if tokens[index].norm in {"who", "whose"} and tokens[index - 1].capitalised:
            antecedent = [tokens[index - 1]]
            for token in reversed(tokens[max(index - 6, 0) : index - 1]):
                if not (token.capitalised or token.norm in TITLES):
                    break
                antecedent.insert(0, token)
            return antecedent
        if tokens[index].norm not in _SUBORDINATORS or not tokens[index + 1].capitalised:
            continue
        named: list[Token] = []
        for token in tokens[index + 1 : index + 8]:
            if not (token.capitalised or token.norm in TITLES or token.norm in PARTICLES):
                break
            named.append(token)
        if named:
            return named
    return sentence_subject(tokens, text)


def sentence_subject(tokens: Sequence[Token], text: str) -> list[Token]:
    """The named subject a sentence opens with ("Chinese Foreign Ministry spokeswoman Mao Ning
    did not confirm ..." -> Chinese ... Mao Ning), after a leading adverbial chunk ("On
    Tuesday, ..."); empty when the sentence opens with no name."""
    tokens = without_stamp(tokens, text)
    start = 0
    opener = bool(tokens) and (tokens[0].norm in _OPENERS or participle_opens(tokens))
    for index in range(1, min(len(tokens), 25 if opener else 8)):
        if "," in gap(text, tokens[index - 1], tokens[index]):
            if not tokens[0].capitalised or opener:
                start = index
            break
    else:
        if opener and tokens[0].norm in _ADVERBS and len(tokens) > 1 and tokens[1].capitalised:
            start = 1  # "Then Magyar rose": an adverb, then the subject
        elif opener:
            return []  # "In the same post he wrote": no comma shows where the subject starts
    start = _past_apposed(tokens, start, text) if opener and start else start
    if start >= len(tokens):
        return []  # "When the captain, X, was sent off, ...": no subject read past his clause
    if run := run_subject(tokens, start, text):
        return run  # "Head of the Army (PA) delegation Ana Ruiz" (title_runs.py)
    if start < len(tokens) and tokens[start].norm in _FUNCTION_STARTS - {"the"}:
        return []  # "All the children", "Which points?", "One or two": no name opens it
    if start < len(tokens) and tokens[start].norm == "the" and tokens[start].capitalised:
        described = []
        for token in tokens[start + 1 : start + 6]:
            if token.capitalised or token.norm in SPEECH_VERBS:
                break
            described.append(token)
        body = next((i for i, t in enumerate(described) if t.norm in INSTITUTIONS), None)
        if body is not None and possessive(described[body], text):
            return []  # "The committee's draft gives X a seat": a thing, no one who speaks
        if body is not None:
            return list(tokens[start : start + 1 + len(described)])  # "The ministry denied"
        start += 1  # "The White House said"; "The president noted" points back
    subject: list[Token] = []
    for at, token in enumerate(tokens[start : start + 12], start):
        if token.norm in POSSESSIVE_PRONOUNS and not subject:
            return apposed(tokens[start:], text)  # "Her deputy, Arjun Rao, disagreed"
        if token.norm in SUBJECT_PRONOUNS or token.norm in POSSESSIVE_PRONOUNS:
            return []  # "He added", "His questions": points back, names no one
        if subject and "," in gap(text, subject[-1], token) and owned_office(tokens, at, text):
            break  # "Ana Ruiz, Colombia's negotiator", "X, Prime Minister Y's aide": hers
        joining = token.norm in {"of", "the", "and"} and bool(subject)
        if subject and office_run(tokens, at, subject):
            joining = True  # "Union boss Tom Hale", "Norway's fisheries minister Ingrid Dahl"
        if token.capitalised or token.norm in TITLES or token.norm in PARTICLES or joining:
            subject.append(token)
        else:
            break
    others = [t for t in subject if t.norm not in TITLES and t.norm not in JOINING]
    if subject and subject[-1].norm in TITLES and len(others) <= 1:
        return []  # "The President noted", "The Brazilian president added": a title points back
    after = start + len(subject)
    owned = bool(subject) and subject[-1].text.lower().endswith(POSSESSIVE_ENDS)
    if owned and after < len(tokens) and tokens[after].norm not in SPEECH_NOUNS:
        return [*subject, tokens[after]]  # "Brandt's office", "Demir's critics": not them
    return subject if names_someone(subject, tokens[after : after + 1]) else []


# After a fronted clause's apposed name, words that set off the name itself, not its clause.
_NAME_ASIDES = _FUNCTION_STARTS | ASIDE_STARTS | SUBJECT_PRONOUNS | POSSESSIVE_PRONOUNS | _OPENERS


def _past_apposed(tokens: Sequence[Token], start: int, text: str) -> int:
    """Where the main clause opens when the name after a fronted chunk is set off beside that
    chunk's common noun ("When the club's captain, Joe Hart, was sent off, Ian Cole was
    furious"; "Asked about the club's signing, Marco Silva, the captain smiled"): the name is the
    noun's, inside the fronted clause, and the clause goes on after it when a verb follows (to
    its next comma), or ends with it when the rest of the sentence follows unbroken. The noun
    is an owner's ("the club's", "its"), as a role set off by a name is. A name with an aside
    of its own ("After three hours of debate, Rodric Bray, the Senate President, ..."; "In her
    first act, Coventry, 41, gave") stays the subject; ``start`` unmoved, ``len(tokens)``
    when no main clause is read."""
    if tokens[start - 1].capitalised or tokens[start - 1].norm in POSSESSIVE_PRONOUNS:
        return start
    owner = tokens[max(start - 5, 0) : start - 1]
    if not any(possessive_end(t) or t.norm in POSSESSIVE_PRONOUNS for t in owner):
        return start
    commas = [
        i for i in range(start + 1, len(tokens)) if "," in gap(text, tokens[i - 1], tokens[i])
    ]
    if not commas or commas[0] - start > 5 or commas[0] + 1 >= len(tokens):
        return start
    name = tokens[start : commas[0]]
    if name[0].norm in _FUNCTION_STARTS or not all(
        t.capitalised or t.norm in PARTICLES for t in name
    ):
        return start
    after = tokens[commas[0]]
    if not after.capitalised and not after.is_number and after.norm not in _NAME_ASIDES:
        return commas[1] if len(commas) > 1 and commas[1] - commas[0] <= 8 else len(tokens)
    return commas[0] if after.norm == "the" and len(commas) == 1 else start


__all__ = ["LEADING", "PREPOSITIONS", "and_subject", "sentence_subject"]
