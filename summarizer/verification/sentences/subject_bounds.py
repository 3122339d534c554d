"""Where a sentence's subject ends, for :mod:`summarizer.verification.sentences.clauses`.

- :func:`led_body`: the title or body a coordinated verb of saying takes as its subject, read for
:func:`summarizer.verification.sentences.clauses.lead_in`: "The ministry opened its inquiry in May
and said ... "..."" is the ministry's as much as "The ministry said", whose body stands for the one
the article named ("the Ministry of Commerce"). The sentence's opening words run on past the subject
("The ministry opened its inquiry in"), so the longest opening of "the" and up to four words that
reads as a title or a body is taken; "" when none does (a named subject is judged as before).
- :func:`owned_office`: a name's appositive that is an office of someone else ("Moeed Yusuf,
  Prime Minister Imran Khan's Special Assistant, called"; "Ana Ruiz, Colombia's chief
  negotiator, said") ends the subject at the comma: the owner (Imran Khan) is not the one who
  speaks, and the subject is the name before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.names import TITLES
from .runs import possessive
from .speech import SPEECH_VERBS, after_opener
from .subjects import title_only


def led_body(subject: Sequence[Token]) -> str:
    """ "title:..." or "body:..." for the opening of ``subject`` (see the module's doc)."""
    if not subject or subject[0].norm != "the":
        return ""
    found = ""
    for end in range(2, min(len(subject), 5) + 1):
        if subject[end - 1].capitalised:
            break  # "The ministry's Li Wei": a name follows, judged as before
        found = title_only(list(subject[:end])) or found
    return found


def owned_office(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether the comma chunk opening at ``tokens[at]`` is an office someone else holds: it
    opens in the possessive ("Colombia's chief negotiator"), or with a title whose holder's
    name stands in the possessive before the next comma ("Prime Minister Imran Khan's
    Special Assistant")."""
    if possessive(tokens[at], text):
        return True
    if tokens[at].norm not in TITLES:
        return False
    for index in range(at, min(at + 6, len(tokens) - 1)):
        if index > at and "," in text[tokens[index - 1].end : tokens[index].start]:
            return False
        if tokens[index].capitalised and possessive(tokens[index], text):
            return tokens[index + 1].norm not in SPEECH_VERBS  # "Minister Li's" + an office
    return False


def main_verbs(clause: Sequence[Token], verbs: list[int], text: str) -> list[int]:
    """The verbs of saying in ``clause`` that may lead into a quote: those after an opening
    chunk (:func:`summarizer.verification.sentences.speech.after_opener`), and not inside a relative
    clause between commas ("A village head, near Uri, who asked not to be named, said":
    "asked" is the relative clause's, "said" the sentence's); all of them when none is left."""
    opener = after_opener(clause, text)
    kept = [i for i in verbs if i >= opener] or verbs
    if len(kept) < 2:
        return kept
    main = [i for i in kept if not _in_relative(clause, i, text)]
    return main or kept


def _in_relative(clause: Sequence[Token], verb: int, text: str) -> bool:
    """Whether ``clause[verb]`` stands after "who"/"which" with no comma between, and a
    comma closes that relative clause later in ``clause``."""
    for index in range(verb - 1, max(verb - 4, -1), -1):
        if "," in text[clause[index].end : clause[index + 1].start]:
            return False
        if clause[index].norm in _RELATIVES:
            break
    else:
        return False
    return any(
        "," in text[clause[at - 1].end : clause[at].start] for at in range(verb + 1, len(clause))
    )


_RELATIVES = word_set("who which")

__all__ = ["led_body", "main_verbs", "owned_office"]
