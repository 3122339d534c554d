"""When a quote's bare "he said" must not be read back to the one person of an earlier
sentence, read for :mod:`summarizer.verification.quotes.speakers` (session 53, writer fs53x).

The read-back gives "...," he said to the person the sentence before names. A careful reader
does not when that sentence names the person only as someone its words are about, not as
someone who could go on to speak:

- acted on: the object of a verb that acts on a person ("Police arrested X", "The club
  sacked manager X"; not an apposed "arrested the ship's captain, X,", nor "questioned X",
  whom a reader takes to answer) or the subject of such a verb in the passive with its agent named
  ("X was questioned by detectives", "X was stopped by the navy");
- reported: named after a speech verb, as the subject of what is reported ("The commission
  said X had won", "the report said, after X had ignored two warnings");
- one of two: coordinated with another person ("blocked by A and B");
- named further back: a sentence between the one read and the quote names another person as
  its deed's agent ("Mayor A asked drivers to be patient. / The closure was ordered by B.
  "...," he said"): the nearer person is the likelier "he". Another name anywhere else in
  the sentences between does not refuse: a chain's object, a mention, a place.

The acted-on and reported shapes do not refuse a quote in the first person singular with no
"he" or "she" in it (review rv53x): "Police released X. "I am glad to be home," he said" is
X's answer, while "I saw him run" is someone's about X.

Each refusal leaves the quote with no reading ("none"), so the speaker is unconfirmed, not
contradicted. A person who acts in the sentence ("X arrested the suspect", "X was elected",
"after X had made the case") keeps the read-back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from ..people.names import TITLES, find_named
from .antecedents import capitalised_runs, others_named
from .speech import SPEECH_VERBS

# Verbs whose object (or passive subject) is a person things are done to.
_ACTING_ON = word_set(
    """arrested detained questioned interrogated charged jailed imprisoned sacked fired
    dismissed suspended expelled replaced ousted sentenced convicted deported stopped held
    rescued killed shot injured wounded kidnapped abducted sued fined banned barred searched
    investigated summoned hospitalised hospitalized freed released pardoned impeached indicted
    removed punished axed dropped benched booked sent taken beaten attacked stabbed"""
)
# Verbs whose object answers: "X questioned Prime Minister Y. "...," she said" is Y's.
_ANSWERED = word_set("questioned interrogated summoned")
_STOPS = word_set("was were is are been being be by of to and or")
_AUXILIARIES = word_set("was were is are been being be")
_AFTER_NAME = word_set("had has have would will could was were is are")
_COORDINATORS = word_set("and or")
# Lower-case words between an acting verb and the name it acts on: "sacked manager X".
_ROLE_GAP = 3


def refused_readback(article: ArticleText, at: int, quote_start: int, parts: Sequence[str]) -> bool:
    """Whether a read-back that found the speaker in the sentence starting at ``at`` must be
    refused (see the module's docstring). The shapes of that sentence refuse only when it is
    the one right before the quote's: further back, a chain ("... to make his case") carried
    the pronoun to it, and "after A and B agreed" in a lead may still be A's."""
    text = article.text
    first = article.sentence_at(at)
    start, end = article.sentences[first]
    tokens = article.outside_quotes(start, end)
    spans = [span for part in parts for span in find_named(part, tokens, text)]
    if not spans:
        return False
    adjacent = first == article.sentence_at(quote_start) - 1  # "X ... . "...," he said"
    own = _of_self(text, quote_start)  # "I did nothing wrong": the one acted on answers
    if adjacent and not own and any(_done_to(tokens, span, text) for span in spans):
        return True
    if adjacent and not own and any(_reported(tokens, span) for span in spans):
        return True
    if adjacent and any(_coordinated(tokens, span, text) for span in spans):
        return True
    last = article.sentence_at(max(quote_start - 1, 0))
    for index in range(first + 1, last + 1):
        s_start, s_end = article.sentences[index]
        if s_start >= quote_start:
            break
        between = article.outside_quotes(s_start, min(s_end, quote_start))
        if _agent_named(between, parts, text):
            return True
    return False


def _of_self(text: str, quote_start: int) -> bool:
    """Whether the quote's words speak of their speaker ("I", "me", "my") and of no third
    person ("he", "her"): "I am glad to be home," after "Police released X", is X's answer,
    while "I saw him run" is the officer's about X (review rv53x)."""
    match = _QUOTED.match(text, quote_start)
    if match is None:
        return False
    words = set(_WORD.findall(match.group(0).lower()))
    return bool(words & _FIRST_SINGULAR) and not words & _THIRD_PERSON


_QUOTED = re.compile(r"\s*[\"\u201c]?([^\"\u201d]*)[\"\u201d]")  # from its first word on
_WORD = re.compile(r"[a-z']+")
_FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"})
_THIRD_PERSON = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


def _done_to(tokens: Sequence[Token], span: tuple[int, int], text: str) -> bool:
    """The name as the object of a verb acting on it, or as the subject of its passive."""
    index = span[0] - 1
    while index >= 0 and span[0] - index <= _ROLE_GAP + 1:
        token = tokens[index]
        if "," in text[token.end : tokens[index + 1].start]:
            break  # "arrested the ship's captain, X,": an apposition; X may speak next
        if token.norm in _ACTING_ON and token.norm not in _ANSWERED:
            return True
        if (token.capitalised and token.norm not in TITLES) or token.norm in _STOPS:
            break
        index -= 1
    after = span[1] + 1
    seen_aux = False
    while after < len(tokens) and after <= span[1] + 4:
        norm = tokens[after].norm
        if norm in _AUXILIARIES or norm in word_set("had has have"):
            seen_aux = seen_aux or norm in _AUXILIARIES
            after += 1
            continue
        if not (seen_aux and norm in _ACTING_ON):
            return False
        # "X was questioned by detectives": an agent who may be the "he"; "X was arrested on
        # Monday. "...," he said" stays X's, as a reader takes it
        return _agent_follows(tokens, after + 1)
    return False


def _agent_named(tokens: Sequence[Token], parts: Sequence[str], text: str) -> bool:
    """Whether a sentence names another person as a passive's agent ("The closure was ordered
    by X", "was refereed by X"): that person did the sentence's deed and is the nearer "he".
    A "by" with no passive before it ("two reports, one by X") is authorship, not a deed."""
    for index, token in enumerate(tokens):
        if token.norm != "by" or not others_named(parts, tokens[index : index + 5], text):
            continue
        before = tokens[max(index - 6, 0) : index]  # "was ordered on Thursday by", not
        if any(t.norm in _AUXILIARIES for t in before):  # "two reports, one by X"
            return True
    return False


def _agent_follows(tokens: Sequence[Token], at: int) -> bool:
    """A "by" within four words after a passive verb, with no clause break before it ("was
    taken to the station by two officers")."""
    for token in tokens[at : at + 4]:
        if token.norm == "by":
            return True
        if token.norm in _CLAUSE_WORDS:
            return False
    return False


_CLAUSE_WORDS = word_set("and but after before when while because who which that")


def _reported(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """The name after a speech verb, itself the subject of a verb of what is reported."""
    if not any(token.norm in SPEECH_VERBS for token in tokens[: span[0]]):
        return False
    after = span[1] + 1
    return after < len(tokens) and tokens[after].norm in _AFTER_NAME


def _coordinated(tokens: Sequence[Token], span: tuple[int, int], text: str) -> bool:
    """The name joined by "and"/"or" to another capitalised run ("A and B", "B and A")."""
    runs = list(capitalised_runs(tokens, text))
    after = span[1] + 1
    joined = after + 1 < len(tokens) and tokens[after].norm in _COORDINATORS
    if joined and _two_words(after + 1, runs):
        return True
    before = span[0] - 1
    if before >= 1 and tokens[before].norm in _COORDINATORS:
        return any(run[1] == before - 1 and run[1] > run[0] for run in runs)
    return False


def _two_words(first: int, runs: list[tuple[int, int]]) -> bool:
    """Whether the run opening at ``first`` is of two words or more: a full name."""
    return any(run[0] == first and run[1] > run[0] for run in runs)
